"""Loan applications: Form 1003-style mortgages, personal, business, auto, Indian home loans and UK mortgages;
some of them blank."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "loan_application"

EMPLOYERS_ROLES = [
    "Registered Nurse",
    "Software Engineer",
    "Store Manager",
    "Teacher",
    "Electrician",
    "Accountant",
    "Truck Driver",
    "Physician",
    "Sales Director",
]


def _maybe(ctx: Ctx, blank: bool, value: str) -> str:
    return "" if blank else value


def loan_application_urla(rng: random.Random) -> SyntheticDocument:
    """Uniform Residential Loan Application (Fannie Mae Form 1003 layout)."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.3)
    b.lines(
        [
            "Uniform Residential Loan Application",
            "Verify and complete the information on this application. If you are applying for this loan with others, "
            "each additional Borrower must provide information as directed by your Lender.",
        ]
    )
    b.h("Section 1: Borrower Information.", 2)
    b.p(
        "This section asks about your personal information and your income from employment and other sources, such "
        "as retirement, that you want considered to qualify for this loan."
    )
    income = ctx.amount(3000, 25000)
    b.fields(
        [
            ("1a. Personal Information  Name (First, Middle, Last, Suffix)", ctx.person()),
            ("Social Security Number", ctx.ssn()),
            ("Date of Birth (mm/dd/yyyy)", ctx.date(ctx.birth_date(), 0)),
            ("Citizenship", "U.S. Citizen  Permanent Resident Alien  Non-Permanent Resident Alien"),
            (
                "Type of Credit",
                "I am applying for individual credit.  I am applying for joint credit. Total Number of Borrowers:",
            ),
            ("Marital Status", ctx.pick(["Married", "Separated", "Unmarried"])),
            ("Dependents (not listed by another Borrower) Number", str(ctx.randint(0, 4))),
            ("Contact Information  Home Phone", ctx.phone()),
            ("Email", ctx.email()),
            ("Current Address  Street", ctx.street()),
            ("How Long at Current Address?", f"{ctx.randint(0, 20)} Years {ctx.randint(0, 11)} Months"),
            ("Housing", "No primary housing expense  Own  Rent ($______/month)"),
            ("1b. Current Employment/Self-Employment and Income  Employer or Business Name", ctx.company()),
            ("Position or Title", ctx.pick(EMPLOYERS_ROLES)),
            ("Start Date", ctx.date(ctx.day(2005, 2023), 0)),
            ("Gross Monthly Income  Base", f"${ctx.num(income)}/month"),
            ("Overtime", ""),
            ("Bonus", ""),
            ("Commission", ""),
            ("TOTAL", f"${ctx.num(income)}/month"),
        ],
        sep=" ",
        columns=2,
    )
    b.h("Section 2: Financial Information — Assets and Liabilities.", 2)
    b.p(
        "This section asks about things you own that are worth money and that you want considered to qualify for "
        "this loan. It then asks about your liabilities (or debts) that you pay each month, such as credit cards, "
        "alimony, or other expenses."
    )
    b.table(
        ["Account Type", "Financial Institution", "Account Number", "Cash or Market Value"],
        []
        if blank
        else [
            [
                ctx.pick(["Checking", "Savings", "Retirement", "Stocks", "Certificate of Deposit"]),
                ctx.company(),
                ctx.digits(8),
                ctx.money(ctx.amount(500, 250000)),
            ]
            for _ in range(ctx.randint(1, 4))
        ],
        numeric_from=3,
    )
    b.table(
        ["Account Type", "Company Name", "Account Number", "Unpaid Balance", "Monthly Payment"],
        []
        if blank
        else [
            [
                ctx.pick(["Revolving", "Installment", "Open 30-Day", "Lease"]),
                ctx.company(),
                ctx.digits(6),
                ctx.money(ctx.amount(300, 40000)),
                ctx.money(ctx.amount(25, 900)),
            ]
            for _ in range(ctx.randint(1, 4))
        ],
        numeric_from=3,
    )
    b.h("Section 4: Loan and Property Information.", 2)
    amount = ctx.amount(80000, 1200000, whole=True)
    b.fields(
        [
            ("Loan Amount", _maybe(ctx, blank, ctx.money(amount))),
            ("Loan Purpose", "Purchase  Refinance  Other (specify)"),
            ("Property Address", _maybe(ctx, blank, ctx.address())),
            ("Number of Units", _maybe(ctx, blank, "1")),
            ("Property Value", _maybe(ctx, blank, ctx.money(amount * ctx.amount(1.1, 1.6)))),
            ("Occupancy", "Primary Residence  Second Home  Investment Property"),
        ]
    )
    b.h("Section 5: Declarations.", 2)
    b.p(
        "A. Will you occupy the property as your primary residence? B. If this is a Purchase Transaction: Do you "
        "have a family relationship or business "
        "affiliation with the seller of the property? C. Are you borrowing any money for this real estate "
        "transaction? D. Have you or will you be "
        "applying for a mortgage loan on another property? E. Will this property be subject to a lien that could "
        "take priority over the first mortgage lien? "
        "F. Are you a co-signer or guarantor on any debt or loan that is not disclosed on this application? G. Are "
        "there any outstanding judgments against you? "
        "H. Are you currently delinquent or in default on a Federal debt? J. Have you declared bankruptcy within the "
        "past 7 years?"
    )
    b.h("Section 6: Acknowledgments and Agreements.", 2)
    b.p(
        "I agree to, acknowledge, and represent the following: The information I have provided in this application "
        "is true, accurate, and complete as of the "
        "date I signed this application. If the information I submitted changes or I have new information before "
        "closing of the Loan, I must change and "
        "supplement this application. I understand that if I intentionally make false statements, I may be subject "
        "to civil or criminal penalties under Federal law, 18 U.S.C. §§ 1001 et seq."
    )
    b.fields([("Borrower Signature", ""), ("Date (mm/dd/yyyy)", _maybe(ctx, blank, ctx.date(ctx.day(), 0)))], columns=2)
    if ctx.chance(0.6):
        b.h("Section 8: Demographic Information.", 2)
        b.p(
            "The purpose of collecting this information is to help ensure that all applicants are treated fairly and "
            "that the housing needs of communities and neighborhoods are being fulfilled. Ethnicity: Hispanic or "
            "Latino  Not Hispanic or Latino  I do not wish to provide this information. Race: American Indian or "
            "Alaska Native  Asian  Black or African American  Native Hawaiian or Other Pacific Islander  White. Sex: "
            "Female  Male."
        )
    b.h("Section 9: Loan Originator Information.", 2)
    b.fields(
        [
            ("Loan Originator Organization Name", ctx.company() + " Mortgage"),
            ("Loan Originator Organization NMLSR ID#", ctx.digits(6)),
            ("Loan Originator NMLSR ID#", ctx.digits(7)),
        ]
    )
    b.p(
        "Uniform Residential Loan Application  Freddie Mac Form 65 • Fannie Mae Form 1003  Effective 1/2021", small=True
    )
    return b.build(None)


def _applicant_block(b: DocBuilder, ctx: Ctx, blank: bool, heading: str) -> None:
    b.h(heading, 3)
    b.fields(
        [
            ("Full name", ctx.person()),
            ("Date of birth", ctx.date(ctx.birth_date())),
            ("Address", ctx.address()),
            ("Years at address", str(ctx.randint(0, 25))),
            ("Phone", ctx.phone()),
            ("Email", ctx.email()),
            ("Residential status", ctx.pick(["Homeowner", "Renting", "Living with parents"])),
            ("Employer", ctx.company()),
            ("Occupation", ctx.pick(EMPLOYERS_ROLES)),
            ("Time with employer", f"{ctx.randint(0, 20)} years"),
            ("Annual income (gross)", ctx.money(ctx.amount(18000, 220000, whole=True))),
            ("Other income", ""),
        ]
        if not blank
        else [
            (k, "")
            for k in [
                "Full name",
                "Date of birth",
                "Address",
                "Phone",
                "Email",
                "Employer",
                "Occupation",
                "Annual income",
            ]
        ],
        columns=2,
    )


def loan_application_personal(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_AU", "en_CA", "en_IN"]))
    b = start(LABEL, ctx)
    blank = ctx.chance(0.3)
    lender = ctx.pick(
        ["Community Credit Union", "Horizon Bank", "QuickCash Finance", "Lakeside Savings", "Unity Finance Ltd"]
    )
    b.lines([lender, ctx.address()], bold=True)
    b.h("Loan details", 3)
    b.fields(
        [
            ("Amount requested", "" if blank else ctx.money(ctx.amount(1000, 60000, whole=True))),
            ("Loan term (months)", "" if blank else str(ctx.pick([12, 24, 36, 48, 60, 72]))),
            (
                "Purpose of loan",
                ""
                if blank
                else ctx.pick(
                    [
                        "Debt consolidation",
                        "Home improvement",
                        "Car purchase",
                        "Wedding",
                        "Medical expenses",
                        "Education",
                        "Holiday",
                    ]
                ),
            ),
            ("Repayment method", "Direct debit  Payroll deduction  Other"),
        ]
    )
    _applicant_block(b, ctx, blank, ctx.pick(["Applicant details", "Section A - Applicant", "About you"]))
    if ctx.chance(0.4):
        _applicant_block(b, ctx, blank, ctx.pick(["Co-applicant details", "Joint applicant", "Co-borrower"]))
    b.h(ctx.pick(["Monthly expenses", "Financial commitments", "Outgoings"]), 3)
    b.table(
        ["Expense", "Monthly amount"],
        [
            [e, "" if blank else ctx.money(ctx.amount(0, 2000))]
            for e in ["Rent/Mortgage", "Credit cards", "Other loans", "Utilities", "Insurance", "Child support"]
        ],
        numeric_from=1,
    )
    b.h("References", 3)
    b.table(
        ["Name", "Relationship", "Phone"],
        [["", "", ""]]
        if blank
        else [[ctx.person(), ctx.pick(["Friend", "Colleague", "Relative"]), ctx.phone()] for _ in range(2)],
    )
    b.h(ctx.pick(["Declaration", "Authorisation and declaration", "Applicant certification"]), 3)
    b.p(
        ctx.pick(
            [
                "I/We declare that the information given in this application is true and complete. I/We authorise "
                "the lender to obtain a credit report and to verify any information provided, and understand that "
                "the lender may decline this application.",
                "By signing below, you certify that the information provided is accurate and authorize us to obtain "
                "consumer credit reports and verify employment. You understand that credit approval is subject to "
                "our underwriting criteria.",
            ]
        )
    )
    b.fields([("Applicant signature", ""), ("Date", ""), ("Co-applicant signature", "")], columns=3)
    b.p(f"For office use only: Application No. {ctx.digits(8)}  Officer ______  Approved / Declined", small=True)
    return b.build(
        ctx.pick(
            [
                "Personal Loan Application",
                "LOAN APPLICATION FORM",
                "Application for Credit",
                "Consumer Loan Application",
                "Loan Request Form",
            ]
        )
    )


def loan_application_business(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN"]))
    b = start(LABEL, ctx)
    blank = ctx.chance(0.25)
    business = ctx.company()
    b.fields(
        [
            ("Business legal name", business),
            ("DBA / Trade name", ""),
            (
                "Business structure",
                ctx.pick(["LLC", "Sole proprietorship", "S Corporation", "Partnership", "Private Limited Company"]),
            ),
            ("EIN / Tax ID", ctx.ein()),
            ("Business address", ctx.address()),
            ("Date established", ctx.date(ctx.day(1990, 2023))),
            ("Industry / NAICS code", ctx.digits(6)),
            ("Number of employees", str(ctx.randint(1, 250))),
            ("Annual revenue (last fiscal year)", ctx.money(ctx.amount(80000, 9000000, whole=True))),
            ("Loan amount requested", ctx.money(ctx.amount(10000, 2000000, whole=True))),
            (
                "Use of proceeds",
                ctx.pick(
                    [
                        "Working capital",
                        "Equipment purchase",
                        "Commercial real estate",
                        "Refinance existing debt",
                        "Inventory",
                        "Expansion",
                    ]
                ),
            ),
            ("Collateral offered", ctx.pick(["Equipment", "Accounts receivable", "Real estate", "None"])),
        ]
        if not blank
        else [
            (k, "")
            for k in [
                "Business legal name",
                "Business structure",
                "EIN / Tax ID",
                "Business address",
                "Date established",
                "Annual revenue",
                "Loan amount requested",
                "Use of proceeds",
            ]
        ],
        columns=2,
    )
    b.h("Owners (list all owners of 20% or more)", 3)
    b.table(
        ["Name", "Title", "Ownership %", "SSN", "Home address"],
        [["", "", "", "", ""]]
        if blank
        else [
            [
                ctx.person(),
                ctx.pick(["CEO", "Managing Member", "President", "Director"]),
                f"{ctx.randint(20, 100)}%",
                ctx.ssn(),
                ctx.address(),
            ]
            for _ in range(ctx.randint(1, 3))
        ],
    )
    b.p(
        "Each owner of 20% or more must sign a personal guarantee. Please attach: business tax returns for the last "
        "2 years, year-to-date profit and loss statement, balance sheet, business debt schedule, "
        "and 3 months of business bank statements."
    )
    b.p(
        "Is the applicant or any owner presently suspended, debarred, or otherwise excluded from federal financial "
        "assistance? Has the business or any owner ever filed for bankruptcy? "
        "Is the applicant or any owner presently involved in any legal action?"
    )
    b.p(
        "I certify that the information provided in this application is true and accurate and authorize the lender "
        "to obtain business and personal credit reports."
    )
    b.fields([("Signature of authorized representative", ""), ("Print name", ""), ("Date", "")], columns=3)
    return b.build(
        ctx.pick(
            [
                "Small Business Loan Application",
                "Business Credit Application",
                "Commercial Loan Application",
                "SBA Loan Application (Borrower Information Form)",
            ]
        )
    )


def loan_application_auto(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_CA", "en_AU", "en_GB"]))
    b = start(LABEL, ctx)
    price = ctx.amount(8000, 75000, whole=True)
    down = ctx.amount(0, price * 0.3, whole=True)
    b.lines(
        [ctx.pick(["Auto Finance", "Vehicle Finance Application", "Motor Finance"]) + " - " + ctx.company()], bold=True
    )
    b.h("Vehicle Information", 3)
    b.fields(
        [
            ("Year", str(ctx.randint(2012, 2025))),
            ("Make", ctx.pick(["Toyota", "Honda", "Ford", "Chevrolet", "Hyundai", "Volkswagen", "Nissan", "Kia"])),
            ("Model", ctx.pick(["Camry", "Civic", "F-150", "Equinox", "Tucson", "Golf", "Rogue", "Sportage"])),
            ("VIN", ctx.code("1??##?##??#######")),
            ("Mileage", ctx.num(ctx.randint(5, 140000), 0)),
            ("New / Used", ctx.pick(["New", "Used", "Certified pre-owned"])),
        ],
        columns=3,
    )
    b.h("Financing Requested", 3)
    b.fields(
        [
            ("Purchase price", ctx.money(price)),
            ("Down payment", ctx.money(down)),
            ("Trade-in value", ctx.money(ctx.amount(0, 8000))),
            ("Amount to finance", ctx.money(price - down)),
            ("Term", f"{ctx.pick([36, 48, 60, 72, 84])} months"),
            ("Dealer", ctx.company() + " Motors"),
        ]
    )
    _applicant_block(b, ctx, False, "Applicant Information")
    b.fields(
        [
            ("Monthly housing payment", ctx.money(ctx.amount(400, 3000))),
            ("Driver's license number", ctx.code("?#######")),
            ("Previous auto loan with us?", ctx.pick(["Yes", "No"])),
        ]
    )
    b.p(
        "By signing, I certify that the information above is true and complete, and I authorize the creditor and the "
        "dealer to obtain credit reports and verify my employment and income. "
        "I understand this is an application for credit and not a commitment to lend."
    )
    b.fields([("Applicant signature", ""), ("Date", "")], columns=2)
    return b.build(ctx.pick(["Credit Application", "Auto Loan Application", "Application for Vehicle Finance", None]))


def loan_application_india_home(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    bank = ctx.pick(
        [
            "HDFC Ltd",
            "State Bank of India",
            "LIC Housing Finance",
            "ICICI Home Finance",
            "Bajaj Housing Finance",
            "PNB Housing Finance",
        ]
    )
    b.lines(
        [bank, "APPLICATION FORM FOR HOME LOAN" if ctx.chance(0.6) else "LOAN APPLICATION FORM (Individual)"],
        bold=True,
        align="center",
    )
    b.p(
        "(Please fill in BLOCK LETTERS and tick wherever applicable. Affix recent passport size photograph of each "
        "applicant.)"
    )
    for who in ["Applicant", "Co-Applicant"][: ctx.randint(1, 2)]:
        b.h(f"Personal Details - {who}", 3)
        b.fields(
            [
                ("Name", ctx.person().upper()),
                ("Father's / Husband's Name", ctx.person().upper()),
                ("Date of Birth", ctx.date(ctx.birth_date(21, 65))),
                ("Gender", ctx.pick(["Male", "Female"])),
                ("PAN", ctx.pan()),
                ("Aadhaar No.", ctx.code("XXXX XXXX ####")),
                ("Residential Status", ctx.pick(["Resident Indian", "NRI"])),
                ("Occupation", ctx.pick(["Salaried", "Self-employed Professional", "Business"])),
                ("Employer / Business Name", ctx.company()),
                ("Gross Monthly Income (Rs.)", ctx.num(ctx.amount(30000, 500000, whole=True))),
                ("Mobile", ctx.phone()),
                ("Present Address", ctx.address()),
            ],
            columns=2,
        )
    b.h("Loan & Property Details", 3)
    b.fields(
        [
            ("Loan Amount Required (Rs.)", ctx.num(ctx.amount(1000000, 15000000, whole=True))),
            ("Tenure (Years)", str(ctx.pick([10, 15, 20, 25, 30]))),
            (
                "Purpose",
                ctx.pick(
                    ["Purchase of flat", "Construction", "Plot + Construction", "Balance transfer", "Home improvement"]
                ),
            ),
            ("Property Address", ctx.address()),
            ("Builder / Seller", ctx.company()),
            ("Cost of Property (Rs.)", ctx.num(ctx.amount(2000000, 25000000, whole=True))),
        ],
        columns=2,
    )
    b.h("Existing Loans / Obligations", 3)
    b.table(
        ["Lender", "Type of Loan", "EMI (Rs.)", "Balance Outstanding"],
        [
            [
                ctx.pick(["Bajaj Finance", "SBI Card", "Axis Bank"]),
                ctx.pick(["Car Loan", "Personal Loan", "Credit Card"]),
                ctx.num(ctx.amount(2000, 40000)),
                ctx.num(ctx.amount(20000, 900000)),
            ]
        ],
        numeric_from=2,
    )
    b.h("Declaration", 3)
    b.p(
        "I/We declare that all the particulars and information given in the application form are true, correct and "
        "complete and that they shall form the basis of any loan the Bank/HFC may decide to grant me/us. "
        "I/We confirm that I/We have had no insolvency proceedings against me/us nor have I/We ever been adjudicated "
        "insolvent. I/We authorise the Bank to make references and enquiries, including with CIBIL, relevant to the "
        "information in this application."
    )
    b.fields([("Place", ctx.city()), ("Date", ""), ("Signature of Applicant(s)", "")], columns=3)
    return b.build(None)


def loan_application_uk_mortgage(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    value = ctx.amount(120000, 900000, whole=True)
    deposit = value * ctx.amount(0.05, 0.4)
    b.lines(
        [
            ctx.pick(["Nationwide Building Society", "Halifax", "Coventry BS", "Yorkshire Building Society"]),
            "Mortgage Application",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Application type", ctx.pick(["First-time buyer", "Remortgage", "Home mover", "Buy to let"])),
            ("Purchase price / estimated value", ctx.money(value)),
            ("Deposit", ctx.money(deposit)),
            ("Loan required", ctx.money(value - deposit)),
            ("Loan to value (LTV)", f"{(1 - deposit / value) * 100:.0f}%"),
            ("Mortgage term", f"{ctx.pick([20, 25, 30, 35])} years"),
            ("Repayment type", ctx.pick(["Capital and interest", "Interest only", "Part and part"])),
            ("Product", ctx.pick(["2 Year Fixed 4.49%", "5 Year Fixed 4.19%", "Tracker BBR + 0.89%"])),
            ("Decision in Principle reference", ctx.code("DIP-########")),
        ]
    )
    _applicant_block(b, ctx, False, "Applicant 1")
    b.fields(
        [
            ("National Insurance number", ctx.code("??######?")),
            ("Nationality", "British"),
            ("Credit commitments", ctx.money(ctx.amount(0, 900)) + " per month"),
            ("Any CCJs, defaults or bankruptcy in the last 6 years?", "No"),
        ]
    )
    b.p(
        "Your home may be repossessed if you do not keep up repayments on your mortgage. We will carry out a credit "
        "search with a credit reference agency, which will leave a footprint on your credit file."
    )
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        loan_application_urla,
        loan_application_personal,
        loan_application_business,
        loan_application_auto,
        loan_application_india_home,
        loan_application_uk_mortgage,
    ]
}
