"""The `tandem` command as a user runs it: a subprocess with environment variables."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert

from bot.usage.records import UsageRecord
from bot.usage.tables import UsageEvent
from tests.fakes.ollama import FakeOllama
from tests.fakes.openai import FakeOpenAI
from tests.fakes.slack import DEFAULT_TOKEN, FakeSlack
from tests.support.cli import ROOT, run, usage_rows
from tests.support.samples import AWS_SECRET_QUESTION


def test_ask_streams_answer_footer_and_logs_a_row(
    env: dict[str, str], fake_ollama: FakeOllama
) -> None:
    result = run(["ask", "what does git rebase do?", "--model", "local"], env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("You asked about what does git rebase do.")
    footer = result.stdout.strip().splitlines()[-1]
    assert "llama3.1:8b" in footer and "tokens" in footer and "$0" in footer
    [row] = usage_rows(env)
    notes = fake_ollama.requests("/api/chat")[0].notes
    assert row["status"] == "ok"
    assert (row["prompt_tokens"], row["completion_tokens"]) == (
        notes["prompt_tokens"],
        notes["completion_tokens"],
    )


def test_ask_json_has_answer_decision_and_usage(env: dict[str, str]) -> None:
    result = run(["ask", "what does git rebase do?", "--json", "--model", "local"], env)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["status"] == "ok"
    assert payload["answer"].startswith("You asked about")
    assert payload["decision"]["target"] == "local"
    assert payload["usage"]["completion_tokens"] > 0
    assert payload["usage"]["cost_usd"] == "0"  # not '0E-8'
    usage = json.loads(run(["usage", "--json"], env).stdout)
    assert [row["cost_usd"] for row in usage["rows"]] == ["0"]


def test_ollama_down_falls_back_with_fallback_from(
    env: dict[str, str], fake_ollama: FakeOllama
) -> None:
    fake_ollama.refuse()
    result = run(["ask", "what does git rebase do?", "--model", "local"], env)
    assert result.returncode == 0, result.stderr
    rows = usage_rows(env)
    assert rows[-1]["fallback_from"] == "local"
    assert rows[-1]["alias"] == "strong"


def test_sensitive_with_ollama_down_is_refused_and_nothing_sent_out(
    env: dict[str, str], fake_ollama: FakeOllama, fake_openai: FakeOpenAI
) -> None:
    fake_ollama.refuse()
    result = run(["ask", AWS_SECRET_QUESTION], env)
    assert result.returncode == 1
    assert "sensitive" in result.stderr
    assert fake_openai.requests() == []
    assert usage_rows(env)[-1]["status"] == "refused"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ask", "   "], "empty"),
        (["ask", "x" * 20_000], "limit"),
        (["ask", "hi", "--model", "nope"], "Unknown model"),
    ],
)
def test_bad_input_one_line_error_exit_2(
    env: dict[str, str], args: list[str], message: str
) -> None:
    result = run(args, env)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_redis_down_is_a_clear_error(env: dict[str, str]) -> None:
    env["REDIS_URL"] = "redis://127.0.0.1:1/0"
    result = run(["ask", "hello?"], env)
    assert result.returncode == 1
    assert "Redis" in result.stderr and "unreachable" in result.stderr
    assert "Traceback" not in result.stderr


def test_route_json_sensitive_and_ordinary(env: dict[str, str]) -> None:
    secret = json.loads(run(["route", AWS_SECRET_QUESTION, "--json"], env).stdout)
    assert secret["sensitive"] is True
    assert secret["privacy"] == "local"
    plain = json.loads(run(["route", "what does git rebase do?", "--json"], env).stdout)
    assert plain["sensitive"] is False
    assert 0 <= plain["score"] <= 1
    assert plain["reasons"]


def test_route_batch_keeps_order_and_is_fast(env: dict[str, str], tmp_path: Path) -> None:
    lines = [
        json.dumps({"prompt": f"question number {i}: how do I use git stash?"}) for i in range(1000)
    ]
    lines[10] = json.dumps({"text": AWS_SECRET_QUESTION})
    lines[20] = '{"prompt": "cut off'
    lines[30] = "how do I revert a merge commit?"  # a plain line is the question itself
    lines[40] = json.dumps({"question": "how do I revert a merge commit?"})
    path = tmp_path / "prompts.jsonl"
    path.write_text("\n".join(lines) + "\n")
    started = time.perf_counter()
    result = run(["route", "--batch", str(path)], env)
    elapsed = time.perf_counter() - started
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 1000
    assert out[10]["sensitive"] is True
    assert out[20] == {"line": 21, "error": out[20]["error"]}
    assert out[30]["target"] and out[30]["sensitive"] is False
    assert [row["line"] for row in out] == list(range(1, 1001))
    assert {**out[40], "line": 31} == out[30]
    assert {"target", "provider", "model", "score", "sensitive", "reasons"} <= set(out[0])
    print(f"route --batch 1000 prompts: {elapsed:.2f}s")


def test_usage_report_json(env: dict[str, str]) -> None:
    run(["ask", "what does git rebase do?", "--model", "strong"], env)
    assert run(["ask", "   "], env).returncode == 2  # a typo: logged, but not a question
    result = run(["usage", "--since", "7d", "--by", "model", "--json"], env)
    assert result.returncode == 0, result.stderr
    [line] = json.loads(result.stdout)["rows"]
    assert line["key"] == "strong"
    assert line["questions"] == 1
    assert line["errors"] == 0
    assert float(line["cost_usd"]) > 0
    statuses = run(["usage", "--by", "status", "--json"], env)
    assert statuses.returncode == 0, statuses.stderr
    counts = {row["key"]: row["questions"] for row in json.loads(statuses.stdout)["rows"]}
    assert counts == {"ok": 1, "rejected": 1}


def test_usage_json_with_the_database_down_leaves_stdout_empty(env: dict[str, str]) -> None:
    """A script reads `tandem usage --json` from stdout: the migration's warning went there."""
    down = {**env, "DATABASE_URL": "postgresql://tandem:pw@127.0.0.1:1/tandem"}
    result = run(["usage", "--json"], down)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "cannot read usage from the database" in result.stderr


def test_policy_check_names_file_line_and_field(env: dict[str, str], tmp_path: Path) -> None:
    good = ROOT / "deploy" / "policy.example.toml"
    assert run(["policy", "check", str(good)], env).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text().replace('privacy = "external"', 'privacy = "cloud"'))
    result = run(["policy", "check", str(bad)], env)
    assert result.returncode == 1
    line = bad.read_text().splitlines().index('privacy = "cloud"') + 1
    assert f"{bad}:{line}: models.strong.privacy" in result.stderr


def test_router_eval_with_a_broken_policy_says_which_line(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A malformed policy file ended `router eval` in a traceback; `route` already said
    file and line."""
    bad = tmp_path / "bad.toml"
    bad.write_text("[routing]\ntarget_strong_share = \n")
    labelled = ROOT / "tests" / "data" / "routing" / "sensitivity_sample.jsonl"
    result = run(["router", "eval", str(labelled)], {**env, "TANDEM_POLICY": str(bad)})
    assert result.returncode == 1
    assert result.stderr.startswith(f"tandem: {bad}:2:")
    assert "Traceback" not in result.stderr


def test_an_empty_setting_means_its_default(env: dict[str, str]) -> None:
    """`TANDEM_POLICY=` (a compose file passing through a variable the host lacks) was read
    as the path "." and every command failed with "Is a directory"."""
    labelled = ROOT / "tests" / "data" / "routing" / "sensitivity_sample.jsonl"
    result = run(["router", "eval", str(labelled)], {**env, "TANDEM_POLICY": ""})
    assert result.returncode == 0, result.stderr
    assert "leaks 0/3" in result.stdout


def test_db_upgrade(env: dict[str, str]) -> None:
    result = run(["db", "upgrade"], env)
    assert result.returncode == 0, result.stderr
    assert usage_rows(env) == []


def test_db_upgrade_says_where_the_database_is_and_never_goes_down(env: dict[str, str]) -> None:
    from alembic.script import ScriptDirectory

    from bot.usage import db

    head = ScriptDirectory.from_config(db.alembic_config(env["DATABASE_URL"])).get_current_head()
    partway = run(["db", "upgrade", "0003"], env)
    assert (partway.returncode, partway.stdout) == (0, "database at 0003\n"), partway.stderr
    assert run(["db", "upgrade"], env).stdout == f"database at {head}\n"
    for below in ("0003", "base"):
        refused = run(["db", "upgrade", below], env)
        assert refused.returncode == 2
        assert refused.stdout == ""
        assert f"at {head}, above {below}: upgrade does not downgrade" in refused.stderr
    unknown = run(["db", "upgrade", "nosuch"], env)
    assert unknown.returncode == 2
    assert "no migration is called 'nosuch'" in unknown.stderr
    assert run(["db", "upgrade", "head"], env).stdout == f"database at {head}\n"


def test_router_eval_reports_apgr_and_leaks(env: dict[str, str], tmp_path: Path) -> None:
    data = ROOT / "tests" / "data"
    rows = [
        json.loads(line)
        for line in (data / "routing" / "gsm8k_sample.jsonl").read_text().splitlines()
    ]
    secrets = [
        json.loads(line)
        for line in (data / "sensitivity" / "sensitive.jsonl").read_text().splitlines()
    ]
    ordinary = [
        json.loads(line)
        for line in (data / "sensitivity" / "ordinary.jsonl").read_text().splitlines()
    ]
    labelled = tmp_path / "unseen.jsonl"
    lines = [
        json.dumps({"prompt": r["prompt"], "weak_ok": r["weak_ok"], "strong_ok": r["strong_ok"]})
        for r in rows
    ]
    lines += [
        json.dumps({"prompt": r["text"], "sensitive": r["sensitive"]})
        for r in secrets[:60] + ordinary[:60]
    ]
    labelled.write_text("\n".join(lines) + "\n")
    result = run(["router", "eval", str(labelled), "--json"], env)
    assert result.returncode == 0, result.stderr
    [report] = json.loads(result.stdout)
    assert set(report["routing"]) >= {"router", "length", "random"}
    assert 0 <= report["routing"]["router"]["apgr"] <= 1.5
    assert report["sensitivity"]["leaks"] == 0
    assert report["sensitivity"]["false_alarms"] <= 3
    text = run(["router", "eval", str(labelled)], env).stdout
    assert "APGR" in text and "CPT(50%)" in text


def test_router_train_writes_an_artifact_the_router_loads(
    env: dict[str, str], tmp_path: Path
) -> None:
    data = ROOT / "tests" / "data" / "routing"
    out = tmp_path / "difficulty.json"
    args = ["router", "train", str(data / "mmlu_sample.jsonl"), str(data / "gsm8k_sample.jsonl"),
            str(data / "engineering_questions.jsonl"), "--out", str(out)]  # fmt: skip
    result = run(args, env)
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text())["version"]
    env["TANDEM_DIFFICULTY_MODEL"] = str(out)
    routed = run(["route", "what does git rebase do?", "--json"], env)
    assert routed.returncode == 0, routed.stderr
    assert 0 <= json.loads(routed.stdout)["score"] <= 1


def _lab_rows(limit: int) -> list[dict[str, object]]:
    """Only what `router train --help` asks for: prompt, weak_ok, strong_ok."""
    data = ROOT / "tests" / "data" / "routing"
    rows = [json.loads(line) for name in ("mmlu_sample.jsonl", "gsm8k_sample.jsonl")
            for line in (data / name).read_text().splitlines()]  # fmt: skip
    return [{k: r[k] for k in ("prompt", "weak_ok", "strong_ok")} for r in rows[:limit]]


def test_router_train_on_prompt_and_labels_only_is_used_by_route(
    env: dict[str, str], tmp_path: Path
) -> None:
    from bot.routing.difficulty import DifficultyScorer

    lab = tmp_path / "lab.jsonl"
    lab.write_text("".join(json.dumps(r) + "\n" for r in _lab_rows(200)))
    result = run(["router", "train", str(lab), "--out", "my.json", "--no-feedback"], env)
    assert result.returncode == 0, result.stderr
    assert "no engineering difficulty labels" in result.stdout
    out = tmp_path / "my.json"
    env["TANDEM_DIFFICULTY_MODEL"] = str(out)
    question = "why does my pod crash-loop after the upgrade?"
    routed = run(["route", question, "--json"], env)
    assert routed.returncode == 0, routed.stderr
    expected = DifficultyScorer.load(out).score(question).value
    assert json.loads(routed.stdout)["score"] == round(expected, 4)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (_lab_rows(5), "too few"),
        ([r | {"strong_ok": r["weak_ok"]} for r in _lab_rows(200)], "weak_ok == strong_ok"),
        ([{"prompt": r["prompt"]} for r in _lab_rows(200)], "no row has"),
    ],
    ids=["five-rows", "models-agree", "no-labels"],
)
def test_router_train_on_unusable_data_is_one_line_exit_2(
    env: dict[str, str], tmp_path: Path, rows: list[dict[str, object]], message: str
) -> None:
    lab = tmp_path / "lab.jsonl"
    lab.write_text("".join(json.dumps(r) + "\n" for r in rows))
    result = run(["router", "train", str(lab), "--out", "my.json", "--no-feedback"], env)
    assert result.returncode == 2
    assert result.stderr.startswith("tandem: cannot train: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not (tmp_path / "my.json").exists()


def test_chat_remembers_and_handles_its_commands(
    env: dict[str, str], fake_ollama: FakeOllama
) -> None:
    script = "\n".join(
        [
            "/model nope",
            "/model local",
            "what is a rebase?",
            "and an interactive one?",
            "/why",
            "/forget",
            "after forgetting",
            "/frobnicate",
            "/quit",
        ]
    )
    result = run(["chat"], env, stdin=script + "\n")
    assert result.returncode == 0, result.stderr
    assert "Unknown model 'nope'" in result.stderr
    assert "Model: local" in result.stderr
    assert "user_choice: you chose" in result.stderr
    assert "Forgotten" in result.stderr
    assert "Unknown command /frobnicate" in result.stderr
    assert result.stdout.count("You asked about") == 3
    second, third = (r.json["messages"] for r in fake_ollama.requests("/api/chat")[1:3])
    assert [m["content"] for m in second if m["role"] == "user"] == [
        "what is a rebase?",
        "and an interactive one?",
    ]
    assert [m["content"] for m in third if m["role"] == "user"] == ["after forgetting"]


def test_db_prune_deletes_rows_past_retention(env: dict[str, str]) -> None:
    assert run(["db", "upgrade"], env).returncode == 0
    engine = create_engine(env["DATABASE_URL"])
    with engine.begin() as connection:
        connection.execute(
            insert(UsageEvent),
            [
                UsageRecord(
                    request_id=f"req-{n}",
                    workspace="T1",
                    channel="C1",
                    user_id="U1",
                    thread_key="T1:C1:1",
                    surface="cli",
                    status="ok",
                    created_at=datetime.now(UTC) - timedelta(days=age),
                ).to_row()
                for n, age in enumerate((90, 41, 39, 0))
            ],
        )

    dry = run(["db", "prune", "--older-than", "40", "--dry-run"], env)
    assert dry.returncode == 0, dry.stderr
    assert "2 usage rows created before" in dry.stdout and "kept" in dry.stdout
    assert len(usage_rows(env)) == 4

    result = run(["db", "prune"], {**env, "TANDEM_USAGE_RETENTION_DAYS": "40"})
    assert result.returncode == 0, result.stderr
    assert "deleted 2 usage rows" in result.stdout
    assert [row["request_id"] for row in usage_rows(env)] == ["req-2", "req-3"]


@pytest.mark.parametrize(
    ("args", "extra", "message"),
    [
        (["db", "prune"], {}, "no retention set"),
        (["db", "prune", "--older-than", "7"], {}, "under the floor of 35"),
        (["db", "prune"], {"TANDEM_USAGE_RETENTION_DAYS": "7"}, "at least 35 days"),
    ],
)
def test_db_prune_refuses_without_or_under_the_floor(
    env: dict[str, str], args: list[str], extra: dict[str, str], message: str
) -> None:
    result = run(args, {**env, **extra})
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_digest_run_stdout_holds_the_digest_and_nothing_else(
    env: dict[str, str], fake_slack: FakeSlack
) -> None:
    """`tandem digest run --stdout > digest.txt`: the answers' log lines ("answered",
    request ids) were printed on stdout, in the middle of the digest."""
    fake_slack.add_channel("C0ENG", "eng")
    hour_ago = f"{(datetime.now(UTC) - timedelta(hours=1)).timestamp():.6f}"
    thread = fake_slack.add_message("C0ENG", "The deploy is stuck", ts=hour_ago)
    fake_slack.add_message("C0ENG", "Rolling back", thread_ts=thread)
    slack = {"SLACK_API_URL": fake_slack.url + "/api/", "SLACK_BOT_TOKEN": DEFAULT_TOKEN}
    args = ["digest", "run", "--kind", "channel", "--channel", "C0ENG", "--since", "1d"]
    result = run([*args, "--stdout"], {**env, **slack})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Digest of #eng")
    assert "answered" not in result.stdout
    assert "request_id" not in result.stdout + result.stderr
