"""The mypyc build of the extractor (`sitrep compile`): used only when it matches the sources,
and it must extract exactly what the pure-Python modules extract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from streams.extraction import compiled

REPO = Path(__file__).resolve().parents[2]
ARTICLE_DIRS = [
    REPO / "seeds",
    REPO / "tests" / "articles",
    *sorted(p for p in (REPO / "tests" / "articles").glob("blind*") if p.is_dir()),
]


def _fake_build(root: Path) -> None:
    """A directory that looks like a finished build (the manifest is written last)."""
    (root / "streams" / "extraction").mkdir(parents=True)
    (root / "manifest.json").write_text("{}")


@pytest.fixture
def builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty builds directory in `auto` mode; what `activate` changes is put back after."""
    monkeypatch.setenv("SITREP_COMPILED_DIR", str(tmp_path))
    monkeypatch.setenv("SITREP_COMPILED_EXTRACTOR", "auto")
    monkeypatch.setattr(compiled, "active", None)
    monkeypatch.setattr(sys, "path", list(sys.path))
    return tmp_path


def test_a_build_of_the_current_sources_goes_first_on_the_package_path(builds: Path) -> None:
    _fake_build(builds / compiled.source_digest())
    path = ["/the/sources"]
    build = builds / compiled.source_digest()
    assert compiled.activate(path) == build
    assert path == [str(build / "streams" / "extraction"), "/the/sources"]
    assert "compiled" in compiled.describe()


def test_a_build_of_other_sources_is_never_used(
    builds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_build(builds / "0123456789abcdef0123")  # (what an edit to a module leaves behind)
    path = ["/the/sources"]
    assert compiled.activate(path) is None
    assert path == ["/the/sources"]
    assert "pure Python" in compiled.describe()
    monkeypatch.setenv("SITREP_COMPILED_EXTRACTOR", "require")
    with pytest.raises(RuntimeError, match="sitrep compile"):
        compiled.activate(path)


def test_an_unfinished_build_is_not_used(builds: Path) -> None:
    (builds / compiled.source_digest() / "streams" / "extraction").mkdir(parents=True)
    assert compiled.activate([]) is None


def test_off_ignores_a_matching_build_and_a_bad_mode_is_an_error(
    builds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_build(builds / compiled.source_digest())
    monkeypatch.setenv("SITREP_COMPILED_EXTRACTOR", "off")
    assert compiled.activate([]) is None
    monkeypatch.setenv("SITREP_COMPILED_EXTRACTOR", "fast")
    with pytest.raises(ValueError, match="auto, off, require"):
        compiled.activate([])


def test_the_digest_changes_with_any_module_source(tmp_path: Path) -> None:
    """Run on a copy of the package: an edit anywhere yields a new digest (so a new build)."""
    pkg = tmp_path / "extraction"
    shutil.copytree(compiled.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__"))
    code = (
        "import sys, importlib.util as u\n"
        "s = u.spec_from_file_location('c', sys.argv[1] + '/compiled.py')\n"
        "m = u.module_from_spec(s); s.loader.exec_module(m); print(m.source_digest())\n"
    )

    def digest() -> str:
        out = subprocess.run([sys.executable, "-c", code, str(pkg)], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.strip()

    before = digest()
    assert before == compiled.source_digest()
    with (pkg / "numbers.py").open("a") as f:
        f.write("\n# an edit\n")
    assert digest() != before


def _extract_lines(env: dict[str, str]) -> tuple[list[str], str]:
    """`sitrep extract` over every article set, and which module file ran, in a fresh process."""
    code = (
        "import sys\n"
        "from streams.cli import app\n"
        "import streams.extraction.extractor as x\n"
        "print(x.__file__, file=sys.stderr)\n"
        "app(['extract', *sys.argv[1:]])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *map(str, ARTICLE_DIRS)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout.splitlines(), done.stderr.splitlines()[0]


@pytest.mark.timeout(600)
def test_the_compiled_extractor_gives_the_same_output(tmp_path: Path) -> None:
    """Builds with mypyc (about a minute), then extracts every seed and test article with
    both; mypyc checks types at run time, so this also catches code it would reject."""
    pytest.importorskip("mypyc")
    env = {"SITREP_COMPILED_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "streams.cli", "compile"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **env},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    built = Path(done.stdout.strip())
    manifest = json.loads((built / "manifest.json").read_text())
    assert manifest["digest"] == compiled.source_digest() == built.name
    assert sorted(manifest["modules"]) == sorted(p.stem for p in compiled.modules())

    fast, fast_file = _extract_lines({**env, "SITREP_COMPILED_EXTRACTOR": "require"})
    pure, pure_file = _extract_lines({**env, "SITREP_COMPILED_EXTRACTOR": "off"})
    assert fast_file.startswith(str(built)) and fast_file.endswith(".so")
    assert pure_file.endswith("extractor.py")
    assert len(pure) > 300  # (every set's incidents: an empty run would compare equal)
    assert fast == pure
