"""DOCX / XLSX / PPTX text read straight from the package XML.

python-docx and openpyxl cost 0.2 s and 0.45 s to import and build whole
object models; the handful of elements that carry text are cheaper to stream
with defusedxml, which also refuses entity-expansion tricks. Parts are found
through [Content_Types].xml and the relationship files, as Office does, not by
assuming file names.
"""

from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING

from doc_classifier.errors import LimitExceeded, UnreadableDocument
from doc_classifier.extraction import sniff
from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.safety import iterparse_xml, parse_xml, read_zip_member

if TYPE_CHECKING:
    import zipfile
    from collections.abc import Iterator
    from xml.etree.ElementTree import Element

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

_WORD_PART = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_HEADER = _WORD_PART + "header+xml"
_FOOTER = _WORD_PART + "footer+xml"
_NOTES = (_WORD_PART + "footnotes+xml", _WORD_PART + "endnotes+xml")
_SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml"
_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
# Shared strings are indexed from the sheets, so they are kept whole up to this many
# times the text limit; past it, later strings read as empty.
_SHARED_STRINGS_BUDGET = 10


def extract_office(archive: zipfile.ZipFile, ooxml: sniff.OoxmlPackage, job: Job) -> Content:
    package = _Package(archive, ooxml.media_type, ooxml.content_types, job)
    if ooxml.media_type in sniff.WORD_TYPES:
        content = _word(package, ooxml.main_part, job)
    elif ooxml.media_type in sniff.EXCEL_TYPES:
        content = _excel(package, ooxml.main_part, job)
    else:
        content = _powerpoint(package, ooxml.main_part, job)
    if not content.text.strip():
        content.text = _ocr_embedded_images(package, job)
    return content


class _Package:
    def __init__(self, archive: zipfile.ZipFile, media_type: str, content_types: dict[str, str], job: Job) -> None:
        self.archive = archive
        self.media_type = media_type
        self.content_types = content_types
        self._job = job

    def describe(self, part: str) -> str:
        """The part as error messages name it; part names are the package's to choose, so quoted."""
        return f"{self.media_type} part {self._job.quote(part)}"

    def read(self, part: str) -> bytes:
        return read_zip_member(self.archive, part, self.describe(part), self._job.limits.max_name_chars)

    def parts_of_type(self, *content_types: str) -> list[str]:
        return sorted(part for part, kind in self.content_types.items() if kind in content_types)

    def events(self, part: str, job: Job) -> Iterator[tuple[str, Element]]:
        what = self.describe(part)
        job.deadline.check(f"reading {what}")
        return iterparse_xml(self.read(part), what)

    def relationships(self, part: str) -> dict[str, str]:
        """Relationship id -> target part name, for the internal relationships of ``part``."""
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        if rels_part not in self.archive.namelist():
            return {}
        root = parse_xml(self.read(rels_part), self.describe(rels_part))
        targets = {}
        for relationship in root:
            target = relationship.get("Target", "")
            if relationship.get("TargetMode") == "External" or not target:
                continue
            resolved = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            targets[relationship.get("Id", "")] = posixpath.normpath(resolved)
        return targets


def _word(package: _Package, main_part: str, job: Job) -> Content:
    sections = [_word_part_text(package, part, job) for part in package.parts_of_type(_HEADER)]
    sections.append(_word_part_text(package, main_part, job))
    sections += [_word_part_text(package, part, job) for part in package.parts_of_type(*_NOTES)]
    sections += [_word_part_text(package, part, job) for part in package.parts_of_type(_FOOTER)]
    return Content("\n".join(section for section in sections if section.strip()))


def _word_part_text(package: _Package, part: str, job: Job) -> str:
    pieces: list[str] = []
    size = 0
    in_fallback = 0  # mc:Fallback repeats the content of mc:Choice (text boxes): read it once
    in_cell = 0
    for event, element in package.events(part, job):
        tag = element.tag
        if tag == _MC_FALLBACK:
            in_fallback += 1 if event == "start" else -1
            continue
        if tag == _W + "tc":
            in_cell += 1 if event == "start" else -1
        if event == "start" or in_fallback:
            continue
        piece = _WORD_PIECES.get(tag)
        if tag == _W + "t":
            piece = element.text or ""
        elif tag == _W + "p":
            piece = " " if in_cell else "\n"
        if piece:
            pieces.append(piece)
            size += len(piece)
            if size > job.limits.max_text_chars:
                break
        element.clear()
    return "".join(pieces)


_WORD_PIECES = {
    _W + "tab": "\t",
    _W + "br": "\n",
    _W + "cr": "\n",
    _W + "noBreakHyphen": "-",
    _W + "tc": "\t",
    _W + "tr": "\n",
}


def _excel(package: _Package, workbook_part: str, job: Job) -> Content:
    targets = package.relationships(workbook_part)
    workbook = parse_xml(package.read(workbook_part), package.describe(workbook_part))
    sheets = [
        (sheet.get("name", ""), targets.get(sheet.get(_R + "id", ""), "")) for sheet in workbook.iter(_S + "sheet")
    ]
    worksheets = [(name, part) for name, part in sheets if package.content_types.get(part) == _WORKSHEET]
    to_read = worksheets[: job.limits.max_pages]
    shared = _shared_strings(package, job)
    texts = []
    size = 0
    for name, part in to_read:
        text = f"{name}\n{_sheet_text(package, part, shared, job)}"
        texts.append(text)
        size += len(text)
        if size > job.limits.max_text_chars:
            break
    if len(texts) < len(sheets):
        job.warn(f"read {len(texts)} of {len(sheets)} sheets")
    return Content("\n\n".join(texts), pages_total=len(sheets), pages_read=len(texts))


def _shared_strings(package: _Package, job: Job) -> list[str]:
    strings: list[str] = []
    budget = _SHARED_STRINGS_BUDGET * job.limits.max_text_chars
    for part in package.parts_of_type(_SHARED_STRINGS):
        pieces: list[str] = []
        in_phonetic = False  # rPh: pronunciation guides repeating the text
        for event, element in package.events(part, job):
            tag = element.tag
            if tag == _S + "rPh":
                in_phonetic = event == "start"
            elif event == "end" and tag == _S + "t" and not in_phonetic:
                pieces.append(element.text or "")
            elif event == "end" and tag == _S + "si":
                text = "".join(pieces) if budget > 0 else ""
                budget -= len(text)
                strings.append(text)
                pieces = []
                element.clear()
    return strings


def _sheet_text(package: _Package, part: str, shared: list[str], job: Job) -> str:
    rows: list[str] = []
    cells: list[str] = []
    size = 0
    for event, element in package.events(part, job):
        if event != "end":
            continue
        tag = element.tag
        if tag == _S + "c":
            value = _cell_value(element, shared)
            if value:
                cells.append(value)
            element.clear()
        elif tag == _S + "row":
            if cells:
                row = "\t".join(cells)
                rows.append(row)
                size += len(row)
                cells = []
            element.clear()
            if size > job.limits.max_text_chars:
                break
    if cells:
        rows.append("\t".join(cells))
    return "\n".join(rows)


def _cell_value(cell: Element, shared: list[str]) -> str:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        return "".join(text.text or "" for text in cell.iter(_S + "t"))
    value = cell.findtext(_S + "v") or ""
    if kind == "s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            return ""
    if kind == "b":
        return "TRUE" if value == "1" else "FALSE"
    return value


def _powerpoint(package: _Package, presentation_part: str, job: Job) -> Content:
    targets = package.relationships(presentation_part)
    presentation = parse_xml(package.read(presentation_part), package.describe(presentation_part))
    slides = [
        targets[slide.get(_R + "id", "")]
        for slide in presentation.iter(_P + "sldId")
        if slide.get(_R + "id", "") in targets
    ]
    to_read = slides[: job.limits.max_pages]
    texts = [_slide_text(package, part, job) for part in to_read]
    if len(to_read) < len(slides):
        job.warn(f"read {len(to_read)} of {len(slides)} slides")
    return Content("\n\n".join(texts), pages_total=len(slides), pages_read=len(to_read))


def _slide_text(package: _Package, part: str, job: Job) -> str:
    pieces: list[str] = []
    in_fallback = 0
    for event, element in package.events(part, job):
        tag = element.tag
        if tag == _MC_FALLBACK:
            in_fallback += 1 if event == "start" else -1
        elif event == "end" and not in_fallback:
            if tag == _A + "t":
                pieces.append(element.text or "")
            elif tag in (_A + "p", _A + "br"):
                pieces.append("\n")
            elif tag == _A + "tab":
                pieces.append("\t")
            element.clear()
    return "".join(pieces)


def _ocr_embedded_images(package: _Package, job: Job) -> str:
    """A document with no text but pictures is a scan pasted into Office: OCR the pictures."""
    from doc_classifier.extraction.images import ocr_frame, open_image  # noqa: PLC0415

    media = sorted(name for name in package.archive.namelist() if "/media/" in name)
    if media and not job.limits.ocr_enabled:
        job.warn("OCR is disabled: images embedded in the document were not read")
        return ""
    texts = []
    for name in media:
        if job.ocr_pages >= job.limits.max_pages:
            job.warn(f"read the first {job.limits.max_pages} embedded images")
            break
        data = package.read(name)
        media_type = sniff.detect_media_type(data)
        if media_type not in sniff.IMAGE_TYPES:
            continue  # EMF/WMF drawings, SVG icons: no text to OCR
        try:
            texts.append(ocr_frame(open_image(data, media_type, job), 0, media_type, job))
        except (LimitExceeded, UnreadableDocument) as exc:
            job.warn(f"embedded image {job.quote(posixpath.basename(name))} skipped: {exc.code}")
    return "\n\n".join(texts)
