"""Prometheus config and alert rules: promtool checks and unit tests, and metric names that exist.

promtool comes with Debian's `prometheus` package (.ci/run installs it). Locally, without it,
the promtool tests skip with a message; under CI (env CI set) a missing promtool fails them.
"""

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client.metrics import MetricWrapperBase

from streams import metrics

ROOT = Path(__file__).resolve().parents[2]
PROM_DIR = ROOT / "deploy" / "prometheus"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "sitrep.json"

_SUFFIXES = {
    "counter": ("_total", "_created"),
    "gauge": ("",),
    "histogram": ("_bucket", "_sum", "_count", "_created"),
    "summary": ("_sum", "_count", "_created"),
}


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("promtool is missing in CI: .ci/run must apt-get install prometheus")
        pytest.skip("promtool not found: `sudo apt-get install prometheus` (Debian) to run this")
    return path


def run_promtool(*args: str) -> str:
    proc = subprocess.run([promtool(), *args], cwd=ROOT, capture_output=True, text=True, timeout=60)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    return out


def sitrep_series_names() -> set[str]:
    """Every sample name streams.metrics exports (counter `x` exports `x_total`, ...)."""
    names = set()
    for obj in vars(metrics).values():
        if isinstance(obj, MetricWrapperBase):
            for family in obj.describe():
                names.update(family.name + s for s in _SUFFIXES[family.type])
    return names


def alert_expressions() -> dict[str, str]:
    groups = yaml.safe_load((PROM_DIR / "alerts.yml").read_text())["groups"]
    return {r["alert"]: r["expr"] for g in groups for r in g["rules"]}


def dashboard_expressions() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def test_promtool_check_config() -> None:
    out = run_promtool("check", "config", "deploy/prometheus/prometheus.yml")
    assert "SUCCESS" in out


def test_promtool_check_rules() -> None:
    out = run_promtool("check", "rules", "deploy/prometheus/alerts.yml")
    assert f"SUCCESS: {len(alert_expressions())} rules found" in out


def test_promtool_unit_tests_of_the_alert_rules() -> None:
    out = run_promtool("test", "rules", "deploy/prometheus/alerts_test.yml")
    assert "SUCCESS" in out


def test_every_alert_has_a_unit_test() -> None:
    tests = yaml.safe_load((PROM_DIR / "alerts_test.yml").read_text())["tests"]
    cases = [c for t in tests for c in t.get("alert_rule_test", [])]
    tested = {c["alertname"] for c in cases if c["exp_alerts"]}
    assert tested == set(alert_expressions())


@pytest.mark.parametrize(
    "expr",
    [*alert_expressions().values(), *dashboard_expressions()],
)
def test_queries_only_name_metrics_the_worker_exports(expr: str) -> None:
    """A typo in a metric name is valid PromQL that silently returns nothing."""
    used = set(re.findall(r"\bsitrep_[a-z0-9_]+", expr))
    assert used <= sitrep_series_names(), used - sitrep_series_names()


def test_metric_names_follow_prometheus_conventions() -> None:
    for obj in vars(metrics).values():
        if isinstance(obj, MetricWrapperBase):
            (family,) = obj.describe()
            assert family.name.startswith("sitrep_"), family.name
            assert not re.search(r"_(ms|milliseconds|minutes|hours)$", family.name), family.name
            if family.type == "histogram":
                assert family.name.endswith("_seconds"), family.name
