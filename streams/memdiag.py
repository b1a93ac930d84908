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
from pathlib import Path
from types import FrameType

log = logging.getLogger(__name__)


def install(frames: int, out_dir: Path) -> None:
    """Start tracing and dump a snapshot on SIGUSR2 (no-op when `frames` is 0)."""
    if frames <= 0:
        return
    tracemalloc.start(frames)

    def dump(_sig: int, _frame: FrameType | None) -> None:
        snap = tracemalloc.take_snapshot()
        path = out_dir / f"tracemalloc-{time.time():.0f}.snap"
        snap.dump(str(path))
        top = snap.statistics("lineno")[:15]
        log.warning(
            "tracemalloc snapshot %s; top sites:\n%s", path, "\n".join(str(s) for s in top)
        )

    signal.signal(signal.SIGUSR2, dump)
    log.warning("tracemalloc on (%d frames): kill -USR2 %s for a snapshot", frames, "<pid>")


def main(argv: list[str]) -> None:
    """Print the allocation sites that grew most between two snapshots."""
    old, new = (tracemalloc.Snapshot.load(p) for p in argv[:2])
    for stat in new.compare_to(old, "lineno")[:30]:
        print(stat)


if __name__ == "__main__":
    main(sys.argv[1:])
