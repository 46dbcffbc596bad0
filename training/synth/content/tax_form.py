"""Tax forms: IRS W-2, 1099s, SSA-1099, 1040, W-9, 1098, US state returns, and UK/Indian/EU/Canadian/Australian
equivalents. IRS forms are dense with fixed boilerplate, so much of it is reproduced; a share is left blank,
as the forms people download are."""

from __future__ import annotations

import random
from collections.abc import Sequence

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "tax_form"

IRS = "Department of the Treasury - Internal Revenue Service"
STATES = ["CA", "NY", "TX", "IL", "PA", "OH", "GA", "NC", "MI", "NJ", "VA", "WA", "AZ", "MA", "CO", "MN"]
COPY_B_NOTICE = (
    "This is important tax information and is being furnished to the IRS. If you are required to file a return, "
    "a negligence penalty or other sanction may be imposed on you if this income is taxable and the IRS determines "
    "that it has not been reported."
)


def _year(ctx: Ctx) -> int:
    return ctx.randint(2018, 2024)


def _boxes(b: DocBuilder, ctx: Ctx, boxes: Sequence[tuple[str, str]], blank: bool, columns: int = 2) -> None:
    """IRS-style numbered boxes; a blank form keeps only the labels."""
    b.fields(
        [(k, "" if blank else v) for k, v in boxes],
        sep=ctx.pick(["  ", " ", "\n"]) if not blank else " ",
        columns=columns,
    )


def _payer_recipient(
    ctx: Ctx, blank: bool, payer_word: str = "PAYER'S", recipient_word: str = "RECIPIENT'S"
) -> list[tuple[str, str]]:
    payer = ctx.company()
    return [
        (
            f"{payer_word} name, street address, city or town, state or province, country, ZIP or foreign postal "
            "code, and telephone no.",
            f"{payer} {ctx.address()} {ctx.phone()}",
        ),
        (f"{payer_word} TIN", ctx.ein()),
        (f"{recipient_word} TIN", f"XXX-XX-{ctx.digits(4)}"),
        (f"{recipient_word} name", ctx.person()),
        ("Street address (including apt. no.)", ctx.street()),
        (
            "City or town, state or province, country, and ZIP or foreign postal code",
            ctx.city() + ", " + ctx.pick(STATES) + " " + ctx.digits(5),
        ),
        ("Account number (see instructions)", ctx.digits(10)),
    ]


def tax_form_w2(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.2)
    year = _year(ctx)
    wages = ctx.amount(18000, 240000)
    state = ctx.pick(STATES)
    boxes = [
        ("a Employee's social security number", ctx.ssn()),
        ("OMB No. 1545-0008", ""),
        ("b Employer identification number (EIN)", ctx.ein()),
        ("c Employer's name, address, and ZIP code", f"{ctx.company()} {ctx.address()}"),
        ("d Control number", ctx.digits(8)),
        ("e Employee's first name and initial  Last name  Suff.", ctx.person()),
        ("f Employee's address and ZIP code", ctx.address()),
        ("1 Wages, tips, other compensation", ctx.num(wages)),
        ("2 Federal income tax withheld", ctx.num(wages * ctx.amount(0.08, 0.22))),
        ("3 Social security wages", ctx.num(min(wages, 160200))),
        ("4 Social security tax withheld", ctx.num(min(wages, 160200) * 0.062)),
        ("5 Medicare wages and tips", ctx.num(wages)),
        ("6 Medicare tax withheld", ctx.num(wages * 0.0145)),
        ("7 Social security tips", ""),
        ("8 Allocated tips", ""),
        ("10 Dependent care benefits", ""),
        ("11 Nonqualified plans", ""),
        ("12a See instructions for box 12", f"D {ctx.num(ctx.amount(500, 20000))}" if ctx.chance(0.6) else ""),
        ("12b", f"DD {ctx.num(ctx.amount(2000, 18000))}" if ctx.chance(0.5) else ""),
        ("13 Statutory employee  Retirement plan  Third-party sick pay", "X" if ctx.chance(0.5) else ""),
        ("14 Other", ""),
        ("15 State  Employer's state ID number", f"{state} {ctx.digits(9)}"),
        ("16 State wages, tips, etc.", ctx.num(wages)),
        ("17 State income tax", ctx.num(wages * ctx.amount(0.0, 0.07))),
        ("18 Local wages, tips, etc.", ""),
        ("19 Local income tax", ""),
        ("20 Locality name", ""),
    ]
    if ctx.chance(0.3):
        b.lines(["22222", "Void", "For Official Use Only"])
    _boxes(b, ctx, boxes, blank)
    b.lines([f"Form W-2 Wage and Tax Statement {year}", IRS.replace(" - ", "—")], bold=True)
    b.p(
        ctx.pick(
            [
                "Copy B—To Be Filed With Employee's FEDERAL Tax Return. This information is being furnished to the "
                "Internal Revenue Service.",
                "Copy C—For EMPLOYEE'S RECORDS (See Notice to Employee on the back of Copy B.)",
                "Copy 2—To Be Filed With Employee's State, City, or Local Income Tax Return",
                "Copy A For Social Security Administration. Send this entire page with Form W-3 to the Social "
                "Security Administration; "
                "photocopies are not acceptable.",
            ]
        )
    )
    if ctx.chance(0.5):
        b.h("Notice to Employee", 3)
        b.paras(
            [
                "Do you have to file? Refer to the Form 1040 instructions to determine if you are required to file a "
                "tax return. "
                "Even if you don't have to file a tax return, you may be eligible for a refund if box 2 shows an "
                "amount or if you are "
                "eligible for any credit.",
                "Earned income credit (EIC). You may be able to take the EIC for "
                + str(year)
                + " if your adjusted gross income (AGI) is less "
                "than a certain amount.",
                "Box 12. The following list explains the codes shown in box 12. A—Uncollected social security or "
                "RRTA tax on tips. "
                "C—Taxable cost of group-term life insurance over $50,000. D—Elective deferrals to a section 401(k) "
                "cash or deferred "
                "arrangement. DD—Cost of employer-sponsored health coverage. W—Employer contributions to your Health "
                "Savings Account.",
            ],
            small=True,
        )
    return b.build(None, "page")


FORMS_1099 = {
    "NEC": (
        "Nonemployee Compensation",
        "1545-0116",
        [
            "1 Nonemployee compensation",
            "2 Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale",
            "3 Excess golden parachute payments",
            "4 Federal income tax withheld",
            "5 State tax withheld",
            "6 State/Payer's state no.",
            "7 State income",
        ],
    ),
    "MISC": (
        "Miscellaneous Information",
        "1545-0115",
        [
            "1 Rents",
            "2 Royalties",
            "3 Other income",
            "4 Federal income tax withheld",
            "5 Fishing boat proceeds",
            "6 Medical and health care payments",
            "7 Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale",
            "8 Substitute payments in lieu of dividends or interest",
            "9 Crop insurance proceeds",
            "10 Gross proceeds paid to an attorney",
            "11 Fish purchased for resale",
            "12 Section 409A deferrals",
            "13 FATCA filing requirement",
            "14 Excess golden parachute payments",
            "15 Nonqualified deferred compensation",
            "16 State tax withheld",
            "17 State/Payer's state no.",
            "18 State income",
        ],
    ),
    "INT": (
        "Interest Income",
        "1545-0112",
        [
            "Payer's RTN (optional)",
            "1 Interest income",
            "2 Early withdrawal penalty",
            "3 Interest on U.S. Savings Bonds and Treasury obligations",
            "4 Federal income tax withheld",
            "5 Investment expenses",
            "6 Foreign tax paid",
            "7 Foreign country or U.S. possession",
            "8 Tax-exempt interest",
            "9 Specified private activity bond interest",
            "10 Market discount",
            "11 Bond premium",
            "12 Bond premium on Treasury obligations",
            "13 Bond premium on tax-exempt bond",
            "14 Tax-exempt and tax credit bond CUSIP no.",
            "15 State",
            "16 State identification no.",
            "17 State tax withheld",
        ],
    ),
    "DIV": (
        "Dividends and Distributions",
        "1545-0110",
        [
            "1a Total ordinary dividends",
            "1b Qualified dividends",
            "2a Total capital gain distr.",
            "2b Unrecap. Sec. 1250 gain",
            "2c Section 1202 gain",
            "2d Collectibles (28%) gain",
            "2e Section 897 ordinary dividends",
            "2f Section 897 capital gain",
            "3 Nondividend distributions",
            "4 Federal income tax withheld",
            "5 Section 199A dividends",
            "6 Investment expenses",
            "7 Foreign tax paid",
            "8 Foreign country or U.S. possession",
            "9 Cash liquidation distributions",
            "10 Noncash liquidation distributions",
            "11 FATCA filing requirement",
            "12 Exempt-interest dividends",
            "13 Specified private activity bond interest dividends",
            "14 State",
            "15 State identification no.",
            "16 State tax withheld",
        ],
    ),
    "R": (
        "Distributions From Pensions, Annuities, Retirement or Profit-Sharing Plans, IRAs, Insurance Contracts, etc.",
        "1545-0119",
        [
            "1 Gross distribution",
            "2a Taxable amount",
            "2b Taxable amount not determined  Total distribution",
            "3 Capital gain (included in box 2a)",
            "4 Federal income tax withheld",
            "5 Employee contributions/Designated Roth contributions or insurance premiums",
            "7 Distribution code(s)  IRA/SEP/SIMPLE",
            "9a Your percentage of total distribution",
            "14 State tax withheld",
            "15 State/Payer's state no.",
            "16 State distribution",
        ],
    ),
}


def _form_1099(rng: random.Random, kinds: Sequence[str]) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    kind = ctx.pick(kinds)
    name, omb, boxes = FORMS_1099[kind]
    blank = ctx.chance(0.25)
    year = _year(ctx)
    if ctx.chance(0.5):
        b.lines(["VOID  CORRECTED" if ctx.chance(0.5) else "CORRECTED (if checked)"])
    _boxes(b, ctx, _payer_recipient(ctx, blank), blank, columns=1)
    filled = []
    for i, box in enumerate(boxes):
        value = ""
        if i < 3 or ctx.chance(0.25):
            value = ctx.num(ctx.amount(10, 60000)) if "State" not in box else ctx.pick(STATES)
        filled.append((box, value))
    _boxes(b, ctx, filled, blank)
    b.lines(
        [
            f"Form 1099-{kind} {ctx.pick(['', '(Rev. January 2024)', '(Rev. April 2025)'])}".strip(),
            f"{name}",
            f"OMB No. {omb}",
            f"For calendar year {year}" if kind != "NEC" else str(year),
            "Copy B For Recipient" if ctx.chance(0.7) else "Copy 1 For State Tax Department",
        ]
    )
    b.p(COPY_B_NOTICE, small=True)
    b.p(f"www.irs.gov/Form1099{kind}  {IRS}", small=True)
    if ctx.chance(0.4):
        b.h("Instructions for Recipient", 3)
        b.p(
            "Recipient's taxpayer identification number (TIN). For your protection, this form may show only the last "
            "four digits of your "
            "TIN (social security number (SSN), individual taxpayer identification number (ITIN), adoption taxpayer "
            "identification number "
            "(ATIN), or employer identification number (EIN)). However, the issuer has reported your complete TIN to "
            "the IRS.",
            small=True,
        )
    return b.build(None)


def tax_form_1099_nec_misc(rng: random.Random) -> SyntheticDocument:
    return _form_1099(rng, ["NEC", "NEC", "MISC", "R"])


def tax_form_1099_int_div(rng: random.Random) -> SyntheticDocument:
    return _form_1099(rng, ["INT", "DIV"])


def tax_form_ssa1099(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    year = _year(ctx)
    paid = ctx.amount(8000, 45000)
    part_b = ctx.amount(1500, 2400)
    b.lines(["FORM SSA-1099 \u2013 SOCIAL SECURITY BENEFIT STATEMENT", str(year)], bold=True)
    b.lines(
        [
            "PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME.",
            "SEE THE REVERSE FOR MORE INFORMATION.",
        ]
    )
    b.fields(
        [
            ("Box 1. Name", ctx.person().upper()),
            ("Box 2. Beneficiary's Social Security Number", ctx.ssn()),
            (f"Box 3. Benefits Paid in {year}", ctx.num(paid)),
            (f"Box 4. Benefits Repaid to SSA in {year}", "NONE"),
            (f"Box 5. Net Benefits for {year} (Box 3 minus Box 4)", ctx.num(paid)),
        ]
    )
    b.h("DESCRIPTION OF AMOUNT IN BOX 3", 3)
    b.fields(
        [
            ("Paid by check or direct deposit", ctx.num(paid - part_b)),
            ("Medicare Part B premiums deducted from your benefits", ctx.num(part_b)),
            ("Total Additions", ctx.num(paid)),
            (f"Benefits for {year}", ctx.num(paid)),
        ]
    )
    b.fields(
        [
            ("Box 6. Voluntary Federal Income Tax Withholding", "NONE" if ctx.chance(0.6) else ctx.num(paid * 0.1)),
            ("Box 7. Address", ctx.address().upper()),
            ("Box 8. Claim Number (Use this number if you need to contact SSA.)", ctx.code("#########??")),
        ]
    )
    b.p("Form SSA-1099-SM (1-2024)  DO NOT RETURN THIS FORM TO SSA OR IRS", small=True)
    return b.build(None)


def tax_form_1040(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.35)
    year = _year(ctx)
    wages = ctx.amount(15000, 250000)
    agi = wages + ctx.amount(0, 8000)
    std = 13850.0 if ctx.chance(0.6) else 27700.0
    taxable = max(0.0, agi - std)
    tax = taxable * ctx.amount(0.08, 0.2)
    withheld = tax * ctx.amount(0.8, 1.3)
    b.lines(
        [
            f"Form 1040  {IRS.replace(' - ', '—')}",
            f"U.S. Individual Income Tax Return {year}",
            "OMB No. 1545-0074",
            "IRS Use Only—Do not write or staple in this space.",
        ],
        bold=True,
    )
    b.p(
        f"For the year Jan. 1\u2013Dec. 31, {year}, or other tax year beginning , {year}, ending , 20  See separate "
        "instructions."
    )
    first, last = ctx.first_name(), ctx.last_name()
    _boxes(
        b,
        ctx,
        [
            ("Your first name and middle initial", first),
            ("Last name", last),
            ("Your social security number", ctx.ssn()),
            ("If joint return, spouse's first name and middle initial", ""),
            ("Home address (number and street). If you have a P.O. box, see instructions.", ctx.street()),
            ("Apt. no.", ""),
            ("City, town, or post office. If you have a foreign address, also complete spaces below.", ctx.city()),
            ("State", ctx.pick(STATES)),
            ("ZIP code", ctx.digits(5)),
        ],
        blank,
    )
    b.p(
        "Presidential Election Campaign. Check here if you, or your spouse if filing jointly, want $3 to go to this "
        "fund. "
        "Checking a box below will not change your tax or refund.  You  Spouse"
    )
    b.p(
        "Filing Status. Check only one box. Single  Married filing jointly (even if only one had income)  Married "
        "filing separately (MFS)  "
        "Head of household (HOH)  Qualifying surviving spouse (QSS)"
    )
    b.p(
        f"Digital Assets. At any time during {year}, did you: (a) receive (as a reward, award, or payment for "
        "property or services); or "
        "(b) sell, exchange, or otherwise dispose of a digital asset (or a financial interest in a digital asset)? "
        "(See instructions.)  Yes  No"
    )
    b.p(
        "Standard Deduction. Someone can claim: You as a dependent  Your spouse as a dependent  Spouse itemizes on a "
        "separate return or you were a dual-status alien"
    )
    b.p(
        "Dependents (see instructions): (1) First name  Last name  (2) Social security number  (3) Relationship to "
        "you  (4) Check the box if qualifies for: Child tax credit  Credit for other dependents"
    )
    lines = [
        ("1a Total amount from Form(s) W-2, box 1 (see instructions)", ctx.num(wages)),
        ("1z Add lines 1a through 1h", ctx.num(wages)),
        ("2a Tax-exempt interest", ""),
        ("2b Taxable interest", ctx.num(ctx.amount(0, 900))),
        ("3a Qualified dividends", ""),
        ("3b Ordinary dividends", ctx.num(ctx.amount(0, 3000))),
        ("4a IRA distributions", ""),
        ("4b Taxable amount", ""),
        ("5a Pensions and annuities", ""),
        ("6a Social security benefits", ""),
        ("7 Capital gain or (loss). Attach Schedule D if required.", ctx.num(ctx.amount(0, 5000))),
        ("8 Additional income from Schedule 1, line 10", ""),
        ("9 Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", ctx.num(agi)),
        ("10 Adjustments to income from Schedule 1, line 26", ""),
        ("11 Subtract line 10 from line 9. This is your adjusted gross income", ctx.num(agi)),
        ("12 Standard deduction or itemized deductions (from Schedule A)", ctx.num(std)),
        ("13 Qualified business income deduction from Form 8995 or Form 8995-A", ""),
        ("14 Add lines 12 and 13", ctx.num(std)),
        ("15 Subtract line 14 from line 11. If zero or less, enter -0-. This is your taxable income", ctx.num(taxable)),
    ]
    b.h("Income", 3)
    _boxes(b, ctx, lines, blank, columns=1)
    b.p(
        "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate instructions.  Cat. No. "
        "11320B  Form 1040 (" + str(year) + ")",
        small=True,
    )
    if ctx.chance(0.6):
        page2 = [
            ("16 Tax (see instructions). Check if any from Form(s): 8814  4972", ctx.num(tax)),
            ("24 Add lines 22 and 23. This is your total tax", ctx.num(tax)),
            ("25a Federal income tax withheld from: Form(s) W-2", ctx.num(withheld)),
            ("25b Form(s) 1099", ""),
            ("27 Earned income credit (EIC)", ""),
            ("33 Add lines 25d, 26, and 32. These are your total payments", ctx.num(withheld)),
            (
                "34 If line 33 is more than line 24, subtract line 24 from line 33. This is the amount you overpaid",
                ctx.num(max(0.0, withheld - tax)),
            ),
            (
                "35a Amount of line 34 you want refunded to you. If Form 8888 is attached, check here",
                ctx.num(max(0.0, withheld - tax)),
            ),
            ("b Routing number", ctx.digits(9)),
            ("c Type: Checking  Savings", "X"),
            ("d Account number", ctx.digits(10)),
            ("37 Subtract line 33 from line 24. This is the amount you owe.", ctx.num(max(0.0, tax - withheld))),
        ]
        b.h("Tax and Credits / Payments / Refund", 3)
        _boxes(b, ctx, page2, blank, columns=1)
        b.p(
            "Sign Here. Under penalties of perjury, I declare that I have examined this return and accompanying "
            "schedules and statements, "
            "and to the best of my knowledge and belief, they are true, correct, and complete. Declaration of "
            "preparer (other than taxpayer) "
            "is based on all information of which preparer has any knowledge."
        )
        b.fields(
            [
                ("Your signature", ""),
                ("Date", ""),
                ("Your occupation", "" if blank else ctx.pick(["Teacher", "Engineer", "Nurse", "Manager"])),
                ("Paid Preparer Use Only  Preparer's name", ""),
                ("PTIN", ""),
                ("Firm's EIN", ""),
            ],
            columns=3,
        )
        b.p("Go to www.irs.gov/Form1040 for instructions and the latest information.", small=True)
    return b.build(None)


def tax_form_w9(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.45)
    b.lines(["Form W-9", "(Rev. March 2024)", "Department of the Treasury Internal Revenue Service"], bold=True)
    b.lines(["Request for Taxpayer Identification Number and Certification"], bold=True)
    b.lines(
        [
            "Go to www.irs.gov/FormW9 for instructions and the latest information.",
            "Give form to the requester. Do not send to the IRS.",
        ]
    )
    name = ctx.person() if ctx.chance(0.6) else ctx.company()
    _boxes(
        b,
        ctx,
        [
            (
                "1 Name of entity/individual. An entry is required. (For a sole proprietor or disregarded entity, "
                "enter the owner's name on line 1.)",
                name,
            ),
            ("2 Business name/disregarded entity name, if different from above.", ""),
            (
                "3a Check the appropriate box for federal tax classification of the entity/individual whose name is "
                "entered on line 1. "
                "Check only one of the following seven boxes. Individual/sole proprietor  C corporation  S "
                "corporation  Partnership  "
                "Trust/estate  LLC. Enter the tax classification (C = C corporation, S = S corporation, P = "
                "Partnership)  Other (see instructions)",
                ctx.pick(["X Individual/sole proprietor", "X LLC  P", "X C corporation"]),
            ),
            (
                "4 Exemptions (codes apply only to certain entities, not individuals; see instructions on page 3): "
                "Exempt payee code (if any)",
                "",
            ),
            ("Exemption from Foreign Account Tax Compliance Act (FATCA) reporting code (if any)", ""),
            ("5 Address (number, street, and apt. or suite no.). See instructions.", ctx.street()),
            ("Requester's name and address (optional)", ""),
            ("6 City, state, and ZIP code", f"{ctx.city()}, {ctx.pick(STATES)} {ctx.digits(5)}"),
            ("7 List account number(s) here (optional)", ""),
        ],
        blank,
        columns=1,
    )
    b.h("Part I Taxpayer Identification Number (TIN)", 3)
    b.p(
        "Enter your TIN in the appropriate box. The TIN provided must match the name given on line 1 to avoid backup "
        "withholding. "
        "For individuals, this is generally your social security number (SSN). However, for a resident alien, sole "
        "proprietor, or "
        "disregarded entity, see the instructions for Part I, later. For other entities, it is your employer "
        "identification number (EIN)."
    )
    b.fields(
        [("Social security number", "" if blank else ctx.ssn()), ("or Employer identification number", "")], columns=2
    )
    b.h("Part II Certification", 3)
    b.p(
        "Under penalties of perjury, I certify that: 1. The number shown on this form is my correct taxpayer "
        "identification number (or I am "
        "waiting for a number to be issued to me); and 2. I am not subject to backup withholding because (a) I am "
        "exempt from backup "
        "withholding, or (b) I have not been notified by the Internal Revenue Service (IRS) that I am subject to "
        "backup withholding as a "
        "result of a failure to report all interest or dividends, or (c) the IRS has notified me that I am no longer "
        "subject to backup "
        "withholding; and 3. I am a U.S. citizen or other U.S. person (defined below); and 4. The FATCA code(s) "
        "entered on this form (if "
        "any) indicating that I am exempt from FATCA reporting is correct."
    )
    b.fields([("Sign Here  Signature of U.S. person", ""), ("Date", "" if blank else ctx.date(ctx.day()))], columns=2)
    if ctx.chance(0.6):
        b.h("General Instructions", 3)
        b.p(
            "Section references are to the Internal Revenue Code unless otherwise noted. Future developments. For "
            "the latest information "
            "about developments related to Form W-9 and its instructions, such as legislation enacted after they "
            "were published, go to "
            "www.irs.gov/FormW9. Purpose of Form. An individual or entity (Form W-9 requester) who is required to "
            "file an information "
            "return with the IRS is giving you this form because they must obtain your correct taxpayer "
            "identification number (TIN), which "
            "may be your social security number (SSN), individual taxpayer identification number (ITIN), adoption "
            "taxpayer identification "
            "number (ATIN), or employer identification number (EIN), to report on an information return the amount "
            "paid to you, or other "
            "amount reportable on an information return.",
            small=True,
        )
    b.p("Cat. No. 10231X  Form W-9 (Rev. 3-2024)", small=True)
    return b.build(None)


def tax_form_1098(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.2)
    year = _year(ctx)
    principal = ctx.amount(60000, 900000)
    b.lines(
        [
            "CORRECTED (if checked)",
            f"Form 1098 (Rev. January 2024)  Mortgage Interest Statement  For calendar year {year}",
            "OMB No. 1545-1380",
        ]
    )
    _boxes(
        b,
        ctx,
        [
            (
                "RECIPIENT'S/LENDER'S name, street address, city or town, state or province, country, ZIP or foreign "
                "postal code, and telephone no.",
                f"{ctx.pick(['Rocket Mortgage', 'First Home Loans', 'Union Savings Bank', 'Guild Mortgage Co.'])} "
                f"{ctx.address()}",
            ),
            ("RECIPIENT'S TIN", ctx.ein()),
            ("PAYER'S/BORROWER'S TIN", f"***-**-{ctx.digits(4)}"),
            ("PAYER'S/BORROWER'S name", ctx.person()),
            ("1 Mortgage interest received from payer(s)/borrower(s)*", ctx.num(principal * ctx.amount(0.025, 0.07))),
            ("2 Outstanding mortgage principal", ctx.num(principal)),
            ("3 Mortgage origination date", ctx.date(ctx.day(2005, 2023), 0)),
            ("4 Refund of overpaid interest", "0.00"),
            ("5 Mortgage insurance premiums", ctx.num(ctx.amount(0, 1800))),
            ("6 Points paid on purchase of principal residence", "0.00"),
            (
                "7 If address of property securing mortgage is the same as PAYER'S/BORROWER'S address, the box is "
                "checked, or the address or description is entered in box 8.",
                "X",
            ),
            ("8 Address or description of property securing mortgage", ""),
            ("9 Number of properties securing the mortgage", "1"),
            ("10 Other", f"Property tax {ctx.num(ctx.amount(800, 9000))}"),
            ("11 Mortgage acquisition date", ""),
        ],
        blank,
    )
    b.p(
        "*Caution: The amount shown may not be fully deductible by you. Limits based on the loan amount and the cost "
        "and value of the secured "
        "property may apply. Also, you may only deduct interest to the extent it was incurred by you, actually paid "
        "by you, and not reimbursed "
        "by another person.  Copy B For Payer/Borrower. The information in boxes 1 through 9 and 11 is important tax "
        "information and is being "
        "furnished to the IRS.",
        small=True,
    )
    return b.build(None)


def tax_form_state_return(rng: random.Random) -> SyntheticDocument:
    """State income tax returns: New York IT-201, California 540, and a few others in the same spirit."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.3)
    year = _year(ctx)
    fagi = ctx.amount(20000, 300000)
    which = ctx.pick(["NY", "NY", "CA", "IL", "NJ", "PA"])
    if which == "NY":
        b.lines(
            [
                "New York State Department of Taxation and Finance",
                "Resident Income Tax Return",
                "New York State • New York City • Yonkers • MCTMT",
                f"IT-201 {year}",
            ],
            bold=True,
        )
        b.p(
            f"For the full year January 1, {year}, through December 31, {year}, or fiscal year beginning ... and "
            "ending ..."
        )
        ident = [
            ("Your first name", ctx.first_name()),
            ("MI", ctx.code("?")),
            ("Your last name", ctx.last_name()),
            ("Your date of birth (mmddyyyy)", ctx.birth_date().strftime("%m%d%Y")),
            ("Your Social Security number", ctx.ssn()),
            ("Mailing address (see instructions, page 13) (number and street or PO box)", ctx.street()),
            ("NYS county of residence", ctx.pick(["Kings", "Queens", "Erie", "Albany", "Westchester", "Monroe"])),
            ("School district name", ctx.city()),
            ("School district code number", ctx.digits(3)),
        ]
        _boxes(b, ctx, ident, blank)
        b.p(
            "(A) Filing status (mark an X in one box): 1 Single 2 Married filing joint return (enter spouse's Social "
            "Security number above) 3 Married filing separate return 4 Head of household (with qualifying person) 5 "
            "Qualifying surviving spouse"
        )
        b.p(
            f"(B) Did you itemize your deductions on your {year} federal income tax return? Yes No  (C) Can you be "
            "claimed as a dependent on another taxpayer's federal return? Yes No  (D1) Did you have a financial "
            "account located in a foreign country? Yes No"
        )
        lines = [
            ("1 Wages, salaries, tips, etc.", fagi),
            ("2 Taxable interest income", ctx.amount(0, 900)),
            ("3 Ordinary dividends", ctx.amount(0, 2000)),
            ("17 Add lines 1 through 11 and 14 through 16", fagi),
            ("19 Federal adjusted gross income", fagi),
            (
                "20 Interest income on state and local bonds and obligations (but not those of New York State or its "
                "local governments)",
                0.0,
            ),
            ("21 Public employee 414(h) retirement contributions", 0.0),
            ("24 Add lines 19 through 23", fagi),
            ("27 Taxable amount of Social Security benefits (from line 15)", 0.0),
            ("32 Add lines 25 through 31", 0.0),
            ("33 New York adjusted gross income (subtract line 32 from line 24)", fagi),
            ("34 Standard deduction or itemized deduction", 8000.0),
            ("37 Taxable income (subtract line 36 from line 35)", fagi - 8000),
            ("39 NYS tax on line 38 amount", (fagi - 8000) * 0.055),
            ("46 Total New York State taxes", (fagi - 8000) * 0.055),
            ("47a NYC resident tax on line 47 amount", (fagi - 8000) * 0.035),
            ("72 New York State tax withheld", (fagi - 8000) * 0.06),
            ("73 New York City tax withheld", (fagi - 8000) * 0.036),
            ("76 Total payments", (fagi - 8000) * 0.096),
            ("78 Amount of line 77 to be refunded", ctx.amount(0, 1500)),
            ("80 Amount you owe", 0.0),
        ]
        footer = (
            "Taxpayer(s) must sign here. Paid preparer must complete. "
            "See instructions for where to mail your return.  201001230094"
        )
    elif which == "CA":
        b.lines(
            [f"FORM 540  California Resident Income Tax Return {year}", "State of California Franchise Tax Board"],
            bold=True,
        )
        _boxes(
            b,
            ctx,
            [
                ("Your first name", ctx.first_name()),
                ("Last name", ctx.last_name()),
                ("Your SSN or ITIN", ctx.ssn()),
                ("Street address (number and street) or PO box", ctx.street()),
                ("City", ctx.city()),
                ("ZIP code", ctx.digits(5)),
                ("Date of Birth", ctx.date(ctx.birth_date(), 0)),
            ],
            blank,
        )
        b.p(
            "Filing Status. 1 Single 2 Married/RDP filing jointly. 3 Married/RDP filing separately. 4 Head of "
            "household. 5 Qualifying surviving spouse/RDP."
        )
        lines = [
            ("7 Personal: If you checked 1, 3, or 4 above, enter 1.", 144.0),
            ("12 State wages from your federal Form(s) W-2, box 16", fagi),
            ("13 Enter federal adjusted gross income from your federal Form 1040 or 1040-SR, line 11", fagi),
            (
                "14 California adjustments - subtractions. Enter the amount from Schedule CA (540), Part I, line 27, "
                "column B",
                0.0,
            ),
            ("17 California adjusted gross income. Combine line 15 and line 16", fagi),
            (
                "18 Enter the larger of: Your California itemized deductions or Your California standard deduction",
                5363.0,
            ),
            ("19 Subtract line 18 from line 17. This is your taxable income", fagi - 5363),
            ("31 Tax. Check the box if from: Tax Table  Tax Rate Schedule", (fagi - 5363) * 0.06),
            ("64 Total tax", (fagi - 5363) * 0.06),
            ("71 California income tax withheld", (fagi - 5363) * 0.065),
            ("97 Overpaid tax", ctx.amount(0, 900)),
            ("115 Refund or no amount due", ctx.amount(0, 900)),
        ]
        footer = (
            "Sign Here. Under penalties of perjury, I declare that I have examined this tax return, including "
            "accompanying schedules and statements, and to the best of my knowledge and belief, it is true, "
            "correct, and complete."
        )
    else:
        names = {
            "IL": ("Illinois Department of Revenue", "IL-1040 Individual Income Tax Return"),
            "NJ": ("State of New Jersey Division of Taxation", "NJ-1040 Resident Income Tax Return"),
            "PA": ("Pennsylvania Department of Revenue", "PA-40 Personal Income Tax Return"),
        }
        dept, form = names[which]
        b.lines([dept, f"{year} Form {form}"], bold=True)
        _boxes(
            b,
            ctx,
            [
                ("Your first name and initial", ctx.first_name()),
                ("Your last name", ctx.last_name()),
                ("Your Social Security number", ctx.ssn()),
                ("Mailing address", ctx.street()),
                ("City, State, ZIP", ctx.city()),
            ],
            blank,
        )
        lines = [
            ("1 Federal adjusted gross income from your federal Form 1040", fagi),
            ("Wages, salaries, tips, etc.", fagi),
            ("Exemption allowance", 2425.0),
            ("Taxable income", fagi - 2425),
            ("Tax", (fagi - 2425) * 0.0495),
            ("Total tax", (fagi - 2425) * 0.0495),
            ("Income tax withheld", (fagi - 2425) * 0.05),
            ("Overpayment / Refund", ctx.amount(0, 700)),
            ("Amount you owe", 0.0),
        ]
        footer = (
            "Under penalties of perjury, I state that I have examined this return and, to the best of my knowledge, "
            "it is true, correct, and complete."
        )
    _boxes(b, ctx, [(k, ctx.num(v)) for k, v in lines], blank, columns=1)
    b.p(footer, small=True)
    return b.build(None)


def tax_form_uk(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    year = ctx.randint(2019, 2025)
    pay = ctx.amount(14000, 120000)
    tax = pay * ctx.amount(0.1, 0.3)
    if ctx.chance(0.5):
        b.lines(["P60 End of Year Certificate", f"Tax year to 5 April {year}", "HM Revenue & Customs"], bold=True)
        b.p(
            "To the employee: Please keep this certificate in a safe place as you will need it if you have to fill "
            "in a tax return. You also need it to make a claim for tax credits or to renew your claim. It also helps "
            "you check that your employer is using the correct National Insurance number and deducting the right "
            "rate of National Insurance contributions. By law you are required to tell HM Revenue and Customs about "
            "any income that is not fully taxed, even if you are not sent a tax return."
        )
        b.fields(
            [
                ("Employee's details: Surname", ctx.last_name()),
                ("Forenames or initials", ctx.first_name()),
                ("National Insurance number", ctx.code("??######?")),
                ("Works/payroll number", ctx.digits(6)),
            ]
        )
        b.table(
            ["Pay and Income Tax details", "Pay", "Tax deducted"],
            [
                ["In previous employment(s)", "0.00", "0.00"],
                ["In this employment", ctx.num(pay), ctx.num(tax)],
                ["Total for year", ctx.num(pay), ctx.num(tax)],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Final tax code", ctx.pick(["1257L", "1250L", "BR", "K100"])),
                ("NIC table letter", "A"),
                ("Earnings at the Lower Earnings Limit (LEL)", ctx.num(6396)),
                ("Employee's contributions due on all earnings above the PT", ctx.num(pay * 0.1)),
                ("Employer PAYE reference", ctx.code("###/?#####")),
                ("Employer's name and address", f"{ctx.company()}, {ctx.address()}"),
            ]
        )
        b.p(
            "Certificate by Employer/Paying Office: This form shows your total pay for Income Tax purposes in this "
            "employment for the year. Any overtime, bonus, commission etc, Statutory Sick Pay, Statutory Maternity "
            "Pay, Statutory Paternity Pay, Statutory Shared Parental Pay or Statutory Adoption Pay is included.",
            small=True,
        )
    else:
        b.lines(
            [
                "HM Revenue & Customs",
                "SA302 Tax Calculation" if ctx.chance(0.5) else f"Self Assessment: Tax Return {year}",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Name", ctx.person()),
                ("Unique Taxpayer Reference (UTR)", ctx.digits(10)),
                ("Tax year", f"6 April {year - 1} to 5 April {year}"),
                ("Issue address", ctx.address()),
            ]
        )
        b.table(
            ["", "£"],
            [
                ["Pay from all employments", ctx.num(pay)],
                ["Profit from self-employment", ctx.num(ctx.amount(0, 30000))],
                ["Interest from UK banks, building societies etc.", ctx.num(ctx.amount(0, 600))],
                ["Total income received", ctx.num(pay)],
                ["minus Personal Allowance", "12,570.00"],
                ["Total income on which tax is due", ctx.num(pay - 12570)],
                ["Basic rate 20%", ctx.num(min(pay, 50270) * 0.2)],
                ["Higher rate 40%", ctx.num(max(0.0, pay - 50270) * 0.4)],
                ["Class 4 National Insurance contributions", ctx.num(ctx.amount(0, 2500))],
                ["Income Tax due", ctx.num(tax)],
                ["minus Tax deducted (PAYE)", ctx.num(tax * 0.95)],
                ["Total tax due for " + str(year), ctx.num(tax * 0.05)],
            ],
            numeric_from=1,
        )
        b.p(
            "This calculation does not take into account any payments on account you may have made. Please see your "
            "Self Assessment Statement for details of amounts due and paid.",
            small=True,
        )
    return b.build(None)


def tax_form_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    ay = ctx.randint(2019, 2025)
    income = ctx.amount(300000, 4500000, whole=True)
    tax = round(income * ctx.amount(0.02, 0.22))
    if ctx.chance(0.5):
        b.lines(
            ["INDIAN INCOME TAX RETURN ACKNOWLEDGEMENT", f"Assessment Year {ay}-{str(ay + 1)[2:]}"],
            bold=True,
            align="center",
        )
        b.p(
            "[Where the data of the Return of Income in Form ITR-1 (SAHAJ), ITR-2, ITR-3, ITR-4 (SUGAM), ITR-5, "
            "ITR-6, ITR-7 filed and verified] (Please see Rule 12 of the Income-tax Rules, 1962)"
        )
        b.fields(
            [
                ("PAN", ctx.pan()),
                ("Name", ctx.person().upper()),
                ("Address", ctx.address()),
                ("Status", "Individual"),
                ("Form Number", ctx.pick(["ITR-1", "ITR-2", "ITR-3", "ITR-4"])),
                ("e-Filing Acknowledgement Number", ctx.digits(15)),
                ("Filed u/s", "139(1)-On or before due date"),
                ("Date of filing", ctx.date(ctx.day())),
            ]
        )
        b.table(
            None,
            [
                ["1", "Current Year business loss, if any", "0"],
                ["2", "Total Income", ctx.num(income, 0)],
                ["3", "Book Profit under MAT, where applicable", "0"],
                ["5", "Net tax payable", ctx.num(tax, 0)],
                ["6", "Interest and Fee Payable", "0"],
                ["7", "Total tax, interest and Fee payable", ctx.num(tax, 0)],
                ["8", "Taxes Paid", ctx.num(tax + ctx.amount(-5000, 20000, whole=True), 0)],
                ["9", "(+)Tax Payable /(-)Refundable (7-8)", ctx.num(ctx.amount(-20000, 5000, whole=True), 0)],
            ],
            numeric_from=2,
        )
        b.p(
            f"This return has been digitally signed by {ctx.person().upper()} in the capacity of Self having PAN "
            f"{ctx.pan()} from IP address "
            f"{ctx.randint(10, 223)}.{ctx.randint(0, 255)}.{ctx.randint(0, 255)}.{ctx.randint(1, 254)}"
        )
        b.p(
            "System Generated Barcode/QR Code. Income Tax Department, Centralized Processing Centre, Bengaluru - "
            "560500",
            small=True,
        )
    else:
        b.lines(["FORM NO. 16", "[See rule 31(1)(a)]", "PART A"], bold=True, align="center")
        b.p(
            "Certificate under Section 203 of the Income-tax Act, 1961 for tax deducted at source on salary paid to "
            "an employee under section 192 or pension/interest income of specified senior citizen under section 194P"
        )
        b.fields(
            [
                ("Certificate No.", ctx.code("??????")),
                ("Last updated on", ctx.date(ctx.day())),
                ("Name and address of the Employer/Specified Bank", f"{ctx.company()} {ctx.address()}"),
                ("Name and address of the Employee/Specified senior citizen", f"{ctx.person()} {ctx.address()}"),
                ("PAN of the Deductor", ctx.pan()),
                ("TAN of the Deductor", ctx.code("????#####?")),
                ("PAN of the Employee/Specified senior citizen", ctx.pan()),
                ("CIT (TDS)", f"The Commissioner of Income Tax (TDS) {ctx.city()}"),
                ("Assessment Year", f"{ay}-{str(ay + 1)[2:]}"),
                ("Period with the Employer", f"From 01-Apr-{ay - 1} To 31-Mar-{ay}"),
            ]
        )
        b.p("Summary of amount paid/credited and tax deducted at source thereon in respect of the employee")
        q = [round(income / 4)] * 4
        b.table(
            [
                "Quarter(s)",
                "Receipt Numbers of original quarterly statements of TDS under sub-section (3) of section 200",
                "Amount paid/credited",
                "Amount of tax deducted (Rs.)",
                "Amount of tax deposited/remitted (Rs.)",
            ],
            [[f"Q{i + 1}", ctx.code("????????"), ctx.num(q[i]), ctx.num(tax / 4), ctx.num(tax / 4)] for i in range(4)]
            + [["Total (Rs.)", "", ctx.num(income), ctx.num(tax), ctx.num(tax)]],
            numeric_from=2,
        )
        b.h("Verification", 3)
        b.p(
            f"I, {ctx.person()}, son/daughter of {ctx.person()} working in the capacity of "
            f"{ctx.pick(['Director', 'HR Manager', 'Finance Controller'])} (designation) do hereby certify that a "
            f"sum of Rs. {ctx.num(tax)} has been deducted and deposited to the credit of the Central Government. I "
            "further certify that the information given above is true, complete and correct and is based on the "
            "books of account, documents, TDS statements, TDS deposited and other available records."
        )
    return b.build(None)


def tax_form_eu_assessment(rng: random.Random) -> SyntheticDocument:
    """Tax assessments and returns from France, Germany, the Netherlands and Spain."""
    lang = rng.choice(["fr", "de", "nl", "es"])
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "es": "es_ES"}[lang])
    b = start(LABEL, ctx)
    year = ctx.randint(2018, 2024)
    income = ctx.amount(15000, 180000, whole=True)
    tax = income * ctx.amount(0.05, 0.3)
    if lang == "fr":
        b.lines(
            [
                "DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES",
                f"AVIS D'IMPÔT {year + 1}",
                f"IMPÔT SUR LES REVENUS de l'année {year}",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Numéro fiscal", ctx.code("## ## ### ### ###")),
                ("N° de l'avis", ctx.code("## ## ####### ##")),
                ("Référence de l'avis", ctx.code("## ## ?######## ##")),
                ("Déclarant 1", ctx.person()),
                ("Adresse", ctx.address()),
                ("Centre des Finances Publiques", f"SIP {ctx.city().upper()}"),
            ]
        )
        b.table(
            ["Vos revenus", "Déclarant 1", "Déclarant 2"],
            [
                ["Salaires, pensions, rentes nets", ctx.num(income, 0), ""],
                ["Revenu brut global", ctx.num(income, 0), ""],
                ["Revenu imposable", ctx.num(income * 0.9, 0), ""],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Revenu fiscal de référence", ctx.num(income * 0.9, 0)),
                ("Nombre de parts", ctx.pick(["1", "1,5", "2", "2,5", "3"])),
                ("Impôt sur le revenu net", ctx.money(tax)),
                ("Prélèvements à la source déjà versés", ctx.money(tax * 0.95)),
                ("Montant restant à payer", ctx.money(tax * 0.05)),
                ("Taux de prélèvement à la source", f"{ctx.num(ctx.amount(0, 20), 1)} %"),
            ]
        )
        b.p(
            "Ce document est à conserver. Il peut vous être demandé pour obtenir certaines aides ou prestations. "
            "Pour toute question, rendez-vous sur impots.gouv.fr, messagerie sécurisée de votre espace particulier.",
            small=True,
        )
    elif lang == "de":
        b.lines([f"Finanzamt {ctx.city()}", f"Steuernummer {ctx.code('###/###/#####')}"], bold=True)
        b.lines([ctx.person(), *ctx.address_lines()])
        b.lines([f"Bescheid für {year}", "über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer"], bold=True)
        b.table(
            ["Festsetzung", "Einkommensteuer", "Solidaritätszuschlag", "Kirchensteuer"],
            [
                ["festgesetzt werden", ctx.num(tax), ctx.num(0), ctx.num(tax * 0.09)],
                ["abzüglich Steuerabzug vom Lohn", ctx.num(tax * 1.05), ctx.num(0), ctx.num(tax * 0.095)],
                ["verbleibende Beträge", ctx.num(-tax * 0.05), "0,00", ctx.num(-tax * 0.005)],
            ],
            numeric_from=1,
        )
        b.h("Berechnung der Besteuerungsgrundlagen", 3)
        b.table(
            None,
            [
                ["Einkünfte aus nichtselbständiger Arbeit", ctx.num(income, 0)],
                ["Arbeitnehmer-Pauschbetrag / Werbungskosten", ctx.num(1230, 0)],
                ["Summe der Einkünfte", ctx.num(income - 1230, 0)],
                ["Sonderausgaben", ctx.num(ctx.amount(2000, 9000), 0)],
                ["zu versteuerndes Einkommen", ctx.num(income * 0.82, 0)],
            ],
            numeric_from=1,
        )
        b.p(
            "Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden. Der Einspruch ist beim "
            "oben bezeichneten Finanzamt schriftlich einzureichen, diesem elektronisch zu übermitteln oder dort zur "
            "Niederschrift zu erklären. Die Frist für die Einlegung des Einspruchs beträgt einen Monat.",
            small=True,
        )
    elif lang == "nl":
        b.lines(
            [
                "Belastingdienst",
                f"Aanslag inkomstenbelasting en premie volksverzekeringen {year}"
                if ctx.chance(0.6)
                else f"Voorlopige aanslag {year}",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Burgerservicenummer", ctx.digits(9)),
                ("Aanslagnummer", ctx.code("#### ### ?##.H.##.##")),
                ("Dagtekening", ctx.date(ctx.day())),
                ("Naam", ctx.person()),
            ]
        )
        b.table(
            ["Omschrijving", "Bedrag"],
            [
                ["Belastbaar inkomen uit werk en woning", ctx.money(income)],
                ["Inkomstenbelasting en premie volksverzekeringen", ctx.money(tax)],
                ["Algemene heffingskorting", "-" + ctx.money(ctx.amount(1000, 3000))],
                ["Arbeidskorting", "-" + ctx.money(ctx.amount(1000, 5000))],
                ["Ingehouden loonheffing", "-" + ctx.money(tax * 0.9)],
                ["Te betalen / terug te ontvangen", ctx.money(tax * 0.1)],
            ],
            numeric_from=1,
        )
        b.p(
            "Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.",
            small=True,
        )
    else:
        b.lines(
            [
                "Agencia Tributaria",
                f"Impuesto sobre la Renta de las Personas Físicas {year}",
                "Modelo 100 - Declaración",
            ],
            bold=True,
        )
        b.fields([("NIF", ctx.code("########?")), ("Apellidos y nombre", ctx.person()), ("Domicilio", ctx.address())])
        b.table(
            ["Concepto", "Importe"],
            [
                ["Rendimientos íntegros del trabajo", ctx.money(income)],
                ["Base imponible general", ctx.money(income * 0.9)],
                ["Cuota íntegra", ctx.money(tax)],
                ["Retenciones del trabajo", ctx.money(tax * 0.96)],
                ["Resultado de la declaración (a devolver)", ctx.money(tax * 0.04)],
            ],
            numeric_from=1,
        )
    return b.build(None)


def tax_form_canada_australia(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    year = _year(ctx)
    income = ctx.amount(20000, 180000)
    if ctx.locale == "en_CA":
        if ctx.chance(0.5):
            b.lines(
                [
                    "Canada Revenue Agency  Agence du revenu du Canada",
                    f"T4 Statement of Remuneration Paid  État de la rémunération payée  Year / Année {year}",
                ],
                bold=True,
            )
            b.fields(
                [
                    ("Employer's name \u2013 Nom de l'employeur", ctx.company()),
                    ("Employee's name and address", f"{ctx.person()} {ctx.address()}"),
                    ("12 Social insurance number", ctx.code("### ### ###")),
                    ("14 Employment income", ctx.num(income)),
                    ("16 Employee's CPP contributions", ctx.num(income * 0.0595)),
                    ("18 Employee's EI premiums", ctx.num(income * 0.0163)),
                    ("22 Income tax deducted", ctx.num(income * 0.18)),
                    ("24 EI insurable earnings", ctx.num(min(income, 61500))),
                    ("26 CPP/QPP pensionable earnings", ctx.num(min(income, 66600))),
                    ("44 Union dues", ""),
                    ("46 Charitable donations", ""),
                    ("52 Pension adjustment", ""),
                    ("10 Province of employment", ctx.pick(["ON", "BC", "AB", "QC"])),
                ],
                columns=2,
            )
        else:
            b.lines(["Canada Revenue Agency", f"Notice of Assessment  Tax year {year}"], bold=True)
            b.fields(
                [
                    ("Social insurance number", f"XXX XX{ctx.digits(1)} {ctx.digits(3)}"),
                    ("Date issued", ctx.date(ctx.day())),
                    ("Name", ctx.person()),
                ]
            )
            b.p(
                f"We assessed your {year} income tax and benefit return and calculated your balance. If you have a "
                "balance owing, you need to pay it on or before April 30."
            )
            b.table(
                ["Summary", "Amount"],
                [
                    ["Total income (line 15000)", ctx.num(income)],
                    ["Net income (line 23600)", ctx.num(income * 0.95)],
                    ["Taxable income (line 26000)", ctx.num(income * 0.93)],
                    ["Total federal non-refundable tax credits", ctx.num(2500)],
                    ["Net federal tax", ctx.num(income * 0.12)],
                    ["Total income tax deducted", ctx.num(income * 0.2)],
                    ["Refund", ctx.num(income * 0.01)],
                ],
                numeric_from=1,
            )
            b.p(
                "RRSP deduction limit statement. Available contribution room for "
                + str(year + 1)
                + ": "
                + ctx.num(income * 0.18),
                small=True,
            )
    else:
        b.lines(["Australian Taxation Office", f"Notice of assessment  Year ended 30 June {year}"], bold=True)
        b.fields(
            [
                ("Tax file number", ctx.code("### ### ###")),
                ("Date of issue", ctx.date(ctx.day())),
                ("Name", ctx.person()),
                ("Our reference", ctx.code("####-####-####")),
            ]
        )
        b.table(
            ["Description", "Amount"],
            [
                ["Your taxable income is", ctx.money(income)],
                ["Tax on your taxable income", ctx.money(income * 0.22)],
                ["Less non-refundable tax offsets", ctx.money(700)],
                ["Medicare levy", ctx.money(income * 0.02)],
                ["Less PAYG credits", ctx.money(income * 0.24)],
                ["Result of this notice", ctx.money(income * 0.01) + " CR"],
            ],
            numeric_from=1,
        )
        b.p(
            "This notice is also an assessment of your Medicare levy. Please keep your notice of assessment as a "
            "record of your income and tax. If you disagree with this assessment, you may object within 2 years.",
            small=True,
        )
    return b.build(None)


def tax_form_irs_other(rng: random.Random) -> SyntheticDocument:
    """More IRS forms people receive or file: W-4, 1099-K, 1095-C, 8879, often blank."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.4)
    year = _year(ctx)
    kind = ctx.pick(["W-4", "1099-K", "1095-C", "8879"])
    if kind == "W-4":
        b.lines(
            [f"Form W-4 {year}", "Employee's Withholding Certificate", IRS.replace(" - ", "—"), "OMB No. 1545-0074"],
            bold=True,
        )
        b.p(
            "Complete Form W-4 so that your employer can withhold the correct federal income tax from your pay. Give "
            "Form W-4 to your employer. Your withholding is subject to review by the IRS."
        )
        _boxes(
            b,
            ctx,
            [
                ("Step 1: Enter Personal Information (a) First name and middle initial", ctx.first_name()),
                ("Last name", ctx.last_name()),
                ("(b) Social security number", ctx.ssn()),
                ("Address", ctx.street()),
                ("City or town, state, and ZIP code", ctx.city()),
                ("(c) Single or Married filing separately / Married filing jointly / Head of household", "X Single"),
            ],
            blank,
            columns=1,
        )
        b.p(
            "Step 2: Multiple Jobs or Spouse Works. Complete this step if you (1) hold more than one job at a time, "
            "or (2) are married filing jointly and your spouse also works."
        )
        b.p(
            "Step 3: Claim Dependent and Other Credits. If your total income will be $200,000 or less ($400,000 or "
            "less if married filing jointly): Multiply the number of qualifying children under age 17 by $2,000."
        )
        b.p(
            "Step 4 (optional): Other Adjustments (a) Other income (not from jobs) (b) Deductions (c) Extra withholding"
        )
        b.p(
            "Step 5: Sign Here. Under penalties of perjury, I declare that this certificate, to the best of my "
            "knowledge and belief, is true, correct, and complete."
        )
        b.fields(
            [
                ("Employee's signature", ""),
                ("Date", ""),
                ("Employers Only: Employer's name and address", ""),
                ("First date of employment", ""),
                ("Employer identification number (EIN)", ""),
            ],
            columns=2,
        )
        b.p(
            "For Privacy Act and Paperwork Reduction Act Notice, see page 3.  Cat. No. 10220Q  Form W-4 ("
            + str(year)
            + ")",
            small=True,
        )
    elif kind == "1099-K":
        b.lines(
            [
                f"Form 1099-K  Payment Card and Third Party Network Transactions  {year}",
                "OMB No. 1545-2205",
                "Copy B For Payee",
            ],
            bold=True,
        )
        _boxes(
            b,
            ctx,
            [
                *_payer_recipient(ctx, blank, "FILER'S", "PAYEE'S"),
                ("1a Gross amount of payment card/third party network transactions", ctx.num(ctx.amount(600, 90000))),
                ("1b Card Not Present transactions", ""),
                ("2 Merchant category code", ctx.digits(4)),
                ("3 Number of payment transactions", str(ctx.randint(5, 4000))),
                ("4 Federal income tax withheld", ""),
                ("5a January", ctx.num(ctx.amount(0, 5000))),
                ("5b February", ctx.num(ctx.amount(0, 5000))),
                ("6 State", ctx.pick(STATES)),
                ("PSE'S name and telephone number", ctx.company()),
            ],
            blank,
        )
        b.p(COPY_B_NOTICE, small=True)
    elif kind == "1095-C":
        b.lines(
            [
                f"Form 1095-C  Employer-Provided Health Insurance Offer and Coverage  {year}",
                IRS.replace(" - ", "—"),
                "OMB No. 1545-2251",
            ],
            bold=True,
        )
        b.fields(
            [
                (k, "" if blank else v)
                for k, v in [
                    ("1 Name of employee", ctx.person()),
                    ("2 Social security number (SSN)", ctx.ssn()),
                    ("7 Name of employer", ctx.company()),
                    ("8 Employer identification number (EIN)", ctx.ein()),
                ]
            ],
            columns=2,
        )
        b.p("Part II Employee Offer of Coverage. Employee's Age on January 1. Plan Start Month.")
        b.table(
            ["", "All 12 Months", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
            [
                ["14 Offer of Coverage", "1E" if not blank else "", "", "", "", "", "", ""],
                [
                    "15 Employee Required Contribution",
                    ctx.num(ctx.amount(20, 200)) if not blank else "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                ],
                ["16 Section 4980H Safe Harbor", "2C" if not blank else "", "", "", "", "", "", ""],
            ],
        )
        b.p(
            "Part III Covered Individuals. If Employer provided self-insured coverage, check the box and enter the "
            "information for each individual enrolled in coverage, including the employee."
        )
    else:
        b.lines(
            [
                f"Form 8879  IRS e-file Signature Authorization  {year}",
                "OMB No. 1545-0074",
                "ERO must obtain and retain completed Form 8879.",
            ],
            bold=True,
        )
        b.fields(
            [
                (k, "" if blank else v)
                for k, v in [
                    ("Taxpayer's name", ctx.person()),
                    ("Social security number", ctx.ssn()),
                    ("1 Adjusted gross income", ctx.num(ctx.amount(20000, 200000))),
                    ("2 Total tax", ctx.num(ctx.amount(1000, 40000))),
                    (
                        "3 Federal income tax withheld from Form(s) W-2 and Form(s) 1099",
                        ctx.num(ctx.amount(1000, 40000)),
                    ),
                    ("4 Amount you want refunded to you", ctx.num(ctx.amount(0, 5000))),
                    ("5 Amount you owe", ""),
                ]
            ]
        )
        b.p(
            "Under penalties of perjury, I declare that I have examined a copy of the income tax return (original or "
            "amended) I am now authorizing, including accompanying schedules and statements, and to the best of my "
            "knowledge and belief, it is true, correct, and complete. I authorize the ERO to enter or generate my "
            "PIN as my signature on my tax year electronically filed income tax return."
        )
        b.fields(
            [("Taxpayer's PIN: check one box only", ""), ("Your signature", ""), ("Date", ""), ("ERO's EFIN/PIN", "")],
            columns=2,
        )
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        tax_form_w2,
        tax_form_1099_nec_misc,
        tax_form_1099_int_div,
        tax_form_ssa1099,
        tax_form_1040,
        tax_form_w9,
        tax_form_1098,
        tax_form_state_return,
        tax_form_uk,
        tax_form_india,
        tax_form_eu_assessment,
        tax_form_canada_australia,
        tax_form_irs_other,
    ]
}
