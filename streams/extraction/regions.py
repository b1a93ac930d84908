"""GeoNames admin1 -> ISO 3166-2 table for Russia and Ukraine, and region aliases for text.

The table is data, verified by tests against pycountry (the code exists) and against the
gazetteer (the admin1's most populous place is the `largest` column). Aliases are derived
systematically from each row's stems ("Belgorod" -> "Belgorod region/oblast/province",
"Belgorodskaya" from the pycountry name); `extra` holds only the genuine exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pycountry

from streams.extraction.textnorm import fold_name


@dataclass(frozen=True)
class Region:
    """One first-level subdivision, keyed by its ISO 3166-2 code."""

    country: str
    admin1: str
    iso: str
    name: str
    kind: str  # oblast | krai | republic | okrug | city
    stems: tuple[str, ...]
    extra: tuple[str, ...] = field(default=())
    largest: str = ""


# country, GeoNames admin1, ISO 3166-2, English name, kind, stems ("|"), extra aliases ("|"),
# most populous GeoNames place of that admin1 (checked by a unit test).
_ROWS: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    (
        "RU",
        "01",
        "RU-AD",
        "Republic of Adygea",
        "republic",
        "Adygea|Adygeya",
        "Adygea|Adygeya",
        "Maykop",
    ),
    (
        "RU",
        "03",
        "RU-AL",
        "Altai Republic",
        "republic",
        "",
        "Altai Republic|Republic of Altai|Gorno-Altai",
        "Gorno-Altaysk",
    ),
    ("RU", "04", "RU-ALT", "Altai Krai", "krai", "Altai|Altay", "", "Barnaul"),
    ("RU", "05", "RU-AMU", "Amur Oblast", "oblast", "Amur", "", "Blagoveshchensk"),
    ("RU", "06", "RU-ARK", "Arkhangelsk Oblast", "oblast", "Arkhangelsk", "", "Arkhangel’sk"),
    ("RU", "07", "RU-AST", "Astrakhan Oblast", "oblast", "Astrakhan", "", "Astrakhan"),
    (
        "RU",
        "08",
        "RU-BA",
        "Republic of Bashkortostan",
        "republic",
        "Bashkortostan|Bashkiria",
        "Bashkortostan|Bashkiria",
        "Ufa",
    ),
    ("RU", "09", "RU-BEL", "Belgorod Oblast", "oblast", "Belgorod", "", "Belgorod"),
    ("RU", "10", "RU-BRY", "Bryansk Oblast", "oblast", "Bryansk", "", "Bryansk"),
    ("RU", "11", "RU-BU", "Republic of Buryatia", "republic", "Buryatia", "Buryatia", "Ulan-Ude"),
    ("RU", "12", "RU-CE", "Chechen Republic", "republic", "Chechnya|Chechen", "Chechnya", "Grozny"),
    ("RU", "13", "RU-CHE", "Chelyabinsk Oblast", "oblast", "Chelyabinsk", "", "Chelyabinsk"),
    ("RU", "15", "RU-CHU", "Chukotka Autonomous Okrug", "okrug", "Chukotka", "Chukotka", "Anadyr"),
    (
        "RU",
        "16",
        "RU-CU",
        "Chuvash Republic",
        "republic",
        "Chuvashia|Chuvash",
        "Chuvashia",
        "Cheboksary",
    ),
    (
        "RU",
        "17",
        "RU-DA",
        "Republic of Dagestan",
        "republic",
        "Dagestan|Daghestan",
        "Dagestan|Daghestan",
        "Makhachkala",
    ),
    (
        "RU",
        "19",
        "RU-IN",
        "Republic of Ingushetia",
        "republic",
        "Ingushetia",
        "Ingushetia",
        "Nazran",
    ),
    ("RU", "20", "RU-IRK", "Irkutsk Oblast", "oblast", "Irkutsk", "", "Irkutsk"),
    ("RU", "21", "RU-IVA", "Ivanovo Oblast", "oblast", "Ivanovo", "", "Ivanovo"),
    (
        "RU",
        "22",
        "RU-KB",
        "Kabardino-Balkar Republic",
        "republic",
        "Kabardino-Balkaria|Kabardino-Balkar",
        "Kabardino-Balkaria",
        "Nalchik",
    ),
    ("RU", "23", "RU-KGD", "Kaliningrad Oblast", "oblast", "Kaliningrad", "", "Kaliningrad"),
    ("RU", "24", "RU-KL", "Republic of Kalmykia", "republic", "Kalmykia", "Kalmykia", "Elista"),
    ("RU", "25", "RU-KLU", "Kaluga Oblast", "oblast", "Kaluga", "", "Kaluga"),
    (
        "RU",
        "27",
        "RU-KC",
        "Karachay-Cherkess Republic",
        "republic",
        "Karachay-Cherkessia|Karachay-Cherkess|Karachayevo-Cherkessia",
        "Karachay-Cherkessia|Karachayevo-Cherkessia",
        "Cherkessk",
    ),
    ("RU", "28", "RU-KR", "Republic of Karelia", "republic", "Karelia", "Karelia", "Petrozavodsk"),
    ("RU", "29", "RU-KEM", "Kemerovo Oblast", "oblast", "Kemerovo|Kuzbass", "Kuzbass", "Kemerovo"),
    ("RU", "30", "RU-KHA", "Khabarovsk Krai", "krai", "Khabarovsk", "", "Khabarovsk"),
    ("RU", "31", "RU-KK", "Republic of Khakassia", "republic", "Khakassia", "Khakassia", "Abakan"),
    (
        "RU",
        "32",
        "RU-KHM",
        "Khanty-Mansi Autonomous Okrug",
        "okrug",
        "Khanty-Mansi|Khanty-Mansiysk|Yugra",
        "Yugra",
        "Surgut",
    ),
    ("RU", "33", "RU-KIR", "Kirov Oblast", "oblast", "Kirov", "", "Kirov"),
    ("RU", "34", "RU-KO", "Komi Republic", "republic", "Komi", "Komi", "Syktyvkar"),
    ("RU", "37", "RU-KOS", "Kostroma Oblast", "oblast", "Kostroma", "", "Kostroma"),
    ("RU", "38", "RU-KDA", "Krasnodar Krai", "krai", "Krasnodar|Kuban", "Kuban", "Krasnodar"),
    ("RU", "40", "RU-KGN", "Kurgan Oblast", "oblast", "Kurgan", "", "Kurgan"),
    ("RU", "41", "RU-KRS", "Kursk Oblast", "oblast", "Kursk", "", "Kursk"),
    ("RU", "42", "RU-LEN", "Leningrad Oblast", "oblast", "Leningrad", "", "Akademicheskoe"),
    ("RU", "43", "RU-LIP", "Lipetsk Oblast", "oblast", "Lipetsk", "", "Lipetsk"),
    ("RU", "44", "RU-MAG", "Magadan Oblast", "oblast", "Magadan", "", "Magadan"),
    ("RU", "45", "RU-ME", "Mari El Republic", "republic", "Mari El", "Mari El", "Yoshkar-Ola"),
    ("RU", "46", "RU-MO", "Republic of Mordovia", "republic", "Mordovia", "Mordovia", "Saransk"),
    ("RU", "47", "RU-MOS", "Moscow Oblast", "oblast", "Moscow", "Podmoskovye", "Khimki"),
    (
        "RU",
        "48",
        "RU-MOW",
        "Moscow",
        "city",
        "",
        "Moscow city|city of Moscow|Russian capital",
        "Moscow",
    ),
    ("RU", "49", "RU-MUR", "Murmansk Oblast", "oblast", "Murmansk", "", "Murmansk"),
    ("RU", "50", "RU-NEN", "Nenets Autonomous Okrug", "okrug", "Nenets", "", "Narian-Mar"),
    (
        "RU",
        "51",
        "RU-NIZ",
        "Nizhny Novgorod Oblast",
        "oblast",
        "Nizhny Novgorod|Nizhniy Novgorod|Nizhni Novgorod",
        "",
        "Nizhniy Novgorod",
    ),
    ("RU", "52", "RU-NGR", "Novgorod Oblast", "oblast", "Novgorod", "", "Velikiy Novgorod"),
    ("RU", "53", "RU-NVS", "Novosibirsk Oblast", "oblast", "Novosibirsk", "", "Novosibirsk"),
    ("RU", "54", "RU-OMS", "Omsk Oblast", "oblast", "Omsk", "", "Omsk"),
    ("RU", "55", "RU-ORE", "Orenburg Oblast", "oblast", "Orenburg", "", "Orenburg"),
    ("RU", "56", "RU-ORL", "Oryol Oblast", "oblast", "Oryol|Orel|Orlov", "", "Orël"),
    ("RU", "57", "RU-PNZ", "Penza Oblast", "oblast", "Penza", "", "Penza"),
    (
        "RU",
        "59",
        "RU-PRI",
        "Primorsky Krai",
        "krai",
        "Primorsky|Primorye",
        "Primorye",
        "Vladivostok",
    ),
    ("RU", "60", "RU-PSK", "Pskov Oblast", "oblast", "Pskov", "", "Pskov"),
    ("RU", "61", "RU-ROS", "Rostov Oblast", "oblast", "Rostov", "", "Rostov-on-Don"),
    ("RU", "62", "RU-RYA", "Ryazan Oblast", "oblast", "Ryazan", "", "Ryazan’"),
    ("RU", "63", "RU-SA", "Sakha Republic", "republic", "Sakha|Yakutia", "Yakutia", "Yakutsk"),
    (
        "RU",
        "64",
        "RU-SAK",
        "Sakhalin Oblast",
        "oblast",
        "Sakhalin",
        "Sakhalin",
        "Yuzhno-Sakhalinsk",
    ),
    ("RU", "65", "RU-SAM", "Samara Oblast", "oblast", "Samara", "", "Samara"),
    (
        "RU",
        "66",
        "RU-SPE",
        "Saint Petersburg",
        "city",
        "",
        "St Petersburg|St. Petersburg|Petersburg",
        "Saint Petersburg",
    ),
    ("RU", "67", "RU-SAR", "Saratov Oblast", "oblast", "Saratov", "", "Saratov"),
    (
        "RU",
        "68",
        "RU-SE",
        "Republic of North Ossetia-Alania",
        "republic",
        "North Ossetia|North Ossetia-Alania",
        "North Ossetia|North Ossetia-Alania",
        "Vladikavkaz",
    ),
    ("RU", "69", "RU-SMO", "Smolensk Oblast", "oblast", "Smolensk", "", "Smolensk"),
    ("RU", "70", "RU-STA", "Stavropol Krai", "krai", "Stavropol", "", "Stavropol"),
    ("RU", "71", "RU-SVE", "Sverdlovsk Oblast", "oblast", "Sverdlovsk", "", "Yekaterinburg"),
    ("RU", "72", "RU-TAM", "Tambov Oblast", "oblast", "Tambov", "", "Tambov"),
    ("RU", "73", "RU-TA", "Republic of Tatarstan", "republic", "Tatarstan", "Tatarstan", "Kazan"),
    ("RU", "75", "RU-TOM", "Tomsk Oblast", "oblast", "Tomsk", "", "Tomsk"),
    ("RU", "76", "RU-TUL", "Tula Oblast", "oblast", "Tula", "", "Tula"),
    ("RU", "77", "RU-TVE", "Tver Oblast", "oblast", "Tver", "", "Tver"),
    ("RU", "78", "RU-TYU", "Tyumen Oblast", "oblast", "Tyumen", "", "Tyumen"),
    ("RU", "79", "RU-TY", "Tuva Republic", "republic", "Tuva|Tyva", "Tuva|Tyva", "Kyzyl"),
    ("RU", "80", "RU-UD", "Udmurt Republic", "republic", "Udmurtia|Udmurt", "Udmurtia", "Izhevsk"),
    ("RU", "81", "RU-ULY", "Ulyanovsk Oblast", "oblast", "Ulyanovsk", "", "Ulyanovsk"),
    ("RU", "83", "RU-VLA", "Vladimir Oblast", "oblast", "Vladimir", "", "Vladimir"),
    ("RU", "84", "RU-VGG", "Volgograd Oblast", "oblast", "Volgograd", "", "Volgograd"),
    ("RU", "85", "RU-VLG", "Vologda Oblast", "oblast", "Vologda", "", "Cherepovets"),
    ("RU", "86", "RU-VOR", "Voronezh Oblast", "oblast", "Voronezh", "", "Voronezh"),
    (
        "RU",
        "87",
        "RU-YAN",
        "Yamalo-Nenets Autonomous Okrug",
        "okrug",
        "Yamalo-Nenets|Yamal",
        "Yamal",
        "Noyabrsk",
    ),
    ("RU", "88", "RU-YAR", "Yaroslavl Oblast", "oblast", "Yaroslavl", "", "Yaroslavl"),
    (
        "RU",
        "89",
        "RU-YEV",
        "Jewish Autonomous Oblast",
        "oblast",
        "",
        "Jewish Autonomous Oblast|Jewish Autonomous Region",
        "Birobidzhan",
    ),
    ("RU", "90", "RU-PER", "Perm Krai", "krai", "Perm", "", "Perm"),
    ("RU", "91", "RU-KYA", "Krasnoyarsk Krai", "krai", "Krasnoyarsk", "", "Krasnoyarsk"),
    (
        "RU",
        "92",
        "RU-KAM",
        "Kamchatka Krai",
        "krai",
        "Kamchatka",
        "Kamchatka",
        "Petropavlovsk-Kamchatsky",
    ),
    (
        "RU",
        "93",
        "RU-ZAB",
        "Zabaykalsky Krai",
        "krai",
        "Zabaykalsky|Zabaikalsky|Transbaikal",
        "Transbaikalia|Zabaikalye",
        "Chita",
    ),
    ("UA", "01", "UA-71", "Cherkasy Oblast", "oblast", "Cherkasy|Cherkassy", "", "Cherkasy"),
    ("UA", "02", "UA-74", "Chernihiv Oblast", "oblast", "Chernihiv|Chernigov", "", "Chernihiv"),
    ("UA", "03", "UA-77", "Chernivtsi Oblast", "oblast", "Chernivtsi", "Bukovina", "Chernivtsi"),
    (
        "UA",
        "04",
        "UA-12",
        "Dnipropetrovsk Oblast",
        "oblast",
        "Dnipropetrovsk|Dnepropetrovsk|Dnipro",
        "",
        "Dnipro",
    ),
    (
        "UA",
        "05",
        "UA-14",
        "Donetsk Oblast",
        "oblast",
        "Donetsk",
        "Donetsk People's Republic|Donetsk People’s Republic|DPR",
        "Donetsk",
    ),
    (
        "UA",
        "06",
        "UA-26",
        "Ivano-Frankivsk Oblast",
        "oblast",
        "Ivano-Frankivsk",
        "",
        "Ivano-Frankivsk",
    ),
    ("UA", "07", "UA-63", "Kharkiv Oblast", "oblast", "Kharkiv|Kharkov", "", "Kharkiv"),
    ("UA", "08", "UA-65", "Kherson Oblast", "oblast", "Kherson", "", "Kherson"),
    (
        "UA",
        "09",
        "UA-68",
        "Khmelnytskyi Oblast",
        "oblast",
        "Khmelnytskyi|Khmelnytsky|Khmelnitsky",
        "Khmelnitsky|Khmelnytsky",
        "Khmelnytskyi",
    ),
    (
        "UA",
        "10",
        "UA-35",
        "Kirovohrad Oblast",
        "oblast",
        "Kirovohrad|Kirovograd|Kropyvnytskyi",
        "",
        "Kropyvnytskyi",
    ),
    (
        "UA",
        "11",
        "UA-43",
        "Autonomous Republic of Crimea",
        "republic",
        "Crimea|Krym",
        "Crimea|Crimean peninsula|Republic of Crimea|Autonomous Republic of Crimea",
        "Simferopol",
    ),
    (
        "UA",
        "12",
        "UA-30",
        "Kyiv",
        "city",
        "",
        "Kyiv city|city of Kyiv|Kiev city|Ukrainian capital",
        "Kyiv",
    ),
    ("UA", "13", "UA-32", "Kyiv Oblast", "oblast", "Kyiv|Kiev", "", "Bila Tserkva"),
    (
        "UA",
        "14",
        "UA-09",
        "Luhansk Oblast",
        "oblast",
        "Luhansk|Lugansk",
        "Luhansk People's Republic|Lugansk People's Republic|Luhansk People’s Republic|LPR",
        "Luhansk",
    ),
    ("UA", "15", "UA-46", "Lviv Oblast", "oblast", "Lviv|Lvov", "", "Lviv"),
    (
        "UA",
        "16",
        "UA-48",
        "Mykolaiv Oblast",
        "oblast",
        "Mykolaiv|Mykolayiv|Nikolaev|Nikolayev",
        "",
        "Mykolayiv",
    ),
    ("UA", "17", "UA-51", "Odesa Oblast", "oblast", "Odesa|Odessa", "", "Odesa"),
    ("UA", "18", "UA-53", "Poltava Oblast", "oblast", "Poltava", "", "Poltava"),
    ("UA", "19", "UA-56", "Rivne Oblast", "oblast", "Rivne|Rovno", "", "Rivne"),
    (
        "UA",
        "20",
        "UA-40",
        "Sevastopol",
        "city",
        "",
        "Sevastopol|Sebastopol|city of Sevastopol",
        "Sevastopol",
    ),
    ("UA", "21", "UA-59", "Sumy Oblast", "oblast", "Sumy", "", "Sumy"),
    ("UA", "22", "UA-61", "Ternopil Oblast", "oblast", "Ternopil", "", "Ternopil"),
    (
        "UA",
        "23",
        "UA-05",
        "Vinnytsia Oblast",
        "oblast",
        "Vinnytsia|Vinnytsya|Vinnitsa",
        "Vinnitsa",
        "Vinnytsya",
    ),
    ("UA", "24", "UA-07", "Volyn Oblast", "oblast", "Volyn|Volhynia", "Volhynia|Volyn", "Lutsk"),
    (
        "UA",
        "25",
        "UA-21",
        "Zakarpattia Oblast",
        "oblast",
        "Zakarpattia|Transcarpathia|Transcarpathian",
        "Zakarpattia|Transcarpathia",
        "Uzhhorod",
    ),
    (
        "UA",
        "26",
        "UA-23",
        "Zaporizhzhia Oblast",
        "oblast",
        "Zaporizhzhia|Zaporizhzhya|Zaporizhia|Zaporozhye",
        "Zaporizhia",
        "Zaporizhzhya",
    ),
    ("UA", "27", "UA-18", "Zhytomyr Oblast", "oblast", "Zhytomyr|Zhitomir", "", "Zhytomyr"),
)

COUNTRY_NAMES = {"RU": "Russia", "UA": "Ukraine"}

_SUFFIXES: dict[str, tuple[str, ...]] = {
    "oblast": ("region", "regions", "oblast", "province", "regional", "area"),
    "krai": ("krai", "kray", "territory", "region", "regions", "province"),
    "republic": ("republic", "region"),
    "okrug": ("autonomous okrug", "okrug", "autonomous district", "region"),
    "city": (),
}


@lru_cache(maxsize=1)
def regions() -> tuple[Region, ...]:
    """All rows as `Region` objects."""
    return tuple(
        Region(
            cc,
            a1,
            iso,
            name,
            kind,
            tuple(s for s in stems.split("|") if s),
            tuple(e for e in extra.split("|") if e),
            largest,
        )
        for cc, a1, iso, name, kind, stems, extra, largest in _ROWS
    )


@lru_cache(maxsize=1)
def by_admin1() -> dict[tuple[str, str], Region]:
    """(country, GeoNames admin1) -> Region."""
    return {(r.country, r.admin1): r for r in regions()}


@lru_cache(maxsize=1)
def by_iso() -> dict[str, Region]:
    """ISO 3166-2 code -> Region."""
    return {r.iso: r for r in regions()}


def _pycountry_adjective(iso: str) -> str | None:
    """'Belgorodskaya oblast'' -> 'Belgorodskaya': the local adjective form used in some texts."""
    sub = pycountry.subdivisions.get(code=iso)
    if sub is None:
        return None
    first = str(sub.name).split(",")[0].split()[0]
    return first if first.lower().endswith(("aya", "iy", "yy", "ka", "ska", "ij")) else None


def region_aliases() -> dict[str, str]:
    """Folded alias -> ISO code, for every region (stems x kind suffixes + exceptions)."""
    out: dict[str, str] = {}
    for r in regions():
        forms: set[str] = set(r.extra)
        forms.add(r.name)
        for stem in r.stems:
            for suffix in _SUFFIXES[r.kind]:
                forms.add(f"{stem} {suffix}")
            if r.kind == "republic":
                forms.add(f"Republic of {stem}")
        adj = _pycountry_adjective(r.iso)
        if adj and r.kind != "city":
            forms.add(adj)
            forms.add(f"{adj} oblast")
        for f in forms:
            key = fold_name(f)
            out.setdefault(key, r.iso)
    return out
