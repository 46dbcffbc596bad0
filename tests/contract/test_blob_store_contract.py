"""The BlobStore contract (ports.BlobStore), run against the in-memory fake and S3 on moto alike."""

from __future__ import annotations

from tests.contract.conftest import Backend

KEY = "uploads/t1"


def test_put_size_get_delete(backend: Backend) -> None:
    backend.blobs.put(KEY, b"%PDF-1.7 bytes")
    assert backend.blobs.size(KEY) == 14
    assert backend.blobs.get(KEY) == b"%PDF-1.7 bytes"
    backend.blobs.delete(KEY)
    assert backend.blobs.size(KEY) is None


def test_a_missing_object_is_none_not_an_error(backend: Backend) -> None:
    """S3 answers head with a bare 404 and get with NoSuchKey: both are 'not there'."""
    assert backend.blobs.size(KEY) is None
    assert backend.blobs.get(KEY) is None
    backend.blobs.delete(KEY)  # deleting what is gone is fine: late uploads and redrives do it


def test_vanished_between_head_and_get(backend: Backend) -> None:
    backend.blobs.put(KEY, b"x")
    assert backend.blobs.size(KEY) == 1
    backend.blobs.delete(KEY)
    assert backend.blobs.get(KEY) is None


def test_presigned_post_names_the_key_and_limits(backend: Backend) -> None:
    upload = backend.blobs.presigned_post(KEY, 1024, 900)
    assert upload.fields["key"] == KEY
    assert (upload.max_bytes, upload.expires_in) == (1024, 900)
