"""The load benchmark's results: one row per pass, the counts, and the targets of issue 7."""

from __future__ import annotations

from dataclasses import dataclass, field

from bench.load_processes import REDIS_DB, Knobs


@dataclass
class PassResult:
    """One pass of the load benchmark (latencies in ms, CPU in % of one core)."""

    name: str
    asked: int
    answers: int
    failures: dict[str, int]
    late_acks: int
    seconds: float
    answers_per_s: float
    ack_ms: tuple[float, float]
    e2e_ms: float
    model_ms: float
    slack_ms: float
    overhead_ms: tuple[float, float]
    cpu_ms_per_answer: float
    peak_rss_mb: float
    strong_share: float
    load: float
    cpu_serve: float
    cpu_fakes: float
    cpu_harness: float
    cpu_others: float
    ack_only: bool = False


@dataclass
class Counts:
    """Redis commands and SQL statements per answer (the counting pass)."""

    answers: int
    redis_per_answer: float
    redis_commands: list[tuple[str, float]]
    redis_in_scripts_per_answer: float
    sql_per_answer: float
    sql_kinds: list[tuple[str, float]]


@dataclass
class Report:
    machine: str
    knobs: Knobs
    passes: list[PassResult] = field(default_factory=list)
    counts: Counts | None = None
    server_ack_le_50ms: float | None = None
    hot_spots: list[str] = field(default_factory=list)

    def find(self, prefix: str) -> PassResult | None:
        return next((p for p in self.passes if p.name.startswith(prefix)), None)


HEADER = (
    f"{'pass':<34}{'asked':>6}{'ans':>6}{'fail':>5}{'late':>5}{'ack50':>7}{'ack99':>7}"
    f"{'e2e50':>7}{'model':>6}{'slack':>6}{'ovh50':>7}{'ovh99':>7}{'ans/s':>7}{'cpu/a':>7}"
    f"{'rssMB':>6}{'srv%':>5}{'fak%':>5}{'gen%':>5}{'oth%':>5}{'load':>5}"
)
LEGEND = (
    "ms throughout; ans = answers complete in Slack; fail = not acked or not answered; late = acks "
    "over 3 s;\ne2e/model/slack = p50 per answer of event->chat.stopStream, model time, Slack "
    "time; ovh = overhead (e2e minus model and Slack time);\ncpu/a = tandem serve CPU ms per "
    "answer; rssMB = peak RSS of tandem serve; srv/fak/gen/oth% = CPU of tandem serve, the 3 "
    "fakes,\nthis load generator and everything else on the machine (100 = one core); load = "
    "1-minute load average at the start of the pass"
)


def _n(value: float, width: int) -> str:
    """A number in `width` columns: one decimal while it fits, none above 1000."""
    return f"{value:>{width}.1f}" if abs(value) < 1000 else f"{value:>{width}.0f}"


def _row(p: PassResult) -> str:
    failures = sum(p.failures.values())
    answers = "-" if p.ack_only else str(p.answers)
    if p.ack_only:
        timing = f"{'-':>7}{'-':>6}{'-':>6}{'-':>7}{'-':>7}{'-':>7}{'-':>7}"
    else:
        timing = (
            f"{p.e2e_ms:>7.0f}{p.model_ms:>6.0f}{_n(p.slack_ms, 6)}{_n(p.overhead_ms[0], 7)}"
            f"{_n(p.overhead_ms[1], 7)}{_n(p.answers_per_s, 7)}{_n(p.cpu_ms_per_answer, 7)}"
        )
    return (
        f"{p.name:<34}{p.asked:>6}{answers:>6}{failures:>5}{p.late_acks:>5}"
        f"{_n(p.ack_ms[0], 7)}{_n(p.ack_ms[1], 7)}{timing}{p.peak_rss_mb:>6.0f}"
        f"{p.cpu_serve:>5.0f}{p.cpu_fakes:>5.0f}{p.cpu_harness:>5.0f}{p.cpu_others:>5.0f}"
        f"{p.load:>5.1f}"
    )


def _verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("met" if ok else "NOT met")


def targets(report: Report) -> list[str]:
    """Issue 7's targets against the passes that measure them."""
    rows: list[tuple[str, str, bool | None]] = []
    for p in report.passes:
        if p.name.startswith("open"):
            rows.append((f"ack p99 < 50 ms [{p.name}]", f"{p.ack_ms[1]:.1f} ms", p.ack_ms[1] < 50))
    burst = report.find("burst of 200")
    if burst is not None:
        ok = not burst.failures and burst.ack_ms[1] < 100
        value = f"{burst.answers}/{burst.asked}, {burst.ack_ms[1]:.1f} ms"
        rows.append(("burst of 200: all acked and answered, ack p99 < 100 ms", value, ok))
    burst = report.find("burst of 200, ")
    if burst is not None:
        ok = not burst.failures and burst.ack_ms[1] < 100
        value = f"{burst.answers}/{burst.asked}, {burst.ack_ms[1]:.1f} ms"
        rows.append((f"all acked and answered, ack p99 < 100 ms [{burst.name}]", value, ok))
    for name in ("closed c=1", "closed c=50"):
        found = report.find(name)
        if found is not None and found.name == name:
            p50, p99 = found.overhead_ms
            ok = p50 < 5 and p99 < 30
            rows.append(
                (f"overhead p50 < 5, p99 < 30 ms [{name}]", f"{p50:.1f} / {p99:.1f} ms", ok)
            )
    c200 = report.find("closed c=200")
    if c200 is not None:
        bad = sum(c200.failures.values())
        ok = bad == 0 and c200.late_acks == 0
        rows.append(
            ("200 concurrent: no error, no late ack", f"{bad} err, {c200.late_acks} late", ok)
        )
        rows.append(
            ("RSS < 200 MB [closed c=200]", f"{c200.peak_rss_mb:.0f} MB", c200.peak_rss_mb < 200)
        )
    for p in report.passes:
        if p.name.startswith("closed c=50"):
            cpu = p.cpu_ms_per_answer
            rows.append((f"CPU < 10 ms per answer [{p.name}]", f"{cpu:.1f} ms", cpu < 10))
    width = max(len(r[0]) for r in rows) if rows else 0
    return [f"  {name:<{width}}  {value:>16}  {_verdict(ok)}" for name, value, ok in rows]


def render(report: Report) -> str:
    k = report.knobs
    lines = [
        f"machine: {report.machine}",
        f"fakes: first token {k.first_token_delay * 1000:g} ms, {k.tokens_per_second:g} tokens/s, "
        f"{k.reply_tokens} tokens per answer (unless the pass says otherwise), "
        f"Slack latency {k.slack_latency * 1000:g} ms per call",
        "",
        HEADER,
        *(_row(p) for p in report.passes),
        LEGEND,
    ]
    if report.server_ack_le_50ms is not None:
        lines.append(
            f"tandem_ack_latency_seconds (Tandem's own histogram, all passes): "
            f"{report.server_ack_le_50ms:.2%} of event acks <= 50 ms"
        )
    if report.counts is not None:
        lines += _counts(report.counts)
    lines += ["", "targets (issue 7):", *targets(report)]
    if report.hot_spots:
        lines += ["", "py-spy (--gil), closed loop at concurrency 50:", *report.hot_spots]
    return "\n".join(lines)


def _counts(c: Counts) -> list[str]:
    commands = ", ".join(f"{k} {v:.2f}" for k, v in c.redis_commands)
    kinds = ", ".join(f"{k or '(empty)'} {v:.3f}" for k, v in c.sql_kinds)
    return [
        f"Redis commands per answer (MONITOR on db {REDIS_DB}, {c.answers} answers, PostgreSQL "
        f"run): {c.redis_per_answer:.2f} ({commands}); run inside Lua scripts: "
        f"{c.redis_in_scripts_per_answer:.2f}",
        f"SQL statements per answer (PostgreSQL wire protocol, Execute + Query messages): "
        f"{c.sql_per_answer:.3f} ({kinds})",
    ]
