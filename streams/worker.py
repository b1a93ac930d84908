"""Run the Faust worker: metrics server, gazetteer warm-up, then the agents until stopped."""

import asyncio
import logging
import signal

from streams import metrics
from streams.config import get_settings


def run_worker(loglevel: str | None = None) -> None:
    """Start the worker in this process; blocks until SIGTERM/SIGINT."""
    import faust
    from faust.types import AppT

    settings = get_settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    from streams import malloc_tuning, memdiag

    malloc_tuning.tune()  # before Faust starts its consumer thread (and that thread's arena)
    dump = memdiag.install(settings.tracemalloc_frames, settings.data_dir)
    from streams.extraction import compiled, warm_up

    if settings.extract_processes == 0:
        warm_up()  # load the gazetteer once, before the first message, not during it
    from streams.extraction.regions import COUNTRY_NAMES, regions

    metrics.zero_region_series([(r.iso, r.name) for r in regions()] + sorted(COUNTRY_NAMES.items()))
    # Importing the agent modules registers them on the app.
    import streams.monitor  # noqa: F401  # lag, rebalancing and event-time gauges
    from streams import extract_agent, incident_agent  # noqa: F401  # (registers agents)
    from streams.app import app

    extract_agent.start_pool(settings.extract_processes)  # children load their own gazetteer

    metrics.serve(settings.metrics_port, settings.metrics_host)

    @app.task
    async def _mark_up(app: AppT) -> None:
        metrics.WORKER_UP.set(1)
        if dump is not None:  # after mode's Worker took SIGUSR2 for its debugger
            asyncio.get_running_loop().add_signal_handler(signal.SIGUSR2, dump)
        logging.getLogger(__name__).info(
            "worker up: broker=%s metrics=http://%s:%d/metrics extractor=%s",
            settings.kafka_bootstrap,
            settings.metrics_host,
            settings.metrics_port,
            compiled.describe(),
        )

    worker = faust.Worker(
        app,
        loglevel=(loglevel or settings.log_level).upper(),
        loop=None,
        override_logging=True,
    )
    try:
        worker.execute_from_commandline()
    finally:
        metrics.WORKER_UP.set(0)
        extract_agent.stop_pool()
