"""The high- and low-priority work queues and their shared dead-letter queue in SQS."""

from __future__ import annotations

import json
from typing import Any

from doc_classifier.service.ports import QueueDepth, WorkQueue
from doc_classifier.service.tasks import Priority

# S3 notifications carry no priority of ours; they are announced on the low queue.
DEFAULT_REDRIVE_PRIORITY = Priority.LOW


class SqsWorkQueue(WorkQueue):
    def __init__(self, client: Any, queue_urls: dict[Priority, str], dlq_url: str) -> None:
        self._sqs = client
        self._urls = queue_urls
        self._dlq_url = dlq_url

    def send(self, priority: Priority, body: dict[str, Any]) -> None:
        self._sqs.send_message(QueueUrl=self._urls[priority], MessageBody=json.dumps(body))

    def depth(self, priority: Priority) -> QueueDepth:
        visible, in_flight = self._counts(self._urls[priority])
        return QueueDepth(visible, in_flight)

    def dlq_depth(self) -> int:
        visible, in_flight = self._counts(self._dlq_url)
        return visible + in_flight

    def redrive_dlq(self, limit: int) -> int:
        moved = 0
        while moved < limit:
            answer = self._sqs.receive_message(
                QueueUrl=self._dlq_url, MaxNumberOfMessages=min(10, limit - moved), WaitTimeSeconds=0
            )
            messages = answer.get("Messages", [])
            if not messages:
                break
            for message in messages:
                # Send before delete: a crash in between duplicates a message (idempotent), never loses one.
                self._sqs.send_message(
                    QueueUrl=self._urls[self._priority_of(message["Body"])], MessageBody=message["Body"]
                )
                self._sqs.delete_message(QueueUrl=self._dlq_url, ReceiptHandle=message["ReceiptHandle"])
                moved += 1
        return moved

    def ping(self) -> None:
        for url in (*self._urls.values(), self._dlq_url):
            self._sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])

    def _counts(self, url: str) -> tuple[int, int]:
        attributes = self._sqs.get_queue_attributes(
            QueueUrl=url,
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        )["Attributes"]
        return (
            int(attributes.get("ApproximateNumberOfMessages", 0)),
            int(attributes.get("ApproximateNumberOfMessagesNotVisible", 0)),
        )

    @staticmethod
    def _priority_of(body: str) -> Priority:
        try:
            return Priority(json.loads(body).get("priority"))
        except (ValueError, AttributeError, TypeError):
            return DEFAULT_REDRIVE_PRIORITY
