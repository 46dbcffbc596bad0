"""The BlobStore contract (ports.BlobStore), run against the in-memory fake and S3 on moto alike."""

from __future__ import annotations

import pytest
from doc_classifier.errors import DocumentTooLarge

from tests.contract.conftest import Backend

KEY = "uploads/t1"


def test_put_get_delete(backend: Backend) -> None:
    backend.blobs.put(KEY, b"%PDF-1.7 bytes")
    assert backend.blobs.get(KEY, 14) == b"%PDF-1.7 bytes"
    backend.blobs.delete(KEY)
    assert backend.blobs.get(KEY, 14) is None


def test_a_missing_object_is_none_not_an_error(backend: Backend) -> None:
    """S3 answers get with NoSuchKey: 'not there'."""
    assert backend.blobs.get(KEY, 1024) is None
    backend.blobs.delete(KEY)  # deleting what is gone is fine: late uploads and redrives do it


def test_an_object_over_the_limit_is_refused(backend: Backend) -> None:
    """The presigned policy is not trusted: the reader checks the size itself (and the object stays)."""
    backend.blobs.put(KEY, b"%PDF-1.7 bytes")
    with pytest.raises(DocumentTooLarge, match="14 bytes is over the limit of 13 bytes"):
        backend.blobs.get(KEY, 13)
    assert backend.blobs.get(KEY, 14) == b"%PDF-1.7 bytes"


def test_presigned_post_names_the_key_and_limits(backend: Backend) -> None:
    upload = backend.blobs.presigned_post(KEY, 1024, 900)
    assert upload.fields["key"] == KEY
    assert (upload.max_bytes, upload.expires_in) == (1024, 900)
