"""The ceilings Sitrep's throughput is compared with: extraction alone, the broker, bare Faust.

* `extraction_ceiling`: `streams.extraction.extract` over a corpus, in a subprocess pinned to
  one core (`python benchmarks/baselines.py extraction --n N --seed S` prints one JSON line).
* `broker_ceiling`: a raw aiokafka consume->produce passthrough of the encoded articles.
* `faust_ceiling`: `benchmarks/faust_forward.py` (a Faust agent that only forwards) over the
  same messages; msg/s from the Kafka timestamps of the first and last forwarded message.

Both broker-side ceilings pre-load the input topic, so they measure a backlog at full speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kafka import KafkaConsumer, KafkaProducer, TopicPartition  # noqa: E402
from kafka.admin import KafkaAdminClient, NewTopic  # noqa: E402

from streams.broker import free_port  # noqa: E402
from tests.kafka_helpers import stop_process  # noqa: E402

# ---------------------------------------------------------------- extraction ceiling


def _extraction_main(n: int, seed: int, min_kb: float, max_kb: float) -> dict[str, Any]:
    from benchmarks.corpus import make_articles
    from streams.extraction import extract, warm_up

    pinned = None
    if hasattr(os, "sched_setaffinity"):
        pinned = max(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {pinned})
    warm_up()
    corpus = make_articles(n, seed=seed, min_kb=min_kb, max_kb=max_kb)
    extract(corpus[0])
    t, c = time.perf_counter(), time.process_time()
    mentions = sum(len(extract(a)) for a in corpus)
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    return {
        "articles": n,
        "mentions": mentions,
        "articles_per_s": n / wall,
        "articles_per_cpu_s": n / max(cpu, 1e-9),
        "pinned_cpu": pinned,
        "mean_kb": sum(len(a.body) for a in corpus) / n / 1024,
    }


def extraction_ceiling(
    n: int, seed: int, min_kb: float = 2.0, max_kb: float = 6.0, timeout: float = 900.0
) -> dict[str, Any]:
    """Run the extraction timing in a fresh, pinned subprocess; returns its JSON result."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "extraction",
        "--n",
        str(n),
        "--seed",
        str(seed),
        "--min-kb",
        str(min_kb),
        "--max-kb",
        str(max_kb),
    ]
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- broker helpers


def create_topics(bootstrap: str, names: Sequence[str], partitions: int = 4) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="bench-admin")
    try:
        admin.create_topics(
            [NewTopic(t, num_partitions=partitions, replication_factor=1) for t in names]
        )
    finally:
        admin.close()


def preload(bootstrap: str, topic: str, messages: Sequence[tuple[bytes, bytes]]) -> None:
    """Send (key, value) pairs and wait for every ack."""
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        linger_ms=5,
        enable_idempotence=False,
        max_request_size=16 * 1024 * 1024,
    )
    try:
        futures = [producer.send(topic, key=k, value=v) for k, v in messages]
        producer.flush()
        for f in futures:
            f.get(timeout=60)
    finally:
        producer.close()


def read_records(
    bootstrap: str,
    topic: str,
    *,
    expect: int | None = None,
    idle: float = 2.0,
    timeout: float = 600.0,
    decode: Callable[[bytes], Any] | None = None,
) -> list[tuple[int, Any]]:
    """(Kafka timestamp ms, value) of every message of `topic` from the beginning: until
    `expect` messages are read, else until nothing arrived for `idle` seconds."""
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        fetch_max_wait_ms=50,
        max_partition_fetch_bytes=8 * 1024 * 1024,
    )
    out: list[tuple[int, Any]] = []
    try:
        parts = consumer.partitions_for_topic(topic) or set()
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        if not tps:
            return out
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        deadline = time.monotonic() + timeout
        quiet = 0.0
        while time.monotonic() < deadline:
            if expect is not None and len(out) >= expect:
                break
            if expect is None and quiet >= idle:
                break
            batch = consumer.poll(timeout_ms=100)
            if not batch:
                quiet += 0.1
                continue
            quiet = 0.0
            for msgs in batch.values():
                out.extend((m.timestamp, decode(m.value) if decode else m.value) for m in msgs)
        return out
    finally:
        consumer.close()


def rate_from_timestamps(timestamps_ms: Sequence[int]) -> float:
    """Messages per second between the first and the last timestamp ((n - 1) intervals)."""
    if len(timestamps_ms) < 2:
        return float("nan")
    span = (max(timestamps_ms) - min(timestamps_ms)) / 1000
    return (len(timestamps_ms) - 1) / span if span > 0 else float("nan")


# ---------------------------------------------------------------- broker ceiling


async def _passthrough(bootstrap: str, src: str, dst: str, n: int) -> float:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
    from aiokafka.structs import TopicPartition as ATP

    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        fetch_max_wait_ms=10,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=5, max_request_size=16 * 1024 * 1024
    )
    await consumer.start()
    await producer.start()
    try:
        parts = consumer.partitions_for_topic(src) or set()
        tps = [ATP(src, p) for p in sorted(parts)]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        seen = 0
        started: float | None = None
        futures = []
        while seen < n:
            batch = await consumer.getmany(timeout_ms=200, max_records=2000)
            for msgs in batch.values():
                if started is None and msgs:
                    started = time.perf_counter()
                for m in msgs:
                    futures.append(await producer.send(dst, key=m.key, value=m.value))
                    seen += 1
        await asyncio.gather(*futures)
        assert started is not None
        return n / (time.perf_counter() - started)
    finally:
        await producer.stop()
        await consumer.stop()


def broker_ceiling(
    bootstrap: str, messages: Sequence[tuple[bytes, bytes]], partitions: int = 4
) -> float:
    """msg/s of an aiokafka consume->produce passthrough of a pre-loaded topic."""
    p = f"b{uuid.uuid4().hex[:8]}"
    src, dst = f"{p}.in", f"{p}.out"
    create_topics(bootstrap, [src, dst], partitions)
    preload(bootstrap, src, messages)
    return asyncio.run(asyncio.wait_for(_passthrough(bootstrap, src, dst, len(messages)), 600))


# ---------------------------------------------------------------- Faust ceiling


def faust_ceiling(
    bootstrap: str,
    messages: Sequence[tuple[bytes, bytes]],
    tmp: Path,
    partitions: int = 4,
    timeout: float = 600.0,
) -> float:
    """msg/s of a Faust agent that only forwards, over a pre-loaded topic."""
    p = f"f{uuid.uuid4().hex[:8]}"
    src, dst = f"{p}.in", f"{p}.out"
    create_topics(bootstrap, [src, dst], partitions)
    preload(bootstrap, src, messages)
    env = {
        **os.environ,
        "BENCH_BOOTSTRAP": bootstrap,
        "BENCH_APP_ID": f"bench-{p}",
        "BENCH_SRC": src,
        "BENCH_DST": dst,
        "BENCH_DATA_DIR": str(tmp / p),
        "BENCH_PARTITIONS": str(partitions),
        "BENCH_WEB_PORT": str(free_port()),
    }
    tmp.mkdir(parents=True, exist_ok=True)
    with open(tmp / f"{p}-faust.log", "ab") as log:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "benchmarks" / "faust_forward.py")],
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            recs = read_records(bootstrap, dst, expect=len(messages), timeout=timeout)
        finally:
            stop_process(proc)
    if len(recs) < len(messages):
        raise RuntimeError(f"Faust forwarded {len(recs)} of {len(messages)} (log: {tmp})")
    return rate_from_timestamps([ts for ts, _ in recs])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="extraction ceiling subprocess (one JSON line)")
    ap.add_argument("what", choices=["extraction"])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--min-kb", type=float, default=2.0)
    ap.add_argument("--max-kb", type=float, default=6.0)
    args = ap.parse_args(argv)
    print(json.dumps(_extraction_main(args.n, args.seed, args.min_kb, args.max_kb)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
