"""The broker stops for 10 s mid-stream and comes back: worker and producer reconnect by
themselves and the final state is complete. Tansu's memory store would lose everything on
restart, so this broker keeps its data in S3 (moto's server on loopback, see shared notes)."""

import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.corpus import make_articles
from streams.broker import EmbeddedBroker, free_port, wait_for_port
from streams.extraction import extract
from streams.merge import incident_id_for, incident_key
from streams.producer import send_articles
from tests.kafka_helpers import Pipeline, latest_by, running

pytestmark = [pytest.mark.integration, pytest.mark.timeout(900)]


@pytest.fixture
def s3_broker(tmp_path: Path) -> Iterator[EmbeddedBroker]:
    if shutil.which("moto_server") is None:
        pytest.fail("moto_server missing: pip install -e '.[dev]' installs moto[server]")
    import boto3

    port = free_port()
    moto = subprocess.Popen(
        ["moto_server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port("127.0.0.1", port)
        endpoint = f"http://127.0.0.1:{port}"
        boto3.client(
            "s3",
            endpoint_url=endpoint,
            aws_access_key_id="x",
            aws_secret_access_key="x",
            region_name="us-east-1",
        ).create_bucket(Bucket="tansu")
        env = {
            "AWS_ENDPOINT": endpoint,
            "AWS_ALLOW_HTTP": "true",
            "AWS_ACCESS_KEY_ID": "x",
            "AWS_SECRET_ACCESS_KEY": "x",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
        broker = EmbeddedBroker(
            storage_engine="s3://tansu/", extra_env=env, log_path=tmp_path / "tansu-s3.log"
        )
        with broker:
            yield broker
    finally:
        moto.terminate()
        moto.wait()


def test_broker_outage_mid_stream_loses_nothing(s3_broker: EmbeddedBroker, tmp_path: Path) -> None:
    corpus = make_articles(300, seed=31)
    expected = {incident_id_for(incident_key(m)) for a in corpus for m in extract(a)}
    with running(Pipeline(s3_broker.bootstrap, tmp_path)) as p:
        sent: list[int] = []
        producer = threading.Thread(
            target=lambda: sent.append(
                send_articles(corpus, s3_broker.bootstrap, p.topics.articles, rate=20)
            )
        )
        producer.start()
        time.sleep(4)  # mid-stream: about 80 of 300 articles sent
        s3_broker.stop()
        time.sleep(10)
        s3_broker.start()
        producer.join(180)
        assert sent == [len(corpus)], "the producer did not get every article acknowledged"
        # Complete = every incident the corpus holds (extracted offline) is on the topic.
        deadline = time.monotonic() + 120
        got: set[str] = set()
        while time.monotonic() < deadline and got != expected:
            time.sleep(3)
            got = set(latest_by(p.read(p.topics.incidents), "incident_id"))
        assert p.proc is not None and p.proc.poll() is None, "the worker died"
        assert got == expected, (len(expected - got), len(got - expected))
        # And the group's commits reach the end of both input topics: nothing is left pending
        # (or skipped over) that a restart would have to read again.
        p.wait_drained(timeout=90)
