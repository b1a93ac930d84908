"""Where does a worker's memory go? `SITREP_TRACEMALLOC_FRAMES=N` traces allocations (N frames
each; costs CPU and memory, so for diagnosis only) and `kill -USR2 <worker pid>` then writes a
snapshot to `<data dir>/tracemalloc-<unix time>.snap` and logs the top allocation sites.
Compare two snapshots with `python -m streams.memdiag OLD.snap NEW.snap`.
"""

import logging
import signal
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)


def install(frames: int, out_dir: Path) -> Callable[[], None] | None:
    """Start tracing and dump a snapshot on SIGUSR2; returns the dump function (None when
    `frames` is 0). The Faust worker (mode) claims SIGUSR2 for a debugger when it starts, so
    the worker hands the returned function to its event loop afterwards (`streams.worker`)."""
    if frames <= 0:
        return None
    tracemalloc.start(frames)

    def dump() -> None:
        snap = tracemalloc.take_snapshot()
        path = out_dir / f"tracemalloc-{time.time():.0f}.snap"
        snap.dump(str(path))
        top = snap.statistics("lineno")[:15]
        log.warning("tracemalloc snapshot %s; top sites:\n%s", path, "\n".join(str(s) for s in top))

    signal.signal(signal.SIGUSR2, lambda _sig, _frame: dump())
    log.warning("tracemalloc on (%d frames): kill -USR2 <worker pid> for a snapshot", frames)
    return dump


def main(argv: list[str]) -> None:
    """Print the allocation sites that grew most between two snapshots."""
    old, new = (tracemalloc.Snapshot.load(p) for p in argv[:2])
    for stat in new.compare_to(old, "lineno")[:30]:
        print(stat)


if __name__ == "__main__":
    main(sys.argv[1:])
