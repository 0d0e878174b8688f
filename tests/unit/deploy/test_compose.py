"""docker-compose.yml and .env.example describe a whole team install that can start.

`docker compose up` cannot run here, so these tests check what it would trip
over: a depends_on naming a missing service or one with no healthcheck to wait
for, an undeclared named volume, an env name Tandem never reads, a URL pointing
at a service or port that is not there, a command the CLI does not have.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.unit.deploy.sources import (
    DEPLOY,
    DOCKERFILE,
    ENV_EXAMPLE,
    ROOT,
    TANDEM_REPOSITORY,
    THIRD_PARTY_ENV,
    allowed_env,
    compose,
    env_file_assignments,
    env_file_entries,
    example_policy,
    ollama_models,
    repository,
    settings_env_names,
)

COMPOSE = compose()
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]
INTERPOLATION = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)(?::?[-?+][^}]*)?\}")
CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
SERVICE_PORTS = {"redis": 6379, "postgres": 5432, "ollama": 11434}
POSTGRES = THIRD_PARTY_ENV["postgres"]


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: str(v) for k, v in env.items()}


def _env_files(service: dict[str, Any]) -> list[str]:
    files = service.get("env_file", [])
    files = [files] if isinstance(files, str) else files
    return [f if isinstance(f, str) else f["path"] for f in files]


def _interpolate(value: str) -> str:
    """Compose's ${VAR:-default} with nothing set: the default, or a stand-in value."""
    return re.sub(r"\$\{[A-Z_][A-Z0-9_]*(?::?-([^}]*))?[^}]*\}", lambda m: m.group(1) or "x", value)


def _named_volume(source: str) -> bool:
    return not source.startswith((".", "/", "~"))


def test_whole_team_install_services_exist() -> None:
    assert {"tandem", "scheduler", "migrate", "redis", "postgres", "ollama", "ollama-pull"} <= set(
        SERVICES
    )


def test_depends_on_targets_exist_and_can_satisfy_their_condition() -> None:
    """service_healthy needs a healthcheck; completed_successfully needs a one-shot service."""
    for name, service in SERVICES.items():
        for target, spec in service.get("depends_on", {}).items():
            assert target in SERVICES, f"{name} depends on missing {target}"
            condition = spec["condition"]
            assert condition in CONDITIONS, (name, condition)
            dependency = SERVICES[target]
            if condition == "service_healthy":
                check = dependency.get("healthcheck", {})
                assert check.get("test") and not check.get("disable"), f"{target} has no check"
            if condition == "service_completed_successfully":
                assert dependency.get("restart", "no") == "no", f"{target} must be one-shot"


def test_tandem_waits_for_the_migration_and_neither_migrates_nor_schedules() -> None:
    tandem = SERVICES["tandem"]
    assert tandem["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    env = _environment(tandem)
    assert env["TANDEM_AUTO_MIGRATE"] == "false"
    assert env["TANDEM_SCHEDULER"] == "false"
    assert _environment(SERVICES["scheduler"]).get("TANDEM_SCHEDULER", "true") == "true"


def test_commands_are_the_documented_roles() -> None:
    """One image, three roles; test_cli_commands checks that each command exists."""
    assert SERVICES["tandem"]["command"] == ["tandem", "serve"]
    assert SERVICES["scheduler"]["command"] == ["tandem", "scheduler"]
    assert SERVICES["migrate"]["command"] == ["tandem", "db", "upgrade"]


def test_tandem_port_is_published_and_services_without_http_skip_the_healthcheck() -> None:
    """The image's HEALTHCHECK probes /healthz on TANDEM_PORT: `tandem serve` and `tandem
    scheduler` answer it; the one-shot migration does not, so it turns the check off."""
    tandem = SERVICES["tandem"]
    container_ports = {int(str(p).rsplit(":", 1)[1]) for p in tandem["ports"]}
    assert container_ports == {int(_environment(tandem)["TANDEM_PORT"])}
    assert SERVICES["migrate"]["healthcheck"] == {"disable": True}
    assert "healthcheck" not in SERVICES["scheduler"]


def test_named_volumes_are_declared_and_used() -> None:
    declared = set(COMPOSE.get("volumes") or {})
    used: set[str] = set()
    for name, service in SERVICES.items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if _named_volume(source):
                assert source in declared, f"{name} uses undeclared volume {source}"
                used.add(source)
            else:
                assert (DEPLOY / source).exists(), f"{name} mounts missing {source}"
    assert used == declared


def test_stateful_services_are_persistent() -> None:
    """Redis with append-only files, PostgreSQL and Ollama's models on named volumes."""
    redis = SERVICES["redis"]
    assert redis["command"][redis["command"].index("--appendonly") + 1] == "yes"
    mounts = {
        name: {v.split(":")[1] for v in SERVICES[name]["volumes"]}
        for name in ("redis", "postgres", "ollama")
    }
    assert "/data" in mounts["redis"]
    assert "/var/lib/postgresql/data" in mounts["postgres"]
    assert "/root/.ollama" in mounts["ollama"]
    assert "pg_isready" in " ".join(SERVICES["postgres"]["healthcheck"]["test"])


def test_env_names_are_ones_each_image_reads() -> None:
    """Tandem services get only `Settings` names; third-party images only their own."""
    for name, service in SERVICES.items():
        allowed = allowed_env(service["image"])
        if repository(service["image"]) == TANDEM_REPOSITORY:
            allowed |= POSTGRES  # deploy/.env also feeds Compose's own ${POSTGRES_*}
        names = set(_environment(service))
        for env_file in _env_files(service):
            names |= set(env_file_assignments(DEPLOY / f"{env_file}.example"))
        assert names <= allowed, f"{name}: {sorted(names - allowed)}"


def test_urls_point_at_compose_services_and_their_ports() -> None:
    for name in ("tandem", "scheduler", "migrate"):
        env = _environment(SERVICES[name])
        for variable in ("DATABASE_URL", "REDIS_URL", "OLLAMA_HOST"):
            url = urlsplit(_interpolate(env[variable]))
            assert url.hostname in SERVICES, (name, variable)
            assert url.port == SERVICE_PORTS[str(url.hostname)], (name, variable)
    pull_host = urlsplit(_environment(SERVICES["ollama-pull"])["OLLAMA_HOST"])
    assert (pull_host.hostname, pull_host.port) == ("ollama", SERVICE_PORTS["ollama"])


def test_the_policy_mount_is_the_example_and_tandem_policy_names_it() -> None:
    for name in ("tandem", "scheduler"):
        service = SERVICES[name]
        target = _environment(service)["TANDEM_POLICY"]
        sources = [v.split(":")[0] for v in service["volumes"] if v.split(":")[1] == target]
        assert sources == ["./policy.example.toml"], name
    example_policy()


def test_ollama_pull_pulls_the_policy_local_model() -> None:
    pull = SERVICES["ollama-pull"]
    argv = [*pull.get("entrypoint", []), *pull["command"]]
    assert argv[-2] == "pull"
    assert argv[-1] in ollama_models(example_policy())
    assert pull["depends_on"]["ollama"]["condition"] == "service_healthy"


def test_build_uses_the_repository_and_the_deploy_dockerfile() -> None:
    for name in ("tandem", "scheduler", "migrate"):
        build = SERVICES[name]["build"]
        context = (DEPLOY / build["context"]).resolve()
        assert context == ROOT
        assert (context / build["dockerfile"]).resolve() == DOCKERFILE
        assert (context / "pyproject.toml").is_file()


def test_interpolated_variables_are_documented_in_env_example() -> None:
    """Every ${VAR} Compose substitutes is one a user can find and set in deploy/.env."""
    text = (DEPLOY / "docker-compose.yml").read_text(encoding="utf-8")
    documented = env_file_entries(ENV_EXAMPLE)
    assert set(INTERPOLATION.findall(text)) <= set(documented)


def test_env_example_documents_every_setting_and_nothing_else() -> None:
    """Each setting in bot/config.py has a line (set or commented); no invented names."""
    documented = set(env_file_entries(ENV_EXAMPLE))
    assert documented - POSTGRES <= settings_env_names(), documented - settings_env_names()
    missing = settings_env_names() - documented - {"DATABASE_URL"}
    assert not missing, f"undocumented settings: {sorted(missing)}"
    assert "DATABASE_URL" in ENV_EXAMPLE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "OPENAI_API_KEY", "SLACK_APP_TOKEN"]
)
def test_env_example_holds_no_secret_values(name: str) -> None:
    assert env_file_entries(ENV_EXAMPLE).get(name, "") == ""
