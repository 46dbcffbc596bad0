"""Clinical vocabulary shared by healthcare templates: diagnoses, drugs, procedures, vitals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from training.synth import locales
from training.synth.context import Ctx

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


# -- international healthcare vocabulary ----------------------------------------------------
# Names, places, scripts and wording for healthcare documents from countries Faker covers
# poorly (Middle East, Africa) and languages the shared locale tables lack (Italian, Portuguese).

HONORIFICS = (
    "dr.",
    "dra.",
    "dr",
    "sr.",
    "sra.",
    "srta.",
    "mr.",
    "mrs.",
    "ms.",
    "miss",
    "mx.",
    "prof.",
    "md",
    "dds",
    "phd",
    "dvm",
    "jr.",
    "sr",
    "ii",
    "iii",
    "iv",
    "herr",
    "frau",
    "dott.",
    "sig.",
    "sig.ra",
    "ing.",
    "lic.",
    "mtro.",
    "c.p.",
    "dipl.-ing.",
    "dipl.-kfm.",
    "b.a.",
    "b.sc.",
    "m.sc.",
    "mba.",
    "mba",
    "b.eng.",
    "mag.",
    "univ.prof.",
    "dott.ssa",
    "dr.ssa",
    "sra",
)


def clean_name(name: str) -> str:
    """A Faker name without the titles and suffixes some locales add ("Dra. ...", "... MD")."""
    kept = [w for w in name.replace(",", " ").split() if w.lower() not in HONORIFICS]
    return " ".join(kept) or name


def clean_doctor(ctx: Ctx) -> str:
    """'Dr.' and a name, without the titles Faker may already have put into the name ("Dr. Dott. ...")."""
    return f"Dr. {clean_name(ctx.person())}"


ARAB_GIVEN_M = [
    "Rami",
    "Georges",
    "Elie",
    "Fadi",
    "Karim",
    "Walid",
    "Ziad",
    "Nabil",
    "Samir",
    "Khalil",
    "Ahmad",
    "Mohammad",
    "Omar",
    "Hassan",
    "Ali",
    "Mahmoud",
    "Tarek",
    "Youssef",
    "Bassem",
    "Antoine",
    "Joseph",
    "Pierre",
    "Imad",
    "Ghassan",
    "Marwan",
    "Hani",
    "Sami",
    "Abdullah",
    "Khaled",
    "Mostafa",
    "Hicham",
    "Rachid",
    "Mehdi",
]
ARAB_GIVEN_F = [
    "Rania",
    "Nada",
    "Maya",
    "Rima",
    "Hiba",
    "Lina",
    "Nour",
    "Zeina",
    "Carla",
    "Joelle",
    "Randa",
    "Mona",
    "Salma",
    "Layla",
    "Dima",
    "Fatima",
    "Amal",
    "Hanan",
    "Samar",
    "Nadine",
    "Yasmine",
    "Myriam",
    "Souad",
    "Khadija",
]
ARAB_FAMILY = [
    "Haddad",
    "Khoury",
    "Nassar",
    "Saab",
    "Hajj",
    "Aoun",
    "Frem",
    "Mansour",
    "Abi Nader",
    "Abou Jaoude",
    "Salameh",
    "Karam",
    "Chamoun",
    "El Hage",
    "Ghanem",
    "Hamdan",
    "Itani",
    "Shehadeh",
    "Makhlouf",
    "Sleiman",
    "Bitar",
    "Daher",
    "Al-Masri",
    "Al-Rashid",
    "Abdel Rahman",
    "El-Sayed",
    "Farouk",
    "Hosny",
    "Mostafa",
    "Al Mansouri",
    "Al Hashimi",
    "Bennani",
    "El Idrissi",
    "Alaoui",
    "Benali",
    "Bouzid",
    "Trabelsi",
    "Ben Salah",
    "Chraibi",
]
AFRICAN_NAMES = {
    # French-speaking West and Central Africa
    "fr": (
        [
            "Mamadou",
            "Ousmane",
            "Abdoulaye",
            "Cheikh",
            "Ibrahima",
            "Moussa",
            "Aminata",
            "Fatou",
            "Awa",
            "Mariama",
            "Aïssatou",
            "Jean-Baptiste",
            "Serge",
            "Yao",
            "Kouassi",
            "Adjoua",
            "Aya",
            "Christelle",
            "Hervé",
            "Arsène",
        ],
        [
            "Diop",
            "Ndiaye",
            "Fall",
            "Sow",
            "Diallo",
            "Ba",
            "Cissé",
            "Traoré",
            "Koné",
            "Coulibaly",
            "Kouamé",
            "N'Guessan",
            "Konan",
            "Mbarga",
            "Nkoulou",
            "Fotso",
            "Tchoumi",
            "Sawadogo",
            "Ouédraogo",
            "Kabila",
        ],
    ),
    # English-speaking West and East Africa
    "en": (
        [
            "Chinedu",
            "Oluwaseun",
            "Adebayo",
            "Ngozi",
            "Chiamaka",
            "Emeka",
            "Funmilayo",
            "Kwame",
            "Ama",
            "Kofi",
            "Abena",
            "Wanjiru",
            "Kamau",
            "Otieno",
            "Achieng",
            "Mwangi",
            "Grace",
            "Samuel",
            "Esther",
            "Joseph",
        ],
        [
            "Okafor",
            "Adeyemi",
            "Okonkwo",
            "Balogun",
            "Eze",
            "Ogunleye",
            "Nwosu",
            "Mensah",
            "Owusu",
            "Asante",
            "Boateng",
            "Kariuki",
            "Odhiambo",
            "Njoroge",
            "Wambugu",
            "Mutua",
            "Nakato",
            "Ssempala",
            "Moyo",
            "Dlamini",
        ],
    ),
}


def gendered_person(ctx: Ctx, female: bool) -> str:
    """A locale name of the given sex, without titles (for 'Frau Dr.', 'la Sig.ra', 'Dra.')."""
    try:
        first = str(ctx.fake.first_name_female() if female else ctx.fake.first_name_male())
    except AttributeError:  # a few Faker locales have no gendered names
        return clean_name(ctx.person())
    last = str(ctx.fake.last_name())
    if ctx.lang == "es" and ctx.chance(0.5):
        last += f" {ctx.fake.last_name()}"  # Spanish-speaking countries use both family names
    return clean_name(f"{first} {last}")


def arab_person(ctx: Ctx, *, female: bool | None = None) -> str:
    if female is None:
        female = ctx.chance(0.4)
    given = ctx.pick(ARAB_GIVEN_F if female else ARAB_GIVEN_M)
    middle = f" {ctx.pick(ARAB_GIVEN_M)[0]}." if ctx.chance(0.25) else ""
    return f"{given}{middle} {ctx.pick(ARAB_FAMILY)}"


def african_person(ctx: Ctx, lang: str) -> str:
    given, family = AFRICAN_NAMES["fr" if lang == "fr" else "en"]
    return f"{ctx.pick(given)} {ctx.pick(family)}"


# Arabic as printed on bilingual letterheads (meaning in the comment). English-only OCR turns it
# into junk; ARABIC_OCR_JUNK is what it made of these lines rendered in our fonts.
ARABIC_TITLES = ["الدكتور", "د.", "الدكتورة"]  # Doctor (m/f)
# Doctors' names in Arabic script (they need not match the Latin name: OCR reads neither).
ARABIC_NAMES = ["رامي حداد", "جورج خوري", "محمد الحسن", "نادين صعب", "كريم منصور", "ريما نصار", "أحمد المصري"]
ARABIC_SPECIALTY = {
    "Paediatrics": "طب الأطفال وحديثي الولادة",
    "Cardiology": "أمراض القلب والشرايين",
    "Dermatology": "الأمراض الجلدية والتناسلية",
    "Obstetrics & Gynaecology": "الأمراض النسائية والتوليد",
    "ENT": "أنف أذن حنجرة",
    "Internal Medicine": "الطب الداخلي",
    "Family Medicine": "طب الأسرة",
    "Orthopaedics": "جراحة العظام والمفاصل",
    "Ophthalmology": "طب وجراحة العيون",
    "Urology": "جراحة المسالك البولية",
    "Gastroenterology": "أمراض الجهاز الهضمي والكبد",
    "Neurology": "الأمراض العصبية",
    "Dentistry": "طب الأسنان",
}
ARABIC_LINES = [
    "عيادة",  # clinic
    "المركز الطبي",  # medical centre
    "هاتف",  # telephone
    "خليوي",  # mobile
    "ساعات العمل: من الاثنين إلى الجمعة",  # opening hours: Monday to Friday
    "الاسم",  # name
    "التاريخ",  # date
    "العمر",  # age
    "التوقيع",  # signature
    "خريج الجامعة الأميركية في بيروت",  # AUB graduate
    "عضو البورد الأمريكي",  # member of the American Board
    "أستاذ بكلية الطب",  # professor at the faculty of medicine
    "وصفة طبية",  # prescription
    "مع تمنياتنا بالشفاء العاجل",  # wishing you a speedy recovery
    "يرجى إحضار الوصفة في الزيارة القادمة",  # please bring this prescription next visit
    "شارع الحمرا، بناية النصر، الطابق الثالث",  # Hamra street, Nasr building, 3rd floor
    "وزارة الصحة",  # ministry of health
    "المركز الاستشفائي الجامعي",  # university hospital centre
]
ARABIC_PLACES = {
    "lb": "بيروت - لبنان",
    "jo": "عمّان - الأردن",
    "eg": "القاهرة - مصر",
    "ae": "دبي - الإمارات العربية المتحدة",
    "sa": "الرياض - المملكة العربية السعودية",
    "ma": "الدار البيضاء - المغرب",
    "dz": "الجزائر العاصمة",
    "tn": "تونس",
}
_ARABIC_JUNK_TEXT = (
    "pol Gol arto! aly poll sll gine polyol plasll pail vl ay il caila yo JLab ub ool bole awl alll pos Golpol "
    "aol> aoolall AW! esd! test! a> Jl oy rol ail well wl arl> Guo eybi Jlabi wolais! alwlilly agluill cal byw "
    "Say ols asoall avolall ays aygull aylis roll Jel adogll asluill Olid daria)! jlo Soy alS, doolall YI oul Ub "
    "psd] sla! olelw anall oVI wall slauJL LjJl wleby (ol JLLY owlpily oily Gbll cube! doll! ayy] WLLY! Cysell "
    "awolall jill SW! Giles sLesdl osiIl teal olebu wdoill"
)
ARABIC_OCR_JUNK = _ARABIC_JUNK_TEXT.split()
# Devanagari on Indian pads (our fonts lack it, so only its OCR junk is ever printed).
_HINDI_JUNK_TEXT = (
    "Sr. fafa ah aT Fa HT wat feet Ua aR ait WT Hed ast Sa fear ta AT SAT FT aes Tar ch frets Ufa Hara ae "
    "aed BR wa HF AR Rt fer art Tt"
)
HINDI_OCR_JUNK = _HINDI_JUNK_TEXT.split()


def script_junk(ctx: Ctx, pool: list[str], words: int) -> str:
    """A line of what English-only OCR reads from a non-Latin script line."""
    return " ".join(ctx.pick(pool) for _ in range(max(1, words)))


def arabic_line(ctx: Ctx, text: str) -> str:
    """An Arabic letterhead line: the script itself (OCR of the image turns it into junk; text
    extraction drops it) or, standing for a photo already read by OCR, the junk."""
    return text if ctx.chance(0.55) else script_junk(ctx, ARABIC_OCR_JUNK, len(text.split()) + ctx.randint(0, 2))


def intl_date(ctx: Ctx, day: dt.date, *, long: bool | None = None) -> str:
    """A date for any language: locale styles where the shared tables know the language,
    day-first numeric or spelled-out dates for Italian and Portuguese."""
    if ctx.lang not in locales.MONTHS_EXTRA:
        return ctx.date(day)
    if long is None:
        long = ctx.date_style % 3 == 2
    if long:
        return locales.long_date(day, ctx.lang)
    return locales.dmy(day, "/" if ctx.date_style % 2 == 0 else ("." if ctx.lang == "it" else "-"))


# Diagnoses as clinicians abroad write them: (text, ICD-10 code), per language.
DIAGNOSES_I18N = {
    "es": [
        ("Neumonía adquirida en la comunidad", "J18.9"),
        ("Hipertensión arterial esencial", "I10"),
        ("Diabetes mellitus tipo 2 descompensada", "E11.65"),
        ("Infección de vías urinarias", "N39.0"),
        ("Insuficiencia cardiaca descompensada", "I50.9"),
        ("Apendicitis aguda", "K35.80"),
        ("Colecistitis aguda litiásica", "K81.0"),
        ("Exacerbación de EPOC", "J44.1"),
        ("Gastroenteritis aguda", "A09"),
        ("Fibrilación auricular", "I48.91"),
        ("Faringoamigdalitis aguda", "J03.90"),
        ("Lumbalgia mecánica", "M54.5"),
        ("Celulitis de miembro inferior", "L03.119"),
        ("Dengue sin signos de alarma", "A90"),
        ("Crisis asmática", "J45.901"),
    ],
    "pt": [
        ("Pneumonia adquirida na comunidade", "J18.9"),
        ("Hipertensão arterial sistêmica", "I10"),
        ("Diabetes mellitus tipo 2", "E11.9"),
        ("Infecção do trato urinário", "N39.0"),
        ("Insuficiência cardíaca congestiva", "I50.0"),
        ("Apendicite aguda", "K35.8"),
        ("Colecistite aguda", "K81.0"),
        ("DPOC exacerbada", "J44.1"),
        ("Gastroenterite aguda", "A09"),
        ("Dengue", "A90"),
        ("Acidente vascular cerebral isquêmico", "I63.9"),
        ("Crise asmática", "J45.9"),
    ],
    "it": [
        ("Polmonite acquisita in comunità", "J18.9"),
        ("Ipertensione arteriosa essenziale", "I10"),
        ("Diabete mellito tipo 2 scompensato", "E11.65"),
        ("Infezione delle vie urinarie", "N39.0"),
        ("Scompenso cardiaco congestizio", "I50.0"),
        ("Appendicite acuta", "K35.80"),
        ("Colecistite acuta litiasica", "K81.0"),
        ("BPCO riacutizzata", "J44.1"),
        ("Fibrillazione atriale parossistica", "I48.0"),
        ("Frattura del collo del femore", "S72.00"),
        ("Ictus ischemico", "I63.9"),
        ("Gastroenterite acuta", "A09"),
    ],
    "de": [
        ("Ambulant erworbene Pneumonie", "J18.9"),
        ("Arterielle Hypertonie", "I10.90"),
        ("Diabetes mellitus Typ 2, entgleist", "E11.73"),
        ("Harnwegsinfekt", "N39.0"),
        ("Dekompensierte Herzinsuffizienz NYHA III", "I50.13"),
        ("Akute Appendizitis", "K35.8"),
        ("Akute Cholezystitis bei Cholezystolithiasis", "K80.00"),
        ("Exazerbierte COPD", "J44.19"),
        ("Vorhofflimmern, paroxysmal", "I48.0"),
        ("Mediale Schenkelhalsfraktur rechts", "S72.01"),
        ("Ischämischer Schlaganfall", "I63.9"),
        ("NSTEMI", "I21.4"),
    ],
    "fr": [
        ("Pneumopathie aiguë communautaire", "J18.9"),
        ("Hypertension artérielle essentielle", "I10"),
        ("Diabète de type 2 déséquilibré", "E11.9"),
        ("Pyélonéphrite aiguë", "N10"),
        ("Insuffisance cardiaque décompensée", "I50.9"),
        ("Appendicite aiguë", "K35.8"),
        ("Cholécystite aiguë lithiasique", "K81.0"),
        ("Exacerbation de BPCO", "J44.1"),
        ("Fibrillation atriale", "I48.9"),
        ("Paludisme simple à P. falciparum", "B50.9"),
        ("Gastro-entérite aiguë", "A09"),
    ],
}

# Medicines as prescribed in each language: (medicine with strength and form, directions).
MEDS_I18N = {
    "en": [
        ("Augmentin 625 mg tab", "1 tab BD x 5 days"),
        ("Amoxicillin 500 mg cap", "1 cap TDS x 7 days"),
        ("Panadol 500 mg tab", "1-2 tabs q6h PRN pain/fever"),
        ("Brufen 400 mg tab", "1 tab TDS after meals"),
        ("Zyrtec 10 mg tab", "1 tab at night"),
        ("Nexium 40 mg tab", "1 tab before breakfast x 4 weeks"),
        ("Ventolin inhaler 100 mcg", "2 puffs PRN"),
        ("Azithromycin 500 mg tab", "1 tab OD x 3 days"),
        ("Calpol syrup 120 mg/5 ml", "5 ml TDS"),
        ("Fucidin cream 2%", "apply BD x 7 days"),
        ("Flagyl 500 mg tab", "1 tab TDS x 7 days"),
        ("Otrivin nasal drops 0.05%", "2 drops each nostril BD x 5 days"),
        ("Voltaren 50 mg tab", "1 tab BD after food"),
        ("Motilium 10 mg tab", "1 tab before meals"),
        ("Ciprofloxacin 500 mg tab", "1 tab BD x 5 days"),
        ("Prednisolone 5 mg tab", "6 tabs OD x 5 days"),
        ("ORS sachets", "1 sachet in 1 L water, sip frequently"),
    ],
    "fr": [
        ("Augmentin 1 g", "1 sachet matin et soir pendant 8 jours"),
        ("Doliprane 1000 mg", "1 comprimé 3 fois par jour si douleur ou fièvre"),
        ("Spasfon Lyoc 80 mg", "2 lyophilisats si douleurs, max 6 par jour"),
        ("Smecta", "3 sachets par jour pendant 3 jours"),
        ("Kardégic 75 mg", "1 sachet par jour à midi"),
        ("Amoxicilline 500 mg", "2 gélules matin, midi et soir pendant 6 jours"),
        ("Ibuprofène 400 mg", "1 cp 3 fois par jour pendant 5 jours au cours du repas"),
        ("Inexium 20 mg", "1 cp le matin à jeun pendant 1 mois"),
        ("Coartem", "4 cp à H0, H8 puis matin et soir pendant 2 jours"),
        ("Aerius 5 mg", "1 cp par jour"),
        ("Efferalgan pédiatrique", "1 dose-poids toutes les 6 heures"),
        ("Diprosone crème", "1 application le soir pendant 10 jours"),
    ],
    "es": [
        ("Amoxicilina 500 mg cápsulas", "1 cápsula cada 8 horas por 7 días"),
        ("Paracetamol 500 mg tabletas", "1 tableta cada 6 horas en caso de fiebre o dolor"),
        ("Naproxeno 250 mg", "1 tableta cada 12 horas por 5 días"),
        ("Omeprazol 20 mg", "1 cápsula en ayunas por 30 días"),
        ("Loratadina 10 mg", "1 tableta cada 24 horas"),
        ("Ibuprofeno 400 mg", "1 tableta cada 8 horas con alimentos"),
        ("Metformina 850 mg", "1 tableta con desayuno y cena"),
        ("Losartán 50 mg", "1 tableta cada 24 horas"),
        ("Ambroxol jarabe 30 mg/5 ml", "5 ml cada 8 horas"),
        ("Azitromicina 500 mg", "1 tableta diaria por 3 días"),
        ("Butilhioscina 10 mg", "1 gragea cada 8 horas si hay dolor"),
        ("Salbutamol aerosol", "2 disparos cada 6 horas"),
    ],
    "pt": [
        ("Amoxicilina 500 mg", "tomar 1 cápsula de 8/8 horas por 7 dias"),
        ("Dipirona 500 mg", "tomar 1 comprimido de 6/6 horas se dor ou febre"),
        ("Losartana 50 mg", "tomar 1 comprimido ao dia, uso contínuo"),
        ("Omeprazol 20 mg", "tomar 1 cápsula em jejum por 30 dias"),
        ("Ibuprofeno 600 mg", "tomar 1 comprimido de 12/12 horas por 5 dias"),
        ("Loratadina 10 mg", "tomar 1 comprimido à noite"),
        ("Metformina 850 mg", "tomar 1 comprimido após almoço e jantar"),
        ("Azitromicina 500 mg", "tomar 1 comprimido ao dia por 3 dias"),
    ],
    "it": [
        ("Tachipirina 1000 mg", "1 compressa al bisogno, max 3 al giorno"),
        ("Augmentin 875/125 mg", "1 compressa ogni 12 ore per 6 giorni"),
        ("Pantoprazolo 20 mg", "1 compressa al mattino a digiuno"),
        ("Ramipril 5 mg", "1 compressa al mattino"),
        ("Cardioaspirin 100 mg", "1 compressa a pranzo"),
        ("Bisoprololo 2,5 mg", "1 compressa al mattino"),
        ("Enoxaparina 4000 UI", "1 fiala sottocute alle ore 20 per 30 giorni"),
        ("Furosemide 25 mg", "1 compressa al mattino"),
        ("Atorvastatina 20 mg", "1 compressa la sera"),
    ],
    "de": [
        ("Ibuprofen 600 mg", "1-1-1 bei Bedarf"),
        ("Pantoprazol 40 mg", "1-0-0"),
        ("Ramipril 5 mg", "1-0-0"),
        ("Bisoprolol 2,5 mg", "1-0-0"),
        ("Torasemid 10 mg", "1-0-0"),
        ("ASS 100 mg", "0-1-0"),
        ("Atorvastatin 40 mg", "0-0-1"),
        ("Metformin 1000 mg", "1-0-1"),
        ("Apixaban 5 mg", "1-0-1"),
        ("Metamizol 500 mg", "bis 4 x 1 täglich bei Schmerzen"),
        ("Amoxicillin/Clavulansäure 875/125 mg", "1-0-1 für weitere 5 Tage"),
        ("Enoxaparin 40 mg s.c.", "0-0-1 für 28 Tage"),
    ],
}

# Medicines that need a controlled-drug (narcotic/psychotropic) prescription: (name, strength, form).
CONTROLLED_DRUGS = [
    ("Oxycodone hydrochloride", "5 mg", "tablets"),
    ("Morphine sulfate ER", "15 mg", "tablets"),
    ("Hydrocodone/acetaminophen", "5/325 mg", "tablets"),
    ("Methylphenidate", "10 mg", "tablets"),
    ("Dextroamphetamine-amphetamine", "20 mg", "tablets"),
    ("Alprazolam", "0.5 mg", "tablets"),
    ("Lorazepam", "1 mg", "tablets"),
    ("Fentanyl transdermal patch", "25 mcg/hr", "patches"),
    ("Buprenorphine/naloxone", "8 mg/2 mg", "sublingual films"),
    ("Tramadol", "50 mg", "tablets"),
    ("Clonazepam", "0.5 mg", "tablets"),
    ("Tapentadol", "50 mg", "tablets"),
]

# Specialties as a doctor's pad or a hospital department names them, per language.
SPECIALTY_I18N: dict[str, dict[str, list[str]]] = {
    "Paediatrics": {
        "en": ["Pediatrics", "Paediatrics & Neonatology", "Pediatrician", "Child Specialist"],
        "fr": ["Pédiatre", "Pédiatrie - Néonatologie", "Maladies des enfants"],
        "es": ["Pediatra", "Pediatría", "Pediatría y Neonatología"],
        "pt": ["Pediatra", "Pediatria"],
        "it": ["Pediatria"],
        "de": ["Kinder- und Jugendmedizin", "Pädiatrie"],
    },
    "Cardiology": {
        "en": ["Cardiology", "Cardiologist", "Interventional Cardiology"],
        "fr": ["Cardiologue", "Cardiologie et maladies vasculaires"],
        "es": ["Cardiólogo", "Cardiología"],
        "pt": ["Cardiologista", "Cardiologia"],
        "it": ["Cardiologia"],
        "de": ["Kardiologie"],
    },
    "Dermatology": {
        "en": ["Dermatology", "Dermatologist", "Skin, Hair & Nail Specialist", "Dermatology & Venereology"],
        "fr": ["Dermatologue", "Dermatologie et Vénéréologie", "Maladies de la peau et des cheveux"],
        "es": ["Dermatólogo", "Dermatología"],
        "pt": ["Dermatologista", "Dermatologia"],
        "it": ["Dermatologia"],
        "de": ["Dermatologie"],
    },
    "Obstetrics & Gynaecology": {
        "en": ["Obstetrics & Gynecology", "Obstetrician & Gynaecologist", "Women's Health"],
        "fr": ["Gynécologue-Obstétricien", "Gynécologie - Obstétrique"],
        "es": ["Ginecología y Obstetricia", "Ginecólogo"],
        "pt": ["Ginecologia e Obstetrícia", "Ginecologista"],
        "it": ["Ostetricia e Ginecologia"],
        "de": ["Frauenheilkunde und Geburtshilfe", "Gynäkologie"],
    },
    "ENT": {
        "en": ["ENT Specialist", "Otolaryngology - Head & Neck Surgery", "Ear, Nose & Throat"],
        "fr": ["ORL", "Oto-Rhino-Laryngologie", "Chirurgie cervico-faciale"],
        "es": ["Otorrinolaringología", "Otorrinolaringólogo"],
        "pt": ["Otorrinolaringologia"],
        "it": ["Otorinolaringoiatria"],
        "de": ["Hals-Nasen-Ohrenheilkunde"],
    },
    "Internal Medicine": {
        "en": ["Internal Medicine", "Consultant Physician", "Physician & Diabetologist"],
        "fr": ["Médecine Interne", "Médecin interniste"],
        "es": ["Medicina Interna", "Internista"],
        "pt": ["Clínica Médica", "Clínico Geral"],
        "it": ["Medicina Interna"],
        "de": ["Innere Medizin"],
    },
    "Family Medicine": {
        "en": ["Family Medicine", "General Practitioner", "Family Physician"],
        "fr": ["Médecin Généraliste", "Médecine Générale"],
        "es": ["Medicina Familiar", "Médico General"],
        "pt": ["Medicina de Família", "Clínico Geral"],
        "it": ["Medicina Generale"],
        "de": ["Allgemeinmedizin"],
    },
    "Orthopaedics": {
        "en": ["Orthopaedic Surgeon", "Orthopedics & Sports Medicine"],
        "fr": ["Chirurgie Orthopédique et Traumatologique"],
        "es": ["Traumatología y Ortopedia", "Ortopedista"],
        "pt": ["Ortopedia e Traumatologia"],
        "it": ["Ortopedia e Traumatologia"],
        "de": ["Orthopädie und Unfallchirurgie"],
    },
    "Ophthalmology": {
        "en": ["Ophthalmology", "Eye Specialist & Surgeon"],
        "fr": ["Ophtalmologie", "Ophtalmologiste"],
        "es": ["Oftalmología"],
        "pt": ["Oftalmologia"],
        "it": ["Oculistica"],
        "de": ["Augenheilkunde"],
    },
    "Gastroenterology": {
        "en": ["Gastroenterology & Hepatology", "Gastroenterologist"],
        "fr": ["Gastro-entérologie et Hépatologie"],
        "es": ["Gastroenterología"],
        "pt": ["Gastroenterologia"],
        "it": ["Gastroenterologia"],
        "de": ["Gastroenterologie"],
    },
    "Neurology": {
        "en": ["Neurology", "Neurologist"],
        "fr": ["Neurologie", "Neurologue"],
        "es": ["Neurología"],
        "pt": ["Neurologia"],
        "it": ["Neurologia"],
        "de": ["Neurologie"],
    },
    "Urology": {
        "en": ["Urology", "Urologist"],
        "fr": ["Urologie", "Chirurgie urologique"],
        "es": ["Urología"],
        "pt": ["Urologia"],
        "it": ["Urologia"],
        "de": ["Urologie"],
    },
}


def specialty_key(ctx: Ctx) -> str:
    return ctx.pick(list(SPECIALTY_I18N))


def specialty_name(ctx: Ctx, key: str, lang: str) -> str:
    names = SPECIALTY_I18N[key]
    return ctx.pick(names.get(lang) or names["en"])


_PERSON_SUFFIXES = (
    "ist",
    "ista",
    "iste",
    "ólogo",
    "logue",
    "ien",
    "ian",
    "Surgeon",
    "Physician",
    "Practitioner",
    "Pediatra",
    "Pédiatre",
    "General",
    "Geral",
)


def department_name(ctx: Ctx, key: str, lang: str) -> str:
    """The specialty as a department or service calls it ('Pediatría', not 'Pediatra')."""
    names = SPECIALTY_I18N[key].get(lang) or SPECIALTY_I18N[key]["en"]
    fields = [n for n in names if not n.endswith(_PERSON_SUFFIXES)]
    return ctx.pick(fields or names)
