"""Bank statements: US, UK, Indian, French, German and Dutch current accounts, credit cards, online exports."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import SyntheticDocument

LABEL = "bank_statement"

# (narration, credit?, min, max); "{n}" becomes a number, "{name}" a person, "{co}" a company.
NARRATIONS: dict[str, list[tuple[str, bool, float, float]]] = {
    "us": [
        ("DIRECT DEP {CO} PAYROLL", True, 900, 4200),
        ("ACH DEBIT GEICO AUTO PAY", False, 60, 220),
        ("POS PURCHASE WALGREENS #{n}", False, 4, 80),
        ("CHECK #{n}", False, 40, 1800),
        ("ATM WITHDRAWAL {n} MAIN ST", False, 20, 400),
        ("ZELLE TO {NAME}", False, 10, 500),
        ("ZELLE FROM {NAME}", True, 10, 500),
        ("VENMO PAYMENT {n}", False, 5, 200),
        ("ONLINE TRANSFER TO SAV XXXXXX{n}", False, 50, 1000),
        ("MONTHLY SERVICE FEE", False, 5, 15),
        ("INTEREST PAYMENT", True, 0.01, 4),
        ("DEBIT CARD PURCHASE AMAZON MKTPLACE", False, 8, 250),
        ("MOBILE DEPOSIT REF {n}", True, 40, 2500),
        ("NETFLIX.COM", False, 9, 23),
        ("COMCAST CABLE COMM", False, 60, 180),
        ("MORTGAGE PMT LOAN {n}", False, 900, 3200),
        ("IRS TREAS 310 TAX REF", True, 100, 3500),
        ("SHELL OIL {n}", False, 20, 80),
        ("TRADER JOE'S #{n}", False, 15, 160),
        ("SPOTIFY USA", False, 10, 17),
        ("OVERDRAFT FEE", False, 35, 35),
    ],
    "uk": [
        ("DD BRITISH GAS", False, 40, 180),
        ("SO RENT {NAME}", False, 500, 1600),
        ("BGC {CO} SALARY", True, 1200, 4200),
        ("FPI {NAME}", True, 10, 400),
        ("CPT ATM {n}", False, 10, 300),
        ("DEB TESCO STORES {n}", False, 5, 120),
        ("CHG ACCOUNT FEE", False, 3, 15),
        ("DEB TFL TRAVEL CH", False, 2, 40),
        ("VIS AMAZON.CO.UK", False, 5, 200),
        ("TFR SAVINGS {n}", False, 50, 800),
        ("DD COUNCIL TAX", False, 90, 260),
        ("DD THAMES WATER", False, 25, 70),
        ("FPO {NAME}", False, 10, 300),
        ("DEB SAINSBURYS", False, 5, 90),
        ("DD VODAFONE LTD", False, 12, 60),
        ("INT CREDIT", True, 0.1, 8),
    ],
    "in": [
        ("UPI/{n}/PAYTM/merchant@paytm", False, 20, 3000),
        ("NEFT-HDFC0000{n}-{CO} SALARY", True, 25000, 180000),
        ("IMPS/P2A/{n}/{NAME}", False, 500, 20000),
        ("ATM WDL/{n}/MUMBAI", False, 500, 10000),
        ("POS {n} BIGBAZAAR", False, 200, 6000),
        ("ACH D- LIC OF INDIA-{n}", False, 1000, 12000),
        ("INT.PD:{n} TO 30-06", True, 10, 2500),
        ("SMS CHARGES", False, 15, 18),
        ("CHQ DEP-{n}-CLG", True, 1000, 50000),
        ("NACH/EMI/BAJAJ FINANCE", False, 1500, 25000),
        ("RTGS-{CO}", True, 50000, 400000),
        ("UPI/{n}/Swiggy/swiggy@icici", False, 100, 900),
        ("UPI/{n}/{NAME}/okaxis", True, 100, 5000),
        ("ELECTRICITY BILL BESCOM", False, 300, 4000),
    ],
    "fr": [
        ("PRLV SEPA EDF", False, 40, 180),
        ("VIR SEPA SALAIRE {CO}", True, 1400, 4200),
        ("CB CARREFOUR {n}", False, 5, 160),
        ("RETRAIT DAB {n}", False, 20, 300),
        ("CHEQUE N° {n}", False, 20, 900),
        ("FRAIS TENUE DE COMPTE", False, 2, 8),
        ("VIR INST {NAME}", True, 10, 500),
        ("COTISATION CARTE VISA", False, 40, 140),
        ("PRLV SEPA ORANGE", False, 20, 60),
        ("CB SNCF INTERNET", False, 20, 180),
        ("PRLV SEPA LOYER", False, 450, 1400),
        ("CB AMAZON PAYMENTS", False, 8, 200),
        ("REMISE CHEQUE", True, 50, 1500),
        ("PRLV SEPA DGFIP IMPOT", False, 50, 700),
        ("VIR CAF ALLOCATIONS", True, 100, 600),
    ],
    "de": [
        ("Lastschrift Telekom Deutschland GmbH", False, 20, 80),
        ("Gehalt {CO}", True, 1800, 4800),
        ("Kartenzahlung REWE Markt", False, 5, 120),
        ("Bargeldauszahlung Geldautomat", False, 20, 400),
        ("Dauerauftrag Miete {NAME}", False, 500, 1500),
        ("Überweisung {NAME}", False, 10, 800),
        ("Gutschrift {NAME}", True, 10, 600),
        ("Kontoführungsentgelt", False, 3, 12),
        ("SEPA-Lastschrift Vodafone", False, 20, 60),
        ("Lastschrift Stadtwerke Strom", False, 40, 160),
        ("Kartenzahlung Aral Tankstelle", False, 30, 90),
        ("Rundfunkbeitrag ARD ZDF", False, 18.36, 55.08),
        ("Lastschrift PayPal Europe", False, 5, 200),
        ("Zinsen", True, 0.01, 5),
        ("Kindergeld Familienkasse", True, 250, 750),
    ],
    "nl": [
        ("Betaalautomaat Albert Heijn {n}", False, 5, 120),
        ("Incasso Vattenfall", False, 60, 220),
        ("Salaris {CO}", True, 1800, 4500),
        ("Geldautomaat {n}", False, 20, 300),
        ("iDEAL bol.com", False, 8, 200),
        ("Overboeking {NAME}", False, 10, 600),
        ("Tikkie {NAME}", True, 5, 80),
        ("Incasso Zorgverzekering", False, 110, 160),
        ("Kosten Betaalpakket", False, 2, 5),
        ("Huur {NAME}", False, 600, 1500),
        ("Incasso Ziggo", False, 40, 80),
        ("Belastingdienst toeslagen", True, 50, 400),
    ],
}


@dataclass(frozen=True)
class Txn:
    day: dt.date
    text: str
    amount: float  # credits positive
    balance: float


def transactions(ctx: Ctx, region: str, start_day: dt.date, opening: float, *, low: int, high: int) -> list[Txn]:
    out: list[Txn] = []
    balance = opening
    day = start_day
    for _ in range(ctx.randint(low, high)):
        day = ctx.later(day, 0, 3)
        text, credit, lo, hi = ctx.pick(NARRATIONS[region])
        text = (
            text.replace("{n}", ctx.digits(ctx.pick([4, 6, 12])))
            .replace("{NAME}", ctx.person().upper() if region != "de" else ctx.person())
            .replace("{CO}", ctx.company().upper() if region in ("us", "uk", "in", "fr") else ctx.company())
        )
        amount = ctx.amount(lo, hi) * (1 if credit else -1)
        balance = round(balance + amount, 2)
        out.append(Txn(day, text, amount, balance))
    return out


def _totals(txns: list[Txn]) -> tuple[float, float]:
    return sum(t.amount for t in txns if t.amount > 0), -sum(t.amount for t in txns if t.amount < 0)


US_BANKS = [
    "First Community Bank",
    "Chase National Bank",
    "Pinnacle Federal Credit Union",
    "Wells Street Bank",
    "Riverbank Savings",
    "Citizens Trust Bank",
    "Summit Bank, N.A.",
    "Heartland Credit Union",
]


def bank_statement_us_checking(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    bank = ctx.pick(US_BANKS)
    period_start = ctx.day()
    period_end = ctx.later(period_start, 27, 31)
    opening = ctx.amount(100, 15000)
    txns = transactions(ctx, "us", period_start, opening, low=8, high=30)
    credits, debits = _totals(txns)
    b.lines(
        [
            bank,
            ctx.pick(["P.O. Box " + ctx.digits(4), ctx.street()]),
            ctx.city(),
            ctx.pick(["Member FDIC", "Federally insured by NCUA", ""]),
        ]
    )
    b.lines([ctx.person().upper(), *[x.upper() for x in ctx.address_lines()]])
    b.fields(
        [
            (
                ctx.pick(["Statement Period", "Statement period", "For the period"]),
                f"{ctx.date(period_start)} to {ctx.date(period_end)}",
            ),
            (
                ctx.pick(["Account Number", "Account number", "Primary Account"]),
                ctx.pick(["XXXXXX", "******", "000000"]) + ctx.digits(4),
            ),
            (
                "Account Type",
                ctx.pick(
                    ["Everyday Checking", "Premier Checking", "Total Checking", "Share Draft", "Business Checking"]
                ),
            ),
        ]
    )
    b.h(ctx.pick(["Account Summary", "Summary of Account Activity", "Balance Summary"]))
    b.fields(
        [
            (ctx.pick(["Beginning Balance", "Opening balance", "Previous Balance"]), ctx.money(opening)),
            (ctx.pick(["Deposits and Other Credits", "Deposits/Credits", "Total deposits"]), f"+{ctx.money(credits)}"),
            (
                ctx.pick(["Withdrawals and Other Debits", "Withdrawals/Debits", "Total withdrawals"]),
                f"-{ctx.money(debits)}",
            ),
            (ctx.pick(["Ending Balance", "Closing balance", "New Balance"]), ctx.money(txns[-1].balance)),
        ]
    )
    b.h(ctx.pick(["Transaction Detail", "Account Activity", "Transactions", "Deposits and Withdrawals"]))
    style = ctx.randint(0, 1)
    if style == 0:
        rows = [
            [
                ctx.date(t.day, 0)[:5],
                t.text,
                ctx.num(t.amount) if t.amount > 0 else "",
                ctx.num(-t.amount) if t.amount < 0 else "",
                ctx.num(t.balance),
            ]
            for t in txns
        ]
        b.table(["Date", "Description", "Credits", "Debits", "Balance"], rows, numeric_from=2)
    else:
        rows = [[ctx.date(t.day, 0)[:5], t.text, ctx.num(t.amount), ctx.num(t.balance)] for t in txns]
        b.table(["Date", "Description", "Amount", "Daily Balance"], rows, numeric_from=2)
    if ctx.chance(0.5):
        b.h("Checks Paid", 3)
        b.table(
            ["Check No.", "Date", "Amount"],
            [
                [ctx.digits(4), ctx.date(ctx.later(period_start, 1, 28), 0)[:5], ctx.num(ctx.amount(20, 900))]
                for _ in range(ctx.randint(1, 4))
            ],
            numeric_from=2,
        )
    b.p(
        ctx.pick(
            [
                "In case of errors or questions about your electronic transfers, call us or write to us as soon as "
                "you can, "
                "if you think your statement or receipt is wrong. We must hear from you no later than 60 days after "
                "we sent the FIRST statement "
                "on which the error appeared.",
                "Please examine this statement upon receipt and report any discrepancies within 30 days.",
                "To reconcile your account, compare your check register with this statement.",
            ]
        ),
        small=True,
    )
    return b.build(
        ctx.pick(["Statement of Account", "Checking Account Statement", "Account Statement", "Monthly Statement", None])
    )


def bank_statement_uk_current(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    bank = ctx.pick(
        ["Northern Rock Bank", "High Street Bank plc", "Albion Building Society", "Thames Bank", "Caledonian Bank"]
    )
    period_start = ctx.day()
    opening = ctx.amount(-300, 6000)
    txns = transactions(ctx, "uk", period_start, opening, low=10, high=30)
    credits, debits = _totals(txns)
    b.lines(
        [bank, ctx.pick(["Your Current Account", "Classic Account", "Club Lloyds Account", "Select Account"])],
        bold=True,
    )
    b.lines([f"{ctx.pick(['Mr', 'Mrs', 'Ms', 'Dr'])} {ctx.person()}", *ctx.address_lines()])
    b.fields(
        [
            ("Sort code", ctx.code("##-##-##")),
            ("Account number", ctx.digits(8)),
            (
                "IBAN",
                f"GB{ctx.digits(2)} {ctx.code('????')} {ctx.digits(4)} {ctx.digits(4)} {ctx.digits(4)} {ctx.digits(2)}",
            ),
            ("BIC", ctx.code("????GB2L")),
            ("Statement date", ctx.date(ctx.later(period_start, 28, 31))),
            ("Sheet number", str(ctx.randint(1, 300))),
        ],
        columns=2,
    )
    b.fields(
        [
            ("Balance brought forward", ctx.money(opening)),
            ("Money in", ctx.money(credits)),
            ("Money out", ctx.money(debits)),
            ("Balance carried forward", ctx.money(txns[-1].balance)),
        ]
    )
    rows = [
        [
            ctx.date(t.day, 2),
            t.text,
            ctx.num(-t.amount) if t.amount < 0 else "",
            ctx.num(t.amount) if t.amount > 0 else "",
            ctx.num(t.balance),
        ]
        for t in txns
    ]
    b.table(
        ["Date", "Payment type and details", "Paid out", "Paid in", "Balance"],
        [[ctx.date(period_start, 2), "BALANCE BROUGHT FORWARD", "", "", ctx.num(opening)], *rows],
        numeric_from=2,
    )
    b.p(
        "Transaction types: BGC Bank Giro Credit, CPT Cashpoint, DD Direct Debit, DEB Debit Card, FPI Faster Payment "
        "In, FPO Faster Payment Out, SO Standing Order, TFR Transfer",
        small=True,
    )
    b.p(
        f"{bank} is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct "
        "Authority. Eligible deposits are protected by the FSCS.",
        small=True,
    )
    return b.build(ctx.pick(["Statement", "Current Account Statement", "Your statement", None]))


IN_BANKS = [
    "State Bank of India",
    "HDFC Bank Ltd",
    "ICICI Bank",
    "Axis Bank",
    "Punjab National Bank",
    "Canara Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
]


def bank_statement_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    bank = ctx.pick(IN_BANKS)
    period_start = ctx.day()
    opening = ctx.amount(1000, 400000)
    txns = transactions(ctx, "in", period_start, opening, low=10, high=35)
    credits, debits = _totals(txns)
    b.lines([bank, f"Branch: {ctx.city().upper()}", ctx.address()])
    b.fields(
        [
            ("Account Name", ctx.person().upper()),
            ("Address", ctx.address()),
            ("Account Number", ctx.digits(ctx.pick([11, 14, 16]))),
            ("Account Type", ctx.pick(["SAVINGS ACCOUNT", "SB-GENERAL", "CURRENT ACCOUNT", "Salary Account"])),
            ("IFSC", ctx.code("????0######")),
            ("MICR", ctx.digits(9)),
            ("Customer ID", ctx.digits(9)),
            ("Nomination", ctx.pick(["Registered", "Not Registered"])),
            ("Statement From", f"{ctx.date(period_start)} To {ctx.date(txns[-1].day)}"),
        ],
        columns=2,
    )
    rows = [
        [
            ctx.date(t.day),
            t.text,
            ctx.digits(ctx.pick([6, 12])) if ctx.chance(0.4) else "",
            ctx.date(t.day),
            ctx.num(-t.amount) if t.amount < 0 else "",
            ctx.num(t.amount) if t.amount > 0 else "",
            ctx.num(t.balance),
        ]
        for t in txns
    ]
    head = ctx.pick(
        [
            ["Date", "Narration", "Chq./Ref.No.", "Value Dt", "Withdrawal Amt.", "Deposit Amt.", "Closing Balance"],
            ["Txn Date", "Description", "Ref No./Cheque No.", "Value Date", "Debit", "Credit", "Balance"],
            ["Tran Date", "Particulars", "Chq No", "Value Date", "Withdrawals", "Deposits", "Balance"],
        ]
    )
    b.table(head, rows, numeric_from=4)
    b.fields(
        [
            ("Opening Balance", ctx.num(opening)),
            ("Dr Count", str(sum(1 for t in txns if t.amount < 0))),
            ("Cr Count", str(sum(1 for t in txns if t.amount > 0))),
            ("Debits", ctx.num(debits)),
            ("Credits", ctx.num(credits)),
            ("Closing Bal", ctx.num(txns[-1].balance)),
        ],
        columns=3,
    )
    b.p(
        ctx.pick(
            [
                "This is a computer generated statement and does not require signature.",
                "**Contents of this statement will be considered correct if no error is reported within 30 days of "
                "receipt of statement.",
                "Please do not share your ATM, Debit/Credit card number, PIN and OTP with anyone over mail, SMS, "
                "phone call or any other media.",
            ]
        ),
        small=True,
    )
    return b.build(ctx.pick(["Statement of Account", "ACCOUNT STATEMENT", "Account Statement", "e-Statement", None]))


def _eu_statement(rng: random.Random, lang: str) -> SyntheticDocument:
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL"}[lang])
    b = start(LABEL, ctx)
    period_start = ctx.day()
    opening = ctx.amount(-500, 9000)
    txns = transactions(ctx, lang, period_start, opening, low=8, high=28)
    credits, debits = _totals(txns)
    bank = ctx.pick(
        {
            "fr": [
                "Banque Populaire",
                "Crédit Régional",
                "Caisse d'Épargne Île",
                "Société Bancaire",
                "LCL Banque",
            ],
            "de": [
                "Sparkasse " + ctx.city(),
                "Volksbank eG",
                "Commerz Bank AG",
                "Deutsche Kreditbank",
                "Raiffeisenbank eG",
            ],
            "nl": ["ING Bank", "Rabobank", "ABN AMRO", "SNS Bank", "Triodos"],
        }[lang]
    )
    if lang == "fr":
        title = ctx.pick(["RELEVÉ DE COMPTE", "Relevé de compte courant", "Extrait de compte", "RELEVE DE VOS COMPTES"])
        b.lines([bank, ctx.address()])
        b.fields(
            [
                ("Titulaire", ctx.person()),
                ("N° de compte", ctx.digits(11)),
                ("IBAN", ctx.iban()),
                ("BIC", ctx.code("????FRPP***")),
                ("Période du", f"{ctx.date(period_start)} au {ctx.date(txns[-1].day)}"),
            ]
        )
        head = ["Date", "Libellé", "Valeur", "Débit", "Crédit"]
        open_label, close_label = (
            ctx.pick(["Ancien solde", "Solde précédent", "SOLDE CREDITEUR AU"]),
            ctx.pick(["Nouveau solde", "SOLDE CREDITEUR AU", "Solde au"]),
        )
        totals_label = "Total des opérations"
    elif lang == "de":
        title = ctx.pick(["Kontoauszug", "KONTOAUSZUG", "Kontoauszug Girokonto", "Finanzstatus"])
        b.lines([bank, ctx.address()])
        b.fields(
            [
                ("Kontoinhaber", ctx.person()),
                ("Kontonummer", ctx.digits(10)),
                ("IBAN", ctx.iban()),
                ("BIC", ctx.code("????DE??***")),
                ("Auszug", f"{ctx.randint(1, 12)}/{period_start.year}"),
                ("Blatt", "1"),
            ]
        )
        head = ["Buchungstag", "Verwendungszweck", "Wert", "Soll", "Haben"]
        open_label, close_label = (
            ctx.pick(["Alter Kontostand", "Kontostand am"]),
            ctx.pick(["Neuer Kontostand", "Kontostand am"]),
        )
        totals_label = "Summe"
    else:
        title = ctx.pick(["Rekeningafschrift", "Bij- en afschrijvingen", "Afschrift", "Rekeningoverzicht"])
        b.lines([bank, ctx.address()])
        b.fields(
            [
                ("Rekeninghouder", ctx.person()),
                ("IBAN", ctx.iban()),
                ("Periode", f"{ctx.date(period_start)} t/m {ctx.date(txns[-1].day)}"),
            ]
        )
        head = ["Datum", "Omschrijving", "Rentedatum", "Af", "Bij"]
        open_label, close_label = "Beginsaldo", "Eindsaldo"
        totals_label = "Totaal"
    b.fields([(open_label, ctx.money(opening))])
    rows = [
        [
            ctx.date(t.day),
            t.text,
            ctx.date(t.day),
            ctx.num(-t.amount) if t.amount < 0 else "",
            ctx.num(t.amount) if t.amount > 0 else "",
        ]
        for t in txns
    ]
    b.table(head, rows, numeric_from=3)
    b.fields([(totals_label, f"{ctx.num(debits)}  {ctx.num(credits)}"), (close_label, ctx.money(txns[-1].balance))])
    if lang == "fr" and ctx.chance(0.5):
        b.p(
            "Votre conseiller est à votre disposition pour toute information. Garantie des dépôts : vos dépôts sont "
            "protégés par le Fonds de Garantie des Dépôts et de Résolution.",
            small=True,
        )
    if lang == "de" and ctx.chance(0.5):
        b.p(
            "Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. Guthaben sind als Einlagen nach "
            "Maßgabe des Einlagensicherungsgesetzes entschädigungsfähig.",
            small=True,
        )
    return b.build(title)


def bank_statement_fr(rng: random.Random) -> SyntheticDocument:
    return _eu_statement(rng, "fr")


def bank_statement_de(rng: random.Random) -> SyntheticDocument:
    return _eu_statement(rng, "de")


def bank_statement_nl(rng: random.Random) -> SyntheticDocument:
    return _eu_statement(rng, "nl")


def bank_statement_credit_card(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    closing = ctx.day()
    previous = ctx.amount(0, 4000)
    purchases = [
        (
            ctx.later(closing, -30, 0),
            ctx.pick(
                [
                    "AMAZON.COM*",
                    "UBER *TRIP",
                    "STARBUCKS #",
                    "DELTA AIR",
                    "HOTEL",
                    "WHOLEFDS",
                    "APPLE.COM/BILL",
                    "SHELL",
                    "IKEA",
                    "ZOMATO",
                    "FLIPKART",
                ]
            )
            + " "
            + ctx.digits(4),
            ctx.amount(3, 600),
        )
        for _ in range(ctx.randint(4, 20))
    ]
    purchases.sort()
    spent = sum(p[2] for p in purchases)
    payment = ctx.amount(0, previous) if previous else 0.0
    interest = round((previous - payment) * 0.0199, 2)
    new_balance = previous - payment + spent + interest
    limit = float(ctx.pick([2000, 5000, 7500, 10000, 15000, 25000]))
    b.lines(
        [
            ctx.pick(
                ["Platinum Rewards Card", "Cash Back Visa Signature", "World Mastercard", "Travel Card", "Credit Card"]
            ),
            f"Account ending in {ctx.digits(4)}",
        ],
        bold=True,
    )
    b.lines([ctx.person(), *ctx.address_lines()])
    b.fields(
        [
            ("Statement Closing Date", ctx.date(closing)),
            ("Payment Due Date", ctx.date(ctx.later(closing, 21, 25))),
            ("New Balance", ctx.money(new_balance)),
            ("Minimum Payment Due", ctx.money(max(25.0, new_balance * 0.02))),
            ("Credit Limit", ctx.money(limit)),
            ("Available Credit", ctx.money(max(0.0, limit - new_balance))),
        ]
    )
    b.h("Account Summary")
    b.fields(
        [
            ("Previous Balance", ctx.money(previous)),
            ("Payments", f"-{ctx.money(payment)}"),
            ("Purchases", f"+{ctx.money(spent)}"),
            ("Fees Charged", ctx.money(0)),
            ("Interest Charged", ctx.money(interest)),
            ("New Balance", ctx.money(new_balance)),
        ]
    )
    b.p(
        "Late Payment Warning: If we do not receive your minimum payment by the date listed above, you may have to "
        "pay a late fee of up to $40.00 "
        "and your APRs may be increased up to the Penalty APR of 29.99%."
        if ctx.locale == "en_US"
        else "Minimum Payment Warning: if you make only the minimum payment each period, you will pay more in "
        "interest and it will take you longer to pay off your balance.",
        small=True,
    )
    b.h("Transactions")
    b.table(
        ["Trans Date", "Description", "Amount"],
        [[ctx.date(d), desc, ctx.num(a)] for d, desc, a in purchases],
        numeric_from=2,
    )
    b.h("Interest Charge Calculation", 3)
    b.table(
        ["Type of Balance", "Annual Percentage Rate (APR)", "Balance Subject to Interest Rate", "Interest Charge"],
        [
            ["Purchases", f"{ctx.amount(15, 29):.2f}% (v)", ctx.num(previous), ctx.num(interest)],
            ["Cash Advances", "29.99% (v)", "0.00", "0.00"],
        ],
        numeric_from=1,
    )
    return b.build(ctx.pick(["Credit Card Statement", "Monthly Statement", "Card Statement", None]))


def bank_statement_online_export(rng: random.Random) -> SyntheticDocument:
    """'Transaction history' exported from online banking: little more than a table."""
    region = rng.choice(["us", "uk", "in", "fr", "de", "nl"])
    ctx = Ctx(rng, {"us": "en_US", "uk": "en_GB", "in": "en_IN", "fr": "fr_FR", "de": "de_DE", "nl": "nl_NL"}[region])
    b = start(LABEL, ctx)
    period_start = ctx.day()
    txns = transactions(ctx, region, period_start, ctx.amount(100, 20000), low=12, high=40)
    b.fields(
        [
            (
                ctx.pick(["Account", "Account number", "Konto", "Compte", "Rekening"]),
                ctx.iban() if region in ("fr", "de", "nl") else ctx.code("XXXX####"),
            ),
            (
                ctx.pick(["Date range", "From", "Zeitraum", "Période", "Periode"]),
                f"{ctx.date(period_start)} - {ctx.date(txns[-1].day)}",
            ),
        ]
    )
    with_balance = ctx.chance(0.6)
    head = {
        "de": ["Buchungsdatum", "Buchungstext", "Betrag (EUR)", "Saldo"],
        "fr": ["Date", "Libellé", "Montant", "Solde"],
        "nl": ["Datum", "Naam / Omschrijving", "Bedrag (EUR)", "Saldo na mutatie"],
    }.get(region, ["Posted Date", "Description", "Amount", "Running Balance"])
    rows = [[ctx.date(t.day), t.text, ctx.num(t.amount), ctx.num(t.balance)][: 4 if with_balance else 3] for t in txns]
    b.table(head[: 4 if with_balance else 3], rows, numeric_from=2)
    return b.build(
        ctx.pick(
            [
                "Transaction history",
                "Account activity",
                "Umsätze",
                "Historique des opérations",
                "Transacties",
                "Recent transactions",
            ]
        )
    )


def bank_statement_savings(rng: random.Random) -> SyntheticDocument:
    """Savings and money-market statements and Indian passbook print-outs: few transactions, interest summary."""
    region = rng.choice(["us", "us", "in", "uk"])
    ctx = Ctx(rng, {"us": "en_US", "in": "en_IN", "uk": "en_GB"}[region])
    b = start(LABEL, ctx)
    start_day = ctx.day()
    opening = ctx.amount(500, 80000)
    txns = transactions(ctx, region, start_day, opening, low=2, high=9)
    interest = round(opening * ctx.amount(0.0005, 0.004), 2)
    bank = ctx.pick(
        US_BANKS
        if region == "us"
        else IN_BANKS
        if region == "in"
        else ["Nationwide Building Society", "Leeds Building Society"]
    )
    b.lines([bank, ctx.address()], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    product = ctx.pick(
        [
            "High Yield Savings",
            "Money Market Account",
            "Savings Bank Account",
            "Instant Access Saver",
            "Recurring Deposit",
            "Passbook Savings",
        ]
    )
    b.fields(
        [
            ("Account", f"{product} ...{ctx.digits(4)}"),
            ("Statement Period", f"{ctx.date(start_day)} - {ctx.date(txns[-1].day)}"),
            ("Annual Percentage Yield Earned", f"{ctx.amount(0.05, 4.8):.2f}%"),
            ("Interest Paid This Period", ctx.money(interest)),
            ("Interest Paid Year-to-Date", ctx.money(interest * ctx.randint(1, 12))),
            ("Opening Balance", ctx.money(opening)),
            ("Closing Balance", ctx.money(txns[-1].balance + interest)),
        ]
    )
    rows = [[ctx.date(t.day), t.text, ctx.num(t.amount), ctx.num(t.balance)] for t in txns]
    rows.append(
        [
            ctx.date(txns[-1].day),
            "INTEREST CREDIT" if region != "in" else "Int.Pd",
            ctx.num(interest),
            ctx.num(txns[-1].balance + interest),
        ]
    )
    b.table(["Date", "Particulars" if region == "in" else "Description", "Amount", "Balance"], rows, numeric_from=2)
    b.p(
        ctx.pick(
            [
                "Deposits are insured by the FDIC up to the maximum allowed by law.",
                "Please verify the entries in your passbook and report discrepancies to the branch.",
                "Your eligible deposits are protected up to £85,000 by the FSCS.",
            ]
        ),
        small=True,
    )
    return b.build(ctx.pick(["Savings Account Statement", "Account Statement", "Statement", "PASSBOOK", None]))


TEMPLATES: TemplateTable = {
    LABEL: [
        bank_statement_us_checking,
        bank_statement_uk_current,
        bank_statement_india,
        bank_statement_fr,
        bank_statement_de,
        bank_statement_nl,
        bank_statement_credit_card,
        bank_statement_online_export,
        bank_statement_savings,
    ]
}
