"""Per-document helpers: a seeded RNG plus locale-aware people, places, dates, amounts and ids.

Every template gets its randomness from one ``random.Random`` (and a Faker seeded from
it), so a document depends only on its own seed, never on what was generated before.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata
from collections.abc import Sequence
from typing import TypeVar

from faker import Faker
from faker.providers.address.it_IT import Provider as ItalianAddresses

from training.synth import locales

T = TypeVar("T")

# Faker builds its Italian city list from a set, so its order, and the city a seeded Faker
# picks, followed each process's string hashing: the same corpus seed gave other documents.
ItalianAddresses.cities = sorted(ItalianAddresses.cities)

# Faker's en_MS locale has Malaysian addresses but American names; shop receipts from
# Malaysia carry Malay, Chinese and Indian names, so we keep our own.
MALAYSIAN_GIVEN = [
    "Ahmad",
    "Muhammad",
    "Siti",
    "Nur",
    "Aisyah",
    "Farid",
    "Hafiz",
    "Azlan",
    "Wei Ming",
    "Mei Ling",
    "Kok Wai",
    "Siew Lan",
    "Chee Keong",
    "Rajesh",
    "Kavitha",
    "Suresh",
    "Lakshmi",
    "Aminah",
    "Zulkifli",
]
MALAYSIAN_FAMILY = [
    "bin Abdullah",
    "binti Ismail",
    "bin Hassan",
    "Tan",
    "Lim",
    "Wong",
    "Lee",
    "Ng",
    "Chong",
    "Ong",
    "a/l Muthu",
    "a/p Rajan",
    "bin Osman",
    "Teh",
    "Goh",
    "Chin",
]


class Ctx:
    """Random choices for one document in one locale."""

    def __init__(self, rng: random.Random, locale: str, currency: str | None = None) -> None:
        self.rng = rng
        self.locale = locale
        self.lang = locales.language(locale)
        self.fake: Faker = locales.faker_for(locale)
        self.fake.seed_instance(rng.getrandbits(32))
        self.currency = currency or locales.LOCALE_CURRENCY.get(locale, "USD")
        # One style per document: a real issuer writes all its amounts and dates the same way.
        self.money_style = rng.randrange(6)
        self.date_style = rng.randrange(6)

    # -- choice helpers -------------------------------------------------------------
    def pick(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def sample(self, options: Sequence[T], k: int) -> list[T]:
        return self.rng.sample(list(options), min(k, len(options)))

    def some(self, options: Sequence[T], low: int, high: int) -> list[T]:
        return self.sample(options, self.rng.randint(low, high))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def randint(self, low: int, high: int) -> int:
        return self.rng.randint(low, high)

    def amount(self, low: float, high: float, *, whole: bool = False) -> float:
        value = self.rng.uniform(low, high)
        return float(round(value)) if whole else round(value, 2)

    def shuffled(self, items: Sequence[T]) -> list[T]:
        out = list(items)
        self.rng.shuffle(out)
        return out

    # -- formatting ---------------------------------------------------------------
    def money(self, amount: float, *, symbol: bool = True) -> str:
        if not symbol:
            return locales.number(amount, self.locale)
        return locales.money(amount, self.currency, self.locale, self.money_style)

    def num(self, amount: float, decimals: int = 2) -> str:
        return locales.number(amount, self.locale, decimals)

    def date(self, day: dt.date, style: int | None = None) -> str:
        return locales.format_date(day, self.locale, self.date_style if style is None else style)

    def month(self, day: dt.date, *, year: bool = True) -> str:
        name = locales.MONTHS.get(self.lang, locales.MONTHS["en"])[day.month - 1]
        return f"{name} {day.year}" if year else name

    def day(self, start_year: int = 2019, end_year: int = 2025) -> dt.date:
        return locales.random_date(self.rng, start_year, end_year)

    def later(self, day: dt.date, low: int, high: int) -> dt.date:
        return day + dt.timedelta(days=self.rng.randint(low, high))

    def birth_date(self, min_age: int = 18, max_age: int = 85) -> dt.date:
        return locales.random_date(self.rng, 2025 - max_age, 2025 - min_age)

    # -- identifiers ----------------------------------------------------------------
    def code(self, pattern: str) -> str:
        """``#`` a digit, ``?`` an upper-case letter, ``*`` either; other characters kept."""
        out = []
        for ch in pattern:
            if ch == "#":
                out.append(str(self.rng.randrange(10)))
            elif ch == "?":
                out.append(self.rng.choice(string.ascii_uppercase))
            elif ch == "*":
                out.append(self.rng.choice(string.ascii_uppercase + string.digits))
            else:
                out.append(ch)
        return "".join(out)

    def digits(self, n: int) -> str:
        return self.code("#" * n)

    # -- people and places ----------------------------------------------------------
    def person(self) -> str:
        if self.locale == "en_MY":
            return f"{self.pick(MALAYSIAN_GIVEN)} {self.pick(MALAYSIAN_FAMILY)}"
        return str(self.fake.name())

    def first_name(self) -> str:
        return self.pick(MALAYSIAN_GIVEN) if self.locale == "en_MY" else str(self.fake.first_name())

    def last_name(self) -> str:
        return self.pick(MALAYSIAN_FAMILY) if self.locale == "en_MY" else str(self.fake.last_name())

    def company(self) -> str:
        return str(self.fake.company())

    def address_lines(self) -> list[str]:
        return [line.strip() for line in str(self.fake.address()).split("\n") if line.strip()]

    def address(self) -> str:
        return ", ".join(self.address_lines())

    def city(self) -> str:
        return str(self.fake.city())

    def street(self) -> str:
        return str(self.fake.street_address())

    def phone(self) -> str:
        return str(self.fake.phone_number())

    def email(self, name: str | None = None, domain: str | None = None) -> str:
        if name is None:
            return str(self.fake.email())
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
        local = "".join(ch for ch in ascii_name.lower().replace(" ", ".") if ch.isalnum() or ch == ".")
        return f"{local.strip('.')}@{domain or self.fake.free_email_domain()}"

    def domain(self, company: str) -> str:
        core = "".join(ch for ch in company.lower().split(",")[0] if ch.isalnum())[:18] or "example"
        return f"{core}.{self.pick(['com', 'net', 'co', 'io'] if self.lang == 'en' else [self.tld(), 'com'])}"

    def tld(self) -> str:
        return {"fr": "fr", "de": "de", "nl": "nl", "es": "es"}.get(self.lang, "com")

    def iban(self) -> str:
        return str(self.fake.iban())

    def ssn(self) -> str:
        return self.code("###-##-####")

    def ein(self) -> str:
        return self.code("##-#######")

    def pan(self) -> str:
        # Indian PAN: 5 letters, 4 digits, 1 letter; the 4th letter says who holds it.
        return self.code("???") + self.pick("PCHFT") + self.code("?####?")

    def gstin(self) -> str:
        return self.code("##") + self.pan() + self.code("#Z*")

    def codice_fiscale(self) -> str:
        # Italian tax code: 6 letters (surname, name), birth year, month letter, day, place code, check letter.
        return self.code("??????##?##?###?")

    def italian_iban(self) -> str:
        return "IT" + self.code("##?" + "#" * 22)
