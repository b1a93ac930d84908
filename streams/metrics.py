"""Prometheus metrics of the worker. Names follow Prometheus conventions (`_total`, `_seconds`).

All metrics live in this module so that names are defined once; the worker serves them with
`serve()` on `SITREP_METRICS_HOST:SITREP_METRICS_PORT` at `/metrics`.
"""

from prometheus_client import Counter, Gauge, Histogram, start_http_server

_LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
_EXTRACT_BUCKETS = (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1.0)

ARTICLES_CONSUMED = Counter(
    "sitrep_articles_consumed_total", "Messages read from the articles topic (good or bad)."
)
ARTICLES_DUPLICATE = Counter(
    "sitrep_articles_duplicate_total", "Articles skipped because the same content was seen."
)
ARTICLES_PROCESSED = Counter(
    "sitrep_articles_processed_total", "Articles extracted (duplicates and dead letters excluded)."
)
MENTIONS_PRODUCED = Counter(
    "sitrep_mentions_produced_total", "Incident mentions extracted and sent downstream."
)
MENTIONS_CONSUMED = Counter(
    "sitrep_mentions_consumed_total", "Incident mentions read by the merge stage."
)
INCIDENTS = Counter(
    "sitrep_incidents_total", "Canonical incident revisions emitted.", ["event"]
)  # event: created | revised
ALERTS = Counter("sitrep_alerts_total", "Alert revisions emitted.", ["rule", "severity"])
DEAD_LETTERS = Counter(
    "sitrep_dead_letters_total", "Messages sent to the dead-letter topic.", ["stage", "reason"]
)
EXTRACTION_SECONDS = Histogram(
    "sitrep_extraction_seconds", "Time to extract one article.", buckets=_EXTRACT_BUCKETS
)
INGEST_TO_INCIDENT_SECONDS = Histogram(
    "sitrep_ingest_to_incident_seconds",
    "From the producer's ingest timestamp to the incident revision being sent.",
    buckets=_LATENCY_BUCKETS,
)
INGEST_TO_ALERT_SECONDS = Histogram(
    "sitrep_ingest_to_alert_seconds",
    "From the producer's ingest timestamp to the alert being sent.",
    buckets=_LATENCY_BUCKETS,
)
WORKER_UP = Gauge("sitrep_worker_up", "1 while the worker's agents are running.")
REGION_INCIDENTS = Counter(
    "sitrep_region_incidents_total",
    "New canonical incidents by region and attack type.",
    ["region_code", "region_name", "attack_type"],
)
REGION_KILLED = Counter(
    "sitrep_region_killed_total",
    "People reported killed, by region.",
    ["region_code", "region_name"],
)
REGION_INJURED = Counter(
    "sitrep_region_injured_total",
    "People reported injured, by region.",
    ["region_code", "region_name"],
)
REGION_WINDOW_INCIDENTS = Gauge(
    "sitrep_region_window_incidents",
    "Incidents in the region's latest-updated event-time window (1d: that day; 7d: the 7 days "
    "ending on it).",
    ["region_code", "region_name", "window"],
)
REGION_INFO = Gauge(
    "sitrep_region_info",
    "Always 1; carries region name and lat/lon labels for map panels.",
    ["region_code", "region_name", "lat", "lon"],
)


def serve(port: int, host: str = "127.0.0.1") -> None:
    """Serve `/metrics` in a background thread (no-op when port is 0)."""
    if port:
        start_http_server(port, addr=host)


# --- Consumer health (issue 5), updated by streams/monitor.py.
CONSUMER_LAG = Gauge(
    "sitrep_consumer_lag_messages",
    "Messages not yet committed by this worker: partition highwater minus committed offset.",
    ["topic", "partition"],
)
ASSIGNED_PARTITIONS = Gauge(
    "sitrep_assigned_partitions",
    "Source-topic partitions assigned to this worker (scaling out spreads them).",
    ["topic"],
)
LAST_EVENT_TIMESTAMP = Gauge(
    "sitrep_last_event_timestamp_seconds",
    "Kafka timestamp of the last message every stream finished with, by source topic.",
    ["topic"],
)
WORKER_REBALANCING = Gauge(
    "sitrep_worker_rebalancing", "1 while a consumer-group rebalance (and recovery) is under way."
)
REBALANCES = Counter(
    "sitrep_rebalances_total", "Consumer-group rebalances this worker went through."
)


def zero_region_series(regions: list[tuple[str, str]]) -> None:
    """Create the per-region counters at 0 for every known (code, name), so that `increase()`
    and `rate()` count a region's first incident instead of starting the series with it."""
    for code, name in regions:
        REGION_KILLED.labels(code, name)
        REGION_INJURED.labels(code, name)
