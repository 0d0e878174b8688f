"""deploy/Dockerfile builds the wheel in one stage and runs it, as non-root, in another.

No Docker engine runs here, so the Dockerfile is read as text: multi-stage,
the runtime copying only the virtualenv, a numeric non-root USER, a HEALTHCHECK
on /healthz at TANDEM_PORT, `tandem serve` by default, and a build context
(.dockerignore) that holds what the COPY lines need and none of the secrets,
caches or tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.unit.deploy.sources import (
    DOCKERIGNORE,
    ROOT,
    dockerfile_instructions,
    settings_env_names,
)

INSTRUCTIONS = list(dockerfile_instructions())
RUNTIME_ENV = {"PATH", "PYTHONUNBUFFERED", "PYTHONDONTWRITEBYTECODE", "MPLCONFIGDIR"}
BUILD_ENV = {"PIP_NO_CACHE_DIR", "PIP_DISABLE_PIP_VERSION_CHECK", "PYTHONDONTWRITEBYTECODE"}
DEV_TOOLS = ("pytest", "mypy", "ruff", "hypothesis", "gcc", "build-essential", "[dev]")


def _stages() -> list[list[tuple[str, str]]]:
    stages: list[list[tuple[str, str]]] = []
    for keyword, rest in INSTRUCTIONS:
        if keyword == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((keyword, rest))
    return stages


def _args() -> dict[str, str]:
    """Global ARG defaults (before the first FROM), used to resolve FROM lines."""
    values: dict[str, str] = {}
    for keyword, rest in INSTRUCTIONS:
        if keyword == "FROM":
            break
        if keyword == "ARG" and "=" in rest:
            name, value = rest.split("=", 1)
            values[name] = value
    return values


def _env(stage: list[tuple[str, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for keyword, rest in stage:
        if keyword == "ENV":
            values.update(re.findall(r"([A-Z_][A-Z0-9_]*)=(\S+)", rest))
    return values


def _dockerignore_excludes(path: str) -> bool:
    """Docker's rule: the last matching pattern wins; a match on a parent directory counts."""
    rules: list[tuple[bool, re.Pattern[str]]] = []
    for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        pattern = line.lstrip("!").strip("/")
        source = re.escape(pattern).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*")
        source = source.replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        source = re.sub(r"\\\[(.*?)\\\]", lambda m: "[" + m.group(1) + "]", source)
        rules.append((negated, re.compile(source)))
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negated, regex in rules:
        if any(regex.fullmatch(candidate) for candidate in candidates):
            excluded = not negated
    return excluded


def test_multi_stage_with_a_slim_python_311_runtime() -> None:
    stages = _stages()
    assert len(stages) >= 2
    froms = [stage[0][1] for stage in stages]
    assert all(re.search(r"\sAS\s+\w+", f, re.IGNORECASE) for f in froms), froms
    image = froms[-1].split()[0]
    for name, value in _args().items():
        image = image.replace(f"${{{name}}}", value)
    assert re.fullmatch(r"python:3\.11-slim(-\w+)?", image), image


def test_runtime_copies_only_the_builder_virtualenv() -> None:
    """No source tree, compiler or dev dependency reaches the final image."""
    runtime = _stages()[-1]
    copies = [rest for keyword, rest in runtime if keyword == "COPY"]
    assert copies and all(c.startswith("--from=") for c in copies), copies
    for keyword, rest in runtime:
        if keyword == "RUN":
            assert not any(tool in rest for tool in DEV_TOOLS), rest
            assert "pip install" not in rest


def test_builder_installs_a_wheel_with_the_pinned_constraints() -> None:
    runs = " ".join(rest for keyword, rest in _stages()[0] if keyword == "RUN")
    assert "pip wheel" in runs
    assert re.search(r"--constraint constraints\.txt|-c constraints\.txt", runs)
    assert not any(tool in runs for tool in ("[dev]", "-e ", "--editable"))


def test_runs_as_a_numeric_non_root_user() -> None:
    """Numeric so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd."""
    users = [rest for keyword, rest in _stages()[-1] if keyword == "USER"]
    assert users
    uid = users[-1].split(":")[0]
    assert uid.isdigit() and int(uid) != 0


def test_healthcheck_probes_healthz_on_tandem_port_with_python() -> None:
    (check,) = [rest for keyword, rest in _stages()[-1] if keyword == "HEALTHCHECK"]
    assert "/healthz" in check and "TANDEM_PORT" in check
    command = json.loads(check[check.index("CMD") + 3 :].strip())
    assert command[0] == "python"
    compile(command[2], "<healthcheck>", "exec")


def test_default_command_is_tandem_serve_on_the_exposed_port() -> None:
    runtime = _stages()[-1]
    (cmd,) = [json.loads(rest) for keyword, rest in runtime if keyword == "CMD"]
    entrypoints = [json.loads(rest) for keyword, rest in runtime if keyword == "ENTRYPOINT"]
    assert [*(entrypoints[-1] if entrypoints else []), *cmd] == ["tandem", "serve"]
    exposed = {rest.split("/")[0] for keyword, rest in runtime if keyword == "EXPOSE"}
    assert exposed == {_env(runtime)["TANDEM_PORT"]} == {"3000"}


def test_env_names_are_settings_or_runtime_plumbing() -> None:
    for index, stage in enumerate(_stages()):
        allowed = settings_env_names() | RUNTIME_ENV | (BUILD_ENV if index == 0 else set())
        assert set(_env(stage)) <= allowed, set(_env(stage)) - allowed


def test_copy_sources_exist_and_are_in_the_build_context() -> None:
    """A COPY of a file .dockerignore drops fails the build with 'not found'."""
    sources = [
        part
        for keyword, rest in _stages()[0]
        if keyword == "COPY" and not rest.startswith("--from")
        for part in rest.split()[:-1]
    ]
    assert {"pyproject.toml", "constraints.txt", "bot", "migrations"} <= set(sources)
    for source in sources:
        assert (ROOT / source).exists(), source
        assert not _dockerignore_excludes(source), source
    readme = ROOT / "README.md"
    assert "README.md" in sources and readme.is_file(), "pyproject's readme is built into the wheel"


@pytest.mark.parametrize(
    "path",
    ["bot/cli.py", "bot/policy.toml", "migrations/env.py", "migrations/versions/x.py"],
)
def test_build_context_keeps_package_files(path: str) -> None:
    assert not _dockerignore_excludes(path)


@pytest.mark.parametrize(
    "path",
    [
        ".env",
        "deploy/.env",
        "bot/.env",
        ".venv/bin/python",
        ".git/HEAD",
        "tests/unit/test_x.py",
        "bot/__pycache__/cli.cpython-311.pyc",
        "tandem.db",
        "bench/results/run.json",
    ],
)
def test_build_context_drops_secrets_caches_and_tests(path: str) -> None:
    assert _dockerignore_excludes(path)


def test_every_package_file_survives_the_dockerignore() -> None:
    for base in ("bot", "migrations"):
        for file in (ROOT / base).rglob("*"):
            relative = file.relative_to(ROOT).as_posix()
            if file.is_file() and "__pycache__" not in Path(relative).parts:
                assert not _dockerignore_excludes(relative), relative
