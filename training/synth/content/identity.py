"""Identity documents: driver's licences and passport data pages from several countries.

These arrive as photos, so their text is short, label-heavy and noisy; passports end
with a machine-readable zone whose check digits are computed as ICAO 9303 specifies.
"""

from __future__ import annotations

import datetime as dt
import random

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

MONTHS_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_FR = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]
EYES = ["BRN", "BLU", "GRN", "HAZ", "BLK", "GRY"]
HAIR = ["BRN", "BLK", "BLN", "RED", "GRY", "BAL"]
SPECIMEN = ["SPECIMEN", "SAMPLE", "SPECIMEN ONLY", "VOID", "MUSTER"]


def mrz_check_digit(text: str) -> str:
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(text):
        if ch.isdigit():
            value = int(ch)
        elif ch.isalpha():
            value = ord(ch.upper()) - 55
        else:
            value = 0
        total += value * weights[i % 3]
    return str(total % 10)


def _mrz_name(text: str) -> str:
    cleaned = "".join(ch if ch.isalpha() else "<" for ch in text.upper())
    return cleaned.translate(str.maketrans("ÀÁÂÄÃÇÈÉÊËÌÍÎÏÑÒÓÔÖÙÚÛÜ", "AAAAACEEEEIIIINOOOOUUUU"))


def passport_mrz(
    code: str, surname: str, given: str, *, number: str, nationality: str, birth: dt.date, sex: str, expiry: dt.date
) -> tuple[str, str]:
    """The two 44-character lines of a TD3 (passport) machine-readable zone."""
    line1 = f"P<{code:<3}{_mrz_name(surname)}<<{_mrz_name(given)}".replace(" ", "<")
    line1 = (line1 + "<" * 44)[:44]
    num = (number.replace(" ", "") + "<" * 9)[:9]
    dob = birth.strftime("%y%m%d")
    exp = expiry.strftime("%y%m%d")
    personal = "<" * 14
    fields = [num, mrz_check_digit(num), f"{nationality:<3}", dob, mrz_check_digit(dob), sex, exp, mrz_check_digit(exp)]
    body = "".join([*fields, personal, mrz_check_digit(personal)])
    composite = body[0:10] + body[13:20] + body[21:43]
    line2 = (body + mrz_check_digit(composite)).replace(" ", "<")
    return line1, line2


def _card_date(ctx: Ctx, day: dt.date, style: str) -> str:
    if style == "us":
        return day.strftime("%m/%d/%Y")
    if style == "dmy":
        return day.strftime("%d.%m.%Y") if ctx.chance(0.5) else day.strftime("%d/%m/%Y")
    if style == "passport":
        return (
            f"{day.day:02d} {MONTHS_EN[day.month - 1]} {day.year}"
            if ctx.chance(0.7)
            else f"{day.day:02d} {MONTHS_EN[day.month - 1]}/{MONTHS_FR[day.month - 1]} {str(day.year)[2:]}"
        )
    return day.isoformat()


def _maybe_specimen(b: DocBuilder, ctx: Ctx) -> None:
    if ctx.chance(0.15):
        b.lines([ctx.pick(SPECIMEN)], bold=True, align="center")


# -- driver's licences ------------------------------------------------------------------

US_STATES = [
    ("CALIFORNIA", "CA"),
    ("NEW YORK STATE", "NY"),
    ("Texas", "TX"),
    ("FLORIDA", "FL"),
    ("PENNSYLVANIA", "PA"),
    ("ILLINOIS", "IL"),
    ("WASHINGTON", "WA"),
    ("GEORGIA", "GA"),
    ("OHIO", "OH"),
    ("Michigan", "MI"),
    ("NEW JERSEY", "NJ"),
    ("ARIZONA", "AZ"),
    ("COLORADO", "CO"),
    ("Massachusetts", "MA"),
    ("VIRGINIA", "VA"),
    ("NORTH CAROLINA", "NC"),
    ("OREGON", "OR"),
    ("NEVADA", "NV"),
]


def drivers_license_us(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start("drivers_license", ctx)
    state, _abbr = ctx.pick(US_STATES)
    birth = ctx.birth_date(16, 85)
    issued = ctx.day(2016, 2024)
    expiry = issued.replace(year=issued.year + ctx.pick([4, 5, 6, 8]), day=min(issued.day, 28))
    first, last = ctx.first_name().upper(), ctx.last_name().upper()
    header = [
        state if ctx.chance(0.7) else f"{state} USA",
        ctx.pick(
            [
                "DRIVER LICENSE",
                "DRIVER LICENSE",
                "DRIVER'S LICENSE",
                "DRIVERS LICENSE",
                "OPERATOR LICENSE",
                "Driver License",
            ]
        ),
    ]
    if ctx.chance(0.4):
        header.append(ctx.pick(["REAL ID", "USA", "FEDERAL LIMITS APPLY", "NOT FOR REAL ID PURPOSES", "ENHANCED"]))
    b.lines(header, bold=True)
    _maybe_specimen(b, ctx)
    numbered = ctx.chance(0.6)  # AAMVA field numbers printed before the labels
    address = ctx.address_lines()
    pairs = [
        (
            "4d DL" if numbered else ctx.pick(["DL", "DLN", "LIC#", "NO."]),
            ctx.code(ctx.pick(["?#######", "#########", "???-##-####", "#### #### ####", "?###-###-##-###-#"])),
        ),
        ("4b EXP" if numbered else "EXP", _card_date(ctx, expiry, "us")),
        ("1" if numbered else "LN", last),
        ("2" if numbered else "FN", first + (" " + ctx.code("?") if ctx.chance(0.4) else "")),
        ("8" if numbered else "", " ".join(x.upper() for x in address)),
        ("3 DOB" if numbered else "DOB", _card_date(ctx, birth, "us")),
        ("4a ISS" if numbered else "ISS", _card_date(ctx, issued, "us")),
        ("9 CLASS" if numbered else "CLASS", ctx.pick(["C", "D", "A", "B", "M", "E", "DM"])),
        ("12 RESTR" if numbered else "RSTR", ctx.pick(["NONE", "A", "B", "CORR LENS"])),
        ("9a END" if numbered else "END", ctx.pick(["NONE", "M", "P", "T"])),
        ("15 SEX" if numbered else "SEX", ctx.pick(["M", "F", "X"])),
        ("16 HGT" if numbered else "HGT", f"{ctx.randint(4, 6)}'-{ctx.randint(0, 11):02d}\""),
        ("17 WGT" if numbered else "WGT", f"{ctx.randint(100, 260)} lb"),
        ("18 EYES" if numbered else "EYES", ctx.pick(EYES)),
        ("19 HAIR" if numbered else "HAIR", ctx.pick(HAIR)),
        ("5 DD" if numbered else "DD", ctx.code("####################")[: ctx.randint(10, 20)]),
    ]
    b.fields(pairs[:5], sep=" ", columns=1)
    b.fields(ctx.shuffled(pairs[5:]) if ctx.chance(0.3) else pairs[5:], sep=ctx.pick([" ", ": "]), columns=2)
    extras = ctx.some(
        [
            "DONOR",
            "VETERAN",
            "ORGAN DONOR",
            f"UNDER 21 UNTIL {_card_date(ctx, birth.replace(year=birth.year + 21, day=min(birth.day, 28)), 'us')}",
            "Safe Driver",
            "Limited Term",
        ],
        0,
        2,
    )
    if extras:
        b.lines(extras)
    if ctx.chance(0.3):
        b.p(
            ctx.pick(
                [
                    f"This card is the property of the State of {state.title()}.",
                    "If found, drop in any mailbox. Return postage guaranteed.",
                    "Restrictions: A - Corrective lenses. Endorsements: None.",
                    "Organ donor: Yes",
                ]
            ),
            small=True,
        )
    return b.build(None, "card")


def drivers_license_uk_eu(rng: random.Random) -> SyntheticDocument:
    """The EU/UK photocard model: numbered fields 1-9 in the same place in every country."""
    country = rng.choice(["uk", "uk", "de", "fr", "nl", "es", "ie"])
    locale = {"uk": "en_GB", "de": "de_DE", "fr": "fr_FR", "nl": "nl_NL", "es": "es_ES", "ie": "en_IE"}[country]
    ctx = Ctx(rng, locale)
    b = start("drivers_license", ctx)
    titles = {
        "uk": ["DRIVING LICENCE", "UK", "UNITED KINGDOM"],
        "de": ["FÜHRERSCHEIN", "BUNDESREPUBLIK DEUTSCHLAND", "D"],
        "fr": ["PERMIS DE CONDUIRE", "RÉPUBLIQUE FRANÇAISE", "F"],
        "nl": ["RIJBEWIJS", "KONINKRIJK DER NEDERLANDEN", "NL"],
        "es": ["PERMISO DE CONDUCCIÓN", "REINO DE ESPAÑA", "E"],
        "ie": ["CEADÚNAS TIOMÁNA DRIVING LICENCE", "ÉIRE IRELAND", "IRL"],
    }[country]
    b.lines(
        [
            *titles[:2],
            ctx.pick(
                [
                    "",
                    titles[2],
                    "EUROPEAN UNION MODEL"
                    if country != "uk"
                    else "PROVISIONAL DRIVING LICENCE"
                    if ctx.chance(0.2)
                    else "",
                ]
            ),
        ],
        bold=True,
    )
    if country in ("de", "fr", "nl", "es") and ctx.chance(0.4):
        b.lines(["PERMIS DE CONDUIRE", "DRIVING LICENCE", "FÜHRERSCHEIN", "RIJBEWIJS"][: ctx.randint(2, 4)])
    _maybe_specimen(b, ctx)
    last, first = ctx.last_name().upper(), ctx.first_name().upper()
    birth = ctx.birth_date(17, 85)
    issued = ctx.day(2013, 2024)
    expiry = issued.replace(year=issued.year + ctx.pick([10, 15]), day=min(issued.day, 28))
    authority = {
        "uk": "DVLA",
        "de": f"Landratsamt {ctx.city()}" if ctx.chance(0.5) else f"Stadt {ctx.city()}",
        "fr": f"Préfecture de {ctx.city()}",
        "nl": "RDW",
        "es": f"DGT {ctx.city().upper()}",
        "ie": "RSA",
    }[country]
    if country == "uk":
        # DVLA licence numbers: surname, decade digit, month, day, year digit, initial, check characters.
        yy = birth.strftime("%y")
        number = (
            f"{last[:5]:9<5}{yy[0]}{birth.month:02d}{birth.day:02d}{yy[1]}{first[0]}{ctx.code('9??')} {ctx.digits(2)}"
        )
    else:
        number = ctx.code(ctx.pick(["?##??#####", "##??#####", "#########", "??#######"]))
    b.fields(
        [
            ("1.", last),
            ("2.", first + (" " + ctx.first_name().upper() if ctx.chance(0.3) else "")),
            (
                "3.",
                f"{birth.strftime('%d.%m.%Y')} "
                f"{ctx.pick([ctx.city().upper(), 'UNITED KINGDOM' if country == 'uk' else ctx.city()])}",
            ),
            ("4a.", issued.strftime("%d.%m.%Y")),
            ("4b.", expiry.strftime("%d.%m.%Y")),
            ("4c.", authority),
            ("5.", number),
            ("7.", ""),
            ("8.", ctx.address().upper()) if country in ("uk", "ie", "es") else ("", ""),
            ("9.", ctx.pick(["AM/A/B1/B/f/k/l/n/p/q", "B", "AM/B/BE", "A1/A2/B/BE/C1", "B/BE/C/CE", "AM B"])),
        ],
        sep=" ",
    )
    if ctx.chance(0.35):
        b.table(
            ["9.", "10.", "11.", "12."],
            [
                [cat, issued.strftime("%d.%m.%y"), expiry.strftime("%d.%m.%y"), ctx.pick(["", "01", "78", "70"])]
                for cat in ctx.some(["AM", "A1", "A2", "A", "B1", "B", "C1", "C", "BE", "D1"], 2, 5)
            ],
        )
    return b.build(None, "card")


def drivers_license_canada(rng: random.Random) -> SyntheticDocument:
    quebec = rng.random() < 0.3
    ctx = Ctx(rng, "fr_CA" if quebec else "en_CA")
    b = start("drivers_license", ctx)
    province = (
        ctx.pick(["ONTARIO", "BRITISH COLUMBIA", "ALBERTA", "NOVA SCOTIA", "MANITOBA"]) if not quebec else "QUÉBEC"
    )
    b.lines(
        [
            province,
            "PERMIS DE CONDUIRE"
            if quebec
            else ctx.pick(["DRIVER'S LICENCE / PERMIS DE CONDUIRE", "DRIVER'S LICENCE", "DRIVER'S LICENSE"]),
        ],
        bold=True,
    )
    _maybe_specimen(b, ctx)
    birth = ctx.birth_date(16, 85)
    issued = ctx.day(2016, 2024)
    expiry = issued.replace(year=issued.year + 5, day=min(issued.day, 28))
    name = f"{ctx.last_name().upper()}, {ctx.first_name().upper()}"
    if quebec:
        pairs = [
            ("1", name),
            ("8", ctx.address().upper()),
            ("4d Numéro de référence", ctx.code("?####-######-##")),
            ("3 Date de naissance", birth.strftime("%Y-%m-%d")),
            ("4a Date de délivrance", issued.strftime("%Y-%m-%d")),
            ("4b Expiration", expiry.strftime("%Y-%m-%d")),
            ("9 Classe", ctx.pick(["5", "5 6A", "1"])),
            ("12 Conditions", ctx.pick(["", "Y", "X"])),
            ("15 Sexe", ctx.pick(["M", "F"])),
            ("16 Taille", f"{ctx.randint(150, 195)} cm"),
            ("SAAQ", ""),
        ]
    else:
        pairs = [
            ("NAME/NOM", name),
            ("ADDRESS/ADRESSE", ctx.address().upper()),
            ("4d NUMBER/NUMÉRO", ctx.code("?####-#####-#####")),
            ("3 DOB/DDN", birth.strftime("%Y/%m/%d")),
            ("4a ISS/DÉL", issued.strftime("%Y/%m/%d")),
            ("4b EXP", expiry.strftime("%Y/%m/%d")),
            ("CLASS/CAT", ctx.pick(["G", "G2", "G1", "5", "7", "M"])),
            ("REST/COND", ctx.pick(["", "X"])),
            ("SEX/SEXE", ctx.pick(["M", "F", "X"])),
            ("HGT/HAUT", f"{ctx.randint(150, 195)} cm"),
            ("DD/REF", ctx.code("??#######")),
        ]
    b.fields(pairs, sep=" ", columns=2)
    return b.build(None, "card")


def drivers_license_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start("drivers_license", ctx)
    state = ctx.pick(
        ["MAHARASHTRA", "KARNATAKA", "TAMIL NADU", "DELHI", "KERALA", "GUJARAT", "TELANGANA", "UTTAR PRADESH"]
    )
    code = {
        "MAHARASHTRA": "MH",
        "KARNATAKA": "KA",
        "TAMIL NADU": "TN",
        "DELHI": "DL",
        "KERALA": "KL",
        "GUJARAT": "GJ",
        "TELANGANA": "TS",
        "UTTAR PRADESH": "UP",
    }[state]
    b.lines(
        [
            ctx.pick(
                [
                    f"{state} STATE MOTOR DRIVING LICENCE",
                    "INDIAN UNION DRIVING LICENCE",
                    "Union of India",
                    "DRIVING LICENCE",
                ]
            ),
            ctx.pick([f"Issued by Government of {state.title()}", "Form 7 (See Rule 16(2))", ""]),
        ],
        bold=True,
    )
    birth = ctx.birth_date(18, 80)
    issued = ctx.day(2010, 2024)
    b.fields(
        [
            ("DL No.", f"{code}{ctx.digits(2)} {ctx.digits(4)}{ctx.digits(7)}"),
            ("DOI", issued.strftime("%d-%m-%Y")),
            (
                "Valid Till (NT)",
                issued.replace(year=min(issued.year + 20, birth.year + 50), day=min(issued.day, 28)).strftime(
                    "%d-%m-%Y"
                ),
            ),
            ("Valid Till (TR)", ctx.pick(["", "NA"])),
            ("Name", ctx.person().upper()),
            ("S/D/W of", ctx.person().upper()),
            ("DOB", birth.strftime("%d-%m-%Y")),
            ("BG", ctx.pick(["A+", "B+", "O+", "AB+", "O-", "U"])),
            ("Address", ctx.address().upper()),
            ("COV", ctx.pick(["LMV", "MCWG, LMV", "MCWG", "LMV-NT, MCWG", "TRANS"])),
            ("Issuing Authority", f"RTO {ctx.city().upper()}"),
        ],
        sep=ctx.pick([" : ", ": ", " "]),
    )
    b.lines(["Holder's Signature", ctx.pick(["Licensing Authority", "Signature & ID of Issuing Authority", ""])])
    return b.build(None, "card")


def drivers_license_au_my_mx(rng: random.Random) -> SyntheticDocument:
    """Australian, Malaysian and Mexican licence cards."""
    country = rng.choice(["au", "au", "my", "mx"])
    ctx = Ctx(rng, {"au": "en_AU", "my": "en_MY", "mx": "es_ES"}[country])
    b = start("drivers_license", ctx)
    birth = ctx.birth_date(17, 80)
    issued = ctx.day(2015, 2024)
    expiry = issued.replace(year=issued.year + 5, day=min(issued.day, 28))
    if country == "au":
        state = ctx.pick(["NEW SOUTH WALES", "VICTORIA", "QUEENSLAND", "WESTERN AUSTRALIA", "SOUTH AUSTRALIA"])
        b.lines(
            [
                f"{state} AUSTRALIA",
                ctx.pick(["DRIVER LICENCE", "Driver Licence", "PROVISIONAL P2 LICENCE", "LEARNER LICENCE"]),
            ],
            bold=True,
        )
        b.fields(
            [
                ("", ctx.first_name().upper() + " " + ctx.last_name().upper()),
                ("", ctx.address().upper()),
                ("Licence No.", ctx.digits(8)),
                ("Card Number", ctx.code("??#######")),
                ("Expiry", expiry.strftime("%d %b %Y").upper()),
                ("Date of Birth", birth.strftime("%d %b %Y").upper()),
                ("Class", ctx.pick(["C", "R C", "LR", "MR"])),
                ("Conditions", ctx.pick(["", "S", "A", "B"])),
                ("Licence Type", ctx.pick(["Full", "P1", "P2"])),
            ],
            sep=" ",
            columns=2,
        )
    elif country == "my":
        b.lines(["LESEN MEMANDU", "MALAYSIA", "DRIVING LICENCE"], bold=True)
        b.fields(
            [
                ("Nama / Name", ctx.person().upper()),
                ("No. Pengenalan / Identity No.", f"{birth.strftime('%y%m%d')}-{ctx.digits(2)}-{ctx.digits(4)}"),
                ("Warganegara / Nationality", "MALAYSIA"),
                ("Kelas / Class", ctx.pick(["D DA", "B2 D", "D", "B D"])),
                ("Tempoh / Validity", f"{issued.strftime('%d/%m/%Y')} - {expiry.strftime('%d/%m/%Y')}"),
                ("Alamat / Address", ctx.address().upper()),
            ],
            sep=" ",
        )
    else:
        b.lines(
            [
                "ESTADOS UNIDOS MEXICANOS",
                ctx.pick(["CIUDAD DE MÉXICO", "JALISCO", "NUEVO LEÓN"]),
                "LICENCIA DE CONDUCIR",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Nombre", ctx.person().upper()),
                ("No. de Licencia", ctx.code("?########")),
                ("Tipo", ctx.pick(["A Automovilista", "B Chofer", "Motociclista"])),
                ("Fecha de Nacimiento", birth.strftime("%d/%m/%Y")),
                ("Fecha de Expedición", issued.strftime("%d/%m/%Y")),
                ("Vigencia", expiry.strftime("%d/%m/%Y")),
                ("CURP", ctx.code("????######??????##")),
                ("Domicilio", ctx.address().upper()),
                ("Tipo de sangre", ctx.pick(["O+", "A+", "B+"])),
                ("Donador", ctx.pick(["SI", "NO"])),
            ],
            sep=" ",
        )
    _maybe_specimen(b, ctx)
    return b.build(None, "card")


def drivers_license_back(rng: random.Random) -> SyntheticDocument:
    """Backs of licence cards: restriction/endorsement codes, donor notes, barcode digits."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_GB"]))
    b = start("drivers_license", ctx)
    if ctx.locale == "en_GB":
        b.lines(["12. Codes"], bold=True)
        b.table(
            ["9.", "10.", "11.", "12."],
            [
                [c, ctx.date(ctx.day(), 4), ctx.date(ctx.day(2026, 2040), 4), ""]
                for c in ["AM", "A", "B1", "B", "BE", "f", "k", "q"][: ctx.randint(3, 8)]
            ],
        )
        b.p(
            "Driving licence. Category information. To report a change of name or address visit gov.uk/dvla", small=True
        )
    else:
        b.lines(
            [
                "RESTRICTIONS",
                ctx.pick(["A - CORRECTIVE LENSES", "B - DAYLIGHT DRIVING ONLY", "NONE"]),
                "ENDORSEMENTS",
                ctx.pick(["M - MOTORCYCLE", "NONE", "H - HAZMAT"]),
            ]
        )
        b.lines(
            [
                "CLASS C - Any single vehicle under 26,001 lbs GVWR",
                ctx.pick(["ORGAN DONOR", "Donor: Yes", "Anatomical gift: Y"]),
                f"DL {ctx.code('?#######')}",
            ]
        )
        b.p(
            ctx.pick(
                [
                    "This license is issued as a license to drive a motor vehicle; it does not establish eligibility "
                    "for employment, voter registration, or public benefits.",
                    "If found, please return to the Department of Motor Vehicles.",
                    "The holder of this card agrees to submit to chemical testing as required by law.",
                ]
            ),
            small=True,
        )
        b.lines([ctx.code("##############"), "ANSI " + ctx.digits(6) + "DL"], mono=True)
    return b.build(None, "card")


def drivers_license_us_variants(rng: random.Random) -> SyntheticDocument:
    """US licences laid out without AAMVA field numbers: permits, CDLs, under-21 cards, older designs."""
    ctx = Ctx(rng, "en_US")
    b = start("drivers_license", ctx)
    state, _ = ctx.pick(US_STATES)
    kind = ctx.pick(
        [
            "Driver License",
            "DRIVER LICENSE",
            "Commercial Driver License",
            "INSTRUCTION PERMIT",
            "Learner Permit",
            "Provisional Driver License",
            "Driver's License",
        ]
    )
    birth = ctx.birth_date(15, 80)
    issued = ctx.day(2015, 2024)
    expiry = issued.replace(year=issued.year + ctx.pick([4, 5, 8]), day=min(issued.day, 28))
    b.lines([state.upper(), kind.upper() if ctx.chance(0.5) else kind], bold=True)
    _maybe_specimen(b, ctx)
    date_format = ctx.pick(["%m/%d/%Y", "%m-%d-%Y"])

    def fmt_date(day: dt.date) -> str:
        return day.strftime(date_format)

    pairs = [
        (
            ctx.pick(["License No.", "Lic. No.", "ID", "No."]),
            ctx.code(ctx.pick(["?###-####-####", "#########", "??######"])),
        ),
        (ctx.pick(["Expires", "Exp", "Expiration"]), fmt_date(expiry)),
        ("", f"{ctx.last_name().upper()}, {ctx.first_name().upper()}"),
        ("", ctx.address().upper()),
        (ctx.pick(["Birth Date", "DOB", "Date of Birth"]), fmt_date(birth)),
        (ctx.pick(["Issued", "Iss", "Issue Date"]), fmt_date(issued)),
        ("Class", ctx.pick(["C", "D", "A", "B", "CM", "E"])),
        ("Sex", ctx.pick(["M", "F"])),
        (ctx.pick(["Height", "Ht"]), f"{ctx.randint(4, 6)}-{ctx.randint(0, 11):02d}"),
        (ctx.pick(["Weight", "Wt"]), str(ctx.randint(100, 280))),
        (ctx.pick(["Eyes", "Eye"]), ctx.pick(EYES)),
        (ctx.pick(["Restrictions", "Rest"]), ctx.pick(["NONE", "B", "CORRECTIVE LENSES"])),
    ]
    if "Commercial" in kind:
        pairs.append(("Endorsements", ctx.pick(["H N T", "P S", "X", "NONE"])))
    b.fields(pairs, sep=ctx.pick([" ", ": "]), columns=2)
    if ctx.chance(0.4):
        b.lines(
            [
                ctx.pick(
                    [
                        "UNDER 18 UNTIL " + fmt_date(birth.replace(year=birth.year + 18, day=min(birth.day, 28))),
                        "VETERAN",
                        "DONOR",
                        "NOT VALID FOR FEDERAL PURPOSES",
                    ]
                )
            ]
        )
    return b.build(None, "card")


WORLD_LICENCES = [
    (
        "Republic of the Philippines",
        "LAND TRANSPORTATION OFFICE",
        ["NON-PROFESSIONAL DRIVER'S LICENSE", "PROFESSIONAL DRIVER'S LICENSE"],
        [
            "Last Name, First Name, Middle Name",
            "Nationality",
            "Sex",
            "Date of Birth",
            "Weight (kg)",
            "Height (m)",
            "Address",
            "License No.",
            "Expiration Date",
            "Agency Code",
            "Blood Type",
            "Eyes Color",
            "Restrictions",
            "Conditions",
        ],
    ),
    (
        "UNITED ARAB EMIRATES",
        "Ministry of Interior",
        ["DRIVING LICENSE", "Driving Licence"],
        [
            "Name",
            "Nationality",
            "Date of Birth",
            "License No.",
            "Issue Date",
            "Expiry Date",
            "Place of Issue",
            "Traffic Code No.",
            "Permitted Vehicles",
        ],
    ),
    (
        "REPUBLIC OF SOUTH AFRICA",
        "DRIVING LICENCE",
        ["RSA DRIVING LICENCE", "DRIVING LICENCE"],
        [
            "Surname",
            "Initials",
            "ID No.",
            "Date of Birth",
            "Licence No.",
            "Valid",
            "Issued",
            "Code",
            "Vehicle Restrictions",
            "Driver Restrictions",
            "First Issue",
        ],
    ),
    (
        "NEW ZEALAND",
        "NZ Transport Agency",
        ["DRIVER LICENCE", "Driver Licence"],
        [
            "1. Surname",
            "2. Other names",
            "3. Date of birth",
            "4a. Issue date",
            "4b. Expiry date",
            "5a. Licence number",
            "5b. Licence version",
            "9. Licence class",
            "Donor",
        ],
    ),
    (
        "FEDERAL REPUBLIC OF NIGERIA",
        "FEDERAL ROAD SAFETY CORPS",
        ["NATIONAL DRIVER'S LICENCE", "DRIVER'S LICENCE"],
        [
            "Licence No.",
            "Surname",
            "First Name",
            "Date of Birth",
            "Sex",
            "Height",
            "Class",
            "Issue Date",
            "Expiry Date",
            "State of Issue",
            "Blood Group",
        ],
    ),
    (
        "REPÚBLICA FEDERATIVA DO BRASIL",
        "DEPARTAMENTO NACIONAL DE TRÂNSITO",
        ["CARTEIRA NACIONAL DE HABILITAÇÃO", "CNH"],
        [
            "Nome",
            "Doc. Identidade / Órg. Emissor / UF",
            "CPF",
            "Data Nascimento",
            "Filiação",
            "Permissão",
            "Cat. Hab.",
            "Nº Registro",
            "Validade",
            "1ª Habilitação",
        ],
    ),
    (
        "REPUBBLICA ITALIANA",
        "PATENTE DI GUIDA",
        ["PATENTE DI GUIDA", "DRIVING LICENCE"],
        ["1.", "2.", "3.", "4a.", "4b.", "4c. MIT-UCO", "5.", "9."],
    ),
    (
        "SINGAPORE",
        "SINGAPORE POLICE FORCE",
        ["DRIVING LICENCE", "Singapore Driving Licence"],
        ["Name", "Licence No.", "Date of Birth", "Class", "Date of Issue", "Valid Till", "Nationality"],
    ),
]


def drivers_license_world(rng: random.Random) -> SyntheticDocument:
    """Licence cards from countries whose layouts differ from the EU/US models."""
    country, authority, titles, labels = rng.choice(WORLD_LICENCES)
    ctx = Ctx(
        rng,
        rng.choice(["en_GB", "en_IN", "en_US", "en_AU"])
        if "BRASIL" not in country and "ITALIANA" not in country
        else "es_ES",
    )
    b = start("drivers_license", ctx)
    b.lines([country, authority, ctx.pick(titles)], bold=True)
    _maybe_specimen(b, ctx)
    birth = ctx.birth_date(18, 80)
    issued = ctx.day(2014, 2024)
    expiry = issued.replace(year=issued.year + ctx.pick([3, 5, 10]), day=min(issued.day, 28))
    surname, given = ctx.last_name().upper(), ctx.first_name().upper()
    number = ctx.code(ctx.pick(["?##-##-######", "#########", "??#########", "?#######"]))
    # Keyword in the label -> value, first match wins; numbered EU-model fields by their number.
    values = [
        ("surname", surname),
        ("last name", f"{surname}, {given}"),
        ("first name", given),
        ("other names", given),
        ("initials", given[0]),
        ("nome", f"{given} {surname}"),
        ("name", f"{surname}, {given}"),
        ("birth", birth.strftime(ctx.pick(["%Y/%m/%d", "%d/%m/%Y", "%d-%m-%Y"]))),
        ("nascimento", birth.strftime("%d/%m/%Y")),
        ("issue", issued.strftime("%d/%m/%Y")),
        ("expir", expiry.strftime("%d/%m/%Y")),
        ("valid", expiry.strftime("%d/%m/%Y")),
        ("validade", expiry.strftime("%d/%m/%Y")),
        ("number", number),
        ("no.", number),
        ("registro", number),
        ("cpf", ctx.code("###.###.###-##")),
        ("version", ctx.digits(3)),
        ("class", ctx.pick(["B", "3", "1", "EB", "C1", "2"])),
        ("cat.", ctx.pick(["B", "AB"])),
        ("code", ctx.pick(["B", "EB", "C1"])),
        ("sex", ctx.pick(["M", "F"])),
        ("blood", ctx.pick(["O+", "A+", "B+", "AB+"])),
        ("nationality", ctx.pick(["PHL", "IND", "NZL", "NGA", "SGP", "UAE"])),
        ("eyes", ctx.pick(["BLACK", "BROWN", "BLUE"])),
        ("restrictions", ctx.pick(["1,2", "0", "NONE", "A"])),
        ("height", f"{ctx.amount(1.5, 1.95):.2f}"),
        ("weight", str(ctx.randint(45, 110))),
        ("place", ctx.city().upper()),
        ("state", ctx.city().upper()),
        ("address", ctx.address().upper()),
        ("donor", ctx.pick(["Y", "N"])),
    ]
    numbered = {
        "1.": surname,
        "2.": given,
        "3.": f"{birth.strftime('%d/%m/%Y')} {ctx.city().upper()}",
        "4a.": issued.strftime("%d/%m/%Y"),
        "4b.": expiry.strftime("%d/%m/%Y"),
        "4c. MIT-UCO": "",
        "5.": number,
        "9.": ctx.pick(["AM B", "B", "A2 B"]),
    }
    pairs = []
    for label in labels:
        value = numbered[label] if label in numbered else next((v for k, v in values if k in label.lower()), "")
        pairs.append((label, value or ctx.pick(["NONE", ctx.digits(6)])))
    b.fields(pairs, sep=ctx.pick([" ", "\n", ": "]), columns=2)
    return b.build(None, "card")


# -- passports --------------------------------------------------------------------------

PASSPORT_COUNTRIES = {
    # code: (locale, header lines, label style, nationality text, authority)
    "USA": (
        "en_US",
        ["PASSPORT", "UNITED STATES OF AMERICA"],
        "tri",
        "UNITED STATES OF AMERICA",
        "United States Department of State",
    ),
    "GBR": (
        "en_GB",
        ["UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "PASSPORT"],
        "uk",
        "BRITISH CITIZEN",
        "HMPO",
    ),
    "IND": ("en_IN", ["REPUBLIC OF INDIA", "PASSPORT"], "in", "INDIAN", ""),
    "FRA": ("fr_FR", ["RÉPUBLIQUE FRANÇAISE", "PASSEPORT", "PASSPORT"], "fr", "Française", "Préfecture"),
    "D": (
        "de_DE",
        ["BUNDESREPUBLIK DEUTSCHLAND", "FEDERAL REPUBLIC OF GERMANY", "REISEPASS", "PASSPORT", "PASSEPORT"],
        "de",
        "DEUTSCH",
        "Stadt",
    ),
    "NLD": (
        "nl_NL",
        ["KONINKRIJK DER NEDERLANDEN", "KINGDOM OF THE NETHERLANDS", "PASPOORT", "PASSPORT"],
        "nl",
        "Nederlandse",
        "Burg. van",
    ),
    "ESP": ("es_ES", ["REINO DE ESPAÑA", "PASAPORTE", "UNIÓN EUROPEA"], "es", "ESPAÑOLA", "DGP"),
    "CAN": ("en_CA", ["CANADA", "PASSPORT", "PASSEPORT"], "ca", "CANADIAN/CANADIENNE", "GATINEAU"),
    "AUS": ("en_AU", ["AUSTRALIA", "PASSPORT"], "uk", "AUSTRALIAN", "AUSTRALIA"),
    "MYS": ("en_MY", ["MALAYSIA", "PASPORT", "PASSPORT"], "my", "MALAYSIA", "PEJABAT IMIGRESEN"),
}

LABELS = {
    "tri": [
        "Type/Type/Tipo",
        "Code/Code/Código",
        "Passport No./No. du Passeport/No. de Pasaporte",
        "Surname/Nom/Apellidos",
        "Given Names/Prénoms/Nombres",
        "Nationality/Nationalité/Nacionalidad",
        "Date of birth/Date de naissance/Fecha de nacimiento",
        "Place of birth/Lieu de naissance/Lugar de nacimiento",
        "Sex/Sexe/Sexo",
        "Date of issue/Date de délivrance/Fecha de expedición",
        "Authority/Autorité/Autoridad",
        "Date of expiration/Date d'expiration/Fecha de caducidad",
    ],
    "uk": [
        "Type/Type",
        "Code/Code",
        "Passport No./Passeport No.",
        "Surname/Nom (1)",
        "Given names/Prénoms (2)",
        "Nationality/Nationalité (3)",
        "Date of birth/Date de naissance (4)",
        "Place of birth/Lieu de naissance (6)",
        "Sex/Sexe (5)",
        "Date of issue/Date de délivrance (7)",
        "Authority/Autorité (8)",
        "Date of expiry/Date d'expiration (9)",
    ],
    "in": [
        "Type",
        "Country Code",
        "Passport No.",
        "Surname",
        "Given Name(s)",
        "Nationality",
        "Date of Birth",
        "Place of Birth",
        "Sex",
        "Date of Issue",
        "Place of Issue",
        "Date of Expiry",
    ],
    "fr": [
        "Type / Type",
        "Code du pays / Country code",
        "Passeport n° / Passport No.",
        "Nom / Surname",
        "Prénoms / Given names",
        "Nationalité / Nationality",
        "Date de naissance / Date of birth",
        "Lieu de naissance / Place of birth",
        "Sexe / Sex",
        "Date de délivrance / Date of issue",
        "Autorité / Authority",
        "Date d'expiration / Date of expiry",
    ],
    "de": [
        "Typ/Type/Type",
        "Kode/Code/Code",
        "Pass-Nr./Passport No./Passeport N°",
        "Name/Surname/Nom",
        "Vornamen/Given names/Prénoms",
        "Staatsangehörigkeit/Nationality/Nationalité",
        "Geburtstag/Date of birth/Date de naissance",
        "Geburtsort/Place of birth/Lieu de naissance",
        "Geschlecht/Sex/Sexe",
        "Datum/Date of issue/Date de délivrance",
        "Behörde/Authority/Autorité",
        "Gültig bis/Date of expiry/Date d'expiration",
    ],
    "nl": [
        "Soort/Type",
        "Code van uitgevende staat/Code",
        "Documentnummer/Document No.",
        "Naam/Surname",
        "Voornamen/Given names",
        "Nationaliteit/Nationality",
        "Geboortedatum/Date of birth",
        "Geboorteplaats/Place of birth",
        "Geslacht/Sex",
        "Datum van afgifte/Date of issue",
        "Autoriteit/Authority",
        "Geldig tot/Date of expiry",
    ],
    "es": [
        "Tipo/Type",
        "Código/Code",
        "Pasaporte N°/Passport No.",
        "Apellidos/Surname",
        "Nombre/Name",
        "Nacionalidad/Nationality",
        "Fecha de nacimiento/Date of birth",
        "Lugar de nacimiento/Place of birth",
        "Sexo/Sex",
        "Fecha de expedición/Date of issue",
        "Autoridad/Authority",
        "Fecha de caducidad/Date of expiry",
    ],
    "ca": [
        "Type/Type",
        "Issuing Country/Pays émetteur",
        "Passport No./N° de passeport",
        "Surname/Nom",
        "Given names/Prénoms",
        "Nationality/Nationalité",
        "Date of birth/Date de naissance",
        "Place of birth/Lieu de naissance",
        "Sex/Sexe",
        "Date of issue/Date de délivrance",
        "Issuing Authority/Autorité de délivrance",
        "Date of expiry/Date d'expiration",
    ],
    "my": [
        "Jenis/Type",
        "Kod Negara/Country Code",
        "No. Pasport/Passport No.",
        "Nama/Name",
        "",
        "Warganegara/Nationality",
        "Tarikh Lahir/Date of birth",
        "Tempat Lahir/Place of birth",
        "Jantina/Sex",
        "Tarikh Dikeluarkan/Date of issue",
        "Pejabat Pengeluar/Issuing Office",
        "Tarikh Tamat Tempoh/Date of expiry",
    ],
}


def _passport(rng: random.Random, codes: list[str]) -> SyntheticDocument:
    code = rng.choice(codes)
    locale, header, style, nationality, authority = PASSPORT_COUNTRIES[code]
    ctx = Ctx(rng, locale)
    b = start("passport", ctx)
    b.lines(header if ctx.chance(0.8) else header[:1], bold=True)
    _maybe_specimen(b, ctx)
    surname, given = ctx.last_name().upper(), ctx.first_name().upper()
    if ctx.chance(0.3):
        given += " " + ctx.first_name().upper()
    birth = ctx.birth_date(0, 85)
    issued = ctx.day(2014, 2024)
    expiry = issued.replace(year=issued.year + ctx.pick([10, 10, 5]), day=min(issued.day, 28))
    number = ctx.code(ctx.pick(["#########", "?#######", "??#######", "?########", "C??######"]))[:9]
    sex = ctx.pick(["M", "F"])
    date_style = "passport" if style in ("tri", "uk", "ca", "my") else "dmy"
    if style == "in":
        date_style = "dmy"
    auth = {
        "Préfecture": f"Préfecture de {ctx.city()}",
        "Stadt": f"Stadt {ctx.city()}",
        "Burg. van": f"Burg. van {ctx.city()}",
        "": ctx.city().upper(),
    }.get(authority, authority)
    nat_code = {"D": "D", "USA": "USA"}.get(code, code)
    values = [
        "P",
        nat_code,
        number,
        surname,
        given,
        nationality,
        _card_date(ctx, birth, date_style),
        ctx.city().upper()
        if style != "tri"
        else ctx.pick(["CALIFORNIA, U.S.A.", "NEW YORK, U.S.A.", "TEXAS, U.S.A.", "OHIO, U.S.A."]),
        sex if style not in ("fr", "nl") else {"M": "M", "F": "F" if style == "fr" else "V/F"}[sex],
        _card_date(ctx, issued, date_style),
        auth,
        _card_date(ctx, expiry, date_style),
    ]
    labels = LABELS[style]
    pairs = [(label, value) for label, value in zip(labels, values, strict=True) if label or value]
    if ctx.chance(0.2):
        pairs = ctx.shuffled(pairs)
    b.fields(pairs, sep=ctx.pick(["\n", " ", "\n"]), columns=2)
    if style == "tri" and ctx.chance(0.5):
        b.lines(["Endorsements/Mentions Spéciales/Anotaciones", "SEE PAGE 27"])
    if style == "fr" and ctx.chance(0.5):
        b.lines(
            [
                f"Taille / Height {ctx.num(ctx.amount(1.5, 1.95), 2)} m",
                f"Couleur des yeux / Colour of eyes {ctx.pick(['MARRON', 'BLEUS', 'VERTS', 'NOISETTE'])}",
            ]
        )
    if style == "my":
        b.fields(
            [
                ("No. Pengenalan/Identity No.", f"{birth.strftime('%y%m%d')}-{ctx.digits(2)}-{ctx.digits(4)}"),
                ("Tinggi/Height", f"{ctx.randint(150, 190)} CM"),
            ],
            sep=" ",
        )
    b.lines(
        [
            "Signature of bearer/Signature du titulaire/Firma del titular"
            if style == "tri"
            else ctx.pick(
                ["Holder's signature", "Signature du titulaire / Holder's signature", "Unterschrift des Inhabers"]
            ),
            "",
        ]
    )
    mrz_code = code if len(code) == 3 else code + "<<"
    line1, line2 = passport_mrz(
        mrz_code, surname, given, number=number, nationality=mrz_code, birth=birth, sex=sex, expiry=expiry
    )
    b.lines([line1, line2], mono=True)
    return b.build(None, "card")


def passport_us_ca(rng: random.Random) -> SyntheticDocument:
    return _passport(rng, ["USA", "USA", "USA", "CAN"])


def passport_uk_au(rng: random.Random) -> SyntheticDocument:
    return _passport(rng, ["GBR", "GBR", "AUS"])


def passport_india_my(rng: random.Random) -> SyntheticDocument:
    return _passport(rng, ["IND", "IND", "MYS"])


def passport_eu(rng: random.Random) -> SyntheticDocument:
    return _passport(rng, ["FRA", "D", "NLD", "ESP"])


def passport_india_back(rng: random.Random) -> SyntheticDocument:
    """The last page of an Indian passport: family names, address, file number."""
    ctx = Ctx(rng, "en_IN")
    b = start("passport", ctx)
    b.fields(
        [
            ("Name of Father / Legal Guardian", ctx.person().upper()),
            ("Name of Mother", ctx.person().upper()),
            ("Name of Spouse", ctx.person().upper() if ctx.chance(0.5) else ""),
            ("Address", ctx.address().upper()),
            (
                "Old Passport No. with Date and Place of Issue",
                ctx.pick(["", f"{ctx.code('?#######')} {ctx.date(ctx.day(2005, 2014))} {ctx.city().upper()}"]),
            ),
            ("File No.", ctx.code("???#########?##")),
        ],
        sep="\n",
    )
    b.lines([ctx.code("?#######"), "PASSPORT", "REPUBLIC OF INDIA"])
    return b.build(None, "card")


def passport_application_photo_page(rng: random.Random) -> SyntheticDocument:
    """A photocopy of a data page as sent with applications: the page plus copy-shop clutter."""
    doc = _passport(rng, list(PASSPORT_COUNTRIES))
    extra = DocBuilder("passport", "", doc.locale)
    extra.lines(
        [rng.choice(["Self attested", "Certified true copy", "COPY", "Page 2 of 32", "Photocopy of passport", ""])]
    )
    return SyntheticDocument(doc.label, doc.template, doc.locale, doc.title, doc.blocks + tuple(extra.blocks), "page")


TEMPLATES: TemplateTable = {
    "drivers_license": [
        drivers_license_us,
        drivers_license_uk_eu,
        drivers_license_canada,
        drivers_license_india,
        drivers_license_au_my_mx,
        drivers_license_back,
        drivers_license_us_variants,
        drivers_license_world,
    ],
    "passport": [
        passport_us_ca,
        passport_uk_au,
        passport_india_my,
        passport_eu,
        passport_india_back,
        passport_application_photo_page,
    ],
}
