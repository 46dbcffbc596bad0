"""Configuration: frozen dataclasses with typed, defaulted fields, read from the environment by one reader.

Every settings class of the code base (the core's limits and thresholds, the service, the LLM tier's
variables, the AWS clients, the Lambda functions, the CLI and the local runtime) derives from
``EnvSettings``: a field ``max_bytes`` of ``class ExtractionLimits(EnvSettings, prefix="DOC_")`` is the
variable ``DOC_MAX_BYTES``. ``setting(...)`` adds bounds, another variable name or hides a secret from
``repr``. A value that does not parse or is out of bounds is a ``ValueError`` naming the variable.

Plain dataclasses rather than pydantic(-settings): the classification path and every handler import this
module, and a cold start should not pay for pydantic. Measured as import CPU time in fresh interpreters, the
service's settings cost 28 ms this way (the doc_classifier package included) against 123 ms as a pydantic model
and 152 ms as a pydantic-settings class; the worker and maintenance handlers now import no pydantic at all.
Values are read when ``from_env`` is called, never at import time.
"""

from __future__ import annotations

import enum
import json
import math
import operator
import types
from collections.abc import Callable, Mapping
from dataclasses import Field, dataclass, field, fields
from os import environ as _process_environ
from pathlib import Path
from typing import Any, ClassVar, Literal, Self, Union, get_args, get_origin, get_type_hints

# Field metadata keys.
_ENV = "env"  # a variable name other than prefix + FIELD
_BOUNDS = "bounds"  # ((operator, limit), ...)

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
_CHECKS: dict[str, tuple[Callable[[Any, Any], bool], str]] = {
    "gt": (operator.gt, ">"),
    "ge": (operator.ge, ">="),
    "lt": (operator.lt, "<"),
    "le": (operator.le, "<="),
}


def setting(
    default: Any = None,
    *,
    default_factory: Callable[[], Any] | None = None,
    env: str | None = None,
    secret: bool = False,
    gt: float | None = None,
    ge: float | None = None,
    lt: float | None = None,
    le: float | None = None,
) -> Any:
    """A field with bounds (``gt=0``...; for a mapping, on each value), a variable name of its own
    (``env="OPENAI_API_KEY"``), or a secret value kept out of ``repr``. Typed ``Any`` so that
    ``x: int = setting(3, gt=0)`` type-checks, as ``field()``; ``default_factory`` for a mapping's default."""
    bounds = tuple((op, limit) for op, limit in (("gt", gt), ("ge", ge), ("lt", lt), ("le", le)) if limit is not None)
    metadata: dict[str, Any] = {_BOUNDS: bounds}
    if env is not None:
        metadata[_ENV] = env
    if default_factory is not None:
        return field(default_factory=default_factory, repr=not secret, metadata=metadata)
    return field(default=default, repr=not secret, metadata=metadata)


class EnvSettings:
    """Base of every settings dataclass: ``from_env`` reads its fields; bounds are checked however it is built."""

    env_prefix: ClassVar[str] = ""

    def __init_subclass__(cls, *, prefix: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.env_prefix = prefix

    def __post_init__(self) -> None:
        for f in fields(self):  # type: ignore[arg-type]  # subclasses are dataclasses
            _check_bounds(env_name(type(self), f), getattr(self, f.name), f.metadata.get(_BOUNDS, ()))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Self:
        """The defaults, with each variable that is set (in ``environ``, else the process's environment) applied."""
        return cls(**read_env(cls, environ))


def env_name(cls: type[EnvSettings], f: Field[Any]) -> str:
    """The variable a field is read from."""
    return str(f.metadata.get(_ENV, f"{cls.env_prefix}{f.name.upper()}"))


def env_names(cls: type[EnvSettings]) -> dict[str, str]:
    """Field name -> variable name, for documentation and for the deployment's consistency tests."""
    return {f.name: env_name(cls, f) for f in fields(cls)}  # type: ignore[arg-type]


def environment(environ: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """``environ``, or the process's environment as it is now."""
    return _process_environ if environ is None else environ


def read_env(cls: type[EnvSettings], environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The typed values of the class's variables that are set, by field name."""
    env = environment(environ)
    hints = get_type_hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        name = env_name(cls, f)
        raw = env.get(name)
        if raw is not None:
            values[f.name] = parse_value(name, raw, hints[f.name])
    return values


def parse_value(name: str, raw: str, kind: Any) -> Any:
    """``raw`` as a ``kind`` (str, int, float, bool, Path, an Enum, a Literal, ``tuple[str, ...]`` from a
    comma-separated list, ``dict[str, X]`` from a JSON object, or ``X | None``); a ``ValueError`` naming
    ``name`` when it is not one."""
    kind = _without_none(kind)
    try:
        return _parse(raw, kind)
    except ValueError as exc:  # int() and float() say nothing the message below does not
        detail = f" ({exc})" if isinstance(exc, _Invalid) else ""
        raise ValueError(f"{name}={raw!r} is not a valid {_label(kind)}{detail}") from None


class _Invalid(ValueError):
    """Why a value is not one of its type, when there is more to say than the type's name."""


def _parse(raw: str, kind: Any) -> Any:
    if kind is str:
        return raw
    if kind is bool:
        lowered = raw.strip().lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE
        raise ValueError
    if kind is int:
        return int(raw.strip())
    if kind is float:
        number = float(raw.strip())
        if not math.isfinite(number):
            raise _Invalid("not a finite number")
        return number
    if kind is Path:
        return Path(raw)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        try:
            return kind(raw.strip())
        except ValueError:
            raise _Invalid(f"one of {', '.join(str(m.value) for m in kind)}") from None
    if get_origin(kind) is Literal:
        choices = get_args(kind)
        if raw.strip() not in choices:
            raise _Invalid(f"one of {', '.join(map(str, choices))}")
        return raw.strip()
    if get_origin(kind) is tuple and get_args(kind)[1:] == (...,):
        item = get_args(kind)[0]
        return tuple(_parse(part.strip(), item) for part in raw.split(",") if part.strip())
    if get_origin(kind) is dict and get_args(kind)[0] is str:
        return _parse_object(raw, get_args(kind)[1])
    raise TypeError(f"settings of type {kind!r} cannot be read from the environment")


def _parse_object(raw: str, item: Any) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except json.JSONDecodeError:
        raise _Invalid("not JSON") from None
    if not isinstance(document, dict):
        raise _Invalid("not a JSON object")
    # JSON numbers arrive as numbers; parsed as text so that the item type's own checks apply.
    return {key: _parse(str(value), item) for key, value in document.items()}


def _without_none(kind: Any) -> Any:
    if get_origin(kind) in (Union, types.UnionType):
        args = [a for a in get_args(kind) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return kind


def _label(kind: Any) -> str:
    if kind is bool:
        return "bool (true/false, 1/0, yes/no, on/off)"
    return getattr(kind, "__name__", None) or str(kind)


def _check_bounds(name: str, value: Any, bounds: tuple[tuple[str, float], ...]) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _check_bounds(f"{name}[{key!r}]", item, bounds)
        return
    for op, limit in bounds:
        holds, symbol = _CHECKS[op]
        if not holds(value, limit):
            raise ValueError(f"{name}={value!r} must be {symbol} {limit:g}")


@dataclass(frozen=True)
class ExtractionLimits(EnvSettings, prefix="DOC_"):
    """Safety limits for reading one document. Env: ``DOC_<FIELD>``, e.g. ``DOC_MAX_BYTES``."""

    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 5  # first pages are enough to classify
    max_pixels: int = 60_000_000  # per image, before decoding (decompression bombs)
    max_zip_entries: int = 5_000
    max_zip_ratio: float = 100.0  # uncompressed / compressed, per archive
    max_unzipped_bytes: int = 200 * 1024 * 1024
    max_text_chars: int = 200_000
    timeout_seconds: float = 60.0
    ocr_dpi: int = 200
    # Pixels per page given to Tesseract, which cannot be interrupted: this bounds OCR time.
    ocr_max_pixels: int = 6_000_000
    ocr_enabled: bool = True
    min_text_chars_per_page: int = 40  # fewer extracted characters than this sends a PDF page to OCR
    max_attachments: int = 10  # e-mail attachments whose text is extracted (all are listed by name)
    # Names the sender chose (attachments, package parts), as quoted in warnings and error messages: longer
    # ones keep their start and end (the extension) around an ellipsis, so a name cannot inflate a result.
    max_name_chars: int = setting(120, ge=16)
    # Warnings a result lists; past them one entry says how many more there were.
    max_warnings: int = setting(20, gt=0)


@dataclass(frozen=True)
class PacketLimits(EnvSettings, prefix="DOC_"):
    """Limits for reading a packet page by page (split ``auto``/``per_page``). Env: ``DOC_<FIELD>``.

    Each page is still read under ``ExtractionLimits`` (bytes, pixels, OCR size); these bound the whole.
    """

    max_packet_pages: int = setting(100, gt=0)  # pages past it are not read and are reported as not read
    # Wall-clock budget for reading a packet; pages left when it runs out are reported as not read.
    packet_timeout_seconds: float = setting(600.0, ge=0)


@dataclass(frozen=True)
class ClassifierSettings(EnvSettings, prefix="CLASSIFIER_"):
    """The model, taxonomy and decision thresholds. Env: ``CLASSIFIER_<FIELD>``, and ``TAXONOMY_DIR``."""

    # Below this confidence the answer is ``unknown``; None uses the threshold the model was trained with.
    unknown_threshold: float | None = None
    # Empty: the industry whose taxonomy file says ``default = true``.
    default_industry: str = ""
    # A model directory written by ``doc-classifier learn`` (model.npz + model.json); empty: the packaged model.
    model_dir: str = ""
    # Extra taxonomy files read with the packaged ones; empty: the packaged taxonomy alone.
    taxonomy_dir: str = setting("", env="TAXONOMY_DIR")
