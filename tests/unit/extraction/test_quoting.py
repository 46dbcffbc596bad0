"""Names the sender chose, as warnings and error messages quote them: one line, bounded; and a bounded warning list."""

from __future__ import annotations

import pytest
from doc_classifier.config import ExtractionLimits
from doc_classifier.errors import LimitExceeded, UnreadableDocument, UnsupportedMediaType
from doc_classifier.extraction import extract
from doc_classifier.extraction.context import Job
from doc_classifier.extraction.quoting import ELLIPSIS, bounded_warnings, one_line, shorten
from doc_classifier.extraction.safety import Deadline

from tests.unit.extraction.builders import docx, email_message, replace_zip_member, zip_bytes

JUNK = b"\x00\x01 not a document"  # unsupported_media_type: each such attachment is a warning naming it
FORGED = "report\r\n[ERROR] forged log line\u202efdp.exe\x00"


def junk_attachments(names: list[str]) -> bytes:
    return email_message(attachments=[(name, JUNK, "application/octet-stream") for name in names])


class TestShorten:
    def test_a_long_name_keeps_its_start_and_extension(self) -> None:
        name = "Rechnung-2024-117-" + "x" * 50_000 + "-final.pdf"
        short = shorten(name, 120)
        assert len(short) == 120
        assert short.startswith("Rechnung-2024-117-") and short.endswith("-final.pdf") and ELLIPSIS in short

    def test_a_name_within_the_limit_is_unchanged(self) -> None:
        assert shorten("invoice 7.pdf", 120) == "invoice 7.pdf"

    def test_control_and_format_characters_are_removed_and_whitespace_is_one_space(self) -> None:
        assert one_line(FORGED) == "report [ERROR] forged log linefdp.exe"
        assert one_line("a\u2028b\tc\u00a0d\u200be") == "a b c de"

    def test_a_huge_name_of_control_characters_is_still_bounded(self) -> None:
        assert len(shorten("\n" * 100_000 + "a.pdf" + "\x00" * 100_000, 40)) <= 40


def test_warnings_past_the_limit_are_one_entry() -> None:
    warnings = [f"warning {n}" for n in range(30)] + ["warning 0"]  # a repeat is not counted twice
    assert bounded_warnings(warnings, 20) == [*(f"warning {n}" for n in range(20)), "10 more warnings not listed"]
    assert bounded_warnings(warnings[:21], 20)[-1] == "1 more warning not listed"
    assert bounded_warnings(warnings[:5], 20) == warnings[:5]


def test_a_warning_is_one_line_whatever_it_is_built_from() -> None:
    job = Job(ExtractionLimits(), Deadline(60))
    job.warn("page 3: damaged\n[ERROR] forged")
    assert job.warnings == ["page 3: damaged [ERROR] forged"]


def test_a_name_limit_too_small_to_show_a_name_is_refused() -> None:
    with pytest.raises(ValueError, match="DOC_MAX_NAME_CHARS=8 must be >= 16"):
        ExtractionLimits.from_env({"DOC_MAX_NAME_CHARS": "8"})


class TestThroughExtract:
    def test_a_long_attachment_name_is_shortened_in_warnings(self) -> None:
        name = "scan-" + "N" * 50_000 + ".bin"
        document = extract(junk_attachments([name]), ExtractionLimits(max_name_chars=60))
        (warning,) = document.warnings
        assert warning.startswith("attachment 'scan-NNN") and ".bin' not read: unsupported_media_type" in warning
        assert len(warning) < 60 + 50
        assert document.attachments == [name]  # the list of names is the document's, not a message

    def test_control_characters_in_an_attachment_name_never_reach_a_warning(self) -> None:
        document = extract(junk_attachments([FORGED]))
        assert document.warnings == [
            "attachment 'report [ERROR] forged log linefdp.exe' not read: unsupported_media_type"
        ]

    def test_many_warnings_are_capped_with_a_count_of_the_rest(self) -> None:
        names = [f"file-{n}.bin" for n in range(8)]
        document = extract(junk_attachments(names), ExtractionLimits(max_warnings=5))
        assert document.warnings[:5] == [
            f"attachment 'file-{n}.bin' not read: unsupported_media_type" for n in range(5)
        ]
        assert document.warnings[5:] == ["3 more warnings not listed"]

    def test_an_embedded_image_name_is_one_line(self) -> None:
        broken_png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
        package = replace_zip_member(docx([]), "word/media/scan\n[ERROR] forged.png", broken_png)
        document = extract(package)
        assert any(w.startswith("embedded image 'scan [ERROR] forged.png' skipped") for w in document.warnings)
        assert not any("\n" in w for w in document.warnings)


class TestErrorMessages:
    def test_a_long_package_part_name_is_shortened(self) -> None:
        part = "word/" + "p" * 20_000 + ".xml"
        content_types = (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Override PartName="/{part}" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'
        )
        package = zip_bytes({"[Content_Types].xml": content_types.encode(), "other.xml": b"<a/>"})
        with pytest.raises(UnreadableDocument, match="is missing") as raised:
            extract(package, ExtractionLimits(max_name_chars=50))
        assert len(raised.value.message) < 200 and raised.value.message.count("p") < 50

    def test_a_declared_opendocument_type_that_is_no_media_type_is_not_quoted(self) -> None:
        package = zip_bytes({"mimetype": b"application/vnd.oasis." + b"A" * 100_000 + b"\n[ERROR] x", "a.xml": b"<a/>"})
        with pytest.raises(UnreadableDocument) as raised:
            extract(package)
        assert len(raised.value.message) < 200

    def test_a_real_opendocument_type_is_still_named(self) -> None:
        package = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<a/>"})
        with pytest.raises(UnsupportedMediaType, match=r"application/vnd\.oasis\.opendocument\.text$"):
            extract(package)

    def test_a_refused_entity_is_not_quoted(self) -> None:
        xml = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY ' + b"e" * 10_000 + b' "x">]><a>text</a>'
        with pytest.raises(LimitExceeded) as raised:
            extract(xml)
        assert "eeeeeeeeee" not in raised.value.message
