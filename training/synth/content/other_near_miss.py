"""Hard negatives (label ``unknown``): documents a finance, legal or healthcare document service is really sent
that look like one of its categories but are none of them.

A purchase order or a quotation lists items, prices and totals but asks nobody to pay (not an invoice); a
delivery note, packing slip or shipping e-mail lists goods without any payment (not a receipt); a remittance
advice is the payer telling a supplier which invoices a transfer settles (not a receipt, not a statement); a
rental application asks to rent (not a lease); a certificate of insurance proves cover (not a claim); a clinic's
appointment letter is administration (not a medical record); a bank's welcome or rate letter has no
transactions (not a statement); a price list offers prices; a board agenda carries figures; a timesheet records
hours (not a pay stub). Each keeps the signals its own kind really has.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence

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
from training.synth.model import DocBuilder, SyntheticDocument

LABEL = "unknown"
ENGLISH = ["en_US", "en_US", "en_GB", "en_CA", "en_AU", "en_IN", "en_IE"]
MIXED = [*ENGLISH, "de_DE", "de_DE", "fr_FR", "fr_FR", "es_ES", "es_ES"]

Words = Mapping[str, Sequence[str]]


def _say(ctx: Ctx, words: Words) -> str:
    """One of the ways the document's language puts it (English where there is no wording for the language)."""
    return ctx.pick(words[ctx.lang] if ctx.lang in words else words["en"])


def _cols(ctx: Ctx, columns: Mapping[str, Sequence[Sequence[str]]]) -> list[str]:
    """A table header: one wording per column."""
    return [ctx.pick(c) for c in (columns[ctx.lang] if ctx.lang in columns else columns["en"])]


def _fmt(text: str, values: Mapping[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    return text


def _clock(ctx: Ctx, hour: int, minute: int) -> str:
    if ctx.locale in ("en_US", "en_CA", "en_AU", "en_IN") and ctx.chance(0.7):
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'AM' if hour < 12 else 'PM'}"
    if ctx.lang == "fr" and ctx.chance(0.6):
        return f"{hour}h{minute:02d}"
    return f"{hour:02d}:{minute:02d}"


def _letterhead(ctx: Ctx, company: str) -> list[str]:
    lines = [company, *ctx.address_lines()]
    if ctx.chance(0.6):
        lines.append(ctx.phone())
    if ctx.chance(0.5):
        lines.append(f"www.{ctx.domain(company)}")
    return lines


TAX: dict[str, tuple[str, tuple[float, ...]]] = {
    "en_US": ("Sales Tax", (6.0, 7.0, 8.25, 8.875)),
    "en_CA": ("GST/HST", (5.0, 13.0)),
    "en_GB": ("VAT", (20.0,)),
    "en_IE": ("VAT", (23.0,)),
    "en_AU": ("GST", (10.0,)),
    "en_IN": ("GST", (18.0, 12.0)),
    "fr_FR": ("TVA", (20.0, 10.0)),
    "de_DE": ("MwSt.", (19.0, 7.0)),
    "es_ES": ("IVA", (21.0, 10.0)),
}


def _tax(ctx: Ctx, *, standard: bool = False) -> tuple[str, float]:
    """The locale's sales tax and a rate of it (``standard``: the rate most goods carry)."""
    name, rates = TAX.get(ctx.locale, ("Tax", (10.0,)))
    return name, rates[0] if standard else ctx.pick(rates)


GOODS: dict[str, list[tuple[str, float, float]]] = {
    "en": [
        ("Copy paper A4 80gsm, box of 5 reams", 18, 45),
        ("Nitrile gloves, size L (box of 100)", 6, 14),
        ("Pallet racking upright frame 3000mm", 80, 190),
        ("Safety boots S3, size 43", 35, 90),
        ("LED floodlight 50W IP65", 18, 60),
        ("Hex bolts M10 x 40, zinc plated (100)", 9, 25),
        ("Laptop 14in i5 16GB 512GB SSD", 650, 1400),
        ('Monitor 27" IPS', 160, 420),
        ("Toner cartridge, black, high yield", 60, 140),
        ("Corrugated boxes 400x300x300 (bundle of 25)", 20, 45),
        ("Hydraulic oil ISO VG 46, 20 L", 45, 110),
        ("Hi-vis vest, yellow, EN ISO 20471", 3, 9),
        ("Cable ties 300mm, black (pack of 100)", 4, 12),
        ("Stretch wrap 500mm x 300m", 12, 28),
        ("Office chair, mesh back", 120, 380),
        ("Address labels 99.1 x 38.1mm (500 sheets)", 15, 40),
        ("Floor cleaner concentrate 5 L", 12, 35),
        ("Network switch 24-port managed", 120, 450),
        ("Printed business cards (500)", 25, 80),
        ("Ball bearing 6205-2RS", 4, 15),
    ],
    "de": [
        ("Kopierpapier A4 80 g/m², 5 x 500 Blatt", 18, 45),
        ("Nitril-Einmalhandschuhe Gr. L (100 Stk.)", 6, 14),
        ("Sicherheitsschuhe S3 Gr. 43", 35, 90),
        ("LED-Strahler 50 W IP65", 18, 60),
        ("Sechskantschrauben M10x40 verzinkt (100 Stk.)", 9, 25),
        ("Notebook 14 Zoll, 16 GB RAM, 512 GB SSD", 650, 1400),
        ("Monitor 27 Zoll IPS", 160, 420),
        ("Tonerkartusche schwarz", 60, 140),
        ("Faltkartons 400x300x300 (25 Stk.)", 20, 45),
        ("Hydrauliköl HLP 46, 20-l-Kanister", 45, 110),
        ("Warnweste gelb", 3, 9),
        ("Kabelbinder 300 mm schwarz (100 Stk.)", 4, 12),
        ("Stretchfolie 500 mm x 300 m", 12, 28),
        ("Bürodrehstuhl mit Netzrücken", 120, 380),
        ("Reinigungskonzentrat 5 l", 12, 35),
        ("Rillenkugellager 6205-2RS", 4, 15),
    ],
    "fr": [
        ("Ramettes papier A4 80 g (carton de 5)", 18, 45),
        ("Gants nitrile taille L (boîte de 100)", 6, 14),
        ("Chaussures de sécurité S3 pointure 43", 35, 90),
        ("Projecteur LED 50 W IP65", 18, 60),
        ("Vis tête hexagonale M10x40 zinguées (lot de 100)", 9, 25),
        ("Ordinateur portable 14 pouces 16 Go", 650, 1400),
        ("Écran 27 pouces IPS", 160, 420),
        ("Cartouche de toner noir", 60, 140),
        ("Cartons double cannelure 400x300x300 (lot de 25)", 20, 45),
        ("Huile hydraulique HV 46, bidon 20 L", 45, 110),
        ("Gilet haute visibilité jaune", 3, 9),
        ("Colliers de serrage 300 mm (sachet de 100)", 4, 12),
        ("Film étirable 500 mm x 300 m", 12, 28),
        ("Fauteuil de bureau dossier résille", 120, 380),
        ("Détergent sols concentré 5 L", 12, 35),
        ("Roulement à billes 6205-2RS", 4, 15),
    ],
    "es": [
        ("Papel A4 80 g, caja de 5 paquetes", 18, 45),
        ("Guantes de nitrilo talla L (caja 100 uds.)", 6, 14),
        ("Calzado de seguridad S3 talla 43", 35, 90),
        ("Foco LED 50 W IP65", 18, 60),
        ("Tornillos hexagonales M10x40 cincados (100 uds.)", 9, 25),
        ("Portátil 14 pulgadas 16 GB", 650, 1400),
        ("Monitor 27 pulgadas IPS", 160, 420),
        ("Cartucho de tóner negro", 60, 140),
        ("Cajas de cartón 400x300x300 (25 uds.)", 20, 45),
        ("Aceite hidráulico HM 46, garrafa 20 L", 45, 110),
        ("Chaleco reflectante amarillo", 3, 9),
        ("Bridas de nailon 300 mm (100 uds.)", 4, 12),
        ("Film estirable 500 mm x 300 m", 12, 28),
        ("Silla de oficina respaldo de malla", 120, 380),
        ("Detergente concentrado 5 L", 12, 35),
        ("Rodamiento de bolas 6205-2RS", 4, 15),
    ],
}
UNITS: Words = {
    "en": ["ea", "EA", "pcs", "each"],
    "de": ["Stk.", "St"],
    "fr": ["u", "pce", "U"],
    "es": ["ud.", "u."],
}
PACK_UNITS = {"en": "pack", "de": "VE", "fr": "lot", "es": "caja"}
PACK_WORDS = ("box", "pack", "bundle", "(100", "(25", "Stk.)", "lot de", "carton de", "boîte", "sachet", "uds.", "caja")
ATTN: Words = {"en": ["Attn:", "Attention:"], "de": ["z. Hd.", "Ansprechpartner:"], "fr": ["À l'attention de"]}
ATTN_ES = "A la atención de"


def _attn(ctx: Ctx) -> str:
    return ATTN_ES if ctx.lang == "es" else _say(ctx, ATTN)


def _goods(ctx: Ctx, low: int, high: int) -> list[LineItem]:
    return line_items(ctx, GOODS[ctx.lang] if ctx.lang in GOODS else GOODS["en"], low, high, max_qty=40)


def _unit(ctx: Ctx, description: str, each: str) -> str:
    """The unit a line is counted in: the document's word for a piece, or a pack for goods sold in packs."""
    return PACK_UNITS.get(ctx.lang, "pack") if any(w in description for w in PACK_WORDS) else each


def _code_pattern(ctx: Ctx) -> str:
    """How one seller numbers its articles (a document keeps to one pattern)."""
    return ctx.pick(["??-####", "#####", "SKU-#####", "####-###", "?###-##", "1#####"])


# -- purchase order ---------------------------------------------------------------------------------------

PO: dict[str, Words] = {
    "title": {
        "en": ["PURCHASE ORDER", "Purchase Order", "PURCHASE ORDER", "Purchase Order - Original", "OFFICIAL ORDER"],
        "de": ["BESTELLUNG", "Bestellung", "Einkaufsbestellung"],
        "fr": ["BON DE COMMANDE", "Bon de commande", "BON DE COMMANDE FOURNISSEUR"],
        "es": ["ORDEN DE COMPRA", "Pedido de compra", "PEDIDO A PROVEEDOR"],
    },
    "number": {
        "en": ["PO Number", "P.O. No.", "PO #", "Purchase Order No.", "Order No."],
        "de": ["Bestellnummer", "Bestell-Nr.", "Unsere Bestellnummer"],
        "fr": ["N° de commande", "Bon de commande n°", "Commande n°"],
        "es": ["N.º de pedido", "Número de orden de compra", "Pedido n.º"],
    },
    "date": {
        "en": ["PO Date", "Order Date", "Date", "Date Issued"],
        "de": ["Bestelldatum", "Datum"],
        "fr": ["Date de commande", "Date"],
        "es": ["Fecha del pedido", "Fecha"],
    },
    "needed": {
        "en": ["Required By", "Requested Delivery Date", "Deliver By", "Need-by Date", "Delivery Required"],
        "de": ["Gewünschter Liefertermin", "Liefertermin", "Anlieferung bis"],
        "fr": ["Date de livraison souhaitée", "Livraison souhaitée le", "Délai de livraison"],
        "es": ["Fecha de entrega solicitada", "Entregar antes del", "Plazo de entrega"],
    },
    "vendor": {
        "en": ["Vendor", "Supplier", "VENDOR", "To (Supplier)"],
        "de": ["Lieferant", "An"],
        "fr": ["Fournisseur", "Destinataire (fournisseur)"],
        "es": ["Proveedor"],
    },
    "vendor_no": {
        "en": ["Vendor ID", "Supplier No.", "Vendor #"],
        "de": ["Lieferantennummer", "Ihre Lieferanten-Nr."],
        "fr": ["Code fournisseur"],
        "es": ["Código de proveedor"],
    },
    "ship_to": {
        "en": ["Ship To", "Deliver To", "Delivery Address", "SHIP TO"],
        "de": ["Lieferanschrift", "Lieferadresse", "Warenannahme"],
        "fr": ["Adresse de livraison", "Livrer à"],
        "es": ["Dirección de entrega", "Lugar de entrega"],
    },
    "site": {
        "en": ["Warehouse", "Receiving Dock 3", "Site Office", "Main Plant", "Stores"],
        "de": ["Lager", "Wareneingang Tor 2", "Werk 1", "Zentrallager"],
        "fr": ["Entrepôt", "Quai de réception", "Magasin central", "Usine"],
        "es": ["Almacén", "Muelle de carga 2", "Nave 3", "Almacén central"],
    },
    "buyer": {
        "en": ["Buyer", "Requisitioner", "Requested By", "Contact"],
        "de": ["Einkäufer", "Ansprechpartner", "Besteller"],
        "fr": ["Acheteur", "Demandeur", "Suivi par"],
        "es": ["Comprador", "Solicitante", "Persona de contacto"],
    },
    "terms_label": {
        "en": ["Payment Terms", "Terms"],
        "de": ["Zahlungsbedingungen"],
        "fr": ["Conditions de paiement"],
        "es": ["Forma de pago", "Condiciones de pago"],
    },
    "terms": {
        "en": ["Net 30", "Net 45", "Net 60", "2% 10, Net 30", "30 days end of month"],
        "de": ["30 Tage netto", "14 Tage 2 % Skonto, 30 Tage netto", "60 Tage netto"],
        "fr": ["30 jours fin de mois", "45 jours fin de mois", "à 30 jours date de facture"],
        "es": ["60 días fecha factura", "Transferencia a 30 días", "Confirming a 90 días"],
    },
    "ship_via_label": {
        "en": ["Ship Via", "Shipping Method", "Freight Terms"],
        "de": ["Lieferbedingung", "Versandart"],
        "fr": ["Conditions de livraison", "Livraison"],
        "es": ["Condiciones de entrega", "Portes"],
    },
    "ship_via": {
        "en": ["UPS Ground", "FedEx Freight", "Best Way", "Vendor Truck", "FOB Destination", "Collect", "DAP"],
        "de": ["frei Haus", "DAP", "FCA Werk", "Spedition"],
        "fr": ["Franco de port", "DAP (Incoterms 2020)", "Départ usine (EXW)"],
        "es": ["Portes pagados", "Portes debidos", "DAP (Incoterms 2020)"],
    },
    "cost": {
        "en": ["Cost Center", "Cost Centre", "GL Code", "Budget Code", "Project"],
        "de": ["Kostenstelle", "Projekt"],
        "fr": ["Centre de coût", "Imputation"],
        "es": ["Centro de coste", "Proyecto"],
    },
    "total": {
        "en": ["PO Total", "Order Total", "TOTAL", "Total"],
        "de": ["Bestellwert netto", "Gesamtsumme netto"],
        "fr": ["Total HT de la commande", "Montant total HT"],
        "es": ["Total pedido", "Importe total (IVA no incluido)"],
    },
    "sign": {
        "en": ["Authorized by", "Approved by", "Authorised Signatory", "Authorised by"],
        "de": ["Freigegeben von", "Unterschrift Einkauf", "i. A."],
        "fr": ["Approuvé par", "Signature et cachet de l'acheteur", "Le responsable des achats"],
        "es": ["Autorizado por", "Firma y sello", "Aprobado por"],
    },
    "role": {
        "en": ["Purchasing Manager", "Procurement Officer", "Operations Director", "Buyer", "Head of Facilities"],
        "de": ["Leitung Einkauf", "Einkauf", "Geschäftsführung"],
        "fr": ["Responsable achats", "Acheteur", "Directeur des opérations"],
        "es": ["Responsable de compras", "Departamento de compras", "Director de operaciones"],
    },
}
PO_COLS: dict[str, list[list[str]]] = {
    "en": [
        ["Item", "Part No.", "SKU", "Item #"],
        ["Description"],
        ["Qty", "Quantity", "Qty Ordered"],
        ["UOM", "Unit"],
        ["Unit Price", "Unit Cost", "Price"],
        ["Amount", "Ext. Price", "Line Total"],
    ],
    "de": [
        ["Art.-Nr.", "Artikelnummer", "Material"],
        ["Bezeichnung", "Artikelbezeichnung"],
        ["Menge"],
        ["ME", "Einheit"],
        ["Einzelpreis", "Preis/ME"],
        ["Gesamtpreis", "Betrag"],
    ],
    "fr": [
        ["Réf.", "Référence", "Code article"],
        ["Désignation"],
        ["Qté", "Quantité"],
        ["Unité", "U"],
        ["P.U. HT", "Prix unitaire HT"],
        ["Montant HT", "Total HT"],
    ],
    "es": [
        ["Ref.", "Código", "Artículo"],
        ["Descripción", "Concepto"],
        ["Cant.", "Cantidad"],
        ["Ud.", "Unidad"],
        ["Precio unit.", "Precio"],
        ["Importe", "Total"],
    ],
}
PO_NOTES: Words = {
    "en": [
        "Please quote our PO number on all invoices, delivery notes and correspondence.",
        "Send invoices to accounts payable at ap@{domain}. Invoices without a valid PO number will be returned.",
        "Partial shipments are not accepted without prior approval.",
        "Please acknowledge receipt of this order within two working days and confirm the delivery date.",
        "Goods remain subject to inspection and acceptance on receipt.",
        "This order is subject to our standard terms and conditions of purchase.",
        "Deliveries accepted Monday to Friday, 7:00 to 15:00. Please call ahead for pallet deliveries.",
        "Certificates of conformity must accompany the goods.",
    ],
    "de": [
        "Bitte geben Sie unsere Bestellnummer auf Lieferschein und Rechnung an.",
        "Bitte bestätigen Sie uns diese Bestellung innerhalb von drei Werktagen mit verbindlichem Liefertermin.",
        "Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen.",
        "Teillieferungen nur nach vorheriger Absprache.",
        "Warenannahme Mo.-Fr. 7:00-15:00 Uhr.",
        "Rechnungen bitte ausschließlich per E-Mail an rechnungseingang@{domain}.",
    ],
    "fr": [
        "Merci de rappeler le numéro de commande sur le bon de livraison et sur la facture.",
        "Merci de nous retourner l'accusé de réception de commande sous 48 heures.",
        "Nos conditions générales d'achat s'appliquent à la présente commande.",
        "Livraisons acceptées du lundi au vendredi de 8h à 16h.",
        "Toute livraison partielle doit être validée au préalable par l'acheteur.",
    ],
    "es": [
        "Indiquen el número de pedido en el albarán y en la factura.",
        "Rogamos confirmen la recepción de este pedido y la fecha de entrega.",
        "Se aplican nuestras condiciones generales de compra.",
        "Horario de recepción de mercancía: de lunes a viernes de 8:00 a 14:00.",
        "No se admiten entregas parciales sin autorización previa.",
    ],
}


def unknown_purchase_order(rng: random.Random) -> SyntheticDocument:
    """A buyer's order to a supplier: PO number, vendor, ship-to, items, requested delivery date, authorised by."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    buyer, vendor = ctx.company(), ctx.company()
    ordered = ctx.day()
    needed = ctx.later(ordered, 4, 60)
    number = ctx.code(
        _say(
            ctx,
            {
                "en": ["PO-######", "4500######", "PO#####", "P####/##", "PO-2###-####"],
                "de": ["BE-#####", "4500######", "B-2###-####"],
                "fr": ["BC-#####", "4500######", "CDE-2###-###"],
                "es": ["PC-#####", "4500######", "OC-2###/###"],
            },
        )
    )
    sparse = ctx.chance(0.2)
    title = _say(ctx, PO["title"])
    head = [buyer, *ctx.address_lines()]
    if ctx.chance(0.6):
        head.append(ctx.phone())
    if ctx.chance(0.4):
        mailbox = {"de": "einkauf", "fr": "achats", "es": "compras"}.get(ctx.lang, "purchasing")
        head.append(f"{mailbox}@{ctx.domain(buyer)}")
    doc_title: str | None = title
    b.lines(head, align=ctx.pick(["left", "left", "right"]))
    if ctx.chance(0.5):
        b.h(title, 1, align=ctx.pick(["left", "center", "right"]))
        doc_title = None
    meta = [
        (_say(ctx, PO["number"]), number),
        (_say(ctx, PO["date"]), ctx.date(ordered)),
        (_say(ctx, PO["needed"]), ctx.date(needed)),
    ]
    if not sparse:
        extra = [
            (_say(ctx, PO["vendor_no"]), ctx.code(ctx.pick(["V#####", "#######", "SUP-####"]))),
            (_say(ctx, PO["buyer"]), ctx.person()),
            (_say(ctx, PO["terms_label"]), _say(ctx, PO["terms"])),
            (_say(ctx, PO["ship_via_label"]), _say(ctx, PO["ship_via"])),
            (_say(ctx, PO["cost"]), ctx.code(ctx.pick(["####", "CC-###", "####-##-###"]))),
        ]
        meta += ctx.some(extra, 2, 5)
    b.fields(meta, columns=1 if sparse else ctx.pick([1, 2]))
    b.h(_say(ctx, PO["vendor"]), 3)
    b.lines([vendor, *ctx.address_lines()])
    if not sparse or ctx.chance(0.5):
        b.h(_say(ctx, PO["ship_to"]), 3)
        b.lines([f"{buyer} - {_say(ctx, PO['site'])}", *ctx.address_lines(), f"{_attn(ctx)} {ctx.person()}"])
    items = _goods(ctx, 1, 3 if sparse else 9)
    cols = _cols(ctx, PO_COLS)
    with_code, with_unit = ctx.chance(0.7), ctx.chance(0.5)
    each = _say(ctx, UNITS)
    pattern = _code_pattern(ctx)
    header = ([cols[0]] if with_code else []) + [cols[1], cols[2]] + ([cols[3]] if with_unit else []) + cols[4:]
    rows = []
    for item in items:
        row = [ctx.code(pattern)] if with_code else []
        row += [item.description, qty_text(ctx, item.quantity)]
        if with_unit:
            row.append(_unit(ctx, item.description, each))
        rows.append([*row, ctx.money(item.unit_price), ctx.money(item.amount)])
    if ctx.chance(0.4):
        header = ["#", *header]
        step = ctx.pick([1, 10])
        rows = [[str(n * step), *r] for n, r in enumerate(rows, 1)]
    b.table(header, rows, numeric_from=len(header) - 2)
    net = total(items)
    if ctx.lang == "en":
        totals = [(ctx.pick(["Subtotal", "Sub-total"]), ctx.money(net))]
        amount = net
        if ctx.chance(0.35):
            freight = ctx.amount(15, 250)
            totals.append((ctx.pick(["Freight", "Shipping", "Delivery"]), ctx.money(freight)))
            amount += freight
        if ctx.chance(0.4):
            name, rate = _tax(ctx, standard=True)
            tax = round(amount * rate / 100, 2)
            totals.append((f"{name} ({percent(ctx, rate)})", ctx.money(tax)))
            amount += tax
        elif ctx.locale == "en_US" and ctx.chance(0.4):
            totals.append(("Sales Tax", "Exempt - resale certificate on file"))
        totals.append((_say(ctx, PO["total"]), ctx.money(round(amount, 2))))
    else:
        totals = [(_say(ctx, PO["total"]), ctx.money(net))]
    b.fields(totals)
    if ctx.lang != "en" and ctx.chance(0.5):
        _, rate = _tax(ctx, standard=True)
        vat = {
            "de": "Alle Preise zzgl. {rate} MwSt.",
            "fr": "Prix hors taxes, TVA {rate} en sus.",
            "es": "Precios sin IVA ({rate}).",
        }
        b.p(_fmt(vat.get(ctx.lang, "Prices exclude tax ({rate})."), {"rate": percent(ctx, rate)}))
    notes = [_fmt(n, {"domain": ctx.domain(buyer)}) for n in ctx.some(_notes(ctx, PO_NOTES), 1, 2 if sparse else 4)]
    b.paras(notes, small=ctx.chance(0.5))
    role = _say(ctx, PO["role"])
    b.fields(
        [
            (_say(ctx, PO["sign"]), ctx.person()),
            (
                {"de": "Funktion", "fr": "Fonction", "es": "Cargo"}.get(ctx.lang, "Title"),
                role,
            ),
            ({"de": "Unterschrift", "fr": "Signature", "es": "Firma"}.get(ctx.lang, "Signature"), ""),
        ],
        columns=ctx.pick([1, 3]),
    )
    return b.build(doc_title, "page")


def _notes(ctx: Ctx, words: Words) -> Sequence[str]:
    return words[ctx.lang] if ctx.lang in words else words["en"]


# -- quotation / estimate ---------------------------------------------------------------------------------

QUOTE: dict[str, Words] = {
    "title": {
        "en": ["QUOTATION", "Quotation", "QUOTE", "Estimate", "ESTIMATE", "Sales Quote", "Price Quotation"],
        "de": ["ANGEBOT", "Angebot", "Kostenvoranschlag"],
        "fr": ["DEVIS", "Devis", "Proposition commerciale"],
        "es": ["PRESUPUESTO", "Presupuesto", "Oferta comercial"],
    },
    "number": {
        "en": ["Quote #", "Quote No.", "Estimate #", "Quotation No.", "Ref."],
        "de": ["Angebotsnummer", "Angebot Nr.", "Angebots-Nr."],
        "fr": ["Devis n°", "N° de devis", "Référence"],
        "es": ["N.º de presupuesto", "Presupuesto n.º", "Referencia"],
    },
    "date": {
        "en": ["Date", "Quote Date", "Issued"],
        "de": ["Datum", "Angebotsdatum"],
        "fr": ["Date", "Date du devis", "Établi le"],
        "es": ["Fecha", "Fecha de emisión"],
    },
    "valid": {
        "en": ["Valid Until", "Valid until", "Quote valid to", "Expires", "Expiry Date"],
        "de": ["Gültig bis", "Bindefrist", "Angebot gültig bis"],
        "fr": ["Valable jusqu'au", "Date de validité", "Validité de l'offre"],
        "es": ["Válido hasta", "Validez de la oferta", "Vigencia hasta"],
    },
    "for": {
        "en": ["Prepared for", "Quote for", "Customer", "To"],
        "de": ["Kunde", "An", "Für"],
        "fr": ["Client", "À l'attention de"],
        "es": ["Cliente", "Para"],
    },
    "by": {
        "en": ["Prepared by", "Sales rep", "Estimator", "Your contact"],
        "de": ["Ihr Ansprechpartner", "Bearbeiter"],
        "fr": ["Votre contact", "Établi par"],
        "es": ["Atendido por", "Comercial"],
    },
    "site": {
        "en": ["Job site", "Project address", "Site address"],
        "de": ["Baustelle", "Objekt", "Einsatzort"],
        "fr": ["Adresse du chantier", "Lieu d'intervention"],
        "es": ["Dirección de la obra", "Lugar de la obra"],
    },
    "net": {
        "en": ["Subtotal", "Sub-total", "Net"],
        "de": ["Summe netto", "Nettobetrag"],
        "fr": ["Total HT", "Montant HT"],
        "es": ["Base imponible", "Subtotal"],
    },
    "total": {
        "en": ["Total", "Estimated Total", "Quote Total", "TOTAL ESTIMATE"],
        "de": ["Angebotssumme brutto", "Gesamtbetrag"],
        "fr": ["Total TTC", "Montant TTC"],
        "es": ["Total presupuesto", "TOTAL (IVA incluido)"],
    },
    "accept": {
        "en": ["Accepted by (signature)", "Customer acceptance", "Signature of acceptance", "Approved by client"],
        "de": ["Auftrag erteilt (Datum, Unterschrift)", "Angebot angenommen"],
        "fr": ["Bon pour accord (date, signature, cachet)", "Signature du client précédée de « Bon pour accord »"],
        "es": ["Conforme cliente", "Aceptación del presupuesto (firma)"],
    },
    "intro": {
        "en": [
            "Thank you for your enquiry. We are pleased to quote as follows:",
            "T|Further to our site visit on {visit}, please find our estimate below.",
            "As requested, here is our quotation for the items below.",
            "We are pleased to submit the following proposal for your consideration.",
        ],
        "de": [
            "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:",
            "T|bezugnehmend auf unseren Ortstermin am {visit} bieten wir Ihnen freibleibend an:",
        ],
        "fr": [
            "Suite à votre demande, nous avons le plaisir de vous adresser notre meilleure offre :",
            "T|Suite à notre visite du {visit}, veuillez trouver ci-dessous notre devis.",
        ],
        "es": [
            "En respuesta a su solicitud, le remitimos el siguiente presupuesto:",
            "T|Tras la visita realizada el {visit}, le presentamos nuestro presupuesto:",
        ],
    },
}
QUOTE_NOTES: Words = {
    "en": [
        "This quotation is valid for {days} days from the date of issue.",
        "This is a quote, not an invoice. No payment is due until the work is accepted and invoiced.",
        "This is an estimate only and not an invoice.",
        "Prices are subject to change after the expiry date.",
        "To accept, please sign below and return a copy, or reply to this email quoting the reference above.",
        "W|A deposit of {dep}% is required before work can be scheduled.",
        "W|Any additional work not listed above will be quoted separately.",
        "G|Lead time: approximately {weeks} weeks from receipt of your purchase order.",
        "G|Delivery charges are estimated and will be confirmed at the time of order.",
        "T|Estimate based on our site visit; the final price may vary if hidden defects are found.",
    ],
    "de": [
        "Dieses Angebot ist {days} Tage gültig.",
        "G|Lieferzeit: ca. {weeks} Wochen nach Auftragseingang.",
        "W|Bei Auftragserteilung bitten wir um eine Anzahlung von {dep} %.",
        "Zur Auftragserteilung senden Sie uns bitte das Angebot unterschrieben zurück.",
        "Dies ist ein Angebot und keine Rechnung.",
        "W|Mehr- oder Minderleistungen werden nach tatsächlichem Aufwand abgerechnet.",
        "Alle Preise freibleibend. Wir freuen uns auf Ihren Auftrag.",
    ],
    "fr": [
        "Devis valable {days} jours à compter de sa date d'émission.",
        "Devis gratuit.",
        "W|Acompte de {dep} % à la signature du devis, solde à la fin des travaux.",
        "W|Durée estimée des travaux : {weeks} semaine(s).",
        "Ce document est un devis et non une facture.",
        "G|Délai de livraison : {weeks} semaine(s) à réception de votre commande.",
        "Pour accepter ce devis, merci de le retourner daté et signé avec la mention « Bon pour accord ».",
        "W|Tout travail supplémentaire fera l'objet d'un devis complémentaire.",
    ],
    "es": [
        "Presupuesto válido durante {days} días.",
        "Este documento es un presupuesto, no una factura.",
        "W|Forma de pago: {dep} % a la aceptación del presupuesto y el resto a la finalización de los trabajos.",
        "W|Plazo de ejecución estimado: {weeks} semanas.",
        "W|Cualquier trabajo no incluido se presupuestará aparte.",
        "Para aceptar el presupuesto, devuélvalo firmado.",
        "G|Plazo de entrega: {weeks} semanas desde la confirmación del pedido.",
    ],
}
QUOTE_COLS: dict[str, list[list[str]]] = {
    "en": [
        ["Description", "Item", "Work"],
        ["Qty", "Quantity", "Hrs/Qty"],
        ["Unit Price", "Rate"],
        ["Amount", "Total"],
    ],
    "de": [["Bezeichnung", "Leistung", "Beschreibung"], ["Menge"], ["Einzelpreis", "EP"], ["Gesamtpreis", "GP"]],
    "fr": [
        ["Désignation", "Description"],
        ["Qté", "Quantité"],
        ["P.U. HT", "Prix unitaire"],
        ["Total HT", "Montant HT"],
    ],
    "es": [["Concepto", "Descripción"], ["Cant.", "Unidades"], ["Precio", "Precio unit."], ["Importe", "Total"]],
}
TRADE: dict[str, list[tuple[str, float, float]]] = {
    "en": [
        ("Remove and dispose of existing boiler", 150, 400),
        ("Supply and fit combi boiler, 10-year warranty", 1500, 3200),
        ("Labour - 2 engineers, per day", 350, 700),
        ("Copper pipe, valves and fittings", 60, 240),
        ("Prepare and paint walls and ceiling, 2 coats (per room)", 180, 450),
        ("Supply and install 6 LED downlights", 180, 420),
        ("Replace consumer unit and test circuits", 400, 900),
        ("Repair roof tiles and re-point ridge", 300, 1200),
        ("Scaffolding hire (2 weeks)", 400, 1100),
        ("Lay porcelain patio slabs (per m2)", 45, 90),
        ("Skip hire and waste removal", 180, 320),
        ("Fit new kitchen worktop", 300, 900),
        ("Sand and lacquer timber floor (per m2)", 20, 45),
        ("Call-out and diagnosis", 60, 120),
    ],
    "de": [
        ("Demontage und Entsorgung Altkessel", 150, 400),
        ("Lieferung und Montage Gas-Brennwerttherme", 1800, 3600),
        ("Arbeitszeit Monteur (Std.)", 55, 85),
        ("Kupferrohr, Ventile und Fittings", 60, 240),
        ("Wände spachteln und streichen, 2 Anstriche (m²)", 8, 20),
        ("Lieferung und Montage LED-Einbaustrahler", 35, 80),
        ("Austausch Unterverteilung inkl. Prüfprotokoll", 450, 1100),
        ("Gerüststellung (2 Wochen)", 400, 1100),
        ("Container 7 m³ inkl. Entsorgung", 250, 450),
        ("Anfahrtspauschale", 30, 70),
    ],
    "fr": [
        ("Dépose et évacuation de l'ancienne chaudière", 150, 400),
        ("Fourniture et pose chaudière gaz à condensation", 1800, 3600),
        ("Main d'œuvre (heure)", 45, 75),
        ("Fourniture tuyauterie cuivre et raccords", 60, 240),
        ("Préparation des murs et peinture deux couches (m²)", 18, 35),
        ("Fourniture et pose de spots LED encastrés", 35, 80),
        ("Remplacement du tableau électrique", 450, 1100),
        ("Location échafaudage (2 semaines)", 400, 1100),
        ("Frais de déplacement", 30, 70),
    ],
    "es": [
        ("Desmontaje y retirada de caldera antigua", 120, 350),
        ("Suministro e instalación de caldera de condensación", 1500, 3000),
        ("Mano de obra oficial (hora)", 25, 45),
        ("Tubería de cobre y accesorios", 60, 240),
        ("Pintura plástica en paredes, dos manos (m²)", 6, 14),
        ("Suministro y colocación de focos LED", 25, 60),
        ("Sustitución de cuadro eléctrico", 350, 900),
        ("Alquiler de andamio (2 semanas)", 300, 900),
        ("Desplazamiento", 20, 50),
    ],
}
PROJECT: dict[str, list[tuple[str, float, float]]] = {
    "en": [
        ("Discovery workshop (2 days)", 1800, 4000),
        ("UX and visual design", 3000, 12000),
        ("Front-end development", 6000, 25000),
        ("Data migration", 1500, 8000),
        ("Project management", 1200, 6000),
        ("User training (2 sessions)", 800, 2400),
        ("Annual support and maintenance (optional)", 1200, 6000),
    ],
    "de": [
        ("Konzeptionsworkshop (2 Tage)", 1800, 4000),
        ("Design und Umsetzung Website", 4000, 15000),
        ("Datenmigration", 1500, 8000),
        ("Projektmanagement", 1200, 6000),
        ("Schulung Anwender (2 Termine)", 800, 2400),
        ("Wartungsvertrag, jährlich (optional)", 1200, 6000),
    ],
    "fr": [
        ("Atelier de cadrage (2 jours)", 1800, 4000),
        ("Conception graphique et maquettes", 3000, 12000),
        ("Développement du site", 6000, 25000),
        ("Reprise des données", 1500, 8000),
        ("Formation des utilisateurs", 800, 2400),
        ("Maintenance annuelle (option)", 1200, 6000),
    ],
    "es": [
        ("Taller de definición (2 días)", 1800, 4000),
        ("Diseño gráfico y maquetación", 3000, 12000),
        ("Desarrollo web", 6000, 25000),
        ("Migración de datos", 1500, 8000),
        ("Formación de usuarios", 800, 2400),
        ("Mantenimiento anual (opcional)", 1200, 6000),
    ],
}


def _for_kind(texts: Sequence[str], kind: str) -> list[str]:
    """Texts fit for a kind of quote: untagged ones, "G|" for goods, "W|" for work, "T|" for a tradesman's visit."""
    tags = {"goods": ("G|",), "trade": ("W|", "T|"), "project": ("W|",)}[kind]
    return [t[2:] if t[:2] in tags else t for t in texts if t[1:2] != "|" or t[:2] in tags]


def _quote_qty(ctx: Ctx, description: str) -> float:
    """Work is quoted as lump sums, except what is priced per hour, day or square metre."""
    per = ("per ", "(m2)", "(m²)", "(Std.)", "(heure)", "(hora)", "m2)", "m²)")
    return float(ctx.randint(2, 40)) if any(w in description for w in per) else 1.0


def unknown_quotation(rng: random.Random) -> SyntheticDocument:
    """A quote or estimate (Angebot, devis, presupuesto): prices offered, validity date, acceptance; nothing due."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    seller = ctx.company()
    customer = ctx.person() if ctx.chance(0.5) else ctx.company()
    issued = ctx.day()
    days = ctx.pick([14, 30, 30, 30, 60, 90])
    valid = issued + dt.timedelta(days=days)
    kind = ctx.pick(["goods", "trade", "trade", "project"])
    sparse = ctx.chance(0.2)
    title = _say(ctx, QUOTE["title"])
    b.lines(_letterhead(ctx, seller), align=ctx.pick(["left", "right", "center"]))
    b.h(title, 1)
    meta = [
        (
            _say(ctx, QUOTE["number"]),
            ctx.code(
                _say(
                    ctx,
                    {
                        "en": ["Q-#####", "QT####", "EST-####", "Q2###-###"],
                        "de": ["AN-#####", "ANG-20##-###", "A######"],
                        "fr": ["DEV-20##-###", "D######", "DE#####"],
                        "es": ["PRES-####", "P-20##/###", "PR######"],
                    },
                )
            ),
        ),
        (_say(ctx, QUOTE["date"]), ctx.date(issued)),
        (_say(ctx, QUOTE["valid"]), ctx.date(valid)),
    ]
    if not sparse and ctx.chance(0.6):
        meta.append((_say(ctx, QUOTE["by"]), ctx.person()))
    b.fields(meta, columns=ctx.pick([1, 1, 3]))
    b.h(_say(ctx, QUOTE["for"]), 3)
    b.lines([customer, *ctx.address_lines()])
    if kind == "trade" and ctx.chance(0.5):
        b.fields([(_say(ctx, QUOTE["site"]), ctx.address())])
    if not sparse:
        visit = ctx.date(ctx.later(issued, -10, -1))
        b.p(_fmt(ctx.pick(_for_kind(_notes(ctx, QUOTE["intro"]), kind)), {"visit": visit}))
    catalog = {"goods": GOODS, "trade": TRADE, "project": PROJECT}[kind]
    items = line_items(ctx, catalog[ctx.lang] if ctx.lang in catalog else catalog["en"], 1, 3 if sparse else 8)
    if kind != "goods":
        items = [LineItem(i.description, _quote_qty(ctx, i.description), i.unit_price) for i in items]
    cols = _cols(ctx, QUOTE_COLS)
    rows = [[i.description, qty_text(ctx, i.quantity), ctx.money(i.unit_price), ctx.money(i.amount)] for i in items]
    if ctx.chance(0.3):
        cols = ["Pos." if ctx.lang == "de" else "#", *cols]
        rows = [[str(n), *r] for n, r in enumerate(rows, 1)]
    b.table(cols, rows, numeric_from=len(cols) - 3)
    net = total(items)
    name, rate = _tax(ctx, standard=kind != "trade")
    tax = round(net * rate / 100, 2)
    if ctx.locale == "en_US" and ctx.chance(0.5):
        b.fields([(_say(ctx, QUOTE["total"]), ctx.money(net)), ("", "Sales tax, if applicable, will be added.")])
    else:
        b.fields(
            [
                (_say(ctx, QUOTE["net"]), ctx.money(net)),
                (f"{name} {percent(ctx, rate)}", ctx.money(tax)),
                (_say(ctx, QUOTE["total"]), ctx.money(net + tax)),
            ]
        )
    values = {"days": str(days), "dep": str(ctx.pick([20, 25, 30, 40, 50])), "weeks": str(ctx.randint(1, 8))}
    notes = [_fmt(n, values) for n in ctx.some(_for_kind(_notes(ctx, QUOTE_NOTES), kind), 2, 3 if sparse else 5)]
    b.h({"de": "Hinweise", "fr": "Conditions", "es": "Condiciones"}.get(ctx.lang, ctx.pick(["Terms", "Notes"])), 3)
    b.paras(notes)
    b.fields(
        [
            (_say(ctx, QUOTE["accept"]), ""),
            ({"de": "Ort, Datum", "fr": "Date", "es": "Fecha"}.get(ctx.lang, "Date"), ""),
        ],
        columns=2,
    )
    return b.build(None, ctx.pick(["page", "letter"]))


# -- delivery note / packing slip / goods received note ---------------------------------------------------

DELIVERY: dict[str, Words] = {
    "delivery": {
        "en": ["DELIVERY NOTE", "Delivery Note", "Delivery Docket", "Delivery Ticket"],
        "de": ["Lieferschein", "LIEFERSCHEIN"],
        "fr": ["BON DE LIVRAISON", "Bon de livraison"],
        "es": ["ALBARÁN DE ENTREGA", "Albarán"],
    },
    "packing": {
        "en": ["PACKING SLIP", "Packing Slip", "Packing List", "Dispatch Note"],
        "de": ["Packliste", "Lieferschein / Packliste"],
        "fr": ["Bordereau de colisage", "Liste de colisage"],
        "es": ["Lista de empaque", "Hoja de embalaje"],
    },
    "grn": {
        "en": ["GOODS RECEIVED NOTE", "Goods Received Note (GRN)", "Receiving Report", "GRN"],
        "de": ["Wareneingangsschein", "Wareneingangsprotokoll"],
        "fr": ["Bon de réception", "Procès-verbal de réception marchandises"],
        "es": ["Nota de recepción de mercancía", "Parte de recepción"],
    },
    "number": {
        "en": ["Delivery Note No.", "Document No.", "Ref.", "Shipment No."],
        "de": ["Lieferschein-Nr.", "Beleg-Nr."],
        "fr": ["N° BL", "Bon de livraison n°"],
        "es": ["Albarán n.º", "N.º de albarán"],
    },
    "order": {
        "en": ["Your Order No.", "Customer PO", "Order Ref.", "Sales Order"],
        "de": ["Ihre Bestellung", "Auftrags-Nr.", "Ihre Bestell-Nr."],
        "fr": ["Votre commande", "Réf. commande client"],
        "es": ["Su pedido", "N.º de pedido"],
    },
    "date": {
        "en": ["Date", "Dispatch Date", "Delivery Date"],
        "de": ["Lieferdatum", "Datum"],
        "fr": ["Date de livraison", "Date d'expédition"],
        "es": ["Fecha de entrega", "Fecha"],
    },
    "carrier": {
        "en": ["Carrier", "Shipped Via"],
        "de": ["Versandart", "Spediteur"],
        "fr": ["Transporteur"],
        "es": ["Transportista", "Agencia"],
    },
    "packages": {
        "en": ["No. of packages", "Cartons", "Pallets"],
        "de": ["Packstücke", "Anzahl Kolli"],
        "fr": ["Nombre de colis", "Colis"],
        "es": ["Bultos", "N.º de bultos"],
    },
    "weight": {"en": ["Gross weight", "Weight"], "de": ["Gewicht"], "fr": ["Poids brut"], "es": ["Peso"]},
    "customer": {
        "en": ["Deliver To", "Ship To", "Consignee", "Customer"],
        "de": ["Lieferanschrift", "Empfänger"],
        "fr": ["Livré à", "Destinataire"],
        "es": ["Destinatario", "Entregar en"],
    },
    "supplier": {
        "en": ["Supplier", "Vendor"],
        "de": ["Lieferant"],
        "fr": ["Fournisseur"],
        "es": ["Proveedor"],
    },
    "received": {
        "en": ["Received in good condition by", "Goods received by (print name)", "Received by", "Signed for by"],
        "de": ["Ware in einwandfreiem Zustand erhalten", "Empfang bestätigt (Name, Unterschrift)"],
        "fr": ["Marchandise reçue en bon état", "Nom et signature du réceptionnaire"],
        "es": ["Recibí conforme", "Firma y DNI del receptor"],
    },
    "checked": {
        "en": ["Checked by", "Inspected by", "Storekeeper"],
        "de": ["Geprüft von", "Lagerist"],
        "fr": ["Contrôlé par", "Magasinier"],
        "es": ["Revisado por", "Mozo de almacén"],
    },
}
DELIVERY_COLS: dict[str, dict[str, list[list[str]]]] = {
    "delivery": {
        "en": [
            ["Item Code", "Product Code", "Part No."],
            ["Description"],
            ["Ordered", "Qty Ordered"],
            ["Delivered", "Qty Shipped", "Supplied"],
            ["Back Order", "B/O", "Outstanding"],
        ],
        "de": [["Art.-Nr.", "Artikel"], ["Bezeichnung"], ["Bestellt"], ["Geliefert", "Liefermenge"], ["Rückstand"]],
        "fr": [["Réf.", "Code article"], ["Désignation"], ["Qté commandée"], ["Qté livrée"], ["Reliquat"]],
        "es": [["Código", "Ref."], ["Descripción"], ["Cant. pedida"], ["Cant. servida"], ["Pendiente"]],
    },
    "grn": {
        "en": [["PO Line", "Line"], ["Description"], ["Qty Ordered"], ["Qty Received"], ["Accepted"], ["Rejected"]],
        "de": [["Pos."], ["Bezeichnung"], ["Bestellmenge"], ["Eingangsmenge"], ["Angenommen"], ["Abgelehnt"]],
        "fr": [["Ligne"], ["Désignation"], ["Qté commandée"], ["Qté reçue"], ["Acceptée"], ["Refusée"]],
        "es": [["Línea"], ["Descripción"], ["Cant. pedida"], ["Cant. recibida"], ["Aceptada"], ["Rechazada"]],
    },
}
DELIVERY_NOTES: Words = {
    "en": [
        "Please check goods on delivery. Shortages or damage must be reported within 48 hours.",
        "No prices shown. Your invoice will be sent separately.",
        "This is not an invoice.",
        "Items on back order will be shipped as soon as stock is available.",
        "P|Returns: please use the enclosed returns form within 30 days.",
        "D|Goods remain the property of the supplier until paid for in full.",
        "P|Thank you for shopping with us! Questions about your order? Contact us at support@{domain}.",
    ],
    "de": [
        "Bitte prüfen Sie die Ware bei Anlieferung. Transportschäden sind sofort zu vermerken.",
        "Die Rechnung erhalten Sie separat.",
        "Reklamationen innerhalb von 8 Tagen nach Erhalt der Ware.",
        "Rückstände werden schnellstmöglich nachgeliefert.",
    ],
    "fr": [
        "Vérifiez la marchandise à la livraison et portez vos réserves sur le bon du transporteur.",
        "La facture vous sera adressée séparément.",
        "Réserves éventuelles : ____________________",
        "Les reliquats seront livrés dès réception du stock.",
    ],
    "es": [
        "La factura se enviará por separado.",
        "Cualquier incidencia debe comunicarse en un plazo de 24 horas.",
        "Revise la mercancía en el momento de la entrega.",
        "El material pendiente se servirá en una próxima entrega.",
    ],
}
CARRIERS = {
    "*": ["DHL", "UPS", "FedEx", "TNT", "Own vehicle"],
    "en_US": ["UPS Ground", "FedEx Freight", "USPS", "Company truck", "XPO Logistics"],
    "en_GB": ["Royal Mail", "DPD", "Parcelforce", "Own vehicle", "Palletways"],
    "en_CA": ["Canada Post", "Purolator", "UPS", "Own vehicle"],
    "en_AU": ["Australia Post", "StarTrack", "TNT", "Toll"],
    "en_IN": ["Blue Dart", "Delhivery", "DTDC", "Own vehicle"],
    "de_DE": ["DHL", "DPD", "GLS", "Spedition", "eigener LKW"],
    "fr_FR": ["Colissimo", "DB Schenker", "Geodis", "GLS", "nos soins"],
    "es_ES": ["SEUR", "MRW", "Correos Express", "medios propios"],
}


def unknown_delivery_note(rng: random.Random) -> SyntheticDocument:
    """A delivery note, packing slip or goods received note: goods and quantities, order reference, no payment."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    kind = ctx.pick(["delivery", "delivery", "packing", "grn"])
    supplier = ctx.company()
    customer = ctx.company() if kind == "grn" or ctx.chance(0.6) else ctx.person()
    day = ctx.day()
    title = _say(ctx, DELIVERY[kind])
    sparse = ctx.chance(0.2)
    b.lines([customer, *ctx.address_lines()] if kind == "grn" else _letterhead(ctx, supplier))
    b.h(title, 1, align=ctx.pick(["left", "right"]))
    meta = [
        (
            _say(ctx, DELIVERY["number"]),
            ctx.code(
                _say(
                    ctx,
                    {
                        "en": ["DN-#####", "SHP######", "#####", "D/N ######"],
                        "de": ["LS######", "LS-2###-####", "######"],
                        "fr": ["BL-####-###", "BL######", "######"],
                        "es": ["ALB-#####", "A2###/####", "######"],
                    },
                )
            ),
        ),
        (_say(ctx, DELIVERY["date"]), ctx.date(day)),
        (_say(ctx, DELIVERY["order"]), ctx.code(ctx.pick(["PO-#####", "4500######", "SO-######", "#########"]))),
    ]
    if not sparse:
        meta.append((_say(ctx, DELIVERY["carrier"]), ctx.pick(CARRIERS.get(ctx.locale, CARRIERS["*"]))))
        if ctx.chance(0.5):
            meta.append(("Tracking", ctx.code(ctx.pick(["1Z###?##########", "JD0000####?####", "##########"]))))
        meta.append((_say(ctx, DELIVERY["packages"]), str(ctx.randint(1, 12))))
        if ctx.chance(0.5):
            meta.append((_say(ctx, DELIVERY["weight"]), f"{ctx.num(ctx.amount(1, 800), 1)} kg"))
    b.fields(meta, columns=ctx.pick([1, 2]))
    if kind == "grn":
        b.h(_say(ctx, DELIVERY["supplier"]), 3)
        b.lines([supplier, ctx.address()])
    else:
        b.h(_say(ctx, DELIVERY["customer"]), 3)
        b.lines([customer, *ctx.address_lines()])
    items = _goods(ctx, 1, 3 if sparse else 10)
    pattern = _code_pattern(ctx)
    if kind == "packing":
        head = {
            "de": ["Artikel", "Bezeichnung", "Menge"],
            "fr": ["Réf.", "Article", "Qté"],
            "es": ["Ref.", "Artículo", "Cant."],
        }.get(
            ctx.lang, [ctx.pick(["SKU", "Item"]), ctx.pick(["Description", "Product"]), ctx.pick(["Qty", "Quantity"])]
        )
        rows = [[ctx.code(pattern), i.description, qty_text(ctx, i.quantity)] for i in items]
        if ctx.chance(0.3):
            head = [*head, "Bin"]
            rows = [[*r, ctx.code("?-##-#")] for r in rows]
        b.table(head, rows)
    else:
        cols = DELIVERY_COLS["grn" if kind == "grn" else "delivery"]
        head = _cols(ctx, cols)
        rows = []
        for n, item in enumerate(items, 1):
            ordered = int(item.quantity)
            sent = ordered if ctx.chance(0.8) else ctx.randint(0, ordered)
            if kind == "grn":
                rejected = 0 if ctx.chance(0.85) else ctx.randint(1, max(1, sent))
                rows.append(
                    [str(n * 10), item.description, str(ordered), str(sent), str(sent - rejected), str(rejected)]
                )
            else:
                rows.append([ctx.code(pattern), item.description, str(ordered), str(sent), str(ordered - sent)])
        b.table(head, rows, numeric_from=2)
    if kind == "grn":
        b.fields(
            [
                (
                    {"de": "Lagerort", "fr": "Emplacement", "es": "Ubicación"}.get(ctx.lang, "Location"),
                    ctx.code("?##-##"),
                ),
                (_say(ctx, DELIVERY["checked"]), ctx.person()),
                (
                    {"de": "Bemerkungen", "fr": "Observations", "es": "Observaciones"}.get(ctx.lang, "Discrepancies"),
                    ctx.pick(["", "None", "1 carton damaged", "Short delivered, supplier informed"]),
                ),
            ]
        )
    else:
        tag = "P|" if kind == "packing" else "D|"
        notes = [n[2:] if n[:2] == tag else n for n in _notes(ctx, DELIVERY_NOTES) if n[1:2] != "|" or n[:2] == tag]
        b.paras([_fmt(n, {"domain": ctx.domain(supplier)}) for n in ctx.some(notes, 1, 3)], small=ctx.chance(0.5))
    hand = ctx.chance(0.4)
    b.fields(
        [
            (_say(ctx, DELIVERY["received"]), ctx.person() if hand else ""),
            ({"de": "Datum", "fr": "Date", "es": "Fecha"}.get(ctx.lang, "Date"), ctx.date(day) if hand else ""),
        ],
        columns=2,
        hand=hand,
    )
    return b.build(None, "page")


# -- remittance advice ------------------------------------------------------------------------------------

REMIT: dict[str, Words] = {
    "title": {
        "en": ["REMITTANCE ADVICE", "Remittance Advice", "Payment Advice", "Advice of Payment", "EFT Remittance"],
        "de": ["Zahlungsavis", "ZAHLUNGSAVIS", "Avis"],
        "fr": ["Avis de paiement", "AVIS DE VIREMENT", "Avis de règlement"],
        "es": ["Aviso de pago", "AVISO DE TRANSFERENCIA", "Comunicación de pago"],
    },
    "intro": {
        "en": [
            "Please find below details of a payment made to your account. Funds should be available within {n} "
            "working days.",
            "We have today made a payment to your nominated bank account in settlement of the invoices listed below.",
            "The following invoices have been included in our payment run of {date}.",
            "Enclosed please find our cheque no. {chq} in payment of the items listed below.",
            "Please find enclosed check no. {chq} in settlement of the following invoices.",
        ],
        "de": [
            "wir haben heute folgende Rechnungen zur Zahlung angewiesen. Die Gutschrift erfolgt in den nächsten "
            "Tagen auf Ihrem Konto.",
            "anbei erhalten Sie eine Aufstellung der mit unserer Überweisung vom {date} beglichenen Rechnungen.",
        ],
        "fr": [
            "Nous vous informons que nous avons procédé ce jour au virement suivant en règlement des factures "
            "ci-dessous :",
            "Veuillez trouver ci-dessous le détail de notre règlement du {date}.",
        ],
        "es": [
            "Les comunicamos que hemos ordenado una transferencia a su favor correspondiente a las siguientes "
            "facturas:",
            "Adjuntamos el detalle de las facturas incluidas en nuestro pago del {date}.",
        ],
    },
    "method": {
        "en": ["EFT", "Wire transfer", "Cheque"],
        "de": ["SEPA-Überweisung", "Überweisung"],
        "fr": ["Virement SEPA", "Virement", "Chèque"],
        "es": ["Transferencia SEPA", "Transferencia bancaria", "Confirming"],
    },
    "supplier_no": {
        "en": ["Supplier No.", "Vendor ID", "Our supplier ref."],
        "de": ["Ihre Lieferanten-Nr.", "Kreditor-Nr."],
        "fr": ["Votre code fournisseur", "N° fournisseur"],
        "es": ["Código de proveedor", "N.º de acreedor"],
    },
    "total": {
        "en": ["Total payment", "Total amount remitted", "Payment total", "Net amount paid"],
        "de": ["Überweisungsbetrag", "Zahlbetrag gesamt"],
        "fr": ["Montant total du virement", "Total réglé"],
        "es": ["Importe total transferido", "Total pago"],
    },
    "footer": {
        "en": [
            "For queries please contact Accounts Payable on {phone}, quoting your supplier number.",
            "This is an automatically generated remittance advice. Please do not reply to this email.",
            "Please allow three working days for the funds to clear.",
            "Please check this advice against your ledger and contact us within 14 days of any discrepancy.",
        ],
        "de": [
            "Bei Rückfragen wenden Sie sich bitte an unsere Kreditorenbuchhaltung: {phone}.",
            "Diese Nachricht wurde automatisch erstellt.",
            "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 14 Tagen mit.",
        ],
        "fr": [
            "Pour toute question, contactez notre service comptabilité fournisseurs au {phone}.",
            "Ce message est généré automatiquement, merci de ne pas y répondre.",
        ],
        "es": [
            "Para cualquier consulta, contacte con el departamento de cuentas a pagar: {phone}.",
            "Este aviso se ha generado automáticamente.",
        ],
    },
}
REMIT_COLS: dict[str, list[list[str]]] = {
    "en": [
        ["Invoice No.", "Your Invoice", "Invoice #", "Document"],
        ["Invoice Date", "Date"],
        ["Our Ref.", "PO No."],
        ["Gross", "Invoice Amount", "Amount"],
        ["Discount", "Deduction", "Adj."],
        ["Paid", "Amount Paid", "Payment"],
    ],
    "de": [
        ["Rechnungs-Nr.", "Ihre Rechnung", "Beleg"],
        ["Rechnungsdatum", "Datum"],
        ["Bestell-Nr.", "Unser Zeichen"],
        ["Betrag", "Bruttobetrag"],
        ["Skonto", "Abzug"],
        ["Zahlbetrag"],
    ],
    "fr": [
        ["N° facture", "Votre facture"],
        ["Date facture", "Date"],
        ["N° commande", "Notre réf."],
        ["Montant TTC", "Montant"],
        ["Escompte", "Déduction"],
        ["Montant réglé", "Réglé"],
    ],
    "es": [
        ["N.º factura", "Su factura"],
        ["Fecha factura", "Fecha"],
        ["Pedido", "Nuestra ref."],
        ["Importe", "Importe bruto"],
        ["Descuento", "Deducción"],
        ["Importe pagado", "Pagado"],
    ],
}


def unknown_remittance_advice(rng: random.Random) -> SyntheticDocument:
    """A payer's note to a supplier of which invoices (and credit notes) one transfer or cheque settles."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    payer, supplier = ctx.company(), ctx.company()
    paid_on = ctx.day()
    title = _say(ctx, REMIT["title"])
    b.lines(_letterhead(ctx, payer), align=ctx.pick(["left", "right"]))
    b.h(title, 1)
    b.lines([supplier, *ctx.address_lines()] if ctx.chance(0.7) else [supplier])
    method = ctx.pick(
        {
            "en_US": ["ACH", "Wire transfer", "Check"],
            "en_CA": ["EFT", "Cheque", "Wire transfer"],
            "en_GB": ["BACS", "Faster Payments", "CHAPS"],
            "en_IE": ["SEPA credit transfer", "EFT"],
            "en_AU": ["EFT", "Direct credit"],
            "en_IN": ["NEFT", "RTGS", "IMPS"],
        }.get(ctx.locale)
        or _notes(ctx, REMIT["method"])
    )
    meta = [
        (
            {"de": "Zahlungsdatum", "fr": "Date du règlement", "es": "Fecha de pago"}.get(
                ctx.lang, ctx.pick(["Payment Date", "Date", "Value Date"])
            ),
            ctx.date(paid_on),
        ),
        (
            {"de": "Zahlungsreferenz", "fr": "Référence du virement", "es": "Referencia"}.get(
                ctx.lang, ctx.pick(["Payment Reference", "Payment No.", "Remittance No."])
            ),
            ctx.code(ctx.pick(["PAY-######", "########", "EFT######", "REM-#####"])),
        ),
        (
            {"de": "Zahlungsart", "fr": "Mode de règlement", "es": "Forma de pago"}.get(ctx.lang, "Payment Method"),
            method,
        ),
        (_say(ctx, REMIT["supplier_no"]), ctx.code(ctx.pick(["V#####", "7#####", "SUP####"]))),
    ]
    by_cheque = method in ("Cheque", "Check", "Chèque")
    cheque_no = ctx.digits(6)
    if by_cheque:
        meta.append(
            ({"fr": "N° de chèque"}.get(ctx.lang, "Cheque No." if method == "Cheque" else "Check No."), cheque_no)
        )
    elif ctx.chance(0.6):
        meta.append(
            (
                {"de": "Empfängerkonto", "fr": "Compte bénéficiaire", "es": "Cuenta destino"}.get(
                    ctx.lang, "Paid to account"
                ),
                f"****{ctx.digits(4)}",
            )
        )
    b.fields(meta, columns=ctx.pick([1, 2]))
    intros = [i for i in _notes(ctx, REMIT["intro"]) if ("{chq}" in i) == (by_cheque and ctx.lang == "en")]
    if by_cheque and ctx.lang == "fr":
        intros = ["Veuillez trouver ci-joint notre chèque en règlement des factures ci-dessous :"]
    intro = _fmt(
        ctx.pick(intros),
        {"n": str(ctx.randint(1, 3)), "date": ctx.date(paid_on), "chq": cheque_no},
    )
    if ctx.lang == "de":
        intro = "Sehr geehrte Damen und Herren, " + intro
    elif ctx.lang == "en" and ctx.chance(0.5):
        b.p(ctx.pick(["Dear Supplier,", "Dear Sir/Madam,", "Hello,"]))
    b.p(intro)
    cols = _cols(ctx, REMIT_COLS)
    with_ref, with_disc = ctx.chance(0.5), ctx.chance(0.4)
    head = cols[:2] + ([cols[2]] if with_ref else []) + [cols[3]] + ([cols[4]] if with_disc else []) + [cols[5]]
    rows = []
    paid_total = 0.0
    for _ in range(ctx.randint(1, 9)):
        credit = paid_total > 2000 and ctx.chance(0.12)
        gross = ctx.amount(40, 9000) * (-1 if credit else 1)
        disc = round(gross * 0.02, 2) if with_disc and not credit and ctx.chance(0.5) else 0.0
        paid = round(gross - disc, 2)
        paid_total += paid
        inv_day = ctx.later(paid_on, -75, -10)
        row = [
            ctx.code(ctx.pick(["CN-####", "CR####"]) if credit else ctx.pick(["INV-#####", "#####", "F-20##-####"])),
            ctx.date(inv_day),
        ]
        if with_ref:
            row.append(ctx.code("PO-#####"))
        row.append(ctx.money(gross))
        if with_disc:
            row.append(ctx.money(disc) if disc else "-")
        rows.append([*row, ctx.money(paid)])
    b.table(head, rows, numeric_from=len(head) - (3 if with_disc else 2))
    b.fields([(_say(ctx, REMIT["total"]), ctx.money(round(paid_total, 2)))])
    footer = [_fmt(f, {"phone": ctx.phone()}) for f in ctx.some(_notes(ctx, REMIT["footer"]), 1, 2)]
    b.paras(footer, small=True)
    if ctx.chance(0.4):
        b.lines(
            [
                _say(
                    ctx,
                    {
                        "en": ["Accounts Payable", "Finance Department", "Purchase Ledger"],
                        "de": ["Kreditorenbuchhaltung", "Finanzbuchhaltung"],
                        "fr": ["Comptabilité fournisseurs", "Service comptable"],
                        "es": ["Departamento de administración", "Cuentas a pagar"],
                    },
                ),
                payer,
            ]
        )
    return b.build(None, ctx.pick(["page", "letter"]))


# -- rental application -----------------------------------------------------------------------------------


def _yes_no(ctx: Ctx) -> str:
    return {"de": "ja / nein", "fr": "oui / non", "es": "sí / no"}.get(ctx.lang, ctx.pick(["Yes / No", "Y / N"]))


def _years(n: int) -> str:
    return f"{n} year" if n == 1 else f"{n} years"


def _rental_en(ctx: Ctx, b: DocBuilder, blank: bool, hand: bool) -> str:
    def v(value: str) -> str:
        return "" if blank else value

    title = ctx.pick(
        [
            "Rental Application",
            "RENTAL APPLICATION",
            "Application for Tenancy",
            "Tenant Application Form",
            "Residential Rental Application",
        ]
    )
    agency = ctx.company() + ctx.pick([" Property Management", " Realty", " Lettings", " Homes"])
    b.lines([agency, ctx.address(), ctx.phone()], align=ctx.pick(["left", "center"]))
    weekly = ctx.locale in ("en_AU", "en_NZ")
    rent = ctx.amount(900, 3800, whole=True) / (4.33 if weekly else 1)
    yes_no = _yes_no(ctx)
    sites = {
        "en_US": ["Zillow", "Apartments.com", "Yard sign", "Friend"],
        "en_CA": ["Kijiji", "Rentals.ca", "Yard sign", "Friend"],
        "en_GB": ["Rightmove", "Zoopla", "Agent window", "Friend"],
        "en_AU": ["realestate.com.au", "Domain", "Open inspection", "Friend"],
        "en_NZ": ["Trade Me", "Open home", "Friend"],
    }.get(ctx.locale, ["Website", "Friend"])
    b.h("Property", 3)
    b.fields(
        [
            ("Property address applied for", v(ctx.address())),
            ("Desired move-in date", v(ctx.date(ctx.day()))),
            (
                "Rent per week (as advertised)" if weekly else "Rent per month (as advertised)",
                v(ctx.money(round(rent))),
            ),
            (
                "How did you hear about this property?",
                v(ctx.pick(sites)),
            ),
        ],
        columns=2,
        hand=hand,
    )
    b.h("Applicant", 3)
    name = ctx.person()
    b.fields(
        [
            ("Full name", v(name)),
            ("Date of birth", v(ctx.date(ctx.birth_date(20, 70)))),
            ("Phone", v(ctx.phone())),
            ("Email", v(ctx.email(name))),
            (
                "Photo ID type and number",
                v(f"{ctx.pick(['Passport', 'Driver licence', 'State ID'])} {ctx.code('?#######')}"),
            ),
        ],
        columns=2,
        hand=hand,
    )
    b.h("Residence History", 3)
    b.fields(
        [
            ("Current address", v(ctx.address())),
            ("How long at this address?", v(_years(ctx.randint(1, 9)))),
            ("Current landlord / agent", v(ctx.person())),
            ("Landlord phone", v(ctx.phone())),
            ("Current rent", v(ctx.money(round(rent * ctx.pick([0.8, 0.9, 1.0]))))),
            (
                "Reason for leaving",
                v(ctx.pick(["Relocating for work", "Need more space", "Buying abroad", "Closer to school"])),
            ),
        ],
        columns=2,
        hand=hand,
    )
    b.h("Employment and Income", 3)
    b.fields(
        [
            ("Employer", v(ctx.company())),
            ("Position", v(ctx.pick(["Nurse", "Teacher", "Analyst", "Chef", "Electrician", "Sales Associate"]))),
            ("Length of employment", v(_years(ctx.randint(1, 15)))),
            (
                "Weekly income (before tax)" if weekly else "Monthly income (before tax)",
                v(ctx.money(round(rent * ctx.pick([2.8, 3.0, 3.5, 4.2])))),
            ),
            ("Supervisor name and phone", v(f"{ctx.person()}, {ctx.phone()}")),
        ],
        columns=2,
        hand=hand,
    )
    b.h("Occupants, Pets and Vehicles", 3)
    b.fields(
        [
            (
                "Other occupants (name, age)",
                v(f"{ctx.first_name()} ({ctx.randint(2, 16)})" if ctx.chance(0.5) else "None"),
            ),
            ("Pets (type, number)", v(ctx.pick(["None", "1 cat", "1 small dog", "None"]))),
            (
                "Vehicle make / model / plate",
                v(f"{ctx.pick(['Toyota Corolla', 'Honda Civic', 'Ford Focus'])} {ctx.code('???-####')}"),
            ),
        ],
        hand=hand,
    )
    b.h("Background", 3)
    b.fields(
        [
            ("Have you ever been evicted or asked to leave a rental property?", yes_no),
            ("Have you ever filed for bankruptcy?", yes_no),
            ("Do you smoke?", yes_no),
        ]
    )
    b.h("References", 3)
    b.table(
        ["Name", "Relationship", "Phone"],
        [["", "", ""]] * 2
        if blank
        else [[ctx.person(), ctx.pick(["Colleague", "Friend", "Former landlord"]), ctx.phone()] for _ in range(2)],
    )
    fee = ctx.pick([25, 35, 40, 50, 55])
    b.p(
        f"A non-refundable application fee of {ctx.money(fee)} per adult applicant is payable with this form."
        if ctx.locale in ("en_US", "en_CA")
        else "No fee is charged for this application. A holding deposit may be requested once your application is "
        "accepted."
    )
    b.p(
        "I declare that the information in this application is true and complete. I authorise the landlord or agent "
        "to verify it, to contact my employer and referees, and to obtain a credit and tenancy history check. I "
        "understand that this application does not create a tenancy and that the property is not reserved for me "
        "until a written agreement has been signed by both parties.",
        small=True,
    )
    b.fields([("Applicant signature", ""), ("Date", "")], columns=2)
    return title


def _rental_de(ctx: Ctx, b: DocBuilder, blank: bool, hand: bool) -> str:
    def v(value: str) -> str:
        return "" if blank else value

    b.p("Vermieter/Hausverwaltung: " + ctx.company() + ", " + ctx.address())
    b.fields(
        [
            ("Mietobjekt", v(f"{ctx.street()}, {ctx.randint(1, 5)}. OG, {ctx.randint(2, 4)} Zimmer")),
            ("Gewünschter Einzugstermin", v(ctx.date(ctx.day()))),
        ],
        hand=hand,
    )
    b.table(
        ["", "Mietinteressent/in", "Mitmieter/in"],
        [
            ["Name, Vorname", v(ctx.person()), v(ctx.person() if ctx.chance(0.4) else "")],
            ["Geburtsdatum", v(ctx.date(ctx.birth_date(20, 65))), ""],
            ["Derzeitige Anschrift", v(ctx.address()), ""],
            ["Telefon / E-Mail", v(ctx.phone()), ""],
            [
                "Ausgeübter Beruf",
                v(
                    ctx.pick(
                        [
                            "Pflegefachkraft",
                            "Lehrkraft",
                            "Softwareentwicklung",
                            "Verwaltungsangestellte/r",
                            "Bürokaufmann/-frau",
                        ]
                    )
                ),
                "",
            ],
            ["Arbeitgeber", v(ctx.company()), ""],
            ["Beschäftigt seit", v(str(ctx.randint(2005, 2024))), ""],
            ["Monatliches Nettoeinkommen", v(ctx.money(ctx.amount(1800, 5200, whole=True))), ""],
        ],
    )
    b.fields(
        [
            ("Derzeitiger Vermieter (Name, Telefon)", v(f"{ctx.person()}, {ctx.phone()}")),
            ("Anzahl der einziehenden Personen", v(str(ctx.randint(1, 4)))),
            ("Haustiere", v(ctx.pick(["keine", "1 Katze", "keine"]))),
        ],
        hand=hand,
    )
    b.fields(
        [
            ("Bestehen Mietrückstände aus dem bisherigen Mietverhältnis?", _yes_no(ctx)),
            ("Wurde in den letzten fünf Jahren ein Insolvenzverfahren eröffnet?", _yes_no(ctx)),
            ("Ist eine gewerbliche Nutzung der Wohnung beabsichtigt?", _yes_no(ctx)),
            ("Eine aktuelle SCHUFA-Auskunft wird beigefügt", _yes_no(ctx)),
        ]
    )
    b.p(
        "Ich versichere die Richtigkeit und Vollständigkeit meiner Angaben. Mir ist bekannt, dass vorsätzlich falsche "
        "Angaben den Vermieter zur Anfechtung oder Kündigung eines späteren Mietvertrags berechtigen. Die Erteilung "
        "dieser Selbstauskunft ist freiwillig; ein Anspruch auf Abschluss eines Mietvertrags entsteht dadurch nicht.",
        small=True,
    )
    b.fields([("Ort, Datum", ""), ("Unterschrift Mietinteressent/in", "")], columns=2)
    return ctx.pick(["Mieterselbstauskunft", "MIETERSELBSTAUSKUNFT", "Selbstauskunft für Mietinteressenten"])


def _rental_fr(ctx: Ctx, b: DocBuilder, blank: bool, hand: bool) -> str:
    def v(value: str) -> str:
        return "" if blank else value

    b.lines([ctx.company() + ctx.pick([" Immobilier", " Gestion", " Transactions"]), ctx.address()])
    b.fields(
        [
            ("Logement visité", v(f"{ctx.street()} - T{ctx.randint(1, 5)}")),
            ("Loyer charges comprises", v(ctx.money(ctx.amount(550, 1900, whole=True)))),
            ("Date d'entrée souhaitée", v(ctx.date(ctx.day()))),
        ],
        hand=hand,
    )
    b.h("Candidat", 3)
    b.fields(
        [
            ("Nom", v(ctx.last_name())),
            ("Prénom", v(ctx.first_name())),
            ("Date et lieu de naissance", v(f"{ctx.date(ctx.birth_date(20, 65))}, {ctx.city()}")),
            ("Situation familiale", v(ctx.pick(["célibataire", "marié(e)", "pacsé(e)"]))),
            ("Adresse actuelle", v(ctx.address())),
            ("Profession", v(ctx.pick(["infirmière", "ingénieur", "professeur", "commercial"]))),
            ("Employeur", v(ctx.company())),
            ("Revenus nets mensuels", v(ctx.money(ctx.amount(1600, 4800, whole=True)))),
        ],
        columns=2,
        hand=hand,
    )
    b.fields(
        [
            ("Statut actuel", "locataire / propriétaire / hébergé"),
            ("Type de contrat", "CDI / CDD / intérim / indépendant"),
            ("Garant", _yes_no(ctx)),
        ]
    )
    b.h("Pièces à joindre", 3)
    b.lines(
        [
            "- pièce d'identité en cours de validité",
            "- trois derniers justificatifs de revenus",
            "- dernier avis d'imposition",
            "- justificatif de domicile actuel",
            "- pour le garant : les mêmes pièces",
        ]
    )
    b.p(
        "Ce dossier ne vaut pas engagement de location. Les informations recueillies sont nécessaires à l'étude de "
        "votre candidature et ne seront pas conservées en cas de refus.",
        small=True,
    )
    b.fields([("Fait à", ""), ("le", ""), ("Signature du candidat", "")], columns=3)
    return ctx.pick(["Fiche de renseignements candidat locataire", "DOSSIER DE CANDIDATURE LOCATION"])


def _rental_es(ctx: Ctx, b: DocBuilder, blank: bool, hand: bool) -> str:
    def v(value: str) -> str:
        return "" if blank else value

    b.lines([ctx.company() + ctx.pick([" Inmobiliaria", " Gestión de Alquileres"]), ctx.address(), ctx.phone()])
    b.fields(
        [
            ("Inmueble solicitado", v(ctx.street())),
            ("Renta mensual", v(ctx.money(ctx.amount(500, 1800, whole=True)))),
            ("Fecha de entrada deseada", v(ctx.date(ctx.day()))),
            ("Nombre y apellidos", v(ctx.person())),
            ("DNI/NIE", v(ctx.code("########?"))),
            ("Teléfono", v(ctx.phone())),
            ("Correo electrónico", v(ctx.email())),
            ("Empresa", v(ctx.company())),
            ("Antigüedad en la empresa", v(f"{ctx.randint(1, 12)} años")),
            ("Ingresos netos mensuales", v(ctx.money(ctx.amount(1200, 3800, whole=True)))),
            ("Número de ocupantes", v(str(ctx.randint(1, 4)))),
        ],
        columns=2,
        hand=hand,
    )
    b.fields(
        [
            ("Situación laboral", "cuenta ajena / autónomo / estudiante / jubilado"),
            ("Mascotas", _yes_no(ctx)),
            ("Avalista", _yes_no(ctx)),
        ]
    )
    b.p(
        "Documentación a aportar: DNI o NIE, contrato de trabajo, últimas tres nóminas o declaración trimestral si es "
        "autónomo, última declaración de la renta."
    )
    b.p(
        "La presente solicitud no supone reserva del inmueble ni la formalización de contrato alguno. Sus datos se "
        "tratarán únicamente para valorar la solicitud.",
        small=True,
    )
    b.fields([("Firma del solicitante", ""), ("Fecha", "")], columns=2)
    return ctx.pick(["Solicitud de alquiler", "FICHA DE SOLICITUD DE ALQUILER"])


def unknown_rental_application(rng: random.Random) -> SyntheticDocument:
    """An application to rent (Mieterselbstauskunft, dossier locataire): applicant, income, references; no tenancy."""
    ctx = Ctx(
        rng, rng.choice(["en_US", "en_US", "en_CA", "en_AU", "en_GB", "en_NZ", "de_DE", "de_DE", "fr_FR", "es_ES"])
    )
    b = start(LABEL, ctx)
    blank = ctx.chance(0.35)
    hand = not blank and ctx.chance(0.3)
    build = {"de": _rental_de, "fr": _rental_fr, "es": _rental_es}.get(ctx.lang, _rental_en)
    title = build(ctx, b, blank, hand)
    return b.build(title, "handwritten" if hand else "page")


# -- certificate of insurance / declarations page ---------------------------------------------------------

CARS = ["Toyota RAV4", "Honda Accord", "Ford F-150", "Subaru Outback", "Chevrolet Equinox"]
INSURERS = [
    "Hartwell Mutual Insurance Company",
    "Northgate Casualty Co.",
    "Summit Ridge Insurance Company",
    "Lakeshore Fire & Marine",
    "Granite State Indemnity",
    "Pacific Crest Insurance Co.",
]


def _limit(ctx: Ctx, amount: int) -> str:
    return ctx.money(amount).replace(".00", "")


def _coi_acord(ctx: Ctx, b: DocBuilder) -> str:
    issued = ctx.day()
    eff = ctx.later(issued, -200, -5)
    exp = dt.date(eff.year + 1, eff.month, min(eff.day, 28))
    insurers = ctx.sample(INSURERS, 3)
    b.fields([("DATE (MM/DD/YYYY)", f"{issued.month:02d}/{issued.day:02d}/{issued.year}")])
    b.p(
        "THIS CERTIFICATE IS ISSUED AS A MATTER OF INFORMATION ONLY AND CONFERS NO RIGHTS UPON THE CERTIFICATE "
        "HOLDER. THIS CERTIFICATE DOES NOT AFFIRMATIVELY OR NEGATIVELY AMEND, EXTEND OR ALTER THE COVERAGE AFFORDED "
        "BY THE POLICIES BELOW.",
        small=True,
    )
    broker = ctx.company() + ctx.pick([" Insurance Agency", " Insurance Brokers", " Risk Services"])
    b.fields(
        [
            ("PRODUCER", f"{broker}, {ctx.address()}"),
            ("CONTACT NAME", ctx.person()),
            ("PHONE", ctx.phone()),
            ("INSURED", f"{ctx.company()}, {ctx.address()}"),
        ]
    )
    b.table(
        ["INSURER(S) AFFORDING COVERAGE", "NAIC #"],
        [[f"INSURER {letter}: {name}", ctx.digits(5)] for letter, name in zip("ABC", insurers, strict=False)],
    )
    b.h("COVERAGES", 3)
    lines = [
        (
            "COMMERCIAL GENERAL LIABILITY",
            "EACH OCCURRENCE " + _limit(ctx, 1000000) + " / GENERAL AGGREGATE " + _limit(ctx, 2000000),
        ),
        ("AUTOMOBILE LIABILITY - ANY AUTO", "COMBINED SINGLE LIMIT " + _limit(ctx, 1000000)),
        ("UMBRELLA LIAB - OCCUR", "EACH OCCURRENCE " + _limit(ctx, ctx.pick([2000000, 5000000]))),
        ("WORKERS COMPENSATION AND EMPLOYERS' LIABILITY", "E.L. EACH ACCIDENT " + _limit(ctx, 500000)),
        ("PROFESSIONAL LIABILITY", "PER CLAIM " + _limit(ctx, 1000000)),
    ]
    rows = []
    for n, (kind, limits) in enumerate(ctx.some(lines, 2, 5)):
        rows.append(
            [
                "ABC"[min(n, 2)],
                kind,
                ctx.code(ctx.pick(["??P#######", "CPP ####### ##", "###-##-####"])),
                eff.strftime("%m/%d/%Y"),
                exp.strftime("%m/%d/%Y"),
                limits,
            ]
        )
    b.table(["INSR LTR", "TYPE OF INSURANCE", "POLICY NUMBER", "POLICY EFF", "POLICY EXP", "LIMITS"], rows)
    b.fields(
        [
            (
                "DESCRIPTION OF OPERATIONS / LOCATIONS / VEHICLES",
                ctx.pick(
                    [
                        "Certificate holder is included as additional insured with respect to general liability when "
                        "required by written contract.",
                        f"Re: tenant improvements at {ctx.street()}.",
                        "Evidence of coverage for annual vendor compliance.",
                    ]
                ),
            ),
            ("CERTIFICATE HOLDER", f"{ctx.company()}, {ctx.address()}"),
        ]
    )
    b.p(
        "CANCELLATION: SHOULD ANY OF THE ABOVE DESCRIBED POLICIES BE CANCELLED BEFORE THE EXPIRATION DATE THEREOF, "
        "NOTICE WILL BE DELIVERED IN ACCORDANCE WITH THE POLICY PROVISIONS.",
        small=True,
    )
    b.fields([("AUTHORIZED REPRESENTATIVE", ctx.person())])
    return "CERTIFICATE OF LIABILITY INSURANCE"


def _declarations(ctx: Ctx, b: DocBuilder) -> str:
    insurer = ctx.pick(INSURERS)
    start_day = ctx.day()
    end_day = ctx.later(start_day, 182, 182) if ctx.chance(0.4) else ctx.later(start_day, 365, 365)
    auto = ctx.chance(0.55)
    b.lines([insurer, ctx.address(), ctx.phone()], bold=True)
    name = ctx.person()
    b.fields(
        [
            ("Named Insured", name + (f" and {ctx.person()}" if ctx.chance(0.3) else "")),
            ("Mailing Address", ctx.address()),
            ("Policy Number", ctx.code(ctx.pick(["???-#######-##", "##-???-######", "H#########"]))),
            ("Policy Period", f"{ctx.date(start_day)} to {ctx.date(end_day)}, 12:01 a.m. standard time"),
            ("Agent", f"{ctx.person()}, {ctx.phone()}"),
        ]
    )
    if auto:
        vehicles = [
            f"{ctx.randint(2012, 2025)} {ctx.pick(CARS)}  VIN {ctx.code('1?*??##?#?#######')}"
            for _ in range(ctx.randint(1, 2))
        ]
        b.h("Described Vehicles", 3)
        b.lines(vehicles)
        cover = [
            ("Bodily Injury Liability", f"{_limit(ctx, 100000)} each person / {_limit(ctx, 300000)} each accident"),
            ("Property Damage Liability", _limit(ctx, 100000)),
            ("Uninsured Motorist Bodily Injury", f"{_limit(ctx, 100000)} / {_limit(ctx, 300000)}"),
            ("Comprehensive", f"{_limit(ctx, ctx.pick([250, 500]))} deductible"),
            ("Collision", f"{_limit(ctx, ctx.pick([500, 1000]))} deductible"),
            ("Rental Reimbursement", f"{_limit(ctx, 40)} per day / {_limit(ctx, 1200)} maximum"),
            ("Roadside Assistance", "Included"),
        ]
        title = ctx.pick(["AUTO POLICY DECLARATIONS", "Automobile Policy Declarations Page", "Declarations Page"])
    else:
        dwelling = ctx.pick([250000, 320000, 410000, 560000])
        renters = ctx.chance(0.3)
        b.fields([("Residence Premises", ctx.address())])
        cover = [
            ("Coverage A - Dwelling", _limit(ctx, dwelling)),
            ("Coverage B - Other Structures", _limit(ctx, dwelling // 10)),
            ("Coverage C - Personal Property", _limit(ctx, dwelling // 2)),
            ("Coverage D - Loss of Use", _limit(ctx, dwelling // 5)),
            ("Coverage E - Personal Liability", _limit(ctx, ctx.pick([300000, 500000]))),
            ("Coverage F - Medical Payments to Others", _limit(ctx, 5000)),
            ("Deductible - All Perils", _limit(ctx, ctx.pick([1000, 2500]))),
        ]
        if renters:
            cover = [c for c in cover if not c[0].startswith(("Coverage A", "Coverage B"))]
            title = ctx.pick(["RENTERS POLICY DECLARATIONS", "Renters Insurance Declarations"])
        else:
            title = ctx.pick(["HOMEOWNERS POLICY DECLARATIONS", "Homeowners Declarations"])
    rows = []
    premium = 0.0
    for coverage, limit in ctx.some(cover, 4, len(cover)):
        priced = not coverage.startswith("Deductible") and limit != "Included"
        amount = ctx.amount(20, 900) if priced else 0.0
        premium += amount
        rows.append([coverage, limit, ctx.money(amount) if priced else "-"])
    b.table(["Coverage", "Limits", "Premium"], rows, numeric_from=2)
    b.fields([("Total Policy Premium", ctx.money(round(premium, 2)))])
    if ctx.chance(0.6):
        b.fields(
            [
                (
                    "Discounts Applied",
                    ", ".join(
                        ctx.some(["Multi-policy", "Paperless", "Claim-free", "Good student", "Protective device"], 1, 3)
                    ),
                )
            ]
        )
    if ctx.chance(0.5):
        b.fields([("Lienholder" if auto else "Mortgagee", f"{ctx.company()} Bank, ISAOA, {ctx.address()}")])
    b.p(
        ctx.pick(
            [
                "This declarations page is part of your policy. Please keep it with your policy documents.",
                "This is not a bill. Your billing statement will be mailed separately.",
                "Please review your coverages and contact your agent if any information is incorrect.",
            ]
        ),
        small=True,
    )
    return title


def _uk_motor(ctx: Ctx, b: DocBuilder) -> str:
    start_day = ctx.day()
    b.fields([("Certificate number", ctx.code("??########")), ("Policy number", ctx.code("???-######-##"))])
    b.fields(
        [
            ("1. Registration mark of vehicle", ctx.code("??## ???")),
            ("2. Name of policyholder", ctx.person()),
            ("3. Effective date of the commencement of insurance", f"00:01 hours on {ctx.date(start_day)}"),
            ("4. Date of expiry of insurance", f"23:59 hours on {ctx.date(ctx.later(start_day, 364, 364))}"),
            (
                "5. Persons or classes of persons entitled to drive",
                ctx.pick(["The policyholder only.", "The policyholder and the named persons: " + ctx.person()]),
            ),
            (
                "6. Limitations as to use",
                "Use for social, domestic and pleasure purposes and for commuting. Excludes use for hire or reward.",
            ),
        ]
    )
    b.p(
        "I hereby certify that the policy to which this certificate relates satisfies the requirements of the "
        "relevant law applicable in Great Britain, Northern Ireland, the Isle of Man, the Island of Guernsey, the "
        "Island of Jersey and the Island of Alderney.",
        small=True,
    )
    b.lines([ctx.pick(INSURERS).replace("Company", "plc").replace("Co.", "plc"), "Authorised Insurers"])
    b.p(
        "Advice to third parties: nothing contained in this certificate affects your right as a third party.",
        small=True,
    )
    return "Certificate of Motor Insurance"


def _attestation_fr(ctx: Ctx, b: DocBuilder) -> str:
    insurer = ctx.company() + ctx.pick([" Assurances", " Mutuelle d'Assurances", " IARD"])
    start_day = ctx.day()
    risk = ctx.pick(
        [
            "la responsabilité civile professionnelle",
            "l'assurance multirisque habitation, y compris les risques locatifs,",
            "sa responsabilité civile décennale",
            "la responsabilité civile vie privée",
        ]
    )
    b.lines([insurer, ctx.address()], bold=True)
    name = ctx.person()
    b.p(
        f"Nous soussignés, {insurer}, attestons que {name}, demeurant {ctx.address()}, est titulaire du contrat n° "
        f"{ctx.code('#########')} souscrit auprès de notre société, garantissant {risk} pour le bien situé "
        f"{ctx.address()}."
    )
    b.p(
        f"La présente attestation est valable du {ctx.date(start_day)} au {ctx.date(ctx.later(start_day, 364, 364))}, "
        "sous réserve du paiement des cotisations. Elle ne peut engager l'assureur au-delà des limites et conditions "
        "du contrat auquel elle se réfère."
    )
    b.p(f"Fait à {ctx.city()}, le {ctx.date(ctx.later(start_day, 0, 30))}.")
    b.lines(["Pour la société,", ctx.person(), ctx.pick(["Le Directeur", "Service Gestion des contrats"])])
    return ctx.pick(["ATTESTATION D'ASSURANCE", "Attestation d'assurance habitation", "Attestation d'assurance"])


def _bestaetigung_de(ctx: Ctx, b: DocBuilder) -> str:
    insurer = ctx.company() + ctx.pick([" Versicherung AG", " Versicherungsverein a.G.", " Allgemeine Versicherung"])
    start_day = ctx.day()
    kind = ctx.pick(["Privathaftpflichtversicherung", "Hausratversicherung", "Betriebshaftpflichtversicherung"])
    name = ctx.person()
    b.lines([insurer, ctx.address()])
    b.lines([name, *ctx.address_lines()])
    b.fields(
        [
            ("Versicherungsschein-Nr.", ctx.code("##.###.###/##")),
            ("Datum", ctx.date(ctx.later(start_day, 0, 200))),
        ]
    )
    b.p(
        f"Hiermit bestätigen wir, dass für {name} bei uns eine {kind} besteht. Versicherungsbeginn: "
        f"{ctx.date(start_day)}, Ablauf: {ctx.date(ctx.later(start_day, 364, 364))}; der Vertrag verlängert sich "
        "jeweils um ein Jahr, sofern er nicht gekündigt wird."
    )
    b.p(
        f"Deckungssumme: {_limit(ctx, ctx.pick([5000000, 10000000, 50000000]))} pauschal für Personen-, Sach- und "
        "Vermögensschäden."
        if "haftpflicht" in kind.lower()
        else f"Versicherungssumme: {_limit(ctx, ctx.pick([40000, 65000, 90000]))}, Unterversicherungsverzicht "
        "vereinbart."
    )
    b.p(
        "Der Versicherungsschutz richtet sich nach den vereinbarten Versicherungsbedingungen. Diese Bestätigung "
        "wird auf Wunsch des Versicherungsnehmers zur Vorlage beim Vermieter ausgestellt und begründet keine "
        "eigenen Ansprüche Dritter.",
        small=True,
    )
    b.lines(["Mit freundlichen Grüßen", insurer])
    return ctx.pick(["Versicherungsbestätigung", "Bestätigung über bestehenden Versicherungsschutz"])


def _travel(ctx: Ctx, b: DocBuilder) -> str:
    insurer = ctx.company() + ctx.pick([" Seguros", " Travel Insurance", " Assistance"])
    start_day = ctx.day()
    end_day = ctx.later(start_day, 7, 90)
    es = ctx.lang == "es"
    schengen = ctx.chance(0.7)
    b.lines([insurer, ctx.address()], bold=True)
    b.fields(
        [
            ("Asegurado" if es else "Insured person", ctx.person()),
            ("Pasaporte" if es else "Passport No.", ctx.code("??#######")),
            ("N.º de póliza" if es else "Policy number", ctx.code("TRV-########")),
            (
                "Destino" if es else "Destination",
                ("Espacio Schengen" if es else "Schengen area")
                if schengen
                else ctx.pick(["Europa", "Mundial"] if es else ["Europe", "Worldwide excl. USA and Canada"]),
            ),
            ("Vigencia" if es else "Period of cover", f"{ctx.date(start_day)} - {ctx.date(end_day)}"),
        ]
    )
    cover = (
        [
            ("Asistencia médica en el extranjero", _limit(ctx, 30000)),
            ("Repatriación o transporte sanitario", "Incluido"),
            ("Responsabilidad civil privada", _limit(ctx, 60000)),
            ("Equipaje", _limit(ctx, 1000)),
        ]
        if es
        else [
            ("Emergency medical expenses abroad", _limit(ctx, 30000)),
            ("Repatriation", "Included"),
            ("Personal liability", _limit(ctx, 1000000)),
            ("Cancellation", _limit(ctx, 3000)),
            ("Baggage", _limit(ctx, 1500)),
        ]
    )
    b.table(["Cobertura", "Límite"] if es else ["Cover", "Limit"], [list(c) for c in cover])
    if es:
        b.p(
            "Este certificado acredita la contratación del seguro de viaje"
            + (" y cumple los requisitos exigidos para la solicitud de visado Schengen." if schengen else ".")
        )
    else:
        b.p(
            "This certificate confirms that travel insurance is in force for the period shown"
            + (" and meets the requirements for a Schengen visa application." if schengen else ".")
        )
    b.p(("Asistencia 24 horas: " if es else "24-hour emergency assistance: ") + ctx.phone())
    return (
        "CERTIFICADO DE SEGURO DE VIAJE"
        if es
        else ctx.pick(["Certificate of Travel Insurance", "Travel Insurance Certificate"])
    )


def unknown_insurance_certificate(rng: random.Random) -> SyntheticDocument:
    """Proof of cover, not a claim: certificate of liability insurance, declarations page, motor certificate,
    attestation d'assurance, Versicherungsbestätigung, travel insurance certificate."""
    kind = rng.choice(["acord", "acord", "declarations", "declarations", "uk_motor", "fr", "de", "travel"])
    locale = {
        "acord": "en_US",
        "declarations": rng.choice(["en_US", "en_US", "en_CA"]),
        "uk_motor": "en_GB",
        "fr": "fr_FR",
        "de": "de_DE",
        "travel": rng.choice(["es_ES", "en_GB", "en_IN", "en_US"]),
    }[kind]
    ctx = Ctx(rng, locale, "EUR" if kind == "travel" else None)
    b = start(LABEL, ctx)
    make = {
        "acord": _coi_acord,
        "declarations": _declarations,
        "uk_motor": _uk_motor,
        "fr": _attestation_fr,
        "de": _bestaetigung_de,
        "travel": _travel,
    }[kind]
    title = make(ctx, b)
    return b.build(title, "letter" if kind in ("fr", "de") else "page")


# -- appointment confirmation / referral scheduling letter ------------------------------------------------

CLINICS = {
    "en": [
        "Cardiology Outpatients",
        "Physiotherapy",
        "Dermatology Clinic",
        "Orthopaedic Clinic",
        "Radiology - MRI",
        "Audiology",
        "Ophthalmology Clinic",
        "Diabetes Education Centre",
        "Sleep Clinic",
        "ENT Outpatients",
        "Dental Hygiene",
        "Breast Screening",
    ],
    "de": ["Orthopädie", "Kardiologie", "Dermatologie", "Physiotherapie", "Radiologie (MRT)", "Augenheilkunde"],
    "fr": ["Cardiologie", "Dermatologie", "Kinésithérapie", "Ophtalmologie", "Radiologie (IRM)", "Médecine générale"],
    "es": ["Traumatología", "Cardiología", "Dermatología", "Oftalmología", "Fisioterapia", "Medicina de familia"],
}
BRING_EN = [
    "photo ID",
    "your insurance card",
    "a list of the medicines you currently take",
    "this letter",
    "your referral letter, if you have one",
    "your glasses or hearing aids, if you use them",
    "your co-payment, if applicable",
]


def _appointment_en(ctx: Ctx, b: DocBuilder) -> str:
    hospital = ctx.pick(
        [
            f"{ctx.city()} General Hospital",
            f"{ctx.last_name()} Medical Centre",
            f"{ctx.city()} Family Health Clinic",
            f"St {ctx.first_name()}'s Hospital",
            f"{ctx.city()} Community Health Centre",
        ]
    )
    clinic = ctx.pick(CLINICS["en"])
    first, last = ctx.first_name(), ctx.last_name()
    name = f"{first} {last}"
    day = ctx.day()
    hour, minute = ctx.randint(8, 16), ctx.pick([0, 10, 15, 20, 30, 40, 45])
    uk = ctx.locale in ("en_GB", "en_IE")
    b.lines([hospital, clinic, *ctx.address_lines(), f"Appointments: {ctx.phone()}"], align=ctx.pick(["left", "right"]))
    ids = [("Hospital number" if uk else "Patient ID", ctx.code("?######"))]
    if ctx.locale == "en_GB" and ctx.chance(0.6):
        ids.append(("NHS number", ctx.code("### ### ####")))
    b.fields([("Date of letter", ctx.date(ctx.later(day, -40, -5))), *ids])
    b.lines([name, *ctx.address_lines()])
    b.p(f"Dear {ctx.pick(['Mr', 'Ms', 'Mrs', 'Dr'])} {last},")
    referral = ctx.chance(0.35)
    if referral:
        b.p(
            f"We have received a referral from {ctx.pick(['your GP', 'your family doctor', 'Dr ' + ctx.last_name()])} "
            f"and you have been added to the waiting list for the {clinic}. The current waiting time is approximately "
            f"{ctx.randint(3, 18)} weeks."
        )
        b.p(
            "You do not need to do anything at present. We will write to you again or telephone you with an "
            "appointment date. If you no longer need to be seen, or your contact details change, please let us know."
        )
        title = ctx.pick(["Referral received", "Acknowledgement of referral", "Waiting list confirmation"])
    else:
        who = (
            f"{ctx.first_name()} {ctx.last_name()}, physiotherapist"
            if clinic == "Physiotherapy"
            else ctx.pick([f"Dr {ctx.last_name()}", "Consultant's team", "Nurse-led clinic"])
        )
        b.p(
            ctx.pick(
                [
                    "We are writing to confirm your appointment:",
                    "An appointment has been booked for you:",
                    "Your appointment details are below.",
                ]
            )
        )
        b.fields(
            [
                ("Date", ctx.date(day)),
                ("Time", _clock(ctx, hour, minute)),
                ("Clinic", clinic),
                ("With", who),
                (
                    "Location",
                    ctx.pick(
                        [
                            "Outpatients Building, Level 2",
                            "Main entrance, then follow signs to Zone C",
                            "Suite 140",
                            "Ground floor, East Wing",
                        ]
                    ),
                ),
            ]
        )
        b.p(
            f"Please arrive {ctx.pick([10, 15, 20])} minutes before your appointment time to check in. "
            "Please bring with you:"
        )
        b.lines([f"- {x}" for x in ctx.some(BRING_EN, 2, 4)])
        if clinic.startswith("Radiology") and ctx.chance(0.7):
            b.p(
                "Please remove all metal jewellery before your scan. You may eat and drink normally unless told "
                "otherwise."
            )
        b.p(
            ctx.pick(
                [
                    "If you cannot attend, please call us at least 24 hours in advance so the appointment can be "
                    "offered to another patient.",
                    f"Appointments cancelled with less than 24 hours' notice may incur a fee of {ctx.money(50)}.",
                    "If you do not attend and do not contact us, you may be discharged back to your referrer.",
                ]
            )
        )
        if ctx.chance(0.5):
            b.p(
                ctx.pick(
                    [
                        "Parking is limited; please allow extra time.",
                        "Interpreters are available on request.",
                        "You are welcome to bring a relative or friend with you.",
                    ]
                )
            )
        title = ctx.pick(
            ["Appointment Confirmation", "Outpatient Appointment", "Your appointment", "APPOINTMENT LETTER"]
        )
    b.lines(
        [
            ctx.pick(["Yours sincerely,", "Kind regards,", "Sincerely,"]),
            ctx.pick(["Appointments Office", "Patient Access Team", "Booking Centre", "Front Desk"]),
            hospital,
        ]
    )
    return title


def _appointment_reminder(ctx: Ctx, b: DocBuilder) -> str:
    place = ctx.pick(
        [
            f"{ctx.last_name()} Family Practice",
            f"{ctx.city()} Dental",
            f"{ctx.city()} Physio & Sports",
            f"{ctx.city()} Eye Care",
        ]
    )
    day = ctx.day()
    hour, minute = ctx.randint(8, 17), ctx.pick([0, 15, 30, 45])
    b.p(
        f"Hi {ctx.first_name()}, this is a reminder of your appointment with "
        f"{ctx.pick(['Dr ' + ctx.last_name(), place])} "
        f"on {ctx.date(day)} at {_clock(ctx, hour, minute)}."
    )
    b.p(
        ctx.pick(
            [
                "Reply C to confirm or R to reschedule.",
                "Please confirm using the link below.",
                "To cancel or change, call " + ctx.phone() + ".",
            ]
        )
    )
    b.p(f"{place}, {ctx.address()}")
    if ctx.chance(0.5):
        b.p("Please do not reply to this message with medical questions.", small=True)
    return ctx.pick(["Appointment reminder", "Reminder: upcoming appointment"])


def _appointment_eu(ctx: Ctx, b: DocBuilder) -> str:
    clinic = ctx.pick(CLINICS[ctx.lang])
    day = ctx.day()
    hour, minute = ctx.randint(8, 17), ctx.pick([0, 10, 15, 20, 30, 40, 45])
    doctor = ctx.person()
    practice = {
        "de": f"Praxis {doctor}" if ctx.chance(0.5) else f"MVZ {ctx.city()}",
        "fr": f"Cabinet {ctx.last_name()}" if ctx.chance(0.5) else f"Centre médical {ctx.city()}",
        "es": f"Centro de Salud {ctx.city()}" if ctx.chance(0.5) else f"Clínica {ctx.last_name()}",
    }[ctx.lang]
    patient = ctx.person()
    b.lines([practice, clinic, ctx.address(), ctx.phone()])
    if ctx.lang == "de":
        b.p(f"Sehr geehrte/r {patient},")
        b.p("hiermit bestätigen wir Ihren Termin in unserer Praxis:")
        b.fields(
            [
                ("Datum", ctx.date(day)),
                ("Uhrzeit", _clock(ctx, hour, minute) + " Uhr"),
                ("Behandler/in", f"Dr. med. {ctx.last_name()}"),
                ("Fachrichtung", clinic),
            ]
        )
        b.p("Bitte bringen Sie Ihre elektronische Gesundheitskarte und gegebenenfalls Ihre Überweisung mit.")
        b.p(
            "Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab. Nicht "
            "rechtzeitig abgesagte Termine können Ihnen in Rechnung gestellt werden."
        )
        b.lines(["Mit freundlichen Grüßen", f"Ihr Praxisteam {practice}"])
        return ctx.pick(["Terminbestätigung", "Ihr Termin", "Terminerinnerung"])
    if ctx.lang == "fr":
        b.p(f"Bonjour {patient},")
        b.p("Votre rendez-vous est confirmé :")
        b.fields(
            [
                ("Date", ctx.date(day)),
                ("Heure", _clock(ctx, hour, minute)),
                ("Praticien", f"Dr {ctx.last_name()} - {clinic}"),
                ("Motif", ctx.pick(["Consultation", "Suivi", "Première consultation"])),
            ]
        )
        b.p(
            "Pensez à apporter votre carte Vitale, votre carte de mutuelle et votre lettre d'orientation le cas "
            "échéant."
        )
        b.p("En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 heures à l'avance.")
        b.p("Rendez-vous pris en ligne. Ce message est envoyé automatiquement.", small=True)
        return ctx.pick(["Confirmation de rendez-vous", "Rappel de rendez-vous"])
    b.p(f"Estimado/a {patient}:")
    b.p("Le confirmamos la siguiente cita:")
    b.fields(
        [
            ("Fecha", ctx.date(day)),
            ("Hora", _clock(ctx, hour, minute)),
            ("Especialidad", clinic),
            ("Consulta", f"n.º {ctx.randint(1, 40)}"),
            ("Profesional", f"Dr./Dra. {ctx.last_name()}"),
        ]
    )
    b.p("Acuda con 10 minutos de antelación y traiga su tarjeta sanitaria y su DNI.")
    b.p("Si no puede acudir, anule su cita llamando al " + ctx.phone() + " o a través de la aplicación.")
    return ctx.pick(["Confirmación de cita", "Cita previa", "Recordatorio de cita"])


def unknown_appointment_letter(rng: random.Random) -> SyntheticDocument:
    """A clinic's administrative letter: appointment confirmation, referral acknowledgement or reminder."""
    ctx = Ctx(rng, rng.choice([*ENGLISH, "en_GB", "de_DE", "fr_FR", "es_ES"]))
    b = start(LABEL, ctx)
    if ctx.lang != "en":
        return b.build(_appointment_eu(ctx, b), "letter")
    if ctx.chance(0.25):
        return b.build(_appointment_reminder(ctx, b), "page")
    return b.build(_appointment_en(ctx, b), "letter")


# -- bank welcome / notice / marketing letter -------------------------------------------------------------

BANK_NAMES = {
    "en": [
        "Northbridge Bank",
        "Harbor Community Bank",
        "Meridian Savings Bank",
        "Pioneer Federal Credit Union",
        "Crescent Bank",
        "Union Coast Bank",
        "Kingsway Building Society",
        "Summit Trust Bank",
    ],
    "de": ["Nordstadt Bank eG", "Sparkasse Talheim", "Volksbank Rheinau eG", "Direktbank24"],
    "fr": ["Banque Populaire du Val", "Crédit Régional de l'Ouest", "Banque Saint-Clair", "Caisse Mutuelle Alpine"],
    "es": ["Banco del Levante", "Caja Rural del Norte", "Banco Atlántico Digital", "Caixa Mediterrània"],
}


def _bank_en(ctx: Ctx, b: DocBuilder, bank: str) -> str:
    first, last = ctx.first_name(), ctx.last_name()
    name = f"{first} {last}"
    kind = ctx.pick(["welcome", "welcome", "rate", "card", "offer"])
    product = ctx.pick(
        [
            "Everyday Checking account",
            "Advantage Current Account",
            "Online Saver",
            "Student account",
            "Premier Checking",
            "Easy Access Savings account",
        ]
    )
    b.lines([name, *ctx.address_lines()])
    sent = ctx.day()
    b.lines([ctx.date(sent)], align="right")
    b.p(f"Dear {first if ctx.chance(0.5) else name},")
    uk = ctx.locale in ("en_GB", "en_IE")
    if kind == "welcome":
        b.p(
            f"Welcome to {bank}! Thank you for opening your {product} with us. We're delighted to have you as a "
            "customer."
        )
        details = [("Account name", name), ("Account type", product)]
        if uk:
            details += [("Sort code", ctx.code("##-##-##")), ("Account number", ctx.digits(8))]
        elif ctx.locale == "en_IN":
            details += [("Account number", f"XXXXXX{ctx.digits(4)}"), ("IFSC", ctx.code("????0######"))]
        else:
            details += [("Account number ending in", ctx.digits(4)), ("Routing number", ctx.digits(9))]
        b.fields(details)
        b.h("What happens next", 3)
        b.lines(
            [
                "1. Your debit card will arrive separately within 5-7 working days. Your PIN will follow in a "
                "separate letter for your security.",
                "2. Register for online and mobile banking at " + f"www.{ctx.domain(bank)}.",
                "3. "
                + ctx.pick(
                    [
                        "Set up direct deposit by giving your employer the details above.",
                        "Switch your salary and bills to us with our free switching service.",
                        "Choose paperless statements to reduce clutter.",
                    ]
                ),
            ]
        )
        title = ctx.pick(["Welcome to " + bank, "Your new account", "Welcome aboard"])
    elif kind == "rate":
        old = ctx.pick([1.25, 1.5, 2.0, 3.1, 4.0])
        new = round(old - ctx.pick([0.1, 0.15, 0.25, 0.5]), 2)
        when = ctx.date(ctx.later(sent, 30, 70))
        b.p(
            f"We're writing to let you know about a change to the interest rate on your {product} ending "
            f"{ctx.digits(4)}."
        )
        b.table(
            ["", "Current rate", "New rate from " + when],
            [
                [
                    "Interest rate (variable)",
                    f"{old:.2f}% {'AER' if uk else 'APY'}",
                    f"{new:.2f}% {'AER' if uk else 'APY'}",
                ]
            ],
        )
        b.p(
            "You don't need to do anything. If you're not happy with this change, you can close your account or "
            "switch to another of our accounts without charge before the change takes effect."
        )
        title = ctx.pick(["Important information about your account", "Changes to your interest rate"])
    elif kind == "card":
        b.p(
            f"Your new {ctx.pick(['Visa', 'Mastercard'])} debit card for your account ending {ctx.digits(4)} is "
            "enclosed. Your previous card will stop working once you use the new one."
        )
        b.lines(
            [
                "To activate your card:",
                "- use it at a cash machine with your PIN, or",
                f"- call {ctx.phone()} (24 hours), or",
                "- activate it in the mobile app.",
            ]
        )
        b.p("Please sign the back of your card as soon as you receive it. We will never ask you for your PIN.")
        title = ctx.pick(["Your new card", "Your replacement debit card"])
    else:
        b.p(
            f"As a valued {bank} customer, you've been pre-selected for our "
            f"{ctx.pick(['Platinum Rewards', 'Cashback Plus', 'Travel Miles'])} "
            f"credit card. Enjoy 0% intro APR on purchases for {ctx.pick([12, 15, 18])} months and no annual fee."
        )
        b.p(
            f"Respond by {ctx.date(ctx.later(sent, 21, 60))} at www.{ctx.domain(bank)}/offer using invitation code "
            f"{ctx.code('???-####')}."
        )
        b.p(
            "Pre-selection does not guarantee approval. Subject to status. After the introductory period the "
            f"standard variable APR of {ctx.pick(['21.9', '24.99', '27.49'])}% applies.",
            small=True,
        )
        title = ctx.pick(["You're pre-selected!", "An exclusive offer for you"])
    b.p(f"If you have any questions, call us on {ctx.phone()} or visit your nearest branch.")
    b.lines(
        [
            "Yours sincerely," if uk else "Sincerely,",
            ctx.person(),
            ctx.pick(["Customer Service Manager", "Head of Customer Experience", "Branch Manager"]),
            bank,
        ]
    )
    b.p(
        {
            "en_US": "Member FDIC. Equal Housing Lender.",
            "en_GB": f"{bank} is authorised by the Prudential Regulation Authority and regulated by the Financial "
            "Conduct Authority and the Prudential Regulation Authority.",
            "en_CA": "Member of the Canada Deposit Insurance Corporation.",
            "en_IN": "Deposits are insured by DICGC up to the applicable limit.",
            "en_AU": f"{bank} Limited ABN {ctx.code('## ### ### ###')} AFSL {ctx.digits(6)}.",
        }.get(ctx.locale, "Deposits are protected up to the applicable limit."),
        small=True,
    )
    return title


def _bank_eu(ctx: Ctx, b: DocBuilder, bank: str) -> str:
    name = ctx.person()
    b.lines([name, *ctx.address_lines()])
    b.lines([ctx.date(ctx.day())], align="right")
    iban = ctx.iban()
    masked = iban[:4] + " **** **** " + iban[-4:]
    if ctx.lang == "de":
        product = ctx.pick(["Girokonto", "Tagesgeldkonto", "Gemeinschaftskonto"])
        b.p(f"Sehr geehrte/r {name},")
        b.p(f"herzlich willkommen bei der {bank}! Vielen Dank, dass Sie sich für unser {product} entschieden haben.")
        b.fields([("Kontoinhaber", name), ("Kontoart", product), ("IBAN", masked)])
        b.p(
            "Ihre girocard erhalten Sie in den nächsten Tagen separat per Post. Die PIN senden wir Ihnen aus "
            "Sicherheitsgründen in einem gesonderten Brief."
        )
        b.p(
            "Ihre Zugangsdaten zum Online-Banking folgen ebenfalls mit separater Post. Bei Fragen erreichen Sie uns "
            f"unter {ctx.phone()}."
        )
        b.lines(["Mit freundlichen Grüßen", bank])
        return ctx.pick(["Willkommen bei der " + bank, "Ihr neues Konto"])
    if ctx.lang == "fr":
        product = ctx.pick(["compte courant", "Livret A", "compte joint"])
        b.p(ctx.pick(["Madame, Monsieur,", "Cher client, chère cliente,", f"Bonjour {name},"]))
        b.p(
            f"Bienvenue à la {bank} ! Nous vous remercions de la confiance que vous nous accordez en ouvrant votre "
            f"{product}."
        )
        b.fields([("Titulaire", name), ("Produit", product), ("IBAN", masked)])
        b.p(
            "Votre carte bancaire vous parviendra sous sept jours ouvrés ; son code confidentiel vous sera adressé "
            "par courrier séparé. Vous pouvez dès à présent activer votre espace client en ligne."
        )
        b.lines(["Nous vous prions d'agréer nos salutations distinguées.", ctx.person(), "Votre conseiller", bank])
        return ctx.pick(["Bienvenue", "Votre nouveau compte"])
    product = ctx.pick(["Cuenta Online", "Cuenta Nómina", "Cuenta Ahorro"])
    b.p(f"Estimado/a {name}:")
    b.p(f"Bienvenido/a a {bank}. Gracias por abrir su {product} con nosotros.")
    b.fields([("Titular", name), ("Producto", product), ("IBAN", masked)])
    b.p(
        "En los próximos días recibirá su tarjeta de débito; el PIN le llegará en un envío separado. Descargue "
        "nuestra app para consultar su cuenta en cualquier momento."
    )
    b.lines(["Atentamente,", bank])
    return ctx.pick(["Bienvenido a " + bank, "Su nueva cuenta"])


def unknown_bank_letter(rng: random.Random) -> SyntheticDocument:
    """A bank's letter with no transactions: welcome, card dispatch, interest-rate change, pre-selected offer."""
    ctx = Ctx(rng, rng.choice([*ENGLISH, "en_GB", "de_DE", "fr_FR", "es_ES"]))
    b = start(LABEL, ctx)
    bank = ctx.pick(BANK_NAMES[ctx.lang] if ctx.lang in BANK_NAMES else BANK_NAMES["en"])
    b.lines([bank, ctx.address()], bold=True)
    title = _bank_en(ctx, b, bank) if ctx.lang == "en" else _bank_eu(ctx, b, bank)
    return b.build(title if ctx.chance(0.6) else None, "letter")


# -- price list / catalogue page --------------------------------------------------------------------------

PRICE: dict[str, Words] = {
    "title": {
        "en": ["Price List {year}", "PRICE LIST", "Trade Price List {year}", "Product Catalogue {year}", "Rate Card"],
        "de": ["Preisliste {year}", "PREISLISTE", "Händlerpreisliste {year}"],
        "fr": ["Tarifs {year}", "Grille tarifaire {year}", "LISTE DE PRIX"],
        "es": ["Lista de precios {year}", "Tarifa {year}", "CATÁLOGO Y PRECIOS"],
    },
    "valid": {
        "en": ["Effective from {date}", "Prices valid from {date} until further notice", "Valid {date}"],
        "de": ["Gültig ab {date}", "Preise gültig ab {date}"],
        "fr": ["Applicable à compter du {date}", "Tarifs en vigueur au {date}"],
        "es": ["Vigente desde el {date}", "Precios válidos a partir del {date}"],
    },
    "notes": {
        "en": [
            "All prices exclude {tax} and delivery.",
            "Prices are subject to change without notice. This list supersedes all previous price lists.",
            "Minimum order value {min}. Free delivery on orders over {free}.",
            "E&OE.",
            "To order, call {phone} or email orders@{domain}.",
            "Volume discounts available on request.",
        ],
        "de": [
            "Alle Preise in EUR zzgl. gesetzlicher MwSt.",
            "Preisänderungen und Irrtümer vorbehalten.",
            "Mindestbestellwert {min}. Lieferung frei Haus ab {free}.",
            "Bestellungen per Telefon {phone} oder an bestellung@{domain}.",
        ],
        "fr": [
            "Prix HT, départ entrepôt. Franco de port à partir de {free}.",
            "Tarifs susceptibles de modification sans préavis.",
            "Sous réserve d'erreurs typographiques.",
            "Commandes : {phone} ou commandes@{domain}.",
        ],
        "es": [
            "Precios sin IVA.",
            "Precios sujetos a cambios sin previo aviso.",
            "Portes pagados para pedidos superiores a {free}.",
            "Pedidos: {phone} o pedidos@{domain}.",
        ],
    },
}
SERVICE_RATES: dict[str, list[tuple[str, float, float]]] = {
    "Workshop Rates": [
        ("Standard labour rate (per hour)", 65, 140),
        ("Diagnostic check", 40, 90),
        ("Interim service", 90, 160),
        ("Full service", 160, 320),
        ("Brake pads, front (fitted)", 90, 180),
        ("Air-conditioning re-gas", 50, 110),
        ("Tyre fitting and balancing (per tyre)", 12, 25),
        ("MOT / safety inspection", 35, 60),
    ],
    "Salon Price List": [
        ("Cut and blow-dry", 35, 80),
        ("Colour, full head", 60, 160),
        ("Highlights, half head", 55, 120),
        ("Men's cut", 18, 40),
        ("Children's cut (under 12)", 12, 25),
        ("Bridal trial", 60, 120),
    ],
    "Cleaning Services - Rates": [
        ("Office cleaning (per hour)", 22, 45),
        ("End-of-tenancy clean, 2-bed flat", 180, 320),
        ("Carpet cleaning (per room)", 30, 60),
        ("Window cleaning, standard house", 25, 60),
        ("Oven clean", 50, 90),
        ("Weekend surcharge", 10, 30),
    ],
    "Print Shop Prices": [
        ("A4 colour printing (per page)", 0.15, 0.9),
        ("A4 black and white (per page)", 0.05, 0.2),
        ("Business cards, 250", 20, 45),
        ("A1 poster", 15, 40),
        ("Comb binding", 3, 8),
        ("Lamination A4", 1, 3),
    ],
}


def unknown_price_list(rng: random.Random) -> SyntheticDocument:
    """A supplier's price list or catalogue page: codes, pack sizes, list prices, validity; nothing ordered or owed."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    seller = ctx.company()
    eff = ctx.day()
    b.lines(_letterhead(ctx, seller), align=ctx.pick(["left", "center"]))
    title = _fmt(_say(ctx, PRICE["title"]), {"year": str(eff.year)})
    b.h(title, 1, align=ctx.pick(["left", "center"]))
    b.p(_fmt(_say(ctx, PRICE["valid"]), {"date": ctx.date(eff)}))
    services = ctx.lang == "en" and ctx.chance(0.3)
    if services:
        business = ctx.pick(sorted(SERVICE_RATES))
        b.h(business, 2)
        rows = [[d, ctx.money(ctx.amount(lo, hi))] for d, lo, hi in ctx.some(SERVICE_RATES[business], 4, 8)]
        b.table([ctx.pick(["Service", "Description"]), ctx.pick(["Price", "Rate", "From"])], rows, numeric_from=1)
    else:
        catalog = GOODS[ctx.lang] if ctx.lang in GOODS else GOODS["en"]
        picked = ctx.some(catalog, 6, 14)
        pattern, each = _code_pattern(ctx), _say(ctx, UNITS)
        tiers = ctx.chance(0.4)
        head = {
            "de": ["Art.-Nr.", "Bezeichnung", "VE", "Preis netto"],
            "fr": ["Réf.", "Désignation", "Cond.", "Prix HT"],
            "es": ["Ref.", "Descripción", "Envase", "Precio"],
        }.get(
            ctx.lang,
            ["Code", "Description", ctx.pick(["Pack", "Unit"]), ctx.pick(["List Price", "Price", "Unit Price"])],
        )
        if tiers:
            head = [*head[:3], "1-9", "10-49", "50+"]
        rows = []
        for desc, lo, hi in picked:
            price = ctx.amount(lo, hi)
            row = [ctx.code(pattern), desc, _unit(ctx, desc, each)]
            if tiers:
                row += [ctx.money(price), ctx.money(price * 0.93), ctx.money(price * 0.86)]
            else:
                row.append(ctx.money(price))
            rows.append(row)
        if ctx.chance(0.3):
            rows.sort(key=lambda r: r[1])
        b.table(head, rows, numeric_from=3)
    name, _ = _tax(ctx)
    values = {
        "tax": name,
        "min": ctx.money(ctx.pick([50, 75, 100, 150])),
        "free": ctx.money(ctx.pick([150, 250, 300, 500])),
        "phone": ctx.phone(),
        "domain": ctx.domain(seller),
    }
    b.paras([_fmt(n, values) for n in ctx.some(_notes(ctx, PRICE["notes"]), 2, 4)], small=ctx.chance(0.5))
    return b.build(None, ctx.pick(["page", "page", "columns"]))


# -- order confirmation / shipping notification ------------------------------------------------------------

SHOP_ITEMS = {
    "en": [
        ("Wireless earbuds", 25, 180),
        ("Running shoes", 45, 160),
        ("Linen duvet cover, double", 40, 140),
        ("Ceramic mug set (4)", 18, 45),
        ("Kids' rain jacket", 20, 60),
        ("Cast iron skillet 26cm", 25, 80),
        ("Yoga mat", 15, 70),
        ("Paperback: The Silent Harbour", 9, 18),
        ("Phone case", 10, 40),
        ("LED desk lamp", 20, 75),
        ("Coffee beans 1kg", 14, 35),
        ("Garden hose 25m", 20, 60),
    ],
    "de": [
        ("Kabellose Kopfhörer", 25, 180),
        ("Laufschuhe", 45, 160),
        ("Bettwäsche Leinen 135x200", 40, 140),
        ("Tassen-Set (4 Stück)", 18, 45),
        ("Gusseisenpfanne 26 cm", 25, 80),
        ("Yogamatte", 15, 70),
        ("Kaffeebohnen 1 kg", 14, 35),
        ("LED-Schreibtischlampe", 20, 75),
        ("Gartenschlauch 25 m", 20, 60),
    ],
    "fr": [
        ("Écouteurs sans fil", 25, 180),
        ("Chaussures de running", 45, 160),
        ("Housse de couette en lin", 40, 140),
        ("Lot de 4 mugs", 18, 45),
        ("Poêle en fonte 26 cm", 25, 80),
        ("Tapis de yoga", 15, 70),
        ("Café en grains 1 kg", 14, 35),
        ("Lampe de bureau LED", 20, 75),
    ],
    "es": [
        ("Auriculares inalámbricos", 25, 180),
        ("Zapatillas de running", 45, 160),
        ("Funda nórdica de lino", 40, 140),
        ("Juego de 4 tazas", 18, 45),
        ("Sartén de hierro 26 cm", 25, 80),
        ("Esterilla de yoga", 15, 70),
        ("Café en grano 1 kg", 14, 35),
        ("Lámpara de escritorio LED", 20, 75),
    ],
}
PARCEL_CARRIERS = {
    "*": ["DHL", "UPS", "FedEx"],
    "en_US": ["UPS", "USPS", "FedEx"],
    "en_GB": ["Royal Mail", "DPD", "Evri", "Yodel"],
    "en_CA": ["Canada Post", "Purolator"],
    "en_AU": ["Australia Post", "CouriersPlease"],
    "en_IN": ["Delhivery", "Blue Dart", "Ekart"],
    "de_DE": ["DHL", "Hermes", "DPD", "GLS"],
    "fr_FR": ["Colissimo", "Chronopost", "Mondial Relay"],
    "es_ES": ["Correos", "SEUR", "MRW", "Correos Express"],
}
ORDER: dict[str, Words] = {
    "received": {
        "en": ["Thanks for your order!", "We've received your order", "Order Confirmation", "Your order is confirmed"],
        "de": ["Bestellbestätigung", "Vielen Dank für Ihre Bestellung", "Eingangsbestätigung Ihrer Bestellung"],
        "fr": ["Confirmation de commande", "Merci pour votre commande !", "Nous avons bien reçu votre commande"],
        "es": ["Confirmación de pedido", "¡Gracias por tu pedido!", "Hemos recibido tu pedido"],
    },
    "shipped": {
        "en": [
            "Your order has shipped",
            "Your order is on its way!",
            "Shipping Confirmation",
            "Good news - it's shipped",
        ],
        "de": ["Versandbestätigung", "Ihre Bestellung ist unterwegs"],
        "fr": ["Votre commande a été expédiée", "Avis d'expédition"],
        "es": ["Tu pedido está en camino", "Confirmación de envío"],
    },
    "pickup": {
        "en": ["Your order is ready for collection", "Ready for pickup", "Click & Collect: your order is ready"],
        "de": ["Ihre Bestellung liegt zur Abholung bereit"],
        "fr": ["Votre commande est prête à être retirée"],
        "es": ["Tu pedido está listo para recoger"],
    },
    "order_no": {
        "en": ["Order number", "Order #", "Order No."],
        "de": ["Bestellnummer"],
        "fr": ["Numéro de commande", "Commande n°"],
        "es": ["Número de pedido", "Pedido n.º"],
    },
    "placed": {
        "en": ["Order date", "Placed on"],
        "de": ["Bestelldatum"],
        "fr": ["Date de commande"],
        "es": ["Fecha del pedido"],
    },
    "ship_to": {
        "en": ["Shipping address", "Delivering to", "Ship to"],
        "de": ["Lieferadresse"],
        "fr": ["Adresse de livraison"],
        "es": ["Dirección de envío"],
    },
    "subtotal": {"en": ["Subtotal", "Items"], "de": ["Zwischensumme"], "fr": ["Sous-total"], "es": ["Subtotal"]},
    "shipping": {
        "en": ["Shipping", "Delivery"],
        "de": ["Versandkosten"],
        "fr": ["Frais de livraison"],
        "es": ["Gastos de envío"],
    },
    "to_pay": {
        "en": ["Order total", "Total to pay", "Amount due on delivery", "Estimated total"],
        "de": ["Gesamtsumme", "Zu zahlender Betrag"],
        "fr": ["Total à régler", "Total de la commande"],
        "es": ["Total a pagar", "Total del pedido"],
    },
}
PENDING: Words = {
    "en": [
        "Payment method: bank transfer. Please transfer {total} to {iban} quoting order number {no}. Your order will "
        "be dispatched as soon as we receive your payment. Unpaid orders are cancelled after 7 days.",
        "Payment method: cash on delivery. Please have {total} ready for the courier; card payment on the doorstep is "
        "not available.",
        "Payment method: pay at collection. You will pay {total} in store when you pick up your order.",
        "Your card has not been charged yet. We will take payment of {total} when your order ships.",
    ],
    "de": [
        "Zahlungsart: Vorkasse. Bitte überweisen Sie {total} unter Angabe der Bestellnummer {no} auf folgendes Konto: "
        "{iban}. Nach Zahlungseingang versenden wir Ihre Bestellung umgehend.",
        "Zahlungsart: Nachnahme. Bitte halten Sie {total} zzgl. Nachnahmegebühr für den Zusteller bereit.",
        "Zahlungsart: Barzahlung bei Abholung.",
    ],
    "fr": [
        "Mode de paiement : virement bancaire. Merci de virer {total} sur le compte {iban} en indiquant la référence "
        "{no}. Votre commande sera expédiée dès réception de votre paiement.",
        "Mode de paiement : paiement à la livraison. Votre commande est en attente de paiement.",
        "Paiement en magasin lors du retrait de votre commande.",
    ],
    "es": [
        "Forma de pago: contra reembolso. Ten preparado el importe de {total} para el repartidor.",
        "Forma de pago: transferencia bancaria. Realiza el ingreso de {total} en la cuenta {iban} indicando el número "
        "de pedido {no}. Enviaremos tu pedido cuando recibamos el pago.",
        "Pagarás en tienda al recoger tu pedido.",
    ],
}
NOT_RECEIPT: Words = {
    "en": [
        "This email confirms that we have received your order. It is not a receipt; your invoice will be emailed "
        "when your order ships.",
        "Please note: this is an order acknowledgement only.",
        "We'll send you another email when your order ships.",
    ],
    "de": [
        "Diese E-Mail bestätigt nur den Eingang Ihrer Bestellung und stellt noch keine Annahme Ihres Angebots dar. "
        "Der Kaufvertrag kommt erst mit unserer Versandbestätigung zustande.",
    ],
    "fr": ["Ce message confirme la réception de votre commande ; il ne vaut pas facture."],
    "es": ["Este correo confirma la recepción de tu pedido y no es una factura. Te avisaremos cuando salga."],
}


def unknown_order_confirmation(rng: random.Random) -> SyntheticDocument:
    """A shop's e-mail before payment or on dispatch: order received (pay by transfer, on delivery or in store),
    shipped with tracking, or ready for collection. Nothing in it says money was taken."""
    ctx = Ctx(rng, rng.choice(MIXED))
    b = start(LABEL, ctx)
    shop = ctx.company()
    kind = ctx.pick(["received", "received", "shipped", "shipped", "pickup"])
    number = ctx.code(ctx.pick(["#####", "###-#######-#######", "WEB-######", "????-#####", "10######"]))
    placed = ctx.day()
    first, last = ctx.first_name(), ctx.last_name()
    name = f"{first} {last}"
    title = _say(ctx, ORDER[kind])
    b.lines([shop], bold=True, align="center")
    greet = {"de": f"Hallo {first},", "fr": f"Bonjour {first},", "es": f"Hola {first}:"}
    b.p(greet.get(ctx.lang, f"Hi {first},"))
    catalog = SHOP_ITEMS[ctx.lang] if ctx.lang in SHOP_ITEMS else SHOP_ITEMS["en"]
    items = line_items(ctx, catalog, 1, 5, max_qty=3)
    b.fields([(_say(ctx, ORDER["order_no"]), number), (_say(ctx, ORDER["placed"]), ctx.date(placed))])
    if kind == "shipped":
        carrier = ctx.pick(PARCEL_CARRIERS.get(ctx.locale, PARCEL_CARRIERS["*"]))
        arrive = ctx.later(placed, 2, 6)
        b.p(
            {
                "de": f"gute Nachrichten: Ihre Bestellung wurde heute an {carrier} übergeben.",
                "fr": f"Bonne nouvelle : votre commande a été confiée à {carrier}.",
                "es": f"¡Buenas noticias! Tu pedido ya está en manos de {carrier}.",
            }.get(ctx.lang, f"Good news! Your order has been handed to {carrier} and is on its way.")
        )
        b.fields(
            [
                (
                    {"de": "Sendungsnummer", "fr": "Numéro de suivi", "es": "Número de seguimiento"}.get(
                        ctx.lang, "Tracking number"
                    ),
                    ctx.code(ctx.pick(["1Z###?##########", "JJD##############", "??#########GB"])),
                ),
                (
                    {"de": "Voraussichtliche Zustellung", "fr": "Livraison estimée", "es": "Entrega estimada"}.get(
                        ctx.lang, "Estimated delivery"
                    ),
                    ctx.date(arrive),
                ),
            ]
        )
        b.table(
            {"de": ["Artikel", "Menge"], "fr": ["Article", "Qté"], "es": ["Artículo", "Cant."]}.get(
                ctx.lang, ["Item", "Qty"]
            ),
            [[i.description, qty_text(ctx, i.quantity)] for i in items],
        )
        b.h(_say(ctx, ORDER["ship_to"]), 3)
        b.lines([name, *ctx.address_lines()])
        if ctx.chance(0.4):
            b.p(
                {
                    "de": "Einige Artikel werden separat versandt.",
                    "fr": "Certains articles seront expédiés séparément.",
                    "es": "Algunos artículos se enviarán por separado.",
                }.get(ctx.lang, "Some items in your order will ship separately.")
            )
        b.p(
            {"de": "Sendung verfolgen", "fr": "Suivre mon colis", "es": "Seguir mi envío"}.get(
                ctx.lang, "Track your package"
            )
        )
    else:
        sub = total(items)
        ship = 0.0 if kind == "pickup" or ctx.chance(0.3) else ctx.amount(3.5, 12)
        amount = round(sub + ship, 2)
        head = {
            "de": ["Artikel", "Menge", "Preis"],
            "fr": ["Article", "Qté", "Prix"],
            "es": ["Artículo", "Cant.", "Precio"],
        }
        b.table(
            head.get(ctx.lang, ["Item", "Qty", "Price"]),
            [[i.description, qty_text(ctx, i.quantity), ctx.money(i.amount)] for i in items],
            numeric_from=1,
        )
        b.fields(
            [
                (_say(ctx, ORDER["subtotal"]), ctx.money(sub)),
                (_say(ctx, ORDER["shipping"]), ctx.money(ship)),
                (_say(ctx, ORDER["to_pay"]), ctx.money(amount)),
            ]
        )
        pending = _notes(ctx, PENDING)
        at_store = [p for p in pending if any(w in p for w in ("collect", "retrait", "Abholung", "recoger"))]
        by_transfer = ctx.lang != "en" or ctx.locale in ("en_GB", "en_IE")
        options = [p for p in pending if p not in at_store and (by_transfer or "{iban}" not in p)]
        text = ctx.pick(at_store if kind == "pickup" else options)
        b.p(_fmt(text, {"total": ctx.money(amount), "iban": ctx.iban(), "no": number}))
        if kind == "pickup":
            store = f"{shop} {ctx.city()}"
            b.p(
                {
                    "de": f"Abholung: {store}, {ctx.street()}. Bitte bringen Sie diese E-Mail und einen Ausweis mit. "
                    "Wir reservieren Ihre Artikel 7 Tage.",
                    "fr": f"Retrait : {store}, {ctx.street()}. Présentez cet e-mail et une pièce d'identité. Vos "
                    "articles sont réservés 7 jours.",
                    "es": f"Recogida: {store}, {ctx.street()}. Presenta este correo y tu DNI. Guardamos tu "
                    "pedido 7 días.",
                }.get(
                    ctx.lang,
                    f"Collect from: {store}, {ctx.street()}. Bring this email and photo ID. We'll hold your items for "
                    "7 days.",
                )
            )
        else:
            b.h(_say(ctx, ORDER["ship_to"]), 3)
            b.lines([name, *ctx.address_lines()])
            b.p(ctx.pick(_notes(ctx, NOT_RECEIPT)), small=True)
    b.p(
        {
            "de": f"Fragen? Schreiben Sie uns an service@{ctx.domain(shop)}.",
            "fr": f"Une question ? Écrivez-nous à service@{ctx.domain(shop)}.",
            "es": f"¿Dudas? Escríbenos a ayuda@{ctx.domain(shop)}.",
        }.get(ctx.lang, f"Questions? Contact us at help@{ctx.domain(shop)} or visit our Help Centre."),
        small=True,
    )
    return b.build(title, "page")


# -- board / committee agenda with figures ------------------------------------------------------------------


def _agenda_en(ctx: Ctx, b: DocBuilder) -> str:
    org, body = ctx.pick(
        [
            (ctx.company(), "Board of Directors"),
            (ctx.company(), "Audit and Finance Committee"),
            (f"{ctx.city()} Community Trust", "Board of Trustees"),
            (f"{ctx.last_name()} Park Homeowners Association", "HOA Board"),
            (f"{ctx.city()} Academy", "Governors' Finance Committee"),
            (f"{ctx.city()} Food Co-operative", "Board"),
        ]
    )
    day = ctx.day()
    year = day.year
    hour = ctx.randint(8, 18)
    twelve = ctx.locale in ("en_US", "en_CA", "en_AU") and ctx.chance(0.7)

    def clock(minutes: int) -> str:
        h, m = divmod(minutes, 60)
        return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if twelve else f"{h:02d}:{m:02d}"

    def signed(amount: float) -> str:
        return f"({ctx.money(-amount)})" if amount < 0 else ctx.money(amount)

    b.lines([org, f"{body} Meeting"], bold=True, align="center")
    b.fields(
        [
            ("Date", ctx.date(day)),
            ("Time", f"{clock(hour * 60)} - {clock(min(hour + 2, 21) * 60 + 30)}"),
            (
                "Location",
                ctx.pick(
                    [
                        "Boardroom, 4th floor",
                        "Video conference (link in calendar invite)",
                        "Clubhouse",
                        "Library meeting room",
                        f"{ctx.street()}",
                    ]
                ),
            ),
            ("Chair", ctx.person()),
        ],
        columns=ctx.pick([1, 2]),
    )
    revenue = ctx.amount(200000, 9000000, whole=True)
    budget = round(revenue * ctx.pick([0.92, 0.97, 1.03, 1.08]), -3)
    reserve = ctx.amount(40000, 900000, whole=True)
    capex = ctx.amount(15000, 450000, whole=True)
    items = [
        ("Welcome, apologies and declarations of interest", "Chair", "-"),
        ("Minutes of the previous meeting and matters arising", "Secretary", "For approval"),
        (
            f"Management accounts to {ctx.month(ctx.later(day, -40, -20))}: revenue {ctx.money(revenue)} "
            f"against budget {ctx.money(budget)}",
            "Treasurer / CFO",
            "For noting",
        ),
        (f"{year + 1} operating budget of {ctx.money(round(budget * 1.05, -3))}", "CFO", "For approval"),
        (
            f"Capital expenditure request: "
            f"{ctx.pick(['roof replacement', 'new ERP system', 'fleet vehicles', 'playground resurfacing'])} "
            f"({ctx.money(capex)})",
            ctx.person(),
            "For decision",
        ),
        (f"Reserve fund balance {ctx.money(reserve)} and investment policy", "Treasurer", "For discussion"),
        ("Appointment of external auditors", "Audit Committee Chair", "For approval"),
        ("Risk register review", ctx.person(), "For discussion"),
        ("Chief Executive's report", "CEO", "For noting"),
        ("Any other business", "Chair", "-"),
    ]
    chosen = [items[0], items[1], *ctx.some(items[2:-1], 3, 6), items[-1]]
    start_min = hour * 60
    rows = []
    for n, (item, lead, purpose) in enumerate(chosen, 1):
        rows.append([str(n), clock(start_min), item, lead, purpose])
        start_min += ctx.pick([5, 10, 15, 20, 30])
    b.table(["No.", "Time", "Item", "Lead", "Purpose"], rows)
    if ctx.chance(0.5):
        b.h("Key figures (year to date)", 3)
        b.table(
            ["", "Actual", "Budget", "Variance"],
            [
                ["Revenue", ctx.money(revenue), ctx.money(budget), signed(revenue - budget)],
                [
                    "Operating costs",
                    ctx.money(revenue * 0.8),
                    ctx.money(budget * 0.82),
                    signed(budget * 0.82 - revenue * 0.8),
                ],
                [
                    "Surplus / (deficit)",
                    ctx.money(revenue * 0.2),
                    ctx.money(budget * 0.18),
                    signed(revenue * 0.2 - budget * 0.18),
                ],
            ],
            numeric_from=1,
        )
    b.p(
        ctx.pick(
            [
                "Papers will be circulated one week before the meeting.",
                "Quorum: three directors.",
                "Please notify the secretary of apologies in advance.",
                "Members of the public may attend items 1-4.",
            ]
        )
    )
    b.p(f"Next meeting: {ctx.date(ctx.later(day, 28, 120))}")
    return ctx.pick(["AGENDA", "Agenda", f"{body} - Agenda", "Notice of Meeting and Agenda"])


def _agenda_eu(ctx: Ctx, b: DocBuilder) -> str:
    day = ctx.day()
    year = day.year - 1
    revenue = ctx.amount(80000, 6000000, whole=True)
    result = revenue * ctx.pick([0.03, 0.06, -0.02, 0.11])
    budget = revenue * ctx.pick([1.02, 1.05, 1.08])
    time = _clock(ctx, ctx.randint(9, 19), ctx.pick([0, 30]))
    if ctx.lang == "de":
        org = ctx.pick([f"{ctx.company()}", f"Förderverein {ctx.city()} e.V.", f"{ctx.city()} Wohnungsbau eG"])
        b.lines([org], bold=True)
        b.p(
            "Einladung zur "
            f"{ctx.pick(['Sitzung des Aufsichtsrats', 'Vorstandssitzung', 'ordentlichen Mitgliederversammlung'])} "
            f"am {ctx.date(day)} um {time} Uhr, {ctx.address()}."
        )
        b.h("Tagesordnung", 3)
        tops = [
            "Begrüßung und Feststellung der Beschlussfähigkeit",
            "Genehmigung des Protokolls der letzten Sitzung",
            f"Bericht des Vorstands und Kassenbericht {year} (Umsatz {ctx.money(revenue)}, "
            f"Jahresergebnis {ctx.money(result)})",
            "Bericht der Kassenprüfer",
            "Entlastung des Vorstands",
            f"Wirtschaftsplan {year + 2} (Volumen {ctx.money(budget)}) - Beschlussfassung",
            "Wahlen",
            "Verschiedenes",
        ]
        chosen = [tops[0], tops[1], *ctx.some(tops[2:-1], 3, 5), tops[-1]]
        b.lines([f"TOP {n}: {t}" for n, t in enumerate(chosen, 1)])
        b.p("Anträge zur Tagesordnung sind bis spätestens eine Woche vor der Sitzung schriftlich einzureichen.")
        b.lines(
            ["Mit freundlichen Grüßen", ctx.person(), ctx.pick(["Vorsitzende/r", "Vorstand", "Aufsichtsratsvorsitz"])]
        )
        return ctx.pick(["Einladung und Tagesordnung", "Tagesordnung"])
    if ctx.lang == "fr":
        org = ctx.pick(
            [f"{ctx.company()}", f"Association {ctx.last_name()}", f"Syndicat des copropriétaires {ctx.street()}"]
        )
        b.lines([org], bold=True)
        council = ctx.pick(["conseil d'administration", "conseil syndical", "bureau"])
        b.p(f"Les membres du {council} sont convoqués le {ctx.date(day)} à {time}, {ctx.address()}.")
        b.h("Ordre du jour", 3)
        points = [
            "Approbation du procès-verbal de la séance précédente",
            f"Présentation des comptes de l'exercice clos le 31 décembre {year} : chiffre d'affaires "
            f"{ctx.money(revenue)}, résultat net {ctx.money(result)}",
            "Affectation du résultat",
            f"Budget prévisionnel {year + 2} : {ctx.money(budget)}",
            "Approbation des travaux votés et appel de fonds",
            "Renouvellement du mandat du commissaire aux comptes",
            "Questions diverses",
        ]
        chosen = [points[0], *ctx.some(points[1:-1], 3, 5), points[-1]]
        b.lines([f"{n}. {p}" for n, p in enumerate(chosen, 1)])
        b.p("Les documents préparatoires sont disponibles au siège sur demande.")
        return ctx.pick(["ORDRE DU JOUR", "Convocation et ordre du jour"])
    org = ctx.pick([f"{ctx.company()}", f"Comunidad de Propietarios {ctx.street()}", f"Asociación {ctx.last_name()}"])
    b.lines([org], bold=True)
    b.p(
        "Se convoca a la "
        f"{ctx.pick(['Junta General Ordinaria', 'reunión del Consejo de Administración', 'Junta de Propietarios'])} "
        f"que se celebrará el {ctx.date(day)} a las {time} en {ctx.address()}."
    )
    b.h("Orden del día", 3)
    points = [
        "Lectura y aprobación, si procede, del acta anterior",
        f"Aprobación de las cuentas del ejercicio {year}: ingresos {ctx.money(revenue)}, resultado {ctx.money(result)}",
        f"Aprobación del presupuesto para {year + 2}: {ctx.money(budget)}",
        "Derrama extraordinaria para obras de fachada",
        "Nombramiento de cargos",
        "Ruegos y preguntas",
    ]
    chosen = [points[0], *ctx.some(points[1:-1], 2, 4), points[-1]]
    b.lines([f"{n}. {p}" for n, p in enumerate(chosen, 1)])
    b.lines([f"{ctx.city()}, {ctx.date(ctx.later(day, -20, -7))}", "El/La Presidente/a", ctx.person()])
    return ctx.pick(["CONVOCATORIA Y ORDEN DEL DÍA", "Orden del día"])


def unknown_board_agenda(rng: random.Random) -> SyntheticDocument:
    """A board, committee or owners' meeting agenda carrying budget and results figures."""
    ctx = Ctx(rng, rng.choice([*ENGLISH, "de_DE", "fr_FR", "es_ES"]))
    b = start(LABEL, ctx)
    title = _agenda_en(ctx, b) if ctx.lang == "en" else _agenda_eu(ctx, b)
    return b.build(title, "page")


# -- timesheet ----------------------------------------------------------------------------------------------

WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
    "fr": ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"],
    "es": ["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"],
}
TS: dict[str, Words] = {
    "title": {
        "en": ["Weekly Timesheet", "TIMESHEET", "Contractor Timesheet", "Time Sheet", "Agency Worker Timesheet"],
        "de": ["Stundennachweis", "Stundenzettel", "Tätigkeitsnachweis"],
        "fr": ["Relevé d'heures", "Feuille de temps", "Fiche de pointage"],
        "es": ["Registro diario de jornada", "Parte de horas", "Hoja de horas"],
    },
    "worker": {
        "en": ["Employee", "Worker name", "Contractor", "Candidate"],
        "de": ["Mitarbeiter/in", "Name"],
        "fr": ["Salarié", "Intervenant", "Nom"],
        "es": ["Trabajador/a", "Empleado/a"],
    },
    "client": {
        "en": ["Client", "Assignment", "Site"],
        "de": ["Kunde / Projekt", "Einsatzort"],
        "fr": ["Client / mission", "Chantier"],
        "es": ["Centro de trabajo", "Cliente / obra"],
    },
    "period": {
        "en": ["Week ending", "Week commencing", "Period"],
        "de": ["Kalenderwoche", "Zeitraum"],
        "fr": ["Semaine du", "Période"],
        "es": ["Mes", "Periodo"],
    },
    "approve": {
        "en": ["Client authorisation", "Supervisor approval", "Approved by (manager)"],
        "de": ["Bestätigung Kunde (Name, Unterschrift)", "Freigabe Vorgesetzte/r"],
        "fr": ["Visa du responsable", "Validation client"],
        "es": ["Firma de la empresa", "Conforme responsable"],
    },
    "certify": {
        "en": [
            "I confirm that the hours shown above are a true record of the hours worked.",
            "By signing, the client confirms the hours above and that the work was completed satisfactorily.",
            "Timesheets must be submitted by Monday 10:00 to be processed this week.",
        ],
        "de": [
            "Hiermit bestätige ich die Richtigkeit der oben aufgeführten Arbeitszeiten.",
            "Der Stundennachweis ist wöchentlich bis Montag 12 Uhr einzureichen.",
        ],
        "fr": [
            "Je certifie l'exactitude des heures déclarées ci-dessus.",
            "Relevé à transmettre chaque lundi au service planning.",
        ],
        "es": [
            "Registro conforme al artículo 34.9 del Estatuto de los Trabajadores. La empresa conservará estos "
            "registros durante cuatro años.",
            "El trabajador declara que las horas indicadas son correctas.",
        ],
    },
}


def _hours(start_min: int, end_min: int, brk: int) -> float:
    return round((end_min - start_min - brk) / 60, 2)


def unknown_timesheet(rng: random.Random) -> SyntheticDocument:
    """Hours worked, not pay: agency/contractor weekly timesheets, Stundennachweis, relevé d'heures, registro de
    jornada, or a project time report; start, finish, breaks, totals and an approval signature."""
    ctx = Ctx(rng, rng.choice([*ENGLISH, "en_GB", "en_AU", "de_DE", "de_DE", "fr_FR", "es_ES", "es_ES"]))
    b = start(LABEL, ctx)
    worker = ctx.person()
    first = ctx.day()
    monday = first - dt.timedelta(days=first.weekday())
    es_month = ctx.lang == "es" and ctx.chance(0.6)
    project_report = ctx.lang == "en" and ctx.chance(0.25)
    hand = not project_report and ctx.chance(0.35)
    employer = ctx.company()
    b.lines(
        [
            employer
            + (
                ctx.pick([" Recruitment", " Staffing", " Personal GmbH" if ctx.lang == "de" else " Staffing"])
                if ctx.chance(0.4)
                else ""
            ),
            ctx.address(),
        ]
    )
    title = _say(ctx, TS["title"])
    number_fmt = "{:.2f}"

    def hrs(value: float) -> str:
        text = number_fmt.format(value)
        return text.replace(".", ",") if ctx.lang in ("de", "fr", "es") else text

    if project_report:
        title = ctx.pick(["Time Report", "Project Time Summary", "Timesheet Summary"])
        b.fields(
            [
                ("Consultant", worker),
                ("Period", f"{ctx.date(monday)} - {ctx.date(monday + dt.timedelta(days=13))}"),
                ("Approver", ctx.person()),
            ]
        )
        projects = ctx.some(
            [
                "Internal - Admin",
                "Client onboarding",
                "Data platform build",
                "Audit support",
                "Training",
                "Pre-sales",
                "Bug fixing",
                "Annual leave",
            ],
            3,
            6,
        )
        rows = []
        grand = 0.0
        for p in projects:
            h = ctx.pick([2.0, 4.5, 7.5, 8.0, 12.0, 16.0, 22.5, 30.0])
            grand += h
            rows.append([ctx.code("PRJ-####"), p, ctx.pick(["Yes", "No"]), hrs(h)])
        b.table(["Code", "Project / task", "Billable", "Hours"], rows, numeric_from=3)
        b.fields([("Total hours", hrs(grand)), ("Status", ctx.pick(["Submitted", "Approved", "Draft"]))])
        return b.build(title, "page")
    meta = [(_say(ctx, TS["worker"]), worker), (_say(ctx, TS["client"]), ctx.company())]
    if es_month:
        meta = [
            ("Empresa", employer),
            ("CIF", ctx.code("?########")),
            ("Trabajador/a", worker),
            ("NIF", ctx.code("########?")),
            ("Mes", ctx.month(first)),
        ]
    else:
        period = _say(ctx, TS["period"])
        ending = "ending" in period or "Kalenderwoche" in period
        shown_day = monday + dt.timedelta(days=6 if ending else 0)
        meta.append(
            (
                period,
                f"{shown_day.isocalendar()[1]}/{shown_day.year}" if "Kalenderwoche" in period else ctx.date(shown_day),
            )
        )
        if ctx.chance(0.5):
            ref_label = {"de": "Auftrags-Nr.", "fr": "N° de mission", "es": "N.º de parte"}.get(
                ctx.lang, ctx.pick(["Assignment ref.", "Booking ref.", "Timesheet no."])
            )
            meta.append((ref_label, ctx.code("A-#####")))
    b.fields(meta, columns=ctx.pick([1, 2]), hand=hand)
    head = {
        "de": ["Tag", "Datum", "Beginn", "Ende", "Pause", "Stunden", "Tätigkeit"],
        "fr": ["Jour", "Date", "Arrivée", "Départ", "Pause", "Heures", "Observations"],
        "es": ["Día", "Fecha", "Entrada", "Salida", "Descanso", "Horas", "Firma"],
    }.get(ctx.lang, ["Day", "Date", "Start", "Finish", "Break", "Hours", ctx.pick(["Notes", "Job / task", "Remarks"])])
    days = 22 if es_month else ctx.pick([5, 5, 6, 7])
    rows = []
    sum_hours = 0.0
    current = monday if not es_month else dt.date(first.year, first.month, 1)
    shown = 0
    starts = [6 * 60, 7 * 60, 7 * 60 + 30, 8 * 60, 8 * 60 + 30, 9 * 60, 14 * 60]
    usual_start, usual_length = ctx.pick(starts), ctx.pick([6, 8, 8, 8.5, 9])
    while shown < days and current.month == (first.month if es_month else current.month):
        if es_month and current.weekday() >= 5:
            current += dt.timedelta(days=1)
            continue
        start_min = usual_start + ctx.pick([0, 0, 0, -30, 30, 60]) if ctx.chance(0.8) else ctx.pick(starts)
        end_min = min(start_min + usual_length * 60 + ctx.pick([0, 0, 30, 60, -60]), 23 * 60 + 30)
        brk = ctx.pick([0, 30, 30, 45, 60])
        off = not es_month and current.weekday() >= 5 and ctx.chance(0.6)
        h = 0.0 if off else _hours(int(start_min), int(end_min), brk)
        sum_hours += h
        word = WEEKDAYS[ctx.lang][current.weekday()] if ctx.lang in WEEKDAYS else WEEKDAYS["en"][current.weekday()]
        rows.append(
            [
                word,
                ctx.date(current),
                "" if off else f"{int(start_min) // 60:02d}:{int(start_min) % 60:02d}",
                "" if off else f"{int(end_min) // 60:02d}:{int(end_min) % 60:02d}",
                "" if off else f"{brk // 60}:{brk % 60:02d}",
                "" if off else hrs(h),
                ""
                if off or es_month or ctx.chance(0.5)
                else ctx.pick(
                    {
                        "de": ["Montage", "Wartung", "Lager", "Schulung"],
                        "fr": ["Chantier", "Inventaire", "Formation"],
                    }.get(ctx.lang, ["Picking", "Site works", "Reception", "Training", "1.5 OT"])
                ),
            ]
        )
        shown += 1
        current += dt.timedelta(days=1)
    b.table(head, rows, numeric_from=5)
    totals_label = {"de": "Summe Stunden", "fr": "Total heures", "es": "Total horas"}.get(
        ctx.lang, ctx.pick(["Total hours", "Total Hours Worked"])
    )
    totals = [(totals_label, hrs(sum_hours))]
    if ctx.lang == "en" and ctx.chance(0.5):
        overtime = max(0.0, sum_hours - 40)
        totals += [("Standard hours", hrs(sum_hours - overtime)), ("Overtime hours", hrs(overtime))]
    b.fields(totals, hand=hand)
    b.p(ctx.pick(_notes(ctx, TS["certify"])), small=True)
    b.fields(
        [
            (
                {"de": "Unterschrift Mitarbeiter/in", "fr": "Signature du salarié", "es": "Firma del trabajador/a"}.get(
                    ctx.lang, "Worker signature"
                ),
                "",
            ),
            (_say(ctx, TS["approve"]), ""),
            ({"de": "Datum", "fr": "Date", "es": "Fecha"}.get(ctx.lang, "Date"), ""),
        ],
        columns=ctx.pick([1, 3]),
    )
    return b.build(title, "handwritten" if hand else "page")


TEMPLATES: TemplateTable = {
    LABEL: [
        unknown_purchase_order,
        unknown_quotation,
        unknown_delivery_note,
        unknown_remittance_advice,
        unknown_rental_application,
        unknown_insurance_certificate,
        unknown_appointment_letter,
        unknown_bank_letter,
        unknown_price_list,
        unknown_order_confirmation,
        unknown_board_agenda,
        unknown_timesheet,
    ]
}
