"""Leases: US residential and month-to-month, commercial, UK assured shorthold tenancy, Indian leave and licence,
equipment leases, and French/German residential leases."""

from __future__ import annotations

import random

from doc_classifier.training.synth.content import clauses
from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.model import SyntheticDocument

LABEL = "lease"

RESIDENTIAL_TERMS = [
    (
        "Rent",
        "Tenant shall pay Landlord monthly rent of {rent}, due in advance on the {due} day of each month, without "
        "demand or deduction, by {method}.",
    ),
    (
        "Security Deposit",
        "Upon execution of this Lease, Tenant shall deposit with Landlord the sum of {deposit} as a security "
        "deposit, to be held as security for the performance of Tenant's obligations and returned within {ret} days "
        "after Tenant vacates the Premises, less lawful deductions for unpaid rent and damage beyond normal wear and "
        "tear.",
    ),
    (
        "Late Charges",
        "If any installment of rent is not received within five (5) days after its due date, Tenant shall pay a late "
        "fee of {late}, plus a fee of $35 for any returned check.",
    ),
    (
        "Utilities",
        "Tenant shall be responsible for all utilities and services to the Premises, including electricity, gas, "
        "water, sewer, trash, internet and cable, except {except}, which shall be paid by Landlord.",
    ),
    (
        "Use and Occupancy",
        "The Premises shall be used solely as a private residence and shall be occupied only by the persons named in "
        "this Lease and their minor children. Guests staying more than fourteen (14) days require Landlord's written "
        "consent.",
    ),
    (
        "Pets",
        "No animals, birds or pets of any kind shall be kept on the Premises without Landlord's prior written "
        "consent and payment of a pet deposit of {pet}.",
    ),
    (
        "Maintenance and Repairs",
        "Tenant shall keep the Premises in a clean and sanitary condition and shall promptly notify Landlord of any "
        "needed repairs. Landlord shall maintain the roof, structure, plumbing, heating and electrical systems in "
        "good working order.",
    ),
    (
        "Alterations",
        "Tenant shall not paint, install fixtures, change locks or make any alterations to the Premises without "
        "Landlord's prior written consent.",
    ),
    (
        "Entry by Landlord",
        "Landlord may enter the Premises at reasonable times upon at least twenty-four (24) hours' notice to "
        "inspect, make repairs or show the Premises to prospective tenants or purchasers, and at any time in an "
        "emergency.",
    ),
    (
        "Subletting and Assignment",
        "Tenant shall not sublet the Premises or assign this Lease without the prior written consent of Landlord.",
    ),
    ("Smoking", "Smoking of any substance is prohibited inside the Premises and in all common areas."),
    (
        "Renter's Insurance",
        "Tenant is encouraged to obtain renter's insurance. Landlord's insurance does not cover Tenant's personal "
        "property.",
    ),
    (
        "Move-Out",
        "At the end of the Term, Tenant shall surrender the Premises in the same condition as received, ordinary "
        "wear and tear excepted, and return all keys to Landlord.",
    ),
    (
        "Holding Over",
        "If Tenant remains in possession after the expiration of the Term without a new lease, the tenancy shall be "
        "month-to-month at a rent of one hundred fifty percent (150%) of the monthly rent.",
    ),
    (
        "Lead-Based Paint Disclosure",
        'For housing built before 1978, Tenant acknowledges receipt of the EPA pamphlet "Protect Your Family From '
        "Lead in Your Home\" and the Landlord's disclosure of known lead-based paint hazards.",
    ),
]


def _lease_values(ctx: Ctx) -> dict[str, str]:
    rent = ctx.amount(650, 4800, whole=True)
    return {
        "rent": ctx.money(rent),
        "deposit": ctx.money(rent * ctx.pick([1.0, 1.5, 2.0])),
        "due": ctx.pick(["first (1st)", "1st", "fifth (5th)"]),
        "method": ctx.pick(["check or money order", "electronic transfer", "the online tenant portal"]),
        "ret": ctx.pick(["fourteen (14)", "twenty-one (21)", "thirty (30)"]),
        "late": ctx.money(ctx.pick([50, 75, 100, rent * 0.05])),
        "except": ctx.pick(["water and trash", "none", "sewer", "common area electricity"]),
        "pet": ctx.money(ctx.pick([250, 300, 500])),
    }


def lease_residential_us(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    monthly = ctx.chance(0.3)
    landlord, tenant = ctx.person() if ctx.chance(0.5) else ctx.company() + " Property Management", ctx.person()
    begin = ctx.day()
    values = _lease_values(ctx)
    title = ctx.pick(
        ["Month-to-Month Rental Agreement", "Monthly Rental Agreement"]
        if monthly
        else [
            "Residential Lease Agreement",
            "RESIDENTIAL LEASE",
            "Lease Agreement",
            "Apartment Lease",
            "Residential Tenancy Agreement",
        ]
    )
    b.p(
        f'This {title} ("Lease") is made on {ctx.date(begin)} between {landlord} ("Landlord") and {tenant}'
        + (f" and {ctx.person()}" if ctx.chance(0.4) else "")
        + ' ("Tenant"). Landlord hereby leases to Tenant, and Tenant hereby rents from Landlord, the premises '
        "located at "
        + f'{ctx.address()}, Unit {ctx.randint(1, 40)} (the "Premises"), together with the following furnishings and '
        "appliances: "
        f"{ctx.pick(['refrigerator, stove, dishwasher', 'washer and dryer', 'none', 'window coverings'])}."
    )
    if monthly:
        term = (
            f"The tenancy shall begin on {ctx.date(begin)} and shall continue on a month-to-month basis until "
            "terminated by either party upon thirty (30) days' written notice."
        )
    else:
        end = ctx.later(begin, 360, 370)
        term = f'The term of this Lease shall begin on {ctx.date(begin)} and end on {ctx.date(end)} (the "Term").'
    sections = [("Term", [term])]
    for heading, template in ctx.some(RESIDENTIAL_TERMS, 8, len(RESIDENTIAL_TERMS)):
        text = template
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        sections.append((heading, [text]))
    sections += clauses.boilerplate(ctx, ["governing_law", "severability", "entire_agreement"])
    clauses.add_sections(b, ctx, sections)
    b.p("Tenant acknowledges that Tenant has read this Lease, understands it, and agrees to be bound by its terms.")
    b.lines(
        [
            "LANDLORD: ____________________  Date: ________",
            f"{landlord}",
            "TENANT: ____________________  Date: ________",
            f"{tenant}",
        ]
    )
    return b.build(title.upper() if ctx.chance(0.5) else title)


def lease_commercial(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA", "en_IN"]))
    b = start(LABEL, ctx)
    landlord, tenant = ctx.company() + " Realty", ctx.company()
    sqft = ctx.randint(800, 45000)
    base = ctx.amount(14, 65)
    begin = ctx.day()
    b.h(ctx.pick(["BASIC LEASE INFORMATION", "Summary of Basic Terms", "Reference Provisions"]), 3)
    b.fields(
        [
            ("Landlord", landlord),
            ("Tenant", tenant),
            ("Premises", f"Suite {ctx.randint(100, 1900)}, {ctx.address()}"),
            ("Rentable Square Feet", ctx.num(sqft, 0)),
            ("Commencement Date", ctx.date(begin)),
            ("Lease Term", f"{ctx.pick([3, 5, 7, 10])} years"),
            ("Base Rent", f"{ctx.money(base)} per rentable square foot per annum, payable monthly"),
            ("Annual Escalation", ctx.pick(["3%", "2.5%", "CPI"])),
            ("Security Deposit", ctx.money(ctx.amount(5000, 90000, whole=True))),
            (
                "Permitted Use",
                ctx.pick(
                    [
                        "General office use",
                        "Retail sale of apparel",
                        "Restaurant",
                        "Warehouse and light industrial",
                        "Medical office",
                    ]
                ),
            ),
            ("Tenant's Proportionate Share", f"{ctx.num(ctx.amount(1, 40), 2)}%"),
        ]
    )
    b.table(
        ["Lease Year", "Annual Base Rent", "Monthly Installment"],
        [
            [str(y), ctx.money(base * sqft * (1.03 ** (y - 1))), ctx.money(base * sqft * (1.03 ** (y - 1)) / 12)]
            for y in range(1, ctx.randint(4, 7))
        ],
        numeric_from=1,
    )
    sections = [
        (
            "Demise",
            [
                "Landlord hereby leases to Tenant and Tenant hereby leases from Landlord the Premises for the Term, "
                "together with the non-exclusive right to use the Common Areas of the Building."
            ],
        ),
        (
            "Additional Rent; Operating Expenses",
            [
                "In addition to Base Rent, Tenant shall pay as Additional Rent its Proportionate Share of Operating "
                'Expenses and Real Estate Taxes (common area maintenance, or "CAM" charges) in excess of the Base '
                "Year, in monthly estimated installments subject to annual reconciliation."
            ],
        ),
        (
            "Tenant Improvements",
            [
                "Landlord shall provide a tenant improvement allowance of "
                + ctx.money(ctx.amount(5, 60))
                + " per rentable square foot toward the cost of Tenant's initial improvements in accordance with the "
                "Work Letter attached as Exhibit C."
            ],
        ),
        (
            "Option to Renew",
            [
                "Provided Tenant is not in default, Tenant shall have one option to extend the Term for five (5) "
                "years at ninety-five percent (95%) of the then fair market rent, exercisable by written notice "
                "given not less than nine (9) months before expiration."
            ],
        ),
        (
            "Insurance",
            [
                "Tenant shall maintain commercial general liability insurance with limits of not less than "
                "$2,000,000 per occurrence, naming Landlord and its property manager as additional insureds."
            ],
        ),
        (
            "Assignment and Subletting",
            [
                "Tenant shall not assign this Lease or sublet all or any part of the Premises without Landlord's "
                "prior written consent, which shall not be unreasonably withheld."
            ],
        ),
        (
            "Default",
            [
                "If Tenant fails to pay Rent within five (5) days after written notice, Landlord may terminate this "
                "Lease, re-enter the Premises and recover all damages, including unpaid Rent for the remainder of "
                "the Term."
            ],
        ),
        (
            "Surrender",
            [
                "Upon expiration or earlier termination, Tenant shall surrender the Premises broom clean and in good "
                "condition, reasonable wear and tear and casualty excepted."
            ],
        ),
    ]
    sections += clauses.boilerplate(ctx, ["governing_law", "notices", "entire_agreement", "severability"])
    clauses.add_sections(b, ctx, sections)
    clauses.signature_block(b, ctx, [("Landlord", landlord), ("Tenant", tenant)])
    return b.build(
        ctx.pick(
            [
                "Commercial Lease Agreement",
                "OFFICE LEASE",
                "Retail Lease",
                "Standard Industrial/Commercial Lease",
                "Triple Net Lease",
                "Lease of Business Premises",
            ]
        )
    )


def lease_uk_ast(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    rent = ctx.amount(550, 3500, whole=True)
    begin = ctx.day()
    b.p(
        "This agreement is intended to create an assured shorthold tenancy as defined in section 19A of the Housing "
        "Act 1988 (as amended) and the provisions for the recovery of possession by the Landlord in section 21 of "
        "that Act apply accordingly."
    )
    b.fields(
        [
            ("The Landlord", ctx.person()),
            ("The Tenant(s)", f"{ctx.person()} and {ctx.person()}" if ctx.chance(0.5) else ctx.person()),
            ("The Property", ctx.address()),
            ("The Term", f"{ctx.pick([6, 12, 24])} months commencing on {ctx.date(begin)}"),
            (
                "The Rent",
                f"{ctx.money(rent)} per calendar month payable in advance on the {ctx.pick(['1st', '15th', '28th'])} "
                "day of each month",
            ),
            (
                "The Deposit",
                f"{ctx.money(rent * 1.15)} to be protected with "
                + ctx.pick(["the Deposit Protection Service (DPS)", "mydeposits", "the Tenancy Deposit Scheme (TDS)"]),
            ),
        ]
    )
    obligations = [
        "To pay the rent on the days and in the manner specified.",
        "To pay council tax, water charges, gas, electricity, telephone and television licence for the property "
        "during the tenancy.",
        "To keep the interior of the property in good and clean condition and not to cause damage to it.",
        "Not to assign, sublet or part with possession of the property without the prior written consent of the "
        "Landlord.",
        "To allow the Landlord or their agent access at reasonable times on giving at least 24 hours' written notice "
        "to inspect the condition of the property.",
        "Not to keep any pets at the property without the Landlord's written consent.",
        "To give vacant possession at the end of the tenancy and return all keys.",
    ]
    b.h(ctx.pick(["The Tenant's obligations", "Tenant agrees"]), 3)
    for i, ob in enumerate(ctx.some(obligations, 4, 7), 1):
        b.p(f"{i}. {ob}")
    b.h(ctx.pick(["The Landlord's obligations", "Landlord agrees"]), 3)
    b.p(
        "The Landlord agrees to allow the Tenant quiet enjoyment of the property and to carry out repairs required "
        "under section 11 of the Landlord and Tenant Act 1985, including to the structure and exterior and "
        "installations for the supply of water, gas, electricity and heating."
    )
    b.p(
        "The Landlord confirms that a valid Gas Safety Certificate, Energy Performance Certificate and the "
        "government's 'How to rent' guide have been provided to the Tenant."
    )
    b.lines(
        [
            "Signed by the Landlord ____________________",
            "Signed by the Tenant(s) ____________________",
            f"Date {ctx.date(begin)}",
        ]
    )
    return b.build(
        ctx.pick(
            [
                "ASSURED SHORTHOLD TENANCY AGREEMENT",
                "Tenancy Agreement",
                "Assured Shorthold Tenancy Agreement for a House or Flat",
            ]
        )
    )


def lease_india_leave_licence(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    rent = ctx.amount(8000, 120000, whole=True)
    begin = ctx.day()
    if ctx.chance(0.6):
        b.lines(
            [
                "INDIA NON JUDICIAL",
                f"e-Stamp Certificate No. IN-{ctx.code('??#########?')}",
                f"Stamp Duty Amount(Rs.) {ctx.pick(['100', '200', '500'])}",
            ]
        )
    leave = ctx.chance(0.5)
    owner, occupant = ("Licensor", "Licensee") if leave else ("Lessor", "Lessee")
    b.p(
        f"This {'Leave and Licence Agreement' if leave else 'Rent Agreement'} is made and executed at {ctx.city()} "
        f"on this {ctx.date(begin)} BETWEEN {ctx.person()}, "
        f'aged about {ctx.randint(30, 75)} years, residing at {ctx.address()}, hereinafter called the "{owner}" '
        "(which expression shall unless repugnant to the context mean and include their heirs, executors and "
        "assigns) of the ONE PART; "
        f"AND {ctx.person()}, aged about {ctx.randint(21, 60)} years, residing at {ctx.address()}, hereinafter "
        f'called the "{occupant}" of the OTHER PART.'
    )
    b.p(
        f"WHEREAS the {owner} is the absolute owner of the flat/premises bearing No. {ctx.randint(1, 900)}, "
        f'{ctx.address()} (hereinafter called the "Schedule Premises"), and the {occupant} has approached the '
        f"{owner} to take the said premises on {'leave and licence' if leave else 'rent'} for residential purposes."
    )
    b.p("NOW THIS AGREEMENT WITNESSETH AS FOLLOWS:")
    terms = [
        f"That the {owner} has agreed to give the Schedule Premises to the {occupant} for a period of eleven (11) "
        f"months commencing from {ctx.date(begin)}.",
        f"That the {occupant} shall pay a monthly {'licence fee' if leave else 'rent'} of Rs. {ctx.num(rent)} "
        f"(Rupees {ctx.num(rent, 0)} only) on or before the 5th day of every English calendar month.",
        f"That the {occupant} has paid an interest-free refundable security deposit of Rs. "
        f"{ctx.num(rent * ctx.pick([3, 6, 10]))}, which shall be refunded at the time of vacating the premises after "
        "deducting arrears, if any.",
        f"That the {occupant} shall pay the electricity and water charges as per actual consumption and the society "
        "maintenance charges.",
        f"That the {occupant} shall not sublet or part with possession of the premises and shall use it only for "
        "residential purposes.",
        "That either party may terminate this agreement by giving one month's notice in writing.",
        f"That the rent shall be enhanced by {ctx.pick(['5%', '10%'])} on renewal of this agreement.",
    ]
    for i, t in enumerate(terms, 1):
        b.p(f"{i}. {t}")
    b.p(
        "IN WITNESS WHEREOF the parties have signed this agreement on the day, month and year first above written "
        "in the presence of the following witnesses."
    )
    b.lines(
        [f"{owner}: ______________", f"{occupant}: ______________", "WITNESSES: 1. ______________  2. ______________"]
    )
    return b.build(
        ctx.pick(["LEAVE AND LICENCE AGREEMENT", "RENTAL AGREEMENT", "RENT AGREEMENT", "LEASE DEED"])
        if leave
        else ctx.pick(["RENTAL AGREEMENT", "RENT AGREEMENT", "LEASE DEED"])
    )


def lease_equipment(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    lessor, lessee = ctx.company() + " Leasing", ctx.company()
    payment = ctx.amount(150, 9000)
    b.p(
        f'This Equipment Lease Agreement is entered into on {ctx.date(ctx.day())} between {lessor} ("Lessor") and '
        f'{lessee} ("Lessee").'
    )
    b.table(
        ["Qty", "Equipment Description", "Serial Number"],
        [
            [
                str(ctx.randint(1, 5)),
                ctx.pick(
                    [
                        "Forklift, 5,000 lb capacity",
                        "Multifunction copier",
                        "CNC milling machine",
                        "Commercial dishwasher",
                        "Server rack and storage array",
                        "Ultrasound system",
                    ]
                ),
                ctx.code("SN-#######"),
            ]
            for _ in range(ctx.randint(1, 4))
        ],
    )
    sections = [
        (
            "Lease Term",
            [
                f"The lease term is {ctx.pick([24, 36, 48, 60])} months commencing on the date of delivery of the "
                "Equipment."
            ],
        ),
        (
            "Rent",
            [
                f"Lessee shall pay Lessor monthly rent of {ctx.money(payment)} plus applicable taxes, the first "
                "payment being due on delivery."
            ],
        ),
        (
            "Ownership",
            [
                "The Equipment is and shall remain the property of Lessor. Lessee shall have no right, title or "
                "interest in the Equipment except as lessee under this Lease."
            ],
        ),
        (
            "Maintenance and Risk of Loss",
            [
                "Lessee shall keep the Equipment in good repair at its own expense and bears the entire risk of "
                "loss, theft or destruction of the Equipment from delivery until its return."
            ],
        ),
        (
            "End of Term Options",
            [
                "At the end of the term, Lessee may (a) return the Equipment, (b) renew this Lease for twelve "
                "months, or (c) purchase the Equipment for its fair market value (or $1.00 under a $1 buyout lease)."
            ],
        ),
    ]
    sections += clauses.boilerplate(ctx, ["governing_law", "entire_agreement"])
    clauses.add_sections(b, ctx, sections)
    clauses.signature_block(b, ctx, [("Lessor", lessor), ("Lessee", lessee)])
    return b.build(
        ctx.pick(["Equipment Lease Agreement", "EQUIPMENT LEASE", "Vehicle Lease Agreement", "Master Lease Agreement"])
    )


def lease_fr_de(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start(LABEL, ctx)
    rent = ctx.amount(450, 2200, whole=True)
    if lang == "fr":
        title = ctx.pick(
            ["CONTRAT DE LOCATION", "Bail d'habitation", "CONTRAT DE LOCATION \u2013 LOGEMENT NU", "Bail meublé"]
        )
        b.p("(Soumis au titre Ier bis de la loi du 6 juillet 1989 tendant à améliorer les rapports locatifs)")
        b.fields(
            [
                ("Le bailleur", ctx.person()),
                ("Le locataire", ctx.person()),
                ("Adresse du logement", ctx.address()),
                ("Surface habitable", f"{ctx.randint(18, 140)} m²"),
                ("Date de prise d'effet", ctx.date(ctx.day())),
                ("Durée du contrat", ctx.pick(["3 ans", "1 an (meublé)", "6 ans"])),
                ("Loyer mensuel hors charges", ctx.money(rent)),
                ("Provision sur charges", ctx.money(ctx.amount(30, 250))),
                ("Dépôt de garantie", ctx.money(rent)),
                ("Modalité de révision", "Indice de référence des loyers (IRL)"),
            ]
        )
        b.p(
            "Le locataire est tenu de payer le loyer et les charges récupérables aux termes convenus, d'user "
            "paisiblement des locaux, de répondre des dégradations, de prendre à sa charge l'entretien courant et de "
            "s'assurer contre les risques locatifs."
        )
        b.p(
            "Le bailleur est tenu de remettre au locataire un logement décent, d'assurer la jouissance paisible du "
            "logement et d'entretenir les locaux en état de servir à l'usage prévu. Un état des lieux sera établi "
            "lors de la remise des clés."
        )
        b.lines(
            [
                f"Fait à {ctx.city()}, le {ctx.date(ctx.day(), 1)}",
                "Signature du bailleur (« lu et approuvé »)",
                "Signature du locataire (« lu et approuvé »)",
            ]
        )
    else:
        title = ctx.pick(["Mietvertrag für Wohnraum", "MIETVERTRAG", "Wohnungsmietvertrag", "Gewerbemietvertrag"])
        b.p(f"Zwischen {ctx.person()} (Vermieter) und {ctx.person()} (Mieter) wird folgender Mietvertrag geschlossen:")
        for i, (h, t) in enumerate(
            [
                (
                    "Mietsache",
                    f"Vermietet wird die Wohnung im {ctx.pick(['Erdgeschoss', '1. Obergeschoss', '3. OG links'])} "
                    f"des Hauses {ctx.address()}, bestehend aus {ctx.randint(1, 5)} Zimmern, Küche, Bad, mit einer "
                    f"Wohnfläche von ca. {ctx.randint(30, 140)} m².",
                ),
                (
                    "Mietzeit",
                    f"Das Mietverhältnis beginnt am {ctx.date(ctx.day())} und läuft auf unbestimmte Zeit. Die "
                    "Kündigung richtet sich nach den gesetzlichen Vorschriften.",
                ),
                (
                    "Miete und Nebenkosten",
                    f"Die Grundmiete beträgt monatlich {ctx.money(rent)}. Daneben zahlt der Mieter eine "
                    f"Vorauszahlung auf die Betriebskosten in Höhe von {ctx.money(ctx.amount(80, 350))}.",
                ),
                (
                    "Mietkaution",
                    f"Der Mieter leistet eine Kaution in Höhe von {ctx.money(rent * 3)}, die in drei Monatsraten "
                    "gezahlt werden kann.",
                ),
                (
                    "Schönheitsreparaturen",
                    "Die Schönheitsreparaturen trägt der Mieter, soweit die Wohnung renoviert übergeben wurde.",
                ),
                ("Tierhaltung", "Die Haltung von Hunden und Katzen bedarf der Zustimmung des Vermieters."),
            ],
            1,
        ):
            b.h(f"§ {i} {h}", 3)
            b.p(t)
        b.lines([f"{ctx.city()}, den {ctx.date(ctx.day())}", "Vermieter ______________", "Mieter ______________"])
    return b.build(title)


def lease_residential_formal(rng: random.Random) -> SyntheticDocument:
    """Long-form residential leases drafted like commercial contracts: recitals, boilerplate, 'IN WITNESS WHEREOF'."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_GB", "en_IN", "en_AU"]))
    b = start(LABEL, ctx)
    landlord, tenant = ctx.company() + ctx.pick([" Properties LLC", " Realty", " Homes", ""]), ctx.person()
    begin = ctx.day()
    values = _lease_values(ctx)
    title = ctx.pick(
        [
            "Residential Lease Agreement",
            "Lease Agreement",
            "RENTAL LEASE AGREEMENT",
            "Apartment Lease Contract",
            "House Lease",
        ]
    )
    b.p(
        f'THIS {title.upper()} (the "Lease") is made and entered into on {ctx.date(begin)}, by and between {landlord} '
        f'("Landlord") and {tenant} ("Tenant"). Landlord and Tenant are collectively referred to as the "Parties".'
    )
    b.p(
        f'WHEREAS, Landlord is the owner of the residential property located at {ctx.address()} (the "Premises"); and '
        "WHEREAS, Landlord desires to lease the Premises to Tenant, and Tenant desires to lease the Premises from "
        "Landlord, "
        "for the term and upon the conditions set forth herein. NOW, THEREFORE, in consideration of the mutual "
        "promises "
        "herein contained, the Parties agree as follows:"
    )
    end = ctx.later(begin, 180, 740)
    sections = [
        (
            "Term",
            [
                f"The Lease term shall commence on {ctx.date(begin)} and terminate on {ctx.date(end)}, unless "
                "renewed or extended in writing."
            ],
        ),
        (
            "Rent",
            [
                f"Tenant agrees to pay Landlord as rent for the Premises the sum of {values['rent']} per month, in "
                f"advance, on or before the {values['due']} day of each month."
            ],
        ),
    ]
    for heading, template in ctx.some(RESIDENTIAL_TERMS, 6, 12):
        text = template
        for key, value in values.items():
            text = text.replace("{" + key + "}", value)
        sections.append((heading, [text]))
    sections += clauses.boilerplate(
        ctx, ctx.some(["governing_law", "severability", "entire_agreement", "notices", "amendment", "assignment"], 3, 6)
    )
    clauses.add_sections(b, ctx, sections)
    clauses.signature_block(b, ctx, [("Landlord", landlord), ("Tenant", tenant)])
    return b.build(title)


def lease_sublease_amendment(rng: random.Random) -> SyntheticDocument:
    """Subleases, lease renewals/extensions and lease amendments referring to an existing lease."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    kind = ctx.pick(["sublease", "renewal", "amendment"])
    original = ctx.date(ctx.day(2012, 2022))
    landlord, tenant, other = ctx.person(), ctx.person(), ctx.person()
    premises = ctx.address()
    if kind == "sublease":
        title = ctx.pick(["Sublease Agreement", "SUBLEASE AGREEMENT", "Room Sublet Agreement"])
        b.p(
            f'This Sublease Agreement is entered into on {ctx.date(ctx.day())} between {tenant} ("Sublessor") and '
            f"{other} "
            f'("Subtenant") for the premises located at {premises} (the "Premises"), which Sublessor leases from '
            f"{landlord} "
            f'("Landlord") under a lease dated {original} (the "Master Lease").'
        )
        terms = [
            ("Term", f"The sublease term begins on {ctx.date(ctx.day())} and ends on {ctx.date(ctx.day(2025, 2027))}."),
            (
                "Rent",
                f"Subtenant shall pay Sublessor rent of {ctx.money(ctx.amount(500, 3000, whole=True))} per month, "
                "due on the first day of each month.",
            ),
            (
                "Security Deposit",
                f"Subtenant shall pay a security deposit of {ctx.money(ctx.amount(500, 3000, whole=True))}, "
                "refundable at the end of the sublease term less any deductions for damage.",
            ),
            (
                "Master Lease",
                "Subtenant agrees to comply with all terms of the Master Lease, a copy of which is attached. "
                "Sublessor remains liable to Landlord for all obligations under the Master Lease.",
            ),
            (
                "Landlord's Consent",
                "This Sublease is conditioned upon the written consent of Landlord, as required by the Master Lease.",
            ),
        ]
    else:
        title = ctx.pick(
            ["Lease Renewal Agreement", "Lease Extension Agreement"]
            if kind == "renewal"
            else ["First Amendment to Lease", "Lease Amendment", "Addendum to Lease Agreement"]
        )
        b.p(
            f'This {title} is made on {ctx.date(ctx.day())} between {landlord} ("Landlord") and {tenant} ("Tenant") '
            "with respect to the "
            f'lease dated {original} for the premises at {premises} (the "Lease").'
        )
        terms = [
            ("Extended Term", f"The term of the Lease is hereby extended through {ctx.date(ctx.day(2025, 2028))}."),
            (
                "Rent",
                f"Effective {ctx.date(ctx.day())}, the monthly rent shall be "
                f"{ctx.money(ctx.amount(600, 6000, whole=True))}.",
            ),
            ("Pets", "Tenant may keep one cat at the Premises subject to an additional monthly pet rent of $35."),
            ("Parking", "Tenant is assigned parking space No. " + str(ctx.randint(1, 200)) + "."),
            (
                "Ratification",
                "Except as modified herein, all terms and conditions of the Lease remain in full force and effect "
                "and are hereby ratified by Landlord and Tenant.",
            ),
        ]
    for i, (heading, text) in enumerate(ctx.some(terms, 3, 5), 1):
        b.p(f"{i}. {heading}. {text}")
    b.lines(
        ["Landlord: ______________________  Date: ________", "Tenant: ______________________  Date: ________"]
        + (["Subtenant: ______________________  Date: ________"] if kind == "sublease" else [])
    )
    return b.build(title)


TEMPLATES: TemplateTable = {
    LABEL: [
        lease_residential_us,
        lease_commercial,
        lease_uk_ast,
        lease_india_leave_licence,
        lease_equipment,
        lease_fr_de,
        lease_residential_formal,
        lease_sublease_amendment,
    ]
}
