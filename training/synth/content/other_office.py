"""Negative examples from work life (label ``unknown``): CVs, cover letters, minutes, manuals, papers,
press releases, job ads, newsletters, status reports, and forms that are not any of the categories
(job applications, event registrations, surveys, timesheets)."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import SyntheticDocument

LABEL = "unknown"
ENGLISH = ["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]
SKILLS = [
    "Python",
    "SQL",
    "Project management",
    "Salesforce",
    "Excel (advanced)",
    "Stakeholder management",
    "AWS",
    "Java",
    "Figma",
    "Tableau",
    "Six Sigma Green Belt",
    "Customer service",
    "Negotiation",
    "SAP FICO",
    "Adobe Creative Suite",
    "Agile/Scrum",
    "Public speaking",
    "Spanish (fluent)",
    "Machine learning",
    "AutoCAD",
]
ROLES = [
    "Software Engineer",
    "Marketing Manager",
    "Data Analyst",
    "Registered Nurse",
    "Mechanical Engineer",
    "Sales Executive",
    "Graphic Designer",
    "Operations Manager",
    "Financial Analyst",
    "Teacher",
    "HR Business Partner",
    "Product Manager",
    "Civil Engineer",
    "Customer Success Manager",
]
ACHIEVEMENTS = [
    "Led a team of {n} to deliver a platform migration two months ahead of schedule.",
    "Increased qualified leads by {n}% through targeted campaigns.",
    "Reduced average ticket resolution time from 3 days to 9 hours.",
    "Designed and launched a mobile app with over {n},000 downloads.",
    "Managed a budget of ${n}M across four product lines.",
    "Mentored {n} junior colleagues, three of whom were promoted.",
    "Automated monthly reporting, saving roughly {n} hours per month.",
    "Negotiated supplier contracts that cut costs by {n}%.",
    "Built dashboards used daily by the executive team.",
    "Coordinated patient care for a {n}-bed medical-surgical unit.",
]


def unknown_resume(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "fr_FR", "de_DE"]))
    b = start(LABEL, ctx)
    name = ctx.person()
    role = ctx.pick(ROLES)
    b.lines(
        [
            name,
            role if ctx.chance(0.6) else "",
            f"{ctx.city()} | {ctx.phone()} | {ctx.email(name)} | linkedin.com/in/{name.lower().replace(' ', '')[:14]}",
        ],
        align=ctx.pick(["left", "center"]),
    )
    fr, de = ctx.lang == "fr", ctx.lang == "de"
    b.h(
        "Profil" if fr else "Profil" if de else ctx.pick(["Professional Summary", "Summary", "Profile", "Objective"]), 3
    )
    b.p(
        f"{ctx.pick(['Results-driven', 'Detail-oriented', 'Creative', 'Experienced'])} {role.lower()} with "
        f"{ctx.randint(2, 20)} years of experience in "
        f"{ctx.pick(['fintech', 'healthcare', 'retail', 'manufacturing', 'education', 'SaaS'])}. "
        f"Skilled in {', '.join(ctx.some(SKILLS, 2, 4))}."
    )
    b.h(
        "Expérience professionnelle"
        if fr
        else "Berufserfahrung"
        if de
        else ctx.pick(["Experience", "Work Experience", "Professional Experience", "EMPLOYMENT HISTORY"]),
        3,
    )
    year = 2025
    present_words = ["Present", "present", "aujourd'hui" if fr else "heute" if de else "to date"]
    for _ in range(ctx.randint(2, 4)):
        start_year = year - ctx.randint(1, 5)
        b.lines(
            [
                f"{ctx.pick(ROLES)} — {ctx.company()}, {ctx.city()}",
                f"{start_year} \u2013 {year if year < 2025 else ctx.pick(present_words)}",
            ],
            bold=True,
        )
        b.lines([f"• {a.replace('{n}', str(ctx.randint(3, 40)))}" for a in ctx.some(ACHIEVEMENTS, 2, 4)])
        year = start_year
    b.h("Formation" if fr else "Ausbildung" if de else "Education", 3)
    b.lines(
        [
            ctx.pick(
                [
                    "B.Sc. Computer Science",
                    "MBA",
                    "B.A. Economics",
                    "B.Tech Mechanical Engineering",
                    "BSN Nursing",
                    "B.Com",
                ]
            )
            + ", "
            f"{ctx.pick(['University of ', 'State University of ', 'Institute of Technology, '])}{ctx.city()}, "
            f"{year - ctx.randint(0, 3)}"
        ]
    )
    b.h("Compétences" if fr else "Kenntnisse" if de else "Skills", 3)
    b.p(", ".join(ctx.some(SKILLS, 5, 10)))
    if ctx.chance(0.4):
        b.h("Certifications" if not de else "Zertifikate", 3)
        b.lines(
            ctx.some(
                [
                    "PMP",
                    "AWS Certified Solutions Architect",
                    "CPA",
                    "Google Analytics",
                    "CFA Level II",
                    "BLS/ACLS",
                    "Scrum Master (CSM)",
                ],
                1,
                3,
            )
        )
    if ctx.chance(0.3):
        b.p("References available upon request.")
    return b.build(ctx.pick([None, None, "Curriculum Vitae", "RESUME", "CV", "Lebenslauf" if de else "Résumé"]))


def unknown_cover_letter(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    name, company, role = ctx.person(), ctx.company(), ctx.pick(ROLES)
    b.lines([name, ctx.address(), ctx.email(name), ctx.date(ctx.day())])
    b.lines(
        [
            ctx.pick(["Hiring Manager", "Recruitment Team", f"{ctx.person()}, Talent Acquisition"]),
            company,
            ctx.address(),
        ]
    )
    b.p(ctx.pick(["Dear Hiring Manager,", f"Dear {ctx.person().split()[0]},", "To whom it may concern,"]))
    b.p(
        f"I am writing to apply for the {role} position advertised on "
        f"{ctx.pick(['LinkedIn', 'your careers page', 'Indeed', 'the university job board'])}. With "
        f"{ctx.randint(2, 15)} years of experience in "
        f"{ctx.pick(['analytics', 'patient care', 'B2B sales', 'software delivery', 'brand marketing'])}, I am "
        f"confident I can contribute to {company}'s continued success."
    )
    b.p(
        f"In my current role at {ctx.company()}, I "
        f"{ctx.pick(ACHIEVEMENTS).replace('{n}', str(ctx.randint(5, 40))).lower()} I particularly admire {company}'s "
        f"commitment to {ctx.pick(['innovation', 'sustainability', 'customer experience', 'community health'])}."
    )
    b.p(
        "I would welcome the opportunity to discuss how my skills and experience align with your needs. Thank you "
        "for your time and consideration."
    )
    b.lines([ctx.pick(["Sincerely,", "Kind regards,", "Best regards,"]), name])
    return b.build(None, "letter")


def unknown_meeting_minutes(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    org = ctx.pick(
        [
            f"{ctx.city()} Parent-Teacher Association",
            f"{ctx.company()} Project Steering Committee",
            "Board of Directors",
            f"{ctx.city()} Residents' Association",
            "Engineering Team Weekly Sync",
            "Library Friends Group",
        ]
    )
    b.fields(
        [
            ("Date", ctx.date(ctx.day())),
            ("Time", f"{ctx.randint(9, 19)}:00"),
            ("Location", ctx.pick(["Conference Room B", "Zoom", "Community Hall", "Main Office"])),
            ("Chair", ctx.person()),
            ("Minutes taken by", ctx.person()),
        ]
    )
    b.fields(
        [
            ("Present", ", ".join(ctx.person() for _ in range(ctx.randint(3, 8)))),
            ("Apologies", ", ".join(ctx.person() for _ in range(ctx.randint(0, 2))) or "None"),
        ]
    )
    items = [
        "Approval of previous minutes",
        "Budget update",
        "Fundraising event planning",
        "Website redesign",
        "Hiring plan for Q3",
        "Facilities maintenance",
        "Safety review",
        "Any other business",
    ]
    for i, item in enumerate(ctx.some(items, 3, 6), 1):
        b.h(f"{i}. {item}", 3)
        b.p(
            ctx.pick(
                [
                    f"{ctx.person()} reported that the item is on track. Discussion followed regarding timelines.",
                    "The committee agreed to postpone a decision until more quotes are received.",
                    f"It was moved by {ctx.person()} and seconded by {ctx.person()} to approve the proposal. Motion "
                    "carried unanimously.",
                    "Members raised concerns about volunteer availability over the summer.",
                ]
            )
        )
        if ctx.chance(0.5):
            b.p(
                f"Action: {ctx.person()} to "
                f"{ctx.pick(['circulate a draft', 'contact the vendor', 'update the schedule', 'book the venue'])} "
                f"by {ctx.date(ctx.day())}."
            )
    b.p(
        f"The meeting closed at {ctx.randint(10, 21)}:{ctx.pick(['00', '15', '30', '45'])}. Next meeting: "
        f"{ctx.date(ctx.day())}."
    )
    return b.build(f"Minutes of the {org} Meeting" if ctx.chance(0.6) else "MEETING MINUTES")


def unknown_product_manual(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice([*ENGLISH, "de_DE", "fr_FR"]))
    b = start(LABEL, ctx)
    product = ctx.pick(
        [
            "Cordless Drill CD-18",
            "Espresso Machine Barista Pro",
            "Smart Thermostat T4",
            "Bluetooth Speaker Wave 2",
            "Air Purifier AP300",
            "Robot Vacuum RV-7",
            "Electric Kettle EK-15",
            "Baby Monitor BM-2",
        ]
    )
    b.lines(
        [
            product,
            ctx.pick(["User Manual", "Instruction Manual", "Quick Start Guide", "Owner's Guide"]),
            f"Model No. {ctx.code('??-####')}",
        ],
        bold=True,
    )
    b.h("IMPORTANT SAFETY INSTRUCTIONS", 3)
    b.lines(
        [
            f"• {s}"
            for s in ctx.some(
                [
                    "Read all instructions before use.",
                    "Do not immerse the appliance in water or other liquids.",
                    "Keep out of reach of children.",
                    "Unplug from the outlet when not in use and before cleaning.",
                    "Do not operate with a damaged cord or plug.",
                    "Use only the supplied charger.",
                    "WARNING: Risk of electric shock. Do not remove cover.",
                    "Save these instructions.",
                ],
                4,
                7,
            )
        ]
    )
    b.h("Package Contents", 3)
    b.lines(
        ctx.some(
            [
                "Main unit",
                "Power adapter",
                "USB-C cable",
                "Wall mount kit",
                "Remote control",
                "Filter (pre-installed)",
                "This manual",
            ],
            3,
            6,
        )
    )
    b.h("Getting Started", 3)
    for i, step in enumerate(
        ctx.some(
            [
                "Unpack the unit and remove all protective film.",
                "Charge the battery fully before first use (approx. 3 hours).",
                "Press and hold the power button for 3 seconds until the LED turns blue.",
                "Download the companion app and follow the pairing instructions.",
                "Fill the water tank to the MAX line.",
                "Select the desired mode using the dial.",
            ],
            3,
            5,
        ),
        1,
    ):
        b.p(f"{i}. {step}")
    b.h("Troubleshooting", 3)
    b.table(
        ["Problem", "Possible cause", "Solution"],
        [
            ["Unit does not turn on", "Battery depleted", "Charge the battery"],
            ["LED flashes red", "Filter needs replacing", "Replace the filter"],
            ["No sound", "Volume at minimum", "Increase the volume"],
        ],
    )
    b.h("Specifications", 3)
    b.fields(
        [
            ("Input", f"{ctx.pick(['100-240V', '230V', '5V'])} ~ {ctx.pick(['50/60Hz', '2A'])}"),
            ("Power", f"{ctx.randint(5, 2200)} W"),
            ("Weight", f"{ctx.amount(0.2, 8):.1f} kg"),
        ]
    )
    b.p(
        "This product complies with FCC Part 15 and CE requirements. Dispose of electrical products according to "
        "local WEEE regulations. Warranty: 2 years from date of purchase.",
        small=True,
    )
    return b.build(None)


def unknown_academic_paper(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    topic = ctx.pick(
        [
            "Graph Neural Networks for Traffic Forecasting",
            "Soil Microbiome Responses to Drought",
            "Low-Resource Machine Translation with Pivot Languages",
            "Urban Heat Islands and Green Roofs",
            "A Longitudinal Study of Remote Work and Productivity",
            "Efficient Transformers for Long Documents",
            "Microplastics in Freshwater Fish",
            "Behavioural Nudges in Household Energy Use",
        ]
    )
    b.lines(
        [
            ", ".join(ctx.person() for _ in range(ctx.randint(2, 5))),
            ctx.pick(["Department of Computer Science", "School of Environmental Sciences", "Institute for Economics"])
            + f", University of {ctx.city()}",
        ],
        align="center",
    )
    b.h("Abstract", 3)
    b.p(
        f"We study {topic.lower()}. Prior work has largely relied on small datasets and strong assumptions. We "
        "propose a method that combines "
        + ctx.pick(
            ["a hierarchical model", "a contrastive objective", "a field experiment", "a mixed-effects regression"]
        )
        + " with "
        + ctx.pick(
            [
                "publicly available data",
                "a new benchmark",
                "satellite imagery",
                "survey responses from 2,400 participants",
            ]
        )
        + ". "
        f"Experiments show improvements of {ctx.randint(3, 30)}% over strong baselines. We discuss limitations and "
        "directions for future research."
    )
    b.p(
        "Keywords: "
        + ", ".join(ctx.some(["deep learning", "climate", "econometrics", "field study", "benchmark", "NLP"], 3, 5))
    )
    for section in ["1 Introduction", "2 Related Work", "3 Method", "4 Experiments", "5 Results", "6 Conclusion"]:
        b.h(section, 3)
        b.p(
            ctx.pick(
                [
                    "Recent advances have renewed interest in this problem [1, 4].",
                    "Table 1 summarises the datasets used in our evaluation.",
                    "Our approach differs from [7] in two key respects.",
                    "We report mean and standard deviation over five random seeds.",
                    "The results in Figure 2 indicate a consistent improvement across settings.",
                    "Future work will extend the analysis to other regions.",
                ]
            )
            + " "
            + ctx.pick(
                [
                    "Let x denote the input and y the target.",
                    "We hypothesise that the effect is mediated by prior exposure.",
                    "All code and data will be released upon publication.",
                    "Significance was assessed with a two-sided t-test (p < 0.05).",
                ]
            )
        )
    b.table(
        ["Model", "Accuracy", "F1", "Params"],
        [
            [m, f"{ctx.amount(60, 95):.1f}", f"{ctx.amount(55, 93):.1f}", f"{ctx.randint(1, 400)}M"]
            for m in ["Baseline", "Prior work [7]", "Ours"]
        ],
        numeric_from=1,
    )
    b.h("References", 3)
    b.lines(
        [
            f"[{i}] {ctx.last_name()}, {ctx.first_name()[0]}. et al. ({ctx.randint(2010, 2024)}). "
            f"{ctx.pick(['On the', 'Towards', 'A study of', 'Learning'])} "
            f"{ctx.pick(['robust', 'scalable', 'interpretable', 'efficient'])} "
            f"{ctx.pick(['models', 'methods', 'systems'])}. "
            f"{ctx.pick(['NeurIPS', 'Nature', 'ACL', 'J. Econ.', 'PLOS ONE'])}."
            for i in range(1, ctx.randint(5, 10))
        ]
    )
    return b.build(topic, "columns")


def unknown_press_release(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    company = ctx.company()
    b.lines(["FOR IMMEDIATE RELEASE" if ctx.chance(0.7) else "PRESS RELEASE"], bold=True)
    headline = ctx.pick(
        [
            f"{company} Launches {ctx.pick(['AI-Powered', 'Next-Generation', 'Sustainable'])} "
            f"{ctx.pick(['Platform', 'Product Line', 'Service'])}",
            f"{company} Opens New Headquarters in {ctx.city()}",
            f"{company} Announces Partnership with {ctx.company()}",
            f"{company} Appoints {ctx.person()} as Chief Executive Officer",
        ]
    )
    b.h(headline, 1)
    b.p(
        f"{ctx.city().upper()}, {ctx.date(ctx.day(), 1)} — {company}, a leading provider of "
        + ctx.pick(
            ["logistics software", "organic foods", "renewable energy", "consumer electronics", "education technology"]
        )
        + ", "
        f"today announced {headline.split(company, 1)[-1].strip().lower()}."
    )
    b.p(
        f'"We are thrilled to take this next step," said {ctx.person()}, '
        f'{ctx.pick(["CEO", "founder", "Chief Operating Officer"])} of {company}. "This reflects our commitment to '
        'our customers and our community."'
    )
    b.p("The initiative is expected to create new jobs and will be available to customers later this year.")
    b.h(f"About {company}", 3)
    b.p(
        f"Founded in {ctx.randint(1950, 2020)}, {company} serves customers in more than {ctx.randint(3, 60)} "
        f"countries. Learn more at www.{ctx.domain(company)}."
    )
    b.lines(["Media Contact:", ctx.person(), ctx.email(), ctx.phone(), "###"])
    return b.build(None)


def unknown_job_posting(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    role = ctx.pick(ROLES)
    b.lines(
        [
            role,
            f"{ctx.company()} — {ctx.city()} ({ctx.pick(['Hybrid', 'Remote', 'On-site'])})",
            ctx.pick(["Full-time", "Part-time", "Contract", "Internship"]),
        ],
        bold=True,
    )
    b.h("About the role", 3)
    b.p(
        f"We're looking for a {role.lower()} to join our growing team. You'll work closely with "
        f"{ctx.pick(['product', 'clinical', 'sales', 'engineering'])} colleagues to "
        + ctx.pick(
            [
                "ship features customers love",
                "improve patient outcomes",
                "grow our customer base",
                "streamline operations",
            ]
        )
        + "."
    )
    b.h("What you'll do", 3)
    b.lines(
        [
            f"• {x}"
            for x in ctx.some(
                [
                    "Own projects end to end",
                    "Collaborate with cross-functional teams",
                    "Analyse data to inform decisions",
                    "Mentor junior team members",
                    "Present findings to leadership",
                    "Maintain documentation",
                ],
                3,
                5,
            )
        ]
    )
    b.h("What we're looking for", 3)
    b.lines(
        [
            f"• {x}"
            for x in [
                f"{ctx.randint(1, 8)}+ years of relevant experience",
                *ctx.some(SKILLS, 2, 4),
                "Excellent communication skills",
            ]
        ]
    )
    b.h("Benefits", 3)
    b.p(
        ctx.pick(
            [
                "Competitive salary, health, dental and vision insurance, 401(k) match, and flexible PTO.",
                "25 days holiday, pension scheme, private medical cover and cycle-to-work scheme.",
                "Stock options, learning budget, parental leave.",
            ]
        )
    )
    b.p(
        f"Salary range: {ctx.money(ctx.amount(40000, 90000, whole=True))} \u2013 "
        f"{ctx.money(ctx.amount(90000, 180000, whole=True))}. {ctx.company()} is an equal opportunity employer.",
        small=True,
    )
    return b.build(ctx.pick(["Job Description", "We're hiring!", "Careers", None]))


def unknown_status_report(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    project = ctx.pick(
        ["CRM Migration", "Website Relaunch", "Warehouse Automation", "Mobile App v3", "Office Move", "Data Platform"]
    )
    b.fields(
        [
            ("Project", project),
            ("Reporting period", f"Week {ctx.randint(1, 52)}"),
            ("Project manager", ctx.person()),
            ("Overall status", ctx.pick(["Green", "Amber", "Red"])),
        ]
    )
    b.h("Highlights", 3)
    b.lines(
        [
            f"• {x}"
            for x in ctx.some(
                [
                    "Completed user acceptance testing",
                    "Signed off design for phase 2",
                    "Onboarded two new developers",
                    "Vendor contract finalised",
                    "Go-live date confirmed",
                ],
                2,
                4,
            )
        ]
    )
    b.h("Risks and issues", 3)
    b.table(
        ["ID", "Description", "Impact", "Owner", "Mitigation"],
        [
            [
                f"R{i}",
                ctx.pick(["Resource constraints", "Scope creep", "Third-party delay", "Data quality"]),
                ctx.pick(["High", "Medium", "Low"]),
                ctx.person(),
                ctx.pick(["Escalate to sponsor", "Re-plan sprint", "Weekly check-in"]),
            ]
            for i in range(1, ctx.randint(2, 5))
        ],
    )
    b.h("Next steps", 3)
    b.lines(
        [
            f"• {x}"
            for x in ctx.some(
                [
                    "Finalise training materials",
                    "Run performance tests",
                    "Schedule cut-over rehearsal",
                    "Update stakeholders",
                ],
                2,
                3,
            )
        ]
    )
    return b.build(ctx.pick(["Weekly Status Report", "Project Status Update", "Progress Report"]))


def unknown_form_application(rng: random.Random) -> SyntheticDocument:
    """Forms that look like our categories' forms but are not: job applications, registrations, surveys, timesheets."""
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    kind = ctx.pick(["job", "event", "survey", "timesheet", "membership", "volunteer"])
    blank = ctx.chance(0.4)

    def v(value: str) -> str:
        return "" if blank else value

    if kind == "job":
        title = "Employment Application"
        b.fields(
            [
                ("Position applied for", v(ctx.pick(ROLES))),
                ("Full name", v(ctx.person())),
                ("Address", v(ctx.address())),
                ("Phone", v(ctx.phone())),
                ("Email", v(ctx.email())),
                ("Are you legally eligible to work in this country?", "Yes / No"),
                ("Date available to start", v(ctx.date(ctx.day()))),
            ],
            columns=2,
        )
        b.h("Employment History", 3)
        b.table(
            ["Employer", "Job title", "From", "To", "Reason for leaving"],
            [["", "", "", "", ""]] * 3
            if blank
            else [
                [
                    ctx.company(),
                    ctx.pick(ROLES),
                    str(ctx.randint(2005, 2015)),
                    str(ctx.randint(2016, 2024)),
                    ctx.pick(["Career growth", "Relocation", "Contract ended"]),
                ]
                for _ in range(2)
            ],
        )
        b.h("Education", 3)
        b.table(["School", "Degree", "Year"], [["", "", ""]] * 2)
        b.p(
            "I certify that the information on this application is true and complete. I understand that false "
            "information may be grounds for not hiring me or for immediate termination of employment."
        )
    elif kind == "event":
        title = ctx.pick(["Conference Registration Form", "Workshop Registration", "Marathon Entry Form"])
        b.fields(
            [
                ("First name", v(ctx.first_name())),
                ("Last name", v(ctx.last_name())),
                ("Organisation", v(ctx.company())),
                ("Email", v(ctx.email())),
                ("T-shirt size", "S  M  L  XL"),
                ("Dietary requirements", "Vegetarian  Vegan  Gluten-free  None"),
                ("Sessions", "Day 1  Day 2  Gala dinner"),
            ],
            columns=2,
        )
        b.p("By registering you agree to the event code of conduct and to being photographed during the event.")
    elif kind == "survey":
        title = ctx.pick(["Customer Satisfaction Survey", "Employee Engagement Survey", "Course Evaluation"])
        for q in ctx.some(
            [
                "How satisfied are you with our service?",
                "How likely are you to recommend us to a friend?",
                "The instructor was well prepared.",
                "I have the tools I need to do my job.",
                "The course met my expectations.",
            ],
            3,
            5,
        ):
            b.p(f"{q}  1  2  3  4  5  (1 = strongly disagree, 5 = strongly agree)")
        b.p("Comments: ____________________________________________")
    elif kind == "timesheet":
        title = "Weekly Timesheet"
        b.fields(
            [
                ("Employee", v(ctx.person())),
                ("Week ending", v(ctx.date(ctx.day()))),
                ("Department", v(ctx.pick(["Ops", "IT", "Finance"]))),
            ],
            columns=3,
        )
        b.table(
            ["Day", "Start", "End", "Break", "Hours", "Project"],
            [
                [
                    d,
                    "" if blank else "09:00",
                    "" if blank else "17:30",
                    "" if blank else "0:30",
                    "" if blank else "8.0",
                    "" if blank else ctx.pick(["Internal", "Client A", "Training"]),
                ]
                for d in ["Mon", "Tue", "Wed", "Thu", "Fri"]
            ],
        )
        b.fields([("Total hours", "" if blank else "40.0"), ("Supervisor signature", "")])
    elif kind == "membership":
        title = ctx.pick(["Gym Membership Form", "Library Card Application", "Club Membership Application"])
        b.fields(
            [
                ("Name", v(ctx.person())),
                ("Date of birth", v(ctx.date(ctx.birth_date()))),
                ("Address", v(ctx.address())),
                ("Membership type", "Individual  Family  Student  Senior"),
                ("Emergency contact", v(ctx.person())),
            ],
            columns=2,
        )
        b.p("I agree to abide by the rules of the club. Membership is non-transferable.")
    else:
        title = "Volunteer Application"
        b.fields(
            [
                ("Name", v(ctx.person())),
                ("Availability", "Weekdays  Evenings  Weekends"),
                ("Areas of interest", "Events  Fundraising  Mentoring  Admin"),
                ("Why do you want to volunteer?", ""),
            ],
            columns=2,
        )
    b.fields([("Signature", ""), ("Date", "")], columns=2)
    return b.build(title)


def unknown_newsletter(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(ENGLISH))
    b = start(LABEL, ctx)
    org = ctx.pick(
        [
            f"{ctx.city()} Elementary School",
            f"{ctx.company()} Staff",
            "Riverside Community Garden",
            f"{ctx.city()} Rotary Club",
            "Parish of St. Andrew",
        ]
    )
    b.lines([f"{org} Newsletter", f"{ctx.month(ctx.day())} Edition"], bold=True)
    for heading in ctx.some(
        [
            "Welcome",
            "Upcoming Events",
            "Spotlight",
            "Reminders",
            "Thank You Volunteers",
            "From the Principal",
            "Club News",
        ],
        3,
        5,
    ):
        b.h(heading, 3)
        b.p(
            ctx.pick(
                [
                    f"Join us on {ctx.date(ctx.day())} for our annual "
                    f"{ctx.pick(['bake sale', 'picnic', 'open day', 'book fair'])}.",
                    f"Congratulations to {ctx.person()} for "
                    f"{ctx.pick(['20 years of service', 'winning the regional award', 'completing the marathon'])}!",
                    "Please remember to label all personal items.",
                    "Our thanks to everyone who helped make last month's event a success.",
                    "The car park will be closed for resurfacing next week.",
                ]
            )
        )
    return b.build(None, "columns")


TEMPLATES: TemplateTable = {
    LABEL: [
        unknown_resume,
        unknown_cover_letter,
        unknown_meeting_minutes,
        unknown_product_manual,
        unknown_academic_paper,
        unknown_press_release,
        unknown_job_posting,
        unknown_status_report,
        unknown_form_application,
        unknown_newsletter,
    ]
}
