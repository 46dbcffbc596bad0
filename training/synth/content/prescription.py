"""Prescriptions: handwritten Rx pads (India, US, elsewhere), printed e-prescriptions, hospital OPD slips,
UK FP10, French ordonnances, German Kassenrezepte and spectacle prescriptions; doctors' and hospital pads
from the Middle East, Africa, Latin America and France, dental prescriptions, pharmacy labels and refill
slips, controlled-substance forms and printed recetas.

Handwritten ones carry a printed letterhead and ``hand`` blocks; OCR of the handwriting
is mostly junk, so a classifier must lean on the letterhead words (Dr., Rx, clinic).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from training.synth.content.common import TemplateTable, start
from training.synth.content.medical_vocab import (
    ARAB_FAMILY,
    ARABIC_LINES,
    ARABIC_NAMES,
    ARABIC_PLACES,
    ARABIC_SPECIALTY,
    ARABIC_TITLES,
    CONTROLLED_DRUGS,
    DEGREES,
    DIAGNOSES_I18N,
    DRUGS,
    HINDI_OCR_JUNK,
    MEDS_I18N,
    SPECIALTIES,
    Drug,
    african_person,
    arab_person,
    arabic_line,
    clean_doctor,
    clean_name,
    department_name,
    drug_line,
    gendered_person,
    hospital,
    intl_date,
    script_junk,
    specialty_key,
    specialty_name,
)
from training.synth.context import Ctx
from training.synth.model import Align, DocBuilder, SyntheticDocument

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


# -- doctors' pads from many countries ------------------------------------------------------
# A photographed pad: a printed letterhead (often bilingual), a date and patient line, an Rx
# mark, a handwritten body OCR mostly cannot read, a stamp and signature, and a footer that
# repeats the address and phones. The printed parts are what a classifier can rely on.

PAD_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "name": ["Name", "Patient's Name", "Patient Name", "Mr./Mrs./Ms.", "Name of Patient"],
        "age": ["Age", "Age/Sex", "Age / Gender"],
        "date": ["Date", "Dated", "Date"],
        "weight": ["Wt", "Weight"],
        "sign": ["Signature", "Signature & Stamp", "Doctor's Signature", "Sign"],
        "next": ["Next visit", "Follow-up on", "Review after"],
        "rx": ["Rx", "Rx", "℞", "R/", "Rx."],
        "dx": ["Diagnosis", "Dx", "Impression"],
    },
    "fr": {
        "name": ["Nom", "Nom et prénom", "Nom du malade", "M. / Mme", "Patient(e)"],
        "age": ["Âge", "Age"],
        "date": ["Date", "Le", "Fait le"],
        "weight": ["Poids"],
        "sign": ["Signature", "Signature et cachet", "Cachet et signature du médecin"],
        "next": ["Prochain RDV", "À revoir le", "Contrôle dans"],
        "rx": ["Rp/", "R/", "ORDONNANCE", "Ordonnance", "Rx"],
        "dx": ["Diagnostic", "Motif"],
    },
    "es": {
        "name": ["Nombre", "Paciente", "Nombre del paciente", "Sr(a)."],
        "age": ["Edad"],
        "date": ["Fecha", "Fecha:"],
        "weight": ["Peso"],
        "sign": ["Firma", "Firma y sello", "Firma del médico"],
        "next": ["Próxima cita", "Control en", "Cita"],
        "rx": ["Rp/", "Rx", "℞", "RECETA", "Indicaciones"],
        "dx": ["Diagnóstico", "Dx", "Impresión diagnóstica"],
    },
    "pt": {
        "name": ["Nome", "Paciente", "Para", "Sr(a)."],
        "age": ["Idade"],
        "date": ["Data"],
        "weight": ["Peso"],
        "sign": ["Assinatura", "Assinatura e carimbo"],
        "next": ["Retorno", "Retornar em"],
        "rx": ["Rp/", "Rx", "Uso oral", "USO INTERNO", "Uso contínuo"],
        "dx": ["Diagnóstico", "Hipótese diagnóstica"],
    },
}
PAD_REMARKS: dict[str, list[str]] = {
    "en": [
        "Not valid for medico-legal purposes",
        "Please bring this prescription on your next visit",
        "Get well soon",
        "Valid for 7 days from the date of issue",
        "Keep all medicines out of the reach of children",
        "In case of emergency please call",
        "Medicines once sold will not be taken back",
    ],
    "fr": [
        "En cas d'urgence, composez le 15",
        "Merci de présenter cette ordonnance lors de votre prochaine consultation",
        "Ne pas laisser les médicaments à la portée des enfants",
        "Prompt rétablissement",
        "Sur rendez-vous",
    ],
    "es": [
        "Favor de traer esta receta en su próxima consulta",
        "No se automedique",
        "Consulta previa cita",
        "Mantenga los medicamentos fuera del alcance de los niños",
        "Receta válida por 30 días",
    ],
    "pt": [
        "Validade da receita: 30 dias",
        "Traga esta receita no retorno",
        "Atendimento com hora marcada",
        "Mantenha os medicamentos fora do alcance das crianças",
    ],
}
HAND_NOTES: dict[str, list[str]] = {
    "en": ["URTI", "Tonsillitis", "AOM (R)", "AGE", "Viral fever", "c/o cough x 3d", "Wt 18 kg", "BP 130/80", "UTI"],
    "fr": ["Angine", "Rhinopharyngite", "Otite", "GEA", "Lombalgie", "Poids 14 kg", "TA 13/8", "Paludisme"],
    "es": ["Faringitis", "IVU", "Gastroenteritis", "Peso 22 kg", "T/A 120/80", "Rinofaringitis", "Otitis media"],
    "pt": ["IVAS", "Amigdalite", "ITU", "Peso 20 kg", "PA 12x8", "Sinusite", "Gastroenterite"],
}


@dataclass
class Pad:
    """A doctor's printed letterhead: what the stationer set, top and bottom of every sheet."""

    lang: str  # language of the printed Latin-script text
    name: str  # as printed in large type
    surname: str
    lines: list[str]  # qualifications, specialty, affiliations
    place: list[str]  # clinic and address
    contact: list[str]  # phones, fax, e-mail, web
    hours: list[str]
    reg: str  # registration / licence number
    second: list[str] = field(default_factory=list)  # the other-script column (Arabic, Hindi), as OCR sees it
    region: str = ""


BOARDS = {
    "Paediatrics": "Pediatrics",
    "Cardiology": "Internal Medicine (Cardiovascular Disease)",
    "Dermatology": "Dermatology",
    "Obstetrics & Gynaecology": "Obstetrics and Gynecology",
    "ENT": "Otolaryngology",
    "Internal Medicine": "Internal Medicine",
    "Family Medicine": "Family Medicine",
    "Orthopaedics": "Orthopaedic Surgery",
    "Ophthalmology": "Ophthalmology",
    "Gastroenterology": "Internal Medicine (Gastroenterology)",
    "Neurology": "Psychiatry and Neurology",
    "Urology": "Urology",
}
INDIAN_DEGREES = {
    "Paediatrics": ["MD (Paed.)", "DCH", "DNB (Paediatrics)", "MD, DCH"],
    "Cardiology": ["MD, DM (Cardiology)", "MD (Medicine), DNB (Cardiology)"],
    "Dermatology": ["MD (DVL)", "DVD (Skin & VD)", "MD (Skin & VD)"],
    "Obstetrics & Gynaecology": ["MS (OBG)", "DGO, DNB", "MD (OBG), FICOG"],
    "ENT": ["MS (ENT)", "DLO", "DNB (ENT)"],
    "Internal Medicine": ["MD (Medicine)", "DNB (Gen. Med.)", "MD, FCPS"],
    "Family Medicine": ["CCEBDM", "PGDFM", "DNB (Family Medicine)", "FCGP"],
    "Orthopaedics": ["MS (Ortho)", "D.Ortho", "DNB (Ortho)"],
    "Ophthalmology": ["MS (Ophth)", "DOMS", "DNB (Ophthalmology)"],
    "Gastroenterology": ["MD, DM (Gastro)", "MD, DNB (Gastroenterology)"],
    "Neurology": ["MD, DM (Neurology)", "MD (Medicine), DM (Neuro)"],
    "Urology": ["MS, MCh (Urology)", "MS, DNB (Urology)"],
}


def _fr_de(noun: str) -> str:
    """French 'de' with elision: 'de Pédiatrie', "d'Urologie"."""
    return f"d'{noun}" if noun[:1].lower() in "aeiouyéèêh" else f"de {noun}"


def _consultant(ctx: Ctx, specialty: str, rank: str = "Consultant") -> str:
    """'Consultant Cardiologist', 'Consultant in Cardiology' or just the specialty."""
    last = specialty.rsplit(maxsplit=1)[-1]
    if last.endswith(("ist", "ian", "Surgeon", "Physician", "Specialist")):
        return f"{rank} {specialty}"
    return ctx.pick([f"{rank} in {specialty}", f"{rank} - {specialty}", specialty])


def _phones(ctx: Ctx, patterns: list[str], labels: list[str]) -> str:
    parts = [f"{label} {ctx.code(ctx.pick(patterns))}" for label in labels]
    return ctx.pick([" - ", "  |  ", " / ", "   "]).join(parts)


def _mail(ctx: Ctx, person: str, domains: list[str]) -> str:
    prefix = ctx.pick(["dr.", "dr", "", "clinic.", "contact@"])
    if prefix == "contact@":
        return f"contact@{ctx.pick(domains)}"
    return ctx.email(prefix + clean_name(person).split()[-1] if prefix else person, ctx.pick(domains))


def _pad_levant(ctx: Ctx, spec: str) -> Pad:
    lang = ctx.lang
    female = ctx.chance(0.4)
    person = arab_person(ctx, female=female)
    surname = person.split()[-1]
    country = ctx.pick(["lb", "lb", "lb", "jo"])
    hospitals = (
        [
            "AUBMC",
            "Hôtel-Dieu de France",
            "Clemenceau Medical Center",
            "Saint George Hospital UMC",
            "Mount Lebanon Hospital",
            "Bellevue Medical Center",
            "Makassed General Hospital",
            "Rizk Hospital",
        ]
        if country == "lb"
        else ["Jordan University Hospital", "Khalidi Hospital", "Istishari Hospital", "Specialty Hospital"]
    )
    sp = specialty_name(ctx, spec, lang)
    if lang == "fr":
        name = ctx.pick(["Docteur", "Dr", "Dr."]) + f" {person}"
        quals = [
            "Ancien interne des Hôpitaux de Paris",
            "Diplômé de la Faculté de Médecine - Université Saint-Joseph",
            "Ancien chef de clinique",
            f"Membre de l'Ordre des Médecins du {'Liban' if country == 'lb' else 'Jordanie'}",
            "Diplôme Inter-Universitaire d'échographie",
            f"Médecin traitant à {ctx.pick(hospitals)}",
        ]
        city = ctx.pick(["Beyrouth - Liban", "Jounieh - Liban", "Zahlé - Liban", "Saïda - Liban", "Amman - Jordanie"])
        street = ctx.pick(["Rue Sassine", "Rue de Damas", "Rue Hamra", "Av. Charles Malek", "Rue Monnot"])
        place = [
            ctx.pick(["Achrafieh", "Hamra", "Verdun", "Badaro", "Kaslik", "Dora"])
            + f", {street}, Imm. {ctx.last_name()}, {ctx.randint(1, 9)}{ctx.pick(['ème', 'e'])} étage",
            city,
        ]
        contact = [
            _phones(ctx, ["01/### ###", "01 ### ###", "09/### ###"], ["Tél.:"])
            + "  "
            + _phones(ctx, ["03/### ###", "70/### ###", "71 ### ###"], [ctx.pick(["Cell.:", "Mobile:", "Port.:"])]),
            f"E-mail: {_mail(ctx, person, ['hotmail.com', 'gmail.com', 'idm.net.lb', 'yahoo.fr'])}",
        ]
        hours = [
            ctx.pick(
                [
                    "Sur rendez-vous",
                    "Consultations: lundi, mercredi et vendredi de 15h à 19h",
                    "Heures de consultation: du lundi au vendredi de 14h à 18h - sur rendez-vous",
                ]
            )
        ]
    else:
        name = f"Dr. {person}" + ctx.pick(["", ", M.D.", " MD", ", MD, FAAP"])
        board = BOARDS[spec]
        quals = [
            ctx.pick(["AUB Graduate", "A.U.B. Graduate", "Graduate of the American University of Beirut"]),
            f"Diplomate of the American Board of {board}",
            ctx.pick(["American Board Certified", "Lebanese Board Certified", "Arab Board Certified"]),
            f"Assistant Professor of Clinical {board}, AUB",
            f"Attending Physician at {ctx.pick(hospitals)}",
            "Fellowship, " + ctx.pick(["Johns Hopkins", "Cleveland Clinic", "McGill University", "Univ. of Michigan"]),
            "Member of the Lebanese Order of Physicians"
            if country == "lb"
            else "Member of the Jordan Medical Association",
        ]
        city = "Beirut - Lebanon" if country == "lb" else "Amman - Jordan"
        if country == "lb":
            place = [
                ctx.pick(["Hamra", "Achrafieh", "Verdun", "Jal El Dib", "Hazmieh", "Ras Beirut"])
                + f", {ctx.pick(['Makdessi', 'Sadat', 'Bliss', 'Abdel Aziz', 'Sassine', 'Clemenceau'])} Street",
                f"{ctx.pick(['Nasr', 'Gefinor', 'Medical Center', 'Dunes Center', ctx.last_name()])} Bldg., "
                f"{ctx.pick(['1st', '2nd', '3rd', '4th', '5th', '7th'])} Floor",
                city,
            ]
            contact = [
                _phones(ctx, ["01 ### ###", "01-######", "+961 1 ### ###"], ["Tel:"])
                + "  "
                + _phones(ctx, ["03 ### ###", "03-######", "70 ### ###", "+961 3 ### ###"], ["Mobile:"]),
                f"Fax: {ctx.code('01 ### ###')}" if ctx.chance(0.4) else "",
                f"E-mail: {_mail(ctx, person, ['hotmail.com', 'gmail.com', 'aub.edu.lb', 'outlook.com'])}",
            ]
        else:
            place = [
                f"{ctx.pick(['Khalidi', 'Abdali', 'Shmeisani', 'Jabal Amman', 'Abdoun'])}, "
                f"{ctx.pick(['Medical Complex', 'Medical Center', 'Professional Center'])}, "
                f"{ctx.pick(['1st', '2nd', '3rd', '4th'])} Floor, Clinic {ctx.randint(101, 409)}",
                city,
            ]
            contact = [
                _phones(ctx, ["+962 6 ### ####", "06 ### ####"], ["Tel:"])
                + "  "
                + _phones(ctx, ["079 ### ####", "077 ### ####"], ["Mob:"]),
                f"E-mail: {_mail(ctx, person, ['gmail.com', 'yahoo.com', 'hotmail.com'])}",
            ]
        hours = [
            ctx.pick(
                [
                    "Clinic Hours: Mon - Fri 3:00 - 7:00 pm",
                    "By Appointment",
                    "Clinic hours: Monday, Wednesday & Friday 2 to 6 p.m.",
                    "Saturday by appointment only",
                ]
            )
        ]
    lines = [sp, *ctx.some(quals, 1, 3)]
    second = [
        arabic_line(ctx, f"{ctx.pick(ARABIC_TITLES)} {ctx.pick(ARABIC_NAMES)}"),
        arabic_line(ctx, ARABIC_SPECIALTY.get(spec, ARABIC_SPECIALTY["Internal Medicine"])),
        arabic_line(ctx, ARABIC_PLACES[country]),
    ]
    if ctx.chance(0.5):
        second.append(arabic_line(ctx, ctx.pick(ARABIC_LINES)))
    return Pad(lang, name, surname, lines, place, [c for c in contact if c], hours, "", second)


def _pad_gulf_egypt(ctx: Ctx, spec: str) -> Pad:
    country = ctx.pick(["ae", "ae", "sa", "eg", "eg"])
    person = arab_person(ctx)
    surname = person.split()[-1]
    sp = specialty_name(ctx, spec, "en")
    if country == "eg":
        uni = ctx.pick(["Cairo", "Ain Shams", "Alexandria", "Mansoura", "Assiut", "Al-Azhar"])
        name = f"Dr. {person}"
        quals = [
            ctx.pick(["M.B.B.Ch., M.Sc., M.D.", "M.B.B.Ch, MSc", "MBBCh, MRCP (UK)", "M.D."]),
            f"{ctx.pick(['Professor', 'Lecturer', 'Assistant Professor'])} of {sp}, "
            f"Faculty of Medicine, {uni} University",
            _consultant(ctx, sp),
            f"Member of the Egyptian Society of {ctx.pick(['Cardiology', 'Pediatrics', 'Dermatology', 'Gynecology'])}",
        ]
        place = [
            f"Clinic: {ctx.randint(1, 120)} "
            f"{ctx.pick(['Abbas El Akkad', 'Makram Ebeid', 'Gameat El Dowal', 'El Haram'])} "
            f"St., {ctx.pick(['Nasr City', 'Mohandessin', 'Heliopolis', 'Dokki', 'Maadi', 'Smouha'])}",
            ctx.pick(["Cairo", "Giza", "Alexandria"]),
        ]
        contact = [
            _phones(ctx, ["02 2### ####", "(02) 3### ####"], ["Tel:"])
            + "  "
            + _phones(ctx, ["010 #### ####", "012 #### ####", "011 #### ####"], ["Mob:"])
        ]
        hours = [ctx.pick(["Daily except Friday from 6 to 10 pm", "Saturday - Thursday: 5 pm - 9 pm", ""])]
        reg = f"Syndicate No. {ctx.digits(6)}" if ctx.chance(0.3) else ""
    else:
        authority = {"ae": ["DHA", "DOH", "MOHAP"], "sa": ["SCFHS", "MOH"]}[country]
        name = f"Dr. {person}"
        quals = [
            ctx.pick(
                ["MBBS, MRCPCH (UK)", "MD, Arab Board", "MBBS, FRCS (Ed)", "MBBCh, MRCOG", "MD, FACC", "MBBS, MRCGP"]
            ),
            _consultant(ctx, sp, ctx.pick(["Consultant", "Specialist"])),
            f"{ctx.pick(['Arab Board', 'Saudi Board', 'German Board', 'American Board'])} Certified",
        ]
        city = "Dubai, UAE" if country == "ae" else ctx.pick(["Riyadh, KSA", "Jeddah, Saudi Arabia", "Dammam, KSA"])
        clinic = ctx.pick(
            [
                f"Al {ctx.pick(['Noor', 'Shifa', 'Zahra', 'Safa', 'Amal', 'Rahma'])} Medical Centre",
                f"{ctx.pick(['Emirates', 'Gulf', 'Royal', 'Al Wasl'])} Specialized Clinic",
                f"{ctx.pick(['Mediclinic', 'Aster', 'Al Hayat'])} Polyclinic",
            ]
        )
        place = [
            clinic,
            f"{ctx.pick(['Office', 'Clinic', 'Suite'])} {ctx.randint(101, 902)}, "
            f"{ctx.pick(['Al Wasl Road', 'Sheikh Zayed Road', 'King Fahd Road', 'Olaya Street', 'Tahlia Street'])}",
            f"P.O. Box {ctx.digits(5)}, {city}",
        ]
        contact = [
            _phones(
                ctx,
                ["+971 4 ### ####", "04 ### ####"] if country == "ae" else ["+966 11 ### ####", "011 ### ####"],
                ["Tel:", "Fax:"] if ctx.chance(0.5) else ["Tel:"],
            ),
            f"www.{clinic.lower().replace(' ', '')[:16]}.{'ae' if country == 'ae' else 'sa'}",
        ]
        hours = [ctx.pick(["Sat - Thu: 9:00 am - 9:00 pm", "Friday closed", "Working hours 9 am - 1 pm & 4 pm - 9 pm"])]
        reg = f"{ctx.pick(authority)} License No. {ctx.digits(8)}"
    second = [
        arabic_line(ctx, f"{ctx.pick(ARABIC_TITLES)}"),
        arabic_line(ctx, ARABIC_SPECIALTY.get(spec, ARABIC_SPECIALTY["Family Medicine"])),
        arabic_line(ctx, ARABIC_PLACES[country]),
        arabic_line(ctx, ctx.pick(ARABIC_LINES)),
    ]
    return Pad("en", name, surname, [*ctx.some(quals, 2, 3)], place, contact, [h for h in hours if h], reg, second)


def _pad_maghreb(ctx: Ctx, spec: str) -> Pad:
    country = ctx.pick(["ma", "ma", "dz", "tn"])
    person = arab_person(ctx)
    surname = person.split()[-1]
    sp = specialty_name(ctx, spec, "fr")
    fac = {"ma": ["Rabat", "Casablanca", "Fès", "Marrakech"], "dz": ["Alger", "Oran", "Constantine"], "tn": ["Tunis"]}
    chu = {
        "ma": ["CHU Ibn Rochd", "CHU Ibn Sina", "CHU Hassan II", "CHU Mohammed VI"],
        "dz": ["CHU Mustapha Pacha", "CHU d'Oran", "CHU Beni Messous"],
        "tn": ["Hôpital Charles Nicolle", "Hôpital La Rabta", "CHU Sahloul"],
    }
    name = ctx.pick(["Docteur", "Dr", "Dr."]) + f" {person}"
    quals = [
        sp,
        f"Lauréat de la Faculté de Médecine de {ctx.pick(fac[country])}",
        f"Ancien Médecin Interne et Résident du {ctx.pick(chu[country])}",
        "Diplômé en échographie",
        "Diplôme Universitaire de diabétologie",
        "Ancien assistant hospitalo-universitaire",
    ]
    if country == "ma":
        city = ctx.pick(["Casablanca", "Rabat", "Marrakech", "Fès", "Tanger", "Agadir"])
        place = [
            f"{ctx.randint(1, 300)}, {ctx.pick(['Bd Zerktouni', 'Bd Mohammed V', 'Bd Anfa', 'Av. Hassan II'])}, "
            f"{ctx.randint(1, 6)}{ctx.pick(['ème', 'er'])} étage, Appt {ctx.randint(1, 20)}",
            f"{city} - Maroc",
        ]
        contact = [_phones(ctx, ["05 22 ## ## ##", "05 37 ## ## ##"], ["Tél:", "Fax:"])]
        reg = f"INPE: {ctx.digits(9)}"
    elif country == "dz":
        city = ctx.pick(["Alger", "Oran", "Constantine", "Blida", "Sétif"])
        place = [f"Cité {ctx.pick(['20 Août', 'des Fonctionnaires', 'El Badr'])}, Bt {ctx.randint(1, 30)}", city]
        contact = [_phones(ctx, ["0## ## ## ##", "05## ## ## ##"], ["Tél:", "Mob:"])]
        reg = f"N° Ordre: {ctx.digits(5)}" if ctx.chance(0.5) else ""
    else:
        city = ctx.pick(["Tunis", "Sfax", "Sousse", "Ariana"])
        place = [f"{ctx.randint(1, 99)}, Av. {ctx.pick(['Habib Bourguiba', 'de la Liberté', 'Mohamed V'])}", city]
        contact = [_phones(ctx, ["7# ### ###", "+216 7# ### ###"], ["Tél:"])]
        reg = ""
    second = [
        arabic_line(ctx, ctx.pick(ARABIC_TITLES)),
        arabic_line(ctx, ARABIC_SPECIALTY.get(spec, ARABIC_SPECIALTY["Internal Medicine"])),
        arabic_line(ctx, ARABIC_PLACES[country]),
    ]
    hours = [ctx.pick(["Sur rendez-vous", "Du lundi au samedi de 9h à 13h et de 15h à 19h", "Urgences 24h/24"])]
    return Pad("fr", name, surname, [quals[0], *ctx.some(quals[1:], 1, 3)], place, contact, hours, reg, second)


def _pad_india(ctx: Ctx, spec: str) -> Pad:
    person = clean_name(ctx.person())
    sp = specialty_name(ctx, spec, "en")
    degree = "MBBS, " + ctx.pick(INDIAN_DEGREES[spec])
    quals = [
        degree,
        _consultant(ctx, sp),
        ctx.pick(
            [
                "Ex-Resident, AIIMS, New Delhi",
                "Ex. Registrar, KEM Hospital, Mumbai",
                "Ex. Sr. Resident, PGIMER Chandigarh",
                "Gold Medalist",
                "Fellowship in Diabetology",
                "Ex-Consultant, Apollo Hospitals",
            ]
        ),
    ]
    clinic = ctx.pick(
        [
            f"{ctx.last_name()} Clinic",
            ctx.pick(["Shree", "Sai", "Om", "Ganesh", "Lotus", "Care"])
            + " "
            + ctx.pick(["Child Care", "Skin", "Heart", "ENT", "Maternity"])
            + " Clinic",
            f"{ctx.last_name()} Nursing Home",
            f"{ctx.pick(['Arogya', 'Sanjeevani', 'Jeevan', 'Shanti'])} Hospital",
        ]
    )
    place = [clinic, ctx.address()]
    contact = [
        _phones(ctx, ["98########", "+91 9#### #####", "0##-########"], [ctx.pick(["Mob.:", "Ph.:", "Cell:"])]),
        ctx.pick([f"Email: {_mail(ctx, person, ['gmail.com', 'yahoo.co.in', 'rediffmail.com'])}", "", ""]),
    ]
    hours = ctx.some(
        [
            "Timings: 10:00 am - 1:00 pm | 6:00 pm - 9:00 pm",
            "Morning 9 to 12, Evening 5 to 8",
            "Sunday Closed",
            "Sunday: By appointment only",
            "Closed on Thursday",
        ],
        1,
        2,
    )
    reg = f"Reg. No. {ctx.code(ctx.pick(['#####', 'MMC/####/#####', 'KMC ######', 'DMC/R/#####', 'UPMC-#####']))}"
    second = [script_junk(ctx, HINDI_OCR_JUNK, ctx.randint(2, 5)) for _ in range(ctx.randint(0, 3))]
    return Pad("en", f"Dr. {person}", person.split()[-1], quals, place, [c for c in contact if c], hours, reg, second)


def _pad_latam(ctx: Ctx, spec: str) -> Pad:
    female = ctx.chance(0.45)
    person = gendered_person(ctx, female)
    lang = ctx.lang
    sp = specialty_name(ctx, spec, lang)
    title = ("Dra." if female else "Dr.") if ctx.chance(0.85) else ("Dra" if female else "Dr")
    if ctx.locale == "pt_BR":
        quals = [sp, f"CRM-{ctx.pick(['SP', 'RJ', 'MG', 'PR', 'RS', 'BA'])} {ctx.digits(6)}", f"RQE {ctx.digits(5)}"]
        quals += ctx.some(
            [
                "Título de especialista pela AMB",
                f"Membro da Sociedade Brasileira de {department_name(ctx, spec, 'pt')}",
            ],
            0,
            1,
        )
        place = [
            f"{ctx.pick(['Rua', 'Av.', 'Avenida', 'Alameda'])} {ctx.last_name()}, {ctx.randint(10, 3999)} - "
            f"{ctx.pick(['Sala', 'Conj.', 'Consultório'])} {ctx.randint(11, 1210)}",
            f"{ctx.city()} - {ctx.pick(['SP', 'RJ', 'MG', 'PR'])}  CEP {ctx.code('#####-###')}",
        ]
        contact = [
            _phones(ctx, ["(11) 3###-####", "(21) 2###-####", "(31) 3###-####"], ["Tel:"])
            + "  "
            + _phones(ctx, ["(11) 9####-####", "(21) 9####-####"], ["WhatsApp:"]),
        ]
        hours = [ctx.pick(["Atendimento com hora marcada", "Segunda a sexta das 8h às 18h"])]
        return Pad("pt", f"{title} {person}", person.split()[-1], quals, place, contact, hours, "")
    country = {"es_MX": "mx", "es_CO": "co", "es_AR": "ar", "es_CL": "cl"}.get(ctx.locale, "mx")
    uni = {
        "mx": ["UNAM", "Universidad de Guadalajara", "UANL", "Instituto Politécnico Nacional", "BUAP"],
        "co": ["Universidad Nacional de Colombia", "Universidad de Antioquia", "Universidad del Valle"],
        "ar": [
            "Universidad de Buenos Aires (UBA)",
            "Universidad Nacional de Córdoba",
            "Universidad Nacional de Rosario",
        ],
        "cl": ["Universidad de Chile", "Pontificia Universidad Católica de Chile", "Universidad de Concepción"],
    }[country]
    quals = [ctx.pick(["Médico Cirujano", "Médico Cirujano y Partero", "Médico Especialista en " + sp, sp])]
    if country == "mx":
        quals += [f"Céd. Prof. {ctx.digits(7)}", f"Céd. Esp. {ctx.digits(8)}" if ctx.chance(0.6) else ""]
        quals.append(
            ctx.pick(
                [f"Egresado de la {ctx.pick(uni)}", f"Certificado por el Consejo Mexicano de {sp}", "Alta especialidad"]
            )
        )
    elif country == "ar":
        quals += [f"M.N. {ctx.digits(6)}" + (f" - M.P. {ctx.digits(5)}" if ctx.chance(0.6) else ""), ctx.pick(uni)]
    elif country == "co":
        quals += [f"R.M. {ctx.digits(5)}", f"{ctx.pick(uni)}"]
    else:
        quals += [f"RUT {ctx.code('##.###.###-#')}", f"Reg. Superintendencia de Salud {ctx.digits(5)}", ctx.pick(uni)]
    place = [
        ctx.pick(
            [
                f"Consultorio {ctx.randint(101, 1208)}, Torre Médica {ctx.last_name()}",
                f"Clínica {ctx.last_name()}",
                f"Centro Médico {ctx.pick(['del Valle', 'Santa Fe', 'San José', 'Las Américas'])}",
                "",
            ]
        ),
        ctx.address().replace("\n", ", "),
    ]
    contact = [
        _phones(
            ctx, ["(55) #### ####", "(33) #### ####", "(601) ### ####", "(11) ####-####", "(2) 2### ####"], ["Tel."]
        )
        + ("  " + _phones(ctx, ["## #### ####", "+## # #### ####"], ["Cel./WhatsApp"]) if ctx.chance(0.6) else ""),
        ctx.pick([f"Correo: {_mail(ctx, person, ['gmail.com', 'hotmail.com', 'outlook.es'])}", ""]),
    ]
    hours = [
        ctx.pick(
            [
                "Horario: Lunes a Viernes de 10:00 a 14:00 y de 17:00 a 20:00",
                "Consulta previa cita",
                "Sábados de 9:00 a 13:00",
                "Urgencias las 24 horas",
            ]
        )
    ]
    return Pad(
        "es",
        f"{title} {person}",
        person.split()[-1],
        [q for q in quals if q],
        [p for p in place if p],
        [c for c in contact if c],
        hours,
        "",
    )


def _pad_france(ctx: Ctx, spec: str) -> Pad:
    person = clean_name(ctx.person())
    sp = specialty_name(ctx, spec, "fr")
    city = ctx.pick(["Paris", "Lyon", "Marseille", "Bordeaux", "Lille", "Toulouse", "Nantes", "Strasbourg"])
    quals = [
        sp,
        f"Ancien Interne des Hôpitaux de {city}",
        f"Ancien Chef de Clinique à la Faculté de {city}",
        f"Diplômé de la Faculté de Médecine de {city}",
        "Membre d'une association agréée, le règlement des honoraires par chèque est accepté",
        ctx.pick(["Conventionné Secteur 1", "Conventionné Secteur 2 - Honoraires libres", "Non conventionné"]),
        f"Attaché des Hôpitaux de {city}",
    ]
    contact = [
        f"Tél. {ctx.phone()}" + (f"  Fax {ctx.phone()}" if ctx.chance(0.3) else ""),
        ctx.pick(["Prise de rendez-vous sur Doctolib", f"Secrétariat : {ctx.phone()}", ""]),
    ]
    hours = [ctx.pick(["Consultations sur rendez-vous", "Du lundi au vendredi de 9h à 19h", "Sur rendez-vous"])]
    reg = f"N° RPPS {ctx.digits(11)}" + (f"  N° AM {ctx.code('## # ##### #')}" if ctx.chance(0.5) else "")
    return Pad(
        "fr",
        f"{ctx.pick(['Docteur', 'Dr', 'Dr.', 'Docteur'])} {person}",
        person.split()[-1],
        [sp, *ctx.some(quals[1:], 1, 3)],
        [ctx.address().replace("\n", " ")],
        [c for c in contact if c],
        hours,
        reg,
    )


def _pad_africa(ctx: Ctx, spec: str) -> Pad:
    lang = ctx.lang
    person = african_person(ctx, lang)
    surname = person.split()[-1]
    sp = specialty_name(ctx, spec, lang)
    if lang == "fr":
        country = ctx.pick(["sn", "ci", "cm", "bf"])
        fac = {"sn": "Dakar (UCAD)", "ci": "Abidjan", "cm": "Yaoundé I", "bf": "Ouagadougou"}[country]
        quals = [
            sp,
            f"Diplômé de la Faculté de Médecine de {fac}",
            f"Ancien Interne des Hôpitaux de {fac.split()[0]}",
            f"Inscrit à l'Ordre National des Médecins sous le N° {ctx.digits(4)}",
            "Échographie - Petite chirurgie",
        ]
        addr = {
            "sn": [
                f"Sicap Liberté {ctx.randint(1, 6)}, Villa N° {ctx.digits(4)}",
                f"BP {ctx.digits(4)} Dakar - Sénégal",
            ],
            "ci": [
                f"Cocody Riviera {ctx.randint(1, 3)}, Rue {ctx.pick(['des Jardins', 'E 45', 'F 12'])}",
                f"{ctx.pick(['01', '08'])} BP {ctx.digits(4)} Abidjan",
            ],
            "cm": [
                ctx.pick(["Bastos", "Bonapriso", "Akwa", "Mvan"]) + ", face " + ctx.pick(["pharmacie", "école"]),
                f"BP {ctx.digits(4)} {ctx.pick(['Yaoundé', 'Douala'])} - Cameroun",
            ],
            "bf": [
                f"Secteur {ctx.randint(1, 30)}, Avenue Kwame Nkrumah",
                f"{ctx.digits(2)} BP {ctx.digits(4)} Ouagadougou",
            ],
        }[country]
        phone = {
            "sn": ["+221 33 8## ## ##", "77 ### ## ##"],
            "ci": ["+225 07 ## ## ## ##", "27 22 ## ## ##"],
            "cm": ["+237 6## ## ## ##", "2 33 ## ## ##"],
            "bf": ["+226 25 ## ## ##", "70 ## ## ##"],
        }[country]
        place = [
            ctx.pick(
                [
                    f"Cabinet Médical {ctx.pick(['Les Palmiers', 'La Grâce', 'Espoir', 'Saint Luc'])}",
                    f"Clinique {ctx.pick(['Médicale', 'La Providence', 'Les Cocotiers', 'du Plateau'])}",
                ]
            ),
            *addr,
        ]
        contact = [_phones(ctx, phone, ["Tél:", "Cel:"])]
        hours = [ctx.pick(["Consultations du lundi au samedi", "Ouvert 24h/24", "Sur rendez-vous"])]
        return Pad(
            "fr",
            f"{ctx.pick(['Dr', 'Docteur', 'Dr.'])} {person}",
            surname,
            ctx.some(quals, 2, 4),
            place,
            contact,
            hours,
            "",
        )
    country = ctx.pick(["ng", "ng", "gh", "ke"])
    deg = {
        "ng": ["MBBS (Ibadan), FWACP", "MBBS (Lagos), FMCPaed", "MBBS, FWACS", "MBBS (Nig), FMCOG"],
        "gh": ["MB ChB (Ghana), FGCP", "MBChB, FWACS"],
        "ke": ["MBChB (Nairobi), MMed", "MBChB, MMed (Paeds)"],
    }[country]
    reg = {
        "ng": f"MDCN Reg. No.: {ctx.digits(5)}",
        "gh": f"MDC Reg. No. MDC/RN/{ctx.digits(4)}",
        "ke": f"KMPDC Reg. No. A{ctx.digits(4)}",
    }[country]
    addr = {
        "ng": [
            f"{ctx.randint(1, 90)}, " + ctx.pick(["Adeola Odeku Street", "Allen Avenue", "Aminu Kano Crescent"]),
            ctx.pick(["Victoria Island, Lagos", "Ikeja, Lagos", "Wuse II, Abuja", "Ibadan, Oyo State"]),
        ],
        "gh": [
            f"{ctx.pick(['East Legon', 'Osu', 'Airport Residential Area', 'Adum'])}",
            ctx.pick(["Accra", "Kumasi"]) + " - Ghana",
        ],
        "ke": [
            ctx.pick(["Ngong Road", "Argwings Kodhek Road", "Moi Avenue"])
            + ", "
            + ctx.pick(["Hurlingham", "Upper Hill", "Westlands"]),
            f"P.O. Box {ctx.digits(5)}-00100, Nairobi",
        ],
    }[country]
    phone = {
        "ng": ["0803 ### ####", "+234 80# ### ####"],
        "gh": ["+233 24 ### ####", "030 ### ####"],
        "ke": ["+254 7## ### ###", "020 ### ####"],
    }[country]
    place = [
        ctx.pick(["Grace", "Mercy", "Reddington", "Lifeline", "Crown", "Bethel"])
        + " "
        + ctx.pick(["Specialist Hospital", "Medical Centre", "Clinic", "Hospital"]),
        *addr,
    ]
    contact = [
        _phones(ctx, phone, ["Tel:"]),
        ctx.pick([f"Email: {_mail(ctx, person, ['gmail.com', 'yahoo.com'])}", ""]),
    ]
    quals = [
        ctx.pick(deg),
        _consultant(ctx, sp),
        ctx.pick(
            {
                "ng": ["Fellow, West African College of Physicians", "Member, Nigerian Medical Association", ""],
                "gh": ["Fellow, Ghana College of Physicians and Surgeons", "Member, Ghana Medical Association", ""],
                "ke": ["Member, Kenya Medical Association", "Fellow, College of Physicians of East Africa", ""],
            }[country]
        ),
    ]
    return Pad("en", f"Dr. {person}", surname, [q for q in quals if q], place, [c for c in contact if c], [], reg)


def _pad_us(ctx: Ctx, spec: str) -> Pad:
    person = clean_name(ctx.person())
    sp = specialty_name(ctx, spec, "en")
    if ctx.locale == "en_PH":
        quals = [
            sp,
            f"PRC Lic. No. {ctx.digits(7)}",
            f"PTR No. {ctx.digits(7)}",
            f"S2 No. {ctx.digits(6)}" if ctx.chance(0.5) else "",
        ]
        name = f"{person.upper() if ctx.chance(0.5) else person}, M.D."
        place = [
            f"Room {ctx.randint(201, 1208)}, {ctx.pick(['Medical Arts Building', 'MOB 1', 'Tower 2'])}",
            f"{ctx.pick(['St. Luke', 'Makati', 'Asian', 'Cardinal Santos', 'The Medical City'])} Medical Center",
            ctx.pick(["Quezon City", "Makati City", "Cebu City", "Pasig City"]),
        ]
        contact = [_phones(ctx, ["(02) 8###-####", "0917 ### ####"], ["Tel.", "Mobile"])]
        hours = [ctx.pick(["Clinic Hours: MWF 10 AM - 12 NN", "TTh 2 - 5 PM", "By appointment"])]
        return Pad("en", name, person.split()[-1], [q for q in quals if q], place, contact, hours, "")
    name = ctx.pick([f"{person}, M.D.", f"{person.upper()}, M.D.", f"{person}, MD", f"{person}, D.O.", f"Dr. {person}"])
    board = BOARDS[spec]
    quals = [
        sp,
        ctx.pick(
            [
                f"Diplomate, American Board of {board}",
                f"Board Certified in {board}",
                "Fellow, American Academy of Pediatrics",
            ]
        ),
    ]
    place = [
        ctx.pick(
            [
                ctx.last_name() + " " + ctx.pick(["Medical Group", "Family Practice", "Dermatology Associates"]),
                "",
            ]
        ),
        f"{ctx.street()}{ctx.pick(['', ', Suite ' + str(ctx.randint(100, 450))])}",
        str(ctx.fake.city()) + ", " + str(ctx.fake.state_abbr()) + " " + str(ctx.fake.postcode()),
    ]
    contact = [f"Tel {ctx.phone()}" + ctx.pick(["", f"   Fax {ctx.phone()}"])]
    reg = ctx.pick(
        [
            f"DEA# {ctx.code('??#######')}   NPI {ctx.digits(10)}",
            f"Lic. # {ctx.code('?#####')}   NPI# {ctx.digits(10)}",
            f"NPI {ctx.digits(10)}",
        ]
    )
    return Pad("en", name, person.split()[-1], quals, [p for p in place if p], contact, [], reg)


PAD_REGIONS = {
    # region: (locales to choose from, builder)
    "levant": (["en_GB", "en_GB", "fr_FR"], _pad_levant),
    "gulf_egypt": (["en_GB"], _pad_gulf_egypt),
    "maghreb": (["fr_FR"], _pad_maghreb),
    "india": (["en_IN"], _pad_india),
    "latam": (["es_MX", "es_MX", "es_CO", "es_AR", "es_CL", "pt_BR"], _pad_latam),
    "france": (["fr_FR"], _pad_france),
    "africa": (["fr_FR", "en_GB"], _pad_africa),
    "us": (["en_US", "en_US", "en_PH"], _pad_us),
}


def _pad_for(ctx: Ctx, region: str, spec: str) -> Pad:
    pad = PAD_REGIONS[region][1](ctx, spec)
    pad.region = region
    return pad


def _patient_name(ctx: Ctx, region: str) -> str:
    if region in ("levant", "gulf_egypt", "maghreb", "arabic", "francophone"):
        return arab_person(ctx) if ctx.chance(0.8) else clean_name(ctx.person())
    if region == "africa":
        return african_person(ctx, ctx.lang)
    return clean_name(ctx.person())


def _pad_ctx(rng: random.Random, region: str) -> Ctx:
    return Ctx(rng, rng.choice(PAD_REGIONS[region][0]))


def _pad_header(b: DocBuilder, ctx: Ctx, pad: Pad) -> None:
    """The letterhead as the printer set it: one of a few common arrangements."""
    style = ctx.pick(["left", "center", "split", "split", "stacked"] if pad.second else ["left", "center", "stacked"])
    name = pad.name.upper() if ctx.chance(0.3) else pad.name
    rest = [*pad.lines, *(pad.place if ctx.chance(0.6) else [])]
    if ctx.chance(0.5):
        rest.append(pad.reg)
    if ctx.chance(0.4):
        rest += pad.hours
    if style == "split":
        # Latin-script block on the left, the Arabic/Hindi block on the right, as bilingual pads are set.
        b.h(name, ctx.pick([1, 2]), "left")
        b.lines([x for x in rest if x], align="left")
        b.lines(pad.second, align="right", bold=ctx.chance(0.5))
    else:
        align: Align = "center" if style == "center" else "left"
        if pad.second and ctx.chance(0.5):
            b.lines(pad.second[:1], align="center")
        b.h(name, 1 if style != "stacked" else 2, align)
        b.lines([x for x in rest if x], align=align)
        if pad.second and style == "stacked":
            b.lines(pad.second[1:], align="right")
    if ctx.chance(0.7):
        b.rule(dashed=ctx.chance(0.2))


def _pad_patient(b: DocBuilder, ctx: Ctx, pad: Pad, day: dt.date, *, printed_labels: bool = True) -> None:
    words = PAD_WORDS[pad.lang]
    patient = _patient_name(ctx, pad.region)
    date = intl_date(ctx, day)
    if not printed_labels:
        b.lines([date], align="right", hand=True)
        b.lines([patient], hand=True)
        return
    pairs = [(ctx.pick(words["name"]), patient)]
    if ctx.chance(0.6):
        unit = {"en": ["", " y", " yrs", " Y"], "fr": ["", " ans"], "es": ["", " años", "a"], "pt": ["", " anos"]}
        pairs.append((ctx.pick(words["age"]), f"{ctx.randint(1, 85)}{ctx.pick(unit[pad.lang])}"))
    if ctx.chance(0.25):
        pairs.append((ctx.pick(words["weight"]), f"{ctx.randint(6, 95)} kg"))
    date_pair = (ctx.pick(words["date"]), date)
    if ctx.chance(0.5):
        b.fields([date_pair], hand=True, sep=ctx.pick([": ", " ", ": "]))
        b.fields(pairs, hand=True, columns=ctx.pick([1, len(pairs)]))
    else:
        b.fields([*pairs, date_pair], hand=True, columns=ctx.pick([1, 2, len(pairs) + 1]))


def _pad_body(b: DocBuilder, ctx: Ctx, lang: str, *, low: int = 1, high: int = 4) -> None:
    meds = MEDS_I18N.get(lang, MEDS_I18N["en"])
    if ctx.chance(0.3):
        b.p(ctx.pick(HAND_NOTES.get(lang, HAND_NOTES["en"])), hand=True)
    b.lines([ctx.pick(PAD_WORDS[lang]["rx"])], bold=True)
    out = []
    numbered = ctx.chance(0.5)
    for i, (med, sig) in enumerate(ctx.some(meds, low, high), 1):
        head = f"{i}) " if numbered else ctx.pick(["", "- ", "• "])
        if ctx.chance(0.35):
            out.append(f"{head}{med}")
            out.append(f"   {sig}")
        else:
            out.append(f"{head}{med} {ctx.pick(['-', '', ':'])} {sig}")
    b.lines(out, hand=True)
    if ctx.chance(0.35):
        b.p(
            f"{ctx.pick(PAD_WORDS[lang]['next'])} {ctx.randint(3, 15)} {ctx.pick(['d', 'days', 'j', 'días', 'dias'])}",
            hand=True,
        )


def _pad_sign(b: DocBuilder, ctx: Ctx, pad: Pad, *, stamp: float = 0.4) -> None:
    if ctx.chance(stamp):
        # A rubber stamp: name, specialty and registration, often crooked and faint.
        b.lines([pad.name, *pad.lines[:1], pad.reg or ctx.pick(pad.place or [""])], align="right")
    if ctx.chance(0.6):
        b.lines([ctx.pick([pad.surname, pad.surname[:4] + ".", pad.name.split()[-1]])], align="right", hand=True)
    b.lines([ctx.pick(PAD_WORDS[pad.lang]["sign"])], align="right")


def _pad_footer(b: DocBuilder, ctx: Ctx, pad: Pad) -> None:
    """Pads repeat the address and phones at the foot, often with the hours or a remark."""
    parts = [*pad.place, *pad.contact]
    if ctx.chance(0.5):
        parts += pad.hours
    if ctx.chance(0.6):
        b.rule()
    sep = ctx.pick([" - ", " | ", " • ", "  "])
    if ctx.chance(0.5):
        b.p(sep.join(p for p in parts if p), align="center", small=True)
    else:
        b.lines([p for p in parts if p], align="center")
    if pad.second and ctx.chance(0.5):
        b.lines(pad.second[-2:], align="center")
    if ctx.chance(0.45):
        b.p(ctx.pick(PAD_REMARKS[pad.lang]), align="center", small=True)


def prescription_doctor_pad(rng: random.Random) -> SyntheticDocument:
    """Photographed private doctors' pads from the Middle East, North and sub-Saharan Africa, India,
    Latin America, France and the US: printed (often bilingual) letterhead, handwritten body, footer."""
    region = rng.choice(list(PAD_REGIONS))
    ctx = _pad_ctx(rng, region)
    pad = _pad_for(ctx, region, specialty_key(ctx))
    b = start(LABEL, ctx)
    _pad_header(b, ctx, pad)
    day = ctx.day()
    _pad_patient(b, ctx, pad, day, printed_labels=ctx.chance(0.75))
    _pad_body(b, ctx, pad.lang, high=3)
    _pad_sign(b, ctx, pad)
    if ctx.chance(0.75):
        _pad_footer(b, ctx, pad)
    return b.build(None, "handwritten")


@dataclass
class Institution:
    """A hospital's prescription sheet: institutional header, patient-identification fields, footer."""

    lang: str
    header: list[str]  # state / ministry / institution / department lines, top to bottom
    fields: list[str]  # patient-identification labels printed on the sheet
    footer: list[str]
    second: list[str] = field(default_factory=list)
    prescriber: list[str] = field(default_factory=list)  # printed under the body: prescriber, signature
    title: str | None = None


def _inst_france(ctx: Ctx, spec: str) -> Institution:
    city = ctx.pick(["Rouen", "Lyon", "Bordeaux", "Lille", "Nantes", "Montpellier", "Toulouse", "Grenoble", "Nancy"])
    name = ctx.pick(
        [
            f"Centre Hospitalier Universitaire de {city}",
            f"CHU de {city}",
            f"Centre Hospitalier de {ctx.city()}",
            "Hôpital " + ctx.pick(["Saint-Louis", "Necker - Enfants Malades", "Édouard Herriot", "Pellegrin"]),
            "Assistance Publique - Hôpitaux de Paris",
            f"Hospices Civils de {city}",
        ]
    )
    dept = ctx.pick(
        [
            "Service " + _fr_de(department_name(ctx, spec, "fr")),
            "Consultations externes",
            "Pôle Femme - Mère - Enfant",
            "Service d'Accueil des Urgences",
            "Département " + _fr_de(department_name(ctx, spec, "fr")),
        ]
    )
    header = [name, dept]
    if ctx.chance(0.5):
        header.append(f"Chef de service : Pr {clean_name(ctx.person())}")
    if ctx.chance(0.4):
        header.append(f"N° FINESS : {ctx.code('## # ##### #')}")
    footer = [
        ctx.address(),
        f"Standard : {ctx.phone()}" + (f"  Secrétariat : {ctx.phone()}" if ctx.chance(0.5) else ""),
        f"www.chu-{city.lower()}.fr",
    ]
    prescriber = [
        f"Prescripteur : Dr {clean_name(ctx.person())}",
        f"N° RPPS : {ctx.digits(11)}",
        "Signature :",
    ]
    return Institution(
        "fr",
        header,
        ["Nom", "Prénom", "Né(e) le", "Poids", ctx.pick(["N° IPP", "N° de dossier", "N° de séjour"])],
        footer,
        prescriber=ctx.some(prescriber, 1, 3),
        title=ctx.pick(["ORDONNANCE", "Ordonnance médicale", "PRESCRIPTION MÉDICALE", None]),
    )


def _inst_francophone_state(ctx: Ctx, spec: str) -> Institution:
    country = ctx.pick(["sn", "ci", "cm", "ma", "dz", "tn"])
    state = {
        "sn": ["République du Sénégal", "Un Peuple - Un But - Une Foi", "Ministère de la Santé et de l'Action Sociale"],
        "ci": [
            "République de Côte d'Ivoire",
            "Union - Discipline - Travail",
            "Ministère de la Santé et de l'Hygiène Publique",
        ],
        "cm": ["République du Cameroun", "Paix - Travail - Patrie", "Ministère de la Santé Publique"],
        "ma": ["Royaume du Maroc", "Ministère de la Santé et de la Protection Sociale"],
        "dz": ["République Algérienne Démocratique et Populaire", "Ministère de la Santé"],
        "tn": ["République Tunisienne", "Ministère de la Santé"],
    }[country]
    hosp = {
        "sn": [
            "Centre Hospitalier National Universitaire de Fann",
            "Hôpital Principal de Dakar",
            "Hôpital Aristide Le Dantec",
            "Centre Hospitalier Régional de Thiès",
        ],
        "ci": ["CHU de Cocody", "CHU de Treichville", "CHU de Yopougon", "Hôpital Général d'Abobo"],
        "cm": [
            "Hôpital Général de Yaoundé",
            "Hôpital Laquintinie de Douala",
            "Centre Hospitalier Universitaire de Yaoundé",
            "Hôpital Régional de Bafoussam",
        ],
        "ma": [
            "Centre Hospitalier Universitaire Hassan II - Fès",
            "CHU Ibn Rochd - Casablanca",
            "CHU Mohammed VI - Marrakech",
            "Hôpital d'Enfants - Rabat",
        ],
        "dz": [
            "CHU Mustapha Pacha - Alger",
            "Établissement Hospitalier Universitaire d'Oran",
            "CHU Benbadis - Constantine",
        ],
        "tn": ["Hôpital Charles Nicolle - Tunis", "Hôpital La Rabta", "CHU Farhat Hached - Sousse"],
    }[country]
    header = [*state[: ctx.randint(1, len(state))], ctx.pick(hosp)]
    header.append(
        ctx.pick(
            [
                "Service " + _fr_de(department_name(ctx, spec, "fr")),
                "Consultation externe",
                "Service des Urgences",
                "Pharmacie centrale",
            ]
        )
    )
    second = []
    if country in ("ma", "dz", "tn"):
        second = [arabic_line(ctx, ctx.pick(ARABIC_LINES[16:])), arabic_line(ctx, ARABIC_PLACES[country])]
    footer = {
        "sn": ["BP 5035 Dakar-Fann", "Tél : " + ctx.code("+221 33 8## ## ##")],
        "ci": ["BP V 3 Abidjan", "Tél : " + ctx.code("+225 27 21 ## ## ##")],
        "cm": ["BP 4035 Douala", "Tél : " + ctx.code("+237 233 ## ## ##")],
        "ma": ["Route de Sidi Harazem, Fès", "Tél : " + ctx.code("05 35 ## ## ##")],
        "dz": ["Place du 1er Mai, Alger", "Tél : " + ctx.code("021 ## ## ##")],
        "tn": ["Bd du 9 Avril 1938, Tunis", "Tél : " + ctx.code("+216 71 ### ###")],
    }[country]
    return Institution(
        "fr",
        header,
        ctx.some(["Nom et Prénom", "Âge", "Sexe", "Poids", "N° Dossier", "Salle / Lit", "Service"], 3, 5),
        footer,
        second,
        prescriber=["Le Médecin traitant", ctx.pick(["Signature et cachet", "Cachet", ""])],
        title=ctx.pick(["ORDONNANCE", "ORDONNANCE MÉDICALE", "Bon de prescription", None]),
    )


def _inst_arabic_en(ctx: Ctx, spec: str) -> Institution:
    country = ctx.pick(["lb", "lb", "jo", "ae", "sa", "eg"])
    hosp = {
        "lb": [
            "American University of Beirut Medical Center",
            "Saint George Hospital University Medical Center",
            "LAU Medical Center - Rizk Hospital",
            "Rafik Hariri University Hospital",
            f"{ctx.pick(ARAB_FAMILY)} Medical Center",
        ],
        "jo": ["Jordan University Hospital", "King Hussein Cancer Center", "Al Bashir Hospital"],
        "ae": [
            "Rashid Hospital - Dubai Health",
            "Sheikh Khalifa Medical City",
            f"Al {ctx.pick(['Zahra', 'Qassimi', 'Noor'])} Hospital",
        ],
        "sa": [
            "King Faisal Specialist Hospital & Research Centre",
            "King Fahad Medical City",
            "King Abdulaziz University Hospital",
        ],
        "eg": [
            "Kasr Al Ainy Hospital - Cairo University",
            "Ain Shams University Hospitals",
            "Alexandria University Main Hospital",
        ],
    }[country]
    dept = ctx.pick(
        [
            f"Department of {department_name(ctx, spec, 'en')}",
            "Outpatient Department",
            "Private Clinics",
            "Emergency Department",
            "Outpatient Pharmacy",
        ]
    )
    footer = [
        {
            "lb": "P.O. Box 11-0236, Riad El-Solh, Beirut 1107 2020, Lebanon",
            "jo": "Queen Rania Street, Amman 11942, Jordan",
            "ae": "P.O. Box 4545, Dubai, United Arab Emirates",
            "sa": "P.O. Box 3354, Riyadh 11211, Kingdom of Saudi Arabia",
            "eg": "Kasr Al Ainy Street, Cairo, Egypt",
        }[country],
        "Tel: "
        + ctx.code(
            {"lb": "+961 1 ### ###", "jo": "+962 6 ### ####", "ae": "+971 4 ### ####", "sa": "+966 11 ### ####"}.get(
                country, "+20 2 #### ####"
            )
        )
        + ("   Fax: " + ctx.code("+### # ### ###") if ctx.chance(0.4) else ""),
        f"www.{ctx.pick(['hospital', 'medical', 'health', 'umc'])}.{ctx.pick(['org', 'com', 'edu.lb', 'gov.ae'])}",
    ]
    second = [
        arabic_line(ctx, ctx.pick(["مستشفى", "المركز الطبي", "مستشفى الجامعة"])),
        arabic_line(ctx, ARABIC_PLACES[country]),
    ]
    return Institution(
        "en",
        [ctx.pick(hosp), dept],
        [
            "Patient Name",
            ctx.pick(["MRN", "Medical Record No.", "File No."]),
            "Age",
            ctx.pick(["Weight", "Sex"]),
            "Allergies",
            ctx.pick(["Diagnosis", "Room / Bed", "Physician"]),
        ],
        footer,
        second,
        prescriber=[
            ctx.pick(["Physician's Name", "Prescribing Physician"]) + ": ____________",
            "Signature: ____________",
            ctx.pick(["ID No.: ______", "Pager: ______", ""]),
        ],
        title=ctx.pick(["PRESCRIPTION", "Outpatient Prescription", "Medication Prescription Form", None]),
    )


def _inst_india(ctx: Ctx, spec: str) -> Institution:
    city = ctx.city()
    name = ctx.pick(
        [
            f"Government Medical College & Hospital, {city}",
            f"District Hospital, {city}",
            f"{city} Institute of Medical Sciences",
            "ESIC Model Hospital",
            f"Civil Hospital, {city}",
            f"Primary Health Centre, {city}",
            f"{ctx.pick(['Sri', 'Rajiv Gandhi', 'Sanjay Gandhi', 'Lokmanya Tilak'])} Memorial Hospital",
        ]
    )
    second = [script_junk(ctx, HINDI_OCR_JUNK, ctx.randint(2, 5)) for _ in range(ctx.randint(1, 2))]
    return Institution(
        "en",
        [
            name,
            ctx.pick(
                [f"Department of {department_name(ctx, spec, 'en')}", "OPD", "Out Patient Department", "Casualty"]
            ),
        ],
        ctx.some(["OPD Reg. No.", "CR No.", "Name", "Age/Sex", "Address", "Dept.", "Unit", "Date"], 4, 6),
        [
            ctx.pick(
                [
                    "Free medicines available at hospital pharmacy counter",
                    "Not valid for medico-legal purpose",
                    "Bring this slip on every visit",
                ]
            )
        ],
        second,
        prescriber=[ctx.pick(["Signature of Medical Officer", "MO / Consultant", "Doctor's Sign"])],
        title=ctx.pick(["PRESCRIPTION", "OPD Prescription", "Rx", None]),
    )


def _inst_latam(ctx: Ctx, spec: str) -> Institution:
    if ctx.locale == "pt_BR":
        city = ctx.city()
        header = ctx.pick(
            [
                [
                    "Hospital das Clínicas da Faculdade de Medicina da USP",
                    "Ambulatório de " + department_name(ctx, spec, "pt"),
                ],
                [
                    "SUS - Sistema Único de Saúde",
                    f"Prefeitura Municipal de {city}",
                    "Secretaria Municipal de Saúde",
                    f"UBS {ctx.last_name()}",
                ],
                [f"Hospital Universitário {ctx.last_name()}", f"Serviço de {department_name(ctx, spec, 'pt')}"],
            ]
        )
        return Institution(
            "pt",
            header,
            ["Paciente", ctx.pick(["Prontuário", "Cartão SUS", "Registro"]), "Idade", "Data"],
            [ctx.address(), f"Tel: {ctx.phone()}"],
            prescriber=["Assinatura e carimbo do médico", f"CRM {ctx.digits(6)}" if ctx.chance(0.5) else ""],
            title=ctx.pick(["RECEITUÁRIO", "Receituário Simples", "Receita Médica", None]),
        )
    city = ctx.city()
    sp = department_name(ctx, spec, "es")
    country = {"es_CO": "co", "es_AR": "ar", "es_CL": "cl"}.get(ctx.locale, "mx")
    headers = {
        "mx": [
            ["Instituto Mexicano del Seguro Social", f"Unidad de Medicina Familiar No. {ctx.randint(1, 120)}"],
            ["Secretaría de Salud", f"Hospital General de {city}", f"Servicio de {sp}"],
            [f"Hospital Universitario {ctx.last_name()}", f"Departamento de {sp}"],
            ["ISSSTE", f"Clínica Hospital {city}", "Consulta Externa"],
        ],
        "co": [
            [f"E.S.E. Hospital {ctx.pick(['San Rafael', 'San Juan de Dios', 'Universitario San Jorge'])}", sp],
            [
                f"Hospital Universitario {ctx.pick(['San Ignacio', 'del Valle', 'de la Samaritana'])}",
                "Consulta Externa",
            ],
        ],
        "ar": [
            ["Hospital de Clínicas José de San Martín", "Universidad de Buenos Aires", f"División {sp}"],
            [f"Hospital General de Agudos Dr. {ctx.last_name()}", "Gobierno de la Ciudad de Buenos Aires", sp],
            [f"Hospital Italiano de {city}", f"Servicio de {sp}"],
        ],
        "cl": [
            ["Hospital Clínico Universidad de Chile", f"Policlínico de {sp}"],
            [f"Hospital {ctx.pick(['San Borja Arriarán', 'del Salvador', 'Regional'])}", "Servicio de Salud", sp],
        ],
    }[country]
    ids = {"mx": ["No. de expediente", "NSS", "No. de afiliación"], "co": ["Historia clínica N°", "C.C.", "EPS"]}
    ids |= {"ar": ["Historia clínica N°", "DNI", "Obra social"], "cl": ["Ficha N°", "RUT", "Previsión"]}
    web = {
        "mx": ["www.imss.gob.mx", "www.gob.mx/salud"],
        "co": ["www.hospital.gov.co"],
        "ar": ["www.buenosaires.gob.ar"],
    }
    web["cl"] = ["www.minsal.cl"]
    return Institution(
        "es",
        ctx.pick(headers),
        [
            ctx.pick(["Nombre del paciente", "Paciente", "Nombre"]),
            *ctx.some([*ids[country], "Edad", "Servicio", "Cama", "Peso"], 2, 4),
            "Fecha",
        ],
        [
            ctx.address(),
            f"{ctx.pick(['Conmutador', 'Tel.', 'Teléfono'])}: {ctx.phone()}",
            ctx.pick([*web[country], ""]),
        ],
        prescriber=[
            "Nombre y firma del médico",
            {
                "mx": f"Cédula profesional {ctx.digits(7)}",
                "ar": f"M.N. {ctx.digits(6)}",
                "co": f"R.M. {ctx.digits(5)}",
            }.get(country, f"RUT {ctx.code('##.###.###-#')}"),
        ],
        title=ctx.pick(["RECETA MÉDICA", "Receta", "RECETARIO", "Receta Individual", None]),
    )


def _inst_english(ctx: Ctx, spec: str) -> Institution:
    kind = ctx.pick(["us", "af"] if ctx.locale == "en_US" else ["uk", "uk", "af"])
    if kind == "us":
        city = ctx.city()
        header = [
            ctx.pick(
                [
                    f"{city} University Medical Center",
                    f"{ctx.last_name()} Children's Hospital",
                    f"University of {ctx.fake.state()} Health",
                    f"{hospital(ctx)}",
                ]
            ),
            ctx.pick(
                [f"Department of {department_name(ctx, spec, 'en')}", "Outpatient Clinics", "Ambulatory Care Center"]
            ),
        ]
        fields = ["Patient Name", "MRN", "DOB", "Weight (kg)", "Allergies", "Clinic"]
        footer = [ctx.address(), f"Main {ctx.phone()}"]
        prescriber = ["Prescriber (print): ______________", "DEA #: ______  NPI: ______", "Pager: ______"]
        title = ctx.pick(["Outpatient Prescription", "PRESCRIPTION", None])
    elif kind == "uk":
        header = [
            f"{ctx.city()} {ctx.pick(['Hospitals', 'University Hospitals'])} NHS Foundation Trust",
            ctx.pick(["Outpatient Department", "Pharmacy Department", "Emergency Department"]),
        ]
        fields = ["Surname", "Forename", "Hospital No.", "NHS No.", "D.O.B.", "Weight", "Consultant", "Clinic/Ward"]
        footer = [
            ctx.pick(
                [
                    "To be dispensed by the hospital pharmacy",
                    "FP10(HP)",
                    "Pharmacy use only: screened ____ dispensed ____ checked ____",
                ]
            )
        ]
        prescriber = ["Prescriber signature: ________", "Print name: ________", "Bleep: ____"]
        title = ctx.pick(
            ["HOSPITAL OUTPATIENT PRESCRIPTION", "Outpatient Prescription", "TTO / Outpatient Prescription"]
        )
    else:
        country = ctx.pick(["ng", "gh", "ke", "ug"])
        header = {
            "ng": [
                ctx.pick(
                    [
                        "Lagos University Teaching Hospital, Idi-Araba",
                        "University College Hospital, Ibadan",
                        f"Federal Medical Centre, {ctx.pick(['Abeokuta', 'Owerri', 'Yola', 'Keffi'])}",
                    ]
                )
            ],
            "gh": [
                "Ministry of Health - Ghana Health Service",
                ctx.pick(["Korle Bu Teaching Hospital", "Komfo Anokye Teaching Hospital", "Ridge Regional Hospital"]),
            ],
            "ke": [
                "Republic of Kenya - Ministry of Health",
                ctx.pick(
                    [
                        "Kenyatta National Hospital",
                        "Moi Teaching and Referral Hospital",
                        "Nakuru County Referral Hospital",
                    ]
                ),
            ],
            "ug": [
                "The Republic of Uganda - Ministry of Health",
                ctx.pick(["Mulago National Referral Hospital", "Mbarara Regional Referral Hospital"]),
            ],
        }[country]
        header.append(
            ctx.pick(
                [
                    f"Department of {department_name(ctx, spec, 'en')}",
                    "General Outpatient Department (GOPD)",
                    "Consultant Outpatient Clinic",
                ]
            )
        )
        fields = ctx.some(["Hospital No.", "Name", "Age", "Sex", "Ward/Clinic", "NHIS No.", "NHIF No.", "Date"], 4, 6)
        footer = [
            ctx.pick(
                [
                    "P.M.B. 12003, Lagos",
                    "P.O. Box 20723-00202, Nairobi",
                    "P.O. Box 77, Korle Bu, Accra",
                    "P.O. Box 7051, Kampala",
                ]
            )
        ]
        prescriber = [
            "Name of Prescriber: ________",
            "Signature: ______",
            ctx.pick(["Pharmacy: Dispensed by ______ Qty issued ____", ""]),
        ]
        title = ctx.pick(["PRESCRIPTION FORM", "PRESCRIPTION", "Treatment Sheet / Prescription", None])
    return Institution("en", header, fields, footer, prescriber=[p for p in prescriber if p], title=title)


INSTITUTIONS = {
    "france": (["fr_FR"], _inst_france),
    "francophone": (["fr_FR"], _inst_francophone_state),
    "arabic": (["en_GB"], _inst_arabic_en),
    "india": (["en_IN"], _inst_india),
    "latam": (["es_MX", "es_CO", "es_AR", "es_CL", "pt_BR"], _inst_latam),
    "english": (["en_US", "en_GB", "en_GB"], _inst_english),
}


def prescription_hospital_pad(rng: random.Random) -> SyntheticDocument:
    """Hospital and university-medical-centre prescription sheets: institutional header (ministry, CHU,
    department), identification boxes, handwritten (sometimes printed) orders, prescriber line, footer."""
    region = rng.choice(list(INSTITUTIONS))
    ctx = Ctx(rng, rng.choice(INSTITUTIONS[region][0]))
    inst = INSTITUTIONS[region][1](ctx, specialty_key(ctx))
    b = start(LABEL, ctx)
    align: Align = ctx.pick(["center", "center", "left"])
    if inst.second and ctx.chance(0.6):
        b.lines(inst.header, align="left", bold=True)
        b.lines(inst.second, align="right")
    else:
        b.lines(inst.header, align=align, bold=ctx.chance(0.6))
    b.rule()
    in_body = inst.title is not None and ctx.chance(0.6)
    if inst.title and in_body:
        b.h(inst.title, 2, "center")
    day = ctx.day()
    hand = ctx.chance(0.75)
    values = {
        "name": _patient_name(ctx, region),
        "date": intl_date(ctx, day),
    }
    pairs = []
    for label in inst.fields:
        low = label.lower()
        if any(k in low for k in ("nom", "name", "paciente", "surname", "forename")):
            value = values["name"]
        elif any(k in low for k in ("date", "fecha", "data")):
            value = values["date"]
        elif any(k in low for k in ("âge", "age", "edad", "idade")):
            value = f"{ctx.randint(1, 88)}"
        elif any(k in low for k in ("poids", "weight", "peso")):
            value = f"{ctx.randint(5, 100)} kg"
        elif any(k in low for k in ("né", "dob", "d.o.b")):
            value = ctx.date(ctx.birth_date(1, 90))
        elif "allerg" in low:
            value = ctx.pick(["NKDA", "Nil", "Penicillin", "None known"])
        elif low.startswith(("sex", "sexe", "sexo")) or low == "gender":
            value = ctx.pick(["M", "F"])
        elif "diagnos" in low:
            value = ctx.pick(HAND_NOTES[inst.lang])
        elif "physician" in low or "consultant" in low:
            value = clean_doctor(ctx)
        elif any(k in low for k in ("dept", "service", "servicio", "unit", "clinic", "department")):
            value = ctx.pick(["OPD", "Med", "Surg", "Paed", "Gyn", "ORL", "Pédiatrie", "Medicina"])
        elif any(k in low for k in ("lit", "bed", "cama", "ward")):
            value = str(ctx.randint(1, 40))
        elif "address" in low or "adresse" in low:
            value = ctx.city()
        else:
            value = ctx.code(ctx.pick(["######", "##-#####", "???####", "#######"])) if ctx.chance(0.6) else ""
        pairs.append((label, value if ctx.chance(0.85) else ""))
    b.fields(pairs, columns=ctx.pick([1, 2, 2, 3]), hand=hand)
    if not inst.title or ctx.chance(0.5):
        b.lines([ctx.pick(PAD_WORDS[inst.lang]["rx"])], bold=True)
    meds = MEDS_I18N.get(inst.lang, MEDS_I18N["en"])
    chosen = ctx.some(meds, 1, 5)
    if hand:
        rows: list[str] = []
        for m, s in chosen:
            rows += [f"{m}  {s}"] if ctx.chance(0.5) else [m, f"   {s}"]
        b.lines(rows, hand=True)
    else:
        b.table(None, [[m, s] for m, s in chosen])
    b.lines([p for p in inst.prescriber if p], align=ctx.pick(["right", "left"]))
    if ctx.chance(0.5):
        b.lines([clean_name(ctx.person()).split()[-1]], align="right", hand=True)
    if ctx.chance(0.8):
        b.rule()
        b.p(" - ".join(x for x in inst.footer if x), align="center", small=True)
    return b.build(None if in_body else inst.title, "handwritten" if hand else "page")


DENTAL_MEDS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Amoxicillin 500 mg cap", "1 cap TDS x 5 days"),
        ("Metronidazole 400 mg tab", "1 tab TDS x 5 days"),
        ("Ibuprofen 400 mg tab", "1 tab TDS after food"),
        ("Chlorhexidine 0.12% mouthwash", "rinse with 15 ml twice daily x 7 days"),
        ("Ketorolac 10 mg tab", "1 tab SOS for pain, max 3/day"),
        ("Paracetamol 650 mg tab", "1 tab SOS"),
        ("Clindamycin 300 mg cap", "1 cap four times daily x 7 days"),
        ("Benzocaine 20% oral gel", "apply locally"),
        ("Sodium fluoride 1.1% toothpaste (5000 ppm)", "brush at bedtime, do not rinse"),
        ("Augmentin 625 mg", "1 tab BD x 5 days"),
        ("Warm saline rinses", "3-4 times a day from tomorrow"),
    ],
    "fr": [
        ("Amoxicilline 1 g", "1 cp matin et soir pendant 6 jours"),
        ("Paracétamol 1 g", "1 cp toutes les 6 heures si douleur"),
        ("Ibuprofène 400 mg", "1 cp 3 fois par jour pendant 3 jours"),
        ("Eludril bain de bouche", "3 bains de bouche par jour à partir du lendemain"),
        ("Métronidazole 500 mg", "1 cp 3 fois par jour pendant 7 jours"),
        ("Fluocaril bi-fluoré 250", "brossage 3 fois par jour"),
    ],
    "es": [
        ("Amoxicilina 500 mg", "1 cápsula cada 8 horas por 7 días"),
        ("Ketorolaco 10 mg", "1 tableta cada 8 horas por 3 días"),
        ("Clorhexidina 0.12% enjuague", "enjuagar 15 ml cada 12 horas"),
        ("Nimesulida 100 mg", "1 tableta cada 12 horas"),
        ("Clindamicina 300 mg", "1 cápsula cada 6 horas por 7 días"),
        ("Ibuprofeno 600 mg", "1 tableta cada 8 horas si hay dolor"),
    ],
}


def prescription_dental(rng: random.Random) -> SyntheticDocument:
    """Dentists' prescriptions: dental-clinic letterhead, tooth-numbered note, antibiotics, analgesics,
    mouthwash; handwritten or printed from the practice software, sometimes with post-extraction advice."""
    region = rng.choice(["us", "in", "gb", "fr", "es", "mx", "lb"])
    locale = {"us": "en_US", "in": "en_IN", "gb": "en_GB", "fr": "fr_FR", "es": "es_ES", "mx": "es_MX", "lb": "en_GB"}
    ctx = Ctx(rng, locale[region])
    lang = ctx.lang if ctx.lang in DENTAL_MEDS else "en"
    b = start(LABEL, ctx)
    person = arab_person(ctx) if region == "lb" else clean_name(ctx.person())
    title, degree = {
        "us": ("Dr.", ctx.pick(["DDS", "DMD", "DDS, MS (Orthodontics)", "DMD, FAGD"])),
        "in": (
            "Dr.",
            ctx.pick(["BDS", "BDS, MDS (Oral & Maxillofacial Surgery)", "BDS, MDS (Endodontics)", "BDS, FDS"]),
        ),
        "gb": ("Dr", ctx.pick(["BDS", "BDS MFDS RCS", "BChD", "BDS (Lond)"])),
        "fr": (
            ctx.pick(["Docteur", "Dr"]),
            ctx.pick(["Chirurgien-Dentiste", "Docteur en Chirurgie Dentaire", "Orthodontiste"]),
        ),
        "es": ("Dr.", ctx.pick(["Odontólogo", "Médico Estomatólogo", "Cirujano Oral y Maxilofacial"])),
        "mx": (
            "C.D.",
            ctx.pick(["Cirujano Dentista", "Cirujano Dentista, Especialista en Endodoncia", "Ortodoncista"]),
        ),
        "lb": ("Dr.", ctx.pick(["DDS, MS", "DDS - Lebanese University", "DMD, Boston University"])),
    }[region]
    clinic = {
        "en": [
            f"{ctx.last_name()} Dental Care",
            "Smile Dental Clinic",
            f"{ctx.last_name()} Family & Cosmetic Dentistry",
            "Dental Clinic & Implant Centre",
            "Bright Smile Dental Studio",
        ],
        "fr": ["Cabinet Dentaire", f"Cabinet de Chirurgie Dentaire du Dr {person.split()[-1]}", "Centre Dentaire"],
        "es": [f"Clínica Dental {ctx.last_name()}", "Consultorio Dental", "Centro Odontológico Sonríe"],
    }[lang]
    services = {
        "en": [
            "Implants • Orthodontics • Root Canal • Cosmetic Dentistry",
            "Braces | Crowns & Bridges | Dentures | Teeth Whitening",
            "General, Cosmetic & Implant Dentistry",
            "Oral & Maxillofacial Surgery",
        ],
        "fr": ["Implantologie - Parodontologie - Orthodontie", "Soins conservateurs - Prothèses - Blanchiment"],
        "es": ["Endodoncia • Ortodoncia • Implantes • Estética dental", "Odontopediatría - Periodoncia - Prótesis"],
    }[lang]
    head = [ctx.pick(clinic), f"{title} {person}", degree, ctx.pick(services)]
    if region == "us":
        head.append(
            f"Lic. {ctx.code('DDS #####')}  NPI {ctx.digits(10)}"
            + (f"  DEA {ctx.code('??#######')}" if ctx.chance(0.5) else "")
        )
    elif region == "in":
        head.append(f"Reg. No. {ctx.code(ctx.pick(['A-#####', 'DCI/####']))}")
    elif region == "mx":
        head.append(f"Céd. Prof. {ctx.digits(7)}")
    elif region == "fr":
        head.append(f"N° RPPS {ctx.digits(11)}")
    align: Align = ctx.pick(["left", "center"])
    b.lines(head[:1], align=align, bold=True)
    address = (
        f"{ctx.pick(['Hamra', 'Achrafieh', 'Jal El Dib', 'Verdun'])}, {ctx.pick(['Main Street', 'Sassine Square'])}, "
        f"{ctx.pick(['2nd', '3rd', '4th'])} Floor, Beirut - Lebanon"
        if region == "lb"
        else ctx.address()
    )
    b.lines([*head[1:], address], align=align)
    if region == "lb":
        b.lines([arabic_line(ctx, ARABIC_SPECIALTY["Dentistry"]), arabic_line(ctx, ARABIC_PLACES["lb"])], align="right")
    phone = ctx.code(ctx.pick(["01 ### ###", "03 ### ###"])) if region == "lb" else ctx.phone()
    b.lines(
        [f"{ctx.pick({'en': ['Tel', 'Ph', 'Phone'], 'fr': ['Tél.'], 'es': ['Tel.', 'Teléfono']}[lang])}: {phone}"],
        align=align,
    )
    b.rule()
    hand = ctx.chance(0.55)
    day = ctx.day()
    words = PAD_WORDS[lang]
    b.fields(
        [(ctx.pick(words["name"]), clean_name(ctx.person())), (ctx.pick(words["date"]), ctx.date(day))],
        columns=2,
        hand=hand,
    )
    tooth = ctx.pick(["36", "46", "18", "48", "21", "11", "26", "37", "#19", "#30", "#3", "LL8", "UR6"])
    note = {
        "en": [
            f"Extraction {tooth}",
            f"Post RCT {tooth}",
            f"Periapical abscess {tooth}",
            f"Surgical removal of impacted {tooth}",
            "Pericoronitis",
            "Scaling & root planing",
        ],
        "fr": [f"Suite à l'extraction de la {tooth}", f"Abcès dentaire {tooth}", f"Pulpite {tooth}"],
        "es": [f"Post extracción pieza {tooth}", f"Absceso periapical pieza {tooth}", f"Endodoncia pieza {tooth}"],
    }[lang]
    if ctx.chance(0.7):
        b.p(ctx.pick(note), hand=hand)
    b.lines([ctx.pick(words["rx"])], bold=True)
    meds = ctx.some(DENTAL_MEDS[lang], 2, 4)
    if hand:
        b.lines([f"{i}. {m} - {s}" for i, (m, s) in enumerate(meds, 1)], hand=True)
    else:
        b.table(
            {
                "en": ["Medicine", "Directions"],
                "fr": ["Médicament", "Posologie"],
                "es": ["Medicamento", "Indicaciones"],
            }[lang],
            [[m, s] for m, s in meds],
        )
    if ctx.chance(0.4):
        advice = {
            "en": [
                "Bite firmly on the gauze for 30 minutes.",
                "Do not spit, rinse or use a straw for 24 hours.",
                "Apply an ice pack to the cheek for the first 6 hours.",
                "Soft, cold diet today. Avoid hot drinks.",
                "Do not smoke for 48 hours.",
                "Call the clinic if bleeding persists.",
            ],
            "fr": [
                "Ne pas cracher ni rincer pendant 24 heures.",
                "Appliquer de la glace sur la joue.",
                "Alimentation froide et molle le premier jour.",
                "Ne pas fumer pendant 48 heures.",
            ],
            "es": [
                "Morder la gasa durante 30 minutos.",
                "No escupir ni enjuagar durante 24 horas.",
                "Aplicar hielo en la zona.",
                "Dieta blanda y fría.",
                "No fumar.",
            ],
        }[lang]
        b.h(
            {
                "en": "Post-operative instructions",
                "fr": "Conseils post-opératoires",
                "es": "Indicaciones postoperatorias",
            }[lang],
            3,
        )
        b.lines([f"- {a}" for a in ctx.some(advice, 2, 4)])
    b.lines([ctx.pick(words["sign"])], align="right")
    return b.build(None, "handwritten" if hand else "page")


PHARMACY_CHAINS = {
    "en_US": [
        "CVS Pharmacy",
        "Walgreens",
        "Rite Aid Pharmacy",
        "Walmart Pharmacy",
        "Kroger Pharmacy",
        "Costco Pharmacy",
        "Hometown Drug",
    ],
    "en_CA": ["Shoppers Drug Mart", "Rexall", "Jean Coutu", "London Drugs", "Guardian Pharmacy"],
    "en_GB": ["Boots Pharmacy", "Lloyds Pharmacy", "Well Pharmacy", "Superdrug Pharmacy", "Day Lewis Pharmacy"],
    "en_AU": ["Chemist Warehouse", "Priceline Pharmacy", "TerryWhite Chemmart", "Amcal Pharmacy", "Blooms The Chemist"],
}
AUX_WARNINGS = [
    "MAY CAUSE DROWSINESS. ALCOHOL MAY INTENSIFY THIS EFFECT.",
    "TAKE WITH FOOD OR MILK.",
    "FINISH ALL THIS MEDICATION UNLESS OTHERWISE DIRECTED BY PRESCRIBER.",
    "DO NOT TAKE WITH DAIRY PRODUCTS, ANTACIDS OR IRON.",
    "AVOID PROLONGED EXPOSURE TO SUNLIGHT.",
    "TAKE ON AN EMPTY STOMACH 1 HOUR BEFORE MEALS.",
    "DO NOT DRINK ALCOHOL WHILE TAKING THIS MEDICATION.",
]


REPEAT_MEDS = {
    "Metformin",
    "Lisinopril",
    "Atorvastatin",
    "Amlodipine",
    "Omeprazole",
    "Levothyroxine",
    "Metoprolol succinate",
    "Furosemide",
    "Sertraline",
    "Salbutamol",
    "Clopidogrel",
    "Insulin glargine",
    "Pantoprazole",
    "Cetirizine",
}
CD_SCHEDULE = {
    "Alprazolam": "IV",
    "Lorazepam": "IV",
    "Clonazepam": "IV",
    "Tramadol": "IV",
    "Buprenorphine/naloxone": "III",
}


def _label_sig(ctx: Ctx, drug: Drug) -> str:
    """Label directions that fit the dosage form, in the capitals pharmacy printers use."""
    if drug.form == "Inhaler":
        return "INHALE 2 PUFFS BY MOUTH EVERY 4 TO 6 HOURS AS NEEDED FOR WHEEZING OR SHORTNESS OF BREATH"
    if drug.form == "Inj":
        return f"INJECT {ctx.pick(['10', '14', '20', '24'])} UNITS UNDER THE SKIN AT BEDTIME"
    if drug.form == "Syp":
        return f"TAKE {ctx.pick(['5', '10'])} ML BY MOUTH THREE TIMES DAILY AS NEEDED FOR COUGH"
    two = ctx.chance(0.25)
    n = ctx.pick(["2", "TWO"]) if two else ctx.pick(["1", "ONE"])
    form = ("CAPSULE" if drug.form == "Cap" else "TABLET") + ("S" if two else "")
    if ctx.chance(0.12):
        return f"TOME {'2' if two else '1'} {'TABLETAS' if two else 'TABLETA'} POR VÍA ORAL " + ctx.pick(
            ["UNA VEZ AL DÍA", "DOS VECES AL DÍA"]
        )
    return ctx.pick(
        [
            f"TAKE {n} {form} BY MOUTH {ctx.pick(['ONCE DAILY', 'TWICE DAILY', 'THREE TIMES DAILY', 'AT BEDTIME'])}",
            f"TAKE {n} {form} BY MOUTH EVERY {ctx.pick(['6', '8', '12'])} HOURS AS NEEDED",
            f"TAKE {n} {form} BY MOUTH TWICE DAILY FOR {ctx.pick(['5', '7', '10', '14'])} DAYS",
            f"TAKE {n} {form} BY MOUTH EVERY MORNING",
        ]
    )


def prescription_pharmacy_label(rng: random.Random) -> SyntheticDocument:
    """What the pharmacy prints for a dispensed prescription: the bottle label with Rx number, directions,
    prescriber and refills, the refill-request slip, or a UK repeat-medication slip."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    kind = ctx.pick(["label", "label", "refill"] if ctx.locale != "en_GB" else ["label", "repeat", "repeat"])
    chain = ctx.pick(PHARMACY_CHAINS[ctx.locale])
    store = f"{chain}{ctx.pick(['', f' #{ctx.digits(4)}', f' Store {ctx.digits(5)}'])}"
    patient = clean_name(ctx.person())
    prescriber = clean_name(ctx.person())
    filled = ctx.day()
    if kind == "label":
        mono = ctx.chance(0.5)
        drug = ctx.pick([d for d in DRUGS if d.name != "Ceftriaxone"])
        strength = ctx.pick(drug.strengths).replace(" ", "").upper()
        qty = ctx.pick([14, 20, 28, 30, 60, 90])
        b.lines([store, ctx.address(), ctx.phone()], bold=True, mono=mono)
        rx = f"Rx# {ctx.code(ctx.pick(['#######', '###-####-#####', '########-####']))}"
        b.lines([rx, f"{patient.upper()}", ctx.address().upper() if ctx.chance(0.4) else ""], mono=mono)
        b.lines([_label_sig(ctx, drug)], bold=True, mono=mono)
        refills = ctx.randint(0, 5)
        b.fields(
            [
                ("", f"{drug.name.upper()} {strength} {drug.form.upper()}"),
                ("QTY", str(qty)),
                (
                    "MFG",
                    ctx.pick(["TEVA", "AUROBINDO", "SANDOZ", "MYLAN", "LUPIN", "ZYDUS", "APOTEX"]),
                ),
                ("PRESCRIBER" if ctx.chance(0.5) else "DR.", prescriber.upper()),
                ("DATE FILLED" if ctx.locale != "en_AU" else "DISPENSED", ctx.date(filled)),
                ("DISCARD AFTER" if ctx.chance(0.5) else "USE BEFORE", ctx.date(ctx.later(filled, 180, 365))),
                (
                    "REFILLS" if ctx.locale != "en_AU" else "REPEATS",
                    f"{refills} BEFORE {ctx.date(ctx.later(filled, 300, 365))}"
                    if refills
                    else ctx.pick(["NO REFILLS - DR. AUTHORIZATION REQUIRED", "0", "NONE"]),
                ),
                ("RPh", ctx.code("??")),
            ],
            columns=ctx.pick([1, 2]),
        )
        b.lines([f"[ {w} ]" for w in ctx.some(AUX_WARNINGS, 1, 3)], mono=mono)
        b.p(
            ctx.pick(
                [
                    "CAUTION: Federal law prohibits the transfer of this drug to any person other than the patient for "
                    "whom it was prescribed."
                    if ctx.locale == "en_US"
                    else "Keep out of the sight and reach of children.",
                    "KEEP OUT OF THE REACH OF CHILDREN.",
                    "Read the enclosed patient information leaflet.",
                ]
            ),
            small=True,
        )
        if ctx.chance(0.5):
            b.rule(dashed=True)
            b.lines(
                [
                    ctx.pick(["REFILL REMINDER", "Refill request", "Need a refill?"]),
                    f"Call {ctx.phone()} or use the {chain.split()[0]} app and enter your {rx}",
                ],
                mono=mono,
            )
        return b.build(None)
    if kind == "refill":
        b.lines([store, ctx.address(), f"Pharmacy: {ctx.phone()}"], bold=True)
        b.h(ctx.pick(["Prescription Refill Request", "REFILL REMINDER", "Your prescriptions ready for refill"]), 2)
        b.fields([("Patient", patient), ("DOB", ctx.date(ctx.birth_date())), ("Date", ctx.date(filled))], columns=3)
        rows = []
        for d in ctx.some(DRUGS, 2, 5):
            rows.append(
                [
                    ctx.code("#######"),
                    f"{d.name} {ctx.pick(d.strengths)} {d.form.lower()}",
                    f"Dr. {ctx.last_name()}",
                    ctx.date(ctx.later(filled, -60, -20)),
                    str(ctx.randint(0, 5)),
                ]
            )
        b.table(["Rx #", "Medication", "Prescriber", "Last filled", "Refills left"], rows)
        b.p(
            ctx.pick(
                [
                    "Prescriptions with no refills left need a new authorization from your prescriber; we can request "
                    "it for you.",
                    "To refill, call our automated line and enter the 7-digit Rx number, or reply REFILL to our text.",
                ]
            ),
            small=True,
        )
        return b.build(ctx.pick(["Refill Request", None]))
    # UK GP repeat-medication slip (the right-hand part of a printed FP10 or a practice printout)
    practice = f"{ctx.last_name()} {ctx.pick(['Medical Practice', 'Surgery', 'Health Centre', 'Group Practice'])}"
    b.lines([practice, ctx.address(), f"Tel {ctx.phone()}"], bold=True)
    b.h(ctx.pick(["Repeat Prescription Request", "REPEAT MEDICATION SLIP", "Your repeat medication"]), 2)
    b.fields(
        [("Patient", patient), ("NHS No.", ctx.code("### ### ####")), ("D.o.B.", ctx.date(ctx.birth_date()))],
        columns=3,
    )
    b.p("Please tick the items you require and hand this slip to reception or order online via the NHS App.")
    rows = []
    for d in ctx.some([d for d in DRUGS if d.name in REPEAT_MEDS], 2, 7):
        unit = {"Tab": "tablets", "Cap": "capsules", "Inhaler": "inhaler", "Inj": "pre-filled pens"}.get(d.form, "ml")
        rows.append(
            [
                "[ ]",
                f"{d.name} {ctx.pick(d.strengths)} {unit}",
                ctx.pick(d.sigs),
                str(ctx.pick([28, 56, 84]) if unit in ("tablets", "capsules") else ctx.pick([1, 2, 5])),
                ctx.date(ctx.later(filled, -60, -5)),
            ]
        )
    b.table(["", "Medication", "Dosage", "Qty", "Last issued"], rows)
    b.fields(
        [
            ("Medication review due", ctx.date(ctx.later(filled, 30, 300))),
            ("Nominated pharmacy", f"{chain}, {ctx.city()}"),
            ("Usual GP", f"Dr {prescriber}"),
        ]
    )
    b.p("Please allow 2 working days for your prescription to be processed.", small=True)
    return b.build(None)


NUMBER_WORDS = {
    "en": {
        10: "ten",
        14: "fourteen",
        20: "twenty",
        28: "twenty-eight",
        30: "thirty",
        56: "fifty-six",
        60: "sixty",
        90: "ninety",
    },
    "fr": {
        10: "dix",
        14: "quatorze",
        20: "vingt",
        28: "vingt-huit",
        30: "trente",
        56: "cinquante-six",
        60: "soixante",
        90: "quatre-vingt-dix",
    },
    "es": {
        10: "diez",
        14: "catorce",
        20: "veinte",
        28: "veintiocho",
        30: "treinta",
        56: "cincuenta y seis",
        60: "sesenta",
        90: "noventa",
    },
}


def prescription_controlled_form(rng: random.Random) -> SyntheticDocument:
    """Controlled-substance prescriptions: US tamper-resistant state forms (DEA number, quantity check-off
    boxes, serial number), UK CD prescriptions, French 'ordonnances sécurisées', Mexican Grupo I recetas."""
    kind = rng.choice(["us", "us", "uk", "fr", "mx"])
    ctx = Ctx(rng, {"us": "en_US", "uk": "en_GB", "fr": "fr_FR", "mx": "es_MX"}[kind])
    b = start(LABEL, ctx)
    doctor_name = clean_name(ctx.person())
    patient = clean_name(ctx.person())
    day = ctx.day()
    drug, strength, form = ctx.pick(CONTROLLED_DRUGS)
    qty = ctx.pick([10, 14, 20, 28, 30, 56, 60, 90])
    hand = ctx.chance(0.5)
    lang = ctx.lang if ctx.lang in NUMBER_WORDS else "en"
    qty_words = NUMBER_WORDS[lang][qty]
    if kind == "us":
        state = str(ctx.fake.state())
        b.lines(
            [
                ctx.pick(
                    [
                        f"{state.upper()} OFFICIAL PRESCRIPTION",
                        f"State of {state} - Security Prescription Form",
                        "CONTROLLED SUBSTANCE PRESCRIPTION",
                        "Tamper-Resistant Prescription",
                    ]
                ),
                f"Serial No. {ctx.code('??########')}   Batch {ctx.digits(6)}",
            ],
            align="center",
            bold=True,
        )
        b.lines(
            [
                f"{doctor_name}, {ctx.pick(['MD', 'DO', 'M.D.', 'NP', 'PA-C'])}",
                ctx.street(),
                f"{ctx.fake.city()}, {ctx.fake.state_abbr()} {ctx.fake.postcode()}",
                f"Tel {ctx.phone()}",
                f"DEA # {ctx.code('??#######')}   NPI # {ctx.digits(10)}   Lic # {ctx.code('?#####')}",
            ]
        )
        b.fields(
            [
                ("Patient Name", patient),
                ("Address", ctx.address()),
                ("DOB", ctx.date(ctx.birth_date())),
                ("Date Issued", ctx.date(day)),
            ],
            columns=2,
            hand=hand,
        )
        b.lines(["Rx"], bold=True)
        if form == "patches":
            sig = "Apply 1 patch to the skin every 72 hours"
        elif form == "sublingual films":
            sig = "Dissolve 1 film under the tongue once daily"
        else:
            sig = ctx.pick(
                [
                    "Take 1 tablet by mouth every 6 hours as needed for severe pain",
                    "Take 1 tablet by mouth twice daily",
                    "Take 1 tablet by mouth every morning",
                    "Take 1 tablet by mouth at bedtime as needed for anxiety",
                ]
            )
        b.lines([f"{drug} {strength}", f"Sig: {sig}", f"Disp: #{qty} ({qty_words}) {form}"], hand=hand)
        b.lines(
            [
                "Quantity check-off (must check): [ ] 1-24  [ ] 25-49  [ ] 50-74  [ ] 75-100  [ ] 101-150  "
                "[ ] 151 and over",
                f"Refills: {ctx.pick(['NR', '0', 'None'])}    Schedule: {CD_SCHEDULE.get(drug, 'II')}",
                ctx.pick(
                    ["Do not fill before: __________", f"Do not fill before: {ctx.date(ctx.later(day, 28, 30))}", ""]
                ),
                "Prescription is void if the number of drugs prescribed is not noted.",
                f"Number of drugs prescribed on this form: {ctx.pick(['1', '2', '3'])}",
            ]
        )
        b.lines(
            ["Prescriber signature: ______________________", "Dispense as written / Product selection permitted"],
            align="right",
        )
        b.p(
            ctx.pick(
                [
                    "Security features: VOID pantograph, microprint border, thermochromic ink, serialized number. "
                    "Back of form lists the features.",
                    "This form is tamper resistant. Do not accept if the word VOID appears.",
                ]
            ),
            small=True,
        )
        return b.build(None, "handwritten" if hand else "page")
    if kind == "uk":
        b.lines(
            [
                "FP10PCD" if ctx.chance(0.5) else "FP10SS",
                "Controlled Drug Prescription",
                f"Prescriber ID No. {ctx.digits(6)}",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Patient", f"{patient}, {ctx.address()}"),
                ("NHS Number", ctx.code("### ### ####")),
                ("Age", str(ctx.randint(18, 95))),
            ],
            hand=hand,
        )
        b.lines(
            [
                f"{drug} {strength} {form}",
                f"Dose: {ctx.pick(['ONE', 'TWO'])} to be taken "
                + ctx.pick(["TWICE a day", "every FOUR hours when required", "at NIGHT"]),
                f"Total quantity: {qty} ({qty_words}) {form}",
            ],
            hand=hand,
        )
        b.fields([("Signature of prescriber", ""), ("Date", ctx.date(day))], columns=2)
        b.lines([f"Dr {doctor_name}", f"{ctx.last_name()} Surgery", ctx.address(), f"GMC {ctx.digits(7)}"])
        b.p(
            "Schedule 2 and 3 controlled drug prescriptions are valid for 28 days from the date on the prescription. "
            "Total quantity must be written in both words and figures.",
            small=True,
        )
        return b.build(None, "handwritten" if hand else "page")
    if kind == "fr":
        fr_drug = ctx.pick(
            [
                ("Skenan LP 30 mg", "une gélule matin et soir"),
                ("Oxycontin LP 10 mg", "un comprimé toutes les douze heures"),
                ("Durogesic 25 µg/h", "un patch tous les trois jours"),
                ("Méthylphénidate LP 20 mg (Concerta)", "un comprimé le matin"),
                ("Actiskenan 10 mg", "une gélule si douleur, maximum quatre par jour"),
            ]
        )
        b.lines(
            [
                f"Docteur {doctor_name}",
                ctx.pick(["Médecin généraliste", "Rhumatologue", "Oncologue", "Pédiatre", "Psychiatre"]),
                f"N° RPPS {ctx.digits(11)}",
                ctx.address(),
                f"Tél. {ctx.phone()}",
            ]
        )
        b.p(f"{ctx.city()}, le {ctx.date(day, 1)}", align="right")
        b.p(f"{ctx.pick(['M.', 'Mme'])} {patient}", hand=hand)
        b.lines(
            [
                fr_drug[0],
                f"{fr_drug[1]} pendant {ctx.pick(['sept', 'quatorze', 'vingt-huit'])} jours",
                f"soit {qty_words} {ctx.pick(['gélules', 'comprimés', 'unités'])}",
            ],
            hand=hand,
        )
        b.lines(
            [
                f"Nombre de spécialités prescrites : {ctx.pick(['une', 'deux'])}",
                "Ordonnance sécurisée - Identifiant du lot : " + ctx.code("##########"),
                "Signature",
            ]
        )
        b.p("Prescription en toutes lettres. Délivrance fractionnée : 7 jours.", small=True)
        return b.build(ctx.pick(["Ordonnance sécurisée", None]), "handwritten" if hand else "page")
    b.lines(
        [
            "Receta especial para medicamentos del Grupo I (estupefacientes)",
            f"Folio {ctx.digits(10)}",
            "COFEPRIS - Secretaría de Salud",
        ],
        bold=True,
        align="center",
    )
    b.fields(
        [
            ("Médico", f"Dr. {doctor_name}"),
            ("Cédula profesional", ctx.digits(7)),
            ("Domicilio", ctx.address()),
            ("Paciente", patient),
            ("Domicilio del paciente", ctx.address()),
            ("Diagnóstico", ctx.pick(["Dolor oncológico", "Dolor postoperatorio", "TDAH", "Dolor crónico severo"])),
            ("Fecha", ctx.date(day)),
        ],
        hand=hand,
    )
    b.lines(
        [
            f"{drug} {strength}",
            f"Cantidad: {qty} ({qty_words}) {ctx.pick(['tabletas', 'parches', 'cápsulas'])}",
            "Dosis: 1 cada 12 horas",
        ],
        hand=hand,
    )
    b.lines(["Firma autógrafa del médico", "Código de barras"], align="right")
    return b.build(None, "handwritten" if hand else "page")


def prescription_receta_printed(rng: random.Random) -> SyntheticDocument:
    """Printed Latin-American and Spanish recetas and Brazilian receituários from practice software:
    doctor's header (cédula, matrícula, CRM), patient data and vitals, diagnosis, numbered orders, next visit."""
    ctx = Ctx(rng, rng.choice(["es_MX", "es_MX", "es_CO", "es_AR", "es_CL", "es_ES", "pt_BR"]))
    b = start(LABEL, ctx)
    pt = ctx.lang == "pt"
    if ctx.locale == "es_ES":
        person = clean_name(ctx.person())
        pad = Pad(
            "es",
            f"Dr. {person}",
            person.split()[-1],
            [specialty_name(ctx, specialty_key(ctx), "es"), f"Nº Colegiado {ctx.code('## ## #####')}"],
            [ctx.address()],
            [f"Tel. {ctx.phone()}"],
            [],
            "",
        )
    else:
        pad = _pad_latam(ctx, specialty_key(ctx))
    align: Align = ctx.pick(["left", "center"])
    b.h(pad.name, 1, align)
    b.lines([*pad.lines, *pad.place, *pad.contact], align=align)
    b.rule()
    day = ctx.day()
    date = intl_date(ctx, day)
    patient = clean_name(ctx.person())
    if ctx.locale == "es_ES":
        b.lines(["Receta médica de asistencia sanitaria privada" if ctx.chance(0.5) else "Receta médica"], bold=True)
    if pt:
        pairs = [("Paciente", patient), ("Idade", f"{ctx.randint(1, 90)} anos"), ("Data", date)]
    else:
        pairs = [
            ("Paciente", patient),
            ("Edad", f"{ctx.randint(1, 90)} años"),
            ("Fecha", date),
            ("Peso", f"{ctx.randint(8, 110)} kg"),
            ("Talla", f"{ctx.randint(70, 190)} cm"),
            ("T/A", f"{ctx.randint(95, 150)}/{ctx.randint(60, 95)}"),
            ("Temp.", f"{ctx.amount(36.0, 38.9):.1f} °C"),
        ]
        if ctx.locale == "es_AR":
            pairs.append(
                (
                    "Obra social / Prepaga",
                    ctx.pick(["OSDE", "Swiss Medical", "PAMI", "IOMA", "Galeno"]) + f" N° {ctx.digits(11)}",
                )
            )
        if ctx.locale == "es_MX" and ctx.chance(0.4):
            pairs.append(("Alergias", ctx.pick(["Negadas", "Penicilina", "Ninguna conocida"])))
        pairs = pairs[:3] + ctx.some(pairs[3:], 0, len(pairs) - 3)
    b.fields(pairs, columns=ctx.pick([2, 3]))
    if ctx.chance(0.6):
        dx = ctx.pick(DIAGNOSES_I18N["pt" if pt else "es"])
        b.fields([("Diagnóstico", f"{dx[0]}" + (f" ({dx[1]})" if ctx.chance(0.4) else ""))])
    b.lines(
        [
            ctx.pick(
                ["Rp/", "Rx", "℞", "Uso oral" if pt else "Prescripción", "Tratamiento:" if not pt else "Uso interno"]
            )
        ],
        bold=True,
    )
    meds = ctx.some(MEDS_I18N["pt" if pt else "es"], 1, 5)
    if ctx.chance(0.5):
        for i, (m, s) in enumerate(meds, 1):
            b.lines(
                [
                    f"{i}. {m}"
                    + (
                        f"  ({ctx.pick(['1 caja', '2 cajas', '1 frasco', '30 tabletas'])})"
                        if not pt
                        else f"  {ctx.pick(['1 caixa', '2 caixas', '1 frasco'])}"
                    ),
                    f"    {s.capitalize()}",
                ]
            )
    else:
        header = ["Medicamento", "Posologia", "Quantidade"] if pt else ["Medicamento", "Dosis / Indicación", "Cantidad"]
        b.table(header, [[m, s.capitalize(), ctx.pick(["1", "2", "1 cx" if pt else "1 caja"])] for m, s in meds])
    if ctx.chance(0.6):
        general = (
            ["Repouso relativo.", "Hidratação abundante.", "Retornar se febre persistente."]
            if pt
            else [
                "Dieta blanda.",
                "Abundantes líquidos.",
                "Reposo relativo por 3 días.",
                "Acudir a urgencias si presenta dificultad respiratoria.",
                "No suspender el tratamiento.",
            ]
        )
        b.h("Orientações" if pt else ctx.pick(["Indicaciones generales", "Recomendaciones"]), 3)
        b.lines(ctx.some(general, 1, 3))
    if ctx.chance(0.6):
        b.fields(
            [
                (
                    "Retorno" if pt else "Próxima cita",
                    intl_date(ctx, ctx.later(day, 7, 45)),
                )
            ]
        )
    b.lines(
        [
            "_________________________",
            "Assinatura e carimbo" if pt else ctx.pick(["Firma del médico", "Firma y sello"]),
        ],
        align="center",
    )
    if ctx.chance(0.6):
        b.p(" | ".join([*pad.place, *pad.contact]), align="center", small=True)
    return b.build(
        ctx.pick(["Receituário", "RECEITA MÉDICA", None] if pt else ["RECETA MÉDICA", "Receta", "RECETA", None])
    )


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
        prescription_doctor_pad,
        prescription_hospital_pad,
        prescription_dental,
        prescription_pharmacy_label,
        prescription_controlled_form,
        prescription_receta_printed,
    ]
}
