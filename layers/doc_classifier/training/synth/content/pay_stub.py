"""Pay stubs and payslips: US, Indian, UK, French, German and Australian payroll, plus simple check stubs."""

from __future__ import annotations

import random

from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.locales import amount_in_words
from doc_classifier.training.synth.model import SyntheticDocument

LABEL = "pay_stub"

JOB_TITLES = [
    "Software Engineer",
    "Sales Associate",
    "Accountant",
    "Nurse",
    "Warehouse Operative",
    "Customer Service Rep",
    "Project Manager",
    "Teacher",
    "Data Analyst",
    "Electrician",
    "Marketing Executive",
    "Driver",
    "HR Generalist",
]
DEPARTMENTS = [
    "Engineering",
    "Operations",
    "Finance",
    "Sales",
    "Human Resources",
    "Logistics",
    "IT",
    "Customer Support",
    "Admin",
]


def pay_stub_us(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    employer = ctx.company()
    employee = ctx.person()
    end = ctx.day()
    begin = ctx.later(end, -13, -6) if ctx.chance(0.6) else ctx.later(end, -30, -14)
    periods = ctx.randint(1, 24)
    hourly = ctx.chance(0.5)
    rate = ctx.amount(14, 75) if hourly else 0.0
    hours = ctx.pick([40.0, 80.0, 76.5, 72.0, 86.0])
    regular = round(rate * hours, 2) if hourly else ctx.amount(1500, 9000)
    overtime = round(rate * 1.5 * ctx.randint(0, 12), 2) if hourly else 0.0
    gross = regular + overtime
    fed = round(gross * ctx.amount(0.07, 0.18), 2)
    ss = round(gross * 0.062, 2)
    medicare = round(gross * 0.0145, 2)
    state = round(gross * ctx.amount(0.0, 0.06), 2)
    k401 = round(gross * ctx.pick([0.0, 0.03, 0.05, 0.06]), 2)
    medical = ctx.amount(0, 220)
    net = gross - fed - ss - medicare - state - k401 - medical
    b.lines([employer, *ctx.address_lines()], bold=True)
    b.fields(
        [
            ("Employee", employee),
            (ctx.pick(["Employee ID", "Emp #", "File #"]), ctx.digits(6)),
            ("SSN", f"XXX-XX-{ctx.digits(4)}"),
            (ctx.pick(["Pay Period", "Period Beginning"]), f"{ctx.date(begin)} - {ctx.date(end)}"),
            (ctx.pick(["Pay Date", "Check Date", "Advice Date"]), ctx.date(ctx.later(end, 1, 6))),
            ("Filing Status", ctx.pick(["Single", "Married", "Head of Household"])),
            ("Department", ctx.pick(DEPARTMENTS)),
        ][: ctx.randint(4, 7)],
        columns=2,
    )
    earn_rows = [
        [
            "Regular",
            ctx.num(rate) if hourly else "",
            ctx.num(hours, 2) if hourly else "",
            ctx.num(regular),
            ctx.num(regular * periods),
        ]
    ]
    if overtime:
        earn_rows.append(
            [
                "Overtime",
                ctx.num(rate * 1.5),
                ctx.num(overtime / rate / 1.5, 2),
                ctx.num(overtime),
                ctx.num(overtime * periods),
            ]
        )
    if ctx.chance(0.3):
        earn_rows.append(
            [ctx.pick(["Holiday", "PTO", "Bonus", "Commission"]), "", "", ctx.num(0), ctx.num(ctx.amount(100, 3000))]
        )
    b.table(
        [
            ctx.pick(["Earnings", "EARNINGS", "Description"]),
            "Rate",
            "Hours",
            ctx.pick(["Current", "This Period"]),
            ctx.pick(["YTD", "Year to Date"]),
        ],
        earn_rows,
        numeric_from=1,
    )
    ded = [
        ("Federal Income Tax", fed),
        ("Social Security", ss),
        ("Medicare", medicare),
        (f"{ctx.pick(['CA', 'NY', 'IL', 'GA', 'OH', 'PA', 'NJ'])} State Income Tax", state),
        ("401(k)", k401),
        (ctx.pick(["Medical", "Health Ins Pre-Tax", "Dental", "Vision"]), medical),
    ]
    b.table(
        [ctx.pick(["Deductions", "Taxes & Deductions", "DEDUCTIONS"]), "Current", "YTD"],
        [[n, ctx.num(a), ctx.num(a * periods)] for n, a in ded if a],
        numeric_from=1,
    )
    b.fields(
        [
            (ctx.pick(["Gross Pay", "Total Gross", "Gross Earnings"]), ctx.money(gross)),
            (ctx.pick(["Total Deductions", "Total Taxes & Deductions"]), ctx.money(gross - net)),
            (ctx.pick(["Net Pay", "NET PAY", "Take Home Pay"]), ctx.money(net)),
        ]
    )
    if ctx.chance(0.6):
        b.fields([("Direct Deposit", f"Checking XXXXX{ctx.digits(4)}  {ctx.money(net)}"), ("Check No.", ctx.digits(6))])
    if ctx.chance(0.4):
        b.table(
            ["Time Off", "Available", "Used"],
            [
                ["Vacation", ctx.num(ctx.amount(0, 120)), ctx.num(ctx.amount(0, 40))],
                ["Sick", ctx.num(ctx.amount(0, 60)), ctx.num(0)],
            ],
            numeric_from=1,
        )
    if ctx.chance(0.5):
        b.p("THIS IS NOT A CHECK - NON-NEGOTIABLE", align="center")
    return b.build(
        ctx.pick(
            [
                "Earnings Statement",
                "EARNINGS STATEMENT",
                "Pay Stub",
                "Statement of Earnings and Deductions",
                "Payroll Advice",
                None,
            ]
        )
    )


def pay_stub_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    employer = ctx.company() + ctx.pick(
        [" Pvt. Ltd.", " Technologies Private Limited", " Solutions Ltd", " India Pvt Ltd"]
    )
    month = ctx.day()
    b.lines([employer, ctx.address()], align="center", bold=True)
    title = ctx.pick(
        [
            f"Payslip for the month of {ctx.month(month)}",
            f"Salary Slip - {ctx.month(month)}",
            f"Pay Slip for {ctx.month(month)}",
            "PAYSLIP",
        ]
    )
    days = ctx.pick([30, 31, 28])
    lop = ctx.pick([0, 0, 0, 1, 2])
    b.fields(
        [
            ("Employee Name", ctx.person()),
            (ctx.pick(["Employee Code", "Emp ID", "Employee No"]), ctx.code("EMP####")),
            ("Designation", ctx.pick(JOB_TITLES)),
            ("Department", ctx.pick(DEPARTMENTS)),
            ("Date of Joining", ctx.date(ctx.day(2010, 2023))),
            ("PAN", ctx.pan()),
            ("UAN", ctx.digits(12)),
            ("PF No.", ctx.code("??/???/#######/###/#######")),
            ("ESI No.", ctx.digits(10)) if ctx.chance(0.3) else ("Location", ctx.city()),
            ("Bank Name", ctx.pick(["HDFC Bank", "ICICI Bank", "SBI", "Axis Bank"])),
            ("Bank A/c No.", ctx.digits(12)),
            ("Days in Month", str(days)),
            ("Days Paid", str(days - lop)),
            ("LOP Days", str(lop)),
        ],
        columns=2,
    )
    basic = ctx.amount(12000, 150000, whole=True)
    earnings = [
        ("Basic", basic),
        ("HRA", round(basic * ctx.pick([0.4, 0.5]))),
        ("Conveyance Allowance", 1600.0),
        ("Medical Allowance", 1250.0),
        ("Special Allowance", round(basic * ctx.amount(0.1, 0.6))),
    ]
    if ctx.chance(0.3):
        earnings.append(("LTA", round(basic * 0.08)))
    pf = round(min(basic, 15000) * 0.12)
    ptax = 200.0
    tds = round(basic * ctx.amount(0, 0.2))
    deductions = [("Provident Fund", float(pf)), ("Professional Tax", ptax), ("Income Tax (TDS)", float(tds))]
    if ctx.chance(0.3):
        deductions.append(("ESI", round(basic * 0.0075)))
    if ctx.chance(0.3):
        deductions.append(("Salary Advance", ctx.amount(1000, 10000, whole=True)))
    rows = []
    for i in range(max(len(earnings), len(deductions))):
        e = earnings[i] if i < len(earnings) else ("", 0.0)
        d = deductions[i] if i < len(deductions) else ("", 0.0)
        rows.append([e[0], ctx.num(e[1]) if e[0] else "", d[0], ctx.num(d[1]) if d[0] else ""])
    gross = sum(a for _, a in earnings)
    total_ded = sum(a for _, a in deductions)
    rows.append(
        [
            "Gross Earnings" if ctx.chance(0.5) else "Total Earnings",
            ctx.num(gross),
            "Total Deductions",
            ctx.num(total_ded),
        ]
    )
    b.table(["Earnings", "Amount (Rs.)", "Deductions", "Amount (Rs.)"], rows)
    net = gross - total_ded
    b.fields([("Net Pay", ctx.money(net)), ("Net Pay (in words)", f"Rupees {amount_in_words(net)} Only")])
    b.p(
        ctx.pick(
            [
                "This is a computer-generated payslip and does not require a signature.",
                "** This is a system generated payslip",
                "",
            ]
        ),
        small=True,
    )
    return b.build(title)


def pay_stub_uk(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_GB", "en_GB", "en_IE"]))
    b = start(LABEL, ctx)
    employer = ctx.company() + " Ltd"
    pay_date = ctx.day()
    basic = ctx.amount(1400, 7000)
    tax = round(basic * ctx.amount(0.08, 0.25), 2)
    ni = round(basic * ctx.amount(0.04, 0.09), 2)
    pension = round(basic * ctx.pick([0.03, 0.05, 0.0]), 2)
    student = round(basic * ctx.pick([0.0, 0.0, 0.02]), 2)
    net = basic - tax - ni - pension - student
    b.lines([employer], bold=True)
    b.fields(
        [
            ("Employee", ctx.person()),
            ("Employee No", ctx.digits(5)),
            ("NI Number", ctx.code("??######?")),
            ("Tax Code", ctx.pick(["1257L", "1257L M1", "BR", "K475", "1100L", "S1257L"])),
            ("NI Letter", ctx.pick(["A", "A", "H", "M", "B"])),
            ("Pay Date", ctx.date(pay_date)),
            ("Tax Period", f"Month {ctx.randint(1, 12)}"),
            ("Payment Method", "BACS"),
        ],
        columns=2,
    )
    b.table(
        ["Payments", "Units", "Rate", "Amount"],
        [
            ["Basic Pay", "1.00", ctx.num(basic), ctx.num(basic)],
            *(
                [
                    [
                        "Overtime",
                        ctx.num(ctx.randint(2, 20), 2),
                        ctx.num(ctx.amount(12, 30)),
                        ctx.num(ctx.amount(20, 400)),
                    ]
                ]
                if ctx.chance(0.3)
                else []
            ),
        ],
        numeric_from=1,
    )
    b.table(
        ["Deductions", "Amount"],
        [
            [n, ctx.num(a)]
            for n, a in [("PAYE Tax", tax), ("Employee NI", ni), ("Pension", pension), ("Student Loan", student)]
            if a
        ],
        numeric_from=1,
    )
    b.fields(
        [
            ("Total Gross Pay", ctx.money(basic)),
            ("Gross for Tax TD", ctx.money(basic * ctx.randint(1, 12))),
            ("Tax paid TD", ctx.money(tax * ctx.randint(1, 12))),
            ("Earnings for NI", ctx.money(basic)),
            ("Employer NI", ctx.money(basic * 0.138)),
            ("Employer Pension", ctx.money(basic * 0.03)),
            ("Net Pay", ctx.money(net)),
        ],
        columns=2,
    )
    return b.build(ctx.pick(["Payslip", "PAYSLIP", "Pay Advice", "Salary Statement", None]))


def pay_stub_fr(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "fr_FR")
    b = start(LABEL, ctx)
    month = ctx.day()
    base = ctx.amount(1800, 6500)
    b.lines(
        [
            ctx.company(),
            ctx.address(),
            f"SIRET : {ctx.code('### ### ### #####')}",
            f"Code NAF : {ctx.code('####?')}",
            f"URSSAF : {ctx.city()}",
        ]
    )
    b.fields(
        [
            ("Salarié", ctx.person()),
            (
                "Emploi",
                ctx.pick(
                    [
                        "Technicien",
                        "Assistante de direction",
                        "Ingénieur d'études",
                        "Vendeur",
                        "Comptable",
                        "Infirmière",
                    ]
                ),
            ),
            ("Statut", ctx.pick(["Non cadre", "Cadre", "ETAM"])),
            ("Coefficient", str(ctx.randint(150, 450))),
            ("N° de sécurité sociale", ctx.code("# ## ## ## ### ### ##")),
            ("Date d'entrée", ctx.date(ctx.day(2005, 2023))),
            (
                "Convention collective",
                ctx.pick(["Syntec", "Commerce de détail", "Métallurgie", "Hospitalisation privée"]),
            ),
            ("Période", f"du 01/{month.month:02d}/{month.year} au 30/{month.month:02d}/{month.year}"),
        ],
        columns=2,
    )
    rows = [["Salaire de base", "151,67", ctx.num(base / 151.67), ctx.num(base), ""]]
    cotis = [
        ("Sécurité sociale maladie", 0.0),
        ("Sécurité sociale plafonnée", 6.9),
        ("Sécurité sociale déplafonnée", 0.4),
        ("Complémentaire Tranche 1", 4.01),
        ("Assurance chômage", 0.0),
        ("CSG déductible de l'impôt sur le revenu", 6.8),
        ("CSG/CRDS non déductible", 2.9),
        ("Mutuelle", 1.2),
        ("Prévoyance", 0.8),
    ]
    total_cot = 0.0
    for name, rate in cotis:
        amount = round(base * rate / 100, 2)
        total_cot += amount
        rows.append([name, ctx.num(base), ctx.num(rate, 3), "", ctx.num(amount)])
    b.table(["Rubrique", "Base", "Taux", "Gain", "Retenue"], rows, numeric_from=1)
    net_before = base - total_cot
    pas = round(net_before * ctx.amount(0, 0.12), 2)
    b.fields(
        [
            ("Total des cotisations et contributions", ctx.money(total_cot)),
            ("Net à payer avant impôt sur le revenu", ctx.money(net_before)),
            (f"Impôt sur le revenu prélevé à la source (taux {ctx.num(ctx.amount(0, 12), 1)} %)", ctx.money(pas)),
            ("Net payé", ctx.money(net_before - pas)),
            ("Net social", ctx.money(net_before * 0.99)),
            ("Cumul brut imposable", ctx.money(base * month.month)),
        ]
    )
    b.p(
        "Dans votre intérêt et pour vous aider à faire valoir vos droits, conservez ce bulletin de paie sans "
        "limitation de durée.",
        small=True,
    )
    return b.build(ctx.pick(["BULLETIN DE PAIE", "Bulletin de salaire", "Bulletin de paie"]))


def pay_stub_de(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "de_DE")
    b = start(LABEL, ctx)
    month = ctx.day()
    gross = ctx.amount(2000, 7500)
    b.lines([ctx.company(), ctx.address()])
    b.fields(
        [
            ("Personal-Nr.", ctx.digits(5)),
            ("Name", ctx.person()),
            ("Steuerklasse", ctx.pick(["I", "III", "IV", "V"])),
            ("Kinderfreibetrag", ctx.pick(["0,0", "0,5", "1,0"])),
            ("Konfession", ctx.pick(["rk", "ev", "--"])),
            ("Krankenkasse", ctx.pick(["AOK", "TK", "Barmer", "DAK"])),
            ("SV-Nummer", ctx.code("## ###### ? ###")),
            ("Abrechnungsmonat", ctx.month(month)),
        ],
        columns=2,
    )
    b.table(
        ["Lohnart", "Bezeichnung", "Betrag"],
        [
            ["1000", "Gehalt", ctx.num(gross)],
            *([["1200", "Vermögenswirksame Leistungen", ctx.num(40)]] if ctx.chance(0.4) else []),
        ],
        numeric_from=2,
    )
    parts = [
        ("Lohnsteuer", 0.14),
        ("Solidaritätszuschlag", 0.0),
        ("Kirchensteuer", 0.011),
        ("Krankenversicherung", 0.081),
        ("Rentenversicherung", 0.093),
        ("Arbeitslosenversicherung", 0.013),
        ("Pflegeversicherung", 0.017),
    ]
    rows = [[n, ctx.num(gross * r)] for n, r in parts]
    b.table(["Gesetzliche Abzüge", "Betrag"], rows, numeric_from=1)
    net = gross * (1 - sum(r for _, r in parts))
    b.fields(
        [
            ("Gesamtbrutto", ctx.money(gross)),
            ("Steuerrechtliche Abzüge", ctx.money(gross * 0.151)),
            ("Sozialversicherungsabzüge", ctx.money(gross * 0.204)),
            ("Nettoverdienst", ctx.money(net)),
            ("Auszahlungsbetrag", ctx.money(net)),
            ("Überweisung an IBAN", ctx.iban()),
        ]
    )
    return b.build(
        ctx.pick(["Abrechnung der Brutto/Netto-Bezüge", "Lohnabrechnung", "Gehaltsabrechnung", "Verdienstabrechnung"])
    )


def pay_stub_au(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_AU", "en_AU", "en_NZ"]))
    b = start(LABEL, ctx)
    end = ctx.day()
    gross = ctx.amount(1200, 6000)
    payg = round(gross * ctx.amount(0.12, 0.3), 2)
    superann = round(gross * 0.11, 2)
    b.lines([ctx.company() + " Pty Ltd", f"ABN {ctx.code('## ### ### ###')}"], bold=True)
    b.fields(
        [
            ("Employee", ctx.person()),
            ("Pay period", f"{ctx.date(ctx.later(end, -13, -13))} to {ctx.date(end)}"),
            ("Payment date", ctx.date(ctx.later(end, 1, 3))),
            ("Annual salary", ctx.money(gross * 26)),
            ("Employment basis", ctx.pick(["Full-time", "Part-time", "Casual"])),
        ]
    )
    b.table(
        ["Description", "Hours", "Rate", "This pay", "YTD"],
        [["Ordinary hours", "76.00", ctx.num(gross / 76), ctx.num(gross), ctx.num(gross * 10)]],
        numeric_from=1,
    )
    b.fields(
        [
            ("Gross pay", ctx.money(gross)),
            ("PAYG withholding", ctx.money(payg)),
            ("Net pay", ctx.money(gross - payg)),
            ("Superannuation (SG 11%)", ctx.money(superann)),
            ("Super fund", ctx.pick(["AustralianSuper", "REST", "HESTA", "Hostplus"])),
        ]
    )
    b.table(
        ["Leave", "Balance (hrs)"],
        [["Annual leave", ctx.num(ctx.amount(0, 200))], ["Personal/carer's leave", ctx.num(ctx.amount(0, 80))]],
        numeric_from=1,
    )
    return b.build(ctx.pick(["Payslip", "Pay Slip", "PAY ADVICE"]))


def pay_stub_check_stub(rng: random.Random) -> SyntheticDocument:
    """Small-business check stubs and payroll-service advices with minimal layout."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA"]))
    b = start(LABEL, ctx)
    gross = ctx.amount(300, 4000)
    taxes = round(gross * ctx.amount(0.12, 0.25), 2)
    b.lines(
        [ctx.company(), f"Pay to the order of: {ctx.person()}", f"Check #{ctx.digits(5)}   Date {ctx.date(ctx.day())}"]
    )
    b.table(
        ["Pay", "Hours", "Current", "YTD"],
        [["Hourly", ctx.num(ctx.randint(8, 90), 2), ctx.num(gross), ctx.num(gross * ctx.randint(2, 20))]],
        numeric_from=1,
    )
    names = (
        ["Federal Withholding", "Soc Sec", "Medicare", "State W/H"]
        if ctx.locale == "en_US"
        else ["Income Tax", "CPP", "EI", "Union Dues"]
    )
    b.table(
        ["Taxes/Deductions", "Current", "YTD"],
        [[n, ctx.num(taxes / 4), ctx.num(taxes / 4 * 8)] for n in names],
        numeric_from=1,
    )
    b.fields(
        [
            ("Gross", ctx.money(gross)),
            ("Net Pay", ctx.money(gross - taxes)),
            ("Memo", ctx.pick(["Payroll", "Wages week ending " + ctx.date(ctx.day()), ""])),
        ],
        columns=3,
    )
    b.p("Detach and retain this statement for your records.", small=True)
    return b.build(ctx.pick(["PAYROLL CHECK STUB", "Pay Statement", "Employee Pay Stub", None]))


def pay_stub_india_tabular(rng: random.Random) -> SyntheticDocument:
    """Indian salary slips laid out as one grid: attendance, earnings (rate vs earned), deductions, net payable."""
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    month = ctx.day()
    employer = ctx.company().replace(" and ", " & ") + ctx.pick([" Pvt Ltd", " Limited", " Industries", " Infotech"])
    b.lines([employer.upper(), ctx.address()], align="center", bold=True)
    b.lines(
        [ctx.pick(["SALARY SLIP", "PAY SLIP", "Salary Statement"]) + f" FOR {ctx.month(month).upper()}"],
        align="center",
        bold=True,
    )
    days = ctx.pick([30, 31])
    present = days - ctx.randint(0, 3)
    b.table(
        None,
        [
            ["Emp. Code", ctx.code("####"), "Emp. Name", ctx.person().upper()],
            ["Designation", ctx.pick(JOB_TITLES), "Department", ctx.pick(DEPARTMENTS)],
            ["Date of Joining", ctx.date(ctx.day(2008, 2023)), "Bank A/c No.", ctx.digits(12)],
            ["PF A/c No.", ctx.code("??/?????/#######"), "ESIC No.", ctx.digits(10)],
            ["Total Days", str(days), "Paid Days", str(present)],
        ],
    )
    gross = ctx.amount(9000, 90000, whole=True)
    parts = [
        ("BASIC", 0.5),
        ("HRA", 0.2),
        ("DA", 0.1),
        ("CONVEYANCE", 0.05),
        ("SPECIAL ALLOWANCE", 0.1),
        ("OTHER ALLOWANCE", 0.05),
    ]
    earned = [(n, round(gross * r), round(gross * r * present / days)) for n, r in parts]
    ded = [
        ("PF", round(min(gross * 0.5, 15000) * 0.12)),
        ("ESIC", round(gross * 0.0075) if gross < 21000 else 0),
        ("PROF. TAX", 200),
        ("TDS", round(gross * ctx.amount(0, 0.1))),
        ("ADVANCE", 0),
    ]
    rows = []
    for i in range(max(len(earned), len(ded))):
        e = earned[i] if i < len(earned) else ("", 0, 0)
        d = ded[i] if i < len(ded) else ("", 0)
        rows.append(
            [e[0], ctx.num(e[1]) if e[0] else "", ctx.num(e[2]) if e[0] else "", d[0], ctx.num(d[1]) if d[0] else ""]
        )
    total_e = sum(x[2] for x in earned)
    total_d = sum(x[1] for x in ded)
    rows.append(["GROSS EARNINGS", ctx.num(gross), ctx.num(total_e), "TOTAL DEDUCTIONS", ctx.num(total_d)])
    b.table(["EARNINGS", "RATE", "EARNED", "DEDUCTIONS", "AMOUNT"], rows, numeric_from=1)
    net = total_e - total_d
    b.fields(
        [
            ("NET SALARY PAYABLE", ctx.money(net)),
            ("In Words", f"Rupees {amount_in_words(net)} Only"),
            ("Mode of Payment", ctx.pick(["Bank Transfer", "NEFT", "Cheque"])),
        ]
    )
    b.lines(["Employer's Signature", "Employee's Signature"], align="right")
    return b.build(None)


def pay_stub_us_payroll_service(rng: random.Random) -> SyntheticDocument:
    """Payroll-service statements (ADP/Paychex style): company code, exemptions, 'other benefits', taxable wages."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    company = ctx.company()
    period_end = ctx.day()
    gross = ctx.amount(900, 8000)
    b.fields(
        [
            ("Company Code", ctx.code("??/??? #####")),
            ("Loc/Dept", f"{ctx.digits(3)}/{ctx.digits(5)}"),
            ("Number", ctx.digits(7)),
            ("Page", "1 of 1"),
        ],
        columns=4,
    )
    b.lines([company, ctx.address()])
    b.fields(
        [
            ("Period Starting", ctx.date(ctx.later(period_end, -13, -13))),
            ("Period Ending", ctx.date(period_end)),
            ("Pay Date", ctx.date(ctx.later(period_end, 3, 6))),
        ]
    )
    b.fields(
        [
            ("Taxable Marital Status", ctx.pick(["Single", "Married"])),
            ("Exemptions/Allowances: Federal", str(ctx.randint(0, 4))),
            ("State", str(ctx.randint(0, 4))),
            ("Local", "0"),
        ]
    )
    b.lines([ctx.person().upper(), *[x.upper() for x in ctx.address_lines()]])
    hours = ctx.pick([40.0, 80.0, 72.5])
    b.table(
        ["Earnings", "rate", "hours", "this period", "year to date"],
        [
            ["Regular", ctx.num(gross / hours), ctx.num(hours), ctx.num(gross), ctx.num(gross * ctx.randint(2, 26))],
            ["Overtime", "", "", "", ctx.num(ctx.amount(0, 3000))],
        ],
        numeric_from=1,
    )
    b.fields([("Gross Pay", ctx.money(gross))])
    rows = [
        ["Statutory", "", ""],
        ["Federal Income Tax", f"-{ctx.num(gross * 0.11)}", ctx.num(gross * 0.11 * 12)],
        ["Social Security Tax", f"-{ctx.num(gross * 0.062)}", ctx.num(gross * 0.062 * 12)],
        ["Medicare Tax", f"-{ctx.num(gross * 0.0145)}", ctx.num(gross * 0.0145 * 12)],
        [
            f"{ctx.pick(['NY', 'CA', 'NJ', 'GA', 'MA'])} State Income Tax",
            f"-{ctx.num(gross * 0.04)}",
            ctx.num(gross * 0.48),
        ],
        ["Other", "", ""],
        ["401K", f"-{ctx.num(gross * 0.05)}", ctx.num(gross * 0.6)],
        ["Dental", f"-{ctx.num(ctx.amount(5, 30))}", ""],
        ["Medical", f"-{ctx.num(ctx.amount(20, 200))}", ""],
    ]
    b.table(["Deductions", "this period", "year to date"], rows, numeric_from=1)
    net = gross * 0.72
    b.fields([("Net Pay", ctx.money(net)), ("Checking 1", f"-{ctx.num(net)}"), ("Net Check", "$0.00")])
    b.p(
        f"Your federal taxable wages this period are {ctx.money(gross * 0.95)}. Other Benefits and Information: "
        f"Group Term Life {ctx.num(ctx.amount(1, 20))}; Vacation balance {ctx.num(ctx.amount(0, 120))} hours.",
        small=True,
    )
    b.p("This is not a check. Non-negotiable.", small=True)
    return b.build(ctx.pick(["Earnings Statement", "EARNINGS STATEMENT", "Statement of Earnings"]))


TEMPLATES: TemplateTable = {
    LABEL: [
        pay_stub_us,
        pay_stub_india,
        pay_stub_uk,
        pay_stub_fr,
        pay_stub_de,
        pay_stub_au,
        pay_stub_check_stub,
        pay_stub_india_tabular,
        pay_stub_us_payroll_service,
    ]
}
