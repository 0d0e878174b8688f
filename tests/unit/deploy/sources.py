"""What the deploy tests read: the files under deploy/ and the names the code defines.

The deploy files cannot be run here (no Docker engine, no cluster), so the tests
check them against the code they configure: env names against `Settings`,
commands against the Typer app, metric names against `Metrics`, the policy
against `parse_policy`. Everything is read from absolute paths because the root
conftest moves each test into a temporary directory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer.main
import yaml
from pydantic import AliasChoices

from bot.cli import app
from bot.config import Settings
from bot.routing.policy import Policy, parse_policy

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE_FILE = DEPLOY / "docker-compose.yml"
DOCKERFILE = DEPLOY / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
ENV_EXAMPLE = DEPLOY / ".env.example"
POLICY_EXAMPLE = DEPLOY / "policy.example.toml"
DASHBOARD = DEPLOY / "grafana-dashboard.json"
KUSTOMIZATION = K8S / "kustomization.yaml"
SECRET_EXAMPLE = K8S / "secret.example.yaml"

TANDEM_REPOSITORY = "tandem"
# Third-party images and the variables their own documentation defines.
THIRD_PARTY_ENV: dict[str, frozenset[str]] = {
    "postgres": frozenset({"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"}),
    "ollama/ollama": frozenset({"OLLAMA_HOST", "OLLAMA_KEEP_ALIVE"}),
    "redis": frozenset(),
}


def settings_env_names() -> frozenset[str]:
    """Every environment variable `bot/config.py` reads: the upper-case alias choices."""
    names: set[str] = set()
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        choices = alias.choices if isinstance(alias, AliasChoices) else [alias]
        names.update(c for c in choices if isinstance(c, str) and c.isupper())
    return frozenset(names)


def repository(image: str) -> str:
    """`ollama/ollama:latest` -> `ollama/ollama`: the image name without tag or digest."""
    name = image.split("@")[0]
    head, _, last = name.rpartition("/")
    return f"{head}/{last.split(':')[0]}" if head else last.split(":")[0]


def allowed_env(image: str) -> frozenset[str]:
    """The env names a container of `image` may be given."""
    if repository(image) == TANDEM_REPOSITORY:
        return settings_env_names()
    return THIRD_PARTY_ENV.get(repository(image), frozenset())


def cli_commands() -> set[tuple[str, ...]]:
    """Every runnable `tandem ...` command path, from the Typer app itself."""
    paths: set[tuple[str, ...]] = set()

    def walk(command: Any, prefix: tuple[str, ...]) -> None:
        subcommands: dict[str, Any] | None = getattr(command, "commands", None)
        if subcommands is not None:
            for name, sub in subcommands.items():
                walk(sub, (*prefix, name))
        else:
            paths.add(prefix)

    walk(typer.main.get_command(app), ("tandem",))
    return paths


def is_cli_command(argv: list[str]) -> bool:
    """True when `argv` starts with a real `tandem` command path (options may follow)."""
    return any(tuple(argv[: len(path)]) == path for path in cli_commands())


def load_yaml_documents(path: Path) -> list[Any]:
    with path.open(encoding="utf-8") as handle:
        return [doc for doc in yaml.safe_load_all(handle) if doc is not None]


def kustomization() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(KUSTOMIZATION.read_text(encoding="utf-8"))
    return data


def k8s_resources() -> list[dict[str, Any]]:
    """Every object `kubectl apply -k deploy/k8s` creates from files, plus the Secret example."""
    docs: list[dict[str, Any]] = []
    for name in [*kustomization()["resources"], SECRET_EXAMPLE.name]:
        docs.extend(load_yaml_documents(K8S / name))
    return docs


def of_kind(docs: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] == kind]


def by_name(docs: list[dict[str, Any]], kind: str, name: str) -> dict[str, Any]:
    matches = [d for d in of_kind(docs, kind) if d["metadata"]["name"] == name]
    assert len(matches) == 1, f"expected one {kind} named {name}, found {len(matches)}"
    return matches[0]


def pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def pod_labels(workload: dict[str, Any]) -> dict[str, str]:
    labels: dict[str, str] = workload["spec"]["template"]["metadata"]["labels"]
    return labels


def workloads(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [d for d in docs if d["kind"] in {"Deployment", "StatefulSet", "Job", "DaemonSet"}]


def containers(workload: dict[str, Any]) -> list[dict[str, Any]]:
    spec = pod_spec(workload)
    return [*spec.get("initContainers", []), *spec["containers"]]


def env_value(container: dict[str, Any], name: str) -> str | None:
    for item in container.get("env", []):
        if item["name"] == name:
            value: str | None = item.get("value")
            return value
    return None


def generated_configmaps() -> dict[str, dict[str, str]]:
    """ConfigMaps made by kustomize's configMapGenerator: name -> {key: value or file text}."""
    made: dict[str, dict[str, str]] = {}
    for generator in kustomization().get("configMapGenerator", []):
        data: dict[str, str] = {}
        for literal in generator.get("literals", []):
            key, _, value = literal.partition("=")
            data[key] = value
        for entry in generator.get("files", []):
            key, _, file = entry.rpartition("=") if "=" in entry else ("", "", entry)
            data[key or Path(file).name] = (K8S / file).read_text(encoding="utf-8")
        made[generator["name"]] = data
    return made


def configmaps(docs: list[dict[str, Any]]) -> dict[str, dict[str, str]]:
    found = {d["metadata"]["name"]: dict(d.get("data", {})) for d in of_kind(docs, "ConfigMap")}
    return {**found, **generated_configmaps()}


def secret_keys(docs: list[dict[str, Any]]) -> dict[str, set[str]]:
    return {
        d["metadata"]["name"]: {*d.get("stringData", {}), *d.get("data", {})}
        for d in of_kind(docs, "Secret")
    }


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    return data


def env_file_entries(path: Path) -> dict[str, str]:
    """`NAME=value` lines of an env file; commented `# NAME=value` lines count as documented."""
    entries: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"#?\s*([A-Z][A-Z0-9_]*)=(\S*).*", line.strip())
        if match:
            entries.setdefault(match.group(1), match.group(2))
    return entries


def env_file_assignments(path: Path) -> dict[str, str]:
    """Only the uncommented `NAME=value` lines: what a container actually receives."""
    pairs = (line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return {p[0].strip(): p[1] for p in pairs if len(p) == 2 and not p[0].startswith("#")}


def example_policy() -> Policy:
    return parse_policy(POLICY_EXAMPLE.read_text(encoding="utf-8"), str(POLICY_EXAMPLE))


def ollama_models(policy: Policy) -> set[str]:
    return {spec.model for spec in policy.models.values() if spec.provider == "ollama"}


def dockerfile_instructions() -> Iterator[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    logical = ""
    for raw in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not logical and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        if line.endswith("\\"):
            logical += line[:-1] + " "
            continue
        logical += line
        keyword, _, rest = logical.partition(" ")
        yield keyword.upper(), rest.strip()
        logical = ""
