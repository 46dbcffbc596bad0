"""One structured-output chat call through the ``openai`` client, with its failures sorted by what they mean.

The only module that imports ``openai``, and only inside ``OpenAIChat.complete``: the import costs
about half a second, paid by the first escalation rather than every cold start.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from pydantic import ValidationError

from doc_classifier.llm.prompt import Answer, Prompt, answer_model
from doc_classifier.llm.settings import Provider


class CallFailed(Exception):
    """A call that gave no usable answer; ``outcome`` is what the result's call trail says."""

    outcome = "failed"


class RateLimited(CallFailed):
    outcome = "rate_limited"

    def __init__(self, retry_after_seconds: float | None) -> None:
        super().__init__(f"rate limited (retry after {retry_after_seconds} s)")
        self.retry_after_seconds = retry_after_seconds


class KeyRefused(CallFailed):
    outcome = "key_refused"  # 401/403


class ProviderFailed(CallFailed):
    outcome = "provider_error"  # 5xx, connection refused/reset, any other status


class CallTimedOut(CallFailed):
    outcome = "timed_out"


class InvalidAnswer(CallFailed):
    outcome = "invalid_answer"  # unparseable, or a label outside the set


@dataclass(frozen=True)
class Completion:
    answer: Answer
    tokens_in: int
    tokens_out: int


class OpenAIChat:
    """Clients are kept per endpoint and key so connections are reused across documents."""

    def __init__(self) -> None:
        self._clients: dict[tuple[str, str], Any] = {}
        self._lock = threading.Lock()

    def complete(
        self, provider: Provider, key: str, prompt: Prompt, *, timeout_seconds: float, max_output_tokens: int
    ) -> Completion:
        import openai  # noqa: PLC0415 - see the module docstring

        client = self._client(provider.base_url, key)
        try:
            completion = client.chat.completions.parse(
                model=provider.model,
                messages=prompt.messages,
                response_format=answer_model(prompt.labels),
                max_completion_tokens=max_output_tokens,
                temperature=0,
                timeout=timeout_seconds,
            )
        except openai.APITimeoutError as exc:
            raise CallTimedOut("no answer within the call's timeout") from exc
        except openai.RateLimitError as exc:
            raise RateLimited(_retry_after(exc.response.headers)) from exc
        except (openai.AuthenticationError, openai.PermissionDeniedError) as exc:
            raise KeyRefused(f"key refused ({exc.status_code})") from exc
        except openai.APIStatusError as exc:
            raise ProviderFailed(f"status {exc.status_code}") from exc
        except openai.APIConnectionError as exc:
            raise ProviderFailed("connection failed") from exc
        except (ValidationError, openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
            # The model answered, but not with one of the labels in the schema.
            raise InvalidAnswer(type(exc).__name__) from exc
        except openai.OpenAIError as exc:  # anything else the client raises: the provider gave no answer
            raise ProviderFailed(type(exc).__name__) from exc
        parsed = completion.choices[0].message.parsed if completion.choices else None
        if parsed is None:  # a refusal, or no content at all
            raise InvalidAnswer("no parsed answer")
        usage = completion.usage
        return Completion(
            answer=Answer(file_class=parsed.file_class, confidence=parsed.confidence, reasoning=parsed.reasoning),
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
        )

    def _client(self, base_url: str, key: str) -> Any:
        import openai  # noqa: PLC0415

        with self._lock:
            client = self._clients.get((base_url, key))
            if client is None:
                # Retries are the tier's (other keys, other providers), never the client's own.
                client = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0)
                self._clients[(base_url, key)] = client
            return client


def _retry_after(headers: Any) -> float | None:
    """Seconds from ``retry-after-ms`` or ``retry-after`` (seconds or an HTTP date); None when absent."""
    raw_ms = headers.get("retry-after-ms")
    if raw_ms:
        try:
            return float(raw_ms) / 1000
        except ValueError:
            pass
    raw = headers.get("retry-after")
    if not raw:
        return None
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        return max(0.0, (parsedate_to_datetime(raw) - datetime.now(UTC)).total_seconds())
    except (TypeError, ValueError):
        return None
