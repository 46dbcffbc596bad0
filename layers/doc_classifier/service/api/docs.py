"""The OpenAPI document and its Swagger UI page, built on the first request for either.

Powertools' OpenAPI models are some hundred pydantic classes: importing them costs about a third of
``import boto3``, and no classification needs them (request validation uses the route signatures), so a
cold start that serves documents never loads them. What ``enable_swagger`` would serve, without its
import at build time: the page with the document inlined, ``?format=json`` for the document alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

TITLE = "Document classification API"
VERSION = "1.0.0"
# Every route needs the API Gateway key except /health (see infra/service_definition.py): declared so
# that Swagger UI can send it.
API_KEY_SCHEME = "apiKey"


@cache
def _configured(app: APIGatewayRestResolver) -> APIGatewayRestResolver:
    from aws_lambda_powertools.event_handler.openapi.models import APIKey  # noqa: PLC0415

    app.configure_openapi(
        title=TITLE,
        version=VERSION,
        security_schemes={API_KEY_SCHEME: APIKey.model_validate({"in": "header", "name": "x-api-key"})},
        security=[{API_KEY_SCHEME: []}],
    )
    return app


def openapi_document(app: APIGatewayRestResolver) -> Response[str]:
    return Response(
        status_code=200, content_type=content_types.APPLICATION_JSON, body=_configured(app).get_openapi_json_schema()
    )


def swagger_page(app: APIGatewayRestResolver, base_path: str, query: Mapping[str, str]) -> Response[str]:
    """Swagger UI with its assets inlined; its requests go to ``base_path`` (the stage prefix on AWS)."""
    from aws_lambda_powertools.event_handler.openapi import swagger_ui  # noqa: PLC0415
    from aws_lambda_powertools.event_handler.openapi.models import Server  # noqa: PLC0415

    schema = _configured(app).get_openapi_json_schema(servers=[Server(url=base_path or "/")])
    # The document is inlined in a <script>: '</' inside it must not close the tag.
    spec = schema.replace("</", "<\\/")
    if query.get("format") == "json":
        return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body=spec)
    assets = Path(swagger_ui.__file__).parent
    page = swagger_ui.generate_swagger_html(
        spec,
        (assets / "swagger-ui-bundle.min.js").read_text(encoding="utf-8"),
        (assets / "swagger-ui.min.css").read_text(encoding="utf-8"),
        "",
        None,
        persist_authorization=True,
    )
    return Response(status_code=200, content_type="text/html", body=page)
