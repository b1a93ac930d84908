"""`sitrep`: one entry point for the job, the worker, the producer, tailing and offline extraction.

Every command that talks to Kafka reads `SITREP_KAFKA_BOOTSTRAP` and takes `--bootstrap`.
"""

import json
import logging
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from schemas import IncidentMention

app = typer.Typer(
    name="sitrep",
    help="Sitrep: live, structured, deduplicated incident events and alerts from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

BootstrapOpt = Annotated[
    str | None,
    typer.Option(
        "--bootstrap",
        "-b",
        envvar="SITREP_KAFKA_BOOTSTRAP",
        help="Kafka bootstrap HOST:PORT (env SITREP_KAFKA_BOOTSTRAP).",
    ),
]
PathsArg = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Article files or folders of *.txt files (default: seeds/).", show_default=False
    ),
]


def _setup_logging(level: str = "INFO") -> None:
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


def _need_bootstrap(bootstrap: str | None) -> str:
    if not bootstrap:
        err.print(
            "[red]no Kafka bootstrap:[/] pass --bootstrap HOST:PORT or set SITREP_KAFKA_BOOTSTRAP"
        )
        raise typer.Exit(2)
    return bootstrap


def _default_paths(paths: list[Path] | None) -> list[Path]:
    return paths or [Path("seeds")]


@app.command()
def run(
    paths: PathsArg = None,
    bootstrap: BootstrapOpt = None,
    once: Annotated[bool, typer.Option(help="Exit 0 once the replay is fully processed.")] = False,
    rate: Annotated[float | None, typer.Option(help="Replay at most N articles/s.")] = None,
    metrics_port: Annotated[
        int, typer.Option(envvar="SITREP_METRICS_PORT", help="Worker metrics port (0: a free one).")
    ] = 0,
    data_dir: Annotated[
        Path | None, typer.Option(help="Logs and state (default: a temp dir).")
    ] = None,
    timeout: Annotated[float, typer.Option(help="With --once: give up after N seconds.")] = 300.0,
) -> None:
    """Run everything: a broker (embedded Tansu unless --bootstrap), topics, the worker, a
    replay of PATH, and a live table of alerts. Ctrl-C stops it all."""
    from streams.config import get_settings
    from streams.run import RunOptions
    from streams.run import run as run_job

    console = Console()
    opts = RunOptions(
        paths=_default_paths(paths),
        bootstrap=bootstrap,
        once=once,
        rate=rate,
        metrics_port=metrics_port,
        data_dir=data_dir,
        timeout=timeout,
    )
    try:
        code = run_job(opts, get_settings(), console)
    except KeyboardInterrupt:
        console.print("stopped")
        code = 0
    raise typer.Exit(code)


@app.command()
def worker(
    bootstrap: BootstrapOpt = None,
    metrics_port: Annotated[
        int | None, typer.Option(help="Metrics port (env SITREP_METRICS_PORT).")
    ] = None,
    loglevel: Annotated[str | None, typer.Option(help="Log level (env SITREP_LOG_LEVEL).")] = None,
    extract_processes: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="Extract in N child processes beside the event loop, one per spare core "
            "(env SITREP_EXTRACT_PROCESSES; default 0: in the worker).",
        ),
    ] = None,
) -> None:
    """Run the Faust worker alone (what docker-compose and production run)."""
    os.environ["SITREP_KAFKA_BOOTSTRAP"] = _need_bootstrap(bootstrap)
    if metrics_port is not None:
        os.environ["SITREP_METRICS_PORT"] = str(metrics_port)
    if extract_processes is not None:
        os.environ["SITREP_EXTRACT_PROCESSES"] = str(extract_processes)
    sys.argv = [sys.argv[0]]  # Faust's Worker parses argv; give it none of ours
    from streams.worker import run_worker

    run_worker(loglevel)


@app.command()
def replay(
    paths: PathsArg = None,
    bootstrap: BootstrapOpt = None,
    rate: Annotated[float | None, typer.Option(help="At most N articles per second.")] = None,
    repeat: Annotated[int, typer.Option(min=1, help="Send every article K times.")] = 1,
    shuffle: Annotated[bool, typer.Option(help="Send in random order.")] = False,
    topic: Annotated[
        str | None, typer.Option(help="Target topic (default: articles topic).")
    ] = None,
) -> None:
    """Send article files (seed format) to the articles topic, with a progress bar."""
    from rich.progress import Progress

    from streams.config import get_settings
    from streams.producer import replay as do_replay

    target = topic or get_settings().topics.articles
    with Progress(console=err) as bar:
        task = bar.add_task("replaying", total=None)
        sent = do_replay(
            _default_paths(paths),
            _need_bootstrap(bootstrap),
            target,
            rate=rate,
            repeat=repeat,
            shuffle=shuffle,
            on_sent=lambda d, t: bar.update(task, completed=d, total=t),
        )
    typer.echo(f"sent {sent} article(s) to {target}")


@app.command()
def tail(
    topic: Annotated[
        str,
        typer.Argument(
            help="Topic name, or one of: articles, mentions, "
            "incidents, alerts, dead-letters, region-counts."
        ),
    ],
    bootstrap: BootstrapOpt = None,
    from_beginning: Annotated[bool, typer.Option(help="Start at the oldest message.")] = False,
    follow: Annotated[bool, typer.Option(help="Keep waiting for new messages.")] = False,
) -> None:
    """Print a topic's messages as JSON lines."""
    from streams.config import get_settings
    from streams.tail import open_consumer, records

    names = get_settings().topics.model_dump()
    name = names.get(topic.replace("-", "_"), topic)
    consumer = open_consumer(_need_bootstrap(bootstrap), name, from_beginning)
    try:
        for rec in records(consumer, follow=follow):
            typer.echo(json.dumps(rec, ensure_ascii=False))
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()


@app.command()
def regions(
    bootstrap: BootstrapOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
) -> None:
    """Print the current per-region table: latest day and 7-day counts (event time)."""
    from streams.config import get_settings
    from streams.regions_view import latest_counts, regions_table
    from streams.tail import open_consumer, records

    consumer = open_consumer(
        _need_bootstrap(bootstrap), get_settings().topics.region_counts, from_beginning=True
    )
    try:
        latest = latest_counts([r["value"] for r in records(consumer, follow=False)])
    finally:
        consumer.close()
    if as_json:
        for region, windows in sorted(latest.items()):
            typer.echo(json.dumps({"region_code": region, **windows}, ensure_ascii=False))
    else:
        Console().print(regions_table(latest))


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
) -> None:
    """Run the extractor offline (no broker): one JSON line per incident.

    Fields: article, region_code, occurred_on, attack_types, target_types, killed, injured,
    intercepted (the contract of shared/eval/score.py), plus place, lat, lon, launched,
    published_on, claimed_by, attributed_to, background, confidence, evidence.
    """
    from streams.articles import iter_article_paths, read_article_file
    from streams.extraction import extract as run_extract

    for path in iter_article_paths(paths):
        article = read_article_file(path)
        for m in run_extract(article):
            typer.echo(json.dumps(eval_record(path.name, m), ensure_ascii=False))


@app.command(name="compile")
def compile_extractor(
    force: Annotated[bool, typer.Option("--force", help="Rebuild even if a build exists.")] = False,
) -> None:
    """Compile the extractor with mypyc (~1.3x faster, same output; needs mypy and gcc).

    The build is keyed by a digest of the sources and goes to SITREP_COMPILED_DIR (default
    ~/.cache/sitrep/compiled); every later process whose sources match uses it, and edited
    sources fall back to pure Python until compiled again. SITREP_COMPILED_EXTRACTOR=off
    ignores builds; =require refuses to start without one.
    """
    from streams.extraction import compiled

    try:
        import mypyc  # noqa: F401
    except ImportError:
        err.print("[red]mypyc is missing:[/] pip install 'sitrep[compiled]' (it comes with mypy)")
        raise typer.Exit(1) from None
    err.print(f"compiling {len(compiled.modules())} extraction modules with mypyc (about a minute)")
    try:
        dest = compiled.build(force=force)
    except RuntimeError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(1) from None
    typer.echo(str(dest))


def eval_record(article_name: str, m: IncidentMention) -> dict[str, object]:
    """The stable `sitrep extract` line for one mention."""
    return {
        "article": article_name,
        "region_code": m.region_code,
        "region_name": m.region_name,
        "occurred_on": m.occurred_on.isoformat() if m.occurred_on else None,
        "published_on": m.published_on.isoformat() if m.published_on else None,
        "attack_types": list(m.attack_types),
        "target_types": list(m.target_types),
        "killed": m.figures.killed,
        "injured": m.figures.injured,
        "intercepted": m.figures.intercepted,
        "launched": m.figures.launched,
        "place": m.place,
        "lat": m.lat,
        "lon": m.lon,
        "claimed_by": m.claimed_by,
        "attributed_to": m.attributed_to,
        "background": m.background,
        "confidence": m.confidence,
        "evidence": m.evidence,
    }


def main() -> None:
    """Console entry point."""
    _setup_logging(os.environ.get("SITREP_LOG_LEVEL", "WARNING"))
    app()


if __name__ == "__main__":
    main()
