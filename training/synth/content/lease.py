"""Leases: US residential and month-to-month, commercial, UK assured shorthold tenancy, Indian leave and licence,
equipment leases, French/German, Canadian, Australian/New Zealand, Spanish/Mexican and Italian residential leases,
room and student lettings, fill-in rental and parking forms, land and vehicle leases, renewal letters and abstracts."""

from __future__ import annotations

import calendar
import datetime as dt
import random

from training.synth import locales
from training.synth.content import clauses
from training.synth.content.common import BLANKS, TemplateTable, start
from training.synth.context import Ctx
from training.synth.locales import dmy, eu_number, long_date
from training.synth.model import DocBuilder, SyntheticDocument

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


# -- helpers for the templates below -------------------------------------------------


def _boxes(ctx: Ctx) -> tuple[str, str]:
    """A form's ticked and unticked box, the same all through one document."""
    return ctx.pick([("[X]", "[ ]"), ("☒", "☐"), ("(x)", "( )"), ("[x]", "[ ]")])


def _add_months(day: dt.date, months: int) -> dt.date:
    """The day before the same date ``months`` later: the last day of a term starting on ``day``."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    same = dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
    return same - dt.timedelta(days=1)


def _sections(b: DocBuilder, ctx: Ctx, sections: list[tuple[str, str]]) -> None:
    """Numbered clauses in one numbering style for the whole document."""
    style = ctx.rng.randrange(5)
    for n, (heading, text) in enumerate(sections, 1):
        if style == 0:
            b.p(f"{n}. {heading}. {text}")
        elif style == 4:
            b.p(f"{n}. {heading.upper()}: {text}")
        else:
            b.h([f"{n}. {heading}", f"Section {n}. {heading}", f"ARTICLE {n} - {heading.upper()}"][style - 1], 3)
            b.p(text)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _plain_name(ctx: Ctx) -> str:
    """A first and last name without the Dr./Sig.ra prefixes Faker sometimes adds."""
    return f"{ctx.first_name()} {ctx.last_name()}"


def _tenants(ctx: Ctx, low: int = 1, high: int = 2) -> list[str]:
    return [ctx.person() for _ in range(ctx.randint(low, high))]


ADDITIONAL_TERMS = [
    "The tenant is responsible for clearing snow and ice from the driveway and walkways of the rental unit.",
    "The tenant will cut the grass and keep the yard tidy during the growing season.",
    "The tenant agrees to have the carpets professionally cleaned when moving out.",
    "No barbecues may be used on the balcony.",
    "Waterbeds and aquariums over 20 gallons require the landlord's written approval.",
    "The tenant will replace furnace filters every three months; the landlord will supply the filters.",
    "Bicycles must be stored in the bicycle room and not in hallways or stairwells.",
    "The tenant will not install satellite dishes or antennas on the exterior of the building.",
    "Quiet hours are from 11 p.m. to 7 a.m.",
    "The tenant must report any water leak to the landlord immediately.",
]


def lease_canada_residential(rng: random.Random) -> SyntheticDocument:
    """Canadian residential tenancy agreements: Ontario's standard form of lease (numbered parts, utilities by
    party, last month's rent deposit), a BC-style agreement with a checklist of what the rent includes, or a Quebec
    'bail de logement' in French."""
    kind = rng.choice(["on", "on", "bc", "qc"])
    ctx = Ctx(rng, "fr_CA" if kind == "qc" else "en_CA")
    b = start(LABEL, ctx)
    rent = ctx.amount(900, 3600, whole=True)
    begin = ctx.day()
    landlord = ctx.person() if ctx.chance(0.5) else ctx.company() + ctx.pick([" Property Management", " Holdings Inc."])
    tenants = _tenants(ctx, 1, 3)
    unit = str(ctx.randint(1, 2400))
    street = ctx.street()
    city = ctx.city()
    postal = ctx.code("?#? #?#")
    if kind == "qc":
        return _bail_quebec(
            ctx,
            b,
            rent=rent,
            begin=begin,
            landlord=landlord,
            tenants=tenants,
            address=f"{unit}-{street}, {city} (Québec) {postal}",
        )
    if kind == "bc":
        return _tenancy_bc(
            ctx,
            b,
            rent=rent,
            begin=begin,
            landlord=landlord,
            tenants=tenants,
            address=f"#{unit} - {street}, {city}, BC {postal}",
        )
    b.p(
        "This tenancy agreement (or lease) is required for most residential tenancies in Ontario. It sets out the "
        "rights and responsibilities of the landlord and tenant. Both parties should read Appendix A, General "
        "Information, which explains their rights under the Residential Tenancies Act, 2006.",
        small=True,
    )
    parts: list[tuple[str, list[tuple[str, str]] | list[str]]] = []
    parts.append(
        (
            "Parties to the Agreement",
            [("Landlord(s) legal name", landlord)] + [(f"Tenant {i}", t) for i, t in enumerate(tenants, 1)],
        )
    )
    parts.append(
        (
            "Rental Unit",
            [
                ("Unit", unit),
                ("Street", street),
                ("City/Town", city),
                ("Province", "Ontario"),
                ("Postal Code", postal),
                (
                    "Number of vehicle parking spaces and description",
                    ctx.pick(["0", "1 - outdoor, spot 14", "1 underground"]),
                ),
                ("The rental unit is a unit in a condominium", ctx.pick(["Yes", "No", "No"])),
            ],
        )
    )
    parts.append(
        (
            "Contact Information",
            [
                ("Address for giving notices or documents to the landlord", ctx.address()),
                ("Both parties agree to receive notices and documents by email", ctx.pick(["Yes", "No"])),
                ("Emergency contact for the landlord", ctx.phone()),
            ],
        )
    )
    fixed = ctx.chance(0.7)
    parts.append(
        (
            "Term of Tenancy Agreement",
            [
                ("This tenancy starts on", ctx.date(begin)),
                (
                    "This tenancy agreement is for",
                    f"a fixed length of time ending on {ctx.date(_add_months(begin, 12))}"
                    if fixed
                    else "a monthly tenancy",
                ),
            ],
        )
    )
    parking = ctx.pick([0.0, 0.0, 50.0, 75.0, 125.0])
    parts.append(
        (
            "Rent",
            [
                ("Rent is to be paid on the", f"{ctx.pick(['first (1st)', '1st'])} day of each month"),
                ("Base rent for the rental unit", ctx.money(rent)),
                ("Parking (if applicable)", ctx.money(parking)),
                ("Total Rent (Lawful Rent)", ctx.money(rent + parking)),
                ("Rent is payable to", landlord),
                (
                    "Rent will be paid in the following way",
                    ctx.pick(["e-Transfer", "post-dated cheques", "pre-authorized debit"]),
                ),
                ("Administration charge for NSF cheques", "$20.00"),
            ],
        )
    )
    util = [(u, ctx.pick(["Landlord", "Tenant"])) for u in ["Electricity", "Heat", "Water"]]
    parts.append(
        (
            "Services and Utilities",
            [
                ("Gas", ctx.pick(["Yes", "No"])),
                ("Air conditioning", ctx.pick(["Yes", "No"])),
                ("Additional storage space", ctx.pick(["Yes", "No"])),
                ("On-site laundry", ctx.pick(["No charge", "Pay per use", "None"])),
                ("Guest parking", ctx.pick(["No charge", "None"])),
                *[(f"{u} is the responsibility of the", who) for u, who in util],
            ],
        )
    )
    deposit = ctx.chance(0.8)
    parts.append(
        (
            "Rent Deposit",
            [
                f"The tenant will pay a rent deposit of {ctx.money(rent + parking)}. This can only be applied to the "
                "rent for the last rental period of the tenancy."
                if deposit
                else "A rent deposit is not required."
            ],
        )
    )
    parts.append(
        (
            "Key Deposit",
            [
                f"The tenant will pay a refundable key deposit of {ctx.money(ctx.pick([50, 75, 100]))} to cover the "
                "cost of replacing the keys, remote entry devices or cards if they are not returned."
                if ctx.chance(0.5)
                else "A key deposit is not required."
            ],
        )
    )
    parts.append(
        (
            "Smoking",
            [
                "Under provincial law, smoking is not allowed in any indoor common areas of the building. The tenant "
                "agrees to these additional rules on smoking: "
                + ctx.pick(["none.", "no smoking in the unit, on the balcony or within 9 metres of an entrance."])
            ],
        )
    )
    parts.append(
        (
            "Tenant's Insurance",
            [
                ctx.pick(
                    [
                        "The tenant must have liability insurance at all times and give proof of insurance to the "
                        "landlord on request.",
                        "There are no tenant insurance requirements.",
                    ]
                )
            ],
        )
    )
    parts.append(
        (
            "Changes to the Rental Unit",
            [
                "The tenant may install decorative items, such as pictures, but cannot make other changes to the "
                "rental unit without the landlord's permission."
            ],
        )
    )
    parts.append(
        (
            "Maintenance and Repairs",
            [
                "The landlord must keep the rental unit and property in good repair and comply with all health, "
                "safety and maintenance standards. The tenant must repair or pay for any undue damage to the rental "
                "unit or property caused by the wilful or negligent conduct of the tenant, their guests or another "
                "person who lives in the rental unit."
            ],
        )
    )
    parts.append(
        (
            "Assignment and Subletting",
            [
                "The tenant may assign or sublet the rental unit to another person only with the consent of the "
                "landlord. The landlord cannot arbitrarily or unreasonably withhold consent to a sublet or potential "
                "assignee."
            ],
        )
    )
    parts.append(("Additional Terms", [f"- {t}" for t in ctx.some(ADDITIONAL_TERMS, 0, 4)] or ["None."]))
    parts.append(
        (
            "Changes to this Agreement",
            [
                "After this agreement is signed, it can be changed only if the landlord and tenant agree to the "
                "changes in writing. The lawful rent may be increased only in accordance with the Residential "
                "Tenancies Act, 2006."
            ],
        )
    )
    for i, (heading, content) in enumerate(parts, 1):
        b.h(f"{i}. {heading}", 3)
        if content and isinstance(content[0], tuple):
            b.fields([c for c in content if isinstance(c, tuple)])
        else:
            b.paras([c for c in content if isinstance(c, str)])
    b.h(f"{len(parts) + 1}. Signatures", 3)
    b.table(
        ["", "Name", "Signature", "Date"],
        [["Landlord", landlord, "", ""]] + [["Tenant", t, "", ""] for t in tenants],
    )
    return b.build(
        ctx.pick(
            [
                "Residential Tenancy Agreement (Standard Form of Lease)",
                "Residential Tenancy Agreement",
                "STANDARD FORM OF LEASE",
            ]
        )
    )


BC_INCLUDED = [
    "Water",
    "Electricity",
    "Heat",
    "Stove and oven",
    "Refrigerator",
    "Dishwasher",
    "Window coverings",
    "Laundry (free)",
    "Storage",
    "Garbage collection",
    "Recycling",
    "Sewage disposal",
    "Snow removal",
    "Internet",
    "Furniture",
    "Parking for one vehicle",
]


def _tenancy_bc(
    ctx: Ctx, b: DocBuilder, *, rent: float, begin: dt.date, landlord: str, tenants: list[str], address: str
) -> SyntheticDocument:
    b.p(
        f"This tenancy agreement is made between {landlord} (the landlord) and {', '.join(tenants)} (the tenant) "
        "under the Residential Tenancy Act. The landlord and tenant are bound by the standard terms set out in this "
        "agreement, which cannot be changed or removed."
    )
    fixed = ctx.chance(0.5)
    b.fields(
        [
            ("Landlord", landlord),
            ("Landlord's address for service", ctx.address()),
            ("Landlord's telephone", ctx.phone()),
            ("Tenant(s)", "; ".join(tenants)),
            ("Address of rental unit", address),
            ("Tenancy starts on", ctx.date(begin)),
            (
                "Length of tenancy",
                f"fixed term ending on {ctx.date(ctx.later(begin, 180, 365))}; at the end of the fixed term the "
                "tenancy continues on a month-to-month basis"
                if fixed
                else "month-to-month",
            ),
            (
                "Rent",
                f"{ctx.money(rent)} per month, payable on the {ctx.pick(['1st', '1st', '15th'])} day of each month",
            ),
            ("Security deposit", f"{ctx.money(rent / 2)} payable on {ctx.date(ctx.later(begin, -20, -1))}"),
            ("Pet damage deposit", ctx.pick([ctx.money(rent / 2), "Not applicable"])),
        ]
    )
    chosen = set(ctx.some(BC_INCLUDED, 3, 10))
    b.h("What is included in the rent", 3)
    on, off = _boxes(ctx)
    b.table(
        None, [[f"{on if item in chosen else off} {item}" for item in BC_INCLUDED[i : i + 4]] for i in range(0, 16, 4)]
    )
    terms = [
        (
            "Security deposit and pet damage deposit",
            "The landlord may not require a security deposit of more than one half of the first month's rent, nor a "
            "pet damage deposit of more than one half of one month's rent. The landlord must return the deposits with "
            "any interest within 15 days after the later of the date the tenancy ends and the date the tenant gives "
            "a forwarding address in writing, unless the tenant agrees in writing to a deduction.",
        ),
        (
            "Condition inspections",
            "The landlord and tenant must together inspect the condition of the rental unit on the day the tenant is "
            "entitled to possession and at the end of the tenancy, and complete a condition inspection report.",
        ),
        (
            "Payment of rent",
            "The tenant must pay the rent on time, unless the tenant is permitted under the Act to deduct from the "
            "rent. The landlord must give the tenant a receipt for rent paid in cash.",
        ),
        (
            "Rent increase",
            "The landlord may increase the rent only once in a 12-month period, in the amount permitted by the "
            "regulation, by giving three full months' notice in the approved form.",
        ),
        (
            "Assign or sublet",
            "The tenant may assign or sublet the rental unit only with the prior written consent of the landlord.",
        ),
        (
            "Repairs",
            "The landlord must provide and maintain the residential property in a state of decoration and repair that "
            "complies with the health, safety and housing standards required by law. The tenant must repair damage "
            "caused by the tenant or a person the tenant permits on the property, but is not responsible for "
            "reasonable wear and tear.",
        ),
        (
            "Landlord's entry",
            "The landlord may enter the rental unit only with the tenant's permission, in an emergency, or after "
            "giving at least 24 hours' written notice stating the purpose, between 8 a.m. and 9 p.m.",
        ),
        (
            "Ending the tenancy",
            "The tenant may end a periodic tenancy by giving the landlord at least one clear month's written notice. "
            "The landlord may end the tenancy only for the reasons and only in the manner set out in the Act.",
        ),
        (
            "Occupants and guests",
            "The landlord must not stop the tenant from having guests under reasonable circumstances and may not "
            "impose restrictions on guests or charge a fee for guests staying overnight.",
        ),
        (
            "Pets",
            ctx.pick(
                [
                    "No pets are permitted without the landlord's written consent.",
                    "The tenant may keep one cat or one small dog; a pet damage deposit is payable.",
                ]
            ),
        ),
    ]
    b.h("Standard terms", 3)
    for i, (h, t) in enumerate(terms, 1):
        b.p(f"{i}. {h}. {t}")
    if ctx.chance(0.5):
        b.h("Addendum", 3)
        b.paras(ctx.some(ADDITIONAL_TERMS, 1, 3))
    b.lines(
        [f"Landlord signature: ____________________  Date: ________  {landlord}"]
        + [f"Tenant signature: ____________________  Date: ________  {t}" for t in tenants]
    )
    return b.build(ctx.pick(["RESIDENTIAL TENANCY AGREEMENT", "Residential Tenancy Agreement"]))


def _bail_quebec(
    ctx: Ctx, b: DocBuilder, *, rent: float, begin: dt.date, landlord: str, tenants: list[str], address: str
) -> SyntheticDocument:
    start_day = begin.replace(month=7, day=1) if ctx.chance(0.6) else begin
    b.p(
        "Formulaire obligatoire du Tribunal administratif du logement. Le locateur doit remettre un exemplaire du "
        "bail au locataire dans les 10 jours de sa conclusion.",
        small=True,
    )
    b.h("A. Entre le locateur et le locataire", 3)
    b.fields(
        [("Locateur", landlord), ("Adresse du locateur", ctx.address()), ("Téléphone", ctx.phone())]
        + [(f"Locataire {i}", t) for i, t in enumerate(tenants, 1)]
    )
    b.h("B. Description et destination du logement loué, des accessoires et dépendances", 3)
    b.fields(
        [
            ("Adresse", address),
            ("Nombre de pièces", ctx.pick(["2 1/2", "3 1/2", "4 1/2", "5 1/2", "6 1/2"])),
            ("Le logement est loué à des fins d'habitation seulement", "Oui"),
            ("Le logement est loué meublé", ctx.pick(["Oui", "Non", "Non"])),
            ("Stationnement", ctx.pick(["extérieur, 1 place", "intérieur, 1 place", "aucun"])),
            ("Remise / espace de rangement", ctx.pick(["Oui", "Non"])),
        ]
    )
    b.h("C. Durée du bail", 3)
    months = ctx.pick([12, 12, 12, 6, 24])
    b.p(
        f"Bail à durée fixe de {months} mois, commençant le {ctx.date(start_day)} et se "
        f"terminant le {ctx.date(_add_months(start_day, months))}."
        if ctx.chance(0.85)
        else f"Bail à durée indéterminée commençant le {ctx.date(start_day)}."
    )
    b.h("D. Loyer", 3)
    b.fields(
        [
            ("Le loyer est de", f"{ctx.money(rent)} par mois"),
            ("Coût total des services", ctx.money(ctx.pick([0, 0, 25, 40]))),
            ("Le loyer est payable le", "1er jour du mois"),
            ("Mode de paiement", ctx.pick(["virement Interac", "chèques postdatés", "argent comptant", "prélèvement"])),
            ("Premier versement", f"payable le {ctx.date(start_day)}"),
        ]
    )
    b.h("E. Services et conditions", 3)
    services = [
        ("Chauffage du logement", ctx.pick(["électrique", "gaz", "mazout"])),
        ("Eau chaude", ""),
        ("Électricité", ""),
        ("Déneigement du stationnement", ""),
        ("Déneigement des balcons et entrées", ""),
        ("Cuisinière et réfrigérateur fournis", ""),
        ("Laveuse et sécheuse", ""),
    ]
    b.table(
        ["Service", "À la charge du locateur", "À la charge du locataire"],
        [
            [f"{name} ({detail})" if detail else name] + (["X", ""] if ctx.chance(0.5) else ["", "X"])
            for name, detail in services
        ],
    )
    b.p(
        ctx.pick(
            [
                "Les animaux sont interdits, sauf entente écrite avec le locateur.",
                "Un chat est autorisé. Le locataire est responsable des dommages causés par son animal.",
                "Il est interdit de fumer dans le logement, sur les balcons et dans les aires communes.",
            ]
        )
        + " Le règlement de l'immeuble a été remis au locataire avant la conclusion du bail."
    )
    b.h("G. Avis au nouveau locataire", 3)
    b.p(
        "Je vous avise que le loyer le plus bas payé au cours des 12 mois précédant le début de votre bail était de "
        f"{ctx.money(rent * ctx.amount(0.85, 1.0))}. Si vous payez un loyer supérieur, vous pouvez demander au "
        "Tribunal de fixer le loyer dans les 10 jours de la conclusion du bail."
    )
    b.h("H. Signatures", 3)
    b.lines(
        [f"Signé à {ctx.city()}, le {ctx.date(begin)}", f"Locateur : ____________________ {landlord}"]
        + [f"Locataire : ____________________ {t}" for t in tenants]
    )
    return b.build(ctx.pick(["BAIL DE LOGEMENT", "Bail de logement", "BAIL DE LOGEMENT - Formulaire obligatoire"]))


AU_STATES = {
    "nsw": (
        "Residential Tenancies Act 2010 (NSW)",
        "NSW Fair Trading through Rental Bonds Online",
        "landlord",
        "tenant",
        "Residential Tenancy Agreement",
    ),
    "qld": (
        "Residential Tenancies and Rooming Accommodation Act 2008",
        "the Residential Tenancies Authority (RTA)",
        "lessor",
        "tenant",
        "General Tenancy Agreement (Form 18a)",
    ),
    "vic": (
        "Residential Tenancies Act 1997 (Vic)",
        "the Residential Tenancies Bond Authority (RTBA)",
        "rental provider",
        "renter",
        "Residential Rental Agreement",
    ),
    "wa": (
        "Residential Tenancies Act 1987 (WA)",
        "the Bond Administrator",
        "owner",
        "tenant",
        "Residential Tenancy Agreement (Form 1AA)",
    ),
    "nz": (
        "Residential Tenancies Act 1986",
        "Tenancy Services (Ministry of Business, Innovation and Employment)",
        "landlord",
        "tenant",
        "Residential Tenancy Agreement",
    ),
}


def lease_au_nz_residential(rng: random.Random) -> SyntheticDocument:
    """Australian state tenancy agreements (NSW, QLD 'Form 18a', VIC 'rental provider'/'renter', WA) and New
    Zealand tenancy agreements: weekly rent, bond lodged with the state authority, water usage, urgent repairs,
    smoke alarms, break-lease terms."""
    state = rng.choice(sorted(AU_STATES))
    ctx = Ctx(rng, "en_NZ" if state == "nz" else "en_AU")
    b = start(LABEL, ctx)
    act, bond_body, owner, occupant, title = AU_STATES[state]
    cap_owner, cap_occ = owner[0].upper() + owner[1:], occupant[0].upper() + occupant[1:]
    weekly = ctx.amount(320, 1100, whole=True)
    begin = ctx.day()
    months = ctx.pick([6, 12, 12, 12, 24, 0])
    agent = ctx.company() + ctx.pick([" Real Estate", " Property Group", " Realty", " Rentals"])
    tenants = _tenants(ctx, 1, 3)
    premises = f"{ctx.street()}, {ctx.city()}"
    items = [
        (f"{cap_owner}", ctx.person()),
        (f"{cap_owner}'s agent", f"{agent}, {ctx.phone()}" if ctx.chance(0.7) else "None"),
        (f"{cap_occ}(s)", "; ".join(tenants)),
        ("Address of the premises", premises),
        ("Term", f"{months} months" if months else "Periodic (no end date)"),
        ("Starting on", ctx.date(begin)),
        ("Ending on", ctx.date(_add_months(begin, months)) if months else "-"),
        (
            "Rent",
            f"{ctx.money(weekly)} per week, payable {ctx.pick(['weekly', 'fortnightly', 'fortnightly', 'monthly'])} "
            "in advance",
        ),
        ("Method of paying rent", ctx.pick(["EFT to the agent's trust account", "Direct debit", "BPAY", "DEFT"])),
        ("Rental bond", f"{ctx.money(weekly * 4)} to be lodged with {bond_body}"),
        ("Maximum number of occupants", str(ctx.randint(2, 6))),
        (
            "Water usage charges payable by " + occupant,
            ctx.pick(["Yes - premises are separately metered and water efficient", "No"]),
        ),
        (
            "Urgent repairs - nominated tradespeople",
            f"Electrical: {ctx.company()} {ctx.phone()}; Plumbing: {ctx.company()} {ctx.phone()}",
        ),
        ("Smoke alarms", ctx.pick(["hardwired", "battery operated (lithium, 10 year)", "hardwired, interconnected"])),
        ("Pets approved", ctx.pick(["None", "1 dog (desexed)", "1 cat", "Yes - see special terms"])),
    ]
    if state == "qld":
        b.table(["Item", "Detail"], [[f"Item {i}. {k}", v] for i, (k, v) in enumerate(items, 1)])
    else:
        b.fields(items)
    b.p(
        f"This agreement is made under the {act}. The {owner} and the {occupant} must comply with the standard terms "
        "of this agreement and cannot change or exclude them."
    )
    terms = [
        (
            "Rent",
            f"The {occupant} must pay rent in advance on the dates and by the method set out above, and the {owner} "
            f"must give the {occupant} a receipt or record of each payment.",
        ),
        (
            "Rent increases",
            f"The rent may not be increased during a fixed term unless this agreement says so, and the {owner} must "
            f"give the {occupant} at least 60 days' written notice of any increase.",
        ),
        (
            "Rental bond",
            f"The {owner} must lodge the bond with {bond_body} within the time required by law. At the end of the "
            "tenancy the bond is refunded less any amount agreed or ordered for unpaid rent or damage beyond fair "
            "wear and tear.",
        ),
        (
            "Condition report",
            f"The {owner} must give the {occupant} two copies of a condition report before or when the {occupant} "
            f"moves in; the {occupant} must return one signed copy within {ctx.pick(['7', '3', '7'])} days.",
        ),
        (
            "Outgoings and utilities",
            f"The {owner} must pay council rates, land tax, strata levies and the fixed water and sewerage charges. "
            f"The {occupant} must pay for electricity, gas and internet and, if the premises are separately metered, "
            "for water usage.",
        ),
        (
            "Use of the premises",
            f"The {occupant} must not use the premises for any illegal purpose, cause a nuisance or interfere with "
            f"the peace and privacy of neighbours, and must keep the premises reasonably clean.",
        ),
        (
            "Repairs",
            f"The {owner} must keep the premises in a reasonable state of repair. The {occupant} must notify the "
            f"{owner} or agent of any damage as soon as practicable. If urgent repairs are needed and the {owner} "
            f"cannot be contacted, the {occupant} may arrange repairs up to the legal limit and be reimbursed.",
        ),
        (
            "Access",
            f"The {owner} or agent may enter the premises for routine inspections no more than four times in any "
            "12 months, with at least 7 days' written notice, and otherwise in accordance with the Act.",
        ),
        (
            "Alterations and pets",
            f"The {occupant} must not make alterations, add fixtures or keep animals without the {owner}'s written "
            "consent, which must not be unreasonably withheld.",
        ),
        (
            "Locks and keys",
            f"Neither party may change or add a lock without the other's consent, except in an emergency. The "
            f"{occupant} must return all keys at the end of the tenancy.",
        ),
        (
            "Ending the agreement",
            f"A periodic agreement may be ended by the {occupant} giving at least 21 days' written notice. If the "
            f"{occupant} ends a fixed term early, a break fee of "
            + ctx.pick(["four weeks' rent", "six weeks' rent", "the reasonable costs of re-letting"])
            + " may be payable.",
        ),
    ]
    if state == "nz":
        terms.append(
            (
                "Healthy homes and insulation",
                "The landlord confirms the premises comply with the healthy homes standards for heating, insulation, "
                "ventilation, moisture and draught stopping; the insulation statement is attached.",
            )
        )
    if state == "vic":
        terms.append(
            (
                "Minimum standards",
                "The rental provider must ensure the premises meet the rental minimum standards on the day the renter "
                "moves in, including a functioning heater, deadlocks and a working kitchen.",
            )
        )
    keep = [terms[0], *ctx.some(terms[1:], 6, len(terms) - 1)]
    b.h(
        ctx.pick(["Standard terms", "THE LANDLORD AND TENANT AGREE", "Terms of this agreement"]).replace(
            "LANDLORD AND TENANT", f"{owner.upper()} AND {occupant.upper()}"
        ),
        3,
    )
    for i, (h, t) in enumerate(keep, 1):
        if ctx.chance(0.5):
            b.p(f"{i}. {h}. {t}")
        else:
            b.h(f"{i}. {h}", 3)
            b.p(t)
    if ctx.chance(0.6):
        b.h("Special terms", 3)
        b.paras(
            ctx.some(
                [
                    "The tenant will have the carpets professionally cleaned at the end of the tenancy if a pet was "
                    "kept at the premises.",
                    "Lawns and gardens are to be maintained by the tenant; the pool is serviced by the owner monthly.",
                    "No smoking inside the premises.",
                    "Picture hooks may be installed with the agent's approval.",
                    "The air conditioner filters are to be cleaned by the tenant every three months.",
                ],
                1,
                3,
            )
        )
    b.lines(
        [f"Signed by the {owner}: ____________________  Date: ________"]
        + [f"Signed by the {occupant}: ____________________  {t}" for t in tenants]
        + [f"Agent: {agent}  Licence no. {ctx.digits(7)}"]
    )
    return b.build(title.upper() if ctx.chance(0.4) else title)


ES_ORDINALS = [
    "PRIMERA",
    "SEGUNDA",
    "TERCERA",
    "CUARTA",
    "QUINTA",
    "SEXTA",
    "SÉPTIMA",
    "OCTAVA",
    "NOVENA",
    "DÉCIMA",
    "UNDÉCIMA",
    "DUODÉCIMA",
    "DECIMOTERCERA",
    "DECIMOCUARTA",
]


def lease_es_it(rng: random.Random) -> SyntheticDocument:
    """Spanish 'contrato de arrendamiento de vivienda' (reunidos/exponen/cláusulas, fianza, LAU), a Mexican
    'contrato de arrendamiento' with a guarantor, or an Italian 'contratto di locazione' (4+4 or 3+2, deposito
    cauzionale, registrazione, cedolare secca)."""
    kind = rng.choice(["es", "es", "mx", "it", "it"])
    if kind == "it":
        return _locazione(Ctx(rng, "it_IT", "EUR"))
    ctx = Ctx(rng, "es_MX" if kind == "mx" else "es_ES", "MXN" if kind == "mx" else "EUR")
    b = start(LABEL, ctx)
    mx = kind == "mx"
    rent = ctx.amount(6500, 38000, whole=True) if mx else ctx.amount(450, 2400, whole=True)

    def money(amount: float) -> str:
        if mx:
            return f"${locales.number(amount, 'en_US')} M.N."
        return f"{eu_number(amount)} euros" if ctx.chance(0.5) else f"{eu_number(amount)} €"

    begin = ctx.day()
    landlord, tenant = _plain_name(ctx), _plain_name(ctx)
    place = ctx.address()
    city = ctx.city()
    b.p(f"En {city}, a {ctx.date(begin, 1)}.")
    b.h("REUNIDOS", 3)
    ident = "con credencial para votar con folio" if mx else "con DNI"
    b.p(
        f"De una parte, D./Dña. {landlord}, mayor de edad, {ident} {ctx.code('########?')}, con domicilio en "
        f"{ctx.address()}, en adelante EL ARRENDADOR."
    )
    b.p(
        f"De otra parte, D./Dña. {tenant}, mayor de edad, {ident} {ctx.code('########?')}, en adelante EL ARRENDATARIO."
    )
    if mx:
        b.p(f"Y D./Dña. {ctx.person()}, en calidad de FIADOR solidario del ARRENDATARIO.")
    b.p(
        "Ambas partes se reconocen mutuamente la capacidad legal necesaria para suscribir el presente contrato y, a "
        "tal efecto,"
    )
    b.h("EXPONEN", 3)
    b.p(
        f"I. Que EL ARRENDADOR es propietario de la vivienda sita en {place}"
        + (f", con referencia catastral {ctx.code('#######??####?####??')}" if not mx else "")
        + f", de {ctx.randint(40, 160)} m², que consta de {ctx.randint(2, 4)} dormitorios, cocina, baño y salón."
    )
    b.p(
        "II. Que EL ARRENDATARIO está interesado en arrendar dicha vivienda para destinarla a su residencia "
        "habitual y permanente, por lo que ambas partes convienen en celebrar el presente CONTRATO DE "
        "ARRENDAMIENTO con arreglo a las siguientes"
    )
    b.h(ctx.pick(["CLÁUSULAS", "ESTIPULACIONES"]), 3)
    law = (
        f"el Código Civil del Estado de {ctx.pick(['Jalisco', 'Nuevo León', 'Puebla', 'México', 'Querétaro'])}"
        if mx
        else "la Ley 29/1994, de 24 de noviembre, de Arrendamientos Urbanos (LAU)"
    )
    clauses_es = [
        (
            "OBJETO",
            "EL ARRENDADOR arrienda a EL ARRENDATARIO, que acepta, la vivienda descrita en el expositivo I, con "
            "el mobiliario y enseres que figuran en el inventario anexo, firmado por ambas partes.",
        ),
        (
            "DURACIÓN",
            f"El plazo de duración del contrato es de {ctx.pick(['un (1) año', 'un año', 'doce meses'])} a contar "
            f"desde el {ctx.date(begin)}"
            + (
                ". Llegado el día del vencimiento, el contrato se prorrogará obligatoriamente por plazos anuales "
                "hasta que alcance una duración mínima de cinco años, salvo que EL ARRENDATARIO manifieste con "
                "treinta días de antelación su voluntad de no renovarlo."
                if not mx
                else ", pudiendo prorrogarse por acuerdo por escrito de las partes."
            ),
        ),
        (
            "RENTA",
            f"La renta mensual se fija en {money(rent)}, que EL ARRENDATARIO abonará por meses anticipados dentro "
            f"de los {ctx.pick(['siete', 'cinco', 'diez'])} primeros días de cada mes mediante transferencia a la "
            f"cuenta {ctx.iban() if not mx else 'CLABE ' + ctx.digits(18)} de la que es titular EL ARRENDADOR.",
        ),
        (
            "ACTUALIZACIÓN DE LA RENTA",
            "La renta se actualizará anualmente en la fecha en que se cumpla cada año de vigencia del contrato, "
            + (
                "conforme al Índice de Referencia para la actualización anual de los contratos de arrendamiento."
                if not mx
                else "conforme al Índice Nacional de Precios al Consumidor (INPC) publicado por el INEGI."
            ),
        ),
        (
            "FIANZA" if not mx else "DEPÓSITO EN GARANTÍA",
            f"EL ARRENDATARIO entrega en este acto la cantidad de {money(rent * (1 if not mx else ctx.pick([1, 2])))}, "
            + (
                "equivalente a una mensualidad de renta, en concepto de fianza legal, que EL ARRENDADOR depositará "
                "en el organismo autonómico competente. La fianza será devuelta a la finalización del contrato, "
                "previa comprobación del estado de la vivienda."
                if not mx
                else "en concepto de depósito en garantía, que le será devuelta al término del arrendamiento si no "
                "existen adeudos ni daños en el inmueble."
            ),
        ),
        (
            "GASTOS Y SUMINISTROS",
            "Serán de cuenta de EL ARRENDATARIO los gastos de suministro de agua, electricidad, gas, teléfono e "
            "internet, que se individualicen mediante contadores. "
            + (
                "Los gastos de comunidad y el Impuesto sobre Bienes Inmuebles (IBI) serán por cuenta de EL ARRENDADOR."
                if not mx
                else "El impuesto predial y las cuotas de mantenimiento del condominio serán a cargo de EL ARRENDADOR."
            ),
        ),
        (
            "CONSERVACIÓN Y OBRAS",
            "EL ARRENDATARIO se obliga a conservar la vivienda en buen estado y a realizar las pequeñas reparaciones "
            "que exija el desgaste por el uso ordinario. No podrá realizar obras que modifiquen la configuración de "
            "la vivienda sin el consentimiento previo y por escrito de EL ARRENDADOR.",
        ),
        (
            "CESIÓN Y SUBARRIENDO",
            "Queda expresamente prohibido el subarriendo, total o parcial, y la cesión del contrato sin el "
            "consentimiento por escrito de EL ARRENDADOR.",
        ),
        (
            "ANIMALES DE COMPAÑÍA",
            ctx.pick(
                [
                    "No se permite la tenencia de animales en la vivienda sin autorización escrita del ARRENDADOR.",
                    "Se autoriza la tenencia de un animal de compañía, siendo EL ARRENDATARIO responsable de los "
                    "daños que pudiera ocasionar.",
                ]
            ),
        ),
        (
            "DESISTIMIENTO",
            "EL ARRENDATARIO podrá desistir del contrato una vez transcurridos al menos seis meses, siempre que lo "
            "comunique a EL ARRENDADOR con una antelación mínima de treinta días.",
        ),
        (
            "ESTADO DE LA VIVIENDA",
            "EL ARRENDATARIO declara recibir la vivienda en perfecto estado de habitabilidad"
            + (", y EL ARRENDADOR le hace entrega del certificado de eficiencia energética." if not mx else "."),
        ),
        (
            "LEGISLACIÓN APLICABLE",
            f"El presente contrato se regirá por lo dispuesto en {law} y, en lo no previsto, por las disposiciones "
            "aplicables del Código Civil. Para cualquier controversia las partes se someten a los juzgados y "
            "tribunales del lugar donde radica la vivienda.",
        ),
    ]
    fixed_head = clauses_es[:3]
    rest = [*ctx.shuffled(clauses_es[3:-1])[: ctx.randint(5, len(clauses_es) - 4)], clauses_es[-1]]
    for i, (h, t) in enumerate(fixed_head + rest):
        b.p(f"{ES_ORDINALS[i]}.- {h}. {t}")
    b.p(
        "Y en prueba de conformidad con cuanto antecede, las partes firman el presente contrato por duplicado y a "
        "un solo efecto en el lugar y fecha indicados en el encabezamiento."
    )
    b.lines(
        ["EL ARRENDADOR                    EL ARRENDATARIO", "_______________                  _______________"]
        + (["EL FIADOR", "_______________"] if mx else [])
    )
    return b.build(
        ctx.pick(
            [
                "CONTRATO DE ARRENDAMIENTO DE VIVIENDA",
                "Contrato de arrendamiento de vivienda habitual",
                "CONTRATO DE ALQUILER DE VIVIENDA",
            ]
            if not mx
            else ["CONTRATO DE ARRENDAMIENTO", "CONTRATO DE ARRENDAMIENTO DE CASA HABITACIÓN"]
        )
    )


def _locazione(ctx: Ctx) -> SyntheticDocument:
    b = start(LABEL, ctx)
    kind = ctx.pick(["libero", "concordato", "transitorio", "studenti"])
    rent = ctx.amount(380, 2200, whole=True)
    begin = ctx.day()
    years = {"libero": "4 (quattro)", "concordato": "3 (tre)", "transitorio": "", "studenti": ""}[kind]
    locatore, conduttore = _plain_name(ctx), _plain_name(ctx)
    city = ctx.city()
    law = {
        "libero": "art. 2, comma 1, della Legge 9 dicembre 1998, n. 431",
        "concordato": "art. 2, comma 3, della Legge 9 dicembre 1998, n. 431 e dell'Accordo territoriale vigente",
        "transitorio": "art. 5, comma 1, della Legge 9 dicembre 1998, n. 431",
        "studenti": "art. 5, commi 2 e 3, della Legge 9 dicembre 1998, n. 431 (studenti universitari)",
    }[kind]
    b.p(f"(ai sensi dell'{law})", align="center")
    b.p(
        f"Il/La Sig./Sig.ra {locatore}, nato/a a {ctx.city()} il {dmy(ctx.birth_date(35, 80))}, codice fiscale "
        f"{ctx.codice_fiscale()}, di seguito denominato/a LOCATORE, CONCEDE IN LOCAZIONE al/alla "
        f"Sig./Sig.ra {conduttore}, nato/a a {ctx.city()} il {dmy(ctx.birth_date(19, 60))}, codice fiscale "
        f"{ctx.codice_fiscale()}, di seguito denominato/a CONDUTTORE, che accetta, l'unità immobiliare posta "
        f"in {ctx.address()}, piano {ctx.randint(0, 6)}, interno {ctx.randint(1, 30)}, composta da n. "
        f"{ctx.randint(1, 5)} vani oltre cucina e servizi, dotata di riscaldamento "
        f"{ctx.pick(['autonomo', 'centralizzato'])}, identificata al Catasto Fabbricati del Comune di {city} al "
        f"foglio {ctx.randint(1, 300)}, particella {ctx.randint(1, 2000)}, subalterno {ctx.randint(1, 40)}, categoria "
        f"{ctx.pick(['A/2', 'A/3', 'A/4'])}, rendita catastale euro {eu_number(ctx.amount(200, 1400))}."
    )
    b.p(
        f"Attestato di Prestazione Energetica (APE): classe {ctx.pick('ABCDEFG')}. La locazione è regolata dalle "
        "seguenti pattuizioni:"
    )
    end = _add_months(begin, 48 if kind == "libero" else 36)
    if kind in ("transitorio", "studenti"):
        months = ctx.pick([6, 10, 12, 18]) if kind == "transitorio" else ctx.pick([12, 24, 36])
        duration = (
            f"Il contratto è stipulato per la durata di mesi {months}, dal {dmy(begin)} al "
            f"{dmy(_add_months(begin, months))}, per la seguente esigenza "
            + (
                "transitoria del conduttore: trasferimento temporaneo per motivi di lavoro."
                if kind == "transitorio"
                else "di studio: iscrizione del conduttore a un corso di laurea presso l'Università di " + city + "."
            )
            + " Alla scadenza il contratto cesserà senza necessità di disdetta."
        )
    else:
        duration = (
            f"Il contratto è stipulato per la durata di anni {years}, dal {dmy(begin)} al {dmy(end)}, e alla prima "
            f"scadenza si rinnova automaticamente per ulteriori anni {'4' if kind == 'libero' else '2'}, salvo "
            "disdetta del locatore nei casi previsti dalla legge, da comunicarsi con lettera raccomandata almeno sei "
            "mesi prima della scadenza."
        )
    articles = [
        ("Durata", duration),
        (
            "Canone",
            f"Il canone annuo di locazione è convenuto in euro {eu_number(rent * 12)}, che il conduttore si obbliga a "
            f"corrispondere in n. 12 rate mensili anticipate di euro {eu_number(rent)} ciascuna, entro il giorno "
            f"{ctx.pick(['5', '5', '10', '1'])} di ogni mese, mediante bonifico bancario sul conto IBAN "
            f"{ctx.italian_iban()} intestato al locatore.",
        ),
        (
            "Deposito cauzionale",
            f"A garanzia delle obbligazioni assunte, il conduttore versa al locatore una somma di euro "
            f"{eu_number(rent * ctx.pick([2, 3]))}, pari a {ctx.pick(['due', 'tre'])} mensilità del canone, "
            "non imputabile in conto canoni e produttiva di interessi legali, che sarà restituita al termine della "
            "locazione previa verifica dello stato dell'unità immobiliare.",
        ),
        (
            "Oneri accessori",
            "Sono a carico del conduttore le spese condominiali ordinarie, il riscaldamento, la fornitura dell'acqua, "
            f"dell'energia elettrica e del gas, per un acconto mensile di euro {eu_number(ctx.amount(30, 180))}, salvo "
            "conguaglio annuale. Le utenze sono intestate al conduttore.",
        ),
        (
            "Destinazione e divieto di sublocazione",
            "L'immobile è destinato esclusivamente ad uso di civile abitazione del conduttore e delle persone con lui "
            "conviventi. È vietata la sublocazione, totale o parziale, e la cessione del contratto senza il consenso "
            "scritto del locatore.",
        ),
        (
            "Recesso del conduttore",
            "Il conduttore ha facoltà di recedere anticipatamente dal contratto, per gravi motivi, dandone avviso al "
            "locatore con lettera raccomandata almeno sei mesi prima.",
        ),
        (
            "Manutenzione e riparazioni",
            "Sono a carico del conduttore le riparazioni di piccola manutenzione di cui agli artt. 1576 e 1609 del "
            "Codice Civile; le riparazioni straordinarie restano a carico del locatore. Il conduttore non può "
            "apportare modifiche ai locali senza il consenso scritto del locatore.",
        ),
        (
            "Consegna",
            "Il conduttore dichiara di aver visitato l'unità immobiliare, di averla trovata adatta all'uso convenuto "
            "e in buono stato di manutenzione, e di prenderla in consegna con il ritiro delle chiavi.",
        ),
        (
            "Accesso del locatore",
            "Il locatore potrà visitare l'immobile, previo avviso, per motivi giustificati e, negli ultimi sei mesi, "
            "per farlo visitare a eventuali nuovi conduttori o acquirenti.",
        ),
        (
            "Animali",
            ctx.pick(
                [
                    "È consentita la detenzione di animali domestici, purché non arrechino disturbo ai vicini.",
                    "Non è consentita la detenzione di animali senza il consenso del locatore.",
                ]
            ),
        ),
        (
            "Registrazione",
            "Il contratto sarà registrato presso l'Agenzia delle Entrate a cura del locatore"
            + ctx.pick(
                [
                    ", che dichiara di optare per il regime della cedolare secca e rinuncia pertanto all'aggiornamento "
                    "ISTAT del canone.",
                    "; le spese di registrazione e l'imposta di bollo sono ripartite in parti uguali tra le parti.",
                ]
            ),
        ),
    ]
    first, middle, last = articles[:2], articles[2:-1], articles[-1]
    chosen = first + ctx.shuffled(middle)[: ctx.randint(5, len(middle))] + [last]
    inline = ctx.chance(0.5)
    for i, (h, t) in enumerate(chosen, 1):
        if inline:
            b.p(f"Art. {i} ({h}) - {t}")
        else:
            b.h(f"Articolo {i} - {h}", 3)
            b.p(t)
    b.p(f"Letto, approvato e sottoscritto. {city}, {long_date(begin, 'it')}")
    b.lines(["Il Locatore ____________________", "Il Conduttore ____________________"])
    if ctx.chance(0.6):
        b.p(
            "Ai sensi degli artt. 1341 e 1342 del Codice Civile, le parti approvano specificamente le clausole di "
            "cui agli articoli " + ", ".join(str(n) for n in range(1, len(chosen) + 1, 2)) + " del presente contratto.",
            small=True,
        )
    return b.build(
        {
            "libero": ctx.pick(["CONTRATTO DI LOCAZIONE AD USO ABITATIVO", "Contratto di locazione abitativa 4+4"]),
            "concordato": ctx.pick(["CONTRATTO DI LOCAZIONE A CANONE CONCORDATO", "Contratto di locazione 3+2"]),
            "transitorio": "CONTRATTO DI LOCAZIONE AD USO ABITATIVO DI NATURA TRANSITORIA",
            "studenti": "CONTRATTO DI LOCAZIONE PER STUDENTI UNIVERSITARI",
        }[kind]
    )


PAY_METHODS = {
    "en_US": ["bank transfer", "check", "Zelle", "cash against a receipt"],
    "en_CA": ["e-transfer", "cheque", "cash against a receipt"],
    "en_AU": ["bank transfer", "direct deposit", "cash against a receipt"],
    "en_GB": ["bank transfer", "standing order", "cash against a receipt"],
}
NOTICE_PERIODS = ["four weeks'", "28 days'", "30 days'", "one month's"]
HOUSE_RULES = [
    "Quiet hours are from {quiet} every night.",
    "Overnight guests are limited to {guests} nights per week and must be introduced to the other occupants.",
    "Shared areas (kitchen, bathroom, living room) must be left clean after each use; a cleaning rota is posted "
    "on the fridge.",
    "No smoking or vaping anywhere in the house or garden.",
    "Food must be stored in the occupant's own cupboard and fridge shelf.",
    "The occupant may not change the lock on their room or copy keys.",
    "Laundry may be done on the occupant's assigned day.",
    "No candles, halogen heaters or cooking appliances in bedrooms.",
    "Bicycles are to be kept in the shed, not in the hallway.",
    "Recycling and rubbish must be sorted and taken out on collection day by whoever is on the rota.",
]


def lease_room_student(rng: random.Random) -> SyntheticDocument:
    """Renting a room: a US room rental agreement in a shared house, a UK lodger agreement with a resident landlord,
    or a student accommodation tenancy for an academic year with bills included, instalments and a guarantor."""
    kind = rng.choice(["room", "lodger", "student"])
    locale = {
        "room": rng.choice(["en_US", "en_US", "en_CA", "en_AU"]),
        "lodger": rng.choice(["en_GB", "en_GB", "en_IE"]),
        "student": rng.choice(["en_GB", "en_AU", "en_US", "en_IE", "en_CA"]),
    }[kind]
    ctx = Ctx(rng, locale)
    b = start(LABEL, ctx)
    owner, occupant = ctx.person(), ctx.person()
    address = ctx.address()
    room = f"Room {ctx.randint(1, 6)}" if kind != "student" else f"Flat {ctx.randint(1, 60)}, Room {ctx.code('?')}"
    begin = ctx.day()
    weekly = kind != "room"
    rent = ctx.amount(110, 360, whole=True) if weekly else ctx.amount(450, 1600, whole=True)
    per = "per week" if weekly else "per month"
    rules = [
        r.replace("{quiet}", ctx.pick(["10 p.m. to 7 a.m.", "11pm to 7am", "10:30 p.m. to 8 a.m."])).replace(
            "{guests}", str(ctx.randint(2, 3))
        )
        for r in ctx.some(HOUSE_RULES, 3, 7)
    ]
    if kind == "student":
        provider = ctx.company() + ctx.pick([" Student Living", " Student Homes", " Residences", " Campus Living"])
        year = begin.year
        b.lines([provider, ctx.address()], bold=True)
        b.fields(
            [
                ("Resident", occupant),
                ("Student ID", ctx.digits(8)),
                ("University", f"University of {ctx.city()}"),
                ("Property", f"{ctx.last_name()} House, {address}"),
                ("Room", f"{room} ({ctx.pick(['Ensuite', 'Standard', 'Studio', 'Twin'])})"),
                ("Tenancy period", f"{ctx.date(begin)} to {ctx.date(ctx.later(begin, 300, 350))} ({year}/{year + 1})"),
                ("Weekly rent", ctx.money(rent)),
                ("Instalments", ctx.pick(["3 termly instalments", "monthly by direct debit", "paid in full"])),
                ("Deposit / booking fee", ctx.money(ctx.pick([150, 250, 300, rent * 2]))),
                ("Guarantor", ctx.person() if ctx.chance(0.7) else "Guarantor service"),
            ]
        )
        b.h("Bills included in your rent", 3)
        b.p(
            ", ".join(
                ctx.some(["Wi-Fi", "electricity", "gas", "water", "contents insurance", "heating"], 3, 6)
            ).capitalize()
            + ". A fair-use policy applies to energy; usage well above the average for the building may be recharged."
        )
        terms = [
            "The resident agrees to pay the rent by the instalment dates shown above. Late payment may result in a "
            "charge and will be reported to the guarantor.",
            "The room is let furnished with a bed, desk, chair and wardrobe as listed on the inventory. The resident "
            "shares the kitchen and living area with the other residents of the flat.",
            "The resident must not sublet the room or allow anyone else to live in it.",
            "Residents are jointly responsible for damage to shared areas where the person responsible cannot be "
            "identified; charges will be deducted from the deposit.",
            "Staff may enter the room after giving 24 hours' notice for inspections and repairs, or without notice in "
            "an emergency or for fire safety checks.",
            "Fire doors must not be propped open. Tampering with smoke detectors is a serious breach of this "
            "agreement.",
            "The resident may end this agreement early only if a replacement student acceptable to the landlord takes "
            "over the tenancy.",
            "At the end of the tenancy the room must be left clean and the keys returned to reception by 10 a.m.",
        ]
    else:
        lodger = kind == "lodger"
        role_o, role_t = ("Householder", "Lodger") if lodger else ("Landlord", "Tenant")
        b.p(
            f"This {'Lodger Agreement' if lodger else 'Room Rental Agreement'} is made on {ctx.date(begin)} between "
            f"{owner} ({role_o}) and {occupant} ({role_t}). {role_o} agrees to let {room} at {address} (the "
            f'"Room") to {role_t}'
            + (
                ", who will share the kitchen, bathroom and living areas with the Householder and the Householder's "
                "family. The Householder lives at the property, so this agreement is a licence to occupy and "
                "does not create a tenancy."
                if lodger
                else ", together with shared use of the kitchen, bathrooms, laundry and common areas of the house."
            )
        )
        deposit = rent * ctx.pick([1, 2, 4]) if weekly else rent
        terms = [
            f"Rent: {role_t} will pay {ctx.money(rent)} {per}, in advance, on "
            + ("each Monday" if weekly else f"the {ctx.pick(['1st', '1st', '5th'])} of each month")
            + f", by {ctx.pick(PAY_METHODS.get(ctx.locale, PAY_METHODS['en_GB']))}.",
            f"Deposit: {role_t} has paid a deposit of {ctx.money(deposit)}, which will be returned within "
            f"{ctx.pick(['14', '21', '30'])} days of moving out, less any unpaid rent or the cost of repairing damage.",
            "Utilities: "
            + ctx.pick(
                [
                    "rent includes electricity, gas, water, heating and internet.",
                    f"rent includes water and internet; electricity and gas are split equally between the "
                    f"{ctx.randint(2, 5)} occupants of the house.",
                    f"rent includes all utilities up to {ctx.money(ctx.pick([50, 75, 100]))} per month; any excess is "
                    "shared equally.",
                ]
            ),
            f"Term: the agreement starts on {ctx.date(begin)} and continues "
            + ctx.pick(["from week to week" if weekly else "from month to month", f"for {ctx.randint(3, 12)} months"])
            + f". Either party may end it by giving {ctx.pick(NOTICE_PERIODS)} written notice.",
            f"Use: the Room is to be used as a private residence by {role_t} only. {role_t} may not sublet the Room or "
            "take in another occupant.",
            f"Repairs: {role_o} will keep the house, its furniture and appliances in good repair. {role_t} will report "
            "any damage promptly and pay for damage caused by carelessness.",
            f"Access: {role_o} may enter the Room "
            + (
                "to clean it and to check its condition."
                if lodger
                else "after giving 24 hours' notice, except in an emergency."
            ),
            "Pets: " + ctx.pick(["no pets are allowed.", "pets only with prior written permission."]),
        ]
        terms = terms[:2] + ctx.shuffled(terms[2:])
    b.h(ctx.pick(["Terms", "Terms of the agreement", "TERMS AND CONDITIONS"]), 3)
    for i, t in enumerate(terms, 1):
        b.p(f"{i}. {t}")
    b.h(ctx.pick(["House Rules", "Rules of the house", "Living together"]), 3)
    b.lines([f"- {r}" for r in rules])
    who = ("Resident", occupant) if kind == "student" else ("Landlord" if kind == "room" else "Householder", owner)
    b.lines(
        [
            f"{who[0]}: {who[1]}  Signature ______________  Date ________",
            f"{'Tenant' if kind == 'room' else 'Lodger' if kind == 'lodger' else 'For the landlord'}: "
            f"{occupant if kind != 'student' else ctx.person()}  Signature ______________  Date ________",
        ]
    )
    return b.build(
        {
            "room": ctx.pick(["Room Rental Agreement", "ROOM RENTAL AGREEMENT", "Room Lease Agreement", "Room Lease"]),
            "lodger": ctx.pick(["Lodger Agreement", "LODGER AGREEMENT", "Licence to Occupy a Room"]),
            "student": ctx.pick(
                ["Student Accommodation Agreement", "Student Tenancy Agreement", "Residence Licence Agreement"]
            ),
        }[kind]
    )


def lease_simple_form(rng: random.Random) -> SyntheticDocument:
    """One-page fill-in rental forms: month-to-month rental agreements, parking space and garage rentals; filled in
    by typing or by hand, or still blank."""
    kind = rng.choice(["monthly", "monthly", "parking", "garage"])
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    mode = ctx.pick(["typed", "typed", "hand", "blank"])
    hand = mode == "hand"
    line = ctx.pick(BLANKS)

    def v(value: str) -> str:
        return line if mode == "blank" else value

    rent = ctx.amount(700, 3200, whole=True) if kind == "monthly" else ctx.amount(40, 350, whole=True)
    begin = ctx.day()
    landlord, tenant = ctx.person(), ctx.person()
    premises = {
        "monthly": f"{ctx.street()}, {ctx.pick(['Apt', 'Unit', 'Suite'])} {ctx.randint(1, 40)}, {ctx.city()}",
        "parking": f"Parking space No. {ctx.randint(1, 300)}, Level {ctx.pick(['P1', 'P2', 'B1', 'Ground'])}, "
        f"{ctx.street()}",
        "garage": f"Garage No. {ctx.randint(1, 30)} at {ctx.street()}",
    }[kind]
    b.p(
        f"This {'Rental Agreement' if kind == 'monthly' else kind.capitalize() + ' Rental Agreement'} is made on "
        "the date below between the Owner/Landlord and the Tenant named below. The Landlord rents to the Tenant, and "
        "the Tenant rents from the Landlord, the premises described below on a month-to-month basis."
    )
    b.fields(
        [
            ("Date", v(ctx.date(begin))),
            ("Landlord", v(landlord)),
            ("Landlord phone", v(ctx.phone())),
            ("Tenant(s)", v(tenant)),
            ("Premises", v(premises)),
            ("Monthly rent", v(ctx.money(rent))),
            ("Rent due on day", v(ctx.pick(["1", "1st", "5", "15"]))),
            ("First month prorated rent", v(ctx.money(rent * ctx.amount(0.2, 1.0)))),
            ("Security deposit", v(ctx.money(rent * ctx.pick([1.0, 1.0, 0.5])))),
            *(
                [
                    ("Vehicle make / model", v(ctx.pick(["Toyota Corolla", "Honda Civic", "Ford F-150", "VW Golf"]))),
                    ("Licence plate", v(ctx.code("???-####"))),
                    ("Access card / remote deposit", v(ctx.money(ctx.pick([25, 50, 75])))),
                ]
                if kind != "monthly"
                else [("Number of occupants", v(str(ctx.randint(1, 5))))]
            ),
        ],
        hand=hand,
        columns=ctx.pick([1, 2]),
    )
    if kind == "monthly":
        utilities = ["Electricity", "Gas", "Water", "Sewer", "Trash", "Internet"]
        paid = set(ctx.some(utilities, 1, 3))
        on, off = _boxes(ctx)
        b.p(
            "Utilities paid by Landlord: "
            + "  ".join(f"{on if u in paid and mode != 'blank' else off} {u}" for u in utilities)
            + ". All other utilities are the Tenant's responsibility."
        )
        terms = [
            "TERM. This is a month-to-month tenancy. Either party may end it by giving the other at least "
            + ctx.pick(["thirty (30)", "30", "sixty (60)"])
            + " days' written notice.",
            "RENT INCREASES. The Landlord may change the rent or other terms with at least 30 days' written notice, "
            "or longer where the law requires.",
            "LATE FEE. Rent paid after the "
            + ctx.pick(["3rd", "5th"])
            + f" day of the month is late, and a late fee of {v(ctx.money(ctx.pick([25, 50, 75])))} will be charged.",
            "DEPOSIT. The deposit will be returned after the Tenant moves out, less unpaid rent and the cost of "
            "repairing damage beyond normal wear and tear, within the time allowed by law.",
            "OCCUPANCY. Only the persons listed above may live at the premises. No subletting without written consent.",
            "PETS. " + ctx.pick(["No pets.", "One pet allowed with a pet deposit.", "Pets only with written consent."]),
            "CONDITION AND REPAIRS. The Tenant has inspected the premises and accepts them as clean and in good "
            "repair. The Tenant will promptly report needed repairs and will pay for damage caused by the Tenant or "
            "guests.",
            "ENTRY. The Landlord may enter with reasonable notice to inspect, repair or show the premises.",
            "KEYS. The Tenant will return all keys when moving out. Locks may not be changed without permission.",
        ]
    else:
        terms = [
            f"USE. The {kind} space may be used only for parking one registered, insured, operable passenger vehicle. "
            "No storage of goods, fuel or hazardous materials, and no vehicle repairs in the space.",
            "TERM. The rental is month to month and may be ended by either party with "
            + ctx.pick(["30 days'", "one month's", "two weeks'"])
            + " written notice.",
            "RENT. Rent is payable monthly in advance. If rent is more than 10 days late the Owner may end this "
            "agreement and have the vehicle towed at the Tenant's expense.",
            "LIABILITY. The Owner is not responsible for theft of or damage to the vehicle or its contents. The "
            "Tenant must keep the vehicle insured.",
            "NO SUBLETTING. The Tenant may not sublet the space or let another vehicle use it.",
            "ACCESS. The access card or remote remains the property of the Owner and must be returned at the end of "
            "the rental; the deposit is refunded on return.",
        ]
    for t in ctx.some(terms[:1], 1, 1) + ctx.shuffled(terms[1:])[: ctx.randint(3, len(terms) - 1)]:
        b.p(t)
    b.lines(
        [
            f"Landlord/Owner signature: ______________________  {v(landlord)}",
            f"Tenant signature: ______________________  {v(tenant)}",
            "Date: ______________",
        ]
    )
    return b.build(
        {
            "monthly": ctx.pick(
                [
                    "MONTH-TO-MONTH RENTAL AGREEMENT",
                    "Month to Month Lease",
                    "Rental Agreement",
                    "Monthly Rental Agreement",
                ]
            ),
            "parking": ctx.pick(["Parking Space Rental Agreement", "PARKING SPACE LEASE", "Parking Agreement"]),
            "garage": ctx.pick(["Garage Rental Agreement", "GARAGE LEASE AGREEMENT"]),
        }[kind],
        "handwritten" if hand else "page",
    )


US_FARM_STATES = ["Iowa", "Illinois", "Nebraska", "Kansas", "Minnesota", "Indiana", "Ohio", "South Dakota", "Missouri"]


def lease_land(rng: random.Random) -> SyntheticDocument:
    """Leases of land rather than buildings: long-term ground leases, farm leases (cash rent per tillable acre or
    crop share), grazing leases and manufactured-home lot leases."""
    kind = rng.choice(["ground", "farm", "farm", "grazing", "lot"])
    ctx = Ctx(
        rng,
        {
            "ground": rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU"]),
            "farm": rng.choice(["en_US", "en_US", "en_US", "en_CA"]),
            "grazing": rng.choice(["en_US", "en_US", "en_CA", "en_AU"]),
            "lot": rng.choice(["en_US", "en_US", "en_US", "en_CA"]),
        }[kind],
    )
    us = ctx.locale == "en_US"
    b = start(LABEL, ctx)
    lessor = ctx.person() if kind != "ground" or ctx.chance(0.3) else ctx.company() + " Land Holdings"
    lessee = ctx.person() if kind in ("farm", "grazing", "lot") else ctx.company()
    begin = ctx.day()
    state = ctx.pick(US_FARM_STATES)
    county = ctx.last_name()
    legal = (
        f"The {ctx.pick(['NW', 'NE', 'SW', 'SE'])} 1/4 of Section {ctx.randint(1, 36)}, Township "
        f"{ctx.randint(70, 99)} North, Range {ctx.randint(10, 45)} West of the 5th P.M., {county} County, {state}"
        if ctx.locale == "en_US"
        else f"Lot {ctx.randint(1, 400)} on Plan {ctx.code('DP######')}, {ctx.city()}"
    )
    if kind == "farm":
        acres = ctx.randint(40, 1200)
        tillable = int(acres * ctx.amount(0.7, 0.98))
        cash = ctx.chance(0.7)
        per_acre = ctx.amount(160, 340, whole=True)
        b.p(
            f"This Farm Lease is made on {ctx.date(begin)} between {lessor} (Landlord) and {lessee} (Tenant). The "
            f"Landlord leases to the Tenant, for agricultural purposes only, the following real estate: {legal}, "
            f"containing approximately {acres} acres, of which {tillable} acres are tillable, together with the "
            "buildings and improvements on it, except the dwelling house."
        )
        start_year = begin.year
        sections = [
            (
                "Term",
                f"The lease begins March 1, {start_year} and ends February "
                f"{29 if (start_year + 1) % 4 == 0 else 28}, {start_year + 1}. It continues from year to year unless "
                "either party gives written notice of termination on or before September 1 of the current lease year.",
            ),
            (
                "Rent",
                f"The Tenant shall pay cash rent of {ctx.money(per_acre)} per tillable acre, a total of "
                f"{ctx.money(per_acre * tillable)} per year, one half on March 1 and one half on November 1."
                if cash
                else "Rent shall be a share of the crops: the Landlord shall receive one-half of all "
                + ("corn and soybeans" if us else "grain and oilseed crops")
                + " grown on the premises, delivered to the elevator designated by the Landlord, and shall pay "
                "one-half of the seed, fertilizer, lime and chemical costs.",
            ),
            (
                "Husbandry",
                "The Tenant shall farm the premises in a good and husbandlike manner, control noxious weeds, maintain "
                "waterways and terraces, and follow the conservation plan filed with the "
                + ("local USDA office." if us else "local conservation authority."),
            ),
            (
                "Fences and Repairs",
                "The Landlord shall furnish materials for necessary repairs of fences and buildings; the Tenant shall "
                "furnish the labour. The Tenant shall not cut trees or remove improvements.",
            ),
            (
                "Government Programs",
                ("Payments under federal farm programs" if us else "Payments under government agricultural programs")
                + " shall be divided between Landlord and Tenant in the same proportion as the crops or, under a cash "
                "lease, paid to the Tenant.",
            ),
            (
                "Hunting and Access",
                "The Landlord reserves hunting rights and the right to enter the premises to inspect, make repairs "
                "and, after harvest, to plough or apply fertilizer for the following year.",
            ),
            (
                "Assignment",
                "The Tenant shall not sublease any part of the premises or assign this lease without the Landlord's "
                "written consent.",
            ),
            (
                "Surrender",
                "At the end of the term the Tenant shall surrender the premises in as good condition as when received, "
                "ordinary wear, acts of God and damage by the elements excepted.",
            ),
        ]
        title = ctx.pick(["FARM LEASE", "Cash Rent Farm Lease" if cash else "Crop Share Farm Lease", "Farmland Lease"])
    elif kind == "grazing":
        aum = ctx.randint(20, 400)
        b.p(
            f"This Grazing Lease is entered into on {ctx.date(begin)} by {lessor} (Lessor) and {lessee} (Lessee) "
            f"for the pasture land described as {legal} (the Pasture)."
        )
        sections = [
            (
                "Grazing Season",
                f"The Lessee may graze livestock on the Pasture from May 1 to October 15, {begin.year}.",
            ),
            (
                "Stocking Rate",
                f"The Lessee shall graze no more than {aum} cow-calf pairs (animal units) and shall remove livestock "
                "if the Lessor reasonably finds the Pasture is being overgrazed.",
            ),
            (
                "Rent",
                f"Rent is {ctx.money(ctx.amount(25, 60))} per animal unit month, payable one half on turnout and the "
                "balance on removal of the livestock.",
            ),
            (
                "Fences and Water",
                "The Lessee shall check and maintain fences and keep water tanks and wells in working order. The "
                "Lessor will supply fence materials.",
            ),
            (
                "Liability",
                "The Lessee is responsible for its livestock, shall carry liability insurance naming the Lessor as "
                "additional insured, and shall hold the Lessor harmless for livestock losses.",
            ),
            (
                "Termination",
                "Either party may terminate this lease for breach on fifteen days' written notice if the breach is not "
                "cured.",
            ),
        ]
        title = ctx.pick(["PASTURE LEASE", "Grazing Lease Agreement", "Pasture Rental Agreement"])
    elif kind == "lot":
        park = ctx.last_name() + ctx.pick([" Manufactured Home Community", " Mobile Home Park", " Estates"])
        lot_rent = ctx.amount(300, 900, whole=True)
        b.p(
            f"This Lot Lease is made on {ctx.date(begin)} between {park} (Community Owner) and {lessee} (Resident) for "
            f"Lot No. {ctx.randint(1, 250)} at {ctx.address()}. The Resident owns the manufactured home placed on the "
            "lot; this lease covers the land only."
        )
        sections = [
            (
                "Term",
                f"The lease is for {ctx.pick(['one year', 'month to month', 'two years'])} starting {ctx.date(begin)}.",
            ),
            (
                "Lot Rent",
                f"Lot rent is {ctx.money(lot_rent)} per month, due on the 1st, and includes "
                + ctx.pick(["water, sewer and trash collection", "trash collection only", "water and sewer"])
                + ". Electricity and propane are paid by the Resident directly to the supplier.",
            ),
            (
                "Security Deposit",
                f"The Resident has paid a security deposit of {ctx.money(lot_rent)}, refundable under "
                + ("state law." if us else "provincial law."),
            ),
            (
                "Community Rules",
                "The Resident agrees to follow the Community Rules attached, including rules on skirting, lot "
                "upkeep, vehicle parking, pets and guests. Rules may be changed on 30 days' written notice.",
            ),
            (
                "Maintenance",
                "The Resident shall keep the home and lot neat, mow the lawn and maintain the skirting and steps. "
                "The Community Owner maintains roads, common areas and utility lines up to the lot connection.",
            ),
            (
                "Sale of Home",
                "The Resident may sell the home in place; the buyer must apply for and be approved as a resident "
                "before occupying the lot.",
            ),
            (
                "Rent Increases and Termination",
                "Lot rent may be increased on 90 days' written notice. The tenancy may be terminated only for the "
                "reasons allowed by the "
                + ("state's manufactured housing act." if us else "Residential Tenancies Act."),
            ),
        ]
        title = ctx.pick(["MANUFACTURED HOME LOT LEASE", "Mobile Home Lot Rental Agreement", "Site Lease"])
        lessor = park
    else:
        years = ctx.pick([49, 50, 60, 75, 99])
        ground_rent = ctx.amount(30000, 900000, whole=True)
        b.p(
            f'THIS GROUND LEASE is made as of {ctx.date(begin)} between {lessor} ("Lessor") and {lessee} '
            f'("Lessee"). Lessor is the owner of the land described in Exhibit A, being {legal}, having an area of '
            f'approximately {ctx.num(ctx.amount(0.5, 40), 2)} acres (the "Land"). Lessor leases the Land to Lessee, '
            "and Lessee leases the Land from Lessor, on the terms below."
        )
        sections = [
            (
                "Term",
                f"The term is {years} years from the Commencement Date"
                + ctx.pick(
                    [
                        ", with two options to extend of ten years each.",
                        ", with one option to extend of twenty years.",
                        ", without any option to extend.",
                    ]
                ),
            ),
            (
                "Ground Rent",
                f"Lessee shall pay annual ground rent of {ctx.money(ground_rent)}, in equal monthly installments in "
                f"advance, increasing by {ctx.pick(['2%', '2.5%', '10% every five years', 'CPI every five years'])}. "
                "The lease is absolutely net: Lessee pays all real estate taxes, assessments, insurance, utilities and "
                "operating costs of the Land and the Improvements.",
            ),
            (
                "Construction of Improvements",
                "Lessee shall construct, at its own cost, a "
                + ctx.pick(
                    [
                        "retail center",
                        "multifamily residential building",
                        "hotel",
                        "office building",
                        "distribution warehouse",
                    ]
                )
                + " on the Land in accordance with plans approved by Lessor, and shall complete construction within "
                "thirty-six months after obtaining building permits.",
            ),
            (
                "Ownership of Improvements",
                "During the term the Improvements are owned by Lessee. On expiry or earlier termination, the "
                "Improvements shall become the property of Lessor without compensation, and Lessee shall surrender "
                "the Land and Improvements in good condition.",
            ),
            (
                "Leasehold Mortgage",
                "Lessee may encumber its leasehold estate by a leasehold mortgage. Lessor shall give the leasehold "
                "mortgagee notice of any default and an opportunity to cure it before terminating this lease.",
            ),
            (
                "Use",
                "The Land may be used only for the purposes described above and uses incidental to them, in "
                "compliance with all zoning and environmental laws.",
            ),
            (
                "Assignment and Subletting",
                "Lessee may sublet space in the Improvements to occupancy tenants in the ordinary course. Any "
                "assignment of this lease requires Lessor's consent, not to be unreasonably withheld.",
            ),
            (
                "Condemnation",
                "If the Land is taken by eminent domain, the award shall be apportioned between Lessor's interest in "
                "the Land and Lessee's interest in the Improvements and the leasehold.",
            ),
        ]
        title = ctx.pick(["GROUND LEASE", "Ground Lease Agreement", "LONG-TERM LAND LEASE", "Land Lease"])
    keep = sections[:2] + ctx.shuffled(sections[2:])[: ctx.randint(3, len(sections) - 2)]
    if kind == "ground" and ctx.chance(0.5):
        keep += [(h, t[0]) for h, t in clauses.boilerplate(ctx, ["notices", "governing_law"])]
    _sections(b, ctx, keep)
    b.lines(
        [
            f"{'LESSOR' if kind in ('ground', 'grazing') else 'LANDLORD' if kind == 'farm' else 'COMMUNITY'}: "
            f"{lessor}   ______________________",
            f"{'LESSEE' if kind in ('ground', 'grazing') else 'TENANT' if kind == 'farm' else 'RESIDENT'}: "
            f"{lessee}   ______________________",
            f"Date: {ctx.date(begin)}",
        ]
    )
    if kind in ("ground", "farm") and ctx.locale == "en_US" and ctx.chance(0.5):
        b.p(
            f"STATE OF {state.upper()}, COUNTY OF {county.upper()}: This instrument was acknowledged before me on "
            f"{ctx.date(begin)} by {lessor}. ______________________ Notary Public. My commission expires "
            f"{ctx.date(ctx.later(begin, 300, 1400))}.",
            small=True,
        )
    return b.build(title)


VEHICLES = [
    ("Toyota", "RAV4 XLE AWD", 34000),
    ("Honda", "Civic EX", 27000),
    ("Hyundai", "Tucson SEL", 31000),
    ("Ford", "Escape ST-Line", 33000),
    ("BMW", "330i xDrive", 50000),
    ("Volkswagen", "Golf 1.5 TSI Life", 29000),
    ("Kia", "Niro EV", 40000),
    ("Tesla", "Model 3 RWD", 42000),
    ("Chevrolet", "Equinox LT", 30000),
    ("Audi", "A3 Sportback 30 TFSI", 36000),
]


def lease_vehicle(rng: random.Random) -> SyntheticDocument:
    """Car leases: a US closed-end motor vehicle lease with its Consumer Leasing Act disclosure box, a UK personal
    contract hire agreement, or a German Kilometerleasing contract."""
    kind = rng.choice(["us", "us", "uk", "de"])
    ctx = Ctx(rng, {"us": "en_US", "uk": "en_GB", "de": "de_DE"}[kind])
    b = start(LABEL, ctx)
    make, model, list_price = ctx.pick(VEHICLES)
    year = ctx.randint(2019, 2025)
    vin = ctx.code("1**??#####?######").replace("I", "J").replace("O", "P").replace("Q", "R")
    begin = ctx.day(year - 1, year)
    months = ctx.pick([24, 36, 36, 39, 48])
    price = round(list_price * ctx.amount(0.92, 1.15))
    residual = round(price * ctx.amount(0.45, 0.65))
    payment = round((price - residual) / months * ctx.amount(1.12, 1.3), 2)
    lessee = _plain_name(ctx)
    dealer = f"{ctx.last_name()} {make}"
    if kind == "de":
        b.fields(
            [
                ("Leasinggeber", ctx.company() + " Leasing GmbH"),
                ("Leasingnehmer", lessee),
                ("Anschrift", ctx.address()),
                ("Fahrzeug", f"{make} {model}, Neufahrzeug"),
                ("Fahrgestell-Nr. (FIN)", vin),
                ("Lieferant", f"Autohaus {ctx.last_name()}"),
                ("Vertragsart", "Kilometerleasing"),
                ("Laufzeit", f"{months} Monate"),
                ("Vereinbarte Gesamtfahrleistung", f"{ctx.pick([10000, 15000, 20000]) * months // 12} km"),
                ("Fahrzeugpreis (Hauspreis)", ctx.money(price)),
                ("Leasing-Sonderzahlung", ctx.money(ctx.pick([0, 1500, 2500, 5000]))),
                ("Monatliche Leasingrate inkl. USt.", ctx.money(payment)),
                ("Mehrkilometer", f"{ctx.num(ctx.amount(0.06, 0.15))} € je km"),
                ("Minderkilometer", f"{ctx.num(ctx.amount(0.03, 0.08))} € je km"),
            ]
        )
        paras = [
            "Der Leasinggeber überlässt dem Leasingnehmer das oben bezeichnete Fahrzeug für die vereinbarte "
            "Laufzeit zum Gebrauch. Das Fahrzeug bleibt Eigentum des Leasinggebers.",
            "Die Leasingraten sind monatlich im Voraus fällig und werden per SEPA-Lastschrift eingezogen.",
            "Der Leasingnehmer hat für das Fahrzeug eine Vollkaskoversicherung mit einer Selbstbeteiligung von "
            "höchstens 1.000 € abzuschließen und die Wartungsarbeiten nach Herstellervorgaben durchführen zu lassen.",
            "Bei Vertragsende ist das Fahrzeug in einem dem Alter und der vertragsgemäßen Fahrleistung entsprechenden "
            "Erhaltungszustand zurückzugeben. Mehr- oder Minderkilometer werden nach den obigen Sätzen abgerechnet.",
            "Eine Untervermietung oder Überlassung an Dritte außerhalb des Haushalts ist ohne Zustimmung des "
            "Leasinggebers nicht gestattet.",
            "Es gelten die beigefügten Allgemeinen Leasing-Bedingungen (ALB).",
        ]
        b.paras(paras[:2] + ctx.shuffled(paras[2:]))
        b.lines([f"{ctx.city()}, {ctx.date(begin)}", "Leasingnehmer ______________", "Leasinggeber ______________"])
        return b.build(ctx.pick(["Leasingvertrag", "LEASINGVERTRAG für Privatkunden", "Leasing-Antrag / Vertrag"]))
    if kind == "uk":
        initial = ctx.pick([3, 6, 9])
        miles = ctx.pick([5000, 8000, 10000, 12000, 15000])
        b.p(
            "This is a Hire Agreement regulated by the Consumer Credit Act 1974. Sign it only if you want to be "
            "legally bound by its terms.",
            small=True,
        )
        b.fields(
            [
                ("Owner", ctx.company() + " Vehicle Leasing Ltd"),
                ("Hirer", lessee),
                ("Hirer's address", ctx.address()),
                ("Vehicle", f"{make} {model}"),
                ("Registration", ctx.code("??## ???")),
                ("Hire period", f"{months} months"),
                ("Initial rental", f"{ctx.money(payment * initial)} ({initial} x monthly rental)"),
                ("Followed by", f"{months - 1} monthly rentals of {ctx.money(payment)}"),
                ("Annual mileage allowance", f"{ctx.num(miles, 0)} miles"),
                ("Excess mileage charge", f"{ctx.pick(['6', '8', '10', '12'])}p per mile plus VAT"),
                ("Maintenance package", ctx.pick(["Included", "Not included"])),
                ("Road fund licence", "Included for the hire period"),
            ]
        )
        clauses_uk = [
            "Ownership. The vehicle remains the property of the Owner at all times. You will not sell it, offer it "
            "as security or let anyone else drive it except as permitted in this agreement.",
            "Insurance. You must keep the vehicle fully comprehensively insured, noting the Owner's interest, and "
            "pay any excess.",
            "Use and care. You must keep the vehicle in good condition, have it serviced as the manufacturer "
            "recommends and not modify it. Damage beyond fair wear and tear will be charged on return.",
            "Early termination. If you end the agreement early you will have to pay an early termination charge, "
            "which may be up to 50% of the remaining rentals.",
            "Return. At the end of the hire period you must make the vehicle available for collection with all keys, "
            "the V5C-related documents and service record.",
            "Your right to terminate. You have a statutory right to terminate this agreement after 18 months by "
            "giving written notice, subject to the minimum payment stated.",
        ]
        b.paras(ctx.shuffled(clauses_uk)[: ctx.randint(4, 6)])
        b.lines(["Signature of Hirer ______________  Date ________", "Signed for the Owner ______________"])
        return b.build(ctx.pick(["Personal Contract Hire Agreement", "CONTRACT HIRE AGREEMENT", "Vehicle Lease"]))
    cap_reduction = ctx.pick([0.0, 999.0, 1500.0, 2500.0, 4000.0])
    acq_fee = ctx.pick([595.0, 650.0, 695.0, 995.0])
    gross_cap = price + acq_fee
    adj_cap = gross_cap - cap_reduction
    depreciation = adj_cap - residual
    rent_charge = round(payment * months - depreciation, 2)
    tax = round(payment * ctx.amount(0.04, 0.09), 2)
    total_monthly = payment + tax
    due = cap_reduction + total_monthly + ctx.pick([0.0, 0.0, 350.0]) + ctx.amount(150, 600)
    b.fields(
        [
            ("Lessor (Dealer)", dealer),
            ("Assignee", ctx.pick([f"{make} Financial Services", ctx.company() + " Auto Lease Trust"])),
            ("Lessee", lessee),
            ("Lessee's address", ctx.address()),
            ("Vehicle", f"{year} {make} {model}, {ctx.pick(['New', 'New', 'Demo'])}"),
            ("VIN", vin),
            ("Odometer", f"{ctx.randint(5, 900)} miles"),
            ("Lease date", ctx.date(begin)),
            ("Lease term", f"{months} months"),
        ],
        columns=2,
    )
    b.h("FEDERAL CONSUMER LEASING ACT DISCLOSURES", 3)
    b.table(
        ["Amount Due at Lease Signing or Delivery", "Monthly Payments", "Other Charges", "Total of Payments"],
        [
            [
                ctx.money(due),
                f"Your first monthly payment of {ctx.money(total_monthly)} is due on {ctx.date(begin)}, followed by "
                f"{months - 1} payments of {ctx.money(total_monthly)} due on the {_ordinal(begin.day)} of each "
                f"month. The total of your monthly payments is {ctx.money(total_monthly * months)}.",
                f"Disposition fee (if you do not purchase the vehicle) {ctx.money(ctx.pick([350, 395, 495]))}",
                ctx.money(due + total_monthly * (months - 1) + 395),
            ]
        ],
    )
    b.table(
        ["Your monthly payment is determined as shown below", "Amount"],
        [
            [
                "Gross capitalized cost (agreed value of the vehicle and items you pay over the lease term)",
                ctx.money(gross_cap),
            ],
            [
                "Capitalized cost reduction (rebate, trade-in or cash that reduces the gross capitalized cost)",
                ctx.money(cap_reduction),
            ],
            ["Adjusted capitalized cost", ctx.money(adj_cap)],
            ["Residual value (the value of the vehicle at the end of the lease)", ctx.money(residual)],
            ["Depreciation and any amortized amounts", ctx.money(depreciation)],
            ["Rent charge", ctx.money(rent_charge)],
            ["Total of base monthly payments", ctx.money(payment * months)],
            ["Lease payments (number)", str(months)],
            ["Base monthly payment", ctx.money(payment)],
            ["Monthly sales/use tax", ctx.money(tax)],
            ["Total monthly payment", ctx.money(total_monthly)],
        ],
        numeric_from=1,
    )
    miles = ctx.pick([10000, 12000, 15000])
    paras = [
        "Early Termination. You may have to pay a substantial charge if you end this lease early. The charge may be "
        "up to several thousand dollars. The actual charge will depend on when the lease is terminated. The "
        "earlier you end the lease, the greater this charge is likely to be.",
        f"Excessive Wear and Use. You may be charged for excessive wear based on our standards for normal use and "
        f"for mileage in excess of {ctx.num(miles, 0)} miles per year at the rate of "
        f"{ctx.pick(['$0.15', '$0.20', '$0.25'])} per mile.",
        f"Purchase Option at End of Lease Term. You have an option to purchase the vehicle at the end of the lease "
        f"term for {ctx.money(residual)} plus a purchase option fee of {ctx.money(ctx.pick([0, 300, 350]))}.",
        "Other Important Terms. See your lease documents for additional information on early termination, "
        "purchase options and maintenance responsibilities, warranties, late and default charges, insurance, and "
        "any security interest, if applicable.",
        "Insurance. You must maintain primary liability, comprehensive and collision insurance on the vehicle "
        "during the lease, naming the Lessor as additional insured and loss payee.",
        "Maintenance. You are responsible for all maintenance and repairs recommended by the manufacturer and "
        "for keeping the vehicle registered in your state.",
    ]
    b.paras(paras[:3] + ctx.shuffled(paras[3:]))
    b.lines(
        [
            "LESSEE: ______________________  Date: ________",
            f"LESSOR: {dealer}  By: ______________________",
            "THIS IS A LEASE. YOU HAVE NO OWNERSHIP RIGHTS IN THE VEHICLE UNLESS AND UNTIL YOU EXERCISE YOUR PURCHASE "
            "OPTION.",
        ]
    )
    return b.build(
        ctx.pick(
            [
                "MOTOR VEHICLE LEASE AGREEMENT - CLOSED END",
                "Closed-End Motor Vehicle Lease",
                "CONSUMER VEHICLE LEASE AGREEMENT",
            ]
        )
    )


def lease_renewal_letter(rng: random.Random) -> SyntheticDocument:
    """Short letters about an existing lease: an offer to renew at a new rent with options to tick, an agent's
    renewal offer for a fixed-term tenancy, or a signed one-page lease extension."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA", "en_IN", "en_NZ"]))
    b = start(LABEL, ctx)
    manager = ctx.company() + ctx.pick([" Property Management", " Residential", " Lettings", " Realty", " Apartments"])
    tenant = ctx.person()
    unit = f"{ctx.pick(['Apt', 'Unit', 'Flat'])} {ctx.randint(1, 400)}"
    address = ctx.address()
    weekly = ctx.locale in ("en_AU", "en_NZ")
    old = ctx.amount(300, 900, whole=True) if weekly else ctx.amount(800, 4200, whole=True)
    new = round(old * ctx.amount(1.0, 1.09))
    per = "per week" if weekly else "per month"
    expiry = ctx.day()
    letter_day = ctx.later(expiry, -95, -45)
    kind = ctx.pick(["offer", "offer", "extension"])
    b.lines([manager, ctx.address(), ctx.phone()], bold=True)
    b.lines([ctx.date(letter_day), "", tenant, f"{unit}, {address}"])
    if kind == "extension":
        b.h(ctx.pick(["LEASE EXTENSION AGREEMENT", "Lease Extension", "Extension of Tenancy Agreement"]), 2)
        b.p(
            f"The lease dated {ctx.date(ctx.later(expiry, -370, -360))} between {manager} (Landlord) and {tenant} "
            f"(Tenant) for the premises at {unit}, {address} (the Lease) is extended from {ctx.date(expiry)} to "
            f"{ctx.date(ctx.later(expiry, 180, 366))}."
        )
        b.p(
            f"During the extended term the rent will be {ctx.money(new)} {per}, payable as set out in the Lease. "
            f"The security deposit of {ctx.money(old)} will continue to be held under the Lease. "
            + ctx.pick(
                [
                    "The tenant will now pay for water and sewer, which will be billed monthly with the rent.",
                    "All other terms, including the rules on pets, subletting and utilities, remain unchanged.",
                    "All other terms and conditions of the Lease remain in full force and effect.",
                ]
            )
        )
        b.lines(["Landlord: ____________________  Date: ______", "Tenant: ____________________  Date: ______"])
        return b.build(None, "letter")
    b.p(f"Re: {ctx.pick(['Lease renewal', 'Renewal of your tenancy', 'Your lease expires soon'])} - {unit}, {address}")
    b.p(f"Dear {tenant},")
    b.p(
        f"Your current lease for the above {ctx.pick(['apartment', 'home', 'property', 'premises'])} expires on "
        f"{ctx.date(expiry)}. We have enjoyed having you as a resident and are pleased to offer you a renewal. "
        + (
            f"The owner has instructed us to offer a new {ctx.pick(['6', '12'])}-month fixed-term agreement at "
            f"{ctx.money(new)} {per}."
            if weekly
            else f"Your current rent is {ctx.money(old)} {per}. Please choose one of the options below:"
        )
    )
    if not weekly:
        b.lines(
            [
                f"[ ] 12-month lease at {ctx.money(new)} {per}",
                f"[ ] 6-month lease at {ctx.money(new * 1.04)} {per}",
                f"[ ] Month-to-month at {ctx.money(new * 1.12)} {per}",
                "[ ] I/We will not renew and will vacate the premises on ______________",
            ]
        )
    b.p(
        f"Please sign and return this letter by {ctx.date(ctx.later(letter_day, 14, 30))}. "
        + ctx.pick(
            [
                "If we do not hear from you, your tenancy will continue on a month-to-month basis at the "
                "month-to-month rate shown above.",
                f"If you intend to move out, written notice of at least {ctx.pick(['30', '60'])} days before the "
                "lease end date is required under your lease.",
                "Your security deposit will carry over to the new lease. All other terms of your current lease "
                "remain the same.",
            ]
        )
    )
    b.p(ctx.pick(["Kind regards,", "Sincerely,", "Yours sincerely,"]))
    b.lines([ctx.person(), ctx.pick(["Property Manager", "Leasing Consultant", "Senior Property Manager"])])
    b.lines([f"Resident signature: ____________________  Date: ______  ({tenant})"])
    return b.build(None, "letter")


def lease_abstract(rng: random.Random) -> SyntheticDocument:
    """Lease abstracts and key-terms summaries: the one or two pages a property manager, lender or tenant keeps in
    place of the full lease (parties, dates, rent schedule, deposits, options, responsibilities, critical dates)."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_GB", "en_CA", "en_AU", "en_IN"]))
    b = start(LABEL, ctx)
    residential = ctx.chance(0.3) and ctx.locale != "en_IN"
    landlord = ctx.company() + ctx.pick([" Properties LLC", " REIT", " Realty Partners", " Estates Ltd"])
    tenant = ctx.person() if residential else ctx.company()
    begin = ctx.day()
    years = 1 if residential else ctx.pick([3, 5, 5, 7, 10, 15])
    end = ctx.later(begin, 365 * years - 1, 365 * years - 1)
    if residential:
        rent = ctx.amount(900, 4500, whole=True)
        b.lines([landlord, ctx.address()], bold=True)
        b.p(
            "This summary is provided for convenience. If there is any difference between this summary and the "
            "signed lease, the lease prevails.",
            small=True,
        )
        rows = [
            ("Property", f"{ctx.address()}, Unit {ctx.randint(1, 300)}"),
            ("Tenant(s)", f"{tenant}" + (f", {ctx.person()}" if ctx.chance(0.4) else "")),
            ("Lease start", ctx.date(begin)),
            ("Lease end", ctx.date(end)),
            ("Monthly rent", ctx.money(rent)),
            ("Rent due", f"{ctx.pick(['1st', '1st', '5th'])} of each month; late fee after the 5th"),
            ("Security deposit", ctx.money(rent * ctx.pick([1.0, 1.5]))),
            ("Pet deposit / pet rent", ctx.pick(["None - no pets", f"{ctx.money(300)} / {ctx.money(35)} per month"])),
            (
                "Utilities paid by tenant",
                ", ".join(ctx.some(["electricity", "gas", "water", "sewer", "trash", "internet"], 1, 4)),
            ),
            ("Parking", ctx.pick(["1 assigned space", "Street parking only", "Garage space #" + ctx.digits(2)])),
            ("Renter's insurance", ctx.pick([f"Required - {ctx.money(100000)} liability", "Recommended"])),
            ("Notice to vacate", ctx.pick(["30 days' written notice", "60 days before lease end"])),
            ("Subletting", "Not permitted without written consent"),
            ("Maintenance requests", f"Tenant portal or {ctx.phone()}"),
        ]
        b.table(["Term", "Summary"], [list(r) for r in rows])
        return b.build(ctx.pick(["Lease Summary", "Key Terms of Your Lease", "Tenancy Summary"]))
    sqft = ctx.randint(1200, 85000)
    base = ctx.amount(12, 70)
    b.lines(
        [
            ctx.pick(["LEASE ABSTRACT", "Lease Abstract", "Commercial Lease Abstract"]),
            f"Prepared {ctx.date(ctx.later(begin, 10, 400))}",
        ],
        bold=True,
    )
    b.h("Parties and Premises", 3)
    b.fields(
        [
            (
                "Property",
                f"{ctx.last_name()} {ctx.pick(['Plaza', 'Business Park', 'Tower', 'Commons', 'Center'])}, "
                f"{ctx.address()}",
            ),
            ("Landlord", landlord),
            ("Tenant", tenant),
            ("Guarantor", ctx.pick(["None", ctx.person(), ctx.company() + " (parent)"])),
            ("Premises", f"Suite {ctx.randint(100, 2500)}, {ctx.pick(['1st', '2nd', '3rd', '10th'])} floor"),
            ("Rentable area", f"{ctx.num(sqft, 0)} RSF"),
            (
                "Use",
                ctx.pick(
                    [
                        "General office",
                        "Retail - apparel",
                        "Restaurant",
                        "Warehouse/distribution",
                        "Medical office",
                        "Fitness studio",
                    ]
                ),
            ),
        ],
        columns=2,
    )
    b.h("Key Dates", 3)
    b.table(
        ["Event", "Date"],
        [
            ["Lease execution", ctx.date(ctx.later(begin, -90, -20))],
            ["Commencement date", ctx.date(begin)],
            ["Rent commencement", ctx.date(ctx.later(begin, 0, 120))],
            ["Expiration date", ctx.date(end)],
            ["Renewal notice deadline", ctx.date(ctx.later(end, -365, -180))],
        ],
    )
    b.h("Base Rent Schedule", 3)
    esc = ctx.pick([0.025, 0.03, 0.035])
    b.table(
        ["Period", "Annual Rent / RSF", "Annual Base Rent", "Monthly Installment"],
        [
            [
                f"Year {y}",
                ctx.money(base * (1 + esc) ** (y - 1)),
                ctx.money(base * sqft * (1 + esc) ** (y - 1)),
                ctx.money(base * sqft * (1 + esc) ** (y - 1) / 12),
            ]
            for y in range(1, min(years, 6) + 1)
        ],
        numeric_from=1,
    )
    rows = [
        ("Lease type", ctx.pick(["Triple net (NNN)", "Modified gross", "Full service gross", "Industrial gross"])),
        (
            "Operating expenses",
            ctx.pick(
                [
                    f"Pro rata share {ctx.num(ctx.amount(1, 30), 2)}% over base year {begin.year}",
                    "Tenant pays pro rata share of CAM, taxes and insurance",
                ]
            ),
        ),
        (
            "Security deposit",
            ctx.pick(
                [
                    ctx.money(ctx.amount(5000, 120000, whole=True)),
                    "Letter of credit " + ctx.money(ctx.amount(50000, 500000, whole=True)),
                ]
            ),
        ),
        ("Free rent", ctx.pick(["None", f"{ctx.randint(1, 6)} months"])),
        ("TI allowance", ctx.money(ctx.amount(0, 80)) + " per RSF"),
        ("Renewal options", ctx.pick(["One 5-year option at 95% of FMV", "Two 5-year options at FMV", "None"])),
        ("Termination option", ctx.pick(["None", "After month 60 with 9 months' notice and unamortized costs"])),
        ("Right of first refusal", ctx.pick(["None", "Adjacent space on the same floor"])),
        ("Assignment/subletting", "Landlord consent required, not to be unreasonably withheld; 50% profit sharing"),
        ("Parking", f"{ctx.num(ctx.amount(1, 5), 1)} spaces per 1,000 RSF"),
        ("Signage", ctx.pick(["Building directory and suite entry", "Monument sign", "Storefront signage"])),
        (
            "Utilities",
            ctx.pick(["Separately metered; tenant pays providers directly", "Included in operating expenses"]),
        ),
        ("Repairs - Landlord", "Roof, structure, foundation, common areas"),
        ("Repairs - Tenant", "Interior, HVAC serving the premises (service contract required)"),
        ("Holdover", ctx.pick(["150% of last monthly rent", "125% for first 60 days, then 150%"])),
        (
            "Insurance",
            f"Liability {ctx.money(1000000)} per occurrence / {ctx.money(2000000)} aggregate; landlord named "
            "additional insured",
        ),
    ]
    b.h("Financial and Other Terms", 3)
    b.table(["Clause", "Summary", "Lease Ref."], [[k, v, f"§{ctx.randint(2, 40)}"] for k, v in ctx.shuffled(rows)])
    b.p(
        "Abstract prepared from the lease and "
        + ctx.pick(["first amendment", "all amendments on file", "commencement date memorandum"])
        + ". Verify all terms against the original documents before relying on them.",
        small=True,
    )
    return b.build(None)


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
        lease_canada_residential,
        lease_au_nz_residential,
        lease_es_it,
        lease_room_student,
        lease_simple_form,
        lease_land,
        lease_vehicle,
        lease_renewal_letter,
        lease_abstract,
    ]
}
