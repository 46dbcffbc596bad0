"""Invoices: US/UK/Indian GST, French, German, Dutch, Spanish, freelance, export, SaaS and blank ones."""

from __future__ import annotations

import random

from training.synth.content.common import (
    LineItem,
    TemplateTable,
    line_items,
    percent,
    qty_text,
    start,
    total,
)
from training.synth.context import Ctx
from training.synth.locales import amount_in_words
from training.synth.model import SyntheticDocument

LABEL = "invoice"

GOODS_EN = [
    ("Copy paper A4 80gsm (box of 5 reams)", 18, 45),
    ("Toner cartridge HP 26A", 60, 140),
    ("Wireless keyboard and mouse set", 25, 80),
    ('Monitor 27" IPS', 160, 420),
    ("USB-C docking station", 90, 260),
    ("Office chair, ergonomic", 120, 480),
    ("Steel shelving unit", 70, 220),
    ("LED panel light 600x600", 20, 65),
    ("Copper pipe 15mm x 3m", 8, 25),
    ("Cement 25kg bag", 5, 14),
    ("Safety gloves (pair)", 2, 9),
    ("Hydraulic hose assembly", 35, 140),
    ("Cat6 patch cable 2m", 3, 9),
    ("Laptop 14in i5 16GB", 650, 1400),
    ("Printed brochures (500)", 120, 380),
    ("Catering platter", 45, 160),
    ("Pallet of bottled water", 90, 180),
    ("Replacement filter cartridge", 12, 48),
    ("Industrial fasteners assortment", 15, 60),
]
SERVICES_EN = [
    ("Consulting services", 90, 250),
    ("Web development", 60, 160),
    ("Graphic design", 45, 120),
    ("Monthly IT support retainer", 300, 1800),
    ("Bookkeeping services - monthly", 150, 600),
    ("Software license renewal (12 months)", 200, 2400),
    ("Cloud hosting - Standard plan", 20, 400),
    ("On-site installation labour", 55, 110),
    ("Cleaning services (office)", 120, 900),
    ("Freight and delivery", 25, 300),
    ("Project management", 70, 180),
    ("Copywriting", 40, 110),
    ("Photography session", 150, 900),
    ("Equipment rental - scissor lift (per day)", 120, 380),
    ("Translation services (per 1,000 words)", 60, 140),
    ("Legal research and drafting", 150, 450),
    ("Maintenance visit", 80, 250),
    ("Training workshop (half day)", 400, 1500),
    ("SEO audit", 300, 1200),
    ("Landscaping and grounds maintenance", 90, 600),
    ("HVAC repair service call", 95, 350),
]
TERMS_EN = [
    "Net 30",
    "Net 15",
    "Net 45",
    "Net 60",
    "Due on receipt",
    "2/10 Net 30",
    "Payable within 30 days",
    "14 days",
]
THANKS_EN = [
    "Thank you for your business!",
    "We appreciate your prompt payment.",
    "Thank you for choosing us.",
    "Please include the invoice number with your payment.",
    "It was a pleasure working with you.",
    "Questions about this invoice? Contact our billing department.",
    "",
]
LATE_EN = [
    "A finance charge of 1.5% per month will be applied to overdue balances.",
    "Late payments are subject to a fee of 2% per month.",
    "Overdue accounts may be referred to collections.",
    "",
]


def _us_totals(ctx: Ctx, items: list[LineItem], tax_names: list[str]) -> tuple[list[tuple[str, str]], float]:
    subtotal = total(items)
    rows = [(ctx.pick(["Subtotal", "Sub Total", "Sub-total", "SUBTOTAL"]), ctx.money(subtotal))]
    amount = subtotal
    if ctx.chance(0.25):
        discount = round(subtotal * ctx.pick([0.05, 0.1, 0.15]), 2)
        rows.append((ctx.pick(["Discount", "Less discount", "Promo"]), f"-{ctx.money(discount)}"))
        amount -= discount
    if ctx.chance(0.3):
        shipping = ctx.amount(8, 120)
        rows.append((ctx.pick(["Shipping", "Shipping & Handling", "Freight", "Delivery"]), ctx.money(shipping)))
        amount += shipping
    if tax_names:
        rate = ctx.pick([4.0, 6.0, 6.25, 7.0, 7.25, 8.0, 8.25, 8.875, 9.5, 10.0, 13.0, 5.0])
        tax = round(amount * rate / 100, 2)
        rows.append((f"{ctx.pick(tax_names)} ({percent(ctx, rate)})", ctx.money(tax)))
        amount += tax
    amount = round(amount, 2)
    rows.append(
        (ctx.pick(["Total", "TOTAL", "Total Due", "Invoice Total", "Amount Due", "Balance Due"]), ctx.money(amount))
    )
    if ctx.chance(0.25):
        paid = round(amount * ctx.pick([0.0, 0.25, 0.5]), 2)
        rows.append(("Amount Paid", ctx.money(paid)))
        rows.append(("Balance Due", ctx.money(amount - paid)))
    return rows, amount


def _item_rows(ctx: Ctx, items: list[LineItem], *, with_index: bool, sku: bool) -> list[list[str]]:
    rows = []
    for n, item in enumerate(items, 1):
        row = [str(n)] if with_index else []
        if sku:
            row.append(ctx.code(ctx.pick(["SKU-#####", "??-####", "#####", "P####-?"])))
        row += [item.description, qty_text(ctx, item.quantity), ctx.money(item.unit_price), ctx.money(item.amount)]
        rows.append(row)
    return rows


def invoice_us_standard(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, ctx_locale(rng, ["en_US"] * 6 + ["en_CA", "en_AU"]))
    b = start(LABEL, ctx)
    seller, buyer = ctx.company(), ctx.company()
    issued = ctx.day()
    due = ctx.later(issued, 10, 60)
    number = ctx.code(ctx.pick(["INV-#####", "#####", "INV#####", "####-###", "A-####", "2024-####", "SI-######"]))
    title = ctx.pick(
        ["INVOICE", "Invoice", "INVOICE", "Sales Invoice", "Bill", "Service Invoice", "Statement of Charges", None]
    )
    header = [seller, *ctx.address_lines(), ctx.phone()]
    if ctx.chance(0.5):
        header.append(ctx.email(domain=ctx.domain(seller)))
    b.lines(header, bold=False, align=ctx.pick(["left", "left", "right"]))
    meta = [
        (ctx.pick(["Invoice #", "Invoice No.", "Invoice Number", "Inv. No.", "Invoice ID"]), number),
        (ctx.pick(["Date", "Invoice Date", "Issue Date", "Date of Issue"]), ctx.date(issued)),
        (ctx.pick(["Due Date", "Payment Due", "Due"]), ctx.date(due)),
    ]
    if ctx.chance(0.5):
        meta.append((ctx.pick(["P.O. #", "PO Number", "Purchase Order", "Customer PO"]), ctx.code("PO-#####")))
    if ctx.chance(0.5):
        meta.append((ctx.pick(["Terms", "Payment Terms"]), ctx.pick(TERMS_EN)))
    if ctx.chance(0.3):
        meta.append((ctx.pick(["Customer ID", "Account No.", "Client #"]), ctx.code("C-#####")))
    b.fields(ctx.shuffled(meta), sep=ctx.pick([": ", " ", ":  "]))
    bill_label = ctx.pick(["Bill To", "BILL TO", "Billed To", "Invoice To", "Sold To", "Customer", "To"])
    b.h(bill_label, 3)
    b.lines([ctx.person() if ctx.chance(0.4) else buyer, *ctx.address_lines()])
    if ctx.chance(0.4):
        b.h(ctx.pick(["Ship To", "SHIP TO", "Deliver To"]), 3)
        b.lines(ctx.address_lines())
    catalog = SERVICES_EN if ctx.chance(0.55) else GOODS_EN
    items = line_items(ctx, catalog, 1, 9, hourly=catalog is SERVICES_EN and ctx.chance(0.5))
    with_index, sku = ctx.chance(0.3), ctx.chance(0.25)
    head = (["#"] if with_index else []) + (["Item"] if sku else [])
    head += [
        ctx.pick(["Description", "DESCRIPTION", "Item Description", "Product / Service", "Details"]),
        ctx.pick(["Qty", "Quantity", "QTY", "Hours", "Units"]),
        ctx.pick(["Unit Price", "Rate", "Price", "Unit Cost"]),
        ctx.pick(["Amount", "Total", "Line Total", "AMOUNT"]),
    ]
    b.table(head, _item_rows(ctx, items, with_index=with_index, sku=sku), numeric_from=len(head) - 3)
    tax_names = ["Sales Tax", "Tax", "State Tax"] if ctx.locale == "en_US" else ["GST", "HST", "Tax"]
    totals, _ = _us_totals(ctx, items, tax_names if ctx.chance(0.75) else [])
    b.fields(totals)
    notes = [ctx.pick(THANKS_EN), ctx.pick(LATE_EN)]
    if ctx.chance(0.6):
        notes.append(
            ctx.pick(
                [
                    f"Please make checks payable to {seller}.",
                    f"Remit payment to: {seller}, {ctx.address()}",
                    f"ACH/Wire: Routing {ctx.digits(9)}  Account {ctx.digits(10)}",
                    "Pay online at our customer portal or call us to pay by card.",
                ]
            )
        )
    b.h(ctx.pick(["Notes", "Terms & Conditions", "Payment Information", "Remarks"]), 3)
    b.paras([n for n in notes if n])
    return b.build(title, ctx.pick(["page", "letter"]))


def ctx_locale(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


def invoice_uk_vat(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, ctx_locale(rng, ["en_GB", "en_GB", "en_GB", "en_IE"]))
    b = start(LABEL, ctx)
    seller = ctx.company() + ctx.pick([" Ltd", " Limited", " LLP", ""])
    issued = ctx.day()
    b.lines([seller, *ctx.address_lines()], bold=True)
    b.fields(
        [
            ("VAT Reg No", f"GB {ctx.code('### #### ##')}"),
            ("Company No", ctx.digits(8)),
            ("Tel", ctx.phone()),
        ],
        columns=3,
    )
    title = ctx.pick(["VAT INVOICE", "Tax Invoice", "INVOICE", "Invoice", "Sales Invoice"])
    b.h(ctx.pick(["Invoice to", "To", "Customer"]), 3)
    b.lines([ctx.company(), *ctx.address_lines()])
    b.fields(
        [
            ("Invoice number", ctx.code("####")),
            ("Invoice date / Tax point", ctx.date(issued)),
            ("Your ref", ctx.code("PO####")),
            ("Account", ctx.code("???###")),
        ]
    )
    items = line_items(ctx, ctx.pick([SERVICES_EN, GOODS_EN]), 1, 7)
    rate = ctx.pick([20.0, 20.0, 5.0, 0.0]) if ctx.locale == "en_GB" else ctx.pick([23.0, 13.5])
    rows = [
        [i.description, qty_text(ctx, i.quantity), ctx.num(i.unit_price), percent(ctx, rate), ctx.num(i.amount)]
        for i in items
    ]
    b.table(["Description", "Qty", "Unit price", "VAT rate", "Net"], rows, numeric_from=1)
    net = total(items)
    vat = round(net * rate / 100, 2)
    b.fields(
        [
            ("Total net", ctx.money(net)),
            (f"VAT @ {rate:g}%", ctx.money(vat)),
            (
                ctx.pick(["Total due", "Invoice total", "TOTAL GBP" if ctx.locale == "en_GB" else "TOTAL EUR"]),
                ctx.money(net + vat),
            ),
        ]
    )
    b.p(
        ctx.pick(
            [
                f"Payment terms: {ctx.pick(['30 days', '14 days', 'strictly 30 days from invoice date'])}.",
                "Please pay within 30 days of the invoice date.",
            ]
        )
    )
    if ctx.locale == "en_GB":
        b.p(f"BACS: Sort code {ctx.code('##-##-##')}  Account no. {ctx.digits(8)}  Reference: {ctx.code('INV####')}")
    else:
        b.p(f"Bank: IBAN {ctx.iban()}  BIC {ctx.code('????IE2D')}")
    where = "England and Wales" if ctx.locale == "en_GB" else "Ireland"
    b.p(f"Registered in {where} no. {ctx.digits(8)}. Registered office: {ctx.address()}.", small=True)
    return b.build(title)


GOODS_IN = [
    ("Cotton Shirts", 350, 1200),
    ("LED Bulb 9W", 60, 150),
    ("Steel Almirah", 6500, 14000),
    ("PVC Pipe 4 inch", 180, 650),
    ("Basmati Rice 25 kg", 1500, 2800),
    ("Printer Cartridge", 700, 2600),
    ("Ceiling Fan 1200mm", 1400, 3200),
    ("Mobile Phone Case", 150, 600),
    ("Ball Bearing 6205", 90, 350),
    ("Cement OPC 53 Grade (50 kg)", 340, 420),
    ("Laptop Bag", 650, 1800),
    ("Tally ERP License", 18000, 54000),
    ("Ghee 1 L", 480, 690),
]
SERVICES_IN = [
    ("Professional Fees", 5000, 90000),
    ("AMC - Annual Maintenance Contract", 8000, 60000),
    ("Software Development Charges", 20000, 250000),
    ("Manpower Supply Charges", 15000, 120000),
    ("Transportation Charges", 1500, 25000),
    ("Consultancy Charges", 10000, 80000),
    ("Housekeeping Services", 8000, 40000),
    ("Digital Marketing Services", 6000, 75000),
    ("Rent for the month", 15000, 150000),
]
INDIAN_STATES = [
    ("Maharashtra", "27"),
    ("Karnataka", "29"),
    ("Tamil Nadu", "33"),
    ("Delhi", "07"),
    ("Gujarat", "24"),
    ("Telangana", "36"),
    ("Uttar Pradesh", "09"),
    ("West Bengal", "19"),
    ("Kerala", "32"),
    ("Haryana", "06"),
]


def invoice_india_gst(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, "en_IN")
    b = start(LABEL, ctx)
    seller = ctx.company().replace(" and ", " & ") + ctx.pick(
        [" Pvt. Ltd.", " Private Limited", " Enterprises", " Traders", " LLP"]
    )
    state, code = ctx.pick(INDIAN_STATES)
    buyer_state, buyer_code = ctx.pick(INDIAN_STATES) if ctx.chance(0.4) else (state, code)
    issued = ctx.day()
    title = ctx.pick(["TAX INVOICE", "Tax Invoice", "GST INVOICE", "INVOICE", "Tax Invoice/Bill of Supply/Cash Memo"])
    if ctx.chance(0.3):
        b.p(
            ctx.pick(["(ORIGINAL FOR RECIPIENT)", "Original for Recipient", "DUPLICATE FOR TRANSPORTER"]), align="right"
        )
    b.lines(
        [seller, *ctx.address_lines(), f"GSTIN/UIN: {ctx.gstin()}", f"State Name: {state}, Code: {code}"], bold=True
    )
    if ctx.chance(0.5):
        b.lines(
            [f"PAN: {ctx.pan()}", f"CIN: U{ctx.digits(5)}MH{ctx.digits(4)}PTC{ctx.digits(6)}", f"Ph: {ctx.phone()}"]
        )
    b.fields(
        [
            (
                ctx.pick(["Invoice No.", "Invoice Number", "Bill No."]),
                ctx.code(ctx.pick(["INV/2023-24/###", "GST/####", "##/24-25", "?????#######"])),
            ),
            (ctx.pick(["Dated", "Invoice Date", "Date"]), ctx.date(issued)),
            ("Place of Supply", f"{buyer_state} ({buyer_code})"),
            (ctx.pick(["Buyer's Order No.", "PO No.", "Order Number"]), ctx.code("#########")),
            ("Mode/Terms of Payment", ctx.pick(["NEFT", "Credit 30 days", "Immediate", "UPI"])),
        ][: ctx.randint(3, 5)],
        columns=2,
    )
    b.h(ctx.pick(["Buyer (Bill to)", "Billed To", "Details of Receiver (Billed to)", "Bill To"]), 3)
    b.lines([ctx.company(), *ctx.address_lines(), f"GSTIN: {ctx.gstin()}", f"State: {buyer_state}, Code: {buyer_code}"])
    service = ctx.chance(0.5)
    items = line_items(ctx, SERVICES_IN if service else GOODS_IN, 1, 6, max_qty=50)
    hsn = "SAC" if service else "HSN"
    rows = [
        [
            str(n),
            i.description,
            ctx.code("99####" if service else "####"),
            qty_text(ctx, i.quantity) + ctx.pick([" Nos", " pcs", "", " Unit"]),
            ctx.num(i.unit_price),
            ctx.num(i.amount),
        ]
        for n, i in enumerate(items, 1)
    ]
    b.table(
        ["Sl No.", "Description of Goods/Services", "HSN/SAC" if hsn == "HSN" else "SAC", "Quantity", "Rate", "Amount"],
        rows,
        numeric_from=3,
    )
    taxable = total(items)
    rate = ctx.pick([5, 12, 18, 18, 28])
    lines: list[tuple[str, str]] = [("Taxable Value", ctx.money(taxable))]
    if buyer_state == state:
        half = round(taxable * rate / 200, 2)
        lines += [(f"CGST @ {rate / 2:g}%", ctx.num(half)), (f"SGST @ {rate / 2:g}%", ctx.num(half))]
        tax = 2 * half
    else:
        tax = round(taxable * rate / 100, 2)
        lines.append((f"IGST @ {rate}%", ctx.num(tax)))
    grand = round(taxable + tax)
    if ctx.chance(0.5):
        lines.append(("Round Off", ctx.num(grand - taxable - tax)))
    lines.append(
        (ctx.pick(["Total", "Grand Total", "Total Invoice Value", "Total Amount After Tax"]), ctx.money(grand))
    )
    b.fields(lines)
    b.p(f"Amount Chargeable (in words): {ctx.pick(['INR', 'Rupees', 'Indian Rupees'])} {amount_in_words(grand)} Only")
    if ctx.chance(0.6):
        b.p(f"Tax Amount (in words): INR {amount_in_words(tax)} Only")
    if ctx.chance(0.7):
        b.h("Company's Bank Details", 3)
        b.fields(
            [
                (
                    "Bank Name",
                    ctx.pick(["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank"]),
                ),
                ("A/c No.", ctx.digits(ctx.pick([11, 12, 14]))),
                ("Branch & IFS Code", f"{ctx.city()} & {ctx.code('????0######')}"),
            ]
        )
    b.h("Declaration", 3)
    b.p(
        ctx.pick(
            [
                "We declare that this invoice shows the actual price of the goods described and that all particulars "
                "are true and correct.",
                "Certified that the particulars given above are true and correct.",
            ]
        )
    )
    b.lines([f"for {seller}", "", "Authorised Signatory"], align="right")
    b.p(
        ctx.pick(
            ["This is a Computer Generated Invoice", "SUBJECT TO " + ctx.city().upper() + " JURISDICTION", "E. & O.E."]
        ),
        align="center",
        small=True,
    )
    return b.build(title)


EU_VOCAB: dict[str, dict[str, list[str]]] = {
    "fr": {
        "title": ["FACTURE", "Facture", "Facture N°", "FACTURE", "Facture de prestation"],
        "number": ["Numéro de facture", "N° de facture", "Facture n°", "N° facture"],
        "date": ["Date de facture", "Date d'émission", "Date", "Émise le"],
        "due": ["Date d'échéance", "Échéance", "À régler avant le", "Date limite de paiement"],
        "client": ["Client", "Facturé à", "Adresse de facturation", "Destinataire"],
        "client_no": ["N° client", "Code client", "Référence client"],
        "cols": ["Désignation|Description", "Qté|Quantité", "P.U. HT|Prix unitaire HT", "TVA", "Montant HT|Total HT"],
        "net": ["Total HT", "Montant HT", "Sous-total HT"],
        "vat": ["TVA", "Montant TVA", "TVA"],
        "gross": ["Total TTC", "Montant TTC", "Net à payer", "Total à payer TTC"],
        "terms": [
            "Conditions de paiement : 30 jours fin de mois.",
            "Paiement à réception de facture.",
            "Règlement par virement bancaire sous 30 jours.",
            "Mode de règlement : chèque ou virement.",
        ],
        "legal": [
            "En cas de retard de paiement, une pénalité égale à trois fois le taux d'intérêt légal sera exigible, "
            "ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 €.",
            "Pas d'escompte pour paiement anticipé.",
            "TVA non applicable, art. 293 B du CGI.",
            "Merci de rappeler le numéro de facture lors de votre règlement.",
        ],
        "ids": ["SIRET", "N° TVA intracommunautaire", "RCS", "Code APE"],
        "thanks": ["Merci pour votre confiance.", "Nous vous remercions de votre confiance.", ""],
    },
    "de": {
        "title": ["Rechnung", "RECHNUNG", "Rechnung Nr.", "Rechnung", "Honorarrechnung"],
        "number": ["Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.", "Beleg-Nr."],
        "date": ["Rechnungsdatum", "Datum", "Ausstellungsdatum"],
        "due": ["Fällig am", "Zahlungsziel", "Zahlbar bis"],
        "client": ["Rechnungsempfänger", "Kunde", "An", "Rechnungsanschrift"],
        "client_no": ["Kundennummer", "Kunden-Nr.", "Ihre Kundennummer"],
        "cols": [
            "Bezeichnung|Beschreibung|Leistung",
            "Menge|Anzahl",
            "Einzelpreis|E-Preis",
            "USt.|MwSt.",
            "Gesamtpreis|Betrag|Gesamt",
        ],
        "net": ["Nettobetrag", "Summe netto", "Zwischensumme", "Gesamt netto"],
        "vat": ["zzgl. MwSt.", "Umsatzsteuer", "MwSt.", "USt."],
        "gross": ["Gesamtbetrag", "Rechnungsbetrag", "Bruttobetrag", "Endbetrag", "Zu zahlender Betrag"],
        "terms": [
            "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "Bitte überweisen Sie den Rechnungsbetrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer.",
            "Zahlungsbedingungen: 8 Tage 2 % Skonto, 30 Tage netto.",
            "Der Betrag wird per SEPA-Lastschrift eingezogen.",
        ],
        "legal": [
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "Leistungsdatum entspricht Rechnungsdatum.",
            "Es gelten unsere Allgemeinen Geschäftsbedingungen.",
            "Steuerschuldnerschaft des Leistungsempfängers.",
        ],
        "ids": ["USt-IdNr.", "Steuernummer", "Amtsgericht", "Geschäftsführer"],
        "thanks": ["Vielen Dank für Ihren Auftrag!", "Wir bedanken uns für die gute Zusammenarbeit.", ""],
    },
    "nl": {
        "title": ["Factuur", "FACTUUR", "Factuur", "Verkoopfactuur"],
        "number": ["Factuurnummer", "Factuurnr.", "Nummer"],
        "date": ["Factuurdatum", "Datum"],
        "due": ["Vervaldatum", "Uiterste betaaldatum"],
        "client": ["Factuuradres", "Klant", "Aan"],
        "client_no": ["Klantnummer", "Debiteurnummer", "Uw referentie"],
        "cols": ["Omschrijving", "Aantal", "Prijs|Stukprijs|Tarief", "BTW", "Bedrag|Totaal"],
        "net": ["Subtotaal", "Totaal excl. BTW", "Totaal exclusief btw"],
        "vat": ["BTW", "Btw"],
        "gross": ["Totaal incl. BTW", "Te betalen", "Totaal", "Totaalbedrag"],
        "terms": [
            "Wij verzoeken u vriendelijk het bedrag binnen 30 dagen over te maken onder vermelding van het "
            "factuurnummer.",
            "Betalingstermijn: 14 dagen.",
            "Het bedrag wordt automatisch van uw rekening afgeschreven.",
        ],
        "legal": ["Op al onze diensten zijn de algemene voorwaarden van toepassing.", "BTW verlegd.", ""],
        "ids": ["KvK-nummer", "BTW-nummer", "KvK", "Btw-id"],
        "thanks": ["Bedankt voor uw opdracht!", "Met vriendelijke groet,", ""],
    },
    "es": {
        "title": ["Factura", "FACTURA", "Factura nº", "Factura simplificada"],
        "number": ["Nº de factura", "Número de factura", "Factura nº"],
        "date": ["Fecha de emisión", "Fecha", "Fecha factura"],
        "due": ["Fecha de vencimiento", "Vencimiento"],
        "client": ["Cliente", "Datos del cliente", "Facturar a"],
        "client_no": ["Código cliente", "Nº cliente"],
        "cols": ["Concepto|Descripción", "Cantidad|Uds.", "Precio unitario|Precio", "IVA", "Importe|Total"],
        "net": ["Base imponible", "Subtotal"],
        "vat": ["IVA", "Cuota IVA"],
        "gross": ["Total factura", "TOTAL", "Total a pagar", "Importe total"],
        "terms": [
            "Forma de pago: transferencia bancaria a 30 días.",
            "Pago al contado.",
            "Forma de pago: domiciliación bancaria.",
        ],
        "legal": ["Inscrita en el Registro Mercantil.", "Factura exenta de IVA según art. 20 de la Ley 37/1992.", ""],
        "ids": ["NIF", "CIF", "NIF/CIF"],
        "thanks": ["Gracias por su confianza.", ""],
    },
}

EU_ITEMS: dict[str, list[tuple[str, float, float]]] = {
    "fr": [
        ("Développement site web", 400, 4000),
        ("Maintenance informatique", 80, 600),
        ("Prestation de conseil", 300, 1500),
        ("Formation (journée)", 500, 1600),
        ("Licence logiciel annuelle", 120, 2400),
        ("Frais de déplacement", 30, 300),
        ("Ramette papier A4", 4, 9),
        ("Cartouche d'encre", 20, 90),
        ("Main d'œuvre (heure)", 35, 75),
        ("Fourniture et pose", 150, 1800),
        ("Location de matériel", 60, 500),
        ("Conception graphique", 200, 1500),
        ("Abonnement mensuel", 15, 200),
        ("Transport et livraison", 20, 250),
    ],
    "de": [
        ("Beratungsleistung", 90, 180),
        ("Softwareentwicklung", 80, 140),
        ("Wartung und Support", 150, 900),
        ("Montagearbeiten", 45, 95),
        ("Materialkosten", 20, 800),
        ("Anfahrtspauschale", 25, 80),
        ("Druckerpapier A4, 500 Blatt", 4, 9),
        ("Webhosting (12 Monate)", 60, 300),
        ("Reinigung Büroräume", 150, 900),
        ("Grafikdesign", 300, 2000),
        ("Schulung", 400, 1800),
        ("Lizenzgebühr", 100, 2000),
        ("Arbeitsstunden", 40, 85),
    ],
    "nl": [
        ("Advieswerkzaamheden", 80, 150),
        ("Ontwerp website", 500, 3500),
        ("Onderhoud", 60, 400),
        ("Installatie", 75, 600),
        ("Materiaal", 20, 700),
        ("Voorrijkosten", 25, 60),
        ("Uren", 45, 95),
        ("Hosting (jaar)", 60, 300),
        ("Schoonmaakwerkzaamheden", 100, 800),
        ("Licentie", 100, 1500),
        ("Vertaling", 80, 600),
    ],
    "es": [
        ("Servicios de consultoría", 300, 2000),
        ("Desarrollo de software", 500, 5000),
        ("Mantenimiento mensual", 60, 400),
        ("Diseño gráfico", 200, 1500),
        ("Material de oficina", 10, 200),
        ("Horas de trabajo", 25, 60),
        ("Transporte", 30, 300),
        ("Reparación", 50, 600),
        ("Alquiler de equipo", 80, 500),
    ],
}

EU_LOCALE = {"fr": "fr_FR", "de": "de_DE", "nl": "nl_NL", "es": "es_ES"}
EU_VAT = {"fr": [20.0, 20.0, 10.0, 5.5], "de": [19.0, 19.0, 7.0], "nl": [21.0, 21.0, 9.0], "es": [21.0, 21.0, 10.0]}


def _eu_ids(ctx: Ctx, lang: str) -> list[str]:
    if lang == "fr":
        return [
            f"SIRET : {ctx.code('### ### ### #####')}",
            f"N° TVA intracommunautaire : FR{ctx.digits(11)}",
            f"RCS {ctx.city()} B {ctx.code('### ### ###')}",
            f"Code APE : {ctx.code('####?')}",
            f"{ctx.pick(['SAS', 'SARL', 'EURL'])} au capital de {ctx.pick(['1 000', '10 000', '50 000'])} €",
        ]
    if lang == "de":
        return [
            f"USt-IdNr.: DE{ctx.digits(9)}",
            f"Steuernummer: {ctx.code('###/###/#####')}",
            f"Amtsgericht {ctx.city()} HRB {ctx.digits(5)}",
            f"Geschäftsführer: {ctx.person()}",
        ]
    if lang == "nl":
        return [f"KvK-nummer: {ctx.digits(8)}", f"BTW-nummer: NL{ctx.digits(9)}B01"]
    return [
        f"NIF/CIF: {ctx.code('?########')}",
        f"Inscrita en el Registro Mercantil de {ctx.city()}, Tomo {ctx.digits(4)}",
    ]


def _invoice_eu(rng: random.Random, lang: str) -> SyntheticDocument:
    ctx = Ctx(rng, EU_LOCALE[lang])
    v = EU_VOCAB[lang]
    b = start(LABEL, ctx)
    seller = ctx.company()
    issued = ctx.day()
    b.lines(
        [seller, *ctx.address_lines(), ctx.phone(), ctx.email(domain=ctx.domain(seller))],
        align=ctx.pick(["left", "right"]),
    )
    b.h(ctx.pick(v["client"]), 3)
    b.lines([ctx.company() if ctx.chance(0.6) else ctx.person(), *ctx.address_lines()])
    meta = [
        (ctx.pick(v["number"]), ctx.code(ctx.pick(["F-####-###", "####", "RE-#####", "20##-####", "FA######"]))),
        (ctx.pick(v["date"]), ctx.date(issued)),
        (ctx.pick(v["due"]), ctx.date(ctx.later(issued, 14, 45))),
    ]
    if ctx.chance(0.6):
        meta.append((ctx.pick(v["client_no"]), ctx.code("#####")))
    b.fields(meta, sep=ctx.pick([" : ", ": ", " "]) if lang == "fr" else ctx.pick([": ", " "]))
    if lang == "de" and ctx.chance(0.6):
        b.p(ctx.pick(["Sehr geehrte Damen und Herren,", f"Sehr geehrte(r) {ctx.person()},"]))
        b.p("wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:")
    items = line_items(ctx, EU_ITEMS[lang], 1, 7)
    rate = ctx.pick(EU_VAT[lang])
    cols = [ctx.pick(c.split("|")) for c in v["cols"]]
    with_vat_col = ctx.chance(0.4)
    head = [cols[0], cols[1], cols[2], *([cols[3]] if with_vat_col else []), cols[4]]
    rows = []
    for item in items:
        row = [item.description, qty_text(ctx, item.quantity), ctx.money(item.unit_price)]
        if with_vat_col:
            row.append(percent(ctx, rate))
        rows.append([*row, ctx.money(item.amount)])
    if ctx.chance(0.4):
        head = ["Pos.", *head]
        rows = [[str(n), *r] for n, r in enumerate(rows, 1)]
    b.table(head, rows, numeric_from=len(head) - (4 if with_vat_col else 3))
    net = total(items)
    vat = round(net * rate / 100, 2)
    b.fields(
        [
            (ctx.pick(v["net"]), ctx.money(net)),
            (f"{ctx.pick(v['vat'])} {percent(ctx, rate)}", ctx.money(vat)),
            (ctx.pick(v["gross"]), ctx.money(net + vat)),
        ]
    )
    b.p(ctx.pick(v["terms"]))
    b.p(ctx.pick(v["legal"]), small=True)
    b.p(ctx.pick(v["thanks"]))
    bank = ["IBAN: " + ctx.iban(), "BIC: " + ctx.code("????" + ("FR" if lang == "fr" else lang.upper()) + "**")]
    footer = [seller, *ctx.sample(_eu_ids(ctx, lang), 3), *bank]
    b.rule()
    b.lines(footer, align="center") if ctx.chance(0.5) else b.p(" | ".join(footer), small=True, align="center")
    return b.build(ctx.pick(v["title"]))


def invoice_fr(rng: random.Random) -> SyntheticDocument:
    return _invoice_eu(rng, "fr")


def invoice_de(rng: random.Random) -> SyntheticDocument:
    return _invoice_eu(rng, "de")


def invoice_nl(rng: random.Random) -> SyntheticDocument:
    return _invoice_eu(rng, "nl")


def invoice_es(rng: random.Random) -> SyntheticDocument:
    return _invoice_eu(rng, "es")


def invoice_freelance(rng: random.Random) -> SyntheticDocument:
    """A one-person business invoice written as a short letter with hours worked."""
    ctx = Ctx(rng, ctx_locale(rng, ["en_US", "en_GB", "en_AU", "en_IN", "en_CA"]))
    b = start(LABEL, ctx)
    me = ctx.person()
    issued = ctx.day()
    b.lines(
        [
            me,
            ctx.pick(
                ["Freelance Designer", "Consultant", "Software Developer", "Photographer", "Translator", "Copywriter"]
            ),
            *ctx.address_lines(),
            ctx.email(me),
        ]
    )
    b.fields([("Invoice", ctx.code("###")), ("Date", ctx.date(issued))])
    b.lines([ctx.pick(["Billed to:", "Client:", "For:"]), ctx.company(), ctx.person()])
    b.p(
        ctx.pick(
            [
                f"For services rendered during {ctx.month(issued)}:",
                "Professional services as agreed:",
                "Project: "
                + ctx.pick(
                    ["Website redesign", "Mobile app MVP", "Brand identity", "Annual report layout", "Data migration"]
                ),
            ]
        )
    )
    rate = ctx.amount(35, 150, whole=True)
    rows = []
    amount = 0.0
    day = issued
    for _ in range(ctx.randint(2, 8)):
        day = ctx.later(day, -30, -1)
        hours = ctx.pick([1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 7.5, 8.0])
        task = ctx.pick(
            [
                "Design revisions",
                "Client meeting",
                "Development",
                "Testing and QA",
                "Research",
                "Editing",
                "Photo retouching",
                "Deployment",
                "Documentation",
                "Workshop",
            ]
        )
        rows.append([ctx.date(day), task, ctx.num(hours, 1), ctx.money(rate), ctx.money(hours * rate)])
        amount += hours * rate
    b.table(["Date", "Task", "Hours", "Rate", "Amount"], rows, numeric_from=2)
    b.fields([(ctx.pick(["Total due", "TOTAL", "Amount due"]), ctx.money(amount))])
    b.p(
        ctx.pick(
            [
                "Payment via bank transfer within 14 days, or PayPal to " + ctx.email(me) + ".",
                "Please pay by the due date to the account below.",
                "Payment due within 30 days. Thank you!",
            ]
        )
    )
    return b.build(ctx.pick(["Invoice", "INVOICE", None]), "letter")


EXPORT_GOODS = [
    ("Cotton T-shirts, knitted", "6109.10", 2.5, 6),
    ("Stainless steel cookware set", "7323.93", 18, 45),
    ("Leather handbags", "4202.21", 22, 80),
    ("LED lamps", "8539.50", 1.2, 4),
    ("Ceramic tiles", "6907.21", 8, 20),
    ("Spare parts for pumps", "8413.91", 15, 120),
    ("Basmati rice", "1006.30", 0.9, 1.8),
    ("Spices, ground", "0910.99", 3, 9),
]


def invoice_commercial_export(rng: random.Random) -> SyntheticDocument:
    ctx = Ctx(rng, ctx_locale(rng, ["en_US", "en_IN", "en_GB", "de_DE"]), currency=rng.choice(["USD", "EUR"]))
    b = start(LABEL, ctx)
    title = ctx.pick(["COMMERCIAL INVOICE", "Commercial Invoice", "PROFORMA INVOICE", "Export Invoice"])
    issued = ctx.day()
    b.fields(
        [
            ("Exporter / Shipper", f"{ctx.company()}, {ctx.address()}"),
            ("Consignee", f"{ctx.company()}, {ctx.address()}"),
            ("Invoice No. & Date", f"{ctx.code('EXP/###/24')} dt. {ctx.date(issued)}"),
            ("Country of Origin of Goods", ctx.pick(["India", "Germany", "United States", "China", "Viet Nam"])),
            (
                "Country of Final Destination",
                ctx.pick(["United States", "Netherlands", "United Arab Emirates", "Australia"]),
            ),
            ("Terms of Delivery", ctx.pick(["FOB Nhava Sheva", "CIF Rotterdam", "EXW", "DAP", "CFR Jebel Ali"])),
            ("Port of Loading", ctx.pick(["Chennai", "Hamburg", "Los Angeles", "Mundra"])),
            ("Vessel / Flight No.", ctx.code("??###")),
        ]
    )
    rows = []
    amount = 0.0
    for desc, hs, lo, hi in ctx.some(EXPORT_GOODS, 1, 5):
        qty = ctx.randint(50, 5000)
        price = ctx.amount(lo, hi)
        rows.append(
            [desc, hs, f"{qty} {ctx.pick(['PCS', 'KGS', 'CTNS', 'SETS'])}", ctx.num(price), ctx.num(qty * price)]
        )
        amount += qty * price
    b.table(
        ["Description of Goods", "HS Code", "Quantity", f"Unit Price ({ctx.currency})", f"Amount ({ctx.currency})"],
        rows,
        numeric_from=2,
    )
    b.fields(
        [
            ("Total Invoice Value", ctx.money(amount)),
            ("Gross Weight", f"{(gross := ctx.randint(100, 9000))} kg"),
            ("Net Weight", f"{int(gross * 0.92)} kg"),
            ("No. of Packages", str(ctx.randint(2, 400))),
        ]
    )
    b.p(
        "We hereby certify that this invoice shows the actual price of the goods described and that all particulars "
        "are true and correct."
    )
    b.lines(["Signature & Date", "Authorised Signatory"], align="right")
    return b.build(title)


def invoice_saas(rng: random.Random) -> SyntheticDocument:
    """Subscription invoices sent by software vendors: plan, billing period, card charged."""
    ctx = Ctx(rng, ctx_locale(rng, ["en_US", "en_US", "en_GB", "en_IN", "en_AU", "nl_NL", "de_DE", "fr_FR"]))
    b = start(LABEL, ctx)
    vendor = ctx.pick(
        ["Cloudly", "Notion Labs", "Tasker", "PixelForge", "DataDock", "MailBurst", "Hostwise", "Zentro"]
    ) + ctx.pick([" Inc.", " Ltd", " B.V.", " GmbH", ""])
    issued = ctx.day()
    b.lines([vendor, *ctx.address_lines()])
    b.fields(
        [
            ("Invoice number", ctx.code("****-####")),
            ("Date of issue", ctx.date(issued)),
            ("Date due", ctx.date(issued)),
            ("Billing period", f"{ctx.date(issued)} \u2013 {ctx.date(ctx.later(issued, 28, 31))}"),
        ]
    )
    b.lines(["Bill to", ctx.person(), ctx.email(), *ctx.address_lines()[:2]])
    plan = ctx.pick(
        ["Pro plan", "Business (annual)", "Team - monthly", "Starter", "Enterprise seats", "Storage add-on 1 TB"]
    )
    seats = ctx.randint(1, 40)
    price = ctx.amount(4, 49)
    b.table(
        ["Description", "Qty", "Unit price", "Amount"],
        [[plan, str(seats), ctx.money(price), ctx.money(seats * price)]],
        numeric_from=1,
    )
    sub = seats * price
    rate = ctx.pick([0.0, 20.0, 19.0, 21.0, 18.0, 8.875])
    vat_label = ctx.pick(["Tax", "VAT", "GST", "Sales tax"])
    b.fields(
        [
            ("Subtotal", ctx.money(sub)),
            (f"{vat_label} ({percent(ctx, rate)})", ctx.money(sub * rate / 100)),
            ("Total", ctx.money(sub * (1 + rate / 100))),
            ("Amount due", ctx.money(sub * (1 + rate / 100)) if ctx.chance(0.6) else ctx.money(0)),
        ]
    )
    if ctx.chance(0.5):
        b.p(
            f"VAT ID: {ctx.code('EU#########')}. Reverse charge may apply for business customers in the EU.", small=True
        )
    b.p(
        ctx.pick(
            [
                f"Charged to Visa ending in {ctx.digits(4)}.",
                "Pay online: https://pay." + ctx.domain(vendor) + "/i/" + ctx.code("****"),
                f"Questions? Contact billing@{ctx.domain(vendor)}",
            ]
        )
    )
    return b.build(ctx.pick(["Invoice", "INVOICE", "Tax invoice", None]))


def invoice_blank_template(rng: random.Random) -> SyntheticDocument:
    """Unfilled invoice templates: real corpora contain plenty of these."""
    lang = rng.choice(["en", "en", "en", "fr", "de", "nl"])
    ctx = Ctx(rng, {"en": rng.choice(["en_US", "en_GB"]), "fr": "fr_FR", "de": "de_DE", "nl": "nl_NL"}[lang])
    b = start(LABEL, ctx)
    blank = ctx.pick(["", "__________________", "[                    ]", "........................"])
    if lang == "en":
        b.lines(
            ["[Company Name]", "[Street Address]", "[City, ST ZIP]", "Phone: [000-000-0000]"]
            if ctx.chance(0.6)
            else ["Your Company Name", "Address", "Phone / Email"]
        )
        b.fields(
            [
                (k, blank)
                for k in ctx.some(
                    ["INVOICE #", "DATE", "DUE DATE", "CUSTOMER ID", "P.O. #", "TERMS", "Invoice No.", "Invoice Date"],
                    3,
                    5,
                )
            ]
        )
        b.h(ctx.pick(["BILL TO", "Bill To:", "CUSTOMER"]), 3)
        b.lines(["[Name]", "[Company Name]", "[Street Address]", "[City, ST ZIP]", "[Phone]"])
        head = ctx.pick(
            [
                ["DESCRIPTION", "QTY", "UNIT PRICE", "AMOUNT"],
                ["Item", "Description", "Qty", "Price", "Total"],
                ["DESCRIPTION", "TAXED", "AMOUNT"],
            ]
        )
        totals = ["SUBTOTAL", "TAX RATE", "TAX", "SHIPPING", "OTHER", "TOTAL", "Balance Due"]
        footer = ctx.pick(
            [
                "Make all checks payable to [Your Company Name]",
                "If you have any questions about this invoice, please contact [Name, Phone, Email]",
                "Thank You For Your Business!",
            ]
        )
    else:
        v = EU_VOCAB[lang]
        b.lines(
            [
                "[Nom de l'entreprise]" if lang == "fr" else "[Firmenname]" if lang == "de" else "[Bedrijfsnaam]",
                "[Adresse]",
            ]
        )
        b.fields([(k, blank) for k in [v["number"][0], v["date"][0], v["due"][0], v["client_no"][0]]])
        b.h(v["client"][0], 3)
        head = [c.split("|")[0] for c in v["cols"]]
        totals = [v["net"][0], v["vat"][0], v["gross"][0]]
        footer = v["terms"][0]
    b.table(head, [[""] * len(head) for _ in range(ctx.randint(4, 12))])
    b.fields([(t, blank) for t in totals])
    b.p(footer, align="center")
    return b.build(
        ctx.pick(
            [
                "INVOICE",
                "Invoice",
                "INVOICE TEMPLATE",
                "FACTURE"
                if lang == "fr"
                else "RECHNUNG"
                if lang == "de"
                else "FACTUUR"
                if lang == "nl"
                else "SERVICE INVOICE",
            ]
        )
    )


SIMPLE_EU = {
    "fr": {
        "titles": ["FACTURE", "Facture", "NOTE D'HONORAIRES", "Facture n°"],
        "greet": ["Madame, Monsieur,", "Bonjour,"],
        "body": "Veuillez trouver ci-dessous le détail de la prestation réalisée le {date} : {item}.",
        "amount": ["Montant", "Montant total", "Total à régler", "Net à payer"],
        "vat_note": [
            "TVA non applicable, art. 293 B du CGI",
            "Dispensé d'immatriculation au RCS et au répertoire des métiers",
            "TVA 20 % incluse",
        ],
        "pay": "Règlement par virement à réception de facture sur le compte",
        "items": [
            "cours de guitare (10 séances)",
            "création de logo",
            "traduction d'un contrat",
            "séance de coaching",
            "réparation de plomberie",
            "garde d'animaux",
        ],
        "sign": "Cordialement,",
    },
    "de": {
        "titles": ["Rechnung", "RECHNUNG", "Honorarrechnung", "Rechnung Nr."],
        "greet": ["Sehr geehrte Damen und Herren,", "Hallo,"],
        "body": "für die am {date} erbrachte Leistung ({item}) berechne ich Ihnen wie folgt:",
        "amount": ["Rechnungsbetrag", "Gesamtbetrag", "Betrag"],
        "vat_note": [
            "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
            "Im Rechnungsbetrag sind 19 % USt. enthalten.",
            "Kleinunternehmer gem. § 19 UStG",
        ],
        "pay": "Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto",
        "items": [
            "Gitarrenunterricht (10 Stunden)",
            "Logoentwurf",
            "Übersetzung eines Vertrags",
            "Fotoshooting",
            "Reparatur Heizung",
            "Gartenpflege",
        ],
        "sign": "Mit freundlichen Grüßen",
    },
    "nl": {
        "titles": ["Factuur", "FACTUUR", "Declaratie"],
        "greet": ["Geachte heer/mevrouw,", "Beste klant,"],
        "body": "Hierbij factureer ik de op {date} verrichte werkzaamheden: {item}.",
        "amount": ["Totaalbedrag", "Te betalen", "Bedrag"],
        "vat_note": ["Vrijgesteld van btw (KOR)", "Btw 21% inbegrepen", "Btw verlegd"],
        "pay": "Gelieve het bedrag binnen 14 dagen over te maken op rekening",
        "items": [
            "gitaarles (10 lessen)",
            "ontwerp logo",
            "vertaling contract",
            "fotoreportage",
            "reparatie cv-ketel",
            "tuinonderhoud",
        ],
        "sign": "Met vriendelijke groet,",
    },
    "es": {
        "titles": ["Factura", "FACTURA"],
        "greet": ["Estimado cliente:"],
        "body": "Por los servicios prestados el {date}: {item}.",
        "amount": ["Total", "Importe total", "Total a pagar"],
        "vat_note": ["IVA 21% incluido", "Retención IRPF 15%"],
        "pay": "Forma de pago: transferencia a la cuenta",
        "items": ["clases de guitarra", "diseño de logotipo", "traducción de contrato", "reparación de fontanería"],
        "sign": "Atentamente,",
    },
}


def invoice_eu_simple(rng: random.Random) -> SyntheticDocument:
    """Small-business and freelancer invoices in French, German, Dutch or Spanish, written as a short letter."""
    lang = rng.choice(["fr", "fr", "de", "de", "nl", "nl", "es"])
    ctx = Ctx(rng, EU_LOCALE[lang])
    v = SIMPLE_EU[lang]
    b = start(LABEL, ctx)
    me = ctx.person()
    day = ctx.day()
    b.lines([me, *ctx.address_lines(), ctx.phone(), ctx.email(me)])
    if lang == "fr":
        b.lines([f"SIRET : {ctx.code('### ### ### #####')}"])
    elif lang == "de":
        b.lines([f"Steuernummer: {ctx.code('##/###/#####')}"])
    elif lang == "nl":
        b.lines([f"KvK {ctx.digits(8)}  Btw-id NL{ctx.digits(9)}B{ctx.digits(2)}"])
    b.lines([ctx.person(), *ctx.address_lines()], align="right")
    b.fields(
        [
            (ctx.pick(EU_VOCAB[lang]["number"]), ctx.code(ctx.pick(["2024-###", "###", "F####"]))),
            (ctx.pick(EU_VOCAB[lang]["date"]), ctx.date(day)),
        ]
    )
    b.p(ctx.pick(v["greet"]))
    b.p(str(v["body"]).replace("{date}", ctx.date(ctx.later(day, -20, -1))).replace("{item}", ctx.pick(v["items"])))
    amount = ctx.amount(40, 2500)
    b.fields([(ctx.pick(v["amount"]), ctx.money(amount))])
    b.p(ctx.pick(v["vat_note"]), small=True)
    b.p(f"{v['pay']} IBAN {ctx.iban()}.")
    b.lines([str(v["sign"]), me])
    return b.build(ctx.pick(v["titles"]), "letter")


TEMPLATES: TemplateTable = {
    LABEL: [
        invoice_us_standard,
        invoice_uk_vat,
        invoice_india_gst,
        invoice_fr,
        invoice_de,
        invoice_nl,
        invoice_es,
        invoice_freelance,
        invoice_commercial_export,
        invoice_saas,
        invoice_blank_template,
        invoice_eu_simple,
    ]
}
