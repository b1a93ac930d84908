"""`sitrep run`: broker (embedded unless given), topics, worker, replay, live alert table.

The worker runs as a child process (`sitrep worker`) so that Faust owns its own event loop and
signals; its log goes to `<data-dir>/worker.log`. Everything started here is stopped on exit,
Ctrl-C included.
"""

import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from streams.admin import create_topics
from streams.broker import EmbeddedBroker, free_port
from streams.config import Settings
from streams.producer import replay
from streams.progress import scrape
from streams.tail import open_consumer, records

log = logging.getLogger(__name__)


@dataclass
class RunOptions:
    paths: list[Path]
    bootstrap: str | None
    once: bool
    rate: float | None
    metrics_port: int
    data_dir: Path | None
    timeout: float = 300.0


@dataclass
class AlertBoard:
    """Latest revision of each alert, in arrival order: what the live table shows."""

    alerts: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, alert: dict[str, Any]) -> None:
        with self.lock:
            self.alerts[alert["alert_id"]] = alert

    def table(self) -> Table:
        t = Table(title="Sitrep alerts", expand=True)
        for col in (
            "region",
            "rule",
            "severity",
            "rev",
            "killed",
            "injured",
            "incidents",
            "source",
            "message",
        ):
            t.add_column(col, overflow="fold")
        style = {"critical": "bold red", "warning": "yellow", "info": "cyan"}
        with self.lock:
            rows = list(self.alerts.values())
        for a in rows[-40:]:
            f = a.get("figures", {})
            sources = a.get("sources") or []
            t.add_row(
                f"{a.get('region_code')} {a.get('region_name') or ''}".strip(),
                a.get("rule", ""),
                a.get("severity", ""),
                str(a.get("revision", "")),
                str(f.get("killed", 0)),
                str(f.get("injured", 0)),
                ", ".join(sorted({s.get("source", "") for s in sources}))[:60],
                a.get("message", ""),
                style=style.get(a.get("severity", ""), ""),
            )
        return t


def _worker_env(
    settings: Settings, bootstrap: str, embedded: bool, data_dir: Path, metrics_port: int
) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SITREP_KAFKA_BOOTSTRAP=bootstrap,
        SITREP_EMBEDDED_BROKER="1" if embedded else "0",
        SITREP_METRICS_PORT=str(metrics_port),
        SITREP_DATA_DIR=str(data_dir / "worker"),
        SITREP_WEB_PORT=str(free_port()),
    )
    return env


@contextlib.contextmanager
def _worker(env: dict[str, str], log_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    with open(log_path, "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _tail_alerts(bootstrap: str, topic: str, board: AlertBoard, stop: threading.Event) -> None:
    consumer = open_consumer(bootstrap, topic, from_beginning=False)
    try:
        for rec in records(consumer, follow=True, stop=stop):
            if isinstance(rec["value"], dict) and "alert_id" in rec["value"]:
                board.add(rec["value"])
    finally:
        consumer.close()


def alert_line(a: dict[str, Any]) -> str:
    """One alert revision as a log line, for terminals that cannot show a live table."""
    return (
        f"ALERT {a.get('severity', '?'):8} {a.get('rule', '?'):23} "
        f"{a.get('region_code', '?'):7} rev {a.get('revision', '?')}: {a.get('message', '')}"
    )


def _show(board: AlertBoard, live: Live | None, console: Console, printed: dict[str, int]) -> None:
    """Refresh the live table, or print alert revisions not printed yet (no terminal)."""
    if live is not None:
        live.update(board.table())
        return
    with board.lock:
        fresh = [a for a in board.alerts.values() if printed.get(a["alert_id"]) != a["revision"]]
    for a in fresh:
        printed[a["alert_id"]] = a["revision"]
        console.print(alert_line(a), highlight=False, soft_wrap=True)


def run(opts: RunOptions, settings: Settings, console: Console) -> int:
    """Run the whole job; returns the process exit code."""
    data_dir = opts.data_dir or Path(tempfile.mkdtemp(prefix="sitrep-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    embedded = opts.bootstrap is None
    with contextlib.ExitStack() as stack:
        if embedded:
            broker = stack.enter_context(EmbeddedBroker(log_path=data_dir / "broker.log"))
            bootstrap = broker.bootstrap
            console.print(
                f"[green]embedded Tansu broker[/] on {bootstrap} (log {data_dir / 'broker.log'})"
            )
        else:
            assert opts.bootstrap is not None
            bootstrap = opts.bootstrap
            console.print(f"using Kafka at {bootstrap}")
        created = create_topics(bootstrap, settings)
        console.print(f"topics ready ({len(created)} created, {settings.partitions} partitions)")
        port = opts.metrics_port or free_port()
        env = _worker_env(settings, bootstrap, embedded, data_dir, port)
        worker = stack.enter_context(_worker(env, data_dir / "worker.log"))
        metrics_url = f"http://127.0.0.1:{port}/metrics"
        console.print(f"worker pid {worker.pid}, log {data_dir / 'worker.log'}")
        console.print(f"[bold]metrics[/] at {metrics_url}")

        board = AlertBoard()
        stop = threading.Event()
        tailer = threading.Thread(
            target=_tail_alerts, args=(bootstrap, settings.topics.alerts, board, stop), daemon=True
        )
        tailer.start()
        stack.callback(tailer.join, 5.0)
        stack.callback(stop.set)  # runs first (LIFO): stop the tail, then join, then the rest

        with Progress(
            TextColumn("replaying"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        ) as bar:
            task = bar.add_task("replay", total=None)
            sent = replay(
                opts.paths,
                bootstrap,
                settings.topics.articles,
                rate=opts.rate,
                on_sent=lambda done, total: bar.update(task, completed=done, total=total),
            )
        console.print(f"sent {sent} article(s) to {settings.topics.articles}")

        deadline = time.monotonic() + opts.timeout
        live_ctx = (
            Live(board.table(), console=console, refresh_per_second=4)
            if console.is_terminal
            else contextlib.nullcontext(None)
        )
        printed: dict[str, int] = {}
        with live_ctx as live:
            while True:
                _show(board, live, console, printed)
                if worker.poll() is not None:
                    console.print(
                        f"[red]worker exited with code {worker.returncode}[/]; "
                        f"see {data_dir / 'worker.log'}"
                    )
                    return 1
                if opts.once:
                    try:
                        progress = scrape(metrics_url)
                    except OSError:
                        progress = None
                    if progress is not None and progress.caught_up(sent):
                        time.sleep(2.0)  # let the last alerts reach the tail consumer
                        _show(board, live, console, printed)
                        break
                    if time.monotonic() > deadline:
                        console.print(f"[red]timed out after {opts.timeout:.0f}s[/]")
                        return 1
                time.sleep(0.25)
        console.print(f"done: {sent} article(s) processed, {len(board.alerts)} alert(s)")
        return 0
