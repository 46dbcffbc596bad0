"""A worked example of bringing your own categories: a logistics industry and generated documents.

The README's "Add an industry" walkthrough, its test and ``make bench``'s learn timing all use
this: ``write_taxonomy`` writes ``logistics.toml`` (bill of lading, packing list, customs
declaration) and ``write_documents`` writes documents of those kinds, as plain text, HTML and
PDF, each from its own seed: different companies, ports, numbers, wording, field order and
layout, as documents from different issuers are. Examples and test documents come from
different seeds, so a test never classifies a document that ``learn`` was shown.
"""

from __future__ import annotations

import html
import io
import random
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen import canvas

CATEGORIES = ("bill_of_lading", "packing_list", "customs_declaration")
FORMATS = ("txt", "pdf", "html")

TAXONOMY = """\
kind = "industry"
id = "logistics"
name = "Logistics"
description = "Freight forwarding, shipping and customs documents."
include = ["identity"]

[[categories]]
id = "bill_of_lading"
name = "Bill of lading"
description = "A carrier's receipt and contract of carriage: shipper, consignee, vessel or truck, ports, goods."
signals = [
    "bill of lading", "b/l no", "shipper", "consignee", "notify party", "port of loading", "port of discharge",
    "vessel", "container no", "freight prepaid",
]

[[categories]]
id = "packing_list"
name = "Packing list"
description = "What is in each package of a shipment: items, quantities, cartons, weights, no prices."
signals = [
    "packing list", "carton no", "qty", "net weight", "gross weight", "dimensions", "total cartons",
    "marks and numbers",
]

[[categories]]
id = "customs_declaration"
name = "Customs declaration"
description = "Goods declared to customs for import or export: declarant, tariff codes, origin, value, duties."
signals = [
    "customs declaration", "declarant", "hs code", "tariff", "country of origin", "customs value", "duty",
    "importer of record", "cn23", "entry summary",
]
"""

COMPANIES = (
    "Baltic Star Shipping Ltd",
    "Orinoco Freight Forwarders S.A.",
    "Hanse Logistik GmbH",
    "Pacific Rim Container Lines",
    "Sahara Trading Co.",
    "Nordic Cold Chain AS",
    "Golden Lotus Exports Pvt Ltd",
    "Maple Leaf Imports Inc.",
    "Andes Coffee Growers Cooperative",
    "Delta Textiles Mills",
    "Ruhr Maschinenbau AG",
    "Blue Harbor Seafoods LLC",
    "Iberia Olive Oil S.L.",
    "Kowloon Electronics Trading Ltd",
    "Great Lakes Auto Parts Corp.",
    "Cape Agri Produce (Pty) Ltd",
    "Lagos Cocoa Processors Ltd",
    "Mekong Furniture JSC",
)
PORTS = (
    "Rotterdam, NL",
    "Hamburg, DE",
    "Shanghai, CN",
    "Singapore, SG",
    "Los Angeles, US",
    "Santos, BR",
    "Felixstowe, GB",
    "Antwerp, BE",
    "Busan, KR",
    "Jebel Ali, AE",
    "Mombasa, KE",
    "Valencia, ES",
    "Savannah, US",
    "Ho Chi Minh City, VN",
    "Durban, ZA",
    "Nhava Sheva, IN",
)
STREETS = ("Harbour Road", "Industriestrasse", "Avenida Paulista", "Dock Street", "Rue du Port", "Zhongshan Road")
GOODS = (
    ("Roasted coffee beans, 60 kg jute bags", "0901.21"),
    ("Cotton T-shirts, assorted sizes", "6109.10"),
    ("Frozen shrimp, 10 x 1 kg cartons", "0306.17"),
    ("Extra virgin olive oil, 5 L tins", "1509.20"),
    ("Brake pads for passenger cars", "8708.30"),
    ("Laptop computers", "8471.30"),
    ("Wooden dining chairs", "9401.61"),
    ("Hydraulic pumps", "8413.60"),
    ("Cocoa butter", "1804.00"),
    ("Fresh table grapes", "0806.10"),
    ("LED light bulbs", "8539.52"),
    ("Steel bolts and nuts", "7318.15"),
)
CARRIERS = ("Maersk", "MSC", "CMA CGM", "Hapag-Lloyd", "ONE", "Evergreen", "COSCO", "ZIM")
VESSELS = ("MSC Aurora", "Maersk Kinloss", "CMA CGM Tage", "Ever Given", "Hapag Berlin Express", "ONE Harmony")
INCOTERMS = ("FOB", "CIF", "EXW", "DAP", "DDP", "CFR", "FCA")
COUNTRIES = ("Brazil", "China", "Germany", "Viet Nam", "India", "Spain", "Kenya", "South Africa", "Colombia")


def _party(rng: random.Random) -> list[str]:
    company = rng.choice(COMPANIES)
    street = f"{rng.randint(1, 480)} {rng.choice(STREETS)}"
    city = rng.choice(PORTS).split(",")[0]
    return [company, street, f"{city} {rng.randint(1000, 99999)}"]


def _container(rng: random.Random) -> str:
    owner = rng.choice(("MSCU", "MAEU", "CMAU", "HLXU", "ONEU", "EGHU", "TGHU"))
    return f"{owner}{rng.randint(1_000_000, 9_999_999)}"


def _date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2024, 2025, 2026))
    return rng.choice(
        (f"{day:02d}/{month:02d}/{year}", f"{year}-{month:02d}-{day:02d}", f"{day} {_MONTHS[month]} {year}")
    )


_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _fields(rng: random.Random, pairs: list[tuple[str, str]], shuffle: bool = True) -> list[str]:
    if shuffle:
        rng.shuffle(pairs)
    sep = rng.choice((": ", " ", " - ", ":  "))
    return [f"{k}{sep}{v}" for k, v in pairs]


def bill_of_lading(rng: random.Random) -> list[str]:
    goods = rng.sample(GOODS, rng.randint(1, 3))
    if rng.random() < 0.3:  # an inland truck shipment: the straight bill of lading of the road carriers
        lines = [
            rng.choice(("STRAIGHT BILL OF LADING - SHORT FORM", "Uniform Straight Bill of Lading")),
            "Not Negotiable",
        ]
        lines += _fields(
            rng,
            [
                ("Bill of Lading Number", f"BOL-{rng.randint(100000, 999999)}"),
                ("Carrier Name", rng.choice(("J.B. Hunt", "XPO Logistics", "Old Dominion Freight Line", "Schneider"))),
                ("SCAC", "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))),
                ("PRO Number", str(rng.randint(10**8, 10**9))),
                ("Trailer Number", str(rng.randint(1000, 99999))),
                ("Seal Number(s)", str(rng.randint(100000, 999999))),
                ("Date", _date(rng)),
            ],
        )
        lines += [
            "Ship From",
            *_party(rng),
            "Ship To",
            *_party(rng),
            "Third Party Freight Charges Bill To",
            *_party(rng),
        ]
        lines.append("Handling Unit Qty  Type  Weight  HM(X)  Commodity Description  NMFC#  Class")
        for name, _ in goods:
            lines.append(
                f"{rng.randint(1, 26)}  PLT  {rng.randint(200, 9000)} lb    {name}  {rng.randint(10000, 199999)}  "
                f"{rng.choice((50, 55, 70, 85, 100, 125))}"
            )
        lines += [
            "Freight charges are prepaid unless marked collect.",
            "RECEIVED, subject to the classifications and tariffs in effect on the date of issue of this Bill of "
            "Lading, the property described above in apparent good order.",
            "Shipper Signature / Date          Carrier Signature / Pickup Date",
        ]
        return lines
    title = rng.choice(
        ("BILL OF LADING", "Bill of Lading for Ocean Transport or Multimodal Transport", "OCEAN BILL OF LADING")
    )
    lines = [
        title,
        rng.choice(CARRIERS) + rng.choice((" Line", " Shipping", "")),
        f"B/L No. {rng.choice('ABCDEFGH')}{rng.randint(10**8, 10**9)}",
    ]
    blocks = [
        ["Shipper / Exporter", *_party(rng)],
        ["Consignee", rng.choice(("TO ORDER", *_party(rng)[:1])), *_party(rng)[1:]],
        ["Notify Party", rng.choice(("SAME AS CONSIGNEE", _party(rng)[0]))],
    ]
    rng.shuffle(blocks)
    for block in blocks:
        lines += block
    lines += _fields(
        rng,
        [
            ("Vessel / Voyage", f"{rng.choice(VESSELS)} / {rng.randint(100, 999)}{rng.choice('EWNS')}"),
            ("Port of Loading", rng.choice(PORTS)),
            ("Port of Discharge", rng.choice(PORTS)),
            ("Place of Receipt", rng.choice(PORTS)),
            ("Booking No.", str(rng.randint(10**8, 10**9))),
            ("Export References", f"EXP-{rng.randint(1000, 9999)}"),
        ],
    )
    lines.append(
        rng.choice(
            (
                "Container No. / Seal No.  Marks and Numbers  No. of Packages  "
                "Description of Goods  Gross Weight  Measurement",
                "CONTAINER / SEAL | PACKAGES | DESCRIPTION | GROSS WT (KGS) | CBM",
            )
        )
    )
    for name, _ in goods:
        lines.append(
            f"{_container(rng)} / {rng.randint(100000, 999999)}  {rng.randint(10, 900)} "
            f"{rng.choice(('CTNS', 'PKGS', 'BAGS', 'PALLETS'))}  "
            f"{name}  {rng.randint(1000, 26000):,} KGS  {rng.uniform(5, 67):.2f} CBM"
        )
    lines += [
        rng.choice(("SHIPPER'S LOAD, STOW AND COUNT", "SAID TO CONTAIN")),
        f"Freight {rng.choice(('Prepaid', 'Collect', 'PREPAID AS ARRANGED'))}",
        f"Number of Original B/Ls: {rng.choice(('THREE (3)', 'ONE (1)', '3/3'))}",
        "SHIPPED on board the vessel in apparent good order and condition unless otherwise stated herein, the goods "
        "described above to be delivered at the port of discharge.",
        f"Place and Date of Issue: {rng.choice(PORTS)}, {_date(rng)}",
        f"Signed for the Carrier {rng.choice(CARRIERS)} as agent",
    ]
    return lines


def packing_list(rng: random.Random) -> list[str]:
    goods = rng.sample(GOODS, rng.randint(2, 5))
    lines = [rng.choice(("PACKING LIST", "Packing List", "PACKING / WEIGHT LIST", "Packing Slip and Weight List"))]
    lines += ["Exporter", *_party(rng)]
    lines += [rng.choice(("Consignee", "Ship To", "Buyer")), *_party(rng)]
    lines += _fields(
        rng,
        [
            ("Packing List No.", f"PL-{rng.randint(2024, 2026)}-{rng.randint(100, 9999)}"),
            ("Date", _date(rng)),
            ("Commercial Invoice Ref.", f"CI{rng.randint(10000, 99999)}"),
            ("Purchase Order", f"PO {rng.randint(100000, 999999)}"),
            ("Shipped Via", rng.choice(("Sea freight", "Air freight", "Road", "FCL 40' HC", "LCL"))),
            ("Container", _container(rng)),
        ],
    )
    header = rng.choice(
        (
            "Carton No.  Item / SKU  Description  Qty per Carton  Cartons  Net Wt (kg)  Gross Wt (kg)  Dimensions (cm)",
            "CTN NO | SKU | DESCRIPTION | QTY | N.W. KG | G.W. KG | L x W x H CM",
            "Package  Article  Quantity  Net weight  Gross weight  Measurements",
        )
    )
    lines.append(header)
    carton = 1
    total_cartons = 0
    total_net = total_gross = 0.0
    for name, _ in goods:
        cartons = rng.randint(5, 120)
        per = rng.choice((6, 10, 12, 24, 48, 100))
        net = round(cartons * rng.uniform(2, 25), 1)
        gross = round(net * rng.uniform(1.04, 1.15), 1)
        dims = f"{rng.randint(30, 120)} x {rng.randint(20, 80)} x {rng.randint(15, 60)}"
        lines.append(
            f"{carton}-{carton + cartons - 1}  SKU{rng.randint(10000, 99999)}  "
            f"{name}  {per} pcs  {cartons}  {net}  {gross}  {dims}"
        )
        carton += cartons
        total_cartons += cartons
        total_net += net
        total_gross += gross
    lines += [
        f"Total Cartons: {total_cartons}",
        f"Total Net Weight: {total_net:,.1f} kg",
        f"Total Gross Weight: {total_gross:,.1f} kg",
        f"Total Volume: {rng.uniform(3, 68):.2f} m3",
        "Marks and Numbers: "
        + rng.choice(("N/M", f"MADE IN {rng.choice(COUNTRIES).upper()}", f"PO {rng.randint(1000, 9999)}")),
    ]
    if rng.random() < 0.5:
        lines.append("We certify that this packing list is true and correct and that the goods are packed for export.")
    return lines


def customs_declaration(rng: random.Random) -> list[str]:
    goods = rng.sample(GOODS, rng.randint(1, 4))
    kind = rng.randrange(3)
    if kind == 0:  # the EU's single administrative document
        lines = [
            "SINGLE ADMINISTRATIVE DOCUMENT",
            "CUSTOMS DECLARATION",
            f"1 Declaration type: {rng.choice(('IM', 'EX', 'CO'))} {rng.choice('ABCDZ')}",
        ]
        lines += _fields(
            rng,
            [
                ("2 Consignor/Exporter", _party(rng)[0]),
                ("8 Consignee", _party(rng)[0]),
                ("14 Declarant/Representative", _party(rng)[0]),
                ("EORI No.", f"{rng.choice(('DE', 'NL', 'ES', 'BE'))}{rng.randint(10**9, 10**10)}"),
                ("15 Country of dispatch/export", rng.choice(COUNTRIES)),
                ("17 Country of destination", rng.choice(COUNTRIES)),
                ("20 Delivery terms", f"{rng.choice(INCOTERMS)} {rng.choice(PORTS)}"),
                ("22 Currency and total amount invoiced", f"EUR {rng.randint(2000, 400000):,}.00"),
                ("29 Office of entry", rng.choice(PORTS)),
                ("37 Procedure", rng.choice(("4000", "1000", "4071", "3151"))),
                ("MRN", f"{rng.randint(24, 26)}{rng.choice(('DE', 'NL', 'ES'))}{rng.randint(10**13, 10**14)}"),
            ],
        )
        for number, (name, code) in enumerate(goods, start=1):
            lines += [
                f"32 Item No. {number}",
                f"31 Description of goods: {name}",
                f"33 Commodity (HS) code: {code.replace('.', '')}{rng.randint(10, 99)}00",
                f"34 Country of origin code: {rng.choice(('CN', 'BR', 'VN', 'IN', 'US'))}",
                f"35 Gross mass (kg): {rng.randint(100, 20000)}  38 Net mass (kg): {rng.randint(80, 19000)}",
                f"46 Statistical value: {rng.randint(1000, 90000)}  "
                f"47 Duty A00 rate {rng.choice((0, 2.7, 4.5, 6.5, 12))}%",
            ]
        lines.append("54 Place and date, signature and name of the declarant")
        return lines
    if kind == 1:  # the US entry summary
        lines = [
            "DEPARTMENT OF HOMELAND SECURITY",
            "U.S. Customs and Border Protection",
            "ENTRY SUMMARY",
            "CBP Form 7501",
        ]
        lines += _fields(
            rng,
            [
                (
                    "1. Filer Code/Entry No.",
                    f"{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}-{rng.randint(10**6, 10**7)}-{rng.randint(0, 9)}",
                ),
                ("2. Entry Type", rng.choice(("01 ABI/A", "11 Informal", "03 ADD/CVD"))),
                ("3. Summary Date", _date(rng)),
                ("5. Port Code", str(rng.randint(1000, 5999))),
                ("8. Importer No.", f"{rng.randint(10, 99)}-{rng.randint(10**6, 10**7)}00"),
                ("9. Mode of Transport", rng.choice(("11 Vessel", "40 Air", "30 Truck"))),
                ("10. Country of Origin", rng.choice(COUNTRIES)),
                ("12. B/L or AWB No.", f"{rng.choice(CARRIERS).upper()[:4]}{rng.randint(10**8, 10**9)}"),
                ("25. Ultimate Consignee Name and Address", _party(rng)[0]),
                ("26. Importer of Record Name and Address", _party(rng)[0]),
            ],
        )
        lines.append(
            "27. Line No.  29. Description of Merchandise  HTSUS No.  "
            "33. Entered Value  34. HTSUS Rate  Duty and I.R. Tax"
        )
        for number, (name, code) in enumerate(goods, start=1):
            value = rng.randint(1000, 150000)
            rate = rng.choice((0.0, 2.5, 3.4, 6.0, 25.0))
            lines.append(
                f"{number:03d}  {name}  {code}.{rng.randint(10, 99)}{rng.randint(10, 99)}  "
                f"${value:,}  {rate}%  ${value * rate / 100:,.2f}"
            )
        lines += [
            f"Total Entered Value ${rng.randint(5000, 300000):,}",
            f"Merchandise Processing Fee ${rng.uniform(30, 600):.2f}",
            "Declaration of Importer of Record: I declare that the statements in the documents herein filed fully "
            "disclose to the best of my knowledge the true prices, values, quantities and other information.",
        ]
        return lines
    lines = [rng.choice(("CUSTOMS DECLARATION CN 23", "CN23 Customs Declaration", "Customs declaration (postal)"))]
    lines += ["From", *_party(rng), "To", *_party(rng)]
    lines.append(
        "Detailed description of contents  Quantity  Net weight (kg)  Value  "
        "HS tariff number  Country of origin of goods"
    )
    for name, code in goods:
        lines.append(
            f"{name}  {rng.randint(1, 40)}  {rng.uniform(0.2, 30):.2f}  "
            f"USD {rng.randint(10, 2000)}.00  {code}  {rng.choice(COUNTRIES)}"
        )
    category = rng.choice(("Commercial sample", "Gift", "Returned goods", "Sale of goods", "Documents"))
    lines += [
        f"Category of item: {category}",
        f"Total gross weight: {rng.uniform(0.5, 30):.2f} kg   Total value: USD {rng.randint(20, 5000)}.00",
        f"Postal charges/Fees: {rng.uniform(5, 90):.2f}",
        f"Licence No. {rng.randint(1000, 9999)}   Certificate No. {rng.randint(1000, 9999)}   "
        f"Invoice No. {rng.randint(1000, 9999)}",
        "I certify that the particulars given in this customs declaration are correct and that this item does not "
        "contain any dangerous article prohibited by legislation or by postal or customs regulations.",
        f"Date and sender's signature: {_date(rng)}",
    ]
    return lines


GENERATORS: dict[str, Callable[[random.Random], list[str]]] = {
    "bill_of_lading": bill_of_lading,
    "packing_list": packing_list,
    "customs_declaration": customs_declaration,
}


def render(lines: list[str], fmt: str, rng: random.Random) -> bytes:
    """The document as a file: plain text, an HTML page or a one- or two-page PDF with a text layer."""
    if fmt == "txt":
        return ("\n".join(lines) + "\n").encode()
    if fmt == "html":
        body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        return f"<html><head><title>{html.escape(lines[0])}</title></head><body>{body}</body></html>".encode()
    buffer = io.BytesIO()
    size = rng.choice((A4, LETTER))
    pdf = canvas.Canvas(buffer, pagesize=size)
    font_size = rng.choice((7.5, 8, 9))
    y = size[1] - 50
    pdf.setFont("Helvetica-Bold", font_size + 4)
    pdf.drawString(40, y, lines[0])
    pdf.setFont(rng.choice(("Helvetica", "Times-Roman", "Courier")), font_size)
    for line in lines[1:]:
        y -= font_size * 1.5
        if y < 50:
            pdf.showPage()
            pdf.setFont("Helvetica", font_size)
            y = size[1] - 50
        pdf.drawString(40, y, line[:140])
    pdf.save()
    return buffer.getvalue()


def write_taxonomy(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "logistics.toml"
    path.write_text(TAXONOMY)
    return path


def write_documents(directory: Path, per_category: int, seed: int) -> list[tuple[Path, str]]:
    """``directory/<category>/<n>.<ext>`` for each category, formats in turn; returns (path, category)."""
    written = []
    for category in CATEGORIES:
        (directory / category).mkdir(parents=True, exist_ok=True)
        for index in range(per_category):
            rng = random.Random(f"{seed}/{category}/{index}")
            fmt = FORMATS[index % len(FORMATS)]
            path = directory / category / f"{index}.{fmt}"
            path.write_bytes(render(GENERATORS[category](rng), fmt, rng))
            written.append((path, category))
    return written
