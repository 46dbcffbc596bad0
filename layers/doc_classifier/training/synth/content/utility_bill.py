"""Utility bills: US electricity/gas/water, telecom, French EDF-style, UK energy, German, Dutch and Indian bills."""

from __future__ import annotations

import random
from dataclasses import dataclass

from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.model import DocBuilder, SyntheticDocument

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
    ]
}
