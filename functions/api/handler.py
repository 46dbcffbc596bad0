"""API Lambda: Powertools around the resolver; every route's logic lives in doc_classifier.service."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers
from aws_lambda_powertools.utilities.typing import LambdaContext
from doc_classifier.service.snapstart import initialized_ahead, load_model, register_hooks
from doc_classifier.service.telemetry import TRACED_MODULES, capture_cold_start
from doc_classifier.service.wiring import aws_task_service, check_model_and_taxonomy, flush_counters, llm_tiers

if TYPE_CHECKING:
    from aws_lambda_powertools.event_handler import APIGatewayRestResolver

logger = Logger()
tracer = Tracer(patch_modules=TRACED_MODULES)
metrics = Metrics()
check_model_and_taxonomy()  # a model/taxonomy mismatch fails the init, not every request
# With SnapStart, the published version's snapshot holds the loaded model (doc_classifier.service.snapstart).
register_hooks(load_model)
# After the imports, so that the library loggers exist: their lines become this logger's JSON, correlation id
# included (a child logger created later reaches it through its top-level logger, e.g. ``doc_classifier``).
copy_config_to_registered_loggers(source_logger=logger, include={"doc_classifier"})


@cache
def api() -> APIGatewayRestResolver:
    """The resolver with its routes, built once per environment.

    Its OpenAPI parameter classes and pydantic request models are most of the API's import, so an on-demand
    cold start builds them on the first request, alongside that request's other first-use costs (clients,
    model), and ``import handler`` stays near the worker's.
    """
    from doc_classifier.service.api.app import build_app  # noqa: PLC0415 - see the docstring

    return build_app(aws_task_service, metrics, llm_tiers)


if initialized_ahead():
    api()  # init is off the request path (provisioned concurrency) or in the snapshot (SnapStart)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_REST)
@metrics.log_metrics(capture_cold_start_metric=capture_cold_start())
@tracer.capture_lambda_handler
def handler(event: dict[str, Any], context: LambdaContext) -> dict[str, Any]:
    try:
        return api().resolve(event, context)
    finally:
        flush_counters()
