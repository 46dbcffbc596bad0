"""Laboratory reports: US reference-lab panels, Indian pathology labs, urinalysis, microbiology culture,
PCR tests, histopathology, and French/German lab results."""

from __future__ import annotations

import random
from dataclasses import dataclass

from training.synth.content.common import TemplateTable, start
from training.synth.content.medical_vocab import doctor, hospital
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "lab_report"


@dataclass(frozen=True)
class Analyte:
    name: str
    unit: str
    low: float
    high: float
    decimals: int = 1


PANELS: dict[str, list[Analyte]] = {
    "Complete Blood Count (CBC)": [
        Analyte("Hemoglobin", "g/dL", 12.0, 17.5),
        Analyte("Hematocrit", "%", 36, 50),
        Analyte("RBC Count", "x10^6/uL", 4.2, 5.9, 2),
        Analyte("WBC Count", "x10^3/uL", 4.0, 11.0),
        Analyte("Platelet Count", "x10^3/uL", 150, 450, 0),
        Analyte("MCV", "fL", 80, 100),
        Analyte("MCH", "pg", 27, 33),
        Analyte("MCHC", "g/dL", 32, 36),
        Analyte("RDW", "%", 11.5, 14.5),
        Analyte("Neutrophils", "%", 40, 75, 0),
        Analyte("Lymphocytes", "%", 20, 45, 0),
        Analyte("Monocytes", "%", 2, 10, 0),
        Analyte("Eosinophils", "%", 1, 6, 0),
        Analyte("Basophils", "%", 0, 1, 0),
    ],
    "Comprehensive Metabolic Panel": [
        Analyte("Glucose, Fasting", "mg/dL", 70, 99, 0),
        Analyte("BUN", "mg/dL", 7, 20, 0),
        Analyte("Creatinine", "mg/dL", 0.6, 1.3, 2),
        Analyte("eGFR", "mL/min/1.73m2", 60, 120, 0),
        Analyte("Sodium", "mmol/L", 136, 145, 0),
        Analyte("Potassium", "mmol/L", 3.5, 5.1),
        Analyte("Chloride", "mmol/L", 98, 107, 0),
        Analyte("Carbon Dioxide (CO2)", "mmol/L", 22, 29, 0),
        Analyte("Calcium", "mg/dL", 8.6, 10.3),
        Analyte("Total Protein", "g/dL", 6.0, 8.3),
        Analyte("Albumin", "g/dL", 3.5, 5.0),
        Analyte("Bilirubin, Total", "mg/dL", 0.1, 1.2),
        Analyte("Alkaline Phosphatase", "U/L", 44, 147, 0),
        Analyte("AST (SGOT)", "U/L", 10, 40, 0),
        Analyte("ALT (SGPT)", "U/L", 7, 56, 0),
    ],
    "Lipid Profile": [
        Analyte("Total Cholesterol", "mg/dL", 125, 200, 0),
        Analyte("Triglycerides", "mg/dL", 40, 150, 0),
        Analyte("HDL Cholesterol", "mg/dL", 40, 60, 0),
        Analyte("LDL Cholesterol (calc)", "mg/dL", 0, 100, 0),
        Analyte("VLDL Cholesterol", "mg/dL", 5, 40, 0),
        Analyte("Non-HDL Cholesterol", "mg/dL", 0, 130, 0),
        Analyte("Chol/HDL Ratio", "ratio", 0, 5.0),
    ],
    "Thyroid Function Test": [
        Analyte("TSH", "uIU/mL", 0.45, 4.5, 2),
        Analyte("Free T4", "ng/dL", 0.8, 1.8, 2),
        Analyte("Total T3", "ng/dL", 80, 200, 0),
    ],
    "Diabetes Panel": [
        Analyte("Hemoglobin A1c", "%", 4.0, 5.6),
        Analyte("Estimated Average Glucose", "mg/dL", 70, 126, 0),
        Analyte("Fasting Blood Sugar", "mg/dL", 70, 100, 0),
        Analyte("Post Prandial Blood Sugar", "mg/dL", 70, 140, 0),
    ],
    "Liver Function Test": [
        Analyte("Bilirubin Total", "mg/dL", 0.3, 1.2),
        Analyte("Bilirubin Direct", "mg/dL", 0.0, 0.3),
        Analyte("SGOT/AST", "U/L", 5, 40, 0),
        Analyte("SGPT/ALT", "U/L", 5, 41, 0),
        Analyte("Alkaline Phosphatase", "U/L", 40, 129, 0),
        Analyte("GGT", "U/L", 8, 61, 0),
        Analyte("Albumin", "g/dL", 3.5, 5.2),
    ],
    "Kidney Function Test": [
        Analyte("Blood Urea", "mg/dL", 15, 40, 0),
        Analyte("Serum Creatinine", "mg/dL", 0.7, 1.3, 2),
        Analyte("Uric Acid", "mg/dL", 3.5, 7.2),
        Analyte("Sodium", "mEq/L", 135, 145, 0),
        Analyte("Potassium", "mEq/L", 3.5, 5.1),
    ],
    "Iron Studies": [
        Analyte("Serum Iron", "ug/dL", 60, 170, 0),
        Analyte("TIBC", "ug/dL", 250, 450, 0),
        Analyte("Ferritin", "ng/mL", 30, 400, 0),
        Analyte("Transferrin Saturation", "%", 20, 50, 0),
    ],
    "Vitamins": [
        Analyte("Vitamin D, 25-Hydroxy", "ng/mL", 30, 100),
        Analyte("Vitamin B12", "pg/mL", 200, 900, 0),
        Analyte("Folate", "ng/mL", 3, 17),
    ],
}
METHODS = [
    "Photometry",
    "Impedance",
    "Flow cytometry",
    "CLIA",
    "ECLIA",
    "Enzymatic",
    "HPLC",
    "ISE Direct",
    "Calculated",
    "Spectrophotometry",
]


def _result(ctx: Ctx, a: Analyte) -> tuple[str, str]:
    """A value, mostly within the reference range, with the lab's H/L flag when not."""
    span = a.high - a.low or a.high or 1
    value = (
        ctx.rng.uniform(a.low - 0.25 * span, a.high + 0.35 * span)
        if ctx.chance(0.3)
        else ctx.rng.uniform(a.low, a.high)
    )
    value = max(value, 0)
    flag = "H" if value > a.high else "L" if value < a.low else ""
    return f"{value:.{a.decimals}f}", flag


def _range(ctx: Ctx, a: Analyte) -> str:
    lo, hi = f"{a.low:.{a.decimals}f}", f"{a.high:.{a.decimals}f}"
    if a.low == 0:
        return f"<{hi}"
    return ctx.pick([f"{lo} - {hi}", f"{lo}-{hi}", f"({lo}-{hi})"])


def _panel_table(b: DocBuilder, ctx: Ctx, panel: str, style: str) -> None:
    analytes = PANELS[panel]
    b.h(panel.upper() if ctx.chance(0.5) else panel, 3)
    rows = []
    for a in analytes:
        value, flag = _result(ctx, a)
        if style == "us":
            rows.append([a.name, value, flag, _range(ctx, a), a.unit])
        elif style == "in":
            rows.append(
                [
                    a.name,
                    value + (f" {flag}" if flag else ""),
                    a.unit,
                    _range(ctx, a),
                    ctx.pick(METHODS) if ctx.chance(0.4) else "",
                ]
            )
        else:
            rows.append([a.name, value, a.unit, _range(ctx, a)])
    header = {
        "us": ["Test", "Result", "Flag", "Reference Range", "Units"],
        "in": ["Test Name", "Result", "Unit", "Bio. Ref. Interval", "Method"],
        "plain": [
            ctx.pick(["Investigation", "Test", "Parameter"]),
            ctx.pick(["Observed Value", "Value", "Result"]),
            "Units",
            ctx.pick(["Reference Range", "Normal Range", "Ref. Interval"]),
        ],
    }[style]
    b.table(header, rows)


def lab_report_reference_lab(rng: random.Random) -> SyntheticDocument:
    """US reference labs (Quest/LabCorp style): accession, collected/received/reported, flags."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    lab = ctx.pick(
        [
            "Quest Diagnostics",
            "LabCorp",
            "BioReference Laboratories",
            "Sonic Healthcare",
            "Regional Medical Laboratory",
            hospital(ctx) + " Laboratory",
        ]
    )
    collected = ctx.day()
    b.lines([lab, ctx.address(), f"CLIA #: {ctx.code('##D#######')}", f"Lab Director: {doctor(ctx)}, MD"], bold=False)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("DOB", ctx.date(ctx.birth_date())),
            ("Sex", ctx.pick(["M", "F"])),
            ("Patient ID", ctx.digits(9)),
            ("Ordering Physician", doctor(ctx)),
            ("Accession #", ctx.code("??######?")),
            ("Specimen", ctx.pick(["Serum", "Whole blood EDTA", "Plasma", "Serum, fasting"])),
            ("Collected", f"{ctx.date(collected)} {ctx.randint(6, 11)}:{ctx.randint(10, 59)}"),
            ("Received", ctx.date(collected)),
            ("Reported", ctx.date(ctx.later(collected, 0, 3))),
        ],
        columns=2,
    )
    for panel in ctx.some(list(PANELS), 1, 3):
        _panel_table(b, ctx, panel, "us")
    b.p(
        ctx.pick(
            [
                "H = High, L = Low. Results outside the reference range are flagged.",
                "Reference ranges are age and sex specific.",
                "This test was developed and its performance characteristics determined by the laboratory.",
            ]
        ),
        small=True,
    )
    b.p(ctx.pick(["FINAL REPORT", "Status: Final", "CORRECTED REPORT"]), align="right")
    return b.build(ctx.pick(["Laboratory Report", "LAB RESULTS", "Test Results", "Patient Report", None]))


def lab_report_india_pathology(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    lab = ctx.pick(
        [
            "Dr. Lal PathLabs",
            "Metropolis Healthcare",
            "Thyrocare",
            "SRL Diagnostics",
            f"{ctx.last_name()} Diagnostic Centre",
            f"{ctx.last_name()} Pathology Laboratory",
        ]
    )
    b.lines(
        [
            lab,
            ctx.address(),
            f"Ph: {ctx.phone()}",
            ctx.pick(["NABL Accredited Laboratory", "ISO 15189:2012 Certified", ""]),
        ],
        align="center",
        bold=True,
    )
    day = ctx.day()
    b.fields(
        [
            ("Name", f"{ctx.pick(['Mr.', 'Mrs.', 'Ms.', 'Master'])} {ctx.person()}"),
            ("Age/Gender", f"{ctx.randint(1, 90)} Years/{ctx.pick(['Male', 'Female'])}"),
            ("Ref. By", ctx.pick([doctor(ctx), "Self", "SELF"])),
            ("Lab No.", ctx.digits(9)),
            ("Sample Collected", f"{ctx.date(day)} {ctx.randint(7, 11)}:{ctx.randint(10, 59)} AM"),
            ("Registered", ctx.date(day)),
            ("Reported", ctx.date(day)),
            ("Sample Type", ctx.pick(["Serum", "EDTA Whole Blood", "Urine", "Fluoride Plasma"])),
        ],
        columns=2,
    )
    for panel in ctx.some(list(PANELS), 1, 3):
        _panel_table(b, ctx, panel, ctx.pick(["in", "plain"]))
        if ctx.chance(0.4):
            b.p(
                ctx.pick(
                    [
                        "Interpretation: Values to be correlated clinically.",
                        "Note: HbA1c 5.7-6.4% indicates increased risk for diabetes (prediabetes); >=6.5% is "
                        "consistent with diabetes.",
                        "Comments: Mild microcytic hypochromic anaemia. Suggested iron studies.",
                        "Kindly correlate clinically.",
                    ]
                ),
                small=True,
            )
    b.lines(["*** End of Report ***"], align="center")
    b.lines(
        [f"{doctor(ctx)}", ctx.pick(["MD (Pathology)", "Consultant Pathologist", "MBBS, DCP", "MD, Microbiologist"])],
        align="right",
    )
    return b.build(ctx.pick(["LABORATORY REPORT", "TEST REPORT", "HAEMATOLOGY", "BIOCHEMISTRY", None]))


def lab_report_urinalysis(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    b.lines([hospital(ctx) + " - Clinical Laboratory", ctx.address()])
    b.fields(
        [
            ("Patient", ctx.person()),
            ("MRN", ctx.digits(8)),
            ("Collected", ctx.date(ctx.day())),
            ("Physician", doctor(ctx)),
        ],
        columns=2,
    )
    b.h("URINE ROUTINE EXAMINATION" if ctx.locale == "en_IN" else "URINALYSIS, COMPLETE", 3)
    rows = [
        ["Color", ctx.pick(["Pale Yellow", "Yellow", "Dark Yellow", "Amber"]), "", "Pale Yellow"],
        ["Appearance", ctx.pick(["Clear", "Slightly Hazy", "Turbid"]), "", "Clear"],
        ["Specific Gravity", f"{ctx.amount(1.003, 1.035):.3f}", "", "1.005 - 1.030"],
        ["pH", f"{ctx.amount(4.5, 8.5):.1f}", "", "5.0 - 8.0"],
        ["Protein", ctx.pick(["Negative", "Trace", "1+", "2+"]), "", "Negative"],
        ["Glucose", ctx.pick(["Negative", "Negative", "1+", "3+"]), "", "Negative"],
        ["Ketones", ctx.pick(["Negative", "Trace"]), "", "Negative"],
        ["Blood", ctx.pick(["Negative", "Trace", "2+"]), "", "Negative"],
        ["Leukocyte Esterase", ctx.pick(["Negative", "1+", "3+"]), "", "Negative"],
        ["Nitrite", ctx.pick(["Negative", "Positive"]), "", "Negative"],
        ["WBC", f"{ctx.randint(0, 50)}", "/HPF", "0 - 5"],
        ["RBC", f"{ctx.randint(0, 20)}", "/HPF", "0 - 2"],
        ["Epithelial Cells", ctx.pick(["Few", "Moderate", "Occasional"]), "/HPF", ""],
        ["Bacteria", ctx.pick(["None seen", "Few", "Many"]), "", "None seen"],
        ["Casts", ctx.pick(["None seen", "Hyaline 0-2"]), "/LPF", ""],
    ]
    b.table(["Test", "Result", "Units", "Reference"], rows)
    return b.build(ctx.pick(["Urinalysis Report", "CLINICAL PATHOLOGY", None]))


def lab_report_microbiology(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_AU", "en_CA"]))
    b = start(LABEL, ctx)
    b.lines([hospital(ctx), "Department of Microbiology"], bold=True)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("Age/Sex", f"{ctx.randint(1, 90)}/{ctx.pick('MF')}"),
            ("Specimen", ctx.pick(["Urine (midstream)", "Blood culture (aerobic)", "Sputum", "Wound swab", "Stool"])),
            ("Received", ctx.date(ctx.day())),
            ("Lab ID", ctx.code("MB#######")),
        ],
        columns=2,
    )
    if ctx.chance(0.25):
        b.fields(
            [
                ("Culture", "No growth after 48 hours of incubation" if ctx.chance(0.5) else "Normal flora isolated"),
                ("Gram stain", "No organisms seen"),
            ]
        )
    else:
        organism = ctx.pick(
            [
                "Escherichia coli",
                "Klebsiella pneumoniae",
                "Staphylococcus aureus (MRSA)",
                "Pseudomonas aeruginosa",
                "Enterococcus faecalis",
                "Streptococcus pneumoniae",
            ]
        )
        b.fields(
            [
                (
                    "Gram stain",
                    ctx.pick(["Gram negative bacilli seen", "Gram positive cocci in clusters", "Pus cells 10-15/HPF"]),
                ),
                ("Organism isolated", organism),
                ("Colony count", ctx.pick([">10^5 CFU/mL", "10^4 CFU/mL", "Heavy growth"])),
            ]
        )
        antibiotics = [
            "Ampicillin",
            "Amoxicillin/Clavulanate",
            "Ceftriaxone",
            "Ciprofloxacin",
            "Gentamicin",
            "Nitrofurantoin",
            "Trimethoprim/Sulfamethoxazole",
            "Meropenem",
            "Vancomycin",
            "Piperacillin/Tazobactam",
            "Amikacin",
        ]
        b.table(
            ["Antibiotic", "MIC (ug/mL)", "Interpretation"],
            [
                [
                    a,
                    ctx.pick(["<=1", "2", "4", ">=16", "<=0.25", "32"]),
                    ctx.pick(["S", "S", "R", "I", "Sensitive", "Resistant"]),
                ]
                for a in ctx.some(antibiotics, 5, 10)
            ],
        )
        b.p("S = Susceptible, I = Intermediate, R = Resistant. Interpretation per CLSI guidelines.", small=True)
    b.lines([f"Microbiologist: {doctor(ctx)}"])
    return b.build(ctx.pick(["CULTURE & SENSITIVITY REPORT", "Microbiology Report", "Culture Report"]))


def lab_report_pcr(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB", "en_MY", "fr_FR"]))
    b = start(LABEL, ctx)
    test = ctx.pick(
        [
            "SARS-CoV-2 (COVID-19) RT-PCR",
            "Influenza A/B and RSV PCR",
            "HIV-1 Viral Load (PCR)",
            "Hepatitis B Viral Load (HBV DNA)",
            "Dengue NS1 Antigen / IgM",
        ]
    )
    detected = ctx.chance(0.3)
    b.lines([hospital(ctx) + " Molecular Diagnostics Laboratory", ctx.address()])
    b.fields(
        [
            ("Patient Name", ctx.person()),
            ("Passport / ID No.", ctx.code("?########")),
            ("Date of Birth", ctx.date(ctx.birth_date())),
            ("Sample ID", ctx.code("S##########")),
            ("Specimen", ctx.pick(["Nasopharyngeal swab", "Oropharyngeal swab", "Plasma (EDTA)", "Serum"])),
            ("Collection date/time", ctx.date(ctx.day())),
            ("Report date/time", ctx.date(ctx.day())),
        ],
        columns=2,
    )
    if "Viral Load" in test:
        b.table(
            ["Test", "Result", "Units", "Detection limit"],
            [[test, ctx.pick(["Not Detected", f"{ctx.randint(20, 900000)}", "<20"]), "copies/mL", "20 copies/mL"]],
        )
    else:
        b.table(
            ["Test", "Target", "Result", "Ct value"],
            [
                [
                    test,
                    ctx.pick(["E gene / RdRp gene", "N gene", "ORF1ab"]),
                    "DETECTED" if detected else "NOT DETECTED",
                    f"{ctx.amount(14, 36):.1f}" if detected else "-",
                ]
            ],
        )
    b.p(
        "Method: Real-time reverse transcription polymerase chain reaction. A negative result does not rule out "
        "infection and should be interpreted with clinical findings. ICMR/CDC approved kit.",
        small=True,
    )
    b.lines(["Verified by:", doctor(ctx), "Molecular Biologist / Pathologist"])
    return b.build(ctx.pick(["TEST REPORT", "Laboratory Test Report", "RT-PCR REPORT", None]))


def lab_report_histopathology(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_IN", "en_GB"]))
    b = start(LABEL, ctx)
    b.lines([hospital(ctx), "Department of Pathology"], bold=True)
    b.fields(
        [
            ("Patient", ctx.person()),
            ("Surgical Pathology No.", ctx.code("S##-#####")),
            ("Date received", ctx.date(ctx.day())),
            ("Clinician", doctor(ctx)),
            (
                "Specimen",
                ctx.pick(
                    [
                        "Gallbladder",
                        "Appendix",
                        "Skin, left forearm, excision",
                        "Endometrial biopsy",
                        "Colon polyp, sigmoid",
                        "Breast, right, core biopsy",
                    ]
                ),
            ),
        ],
        columns=2,
    )
    b.h("Gross Description", 3)
    b.p(
        "Received in formalin labeled with the patient's name is a "
        f"{ctx.pick(['tan-pink', 'gray-white', 'red-brown'])} tissue measuring {ctx.amount(0.3, 9.5):.1f} x "
        f"{ctx.amount(0.2, 4):.1f} x {ctx.amount(0.1, 3):.1f} cm. Representative sections are submitted in "
        f"{ctx.randint(1, 6)} cassettes."
    )
    b.h("Microscopic Description", 3)
    b.p(
        ctx.pick(
            [
                "Sections show chronic inflammatory infiltrate with mucosal ulceration.",
                "Sections show a tubular adenoma with low-grade dysplasia; margins are free.",
                "Sections show invasive ductal carcinoma, Nottingham grade 2.",
                "Sections show benign fibroepithelial lesion consistent with fibroadenoma.",
            ]
        )
    )
    b.h("Diagnosis", 3)
    b.p(
        ctx.pick(
            [
                "Chronic cholecystitis with cholelithiasis.",
                "Acute suppurative appendicitis.",
                "Tubular adenoma, low-grade dysplasia.",
                "Seborrheic keratosis. Margins free.",
                "Invasive ductal carcinoma; ER/PR/HER2 to follow.",
            ]
        )
    )
    b.lines([f"{doctor(ctx)}, Pathologist", "Electronically signed"])
    return b.build(ctx.pick(["SURGICAL PATHOLOGY REPORT", "Histopathology Report", "Pathology Report"]))


def lab_report_fr_de(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start(LABEL, ctx)
    if lang == "fr":
        b.lines([f"Laboratoire de biologie médicale {ctx.last_name()}", ctx.address(), "Accrédité COFRAC"], bold=True)
        b.fields(
            [
                ("Patient", ctx.person()),
                ("Né(e) le", ctx.date(ctx.birth_date())),
                ("Prélevé le", ctx.date(ctx.day())),
                ("Prescripteur", doctor(ctx)),
                ("Dossier n°", ctx.digits(10)),
            ]
        )
        rows = [
            ["Hématies", f"{ctx.amount(3.8, 5.9):.2f}", "T/L", "4,28 - 5,79"],
            ["Hémoglobine", f"{ctx.amount(10, 17):.1f}", "g/dL", "13,3 - 17,2"],
            ["Hématocrite", f"{ctx.amount(35, 50):.1f}", "%", "39,0 - 50,0"],
            ["Leucocytes", f"{ctx.amount(3, 14):.2f}", "G/L", "4,05 - 11,00"],
            ["Plaquettes", str(ctx.randint(120, 450)), "G/L", "150 - 400"],
            ["Glycémie à jeun", f"{ctx.amount(0.7, 1.6):.2f}", "g/L", "0,70 - 1,05"],
            ["Créatinine", str(ctx.randint(50, 140)), "µmol/L", "59 - 104"],
            ["Cholestérol total", f"{ctx.amount(1.4, 3.0):.2f}", "g/L", "< 2,00"],
            ["TSH", f"{ctx.amount(0.3, 6):.2f}", "mUI/L", "0,27 - 4,20"],
        ]
        b.h("HÉMATOLOGIE - BIOCHIMIE", 3)
        b.table(["Analyse", "Résultat", "Unité", "Valeurs de référence"], ctx.some(rows, 5, 9))
        b.p("Compte rendu validé par le biologiste responsable.", small=True)
        title = ctx.pick(
            ["Compte rendu d'analyses de biologie médicale", "RÉSULTATS D'ANALYSES", "Numération formule sanguine"]
        )
    else:
        b.lines([f"Labor {ctx.last_name()} MVZ GmbH", ctx.address(), "Akkreditiert nach DIN EN ISO 15189"], bold=True)
        b.fields(
            [
                ("Patient", ctx.person()),
                ("Geb.-Dat.", ctx.date(ctx.birth_date())),
                ("Eingang", ctx.date(ctx.day())),
                ("Einsender", doctor(ctx)),
                ("Auftragsnr.", ctx.digits(10)),
            ]
        )
        rows = [
            ["Leukozyten", f"{ctx.amount(3, 14):.1f}", "/nl", "3,9 - 10,2"],
            ["Erythrozyten", f"{ctx.amount(3.8, 5.9):.2f}", "/pl", "4,3 - 5,75"],
            ["Hämoglobin", f"{ctx.amount(10, 17):.1f}", "g/dl", "13,5 - 17,2"],
            ["Thrombozyten", str(ctx.randint(120, 450)), "/nl", "150 - 370"],
            ["CRP", f"{ctx.amount(0.1, 80):.1f}", "mg/l", "< 5,0"],
            ["Kreatinin", f"{ctx.amount(0.5, 2):.2f}", "mg/dl", "0,7 - 1,2"],
            ["GOT (ASAT)", str(ctx.randint(10, 90)), "U/l", "< 50"],
            ["GPT (ALAT)", str(ctx.randint(10, 90)), "U/l", "< 50"],
            ["HbA1c", f"{ctx.amount(4.5, 9):.1f}", "%", "< 5,7"],
        ]
        b.h("Klinische Chemie / Hämatologie", 3)
        b.table(["Untersuchung", "Ergebnis", "Einheit", "Referenzbereich"], ctx.some(rows, 5, 9))
        b.p("Befund freigegeben. Werte außerhalb des Referenzbereichs sind markiert.", small=True)
        title = ctx.pick(["Laborbefund", "LABORBERICHT", "Befundbericht"])
    return b.build(title)


def lab_report_patient_portal(rng: random.Random) -> SyntheticDocument:
    """Results printed from a patient portal: one test per section, 'Your value' against 'Standard range'."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_GB", "en_AU"]))
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(["MyChart", "Patient Portal", "FollowMyHealth", "NHS App"]),
            f"{ctx.person()}  DOB {ctx.date(ctx.birth_date())}",
        ]
    )
    for panel in ctx.some(list(PANELS), 1, 3):
        collected = ctx.day()
        b.h(panel, 2)
        b.fields(
            [
                ("Collected on", ctx.date(collected)),
                ("Result date", ctx.date(ctx.later(collected, 0, 2))),
                ("Ordered by", doctor(ctx)),
                ("Status", ctx.pick(["Final result", "Final", "Edited result - FINAL"])),
            ],
            columns=2,
        )
        rows = []
        for a in PANELS[panel]:
            value, flag = _result(ctx, a)
            rows.append(
                [a.name, f"{value} {a.unit}", f"{_range(ctx, a)} {a.unit}", {"H": "High", "L": "Low"}.get(flag, "")]
            )
        b.table(["Component", "Your Value", "Standard Range", "Flag"], rows)
        if ctx.chance(0.5):
            b.p(f"Performing lab: {ctx.company()} Laboratory, {ctx.address()}. Lab director: {doctor(ctx)}", small=True)
        if ctx.chance(0.4):
            b.p(
                "Message from your provider: "
                + ctx.pick(
                    [
                        "Your results are normal. No changes needed.",
                        "Your cholesterol is slightly high; we will discuss at your next visit.",
                        "Please schedule a follow-up to repeat this test in 3 months.",
                    ]
                )
            )
    return b.build(ctx.pick(["Test Results", "Lab Results", "Results", None]))


TEMPLATES: TemplateTable = {
    LABEL: [
        lab_report_reference_lab,
        lab_report_india_pathology,
        lab_report_urinalysis,
        lab_report_microbiology,
        lab_report_pcr,
        lab_report_histopathology,
        lab_report_fr_de,
        lab_report_patient_portal,
    ]
}
