"""Each Kubernetes workload runs the right command with the right guard rails.

The roles are fixed by the design: several stateless HTTP replicas that neither
migrate nor schedule, exactly one scheduler, one migration Job, Ollama on a GPU
with its models on a volume, and the policy mounted from a ConfigMap that is
the documented example. A wrong value here is a double-posted digest, a schema
migrated by N pods at once, or a policy nobody reviewed.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from bot.routing.policy import parse_policy
from tests.unit.deploy.sources import (
    K8S,
    POLICY_EXAMPLE,
    TANDEM_REPOSITORY,
    by_name,
    configmaps,
    containers,
    env_value,
    k8s_resources,
    kustomization,
    ollama_models,
    pod_spec,
    repository,
    workloads,
)

DOCS = k8s_resources()


def _tandem_containers() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [
        (w, c)
        for w in workloads(DOCS)
        for c in containers(w)
        if repository(c["image"]) == TANDEM_REPOSITORY
    ]


def _runs_as_non_root(workload: dict[str, Any], container: dict[str, Any]) -> bool:
    context = {
        **pod_spec(workload).get("securityContext", {}),
        **container.get("securityContext", {}),
    }
    return context.get("runAsNonRoot") is True and context.get("runAsUser", 0) != 0


def test_bot_deployment_is_replicated_probed_and_hardened() -> None:
    bot = by_name(DOCS, "Deployment", "tandem-bot")
    (container,) = containers(bot)
    assert bot["spec"]["replicas"] >= 2
    assert container["command"] == ["tandem", "serve"]
    port = container["ports"][0]
    for probe, path in (("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")):
        get = container[probe]["httpGet"]
        assert get["path"] == path
        assert get["port"] in (port["name"], port["containerPort"])
    assert env_value(container, "TANDEM_SCHEDULER") == "false"
    assert env_value(container, "TANDEM_AUTO_MIGRATE") == "false"
    assert _runs_as_non_root(bot, container)
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert {"cpu", "memory"} <= container["resources"]["requests"].keys()
    assert "memory" in container["resources"]["limits"]


def test_scheduler_is_a_single_recreated_process() -> None:
    """Two schedulers during a rolling update would each fire every digest."""
    scheduler = by_name(DOCS, "Deployment", "tandem-scheduler")
    (container,) = containers(scheduler)
    assert scheduler["spec"]["replicas"] == 1
    assert scheduler["spec"]["strategy"]["type"] == "Recreate"
    assert container["command"] == ["tandem", "scheduler"]
    assert env_value(container, "TANDEM_SCHEDULER") in (None, "true")
    assert env_value(container, "TANDEM_AUTO_MIGRATE") == "false"
    assert _runs_as_non_root(scheduler, container)
    assert "readinessProbe" not in container, "the scheduler serves no HTTP to probe"


def test_only_the_migration_job_migrates() -> None:
    """The Job runs `tandem db upgrade`; every long-running Tandem pod has auto-migrate off."""
    job = by_name(DOCS, "Job", "tandem-migrate")
    (container,) = containers(job)
    assert container["command"] == ["tandem", "db", "upgrade"]
    assert pod_spec(job)["restartPolicy"] in {"Never", "OnFailure"}
    assert _runs_as_non_root(job, container)
    for workload, tandem in _tandem_containers():
        if workload["kind"] != "Job":
            assert env_value(tandem, "TANDEM_AUTO_MIGRATE") == "false", workload["metadata"]


def test_ollama_has_a_gpu_a_model_volume_and_pulls_the_policy_model() -> None:
    ollama = by_name(DOCS, "Deployment", "ollama")
    (container,) = containers(ollama)
    assert str(container["resources"]["limits"]["nvidia.com/gpu"]) == "1"
    volumes = {v["name"]: v for v in pod_spec(ollama)["volumes"]}
    (models,) = [m for m in container["volumeMounts"] if m["mountPath"] == "/root/.ollama"]
    assert "persistentVolumeClaim" in volumes[models["name"]]
    assert ollama["spec"]["strategy"]["type"] == "Recreate", "a RWO volume cannot be shared"
    pull = by_name(DOCS, "Job", "ollama-pull")
    (puller,) = containers(pull)
    argv = [*puller.get("command", []), *puller.get("args", [])]
    assert argv[-2] == "pull"
    policy = parse_policy(POLICY_EXAMPLE.read_text(encoding="utf-8"))
    assert argv[-1] in ollama_models(policy)
    assert env_value(puller, "OLLAMA_HOST") == configmaps(DOCS)["tandem-config"]["OLLAMA_HOST"]


def test_redis_is_persistent() -> None:
    """Conversation memory and the usage spool survive a Redis restart."""
    redis = by_name(DOCS, "StatefulSet", "redis")
    (container,) = containers(redis)
    args = container["args"]
    assert args[args.index("--appendonly") + 1] == "yes"
    (template,) = redis["spec"]["volumeClaimTemplates"]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert mounts[template["metadata"]["name"]] == "/data"
    assert redis["spec"]["serviceName"] in {
        s["metadata"]["name"] for s in DOCS if s["kind"] == "Service"
    }


def test_policy_configmap_is_the_example_and_parses() -> None:
    """The cluster runs the reviewed policy: byte-identical to deploy/policy.example.toml."""
    (generator,) = [
        g for g in kustomization()["configMapGenerator"] if g["name"] == "tandem-policy"
    ]
    (entry,) = generator["files"]
    text = (K8S / entry).read_text(encoding="utf-8")
    assert text == POLICY_EXAMPLE.read_text(encoding="utf-8")
    policy = parse_policy(text, entry)
    assert policy.models


def test_tandem_policy_points_at_the_mounted_policy_file() -> None:
    """TANDEM_POLICY must name a key of the ConfigMap mounted at its directory."""
    maps = configmaps(DOCS)
    checked = 0
    for workload, container in _tandem_containers():
        value = env_value(container, "TANDEM_POLICY")
        if value is None:
            continue
        path = PurePosixPath(value)
        volumes = {v["name"]: v for v in pod_spec(workload)["volumes"]}
        (mount,) = [m for m in container["volumeMounts"] if m["mountPath"] == str(path.parent)]
        configmap = volumes[mount["name"]]["configMap"]["name"]
        assert path.name in maps[configmap], (workload["metadata"]["name"], value)
        parse_policy(maps[configmap][path.name], value)
        checked += 1
    assert checked >= 2, "the bot and the scheduler both need the policy"


def test_images_are_rewritten_by_kustomize() -> None:
    """`tandem` in the manifests is a placeholder; kustomize's `images` makes it a registry path."""
    names = {image["name"] for image in kustomization()["images"]}
    assert {c["image"] for _, c in _tandem_containers()} <= names
