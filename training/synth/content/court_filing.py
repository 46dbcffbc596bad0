"""Court filings: US appellate opinions and memorandum dispositions, district court orders, complaints, motions,
briefs, docket sheets, state court papers, and English and Indian judgments."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.content.legal_prose import CONCLUSIONS, Case
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "court_filing"
COUNTS = [
    "BREACH OF CONTRACT",
    "VIOLATION OF 42 U.S.C. § 1983",
    "RETALIATION IN VIOLATION OF TITLE VII",
    "NEGLIGENCE",
    "UNJUST ENRICHMENT",
    "FRAUD",
]
MOTION_RELIEF = [
    "dismissing the complaint pursuant to Federal Rule of Civil Procedure 12(b)(6)",
    "granting summary judgment pursuant to Federal Rule of Civil Procedure 56",
    "transferring this action pursuant to 28 U.S.C. § 1404(a)",
]
ARGUMENT_HEADINGS = [
    "Plaintiff Fails to State a Claim",
    "The Claim Is Time-Barred",
    "No Genuine Dispute of Material Fact Exists",
    "Defendant Is Entitled to Immunity",
    "Plaintiff Lacks Standing",
]


def _judges(ctx: Ctx, n: int = 3) -> list[str]:
    return [
        f"{ctx.first_name()[0]}. {ctx.last_name().upper()}" if ctx.chance(0.3) else ctx.last_name().upper()
        for _ in range(n)
    ]


def _page_header(ctx: Ctx, case: Case, doc_no: int) -> str:
    """The ECF stamp that every page of a federal filing carries at its top."""
    day = ctx.date(ctx.day(case.year, case.year), 0)
    return ctx.pick(
        [
            f"Case: {case.number}, {day}, ID: {ctx.digits(8)}, DktEntry: {doc_no}-1, Page 1 of {ctx.randint(8, 40)}",
            f"Case {case.district_number} Document {doc_no} Filed {day} Page 1 of {ctx.randint(3, 30)}",
            f"USCA{case.circuit_abbr.replace('th', '').replace('d', '').replace('st', '')} Appeal: {case.number} "
            f"Doc: {doc_no} Filed: {day} Pg: 1 of {ctx.randint(8, 40)}",
            f"Appellate Case: {case.number} Document: {ctx.digits(12)} Date Filed: {day} Page: 1",
        ]
    )


def _caption(b: DocBuilder, ctx: Ctx, case: Case, court: str) -> None:
    p_word, d_word = case.party_word
    b.lines([court], align="center", bold=True)
    b.lines(
        [
            case.plaintiff.upper() if ctx.chance(0.6) else case.plaintiff,
            f"{p_word},",
            "v.",
            case.defendant.upper() if ctx.chance(0.6) else case.defendant,
            f"{d_word}.",
        ]
    )


def court_appellate_opinion(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx)
    b.p(_page_header(ctx, case, ctx.randint(20, 90)), small=True)
    b.lines(["FOR PUBLICATION" if ctx.chance(0.6) else "PUBLISHED"], align="center")
    _caption(b, ctx, case, f"UNITED STATES COURT OF APPEALS FOR THE {case.circuit} CIRCUIT")
    b.lines([f"No. {case.number}", f"D.C. No. {case.district_number}", "OPINION"], align="right")
    b.p(
        f"Appeal from the United States District Court for the {case.district} {ctx.person()}, District Judge, "
        "Presiding"
    )
    argued = ctx.day(case.year - 1, case.year)
    b.p(
        f"Argued and Submitted {ctx.date(argued, 1)} "
        + ctx.pick(
            [
                "San Francisco, California",
                "Pasadena, California",
                "Seattle, Washington",
                "Portland, Oregon",
                "New York, New York",
            ]
        )
    )
    b.p(f"Filed {ctx.date(ctx.later(argued, 30, 300), 1)}")
    judges = _judges(ctx)
    b.p(f"Before: {judges[0].title()}, {judges[1].title()}, and {judges[2].title()}, Circuit Judges.")
    b.p(
        (
            f"Opinion by Judge {judges[ctx.randint(0, 2)].title()}; "
            + ctx.pick([f"Dissent by Judge {judges[2].title()}", f"Concurrence by Judge {judges[1].title()}", ""])
        ).rstrip("; ")
    )
    disposition = ctx.pick(list(CONCLUSIONS))
    if ctx.chance(0.5):
        b.h("SUMMARY*", 3)
        b.p(
            f"The panel {disposition.split()[0].lower()} the district court's judgment in an action concerning "
            f"{case.spec.issue}. " + " ".join(case.paragraphs("analysis", 1, 2))
        )
        b.p(
            "* This summary constitutes no part of the opinion of the court. It has been prepared by court staff for "
            "the convenience of the reader.",
            small=True,
        )
    b.h("COUNSEL", 3)
    b.p(f"{ctx.person()} (argued), {ctx.company()} LLP, {ctx.city()}, for {case.party_word[0]}.".replace("-.", "."))
    b.p(
        f"{ctx.person()} (argued), "
        f"{ctx.pick(['Assistant United States Attorney', 'Deputy Attorney General', 'Senior Counsel'])}, "
        f"{ctx.city()}, for {case.party_word[1]}."
    )
    b.h("OPINION", 2, "center")
    b.p(f"{judges[0].title()}, Circuit Judge:")
    b.paras(case.paragraphs("analysis", 1, 2))
    b.h("I.", 3)
    b.paras(case.paragraphs("facts", 3, 5))
    b.h("II.", 3)
    b.paras(case.paragraphs("procedure", 2, 3))
    b.h("III.", 3)
    for section in ("A", "B", "C")[: ctx.randint(1, 3)]:
        b.h(f"{section}.", 3)
        b.paras(case.paragraphs("analysis", 4, 8))
    b.h("IV.", 3)
    b.p(ctx.pick(CONCLUSIONS[disposition]))
    b.p(disposition + ".", align="center")
    if ctx.chance(0.5):
        b.p(
            f"1 {case.cite()}. We decline to reach {case.short(case.defendant)}'s alternative argument, which was "
            "raised for the first time on appeal.",
            small=True,
        )
    return b.build(None)


def court_memorandum_disposition(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx)
    b.p(_page_header(ctx, case, ctx.randint(20, 90)), small=True)
    b.lines(
        [
            "NOT FOR PUBLICATION",
            f"FILED {ctx.date(ctx.day(case.year, case.year), 1).upper()}",
            "MOLLY C. DWYER, CLERK U.S. COURT OF APPEALS" if ctx.chance(0.5) else "CLERK",
        ],
        align="right",
    )
    _caption(b, ctx, case, f"UNITED STATES COURT OF APPEALS FOR THE {case.circuit} CIRCUIT")
    b.lines(
        [
            f"No. {case.number}",
            f"D.C. No. {case.district_number}"
            if case.kind != "immigration"
            else f"Agency No. A{ctx.digits(3)}-{ctx.digits(3)}-{ctx.digits(3)}",
            "MEMORANDUM*",
        ],
        align="right",
    )
    if case.kind == "immigration":
        b.p("On Petition for Review of an Order of the Board of Immigration Appeals")
    else:
        b.p(
            f"Appeal from the United States District Court for the {case.district} {ctx.person()}, District Judge, "
            "Presiding"
        )
    b.p(f"Submitted {ctx.date(ctx.day(case.year, case.year), 1)}**")
    judges = _judges(ctx)
    b.p(f"Before: {', '.join(j.title() for j in judges[:2])}, and {judges[2].title()}, Circuit Judges.")
    disposition = ctx.pick(list(CONCLUSIONS))
    b.paras(case.paragraphs("procedure", 2, 3))
    b.paras(case.paragraphs("analysis", 4, 8))
    b.p(ctx.pick(CONCLUSIONS[disposition]))
    b.p(disposition + ".", align="center")
    b.p(
        "* This disposition is not appropriate for publication and is not precedent except as provided by Ninth "
        "Circuit Rule 36-3.",
        small=True,
    )
    b.p(
        "** The panel unanimously concludes this case is suitable for decision without oral argument. See Fed. R. "
        "App. P. 34(a)(2).",
        small=True,
    )
    return b.build(None)


def court_district_order(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx, ctx.pick(["civil_rights", "contract", "employment"]))
    b.p(_page_header(ctx, case, ctx.randint(10, 200)), small=True)
    b.lines(["UNITED STATES DISTRICT COURT", case.district.upper()], align="center", bold=True)
    b.lines([case.plaintiff, "Plaintiff,", "v.", case.defendant, "Defendant."])
    motion = ctx.pick(
        [
            "MOTION TO DISMISS",
            "MOTION FOR SUMMARY JUDGMENT",
            "MOTION FOR PRELIMINARY INJUNCTION",
            "MOTION TO COMPEL DISCOVERY",
            "MOTION TO REMAND",
        ]
    )
    outcome = ctx.pick(["GRANTING", "DENYING", "GRANTING IN PART AND DENYING IN PART"])
    b.lines(
        [
            f"Case No. {case.district_number}",
            f"ORDER {outcome} DEFENDANT'S {motion}",
            f"[ECF No. {ctx.randint(10, 120)}]",
        ],
        align="right",
    )
    b.p(
        f"Pending before the Court is Defendant {case.defendant}'s {motion.title()} (ECF No. "
        f"{ctx.randint(10, 120)}). Plaintiff filed an opposition, and Defendant replied. Having considered the "
        f"parties' briefs and the record, the Court {outcome.lower().replace('ing', 's')} the motion."
    )
    b.h("I. BACKGROUND", 3)
    b.paras(case.paragraphs("facts", 3, 5))
    b.h("II. LEGAL STANDARD", 3)
    b.p(
        ctx.pick(
            [
                "To survive a motion to dismiss, a complaint must contain sufficient factual matter, accepted as "
                "true, to state a claim to relief that is plausible on its face. Ashcroft v. Iqbal, 556 U.S. 662, "
                "678 (2009).",
                "Summary judgment is appropriate when there is no genuine dispute as to any material fact and the "
                "movant is entitled to judgment as a matter of law. Fed. R. Civ. P. 56(a).",
                "A plaintiff seeking a preliminary injunction must establish that he is likely to succeed on the "
                "merits, that he is likely to suffer irreparable harm in the absence of preliminary relief, that the "
                "balance of equities tips in his favor, and that an injunction is in the public interest.",
            ]
        )
    )
    b.h("III. DISCUSSION", 3)
    b.paras(case.paragraphs("analysis", 4, 8))
    b.h("IV. CONCLUSION", 3)
    b.p(
        f"IT IS THEREFORE ORDERED that Defendant's {motion.title()} is {outcome.replace('ING', 'ED')}. "
        + ctx.pick(
            [
                "Plaintiff is granted leave to file an amended complaint within 21 days.",
                "The Clerk of Court is directed to enter judgment accordingly and close this case.",
                "",
            ]
        )
    )
    b.p("IT IS SO ORDERED.")
    b.lines(
        [
            f"DATED: {ctx.date(ctx.day(case.year, case.year))}",
            "______________________________",
            ctx.person().upper(),
            ctx.pick(["UNITED STATES DISTRICT JUDGE", "United States Magistrate Judge"]),
        ]
    )
    return b.build(None)


def court_complaint(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx, ctx.pick(["civil_rights", "contract", "employment"]))
    firm = ctx.company() + " LLP"
    b.lines(
        [
            f"{ctx.person()} (Bar No. {ctx.digits(6)})",
            firm,
            ctx.address(),
            ctx.phone(),
            ctx.email(),
            "Attorneys for Plaintiff",
        ]
    )
    court = ctx.pick(
        [
            "UNITED STATES DISTRICT COURT",
            "IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS",
            "SUPERIOR COURT OF THE STATE OF CALIFORNIA",
            "SUPREME COURT OF THE STATE OF NEW YORK",
        ]
    )
    b.lines(
        [court, case.district.upper() if court.startswith("UNITED") else f"COUNTY OF {ctx.city().upper()}"],
        align="center",
        bold=True,
    )
    b.lines([case.plaintiff + ",", "Plaintiff,", "v.", case.defendant + ",", "Defendant."])
    b.lines(
        [
            f"Case No. {case.district_number if court.startswith('UNITED') else ctx.code('##?#####')}",
            ctx.pick(
                [
                    "COMPLAINT AND DEMAND FOR JURY TRIAL",
                    "COMPLAINT FOR DAMAGES",
                    "VERIFIED COMPLAINT",
                    "CLASS ACTION COMPLAINT",
                ]
            ),
        ],
        align="right",
        bold=True,
    )
    b.p(f"Plaintiff {case.plaintiff}, by and through undersigned counsel, alleges as follows:")
    n = 1
    for heading, _topic in [("PARTIES", None), ("JURISDICTION AND VENUE", None), ("FACTUAL ALLEGATIONS", "facts")]:
        b.h(heading, 3, "center")
        if heading == "PARTIES":
            paras = [
                f"Plaintiff {case.plaintiff} is an individual residing in {ctx.city()}.",
                f"Defendant {case.defendant} is an entity doing business in this District.",
            ]
        elif heading == "JURISDICTION AND VENUE":
            paras = [
                "This Court has subject matter jurisdiction under 28 U.S.C. §§ 1331 and 1343 because this action "
                f"arises under {case.spec.statute}.",
                "Venue is proper in this District under 28 U.S.C. § 1391(b) because a substantial part of the events "
                "giving rise to the claims occurred here.",
            ]
        else:
            paras = case.paragraphs("facts", 3, 5)
        for p in paras:
            b.p(f"{n}. {p}")
            n += 1
    for count in ["I", "II", "III"][: ctx.randint(1, 3)]:
        b.h(
            f"COUNT {count} \u2013 {ctx.pick(COUNTS)}",
            3,
            "center",
        )
        b.p(f"{n}. Plaintiff realleges and incorporates by reference the allegations in the preceding paragraphs.")
        b.p(
            f"{n + 1}. As a direct and proximate result of Defendant's conduct, Plaintiff has suffered damages in an "
            "amount to be proven at trial."
        )
        n += 2
    b.h("PRAYER FOR RELIEF", 3, "center")
    b.p(
        "WHEREFORE, Plaintiff respectfully requests that the Court enter judgment in Plaintiff's favor and award: "
        "(a) compensatory damages; (b) punitive damages; (c) pre- and post-judgment interest; (d) reasonable "
        "attorneys' fees and costs; and (e) such other relief as the Court deems just and proper."
    )
    b.h("DEMAND FOR JURY TRIAL", 3, "center")
    b.p("Plaintiff demands a trial by jury on all issues so triable.")
    b.lines([f"Dated: {ctx.date(ctx.day())}", "Respectfully submitted,", f"/s/ {ctx.person()}", firm])
    return b.build(None)


def court_motion(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx, ctx.pick(["civil_rights", "contract", "employment"]))
    b.lines(
        [
            f"{ctx.person()} (SBN {ctx.digits(6)})",
            ctx.company() + " LLP",
            ctx.address(),
            "Attorneys for Defendant " + case.defendant,
        ]
    )
    b.lines(["UNITED STATES DISTRICT COURT", case.district.upper()], align="center", bold=True)
    b.lines([case.plaintiff + ",", "Plaintiff,", "v.", case.defendant + ",", "Defendant."])
    motion = ctx.pick(
        [
            "MOTION TO DISMISS PLAINTIFF'S FIRST AMENDED COMPLAINT",
            "MOTION FOR SUMMARY JUDGMENT",
            "MOTION TO STRIKE",
            "MOTION TO TRANSFER VENUE",
            "MOTION IN LIMINE NO. 1",
        ]
    )
    b.lines(
        [
            f"Case No. {case.district_number}",
            f"DEFENDANT'S NOTICE OF {motion}; MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT THEREOF",
            f"Date: {ctx.date(ctx.day())}",
            f"Time: {ctx.randint(9, 11)}:00 a.m.",
            f"Courtroom: {ctx.randint(1, 12)}{ctx.pick(['A', 'B', ''])}",
            f"Judge: Hon. {ctx.person()}",
        ],
        align="right",
    )
    b.p(
        "TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD: PLEASE TAKE NOTICE that on the date and time above, or as "
        f"soon thereafter as the matter may be heard, Defendant {case.defendant} will and hereby does move the Court "
        "for an order " + ctx.pick(MOTION_RELIEF) + ". "
        "This motion is based on this Notice, the accompanying Memorandum of Points and Authorities, the pleadings "
        "and records on file, and such argument as may be presented at the hearing."
    )
    b.h("MEMORANDUM OF POINTS AND AUTHORITIES", 2, "center")
    b.h("I. INTRODUCTION", 3)
    b.p("Plaintiff's claims fail as a matter of law. " + " ".join(case.paragraphs("analysis", 1, 2)))
    b.h("II. STATEMENT OF FACTS", 3)
    b.paras(case.paragraphs("facts", 3, 4))
    b.h("III. ARGUMENT", 3)
    for letter in "ABC"[: ctx.randint(2, 3)]:
        b.h(
            f"{letter}. {ctx.pick(ARGUMENT_HEADINGS)}",
            3,
        )
        b.paras(case.paragraphs("analysis", 2, 3))
    b.h("IV. CONCLUSION", 3)
    b.p("For the foregoing reasons, Defendant respectfully requests that the Court grant this motion.")
    b.lines(
        [
            f"Dated: {ctx.date(ctx.day())}",
            "Respectfully submitted,",
            f"By: /s/ {ctx.person()}",
            "Attorneys for Defendant",
        ]
    )
    return b.build(None)


def court_brief(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx)
    b.lines(
        [f"No. {case.number}", f"IN THE UNITED STATES COURT OF APPEALS FOR THE {case.circuit} CIRCUIT"],
        align="center",
        bold=True,
    )
    b.lines([case.plaintiff, case.party_word[0] + ",", "v.", case.defendant, case.party_word[1] + "."], align="center")
    b.p(
        f"On Appeal from the United States District Court for the {case.district}, No. {case.district_number}",
        align="center",
    )
    side = ctx.pick(
        [
            "OPENING BRIEF OF APPELLANT",
            "ANSWERING BRIEF OF APPELLEE",
            "REPLY BRIEF OF APPELLANT",
            "BRIEF OF AMICUS CURIAE IN SUPPORT OF APPELLANT",
        ]
    )
    b.lines([side], align="center", bold=True)
    b.lines(
        [ctx.person(), ctx.company() + " LLP", ctx.address(), "Counsel for " + case.party_word[0].split("-")[-1]],
        align="center",
    )
    b.h("TABLE OF CONTENTS", 3, "center")
    toc = [
        "TABLE OF AUTHORITIES",
        "INTRODUCTION",
        "JURISDICTIONAL STATEMENT",
        "STATEMENT OF THE ISSUES",
        "STATEMENT OF THE CASE",
        "SUMMARY OF ARGUMENT",
        "STANDARD OF REVIEW",
        "ARGUMENT",
        "CONCLUSION",
        "CERTIFICATE OF COMPLIANCE",
        "CERTIFICATE OF SERVICE",
    ]
    b.table(None, [[t, str(i * ctx.randint(1, 3) + 1)] for i, t in enumerate(toc)], numeric_from=1)
    b.h("TABLE OF AUTHORITIES", 3, "center")
    b.table(
        ["Cases", "Page(s)"], [[case.cite(), str(ctx.randint(2, 40))] for _ in range(ctx.randint(4, 9))], numeric_from=1
    )
    b.p(f"Statutes: {case.spec.statute} ... passim; 28 U.S.C. § 1291 ... 1")
    b.h("JURISDICTIONAL STATEMENT", 3)
    b.p(
        f"The district court had jurisdiction under {case.spec.statute}. It entered final judgment on "
        f"{ctx.date(ctx.day())}, and Appellant timely filed a notice of appeal. This Court has jurisdiction under 28 "
        "U.S.C. § 1291."
    )
    b.h("STATEMENT OF THE ISSUES", 3)
    b.p(f"1. Whether the district court erred in its ruling on {case.spec.issue}.")
    b.h("STATEMENT OF THE CASE", 3)
    b.paras(case.paragraphs("facts", 3, 5))
    b.h("ARGUMENT", 3)
    b.paras(case.paragraphs("analysis", 4, 8))
    b.h("CONCLUSION", 3)
    b.p("The judgment of the district court should be reversed.")
    b.h("CERTIFICATE OF COMPLIANCE", 3)
    b.p(
        "This brief complies with the type-volume limitation of Fed. R. App. P. 32(a)(7)(B) because it contains "
        f"{ctx.randint(3000, 13900)} words, excluding the parts exempted by Fed. R. App. P. 32(f)."
    )
    b.h("CERTIFICATE OF SERVICE", 3)
    b.p(
        f"I hereby certify that on {ctx.date(ctx.day())}, I electronically filed the foregoing with the Clerk of the "
        "Court by using the appellate electronic filing system."
    )
    return b.build(None)


def court_docket_sheet(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    case = Case(ctx, ctx.pick(["civil_rights", "contract", "employment", "criminal"]))
    b.lines(
        ["U.S. District Court", f"{case.district} ({ctx.city()})", f"CIVIL DOCKET FOR CASE #: {case.district_number}"],
        bold=True,
    )
    filed = ctx.day(case.year - 2, case.year)
    b.fields(
        [
            ("Case title", f"{case.short(case.plaintiff)} v. {case.short(case.defendant)}"),
            ("Assigned to", f"Judge {ctx.person()}"),
            ("Referred to", f"Magistrate Judge {ctx.person()}"),
            (
                "Cause",
                ctx.pick(
                    [
                        "28:1332 Diversity-Breach of Contract",
                        "42:1983 Civil Rights Act",
                        "42:2000e Job Discrimination (Employment)",
                        "15:78m(a) Securities Exchange Act",
                    ]
                ),
            ),
            ("Date Filed", ctx.date(filed, 0)),
            ("Jury Demand", ctx.pick(["Plaintiff", "Both", "None"])),
            (
                "Nature of Suit",
                ctx.pick(
                    [
                        "190 Contract: Other",
                        "440 Civil Rights: Other",
                        "442 Civil Rights: Jobs",
                        "850 Securities/Commodities",
                    ]
                ),
            ),
            ("Jurisdiction", ctx.pick(["Diversity", "Federal Question"])),
        ]
    )
    b.lines(
        [
            f"Plaintiff: {case.plaintiff}  represented by {ctx.person()}, {ctx.company()} LLP, LEAD ATTORNEY, "
            "ATTORNEY TO BE NOTICED",
            f"Defendant: {case.defendant}  represented by {ctx.person()}",
        ]
    )
    entries = [
        "COMPLAINT against {d} (Filing fee $ 402, receipt number {r}), filed by {p}.",
        "Summons Issued as to {d}.",
        "NOTICE of Appearance by {a} on behalf of {d}.",
        "MOTION to Dismiss for Failure to State a Claim by {d}.",
        "RESPONSE in Opposition re MOTION to Dismiss filed by {p}.",
        "REPLY to Response to Motion filed by {d}.",
        "SCHEDULING ORDER: Discovery due by {date}. Dispositive motions due by {date}.",
        "MINUTE ENTRY for proceedings held before Judge {j}: Status Conference held.",
        "ORDER granting in part and denying in part Motion to Dismiss. Signed by Judge {j}.",
        "STIPULATION of Dismissal with Prejudice by {p}.",
    ]
    rows = []
    day = filed
    for i, e in enumerate(entries[: ctx.randint(5, len(entries))], 1):
        day = ctx.later(day, 1, 60)
        text = (
            e.replace("{d}", case.short(case.defendant))
            .replace("{p}", case.short(case.plaintiff))
            .replace("{a}", ctx.person())
            .replace("{j}", ctx.last_name())
            .replace("{r}", ctx.code("????-#######"))
            .replace("{date}", ctx.date(ctx.later(day, 60, 200), 0))
        )
        rows.append([ctx.date(day, 0), str(i), text + f" (Entered: {ctx.date(day, 0)})"])
    b.table(["Date Filed", "#", "Docket Text"], rows)
    b.p(
        f"PACER Service Center  Transaction Receipt  {ctx.date(ctx.day(), 0)}  Billable Pages: {ctx.randint(1, 5)}  "
        f"Cost: 0.{ctx.randint(10, 50)}",
        small=True,
    )
    return b.build(None)


def court_state_papers(rng: random.Random) -> SyntheticDocument:
    """State trial-court papers: summonses, family-law judgments, small-claims orders, notices of hearing."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    county = ctx.city().upper()
    court = ctx.pick(
        [
            f"SUPERIOR COURT OF CALIFORNIA, COUNTY OF {county}",
            f"IN THE CIRCUIT COURT OF THE {ctx.randint(1, 20)}TH JUDICIAL CIRCUIT IN AND FOR {county} COUNTY, FLORIDA",
            f"DISTRICT COURT OF {county} COUNTY, TEXAS",
            f"FAMILY COURT OF THE STATE OF NEW YORK, COUNTY OF {county}",
            f"MAGISTRATES COURT OF {ctx.pick(['NEW SOUTH WALES', 'VICTORIA'])}",
        ]
    )
    kind = ctx.pick(["summons", "judgment", "notice", "restraining"])
    b.lines([court], align="center", bold=True)
    petitioner, respondent = ctx.person(), ctx.person()
    b.fields(
        [
            ("PETITIONER/PLAINTIFF", petitioner),
            ("RESPONDENT/DEFENDANT", respondent),
            ("CASE NUMBER", ctx.code("??#######") if ctx.chance(0.5) else ctx.code("####-??-######")),
        ]
    )
    if kind == "summons":
        b.lines(["SUMMONS (CITACION JUDICIAL)"], bold=True)
        b.p(
            f"NOTICE TO DEFENDANT: (AVISO AL DEMANDADO): {respondent}. YOU ARE BEING SUED BY PLAINTIFF: (LO ESTÁ "
            f"DEMANDANDO EL DEMANDANTE): {petitioner}."
        )
        b.p(
            "NOTICE! You have been sued. The court may decide against you without your being heard unless you "
            "respond within 30 days. You have 30 CALENDAR DAYS after this summons and legal papers are served on you "
            "to file a written response at this court and have a copy served on the plaintiff."
        )
        b.p(
            "¡AVISO! Lo han demandado. Si no responde dentro de 30 días, la corte puede decidir en su contra sin "
            "escuchar su versión."
        )
    elif kind == "judgment":
        b.lines(
            [
                ctx.pick(
                    [
                        "JUDGMENT OF DISSOLUTION OF MARRIAGE",
                        "FINAL JUDGMENT",
                        "JUDGMENT AFTER TRIAL BY COURT",
                        "DEFAULT JUDGMENT",
                    ]
                )
            ],
            bold=True,
        )
        b.p(
            f"This matter came on for hearing on {ctx.date(ctx.day())} in Department {ctx.randint(1, 90)}, the "
            f"Honorable {ctx.person()} presiding. The Court, having considered the evidence and the arguments, "
            "ORDERS, ADJUDGES AND DECREES as follows:"
        )
        for i, t in enumerate(
            ctx.some(
                [
                    "The marriage of the parties is dissolved, and the parties are restored to the status of single "
                    "persons.",
                    f"Respondent shall pay child support of {ctx.money(ctx.amount(300, 2500))} per month.",
                    "Judgment is entered in favor of Plaintiff in the amount of "
                    f"{ctx.money(ctx.amount(1000, 90000))}, plus costs.",
                    "Each party shall bear their own attorney's fees.",
                    "The Court retains jurisdiction to make further orders as necessary.",
                ],
                2,
                4,
            ),
            1,
        ):
            b.p(f"{i}. {t}")
    elif kind == "notice":
        b.lines(
            [ctx.pick(["NOTICE OF HEARING", "NOTICE OF MOTION", "ORDER TO SHOW CAUSE", "NOTICE OF APPEAL"])], bold=True
        )
        b.p(
            f"PLEASE TAKE NOTICE that the above-entitled matter will be heard on {ctx.date(ctx.day())} at "
            f"{ctx.randint(8, 11)}:30 a.m. in Department {ctx.randint(1, 90)} of the above-entitled court, located "
            f"at {ctx.address()}."
        )
    else:
        b.lines(
            [
                ctx.pick(
                    [
                        "TEMPORARY RESTRAINING ORDER",
                        "ORDER OF PROTECTION",
                        "CIVIL HARASSMENT RESTRAINING ORDER AFTER HEARING",
                    ]
                )
            ],
            bold=True,
        )
        b.p(
            f"The Court finds that {respondent} has committed acts of harassment against {petitioner}. {respondent} "
            f"is ORDERED not to harass, threaten, or contact {petitioner} and to stay at least "
            f"{ctx.randint(50, 300)} yards away from {petitioner}'s home, workplace and vehicle."
        )
        b.p(
            f"This Order expires on {ctx.date(ctx.day(2025, 2028))}. Violation of this order is a crime punishable "
            "by fine and imprisonment."
        )
    b.lines(
        [
            f"Date: {ctx.date(ctx.day())}",
            "______________________________",
            "JUDGE OF THE SUPERIOR COURT" if "SUPERIOR" in court else "JUDGE",
            f"Clerk, by {ctx.person()}, Deputy",
        ]
    )
    return b.build(None)


def court_uk_judgment(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    year = ctx.randint(2012, 2025)
    court = ctx.pick(["EWCA Civ", "EWHC", "UKSC", "EWCA Crim"])
    division = "" if court != "EWHC" else f" ({ctx.pick(['Comm', 'Ch', 'QB', 'KB', 'Fam'])})"
    b.lines(
        [
            f"Neutral Citation Number: [{year}] {court} {ctx.randint(1, 3000)}{division}",
            f"Case No: {ctx.code('??/####/####')}",
        ],
        align="right",
    )
    b.lines(
        [
            ctx.pick(
                [
                    "IN THE COURT OF APPEAL (CIVIL DIVISION)",
                    "IN THE HIGH COURT OF JUSTICE",
                    "THE SUPREME COURT",
                    "BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES",
                ]
            ),
            ctx.pick(
                [
                    "ON APPEAL FROM THE HIGH COURT OF JUSTICE, KING'S BENCH DIVISION",
                    "CHANCERY DIVISION",
                    "COMMERCIAL COURT (KBD)",
                    "",
                ]
            ),
            "Royal Courts of Justice",
            "Strand, London, WC2A 2LL",
            f"Date: {ctx.date(ctx.day(year, year), 1)}",
        ],
        align="center",
    )
    judges = [
        f"LORD JUSTICE {ctx.last_name().upper()}",
        f"LADY JUSTICE {ctx.last_name().upper()}",
        f"MR JUSTICE {ctx.last_name().upper()}",
    ]
    b.lines(["Before:", *ctx.some(judges, 1, 3)], align="center")
    a, c = ctx.company() + " Limited", ctx.person()
    b.lines(["Between:", a, "Claimant/Appellant", "- and -", c, "Defendant/Respondent"], align="center")
    b.p(
        f"{ctx.person()} KC and {ctx.person()} (instructed by {ctx.company()} LLP) for the Appellant. {ctx.person()} "
        f"(instructed by {ctx.company()} Solicitors) for the Respondent."
    )
    b.p(f"Hearing dates: {ctx.date(ctx.day(year - 1, year))}")
    b.lines(["Approved Judgment" if ctx.chance(0.7) else "JUDGMENT"], align="center", bold=True)
    b.p(
        "This judgment was handed down remotely at 10.30am by circulation to the parties or their representatives by "
        "e-mail and by release to the National Archives.",
        small=True,
    )
    paras = [
        "This is an appeal against the order of the judge dismissing the claim for damages for breach of a contract "
        f"for the supply of {ctx.pick(['software services', 'steel', 'marketing services', 'aircraft parts'])}.",
        "The central question is whether, on the true construction of the limitation clause, the claim for loss of "
        "profits was excluded as indirect or consequential loss.",
        "The principles of contractual interpretation are well established. The court's task is to ascertain the "
        "objective meaning of the language which the parties have chosen to express their agreement: Wood v Capita "
        "Insurance Services Ltd [2017] UKSC 24.",
        "The judge held that the words 'indirect or consequential loss' bore their traditional meaning, namely loss "
        "falling within the second limb of Hadley v Baxendale (1854) 9 Exch 341.",
        "In my judgment the judge was right to so hold. Loss of profits which flows directly and naturally from the "
        "breach is not excluded by the clause.",
        "I would accordingly dismiss the appeal.",
    ]
    for i, p in enumerate(paras, 1):
        b.p(f"{i}. {p}")
    b.p(f"{judges[1].title()}: I agree.")
    return b.build(None)


def court_india_judgment(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    year = ctx.randint(2012, 2025)
    court = ctx.pick(
        [
            "IN THE HIGH COURT OF DELHI AT NEW DELHI",
            "IN THE HIGH COURT OF JUDICATURE AT BOMBAY",
            "IN THE SUPREME COURT OF INDIA",
            "IN THE HIGH COURT OF KARNATAKA AT BENGALURU",
            "BEFORE THE NATIONAL CONSUMER DISPUTES REDRESSAL COMMISSION",
        ]
    )
    b.lines(
        [court, ctx.pick(["CIVIL APPELLATE JURISDICTION", "ORIGINAL SIDE", "CRIMINAL APPELLATE JURISDICTION", ""])],
        align="center",
        bold=True,
    )
    number = ctx.pick(
        [
            f"W.P.(C) {ctx.randint(100, 15000)}/{year}",
            f"CRL.A. {ctx.randint(10, 900)}/{year}",
            f"CIVIL APPEAL NO. {ctx.randint(100, 9000)} OF {year}",
            f"FAO {ctx.randint(10, 500)}/{year}",
        ]
    )
    b.lines(
        [number, f"Reserved on: {ctx.date(ctx.day(year, year))}", f"Pronounced on: {ctx.date(ctx.day(year, year))}"],
        align="right",
    )
    b.lines(
        [
            ctx.person().upper(),
            "..... Petitioner",
            f"Through: Mr. {ctx.person()}, Advocate",
            "versus",
            ctx.pick(["UNION OF INDIA & ORS.", "STATE OF MAHARASHTRA", ctx.company().upper() + " LTD."]),
            "..... Respondents",
            f"Through: Ms. {ctx.person()}, Standing Counsel",
        ]
    )
    b.p(
        f"CORAM: HON'BLE MR. JUSTICE {ctx.person().upper()}"
        + (f"  HON'BLE MS. JUSTICE {ctx.person().upper()}" if ctx.chance(0.5) else "")
    )
    b.lines(["JUDGMENT"], align="center", bold=True)
    paras = [
        "The present writ petition under Article 226 of the Constitution of India has been filed seeking quashing of "
        "the impugned order passed by the respondent authority.",
        f"Brief facts of the case are that the petitioner was appointed on {ctx.date(ctx.day(2000, 2015))} and "
        "served with an unblemished record until the show cause notice was issued.",
        "Learned counsel for the petitioner submits that the impugned order has been passed in violation of the "
        "principles of natural justice, as no opportunity of hearing was afforded to the petitioner.",
        "Per contra, learned counsel for the respondents submits that the petition is not maintainable in view of "
        "the availability of an alternative efficacious remedy.",
        "We have heard learned counsel for the parties and perused the record. It is settled law that an order "
        "affecting the rights of a person cannot be passed without affording him a reasonable opportunity of being "
        "heard.",
        "In view of the above, the impugned order is set aside and the matter is remanded to the respondent "
        "authority for fresh consideration in accordance with law. The petition is disposed of accordingly. No order "
        "as to costs.",
    ]
    for i, p in enumerate(paras, 1):
        b.p(f"{i}. {p}")
    b.lines([f"{ctx.person().upper()}, J.", ctx.date(ctx.day(year, year)).upper()], align="right")
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        court_appellate_opinion,
        court_memorandum_disposition,
        court_district_order,
        court_complaint,
        court_motion,
        court_brief,
        court_docket_sheet,
        court_state_papers,
        court_uk_judgment,
        court_india_judgment,
    ]
}
