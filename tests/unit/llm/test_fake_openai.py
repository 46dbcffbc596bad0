"""The fake server's admin API for project keys (what the rotation function's OpenAI issuer will call)."""

from __future__ import annotations

import requests

from tests.support.fake_openai import FakeOpenAI


def test_admin_keys_can_be_created_listed_and_revoked(fake: FakeOpenAI) -> None:
    admin = {"authorization": "Bearer admin-key"}
    url = f"{fake.base_url}/organization/projects/proj_1/api_keys"
    fake.accept_only("sk-existing")

    created = requests.post(url, headers=admin, json={"name": "rotation"}, timeout=5)
    assert created.status_code == 201
    issued = created.json()
    assert issued["value"].startswith("sk-proj-")
    assert fake.state.valid_keys == {"sk-existing", issued["value"]}  # the new key works at once
    assert [k["id"] for k in requests.get(url, headers=admin, timeout=5).json()["data"]] == [issued["id"]]

    revoked = requests.delete(f"{url}/{issued['id']}", headers=admin, timeout=5)
    assert revoked.json()["deleted"] is True
    assert fake.state.valid_keys == {"sk-existing"}
    assert requests.delete(f"{url}/{issued['id']}", headers=admin, timeout=5).status_code == 404
    assert requests.post(url, headers={"authorization": "Bearer sk-existing"}, timeout=5).status_code == 401
