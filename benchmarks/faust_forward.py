"""A minimal Faust app for the Faust ceiling: one agent that forwards each message to a topic.

Same transport and Tansu workarounds as Sitrep's worker (`tansu://` URL, short fetch wait,
`faust_settings_for_tansu()`), its own app id and topics, raw bytes in and out. Configured by
environment (set by `benchmarks.baselines.faust_ceiling`):

    BENCH_BOOTSTRAP=HOST:PORT BENCH_APP_ID=... BENCH_SRC=... BENCH_DST=... BENCH_DATA_DIR=...
    python benchmarks/faust_forward.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import faust  # noqa: E402
from faust.types import StreamT  # noqa: E402

from streams import tansu_compat  # noqa: E402


def build_app() -> faust.App:
    tansu_compat.register()
    env = os.environ
    app = faust.App(
        env["BENCH_APP_ID"],
        broker=f"tansu://{env['BENCH_BOOTSTRAP']}",
        store="memory://",
        datadir=env.get("BENCH_DATA_DIR", "/tmp/bench-faust"),
        topic_partitions=int(env.get("BENCH_PARTITIONS", "4")),
        topic_allow_declare=True,
        consumer_auto_offset_reset="earliest",
        processing_guarantee="at_least_once",
        web_enabled=False,
        web_port=int(env.get("BENCH_WEB_PORT", "6067")),
        web_bind="127.0.0.1",
        **tansu_compat.faust_settings_for_tansu(),
    )
    raw = {
        "key_type": bytes,
        "value_type": bytes,
        "key_serializer": "raw",
        "value_serializer": "raw",
    }
    src = app.topic(env["BENCH_SRC"], **raw)  # type: ignore[arg-type]
    dst = app.topic(env["BENCH_DST"], **raw)  # type: ignore[arg-type]

    @app.agent(src)
    async def forward(stream: StreamT) -> None:
        async for event in stream.events():
            await dst.send(key=event.key, value=event.value)

    return app


def main() -> None:
    app = build_app()
    worker = faust.Worker(app, loglevel="WARNING", loop=None, override_logging=True)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
