"""Consumer-health gauges: lag arithmetic, series of revoked partitions, the Faust sensor."""

from types import SimpleNamespace
from typing import Any

from faust.types import TP
from prometheus_client import REGISTRY

from streams.monitor import ConsumerSensor, LagGauges, partition_lags


def sample(name: str, **labels: str) -> float | None:
    return REGISTRY.get_sample_value(name, labels)


def test_lag_is_highwater_minus_committed_for_source_partitions_only() -> None:
    a0, a1, a2 = TP("u.articles", 0), TP("u.articles", 1), TP("u.articles", 2)
    changelog = TP("sitrep-incidents-changelog", 0)
    high = {a0: 10, a1: 7, a2: None, changelog: 99}
    lags = partition_lags(
        [a0, a1, a2, changelog], {"u.articles"}, high.__getitem__, {a0: 4, a1: None}
    )
    # a1 never committed counts from 0; a2 not fetched yet is unknown, not 0.
    assert lags == {a0: 6, a1: 7}


def test_lag_skips_a_partition_revoked_while_reading() -> None:
    def highwater(tp: TP) -> int:
        raise AssertionError("partition not assigned")  # what aiokafka raises

    assert partition_lags([TP("u.articles", 0)], {"u.articles"}, highwater, {}) == {}


def test_lag_never_goes_negative() -> None:
    tp = TP("u.mentions", 0)
    assert partition_lags([tp], {"u.mentions"}, lambda _: 5, {tp: 6}) == {tp: 0}


def test_revoked_partitions_stop_reporting_lag() -> None:
    """With several workers, only a partition's current owner may report its lag."""
    gauges = LagGauges()
    p0, p1 = TP("v.articles", 0), TP("v.articles", 1)
    gauges.update({p0: 3, p1: 5})
    assert sample("sitrep_consumer_lag_messages", topic="v.articles", partition="1") == 5
    assert sample("sitrep_assigned_partitions", topic="v.articles") == 2
    gauges.update({p0: 0})
    assert sample("sitrep_consumer_lag_messages", topic="v.articles", partition="1") is None
    assert sample("sitrep_consumer_lag_messages", topic="v.articles", partition="0") == 0
    assert sample("sitrep_assigned_partitions", topic="v.articles") == 1
    gauges.update({})
    assert sample("sitrep_assigned_partitions", topic="v.articles") == 0


def test_sensor_tracks_rebalances_and_the_last_event_time() -> None:
    sensor = ConsumerSensor()
    app: Any = SimpleNamespace()
    before = sample("sitrep_rebalances_total") or 0.0
    state = sensor.on_rebalance_start(app)
    assert sample("sitrep_worker_rebalancing") == 1
    assert sample("sitrep_rebalances_total") == before + 1
    sensor.on_rebalance_end(app, state)
    assert sample("sitrep_worker_rebalancing") == 0

    msg: Any = SimpleNamespace(timestamp=1_700_000_000.5)
    sensor.on_message_out(TP("w.articles", 0), 1, msg)
    assert sample("sitrep_last_event_timestamp_seconds", topic="w.articles") == 1_700_000_000.5
    no_time: Any = SimpleNamespace(timestamp=None)
    sensor.on_message_out(TP("w.articles", 0), 2, no_time)
    assert sample("sitrep_last_event_timestamp_seconds", topic="w.articles") == 1_700_000_000.5


def test_closed_label_sets_exist_before_the_first_event() -> None:
    """rate() cannot see the first dead letter or alert of a series born at 1."""
    assert sample("sitrep_dead_letters_total", stage="decode", reason="invalid_json") is not None
    assert sample("sitrep_alerts_total", rule="casualties", severity="critical") is not None
    assert sample("sitrep_incidents_total", event="revised") is not None
