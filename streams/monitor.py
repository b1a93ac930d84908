"""Consumer health gauges: lag per partition, last processed event time, rebalancing.

Dashboards and alerts need to know whether the worker keeps up, not only what it produced.
Faust's own Prometheus monitor reports offsets but no lag, with `_ms` units, and replaces the
app's monitor; this module adds a small sensor (rebalances, per-message event time) and a timer
that derives lag from the consumer's committed offsets and its fetch highwaters. Highwaters come
from fetch responses, not ListOffsets, so they are right on Tansu too (see shared notes).

Importing the module registers the sensor and the timer on the app (see `streams/worker.py`).
"""

import logging
from collections.abc import Callable, Iterable, Mapping
from typing import Any, get_args

import faust
from faust.exceptions import ConsumerNotStarted
from faust.types import TP, AppT, Message

from schemas.vocab import AlertRule, Severity
from streams import metrics
from streams.app import app

log = logging.getLogger(__name__)

#: How often lag is recomputed (seconds); Prometheus scrapes every 15 s in compose, 1 s in tests.
LAG_INTERVAL = 1.0

#: Dead-letter (stage, reason) pairs the codec can produce. Like every closed label set below,
#: exported at 0 from the start so that `rate()`/`increase()` see the first event: a series
#: Prometheus first scrapes at 1 shows no increase, and the first alert of a rule would be lost.
KNOWN_DEAD_LETTERS: tuple[tuple[str, str], ...] = (
    ("decode", "invalid_utf8"),
    ("decode", "invalid_json"),
    ("validate", "empty_payload"),
    ("validate", "too_large"),
    ("validate", "schema"),
    ("validate", "empty_body"),
)


def partition_lags(
    assigned: Iterable[TP],
    source_topics: set[str],
    highwater: Callable[[TP], int | None],
    committed: Mapping[TP, int | None],
) -> dict[TP, int]:
    """Lag of each assigned source partition whose highwater is known.

    Changelog and other non-source partitions are skipped (nothing commits them). A partition
    never committed counts from offset 0, the log start of topics this project creates.
    """
    lags: dict[TP, int] = {}
    for tp in assigned:
        if tp.topic not in source_topics:
            continue
        try:
            high = highwater(tp)
        except Exception as exc:  # a partition revoked between assignment() and this call
            log.debug("no highwater for %s: %r", tp, exc)
            continue
        if high is None:  # not fetched yet
            continue
        lags[tp] = max(0, high - (committed.get(tp) or 0))
    return lags


class LagGauges:
    """Owns the lag and assignment series this worker exports.

    A revoked partition's series is removed, so with several workers each partition's lag is
    reported by its current owner only and `sum()` across workers does not double count.
    """

    def __init__(self) -> None:
        self._exported: set[TP] = set()
        self._topics: set[str] = set()

    def update(self, lags: Mapping[TP, int]) -> None:
        """Publish `lags` and drop the series of partitions no longer in it."""
        for tp, lag in lags.items():
            metrics.CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(lag)
        for tp in self._exported - lags.keys():
            metrics.CONSUMER_LAG.remove(tp.topic, str(tp.partition))
        self._exported = set(lags)
        counts: dict[str, int] = {}
        for tp in lags:
            counts[tp.topic] = counts.get(tp.topic, 0) + 1
        for topic, n in counts.items():
            metrics.ASSIGNED_PARTITIONS.labels(topic).set(n)
        for topic in self._topics - counts.keys():
            metrics.ASSIGNED_PARTITIONS.labels(topic).set(0)
        self._topics |= counts.keys()


class ConsumerSensor(faust.Sensor):
    """Faust sensor: rebalancing state and the event time of the last processed message."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._last_event: dict[str, Any] = {}  # topic -> gauge child (labels() takes a lock)

    def on_message_out(self, tp: TP, offset: int, message: Message) -> None:
        """Every stream is done with the message: record its Kafka timestamp."""
        if not message.timestamp:
            return
        child = self._last_event.get(tp.topic)
        if child is None:
            child = self._last_event[tp.topic] = metrics.LAST_EVENT_TIMESTAMP.labels(tp.topic)
        child.set(message.timestamp)

    def on_rebalance_start(self, app: AppT) -> dict[str, Any]:
        """Partitions are being revoked: the worker stops processing until recovery ends."""
        metrics.REBALANCES.inc()
        metrics.WORKER_REBALANCING.set(1)
        return super().on_rebalance_start(app)

    def on_rebalance_end(self, app: AppT, state: dict[str, Any]) -> None:
        """Assignment and table recovery are done: processing resumes."""
        metrics.WORKER_REBALANCING.set(0)


def source_topics(faust_app: AppT) -> set[str]:
    """Names of the topics the app's agents consume (the ones whose lag matters)."""
    names: set[str] = set()
    for agent in faust_app.agents.values():
        names.update(getattr(agent.channel, "topics", ()))
    return names


def _committed_offsets(faust_app: AppT) -> Mapping[TP, int | None]:
    # Faust keeps the offsets it committed (next offset to read) on the consumer; no public API.
    committed: Mapping[TP, int | None] = getattr(faust_app.consumer, "_committed_offset", {})
    return committed


def init_closed_label_sets() -> None:
    """Create the zero series of every label value known in advance (see KNOWN_DEAD_LETTERS)."""
    for stage, reason in KNOWN_DEAD_LETTERS:
        metrics.DEAD_LETTERS.labels(stage=stage, reason=reason)
    for event in ("created", "revised"):
        metrics.INCIDENTS.labels(event=event)
    for rule in get_args(AlertRule):
        for severity in get_args(Severity):
            metrics.ALERTS.labels(rule=rule, severity=severity)


_lag_gauges = LagGauges()
app.sensors.add(ConsumerSensor())
init_closed_label_sets()


@app.timer(interval=LAG_INTERVAL)
async def update_lag() -> None:
    """Recompute consumer lag from committed offsets and fetch highwaters."""
    consumer = app.consumer
    try:
        assigned = consumer.assignment()
    except ConsumerNotStarted:
        return
    lags = partition_lags(assigned, source_topics(app), consumer.highwater, _committed_offsets(app))
    _lag_gauges.update(lags)
