"""An optional mypyc build of the extraction modules, used only when it matches the sources.

`sitrep compile` turns the extractor's modules into C extensions with mypyc (~1.3x faster
extraction here, same output). The build goes to a cache directory named after a digest of
the module sources and the interpreter, never beside the `.py` files: an edited source has a
new digest, so a stale build can never shadow it. At import, `activate()` puts a matching
build first on the package's `__path__`; with none, the pure-Python modules run as always.

Env: `SITREP_COMPILED_EXTRACTOR` = `auto` (default: use a matching build if there is one),
`off` (never), `require` (fail at import without one); `SITREP_COMPILED_DIR` = where builds
live (default `$XDG_CACHE_HOME/sitrep/compiled`, i.e. `~/.cache/sitrep/compiled`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from importlib import metadata
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
GROUP = "sitrep_extraction"
"""mypyc's shared library for the group is the top-level module `sitrep_extraction__mypyc`."""
NOT_COMPILED = frozenset({"__init__.py", "compiled.py", "gazetteer.py"})
"""Left as Python: this module, the package, and the gazetteer, which runs once per process and
whose pickled cache needs plain classes (mypyc's would unpickle by calling `__init__()`)."""
MODES = ("auto", "off", "require")

active: Path | None = None
"""The build in use in this process, or None (pure Python)."""


def modules() -> list[Path]:
    """The package's modules that mypyc compiles (the hot path: all but `NOT_COMPILED`)."""
    return sorted(p for p in PACKAGE_DIR.glob("*.py") if p.name not in NOT_COMPILED)


def source_digest() -> str:
    """Digest of the compiled modules' sources and of the interpreter ABI they are built for."""
    h = hashlib.sha256()
    h.update(f"{sys.implementation.cache_tag} {sysconfig.get_config_var('EXT_SUFFIX')}".encode())
    for p in modules():
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:20]


def builds_root() -> Path:
    """Where builds live (`SITREP_COMPILED_DIR`, else the user's cache directory)."""
    configured = os.environ.get("SITREP_COMPILED_DIR")
    if configured:
        return Path(configured).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "sitrep" / "compiled"


def build_dir(digest: str | None = None) -> Path:
    """The directory a build of the current sources has (or would have)."""
    return builds_root() / (digest or source_digest())


def _complete(root: Path) -> bool:
    """Does `root` hold a finished build (its manifest is written last)?"""
    return (root / "manifest.json").is_file()


def mode() -> str:
    value = os.environ.get("SITREP_COMPILED_EXTRACTOR", "auto").strip().lower() or "auto"
    if value not in MODES:
        raise ValueError(f"SITREP_COMPILED_EXTRACTOR={value!r}: expected one of {', '.join(MODES)}")
    return value


def activate(package_path: list[str]) -> Path | None:
    """Put the build matching the current sources first on `package_path` (the package's
    `__path__`), if there is one and the mode allows it. Returns the build used, or None."""
    global active
    wanted = mode()
    if wanted == "off":
        return None
    root = build_dir()
    if not _complete(root):
        if wanted == "require":
            raise RuntimeError(
                f"SITREP_COMPILED_EXTRACTOR=require but no build of the current sources at "
                f"{root}: run `sitrep compile`"
            )
        return None
    package_path.insert(0, str(root / "streams" / "extraction"))
    if str(root) not in sys.path:
        sys.path.append(str(root))  # for the group's shared library, a top-level module
    active = root
    return root


def _setup_script(sources: list[str]) -> str:
    return (
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        f"setup(name='{GROUP}', ext_modules=mypycify({sources!r}, opt_level='3', "
        f"group_name='{GROUP}'))\n"
    )


def build(*, force: bool = False, quiet: bool = True) -> Path:
    """Compile the modules with mypyc into `build_dir()` and return it (reused if present).

    Runs in a scratch copy of the package so nothing is written beside the sources. Needs mypy
    (`pip install 'sitrep[compiled]'`) and a C compiler with the Python headers.
    """
    digest = source_digest()
    dest = build_dir(digest)
    if _complete(dest) and not force:
        return dest
    project = PACKAGE_DIR.parents[1]
    with tempfile.TemporaryDirectory(prefix="sitrep-mypyc-") as tmp:
        work = Path(tmp)
        pkg = work / "streams" / "extraction"
        pkg.mkdir(parents=True)
        (work / "streams" / "__init__.py").write_text("")
        for p in PACKAGE_DIR.glob("*.py"):
            shutil.copy2(p, pkg / p.name)
        shutil.copytree(project / "schemas", work / "schemas", ignore=_pycache)
        sources = [f"streams/extraction/{p.name}" for p in modules()]
        (work / "setup.py").write_text(_setup_script(sources))
        # mypyc type-checks first; untyped third-party packages are `Any`, as in the project's
        # own mypy settings (pyproject.toml [tool.mypy])
        (work / "mypy.ini").write_text(
            "[mypy]\nplugins = pydantic.mypy\nignore_missing_imports = True\n"
        )
        cmd = [sys.executable, "setup.py", "build_ext", "--inplace"]
        done = subprocess.run(cmd, cwd=work, capture_output=quiet, text=True, check=False)
        if done.returncode:
            detail = (done.stderr or "")[-4000:] if quiet else ""
            raise RuntimeError(f"mypyc build failed (exit {done.returncode}){chr(10)}{detail}")
        staging = Path(tempfile.mkdtemp(prefix=f".{digest}-", dir=_ensure(builds_root())))
        (staging / "streams" / "extraction").mkdir(parents=True)
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        for so in pkg.glob(f"*{suffix}"):
            shutil.copy2(so, staging / "streams" / "extraction" / so.name)
        for so in work.glob(f"{GROUP}__mypyc*{suffix}"):
            shutil.copy2(so, staging / so.name)
        manifest = {
            "digest": digest,
            "python": sys.version.split()[0],
            "mypy": _mypy_version(),
            "modules": [p.stem for p in modules()],
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
        if dest.exists():
            shutil.rmtree(dest)
        staging.rename(dest)  # (atomic: a reader sees no build or a whole one)
    log.info("compiled %d extraction modules into %s", len(modules()), dest)
    return dest


def _pycache(_dir: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__"]


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _mypy_version() -> str | None:
    try:
        return metadata.version("mypy")
    except metadata.PackageNotFoundError:
        return None


def describe() -> str:
    """One line for logs: which extractor this process runs."""
    if active is not None:
        return f"compiled (mypyc build {active.name})"
    return "pure Python (no `sitrep compile` build of these sources)"
