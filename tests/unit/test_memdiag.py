"""The memory diagnosis hook writes a snapshot on SIGUSR2 that the comparer can read."""

import os
import signal
import tracemalloc
from pathlib import Path

import pytest

from streams import memdiag


def test_sigusr2_writes_a_snapshot_that_compares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    previous = signal.getsignal(signal.SIGUSR2)
    try:
        memdiag.install(0, tmp_path)
        assert not tracemalloc.is_tracing()  # off unless asked for
        memdiag.install(2, tmp_path)
        os.kill(os.getpid(), signal.SIGUSR2)
        first = list(tmp_path.glob("tracemalloc-*.snap"))
        assert len(first) == 1
        grown = [bytearray(1000) for _ in range(2000)]  # ~2 MB that the comparison must show
        (tmp_path / "keep").write_text(str(len(grown)))
        snap = tracemalloc.take_snapshot()
        second = tmp_path / "later.snap"
        snap.dump(str(second))
        memdiag.main([str(first[0]), str(second)])
        out = capsys.readouterr().out
        assert "test_memdiag.py" in out.splitlines()[0]  # the biggest growth is ours
    finally:
        tracemalloc.stop()
        signal.signal(signal.SIGUSR2, previous)
