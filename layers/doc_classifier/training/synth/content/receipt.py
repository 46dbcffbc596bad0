"""Receipts: till rolls from Malaysia, the US, India and Europe, card slips, restaurants, fuel, rides, e-mails."""

from __future__ import annotations

import random
from dataclasses import dataclass

from doc_classifier.training.synth.content.common import TemplateTable, start
from doc_classifier.training.synth.context import Ctx
from doc_classifier.training.synth.locales import amount_in_words
from doc_classifier.training.synth.model import SyntheticDocument

LABEL = "receipt"

MY_SHOP_KIND = [
    "TRADING",
    "ENTERPRISE",
    "HARDWARE",
    "MINI MARKET",
    "PASARAYA",
    "RESTORAN",
    "KEDAI RUNCIT",
    "BOOKSTORE",
    "STATIONERY",
    "FARMASI",
    "BAKERY",
    "MARKETING",
    "KOPITIAM",
    "HOME CENTRE",
    "AUTO PARTS",
    "ELECTRICAL",
]
MY_SHOP_NAME = [
    "GIN KEE",
    "SIN HUAT",
    "AIK HUAT",
    "LEONG HENG",
    "MR. D.I.Y.",
    "99 SPEED",
    "KHAN",
    "SANTA",
    "YONG CHEN",
    "UNIHAKKA",
    "PERNIAGAAN ZHENG HUI",
    "TEO HENG",
    "OJC",
    "BEN'S",
    "KEDAI PAPAN YEW CHUAN",
    "SEN LEE",
]
MY_SUFFIX = ["SDN BHD", "SDN. BHD.", "S/B", "", "ENTERPRISE", "(M) SDN BHD", "TRADING"]
MY_ITEMS = [
    ("CHAIN LOCK", 8, 25),
    ("PAPER A4 70G", 9, 14),
    ("CLIP BOARD", 2, 5),
    ("BATTERY AA 4S", 5, 12),
    ("NASI LEMAK AYAM", 6, 12),
    ("TEH TARIK", 1.8, 3),
    ("KOPI O AIS", 1.8, 3),
    ("MEE GORENG", 5, 9),
    ("ROTI CANAI", 1.2, 2.5),
    ("MILO AIS", 2.5, 4),
    ("CHICKEN RICE", 6, 11),
    ("100PLUS 500ML", 2, 3),
    ('CABLE TIE 8"', 2, 6),
    ('PVC PIPE 1/2"', 4, 12),
    ("SCREW DRIVER SET", 9, 30),
    ("GLUE STICK", 1, 4),
    ("BIG BOOK A4 120PGS", 3, 8),
    ("PEN BLUE 0.5", 1, 3),
    ("GARDENIA BREAD", 3.5, 5),
    ("MINERAL WATER 1.5L", 1.5, 3),
    ("DETERGENT 2KG", 12, 25),
    ("SPRAY PAINT BLACK", 8, 15),
    ("EXTENSION SOCKET 4 WAY", 15, 40),
    ("GAS TORCH", 12, 30),
]
MY_FOOTERS = [
    "GOODS SOLD ARE NOT RETURNABLE, THANK YOU.",
    "THANK YOU. PLEASE COME AGAIN.",
    "THANK YOU & PLEASE COME AGAIN",
    "GOODS SOLD ARE NOT RETURNABLE & REFUNDABLE",
    "*** THANK YOU ***",
    "PLEASE KEEP THIS RECEIPT FOR EXCHANGE WITHIN 7 DAYS",
    "TERIMA KASIH SILA DATANG LAGI",
]
MY_PLACES = [
    "KUALA LUMPUR",
    "PETALING JAYA",
    "SHAH ALAM",
    "JOHOR BAHRU",
    "KLANG",
    "SUBANG JAYA",
    "PUCHONG",
    "CHERAS",
    "SERI KEMBANGAN",
    "KAJANG",
    "SETAPAK",
    "IPOH",
    "PULAU PINANG",
    "SKUDAI",
    "AMPANG",
    "RAWANG",
]


def _my_address(ctx: Ctx) -> list[str]:
    street = (
        ctx.pick(["JALAN", "JLN", "LORONG", "JALAN"])
        + " "
        + ctx.pick(
            [
                "AIR PANAS",
                "BESAR",
                "SS 2/24",
                "PUCHONG PERMAI",
                "TUN RAZAK",
                "KENARI 5",
                "BUKIT BINTANG",
                "MERANTI 3",
                "PERDANA",
            ]
        )
    )
    lines = [f"NO {ctx.randint(1, 120)}{ctx.pick(['', '-1', ', G/F', 'A'])}, {street},"]
    if ctx.chance(0.6):
        lines.append(
            ctx.pick(["TAMAN", "BANDAR", "TMN"])
            + " "
            + ctx.pick(["SRI MUDA", "UNIVERSITI", "BUKIT INDAH", "DAMAI", "MOLEK", "CONNAUGHT"])
            + ","
        )
    lines.append(f"{ctx.digits(5)} {ctx.pick(MY_PLACES)}" + ctx.pick([".", ",", ""]))
    if ctx.chance(0.5):
        lines.append(ctx.pick(["SELANGOR DARUL EHSAN", "SELANGOR", "JOHOR", "WILAYAH PERSEKUTUAN", "PERAK"]))
    return lines


def receipt_malaysia_shop(rng: random.Random) -> SyntheticDocument:
    """Malaysian shop receipts (SROIE style): all caps, company no, GST/SST, 'TAX INVOICE' header."""
    ctx = Ctx(rng, "en_MY")
    b = start(LABEL, ctx)
    shop = f"{ctx.pick(MY_SHOP_NAME)} {ctx.pick(MY_SHOP_KIND)} {ctx.pick(MY_SUFFIX)}".strip()
    head = [shop, f"({ctx.code(ctx.pick(['######-?', '#######-?', '?A#######-?', '###########']))})", *_my_address(ctx)]
    head.append(f"TEL{ctx.pick([' :', ':', ' NO:', ''])} {ctx.pick(['03', '07', '04', '012'])}-{ctx.digits(8)}")
    gst_era = ctx.chance(0.7)  # SROIE-era receipts (2017-2018) carry GST; later ones SST
    if gst_era:
        head.append(f"GST {ctx.pick(['ID', 'REG', 'ID NO', 'REG NO'])}{ctx.pick([' :', ':', ''])} {ctx.digits(12)}")
    b.lines(head, align="center", bold=False)
    b.lines(
        [
            ctx.pick(
                [
                    "TAX INVOICE",
                    "SIMPLIFIED TAX INVOICE",
                    "CASH BILL",
                    "RECEIPT",
                    "OFFICIAL RECEIPT",
                    "INVOICE",
                    "CASH SALES",
                ]
            ),
        ],
        align="center",
        bold=True,
    )
    day = ctx.day(2017, 2019) if gst_era else ctx.day(2019, 2025)
    meta = [
        (
            ctx.pick(["DOC NO", "INVOICE NO", "BILL NO", "RECEIPT NO", "NO", "INV NO"]),
            ctx.code(ctx.pick(["CS000#####", "#########", "?##-######", "T1-#####"])),
        ),
        ("DATE", ctx.date(day)),
        ("TIME", f"{ctx.randint(8, 22):02d}:{ctx.randint(0, 59):02d}:{ctx.randint(0, 59):02d}"),
        (ctx.pick(["CASHIER", "CASHIER NO", "OPERATOR"]), ctx.pick(["USER", "ADMIN", "01", "NOR", "LIM"])),
    ]
    if ctx.chance(0.3):
        meta.append((ctx.pick(["TABLE", "TABLE NO"]), str(ctx.randint(1, 40))))
    b.fields(meta, sep=ctx.pick([" : ", ": ", ":"]), columns=2)
    items = ctx.some(MY_ITEMS, 1, 8)
    rows = []
    subtotal = 0.0
    for name, lo, hi in items:
        qty = ctx.randint(1, 4) if ctx.chance(0.6) else 1
        price = ctx.amount(lo, hi)
        amount = round(qty * price, 2)
        subtotal += amount
        code = ctx.pick(["SR", "SR", "ZR", "S", "T"]) if gst_era else ""
        rows.append([name, str(qty), f"{price:.2f}", f"{amount:.2f}", code])
        if ctx.chance(0.25):
            rows.append([ctx.digits(13), "", "", "", ""])  # barcode printed under the item
    b.table(
        [
            ctx.pick(["ITEM", "DESCRIPTION", "DESC"]),
            "QTY",
            ctx.pick(["S/PRICE", "U/PRICE", "PRICE", "RM"]),
            ctx.pick(["AMOUNT", "AMT", "TOTAL"]),
            "TAX" if gst_era else "",
        ],
        rows,
        numeric_from=1,
    )
    rate = 6.0
    tax = round(subtotal * rate / 106, 2) if gst_era else round(subtotal * 0.06, 2)
    grand = subtotal if gst_era else subtotal + tax
    rounded = round(grand * 20) / 20
    paid = (
        rounded
        if ctx.chance(0.4)
        else float(ctx.pick([10, 20, 50, 100]) if rounded < 10 else round(rounded + 0.5) + ctx.pick([0, 5, 10]))
    )
    tot = [
        ("TOTAL QTY", str(len(items))),
        ("TOTAL SALES (EXCLUDING GST)" if gst_era else "SUB TOTAL", f"{(subtotal - tax if gst_era else subtotal):.2f}"),
        ("TOTAL GST" if gst_era else ctx.pick(["SST 6%", "SERVICE TAX 6%", "SST"]), f"{tax:.2f}"),
        ("ROUNDING", f"{rounded - grand:.2f}"),
        (
            ctx.pick(
                ["TOTAL", "TOTAL INCL. GST" if gst_era else "NET TOTAL", "TOTAL AMOUNT", "GRAND TOTAL", "TOTAL (RM)"]
            ),
            f"{rounded:.2f}",
        ),
        (ctx.pick(["CASH", "CASH RECEIVED", "TENDER", "PAYMENT"]), f"{max(paid, rounded):.2f}"),
        ("CHANGE", f"{max(paid, rounded) - rounded:.2f}"),
    ]
    b.fields(tot, sep=ctx.pick([" : ", ": ", "  "]))
    if gst_era and ctx.chance(0.7):
        b.table(
            ["GST SUMMARY", "TAX CODE" if ctx.chance(0.5) else "", "AMOUNT(RM)", "TAX(RM)"],
            [["SR", "6%", f"{subtotal - tax:.2f}", f"{tax:.2f}"]],
            numeric_from=2,
        )
    b.lines([ctx.pick(MY_FOOTERS)], align="center")
    return b.build(None, "receipt")


US_STORE = [
    "FreshMart",
    "Corner Market",
    "Hometown Hardware",
    "Value Foods",
    "City Pharmacy",
    "Green Grocer",
    "Quick Stop",
    "Best Buy-Rite",
    "Target Outlet",
    "Sunny Side Deli",
    "Office Depot Express",
    "Ace Home & Garden",
    "Dollar Plus",
]
US_ITEMS = [
    ("BANANAS", 0.5, 2.5),
    ("WHOLE MILK 1GAL", 2.9, 4.9),
    ("EGGS LG 12CT", 2.5, 6.5),
    ("BREAD WHT", 1.9, 4.5),
    ("CHKN BRST", 6, 14),
    ("GV PAPER TOWEL", 5, 15),
    ("COCA COLA 12PK", 5.5, 9),
    ("DORITOS NACHO", 3, 6),
    ("TIDE PODS 42CT", 11, 16),
    ("TYLENOL EX STR", 6, 12),
    ("AA BATTERIES 8PK", 6, 12),
    ("HDMI CABLE 6FT", 7, 20),
    ("SCOTCH TAPE", 2, 5),
    ("GREEK YOGURT", 1, 6),
    ("ORGANIC SPINACH", 3, 5),
    ("GROUND BEEF 1LB", 4, 8),
    ("WD-40 8OZ", 4, 8),
    ("LIGHT BULB LED 4PK", 6, 15),
    ("COFFEE K-CUPS", 9, 15),
    ("TOOTHPASTE", 2.5, 6),
    ("DOG FOOD 15LB", 15, 35),
    ("SCREWS #8 1-1/4", 4, 9),
    ("PRINTER PAPER", 6, 12),
    ("AVOCADO", 0.8, 2),
]
US_FOOTERS = [
    "Thank you for shopping with us!",
    "THANK YOU FOR SHOPPING",
    "Returns accepted within 30 days with receipt.",
    "Save this receipt for returns or exchanges",
    "How was your visit? Tell us at survey." + "example.com",
    "YOU SAVED $0.00 TODAY",
    "Have a nice day!",
    "Low prices every day.",
]


def _card_lines(ctx: Ctx, amount: str) -> list[str]:
    brand = ctx.pick(["VISA", "MASTERCARD", "AMEX", "DISCOVER", "DEBIT", "MC"])
    return [
        f"{brand} {ctx.pick(['TEND', 'CREDIT', 'SALE', ''])} {amount}".replace("  ", " "),
        f"{ctx.pick(['ACCOUNT #', 'CARD #', 'ACCT:'])} **** **** **** {ctx.digits(4)}",
        f"{ctx.pick(['APPROVAL #', 'AUTH CODE', 'APPR CODE'])} {ctx.code('######')}",
        f"{ctx.pick(['REF #', 'REF:', 'TRANS ID'])} {ctx.digits(12)}",
        f"{ctx.pick(['ENTRY METHOD', 'ENTRY'])}: {ctx.pick(['CHIP', 'CONTACTLESS', 'SWIPED', 'TAP'])}",
    ]


def receipt_us_pos(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU", "en_GB"]))
    b = start(LABEL, ctx)
    store = ctx.pick(US_STORE)
    b.lines(
        [
            store.upper() if ctx.chance(0.5) else store,
            ctx.pick(["", f"Store #{ctx.digits(4)}"]),
            ctx.street(),
            ctx.city(),
            ctx.phone(),
        ],
        align="center",
    )
    if ctx.chance(0.5):
        b.lines([f"ST# {ctx.digits(4)} OP# {ctx.digits(6)} TE# {ctx.digits(2)} TR# {ctx.digits(5)}"], mono=True)
    rows = []
    subtotal = 0.0
    for name, lo, hi in ctx.some(US_ITEMS, 2, 14):
        qty = 1 if ctx.chance(0.8) else ctx.randint(2, 4)
        price = ctx.amount(lo, hi) * qty
        subtotal += price
        row = [name, ctx.digits(12) if ctx.chance(0.4) else "", f"{price:.2f}", ctx.pick(["N", "X", "T", "F", ""])]
        rows.append(row)
        if qty > 1:
            rows.append([f"  {qty} @ {price / qty:.2f}", "", "", ""])
    b.table(None, rows, numeric_from=2)
    rate = ctx.pick([0.0, 6.0, 6.5, 7.0, 8.25, 8.875, 9.5, 5.0, 13.0])
    tax = round(subtotal * rate / 100, 2)
    grand = subtotal + tax
    b.fields(
        [
            (ctx.pick(["SUBTOTAL", "SUB TOTAL", "Subtotal"]), f"{subtotal:.2f}"),
            (f"{ctx.pick(['TAX', 'SALES TAX', 'TAX 1', 'GST', 'HST'])} {rate:.3f} %", f"{tax:.2f}"),
            (ctx.pick(["TOTAL", "**** BALANCE", "TOTAL DUE", "Total"]), f"{grand:.2f}"),
        ],
        sep="  ",
    )
    if ctx.chance(0.6):
        b.lines(_card_lines(ctx, f"{grand:.2f}"))
    else:
        cash = float(round(grand + 0.5) + ctx.pick([0, 1, 5, 10]))
        b.fields([("CASH", f"{cash:.2f}"), ("CHANGE DUE", f"{cash - grand:.2f}")], sep="  ")
    day = ctx.day()
    b.lines(
        [
            f"# ITEMS SOLD {len(rows)}",
            f"{ctx.date(day)} {ctx.randint(7, 22):02d}:{ctx.randint(0, 59):02d}:{ctx.randint(0, 59):02d}",
            f"TC# {ctx.code('#### #### #### #### ####')}" if ctx.chance(0.5) else "",
            ctx.pick(US_FOOTERS),
        ],
        align="center",
    )
    return b.build(ctx.pick([None, None, "RECEIPT", "Customer Receipt", "SALES RECEIPT"]), "receipt")


RESTAURANT_ITEMS = [
    ("Caesar Salad", 8, 14),
    ("Cheeseburger", 11, 18),
    ("Margherita Pizza", 12, 19),
    ("Fish & Chips", 13, 22),
    ("Pad Thai", 11, 17),
    ("Chicken Tikka Masala", 12, 19),
    ("Garlic Naan", 2.5, 5),
    ("Iced Tea", 2.5, 4.5),
    ("House Red Wine (glass)", 7, 14),
    ("Craft IPA", 6, 9),
    ("Espresso", 2.5, 4),
    ("Tiramisu", 6, 10),
    ("Soup of the Day", 5, 9),
    ("Ribeye Steak", 26, 45),
    ("Kids Meal", 6, 10),
    ("Sparkling Water", 3, 6),
]


def receipt_restaurant(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_US", "en_GB", "en_AU", "en_CA", "en_IN"]))
    b = start(LABEL, ctx)
    name = ctx.last_name() + ctx.pick(
        ["'s Kitchen", " Bistro", " Grill", " Trattoria", " Cafe", " Tandoori House", "'s Diner"]
    )
    b.lines([name, ctx.street(), ctx.city(), ctx.phone()], align="center")
    day = ctx.day()
    b.fields(
        [
            ("Server", ctx.first_name()),
            ("Table", str(ctx.randint(1, 60))),
            ("Guests", str(ctx.randint(1, 8))),
            ("Check #", ctx.digits(4)),
            ("Date", f"{ctx.date(day)} {ctx.randint(11, 23)}:{ctx.randint(0, 59):02d}"),
        ],
        columns=2,
    )
    rows = []
    subtotal = 0.0
    for dish, lo, hi in ctx.some(RESTAURANT_ITEMS, 2, 9):
        qty = ctx.randint(1, 3)
        amount = qty * ctx.amount(lo, hi)
        subtotal += amount
        rows.append([str(qty), dish, ctx.money(amount)])
    b.table(None, rows, numeric_from=2)
    tax_name = {"en_GB": "VAT incl.", "en_AU": "GST incl.", "en_IN": "CGST+SGST 5%"}.get(ctx.locale, "Tax")
    tax = round(subtotal * (0.05 if ctx.locale == "en_IN" else 0.0825), 2)
    pairs = [("Subtotal", ctx.money(subtotal)), (tax_name, ctx.money(tax))]
    total_amount = subtotal + (0 if "incl" in tax_name else tax)
    if ctx.chance(0.3):
        charge = round(subtotal * 0.1, 2)
        pairs.append((ctx.pick(["Service Charge 10%", "Gratuity 18%", "Optional service 12.5%"]), ctx.money(charge)))
        total_amount += charge
    pairs.append((ctx.pick(["Total", "TOTAL", "Amount Due", "Balance Due"]), ctx.money(total_amount)))
    b.fields(pairs)
    if ctx.chance(0.6):
        b.lines(
            ["Tip: ____________", "Total: ____________", "", "Signature: ____________________"]
            if ctx.chance(0.5)
            else _card_lines(ctx, ctx.money(total_amount))
        )
        b.lines(
            [
                "Suggested gratuity: 15% "
                + ctx.money(subtotal * 0.15)
                + "  18% "
                + ctx.money(subtotal * 0.18)
                + "  20% "
                + ctx.money(subtotal * 0.2)
            ]
        )
    b.lines(
        [
            ctx.pick(
                [
                    "Thank you! Please come again",
                    "Thanks for dining with us!",
                    "CUSTOMER COPY",
                    "We hope to see you soon",
                ]
            )
        ],
        align="center",
    )
    return b.build(ctx.pick([None, "GUEST CHECK", "Receipt", "BILL"]), "receipt")


AUTH_WORD = {"en": "AUTH CODE", "fr": "AUTO", "de": "Autorisierungsnr.", "nl": "AUTORISATIECODE"}


def receipt_card_terminal(rng: random.Random) -> SyntheticDocument:
    """Card payment terminal slips: merchant/terminal ids, AID, approval, 'cardholder copy'."""
    lang = rng.choice(["en", "en", "en", "fr", "de", "nl"])
    ctx = Ctx(
        rng, {"en": rng.choice(["en_US", "en_GB", "en_AU", "en_IN"]), "fr": "fr_FR", "de": "de_DE", "nl": "nl_NL"}[lang]
    )
    b = start(LABEL, ctx)
    b.lines([ctx.company().upper(), ctx.street().upper(), ctx.city().upper()], align="center")
    amount = ctx.amount(2, 480)
    day = ctx.day()
    sale = {"en": "SALE", "fr": "DEBIT", "de": "Kartenzahlung", "nl": "BETALING"}[lang]
    approved = {"en": "APPROVED", "fr": "PAIEMENT ACCEPTE", "de": "Zahlung erfolgt", "nl": "AKKOORD"}[lang]
    copy = {
        "en": ctx.pick(["CARDHOLDER COPY", "CUSTOMER COPY", "MERCHANT COPY"]),
        "fr": "TICKET CLIENT",
        "de": "Kundenbeleg",
        "nl": "KLANTTICKET",
    }[lang]
    b.fields(
        [
            ("MID" if lang == "en" else "Terminal-ID" if lang == "de" else "TERM", ctx.digits(ctx.pick([8, 10, 15]))),
            ("TID", ctx.digits(8)),
            ("DATE" if lang == "en" else "Datum" if lang == "de" else "LE", ctx.date(day)),
            (
                "TIME" if lang == "en" else "Uhrzeit" if lang == "de" else "A",
                f"{ctx.randint(7, 22):02d}:{ctx.randint(0, 59):02d}",
            ),
            ("BATCH", ctx.digits(6)),
            ("INVOICE" if lang == "en" else "Beleg-Nr." if lang == "de" else "No", ctx.digits(6)),
        ],
        columns=2,
    )
    b.lines([sale], align="center", bold=True)
    b.lines(
        [
            f"{ctx.pick(['VISA', 'MASTERCARD', 'MAESTRO', 'V PAY', 'CB', 'GIROCARD', 'RUPAY'])} "
            f"{ctx.pick(['CONTACTLESS', 'CHIP', 'SANS CONTACT', 'kontaktlos', ''])}",
            f"************{ctx.digits(4)}",
            f"AID: A0000000{ctx.pick(['031010', '041010', '043060', '421010'])}",
            f"TVR: {ctx.code('**********')}  TSI: {ctx.code('****')}",
            f"{AUTH_WORD[lang]}: {ctx.code('######')}",
        ],
        mono=True,
    )
    b.fields([({"en": "TOTAL", "fr": "MONTANT", "de": "Betrag", "nl": "TOTAAL"}[lang], ctx.money(amount))], sep=" ")
    b.lines(
        [approved, copy, ctx.pick(["PLEASE RETAIN FOR YOUR RECORDS", "NO SIGNATURE REQUIRED", "PIN VERIFIED", ""])],
        align="center",
    )
    return b.build(None, "receipt")


@dataclass(frozen=True)
class TillVocab:
    items: list[tuple[str, float, float]]
    total: list[str]
    vat: str
    paid: list[str]
    change: str
    thanks: list[str]
    head: list[str]
    rates: list[float]


EU_TILL = {
    "fr": TillVocab(
        items=[
            ("BAGUETTE TRADITION", 1, 1.5),
            ("CROISSANT", 1, 1.6),
            ("CAFE EXPRESSO", 1.5, 3),
            ("EAU MINERALE 1.5L", 0.5, 1.2),
            ("POULET ROTI", 8, 14),
            ("FROMAGE COMTE", 4, 9),
            ("PAIN DE MIE", 1.5, 3),
            ("YAOURT NATURE X4", 1.5, 3),
            ("JAMBON BLANC", 2.5, 5),
            ("VIN ROUGE AOC", 5, 15),
            ("LESSIVE LIQUIDE", 6, 12),
            ("PILES LR6 X4", 4, 8),
        ],
        total=["TOTAL", "TOTAL TTC", "MONTANT TTC", "A PAYER"],
        vat="TVA",
        paid=["CB", "CARTE BANCAIRE", "ESPECES"],
        change="RENDU",
        thanks=["MERCI DE VOTRE VISITE", "A BIENTOT", "MERCI ET A BIENTOT", "CONSERVEZ VOTRE TICKET"],
        head=["TICKET", "TICKET DE CAISSE", "", "FACTURETTE"],
        rates=[5.5, 20.0, 10.0],
    ),
    "de": TillVocab(
        items=[
            ("BROETCHEN", 0.3, 0.8),
            ("VOLLMILCH 3,5%", 0.9, 1.5),
            ("BANANEN", 1, 2.5),
            ("KAFFEE CREMA", 2, 4),
            ("BUTTER 250G", 1.8, 3.2),
            ("GOUDA SCHEIBEN", 1.5, 3),
            ("APFELSCHORLE", 0.8, 1.8),
            ("PFAND", 0.25, 0.25),
            ("TOILETTENPAPIER", 2.5, 5),
            ("SPAGHETTI 500G", 0.8, 2),
            ("WASCHMITTEL", 4, 12),
            ("BIER 0,5L", 0.8, 1.6),
        ],
        total=["SUMME", "Summe EUR", "ZU ZAHLEN", "GESAMT"],
        vat="MwSt",
        paid=["BAR", "EC-Karte", "Kartenzahlung", "Girocard"],
        change="Rückgeld",
        thanks=["Vielen Dank für Ihren Einkauf", "Danke und auf Wiedersehen", "Bitte Bon aufbewahren"],
        head=["Kassenbon", "BON", "", "Beleg"],
        rates=[7.0, 19.0],
    ),
    "nl": TillVocab(
        items=[
            ("BRUIN BROOD", 1.5, 3),
            ("HALFVOLLE MELK", 1, 1.5),
            ("KAAS JONG BELEGEN", 3, 7),
            ("APPELS", 1.5, 3),
            ("KOFFIE", 2, 4),
            ("STROOPWAFELS", 1.5, 3),
            ("PINDAKAAS", 2, 4),
            ("BIER KRAT", 12, 18),
            ("TANDPASTA", 1.5, 4),
        ],
        total=["TOTAAL", "TE BETALEN", "Totaal"],
        vat="BTW",
        paid=["PIN", "CONTANT", "Betaald met PIN"],
        change="WISSELGELD",
        thanks=["Bedankt voor uw bezoek", "Tot ziens!", "Bewaar uw kassabon"],
        head=["Kassabon", "", "BON"],
        rates=[9.0, 21.0],
    ),
    "es": TillVocab(
        items=[
            ("PAN BARRA", 0.6, 1.2),
            ("LECHE ENTERA", 0.8, 1.4),
            ("ACEITE OLIVA 1L", 5, 10),
            ("TOMATES", 1, 3),
            ("CAFE CON LECHE", 1.2, 2.2),
            ("JAMON SERRANO", 3, 8),
            ("AGUA 1,5L", 0.4, 1),
            ("CERVEZA", 0.8, 2),
        ],
        total=["TOTAL", "TOTAL A PAGAR", "TOTAL EUROS"],
        vat="IVA",
        paid=["TARJETA", "EFECTIVO"],
        change="CAMBIO",
        thanks=["GRACIAS POR SU VISITA", "GRACIAS POR SU COMPRA"],
        head=["TICKET", "FACTURA SIMPLIFICADA", ""],
        rates=[4.0, 10.0, 21.0],
    ),
}


def receipt_eu_till(rng: random.Random) -> SyntheticDocument:
    lang = rng.choice(["fr", "fr", "de", "de", "nl", "es"])
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "es": "es_ES"}[lang])
    v = EU_TILL[lang]
    b = start(LABEL, ctx)
    shop = ctx.pick(
        [
            "CARREFOUR CITY",
            "MONOPRIX",
            "BOULANGERIE",
            "LIDL",
            "EDEKA",
            "REWE",
            "ALBERT HEIJN",
            "JUMBO",
            "MERCADONA",
            "SPAR",
            "PHARMACIE",
            "TABAC PRESSE",
            "BIOMARKT",
            "DROGERIE",
        ]
    )
    b.lines([shop, ctx.street().upper(), ctx.city().upper(), ctx.phone()], align="center")
    head = ctx.pick(v.head)
    if head:
        b.lines([head], align="center", bold=True)
    rows = []
    total_amount = 0.0
    items = v.items
    for name, lo, hi in ctx.some(items, 2, 10):
        price = ctx.amount(lo, hi)
        total_amount += price
        rows.append([name, ctx.num(price), ctx.pick(["A", "B", "1", "2", ""])])
    b.table(None, rows, numeric_from=1)
    b.fields([(ctx.pick(v.total), ctx.money(total_amount))], sep="  ")
    rate = ctx.pick(v.rates)
    tax = total_amount * rate / (100 + rate)
    b.table(
        [v.vat, "%", "HT" if lang == "fr" else "Netto" if lang == "de" else "Excl" if lang == "nl" else "Base", v.vat],
        [["A", f"{rate:g}", ctx.num(total_amount - tax), ctx.num(tax)]],
        numeric_from=1,
    )
    b.fields([(ctx.pick(v.paid), ctx.money(total_amount))], sep="  ")
    day = ctx.day()
    b.lines(
        [
            f"{ctx.date(day)}  {ctx.randint(7, 21):02d}:{ctx.randint(0, 59):02d}",
            f"{ctx.pick(['Kasse', 'CAISSE', 'KASSA', 'CAJA'])} {ctx.randint(1, 9)}  {ctx.code('####/###')}",
        ]
    )
    if lang == "de" and ctx.chance(0.6):
        b.lines(
            [
                f"TSE-Signatur: {ctx.code('************************')}",
                f"TSE-Transaktion: {ctx.digits(6)}",
                f"St.-Nr.: {ctx.code('###/###/#####')}",
            ],
            mono=True,
        )
    b.lines([ctx.pick(v.thanks)], align="center")
    return b.build(None, "receipt")


def receipt_online_payment(rng: random.Random) -> SyntheticDocument:
    """Receipts e-mailed after an online payment: 'Receipt from X', amount paid, payment method."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_AU", "en_IN", "en_CA"]))
    b = start(LABEL, ctx)
    merchant = ctx.company()
    amount = ctx.amount(5, 900)
    day = ctx.day()
    title = ctx.pick(
        [
            f"Receipt from {merchant}",
            "Payment receipt",
            "Your receipt",
            "Payment Confirmation",
            "Thanks for your payment",
        ]
    )
    b.p(
        ctx.pick(
            [
                f"Receipt #{ctx.code('####-####')}",
                f"Order {ctx.code('#########')}",
                f"Transaction ID: {ctx.code('**********')}",
            ]
        )
    )
    b.fields(
        [
            (ctx.pick(["Amount paid", "Total paid", "Amount"]), ctx.money(amount)),
            (ctx.pick(["Date paid", "Payment date", "Paid on"]), ctx.date(day)),
            (
                ctx.pick(["Payment method", "Paid with"]),
                f"{ctx.pick(['Visa', 'Mastercard', 'Amex', 'PayPal', 'UPI', 'Apple Pay'])} - {ctx.digits(4)}",
            ),
        ]
    )
    b.h("Summary", 3)
    rows = [
        [
            ctx.pick(
                [
                    "Annual membership",
                    "Donation",
                    "Event registration",
                    "Parking permit",
                    "Course fee",
                    "Gym membership - monthly",
                    "Tuition installment",
                    "Consultation fee",
                ]
            ),
            ctx.money(amount),
        ]
    ]
    b.table(None, rows, numeric_from=1)
    b.fields([("Amount charged", ctx.money(amount))])
    b.p(
        ctx.pick(
            [
                f"If you have any questions, contact us at support@{ctx.domain(merchant)}.",
                "Something wrong with the email? View it in your browser.",
                "You're receiving this email because you made a purchase.",
            ]
        ),
        small=True,
    )
    return b.build(title)


def receipt_cash_book(rng: random.Random) -> SyntheticDocument:
    """Receipt-book slips filled in by hand: rent, fees, donations ('Received with thanks from ...')."""
    ctx = Ctx(rng, rng.choice(["en_IN", "en_IN", "en_US", "en_GB", "en_MY"]))
    b = start(LABEL, ctx)
    amount = ctx.amount(50, 25000, whole=True)
    if ctx.chance(0.5):
        b.lines([ctx.company().upper(), ctx.address()], align="center")
    b.fields([("No.", ctx.digits(4)), ("Date", ctx.date(ctx.day()))], columns=2, hand=True)
    words = amount_in_words(amount, indian=ctx.locale == "en_IN")
    currency = {"en_IN": "Rupees", "en_MY": "Ringgit", "en_GB": "Pounds"}.get(ctx.locale, "Dollars")
    b.fields(
        [
            (ctx.pick(["Received with thanks from", "Received from", "Received from Mr./Mrs."]), ctx.person()),
            (ctx.pick(["the sum of", f"the sum of {currency}", "Amount in words"]), f"{words} only"),
            (
                ctx.pick(["towards", "being payment of", "for"]),
                ctx.pick(
                    [
                        "rent for the month of " + ctx.month(ctx.day()),
                        "tuition fees",
                        "advance",
                        "membership",
                        "donation",
                        "security deposit",
                        "repairs",
                    ]
                ),
            ),
            ("by Cash/Cheque No.", ctx.pick(["Cash", ctx.digits(6), "UPI"])),
        ],
        sep=" ",
        hand=True,
    )
    b.fields([(ctx.pick(["Rs.", "₹", "$", "£", "RM", "Amount"]), ctx.num(amount))], sep=" ", hand=True)
    b.lines(
        [
            "Receiver's Signature" if ctx.chance(0.5) else "Signature",
            ctx.pick(["", "Revenue stamp", "(Subject to realisation of cheque)"]),
        ],
        align="right",
    )
    return b.build(
        ctx.pick(["RECEIPT", "CASH RECEIPT", "Rent Receipt", "Money Receipt", "Payment Receipt"]), "handwritten"
    )


def receipt_fuel(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_IN", "en_AU", "fr_FR", "de_DE", "en_MY"]))
    b = start(LABEL, ctx)
    brand = ctx.pick(
        ["SHELL", "BP", "PETRONAS", "ESSO", "TOTALENERGIES", "ARAL", "INDIAN OIL", "CHEVRON", "MOBIL", "CALTEX"]
    )
    b.lines(
        [brand, ctx.pick(["", "STATION", "SERVICE STATION"]) + " " + ctx.city().upper(), ctx.street().upper()],
        align="center",
    )
    litres = ctx.amount(5, 70)
    unit = (
        ctx.amount(1.2, 2.2)
        if ctx.locale not in ("en_US", "en_IN", "en_MY")
        else ctx.amount(2.5, 5.5)
        if ctx.locale == "en_US"
        else ctx.amount(90, 110)
        if ctx.locale == "en_IN"
        else ctx.amount(2.0, 3.5)
    )
    vol_unit = "GAL" if ctx.locale == "en_US" else "L"
    fuel = ctx.pick(
        {"fr": ["GAZOLE", "SP95", "SP98", "E10"], "de": ["SUPER E10", "DIESEL", "SUPER PLUS"]}.get(
            ctx.lang,
            ["RON95", "RON97", "DIESEL"]
            if ctx.locale == "en_MY"
            else ["UNLEADED", "DIESEL", "PREMIUM", "PETROL", "REGULAR"],
        )
    )
    b.fields(
        [
            ("PUMP" if ctx.lang == "en" else "POMPE" if ctx.lang == "fr" else "Säule", str(ctx.randint(1, 16))),
            ("PRODUCT" if ctx.lang == "en" else "PRODUIT" if ctx.lang == "fr" else "Produkt", fuel),
            ("VOLUME", f"{ctx.num(litres, 3)} {vol_unit}"),
            ("PRICE/" + vol_unit, ctx.num(unit, 3)),
            ("TOTAL", ctx.money(litres * unit)),
        ],
        sep=ctx.pick([": ", "  "]),
    )
    b.lines(_card_lines(ctx, ctx.num(litres * unit)) if ctx.chance(0.6) else ["CASH"])
    b.lines(
        [
            ctx.date(ctx.day()) + f" {ctx.randint(0, 23):02d}:{ctx.randint(0, 59):02d}",
            ctx.pick(["THANK YOU", "MERCI", "DANKE", "DRIVE SAFELY"]),
        ],
        align="center",
    )
    return b.build(None, "receipt")


def receipt_india_retail(rng: random.Random) -> SyntheticDocument:
    """Indian supermarket and pharmacy bills: 'Cash Memo', MRP, GST breakup, 'You saved'."""
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    b.lines(
        [
            ctx.pick(
                [
                    "SUPERMART",
                    "MEDPLUS PHARMACY",
                    "FRESH BAZAAR",
                    "RELIANCE SMART",
                    "APOLLO PHARMACY",
                    "KIRANA STORES",
                ]
            )
            + " "
            + ctx.city().upper(),
            ctx.address(),
            f"GSTIN: {ctx.gstin()}",
            f"Ph: {ctx.phone()}",
        ],
        align="center",
    )
    b.lines(
        [ctx.pick(["CASH MEMO", "TAX INVOICE", "BILL OF SUPPLY", "RETAIL INVOICE", "CASH/CREDIT BILL"])],
        align="center",
        bold=True,
    )
    b.fields(
        [("Bill No", ctx.code("###/#####")), ("Date", ctx.date(ctx.day())), ("Cashier", ctx.first_name())], columns=3
    )
    products = [
        ("Atta 5kg", 220, 320),
        ("Toor Dal 1kg", 120, 180),
        ("Sunflower Oil 1L", 130, 190),
        ("Sugar 1kg", 40, 50),
        ("Tea 250g", 110, 160),
        ("Paracetamol 650 Tab", 20, 35),
        ("Soap 4x100g", 120, 200),
        ("Biscuits", 10, 40),
        ("Milk 500ml", 25, 35),
        ("Rice Sona Masoori 5kg", 300, 450),
        ("Detergent 1kg", 90, 150),
    ]
    rows = []
    net = 0.0
    mrp_total = 0.0
    for name, lo, hi in ctx.some(products, 2, 10):
        qty = ctx.randint(1, 3)
        mrp = ctx.amount(lo, hi)
        rate = round(mrp * ctx.pick([1.0, 0.95, 0.9]), 2)
        rows.append([name, str(qty), ctx.num(mrp), ctx.num(rate), ctx.num(qty * rate)])
        net += qty * rate
        mrp_total += qty * mrp
    b.table(["Item", "Qty", "MRP", "Rate", "Amount"], rows, numeric_from=1)
    b.fields(
        [("Total Items", str(len(rows))), ("Net Amount", ctx.money(net)), ("You Saved", ctx.money(mrp_total - net))],
        sep=" : ",
    )
    b.table(
        ["GST%", "Taxable", "CGST", "SGST"],
        [
            [str(r), ctx.num(net * 0.4), ctx.num(net * r / 400), ctx.num(net * r / 400)]
            for r in ctx.some([5, 12, 18], 1, 2)
        ],
        numeric_from=1,
    )
    b.fields([(ctx.pick(["Paid by", "Tender"]), ctx.pick(["Cash", "UPI", "Card", "Paytm"]))])
    b.lines([ctx.pick(["Thank you! Visit again", "Goods once sold will not be taken back", "E&OE"])], align="center")
    return b.build(None, "receipt")


def receipt_ride(rng: random.Random) -> SyntheticDocument:
    """Taxi / ride-hailing / parking receipts."""
    ctx = Ctx(rng, rng.choice(["en_US", "en_GB", "en_IN", "en_AU", "en_MY"]))
    b = start(LABEL, ctx)
    fare = ctx.amount(4, 90)
    kind = ctx.pick(["ride", "taxi", "parking"])
    if kind == "parking":
        b.lines(
            [ctx.pick(["CITY PARKING", "AIRPORT PARKING P2", "MULTI-STOREY CAR PARK"]), ctx.street()], align="center"
        )
        b.fields(
            [
                ("Entry", f"{ctx.date(ctx.day())} 08:{ctx.randint(10, 59)}"),
                ("Exit", f"{ctx.randint(9, 20)}:{ctx.randint(10, 59)}"),
                ("Duration", f"{ctx.randint(1, 9)}h {ctx.randint(0, 59)}m"),
                ("Amount paid", ctx.money(fare)),
                ("Ticket No", ctx.digits(10)),
            ]
        )
        return b.build(ctx.pick(["PARKING RECEIPT", "RECEIPT", None]), "receipt")
    b.p(ctx.pick([f"Thanks for riding, {ctx.first_name()}", "Here's your receipt", "Trip receipt", "TAXI RECEIPT"]))
    b.fields(
        [
            ("Total", ctx.money(fare)),
            ("Trip fare", ctx.money(fare * 0.8)),
            (ctx.pick(["Booking fee", "Service fee", "Airport surcharge", "Tolls"]), ctx.money(fare * 0.15)),
            ("Promotion", "-" + ctx.money(fare * 0.05)) if ctx.chance(0.3) else ("Tip", ctx.money(fare * 0.05)),
            ("Payments", f"{ctx.pick(['Visa', 'Cash', 'Mastercard', 'Wallet'])} ••••{ctx.digits(4)}"),
        ]
    )
    b.lines(
        [
            f"Pickup: {ctx.street()}",
            f"Drop-off: {ctx.street()}",
            f"{ctx.num(ctx.amount(1, 40), 1)} km | {ctx.randint(4, 80)} min",
            f"Driver: {ctx.first_name()}  Vehicle: {ctx.code('??## ???')}",
        ]
    )
    return b.build(ctx.pick([None, "Receipt", "Your trip"]), ctx.pick(["receipt", "page"]))


@dataclass(frozen=True)
class RestaurantVocab:
    title: list[str]
    table: str
    guests: str
    server: str
    items: list[tuple[str, float, float]]
    total: list[str]
    vat: str
    paid: list[str]
    thanks: list[str]


RESTAURANT_EU = {
    "fr": RestaurantVocab(
        title=["ADDITION", "NOTE", "TICKET", "Facture"],
        table="Table",
        guests="Couverts",
        server="Serveur",
        items=[
            ("Menu du jour", 14, 22),
            ("Entrecôte frites", 18, 28),
            ("Salade niçoise", 11, 16),
            ("Café gourmand", 7, 10),
            ("Pichet de vin rouge", 9, 16),
            ("Eau minérale", 3, 5),
            ("Crème brûlée", 6, 9),
            ("Croque-monsieur", 9, 13),
        ],
        total=["TOTAL TTC", "Total", "Montant TTC", "NET A PAYER"],
        vat="dont TVA 10%",
        paid=["CB", "Espèces", "Ticket restaurant", "Carte bancaire"],
        thanks=["Merci de votre visite", "Service compris", "A bientôt !"],
    ),
    "de": RestaurantVocab(
        title=["RECHNUNG", "Bewirtungsbeleg", "Rechnung", "BON"],
        table="Tisch",
        guests="Personen",
        server="Bedienung",
        items=[
            ("Schnitzel Wiener Art", 14, 22),
            ("Currywurst Pommes", 8, 12),
            ("Weizenbier 0,5l", 4, 6),
            ("Apfelschorle", 3, 4.5),
            ("Käsespätzle", 11, 15),
            ("Kaffee", 2.5, 4),
            ("Apfelstrudel", 5, 7),
            ("Salatteller", 9, 14),
        ],
        total=["SUMME EUR", "Gesamt", "Zu zahlen", "Summe"],
        vat="inkl. 19% MwSt",
        paid=["Bar", "EC-Karte", "Kreditkarte"],
        thanks=["Vielen Dank für Ihren Besuch!", "Es bediente Sie: Team", "Trinkgeld ist nicht enthalten"],
    ),
    "nl": RestaurantVocab(
        title=["REKENING", "Bon", "Kassabon"],
        table="Tafel",
        guests="Personen",
        server="Bediening",
        items=[
            ("Uitsmijter ham kaas", 9, 13),
            ("Bitterballen", 6, 9),
            ("Pils", 3, 4.5),
            ("Koffie verkeerd", 3, 4.5),
            ("Appeltaart met slagroom", 4, 6),
            ("Saté van de haas", 15, 21),
            ("Verse muntthee", 3, 4),
        ],
        total=["TOTAAL", "Te betalen", "Totaal"],
        vat="incl. btw 9%",
        paid=["PIN", "Contant", "Creditcard"],
        thanks=["Bedankt en tot ziens!", "Graag tot de volgende keer"],
    ),
    "es": RestaurantVocab(
        title=["CUENTA", "FACTURA SIMPLIFICADA", "TICKET"],
        table="Mesa",
        guests="Comensales",
        server="Camarero",
        items=[
            ("Menú del día", 11, 16),
            ("Paella mixta", 14, 20),
            ("Caña", 2, 3.5),
            ("Tortilla española", 6, 9),
            ("Patatas bravas", 5, 7),
            ("Agua mineral", 2, 3),
            ("Café solo", 1.3, 2),
            ("Flan casero", 4, 6),
        ],
        total=["TOTAL", "TOTAL EUROS", "Importe total"],
        vat="IVA incluido 10%",
        paid=["Tarjeta", "Efectivo"],
        thanks=["Gracias por su visita", "Propina no incluida"],
    ),
}


def receipt_restaurant_eu(rng: random.Random) -> SyntheticDocument:
    """Restaurant and café bills from France, Germany, the Netherlands and Spain."""
    lang = rng.choice(["fr", "fr", "de", "de", "nl", "es"])
    ctx = Ctx(rng, {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "es": "es_ES"}[lang])
    v = RESTAURANT_EU[lang]
    b = start(LABEL, ctx)
    name = ctx.pick(["Le Petit ", "Brasserie ", "Gasthaus ", "Café ", "Restaurante ", "Eetcafé "]) + ctx.last_name()
    b.lines([name, ctx.street(), ctx.city(), ctx.phone()], align="center")
    if lang == "fr" and ctx.chance(0.5):
        b.lines([f"SIRET {ctx.code('### ### ### #####')}", f"TVA FR{ctx.digits(11)}"], align="center")
    if lang == "de" and ctx.chance(0.5):
        b.lines([f"St.-Nr. {ctx.code('###/###/#####')}"], align="center")
    b.lines([ctx.pick(v.title)], align="center", bold=True)
    day = ctx.day()
    b.fields(
        [
            (v.table, str(ctx.randint(1, 40))),
            (v.guests, str(ctx.randint(1, 8))),
            (v.server, ctx.first_name()),
            ("", f"{ctx.date(day)} {ctx.randint(11, 23)}:{ctx.randint(0, 59):02d}"),
        ],
        columns=2,
        sep=" ",
    )
    rows = []
    total = 0.0
    for dish, lo, hi in ctx.some(v.items, 2, 7):
        qty = ctx.randint(1, 3)
        amount = qty * ctx.amount(lo, hi)
        total += amount
        rows.append([f"{qty}x", dish, ctx.num(amount)])
    b.table(None, rows, numeric_from=2)
    b.fields([(ctx.pick(v.total), ctx.money(total)), (v.vat, ctx.money(total * 0.1 / 1.1))], sep="  ")
    b.fields([(ctx.pick(v.paid), ctx.money(total))], sep="  ")
    b.lines([ctx.pick(v.thanks)], align="center")
    return b.build(None, "receipt")


TEMPLATES: TemplateTable = {
    LABEL: [
        receipt_malaysia_shop,
        receipt_us_pos,
        receipt_restaurant,
        receipt_card_terminal,
        receipt_eu_till,
        receipt_online_payment,
        receipt_cash_book,
        receipt_fuel,
        receipt_india_retail,
        receipt_ride,
        receipt_restaurant_eu,
    ]
}
