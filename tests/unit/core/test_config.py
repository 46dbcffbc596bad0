"""The one configuration reader (doc_classifier.config) and the settings classes that use it."""

from __future__ import annotations

import enum
import importlib.util
import os
import subprocess
import sys
from dataclasses import FrozenInstanceError, dataclass, fields
from pathlib import Path
from typing import Literal

import pytest
from doc_classifier.cli import RemoteSettings
from doc_classifier.config import (
    ClassifierSettings,
    EnvSettings,
    ExtractionLimits,
    env_names,
    parse_value,
    read_env,
    setting,
)
from doc_classifier.extraction.ocr import TesseractSettings
from doc_classifier.llm.settings import LlmEnvironment, LlmSettings
from doc_classifier.service.aws.clients import AwsClientSettings, client
from doc_classifier.service.settings import ServiceSettings

from infra.local_runtime.__main__ import LocalSettings

ROOT = Path(__file__).resolve().parents[3]


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclass(frozen=True)
class Example(EnvSettings, prefix="EX_"):
    count: int = setting(3, gt=0, le=10)
    ratio: float = 0.5
    enabled: bool = False
    name: str = "default"
    limit: float | None = None
    folder: Path | None = None
    colour: Colour = Colour.RED
    mode: Literal["fast", "slow"] = "fast"
    keys: tuple[str, ...] = setting((), secret=True)
    token: str = setting("", env="OTHER_TOKEN", secret=True)


def test_fields_are_read_with_their_prefix_and_type() -> None:
    env = {
        "EX_COUNT": "7",
        "EX_RATIO": "0.25",
        "EX_ENABLED": "Yes",
        "EX_NAME": " spaced ",
        "EX_LIMIT": "1.5",
        "EX_FOLDER": "/tmp/models",
        "EX_COLOUR": "blue",
        "EX_MODE": "slow",
        "EX_KEYS": "a, b,,c",
        "OTHER_TOKEN": "t0k3n",
        "COUNT": "9",  # no prefix: not this class's variable
    }
    assert Example.from_env(env) == Example(
        count=7,
        ratio=0.25,
        enabled=True,
        name=" spaced ",  # a string is taken as it is
        limit=1.5,
        folder=Path("/tmp/models"),
        colour=Colour.BLUE,
        mode="slow",
        keys=("a", "b", "c"),
        token="t0k3n",
    )
    assert Example.from_env({}) == Example()
    assert env_names(Example)["token"] == "OTHER_TOKEN" and env_names(Example)["count"] == "EX_COUNT"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("1", True), ("true", True), ("ON", True), ("yes", True), ("0", False), ("False", False), ("off", False)],
)
def test_bool_spellings(raw: str, expected: bool) -> None:
    assert Example.from_env({"EX_ENABLED": raw}).enabled is expected


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("EX_COUNT", "three", "EX_COUNT='three' is not a valid int"),
        ("EX_COUNT", "2.5", "EX_COUNT='2.5' is not a valid int"),
        ("EX_COUNT", "", "EX_COUNT='' is not a valid int"),
        ("EX_RATIO", "half", "EX_RATIO='half' is not a valid float"),
        ("EX_RATIO", "nan", "EX_RATIO='nan' is not a valid float (not a finite number)"),
        ("EX_ENABLED", "maybe", "EX_ENABLED='maybe' is not a valid bool"),
        ("EX_LIMIT", "none", "EX_LIMIT='none' is not a valid float"),
        ("EX_COLOUR", "green", "EX_COLOUR='green' is not a valid Colour (one of red, blue)"),
        ("EX_MODE", "medium", "is not a valid"),
        ("EX_COUNT", "0", "EX_COUNT=0 must be > 0"),
        ("EX_COUNT", "11", "EX_COUNT=11 must be <= 10"),
    ],
)
def test_a_bad_value_is_an_error_naming_the_variable(name: str, raw: str, message: str) -> None:
    with pytest.raises(ValueError) as refused:
        Example.from_env({name: raw})
    assert message in str(refused.value)


def test_bounds_hold_however_the_settings_are_built() -> None:
    with pytest.raises(ValueError, match="EX_COUNT=-1 must be > 0"):
        Example(count=-1)
    with pytest.raises(FrozenInstanceError):
        Example().count = 4  # type: ignore[misc]


def test_a_secret_stays_out_of_repr_and_of_errors() -> None:
    shown = repr(Example.from_env({"OTHER_TOKEN": "t0k3n", "EX_KEYS": "k3y"}))
    assert "t0k3n" not in shown and "k3y" not in shown


def test_the_process_environment_is_read_when_from_env_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EX_COUNT", "4")
    assert Example.from_env().count == 4
    monkeypatch.setenv("EX_COUNT", "5")
    assert Example.from_env().count == 5  # nothing is cached at import or on first read


def test_a_type_the_reader_cannot_parse_is_a_programming_error() -> None:
    with pytest.raises(TypeError, match="cannot be read"):
        parse_value("EX_X", "1", set[int])


def test_a_mapping_is_a_json_object_with_typed_bounded_values() -> None:
    assert parse_value("EX_X", '{"legal": 0.8, "health": 1}', dict[str, float]) == {"legal": 0.8, "health": 1.0}
    for bad in ("[0.5]", "not json", '{"legal": "high"}'):
        with pytest.raises(ValueError, match="EX_X="):
            parse_value("EX_X", bad, dict[str, float])


def _rotation_module(name: str) -> object:
    folder = ROOT / "functions" / "rotation"
    if str(folder) not in sys.path:  # as Lambda runs it (tests/unit/rotation does the same)
        sys.path.insert(0, str(folder))
    spec = importlib.util.spec_from_file_location(f"config_test_{name}", folder / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # as an import does: dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# Every settings class of the code base, with one variable each and the value it must give.
SETTINGS = [
    (ExtractionLimits, "DOC_MAX_BYTES", "1024", "max_bytes", 1024),
    (ExtractionLimits, "DOC_OCR_ENABLED", "false", "ocr_enabled", False),
    (ClassifierSettings, "CLASSIFIER_UNKNOWN_THRESHOLD", "0.62", "unknown_threshold", 0.62),
    (ServiceSettings, "SYNC_MAX_BYTES", "100", "sync_max_bytes", 100),
    (ServiceSettings, "STUCK_TASK_DEADLINE_MINUTES", "0.001", "stuck_task_deadline_minutes", 0.001),
    (ServiceSettings, "TASKS_TABLE_NAME", "t", "tasks_table_name", "t"),
    (AwsClientSettings, "AWS_CONNECT_TIMEOUT_SECONDS", "0.5", "connect_timeout_seconds", 0.5),
    (AwsClientSettings, "AWS_READ_TIMEOUT_SECONDS", "3", "read_timeout_seconds", 3.0),
    (LlmEnvironment, "LLM_KEYS_SECRET_ARN", "arn:x", "keys_secret_arn", "arn:x"),
    (RemoteSettings, "DOC_CLASSIFIER_URL", "http://127.0.0.1:9", "url", "http://127.0.0.1:9"),
    (TesseractSettings, "TESSDATA_PREFIX", "/opt/tessdata", "tessdata_prefix", "/opt/tessdata"),
    (LocalSettings, "LOCAL_API_PORT", "3100", "api_port", 3100),
    (LocalSettings, "LOCAL_NO_THROTTLE", "1", "no_throttle", True),
]


@pytest.mark.parametrize(("cls", "name", "raw", "field", "value"), SETTINGS)
def test_each_settings_class_reads_its_variables_with_the_reader(
    cls: type[EnvSettings], name: str, raw: str, field: str, value: object
) -> None:
    assert issubclass(cls, EnvSettings)
    assert env_names(cls)[field] == name
    assert getattr(cls.from_env({name: raw}), field) == value
    assert read_env(cls, {name: raw}) == {field: value}


@pytest.mark.parametrize(
    ("cls", "name"),
    [
        (ExtractionLimits, "DOC_MAX_PAGES"),
        (ClassifierSettings, "CLASSIFIER_UNKNOWN_THRESHOLD"),
        (ServiceSettings, "WORKER_CONCURRENCY"),
        (AwsClientSettings, "AWS_READ_TIMEOUT_SECONDS"),
        (LocalSettings, "LOCAL_VISIBILITY_TIMEOUT"),
    ],
)
def test_each_settings_class_refuses_a_bad_value_by_name(cls: type[EnvSettings], name: str) -> None:
    with pytest.raises(ValueError, match=f"^{name}='many' is not a valid"):
        cls.from_env({name: "many"})


def test_the_defaults_are_the_documented_ones() -> None:
    """Every variable's default as it was before the reader was shared (README, infra/stack.py)."""
    service = ServiceSettings()
    assert (service.sync_max_bytes, service.upload_max_bytes) == (4 * 1024 * 1024, 50 * 1024 * 1024)
    assert (service.stuck_task_deadline_minutes, service.max_receive_count, service.worker_concurrency) == (30, 3, 2)
    assert (service.counters_flush_seconds, service.estimate_inputs_max_age_seconds) == (1.0, 5.0)
    assert ExtractionLimits().max_pages == 5 and ClassifierSettings().unknown_threshold is None
    aws = AwsClientSettings()
    assert (aws.connect_timeout_seconds, aws.read_timeout_seconds) == (2.0, 10.0)
    assert [f.name for f in fields(ServiceSettings) if f.name.endswith(("_name", "_url"))] == [
        "tasks_table_name",
        "cache_table_name",
        "upload_bucket_name",
        "high_queue_url",
        "low_queue_url",
        "dlq_url",
    ]


def test_service_limits_keep_their_bounds() -> None:
    with pytest.raises(ValueError, match="SYNC_MAX_BYTES=0 must be > 0"):
        ServiceSettings.from_env({"SYNC_MAX_BYTES": "0"})
    with pytest.raises(ValueError, match="COUNTERS_FLUSH_SECONDS=-1"):
        ServiceSettings.from_env({"COUNTERS_FLUSH_SECONDS": "-1"})
    assert ServiceSettings.from_env({"COUNTERS_FLUSH_SECONDS": "0"}).counters_flush_seconds == 0


def test_llm_scalar_overrides_use_the_reader() -> None:
    assert LlmSettings.from_env({"LLM_DAILY_BUDGET_USD": "7.5", "LLM_REDACT": "off"}).daily_budget_usd == 7.5
    assert LlmSettings.from_env({"LLM_REDACT": "off"}).redact is False
    with pytest.raises(ValueError, match=r"^LLM_MAX_OUTPUT_TOKENS='lots' is not a valid int"):
        LlmSettings.from_env({"LLM_MAX_OUTPUT_TOKENS": "lots"})


def test_aws_clients_take_their_timeouts_when_built(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_CONNECT_TIMEOUT_SECONDS", "0.75")
    monkeypatch.setenv("AWS_READ_TIMEOUT_SECONDS", "4")
    config = client("sqs").meta.config
    assert (config.connect_timeout, config.read_timeout) == (0.75, 4.0)
    monkeypatch.setenv("AWS_READ_TIMEOUT_SECONDS", "soon")
    with pytest.raises(ValueError, match="AWS_READ_TIMEOUT_SECONDS"):
        client("sqs")


def test_rotation_settings_use_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    rotation = _rotation_module("handler").RotationSettings  # type: ignore[attr-defined]
    assert rotation.from_env({}) == rotation(issuer="staged", window=3)
    assert rotation.from_env({"KEY_ISSUER": "random", "KEY_WINDOW": "5"}) == rotation(issuer="random", window=5)
    with pytest.raises(ValueError, match="KEY_WINDOW=11 must be <= 10"):
        rotation.from_env({"KEY_WINDOW": "11"})
    admin = _rotation_module("openai_admin").OpenAIAdminSettings  # type: ignore[attr-defined]
    assert issubclass(admin, EnvSettings)
    assert admin.from_env({}).admin_timeout_seconds == 10.0
    with pytest.raises(ValueError, match=r"OPENAI_ADMIN_TIMEOUT_SECONDS=31\.0 must be <= 30"):
        admin.from_env({"OPENAI_ADMIN_TIMEOUT_SECONDS": "31"})


@pytest.mark.parametrize(
    ("folder", "module"),
    [
        ("layers", "doc_classifier.classifier"),
        ("layers", "doc_classifier.cli"),  # classify; eval imports the LLM settings when it runs
        ("functions/worker", "handler"),
        ("functions/maintenance", "handler"),
        ("functions/rotation", "handler"),
    ],
)
def test_reading_configuration_imports_no_pydantic(folder: str, module: str) -> None:
    """The classification path and the handlers that never validate a request stay off pydantic (cold start)."""
    loaded = "sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_core'})"
    code = f"import sys, {module}; print({loaded})"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / folder), str(ROOT / "layers"), str(ROOT)]),
        "POWERTOOLS_SERVICE_NAME": "doc-classifier",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        cwd=ROOT / folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[]"
