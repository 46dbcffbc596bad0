"""How dates and amounts are written in each locale, and one cached Faker per locale.

Real documents disagree on separators ("1,234.56" / "1.234,56" / "1 234,56" /
"1,23,456.00" in India) and on date order; a classifier that only ever saw US
formatting would learn that "." thousands separators are unusual, so every
template formats through here.
"""

from __future__ import annotations

import datetime as dt
import random
from functools import cache

from faker import Faker

# Faker has no Malaysian names; en_MS gives Malaysian addresses, names come from our own lists.
FAKER_LOCALE = {"en_MY": "en_MS"}

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
}

# Italian and Portuguese month names. Kept out of MONTHS on purpose: format_date and Ctx do not format
# these languages (an it_IT or pt_BR Ctx writes its dates the en_GB way, English month names included),
# so templates in them spell dates with month_names, dmy and long_date below.
MONTHS_EXTRA = {
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}

WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

CURRENCY_SYMBOL = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "INR": "₹",
    "MYR": "RM",
    "AUD": "$",
    "CAD": "$",
    "SGD": "S$",
    "NZD": "$",
}

LOCALE_CURRENCY = {
    "en_US": "USD",
    "en_GB": "GBP",
    "en_IN": "INR",
    "en_MY": "MYR",
    "en_AU": "AUD",
    "en_CA": "CAD",
    "en_NZ": "NZD",
    "fr_FR": "EUR",
    "fr_CA": "CAD",
    "de_DE": "EUR",
    "nl_NL": "EUR",
    "es_ES": "EUR",
    "en_IE": "EUR",
}


def language(locale: str) -> str:
    return locale.split("_", 1)[0]


@cache
def faker_for(locale: str) -> Faker:
    # Building a Faker costs tens of ms; seeding an existing one per document is cheap
    # and keeps documents independent of generation order.
    return Faker(FAKER_LOCALE.get(locale, locale))


def group_digits(integer: int, sep: str, indian: bool = False) -> str:
    digits = str(integer)
    if indian and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        groups: list[str] = []
        while len(head) > 2:
            groups.insert(0, head[-2:])
            head = head[:-2]
        if head:
            groups.insert(0, head)
        return sep.join([*groups, tail])
    parts: list[str] = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


def format_number(amount: float, thousands: str, point: str, decimals: int = 2, *, indian: bool = False) -> str:
    """``amount`` with the given thousands separator ("" for none) and decimal point, no currency."""
    cents = round(abs(amount) * 10**decimals)
    integer, frac = divmod(cents, 10**decimals)
    text = group_digits(integer, thousands, indian=indian)
    if decimals:
        text += point + str(frac).zfill(decimals)
    return ("-" if amount < 0 else "") + text


def number(amount: float, locale: str, decimals: int = 2) -> str:
    """``amount`` with the locale's separators, no currency."""
    lang = language(locale)
    if lang in ("de", "nl", "es"):
        thousands, point = ".", ","
    elif lang == "fr":
        thousands, point = " ", ","
    else:
        thousands, point = ",", "."
    return format_number(amount, thousands, point, decimals, indian=locale == "en_IN")


def eu_number(amount: float, decimals: int = 2) -> str:
    """``1.234,56`` whatever the document's locale: Italian and Portuguese amounts (no locale here formats
    those languages), and templates that print one fixed style."""
    return format_number(amount, ".", ",", decimals)


def money(amount: float, currency: str, locale: str, style: int = 0) -> str:
    """Amount with a currency; ``style`` picks one of the ways the locale writes it."""
    num = number(amount, locale)
    symbol = CURRENCY_SYMBOL.get(currency, currency)
    lang = language(locale)
    if currency == "INR":
        return [f"₹{num}", f"Rs. {num}", f"INR {num}", f"Rs {num}", num][style % 5]
    if currency == "MYR":
        return [f"RM{num}", f"RM {num}", num, f"MYR {num}"][style % 4]
    if lang in ("fr", "de", "es") or (lang == "nl" and style % 3 == 2):
        return [f"{num} {symbol}", f"{num} {currency}", f"{num}{symbol}", f"{symbol} {num}"][style % 4]
    if lang == "nl":
        return [f"€ {num}", f"EUR {num}", f"€{num}"][style % 3]
    return [f"{symbol}{num}", f"{currency} {num}", num, f"{symbol} {num}"][style % 4]


DATE_STYLES = {
    "en_US": ["{m:02d}/{d:02d}/{y}", "{M} {d}, {y}", "{Mon} {d}, {y}", "{y}-{m:02d}-{d:02d}", "{m}/{d}/{yy}"],
    "en_GB": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d} {Mon} {y}", "{d:02d}-{Mon}-{y}", "{d:02d}.{m:02d}.{y}"],
    "en_IN": [
        "{d:02d}-{m:02d}-{y}",
        "{d:02d}/{m:02d}/{y}",
        "{d:02d}-{Mon}-{y}",
        "{d:02d} {Mon} {y}",
        "{d:02d}.{m:02d}.{y}",
    ],
    "en_MY": ["{d:02d}/{m:02d}/{y}", "{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{yy}", "{d:02d}-{Mon}-{y}"],
    "en_AU": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d} {Mon} {y}"],
    "en_CA": ["{y}-{m:02d}-{d:02d}", "{M} {d}, {y}", "{d:02d}/{m:02d}/{y}"],
    "fr": ["{d:02d}/{m:02d}/{y}", "{d} {M} {y}", "{d:02d}.{m:02d}.{y}", "{d:02d}/{m:02d}/{yy}"],
    "de": ["{d:02d}.{m:02d}.{y}", "{d}. {M} {y}", "{d:02d}.{m:02d}.{yy}", "{y}-{m:02d}-{d:02d}"],
    "nl": ["{d:02d}-{m:02d}-{y}", "{d} {M} {y}", "{d:02d}/{m:02d}/{y}"],
    "es": ["{d:02d}/{m:02d}/{y}", "{d} de {M} de {y}", "{d:02d}-{m:02d}-{y}"],
}


def date_styles(locale: str) -> list[str]:
    return DATE_STYLES.get(locale) or DATE_STYLES.get(language(locale)) or DATE_STYLES["en_GB"]


def format_date(day: dt.date, locale: str, style: int = 0) -> str:
    styles = date_styles(locale)
    months = MONTHS.get(language(locale), MONTHS["en"])
    full = months[day.month - 1]
    abbr = full[:3].capitalize() if language(locale) == "en" else full[:4].rstrip(".").capitalize()
    return styles[style % len(styles)].format(
        d=day.day, m=day.month, y=day.year, yy=str(day.year)[2:], M=full, Mon=abbr
    )


def month_names(lang: str) -> list[str]:
    """Month names of ``lang``, Italian and Portuguese included; English for a language we have none for."""
    return MONTHS_EXTRA.get(lang) or MONTHS.get(lang, MONTHS["en"])


def dmy(day: dt.date, sep: str = "/") -> str:
    """``05/03/2024``: zero-padded day and month, four-digit year, in any language."""
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def long_date(day: dt.date, lang: str) -> str:
    """A date spelled out as Italian or Portuguese running text writes it: '5 marzo 2024', '5 de março de 2024'."""
    month = month_names(lang)[day.month - 1]
    return f"{day.day} de {month} de {day.year}" if lang == "pt" else f"{day.day} {month} {day.year}"


def random_date(rng: random.Random, start_year: int = 2019, end_year: int = 2025) -> dt.date:
    start = dt.date(start_year, 1, 1).toordinal()
    end = dt.date(end_year, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def amount_in_words(amount: float, indian: bool = True) -> str:
    """English words for an amount, as Indian invoices and payslips (and cheques) print it."""
    ones = [
        "Zero",
        "One",
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Eleven",
        "Twelve",
        "Thirteen",
        "Fourteen",
        "Fifteen",
        "Sixteen",
        "Seventeen",
        "Eighteen",
        "Nineteen",
    ]
    tens = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def below_thousand(n: int) -> str:
        words = []
        if n >= 100:
            words.append(f"{ones[n // 100]} Hundred")
            n %= 100
        if n >= 20:
            words.append(tens[n // 10] + ("" if n % 10 == 0 else f" {ones[n % 10]}"))
        elif n or not words:
            words.append(ones[n])
        return " ".join(words)

    integer = int(amount)
    parts: list[str] = []
    scales = (
        ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand")) if indian else ((10**6, "Million"), (1000, "Thousand"))
    )
    for value, name in scales:
        if integer >= value:
            parts.append(f"{below_thousand(integer // value)} {name}")
            integer %= value
    if integer or not parts:
        parts.append(below_thousand(integer))
    return " ".join(parts)
