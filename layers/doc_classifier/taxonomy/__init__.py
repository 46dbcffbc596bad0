"""Industries and their categories, loaded from data files.

Each ``data/*.toml`` file is either an industry (``kind = "industry"``) or a
group of categories that industries ``include`` (``kind = "group"``, e.g. the
identity documents shared by every industry). One industry says ``default = true``:
the one a request that names none is classified against. A directory of extra
files (``TAXONOMY_DIR``, ``--taxonomy``) is read with the packaged one; a new
industry also needs a model that knows its categories (``doc-classifier learn``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from doc_classifier.errors import UnknownIndustry

UNKNOWN = "unknown"
AUTO = "auto"
DATA_DIR = Path(__file__).with_name("data")
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


class TaxonomyError(ValueError):
    """A taxonomy file is missing, malformed or inconsistent."""


class ModelMismatch(TaxonomyError):
    """The model in use and the taxonomy disagree on the categories."""


@dataclass(frozen=True)
class Category:
    id: str
    name: str
    description: str
    signals: tuple[str, ...]


@dataclass(frozen=True)
class Industry:
    id: str
    name: str
    description: str
    categories: tuple[Category, ...]

    @property
    def category_ids(self) -> tuple[str, ...]:
        return tuple(category.id for category in self.categories)


@dataclass(frozen=True)
class Taxonomy:
    industries: dict[str, Industry]
    default_industry: str  # the industry whose file says ``default = true``

    @property
    def categories(self) -> dict[str, Category]:
        """Every category of every industry, by id."""
        return {c.id: c for industry in self.industries.values() for c in industry.categories}

    def industry(self, industry_id: str) -> Industry:
        """The industry to classify against; ``auto`` is the union of all of them."""
        if industry_id == AUTO:
            return Industry(AUTO, "All industries", "Union of every industry", tuple(self.categories.values()))
        try:
            return self.industries[industry_id]
        except KeyError:
            raise KeyError(industry_id) from None

    def resolve_industry(self, industry: str | None, default: str) -> str:
        """The industry id a request asks for (``default`` when none), or UnknownIndustry naming the valid ones."""
        chosen = (industry or default).strip().lower()
        if chosen != AUTO and chosen not in self.industries:
            valid = ", ".join([*self.industry_ids, AUTO])
            raise UnknownIndustry(f"unknown industry {industry!r}; valid industries: {valid}")
        return chosen

    def industry_of(self, category_id: str, preferred: tuple[str, ...] = ()) -> str:
        """The industry a category belongs to: the first of ``preferred`` that has it, else the first."""
        owners = [i.id for i in self.industries.values() if category_id in i.category_ids]
        for industry_id in preferred:
            if industry_id in owners:
                return industry_id
        return owners[0] if owners else UNKNOWN

    @property
    def industry_ids(self) -> tuple[str, ...]:
        return tuple(self.industries)


def _parse_categories(raw: object, source: str) -> list[Category]:
    if not isinstance(raw, list) or not raw:
        raise TaxonomyError(f"{source}: 'categories' must be a non-empty list of tables")
    categories = []
    for index, entry in enumerate(raw):
        where = f"{source}: categories[{index}]"
        if not isinstance(entry, dict):
            raise TaxonomyError(f"{where} must be a table")
        missing = {"id", "name", "description", "signals"} - entry.keys()
        if missing:
            raise TaxonomyError(f"{where} lacks {', '.join(sorted(missing))}")
        category_id = entry["id"]
        if not isinstance(category_id, str) or not _ID_PATTERN.match(category_id) or category_id == UNKNOWN:
            raise TaxonomyError(f"{where}: id {category_id!r} must be lower_snake_case and not '{UNKNOWN}'")
        signals = entry["signals"]
        if not isinstance(signals, list) or not all(isinstance(s, str) and s for s in signals):
            raise TaxonomyError(f"{where}: signals must be a list of non-empty strings")
        categories.append(Category(category_id, str(entry["name"]), str(entry["description"]), tuple(signals)))
    return categories


def _source(path: Path) -> str:
    """How an error names a file: packaged files by name, the others by their path."""
    return path.name if path.parent == DATA_DIR else str(path)


def _read_files(data_dirs: tuple[Path, ...]) -> list[tuple[str, dict[str, object]]]:
    docs = []
    for data_dir in data_dirs:
        files = sorted(data_dir.glob("*.toml"))
        if not files:
            raise TaxonomyError(f"no taxonomy files in {data_dir}")
        for path in files:
            try:
                docs.append((_source(path), tomllib.loads(path.read_text(encoding="utf-8"))))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise TaxonomyError(f"{_source(path)}: not valid TOML: {exc}") from exc
    return docs


@cache
def load_taxonomy(data_dir: Path = DATA_DIR, extra_dir: Path | None = None) -> Taxonomy:
    """Read and validate every taxonomy file of ``data_dir`` and ``extra_dir``; any problem is a
    TaxonomyError naming the file (both files when two define the same id)."""
    docs = _read_files((data_dir,) if extra_dir is None else (data_dir, extra_dir))
    groups: dict[str, tuple[list[Category], str]] = {}
    industry_docs: list[tuple[str, dict[str, object]]] = []
    for source, doc in docs:
        kind = doc.get("kind")
        if kind == "group":
            name = Path(source).stem
            if name in groups:
                raise TaxonomyError(f"{source}: group {name!r} is already defined in {groups[name][1]}")
            groups[name] = (_parse_categories(doc.get("categories"), source), source)
        elif kind == "industry":
            industry_docs.append((source, doc))
        else:
            raise TaxonomyError(f"{source}: kind must be 'industry' or 'group', not {kind!r}")

    industries: dict[str, Industry] = {}
    sources: dict[str, str] = {}
    defaults: list[tuple[str, str]] = []
    # Where each category id was first defined, so a conflicting redefinition names both files.
    definitions: dict[str, tuple[Category, str]] = {
        c.id: (c, source) for members, source in groups.values() for c in members
    }
    for source, doc in industry_docs:
        industry_id = doc.get("id")
        if not isinstance(industry_id, str) or not _ID_PATTERN.match(industry_id) or industry_id == AUTO:
            raise TaxonomyError(f"{source}: id {industry_id!r} must be lower_snake_case and not '{AUTO}'")
        if industry_id in industries:
            raise TaxonomyError(f"{source}: industry {industry_id!r} is already defined in {sources[industry_id]}")
        default = doc.get("default", False)
        if not isinstance(default, bool):
            raise TaxonomyError(f"{source}: default must be true or false")
        if default:
            defaults.append((industry_id, source))
        own = _parse_categories(doc.get("categories"), source)
        included: list[Category] = []
        include = doc.get("include", [])
        if not isinstance(include, list):
            raise TaxonomyError(f"{source}: include must be a list of group names")
        for group in include:
            if group not in groups:
                raise TaxonomyError(f"{source}: includes unknown group {group!r}")
            included.extend(groups[group][0])
        categories = own + included
        ids = [c.id for c in categories]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise TaxonomyError(f"{source}: category ids repeated: {', '.join(duplicates)}")
        for category in own:
            known, known_source = definitions.setdefault(category.id, (category, source))
            if known != category:
                raise TaxonomyError(f"{source}: category {category.id!r} is defined differently in {known_source}")
        sources[industry_id] = source
        industries[industry_id] = Industry(
            industry_id, str(doc.get("name", industry_id)), str(doc.get("description", "")), tuple(categories)
        )
    if not industries:
        raise TaxonomyError(f"no industry files in {', '.join(str(d) for d in (data_dir, extra_dir) if d)}")
    if len(defaults) != 1:
        found = ", ".join(f"{industry} ({source})" for industry, source in defaults) or "none"
        raise TaxonomyError(f"exactly one industry must say 'default = true'; found: {found}")
    return Taxonomy(industries, defaults[0][0])
