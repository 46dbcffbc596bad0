"""Lambda's SQS event source mapping, locally: poll, invoke with a real SQS event, delete what succeeded."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Any, Protocol

from doc_classifier.service.aws.clients import client

from infra import service_definition as sd
from infra.local_runtime.bootstrap import queue_arn
from infra.local_runtime.containers import FunctionError

logger = logging.getLogger("local_runtime.poller")
REGION = "us-east-1"


class Invoker(Protocol):
    def invoke(self, event: dict[str, Any]) -> Any: ...


def sqs_event(messages: list[dict[str, Any]], queue_arn: str) -> dict[str, Any]:
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": m.get("Attributes", {}),
                "messageAttributes": m.get("MessageAttributes", {}),
                "md5OfBody": m.get("MD5OfBody") or hashlib.md5(m["Body"].encode()).hexdigest(),
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": REGION,
            }
            for m in messages
        ]
    }


class QueuePoller:
    """``concurrency`` receive-and-invoke loops on one queue, as Lambda scales its pollers with the backlog."""

    def __init__(self, source: sd.QueueSourceSpec, queue_url: str, function: Invoker, concurrency: int = 1) -> None:
        self.source = source
        self._url = queue_url
        self._function = function
        self._sqs = client("sqs")
        self._arn = queue_arn(self._sqs, queue_url)
        self._stop = threading.Event()
        self._threads = [
            threading.Thread(target=self._run, name=f"poller-{source.queue}-{i}", daemon=True)
            for i in range(concurrency)
        ]

    def start(self) -> None:
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        self._stop.set()
        deadline = time.monotonic() + 30
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))

    def poll_once(self) -> int:
        """One receive and invoke; the number of messages handled."""
        answer = self._sqs.receive_message(
            QueueUrl=self._url,
            MaxNumberOfMessages=self.source.batch_size,
            WaitTimeSeconds=self.source.max_batching_window_seconds,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        )
        messages = answer.get("Messages", [])
        if not messages:
            return 0
        try:
            response = self._function.invoke(sqs_event(messages, self._arn)) or {}
        except FunctionError as error:
            # Like Lambda: a failed invocation deletes nothing; the batch returns after the visibility
            # timeout. The container's own output has the traceback.
            if not self._stop.is_set():
                logger.warning("worker %s; %d messages will be redelivered", error, len(messages))
            return len(messages)
        except Exception:
            logger.exception("worker invocation failed; %d messages will be redelivered", len(messages))
            return len(messages)
        failed = {item["itemIdentifier"] for item in response.get("batchItemFailures", [])}
        done = [m for m in messages if m["MessageId"] not in failed]
        if done:
            self._sqs.delete_message_batch(
                QueueUrl=self._url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
            )
        return len(messages)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception:  # the emulator restarting or a network blip: keep polling
                logger.exception("polling %s failed", self.source.queue)
                self._stop.wait(1)
