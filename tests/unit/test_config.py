"""Settings come from SITREP_* variables; the embedded broker selects the Tansu transport."""

import pytest

from streams.config import Settings


def test_env_vars_configure_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_KAFKA_BOOTSTRAP", "k1:9092,k2:9092")
    monkeypatch.setenv("SITREP_PARTITIONS", "6")
    monkeypatch.setenv("SITREP_TOPIC_ALERTS", "custom.alerts")
    s = Settings()
    assert s.partitions == 6
    assert s.topics.alerts == "custom.alerts"
    assert s.broker_url() == "sitrep://k1:9092;sitrep://k2:9092"


def test_embedded_broker_uses_tansu_transport() -> None:
    s = Settings(kafka_bootstrap="127.0.0.1:1234", embedded_broker=True)
    assert s.broker_url() == "tansu://127.0.0.1:1234"


def test_missing_bootstrap_is_a_clear_error() -> None:
    with pytest.raises(RuntimeError, match="SITREP_KAFKA_BOOTSTRAP"):
        Settings(kafka_bootstrap=None).broker_url()
