"""Clinical records: patient intake forms, progress notes, history and physicals, ED records, immunization
records, consultation letters, OPD cards, EHR summaries, handwritten progress sheets, registration forms and
outpatient records in Spanish, Portuguese, Italian and German; and discharge summaries from the US, India, the
UK, France, Germany, Austria, Switzerland, the Netherlands, Spain, Latin America, Brazil, Portugal and Italy."""

from __future__ import annotations

import datetime as dt
import random

from training.synth.content.common import TemplateTable, start
from training.synth.content.medical_vocab import (
    DIAGNOSES,
    DIAGNOSES_I18N,
    DRUGS,
    MEDS_I18N,
    SPECIALTIES,
    african_person,
    arab_person,
    arabic_line,
    clean_doctor,
    clean_name,
    department_name,
    doctor,
    drug_line,
    gendered_person,
    hospital,
    intl_date,
    vitals,
)
from training.synth.context import Ctx
from training.synth.model import SyntheticDocument

COMPLAINTS = [
    "chest pain for 2 days",
    "fever and cough for 5 days",
    "shortness of breath on exertion",
    "abdominal pain, right lower quadrant",
    "headache and dizziness",
    "burning micturition for 3 days",
    "swelling of left leg",
    "follow-up of diabetes and hypertension",
    "low back pain radiating to right leg",
    "palpitations",
    "rash on both arms",
    "sore throat and ear pain",
    "fatigue and weight loss",
]
HISTORY = [
    "Diabetes",
    "Hypertension",
    "Asthma",
    "Heart disease",
    "Stroke",
    "Cancer",
    "Thyroid disease",
    "Kidney disease",
    "Depression/Anxiety",
    "Seizures",
    "Arthritis",
    "Hepatitis",
    "HIV",
    "Tuberculosis",
    "High cholesterol",
    "Bleeding disorder",
]
ALLERGIES = [
    "NKDA",
    "No known drug allergies",
    "Penicillin (rash)",
    "Sulfa drugs",
    "Peanuts",
    "Latex",
    "Aspirin (wheezing)",
    "Codeine (nausea)",
]
ROS = [
    "Constitutional: negative for fever, chills, weight loss.",
    "Cardiovascular: positive for chest tightness; negative for orthopnea.",
    "Respiratory: positive for cough; negative for hemoptysis.",
    "Gastrointestinal: negative for nausea, vomiting, diarrhea.",
    "Genitourinary: negative for dysuria.",
    "Musculoskeletal: positive for back pain.",
    "Neurological: negative for focal weakness.",
    "Psychiatric: negative for depressed mood.",
    "Skin: negative for rash.",
]
EXAM = [
    "General: alert, oriented, in no acute distress.",
    "HEENT: normocephalic, atraumatic; pupils equal and reactive; oropharynx clear.",
    "Neck: supple, no JVD, no lymphadenopathy.",
    "Cardiovascular: regular rate and rhythm, no murmurs, rubs or gallops.",
    "Lungs: clear to auscultation bilaterally; no wheezes or crackles.",
    "Lungs: decreased breath sounds at the right base with crackles.",
    "Abdomen: soft, non-tender, non-distended; bowel sounds present.",
    "Abdomen: tenderness in the right lower quadrant with guarding.",
    "Extremities: no edema, pulses 2+ bilaterally.",
    "Extremities: 2+ pitting edema of the left lower extremity.",
    "Neuro: cranial nerves II-XII intact; strength 5/5 throughout.",
    "Skin: warm and dry; erythema over the left shin.",
]


PLAN_STEPS = [
    "Admit to telemetry.",
    "IV antibiotics, blood cultures.",
    "Continue home regimen.",
    "Surgical consult.",
    "Monitor and reassess in AM.",
]


def _patient_fields(ctx: Ctx) -> list[tuple[str, str]]:
    birth = ctx.birth_date(1, 95)
    return [
        ("Patient Name", ctx.person()),
        (ctx.pick(["DOB", "Date of Birth", "D.O.B."]), ctx.date(birth)),
        (
            ctx.pick(["MRN", "Medical Record No.", "UHID", "Patient ID", "NHS Number"]),
            ctx.code(ctx.pick(["########", "MRN-######", "UH#########", "### ### ####"])),
        ),
        (ctx.pick(["Sex", "Gender"]), ctx.pick(["Male", "Female", "M", "F"])),
    ]


def _diagnoses(ctx: Ctx, low: int, high: int, codes: bool = True) -> list[str]:
    return [f"{d} ({c})" if codes and ctx.chance(0.6) else d for d, c in ctx.some(DIAGNOSES, low, high)]


def medical_record_intake(rng: random.Random) -> SyntheticDocument:
    """New-patient registration and health-history forms, often blank or half filled."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]))
    b = start("medical_record", ctx)
    blank = ctx.chance(0.3)
    clinic = hospital(ctx) if ctx.chance(0.5) else f"{ctx.last_name()} Family Practice"
    b.lines([clinic, ctx.address(), ctx.phone()], align="center")
    b.h("PATIENT INFORMATION", 3)
    fields = [
        ("Last Name", ctx.last_name()),
        ("First Name", ctx.first_name()),
        ("Date of Birth", ctx.date(ctx.birth_date())),
        ("Sex", ctx.pick(["M", "F"])),
        ("Marital Status", ctx.pick(["Single", "Married", "Divorced", "Widowed"])),
        ("SSN" if ctx.locale == "en_US" else "ID No.", ctx.ssn() if ctx.locale == "en_US" else ctx.digits(10)),
        ("Address", ctx.address()),
        ("Phone", ctx.phone()),
        ("Email", ctx.email()),
        ("Preferred Language", ctx.pick(["English", "Spanish", "Hindi", "French"])),
        ("Emergency Contact", f"{ctx.person()} ({ctx.pick(['spouse', 'parent', 'sibling', 'friend'])}) {ctx.phone()}"),
        ("Primary Care Physician", doctor(ctx)),
        ("Referring Physician", ""),
    ]
    b.fields([(k, "" if blank else v) for k, v in fields], columns=2, hand=not blank and ctx.chance(0.4))
    b.h(ctx.pick(["INSURANCE INFORMATION", "Insurance", "Billing / Insurance"]), 3)
    b.fields(
        [
            (k, "" if blank else v)
            for k, v in [
                (
                    "Primary Insurance",
                    ctx.pick(
                        [
                            "Blue Cross Blue Shield",
                            "Aetna",
                            "UnitedHealthcare",
                            "Cigna",
                            "Medicare",
                            "Medicaid",
                            "Star Health",
                            "Bupa",
                        ]
                    ),
                ),
                ("Policy / Member ID", ctx.code("???#########")),
                ("Group #", ctx.digits(6)),
                ("Subscriber Name", ctx.person()),
                ("Relationship to Patient", ctx.pick(["Self", "Spouse", "Child"])),
            ]
        ],
        columns=2,
    )
    b.h(ctx.pick(["MEDICAL HISTORY", "Past Medical History", "Health History"]), 3)
    b.p("Please check any conditions you have now or have had in the past:")
    checked = set(ctx.some(HISTORY, 0, 4)) if not blank else set()
    b.lines([f"[{'X' if h in checked else ' '}] {h}" for h in HISTORY])
    b.fields(
        [
            (k, "" if blank else v)
            for k, v in [
                ("Current Medications", ", ".join(d.name for d in ctx.some(DRUGS, 0, 4)) or "None"),
                ("Allergies", ctx.pick(ALLERGIES)),
                (
                    "Past Surgeries",
                    ctx.pick(["Appendectomy 2009", "C-section", "None", "Knee arthroscopy", "Cholecystectomy"]),
                ),
                (
                    "Family History",
                    ctx.pick(
                        ["Father - heart disease", "Mother - diabetes", "Non-contributory", "Sister - breast cancer"]
                    ),
                ),
                ("Tobacco use", ctx.pick(["Never", "Former", "Current, 1 ppd"])),
                ("Alcohol use", ctx.pick(["None", "Social", "Daily"])),
            ]
        ]
    )
    b.p(
        "I certify that the above information is correct to the best of my knowledge. I authorize the release of "
        "medical information necessary to process insurance claims."
    )
    b.fields([("Patient Signature", ""), ("Date", "")], columns=2)
    return b.build(
        ctx.pick(
            [
                "New Patient Registration Form",
                "PATIENT INTAKE FORM",
                "Patient Health History",
                "Patient Information Form",
                "MEDICAL HISTORY QUESTIONNAIRE",
            ]
        )
    )


def medical_record_progress_note(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]))
    b = start("medical_record", ctx)
    b.lines([hospital(ctx), ctx.pick(SPECIALTIES)], bold=True)
    b.fields(
        [
            *_patient_fields(ctx),
            ("Date of Service", ctx.date(ctx.day())),
            ("Provider", doctor(ctx) + ", " + ctx.pick(["MD", "DO", "NP", "PA-C"])),
        ],
        columns=2,
    )
    complaint = ctx.pick(COMPLAINTS)
    age = ctx.randint(18, 90)
    soap = ctx.chance(0.6)
    b.h("SUBJECTIVE" if soap else "Chief Complaint", 3)
    b.p(
        f"{age}-year-old {ctx.pick(['male', 'female'])} presents with {complaint}. "
        + ctx.pick(
            [
                "Symptoms began gradually and are worse at night. Denies recent travel or sick contacts.",
                "Patient reports partial relief with over-the-counter analgesics.",
                "Reports good adherence to medications. Home glucose readings 140-180 mg/dL.",
                "No prior similar episodes.",
            ]
        )
    )
    if not soap:
        b.h("History of Present Illness", 3)
        b.p(f"The patient was in usual health until {ctx.randint(2, 14)} days ago. " + " ".join(ctx.some(ROS, 1, 3)))
    b.h("OBJECTIVE" if soap else "Physical Examination", 3)
    b.fields(vitals(ctx), columns=3)
    b.paras(ctx.some(EXAM, 3, 6))
    b.h("ASSESSMENT" if soap else "Assessment and Plan", 3)
    for i, dx in enumerate(_diagnoses(ctx, 1, 3), 1):
        b.p(f"{i}. {dx}")
    b.h("PLAN" if soap else "Plan", 3)
    plan = [drug_line(ctx, d) for d in ctx.some(DRUGS, 1, 3)] + ctx.some(
        [
            "Order CBC, CMP and lipid panel.",
            "Chest X-ray PA and lateral.",
            "Counseled on diet and exercise.",
            "Refer to cardiology.",
            "Return to clinic in 2 weeks or sooner if symptoms worsen.",
            "Continue current medications.",
            "Smoking cessation counseling provided (>3 minutes).",
        ],
        2,
        4,
    )
    b.lines([f"- {p}" for p in plan])
    b.p(
        f"Electronically signed by {doctor(ctx)} on {ctx.date(ctx.day())} {ctx.randint(8, 18)}:{ctx.randint(10, 59)}",
        small=True,
    )
    return b.build(
        ctx.pick(
            ["Progress Note", "PROGRESS NOTE", "Clinic Note", "Office Visit", "Outpatient Consultation Note", None]
        )
    )


def medical_record_history_physical(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_CA"]))
    b = start("medical_record", ctx)
    b.lines([hospital(ctx), "Department of " + ctx.pick(SPECIALTIES)])
    b.fields(
        [
            *_patient_fields(ctx),
            ("Admission Date", ctx.date(ctx.day())),
            ("Attending", doctor(ctx)),
            ("Room", f"{ctx.randint(100, 899)}-{ctx.pick('AB')}"),
        ],
        columns=2,
    )
    sections = [
        ("CHIEF COMPLAINT", [ctx.pick(COMPLAINTS).capitalize() + "."]),
        (
            "HISTORY OF PRESENT ILLNESS",
            [
                f"The patient is a {ctx.randint(20, 92)}-year-old with a history of "
                f"{', '.join(_diagnoses(ctx, 1, 3, codes=False)).lower()} who presents with {ctx.pick(COMPLAINTS)}. "
                + " ".join(ctx.some(ROS, 1, 2))
            ],
        ),
        ("PAST MEDICAL HISTORY", [", ".join(_diagnoses(ctx, 1, 4, codes=False))]),
        (
            "PAST SURGICAL HISTORY",
            [
                ctx.pick(
                    [
                        "Appendectomy.",
                        "Coronary artery bypass graft x3.",
                        "None.",
                        "Total knee replacement, right.",
                        "Hysterectomy.",
                    ]
                )
            ],
        ),
        ("MEDICATIONS", ["; ".join(drug_line(ctx, d) for d in ctx.some(DRUGS, 1, 5))]),
        ("ALLERGIES", [ctx.pick(ALLERGIES)]),
        (
            "SOCIAL HISTORY",
            [
                ctx.pick(
                    [
                        "Lives with spouse. Former smoker, quit 10 years ago. Occasional alcohol.",
                        "Denies tobacco, alcohol or illicit drug use.",
                        "Retired teacher. Lives alone. Smokes 1/2 pack per day.",
                    ]
                )
            ],
        ),
        (
            "FAMILY HISTORY",
            [
                ctx.pick(
                    [
                        "Father with coronary artery disease. Mother with type 2 diabetes.",
                        "Non-contributory.",
                        "Brother with colon cancer at age 55.",
                    ]
                )
            ],
        ),
        ("REVIEW OF SYSTEMS", ctx.some(ROS, 3, 6)),
        (
            "PHYSICAL EXAMINATION",
            ["Vital signs: " + ", ".join(f"{k} {v}" for k, v in vitals(ctx)), *ctx.some(EXAM, 4, 7)],
        ),
        (
            "LABORATORY DATA",
            [
                f"WBC {ctx.amount(3, 18):.1f}, Hgb {ctx.amount(8, 16):.1f}, Plt {ctx.randint(90, 450)}, Na "
                f"{ctx.randint(128, 146)}, K {ctx.amount(3.1, 5.6):.1f}, Cr {ctx.amount(0.6, 3.2):.2f}, Glucose "
                f"{ctx.randint(70, 340)}. Troponin {ctx.pick(['negative', '0.02', '0.45 (elevated)'])}."
            ],
        ),
        (
            "ASSESSMENT AND PLAN",
            [f"{i}. {dx}: {ctx.pick(PLAN_STEPS)}" for i, dx in enumerate(_diagnoses(ctx, 2, 4), 1)],
        ),
    ]
    for heading, paras in sections:
        b.h(heading if ctx.chance(0.7) else heading.title(), 3)
        b.paras(paras)
    b.p(
        f"{doctor(ctx)}, {ctx.pick(['MD', 'DO'])}  Dictated: {ctx.date(ctx.day())}  Transcribed: {ctx.date(ctx.day())}",
        small=True,
    )
    return b.build(
        ctx.pick(["HISTORY AND PHYSICAL", "History & Physical Examination", "Admission H&P", "ADMISSION NOTE"])
    )


def medical_record_emergency(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA"]))
    b = start("medical_record", ctx)
    b.lines(
        [hospital(ctx), ctx.pick(["Emergency Department", "Accident & Emergency", "ED Physician Record"])], bold=True
    )
    b.fields(
        [
            *_patient_fields(ctx),
            ("Arrival", f"{ctx.date(ctx.day())} {ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}"),
            ("Mode of arrival", ctx.pick(["Ambulance", "Walk-in", "Private vehicle"])),
            ("Triage Level (ESI)", str(ctx.randint(1, 5))),
        ],
        columns=2,
    )
    b.h("Triage", 3)
    b.fields(vitals(ctx), columns=3)
    b.p(f"Chief complaint: {ctx.pick(COMPLAINTS)}. Pain score {ctx.randint(0, 10)}/10.")
    b.h("ED Course", 3)
    b.p(
        ctx.pick(
            [
                "ECG showed sinus rhythm without acute ST changes. Troponin x2 negative.",
                "CT head without contrast negative for acute intracranial process.",
                "Given IV fluids 1 L NS and ondansetron 4 mg IV with improvement.",
                "X-ray confirmed displaced fracture; splint applied; orthopaedics consulted.",
            ]
        )
    )
    b.fields(
        [
            ("Diagnosis", "; ".join(_diagnoses(ctx, 1, 2))),
            (
                "Disposition",
                ctx.pick(["Discharged home", "Admitted to medicine", "Transferred", "Left without being seen"]),
            ),
            ("Condition", ctx.pick(["Stable", "Improved", "Guarded"])),
        ]
    )
    b.p(f"Attending: {doctor(ctx)}", small=True)
    return b.build(ctx.pick(["EMERGENCY DEPARTMENT RECORD", "ED Provider Note", "Emergency Physician Record", None]))


def medical_record_immunization(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_IN", "en_CA", "en_AU"]))
    b = start("medical_record", ctx)
    b.lines(
        [
            ctx.pick(
                [
                    "Immunization Record",
                    "Vaccination Record",
                    "Certificate of Immunization",
                    "Child Health Record - Immunisations",
                ]
            ),
            hospital(ctx),
        ],
        bold=True,
    )
    b.fields(_patient_fields(ctx)[:3], columns=3)
    vaccines = [
        "DTaP",
        "IPV (Polio)",
        "MMR",
        "Hepatitis B",
        "Hib",
        "Varicella",
        "Pneumococcal (PCV13)",
        "Influenza",
        "COVID-19 (Pfizer-BioNTech)",
        "Tdap",
        "HPV",
        "BCG",
        "Rotavirus",
        "Hepatitis A",
    ]
    rows = []
    for v in ctx.some(vaccines, 4, 10):
        for dose in range(1, ctx.randint(1, 3) + 1):
            rows.append(
                [
                    v,
                    str(dose),
                    ctx.date(ctx.day(2000, 2025)),
                    ctx.code("??####"),
                    ctx.pick(["L deltoid", "R deltoid", "L thigh", "Oral"]),
                    ctx.pick(["RN", "MA", "LPN"]) + " " + ctx.first_name()[0] + ctx.last_name()[0],
                ]
            )
    b.table(["Vaccine", "Dose", "Date Given", "Lot #", "Site", "Given by"], rows)
    b.p("Bring this record to every visit. Keep it with your important papers.", small=True)
    return b.build(None)


def medical_record_consult_letter(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_GB", "en_GB", "en_US", "en_AU", "en_IN"]))
    b = start("medical_record", ctx)
    specialist = doctor(ctx)
    b.lines([hospital(ctx), f"Department of {ctx.pick(SPECIALTIES)}", ctx.address(), f"Tel {ctx.phone()}"])
    b.lines(
        [
            ctx.date(ctx.day()),
            f"{doctor(ctx)}",
            ctx.pick(["The Surgery", "Family Health Centre", "General Practice"]),
            ctx.address(),
        ]
    )
    patient = ctx.person()
    b.p(
        f"Re: {patient}, DOB {ctx.date(ctx.birth_date())}, {ctx.pick(['NHS No.', 'MRN', 'Hospital No.'])} "
        f"{ctx.digits(10)}"
    )
    b.p(f"Diagnosis: {'; '.join(_diagnoses(ctx, 1, 3))}")
    b.p(f"Dear Dr {ctx.last_name()},")
    b.p(
        f"Thank you for referring this {ctx.randint(20, 88)}-year-old {ctx.pick(['gentleman', 'lady', 'patient'])}, "
        f"whom I saw in clinic today with {ctx.pick(COMPLAINTS)}. " + " ".join(ctx.some(EXAM, 2, 3))
    )
    b.p(f"Current medication: {', '.join(drug_line(ctx, d) for d in ctx.some(DRUGS, 1, 3))}.")
    b.p(
        ctx.pick(
            [
                "I have arranged an echocardiogram and a 24-hour Holter monitor and will review with the results.",
                "I would be grateful if you could check renal function and electrolytes in two weeks.",
                "I have discharged the patient back to your care with advice as above.",
                "I will see the patient again in six weeks.",
            ]
        )
    )
    b.lines(["Yours sincerely,", specialist, f"Consultant {ctx.pick(SPECIALTIES)}", f"cc: {patient}"])
    return b.build(None, "letter")


def medical_record_opd_card(rng: random.Random) -> SyntheticDocument:
    """Indian outpatient cards: UHID, consultant, complaints, findings, advice; partly handwritten."""
    ctx = Ctx(rng, "en_IN")
    b = start("medical_record", ctx)
    b.lines(
        [hospital(ctx), ctx.address(), "OUT PATIENT RECORD" if ctx.chance(0.5) else "OPD CARD"],
        align="center",
        bold=True,
    )
    b.fields(
        [
            ("UHID", ctx.code("UH########")),
            ("OP No.", ctx.digits(8)),
            ("Name", ctx.person()),
            ("Age/Sex", f"{ctx.randint(1, 90)}Y/{ctx.pick('MF')}"),
            ("Consultant", doctor(ctx)),
            ("Department", ctx.pick(SPECIALTIES)),
            ("Visit Date", ctx.date(ctx.day())),
        ],
        columns=2,
    )
    hand = ctx.chance(0.6)
    b.fields(
        [
            ("C/O", ctx.pick(COMPLAINTS)),
            ("H/O", ", ".join(_diagnoses(ctx, 0, 2, codes=False)) or "Nil"),
            (
                "O/E",
                f"BP {ctx.randint(100, 170)}/{ctx.randint(60, 100)} PR {ctx.randint(60, 110)} SpO2 "
                f"{ctx.randint(92, 100)}%",
            ),
            ("Provisional Dx", _diagnoses(ctx, 1, 1, codes=False)[0]),
            (
                "Investigations",
                ", ".join(
                    ctx.some(["CBC", "RBS", "LFT", "RFT", "X-ray chest", "USG abdomen", "ECG", "Urine R/M"], 1, 4)
                ),
            ),
            ("Advice", "; ".join(drug_line(ctx, d, "in") for d in ctx.some(DRUGS, 1, 3))),
            ("Review", f"after {ctx.pick(['3 days', '1 week', '2 weeks', '1 month'])}"),
        ],
        hand=hand,
    )
    return b.build(None, "handwritten" if hand else "page")


def medical_record_fr_de(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start("medical_record", ctx)
    b.lines(
        [
            ctx.pick(["Centre Hospitalier", "Clinique", "Cabinet médical"]) + " " + ctx.city()
            if lang == "fr"
            else ctx.pick(["Klinikum", "Praxis Dr.", "Universitätsklinikum"]) + " " + ctx.city()
        ],
        bold=True,
    )
    if lang == "fr":
        b.fields(
            [
                ("Patient", ctx.person()),
                ("Né(e) le", ctx.date(ctx.birth_date())),
                ("N° de sécurité sociale", ctx.code("# ## ## ## ### ###")),
                ("Date de consultation", ctx.date(ctx.day())),
                ("Médecin", doctor(ctx)),
            ]
        )
        b.h("Motif de consultation", 3)
        b.p(
            ctx.pick(
                [
                    "Douleur thoracique depuis 48 heures.",
                    "Fièvre et toux depuis 5 jours.",
                    "Suivi du diabète de type 2.",
                    "Lombalgie aiguë.",
                ]
            )
        )
        b.h("Antécédents", 3)
        b.p(
            ctx.pick(
                [
                    "HTA, dyslipidémie. Tabagisme sevré.",
                    "Asthme dans l'enfance. Appendicectomie.",
                    "Pas d'antécédent notable. Allergie à la pénicilline.",
                ]
            )
        )
        b.h("Examen clinique", 3)
        b.p(
            f"TA {ctx.randint(100, 170)}/{ctx.randint(60, 100)} mmHg, FC {ctx.randint(55, 110)}/min, T° "
            f"{ctx.amount(36.2, 39.2):.1f} °C. Auscultation cardio-pulmonaire normale. Abdomen souple."
        )
        b.h("Conclusion / Conduite à tenir", 3)
        b.p(
            ctx.pick(
                [
                    "Bilan biologique prescrit. Revoir dans 15 jours.",
                    "Traitement symptomatique. Arrêt de travail de 3 jours.",
                    "Adressé au cardiologue pour avis.",
                ]
            )
        )
    else:
        b.fields(
            [
                ("Patient", ctx.person()),
                ("Geb.-Datum", ctx.date(ctx.birth_date())),
                ("Versichertennr.", ctx.code("?#########")),
                ("Datum", ctx.date(ctx.day())),
                ("Behandelnder Arzt", doctor(ctx)),
            ]
        )
        for h, t in [
            (
                "Anamnese",
                ctx.pick(
                    [
                        "Seit 3 Tagen Husten und Fieber bis 39 °C.",
                        "Belastungsdyspnoe seit mehreren Wochen.",
                        "Kontrolle Diabetes mellitus Typ 2.",
                    ]
                ),
            ),
            (
                "Befund",
                f"RR {ctx.randint(100, 170)}/{ctx.randint(60, 100)} mmHg, Puls {ctx.randint(55, 110)}/min. Herz: "
                "rhythmisch, keine Geräusche. Lunge: vesikuläres Atemgeräusch.",
            ),
            (
                "Diagnose",
                ctx.pick(
                    ["Akute Bronchitis (J20.9)", "Essentielle Hypertonie (I10)", "Diabetes mellitus Typ 2 (E11.9)"]
                ),
            ),
            (
                "Therapie",
                ctx.pick(
                    ["Ibuprofen 400 mg bei Bedarf.", "Metformin 1000 mg 1-0-1.", "Wiedervorstellung in 2 Wochen."]
                ),
            ),
        ]:
            b.h(h, 3)
            b.p(t)
    return b.build(
        ctx.pick(["Dossier médical", "Compte rendu de consultation", "Observation médicale"])
        if lang == "fr"
        else ctx.pick(["Patientenakte", "Befundbericht", "Ambulanter Behandlungsbericht"])
    )


def medical_record_nursing_notes(rng: random.Random) -> SyntheticDocument:
    """Inpatient nursing notes and vital-sign flowsheets: timed entries, observations, interventions."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]))
    b = start("medical_record", ctx)
    b.lines(
        [
            hospital(ctx),
            ctx.pick(["Ward 4B", "Medical-Surgical Unit", "ICU", "Cardiac Step-Down", "Female Medical Ward"]),
        ],
        bold=True,
    )
    b.fields(
        [
            *_patient_fields(ctx),
            ("Bed", str(ctx.randint(1, 40))),
            ("Admitting Dx", _diagnoses(ctx, 1, 1, codes=False)[0]),
        ],
        columns=2,
    )
    day = ctx.day()
    if ctx.chance(0.5):
        rows = []
        for hour in range(ctx.randint(0, 6), 24, ctx.pick([2, 4, 4, 6])):
            rows.append(
                [
                    f"{hour:02d}:00",
                    f"{ctx.randint(95, 165)}/{ctx.randint(55, 100)}",
                    str(ctx.randint(55, 120)),
                    str(ctx.randint(12, 26)),
                    f"{ctx.amount(36.0, 39.0):.1f}",
                    f"{ctx.randint(88, 100)}%",
                    str(ctx.randint(0, 8)),
                ]
            )
        b.h(f"Vital Signs Flowsheet - {ctx.date(day)}", 3)
        b.table(["Time", "BP", "Pulse", "Resp", "Temp", "SpO2", "Pain"], rows, numeric_from=1)
    entries = [
        "Patient resting comfortably in bed. Denies pain. Call bell within reach.",
        "Assisted to bathroom. Ambulating with walker, steady gait.",
        "IV site right forearm clean, dry and intact. NS running at 75 mL/hr.",
        "Medications administered as charted. Patient tolerated well.",
        "Complains of pain 6/10 at incision site; PRN analgesic given per order. Reassessed at 30 min: 3/10.",
        "Dressing changed; wound edges approximated, no signs of infection.",
        "Blood glucose 182 mg/dL; sliding scale insulin administered.",
        "Family at bedside; questions answered regarding plan of care.",
        "Turned and repositioned every 2 hours. Skin intact.",
        "Intake 1200 mL, output 950 mL over shift.",
    ]
    b.h(ctx.pick(["Nursing Notes", "Nurses' Progress Notes", "Shift Assessment"]), 3)
    for entry in ctx.some(entries, 4, 8):
        b.p(
            f"{ctx.randint(0, 23):02d}:{ctx.pick(['00', '15', '30', '45'])}  {entry}  "
            f"{ctx.first_name()[0]}.{ctx.last_name()[0]}., RN"
        )
    return b.build(ctx.pick(["NURSING NOTES", "Nursing Flowsheet", "Patient Care Record", None]))


def medical_record_patient_chart(rng: random.Random) -> SyntheticDocument:
    """A generic 'patient medical record' form: demographics, history summary and a visit log."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_MY", "en_AU"]))
    b = start("medical_record", ctx)
    blank = ctx.chance(0.25)
    b.lines([hospital(ctx) if ctx.chance(0.6) else f"{ctx.last_name()} Medical Clinic", ctx.address()], align="center")
    fields = [
        ("Patient Name", ctx.person()),
        ("Date of Birth", ctx.date(ctx.birth_date())),
        ("Gender", ctx.pick(["Male", "Female"])),
        ("Blood Group", ctx.pick(["A+", "B+", "O+", "AB+", "O-", "A-"])),
        ("Height", f"{ctx.randint(140, 195)} cm"),
        ("Weight", f"{ctx.randint(40, 120)} kg"),
        ("Allergies", ctx.pick(ALLERGIES)),
        ("Chronic Conditions", ", ".join(_diagnoses(ctx, 0, 2, codes=False)) or "None"),
        ("Current Medications", ", ".join(d.name for d in ctx.some(DRUGS, 0, 3)) or "None"),
        ("Emergency Contact", f"{ctx.person()} {ctx.phone()}"),
    ]
    b.fields([(k, "" if blank else v) for k, v in fields], columns=2)
    b.h(ctx.pick(["Visit History", "Record of Visits", "Consultation Log"]), 3)
    rows = (
        []
        if blank
        else [
            [
                ctx.date(ctx.day()),
                ctx.pick(COMPLAINTS),
                _diagnoses(ctx, 1, 1, codes=False)[0],
                drug_line(ctx, ctx.pick(DRUGS)),
                f"Dr. {ctx.last_name()}",
            ]
            for _ in range(ctx.randint(2, 7))
        ]
    )
    b.table(["Date", "Complaint", "Diagnosis", "Treatment", "Doctor"], rows or [["", "", "", "", ""]] * 6)
    b.p("Confidential medical information. Unauthorized disclosure is prohibited.", small=True)
    return b.build(ctx.pick(["PATIENT MEDICAL RECORD", "Patient Record", "Medical Record Form", "Health Record"]))


def medical_record_health_questionnaire(rng: random.Random) -> SyntheticDocument:
    """Patient health-history questionnaires: yes/no grids for conditions, symptoms, family and social history."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_CA", "en_AU", "en_IN"]))
    b = start("medical_record", ctx)
    blank = ctx.chance(0.35)
    b.lines(
        [
            hospital(ctx)
            if ctx.chance(0.5)
            else f"{ctx.last_name()} {ctx.pick(['Family Practice', 'Orthopedics', 'Dermatology', 'Internal Medicine'])}"
        ],
        bold=True,
    )
    b.fields(
        [
            ("Name", "" if blank else ctx.person()),
            ("Date of birth", "" if blank else ctx.date(ctx.birth_date())),
            ("Today's date", "" if blank else ctx.date(ctx.day())),
        ],
        columns=3,
    )
    b.p(
        "Please answer the following questions about your health. This information is confidential and part of your "
        "medical record."
    )
    questions = [
        "Heart attack or heart disease",
        "High blood pressure",
        "Diabetes",
        "Asthma / COPD",
        "Cancer",
        "Stroke",
        "Kidney problems",
        "Liver disease / hepatitis",
        "Thyroid problems",
        "Depression or anxiety",
        "Seizures",
        "Blood clots",
        "Arthritis",
        "Glaucoma",
        "Osteoporosis",
        "Sleep apnea",
    ]
    rows = [
        [q, "" if blank else ctx.pick(["", "X"]), "" if blank else ctx.pick(["X", ""]), ""]
        for q in ctx.some(questions, 8, 16)
    ]
    b.table(["Have you ever had:", "Yes", "No", "Year / comments"], rows)
    b.h(ctx.pick(["Surgeries and hospitalizations", "Past surgical history"]), 3)
    b.table(
        ["Year", "Surgery / reason for hospitalization", "Hospital"],
        [["", "", ""]] * 3
        if blank
        else [
            [
                str(ctx.randint(1990, 2024)),
                ctx.pick(["Appendectomy", "Knee arthroscopy", "C-section", "Pneumonia", "Gallbladder removal"]),
                hospital(ctx),
            ]
            for _ in range(ctx.randint(1, 3))
        ],
    )
    b.h("Family history", 3)
    b.table(
        ["Relative", "Living?", "Age", "Health problems / cause of death"],
        [
            [
                r,
                "" if blank else ctx.pick(["Y", "N"]),
                "" if blank else str(ctx.randint(30, 95)),
                "" if blank else ctx.pick(["Diabetes", "Heart disease", "Cancer", "None known"]),
            ]
            for r in ["Father", "Mother", "Brother(s)", "Sister(s)"]
        ],
    )
    b.h("Social history", 3)
    b.fields(
        [
            ("Tobacco use", "Never / Former / Current"),
            ("Alcohol (drinks per week)", ""),
            ("Recreational drugs", "Yes / No"),
            ("Exercise", ""),
            ("Occupation", ""),
        ],
        columns=2,
    )
    b.fields(
        [
            ("Medications (name, dose, how often)", ""),
            ("Allergies to medications", "" if blank else ctx.pick(ALLERGIES)),
        ]
    )
    b.fields([("Patient signature", ""), ("Reviewed by (physician)", "")], columns=2)
    return b.build(
        ctx.pick(
            [
                "HEALTH HISTORY QUESTIONNAIRE",
                "Patient Medical History Form",
                "Medical History",
                "New Patient Health History",
            ]
        )
    )


def medical_record_physical_exam_form(rng: random.Random) -> SyntheticDocument:
    """Physical examination forms (annual, pre-employment, school/sports): vitals, findings by system, clearance."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_IN", "en_GB", "en_CA", "en_MY"]))
    b = start("medical_record", ctx)
    blank = ctx.chance(0.3)
    b.lines(
        [
            ctx.pick(
                [
                    "PHYSICAL EXAMINATION FORM",
                    "Pre-Employment Medical Examination",
                    "Pre-Participation Physical Evaluation",
                    "Annual Health Examination Record",
                    "MEDICAL FITNESS CERTIFICATE",
                ]
            )
        ],
        bold=True,
        align="center",
    )
    b.fields(
        [
            ("Name", "" if blank else ctx.person()),
            ("Age/Sex", "" if blank else f"{ctx.randint(5, 70)}/{ctx.pick('MF')}"),
            ("Date of exam", "" if blank else ctx.date(ctx.day())),
        ],
        columns=3,
    )
    vit = [
        ("Height", f"{ctx.randint(120, 195)} cm"),
        ("Weight", f"{ctx.randint(25, 120)} kg"),
        ("BMI", f"{ctx.amount(16, 35):.1f}"),
        ("Blood pressure", f"{ctx.randint(95, 150)}/{ctx.randint(55, 95)}"),
        ("Pulse", str(ctx.randint(55, 100))),
        ("Vision R 20/", str(ctx.pick([20, 25, 30, 40]))),
        ("Vision L 20/", str(ctx.pick([20, 25, 30, 40]))),
        ("Hearing", "Normal"),
    ]
    b.fields([(k, "" if blank else v) for k, v in vit], columns=4)
    systems = [
        "Appearance",
        "Eyes/ears/nose/throat",
        "Lymph nodes",
        "Heart",
        "Lungs",
        "Abdomen",
        "Genitourinary",
        "Musculoskeletal",
        "Neck",
        "Back",
        "Skin",
        "Neurological",
    ]
    b.table(
        ["System", "Normal", "Abnormal findings"],
        [
            [
                sy,
                "" if blank else ctx.pick(["X", "X", "X", ""]),
                "" if blank else ctx.pick(["", "", "", "Murmur grade 1/6", "Mild scoliosis", "Eczema"]),
            ]
            for sy in systems
        ],
    )
    b.fields(
        [
            (
                "Laboratory (if done)",
                "" if blank else ctx.pick(["Hb 13.2 g/dL, urine NAD", "Not done", "CBC normal, chest X-ray clear"]),
            )
        ]
    )
    b.p(
        ctx.pick(
            [
                "Cleared for all sports without restriction.",
                "Fit for employment.",
                "Cleared with recommendations for further evaluation or treatment for:",
                "Not cleared pending evaluation.",
            ]
        )
    )
    b.fields(
        [
            ("Name of physician", "" if blank else f"Dr. {ctx.person()}"),
            ("License / Reg. No.", "" if blank else ctx.code("??#####")),
            ("Signature of physician", ""),
            ("Date", ""),
        ],
        columns=2,
    )
    return b.build(None)


# -- discharge summaries ------------------------------------------------------------------


def _course(ctx: Ctx) -> str:
    return " ".join(
        ctx.some(
            [
                "The patient was admitted to the medical floor and started on intravenous antibiotics after blood "
                "and urine cultures were obtained.",
                "Blood cultures remained negative and the patient defervesced within 48 hours.",
                "Cardiology was consulted; echocardiogram showed an ejection fraction of 35-40% with mild mitral "
                "regurgitation.",
                "The patient underwent laparoscopic appendectomy on hospital day 1 without complications.",
                "Diuresis was achieved with IV furosemide with a net negative balance of 4 L and improvement in "
                "dyspnea.",
                "Glycemic control was optimized with basal-bolus insulin; diabetes education was provided.",
                "Renal function improved with IV hydration, creatinine returning to baseline.",
                "Physical therapy evaluated the patient and recommended home with outpatient therapy.",
                "Pain was controlled with oral analgesics and the patient was ambulating independently at discharge.",
                "The patient was transitioned to oral antibiotics on day 3 and tolerated a regular diet.",
            ],
            3,
            6,
        )
    )


def discharge_summary_us(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_AU"]))
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    discharge = ctx.later(admit, 1, 14)
    b.lines([hospital(ctx), ctx.address()], bold=True)
    b.fields(
        [
            *_patient_fields(ctx),
            ("Admission Date", ctx.date(admit)),
            ("Discharge Date", ctx.date(discharge)),
            ("Attending Physician", doctor(ctx)),
            ("Primary Care Provider", doctor(ctx)),
            ("Length of Stay", f"{(discharge - admit).days} days"),
        ],
        columns=2,
    )
    dx = _diagnoses(ctx, 2, 5)
    sections = [
        (ctx.pick(["Admitting Diagnosis", "Reason for Admission"]), [dx[0]]),
        (
            ctx.pick(["Discharge Diagnoses", "Principal Diagnosis", "Final Diagnosis"]),
            [f"{i}. {d}" for i, d in enumerate(dx, 1)],
        ),
        (
            ctx.pick(["Procedures", "Procedures Performed"]),
            [
                ctx.pick(
                    [
                        "None",
                        "Laparoscopic appendectomy",
                        "Cardiac catheterization with stent to LAD",
                        "PICC line placement",
                        "Upper endoscopy",
                    ]
                )
            ],
        ),
        (ctx.pick(["Consultations", "Consults"]), [", ".join(ctx.some(SPECIALTIES, 0, 3)) or "None"]),
        (
            "History of Present Illness",
            [
                f"{ctx.randint(20, 95)}-year-old with {', '.join(_diagnoses(ctx, 1, 2, codes=False)).lower()} "
                f"presenting with {ctx.pick(COMPLAINTS)}."
            ],
        ),
        ("Hospital Course", [_course(ctx)]),
        ("Condition at Discharge", [ctx.pick(["Stable", "Good", "Improved, hemodynamically stable", "Fair"])]),
        (
            "Discharge Medications",
            [drug_line(ctx, d) + ctx.pick(["", " (NEW)", " (CHANGED)", " (CONTINUE)"]) for d in ctx.some(DRUGS, 2, 6)],
        ),
        (
            "Discharge Instructions",
            [
                ctx.pick(["Diet: low sodium, 2 g/day.", "Diet: diabetic diet.", "Diet: regular as tolerated."]),
                ctx.pick(
                    [
                        "Activity: as tolerated; no heavy lifting for 2 weeks.",
                        "Activity: walk daily; no driving while on opioids.",
                    ]
                ),
                "Return to the emergency department for fever > 101 °F, chest pain, shortness of breath, or "
                "worsening symptoms.",
            ],
        ),
        (
            "Follow-up",
            [
                f"Follow up with {doctor(ctx)} in {ctx.pick(['1 week', '7-10 days', '2 weeks'])}.",
                ctx.pick(["Pending: final blood culture results.", "Labs: BMP in 1 week.", ""]),
            ],
        ),
    ]
    for heading, paras in sections:
        b.h(heading.upper() if ctx.chance(0.5) else heading, 3)
        b.paras([p for p in paras if p])
    b.p(f"Electronically signed by {doctor(ctx)}, MD on {ctx.date(discharge)}", small=True)
    return b.build(
        ctx.pick(
            [
                "DISCHARGE SUMMARY",
                "Discharge Summary",
                "Hospital Discharge Summary",
                "DISCHARGE SUMMARY / TRANSFER OF CARE",
            ]
        )
    )


def discharge_summary_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    discharge = ctx.later(admit, 2, 12)
    b.lines(
        [
            hospital(ctx),
            ctx.address(),
            f"Ph: {ctx.phone()}",
            ctx.pick(["NABH Accredited", "A unit of " + ctx.company() + " Ltd.", ""]),
        ],
        align="center",
        bold=True,
    )
    b.lines(["DISCHARGE SUMMARY"], align="center", bold=True)
    b.fields(
        [
            ("Patient Name", ctx.person()),
            ("Age/Sex", f"{ctx.randint(1, 90)} Yrs/{ctx.pick(['Male', 'Female'])}"),
            ("UHID", ctx.code("UH########")),
            ("IP No.", ctx.code("IP/##/#####")),
            ("Ward/Bed", f"{ctx.pick(['General Ward', 'ICU', 'Private', 'Semi-Private'])}/{ctx.randint(1, 60)}"),
            ("Date of Admission", ctx.date(admit)),
            ("Date of Discharge", ctx.date(discharge)),
            ("Consultant", doctor(ctx) + " (" + ctx.pick(SPECIALTIES) + ")"),
        ],
        columns=2,
    )
    for heading, text in [
        ("Diagnosis", "; ".join(_diagnoses(ctx, 1, 3, codes=False))),
        ("Chief Complaints", f"{ctx.pick(COMPLAINTS).capitalize()}."),
        (
            "History of Present Illness",
            f"Patient was apparently alright {ctx.randint(2, 10)} days back when he/she developed "
            f"{ctx.pick(COMPLAINTS)}. "
            + ctx.pick(
                [
                    "Known case of DM/HTN on regular medication.",
                    "No h/o similar complaints in the past.",
                    "K/c/o bronchial asthma.",
                ]
            ),
        ),
        (
            "On Examination",
            f"Pt conscious, oriented. Temp {ctx.amount(98, 103):.1f} F, PR {ctx.randint(70, 120)}/min, BP "
            f"{ctx.randint(100, 160)}/{ctx.randint(60, 100)} mmHg, SpO2 {ctx.randint(90, 100)}% RA. CVS: S1S2+, RS: "
            "B/L AE+, P/A: soft, CNS: NFND.",
        ),
        (
            "Investigations",
            f"Hb {ctx.amount(8, 15):.1f} g/dl, TLC {ctx.randint(4000, 18000)}/cumm, Platelets "
            f"{ctx.amount(0.3, 4):.2f} lakh/cumm, S. Creatinine {ctx.amount(0.6, 2.5):.1f} mg/dl, "
            + ctx.pick(
                ["NS1 Ag positive", "Widal positive", "CXR: right lower zone consolidation", "USG: acute appendicitis"]
            ),
        ),
        (
            "Treatment Given",
            ", ".join(f"{d.form}. {d.name}" for d in ctx.some(DRUGS, 3, 6)) + ", IV fluids, supportive care.",
        ),
        (
            "Course in Hospital",
            "Patient was admitted and managed conservatively with the above treatment. Patient improved "
            "symptomatically and is being discharged in hemodynamically stable condition.",
        ),
        ("Condition at Discharge", ctx.pick(["Stable", "Satisfactory", "Afebrile, vitals stable"])),
    ]:
        b.h(heading, 3)
        b.p(text)
    b.h("Advice on Discharge", 3)
    b.lines(
        [f"{i}. {drug_line(ctx, d, 'in')}" for i, d in enumerate(ctx.some(DRUGS, 2, 5), 1)]
        + [
            "Diet: soft, light diet. Plenty of oral fluids.",
            f"Review in OPD after {ctx.pick(['5 days', '1 week', '10 days'])} with reports.",
            "In case of emergency (fever, vomiting, bleeding, breathlessness) contact casualty immediately.",
        ]
    )
    b.lines(["Signature of Consultant", doctor(ctx), "Resident Medical Officer"], align="right")
    return b.build(None)


def discharge_summary_patient_instructions(rng: random.Random) -> SyntheticDocument:
    """Patient-facing discharge instructions and after-visit summaries."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU", "en_GB"]))
    b = start("discharge_summary", ctx)
    name = ctx.person()
    b.lines(
        [
            hospital(ctx),
            ctx.pick(
                [
                    "Your Discharge Instructions",
                    "After Visit Summary",
                    "Patient Discharge Instructions",
                    "Going Home Instructions",
                ]
            ),
        ],
        bold=True,
    )
    b.fields([("Patient", name), ("Discharge date", ctx.date(ctx.day())), ("Discharging provider", doctor(ctx))])
    dx = _diagnoses(ctx, 1, 2, codes=False)
    b.p(
        f"You were in the hospital because of {dx[0].lower()}. "
        + ctx.pick(
            [
                "You were treated with antibiotics and fluids.",
                "You had surgery to remove your appendix.",
                "Your heart medicines were adjusted.",
                "Your breathing improved with treatment.",
            ]
        )
    )
    b.h("Your medicines", 3)
    b.table(
        ["Medicine", "How to take it", "Status"],
        [
            [
                f"{d.name} {ctx.pick(d.strengths)}",
                ctx.pick(d.sigs),
                ctx.pick(["START taking", "CHANGE how you take", "CONTINUE taking", "STOP taking"]),
            ]
            for d in ctx.some(DRUGS, 2, 6)
        ],
    )
    b.h("When to call your doctor", 3)
    b.lines(
        [
            "- Fever higher than 101°F (38.3°C)",
            "- Pain that is not controlled by your medicine",
            "- Redness, swelling or drainage at the incision site",
            "- Shortness of breath or chest pain: call 911",
        ]
    )
    b.h("Follow-up appointments", 3)
    b.lines(
        [
            f"{doctor(ctx)} - {ctx.pick(SPECIALTIES)} - {ctx.date(ctx.day())} at "
            f"{ctx.randint(8, 16)}:{ctx.pick(['00', '15', '30', '45'])}"
            for _ in range(ctx.randint(1, 3))
        ]
    )
    b.p(
        "I have received and understand these discharge instructions.  Patient/caregiver signature: ______________",
        small=True,
    )
    return b.build(None)


def discharge_summary_uk_letter(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    b.lines(
        [
            f"{ctx.pick(['Royal', 'University Hospitals of', 'St Thomas', 'Queen Elizabeth'])} {ctx.city()} NHS "
            "Foundation Trust",
            "Inpatient Discharge Letter (TTO)",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Patient", ctx.person()),
            ("NHS Number", ctx.code("### ### ####")),
            ("Hospital No", ctx.code("?######")),
            ("Date of admission", ctx.date(admit)),
            ("Date of discharge", ctx.date(ctx.later(admit, 1, 20))),
            ("Ward", ctx.pick(["AMU", "Ward 7B", "Cardiology Ward", "Surgical Assessment Unit"])),
            ("Consultant", doctor(ctx)),
            ("GP", f"{doctor(ctx)}, {ctx.address()}"),
        ],
        columns=2,
    )
    b.h("Presenting complaint", 3)
    b.p(ctx.pick(COMPLAINTS).capitalize())
    b.h("Diagnosis", 3)
    b.lines(_diagnoses(ctx, 1, 3, codes=False))
    b.h("Clinical summary", 3)
    b.p(_course(ctx))
    b.h("Medication on discharge (TTO)", 3)
    b.table(
        ["Drug", "Dose", "Frequency", "Comments"],
        [
            [
                d.name,
                ctx.pick(d.strengths),
                ctx.pick(["OD", "BD", "TDS", "ON", "PRN"]),
                ctx.pick(["New", "Unchanged", "Dose increased", "7 days only"]),
            ]
            for d in ctx.some(DRUGS, 2, 6)
        ],
    )
    b.h("Actions for GP", 3)
    b.lines(
        ctx.some(
            [
                "Please repeat U&Es in 1 week.",
                "Please review blood pressure in 2 weeks.",
                "Please arrange outpatient echocardiogram.",
                "No GP action required.",
            ],
            1,
            3,
        )
    )
    b.p("Information given to patient: yes. Follow-up: outpatient clinic in 6 weeks.", small=True)
    return b.build(ctx.pick(["Discharge Summary", "DISCHARGE LETTER", None]))


def discharge_summary_fr_de(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    if lang == "fr":
        b.lines(
            [
                f"Centre Hospitalier Universitaire de {ctx.city()}",
                f"Service de {ctx.pick(['Médecine interne', 'Cardiologie', 'Chirurgie viscérale', 'Pneumologie'])}",
            ],
            bold=True,
        )
        b.p(
            f"Compte rendu d'hospitalisation de {ctx.person()}, né(e) le {ctx.date(ctx.birth_date())}, "
            f"hospitalisé(e) du {ctx.date(admit)} au {ctx.date(ctx.later(admit, 1, 15))}."
        )
        for h, t in [
            (
                "Motif d'hospitalisation",
                ctx.pick(
                    [
                        "Pneumopathie aiguë communautaire.",
                        "Décompensation cardiaque.",
                        "Appendicite aiguë.",
                        "Malaise avec perte de connaissance.",
                    ]
                ),
            ),
            ("Antécédents", "HTA traitée, diabète de type 2, dyslipidémie."),
            (
                "Évolution",
                "Évolution favorable sous antibiothérapie par amoxicilline-acide clavulanique. Apyrexie obtenue à "
                "J3. Sortie à domicile.",
            ),
            ("Traitement de sortie", "Amoxicilline 1 g 3 fois par jour pendant 7 jours; Paracétamol 1 g si douleur."),
            (
                "Suites",
                "Consultation de contrôle avec le médecin traitant dans 15 jours. Radiographie thoracique de "
                "contrôle à 6 semaines.",
            ),
        ]:
            b.h(h, 3)
            b.p(t)
        title = ctx.pick(["Compte rendu d'hospitalisation", "Lettre de liaison de sortie", "COMPTE RENDU DE SORTIE"])
    else:
        b.lines(
            [
                f"Klinikum {ctx.city()}",
                f"Klinik für {ctx.pick(['Innere Medizin', 'Kardiologie', 'Allgemeinchirurgie', 'Pneumologie'])}",
            ],
            bold=True,
        )
        b.p(
            f"Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege, wir berichten über {ctx.person()}, geb. "
            f"{ctx.date(ctx.birth_date())}, die/der sich vom {ctx.date(admit)} bis "
            f"{ctx.date(ctx.later(admit, 1, 15))} in unserer stationären Behandlung befand."
        )
        for h, t in [
            (
                "Diagnosen",
                ctx.pick(
                    [
                        "Ambulant erworbene Pneumonie rechts basal (J18.9)",
                        "Akut dekompensierte Herzinsuffizienz (I50.9)",
                        "Akute Appendizitis (K35.8)",
                    ]
                ),
            ),
            ("Anamnese", "Aufnahme über die Notaufnahme mit Fieber und Dyspnoe."),
            (
                "Verlauf",
                "Unter antibiotischer Therapie rasche Besserung. Entlassung in gutem Allgemeinzustand nach Hause.",
            ),
            (
                "Medikation bei Entlassung",
                "Amoxicillin 1000 mg 1-1-1 für 5 Tage, Ramipril 5 mg 1-0-0, Pantoprazol 40 mg 1-0-0.",
            ),
            ("Procedere", "Wiedervorstellung beim Hausarzt in einer Woche. Kontrolle der Entzündungswerte."),
        ]:
            b.h(h, 3)
            b.p(t)
        b.lines(["Mit freundlichen kollegialen Grüßen", doctor(ctx), "Oberarzt"])
        title = ctx.pick(["Entlassungsbrief", "Arztbrief", "Vorläufiger Entlassungsbericht"])
    return b.build(title, "letter")


def discharge_summary_surgical(rng: random.Random) -> SyntheticDocument:
    """Post-operative and maternity/newborn discharge summaries with their own structure."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_AU"]))
    b = start("discharge_summary", ctx)
    maternity = ctx.chance(0.4)
    admit = ctx.day()
    b.lines(
        [
            hospital(ctx),
            "Department of "
            + ("Obstetrics & Gynaecology" if maternity else ctx.pick(["General Surgery", "Orthopaedics", "Urology"])),
        ],
        bold=True,
    )
    b.fields(
        [
            *_patient_fields(ctx),
            ("Date of Admission", ctx.date(admit)),
            ("Date of Surgery" if not maternity else "Date of Delivery", ctx.date(ctx.later(admit, 0, 2))),
            ("Date of Discharge", ctx.date(ctx.later(admit, 2, 7))),
            ("Surgeon", doctor(ctx)),
        ],
        columns=2,
    )
    if maternity:
        b.fields(
            [
                (
                    "Mode of delivery",
                    ctx.pick(
                        [
                            "Normal vaginal delivery",
                            "LSCS (elective)",
                            "LSCS (emergency) for fetal distress",
                            "Vacuum-assisted delivery",
                        ]
                    ),
                ),
                (
                    "Baby",
                    f"{ctx.pick(['Male', 'Female'])}, {ctx.amount(2.2, 4.2):.2f} kg, APGAR "
                    f"{ctx.randint(6, 9)}/{ctx.randint(8, 10)}",
                ),
                ("Gestational age", f"{ctx.randint(35, 41)} weeks"),
                ("Postnatal course", "Uneventful. Breastfeeding established. Mother and baby stable."),
            ]
        )
    else:
        b.fields(
            [
                (
                    "Operation performed",
                    ctx.pick(
                        [
                            "Laparoscopic cholecystectomy",
                            "Open reduction internal fixation, right distal radius",
                            "TURP",
                            "Inguinal hernia repair with mesh",
                            "Total knee replacement",
                        ]
                    ),
                ),
                ("Anaesthesia", ctx.pick(["General", "Spinal", "Regional block"])),
                (
                    "Findings",
                    ctx.pick(
                        [
                            "Inflamed gallbladder with multiple calculi",
                            "Comminuted fracture",
                            "Enlarged prostate",
                            "Indirect hernia",
                        ]
                    ),
                ),
                (
                    "Post-operative course",
                    "Uneventful. Wound healthy. Tolerating oral diet. Mobilising with assistance.",
                ),
            ]
        )
    b.h("Discharge medication", 3)
    b.lines([drug_line(ctx, d, ctx.pick(["us", "in"])) for d in ctx.some(DRUGS, 2, 5)])
    b.h("Instructions", 3)
    b.lines(
        ctx.some(
            [
                "Keep the wound dry for 5 days.",
                "Suture removal on day 10.",
                "No driving for 2 weeks.",
                "Pelvic rest for 6 weeks.",
                "Physiotherapy as advised.",
                "Review in surgical OPD after 1 week.",
            ],
            3,
            5,
        )
    )
    return b.build(
        ctx.pick(
            [
                "DISCHARGE SUMMARY",
                "Post-operative Discharge Summary",
                "Maternity Discharge Summary" if maternity else "Surgical Discharge Summary",
            ]
        )
    )


def discharge_summary_brief(rng: random.Random) -> SyntheticDocument:
    """Short discharge summaries organised by the elements accreditation bodies require."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_CA", "en_IN", "en_AU"]))
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    discharge = ctx.later(admit, 1, 10)
    b.lines([hospital(ctx)], bold=True)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("MRN", ctx.digits(8)),
            ("Admitted", ctx.date(admit)),
            ("Discharged", ctx.date(discharge)),
            (
                "Discharged to",
                ctx.pick(["Home", "Home with home health", "Skilled nursing facility", "Rehabilitation facility"]),
            ),
        ],
        columns=2,
    )
    for heading, text in [
        (
            ctx.pick(["Reason for hospitalization", "Reason for admission"]),
            f"{ctx.pick(COMPLAINTS).capitalize()}; found to have {_diagnoses(ctx, 1, 1, codes=False)[0].lower()}.",
        ),
        (
            ctx.pick(["Significant findings", "Key findings"]),
            " ".join(
                ctx.some(
                    [
                        "Chest X-ray with right lower lobe infiltrate.",
                        "Troponin negative x2.",
                        "WBC 15.2 on admission, 8.1 at discharge.",
                        "CT abdomen: acute appendicitis without perforation.",
                        "Echo: EF 40%.",
                    ],
                    1,
                    3,
                )
            ),
        ),
        (
            ctx.pick(["Procedures and treatment provided", "Treatment"]),
            ", ".join(
                ctx.some(
                    [
                        "IV antibiotics",
                        "IV fluids",
                        "laparoscopic appendectomy",
                        "diuresis",
                        "insulin titration",
                        "physical therapy",
                        "oxygen therapy",
                    ],
                    2,
                    4,
                )
            ).capitalize()
            + ".",
        ),
        (
            ctx.pick(["Condition at discharge", "Discharge condition"]),
            ctx.pick(["Stable, afebrile, ambulating independently.", "Improved.", "Good."]),
        ),
        (
            ctx.pick(["Discharge medications", "Medications on discharge"]),
            "; ".join(drug_line(ctx, d) for d in ctx.some(DRUGS, 2, 5)),
        ),
        (
            ctx.pick(["Patient and family instructions", "Instructions"]),
            "Follow up with primary care in 1 week. Return for fever, worsening pain, or shortness of breath.",
        ),
        (ctx.pick(["Attending physician", "Discharging physician"]), doctor(ctx)),
    ]:
        b.h(heading, 3)
        b.p(text)
    return b.build(
        ctx.pick(["Discharge Summary", "DISCHARGE SUMMARY", "Summary of Hospital Stay", "Hospital Discharge Record"])
    )


# -- records and discharge papers from other countries and languages -----------------------

# Facility names per language; the city is filled in by the caller.
FACILITIES: dict[str, list[str]] = {
    "es": [
        "Hospital Universitario {city}",
        "Hospital General de {city}",
        "Clínica {name}",
        "Centro de Salud {city}",
        "Hospital Regional de Alta Especialidad de {city}",
        "Sanatorio {name}",
        "E.S.E. Hospital San Rafael de {city}",
    ],
    "pt": [
        "Hospital Universitário de {city}",
        "Santa Casa de Misericórdia de {city}",
        "Hospital {name}",
        "Unidade Básica de Saúde {name}",
        "Centro Hospitalar de {city}",
        "Hospital de Clínicas de {city}",
    ],
    "it": [
        "Azienda Ospedaliera Universitaria di {city}",
        "Ospedale Civile di {city}",
        "ASL {city} - Presidio Ospedaliero",
        "Policlinico {name}",
        "Azienda Sanitaria Locale di {city}",
    ],
    "de": [
        "Klinikum {city}",
        "Universitätsklinikum {city}",
        "Kreiskrankenhaus {city}",
        "St. {name}-Hospital {city}",
        "Kantonsspital {city}",
        "Landesklinikum {city}",
    ],
    "nl": ["{name} Ziekenhuis", "Universitair Medisch Centrum {city}", "Ziekenhuis {city}"],
    "fr": ["Centre Hospitalier de {city}", "CHU de {city}", "Clinique {name}", "Hôpital {name}"],
}
LANG_LOCALE = {
    "es": ["es_ES", "es_MX", "es_CO", "es_AR", "es_CL"],
    "pt": ["pt_BR", "pt_BR", "pt_PT"],
    "it": ["it_IT"],
    "de": ["de_DE", "de_DE", "de_AT", "de_CH"],
    "nl": ["nl_NL"],
    "fr": ["fr_FR"],
}


def _ctx_for(rng: random.Random, lang: str) -> Ctx:
    return Ctx(rng, rng.choice(LANG_LOCALE[lang]))


def _facility(ctx: Ctx, lang: str) -> str:
    return ctx.pick(FACILITIES[lang]).format(city=ctx.city(), name=ctx.last_name())


def _dx_i18n(ctx: Ctx, lang: str, low: int, high: int, *, codes: float = 0.6) -> list[str]:
    return [f"{d} ({c})" if ctx.chance(codes) else d for d, c in ctx.some(DIAGNOSES_I18N[lang], low, high)]


def _meds_i18n(ctx: Ctx, lang: str, low: int, high: int) -> list[str]:
    return [f"{m} - {s}" for m, s in ctx.some(MEDS_I18N[lang], low, high)]


def _vitals_i18n(ctx: Ctx, lang: str) -> str:
    bp, hr, temp = f"{ctx.randint(100, 165)}/{ctx.randint(60, 100)}", ctx.randint(58, 112), ctx.amount(36.1, 38.9)
    spo2, rr = ctx.randint(90, 99), ctx.randint(12, 24)
    return {
        "es": f"TA {bp} mmHg, FC {hr} lpm, FR {rr} rpm, Temp {temp:.1f} °C, SatO2 {spo2}%",
        "pt": f"PA {bp} mmHg, FC {hr} bpm, FR {rr} irpm, Tax {temp:.1f} °C, SpO2 {spo2}%",
        "it": f"PA {bp} mmHg, FC {hr} bpm, FR {rr} atti/min, TC {temp:.1f} °C, SpO2 {spo2}% in aria ambiente",
        "de": f"RR {bp} mmHg, HF {hr}/min, AF {rr}/min, Temp. {temp:.1f} °C, SpO2 {spo2} % unter Raumluft",
        "nl": f"RR {bp} mmHg, pols {hr}/min, temp {temp:.1f} °C, saturatie {spo2}%",
        "fr": f"TA {bp} mmHg, FC {hr}/min, T° {temp:.1f} °C, SpO2 {spo2} %",
    }[lang]


# Sentences a clinician writes in an outpatient record, per language and section.
RECORD_TEXT: dict[str, dict[str, list[str]]] = {
    "es": {
        "complaint": [
            "Tos productiva y fiebre de 4 días de evolución.",
            "Dolor abdominal en fosa iliaca derecha desde hace 24 horas.",
            "Cefalea holocraneana intermitente de 2 semanas.",
            "Control de diabetes mellitus tipo 2 e hipertensión.",
            "Disuria y polaquiuria de 3 días.",
            "Lumbalgia tras esfuerzo físico.",
        ],
        "history": [
            "Niega alergias. Hipertensión arterial en tratamiento con losartán. Apendicectomía en 2010.",
            "Diabetes mellitus tipo 2 de 8 años de diagnóstico. Tabaquismo negado. Alcoholismo ocasional.",
            "Sin antecedentes patológicos de importancia. Esquema de vacunación completo.",
            "Madre con diabetes, padre finado por infarto agudo de miocardio.",
        ],
        "exam": [
            "Consciente, orientado, hidratado. Campos pulmonares con estertores en base derecha.",
            "Abdomen blando, depresible, doloroso a la palpación en fosa iliaca derecha, rebote negativo.",
            "Ruidos cardiacos rítmicos sin soplos. Extremidades sin edema.",
            "Faringe hiperémica, amígdalas hipertróficas sin exudado.",
        ],
        "plan": [
            "Se solicita biometría hemática, química sanguínea y examen general de orina.",
            "Tratamiento sintomático. Cita de control en 7 días o antes si hay datos de alarma.",
            "Se explican datos de alarma al paciente. Se entrega receta.",
            "Interconsulta a Cardiología. Continuar tratamiento actual.",
        ],
    },
    "pt": {
        "complaint": [
            "Tosse produtiva e febre há 4 dias.",
            "Dor abdominal em fossa ilíaca direita há 1 dia.",
            "Cefaleia frontal há 2 semanas.",
            "Retorno para controle de hipertensão e diabetes.",
            "Disúria e polaciúria há 3 dias.",
        ],
        "history": [
            "HAS em uso de losartana. Nega alergias medicamentosas. Colecistectomia em 2015.",
            "DM2 há 10 anos. Ex-tabagista (20 maços-ano). Etilismo social.",
            "Nega comorbidades. Vacinação em dia.",
            "Mãe hipertensa, pai falecido por AVC.",
        ],
        "exam": [
            "BEG, lúcido e orientado, corado, hidratado, afebril.",
            "AR: MV presente bilateralmente, com estertores crepitantes em base direita.",
            "ACV: RCR em 2T, BNF, sem sopros. Abdome flácido, indolor, RHA presentes.",
            "Orofaringe hiperemiada, sem exsudato.",
        ],
        "plan": [
            "Solicito hemograma, PCR, glicemia de jejum e EAS.",
            "Prescrevo sintomáticos. Orientado sinais de alarme. Retorno em 7 dias.",
            "Encaminho ao cardiologista. Mantém medicações de uso contínuo.",
        ],
    },
    "it": {
        "complaint": [
            "Tosse produttiva e febbre da 4 giorni.",
            "Dolore addominale in fossa iliaca destra da 24 ore.",
            "Cefalea ricorrente da due settimane.",
            "Controllo periodico di diabete mellito tipo 2 e ipertensione.",
            "Dispnea da sforzo ingravescente.",
        ],
        "history": [
            "Ipertensione arteriosa in trattamento. Non allergie note. Appendicectomia nel 2008.",
            "Diabete mellito tipo 2 da 10 anni. Ex fumatore. Nega potus.",
            "Familiarità per cardiopatia ischemica (padre). Madre diabetica.",
        ],
        "exam": [
            "Paziente vigile, orientato, collaborante. Eupnoico a riposo.",
            "Torace: murmure vescicolare ridotto alla base destra con rantoli crepitanti.",
            "Cuore: toni validi, ritmici, pause libere. Addome trattabile, non dolente.",
            "Non edemi declivi. Polsi periferici presenti.",
        ],
        "plan": [
            "Si richiedono esami ematochimici (emocromo, PCR, funzionalità renale) e Rx torace.",
            "Si prescrive terapia come da ricetta. Controllo tra 7 giorni.",
            "Si consiglia visita cardiologica. Proseguire terapia in atto.",
        ],
    },
    "de": {
        "complaint": [
            "Husten und Fieber seit 4 Tagen.",
            "Bauchschmerzen im rechten Unterbauch seit gestern.",
            "Rezidivierende Kopfschmerzen seit zwei Wochen.",
            "Kontrolle Diabetes mellitus Typ 2 und Hypertonie.",
            "Dysurie und Pollakisurie seit 3 Tagen.",
        ],
        "history": [
            "Arterielle Hypertonie, Z. n. Appendektomie 2010. Keine bekannten Allergien.",
            "Diabetes mellitus Typ 2 seit 8 Jahren. Nikotin: ehemals 20 py. Alkohol gelegentlich.",
            "Familienanamnese: Vater Myokardinfarkt mit 62 Jahren.",
        ],
        "exam": [
            "Wacher, orientierter Patient in gutem Allgemeinzustand.",
            "Pulmo: basal rechts feinblasige RGs. Cor: rhythmisch, keine Geräusche.",
            "Abdomen weich, Druckschmerz im rechten Unterbauch, keine Abwehrspannung.",
            "Rachen gerötet, Tonsillen vergrößert ohne Beläge.",
        ],
        "plan": [
            "Labor: BB, CRP, Krea. Röntgen-Thorax veranlasst.",
            "AU bis Ende der Woche. Wiedervorstellung in 7 Tagen.",
            "Überweisung zum Kardiologen. Medikation unverändert fortführen.",
        ],
    },
}
RECORD_HEADINGS: dict[str, dict[str, list[str]]] = {
    "es": {
        "title": [
            "HISTORIA CLÍNICA",
            "Historia Clínica General",
            "Nota de evolución",
            "Expediente clínico",
            "Hoja de consulta externa",
        ],
        "complaint": ["Motivo de consulta", "Padecimiento actual", "Enfermedad actual"],
        "history": ["Antecedentes personales patológicos", "Antecedentes", "Antecedentes heredofamiliares"],
        "exam": ["Exploración física", "Examen físico"],
        "vitals": ["Signos vitales"],
        "dx": ["Impresión diagnóstica", "Diagnóstico", "Diagnósticos"],
        "plan": ["Plan", "Plan de manejo", "Indicaciones", "Tratamiento"],
        "allergies": ["Alergias"],
    },
    "pt": {
        "title": [
            "PRONTUÁRIO MÉDICO",
            "Evolução Médica",
            "Ficha de Atendimento Ambulatorial",
            "Anamnese",
            "Diário Clínico",
        ],
        "complaint": ["Queixa principal (QP)", "História da doença atual (HDA)", "Motivo da consulta"],
        "history": ["História patológica pregressa (HPP)", "Antecedentes pessoais", "História familiar"],
        "exam": ["Exame físico", "Exame clínico"],
        "vitals": ["Sinais vitais"],
        "dx": ["Hipótese diagnóstica (HD)", "Diagnóstico", "Impressão diagnóstica"],
        "plan": ["Conduta", "Plano terapêutico", "Orientações"],
        "allergies": ["Alergias"],
    },
    "it": {
        "title": ["CARTELLA CLINICA", "Diario clinico", "Referto di visita ambulatoriale", "Scheda ambulatoriale"],
        "complaint": ["Motivo della visita", "Anamnesi patologica prossima"],
        "history": ["Anamnesi patologica remota", "Anamnesi familiare", "Anamnesi"],
        "exam": ["Esame obiettivo", "E.O."],
        "vitals": ["Parametri vitali"],
        "dx": ["Diagnosi", "Conclusioni diagnostiche"],
        "plan": ["Terapia e indicazioni", "Conclusioni", "Si consiglia"],
        "allergies": ["Allergie"],
    },
    "de": {
        "title": ["Patientenakte", "Karteikarte", "Ambulante Behandlungsdokumentation", "Verlaufsdokumentation"],
        "complaint": ["Anamnese", "Aktuelle Beschwerden", "Vorstellungsgrund"],
        "history": ["Vorerkrankungen", "Eigenanamnese", "Familienanamnese"],
        "exam": ["Befund", "Körperliche Untersuchung"],
        "vitals": ["Vitalparameter"],
        "dx": ["Diagnose", "Diagnosen"],
        "plan": ["Therapie", "Procedere", "Empfehlung"],
        "allergies": ["Allergien", "Unverträglichkeiten"],
    },
}
RECORD_FIELDS: dict[str, list[str]] = {
    "es": [
        "Nombre",
        "Edad",
        "Sexo",
        "Fecha de nacimiento",
        "No. de expediente",
        "Fecha",
        "Médico tratante",
        "Ocupación",
    ],
    "pt": ["Nome", "Idade", "Sexo", "Data de nascimento", "Prontuário nº", "Data", "Médico", "Cartão SUS"],
    "it": ["Cognome e nome", "Data di nascita", "Sesso", "Codice fiscale", "N. cartella", "Data", "Medico"],
    "de": ["Name", "Geb.-Datum", "Geschlecht", "Versichertennr.", "Kasse", "Datum", "Behandelnder Arzt"],
}


def _record_field_value(ctx: Ctx, label: str, name: str, day: dt.date) -> str:
    low = label.lower()
    if low.startswith(("nom", "name", "cognome")):
        return name
    if "nacimiento" in low or "nascimento" in low or "nascita" in low or "geb" in low:
        return intl_date(ctx, ctx.birth_date(1, 90))
    if low in ("edad", "idade"):
        return f"{ctx.randint(1, 90)} {'años' if ctx.lang == 'es' else 'anos'}"
    if low in ("sexo", "sesso", "geschlecht"):
        return ctx.pick(["M", "F", "Masculino", "Femenino"] if ctx.lang == "es" else ["M", "F"])
    if low in ("fecha", "data", "datum"):
        return intl_date(ctx, day)
    if "médico" in low or "medico" in low or "arzt" in low:
        return clean_doctor(ctx)
    if "fiscale" in low:
        return ctx.codice_fiscale()
    if label == "Kasse":
        return ctx.pick(["AOK", "TK", "BARMER", "DAK", "ÖGK", "privat"])
    if "ocupación" in low:
        return ctx.pick(["Comerciante", "Ama de casa", "Estudiante", "Docente", "Jubilado"])
    return ctx.code(ctx.pick(["######", "########", "??-#####", "### #### #### ####"]))


def medical_record_historia_clinica(rng: random.Random) -> SyntheticDocument:
    """Outpatient clinical records in Spanish, Portuguese, Italian and German: historia clínica, nota de
    evolución, prontuário, cartella clinica, Karteikarte; full or sparse, sections in varying order."""
    lang = rng.choice(["es", "es", "pt", "it", "de"])
    ctx = _ctx_for(rng, lang)
    b = start("medical_record", ctx)
    words, text = RECORD_HEADINGS[lang], RECORD_TEXT[lang]
    b.lines([_facility(ctx, lang), ctx.address()], align=ctx.pick(["left", "center"]), bold=True)
    title = ctx.pick(words["title"])
    day = ctx.day()
    name = clean_name(ctx.person())
    labels = RECORD_FIELDS[lang]
    chosen = [labels[0], *ctx.some(labels[1:], 3, len(labels) - 1)]
    b.fields([(k, _record_field_value(ctx, k, name, day)) for k in chosen], columns=ctx.pick([2, 2, 3]))
    if lang == "de" and ctx.chance(0.5):
        # GP record card: one dated line per visit, coded A (Anamnese), B (Befund), D (Diagnose), T (Therapie).
        b.h(title, 2)
        rows = []
        visit = day
        for _ in range(ctx.randint(2, 6)):
            visit = ctx.later(visit, 3, 90)
            dx, code = ctx.pick(DIAGNOSES_I18N["de"])
            rows += [
                [intl_date(ctx, visit), "A", ctx.pick(text["complaint"])],
                ["", "B", ctx.pick(text["exam"])],
                ["", "D", f"{dx} {code} {ctx.pick(['G', 'V', 'Z'])}"],
                ["", "T", ctx.pick(text["plan"] + _meds_i18n(ctx, "de", 1, 1))],
            ]
        b.table(["Datum", "", "Eintrag"], rows)
        return b.build(None)
    sparse = ctx.chance(0.3)
    sections = [
        ("complaint", [ctx.pick(text["complaint"])]),
        ("history", ctx.some(text["history"], 1, 2)),
        (
            "allergies",
            [
                ctx.pick(
                    {
                        "es": ["Negadas", "Penicilina"],
                        "pt": ["Nega", "Dipirona"],
                        "it": ["Nessuna nota"],
                        "de": ["Keine bekannt", "Penicillin"],
                    }[lang]
                )
            ],
        ),
        ("vitals", [_vitals_i18n(ctx, lang) + f", {ctx.randint(40, 110)} kg"]),
        ("exam", ctx.some(text["exam"], 1, 3)),
        ("dx", _dx_i18n(ctx, lang, 1, 2)),
        ("plan", [*ctx.some(text["plan"], 1, 2), *(_meds_i18n(ctx, lang, 0, 2) if lang != "de" else [])]),
    ]
    if sparse:
        sections = [sections[0], sections[3], sections[5], sections[6]]
    elif ctx.chance(0.3):
        sections[1], sections[2] = sections[2], sections[1]
    if title.startswith(("Nota de evolución", "Evolução", "Diario", "Verlauf")) and ctx.chance(0.6):
        soap = {"es": "SOAP", "pt": "SOAP", "it": "SOAP", "de": "SOAP"}[lang]
        b.h(f"{title} ({soap})" if ctx.chance(0.3) else title, 2)
        b.fields(
            [
                ("S", sections[0][1][0]),
                ("O", _vitals_i18n(ctx, lang) + ". " + ctx.pick(text["exam"])),
                ("A", "; ".join(_dx_i18n(ctx, lang, 1, 2))),
                ("P", " ".join(ctx.some(text["plan"], 1, 2))),
            ]
        )
    else:
        b.h(title, 2)
        for key, paras in sections:
            if ctx.chance(0.5):
                b.h(ctx.pick(words[key]), 3)
                b.paras(paras)
            else:
                b.fields([(ctx.pick(words[key]), " ".join(paras))])
    b.lines(
        [
            "",
            {"es": "Nombre y firma del médico", "pt": "Assinatura e carimbo", "it": "Il medico", "de": "Unterschrift"}[
                lang
            ],
        ],
        align="right",
    )
    return b.build(None)


def medical_record_ehr_summary(rng: random.Random) -> SyntheticDocument:
    """EHR print-outs that summarise a patient's chart: problem list, medication list, allergies with
    reactions, immunisations, recent vitals and encounters (US clinical summary, UK GP summary record)."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_GB", "en_CA", "en_AU", "en_IN"]))
    b = start("medical_record", ctx)
    uk = ctx.locale == "en_GB"
    practice = (
        f"{ctx.last_name()} {ctx.pick(['Medical Practice', 'Surgery', 'Health Centre'])}" if uk else hospital(ctx)
    )
    b.lines([practice, ctx.address()], bold=True)
    title = ctx.pick(
        ["Summary Care Record", "Patient Record Summary", "GP Summary Print-out"]
        if uk
        else ["Clinical Summary", "Patient Health Summary", "Continuity of Care Document", "Patient Chart Summary"]
    )
    b.h(title, 1)
    b.fields(
        [
            ("Patient", clean_name(ctx.person())),
            ("DOB", ctx.date(ctx.birth_date(1, 95))),
            ("NHS No." if uk else "MRN", ctx.code("### ### ####" if uk else "########")),
            ("Sex", ctx.pick(["Male", "Female"])),
            ("Usual GP" if uk else "PCP", doctor(ctx)),
            ("Printed", ctx.date(ctx.day(2023, 2025))),
        ],
        columns=3,
    )
    day = ctx.day(2015, 2024)
    blocks = []
    acute = ("Acute", "acute", "fever", "pneumonia", "infection", "COVID", "fracture", "Sepsis", "Otitis", "Cellulitis")
    problems = [
        [
            d,
            c,
            ctx.date(ctx.later(day, -3000, 0)),
            "Resolved" if any(w in d for w in acute) else ctx.pick(["Active", "Active", "Chronic"]),
        ]
        for d, c in ctx.some(DIAGNOSES, 2, 7)
    ]
    blocks.append(
        (ctx.pick(["Problem List", "Problems", "Active Problems"]), ["Problem", "Code", "Onset", "Status"], problems)
    )
    meds = [
        [
            f"{d.name} {ctx.pick(d.strengths)} {d.form.lower()}",
            ctx.pick(d.sigs),
            ctx.date(ctx.later(day, -900, 0)),
            ctx.pick(["Active", "Active", "Discontinued"]),
        ]
        for d in ctx.some(DRUGS, 1, 6)
    ]
    blocks.append(
        (
            ctx.pick(["Medications", "Current Medications", "Repeat medication"]),
            ["Medication", "Directions", "Started", "Status"],
            meds,
        )
    )
    allergies = [
        [a, r, ctx.pick(["Mild", "Moderate", "Severe"])]
        for a, r in ctx.some(
            [
                ("Penicillin", "Rash"),
                ("Sulfonamides", "Hives"),
                ("Codeine", "Nausea"),
                ("Latex", "Contact dermatitis"),
                ("Peanuts", "Anaphylaxis"),
                ("Aspirin", "Wheezing"),
            ],
            0,
            2,
        )
    ] or [["No known drug allergies", "", ""]]
    blocks.append(("Allergies", ["Allergen", "Reaction", "Severity"], allergies))
    vaccines = ["Influenza", "COVID-19", "Tdap", "Pneumococcal (PPSV23)", "Hepatitis B", "Zoster (Shingrix)", "MMR"]
    blocks.append(
        (
            ctx.pick(["Immunizations", "Immunisations"]),
            ["Vaccine", "Date", "Dose"],
            [[v, ctx.date(ctx.later(day, -2000, 300)), str(ctx.randint(1, 3))] for v in ctx.some(vaccines, 1, 5)],
        )
    )
    vit_rows = []
    visit = day
    for _ in range(ctx.randint(2, 5)):
        visit = ctx.later(visit, 20, 200)
        vit_rows.append(
            [
                ctx.date(visit),
                f"{ctx.randint(105, 160)}/{ctx.randint(62, 98)}",
                str(ctx.randint(56, 104)),
                f"{ctx.randint(50, 120)} kg",
                f"{ctx.amount(18, 38):.1f}",
            ]
        )
    blocks.append((ctx.pick(["Vital Signs", "Recent Vitals"]), ["Date", "BP", "Pulse", "Weight", "BMI"], vit_rows))
    enc = [
        [
            ctx.date(ctx.later(day, 0, 700)),
            ctx.pick(["Office visit", "Telephone encounter", "Annual wellness visit", "Follow-up", "Consultation"]),
            doctor(ctx),
            ctx.pick(COMPLAINTS),
        ]
        for _ in range(ctx.randint(1, 5))
    ]
    blocks.append(
        (
            ctx.pick(["Encounters", "Recent Consultations", "Visit History"]),
            ["Date", "Type", "Clinician", "Reason"],
            enc,
        )
    )
    if ctx.chance(0.4):
        blocks = [blocks[0], *ctx.shuffled(blocks[1:])]
    for heading, header, rows in blocks[: ctx.randint(3, len(blocks))]:
        b.h(heading, 2)
        b.table(header, rows)
    if ctx.chance(0.5):
        b.fields(
            [
                ("Smoking status", ctx.pick(["Never smoker", "Ex-smoker", "Current every day smoker"])),
                ("Alcohol", ctx.pick(["None", "1-2 units/week", "14 units/week"])),
            ],
            columns=2,
        )
    b.p(
        ctx.pick(
            [
                "This summary is generated from the electronic health record and may not include all information.",
                "CONFIDENTIAL: contains personal health information.",
                "Information is correct as of the date printed.",
            ]
        ),
        small=True,
    )
    return b.build(None)


CHART_TITLES = {
    "en": ["PROGRESS NOTES", "Continuation Sheet", "CLINICAL NOTES", "Doctor's Progress Notes", "Medical Notes"],
    "fr": ["FEUILLE D'OBSERVATION MÉDICALE", "Observations", "Suivi médical"],
    "es": ["HOJA DE EVOLUCIÓN", "Notas de evolución", "Hoja de evolución clínica"],
    "pt": ["EVOLUÇÃO CLÍNICA", "Folha de evolução"],
    "it": ["DIARIO CLINICO", "Diario medico"],
    "de": ["VERLAUFSBOGEN", "Verlaufsdokumentation ärztlich"],
}
CHART_LABELS = {
    "en": (["Name", "MRN", "Ward", "Bed", "Consultant", "DOB", "Hosp. No."], ["Date/Time", "Notes"], "Sign"),
    "fr": (["Nom", "Prénom", "N° IPP", "Service", "Chambre", "Né(e) le"], ["Date / Heure", "Observations"], "Visa"),
    "es": (["Nombre", "No. expediente", "Servicio", "Cama", "Edad"], ["Fecha / Hora", "Evolución"], "Firma"),
    "pt": (["Nome", "Prontuário", "Leito", "Setor", "Idade"], ["Data / Hora", "Evolução"], "Assinatura"),
    "it": (["Cognome e nome", "N. nosologico", "Reparto", "Letto"], ["Data / Ora", "Diario"], "Firma"),
    "de": (["Name", "Fall-Nr.", "Station", "Zimmer", "Geb.-Datum"], ["Datum / Uhrzeit", "Verlauf"], "Kürzel"),
}
CHART_ENTRIES = {
    "en": [
        "Pt seen on ward round. Afebrile overnight. Chest clear. Plan: continue IV abx, repeat CRP.",
        "c/o mild abd pain. Obs stable. Tolerating diet. Wound clean & dry.",
        "Reviewed bloods: Hb 10.2, WCC 12.4, CRP 56. Cont. current mx.",
        "SOB improved. SpO2 96% on 2L. Wean O2 as tolerated.",
        "Discussed with consultant. For CT abdomen today.",
        "BP 150/90. Restart amlodipine. Review in AM.",
    ],
    "fr": [
        "Patient vu à la visite. Apyrétique. Auscultation claire. Poursuite antibiothérapie.",
        "Douleurs abdominales modérées. Constantes stables. Reprise alimentaire.",
        "Bilan biologique : CRP en baisse. Relais per os demain.",
    ],
    "es": [
        "Paciente estable, afebril. Campos pulmonares con mejoría. Continúa antibiótico IV.",
        "Refiere dolor leve en herida quirúrgica. Herida limpia. Tolera vía oral.",
        "Laboratorios con leucocitosis en descenso. Se valora egreso mañana.",
    ],
    "pt": [
        "Paciente estável, afebril. MV presente. Mantém antibioticoterapia.",
        "Refere dor leve em FO. Ferida limpa. Aceitando dieta.",
    ],
    "it": [
        "Paziente apiretico, parametri stabili. Prosegue terapia antibiotica e.v.",
        "Lieve dolore addominale. Ferita in ordine. Alimentazione ripresa.",
    ],
    "de": [
        "Visite: Pat. fieberfrei, Pulmo frei. Antibiose weiter i.v.",
        "Leichte Bauchschmerzen, Wunde reizlos. Kostaufbau gut toleriert.",
    ],
}


def medical_record_progress_sheet(rng: random.Random) -> SyntheticDocument:
    """A scanned inpatient progress/continuation sheet: a hospital's printed header and identification
    boxes, a two-column grid of dated entries written by hand; often only a few entries, OCR barely reads them."""
    lang = rng.choice(["en", "en", "en", "fr", "es", "pt", "it", "de"])
    ctx = Ctx(rng, rng.choice(["en_GB", "en_IN", "en_US", "en_AU"])) if lang == "en" else _ctx_for(rng, lang)
    b = start("medical_record", ctx)
    fac = hospital(ctx) if lang == "en" else _facility(ctx, lang)
    b.lines([fac, *([ctx.address()] if ctx.chance(0.4) else [])], align=ctx.pick(["left", "center"]), bold=True)
    b.h(ctx.pick(CHART_TITLES[lang]), 2, ctx.pick(["left", "center"]))
    ids, columns, sign = CHART_LABELS[lang]
    first, last = clean_name(ctx.first_name()), clean_name(ctx.last_name())
    filled = ctx.chance(0.8)
    pairs = []
    for label in ids:
        if label in ("Prénom",):
            value = first
        elif label in ("Name", "Nom", "Nombre", "Nome", "Cognome e nome"):
            value = last if "Prénom" in ids else f"{first} {last}"
        elif label in ("DOB", "Né(e) le", "Geb.-Datum"):
            value = intl_date(ctx, ctx.birth_date(1, 95))
        elif label in ("Edad", "Idade"):
            value = str(ctx.randint(1, 95))
        elif label in ("Consultant",):
            value = f"Dr {ctx.last_name()}"
        else:
            value = ctx.code(ctx.pick(["#######", "##", "?##", "####"])) if ctx.chance(0.7) else ""
        pairs.append((label, value if filled else ""))
    b.fields(pairs, columns=ctx.pick([2, 3]), hand=True)
    b.table([*columns, sign], [])
    day = ctx.day()
    entries = ctx.some(CHART_ENTRIES[lang], 1, min(5, len(CHART_ENTRIES[lang])))
    hour = ctx.randint(6, 12)
    for entry in entries:
        if hour > 22:
            day, hour = ctx.later(day, 1, 1), ctx.randint(6, 12)
        when = f"{intl_date(ctx, day)} {hour:02d}:{ctx.pick(['00', '15', '30', '45'])}"
        hour += ctx.randint(2, 8)
        b.lines([when, entry, ctx.pick([first[:2].upper(), "Dr " + ctx.last_name(), ""])], hand=True)
    if ctx.chance(0.5):
        b.p(
            ctx.pick(
                {
                    "en": ["Please write legibly, sign and date every entry. Print name and bleep no."],
                    "fr": ["Toute observation doit être datée et signée."],
                    "es": ["Toda nota debe llevar fecha, hora, nombre y firma del médico."],
                    "pt": ["Toda evolução deve ser datada e assinada."],
                    "it": ["Ogni annotazione deve essere datata e firmata."],
                    "de": ["Jeder Eintrag ist mit Datum, Uhrzeit und Handzeichen zu versehen."],
                }[lang]
            ),
            small=True,
        )
    return b.build(None, "handwritten")


REG_FORMS = {
    "es": (
        "Ficha de identificación del paciente",
        [
            "Apellido paterno",
            "Apellido materno",
            "Nombre(s)",
            "Fecha de nacimiento",
            "Sexo",
            "Estado civil",
            "CURP / DNI",
            "Domicilio",
            "Colonia / Barrio",
            "Teléfono",
            "Correo electrónico",
            "Ocupación",
            "Tipo de sangre",
            "Alergias",
            "Aseguradora / Obra social",
            "Contacto de emergencia",
            "Parentesco",
        ],
        "Declaro que los datos proporcionados son verídicos y autorizo su uso para mi atención médica.",
        "Firma del paciente o responsable",
    ),
    "fr": (
        "Fiche de renseignements patient",
        [
            "Nom",
            "Nom de naissance",
            "Prénom",
            "Date de naissance",
            "Sexe",
            "Adresse",
            "Code postal / Ville",
            "Téléphone",
            "E-mail",
            "N° de sécurité sociale",
            "Mutuelle",
            "Médecin traitant",
            "Personne à prévenir",
            "Profession",
            "Allergies connues",
        ],
        "J'accepte que mes données de santé soient enregistrées dans mon dossier médical.",
        "Signature",
    ),
    "de": (
        "Patientenaufnahmebogen",
        [
            "Name",
            "Vorname",
            "Geburtsdatum",
            "Geschlecht",
            "Straße, Hausnummer",
            "PLZ, Ort",
            "Telefon",
            "E-Mail",
            "Krankenkasse",
            "Versichertennummer",
            "Hausarzt",
            "Beruf",
            "Allergien",
            "Aktuelle Medikamente",
            "Notfallkontakt",
        ],
        "Ich willige in die Verarbeitung meiner Gesundheitsdaten zum Zweck der Behandlung ein (DSGVO).",
        "Unterschrift Patient/in",
    ),
    "it": (
        "Scheda anagrafica paziente",
        [
            "Cognome",
            "Nome",
            "Data di nascita",
            "Luogo di nascita",
            "Codice fiscale",
            "Residenza",
            "Telefono",
            "E-mail",
            "Medico curante",
            "Allergie",
            "Persona da contattare",
        ],
        "Acconsento al trattamento dei dati personali ai sensi del Regolamento UE 2016/679.",
        "Firma del paziente",
    ),
    "pt": (
        "Ficha de cadastro do paciente",
        [
            "Nome completo",
            "Data de nascimento",
            "Sexo",
            "CPF",
            "RG",
            "Cartão SUS",
            "Endereço",
            "Bairro",
            "Cidade / UF",
            "Telefone",
            "Convênio",
            "Nº da carteirinha",
            "Alergias",
            "Contato de emergência",
        ],
        "Declaro serem verdadeiras as informações acima.",
        "Assinatura do paciente",
    ),
    "en": (
        "Patient Registration Form",
        [
            "Surname",
            "First name",
            "Date of birth",
            "Sex",
            "Marital status",
            "Nationality",
            "National ID / Passport No.",
            "Address",
            "Phone",
            "Email",
            "Occupation",
            "Next of kin",
            "Relationship",
            "Next of kin phone",
            "Insurance / HMO",
            "Policy No.",
            "Blood group",
            "Known allergies",
        ],
        "I consent to treatment and to the hospital keeping my medical records.",
        "Signature / Thumbprint of patient",
    ),
}


REG_VALUE_KEYS: list[tuple[tuple[str, ...], str]] = [
    (("nome completo",), "full"),
    (("first name", "prénom", "vorname", "nombre(s)"), "first"),
    (("apellido materno", "nom de naissance"), "last2"),
    (("apellido", "surname", "cognome"), "last"),
    (("birth", "nacimiento", "naissance", "geburt", "nascita", "nascimento"), "dob"),
    (("mail", "correo"), "email"),
    (("tel", "phone"), "phone"),
    (("domicilio", "adresse", "straße", "residenza", "endereço", "address"), "street"),
    (("colonia", "bairro", "code postal", "plz", "cidade", "nationality"), "city"),
    (("sexo", "sexe", "sex", "geschlecht"), "sex"),
    (("civil", "marital"), "marital"),
    (("aseguradora", "mutuelle", "krankenkasse", "convênio", "insurance"), "insurer"),
    (("médecin", "hausarzt", "medico", "doctor"), "doctor"),
    (("contact", "prévenir", "notfall", "contatto", "kin", "contato"), "person"),
    (("parentesco", "relationship"), "relation"),
    (("ocupación", "profession", "beruf", "occupation"), "job"),
    (("sangre", "blood"), "blood"),
    (("alerg", "allerg"), "allergy"),
    (("medikament", "medication"), "meds"),
    (("nom", "name"), "last"),
]


_REG_WORDS: dict[str, dict[str, list[str]]] = {
    "marital": {
        "es": ["Soltero/a", "Casado/a", "Unión libre"],
        "fr": ["Célibataire", "Marié(e)"],
        "de": ["ledig", "verheiratet"],
    },
    "insurer": {
        "es": ["IMSS", "ISSSTE", "OSDE", "Fonasa", "Sura EPS", "Sanitas"],
        "fr": ["MGEN", "Harmonie Mutuelle", "AXA"],
        "de": ["AOK", "TK", "BARMER", "DAK", "privat"],
        "pt": ["Unimed", "Bradesco Saúde", "SulAmérica", "SUS"],
        "it": ["SSN"],
    },
    "relation": {
        "es": ["Esposa", "Madre", "Hijo", "Hermana"],
        "fr": ["Conjoint", "Mère", "Fils"],
        "de": ["Ehefrau", "Mutter", "Sohn"],
        "pt": ["Esposa", "Mãe", "Filho"],
        "it": ["Moglie", "Madre", "Figlio"],
    },
    "job": {
        "es": ["Docente", "Comerciante", "Ama de casa", "Estudiante"],
        "fr": ["Enseignant", "Retraité", "Employé"],
        "de": ["Angestellte", "Rentner", "Lehrer"],
        "pt": ["Professora", "Comerciante", "Estudante"],
        "it": ["Impiegato", "Pensionato"],
    },
    "allergy": {
        "es": ["Ninguna", "Negadas", "Penicilina"],
        "fr": ["Aucune", "Pénicilline"],
        "de": ["Keine", "Penicillin"],
        "pt": ["Nega", "Dipirona"],
        "it": ["Nessuna", "Penicillina"],
    },
}


def _reg_value(ctx: Ctx, label: str, first: str, last: str) -> str:
    """A plausible hand-filled value for a registration-form field, whatever the form's language."""
    low = label.lower()
    kind = next((k for keys, k in REG_VALUE_KEYS if any(key in low for key in keys)), "id")
    match kind:
        case "full":
            return f"{first} {last}"
        case "first":
            return first
        case "last":
            return last
        case "last2":
            return clean_name(ctx.last_name())
        case "dob":
            return intl_date(ctx, ctx.birth_date(1, 90))
        case "email":
            return ctx.email(f"{first} {last}")
        case "phone":
            return ctx.phone()
        case "street":
            return ctx.street()
        case "city":
            return ctx.city()
        case "sex":
            return ctx.pick(["M", "F"])
        case "marital":
            return ctx.pick(_REG_WORDS["marital"].get(ctx.lang, ["Single", "Married"]))
        case "insurer":
            return ctx.pick(_REG_WORDS["insurer"].get(ctx.lang, ["AXA", "Star Health", "NHIS", "Bupa"]))
        case "doctor":
            return clean_doctor(ctx)
        case "person":
            return f"{clean_name(ctx.person())} {ctx.phone()}"
        case "relation":
            return ctx.pick(_REG_WORDS["relation"].get(ctx.lang, ["Spouse", "Mother", "Son"]))
        case "job":
            return ctx.pick(_REG_WORDS["job"].get(ctx.lang, ["Teacher", "Engineer", "Trader", "Student"]))
        case "blood":
            return ctx.pick(["O+", "A+", "B+", "AB+", "O-"])
        case "allergy":
            return ctx.pick(_REG_WORDS["allergy"].get(ctx.lang, ["None", "Penicillin", "Sulfa"]))
        case "meds":
            return ", ".join(d.name for d in ctx.some(DRUGS, 1, 2))
        case _:
            return ctx.code(ctx.pick(["########", "###.###.###-##", "??######", "# ## ## ## ### ###"]))


def medical_record_registration_form(rng: random.Random) -> SyntheticDocument:
    """Patient registration / identification forms from many countries as scanned: a facility header, a grid
    of demographic and contact fields (mostly blank or hand-filled), consent line, 'for office use' box."""
    lang = rng.choice(["en", "en", "es", "es", "fr", "de", "it", "pt"])
    if lang == "en":
        ctx = Ctx(rng, rng.choice(["en_IN", "en_GB", "en_US", "en_MY", "en_AU"]))
        fac = (
            hospital(ctx)
            if ctx.chance(0.6)
            else f"{ctx.last_name()} {ctx.pick(['Specialist Hospital', 'Medical Centre', 'Clinic'])}"
        )
    else:
        ctx = _ctx_for(rng, lang)
        fac = _facility(ctx, lang)
    b = start("medical_record", ctx)
    title, labels, consent, sign = REG_FORMS[lang]
    b.lines([fac, ctx.address(), ctx.phone()], align="center", bold=ctx.chance(0.5))
    b.h(title if ctx.chance(0.7) else title.upper(), 2, "center")
    blank = ctx.chance(0.45)
    hand = not blank and ctx.chance(0.7)
    first, last = clean_name(ctx.first_name()), clean_name(ctx.last_name())
    kept = labels[:3] + ctx.some(labels[3:], max(4, len(labels) // 2), len(labels) - 3)
    pairs = [
        (label, "" if blank or (hand and ctx.chance(0.25)) else _reg_value(ctx, label, first, last)) for label in kept
    ]
    b.fields(pairs, columns=ctx.pick([1, 2, 2]), hand=hand)
    if ctx.chance(0.5):
        b.h(
            {
                "es": "Antecedentes",
                "fr": "Antécédents",
                "de": "Vorerkrankungen",
                "it": "Anamnesi",
                "pt": "Antecedentes",
                "en": "Medical history",
            }[lang],
            3,
        )
        items = {
            "es": ["Diabetes", "Hipertensión", "Asma", "Cardiopatía", "Cirugías previas"],
            "fr": ["Diabète", "Hypertension", "Asthme", "Maladie cardiaque", "Opérations"],
            "de": ["Diabetes", "Bluthochdruck", "Asthma", "Herzerkrankung", "Operationen"],
            "it": ["Diabete", "Ipertensione", "Asma", "Cardiopatia", "Interventi chirurgici"],
            "pt": ["Diabetes", "Hipertensão", "Asma", "Cardiopatia", "Cirurgias"],
            "en": ["Diabetes", "Hypertension", "Asthma", "Heart disease", "Previous surgery"],
        }[lang]
        b.lines([f"[{' ' if blank or ctx.chance(0.7) else 'X'}] {x}" for x in items])
    b.p(consent, small=True)
    b.fields(
        [
            (sign, ""),
            ({"es": "Fecha", "fr": "Date", "de": "Datum", "it": "Data", "pt": "Data", "en": "Date"}[lang], ""),
        ],
        columns=2,
    )
    if ctx.chance(0.5):
        b.rule(dashed=True)
        b.fields(
            [
                (x, "")
                for x in {
                    "es": ["Uso exclusivo del hospital - No. de expediente", "Registró"],
                    "fr": ["Réservé à l'administration - N° IPP", "Saisi par"],
                    "de": ["Nur für die Praxis - Patienten-Nr.", "Aufgenommen von"],
                    "it": ["Spazio riservato - N. cartella", "Operatore"],
                    "pt": ["Uso interno - Nº prontuário", "Atendente"],
                    "en": ["For office use only - Hospital No.", "Registered by", "Registration fee paid"],
                }[lang]
            ],
            columns=2,
        )
    return b.build(None)


# -- discharge papers in other languages ------------------------------------------------------

DISCHARGE_TEXT: dict[str, dict[str, list[str]]] = {
    "es": {
        "reason": [
            "Fiebre, tos productiva y disnea de 5 días de evolución.",
            "Dolor abdominal en hipocondrio derecho con vómitos.",
            "Disnea progresiva y edema de miembros inferiores.",
            "Dolor en fosa iliaca derecha de 24 horas de evolución.",
            "Descompensación hiperglucémica.",
        ],
        "course": [
            "Ingresa a cargo de Medicina Interna. Se inicia antibioterapia empírica con ceftriaxona con buena "
            "respuesta clínica y analítica. Afebril desde el tercer día. Se completa tratamiento por vía oral.",
            "Se realiza colecistectomía laparoscópica sin complicaciones. Postoperatorio favorable, tolera dieta y "
            "deambula sin ayuda.",
            "Se instaura tratamiento diurético intravenoso con pérdida de 4 kg de peso y mejoría de la disnea. "
            "Ecocardiograma con FEVI del 35%. Se ajusta tratamiento.",
            "Evolución satisfactoria. Se retiran sondas y drenajes. Herida quirúrgica sin datos de infección.",
        ],
        "tests": [
            "Analítica: leucocitos 14.500, PCR 98 mg/L, creatinina 1,1 mg/dL.",
            "Radiografía de tórax: condensación en lóbulo inferior derecho.",
            "Ecografía abdominal: colelitiasis con signos de colecistitis.",
            "ECG: ritmo sinusal a 88 lpm, sin alteraciones agudas de la repolarización.",
        ],
        "advice": [
            "Dieta blanda y abundantes líquidos.",
            "Control por su médico de Atención Primaria en 7 días.",
            "Cita en consultas externas de Medicina Interna en 1 mes con analítica.",
            "Acudir a Urgencias si fiebre, dificultad respiratoria o empeoramiento.",
            "Curas de la herida cada 48 horas en su centro de salud. Retirada de grapas a los 10 días.",
        ],
    },
    "pt": {
        "reason": [
            "Febre, tosse produtiva e dispneia há 5 dias.",
            "Dor abdominal em hipocôndrio direito com vômitos.",
            "Dispneia progressiva e edema de membros inferiores.",
            "Hiperglicemia descompensada.",
        ],
        "course": [
            "Paciente internado na enfermaria de Clínica Médica, iniciada antibioticoterapia com ceftriaxona com "
            "boa resposta. Afebril desde o terceiro dia de internação.",
            "Submetido a colecistectomia videolaparoscópica sem intercorrências. Evoluiu bem no pós-operatório.",
            "Realizada diureticoterapia endovenosa com melhora da congestão. Ecocardiograma com FE de 35%.",
        ],
        "tests": [
            "Hemograma: leucócitos 14.500, PCR 98 mg/L, creatinina 1,1 mg/dL.",
            "Raio-X de tórax: consolidação em base direita.",
            "USG de abdome: colelitíase com sinais de colecistite.",
        ],
        "advice": [
            "Retorno ambulatorial em 15 dias com exames.",
            "Procurar o pronto-socorro em caso de febre, falta de ar ou piora.",
            "Dieta leve e hidratação abundante.",
            "Encaminhado à Unidade Básica de Saúde para acompanhamento.",
        ],
    },
    "it": {
        "reason": [
            "Febbre, tosse produttiva e dispnea da 5 giorni.",
            "Dolore addominale in ipocondrio destro con vomito.",
            "Dispnea ingravescente ed edemi declivi.",
            "Scompenso glicemico.",
        ],
        "course": [
            "Durante la degenza è stata impostata terapia antibiotica empirica con ceftriaxone con progressivo "
            "miglioramento clinico e laboratoristico. Apiressia dalla terza giornata.",
            "In data odierna il paziente è stato sottoposto a colecistectomia laparoscopica. Decorso post-operatorio "
            "regolare.",
            "Impostata terapia diuretica e.v. con calo ponderale di 4 kg e miglioramento della dispnea. "
            "Ecocardiogramma: FE 35%.",
        ],
        "tests": [
            "Esami ematochimici: GB 14.500, PCR 98 mg/L, creatinina 1,1 mg/dL.",
            "Rx torace: addensamento basale destro.",
            "Ecografia addome: colelitiasi con segni di colecistite.",
        ],
        "advice": [
            "Controllo clinico presso il Medico Curante entro 7 giorni.",
            "Visita di controllo ambulatoriale tra 1 mese con esami ematici.",
            "Dieta iposodica. Controllo quotidiano del peso.",
            "In caso di febbre o peggioramento rivolgersi al Pronto Soccorso.",
        ],
    },
    "de": {
        "reason": [
            "Fieber, produktiver Husten und Dyspnoe seit 5 Tagen.",
            "Rechtsseitige Oberbauchschmerzen mit Erbrechen.",
            "Zunehmende Belastungsdyspnoe und Beinödeme.",
            "Akuter Thoraxschmerz mit Ausstrahlung in den linken Arm.",
        ],
        "course": [
            "Die stationäre Aufnahme erfolgte über die Zentrale Notaufnahme. Unter kalkulierter antibiotischer "
            "Therapie mit Ceftriaxon kam es zu einer raschen klinischen und laborchemischen Besserung.",
            "Am zweiten Tag erfolgte die laparoskopische Cholezystektomie. Der postoperative Verlauf gestaltete sich "
            "komplikationslos.",
            "Unter intravenöser diuretischer Therapie Gewichtsabnahme von 4 kg und deutliche Besserung der Dyspnoe. "
            "Echokardiographisch LVEF 35 %.",
            "Koronarangiographisch zeigte sich eine hochgradige RIVA-Stenose, die mittels DES versorgt wurde.",
        ],
        "tests": [
            "Labor bei Aufnahme: Leukozyten 14,5 /nl, CRP 98 mg/l, Kreatinin 1,1 mg/dl.",
            "Röntgen-Thorax: Infiltrat rechts basal.",
            "Sonographie Abdomen: Cholezystolithiasis mit Wandverdickung.",
            "EKG: Sinusrhythmus, HF 88/min, keine Erregungsrückbildungsstörungen.",
        ],
        "advice": [
            "Wir bitten um Kontrolle der Entzündungswerte und Elektrolyte in einer Woche.",
            "Wiedervorstellung in unserer Ambulanz in 6 Wochen.",
            "Fortführung der dualen Thrombozytenaggregationshemmung für 12 Monate.",
            "Fadenzug am 10. postoperativen Tag durch den Hausarzt.",
        ],
    },
    "nl": {
        "reason": ["Koorts, hoesten en kortademigheid sinds 5 dagen.", "Pijn rechts in de bovenbuik met braken."],
        "course": [
            "Patiënt werd opgenomen op de afdeling Interne Geneeskunde en behandeld met intraveneuze antibiotica. "
            "Hierop klinisch en biochemisch snel herstel.",
            "Op dag 2 werd een laparoscopische cholecystectomie verricht. Ongecompliceerd postoperatief beloop.",
        ],
        "tests": ["Lab: leuko 14,5, CRP 98, kreatinine 88.", "X-thorax: infiltraat rechter onderkwab."],
        "advice": [
            "Controle op de polikliniek over 6 weken.",
            "Graag controle nierfunctie via de huisarts over 1 week.",
        ],
    },
}
DISCHARGE_HEADINGS: dict[str, dict[str, list[str]]] = {
    "es": {
        "title": [
            "INFORME DE ALTA HOSPITALARIA",
            "Informe de alta",
            "EPICRISIS",
            "Resumen de egreso",
            "Nota de egreso",
            "Informe clínico de alta",
        ],
        "admit": ["Fecha de ingreso"],
        "discharge": ["Fecha de alta", "Fecha de egreso"],
        "reason": ["Motivo de ingreso", "Motivo de internación"],
        "history": ["Antecedentes personales", "Antecedentes"],
        "tests": ["Pruebas complementarias", "Exámenes paraclínicos", "Estudios realizados"],
        "course": ["Evolución", "Evolución y comentarios", "Resumen de la evolución"],
        "dx": ["Diagnóstico principal", "Diagnósticos al alta", "Diagnósticos de egreso", "Juicio clínico"],
        "meds": ["Tratamiento al alta", "Tratamiento farmacológico", "Plan de manejo y tratamiento"],
        "advice": ["Recomendaciones", "Indicaciones al alta", "Recomendaciones para vigilancia ambulatoria"],
        "condition": ["Motivo del alta", "Motivo de egreso", "Destino al alta", "Condición al egreso"],
    },
    "pt": {
        "title": ["SUMÁRIO DE ALTA", "Resumo de Alta", "Relatório de Alta Hospitalar", "Nota de Alta"],
        "admit": ["Data de internação", "Data de admissão"],
        "discharge": ["Data da alta"],
        "reason": ["Motivo da internação", "Motivo de admissão"],
        "history": ["Antecedentes", "Comorbidades"],
        "tests": ["Exames complementares", "Exames realizados"],
        "course": ["Evolução clínica", "Resumo da internação"],
        "dx": ["Diagnóstico principal (CID-10)", "Diagnósticos de alta", "Diagnóstico final"],
        "meds": ["Prescrição de alta", "Medicações em uso na alta", "Medicação"],
        "advice": ["Orientações", "Plano pós-alta", "Encaminhamentos"],
        "condition": ["Condições de alta", "Tipo de alta"],
    },
    "it": {
        "title": ["LETTERA DI DIMISSIONE", "Lettera di dimissione ospedaliera", "Relazione clinica di dimissione"],
        "admit": ["Data di ricovero", "Ricoverato/a il"],
        "discharge": ["Data di dimissione", "Dimesso/a il"],
        "reason": ["Motivo del ricovero"],
        "history": ["Anamnesi", "Anamnesi patologica remota"],
        "tests": ["Esami eseguiti", "Accertamenti"],
        "course": ["Decorso clinico", "Decorso"],
        "dx": ["Diagnosi di dimissione", "Diagnosi principale"],
        "meds": ["Terapia consigliata alla dimissione", "Terapia domiciliare"],
        "advice": ["Si consiglia", "Indicazioni", "Controlli"],
        "condition": ["Condizioni alla dimissione", "Modalità di dimissione"],
    },
}
DISCHARGE_CONDITION = {
    "es": [
        "Mejoría",
        "Domicilio, por mejoría",
        "Curación",
        "Alta voluntaria",
        "Traslado a otro centro",
        "Máximo beneficio",
    ],
    "pt": ["Alta melhorada", "Alta curada", "Alta a pedido", "Transferência"],
    "it": ["Dimissione ordinaria al domicilio", "Trasferimento in RSA", "Condizioni cliniche stabili"],
}


def discharge_summary_informe_alta(rng: random.Random) -> SyntheticDocument:
    """Spanish, Latin-American, Portuguese, Brazilian and Italian hospital discharge reports: informe de alta,
    epicrisis, nota de egreso, sumário de alta, lettera di dimissione; stay dates, course, final diagnoses,
    discharge treatment and follow-up."""
    lang = rng.choice(["es", "es", "es", "pt", "pt", "it", "it"])
    ctx = _ctx_for(rng, lang)
    b = start("discharge_summary", ctx)
    words, text = DISCHARGE_HEADINGS[lang], DISCHARGE_TEXT[lang]
    admit = ctx.day()
    out = ctx.later(admit, 2, 21)
    dept = department_name(
        ctx, ctx.pick(["Internal Medicine", "Cardiology", "Gastroenterology", "Neurology", "Urology"]), lang
    )
    unit = {
        "es": ["Servicio de", "Departamento de"],
        "pt": ["Serviço de", "Clínica de"],
        "it": ["Unità Operativa di", "U.O.C.", "Reparto di"],
    }[lang]
    head = [_facility(ctx, lang), f"{ctx.pick(unit)} {dept}"]
    if lang == "it" and ctx.chance(0.6):
        head.append(f"Direttore: Prof. {clean_name(ctx.person())}")
    b.lines(head, bold=True, align=ctx.pick(["left", "center"]))
    title = ctx.pick(words["title"])
    b.h(title, 1, "center")
    female = ctx.chance(0.5)
    patient = gendered_person(ctx, female)
    ids = {
        "es": ["NHC", "Historia clínica", "No. de expediente", "CIP"],
        "pt": ["Prontuário", "Registro", "Nº utente"],
        "it": ["N. nosologico", "Codice fiscale", "N. SDO"],
    }[lang]
    pairs = [
        ({"es": "Paciente", "pt": "Paciente", "it": "Paziente"}[lang], patient),
        (
            {"es": "Fecha de nacimiento", "pt": "Data de nascimento", "it": "Data di nascita"}[lang],
            intl_date(ctx, ctx.birth_date(1, 95)),
        ),
        (ctx.pick(ids), ctx.code(ctx.pick(["#######", "########", "??#######"]))),
        (ctx.pick(words["admit"]), intl_date(ctx, admit)),
        (ctx.pick(words["discharge"]), intl_date(ctx, out)),
    ]
    if ctx.chance(0.6):
        pairs.append(
            (
                {"es": "Médico responsable", "pt": "Médico assistente", "it": "Medico di reparto"}[lang],
                clean_doctor(ctx),
            )
        )
    if ctx.chance(0.4):
        pairs.append(({"es": "Cama", "pt": "Leito", "it": "Letto"}[lang], str(ctx.randint(1, 40))))
    b.fields(pairs, columns=ctx.pick([1, 2, 2]))
    if lang == "it" and ctx.chance(0.6):
        b.p(
            f"Gentile Collega, si dimette in data odierna {'la Sig.ra' if female else 'il Sig.'} {patient}, "
            f"{'ricoverata' if female else 'ricoverato'} presso il nostro reparto dal {intl_date(ctx, admit)} "
            f"al {intl_date(ctx, out)} per "
            f"{ctx.pick(text['reason']).lower().rstrip('.')}."
        )
    dx = _dx_i18n(ctx, lang, 1, 3)
    sections: list[tuple[str, list[str]]] = [
        (ctx.pick(words["reason"]), [ctx.pick(text["reason"])]),
        (ctx.pick(words["history"]), [ctx.pick(RECORD_TEXT.get(lang, RECORD_TEXT["es"])["history"])]),
        (ctx.pick(words["tests"]), ctx.some(text["tests"], 1, 3)),
        (ctx.pick(words["course"]), [" ".join(ctx.some(text["course"], 1, 2))]),
        (ctx.pick(words["dx"]), [f"{i}. {d}" for i, d in enumerate(dx, 1)]),
        (ctx.pick(words["meds"]), _meds_i18n(ctx, lang, 2, 5)),
        (ctx.pick(words["advice"]), ctx.some(text["advice"], 1, 3)),
        (ctx.pick(words["condition"]), [ctx.pick(DISCHARGE_CONDITION[lang])]),
    ]
    short = ctx.chance(0.3)
    if short:
        sections = [sections[0], sections[3], sections[4], sections[5], sections[6]]
    elif ctx.chance(0.4):
        sections.insert(3, sections.pop(4))  # diagnoses before the course, as many hospitals print them
    for heading, paras in sections:
        b.h(heading.upper() if ctx.chance(0.4) else heading, 3)
        if len(paras) > 1:
            b.lines(paras)
        else:
            b.paras(paras)
    sign = {
        "es": ["Firma del médico", "Fdo.:"],
        "pt": ["Assinatura e carimbo do médico"],
        "it": ["Il Medico", "Il Direttore"],
    }[lang]
    b.lines([f"{ctx.pick(sign)} {clean_doctor(ctx)}", intl_date(ctx, out)], align="right")
    return b.build(None)


def discharge_summary_arztbrief(rng: random.Random) -> SyntheticDocument:
    """German, Austrian and Swiss discharge letters (Entlassungsbrief, Arztbrief, Austrittsbericht, Epikrise)
    and Dutch 'ontslagbrieven': letter to the GP with stay dates, diagnoses, course, discharge medication plan."""
    lang = rng.choice(["de", "de", "de", "nl"])
    ctx = _ctx_for(rng, lang)
    b = start("discharge_summary", ctx)
    text = DISCHARGE_TEXT[lang]
    admit = ctx.day()
    out = ctx.later(admit, 2, 18)
    female, gp_female = ctx.chance(0.5), ctx.chance(0.5)
    patient = gendered_person(ctx, female)
    born = ctx.date(ctx.birth_date(18, 95))
    gp = gendered_person(ctx, gp_female)
    if lang == "nl":
        b.lines(
            [
                _facility(ctx, "nl"),
                f"Afdeling {ctx.pick(['Interne Geneeskunde', 'Cardiologie', 'Longziekten', 'Chirurgie'])}",
            ],
            bold=True,
        )
        b.lines([f"Aan: dokter {gp}, huisarts", ctx.address()])
        b.h(ctx.pick(["Ontslagbrief", "ONTSLAGBRIEF", "Voorlopige ontslagbrief"]), 1)
        b.fields(
            [
                ("Betreft", patient),
                ("Geboortedatum", born),
                ("Opnamedatum", ctx.date(admit)),
                ("Ontslagdatum", ctx.date(out)),
            ],
            columns=2,
        )
        b.p(
            f"Geachte collega, hierbij berichten wij u over uw patiënt(e), die van {ctx.date(admit)} tot "
            f"{ctx.date(out)} in ons ziekenhuis was opgenomen."
        )
        for heading, body in [
            ("Reden van opname", ctx.pick(text["reason"])),
            (
                "Diagnose",
                ctx.pick(
                    ["Pneumonie rechter onderkwab", "Acute cholecystitis", "Decompensatio cordis", "Exacerbatie COPD"]
                ),
            ),
            ("Aanvullend onderzoek", " ".join(text["tests"])),
            ("Beloop", ctx.pick(text["course"])),
            (
                "Medicatie bij ontslag",
                "; ".join(
                    ctx.some(
                        [
                            "Amoxicilline/clavulaanzuur 500/125 mg 3dd1 nog 5 dagen",
                            "Paracetamol 1000 mg 4dd1 zo nodig",
                            "Furosemide 40 mg 1dd1",
                            "Metoprolol 50 mg 1dd1",
                            "Omeprazol 20 mg 1dd1",
                            "Apixaban 5 mg 2dd1",
                        ],
                        2,
                        4,
                    )
                ),
            ),
            ("Beleid", " ".join(text["advice"])),
        ]:
            b.h(heading, 3)
            b.p(body)
        b.lines(
            [
                "Met collegiale groet,",
                f"{clean_name(ctx.person())}, internist",
                f"{clean_name(ctx.person())}, arts-assistent",
            ]
        )
        return b.build(None, "letter")
    swiss, austrian = ctx.locale == "de_CH", ctx.locale == "de_AT"
    clinic = ctx.pick(
        [
            "Innere Medizin",
            "Kardiologie",
            "Gastroenterologie",
            "Pneumologie",
            "Allgemein- und Viszeralchirurgie",
            "Unfallchirurgie",
        ]
    )
    b.lines(
        [
            _facility(ctx, "de"),
            f"{ctx.pick(['Klinik für', 'Abteilung für', 'Medizinische Klinik II -'])} {clinic}",
            f"{ctx.pick(['Chefarzt', 'Direktor', 'Leitung'])}: Prof. Dr. med. {clean_name(ctx.person())}",
        ],
        bold=True,
        align="right",
    )
    b.lines(
        [
            f"{'Frau' if gp_female else 'Herrn'} Dr. med. {gp}",
            ctx.pick(["Fachärztin für Allgemeinmedizin", "Fachärztin für Innere Medizin", "Praxis"])
            if gp_female
            else ctx.pick(["Facharzt für Allgemeinmedizin", "Facharzt für Innere Medizin", "Praxis"]),
            ctx.address(),
        ]
    )
    b.p(f"{ctx.city()}, {ctx.date(out)}", align="right")
    title = ctx.pick(
        ["Austrittsbericht", "Entlassungsbericht"]
        if swiss
        else ["Entlassungsbrief", "Arztbrief", "Vorläufiger Entlassungsbrief", "Epikrise", "Entlassungsbericht"]
    )
    b.h(title, 1)
    greeting = ctx.pick(
        [
            "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,",
            "Liebe Kollegin, lieber Kollege,",
            "Sehr geehrte Damen und Herren,",
        ]
    )
    b.p(
        f"{greeting} wir berichten über {'Ihre Patientin' if female else 'Ihren Patienten'} {patient}, geb. {born}, "
        f"{ctx.pick(['die sich', 'welche sich'] if female else ['der sich', 'welcher sich'])} vom {ctx.date(admit)} "
        f"bis {ctx.date(out)} in unserer stationären Behandlung befand."
    )
    dx = ctx.some(DIAGNOSES_I18N["de"], 2, 4)
    b.h("Diagnosen", 3)
    b.lines([f"- {d} ({c})" if ctx.chance(0.6) else f"- {d}" for d, c in dx[:1]])
    if len(dx) > 1:
        b.h(ctx.pick(["Nebendiagnosen", "Weitere Diagnosen", "Vorerkrankungen"]), 3)
        b.lines([f"- {d}" for d, _ in dx[1:]])
    sections = [
        ("Anamnese", ctx.pick(text["reason"]) + " " + ctx.pick(RECORD_TEXT["de"]["history"])),
        (
            ctx.pick(["Aufnahmebefund", "Körperlicher Untersuchungsbefund"]),
            _vitals_i18n(ctx, "de") + ". " + ctx.pick(RECORD_TEXT["de"]["exam"]),
        ),
        (ctx.pick(["Befunde", "Diagnostik", "Labor und Bildgebung"]), " ".join(ctx.some(text["tests"], 1, 3))),
        (
            ctx.pick(["Therapie und Verlauf", "Verlauf", "Epikrise", "Beurteilung und Verlauf"]),
            " ".join(ctx.some(text["course"], 1, 2)),
        ),
    ]
    if ctx.chance(0.3):
        sections = [sections[0], sections[3]]
    for heading, body in sections:
        b.h(heading, 3)
        b.p(body)
    b.h(ctx.pick(["Medikation bei Entlassung", "Entlassungsmedikation", "Empfohlene Medikation"]), 3)
    rows = []
    for med, sig in ctx.some(MEDS_I18N["de"], 2, 7):
        parts = sig.split("-")
        if len(parts) == 3 and all(p.strip().isdigit() for p in parts):
            rows.append([med, *parts, "0", ""])
        else:
            rows.append([med, "", "", "", "", sig])
    b.table(["Präparat", "morgens", "mittags", "abends", "nachts", "Bemerkung"], rows)
    b.h(ctx.pick(["Procedere", "Empfehlungen", "Weiteres Procedere"]), 3)
    b.lines(ctx.some(text["advice"], 1, 3))
    b.p(
        ctx.pick(
            [
                f"Wir entlassen {'die Patientin' if female else 'den Patienten'} in gutem Allgemeinzustand nach Hause.",
                "Entlassung in die Anschlussheilbehandlung (AHB).",
                f"{'Die Patientin' if female else 'Der Patient'} wird in stabilem Zustand nach Hause entlassen.",
            ]
        )
    )
    b.lines(
        [
            "Mit freundlichen kollegialen Grüßen",
            f"Prof. Dr. med. {clean_name(ctx.person())}",
            ctx.pick(["Chefarzt", "Primar", "Chefärztin"]) if austrian else ctx.pick(["Chefarzt", "Chefärztin"]),
            f"Dr. med. {clean_name(ctx.person())}, {ctx.pick(['Oberarzt', 'Oberärztin', 'Leitender Arzt'])}",
            f"{clean_name(ctx.person())}, {ctx.pick(['Assistenzarzt', 'Assistenzärztin', 'Stationsarzt'])}",
        ]
    )
    return b.build(None, "letter")


SHORT_DISCHARGE = {
    "in": (
        "en_IN",
        ["DISCHARGE CARD", "DISCHARGE TICKET", "Discharge Slip"],
        ["IP No.", "Ward", "Bed No.", "UHID"],
        ["Cured", "Improved", "LAMA", "DAMA", "Referred", "Expired"],
    ),
    "ng": (
        "en_GB",
        ["DISCHARGE SUMMARY FORM", "Discharge Form", "INPATIENT DISCHARGE NOTE"],
        ["Hospital No.", "Ward", "Unit", "NHIS No."],
        ["Discharged home", "Discharged against medical advice", "Absconded", "Referred", "Died"],
    ),
    "ke": (
        "en_GB",
        ["DISCHARGE SUMMARY", "Inpatient Discharge Form", "DISCHARGE NOTE"],
        ["IP No.", "Ward", "NHIF No.", "SHA No."],
        ["Discharged home", "Discharged against medical advice", "Referred", "Died"],
    ),
    "ph": (
        "en_US",
        ["CLINICAL ABSTRACT / DISCHARGE SUMMARY", "Discharge Summary"],
        ["Hospital No.", "Room", "PhilHealth No.", "Attending"],
        ["Recovered", "Improved", "Unimproved", "HAMA", "Transferred", "Died"],
    ),
    "ae": (
        "en_GB",
        ["DISCHARGE REPORT", "Discharge Summary"],
        ["MRN", "Ward", "Room", "Emirates ID"],
        ["Stable", "Improved", "Against medical advice", "Transferred"],
    ),
    "es": (
        "es_MX",
        ["HOJA DE ALTA", "Boleta de alta", "Resumen clínico de egreso"],
        ["No. de expediente", "Servicio", "Cama", "NSS"],
        ["Mejoría", "Curación", "Alta voluntaria", "Traslado", "Defunción"],
    ),
    "fr": (
        "fr_FR",
        ["FICHE DE SORTIE", "Bulletin de sortie d'hospitalisation", "Compte rendu de sortie"],
        ["N° IPP", "Service", "Chambre", "N° de séjour"],
        ["Retour à domicile", "Transfert", "Sortie contre avis médical", "Décès"],
    ),
}


def discharge_summary_short_form(rng: random.Random) -> SyntheticDocument:
    """Short printed discharge cards and slips, often hand-filled: stay dates, final diagnosis, condition or
    outcome at discharge (improved, LAMA/DAMA, referred), discharge medicines, follow-up date."""
    kind = rng.choice(list(SHORT_DISCHARGE))
    locale, titles, ids, outcomes = SHORT_DISCHARGE[kind]
    ctx = Ctx(rng, locale)
    b = start("discharge_summary", ctx)
    lang = ctx.lang
    t = {
        "en": [
            "Name",
            "Age/Sex",
            "Date of admission",
            "Date of discharge",
            "Final diagnosis",
            "Treatment given",
            "Condition at discharge",
            "Medicines on discharge",
            "Follow-up",
            "Discharging doctor",
        ],
        "es": [
            "Nombre",
            "Edad/Sexo",
            "Fecha de ingreso",
            "Fecha de egreso",
            "Diagnóstico de egreso",
            "Tratamiento recibido",
            "Motivo de egreso",
            "Medicamentos al alta",
            "Cita de control",
            "Médico que egresa",
        ],
        "fr": [
            "Nom",
            "Âge/Sexe",
            "Date d'entrée",
            "Date de sortie",
            "Diagnostic de sortie",
            "Traitement reçu",
            "Mode de sortie",
            "Traitement de sortie",
            "Rendez-vous de suivi",
            "Médecin",
        ],
    }[lang]
    fac = {
        "in": f"{ctx.pick(['Government', 'District', 'Civil'])} Hospital, {ctx.city()}",
        "ng": ctx.pick(["Federal Medical Centre", "General Hospital", "State Specialist Hospital", "Teaching Hospital"])
        + f", {ctx.pick(['Owerri', 'Abeokuta', 'Kano', 'Enugu', 'Jos'])}",
        "ke": ctx.pick(["County Referral Hospital", "Sub-County Hospital", "Teaching and Referral Hospital"])
        + f", {ctx.pick(['Kisumu', 'Nakuru', 'Machakos', 'Kakamega', 'Nyeri'])}",
        "ph": f"{ctx.pick(['Provincial', 'District', 'Medical Center of'])} {ctx.city()}",
        "ae": f"{ctx.pick(['Al Qassimi', 'Al Kuwait', 'Tawam', 'Al Rahba'])} Hospital",
        "es": ctx.pick(["Hospital General", "Hospital Regional", "Hospital Civil"]) + f" de {ctx.city()}",
        "fr": f"Centre Hospitalier de {ctx.city()}",
    }[kind]
    address = {
        "ng": f"P.M.B. {ctx.digits(4)}, {fac.rsplit(', ', 1)[-1]}",
        "ke": f"P.O. Box {ctx.digits(3)}-{ctx.digits(5)}, {fac.rsplit(', ', 1)[-1]}",
        "ae": f"P.O. Box {ctx.digits(5)}, {ctx.pick(['Sharjah', 'Dubai', 'Al Ain', 'Abu Dhabi'])}, UAE",
    }.get(kind) or ctx.address()
    top = [fac, address]
    if kind in ("ng", "ke") and ctx.chance(0.5):
        top.insert(0, "Federal Ministry of Health" if kind == "ng" else "Ministry of Health - Republic of Kenya")
    if kind == "ae" and ctx.chance(0.6):
        top.append(arabic_line(ctx, "المستشفى"))
    b.lines(top, align="center", bold=True)
    b.h(ctx.pick(titles), 2, "center")
    blank = ctx.chance(0.2)
    hand = not blank and ctx.chance(0.65)
    admit = ctx.day()
    out = ctx.later(admit, 1, 15)
    dx = ctx.pick(DIAGNOSES)[0] if lang == "en" else ctx.pick(DIAGNOSES_I18N[lang])[0]
    meds = [drug_line(ctx, d, "in") for d in ctx.some(DRUGS, 1, 4)] if lang == "en" else _meds_i18n(ctx, lang, 1, 3)
    female = ctx.chance(0.5)
    patient = {"ng": african_person(ctx, "en"), "ke": african_person(ctx, "en"), "ae": arab_person(ctx, female=female)}
    values = [
        patient.get(kind) or gendered_person(ctx, female),
        f"{ctx.randint(1, 90)}/{'F' if female else 'M'}",
        ctx.date(admit),
        ctx.date(out),
        dx,
        ctx.pick(
            [
                "IV antibiotics, IV fluids",
                "Conservative management",
                "Surgery done",
                "Blood transfusion, supportive care",
            ]
            if lang == "en"
            else ["Manejo médico", "Tratamiento quirúrgico"]
            if lang == "es"
            else ["Antibiothérapie IV", "Traitement médical"]
        ),
        "",
        "; ".join(meds),
        ctx.pick(
            ["after 1 week", "after 2 weeks in OPD", "with reports", "next clinic day"]
            if lang == "en"
            else ["en 7 días", "en 15 días"]
            if lang == "es"
            else ["dans 15 jours"]
        ),
        clean_doctor(ctx),
    ]
    pairs = list(zip(t[:6], values[:6], strict=True))
    pairs[2:2] = [(label, ctx.code(ctx.pick(["######", "##/####", "??-####"]))) for label in ctx.some(ids, 1, 3)]
    b.fields([(k, "" if blank else v) for k, v in pairs], columns=ctx.pick([1, 2]), hand=hand)
    chosen = ctx.pick(outcomes)
    b.lines([f"{t[6]}:  " + "   ".join(f"[{'X' if o == chosen and not blank else ' '}] {o}" for o in outcomes)])
    b.fields([(k, "" if blank else v) for k, v in zip(t[7:], values[7:], strict=True)], hand=hand)
    b.lines([{"en": "Signature", "es": "Firma", "fr": "Signature"}[lang] + ": ____________"], align="right")
    if kind in ("in", "ng") and ctx.chance(0.5):
        b.p(
            ctx.pick(
                [
                    "In case of emergency report to casualty.",
                    "Bring this card on every follow-up visit.",
                    "Not valid for medico-legal purposes.",
                ]
            ),
            small=True,
        )
    return b.build(None, "handwritten" if hand else "page")


# Inpatient problems with what a hospitalist writes about them in a problem-based course.
INPATIENT_PROBLEMS = [
    (
        "Community-acquired pneumonia",
        "J18.9",
        "treated with IV ceftriaxone and azithromycin, transitioned to oral cefpodoxime on day 3; blood cultures "
        "no growth; weaned to room air.",
    ),
    (
        "Acute on chronic systolic heart failure",
        "I50.23",
        "diuresed with IV furosemide, net -3.5 L, weight down 4 kg; discharged on oral furosemide 40 mg daily.",
    ),
    (
        "Atrial fibrillation with rapid ventricular response",
        "I48.91",
        "rate controlled with IV then oral metoprolol; CHA2DS2-VASc 4, started apixaban.",
    ),
    (
        "Sepsis due to urinary tract infection",
        "A41.9",
        "met SIRS criteria on arrival; fluid resuscitated, ceftriaxone narrowed per urine culture (E. coli).",
    ),
    (
        "Acute kidney injury",
        "N17.9",
        "prerenal; creatinine peaked at 2.4 and improved to 1.2 with IV fluids; ACE inhibitor held.",
    ),
    (
        "Type 2 diabetes mellitus with hyperglycemia",
        "E11.65",
        "metformin held, basal-bolus insulin started; A1c 9.8%; diabetes education completed.",
    ),
    (
        "COPD exacerbation",
        "J44.1",
        "treated with prednisone 40 mg x 5 days, nebulized bronchodilators and doxycycline.",
    ),
    (
        "NSTEMI",
        "I21.4",
        "troponin peaked at 2.1; heparin drip, cardiac catheterization with DES to the LAD; on DAPT.",
    ),
    (
        "Cellulitis of left lower extremity",
        "L03.116",
        "IV cefazolin with improving erythema; transitioned to oral cephalexin.",
    ),
    (
        "Acute cholecystitis",
        "K81.0",
        "laparoscopic cholecystectomy on hospital day 2 by general surgery; diet advanced and tolerated.",
    ),
    (
        "Essential hypertension",
        "I10",
        "BP elevated on admission, improved with resumption of home medications.",
    ),
    ("Hypokalemia", "E87.6", "repleted orally; magnesium normal."),
    (
        "Syncope",
        "R55",
        "telemetry without arrhythmia, orthostatic vitals positive; echo normal; likely vasovagal.",
    ),
]


def discharge_summary_problem_based(rng: random.Random) -> SyntheticDocument:
    """EHR-generated discharge summaries organised by problem: principal and secondary hospital problems,
    hospital course by problem, discharge exam and labs, code status, disposition, pending results,
    medication reconciliation (start/change/stop) and follow-up appointments."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA", "en_AU", "en_GB"]))
    b = start("discharge_summary", ctx)
    admit = ctx.day()
    out = ctx.later(admit, 1, 12)
    b.lines(
        [
            hospital(ctx),
            ctx.pick(["Hospital Medicine", "Internal Medicine Service", "Hospitalist Service", "Cardiology Service"]),
        ],
        bold=True,
    )
    b.h(ctx.pick(["Discharge Summary", "Hospitalist Discharge Summary", "Physician Discharge Summary"]), 1)
    b.fields(
        [
            ("Patient", clean_name(ctx.person())),
            ("MRN", ctx.digits(8)),
            ("Admit date", ctx.date(admit)),
            ("Discharge date", ctx.date(out)),
            ("Admitting physician", doctor(ctx)),
            ("Discharging physician", doctor(ctx)),
            ("PCP", doctor(ctx)),
            ("LOS", f"{(out - admit).days} days"),
        ],
        columns=2,
    )
    problems = ctx.some(INPATIENT_PROBLEMS, 2, 5)
    b.h("Principal Problem", 3)
    b.p(f"{problems[0][0]} ({problems[0][1]})")
    b.h(ctx.pick(["Active Hospital Problems", "Secondary Diagnoses"]), 3)
    b.table(["Diagnosis", "Code", "POA"], [[d, c, ctx.pick(["Yes", "Yes", "No"])] for d, c, _ in problems[1:]])
    if ctx.chance(0.4):
        b.h("Resolved Hospital Problems", 3)
        b.p(ctx.pick(["Hypokalemia", "Acute kidney injury, resolved", "Hyponatremia", "None"]))
    b.h(ctx.pick(["Hospital Course by Problem", "Hospital Course"]), 3)
    for d, _, course in problems[:3]:
        b.p(f"# {d}: {course}")
    b.h("Discharge Exam", 3)
    b.p("; ".join(f"{k} {v}" for k, v in vitals(ctx)[:5]) + ". " + " ".join(ctx.some(EXAM, 1, 3)))
    if ctx.chance(0.6):
        b.h("Discharge Labs", 3)
        b.table(
            ["Test", "Admission", "Discharge"],
            [
                ["WBC", f"{ctx.amount(11, 19):.1f}", f"{ctx.amount(5, 10):.1f}"],
                ["Creatinine", f"{ctx.amount(1.2, 2.6):.2f}", f"{ctx.amount(0.7, 1.3):.2f}"],
                ["Sodium", str(ctx.randint(126, 134)), str(ctx.randint(135, 141))],
            ],
        )
    b.fields(
        [
            ("Code status", ctx.pick(["Full code", "DNR/DNI", "Full code"])),
            ("Condition at discharge", ctx.pick(["Stable", "Improved", "Good"])),
            ("Disposition", ctx.pick(["Home", "Home with home health", "Skilled nursing facility", "Acute rehab"])),
            ("Diet", ctx.pick(["Cardiac, 2 g sodium", "Consistent carbohydrate", "Regular"])),
            ("Activity", ctx.pick(["As tolerated", "No lifting > 10 lb for 2 weeks", "Walker at all times"])),
            ("Pending results", ctx.pick(["Final blood cultures", "None", "Pathology report"])),
        ]
    )
    b.h(ctx.pick(["Discharge Medications", "Medication Reconciliation"]), 3)
    b.table(
        ["Action", "Medication", "Instructions"],
        [
            [ctx.pick(["START", "CHANGE", "CONTINUE", "STOP"]), f"{d.name} {ctx.pick(d.strengths)}", ctx.pick(d.sigs)]
            for d in ctx.some(DRUGS, 3, 7)
        ],
    )
    b.h("Follow-up", 3)
    b.lines(
        [
            f"{doctor(ctx)} ({ctx.pick(SPECIALTIES)}) in {ctx.pick(['3-5 days', '1 week', '2 weeks'])}"
            for _ in range(ctx.randint(1, 3))
        ]
    )
    b.p(
        f"Time spent on discharge: {ctx.pick(['> 30 minutes', '35 minutes', '< 30 minutes'])}. "
        f"Electronically signed by {doctor(ctx)} {ctx.date(out)}.",
        small=True,
    )
    return b.build(None)


TEMPLATES: TemplateTable = {
    "medical_record": [
        medical_record_intake,
        medical_record_progress_note,
        medical_record_history_physical,
        medical_record_emergency,
        medical_record_immunization,
        medical_record_consult_letter,
        medical_record_opd_card,
        medical_record_fr_de,
        medical_record_nursing_notes,
        medical_record_patient_chart,
        medical_record_health_questionnaire,
        medical_record_physical_exam_form,
        medical_record_historia_clinica,
        medical_record_ehr_summary,
        medical_record_progress_sheet,
        medical_record_registration_form,
    ],
    "discharge_summary": [
        discharge_summary_us,
        discharge_summary_india,
        discharge_summary_patient_instructions,
        discharge_summary_uk_letter,
        discharge_summary_fr_de,
        discharge_summary_surgical,
        discharge_summary_brief,
        discharge_summary_informe_alta,
        discharge_summary_arztbrief,
        discharge_summary_short_form,
        discharge_summary_problem_based,
    ],
}
