"""Media-type detection from the bytes alone (magic numbers and container contents).

File names and declared content types are never consulted: clients mislabel
files, and a label is also the cheapest way to smuggle one format in as another.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    import zipfile

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
TIFF = "image/tiff"
GIF = "image/gif"
BMP = "image/bmp"
CSV = "text/csv"
PLAIN = "text/plain"
HTML = "text/html"
XML = "application/xml"
EMAIL = "message/rfc822"
ZIP = "application/zip"
OLE = "application/x-ole-storage"
OCTET_STREAM = "application/octet-stream"

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOCM = "application/vnd.ms-word.document.macroEnabled.12"
DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSM = "application/vnd.ms-excel.sheet.macroEnabled.12"
XLTX = "application/vnd.openxmlformats-officedocument.spreadsheetml.template"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
PPTM = "application/vnd.ms-powerpoint.presentation.macroEnabled.12"
PPSX = "application/vnd.openxmlformats-officedocument.presentationml.slideshow"
POTX = "application/vnd.openxmlformats-officedocument.presentationml.template"

IMAGE_TYPES = frozenset({PNG, JPEG, WEBP, TIFF, GIF, BMP})
WORD_TYPES = frozenset({DOCX, DOCM, DOTX})
EXCEL_TYPES = frozenset({XLSX, XLSM, XLTX})
POWERPOINT_TYPES = frozenset({PPTX, PPTM, PPSX, POTX})
TEXT_TYPES = frozenset({PLAIN, CSV})

# Content type of an OOXML package's main part -> the package's registered MIME type.
_OOXML_MAIN_PARTS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": DOCX,
    "application/vnd.ms-word.document.macroenabled.main+xml": DOCM,
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": DOTX,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": XLSX,
    "application/vnd.ms-excel.sheet.macroenabled.main+xml": XLSM,
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": XLTX,
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": PPTX,
    "application/vnd.ms-powerpoint.presentation.macroenabled.main+xml": PPTM,
    "application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml": PPSX,
    "application/vnd.openxmlformats-officedocument.presentationml.template.main+xml": POTX,
}

_CONTENT_TYPES_PART = "[Content_Types].xml"
_MAX_CONTENT_TYPES_BYTES = 1024 * 1024
# What an OpenDocument/EPUB ``mimetype`` member must hold to be reported as the file's type: a media type as
# RFC 6838 shapes it (each name at most 127 characters). Anything else is the sender's text, not a type to quote.
_DECLARED_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}", re.IGNORECASE)

# Formats recognised only to name them in an UnsupportedMediaType error.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
    (b"{\\rtf", "application/rtf"),
    (b"%!PS", "application/postscript"),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "image/jp2"),
    (b"\xff\x4f\xff\x51", "image/jp2"),
    (b"8BPS", "image/vnd.adobe.photoshop"),
    (b"\x00\x00\x01\x00", "image/vnd.microsoft.icon"),
    (b"OggS", "audio/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"fLaC", "audio/flac"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"\x7fELF", "application/x-executable"),
    (b"MZ", "application/x-msdownload"),
    (b"SQLite format 3\x00", "application/vnd.sqlite3"),
)
_ISO_BMFF_BRANDS = {
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"avif": "image/avif",
    b"qt  ": "video/quicktime",
}
_BMP_DIB_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF_BYTES = 8192
# Readers accept a PDF header anywhere in the first kilobyte (mail gateways and
# print spoolers prepend junk), so detection does too.
_PDF_HEADER = re.compile(rb"%PDF-\d")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_EMAIL_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "subject",
        "date",
        "received",
        "return-path",
        "message-id",
        "mime-version",
        "reply-to",
        "sender",
        "delivered-to",
        "in-reply-to",
        "references",
        "content-type",
        "x-mailer",
    }
)
_HEADER_LINE = re.compile(rb"^([!-9;-~]+):")
_HTML_START = re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE | re.DOTALL)
_HTML_ANYWHERE = re.compile(rb"<(?:html|body|head|div|p|table|br|title|meta)[\s>/]", re.IGNORECASE)
_XML_START = re.compile(rb"^<\?xml[\s?]", re.IGNORECASE)
_CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))


def detect_media_type(data: bytes) -> str:
    """The MIME type of ``data`` judged from its content; ``application/octet-stream`` when unknown."""
    head = data[:_SNIFF_BYTES]
    binary = _binary_media_type(data, head)
    if binary is not None:
        return binary
    text = _decode_head(head)
    if text is None:
        return OCTET_STREAM
    return _text_media_type(text)


def _binary_media_type(data: bytes, head: bytes) -> str | None:
    if _PDF_HEADER.search(head, 0, 1024):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return TIFF
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if _is_bmp(head):
        return BMP
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_media_type(data)
    if head.startswith(_OLE_MAGIC):
        return _ole_media_type(data)
    if head[4:8] == b"ftyp":
        return _ISO_BMFF_BRANDS.get(head[8:12], "video/mp4")
    for magic, media_type in _OTHER_MAGIC:
        if head.startswith(magic):
            return media_type
    return None


def _is_bmp(head: bytes) -> bool:
    # "BM" alone also starts ordinary text, so the DIB header size must be one a real BMP uses.
    return len(head) >= 26 and head.startswith(b"BM") and int.from_bytes(head[14:18], "little") in _BMP_DIB_HEADER_SIZES


def _ole_media_type(data: bytes) -> str:
    """Name a Compound File (legacy Office, Outlook, encrypted OOXML) by the streams it holds."""
    if _ENCRYPTED_PACKAGE in data:
        return OLE
    for stream, media_type in (
        ("WordDocument", "application/msword"),
        ("Workbook", "application/vnd.ms-excel"),
        ("PowerPoint Document", "application/vnd.ms-powerpoint"),
        ("__substg1.0_", "application/vnd.ms-outlook"),
    ):
        if stream.encode("utf-16-le") in data:
            return media_type
    return OLE


def is_encrypted_ooxml(data: bytes) -> bool:
    """Password-protected DOCX/XLSX/PPTX are stored as a Compound File holding an EncryptedPackage."""
    return data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data


def _zip_media_type(data: bytes) -> str:
    # Lazy: detection of non-zip input must not pay for importing the zip machinery.
    from doc_classifier.config import ExtractionLimits  # noqa: PLC0415
    from doc_classifier.errors import DocumentError  # noqa: PLC0415
    from doc_classifier.extraction.safety import open_zip  # noqa: PLC0415

    try:
        archive = open_zip(data, ExtractionLimits())
    except DocumentError:
        return ZIP
    return inspect_zip(archive)[0]


class OoxmlPackage(NamedTuple):
    """An OOXML package as its [Content_Types].xml describes it.

    Sniffing has to parse that part to name the format; handing the result on
    spares the reader a second read and parse of the same XML.
    """

    media_type: str
    main_part: str
    content_types: dict[str, str]  # part name (without the leading slash) -> lower-cased content type


def inspect_zip(archive: zipfile.ZipFile) -> tuple[str, OoxmlPackage | None]:
    """(media type, the package if OOXML): OOXML from [Content_Types].xml, other zip-based formats by their marker."""
    names = set(archive.namelist())
    if "mimetype" in names:
        declared = _read_small(archive, "mimetype")
        if declared is not None and declared.startswith((b"application/vnd.oasis.", b"application/epub")):
            media_type = declared.decode("ascii", "replace").strip()
            return (media_type if _DECLARED_MEDIA_TYPE.fullmatch(media_type) else ZIP), None
    if _CONTENT_TYPES_PART not in names:
        return ZIP, None
    content_types = _content_type_overrides(archive)
    for part, content_type in content_types.items():
        if content_type in _OOXML_MAIN_PARTS:
            package = OoxmlPackage(_OOXML_MAIN_PARTS[content_type], part, content_types)
            return package.media_type, package
    return ZIP, None


def _content_type_overrides(archive: zipfile.ZipFile) -> dict[str, str]:
    """Part name (without the leading slash) -> lower-cased content type, from [Content_Types].xml."""
    from doc_classifier.errors import DocumentError  # noqa: PLC0415
    from doc_classifier.extraction.safety import parse_xml  # noqa: PLC0415

    raw = _read_small(archive, _CONTENT_TYPES_PART)
    if raw is None:
        return {}
    try:
        root = parse_xml(raw, _CONTENT_TYPES_PART)
    except DocumentError:
        return {}
    overrides = {}
    for element in root:
        if element.tag.rsplit("}", 1)[-1] == "Override":
            part = element.get("PartName", "").lstrip("/")
            content_type = element.get("ContentType", "").lower()
            if part and content_type:
                overrides[part] = content_type
    return overrides


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes | None:
    import zlib  # noqa: PLC0415
    from zipfile import BadZipFile  # noqa: PLC0415

    try:
        info = archive.getinfo(name)
        if info.file_size > _MAX_CONTENT_TYPES_BYTES:
            return None
        return archive.read(info)
    except (KeyError, BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
        return None


def _decode_head(head: bytes) -> str | None:
    """The beginning of ``head`` as text, or None when it looks binary."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, "ignore")
    utf16 = utf16_without_bom(head)
    if utf16 is not None:
        return head.decode(utf16, "ignore")
    if not head or len(head) - len(head.translate(None, _CONTROL_BYTES)) > len(head) // 100:
        return None
    # A cut multi-byte character at the end of the sample is not a decoding error.
    return head.decode("utf-8", "ignore") if _is_utf8(head) else head.decode("cp1252", "replace")


def utf16_without_bom(head: bytes) -> str | None:
    """utf-16-le/be when NUL bytes sit on one parity, as they do for mostly-ASCII UTF-16 text."""
    sample = head[:1024]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.6 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _is_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(head) - 3 and exc.reason == "unexpected end of data"
    return True


def _text_media_type(text: str) -> str:
    stripped = text.lstrip("\ufeff \t\r\n")
    start = stripped.encode("utf-8", "ignore")[:2048]
    if _looks_like_email(stripped):
        return EMAIL
    if _HTML_START.match(start):
        return HTML
    if _XML_START.match(start):
        return HTML if re.search(rb"<html[\s>]", start, re.IGNORECASE) else XML
    if start.startswith(b"<") and len(_HTML_ANYWHERE.findall(start)) >= 2:
        return HTML
    if _looks_like_csv(stripped):
        return CSV
    return PLAIN


def _looks_like_email(text: str) -> bool:
    lines = text.split("\n", 60)[:60]
    if lines and lines[0].startswith("From "):  # mbox separator line
        lines = lines[1:]
    known = 0
    for index, raw_line in enumerate(lines):
        line = raw_line.rstrip("\r")
        if not line:
            return index > 0 and known >= 2
        if line[0] in " \t" and index > 0:  # folded continuation of the previous header
            continue
        match = _HEADER_LINE.match(line.encode("utf-8", "ignore"))
        if match is None:
            return False
        known += match.group(1).decode("ascii").lower() in _EMAIL_HEADERS
    return known >= 3


def _looks_like_csv(text: str) -> bool:
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    if len(lines) >= 30 or len(text) >= _SNIFF_BYTES - 8:
        lines = lines[:-1]  # the sample may cut the last line
    for delimiter in (",", ";", "\t"):
        counts = [_count_outside_quotes(line, delimiter) for line in lines]
        if not counts or counts[0] < 1:
            continue
        # Prose has commas too, but not the same number on every line of a sample.
        enough_rows = len(counts) >= 3 or (len(counts) == 2 and counts[0] >= 2)
        if enough_rows and sum(count == counts[0] for count in counts) >= 0.8 * len(counts):
            return True
    return False


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count = 0
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            count += 1
    return count
