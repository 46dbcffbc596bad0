"""Commercial agreements (services, licensing, distribution, employment, purchase, consulting, SOW, loan,
French/German contracts, letter agreements) and non-disclosure agreements."""

from __future__ import annotations

import random

from training.synth.content import clauses
from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

ENGLISH = ["en_US", "en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]


def _entity(ctx: Ctx) -> str:
    suffix = {
        "en_GB": [" Ltd", " Limited", " plc"],
        "en_IN": [" Private Limited", " Pvt. Ltd.", " LLP"],
        "en_AU": [" Pty Ltd"],
    }.get(ctx.locale, [", Inc.", " LLC", " Corp.", ", L.P.", " Inc."])
    return ctx.company().split(",")[0].replace(" and ", " & ") + ctx.pick(suffix)


def _preamble(b: DocBuilder, ctx: Ctx, title: str, a: tuple[str, str], c: tuple[str, str]) -> None:
    """Opening paragraph naming the parties: ``a`` and ``c`` are (defined role, legal name)."""
    day = ctx.date(ctx.day(), ctx.pick([1, 1, 0]))
    b.p(
        ctx.pick(
            [
                f'This {title} (this "Agreement") is entered into as of {day} (the "Effective Date") by and between '
                f"{a[1]}, a "
                f"{ctx.pick(clauses.US_STATES_LONG)} {ctx.pick(['corporation', 'limited liability company'])} with "
                f'its principal place of business at {ctx.address()} ("{a[0]}"), '
                f'and {c[1]}, with an address at {ctx.address()} ("{c[0]}").',
                f'THIS {title.upper()} is made on {day} BETWEEN: (1) {a[1]} of {ctx.address()} (the "{a[0]}"); and '
                f'(2) {c[1]} of {ctx.address()} (the "{c[0]}").',
                f'{title} dated {day} between {a[1]} ("{a[0]}") and {c[1]} ("{c[0]}"), each a "Party" and together '
                'the "Parties".',
            ]
        )
    )


def _recitals(b: DocBuilder, ctx: Ctx, recitals: list[str]) -> None:
    if ctx.chance(0.7):
        b.h(ctx.pick(["RECITALS", "Background", "WITNESSETH:", "WHEREAS:"]), 3)
        for r in recitals:
            b.p(f"WHEREAS, {r};" if ctx.chance(0.6) else r[0].upper() + r[1:] + ".")
        b.p(
            ctx.pick(
                [
                    "NOW, THEREFORE, in consideration of the mutual covenants and agreements contained herein, and "
                    "for other good and valuable consideration, the receipt and sufficiency of which are hereby "
                    "acknowledged, the parties agree as follows:",
                    "NOW, THEREFORE, the parties agree as follows:",
                    "IT IS AGREED as follows:",
                ]
            )
        )


def _agreement(
    rng: random.Random,
    label: str,
    *,
    titles: list[str],
    roles: tuple[str, str],
    recitals: list[str],
    specific: list[tuple[str, list[str]]],
    boiler: list[str],
) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(label, ctx)
    title = ctx.pick(titles)
    a, c = (roles[0], _entity(ctx)), (roles[1], _entity(ctx) if ctx.chance(0.7) else ctx.person())
    _preamble(b, ctx, title, a, c)
    _recitals(b, ctx, [clauses.fill(ctx, r, A=a[0], C=c[0]) for r in recitals])
    sections = [(h, [clauses.fill(ctx, p, A=a[0], C=c[0]) for p in ps]) for h, ps in specific]
    chosen = ctx.some(boiler, max(3, len(boiler) - 4), len(boiler))
    sections += clauses.boilerplate(ctx, [t for t in boiler if t in chosen], A=a[0], C=c[0])
    clauses.add_sections(b, ctx, sections)
    clauses.signature_block(b, ctx, [a, c])
    if ctx.chance(0.3):
        b.h(ctx.pick(["EXHIBIT A", "Schedule 1", "Appendix A"]), 3)
        b.p(ctx.pick(["Description of Services and Fees", "Pricing", "Specifications", "Territory and Products"]))
        b.table(
            ["Item", "Description", "Fee"],
            [
                [
                    str(i + 1),
                    ctx.pick(["Implementation", "Support (monthly)", "Training", "License fee", "Hosting"]),
                    ctx.money(ctx.amount(500, 50000)),
                ]
                for i in range(ctx.randint(2, 5))
            ],
            numeric_from=2,
        )
    return b.build(title.upper() if ctx.chance(0.6) else title)


def contract_services(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=[
            "Master Services Agreement",
            "Services Agreement",
            "Professional Services Agreement",
            "Service Agreement",
            "Maintenance and Support Agreement",
        ],
        roles=(
            rng.choice(["Provider", "Service Provider", "Contractor", "Supplier"]),
            rng.choice(["Client", "Customer", "Company"]),
        ),
        recitals=[
            "{C} desires to obtain certain services from {A}",
            "{A} has the expertise and personnel to provide such services",
        ],
        specific=[
            (
                "Services",
                [
                    "{A} shall perform the services described in each Statement of Work executed by the parties (the "
                    '"Services") in a professional and workmanlike manner consistent with generally accepted '
                    "industry standards."
                ],
            ),
            (
                "Fees and Payment",
                [
                    "{C} shall pay {A} the fees set forth in the applicable Statement of Work. {A} shall invoice {C} "
                    "monthly in arrears, and {C} shall pay each undisputed invoice within thirty (30) days of "
                    "receipt. Late payments shall accrue interest at the lesser of 1.5% per month or the maximum "
                    "rate permitted by law."
                ],
            ),
            (
                "Term",
                [
                    "This Agreement shall commence on the Effective Date and continue for an initial term of {days} "
                    "days, and shall renew automatically for successive one-year terms unless either party gives "
                    "notice of non-renewal."
                ],
            ),
            (
                "Intellectual Property",
                [
                    "All deliverables created specifically for {C} under this Agreement shall be deemed works made "
                    "for hire and shall be owned by {C}, except for {A}'s pre-existing materials, for which {A} "
                    "grants {C} a non-exclusive, perpetual license."
                ],
            ),
            (
                "Personnel",
                [
                    "{A} shall be solely responsible for the supervision, compensation and benefits of its "
                    "personnel, and shall ensure that all personnel comply with {C}'s reasonable site and security "
                    "policies."
                ],
            ),
        ],
        boiler=[
            "termination",
            "confidentiality_short",
            "warranties",
            "limitation",
            "indemnification",
            "independent",
            "force_majeure",
            "governing_law",
            "notices",
            "entire_agreement",
            "severability",
            "counterparts",
        ],
    )


def contract_software_license(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=[
            "Software License Agreement",
            "End User License Agreement",
            "Technology License Agreement",
            "Trademark License Agreement",
            "SaaS Subscription Agreement",
        ],
        roles=("Licensor", "Licensee"),
        recitals=[
            "{A} owns certain proprietary software and related documentation",
            "{C} wishes to obtain a license to use the software on the terms of this Agreement",
        ],
        specific=[
            (
                "Grant of License",
                [
                    "Subject to the terms of this Agreement and payment of the applicable fees, {A} hereby grants to "
                    "{C} a non-exclusive, non-transferable, non-sublicensable license during the Term to install and "
                    "use the Software solely for {C}'s internal business purposes."
                ],
            ),
            (
                "Restrictions",
                [
                    "{C} shall not (a) copy, modify or create derivative works of the Software; (b) reverse "
                    "engineer, decompile or disassemble the Software; (c) rent, lease, lend or sell the Software; or "
                    "(d) remove any proprietary notices."
                ],
            ),
            (
                "License Fees and Royalties",
                [
                    "In consideration of the license granted herein, {C} shall pay {A} an annual license fee as set "
                    "out in Exhibit A, payable in advance, together with royalties equal to "
                    + rng.choice(["five percent (5%)", "eight percent (8%)", "twelve percent (12%)"])
                    + " of Net Sales."
                ],
            ),
            (
                "Ownership",
                [
                    "{A} retains all right, title and interest, including all intellectual property rights, in and "
                    "to the Software. No rights are granted except as expressly set forth herein."
                ],
            ),
            (
                "Support and Updates",
                [
                    "{A} shall provide the maintenance and support services described in its then-current support "
                    "policy, including error corrections and updates made generally available to its customers."
                ],
            ),
            (
                "Audit",
                [
                    "{A} may, upon fifteen (15) days' notice and no more than once per year, audit {C}'s use of the "
                    "Software to verify compliance with this Agreement."
                ],
            ),
        ],
        boiler=[
            "termination",
            "warranties",
            "limitation",
            "indemnification",
            "confidentiality_short",
            "governing_law",
            "assignment",
            "entire_agreement",
            "severability",
            "notices",
        ],
    )


def contract_distribution(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=[
            "Distribution Agreement",
            "Exclusive Distribution Agreement",
            "Reseller Agreement",
            "Supply Agreement",
            "Sales Agency Agreement",
        ],
        roles=(rng.choice(["Supplier", "Manufacturer", "Company"]), rng.choice(["Distributor", "Reseller", "Agent"])),
        recitals=[
            '{A} manufactures and sells the products described in Schedule 1 (the "Products")',
            "{C} wishes to distribute the Products in the Territory",
        ],
        specific=[
            (
                "Appointment",
                [
                    "{A} appoints {C} as its "
                    + rng.choice(["exclusive", "non-exclusive"])
                    + " distributor of the Products in "
                    + rng.choice(
                        ["the United States", "the European Union", "India", "Canada", "the Asia-Pacific region"]
                    )
                    + ' (the "Territory") and {C} accepts such appointment.'
                ],
            ),
            (
                "Orders and Delivery",
                [
                    "{C} shall submit purchase orders to {A} specifying quantities and requested delivery dates. "
                    "Delivery shall be made FCA {A}'s facility (Incoterms 2020), and title and risk of loss shall "
                    "pass to {C} upon delivery to the carrier."
                ],
            ),
            (
                "Prices and Payment",
                [
                    "{C} shall purchase the Products at the prices set forth in {A}'s then-current price list, less "
                    "a discount of "
                    + rng.choice(["20%", "25%", "30%", "35%"])
                    + ". Payment is due within forty-five (45) days of the invoice date."
                ],
            ),
            (
                "Minimum Purchase Commitment",
                [
                    "{C} shall purchase Products with an aggregate value of not less than the minimum annual "
                    "quantities set out in Schedule 2. Failure to meet the minimum shall entitle {A} to convert the "
                    "appointment to non-exclusive."
                ],
            ),
            (
                "Marketing",
                [
                    "{C} shall use commercially reasonable efforts to promote and sell the Products in the Territory "
                    "and shall not market competing products without {A}'s prior written consent."
                ],
            ),
            (
                "Trademarks",
                [
                    "{C} may use {A}'s trademarks solely in connection with the marketing of the Products in "
                    "accordance with {A}'s brand guidelines."
                ],
            ),
        ],
        boiler=[
            "termination",
            "warranties",
            "limitation",
            "indemnification",
            "force_majeure",
            "governing_law",
            "dispute",
            "assignment",
            "entire_agreement",
            "notices",
        ],
    )


def contract_employment(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=[
            "Employment Agreement",
            "Executive Employment Agreement",
            "Contract of Employment",
            "Employment Contract",
            "Statement of Terms and Conditions of Employment",
        ],
        roles=("Company", "Employee"),
        recitals=[
            "the Company desires to employ the Employee on the terms set forth herein",
            "the Employee desires to accept such employment",
        ],
        specific=[
            (
                "Position and Duties",
                [
                    "The Employee shall serve as "
                    + rng.choice(
                        [
                            "Senior Software Engineer",
                            "Chief Financial Officer",
                            "Sales Manager",
                            "Operations Director",
                            "Marketing Coordinator",
                        ]
                    )
                    + " and shall perform such duties as are customarily associated with that position and as may be "
                    "assigned by the Company from time to time."
                ],
            ),
            (
                "Compensation",
                [
                    "The Company shall pay the Employee a base salary at the annual rate of "
                    + rng.choice(["$95,000", "$140,000", "£48,000", "$210,000", "Rs. 18,00,000"])
                    + ", payable in accordance with the Company's regular payroll practices and subject to "
                    "applicable withholdings."
                ],
            ),
            (
                "Benefits",
                [
                    "The Employee shall be eligible to participate in the employee benefit plans maintained by the "
                    "Company, including health insurance, retirement plans and paid time off of "
                    + rng.choice(["fifteen (15)", "twenty (20)", "twenty-five (25)"])
                    + " days per year."
                ],
            ),
            (
                "Probation",
                [
                    "The first "
                    + rng.choice(["three (3)", "six (6)"])
                    + " months of employment shall be a probationary period during which either party may terminate "
                    "employment on one week's notice."
                ],
            ),
            (
                "Termination of Employment",
                [
                    "Either party may terminate the Employee's employment by giving "
                    + rng.choice(["two (2) weeks'", "one (1) month's", "three (3) months'"])
                    + " written notice. The Company may terminate employment immediately for Cause, including gross "
                    "misconduct or material breach of this Agreement."
                ],
            ),
            (
                "Restrictive Covenants",
                [
                    "During employment and for twelve (12) months thereafter, the Employee shall not solicit any "
                    "employee or customer of the Company. The Employee shall keep confidential all proprietary "
                    "information of the Company."
                ],
            ),
        ],
        boiler=["governing_law", "entire_agreement", "severability", "amendment", "notices", "counterparts"],
    )


def contract_purchase(rng: random.Random) -> SyntheticDocument:
    asset = rng.choice(["assets", "goods", "real_estate", "shares"])
    titles = {
        "assets": ["Asset Purchase Agreement", "Business Sale Agreement"],
        "goods": [
            "Purchase Agreement",
            "Sales Contract",
            "Agreement for the Sale of Goods",
            "Equipment Purchase Agreement",
        ],
        "real_estate": [
            "Real Estate Purchase Agreement",
            "Residential Purchase and Sale Agreement",
            "Agreement of Sale",
        ],
        "shares": ["Stock Purchase Agreement", "Share Purchase Agreement"],
    }[asset]
    subject = {
        "assets": "substantially all of the assets used in the operation of Seller's business, including inventory, "
        'equipment, customer lists and goodwill (the "Purchased Assets")',
        "goods": 'the goods described in Exhibit A (the "Goods")',
        "real_estate": "the real property located at the address set forth in Exhibit A, together with all "
        'improvements and fixtures thereon (the "Property")',
        "shares": 'all of the issued and outstanding shares of capital stock of the Company (the "Shares")',
    }[asset]
    price = rng.choice(["$250,000", "$1,250,000", "$4,800,000", "€390,000", "£725,000", "$62,500"])
    return _agreement(
        rng,
        "contract",
        titles=titles,
        roles=("Seller", "Buyer"),
        recitals=["Seller desires to sell, and Buyer desires to purchase, " + subject],
        specific=[
            (
                "Purchase and Sale",
                [
                    "Subject to the terms and conditions of this Agreement, Seller agrees to sell, assign and "
                    "transfer to Buyer, and Buyer agrees to purchase from Seller, "
                    + subject
                    + ", free and clear of all liens and encumbrances."
                ],
            ),
            (
                "Purchase Price",
                [
                    f'The aggregate purchase price shall be {price} (the "Purchase Price"), of which a deposit of '
                    "ten percent (10%) shall be paid into escrow upon execution of this Agreement and the balance "
                    "at Closing by wire transfer of immediately available funds."
                ],
            ),
            (
                "Closing",
                [
                    'The closing of the transactions contemplated hereby (the "Closing") shall take place on or '
                    "before the date that is "
                    + rng.choice(["thirty (30)", "forty-five (45)", "sixty (60)"])
                    + " days after the Effective Date, or at such other time as the parties may agree."
                ],
            ),
            (
                "Inspection and Due Diligence",
                [
                    "Buyer shall have the right, during the due diligence period, to inspect the "
                    + ("Property" if asset == "real_estate" else "books, records and assets")
                    + " and to terminate this Agreement if not satisfied with the results of such inspection."
                ],
            ),
            (
                "Conditions to Closing",
                [
                    "The obligations of Buyer to consummate the Closing are subject to the accuracy of Seller's "
                    "representations and warranties, the receipt of all required consents, and the absence of any "
                    "material adverse change."
                ],
            ),
            (
                "Title and Risk of Loss",
                [
                    "Title and risk of loss shall pass to Buyer at Closing. Seller shall deliver a bill of sale"
                    + (" and a warranty deed" if asset == "real_estate" else "")
                    + " and such other instruments of transfer as Buyer may reasonably request."
                ],
            ),
        ],
        boiler=[
            "warranties",
            "indemnification",
            "governing_law",
            "dispute",
            "notices",
            "assignment",
            "entire_agreement",
            "severability",
            "counterparts",
        ],
    )


def contract_consulting(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=[
            "Consulting Agreement",
            "Independent Contractor Agreement",
            "Freelance Services Agreement",
            "Advisory Agreement",
        ],
        roles=(rng.choice(["Company", "Client"]), rng.choice(["Consultant", "Contractor", "Advisor"])),
        recitals=[
            "{A} wishes to engage {C} to provide certain consulting services",
            "{C} is willing to provide such services as an independent contractor",
        ],
        specific=[
            (
                "Engagement",
                [
                    "{A} hereby engages {C}, and {C} agrees to provide the consulting services described in Schedule "
                    "A. {C} shall determine the method, details and means of performing the services."
                ],
            ),
            (
                "Compensation",
                [
                    "{A} shall pay {C} a fee of "
                    + rng.choice(["$150 per hour", "$8,000 per month", "£650 per day", "$45,000 for the project"])
                    + ". {C} shall submit invoices monthly, and {A} shall reimburse pre-approved, reasonable "
                    "out-of-pocket expenses."
                ],
            ),
            (
                "Taxes",
                [
                    "{C} shall be solely responsible for all taxes, social security contributions and insurance "
                    "arising from the compensation paid under this Agreement, and shall not be entitled to employee "
                    "benefits."
                ],
            ),
            (
                "Work Product",
                [
                    "All work product, inventions and materials developed by {C} in the performance of the services "
                    "shall be the sole property of {A}, and {C} hereby assigns to {A} all rights therein."
                ],
            ),
        ],
        boiler=[
            "termination",
            "independent",
            "confidentiality_short",
            "limitation",
            "governing_law",
            "entire_agreement",
            "severability",
            "notices",
        ],
    )


def contract_sow(rng: random.Random) -> SyntheticDocument:
    """A Statement of Work issued under a master agreement: scope, deliverables, milestones, fees."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("contract", ctx)
    client, vendor = _entity(ctx), _entity(ctx)
    b.p(
        f'This Statement of Work No. {ctx.randint(1, 24)} ("SOW") is entered into pursuant to and is governed by the '
        "Master Services Agreement dated "
        f'{ctx.date(ctx.day())} between {client} ("Client") and {vendor} ("Vendor"). Capitalized terms not defined '
        "herein have the meanings given in the Agreement."
    )
    b.h("1. Project Scope", 3)
    b.p(
        ctx.pick(
            [
                "Vendor will design, build and deploy a customer self-service portal integrated with Client's CRM.",
                "Vendor will migrate Client's on-premises data warehouse to a managed cloud platform.",
                "Vendor will provide a dedicated team of three engineers for ongoing feature development.",
                "Vendor will conduct a security assessment of Client's payment systems.",
            ]
        )
    )
    b.h("2. Deliverables and Milestones", 3)
    day = ctx.day()
    b.table(
        ["Milestone", "Deliverable", "Target Date", "Fee"],
        [
            [
                f"M{i + 1}",
                ctx.pick(
                    [
                        "Requirements document",
                        "Design sign-off",
                        "Beta release",
                        "Production launch",
                        "Final report",
                        "Training",
                    ]
                ),
                ctx.date(ctx.later(day, 20 * (i + 1), 20 * (i + 1) + 10)),
                ctx.money(ctx.amount(5000, 90000)),
            ]
            for i in range(ctx.randint(3, 6))
        ],
        numeric_from=3,
    )
    b.h("3. Acceptance", 3)
    b.p(
        "Client shall have ten (10) business days after delivery to review each deliverable and either accept it in "
        "writing or provide a written description of any material non-conformities."
    )
    b.h("4. Fees and Expenses", 3)
    b.p(
        "Fees are fixed per milestone as set out above and shall be invoiced upon acceptance. Travel expenses shall "
        "be reimbursed at cost with prior approval."
    )
    b.h("5. Assumptions and Change Control", 3)
    b.p("Any change to scope, schedule or fees shall be documented in a written change order signed by both parties.")
    clauses.signature_block(b, ctx, [("Client", client), ("Vendor", vendor)])
    return b.build(ctx.pick(["Statement of Work", "STATEMENT OF WORK", "Work Order"]))


def contract_loan_agreement(rng: random.Random) -> SyntheticDocument:
    return _agreement(
        rng,
        "contract",
        titles=["Loan Agreement", "Promissory Note and Loan Agreement", "Term Loan Agreement", "Credit Agreement"],
        roles=("Lender", "Borrower"),
        recitals=[
            "Borrower has requested that Lender make a loan to Borrower",
            "Lender is willing to make the loan on the terms and conditions set forth herein",
        ],
        specific=[
            (
                "The Loan",
                [
                    "Lender agrees to lend to Borrower the principal sum of "
                    + rng.choice(["$50,000", "$250,000", "£120,000", "$1,500,000"])
                    + ' (the "Loan"), to be disbursed in a single advance on the Closing Date.'
                ],
            ),
            (
                "Interest",
                [
                    "The outstanding principal balance shall bear interest at a fixed rate of "
                    + rng.choice(["6.5%", "8.25%", "9%", "11.75%"])
                    + " per annum, computed on the basis of a 360-day year."
                ],
            ),
            (
                "Repayment",
                [
                    "Borrower shall repay the Loan in "
                    + rng.choice(["thirty-six (36)", "sixty (60)", "twelve (12)"])
                    + " equal monthly installments of principal and interest commencing on the first day of the "
                    "month following the Closing Date. Borrower may prepay the Loan in whole or in part without "
                    "penalty."
                ],
            ),
            (
                "Security",
                [
                    "The Loan shall be secured by a first-priority security interest in all of Borrower's equipment, "
                    "inventory and accounts receivable, as more fully described in the Security Agreement."
                ],
            ),
            (
                "Events of Default",
                [
                    "Each of the following shall constitute an Event of Default: (a) failure to pay any amount when "
                    "due; (b) breach of any covenant; (c) insolvency of Borrower. Upon an Event of Default, Lender "
                    "may declare all amounts immediately due and payable."
                ],
            ),
        ],
        boiler=[
            "warranties",
            "governing_law",
            "notices",
            "amendment",
            "assignment",
            "entire_agreement",
            "severability",
        ],
    )


def contract_fr_de(rng: random.Random) -> SyntheticDocument:
    """Contracts drafted in French or German."""
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start("contract", ctx)
    a, c = ctx.company(), ctx.company()
    if lang == "fr":
        title = ctx.pick(
            [
                "CONTRAT DE PRESTATION DE SERVICES",
                "Contrat de prestation de services",
                "CONTRAT DE DISTRIBUTION",
                "CONTRAT DE LICENCE",
            ]
        )
        b.p(
            f"ENTRE LES SOUSSIGNÉS : La société {a}, {ctx.pick(['SAS', 'SARL'])} au capital de "
            f"{ctx.pick(['10 000', '50 000', '100 000'])} euros, immatriculée au RCS de {ctx.city()} sous le numéro "
            f"{ctx.code('### ### ###')}, dont le siège social est situé {ctx.address()}, représentée par "
            f"{ctx.person()}, ci-après dénommée « le Prestataire », d'une part,"
        )
        b.p(
            f"ET : La société {c}, dont le siège social est situé {ctx.address()}, représentée par {ctx.person()}, "
            "ci-après dénommée « le Client », d'autre part."
        )
        b.p("IL A ÉTÉ CONVENU ET ARRÊTÉ CE QUI SUIT :")
        arts = [
            (
                "Objet",
                "Le présent contrat a pour objet de définir les conditions dans lesquelles le Prestataire réalisera "
                "pour le compte du Client les prestations décrites en annexe.",
            ),
            (
                "Durée",
                "Le présent contrat est conclu pour une durée d'un an à compter de sa signature. Il sera renouvelé "
                "par tacite reconduction, sauf dénonciation par l'une des parties par lettre recommandée avec accusé "
                "de réception moyennant un préavis de trois mois.",
            ),
            (
                "Prix et modalités de paiement",
                "En contrepartie des prestations, le Client versera au Prestataire une rémunération forfaitaire de "
                f"{ctx.money(ctx.amount(2000, 90000))} HT. Les factures sont payables à trente jours.",
            ),
            (
                "Obligations des parties",
                "Le Prestataire s'engage à exécuter les prestations conformément aux règles de l'art. Le Client "
                "s'engage à collaborer activement et à fournir toutes les informations nécessaires.",
            ),
            (
                "Confidentialité",
                "Chacune des parties s'engage à garder confidentielles les informations et documents concernant "
                "l'autre partie dont elle aurait pu avoir connaissance à l'occasion du présent contrat.",
            ),
            (
                "Résiliation",
                "En cas de manquement par l'une des parties à ses obligations, non réparé dans un délai de trente "
                "jours à compter de la mise en demeure, l'autre partie pourra résilier de plein droit le présent "
                "contrat.",
            ),
            (
                "Loi applicable et juridiction",
                "Le présent contrat est soumis au droit français. Tout litige sera soumis à la compétence exclusive "
                f"du Tribunal de commerce de {ctx.city()}.",
            ),
        ]
        for i, (h, t) in enumerate(arts, 1):
            b.h(f"Article {i} \u2013 {h}", 3)
            b.p(t)
        b.p(f"Fait à {ctx.city()}, le {ctx.date(ctx.day(), 1)}, en deux exemplaires originaux.")
        b.lines(["Pour le Prestataire", "Pour le Client", "(signature précédée de la mention « lu et approuvé »)"])
    else:
        title = ctx.pick(
            ["Dienstleistungsvertrag", "DIENSTLEISTUNGSVERTRAG", "Werkvertrag", "Kaufvertrag", "Rahmenvertrag"]
        )
        b.p(
            f"zwischen der {a}, {ctx.address()}, vertreten durch den Geschäftsführer {ctx.person()} \u2013 nachfolgend "
            f"„Auftragnehmer“ genannt \u2013 und der {c}, {ctx.address()} \u2013 nachfolgend „Auftraggeber“ genannt "
            "\u2013"
        )
        paras = [
            (
                "Vertragsgegenstand",
                "Der Auftragnehmer erbringt für den Auftraggeber die in Anlage 1 beschriebenen Leistungen.",
            ),
            (
                "Vergütung",
                "Der Auftraggeber zahlt dem Auftragnehmer eine Vergütung in Höhe von "
                f"{ctx.money(ctx.amount(2000, 90000))} zuzüglich der gesetzlichen Umsatzsteuer. Rechnungen sind "
                "innerhalb von 30 Tagen ohne Abzug zahlbar.",
            ),
            (
                "Laufzeit und Kündigung",
                "Der Vertrag tritt mit Unterzeichnung in Kraft und läuft auf unbestimmte Zeit. Er kann von beiden "
                "Parteien mit einer Frist von drei Monaten zum Quartalsende gekündigt werden. Das Recht zur "
                "außerordentlichen Kündigung aus wichtigem Grund bleibt unberührt.",
            ),
            (
                "Haftung",
                "Der Auftragnehmer haftet für Vorsatz und grobe Fahrlässigkeit unbeschränkt. Im Übrigen ist die "
                "Haftung auf den vertragstypischen, vorhersehbaren Schaden begrenzt.",
            ),
            (
                "Vertraulichkeit",
                "Die Parteien verpflichten sich, alle im Rahmen dieses Vertrages erlangten vertraulichen "
                "Informationen geheim zu halten.",
            ),
            (
                "Schlussbestimmungen",
                "Änderungen und Ergänzungen dieses Vertrages bedürfen der Schriftform. Sollte eine Bestimmung "
                "unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt. Gerichtsstand ist "
                f"{ctx.city()}. Es gilt das Recht der Bundesrepublik Deutschland.",
            ),
        ]
        for i, (h, t) in enumerate(paras, 1):
            b.h(f"§ {i} {h}", 3)
            b.p(t)
        b.lines(
            [
                f"{ctx.city()}, den {ctx.date(ctx.day())}",
                "______________________",
                "Auftraggeber",
                "______________________",
                "Auftragnehmer",
            ]
        )
    return b.build(title)


def contract_letter_agreement(rng: random.Random) -> SyntheticDocument:
    """Short engagement letters that become binding when countersigned."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("contract", ctx)
    firm, client = _entity(ctx), ctx.person()
    b.lines([firm, ctx.address(), ctx.date(ctx.day())])
    b.lines([client, *ctx.address_lines()])
    b.p(f"Re: {ctx.pick(['Engagement Letter', 'Letter Agreement', 'Terms of Engagement', 'Agreement for Services'])}")
    b.p(f"Dear {client.split()[0]},")
    b.p(
        f'This letter agreement sets out the terms on which {firm} ("we") will provide '
        + ctx.pick(
            [
                "accounting and tax preparation",
                "architectural design",
                "event management",
                "marketing consulting",
                "legal",
            ]
        )
        + " "
        "services to you. Our fees will be charged at the rates in the attached schedule and invoiced monthly. "
        "Either of us may end this engagement on thirty days' written notice."
    )
    b.p(
        "Our liability to you is limited to the fees paid under this agreement. This agreement is governed by the "
        "laws of "
        + clauses.jurisdiction(ctx)
        + ". It constitutes the entire agreement between us regarding these services."
    )
    b.p(
        "If these terms are acceptable, please sign and return a copy of this letter, whereupon it will become a "
        "binding agreement between us."
    )
    b.lines(
        [
            "Sincerely,",
            ctx.person(),
            ctx.pick(["Partner", "Managing Director", "Principal"]),
            "",
            "AGREED AND ACCEPTED:",
            "______________________",
            client,
            "Date: __________",
        ]
    )
    return b.build(None, "letter")


# -- non-disclosure agreements -------------------------------------------------------

NDA_DEFINITION = [
    '"Confidential Information" means all non-public information, in any form, disclosed by or on behalf of the {A} '
    "to the {C}, including without limitation business plans, financial information, customer lists, technical data, "
    "trade secrets, know-how, software, designs and any information marked or identified as confidential.",
    "For purposes of this Agreement, Confidential Information shall include all information or material that has or "
    "could have commercial value or other utility in the business in which the Disclosing Party is engaged, whether "
    "disclosed orally, visually or in writing.",
]
NDA_EXCLUSIONS = [
    "Confidential Information does not include information that: (a) is or becomes publicly available through no "
    "fault of the {C}; (b) was rightfully known to the {C} before disclosure; (c) is rightfully received from a "
    "third party without a duty of confidentiality; or (d) is independently developed without use of the "
    "Confidential Information.",
    "The obligations of this Agreement shall not apply to information which the Receiving Party can demonstrate was "
    "in the public domain, was already in its possession, or was required to be disclosed by law or court order, "
    "provided that the Receiving Party gives prompt notice of such requirement.",
]
NDA_OBLIGATIONS = [
    "The {C} shall (i) hold the Confidential Information in strict confidence; (ii) use it solely for the purpose of "
    'evaluating a potential business relationship between the parties (the "Purpose"); (iii) not disclose it to any '
    "third party other than its employees and advisers who have a need to know and are bound by obligations of "
    "confidentiality no less protective than these; and (iv) protect it with at least the same degree of care it "
    "uses for its own confidential information, but no less than reasonable care.",
    "The Receiving Party agrees not to use any Confidential Information for its own benefit or the benefit of any "
    "third party, and not to disclose, publish or disseminate Confidential Information except as expressly permitted "
    "herein.",
]
NDA_RETURN = [
    "Upon the written request of the {A}, or upon termination of discussions, the {C} shall promptly return or "
    "destroy all documents and materials containing Confidential Information and certify such destruction in writing.",
]
NDA_TERM = [
    "This Agreement shall remain in effect for a period of {years} years from the Effective Date; the obligations of "
    "confidentiality shall survive with respect to trade secrets for so long as they remain trade secrets.",
    "The non-disclosure provisions of this Agreement shall survive the termination of this Agreement, and the "
    "Receiving Party's duty to hold Confidential Information in confidence shall remain in effect until the "
    "information no longer qualifies as confidential.",
]
NDA_REMEDIES = [
    "The {C} acknowledges that any breach of this Agreement may cause irreparable harm to the {A} for which monetary "
    "damages would be an inadequate remedy, and that the {A} shall be entitled to seek injunctive relief and "
    "specific performance in addition to any other remedies available at law or in equity.",
]
NDA_NO_LICENSE = [
    "All Confidential Information remains the property of the {A}. Nothing in this Agreement grants the {C} any "
    "license or right under any patent, copyright, trademark or trade secret of the {A}. No obligation to enter into "
    "any further agreement is created.",
]


def _nda(rng: random.Random, mutual: bool, titles: list[str]) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("nda", ctx)
    title = ctx.pick(titles)
    if mutual:
        roles = ("Disclosing Party", "Receiving Party")
        a_name, c_name = _entity(ctx), _entity(ctx)
        b.p(
            f'This {title} (the "Agreement") is made as of {ctx.date(ctx.day())} between {a_name} and {c_name} (each '
            'a "Party"). Each Party may disclose Confidential Information to the other; '
            'a Party disclosing information is the "Disclosing Party" and a Party receiving it is the "Receiving '
            'Party".'
        )
    else:
        roles = (
            ctx.pick(["Company", "Disclosing Party", "Owner Company"]),
            ctx.pick(["Recipient", "Receiving Party", "Consultant"]),
        )
        a_name, c_name = _entity(ctx), ctx.person() if ctx.chance(0.4) else _entity(ctx)
        _preamble(b, ctx, title, (roles[0], a_name), (roles[1], c_name))
    if ctx.chance(0.6):
        b.p(
            clauses.fill(
                ctx,
                ctx.pick(
                    [
                        "WHEREAS, the parties wish to explore a potential business relationship concerning {topic} "
                        '(the "Transaction"), in connection with which the {A} may disclose certain confidential and '
                        "proprietary information to the {C};",
                        "The parties intend to engage in discussions regarding {topic} and, in that connection, may "
                        "share information that is confidential.",
                    ]
                ),
                A=roles[0],
                C=roles[1],
                topic=ctx.pick(
                    [
                        "a possible acquisition",
                        "a joint development project",
                        "a supply arrangement",
                        "an investment",
                        "a software integration",
                        "a consulting engagement",
                    ]
                ),
            )
        )
    sections = [
        (
            ctx.pick(["Definition of Confidential Information", "Confidential Information", "Definitions"]),
            [ctx.pick(NDA_DEFINITION)],
        ),
        (ctx.pick(["Exclusions", "Exclusions from Confidential Information"]), [ctx.pick(NDA_EXCLUSIONS)]),
        (
            ctx.pick(["Obligations of Receiving Party", "Non-Disclosure and Non-Use", "Duty of Confidentiality"]),
            [ctx.pick(NDA_OBLIGATIONS)],
        ),
        ("Return of Materials", [ctx.pick(NDA_RETURN)]),
        (ctx.pick(["Term", "Term and Survival", "Duration"]), [ctx.pick(NDA_TERM)]),
        (ctx.pick(["Remedies", "Injunctive Relief", "Equitable Relief"]), [ctx.pick(NDA_REMEDIES)]),
        (ctx.pick(["No License", "Ownership; No License", "No Obligation"]), [ctx.pick(NDA_NO_LICENSE)]),
    ]
    if ctx.chance(0.4):
        sections.append(
            (
                "Non-Solicitation",
                [
                    "For a period of twelve (12) months, neither party shall solicit for employment any employee of "
                    "the other party with whom it had contact in connection with the Purpose."
                ],
            )
        )
    sections = [
        (
            h,
            [
                clauses.fill(ctx, p, A=roles[0], C=roles[1], years=ctx.pick(["two (2)", "three (3)", "five (5)"]))
                for p in ps
            ],
        )
        for h, ps in sections
    ]
    sections += clauses.boilerplate(
        ctx,
        ctx.some(
            ["governing_law", "entire_agreement", "severability", "counterparts", "assignment", "amendment"], 2, 5
        ),
    )
    clauses.add_sections(b, ctx, sections)
    clauses.signature_block(
        b, ctx, [(roles[0] if not mutual else "Party A", a_name), (roles[1] if not mutual else "Party B", c_name)]
    )
    return b.build(title.upper() if ctx.chance(0.5) else title)


def nda_mutual(rng: random.Random) -> SyntheticDocument:
    return _nda(
        rng,
        True,
        [
            "Mutual Non-Disclosure Agreement",
            "Mutual Confidentiality Agreement",
            "Mutual NDA",
            "Reciprocal Non-Disclosure Agreement",
        ],
    )


def nda_unilateral(rng: random.Random) -> SyntheticDocument:
    return _nda(
        rng,
        False,
        [
            "Non-Disclosure Agreement",
            "Confidentiality Agreement",
            "One-Way Non-Disclosure Agreement",
            "Confidentiality and Non-Disclosure Agreement",
            "Nondisclosure Agreement",
        ],
    )


def nda_employee(rng: random.Random) -> SyntheticDocument:
    """Employee/contractor confidentiality undertakings signed at onboarding."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("nda", ctx)
    company, person = _entity(ctx), ctx.person()
    b.p(
        f'In consideration of my engagement by {company} (the "Company") and the compensation paid to me, I, '
        f"{person}, agree as follows:"
    )
    items = [
        "Confidential Information. I will hold in strictest confidence, and will not use or disclose to any person, "
        "firm or corporation without written authorization, any Confidential Information of the Company, except as "
        "required in the performance of my duties. Confidential Information includes trade secrets, source code, "
        "customer data, pricing, financial information, product plans and personnel information.",
        "Third-Party Information. I recognize that the Company has received and will receive confidential "
        "information from third parties, and I will hold all such information in the strictest confidence.",
        "Returning Company Documents. Upon termination of my engagement, I will deliver to the Company all devices, "
        "records, data, notes and other documents containing Confidential Information, and will not keep any copies.",
        "Notification. I authorize the Company to notify any new employer of my obligations under this "
        "Confidentiality Agreement.",
        "Whistleblower Immunity Notice. Nothing in this agreement prohibits me from reporting possible violations of "
        "law to a government agency, and I shall not be held liable under any trade secret law for a disclosure made "
        "in confidence to a government official or an attorney solely for the purpose of reporting a suspected "
        "violation of law.",
        "Duration. My obligations under this agreement continue during and after my engagement with the Company, "
        "regardless of the reason for its termination.",
    ]
    for i, item in enumerate(ctx.some(items, 4, 6), 1):
        b.p(f"{i}. {item}")
    b.lines(
        [
            f"Employee/Contractor: {person}",
            "Signature: __________________",
            f"Date: {ctx.date(ctx.day())}",
            f"Accepted by {company}",
            "By: __________________",
        ]
    )
    return b.build(
        ctx.pick(
            [
                "Employee Confidentiality Agreement",
                "Confidentiality Undertaking",
                "Employee Non-Disclosure Agreement",
                "Confidential Information Agreement",
            ]
        )
    )


def nda_short(rng: random.Random) -> SyntheticDocument:
    """One-page NDAs: visitor, event and interview confidentiality forms."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("nda", ctx)
    company = _entity(ctx)
    b.p(
        ctx.pick(
            [
                f"I, the undersigned, understand that during my visit to {company} I may be exposed to confidential "
                "and proprietary information. I agree not to disclose, copy or use any such information, and not to "
                f"take photographs, without the written consent of {company}.",
                f"The Recipient agrees to keep confidential all information disclosed by {company} regarding its "
                "unreleased products and not to disclose it to any third party or use it for any purpose other than "
                f"evaluating a business relationship with {company}.",
            ]
        )
    )
    b.p(
        "This obligation does not apply to information that is already public or that I knew before my visit. This "
        "agreement remains in force for three years and is governed by the laws of " + clauses.jurisdiction(ctx) + "."
    )
    b.fields(
        [
            ("Name", ctx.person()),
            ("Company", ctx.company()),
            ("Signature", ""),
            ("Date", ctx.date(ctx.day())),
            ("Host", ctx.person()),
        ]
    )
    return b.build(
        ctx.pick(
            [
                "Visitor Non-Disclosure Agreement",
                "Confidentiality Agreement",
                "NON-DISCLOSURE AGREEMENT",
                "Visitor Confidentiality Form",
            ]
        )
    )


def nda_fr_de_in(rng: random.Random) -> SyntheticDocument:
    """NDAs in French or German, and Indian NDAs executed on stamp paper."""
    kind = rng.choice(["fr", "de", "in"])
    if kind == "in":
        ctx = Ctx(rng, "en_IN")
        b = start("nda", ctx)
        b.lines(
            [
                "INDIA NON JUDICIAL",
                f"Government of {ctx.pick(['Karnataka', 'Maharashtra', 'Delhi', 'Tamil Nadu'])}",
                f"e-Stamp Certificate No. IN-{ctx.code('??#########?')}",
                "Rs. 100 (One Hundred only)",
            ]
        )
        doc = _nda(rng, rng.random() < 0.5, ["NON-DISCLOSURE AGREEMENT", "CONFIDENTIALITY AGREEMENT"])
        return SyntheticDocument("nda", "", "en_IN", doc.title, tuple(b.blocks) + doc.blocks, "page")
    ctx = Ctx(rng, "fr_FR" if kind == "fr" else "de_DE")
    b = start("nda", ctx)
    a, c = ctx.company(), ctx.company()
    if kind == "fr":
        title = ctx.pick(["ACCORD DE CONFIDENTIALITÉ", "Accord de non-divulgation", "ENGAGEMENT DE CONFIDENTIALITÉ"])
        b.p(
            f"Entre {a}, dont le siège est situé {ctx.address()}, et {c}, dont le siège est situé {ctx.address()}, "
            "ci-après ensemble « les Parties »."
        )
        for h, t in [
            (
                "Objet",
                "Le présent accord a pour objet de définir les conditions dans lesquelles les Parties s'engagent à "
                "préserver la confidentialité des informations échangées dans le cadre de leurs discussions.",
            ),
            (
                "Définition des informations confidentielles",
                "Sont considérées comme confidentielles toutes les informations, de quelque nature que ce soit, "
                "communiquées par une Partie à l'autre, notamment les informations techniques, commerciales, "
                "financières et le savoir-faire.",
            ),
            (
                "Obligations",
                "La Partie destinataire s'engage à ne pas divulguer les informations confidentielles à des tiers, à "
                "ne les utiliser qu'aux seules fins de l'objet du présent accord et à les protéger avec le même "
                "degré de précaution que ses propres informations.",
            ),
            (
                "Durée",
                "Les obligations de confidentialité resteront en vigueur pendant une durée de cinq ans à compter de "
                "la signature du présent accord.",
            ),
            (
                "Restitution",
                "À la fin des discussions, chaque Partie restituera ou détruira l'ensemble des documents contenant "
                "des informations confidentielles.",
            ),
        ]:
            b.h(h, 3)
            b.p(t)
        b.p(f"Fait à {ctx.city()}, le {ctx.date(ctx.day(), 1)}, en deux exemplaires.")
    else:
        title = ctx.pick(
            ["Geheimhaltungsvereinbarung", "Vertraulichkeitsvereinbarung", "GEHEIMHALTUNGSVEREINBARUNG (NDA)"]
        )
        b.p(f"zwischen {a}, {ctx.address()} und {c}, {ctx.address()} \u2013 gemeinsam „die Parteien“ \u2013")
        for i, (h, t) in enumerate(
            [
                (
                    "Vertrauliche Informationen",
                    "Vertrauliche Informationen sind alle Informationen, die eine Partei der anderen im Zusammenhang "
                    "mit dem Projekt offenlegt, insbesondere Geschäftsgeheimnisse, Know-how, Kundendaten und "
                    "technische Unterlagen.",
                ),
                (
                    "Geheimhaltungspflicht",
                    "Die empfangende Partei verpflichtet sich, die vertraulichen Informationen streng geheim zu "
                    "halten, nicht an Dritte weiterzugeben und ausschließlich für den vereinbarten Zweck zu "
                    "verwenden.",
                ),
                (
                    "Ausnahmen",
                    "Die Geheimhaltungspflicht gilt nicht für Informationen, die allgemein bekannt sind oder der "
                    "empfangenden Partei bereits vor der Offenlegung bekannt waren.",
                ),
                (
                    "Vertragsstrafe",
                    "Für jeden Fall der schuldhaften Zuwiderhandlung verpflichtet sich die empfangende Partei zur "
                    f"Zahlung einer Vertragsstrafe in Höhe von {ctx.money(ctx.pick([5000, 10000, 25000]))}.",
                ),
                ("Laufzeit", "Diese Vereinbarung gilt für die Dauer von drei Jahren ab Unterzeichnung."),
            ],
            1,
        ):
            b.h(f"§ {i} {h}", 3)
            b.p(t)
        b.lines([f"{ctx.city()}, den {ctx.date(ctx.day())}", "__________________", a, "__________________", c])
    return b.build(title)


def nda_letter(rng: random.Random) -> SyntheticDocument:
    """Confidentiality undertakings written as a letter to be countersigned (M&A, investors, suppliers)."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start("nda", ctx)
    sender, recipient = _entity(ctx), _entity(ctx)
    b.lines([sender, ctx.address(), ctx.date(ctx.day())])
    b.lines(["PRIVATE AND CONFIDENTIAL", recipient, ctx.address()])
    b.p(
        "Re: "
        + ctx.pick(
            ["Project Falcon", "Proposed Acquisition", "Potential Investment", "Supply Discussions", "Project Atlas"]
        )
        + " - Confidentiality Undertaking"
    )
    b.p(f"Dear {ctx.pick(['Sirs', ctx.person()])},")
    paras = [
        f'In connection with your consideration of a possible transaction with {sender} (the "Purpose"), we are '
        "prepared to make available to you certain information concerning our business which is confidential "
        '("Confidential Information").',
        "In consideration of our doing so, you undertake that you will keep the Confidential Information strictly "
        "confidential, use it solely for the Purpose and not disclose it to any person other than your directors, "
        "employees and professional advisers who need to know it for the Purpose and who are informed of its "
        "confidential nature.",
        "This undertaking does not apply to information which is or becomes public other than through a breach of "
        "this letter, or which you can show was lawfully in your possession before disclosure by us.",
        "On our request, you will promptly return or destroy all documents containing Confidential Information. You "
        "acknowledge that damages alone may not be an adequate remedy for breach of this letter and that we shall be "
        "entitled to seek injunctive relief.",
        f"The obligations in this letter shall continue for {ctx.pick(['two', 'three', 'five'])} years from the date "
        f"of this letter. This letter is governed by the laws of {clauses.jurisdiction(ctx)}.",
    ]
    b.paras(paras)
    b.p("Please confirm your agreement by signing and returning the enclosed copy of this letter.")
    b.lines(
        [
            "Yours faithfully,",
            f"for and on behalf of {sender}",
            "",
            "Agreed and accepted:",
            f"for and on behalf of {recipient}",
            "Signature: ______________  Date: ________",
        ]
    )
    return b.build(None, "letter")


def nda_ncnda(rng: random.Random) -> SyntheticDocument:
    """Non-circumvention, non-disclosure agreements used by brokers and traders: numbered short clauses."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_IN", "en_AU", "en_MY"]))
    b = start("nda", ctx)
    title = ctx.pick(
        [
            "NON-CIRCUMVENTION, NON-DISCLOSURE AGREEMENT",
            "NCNDA",
            "Non-Disclosure and Non-Circumvention Agreement",
            "CONFIDENTIALITY AND NON-CIRCUMVENTION AGREEMENT",
        ]
    )
    parties = [
        (_entity(ctx), ctx.person(), ctx.pick(["Seller", "Buyer", "Intermediary", "Facilitator"]))
        for _ in range(ctx.randint(2, 3))
    ]
    b.p(f'This Agreement is made on {ctx.date(ctx.day())} by and between the undersigned parties (each a "Party"):')
    b.table(["Company", "Represented by", "Role"], [list(p) for p in parties])
    clauses_list = [
        "The Parties agree not to disclose, reveal or make use of any information learned from each other, including "
        "names, addresses, bank details and transaction codes, without the prior written consent of the introducing "
        "Party.",
        "The Parties shall not circumvent, bypass or avoid each other, directly or indirectly, to deal with any "
        "contacts, buyers, sellers or financial institutions introduced by another Party.",
        "Any breach of non-circumvention entitles the injured Party to compensation equal to the maximum commission "
        "or fee it would have earned on the transaction.",
        "All information exchanged shall be treated as strictly confidential and may be used only for the purpose of "
        "the contemplated transaction.",
        "This Agreement remains valid for five (5) years from the date of signature and applies to any renewals, "
        "extensions or repeat transactions.",
        "This Agreement shall be governed by the rules of the International Chamber of Commerce (ICC). Disputes "
        "shall be settled by arbitration.",
        "Signatures transmitted by fax or electronic means shall be deemed original.",
    ]
    for i, text in enumerate(ctx.some(clauses_list, 5, 7), 1):
        b.p(f"{i}. {text}")
    b.lines([f"{company} - Signature: ______________  Date: ________" for company, _, _ in parties])
    return b.build(title)


TEMPLATES: TemplateTable = {
    "contract": [
        contract_services,
        contract_software_license,
        contract_distribution,
        contract_employment,
        contract_purchase,
        contract_consulting,
        contract_sow,
        contract_loan_agreement,
        contract_fr_de,
        contract_letter_agreement,
    ],
    "nda": [nda_mutual, nda_unilateral, nda_employee, nda_short, nda_fr_de_in, nda_letter, nda_ncnda],
}
