"""Every `tandem ...` command that compose or Kubernetes runs exists in the CLI.

A command the Typer app does not have exits 2 at start, which is a crash loop
under `restart: unless-stopped` or a Deployment, and nothing in the manifests
themselves would show it.
"""

from __future__ import annotations

import pytest

from tests.unit.deploy.sources import (
    TANDEM_REPOSITORY,
    compose,
    containers,
    is_cli_command,
    k8s_resources,
    repository,
    workloads,
)

SCHEDULER = ("tandem", "scheduler")


def _deploy_commands() -> dict[tuple[str, ...], str]:
    """argv -> where it is used, for every Tandem container in compose and in k8s."""
    found: dict[tuple[str, ...], str] = {}
    for name, service in compose()["services"].items():
        if repository(service["image"]) == TANDEM_REPOSITORY:
            found.setdefault(tuple(service["command"]), f"compose service {name}")
    for workload in workloads(k8s_resources()):
        for container in containers(workload):
            if repository(container["image"]) == TANDEM_REPOSITORY:
                argv = (*container.get("command", []), *container.get("args", []))
                found.setdefault(argv, f"{workload['kind']} {workload['metadata']['name']}")
    return found


@pytest.mark.parametrize(
    ("argv", "where"), [(list(argv), where) for argv, where in sorted(_deploy_commands().items())]
)
def test_deploy_command_exists_in_the_cli(argv: list[str], where: str) -> None:
    assert is_cli_command(argv), f"{where}: {' '.join(argv)}"


def test_all_three_roles_are_deployed() -> None:
    commands = set(_deploy_commands())
    assert {("tandem", "serve"), SCHEDULER, ("tandem", "db", "upgrade")} <= commands
