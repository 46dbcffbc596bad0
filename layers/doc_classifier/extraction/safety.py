"""Guards against hostile input: zip bombs, pixel bombs, entity expansion and runaway processing time.

Each guard checks what a format declares (central directory, image header,
DTD) before anything is decompressed or decoded, so the cost of refusing a
bomb is the cost of reading its header.
"""

from __future__ import annotations

import struct
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

from doc_classifier.errors import LimitExceeded, ProcessingTimeout, UnreadableDocument
from doc_classifier.extraction.quoting import shorten

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Iterator
    from xml.etree.ElementTree import Element
    from xml.sax.handler import ContentHandler

    from doc_classifier.config import ExtractionLimits

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_MAX_ZIP_COMMENT = 0xFFFF
# Generous room per central-directory record (46 fixed bytes plus name and extra
# fields): a directory bigger than this for the allowed entry count is lying about it.
_CENTRAL_DIRECTORY_BYTES_PER_ENTRY = 1024
# Below this much output, no expansion ratio is dangerous (tiny parts compress very well).
_RATIO_MIN_UNCOMPRESSED = 1024 * 1024


class Deadline:
    """A wall-clock budget for one document, checked between steps (pages, parts, OCR passes)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def check(self, step: str) -> None:
        if time.monotonic() > self._end:
            raise ProcessingTimeout(f"document took longer than {self.seconds:g} s (stopped while {step})")


def check_pixels(width: int, height: int, limits: ExtractionLimits, what: str) -> None:
    """Refuse an image whose declared size exceeds ``max_pixels``, before it is decoded."""
    if width <= 0 or height <= 0:
        raise UnreadableDocument(f"{what} declares an invalid size {width}x{height}")
    if width * height > limits.max_pixels:
        raise LimitExceeded(
            f"{what} is {width}x{height} pixels ({width * height / 1e6:.1f} MP), "
            f"over the limit of {limits.max_pixels / 1e6:.1f} MP"
        )


def open_zip(data: bytes, limits: ExtractionLimits) -> zipfile.ZipFile:
    """A ZipFile over ``data`` whose central directory is within every zip limit."""
    import io  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    declared_entries, directory_size = _central_directory_extent(data)
    if declared_entries > limits.max_zip_entries:
        raise LimitExceeded(f"zip archive has {declared_entries} entries (limit {limits.max_zip_entries})")
    if directory_size > limits.max_zip_entries * _CENTRAL_DIRECTORY_BYTES_PER_ENTRY:
        raise LimitExceeded(f"zip central directory is {directory_size} bytes, too large for its entry limit")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        # NotImplementedError: a compression method or zip feature Python cannot read.
        raise UnreadableDocument(f"damaged zip archive (application/zip): {exc}") from exc
    if len(entries) > limits.max_zip_entries:
        raise LimitExceeded(f"zip archive has {len(entries)} entries (limit {limits.max_zip_entries})")
    uncompressed = sum(entry.file_size for entry in entries)
    compressed = sum(entry.compress_size for entry in entries)
    if uncompressed > limits.max_unzipped_bytes:
        raise LimitExceeded(f"zip archive expands to {uncompressed} bytes (limit {limits.max_unzipped_bytes})")
    ratio = uncompressed / max(compressed, 1)
    if uncompressed > _RATIO_MIN_UNCOMPRESSED and ratio > limits.max_zip_ratio:
        raise LimitExceeded(f"zip archive expands {ratio:.0f}x (limit {limits.max_zip_ratio:g}x): likely a zip bomb")
    return archive


def _central_directory_extent(data: bytes) -> tuple[int, int]:
    """(entry count, directory size in bytes) from the end-of-central-directory record."""
    position = data.rfind(_EOCD, max(0, len(data) - _EOCD_SIZE - _MAX_ZIP_COMMENT))
    if position < 0 or position + _EOCD_SIZE > len(data):
        raise UnreadableDocument("damaged zip archive (application/zip): no end of central directory")
    entries, directory_size = struct.unpack_from("<HI", data, position + 10)
    if entries != 0xFFFF and directory_size != 0xFFFFFFFF:
        return entries, directory_size
    locator = position - 20
    if locator < 0 or data[locator : locator + 4] != _ZIP64_LOCATOR:
        return entries, directory_size
    (record,) = struct.unpack_from("<Q", data, locator + 8)
    if record + 56 > len(data) or data[record : record + 4] != _ZIP64_EOCD:
        raise UnreadableDocument("damaged zip archive (application/zip): bad zip64 directory record")
    entries64, directory_size64 = struct.unpack_from("<QQ", data, record + 32)
    return entries64, directory_size64


def read_zip_member(archive: zipfile.ZipFile, name: str, what: str, max_detail_chars: int) -> bytes:
    """One member's bytes; its size was bounded by ``open_zip`` from the central directory. ``what`` names the
    member in error messages, ``max_detail_chars`` bounds the zip module's own detail (which quotes names)."""
    import zipfile  # noqa: PLC0415
    import zlib  # noqa: PLC0415

    try:
        return archive.read(name)
    except KeyError as exc:
        raise UnreadableDocument(f"{what} is missing") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError) as exc:
        # RuntimeError: zipfile's "password required" for encrypted members.
        raise UnreadableDocument(f"{what} cannot be read: {shorten(str(exc), max_detail_chars)}") from exc


@contextmanager
def _xml_errors(what: str, malformed: type[Exception]) -> Iterator[None]:
    """Refused entities or external references raise LimitExceeded; ``malformed`` raises UnreadableDocument."""
    import defusedxml  # noqa: PLC0415

    try:
        yield
    except defusedxml.DefusedXmlException as exc:
        # The type only: the exception quotes the entity's name and system id, which are the sender's.
        kind = type(exc).__name__
        raise LimitExceeded(f"{what}: refused XML entity declaration or external reference ({kind})") from exc
    except malformed as exc:
        raise UnreadableDocument(f"{what}: malformed XML ({exc})") from exc


def parse_xml(raw: bytes, what: str) -> Element:
    """Parse a small XML document with entity declarations and external references refused."""
    from defusedxml import ElementTree  # noqa: PLC0415

    with _xml_errors(what, ElementTree.ParseError):
        root: Element = ElementTree.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    return root


def iterparse_xml(raw: bytes, what: str) -> Iterator[tuple[str, Element]]:
    """Stream ("start"|"end", element) events from a possibly large XML part, with the same refusals.

    Callers clear elements they are done with, so memory stays flat on large sheets and bodies.
    """
    import io  # noqa: PLC0415

    from defusedxml import ElementTree  # noqa: PLC0415

    with _xml_errors(what, ElementTree.ParseError):
        yield from ElementTree.iterparse(
            io.BytesIO(raw),
            events=("start", "end"),
            forbid_dtd=False,
            forbid_entities=True,
            forbid_external=True,
        )


class StopParsing(Exception):
    """Raised by a SAX handler that has read enough; ``parse_xml_events`` treats it as a normal end."""


def parse_xml_events(raw: bytes, handler: ContentHandler, what: str) -> None:
    """SAX-parse ``raw`` into ``handler`` (document order, constant memory), with the same refusals."""
    from xml.sax import SAXException  # noqa: PLC0415

    from defusedxml import sax  # noqa: PLC0415

    try:
        with _xml_errors(what, SAXException):
            sax.parseString(raw, handler, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except StopParsing:
        return
