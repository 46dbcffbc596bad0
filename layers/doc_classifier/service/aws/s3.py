"""Document bytes in S3, and presigned POSTs for uploads too large for the API."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from doc_classifier.errors import DocumentTooLarge
from doc_classifier.service.ports import BlobStore, PresignedUpload


def _not_found(exc: ClientError) -> bool:
    return bool(exc.response.get("Error", {}).get("Code") == "NoSuchKey")


class S3BlobStore(BlobStore):
    def __init__(self, client: Any, bucket: str) -> None:
        self._s3 = client
        self._bucket = bucket

    def put(self, key: str, data: bytes) -> None:
        self._s3.put_object(Bucket=self._bucket, Key=key, Body=data)

    def get(self, key: str, max_bytes: int) -> bytes | None:
        try:
            answer = self._s3.get_object(Bucket=self._bucket, Key=key)
        except ClientError as exc:
            if _not_found(exc):
                return None
            raise
        # The headers arrive before the body, so its size is known while the body is still unread.
        size = int(answer["ContentLength"])
        if size > max_bytes:
            answer["Body"].close()
            raise DocumentTooLarge(f"{size} bytes is over the limit of {max_bytes} bytes")
        body: bytes = answer["Body"].read()
        return body

    def delete(self, key: str) -> None:
        self._s3.delete_object(Bucket=self._bucket, Key=key)

    def presigned_post(self, key: str, max_bytes: int, expires_in: int) -> PresignedUpload:
        post = self._s3.generate_presigned_post(
            Bucket=self._bucket,
            Key=key,
            Conditions=[["content-length-range", 1, max_bytes]],
            ExpiresIn=expires_in,
        )
        return PresignedUpload(post["url"], dict(post["fields"]), expires_in, max_bytes)

    def ping(self) -> None:
        self._s3.head_bucket(Bucket=self._bucket)
