"""Text formats: plain text and Markdown, CSV, HTML (visible text only) and generic XML."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from xml.sax.handler import ContentHandler

from doc_classifier.extraction.context import Content, Job
from doc_classifier.extraction.safety import StopParsing, parse_xml_events
from doc_classifier.extraction.sniff import BOMS, utf16_without_bom

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template"})
_BLOCK_ELEMENTS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "caption",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "title",
        "tr",
        "ul",
    }
)
_CELL_ELEMENTS = frozenset({"td", "th"})
_WHITESPACE = re.compile(r"\s+")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: BOM, then a declared charset, then UTF-8, then Windows-1252 (Latin-1 for its gaps)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    if declared:
        try:
            return data.decode(declared, "replace")
        except LookupError:
            pass  # an unknown charset name: fall through to detection
    utf16 = utf16_without_bom(data[:1024])
    if utf16 is not None:
        return data.decode(utf16, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # five bytes cp1252 leaves undefined; Latin-1 maps every byte


def extract_text(data: bytes) -> Content:
    return Content(decode_text(data))


def extract_html(data: bytes) -> Content:
    return Content(html_to_text(decode_text(data, _declared_charset(data))))


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_to_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return parser.text()


class _VisibleText(HTMLParser):
    """Collects the text a browser would show: no scripts or styles, nothing from <head> but the title."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._pieces: list[str] = []
        self._hidden = 0
        self._in_head = False
        self._in_title = False
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN_ELEMENTS:
            self._hidden += 1
        elif tag == "head":
            self._in_head = True
        elif tag == "body":
            self._in_head = False
        elif tag == "title":
            self._in_title = True
        elif tag == "pre":
            self._pre += 1
        if tag in _BLOCK_ELEMENTS:
            self._pieces.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._separate(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_ELEMENTS:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        elif tag == "pre":
            self._pre = max(0, self._pre - 1)
        self._separate(tag)

    def handle_data(self, data: str) -> None:
        if self._hidden or (self._in_head and not self._in_title):
            return
        self._pieces.append(data if self._pre else _WHITESPACE.sub(" ", data))

    def _separate(self, tag: str) -> None:
        """A line break after a block, a tab after a table cell."""
        if tag in _BLOCK_ELEMENTS:
            self._pieces.append("\n")
        elif tag in _CELL_ELEMENTS:
            self._pieces.append("\t")

    def text(self) -> str:
        return "".join(self._pieces)


def extract_xml(data: bytes, job: Job) -> Content:
    collector = _XmlText(job.limits.max_text_chars)
    parse_xml_events(data, collector, "application/xml")
    return Content(collector.text())


class _XmlText(ContentHandler):
    """Character data in document order, one line per element; stops once past the text limit."""

    def __init__(self, max_chars: int) -> None:
        super().__init__()
        self._pieces: list[str] = []
        self._size = 0
        self._max_chars = max_chars

    def characters(self, content: str) -> None:
        self._pieces.append(content)
        self._size += len(content)
        if self._size > self._max_chars:
            raise StopParsing

    def endElement(self, name: str) -> None:
        self._pieces.append("\n")

    def text(self) -> str:
        return "".join(self._pieces)
