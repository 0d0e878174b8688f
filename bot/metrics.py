"""Prometheus metrics, one registry per process, built by the wiring and passed in.

Under `tandem serve --workers N` the supervisor sets PROMETHEUS_MULTIPROC_DIR
before the workers start: prometheus_client then keeps every series in files
there, and `exposition` adds up all live workers (gauges say how: the worst
circuit state of any worker, the spool length as last seen).

The names here are a contract with `deploy/grafana-dashboard.json` (a test
checks that every name the dashboard uses exists here and is exported).
Labels carry aliases, surfaces and statuses, never users or text, so the
series count stays bounded.
"""

from __future__ import annotations

import os

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
ACK_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3)
CIRCUIT_STATES = {"closed": 0, "half_open": 1, "open": 2}


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.questions = Counter(
            "tandem_questions",
            "Questions answered, by surface, alias and status",
            ["surface", "alias", "status"],
            registry=r,
        )
        self.ack_latency = Histogram(
            "tandem_ack_latency_seconds",
            "Time to acknowledge a Slack request",
            ["kind"],
            buckets=ACK_BUCKETS,
            registry=r,
        )
        self.ttft = Histogram(
            "tandem_time_to_first_token_seconds",
            "Model time to first token",
            ["alias"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.latency = Histogram(
            "tandem_answer_latency_seconds",
            "End-to-end answer time",
            ["alias"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.tokens = Counter(
            "tandem_tokens",
            "Tokens by model and direction (prompt, completion)",
            ["alias", "direction"],
            registry=r,
        )
        self.cost = Counter("tandem_cost_usd", "Spend in USD by model", ["alias"], registry=r)
        self.fallbacks = Counter(
            "tandem_fallbacks",
            "Answers that fell back from one model to another",
            ["from_alias", "to_alias"],
            registry=r,
        )
        self.model_errors = Counter(
            "tandem_model_errors", "Failed model calls by kind", ["alias", "kind"], registry=r
        )
        self.circuit_state = Gauge(
            "tandem_circuit_state",
            "Circuit breaker per model: 0 closed, 1 half-open, 2 open",
            ["alias"],
            registry=r,
            multiprocess_mode="livemax",
        )
        self.budget_refusals = Counter(
            "tandem_budget_refusals",
            "Questions kept off paid models by a budget cap",
            ["scope"],
            registry=r,
        )
        self.rate_limited = Counter(
            "tandem_rate_limited",
            "Questions refused because their asker was over the per-minute limit",
            ["surface"],
            registry=r,
        )
        self.digest_runs = Counter(
            "tandem_digest_runs", "Scheduled or manual digest runs", ["kind", "status"], registry=r
        )
        self.events_deduplicated = Counter(
            "tandem_events_deduplicated", "Slack deliveries dropped as repeats", registry=r
        )
        self.usage_spooled = Gauge(
            "tandem_usage_spool_rows",
            "Usage rows waiting in Redis for the database",
            registry=r,
            multiprocess_mode="livemostrecent",
        )
        self.usage_flushes = Counter(
            "tandem_usage_flushes",
            "Usage batches by outcome (written, spooled)",
            ["outcome"],
            registry=r,
        )

    def set_circuit(self, alias: str, state: str) -> None:
        self.circuit_state.labels(alias=alias).set(CIRCUIT_STATES[state])

    def exposition(self) -> bytes:
        if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
            every_worker = CollectorRegistry()
            multiprocess.MultiProcessCollector(every_worker)  # type: ignore[no-untyped-call]
            return generate_latest(every_worker)
        return generate_latest(self.registry)
