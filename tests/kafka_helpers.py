"""Test helpers that talk to the real broker: run a worker, read topics, wait for progress."""

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from streams.admin import create_topics
from streams.broker import free_port
from streams.config import Settings, TopicNames
from streams.kafka_security import client_options
from streams.progress import WorkerProgress, scrape

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@dataclass
class Pipeline:
    """One isolated Sitrep deployment on a shared broker: its own topics and consumer group."""

    bootstrap: str
    tmp: Path
    prefix: str = field(default_factory=lambda: f"t{uuid.uuid4().hex[:8]}")
    metrics_port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    others: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def topics(self) -> TopicNames:
        p = self.prefix
        return TopicNames(
            articles=f"{p}.articles",
            mentions=f"{p}.mentions",
            incidents=f"{p}.incidents",
            alerts=f"{p}.alerts",
            dead_letters=f"{p}.dead-letters",
            region_counts=f"{p}.region-counts",
        )

    def env(self) -> dict[str, str]:
        t = self.topics
        env = dict(os.environ)
        env.update(
            SITREP_KAFKA_BOOTSTRAP=self.bootstrap,
            SITREP_EMBEDDED_BROKER="1",
            SITREP_APP_ID=f"sitrep-{self.prefix}",
            SITREP_METRICS_PORT=str(self.metrics_port),
            SITREP_DATA_DIR=str(self.tmp / self.prefix),
            SITREP_WEB_PORT=str(free_port()),
            SITREP_TOPIC_ARTICLES=t.articles,
            SITREP_TOPIC_MENTIONS=t.mentions,
            SITREP_TOPIC_INCIDENTS=t.incidents,
            SITREP_TOPIC_ALERTS=t.alerts,
            SITREP_TOPIC_DEAD_LETTERS=t.dead_letters,
            SITREP_TOPIC_REGION_COUNTS=t.region_counts,
            SITREP_LOG_LEVEL="info",
        )
        env.update(self.extra_env)
        return env

    def create_topics(self) -> None:
        create_topics(self.bootstrap, Settings(topics=self.topics))

    def start_worker(self) -> None:
        log = open(self.tmp / f"{self.prefix}-worker.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        self.wait_up()

    def start_another_worker(self) -> subprocess.Popen[bytes]:
        """One more worker in the same consumer group (its own metrics and web ports)."""
        env = self.env()
        env.update(
            SITREP_METRICS_PORT=str(free_port()),
            SITREP_WEB_PORT=str(free_port()),
            SITREP_DATA_DIR=str(self.tmp / f"{self.prefix}-{len(self.others) + 1}"),
        )
        log = open(self.tmp / f"{self.prefix}-worker{len(self.others) + 1}.log", "ab")  # noqa: SIM115
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
        )
        self.others.append(proc)
        return proc

    def stop_another_worker(self) -> None:
        stop_process(self.others.pop())

    def wait_up(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None and self.proc.poll() is None, self.log_tail()
            try:
                if scrape(self.metrics_url).up:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"worker not up after {timeout}s\n{self.log_tail()}")

    def stop_worker(self, sig: int = signal.SIGTERM) -> None:
        if self.proc is not None:
            stop_process(self.proc, sig)
        self.proc = None

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"

    def progress(self) -> WorkerProgress:
        return scrape(self.metrics_url)

    def wait_caught_up(self, articles: int, timeout: float = 90.0) -> WorkerProgress:
        """Wait until `articles` are consumed in total and every mention is merged."""
        deadline = time.monotonic() + timeout
        last = WorkerProgress()
        while time.monotonic() < deadline:
            try:
                last = self.progress()
                if last.caught_up(articles):
                    time.sleep(1.0)  # let the last sends reach the broker
                    return last
            except OSError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"not caught up with {articles} articles: {last}\n{self.log_tail()}")

    def wait_idle(self, articles: int, quiet: float = 2.5, timeout: float = 90.0) -> WorkerProgress:
        """Caught up with at least `articles`, and no counter moved for `quiet` seconds.

        For restarts, where redelivered messages make the exact count unknowable.
        """
        deadline = time.monotonic() + timeout
        last = self.wait_caught_up(articles, timeout)
        stable_since = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.25)
            now = self.progress()
            if now != last or not now.caught_up(articles):
                last, stable_since = now, time.monotonic()
            elif time.monotonic() - stable_since >= quiet:
                return now
        raise TimeoutError(f"worker never went idle: {last}\n{self.log_tail()}")

    def drained(self) -> bool:
        """The worker group has committed every message of its two input topics."""
        t = self.topics
        try:
            positions = group_positions(
                self.bootstrap, f"sitrep-{self.prefix}", [t.articles, t.mentions]
            )
        except TimeoutError:
            return False  # the broker did not answer in time: unknown is not drained
        return bool(positions) and all(committed >= end for committed, end in positions.values())

    def wait_drained(self, timeout: float = 300.0, quiet: float = 3.0) -> None:
        """Wait until both input topics are fully committed (and stay so for `quiet` s).

        Works across restarts, where the worker's own counters start again at zero.
        """
        deadline = time.monotonic() + timeout
        since: float | None = None
        while time.monotonic() < deadline:
            if self.drained():
                since = since or time.monotonic()
                if time.monotonic() - since >= quiet:
                    return
            else:
                since = None
            time.sleep(0.5)
        raise TimeoutError(
            f"input topics not drained after {timeout}s\n{self._lagging()}\n"
            + "\n".join(self.log_tail(skip=" alert alr-", path=log) for log in self._logs())
        )

    def _lagging(self) -> str:
        """Which partitions are behind, and by how much (why: a stall names its partition)."""
        t = self.topics
        try:
            positions = group_positions(
                self.bootstrap, f"sitrep-{self.prefix}", [t.articles, t.mentions]
            )
        except TimeoutError as exc:
            return f"positions unknown: {exc}"
        return "lagging (committed/end): " + ", ".join(
            f"{tp.topic}[{tp.partition}] {c}/{e}" for tp, (c, e) in positions.items() if c < e
        )

    def _logs(self) -> list[Path]:
        return sorted(self.tmp.glob(f"{self.prefix}-worker*.log"))

    def log_tail(self, n: int = 40, skip: str | None = None, path: Path | None = None) -> str:
        """The last `n` lines of a worker's log (the first worker's unless `path`), leaving
        out lines containing `skip` (alert lines drown a stall's cause)."""
        path = path or self.tmp / f"{self.prefix}-worker.log"
        if not path.exists():
            return ""
        lines = path.read_text(errors="replace").splitlines()
        if skip:
            lines = [line for line in lines if skip not in line]
        return f"--- {path.name}\n" + "\n".join(lines[-n:])

    def send_raw(self, values: list[bytes | None], key: bytes | None = None) -> None:
        producer = KafkaProducer(
            bootstrap_servers=self.bootstrap,
            enable_idempotence=False,
            max_request_size=32 * 1024 * 1024,
            **client_options(),
        )
        try:
            for v in values:
                producer.send(self.topics.articles, key=key, value=v)
            producer.flush()
        finally:
            producer.close()

    def read(self, topic: str) -> list[dict[str, Any]]:
        return read_topic(self.bootstrap, topic)


def stop_process(proc: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    """Send `sig`, then SIGKILL after 30 s; always reaps the process."""
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def read_topic(bootstrap: str, topic: str, timeout: float = 180.0) -> list[dict[str, Any]]:
    """Every message on `topic`, from the beginning to its current end, decoded from JSON.

    Reads until each partition's position reaches the highwater of a fetch response, so a slow
    broker makes the read slower, never shorter (an idle-time cut-off returned partial topics
    under CI load).
    """
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        **client_options(),
    )
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        if not tps:
            return []
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        out: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while not _at_end(consumer, tps):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{topic}: end not reached in {timeout}s ({len(out)} read)")
            for msgs in consumer.poll(timeout_ms=100).values():
                out.extend(json.loads(m.value) for m in msgs)
        return out
    finally:
        consumer.close()


def _at_end(consumer: KafkaConsumer, tps: list[TopicPartition]) -> bool:
    for tp in tps:
        high = consumer.highwater(tp)
        if high is None or consumer.position(tp) < high:
            return False
    return True


def group_positions(
    bootstrap: str, group: str, topics: list[str], timeout: float = 30.0
) -> dict[TopicPartition, tuple[int, int]]:
    """(committed offset, high watermark) per partition; the watermark comes from a fetch
    response, because Tansu's ListOffsets answer is wrong for multi-record batches.

    Raises TimeoutError when a watermark stays unknown: guessing 0 would report "drained".
    """
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        **client_options(),
    )
    try:
        tps = [
            TopicPartition(t, p)
            for t in topics
            for p in sorted(consumer.partitions_for_topic(t) or [])
        ]
        consumer.assign(tps)
        committed = {tp: consumer.committed(tp) or 0 for tp in tps}
        for tp in tps:  # fetch from the committed offset so each response carries the watermark
            consumer.seek(tp, max(committed[tp] - 1, 0))
        deadline = time.monotonic() + timeout
        highs: dict[TopicPartition, int | None] = {tp: None for tp in tps}
        while any(h is None for h in highs.values()):
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"no highwater for {[tp for tp, h in highs.items() if h is None]}"
                )
            consumer.poll(timeout_ms=100, max_records=1)
            highs = {tp: consumer.highwater(tp) for tp in tps}
        return {tp: (committed[tp], highs[tp] or 0) for tp in tps}
    finally:
        consumer.close()


@contextmanager
def running(p: Pipeline) -> Iterator[Pipeline]:
    p.create_topics()
    p.start_worker()
    try:
        yield p
    finally:
        while p.others:
            p.stop_another_worker()
        p.stop_worker()


def latest_by(records: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """The highest revision of each id."""
    out: dict[str, dict[str, Any]] = {}
    for r in records:
        if r[key] not in out or r["revision"] > out[r[key]]["revision"]:
            out[r[key]] = r
    return out
