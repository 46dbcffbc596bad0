"""Legal prose for court filings: case captions, citations and sentence banks by topic.

Opinions and briefs are long; they are assembled from sentences drawn per topic
(facts, procedure, standard of review, analysis, conclusion) with parties, statutes
and citations substituted, so no two filings share a paragraph verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass

from training.synth.context import Ctx


@dataclass(frozen=True)
class CaseType:
    statute: str
    issue: str
    facts: tuple[str, ...]
    analysis: tuple[str, ...]


CIRCUITS = [
    ("FIRST", "1st"),
    ("SECOND", "2d"),
    ("THIRD", "3d"),
    ("FOURTH", "4th"),
    ("FIFTH", "5th"),
    ("SIXTH", "6th"),
    ("SEVENTH", "7th"),
    ("EIGHTH", "8th"),
    ("NINTH", "9th"),
    ("TENTH", "10th"),
    ("ELEVENTH", "11th"),
    ("DISTRICT OF COLUMBIA", "D.C."),
    ("FEDERAL", "Fed."),
]
DISTRICTS = [
    "Northern District of California",
    "Central District of California",
    "Southern District of New York",
    "Eastern District of Pennsylvania",
    "District of Arizona",
    "Northern District of Illinois",
    "Western District of Washington",
    "District of Massachusetts",
    "Eastern District of Virginia",
    "Southern District of Texas",
    "District of Colorado",
    "Middle District of Florida",
    "District of Oregon",
    "Eastern District of Michigan",
    "District of Nevada",
]
DISTRICT_ABBR = [
    "N.D. Cal.",
    "C.D. Cal.",
    "S.D.N.Y.",
    "E.D. Pa.",
    "D. Ariz.",
    "N.D. Ill.",
    "W.D. Wash.",
    "D. Mass.",
    "E.D. Va.",
    "S.D. Tex.",
    "D. Colo.",
]

CASE_TYPES = {
    "civil_rights": CaseType(
        statute="42 U.S.C. § 1983",
        issue="qualified immunity",
        facts=(
            "On the evening of {date}, officers of the {city} Police Department responded to a call reporting a "
            "disturbance at {pname}'s residence.",
            "{pname} alleges that, after {pname_he} complied with the officers' commands, Officer {dname} deployed a "
            "taser and forced {pname_him} to the ground.",
            "{pname} was arrested for resisting an officer, but the charges were later dismissed.",
            "{pname} then filed this action under {statute}, alleging that the officers used excessive force in "
            "violation of the Fourth Amendment.",
        ),
        analysis=(
            "Qualified immunity shields government officials from liability for civil damages unless their conduct "
            "violates clearly established statutory or constitutional rights of which a reasonable person would have "
            "known. {cite}.",
            "To determine whether an officer is entitled to qualified immunity, we ask (1) whether the facts, taken "
            "in the light most favorable to the plaintiff, show that the officer's conduct violated a constitutional "
            "right, and (2) whether the right was clearly established at the time of the alleged violation. {cite}.",
            "The reasonableness of a particular use of force must be judged from the perspective of a reasonable "
            "officer on the scene, rather than with the 20/20 vision of hindsight. {cite}.",
            "Viewing the evidence in the light most favorable to {pname}, a reasonable jury could find that "
            "{pname_he} posed no immediate threat to the safety of the officers or others.",
            "Our precedent placed the constitutional question beyond debate: it was clearly established that the use "
            "of a taser against a non-resisting, compliant individual constitutes excessive force. {cite}.",
        ),
    ),
    "contract": CaseType(
        statute="28 U.S.C. § 1332",
        issue="breach of contract",
        facts=(
            "In {year}, {pname} and {dname} entered into a supply agreement under which {dname} agreed to purchase "
            "minimum quantities of {product} over a five-year term.",
            "After two years, {dname} stopped placing orders, citing a decline in market demand, and {pname} sued "
            "for breach of contract and breach of the implied covenant of good faith and fair dealing.",
            "The district court granted summary judgment to {dname}, concluding that the agreement's force majeure "
            "clause excused its performance.",
        ),
        analysis=(
            "Under {state} law, the interpretation of a contract is a question of law that we review de novo. {cite}.",
            "When contract language is clear and unambiguous, we give effect to its plain meaning and do not "
            "consider extrinsic evidence. {cite}.",
            "A force majeure clause excuses performance only when the event that prevents performance falls within "
            "the clause's scope and was beyond the party's control. {cite}.",
            "A mere decline in profitability or market demand does not render performance impossible, and courts "
            "have consistently refused to read such economic hardship into force majeure provisions. {cite}.",
            "Because genuine disputes of material fact remain as to whether {dname} acted in good faith, summary "
            "judgment on that claim was improper.",
        ),
    ),
    "criminal": CaseType(
        statute="18 U.S.C. § 922(g)(1)",
        issue="the denial of a motion to suppress",
        facts=(
            "{pname_def} was stopped by a state trooper on Interstate {n} for following another vehicle too closely.",
            "During the stop, the trooper asked {pname_def} a series of questions unrelated to the traffic violation "
            "and, after issuing a warning, detained {pname_him} for a canine sniff.",
            "The dog alerted, and a search of the vehicle revealed a loaded firearm and approximately {n} grams of "
            "methamphetamine.",
            "{pname_def} was indicted on one count of possession of a firearm by a felon, in violation of {statute}, "
            "and moved to suppress the evidence.",
            "After the district court denied the motion, {pname_def} entered a conditional guilty plea and was "
            "sentenced to {n} months' imprisonment.",
        ),
        analysis=(
            "In reviewing the denial of a motion to suppress, we review the district court's factual findings for "
            "clear error and its legal conclusions de novo. {cite}.",
            "A seizure justified only by a police-observed traffic violation becomes unlawful if it is prolonged "
            "beyond the time reasonably required to complete the mission of issuing a ticket for the violation. "
            "{cite}.",
            "An officer may prolong a traffic stop only if he has reasonable suspicion of other criminal activity, "
            "which requires a particularized and objective basis for suspecting the person stopped of wrongdoing. "
            "{cite}.",
            "The factors on which the government relies—nervousness, travel on a known drug corridor, and a rental "
            "car—are consistent with innocent travel and, without more, do not establish reasonable suspicion.",
            "We review the reasonableness of a sentence under a deferential abuse-of-discretion standard, and a "
            "sentence within the properly calculated Guidelines range is presumptively reasonable. {cite}.",
        ),
    ),
    "immigration": CaseType(
        statute="8 U.S.C. § 1252",
        issue="the denial of asylum and withholding of removal",
        facts=(
            "{pname}, a native and citizen of {country}, entered the United States without inspection in {year}.",
            "{pname} applied for asylum, withholding of removal and protection under the Convention Against Torture, "
            "asserting that {pname_he} had been threatened by gang members because of {pname_his} membership in a "
            "particular social group.",
            "The immigration judge found {pname} credible but denied relief, concluding that {pname_he} had not "
            "established a nexus between the harm and a protected ground, and the Board of Immigration Appeals "
            "dismissed the appeal.",
        ),
        analysis=(
            "We review the agency's factual findings for substantial evidence and will uphold them unless the "
            "evidence compels a contrary conclusion. {cite}.",
            "To qualify for asylum, an applicant must show that a protected ground was or will be at least one "
            "central reason for the persecution. {cite}.",
            "Generalized violence and criminal extortion, without more, do not constitute persecution on account of "
            "a protected ground. {cite}.",
            "Substantial evidence supports the agency's conclusion that {pname} failed to show it is more likely "
            "than not that {pname_he} would be tortured by or with the acquiescence of a public official.",
        ),
    ),
    "employment": CaseType(
        statute="42 U.S.C. § 2000e-2(a)",
        issue="retaliation and discrimination under Title VII",
        facts=(
            "{pname} worked as a {job} for {dname} from {year} until {pname_his} termination.",
            "{pname} complained to human resources that {pname_his} supervisor had made repeated derogatory "
            "comments, and was terminated three weeks later for alleged performance deficiencies.",
            "{pname} sued, alleging discrimination and retaliation in violation of Title VII of the Civil Rights Act "
            "of 1964, {statute}.",
        ),
        analysis=(
            "We analyze Title VII claims that rely on circumstantial evidence under the burden-shifting framework of "
            "McDonnell Douglas Corp. v. Green, 411 U.S. 792 (1973).",
            "To establish a prima facie case of retaliation, a plaintiff must show that (1) she engaged in protected "
            "activity, (2) she suffered an adverse employment action, and (3) there was a causal link between the "
            "two. {cite}.",
            "Close temporal proximity between protected activity and an adverse action can support an inference of "
            "causation at the prima facie stage. {cite}.",
            "The employer's shifting explanations for the termination are evidence from which a jury could infer "
            "that the stated reason was a pretext for retaliation.",
        ),
    ),
    "habeas": CaseType(
        statute="28 U.S.C. § 2254",
        issue="a petition for a writ of habeas corpus",
        facts=(
            "A {state} jury convicted {pname} of second-degree murder, and the state appellate court affirmed.",
            "{pname} filed a petition for a writ of habeas corpus under {statute}, arguing that trial counsel "
            "rendered ineffective assistance by failing to investigate an alibi witness.",
            "The district court denied the petition but granted a certificate of appealability on the "
            "ineffective-assistance claim.",
        ),
        analysis=(
            "Under the Antiterrorism and Effective Death Penalty Act of 1996 (AEDPA), a federal court may not grant "
            "habeas relief on a claim adjudicated on the merits in state court unless the state court's decision was "
            "contrary to, or involved an unreasonable application of, clearly established Federal law. {cite}.",
            "To prevail on an ineffective-assistance claim, a petitioner must show both that counsel's performance "
            "was deficient and that the deficiency prejudiced the defense. Strickland v. Washington, 466 U.S. 668, "
            "687 (1984).",
            "Our review is doubly deferential when a Strickland claim is evaluated under the § 2254(d)(1) standard. "
            "{cite}.",
            "Fairminded jurists could disagree about whether counsel's decision not to call the witness was a "
            "reasonable strategic choice, and the state court's decision therefore was not unreasonable.",
        ),
    ),
}

# Sentences any appellate opinion or brief might contain, whatever the subject.
GENERIC_ANALYSIS = [
    "We may affirm on any ground supported by the record, even if the district court did not rely on it. {cite}.",
    "Arguments raised for the first time on appeal are generally forfeited, and we see no exceptional circumstances "
    "warranting a departure from that rule here. {cite}.",
    "{dname} contends that the district court misapplied the governing standard, but that argument misreads the "
    "record.",
    "The district court's reasoning on this point is persuasive, and we adopt it.",
    "We are not persuaded. The cases on which {pname} relies are readily distinguishable because each involved "
    "materially different facts.",
    "Even assuming the district court erred, any error was harmless because it did not affect the outcome of the "
    "proceeding. {cite}.",
    "A district court abuses its discretion when it applies the wrong legal standard or rests its decision on a "
    "clearly erroneous finding of fact. {cite}.",
    "The text of the statute is the starting point of our analysis, and where that text is plain and unambiguous, "
    "our inquiry ends there. {cite}.",
    "We need not decide whether the remaining factors weigh in favor of {pname}, because the first factor is "
    "dispositive.",
    "Nothing in the record suggests that the district court failed to consider the relevant evidence or the parties' "
    "arguments.",
    "Our sister circuits have reached the same conclusion. See {cite}; {cite}.",
    "The dissent's contrary view rests on a reading of our precedent that we cannot square with its reasoning or its "
    "holding.",
    "That conclusion is reinforced by the structure and purpose of the statute as a whole.",
    "Because {pname} did not raise this argument in the district court, we review only for plain error. {cite}.",
    "At oral argument, counsel conceded that the record contains no evidence supporting this theory.",
    "We express no view on the merits of any claim that may be raised on remand.",
    "Summary judgment is inappropriate where the evidence is such that a reasonable jury could return a verdict for "
    "the nonmoving party. {cite}.",
    "The burden then shifts to the opposing party to designate specific facts showing that there is a genuine issue "
    "for trial. {cite}.",
    "The record, read as a whole, does not support the inference that {pname} urges.",
    "We have repeatedly held that conclusory allegations, unsupported by factual material, are insufficient to "
    "defeat a motion to dismiss. {cite}.",
]

PROCEDURE = [
    "We have jurisdiction under 28 U.S.C. § 1291, and we {disposition_verb}.",
    "The district court had jurisdiction under {statute}. We have jurisdiction under 28 U.S.C. § 1291.",
    "We review de novo a district court's grant of summary judgment, viewing the evidence in the light most "
    "favorable to the non-moving party. {cite}.",
    "We review a district court's dismissal for failure to state a claim under Federal Rule of Civil Procedure "
    "12(b)(6) de novo. {cite}.",
    "Because the parties are familiar with the facts, we recount them only as necessary to explain our decision.",
]
CONCLUSIONS = {
    "AFFIRMED": ["For the foregoing reasons, the judgment of the district court is AFFIRMED.", "We therefore affirm."],
    "REVERSED AND REMANDED": [
        "We REVERSE the district court's judgment and REMAND for further proceedings consistent with this opinion.",
        "The judgment is reversed, and the case is remanded.",
    ],
    "AFFIRMED IN PART, REVERSED IN PART, AND REMANDED": [
        "We affirm the dismissal of the remaining claims, reverse the grant of summary judgment on the retaliation "
        "claim, and remand for trial.",
        "Each party shall bear its own costs on appeal.",
    ],
    "PETITION DENIED": ["The petition for review is DENIED.", "The motion for a stay of removal is denied as moot."],
    "VACATED AND REMANDED": [
        "We VACATE the sentence and REMAND for resentencing.",
        "On remand, the district court should consider the factors set forth in 18 U.S.C. § 3553(a).",
    ],
}
REPORTERS = ["F.3d", "F.4th", "F.3d", "F. App'x", "F.2d"]
SUPREME = [
    "Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 255 (1986)",
    "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009)",
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007)",
    "Graham v. Connor, 490 U.S. 386, 396 (1989)",
    "Pearson v. Callahan, 555 U.S. 223, 232 (2009)",
    "Rodriguez v. United States, 575 U.S. 348, 354 (2015)",
    "Harrington v. Richter, 562 U.S. 86, 105 (2011)",
    "Celotex Corp. v. Catrett, 477 U.S. 317, 322 (1986)",
    "Terry v. Ohio, 392 U.S. 1, 21 (1968)",
    "INS v. Elias-Zacarias, 502 U.S. 478, 481 (1992)",
    "Gall v. United States, 552 U.S. 38, 51 (2007)",
]


class Case:
    """Names, court and subject of one fictional case, reused across the filing."""

    def __init__(self, ctx: Ctx, kind: str | None = None) -> None:
        self.ctx = ctx
        self.kind = kind or ctx.pick(list(CASE_TYPES))
        self.spec = CASE_TYPES[self.kind]
        self.plaintiff = ctx.person()
        if self.kind == "criminal":
            self.plaintiff = "UNITED STATES OF AMERICA"
        self.defendant = (
            ctx.person()
            if self.kind in ("criminal",)
            else ctx.pick([ctx.company(), f"City of {ctx.city()}", ctx.person(), f"{ctx.company()}, Inc."])
        )
        if self.kind == "immigration":
            self.defendant = ctx.pick(
                [
                    "Merrick B. Garland, Attorney General",
                    "Pamela Bondi, Attorney General",
                    "William P. Barr, Attorney General",
                ]
            )
        if self.kind == "habeas":
            self.defendant = f"{ctx.person()}, Warden"
        self.circuit, self.circuit_abbr = ctx.pick(CIRCUITS)
        self.district = ctx.pick(DISTRICTS)
        self.year = ctx.randint(2012, 2025)
        self.number = f"{str(self.year - ctx.randint(0, 2))[2:]}-{ctx.digits(ctx.pick([4, 5]))}"
        self.district_number = (
            f"{ctx.randint(1, 5)}:{str(self.year - ctx.randint(1, 4))[2:]}-cv-{ctx.digits(5)}-{ctx.code('???')}"
        )
        self.party_word = self._party_words()
        he = ctx.pick(["he", "she"])
        self.pronouns = {"he": he, "him": "him" if he == "he" else "her", "his": "his" if he == "he" else "her"}

    def _party_words(self) -> tuple[str, str]:
        if self.kind == "immigration":
            return "Petitioner", "Respondent"
        if self.kind == "criminal":
            return "Plaintiff-Appellee", "Defendant-Appellant"
        return self.ctx.pick(
            [("Plaintiff-Appellant", "Defendant-Appellee"), ("Plaintiff-Appellee", "Defendant-Appellant")]
        )

    def short(self, name: str) -> str:
        if name.startswith("UNITED STATES"):
            return "the government"
        return name.split(",", maxsplit=1)[0].rsplit(maxsplit=1)[-1] if " " in name else name

    def cite(self) -> str:
        ctx = self.ctx
        if ctx.chance(0.3):
            return ctx.pick(SUPREME)
        a, c = (
            ctx.last_name(),
            ctx.pick([ctx.last_name(), "City of " + ctx.city(), ctx.company().split(",")[0], "United States"]),
        )
        reporter = ctx.pick(REPORTERS)
        vol, page = ctx.randint(100, 999), ctx.randint(1, 1400)
        court = (
            f"{ctx.pick([c for _, c in CIRCUITS[:12]])} Cir." if reporter != "F. Supp. 3d" else ctx.pick(DISTRICT_ABBR)
        )
        return (
            f"{a} v. {c}, {vol} {reporter} {page}, {page + ctx.randint(1, 12)} ({court} {ctx.randint(1985, self.year)})"
        )

    def fill(self, text: str) -> str:
        ctx = self.ctx
        repl = {
            "{pname}": self.short(self.plaintiff) if self.kind != "criminal" else self.short(self.defendant),
            "{pname_def}": self.short(self.defendant),
            "{dname}": self.short(self.defendant),
            "{pname_he}": self.pronouns["he"],
            "{pname_him}": self.pronouns["him"],
            "{pname_his}": self.pronouns["his"],
            "{statute}": self.spec.statute,
            "{city}": ctx.city(),
            "{state}": ctx.pick(["California", "New York", "Texas", "Illinois", "Arizona", "Washington", "Ohio"]),
            "{country}": ctx.pick(["Guatemala", "El Salvador", "Honduras", "Mexico", "India", "China", "Nigeria"]),
            "{product}": ctx.pick(
                ["industrial resin", "solar panels", "medical devices", "frozen seafood", "semiconductor wafers"]
            ),
            "{job}": ctx.pick(
                ["sales representative", "nurse", "warehouse supervisor", "software engineer", "loan officer"]
            ),
            "{year}": str(self.year - ctx.randint(2, 8)),
            "{n}": str(ctx.randint(10, 95)),
            "{date}": ctx.date(ctx.day(2010, self.year)),
            "{disposition_verb}": ctx.pick(
                ["affirm", "reverse", "affirm in part and reverse in part", "vacate and remand", "deny the petition"]
            ),
        }
        for key, value in repl.items():
            text = text.replace(key, value)
        while "{cite}" in text:
            text = text.replace("{cite}", self.cite(), 1)
        return text

    def paragraphs(self, topic: str, low: int, high: int) -> list[str]:
        bank = {
            "facts": self.spec.facts,
            "analysis": self.spec.analysis + tuple(self.ctx.some(GENERIC_ANALYSIS, 2, 6)),
        }.get(topic, tuple(PROCEDURE))
        sentences = [
            self.fill(s)
            for s in (bank if topic == "facts" else self.ctx.some(bank, min(low, len(bank)), min(high, len(bank))))
        ]
        out: list[str] = []
        while sentences:
            take = self.ctx.randint(2, 4)
            out.append(" ".join(sentences[:take]))
            sentences = sentences[take:]
        return out
