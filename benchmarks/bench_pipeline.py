"""Sitrep pipeline benchmark (issue 7): throughput against its ceilings, latency, memory, scale.

    python benchmarks/bench_pipeline.py [--quick] [--runs K] [--out DIR]

Everything runs on an embedded Tansu broker (a fresh one per run) on loopback:

1. extraction ceiling: `extract()` alone, one pinned process, articles/s;
2. broker ceiling (aiokafka consume->produce passthrough, msg/s) and Faust ceiling (a Faust
   agent that only forwards, msg/s), both over the same JSON-encoded articles;
3. Sitrep end to end with 1 worker and with 2 workers (one group, 4-partition topics):
   articles/s from the first article produced to the Kafka timestamp of the last incident,
   once the workers' /metrics counters have caught up; ratios to the ceilings of the same run;
4. latency ingest->incident and ingest->alert (p50/p95/p99) at a steady 100 articles/s, from
   `ingested_at` in the messages (stamped at send) and the Kafka timestamp of each message;
5. memory: the worker's peak RSS (VmHWM) after N articles and its RSS growth from N/2 to N,
   on two corpora: a firehose (`make_firehose`: days advance, each strike reported many times)
   and the worst case for state (`make_articles`: every article a new incident).

Each figure is measured `--runs` times; the table gives the median and the min-max spread.
Results go to `DIR/bench-pipeline-<timestamp>.{csv,json}` (default DIR: bench-results/).
Articles are `benchmarks.corpus.make_articles(..., min_kb=2, max_kb=6)`.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from benchmarks import baselines  # noqa: E402
from benchmarks.corpus import make_articles, make_firehose  # noqa: E402
from benchmarks.report import (  # noqa: E402
    Row,
    format_machine,
    format_table,
    machine_info,
    percentile,
    summarize,
    vm_kb,
    write_csv,
    write_json,
)
from schemas import Article  # noqa: E402
from streams.broker import EmbeddedBroker  # noqa: E402
from streams.codec import encode  # noqa: E402
from streams.producer import send_articles  # noqa: E402
from streams.progress import WorkerProgress  # noqa: E402
from tests.kafka_helpers import Pipeline  # noqa: E402


@dataclass(frozen=True)
class Plan:
    """How much each measurement does."""

    ceiling_articles: int = 5000
    e2e_articles: int = 5000
    latency_rate: float = 100.0
    latency_seconds: float = 60.0
    memory_articles: int = 100_000
    memory_shapes: tuple[str, ...] = ("firehose", "unique")
    scale_workers: tuple[int, ...] = (1, 2)
    extract_processes: tuple[int, ...] = (1,)
    """End to end again with one worker extracting in this many child processes."""


QUICK = Plan(ceiling_articles=5000, e2e_articles=3000, latency_seconds=20.0, memory_articles=10_000)


def log(msg: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- process figures


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds (NaN if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return math.nan
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def family(pid: int) -> list[int]:
    """The process and its descendants (extractor processes, their resource tracker)."""
    out = [pid]
    for p in out:
        try:
            kids = Path(f"/proc/{p}/task/{p}/children").read_text().split()
        except OSError:
            continue
        out.extend(int(k) for k in kids)
    return out


def status_kb(pid: int, field: str) -> float:
    try:
        return vm_kb(Path(f"/proc/{pid}/status").read_text(), field)
    except OSError:
        return math.nan


# ---------------------------------------------------------------- workers


class Workers:
    """N Sitrep workers in one consumer group on one set of topics (like tests' Pipeline)."""

    def __init__(self, bootstrap: str, tmp: Path, n: int) -> None:
        first = Pipeline(bootstrap, tmp / "w0")
        self.pipes = [first] + [
            Pipeline(bootstrap, tmp / f"w{i}", prefix=first.prefix) for i in range(1, n)
        ]
        for p in self.pipes:
            p.tmp.mkdir(parents=True, exist_ok=True)

    @property
    def first(self) -> Pipeline:
        return self.pipes[0]

    def pids(self) -> list[int]:
        return [p.proc.pid for p in self.pipes if p.proc is not None]

    def start(self) -> None:
        self.first.create_topics()
        for p in self.pipes:
            p.start_worker()
        if len(self.pipes) > 1:
            self.wait_balanced()

    def stop(self) -> None:
        for p in self.pipes:
            p.stop_worker()

    def wait_balanced(self, timeout: float = 90.0) -> None:
        """Every worker holds some articles partition and none is rebalancing, for 2 s."""
        deadline = time.monotonic() + timeout
        since: float | None = None
        topic = self.first.topics.articles
        while time.monotonic() < deadline:
            ok = True
            for p in self.pipes:
                try:
                    vals = scrape_labelled(p.metrics_url)
                except OSError:
                    ok = False
                    break
                assigned = vals.get(("sitrep_assigned_partitions", topic), 0.0)
                if assigned < 1 or vals.get(("sitrep_worker_rebalancing", ""), 0.0) != 0:
                    ok = False
            if ok:
                since = since or time.monotonic()
                if time.monotonic() - since >= 2.0:
                    return
            else:
                since = None
            time.sleep(0.3)
        raise TimeoutError("workers never balanced:\n" + self.first.log_tail())

    def progress(self) -> WorkerProgress:
        """Every worker's counters summed (whatever counters WorkerProgress has)."""
        got = [p.progress() for p in self.pipes]
        sums = {
            f.name: sum(getattr(g, f.name) for g in got)
            for f in dataclasses.fields(WorkerProgress)
            if f.type in (float, "float")
        }
        return WorkerProgress(**sums, up=all(g.up for g in got))

    def wait_caught_up(self, articles: int, timeout: float) -> WorkerProgress:
        deadline = time.monotonic() + timeout
        last = WorkerProgress()
        moved = time.monotonic()
        while time.monotonic() < deadline:
            for p in self.pipes:
                if p.proc is None or p.proc.poll() is not None:
                    raise RuntimeError("a worker died:\n" + p.log_tail())
            try:
                now = self.progress()
                if now != last:
                    last, moved = now, time.monotonic()
                if last.caught_up(articles):
                    time.sleep(1.0)  # the last sends reach the broker
                    return last
                if last.articles_consumed >= articles and time.monotonic() - moved > STALL:
                    # Seen with 2 workers: every article done, one mention produced but never
                    # counted as consumed. Count the run (the last incident is on the topic)
                    # and say so, rather than wait forever.
                    log(f"counters stalled short of caught up for {STALL:.0f} s: {last}")
                    return last
            except OSError:
                pass
            time.sleep(0.5)  # each scrape costs the worker CPU (exposition of ~600 series)
        raise TimeoutError(f"not caught up with {articles}: {last}\n{self.first.log_tail()}")


#: Seconds without any counter moving, every article consumed, after which we stop waiting.
STALL = 20.0


def scrape_labelled(url: str) -> dict[tuple[str, str], float]:
    """(metric name, first label value or '') -> value, from a worker's /metrics."""
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    with urllib.request.urlopen(url, timeout=2.0) as resp:
        text = resp.read().decode("utf-8")
    out: dict[tuple[str, str], float] = {}
    for fam in text_string_to_metric_families(text):
        for s in fam.samples:
            label = next(iter(s.labels.values()), "") if s.labels else ""
            out[(s.name, label)] = out.get((s.name, label), 0.0) + s.value
    return out


@contextmanager
def workers(bootstrap: str, tmp: Path, n: int) -> Iterator[Workers]:
    w = Workers(bootstrap, tmp, n)
    w.start()
    try:
        yield w
    finally:
        w.stop()


def catch_up_timeout(n: int) -> float:
    return 120.0 + n / 10.0


# ---------------------------------------------------------------- measurements


def _decode_ingest(value: bytes) -> float:
    doc = orjson.loads(value)
    at = doc.get("ingested_at")
    return datetime.fromisoformat(at).timestamp() if at else math.nan


@contextmanager
def env_set(extra: dict[str, str]) -> Iterator[None]:
    """Environment variables for the workers started inside (they copy os.environ)."""
    old = {k: os.environ.get(k) for k in extra}
    os.environ.update(extra)
    try:
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def end_to_end(
    bootstrap: str,
    tmp: Path,
    articles: Sequence[Article],
    n_workers: int,
    broker_pid: int | None,
    extract_processes: int = 0,
) -> dict[str, float]:
    """Articles/s from the first article produced to the last incident written. Worker CPU
    and RSS include the worker's extractor processes (`extract_processes`), if any."""
    with (
        env_set({"SITREP_EXTRACT_PROCESSES": str(extract_processes)}),
        workers(bootstrap, tmp, n_workers) as w,
    ):
        pids = [p for pid in w.pids() for p in family(pid)]
        cpu0 = {pid: cpu_seconds(pid) for pid in [*pids, *([broker_pid] if broker_pid else [])]}
        t0 = time.time()
        send_articles(articles, bootstrap, w.first.topics.articles, stamp=True)
        w.wait_caught_up(len(articles), catch_up_timeout(len(articles)))
        wall = time.time() - t0
        cpu1 = {pid: cpu_seconds(pid) for pid in cpu0}
        rss_mb = sum(status_kb(p, "VmRSS") for p in pids) / 1024
        recs = baselines.read_records(bootstrap, w.first.topics.incidents)
    if not recs:
        raise RuntimeError("no incidents written")
    last = max(ts for ts, _ in recs) / 1000
    out = {
        "articles_per_s": len(articles) / (last - t0),
        "incident_messages": float(len(recs)),
        "worker_cpu_pct": 100 * sum(cpu1[p] - cpu0[p] for p in pids) / wall,
        "worker_rss_mb": rss_mb,
    }
    if broker_pid:
        out["broker_cpu_pct"] = 100 * (cpu1[broker_pid] - cpu0[broker_pid]) / wall
    return out


def latency(
    bootstrap: str, tmp: Path, articles: Sequence[Article], rate: float
) -> dict[str, float]:
    """Ingest->incident and ingest->alert percentiles (ms) at a steady `rate`."""
    with workers(bootstrap, tmp, 1) as w:
        t0 = time.time()
        send_articles(articles, bootstrap, w.first.topics.articles, rate=rate, stamp=True)
        w.wait_caught_up(len(articles), catch_up_timeout(len(articles)))
        incidents = baselines.read_records(
            bootstrap, w.first.topics.incidents, decode=_decode_ingest
        )
        alerts = baselines.read_records(bootstrap, w.first.topics.alerts, decode=_decode_ingest)
    # Served < offered means the worker could not keep up: the percentiles then measure a
    # growing queue, not the pipeline's own latency.
    last = max((ts for ts, _ in incidents), default=math.nan) / 1000
    out: dict[str, float] = {"served_per_s": len(articles) / (last - t0)}
    for name, recs in (("incident", incidents), ("alert", alerts)):
        lat = [(ts / 1000 - ing) * 1000 for ts, ing in recs if not math.isnan(ing)]
        out[f"{name}_n"] = float(len(lat))
        for q in (50, 95, 99):
            out[f"{name}_p{q}"] = percentile(lat, q)
    return out


def memory(bootstrap: str, tmp: Path, articles: Sequence[Article]) -> dict[str, float]:
    """Worker VmHWM after all articles and VmRSS growth from half-way to the end (MB)."""
    half = len(articles) // 2
    with workers(bootstrap, tmp, 1) as w:
        pid = w.pids()[0]
        topic = w.first.topics.articles
        send_articles(articles[:half], bootstrap, topic, stamp=True)
        w.wait_caught_up(half, catch_up_timeout(half))
        rss_half = status_kb(pid, "VmRSS")
        send_articles(articles[half:], bootstrap, topic, stamp=True)
        w.wait_caught_up(len(articles), catch_up_timeout(len(articles) - half))
        rss_end, hwm = status_kb(pid, "VmRSS"), status_kb(pid, "VmHWM")
    return {
        "peak_rss_mb": hwm / 1024,
        "rss_half_mb": rss_half / 1024,
        "rss_end_mb": rss_end / 1024,
        "rss_growth_mb": (rss_end - rss_half) / 1024,
    }


#: Articles a day and distinct strikes a day in the firehose memory corpus: 100,000 articles
#: are five days of a feed whose strike coverage is GDELT-scale (100-200k articles a day in all).
FIREHOSE_PER_DAY = 20_000
FIREHOSE_INCIDENTS_PER_DAY = 200


def memory_corpus(shape: str, n: int, seed: int) -> list[Article]:
    """`firehose`: days advance and strikes are reported many times (the feed's shape);
    `unique`: every article a new incident, dates over 300 days (the worst case for state)."""
    if shape == "firehose":
        return make_firehose(
            n, seed=seed, per_day=FIREHOSE_PER_DAY, incidents_per_day=FIREHOSE_INCIDENTS_PER_DAY
        )
    return make_articles(n, seed=seed, min_kb=2, max_kb=6)


def one_run(run: int, plan: Plan, tmp: Path) -> dict[str, float]:
    """Every figure once, on a fresh broker; returns flat name -> value."""
    seed = 1000 + run
    r: dict[str, float] = {}
    log(f"run {run}: extraction ceiling ({plan.ceiling_articles} articles, pinned subprocess)")
    ext = baselines.extraction_ceiling(plan.ceiling_articles, seed)
    r["extraction_articles_per_s"] = ext["articles_per_s"]
    r["extraction_articles_per_cpu_s"] = ext["articles_per_cpu_s"]
    r["article_kb"] = ext["mean_kb"]
    corpus = make_articles(plan.ceiling_articles, seed=seed, min_kb=2, max_kb=6)
    messages = [(a.id.encode(), encode(a)) for a in corpus]
    broker = EmbeddedBroker(log_path=tmp / f"broker-{run}.log")
    with broker:
        bs = broker.bootstrap
        bpid = broker._proc.pid if broker._proc else None
        log(f"run {run}: broker ceiling (aiokafka passthrough, {len(messages)} msgs)")
        r["broker_msg_per_s"] = baselines.broker_ceiling(bs, messages)
        log(f"run {run}: Faust ceiling (forwarding agent, {len(messages)} msgs)")
        r["faust_msg_per_s"] = baselines.faust_ceiling(bs, messages, tmp / f"faust-{run}")
        e2e_corpus = (
            corpus[: plan.e2e_articles]
            if plan.e2e_articles <= len(corpus)
            else (make_articles(plan.e2e_articles, seed=seed, min_kb=2, max_kb=6))
        )
        for n in plan.scale_workers:
            log(f"run {run}: end to end, {n} worker(s), {len(e2e_corpus)} articles")
            e = end_to_end(bs, tmp / f"e2e-{run}-{n}", e2e_corpus, n, bpid)
            for k, v in e.items():
                r[f"e2e{n}_{k}"] = v
        for procs in plan.extract_processes:
            log(f"run {run}: end to end, 1 worker + {procs} extractor process(es)")
            e = end_to_end(bs, tmp / f"e2e-{run}-x{procs}", e2e_corpus, 1, bpid, procs)
            for k, v in e.items():
                r[f"e2e1x{procs}_{k}"] = v
        ceiling = min(r["extraction_articles_per_s"], r["faust_msg_per_s"])
        r["ratio_e2e_to_min_extraction_faust"] = r["e2e1_articles_per_s"] / ceiling
        if 1 in plan.extract_processes:
            r["ratio_e2e1x1_to_min_extraction_faust"] = r["e2e1x1_articles_per_s"] / ceiling
            r["e2e1x1_over_e2e1"] = r["e2e1x1_articles_per_s"] / r["e2e1_articles_per_s"]
        r["ratio_e2e_to_broker"] = r["e2e1_articles_per_s"] / r["broker_msg_per_s"]
        if 2 in plan.scale_workers:
            r["scale_2_over_1"] = r["e2e2_articles_per_s"] / r["e2e1_articles_per_s"]
        n_lat = int(plan.latency_rate * plan.latency_seconds)
        log(
            f"run {run}: latency at {plan.latency_rate:.0f} articles/s for "
            f"{plan.latency_seconds:.0f} s"
        )
        lat_corpus = make_articles(n_lat, seed=seed + 500, min_kb=2, max_kb=6)
        for k, v in latency(bs, tmp / f"lat-{run}", lat_corpus, plan.latency_rate).items():
            r[f"latency_{k}"] = v
        for shape in plan.memory_shapes:
            log(f"run {run}: memory after {plan.memory_articles} articles ({shape})")
            mem_corpus = memory_corpus(shape, plan.memory_articles, seed + 900)
            prefix = "memory" if shape == "firehose" else f"memory_{shape}"
            for k, v in memory(bs, tmp / f"mem-{run}-{shape}", mem_corpus).items():
                r[f"{prefix}_{k}"] = v
    return r


#: (raw key, section, metric, unit, note) of each table row, in order.
LAYOUT: list[tuple[str, str, str, str, str]] = [
    ("extraction_articles_per_s", "ceilings", "extraction alone", "articles/s", "1 pinned core"),
    ("extraction_articles_per_cpu_s", "ceilings", "extraction alone", "articles/CPU-s", ""),
    ("broker_msg_per_s", "ceilings", "broker: aiokafka passthrough", "msg/s", ""),
    ("faust_msg_per_s", "ceilings", "Faust: forwarding agent", "msg/s", ""),
    ("article_kb", "ceilings", "article size (body)", "KB", "mean"),
    ("e2e1_articles_per_s", "end to end", "Sitrep, 1 worker", "articles/s", ""),
    (
        "ratio_e2e_to_min_extraction_faust",
        "end to end",
        "e2e / min(extraction, Faust)",
        "ratio",
        "headline",
    ),
    ("ratio_e2e_to_broker", "end to end", "e2e / broker", "ratio", "headline"),
    ("e2e1_worker_cpu_pct", "end to end", "worker CPU, 1 worker", "% of a core", ""),
    ("e2e1_broker_cpu_pct", "end to end", "broker CPU, 1 worker", "% of a core", ""),
    ("e2e1_incident_messages", "end to end", "incident messages", "count", ""),
    ("e2e1_worker_rss_mb", "end to end", "worker RSS at the end, 1 worker", "MB", ""),
    (
        "e2e1x1_articles_per_s",
        "end to end",
        "Sitrep, 1 worker + 1 extractor process",
        "articles/s",
        "SITREP_EXTRACT_PROCESSES=1",
    ),
    ("e2e1x1_over_e2e1", "end to end", "with extractor process / without", "ratio", ""),
    (
        "ratio_e2e1x1_to_min_extraction_faust",
        "end to end",
        "e2e (+1 extractor process) / min(extraction, Faust)",
        "ratio",
        "",
    ),
    ("e2e1x1_worker_cpu_pct", "end to end", "worker + extractor CPU", "% of a core", ""),
    ("e2e1x1_worker_rss_mb", "end to end", "worker + extractor RSS at the end", "MB", ""),
    ("e2e2_articles_per_s", "scale", "Sitrep, 2 workers", "articles/s", "4 partitions"),
    ("scale_2_over_1", "scale", "2 workers / 1 worker", "ratio", ""),
    ("e2e2_worker_cpu_pct", "scale", "workers CPU, 2 workers", "% of a core", "sum"),
    ("e2e2_broker_cpu_pct", "scale", "broker CPU, 2 workers", "% of a core", ""),
    ("latency_served_per_s", "latency", "articles served (offered: see note)", "articles/s", ""),
    ("latency_incident_p50", "latency", "ingest->incident p50", "ms", ""),
    ("latency_incident_p95", "latency", "ingest->incident p95", "ms", ""),
    ("latency_incident_p99", "latency", "ingest->incident p99", "ms", ""),
    ("latency_incident_n", "latency", "incident messages", "count", ""),
    ("latency_alert_p50", "latency", "ingest->alert p50", "ms", ""),
    ("latency_alert_p95", "latency", "ingest->alert p95", "ms", ""),
    ("latency_alert_p99", "latency", "ingest->alert p99", "ms", ""),
    ("latency_alert_n", "latency", "alert messages", "count", ""),
    ("memory_peak_rss_mb", "memory", "worker peak RSS (VmHWM), firehose", "MB", ""),
    ("memory_rss_half_mb", "memory", "worker RSS at half-way, firehose", "MB", ""),
    ("memory_rss_end_mb", "memory", "worker RSS at the end, firehose", "MB", ""),
    ("memory_rss_growth_mb", "memory", "RSS growth half-way -> end, firehose", "MB", ""),
    (
        "memory_unique_peak_rss_mb",
        "memory",
        "worker peak RSS (VmHWM), all unique",
        "MB",
        "worst case: every article a new incident over 300 days",
    ),
    ("memory_unique_rss_half_mb", "memory", "worker RSS at half-way, all unique", "MB", ""),
    ("memory_unique_rss_end_mb", "memory", "worker RSS at the end, all unique", "MB", ""),
    ("memory_unique_rss_growth_mb", "memory", "RSS growth half-way -> end, all unique", "MB", ""),
]


def build_rows(runs: Sequence[dict[str, float]], plan: Plan) -> list[Row]:
    notes = {
        "e2e1_articles_per_s": f"{plan.e2e_articles} articles, 4 partitions",
        "latency_served_per_s": f"offered {plan.latency_rate:.0f} articles/s for "
        f"{plan.latency_seconds:.0f} s",
        "memory_peak_rss_mb": f"after {plan.memory_articles:,} articles, "
        f"{FIREHOSE_PER_DAY:,} a day, "
        f"{FIREHOSE_INCIDENTS_PER_DAY} strikes a day",
    }
    rows = []
    for key, section, metric, unit, note in LAYOUT:
        if not any(key in r for r in runs):
            continue
        rows.append(
            summarize(
                section, metric, unit, [r.get(key, math.nan) for r in runs], notes.get(key, note)
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument(
        "--quick",
        action="store_true",
        help="latency 20 s, memory after 10,000 articles, 3,000-article e2e",
    )
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, default=ROOT / "bench-results")
    ap.add_argument("--keep-logs", action="store_true", help="keep broker and worker logs")
    args = ap.parse_args(argv)
    plan = QUICK if args.quick else Plan()
    machine = machine_info()
    machine["load_average_at_start"] = os.getloadavg()
    machine["plan"] = plan.__dict__ | {"quick": args.quick, "runs": args.runs}
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    runs: list[dict[str, float]] = []
    try:
        for i in range(args.runs):
            try:
                runs.append(one_run(i, plan, tmp))
            except Exception as exc:  # keep the runs that worked
                log(f"run {i} failed: {type(exc).__name__}: {exc}"[:2000])
                if not args.keep_logs:
                    args.keep_logs = True
        if not runs:
            raise SystemExit("no run completed")
    finally:
        if args.keep_logs:
            log(f"logs kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    rows = build_rows(runs, plan)
    machine["wall_seconds"] = round(time.monotonic() - started, 1)
    machine["load_average_at_end"] = os.getloadavg()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    csv_path = args.out / f"bench-pipeline-{stamp}.csv"
    json_path = args.out / f"bench-pipeline-{stamp}.json"
    write_csv(rows, csv_path)
    write_json(rows, json_path, machine, raw={"runs": runs})
    print(format_machine(machine))
    print(
        f"load average: start {machine['load_average_at_start']}, "
        f"end {machine['load_average_at_end']}; wall {machine['wall_seconds']} s; "
        f"runs {args.runs}{' (quick)' if args.quick else ''}"
    )
    print()
    print(format_table(rows))
    print()
    print(f"wrote {csv_path} and {json_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
