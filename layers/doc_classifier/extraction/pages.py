"""A document read page by page, lazily: what a packet is split from.

``read_pages`` opens the document (its type from the bytes, its page count from
the page tree or the TIFF directory, nothing rendered) and yields one ``Page`` at
a time: a PDF page's text layer, or OCR of that page alone where the layer is
missing; each TIFF frame or image; each page of each e-mail attachment after the
e-mail's own text; any other format as one page. Only the page being read is
ever rendered, so a 300-page scan never holds 300 page images. The per-document
limits (bytes, pixels, OCR size) hold for every page; ``PacketLimits`` bound the
whole: pages past ``max_packet_pages``, or left when ``packet_timeout_seconds``
runs out, are not read, and the stream says how many. ``start`` reads on from a
page other than the first: the worker continues a long packet in a later
invocation from the first page the earlier ones did not read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from doc_classifier.config import ExtractionLimits, PacketLimits
from doc_classifier.errors import DocumentError, LimitExceeded, ProcessingTimeout, UnreadableDocument
from doc_classifier.extraction import sniff
from doc_classifier.extraction.context import Job
from doc_classifier.extraction.quality import clean_text
from doc_classifier.extraction.safety import Deadline

if TYPE_CHECKING:
    import pypdfium2
    from PIL import Image


@dataclass(frozen=True)
class Page:
    number: int  # 1-based position in the packet
    text: str
    ocr_used: bool
    # (width, height): points for a PDF page, pixels for an image; None for formats without pages.
    size: tuple[float, float] | None = None
    source: str = ""  # the e-mail attachment the page came from; "" for the file itself


@dataclass(frozen=True)
class _Raw:
    text: str
    ocr_used: bool
    size: tuple[float, float] | None


class _Source(Protocol):
    """The pages of one file, read one at a time by index."""

    count: int

    def read(self, index: int, job: Job) -> _Raw: ...

    def close(self) -> None: ...


class PageStream:
    """Iterate (once) for the pages; ``pages_read``, ``pages_not_read`` and ``warnings`` then tell what happened."""

    def __init__(self, media_type: str, source: _Source, job: Job, max_pages: int, start: int = 0) -> None:
        self.media_type = media_type
        self.pages_total = source.count
        # The pages before ``start`` were read by an earlier stream: they count as read.
        self.pages_read = min(start, self.pages_total, max_pages)
        self.job = job
        self.timed_out = False
        self.stop_note: str | None = None  # the warning saying where time ran out, once it has
        self._source = source
        self._max_pages = max_pages

    @property
    def pages_not_read(self) -> int:
        return self.pages_total - self.pages_read

    @property
    def warnings(self) -> list[str]:
        return self.job.warnings

    def __iter__(self) -> Iterator[Page]:
        limit = min(self.pages_total, self._max_pages)
        try:
            for index in range(self.pages_read, limit):
                try:
                    self.job.deadline.check(f"reading page {index + 1}")
                    raw = self._source.read(index, self.job)
                except ProcessingTimeout:
                    # A partial packet is worth more than none: the pages left are reported as not read.
                    self.timed_out = True
                    self.stop_note = (
                        f"stopped after {self.job.deadline.seconds:g} s: pages {index + 1}-{self.pages_total} not read"
                    )
                    self.job.warn(self.stop_note)
                    return
                self.pages_read += 1
                text = clean_text(raw.text)[: self.job.limits.max_text_chars]
                yield Page(index + 1, text, raw.ocr_used, raw.size, _source_name(self._source, index))
            if limit < self.pages_total:
                self.job.warn(f"read {limit} of {self.pages_total} pages (the packet page limit)")
        finally:
            self._source.close()


def read_pages(data: bytes, limits: ExtractionLimits, packet: PacketLimits, *, start: int = 0) -> PageStream:
    """Open ``data`` for reading page by page from page index ``start`` (0: the first); raises DocumentError as
    ``extract`` does for a file it cannot open."""
    if start < 0:
        raise ValueError(f"start must be >= 0, not {start}")
    job = Job(limits, Deadline(packet.packet_timeout_seconds))
    media_type, source = _open(bytes(data), job)
    return PageStream(media_type, source, job, packet.max_packet_pages, start)


def count_pages(data: bytes, limits: ExtractionLimits | None = None) -> int:
    """Pages a packet holds, from the page tree or image directory alone (nothing is rendered or OCR'd);
    formats without pages count as one."""
    limits = limits or ExtractionLimits()
    job = Job(limits, Deadline(limits.timeout_seconds))
    data = bytes(data)
    media_type = _paged_type(data, job)
    if media_type is None:
        return 1
    source = _open_paged(data, media_type, job)
    source.close()
    return source.count


def _source_name(source: _Source, index: int) -> str:
    return source.name_of(index) if isinstance(source, _MailSource) else ""


def _open(data: bytes, job: Job) -> tuple[str, _Source]:
    media_type = _paged_type(data, job)
    if media_type is None:
        whole = _WholeSource(data, job)
        return whole.media_type, whole
    return media_type, _open_paged(data, media_type, job)


def _paged_type(data: bytes, job: Job) -> str | None:
    """The media type of a format read page by page, None for the others (read whole, as one page)."""
    from doc_classifier.extraction import check_size, detect_media_type  # noqa: PLC0415

    check_size(data, job.limits)
    if data.startswith(b"PK\x03\x04"):
        return None
    media_type = detect_media_type(data)
    paged = media_type == sniff.PDF or media_type in sniff.IMAGE_TYPES
    # An e-mail attached to an e-mail is read whole, as ``extract`` reads it (nesting stays bounded).
    return media_type if paged or (media_type == sniff.EMAIL and job.depth == 0) else None


def _open_paged(data: bytes, media_type: str, job: Job) -> _Source:
    try:
        if media_type == sniff.PDF:
            return _PdfSource(data)
        if media_type == sniff.EMAIL:
            return _MailSource(data, job)
        return _ImageSource(data, media_type, job)
    except DocumentError:
        raise
    except Exception as exc:  # a parser bug on hostile input must still surface as a document error
        raise UnreadableDocument(f"{media_type} could not be read ({type(exc).__name__})") from exc


class _PdfSource:
    def __init__(self, data: bytes) -> None:
        from doc_classifier.extraction.pdf import open_pdf  # noqa: PLC0415

        self._document: pypdfium2.PdfDocument | None
        self._document, self.count = open_pdf(data)

    def read(self, index: int, job: Job) -> _Raw:
        from doc_classifier.extraction.pdf import read_page  # noqa: PLC0415

        assert self._document is not None
        page = read_page(self._document, index, job)
        if page is None:  # damaged: an empty page (read_page warned), which the splitter joins to a neighbour
            return _Raw("", False, None)
        return _Raw(page.text, page.ocr_used, page.size)

    def close(self) -> None:
        from doc_classifier.extraction.pdf import close  # noqa: PLC0415

        if self._document is not None:
            close(self._document)
            self._document = None


class _ImageSource:
    def __init__(self, data: bytes, media_type: str, job: Job) -> None:
        from doc_classifier.extraction.images import open_image, page_count  # noqa: PLC0415

        self._media_type = media_type
        self._image: Image.Image = open_image(data, media_type, job)
        self.count = page_count(self._image, media_type)

    def read(self, index: int, job: Job) -> _Raw:
        from doc_classifier.extraction.images import ocr_frame  # noqa: PLC0415

        if not job.limits.ocr_enabled:
            job.warn("OCR is disabled: images were not read")
            return _Raw("", False, None)
        try:
            text = ocr_frame(self._image, index, self._media_type, job)
        except (ProcessingTimeout, LimitExceeded):
            raise
        except UnreadableDocument:  # one damaged frame: an empty page, the others are still read
            job.warn(f"image page {index + 1} could not be read")
            return _Raw("", False, None)
        return _Raw(text, True, (float(self._image.width), float(self._image.height)))

    def close(self) -> None:
        self._image.close()


class _WholeSource:
    """A format without pages (office files, text, HTML...): one page with the document's text."""

    count = 1

    def __init__(self, data: bytes, job: Job) -> None:
        from doc_classifier.extraction import read_content  # noqa: PLC0415

        before = job.ocr_pages
        self.media_type, content = read_content(data, job)
        self._raw = _Raw(content.text, job.ocr_pages > before, None)

    def read(self, index: int, job: Job) -> _Raw:
        return self._raw

    def close(self) -> None:
        return None


class _MailSource:
    """The e-mail's own text as a page (when it has any), then every page of each attachment in order."""

    def __init__(self, data: bytes, job: Job) -> None:
        from doc_classifier.extraction.mail import split_email  # noqa: PLC0415

        cover, attachments = split_email(data, job)
        self._parts: list[tuple[str, _Source]] = []
        if cover.strip():
            self._parts.append(("", _Fixed(cover)))
        nested = Job(job.limits, job.deadline, depth=job.depth + 1)
        for attachment in attachments:
            if attachment.data is None:
                continue
            try:
                _, source = _open(attachment.data, nested)
            except (ProcessingTimeout, LimitExceeded):
                raise
            except DocumentError as exc:
                job.warn(f"attachment {job.quote(attachment.name)} not read: {exc.code}")
                continue
            self._parts.append((attachment.name, source))
        for warning in nested.warnings:
            job.warn(warning)
        self.count = sum(source.count for _, source in self._parts)

    def _locate(self, index: int) -> tuple[str, _Source, int]:
        for name, source in self._parts:
            if index < source.count:
                return name, source, index
            index -= source.count
        raise IndexError(index)

    def name_of(self, index: int) -> str:
        return self._locate(index)[0]

    def read(self, index: int, job: Job) -> _Raw:
        _, source, within = self._locate(index)
        return source.read(within, job)

    def close(self) -> None:
        for _, source in self._parts:
            source.close()


@dataclass
class _Fixed:
    text: str
    count: int = 1

    def read(self, index: int, job: Job) -> _Raw:
        return _Raw(self.text, False, None)

    def close(self) -> None:
        return None
