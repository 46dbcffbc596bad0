"""Health insurance claims: CMS-1500, UB-04, explanations of benefits, member reimbursement forms,
ADA dental claims, Indian TPA claim forms and European reimbursement requests."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.content.medical_vocab import DIAGNOSES, DRUGS, PROCEDURES, doctor, hospital
from training.synth.context import Ctx
from training.synth.model import SyntheticDocument

LABEL = "insurance_claim"
DENIAL_REASONS = [
    "the service is not covered under your plan",
    "prior authorization was not obtained",
    "the claim was filed after the timely filing limit",
    "the service was not medically necessary",
]
PAYERS = [
    "Blue Cross Blue Shield",
    "Aetna",
    "UnitedHealthcare",
    "Cigna",
    "Humana",
    "Medicare",
    "Medicaid",
    "Kaiser Permanente",
    "Anthem",
    "Tricare",
]


def insurance_claim_cms1500(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.25)
    b.lines(
        ["HEALTH INSURANCE CLAIM FORM", "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12", "PICA"], bold=True
    )
    patient = f"{ctx.last_name()}, {ctx.first_name()} {ctx.code('?')}"
    boxes = [
        (
            "1. MEDICARE MEDICAID TRICARE CHAMPVA GROUP HEALTH PLAN FECA BLK LUNG OTHER",
            ctx.pick(["X GROUP HEALTH PLAN", "X MEDICARE", "X OTHER"]),
        ),
        ("1a. INSURED'S I.D. NUMBER (For Program in Item 1)", ctx.code("???#########")),
        ("2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", patient),
        ("3. PATIENT'S BIRTH DATE  SEX", f"{ctx.date(ctx.birth_date(), 0)} {ctx.pick(['M', 'F'])}"),
        ("4. INSURED'S NAME (Last Name, First Name, Middle Initial)", ctx.pick(["SAME", patient])),
        ("5. PATIENT'S ADDRESS (No., Street)", ctx.street()),
        ("6. PATIENT RELATIONSHIP TO INSURED  Self Spouse Child Other", "Self"),
        ("7. INSURED'S ADDRESS (No., Street)", "SAME"),
        ("9. OTHER INSURED'S NAME", ""),
        ("10. IS PATIENT'S CONDITION RELATED TO: a. EMPLOYMENT? b. AUTO ACCIDENT? c. OTHER ACCIDENT?", "NO NO NO"),
        ("11. INSURED'S POLICY GROUP OR FECA NUMBER", ctx.digits(6)),
        ("11c. INSURANCE PLAN NAME OR PROGRAM NAME", ctx.pick(PAYERS)),
        (
            "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other "
            "information necessary to process this claim.",
            "SIGNATURE ON FILE",
        ),
        (
            "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of medical benefits to the "
            "undersigned physician or supplier for services described below.",
            "SOF",
        ),
        ("14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)", ctx.date(ctx.day(), 0)),
        ("17. NAME OF REFERRING PROVIDER OR OTHER SOURCE", ctx.pick(["", "DN " + doctor(ctx)])),
        ("17b. NPI", ctx.digits(10)),
        (
            "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY Relate A-L to service line below (24E)  ICD Ind. 0",
            "  ".join(f"{'ABCD'[i]}. {c}" for i, (_, c) in enumerate(ctx.some(DIAGNOSES, 1, 4))),
        ),
        ("22. RESUBMISSION CODE  ORIGINAL REF. NO.", ""),
        ("23. PRIOR AUTHORIZATION NUMBER", ""),
    ]
    b.fields([(k, "" if blank else v) for k, v in boxes], sep="\n" if ctx.chance(0.5) else "  ")
    rows = []
    total = 0.0
    day = ctx.day()
    for _desc, code, charge in ctx.some(PROCEDURES, 1, 6):
        amount = charge * ctx.amount(0.8, 1.6)
        total += amount
        rows.append(
            [
                ctx.date(day, 0),
                ctx.date(day, 0),
                ctx.pick(["11", "22", "23", "21"]),
                "",
                code,
                ctx.pick(["", "25", "59"]),
                "A",
                ctx.num(amount),
                str(ctx.randint(1, 3)),
                "NPI " + ctx.digits(10),
            ]
        )
    b.table(
        [
            "24. A. DATE(S) OF SERVICE From",
            "To",
            "B. PLACE OF SERVICE",
            "C. EMG",
            "D. PROCEDURES, SERVICES, OR SUPPLIES CPT/HCPCS",
            "MODIFIER",
            "E. DIAGNOSIS POINTER",
            "F. $ CHARGES",
            "G. DAYS OR UNITS",
            "J. RENDERING PROVIDER ID. #",
        ],
        [] if blank else rows,
    )
    b.fields(
        [
            (k, "" if blank else v)
            for k, v in [
                ("25. FEDERAL TAX I.D. NUMBER  SSN EIN", ctx.ein()),
                ("26. PATIENT'S ACCOUNT NO.", ctx.digits(8)),
                ("27. ACCEPT ASSIGNMENT?", "YES"),
                ("28. TOTAL CHARGE", ctx.num(total)),
                ("29. AMOUNT PAID", "0.00"),
                ("31. SIGNATURE OF PHYSICIAN OR SUPPLIER INCLUDING DEGREES OR CREDENTIALS", doctor(ctx) + " MD"),
                ("32. SERVICE FACILITY LOCATION INFORMATION", f"{hospital(ctx)} {ctx.address()}"),
                ("33. BILLING PROVIDER INFO & PH #", f"{ctx.company()} Medical Group {ctx.phone()}"),
                ("33a. NPI", ctx.digits(10)),
            ]
        ],
        columns=2,
    )
    b.p(
        "NUCC Instruction Manual available at: www.nucc.org  PLEASE PRINT OR TYPE  APPROVED OMB-0938-1197 FORM 1500 "
        "(02-12)",
        small=True,
    )
    return b.build(None)


def insurance_claim_ub04(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    admit = ctx.day()
    discharge = ctx.later(admit, 0, 9)
    b.lines(["UB-04 CMS-1450", f"1 {hospital(ctx)}", ctx.address(), ctx.phone()], bold=True)
    b.fields(
        [
            ("3a PAT. CNTL #", ctx.digits(10)),
            ("b. MED. REC. #", ctx.digits(8)),
            ("4 TYPE OF BILL", ctx.pick(["0111", "0131", "0831", "0121"])),
            ("5 FED. TAX NO.", ctx.ein()),
            ("6 STATEMENT COVERS PERIOD FROM THROUGH", f"{admit.strftime('%m%d%y')} {discharge.strftime('%m%d%y')}"),
            ("8 PATIENT NAME", f"{ctx.last_name()}, {ctx.first_name()}"),
            ("9 PATIENT ADDRESS", ctx.address()),
            ("10 BIRTHDATE", ctx.birth_date().strftime("%m%d%Y")),
            ("11 SEX", ctx.pick(["M", "F"])),
            ("12 ADMISSION DATE", admit.strftime("%m%d%y")),
            ("13 HR", str(ctx.randint(0, 23))),
            ("14 TYPE", ctx.pick(["1", "2", "3"])),
            ("15 SRC", ctx.pick(["1", "2", "7"])),
            ("16 DHR", str(ctx.randint(0, 23))),
            ("17 STAT", ctx.pick(["01", "02", "06"])),
            ("18-28 CONDITION CODES", ""),
            ("31-34 OCCURRENCE CODE DATE", ""),
            ("39-41 VALUE CODES CODE AMOUNT", ""),
        ],
        columns=3,
    )
    revenue = [
        ("0110", "ROOM-BOARD/PRIVATE"),
        ("0250", "PHARMACY"),
        ("0300", "LABORATORY"),
        ("0320", "DX X-RAY"),
        ("0450", "EMERGENCY ROOM"),
        ("0360", "OR SERVICES"),
        ("0730", "EKG/ECG"),
        ("0270", "MED-SUR SUPPLIES"),
    ]
    rows = []
    total = 0.0
    for code, desc in ctx.some(revenue, 3, 8):
        amount = ctx.amount(80, 12000)
        total += amount
        rows.append(
            [
                code,
                desc,
                ctx.pick(["", "99285", "80053", "71046", "93005"]),
                admit.strftime("%m%d%y"),
                str(ctx.randint(1, 6)),
                ctx.num(amount),
                "",
            ]
        )
    rows.append(["0001", "TOTAL CHARGES", "", "", "", ctx.num(total), ""])
    b.table(
        [
            "42 REV. CD.",
            "43 DESCRIPTION",
            "44 HCPCS / RATE / HIPPS CODE",
            "45 SERV. DATE",
            "46 SERV. UNITS",
            "47 TOTAL CHARGES",
            "48 NON-COVERED CHARGES",
        ],
        rows,
        numeric_from=4,
    )
    b.fields(
        [
            ("50 PAYER NAME", ctx.pick(PAYERS)),
            ("51 HEALTH PLAN ID", ctx.digits(9)),
            ("56 NPI", ctx.digits(10)),
            ("58 INSURED'S NAME", f"{ctx.last_name()}, {ctx.first_name()}"),
            ("60 INSURED'S UNIQUE ID", ctx.code("???#########")),
            ("62 INSURANCE GROUP NO.", ctx.digits(6)),
            ("67 PRINCIPAL DIAGNOSIS CODE", ctx.pick(DIAGNOSES)[1].replace(".", "")),
            ("69 ADMIT DX", ctx.pick(DIAGNOSES)[1].replace(".", "")),
            ("74 PRINCIPAL PROCEDURE CODE DATE", ""),
            ("76 ATTENDING NPI", f"{ctx.digits(10)} LAST {ctx.last_name()} FIRST {ctx.first_name()}"),
        ],
        columns=2,
    )
    b.p(
        "UB-04 CMS-1450  APPROVED OMB NO. 0938-0997  NUBC National Uniform Billing Committee  THE CERTIFICATIONS ON "
        "THE REVERSE APPLY TO THIS BILL AND ARE MADE A PART HEREOF.",
        small=True,
    )
    return b.build(None)


def insurance_claim_eob(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    payer = ctx.pick(PAYERS)
    b.lines(
        [
            payer,
            ctx.pick(
                ["Explanation of Benefits", "EXPLANATION OF BENEFITS", "Your Claim Summary", "Medicare Summary Notice"]
            ),
            "THIS IS NOT A BILL",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Member", ctx.person()),
            ("Member ID", ctx.code("???#########")),
            ("Group", ctx.digits(6)),
            ("Claim Number", ctx.digits(13)),
            ("Statement Date", ctx.date(ctx.day())),
            ("Provider", doctor(ctx)),
            ("Patient", ctx.person()),
        ],
        columns=2,
    )
    rows = []
    totals = [0.0] * 6
    for desc, code, charge in ctx.some(PROCEDURES, 1, 6):
        billed = charge * ctx.amount(0.9, 1.8)
        allowed = billed * ctx.amount(0.4, 0.9)
        deductible = ctx.pick([0.0, 0.0, allowed * 0.5])
        copay = ctx.pick([0.0, 20.0, 30.0, 50.0])
        coins = (allowed - deductible - copay) * ctx.pick([0.0, 0.1, 0.2])
        paid = max(0.0, allowed - deductible - copay - coins)
        for i, v in enumerate([billed, allowed, deductible, copay + coins, paid, deductible + copay + coins]):
            totals[i] += v
        rows.append(
            [
                ctx.date(ctx.day(), 0),
                f"{desc} ({code})",
                ctx.num(billed),
                ctx.num(allowed),
                ctx.num(deductible),
                ctx.num(copay + coins),
                ctx.num(paid),
                ctx.num(deductible + copay + coins),
                ctx.pick(["", "PDC", "45", "N130"]),
            ]
        )
    rows.append(["", "TOTALS", *[ctx.num(t) for t in totals], ""])
    b.table(
        [
            "Service Date",
            "Service Description",
            "Amount Billed",
            "Allowed Amount",
            "Deductible",
            "Copay/Coinsurance",
            "Plan Paid",
            "What You Owe",
            "Remark",
        ],
        rows,
        numeric_from=2,
    )
    b.p(
        "Remark codes: 45 - Charges exceed your contracted/legislated fee arrangement. PDC - Paid at the in-network "
        "level.",
        small=True,
    )
    b.h("Your right to appeal", 3)
    b.p(
        "If you disagree with this decision, you have the right to file an appeal within 180 days of receiving this "
        "notice. Call Member Services at the number on your ID card."
    )
    return b.build(None)


def insurance_claim_member_form(rng: random.Random) -> SyntheticDocument:
    """Member-submitted reimbursement forms (medical, travel-medical, employer plans), often half filled by hand."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_MY"]))
    b = start(LABEL, ctx)
    blank = ctx.chance(0.35)
    insurer = ctx.pick([*PAYERS, "Bupa", "AXA Health", "Allianz Care", "Manulife", "Great Eastern", "Star Health"])
    b.lines(
        [
            insurer,
            ctx.pick(
                [
                    "Medical Claim Form",
                    "Member Reimbursement Claim Form",
                    "Health Insurance Claim Form",
                    "Claim for Reimbursement of Medical Expenses",
                ]
            ),
        ],
        bold=True,
    )
    b.p(
        "Please complete all sections in BLOCK CAPITALS. Attach itemized bills and receipts. Incomplete claims may "
        "be delayed."
    )
    b.h("Section 1: Member / Policyholder Information", 3)
    fields = [
        ("Policy number", ctx.code("??#######")),
        ("Member ID", ctx.digits(9)),
        ("Name", ctx.person()),
        ("Date of birth", ctx.date(ctx.birth_date())),
        ("Address", ctx.address()),
        ("Phone", ctx.phone()),
        ("Email", ctx.email()),
    ]
    b.fields([(k, "" if blank else v) for k, v in fields], columns=2, hand=not blank)
    b.h("Section 2: Patient Information", 3)
    b.fields(
        [
            (k, "" if blank else v)
            for k, v in [
                ("Patient name", ctx.person()),
                ("Relationship to member", ctx.pick(["Self", "Spouse", "Child", "Dependent"])),
                ("Date of birth", ctx.date(ctx.birth_date())),
            ]
        ],
        columns=3,
        hand=not blank,
    )
    b.h("Section 3: Claim Details", 3)
    b.p(
        "Is this claim related to an accident?  Yes  No    Is this condition work related?  Yes  No    Is the "
        "patient covered by any other health insurance?  Yes  No"
    )
    b.table(
        ["Date of service", "Provider name", "Diagnosis / description of treatment", "Amount charged"],
        [["", "", "", ""]] * 3
        if blank
        else [
            [ctx.date(ctx.day()), doctor(ctx), ctx.pick(DIAGNOSES)[0], ctx.money(ctx.amount(40, 3000))]
            for _ in range(ctx.randint(1, 4))
        ],
    )
    b.h("Section 4: Payment", 3)
    b.p("Pay to: Member  Provider.  Bank account for direct deposit (optional): ______________")
    b.h("Section 5: Authorization and Signature", 3)
    b.p(
        "I certify that the information provided is true and complete. I authorize any physician, hospital or other "
        "provider to release to the plan any information needed to process this claim. Any person who knowingly "
        "files a statement of claim containing false or misleading information is subject to criminal and civil "
        "penalties."
    )
    b.fields([("Signature", ""), ("Date", "")], columns=2)
    return b.build(None)


def insurance_claim_dental(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    b.lines(
        [
            "ADA American Dental Association Dental Claim Form",
            "HEADER INFORMATION",
            "1. Type of Transaction: Statement of Actual Services  Request for Predetermination/Preauthorization",
        ],
        bold=True,
    )
    b.fields(
        [
            (
                "3. Company/Plan Name, Address, City, State, Zip Code",
                f"{ctx.pick(['Delta Dental', 'MetLife Dental', 'Guardian', 'Cigna Dental'])} {ctx.address()}",
            ),
            ("12. Policyholder/Subscriber Name", ctx.person()),
            ("13. Date of Birth", ctx.date(ctx.birth_date(), 0)),
            ("15. Policyholder/Subscriber ID", ctx.digits(9)),
            ("16. Plan/Group Number", ctx.digits(6)),
            ("20. Patient Name", ctx.person()),
        ]
    )
    codes = [
        ("D0120", "Periodic oral evaluation"),
        ("D0274", "Bitewings - four radiographic images"),
        ("D1110", "Prophylaxis - adult"),
        ("D2391", "Resin-based composite - one surface, posterior"),
        ("D2740", "Crown - porcelain/ceramic"),
        ("D3330", "Endodontic therapy, molar tooth"),
        ("D7140", "Extraction, erupted tooth"),
    ]
    rows = [
        [
            ctx.date(ctx.day(), 0),
            "",
            "JP",
            str(ctx.randint(1, 32)),
            ctx.pick(["", "O", "MO", "DO"]),
            code,
            "",
            desc,
            ctx.num(ctx.amount(40, 1400)),
        ]
        for code, desc in ctx.some(codes, 1, 5)
    ]
    b.table(
        [
            "24. Procedure Date",
            "25. Area of Oral Cavity",
            "26. Tooth System",
            "27. Tooth Number(s)",
            "28. Tooth Surface",
            "29. Procedure Code",
            "29a. Diag. Pointer",
            "30. Description",
            "31. Fee",
        ],
        rows,
    )
    b.fields(
        [
            ("33. Missing Teeth Information", ""),
            ("34. Diagnosis Code List Qualifier", "AB"),
            ("36. I have been informed of the treatment plan and associated fees.", "Signature on file"),
            ("48. Name, Address, City, State, Zip Code", f"{ctx.last_name()} Family Dentistry {ctx.address()}"),
            ("49. NPI", ctx.digits(10)),
            ("53. Treating Dentist", f"{doctor(ctx)}, DDS"),
        ]
    )
    b.p(
        "© 2019 American Dental Association  J430 (Same as ADA Dental Claim Form \u2013 J431, J432, J433, J434)",
        small=True,
    )
    return b.build(None)


def insurance_claim_india_tpa(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(
                ["Star Health and Allied Insurance", "New India Assurance", "ICICI Lombard", "HDFC ERGO", "Niva Bupa"]
            ),
            f"TPA: {ctx.pick(['Medi Assist', 'Paramount Health Services', 'Vidal Health', 'MD India'])}",
        ],
        bold=True,
    )
    b.lines(
        [
            "CLAIM FORM - PART A",
            "(TO BE FILLED IN BY THE INSURED)",
            "The issue of this Form is not to be taken as an admission of liability",
        ],
        align="center",
    )
    b.h("A. DETAILS OF PRIMARY INSURED", 3)
    b.fields(
        [
            ("a) Policy No.", ctx.code("####/#####/##/###")),
            ("b) Sl. No./Certificate No.", ctx.digits(6)),
            ("c) Company/TPA ID No.", ctx.digits(10)),
            ("d) Name", ctx.person()),
            ("e) Address", ctx.address()),
        ],
        hand=ctx.chance(0.5),
    )
    b.h("C. DETAILS OF INSURED PERSON HOSPITALIZED", 3)
    admit = ctx.day()
    b.fields(
        [
            ("a) Name", ctx.person()),
            ("b) Gender", ctx.pick(["Male", "Female"])),
            ("c) Age", str(ctx.randint(1, 85))),
            ("d) Relationship to Primary insured", ctx.pick(["Self", "Spouse", "Child", "Father", "Mother"])),
        ]
    )
    b.h("D. DETAILS OF HOSPITALIZATION", 3)
    b.fields(
        [
            ("a) Name of Hospital where Admitted", hospital(ctx)),
            (
                "b) Room Category occupied",
                ctx.pick(["Day care", "Single occupancy", "Twin sharing", "3 or more beds per room"]),
            ),
            ("c) Hospitalization due to", ctx.pick(["Injury", "Illness", "Maternity"])),
            ("e) Date of Admission", ctx.date(admit)),
            ("g) Date of Discharge", ctx.date(ctx.later(admit, 1, 10))),
        ]
    )
    b.h("E. DETAILS OF CLAIM", 3)
    b.table(
        ["Details of Treatment expenses", "Amount (Rs.)"],
        [
            ["i. Pre-hospitalization expenses", ctx.num(ctx.amount(0, 15000))],
            ["ii. Hospitalization expenses", ctx.num(ctx.amount(15000, 400000))],
            ["iii. Post-hospitalization expenses", ctx.num(ctx.amount(0, 10000))],
            ["iv. Health-Check up cost", "0"],
            ["vii. Total", ctx.num(ctx.amount(20000, 420000))],
        ],
        numeric_from=1,
    )
    b.h("J. DECLARATION BY THE INSURED", 3)
    b.p(
        "I hereby declare that the information furnished in this claim form is true & correct to the best of my "
        "knowledge and belief. If I have made any false or untrue statement, suppression or concealment of any "
        "material fact, my right to claim reimbursement shall be forfeited."
    )
    b.fields([("Date", ""), ("Place", ctx.city()), ("Signature of the Insured", "")], columns=3)
    return b.build(None)


def insurance_claim_eu(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de", "nl"])
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL"}[lang])
    b = start(LABEL, ctx)
    if lang == "fr":
        b.lines(
            [
                ctx.pick(["MGEN", "Harmonie Mutuelle", "AXA Santé", "Malakoff Humanis"]),
                "DEMANDE DE REMBOURSEMENT DE FRAIS DE SANTÉ",
            ],
            bold=True,
        )
        b.fields(
            [
                ("N° d'adhérent", ctx.digits(9)),
                ("Nom et prénom de l'assuré", ctx.person()),
                ("N° de sécurité sociale", ctx.code("# ## ## ## ### ###")),
                ("Bénéficiaire des soins", ctx.person()),
            ]
        )
        b.table(
            ["Date des soins", "Nature des soins", "Montant payé", "Remboursement Sécurité sociale"],
            [
                [
                    ctx.date(ctx.day()),
                    ctx.pick(["Consultation généraliste", "Optique", "Dentaire", "Pharmacie", "Hospitalisation"]),
                    ctx.money(ctx.amount(25, 900)),
                    ctx.money(ctx.amount(10, 300)),
                ]
                for _ in range(ctx.randint(1, 4))
            ],
        )
        b.p(
            "Joindre les factures acquittées et le décompte de l'Assurance Maladie. Je certifie sur l'honneur "
            "l'exactitude des renseignements fournis."
        )
    elif lang == "de":
        b.lines(
            [
                ctx.pick(["DKV", "Allianz Private Krankenversicherung", "Debeka", "AXA Krankenversicherung"]),
                "Antrag auf Erstattung von Krankheitskosten",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Versicherungsnummer", ctx.code("??########")),
                ("Versicherte Person", ctx.person()),
                ("Geburtsdatum", ctx.date(ctx.birth_date())),
                ("Bankverbindung IBAN", ctx.iban()),
            ]
        )
        b.table(
            ["Rechnungsdatum", "Leistungserbringer", "Art der Leistung", "Rechnungsbetrag"],
            [
                [
                    ctx.date(ctx.day()),
                    f"Dr. {ctx.last_name()}",
                    ctx.pick(["Arztrechnung (GOÄ)", "Zahnarzt", "Heilpraktiker", "Krankenhaus", "Arzneimittel"]),
                    ctx.money(ctx.amount(30, 2500)),
                ]
                for _ in range(ctx.randint(1, 4))
            ],
        )
        b.p(
            "Ich versichere, dass die Angaben vollständig und richtig sind. Bitte fügen Sie die Originalrechnungen bei."
        )
    else:
        b.lines([ctx.pick(["Zilveren Kruis", "CZ", "VGZ", "Menzis"]), "Declaratieformulier zorgkosten"], bold=True)
        b.fields(
            [
                ("Relatienummer", ctx.digits(9)),
                ("Naam verzekerde", ctx.person()),
                ("Geboortedatum", ctx.date(ctx.birth_date())),
                ("IBAN", ctx.iban()),
            ]
        )
        b.table(
            ["Datum behandeling", "Zorgverlener", "Soort zorg", "Bedrag"],
            [
                [
                    ctx.date(ctx.day()),
                    ctx.person(),
                    ctx.pick(["Fysiotherapie", "Tandarts", "Huisarts", "Medicijnen", "Ziekenhuis buitenland"]),
                    ctx.money(ctx.amount(30, 1500)),
                ]
                for _ in range(ctx.randint(1, 4))
            ],
        )
        b.p("Stuur de originele nota's mee. Ondertekening: ik verklaar dit formulier naar waarheid te hebben ingevuld.")
    return b.build(None)


def insurance_claim_pharmacy_vision(rng: random.Random) -> SyntheticDocument:
    """Prescription-drug and vision reimbursement claim forms filed by members."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA"]))
    b = start(LABEL, ctx)
    vision = ctx.chance(0.4)
    plan = ctx.pick(["Express Scripts", "CVS Caremark", "OptumRx", "VSP Vision Care", "EyeMed"])
    b.lines(
        [
            plan,
            "Vision Out-of-Network Claim Form"
            if vision
            else ctx.pick(
                [
                    "Prescription Drug Reimbursement Claim Form",
                    "Direct Member Reimbursement Form",
                    "Pharmacy Claim Form",
                ]
            ),
        ],
        bold=True,
    )
    b.p(
        "Use this form to request reimbursement for covered expenses you paid. Attach itemized receipts. Claims must "
        "be submitted within one year of the date of service."
    )
    b.h("Member Information", 3)
    b.fields(
        [
            ("Member ID", ctx.code("???#########")),
            ("Group Number", ctx.digits(6)),
            ("Member Name", ctx.person()),
            ("Date of Birth", ctx.date(ctx.birth_date())),
            ("Address", ctx.address()),
        ],
        columns=2,
    )
    b.h("Patient Information", 3)
    b.fields(
        [
            ("Patient Name", ctx.person()),
            ("Relationship", ctx.pick(["Self", "Spouse", "Dependent"])),
            ("Other coverage?", ctx.pick(["Yes", "No"])),
        ],
        columns=3,
    )
    if vision:
        b.table(
            ["Date of Service", "Service", "Provider", "Amount Paid"],
            [
                [
                    ctx.date(ctx.day()),
                    ctx.pick(
                        ["Eye exam", "Frames", "Lenses (single vision)", "Contact lenses", "Contact lens fitting"]
                    ),
                    ctx.company() + " Optical",
                    ctx.money(ctx.amount(40, 450)),
                ]
                for _ in range(ctx.randint(1, 3))
            ],
        )
    else:
        b.table(
            [
                "Date Filled",
                "Rx Number",
                "Drug Name & Strength",
                "Quantity",
                "Days Supply",
                "Amount Paid",
                "Pharmacy NPI",
            ],
            [
                [
                    ctx.date(ctx.day()),
                    ctx.digits(7),
                    f"{d.name} {ctx.pick(d.strengths)}",
                    str(ctx.pick([30, 60, 90])),
                    str(ctx.pick([30, 90])),
                    ctx.money(ctx.amount(5, 400)),
                    ctx.digits(10),
                ]
                for d in ctx.some(DRUGS, 1, 3)
            ],
        )
    b.p(
        "I certify that the information on this form is correct and that the expenses were incurred by me or my "
        "eligible dependent. I authorize release of any information needed to process this claim."
    )
    b.fields([("Member Signature", ""), ("Date", "")], columns=2)
    return b.build(None)


def insurance_claim_status_letter(rng: random.Random) -> SyntheticDocument:
    """Insurer letters about a specific claim: acknowledgement, request for information, denial with appeal rights."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU"]))
    b = start(LABEL, ctx)
    insurer = ctx.pick([*PAYERS, "Bupa", "Star Health", "Medibank"])
    b.lines([insurer, "Claims Department", ctx.address(), ctx.date(ctx.day())])
    b.lines([ctx.person(), *ctx.address_lines()])
    b.fields(
        [
            ("Claim number", ctx.digits(12)),
            ("Member ID", ctx.code("???#########")),
            ("Patient", ctx.person()),
            ("Provider", hospital(ctx)),
            ("Date(s) of service", ctx.date(ctx.day())),
            ("Amount claimed", ctx.money(ctx.amount(80, 25000))),
        ]
    )
    kind = ctx.pick(["ack", "info", "denial"])
    b.p(f"Dear {ctx.first_name()},")
    if kind == "ack":
        b.p(
            "We have received your claim and it is being processed. Most claims are processed within 30 days of "
            "receipt. You can check the status of your claim online or by calling Member Services."
        )
    elif kind == "info":
        b.p(
            "We need additional information to process your claim. Please send us an itemized bill showing the "
            "diagnosis and procedure codes, and the medical records for the dates of service, within 45 days of this "
            "letter."
        )
    else:
        b.p("We have reviewed your claim and are unable to approve payment. Reason: " + ctx.pick(DENIAL_REASONS) + ".")
        b.p(
            "You have the right to appeal this decision within 180 days. To file an appeal, write to us at the "
            "address above and include this letter, your claim number and any supporting documentation."
        )
    b.lines(["Sincerely,", "Claims Services"])
    return b.build(
        ctx.pick(
            ["Claim Acknowledgement", "Request for Additional Information", "Notice of Claim Determination", None]
        ),
        "letter",
    )


TEMPLATES: TemplateTable = {
    LABEL: [
        insurance_claim_cms1500,
        insurance_claim_ub04,
        insurance_claim_eob,
        insurance_claim_member_form,
        insurance_claim_dental,
        insurance_claim_india_tpa,
        insurance_claim_eu,
        insurance_claim_pharmacy_vision,
        insurance_claim_status_letter,
    ]
}
