"""OpenAI's admin API for project service accounts, and the cheapest call that proves a key works.

A project key that automation can mint belongs to a service account: creating the account
(``POST /organization/projects/{project}/service_accounts``) is the only call that returns a key's
value, once; deleting the account revokes its key. Plain ``urllib`` keeps the rotation function
light; every call has a bounded timeout. Error messages carry the HTTP status and the provider's
error code, never its message (OpenAI's 401 message quotes part of the rejected key).
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import boto3
from doc_classifier.config import EnvSettings, setting

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT_SECONDS = 10.0
_PAGE_SIZE = 100
_MAX_PAGES = 50  # 5,000 service accounts: far beyond a project's, and no endless paging


class OpenAIAdminError(RuntimeError):
    def __init__(self, what: str, status: int, code: str) -> None:
        super().__init__(f"{what}: HTTP {status} ({code or 'no error code'})")
        self.status, self.code = status, code


class KeyRejectedError(OpenAIAdminError):
    """The provider refused the key (401/403): it must not become current."""


@dataclass(frozen=True)
class MintedKey:
    service_account_id: str
    api_key_id: str
    value: str = field(repr=False)


@dataclass(frozen=True)
class OpenAIAdminSettings(EnvSettings, prefix="OPENAI_"):
    """``OPENAI_PROJECT_ID``; the admin key from ``OPENAI_ADMIN_KEY_SECRET_ID`` (a secret holding just the key)
    or else ``OPENAI_ADMIN_KEY``; ``OPENAI_ADMIN_BASE_URL``; ``OPENAI_ADMIN_TIMEOUT_SECONDS``."""

    project_id: str = ""
    admin_key_secret_id: str = ""
    admin_key: str = setting("", secret=True)
    admin_base_url: str = ""  # empty: DEFAULT_BASE_URL
    admin_timeout_seconds: float = setting(DEFAULT_TIMEOUT_SECONDS, gt=0, le=30)


@dataclass(frozen=True)
class OpenAIAdmin:
    base_url: str
    project_id: str
    admin_key: str = field(repr=False)
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS

    @classmethod
    def from_env(cls) -> OpenAIAdmin:
        """From ``OpenAIAdminSettings``; the admin key is read from Secrets Manager when a secret is named."""
        settings = OpenAIAdminSettings.from_env()
        if not settings.project_id:
            raise ValueError("KEY_ISSUER=openai needs OPENAI_PROJECT_ID (the project whose keys it rotates)")
        admin_key = settings.admin_key
        if settings.admin_key_secret_id:
            secrets = boto3.client("secretsmanager")
            admin_key = secrets.get_secret_value(SecretId=settings.admin_key_secret_id)["SecretString"].strip()
        if not admin_key:
            raise ValueError("KEY_ISSUER=openai needs OPENAI_ADMIN_KEY_SECRET_ID or OPENAI_ADMIN_KEY (an admin key)")
        base_url = settings.admin_base_url or DEFAULT_BASE_URL
        return cls(
            base_url=base_url.rstrip("/"),
            project_id=settings.project_id,
            admin_key=admin_key,
            timeout_seconds=settings.admin_timeout_seconds,
        )

    def create_service_account(self, name: str) -> MintedKey:
        body = self._call("create service account", "POST", self._project("service_accounts"), {"name": name})
        key = body.get("api_key") or {}
        if not body.get("id") or not key.get("id") or not key.get("value"):
            raise OpenAIAdminError("create service account: no api_key in the answer", 200, "")
        return MintedKey(service_account_id=body["id"], api_key_id=key["id"], value=key["value"])

    def service_accounts(self) -> Iterator[dict[str, Any]]:
        after = ""
        for _ in range(_MAX_PAGES):
            query = urllib.parse.urlencode({"limit": _PAGE_SIZE, **({"after": after} if after else {})})
            page = self._call("list service accounts", "GET", f"{self._project('service_accounts')}?{query}")
            yield from page.get("data", [])
            if not page.get("has_more") or not page.get("last_id"):
                return
            after = page["last_id"]

    def delete_service_account(self, service_account_id: str) -> bool:
        """Revoke the account and its key; False when it was gone already (a retried finishSecret)."""
        path = self._project("service_accounts", service_account_id)
        try:
            self._call("delete service account", "DELETE", path)
        except OpenAIAdminError as error:
            if error.status == 404:
                return False
            raise
        return True

    def check_key(self, key: str) -> None:
        """``GET /models`` with the key itself: authenticated, free, and no side effect."""
        try:
            self._send("list models", "GET", "/models", key, None)
        except OpenAIAdminError as error:
            if error.status in (401, 403):
                raise KeyRejectedError("key check", error.status, error.code) from None
            raise

    def _project(self, *parts: str) -> str:
        quoted = "/".join(urllib.parse.quote(p, safe="") for p in (self.project_id, *parts))
        return f"/organization/projects/{quoted}"

    def _call(self, what: str, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._send(what, method, path, self.admin_key, body)

    def _send(self, what: str, method: str, path: str, key: str, body: dict[str, Any] | None) -> dict[str, Any]:
        request = urllib.request.Request(
            self.base_url + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={"authorization": f"Bearer {key}", "content-type": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_seconds) as response:
                parsed = json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            raise OpenAIAdminError(what, error.code, _error_code(error)) from None
        except (urllib.error.URLError, TimeoutError) as error:
            raise OpenAIAdminError(what, 0, type(error).__name__) from None
        return parsed if isinstance(parsed, dict) else {}


def _error_code(error: urllib.error.HTTPError) -> str:
    try:
        detail = json.loads(error.read()).get("error") or {}
        return str(detail.get("code") or detail.get("type") or "")
    except (ValueError, AttributeError, OSError):
        return ""
