"""Clinical vocabulary shared by healthcare templates: diagnoses, drugs, procedures, vitals."""

from __future__ import annotations

from dataclasses import dataclass

from doc_classifier.training.synth.context import Ctx

# (diagnosis, ICD-10-CM code)
DIAGNOSES = [
    ("Essential (primary) hypertension", "I10"),
    ("Type 2 diabetes mellitus without complications", "E11.9"),
    ("Community-acquired pneumonia", "J18.9"),
    ("Acute exacerbation of COPD", "J44.1"),
    ("Urinary tract infection", "N39.0"),
    ("Congestive heart failure, unspecified", "I50.9"),
    ("Atrial fibrillation", "I48.91"),
    ("Acute appendicitis", "K35.80"),
    ("Cellulitis of lower limb", "L03.119"),
    ("Chest pain, unspecified", "R07.9"),
    ("Major depressive disorder, single episode", "F32.9"),
    ("Hyperlipidemia, unspecified", "E78.5"),
    ("Asthma, moderate persistent", "J45.40"),
    ("Acute kidney injury", "N17.9"),
    ("Low back pain", "M54.50"),
    ("Gastroesophageal reflux disease", "K21.9"),
    ("Iron deficiency anemia", "D50.9"),
    ("Acute bronchitis", "J20.9"),
    ("Dengue fever", "A90"),
    ("Typhoid fever", "A01.00"),
    ("COVID-19", "U07.1"),
    ("Hypothyroidism, unspecified", "E03.9"),
    ("Osteoarthritis of knee", "M17.9"),
    ("Migraine without aura", "G43.009"),
    ("Non-ST elevation myocardial infarction", "I21.4"),
    ("Acute cholecystitis", "K81.0"),
    ("Sepsis, unspecified organism", "A41.9"),
    ("Closed fracture of distal radius", "S52.501A"),
    ("Gestational diabetes", "O24.419"),
    ("Otitis media, acute", "H66.90"),
]


@dataclass(frozen=True)
class Drug:
    name: str
    strengths: tuple[str, ...]
    form: str  # Tab, Cap, Syp, Inj, Inh...
    sigs: tuple[str, ...]


DRUGS = [
    Drug(
        "Amoxicillin",
        ("250 mg", "500 mg", "875 mg"),
        "Cap",
        ("1 cap three times daily x 7 days", "TID x 5 days", "1-1-1 x 5 days"),
    ),
    Drug(
        "Azithromycin",
        ("250 mg", "500 mg"),
        "Tab",
        ("1 tab once daily x 3 days", "OD x 3 days", "2 tabs day 1 then 1 tab daily x 4 days"),
    ),
    Drug("Paracetamol", ("500 mg", "650 mg"), "Tab", ("1 tab SOS for fever", "1-1-1 after food", "TDS x 3 days")),
    Drug(
        "Metformin", ("500 mg", "850 mg", "1000 mg"), "Tab", ("1 tab twice daily with meals", "BD after food", "1-0-1")
    ),
    Drug(
        "Lisinopril",
        ("5 mg", "10 mg", "20 mg"),
        "Tab",
        (
            "1 tab by mouth once daily",
            "OD morning",
        ),
    ),
    Drug("Atorvastatin", ("10 mg", "20 mg", "40 mg"), "Tab", ("1 tab at bedtime", "0-0-1", "HS")),
    Drug("Amlodipine", ("5 mg", "10 mg"), "Tab", ("1 tab daily", "1-0-0")),
    Drug("Omeprazole", ("20 mg", "40 mg"), "Cap", ("1 cap before breakfast", "OD empty stomach", "1-0-0 before food")),
    Drug("Pantoprazole", ("40 mg",), "Tab", ("1 tab before breakfast x 14 days", "OD BBF")),
    Drug(
        "Ibuprofen",
        ("400 mg", "600 mg"),
        "Tab",
        ("1 tab every 6-8 hours as needed for pain", "TDS after food x 5 days"),
    ),
    Drug("Cetirizine", ("10 mg",), "Tab", ("1 tab at night x 5 days", "0-0-1")),
    Drug("Salbutamol", ("100 mcg",), "Inhaler", ("2 puffs every 4-6 hours as needed", "2 puffs SOS")),
    Drug("Prednisolone", ("5 mg", "10 mg", "20 mg"), "Tab", ("taper as directed", "2 tabs OD x 5 days")),
    Drug("Levothyroxine", ("25 mcg", "50 mcg", "100 mcg"), "Tab", ("1 tab every morning on empty stomach",)),
    Drug("Cough syrup (Dextromethorphan)", ("10 ml",), "Syp", ("10 ml three times daily", "2 tsp TDS")),
    Drug("Ondansetron", ("4 mg",), "Tab", ("1 tab every 8 hours as needed for nausea", "SOS")),
    Drug("Metoprolol succinate", ("25 mg", "50 mg"), "Tab", ("1 tab daily",)),
    Drug("Furosemide", ("20 mg", "40 mg"), "Tab", ("1 tab every morning",)),
    Drug("Sertraline", ("50 mg", "100 mg"), "Tab", ("1 tab daily",)),
    Drug("Ceftriaxone", ("1 g",), "Inj", ("1 g IV once daily", "IV OD x 5 days")),
    Drug("Insulin glargine", ("10 units", "20 units"), "Inj", ("subcutaneously at bedtime",)),
    Drug("Vitamin D3 (Cholecalciferol)", ("60000 IU",), "Cap", ("1 cap weekly x 8 weeks",)),
    Drug("Doxycycline", ("100 mg",), "Cap", ("1 cap twice daily x 7 days",)),
    Drug("Clopidogrel", ("75 mg",), "Tab", ("1 tab daily",)),
]

# (description, CPT/HCPCS code, typical charge)
PROCEDURES = [
    ("Office/outpatient visit, established patient, level 3", "99213", 110),
    ("Office visit, new patient, level 4", "99204", 250),
    ("Emergency department visit, high severity", "99285", 900),
    ("Comprehensive metabolic panel", "80053", 45),
    ("Complete blood count with differential", "85025", 30),
    ("Lipid panel", "80061", 40),
    ("Hemoglobin A1c", "83036", 35),
    ("Chest X-ray, 2 views", "71046", 120),
    ("Electrocardiogram, 12-lead", "93000", 85),
    ("Influenza vaccine", "90686", 40),
    ("Venipuncture", "36415", 15),
    ("MRI lumbar spine without contrast", "72148", 1400),
    ("Physical therapy, therapeutic exercise, 15 min", "97110", 75),
    ("Colonoscopy, diagnostic", "45378", 1800),
    ("Ultrasound, abdomen complete", "76700", 380),
    ("Urinalysis, automated", "81003", 12),
    ("Initial hospital care, high complexity", "99223", 420),
    ("Psychotherapy, 60 minutes", "90837", 180),
    ("Dental prophylaxis, adult", "D1110", 110),
]

HOSPITAL_WORDS = [
    "Hospital",
    "Medical Center",
    "Health System",
    "Clinic",
    "Multispeciality Hospital",
    "Memorial Hospital",
    "Nursing Home",
    "Healthcare",
]
HOSPITAL_PREFIX = [
    "St. Mary's",
    "Mercy",
    "Apollo",
    "Riverside",
    "Sunrise",
    "City General",
    "Lakeview",
    "Fortis",
    "Kaiser",
    "Good Samaritan",
    "Manipal",
    "Mount Sinai",
    "Royal Infirmary",
    "Northside",
    "Lifeline",
    "Sacred Heart",
    "Max Super Speciality",
    "County",
]
SPECIALTIES = [
    "Internal Medicine",
    "Family Medicine",
    "Cardiology",
    "Pulmonology",
    "General Surgery",
    "Orthopaedics",
    "Paediatrics",
    "Obstetrics & Gynaecology",
    "Endocrinology",
    "Neurology",
    "Gastroenterology",
    "ENT",
    "Dermatology",
    "Psychiatry",
    "General Physician",
]
DEGREES = [
    "MD",
    "MBBS, MD (Medicine)",
    "MBBS, MS (Ortho)",
    "DO",
    "MBBS, DCH",
    "MD, FACP",
    "MBBS, DNB",
    "MRCP",
    "MBBS, MD, DM (Cardiology)",
    "FRCS",
]


def hospital(ctx: Ctx) -> str:
    return f"{ctx.pick(HOSPITAL_PREFIX)} {ctx.pick(HOSPITAL_WORDS)}"


def doctor(ctx: Ctx) -> str:
    return f"Dr. {ctx.person()}"


def vitals(ctx: Ctx) -> list[tuple[str, str]]:
    return [
        ("BP", f"{ctx.randint(98, 172)}/{ctx.randint(58, 104)} mmHg"),
        ("HR", f"{ctx.randint(52, 118)} bpm"),
        ("RR", f"{ctx.randint(12, 26)}/min"),
        (
            "Temp",
            f"{ctx.amount(36.1, 39.4):.1f} °C"
            if ctx.lang != "en" or ctx.locale != "en_US"
            else f"{ctx.amount(97.0, 102.8):.1f} °F",
        ),
        ("SpO2", f"{ctx.randint(88, 100)}% on room air"),
        ("Weight", f"{ctx.randint(45, 120)} kg"),
    ]


def drug_line(ctx: Ctx, drug: Drug, style: str = "us") -> str:
    strength = ctx.pick(drug.strengths)
    if style == "in":
        return f"{drug.form}. {drug.name} {strength}  {ctx.pick(drug.sigs)}"
    return f"{drug.name} {strength} {drug.form.lower()}: {ctx.pick(drug.sigs)}"
