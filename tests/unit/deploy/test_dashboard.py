"""The Grafana dashboard and bot/metrics.py name the same metrics and labels.

A panel querying a name that `/metrics` does not expose shows "No data"
forever, and nobody notices until an incident. So: every `tandem_*` name the
dashboard queries must appear in a real exposition (after each metric is
touched once, so labelled series exist), every label it groups or filters by
must be one that metric carries, and every registered metric must be on the
dashboard at least once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from prometheus_client import Counter, Gauge, Histogram, Summary
from prometheus_client.metrics import MetricWrapperBase

from bot.metrics import Metrics
from tests.unit.deploy.sources import DASHBOARD

METRIC_NAME = re.compile(r"\btandem_[a-z0-9_]+\b")
SELECTOR = re.compile(r"\b(tandem_[a-z0-9_]+)\s*\{([^}]*)\}")
MATCHER = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")
GROUPING = re.compile(r"\b(?:by|without)\s*\(([^)]*)\)")
SCRAPE_LABELS = {"instance", "job", "namespace", "pod"}
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")


def _touched() -> Metrics:
    """A Metrics with one sample in every metric, so labelled series are exported."""
    metrics = Metrics()
    for metric in vars(metrics).values():
        if not isinstance(metric, MetricWrapperBase):
            continue
        labelnames = metric._labelnames  # prometheus_client keeps them private
        child: Any = metric.labels(*("x" for _ in labelnames)) if labelnames else metric
        if isinstance(metric, Counter):
            child.inc()
        elif isinstance(metric, Gauge):
            child.set(1)
        elif isinstance(metric, Histogram | Summary):
            child.observe(0.1)
    return metrics


METRICS = _touched()
DASH: dict[str, Any] = json.loads(DASHBOARD.read_text(encoding="utf-8"))


def _exposed() -> dict[str, set[str]]:
    """Sample name -> label names, as `/metrics` would serve them."""
    exposed: dict[str, set[str]] = {}
    for family in METRICS.registry.collect():
        for sample in family.samples:
            exposed.setdefault(sample.name, set()).update(sample.labels)
    text = METRICS.exposition().decode()
    for name in exposed:
        assert re.search(rf"^{name}[{{ ]", text, re.MULTILINE), f"{name} not in the exposition"
    return exposed


def _panels(panels: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in panels:
        yield panel
        yield from _panels(panel.get("panels", []))


def _queries() -> list[str]:
    """Every PromQL string: panel targets and templating variable queries."""
    queries = [t["expr"] for p in _panels(DASH["panels"]) for t in p.get("targets", [])]
    for variable in DASH["templating"]["list"]:
        query = variable.get("query")
        if variable["type"] == "query":
            queries.append(query["query"] if isinstance(query, dict) else query)
            queries.append(variable.get("definition", ""))
    return [q for q in queries if q]


def _datasource_variable() -> str:
    (source,) = [v for v in DASH["templating"]["list"] if v["type"] == "datasource"]
    name: str = source["name"]
    return name


QUERIES = _queries()
EXPOSED = _exposed()


def test_dashboard_is_current_grafana_json_with_a_prometheus_datasource_variable() -> None:
    assert 36 <= DASH["schemaVersion"] <= 41
    assert DASH["uid"] and DASH["title"]
    (source,) = [v for v in DASH["templating"]["list"] if v["type"] == "datasource"]
    assert source["query"] == "prometheus"
    ids = [p["id"] for p in _panels(DASH["panels"])]
    assert len(ids) == len(set(ids)), "panel ids must be unique"


def test_every_query_panel_uses_the_datasource_variable() -> None:
    """A hard-coded datasource uid breaks the import on every other Grafana."""
    for panel in _panels(DASH["panels"]):
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {
            "type": "prometheus",
            "uid": f"${{{_datasource_variable()}}}",
        }
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target.get("datasource", panel["datasource"]) == panel["datasource"]
    for variable in DASH["templating"]["list"]:
        if variable["type"] == "query":
            assert variable["datasource"]["uid"] == f"${{{_datasource_variable()}}}"


@pytest.mark.parametrize("query", QUERIES)
def test_every_metric_the_dashboard_queries_is_exposed(query: str) -> None:
    names = set(METRIC_NAME.findall(query))
    assert names, query
    assert names <= set(EXPOSED), f"not exposed by bot/metrics.py: {names - set(EXPOSED)}"


@pytest.mark.parametrize("query", QUERIES)
def test_labels_the_dashboard_uses_exist_on_the_metric(query: str) -> None:
    """Grouping or filtering by a label the metric lacks yields one unlabelled line or nothing."""
    labels = set().union(*(EXPOSED.get(n, set()) for n in METRIC_NAME.findall(query)))
    used = {m for _, body in SELECTOR.findall(query) for m in MATCHER.findall(body)}
    for group in GROUPING.findall(query):
        used |= {label.strip() for label in group.split(",") if label.strip()}
    assert used <= labels | SCRAPE_LABELS, f"{query}: unknown labels {used - labels}"


@pytest.mark.parametrize("query", [q for q in QUERIES if "histogram_quantile" in q])
def test_quantiles_are_taken_over_buckets_grouped_by_le(query: str) -> None:
    assert all(n.endswith("_bucket") for n in METRIC_NAME.findall(query)), query
    assert any("le" in [g.strip() for g in group.split(",")] for group in GROUPING.findall(query))


def test_every_registered_metric_is_on_the_dashboard() -> None:
    """A metric nobody charts is either dead code or a blind spot; both need a decision."""
    used = {name for query in QUERIES for name in METRIC_NAME.findall(query)}
    for family in METRICS.registry.collect():
        samples = {s.name for s in family.samples if not s.name.endswith("_created")}
        assert samples & used, f"{family.name} ({family.type}) is not on the dashboard"


def test_counters_are_queried_with_total_and_histograms_with_their_suffixes() -> None:
    """prometheus_client serves Counter `x` as `x_total`, Histogram `x` as `x_bucket`, ..."""
    used = {name for query in QUERIES for name in METRIC_NAME.findall(query)}
    kinds = {family.name: family.type for family in METRICS.registry.collect()}
    for name in used:
        if name.endswith("_total"):
            assert kinds.get(name.removesuffix("_total")) == "counter", name
        elif name.endswith(HISTOGRAM_SUFFIXES):
            base = re.sub(r"_(bucket|sum|count)$", "", name)
            assert kinds.get(base) == "histogram", name
        else:
            assert kinds.get(name) == "gauge", name
