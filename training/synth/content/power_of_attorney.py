"""Powers of attorney: New York statutory short form, uniform statutory/durable forms, health care proxies,
limited (special) powers, UK lasting powers, Indian general powers, French/German proxies, revocations."""

from __future__ import annotations

import random

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "power_of_attorney"

NY_SUBJECTS = [
    "(A) real estate transactions;",
    "(B) chattel and goods transactions;",
    "(C) bond, share, and commodity transactions;",
    "(D) banking transactions;",
    "(E) business operating transactions;",
    "(F) insurance transactions;",
    "(G) estate transactions;",
    "(H) claims and litigation;",
    "(I) personal and family maintenance;",
    "(J) benefits from governmental programs or civil or military service;",
    "(K) health care billing and payment matters; records, reports, and statements;",
    "(L) retirement benefit transactions;",
    "(M) tax matters;",
    "(N) all other matters;",
]
UNIFORM_SUBJECTS = [
    "Real Property",
    "Tangible Personal Property",
    "Stocks and Bonds",
    "Commodities and Options",
    "Banks and Other Financial Institutions",
    "Operation of an Entity or Business",
    "Insurance and Annuities",
    "Estates, Trusts, and Other Beneficial Interests",
    "Claims and Litigation",
    "Personal and Family Maintenance",
    "Benefits from Governmental Programs or Civil or Military Service",
    "Retirement Plans",
    "Taxes",
]


def _notary(b: DocBuilder, ctx: Ctx, state: str) -> None:
    b.h(ctx.pick(["ACKNOWLEDGMENT", "NOTARY ACKNOWLEDGMENT", "Certificate of Acknowledgment of Notary Public"]), 3)
    b.lines([f"STATE OF {state.upper()} )", f"COUNTY OF {ctx.city().upper()} ) ss.:"])
    b.p(
        f"On the {ctx.randint(1, 28)} day of {ctx.month(ctx.day(), year=False)}, in the year "
        f"{ctx.randint(2015, 2025)}, before me, the undersigned, personally appeared "
        f"{ctx.person()}, personally known to me or proved to me on the basis of satisfactory evidence to be the "
        "individual whose name is subscribed to the within instrument "
        "and acknowledged to me that he/she executed the same in his/her capacity, and that by his/her signature on "
        "the instrument, the individual executed the instrument."
    )
    b.lines(
        ["______________________________", "Notary Public", f"My commission expires: {ctx.date(ctx.day(2025, 2030))}"]
    )


def poa_new_york_statutory(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    principal, agent, successor = ctx.person(), ctx.person(), ctx.person()
    blank = ctx.chance(0.25)
    b.lines(["POWER OF ATTORNEY", "NEW YORK STATUTORY SHORT FORM", "(a) CAUTION TO THE PRINCIPAL:"], bold=True)
    b.p(
        'Your Power of Attorney is an important document. As the "principal," you give the person whom you choose '
        '(your "agent") authority to spend your money and sell or dispose of your '
        "property during your lifetime without telling you. You do not lose your authority to act even though you "
        "have given your agent similar authority. When your agent exercises this "
        "authority, he or she must act according to any instructions you have provided or, where there are no "
        'specific instructions, in your best interest. "Important Information for the '
        "Agent\" at the end of this document describes your agent's responsibilities."
    )
    b.p(
        "Your agent can act on your behalf only after signing the Power of Attorney before a notary public. You can "
        "request information from your agent at any time. If you are revoking a prior "
        "Power of Attorney, you should provide written notice of the revocation to your prior agent(s) and to any "
        "third parties who may have acted upon it, including the financial institutions "
        "where your accounts are located. You can revoke or terminate your Power of Attorney at any time for any "
        "reason as long as you are of sound mind."
    )
    b.p(
        "The law governing Powers of Attorney is contained in the New York General Obligations Law, Article 5, Title "
        "15. This law is available at a law library, or online through the New York "
        "State Senate or Assembly websites. If there is anything about this document that you do not understand, you "
        "should ask a lawyer of your own choosing to explain it to you."
    )
    b.h("(b) DESIGNATION OF AGENT(S):", 3)
    b.p(
        f"I, {'_' * 20 if blank else principal}, {'_' * 20 if blank else ctx.address()}, hereby appoint: "
        f"{'_' * 20 if blank else agent}, {'_' * 20 if blank else ctx.address()} as my agent(s)."
    )
    b.p(
        "If you designate more than one agent above and you want each agent to be able to act alone without the "
        'other agent joining, you must write the word "separately" here: ____________'
    )
    b.h("(c) DESIGNATION OF SUCCESSOR AGENT(S): (OPTIONAL)", 3)
    b.p(
        "If any agent designated above is unable or unwilling to serve, I appoint as my successor agent(s): "
        f"{'_' * 20 if blank else successor}"
    )
    b.h(
        "(d) This POWER OF ATTORNEY shall not be affected by my subsequent incapacity unless I have stated otherwise "
        'below, under "Modifications".',
        3,
    )
    b.h(
        "(e) This POWER OF ATTORNEY DOES NOT REVOKE any Powers of Attorney previously executed by me unless I have "
        'stated otherwise below, under "Modifications."',
        3,
    )
    b.h("(f) GRANT OF AUTHORITY:", 3)
    b.p(
        "To grant your agent some or all of the authority below, either (1) Initial the bracket at each authority "
        "you grant, or (2) Write or type the letters for each authority you grant on the blank line at (P), and "
        "initial the bracket at (P)."
    )
    b.lines([f"({'' if blank else ctx.pick(['  ', 'X', principal[:2].upper()])}) {s}" for s in NY_SUBJECTS])
    b.p(
        "(O) all matters listed in lines (A) to (N).  (P) Each of the matters identified by the following letters: "
        "______________"
    )
    b.h("(g) MODIFICATIONS: (OPTIONAL)", 3)
    b.p(
        "In this section, you may make additional provisions, including language to limit or supplement authority "
        "granted to your agent."
    )
    b.h("(h) CERTAIN GIFT TRANSACTIONS: (OPTIONAL)", 3)
    b.p(
        "In this section, you may grant your agent authority to make gifts or other transfers of your property. "
        "Gifts can include gifts to your agent. (GOL § 5-1514)"
    )
    b.h("(i) DESIGNATION OF MONITOR(S): (OPTIONAL)", 3)
    b.h("(j) COMPENSATION OF AGENT(S): (OPTIONAL)", 3)
    b.p(
        "Your agent is entitled to be reimbursed from your assets for reasonable expenses incurred on your behalf. "
        "If you ALSO wish your agent(s) to be compensated from your assets for services rendered on your behalf, "
        'and/or you wish to define "reasonable compensation", you may do so above, under "Modifications".'
    )
    b.h("(k) ACCEPTANCE BY THIRD PARTIES:", 3)
    b.p(
        "I agree to indemnify the third party for any claims that may arise against the third party because of "
        "reasonable reliance on this Power of Attorney. I understand that any termination of this Power of Attorney, "
        "whether the result of my revocation of the Power of Attorney or otherwise, is not effective as to a third "
        "party until the third party has actual notice or knowledge of the termination."
    )
    b.h("(l) TERMINATION:", 3)
    b.p(
        "This Power of Attorney continues until I revoke it or it is terminated by my death or other event described "
        "in section 5-1511 of the General Obligations Law."
    )
    b.h("(m) SIGNATURE AND ACKNOWLEDGMENT:", 3)
    b.p(
        f"In Witness Whereof I have hereunto signed my name on {'____________' if blank else ctx.date(ctx.day())}. "
        "PRINCIPAL signs here: ==> ______________________________"
    )
    _notary(b, ctx, "New York")
    b.h("(n) IMPORTANT INFORMATION FOR THE AGENT:", 3)
    b.p(
        "When you accept the authority granted under this Power of Attorney, a special legal relationship is created "
        "between you and the principal. This relationship imposes on you legal "
        "responsibilities that continue until you resign or the Power of Attorney is terminated or revoked. You "
        "must: (1) act according to any instructions from the principal, or, where there "
        "are no instructions, in the principal's best interest; (2) avoid conflicts that would impair your ability "
        "to act in the principal's best interest; (3) keep the principal's property "
        "separate and distinct from any assets you own or control, unless otherwise permitted by law; (4) keep a "
        "record of all receipts, payments, and transactions conducted for the principal; "
        "and (5) disclose your identity as an agent whenever you act for the principal by writing or printing the "
        'principal\'s name and signing your own name as "agent".'
    )
    b.h("(o) AGENT'S SIGNATURE AND ACKNOWLEDGMENT OF APPOINTMENT:", 3)
    b.p(
        "It is not required that the principal and the agent(s) sign at the same time, nor that multiple agents "
        f"sign at the same time. I/we, {'________' if blank else agent}, have read the foregoing Power of Attorney. "
        "I am/we are the person(s) identified therein as agent(s) for the principal named therein. I/we acknowledge "
        "my/our legal responsibilities."
    )
    b.lines(["Agent(s) sign(s) here: ==> ______________________________"])
    return b.build(None)


def poa_uniform_durable(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    state = ctx.pick(["Texas", "California", "Florida", "Virginia", "Colorado", "Pennsylvania", "Ohio", "Arizona"])
    principal, agent = ctx.person(), ctx.person()
    b.lines(
        [
            ctx.pick(
                [
                    f"{state.upper()} STATUTORY DURABLE POWER OF ATTORNEY",
                    "UNIFORM STATUTORY FORM POWER OF ATTORNEY",
                    "DURABLE GENERAL POWER OF ATTORNEY",
                    "GENERAL DURABLE POWER OF ATTORNEY",
                ]
            )
        ],
        bold=True,
    )
    b.p(
        "IMPORTANT INFORMATION: This power of attorney authorizes another person (your agent) to make decisions "
        "concerning your property for you (the principal). Your agent will be able to make "
        "decisions and act with respect to your property (including your money) whether or not you are able to act "
        "for yourself. The meaning of authority over subjects listed on this form is "
        "explained in the Uniform Power of Attorney Act. This power of attorney does not authorize the agent to make "
        "health-care decisions for you."
    )
    b.h("DESIGNATION OF AGENT", 3)
    b.p(
        f"I, {principal}, name the following person as my agent: Name of Agent: {agent}  Agent's Address: "
        f"{ctx.address()}  Agent's Telephone Number: {ctx.phone()}"
    )
    b.h("DESIGNATION OF SUCCESSOR AGENT(S) (OPTIONAL)", 3)
    b.p(f"If my agent is unable or unwilling to act for me, I name as my successor agent: {ctx.person()}")
    b.h("GRANT OF GENERAL AUTHORITY", 3)
    b.p(
        "I grant my agent and any successor agent general authority to act for me with respect to the following "
        "subjects as defined in the Uniform Power of Attorney Act. (INITIAL each subject you want to include in the "
        "agent's general authority. If you wish to grant general authority over all of the subjects you may initial "
        '"All Preceding Subjects" instead of initialing each subject.)'
    )
    b.lines(
        [f"({ctx.pick(['___', principal[:1] + principal.split()[-1][:1], '___'])}) {s}" for s in UNIFORM_SUBJECTS]
        + ["(___) All Preceding Subjects"]
    )
    b.h("GRANT OF SPECIFIC AUTHORITY (OPTIONAL)", 3)
    b.p(
        "My agent MAY NOT do any of the following specific acts for me UNLESS I have INITIALED the specific "
        "authority listed below: Create, amend, revoke, or terminate an inter vivos trust; Make a gift; Create or "
        "change rights of survivorship; Create or change a beneficiary designation; Waive the principal's right to "
        "be a beneficiary of a joint and survivor annuity."
    )
    b.h("EFFECTIVE DATE / DURABILITY", 3)
    b.p(
        "This power of attorney is effective immediately unless I have stated otherwise in the Special Instructions. "
        "THIS POWER OF ATTORNEY IS NOT AFFECTED BY SUBSEQUENT DISABILITY OR INCAPACITY OF THE PRINCIPAL OR LAPSE OF "
        "TIME."
    )
    b.h("RELIANCE ON THIS POWER OF ATTORNEY", 3)
    b.p(
        "Any person, including my agent, may rely upon the validity of this power of attorney or a copy of it unless "
        "that person knows it has terminated or is invalid."
    )
    b.lines(
        [
            f"Signature: ______________  Date: {ctx.date(ctx.day())}",
            f"Your Name Printed: {principal}",
            f"Your Address: {ctx.address()}",
        ]
    )
    _notary(b, ctx, state)
    return b.build(None)


def poa_health_care(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA"]))
    b = start(LABEL, ctx)
    principal, agent = ctx.person(), ctx.person()
    title = ctx.pick(
        [
            "HEALTH CARE PROXY",
            "Durable Power of Attorney for Health Care",
            "MEDICAL POWER OF ATTORNEY",
            "Advance Health Care Directive \u2013 Part 1: Power of Attorney for Health Care",
        ]
    )
    b.p(
        f"(1) I, {principal}, hereby appoint {agent} of {ctx.address()}, telephone {ctx.phone()}, as my health care "
        "agent to make any and all health care decisions for me, except to the extent that I state otherwise."
    )
    b.p(
        "This Health Care Proxy shall take effect only when and if I become unable to make my own health care "
        "decisions, as determined by my attending physician."
    )
    b.p(
        "(2) Optional: Alternate Agent. If the person I appoint is unable, unwilling or unavailable to act as my "
        f"health care agent, I hereby appoint {ctx.person()} as my health care agent."
    )
    b.p(
        "(3) Unless I revoke it or state an expiration date or circumstances under which it will expire, this proxy "
        "shall remain in effect indefinitely."
    )
    b.p(
        "(4) Optional instructions: I direct my health care agent to make health care decisions in accordance with "
        "my wishes and limitations as stated below, or as he or she otherwise knows. "
        + ctx.pick(
            [
                "I do not want life-sustaining treatment, including artificial nutrition and hydration, if I am in a "
                "terminal condition or permanently unconscious.",
                "My agent knows my wishes concerning artificial nutrition and hydration.",
                "I want my life to be prolonged as long as possible within the limits of generally accepted health "
                "care standards.",
            ]
        )
    )
    b.p(
        "(5) Organ and/or Tissue Donation: I hereby make an anatomical gift, to be effective upon my death, of: any "
        "needed organs and/or tissues / the following organs and/or tissues / limitations."
    )
    b.lines([f"(6) Your Signature ______________  Date {ctx.date(ctx.day())}", f"Your Address {ctx.address()}"])
    b.p(
        "(7) Statement by Witnesses (Witnesses must be 18 years of age or older and cannot be the health care agent "
        "or alternate.) I declare that the person who signed this document is personally known to me and appeared to "
        "be of sound mind and acting of his or her own free will."
    )
    b.lines(["Witness 1 ______________  Address ______________", "Witness 2 ______________  Address ______________"])
    return b.build(title)


def poa_limited(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA"]))
    b = start(LABEL, ctx)
    principal, agent = ctx.person(), ctx.person()
    purpose = ctx.pick(
        [
            (
                "the sale of my real property located at {addr}, including signing the deed, closing statement and "
                "all documents required to complete the closing",
                "Real Estate",
            ),
            (
                "the registration, titling and transfer of my motor vehicle, VIN {vin}, before the Department of "
                "Motor Vehicles",
                "Motor Vehicle",
            ),
            (
                "operating my checking and savings accounts at {bank}, including making deposits and withdrawals and "
                "signing checks",
                "Banking",
            ),
            (
                "representing me before the Internal Revenue Service and state tax authorities for tax years {years}",
                "Tax Matters",
            ),
            ("collecting my personal belongings and closing my tenancy at {addr}", "Tenancy"),
        ]
    )
    text = (
        purpose[0]
        .replace("{addr}", ctx.address())
        .replace("{vin}", ctx.code("1??##?##??#######"))
        .replace("{bank}", ctx.company() + " Bank")
        .replace("{years}", "2021 through 2024")
    )
    b.p(
        f"KNOW ALL PERSONS BY THESE PRESENTS, that I, {principal}, of {ctx.address()}, do hereby appoint {agent}, of "
        f"{ctx.address()}, as my true and lawful attorney-in-fact "
        f'("Agent") to act in my name, place and stead for the limited purpose of {text}.'
    )
    b.p(
        "My Agent shall have full power and authority to perform every act necessary and proper to accomplish the "
        "foregoing purpose as fully as I could do if personally present. This limited power of attorney does not "
        "grant any authority beyond the specific purpose stated above."
    )
    b.p(
        f"This power of attorney shall become effective on {ctx.date(ctx.day())} and shall terminate on "
        f"{ctx.date(ctx.day(2025, 2027))}, unless sooner revoked by me in writing. "
        + ctx.pick(
            [
                "It shall not be affected by my subsequent disability or incapacity.",
                "It shall terminate upon my incapacity.",
                "",
            ]
        )
    )
    b.p(
        "I hereby ratify and confirm all that my Agent shall lawfully do or cause to be done by virtue of this power "
        "of attorney."
    )
    b.lines(
        [
            f"Signed this {ctx.date(ctx.day())}",
            "______________________",
            f"{principal}, Principal",
            "Witness: ______________________",
        ]
    )
    if ctx.chance(0.5):
        _notary(b, ctx, ctx.pick(["California", "Texas", "Florida", "New Jersey"]))
    return b.build(
        ctx.pick(
            [
                "LIMITED POWER OF ATTORNEY",
                "SPECIAL POWER OF ATTORNEY",
                f"Limited Power of Attorney ({purpose[1]})",
                "SPECIFIC POWER OF ATTORNEY",
            ]
        )
    )


def poa_uk_lasting(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    health = ctx.chance(0.4)
    b.lines(
        [
            "Lasting power of attorney",
            "Health and welfare" if health else "Property and financial affairs",
            "Form LP1H" if health else "Form LP1F",
            "Office of the Public Guardian",
        ],
        bold=True,
    )
    b.h("Section 1 The donor", 3)
    b.fields(
        [
            ("Title", ctx.pick(["Mr", "Mrs", "Ms"])),
            ("First names", ctx.first_name()),
            ("Last name", ctx.last_name()),
            ("Date of birth", ctx.date(ctx.birth_date(50, 95))),
            ("Address", ctx.address()),
        ]
    )
    b.h("Section 2 The attorneys", 3)
    for _ in range(ctx.randint(1, 2)):
        b.fields(
            [
                ("First names", ctx.first_name()),
                ("Last name", ctx.last_name()),
                ("Date of birth", ctx.date(ctx.birth_date(25, 70))),
                ("Address", ctx.address()),
            ]
        )
    b.h("Section 3 How should your attorneys make decisions?", 3)
    b.p(
        ctx.pick(
            [
                "Jointly and severally - attorneys can make decisions on their own or together.",
                "Jointly - attorneys must agree unanimously on every decision.",
                "Jointly for some decisions, and jointly and severally for other decisions.",
            ]
        )
    )
    b.h("Section 4 Replacement attorneys (optional)", 3)
    b.h("Section 5 When can your attorneys make decisions?" if not health else "Section 5 Life-sustaining treatment", 3)
    b.p(
        "As soon as my LPA has been registered (and also when I don't have mental capacity)"
        if not health
        else "Option A - I give my attorneys authority to give or refuse consent to life-sustaining treatment on my "
        "behalf."
    )
    b.h("Section 10 Certificate provider", 3)
    b.p(
        "I certify that, as far as I'm aware, at the time of signing section 9: the donor understands the purpose of "
        "this LPA and the scope of the authority conferred under it; no fraud or undue pressure is being used to "
        "induce the donor to create this LPA; there is nothing else that would prevent this LPA from being created."
    )
    b.h("Section 11 Attorney or replacement attorney statement", 3)
    b.p(
        "I understand that I must make decisions in the donor's best interests, having regard to the Mental Capacity "
        "Act 2005 Code of Practice."
    )
    return b.build(None)


def poa_india_general(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    principal, agent = ctx.person(), ctx.person()
    if ctx.chance(0.6):
        b.lines(
            [
                "INDIA NON JUDICIAL",
                f"e-Stamp Certificate No. IN-{ctx.code('??#########?')}",
                f"Article {ctx.pick(['48', '48(c)', '41'])} Power of Attorney",
                "Stamp Duty Amount(Rs.) 500",
            ]
        )
    b.p(
        f"KNOW ALL MEN BY THESE PRESENTS that I, {principal}, son/daughter of {ctx.person()}, aged about "
        f"{ctx.randint(30, 80)} years, residing at {ctx.address()}, do hereby nominate, "
        f"constitute and appoint {agent}, son/daughter of {ctx.person()}, residing at {ctx.address()}, as my true "
        "and lawful attorney to do the following acts, deeds and things in my name and on my behalf:"
    )
    acts = [
        "To look after, manage and maintain my property bearing Survey No. {n}, and to collect rents and issue "
        "receipts for the same.",
        "To appear before the Sub-Registrar, Tahsildar, Municipal Corporation, electricity board and other "
        "authorities and sign and submit applications and documents.",
        "To operate my bank account No. {acc} with {bank}, to deposit and withdraw money and to sign cheques.",
        "To file, defend and prosecute suits, appeals and other legal proceedings before any court or tribunal, and "
        "to engage advocates.",
        "To sell, mortgage or lease the said property and to execute and register sale deeds and receive the sale "
        "consideration.",
        "To pay taxes, cesses and other dues in respect of the said property.",
    ]
    for i, act in enumerate(ctx.some(acts, 3, 6), 1):
        b.p(
            f"{i}. "
            + act.replace("{n}", ctx.code("###/#?"))
            .replace("{acc}", ctx.digits(12))
            .replace("{bank}", ctx.pick(["State Bank of India", "HDFC Bank", "Canara Bank"]))
        )
    b.p(
        "AND I hereby agree to ratify and confirm all and whatever acts my said attorney shall lawfully do or cause "
        "to be done by virtue of these presents."
    )
    b.p(
        f"IN WITNESS WHEREOF I have signed this GENERAL POWER OF ATTORNEY at {ctx.city()} on this "
        f"{ctx.date(ctx.day())}."
    )
    b.lines(
        ["EXECUTANT", "WITNESSES: 1. ______________ 2. ______________", "Identified by me / Attested before me, Notary"]
    )
    return b.build(ctx.pick(["GENERAL POWER OF ATTORNEY", "SPECIAL POWER OF ATTORNEY", "POWER OF ATTORNEY"]))


def poa_fr_de(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "de"])
    ctx = Ctx(rng, "fr_FR" if lang == "fr" else "de_DE")
    b = start(LABEL, ctx)
    principal, agent = ctx.person(), ctx.person()
    if lang == "fr":
        title = ctx.pick(["PROCURATION", "Procuration générale", "POUVOIR", "Mandat de protection future"])
        b.p(
            f"Je soussigné(e) {principal}, né(e) le {ctx.date(ctx.birth_date())} à {ctx.city()}, demeurant "
            f"{ctx.address()}, donne par la présente procuration à {agent}, demeurant {ctx.address()}, "
            "pour me représenter et agir en mon nom afin de "
            + ctx.pick(
                [
                    "effectuer toutes opérations sur mon compte bancaire",
                    "signer l'acte de vente de mon appartement",
                    "accomplir toutes démarches administratives auprès de la mairie",
                    "retirer un courrier recommandé en mon nom",
                ]
            )
            + "."
        )
        b.p(
            "Le mandataire pourra signer tous actes, pièces et documents, et plus généralement faire tout ce qui "
            "sera nécessaire à l'exécution du présent mandat."
        )
        b.p(f"Cette procuration est valable jusqu'au {ctx.date(ctx.day(2025, 2027))}.")
        b.lines(
            [
                f"Fait à {ctx.city()}, le {ctx.date(ctx.day(), 1)}",
                "Signature du mandant, précédée de la mention « Bon pour pouvoir »",
                "Signature du mandataire, précédée de la mention « Bon pour acceptation »",
            ]
        )
    else:
        title = ctx.pick(["Vollmacht", "VORSORGEVOLLMACHT", "Generalvollmacht", "Bankvollmacht"])
        b.p(
            f"Hiermit bevollmächtige ich, {principal}, geboren am {ctx.date(ctx.birth_date())}, wohnhaft in "
            f"{ctx.address()}, Herrn/Frau {agent}, wohnhaft in {ctx.address()}, mich in folgenden Angelegenheiten zu "
            "vertreten:"
        )
        for item in ctx.some(
            [
                "Vermögenssorge: Verwaltung meines Vermögens, Verfügungen über Konten und Depots",
                "Gesundheitssorge: Entscheidungen über ärztliche Untersuchungen und Heilbehandlungen",
                "Aufenthalt und Wohnungsangelegenheiten",
                "Vertretung gegenüber Behörden, Versicherungen und Gerichten",
                "Post- und Fernmeldeverkehr",
            ],
            2,
            5,
        ):
            b.p(f"• {item}")
        b.p("Die Vollmacht bleibt auch im Falle meiner Geschäftsunfähigkeit wirksam. Sie ist jederzeit widerruflich.")
        b.lines(
            [
                f"{ctx.city()}, den {ctx.date(ctx.day())}",
                "Unterschrift Vollmachtgeber ______________",
                "Unterschrift Bevollmächtigter ______________",
            ]
        )
    return b.build(title)


def poa_revocation(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_IN"]))
    b = start(LABEL, ctx)
    principal, agent = ctx.person(), ctx.person()
    b.p(
        f"I, {principal}, of {ctx.address()}, hereby revoke the power of attorney dated "
        f"{ctx.date(ctx.day(2010, 2022))} granted to {agent}, of {ctx.address()}, and all authority conferred "
        "thereby."
    )
    b.p(
        "Notice is hereby given that my former attorney-in-fact no longer has any authority to act on my behalf. All "
        "third parties who may have relied upon the said power of attorney are hereby notified of its revocation."
    )
    b.lines([f"Dated: {ctx.date(ctx.day())}", "______________________", f"{principal}, Principal"])
    _notary(b, ctx, ctx.pick(["New York", "Florida", "California"]))
    return b.build(ctx.pick(["REVOCATION OF POWER OF ATTORNEY", "Notice of Revocation of Power of Attorney"]))


def poa_irs_2848_and_agency_forms(rng: random.Random) -> SyntheticDocument:
    """Powers of attorney on agency forms: IRS Form 2848, state tax POAs, motor-vehicle POAs."""
    ctx = Ctx(rng, "en_US")
    b = start(LABEL, ctx)
    blank = ctx.chance(0.3)
    principal, agent = ctx.person(), ctx.person()
    if ctx.chance(0.6):
        b.lines(
            [
                "Form 2848",
                "Power of Attorney and Declaration of Representative",
                "Department of the Treasury Internal Revenue Service",
                "OMB No. 1545-0150",
                "For IRS Use Only",
            ],
            bold=True,
        )
        b.p(
            "Caution: A separate Form 2848 must be completed for each taxpayer. Form 2848 won't be honored for any "
            "purpose other than representation before the IRS."
        )
        b.h("Part I Power of Attorney", 3)
        b.fields(
            [
                (k, "" if blank else v)
                for k, v in [
                    ("1 Taxpayer information. Taxpayer name and address", f"{principal} {ctx.address()}"),
                    ("Taxpayer identification number(s)", ctx.ssn()),
                    ("Daytime telephone number", ctx.phone()),
                ]
            ]
        )
        b.p(
            "2 Representative(s) must sign and date this form on page 2, Part II. hereby appoint(s) the following "
            "representative(s) as attorney(s)-in-fact:"
        )
        b.fields(
            [
                (k, "" if blank else v)
                for k, v in [
                    ("Name and address", f"{agent}, CPA {ctx.address()}"),
                    ("CAF No.", ctx.digits(10)),
                    ("PTIN", "P" + ctx.digits(8)),
                    ("Telephone No.", ctx.phone()),
                ]
            ]
        )
        b.p(
            "3 Acts authorized. You are authorizing your representative(s) to represent you before the IRS and "
            "perform the following acts (for example, the authority to sign any agreements, consents, waivers, or "
            "other documents) for the tax matters described below."
        )
        b.table(
            [
                "Description of Matter (Income, Employment, Payroll, Excise, Estate, Gift, Civil Penalty, etc.)",
                "Tax Form Number (1040, 941, 720, etc.)",
                "Year(s) or Period(s)",
            ],
            [["", "", ""]] if blank else [["Income", "1040", "2021, 2022, 2023"]],
        )
        b.p(
            "5a Additional acts authorized. In addition to the acts listed on line 3 above, I authorize my "
            "representative(s) to: Access my IRS records via an Intermediate Service Provider; Authorize disclosure "
            "to third parties; Substitute or add representative(s); Sign a return."
        )
        b.p(
            "7 Taxpayer declaration and signature. If a tax matter concerns a year in which a joint return was "
            "filed, each spouse must file a separate power of attorney. If signed by a corporate officer, partner, "
            "guardian, tax matters partner, executor, receiver, administrator, trustee, or individual other than the "
            "taxpayer, I certify I have the legal authority to execute this form on behalf of the taxpayer. IF NOT "
            "COMPLETED, SIGNED, AND DATED, THE IRS WILL RETURN THIS POWER OF ATTORNEY."
        )
        b.h("Part II Declaration of Representative", 3)
        b.p(
            "Under penalties of perjury, by my signature below I declare that: I am not currently suspended or "
            "disbarred from practice before the IRS; I am subject to regulations in Circular 230 (31 CFR, Subtitle "
            "A, Part 10)."
        )
        b.p(
            "For Privacy Act and Paperwork Reduction Act Notice, see the instructions. Cat. No. 11980J Form 2848 "
            "(Rev. 1-2021)",
            small=True,
        )
    else:
        state = ctx.pick(["California", "Texas", "New York", "Florida", "Pennsylvania"])
        b.lines(
            [
                f"State of {state}",
                ctx.pick(["Department of Motor Vehicles", "Department of Revenue", "Franchise Tax Board"]),
                ctx.pick(["POWER OF ATTORNEY", "Vehicle/Vessel Power of Attorney", "Tax Power of Attorney"]),
            ],
            bold=True,
        )
        b.p(
            f"I/We, {'________' if blank else principal}, do hereby appoint {'________' if blank else agent} as "
            "my/our attorney-in-fact to sign my/our name(s) to any documents necessary to transfer ownership, "
            "register, or obtain title for the vehicle described below, or to represent me/us before the Department "
            "in all matters relating to the tax types and periods listed."
        )
        b.fields(
            [
                ("Year/Make", "" if blank else f"{ctx.randint(2005, 2024)} {ctx.pick(['Toyota', 'Ford', 'Honda'])}"),
                ("Vehicle ID Number", "" if blank else ctx.code("1??##?##??#######")),
                ("License Plate", "" if blank else ctx.code("#???###")),
            ],
            columns=3,
        )
        b.p(
            "This power of attorney shall be valid until revoked in writing. A photocopy of this power of attorney "
            "is as valid as the original."
        )
        b.fields(
            [("Signature of Principal", ""), ("Date", ""), ("Signature of Attorney-in-Fact", ""), ("Date", "")],
            columns=2,
        )
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        poa_new_york_statutory,
        poa_uniform_durable,
        poa_health_care,
        poa_limited,
        poa_uk_lasting,
        poa_india_general,
        poa_fr_de,
        poa_revocation,
        poa_irs_2848_and_agency_forms,
    ]
}
