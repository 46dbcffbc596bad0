"""The fake server's admin API: service accounts and their keys, as the rotation function's OpenAI issuer calls it."""

from __future__ import annotations

import requests

from tests.support.fake_openai import FakeOpenAI


def test_service_accounts_mint_list_and_revoke_keys(fake: FakeOpenAI) -> None:
    admin = {"authorization": "Bearer admin-key"}
    project = f"{fake.base_url}/organization/projects/proj_fake"
    fake.accept_only("sk-existing")

    created = requests.post(f"{project}/service_accounts", headers=admin, json={"name": "rotation"}, timeout=5)
    assert created.status_code == 200
    account = created.json()
    assert account["object"] == "organization.project.service_account" and account["name"] == "rotation"
    key = account["api_key"]
    assert key["value"].startswith("sk-svcacct-") and key["id"].startswith("key_")
    assert fake.state.valid_keys == {"sk-existing", key["value"]}  # the new key works at once
    listed = requests.get(f"{project}/service_accounts", headers=admin, params={"limit": 1}, timeout=5).json()
    assert [a["id"] for a in listed["data"]] == [account["id"]] and listed["has_more"] is False
    api_key = requests.get(f"{project}/api_keys/{key['id']}", headers=admin, timeout=5).json()
    assert api_key["owner"]["service_account"]["id"] == account["id"] and "value" not in api_key
    models = f"{fake.base_url}/models"
    assert requests.get(models, headers={"authorization": f"Bearer {key['value']}"}, timeout=5).status_code == 200

    revoked = requests.delete(f"{project}/service_accounts/{account['id']}", headers=admin, timeout=5)
    assert revoked.json() == {
        "object": "organization.project.service_account.deleted",
        "id": account["id"],
        "deleted": True,
    }
    assert fake.state.valid_keys == {"sk-existing"}
    assert requests.get(models, headers={"authorization": f"Bearer {key['value']}"}, timeout=5).status_code == 401
    assert requests.delete(f"{project}/service_accounts/{account['id']}", headers=admin, timeout=5).status_code == 404
    assert requests.get(f"{project}/api_keys/{key['id']}", headers=admin, timeout=5).status_code == 404
    user = {"authorization": "Bearer sk-existing"}
    assert requests.post(f"{project}/service_accounts", headers=user, json={"name": "x"}, timeout=5).status_code == 401
    other = f"{fake.base_url}/organization/projects/proj_other/service_accounts"
    assert requests.get(other, headers=admin, timeout=5).status_code == 404
