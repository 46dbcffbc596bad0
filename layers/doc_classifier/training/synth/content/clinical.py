"""Clinical records: patient intake forms, progress notes, history and physicals, ED records, immunization
records, consultation letters, OPD cards; and discharge summaries from the US, India, the UK, France and Germany."""

from __future__ import annotations

import random

from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.content.medical_vocab import (
    DIAGNOSES,
    DRUGS,
    SPECIALTIES,
    doctor,
    drug_line,
    hospital,
    vitals,
)
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.model import SyntheticDocument

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
    ],
    "discharge_summary": [
        discharge_summary_us,
        discharge_summary_india,
        discharge_summary_patient_instructions,
        discharge_summary_uk_letter,
        discharge_summary_fr_de,
        discharge_summary_surgical,
        discharge_summary_brief,
    ],
}
