"""The README's main command, as a user runs it: `sitrep run --once` on the seeds."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.kafka_helpers import ROOT, SEEDS

pytestmark = pytest.mark.integration


def test_run_once_replays_the_seeds_and_exits_zero(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "streams.cli",
            "run",
            "--once",
            "--data-dir",
            str(tmp_path),
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "embedded Tansu broker" in out
    assert "metrics at http://127.0.0.1:" in out
    assert "sent 5 article(s)" in out
    assert "done: 5 article(s) processed" in out
    assert (tmp_path / "worker.log").exists()
    # No orphan: the broker and worker are gone when the command returns.
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(tmp_path) not in ps


def test_extract_prints_the_eval_contract() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", "extract", *sorted(map(str, SEEDS.glob("*.txt")))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines
    required = {
        "article",
        "region_code",
        "occurred_on",
        "attack_types",
        "target_types",
        "killed",
        "injured",
        "intercepted",
        "place",
        "evidence",
    }
    for rec in lines:
        assert required <= set(rec)
        assert rec["article"].endswith(".txt") and "/" not in rec["article"]


@pytest.mark.parametrize("command", ["run", "worker", "replay", "tail", "extract"])
def test_every_command_has_help(command: str) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "streams.cli", command, "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "Usage" in proc.stdout and "--help" in proc.stdout
