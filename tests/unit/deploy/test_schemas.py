"""The manifests and the compose file are valid against the published schemas.

The cross-reference tests read only the fields they know about; a misspelt key
(`containerport`, `depends-on`) or a string where an integer belongs passes
them, and `kubectl apply` or `docker compose up` rejects it later. Strict
schema validation catches those. The schemas ship in two test-only packages
(kubernetes-validate for Kubernetes, check-jsonschema's vendored Compose
Specification); each test skips when its package is not installed.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import pytest

from tests.unit.deploy.sources import COMPOSE_FILE, K8S, kustomization, load_yaml_documents

KUBERNETES_VERSION = "1.30.0"


def _k8s_documents() -> list[tuple[str, dict[str, Any]]]:
    names = [*kustomization()["resources"], "secret.example.yaml"]
    return [(name, doc) for name in names for doc in load_yaml_documents(K8S / name)]


@pytest.mark.parametrize(
    ("name", "doc"),
    _k8s_documents(),
    ids=lambda value: value if isinstance(value, str) else value["kind"],
)
def test_manifest_is_valid_kubernetes(name: str, doc: dict[str, Any]) -> None:
    validator = pytest.importorskip("kubernetes_validate")
    try:
        validator.validate(doc, KUBERNETES_VERSION, strict=True)
    except validator.ValidationError as exc:
        pytest.fail(f"{name}: {doc['kind']} {doc['metadata']['name']}: {exc}")


def test_compose_file_is_valid_compose_specification() -> None:
    pytest.importorskip("check_jsonschema")
    jsonschema = pytest.importorskip("jsonschema")
    schema_file = resources.files("check_jsonschema") / "builtin_schemas/vendor/compose-spec.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    (document,) = load_yaml_documents(COMPOSE_FILE)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors]
