"""Clause bank shared by agreements (contracts, NDAs, leases): several phrasings per topic.

Real agreements reuse the same boilerplate topics in endlessly varied words; drawing each
topic from a handful of phrasings, with party names substituted, keeps the model from
memorising one firm's wording.
"""

from __future__ import annotations

from collections.abc import Sequence

from training.synth.context import Ctx
from training.synth.model import DocBuilder

US_STATES_LONG = [
    "Delaware",
    "New York",
    "California",
    "Texas",
    "Illinois",
    "Massachusetts",
    "Washington",
    "Florida",
    "Georgia",
    "Colorado",
]

BOILERPLATE: dict[str, list[str]] = {
    "governing_law": [
        "This Agreement shall be governed by and construed in accordance with the laws of the State of {state}, "
        "without regard to its conflict of laws principles.",
        "This Agreement and any dispute arising out of or in connection with it shall be governed by the laws of "
        "{jurisdiction}.",
        "The validity, interpretation and performance of this Agreement shall be governed by the laws of "
        "{jurisdiction}, and the parties submit to the exclusive jurisdiction of its courts.",
    ],
    "entire_agreement": [
        "This Agreement constitutes the entire agreement between the parties with respect to its subject matter and "
        "supersedes all prior and contemporaneous understandings, agreements, representations and warranties, "
        "whether written or oral.",
        "This Agreement (including its schedules) sets out the entire agreement and understanding between the "
        "parties and supersedes any previous arrangement relating to its subject matter.",
    ],
    "severability": [
        "If any provision of this Agreement is held to be invalid or unenforceable, the remaining provisions shall "
        "continue in full force and effect.",
        "Should any term of this Agreement be found illegal or unenforceable, that term shall be modified to the "
        "minimum extent necessary and the remainder of the Agreement shall remain in effect.",
    ],
    "notices": [
        "All notices under this Agreement shall be in writing and shall be deemed given when delivered personally, "
        "sent by certified mail (return receipt requested), or sent by a nationally recognized overnight courier to "
        "the addresses set forth above.",
        "Any notice given under this Agreement shall be in writing and delivered by hand, by pre-paid first-class "
        "post or by email to the address of the other party stated above.",
    ],
    "assignment": [
        "Neither party may assign or transfer this Agreement without the prior written consent of the other party, "
        "which shall not be unreasonably withheld.",
        "This Agreement shall be binding upon and inure to the benefit of the parties and their respective "
        "successors and permitted assigns.",
    ],
    "force_majeure": [
        "Neither party shall be liable for any failure or delay in performance caused by events beyond its "
        "reasonable control, including acts of God, war, terrorism, pandemic, strikes, fire, flood or governmental "
        "action.",
        "A party shall not be in breach of this Agreement if its performance is prevented or delayed by a Force "
        "Majeure Event, provided it promptly notifies the other party and uses reasonable efforts to mitigate the "
        "effect.",
    ],
    "counterparts": [
        "This Agreement may be executed in counterparts, each of which shall be deemed an original, and all of which "
        "together shall constitute one instrument. Electronic signatures shall be deemed original signatures.",
        "This Agreement may be signed in any number of counterparts, including by electronic signature, each of "
        "which is an original and which together have the same effect as if each party had signed the same document.",
    ],
    "amendment": [
        "No amendment or waiver of any provision of this Agreement shall be effective unless in writing and signed "
        "by both parties.",
        "This Agreement may be modified only by a written instrument executed by authorized representatives of each "
        "party.",
    ],
    "dispute": [
        "Any dispute arising out of or relating to this Agreement shall be finally resolved by binding arbitration "
        "administered by the American Arbitration Association under its Commercial Arbitration Rules.",
        "The parties shall attempt in good faith to resolve any dispute by negotiation between senior executives "
        "before commencing any litigation or arbitration.",
        "Any controversy or claim shall first be submitted to mediation; if unresolved within thirty (30) days, "
        "either party may bring proceedings in the courts of {jurisdiction}.",
    ],
    "independent": [
        "The parties are independent contractors. Nothing in this Agreement shall be construed to create a "
        "partnership, joint venture, agency or employment relationship between the parties.",
    ],
    "confidentiality_short": [
        "Each party shall keep confidential all non-public information received from the other party in connection "
        "with this Agreement and shall use it only for the purposes of this Agreement.",
        "Each party agrees to hold the other party's Confidential Information in confidence and not to disclose it "
        "to any third party except as required by law.",
    ],
    "limitation": [
        "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE "
        "DAMAGES, OR FOR LOSS OF PROFITS OR REVENUE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES. EACH "
        "PARTY'S TOTAL LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM.",
        "Except for breach of confidentiality or indemnification obligations, neither party's aggregate liability "
        "under this Agreement shall exceed the total amounts paid or payable hereunder.",
    ],
    "indemnification": [
        "Each party shall indemnify, defend and hold harmless the other party and its officers, directors and "
        "employees from and against any and all claims, losses, damages, liabilities and expenses (including "
        "reasonable attorneys' fees) arising out of its breach of this Agreement or its negligence or willful "
        "misconduct.",
        "The Supplier shall indemnify the Customer against all losses arising from any claim that the deliverables "
        "infringe the intellectual property rights of a third party.",
    ],
    "warranties": [
        "Each party represents and warrants that it has full power and authority to enter into and perform this "
        "Agreement and that doing so will not violate any other agreement to which it is a party.",
        "EXCEPT AS EXPRESSLY SET FORTH HEREIN, NEITHER PARTY MAKES ANY WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY "
        "IMPLIED WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE OR NON-INFRINGEMENT.",
    ],
    "termination": [
        "Either party may terminate this Agreement for convenience upon {days} days' prior written notice to the "
        "other party.",
        "Either party may terminate this Agreement immediately by written notice if the other party materially "
        "breaches this Agreement and fails to cure such breach within thirty (30) days after receiving notice "
        "thereof.",
        "This Agreement shall terminate automatically if either party becomes insolvent, makes an assignment for the "
        "benefit of creditors, or has a receiver appointed over its assets.",
    ],
}

HEADINGS: dict[str, list[str]] = {
    "governing_law": ["Governing Law", "GOVERNING LAW", "Applicable Law", "Governing Law and Jurisdiction"],
    "entire_agreement": ["Entire Agreement", "ENTIRE AGREEMENT", "Integration"],
    "severability": ["Severability", "SEVERABILITY"],
    "notices": ["Notices", "NOTICES"],
    "assignment": ["Assignment", "ASSIGNMENT", "Successors and Assigns"],
    "force_majeure": ["Force Majeure", "FORCE MAJEURE"],
    "counterparts": ["Counterparts", "Counterparts; Electronic Signatures"],
    "amendment": ["Amendments", "Amendment and Waiver", "Modification"],
    "dispute": ["Dispute Resolution", "Arbitration", "DISPUTES"],
    "independent": ["Relationship of the Parties", "Independent Contractors"],
    "confidentiality_short": ["Confidentiality", "CONFIDENTIALITY"],
    "limitation": ["Limitation of Liability", "LIMITATION OF LIABILITY"],
    "indemnification": ["Indemnification", "Indemnity", "INDEMNIFICATION"],
    "warranties": ["Representations and Warranties", "Warranties", "DISCLAIMER OF WARRANTIES"],
    "termination": ["Termination", "Term and Termination", "TERMINATION"],
}


def jurisdiction(ctx: Ctx) -> str:
    return {
        "en_GB": "England and Wales",
        "en_IN": "India, and the courts at " + ctx.city(),
        "en_AU": "New South Wales, Australia",
        "en_CA": "the Province of Ontario",
        "en_IE": "Ireland",
    }.get(ctx.locale, "the State of " + ctx.pick(US_STATES_LONG))


def fill(ctx: Ctx, text: str, **names: str) -> str:
    values = {
        "state": ctx.pick(US_STATES_LONG),
        "jurisdiction": jurisdiction(ctx),
        "days": ctx.pick(["thirty (30)", "sixty (60)", "ninety (90)", "fourteen (14)"]),
    }
    values.update(names)
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def numbered(ctx: Ctx, n: int, heading: str) -> str:
    style = ctx.rng.randrange(4)
    return [
        f"{n}. {heading}",
        f"Section {n}. {heading}",
        f"ARTICLE {n} - {heading.upper()}",
        f"{n}. {heading.upper()}",
    ][style]


def add_sections(b: DocBuilder, ctx: Ctx, sections: Sequence[tuple[str, Sequence[str]]], first: int = 1) -> int:
    """Numbered sections with their paragraphs; returns the next section number."""
    n = first
    inline = ctx.chance(0.35)  # "3. Payment. The Client shall..." rather than a separate heading line
    for heading, paragraphs in sections:
        if inline and paragraphs:
            b.p(f"{n}. {heading}. {paragraphs[0]}")
            b.paras(paragraphs[1:])
        else:
            b.h(numbered(ctx, n, heading), 3)
            b.paras(paragraphs)
        n += 1
    return n


def boilerplate(ctx: Ctx, topics: Sequence[str], **names: str) -> list[tuple[str, list[str]]]:
    return [(ctx.pick(HEADINGS[t]), [fill(ctx, ctx.pick(BOILERPLATE[t]), **names)]) for t in topics]


OFFICER_TITLES = [
    "Chief Executive Officer",
    "President",
    "Director",
    "Managing Member",
    "General Counsel",
    "VP Operations",
]


def signature_block(b: DocBuilder, ctx: Ctx, parties: Sequence[tuple[str, str]]) -> None:
    """``parties`` are (role, name); company parties sign through an officer."""
    b.p(
        ctx.pick(
            [
                "IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.",
                "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their duly "
                "authorized representatives as of the date first written above.",
                "Signed by the parties on the dates set out below.",
                "AGREED AND ACCEPTED:",
            ]
        )
    )
    for role, name in parties:
        b.lines(
            [
                f"{role.upper()}:" if ctx.chance(0.5) else role,
                name,
                "By: ______________________________",
                f"Name: {ctx.person()}" if ctx.chance(0.7) else "Name: ____________________",
                "Title: " + ctx.pick(OFFICER_TITLES) if ctx.chance(0.7) else "Title: ___________",
                "Date: ______________",
            ]
        )
