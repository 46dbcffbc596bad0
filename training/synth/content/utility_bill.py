"""Utility bills: energy, water, heating, telecom and municipal accounts from many countries, plus the short
documents around them (bill summaries, payment stubs, reminders, "your bill is ready" e-mails, final bills)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from training.synth import locales
from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "utility_bill"

US_UTILITIES = {
    "electric": [
        "Pacific Gas & Power",
        "Metro Edison Electric",
        "Duke Energy",
        "Sunbelt Power & Light",
        "City Light Department",
        "Evergy",
    ],
    "gas": ["Northern Natural Gas", "Peoples Gas Company", "Piedmont Natural Gas", "Summit Gas Utilities"],
    "water": [
        "City of " + "{city}" + " Water & Sewer",
        "County Water Authority",
        "Aqua Utilities",
        "Municipal Utilities Department",
    ],
}
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _usage_history(b: DocBuilder, ctx: Ctx, unit: str, low: float, high: float) -> None:
    if ctx.chance(0.6):
        start_month = ctx.randint(0, 11)
        rows = [[MONTH_ABBR[(start_month + i) % 12], ctx.num(ctx.amount(low, high), 0)] for i in range(13)]
        b.table([ctx.pick(["Month", "Usage History"]), unit], rows, numeric_from=1)


def utility_bill_us_energy(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_US", "en_CA"]))
    b = start(LABEL, ctx)
    kind = ctx.pick(["electric", "electric", "gas", "water"])
    provider = ctx.pick(US_UTILITIES[kind]).replace("{city}", ctx.city())
    end = ctx.day()
    begin = ctx.later(end, -32, -28)
    b.lines(
        [
            provider,
            ctx.pick(["P.O. Box " + ctx.digits(5), ctx.street()]),
            ctx.city(),
            f"Customer Service: 1-800-{ctx.digits(3)}-{ctx.digits(4)}",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Account Number", ctx.code("####-###-###")),
            ("Statement Date", ctx.date(ctx.later(end, 1, 4))),
            ("Service Address", ctx.address()),
            ("Billing Period", f"{ctx.date(begin)} - {ctx.date(end)}"),
            ("Days in Billing Cycle", str((end - begin).days)),
        ]
    )
    prev = ctx.randint(10000, 90000)
    if kind == "electric":
        used = ctx.randint(250, 2200)
        unit, rate = "kWh", ctx.amount(0.09, 0.32)
        charges = [
            ("Customer Charge", ctx.amount(7, 25)),
            (f"Energy Charge {used} kWh @ ${rate:.4f}", used * rate),
            ("Transmission & Distribution", used * ctx.amount(0.02, 0.06)),
            ("Fuel Adjustment", used * ctx.amount(0.0, 0.03)),
            ("Renewable Energy Surcharge", ctx.amount(0.5, 4)),
        ]
    elif kind == "gas":
        used = ctx.randint(10, 220)
        unit, rate = ctx.pick(["Therms", "CCF"]), ctx.amount(0.6, 1.8)
        charges = [
            ("Basic Service Charge", ctx.amount(9, 20)),
            (f"Gas Supply Charge {used} {unit}", used * rate),
            ("Distribution Charge", used * ctx.amount(0.2, 0.6)),
            ("Pipeline Replacement Surcharge", ctx.amount(1, 6)),
        ]
    else:
        used = ctx.randint(1500, 14000)
        unit, rate = "Gallons", ctx.amount(0.004, 0.012)
        charges = [
            ("Water Base Charge", ctx.amount(8, 25)),
            (f"Water Usage {used} gal", used * rate),
            ("Sewer Charge", used * rate * 1.2),
            ("Stormwater Fee", ctx.amount(3, 12)),
            ("Trash/Refuse Collection", ctx.amount(12, 30)),
        ]
    b.table(
        ["Meter Number", "Previous Reading", "Current Reading", f"Usage ({unit})"],
        [[ctx.digits(8), str(prev), str(prev + used), str(used)]],
        numeric_from=1,
    )
    if ctx.chance(0.6):
        b.p(
            "Rate Schedule: "
            + ctx.pick(["Residential Service RS-1", "E-1 Residential", "GR Residential Gas", "R-1 Time-of-Use"])
        )
    taxes = sum(a for _, a in charges) * ctx.amount(0.02, 0.09)
    b.table(
        ["Current Charges", "Amount"],
        [[n, ctx.num(a)] for n, a in charges] + [["Taxes and Fees", ctx.num(taxes)]],
        numeric_from=1,
    )
    total = sum(a for _, a in charges) + taxes
    previous = ctx.amount(30, 300)
    b.fields(
        [
            ("Previous Balance", ctx.money(previous)),
            ("Payment Received - Thank You", f"-{ctx.money(previous)}"),
            ("Current Charges", ctx.money(total)),
            (ctx.pick(["Total Amount Due", "Amount Due", "Please Pay"]), ctx.money(total)),
            ("Due Date", ctx.date(ctx.later(end, 15, 25))),
        ]
    )
    _usage_history(b, ctx, unit, used * 0.6, used * 1.4)
    b.p(
        ctx.pick(
            [
                "A late payment charge of 1.5% will be applied to balances not paid by the due date.",
                "Enroll in AutoPay and paperless billing at our website.",
                "Call 811 before you dig.",
                "Smell gas? Leave the area and call our emergency line.",
            ]
        )
    )
    b.rule(dashed=True)
    b.lines(
        [
            "Please return this portion with your payment.",
            f"Account Number {ctx.code('####-###-###')}",
            f"Amount Due {ctx.money(total)}",
            "Amount Enclosed $________",
        ]
    )
    return b.build(ctx.pick(["Your Energy Bill", "Utility Bill", "Statement", "Your Monthly Bill", None]))


def utility_bill_telecom(rng: random.Random) -> SyntheticDocument:
    """Internet, cable and mobile phone bills."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_IN", "en_AU", "en_CA"]))
    b = start(LABEL, ctx)
    provider = ctx.pick(
        [
            "Spectrum",
            "Xfinity Communications",
            "Verizon Wireless",
            "BT Broadband",
            "Airtel",
            "Jio Fiber",
            "Telstra",
            "Rogers",
        ]
    )
    mobile = ctx.chance(0.5)
    day = ctx.day()
    b.lines([provider, ctx.pick(["Your bill", "Account summary", "Monthly statement"])], bold=True)
    b.fields(
        [
            ("Account number", ctx.digits(ctx.pick([9, 10, 12]))),
            ("Bill date", ctx.date(day)),
            ("Billing period", f"{ctx.date(ctx.later(day, -30, -30))} to {ctx.date(day)}"),
            ("Mobile number" if mobile else "Service address", ctx.phone() if mobile else ctx.address()),
        ]
    )
    if mobile:
        plan = ctx.amount(15, 90)
        rows = [
            [
                "Monthly plan - " + ctx.pick(["Unlimited Plus", "5G Start", "Postpaid 599", "SIM Only 30GB"]),
                ctx.num(plan),
            ],
            ["Data used", f"{ctx.num(ctx.amount(1, 80), 1)} GB"],
            ["Minutes", str(ctx.randint(20, 2000))],
            ["Texts", str(ctx.randint(0, 500))],
            ["International roaming", ctx.num(ctx.amount(0, 40))],
            ["Device payment " + str(ctx.randint(1, 36)) + " of 36", ctx.num(ctx.amount(0, 45))],
        ]
    else:
        plan = ctx.amount(30, 160)
        rows = [
            ["Internet " + ctx.pick(["300 Mbps", "Gigabit", "Fibre 500", "100 Mbps"]), ctx.num(plan)],
            ["TV Select package", ctx.num(ctx.amount(0, 80))],
            ["Modem/router rental", ctx.num(ctx.amount(0, 15))],
            ["Home phone - unlimited calling", ctx.num(ctx.amount(0, 30))],
            ["Broadcast TV fee", ctx.num(ctx.amount(0, 25))],
        ]
    b.table(["Charges", "Amount"], rows, numeric_from=1)
    taxes = plan * ctx.amount(0.05, 0.18)
    b.fields(
        [
            ("Taxes, fees and surcharges", ctx.money(taxes)),
            ("911/E911 fee" if ctx.locale == "en_US" else "GST", ctx.money(ctx.amount(0.5, 3))),
            ("Total due", ctx.money(plan + taxes)),
            ("Due by", ctx.date(ctx.later(day, 14, 21))),
            ("Autopay", ctx.pick(["On", "Off - sign up to save $5/month"])),
        ]
    )
    return b.build(
        ctx.pick(
            [
                "Your bill is ready",
                "Monthly Statement",
                "BILL",
                None,
                "Tax Invoice" if ctx.locale in ("en_IN", "en_AU") else "Invoice",
            ]
        )
    )


def utility_bill_fr_energy(rng: random.Random) -> SyntheticDocument:
    """French electricity/gas bills in the style of EDF/Engie: TURPE, CTA, accise, TVA, PDL."""
    ctx = Ctx(rng, "fr_FR")
    b = start(LABEL, ctx)
    supplier = ctx.pick(["EDF", "edf", "ENGIE", "TotalEnergies", "Ekwateur", "Mint Énergie"])
    day = ctx.day()
    gas = ctx.chance(0.3)
    b.lines(
        [
            supplier,
            ctx.pick(
                ["Électricité", "Gaz naturel"]
                if gas
                else ["Électricité", "Offre Tarif Bleu", "Électricité et services"]
            ),
        ],
        bold=True,
    )
    b.fields(
        [
            ("Facture du", ctx.date(day)),
            ("N° de facture", ctx.digits(10)),
            ("Référence client", ctx.code("# ### ### ###")),
            ("Titulaire du contrat", ctx.person()),
            ("Adresse de consommation", ctx.address()),
            ("Point de Livraison (PDL)" if not gas else "Point de Comptage et d'Estimation (PCE)", ctx.digits(14)),
            ("Puissance souscrite", f"{ctx.pick([3, 6, 9, 12])} kVA")
            if not gas
            else ("Tarif", ctx.pick(["B1", "B2I"])),
        ]
    )
    kwh = ctx.randint(150, 2500)
    price = ctx.amount(0.17, 0.27)
    sub = ctx.amount(10, 25)
    if ctx.chance(0.5) and not gas:
        hp, hc = int(kwh * 0.6), int(kwh * 0.4)
        rows = [
            ["Abonnement", "1 mois", ctx.num(sub)],
            ["Consommation Heures Pleines", f"{hp} kWh", ctx.num(hp * price)],
            ["Consommation Heures Creuses", f"{hc} kWh", ctx.num(hc * price * 0.8)],
        ]
    else:
        rows = [
            ["Abonnement", ctx.pick(["1 mois", "2 mois"]), ctx.num(sub)],
            [f"Consommation {ctx.pick(['Base', 'estimée', 'réelle'])}", f"{kwh} kWh", ctx.num(kwh * price)],
        ]
    rows += [
        ["Acheminement (TURPE)", "", ctx.num(kwh * 0.04)],
        ["Contribution Tarifaire d'Acheminement (CTA)", "", ctx.num(ctx.amount(1, 5))],
        [
            "Accise sur l'électricité (ex-CSPE)" if not gas else "Accise sur le gaz naturel (ex-TICGN)",
            "",
            ctx.num(kwh * 0.021),
        ],
    ]
    b.table(["Détail", "Quantité", "Montant HT (€)"], rows, numeric_from=1)
    ht = kwh * price * 1.1 + sub
    b.fields(
        [
            ("Total HT", ctx.money(ht)),
            ("TVA 5,5 %", ctx.money(sub * 0.055)),
            ("TVA 20 %", ctx.money((ht - sub) * 0.2)),
            ("Montant TTC", ctx.money(ht * 1.18)),
            (ctx.pick(["Montant à payer", "Total à payer"]), ctx.money(ht * 1.18)),
            ("Prélevé le", ctx.date(ctx.later(day, 10, 15))),
        ]
    )
    b.table(
        ["Relevé", "Index début", "Index fin"],
        [
            [
                ctx.pick(["Compteur Linky", "Compteur Gazpar"]) + " n° " + ctx.digits(12),
                str(ctx.randint(10000, 50000)),
                str(ctx.randint(50001, 90000)),
            ]
        ],
        numeric_from=1,
    )
    b.p(
        "En cas de réclamation, contactez votre service client. Le médiateur national de l'énergie peut être saisi "
        "gratuitement. Dépannage électricité Enedis 24h/24 : 09 72 67 50 XX.",
        small=True,
    )
    return b.build(
        ctx.pick(
            [
                "Votre facture",
                "FACTURE",
                "Facture d'électricité",
                "Facture de régularisation",
                "Échéancier" if ctx.chance(0.1) else "Votre facture d'énergie",
            ]
        )
    )


def utility_bill_uk_energy(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_GB")
    b = start(LABEL, ctx)
    supplier = ctx.pick(
        [
            "Octopus Energy",
            "British Gas",
            "EDF Energy",
            "E.ON Next",
            "OVO",
            "Scottish Power",
            "Thames Water",
        ]
    )
    day = ctx.day()
    water = "Water" in supplier
    b.lines([supplier, f"Account number {ctx.digits(10)}", f"Bill date {ctx.date(day)}"], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    if water:
        b.table(
            ["Charges", "£"],
            [
                ["Fresh water (metered) " + str(ctx.randint(20, 90)) + " m³", ctx.num(ctx.amount(40, 160))],
                ["Wastewater", ctx.num(ctx.amount(40, 180))],
                ["Standing charge", ctx.num(ctx.amount(10, 30))],
            ],
            numeric_from=1,
        )
    else:
        kwh = ctx.randint(150, 1400)
        rate = ctx.amount(0.22, 0.34)
        b.fields(
            [
                ("MPAN", ctx.code("## ### ### #### #### ###")),
                ("MPRN", ctx.digits(10)),
                ("Meter serial", ctx.code("##?#######")),
                ("Tariff", ctx.pick(["Flexible Octopus", "Standard Variable", "Fixed 12M", "Economy 7"])),
            ]
        )
        b.table(
            ["Electricity", "Usage", "Rate", "Cost"],
            [
                [
                    f"{ctx.date(ctx.later(day, -30, -30))} - {ctx.date(day)}",
                    f"{kwh} kWh",
                    f"{rate * 100:.2f}p per kWh",
                    f"£{kwh * rate:.2f}",
                ],
                [
                    "Standing charge",
                    f"{ctx.randint(28, 31)} days",
                    f"{ctx.amount(45, 60):.2f}p per day",
                    f"£{ctx.amount(13, 19):.2f}",
                ],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("VAT at 5%", ctx.money(kwh * rate * 0.05)),
                ("Total charges this period", ctx.money(kwh * rate * 1.05 + 15)),
                ("Energy Price Guarantee discount", "-" + ctx.money(ctx.amount(0, 60)))
                if ctx.chance(0.3)
                else ("Direct Debit amount", ctx.money(ctx.amount(50, 250))),
            ]
        )
        b.p(
            "Could you pay less on a different tariff? Our cheapest tariff for you is shown in your annual summary. "
            "Use your Unit Rate and Standing Charge to compare tariffs at ofgem.gov.uk.",
            small=True,
        )
    b.fields([("Balance", ctx.money(ctx.amount(-80, 300)) + ctx.pick([" in credit", " to pay", ""]))])
    return b.build(
        ctx.pick(["Your energy bill", "Your bill", "Your water bill" if water else "Your electricity statement", None])
    )


def utility_bill_de_nl(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["de", "nl"])
    ctx = Ctx(rng, "de_DE" if lang == "de" else "nl_NL")
    b = start(LABEL, ctx)
    day = ctx.day()
    kwh = ctx.randint(900, 5500)
    if lang == "de":
        b.lines(
            [
                ctx.pick(
                    [
                        "Stadtwerke " + ctx.city(),
                        "Vattenfall Europe Sales",
                        "E.ON Energie",
                        "EnBW",
                        "Stromanbieter GmbH",
                    ]
                ),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Kundennummer", ctx.digits(9)),
                ("Vertragskonto", ctx.digits(12)),
                ("Abrechnungszeitraum", f"{ctx.date(ctx.later(day, -365, -365))} bis {ctx.date(day)}"),
                ("Zählernummer", ctx.code("1ESY########")),
                ("Marktlokations-ID", ctx.digits(11)),
                ("Lieferstelle", ctx.address()),
            ]
        )
        b.table(
            ["Zählerstand alt", "Zählerstand neu", "Verbrauch"],
            [[str(ctx.randint(1000, 40000)), str(ctx.randint(40001, 80000)), f"{kwh} kWh"]],
            numeric_from=0,
        )
        price = ctx.amount(0.28, 0.42)
        b.table(
            ["Position", "Menge", "Preis", "Betrag (EUR)"],
            [
                ["Arbeitspreis", f"{kwh} kWh", f"{ctx.num(price * 100)} ct/kWh", ctx.num(kwh * price)],
                ["Grundpreis", "12 Monate", ctx.num(ctx.amount(8, 15)), ctx.num(ctx.amount(100, 180))],
                ["Stromsteuer", f"{kwh} kWh", "2,05 ct/kWh", ctx.num(kwh * 0.0205)],
                ["Netzentgelt", "", "", ctx.num(kwh * 0.08)],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Nettobetrag", ctx.money(kwh * price * 1.2)),
                ("Umsatzsteuer 19 %", ctx.money(kwh * price * 0.23)),
                ("Rechnungsbetrag brutto", ctx.money(kwh * price * 1.43)),
                ("Geleistete Abschläge", ctx.money(kwh * price * 1.4)),
                ("Nachzahlung" if ctx.chance(0.5) else "Guthaben", ctx.money(ctx.amount(5, 200))),
                ("Neuer monatlicher Abschlag", ctx.money(ctx.amount(40, 160))),
            ]
        )
        title = ctx.pick(
            ["Jahresabrechnung Strom", "Stromrechnung", "Rechnung Strom und Erdgas", "Ihre Verbrauchsabrechnung"]
        )
    else:
        b.lines(
            [
                ctx.pick(["Vattenfall", "Eneco", "Essent", "Greenchoice", "Waternet", "Vitens"]),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Klantnummer", ctx.digits(8)),
                ("Periode", f"{ctx.date(ctx.later(day, -365, -365))} t/m {ctx.date(day)}"),
                ("EAN-code", ctx.digits(18)),
                ("Leveringsadres", ctx.address()),
            ]
        )
        price = ctx.amount(0.22, 0.4)
        b.table(
            ["Omschrijving", "Hoeveelheid", "Tarief", "Bedrag"],
            [
                ["Leveringskosten stroom", f"{kwh} kWh", ctx.num(price, 5), ctx.num(kwh * price)],
                ["Vaste leveringskosten", "365 dagen", ctx.num(0.2, 5), ctx.num(73)],
                ["Netbeheerkosten", "365 dagen", "", ctx.num(ctx.amount(250, 450))],
                ["Energiebelasting", f"{kwh} kWh", "0,10880", ctx.num(kwh * 0.1088)],
                ["Vermindering energiebelasting", "", "", "-" + ctx.num(ctx.amount(500, 630))],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Totaal incl. btw", ctx.money(kwh * price * 1.3)),
                ("Betaalde termijnbedragen", ctx.money(kwh * price * 1.25)),
                ("Te betalen", ctx.money(ctx.amount(10, 300))),
                ("Nieuw termijnbedrag", ctx.money(ctx.amount(60, 200))),
            ]
        )
        title = ctx.pick(["Jaarafrekening", "Jaarnota", "Uw energierekening", "Factuur"])
    return b.build(title)


def utility_bill_india(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    board = ctx.pick(
        [
            "BESCOM",
            "MSEDCL",
            "TANGEDCO",
            "TSSPDCL",
            "BSES Rajdhani Power Ltd",
            "Tata Power-DDL",
            "KSEB",
            "UPPCL",
            "Delhi Jal Board",
            "Mahanagar Gas Ltd",
        ]
    )
    day = ctx.day()
    units = ctx.randint(60, 900)
    water = "Jal" in board
    gas = "Gas" in board
    b.lines(
        [
            board,
            ctx.pick(
                [
                    "ELECTRICITY BILL",
                    "Energy Bill cum Notice",
                    "Bill cum Receipt",
                    "WATER BILL" if water else "GAS BILL" if gas else "Electricity Bill",
                ]
            ),
        ],
        bold=True,
        align="center",
    )
    b.fields(
        [
            (ctx.pick(["Consumer No.", "CA No.", "Account ID", "RR No."]), ctx.digits(ctx.pick([10, 12]))),
            ("Name", ctx.person().upper()),
            ("Address", ctx.address().upper()),
            ("Bill Date", ctx.date(day)),
            ("Bill Month", ctx.month(day)),
            ("Tariff", ctx.pick(["LT-1 Domestic", "LT2(a)", "DOMESTIC", "LT-I(A)", "Domestic Water"])),
            ("Sanctioned Load", f"{ctx.pick([1, 2, 3, 5, 7])} kW"),
            ("Meter No.", ctx.digits(8)),
        ],
        columns=2,
    )
    prev = ctx.randint(1000, 30000)
    b.table(
        ["Previous Reading", "Present Reading", "Units Consumed", "MF"],
        [[str(prev), str(prev + units), str(units), "1"]],
        numeric_from=0,
    )
    energy = units * ctx.amount(3, 8)
    rows = [
        ["Fixed Charges", ctx.num(ctx.amount(50, 400))],
        ["Energy Charges", ctx.num(energy)],
        ["Electricity Duty", ctx.num(energy * 0.09)],
        ["Fuel Cost Adjustment", ctx.num(units * 0.2)],
        ["Meter Rent", ctx.num(ctx.amount(0, 30))],
        ["Arrears", ctx.num(ctx.amount(0, 500))],
        ["Rebate / Subsidy", "-" + ctx.num(ctx.amount(0, 200))],
    ]
    b.table(["Particulars", "Amount (Rs.)"], rows, numeric_from=1)
    total = energy * 1.3 + 200
    b.fields(
        [
            ("Net Amount Payable", ctx.money(round(total))),
            ("Due Date", ctx.date(ctx.later(day, 10, 20))),
            ("Amount after Due Date", ctx.money(round(total * 1.02))),
            ("Disconnection Date", ctx.date(ctx.later(day, 25, 35))),
        ]
    )
    b.p(
        "Pay online via UPI/BBPS. Please ignore if already paid. Safety: Do not touch fallen electrical wires; call "
        "1912.",
        small=True,
    )
    return b.build(None)


@dataclass(frozen=True)
class TelecomVocab:
    providers: list[str]
    title: list[str]
    fields: list[str]  # account, invoice date, period, line/number
    rows: list[str]  # plan, extra usage, equipment, one-off
    net: str
    vat: str
    total: list[str]
    debit: str


TELECOM_EU = {
    "fr": TelecomVocab(
        providers=["Orange", "Free", "SFR", "Bouygues Telecom"],
        title=["Votre facture", "FACTURE", "Facture mobile", "Votre facture internet"],
        fields=["N° client", "Date de facture", "Période", "Ligne"],
        rows=["Forfait mobile 100 Go", "Box internet Fibre", "Consommations hors forfait", "Location décodeur TV"],
        net="Total HT",
        vat="TVA 20 %",
        total=["Montant TTC", "Total à payer", "Montant total de la facture"],
        debit="Prélevé sur votre compte le",
    ),
    "de": TelecomVocab(
        providers=["Telekom", "Vodafone", "O2", "1&1"],
        title=["Ihre Rechnung", "Rechnung", "Mobilfunkrechnung", "Festnetz-Rechnung"],
        fields=["Kundennummer", "Rechnungsdatum", "Abrechnungszeitraum", "Rufnummer"],
        rows=[
            "Grundgebühr MagentaMobil",
            "Internet & Telefonie DSL 100",
            "Verbindungen außerhalb des Tarifs",
            "Router-Miete",
        ],
        net="Summe netto",
        vat="Umsatzsteuer 19 %",
        total=["Rechnungsbetrag", "Gesamtbetrag", "Zu zahlender Betrag"],
        debit="Der Betrag wird abgebucht am",
    ),
    "nl": TelecomVocab(
        providers=["KPN", "Ziggo", "Odido", "Vodafone"],
        title=["Uw factuur", "Factuur", "Nota"],
        fields=["Klantnummer", "Factuurdatum", "Periode", "Telefoonnummer"],
        rows=["Abonnement Internet + TV", "Mobiel abonnement 10 GB", "Gebruik buiten bundel", "Huur modem"],
        net="Totaal excl. btw",
        vat="Btw 21%",
        total=["Totaal incl. btw", "Te betalen"],
        debit="Wordt afgeschreven op",
    ),
    "es": TelecomVocab(
        providers=["Movistar", "Vodafone", "Orange"],
        title=["Factura", "Su factura", "FACTURA"],
        fields=["Nº de cliente", "Fecha de factura", "Periodo de facturación", "Línea"],
        rows=["Cuota mensual fibra 600 Mb", "Tarifa móvil ilimitada", "Consumo fuera de tarifa", "Alquiler router"],
        net="Base imponible",
        vat="IVA 21%",
        total=["Total factura", "Importe total"],
        debit="Se cargará en su cuenta el",
    ),
}


def utility_bill_telecom_eu(rng: random.Random) -> SyntheticDocument:
    """Phone, mobile and internet bills from France, Germany, the Netherlands and Spain."""
    lang = rng.choice(["fr", "fr", "de", "nl", "es"])
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "es": "es_ES"}[lang])
    v = TELECOM_EU[lang]
    b = start(LABEL, ctx)
    day = ctx.day()
    b.lines([ctx.pick(v.providers), ctx.address()], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    values = [
        ctx.digits(ctx.pick([8, 10, 12])),
        ctx.date(day),
        f"{ctx.date(ctx.later(day, -31, -28))} - {ctx.date(day)}",
        ctx.phone(),
    ]
    b.fields(list(zip(v.fields, values, strict=True)))
    amounts = [ctx.amount(9, 60), ctx.amount(0, 45), ctx.amount(0, 25), ctx.amount(0, 8)]
    b.table(None, [[row, ctx.money(a)] for row, a in zip(v.rows, amounts, strict=True) if a > 0.5], numeric_from=1)
    net = sum(amounts)
    b.fields([(v.net, ctx.money(net)), (v.vat, ctx.money(net * 0.2)), (ctx.pick(v.total), ctx.money(net * 1.2))])
    b.p(f"{v.debit} {ctx.date(ctx.later(day, 8, 20))}. IBAN {ctx.iban()[:8]}********")
    return b.build(ctx.pick(v.title))


def utility_bill_water(rng: random.Random) -> SyntheticDocument:
    """Water and sewer bills: US municipal, UK water companies, French 'facture d'eau', German Wasser/Abwasser."""
    kind = rng.choice(["us", "uk", "fr", "fr", "de", "in"])
    ctx = Ctx(rng, {"us": "en_US", "uk": "en_GB", "fr": "fr_FR", "de": "de_DE", "in": "en_IN"}[kind])
    b = start(LABEL, ctx)
    day = ctx.day()
    used = ctx.randint(8, 160)
    prev = ctx.randint(100, 9000)
    if kind == "fr":
        b.lines(
            [
                ctx.pick(["Eau de Paris", "Veolia Eau", "SAUR", "Régie des eaux de " + ctx.city()]),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Référence client", ctx.digits(10)),
                ("Date de la facture", ctx.date(day)),
                ("Adresse de desserte", ctx.address()),
                ("N° de compteur", ctx.code("##??######")),
            ]
        )
        b.table(
            ["Relevé", "Ancien index", "Nouvel index", "Consommation"],
            [["Compteur", str(prev), str(prev + used), f"{used} m³"]],
            numeric_from=1,
        )
        price = ctx.amount(2.0, 4.5)
        b.table(
            ["Détail", "Quantité", "Prix unitaire", "Montant HT"],
            [
                ["Distribution de l'eau - abonnement", "6 mois", "", ctx.num(ctx.amount(15, 40))],
                ["Consommation", f"{used} m³", ctx.num(price * 0.45, 4), ctx.num(used * price * 0.45)],
                [
                    "Collecte et traitement des eaux usées (assainissement)",
                    f"{used} m³",
                    ctx.num(price * 0.4, 4),
                    ctx.num(used * price * 0.4),
                ],
                ["Redevance pollution domestique (Agence de l'eau)", f"{used} m³", "0,3300", ctx.num(used * 0.33)],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("TVA 5,5 %", ctx.money(used * price * 0.05)),
                ("Montant TTC à payer", ctx.money(used * price * 1.1)),
                ("Date limite de paiement", ctx.date(ctx.later(day, 15, 30))),
            ]
        )
        title = ctx.pick(["Facture d'eau", "Votre facture d'eau", "FACTURE EAU ET ASSAINISSEMENT"])
    elif kind == "de":
        b.lines([f"Stadtwerke {ctx.city()}", "Wasserversorgung und Abwasserentsorgung"], bold=True)
        b.fields(
            [
                ("Kundennummer", ctx.digits(9)),
                ("Verbrauchsstelle", ctx.address()),
                ("Zählernummer", ctx.digits(8)),
                ("Abrechnungszeitraum", f"{ctx.date(ctx.later(day, -365, -365))} - {ctx.date(day)}"),
            ]
        )
        b.table(
            ["Position", "Menge", "Preis", "Betrag"],
            [
                ["Frischwasser", f"{used} m³", ctx.num(2.1), ctx.num(used * 2.1)],
                ["Schmutzwasser", f"{used} m³", ctx.num(2.6), ctx.num(used * 2.6)],
                ["Niederschlagswasser", f"{ctx.randint(50, 300)} m²", ctx.num(0.6), ctx.num(ctx.amount(30, 180))],
                ["Grundgebühr Wasserzähler", "12 Monate", ctx.num(5), ctx.num(60)],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Summe brutto (inkl. 7 % USt)", ctx.money(used * 5)),
                ("Geleistete Abschläge", ctx.money(used * 4.8)),
                ("Nachzahlung", ctx.money(used * 0.2)),
            ]
        )
        title = ctx.pick(["Wasserrechnung", "Jahresverbrauchsabrechnung Wasser/Abwasser", "Gebührenbescheid"])
    elif kind == "in":
        b.lines(
            [
                ctx.pick(["Delhi Jal Board", "BWSSB", "Chennai Metro Water", "Hyderabad Metropolitan Water Supply"]),
                "WATER BILL",
            ],
            bold=True,
            align="center",
        )
        b.fields(
            [
                ("Consumer No.", ctx.digits(10)),
                ("Name", ctx.person()),
                ("Address", ctx.address()),
                ("Meter No.", ctx.digits(8)),
                ("Bill Date", ctx.date(day)),
                ("Previous Reading (KL)", str(prev)),
                ("Present Reading (KL)", str(prev + used)),
                ("Consumption (KL)", str(used)),
            ],
            columns=2,
        )
        b.table(
            ["Particulars", "Amount (Rs.)"],
            [
                ["Water Charges", ctx.num(used * 7)],
                ["Sewerage Charges", ctx.num(used * 4)],
                ["Service Charges", ctx.num(146)],
                ["Arrears", ctx.num(ctx.amount(0, 900))],
            ],
            numeric_from=1,
        )
        b.fields([("Net Amount Payable", ctx.money(used * 11 + 146)), ("Due Date", ctx.date(ctx.later(day, 15, 21)))])
        title = None
    else:
        us = kind == "us"
        b.lines(
            [
                f"City of {ctx.city()} Utilities"
                if us
                else ctx.pick(["Severn Trent Water", "Anglian Water", "Yorkshire Water"]),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Account Number", ctx.code("######-##")),
                ("Service Address", ctx.address()),
                ("Bill Date", ctx.date(day)),
                ("Meter Number", ctx.digits(8)),
            ]
        )
        unit = "gallons" if us else "m³"
        amount_used = used * (750 if us else 1)
        b.table(
            ["Read Date", "Previous", "Current", f"Usage ({unit})"],
            [[ctx.date(day), str(prev), str(prev + amount_used), str(amount_used)]],
            numeric_from=1,
        )
        rows = [
            ["Water Service Charge", ctx.num(ctx.amount(10, 30))],
            ["Water Usage", ctx.num(used * 3.1)],
            ["Sewer Usage" if us else "Wastewater", ctx.num(used * 3.6)],
            ["Stormwater Fee" if us else "Surface water drainage", ctx.num(ctx.amount(4, 15))],
        ]
        if us:
            rows.append(["Solid Waste / Recycling", ctx.num(ctx.amount(15, 35))])
        b.table(["Charges", "Amount"], rows, numeric_from=1)
        b.fields([("Total Amount Due", ctx.money(used * 7 + 40)), ("Due Date", ctx.date(ctx.later(day, 15, 25)))])
        b.p(
            "Conserve water: a dripping faucet can waste up to 3,000 gallons a year."
            if us
            else "Pay by Direct Debit and spread the cost over 10 or 12 months.",
            small=True,
        )
        title = ctx.pick(["Water & Sewer Bill", "Utility Billing Statement", "Your water bill", None])
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Shared pieces of the templates below.


def _date_in(day: dt.date, lang: str, style: int) -> str:
    """A date the way Italian, Portuguese and Latin-American bills print it (the locale tables lack them)."""
    name = locales.month_names(lang)[day.month - 1]
    return [
        locales.dmy(day),
        f"{day.day} {name} {day.year}",
        locales.dmy(day, "."),
        f"{day.day:02d} {name[:3].upper()} {str(day.year)[2:]}",
        locales.dmy(day, "-"),
    ][style % 5]


def _nice_step(x: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if step >= x:
            return step
    return 20000


def _usage_graph(b: DocBuilder, ctx: Ctx, caption: str, months: Sequence[str], level: float, *, unit: str) -> None:
    """A usage bar chart the way a text layer or OCR sees it: caption, axis ticks, month labels, maybe values."""
    first = ctx.randint(0, 11)
    n = ctx.pick([6, 12, 13])
    values = [max(level * ctx.amount(0.55, 1.45), 1.0) for _ in range(n)]
    width = ctx.pick([1, 3, 3])
    labels = [_abbr(months, first + i, width) for i in range(n)]
    style = ctx.randint(0, 3)
    if style == 0:
        step = _nice_step(max(values) / 4)
        ticks = [str(step * k) for k in range(4, -1, -1)]
        b.lines([caption, *ticks, "  ".join(labels)])
    elif style == 1:
        b.lines([caption, " ".join(labels), " ".join(str(round(v)) for v in values)])
    elif style == 2:
        b.table([caption, unit], [[lab, str(round(v))] for lab, v in zip(labels, values, strict=True)], numeric_from=1)
    else:
        b.lines([f"{caption} ({unit})", *[f"{lab} {round(v)}" for lab, v in zip(labels, values, strict=True)]])


def _rate(ctx: Ctx, low: float, high: float, places: int = 4) -> float:
    """A unit price with more decimals than ``ctx.amount`` keeps (tariffs are quoted to 3-6 places)."""
    return round(ctx.rng.uniform(low, high), places)


def _abbr(months: Sequence[str], index: int, width: int) -> str:
    """Month label of ``width`` letters, one longer where that would be ambiguous (juin/juillet)."""
    name = months[index % 12]
    if width > 1 and any(other != name and other[:width] == name[:width] for other in months):
        width += 1
    return name[:width].capitalize()


# ---------------------------------------------------------------------------------------------
# Australia and New Zealand

AU_RETAILERS = [
    "AGL",
    "Origin Energy",
    "EnergyAustralia",
    "Red Energy",
    "Alinta Energy",
    "Simply Energy",
    "Powershop",
    "Momentum Energy",
    "Lumo Energy",
    "Synergy",
    "Aurora Energy",
    "ActewAGL",
    "GloBird Energy",
]
AU_NETWORKS = [
    "Ausgrid",
    "Endeavour Energy",
    "Essential Energy",
    "Energex",
    "Ergon Energy",
    "CitiPower",
    "Powercor",
    "Jemena",
    "United Energy",
    "AusNet Services",
    "SA Power Networks",
    "Evoenergy",
    "TasNetworks",
]
AU_GAS_NETWORKS = ["Jemena Gas Networks", "Australian Gas Networks", "Multinet Gas", "ATCO Gas Australia", "Evoenergy"]
NZ_RETAILERS = [
    "Mercury",
    "Genesis Energy",
    "Contact Energy",
    "Meridian Energy",
    "Trustpower",
    "Electric Kiwi",
    "Nova Energy",
    "Frank Energy",
    "Pulse Energy",
]
NZ_NETWORKS = ["Vector", "Wellington Electricity", "Orion", "Unison", "WEL Networks", "Powerco", "Aurora Energy"]


def utility_bill_au_nz_energy(rng: random.Random) -> SyntheticDocument:
    """Australian/NZ energy retailer bills: NMI/ICP/MIRN, c/kWh usage and c/day supply charges, GST, BPAY."""
    nz = rng.random() < 0.35
    ctx = Ctx(rng, "en_NZ" if nz else "en_AU")
    b = start(LABEL, ctx)
    gas = not nz and ctx.chance(0.25)
    retailer = ctx.pick(NZ_RETAILERS if nz else AU_RETAILERS)
    network = ctx.pick(NZ_NETWORKS if nz else AU_GAS_NETWORKS if gas else AU_NETWORKS)
    end = ctx.day()
    days = ctx.randint(28, 33) if (nz or ctx.chance(0.35)) else ctx.randint(87, 94)
    begin = ctx.later(end, -days, -days)
    issued = ctx.later(end, 2, 6)
    due = ctx.later(issued, 12, 21)
    gst = 0.15 if nz else 0.10
    account = ctx.code(ctx.pick(["#### ### ###", "##########", "### ### ### ##", "#######"]))
    if nz:
        site = ("ICP", ctx.code("000#######??###"))
    elif gas:
        site = ("MIRN", ctx.code("53## ### ###"))
    else:
        site = ("NMI", ctx.code(ctx.pick(["41## #### ##", "QB########", "63########", "VCCC######", "20##########"])))
    title = ctx.pick(
        [
            "Tax invoice",
            "Tax Invoice",
            "Your energy bill",
            "Your gas bill" if gas else "Your electricity bill",
            "Tax invoice / Statement",
            None,
        ]
    )
    b.lines(
        [
            retailer,
            f"GST No. {ctx.code('##-###-###')}" if nz else f"ABN {ctx.code('## ### ### ###')}",
            *(
                [ctx.pick(["Electricity", "Natural gas" if gas else "Electricity account", "Residential"])]
                if ctx.chance(0.5)
                else []
            ),
        ],
        bold=True,
    )
    b.lines([ctx.person().upper() if ctx.chance(0.3) else ctx.person(), *ctx.address_lines()])

    # Charges first, so the summary can quote them.
    rows: list[tuple[str, str, str, float]] = []
    cents = ctx.chance(0.6)

    def rate_text(rate: float, unit: str) -> str:
        return f"{ctx.num(rate * 100, 4)} c/{unit}" if cents else f"${rate:.4f}/{unit}"

    if gas:
        m3 = ctx.amount(30, 550) * days / 60
        hv = _rate(ctx, 37.6, 39.8)
        pcf = _rate(ctx, 0.97, 1.02)
        mj = m3 * hv * pcf
        step1 = min(mj, days * ctx.pick([50.0, 100.0, 150.0]))
        r1, r2 = _rate(ctx, 0.035, 0.055), _rate(ctx, 0.025, 0.04)
        rows.append((f"Gas usage - first {round(step1):,} MJ", f"{step1:,.0f} MJ", rate_text(r1, "MJ"), step1 * r1))
        if mj > step1:
            rows.append(("Gas usage - thereafter", f"{mj - step1:,.0f} MJ", rate_text(r2, "MJ"), (mj - step1) * r2))
        supply = _rate(ctx, 0.7, 1.3)
        rows.append(("Supply charge", f"{days} days", rate_text(supply, "day"), days * supply))
        used_text, per_day = f"{mj:,.0f} MJ", mj / days
    else:
        kwh = ctx.amount(5, 28) * days
        tou = ctx.chance(0.5)
        parts = (
            (
                [("Day", 0.6, 1.0), ("Night", 0.4, 0.6)]
                if nz
                else [("Peak", 0.35, 1.2), ("Shoulder", 0.4, 0.9), ("Off peak", 0.25, 0.6)]
            )
            if tou
            else [
                (ctx.pick(["General usage", "Anytime usage", "Single rate", "Usage charge", "Uncontrolled"]), 1.0, 1.0)
            ]
        )
        base = _rate(ctx, 0.22, 0.42)
        for name, share, factor in parts:
            q = kwh * share
            rows.append((name, f"{q:,.3f} kWh", rate_text(base * factor, "kWh"), q * base * factor))
        if ctx.chance(0.3):
            cl = ctx.amount(2, 9) * days
            rate = _rate(ctx, 0.15, 0.26)
            rows.append(
                (
                    ctx.pick(["Controlled load 1", "Controlled Load", "Off-peak hot water"]),
                    f"{cl:,.3f} kWh",
                    rate_text(rate, "kWh"),
                    cl * rate,
                )
            )
        supply = _rate(ctx, 0.3, 2.2) if nz else _rate(ctx, 0.8, 1.5)
        rows.append(
            (
                ctx.pick(["Daily charge", "Fixed daily charge"])
                if nz
                else ctx.pick(["Supply charge", "Daily supply charge"]),
                f"{days} days",
                rate_text(supply, "day"),
                days * supply,
            )
        )
        if nz:
            rows.append(("Electricity Authority levy", f"{kwh:,.0f} kWh", rate_text(0.0013, "kWh"), kwh * 0.0013))
        if ctx.chance(0.35):
            exported = ctx.amount(1, 14) * days
            fit = _rate(ctx, 0.03, 0.12)
            rows.append(
                (
                    ctx.pick(["Solar feed-in credit", "Solar export", "Feed-in tariff"]),
                    f"{exported:,.3f} kWh",
                    rate_text(fit, "kWh"),
                    -exported * fit,
                )
            )
        used_text, per_day = f"{kwh:,.0f} kWh", kwh / days
    if ctx.chance(0.3):
        positive = sum(a for _, _, _, a in rows if a > 0)
        rows.append(
            (
                ctx.pick(["Pay on time discount", "Guaranteed discount 7% off usage", "Loyalty credit"]),
                "",
                "",
                -positive * 0.07,
            )
        )
    subtotal = sum(a for _, _, _, a in rows)
    tax = subtotal * gst
    new_charges = subtotal + tax
    previous = ctx.amount(60, 900)
    paid = previous if ctx.chance(0.8) else ctx.amount(0, previous)
    amount_due = previous - paid + new_charges

    key = [
        (ctx.pick(["Account number", "Account no.", "Customer number"]), account),
        (ctx.pick(["Issue date", "Bill issued", "Date of issue"]), ctx.date(issued)),
        (
            ctx.pick(["Billing period", "Bill period", "Supply period"]),
            f"{ctx.date(begin)} to {ctx.date(end)} ({days} days)",
        ),
        (ctx.pick(["Supply address", "Property address", "Your supply address"]), ctx.address()),
        site,
    ]
    if ctx.chance(0.4):
        key.append((ctx.pick(["Invoice number", "Bill number"]), ctx.digits(9)))
    if ctx.chance(0.5):
        key.append(
            (
                ctx.pick(["Your plan", "Energy plan", "Tariff"]),
                ctx.pick(
                    [
                        "Residential Time of Use",
                        "Flexi Saver",
                        "Single Rate",
                        "Basic Home",
                        "Low User",
                        "Standard User",
                        "Value Saver",
                        "Market offer",
                    ]
                ),
            )
        )
    b.fields(ctx.shuffled(key) if ctx.chance(0.5) else key, columns=ctx.pick([1, 1, 2]))

    def summary() -> None:
        b.h(ctx.pick(["Account summary", "Your bill at a glance", "Summary of your account", "Bill summary"]))
        b.fields(
            [
                (ctx.pick(["Previous bill", "Opening balance", "Last bill"]), ctx.money(previous)),
                (
                    ctx.pick(["Payments received, thank you", "Payment received", "Payments"]),
                    f"{ctx.money(paid)} CR" if ctx.chance(0.5) else f"-{ctx.money(paid)}",
                ),
                ("Balance carried forward", ctx.money(previous - paid)),
                (ctx.pick(["New charges", "This bill", "Total new charges"]), ctx.money(new_charges)),
                (ctx.pick(["Total amount due", "Amount due", "Total due", "Please pay"]), ctx.money(amount_due)),
                ("Due date", ctx.date(due)),
            ]
        )
        if ctx.chance(0.25):
            b.p(f"Pay {ctx.money(amount_due * 0.93)} by {ctx.date(due)} to receive your pay on time discount.")

    def charges() -> None:
        header = ctx.pick(
            [
                ["Description", "Quantity", "Rate", "Amount"],
                ["Your charges", "Units", "Price (excl. GST)", "$"],
                ["Gas charges" if gas else "Electricity charges", "Usage", "Rate", "Cost"],
            ]
        )
        b.table(header, [[d, q, r, ctx.num(a)] for d, q, r, a in rows], numeric_from=1)
        b.fields(
            [
                (ctx.pick(["Total charges (excl. GST)", "Subtotal", "Charges before GST"]), ctx.money(subtotal)),
                (f"GST ({round(gst * 100)}%)" if ctx.chance(0.5) else "GST", ctx.money(tax)),
                (
                    ctx.pick(["Total new charges (incl. GST)", "Total of this bill", "New charges incl. GST"]),
                    ctx.money(new_charges),
                ),
            ]
        )

    def meter() -> None:
        prev = ctx.randint(1000, 90000)
        kind = "(A)" if ctx.chance(0.75) else "(E)"
        if gas:
            b.table(
                ["Meter", "Previous read", "Current read", "Usage m³", "Heating value", "Pressure factor", "MJ"],
                [
                    [
                        ctx.digits(8),
                        str(prev),
                        f"{prev + round(m3)} {kind}",
                        f"{m3:,.0f}",
                        f"{hv:.4f}",
                        f"{pcf:.4f}",
                        used_text,
                    ]
                ],
                numeric_from=1,
            )
        else:
            b.table(
                [
                    ctx.pick(["Meter number", "Meter no.", "Meter"]),
                    "Register",
                    "Previous reading",
                    "Current reading",
                    "Usage",
                ],
                [
                    [
                        ctx.digits(ctx.pick([7, 8, 10])),
                        ctx.pick(["11", "E1", "Total", "Day"]),
                        str(prev),
                        f"{prev + round(kwh)} {kind}",
                        used_text,
                    ]
                ],
                numeric_from=2,
            )
        if ctx.chance(0.5):
            b.p("A = Actual read  E = Estimated read  S = Substituted read", small=True)

    def usage() -> None:
        b.fields(
            [
                ("Average daily usage", f"{ctx.num(per_day, 1)} {'MJ' if gas else 'kWh'}"),
                ("Average daily cost", ctx.money(new_charges / days)),
                (
                    "Same time last year",
                    f"{ctx.num(per_day * ctx.amount(0.7, 1.3), 1)} {'MJ' if gas else 'kWh'} per day",
                ),
            ]
        )
        if not gas and ctx.chance(0.5):
            b.p(
                f"Greenhouse gas emissions for this bill: {ctx.num(per_day * days * 0.0008, 2)} tonnes CO2-e.",
                small=True,
            )
        if ctx.chance(0.6):
            _usage_graph(
                b,
                ctx,
                ctx.pick(["Your average daily usage", "Usage history", "How your usage compares"]),
                locales.month_names("en"),
                per_day,
                unit="MJ/day" if gas else "kWh/day",
            )

    sections = [summary, charges, meter, usage]
    if ctx.chance(0.4):
        sections = [sections[0], *ctx.shuffled(sections[1:])]
    for section in sections:
        section()
    if nz:
        pay = [
            "Direct debit - the easy way to pay",
            f"Internet banking: {ctx.code('##-####-#######-00')}  Particulars: {account.replace(' ', '')}",
            "Smooth pay: spread your costs evenly across the year",
            f"Pay by phone 0800 {ctx.digits(3)} {ctx.digits(3)}",
        ]
        fine = (
            f"Power cut? Call {network} on 0800 {ctx.digits(3)} {ctx.digits(3)}. If you have a complaint we can't "
            "resolve, "
            "Utilities Disputes is a free and independent service. Compare plans at powerswitch.org.nz."
        )
    else:
        ref = ctx.digits(10)
        pay = [
            f"BPAY® Biller code: {ctx.digits(ctx.pick([4, 5, 6]))}  Ref: {ref}",
            f"Post Billpay  Billpay code: {ctx.digits(4)}  Ref: {ref}",
            f"Centrepay reference: 555 {ctx.digits(3)} {ctx.digits(3)}",
            "Direct debit: set up in the app or call us",
            f"Pay by card at {ctx.pick(['agl', 'origin', 'myaccount', 'pay'])}.com.au or call 13 {ctx.digits(2)} "
            f"{ctx.digits(2)}",
        ]
        fine = (
            f"Faults and emergencies: {network} 13 {ctx.digits(2)} {ctx.digits(2)}. Interpreter service 131 450. "
            + ctx.pick(
                [
                    "If we can't resolve your complaint, contact the Energy & Water Ombudsman in your state.",
                    "Compare energy offers at energymadeeasy.gov.au.",
                    "You may be eligible for an energy concession or rebate. Ask us about our hardship program.",
                ]
            )
        )
    b.h(ctx.pick(["How to pay", "Ways to pay", "Payment options"]), level=3)
    b.lines(ctx.some(pay, 2, 4))
    b.p(fine, small=True)
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Canada: Hydro-Québec (French), Ontario time-of-use, western step tariffs and natural gas


def _canada_quebec(ctx: Ctx, b: DocBuilder) -> str | None:
    end = ctx.day()
    days = ctx.randint(57, 64)
    begin = ctx.later(end, -days, -days)
    issued = ctx.later(end, 1, 4)
    kwh = ctx.randint(900, 7000)
    first = min(kwh, 40 * days)
    sub_rate, r1, r2 = _rate(ctx, 0.43, 0.47, 5), _rate(ctx, 0.063, 0.07, 5), _rate(ctx, 0.097, 0.109, 5)
    sub = days * sub_rate
    e1, e2 = first * r1, (kwh - first) * r2
    before = sub + e1 + e2
    tps, tvq = before * 0.05, before * 0.09975
    current = before + tps + tvq
    previous = ctx.amount(80, 700)
    b.lines(
        ["Hydro-Québec", ctx.pick(["Votre facture d'électricité", "Facture d'électricité", "Électricité"])], bold=True
    )
    b.lines([ctx.person(), *ctx.address_lines()])
    b.fields(
        [
            (ctx.pick(["Numéro de client", "No de client"]), ctx.code("### ### ###")),
            (ctx.pick(["Numéro de compte", "No de compte"]), ctx.code("### ### ### ###")),
            ("Date de facturation", ctx.date(issued)),
            ("Période de consommation", f"du {ctx.date(begin)} au {ctx.date(end)} ({days} jours)"),
            ("Adresse du lieu de consommation", ctx.address()),
            ("Tarif", ctx.pick(["D", "D", "DT (biénergie)", "Flex D"])),
        ],
        columns=ctx.pick([1, 2]),
    )
    b.h(ctx.pick(["Sommaire", "Résumé de votre compte", "Votre compte"]))
    mve = ctx.chance(0.3)
    summary = [
        ("Solde de la facture précédente", ctx.money(previous)),
        ("Paiement reçu - merci", "-" + ctx.money(previous)),
        ("Montant de la facture courante", ctx.money(current)),
    ]
    if mve:
        summary.append(("Mode de versements égaux (MVE) - versement", ctx.money(ctx.amount(90, 300))))
    summary += [
        (ctx.pick(["Montant à payer", "Total à payer", "Montant dû"]), ctx.money(current)),
        (ctx.pick(["Date d'échéance", "À payer au plus tard le"]), ctx.date(ctx.later(issued, 18, 21))),
    ]
    b.fields(summary)
    b.h("Détail de la facture courante", level=3)
    b.table(
        None,
        [
            ["Redevance d'abonnement", f"{days} jours x {ctx.num(sub_rate, 5)} $", ctx.num(sub)],
            [f"Électricité - premiers {first} kWh", f"{first} kWh x {ctx.num(r1 * 100, 3)} ¢", ctx.num(e1)],
            [f"Électricité - reste {kwh - first} kWh", f"{kwh - first} kWh x {ctx.num(r2 * 100, 3)} ¢", ctx.num(e2)],
            ["Total avant taxes", "", ctx.num(before)],
            ["TPS 5 %", "", ctx.num(tps)],
            ["TVQ 9,975 %", "", ctx.num(tvq)],
            ["Total de la facture courante", "", ctx.num(current)],
        ],
        numeric_from=1,
    )
    prev = ctx.randint(10000, 90000)
    b.table(
        ["Compteur", "Relevé précédent", "Relevé actuel", "Consommation (kWh)", "Type de relevé"],
        [
            [
                ctx.code("#?#####"),
                str(prev),
                str(prev + kwh),
                str(kwh),
                ctx.pick(["réel", "réel", "estimé", "par le client"]),
            ]
        ],
        numeric_from=1,
    )
    b.fields(
        [
            ("Consommation moyenne par jour", f"{ctx.num(kwh / days, 1)} kWh"),
            ("Même période l'an dernier", f"{ctx.num(kwh / days * ctx.amount(0.8, 1.2), 1)} kWh/jour"),
            ("Température moyenne", f"{ctx.randint(-15, 22)} °C"),
        ]
    )
    if ctx.chance(0.5):
        _usage_graph(b, ctx, "Votre consommation", locales.month_names("fr"), kwh / days, unit="kWh/jour")
    b.p(
        f"No de TPS {ctx.digits(9)} RT0001  No de TVQ {ctx.digits(10)} TQ0001. "
        "Payez en ligne dans votre Espace client, par votre institution financière ou par paiement préautorisé. "
        "Des frais d'administration s'appliquent à tout solde impayé après la date d'échéance. "
        f"Pannes : 1 800 {ctx.digits(3)}-{ctx.digits(4)}.",
        small=True,
    )
    return ctx.pick(["Facture", "Votre facture d'électricité", None])


def _canada_ontario(ctx: Ctx, b: DocBuilder) -> str | None:
    provider = ctx.pick(
        ["Hydro One", "Toronto Hydro", "Alectra Utilities", "Hydro Ottawa", "London Hydro", "Enova Power"]
    )
    end = ctx.day()
    days = ctx.randint(29, 62)
    begin = ctx.later(end, -days, -days)
    kwh = ctx.randint(250, 1800) * days // 30
    plan = ctx.pick(["Time-of-Use", "Tiered", "Ultra-Low Overnight"])
    b.lines([provider, ctx.pick(["Your electricity bill", "Statement of Account", "Electricity Statement"])], bold=True)
    b.fields(
        [
            ("Account Number", ctx.code(ctx.pick(["##########", "##### #####", "#########-##"]))),
            ("Bill Date", ctx.date(ctx.later(end, 1, 4))),
            ("Billing Period", f"{ctx.date(begin)} - {ctx.date(end)} ({days} days)"),
            ("Service Address", ctx.address()),
            ("Rate Class", ctx.pick(["Residential", "Residential - Medium Density", "Urban High Density", "R1"])),
            ("Price Plan", plan),
            ("Meter Number", ctx.code("J#######")),
        ]
    )
    if plan == "Tiered":
        t1 = min(kwh, ctx.pick([600, 1000]))
        parts = [("Tier 1", t1, _rate(ctx, 8.5, 10.5, 1)), ("Tier 2", kwh - t1, _rate(ctx, 10, 12.5, 1))]
    else:
        on, mid = round(kwh * ctx.amount(0.12, 0.22)), round(kwh * ctx.amount(0.12, 0.22))
        parts = [
            ("On-Peak", on, _rate(ctx, 15, 29, 1)),
            ("Mid-Peak", mid, _rate(ctx, 10, 16, 1)),
            ("Off-Peak" if plan == "Time-of-Use" else "Ultra-Low Overnight", kwh - on - mid, _rate(ctx, 2.8, 9.8, 1)),
        ]
    usage = [(f"{name} {q} kWh @ {ctx.num(c, 1)}¢", q * c / 100) for name, q, c in parts if q > 0]
    delivery = ctx.amount(30, 70) + kwh * _rate(ctx, 0.02, 0.05)
    regulatory = kwh * _rate(ctx, 0.004, 0.007)
    total_elec = sum(a for _, a in usage) + delivery + regulatory
    hst = total_elec * 0.13
    rebate = total_elec * 0.131
    amount = total_elec + hst - rebate
    rows = [[n, ctx.num(a)] for n, a in usage] + [
        ["Delivery", ctx.num(delivery)],
        ["Regulatory", ctx.num(regulatory)],
        ["Total Electricity Charges", ctx.num(total_elec)],
        ["HST (13%)", ctx.num(hst)],
        ["Ontario Electricity Rebate", "-" + ctx.num(rebate)],
    ]
    b.table(["Electricity Charges", "Amount ($)"], rows, numeric_from=1)
    if ctx.chance(0.5):
        b.p(f"Your usage: {kwh} kWh (adjusted for line losses x {ctx.num(ctx.amount(1.03, 1.09), 4)})", small=True)
    previous = ctx.amount(50, 400)
    paid = previous if ctx.chance(0.7) else ctx.amount(0, previous)
    b.fields(
        [
            ("Previous Balance", ctx.money(previous)),
            ("Payment Received", "-" + ctx.money(paid)),
            ("Balance Forward", ctx.money(previous - paid)),
            ("New Charges", ctx.money(amount)),
            (ctx.pick(["Total Amount Due", "Amount Due"]), ctx.money(amount + previous - paid)),
            ("Due Date", ctx.date(ctx.later(end, 16, 24))),
        ]
    )
    b.p(
        ctx.pick(
            [
                "A late payment charge of 1.5% per month (19.56% per annum) applies to overdue balances.",
                "Low-income customers may qualify for the Ontario Electricity Support Program (OESP).",
                "Report a power outage or downed wire: call us 24/7 or text OUT.",
            ]
        ),
        small=True,
    )
    return ctx.pick(["Electricity Bill", None, "Your Bill"])


def _canada_west(ctx: Ctx, b: DocBuilder) -> str | None:
    provider = ctx.pick(["BC Hydro", "FortisBC", "Manitoba Hydro", "SaskPower", "EPCOR", "ENMAX", "ATCO Energy"])
    gas = provider in ("FortisBC", "ATCO Energy") or (provider == "Manitoba Hydro" and ctx.chance(0.5))
    end = ctx.day()
    days = ctx.randint(59, 63) if provider == "BC Hydro" else ctx.randint(29, 32)
    begin = ctx.later(end, -days, -days)
    b.lines([provider, *ctx.address_lines()[:1], f"Customer service 1 888 {ctx.digits(3)}-{ctx.digits(4)}"], bold=True)
    pairs = [
        ("Account number", ctx.code("#### #### ####")),
        ("Bill date", ctx.date(ctx.later(end, 1, 3))),
        ("Service period", f"{ctx.date(begin)} to {ctx.date(end)}"),
        ("Days", str(days)),
        ("Premises address" if ctx.chance(0.5) else "Service address", ctx.address()),
    ]
    b.fields(ctx.shuffled(pairs))
    daily = _rate(ctx, 0.2, 0.5)
    basic = days * daily
    charges: list[tuple[str, str, float]] = [("Basic charge", f"{days} days @ ${daily:.4f}", basic)]
    if gas:
        gj = round(ctx.amount(2, 18) * days / 30, 1)
        for name, low, high in (
            ("Delivery charge", 4.0, 6.0),
            ("Storage and transport", 0.8, 1.6),
            ("Cost of gas (commodity)", 2.0, 5.0),
            ("Carbon charge", 2.5, 4.0),
        ):
            price = _rate(ctx, low, high, 3)
            charges.append((name, f"{ctx.num(gj, 1)} GJ @ ${price:.3f}", gj * price))
        used = f"{ctx.num(gj, 1)} GJ"
    else:
        kwh = ctx.randint(300, 1500) * days // 30
        s1 = min(kwh, round(days * 22.1))
        p1, p2 = _rate(ctx, 0.09, 0.115), _rate(ctx, 0.13, 0.15)
        charges += [
            ("Step 1", f"{s1} kWh @ ${p1:.4f}", s1 * p1),
            ("Step 2", f"{kwh - s1} kWh @ ${p2:.4f}", (kwh - s1) * p2),
        ]
        rider = sum(a for _, _, a in charges) * 0.05
        charges.append((ctx.pick(["Rate rider", "Deferral account rate rider", "Municipal access fee"]), "5%", rider))
        used = f"{kwh} kWh"
    rows = [[n, q, ctx.num(a)] for n, q, a in charges if a > 0]
    sub = sum(a for _, _, a in charges)
    b.table(["Current charges", "", "$"], rows, numeric_from=1)
    tax = sub * 0.05
    previous = ctx.amount(0, 300)
    pst = provider == "Manitoba Hydro" and ctx.chance(0.5)
    b.fields(
        [
            ("GST 5%", ctx.money(tax)),
            *([("PST 7%", ctx.money(sub * 0.07))] if pst else []),
            ("Total current charges", ctx.money(sub + tax)),
            ("Previous balance", ctx.money(previous)),
            ("Payments - thank you", "-" + ctx.money(previous)),
            (ctx.pick(["Amount due", "Total amount due", "Please pay"]), ctx.money(sub + tax)),
            ("Payment due", ctx.date(ctx.later(end, 18, 24))),
        ]
    )
    prev = ctx.randint(1000, 60000)
    b.table(
        ["Meter", "Read date", "Previous", "Present", "Consumption"],
        [[ctx.digits(8), ctx.date(end), str(prev), str(prev + ctx.randint(100, 2000)), used]],
        numeric_from=2,
    )
    if ctx.chance(0.4):
        b.p("You're on the Equal Payment Plan. Your plan will be reviewed and adjusted annually.", small=True)
    _usage_graph(
        b,
        ctx,
        "Average daily consumption",
        locales.month_names("en"),
        ctx.amount(8, 40),
        unit="GJ" if gas else "kWh/day",
    )
    return ctx.pick(["Your bill", "Statement", None, "Gas bill" if gas else "Electricity bill"])


def utility_bill_canada_hydro(rng: random.Random) -> SyntheticDocument:
    """Canadian electricity and gas: Hydro-Québec in French, Ontario time-of-use, western step rates and gas."""
    region = rng.choice(["qc", "qc", "on", "west"])
    ctx = Ctx(rng, "fr_CA" if region == "qc" else "en_CA")
    b = start(LABEL, ctx)
    if region == "qc":
        title = _canada_quebec(ctx, b)
    elif region == "on":
        title = _canada_ontario(ctx, b)
    else:
        title = _canada_west(ctx, b)
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Spain, Italy, Portugal: factura de luz / bolletta / fatura de eletricidade

IT_GIVEN = [
    "Marco",
    "Giulia",
    "Alessandro",
    "Francesca",
    "Luca",
    "Chiara",
    "Giuseppe",
    "Elena",
    "Matteo",
    "Sara",
    "Paolo",
    "Anna",
    "Davide",
    "Federica",
]
IT_FAMILY = [
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Costa",
]
IT_CITIES = [
    ("20121", "Milano", "MI"),
    ("00184", "Roma", "RM"),
    ("10121", "Torino", "TO"),
    ("40121", "Bologna", "BO"),
    ("80133", "Napoli", "NA"),
    ("50123", "Firenze", "FI"),
    ("35121", "Padova", "PD"),
    ("70121", "Bari", "BA"),
]
IT_STREETS = [
    "Via Roma",
    "Via Garibaldi",
    "Corso Vittorio Emanuele II",
    "Via Mazzini",
    "Viale Europa",
    "Via Dante Alighieri",
    "Piazza della Repubblica",
    "Via Verdi",
]
PT_GIVEN = [
    "João",
    "Maria",
    "Ana",
    "Pedro",
    "Rui",
    "Inês",
    "Tiago",
    "Catarina",
    "Miguel",
    "Sofia",
    "Nuno",
    "Beatriz",
    "Luís",
    "Marta",
]
PT_FAMILY = [
    "Silva",
    "Santos",
    "Ferreira",
    "Pereira",
    "Oliveira",
    "Costa",
    "Rodrigues",
    "Martins",
    "Sousa",
    "Fernandes",
    "Gonçalves",
    "Ribeiro",
    "Carvalho",
]
PT_CITIES = [
    ("1000-001", "Lisboa"),
    ("4000-322", "Porto"),
    ("3000-150", "Coimbra"),
    ("4700-035", "Braga"),
    ("8000-138", "Faro"),
    ("2750-310", "Cascais"),
    ("3800-004", "Aveiro"),
]
PT_STREETS = [
    "Rua Augusta",
    "Avenida da Liberdade",
    "Rua de Santa Catarina",
    "Rua do Carmo",
    "Avenida da República",
    "Travessa do Rosário",
    "Rua 25 de Abril",
]


def _it_person(ctx: Ctx) -> str:
    return f"{ctx.pick(IT_GIVEN)} {ctx.pick(IT_FAMILY)}"


def _it_address(ctx: Ctx) -> list[str]:
    cap, city, prov = ctx.pick(IT_CITIES)
    return [f"{ctx.pick(IT_STREETS)} {ctx.randint(1, 180)}", f"{cap} {city} ({prov})"]


def _pt_person(ctx: Ctx) -> str:
    return f"{ctx.pick(PT_GIVEN)} {ctx.pick(PT_FAMILY)} {ctx.pick(PT_FAMILY)}"


def _pt_address(ctx: Ctx) -> list[str]:
    code, city = ctx.pick(PT_CITIES)
    return [
        f"{ctx.pick(PT_STREETS)}, {ctx.randint(1, 250)} {ctx.pick(['', '2º Esq', '1º Dto', 'R/C'])}".strip(),
        f"{code} {city}",
    ]


def _es_bill(ctx: Ctx, b: DocBuilder) -> str | None:
    gas = ctx.chance(0.25)
    provider = ctx.pick(
        ["Iberdrola", "Endesa Energía", "Naturgy", "Repsol", "TotalEnergies", "Holaluz", "Curenergía", "Energía XXI"]
    )
    end = ctx.day()
    days = ctx.randint(28, 62)
    begin = ctx.later(end, -days, -days)
    issued = ctx.later(end, 1, 5)
    b.lines(
        [
            provider,
            f"CIF {ctx.code('?########')}",
            ctx.pick(
                ["Factura de gas natural", "Tu factura", "Gas"]
                if gas
                else ["Factura de electricidad", "Tu factura", "Luz"]
            ),
        ],
        bold=True,
    )
    pairs = [
        ("Nº factura", ctx.code(ctx.pick(["FE##############", "##?##########", "PI24#########"]))),
        ("Fecha de emisión", ctx.date(issued)),
        ("Periodo de facturación", f"del {ctx.date(begin)} al {ctx.date(end)} ({days} días)"),
        ("Fecha de cargo", ctx.date(ctx.later(issued, 5, 12))),
    ]
    b.fields(pairs)
    b.h(ctx.pick(["Datos del contrato", "Datos del suministro"]), level=3)
    supply = [
        ("Titular", ctx.person()),
        ("NIF", ctx.code("########?")),
        ("Dirección de suministro", ctx.address()),
        ("CUPS", "ES" + ctx.code("0021 #### #### #### ??") if not gas else "ES" + ctx.code("0230 #### #### #### ??")),
    ]
    if gas:
        supply += [
            ("Peaje de acceso", ctx.pick(["RL.1", "RL.2", "RL.3"])),
            ("Empresa distribuidora", ctx.pick(["Nedgia", "Madrileña Red de Gas", "Redexis"])),
        ]
    else:
        p = ctx.pick([3.3, 3.45, 4.4, 4.6, 5.75, 6.9])
        supply += [
            ("Potencia contratada", f"P1: {ctx.num(p, 2)} kW  P2: {ctx.num(p, 2)} kW"),
            ("Peaje de transporte y distribución", "2.0TD"),
            (
                "Empresa distribuidora",
                ctx.pick(
                    [
                        "i-DE Redes Eléctricas Inteligentes",
                        "e-distribución",
                        "UFD Distribución Electricidad",
                        "Viesgo Distribución",
                    ]
                ),
            ),
        ]
    supply.append(
        (
            "Tarifa" if ctx.chance(0.5) else "Producto",
            ctx.pick(["Plan Estable", "Tarifa Por Uso", "PVPC", "Tarifa Noche", "Tempo Happy", "Plan Online"]),
        )
    )
    b.fields(ctx.shuffled(supply) if ctx.chance(0.4) else supply, columns=ctx.pick([1, 2]))
    rows: list[tuple[str, float]] = []
    if gas:
        m3 = ctx.randint(20, 300)
        conv = _rate(ctx, 11.2, 11.9)
        kwh = m3 * conv
        fixed = _rate(ctx, 0.15, 0.35, 6)
        var = _rate(ctx, 0.06, 0.12, 6)
        rows += [
            (f"Término fijo {days} días x {ctx.num(fixed, 6)} €/día", days * fixed),
            (f"Término variable {ctx.num(kwh, 0)} kWh x {ctx.num(var, 6)} €/kWh", kwh * var),
            (f"Impuesto especial sobre hidrocarburos {ctx.num(kwh, 0)} kWh x 0,00234 €/kWh", kwh * 0.00234),
            (f"Alquiler de contador {days} días x {ctx.num(0.0197, 6)} €/día", days * 0.0197),
        ]
        consumption = f"{m3} m³ ({ctx.num(kwh, 0)} kWh, factor de conversión {ctx.num(conv, 4)} kWh/m³)"
    else:
        kwh = ctx.randint(80, 900) * days // 30
        pot = _rate(ctx, 0.07, 0.1, 6)
        rows.append((f"Potencia P1 {ctx.num(p, 2)} kW x {days} días x {ctx.num(pot, 6)} €/kW día", p * days * pot))
        rows.append(
            (f"Potencia P2 {ctx.num(p, 2)} kW x {days} días x {ctx.num(0.0024, 6)} €/kW día", p * days * 0.0024)
        )
        if ctx.chance(0.5):
            for name, share, price in (("punta", 0.3, 0.19), ("llano", 0.3, 0.13), ("valle", 0.4, 0.08)):
                q = round(kwh * share)
                rows.append((f"Energía consumida {name} {q} kWh x {ctx.num(price, 6)} €/kWh", q * price))
        else:
            price = _rate(ctx, 0.1, 0.2, 6)
            rows.append((f"Energía consumida {kwh} kWh x {ctx.num(price, 6)} €/kWh", kwh * price))
        if ctx.chance(0.4):
            rows.append(("Descuento sobre consumo", -kwh * 0.01))
        rows.append((f"Financiación bono social {days} días x 0,012742 €/día", days * 0.012742))
        base = sum(a for _, a in rows)
        rows.append((f"Impuesto sobre la electricidad 5,11269632 % s/{ctx.num(base)} €", base * 0.0511269632))
        rows.append((f"Alquiler equipos de medida {days} días x 0,026630 €/día", days * 0.02663))
        consumption = f"{kwh} kWh"
    sub = sum(a for _, a in rows)
    vat = ctx.pick([0.21, 0.21, 0.10, 0.05])
    total = sub * (1 + vat)
    summary_first = ctx.chance(0.5)

    def summary() -> None:
        b.h(ctx.pick(["Resumen de la factura", "Importe de la factura", "Resumen"]), level=2)
        b.fields(
            [
                ("Consumo del periodo", consumption),
                ("Base imponible", ctx.money(sub)),
                (f"IVA {round(vat * 100)} %", ctx.money(sub * vat)),
                (ctx.pick(["TOTAL IMPORTE FACTURA", "Total a pagar", "Importe total"]), ctx.money(total)),
            ]
        )

    if summary_first:
        summary()
    b.h(
        ctx.pick(["Detalle de la factura", "Información del consumo eléctrico" if not gas else "Detalle del consumo"]),
        level=3,
    )
    b.table(None, [[n, ctx.money(a)] for n, a in rows], numeric_from=1)
    prev = ctx.randint(1000, 60000)
    b.table(
        ["Contador", "Lectura anterior", "Lectura actual", "Consumo"],
        [
            [
                ctx.digits(9),
                f"{prev} ({ctx.pick(['real', 'estimada'])})",
                f"{prev + (m3 if gas else kwh)} ({ctx.pick(['real', 'real', 'estimada'])})",
                consumption.split(" (")[0],
            ]
        ],
        numeric_from=1,
    )
    if not summary_first:
        summary()
    b.fields(
        [
            ("Su consumo medio diario", f"{ctx.num(ctx.amount(3, 20), 2)} kWh"),
            ("Consumo medio diario en su código postal", f"{ctx.num(ctx.amount(5, 12), 2)} kWh"),
        ]
    )
    if ctx.chance(0.5):
        _usage_graph(b, ctx, "Evolución del consumo", locales.month_names("es"), ctx.amount(100, 500), unit="kWh")
    b.p(
        f"El importe se cargará en la cuenta ES** **** **** {ctx.digits(4)} a partir del "
        f"{ctx.date(ctx.later(issued, 5, 12))}. "
        + ctx.pick(
            [
                "Origen de la electricidad: renovable 48,3 %, nuclear 20,1 %, ciclo combinado 17,2 %. Impacto "
                "ambiental: clase C.",
                "Averías y urgencias de la distribuidora, 24 horas: 900 " + ctx.digits(3) + " " + ctx.digits(3) + ".",
                "Puede consultar su curva de consumo horaria en el área de clientes.",
                "Puede presentar reclamaciones ante el servicio de atención al cliente o la Junta Arbitral de Consumo.",
            ]
        ),
        small=True,
    )
    return ctx.pick(["Factura", "FACTURA", None, "Factura de luz" if not gas else "Factura de gas"])


def _it_bill(ctx: Ctx, b: DocBuilder) -> str | None:
    gas = ctx.chance(0.35)
    style = ctx.randint(0, 4) % 3
    provider = ctx.pick(
        [
            "Enel Energia",
            "A2A Energia",
            "Hera Comm",
            "Eni Plenitude",
            "Edison Energia",
            "Iren Mercato",
            "Acea Energia",
            "Sorgenia",
            "Servizio Elettrico Nazionale",
        ]
    )
    end = ctx.day()
    months = ctx.pick([1, 2])
    begin = ctx.later(end, -30 * months, -30 * months)
    issued = ctx.later(end, 3, 12)
    b.lines(
        [
            provider,
            f"P.IVA {ctx.digits(11)}",
            ctx.pick(
                [
                    "Bolletta gas" if gas else "Bolletta luce",
                    "La tua bolletta",
                    "Fornitura di energia elettrica" if not gas else "Fornitura di gas naturale",
                ]
            ),
        ],
        bold=True,
    )
    person = _it_person(ctx)
    b.lines([person.upper() if ctx.chance(0.4) else person, *_it_address(ctx)])
    pairs = [
        (
            ctx.pick(["Bolletta n.", "Fattura n.", "Numero fattura"]),
            ctx.code(ctx.pick(["#########", "##########?", "####/##########"])),
        ),
        ("Data emissione", _date_in(issued, "it", style)),
        ("Periodo di fatturazione", f"dal {_date_in(begin, 'it', style)} al {_date_in(end, 'it', style)}"),
        ("Codice cliente", ctx.digits(ctx.pick([9, 10]))),
        ("Codice fiscale", ctx.codice_fiscale()),
        ("Indirizzo di fornitura", ", ".join(_it_address(ctx))),
        ("PDR" if gas else "POD", ctx.digits(14) if gas else "IT001E" + ctx.digits(8)),
    ]
    if not gas:
        kw = ctx.pick([3.0, 3.0, 4.5, 6.0])
        pairs += [("Potenza impegnata", f"{ctx.num(kw, 1)} kW"), ("Potenza disponibile", f"{ctx.num(kw * 1.1, 1)} kW")]
    pairs += [
        ("Tipologia cliente", ctx.pick(["Domestico residente", "Domestico non residente", "Uso domestico"])),
        (
            "Offerta",
            ctx.pick(
                [
                    "Mercato libero - Luce Flex" if not gas else "Gas Flex",
                    "Servizio a tutele graduali",
                    "Prezzo fisso 12 mesi",
                    "E-Light",
                    "Link Luce",
                ]
            ),
        ),
    ]
    b.fields(ctx.shuffled(pairs) if ctx.chance(0.4) else pairs, columns=ctx.pick([1, 2]))
    if gas:
        used = ctx.randint(40, 450) * months
        unit = "Smc"
        materia = used * ctx.amount(0.45, 1.0)
    else:
        used = ctx.randint(150, 450) * months
        unit = "kWh"
        materia = used * ctx.amount(0.12, 0.3)
    trasporto = used * _rate(ctx, 0.02, 0.1) + ctx.amount(3, 8) * months
    oneri = used * _rate(ctx, 0.005, 0.04)
    imposte = used * (ctx.amount(0.04, 0.19) if gas else 0.0227)
    canone = 0.0 if gas or ctx.chance(0.3) else 7.0 * months
    taxable = materia + trasporto + oneri + imposte
    iva_rate = 0.1 if not gas or ctx.chance(0.5) else 0.22
    iva = taxable * iva_rate
    total = taxable + iva + canone
    b.h(ctx.pick(["Sintesi degli importi fatturati", "Quanto devi pagare", "Riepilogo importi"]))
    summary = [
        (f"Spesa per la materia {'gas naturale' if gas else 'energia'}", ctx.money(materia)),
        ("Spesa per il trasporto e la gestione del contatore", ctx.money(trasporto)),
        ("Spesa per oneri di sistema", ctx.money(oneri)),
        ("Imposte", ctx.money(imposte)),
        (f"IVA {round(iva_rate * 100)}%", ctx.money(iva)),
    ]
    if canone:
        summary.append(("Canone di abbonamento alla televisione per uso privato", ctx.money(canone)))
    summary += [
        ("Totale bolletta", ctx.money(total)),
        (ctx.pick(["Totale da pagare", "Importo da pagare"]), ctx.money(total)),
        ("Scadenza", _date_in(ctx.later(issued, 15, 25), "it", style)),
    ]
    b.table(None, [list(p) for p in summary], numeric_from=1)
    b.h(ctx.pick(["I tuoi consumi", "Consumi e letture"]), level=3)
    prev = ctx.randint(1000, 40000)
    if gas:
        coeff = _rate(ctx, 1.0, 1.06, 6)
        b.table(
            ["Data", "Lettura", "Tipo", "Consumo (mc)", "Coefficiente C", f"Consumo ({unit})"],
            [
                [_date_in(begin, "it", style), str(prev), ctx.pick(["effettiva", "stimata"]), "", "", ""],
                [
                    _date_in(end, "it", style),
                    str(prev + round(used / coeff)),
                    ctx.pick(["effettiva", "autolettura", "stimata"]),
                    str(round(used / coeff)),
                    ctx.num(coeff, 6),
                    str(used),
                ],
            ],
            numeric_from=1,
        )
    else:
        f1, f2 = round(used * 0.4), round(used * 0.3)
        b.table(
            ["Fascia", "Lettura precedente", "Lettura attuale", "Consumo (kWh)"],
            [
                ["F1", str(prev), str(prev + f1), str(f1)],
                ["F2", str(prev // 2), str(prev // 2 + f2), str(f2)],
                ["F3", str(prev // 3), str(prev // 3 + used - f1 - f2), str(used - f1 - f2)],
            ],
            numeric_from=1,
        )
    b.fields(
        [("Consumo fatturato nel periodo", f"{used} {unit}"), ("Consumo annuo", f"{used * ctx.randint(5, 7)} {unit}")]
    )
    if ctx.chance(0.5):
        _usage_graph(b, ctx, "Andamento dei consumi", locales.month_names("it"), used / months, unit=unit)
    b.p(
        ctx.pick(
            [
                f"Pagamento con addebito diretto SEPA sul conto IT** **** **** {ctx.digits(4)}.",
                "Puoi pagare con bollettino postale, pagoPA, in banca o con carta di credito nell'area clienti.",
            ]
        )
        + " "
        + ctx.pick(
            [
                "Pronto intervento guasti: 803 500, attivo 24 ore su 24.",
                "Per reclami scrivi al servizio clienti; per informazioni sui tuoi diritti: Sportello per il "
                "consumatore Energia e Ambiente, 800 166 654.",
                "Verifica se hai diritto al bonus sociale per disagio economico.",
            ]
        ),
        small=True,
    )
    return ctx.pick(["Bolletta", "Fattura", None, "BOLLETTA SINTETICA"])


def _pt_bill(ctx: Ctx, b: DocBuilder) -> str | None:
    gas = ctx.chance(0.25)
    style = ctx.pick([0, 1, 4])
    provider = ctx.pick(
        ["EDP Comercial", "Galp", "Endesa", "Goldenergy", "Iberdrola", "SU Eletricidade", "Coopérnico", "Luzboa"]
    )
    end = ctx.day()
    days = ctx.randint(28, 33)
    begin = ctx.later(end, -days, -days)
    issued = ctx.later(end, 1, 5)
    b.lines([provider, f"NIF {ctx.digits(9)}"], bold=True)
    person = _pt_person(ctx)
    b.lines([person, *_pt_address(ctx)])
    pairs = [
        ("Fatura n.º", f"FT {end.year}/{ctx.digits(8)}"),
        ("Data de emissão", _date_in(issued, "pt", style)),
        ("Período de faturação", f"{_date_in(begin, 'pt', style)} a {_date_in(end, 'pt', style)}"),
        ("N.º de cliente", ctx.digits(9)),
        ("NIF", ctx.digits(9)),
        ("Local de consumo", ", ".join(_pt_address(ctx))),
        (
            "CUI" if gas else "CPE",
            "PT" + ctx.code("0002 #### #### #### ??") if not gas else "PT" + ctx.code("1601 #### #### #### ??"),
        ),
    ]
    if not gas:
        pot = ctx.pick([3.45, 4.6, 5.75, 6.9, 10.35])
        pairs += [
            ("Potência contratada", f"{ctx.num(pot, 2)} kVA"),
            ("Tarifa", ctx.pick(["Simples", "Bi-horária", "Tri-horária"])),
        ]
    b.fields(pairs, columns=ctx.pick([1, 2]))
    if gas:
        m3 = ctx.randint(10, 120)
        kwh = round(m3 * ctx.amount(11.0, 11.7))
        rows = [
            (f"Termo fixo {days} dias x {ctx.num(0.1523, 4)} €/dia", days * 0.1523),
            (f"Gás natural {kwh} kWh ({m3} m³) x {ctx.num(0.1089, 4)} €/kWh", kwh * 0.1089),
            (f"Imposto Especial de Consumo {kwh} kWh", kwh * 0.0009),
            ("Taxa de ocupação do subsolo", ctx.amount(0.3, 2.0)),
        ]
    else:
        kwh = ctx.randint(90, 600)
        daily = _rate(ctx, 0.2, 0.6)
        rows = [(f"Potência {ctx.num(pot, 2)} kVA {days} dias x {ctx.num(daily, 4)} €/dia", days * daily)]
        if ctx.chance(0.5):
            vazio = round(kwh * 0.4)
            rows += [
                (f"Energia vazio {vazio} kWh x 0,1021 €/kWh", vazio * 0.1021),
                (f"Energia fora de vazio {kwh - vazio} kWh x 0,1958 €/kWh", (kwh - vazio) * 0.1958),
            ]
        else:
            rows.append((f"Energia simples {kwh} kWh x {ctx.num(0.1635, 4)} €/kWh", kwh * 0.1635))
        rows += [
            ("Contribuição audiovisual (CAV)", 2.85),
            ("Taxa de exploração DGEG", 0.07),
            (f"Imposto Especial de Consumo {kwh} kWh x 0,001 €/kWh", kwh * 0.001),
        ]
        if ctx.chance(0.15):
            rows.append(("Desconto tarifa social", -kwh * 0.05))
    sub = sum(a for _, a in rows)
    iva = sub * ctx.pick([0.06, 0.13, 0.23])
    total = sub + iva
    b.h(ctx.pick(["Resumo da fatura", "Valor a pagar", "Detalhe da fatura"]))
    b.table(
        ["Descrição", "Valor"],
        [[n, ctx.money(a)] for n, a in rows] + [["IVA", ctx.money(iva)], ["Total", ctx.money(total)]],
        numeric_from=1,
    )
    b.fields(
        [
            (ctx.pick(["Total a pagar", "Valor a pagar"]), ctx.money(total)),
            (
                ctx.pick(["Data limite de pagamento", "Débito direto em"]),
                _date_in(ctx.later(issued, 15, 25), "pt", style),
            ),
        ]
    )
    prev = ctx.randint(1000, 60000)
    b.table(
        ["Leituras", "Anterior", "Atual", "Consumo"],
        [
            [
                ctx.pick(["Contador", "Equipamento de medição"]) + f" {ctx.digits(8)}",
                f"{prev} ({ctx.pick(['real', 'estimada'])})",
                f"{prev + kwh} ({ctx.pick(['real', 'comunicada', 'estimada'])})",
                f"{kwh} kWh",
            ]
        ],
        numeric_from=1,
    )
    b.fields(
        [("Consumo médio diário", f"{ctx.num(kwh / days, 1)} kWh"), ("Custo médio diário", ctx.money(total / days))]
    )
    b.lines(
        ctx.some(
            [
                f"Multibanco  Entidade {ctx.digits(5)}  Referência {ctx.code('### ### ###')}  Montante "
                f"{ctx.money(total)}",
                f"Pagamento por Débito Direto na conta PT50 **** **** **** {ctx.digits(4)}",
                f"Comunique a sua leitura entre os dias {ctx.randint(1, 20)} e {ctx.randint(21, 28)} de cada mês.",
                "Avarias (E-Redes): 800 506 506, 24 horas." if not gas else "Emergência gás: 800 201 722.",
                "Livro de reclamações eletrónico disponível. Entidade reguladora: ERSE.",
            ],
            2,
            4,
        )
    )
    return ctx.pick(["Fatura", "FATURA", "Fatura de eletricidade" if not gas else "Fatura de gás natural", None])


def utility_bill_south_eu_energy(rng: random.Random) -> SyntheticDocument:
    """Spanish factura de luz/gas (CUPS, potencia), Italian bolletta (POD/PDR, oneri), Portuguese fatura (CPE)."""
    lang = rng.choice(["es", "es", "it", "it", "pt"])
    # Italian and Portuguese have no locale of their own: es_ES gives the number and euro formatting they share.
    ctx = Ctx(rng, "es_ES")
    b = start(LABEL, ctx)
    if lang == "es":
        title = _es_bill(ctx, b)
    elif lang == "it":
        title = _it_bill(ctx, b)
    else:
        title = _pt_bill(ctx, b)
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Latin America: CFE (Mexico), EPM (Colombia), Edenor/Metrogas (Argentina), Enel/Aguas (Chile)


LATAM_PLACES = {
    "mx": (
        ["CALLE", "AV.", "PRIV.", "BLVD."],
        ["HIDALGO", "MORELOS", "JUÁREZ", "REFORMA", "INDEPENDENCIA", "LOS PINOS"],
    ),
    "co": (["Calle", "Carrera", "Diagonal", "Transversal", "Avenida"], []),
    "ar": (["Av.", "Calle", ""], ["Rivadavia", "Corrientes", "Santa Fe", "Belgrano", "San Martín", "Mitre"]),
    "cl": (
        ["Av.", "Pasaje", ""],
        ["Providencia", "Los Leones", "Apoquindo", "Los Aromos", "Irarrázaval", "Gran Avenida"],
    ),
}
LATAM_TOWNS = {
    "mx": ["GUADALAJARA, JAL.", "ZAPOPAN, JAL.", "MONTERREY, N.L.", "PUEBLA, PUE.", "MÉRIDA, YUC.", "IZTAPALAPA, CDMX"],
    "co": ["Medellín", "Bogotá D.C.", "Cali", "Envigado", "Bello", "Itagüí"],
    "ar": ["CABA", "Lanús", "Quilmes", "Morón", "San Isidro", "Avellaneda"],
    "cl": ["Providencia", "Las Condes", "Ñuñoa", "Maipú", "Puente Alto", "Santiago"],
}


def _latam_address(ctx: Ctx, country: str) -> list[str]:
    kinds, names = LATAM_PLACES[country]
    town = ctx.pick(LATAM_TOWNS[country])
    if country == "mx":
        colonia = ctx.pick(["CENTRO", "DEL VALLE", "LAS ÁGUILAS", "JARDINES", "SAN RAFAEL", "LOMAS"])
        street = f"{ctx.pick(kinds)} {ctx.pick(names)} {ctx.randint(1, 3999)}"
        return [street, f"COL. {colonia} C.P. {ctx.digits(5)}", town]
    if country == "co":
        return [f"{ctx.pick(kinds)} {ctx.randint(1, 120)} # {ctx.randint(1, 99)}-{ctx.randint(1, 99)}", town]
    return [f"{ctx.pick(kinds)} {ctx.pick(names)} {ctx.randint(10, 9999)}".strip(), town]


def _latam_money(country: str, amount: float) -> str:
    if country == "mx":
        return "$" + locales.number(amount, "en_US")
    if country == "ar":
        return "$ " + locales.number(amount, "es_ES")
    # Colombia and Chile write whole pesos with dots.
    return "$ " + locales.number(amount, "es_ES", 0)


def _latam_cfe(ctx: Ctx, b: DocBuilder) -> None:
    end = ctx.day()
    begin = ctx.later(end, -61, -59)
    kwh = ctx.randint(120, 1400)
    tiers = [
        ("Básico", 150, 1.01),
        ("Intermedio bajo", 130, 1.23),
        ("Intermedio alto", 50, 1.56),
        ("Excedente", 10**6, 3.6),
    ]
    rows: list[list[str]] = []
    left, energy = kwh, 0.0
    for name, size, price in tiers:
        q = min(left, size)
        if q <= 0:
            break
        rows.append([name, str(q), f"{price:.3f}", f"{q * price:,.2f}"])
        energy += q * price
        left -= q
    iva = energy * 0.16
    dap = energy * ctx.amount(0.05, 0.1)
    owed = ctx.amount(0, 500) if ctx.chance(0.6) else 0.0
    paid = owed if ctx.chance(0.7) else ctx.amount(0, owed)
    total = round(energy + iva + dap + owed - paid)
    b.lines(
        ["CFE", "Comisión Federal de Electricidad", "CFE Suministrador de Servicios Básicos"], bold=True, align="center"
    )
    b.lines([ctx.person().upper(), *_latam_address(ctx, "mx")])
    b.fields(
        [
            ("TOTAL A PAGAR", f"${total:,}"),
            ("NO. DE SERVICIO", ctx.code("### ### ### ###")),
            ("RMU", ctx.code("##### ##-##-## XAXX-XXX ### CFE")),
            ("TARIFA", ctx.pick(["01", "1C", "1F", "1B", "1A"])),
            ("NO. MEDIDOR", ctx.code("###??")),
            ("MULTIPLICADOR", "1"),
            ("PERIODO FACTURADO", f"{_date_in(begin, 'es', 3)} - {_date_in(end, 'es', 3)}"),
            ("FECHA LÍMITE DE PAGO", _date_in(ctx.later(end, 15, 20), "es", 3)),
            ("CORTE A PARTIR DE", _date_in(ctx.later(end, 21, 25), "es", 3)),
        ],
        columns=ctx.pick([1, 2]),
    )
    prev = ctx.randint(1000, 90000)
    b.table(
        ["Lectura actual", "Lectura anterior", "Total período kWh"],
        [[str(prev + kwh), str(prev), str(kwh)]],
        numeric_from=0,
    )
    b.table(["Concepto", "Consumo kWh", "Precio (MXN)", "Subtotal (MXN)"], rows, numeric_from=1)
    b.table(
        None,
        [
            ["Energía", _latam_money("mx", energy)],
            ["IVA 16%", _latam_money("mx", iva)],
            ["Fac. del Periodo", _latam_money("mx", energy + iva)],
            ["DAP", _latam_money("mx", dap)],
            ["Adeudo Anterior", _latam_money("mx", owed)],
            ["Su Pago", "-" + _latam_money("mx", paid)],
            ["Total", _latam_money("mx", total)],
        ],
        numeric_from=1,
    )
    if ctx.chance(0.5):
        b.p(
            f"Costo de producción: {_latam_money('mx', energy * 2.4)}  Aportación Gubernamental: "
            f"{_latam_money('mx', energy * 1.4)}",
            small=True,
        )
    if ctx.chance(0.7):
        hist = []
        day = end
        for _ in range(ctx.randint(4, 6)):
            day = ctx.later(day, -61, -59)
            hist.append(
                [
                    f"del {_date_in(day, 'es', 3)} al {_date_in(ctx.later(day, 59, 61), 'es', 3)}",
                    str(ctx.randint(100, 1300)),
                    _latam_money("mx", ctx.amount(80, 2500)),
                    _latam_money("mx", ctx.amount(80, 2500)),
                ]
            )
        b.table(["Consumo histórico - Periodo", "kWh", "Importe", "Pagos"], hist, numeric_from=1)
    b.p("Paga en línea, en tiendas de conveniencia o en CFEmáticos. Reporte de fallas: 071.", small=True)


def _latam_epm(ctx: Ctx, b: DocBuilder) -> None:
    end = ctx.day()
    begin = ctx.later(end, -31, -29)
    provider = ctx.pick(["EPM", "Empresas Públicas de Medellín E.S.P.", "Emcali EICE ESP", "Enel Colombia", "Vanti"])
    b.lines([provider, f"NIT {ctx.code('###.###.###-#')}"], bold=True)
    b.fields(
        [
            ("Contrato", ctx.digits(ctx.pick([8, 9, 10]))),
            ("Referente de pago", ctx.digits(12)),
            ("Suscriptor", ctx.person()),
            ("Dirección", ", ".join(_latam_address(ctx, "co"))),
            ("Estrato", str(ctx.randint(1, 6))),
            ("Uso", ctx.pick(["Residencial", "Residencial", "Comercial"])),
            ("Periodo facturado", f"{ctx.date(begin)} a {ctx.date(end)}"),
        ]
    )
    services = [
        ("Energía", "kWh", ctx.randint(60, 450), ctx.amount(700, 900)),
        ("Acueducto", "m³", ctx.randint(5, 30), ctx.amount(2800, 4500)),
        ("Alcantarillado", "m³", ctx.randint(5, 30), ctx.amount(2500, 4000)),
        ("Gas natural", "m³", ctx.randint(5, 40), ctx.amount(2200, 3800)),
    ]
    # EPM and Emcali bill several services on one factura; Enel (power) and Vanti (gas) bill one.
    single = {"Enel Colombia": "Energía", "Vanti": "Gas natural"}.get(provider)
    chosen = [s for s in services if s[0] == single] if single else ctx.some(services, 2, 4)
    rows: list[list[str]] = []
    total = 0.0
    for name, unit, q, price in chosen:
        fixed = ctx.amount(3000, 12000)
        subsidy = -(q * price * ctx.amount(0.0, 0.4))
        amount = fixed + q * price + subsidy
        rows.append(
            [
                name,
                f"{q} {unit}",
                _latam_money("co", fixed),
                _latam_money("co", q * price),
                _latam_money("co", subsidy),
                _latam_money("co", amount),
            ]
        )
        total += amount
    if not single:
        aseo = ctx.amount(12000, 35000)
        rows.append(["Aseo", "", "", "", "", _latam_money("co", aseo)])
        total += aseo
    b.table(["Servicio", "Consumo", "Cargo fijo", "Consumo $", "Subsidio/Contribución", "Valor"], rows, numeric_from=1)
    b.fields(
        [
            ("Total a pagar", _latam_money("co", total)),
            ("Pague hasta", ctx.date(ctx.later(end, 12, 18))),
            ("Fecha de suspensión", ctx.date(ctx.later(end, 20, 28))),
            (
                "Consumo promedio últimos 6 meses",
                f"{ctx.randint(80, 300)} kWh" if chosen[0][1] == "kWh" else f"{ctx.randint(8, 30)} m³",
            ),
        ]
    )
    b.p(
        "Factura de servicios públicos domiciliarios. Si ya realizó el pago, haga caso omiso. Línea de atención 44 "
        "44 115.",
        small=True,
    )


def _latam_ar_cl(ctx: Ctx, b: DocBuilder, country: str) -> None:
    end = ctx.day()
    days = ctx.randint(28, 62)
    begin = ctx.later(end, -days, -days)
    first_due = ctx.later(end, 10, 18)
    if country == "ar":
        provider = ctx.pick(["Edenor", "Edesur", "EPEC", "Metrogas", "Naturgy BAN", "AySA"])
        unit = "m³" if provider in ("Metrogas", "Naturgy BAN", "AySA") else "kWh"
        b.lines(
            [
                provider,
                f"CUIT {ctx.code('30-########-#')}",
                ctx.pick(["Factura B", "Liquidación de servicio público", "Factura"]),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Nº de cliente", ctx.digits(ctx.pick([8, 10]))),
                ("Titular", ctx.person()),
                ("Domicilio de suministro", ", ".join(_latam_address(ctx, "ar"))),
                ("Condición frente al IVA", "Consumidor Final"),
                ("Tarifa", ctx.pick(["R1", "R2", "R3"] if unit == "m³" else ["T1 R2", "T1-R1", "Residencial"])),
                ("Período de consumo", f"{ctx.date(begin)} al {ctx.date(end)} ({days} días)"),
                ("Medidor", ctx.digits(8)),
            ]
        )
        q = ctx.randint(20, 300) if unit == "m³" else ctx.randint(100, 800)
        price = ctx.amount(80, 400) if unit == "m³" else ctx.amount(30, 90)
        variable = q * price
        rows = [
            ("Cargo fijo", ctx.amount(800, 4000)),
            (f"Cargo variable {q} {unit}", variable),
            ("Subsidio Estado Nacional", -variable * ctx.amount(0, 0.5)),
            ("Contribución municipal 6,424%", variable * 0.06424),
            ("Impuestos provinciales", variable * ctx.amount(0.02, 0.06)),
        ]
        rows.append(("IVA 21%", sum(a for _, a in rows) * 0.21))
        tot = [
            ("Total a pagar", _latam_money(country, sum(a for _, a in rows))),
            ("1er vencimiento", ctx.date(first_due)),
            ("2do vencimiento", ctx.date(ctx.later(first_due, 5, 10))),
        ]
    else:
        provider = ctx.pick(["Enel Distribución Chile", "CGE", "Chilquinta", "Aguas Andinas", "Metrogas"])
        unit = "m³" if provider in ("Aguas Andinas", "Metrogas") else "kWh"
        water = provider == "Aguas Andinas"
        b.lines(
            [
                provider,
                f"RUT {ctx.code('##.###.###-#')}",
                ctx.pick(["Boleta electrónica", "Boleta de servicios", "Documento de cobro"]),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Número de cliente", ctx.code("#######-#")),
                ("Nombre", ctx.person()),
                ("Dirección", ", ".join(_latam_address(ctx, "cl"))),
                ("Periodo de lectura", f"{ctx.date(begin)} al {ctx.date(end)}"),
                ("Tarifa", "BT1" if unit == "kWh" else "Residencial"),
            ]
        )
        q = ctx.randint(8, 60) if unit == "m³" else ctx.randint(100, 500)
        used = {"Aguas Andinas": "Consumo agua potable", "Metrogas": "Gas consumido"}.get(
            provider, "Electricidad consumida"
        )
        extra = {"Aguas Andinas": "Recolección y tratamiento de aguas servidas", "Metrogas": "Cargo por servicio"}
        rows = [
            ("Cargo fijo", ctx.amount(900, 1500)),
            (f"{used} {q} {unit}", q * (900.0 if unit == "m³" else 150.0)),
            (extra.get(provider, "Transporte de electricidad"), q * (700.0 if unit == "m³" else 20.0)),
            ("Interés por mora" if water else "Arriendo de medidor", ctx.amount(0, 900)),
        ]
        tot = [
            ("Total a pagar", _latam_money(country, sum(a for _, a in rows))),
            ("Fecha de vencimiento", ctx.date(first_due)),
            ("Monto último pago", _latam_money(country, ctx.amount(5000, 60000))),
        ]
    b.table(["Concepto", "Importe"], [[n, _latam_money(country, a)] for n, a in rows], numeric_from=1)
    b.fields(tot)
    level = ctx.amount(100, 400) if unit == "kWh" else ctx.amount(8, 60)
    _usage_graph(
        b, ctx, ctx.pick(["Historial de consumo", "Evolución de consumo"]), locales.month_names("es"), level, unit=unit
    )


def utility_bill_latam(rng: random.Random) -> SyntheticDocument:
    """Latin-American utility bills: CFE bimonthly kWh tiers, Colombian multi-service factura, Argentina, Chile."""
    country = rng.choice(["mx", "mx", "co", "ar", "cl"])
    ctx = Ctx(rng, "es_ES")  # Spanish names and dates; the pesos are formatted per country.
    b = start(LABEL, ctx)
    if country == "mx":
        _latam_cfe(ctx, b)
        title = ctx.pick(["AVISO-RECIBO", "Aviso recibo de luz", None])
    elif country == "co":
        _latam_epm(ctx, b)
        title = ctx.pick(["Factura de servicios públicos", "Cuenta de cobro", None])
    else:
        _latam_ar_cl(ctx, b, country)
        title = None
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Telecom bills with itemised usage (postpaid mobile) or a detailed home broadband / TV bill

TELCOS = {
    "en_US": ["AT&T", "T-Mobile", "Verizon", "Cox Communications", "Optimum", "Frontier", "Xfinity"],
    "en_GB": ["EE", "Vodafone", "Three", "O2", "Sky", "Virgin Media", "TalkTalk", "BT"],
    "en_AU": ["Optus", "Telstra", "TPG", "Vodafone", "Aussie Broadband", "iiNet"],
    "en_CA": ["Bell", "TELUS", "Rogers", "Fido", "Shaw", "Vidéotron"],
    "en_IN": ["Airtel", "Vi", "Jio", "BSNL", "ACT Fibernet"],
    "en_NZ": ["Spark", "One NZ", "2degrees", "Skinny"],
    "en_IE": ["eir", "Three Ireland", "Vodafone Ireland", "Virgin Media Ireland"],
}


PHONE_FORMATS = {
    "en_US": ["(###) ###-####", "###-###-####", "###.###.####"],
    "en_CA": ["(###) ###-####", "###-###-####"],
    "en_GB": ["07### ######", "07#########", "01### ######", "020 #### ####"],
    "en_IE": ["08# ### ####", "01 ### ####", "+353 8# ### ####"],
    "en_AU": ["04## ### ###", "(0#) #### ####", "04########"],
    "en_NZ": ["02# ### ####", "(0#) ### ####"],
    "en_IN": ["9#########", "+91 9#### #####", "8#########", "0##-########"],
}


def _dialled(ctx: Ctx) -> str:
    """A phone number as the issuer's country writes it (Faker's are not always local)."""
    return ctx.code(ctx.pick(PHONE_FORMATS.get(ctx.locale, PHONE_FORMATS["en_US"])))


def utility_bill_telecom_itemised(rng: random.Random) -> SyntheticDocument:
    """Dense postpaid mobile bills with itemised calls/texts/data, or home broadband + TV + landline bills."""
    ctx = Ctx(rng, rng.choice(list(TELCOS)))
    b = start(LABEL, ctx)
    provider = ctx.pick(TELCOS[ctx.locale])
    mobile = ctx.chance(0.6)
    end = ctx.day()
    begin = ctx.later(end, -30, -28)
    number = _dialled(ctx)
    tax_name = {
        "en_US": "Taxes, surcharges & fees",
        "en_GB": "VAT",
        "en_AU": "GST",
        "en_CA": "HST",
        "en_IN": "GST",
        "en_NZ": "GST",
        "en_IE": "VAT",
    }[ctx.locale]
    tax_rate = {"en_US": 0.12, "en_GB": 0.2, "en_AU": 0.1, "en_CA": 0.13, "en_IN": 0.18, "en_NZ": 0.15, "en_IE": 0.23}[
        ctx.locale
    ]
    b.lines([provider, ctx.pick(["Your monthly bill", "Bill summary", "Your bill", "Statement"])], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    b.fields(
        [
            (ctx.pick(["Account number", "Account no.", "BAN"]), ctx.digits(ctx.pick([9, 10, 12]))),
            (ctx.pick(["Bill date", "Statement date", "Issue date"]), ctx.date(ctx.later(end, 1, 3))),
            (ctx.pick(["Bill period", "Billing period", "Service period"]), f"{ctx.date(begin)} - {ctx.date(end)}"),
            ("Mobile number" if mobile else "Service address", number if mobile else ctx.address()),
            *(
                [("Relationship number", ctx.digits(10)), ("GSTIN", ctx.gstin())]
                if ctx.locale == "en_IN" and ctx.chance(0.6)
                else []
            ),
        ],
        columns=ctx.pick([1, 2]),
    )
    if mobile:
        plan = ctx.amount(15, 95)
        device = ctx.amount(0, 60) if ctx.chance(0.5) else 0.0
        item_rows: list[list[str]] = []
        extra = 0.0
        day = begin
        for _ in range(ctx.randint(10, 28)):
            day = ctx.later(day, 0, 2)
            kind = ctx.pick(["Call", "Call", "SMS", "Data", "Call", "MMS", "Roaming call", "Data roaming"])
            hhmm = f"{ctx.randint(6, 23):02d}:{ctx.randint(0, 59):02d}"
            dest = (
                _dialled(ctx)
                if kind in ("Call", "SMS", "MMS", "Roaming call")
                else ctx.pick(["Internet", "mobile.data", "4G data", "5G data"])
            )
            if "Data" in kind:
                volume = f"{ctx.num(ctx.amount(0.5, 900), 1)} MB"
            elif kind in ("SMS", "MMS"):
                volume = "1"
            else:
                volume = f"{ctx.randint(0, 45)}:{ctx.randint(0, 59):02d}"
            cost = ctx.amount(0.1, 3.5) if ("roaming" in kind.lower() or kind == "MMS" or ctx.chance(0.1)) else 0.0
            extra += cost
            item_rows.append(
                [
                    ctx.date(day),
                    hhmm,
                    kind,
                    dest,
                    volume,
                    ctx.num(cost) if cost else ctx.pick(["0.00", "Included", "incl."]),
                ]
            )
        sub = plan + device + extra
        b.h(ctx.pick(["Summary of charges", "This month's charges", "What you owe"]))
        b.table(
            ["", "Amount"],
            [
                [
                    "Monthly plan - "
                    + ctx.pick(
                        ["Unlimited Elite", "SIM Only 60GB", "Postpaid 499", "Max Plus", "Essentials 25GB", "5G Plus"]
                    ),
                    ctx.num(plan),
                ],
                *([[f"Device payment {ctx.randint(1, 36)} of 36", ctx.num(device)]] if device else []),
                ["Usage outside allowance", ctx.num(extra)],
                [tax_name, ctx.num(sub * tax_rate)],
                ["Total", ctx.num(sub * (1 + tax_rate))],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                (
                    "Data used",
                    f"{ctx.num(ctx.amount(1, 60), 2)} GB of {ctx.pick(['Unlimited', '25 GB', '60 GB', '100 GB'])}",
                ),
                ("Minutes used", f"{ctx.randint(20, 1500)} of Unlimited"),
                ("Texts", str(ctx.randint(0, 400))),
            ],
            columns=ctx.pick([1, 3]),
        )
        b.h(
            ctx.pick([f"Itemised usage for {number}", "Call and data details", "Usage details", "Itemised bill"]),
            level=3,
        )
        b.table(["Date", "Time", "Type", "Number / Service", "Duration / Volume", "Cost"], item_rows, numeric_from=4)
    else:
        bb = ctx.amount(30, 120)
        rows = [
            [
                "Broadband "
                + ctx.pick(
                    ["NBN 100", "NBN 50", "Superfast"]
                    if ctx.locale == "en_AU"
                    else ["Fibre 500", "Gigabit", "Superfast 80", "Internet 300 Mbps", "Full Fibre 900", "100 Mbps"]
                ),
                ctx.num(bb),
            ],
        ]
        if ctx.chance(0.6):
            rows.append(
                [
                    ctx.pick(["TV Essentials", "Sky Signature", "Sports pack", "Premier channels", "Cable TV Select"]),
                    ctx.num(ctx.amount(10, 70)),
                ]
            )
        if ctx.chance(0.5):
            rows.append(
                [ctx.pick(["Modem/router rental", "Equipment: TV box", "Wi-Fi Pods"]), ctx.num(ctx.amount(3, 15))]
            )
        if ctx.chance(0.5):
            rows.append(["Home phone line rental", ctx.num(ctx.amount(10, 25))])
        if ctx.chance(0.4):
            rows.append(
                [
                    f"Partial month charges {ctx.date(ctx.later(begin, 3, 10))} - {ctx.date(end)}",
                    ctx.num(ctx.amount(5, 40)),
                ]
            )
        if ctx.chance(0.4):
            rows.append(
                [
                    "Promotional discount (ends " + ctx.date(ctx.later(end, 30, 300)) + ")",
                    "-" + ctx.num(ctx.amount(5, 30)),
                ]
            )
        if ctx.chance(0.3):
            rows.append(
                [
                    "Pay-per-view: " + ctx.pick(["Movie rental", "Boxing event", "Box office HD"]),
                    ctx.num(ctx.amount(4, 60)),
                ]
            )
        b.table(["Your services", "Amount"], rows, numeric_from=1)
        if ctx.chance(0.6):
            calls = [
                [
                    ctx.date(call_day),
                    f"{ctx.randint(7, 22):02d}:{ctx.randint(0, 59):02d}",
                    _dialled(ctx),
                    f"{ctx.randint(0, 40)}m {ctx.randint(0, 59)}s",
                    ctx.num(ctx.amount(0, 2)),
                ]
                for call_day in sorted(ctx.later(begin, 0, 28) for _ in range(ctx.randint(3, 10)))
            ]
            b.h("Home phone calls", level=3)
            b.table(["Date", "Time", "Number called", "Duration", "Cost"], calls, numeric_from=3)
        sub = bb * 1.6
        b.fields([(tax_name, ctx.money(sub * tax_rate)), ("Total new charges", ctx.money(sub * (1 + tax_rate)))])
    previous = ctx.amount(20, 200)
    b.fields(
        [
            ("Previous balance", ctx.money(previous)),
            ("Payment received - thank you", "-" + ctx.money(previous)),
            (ctx.pick(["Amount due", "Total due", "Balance due"]), ctx.money(sub * (1 + tax_rate))),
            (
                ctx.pick(["Due date", "Pay by"])
                if ctx.chance(0.5)
                else ctx.pick(["Direct Debit on", "AutoPay scheduled for"]),
                ctx.date(ctx.later(end, 10, 21)),
            ),
        ]
    )
    notes = [
        "Late payment fee may apply if payment is not received by the due date.",
        "View your usage and pay your bill in the app.",
    ]
    notes += {
        "en_US": ["Regulatory cost recovery charge and 911 fees are not taxes or government-required charges."],
        "en_CA": ["911 service fee and CRTC contribution apply. Complaints: Commission for Complaints for Telecom."],
        "en_GB": ["Calls to 0800 and 116 numbers are free. Prices include VAT.", "Spend cap: £10 a month."],
        "en_IE": ["Prices include VAT at 23%. Complaints may be referred to ComReg."],
        "en_AU": ["Unresolved complaints: Telecommunications Industry Ombudsman (TIO)."],
        "en_NZ": ["Disputes: Telecommunications Dispute Resolution (TDR), free and independent."],
        "en_IN": ["This is a computer generated bill. For queries call 121 or visit the app."],
    }[ctx.locale]
    b.p(ctx.pick(notes), small=True)
    return b.build(
        ctx.pick(
            [
                "Your bill",
                "Monthly statement",
                None,
                "Tax Invoice" if ctx.locale in ("en_AU", "en_IN", "en_NZ") else "Bill",
            ]
        )
    )


# ---------------------------------------------------------------------------------------------
# Municipal accounts: South African consolidated municipal bill, US city utilities, Australian water corporations


def _za_money(ctx: Ctx, amount: float) -> str:
    text = ctx.num(abs(amount))
    return ("-" if amount < 0 else "") + "R" + (text.replace(",", " ") if ctx.money_style % 2 else text)


def _za_street(ctx: Ctx) -> str:
    name = ctx.pick(
        ["JAN SMUTS", "OXFORD", "CHURCH", "VOORTREKKER", "NELSON MANDELA", "KERK", "MAIN", "PROTEA", "ACACIA"]
    )
    kind = ctx.pick(["STREET", "AVENUE", "ROAD", "DRIVE", "CRESCENT"])
    suburb = ctx.pick(["RANDBURG", "CLAREMONT", "MENLO PARK", "GLENWOOD", "BENONI", "WALMER", "BRANDWAG", "SOWETO"])
    return f"{ctx.randint(1, 250)} {name} {kind}, {suburb}"


def _municipal_za(ctx: Ctx, b: DocBuilder) -> str | None:
    muni = ctx.pick(
        [
            "City of Johannesburg",
            "City of Cape Town",
            "City of Tshwane",
            "eThekwini Municipality",
            "Ekurhuleni Metropolitan Municipality",
            "Nelson Mandela Bay Municipality",
            "Mangaung Metropolitan Municipality",
        ]
    )
    day = ctx.day()
    days = ctx.randint(28, 33)
    b.lines(
        [
            muni,
            ctx.pick(["Tax Invoice / Statement of Account", "Municipal Account", "Consolidated Billing Statement"]),
            f"VAT Reg No. 4{ctx.digits(9)}",
        ],
        bold=True,
    )
    b.lines(
        [
            ctx.person().upper(),
            f"PO BOX {ctx.randint(10, 9999)}",
            ctx.pick(["SANDTON", "RONDEBOSCH", "CENTURION", "UMHLANGA", "BOKSBURG", "SUMMERSTRAND"]),
            str(ctx.randint(1000, 9999)),
        ]
    )
    value = ctx.randint(400, 4000) * 1000
    b.fields(
        [
            ("Account Number", ctx.digits(ctx.pick([9, 10, 12]))),
            ("Account Date", ctx.date(day)),
            ("Due Date", ctx.date(ctx.later(day, 14, 25))),
            (
                "Erf / Stand No.",
                f"{ctx.randint(100, 9999)} {ctx.pick(['PORTION 0', 'PORTION 12', 'REMAINDER', ''])}".strip(),
            ),
            ("Property Address", _za_street(ctx)),
            ("Municipal Valuation", _za_money(ctx, value)),
            ("Deposit Held", _za_money(ctx, ctx.amount(500, 3000))),
        ],
        columns=ctx.pick([1, 2]),
    )
    elec = ctx.randint(200, 1200)
    water = ctx.amount(6, 40)
    rate = _rate(ctx, 0.007, 0.013, 6)
    rows: list[tuple[str, str, float]] = [
        ("Property Rates", f"{_za_money(ctx, value - 15000)} x R{rate:.6f} / 12", (value - 15000) * rate / 12),
        ("Rates rebate", "", -ctx.amount(0, 200)),
        ("Electricity - Domestic Conventional", f"{elec} kWh", elec * ctx.amount(2.5, 3.6)),
        ("Electricity Network Charge", f"{days} days", ctx.amount(150, 400)),
        ("Water - Domestic", f"{ctx.num(water, 3)} kl", water * ctx.amount(20, 45)),
        ("Sanitation / Sewerage", f"{ctx.num(water * 0.7, 3)} kl", water * 0.7 * ctx.amount(15, 35)),
        ("Refuse Removal 240L bin", "", ctx.amount(180, 450)),
    ]
    vat_base = sum(a for _, _, a in rows[2:])
    b.table(
        ["Service", "Units", "Amount"],
        [[n, u, _za_money(ctx, a)] for n, u, a in rows] + [["VAT @ 15%", "", _za_money(ctx, vat_base * 0.15)]],
        numeric_from=1,
    )
    cur = sum(a for _, _, a in rows) + vat_base * 0.15
    prev = ctx.randint(1000, 90000)
    b.table(
        ["Meter No.", "Service", "Previous Reading", "Current Reading", "Consumption", "Days", "Reading Type"],
        [
            [
                ctx.digits(8),
                "Electricity",
                str(prev),
                str(prev + elec),
                f"{elec} kWh",
                str(days),
                ctx.pick(["Actual", "Estimated"]),
            ],
            [
                ctx.digits(8),
                "Water",
                str(prev // 7),
                ctx.num(prev // 7 + water, 3),
                f"{ctx.num(water, 3)} kl",
                str(days),
                ctx.pick(["Actual", "Estimated"]),
            ],
        ],
        numeric_from=2,
    )
    arrears = [0.0 if ctx.chance(0.6) else ctx.amount(50, 3000) for _ in range(4)]
    b.table(
        ["Current", "30 Days", "60 Days", "90 Days", "120+ Days", "Total Due"],
        [[_za_money(ctx, cur), *[_za_money(ctx, a) for a in arrears], _za_money(ctx, cur + sum(arrears))]],
        numeric_from=0,
    )
    b.p(
        "Pay at any municipal pay point, EasyPay, Pay@ or by EFT using your account number as reference. "
        "Interest is charged on arrear amounts and services may be restricted or disconnected without further notice.",
        small=True,
    )
    return ctx.pick(["STATEMENT OF ACCOUNT", "Municipal Account", None])


def _municipal_us(ctx: Ctx, b: DocBuilder) -> str | None:
    town = ctx.city()
    end = ctx.day()
    begin = ctx.later(end, -31, -29)
    due = ctx.later(end, 15, 22)
    account = ctx.code("##-#####-##")
    b.lines(
        [
            ctx.pick([f"City of {town}", f"Town of {town}", f"{town} Public Utilities", f"{town} Municipal Utilities"]),
            "Utility Billing Office",
            ctx.street(),
        ],
        bold=True,
    )
    b.fields(
        [
            ("Account No.", account),
            ("Customer Name", ctx.person()),
            ("Service Location", ctx.street()),
            ("Cycle / Route", f"{ctx.randint(1, 8)} / {ctx.randint(1, 40):02d}"),
            ("Service Period", f"{ctx.date(begin)} - {ctx.date(end)}"),
            ("Bill Date", ctx.date(ctx.later(end, 2, 5))),
        ],
        columns=ctx.pick([1, 2]),
    )
    kwh = ctx.randint(300, 2000)
    gal = ctx.randint(2, 15) * 1000
    prev_e, prev_w = ctx.randint(10000, 99999), ctx.randint(100, 9999)
    b.table(
        ["Meter", "Service", "Prev Read", "Curr Read", "Multiplier", "Usage"],
        [
            [ctx.digits(7), "EL", str(prev_e), str(prev_e + kwh), "1", f"{kwh} KWH"],
            [ctx.digits(7), "WA", str(prev_w), str(prev_w + gal // 1000), "1000", f"{gal} GAL"],
        ],
        numeric_from=2,
    )
    services = [
        ("EL RES", "Electric Residential", kwh * _rate(ctx, 0.09, 0.16) + 12),
        ("PCA", "Power Cost Adjustment", kwh * _rate(ctx, -0.01, 0.02)),
        ("WA RES", "Water Residential", gal / 1000 * ctx.amount(3, 7) + 15),
        ("SW RES", "Sewer Residential", gal / 1000 * ctx.amount(4, 9) + 18),
        ("SAN", "Sanitation / Garbage", ctx.amount(15, 30)),
        ("REC", "Recycling", ctx.amount(3, 8)),
        ("STRM", "Stormwater Utility Fee", ctx.amount(4, 12)),
    ]
    chosen = [s for s in services if s[0] not in ("PCA", "REC") or ctx.chance(0.5)]
    total = sum(a for _, _, a in chosen)
    b.table(["Code", "Description", "Amount"], [[c, d, ctx.num(a)] for c, d, a in chosen], numeric_from=2)
    previous = ctx.amount(60, 300)
    b.fields(
        [
            ("Previous Balance", ctx.money(previous)),
            ("Payments", "-" + ctx.money(previous)),
            ("Current Charges", ctx.money(total)),
            ("Total Due", ctx.money(total)),
            ("Due Date", ctx.date(due)),
            ("Amount After Due Date", ctx.money(total * 1.1)),
        ]
    )
    b.p(
        ctx.pick(
            [
                "Accounts unpaid 10 days after the due date are subject to disconnection. A reconnect fee of $50 "
                "applies.",
                "Bulk item pickup is the first Monday of each month. Leaf collection begins in October.",
                "Water quality report available at city hall. Please report leaks and water main breaks 24/7.",
            ]
        ),
        small=True,
    )
    b.rule(dashed=True)
    b.lines(
        [
            "RETURN THIS STUB WITH PAYMENT",
            f"Account No. {account}  Due Date {ctx.date(due)}  Amount Due {ctx.money(total)}",
        ]
    )
    return ctx.pick(["UTILITY BILL", "Utility Statement", "Combined Utility Bill", None])


def _municipal_au_water(ctx: Ctx, b: DocBuilder) -> str | None:
    corp = ctx.pick(
        [
            "Sydney Water",
            "Yarra Valley Water",
            "South East Water",
            "Greater Western Water",
            "Urban Utilities",
            "SA Water",
            "Icon Water",
            "Hunter Water",
        ]
    )
    end = ctx.day()
    days = ctx.randint(88, 93)
    begin = ctx.later(end, -days, -days)
    kl = ctx.randint(20, 120)
    b.lines(
        [
            corp,
            f"ABN {ctx.code('## ### ### ###')}",
            ctx.pick(["Your water bill", "Tax invoice", "Water and sewerage account"]),
        ],
        bold=True,
    )
    b.fields(
        [
            ("Account number", ctx.code("#### #### ####")),
            ("Property", ctx.address()),
            ("Bill period", f"{ctx.date(begin)} to {ctx.date(end)} ({days} days)"),
            ("Issue date", ctx.date(ctx.later(end, 3, 8))),
        ]
    )
    usage = kl * ctx.amount(2.3, 3.5)
    rows = [
        ["Water usage charge", f"{kl} kL", ctx.num(usage)],
        ["Water service charge", f"{days} days", ctx.num(ctx.amount(18, 60))],
        ["Wastewater / sewerage service charge", f"{days} days", ctx.num(ctx.amount(120, 200))],
    ]
    if ctx.chance(0.5):
        rows += [
            ["Waterways and drainage charge", "", ctx.num(ctx.amount(25, 30))],
            ["Parks charge", "", ctx.num(ctx.amount(20, 25))],
        ]
    if ctx.chance(0.3):
        rows.append(["Pensioner concession", "", "-" + ctx.num(ctx.amount(40, 90))])
    b.table(["Charges", "Quantity", "$"], rows, numeric_from=1)
    prev = ctx.randint(100, 3000)
    b.table(
        ["Meter", "Previous read", "This read", "Usage"],
        [[ctx.code("##?######"), str(prev), str(prev + kl), f"{kl} kL"]],
        numeric_from=1,
    )
    b.fields(
        [
            ("Average daily use", f"{ctx.num(kl * 1000 / days, 0)} litres"),
            (
                "Average for a " + ctx.pick(["2", "3", "4"]) + " person household",
                f"{ctx.randint(300, 700)} litres per day",
            ),
            ("Amount due", ctx.money(usage + 220)),
            ("Due date", ctx.date(ctx.later(end, 21, 30))),
        ]
    )
    b.lines(
        [
            f"BPAY Biller code {ctx.digits(5)}  Ref {ctx.digits(10)}",
            "Direct debit, Centrepay or pay in person at Australia Post",
        ]
    )
    return ctx.pick(["Water bill", None, "Tax Invoice"])


def utility_bill_municipal(rng: random.Random) -> SyntheticDocument:
    """Municipal accounts: South African rates + services statement, US city combined utility bill, AU water."""
    kind = rng.choice(["za", "za", "us", "au"])
    ctx = Ctx(rng, {"za": "en_GB", "us": "en_US", "au": "en_AU"}[kind])  # no South African locale: en_GB formats it
    b = start(LABEL, ctx)
    if kind == "za":
        title = _municipal_za(ctx, b)
    elif kind == "us":
        title = _municipal_us(ctx, b)
    else:
        title = _municipal_au_water(ctx, b)
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Heating: heating oil / propane delivery accounts and district heating


def _heating_fuel(ctx: Ctx, b: DocBuilder) -> str | None:
    us = ctx.locale in ("en_US", "en_CA")
    gallons = ctx.locale == "en_US"  # Canada buys propane and oil by the litre
    propane = ctx.chance(0.5)
    if us:
        company = ctx.pick(
            [
                "AmeriGas",
                "Suburban Propane",
                "Ferrellgas",
                "Irving Energy",
                "Petro Home Services",
                ctx.last_name() + " Fuel Oil Co.",
            ]
        )
    else:
        company = ctx.pick(
            ["Calor Gas", "Flogas", "Certas Energy", "Emo Oil", "Boss Oil", ctx.last_name() + " Fuels Ltd"]
        )
    unit = ctx.pick(["gal", "gallons", "gal"]) if gallons else ctx.pick(["litres", "L", "ltrs"])
    if propane:
        fuel = ctx.pick(["Propane", "Propane (bulk)", "LP gas"] if us else ["Bulk LPG", "Propane", "LPG"])
    else:
        fuel = ctx.pick(
            ["Heating Oil #2", "Fuel oil", "Kerosene K-1"] if us else ["Kerosene 28 sec", "Heating oil", "Gas oil"]
        )
    day = ctx.day()
    b.lines([company, ctx.street(), ctx.city(), f"Tel {ctx.phone()}"], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    b.fields(
        [
            ("Account No.", ctx.code(ctx.pick(["#######", "?#####", "###-####"]))),
            ("Statement Date", ctx.date(day)),
            ("Delivery Address", ctx.address()),
            (
                "Tank",
                f"{ctx.pick([100, 250, 275, 330, 500, 1000]) if gallons else ctx.pick([1000, 1200, 2500])} {unit} "
                f"{'owned' if ctx.chance(0.4) else 'leased'}",
            ),
            ("Delivery Type", ctx.pick(["Automatic delivery", "Will call", "Keep-full"])),
            *([("K-Factor", ctx.num(ctx.amount(2, 9), 2))] if ctx.chance(0.4) else []),
        ],
        columns=ctx.pick([1, 2]),
    )
    balance = ctx.amount(-200, 400)
    rows = [[ctx.date(ctx.later(day, -35, -30)), "Balance forward", "", "", "", ctx.num(balance)]]
    t = ctx.later(day, -29, -25)
    for _ in range(ctx.randint(1, 3)):
        qty = ctx.amount(80, 400) if gallons else ctx.amount(300, 1200)
        price = _rate(ctx, 2.2, 4.5, 3) if gallons else _rate(ctx, 0.6, 1.2, 3)
        balance += qty * price
        rows.append(
            [
                ctx.date(t),
                f"{fuel} delivery - ticket {ctx.digits(6)}",
                ctx.num(qty, 1),
                f"{price:.4f}",
                ctx.num(qty * price),
                ctx.num(balance),
            ]
        )
        if ctx.chance(0.5):
            pay = ctx.amount(80, 300)
            balance -= pay
            rows.append(
                [
                    ctx.date(ctx.later(t, 1, 6)),
                    ctx.pick(["Budget payment - thank you", "Payment received", "Direct debit"]),
                    "",
                    "",
                    "-" + ctx.num(pay),
                    ctx.num(balance),
                ]
            )
        t = ctx.later(t, 6, 12)
    if propane and ctx.chance(0.5):
        balance += 49.99
        rows.append([ctx.date(t), "Annual tank rental", "", "", "49.99", ctx.num(balance)])
    if ctx.chance(0.4):
        fee = ctx.amount(3, 12)
        balance += fee
        rows.append(
            [
                ctx.date(t),
                ctx.pick(["Hazmat/Environmental fee", "Energy surcharge", "Fuel recovery fee"]),
                "",
                "",
                ctx.num(fee),
                ctx.num(balance),
            ]
        )
    b.table(["Date", "Description", "Quantity", "Price", "Amount", "Balance"], rows, numeric_from=2)
    budget = ctx.chance(0.5)
    b.fields(
        [
            ("Account Balance", ctx.money(balance)),
            *(
                [
                    ("Budget Plan Payment", ctx.money(ctx.amount(90, 320))),
                    ("Budget Payment Due", ctx.date(ctx.later(day, 10, 20))),
                ]
                if budget
                else [("Amount Due", ctx.money(max(balance, 0))), ("Due Date", ctx.date(ctx.later(day, 15, 25)))]
            ),
        ]
    )
    if ctx.chance(0.5):
        b.fields(
            [
                ("Degree days since last delivery", str(ctx.randint(150, 1200))),
                ("Estimated tank level", f"{ctx.randint(20, 80)}%"),
                ("Next estimated delivery", ctx.date(ctx.later(day, 10, 60))),
            ]
        )
    b.p(
        ctx.pick(
            [
                "If you smell gas: leave the building, do not operate switches, call us from a safe place."
                if propane
                else "Running low? Order online or call us. Emergency deliveries are subject to a surcharge.",
                "Sign up for our 11-month budget plan to spread your heating costs evenly over the year.",
                "A finance charge of 1.5% per month is applied to balances over 30 days.",
            ]
        ),
        small=True,
    )
    return ctx.pick(["Statement", "Customer Statement", "Account Statement", None])


def _district_heating(ctx: Ctx, b: DocBuilder) -> str | None:
    lang = ctx.lang
    end = ctx.day()
    annual = ctx.chance(0.6)
    begin = ctx.later(end, -365, -365) if annual else ctx.later(end, -31, -29)
    mwh = ctx.amount(4, 20) if annual else ctx.amount(0.3, 2.5)
    kw = ctx.pick([8, 10, 12, 15, 20])
    if lang == "de":
        b.lines(
            [
                ctx.pick(
                    [f"Stadtwerke {ctx.city()}", "Vattenfall Wärme Berlin", "enercity", "MVV Energie", "Fernwärme Wien"]
                ),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("Kundennummer", ctx.digits(9)),
                ("Vertragskonto", ctx.digits(12)),
                ("Abnahmestelle", ctx.address()),
                ("Abrechnungszeitraum", f"{ctx.date(begin)} bis {ctx.date(end)}"),
                ("Wärmemengenzähler", ctx.digits(8)),
                ("Anschlusswert", f"{kw} kW"),
            ]
        )
        share = 1.0 if annual else 1 / 12
        price, power = _rate(ctx, 90, 180, 2), _rate(ctx, 25, 45, 2)
        lines: list[tuple[str, str, str, float]] = [
            ("Arbeitspreis", f"{ctx.num(mwh, 3)} MWh", f"{ctx.num(price, 2)} €/MWh", mwh * price),
            ("Grundpreis (Leistungspreis)", f"{kw} kW", f"{ctx.num(power, 2)} €/kW/a", kw * power * share),
            ("Messpreis", "12 Monate" if annual else "1 Monat", "", ctx.amount(60, 120) * share),
            ("CO2-Kosten (BEHG)", f"{ctx.num(mwh, 3)} MWh", "", mwh * ctx.amount(5, 12)),
        ]
        b.table(["Position", "Menge", "Preis", "Betrag (€)"], [[*x[:3], ctx.num(x[3])] for x in lines], numeric_from=1)
        net = sum(x[3] for x in lines)
        vat = ctx.pick([0.19, 0.19, 0.07])
        gross = net * (1 + vat)
        paid = gross * ctx.amount(0.85, 1.15)
        b.fields(
            [
                ("Nettobetrag", ctx.money(net)),
                (f"Umsatzsteuer {round(vat * 100)} %", ctx.money(net * vat)),
                ("Rechnungsbetrag", ctx.money(gross)),
                ("Geleistete Abschlagszahlungen", ctx.money(paid)),
                ("Nachzahlung" if gross > paid else "Guthaben", ctx.money(abs(gross - paid))),
                ("Neuer Abschlag ab " + ctx.date(ctx.later(end, 20, 40)), ctx.money(ctx.amount(50, 200))),
            ]
        )
        return ctx.pick(
            ["Fernwärme Jahresabrechnung" if annual else "Rechnung Fernwärme", "Ihre Wärmeabrechnung", None]
        )
    if lang == "nl":
        gj = mwh * 3.6
        b.lines(
            [ctx.pick(["Vattenfall Warmte", "Eneco Warmte", "Ennatuurlijk", "HVC Warmte"]), ctx.address()], bold=True
        )
        b.fields(
            [
                ("Klantnummer", ctx.digits(8)),
                ("Leveringsadres", ctx.address()),
                ("Periode", f"{ctx.date(begin)} t/m {ctx.date(end)}"),
                ("Meternummer warmtemeter", ctx.digits(8)),
            ]
        )
        b.table(
            ["Omschrijving", "Hoeveelheid", "Tarief", "Bedrag"],
            [
                ["Warmte", f"{ctx.num(gj, 2)} GJ", ctx.num(ctx.amount(40, 55), 2), ctx.num(gj * 48)],
                [
                    "Vastrecht",
                    "365 dagen" if annual else "1 maand",
                    "",
                    ctx.num(ctx.amount(500, 620) * (1 if annual else 1 / 12)),
                ],
                ["Meettarief", "", "", ctx.num(ctx.amount(20, 30))],
                ["Huur afleverset", "", "", ctx.num(ctx.amount(100, 180) * (1 if annual else 1 / 12))],
            ],
            numeric_from=1,
        )
        b.fields(
            [
                ("Totaal incl. 21% btw", ctx.money(gj * 48 * 1.21 + 600)),
                ("Betaalde termijnbedragen", ctx.money(gj * 50)),
                ("Te betalen" if ctx.chance(0.5) else "Terug te ontvangen", ctx.money(ctx.amount(10, 300))),
            ]
        )
        return ctx.pick(["Jaarafrekening warmte" if annual else "Nota stadsverwarming", None])
    if lang == "fr":
        b.lines(
            [
                ctx.pick(
                    [
                        "CPCU",
                        "Engie Solutions - Réseau de chaleur",
                        "Dalkia",
                        "Coriance",
                        f"Régie de chauffage urbain de {ctx.city()}",
                    ]
                ),
                ctx.address(),
            ],
            bold=True,
        )
        b.fields(
            [
                ("N° d'abonné", ctx.digits(8)),
                ("Point de livraison", ctx.address()),
                ("Période", f"du {ctx.date(begin)} au {ctx.date(end)}"),
                ("Puissance souscrite", f"{kw} kW"),
            ]
        )
        r1 = ctx.amount(60, 110)
        b.table(
            ["Désignation", "Quantité", "Prix unitaire HT", "Montant HT"],
            [
                ["R1 - Consommation de chaleur", f"{ctx.num(mwh, 3)} MWh", ctx.num(r1), ctx.num(mwh * r1)],
                [
                    "R2 - Abonnement (puissance souscrite)",
                    f"{kw} kW",
                    ctx.num(ctx.amount(40, 70)),
                    ctx.num(kw * 55 * (1 if annual else 1 / 12)),
                ],
                ["Relevé compteur d'énergie thermique", "", "", ctx.num(ctx.amount(5, 20))],
            ],
            numeric_from=1,
        )
        ht = mwh * r1 + kw * 55
        b.fields(
            [
                ("TVA 5,5 %", ctx.money(ht * 0.055)),
                ("Total TTC", ctx.money(ht * 1.055)),
                ("À payer avant le", ctx.date(ctx.later(end, 15, 30))),
            ]
        )
        return ctx.pick(["Facture chauffage urbain", "Facture de chaleur", None])
    # British heat networks (flats on a communal scheme)
    kwh = round(mwh * 1000)
    b.lines(
        [
            ctx.pick(
                ["Switch2 Energy", "Insite Energy", "SSE Heat Networks", "Vattenfall Heat UK", "E.ON Community Heating"]
            ),
            "Heat network billing",
        ],
        bold=True,
    )
    b.fields(
        [
            ("Account number", ctx.digits(9)),
            ("Property", ctx.address()),
            ("Period", f"{ctx.date(begin)} to {ctx.date(end)}"),
            ("Heat meter serial", ctx.digits(8)),
        ]
    )
    rate, standing = _rate(ctx, 0.08, 0.2), _rate(ctx, 0.3, 1.1)
    dd = (end - begin).days
    b.table(
        ["Charge", "Usage", "Rate", "Cost"],
        [
            ["Heat and hot water", f"{kwh} kWh", f"{rate * 100:.2f}p/kWh", f"£{kwh * rate:.2f}"],
            ["Standing charge", f"{dd} days", f"{standing * 100:.2f}p/day", f"£{dd * standing:.2f}"],
        ],
        numeric_from=1,
    )
    b.fields(
        [("VAT at 5%", ctx.money((kwh * rate + dd * standing) * 0.05)), ("Balance", ctx.money(ctx.amount(-50, 300)))]
    )
    return ctx.pick(["Your heat bill", "Heat statement", None])


def utility_bill_heating(rng: random.Random) -> SyntheticDocument:
    """Heating fuel accounts (oil/propane on automatic delivery or budget plans) and district-heating bills."""
    kind = rng.choice(["fuel", "fuel", "district"])
    if kind == "fuel":
        ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_GB", "en_IE"]))
    else:
        ctx = Ctx(rng, rng.choice(["de_DE", "de_DE", "nl_NL", "fr_FR", "en_GB"]))
    b = start(LABEL, ctx)
    title = _heating_fuel(ctx, b) if kind == "fuel" else _district_heating(ctx, b)
    return b.build(title)


# ---------------------------------------------------------------------------------------------
# Providers for the short documents below, by locale, with the kind of service they bill

PROVIDERS: dict[str, list[tuple[str, str]]] = {
    "en_US": [
        ("Duke Energy", "power"),
        ("Con Edison", "power"),
        ("PG&E", "power"),
        ("Dominion Energy", "power"),
        ("Xcel Energy", "power"),
        ("Peoples Gas", "gas"),
        ("Washington Gas", "gas"),
        ("Austin Water", "water"),
        ("American Water", "water"),
        ("Spectrum", "telecom"),
        ("Xfinity", "telecom"),
        ("Verizon", "telecom"),
    ],
    "en_GB": [
        ("Octopus Energy", "power"),
        ("EDF", "power"),
        ("E.ON Next", "power"),
        ("OVO Energy", "power"),
        ("British Gas", "gas"),
        ("Thames Water", "water"),
        ("Severn Trent", "water"),
        ("United Utilities", "water"),
        ("BT", "telecom"),
        ("Sky", "telecom"),
        ("Virgin Media", "telecom"),
    ],
    "en_AU": [
        ("Origin Energy", "power"),
        ("AGL", "power"),
        ("EnergyAustralia", "power"),
        ("Red Energy", "power"),
        ("Sydney Water", "water"),
        ("Yarra Valley Water", "water"),
        ("Telstra", "telecom"),
        ("Optus", "telecom"),
    ],
    "en_CA": [
        ("Hydro One", "power"),
        ("Toronto Hydro", "power"),
        ("BC Hydro", "power"),
        ("Enbridge Gas", "gas"),
        ("FortisBC", "gas"),
        ("City of Ottawa Water", "water"),
        ("Rogers", "telecom"),
        ("Bell", "telecom"),
    ],
    "en_IN": [
        ("Tata Power", "power"),
        ("BESCOM", "power"),
        ("Adani Electricity", "power"),
        ("MSEDCL", "power"),
        ("Mahanagar Gas", "gas"),
        ("Delhi Jal Board", "water"),
        ("Airtel", "telecom"),
        ("Jio", "telecom"),
    ],
    "en_NZ": [
        ("Genesis Energy", "power"),
        ("Mercury", "power"),
        ("Contact Energy", "power"),
        ("Watercare", "water"),
        ("Spark", "telecom"),
        ("One NZ", "telecom"),
    ],
    "en_IE": [
        ("Electric Ireland", "power"),
        ("SSE Airtricity", "power"),
        ("Energia", "power"),
        ("Bord Gáis Energy", "gas"),
        ("Uisce Éireann", "water"),
        ("eir", "telecom"),
        ("Virgin Media Ireland", "telecom"),
    ],
    "fr": [
        ("EDF", "power"),
        ("TotalEnergies", "power"),
        ("Ekwateur", "power"),
        ("ENGIE", "gas"),
        ("Veolia Eau", "water"),
        ("Eau de Paris", "water"),
        ("SUEZ Eau France", "water"),
        ("Orange", "telecom"),
        ("SFR", "telecom"),
        ("Free", "telecom"),
    ],
    "de": [
        ("Stadtwerke München", "power"),
        ("Vattenfall", "power"),
        ("E.ON", "power"),
        ("EnBW", "power"),
        ("RheinEnergie", "gas"),
        ("Mainova", "gas"),
        ("Berliner Wasserbetriebe", "water"),
        ("Hamburg Wasser", "water"),
        ("Telekom", "telecom"),
        ("Vodafone", "telecom"),
    ],
    "nl": [
        ("Vattenfall", "power"),
        ("Eneco", "power"),
        ("Greenchoice", "power"),
        ("Essent", "gas"),
        ("Waternet", "water"),
        ("Vitens", "water"),
        ("Evides", "water"),
        ("KPN", "telecom"),
        ("Ziggo", "telecom"),
    ],
    "es": [
        ("Iberdrola", "power"),
        ("Endesa", "power"),
        ("Repsol", "power"),
        ("Naturgy", "gas"),
        ("Canal de Isabel II", "water"),
        ("Aigües de Barcelona", "water"),
        ("Movistar", "telecom"),
        ("Orange", "telecom"),
    ],
}
ALL_KINDS = ("power", "gas", "water", "telecom")

# Per language and kind: usage labels, the word for the service ("{service}") and the supply that gets cut ("{supply}").
SERVICE_WORDS: dict[str, dict[str, tuple[list[str], str, str]]] = {
    "en": {
        "power": (["Electricity used", "Energy used", "kWh used"], "electric", "your electricity supply"),
        "gas": (["Gas used", "Gas usage"], "gas", "your gas supply"),
        "water": (["Water used", "Water usage"], "water", "your water service"),
        "telecom": (["Data used", "Data usage"], "internet and phone", "your service"),
    },
    "fr": {
        "power": (
            ["Consommation d'électricité", "Votre consommation"],
            "d'électricité",
            "votre fourniture d'électricité",
        ),
        "gas": (["Consommation de gaz"], "de gaz", "votre fourniture de gaz"),
        "water": (["Consommation d'eau"], "d'eau", "votre alimentation en eau"),
        "telecom": (["Données consommées"], "internet", "votre ligne"),
    },
    "de": {
        "power": (["Stromverbrauch", "Ihr Verbrauch"], "Strom", "die Stromversorgung"),
        "gas": (["Gasverbrauch"], "Gas", "die Gasversorgung"),
        "water": (["Wasserverbrauch"], "Wasser", "die Wasserversorgung"),
        "telecom": (["Genutztes Datenvolumen"], "Mobilfunk", "Ihren Anschluss"),
    },
    "nl": {
        "power": (["Verbruik stroom", "Uw verbruik"], "stroom", "uw stroomlevering"),
        "gas": (["Verbruik gas"], "gas", "uw gaslevering"),
        "water": (["Waterverbruik"], "water", "uw waterlevering"),
        "telecom": (["Dataverbruik"], "internet", "uw aansluiting"),
    },
    "es": {
        "power": (["Consumo de electricidad", "Su consumo"], "electricidad", "del suministro eléctrico"),
        "gas": (["Consumo de gas"], "gas natural", "del suministro de gas"),
        "water": (["Consumo de agua"], "agua", "del suministro de agua"),
        "telecom": (["Datos consumidos"], "telefonía e internet", "de la línea"),
    },
}


def _first_name(name: str) -> str:
    """The given name out of a Faker full name, skipping titles such as "Dr." or "Mrs"."""
    titles = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "herr", "frau", "mme", "m", "mlle"}
    for part in name.split():
        if part.rstrip(".").lower() not in titles and not part.endswith("."):
            return part
    return name


def _provider(ctx: Ctx, kinds: Sequence[str] = ALL_KINDS) -> tuple[str, str]:
    options = PROVIDERS.get(ctx.locale) or PROVIDERS[ctx.lang]
    return ctx.pick([p for p in options if p[1] in kinds])


def _usage_unit(ctx: Ctx, kind: str) -> str:
    if kind == "power":
        return "kWh"
    if kind == "telecom":
        return "Go" if ctx.lang == "fr" else "GB"
    if kind == "gas":
        return {"en_US": "therms", "en_AU": "MJ", "en_CA": "m³", "en_IN": "SCM", "nl_NL": "m³"}.get(ctx.locale, "kWh")
    return {"en_US": "gallons", "en_AU": "kL", "en_NZ": "m³"}.get(ctx.locale, "m³")


def _usage_amount(ctx: Ctx, unit: str) -> int:
    low, high = {"kWh": (60, 1500), "therms": (10, 200), "MJ": (1500, 15000), "gallons": (1500, 12000)}.get(
        unit, (5, 150)
    )
    return ctx.randint(low, high)


# ---------------------------------------------------------------------------------------------
# Short documents: bill-at-a-glance summaries, payment stubs and what OCR keeps of a photographed bill

EN_LOCALES = ["en_US", "en_US", "en_GB", "en_AU", "en_CA", "en_IN", "en_NZ", "en_IE"]
ANY_LOCALES = [*EN_LOCALES, "fr_FR", "de_DE", "nl_NL", "es_ES"]

GLANCE: dict[str, dict[str, list[str]]] = {
    "en": {
        "heads": [
            "Your bill at a glance",
            "Account summary",
            "Bill summary",
            "Your statement",
            "Summary of charges",
            "Quick view",
            "Your bill",
        ],
        "account": ["Account number", "Account No.", "Acct #", "Customer number", "Account"],
        "amount": ["Amount due", "Total amount due", "Please pay", "Total to pay", "Balance due", "Total due"],
        "due": ["Due date", "Pay by", "Payment due", "Due by", "Please pay by"],
        "period": ["Billing period", "Service period", "Bill period", "Service from", "For the period"],
        "previous": ["Previous balance", "Last bill", "Balance from last bill"],
        "paid": ["Payment received - thank you", "Payments", "Payment received"],
        "new": ["New charges", "Current charges", "Charges this period"],
        "misc": [
            "AutoPay is scheduled - do not pay",
            "Thank you for going paperless",
            "Your Direct Debit will be collected",
            "Please return this stub with your payment",
            "Amount enclosed",
            "Compared with last year",
        ],
        "meter": ["Meter read: Actual", "Estimated reading", "Average daily use", "Next meter reading"],
    },
    "fr": {
        "heads": [
            "Votre facture en bref",
            "L'essentiel de votre facture",
            "Votre facture",
            "Récapitulatif",
            "Synthèse",
        ],
        "account": ["Référence client", "N° client", "Compte"],
        "amount": ["Montant à payer", "Total à payer", "Montant TTC", "À payer"],
        "due": ["Date limite de paiement", "Prélevé le", "À payer avant le", "Échéance"],
        "period": ["Période de consommation", "Période", "Période facturée"],
        "previous": ["Solde précédent"],
        "paid": ["Paiement reçu", "Déjà réglé"],
        "new": ["Montant de cette facture", "Nouvelle facture"],
        "misc": ["Prélèvement automatique", "Votre espace client", "Facture en ligne", "Mensualisation"],
        "meter": ["Index relevé", "Compteur Linky", "Index estimé", "Prochain relevé"],
    },
    "de": {
        "heads": ["Ihre Rechnung auf einen Blick", "Übersicht", "Zusammenfassung", "Ihre Verbrauchsabrechnung"],
        "account": ["Kundennummer", "Vertragskonto", "Kunden-Nr."],
        "amount": ["Rechnungsbetrag", "Zu zahlen", "Nachzahlung", "Gesamtbetrag"],
        "due": ["Fällig am", "Zahlbar bis", "Abbuchung am"],
        "period": ["Abrechnungszeitraum", "Zeitraum", "Verbrauchszeitraum"],
        "previous": ["Geleistete Abschläge"],
        "paid": ["Bereits gezahlt"],
        "new": ["Neuer Abschlag", "Monatlicher Abschlag"],
        "misc": ["SEPA-Lastschrift", "Bitte nicht überweisen", "Kundenportal", "Online-Rechnung"],
        "meter": ["Zählerstand abgelesen", "Zählernummer", "Zählerstand geschätzt"],
    },
    "nl": {
        "heads": ["Uw nota in het kort", "Overzicht", "Samenvatting", "Uw rekening"],
        "account": ["Klantnummer", "Contractnummer"],
        "amount": ["Te betalen", "Totaal", "Bedrag"],
        "due": ["Uiterste betaaldatum", "Wordt afgeschreven op", "Vervaldatum"],
        "period": ["Periode", "Afrekenperiode"],
        "previous": ["Betaalde termijnbedragen"],
        "paid": ["Al betaald"],
        "new": ["Nieuw termijnbedrag"],
        "misc": ["Automatische incasso", "Mijn omgeving", "Digitale nota"],
        "meter": ["Meterstand", "EAN-code", "Slimme meter"],
    },
    "es": {
        "heads": ["Resumen de su factura", "Tu factura de un vistazo", "Resumen", "Datos de la factura"],
        "account": ["Nº de contrato", "Nº cliente", "Referencia"],
        "amount": ["Total a pagar", "Importe total", "Importe"],
        "due": ["Fecha de cargo", "Fecha límite de pago", "Se cargará el"],
        "period": ["Periodo de facturación", "Periodo de consumo"],
        "previous": ["Saldo anterior"],
        "paid": ["Pagos recibidos"],
        "new": ["Importe de esta factura"],
        "misc": ["Domiciliación bancaria", "Área clientes", "Factura electrónica"],
        "meter": ["Lectura real", "Lectura estimada", "CUPS"],
    },
}


def utility_bill_glance(rng: random.Random) -> SyntheticDocument:
    """Sparse bills: a one-box summary, a torn-off payment stub, or the few lines OCR keeps of a photographed bill."""
    ctx = Ctx(rng, rng.choice(ANY_LOCALES))
    v = GLANCE[ctx.lang]
    b = start(LABEL, ctx)
    provider, kind = _provider(ctx)
    end = ctx.day()
    begin = ctx.later(end, -31, -28)
    amount = ctx.money(ctx.amount(15, 600))
    account = ctx.code(ctx.pick(["##########", "####-####-##", "### ### ####", "#########"]))
    unit = _usage_unit(ctx, kind)
    labels, _, _ = SERVICE_WORDS[ctx.lang][kind]
    core = [
        (ctx.pick(v["account"]), account),
        (ctx.pick(v["amount"]), amount),
        (ctx.pick(v["due"]), ctx.date(ctx.later(end, 12, 25))),
    ]
    extra = [
        (ctx.pick(v["period"]), f"{ctx.date(begin)} - {ctx.date(end)}"),
        (ctx.pick(labels), f"{_usage_amount(ctx, unit)} {unit}"),
        (ctx.pick(v["previous"]), ctx.money(ctx.amount(15, 600))),
        (ctx.pick(v["paid"]), ctx.money(ctx.amount(15, 600))),
        (ctx.pick(v["new"]), ctx.money(ctx.amount(15, 600))),
    ]
    misc = v["misc"] + ([] if kind == "telecom" else v["meter"])
    style = ctx.randint(0, 3)
    if style == 0:
        # One summary box, the rest of the page not captured.
        b.lines([provider], bold=True)
        b.h(ctx.pick(v["heads"]))
        b.fields(ctx.shuffled(core + ctx.some(extra, 1, 3)))
        if ctx.chance(0.5):
            b.p(ctx.pick(misc))
    elif style == 1:
        # OCR of a two-column box: labels first, then the values, some of them lost.
        pairs = ctx.shuffled(core + ctx.some(extra, 0, 2))
        b.lines([provider.upper() if ctx.chance(0.5) else provider, ctx.pick(v["heads"]).upper()])
        b.lines([k for k, _ in pairs])
        b.lines([val for _, val in pairs if ctx.chance(0.85)])
        b.lines(ctx.some(misc, 0, 2))
    elif style == 2:
        # The detachable payment stub alone.
        b.lines([provider], bold=True)
        b.lines([ctx.pick(misc) if ctx.lang != "en" else "Please return this portion with your payment."])
        b.fields([*core, ("Amount enclosed", "$________")] if ctx.locale == "en_US" else core)
        b.lines([ctx.person().upper(), *[x.upper() for x in ctx.address_lines()]])
        b.lines(
            [ctx.code("##########################") if ctx.chance(0.5) else ctx.code("<#########> <####> <#######>")],
            mono=True,
        )
    else:
        # A dense strip across the top of the bill, fields one after another on a line.
        pairs = core + ctx.some(extra, 1, 3)
        b.lines([provider + "  " + ctx.pick(v["heads"])], bold=True)
        b.lines(["   ".join(f"{k}: {val}" for k, val in pairs[i : i + 2]) for i in range(0, len(pairs), 2)])
    doc = b.build(None)
    if len(doc.text) < 100:  # too little left to tell anything apart: keep a little more of the page
        b.lines([ctx.pick(v["heads"]), *ctx.some(misc, 1, 2)])
        doc = b.build(None)
    return doc


# ---------------------------------------------------------------------------------------------
# Reminders: past-due, final notice and disconnection warnings for a utility account

NOTICE: dict[str, dict[str, list[str]]] = {
    "en": {
        "titles": [
            "Past Due Notice",
            "FINAL NOTICE",
            "Disconnection Notice",
            "Reminder: your payment is overdue",
            "Notice of Intent to Disconnect",
            "Shut-off Notice",
            "Overdue account",
        ],
        "greet": ["Dear {name},", "Dear Customer,", "Hello {first},"],
        "body": [
            "We have not received payment of {amount} for your {service} account. This amount was due on {due}.",
            "Our records show that your {service} account is past due. Please pay {amount} by {by} to avoid "
            "interruption of service.",
            "Your account is now overdue. If we do not receive {amount} by {by}, {supply} may be disconnected on or "
            "after {cut}.",
            "This is a reminder that your last bill has not been paid. The overdue balance on your account is "
            "{amount}.",
        ],
        "help": [
            "If you are having difficulty paying, please contact us to discuss a payment arrangement or extension.",
            "You may be eligible for energy assistance programs such as LIHEAP. Call 211 for local help.",
            "If someone in your home depends on life-support equipment or has a serious medical condition, contact "
            "us immediately.",
            "A reconnection fee and a security deposit may be required to restore service.",
            "If you have already made this payment, thank you, and please disregard this notice.",
            "Please don't ignore this letter. Our hardship team can help with a payment plan that suits your budget.",
        ],
        "fields": [
            "Account number",
            "Service address",
            "Amount past due",
            "Original due date",
            "Pay by",
            "Scheduled disconnection date",
        ],
        "close": ["Sincerely,", "Kind regards,", "Yours sincerely,"],
        "dept": ["Customer Accounts", "Collections Department", "Credit and Collections", "Customer Service"],
    },
    "fr": {
        "titles": [
            "Relance",
            "Lettre de relance",
            "Mise en demeure avant coupure",
            "Rappel de paiement",
            "Avis de facture impayée",
        ],
        "greet": ["Madame, Monsieur,", "Bonjour {first},", "Chère cliente, cher client,"],
        "body": [
            "Sauf erreur de notre part, votre facture {service} d'un montant de {amount}, échue le {due}, reste "
            "impayée à ce jour.",
            "Nous vous remercions de régler la somme de {amount} avant le {by}. À défaut, {supply} pourra être "
            "réduite ou suspendue à partir du {cut}.",
            "Votre compte présente un solde débiteur de {amount}. Nous vous invitons à régulariser votre situation "
            "dans les meilleurs délais.",
        ],
        "help": [
            "Si vous rencontrez des difficultés de paiement, contactez-nous pour mettre en place un échéancier.",
            "Vous pouvez solliciter le Fonds de Solidarité pour le Logement (FSL) ou votre CCAS. Le chèque énergie "
            "est accepté.",
            "Pendant la trêve hivernale, la fourniture ne peut être interrompue, mais une réduction de puissance "
            "reste possible.",
            "Si vous avez déjà effectué ce règlement, nous vous prions de ne pas tenir compte de ce courrier.",
        ],
        "fields": [
            "Référence client",
            "Adresse de consommation",
            "Montant restant dû",
            "Date d'échéance initiale",
            "À régler avant le",
            "Date de suspension prévue",
        ],
        "close": ["Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", "Cordialement,"],
        "dept": ["Service recouvrement", "Service clients"],
    },
    "de": {
        "titles": [
            "Zahlungserinnerung",
            "Mahnung",
            "1. Mahnung",
            "Letzte Mahnung vor Versorgungsunterbrechung",
            "Androhung der Versorgungssperre",
        ],
        "greet": ["Sehr geehrte Damen und Herren,", "Sehr geehrte(r) {name},", "Guten Tag {name},"],
        "body": [
            "leider konnten wir bis heute keinen Zahlungseingang für Ihre {service}rechnung über {amount} "
            "feststellen, die am {due} fällig war.",
            "bitte überweisen Sie den offenen Betrag von {amount} bis spätestens {by}. Andernfalls sind wir "
            "berechtigt, {supply} ab dem {cut} zu unterbrechen.",
            "Ihr Vertragskonto weist einen Rückstand von {amount} auf. Die Abschlagszahlung konnte nicht eingezogen "
            "werden.",
        ],
        "help": [
            "Sollten Sie sich in einer finanziellen Notlage befinden, vereinbaren wir gern eine Ratenzahlung mit "
            "Ihnen.",
            "Für diese Mahnung berechnen wir eine Mahngebühr. Die Kosten einer Sperrung und Wiederherstellung trägt "
            "der Kunde.",
            "Sollten Sie die Zahlung bereits geleistet haben, betrachten Sie dieses Schreiben bitte als "
            "gegenstandslos.",
        ],
        "fields": [
            "Kundennummer",
            "Verbrauchsstelle",
            "Offener Betrag",
            "Ursprünglich fällig am",
            "Zahlbar bis",
            "Unterbrechung ab",
        ],
        "close": ["Mit freundlichen Grüßen", "Freundliche Grüße"],
        "dept": ["Forderungsmanagement", "Kundenservice"],
    },
    "nl": {
        "titles": ["Betalingsherinnering", "Aanmaning", "Laatste aanmaning", "Herinnering openstaande nota"],
        "greet": ["Geachte heer/mevrouw,", "Beste {first},"],
        "body": [
            "Wij hebben uw betaling van {amount} voor uw {service}nota nog niet ontvangen. Deze nota had u uiterlijk "
            "{due} moeten betalen.",
            "Wilt u het openstaande bedrag van {amount} vóór {by} overmaken? Doet u dat niet, dan kunnen wij "
            "{supply} afsluiten.",
        ],
        "help": [
            "Heeft u moeite met betalen? Neem contact met ons op voor een betalingsregeling.",
            "Heeft u al betaald? Dan kunt u deze brief als niet verzonden beschouwen.",
            "Wij kunnen met uw toestemming uw gegevens doorgeven aan de gemeente voor schuldhulp.",
        ],
        "fields": [
            "Klantnummer",
            "Leveringsadres",
            "Openstaand bedrag",
            "Oorspronkelijke vervaldatum",
            "Betalen vóór",
            "Afsluiting vanaf",
        ],
        "close": ["Met vriendelijke groet,"],
        "dept": ["Afdeling Debiteurenbeheer", "Klantenservice"],
    },
    "es": {
        "titles": ["Aviso de impago", "Requerimiento de pago", "Aviso de corte de suministro", "Recordatorio de pago"],
        "greet": ["Estimado/a cliente:", "Estimado/a {name}:"],
        "body": [
            "Le informamos de que la factura de {service} por importe de {amount}, con vencimiento el {due}, se "
            "encuentra pendiente de pago.",
            "Le rogamos que abone la cantidad de {amount} antes del {by}. En caso contrario, se procederá a la "
            "suspensión {supply} a partir del {cut}.",
        ],
        "help": [
            "Si tiene dificultades para pagar, consulte si puede acogerse al bono social o solicite un aplazamiento.",
            "Si ya ha realizado el pago, le rogamos que no tenga en cuenta este aviso.",
            "Los suministros esenciales de consumidores vulnerables severos no podrán ser suspendidos.",
        ],
        "fields": [
            "Nº de contrato",
            "Dirección de suministro",
            "Importe pendiente",
            "Fecha de vencimiento",
            "Pagar antes del",
            "Fecha prevista de corte",
        ],
        "close": ["Atentamente,"],
        "dept": ["Departamento de Cobros", "Atención al Cliente"],
    },
}


def utility_bill_overdue_notice(rng: random.Random) -> SyntheticDocument:
    """Past-due reminders and disconnection notices for an energy, water or telecom account, as a letter."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA", "fr_FR", "de_DE", "nl_NL", "es_ES"]))
    v = NOTICE[ctx.lang]
    b = start(LABEL, ctx)
    provider, kind = _provider(ctx)
    _, service, supply = SERVICE_WORDS[ctx.lang][kind]
    day = ctx.day()
    due = ctx.later(day, -30, -10)
    by = ctx.later(day, 7, 14)
    cut = ctx.later(by, 1, 10)
    name = ctx.person()
    amount = ctx.money(ctx.amount(40, 1500))

    def fill(text: str) -> str:
        return (
            text.replace("{name}", name)
            .replace("{first}", _first_name(name))
            .replace("{amount}", amount)
            .replace("{service}", service)
            .replace("{supply}", supply)
            .replace("{due}", ctx.date(due))
            .replace("{by}", ctx.date(by))
            .replace("{cut}", ctx.date(cut))
        )

    b.lines([provider, *ctx.address_lines()[:2]], bold=True)
    b.lines([name, *ctx.address_lines()], align="left")
    b.lines([ctx.date(day)], align="right")
    labels = v["fields"]
    values = [
        ctx.code(ctx.pick(["##########", "### ### ###", "####-####"])),
        ctx.address(),
        amount,
        ctx.date(due),
        ctx.date(by),
        ctx.date(cut),
    ]
    keep = [0, 1, 2, 3, 4] + ([5] if ctx.chance(0.5) else [])
    b.fields([(labels[i], values[i]) for i in keep if i < 2 or ctx.chance(0.8)], columns=ctx.pick([1, 1, 2]))
    title = ctx.pick(v["titles"])
    if ctx.chance(0.5):
        b.h(title, level=2)
    b.p(fill(ctx.pick(v["greet"])))
    for text in ctx.some(v["body"], 1, 2):
        b.p(fill(text))
    energy_only = ("energy", "énergie", "puissance", "bono", "life-support")
    helps = [
        h
        for h in v["help"]
        if (kind != "telecom" or not any(w in h for w in energy_only))
        and ("LIHEAP" not in h or ctx.locale == "en_US")
        and ("trêve" not in h or kind in ("power", "gas"))
    ]
    for text in ctx.some(helps, 1, 3):
        b.p(fill(text))
    if ctx.lang == "en" and ctx.chance(0.5):
        b.table(
            ["Bill date", "Amount", "Paid", "Outstanding"],
            [
                [ctx.date(ctx.later(due, -20 - 30 * i, -15 - 30 * i)), ctx.num(billed), ctx.num(0), ctx.num(billed)]
                for i, billed in enumerate(ctx.amount(40, 400) for _ in range(ctx.randint(1, 3)))
            ],
            numeric_from=1,
        )
    b.lines([ctx.pick(v["close"]), ctx.pick(v["dept"]), provider])
    return b.build(title if ctx.chance(0.6) else None, ctx.pick(["letter", "page"]))


# ---------------------------------------------------------------------------------------------
# E-mailed "your bill is ready" notifications

EMAIL: dict[str, dict[str, list[str]]] = {
    "en": {
        "subject": [
            "Your bill is ready",
            "Your {month} bill is now available",
            "Your new statement is ready to view",
            "Your {provider} bill",
            "eBill notification",
        ],
        "intro": [
            "Hi {first}, your latest bill for account ending in {last4} is ready to view online.",
            "Dear {name}, your {provider} bill for {month} has been issued.",
            "Good news, {first} - your new statement is available in My Account.",
        ],
        "fields": ["Amount due", "Due date", "Bill period", "Account ending in"],
        "autopay": [
            "AutoPay is on. We'll automatically charge your card ending in {card} on {due}.",
            "Your Direct Debit of {amount} will be collected on or just after {due}.",
            "No need to do anything - your payment will be taken automatically.",
            "Pay now in the app or online to avoid a late fee.",
        ],
        "usage": [
            "You used {usage} this period, {pct}% {dir} than the same period last year.",
            "Your average daily use was {daily}.",
        ],
        "cta": ["View bill", "View your bill", "Pay now", "Log in to My Account", "Download PDF"],
        "footer": [
            "You're receiving this email because you chose paperless billing. Please do not reply to this email.",
            "We will never ask for your password or bank details by email.",
            "Manage email preferences | Privacy policy | Unsubscribe from marketing emails",
        ],
        "dir": ["higher", "lower"],
    },
    "fr": {
        "subject": [
            "Votre facture est disponible",
            "Votre facture de {month} est disponible",
            "Nouvelle facture dans votre espace client",
        ],
        "intro": [
            "Bonjour {first}, votre facture {provider} du mois de {month} est disponible dans votre espace client.",
            "Chère cliente, cher client, votre nouvelle facture est disponible en ligne.",
        ],
        "fields": ["Montant", "Date de prélèvement", "Période", "Référence client"],
        "autopay": [
            "Le montant sera prélevé le {due} sur votre compte bancaire.",
            "Vous pouvez régler votre facture en ligne par carte bancaire avant le {due}.",
        ],
        "usage": ["Votre consommation sur la période : {usage}.", "Consommation moyenne par jour : {daily}."],
        "cta": ["Voir ma facture", "Accéder à mon espace client", "Payer en ligne"],
        "footer": [
            "Merci de ne pas répondre à cet e-mail.",
            "Vous recevez cet e-mail car vous avez opté pour la facture électronique.",
        ],
        "dir": ["plus", "moins"],
    },
    "de": {
        "subject": ["Ihre Rechnung ist da", "Ihre neue Rechnung für {month}", "Neue Rechnung im Kundenportal"],
        "intro": [
            "Hallo {first}, Ihre aktuelle Rechnung für die Kundennummer {account} steht im Kundenportal bereit.",
            "Guten Tag {name}, Ihre {provider} Rechnung für {month} ist online verfügbar.",
        ],
        "fields": ["Rechnungsbetrag", "Abbuchung am", "Abrechnungszeitraum", "Kundennummer"],
        "autopay": [
            "Der Betrag wird am {due} per SEPA-Lastschrift von Ihrem Konto abgebucht.",
            "Bitte überweisen Sie den Betrag bis zum {due}.",
        ],
        "usage": ["Ihr Verbrauch im Abrechnungszeitraum: {usage}."],
        "cta": ["Rechnung ansehen", "Zum Kundenportal", "PDF herunterladen"],
        "footer": [
            "Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht darauf.",
            "Impressum | Datenschutz",
        ],
        "dir": ["mehr", "weniger"],
    },
    "nl": {
        "subject": ["Uw nieuwe nota staat klaar", "Uw factuur van {month}", "Uw rekening is beschikbaar"],
        "intro": [
            "Beste {first}, uw nota van {month} staat voor u klaar in Mijn {provider}.",
            "Geachte klant, er staat een nieuwe rekening voor u klaar.",
        ],
        "fields": ["Bedrag", "Afschrijving op", "Periode", "Klantnummer"],
        "autopay": ["Het bedrag wordt rond {due} automatisch afgeschreven.", "Betaal het bedrag vóór {due}."],
        "usage": ["Uw verbruik deze periode: {usage}."],
        "cta": ["Bekijk uw nota", "Naar Mijn omgeving"],
        "footer": ["Dit is een automatisch verzonden e-mail.", "Privacyverklaring | Afmelden"],
        "dir": ["meer", "minder"],
    },
    "es": {
        "subject": ["Tu factura ya está disponible", "Tu factura de {month}", "Nueva factura disponible"],
        "intro": [
            "Hola {first}, ya puedes consultar tu factura de {month} en el área de clientes.",
            "Estimado/a cliente, tiene una nueva factura de {provider} disponible.",
        ],
        "fields": ["Importe", "Fecha de cargo", "Periodo de facturación", "Nº de contrato"],
        "autopay": ["El importe se cargará en tu cuenta el {due}.", "Puedes pagar con tarjeta antes del {due}."],
        "usage": ["Tu consumo en este periodo: {usage}."],
        "cta": ["Ver factura", "Descargar factura", "Acceder al área de clientes"],
        "footer": ["Por favor, no respondas a este correo.", "Política de privacidad | Darse de baja"],
        "dir": ["más", "menos"],
    },
}


def utility_bill_email_ready(rng: random.Random) -> SyntheticDocument:
    """'Your bill is ready' e-mails from an energy, water or telecom provider: amount, due date, autopay, usage."""
    ctx = Ctx(rng, rng.choice(ANY_LOCALES))
    v = EMAIL[ctx.lang]
    b = start(LABEL, ctx)
    provider, kind = _provider(ctx)
    name = ctx.person()
    day = ctx.day()
    due = ctx.later(day, 10, 21)
    account = ctx.digits(ctx.pick([9, 10, 12]))
    amount = ctx.money(ctx.amount(12, 450))
    unit = _usage_unit(ctx, kind)
    used = _usage_amount(ctx, unit)
    month = ctx.month(ctx.later(day, -15, -5), year=ctx.chance(0.5))

    def fill(text: str) -> str:
        return (
            text.replace("{first}", _first_name(name))
            .replace("{name}", name)
            .replace("{provider}", provider)
            .replace("{month}", month)
            .replace("{last4}", account[-4:])
            .replace("{account}", account)
            .replace("{amount}", amount)
            .replace("{due}", ctx.date(due))
            .replace("{card}", ctx.digits(4))
            .replace("{usage}", f"{used} {unit}")
            .replace("{daily}", f"{ctx.num(used / 30, 1)} {unit}")
            .replace("{pct}", str(ctx.randint(2, 35)))
            .replace("{dir}", ctx.pick(v["dir"]))
        )

    subject = fill(ctx.pick(v["subject"]))
    b.lines([provider], bold=True)
    b.p(fill(ctx.pick(v["intro"])))
    f = v["fields"]
    pairs = [(f[0], amount), (f[1], ctx.date(due))]
    if ctx.chance(0.6):
        pairs.append((f[2], f"{ctx.date(ctx.later(day, -32, -28))} - {ctx.date(day)}"))
    if ctx.chance(0.6):
        pairs.append((f[3], account[-4:] if ctx.lang == "en" else account))
    b.fields(pairs)
    b.p(fill(ctx.pick(v["autopay"])))
    if ctx.chance(0.6):
        b.p(fill(ctx.pick(v["usage"])))
    b.lines([ctx.pick(v["cta"])], bold=True, align="center")
    b.p(" ".join(fill(x) for x in ctx.some(v["footer"], 1, 3)), small=True)
    if ctx.chance(0.5):
        b.lines([f"{provider} · {ctx.address()}"], align="center")
    return b.build(subject)


# ---------------------------------------------------------------------------------------------
# Final bills: moving out, switching supplier or closing the account

FINAL: dict[str, dict[str, list[str]]] = {
    "en": {
        "titles": ["Final bill", "Your final bill", "Closing statement", "Final Statement", "Account closure bill"],
        "intro": [
            "Thanks for being with us. This is the final bill for your account at {address}, closed on {closed}.",
            "As requested, we have closed your account following your move. This bill covers your usage up to "
            "{closed}.",
            "We're sorry to see you go. Your supply switched to a new supplier on {closed}; here is your final bill.",
        ],
        "fields": [
            "Account number",
            "Supply address",
            "Account closed",
            "Final meter reading",
            "Reading type",
            "Forwarding address",
        ],
        "read": ["Customer read", "Actual read", "Estimated", "Smart meter read"],
        "charges": [
            "Energy used since last bill",
            "Standing charge",
            "Service charge to close date",
            "Final meter read fee",
        ],
        "deposit": ["Security deposit applied", "Deposit refund"],
        "paid": ["Payment received", "Payments since last bill"],
        "credit": [
            "Your account is in credit by {credit}. We'll refund this to your bank account within 10 working days.",
            "A refund cheque for {credit} will be mailed to your forwarding address.",
        ],
        "pay": ["Amount due", "Balance to pay", "Final amount due"],
        "tip": [
            "Moving home? Remember to take a meter reading on the day you move in to your new home.",
            "If this reading looks wrong, please contact us within 14 days.",
        ],
    },
    "de": {
        "titles": ["Schlussrechnung", "Ihre Schlussrechnung", "Abschlussrechnung Strom", "Endabrechnung"],
        "intro": [
            "Ihr Vertrag für die Lieferstelle {address} endete am {closed}. Mit dieser Schlussrechnung rechnen wir "
            "Ihren Verbrauch bis zum Auszug ab.",
            "Vielen Dank, dass Sie Kunde bei uns waren. Aufgrund Ihres Lieferantenwechsels zum {closed} erhalten Sie "
            "Ihre Schlussrechnung.",
        ],
        "fields": [
            "Kundennummer",
            "Lieferstelle",
            "Vertragsende",
            "Zählerstand bei Auszug",
            "Ablesart",
            "Neue Anschrift",
        ],
        "read": ["Kundenablesung", "Ablesung durch Netzbetreiber", "geschätzt"],
        "charges": ["Arbeitspreis", "Grundpreis anteilig", "Netzentgelte", "Stromsteuer"],
        "deposit": ["Verrechnung Kaution"],
        "paid": ["Zahlungseingang", "Bereits gezahlte Abschläge"],
        "credit": [
            "Ihr Guthaben von {credit} überweisen wir in den nächsten Tagen auf Ihr Konto.",
            "Das Guthaben von {credit} wird Ihnen erstattet.",
        ],
        "pay": ["Nachzahlung", "Zu zahlender Betrag"],
        "tip": ["Bitte teilen Sie uns Ihre neue Bankverbindung mit, falls sie sich geändert hat."],
    },
    "fr": {
        "titles": [
            "Facture de résiliation",
            "Facture de clôture",
            "Votre dernière facture",
            "Facture de fin de contrat",
        ],
        "intro": [
            "Suite à votre demande de résiliation, votre contrat pour le logement situé {address} a pris fin le "
            "{closed}. Voici votre facture de clôture.",
            "Vous avez changé de fournisseur le {closed}. Cette facture solde votre contrat.",
        ],
        "fields": [
            "Référence client",
            "Adresse de consommation",
            "Date de résiliation",
            "Index de résiliation",
            "Type de relevé",
            "Nouvelle adresse",
        ],
        "read": ["auto-relève", "relevé réel", "estimé"],
        "charges": ["Consommation depuis la dernière facture", "Abonnement au prorata", "Taxes et contributions"],
        "deposit": ["Remboursement du dépôt de garantie"],
        "paid": ["Paiement reçu", "Mensualités déjà réglées"],
        "credit": [
            "Votre compte est créditeur de {credit}. Ce montant vous sera remboursé par virement sous 15 jours."
        ],
        "pay": ["Montant à payer", "Solde à régler"],
        "tip": ["Pensez à souscrire un contrat pour votre nouveau logement."],
    },
    "nl": {
        "titles": ["Eindafrekening", "Uw eindnota", "Eindafrekening energie"],
        "intro": [
            "U bent verhuisd en uw contract voor {address} is beëindigd op {closed}. Hierbij ontvangt u uw "
            "eindafrekening.",
            "Uw levering is per {closed} overgestapt naar een andere leverancier. Dit is uw eindafrekening.",
        ],
        "fields": [
            "Klantnummer",
            "Leveringsadres",
            "Einddatum contract",
            "Eindstand meter",
            "Soort meterstand",
            "Nieuw adres",
        ],
        "read": ["door u doorgegeven", "slimme meter", "geschat"],
        "charges": ["Levering stroom", "Vaste leveringskosten", "Netbeheerkosten", "Energiebelasting"],
        "deposit": ["Verrekening waarborgsom"],
        "paid": ["Betaalde termijnbedragen", "Ontvangen betaling"],
        "credit": ["U krijgt {credit} van ons terug. Wij maken dit binnen 10 werkdagen over."],
        "pay": ["Te betalen", "Bij te betalen"],
        "tip": ["Bedankt voor uw vertrouwen."],
    },
}


def utility_bill_final_bill(rng: random.Random) -> SyntheticDocument:
    """Final / closing bills after moving out or switching supplier: close date, final reading, refund or balance."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "de_DE", "de_DE", "fr_FR", "nl_NL"]))
    v = FINAL[ctx.lang]
    b = start(LABEL, ctx)
    # The German and Dutch wording below is for electricity (Stromsteuer, levering stroom).
    provider, kind = _provider(ctx, ("power",) if ctx.lang in ("de", "nl") else ("power", "gas", "water"))
    closed = ctx.day()
    last = ctx.later(closed, -60, -10)
    address = ctx.address()
    b.lines([provider, ctx.pick([f"Tel {ctx.phone()}", ctx.address()])], bold=True)
    b.lines([ctx.person(), *ctx.address_lines()])
    title = ctx.pick(v["titles"])
    b.h(title, level=1)
    b.p(ctx.pick(v["intro"]).replace("{address}", address).replace("{closed}", ctx.date(closed)))
    unit = _usage_unit(ctx, kind)
    prev = ctx.randint(1000, 80000)
    used = _usage_amount(ctx, unit)
    fl = v["fields"]
    fields = [
        (fl[0], ctx.digits(ctx.pick([8, 10]))),
        (fl[1], address),
        (fl[2], ctx.date(closed)),
        (fl[3], f"{prev + used} ({ctx.pick(v['read'])})"),
    ]
    if ctx.chance(0.5):
        fields.append((fl[5], ctx.address()))
    b.fields(fields)
    b.table(
        None,
        [[f"{ctx.date(last)} - {ctx.date(closed)}", str(prev), str(prev + used), f"{used} {unit}"]],
        numeric_from=1,
    )
    # The first charge is the energy or water used, the second the standing charge, the rest small items.
    energy, fixed, *others = v["charges"]
    unit_price = {"kWh": 0.3, "m³": 2.5, "therms": 1.4, "MJ": 0.04, "gallons": 0.01, "kL": 2.8}.get(unit, 0.5)
    rows = [(energy, used * unit_price * ctx.amount(0.7, 1.3)), (fixed, (closed - last).days * ctx.amount(0.3, 1.2))]
    rows += [(name, ctx.amount(2, 40)) for name in ctx.some(others, 0, len(others))]
    total = sum(a for _, a in rows)
    table = [[n, ctx.money(a)] for n, a in rows]
    deposit = ctx.amount(50, 250) if ctx.chance(0.35) else 0.0
    if deposit:
        table.append([ctx.pick(v["deposit"]), "-" + ctx.money(deposit)])
    paid = ctx.amount(0, 200) if ctx.chance(0.4) else 0.0
    if paid:
        table.append([ctx.pick(v["paid"]), "-" + ctx.money(paid)])
    b.table(None, table, numeric_from=1)
    balance = total - deposit - paid
    if balance < 0:
        b.p(ctx.pick(v["credit"]).replace("{credit}", ctx.money(-balance)))
    else:
        b.fields([(ctx.pick(v["pay"]), ctx.money(balance))])
    b.p(ctx.pick(v["tip"]), small=True)
    return b.build(None)


TEMPLATES: TemplateTable = {
    LABEL: [
        utility_bill_us_energy,
        utility_bill_telecom,
        utility_bill_fr_energy,
        utility_bill_uk_energy,
        utility_bill_de_nl,
        utility_bill_india,
        utility_bill_telecom_eu,
        utility_bill_water,
        utility_bill_au_nz_energy,
        utility_bill_canada_hydro,
        utility_bill_south_eu_energy,
        utility_bill_latam,
        utility_bill_telecom_itemised,
        utility_bill_municipal,
        utility_bill_heating,
        utility_bill_glance,
        utility_bill_overdue_notice,
        utility_bill_email_ready,
        utility_bill_final_bill,
    ]
}
