"""The whole pipeline over TLS: worker (Faust/aiokafka), replay producer, admin and readers
(kafka-python) all verify the broker against a CA generated here, from SITREP_KAFKA_* settings."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from kafka import KafkaConsumer
from kafka.errors import KafkaError

from streams.articles import iter_article_paths, read_article_file
from streams.broker import EmbeddedBroker, free_port
from streams.config import get_settings
from streams.producer import send_articles
from tests.kafka_helpers import SEEDS, Pipeline, latest_by, running
from tests.tls_proxy import TlsProxy, make_test_ca

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def tls_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, TlsProxy]]:
    folder = tmp_path_factory.mktemp("tls")
    ca = make_test_ca(folder)
    proxy_port = free_port()
    broker = EmbeddedBroker(log_path=folder / "tansu.log", advertised=f"127.0.0.1:{proxy_port}")
    with broker:
        proxy = TlsProxy(proxy_port, broker.port, ca).start()
        try:
            yield f"127.0.0.1:{proxy_port}", proxy
        finally:
            proxy.stop()


@pytest.fixture
def tls_env(
    tls_broker: tuple[str, TlsProxy], monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    ca = tls_broker[1].ca.ca
    env = {"SITREP_KAFKA_SECURITY_PROTOCOL": "SSL", "SITREP_KAFKA_SSL_CAFILE": str(ca)}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    get_settings.cache_clear()  # this process's kafka-python clients read the same settings
    yield env
    get_settings.cache_clear()


def test_pipeline_runs_end_to_end_over_tls(
    tls_broker: tuple[str, TlsProxy], tls_env: dict[str, str], session_tmp: Path
) -> None:
    bootstrap, proxy = tls_broker
    articles = [read_article_file(p) for p in iter_article_paths([SEEDS])]
    with running(Pipeline(bootstrap, session_tmp, extra_env=tls_env)) as p:
        assert send_articles(articles, bootstrap, p.topics.articles) == len(articles)
        p.wait_drained(timeout=120)
        incidents = latest_by(p.read(p.topics.incidents), "incident_id")
        alerts = p.read(p.topics.alerts)
    assert len(incidents) >= len(articles)  # every seed reports at least one incident
    assert {"RU-BEL"} <= {i["region_code"] for i in incidents.values()}
    assert alerts
    assert proxy.handshakes >= 4  # admin, producer, reader and the worker's own connections


def test_a_client_that_does_not_speak_tls_is_refused(tls_broker: tuple[str, TlsProxy]) -> None:
    with pytest.raises(KafkaError):
        KafkaConsumer(bootstrap_servers=tls_broker[0], api_version_auto_timeout_ms=3000)
