"""Pay stubs and payslips: US, Indian, UK, French, German, Australian, Canadian, Spanish/Mexican, Dutch, Italian,
Brazilian, African and Asian payroll; check stubs, shift workers, umbrella/agency/gig pay, government leave and
earnings statements, and the few lines a photographed payslip yields."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from training.synth import locales
from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.locales import WEEKDAYS_EN, amount_in_words, dmy, eu_number
from training.synth.model import DocBuilder, SyntheticDocument

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


# -- helpers for the templates below -------------------------------------------------


def _us(amount: float, decimals: int = 2) -> str:
    return locales.number(amount, "en_US", decimals)


def _pair_rows(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]) -> list[list[str]]:
    """Earnings beside deductions in one grid, the shorter side padded with blanks."""
    wl = max((len(r) for r in left), default=0)
    wr = max((len(r) for r in right), default=0)
    rows: list[list[str]] = []
    for i in range(max(len(left), len(right))):
        lrow = list(left[i]) if i < len(left) else [""] * wl
        rrow = list(right[i]) if i < len(right) else [""] * wr
        rows.append(lrow + rrow)
    return rows


def _ytd_rows(ctx: Ctx, items: Sequence[tuple[str, float]], periods: float) -> list[list[str]]:
    """One row per (name, amount): the name, this period's amount and the year to date, ``periods`` times it."""
    return [[n, ctx.num(a), ctx.num(a * periods)] for n, a in items]


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _uuid(ctx: Ctx) -> str:
    text = f"{ctx.rng.getrandbits(128):032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}".upper()


def _words(amount: float) -> str:
    """'One Thousand Two Hundred and 45/100' as cheques and many payslips spell the net."""
    cents = round((amount - int(amount)) * 100)
    return f"{amount_in_words(amount, indian=False)} and {cents:02d}/100"


def _payslip_month(day: dt.date, lang: str) -> str:
    """The pay month as Italian ('Marzo 2024') and Brazilian ('Março/2024') payslips head it."""
    name = locales.month_names(lang)[day.month - 1].capitalize()
    return f"{name} {day.year}" if lang == "it" else f"{name}/{day.year}"


CA_PROVINCES = [
    ("ON", "Ontario"),
    ("ON", "Ontario"),
    ("BC", "British Columbia"),
    ("AB", "Alberta"),
    ("MB", "Manitoba"),
    ("NS", "Nova Scotia"),
    ("SK", "Saskatchewan"),
    ("NB", "New Brunswick"),
]
FR_CA_TITLES = [
    "Technicien(ne) comptable",
    "Préposé(e) aux bénéficiaires",
    "Infirmier(ère)",
    "Conseiller(ère) aux ventes",
    "Analyste en informatique",
    "Opérateur(trice) de production",
    "Agent(e) de service à la clientèle",
    "Enseignant(e)",
]
CA_BANKS = ["RBC Royal Bank", "TD Canada Trust", "BMO", "Scotiabank", "CIBC", "Desjardins", "National Bank", "ATB"]


def pay_stub_canada(rng: random.Random) -> SyntheticDocument:
    """Canadian pay statements: CPP/QPP, EI, QPIP, federal and provincial tax, vacation pay; English or Quebec
    French, as a stacked, side-by-side or summary-first layout."""
    fr = rng.random() < 0.25
    ctx = Ctx(rng, "fr_CA" if fr else "en_CA")
    b = start(LABEL, ctx)
    quebec = fr or ctx.chance(0.1)
    prov_code, prov_name = ("QC", "Québec" if fr else "Quebec") if quebec else ctx.pick(CA_PROVINCES)
    end = ctx.day()
    biweekly = ctx.chance(0.65)
    begin = ctx.later(end, -13, -13) if biweekly else ctx.later(end, -15, -14)
    n_periods = ctx.randint(1, 26 if biweekly else 24)
    hourly = ctx.chance(0.45)
    rate = ctx.amount(17.2, 58) if hourly else 0.0
    hours = ctx.pick([75.0, 80.0, 72.5, 70.0, 77.5, 60.0]) if hourly else 0.0
    regular = round(rate * hours, 2) if hourly else ctx.amount(1600, 6500)
    ot_hours = float(ctx.randint(1, 12)) if hourly and ctx.chance(0.5) else 0.0
    overtime = round(ot_hours * rate * 1.5, 2)
    vacation = round((regular + overtime) * 0.04, 2) if hourly and ctx.chance(0.5) else 0.0
    stat = round(rate * 7.5, 2) if hourly and ctx.chance(0.25) else 0.0

    def t(en: str, french: str) -> str:
        return french if fr else en

    earn: list[tuple[str, str, str, float]] = [
        (
            ctx.pick([t("Regular", "Salaire régulier"), t("Regular Hours", "Heures régulières")])
            if hourly
            else ctx.pick([t("Salary", "Salaire"), t("Regular Salary", "Salaire de base")]),
            ctx.num(rate) if hourly else "",
            ctx.num(hours) if hourly else "",
            regular,
        )
    ]
    if overtime:
        earn.append(
            (t("Overtime 1.5x", "Heures supplémentaires 150 %"), ctx.num(rate * 1.5), ctx.num(ot_hours), overtime)
        )
    if vacation:
        earn.append((t("Vacation Pay 4%", "Indemnité de vacances 4 %"), "", "", vacation))
    if stat:
        earn.append((t("Stat Holiday Pay", "Jour férié"), ctx.num(rate), "7.50" if not fr else "7,50", stat))
    if ctx.chance(0.25):
        earn.append((t("Shift Premium", "Prime de quart"), "", "", ctx.amount(20, 180)))
    gross = round(sum(e[3] for e in earn), 2)
    cpp = round(max(gross - 3500 / (26 if biweekly else 24), 0) * (0.064 if quebec else 0.0595), 2)
    ded: list[tuple[str, float]] = [
        (ctx.pick([t("Federal Income Tax", "Impôt fédéral"), t("Fed Tax", "Impôt fédéral")]), 0.0),
        (
            t("Quebec Income Tax", "Impôt du Québec")
            if quebec
            else ctx.pick([f"{prov_name} Income Tax", f"Prov Tax ({prov_code})", "Provincial Tax"]),
            round(gross * ctx.amount(0.03, 0.09), 2),
        ),
        (
            t("QPP", "RRQ") if quebec else ctx.pick(["CPP", "Canada Pension Plan", "CPP Contributions"]),
            cpp,
        ),
        (
            t("EI", "Assurance-emploi") if quebec else ctx.pick(["EI", "EI Premium", "Employment Insurance"]),
            round(gross * (0.0132 if quebec else 0.0166), 2),
        ),
    ]
    ded[0] = (ded[0][0], round(gross * ctx.amount(0.07, 0.15) * (0.835 if quebec else 1.0), 2))
    if quebec:
        ded.append((t("QPIP", "RQAP"), round(gross * 0.00494, 2)))
    for name_en, name_fr, lo, hi, p in [
        ("Union Dues", "Cotisation syndicale", 18.0, 75.0, 0.3),
        ("RRSP", "REER collectif", 40.0, 300.0, 0.35),
        ("Group Benefits", "Assurance collective", 15.0, 120.0, 0.5),
        ("Pension Plan", "Régime de retraite", 60.0, 400.0, 0.25),
        ("United Way", "Centraide", 5.0, 25.0, 0.1),
    ]:
        if ctx.chance(p):
            ded.append((t(name_en, name_fr), ctx.amount(lo, hi)))
    total_ded = round(sum(a for _, a in ded), 2)
    net = gross - total_ded

    employer = ctx.company() + ctx.pick([" Inc.", " Ltd.", " Ltée", " Corp.", ""])
    employee = ctx.person()
    b.lines([employer, *ctx.address_lines()], bold=True)
    info = [
        (t("Employee", "Employé(e)"), employee),
        (ctx.pick([t("Employee No.", "Matricule"), t("Emp ID", "No d'employé")]), ctx.digits(ctx.pick([5, 6, 7]))),
        (t("SIN", "NAS"), f"***-***-{ctx.digits(3)}"),
        (t("Pay Period", "Période de paie"), f"{ctx.date(begin)} - {ctx.date(end)}"),
        (t("Pay Date", "Date de paie"), ctx.date(ctx.later(end, 2, 6))),
        (t("Province of Employment", "Province d'emploi"), prov_name),
        (t("TD1 Claim Code", "Code de demande TD1"), f"{ctx.randint(1, 3)} / {ctx.randint(1, 3)}"),
        (t("Position", "Poste"), ctx.pick(FR_CA_TITLES if fr else JOB_TITLES)),
        (
            t("Pay Frequency", "Fréquence"),
            t("Bi-Weekly", "Aux deux semaines") if biweekly else t("Semi-Monthly", "Bimensuelle"),
        ),
    ]
    b.fields(info[:3] + ctx.some(info[3:], 3, 6), columns=ctx.pick([2, 3]))
    cur, ytd = t("Current", "Courant"), ctx.pick([t("YTD", "Cumul"), t("Year to Date", "Cumulatif annuel")])
    earn_title = ctx.pick([t("Earnings", "Gains"), t("EARNINGS", "RÉMUNÉRATION")])
    ded_title = ctx.pick([t("Deductions", "Retenues"), t("Taxes & Deductions", "Déductions")])
    layout = ctx.pick(["stacked", "side", "summary"])
    if layout == "summary":
        b.table(
            ["", t("Gross Pay", "Salaire brut"), t("Deductions", "Retenues"), t("Net Pay", "Salaire net")],
            [
                [cur, ctx.num(gross), ctx.num(total_ded), ctx.num(net)],
                [ytd, ctx.num(gross * n_periods), ctx.num(total_ded * n_periods), ctx.num(net * n_periods)],
            ],
            numeric_from=1,
        )
    if layout == "side":
        b.table(
            [earn_title, cur, ytd, ded_title, cur, ytd],
            _pair_rows(
                _ytd_rows(ctx, [(n, a) for n, _, _, a in earn], n_periods),
                _ytd_rows(ctx, ded, n_periods),
            ),
        )
    else:
        b.table(
            [earn_title, t("Rate", "Taux"), t("Hours", "Heures"), cur, ytd],
            [[n, r, h, ctx.num(a), ctx.num(a * n_periods)] for n, r, h, a in earn],
            numeric_from=1,
        )
        b.table(
            [ded_title, cur, ytd],
            _ytd_rows(ctx, ded, n_periods),
            numeric_from=1,
        )
    if layout != "summary" or ctx.chance(0.3):
        b.fields(
            [
                (t("Gross Pay", "Salaire brut"), ctx.money(gross)),
                (t("Total Deductions", "Total des retenues"), ctx.money(total_ded)),
                (ctx.pick([t("Net Pay", "Salaire net"), t("NET PAY", "NET À PAYER")]), ctx.money(net)),
            ],
            columns=ctx.pick([1, 3]),
        )
    if ctx.chance(0.5):
        b.table(
            [t("Employer Contributions", "Cotisations de l'employeur"), cur, ytd],
            [
                [t("QPP", "RRQ") if quebec else "CPP", ctx.num(cpp), ctx.num(cpp * n_periods)],
                [t("EI", "AE"), ctx.num(gross * 0.0232), ctx.num(gross * 0.0232 * n_periods)],
            ],
            numeric_from=1,
        )
    if ctx.chance(0.5):
        b.table(
            [t("Leave", "Congés"), t("Accrued", "Acquis"), t("Used", "Utilisés"), t("Balance", "Solde")],
            [
                [
                    t("Vacation", "Vacances"),
                    ctx.num(ctx.amount(20, 120)),
                    ctx.num(ctx.amount(0, 40)),
                    ctx.num(ctx.amount(0, 80)),
                ],
                [
                    t("Sick", "Maladie"),
                    ctx.num(ctx.amount(5, 60)),
                    ctx.num(ctx.amount(0, 16)),
                    ctx.num(ctx.amount(0, 40)),
                ],
            ],
            numeric_from=1,
        )
    b.p(
        t(
            f"Direct deposit to {ctx.pick(CA_BANKS)} account ****{ctx.digits(4)}: {ctx.money(net)}",
            f"Dépôt direct au compte ****{ctx.digits(4)} ({ctx.pick(CA_BANKS)}) : {ctx.money(net)}",
        )
    )
    if ctx.chance(0.4):
        b.p(t("Non-negotiable. Please retain for your records.", "Non négociable. Conservez ce relevé."), small=True)
    return b.build(
        ctx.pick(
            [
                t("Pay Statement", "Relevé de paie"),
                t("Statement of Earnings and Deductions", "Talon de paie"),
                t("PAY STUB", "BULLETIN DE PAIE"),
                t("Earnings Statement", "Relevé de paie"),
                None,
            ]
        )
    )


ES_NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def pay_stub_es_nomina(rng: random.Random) -> SyntheticDocument:
    """Spanish nóminas (the official 'recibo de salarios' layout or payroll-software columns) and Mexican CFDI
    'recibos de nómina'."""
    mexico = rng.random() < 0.3
    ctx = Ctx(rng, "es_MX" if mexico else "es_ES")
    b = start(LABEL, ctx)
    if mexico:
        return _nomina_mx(ctx, b)
    month = ctx.day()
    company = ctx.company()
    base = ctx.amount(1100, 3400)
    complements = [
        (ctx.pick(["Plus convenio", "Complemento de puesto", "Plus de actividad"]), ctx.amount(40, 400)),
        ("Antigüedad", ctx.amount(0, 160)),
    ]
    if ctx.chance(0.5):
        complements.append(("Horas extraordinarias", ctx.amount(30, 300)))
    prorrata = round(base / 6, 2) if ctx.chance(0.5) else 0.0
    non_salary = [("Plus transporte", ctx.amount(30, 120))] if ctx.chance(0.6) else []
    if ctx.chance(0.3):
        non_salary.append(("Dietas", ctx.amount(20, 200)))
    devengado = base + sum(a for _, a in complements) + prorrata + sum(a for _, a in non_salary)
    base_cc = base + sum(a for _, a in complements) + (prorrata or base / 6)
    irpf_rate = ctx.amount(2, 24)
    cot = [
        ("Contingencias comunes", 4.70),
        ("Desempleo", ctx.pick([1.55, 1.60])),
        ("Formación profesional", 0.10),
        ("MEI", ctx.pick([0.12, 0.13])),
    ]
    cot_amounts = [(n, r, round(base_cc * r / 100, 2)) for n, r in cot]
    irpf = round((devengado - sum(a for _, a in non_salary)) * irpf_rate / 100, 2)
    total_ded = sum(a for _, _, a in cot_amounts) + irpf
    liquido = devengado - total_ded
    header = [
        ("Empresa", company),
        ("Domicilio", ctx.address()),
        ("CIF", ctx.code("B########")),
        ("C.C.C.", ctx.code("## #######/##")),
    ]
    worker = [
        ("Trabajador", ctx.person()),
        ("NIF", ctx.digits(8) + ctx.pick(ES_NIF_LETTERS)),
        ("Nº afiliación S.S.", ctx.code("##/########/##")),
        (
            "Categoría",
            ctx.pick(
                [
                    "Oficial de 1ª",
                    "Auxiliar administrativo",
                    "Técnico de sistemas",
                    "Dependiente",
                    "Camarero/a",
                    "Mozo de almacén",
                    "Enfermero/a",
                    "Ingeniero/a",
                ]
            ),
        ),
        ("Grupo de cotización", str(ctx.randint(1, 10))),
        ("Antigüedad", dmy(ctx.later(month, -6000, -40))),
        ("Contrato", ctx.pick(["Indefinido", "Temporal", "Indefinido a tiempo parcial"])),
    ]
    period = f"del 1 al {_month_end(month).day} de {ctx.month(month, year=False)} de {month.year}"
    official = ctx.chance(0.5)
    if official:
        b.fields(header, columns=2)
        b.fields([*worker, ("Periodo de liquidación", period), ("Total días", "30")], columns=2)
        rows = [
            ["I. DEVENGOS", "", ""],
            ["1. Percepciones salariales", "", ""],
            ["Salario base", "", eu_number(base)],
            *[[n, "", eu_number(a)] for n, a in complements],
        ]
        if prorrata:
            rows.append(["Prorrata pagas extraordinarias", "", eu_number(prorrata)])
        rows.append(["2. Percepciones no salariales", "", ""])
        rows += [[n, "", eu_number(a)] for n, a in non_salary]
        rows.append(["A. TOTAL DEVENGADO", "", eu_number(devengado)])
        rows.append(["II. DEDUCCIONES", "", ""])
        rows.append(["1. Aportación del trabajador a las cotizaciones a la Seguridad Social", "", ""])
        rows += [[n, f"{eu_number(r)} %", eu_number(a)] for n, r, a in cot_amounts]
        rows.append(
            ["2. Impuesto sobre la renta de las personas físicas", f"{eu_number(irpf_rate)} %", eu_number(irpf)]
        )
        rows.append(["3. Anticipos", "", ""])
        rows.append(["B. TOTAL A DEDUCIR", "", eu_number(total_ded)])
        b.table(["Concepto", "Tipo", "Importe"], rows, numeric_from=1)
        b.fields([("LÍQUIDO TOTAL A PERCIBIR (A-B)", ctx.money(liquido))])
        b.lines([f"{ctx.city()}, {dmy(ctx.later(month, 20, 35))}", "Firma y sello de la empresa", "RECIBÍ"])
        b.h(
            "DETERMINACIÓN DE LAS BASES DE COTIZACIÓN A LA SEGURIDAD SOCIAL Y CONCEPTOS DE RECAUDACIÓN CONJUNTA Y "
            "DE LA BASE SUJETA A RETENCIÓN DEL IRPF Y APORTACIÓN DE LA EMPRESA",
            3,
        )
        b.table(
            ["Concepto", "Base", "Tipo %", "Aportación empresa"],
            [
                ["1. Contingencias comunes", eu_number(base_cc), "23,60", eu_number(base_cc * 0.236)],
                [
                    "2. Contingencias profesionales (AT y EP)",
                    eu_number(base_cc),
                    eu_number(ctx.amount(1.5, 3.7)),
                    eu_number(base_cc * 0.02),
                ],
                ["Desempleo", eu_number(base_cc), "5,50", eu_number(base_cc * 0.055)],
                ["Formación profesional", eu_number(base_cc), "0,60", eu_number(base_cc * 0.006)],
                ["Fondo de Garantía Salarial", eu_number(base_cc), "0,20", eu_number(base_cc * 0.002)],
                ["3. Base sujeta a retención del IRPF", eu_number(devengado - sum(a for _, a in non_salary)), "", ""],
            ],
            numeric_from=1,
        )
        return b.build(
            ctx.pick(["RECIBO INDIVIDUAL JUSTIFICATIVO DEL PAGO DE SALARIOS", "NÓMINA", "Recibo de salarios"])
        )
    b.lines([company, ctx.address(), f"CIF: {header[2][1]}   CCC: {header[3][1]}"], bold=True)
    b.table(
        None,
        [
            [worker[0][0], worker[0][1], "NIF", worker[1][1]],
            ["Categoría", worker[3][1], "Nº S.S.", worker[2][1]],
            [
                "Periodo",
                f"MENS {dmy(month.replace(day=1))} a {dmy(_month_end(month))}",
                "Días",
                "30",
            ],
        ],
    )
    rows = [["30,00", eu_number(base / 30), "Salario base", eu_number(base), ""]]
    rows += [
        ["", "", n, eu_number(a), ""] for n, a in complements + ([("P.P. pagas extras", prorrata)] if prorrata else [])
    ]
    rows += [["", "", n, eu_number(a), ""] for n, a in non_salary]
    rows += [["", f"{eu_number(r)}", f"Cotización {n}", "", eu_number(a)] for n, r, a in cot_amounts]
    rows.append(["", eu_number(irpf_rate), "Tributación I.R.P.F.", "", eu_number(irpf)])
    b.table(["Cuantía", "Precio", "Concepto", "Devengos", "Deducciones"], rows, numeric_from=3)
    b.table(
        ["Rem. total", "P.P. extras", "Base S.S.", "Base I.R.P.F.", "T. devengado", "T. a deducir"],
        [
            [
                eu_number(devengado - prorrata),
                eu_number(prorrata or base / 6),
                eu_number(base_cc),
                eu_number(devengado - sum(a for _, a in non_salary)),
                eu_number(devengado),
                eu_number(total_ded),
            ]
        ],
        numeric_from=0,
    )
    b.fields(
        [
            ("LÍQUIDO A PERCIBIR", ctx.money(liquido)),
            ("Forma de pago", f"Transferencia a {ctx.iban()}"),
        ]
    )
    return b.build(ctx.pick(["NÓMINA", "Nómina", "Recibo de nómina", None]))


def _nomina_mx(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    start_day = ctx.day()
    quincenal = ctx.chance(0.7)
    days = 15 if quincenal else 7
    daily = ctx.amount(250, 1600)
    sueldo = round(daily * days, 2)
    perc = [("001", "Sueldo", float(days), sueldo)]
    for code, name, p in [
        ("002", "Horas extra dobles", 0.3),
        ("005", "Premio de puntualidad", 0.4),
        ("006", "Premio de asistencia", 0.4),
        ("010", "Vales de despensa", 0.4),
        ("019", "Prima vacacional", 0.15),
    ]:
        if ctx.chance(p):
            perc.append((code, name, 0.0, round(sueldo * ctx.amount(0.03, 0.12), 2)))
    total_p = sum(a for *_, a in perc)
    deds = [("001", "IMSS", round(total_p * 0.025, 2)), ("002", "ISR", round(total_p * ctx.amount(0.04, 0.2), 2))]
    if ctx.chance(0.3):
        deds.append(("010", "Crédito INFONAVIT", round(total_p * 0.08, 2)))
    if ctx.chance(0.25):
        deds.append(("011", "Crédito FONACOT", ctx.amount(150, 900)))
    if ctx.chance(0.2):
        deds.append(("019", "Cuota sindical", round(total_p * 0.01, 2)))
    total_d = sum(a for *_, a in deds)
    company = ctx.company()
    b.lines(
        [company, f"RFC: {ctx.code('???######***')}", f"Registro patronal: {ctx.code('?##-#####-##-#')}"], bold=True
    )
    b.fields(
        [
            ("Empleado", ctx.person()),
            ("No. empleado", ctx.digits(5)),
            ("RFC", ctx.code("????######***")),
            ("CURP", ctx.code("????######??????##")),
            ("NSS", ctx.digits(11)),
            ("Puesto", ctx.pick(["Operador", "Auxiliar contable", "Vendedor", "Almacenista", "Supervisor"])),
            (
                "Periodo de pago",
                f"{'Quincenal' if quincenal else 'Semanal'} {ctx.date(start_day)} al "
                f"{ctx.date(ctx.later(start_day, days - 1, days - 1))}",
            ),
            ("Días pagados", str(days)),
            ("Salario diario", f"${_us(daily)}"),
            ("SDI", f"${_us(daily * 1.0452)}"),
        ],
        columns=2,
    )
    b.table(
        ["Clave", "Percepciones", "Importe", "Clave", "Deducciones", "Importe"],
        [
            *_pair_rows([[c, n, _us(a)] for c, n, _, a in perc], [[c, n, _us(a)] for c, n, a in deds]),
            ["", "Total percepciones", _us(total_p), "", "Total deducciones", _us(total_d)],
        ],
    )
    b.fields([("Neto a pagar", f"${_us(total_p - total_d)}"), ("Forma de pago", "Transferencia electrónica")])
    if ctx.chance(0.7):
        b.p(
            f"Folio fiscal (UUID): {_uuid(ctx)}  Este documento es una representación impresa de un CFDI de nómina.",
            small=True,
        )
    b.p(
        f"Recibí de {company} la cantidad neta indicada en este recibo por concepto de mi salario y demás "
        "prestaciones del periodo señalado, sin que se me adeude cantidad alguna.",
        small=True,
    )
    b.lines(["________________________", "Firma del trabajador"], align="center")
    return b.build(ctx.pick(["RECIBO DE NÓMINA", "Recibo de pago de nómina", "Comprobante de nómina"]))


def pay_stub_nl_it_br(rng: random.Random) -> SyntheticDocument:
    """Code/description/units/earnings/deductions payslips: a Dutch loonstrook, an Italian cedolino (busta paga)
    or a Brazilian holerite (contracheque)."""
    country = rng.choice(["nl", "it", "br"])
    ctx = Ctx(rng, {"nl": "nl_NL", "it": "it_IT", "br": "pt_BR"}[country], {"br": "BRL"}.get(country, "EUR"))
    b = start(LABEL, ctx)
    if country == "nl":
        return _loonstrook(ctx, b)
    if country == "it":
        return _cedolino(ctx, b)
    return _holerite(ctx, b)


def _loonstrook(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    month = ctx.day()
    salary = ctx.amount(2100, 6800)
    parttime = ctx.pick([1.0, 1.0, 0.8, 0.9, 0.6])
    brut = round(salary * parttime, 2)
    extras: list[tuple[str, str, float]] = []
    if ctx.chance(0.35):
        hrs = ctx.randint(2, 14)
        extras.append(("Overuren 125%", eu_number(hrs, 2), round(hrs * salary / 165 * 1.25, 2)))
    if ctx.chance(0.25):
        extras.append(("Ploegentoeslag", "", ctx.amount(60, 380)))
    if ctx.chance(0.15):
        extras.append(("Vakantiegeld", "8,00%", round(salary * 12 * 0.08, 2)))
    fund = ctx.pick(["PFZW", "PMT", "ABP", "bpfBOUW", "PME", "Pensioenfonds Detailhandel"])
    pension = round(brut * ctx.amount(0.04, 0.09), 2)
    wga = round(brut * 0.004, 2) if ctx.chance(0.5) else 0.0
    fiscal = brut + sum(a for *_, a in extras) - pension - wga
    tax = round(fiscal * ctx.amount(0.1, 0.36), 2)
    net_items = [("Reiskostenvergoeding", ctx.amount(20, 240))] if ctx.chance(0.6) else []
    if ctx.chance(0.4):
        net_items.append(("Thuiswerkvergoeding", round(ctx.randint(4, 18) * 2.35, 2)))
    if ctx.chance(0.2):
        net_items.append(("Personeelsvereniging", -ctx.amount(3, 10)))
    net = fiscal - tax + sum(a for _, a in net_items)
    b.lines([ctx.company(), *ctx.address_lines()], bold=True)
    b.fields(
        [
            ("Naam", ctx.person()),
            ("Personeelsnummer", ctx.digits(ctx.pick([4, 5, 6]))),
            ("BSN", ctx.pick([ctx.digits(9), "*****" + ctx.digits(4)])),
            ("Periode", ctx.pick([ctx.month(month), f"{month.month:02d}-{month.year}", f"Periode {month.month}"])),
            (
                "Functie",
                ctx.pick(
                    [
                        "Verpleegkundige",
                        "Magazijnmedewerker",
                        "Software ontwikkelaar",
                        "Chauffeur",
                        "Administratief medewerker",
                        "Medewerker klantenservice",
                        "Docent",
                    ]
                ),
            ),
            ("Datum in dienst", dmy(ctx.later(month, -6000, -40), "-")),
            ("Loonheffingskorting", ctx.pick(["Ja", "Ja", "Nee"])),
            ("Tabel", ctx.pick(["Wit maand", "Witte tabel", "Groen maand"])),
            ("Parttimefactor", eu_number(parttime, 4)),
            ("Salaris", eu_number(salary)),
            ("Cao", ctx.pick(["Ziekenhuizen", "Metalektro", "Retail Non-Food", "Horeca", "Geen cao"])),
            ("Bijzonder tarief", f"{eu_number(ctx.amount(20, 49.5))}%"),
        ],
        columns=ctx.pick([2, 3]),
    )
    rows = [["Salaris", eu_number(parttime * 100, 2) + "%", eu_number(brut), ""]]
    rows += [[n, q, eu_number(a), ""] for n, q, a in extras]
    rows.append([f"Pensioenpremie {fund}", "", "", eu_number(pension)])
    if wga:
        rows.append(["Premie WGA-hiaat", "", "", eu_number(wga)])
    rows.append(["Loon voor de loonheffing", "", eu_number(fiscal), ""])
    rows.append(["Loonheffing", "", "", eu_number(tax)])
    rows.append(["Netto loon", "", eu_number(fiscal - tax), ""])
    rows += [[n, "", eu_number(a) if a > 0 else "", eu_number(-a) if a < 0 else ""] for n, a in net_items]
    b.table(["Omschrijving", "Aantal", "Betaling", "Inhouding"], rows, numeric_from=1)
    b.fields([("Uit te betalen", ctx.money(net))])
    if ctx.chance(0.6):
        k = month.month
        b.table(
            ["Cumulatieven", "Periode", "Cumulatief"],
            [
                ["Loon loonheffing", eu_number(fiscal), eu_number(fiscal * k)],
                ["Ingehouden loonheffing", eu_number(tax), eu_number(tax * k)],
                ["Reservering vakantiegeld", eu_number(brut * 0.08), eu_number(brut * 0.08 * k)],
                ["Saldo verlofuren", "", eu_number(ctx.amount(0, 200))],
            ],
            numeric_from=1,
        )
    b.p(
        ctx.pick(
            [
                f"Het netto loon wordt overgemaakt op rekening {ctx.iban()}.",
                f"Betaald op {ctx.iban()} op {dmy(ctx.later(month, 20, 28), '-')}.",
            ]
        )
    )
    return b.build(ctx.pick(["Loonstrook", "Salarisstrook", "SALARISSPECIFICATIE", "Loonspecificatie"]))


def _cedolino(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    month = ctx.day()
    mese = _payslip_month(month, "it")
    paga = ctx.amount(1350, 3900)
    hours = ctx.pick([168, 172, 160, 176])
    items: list[tuple[str, str, str, float, float]] = [
        ("0001", "Retribuzione ordinaria", f"{hours},00 ore", paga, 0.0),
    ]
    if ctx.chance(0.4):
        h = ctx.randint(2, 20)
        items.append(("0250", "Straordinario 25%", f"{h},00 ore", round(paga / hours * 1.25 * h, 2), 0.0))
    if ctx.chance(0.3):
        items.append(("0310", "Festività", "8,00 ore", round(paga / hours * 8, 2), 0.0))
    if ctx.chance(0.3):
        items.append(("0420", "Ferie godute", f"{ctx.randint(1, 5)},00 gg", 0.0, 0.0))
    lordo = sum(i[3] for i in items)
    inps = round(lordo * 0.0919, 2)
    irpef = round((lordo - inps) * ctx.amount(0.18, 0.3), 2)
    detr = round(ctx.amount(50, 160), 2)
    add_reg = round(lordo * 0.0123, 2)
    add_com = round(lordo * 0.005, 2)
    items += [
        ("9001", "Contributo IVS 9,19%", eu_number(lordo), 0.0, inps),
        ("9100", "IRPEF lorda", eu_number(lordo - inps), 0.0, irpef),
        ("9110", "Detrazioni lavoro dipendente", "", detr, 0.0),
        ("9200", "Addizionale regionale", "", 0.0, add_reg),
        ("9210", "Addizionale comunale", "", 0.0, add_com),
    ]
    if ctx.chance(0.4):
        items.append(("9300", "Trattamento integrativo", "", 100.0, 0.0))
    if ctx.chance(0.4):
        items.append(
            ("9500", ctx.pick(["Fondo Est", "Fon.Te.", "Cometa", "Fondo pensione"]), "", 0.0, round(lordo * 0.0055, 2))
        )
    comp = sum(i[3] for i in items)
    tratt = sum(i[4] for i in items)
    net = comp - tratt
    b.lines([ctx.company(), *ctx.address_lines(), f"C.F./P.IVA {ctx.digits(11)}"], bold=True)
    b.fields(
        [
            ("Dipendente", ctx.person()),
            ("Matricola", ctx.digits(ctx.pick([4, 5, 6]))),
            ("Codice fiscale", ctx.codice_fiscale()),
            ("Qualifica", ctx.pick(["Impiegato", "Operaio", "Quadro", "Apprendista"])),
            ("Livello", ctx.pick(["2°", "3°", "4°", "5°", "6°", "C2", "B1"])),
            (
                "CCNL",
                ctx.pick(
                    [
                        "Commercio Terziario",
                        "Metalmeccanico Industria",
                        "Turismo Pubblici Esercizi",
                        "Sanità privata",
                        "Logistica Trasporto Merci",
                    ]
                ),
            ),
            ("Data assunzione", dmy(ctx.later(month, -8000, -40))),
            ("Periodo di retribuzione", mese),
            ("Posizione INPS", ctx.digits(10)),
            ("GG. INPS", "26"),
        ],
        columns=2,
    )
    if ctx.chance(0.5):
        b.table(
            ["Paga base", "Contingenza", "E.D.R.", "Scatti anz.", "Superminimo", "Totale"],
            [
                [
                    eu_number(paga * 0.7),
                    eu_number(paga * 0.26),
                    "10,33",
                    eu_number(paga * 0.02),
                    eu_number(paga * 0.02),
                    eu_number(paga),
                ]
            ],
            numeric_from=0,
        )
    b.table(
        ["Cod.", "Descrizione", "Ore/GG/Base", "Competenze", "Trattenute"],
        [[c, d, q, eu_number(p) if p else "", eu_number(r) if r else ""] for c, d, q, p, r in items],
        numeric_from=2,
    )
    b.fields(
        [
            ("Totale competenze", eu_number(comp)),
            ("Totale trattenute", eu_number(tratt)),
            ("Arrotondamento", eu_number(ctx.amount(0, 0.99))),
            (ctx.pick(["NETTO IN BUSTA", "Netto del mese", "NETTO A PAGARE"]), f"€ {eu_number(net)}"),
        ],
        columns=ctx.pick([2, 4]),
    )
    if ctx.chance(0.7):
        b.table(
            ["Ferie/Permessi", "Residuo AP", "Maturato", "Goduto", "Saldo"],
            [
                [
                    "Ferie",
                    eu_number(ctx.amount(0, 15)),
                    eu_number(month.month * 2.17),
                    eu_number(ctx.amount(0, 10)),
                    eu_number(ctx.amount(0, 20)),
                ],
                [
                    "Permessi/ROL",
                    eu_number(ctx.amount(0, 40)),
                    eu_number(month.month * 6),
                    eu_number(ctx.amount(0, 16)),
                    eu_number(ctx.amount(0, 50)),
                ],
            ],
            numeric_from=1,
        )
    if ctx.chance(0.6):
        b.fields(
            [
                ("Imponibile INPS progr.", eu_number(lordo * month.month)),
                ("Imponibile IRPEF progr.", eu_number((lordo - inps) * month.month)),
                ("Quota TFR mese", eu_number(lordo / 13.5)),
                ("Fondo TFR", eu_number(lordo / 13.5 * ctx.randint(6, 120))),
            ],
            columns=2,
        )
    b.p(f"Pagamento tramite bonifico bancario su IBAN {ctx.italian_iban()}")
    b.lines(["Firma per ricevuta ____________________"], align="right")
    return b.build(
        ctx.pick(["CEDOLINO PAGA", "Busta paga", "Prospetto paga", "LIBRO UNICO DEL LAVORO - Prospetto paga", None])
    )


def _holerite(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    month = ctx.day()
    ref = _payslip_month(month, "pt")
    salario = ctx.amount(1412, 9800)
    venc: list[tuple[str, str, str, float]] = [("001", "Salário Base", "30,00", salario)]
    if ctx.chance(0.4):
        h = ctx.randint(2, 30)
        he = round(salario / 220 * 1.5 * h, 2)
        venc.append(("250", "Horas Extras 50%", f"{h},00", he))
        venc.append(("260", "DSR s/ Horas Extras", "", round(he / 6, 2)))
    if ctx.chance(0.25):
        venc.append(("270", "Adicional Noturno", "20,00%", round(salario * 0.08, 2)))
    if ctx.chance(0.2):
        venc.append(("300", "Adicional de Insalubridade", "20,00%", 282.4))
    bruto = sum(v[3] for v in venc)
    inss_rate = 7.5 if bruto < 1412 else 9.0 if bruto < 2666 else 12.0 if bruto < 4000 else 14.0
    inss = round(min(bruto, 7786.02) * inss_rate / 100 * 0.85, 2)
    irrf = round(max(bruto - inss - 2259.2, 0) * ctx.amount(0.08, 0.2), 2)
    desc: list[tuple[str, str, str, float]] = [("903", "INSS", f"{eu_number(inss_rate)}", inss)]
    if irrf:
        desc.append(("905", "IRRF", "", irrf))
    if ctx.chance(0.6):
        desc.append(("910", "Vale Transporte", "6,00", round(salario * 0.06, 2)))
    if ctx.chance(0.5):
        desc.append(("920", "Assistência Médica", "", ctx.amount(60, 450)))
    if ctx.chance(0.4):
        desc.append(("930", "Vale Refeição", "", ctx.amount(20, 180)))
    if ctx.chance(0.4):
        desc.append(("940", "Adiantamento Quinzenal", "40,00", round(salario * 0.4, 2)))
    total_d = sum(d[3] for d in desc)
    liquido = bruto - total_d
    b.lines(
        [ctx.company().upper(), f"CNPJ: {ctx.code('##.###.###/0001-##')}", ", ".join(ctx.address_lines())],
        bold=True,
    )
    b.fields(
        [
            ("Código", ctx.digits(5)),
            ("Nome do Funcionário", ctx.person().upper()),
            ("CBO", ctx.digits(6)),
            (
                "Cargo",
                ctx.pick(
                    [
                        "Auxiliar Administrativo",
                        "Analista de Sistemas",
                        "Vendedor",
                        "Operador de Caixa",
                        "Técnico de Enfermagem",
                        "Motorista",
                        "Assistente Financeiro",
                    ]
                ),
            ),
            ("Departamento", ctx.pick(["Administrativo", "Comercial", "Produção", "TI", "Financeiro"])),
            ("Admissão", dmy(ctx.later(month, -6000, -40))),
            ("Referência", ref),
        ],
        columns=ctx.pick([2, 3]),
    )
    b.table(
        ["Cód.", "Descrição", "Referência", "Vencimentos", "Descontos"],
        [[c, n, r, eu_number(a), ""] for c, n, r, a in venc] + [[c, n, r, "", eu_number(a)] for c, n, r, a in desc],
        numeric_from=2,
    )
    b.fields(
        [
            ("Total de Vencimentos", eu_number(bruto)),
            ("Total de Descontos", eu_number(total_d)),
            ("Valor Líquido", f"R$ {eu_number(liquido)}"),
        ],
        columns=ctx.pick([1, 3]),
    )
    b.table(
        ["Salário Base", "Sal. Contr. INSS", "Base Cálc. FGTS", "F.G.T.S do Mês", "Base Cálc. IRRF", "Faixa IRRF"],
        [
            [
                eu_number(salario),
                eu_number(bruto),
                eu_number(bruto),
                eu_number(bruto * 0.08),
                eu_number(bruto - inss),
                ctx.pick(["0,00", "7,50", "15,00", "22,50", "27,50"]),
            ]
        ],
        numeric_from=0,
    )
    if ctx.chance(0.7):
        b.p(
            "Declaro ter recebido a importância líquida discriminada neste recibo. "
            f"Crédito em conta: Banco {ctx.pick(['Itaú', 'Bradesco', 'Santander', 'Banco do Brasil', 'Caixa'])} "
            f"Ag. {ctx.digits(4)} C/C {ctx.digits(6)}-{ctx.digits(1)}",
            small=True,
        )
        b.lines(["____/____/______", "Assinatura do Funcionário"])
    return b.build(
        ctx.pick(["RECIBO DE PAGAMENTO DE SALÁRIO", "Demonstrativo de Pagamento", "HOLERITE", "Contracheque", None])
    )


@dataclass(frozen=True)
class _Payroll:
    """What one country's payslip carries: statutory deductions, ids, banks, places and money words."""

    locale: str
    currency: str  # how amounts are prefixed
    money_word: str  # "Rand", for the net pay in words
    earnings: tuple[str, ...]  # first one is the basic
    deductions: tuple[tuple[str, float], ...]  # statutory, as a share of gross
    optional: tuple[str, ...]  # voluntary deductions
    employer: tuple[tuple[str, float], ...]
    ids: tuple[tuple[str, str], ...]  # label, Ctx.code pattern
    banks: tuple[str, ...]
    cities: tuple[str, ...]
    given: tuple[str, ...] = ()
    family: tuple[str, ...] = ()
    leave: tuple[str, ...] = ("Annual Leave", "Sick Leave")
    low: float = 8000
    high: float = 90000


PAYROLLS: dict[str, _Payroll] = {
    "za": _Payroll(
        "en_GB",
        "R",
        "Rand",
        ("Basic Salary", "Travel Allowance", "Overtime 1.5", "Commission", "Cellphone Allowance", "13th Cheque"),
        (("PAYE", 0.18), ("UIF", 0.01)),
        ("Pension Fund", "Medical Aid", "Provident Fund", "Union Fees", "Staff Loan"),
        (("UIF - Company Contribution", 0.01), ("SDL", 0.01), ("Pension - Company", 0.075)),
        (("ID Number", "#############"), ("Income Tax No.", "##########"), ("Employee Code", "EMP###")),
        ("FNB", "Standard Bank", "Absa", "Nedbank", "Capitec"),
        ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Sandton", "Bloemfontein"),
        ("Thabo", "Sipho", "Lerato", "Nomvula", "Johan", "Pieter", "Anele", "Zanele", "Ayanda", "Fatima", "Riaan"),
        ("Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Naidoo", "Pillay", "Khumalo", "Ndlovu", "Jacobs"),
        ("Annual Leave", "Sick Leave", "Family Responsibility Leave"),
        9000,
        85000,
    ),
    "ph": _Payroll(
        "en_PH",
        "PHP",
        "Pesos",
        ("Basic Pay", "Overtime Pay", "Night Differential", "Holiday Pay", "Rice Subsidy", "De Minimis Allowance"),
        (("SSS Contribution", 0.045), ("PhilHealth", 0.025), ("Pag-IBIG (HDMF)", 0.01), ("Withholding Tax", 0.1)),
        ("SSS Salary Loan", "Pag-IBIG Loan", "Tardiness/Undertime", "Cash Advance", "HMO Dependent"),
        (("SSS - ER", 0.095), ("PhilHealth - ER", 0.025), ("Pag-IBIG - ER", 0.01)),
        (
            ("TIN", "###-###-###-000"),
            ("SSS No.", "##-#######-#"),
            ("PhilHealth No.", "##-#########-#"),
            ("Pag-IBIG MID", "####-####-####"),
        ),
        ("BDO", "BPI", "Metrobank", "UnionBank", "Security Bank", "Landbank"),
        ("Makati City", "Quezon City", "Pasig City", "Taguig City", "Cebu City", "Davao City", "Mandaluyong"),
        ("Maria", "Jose", "Mark Anthony", "Kristine", "John Paul", "Rowena", "Jericho", "Angelica", "Ramil"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "dela Cruz", "Villanueva", "Aquino"),
        ("Vacation Leave", "Sick Leave", "Service Incentive Leave"),
        9000,
        75000,
    ),
    "sg": _Payroll(
        "en_MY",
        "S$",
        "Singapore Dollars",
        ("Basic Salary", "Overtime Pay", "Transport Allowance", "Fixed Allowance", "Performance Bonus"),
        (("Employee CPF", 0.2),),
        ("CDAC", "SINDA", "MBMF", "ECF", "No-pay Leave"),
        (("Employer CPF", 0.17), ("SDL", 0.0025)),
        (("NRIC/FIN", "S#######?"), ("Employee ID", "E#####")),
        ("DBS", "OCBC", "UOB", "POSB", "Standard Chartered"),
        ("Singapore",),
        ("Wei Ling", "Jun Jie", "Siti", "Muhammad", "Priya", "Kumar", "Hui Min", "Zhi Hao", "Nurul"),
        ("Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "bin Ahmad", "d/o Raman", "Goh", "Chua"),
        ("Annual Leave", "Medical Leave", "Childcare Leave"),
        2800,
        14000,
    ),
    "my": _Payroll(
        "en_MY",
        "RM",
        "Ringgit",
        (
            "Basic Salary / Gaji Pokok",
            "Fixed Allowance / Elaun Tetap",
            "Overtime / Kerja Lebih Masa",
            "Commission",
            "Travel Claim",
        ),
        (("EPF / KWSP", 0.11), ("SOCSO / PERKESO", 0.005), ("EIS / SIP", 0.002), ("PCB / MTD", 0.06)),
        ("Zakat", "Staff Loan", "Unpaid Leave", "Advance"),
        (("EPF Employer", 0.13), ("SOCSO Employer", 0.0175), ("EIS Employer", 0.002), ("HRDF", 0.01)),
        (
            ("IC No.", "######-##-####"),
            ("EPF No.", "########"),
            ("SOCSO No.", "######-##-####"),
            ("Income Tax No.", "SG ##########"),
        ),
        ("Maybank", "CIMB Bank", "Public Bank", "RHB Bank", "Hong Leong Bank"),
        (),
        (),
        (),
        ("Annual Leave / Cuti Tahunan", "Medical Leave / Cuti Sakit"),
        2000,
        16000,
    ),
    "ke": _Payroll(
        "en_KE",
        "KES",
        "Kenya Shillings",
        ("Basic Salary", "House Allowance", "Commuter Allowance", "Overtime", "Airtime Allowance"),
        (("PAYE", 0.2), ("NSSF", 0.06), ("SHIF", 0.0275), ("Housing Levy", 0.015)),
        ("HELB Loan", "Sacco Contribution", "Welfare", "Salary Advance"),
        (("NSSF - Employer", 0.06), ("Housing Levy - Employer", 0.015), ("NITA", 0.0)),
        (("KRA PIN", "A#########?"), ("ID No.", "########"), ("NSSF No.", "#########"), ("SHIF No.", "########")),
        ("KCB", "Equity Bank", "Co-operative Bank", "NCBA", "Stanbic Bank", "Absa Kenya"),
        ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika"),
        (),
        (),
        ("Annual Leave", "Sick Leave"),
        25000,
        450000,
    ),
    "ng": _Payroll(
        "en_NG",
        "NGN",
        "Naira",
        (
            "Basic Salary",
            "Housing Allowance",
            "Transport Allowance",
            "Utility Allowance",
            "Meal Subsidy",
            "Leave Allowance",
        ),
        (("PAYE Tax", 0.11), ("Pension (Employee 8%)", 0.08), ("NHF (2.5%)", 0.025)),
        ("Cooperative Savings", "Loan Repayment", "Union Dues"),
        (("Pension (Employer 10%)", 0.1), ("NSITF", 0.01), ("ITF", 0.01)),
        (("Staff ID", "STF/####"), ("TIN", "########-####"), ("RSA PIN", "PEN############")),
        ("GTBank", "Access Bank", "Zenith Bank", "First Bank", "UBA", "Stanbic IBTC"),
        ("Lagos", "Abuja", "Port Harcourt", "Ibadan", "Ikeja", "Lekki"),
        (),
        (),
        ("Annual Leave", "Sick Leave", "Casual Leave"),
        90000,
        2500000,
    ),
}
HR_SOFTWARE = [
    "Generated by PayPoint HR",
    "Powered by PeopleDesk Payroll",
    "Payroll processed by {company} HR Shared Services",
    "This payslip was generated electronically and is valid without signature.",
    "This is a computer-generated document. No signature is required.",
    "Confidential - for the addressee only",
]


def pay_stub_intl_hr(rng: random.Random) -> SyntheticDocument:
    """HR-software payslips from South Africa, the Philippines, Singapore, Malaysia, Kenya and Nigeria: employee grid,
    earnings/deductions side by side with YTD, employer contributions, net pay in words, leave, bank transfer."""
    key = rng.choice(sorted(PAYROLLS))
    cfg = PAYROLLS[key]
    ctx = Ctx(rng, cfg.locale)
    b = start(LABEL, ctx)

    def money(amount: float) -> str:
        num = ctx.num(amount)
        return f"{cfg.currency}{'' if len(cfg.currency) <= 2 else ' '}{num}"

    name = f"{ctx.pick(cfg.given)} {ctx.pick(cfg.family)}" if cfg.given else ctx.person()
    company = ctx.company() + ctx.pick(
        {
            "za": [" (Pty) Ltd", " Holdings", " (Pty) Ltd"],
            "ph": [" Inc.", " Corporation", " Phils., Inc."],
            "sg": [" Pte. Ltd.", " Pte Ltd"],
            "my": [" Sdn. Bhd.", " Sdn Bhd", " Berhad"],
            "ke": [" Limited", " Ltd", " (Kenya) Ltd"],
            "ng": [" Limited", " Nigeria Ltd", " Plc"],
        }[key]
    )
    city = ctx.pick(cfg.cities) if cfg.cities else ctx.city()
    address = ctx.address() if key in ("my", "ph") else f"{ctx.randint(1, 300)} {ctx.last_name()} Road, {city}"
    if key == "sg":
        address = (
            f"{ctx.randint(1, 80)} {ctx.pick(['Tai Seng', 'Ubi', 'Jurong East', 'Kallang', 'Anson'])} Avenue "
            f"#{ctx.randint(2, 30):02d}-{ctx.randint(1, 99):02d}, Singapore {ctx.digits(6)}"
        )
    pay_day = ctx.day()
    semi = key == "ph" and ctx.chance(0.7)
    basic = ctx.amount(cfg.low, cfg.high) / (2 if semi else 1)
    earn: list[tuple[str, float]] = [(cfg.earnings[0], round(basic, 2))]
    for e in ctx.some(cfg.earnings[1:], 1, min(4, len(cfg.earnings) - 1)):
        earn.append((e, round(basic * ctx.amount(0.03, 0.3), 2)))
    gross = round(sum(a for _, a in earn), 2)
    ded = [(n, round(gross * r * ctx.amount(0.8, 1.1), 2)) for n, r in cfg.deductions]
    ded += [(n, round(gross * ctx.amount(0.005, 0.06), 2)) for n in ctx.some(cfg.optional, 0, 1 if key == "sg" else 2)]
    total_ded = round(sum(a for _, a in ded), 2)
    net = gross - total_ded
    ytd_n = pay_day.month * (2 if semi else 1)
    if semi:
        half = "1-15" if pay_day.day <= 15 else f"16-{ctx.pick([28, 30, 31])}"
        period = f"{ctx.month(pay_day, year=False)} {half}, {pay_day.year}"
    else:
        period = ctx.month(pay_day)

    b.lines([company.upper() if ctx.chance(0.5) else company, address], align=ctx.pick(["left", "center"]), bold=True)
    title = ctx.pick(
        [
            f"Payslip for the month of {ctx.month(pay_day)}",
            f"Pay Slip - {period}",
            "PAYSLIP",
            "Salary Slip",
            "Itemised Payslip" if key == "sg" else "Employee Payslip",
        ]
    )
    b.h(title, ctx.pick([1, 2]), "center")
    grid = [
        ("Employee Name", name),
        ("Designation", ctx.pick(JOB_TITLES)),
        ("Department", ctx.pick(DEPARTMENTS)),
        ("Date of Joining", ctx.date(ctx.later(pay_day, -5000, -40))),
        ("Pay Period", period),
        ("Pay Date", ctx.date(pay_day)),
        *[(label, ctx.code(pattern)) for label, pattern in cfg.ids],
        ("Bank", f"{ctx.pick(cfg.banks)} ****{ctx.digits(4)}"),
    ]
    if key == "sg":
        grid.append(("Mode of Payment", ctx.pick(["Bank Transfer", "GIRO", "Cheque"])))
    if key == "za":
        tax_year = pay_day.year if pay_day.month >= 3 else pay_day.year - 1
        grid.append(("Tax Year / Period", f"{tax_year}/{tax_year + 1} / {(pay_day.month - 3) % 12 + 1}"))
    if ctx.chance(0.5):
        rows = []
        for i in range(0, len(grid), 2):
            pair = grid[i : i + 2]
            row = [pair[0][0], pair[0][1]] + ([pair[1][0], pair[1][1]] if len(pair) > 1 else ["", ""])
            rows.append(row)
        b.table(None, rows)
    else:
        b.fields(grid, columns=2)
    ytd = ctx.chance(0.6)
    if ytd:
        b.table(
            ["Earnings", "Amount", "YTD", "Deductions", "Amount", "YTD"],
            [
                *_pair_rows(
                    _ytd_rows(ctx, earn, ytd_n),
                    _ytd_rows(ctx, ded, ytd_n),
                ),
                [
                    "Gross Earnings",
                    ctx.num(gross),
                    ctx.num(gross * ytd_n),
                    "Total Deductions",
                    ctx.num(total_ded),
                    ctx.num(total_ded * ytd_n),
                ],
            ],
        )
    else:
        b.table(
            ["Earnings", "Amount", "Deductions", "Amount"],
            [
                *_pair_rows([[n, ctx.num(a)] for n, a in earn], [[n, ctx.num(a)] for n, a in ded]),
                ["Total Earnings", ctx.num(gross), "Total Deductions", ctx.num(total_ded)],
            ],
        )
    b.fields([(ctx.pick(["Net Pay", "NET PAY", "Net Salary", "Take Home Pay"]), money(net))])
    if ctx.chance(0.7):
        b.p(f"Net Pay in words: {cfg.money_word} {_words(net)} Only")
    if ctx.chance(0.6):
        b.table(
            ["Employer Contributions", "Current", "YTD"] if ytd else ["Employer Contributions", "Amount"],
            [[n, ctx.num(gross * r), ctx.num(gross * r * ytd_n)][: 3 if ytd else 2] for n, r in cfg.employer if r],
            numeric_from=1,
        )
    if ctx.chance(0.6):
        leave = [(lv, float(ctx.randint(5, 25)), float(ctx.randint(0, 5))) for lv in cfg.leave]
        b.table(
            ["Leave Type", "Entitled", "Taken", "Balance"],
            [[lv, ctx.num(ent, 1), ctx.num(taken, 1), ctx.num(ent - taken, 1)] for lv, ent, taken in leave],
            numeric_from=1,
        )
    b.p(
        ctx.pick(
            [
                f"The net amount of {money(net)} has been credited to your {ctx.pick(cfg.banks)} account ending "
                f"{ctx.digits(4)} on {ctx.date(pay_day)}.",
                f"Payment mode: Bank transfer to A/c ****{ctx.digits(4)}",
                "Salary transferred via "
                + ctx.pick(["EFT", "bank transfer", "direct credit", "GIRO" if key == "sg" else "EFT"])
                + ".",
            ]
        )
    )
    b.p(ctx.pick(HR_SOFTWARE).replace("{company}", company), small=True, align="center")
    return b.build(None)


SHIFT_JOBS = {
    "restaurant": (["Server", "Bartender", "Line Cook", "Host", "Busser", "Barista"], True),
    "retail": (["Cashier", "Stock Associate", "Sales Floor Associate", "Shift Supervisor"], False),
    "warehouse": (["Picker/Packer", "Forklift Operator", "Material Handler", "Loader"], False),
    "care": (["CNA", "Patient Care Tech", "Home Health Aide", "Support Worker"], False),
    "hotel": (["Housekeeper", "Front Desk Agent", "Night Auditor", "Room Attendant"], True),
    "security": (["Security Officer", "Patrol Guard"], False),
}
SHIFT_EMPLOYERS = {
    "restaurant": ["Grill", "Diner", "Bistro", "Kitchen & Bar", "Pizzeria", "Cafe"],
    "retail": ["Market", "Hardware", "Outlet", "Foods", "Pharmacy"],
    "warehouse": ["Logistics", "Distribution", "Fulfillment Center", "Freight"],
    "care": ["Care Home", "Senior Living", "Home Health", "Nursing Center"],
    "hotel": ["Inn", "Hotel", "Suites", "Lodge"],
    "security": ["Security Services", "Protective Services", "Patrol"],
}


def pay_stub_hourly_shift(rng: random.Random) -> SyntheticDocument:
    """Hourly shift workers' stubs (restaurants, shops, warehouses, care, hotels): a shift log, overtime, night and
    weekend premiums, declared and charged tips, or Australian award penalty rates; sometimes only a few lines."""
    locale = rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_AU", "en_GB"])
    ctx = Ctx(rng, locale)
    b = start(LABEL, ctx)
    sector = ctx.pick(sorted(SHIFT_JOBS))
    jobs, tipped = SHIFT_JOBS[sector]
    job = ctx.pick(jobs)
    tipped = tipped and job not in ("Line Cook", "Housekeeper", "Night Auditor", "Room Attendant")
    end = ctx.day()
    weekly = ctx.chance(0.5)
    begin = ctx.later(end, -6, -6) if weekly else ctx.later(end, -13, -13)
    base_rate = {
        "en_US": ctx.pick([2.13, 5.00, 7.25]) if tipped and ctx.chance(0.5) else ctx.amount(11, 26),
        "en_CA": ctx.amount(16.55, 24),
        "en_AU": ctx.amount(24.1, 33),
        "en_GB": ctx.amount(10.42, 14.5),
    }[locale]
    n_shifts = ctx.randint(3, 6) if weekly else ctx.randint(6, 11)
    shifts: list[list[str]] = []
    total_hours = 0.0
    night_hours = 0.0
    weekend_hours = 0.0
    for offset in sorted(ctx.sample(range(7 if weekly else 14), n_shifts)):
        day = begin + dt.timedelta(days=offset)
        start_h = ctx.pick([6, 7, 8, 10, 11, 14, 15, 16, 17, 22])
        length = ctx.pick([4.0, 5.0, 6.0, 7.5, 8.0, 8.0, 8.5, 10.0, 12.0])
        brk = 0.5 if length >= 6 else 0.0
        worked = length - brk
        total_hours += worked
        if start_h >= 20 or start_h + length > 23:
            night_hours += worked
        if day.weekday() >= 5:
            weekend_hours += worked
        out_h = (start_h + length) % 24
        out_text = f"{int(out_h):02d}:{'30' if out_h % 1 else '00'}"
        shifts.append(
            [
                f"{WEEKDAYS_EN[day.weekday()]} {ctx.date(day)}",
                f"{start_h:02d}:00",
                out_text,
                ctx.num(brk),
                ctx.num(worked),
            ]
        )
    threshold = 40.0 if weekly else 80.0
    reg_hours = min(total_hours, threshold) if locale in ("en_US", "en_CA") else total_hours
    ot_hours = total_hours - reg_hours
    periods = ctx.randint(2, 50 if weekly else 25)
    earn: list[tuple[str, str, str, float]] = [
        (
            ctx.pick(["Regular", "Regular Hours", "Ordinary hours" if locale == "en_AU" else "Hourly"]),
            ctx.num(reg_hours),
            ctx.num(base_rate),
            round(reg_hours * base_rate, 2),
        )
    ]
    if ot_hours > 0:
        earn.append(
            ("Overtime 1.5x", ctx.num(ot_hours), ctx.num(base_rate * 1.5), round(ot_hours * base_rate * 1.5, 2))
        )
    if night_hours and ctx.chance(0.7):
        diff = ctx.pick([0.75, 1.0, 1.5, 2.0])
        earn.append(
            (
                ctx.pick(["Night Shift Diff", "Shift Differential", "Night premium"]),
                ctx.num(night_hours),
                ctx.num(diff),
                round(night_hours * diff, 2),
            )
        )
    if locale == "en_AU":
        if weekend_hours:
            earn.append(
                (
                    "Weekend penalty 150%",
                    ctx.num(weekend_hours),
                    ctx.num(base_rate * 0.5),
                    round(weekend_hours * base_rate * 0.5, 2),
                )
            )
        if ctx.chance(0.6):
            earn.append(
                (
                    "Casual loading 25%",
                    ctx.num(total_hours),
                    ctx.num(base_rate * 0.25),
                    round(total_hours * base_rate * 0.25, 2),
                )
            )
        if ctx.chance(0.3):
            earn.append(("Laundry allowance", "", "", ctx.amount(6, 16)))
    elif weekend_hours and ctx.chance(0.3):
        earn.append(
            (
                "Sunday premium" if locale == "en_GB" else "Weekend premium",
                ctx.num(weekend_hours),
                ctx.num(1.0),
                round(weekend_hours, 2),
            )
        )
    if locale == "en_GB" and ctx.chance(0.5):
        earn.append(("Holiday pay accrued 12.07%", "", "", round(total_hours * base_rate * 0.1207, 2)))
    if locale == "en_CA" and ctx.chance(0.5):
        earn.append(("Vacation pay 4%", "", "", round(total_hours * base_rate * 0.04, 2)))
    cash_tips = 0.0
    if tipped:
        charged = round(total_hours * ctx.amount(4, 22), 2)
        earn.append((ctx.pick(["Charged Tips", "Credit Card Tips", "Tips - Card"]), "", "", charged))
        if ctx.chance(0.7):
            cash_tips = round(total_hours * ctx.amount(1, 9), 2)
            earn.append(
                (ctx.pick(["Cash Tips (reported)", "Declared Tips", "Tips Declared - Cash"]), "", "", cash_tips)
            )
        if locale == "en_GB":
            earn[-1] = ("Tronc", "", "", earn[-1][3])
        if ctx.chance(0.3):
            earn.append(("Tip Share / Tip-out", "", "", -round(charged * 0.1, 2)))
    gross = round(sum(e[3] for e in earn), 2)
    if locale == "en_US":
        taxes = [
            ("Federal W/H", 0.08),
            ("Social Security", 0.062),
            ("Medicare", 0.0145),
            (f"{ctx.pick(['CA', 'NY', 'IL', 'GA', 'OH', 'PA', 'NJ', 'MI', 'AZ'])} State Tax", 0.035),
        ]
        if taxes[-1][0].startswith("CA"):
            taxes.append(("CA SDI", 0.011))
    elif locale == "en_CA":
        taxes = [("Federal Tax", 0.08), ("Provincial Tax", 0.04), ("CPP", 0.0595), ("EI", 0.0166)]
    elif locale == "en_AU":
        taxes = [("PAYG Tax", 0.16)]
    else:
        taxes = [("PAYE Tax", 0.09), ("National Insurance", 0.06), ("Pension (NEST)", 0.05)]
    ded = [(n, round(gross * r, 2)) for n, r in taxes]
    if ctx.chance(0.3):
        ded.append((ctx.pick(["Uniform", "Meals", "Union Dues", "Employee Discount Purchase"]), ctx.amount(5, 40)))
    if cash_tips:
        ded.append((ctx.pick(["Cash Tips Offset", "Tips Received in Cash", "Declared Tips Adj"]), cash_tips))
    total_ded = round(sum(a for _, a in ded), 2)
    net = gross - total_ded
    employer = ctx.company() if ctx.chance(0.5) else f"{ctx.last_name()}'s {ctx.pick(SHIFT_EMPLOYERS[sector])}"
    sparse = ctx.chance(0.25)
    b.lines([employer] + ([] if sparse else ctx.address_lines()), bold=True)
    info = [
        ("Employee", ctx.person()),
        ("Position", job),
        ("Employee #", ctx.digits(ctx.pick([4, 5, 6]))),
        ("Period", f"{ctx.date(begin)} - {ctx.date(end)}"),
        ("Pay Date", ctx.date(ctx.later(end, 2, 6))),
    ]
    if locale == "en_AU":
        info.append(
            (
                "Award",
                ctx.pick(
                    [
                        "Hospitality Industry (General) Award 2020",
                        "General Retail Industry Award 2020",
                        "Storage Services and Wholesale Award 2020",
                        "SCHADS Award 2010",
                    ]
                ),
            )
        )
        info.append(("Employment type", "Casual"))
    if locale == "en_GB":
        info.append(("Tax code", ctx.pick(["1257L", "1257L W1", "BR", "0T"])))
        info.append(("NI number", ctx.code("??######?")))
    if sparse:
        b.fields([*info[:2], info[3]], columns=1)
        b.table(None, [[n, ctx.num(a)] for n, _, _, a in earn], numeric_from=1)
        b.fields([("Gross", ctx.num(gross)), ("Deductions", ctx.num(total_ded)), ("Net Pay", ctx.money(net))])
        return b.build(ctx.pick(["Pay Stub", "Payslip", "Wage Statement", None]))
    b.fields(info, columns=2)
    if ctx.chance(0.65):
        b.table(["Shift", "In", "Out", "Break", "Hours"], shifts, numeric_from=3)
        b.fields([("Total hours worked", ctx.num(total_hours))])
    b.table(
        ["Earnings", "Hours", "Rate", "Current", "YTD"],
        [[n, h, r, ctx.num(a), ctx.num(a * periods)] for n, h, r, a in earn],
        numeric_from=1,
    )
    b.table(
        ["Taxes & Deductions", "Current", "YTD"],
        _ytd_rows(ctx, ded, periods),
        numeric_from=1,
    )
    b.fields(
        [("Gross Pay", ctx.money(gross)), ("Total Deductions", ctx.money(total_ded)), ("Net Pay", ctx.money(net))],
        columns=3,
    )
    if locale == "en_AU":
        b.fields(
            [
                ("Superannuation guarantee", ctx.money(gross * 0.115)),
                ("Super fund", ctx.pick(["Hostplus", "REST", "HESTA", "AustralianSuper", "Aware Super"])),
            ]
        )
    if tipped and locale == "en_US" and ctx.chance(0.5):
        b.p(
            "Tipped employee: cash wage plus tips must equal at least the applicable minimum wage for all hours "
            "worked. Report all tips to your manager each shift.",
            small=True,
        )
    b.p(
        ctx.pick(["Direct deposit to account ****", "Paid to card ending ", "Deposited to account ending "])
        + ctx.digits(4),
        small=True,
    )
    return b.build(ctx.pick(["Earnings Statement", "Pay Stub", "Payslip", "Pay Statement", "EMPLOYEE PAY STUB"]))


TEMP_ROLES = [
    "Warehouse Associate",
    "General Labor",
    "Admin Assistant",
    "Forklift Operator",
    "Event Staff",
    "Production Worker",
]
GIG_APPS = ["RideNow", "DashGo", "QuickCourier", "ZipRide", "FoodRunner", "SwiftDrop", "CityHop", "GoFetch", "Parcelo"]


def pay_stub_contractor_gig(rng: random.Random) -> SyntheticDocument:
    """Pay for people working through someone else: UK umbrella-company payslips, staffing-agency temp stubs and
    gig-platform weekly earnings statements for drivers and couriers."""
    kind = rng.choice(["umbrella", "agency", "gig"])
    if kind == "umbrella":
        return _umbrella(Ctx(rng, "en_GB"))
    if kind == "agency":
        return _agency_temp(Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU", "en_GB"])))
    return _gig_statement(Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA", "en_IN"])))


def _umbrella(ctx: Ctx) -> SyntheticDocument:
    b = start(LABEL, ctx)
    umbrella = ctx.company() + ctx.pick([" Umbrella Ltd", " Contracting Ltd", " Payroll Services Ltd"])
    agency = ctx.company() + ctx.pick([" Recruitment", " Resourcing", " Talent"])
    weekly = ctx.chance(0.6)
    period_no = ctx.randint(1, 52 if weekly else 12)
    pay_date = ctx.day()
    day_rate = ctx.amount(250, 750, whole=True)
    days = ctx.randint(3, 5) * (1 if weekly else 4)
    income = day_rate * days
    margin = ctx.pick([18.0, 20.0, 25.0, 22.5]) * (1 if weekly else 4)
    er_ni = round((income - margin) * 0.12, 2)
    levy = round((income - margin) * 0.005, 2)
    er_pen = round((income - margin) * 0.03, 2)
    gross = income - margin - er_ni - levy - er_pen
    holiday = round(gross * 0.1207 / 1.1207, 2)
    tax = round(gross * ctx.amount(0.15, 0.32), 2)
    ee_ni = round(gross * 0.08, 2)
    ee_pen = round(gross * 0.05, 2)
    net = gross - tax - ee_ni - ee_pen
    b.lines([umbrella, ctx.address(), f"Company No. {ctx.digits(8)}"], bold=True)
    b.fields(
        [
            ("Employee", ctx.person()),
            ("Employee No", ctx.digits(6)),
            ("NI Number", ctx.code("??######?")),
            ("Tax Code", ctx.pick(["1257L", "BR", "1257L W1" if weekly else "1257L M1"])),
            ("Tax Period", f"Week {period_no}" if weekly else f"Month {period_no}"),
            ("Pay Date", ctx.date(pay_date)),
            ("Agency", agency),
            ("End Client", ctx.company()),
            ("Timesheet Ref", ctx.code("TS-######")),
        ],
        columns=2,
    )
    b.h(ctx.pick(["Assignment income", "Funds received", "How your pay is calculated"]), 3)
    b.table(
        ["Description", "Units", "Rate", "Amount"],
        [
            ["Assignment rate (days worked)", str(days), ctx.num(day_rate), ctx.num(income)],
            ["Less: Umbrella margin", "", "", f"-{ctx.num(margin)}"],
            ["Less: Employer's NI", "", "", f"-{ctx.num(er_ni)}"],
            ["Less: Apprenticeship Levy", "", "", f"-{ctx.num(levy)}"],
            ["Less: Employer's pension", "", "", f"-{ctx.num(er_pen)}"],
            ["Gross pay", "", "", ctx.num(gross)],
        ],
        numeric_from=1,
    )
    b.table(
        ["Payments", "Amount", "Deductions", "Amount"],
        _pair_rows(
            [
                ["Basic pay", ctx.num(gross - holiday)],
                ["Holiday pay (12.07%)", ctx.num(holiday)],
            ],
            [["PAYE Tax", ctx.num(tax)], ["Employee NI", ctx.num(ee_ni)], ["Employee pension", ctx.num(ee_pen)]],
        ),
    )
    b.fields(
        [
            ("Total gross pay", ctx.money(gross)),
            ("Taxable pay to date", ctx.money(gross * period_no)),
            ("Tax paid to date", ctx.money(tax * period_no)),
            ("NET PAY", ctx.money(net)),
        ],
        columns=2,
    )
    b.p(
        "Your Key Information Document explains the deductions made from your assignment rate before your gross "
        "pay is calculated. Holiday pay is paid as it accrues unless you have chosen to accrue it.",
        small=True,
    )
    return b.build(ctx.pick(["Payslip", "Umbrella Payslip", "PAYSLIP", "Pay Advice"]))


def _agency_temp(ctx: Ctx) -> SyntheticDocument:
    b = start(LABEL, ctx)
    agency = ctx.company() + ctx.pick([" Staffing", " Workforce Solutions", " Temps", " Personnel"])
    week_end = ctx.day()
    rate = ctx.amount(14, 32)
    reg = ctx.pick([24.0, 32.0, 36.0, 40.0, 40.0])
    ot = float(ctx.randint(1, 10)) if reg == 40 and ctx.chance(0.5) else 0.0
    loading = round(reg * rate * 0.25, 2) if ctx.locale == "en_AU" else 0.0
    gross = round(reg * rate + ot * rate * 1.5 + loading, 2)
    tax_names = {
        "en_US": ["Federal W/H", "FICA SS", "FICA Med", "State W/H"],
        "en_CA": ["Federal Tax", "Prov. Tax", "CPP", "EI"],
        "en_AU": ["PAYG Withholding"],
        "en_GB": ["PAYE", "NI"],
    }[ctx.locale]
    ded = [(n, round(gross * r, 2)) for n, r in zip(tax_names, [0.09, 0.062, 0.0145, 0.03], strict=False)]
    net = gross - sum(a for _, a in ded)
    b.lines([agency, f"Branch {ctx.digits(3)} - {ctx.city()}", ctx.phone()])
    b.fields(
        [
            ("Associate", ctx.person()),
            ("Associate ID", ctx.digits(7)),
            ("Week Ending", ctx.date(week_end)),
            ("Check Date", ctx.date(ctx.later(week_end, 3, 6))),
            (
                "Assignment",
                f"{ctx.company()} - {ctx.pick(TEMP_ROLES)}",
            ),
            ("Timesheet #", ctx.digits(8)),
        ],
        columns=2,
    )
    rows = [["Regular", ctx.num(reg), ctx.num(rate), ctx.num(reg * rate)]]
    if ot:
        rows.append(["Overtime", ctx.num(ot), ctx.num(rate * 1.5), ctx.num(ot * rate * 1.5)])
    if loading:
        rows.append(["Casual loading 25%", "", "", ctx.num(loading)])
    b.table(["Pay type", "Hours", "Rate", "Amount"], rows, numeric_from=1)
    b.table(["Withholding", "Amount"], [[n, ctx.num(a)] for n, a in ded], numeric_from=1)
    b.fields([("Gross", ctx.money(gross)), ("Net", ctx.money(net))], columns=2)
    b.p(
        ctx.pick(
            [
                f"Paid to pay card ending {ctx.digits(4)}. Submit your timesheet by Monday noon to be paid Friday.",
                f"Direct deposit to account ending {ctx.digits(4)}.",
                "Report hours through the associate app; questions about this stub go to your branch.",
            ]
        ),
        small=True,
    )
    return b.build(ctx.pick(["Earnings Statement", "Pay Stub", "Weekly Pay Statement", "Payslip"]))


def _gig_statement(ctx: Ctx) -> SyntheticDocument:
    b = start(LABEL, ctx)
    app = ctx.pick(GIG_APPS)
    role = ctx.pick(["Driver", "Courier", "Delivery Partner", "Rider"])
    start_day = ctx.day()
    trips = ctx.randint(8, 95)
    fares = round(trips * ctx.amount(6, 19), 2)
    tips = round(trips * ctx.amount(0.5, 4), 2)
    promos = round(ctx.amount(0, 120), 2)
    fee = round(fares * ctx.pick([0.0, 0.2, 0.25]), 2)
    other = ctx.amount(-15, 25) if ctx.chance(0.3) else 0.0
    total = fares - fee + tips + promos + other
    b.lines(
        [
            f"{app} {ctx.pick(['Inc.', 'Technologies', 'Ltd', ''])}".strip(),
            f"{role}: {ctx.person()}",
            f"{role} ID: {ctx.code('**********').lower()}",
        ]
    )
    b.fields(
        [
            ("Statement period", f"{ctx.date(start_day)} - {ctx.date(ctx.later(start_day, 6, 6))}"),
            ("Trips" if role == "Driver" else "Deliveries", str(trips)),
            ("Online hours", f"{ctx.randint(5, 55)} h {ctx.randint(0, 59)} m"),
            ("Distance", f"{ctx.randint(40, 1400)} {'mi' if ctx.locale == 'en_US' else 'km'}"),
        ],
        columns=2,
    )
    rows = [["Fares" if role == "Driver" else "Delivery pay", ctx.num(fares)]]
    if fee:
        rows.append(["Service fee", f"-{ctx.num(fee)}"])
    rows += [["Tips", ctx.num(tips)], ["Promotions / Quest bonus", ctx.num(promos)]]
    if other:
        rows.append(["Adjustments", ctx.num(other)])
    rows.append(["Total earnings", ctx.num(total)])
    b.table(["Earnings", "Amount"], rows, numeric_from=1)
    if ctx.chance(0.5):
        b.table(
            ["Day", "Trips", "Earnings", "Tips"],
            [
                [
                    WEEKDAYS_EN[(start_day.weekday() + i) % 7],
                    str(trips // 7 + ctx.randint(0, 3)),
                    ctx.num(fares / 7 * ctx.amount(0.5, 1.5)),
                    ctx.num(tips / 7 * ctx.amount(0.3, 1.6)),
                ]
                for i in range(7)
            ],
            numeric_from=1,
        )
    cashout = ctx.chance(0.4)
    b.fields(
        [
            (
                "Instant cash-out fees" if cashout else "Payout",
                f"-{ctx.num(0.85 * ctx.randint(1, 5))}" if cashout else ctx.money(total),
            ),
            ("Paid to", f"bank account ending {ctx.digits(4)}"),
        ]
    )
    b.p(
        ctx.pick(
            [
                "You are an independent contractor. No taxes were withheld from these earnings; you may need to "
                "make estimated tax payments. Your annual tax summary will be available in January.",
                "Earnings shown include tips, which are passed on to you in full.",
                "Keep this statement for your records. Your income for the tax year is shown in the annual "
                "earnings summary in the app.",
            ]
        ),
        small=True,
    )
    return b.build(
        ctx.pick(["Weekly earnings statement", "Earnings Statement", f"{app} Earnings Summary", "Pay statement"])
    )


MIL_GRADES = [
    ("E-3", 2400.0, "ENL"),
    ("E-4", 2800.0, "ENL"),
    ("E-5", 3300.0, "ENL"),
    ("E-6", 3900.0, "ENL"),
    ("E-7", 4600.0, "ENL"),
    ("O-1", 3900.0, "OFF"),
    ("O-2", 4700.0, "OFF"),
    ("O-3", 6300.0, "OFF"),
    ("W-2", 5300.0, "OFF"),
]
FED_AGENCIES = [
    "Department of Veterans Affairs",
    "Department of Agriculture",
    "Social Security Administration",
    "Department of the Interior",
    "Department of Homeland Security",
    "Internal Revenue Service",
    "Department of the Army (Civilian)",
    "General Services Administration",
]


def pay_stub_les(rng: random.Random) -> SyntheticDocument:
    """Government pay: the US military Leave and Earnings Statement (entitlements, deductions, allotments, leave
    balance blocks in capitals) and the federal civilian Earnings and Leave Statement."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    if ctx.chance(0.55):
        return _military_les(ctx, b)
    return _civilian_els(ctx, b)


def _military_les(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    grade, base, kind = ctx.pick(MIL_GRADES)
    base = round(base * ctx.amount(1.0, 1.35), 2)
    month = ctx.day()
    bas = 460.25 if kind == "ENL" else 316.98
    bah = ctx.amount(1100, 3900) if ctx.chance(0.8) else 0.0
    ent = [("BASE PAY", base), ("BAS", bas)]
    if bah:
        ent.append(("BAH", round(bah, 2)))
    for name, lo, hi, p in [
        ("SPECIAL DUTY PAY", 75.0, 450.0, 0.15),
        ("FAMILY SEP ALLOW", 250.0, 250.0, 0.1),
        ("HOSTILE FIRE PAY", 225.0, 225.0, 0.08),
        ("CONUS COLA", 10.0, 200.0, 0.1),
        ("FLIGHT PAY", 150.0, 1000.0, 0.08),
    ]:
        if ctx.chance(p):
            ent.append((name, ctx.amount(lo, hi)))
    tot_ent = round(sum(a for _, a in ent), 2)
    fed = round(base * ctx.amount(0.04, 0.12), 2)
    ded = [
        ("FEDERAL TAXES", fed),
        ("FICA-SOC SECURITY", round(base * 0.062, 2)),
        ("FICA-MEDICARE", round(base * 0.0145, 2)),
        ("SGLI", ctx.pick([31.0, 26.0, 33.0])),
        ("AFRH", 0.5),
        ("MID-MONTH-PAY", round((tot_ent - fed) / 2, 2)),
    ]
    state = ctx.pick(["", "", "VA", "NC", "GA", "CA", "NY", "PA"])
    if state:
        ded.append(("STATE TAXES", round(base * 0.04, 2)))
    if ctx.chance(0.6):
        ded.append(("TSP", round(base * ctx.pick([0.05, 0.05, 0.1, 0.03]), 2)))
    if ctx.chance(0.3):
        ded.append(("TRICARE DENTAL", ctx.pick([15.29, 38.23])))
    alm = [("ALLOTMENT - SAVINGS", ctx.amount(50, 500))] if ctx.chance(0.4) else []
    tot_ded = round(sum(a for _, a in ded), 2)
    tot_alm = round(sum(a for _, a in alm), 2)
    net = tot_ent - tot_ded - tot_alm
    branch = ctx.pick(["ARMY", "NAVY", "AF", "USMC", "USSF"])
    parts = ctx.person().upper().split()
    b.lines(["DEFENSE FINANCE AND ACCOUNTING SERVICE MILITARY LEAVE AND EARNINGS STATEMENT"], bold=True)
    b.table(
        [
            "ID",
            "NAME (LAST, FIRST, MI)",
            "SOC. SEC. NO.",
            "GRADE",
            "PAY DATE",
            "YRS SVC",
            "ETS",
            "BRANCH",
            "ADSN/DSSN",
            "PERIOD COVERED",
        ],
        [
            [
                "",
                f"{parts[-1]}, {parts[0]} {ctx.code('?')}",
                f"XXX-XX-{ctx.digits(4)}",
                grade,
                ctx.day(2000, 2020).strftime("%y%m%d"),
                f"{ctx.randint(1, 20):02d}",
                ctx.day(2025, 2030).strftime("%y%m%d"),
                branch,
                ctx.digits(4),
                f"1-{ctx.pick([28, 30, 31])} {ctx.month(month, year=False)[:3].upper()} {str(month.year)[2:]}",
            ]
        ],
    )
    b.table(
        ["ENTITLEMENTS", "", "DEDUCTIONS", "", "ALLOTMENTS", ""],
        _pair_rows(
            [[n, ctx.num(a)] for n, a in ent],
            _pair_rows([[n, ctx.num(a)] for n, a in ded], [[n, ctx.num(a)] for n, a in alm]),
        ),
    )
    b.table(
        ["AMT FWD", "+ TOT ENT", "- TOT DED", "- TOT ALMT", "= NET AMT", "CR FWD", "EOM PAY"],
        [["0.00", ctx.num(tot_ent), ctx.num(tot_ded), ctx.num(tot_alm), ctx.num(net), "0.00", ctx.num(net)]],
        numeric_from=0,
    )
    bf = ctx.amount(0, 60)
    used = float(ctx.randint(0, 10))
    b.table(
        ["LEAVE", "BF BAL", "ERND", "USED", "CR BAL", "ETS BAL", "LV LOST", "LV PAID", "USE/LOSE"],
        [
            [
                "",
                ctx.num(bf, 1),
                "2.5",
                ctx.num(used, 1),
                ctx.num(bf + 2.5 - used, 1),
                ctx.num(ctx.amount(20, 120), 1),
                ".0",
                ".0",
                ctx.num(max(bf - 60, 0), 1),
            ]
        ],
    )
    b.table(
        ["FED TAXES", "WAGE PERIOD", "WAGE YTD", "M/S", "EX", "ADD'L TAX", "TAX YTD"],
        [
            [
                "",
                ctx.num(base),
                ctx.num(base * month.month),
                ctx.pick(["S", "M"]),
                str(ctx.randint(0, 4)),
                ".00",
                ctx.num(fed * month.month),
            ]
        ],
    )
    b.table(
        ["FICA TAXES", "WAGE PERIOD", "SOC WAGE YTD", "SOC TAX YTD", "MED WAGE YTD", "MED TAX YTD"],
        [
            [
                "",
                ctx.num(base),
                ctx.num(base * month.month),
                ctx.num(base * 0.062 * month.month),
                ctx.num(base * month.month),
                ctx.num(base * 0.0145 * month.month),
            ]
        ],
    )
    if state:
        b.fields(
            [
                ("STATE TAXES ST", state),
                ("WAGE PERIOD", ctx.num(base)),
                ("TAX YTD", ctx.num(base * 0.04 * month.month)),
            ],
            columns=3,
        )
    b.fields(
        [
            ("BAQ TYPE", ctx.pick(["W/DEP", "W/O DEP"])),
            ("VHA ZIP", ctx.digits(5)),
            ("JFTR", ctx.code("???")),
            ("DEPNS", str(ctx.randint(0, 4))),
            ("BAS TYPE", ctx.pick(["B", "H", "C"])),
            ("CHARITY YTD", ".00"),
        ],
        columns=6,
    )
    b.lines(
        [
            "REMARKS:",
            f"YTD ENTITLE {ctx.num(tot_ent * month.month)}  YTD DEDUCT {ctx.num(tot_ded * month.month)}",
            ctx.pick(
                [
                    "SGLI COVERAGE AMOUNT IS $500,000.",
                    "YOUR TSP CONTRIBUTIONS ARE MATCHED UP TO 5 PERCENT OF BASE PAY.",
                    "LEAVE IN EXCESS OF 60 DAYS WILL BE LOST AT THE END OF THE FISCAL YEAR.",
                    "YOUR BAH RATE IS BASED ON YOUR DUTY STATION ZIP CODE.",
                ]
            ),
        ],
        mono=True,
    )
    return b.build(None)


def _civilian_els(ctx: Ctx, b: DocBuilder) -> SyntheticDocument:
    grade = f"GS-{ctx.randint(4, 14):02d}"
    step = ctx.randint(1, 10)
    salary = ctx.amount(38000, 140000)
    pp = ctx.randint(1, 26)
    end = ctx.day()
    hourly = salary / 2087
    regular = round(hourly * 80, 2)
    earn = [("Regular", 80.0, regular)]
    if ctx.chance(0.3):
        h = float(ctx.randint(2, 16))
        earn.append(("Overtime", h, round(hourly * 1.5 * h, 2)))
    if ctx.chance(0.2):
        h = float(ctx.randint(8, 40))
        earn.append(("Night Differential", h, round(hourly * 0.1 * h, 2)))
    if ctx.chance(0.2):
        earn.append(("Holiday", 8.0, round(hourly * 8, 2)))
    gross = round(sum(a for *_, a in earn), 2)
    fers = ctx.pick([("FERS", 0.008), ("FERS-RAE", 0.031), ("FERS-FRAE", 0.044)])
    ded = [
        ("Federal Tax", round(gross * ctx.amount(0.08, 0.16), 2)),
        ("OASDI", round(gross * 0.062, 2)),
        ("Medicare", round(gross * 0.0145, 2)),
        (f"Retirement {fers[0]}", round(gross * fers[1], 2)),
    ]
    if ctx.chance(0.8):
        ded.append((f"State Tax {ctx.pick(['MD', 'VA', 'CO', 'GA', 'OH', 'MO', 'UT'])}", round(gross * 0.045, 2)))
    if ctx.chance(0.8):
        ded.append((f"Health Benefits (FEHB {ctx.code('###')})", ctx.amount(70, 320)))
    ded.append(("FEGLI Basic", round(salary / 1000 * 0.16, 2)))
    if ctx.chance(0.7):
        ded.append((ctx.pick(["TSP Tax Deferred", "TSP Roth"]), round(gross * ctx.pick([0.05, 0.1, 0.15]), 2)))
    if ctx.chance(0.4):
        ded.append(("FEDVIP Dental", ctx.amount(10, 45)))
    if ctx.chance(0.3):
        ded.append(("Union Dues", ctx.amount(8, 30)))
    tot_ded = round(sum(a for _, a in ded), 2)
    net = gross - tot_ded
    b.lines(
        [
            ctx.pick(FED_AGENCIES),
            ctx.pick(["National Finance Center", "DFAS Civilian Pay", "Interior Business Center Payroll"]),
        ],
        bold=True,
    )
    b.fields(
        [
            ("Name", ctx.person().upper()),
            ("SSN", f"XXX-XX-{ctx.digits(4)}"),
            ("Pay Period", f"{pp:02d}"),
            ("Pay Period Ending", ctx.date(end)),
            ("Pay Date", ctx.date(ctx.later(end, 5, 8))),
            ("Pay Plan/Grade/Step", f"{grade}/{step:02d}"),
            ("Annual Salary", ctx.money(salary)),
            ("Hourly Rate", ctx.num(hourly)),
            ("Locality", ctx.pick(["Rest of U.S.", "Washington-Baltimore", "Denver-Aurora", "Atlanta-Athens"])),
            ("Retirement Plan", fers[0]),
            ("Fed Tax Status/Exempt", f"{ctx.pick(['S', 'M'])}/{ctx.randint(0, 4):02d}"),
        ],
        columns=3,
    )
    b.table(
        ["", "Current", "Year to Date"],
        _ytd_rows(ctx, [("Gross Pay", gross), ("Total Deductions", tot_ded), ("Net Pay", net)], pp),
        numeric_from=1,
    )
    b.table(
        ["Earnings", "Hours", "Current", "Year to Date"],
        [[n, ctx.num(h), ctx.num(a), ctx.num(a * pp)] for n, h, a in earn],
        numeric_from=1,
    )
    b.table(
        ["Deductions", "Current", "Year to Date"],
        _ytd_rows(ctx, ded, pp),
        numeric_from=1,
    )
    b.table(
        ["Leave", "Carry Over", "Earned", "Used", "Balance", "Use or Lose"],
        [
            [name, ctx.num(carry), ctx.num(earned), ctx.num(used), ctx.num(carry + earned - used), lose]
            for name, carry, earned, used, lose in [
                (
                    "Annual",
                    ctx.amount(0, 240, whole=True),
                    pp * ctx.pick([4.0, 6.0, 8.0]),
                    float(ctx.randint(0, 10) * 8),
                    ctx.num(ctx.amount(0, 40, whole=True)),
                ),
                ("Sick", ctx.amount(0, 600, whole=True), pp * 4.0, float(ctx.randint(0, 5) * 8), ""),
                ("Comp Time", 0.0, float(ctx.randint(0, 10)), float(ctx.randint(0, 4)), ""),
            ]
        ],
        numeric_from=1,
    )
    b.table(
        ["Agency Contributions", "Current", "Year to Date"],
        [
            ["FEHB", ctx.num(ctx.amount(200, 700)), ""],
            ["Retirement", ctx.num(gross * 0.187), ctx.num(gross * 0.187 * pp)],
            ["TSP Basic 1%", ctx.num(gross * 0.01), ctx.num(gross * 0.01 * pp)],
            ["TSP Matching", ctx.num(gross * 0.04), ctx.num(gross * 0.04 * pp)],
        ],
        numeric_from=1,
    )
    b.p(
        f"Net pay of {ctx.money(net)} deposited to {ctx.pick(['checking', 'savings'])} account "
        f"****{ctx.digits(4)}. "
        + ctx.pick(
            [
                "Remember to review your leave balances before the end of the leave year to avoid forfeiture.",
                "Open Season for health benefits runs from the second Monday of November.",
                "Your within-grade increase is effective the first day of the next pay period.",
            ]
        ),
        small=True,
    )
    return b.build(
        ctx.pick(["EARNINGS AND LEAVE STATEMENT", "Earnings and Leave Statement", "Statement of Earnings and Leave"])
    )


@dataclass(frozen=True)
class _SlipWords:
    titles: tuple[str, ...]
    name: str
    period: str
    basic: tuple[str, ...]
    earnings: tuple[str, ...]
    deductions: tuple[str, ...]
    gross: str
    total_ded: str
    net: tuple[str, ...]
    days: str


SLIP_WORDS: dict[str, _SlipWords] = {
    "en": _SlipWords(
        ("PAYSLIP", "Pay Slip", "SALARY SLIP", "WAGE SLIP", "Pay Advice"),
        "Name",
        "Month",
        ("Basic", "Basic Salary", "Basic Pay", "Salary"),
        ("Allowance", "Overtime", "Transport", "Bonus", "Shift Allow.", "Meal Allow."),
        ("Tax", "Advance", "Loan", "Canteen"),
        "Gross",
        "Total Ded.",
        ("Net Pay", "NET PAY", "Net Salary", "Take Home"),
        "Days Worked",
    ),
    "es": _SlipWords(
        ("NÓMINA", "Recibo de nómina", "RECIBO DE SALARIO"),
        "Trabajador",
        "Periodo",
        ("Salario base", "Sueldo base"),
        ("Plus convenio", "Horas extra", "Plus transporte", "Antigüedad"),
        ("IRPF", "Seg. Social", "Desempleo", "Anticipo"),
        "Total devengado",
        "Total deducciones",
        ("Líquido a percibir", "LÍQUIDO", "Neto a pagar"),
        "Días",
    ),
    "fr": _SlipWords(
        ("BULLETIN DE PAIE", "Bulletin de salaire", "Fiche de paie"),
        "Salarié",
        "Période",
        ("Salaire de base", "Salaire mensuel"),
        ("Heures supp.", "Prime", "Indemnité transport", "Prime d'ancienneté"),
        ("Cotisations salariales", "CSG/CRDS", "Impôt à la source", "Mutuelle", "Acompte"),
        "Salaire brut",
        "Total retenues",
        ("Net à payer", "NET PAYÉ", "Salaire net"),
        "Jours",
    ),
    "de": _SlipWords(
        ("Lohnabrechnung", "Gehaltsabrechnung", "Lohnzettel", "Verdienstabrechnung"),
        "Name",
        "Monat",
        ("Grundlohn", "Gehalt", "Stundenlohn"),
        ("Überstunden", "Zuschlag", "Fahrgeld", "Prämie"),
        ("Lohnsteuer", "KV/PV", "RV", "AV", "Vorschuss"),
        "Brutto",
        "Abzüge",
        ("Netto", "Auszahlung", "Nettobetrag"),
        "Tage",
    ),
    "nl": _SlipWords(
        ("Loonstrook", "Salarisstrook", "Loonbriefje"),
        "Naam",
        "Periode",
        ("Salaris", "Uurloon", "Loon"),
        ("Overuren", "Toeslag", "Reiskosten", "Vakantiegeld"),
        ("Loonheffing", "Pensioen", "Voorschot"),
        "Bruto",
        "Inhoudingen",
        ("Netto", "Uit te betalen"),
        "Dagen",
    ),
    "it": _SlipWords(
        ("Busta paga", "CEDOLINO", "Prospetto paga"),
        "Dipendente",
        "Mese",
        ("Paga base", "Retribuzione"),
        ("Straordinari", "Contingenza", "Superminimo", "Festività"),
        ("INPS", "IRPEF", "Add. regionale", "Anticipo"),
        "Lordo",
        "Trattenute",
        ("Netto in busta", "NETTO"),
        "Giorni",
    ),
    "pt": _SlipWords(
        ("Holerite", "CONTRACHEQUE", "Recibo de Pagamento"),
        "Funcionário",
        "Referência",
        ("Salário", "Salário Base"),
        ("Horas Extras", "Adicional Noturno", "DSR", "Comissão"),
        ("INSS", "IRRF", "Vale Transporte", "Adiantamento"),
        "Vencimentos",
        "Descontos",
        ("Líquido", "Valor Líquido"),
        "Dias",
    ),
}
# The statutory deductions a local payslip prints, by locale; replaces the language's generic list.
SLIP_DEDUCTIONS: dict[str, tuple[str, ...]] = {
    "en_US": ("Fed W/H", "FICA", "Medicare", "State Tax", "401k", "Medical"),
    "en_GB": ("PAYE", "NI", "Pension", "Student Loan"),
    "en_IN": ("PF", "ESI", "Prof. Tax", "TDS", "Advance"),
    "en_MY": ("EPF", "SOCSO", "EIS", "PCB"),
    "en_AU": ("PAYG", "Salary sacrifice", "Union fees"),
    "en_PH": ("SSS", "PhilHealth", "Pag-IBIG", "W/Tax", "SSS Loan"),
    "en_KE": ("PAYE", "NSSF", "SHIF", "Housing Levy"),
    "en_NG": ("PAYE", "Pension", "NHF", "Coop"),
    "en_CA": ("Income Tax", "CPP", "EI", "Union Dues"),
    "es_MX": ("ISR", "IMSS", "INFONAVIT", "Préstamo"),
    "fr_CA": ("Impôt fédéral", "Impôt Québec", "RRQ", "AE", "RQAP"),
}
SLIP_LOCALES = {
    "en": ["en_US", "en_GB", "en_IN", "en_IN", "en_MY", "en_AU", "en_PH", "en_KE", "en_NG", "en_CA"],
    "es": ["es_ES", "es_MX"],
    "fr": ["fr_FR", "fr_CA"],
    "de": ["de_DE"],
    "nl": ["nl_NL"],
    "it": ["it_IT"],
    "pt": ["pt_BR"],
}
SLIP_CURRENCY = {"pt_BR": "BRL", "it_IT": "EUR", "es_MX": "MXN", "en_PH": "PHP", "en_KE": "KES", "en_NG": "NGN"}


def pay_stub_sparse(rng: random.Random) -> SyntheticDocument:
    """What a photo of a small payslip yields: a title, a name, a month, a few earnings and deductions and the net,
    in one of several languages; sometimes the header is cut off, sometimes the figures are filled in by hand."""
    lang = rng.choice(["en", "en", "en", "es", "fr", "de", "nl", "it", "pt"])
    locale = rng.choice(SLIP_LOCALES[lang])
    ctx = Ctx(rng, locale, SLIP_CURRENCY.get(locale))
    b = start(LABEL, ctx)
    w = SLIP_WORDS[lang]

    def num(amount: float) -> str:
        if lang in ("it", "pt"):
            return eu_number(amount)
        if locale == "es_MX":
            return _us(amount)
        return ctx.num(amount)

    month = ctx.day()
    month_text = (
        _payslip_month(month, lang)
        if lang in ("it", "pt")
        else ctx.month(month)
        if ctx.chance(0.6)
        else f"{month.month:02d}/{month.year}"
    )
    big = ctx.currency in ("INR", "PHP", "KES", "NGN", "MXN")
    basic = ctx.amount(9000, 120000) if big else ctx.amount(300, 6000)
    extras = ("Horas extra", "Premio asistencia", "Vales despensa") if locale == "es_MX" else w.earnings
    earn = [(ctx.pick(w.basic) if locale != "es_MX" else "Sueldo", basic)]
    earn += [(e, round(basic * ctx.amount(0.03, 0.3), 2)) for e in ctx.some(extras, 0, 3)]
    deductions = SLIP_DEDUCTIONS.get(locale, w.deductions)
    ded = [(d, round(basic * ctx.amount(0.01, 0.15), 2)) for d in ctx.some(deductions, 1, 3)]
    gross = sum(a for _, a in earn)
    total_ded = sum(a for _, a in ded)
    net = gross - total_ded
    style = ctx.pick(["slip", "slip", "cropped", "hand"])
    if style == "hand":
        b.lines([ctx.company() if ctx.chance(0.7) else ctx.person()], bold=True)
        b.lines([ctx.pick(w.titles)], align="center", bold=True)
        b.fields([(w.name, ctx.person()), (w.period, month_text), (w.days, str(ctx.randint(20, 31)))], hand=True)
        b.fields([(n, num(a)) for n, a in earn + ded], hand=True)
        b.fields([(ctx.pick(w.net), num(net))], hand=True)
        b.lines(["_______________   _______________"])
        return b.build(None, "handwritten")
    if style == "slip":
        if ctx.chance(0.6):
            b.lines([ctx.company()], bold=True)
        b.lines([f"{ctx.pick(w.titles)}  {month_text}"], bold=True)
        b.fields([(w.name, ctx.person()), *([("ID", ctx.digits(ctx.pick([3, 4, 5, 6])))] if ctx.chance(0.5) else [])])
    else:
        b.lines([f"{month_text}   {ctx.person().upper()}"] if ctx.chance(0.5) else [month_text])
    if ctx.chance(0.5):
        b.table(None, [[n, num(a)] for n, a in earn] + [[n, f"-{num(a)}"] for n, a in ded], numeric_from=1)
    else:
        b.table(None, _pair_rows([[n, num(a)] for n, a in earn], [[n, num(a)] for n, a in ded]))
    if ctx.chance(0.5):
        b.fields([(w.gross, num(gross)), (w.total_ded, num(total_ded))], columns=2)
    b.fields([(ctx.pick(w.net), num(net))])
    return b.build(None)


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
        pay_stub_canada,
        pay_stub_es_nomina,
        pay_stub_nl_it_br,
        pay_stub_intl_hr,
        pay_stub_hourly_shift,
        pay_stub_contractor_gig,
        pay_stub_les,
        pay_stub_sparse,
    ]
}
