"""The Kubernetes manifests refer only to things that exist.

No cluster runs here, and a dangling name (a Secret key, a ConfigMap, a Service
port, an env var Tandem never reads) is accepted by `kubectl apply` and only
fails at run time, as a pod stuck in CreateContainerConfigError, an Ingress
with no endpoints, or a setting silently ignored. These tests catch each of
those from the files alone.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.unit.deploy.sources import (
    K8S,
    SECRET_EXAMPLE,
    allowed_env,
    by_name,
    configmaps,
    containers,
    k8s_resources,
    kustomization,
    load_yaml_documents,
    of_kind,
    pod_labels,
    pod_spec,
    secret_keys,
    settings_env_names,
    workloads,
)

DOCS = k8s_resources()


def _named_ports(container: dict[str, Any]) -> dict[str, int]:
    return {p["name"]: p["containerPort"] for p in container.get("ports", []) if "name" in p}


def _resolve_port(container: dict[str, Any], port: int | str) -> int | None:
    """A probe's or Service's target port as a number, if the container declares it."""
    if isinstance(port, int):
        declared = {p["containerPort"] for p in container.get("ports", [])}
        return port if port in declared else None
    return _named_ports(container).get(port)


def _selected(selector: dict[str, str]) -> list[dict[str, Any]]:
    return [w for w in workloads(DOCS) if selector.items() <= pod_labels(w).items()]


def test_every_manifest_parses_and_names_its_kind() -> None:
    """A typo'd key or a bad indent shows up here, not halfway through an apply."""
    paths = sorted(K8S.glob("*.yaml"))
    assert paths
    for path in paths:
        for doc in load_yaml_documents(path):
            assert doc.get("apiVersion") and doc.get("kind"), path.name
            if path.name != "kustomization.yaml":
                assert doc["metadata"].get("name"), path.name


def _null_keys(node: Any, path: str = "") -> list[str]:
    if isinstance(node, dict):
        found = [f"{path}.{k}" for k, v in node.items() if v is None]
        return found + [p for k, v in node.items() for p in _null_keys(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _null_keys(v, f"{path}[{i}]")]
    return []


def test_no_manifest_key_is_left_empty() -> None:
    """`annotations:` with only a comment under it is null, not an empty map."""
    for path in sorted(K8S.glob("*.yaml")):
        for doc in load_yaml_documents(path):
            assert not _null_keys(doc), (path.name, _null_keys(doc))


def test_kustomization_lists_every_manifest_but_the_secret_example() -> None:
    """A manifest left out of `resources` is never applied; the Secret example must stay out,
    or each apply would overwrite the real Secret with placeholders."""
    listed = set(kustomization()["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk - {SECRET_EXAMPLE.name}
    assert SECRET_EXAMPLE.name not in listed


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl is not installed")
def test_kustomize_builds_the_tree() -> None:
    """`kubectl apply -k deploy/k8s` renders (generators, image overrides, namespace)."""
    built = subprocess.run(
        ["kubectl", "kustomize", str(K8S)], capture_output=True, text=True, timeout=60, check=False
    )
    assert built.returncode == 0, built.stderr
    assert "kind: Deployment" in built.stdout


def test_env_names_are_ones_the_image_reads() -> None:
    """Tandem containers get only names `bot/config.py` reads; third-party ones only theirs."""
    maps = configmaps(DOCS)
    for workload in workloads(DOCS):
        for container in containers(workload):
            allowed = allowed_env(container["image"])
            names = {e["name"] for e in container.get("env", [])}
            for source in container.get("envFrom", []):
                names |= set(maps[source["configMapRef"]["name"]])
            unknown = names - allowed
            assert not unknown, f"{workload['metadata']['name']}: {sorted(unknown)}"


def test_secret_key_refs_exist_in_the_secret_manifest() -> None:
    """Every secretKeyRef names the documented Secret and one of its keys."""
    secrets = secret_keys(DOCS)
    refs = 0
    for workload in workloads(DOCS):
        for container in containers(workload):
            for item in container.get("env", []):
                ref = item.get("valueFrom", {}).get("secretKeyRef")
                if ref is None:
                    continue
                refs += 1
                assert ref["name"] in secrets, ref
                assert ref["key"] in secrets[ref["name"]], ref
    assert refs


def test_secret_example_holds_real_settings_with_placeholders() -> None:
    """The Secret's keys are settings Tandem reads, each used by some pod, none a real value."""
    secret = by_name(DOCS, "Secret", "tandem-secrets")
    data = secret["stringData"]
    assert set(data) == {
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "OPENAI_API_KEY",
        "DATABASE_URL",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
    }
    assert set(data) <= settings_env_names()
    assert all("REPLACE_ME" in value for value in data.values())
    used = {
        item["valueFrom"]["secretKeyRef"]["key"]
        for w in workloads(DOCS)
        for c in containers(w)
        for item in c.get("env", [])
        if "secretKeyRef" in item.get("valueFrom", {})
    }
    assert set(data) <= used


def test_configmap_references_exist() -> None:
    """envFrom, configMapKeyRef and configMap volumes name a ConfigMap (file or generator)."""
    maps = configmaps(DOCS)
    for workload in workloads(DOCS):
        for volume in pod_spec(workload).get("volumes", []):
            if "configMap" in volume:
                assert volume["configMap"]["name"] in maps, volume
        for container in containers(workload):
            for source in container.get("envFrom", []):
                assert source["configMapRef"]["name"] in maps, source
            for item in container.get("env", []):
                ref = item.get("valueFrom", {}).get("configMapKeyRef")
                if ref is not None:
                    assert ref["key"] in maps[ref["name"]], ref


def test_services_select_pods_that_serve_their_target_port() -> None:
    """A Service whose selector matches no pod, or a pod without the port, has no endpoints."""
    for service in of_kind(DOCS, "Service"):
        selected = _selected(service["spec"]["selector"])
        name = service["metadata"]["name"]
        assert selected, f"Service {name} selects no pods"
        for workload in selected:
            for port in service["spec"]["ports"]:
                target = port.get("targetPort", port["port"])
                served = [c for c in containers(workload) if _resolve_port(c, target)]
                assert served, f"{name}: {workload['metadata']['name']} has no port {target}"


def test_bot_service_port_is_the_container_port_and_tandem_port() -> None:
    """The Service, the container port and TANDEM_PORT agree, or Slack's requests go nowhere."""
    service = by_name(DOCS, "Service", "tandem-bot")
    (bot,) = _selected(service["spec"]["selector"])
    (container,) = containers(bot)
    (port,) = service["spec"]["ports"]
    target = _resolve_port(container, port["targetPort"])
    tandem_port = {e["name"]: e.get("value") for e in container["env"]}["TANDEM_PORT"]
    assert target == int(tandem_port) == 3000
    assert container["command"] == ["tandem", "serve"]


def test_ingress_routes_slack_paths_to_the_bot_service() -> None:
    """Events, slash commands, interactivity and the OAuth flow reach `tandem serve`."""
    (ingress,) = of_kind(DOCS, "Ingress")
    paths: dict[str, dict[str, Any]] = {}
    for rule in ingress["spec"]["rules"]:
        for path in rule["http"]["paths"]:
            paths[path["path"]] = path["backend"]["service"]
    assert set(paths) == {"/slack/events", "/slack/install", "/slack/oauth_redirect"}
    for backend in paths.values():
        service = by_name(DOCS, "Service", backend["name"])
        ports = service["spec"]["ports"]
        wanted = backend["port"]
        assert any(
            p.get("name") == wanted.get("name") or p["port"] == wanted.get("number") for p in ports
        ), backend
        for workload in _selected(service["spec"]["selector"]):
            assert containers(workload)[0]["command"] == ["tandem", "serve"]
    hosts = {tls_host for tls in ingress["spec"].get("tls", []) for tls_host in tls["hosts"]}
    assert {rule["host"] for rule in ingress["spec"]["rules"]} <= hosts


def test_pod_disruption_budget_and_hpa_target_the_bot() -> None:
    """A PDB or HPA pointing at a renamed Deployment silently does nothing."""
    bot = by_name(DOCS, "Deployment", "tandem-bot")
    (pdb,) = of_kind(DOCS, "PodDisruptionBudget")
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels(bot).items()
    (hpa,) = of_kind(DOCS, "HorizontalPodAutoscaler")
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", "tandem-bot")
    assert hpa["spec"]["minReplicas"] >= 2
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert containers(bot)[0]["resources"]["requests"]["cpu"], "CPU HPA needs a CPU request"


def test_deployment_selectors_match_their_pod_labels() -> None:
    """The API server rejects a selector that does not match the template; catch it here."""
    for workload in workloads(DOCS):
        if workload["kind"] == "Job":
            continue
        selector = workload["spec"]["selector"]["matchLabels"]
        assert selector.items() <= pod_labels(workload).items(), workload["metadata"]["name"]


def test_claims_and_service_urls_point_at_existing_objects() -> None:
    """PVCs, REDIS_URL and OLLAMA_HOST name objects (and ports) this tree creates."""
    claims = {c["metadata"]["name"] for c in of_kind(DOCS, "PersistentVolumeClaim")}
    for workload in workloads(DOCS):
        templates = {
            t["metadata"]["name"] for t in workload["spec"].get("volumeClaimTemplates", [])
        }
        for volume in pod_spec(workload).get("volumes", []):
            if "persistentVolumeClaim" in volume:
                assert volume["persistentVolumeClaim"]["claimName"] in claims, volume
        for container in containers(workload):
            for mount in container.get("volumeMounts", []):
                declared = {v["name"] for v in pod_spec(workload).get("volumes", [])}
                assert mount["name"] in declared | templates, mount
    config = configmaps(DOCS)["tandem-config"]
    for variable in ("REDIS_URL", "OLLAMA_HOST"):
        url = urlsplit(config[variable])
        service = by_name(DOCS, "Service", str(url.hostname))
        assert url.port in {p["port"] for p in service["spec"]["ports"]}, variable


def test_repository_paths_in_manifests_exist() -> None:
    """Files a generator reads must sit under deploy/k8s (kustomize's load restriction)."""
    for generator in kustomization().get("configMapGenerator", []):
        for entry in generator.get("files", []):
            file = (K8S / entry.rpartition("=")[2]).resolve()
            assert file.is_file(), entry
            assert Path(K8S.resolve()) in file.parents, entry
