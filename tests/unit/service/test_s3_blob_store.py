"""The S3 adapter refuses an oversized object from GetObject's headers, before its body is read."""

from __future__ import annotations

from typing import Any

import pytest
from doc_classifier.errors import DocumentTooLarge
from doc_classifier.service.aws.s3 import S3BlobStore


class UnreadBody:
    def __init__(self) -> None:
        self.closed = False

    def read(self, amount: int | None = None) -> bytes:
        raise AssertionError("the body of an oversized object was read")

    def close(self) -> None:
        self.closed = True


class OneObjectS3:
    """GetObject's answer as botocore gives it: headers parsed, the body a stream not yet read."""

    def __init__(self, size: int) -> None:
        self.body = UnreadBody()
        self.size = size

    def get_object(self, **_: Any) -> dict[str, Any]:
        return {"ContentLength": self.size, "Body": self.body}


def test_an_oversized_object_is_refused_unread_and_its_connection_released() -> None:
    s3 = OneObjectS3(size=50 * 1024 * 1024 + 1)
    with pytest.raises(DocumentTooLarge):
        S3BlobStore(s3, "bucket").get("uploads/t1", 50 * 1024 * 1024)
    assert s3.body.closed
