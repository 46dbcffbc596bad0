"""Prescriptions: handwritten Rx pads (India, US, elsewhere), printed e-prescriptions, hospital OPD slips,
UK FP10, French ordonnances, German Kassenrezepte and spectacle prescriptions.

Handwritten ones carry a printed letterhead and ``hand`` blocks; OCR of the handwriting
is mostly junk, so a classifier must lean on the letterhead words (Dr., Rx, clinic).
"""

from __future__ import annotations

import random

from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.content.medical_vocab import DEGREES, DRUGS, SPECIALTIES, drug_line, hospital
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.model import Align, DocBuilder, SyntheticDocument

LABEL = "prescription"
SIGS = [
    "Take 1 tablet by mouth once daily",
    "Take 1 tablet by mouth twice daily",
    "Take 1 capsule three times daily for 7 days",
    "Inhale 2 puffs every 4-6 hours as needed",
    "Take 1 tablet at bedtime",
]


def _letterhead(b: DocBuilder, ctx: Ctx, *, clinic: bool = True) -> str:
    name = f"Dr. {ctx.person()}"
    align: Align = "left" if ctx.chance(0.5) else "center"
    b.h(name if ctx.chance(0.7) else name.upper(), 1, align)
    lines = [ctx.pick(DEGREES), ctx.pick(SPECIALTIES)]
    if ctx.locale == "en_IN":
        lines.append(f"Reg. No. {ctx.code(ctx.pick(['#####', 'MMC/####/#####', 'KMC ######', 'DMC/R/#####']))}")
    elif ctx.locale == "en_US":
        lines.append(f"DEA# {ctx.code('??#######')}  NPI {ctx.digits(10)}")
    if clinic:
        lines += [
            ctx.pick(
                [hospital(ctx), f"{ctx.last_name()} Clinic", f"{ctx.last_name()} Medical Centre", "City Health Clinic"]
            ),
            ctx.address(),
            f"Ph: {ctx.phone()}",
        ]
    if ctx.chance(0.4):
        lines.append(
            ctx.pick(["Timings: 10 am - 1 pm, 6 pm - 9 pm", "Mon-Sat 9:00-17:00", "Sunday Closed", "By appointment"])
        )
    b.lines(lines, align=align, bold=False)
    return name


def prescription_handwritten_pad(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_IN", "en_IN", "en_IN", "en_US", "en_GB", "en_MY", "en_AU"]))
    b = start(LABEL, ctx)
    _letterhead(b, ctx)
    b.rule()
    b.fields(
        [("Name", ctx.person()), ("Age/Sex", f"{ctx.randint(1, 85)}/{ctx.pick('MF')}"), ("Date", ctx.date(ctx.day()))],
        columns=3,
        hand=True,
    )
    if ctx.chance(0.5):
        b.p(
            ctx.pick(["c/o fever, cough x 3 days", "k/c/o DM, HTN", "BP 140/90", "URTI", "Wt 62 kg", "Acidity"]),
            hand=True,
        )
    b.lines([ctx.pick(["Rx", "Rx", "R/", "Rx.", "℞"])], bold=True)
    b.lines([drug_line(ctx, d, "in") for d in ctx.some(DRUGS, 1, 5)], hand=True)
    if ctx.chance(0.4):
        b.p(
            ctx.pick(["Review after 5 days", "Plenty of fluids", "CBC, RBS", "Avoid oily food", "Steam inhalation"]),
            hand=True,
        )
    b.lines(
        [
            "Signature",
            ctx.pick(["", "Not valid for medico-legal purposes", "Please bring this prescription on your next visit"]),
        ],
        align="right",
    )
    return b.build(None, "handwritten")


def prescription_printed_erx(rng: random.Random) -> SyntheticDocument:
    """Printed US-style prescriptions and e-prescription copies: Sig, Disp, Refills, DAW."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    prescriber = _letterhead(b, ctx)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("DOB", ctx.date(ctx.birth_date())),
            ("Address", ctx.address()),
            ("Date", ctx.date(ctx.day())),
        ],
        columns=2,
    )
    for drug in ctx.some(DRUGS, 1, 3):
        qty = ctx.pick([14, 21, 28, 30, 60, 90])
        b.lines(
            [
                f"Rx: {drug.name} {ctx.pick(drug.strengths)} {drug.form.lower()}",
                "Sig: " + ctx.pick(SIGS),
                f"Disp: #{qty} ({ctx.pick(['thirty', 'fourteen', 'sixty', 'ninety', 'twenty-one'])})"
                if ctx.chance(0.6)
                else f"Qty: {qty}",
                f"Refills: {ctx.pick(['0', '1', '2', '3', '5', 'None', 'PRN'])}",
                ctx.pick(["Substitution permitted", "Dispense as written (DAW)", "Generic substitution allowed", ""]),
            ]
        )
    b.lines(
        [
            f"Prescriber signature: ______________  {prescriber}",
            ctx.pick(
                [
                    "Electronically transmitted to: " + ctx.company() + " Pharmacy",
                    "This prescription is void if altered.",
                    "",
                ]
            ),
        ]
    )
    return b.build(ctx.pick(["Prescription", "PRESCRIPTION", "e-Prescription", None]))


def prescription_hospital_opd(rng: random.Random) -> SyntheticDocument:
    """Printed hospital OPD prescriptions common in India: UHID, diagnosis, medicine table, advice."""
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    b.lines([hospital(ctx), ctx.address(), f"Ph: {ctx.phone()}"], align="center", bold=True)
    b.fields(
        [
            ("UHID", ctx.code("UH########")),
            ("Patient", ctx.person()),
            ("Age/Gender", f"{ctx.randint(1, 85)}Y/{ctx.pick(['M', 'F'])}"),
            ("Consultant", f"Dr. {ctx.person()}"),
            ("Department", ctx.pick(SPECIALTIES)),
            ("Date", ctx.date(ctx.day())),
        ],
        columns=3,
    )
    b.fields(
        [
            (
                "Diagnosis",
                ctx.pick(
                    [
                        "Acute pharyngitis",
                        "Type 2 DM",
                        "Hypertension",
                        "Viral fever",
                        "GERD",
                        "Allergic rhinitis",
                        "UTI",
                    ]
                ),
            ),
            (
                "Vitals",
                f"BP {ctx.randint(100, 160)}/{ctx.randint(60, 100)}  Pulse {ctx.randint(60, 110)}  Wt "
                f"{ctx.randint(8, 100)} kg",
            ),
        ]
    )
    rows = []
    for i, d in enumerate(ctx.some(DRUGS, 2, 6), 1):
        rows.append(
            [
                str(i),
                f"{d.form.upper()}. {d.name.upper()} {ctx.pick(d.strengths)}",
                ctx.pick(["1-0-1", "1-1-1", "0-0-1", "1-0-0", "SOS"]),
                ctx.pick(["After food", "Before food", "At bedtime", ""]),
                ctx.pick(["5 days", "7 days", "1 month", "3 days", "Continue"]),
            ]
        )
    b.table(["#", "Medicine", "Dosage", "Timing", "Duration"], rows)
    b.fields(
        [
            (
                "Advice",
                ctx.pick(
                    [
                        "Plenty of oral fluids. Salt restricted diet.",
                        "Regular exercise. Avoid sugar.",
                        "Steam inhalation twice daily.",
                    ]
                ),
            ),
            ("Follow up", f"after {ctx.pick(['7 days', '15 days', '1 month'])}"),
        ]
    )
    b.lines(["Doctor's Signature"], align="right")
    return b.build(ctx.pick(["PRESCRIPTION", "OPD Prescription", "Rx", None]))


def prescription_uk_fp10(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    b.lines(
        [
            "NHS",
            "FP10SS" if ctx.chance(0.5) else "FP10NC",
            "Pharmacy Stamp",
            f"Age {ctx.randint(1, 90)}",
            f"D.o.B {ctx.date(ctx.birth_date())}",
        ]
    )
    b.fields(
        [
            ("Title, Forename, Surname & Address", f"{ctx.pick(['Mr', 'Mrs', 'Ms'])} {ctx.person()} {ctx.address()}"),
            ("NHS Number", ctx.code("### ### ####")),
        ]
    )
    b.p("Please don't stamp over age box. Number of days' treatment N.B. Ensure dose is stated")
    for d in ctx.some(DRUGS, 1, 3):
        b.lines(
            [
                f"{d.name} {ctx.pick(d.strengths)} {d.form.lower()}s",
                f"{ctx.pick(d.sigs)}",
                f"Supply {ctx.pick([28, 56, 14, 7])} {d.form.lower()}s",
            ],
            mono=True,
        )
    b.fields(
        [
            ("Signature of Prescriber", ""),
            ("Date", ctx.date(ctx.day())),
            ("For dispenser No. of Prescns. on form", str(ctx.randint(1, 3))),
        ],
        columns=3,
    )
    b.lines(
        [
            f"Dr {ctx.person()}",
            f"{ctx.last_name()} Medical Practice",
            ctx.address(),
            f"Tel {ctx.phone()}",
            ctx.code("?#####"),
        ]
    )
    return b.build(None)


def prescription_fr_ordonnance(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "fr_FR")
    b = start(LABEL, ctx)
    b.lines(
        [
            f"Docteur {ctx.person()}",
            ctx.pick(["Médecin généraliste", "Pédiatre", "Cardiologue", "Dermatologue"]),
            "Conventionné secteur 1",
            f"N° RPPS : {ctx.digits(11)}",
            f"N° AM : {ctx.digits(9)}",
            ctx.address(),
            f"Tél : {ctx.phone()}",
        ]
    )
    b.p(f"{ctx.city()}, le {ctx.date(ctx.day(), 1)}", align="right")
    b.p(f"{ctx.pick(['M.', 'Mme'])} {ctx.person()}  {ctx.randint(1, 90)} ans  {ctx.randint(8, 110)} kg")
    meds = [
        ("Amoxicilline 1 g", "1 comprimé matin et soir pendant 6 jours"),
        ("Doliprane 1000 mg", "1 comprimé toutes les 6 heures si douleur ou fièvre, maximum 4 par jour"),
        ("Ibuprofène 400 mg", "1 comprimé 3 fois par jour au cours des repas pendant 5 jours"),
        ("Levothyrox 50 µg", "1 comprimé le matin à jeun, QSP 3 mois"),
        ("Ventoline 100 µg", "2 bouffées en cas de gêne respiratoire"),
        ("Oméprazole 20 mg", "1 gélule le matin pendant 4 semaines"),
        ("Metformine 850 mg", "1 comprimé matin et soir, à renouveler 3 fois"),
    ]
    for name, sig in ctx.some(meds, 1, 4):
        b.lines([name, sig], hand=ctx.chance(0.3))
    b.lines([ctx.pick(["Ordonnance à renouveler 2 fois", "QSP 1 mois", "Non substituable", ""]), "Signature"])
    return b.build(ctx.pick(["ORDONNANCE", "Ordonnance", None]))


def prescription_de_kassenrezept(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "de_DE")
    b = start(LABEL, ctx)
    b.lines(
        [
            "Krankenkasse bzw. Kostenträger",
            ctx.pick(["AOK Bayern", "Techniker Krankenkasse", "BARMER", "DAK-Gesundheit"]),
            "Gebühr frei  Geb.-pfl.  noctu  Sonstige  Unfall",
        ]
    )
    b.fields(
        [
            ("Name, Vorname des Versicherten", ctx.person()),
            ("geb. am", ctx.date(ctx.birth_date())),
            ("Kostenträgerkennung", ctx.digits(9)),
            ("Versicherten-Nr.", ctx.code("?#########")),
            ("Status", "1000000"),
            ("Betriebsstätten-Nr.", ctx.digits(9)),
            ("Arzt-Nr.", ctx.digits(9)),
            ("Datum", ctx.date(ctx.day())),
        ],
        columns=2,
    )
    b.p("Rp. (Bitte Leerräume durchstreichen)")
    meds = [
        "Ibuprofen 600 mg 20 Filmtbl. N1",
        "Amoxicillin 1000 mg 10 Tbl. N1",
        "Pantoprazol 40 mg 30 Tbl. N1",
        "Ramipril 5 mg 100 Tbl. N3",
        "Metformin 1000 mg 120 Tbl. N3",
        "Salbutamol Dosieraerosol 1 St.",
    ]
    b.lines([f"aut idem [ ]  {m}  {ctx.pick(['1-0-1', '1-1-1', '0-0-1', 'b. Bed.'])}" for m in ctx.some(meds, 1, 3)])
    b.lines(
        [
            f"Dr. med. {ctx.person()}",
            ctx.pick(["Facharzt für Allgemeinmedizin", "Innere Medizin", "Kinder- und Jugendmedizin"]),
            ctx.address(),
            "Unterschrift des Arztes",
        ]
    )
    return b.build(ctx.pick(["Muster 16", None, "Kassenrezept"]))


def prescription_spectacles(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(
                [f"{ctx.last_name()} Eye Care", f"{ctx.last_name()} Optometry", hospital(ctx) + " Eye Department"]
            ),
            ctx.address(),
            f"Dr. {ctx.person()}, {ctx.pick(['OD', 'MS (Ophth)', 'FRCOphth', 'Optometrist'])}",
        ]
    )
    b.fields([("Patient", ctx.person()), ("Date", ctx.date(ctx.day()))], columns=2)

    def power() -> str:
        return f"{ctx.pick(['+', '-'])}{ctx.pick([0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.75, 3.5]):.2f}"

    b.table(
        ["", "SPH", "CYL", "AXIS", "ADD", "PRISM"],
        [
            [
                "OD (R)",
                power(),
                f"-{ctx.pick([0.25, 0.5, 0.75, 1.0]):.2f}",
                str(ctx.randint(1, 180)),
                f"+{ctx.pick([1.0, 1.5, 2.0, 2.5]):.2f}",
                "",
            ],
            [
                "OS (L)",
                power(),
                f"-{ctx.pick([0.25, 0.5, 0.75, 1.0]):.2f}",
                str(ctx.randint(1, 180)),
                f"+{ctx.pick([1.0, 1.5, 2.0, 2.5]):.2f}",
                "",
            ],
        ],
    )
    b.fields(
        [
            ("PD", f"{ctx.randint(56, 70)} mm"),
            ("Lens type", ctx.pick(["Single vision", "Progressive", "Bifocal", "Contact lenses"])),
            ("Expires", ctx.date(ctx.day(2025, 2027))),
        ],
        columns=3,
    )
    b.lines(["Signature ______________"])
    return b.build(ctx.pick(["Spectacle Prescription", "Eyeglass Prescription", "Rx", "OPTICAL PRESCRIPTION"]))


def prescription_erx_notice(rng: random.Random) -> SyntheticDocument:
    """Printed copies of electronic prescriptions and 'sent to pharmacy' summaries from clinics and telehealth."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]))
    b = start(LABEL, ctx)
    clinic = ctx.pick([hospital(ctx), f"{ctx.last_name()} Family Medicine", "TeleHealth Now", "City Urgent Care"])
    b.lines([clinic, ctx.address(), ctx.phone()], bold=True)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("DOB", ctx.date(ctx.birth_date())),
            ("Date written", ctx.date(ctx.day())),
            ("Prescriber", f"Dr. {ctx.person()}, {ctx.pick(['MD', 'DO', 'NP', 'MBBS'])}"),
            ("NPI" if ctx.locale == "en_US" else "Reg. No.", ctx.digits(10)),
            ("Pharmacy", f"{ctx.company()} Pharmacy, {ctx.address()}"),
        ],
        columns=2,
    )
    rows = []
    for d in ctx.some(DRUGS, 1, 4):
        rows.append(
            [
                f"{d.name} {ctx.pick(d.strengths)} {d.form.lower()}",
                ctx.pick(d.sigs),
                str(ctx.pick([10, 14, 20, 28, 30, 60, 90])),
                ctx.pick(["0", "1", "2", "3", "5"]),
            ]
        )
    b.table(["Medication", "Directions (Sig)", "Quantity", "Refills"], rows)
    b.p(
        ctx.pick(
            [
                "This prescription was transmitted electronically. Substitution permitted unless 'Dispense as "
                "Written' is indicated.",
                "Valid for 30 days from the date of issue. Not valid for controlled substances.",
                "Electronically signed by the prescriber.",
            ]
        ),
        small=True,
    )
    return b.build(ctx.pick(["Prescription", "e-Prescription", "Electronic Prescription Record", "Medication Order"]))


TEMPLATES: TemplateTable = {
    LABEL: [
        prescription_handwritten_pad,
        prescription_printed_erx,
        prescription_hospital_opd,
        prescription_uk_fp10,
        prescription_fr_ordonnance,
        prescription_de_kassenrezept,
        prescription_spectacles,
        prescription_erx_notice,
    ]
}
