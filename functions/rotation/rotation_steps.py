"""The four steps of the Secrets Manager rotation contract for the LLM keys secret.

Secrets Manager calls the function once per step with the same ClientRequestToken
(the id of the version being created) and retries a failed step; every step is
therefore idempotent. Stages: AWSCURRENT is what handlers read, AWSPENDING the
version being built, AWSPREVIOUS the one before.
"""

from __future__ import annotations

from typing import Any

from key_issuers import KeyIssuer
from keys_document import KeysDocument

CURRENT, PENDING = "AWSCURRENT", "AWSPENDING"


class RotationStateError(ValueError):
    """The secret is not in a state this step may act on (Secrets Manager will not retry it usefully)."""


def check_rotation_state(client: Any, arn: str, token: str) -> dict[str, list[str]]:
    """Validate the request; the secret's version id -> stages, where the token is AWSCURRENT or AWSPENDING.

    A token already AWSCURRENT leaves nothing to do. The caller hands the stages on to
    ``finish_secret`` rather than have it describe the secret a second time.
    """
    metadata = client.describe_secret(SecretId=arn)
    if not metadata.get("RotationEnabled"):
        raise RotationStateError(f"rotation is not enabled for {arn}")
    stages: dict[str, list[str]] = metadata.get("VersionIdsToStages", {})
    if token not in stages:
        raise RotationStateError(f"version {token} has no stage for rotation of {arn}")
    if CURRENT not in stages[token] and PENDING not in stages[token]:
        raise RotationStateError(f"version {token} is not AWSPENDING for {arn}")
    return stages


def _read(client: Any, arn: str, **selector: str) -> KeysDocument:
    return KeysDocument.parse(client.get_secret_value(SecretId=arn, **selector)["SecretString"])


def _pending(client: Any, arn: str, token: str) -> KeysDocument | None:
    try:
        return _read(client, arn, VersionId=token, VersionStage=PENDING)
    except client.exceptions.ResourceNotFoundException:
        return None


def create_secret(client: Any, arn: str, token: str, issuer: KeyIssuer, window: int) -> KeysDocument:
    """Build the next document (one new key in, the oldest out) as the AWSPENDING version."""
    current = _read(client, arn, VersionStage=CURRENT)
    pending = _pending(client, arn, token)
    # A retry finds its own earlier result. Anything else under AWSPENDING (a copy of an older
    # version, as some emulators pre-fill it) is not a rotation of the current keys: rebuild.
    if pending is not None and pending.follows(current, window):
        return pending
    # Not verified here: testSecret does that, and a key minted at the provider must reach the
    # pending version first, or a failed check would leave it behind unrecorded.
    issued = issuer.issue(current, token)
    document = current.rotated(issued.key, issued.staged, window, issued.provider_ids)
    client.put_secret_value(
        SecretId=arn, ClientRequestToken=token, SecretString=document.dump(), VersionStages=[PENDING]
    )
    return document


def set_secret(client: Any, arn: str, token: str, issuer: KeyIssuer) -> None:
    """Make the new key usable where it is consumed (the provider): the issuer knows how."""
    pending = _pending(client, arn, token)
    if pending is None:
        raise RotationStateError(f"no AWSPENDING version {token} to set")
    issuer.activate(pending.keys[-1])


def test_secret(client: Any, arn: str, token: str, issuer: KeyIssuer) -> None:
    """Every key of the pending document must pass the issuer's check before it becomes current."""
    pending = _pending(client, arn, token)
    if pending is None:
        raise RotationStateError(f"no AWSPENDING version {token} to test")
    if not pending.keys or len(set(pending.keys)) != len(pending.keys):
        raise RotationStateError("pending document must hold distinct keys")
    for key in pending.keys:
        issuer.verify(key)


test_secret.__test__ = False  # type: ignore[attr-defined]  # not a pytest test despite the name


def finish_secret(
    client: Any, arn: str, token: str, issuer: KeyIssuer, stages: dict[str, list[str]]
) -> tuple[str, ...]:
    """Move AWSCURRENT to the new version; retire the keys that left the window. Returns them.

    ``stages`` is what ``check_rotation_state`` returned for this request.
    """
    current_version = next((v for v, s in stages.items() if CURRENT in s), None)
    if current_version == token:
        return ()
    previous = _read(client, arn, VersionStage=CURRENT)
    client.update_secret_version_stage(
        SecretId=arn, VersionStage=CURRENT, MoveToVersionId=token, RemoveFromVersionId=current_version
    )
    client.update_secret_version_stage(SecretId=arn, VersionStage=PENDING, RemoveFromVersionId=token)
    retired: tuple[str, ...] = previous.retired_by(_read(client, arn, VersionStage=CURRENT))
    for key in retired:
        issuer.revoke(key, previous.ids_of(key))
    return retired
