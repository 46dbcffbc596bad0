"""Receipts: till rolls from Malaysia, the US, India, Europe and East Asia, card slips, restaurants, fuel, rides,
e-mails, pharmacies, admissions/parking/tolls, wallets, payment acknowledgements, receipt books, donations."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from training.synth.content.common import TemplateTable, start
from training.synth.context import Ctx
from training.synth.locales import WEEKDAYS_EN, amount_in_words, dmy, format_number
from training.synth.model import DocBuilder, SyntheticDocument

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


# ---------------------------------------------------------------------------------------------------------
# Helpers for the templates below: amounts as tills print them, clock times, numeric dates.

CARD_BRANDS = {
    "en": ["VISA", "MASTERCARD", "DEBIT", "AMEX", "VISA DEBIT"],
    "fr": ["CB", "VISA", "MASTERCARD", "CB CONTACT"],
    "de": ["GIROCARD", "VISA", "MASTERCARD", "MAESTRO", "V PAY"],
    "es": ["VISA", "MASTERCARD", "MAESTRO"],
    "it": ["BANCOMAT", "VISA", "MASTERCARD", "PAGOBANCOMAT"],
    "nl": ["MAESTRO", "V PAY", "VISA", "BANCONTACT"],
    "pt": ["MULTIBANCO", "VISA", "MASTERCARD", "ELO"],
}
AMOUNT_SEPARATORS = {
    "dot": (",", "."),
    "comma": (".", ","),
    "space": (" ", ","),
    "swiss": ("'", "."),
    "bare": ("", "."),
    "barecomma": ("", ","),
}


def _amt(amount: float, style: str = "dot", decimals: int = 2) -> str:
    """``amount`` with the separators of ``style`` (see AMOUNT_SEPARATORS); no currency."""
    return format_number(amount, *AMOUNT_SEPARATORS[style], decimals)


def _clock(ctx: Ctx, low: int = 7, high: int = 22, *, seconds: bool = False) -> str:
    text = f"{ctx.randint(low, high):02d}:{ctx.randint(0, 59):02d}"
    return text + f":{ctx.randint(0, 59):02d}" if seconds else text


def _dnum(day: dt.date, pattern: str) -> str:
    """A numeric date from a pattern such as '{d:02d}/{m:02d}/{y}'."""
    return pattern.format(d=day.day, m=day.month, y=day.year, yy=str(day.year)[2:])


def _phone(ctx: Ctx) -> str:
    # Faker's en_PH has no phone numbers.
    if ctx.locale == "en_PH":
        return ctx.code(ctx.pick(["(02) 8###-####", "+63 9## ### ####", "09##-###-####"]))
    return ctx.phone()


def _twelve_hour(hour: int, minute: int) -> str:
    return f"{(hour % 12) or 12}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"


def _cash_given(ctx: Ctx, total_amount: float) -> float:
    """What a customer hands over for ``total_amount``: the exact sum or the next round note."""
    if ctx.chance(0.25):
        return total_amount
    for note in (5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000):
        if note >= total_amount and ctx.chance(0.7):
            return float(note)
    return float(int(total_amount) + 1)


# ---------------------------------------------------------------------------------------------------------
# Till tickets in six European languages, from a two-line bakery ticket to a full basket.


@dataclass(frozen=True)
class TicketVocab:
    locales: tuple[str, ...]
    shops: list[str]
    heads: list[str]
    items: list[tuple[str, float, float]]
    total: list[str]
    card: list[str]
    cash: list[str]
    change: list[str]
    vat: str
    net: str
    gross: str
    vat_incl: str
    cashier: list[str]
    number: list[str]
    count: list[str]
    thanks: list[str]
    tax_ids: list[str]


TICKETS = {
    "fr": TicketVocab(
        locales=("fr_FR", "fr_FR", "fr_FR", "fr_BE", "fr_CH"),
        shops=[
            "CARREFOUR CITY",
            "FRANPRIX",
            "MONOPRIX",
            "INTERMARCHE",
            "PROXI",
            "SUPERETTE DU CENTRE",
            "EPICERIE FINE",
            "BOULANGERIE PATISSERIE",
            "TABAC PRESSE LOTO",
            "BIOCOOP",
            "U EXPRESS",
            "CASINO SHOP",
            "LA MIE CALINE",
            "MAISON DE LA PRESSE",
        ],
        heads=["TICKET DE CAISSE", "TICKET CLIENT", "REÇU", "FACTURETTE", "Ticket", "DUPLICATA"],
        items=[
            ("BAGUETTE TRADITION", 1.0, 1.4),
            ("CROISSANT BEURRE", 1.0, 1.5),
            ("PAIN AU CHOCOLAT", 1.1, 1.6),
            ("LAIT DEMI-ECREME 1L", 0.9, 1.3),
            ("BEURRE DOUX 250G", 2.2, 3.5),
            ("EMMENTAL RAPE 200G", 1.8, 3.2),
            ("JAMBON DE PARIS X4", 2.5, 4.5),
            ("YAOURT NATURE X8", 1.6, 3.0),
            ("POMMES GOLDEN", 1.8, 3.5),
            ("EAU MINERALE 6X1,5L", 1.6, 2.8),
            ("CAFE MOULU 250G", 2.5, 5.0),
            ("COQUILLETTES 500G", 0.9, 2.0),
            ("COCA-COLA 1,5L", 1.7, 2.5),
            ("PAPIER TOILETTE X12", 3.5, 6.5),
            ("LE PARISIEN", 1.4, 1.8),
            ("CHIPS NATURE", 1.5, 2.8),
            ("VIN ROUGE BORDEAUX", 4.0, 12.0),
            ("SAC CABAS", 0.1, 0.5),
            ("TARTE AUX POMMES", 2.5, 4.5),
        ],
        total=["TOTAL", "TOTAL TTC", "TOTAL EUR", "A PAYER", "NET A PAYER", "MONTANT TTC"],
        card=["CB", "CB SANS CONTACT", "CARTE BANCAIRE", "CB EMV", "CARTE BLEUE", "TITRE RESTAURANT"],
        cash=["ESPECES", "ESPECES", "REGLEMENT ESPECES"],
        change=["RENDU", "RENDU MONNAIE", "A RENDRE"],
        vat="TVA",
        net="HT",
        gross="TTC",
        vat_incl="dont TVA",
        cashier=["Caisse", "Hôtesse", "Caissier", "Vendeur", "Opérateur"],
        number=["Ticket", "N° ticket", "Ticket n°", "Trans."],
        count=["Nombre d'articles", "NB ARTICLES", "Articles"],
        thanks=[
            "MERCI DE VOTRE VISITE",
            "A BIENTOT",
            "Merci et bonne journée",
            "Ticket à conserver pour tout échange",
            "Pas d'échange sans ticket",
            "MERCI ET A BIENTOT",
        ],
        tax_ids=["SIRET ### ### ### #####", "TVA FR## #########", "RCS B ### ### ###", "NAF ####?"],
    ),
    "de": TicketVocab(
        locales=("de_DE", "de_DE", "de_DE", "de_AT", "de_CH"),
        shops=[
            "REWE",
            "EDEKA",
            "NETTO MARKEN-DISCOUNT",
            "PENNY",
            "ALDI SÜD",
            "KAUFLAND",
            "dm-drogerie markt",
            "ROSSMANN",
            "BÄCKEREI",
            "KIOSK AM BAHNHOF",
            "BIOMARKT",
            "GETRÄNKEMARKT",
            "BILLA",
            "SPAR",
            "MIGROS",
            "COOP",
        ],
        heads=["Kassenbon", "KASSENBON", "Beleg", "Quittung", "BON", "Rechnung"],
        items=[
            ("BROETCHEN", 0.3, 0.6),
            ("LAUGENBREZEL", 0.7, 1.2),
            ("VOLLMILCH 3,5% 1L", 0.9, 1.4),
            ("BUTTER 250G", 1.8, 3.2),
            ("GOUDA JUNG", 1.5, 3.0),
            ("BANANEN", 1.2, 2.2),
            ("AEPFEL ELSTAR", 1.5, 3.0),
            ("KAFFEE GEMAHLEN 500G", 4.0, 8.0),
            ("MINERALWASSER 6X1,5L", 1.5, 4.0),
            ("PFAND", 0.25, 3.3),
            ("SPAGHETTI 500G", 0.7, 1.8),
            ("TOMATEN PASSIERT", 0.6, 1.5),
            ("TOILETTENPAPIER 8ER", 2.5, 5.0),
            ("ZAHNPASTA", 0.9, 3.0),
            ("SCHOKOLADE VOLLMILCH", 0.9, 2.5),
            ("PILS 0,5L", 0.8, 1.5),
            ("TRAGETASCHE", 0.2, 0.5),
            ("EIER 10ER FREILAND", 2.2, 3.8),
        ],
        total=["SUMME", "Summe EUR", "ZU ZAHLEN", "GESAMT", "Gesamtbetrag", "SUMME EUR"],
        card=["EC-Karte", "Girocard", "Kartenzahlung", "Maestro", "VISA kontaktlos", "Bankomat"],
        cash=["BAR", "Gegeben BAR", "Bar"],
        change=["Rückgeld", "ZURÜCK", "Rückgeld BAR"],
        vat="MwSt",
        net="Netto",
        gross="Brutto",
        vat_incl="enth. MwSt",
        cashier=["Kasse", "Bed.", "Bediener", "Kassierer", "Es bediente Sie"],
        number=["Bon-Nr.", "Beleg-Nr.", "Bon", "Trans.-Nr."],
        count=["Anzahl Artikel", "Positionen", "Artikel"],
        thanks=[
            "Vielen Dank für Ihren Einkauf",
            "Danke und auf Wiedersehen",
            "Bitte Kassenbon aufbewahren",
            "Umtausch nur mit Kassenbon",
            "Wir danken für Ihren Besuch",
        ],
        tax_ids=["St.-Nr. ###/###/#####", "USt-IdNr. DE#########", "UID ATU########", "MWST CHE-###.###.###"],
    ),
    "es": TicketVocab(
        locales=("es_ES", "es_ES", "es_ES", "es_MX"),
        shops=[
            "MERCADONA",
            "DIA",
            "CARREFOUR EXPRESS",
            "EROSKI CITY",
            "CONSUM",
            "ALCAMPO",
            "SUPERCOR",
            "PANADERIA",
            "ESTANCO",
            "FERRETERIA",
            "FRUTERIA",
            "LIBRERIA PAPELERIA",
            "OXXO",
            "BODEGA AURRERA",
        ],
        heads=["TICKET", "FACTURA SIMPLIFICADA", "TIQUE", "TICKET DE COMPRA", "RECIBO"],
        items=[
            ("PAN BARRA", 0.5, 1.2),
            ("LECHE ENTERA 1L", 0.8, 1.3),
            ("ACEITE OLIVA V.EXTRA 1L", 5.0, 10.0),
            ("TOMATE PERA", 1.2, 2.8),
            ("HUEVOS L DOCENA", 1.8, 3.0),
            ("JAMON COCIDO", 1.5, 3.5),
            ("QUESO MANCHEGO CUÑA", 3.0, 7.0),
            ("AGUA MINERAL 1,5L", 0.3, 0.9),
            ("CERVEZA LATA 33CL", 0.4, 1.1),
            ("YOGUR NATURAL 4U", 0.9, 2.0),
            ("PATATAS MALLA 3KG", 2.0, 4.0),
            ("DETERGENTE", 3.0, 9.0),
            ("GALLETAS MARIA", 0.8, 2.0),
            ("BOLSA", 0.05, 0.15),
            ("CAFE MOLIDO", 2.0, 5.0),
            ("ARROZ REDONDO 1KG", 0.9, 2.0),
        ],
        total=["TOTAL", "TOTAL (€)", "TOTAL A PAGAR", "TOTAL COMPRA", "IMPORTE TOTAL"],
        card=["TARJETA", "TARJETA BANCARIA", "TARJ. CREDITO", "VISA", "CONTACTLESS"],
        cash=["EFECTIVO", "ENTREGADO", "ENTREGA EFECTIVO"],
        change=["CAMBIO", "DEVOLUCION", "A DEVOLVER"],
        vat="IVA",
        net="BASE IMP.",
        gross="TOTAL",
        vat_incl="IVA incluido",
        cashier=["Cajero", "Le atendió", "Caja", "Vendedor"],
        number=["Nº Ticket", "FRA. SIMPL. Nº", "Ticket Nº", "OP:"],
        count=["Nº ARTICULOS", "ARTICULOS", "Uds."],
        thanks=[
            "GRACIAS POR SU VISITA",
            "GRACIAS POR SU COMPRA",
            "CONSERVE SU TICKET",
            "IVA INCLUIDO",
            "NO SE ADMITEN DEVOLUCIONES SIN TICKET",
        ],
        tax_ids=["NIF: ?########", "CIF: ?-########", "N.I.F. ########?"],
    ),
    "it": TicketVocab(
        locales=("it_IT",),
        shops=[
            "COOP",
            "CONAD CITY",
            "ESSELUNGA",
            "CARREFOUR EXPRESS",
            "PAM LOCAL",
            "DESPAR",
            "ALIMENTARI",
            "PANIFICIO",
            "BAR TABACCHI",
            "FERRAMENTA",
            "EDICOLA",
            "PASTICCERIA",
            "MACELLERIA",
            "TIGOTA",
        ],
        heads=[
            "DOCUMENTO COMMERCIALE di vendita o prestazione",
            "DOCUMENTO COMMERCIALE",
            "SCONTRINO FISCALE",
            "SCONTRINO",
            "RICEVUTA",
        ],
        items=[
            ("PANE COMUNE", 1.0, 3.5),
            ("CORNETTO", 0.9, 1.5),
            ("CAFFE'", 1.0, 1.4),
            ("CAPPUCCINO", 1.3, 1.8),
            ("LATTE INTERO 1L", 1.1, 1.8),
            ("MOZZARELLA", 1.0, 2.5),
            ("PARMIGIANO REGGIANO", 3.0, 8.0),
            ("PROSCIUTTO CRUDO", 2.5, 6.0),
            ("PENNE RIGATE 500G", 0.7, 1.8),
            ("PASSATA POMODORO", 0.8, 1.8),
            ("ACQUA NATURALE 1,5L", 0.25, 0.7),
            ("BIRRA 66CL", 1.0, 2.5),
            ("MELE", 1.5, 3.0),
            ("OLIO EXTRA VERGINE", 5.0, 11.0),
            ("SHOPPER", 0.1, 0.2),
            ("DETERSIVO PIATTI", 1.2, 3.0),
            ("BISCOTTI", 1.5, 3.0),
        ],
        total=["TOTALE COMPLESSIVO", "TOTALE", "TOTALE EURO", "TOTALE COMPLESSIVO"],
        card=["PAGAMENTO ELETTRONICO", "BANCOMAT", "CARTA DI CREDITO", "PAGAMENTO CARTA"],
        cash=["PAGAMENTO CONTANTE", "CONTANTI", "CONTANTE"],
        change=["RESTO", "Resto"],
        vat="IVA",
        net="IMPONIBILE",
        gross="TOTALE",
        vat_incl="di cui IVA",
        cashier=["Cassiere", "Operatore", "Cassa", "Op."],
        number=["DOCUMENTO N.", "DOC. N.", "SCONTRINO N.", "N."],
        count=["N. PEZZI", "PEZZI", "Articoli"],
        thanks=[
            "GRAZIE E ARRIVEDERCI",
            "Grazie per la visita",
            "ARRIVEDERCI",
            "Conservare lo scontrino per eventuali cambi",
        ],
        tax_ids=["P.IVA ###########", "P. IVA IT###########", "C.F. e P.IVA ###########"],
    ),
    "nl": TicketVocab(
        locales=("nl_NL", "nl_NL", "nl_BE"),
        shops=[
            "ALBERT HEIJN",
            "JUMBO",
            "PLUS",
            "DIRK",
            "LIDL",
            "COOP",
            "SPAR CITY",
            "HEMA",
            "KRUIDVAT",
            "ACTION",
            "BAKKERIJ",
            "SLIJTERIJ",
            "COLRUYT",
            "DELHAIZE",
        ],
        heads=["KASSABON", "Kassabon", "BON", "Betaalbewijs", "Kassabon / Kasticket"],
        items=[
            ("BRUIN BROOD HEEL", 1.5, 3.0),
            ("HALFVOLLE MELK 1L", 0.9, 1.4),
            ("JONG BELEGEN KAAS", 3.0, 7.0),
            ("ROOMBOTER", 2.0, 3.5),
            ("APPELS ELSTAR", 1.5, 3.0),
            ("BANANEN", 1.0, 2.0),
            ("KOFFIEPADS", 2.5, 5.0),
            ("STROOPWAFELS", 1.5, 3.0),
            ("HAGELSLAG", 1.8, 3.0),
            ("PINDAKAAS", 2.0, 4.0),
            ("CHIPS NATUREL", 1.0, 2.5),
            ("PILS 6-PACK", 4.0, 8.0),
            ("STATIEGELD", 0.15, 0.25),
            ("TANDPASTA", 1.5, 4.0),
            ("WC PAPIER 8 ROL", 3.0, 6.0),
            ("DRAAGTAS", 0.25, 0.5),
        ],
        total=["TOTAAL", "TE BETALEN", "Totaal", "TOTAAL EUR"],
        card=["PIN", "PINNEN", "BETAALD PIN", "BANCONTACT", "MAESTRO", "CONTACTLOOS"],
        cash=["CONTANT", "CONTANT BETAALD"],
        change=["WISSELGELD", "TERUG"],
        vat="BTW",
        net="EXCL",
        gross="INCL",
        vat_incl="waarvan BTW",
        cashier=["Kassa", "Kassier", "Medewerker", "U werd geholpen door"],
        number=["Bonnr", "Transactie", "Bon nr.", "Ticket"],
        count=["AANTAL ARTIKELEN", "Artikelen", "STUKS"],
        thanks=[
            "BEDANKT VOOR UW BEZOEK",
            "Tot ziens!",
            "Bewaar uw kassabon",
            "Ruilen binnen 30 dagen met kassabon",
            "Bedankt en tot de volgende keer",
        ],
        tax_ids=["BTW NL#########B01", "KvK ########", "BTW BE0###.###.###", "Ondernemingsnr. 0###.###.###"],
    ),
    "pt": TicketVocab(
        locales=("pt_PT", "pt_PT", "pt_BR"),
        shops=[
            "PINGO DOCE",
            "CONTINENTE BOM DIA",
            "MINIPREÇO",
            "INTERMARCHÉ",
            "PADARIA",
            "PASTELARIA",
            "MERCEARIA",
            "DROGARIA",
            "PAPELARIA",
            "SUPERMERCADO",
            "PÃO DE AÇÚCAR",
            "CARREFOUR BAIRRO",
        ],
        heads=["FATURA SIMPLIFICADA", "FATURA-RECIBO", "TALÃO DE VENDA", "RECIBO", "Original"],
        items=[
            ("PÃO DE FORMA", 1.0, 2.5),
            ("PASTEL DE NATA", 0.9, 1.3),
            ("BICA", 0.6, 0.9),
            ("GALÃO", 1.0, 1.6),
            ("LEITE MEIO GORDO 1L", 0.6, 1.0),
            ("QUEIJO FLAMENGO", 1.5, 3.5),
            ("FIAMBRE", 1.2, 3.0),
            ("ARROZ CAROLINO 1KG", 0.9, 1.6),
            ("AZEITE VIRGEM EXTRA", 4.0, 9.0),
            ("BACALHAU", 8.0, 15.0),
            ("ÁGUA 1,5L", 0.2, 0.6),
            ("CERVEJA MINI", 0.5, 1.0),
            ("BATATA", 0.7, 1.5),
            ("SACO", 0.1, 0.1),
            ("FEIJÃO PRETO 1KG", 1.0, 2.5),
        ],
        total=["TOTAL", "TOTAL A PAGAR", "VALOR A PAGAR", "TOTAL EUR", "VALOR TOTAL"],
        card=["MULTIBANCO", "CARTÃO", "MB WAY", "CARTÃO DE DÉBITO", "CARTÃO DE CRÉDITO", "PIX"],
        cash=["NUMERÁRIO", "DINHEIRO"],
        change=["TROCO"],
        vat="IVA",
        net="INCID.",
        gross="TOTAL",
        vat_incl="IVA incluído",
        cashier=["Operador", "Caixa", "Op."],
        number=["FS", "Doc. nº", "Nº", "FR"],
        count=["Nº ARTIGOS", "Qtd. total de itens", "ARTIGOS"],
        thanks=[
            "OBRIGADO PELA SUA VISITA",
            "VOLTE SEMPRE",
            "Obrigado e volte sempre!",
            "Guarde este talão",
            "Trocas mediante apresentação do talão",
        ],
        tax_ids=["NIF: #########", "Contribuinte nº #########", "NIPC ### ### ###"],
    ),
}
TICKET_MONEY = {
    "fr_CH": ("CHF", "swiss"),
    "de_CH": ("CHF", "swiss"),
    "es_MX": ("MXN", "dot"),
    "pt_BR": ("BRL", "comma"),
}
TICKET_VAT = {
    "fr_FR": [5.5, 10.0, 20.0],
    "fr_BE": [6.0, 21.0],
    "fr_CH": [2.6, 8.1],
    "de_DE": [7.0, 19.0],
    "de_AT": [10.0, 20.0],
    "de_CH": [2.6, 8.1],
    "es_ES": [4.0, 10.0, 21.0],
    "es_MX": [0.0, 16.0],
    "it_IT": [4.0, 10.0, 22.0],
    "nl_NL": [9.0, 21.0],
    "nl_BE": [6.0, 21.0],
    "pt_PT": [6.0, 13.0, 23.0],
    "pt_BR": [],
}
TICKET_HEADS = {
    "pt_BR": ["CUPOM FISCAL", "DANFE NFC-e", "COMPROVANTE DE VENDA", "CUPOM NÃO FISCAL"],
    "es_MX": ["NOTA DE VENTA", "TICKET DE COMPRA", "TICKET", "COMPROBANTE DE VENTA"],
    "nl_BE": ["KASTICKET", "Kasticket", "BON", "Betaalbewijs"],
    "de_AT": ["Rechnung", "Kassabon", "BON", "Beleg"],
    "de_CH": ["Quittung", "Kassenzettel", "BON", "Kassenbeleg"],
    "fr_CH": ["Quittance", "TICKET", "Ticket de caisse"],
}
TICKET_DATES = {
    "it": ["{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}", "{d:02d}/{m:02d}/{yy}"],
    "pt": ["{d:02d}-{m:02d}-{y}", "{y}-{m:02d}-{d:02d}", "{d:02d}/{m:02d}/{y}"],
}


def _ticket_date(ctx: Ctx, day: dt.date) -> str:
    patterns = TICKET_DATES.get(ctx.lang)
    if patterns:
        return _dnum(day, ctx.pick(patterns))
    return ctx.date(day, ctx.pick([0, 0, 2, 3]))


def receipt_shop_ticket_europe(rng: random.Random) -> SyntheticDocument:
    """Till tickets in French, German, Spanish, Italian, Dutch and Portuguese (incl. CH, AT, BE, MX, BR), from
    a two-line bakery ticket to a full basket, in the words tills print: TOTAL TTC, Summe, IVA, scontrino, pin."""
    lang = rng.choice(["fr", "fr", "de", "de", "es", "es", "it", "it", "nl", "pt", "pt"])
    v = TICKETS[lang]
    locale = rng.choice(v.locales)
    currency, style = TICKET_MONEY.get(locale, ("EUR", "comma"))
    ctx = Ctx(rng, locale, currency)
    b = start(LABEL, ctx)
    symbol = {"EUR": ctx.pick(["€", "EUR", "", ""]), "CHF": ctx.pick(["CHF", "Fr.", ""]), "BRL": "R$", "MXN": "$"}[
        currency
    ]
    before = currency in ("BRL", "MXN") or ctx.chance(0.2)

    def money(x: float) -> str:
        text = _amt(x, style)
        if not symbol:
            return text
        return f"{symbol} {text}" if before else f"{text} {symbol}"

    def pct(rate: float) -> str:
        return f"{rate:g}%" if style in ("dot", "swiss") else f"{rate:g}%".replace(".", ",")

    price_scale = {"MXN": 18.0, "BRL": 5.0, "CHF": 1.2}.get(currency, 1.0)
    short = ctx.chance(0.35)
    shop = ctx.pick(v.shops)
    if ctx.chance(0.3):
        shop = f"{shop} {ctx.last_name().upper()}"
    head = [shop]
    if short and ctx.chance(0.5):
        head.append(ctx.city().upper())
    else:
        head.extend(line.upper() if ctx.chance(0.5) else line for line in ctx.address_lines())
    if ctx.chance(0.5):
        head.append(f"Tel. {_phone(ctx)}")
    if ctx.chance(0.9 if lang in ("it", "pt") else 0.4):
        head.append(ctx.code("RFC: ????######???" if locale == "es_MX" else ctx.pick(v.tax_ids)))
    if locale == "pt_BR":
        head.append(f"CNPJ {ctx.code('##.###.###/####-##')}  IE {ctx.digits(9)}")
    b.lines(head, align="center", bold=ctx.chance(0.3))
    title = ctx.pick(TICKET_HEADS.get(locale, v.heads))
    if not short or ctx.chance(0.5):
        b.lines([title], align="center", bold=True)
    day = ctx.day()
    clock = _clock(ctx, seconds=True)
    when = f"{_ticket_date(ctx, day)} {clock if ctx.chance(0.3) else clock[:5]}"
    receipt_no = ctx.code(ctx.pick(["####", "######", "###/####", "#####-###"]))
    if lang == "pt" and locale == "pt_PT":
        receipt_no = ctx.code(ctx.pick(["FS ?####/#####", "FS 00#/######", "FR ####?/####"]))
    dated_on_top = ctx.chance(0.45)
    if dated_on_top:
        b.lines([when, f"{ctx.pick(v.number)} {receipt_no}" if ctx.chance(0.6) else ""])
    rates = TICKET_VAT[locale]
    codes = "ABCD" if ctx.chance(0.6) else "1234"
    rows: list[list[str]] = []
    total_amount = 0.0
    by_rate: dict[float, float] = {}
    for name, lo, hi in ctx.some(v.items, 1, 3) if short else ctx.some(v.items, 3, 14):
        qty = ctx.randint(2, 4) if ctx.chance(0.2) else 1
        unit = round(ctx.amount(lo, hi) * price_scale, 2)
        line_total = round(qty * unit, 2)
        total_amount += line_total
        rate = ctx.pick(rates[: max(1, len(rates) - 1)]) if rates and ctx.chance(0.7) else rates[-1] if rates else 0.0
        by_rate[rate] = by_rate.get(rate, 0.0) + line_total
        code = codes[rates.index(rate)] if rates else ""
        if lang == "it":
            rows.append([name, pct(rate), _amt(line_total, style)])
        elif qty > 1 and ctx.chance(0.5):
            rows.append([name, "", ""])
            rows.append([f"  {qty} x {_amt(unit, style)}", _amt(line_total, style), code])
        else:
            label = f"{qty} x {name}" if qty > 1 else name
            rows.append([label, _amt(line_total, style), code])
    if lang == "it":
        b.table(["DESCRIZIONE", "IVA", f"Prezzo({ctx.pick(['€', 'EUR'])})"], rows, numeric_from=1)
    else:
        b.table(None, rows, numeric_from=1)
    if lang == "it" and ctx.chance(0.6):
        b.fields([("SUBTOTALE", _amt(total_amount, style))], sep="  ")
    total_label = ctx.pick(v.total)
    in_label = any(mark in total_label for mark in ("EUR", "€"))
    totals = [(total_label, _amt(total_amount, style) if in_label else money(total_amount))]
    if ctx.chance(0.4) and not short:
        totals.insert(0, (ctx.pick(v.count), str(len([r for r in rows if r[1] or lang == "it"]))))
    b.fields(totals, sep=ctx.pick(["  ", " ", ": "]))
    pay_by_card = ctx.chance(0.6)
    if pay_by_card:
        pay = [(ctx.pick(v.card), money(total_amount))]
        if ctx.chance(0.4):
            pay.append(("", f"{ctx.pick(CARD_BRANDS[lang])} ************{ctx.digits(4)}"))
    else:
        given = _cash_given(ctx, total_amount)
        pay = [(ctx.pick(v.cash), money(given)), (ctx.pick(v.change), money(given - total_amount))]
    if lang == "it":
        pay.append(("IMPORTO PAGATO", _amt(total_amount, style)))
    b.fields(pay, sep="  ")
    if rates and (not short or ctx.chance(0.3)):
        vat_rows = []
        for rate, gross in sorted(by_rate.items()):
            tax = gross * rate / (100 + rate)
            vat_rows.append([codes[rates.index(rate)], pct(rate), _amt(gross - tax, style), _amt(tax, style)])
        b.table([v.vat, "%", v.net, v.vat], vat_rows, numeric_from=1)
    elif rates:
        rate = max(by_rate, key=lambda r: by_rate[r])
        tax = by_rate[rate] * rate / (100 + rate)
        b.lines([f"{v.vat_incl} {pct(rate)} {_amt(tax, style)}"])
    extra: list[str] = []
    if lang == "de" and locale == "de_DE" and ctx.chance(0.5):
        extra += [
            f"TSE-Transaktion: {ctx.digits(5)}",
            f"TSE-Start: {day.isoformat()}T{clock}",
            f"TSE-Ende: {day.isoformat()}T{clock}",
            f"TSE-Signatur: {ctx.code('************************')}",
        ]
    if locale == "de_AT" and ctx.chance(0.5):
        extra.append(f"Kassen-ID: {ctx.code('KASSE-##')}  Belegsignatur: {ctx.code('****************')}")
    if lang == "it":
        extra += [
            f"DOCUMENTO N. {ctx.digits(4)}-{ctx.digits(4)}",
            f"RT {ctx.code('##???######')}" if ctx.chance(0.6) else f"Matricola {ctx.code('##???######')}",
        ]
        if ctx.chance(0.3):
            extra.append(f"C.F. cliente: {ctx.codice_fiscale()}")
    if locale == "pt_PT":
        extra += [
            f"ATCUD: {ctx.code('????####')}-{ctx.digits(4)}",
            ctx.pick(["Contribuinte: Consumidor final", f"NIF cliente: {ctx.digits(9)}", "NIF: 999999990"]),
            f"Processado por programa certificado n.º {ctx.digits(4)}/AT",
        ]
    if locale == "pt_BR":
        extra += [
            ctx.pick(["CPF/CNPJ do consumidor: não informado", f"CPF na nota: {ctx.code('###.###.###-##')}"]),
            f"Tributos totais incidentes (Lei Federal 12.741/2012): R$ {_amt(total_amount * 0.28, style)}",
            "Chave de acesso: " + " ".join(ctx.digits(4) for _ in range(11)),
        ]
    if lang == "es" and ctx.chance(0.5):
        extra.append(f"{ctx.pick(['FACTURA SIMPLIFICADA', 'FRA. SIMPLIFICADA'])} Nº {ctx.code('T###-######')}")
    if lang == "fr" and ctx.chance(0.3):
        extra.append(ctx.pick(["Logiciel certifié NF525", "Conservez votre ticket", "Paiement accepté"]))
    b.lines(extra, mono=ctx.chance(0.5))
    if not dated_on_top:
        b.lines(
            [
                when,
                f"{ctx.pick(v.cashier)} {ctx.pick([str(ctx.randint(1, 12)), ctx.first_name()])}  "
                f"{ctx.pick(v.number)} {receipt_no}",
            ]
        )
    if ctx.chance(0.8):
        b.lines([ctx.pick(v.thanks)], align="center")
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Paying to get in or to leave: museums, zoos, pools, car parks and motorway tolls. A receipt states what was
# paid (amount, method, time, transaction no.); an event ticket (seat, row, 'admit one') is another class.

PAID_ENTRY: dict[str, dict[str, list[str]]] = {
    "en": {
        "receipt": ["RECEIPT", "ADMISSION RECEIPT", "CUSTOMER RECEIPT", "VAT RECEIPT", "Receipt", "PAYMENT RECEIPT"],
        "venues": [
            "CITY MUSEUM & ART GALLERY",
            "NATURAL HISTORY MUSEUM",
            "BOTANIC GARDENS",
            "WILDLIFE PARK & ZOO",
            "SEA LIFE AQUARIUM",
            "SCIENCE CENTRE",
            "CASTLE & GROUNDS",
            "LEISURE CENTRE - SWIMMING",
            "NATIONAL PARK VISITOR CENTRE",
            "HERITAGE RAILWAY",
        ],
        "types": ["Adult", "Child (3-15)", "Senior 65+", "Student", "Family (2+2)", "Concession", "Under 3 - Free"],
        "admission": ["Admission", "Entry fee", "General admission", "Day pass"],
        "total": ["TOTAL", "Total paid", "AMOUNT PAID", "Total"],
        "paid": ["Paid by", "Payment", "Tender", "Payment method"],
        "methods": ["Visa contactless", "Mastercard", "Debit card", "Cash", "Apple Pay", "Amex", "Card"],
        "date": ["Date", "Date/Time", "Issued"],
        "number": ["Transaction", "Trans No", "Receipt No", "Ref"],
        "vat": ["VAT included", "Incl. VAT 20%", "GST included", "Tax incl."],
        "thanks": [
            "Thank you for your visit",
            "Please retain this receipt",
            "Enjoy your day!",
            "No refunds. Thank you.",
        ],
        "parks": [
            "CITY CENTRE CAR PARK",
            "AIRPORT SHORT STAY",
            "HOSPITAL CAR PARK",
            "PARK & RIDE",
            "STATION MULTI-STOREY",
            "RETAIL PARK PARKING",
        ],
        "entry": ["Entry", "Time in", "Arrival"],
        "exit": ["Exit", "Time out", "Paid at"],
        "duration": ["Duration", "Length of stay", "Stay"],
        "plate": ["Vehicle reg", "Plate", "Reg No"],
        "machine": ["Pay station", "APS", "Machine", "Pay on foot"],
        "tariff": ["Tariff", "Parking fee", "Parking charge"],
        "exit_note": ["Please exit within 15 minutes", "Drive safely", "Thank you for parking with us"],
        "tolls": ["TOLL PLAZA", "TURNPIKE", "BRIDGE TOLL", "EXPRESSWAY"],
        "station": ["Plaza", "Toll plaza", "Lane"],
        "class": ["Vehicle class", "Class", "Vehicle type"],
        "classes": ["Car/Jeep/Van", "Class 1", "Class 2", "LCV", "2 axle"],
    },
    "fr": {
        "receipt": ["REÇU", "TICKET DE CAISSE", "Reçu de paiement", "JUSTIFICATIF DE PAIEMENT", "FACTURETTE"],
        "venues": [
            "MUSÉE DES BEAUX-ARTS",
            "CHÂTEAU ET JARDINS",
            "PISCINE MUNICIPALE",
            "PARC ZOOLOGIQUE",
            "AQUARIUM",
            "JARDIN BOTANIQUE",
            "MUSÉE D'HISTOIRE NATURELLE",
            "CITÉ DES SCIENCES",
        ],
        "types": ["Plein tarif", "Tarif réduit", "Enfant 4-12 ans", "Gratuit -18 ans", "Étudiant", "Pass famille"],
        "admission": ["Entrée", "Droit d'entrée", "Billet entrée"],
        "total": ["TOTAL", "TOTAL TTC", "MONTANT PAYÉ", "Total réglé"],
        "paid": ["Règlement", "Mode de paiement", "Payé par"],
        "methods": ["CB", "CB sans contact", "Espèces", "Chèque", "Carte bancaire"],
        "date": ["Date", "Le"],
        "number": ["N° transaction", "Ticket n°", "Réf."],
        "vat": ["dont TVA 5,5%", "dont TVA 10%", "TVA incluse"],
        "thanks": ["Merci de votre visite", "Bonne visite !", "Ni repris ni échangé"],
        "parks": ["PARKING HÔTEL DE VILLE", "PARKING GARE SNCF", "PARKING AÉROPORT P1", "PARKING CENTRE"],
        "entry": ["Entrée", "Heure d'entrée"],
        "exit": ["Sortie", "Payé le"],
        "duration": ["Durée", "Temps de stationnement"],
        "plate": ["Immatriculation", "Plaque"],
        "machine": ["Caisse automatique", "Borne", "Caisse"],
        "tariff": ["Stationnement", "Montant stationnement"],
        "exit_note": ["Vous disposez de 15 min pour sortir", "Bonne route", "Merci de votre visite"],
        "tolls": ["AUTOROUTE A6", "AUTOROUTE A7", "AUTOROUTE A10", "VINCI AUTOROUTES", "SANEF", "APRR"],
        "station": ["Gare de péage", "Barrière", "Voie"],
        "class": ["Classe", "Catégorie"],
        "classes": ["1", "2", "Classe 1", "Classe 5 (moto)"],
    },
    "de": {
        "receipt": ["QUITTUNG", "Beleg", "Kassenbon", "Zahlungsbeleg", "Kundenbeleg"],
        "venues": [
            "MUSEUM FÜR KUNST UND GESCHICHTE",
            "TIERPARK",
            "FREIBAD",
            "HALLENBAD",
            "SCHLOSS UND SCHLOSSPARK",
            "BOTANISCHER GARTEN",
            "ZOOLOGISCHER GARTEN",
            "TECHNIKMUSEUM",
        ],
        "types": ["Erwachsene", "Kinder 6-14 J.", "Ermäßigt", "Familienkarte", "Senioren", "Schüler/Studenten"],
        "admission": ["Eintritt", "Eintrittsgeld", "Tageskarte"],
        "total": ["SUMME", "Gesamt", "Bezahlt", "Betrag"],
        "paid": ["Zahlart", "Bezahlt mit", "Zahlung"],
        "methods": ["BAR", "EC-Karte", "Girocard", "Kreditkarte", "kontaktlos"],
        "date": ["Datum", "Datum/Uhrzeit"],
        "number": ["Beleg-Nr.", "Trans.-Nr.", "Vorgang"],
        "vat": ["inkl. 7% MwSt", "inkl. 19% MwSt", "MwSt enthalten"],
        "thanks": ["Vielen Dank für Ihren Besuch", "Viel Spaß!", "Bitte Beleg aufbewahren"],
        "parks": ["PARKHAUS ALTSTADT", "TIEFGARAGE AM MARKT", "P+R PARKPLATZ", "PARKHAUS HAUPTBAHNHOF", "FLUGHAFEN P3"],
        "entry": ["Einfahrt", "Einfahrtszeit"],
        "exit": ["Bezahlt um", "Ausfahrt"],
        "duration": ["Parkdauer", "Dauer"],
        "plate": ["Kennzeichen", "Kfz-Kennzeichen"],
        "machine": ["Kassenautomat", "Automat", "Kasse"],
        "tariff": ["Parkgebühr", "Parkentgelt"],
        "exit_note": ["Ausfahrt innerhalb von 15 Minuten", "Gute Fahrt!", "Danke für Ihren Besuch"],
        "tolls": ["ASFINAG STRECKENMAUT", "TUNNELMAUT", "BRÜCKENMAUT"],
        "station": ["Mautstelle", "Spur"],
        "class": ["Kategorie", "Fahrzeugklasse"],
        "classes": ["1 (Kfz bis 3,5 t)", "2", "PKW"],
    },
    "it": {
        "receipt": ["RICEVUTA", "RICEVUTA DI PAGAMENTO", "DOCUMENTO COMMERCIALE", "SCONTRINO"],
        "venues": [
            "MUSEO CIVICO",
            "PARCO ARCHEOLOGICO",
            "GALLERIA D'ARTE MODERNA",
            "ACQUARIO",
            "PISCINA COMUNALE",
            "ORTO BOTANICO",
            "MUSEO DIOCESANO",
        ],
        "types": ["Intero", "Ridotto", "Ridotto 18-25 anni", "Gratuito", "Famiglia", "Over 65"],
        "admission": ["Ingresso", "Biglietto d'ingresso", "Ingresso giornaliero"],
        "total": ["TOTALE", "IMPORTO PAGATO", "TOTALE EURO"],
        "paid": ["Pagamento", "Modalità di pagamento", "Pagato con"],
        "methods": ["Contanti", "Bancomat", "Carta di credito", "PAGAMENTO ELETTRONICO", "Satispay"],
        "date": ["Data", "Data/Ora"],
        "number": ["N. operazione", "Ricevuta n.", "Transazione"],
        "vat": ["IVA inclusa", "di cui IVA 22%", "Esente IVA art. 10"],
        "thanks": ["Grazie per la visita", "Buona visita!", "Conservare la ricevuta"],
        "parks": ["PARCHEGGIO STAZIONE", "AUTORIMESSA CENTRO", "PARCHEGGIO AEROPORTO P2", "PARCHEGGIO OSPEDALE"],
        "entry": ["Ingresso", "Ora ingresso"],
        "exit": ["Uscita", "Pagato alle"],
        "duration": ["Durata sosta", "Permanenza"],
        "plate": ["Targa"],
        "machine": ["Cassa automatica", "Cassa", "Parcometro"],
        "tariff": ["Sosta", "Tariffa sosta"],
        "exit_note": ["Uscire entro 15 minuti", "Buon viaggio", "Grazie"],
        "tolls": ["AUTOSTRADE PER L'ITALIA", "AUTOSTRADA A4", "AUTOSTRADA DEL BRENNERO", "TANGENZIALE"],
        "station": ["Stazione di entrata", "Stazione di uscita", "Casello"],
        "class": ["Classe", "Categoria"],
        "classes": ["A", "B", "Classe A"],
    },
    "es": {
        "receipt": ["RECIBO", "JUSTIFICANTE DE PAGO", "TICKET", "FACTURA SIMPLIFICADA", "COMPROBANTE"],
        "venues": [
            "MUSEO DE BELLAS ARTES",
            "PARQUE ZOOLÓGICO",
            "PISCINA MUNICIPAL",
            "JARDÍN BOTÁNICO",
            "REAL ALCÁZAR",
            "ACUARIO",
            "MUSEO ARQUEOLÓGICO",
        ],
        "types": ["Entrada general", "Reducida", "Infantil", "Jubilado", "Estudiante", "Gratuita"],
        "admission": ["Entrada", "Acceso", "Entrada diaria"],
        "total": ["TOTAL", "IMPORTE PAGADO", "TOTAL EUROS"],
        "paid": ["Forma de pago", "Pago", "Pagado con"],
        "methods": ["Tarjeta", "Efectivo", "Visa", "Bizum", "Tarjeta contactless"],
        "date": ["Fecha", "Fecha/Hora"],
        "number": ["Nº operación", "Recibo nº", "Ref."],
        "vat": ["IVA incluido", "IVA 21% incluido", "Exento de IVA"],
        "thanks": ["Gracias por su visita", "Disfrute de su visita", "Conserve este justificante"],
        "parks": ["APARCAMIENTO PLAZA MAYOR", "PARKING ESTACIÓN", "PARKING AEROPUERTO T1", "APARCAMIENTO HOSPITAL"],
        "entry": ["Entrada", "Hora entrada"],
        "exit": ["Salida", "Pagado"],
        "duration": ["Tiempo", "Estancia"],
        "plate": ["Matrícula"],
        "machine": ["Cajero automático", "Caja", "Cajero"],
        "tariff": ["Estacionamiento", "Importe estancia"],
        "exit_note": ["Dispone de 15 minutos para salir", "Buen viaje", "Gracias"],
        "tolls": ["AUTOPISTA AP-7", "AUTOPISTA AP-6", "AUTOPISTA DEL ATLÁNTICO", "TÚNEL DE CADÍ"],
        "station": ["Peaje", "Estación", "Vía"],
        "class": ["Categoría", "Tarifa"],
        "classes": ["Ligeros", "1", "Pesados 1"],
    },
}
PAID_ENTRY_LOCALES = {
    "en": ["en_GB", "en_GB", "en_US", "en_AU", "en_IN", "en_IE", "en_NZ"],
    "fr": ["fr_FR", "fr_FR", "fr_BE"],
    "de": ["de_DE", "de_DE", "de_AT"],
    "it": ["it_IT"],
    "es": ["es_ES"],
}
PAID_ENTRY_CURRENCY = {"en_IE": "EUR", "it_IT": "EUR", "de_AT": "EUR", "fr_BE": "EUR"}


def receipt_paid_entry(rng: random.Random) -> SyntheticDocument:
    """Receipts for admission (museum, zoo, pool), car park pay stations and motorway tolls, in five languages."""
    lang = rng.choice(["en", "en", "en", "fr", "de", "it", "es"])
    locale = rng.choice(PAID_ENTRY_LOCALES[lang])
    ctx = Ctx(rng, locale, PAID_ENTRY_CURRENCY.get(locale))
    v = PAID_ENTRY[lang]
    b = start(LABEL, ctx)
    kind = ctx.pick(["admission", "admission", "parking", "parking", "toll"])
    day = ctx.day()
    style = "dot" if lang == "en" else "comma"

    def money(x: float) -> str:
        return ctx.money(x) if lang != "it" else f"€ {_amt(x, 'comma')}"

    paid_at = _clock(ctx, 8, 21, seconds=ctx.chance(0.4))
    method = ctx.pick(v["methods"])
    vat_words = v["vat"]
    if lang == "en":
        vat_words = {
            "en_GB": ["VAT included", "Incl. VAT 20%", "VAT @ 20% incl."],
            "en_IE": ["VAT included", "Incl. VAT 9%"],
            "en_IN": ["Incl. of all taxes", "GST included", "Inclusive of GST 18%"],
            "en_AU": ["GST included", "Total includes GST"],
            "en_NZ": ["GST included", "Incl. GST 15%"],
        }.get(locale, ["Tax incl.", "Sales tax included"])
    big = ctx.currency == "INR"
    lines: list[tuple[str, str]] = []
    if kind == "admission":
        venue = ctx.pick(v["venues"])
        b.lines([venue, ctx.street(), ctx.city()], align="center", bold=ctx.chance(0.4))
        if ctx.chance(0.5):
            b.lines([ctx.pick(v["receipt"])], align="center", bold=True)
        rows = []
        total_amount = 0.0
        for kind_name in ctx.some(v["types"], 1, 3):
            qty = ctx.randint(1, 3)
            price = 0.0 if ("Free" in kind_name or "Gratu" in kind_name) else float(ctx.randint(3, 24))
            if big:
                price *= 25
            elif ctx.chance(0.4):
                price += ctx.pick([0.5, 0.9, 0.95])
            total_amount += qty * price
            rows.append([f"{qty} x {ctx.pick(v['admission'])} {kind_name}", _amt(qty * price, style)])
        if ctx.chance(0.3):
            extra = ctx.pick(
                {
                    "en": ["Audio guide", "Gift Aid donation", "Guidebook", "Locker"],
                    "fr": ["Audioguide", "Vestiaire", "Exposition temporaire"],
                    "de": ["Audioguide", "Schließfach", "Sonderausstellung"],
                    "it": ["Audioguida", "Mostra temporanea", "Guardaroba"],
                    "es": ["Audioguía", "Exposición temporal", "Taquilla"],
                }[lang]
            )
            price = float(ctx.randint(2, 8))
            total_amount += price
            rows.append([extra, _amt(price, style)])
        b.table(None, rows, numeric_from=1)
        lines = [
            (ctx.pick(v["total"]), money(total_amount)),
            (ctx.pick(v["paid"]), method),
            (ctx.pick(vat_words), ""),
        ]
        ids = [
            (ctx.pick(v["date"]), f"{ctx.date(day, 0)} {paid_at}"),
            (ctx.pick(v["number"]), ctx.code(ctx.pick(["######", "T##-#####", "####/####"]))),
            (
                {"en": "Till", "fr": "Caisse", "de": "Kasse", "it": "Cassa", "es": "Taquilla"}[lang],
                str(ctx.randint(1, 6)),
            ),
        ]
    elif kind == "parking":
        b.lines(
            [ctx.pick(v["parks"]), ctx.street() if ctx.chance(0.6) else ctx.city()],
            align="center",
            bold=ctx.chance(0.5),
        )
        b.lines([ctx.pick(v["receipt"])], align="center", bold=True)
        hours = ctx.randint(0, 9)
        minutes = ctx.randint(1, 59)
        entry_h = ctx.randint(6, 20 - min(hours, 12))
        total_amount = round((hours + 1) * ctx.pick([1.2, 1.5, 2.0, 2.5, 3.0, 3.5]), 2)
        if locale == "en_IN":
            total_amount = float(ctx.pick([20, 30, 40, 50, 60, 80, 100, 150]))
        entry_m = ctx.randint(0, 59)
        leave = entry_h * 60 + entry_m + hours * 60 + minutes
        lines = [
            (ctx.pick(v["entry"]), f"{ctx.date(day, 0)} {entry_h:02d}:{entry_m:02d}"),
            (ctx.pick(v["exit"]), f"{ctx.date(day, 0)} {leave // 60 % 24:02d}:{leave % 60:02d}"),
            (ctx.pick(v["duration"]), f"{hours}h{minutes:02d}" if lang != "en" else f"{hours} hrs {minutes} mins"),
            (ctx.pick(v["tariff"]), money(total_amount)),
            (ctx.pick(v["total"]), money(total_amount)),
            (ctx.pick(v["paid"]), method),
        ]
        if ctx.chance(0.4):
            lines.insert(
                0, (ctx.pick(v["plate"]), ctx.code(ctx.pick(["??## ???", "?-?? ####", "??-###-??", "## ?? ####"])))
            )
        ids = [
            (ctx.pick(v["machine"]), str(ctx.randint(1, 12))),
            (ctx.pick(v["number"]), ctx.digits(ctx.pick([6, 8, 10]))),
            (ctx.pick(vat_words), ""),
        ]
        if ctx.chance(0.5):
            ids.append(("", ctx.pick(v["exit_note"])))
    else:
        b.lines([ctx.pick(v["tolls"]), ctx.city().upper()], align="center", bold=True)
        b.lines([ctx.pick(v["receipt"]) + ("" if lang != "fr" else ctx.pick(["", " PÉAGE"]))], align="center")
        if locale == "en_IN":
            total_amount = float(ctx.pick([65, 95, 110, 135, 155, 210, 285, 320]))
        else:
            total_amount = round(ctx.amount(1.5, 38.0), 1)
        lines = [
            (ctx.pick(v["station"]), f"{ctx.city()} {ctx.pick(['', str(ctx.randint(1, 30))])}".strip()),
            (ctx.pick(v["class"]), ctx.pick(v["classes"])),
            (ctx.pick(v["date"]), f"{ctx.date(day, 0)} {paid_at}"),
            (ctx.pick(v["total"]), money(total_amount)),
            (ctx.pick(v["paid"]), method if locale != "en_IN" else ctx.pick(["FASTag", "Cash", "FASTag"])),
        ]
        if locale == "en_IN":
            lines.insert(0, ("Vehicle No", ctx.code("??##??####")))
            lines.append(("Journey", ctx.pick(["Single", "Return", "Single Journey"])))
        ids = [
            (ctx.pick(v["number"]), ctx.digits(ctx.pick([8, 10, 12]))),
            ({"en": "Lane", "fr": "Voie", "de": "Spur", "it": "Pista", "es": "Vía"}[lang], str(ctx.randint(1, 18))),
            (ctx.pick(vat_words), ""),
        ]
    b.fields(lines, sep=ctx.pick([": ", "  ", " "]))
    by_card = method not in ("Cash", "Espèces", "Chèque", "BAR", "Contanti", "Efectivo", "Bizum", "Satispay")
    if by_card and not (kind == "toll" and locale == "en_IN") and ctx.chance(0.5):
        brand = next(
            (name.upper() for name in ("Visa", "Mastercard", "Amex", "CB", "Girocard", "Bancomat") if name in method),
            ctx.pick(CARD_BRANDS[lang]),
        )
        auth = {"en": "AUTH CODE", "fr": "AUTO", "de": "Genehmigungs-Nr.", "it": "AUT.", "es": "AUTORIZACION"}[lang]
        b.lines(
            [
                f"{brand} ************{ctx.digits(4)}",
                f"{auth} {ctx.digits(6)}",
            ],
            mono=True,
        )
    b.fields(ids, sep=": ")
    if ctx.chance(0.6):
        b.lines([ctx.pick(v["thanks"])], align="center")
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Pharmacy receipts: copays and OTC in the US, NHS charge in the UK, tiers payant in France, Zuzahlung in
# Germany, 'scontrino parlante' in Italy, batch/expiry cash memos in India.

PHARMACY_OTC = {
    "en": [
        ("IBUPROFEN 200MG 100CT", 6.0, 12.0),
        ("ALLERGY RELIEF 24HR", 10.0, 25.0),
        ("COUGH SYRUP DM 4OZ", 7.0, 12.0),
        ("VITAMIN D3 1000IU", 6.0, 14.0),
        ("ADHESIVE BANDAGES ASST", 3.0, 7.0),
        ("HAND SANITIZER 8OZ", 2.0, 5.0),
        ("DIGITAL THERMOMETER", 8.0, 15.0),
        ("SALINE NASAL SPRAY", 3.0, 8.0),
        ("COLD & FLU CAPLETS", 7.0, 12.0),
        ("CONTACT LENS SOLUTION", 8.0, 14.0),
        ("ANTACID CHEWABLE 96CT", 5.0, 10.0),
        ("LIP BALM", 1.5, 4.0),
    ],
    "gb": [
        ("PARACETAMOL 500MG 16", 0.6, 1.5),
        ("IBUPROFEN 200MG 16", 0.8, 2.5),
        ("RENNIE 24", 2.5, 4.0),
        ("CETIRIZINE 30 TABS", 2.5, 5.0),
        ("STREPSILS 24", 4.0, 6.0),
        ("DECONGESTANT TABS", 4.5, 7.0),
        ("E45 CREAM 125G", 4.0, 7.0),
        ("PLASTERS 40 PK", 2.0, 4.0),
        ("SUN CREAM SPF30", 5.0, 12.0),
        ("DIORALYTE 6 SACHETS", 3.5, 5.5),
    ],
    "fr": [
        ("CREME SOLAIRE SPF50", 9.0, 18.0),
        ("BIAFINE EMULSION", 4.0, 7.0),
        ("SERUM PHYSIO 30 UNIDOSES", 2.0, 4.0),
        ("PASTILLES GORGE MIEL", 3.0, 6.0),
        ("BAUME A LEVRES", 3.0, 7.0),
        ("SPRAY NASAL EAU DE MER", 4.0, 8.0),
        ("DENTIFRICE SENSIBLE", 3.0, 6.0),
    ],
    "de": [
        ("IBU 400mg 20 St", 3.0, 6.0),
        ("Paracetamol 500mg 20 St", 1.5, 3.5),
        ("Schleimlöser Kapseln 20 St", 8.0, 12.0),
        ("Wund- und Heilsalbe 50g", 5.0, 9.0),
        ("Nasenspray 10ml", 2.0, 4.0),
        ("Schmerzgel 100g", 8.0, 14.0),
        ("Lutschtabletten Salbei", 4.0, 7.0),
        ("Magnesium 400 Brausetabl.", 4.0, 8.0),
    ],
    "it": [
        ("PARACETAMOLO 500MG 20CPR", 3.0, 6.0),
        ("IBUPROFENE 200MG 12CPR", 5.0, 8.0),
        ("KETOPROFENE SALE 20BUST", 8.0, 12.0),
        ("AMOXICILLINA 1G 12CPR", 5.0, 9.0),
        ("SPRAY NASALE 15ML", 7.0, 11.0),
        ("CEROTTI ASSORTITI", 3.0, 6.0),
        ("FERMENTI LATTICI 10FL", 9.0, 15.0),
    ],
    "in": [
        ("DOLO 650 TAB 15S", 30.0, 34.0),
        ("AZITHROMYCIN 500 TAB 3S", 110.0, 125.0),
        ("PANTOPRAZOLE 40 TAB 15S", 140.0, 160.0),
        ("CROCIN ADVANCE 15S", 20.0, 25.0),
        ("B-COMPLEX CAP 20S", 45.0, 55.0),
        ("ORS SACHET", 20.0, 25.0),
        ("VAPORUB 25ML", 90.0, 110.0),
        ("COUGH SYRUP 100ML", 110.0, 130.0),
        ("CALCIUM 500 TAB 15S", 110.0, 130.0),
        ("CETIRIZINE 10MG 10S", 18.0, 25.0),
        ("METFORMIN 500 SR 10S", 25.0, 40.0),
    ],
}


def receipt_pharmacy(rng: random.Random) -> SyntheticDocument:
    """Pharmacy till receipts from the US, UK, France, Germany, Italy and India."""
    country = rng.choice(["us", "us", "gb", "fr", "de", "it", "in", "in"])
    locale = {"us": "en_US", "gb": "en_GB", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "in": "en_IN"}[country]
    ctx = Ctx(rng, locale, "EUR" if country == "it" else None)
    b = start(LABEL, ctx)
    day = ctx.day()
    when = f"{ctx.date(day, ctx.pick([0, 0, 3]))} {_clock(ctx, 8, 21)}"
    if country == "us":
        name = ctx.pick(
            ["HEALTHMART PHARMACY", "MAIN STREET DRUG", "RITE CARE PHARMACY", "FAMILY PHARMACY", "CVS/pharmacy"]
        )
        b.lines([f"{name} #{ctx.digits(5)}", ctx.street().upper(), ctx.city().upper(), _phone(ctx)], align="center")
        rows = []
        subtotal = 0.0
        for _ in range(ctx.randint(0, 3)):
            copay = ctx.pick([0.0, 4.0, 5.0, 10.0, 15.0, 25.0, 47.5, ctx.amount(2, 60)])
            subtotal += copay
            rows.append(
                [f"RX #{ctx.digits(7)}-{ctx.digits(2)}", ctx.pick(["RX", "PRESCRIPTION", "RX COPAY"]), f"{copay:.2f}"]
            )
            if ctx.chance(0.4):
                rows.append([f"  INS: {ctx.pick(['CAREMARK', 'EXPRESS SCRIPTS', 'OPTUMRX', 'MEDICARE D'])}", "", ""])
        for item, lo, hi in ctx.some(PHARMACY_OTC["en"], 0 if rows else 1, 5):
            price = ctx.amount(lo, hi)
            subtotal += price
            rows.append([item, ctx.pick(["", "*", "F"]), f"{price:.2f}"])
        b.table(None, rows, numeric_from=2)
        tax = round(subtotal * 0.04, 2)
        b.fields([("SUBTOTAL", f"{subtotal:.2f}"), ("TAX", f"{tax:.2f}"), ("TOTAL", f"{subtotal + tax:.2f}")], sep="  ")
        b.lines(_card_lines(ctx, f"{subtotal + tax:.2f}"))
        b.lines(
            [
                f"FSA/HSA ELIGIBLE ITEMS {subtotal * 0.6:.2f}" if ctx.chance(0.5) else "",
                f"{ctx.pick(['REWARDS', 'ExtraCare', 'myRewards'])} CARD #************{ctx.digits(4)}",
                when,
                ctx.pick(["RX ITEMS ARE NOT RETURNABLE", "THANK YOU. GET WELL SOON!", "RETURNS WITH RECEIPT ONLY"]),
            ],
            align="center",
        )
        return b.build(ctx.pick([None, "CUSTOMER RECEIPT", "RECEIPT"]), "receipt")
    if country == "gb":
        name = ctx.pick(
            ["BOOTS", "WELL PHARMACY", "DAY LEWIS PHARMACY", f"{ctx.last_name().upper()} CHEMIST", "SUPERDRUG"]
        )
        b.lines([name, ctx.street(), ctx.city(), f"VAT No: GB {ctx.code('### #### ##')}"], align="center")
        rows = []
        total_amount = 0.0
        if ctx.chance(0.6):
            charge = ctx.pick([9.35, 9.65, 9.90])
            n = ctx.randint(1, 3)
            total_amount += charge * n
            rows.append([f"NHS PRESCRIPTION CHARGE x{n}", f"{charge * n:.2f}", "Z"])
        standard = 0.0
        for item, lo, hi in ctx.some(PHARMACY_OTC["gb"], 1, 5):
            price = ctx.amount(lo, hi)
            total_amount += price
            code = ctx.pick(["A", "A", "Z"])
            standard += price if code == "A" else 0.0
            rows.append([item, f"{price:.2f}", code])
        b.table(None, rows, numeric_from=1)
        b.fields(
            [
                (ctx.pick(["BALANCE DUE", "TOTAL", "TOTAL TO PAY"]), f"£{total_amount:.2f}"),
                (ctx.pick(["CONTACTLESS", "VISA DEBIT", "MASTERCARD", "CASH"]), f"£{total_amount:.2f}"),
                ("CHANGE", "£0.00"),
            ],
            sep="  ",
        )
        b.table(
            ["VAT", "RATE", "NET", "VAT"],
            [
                ["A", "20%", f"{standard / 1.2:.2f}", f"{standard / 6:.2f}"],
                ["Z", "0%", f"{total_amount - standard:.2f}", "0.00"],
            ],
            numeric_from=1,
        )
        b.lines(
            [
                f"{ctx.pick(['Advantage Card', 'Health & Beauty Card', 'Loyalty'])} points earned "
                f"{ctx.randint(4, 120)}",
                f"{when}  ST {ctx.digits(4)} TILL {ctx.randint(1, 6)} TRANS {ctx.digits(4)}",
                ctx.pick(["Thank you for shopping with us", "Get well soon", "VAT RECEIPT"]),
            ],
            align="center",
        )
        return b.build(ctx.pick([None, "RECEIPT", "VAT RECEIPT"]), "receipt")
    if country == "fr":
        name = ctx.pick(["PHARMACIE DU MARCHÉ", "PHARMACIE DE LA GARE", "GRANDE PHARMACIE", "PHARMACIE DU CENTRE"])
        if ctx.chance(0.4):
            name = f"PHARMACIE {ctx.last_name().upper()}"
        b.lines([name, ctx.street(), ctx.city(), f"Tél. {_phone(ctx)}", f"FINESS {ctx.digits(9)}"], align="center")
        b.lines([ctx.pick(["TICKET DE CAISSE", "Ticket", "Facture acquittée", "DUPLICATA"])], align="center", bold=True)
        rows = []
        total_amount = 0.0
        reimbursed = 0.0
        for drug in ctx.some(
            [
                "DOLIPRANE 1000MG CPR B/8",
                "AMOXICILLINE 1G CPR B/6",
                "SPASFON LYOC B/10",
                "SMECTA SACH B/18",
                "VENTOLINE AEROSOL",
                "IBUPROFENE 400 B/12",
            ],
            0,
            3,
        ):
            price = ctx.amount(1.2, 8.0)
            rate = ctx.pick([65, 65, 30, 15])
            total_amount += price
            reimbursed += price * rate / 100
            rows.append([drug, "1", _amt(price, "comma"), f"{rate}%"])
        for item, lo, hi in ctx.some(PHARMACY_OTC["fr"], 0 if rows else 1, 3):
            price = ctx.amount(lo, hi)
            total_amount += price
            rows.append([item, "1", _amt(price, "comma"), "NR"])
        b.table(["Libellé", "Qté", "Prix", "Tx"], rows, numeric_from=1)
        pairs = [("TOTAL TTC", _amt(total_amount, "comma"))]
        if reimbursed:
            pairs += [
                ("Part obligatoire (AMO)", _amt(reimbursed, "comma")),
                ("Part complémentaire (AMC)", _amt((total_amount - reimbursed) * 0.5, "comma")),
            ]
            total_amount -= reimbursed + (total_amount - reimbursed) * 0.5
            pairs.append((ctx.pick(["Reste à payer", "Reste à charge", "NET A PAYER"]), _amt(total_amount, "comma")))
        pairs.append((ctx.pick(["CB", "Espèces", "Carte bancaire"]), _amt(total_amount, "comma")))
        b.fields(pairs, sep="  ")
        b.lines(
            [
                "Tiers payant" if reimbursed else "",
                f"{when}  Caisse {ctx.randint(1, 4)}  Ticket {ctx.digits(5)}",
                ctx.pick(["Merci de votre confiance", "Bon rétablissement", "Merci et à bientôt"]),
            ],
            align="center",
        )
        return b.build(None, "receipt")
    if country == "de":
        name = ctx.pick(["Stadt", "Markt", "Löwen", "Engel", "Rosen", "Bahnhof", "Sonnen", "Adler"]) + "-Apotheke"
        b.lines([name, f"Inh. {ctx.person()} e.K.", ctx.street(), ctx.city(), f"Tel. {_phone(ctx)}"], align="center")
        rows = []
        total_amount = 0.0
        if ctx.chance(0.6):
            co = ctx.pick([5.0, 5.0, 7.5, 10.0])
            total_amount += co
            rows.append(
                [ctx.pick(["Zuzahlung gesetzl.", "Zuzahlung Rezept", "Gesetzl. Zuzahlung"]), _amt(co, "comma"), "B"]
            )
        for item, lo, hi in ctx.some(PHARMACY_OTC["de"], 1, 4):
            price = ctx.amount(lo, hi)
            total_amount += price
            if ctx.chance(0.6):
                rows.append([f"PZN {ctx.digits(8)}", "", ""])
            rows.append([item, _amt(price, "comma"), "B"])
        b.lines([ctx.pick(["Kassenbon", "Quittung", "Beleg"])], align="center", bold=True)
        b.table(None, rows, numeric_from=1)
        given = _cash_given(ctx, total_amount)
        cash = ctx.chance(0.4)
        b.fields(
            [("Summe EUR", _amt(total_amount, "comma"))]
            + (
                [("Bar", _amt(given, "comma")), ("Rückgeld", _amt(given - total_amount, "comma"))]
                if cash
                else [(ctx.pick(["EC-Karte", "Girocard", "Kartenzahlung"]), _amt(total_amount, "comma"))]
            ),
            sep="  ",
        )
        tax = total_amount * 19 / 119
        b.table(
            ["MwSt", "Netto", "Steuer", "Brutto"],
            [["B 19%", _amt(total_amount - tax, "comma"), _amt(tax, "comma"), _amt(total_amount, "comma")]],
            numeric_from=1,
        )
        b.lines(
            [
                f"{when}  Kasse {ctx.randint(1, 3)}  Bon {ctx.digits(5)}",
                f"TSE-Signatur: {ctx.code('********************')}" if ctx.chance(0.5) else "",
                ctx.pick(
                    ["Gute Besserung!", "Vielen Dank für Ihren Besuch", "Gute Besserung wünscht Ihr Apotheken-Team"]
                ),
            ],
            align="center",
        )
        return b.build(None, "receipt")
    if country == "it":
        b.lines(
            [
                "FARMACIA "
                + ctx.pick(["CENTRALE", "COMUNALE N. 3", "SAN MARCO", "DEL CORSO", f"DOTT. {ctx.last_name().upper()}"]),
                ctx.street(),
                ctx.city(),
                f"P.IVA {ctx.digits(11)}",
            ],
            align="center",
        )
        b.lines(["DOCUMENTO COMMERCIALE", "di vendita o prestazione"], align="center", bold=True)
        rows = []
        total_amount = 0.0
        for item, lo, hi in ctx.some(PHARMACY_OTC["it"], 1, 4):
            price = ctx.amount(lo, hi)
            total_amount += price
            rows.append([item, ctx.pick(["10%", "10%", "22%"]), _amt(price, "comma")])
            if ctx.chance(0.5):
                rows.append([f"  AIC {ctx.digits(9)}", "", ""])
        if ctx.chance(0.4):
            total_amount += 2.0
            rows.append(["TICKET SSN", "ES", "2,00"])
        b.table(["DESCRIZIONE", "IVA", "Prezzo(€)"], rows, numeric_from=1)
        b.fields(
            [
                ("TOTALE COMPLESSIVO", _amt(total_amount, "comma")),
                ("di cui IVA", _amt(total_amount * 0.1 / 1.1, "comma")),
                (ctx.pick(["PAGAMENTO ELETTRONICO", "PAGAMENTO CONTANTE"]), _amt(total_amount, "comma")),
                ("IMPORTO PAGATO", _amt(total_amount, "comma")),
            ],
            sep="  ",
        )
        b.lines(
            [
                f"C.F. {ctx.codice_fiscale()}" if ctx.chance(0.7) else "",
                "Spesa sanitaria detraibile" if ctx.chance(0.5) else "",
                f"{dmy(day, '-')} {_clock(ctx, 8, 20)}  DOCUMENTO N. {ctx.digits(4)}-{ctx.digits(4)}",
                f"RT {ctx.code('##???######')}",
                ctx.pick(["Grazie e arrivederci", "Auguri di pronta guarigione", ""]),
            ],
            align="center",
        )
        return b.build(None, "receipt")
    # India
    b.lines(
        [
            ctx.pick(
                [
                    f"{ctx.last_name().upper()} MEDICAL STORES",
                    "WELLNESS PHARMACY",
                    "JAN AUSHADHI KENDRA",
                    "SRI SAI MEDICALS",
                    "CITY CHEMISTS",
                ]
            ),
            ctx.address(),
            f"D.L. No: {ctx.code('20B/??/####')}, {ctx.code('21B/??/####')}",
            f"GSTIN: {ctx.gstin()}" if ctx.chance(0.7) else f"Ph: {_phone(ctx)}",
        ],
        align="center",
    )
    b.lines([ctx.pick(["CASH MEMO", "CASH BILL", "TAX INVOICE", "RETAIL BILL", "RECEIPT"])], align="center", bold=True)
    b.fields(
        [
            ("Bill No", ctx.code("#####")),
            ("Date", ctx.date(day)),
            ("Patient", ctx.person()),
            ("Dr.", ctx.person()),
        ],
        columns=2,
    )
    rows = []
    gross = 0.0
    for n, (item, lo, hi) in enumerate(ctx.some(PHARMACY_OTC["in"], 1, 7), start=1):
        qty = ctx.pick([1, 1, 2, 3, 10, 15])
        mrp = ctx.amount(lo, hi)
        amount = mrp * qty / (10 if qty >= 10 else 1)
        gross += amount
        rows.append(
            [
                str(n),
                item,
                ctx.code("??####"),
                f"{ctx.randint(1, 12):02d}/{ctx.randint(25, 28)}",
                str(qty),
                f"{mrp:.2f}",
                f"{amount:.2f}",
            ]
        )
    b.table(["Sl", "Product", "Batch", "Exp", "Qty", "MRP", "Amount"], rows, numeric_from=4)
    discount = round(gross * ctx.pick([0.0, 0.05, 0.1, 0.15, 0.2]), 2)
    net = round(gross - discount)
    b.fields(
        [
            ("Gross Amt", f"{gross:.2f}"),
            ("Discount", f"{discount:.2f}"),
            ("Round Off", f"{net - (gross - discount):.2f}"),
            ("Net Amount", ctx.money(net)),
            (ctx.pick(["Paid by", "Mode", "Received"]), ctx.pick(["Cash", "UPI", "Card", "GPay", "PhonePe"])),
        ],
        sep=" : ",
    )
    b.lines(
        [
            f"Rupees {amount_in_words(net)} Only",
            ctx.pick(["Get well soon", "Goods once sold will not be taken back", "Please check expiry before use"]),
            "Pharmacist's Signature" if ctx.chance(0.5) else "",
        ]
    )
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Printed acknowledgements of money received: hotel and booking payments, rent and deposits, school fees,
# bill payments, 'paid in full' notes from tradespeople, French/German/Spanish rent receipts.

ACK_LOCALES = ["en_IN", "en_IN", "en_US", "en_GB", "en_AU", "en_MY", "en_PH", "en_NG", "en_KE", "en_CA"]
ACK_CURRENCY = {"en_PH": "PHP", "en_NG": "NGN", "en_KE": "KES"}
# Currencies in which a hotel night, a month's rent or a utility bill runs to thousands.
ACK_BIG_UNITS = ("INR", "PHP", "NGN", "KES")
ACK_PAID_BY = [
    "Cash",
    "Credit Card",
    "Debit Card",
    "UPI",
    "Bank Transfer",
    "Net Banking",
    "Cheque",
    "Online",
    "Mobile Money",
    "Zelle",
]


HOTEL_KINDS = ["Inn", "Residency", "Suites", "Resort & Spa", "Guest House", "Homestay", "Boutique Hotel", "Lodge"]
BOOKING_CHANNELS = ["Booking.com", "Agoda", "Expedia", "MakeMyTrip", "Airbnb", "hotel website", "Trip.com"]
TRADES = [
    "Plumbing",
    "Electrical",
    "Roofing",
    "Landscaping",
    "Painting & Decorating",
    "Auto Repair",
    "Cleaning Services",
    "Tutoring",
]
TRADE_JOBS = [
    "bathroom repair",
    "rewiring",
    "lawn care - May",
    "exterior painting",
    "brake pads and service",
    "deep clean",
]


def _ack_words(ctx: Ctx, amount: float) -> str:
    unit = {"en_IN": "Rupees", "en_MY": "Ringgit", "en_GB": "Pounds", "en_PH": "Pesos", "en_NG": "Naira"}.get(
        ctx.locale, "Shillings" if ctx.locale == "en_KE" else "Dollars"
    )
    return f"{unit} {amount_in_words(amount, indian=ctx.locale == 'en_IN')} Only"


def _ack_hotel(ctx: Ctx, b: DocBuilder) -> str:
    prop = f"{ctx.pick(['Hotel ', 'The ', 'Grand ', ''])}{ctx.last_name()} {ctx.pick(HOTEL_KINDS)}"
    b.lines([prop, ctx.address(), f"{_phone(ctx)}  {ctx.email(None)}"], align=ctx.pick(["left", "center"]))
    arrive = ctx.day()
    nights = ctx.randint(1, 7)
    rate = ctx.amount(40, 260) if ctx.currency not in ACK_BIG_UNITS else ctx.amount(1800, 14000)
    room = round(rate * nights, 2)
    tax = round(room * ctx.pick([0.12, 0.18, 0.1, 0.06, 0.0825]), 2)
    extras = round(ctx.amount(0, rate * 0.3), 2) if ctx.chance(0.4) else 0.0
    total_amount = room + tax + extras
    advance_only = ctx.chance(0.15)
    paid = round(total_amount * ctx.pick([0.25, 0.3, 0.5]), 2) if advance_only else total_amount
    guest = ctx.person()
    b.fields(
        [
            (
                ctx.pick(["Receipt No", "Receipt #", "Payment ID"]),
                ctx.code(ctx.pick(["RCPT-######", "PR/####/###", "#########"])),
            ),
            (
                ctx.pick(["Booking ID", "Reservation No", "Confirmation No", "Booking Ref"]),
                ctx.code(ctx.pick(["##########", "??####??", "HB-#######"])),
            ),
            (ctx.pick(["Guest Name", "Guest", "Received from"]), guest),
            ("Check-in", ctx.date(arrive)),
            ("Check-out", ctx.date(ctx.later(arrive, nights, nights))),
            (
                ctx.pick(["Room Type", "Room"]),
                ctx.pick(["Deluxe Double", "Standard Twin", "Superior King", "Family Suite", "Dormitory Bed"]),
            ),
            ("No. of Nights", str(nights)),
        ],
        columns=ctx.pick([1, 2]),
    )
    if ctx.chance(0.4):
        b.p(f"Booked via {ctx.pick(BOOKING_CHANNELS)}")
    rows = [[f"Room charges ({nights} night{'s' if nights > 1 else ''} x {ctx.num(rate)})", ctx.num(room)]]
    rows.append([ctx.pick(["Taxes & fees", "GST 12%", "VAT", "Tourism tax", "Service tax"]), ctx.num(tax)])
    if extras:
        rows.append([ctx.pick(["Breakfast", "Extra bed", "Airport transfer", "Late checkout"]), ctx.num(extras)])
    b.table(["Description", f"Amount ({ctx.currency})"], rows, numeric_from=1)
    pairs = [
        ("Total Amount", ctx.money(total_amount)),
        (ctx.pick(["Amount Paid", "Amount Received", "Paid"]), ctx.money(paid)),
        (ctx.pick(["Balance Due", "Balance", "Balance payable at hotel"]), ctx.money(total_amount - paid)),
        (ctx.pick(["Payment Mode", "Mode of Payment", "Paid via"]), ctx.pick(ACK_PAID_BY)),
        ("Transaction ID", ctx.code("T##########")),
        ("Payment Date", ctx.date(ctx.later(arrive, -30, 0))),
    ]
    b.fields(ctx.shuffled(pairs[:3]) + pairs[3:] if ctx.chance(0.3) else pairs)
    if advance_only:
        b.p(
            f"Advance received with thanks from {guest}. "
            f"Balance of {ctx.money(total_amount - paid)} payable at check-in."
        )
    else:
        b.p(
            ctx.pick(
                [
                    f"Received with thanks from {guest} the sum of {ctx.money(paid)} in full settlement.",
                    "PAID IN FULL",
                    "Payment status: Paid",
                ]
            )
        )
    return ctx.pick(
        [
            "Payment Receipt",
            "PAYMENT RECEIPT",
            "Booking Payment Receipt",
            "Receipt",
            "Advance Receipt" if advance_only else "Payment Confirmation",
        ]
    )


def _ack_rent(ctx: Ctx, b: DocBuilder) -> str:
    tenant, landlord = ctx.person(), ctx.person()
    day = ctx.day()
    rent = (
        ctx.amount(300, 3500, whole=True) if ctx.currency not in ACK_BIG_UNITS else ctx.amount(6000, 85000, whole=True)
    )
    deposit = ctx.chance(0.25)
    b.fields([("Receipt No.", ctx.digits(ctx.pick([3, 4, 5]))), ("Date", ctx.date(day))], columns=2)
    what = "security deposit" if deposit else f"rent for the month of {ctx.month(day)}"
    b.p(
        ctx.pick(
            [
                f"Received with thanks from {tenant} a sum of {ctx.money(rent)} ({_ack_words(ctx, rent)}) "
                f"towards {what} "
                f"for the premises at {ctx.address()}.",
                f"Received from {tenant} the sum of {ctx.money(rent)} being {what} of {ctx.address()}.",
                f"This is to acknowledge receipt of {ctx.money(rent)} from {tenant} as {what} "
                "for the property located at "
                f"{ctx.address()}.",
            ]
        )
    )
    pairs = [
        ("Tenant", tenant),
        ("Amount received", ctx.money(rent)),
        (
            "Payment mode",
            ctx.pick(["Cash", "Cheque No. " + ctx.digits(6), "Bank transfer", "UPI", "Money order", "E-transfer"]),
        ),
        ("Landlord", landlord),
    ]
    if deposit:
        pairs.append(("Refundable", ctx.pick(["Yes, at the end of the tenancy subject to deductions", "Yes"])))
        if ctx.locale == "en_GB":
            pairs.append(("Deposit protection", f"{ctx.pick(['DPS', 'TDS', 'mydeposits'])} ref {ctx.code('??######')}"))
    else:
        pairs.append(
            ("Rent period", f"{ctx.date(day.replace(day=1))} to {ctx.date(ctx.later(day.replace(day=1), 29, 30))}")
        )
        pairs.append(("Balance outstanding", ctx.pick(["Nil", ctx.money(0), "None"])))
    if ctx.locale == "en_IN":
        pairs.append(("Landlord PAN", ctx.pan()))
    b.fields(pairs)
    b.lines(
        [
            "",
            "Revenue Stamp" if ctx.locale == "en_IN" and rent > 5000 else "",
            "______________________",
            ctx.pick(["Landlord's Signature", "Signature of Landlord", f"{landlord} (Landlord)"]),
        ],
        align="right",
    )
    return (
        ctx.pick(["SECURITY DEPOSIT RECEIPT", "Deposit Receipt"])
        if deposit
        else ctx.pick(["RENT RECEIPT", "Rent Receipt", "Receipt for Rent", "HOUSE RENT RECEIPT"])
    )


def _ack_fees(ctx: Ctx, b: DocBuilder) -> str:
    school = (
        f"{ctx.pick(['St. ', 'Sacred Heart ', 'Green Valley ', 'Sunrise ', 'Delhi Public ', ''])}{ctx.last_name()} "
        + ctx.pick(
            [
                "Public School",
                "High School",
                "College",
                "Academy",
                "International School",
                "Coaching Centre",
                "Sports Club",
            ]
        )
    )
    b.lines([school.upper(), ctx.address(), f"Ph: {_phone(ctx)}"], align="center", bold=True)
    day = ctx.day()
    b.fields(
        [
            ("Receipt No", ctx.digits(5)),
            ("Date", ctx.date(day)),
            ("Student Name", ctx.person()),
            (
                ctx.pick(["Class", "Course", "Grade"]),
                ctx.pick(["VII-B", "X-A", "B.Com I Yr", "Grade 5", "XII Science", "Under-14"]),
            ),
            (ctx.pick(["Admission No", "Roll No", "Student ID"]), ctx.digits(ctx.pick([4, 5, 7]))),
            ("Academic Year", f"{day.year}-{str(day.year + 1)[2:]}"),
        ],
        columns=2,
    )
    big = ctx.currency in ACK_BIG_UNITS
    heads = ctx.some(
        [
            "Tuition Fee",
            "Admission Fee",
            "Exam Fee",
            "Transport Fee",
            "Library Fee",
            "Lab Fee",
            "Computer Fee",
            "Annual Charges",
            "Sports Fee",
            "Late Fee",
        ],
        1,
        5,
    )
    rows = []
    total_amount = 0.0
    for n, head in enumerate(heads, start=1):
        fee = ctx.amount(500, 25000, whole=True) if big else ctx.amount(20, 900, whole=True)
        total_amount += fee
        rows.append(
            [
                str(n),
                head + (f" ({ctx.pick(['Term 1', 'Apr-Jun', 'Q2', 'Semester II'])})" if ctx.chance(0.3) else ""),
                ctx.num(fee),
            ]
        )
    b.table(["S.No", "Particulars", "Amount"], rows, numeric_from=2)
    b.fields(
        [
            ("Total Paid", ctx.money(total_amount)),
            ("In words", _ack_words(ctx, total_amount)),
            ("Mode of Payment", ctx.pick(["Cash", "Cheque", "DD", "Online", "UPI", "Card"])),
            ("Balance Fee", ctx.pick(["0.00", "Nil", ctx.num(0)])),
        ]
    )
    b.lines(
        ["Cashier / Accountant", ctx.pick(["Fees once paid are not refundable.", "Computer generated receipt.", ""])],
        align="right",
    )
    return ctx.pick(["FEE RECEIPT", "Fee Receipt", "FEES RECEIPT", "Payment Receipt"])


def _ack_bill_payment(ctx: Ctx, b: DocBuilder) -> str:
    biller = ctx.pick(
        [
            "Electricity Board",
            "Water Supply & Sewerage",
            "Municipal Corporation - Property Tax",
            "Broadband",
            "Gas Company",
            "Mobile Postpaid",
        ]
    )
    amount = ctx.amount(20, 400) if ctx.currency not in ACK_BIG_UNITS else ctx.amount(250, 9000)
    day = ctx.day()
    b.p(
        ctx.pick(
            ["Your payment was successful.", "Thank you! We have received your payment.", "Transaction Successful"]
        )
    )
    b.fields(
        [
            ("Biller", f"{ctx.city()} {biller}"),
            (
                ctx.pick(["Consumer No", "Account Number", "Customer ID", "Service No"]),
                ctx.digits(ctx.pick([9, 10, 12])),
            ),
            ("Customer Name", ctx.person()),
            ("Amount Paid", ctx.money(amount)),
            ("Payment Date", f"{ctx.date(day)} {_clock(ctx, 0, 23, seconds=True)}"),
            (
                "Payment Mode",
                ctx.pick(["Debit Card", "Credit Card", "UPI", "Net Banking", "Wallet", "Cash at counter"]),
            ),
            (
                ctx.pick(["Transaction Ref No", "Transaction ID", "Receipt No"]),
                ctx.code(ctx.pick(["############", "??##########", "BD#########"])),
            ),
            ("Status", ctx.pick(["SUCCESS", "Successful", "Paid"])),
        ]
    )
    b.p(
        ctx.pick(
            [
                "This is a system generated receipt.",
                "Please keep this receipt for future reference.",
                "It may take up to 48 hours for the payment to reflect in your account.",
            ]
        ),
        small=True,
    )
    return ctx.pick(["Payment Receipt", "Bill Payment Receipt", "Transaction Receipt", "e-Receipt"])


def _ack_paid_in_full(ctx: Ctx, b: DocBuilder) -> str:
    trade = f"{ctx.last_name()} {ctx.pick(TRADES)}"
    b.lines([trade, ctx.address(), _phone(ctx)], bold=False)
    amount = ctx.amount(60, 4800)
    day = ctx.day()
    client = ctx.person()
    b.fields(
        [
            (ctx.pick(["Receipt #", "Receipt No."]), ctx.digits(4)),
            ("Date received", ctx.date(day)),
            ("Received from", client),
        ]
    )
    inv = ctx.digits(ctx.pick([3, 4]))
    b.p(
        ctx.pick(
            [
                f"Payment received for invoice #{inv}. Thank you!",
                f"Invoice {inv} - PAID IN FULL",
                f"Payment for services rendered ({ctx.pick(TRADE_JOBS)}).",
            ]
        )
    )
    b.table(
        None,
        [
            ["Amount received", ctx.money(amount)],
            ["Previous balance", ctx.money(amount)],
            ["Balance remaining", ctx.money(0)],
        ],
        numeric_from=1,
    )
    b.fields(
        [
            (
                "Payment method",
                ctx.pick(
                    ["Check #" + ctx.digits(4), "Cash", "Zelle", "Venmo", "Bank transfer", "Credit card", "E-transfer"]
                ),
            ),
            ("Received by", ctx.person()),
        ]
    )
    return ctx.pick(["RECEIPT", "Payment Receipt", "Receipt of Payment", "PAID"])


def _ack_rent_eu(ctx: Ctx, b: DocBuilder) -> str:
    tenant, landlord = ctx.person(), ctx.person()
    day = ctx.day()
    rent = ctx.amount(350, 1600, whole=True)
    charges = ctx.amount(30, 250, whole=True)
    first = day.replace(day=1)
    last = ctx.later(first, 27, 27)
    while (last + dt.timedelta(days=1)).month == last.month:
        last += dt.timedelta(days=1)
    place = ctx.address()
    if ctx.lang == "fr":
        b.lines([f"{landlord}", ctx.address(), "", f"{tenant}", place])
        b.p(
            f"Je soussigné(e) {landlord}, propriétaire du logement désigné ci-dessus, déclare avoir reçu de "
            f"{tenant} la somme de {ctx.money(rent + charges)} au titre du paiement du loyer et des charges pour la "
            f"période de location du {ctx.date(first, 0)} au {ctx.date(last, 0)} et lui en donne quittance, "
            "sous réserve de tous mes droits."
        )
        b.fields(
            [
                ("Loyer", ctx.money(rent)),
                ("Provision pour charges", ctx.money(charges)),
                ("Total", ctx.money(rent + charges)),
            ]
        )
        b.fields(
            [
                ("Date du paiement", ctx.date(ctx.later(first, 0, 8))),
                ("Fait à", f"{ctx.city()}, le {ctx.date(ctx.later(last, 0, 5))}"),
            ]
        )
        b.lines(["Signature du bailleur"], align="right")
        return ctx.pick(["QUITTANCE DE LOYER", "Quittance de loyer", f"Quittance de loyer - {ctx.month(day)}"])
    if ctx.lang == "de":
        b.p(
            f"Hiermit bestätige ich, {landlord}, von {tenant} die Miete für die Wohnung {place} für den Monat "
            f"{ctx.month(day)} in Höhe von {ctx.money(rent + charges)} (Kaltmiete {ctx.money(rent)}, Nebenkosten "
            f"{ctx.money(charges)}) {ctx.pick(['in bar', 'per Überweisung'])} erhalten zu haben."
        )
        b.fields(
            [("Betrag", ctx.money(rent + charges)), ("Ort, Datum", f"{ctx.city()}, {ctx.date(ctx.later(first, 0, 6))}")]
        )
        b.lines(["______________________", "Unterschrift Vermieter"], align="right")
        return ctx.pick(["Mietquittung", "MIETQUITTUNG", "Quittung über Mietzahlung"])
    b.p(
        f"He recibido de D./Dña. {tenant} la cantidad de {ctx.money(rent + charges)} en concepto de renta del mes de "
        f"{ctx.month(day, year=False)} de {day.year} de la vivienda sita en {place}."
    )
    b.fields(
        [
            ("Renta", ctx.money(rent)),
            ("Gastos de comunidad", ctx.money(charges)),
            ("Total recibido", ctx.money(rent + charges)),
        ]
    )
    b.fields(
        [
            ("Lugar y fecha", f"{ctx.city()}, {ctx.date(ctx.later(first, 0, 6))}"),
            ("Forma de pago", ctx.pick(["Efectivo", "Transferencia", "Bizum"])),
        ]
    )
    b.lines(["Firma del arrendador", landlord], align="right")
    return ctx.pick(["RECIBO DE ALQUILER", "Recibo de arrendamiento", "RECIBO"])


def receipt_payment_acknowledgement(rng: random.Random) -> SyntheticDocument:
    """Printed or e-mailed 'Payment Receipt' pages: hotel bookings, rent and deposits, school fees, bill payments,
    tradespeople's 'paid in full' notes, and French/German/Spanish rent receipts (quittance de loyer)."""
    kind = rng.choice(["hotel", "hotel", "rent", "rent", "fees", "bill", "paid", "rent_eu"])
    if kind == "rent_eu":
        ctx = Ctx(rng, rng.choice(["fr_FR", "fr_FR", "de_DE", "es_ES"]))
    else:
        locale = rng.choice(ACK_LOCALES)
        ctx = Ctx(rng, locale, ACK_CURRENCY.get(locale))
    b = start(LABEL, ctx)
    builders = {
        "hotel": _ack_hotel,
        "rent": _ack_rent,
        "fees": _ack_fees,
        "bill": _ack_bill_payment,
        "paid": _ack_paid_in_full,
        "rent_eu": _ack_rent_eu,
    }
    title = builders[kind](ctx, b)
    if kind in ("hotel", "bill") and ctx.chance(0.5):
        b.p(
            ctx.pick(
                [
                    "This is a computer generated receipt and does not require a signature.",
                    "Thank you for your payment.",
                ]
            ),
            small=True,
        )
    return b.build(title, ctx.pick(["page", "page", "letter"]))


# ---------------------------------------------------------------------------------------------------------
# Receipt-book slips filled in with a pen: printed labels (which OCR reads) around handwritten values (which it
# mostly does not). US stationery-store books, German 'Quittung' pads, French 'Reçu', Spanish 'Recibo', Italian
# 'Ricevuta', and the odd free-hand note on plain paper.

HAND_PURPOSE = {
    "en": [
        "Rent - ",
        "Deposit",
        "Car repair",
        "Used sofa",
        "Lawn mowing",
        "Piano lessons",
        "Babysitting",
        "Firewood",
        "Catering deposit",
        "Dues",
    ],
    "de": [
        "Miete ",
        "Kaution",
        "Reparatur",
        "Nachhilfe",
        "Gebrauchtes Fahrrad",
        "Vereinsbeitrag",
        "Brennholz",
        "Anzahlung",
    ],
    "fr": ["Loyer ", "Caution", "Réparation", "Cours de piano", "Vente vélo d'occasion", "Cotisation", "Acompte"],
    "es": ["Alquiler ", "Fianza", "Reparación", "Clases particulares", "Venta de bicicleta", "Cuota", "Señal"],
    "it": [
        "Affitto ",
        "Caparra",
        "Riparazione",
        "Lezioni private",
        "Vendita bicicletta usata",
        "Quota associativa",
        "Acconto",
    ],
}


def receipt_book_handwritten(rng: random.Random) -> SyntheticDocument:
    """Handwritten receipt-book slips (US, DE, FR, ES, IT) and free-hand receipts; values written by hand."""
    lang = rng.choice(["en", "en", "en", "de", "de", "fr", "es", "it"])
    locale = {
        "en": rng.choice(["en_US", "en_US", "en_CA", "en_GB", "en_AU"]),
        "de": rng.choice(["de_DE", "de_DE", "de_AT"]),
        "fr": "fr_FR",
        "es": "es_ES",
        "it": "it_IT",
    }[lang]
    ctx = Ctx(rng, locale, "EUR" if locale in ("de_AT", "it_IT") else None)
    b = start(LABEL, ctx)
    amount = ctx.amount(10, 2500, whole=ctx.chance(0.7))
    day = ctx.day()
    payer, payee = ctx.person(), ctx.person()
    purpose = ctx.pick(HAND_PURPOSE[lang])
    if purpose.endswith(" "):
        purpose += ctx.month(day)
    decimals = 0 if amount == int(amount) else 2
    figure = _amt(amount, "comma", decimals) if lang == "it" else ctx.num(amount, decimals)
    free_hand = ctx.chance(0.15)
    if free_hand:
        printed = {
            "en": ["RECEIPT", "Receipt", "CASH RECEIPT"],
            "de": ["QUITTUNG", "Quittung"],
            "fr": ["REÇU", "Reçu"],
            "es": ["RECIBO", "Recibí"],
            "it": ["RICEVUTA", "Ricevuta"],
        }[lang]
        b.lines([ctx.pick(printed)], align="center", bold=True)
        what, when = purpose.lower(), ctx.date(day)
        text = {
            "en": f"I, {payee}, received {ctx.money(amount)} cash from {payer} for {what} on {when}. Paid in full.",
            "de": f"Ich, {payee}, habe von {payer} {figure} Euro in bar für {purpose} erhalten. {ctx.city()}, {when}",
            "fr": f"Je soussigné {payee} reconnais avoir reçu de {payer} la somme de {figure} euros pour {what}. "
            f"Le {when}",
            "es": f"Recibí de {payer} la cantidad de {figure} euros en concepto de {what}. {ctx.city()}, {when}",
            "it": f"Io sottoscritto {payee} dichiaro di aver ricevuto da {payer} la somma di euro {figure} "
            f"per {what}. {when}",
        }[lang]
        b.p(text, hand=True)
        b.lines([payee], hand=True, align="right")
        b.lines(
            [{"en": "Signature", "de": "Unterschrift", "fr": "Signature", "es": "Firma", "it": "Firma"}[lang]],
            align="right",
        )
        return b.build(None, "handwritten")
    number = ctx.digits(ctx.pick([4, 5, 6]))
    if lang == "en":
        words = amount_in_words(amount, indian=False) + (" and 00/100" if ctx.chance(0.5) else "")
        b.lines(
            [
                f"RECEIPT   No {number}" if ctx.chance(0.6) else "RECEIPT",
                ctx.pick(["", "", "ORIGINAL", "CUSTOMER COPY"]),
            ],
            bold=True,
        )
        b.fields([("DATE", ctx.date(day))], hand=True)
        b.fields(
            [
                ("RECEIVED FROM", payer),
                ("ADDRESS", ctx.street() if ctx.chance(0.5) else ""),
                ("", words),
                ("DOLLARS $" if ctx.currency != "GBP" else "POUNDS £", figure),
                ("FOR RENT" if purpose.startswith("Rent") else ctx.pick(["FOR", "FOR PAYMENT OF"]), purpose),
            ],
            sep=" ",
            hand=True,
        )
        if ctx.chance(0.7):
            prior = amount + ctx.pick([0.0, 0.0, ctx.amount(50, 500, whole=True)])
            b.fields(
                [
                    ("ACCOUNT", ctx.num(prior, decimals)),
                    ("PAYMENT", figure),
                    ("BAL. DUE", ctx.num(prior - amount, decimals)),
                ],
                columns=3,
                sep=" ",
                hand=True,
            )
        method = ctx.pick(["CASH", "CHECK", "MONEY ORDER", "CREDIT CARD"])
        b.lines(
            [
                "[X] "
                + method
                + "   "
                + "   ".join(f"[ ] {m}" for m in ("CASH", "CHECK", "MONEY ORDER", "CREDIT CARD") if m != method)
            ]
        )
        b.fields(
            [("FROM", ctx.date(day.replace(day=1))), ("TO", ctx.date(ctx.later(day.replace(day=1), 29, 30)))]
            if ctx.chance(0.4)
            else [],
            columns=2,
            hand=True,
        )
        b.fields([("BY", payee)], hand=True, sep=" ")
        return b.build(None, "handwritten")
    if lang == "de":
        vat = ctx.chance(0.5)
        rate = 20 if locale == "de_AT" else 19
        net = amount / (1 + rate / 100)
        b.lines([f"Quittung  Nr. {number}"], bold=True)
        pairs = [("EUR", figure)]
        if vat:
            pairs = [
                ("Netto EUR", ctx.num(net)),
                (f"+ {rate} % MwSt. EUR", ctx.num(amount - net)),
                ("Gesamt EUR", ctx.num(amount)),
            ]
        b.fields(pairs, hand=True)
        b.fields(
            [
                ("Euro in Worten", f"{figure} ---"),
                (ctx.pick(["von", "erhalten von"]), payer),
                ("für", purpose),
                ("dankend erhalten", ""),
                ("Ort / Datum", f"{ctx.city()}, {ctx.date(day, 0)}"),
            ],
            hand=True,
        )
        b.lines(["Buchungsvermerke", "Stempel / Unterschrift des Empfängers"], align="right")
        return b.build(None, "handwritten")
    if lang == "fr":
        b.lines([f"REÇU  N° {number}"], bold=True)
        b.fields([("Somme", f"{figure} €")], hand=True)
        b.fields(
            [
                ("Reçu de M. / Mme", payer),
                ("la somme de (en lettres)", f"{figure} euros"),
                ("pour", purpose),
                ("Mode de règlement", ctx.pick(["espèces", "chèque", "virement"])),
                ("Fait à", ctx.city()),
                ("le", ctx.date(day, 0)),
            ],
            hand=True,
        )
        b.lines(["Signature"], align="right")
        return b.build(None, "handwritten")
    if lang == "es":
        b.lines([f"RECIBO  Nº {number}", f"Por {ctx.pick(['€', 'EUROS'])}"], bold=True)
        b.fields([("", figure)], hand=True)
        b.fields(
            [
                ("He recibido de", payer),
                ("la cantidad de", f"{figure} euros"),
                ("en concepto de", purpose),
                ("Lugar y fecha", f"{ctx.city()}, {ctx.date(day, 0)}"),
            ],
            hand=True,
        )
        b.lines(["Firma"], align="right")
        return b.build(None, "handwritten")
    b.lines([f"RICEVUTA  N. {number}", "Euro"], bold=True)
    b.fields([("", figure)], hand=True)
    b.fields(
        [
            ("Ricevo dal Sig./dalla Sig.ra", payer),
            ("la somma di euro (in lettere)", f"{int(amount)}/{round(amount % 1 * 100):02d}"),
            ("per", purpose),
            ("Luogo e data", f"{ctx.city()}, {dmy(day)}"),
        ],
        hand=True,
    )
    b.lines(["Marca da bollo" if amount > 77.47 else "", "Firma"], align="right")
    return b.build(None, "handwritten")


# ---------------------------------------------------------------------------------------------------------
# Payment confirmations from apps and wallets, as screenshots and SMS: UPI apps, M-Pesa, PayPal-style e-mails,
# GCash, Pix 'comprovante', Bizum, Alipay/WeChat-style 'payment successful' screens.

INDIAN_BANKS = ["State Bank of India", "HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"]
KENYAN_BILLERS = ["KPLC PREPAID", "NAIROBI WATER", "ZUKU", "NHIF", "SAFARICOM HOME"]
KENYAN_NAMES = [
    "JOHN KAMAU",
    "MARY WANJIKU",
    "PETER OTIENO",
    "GRACE ACHIENG",
    "JAMES MWANGI",
    "FAITH CHEBET",
    "DAVID KIPROTICH",
    "ANN NJERI",
]
KENYAN_TILLS = [
    "NAIVAS SUPERMARKET",
    "QUICKMART",
    "CARREFOUR",
    "KPLC PREPAID",
    "JAVA HOUSE",
    "MAMA MBOGA STORES",
    "TOTAL ENERGIES",
    "GOODLIFE PHARMACY",
]
CHINESE_NAMES = ["Zhang Wei", "Wang Fang", "Li Na", "Liu Yang", "Chen Jing", "Zhao Lei", "Huang Min", "Zhou Jie"]
CHINESE_MERCHANTS = [
    "Luckin Coffee",
    "Meituan Waimai",
    "Didi Chuxing",
    "Hema Fresh",
    "Family Mart",
    "Heytea",
    "China Mobile",
    "Metro Line 2",
]
FILIPINO_NAMES = ["Juan Dela Cruz", "Maria Santos", "Jose Reyes", "Ana Bautista", "Mark Villanueva", "Kristine Garcia"]


def receipt_wallet_confirmation(rng: random.Random) -> SyntheticDocument:
    """Payment confirmations from wallets and payment apps: UPI, M-Pesa SMS, PayPal-style, GCash, Pix, Bizum, Alipay."""
    kind = rng.choice(["upi", "upi", "mpesa", "mpesa", "paypal", "gcash", "pix", "bizum", "alipay"])
    locale = {
        "upi": "en_IN",
        "mpesa": "en_KE",
        "paypal": rng.choice(["en_US", "en_GB", "en_AU", "de_DE", "fr_FR"]),
        "gcash": "en_PH",
        "pix": "pt_BR",
        "bizum": "es_ES",
        "alipay": "zh_CN",
    }[kind]
    currency = {"en_KE": "KES", "en_PH": "PHP", "pt_BR": "BRL", "zh_CN": "CNY"}.get(locale)
    ctx = Ctx(rng, locale, currency)
    b = start(LABEL, ctx)
    day = ctx.day()
    hh, mm = ctx.randint(0, 23), ctx.randint(0, 59)
    if kind == "upi":
        amount = ctx.amount(10, 25000, whole=ctx.chance(0.6))
        payee = (
            ctx.person()
            if ctx.chance(0.5)
            else ctx.pick(
                [
                    "Swiggy",
                    "Zomato",
                    "Reliance Fresh",
                    "Sharma General Store",
                    "BESCOM",
                    "Uber India",
                    "Big Bazaar",
                    "Chai Point",
                ]
            )
        )
        handle = "".join(ch for ch in payee.lower() if ch.isalnum())[:12] + ctx.pick(
            ["@okaxis", "@ybl", "@paytm", "@oksbi", "@okicici", "@upi"]
        )
        app = ctx.pick(["Google Pay", "PhonePe", "Paytm", "BHIM", "Amazon Pay"])
        b.lines(
            [ctx.pick(["Payment Successful", "Paid successfully", "Transaction Successful", "Completed"])],
            align="center",
            bold=True,
        )
        b.lines([f"₹{ctx.num(amount, 0 if amount == int(amount) else 2)}"], align="center", bold=True)
        pairs = [
            (ctx.pick(["Paid to", "To"]), payee),
            ("", handle),
            (
                ctx.pick(["From", "Debited from"]),
                f"{ctx.pick(INDIAN_BANKS)} XXXX{ctx.digits(4)}",
            ),
            ("UPI transaction ID", ctx.digits(12)),
            (f"{app.split()[0]} transaction ID", ctx.code("************")),
            (
                "Date",
                f"{day.day} {ctx.month(day, year=False)[:3]} {day.year}, {_twelve_hour(hh, mm).lower()}",
            ),
        ]
        if ctx.chance(0.4):
            pairs.insert(2, ("Note", ctx.pick(["Rent", "Dinner", "Groceries", "Electricity bill", "Fees"])))
        b.fields(pairs, sep=ctx.pick([": ", "  ", " "]))
        b.lines([ctx.pick(["Share receipt", "Powered by UPI", f"{app}", "Split expense"])], align="center")
        return b.build(None, "receipt")
    if kind == "mpesa":
        messages = []
        for _ in range(ctx.randint(1, 3)):
            hh, mm = ctx.randint(0, 23), ctx.randint(0, 59)
            code = ctx.code("??#??#####")
            amount = ctx.amount(20, 15000, whole=ctx.chance(0.7))
            balance = ctx.amount(50, 60000)
            when = f"{day.day}/{day.month}/{str(day.year)[2:]} at {_twelve_hour(hh, mm)}"
            kind_msg = ctx.pick(["till", "send", "paybill"])
            if kind_msg == "till":
                messages.append(
                    f"{code} Confirmed. Ksh{ctx.num(amount)} paid to {ctx.pick(KENYAN_TILLS)}. on {when}.New M-PESA "
                    f"balance is Ksh{ctx.num(balance)}. Transaction cost, Ksh0.00. Amount you can transact within the "
                    f"day is {ctx.num(499999 - amount)}."
                )
            elif kind_msg == "send":
                messages.append(
                    f"{code} Confirmed. Ksh{ctx.num(amount)} sent to {ctx.pick(KENYAN_NAMES)} 07{ctx.digits(8)} "
                    f"on {when}. New M-PESA balance is Ksh{ctx.num(balance)}. "
                    f"Transaction cost, Ksh{ctx.num(ctx.pick([0, 7, 13, 23, 33, 53]))}."
                )
            else:
                messages.append(
                    f"{code} Confirmed. Ksh{ctx.num(amount)} sent to {ctx.pick(KENYAN_BILLERS)} "
                    f"for account {ctx.digits(ctx.pick([6, 8, 11]))} on {when} New M-PESA balance is "
                    f"Ksh{ctx.num(balance)}. Transaction cost, Ksh0.00."
                )
            day = ctx.later(day, 0, 3)
        b.lines(["M-PESA", f"{ctx.date(day)}"], align="center")
        for msg in messages:
            b.p(msg)
        return b.build(None, "receipt")
    if kind == "paypal":
        amount = ctx.amount(3, 600)
        merchant = ctx.company()
        text = {
            "en": (
                f"You sent a payment of {ctx.money(amount)} to {merchant}",
                "Transaction ID",
                "Transaction date",
                "Paid with",
                "Total",
                "Receipt ID",
            ),
            "de": (
                f"Sie haben eine Zahlung über {ctx.money(amount)} an {merchant} gesendet",
                "Transaktionscode",
                "Transaktionsdatum",
                "Bezahlt mit",
                "Gesamt",
                "Belegnummer",
            ),
            "fr": (
                f"Vous avez envoyé un paiement de {ctx.money(amount)} à {merchant}",
                "N° de transaction",
                "Date de la transaction",
                "Payé avec",
                "Total",
                "N° de reçu",
            ),
        }[ctx.lang]
        b.p(
            f"{ctx.pick(['Hello', 'Hi'])} {ctx.first_name()},"
            if ctx.lang == "en"
            else f"{ctx.pick(['Hallo', 'Bonjour'])} {ctx.first_name()},"
        )
        b.p(text[0])
        b.fields(
            [
                (text[1], ctx.code("#??#####??######?")),
                (text[2], ctx.date(day)),
                (
                    text[3],
                    f"{ctx.pick(['Visa', 'Mastercard', 'PayPal balance', 'Bank account'])} "
                    f"{'x-' + ctx.digits(4) if ctx.chance(0.6) else ''}".strip(),
                ),
                (text[5], ctx.code("####-####-####-####")),
            ]
        )
        b.table(
            None,
            [[ctx.pick(["Order", "Item", "Purchase details"]), ctx.money(amount)], [text[4], ctx.money(amount)]],
            numeric_from=1,
        )
        b.p(
            {
                "en": "It may take a few moments for this transaction to appear in your account. "
                "Questions? Go to the Help Centre.",
                "de": "Es kann einen Moment dauern, bis diese Transaktion in Ihrem Konto angezeigt wird.",
                "fr": "Cette transaction peut mettre quelques instants à apparaître sur votre compte.",
            }[ctx.lang],
            small=True,
        )
        title = {
            "en": ["Receipt for your payment", "You sent a payment", "Payment sent"],
            "de": ["Zahlungsbeleg", "Sie haben eine Zahlung gesendet"],
            "fr": ["Reçu de votre paiement", "Paiement envoyé"],
        }[ctx.lang]
        return b.build(ctx.pick(title), "page")
    if kind == "gcash":
        amount = ctx.amount(50, 15000)
        b.lines(
            [ctx.pick(["GCash", "Maya"]), ctx.pick(["Express Send", "Pay Bills", "Payment", "Sent via GCash"])],
            align="center",
            bold=True,
        )
        b.fields(
            [
                (
                    "To",
                    ctx.pick(FILIPINO_NAMES)
                    if ctx.chance(0.6)
                    else ctx.pick(["MERALCO", "Maynilad", "PLDT", "Jollibee", "SM Store"]),
                ),
                ("Mobile No.", f"+63 9{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(4)}"),
                ("Amount", f"PHP {ctx.num(amount)}"),
                ("Total Amount Sent", f"PHP {ctx.num(amount)}"),
                ("Ref No.", f"{ctx.digits(4)} {ctx.digits(3)} {ctx.digits(6)}"),
                (
                    "",
                    f"{ctx.month(day, year=False)[:3]} {day.day}, {day.year} {_twelve_hour(hh, mm)}",
                ),
            ],
            sep=ctx.pick(["  ", ": "]),
        )
        b.lines([ctx.pick(["Successfully sent!", "Payment successful", "Transaction successful"])], align="center")
        return b.build(None, "receipt")
    if kind == "pix":
        amount = ctx.amount(5, 3000)
        b.lines([ctx.pick(["Comprovante de transferência", "Comprovante Pix", "Pix enviado"])], bold=True)
        b.fields(
            [
                ("Valor", f"R$ {_amt(amount, 'comma')}"),
                ("Data", f"{dmy(day)} - {hh:02d}:{mm:02d}:{ctx.randint(0, 59):02d}"),
                ("Tipo", ctx.pick(["Pix", "Pix - QR Code", "Pix por chave"])),
                ("Destino", ctx.person()),
                ("CPF", f"***.{ctx.digits(3)}.{ctx.digits(3)}-**"),
                (
                    "Instituição",
                    ctx.pick(
                        [
                            "NU PAGAMENTOS - IP",
                            "ITAÚ UNIBANCO S.A.",
                            "BCO DO BRASIL S.A.",
                            "CAIXA ECONOMICA FEDERAL",
                            "BCO BRADESCO S.A.",
                        ]
                    ),
                ),
                ("Origem", ctx.person()),
                ("ID da transação", "E" + ctx.code("########" + "*" * 23)),
                ("Autenticação", ctx.code("*" * 24)),
            ],
            sep=ctx.pick(["  ", ": "]),
        )
        b.lines(
            [
                ctx.pick(
                    ["Ouvidoria: 0800 " + ctx.digits(3) + " " + ctx.digits(4), "Transferência realizada com sucesso"]
                )
            ]
        )
        return b.build(None, "receipt")
    if kind == "bizum":
        amount = ctx.amount(1, 500)
        b.lines(
            ["Bizum", ctx.pick(["Operación realizada", "Has enviado dinero", "Pago realizado"])],
            align="center",
            bold=True,
        )
        b.fields(
            [
                ("Importe", f"{_amt(amount, 'comma')} €"),
                ("Destinatario", ctx.person()),
                ("Teléfono", f"+34 6{ctx.digits(2)} {ctx.digits(3)} {ctx.digits(3)}"),
                ("Concepto", ctx.pick(["Cena", "Regalo", "Alquiler", "Entradas", "Gasolina", "Compra"])),
                ("Fecha", f"{ctx.date(day, 0)} {hh:02d}:{mm:02d}"),
                ("Cuenta de cargo", f"ES** **** **** **** {ctx.digits(4)}"),
                ("Referencia", ctx.code("BIZ############")),
            ]
        )
        b.p("Justificante de la operación. Conserve este documento.", small=True)
        return b.build(None, "receipt")
    amount = ctx.amount(3, 2000)
    b.lines([ctx.pick(["Payment successful", "Paid", "Payment Success"])], align="center", bold=True)
    b.lines([f"-{_amt(amount)}", ctx.pick(CHINESE_MERCHANTS)], align="center", bold=True)
    b.fields(
        [
            ("Status", ctx.pick(["Completed", "Payment successful", "Success"])),
            ("Payment time", f"{_dnum(day, '{y}-{m:02d}-{d:02d}')} {hh:02d}:{mm:02d}:{ctx.randint(0, 59):02d}"),
            (
                "Product",
                ctx.pick(["Order payment", "Take-away order", "Ride fare", "Coffee", "Mobile top-up", "Metro fare"]),
            ),
            (
                "Merchant full name",
                ctx.pick(CHINESE_MERCHANTS)
                + ctx.pick([" (Shanghai) Co., Ltd.", " Technology Co., Ltd.", " Beijing Branch"]),
            ),
            (
                "Payment method",
                ctx.pick(["Balance", "Yu'e Bao", "China Merchants Bank Debit Card (" + ctx.digits(4) + ")", "Change"]),
            ),
            ("Transaction No.", ctx.digits(28)),
            ("Merchant order No.", ctx.digits(20)),
            ("Payer", ctx.pick(CHINESE_NAMES)),
        ]
    )
    b.lines(
        [ctx.pick(["Have questions about this bill? Contact merchant", "Request fapiao", "Transaction details"])],
        align="center",
    )
    return b.build(ctx.pick([None, "Bill details", "Transaction details"]), "receipt")


# ---------------------------------------------------------------------------------------------------------
# Convenience-store and small-shop receipts from East and South-East Asia, in English or transliteration:
# Japan (reduced-rate '*' items, T-registration number), China, Taiwan (e-invoice certificate), Thailand
# ('TAX INVOICE (ABB)'), Singapore ('TAX INVOICE', NETS), Korea, the Philippines (VATable sales, 'OFFICIAL RECEIPT').

JP_STORES = ["7-Eleven", "FamilyMart", "LAWSON", "Ministop", "Daily Yamazaki", "NewDays"]
JP_BRANCHES = [
    "Shibuya 2-chome",
    "Shinjuku Nishiguchi",
    "Umeda Chayamachi",
    "Namba Sennichimae",
    "Sapporo Kita 3-jo",
    "Hakata Ekimae",
    "Kyoto Shijo Karasuma",
    "Ikebukuro Higashi",
    "Minatomirai",
    "Nagoya Sakae",
]
JP_ITEMS = [
    ("Onigiri Sake (salmon)", 130, 180, True),
    ("Onigiri Tuna Mayo", 120, 160, True),
    ("Karaage Bento", 450, 650, True),
    ("Mix Sandwich", 280, 380, True),
    ("Oi Ocha 525ml", 140, 170, True),
    ("Boss Coffee Can", 120, 150, True),
    ("Calpis Water", 140, 170, True),
    ("Cup Noodle Seafood", 200, 250, True),
    ("Melon Pan", 130, 170, True),
    ("Oden Daikon", 90, 130, True),
    ("Famichiki", 200, 240, True),
    ("Asahi Super Dry 350ml", 220, 260, False),
    ("Rejibukuro (bag) L", 3, 5, False),
    ("Vinyl Umbrella", 600, 900, False),
    ("Mask 7pcs", 300, 500, False),
    ("Pocari Sweat 500ml", 150, 170, True),
]
ASIA_ITEMS: dict[str, list[tuple[str, float, float]]] = {
    "cn": [
        ("Nongfu Spring 550ml", 2, 3),
        ("Instant Noodles Braised Beef", 4.5, 6),
        ("Steamed Bun (Baozi)", 2.5, 4),
        ("Tea Egg", 1.5, 2.5),
        ("Oden Set", 8, 15),
        ("Coca-Cola 500ml", 3, 3.5),
        ("Yogurt Drink", 5, 8),
        ("Bread Roll", 5, 9),
        ("Oolong Tea 500ml", 4, 6),
        ("Wet Wipes", 5, 10),
        ("Rice Ball", 6, 9),
        ("Sandwich", 10, 16),
    ],
    "tw": [
        ("Tea Egg", 10, 13),
        ("Rice Ball Tuna", 25, 35),
        ("Oolong Tea 600ml", 20, 30),
        ("Bubble Milk Tea", 35, 55),
        ("Bento Pork Chop", 69, 89),
        ("Taiwan Beer 330ml", 30, 40),
        ("Sweet Potato (roasted)", 30, 45),
        ("Oden Fish Ball", 10, 20),
        ("Umbrella", 99, 149),
    ],
    "th": [
        ("Crystal Water 600ml", 7, 10),
        ("Potato Chips Classic", 20, 30),
        ("Ovaltine UHT", 12, 15),
        ("Toasted Sandwich Ham Cheese", 29, 39),
        ("Chang Beer Can", 40, 48),
        ("Instant Noodle Tom Yum", 6, 8),
        ("M-150 Energy Drink", 10, 12),
        ("Pork Bun", 15, 25),
        ("Basil Fried Rice (frozen)", 35, 45),
        ("Thai Milk Tea", 25, 35),
    ],
    "sg": [
        ("Milo Packet 200ml", 1.2, 1.6),
        ("Kaya Bun", 1.5, 2.5),
        ("Green Tea 500ml", 1.8, 2.4),
        ("Gardenia Bread", 2.8, 3.5),
        ("Curry Puff", 1.5, 2.2),
        ("Tiger Beer Can", 3.8, 4.5),
        ("Mineral Water 1.5L", 1.5, 2.5),
        ("Tuna Sandwich", 3.5, 4.8),
        ("Chicken Rice Bento", 4.5, 6.5),
    ],
    "kr": [
        ("Triangle Kimbap Tuna Mayo", 1200, 1500),
        ("Banana Milk", 1500, 1800),
        ("Shin Ramyun Cup", 1300, 1600),
        ("Dosirak Lunch Box", 4500, 5500),
        ("Soju Chamisul", 1800, 2100),
        ("Samdasoo Water 500ml", 900, 1100),
        ("Honey Butter Chips", 1500, 2000),
        ("Hot Bar", 2000, 2800),
    ],
    "ph": [
        ("Siopao Asado", 35, 45),
        ("Pancit Canton", 15, 20),
        ("Big Bite Hotdog", 39, 55),
        ("Bottled Water 500ml", 15, 22),
        ("C2 Green Tea", 25, 30),
        ("Chicharon", 20, 35),
        ("Rice Meal Adobo", 79, 99),
        ("San Mig Light", 45, 55),
        ("Load Card 100", 100, 100),
    ],
}
ASIA_STORES = {
    "cn": ["FamilyMart", "LAWSON", "7-Eleven", "Meiyijia", "Kedi", "Lianhua Quik", "RT-Mart Express"],
    "tw": ["7-ELEVEN", "FamilyMart", "Hi-Life", "OK mart"],
    "th": ["7-Eleven", "FamilyMart", "Lawson 108", "Tops Daily", "CJ Express", "Mini Big C"],
    "sg": ["Cheers", "FairPrice Xpress", "7-Eleven", "Buzz", "Sheng Siong"],
    "kr": ["GS25", "CU", "emart24", "7-ELEVEN", "Ministop"],
    "ph": ["7-Eleven", "Ministop", "Alfamart", "FamilyMart", "Uncle John's"],
}
ASIA_BRANCHES = {
    "cn": [
        "Shanghai Jing'an Temple Store",
        "Beijing Sanlitun Store",
        "Shenzhen Futian Store",
        "Guangzhou Tianhe Store",
        "Hangzhou West Lake Store",
        "Chengdu Chunxi Road Store",
    ],
    "tw": ["Xinyi Store", "Zhongshan Store", "Ximen Store", "Banqiao Station Store", "Taichung Fengjia Store"],
    "th": ["Sukhumvit 11", "Silom Soi 4", "Nimman Chiang Mai", "Patong Beach", "Khao San Road"],
    "sg": ["Tampines Ave 5", "Raffles Place MRT", "Jurong East Central", "Orchard Road", "Bugis Junction"],
    "kr": [
        "Gangnam Station Branch",
        "Hongdae Main Branch",
        "Seomyeon Branch (Busan)",
        "Myeongdong Branch",
        "Jamsil Branch",
    ],
    "ph": ["Makati Ayala", "Cubao Quezon City", "Cebu IT Park", "BGC High Street", "Davao Bajada"],
}


def _asia_japan(ctx: Ctx, b: DocBuilder) -> None:
    b.lines(
        [
            f"{ctx.pick(JP_STORES)} {ctx.pick(JP_BRANCHES)}{ctx.pick([' Store', ' Ten', ''])}",
            f"Tel: 0{ctx.randint(3, 99)}-{ctx.digits(4)}-{ctx.digits(4)}",
            f"{ctx.pick(['Registration No.', 'Registered No.', 'Toroku Bango'])} T{ctx.digits(13)}"
            if ctx.chance(0.6)
            else "",
        ],
        align="center",
    )
    b.lines([ctx.pick(["RECEIPT", "Receipt", "Ryoshusho (Receipt)", "[Receipt]"])], align="center", bold=True)
    day = ctx.day()
    b.lines(
        [
            f"{_dnum(day, '{y}/{m:02d}/{d:02d}')}({WEEKDAYS_EN[day.weekday()]}) {_clock(ctx, 0, 23)}  "
            f"Reg#{ctx.randint(1, 3)}",
            f"Staff No.{ctx.digits(3)}  Resp{ctx.digits(4)}",
        ]
    )
    rows = []
    reduced = standard = 0
    for name, lo, hi, cut in ctx.some(JP_ITEMS, 1, 8):
        price = ctx.randint(int(lo), int(hi)) // 10 * 10 + ctx.pick([0, 0, 8])
        if cut:
            reduced += price
        else:
            standard += price
        rows.append([name + (" *" if cut else ""), f"¥{price:,}"])
    b.table(None, rows, numeric_from=1)
    total_amount = reduced + standard
    pairs = [(f"Subtotal ({len(rows)} items)", f"¥{total_amount:,}")]
    if reduced:
        pairs.append(("(8% target", f"¥{reduced:,}  tax ¥{reduced * 8 // 108:,})"))
    if standard:
        pairs.append(("(10% target", f"¥{standard:,}  tax ¥{standard * 10 // 110:,})"))
    pairs.append(("Total", f"¥{total_amount:,}"))
    method = ctx.pick(["cash", "Suica", "PayPay", "Credit", "iD", "nanaco", "WAON"])
    if method == "cash":
        given = _cash_given(ctx, float(total_amount))
        pairs += [
            ("Cash", f"¥{int(given):,}"),
            ("Change (otsuri)" if ctx.chance(0.4) else "Change", f"¥{int(given) - total_amount:,}"),
        ]
    else:
        pairs.append((f"{method} payment", f"¥{total_amount:,}"))
        if method in ("Suica", "nanaco", "WAON"):
            pairs.append((f"{method} balance", f"¥{ctx.randint(100, 9000):,}"))
    b.fields(pairs, sep="  ")
    b.lines(
        [
            f"{ctx.pick(['Ponta', 'd POINT', 'V Point', 'Rakuten Point'])} earned {max(1, total_amount // 100)}P"
            if ctx.chance(0.5)
            else "",
            ctx.pick(
                ["* indicates reduced tax rate (8%) item", "'*' = reduced tax rate applied", "* Keigen zeiritsu taisho"]
            ),
            ctx.pick(["Thank you very much", "Arigato gozaimashita", "Please come again"]),
        ]
    )


def _asia_other(ctx: Ctx, b: DocBuilder, country: str) -> None:
    store = ctx.pick(ASIA_STORES[country])
    head = [f"{store} {ctx.pick(ASIA_BRANCHES[country])}"]
    whole = country == "kr"
    places = 0 if country in ("kr", "tw") else 2
    cur = {"cn": "RMB", "tw": "NT$", "th": "THB", "sg": "S$", "kr": "KRW", "ph": "PHP"}[country]
    day = ctx.day()
    if country == "cn":
        head += [f"Store No.: {ctx.digits(6)}", f"Tel: 0{ctx.randint(10, 29)}-{ctx.digits(8)}"]
        title = ctx.pick(["Shopping Receipt", "SALES SLIP", "Receipt", "Xiaopiao (receipt)"])
    elif country == "tw":
        head += [f"Seller BAN {ctx.digits(8)}"]
        roc = day.year - 1911
        period = (day.month + 1) // 2 * 2
        title = ctx.pick(["E-INVOICE CERTIFICATE", "Electronic Uniform Invoice", "Transaction Details"])
        head += [
            f"{roc} {period - 1:02d}-{period:02d} Period",
            f"{ctx.code('??')}-{ctx.digits(8)}",
            f"Random code: {ctx.digits(4)}",
        ]
    elif country == "th":
        head += [
            f"TAX ID: 0{ctx.digits(12)} ({ctx.pick(['HEAD OFFICE', 'BRANCH ' + ctx.digits(5)])})",
            f"POS#: {ctx.code('?######')}",
        ]
        title = ctx.pick(["TAX INVOICE (ABB)", "RECEIPT/TAX INV(ABB)", "RECEIPT", "TAX INV (ABB)"])
    elif country == "sg":
        head += [f"CO REG NO: {ctx.code('19#######?')}", f"GST REG NO: {ctx.code('M#-#######-#')}"]
        title = ctx.pick(["TAX INVOICE", "TAX INVOICE", "RECEIPT", "SALES RECEIPT"])
    elif country == "kr":
        head += [
            f"Business Reg. No: {ctx.code('###-##-#####')}",
            f"Owner: {ctx.pick(['Kim', 'Lee', 'Park', 'Choi', 'Jung'])} "
            f"{ctx.pick(['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yoon'])}",
            f"Tel 0{ctx.randint(2, 64)}-{ctx.digits(3)}-{ctx.digits(4)}",
        ]
        title = ctx.pick(["RECEIPT", "[Card Receipt]", "Sales Slip", "[Customer copy]"])
    else:
        head += [
            f"Owned & Operated by: {ctx.pick(FILIPINO_NAMES).upper()}",
            f"VAT REG TIN: {ctx.code('###-###-###-000')}",
            f"MIN: {ctx.digits(17)}",
            f"SN: {ctx.code('???#####')}",
        ]
        title = ctx.pick(["OFFICIAL RECEIPT", "SALES INVOICE", "RECEIPT", "CASH SALES INVOICE"])
    b.lines(head, align="center")
    b.lines([title], align="center", bold=True)
    b.lines(
        [
            f"{_dnum(day, ctx.pick(['{y}-{m:02d}-{d:02d}', '{y}/{m:02d}/{d:02d}', '{d:02d}/{m:02d}/{y}']))} "
            f"{_clock(ctx, 0, 23, seconds=True)}",
            f"{ctx.pick(['Cashier', 'Staff', 'Op'])}: {ctx.digits(ctx.pick([3, 4, 6]))}  "
            f"{ctx.pick(['Receipt No', 'Trans#', 'No.'])} {ctx.digits(ctx.pick([6, 8, 10]))}",
        ]
    )
    rows = []
    total_amount = 0.0
    for name, lo, hi in ctx.some(ASIA_ITEMS[country], 1, 8):
        qty = ctx.randint(1, 3) if ctx.chance(0.3) else 1
        if whole:
            price = float(ctx.randint(int(lo), int(hi)) // 100 * 100)
        elif country in ("tw", "th", "ph"):
            price = float(ctx.randint(int(lo), int(hi)))
        else:
            price = ctx.amount(lo, hi)
        total_amount += qty * price
        amount = _amt(qty * price, "dot", places)
        rows.append([name, str(qty), amount] if ctx.chance(0.5) else [name if qty == 1 else f"{name} x{qty}", amount])
    b.table(None, rows, numeric_from=1)
    show_currency = ctx.chance(0.6)

    def money(x: float) -> str:
        text = _amt(x, "dot", places)
        return f"{cur} {text}" if show_currency else text

    pairs = [(ctx.pick(["TOTAL", "Total", "Total Qty " + str(len(rows)) + "  TOTAL"]), money(total_amount))]
    if country == "ph":
        vatable = total_amount / 1.12
        pairs += [
            ("VATable Sales", _amt(vatable)),
            ("VAT Amount (12%)", _amt(total_amount - vatable)),
            ("VAT-Exempt Sales", "0.00"),
            ("Zero-Rated Sales", "0.00"),
        ]
    elif country == "th":
        pairs.append(("VAT INCLUDED 7%", _amt(total_amount * 7 / 107)))
    elif country == "sg":
        pairs.append((ctx.pick(["GST 9% incl.", "Incl. 9% GST", "GST INCLUSIVE"]), _amt(total_amount * 9 / 109)))
    elif country == "kr":
        pairs += [
            ("Taxable amount", _amt(total_amount / 1.1, "dot", 0)),
            ("VAT", _amt(total_amount - total_amount / 1.1, "dot", 0)),
        ]
    methods = {
        "cn": ["WeChat Pay", "Alipay", "UnionPay QuickPass", "Cash"],
        "tw": ["Cash", "EasyCard", "iPASS", "LINE Pay", "Credit Card"],
        "th": ["Cash", "TrueMoney Wallet", "PromptPay", "Credit Card"],
        "sg": ["NETS", "CASH", "EZ-LINK", "PAYNOW", "VISA PAYWAVE"],
        "kr": ["Shinhan Card", "KB Kookmin Card", "Cash", "T-money", "Samsung Pay"],
        "ph": ["Cash", "GCash", "Maya", "Credit Card"],
    }[country]
    method = ctx.pick(methods)
    if method.lower() == "cash":
        given = _cash_given(ctx, total_amount)
        pairs += [(method, money(given)), (ctx.pick(["CHANGE", "Change"]), money(given - total_amount))]
    else:
        pairs.append((method, money(total_amount)))
        if country == "kr":
            pairs += [
                ("Card No", f"{ctx.digits(4)}-{ctx.digits(2)}**-****-{ctx.digits(4)}"),
                ("Installment", "Lump sum"),
                ("Approval No", ctx.digits(8)),
            ]
        if method in ("EasyCard", "iPASS", "EZ-LINK", "T-money"):
            pairs.append((f"{method} balance", money(ctx.amount(5, 900))))
    b.fields(pairs, sep="  ")
    footer = {
        "cn": [
            "Thank you for your patronage",
            "To request a fapiao (invoice), scan the QR code within 30 days",
            "Please keep this receipt",
        ],
        "tw": [
            "Keep this e-invoice for the bi-monthly lottery",
            "Returns require the invoice certificate",
            "Thank you",
        ],
        "th": ["Thank you / Khop khun kha", f"ALL Member points {ctx.randint(1, 30)}", "VAT INCLUDED"],
        "sg": [
            "Goods sold are not refundable",
            f"LinkPoints earned: {ctx.randint(1, 20)}",
            "Thank you, please come again",
        ],
        "kr": [
            "Exchange/refund within 14 days with receipt",
            "Thank you for visiting",
            "Cash receipt available on request",
        ],
        "ph": [
            "THIS SERVES AS AN OFFICIAL RECEIPT",
            "THIS INVOICE/RECEIPT SHALL BE VALID FOR FIVE (5) YEARS FROM THE DATE OF THE PERMIT TO USE",
            "Sold to: ________  TIN: ________",
        ],
    }[country]
    b.lines(ctx.some(footer, 1, 2), align="center")


def receipt_asia_convenience(rng: random.Random) -> SyntheticDocument:
    """Convenience-store receipts from Japan, China, Taiwan, Thailand, Singapore, Korea and the Philippines,
    in English or transliteration; some are headed 'TAX INVOICE' or 'SALES INVOICE' as real ones are."""
    country = rng.choice(["jp", "jp", "cn", "tw", "th", "sg", "kr", "ph"])
    locale = {"jp": "ja_JP", "cn": "zh_CN", "tw": "zh_TW", "th": "th_TH", "sg": "en_MY", "kr": "ko_KR", "ph": "en_PH"}[
        country
    ]
    ctx = Ctx(rng, locale)
    b = start(LABEL, ctx)
    if country == "jp":
        _asia_japan(ctx, b)
    else:
        _asia_other(ctx, b, country)
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Long supermarket receipts: dozens of lines, weighed produce, promotions, loyalty card points, tax summary.


@dataclass(frozen=True)
class GroceryVocab:
    locales: tuple[str, ...]
    stores: list[str]
    items: list[tuple[str, float, float]]
    produce: list[tuple[str, float, float]]
    cards: list[str]
    promo: list[str]
    subtotal: str
    savings: list[str]
    total: list[str]
    card_pay: list[str]
    cash: str
    change: str
    count: str
    points: list[str]
    vat: str
    bag: str
    thanks: list[str]


GROCERY_EN_ITEMS = [
    ("SEMI SKIMMED MILK 2L", 1.2, 2.2),
    ("FREE RANGE EGGS 6PK", 1.5, 2.8),
    ("CHICKEN BREAST FILLETS", 3.5, 7.0),
    ("MATURE CHEDDAR 400G", 2.5, 4.5),
    ("BAKED BEANS 4PK", 1.8, 3.5),
    ("TEA BAGS 80S", 2.0, 3.8),
    ("WHITE TOASTIE LOAF", 1.0, 1.8),
    ("CUCUMBER", 0.5, 1.0),
    ("RED PEPPERS 3PK", 1.0, 2.0),
    ("BLUEBERRIES 150G", 1.5, 3.0),
    ("FUSILLI PASTA 500G", 0.6, 1.5),
    ("OLIVE OIL 500ML", 3.5, 7.0),
    ("FROZEN PEAS 1KG", 1.2, 2.5),
    ("VANILLA ICE CREAM 1L", 2.0, 4.5),
    ("CORNFLAKES 500G", 1.5, 3.2),
    ("ORANGE JUICE 1L", 1.2, 2.8),
    ("PEANUT BUTTER", 1.8, 3.5),
    ("WASHING UP LIQUID", 1.0, 2.5),
    ("BIN BAGS 20PK", 1.5, 3.5),
    ("CAT FOOD 12PK", 4.0, 7.0),
    ("CRISPS MULTIPACK", 2.0, 3.5),
    ("SPARKLING WATER 4PK", 1.0, 2.5),
    ("VINE TOMATOES 500G", 1.2, 2.5),
    ("HUMMUS 200G", 0.8, 1.8),
    ("SALMON FILLETS 2PK", 3.5, 6.0),
    ("BROCCOLI", 0.5, 1.2),
    ("CHESTNUT MUSHROOMS 250G", 0.8, 1.6),
    ("GREEK YOGURT 500G", 1.5, 3.0),
    ("TOILET ROLL 9PK", 3.5, 7.0),
    ("SPAGHETTI SAUCE", 1.2, 2.8),
    ("BUTTER 250G", 1.8, 3.2),
    ("SOURDOUGH", 2.0, 3.8),
]
GROCERY: dict[str, GroceryVocab] = {
    "en": GroceryVocab(
        locales=("en_GB", "en_GB", "en_US", "en_US", "en_AU", "en_CA", "en_IE", "en_NZ"),
        stores=[],
        items=GROCERY_EN_ITEMS,
        produce=[
            ("LOOSE CARROTS", 0.6, 1.2),
            ("BANANAS LOOSE", 0.6, 1.5),
            ("POTATOES LOOSE", 0.8, 1.6),
            ("BROWN ONIONS LOOSE", 0.9, 1.8),
            ("GALA APPLES LOOSE", 2.0, 4.5),
            ("RED GRAPES", 3.5, 7.0),
            ("DELI HAM SLICED", 8.0, 14.0),
        ],
        cards=[],
        promo=["PROMOTION", "MULTIBUY SAVING", "PRICE MATCH", "COUPON", "BOGO FREE"],
        subtotal="SUBTOTAL",
        savings=["TOTAL SAVINGS", "YOU SAVED", "Promotions", "YOUR SAVINGS TODAY"],
        total=["TOTAL", "BALANCE DUE", "TOTAL TO PAY", "**** BALANCE"],
        card_pay=["VISA DEBIT", "MASTERCARD", "CONTACTLESS", "DEBIT", "EFTPOS", "AMEX"],
        cash="CASH",
        change="CHANGE DUE",
        count="ITEMS",
        points=[
            "Points this visit: {n}",
            "Points balance: {bal}",
            "You earned {n} points",
            "Fuel points earned today: {n}",
        ],
        vat="VAT",
        bag="BAG FOR LIFE",
        thanks=[
            "Thank you for shopping with us",
            "Please keep your receipt",
            "Tell us how we did and win",
            "Have a great day",
        ],
    ),
    "de": GroceryVocab(
        locales=("de_DE", "de_DE", "de_AT"),
        stores=["REWE", "EDEKA", "KAUFLAND", "GLOBUS", "MARKTKAUF", "E CENTER", "BILLA PLUS"],
        items=[
            *TICKETS["de"].items,
            ("HAEHNCHENBRUST", 4.0, 8.0),
            ("JOGHURT NATUR 500G", 0.6, 1.5),
            ("TIEFKUEHLPIZZA", 1.8, 3.5),
            ("ORANGENSAFT 1L", 1.2, 2.5),
            ("MUESLI 750G", 2.0, 4.0),
            ("KARTOFFELN 2,5KG", 2.0, 4.0),
            ("GURKE", 0.5, 1.0),
            ("PAPRIKA ROT", 0.8, 2.0),
            ("SPUELMITTEL", 0.8, 2.0),
            ("KATZENFUTTER", 3.0, 6.0),
        ],
        produce=[
            ("TOMATEN LOSE", 2.0, 4.0),
            ("BANANEN LOSE", 1.2, 2.0),
            ("AEPFEL LOSE", 2.0, 3.5),
            ("TRAUBEN HELL", 3.0, 5.0),
        ],
        cards=["PAYBACK", "DeutschlandCard", "REWE Bonus", "jö Bonus Club"],
        promo=["Rabatt", "Preisvorteil", "Coupon", "Aktion", "Leergut"],
        subtotal="Zwischensumme",
        savings=["Sie haben gespart", "Ihre Ersparnis", "Gesamtersparnis"],
        total=["SUMME", "SUMME EUR", "Zu zahlen"],
        card_pay=["Geg. EC-Cash", "Girocard", "Kartenzahlung", "Mastercard"],
        cash="Geg. BAR",
        change="Rückgeld",
        count="Anzahl Artikel",
        points=["Sie haben {n} Punkte gesammelt", "Ihr Punktestand: {bal}", "Mit diesem Einkauf {n} Punkte"],
        vat="MwSt",
        bag="TRAGETASCHE",
        thanks=["Vielen Dank für Ihren Einkauf", "Bis zum nächsten Mal", "Öffnungszeiten Mo-Sa 7-22 Uhr"],
    ),
    "fr": GroceryVocab(
        locales=("fr_FR", "fr_FR", "fr_BE"),
        stores=["CARREFOUR MARKET", "E.LECLERC", "AUCHAN", "INTERMARCHE SUPER", "SUPER U", "CORA", "DELHAIZE"],
        items=[
            *TICKETS["fr"].items,
            ("ESCALOPE DE POULET", 4.0, 8.0),
            ("CREME FRAICHE 20CL", 0.9, 1.8),
            ("PIZZA SURGELEE", 2.0, 4.5),
            ("JUS D'ORANGE 1L", 1.2, 2.8),
            ("CEREALES 500G", 2.0, 4.0),
            ("POMMES DE TERRE 2,5KG", 2.0, 4.0),
            ("CONCOMBRE", 0.6, 1.2),
            ("LIQUIDE VAISSELLE", 1.0, 2.5),
            ("CROQUETTES CHAT", 3.0, 8.0),
            ("SAUMON FUME X4", 3.5, 7.0),
        ],
        produce=[
            ("TOMATES GRAPPE", 2.0, 4.0),
            ("BANANES", 1.4, 2.2),
            ("POMMES GALA", 2.0, 3.5),
            ("RAISIN BLANC", 3.0, 5.0),
        ],
        cards=["Carte fidélité", "Carte U", "Carte Waaoh", "Carte Carrefour", "Carte Ticket E.Leclerc"],
        promo=["Remise immédiate", "Avantage carte", "Promo", "2EME A -50%", "Bon de réduction"],
        subtotal="SOUS-TOTAL",
        savings=["Vous avez économisé", "Total remises", "Economies réalisées"],
        total=["TOTAL A PAYER", "TOTAL", "NET A PAYER"],
        card_pay=["CB", "CARTE BANCAIRE", "CB SANS CONTACT"],
        cash="ESPECES",
        change="RENDU",
        count="Nombre d'articles",
        points=["Cagnotte gagnée : {n} EUR", "Solde cagnotte : {bal} EUR", "Points fidélité gagnés : {n}"],
        vat="TVA",
        bag="SAC REUTILISABLE",
        thanks=["Merci de votre visite", "A bientôt dans votre magasin", "Horaires : lun-sam 8h30-20h"],
    ),
    "nl": GroceryVocab(
        locales=("nl_NL", "nl_NL", "nl_BE"),
        stores=["ALBERT HEIJN", "JUMBO", "PLUS", "DEKAMARKT", "HOOGVLIET", "COLRUYT", "DELHAIZE"],
        items=[
            *TICKETS["nl"].items,
            ("KIPFILET", 3.5, 7.0),
            ("VLA VANILLE 1L", 1.0, 2.0),
            ("DIEPVRIES PIZZA", 2.0, 4.0),
            ("SINAASAPPELSAP 1L", 1.2, 2.8),
            ("MUESLI", 2.0, 4.0),
            ("AARDAPPELEN 1,5KG", 1.5, 3.0),
            ("KOMKOMMER", 0.6, 1.2),
            ("AFWASMIDDEL", 1.0, 2.5),
            ("KATTENVOER", 3.0, 6.0),
            ("ROOKWORST", 2.0, 3.5),
        ],
        produce=[
            ("TOMATEN LOS", 2.0, 4.0),
            ("BANANEN LOS", 1.4, 2.2),
            ("APPELS JONAGOLD", 2.0, 3.5),
            ("DRUIVEN WIT", 3.0, 5.0),
        ],
        cards=["BONUSKAART", "Extra's", "PLUS Punten", "Xtra-kaart"],
        promo=["BONUS", "2e HALVE PRIJS", "1+1 GRATIS", "KORTING", "STATIEGELD RETOUR"],
        subtotal="SUBTOTAAL",
        savings=["UW VOORDEEL", "Bonus voordeel", "U HEEFT BESPAARD"],
        total=["TOTAAL", "TE BETALEN"],
        card_pay=["BETAALD PIN", "PINNEN", "BANCONTACT", "CONTACTLOOS"],
        cash="CONTANT",
        change="WISSELGELD",
        count="AANTAL ARTIKELEN",
        points=["Koopzegels: {n}", "Air Miles: {n}", "Spaarpunten: {n}", "Saldo: {bal} punten"],
        vat="BTW",
        bag="DRAAGTAS",
        thanks=["Bedankt voor uw bezoek", "Tot ziens", "Bewaar uw kassabon"],
    ),
}
GROCERY_EN_LOCALE = {
    "en_GB": (
        ["TESCO", "SAINSBURY'S", "ASDA", "MORRISONS", "CO-OP FOOD", "WAITROSE"],
        ["Clubcard", "Nectar", "More Card"],
        "VAT",
    ),
    "en_US": (
        ["KROGER", "SAFEWAY", "PUBLIX", "H-E-B", "WEGMANS", "FOOD LION", "GIANT EAGLE"],
        ["Plus Card", "Club Card", "MVP Card"],
        "TAX",
    ),
    "en_AU": (["WOOLWORTHS", "COLES", "IGA", "HARRIS FARM MARKETS"], ["Everyday Rewards", "Flybuys"], "GST"),
    "en_CA": (
        ["LOBLAWS", "NO FRILLS", "METRO", "SOBEYS", "FOOD BASICS", "SAVE-ON-FOODS"],
        ["PC Optimum", "Scene+", "More Rewards"],
        "HST",
    ),
    "en_IE": (
        ["DUNNES STORES", "SUPERVALU", "TESCO IRELAND", "CENTRA"],
        ["Real Rewards", "Clubcard", "Value Club"],
        "VAT",
    ),
    "en_NZ": (["COUNTDOWN", "NEW WORLD", "PAK'nSAVE", "FOUR SQUARE"], ["Onecard", "Clubcard"], "GST"),
}
GROCERY_CURRENCY = {"en_IE": "EUR", "de_AT": "EUR", "fr_BE": "EUR", "nl_BE": "EUR"}


def receipt_grocery_loyalty(rng: random.Random) -> SyntheticDocument:
    """Long supermarket receipts (UK, US, AU, CA, IE, NZ, DE, FR, NL): weighed produce, promotions, deposit,
    bag charge, loyalty card points and balance, tax summary."""
    lang = rng.choice(["en", "en", "en", "de", "fr", "nl"])
    v = GROCERY[lang]
    locale = rng.choice(v.locales)
    ctx = Ctx(rng, locale, GROCERY_CURRENCY.get(locale))
    b = start(LABEL, ctx)
    if lang == "en":
        stores, cards, tax_word = GROCERY_EN_LOCALE[locale]
    else:
        stores, cards, tax_word = v.stores, v.cards, v.vat
    us = locale == "en_US"
    store = ctx.pick(stores)
    card = ctx.pick(cards)
    head = [
        store,
        ctx.pick(["", "Superstore", "Express", "Local", "Metro"]) if lang == "en" else "",
        ctx.street(),
        ctx.city(),
    ]
    if ctx.chance(0.5):
        head.append(_phone(ctx))
    if locale in ("en_GB", "en_IE") and ctx.chance(0.6):
        head.append(f"VAT No: {ctx.code('GB ### #### ##' if locale == 'en_GB' else 'IE#######?')}")
    if locale == "en_AU" and ctx.chance(0.6):
        head.append(f"ABN {ctx.code('## ### ### ###')}")
    b.lines(head, align="center", bold=ctx.chance(0.3))
    rows: list[list[str]] = []
    subtotal = 0.0
    saved = 0.0
    taxable = 0.0
    n_items = 0
    for name, lo, hi in ctx.some(v.items + US_ITEMS if us else v.items, 12, 32):
        qty = ctx.randint(2, 4) if ctx.chance(0.15) else 1
        unit = ctx.amount(lo, hi)
        price = round(unit * qty, 2)
        subtotal += price
        n_items += qty
        flag = ctx.pick(["", "", "*", "A", "B", "T"]) if lang == "en" else ctx.pick(["A", "B", "1", "2"])
        if flag in ("*", "A", "T", "2"):
            taxable += price
        rows.append([name, ctx.num(price), flag])
        if qty > 1:
            rows.append([f"  {qty} @ {ctx.num(unit)}" if lang == "en" else f"  {qty} x {ctx.num(unit)}", "", ""])
        if ctx.chance(0.12):
            off = round(price * ctx.pick([0.1, 0.2, 0.25, 0.5]), 2)
            saved += off
            promo = ctx.pick(v.promo)
            if lang == "en":
                promo = ctx.pick([f"{card} Price", f"SC {store} SAVINGS", promo, "MEMBER PRICE SAVING"])
            rows.append([f"  {promo}", f"-{ctx.num(off)}", ""])
        if ctx.chance(0.1):
            pname, plo, phi = ctx.pick(v.produce)
            weight = ctx.amount(0.15, 2.4)
            per = ctx.amount(plo, phi)
            wprice = round(weight * per, 2)
            subtotal += wprice
            n_items += 1
            rows.append([pname, ctx.num(wprice), ""])
            unit_name = "lb" if us else "kg"
            rows.append([f"  {ctx.num(weight, 3)} {unit_name} @ {ctx.num(per)}/{unit_name}", "", ""])
    if lang == "de" and ctx.chance(0.5):
        deposit = round(ctx.randint(1, 12) * 0.25, 2)
        subtotal -= deposit
        rows.append(["LEERGUT", f"-{ctx.num(deposit)}", "B"])
    if ctx.chance(0.5):
        bag = ctx.pick([0.1, 0.2, 0.5, 0.7, 1.0])
        subtotal += bag
        rows.append([v.bag, ctx.num(bag), ""])
    b.table(None, rows, numeric_from=1)
    total_amount = round(subtotal - saved, 2)
    tax = 0.0
    pairs = [(v.subtotal, ctx.num(subtotal))]
    if saved:
        pairs.append((ctx.pick(v.savings), f"-{ctx.num(saved)}"))
    if us or locale == "en_CA":
        tax = round(taxable * (0.13 if locale == "en_CA" else ctx.pick([0.04, 0.06, 0.0725, 0.0825])), 2)
        pairs.append((tax_word, ctx.num(tax)))
    total_amount = round(total_amount + tax, 2)
    pairs.append((ctx.pick(v.total), ctx.money(total_amount)))
    b.fields(pairs, sep="  ")
    if ctx.chance(0.7):
        b.fields([(ctx.pick(v.card_pay), ctx.num(total_amount))], sep="  ")
        b.lines(
            [
                f"{ctx.pick(CARD_BRANDS[lang])} ************{ctx.digits(4)}",
                f"AUTH {ctx.code('######')}  {ctx.pick(['CONTACTLESS', 'CHIP', 'PIN VERIFIED', ''])}".strip(),
            ],
            mono=True,
        )
    else:
        given = _cash_given(ctx, total_amount)
        b.fields([(v.cash, ctx.num(given)), (v.change, ctx.num(given - total_amount))], sep="  ")
    b.fields(
        [(v.count if lang != "en" else f"{ctx.pick(['NUMBER OF', 'TOTAL', '#'])} {v.count}", str(n_items))], sep="  "
    )
    earned = max(1, int(total_amount)) * ctx.pick([1, 1, 2, 10])
    balance = earned + ctx.randint(0, 9000)
    masked = ctx.pick(["*" * 12, "X" * 12, "*" * 8])
    loyalty = [f"{card} {ctx.pick(['', 'No.', '#'])} {masked}{ctx.digits(4)}".replace("  ", " ")]
    points = [p for p in v.points if us or "Fuel" not in p]
    loyalty += [p.format(n=earned, bal=balance) for p in ctx.some(points, 1, 3)]
    if saved and ctx.chance(0.6):
        loyalty.append(f"{ctx.pick(v.savings)} {ctx.money(saved)}")
    b.lines(loyalty, align=ctx.pick(["left", "center"]))
    if not us and locale != "en_CA":
        rates = {
            "en_GB": [20.0],
            "en_IE": [13.5, 23.0],
            "en_AU": [10.0],
            "en_NZ": [15.0],
            "de_DE": [7.0, 19.0],
            "de_AT": [10.0, 20.0],
            "fr_FR": [5.5, 20.0],
            "fr_BE": [6.0, 21.0],
            "nl_NL": [9.0, 21.0],
            "nl_BE": [6.0, 21.0],
        }[locale]
        vat_rows = []
        for i, rate in enumerate(rates):
            gross = taxable if i == len(rates) - 1 else max(0.0, total_amount - taxable)
            vat_rows.append(
                [
                    ctx.pick(["A", "B"]) if lang == "en" else "AB"[i],
                    f"{rate:g}%" if lang == "en" else f"{rate:g}%".replace(".", ","),
                    ctx.num(gross - gross * rate / (100 + rate)),
                    ctx.num(gross * rate / (100 + rate)),
                ]
            )
        if locale == "en_AU":
            b.lines([f"* indicates taxable item. Total includes GST {ctx.money(taxable / 11)}"])
        else:
            b.table(
                [tax_word, "%", {"en": "NET", "de": "Netto", "fr": "HT", "nl": "EXCL"}[lang], tax_word],
                vat_rows,
                numeric_from=1,
            )
    day = ctx.day()
    till = ctx.pick({"en": ["TILL", "LANE", "REG"], "de": ["KASSE"], "fr": ["CAISSE"], "nl": ["KASSA"]}[lang])
    operator = ctx.pick(
        {"en": ["OP", "CASHIER"], "de": ["BED", "KASS."], "fr": ["HOTESSE", "OP"], "nl": ["MDW", "OP"]}[lang]
    )
    b.lines(
        [
            f"{ctx.date(day, ctx.pick([0, 0, 3]))} {_clock(ctx, 7, 22)}  "
            f"ST {ctx.digits(4)} {till} {ctx.randint(1, 30)} "
            f"{operator} {ctx.digits(ctx.pick([3, 4, 6]))} TR {ctx.digits(4)}",
            ctx.pick(v.thanks),
        ],
        align="center",
    )
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Photographed, faded thermal receipts: whole lines gone, others half there, a handful of words survive.

FADED_WORDS: dict[str, dict[str, list[str]]] = {
    "en": {
        "total": ["TOTAL", "BALANCE DUE", "AMOUNT", "TOTAL DUE", "SUBTOTAL"],
        "paid": ["VISA", "CASH", "DEBIT", "MASTERCARD", "CARD", "CHANGE"],
        "thanks": ["THANK YOU", "THANK YOU FOR SHOPPING", "PLEASE COME AGAIN", "CUSTOMER COPY", "RECEIPT"],
        "misc": ["TAX", "ITEMS", "APPROVED", "AUTH CODE", "STORE", "CASHIER", "TRANS", "QTY", "PRICE"],
    },
    "fr": {
        "total": ["TOTAL", "TOTAL TTC", "A PAYER"],
        "paid": ["CB", "ESPECES", "RENDU", "CARTE BANCAIRE"],
        "thanks": ["MERCI DE VOTRE VISITE", "A BIENTOT", "TICKET CLIENT"],
        "misc": ["TVA", "HT", "ARTICLES", "CAISSE", "TICKET", "PAIEMENT ACCEPTE"],
    },
    "de": {
        "total": ["SUMME", "GESAMT", "ZU ZAHLEN"],
        "paid": ["BAR", "EC-KARTE", "RÜCKGELD", "GIROCARD"],
        "thanks": ["VIELEN DANK", "KASSENBON", "AUF WIEDERSEHEN"],
        "misc": ["MWST", "NETTO", "BRUTTO", "KASSE", "BON-NR", "ZAHLUNG ERFOLGT"],
    },
    "es": {
        "total": ["TOTAL", "TOTAL A PAGAR", "IMPORTE"],
        "paid": ["TARJETA", "EFECTIVO", "CAMBIO"],
        "thanks": ["GRACIAS POR SU VISITA", "TICKET", "FACTURA SIMPLIFICADA"],
        "misc": ["IVA", "BASE", "CAJA", "ARTICULOS"],
    },
    "it": {
        "total": ["TOTALE", "TOTALE COMPLESSIVO", "IMPORTO PAGATO"],
        "paid": ["CONTANTI", "PAGAMENTO ELETTRONICO", "RESTO", "BANCOMAT"],
        "thanks": ["GRAZIE", "ARRIVEDERCI", "DOCUMENTO COMMERCIALE"],
        "misc": ["IVA", "DI CUI IVA", "SCONTRINO", "CASSA"],
    },
    "nl": {
        "total": ["TOTAAL", "TE BETALEN"],
        "paid": ["PIN", "CONTANT", "WISSELGELD"],
        "thanks": ["BEDANKT", "TOT ZIENS", "KASSABON"],
        "misc": ["BTW", "KASSA", "ARTIKELEN", "BON"],
    },
    "pt": {
        "total": ["TOTAL", "TOTAL A PAGAR"],
        "paid": ["MULTIBANCO", "NUMERÁRIO", "TROCO"],
        "thanks": ["OBRIGADO", "VOLTE SEMPRE", "FATURA SIMPLIFICADA"],
        "misc": ["IVA", "NIF", "CAIXA", "ARTIGOS"],
    },
}


def _fade(ctx: Ctx, line: str, strength: float) -> str:
    """What survives of one thermal-printed line: all of it, a stretch of it, or letters here and there."""
    mode = ctx.rng.random()
    if mode < 0.45:
        return line
    if mode < 0.75 and len(line) > 6:
        start_at = ctx.randint(0, len(line) // 2)
        return line[start_at : start_at + ctx.randint(4, len(line))]
    return "".join(
        ch if ch == " " or ctx.rng.random() > strength else ctx.pick([" ", " ", ".", "'", ":"]) for ch in line
    )


def receipt_faded_thermal(rng: random.Random) -> SyntheticDocument:
    """Faded or crumpled thermal till slips, as a photo or scan reads them: a few surviving words and numbers."""
    lang = rng.choice(["en", "en", "en", "fr", "de", "es", "it", "nl", "pt"])
    locale = {
        "en": rng.choice(["en_US", "en_GB", "en_AU", "en_IN", "en_MY", "en_CA"]),
        "fr": "fr_FR",
        "de": "de_DE",
        "es": "es_ES",
        "it": "it_IT",
        "nl": "nl_NL",
        "pt": "pt_PT",
    }[lang]
    ctx = Ctx(rng, locale, "EUR" if lang in ("it", "pt") else None)
    w = FADED_WORDS[lang]
    style = "dot" if lang == "en" else "comma"
    malaysia = locale == "en_MY"
    items = (MY_ITEMS if malaysia else US_ITEMS) if lang == "en" else TICKETS[lang].items
    total_amount = 0.0
    full: list[str] = []
    shop = ctx.pick(MY_SHOP_NAME if malaysia else US_STORE) if lang == "en" else ctx.pick(TICKETS[lang].shops)
    full += [shop.upper(), ctx.street().upper(), ctx.city().upper()]
    for name, lo, hi in ctx.some(items, 2, 9):
        price = ctx.amount(lo, hi)
        total_amount += price
        full.append(f"{name.upper()}   {_amt(price, style)}")
    total_index = len(full)
    full.append(f"{ctx.pick(w['total'])}   {_amt(total_amount, style)}")
    paid = ctx.pick(w["paid"])
    full.append(f"{paid}   {_amt(total_amount, style)}")
    if ctx.chance(0.5):
        full.append(f"************{ctx.digits(4)}")
    full.append(f"{ctx.pick(w['misc'])} {ctx.digits(ctx.pick([3, 4, 6]))}")
    day = ctx.day()
    full.append(f"{ctx.date(day, 0)} {_clock(ctx)}")
    full.append(ctx.pick(w["thanks"]))
    strength = ctx.amount(0.3, 0.8)
    keep = ctx.amount(0.25, 0.6)
    kept: list[str] = []
    anchors = {total_index, len(full) - 1}
    for i, line in enumerate(full):
        if i in anchors or ctx.rng.random() < keep:
            faded = _fade(ctx, line, strength).strip()
            if faded:
                kept.append(faded)
    filler = 0
    while len(" ".join(kept)) < 90 and filler < 20:
        kept.append(
            ctx.pick(
                [
                    ctx.pick(w["misc"]),
                    _amt(ctx.amount(0.5, 40), style),
                    ctx.pick(w["total"]),
                    ctx.digits(ctx.randint(2, 8)),
                ]
            )
        )
        filler += 1
    b = start(LABEL, ctx)
    b.lines(kept, align=ctx.pick(["left", "center"]), mono=ctx.chance(0.5))
    return b.build(None, "receipt")


# ---------------------------------------------------------------------------------------------------------
# Donation receipts: US 501(c)(3) acknowledgements, Canadian official receipts, UK Gift Aid thank-yous,
# Indian 80G receipts, French 'reçu au titre des dons', German Zuwendungsbestätigung, places of worship.

CHARITY_WORDS = [
    "Hope",
    "Children's",
    "Community",
    "Animal",
    "Food Bank",
    "Cancer",
    "Heritage",
    "River",
    "Mercy",
    "Shelter",
]
CHARITY_KIND = ["Foundation", "Trust", "Society", "Fund", "Network", "Alliance", "Relief", "Association"]


def receipt_donation(rng: random.Random) -> SyntheticDocument:
    """Receipts for gifts to charities and places of worship in the US, Canada, UK, India, France and Germany."""
    country = rng.choice(["us", "us", "ca", "gb", "in", "in", "fr", "de"])
    locale = {"us": "en_US", "ca": "en_CA", "gb": "en_GB", "in": "en_IN", "fr": "fr_FR", "de": "de_DE"}[country]
    ctx = Ctx(rng, locale)
    b = start(LABEL, ctx)
    org = f"{ctx.pick(CHARITY_WORDS)} {ctx.pick(CHARITY_KIND)}"
    if ctx.chance(0.2):
        org = ctx.pick(
            [
                "St. Mary's Parish",
                "Grace Community Church",
                "Sri Venkateswara Temple",
                "Islamic Centre",
                "Beth Shalom Congregation",
                "Gurdwara Sahib",
            ]
        )
    if country == "fr":
        org = (
            f"{ctx.pick(['Association', 'Fondation', 'Les Amis de', 'Secours'])} "
            f"{ctx.pick(['Solidarité', 'Espoir', 'du Patrimoine', 'Enfance', 'des Animaux'])}"
        )
    if country == "de":
        org = f"{ctx.pick(['Förderverein', 'Stiftung', 'Tierschutzverein', 'Hilfswerk'])} {ctx.city()} e.V."
    amount = ctx.amount(10, 5000, whole=ctx.chance(0.7))
    day = ctx.day()
    donor = ctx.person()
    number = ctx.code(ctx.pick(["####", "######", "D-####-###", "##/####"]))
    b.lines(
        [org, ctx.address(), ctx.pick([_phone(ctx), ctx.email(None)])], align=ctx.pick(["left", "center"]), bold=True
    )
    if country == "us":
        b.p(f"Dear {donor},")
        b.p(
            ctx.pick(
                [
                    f"Thank you for your generous gift of {ctx.money(amount)} received on {ctx.date(day)}.",
                    f"On behalf of everyone at {org}, thank you for your donation of {ctx.money(amount)}.",
                ]
            )
        )
        b.fields(
            [
                ("Receipt #", number),
                ("Donor", donor),
                ("Date of gift", ctx.date(day)),
                ("Amount", ctx.money(amount)),
                (
                    "Payment method",
                    ctx.pick(["Check #" + ctx.digits(4), "Credit card", "Cash", "Online", "Stock transfer", "PayPal"]),
                ),
                ("Federal Tax ID (EIN)", ctx.ein()),
            ]
        )
        b.p(
            f"{org} is a tax-exempt organization under Section 501(c)(3) of the Internal Revenue Code. "
            + ctx.pick(
                [
                    "No goods or services were provided in exchange for this contribution.",
                    f"You received goods or services valued at {ctx.money(min(amount, 25))} "
                    "in exchange for this contribution.",
                ]
            )
            + " Please retain this receipt for your tax records.",
            small=True,
        )
        b.lines(["With gratitude,", ctx.person(), ctx.pick(["Executive Director", "Treasurer", "Development Officer"])])
        return b.build(
            ctx.pick(["Donation Receipt", "Contribution Receipt", "Thank You for Your Gift", "Gift Acknowledgment"]),
            "letter",
        )
    if country == "ca":
        b.fields(
            [
                ("Receipt number", number),
                ("Charitable registration number", f"{ctx.digits(5)} {ctx.digits(4)} RR0001"),
                ("Date donation received", ctx.date(day)),
                ("Date receipt issued", ctx.date(ctx.later(day, 0, 60))),
                ("Location issued", ctx.city()),
                ("Donor name and address", f"{donor}, {ctx.address()}"),
                ("Total amount received", ctx.money(amount)),
                ("Value of advantage", ctx.money(0)),
                ("Eligible amount of gift for tax purposes", ctx.money(amount)),
            ]
        )
        b.lines(["Authorized signature: ____________________", "Canada Revenue Agency: canada.ca/charities-giving"])
        return b.build("Official Receipt for Income Tax Purposes", "page")
    if country == "gb":
        b.p(f"Dear {donor},")
        b.p(
            f"Thank you for your donation of {ctx.money(amount)} received on {ctx.date(day)}. "
            "Your support makes a real difference."
        )
        b.fields(
            [
                ("Donation reference", number),
                ("Amount", ctx.money(amount)),
                ("Gift Aid", ctx.pick(["Yes - declaration received", "No", "Yes"])),
                ("Payment", ctx.pick(["Direct Debit", "Card", "Cheque", "JustGiving"])),
            ]
        )
        b.p(
            "If you are a UK taxpayer and have made a Gift Aid declaration, "
            "we can claim an extra 25p for every £1 you give. "
            f"Registered Charity No. {ctx.digits(7)}.",
            small=True,
        )
        return b.build(ctx.pick(["Donation receipt", "Thank you for your donation", "Receipt"]), "letter")
    if country == "in":
        b.fields([("Receipt No", number), ("Date", ctx.date(day))], columns=2)
        b.p(
            f"Received with thanks from {donor} (PAN: {ctx.pan()}) a sum of {ctx.money(amount)} "
            f"(Rupees {amount_in_words(amount)} Only) by "
            f"{ctx.pick(['Cash', 'Cheque No. ' + ctx.digits(6), 'UPI', 'NEFT', 'Online transfer'])} "
            f"towards {ctx.pick(['Donation', 'Corpus Fund', 'General Donation', 'Annadanam', 'Relief Fund'])}."
        )
        b.fields(
            [
                ("80G Registration No", ctx.code("???????####?/##/##-##/80G")),
                ("Trust PAN", ctx.pan()),
            ]
        )
        b.p(
            "Donations to this trust are eligible for deduction under Section 80G of the Income Tax Act, 1961.",
            small=True,
        )
        b.lines(["For " + org, "", "Authorised Signatory"], align="right")
        return b.build(ctx.pick(["DONATION RECEIPT", "Receipt", "80G Donation Receipt"]), "page")
    if country == "fr":
        b.lines(
            [
                "Reçu au titre des dons à certains organismes d'intérêt général",
                "Articles 200, 238 bis et 978 du code général des impôts",
            ],
            bold=True,
        )
        b.fields(
            [
                ("Numéro d'ordre du reçu", number),
                ("Bénéficiaire des versements", org),
                ("Objet", "Œuvre ou organisme d'intérêt général"),
            ]
        )
        b.fields([("Donateur", donor), ("Adresse", ctx.address())])
        b.p(
            "Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt, "
            f"la somme de : ***{ctx.num(amount)}*** euros"
        )
        b.fields(
            [
                ("Date du versement ou du don", ctx.date(day, 0)),
                ("Forme du don", ctx.pick(["Déclaration de don manuel", "Acte sous seing privé", "Autres"])),
                ("Nature du don", "Numéraire"),
                (
                    "Mode de versement",
                    ctx.pick(["Chèque", "Virement, prélèvement, carte bancaire", "Remise d'espèces"]),
                ),
            ]
        )
        b.lines(["Date et signature", ctx.date(ctx.later(day, 0, 90), 0)], align="right")
        return b.build(ctx.pick(["Reçu fiscal", "REÇU DON", None]), "page")
    b.p(
        "Bestätigung über Geldzuwendungen im Sinne des § 10b des Einkommensteuergesetzes an eine der in § 5 Abs. 1 "
        "Nr. 9 des Körperschaftsteuergesetzes bezeichneten Körperschaften"
    )
    b.fields(
        [
            ("Name und Anschrift des Zuwendenden", f"{donor}, {ctx.address()}"),
            ("Betrag der Zuwendung in Ziffern", ctx.money(amount)),
            ("Tag der Zuwendung", ctx.date(day, 0)),
            ("Es handelt sich um den Verzicht auf Erstattung von Aufwendungen", "Nein"),
        ]
    )
    b.p(
        "Wir sind wegen Förderung "
        f"{ctx.pick(['des Tierschutzes', 'der Jugendhilfe', 'der Bildung', 'mildtätiger Zwecke'])} "
        f"nach dem Freistellungsbescheid des Finanzamtes {ctx.city()}, StNr. {ctx.code('##/###/#####')}, vom "
        f"{ctx.date(ctx.later(day, -900, -100), 0)} von der Körperschaftsteuer befreit. "
        "Es wird bestätigt, dass die Zuwendung "
        "nur zur Förderung der satzungsgemäßen Zwecke verwendet wird."
    )
    b.lines(
        [f"{ctx.city()}, {ctx.date(ctx.later(day, 0, 60), 0)}", "Unterschrift des Zuwendungsempfängers"], align="right"
    )
    return b.build(ctx.pick(["Zuwendungsbestätigung", "Spendenbescheinigung", "Spendenquittung"]), "page")


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
        receipt_shop_ticket_europe,
        receipt_paid_entry,
        receipt_pharmacy,
        receipt_payment_acknowledgement,
        receipt_book_handwritten,
        receipt_wallet_confirmation,
        receipt_asia_convenience,
        receipt_grocery_loyalty,
        receipt_faded_thermal,
        receipt_donation,
    ]
}
