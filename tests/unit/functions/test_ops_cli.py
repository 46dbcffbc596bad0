"""Operator commands of the CLI against the deployment's AWS resources (moto in-process)."""

from __future__ import annotations

import json

import boto3
import pytest
from doc_classifier.cli import main
from doc_classifier.service.tasks import Priority

from .conftest import Aws


def test_export_feedback_prints_the_corrections(aws: Aws, capsys: pytest.CaptureFixture[str]) -> None:
    service = aws.service
    task_id = service.submit(b"invoice number 7, amount due", "finance", Priority.HIGH).task.task_id
    (message,) = boto3.client("sqs").receive_message(QueueUrl=aws.env["HIGH_QUEUE_URL"])["Messages"]
    service.process_message(message["Body"], receive_count=1)
    service.add_feedback(task_id, "receipt")
    with pytest.raises(SystemExit) as exit_code:
        main(["ops", "export-feedback"])
    assert exit_code.value.code == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["task_id"], r["predicted_class"], r["correct_class"]) for r in rows] == [(task_id, "invoice", "receipt")]


def test_redrive_moves_dead_letters_back_to_their_queue(aws: Aws, capsys: pytest.CaptureFixture[str]) -> None:
    body = json.dumps({"task_id": "t1", "priority": "high"})
    boto3.client("sqs").send_message(QueueUrl=aws.env["DLQ_URL"], MessageBody=body)
    with pytest.raises(SystemExit) as exit_code:
        main(["ops", "redrive"])
    assert exit_code.value.code == 0
    assert json.loads(capsys.readouterr().out) == {"redriven": 1}
    assert aws.service.queue_depths()[Priority.HIGH].visible == 1
