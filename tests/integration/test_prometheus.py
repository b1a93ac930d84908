"""The Grafana dashboard against a real Prometheus scraping a real worker that processed the seeds.

Every PromQL expression in deploy/grafana/dashboards/sitrep.json must be valid and return at least
one series with a number in it, or a panel on the wall is silently empty. Prometheus (Debian's
`prometheus` package, installed by .ci/run) runs on a free loopback port with a 1 s scrape
interval, the deployment's own scrape config (its DNS discovery swapped for the test worker)
and alert rules, and a data dir in the test's tmp folder; it is killed at the end.
"""

import json
import math
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.broker import EmbeddedBroker, free_port
from streams.producer import replay
from tests.kafka_helpers import ROOT, SEEDS, Pipeline, running

pytestmark = pytest.mark.integration

SEED_COUNT = len(list(SEEDS.glob("*.txt")))
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "sitrep.json"
PROM_CONFIG = ROOT / "deploy" / "prometheus" / "prometheus.yml"
ALERT_RULES = ROOT / "deploy" / "prometheus" / "alerts.yml"
WORKER_JOB = "sitrep-worker"

#: Grafana's built-in variables, as Grafana would expand them for a 1 h range on 1 s scrapes.
GRAFANA_VARS = {"$__rate_interval": "1m", "$__range": "1h", "$__interval": "5s"}

#: Panels whose value the seed replay must move above 0: a rate() over a counter that Prometheus
#: first saw after the replay (a series born non-zero) shows 0 and would pass a "has data" check.
MOVED_BY_SEEDS = (
    "Articles in range / A",
    "Alerts in range / A",
    "Throughput / A",
    "Throughput / B",
    "Throughput / D",
    "Throughput / E",
    "Ingest → alert latency / C",
    "Ingest → incident latency / C",
    "Extraction time per article / C",
    "Alerts by rule / A",
    "Incidents by region / A",
    "Incidents by region / C",
    "Incidents by region / D",
    "Incidents by region / E",
    "Incidents, last 24 h (1 d event-time window) / A",
    "Incidents by attack type / A",
)
#: Region-labelled counters would be born at their first increment (which rate() then misses);
#: the worker creates them at 0 at start, so these panels must count the seed replay.
REGION_RATE_PANELS = ("Killed and injured / A", "Killed and injured / B")


def prometheus_binary() -> str:
    path = shutil.which("prometheus")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("the prometheus binary is missing in CI: .ci/run must install it")
        pytest.skip("prometheus not found: `sudo apt-get install prometheus` (Debian) to run this")
    return path


def expand(expr: str) -> str:
    """Replace Grafana variables; an unknown one fails (the test must learn about it)."""
    for var, value in GRAFANA_VARS.items():
        expr = expr.replace(var, value).replace("${" + var[1:] + "}", value)
    assert "$" not in expr, f"unknown Grafana variable in {expr!r}"
    return expr


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title / refId, PromQL) of every target in the dashboard."""
    dashboard = json.loads(DASHBOARD.read_text())
    return [
        (f"{p['title']} / {t['refId']}", t["expr"])
        for p in dashboard["panels"]
        for t in p.get("targets", [])
    ]


@dataclass
class Prometheus:
    """A Prometheus server process on 127.0.0.1:port."""

    port: int
    proc: subprocess.Popen[bytes]
    log: Path

    def api(self, path: str, **params: str) -> Any:
        url = f"http://127.0.0.1:{self.port}/api/v1/{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                body = json.loads(resp.read())
        except urllib.error.HTTPError as exc:  # 400 on a bad query carries the error in JSON
            body = json.loads(exc.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] in ("vector", "scalar", "matrix"), data
        result: list[dict[str, Any]] = (
            data["result"]
            if data["resultType"] != "scalar"
            else [{"metric": {}, "value": data["result"]}]
        )
        return result

    def wait_for(self, expr: str, timeout: float = 60.0) -> list[dict[str, Any]]:
        """Poll until `expr` returns a series (e.g. `x >= 5` once the scrape has seen 5)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if result := self.query(expr):
                    return result
            except (OSError, AssertionError):
                pass
            time.sleep(0.5)
        raise TimeoutError(f"{expr!r} returned nothing after {timeout}s\n{self.log_tail()}")

    def log_tail(self, n: int = 30) -> str:
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-n:])


def write_config(tmp: Path, worker_port: int, prom_port: int) -> Path:
    """The deployment's prometheus.yml, pointed at the test worker and scraping every second."""
    config = yaml.safe_load(PROM_CONFIG.read_text())
    config["global"].update(scrape_interval="1s", evaluation_interval="1s", scrape_timeout="1s")
    config["rule_files"] = [str(ALERT_RULES)]
    for job in config["scrape_configs"]:
        if job["job_name"] == WORKER_JOB:
            del job["dns_sd_configs"]
            job["static_configs"] = [{"targets": [f"127.0.0.1:{worker_port}"]}]
        elif job["job_name"] == "prometheus":
            job["static_configs"] = [{"targets": [f"127.0.0.1:{prom_port}"]}]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def start_prometheus(tmp: Path, worker_port: int) -> Prometheus:
    binary = prometheus_binary()
    port = free_port()
    config = write_config(tmp, worker_port, port)
    log = tmp / "prometheus.log"
    proc = subprocess.Popen(
        [
            binary,
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp / 'data'}",
            f"--web.listen-address=127.0.0.1:{port}",
            "--log.level=warn",
        ],
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    prom = Prometheus(port, proc, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"prometheus exited\n{prom.log_tail()}"
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=2):
                return prom
        except OSError:
            time.sleep(0.2)
    stop(prom)
    raise TimeoutError(f"prometheus not ready after 30s\n{prom.log_tail()}")


def stop(prom: Prometheus) -> None:
    if prom.proc.poll() is None:
        os.killpg(prom.proc.pid, signal.SIGTERM)
        try:
            prom.proc.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(prom.proc.pid, signal.SIGKILL)
            prom.proc.wait()


@pytest.fixture(scope="module")
def scraped(broker: EmbeddedBroker, session_tmp: Path) -> Iterator[Prometheus]:
    """Prometheus that has scraped a worker before, during and after a replay of the seeds."""
    prometheus_binary()  # skip or fail before starting anything
    tmp = session_tmp / "prometheus"
    tmp.mkdir()
    with running(Pipeline(broker.bootstrap, session_tmp)) as p:
        prom = start_prometheus(tmp, p.metrics_port)
        try:
            # A scrape before the replay: counters start at their pre-replay values, so the
            # dashboard's rate()/increase() see the seeds as an increase, as on a live system.
            prom.wait_for(f'up{{job="{WORKER_JOB}"}} == 1 and on () sitrep_worker_up == 1')
            assert replay([SEEDS], broker.bootstrap, p.topics.articles) == SEED_COUNT
            done = p.wait_caught_up(SEED_COUNT)
            prom.wait_for(
                f"sitrep_articles_consumed_total >= {SEED_COUNT} and on () "
                f"sitrep_mentions_consumed_total >= {done.mentions_consumed}"
            )
            time.sleep(3)  # a few more scrapes, so every rate() window holds the final values
            yield prom
        finally:
            stop(prom)


@pytest.mark.parametrize(
    ("panel", "expr"), dashboard_queries(), ids=[name for name, _ in dashboard_queries()]
)
def test_dashboard_query_returns_data(scraped: Prometheus, panel: str, expr: str) -> None:
    result = scraped.query(expand(expr))
    assert result, f"panel {panel!r}: no series for {expr}"
    values = [float(r["value"][1]) for r in result]
    assert any(math.isfinite(v) for v in values), f"panel {panel!r}: only NaN/Inf for {expr}"


@pytest.mark.parametrize("panel", MOVED_BY_SEEDS)
def test_panel_counts_the_seed_replay(scraped: Prometheus, panel: str) -> None:
    expr = dict(dashboard_queries())[panel]
    values = [float(r["value"][1]) for r in scraped.query(expand(expr))]
    assert any(v > 0 for v in values), f"panel {panel!r} shows no effect of the replay: {values}"


@pytest.mark.parametrize("panel", REGION_RATE_PANELS)
def test_region_rate_panels_count_the_seed_replay(scraped: Prometheus, panel: str) -> None:
    expr = dict(dashboard_queries())[panel]
    values = [float(r["value"][1]) for r in scraped.query(expand(expr))]
    assert any(v > 0 for v in values), f"panel {panel!r} shows no effect of the replay: {values}"


def test_dashboard_has_the_panels_the_wall_needs() -> None:
    exprs = " ".join(expr for _, expr in dashboard_queries())
    for needle in (
        "sitrep_articles_consumed_total",
        "histogram_quantile(0.99",
        "sitrep_consumer_lag_messages",
        "sitrep_dead_letters_total",
        "sitrep_region_killed_total",
        "sitrep_region_injured_total",
        "sitrep_alerts_total",
        'window="1d"',
        'window="7d"',
        "sitrep_region_info",
    ):
        assert needle in exprs, needle
    types = {p["type"] for p in json.loads(DASHBOARD.read_text())["panels"]}
    assert {"row", "timeseries", "table", "geomap", "bargauge"} <= types


def test_geomap_gets_numeric_coordinates(scraped: Prometheus) -> None:
    """The map joins counts to one lat/lon per region; lat/lon labels must parse as numbers."""
    (geo,) = [e for name, e in dashboard_queries() if "group_left (lat, lon)" in e]
    result = scraped.query(expand(geo))
    assert result
    for series in result:
        labels = series["metric"]
        assert -90 <= float(labels["lat"]) <= 90 and -180 <= float(labels["lon"]) <= 180, labels
        assert re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", labels["region_code"]), labels


def test_alert_rules_evaluate_cleanly_and_stay_quiet(scraped: Prometheus) -> None:
    """The rules load and evaluate on real series, and a healthy, caught-up worker pages no one."""
    groups = scraped.api("rules")["groups"]
    rules = [r for g in groups for r in g["rules"]]
    assert len(rules) == len(yaml.safe_load(ALERT_RULES.read_text())["groups"][0]["rules"])
    for rule in rules:
        assert rule["health"] == "ok", rule
    active = [a for a in scraped.api("alerts")["alerts"] if a["state"] in ("pending", "firing")]
    assert not active, active


def test_lag_and_rebalancing_series_come_from_the_worker(scraped: Prometheus) -> None:
    lag = scraped.query(f'sitrep_consumer_lag_messages{{job="{WORKER_JOB}"}}')
    topics = {s["metric"]["topic"] for s in lag}
    assert any(t.endswith(".articles") for t in topics) and any(
        t.endswith(".mentions") for t in topics
    ), topics
    assert all(float(s["value"][1]) == 0 for s in lag), "a caught-up worker has no lag"
    (rebalancing,) = scraped.query("sitrep_worker_rebalancing")
    assert float(rebalancing["value"][1]) == 0
    assert scraped.query("sitrep_rebalances_total >= 1")
