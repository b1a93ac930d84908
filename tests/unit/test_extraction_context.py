"""Context the extractor must read beyond one sentence: a city's own districts, toll updates and
statements dated later than the strike, habits and stock denials, mid-article link lists.
Invented articles; each case comes from a blind-set miss (`tests/articles/blind2`)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from streams.articles import parse_article_text
from streams.extraction import extract
from streams.extraction.boilerplate import clean
from streams.extraction.gazetteer import district_adjectives
from tests.extraction_helpers import figures_of as _figs
from tests.extraction_helpers import mentions_of as _one


def test_a_citys_own_district_stays_in_that_city() -> None:
    """Odesa, Kharkiv and Kyiv all have a Shevchenkivskyi/Kyivskyi district: "the city's X
    district" is part of the city just named, not the biggest namesake."""
    ms = _one(
        " date 2024-04-10\nStrike\n\nA Russian drone hit a house in Odesa on Wednesday, injuring "
        "two people. The drone struck a courtyard in the city's Kyivskyi district, the governor "
        "said."
    )
    assert {m.region_code for m in ms} == {"UA-51"}
    ms = _one(
        " date 2024-04-10\nStrike\n\nRussian shelling hit Kharkiv on Wednesday, injuring four. "
        "A shell fell on a school in the Shevchenkivskyi district, which lies near the front."
    )
    assert {m.region_code for m in ms} == {"UA-63"}


def test_a_region_owned_district_takes_that_region() -> None:
    assert "khomutovsky" in district_adjectives("Khomutovka")
    ms = _one(
        " date 2024-10-17\nDrone\n\nA drone struck a car in the Kursk region's Khomutovsky "
        "district on Thursday. The driver was killed, the governor said."
    )
    assert [(m.region_code, m.figures.killed) for m in ms] == [("RU-KRS", 1)]


def test_toll_update_and_later_statement_join_the_strike_day() -> None:
    ms = _one(
        " date 2024-02-08\nToll rises\n\nThe death toll from a Russian missile strike on an "
        "apartment block in Zaporizhzhia has risen to six, officials said. The missile hit the "
        "building on Monday evening. The governor said on Thursday that 19 people had been "
        "injured."
    )
    assert [(m.region_code, m.occurred_on, m.figures.killed, m.figures.injured) for m in ms] == [
        ("UA-23", date(2024, 2, 5), 6, 19)
    ]


def test_habits_and_stock_denials_add_no_attack_or_target() -> None:
    ms = _one(
        " date 2024-03-03\nMissile\n\nA Russian missile hit a warehouse in Mykolaiv on Sunday, "
        "injuring three workers. Russian forces routinely hit the city with artillery and glide "
        "bombs. Russia denies targeting civilians despite evidence of strikes on homes and power "
        "plants."
    )
    assert [(m.region_code, m.attack_types, m.target_types) for m in ms] == [
        ("UA-48", ["missile"], ["industrial"])
    ]


def test_an_industry_analysis_reports_no_attack() -> None:
    ms = _one(
        " date 2025-03-01\nAnalysis\n\nUkrainian firms are building interceptor drones and "
        "mobile fire groups to stop Shahed drones near Kyiv."
    )
    assert ms == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia launched 40 drones overnight, 31 of which were shot down, the air force said.",
            {"launched": 40, "intercepted": 31},
        ),
        (
            "Air defences destroyed 30 drones overnight, 12 of them over the Bryansk region.",
            {"intercepted_total": 30, "intercepted": 12},
        ),
        ("Shelling killed a woman and injured her son.", {"killed": 1, "injured": 1}),
        ("The driver was killed and his passenger was hospitalised.", {"killed": 1, "injured": 1}),
        ("His house and her car were damaged.", {}),
        ("According to preliminary data, no one was killed.", {"killed": 0}),
        ("A rescuer was injured and hospitalised.", {"injured": 1}),
        ("Two women and a man were killed, the governor said.", {"killed": 3}),
        ("A 14-year-old boy and four adults were injured in that strike.", {"injured": 5}),
        (
            "The number of wounded initially stood at six but rose to 11 by evening.",
            {"injured": 11},
        ),
        (
            "Russia launched 126 drones at its territory, of which 79 drones were shot down.",
            {"launched": 126, "intercepted": 79},
        ),
        ("A glide bomb hit the district, injuring a teenager and four adults.", {"injured": 5}),
        (
            "A drone hit a house, killing a man and his elderly mother and wounding three "
            "neighbours.",
            {"killed": 2, "injured": 3},
        ),
        ("An FPV drone attacked an ambulance, wounding a paramedic.", {"injured": 1}),
        ("Debris fell on a car park; no one was injured.", {"killed": 0, "injured": 0}),
        (
            "The ministry said 120 drones were shot down, including 35 over the Kursk region.",
            {"intercepted_total": 120, "intercepted": 35},
        ),
        (
            "It said 50 drones were destroyed: 20 over the Oryol region, 9 over the Tula region.",
            {"intercepted_total": 50, "intercepted": 20},
        ),
        (
            "Air defence downed 6 of the cruise missiles and 22 of the drones.",
            {"intercepted": 22},
        ),
    ],
)
def test_parts_of_totals_and_family_members(text: str, expected: dict[str, int]) -> None:
    assert _figs(text) == expected


def test_intercepts_listed_by_weapon_add_up() -> None:
    ms = _one(
        " date 2024-11-02\nNight attack\n\nRussian forces attacked Odesa overnight. Air defence "
        "downed 6 of the cruise missiles and 22 of the drones over the Odesa region, the air "
        "force said on Saturday."
    )
    assert [(m.region_code, m.figures.intercepted) for m in ms] == [("UA-51", 28)]


def test_read_more_list_inside_the_article_is_skipped_not_the_rest() -> None:
    prose = "A drone struck a fuel depot in the north of the region overnight, officials said."
    body = (
        "Drones hit the region\n\n" + prose + "\n\nRead more\nTalks stall in Geneva\n"
        "Grain deal explained\n\n"
        + prose.replace("fuel depot", "power line")
        + "\n\n"
        + prose.replace("fuel depot", "school gym")
    )
    texts = [b.text for b in clean(body)]
    assert "Talks stall in Geneva" not in texts
    assert any("power line" in t for t in texts) and any("school" in t for t in texts)
    tail = "Drones hit the region\n\n" + prose + "\n\nRead more\nTalks stall in Geneva\n"
    assert [b.text for b in clean(tail)] == ["Drones hit the region", prose]


def test_what_follows_a_places_label_is_about_that_place() -> None:
    ms = _one(
        " date 2025-04-02\nRoundup\n\nOver the past day Russian forces attacked 9 settlements in "
        "the Kharkiv region, the regional administration said.\n\nZolochiv: the Russian army "
        "dropped two guided aerial bombs, damaging a warehouse.\n\nKupiansk: artillery shelling "
        "damaged a private house."
    )
    assert [(m.region_code, m.attack_types) for m in ms] == [("UA-63", ["airstrike", "shelling"])]


def test_what_a_place_is_is_no_target() -> None:
    ms = _one(
        " date 2024-09-12\nStrike\n\nA Russian missile struck the industrial city of Zaporizhzhia "
        "on Thursday, damaging a school and injuring two people."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [("UA-23", ["civilian"])]
    ms = _one(
        " date 2024-09-12\nStrike\n\nA Russian drone hit a grain elevator in the Odesa region "
        "on Thursday, injuring two workers."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [("UA-51", ["industrial"])]


def test_russian_agency_dateline_is_where_it_was_filed() -> None:
    ms = _one(
        " date 2024-06-19\nDrones\n\nMOSCOW, June 19. /TASS/. Air defences destroyed 11 drones "
        "over Russian regions overnight, the Defence Ministry said. In the Kursk region, debris "
        "damaged a house, the governor said."
    )
    assert [m.region_code for m in ms] == ["RU-KRS"]  # not Moscow, where TASS filed it


def test_a_paragraph_labelled_with_its_place_is_about_that_place() -> None:
    ms = _one(
        " date 2024-10-14\nNight digest\n\nKursk region. Governor: drones hit a car in Lgov "
        "this morning, a man was wounded.\n\nOdesa. Yesterday evening air defence shot down "
        "five drones over the city. Debris damaged a house in the suburbs."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [
        ("RU-KRS", date(2024, 10, 14)),
        ("UA-51", date(2024, 10, 13)),
    ]


def test_a_namesake_far_from_the_region_named_is_not_taken() -> None:
    """ "the village of Murom" in a Belgorod story is no city of 100,000 in Vladimir Oblast;
    "in the Zaporozhye region ... Vasilyevka" (a Russian spelling the gazetteer lacks there)
    is no Vasilyevka in Crimea."""
    ms = _one(
        " date 2024-06-19\nShelling\n\nThe governor of the Belgorod region said Ukrainian "
        "forces fired mortars at the village of Murom on Wednesday, damaging two houses."
    )
    assert [m.region_code for m in ms] == ["RU-BEL"]
    ms = _one(
        " date 2024-12-03\nShelling\n\nIn the Zaporozhye region, the governor said that on "
        "Tuesday Ukrainian forces shelled Vasilyevka, damaging a school."
    )
    assert [m.region_code for m in ms] == ["UA-23"]


def test_places_listed_in_one_region_share_the_targets_and_a_gas_pipe_is_a_utility() -> None:
    ms = _one(
        " date 2025-01-22\nShelling\n\nOn Wednesday, Russian artillery hit the Krasnopillia and "
        "Bilopillia communities of the Sumy region, damaging a school and a gas pipeline."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [
        ("UA-59", ["civilian", "infrastructure"])
    ]


def test_a_split_tally_keeps_its_weapon_and_a_national_one_its_country() -> None:
    ms = _one(
        " date 2024-06-19\nDrones\n\nAir defence systems destroyed 20 UAVs overnight: 12 over "
        "the Bryansk region and eight over the Voronezh region, the ministry said."
    )
    assert sorted((m.region_code, m.attack_types, m.figures.intercepted) for m in ms) == [
        ("RU-BRY", ["drone"], 12),
        ("RU-VOR", ["drone"], 8),
    ]
    ms = _one(
        " date 2024-11-05\nStrikes\n\nA missile hit a warehouse in Odesa overnight, injuring "
        "two. Glide bombs hit Kharkiv, injuring one. The air force said Russia launched 50 "
        "drones against Ukraine overnight. Air defence shot down 31 of the drones."
    )
    assert [m.figures.intercepted for m in ms if m.region_code == "UA"] == [31]


def test_a_country_speaking_of_its_territory_is_the_place_of_its_tally() -> None:
    ms = _one(
        " date 2025-03-11\nDrones\n\nDrones hit a house in the Moscow region overnight, killing "
        "one. Ukraine, meanwhile, said Russia had launched 126 drones at its territory "
        "overnight, of which 79 drones were shot down."
    )
    assert sorted((m.region_code, m.figures.intercepted) for m in ms) == [
        ("RU-MOS", None),
        ("UA", 79),
    ]


def test_a_bulleted_tally_under_a_colon_reads_as_one_sentence() -> None:
    ms = _one(
        " date 2025-05-13\nDrones\n\nAccording to the Defence Ministry, from 23:00 Moscow time on "
        "12 May to 07:00 on 13 May, air defence systems destroyed 20 drones:\n"
        "- 12 over the territory of the Bryansk region,\n"
        "- 8 over the territory of the Kursk region.\n\n"
        "In the Kursk region, a drone hit a car; the driver was not hurt, the governor said."
    )
    assert sorted((m.region_code, m.occurred_on, m.figures.intercepted) for m in ms) == [
        ("RU-BRY", date(2025, 5, 13), 12),
        ("RU-KRS", date(2025, 5, 13), 8),
    ]
    kursk = next(m for m in ms if m.region_code == "RU-KRS")
    assert kursk.figures.injured == 0


def test_a_drone_workshop_is_a_target_and_a_national_count_of_the_launched_is_national() -> None:
    ms = _one(
        " date 2024-11-17\nStrikes\n\nA glide bomb hit a shopping centre in Kharkiv on Sunday, "
        "injuring two. The Defence Ministry claimed its aircraft had hit a drone workshop in "
        "Kharkiv. Ukraine's Air Force said it had downed 39 of the 74 drones launched overnight."
    )
    assert sorted((m.region_code, m.attack_types, m.figures.intercepted) for m in ms) == [
        ("UA", ["drone"], 39),
        ("UA-63", ["airstrike"], None),
    ]


def test_section_date_line_launch_platforms_and_districts_outside_the_named_region() -> None:
    ms = _one(
        "The Outlet\nInvestigations | 18.02.2025\n\nHow a missile hit a hospital\n\nA week "
        "later, on 3 December, a HIMARS strike hit a depot near Tokmak in the Zaporizhzhia "
        "region, killing two soldiers."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-23", date(2024, 12, 3))]
    ms = _one(
        " date 2024-12-05\nNight\n\nRussian forces launched seven Kh-101 cruise missiles from "
        "Tu-95 bombers over Volgograd Oblast at Ternopil overnight, damaging a warehouse."
    )
    assert [m.region_code for m in ms] == ["UA-61"]
    ms = _one(
        " date 2024-09-12\nDepot\n\nIn Russia's southern Rostov region, a drone attack sparked "
        "a fire at a fuel depot in the Kamensky district overnight. No one was hurt."
    )
    assert [m.region_code for m in ms] == ["RU-ROS"]


def test_a_timeline_entry_in_capitals_keeps_its_date() -> None:
    ms = _one(
        " date 2024-06-26\nFactbox\n\nAttacks since January:\n\nJAN. 21 - A fire broke out at a "
        "fuel terminal in the Leningrad region after a drone attack. No one was injured."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-LEN", date(2024, 1, 21))]


def test_a_place_label_with_a_colon_and_a_capital_that_does_not_comment() -> None:
    ms = _one(
        " date 2025-01-29\nSES\n\nDnipro region: a drone hit a house overnight.\n\nKherson: on "
        "the morning of 29 January, shelling set fire to the roof of a house. Kyiv does not "
        "usually comment on strikes inside Russia."
    )
    assert sorted(m.region_code for m in ms) == ["UA-12", "UA-65"]


def test_a_reporting_line_keeps_the_story_day_and_that_attack_dates_the_one_before() -> None:
    ms = _one(
        " date 2025-02-02\nNight attack\n\nLate on Saturday, Russian drones attacked Odesa.\n\n"
        "This was reported by the head of the Odesa regional administration.\n\nThe drones "
        "hit the port district of the city, injuring nine people."
    )
    assert [(m.region_code, m.occurred_on, m.figures.injured) for m in ms] == [
        ("UA-51", date(2025, 2, 1), 9)
    ]
    ms = _one(
        " date 2024-10-16\nDrones\n\nIn April, a drone struck a dormitory in Yelabuga in "
        "Tatarstan, injuring 12 people. That attack, on 2 April, was the first on the region."
    )
    assert [(m.region_code, m.occurred_on, m.figures.injured) for m in ms] == [
        ("RU-TA", date(2024, 4, 2), 12)
    ]


def test_old_dates_anchor_their_neighbours_and_war_totals_are_no_toll() -> None:
    ms = _one(
        " date 2024-12-30\nAnniversary\n\nA drone hit a car in Belgorod on Monday, killing the "
        "driver.\n\nOn 30 December 2023, shells fell on the centre of Belgorod, killing 25 "
        "people.\n\nThat strike came a day after Russian missiles hit Kharkiv, damaging a "
        "hotel. Ukraine's battlefield losses stood at about 45,000 killed."
    )
    assert sorted((m.region_code, str(m.occurred_on), m.figures.killed) for m in ms) == [
        ("RU-BEL", "2023-12-30", 25),
        ("RU-BEL", "2024-12-30", 1),
        ("UA-63", "2023-12-29", None),
    ]


def test_a_city_near_a_capital_the_past_largest_attack_and_moscow_acting() -> None:
    ms = _one(
        " date 2025-04-11\nDrones\n\nA drone hit an apartment block in Krasnogorsk outside "
        "Moscow on Friday, killing one woman. The largest attack on the region so far took "
        "place in March, when a drone killed three people in Ramenskoye. Moscow has been "
        "targeted by drones regularly since May 2023. Crimea, which Moscow illegally annexed "
        "in 2014, was also attacked."
    )
    assert sorted((m.region_code, str(m.occurred_on), m.figures.killed) for m in ms) == [
        ("RU-MOS", "2025-04-11", 1),
        ("RU-MOS", "None", 3),
    ]


def test_a_byline_date_below_a_long_navigation_menu_dates_the_article() -> None:
    menu = "\n".join(["World", "Business", "Markets", "Sustainability", "Legal", "Technology"])
    ms = _one(
        f"Skip to main content\n{menu}\n{menu}\nEurope\nDrones set refinery ablaze\n\nBy Wire\n"
        "October 17, 2024 9:14 AM GMT+3\nUpdated 2 hours ago\n\nA Ukrainian drone attack "
        "overnight set fire to an oil refinery in the Volgograd region, the governor said on "
        "Telegram. There were no casualties, he said, and firefighters were at the site."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-VGG", date(2024, 10, 17))]


def test_an_outage_is_an_impact_and_a_stock_we_strike_only_military_line_is_no_report() -> None:
    ms = _one(
        " date 2025-06-16\nOccupied\n\nIn the occupied part of the Zaporizhzhia region, the "
        "governor accused Ukrainian forces of shelling a power substation in Vasylivka on "
        "Sunday evening, leaving 4,000 households without electricity.\n\nUkraine says it "
        "strikes only military targets in the Kherson region, while rights groups disagree."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-23", date(2025, 6, 15))]


def test_a_district_named_after_its_city_in_one_sentence_is_that_citys() -> None:
    ms = _one(
        " date 2024-12-05\nStrikes\n\nA glide bomb hit Zaporizhzhia on Thursday, injuring two. "
        "Further south, in the city of Kherson, a man was killed by Russian shelling in the "
        "Dniprovskyi district, the governor said. Zelenskyy said the strike showed that Moscow "
        "had no interest in peace."
    )
    assert sorted((m.region_code, m.figures.killed) for m in ms) == [
        ("UA-23", None),
        ("UA-65", 1),
    ]


def test_launch_areas_listed_after_from_the_directions_of_are_no_incidents() -> None:
    """Air Force summaries list where the drones came from; only where they hit is an
    incident (blind8)."""
    ms = _one(
        " date 2025-03-02\nOvernight\n\nOvernight, Russia attacked with 90 Shahed drones from the "
        "directions of Bryansk, Oryol, Kursk, Millerovo - Russian Federation, and "
        "Primorsko-Akhtarsk - Russian Federation, the Air Force said. In the Sumy region, a "
        "drone hit a house in Okhtyrka, injuring two people."
    )
    assert {m.region_code for m in ms} == {"UA-59"}


def test_russian_ministry_precision_weapons_are_missiles() -> None:
    """ "Long-range precision sea-based weapons": the Russian MoD's words for cruise missiles."""
    ms = _one(
        " date 2023-09-20\nStrike\n\nLast night, the Russian Armed Forces delivered a group strike "
        "with long-range precision sea-based weapons on ammunition depots in the Nikolayev and "
        "Odessa regions, the Defense Ministry said."
    )
    assert {m.region_code for m in ms} == {"UA-48", "UA-51"}
    assert all(m.attack_types == ["missile"] for m in ms)


def test_a_name_in_a_list_of_regions_is_that_region_not_a_namesake_village() -> None:
    """ "The Nikolayev and Odessa regions": Nikolayev is also a village in Donetsk Oblast, named
    elsewhere in the article; the plural makes each name a region (blind8)."""
    ms = _one(
        " date 2023-09-20\nStrikes\n\nUkrainian forces shelled Gorlovka in the DPR on Wednesday, "
        "injuring two people.\n\nLast night, the Russian Armed Forces delivered a group strike on "
        "fuel depots in the Nikolayev and Odessa regions, the Defense Ministry said."
    )
    assert {m.region_code for m in ms} == {"UA-14", "UA-48", "UA-51"}


def test_a_live_blog_entry_is_dated_by_its_timestamp() -> None:
    """Each entry of a live blog opens with its timestamp; an undated headline under
    yesterday's entry reports yesterday, and the key-events line "number injured rises to
    eight" updates that strike (blind8)."""
    ms = _one(
        " date 2024-10-16\nUkraine war live\nKey events\nNumber injured in Kharkiv glide bomb "
        "strike rises to eight\n\nWed 16 Oct 2024 10.15 BST\nDrones hit Mykolaiv\n\nRussian "
        "drones struck a warehouse in Mykolaiv overnight, injuring two people.\n\n"
        "Tue 15 Oct 2024 21.50 BST\nOne killed as Russian glide bomb hits Kharkiv\n\nA Russian "
        "glide bomb struck a residential area in Kharkiv, killing one person and injuring six."
        "\n\nTue 15 Oct 2024 16.10 BST\nOne killed in Russian shelling of Kherson\n\nShells hit "
        "a bus stop in Kherson, killing a 57-year-old man."
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("UA-48", date(2024, 10, 16)),
        ("UA-63", date(2024, 10, 15)),
        ("UA-65", date(2024, 10, 15)),
    }


def test_a_same_day_toll_update_stays_with_that_days_strike() -> None:
    """ "The number injured has risen to 14" on the day of a strike counts that strike, not
    the drone attack on the same region the evening before (blind3)."""
    ms = _one(
        " date 2025-02-19\nBombs\n\nRussian glide bombs hit an industrial site in Zaporizhzhia "
        "on Wednesday, killing one person and injuring 12.\n\nUpdate at 16:05: The number of "
        "people injured has risen to 14, the governor said.\n\nAlso: On the evening of 18 "
        "February, a Russian drone attacked a car in Vasylivka, injuring the driver."
    )
    by_day = {m.occurred_on: m.figures.injured for m in ms if m.region_code == "UA-23"}
    assert by_day == {date(2025, 2, 19): 14, date(2025, 2, 18): 1}


def test_an_attack_ruled_out_adds_no_attack_type() -> None:
    """ "There was no drone attack and no air attack": an industrial blast, and the words that
    deny an attack do not make it one (blind8)."""
    ms = _one(
        " date 2024-10-09\nBlast\n\nTwo workers were killed in an explosion at a chemical plant "
        'in Dzerzhinsk on Wednesday. "There was no drone attack and no air attack on the city," '
        "the governor said."
    )
    assert all(m.attack_types == ["unknown"] for m in ms)


def test_a_tally_over_several_regions_is_not_the_other_clauses_place() -> None:
    """ "Two injured in Mykolaiv...; Russia says 17 drones shot down over three border regions":
    the 17 belongs to no one region, least of all Mykolaiv (blind8)."""
    ms = _one(
        " date 2024-10-16\nLive\n\nTwo people injured in Mykolaiv after drones strike business; "
        "Russia says 17 Ukrainian drones shot down over three border regions."
    )
    assert [(m.region_code, m.figures.injured, m.figures.intercepted) for m in ms] == [
        ("UA-48", 2, None)
    ]


def test_a_headline_that_rules_out_an_attack_leaves_no_incident() -> None:
    """An industrial blast whose headline says the governor ruled out a drone attack is no
    attack, though the body repeats the rumours; a headline naming a real attack elsewhere keeps
    that one (blind8)."""
    ms = _one(
        " date 2024-10-09\nTwo killed in blast at Dzerzhinsk chemical plant; governor rules out "
        "drone attack\n\nTwo workers were killed and five injured in an explosion at a chemical "
        "plant in Dzerzhinsk on Wednesday. The governor dismissed reports on Telegram channels of "
        "a drone strike on the plant."
    )
    assert ms == []
    ms = _one(
        " date 2024-10-09\nNo missile attack on Kyiv for a week as drones hit Odesa port\n\n"
        "Russian drones hit the port of Odesa on Wednesday, injuring two workers."
    )
    assert {m.region_code for m in ms} == {"UA-51"}


def test_a_digest_of_timed_posts_is_the_story_and_each_post_starts_afresh() -> None:
    """A governor's posts relayed one by one under their times ("08:14") are the article, not
    a headline ticker; "Yesterday evening" in one post does not date the next posts; a
    "Previous digests:" list ends the page (blind9)."""
    text = (
        " date 2025-02-19\nBORDER DIGEST\nHome | Bryansk | Kursk\n\nBryansk region, Wednesday: "
        "shelling of two districts\n\n08:14\nLast night, air defences destroyed six aircraft-"
        "type UAVs over the Bryansk region. There were no casualties.\n\n09:02\nYesterday "
        "evening, a drone attacked the settlement of Komarichi. A power line was damaged. There "
        "were no casualties.\n\n10:36\nThe village of Kokorevka in the Suzemsky district came "
        "under artillery fire. A man was wounded by shrapnel.\n\n15:41\nThe village of Belaya "
        "Berezka in the Trubchevsky district was shelled with mortars. A woman was injured.\n\n"
        "Previous digests:\n17 February: Kursk region - drone strikes on Rylsk, two injured"
    )
    ms = _one(text)
    got = {(m.region_code, m.occurred_on, m.figures.injured) for m in ms}
    assert got == {("RU-BRY", date(2025, 2, 19), 1), ("RU-BRY", date(2025, 2, 18), 0)}
    blocks = [b.text for b in clean(text)]
    assert "15:41" in blocks and not any("Rylsk" in b for b in blocks)


def test_a_factbox_entry_is_dated_and_placed_by_its_heading() -> None:
    """ "SEPT 7 - KAMENSKY DISTRICT, ROSTOV REGION" heads an entry whose text names only the
    district: the entry happened on Sept 7, in Rostov's Kamensky district, though another
    entry names a region with its own Kamensky district (blind9)."""
    ms = _one(
        "Factbox: drone strikes this week\n\nSeptember 12, 2025 11:37 AM GMT+3\n\nSept 12 "
        "(Reuters) - Here are the main attacks reported over the past week:\n\nSEPT 7 - KAMENSKY "
        "DISTRICT, ROSTOV REGION\nA fire broke out at a fuel storage facility after a drone "
        "attack in the Kamensky district, the governor said. One worker was injured.\n\n"
        "SEPT 10 - PORT, LENINGRAD REGION\nLeningrad Governor Alexander Drozdenko said 10 drones "
        "were shot down over the Kingiseppsky district.\n\nSEPT 12 - UFA, BASHKORTOSTAN\nTwo "
        "drones attacked a refinery in Ufa early on Friday. There were no casualties."
    )
    got = {(m.region_code, m.occurred_on) for m in ms}
    assert got == {
        ("RU-ROS", date(2025, 9, 7)),
        ("RU-LEN", date(2025, 9, 10)),
        ("RU-BA", date(2025, 9, 12)),
    }


def test_a_region_named_by_its_governor_is_that_region() -> None:
    """ "Leningrad Governor X" heads Leningrad region, not the city once called Leningrad;
    "Moscow Governor" heads Moscow region, not the city (blind9)."""
    ms = _one(
        " date 2025-09-10\nDrones\n\nLeningrad Governor Alexander Drozdenko said 10 drones were "
        "shot down over the region on Wednesday."
    )
    assert [(m.region_code, m.figures.intercepted) for m in ms] == [("RU-LEN", 10)]


def test_a_bracketed_photo_credit_does_not_hide_the_publication_date() -> None:
    """A long caption ending "[Name/Agency via Reuters]" above the date line is furniture, not
    the lead: the page's "Published On 28 Jan 2025" still dates it (blind10)."""
    ms = _one(
        "News\nLive\nSport\nVideo\nMore\nSearch\nSign in\nShare\nNews|War\n\nKey events, day "
        "1,070\n\nRescuers work at the site of an apartment building hit by a Russian drone in "
        "Kharkiv, Ukraine [Handout/State Emergency Service of Ukraine via Reuters]\nPublished On "
        "28 Jan 2025\n\n- At least four people were killed when a Russian drone hit an apartment "
        "building in Kharkiv late on Monday, the governor said."
    )
    assert [(m.region_code, m.occurred_on, m.figures.killed) for m in ms] == [
        ("UA-63", date(2025, 1, 27), 4)
    ]


def test_a_past_day_roundup_after_navigation_and_its_later_update() -> None:
    """A regional roundup "over the past day" reports the day before publication, also when
    the headline sits below a navigation menu and a "Published"/"Updated" byline pair; the
    report's own date ("on the morning of 14 May") dates the report, not the strikes; an
    update about "this morning" is a strike of the publication day (blind10)."""
    ms = _one(
        "Main\nWar\nRegions\nSumy\nEconomy\nCulture\nSport\nLive\n\nRussian troops shelled Sumy "
        "region 40 times over the past day: one killed\n\n14 May 2025, 09:12\nUpdated: 14 May "
        "2025, 10:46\n\nOver the past day, Russian troops shelled 20 settlements of Sumy region. "
        "This was reported by the regional military administration on the morning of 14 May.\n\n"
        "Khotin hromada: artillery shelling (6 explosions). A 46-year-old man was killed.\n\n"
        "UPDATE, 10:46. This morning, Russian troops dropped a guided aerial bomb on Bilopillia. "
        "A man was wounded."
    )
    got = {(m.region_code, m.occurred_on, m.figures.killed, m.figures.injured) for m in ms}
    assert got == {
        ("UA-59", date(2025, 5, 13), 1, None),
        ("UA-59", date(2025, 5, 14), None, 1),
    }


def test_a_national_count_over_a_list_of_regions_is_the_countrys() -> None:
    """ "Air defence shot down 71 drones over Poltava, Sumy, Kharkiv ... oblasts" right after
    the Air Force's national figures: the country's count; the listed regions had no incident
    of their own (blind10)."""
    ms = _one(
        " date 2025-02-11\nOvernight attack\n\nRussia launched 126 drones against Ukraine "
        "overnight, the Air Force reported. Ukraine's air defense shot down 71 drones over "
        "Poltava, Sumy, Kharkiv, Chernihiv, Kyiv and Odesa oblasts.\n\nIn Chernihiv Oblast, a "
        "drone hit a private house, killing a woman, the governor said."
    )
    got = {(m.region_code, m.figures.intercepted, m.figures.killed) for m in ms}
    assert got == {("UA", 71, None), ("UA-74", None, 1)}


def test_of_them_after_the_verb_and_the_country_as_the_target() -> None:
    """ "shot down 46 of them over eight regions" after "Russia launched 81 drones at the
    country": the country's figures (blind10)."""
    assert _figs("Air defences shot down 46 of them over eight regions.") == {"intercepted": 46}
    ms = _one(
        " date 2025-01-28\nKey events\n\n- Ukraine's air force said Russia launched 81 attack "
        "and decoy drones at the country overnight. Air defences shot down 46 of them over eight "
        "regions."
    )
    assert [(m.region_code, m.figures.launched, m.figures.intercepted) for m in ms] == [
        ("UA", 81, 46)
    ]


def test_an_overnight_span_is_dated_by_its_morning() -> None:
    """ "between 11 p.m. Monday and 7 a.m. Tuesday" is the night to Tuesday (blind10)."""
    ms = _one(
        " date 2025-02-18\nDrones\n\nRussia's Defense Ministry said it destroyed 83 drones "
        "between 11 p.m. Monday and 7 a.m. Tuesday, including 21 over the Volgograd region."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-VGG", date(2025, 2, 18))]


def test_a_yearless_dateline_takes_the_year_the_article_names() -> None:
    """TASS gives "29 AUG, 12:14" and "MELITOPOL, August 29. /TASS/." with no weekday to pin
    the year: the year the text names ("since the beginning of 2025") dates it (blind10)."""
    article = parse_article_text(
        "TASS\n\n29 AUG, 12:14\n\nOne civilian killed in Kamenka-Dneprovskaya\n\nMELITOPOL, "
        "August 29. /TASS/. One civilian was killed when Ukrainian forces shelled the town of "
        "Kamenka-Dneprovskaya in the Zaporozhye Region this morning, Governor Yevgeny Balitsky "
        "said. Since the beginning of 2025, the town has been shelled more than 400 times.",
        "t.txt",
        datetime(2026, 11, 23, tzinfo=UTC),
    )
    ms = extract(article)
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-23", date(2025, 8, 29))]


def test_an_anniversary_reports_the_old_strike_not_a_new_one() -> None:
    """ "commemorate the people killed in a strike exactly one year ago": that day a year back,
    background; "Last week, a drone damaged a depot. There were no casualties." stays vague
    (blind10)."""
    ms = _one(
        "17.06.2025 12:05\n\nLozova honours victims of missile strike\n\nIn Lozova, Kharkiv "
        "region, residents gathered on Tuesday to commemorate the fourteen people killed in a "
        "Russian missile strike exactly one year ago.\n\nLast week, a Russian drone damaged a "
        "locomotive depot in the city. There were no casualties."
    )
    assert all(m.occurred_on != date(2025, 6, 17) for m in ms)
    assert ("UA-63", date(2024, 6, 17)) in {(m.region_code, m.occurred_on) for m in ms}


@pytest.mark.parametrize(
    "text",
    [
        # sanctions "targeting" tankers strike nothing
        "The United Kingdom announced parallel sanctions on Tuesday, targeting 100 more tankers "
        "and several firms it says help Moscow get around the oil price cap.",
        # "Kyiv source says": a government's source, not the city
        "Ukrainian drones hit Russian gunpowder plant in Tambov region, Kyiv source says.",
        # a reference point across the river is not where the shell fell
        "In Nikopol, across the Dnipro from the Russian-occupied Zaporizhzhia nuclear power "
        "plant, artillery fire on Wednesday killed a man and damaged a petrol station.",
    ],
)
def test_places_that_are_no_scene_of_a_strike(text: str) -> None:
    ms = _one(f" date 2025-06-05\nNews\n\n{text}")
    assert not {m.region_code for m in ms} & {"RU-MOW", "UA-30", "UA-23"}


def test_the_previous_evening_is_the_day_before() -> None:
    """ "The previous evening, artillery shelled X" in Saturday's report is Friday (blind9)."""
    ms = _one(
        " date 2025-05-17\nShelling\n\nThe previous evening, Ukrainian artillery shelled a "
        "residential area of Hola Prystan in the Kherson region, wounding a 52-year-old man."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-65", date(2025, 5, 16))]


def test_a_morning_paper_dates_its_undated_tally_by_the_story() -> None:
    """Thursday's paper (00:12) tells "the night to Wednesday" and "yesterday evening"; the
    ministry's tally "between 23:30 and 5:40" is that same night, not Thursday (blind9)."""
    ms = _one(
        "15.08.2024, 00:12\n\nDrones reached Liski\n\nOn the night to Wednesday, Ukrainian "
        "drones attacked the Voronezh region; in Liski one woman was injured.\n\nThe Defense "
        "Ministry reported that between 23:30 and 5:40 Moscow time air defences destroyed 37 "
        "drones: 17 over the Voronezh region and six over the Tambov region."
    )
    got = {(m.region_code, m.occurred_on) for m in ms}
    assert got == {("RU-VOR", date(2024, 8, 14)), ("RU-TAM", date(2024, 8, 14))}


def test_a_weeks_tally_and_a_night_without_strikes_are_no_incident_of_the_day() -> None:
    """ "destroyed a total of 312 drones during the week" is undated; "no strikes were
    recorded overnight, but the region was left without power" is no strike (blind9)."""
    ms = _one(
        " date 2025-09-12\nWeek\n\nRussia's defence ministry said its air defences destroyed a "
        "total of 312 Ukrainian drones over Russian territory during the week."
    )
    assert all(m.occurred_on is None for m in ms)
    ms = _one(
        " date 2025-11-04\nBlackout\n\nRussian drones hit a power plant in Ladyzhyn, Vinnytsia "
        "region, overnight. In Khmelnytskyi region, no strikes were recorded overnight, but the "
        "region was left partially without power due to the damage to generation."
    )
    assert {m.region_code for m in ms} == {"UA-05"}


def test_a_weekday_in_a_named_month_is_not_this_weeks() -> None:
    """ "on Palm Sunday in April" in a June article is April's Sunday, not last Sunday's
    (blind9): undated background, never the day before publication."""
    ms = _one(
        " date 2025-06-24\nSumy\n\nThe deadliest came on Palm Sunday in April, when two Russian "
        "ballistic missiles hit the centre of Sumy, killing 35 people."
    )
    assert [(m.region_code, m.occurred_on, m.background) for m in ms] == [("UA-59", None, True)]


def test_a_timeline_of_run_in_dated_headings_ends_at_the_next_section() -> None:
    """ "January 24 — Volgograd (Volgograd region). Governor X said ..." paragraphs: each entry
    is its heading's day, not the page's; "What it means" ends the last entry, and a region
    named there with nothing said of a strike is no incident (blind11)."""
    ms = _one(
        "10:47 pm, February 20, 2025\n\nA month of burning refineries\n\nStrikes since late "
        "January\n\nJanuary 24 — Volgograd (Volgograd region). Governor Andrei Bocharov said "
        "drone debris caused a fire at the refinery; no one was hurt.\n\nFebruary 11 — Syzran "
        "(Samara region). The governor said a drone attack caused a fire at the refinery. One "
        "employee was killed and another hospitalized.\n\nWhat it means\n\nIn the Samara region, "
        "residents have been fined for posting footage of burning refineries."
    )
    got = {(m.region_code, m.occurred_on, m.figures.killed, m.figures.injured) for m in ms}
    assert got == {
        ("RU-VGG", date(2025, 1, 24), 0, 0),
        ("RU-SAM", date(2025, 2, 11), 1, 1),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district "of" a city is that city's, not a namesake district elsewhere (Kyiv's)
        (
            "Russian forces attacked a minibus with a drone in the Dniprovskyi district of Kherson "
            "on Tuesday morning, injuring two people.",
            {("UA-65", None, 2)},
        ),
        # "no serious damage or casualties" is nobody hurt
        (
            "Sobyanin said air defences shot down drones flying towards Moscow on Tuesday. There "
            "is no serious damage or casualties at the crash sites, he wrote.",
            {("RU-MOW", 0, 0)},
        ),
    ],
)
def test_districts_of_a_city_and_no_damage_or_casualties(
    text: str, expected: set[tuple[str, int | None, int | None]]
) -> None:
    ms = _one(f" date 2024-12-03\nNews\n\n{text}")
    assert {(m.region_code, m.figures.killed, m.figures.injured) for m in ms} == expected


def test_the_government_and_an_old_record_are_no_strike_today() -> None:
    """ "Moscow does not publish data" is the government; "The largest attack of last year,
    in November, saw 34 drones shot down" is November's, not today's (blind11)."""
    ms = _one(
        " date 2025-01-26\nDrones\n\nRegional officials rarely admit that a refinery has been "
        "hit by drones, and Moscow does not publish data on outages. The largest attack of last "
        "year, in November, saw 34 drones shot down over the Moscow region."
    )
    assert not any(m.region_code == "RU-MOW" for m in ms)
    assert all(m.occurred_on is None for m in ms)


def test_a_deployment_point_is_a_military_target() -> None:
    ms = _one(
        " date 2024-07-18\nSummary\n\nA temporary deployment point of a mechanized brigade was "
        "hit near Kupyansk in the Kharkov region, the ministry said on Thursday."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [("UA-63", ["military"])]


def test_an_officials_headquarters_is_no_military_target() -> None:
    """ "the regional operational headquarters reported" is who speaks, not what was hit; "two
    civilians were killed" names the victims, not a civilian object."""
    ms = _one(
        " date 2024-11-30\nDrone\n\nA Ukrainian drone hit a private house in Rylsk on Saturday, "
        "killing two civilians, the Kursk region's operational headquarters reported."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [("RU-KRS", ["residential"])]


def test_a_telegram_repost_takes_its_year_from_the_footer() -> None:
    """ "14 October, 10:42" heads a repost whose year is only in "© 2024 ..."; "Late last night,
    at 23:10" is the day before the post (blind12)."""
    article = parse_article_text(
        "Forwarded from Kherson Regional Military Administration\n14 October, 10:42\n\n07:15 - "
        "the occupiers shelled Bilozerka with artillery. A man was wounded.\n\nIn total, one "
        "person was wounded this morning.\n\nLate last night, "
        "at 23:10, enemy drones also attacked Stanislav. A private house caught fire; no one "
        "was hurt.\n\n© 2024 Kherson OVA",
        "t.txt",
        datetime(2026, 11, 23, tzinfo=UTC),
    )
    got = {(m.region_code, m.occurred_on) for m in extract(article)}
    assert got == {("UA-65", date(2024, 10, 14)), ("UA-65", date(2024, 10, 13))}


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a byline and a numeric date right below the standfirst
        (
            "DW\nMade for minds.\nGermany   Ukraine   Climate\nLive TV\nConflicts\n\nTalks\n\n"
            "Kyiv says it will not discuss a ceasefire "
            "that freezes the front line, while Moscow dismisses any talks on Ukraine's terms, "
            "and UN figures show civilian casualties remain high.\n\nAnna Lehnert with AFP\n"
            "09/10/2024\n\n",
            date(2024, 10, 9),
        ),
        # a page that runs the year into the time
        ("Reuters\n\nStrike\n\nDecember 5, 20244:51 PM GMT+1\n\n", date(2024, 12, 5)),
    ],
)
def test_publication_dates_in_awkward_bylines(head: str, expected: date) -> None:
    ms = _one(
        f"{head}A Russian missile hit a residential building in Sumy on Thursday, killing two "
        "people."
    )
    assert [m.published_on for m in ms] == [expected]


def test_a_hyphenated_village_is_not_its_last_part() -> None:
    """ "Gora-Podol" in Belgorod region is not Kyiv's Podol (blind12)."""
    ms = _one(
        " date 2024-04-25\nShelling\n\nIn Gora-Podol, a kamikaze drone attacked a passenger car: "
        "the driver was not hurt, the vehicle was damaged, Belgorod Governor Gladkov said."
    )
    assert {m.region_code for m in ms} == {"RU-BEL"}


def test_a_countrys_monthly_toll_is_no_incident() -> None:
    """UN monitors' "184 civilians were killed in Ukraine in August" is background of a
    talks story, not an incident (blind12)."""
    ms = _one(
        " date 2024-10-09\nTalks\n\nTurkey is ready to host talks, its foreign minister said on "
        "Tuesday. According to the UN mission's latest monthly update, at least 184 civilians "
        "were killed and 856 injured in Ukraine in August."
    )
    assert ms == []


def test_the_aftermath_of_a_strike_told_first_keeps_the_strikes_day() -> None:
    """A Wednesday page leads with the search at Druzhkivka and tells the strike ("struck
    Druzhkivka on Tuesday, 20 August") later: the lead's toll is Tuesday's strike; the
    shelling of Kostiantynivka "on Wednesday morning" stays Wednesday's (blind13)."""
    ms = _one(
        "21 August 2024, 17:05\n\nToll from missile strike on Druzhkivka rises to seven\n\n"
        "Rescuers in Druzhkivka, Donetsk Oblast, have completed the search at the site of a "
        "Russian missile strike on an apartment block. The death toll rose to seven.\n\nAt least "
        "18 people were injured.\n\nRussian troops struck Druzhkivka at around 19:30 on Tuesday, "
        "20 August, with two S-300 missiles. One missile destroyed an entire entrance of the "
        "building.\n\nAlso on Wednesday morning, Russian troops shelled Kostiantynivka with "
        "artillery. One person was killed and three were injured."
    )
    got = {(m.occurred_on, m.figures.killed, m.figures.injured, m.figures.intercepted) for m in ms}
    assert got == {(date(2024, 8, 20), 7, 18, None), (date(2024, 8, 21), 1, 3, None)}


def test_a_region_named_as_a_border_is_no_scene() -> None:
    """ "... as Moscow keeps up pressure on the area bordering its Kursk region" (blind13)."""
    ms = _one(
        " date 2025-02-12\nSumy\n\nRussian aircraft dropped glide bombs on Sumy region on "
        "February 11, killing three civilians, as Moscow keeps up pressure on the area bordering "
        "its Kursk region."
    )
    assert {m.region_code for m in ms} == {"UA-59"}


def test_a_target_said_not_to_be_there_is_no_target() -> None:
    """ "an apartment building in a city where there are no military facilities" (blind13)."""
    ms = _one(
        " date 2024-08-21\nStrike\n\nA Russian missile hit an apartment building in Druzhkivka "
        "on Tuesday, a city where there are no military facilities, the governor said."
    )
    assert [(m.region_code, m.target_types) for m in ms] == [("UA-14", ["residential"])]


def test_a_corrected_toll_replaces_the_first_and_later_hearsay() -> None:
    """The governor first reports one dead, then "According to updated information, no one was
    killed ... five people were injured"; a Telegram channel's unconfirmed "two killed and up
    to 12 injured" after it does not undo the correction (blind13)."""
    ms = _one(
        " date 2025-06-18\nIzhevsk\n\nA Ukrainian drone attack hit a plant in Izhevsk, Udmurtia, "
        "on Wednesday. The head of Udmurtia first wrote that one person was killed and four were "
        'injured.\n\nTwo hours later he corrected himself. "According to updated information, no '
        'one was killed. In total, five people were injured," he wrote.\n\nThe Telegram channel '
        "Astra reported that up to 12 people were injured and two were killed."
    )
    assert [(m.region_code, m.figures.killed, m.figures.injured) for m in ms] == [("RU-UD", 0, 5)]


def test_a_dateline_whose_city_ends_a_sentence_and_an_earlier_report() -> None:
    """ "KYIV. July 15 (Interfax-Ukraine) - The toll from the strike on Ochakiv on Sunday
    evening has risen": the dateline's date is the report's, Sunday the strike's; "Earlier it
    was reported that 13 were injured" gives way to the current 11 (blind13)."""
    ms = _one(
        "15.07.2024 11:26\n\nToll from Smerch strike on Ochakiv rises to four\n\nKYIV. July 15 "
        "(Interfax-Ukraine) - The number of people killed in the Russian strike on Ochakiv, "
        "Mykolaiv region, on Sunday evening has risen to four and 11 people were injured, the "
        "governor said. Earlier it was reported that two people were killed and 13 injured."
    )
    assert [(m.occurred_on, m.figures.killed, m.figures.injured) for m in ms] == [
        (date(2024, 7, 14), 4, 11)
    ]


def test_a_district_named_after_the_capital_is_another_citys() -> None:
    """Kyiv has no "Kyivskyi district" (Donetsk, Kharkiv, Odesa do): in a Donetsk story it is
    Donetsk's, never the capital (blind14)."""
    ms = _one(
        " date 2024-10-14\nDonetsk\n\nExplosions rang out in occupied Donetsk overnight, and "
        "the occupation authorities said four people were killed by shelling.\n\nResidents "
        "of the Kuibyshevskyi and Kyivskyi districts wrote that windows had been blown out in "
        "apartment blocks."
    )
    assert {m.region_code for m in ms} == {"UA-14"}


def test_a_gmt_aside_and_a_night_across_two_weekdays_take_the_local_later_day() -> None:
    """ "shortly after 1 a.m. local time (2200 GMT on Sunday)" is Monday's; "late on Saturday
    and early on Sunday" is the night into Sunday (blind14)."""
    ms = _one(
        " date 2024-10-14\nDonetsk\n\nShells hit a bus stop in Donetsk shortly after 1 a.m. "
        "local time (2200 GMT on Sunday), killing two people, the Moscow-installed head said."
    )
    assert [m.occurred_on for m in ms] == [date(2024, 10, 14)]
    ms = _one(
        " date 2024-06-09\nBorder\n\nUkrainian drones attacked villages in the Kursk region "
        "late on Saturday and early on Sunday, wounding two civilians, the governor said."
    )
    assert [m.occurred_on for m in ms] == [date(2024, 6, 9)]


def test_last_weekends_attack_is_the_weekends_not_the_papers() -> None:
    """A Wednesday story about a drill "after last weekend's Russian drone attack on the
    capital" dates that attack to the Saturday before (blind14)."""
    ms = _one(
        " date 2025-09-03\nDrill\n\nThe exercise comes after last weekend's Russian drone attack "
        "on Kyiv, during which debris fell on the sports ground of a lyceum. No one was hurt."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 8, 30)]


def test_a_past_day_roundup_keeps_its_day_beside_the_day_before() -> None:
    """A "past day" roundup published on the 19th tells the 18th; its "The day before, ...
    (reported on 17 November)" is an earlier story and moves nothing (blind14)."""
    ms = _one(
        " date 2023-11-19\nRussians shell the south over the past day\n\nOver the past day, "
        "Russian troops shelled the city of Kherson with artillery, killing one person. "
        "The day before, Russian shelling of Kherson killed two utility workers, the city "
        "administration reported on 17 November."
    )
    assert sorted((m.occurred_on, m.figures.killed) for m in ms) == [
        (date(2023, 11, 17), 2),
        (date(2023, 11, 18), 1),
    ]


def test_the_day_before_counts_from_the_day_just_told() -> None:
    """ "... in Sumy region on Tuesday, killing a man. The day before, artillery shelled the
    Semenivka community in Chernihiv region" is Monday's, in a Wednesday paper (blind14)."""
    ms = _one(
        " date 2024-11-20\nStrikes\n\nA guided bomb hit the centre of Bilopillia in Sumy region "
        "on Tuesday, killing a man. The day before, Russian artillery shelled the Semenivka "
        "community in Chernihiv region, damaging a school; no one was hurt."
    )
    assert sorted((m.region_code, m.occurred_on) for m in ms) == [
        ("UA-59", date(2024, 11, 19)),
        ("UA-74", date(2024, 11, 18)),
    ]


def test_said_on_one_day_about_a_strike_on_another() -> None:
    """ "The mayor said on Wednesday that the woman had been in intensive care since the strike
    on Saturday afternoon": the strike's day; the next sentence's toll is that strike's; an
    "overnight ..., the governor said Wednesday" keeps its own day (blind14, blind2)."""
    ms = _one(
        " date 2024-11-20\nKharkiv\n\nThe mayor said on Wednesday that the woman had been in "
        "intensive care since the strike on Saturday afternoon, when two glide bombs hit a "
        "building in Kharkiv. Twenty-three people were injured in the attack."
    )
    assert [(m.occurred_on, m.figures.injured) for m in ms] == [(date(2024, 11, 16), 23)]
    ms = _one(
        " date 2025-01-22\nKrasnogorsk\n\nTwo people were injured when debris from a drone hit "
        "a building in Krasnogorsk overnight, Governor Andrei Vorobyov said Wednesday, in one "
        "of several attacks on the Moscow region on Tuesday night."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 1, 22)]


def test_a_permission_to_strike_and_a_depots_stock_are_no_attack() -> None:
    """ "to allow Ukraine to strike Russian airfields", "to let Kyiv use ATACMS missiles" and
    an arsenal that "stored Iskander-M missiles, guided aerial bombs and artillery ammunition"
    report no strike and add no attack type (blind14, blind15)."""
    ms = _one(
        " date 2024-11-20\nAppeal\n\nThe mayor renewed his appeal to allies to allow Ukraine to "
        "strike Russian airfields. Washington's decision to let Kyiv use ATACMS missiles "
        "against targets inside Russia provoked warnings from Moscow."
    )
    assert ms == []
    ms = _one(
        " date 2025-07-03\nToropets\n\nUkrainian drones hit an ammunition depot near Toropets "
        "in the Tver region overnight. The General Staff said the arsenal stored "
        '"Iskander-M missiles, guided aerial bombs and artillery ammunition."'
    )
    assert [(m.region_code, m.attack_types) for m in ms] == [("RU-TVE", ["drone"])]


def test_a_ministry_tally_written_number_first() -> None:
    """ "47 UAVs: 15 - over the territory of the Bryansk region, 11 - over the territory of
    the Kursk region": each number is the region after it (blind15)."""
    ms = _one(
        " date 2024-08-17\nTally\n\nAir defense systems intercepted and destroyed 47 Ukrainian "
        "UAVs: 15 - over the territory of the Bryansk region, 11 - over the territory of the "
        "Kursk region, 7 - over the territory of the Oryol region."
    )
    got = {m.region_code: m.figures.intercepted for m in ms}
    assert {k: got.get(k) for k in ("RU-BRY", "RU-KRS", "RU-ORL")} == {
        "RU-BRY": 15,
        "RU-KRS": 11,
        "RU-ORL": 7,
    }


def test_no_dead_and_a_second_weapon_after_a_two_word_name() -> None:
    """ "There are no dead" is killed 0 (not injured); "destroyed six Shahed drones and one
    cruise missile" is 7 (blind15)."""
    assert _figs("In total, three people were injured, there are no dead.") == {
        "injured": 3,
        "killed": 0,
    }
    ms = _one(
        " date 2024-12-06\nKirovohrad\n\nRussian drones and missiles attacked the Kirovohrad "
        "region overnight, injuring four people. The air defense forces destroyed six Shahed "
        "drones and one cruise missile over the Kirovohrad region."
    )
    assert [m.figures.intercepted for m in ms] == [7]


def test_most_viewed_links_are_page_furniture() -> None:
    """A "Most viewed" list after the story holds other stories' headlines (blind14)."""
    ms = _one(
        " date 2024-11-20\nKharkiv\n\nRussian drones hit Kharkiv overnight, injuring two people."
        "\n\nMost viewed\n\nRussia fires ATACMS claims after Bryansk strike\n\nKyiv embassies "
        "close amid warnings of major air attack"
    )
    assert {m.region_code for m in ms} == {"UA-63"}


def test_a_weekly_digest_dates_each_paragraph_by_its_label() -> None:
    """ "Monday, 4 November: Kharkiv. ...", "Tue 5 Nov - Odesa. Drones attacked the port
    overnight." in a Sunday digest: each paragraph is its label's day and place, "overnight"
    and "in the morning" included (blind16)."""
    ms = _one(
        " date 2024-11-10\nThe week in strikes\n\nEvery Sunday we collect the main Russian "
        "attacks of the past seven days.\n\nMonday, 4 November: Kharkiv. A guided aerial bomb "
        "hit an apartment block. One woman was killed and nine people were injured.\n\n"
        "Tue 5 Nov \u2014 Odesa. Shahed drones attacked port infrastructure overnight; two "
        "port workers were hospitalised.\n\nFriday, 8 November: Shostka, Sumy oblast. A "
        "Russian drone hit an energy facility in the town in the evening. One employee was "
        "injured."
    )
    assert sorted((m.region_code, m.occurred_on) for m in ms) == [
        ("UA-51", date(2024, 11, 5)),
        ("UA-59", date(2024, 11, 8)),
        ("UA-63", date(2024, 11, 4)),
    ]


def test_a_report_dated_the_next_morning_keeps_the_day_it_reports() -> None:
    """ "During the day on 10 March, Russian troops carried out 86 attacks. Explosions were
    recorded in nine hromadas, the administration reported on the morning of 11 March" is
    the 10th; "said on Wednesday it had shot down drones launched overnight" stays the
    paper's day (blind16, blind)."""
    ms = _one(
        " date 2025-03-11\nSumy region\n\nDuring the day on 10 March, Russian troops carried "
        "out 86 attacks on the border areas of Sumy region. Explosions were recorded in the "
        "Krasnopillia and Shostka hromadas, the Sumy Regional Military Administration "
        "reported on the morning of 11 March."
    )
    assert {m.occurred_on for m in ms} == {date(2025, 3, 10)}


def test_a_shelter_built_to_withstand_a_hit_and_an_air_defence_drill() -> None:
    """A shelter that "can withstand a direct hit by an artillery shell or a drone" and
    crews that "engaged targets during the drills" report no attack; "The exercise comes
    after last weekend's drone attack" still does (blind16, blind17, blind14)."""
    ms = _one(
        " date 2025-04-08\nShelter\n\nA new underground school opened in Zaporizhzhia on "
        "Tuesday. Its walls can withstand a direct hit by an artillery shell or a drone.\n\n"
        "During the drills in Volyn region, the crews destroyed 14 aerial targets with live "
        "firing."
    )
    assert ms == []


def test_page_dates_written_as_ordinals_or_in_a_url() -> None:
    """ "Posted on the 22nd of March 2025" and a breadcrumb "site.ua > news > 2024 > 06 >
    10 > story" date the page (blind17)."""
    ms = _one(
        "Posted on the 22nd of March 2025 at 10:05\n\nRussian missiles struck the port area of "
        "Odesa late on Friday, killing five people."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 3, 21)]
    ms = _one(
        "kharkivtoday.com.ua \u203a news \u203a 2024 \u203a 06 \u203a 10 \u203a kab\n\n"
        "Russian glide bombs hit Kharkiv today, killing five people."
    )
    assert [m.occurred_on for m in ms] == [date(2024, 6, 10)]


def test_a_clock_time_is_not_a_day_of_a_span() -> None:
    """ "from 11:00 p.m. on February 17 to 7:00 a.m. on February 18": the night of the 18th,
    never "February 17 to 7" (blind17)."""
    ms = _one(
        " date 2025-02-18\nTally\n\nFrom 11:00 p.m. Moscow time on February 17 to 7:00 a.m. "
        "Moscow time on February 18, air defense destroyed 21 drones over the Bryansk Region."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-BRY", date(2025, 2, 18))]


def test_a_small_namesakes_district_outside_the_story_is_a_citys_district() -> None:
    """ "the supermarket in the Slobidskyi district" on a Kharkiv page is Kharkiv's district,
    not the raion of a village in a region the page never names (blind17)."""
    ms = _one(
        " date 2024-06-10\nKharkiv\n\nRussian glide bombs hit Kharkiv today, killing five "
        "people.\n\n18:05\n\nRescuers have finished extinguishing the fire at the supermarket "
        "in the Slobidskyi district hit by the bomb."
    )
    assert {m.region_code for m in ms} == {"UA-63"}


def test_a_launch_area_and_a_report_of_no_attack_are_no_incidents() -> None:
    """ "Russia launched 24 Shahed drones from the Cape Chauda area in occupied Crimea" is
    where they came from; "AFP found no credible reports of a drone attack on Syzran" says
    there was none (blind19)."""
    ms = _one(
        " date 2023-10-04\nIzmail\n\nRussian drones struck port facilities in Izmail, in the "
        "Odesa region, overnight, injuring two workers. Ukraine's air force said Russia "
        "launched 24 Shahed drones from the Cape Chauda area in occupied Crimea and that 17 "
        "of them were shot down."
    )
    assert "UA-51" in {m.region_code for m in ms}
    assert "UA-43" not in {m.region_code for m in ms}
    ms = _one(
        " date 2024-06-05\nFact check\n\nAFP found no credible reports of a drone attack on "
        "Syzran in the Samara region on the night of June 3-4."
    )
    assert ms == []


def test_a_street_a_sea_and_a_purpose_are_no_places_or_attacks() -> None:
    """ "a woman was hurt on Krasnoarmeyskaya street" in Engels is no Krasnodar village; "eight
    over the Sea of Azov" is no town of Azov; "airfields from which aircraft take off to drop
    guided bombs on Kharkiv" reports no strike on Kharkiv (blind18)."""
    ms = _one(
        " date 2025-03-16\nEngels\n\nDrones attacked Engels in the Saratov region on Sunday. "
        "Falling debris damaged two houses on Krasnoarmeyskaya street, and a woman was "
        "hospitalised."
    )
    assert {m.region_code for m in ms} == {"RU-SAR"}
    ms = _one(
        " date 2024-09-12\nBlast\n\nA bomber accidentally dropped a bomb on a Belgorod street "
        "on Tuesday, damaging cars."
    )
    assert {m.region_code for m in ms} == {"RU-BEL"}
    ms = _one(
        " date 2024-09-12\nTally\n\nThe ministry said it had downed drones overnight: nine "
        "over Krasnodar Krai and eight over the Sea of Azov.\n\nThe airfields from which "
        "Russian aircraft take off to drop guided aerial bombs on Kharkiv are a legitimate "
        "target, the source said."
    )
    assert {m.region_code for m in ms} == {"RU-KDA"}


def test_page_dates_on_a_dropped_nav_line_or_under_a_post() -> None:
    """A date on a line the cleaner drops as navigation ("Oil & Gas | 23 August 2025
    12:41"), or only in a post's stamp below it ("edited 09:14, Nov 18, 2023"), still dates
    the page (blind21)."""
    ms = _one(
        "INTERFAX\nNews | Energy | Contacts\n\nOil & Gas  |  23 August 2025 12:41\n\nOrsk "
        "refinery halts unit after drone attack\n\nThe Orsk refinery in Orenburg region halted "
        "a unit after a drone attack on Saturday morning set it on fire, a source said."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 8, 23)]
    ms = _one(
        "Border Zone\n\nSUMMARY FOR FRIDAY, NOVEMBER 17\n\nBelow is a summary of attacks on "
        "the border regions over the past day.\n\nBelgorod region: in Shebekino a man "
        "was killed by shelling.\n\nViews 96.4K\nedited  09:14, Nov 18, 2023"
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-BEL", date(2023, 11, 17))]


def test_a_commemoration_today_and_a_weekly_total_are_not_todays_strikes() -> None:
    """ "Today, 17 May, residents honoured the eleven killed in the strike exactly one year
    ago" is the strike of a year before; a headline "Four killed, 41 injured in Belgorod
    Region over past week" gives no day its figures (blind20)."""
    ms = _one(
        " date 2025-05-17\nCherkasy\n\nToday, 17 May, Cherkasy residents gathered to honour the "
        "memory of the eleven people killed in the Russian missile strike exactly one year ago."
    )
    assert [(m.occurred_on, m.figures.killed) for m in ms] == [(date(2024, 5, 17), 11)]
    ms = _one(
        " date 2024-09-16\nFour civilians killed, 41 injured in Belgorod Region over past "
        "week\n\nOn Monday, a Ukrainian drone hit a car in Shebekino, Belgorod Region, injuring "
        "two people, the governor said."
    )
    today = [m for m in ms if m.occurred_on == date(2024, 9, 16)]
    assert [(m.figures.killed, m.figures.injured) for m in today] == [(None, 2)]


def test_addresses_weapon_names_and_a_capitals_administrative_district() -> None:
    """ "a private house on Odeska Street" in Obukhiv is no Odesa; "a Pantsir-S1 system near
    Belbek" is no village named Pantsir; "Moscow's Troitsky administrative district" is
    Moscow's (blind22)."""
    ms = _one(
        " date 2023-10-19\nKyiv region\n\nIn Obukhiv, Kyiv region, drone debris damaged a "
        "private house on Odeska Street overnight. Two people were injured."
    )
    assert {m.region_code for m in ms} == {"UA-32"}
    ms = _one(
        " date 2024-09-18\nCrimea\n\nUkrainian forces struck a Pantsir-S1 air defence system "
        "near the Belbek airfield in Sevastopol on Wednesday, the General Staff said."
    )
    assert {m.region_code for m in ms} == {"UA-40"}
    ms = _one(
        " date 2025-03-04\nMoscow\n\nAir defence destroyed three drones flying towards Moscow "
        "overnight, Mayor Sergei Sobyanin said. Debris from one of them fell near Kaluzhskoye "
        "Shosse in Moscow's Troitsky administrative district, damaging a car."
    )
    assert {m.region_code for m in ms} == {"RU-MOW"}


def test_a_us_numeric_date_read_by_the_weekday_of_the_news() -> None:
    """ "Posted: 02/10/2025 8:14 AM EST" over "overnight into Monday" is 10 February (a
    Monday), not 2 October (a Thursday); a dotted "02.04.2025" stays 2 April (blind23,
    blind20)."""
    ms = _one(
        "WTOP News\n\nPosted: 02/10/2025 8:14 AM EST\n\nKYIV, Ukraine (AP) - Russia fired a "
        "ballistic missile at Kyiv overnight into Monday, killing one person."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 2, 10)]
    ms = _one(
        "Kharkiv news\n\n02.04.2025 09:15\n\nTwo energy workers were killed on Tuesday, 1 "
        "April, when a Russian drone hit a repair crew near Zlatopil in Kharkiv region."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 4, 1)]


def test_where_a_coach_was_going_is_no_place_struck() -> None:
    """ "passengers were boarding coaches for Dnipro and Kyiv" at the bus station of
    Zaporizhzhia names where they were going, not two more places struck (blind24)."""
    ms = _one(
        " date 2023-11-12\nZaporizhzhia\n\nA Russian missile hit the central bus station in "
        "Zaporizhzhia on Sunday, killing nine people. One missile hit a parking area where "
        "passengers were boarding coaches for Dnipro and Kyiv."
    )
    assert {m.region_code for m in ms} == {"UA-23"}


def test_a_republic_named_bare_and_a_city_by_its_own_name() -> None:
    """ "in Chechnya" is the republic (not a Donetsk village of that name), "Stavropol" the
    city of Stavropol Krai (not Tolyatti, which once bore the name), and "Novomoskovsk" in a
    story about Dnipropetrovsk oblast is still that oblast's town (blind21, blind27)."""
    ms = _one(
        " date 2025-05-20\nNews\n\nThe Russian Defence Ministry said it downed 53 drones "
        "overnight, including four over Chuvashia. In Chechnya, a drone hit a police building."
    )
    assert {(m.region_code, m.figures.intercepted) for m in ms} >= {("RU-CU", 4)}
    assert "RU-CE" in {m.region_code for m in ms}
    assert "UA-14" not in {m.region_code for m in ms}
    ms = _one(
        " date 2024-06-18\nNews\n\nA drone hit an oil depot in Stavropol on Tuesday, the "
        "governor said."
    )
    assert {m.region_code for m in ms} == {"RU-STA"}
    ms = _one(
        " date 2023-08-03\nDnipropetrovsk\n\nRussian drones struck Novomoskovsk in "
        "Dnipropetrovsk region on Thursday, injuring four people."
    )
    assert {m.region_code for m in ms} == {"UA-12"}


def test_a_page_dated_only_under_its_footer() -> None:
    """ "Published 21 January 2025, 10:32" as the page's last line, below the footer the
    cleaner drops, is its publication date (blind26)."""
    ms = _one(
        "FRONTLINE DESK\nDefence | Russia\n\nDrones hit industrial site in Engels\n\n"
        "Ukrainian drones attacked the city of Engels in Russia's Saratov region overnight "
        "into Tuesday, injuring one person, according to local authorities.\n\n"
        "Saratov governor Roman Busargin said a fire broke out at an industrial enterprise and "
        "that emergency services were working at the scene; he did not name the plant.\n\n"
        "Residents of Engels and neighbouring Saratov reported several explosions and the "
        "sound of air defence systems firing for about an hour before dawn.\n\n"
        "The city is home to the Engels air base, which hosts Russia's Tu-95 and Tu-160 "
        "strategic bombers used in missile strikes on Ukraine.\n\n"
        "Read more\nInside Russia's strategic bomber fleet: what is left after two years\n"
        "Analysis: Can Russia protect its refineries from drones?\n\n"
        "Subscribe to our newsletter\nGet the most important defence news of the day every "
        "evening.\nEmail address  [Subscribe]\n\nFrontline Desk — independent defence "
        "journalism\nAbout · Editorial standards · Contacts · Advertising\nReproduction of "
        "materials is allowed with an active hyperlink to Frontline Desk.\n\n"
        "Published 21 January 2025, 10:32"
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-SAR", date(2025, 1, 21))]


def test_an_update_stamp_dates_what_follows_it() -> None:
    """ "UPDATE, 04.08.2024 08:40" opens an entry of the next day: its toll is the port
    strike's, told on the 4th, not a Mykolaiv shelling's (the region named last before it)
    (blind26)."""
    ms = _one(
        "PIVDEN\n\nMissile strike on port in Odesa district\n\nPublished: 03.08.2024 23:05\n"
        "Updated: 04.08.2024 08:40\n\nRussian forces carried out a ballistic missile attack on "
        "port infrastructure in the Odesa district late on Saturday, Oleh Kiper said. One "
        "person was injured.\n\nEarlier on Saturday, Russian troops shelled a village in the "
        "neighbouring Mykolaiv region. No one was injured.\n\nUPDATE, 04.08.2024 08:40\n\n"
        'The number of victims of the strike on the port has risen. "As of now, two people '
        "have been killed and five injured as a result of the enemy's ballistic missile "
        'attack on the port infrastructure of the Odesa district," he wrote.'
    )
    got = {(m.region_code, m.figures.killed, m.figures.injured) for m in ms}
    assert ("UA-48", 0, 0) in got
    assert not any(m.region_code == "UA-48" and m.figures.killed for m in ms)
    assert any(m.region_code == "UA-51" and m.figures.killed == 2 for m in ms)


def test_a_months_toll_is_not_dated_by_its_statement() -> None:
    """ "139 civilians were killed in January 2025, the UN mission said in its update
    published on Feb. 11": a month's total, not an incident of 11 February (blind25)."""
    ms = _one(
        " date 2025-02-11\nUN\n\nAt least 139 civilians were killed and 738 injured in "
        "Ukraine in January 2025, the UN mission said in its monthly update published on "
        "Feb. 11."
    )
    assert all(m.occurred_on is None for m in ms)
    ms = _one(
        " date 2025-02-11\nKharkiv\n\nA drone hit a house in Kharkiv on Tuesday, killing two "
        "people, the governor said on Tuesday."
    )
    assert [m.occurred_on for m in ms] == [date(2025, 2, 11)]


def test_a_briefs_dateline_is_its_place_when_the_story_calls_it_the_city() -> None:
    """ "KHERSON — Russian artillery shelled the city's Korabelnyi district": the dateline
    city is where it happened; a wire's "KYIV, Nov 5 (Reuters) -" over a national tally
    still names no place (blind30)."""
    head = " date 2024-10-08\nIn brief\n\nNews from the regions, compiled by our desk.\n\n"
    ms = _one(
        head + "KHERSON — Russian artillery shelled the city's Korabelnyi district on Monday "
        "evening, wounding a 58-year-old woman, the regional military administration said."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-65", date(2024, 10, 7))]
    ms = _one(
        head + "KYIV, Nov 5 (Reuters) - Russia launched 50 drones at Ukraine overnight, the "
        "air force said on Tuesday."
    )
    assert [m.region_code for m in ms] == ["UA"]


def test_moscow_that_deliberately_targets_is_the_government() -> None:
    """ "Kyiv has said Moscow deliberately targets such logistics centres": no strike on
    Moscow (blind30); "Kyiv Oblast was also targeted" is still the oblast (blind22)."""
    ms = _one(
        " date 2024-11-14\nPavlohrad\n\nA Russian missile hit Pavlohrad on Thursday, killing "
        "seven people. Kyiv has said Moscow deliberately targets such logistics centres, often "
        "striking in the early hours when residents are asleep."
    )
    assert {m.region_code for m in ms} == {"UA-12"}
    ms = _one(
        " date 2024-02-22\nKyiv\n\nRussian drones hit Kyiv overnight on Thursday. Kyiv Oblast "
        "was also targeted. Governor Ruslan Kravchenko said one man was killed and five people "
        "were injured in the region."
    )
    assert any(m.region_code == "UA-32" and m.figures.injured == 5 for m in ms)


def test_the_bank_of_the_dnipro_is_the_river() -> None:
    """ "struck Russian positions on the left bank of the Dnipro": the river, not the city
    of Dnipro (blind29, blind13)."""
    ms = _one(
        " date 2024-11-27\nOleshky\n\nVladimir Saldo, the Russian-installed head of the occupied "
        "part of Kherson region, said on Wednesday that Ukrainian forces had struck a polyclinic "
        "in the town of Oleshky on the left bank of the Dnipro with rockets, killing two people "
        "and injuring 10."
    )
    assert {(m.region_code, m.figures.killed) for m in ms} == {("UA-65", 2)}


def test_an_attack_dated_apart_from_the_images_that_showed_it() -> None:
    """ "Satellite images published on 26 May confirm that the Voronezh-DM radar near
    Armavir was damaged in a drone attack on the night of 23 May": the 23rd; "Voronezh-DM" is
    a radar's model, not the city; "on the night of the attack" is that night too (blind31)."""
    ms = _one(
        " date 2024-05-27\nMilitarnyi\n\nSatellite images published on 26 May confirm that the "
        "Voronezh-DM early warning radar station near Armavir in Russia's Krasnodar Krai was "
        "damaged in a drone attack on the night of 23 May.\n\nOn the night of the attack, "
        "residents of Armavir reported that they heard explosions and the sound of drones."
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {("RU-KDA", date(2024, 5, 23))}


def test_two_districts_of_the_city_and_kiev_that_first_used_missiles() -> None:
    """ "the Dniprovskyi and Korabelnyi districts of the city" are Kherson's (Kyiv also has
    a Dniprovskyi district), and "Kiev first used ATACMS missiles" is the government, not a
    strike on Kyiv (blind31, blind25)."""
    ms = _one(
        " date 2024-10-10\nKherson\n\nA Russian drone hit a bus in Kherson on Thursday, "
        "injuring seven people. Drones have become the main cause of civilian casualties in "
        "the Dniprovskyi and Korabelnyi districts of the city, the prosecutor's office said."
    )
    assert {m.region_code for m in ms} == {"UA-65"}
    ms = _one(
        " date 2024-12-21\nTASS\n\nKiev first used ATACMS missiles against targets in Russia's "
        "internationally recognized territory on November 19, when six missiles were fired at "
        "a facility in the Bryansk Region."
    )
    assert {m.region_code for m in ms} == {"RU-BRY"}


def test_an_undated_page_dated_by_its_photo_caption_and_weekday() -> None:
    """No date line, but a caption "Satellite image of the airfield, 17 April 2024" (a
    Wednesday) and "said on Wednesday": the page's day (blind29)."""
    body = (
        "euronews.\nWorld | Ukraine war\n\nUkraine says it hit air defence systems at Dzhankoi "
        "airfield\n\nUkraine's military intelligence said on Wednesday that its forces had "
        "struck a Russian military airfield near the town of Dzhankoi in occupied Crimea "
        "overnight, destroying four S-400 launchers.\n\n{}\n\nThe footage shows a series of "
        "explosions at the edge of the runway."
    )
    caption = "Satellite image of the airfield near Dzhankoi, 17 April 2024. Photo: Planet Labs"
    ms = _one(body.format(caption))
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-43", date(2024, 4, 17))]


def test_an_undated_page_takes_the_year_of_a_labelled_caption() -> None:
    """No date line; the prose says "overnight on 18 September" and a caption opened by its
    own label, "[Photo: Fire at the arsenal near Toropets on 18 September 2024. Photo: social
    media]", gives the year (blind62). The caption was cut at its first "Photo:" before."""
    ms = _one(
        "KYIV DISPATCH\nWar\n\nDrones hit an arsenal in Tver Oblast\n\nUkrainian drones "
        "struck an ammunition depot near the town of Toropets in Russia's Tver Oblast overnight "
        "on 18 September, a source told the outlet.\n\n[Photo: Fire at the arsenal near "
        "Toropets on 18 September 2024. Photo: social media]\n\nThe fire covered a large area."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-TVE", date(2024, 9, 18))]


def test_a_caption_opened_by_its_label_is_kept_as_a_caption() -> None:
    """ "Photo: <caption>. Photo: <credit>" keeps the caption (for types and dates); a line that
    only opens with a label ("Source: the regional administration") is no caption."""
    blocks = clean(
        "Drones struck the city overnight, the governor said on Telegram.\n"
        "[Photo: Rescuers at a damaged house in Sumy, 27 May 2025. Photo: SES]\n"
        "Source: the regional administration"
    )
    assert [(b.support, b.text) for b in blocks[1:]] == [
        (True, "Rescuers at a damaged house in Sumy, 27 May 2025.")
    ]


def test_a_capital_that_bases_or_stockpiles_is_its_government() -> None:
    """ "an airfield near Morozovsk, where Moscow bases Su-34 bombers", "officials warned that
    Moscow was stockpiling missiles": what the government does, no strike on Moscow (blind61)."""
    ms = _one(
        " date 2024-10-19\nKyiv\n\nRussian missiles struck Kyiv early on Saturday, a day after "
        "Ukrainian drones struck a military airfield near Morozovsk in Russia's Rostov region, "
        "where Moscow bases Su-34 bombers. Officials warned that Moscow was stockpiling "
        "missiles for strikes on the power grid."
    )
    assert "RU-MOW" not in {m.region_code for m in ms}


def test_the_city_a_region_surrounds_is_a_reference_point() -> None:
    """ "the governor of Russia's Leningrad region, which surrounds St Petersburg, said three
    drones had been destroyed in the Kirishi area": Leningrad region's, not the city's
    (blind62); a "St" before a name no longer hides the reference word before it."""
    ms = _one(
        " date 2025-09-14\nKirishi\n\nAlexander Drozdenko, the governor of Russia's Leningrad "
        "region, which surrounds St Petersburg, said three drones had been destroyed in the "
        "Kirishi area overnight."
    )
    assert {m.region_code for m in ms} == {"RU-LEN"}


def test_a_launch_area_the_gazetteer_lacks_keeps_its_region_a_launch_area() -> None:
    """ "launched 54 drones from Primorsko-Akhtarsk, Chauda in occupied Crimea and Millerovo":
    Crimea is where an unknown launch area lies, no strike (blind61); a name in lower case
    does not continue the list ("launched from Belgorod, exploded in Kharkiv")."""
    ms = _one(
        " date 2025-04-23\nOdesa\n\nOvernight, Russia launched 54 Shahed-type drones from "
        "Primorsko-Akhtarsk, Chauda in occupied Crimea and Millerovo, the Air Force said."
    )
    assert "UA-43" not in {m.region_code for m in ms}
    ms = _one(" date 2025-04-23\nKharkiv\n\nA missile launched from Belgorod, exploded in Kharkiv.")
    assert {m.region_code for m in ms} == {"UA-63"}


def test_a_caption_credited_in_parentheses_with_a_slash_sets_no_focus() -> None:
    """ "A view of a damaged house in Pokrovsk, Donetsk Oblast. (Donetsk Oblast Military
    Administration / Telegram) (Illustrative purposes only)" is a caption: the national toll
    after it is not Donetsk's, and Donetsk keeps its own (blind60). A prose line with a
    slash in parentheses stays prose."""
    ms = _one(
        " date 2024-10-15\nUkraine\n\nRussian attacks kill 7 over past day\n\nA view of a "
        "damaged house after a Russian attack in Pokrovsk, Donetsk Oblast, Ukraine. (Donetsk "
        "Oblast Military Administration / Telegram) (Illustrative purposes only)\n\nRussian "
        "attacks against Ukrainian regions killed seven people and injured 30 over the past "
        "day.\n\nIn Donetsk Oblast, Russian attacks killed four people and injured 13 on "
        "Oct. 14, Governor Vadym Filashkin said."
    )
    donetsk = [m for m in ms if m.region_code == "UA-14"]
    assert [(m.figures.killed, m.figures.injured) for m in donetsk] == [(4, 13)]
    blocks = clean("Compensation is paid monthly (UAH 15,000 / month), the city council said.")
    assert [b.support for b in blocks] == [False]


def test_a_list_of_the_citys_districts_and_a_firms_home_city() -> None:
    """ "the drones hit the Kholodnohirskyi and Shevchenkivskyi districts" in a Kharkiv story
    are Kharkiv's (Kyiv has a Shevchenkivskyi district too); "an analyst at a Moscow energy
    consultancy" names where a firm is, not a strike on Moscow (blind26)."""
    ms = _one(
        " date 2025-05-13\nKharkiv\n\nRussian drones attacked Kharkiv at dawn on Tuesday. "
        "According to Terekhov, the drones hit the Kholodnohirskyi and Shevchenkivskyi "
        "districts. Three people were injured."
    )
    assert {m.region_code for m in ms} == {"UA-63"}
    ms = _one(
        " date 2025-09-23\nKstovo\n\nDrones struck the Kstovo refinery in Nizhny Novgorod "
        'region on Tuesday.\n\n"Each strike on a large refinery now hits the domestic market," '
        "says an analyst at a Moscow energy consultancy."
    )
    assert {m.region_code for m in ms} == {"RU-NIZ"}


def test_a_weekly_chronicle_of_a_community_named_like_a_bigger_town() -> None:
    """A Kharkiv-region community's week: each "March 3." entry is its own day, and
    Zolochiv is the Kharkiv-region one the page is about (named twice) rather than Lviv's
    larger namesake, though the page thanks its Lviv twin (blind33)."""
    ms = _one(
        " date 2025-03-10\nZolochiv community, Bohodukhiv district, Kharkiv region\n\n"
        "Security situation in the community: results of the week\n\nChronicle of the week:\n\n"
        "March 3. At about 11:20, the enemy dropped a KAB on the outskirts of Zolochiv. 4 "
        "private houses were damaged.\n\nMarch 6. An FPV drone attacked a car on one of the "
        "streets of Zolochiv. Two men were injured and taken to hospital in Kharkiv region.\n\n"
        "Thanks to the Zolochiv community of the Lviv region, 300 food kits were delivered."
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("UA-63", date(2025, 3, 3)),
        ("UA-63", date(2025, 3, 6)),
    }


def test_wire_conventions_of_international_pages() -> None:
    """blind34: "KYIV — Russia launched drones at Ukraine" is filed from Kyiv, no strike on
    it; "22:30 GMT on Tuesday, or 01:30 local time on Wednesday" is Wednesday; "Belaya in the
    Irkutsk region" is no Chechen town that once bore the name; "Kyiv has described
    refineries as targets" is the government."""
    ms = _one(
        " date 2025-01-23\nNews\n\nKYIV — Russia launched 50 drones at Ukraine overnight, "
        "officials said on Thursday. Two people were injured in Kharkiv."
    )
    assert {m.region_code for m in ms} == {"UA", "UA-63"}
    ms = _one(
        " date 2024-09-25\nDanube\n\nRussian drones attacked the Izmail district of Ukraine's "
        "Odesa region at about 22:30 GMT on Tuesday, or 01:30 local time on Wednesday, "
        "injuring two people."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-51", date(2024, 9, 25))]
    ms = _one(
        " date 2025-06-02\nSpiderweb\n\nOn Sunday Ukrainian drones attacked strategic bomber "
        "bases, including Olenya in the Murmansk region and Belaya in the Irkutsk region, "
        "destroying several aircraft."
    )
    assert "RU-MUR" in {m.region_code for m in ms}
    assert "RU-CE" not in {m.region_code for m in ms}
    ms = _one(
        " date 2025-02-03\nTuapse\n\nDrones hit the Tuapse refinery early on Sunday. Kyiv has "
        "described Russia's refineries as legitimate military targets since it began striking "
        "them in early 2024."
    )
    assert {m.region_code for m in ms} == {"RU-KDA"}


def test_injuries_told_by_their_kind_belong_to_the_strike() -> None:
    """ "Two people suffered shrapnel wounds" after the strike's sentence is its toll, as
    "two people were injured" is (blind25)."""
    ms = _one(
        " date 2025-03-12\nSumy\n\nOn Wednesday drones struck an energy facility in Sumy. Two "
        "people suffered shrapnel wounds."
    )
    assert [(m.region_code, m.figures.injured) for m in ms] == [("UA-59", 2)]


def test_a_later_death_and_a_former_name() -> None:
    """ "Death toll ... rises to three" and "a third person has died in hospital" published
    the day after the strike count Tuesday's strike; "(formerly Leninsky)" is an old name,
    not the Donetsk district of that name (blind36)."""
    ms = _one(
        " date 2025-07-02\nIzhevsk\n\nDeath Toll From Drone Strike on Izhevsk Defense Plant "
        "Rises to Three\n\nThe number of people killed in a Ukrainian drone strike on a "
        "defense plant in the city of Izhevsk has risen to three, the head of the Udmurtia "
        'republic said on Wednesday.\n\n"A third person has died in hospital from his '
        'injuries."\n\nThe strike hit the plant in the middle of the working day on Tuesday. '
        "Videos showed a fixed-wing drone diving toward the complex."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-UD", date(2025, 7, 1))]
    ms = _one(
        " date 2024-12-05\nGrozny\n\nA drone hit a police building in Grozny's Akhmatovsky "
        "district (formerly Leninsky) on Thursday, injuring four people."
    )
    assert {m.region_code for m in ms} == {"RU-CE"}


def test_a_citys_districts_listed_labelled_and_a_village_in_a_named_district() -> None:
    """blind37, blind35: "the Kyivskyi, Saltivskyi, Shevchenkivskyi and Osnovianskyi districts
    of the city" are Kharkiv's; "Shevchenkivskyi district." labelling a paragraph of a Dnipro
    story is Dnipro's."""
    ms = _one(
        " date 2024-10-31\nKharkiv\n\nRussian troops attacked Kharkiv overnight, striking the "
        "Kyivskyi, Saltivskyi, Shevchenkivskyi and Osnovianskyi districts of the city, killing "
        "one person."
    )
    assert {m.region_code for m in ms} == {"UA-63"}
    ms = _one(
        " date 2025-05-03\nDnipro\n\nMissile strike on Dnipro: two killed in Shevchenkivskyi "
        "and Industrialnyi districts\n\nShevchenkivskyi district. A missile exploded near a "
        "nine-storey residential building. A man and a woman were killed."
    )
    assert {m.region_code for m in ms} == {"UA-12"}


def test_an_undated_page_gives_its_year_to_a_day_and_month() -> None:
    """No date line, but "in the early hours of 9 March 2025" in the lead: "on the evening of
    8 March" later is 8 March 2025, not an unknowable day (blind36)."""
    ms = _one(
        "MILITARNYI\nNews | War\n\nDrones hit Nalchik for the first time\n\nUkrainian attack "
        "drones struck an industrial site in Nalchik, the capital of Kabardino-Balkaria, in the "
        "early hours of 9 March 2025, injuring one employee.\n\nEarlier, on the evening of 8 "
        "March, Mikhail Razvozhayev claimed that air defence had shot down three drones over "
        "Sevastopol."
    )
    assert ("UA-40", date(2025, 3, 8)) in {(m.region_code, m.occurred_on) for m in ms}


def test_a_drone_drop_that_cut_power_is_a_strike() -> None:
    """ "a drone had dropped explosives on a substation in the Glushkovo district, cutting
    power to a dozen villages" names no other impact word (blind34)."""
    ms = _one(
        " date 2023-09-29\nKursk\n\nOn Thursday, Starovoit said a drone had dropped explosives "
        "on a substation in the Glushkovo district, cutting power to more than a dozen villages."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-KRS", date(2023, 9, 28))]


def test_a_weekly_digest_headed_by_weekdays() -> None:
    """A Saturday digest whose sections are headed "Monday", "Tuesday", ...: each item is of
    its heading's day, not of the publication day (blind38)."""
    ms = _one(
        " date 2023-08-19\nVerstka\n\nThe week in Russia's border regions\n\nMonday\n\n"
        "Belgorod region. Ukrainian forces shelled the village of Kozinka in the Grayvoron "
        "district. A local man was killed.\n\nThursday\n\nBryansk region. Ukrainian forces "
        "shelled the town of Klimovo. A woman was injured."
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("RU-BEL", date(2023, 8, 14)),
        ("RU-BRY", date(2023, 8, 17)),
    }


def test_scraping_leftovers_soft_hyphens_and_html_entities() -> None:
    """ "Niko\u00adpol" with a soft hyphen and "Kam&#8217;ianske" with an HTML entity are
    Nikopol and Kam'ianske (blind40)."""
    ms = _one(
        " date 2025-03-08\nNews\n\nRussian artillery shelled Niko\u00adpol on Saturday, "
        "injuring two people."
    )
    assert [m.region_code for m in ms] == ["UA-12"]
    ms = _one(
        " date 2024-11-14\nNews\n\nRussian drones attacked Kam&#8217;ianske on Thursday, "
        "injuring three people."
    )
    assert [m.region_code for m in ms] == ["UA-12"]


def test_a_photo_captions_date_is_not_the_pages() -> None:
    """A lead photo's caption "on September 29, 2024 [... via Reuters]" sits above the page's
    "Published On 30 Sep 2024": the page is of the 30th, so "on Monday" is the 30th, not the
    23rd (blind41)."""
    ms = _one(
        "World News\n\nKey events of the war, day 950\n\n"
        "Firefighters work at the site of a drone strike in Zaporizhzhia, Ukraine, on "
        "September 29, 2024 [Handout/Regional Administration via Reuters]\n\n"
        "Published On 30 Sep 2024\n\n"
        "Debris from downed drones damaged a house and several cars in the Holosiivskyi "
        "district of the capital, Kyiv, early on Monday, the city's military administration "
        "said. No casualties were reported."
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("UA-30", date(2024, 9, 30))]


def test_a_more_on_the_topic_list_of_dated_headlines() -> None:
    """ "More on the topic" over "12.02.2025 Russians shell Nikopol with artillery: woman
    injured": other stories' headlines, led by their dates (blind41)."""
    ms = _one(
        " date 2025-02-12\nNews\n\nRussian guided bombs hit Zaporizhzhia on Wednesday, "
        "injuring 19 people, the governor said.\n\nMore on the topic\n"
        "12.02.2025 Russians shell Nikopol with artillery: woman injured\n"
        "11.02.2025 Ukrainian drones attack Russia's Volgograd refinery, fire reported\n"
    )
    assert [m.region_code for m in ms] == ["UA-23"]
    ms = _one(
        " date 2025-02-12\nNews\n\nRussian guided bombs hit Zaporizhzhia on Wednesday, "
        "injuring 19 people, the governor said.\n\n"
        "11.02.2025 Ukrainian drones attack Russia's Volgograd refinery, fire reported\n"
        "10.02.2025 Russian guided bomb kills two in Kostiantynivka\n"
    )
    assert [m.region_code for m in ms] == ["UA-23"]


def test_a_paragraph_opening_with_its_day_tells_that_day() -> None:
    """ "This morning the shelling continued. At around 7:40 a drone attacked a car in
    Gorlovka": the morning's attack, not more of yesterday's story about Gorlovka (blind42).
    A paragraph opened by a day with no attack word goes on with the story."""
    ms = _one(
        " date 2024-07-19\nDAN\n\nUkrainian troops shelled Gorlovka on Thursday, killing one "
        "civilian.\n\nThis morning the shelling continued. At around 7:40 a drone attacked a "
        "car on the outskirts of Gorlovka, the mayor reported. The driver was injured."
    )
    got = {m.occurred_on: (m.figures.killed, m.figures.injured) for m in ms}
    assert got == {date(2024, 7, 18): (1, None), date(2024, 7, 19): (None, 1)}
    ms = _one(
        " date 2024-07-19\nDAN\n\nA Russian missile struck Dnipro on Thursday, killing one "
        "person.\n\nOn Friday morning rescuers finished the search in Dnipro. Two more bodies "
        "were found."
    )
    assert {m.occurred_on for m in ms} == {date(2024, 7, 18)}


def test_launch_platforms_and_sites_are_not_where_the_strike_was() -> None:
    """ "Kinzhal missiles from MiG-31K fighters over the Lipetsk and Tambov regions" and
    "missiles launched from coastal complexes in occupied Crimea": where they came from
    (blind42)."""
    ms = _one(
        " date 2025-01-23\nNews\n\nRussia attacked Kharkiv overnight with 6 Kh-47M2 Kinzhal "
        "missiles from MiG-31K fighters over the Lipetsk and Tambov regions, hitting an "
        "energy facility."
    )
    assert [m.region_code for m in ms] == ["UA-63"]
    ms = _one(
        " date 2024-12-28\nNews\n\nRussian troops struck the port of Odesa on Saturday with "
        "two Onyx missiles launched from coastal complexes in occupied Crimea, killing two "
        "port workers."
    )
    assert [m.region_code for m in ms] == ["UA-51"]


def test_a_ship_named_after_a_city_is_no_place() -> None:
    """ "damaged the Rostov-on-Don submarine and the Minsk landing ship" in Sevastopol: ships'
    names, not Rostov or Minsk (blind42)."""
    ms = _one(
        " date 2024-08-28\nNews\n\nOn Sept. 13, 2023, a missile strike on a shipyard in "
        "Sevastopol damaged the Rostov-on-Don submarine and the Minsk landing ship."
    )
    assert {m.region_code for m in ms} == {"UA-40"}


def test_a_birth_year_is_neither_a_date_nor_a_count() -> None:
    """ "a man born in 1961 and a woman born in 1958 were injured": ages, not the year of the
    strike (which would make it background) nor a toll of 1,958 (blind42, blind43)."""
    ms = _one(
        " date 2024-12-07\nNews\n\nA drone attacked Rylsk on Saturday. Two residents, a man "
        "born in 1961 and a woman born in 1958, were injured and taken to hospital.\n\n"
        "Shelling hit Gorlovka on Saturday. A woman born in 1974 was killed."
    )
    got = {(m.region_code, m.occurred_on): (m.figures.killed, m.figures.injured) for m in ms}
    assert got == {
        ("RU-KRS", date(2024, 12, 7)): (None, 2),
        ("UA-14", date(2024, 12, 7)): (1, None),
    }


def test_the_capital_as_its_government_comments_and_renames() -> None:
    """ "Kyiv rarely comments on ...", "Kyiv officials have said ...", "renamed Toretsk by
    Kiev": the government, not a strike on the capital (blind43, blind44, blind45)."""
    ms = _one(
        " date 2023-10-17\nReuters\n\nUkrainian drones struck an oil depot in Klintsy in "
        "Russia's Bryansk region overnight, the governor said. Ukraine rarely comments "
        "officially on attacks inside Russia, but Kyiv officials have said that fuel and "
        "military infrastructure are legitimate targets.\n\nKyiv rarely comments on "
        "individual drone attacks on Russia but says it targets military facilities."
    )
    assert {m.region_code for m in ms} == {"RU-BRY"}
    ms = _one(
        " date 2024-04-22\nDAN\n\nA shell killed a woman in Gorlovka on Sunday. The shelling "
        "came from the direction of Dzerzhinsk (renamed Toretsk by Kiev). A man was wounded."
    )
    assert {m.region_code for m in ms} == {"UA-14"}


def test_a_day_and_month_is_not_counted_from_an_older_date() -> None:
    """ "Satellite images taken on Monday, 9 June, show ..., two days after the strike": 9 June
    of the page's year, not of the year before, counted from the strike told just before
    (blind46)."""
    ms = _one(
        " date 2025-06-10\nNews\n\nImages show jets burnt out after Saturday's strike\n\n"
        "Satellite images taken on Monday, 9 June, show two burnt-out aircraft at the Saky "
        "airfield in western Crimea, two days after Ukrainian forces struck the base with "
        "drones."
    )
    assert {m.occurred_on for m in ms if m.region_code == "UA-43"} == {date(2025, 6, 9)}


def test_during_the_same_attack_is_the_attacks_day() -> None:
    """A section headed "Sevastopol" under a story of Saturday's strike: "During the same
    attack, air defence was also active in Sevastopol" is Saturday's (blind46)."""
    ms = _one(
        " date 2025-06-10\nNews\n\nUkrainian drones struck the Saky airfield in Crimea in "
        "the early hours of Saturday, 7 June.\n\nSevastopol\n\nDuring the same attack, "
        "Russian air defence was also active in Sevastopol. Four drones were shot down "
        "near the Belbek airfield, the governor said."
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("UA-43", date(2025, 6, 7)),
        ("UA-40", date(2025, 6, 7)),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "31 January 2024 - a missile hit a residential area. Two people were killed.",
            {"killed": 2},
        ),
        ("In 2024 missiles hit the city 40 times.", {}),
        ("January 31, 2024 - three missiles hit the city.", {"launched": 3}),
        ("On 5 May 12 drones were shot down.", {"intercepted": 12}),
        ("Air defence shot down 2024 drones in May.", {}),  # (no night has seen 2,024)
        ("A drone strike on the district on March 24 injured seven people.", {"injured": 7}),
        ("On March 3 12 people were injured.", {"injured": 12}),
    ],
)
def test_a_dates_numbers_are_no_counts(text: str, expected: dict[str, int]) -> None:
    """A chronicle's "31 January 2024 - a missile hit ..." launched neither 2,024 missiles nor
    31 (blind20); a count after a date is still a count."""
    assert _figs(text) == expected


def test_an_undated_page_dated_by_weekday_day_and_month() -> None:
    """A page with no date anywhere that says "early on Thursday, 14 August": the calendar
    fixes the year (14 August was a Thursday in 2025), so the strike is dated, and so is a
    background "Late on 31 May" told without a year (blind44, blind46)."""
    ms = extract(
        parse_article_text(
            "Kontekst\n\nFreight train derails after blast\n\nFourteen tank cars of a freight "
            "train derailed after an explosion under the track near Ryazhsk in Russia's Ryazan "
            "region early on Thursday, 14 August, the railway said.\n\nLate on 31 May, a road "
            "bridge collapsed onto a passenger train in Bryansk region after a blast, killing "
            "seven people.",
            "t.txt",
            datetime(2026, 11, 23, tzinfo=UTC),
        )
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("RU-RYA", date(2025, 8, 14)),
        ("RU-BRY", date(2025, 5, 31)),
    }


def test_a_village_named_like_a_big_city_is_that_village_all_page_long() -> None:
    """A Belgorod governor's summary headed "man killed near Murom" that later says "near the
    village of Murom": the village, not Murom in Vladimir oblast (127,000 people), in the
    headline too (blind49)."""
    ms = _one(
        " date 2024-11-12\nBelgorod\n\nKozinka under fire, man killed near Murom\n\n"
        "Ukrainian forces shelled Kozinka in the Belgorod region on Tuesday, the governor "
        "said. Near the village of Murom, an FPV drone struck a car. The driver died of his "
        "injuries."
    )
    assert {m.region_code for m in ms} == {"RU-BEL"}


def test_where_the_weapons_were_launched_from_is_no_incident() -> None:
    """ "Kh-101s fired from bombers from the area of Engels in Russia's Saratov Oblast and
    Iskanders launched from Russia's Kursk Oblast", "launched from the occupied territory of
    the Zaporizhzhia region": launch sites, and "in Russia's X Oblast" is no national mention
    (blind50)."""
    ms = _one(
        " date 2025-04-03\nNews\n\nRussia struck Kyiv overnight, killing three people. The "
        "Air Force said Russia launched eight Kh-101 cruise missiles fired from Tu-95MS bombers "
        "from the area of Engels in Russia's Saratov Oblast and three Iskander-M missiles "
        "launched from Russia's Kursk Oblast. Air defence shot down nine missiles."
    )
    assert {m.region_code for m in ms} <= {"UA-30", "UA"}
    ms = _one(
        " date 2024-09-14\nNews\n\nA missile struck Kryvyi Rih on Saturday, killing one "
        "person. The missile was launched from the occupied territory of the Zaporizhzhia "
        "region, the Air Force said."
    )
    assert {m.region_code for m in ms} == {"UA-12"}


def test_a_river_named_like_a_city_and_a_firing_position() -> None:
    """ "the restoration of the Dnipro embankment" names the river, not Dnipro city, so it does
    not pull Huliaipole to its Dnipropetrovsk namesake (blind48); "fire at the Nikopol
    district from the occupied Enerhodar" names where they fire from."""
    ms = _one(
        " date 2025-01-28\nZaporizhzhia news\n\nThe enemy killed a resident of Huliaipole on "
        "Monday with an FPV drone, the regional military administration said.\n\n"
        "The restoration of the Dnipro embankment will begin in spring."
    )
    assert {m.region_code for m in ms} == {"UA-23"}
    ms = _one(
        " date 2024-06-29\nNikopol news\n\nRussian artillery shelled Nikopol on Saturday, "
        "injuring two people. The Russians fire at the Nikopol district from the occupied "
        "Enerhodar on the opposite bank of the reservoir."
    )
    assert {m.region_code for m in ms} == {"UA-12"}


def test_last_year_after_a_list_of_days_and_a_trial() -> None:
    """ "the previous attacks on the same plant, on 25 January and 17 May last year" are of
    the year before; "A court sentenced a woman for passing the coordinates of a plant that
    the army later hit with guided bombs" is a trial, no strike of the day (blind51)."""
    ms = _one(
        " date 2025-02-18\nNews\n\nDrones hit the Tuapse refinery overnight, the region said. "
        "It was the same after the previous attacks on the Tuapse refinery, on 25 January "
        "and 17 May last year, when drones also hit the plant."
    )
    assert {m.occurred_on for m in ms} == {date(2025, 2, 18), date(2024, 1, 25)}
    ms = _one(
        " date 2025-02-12\nUkrinform\n\nA court in Zaporizhzhia has sentenced a 47-year-old "
        "local woman to 10 years in prison for passing Russian special services the "
        "coordinates of an industrial enterprise in the city, which the Russian army later hit "
        "with guided aerial bombs."
    )
    assert ms == []


def test_a_long_menu_line_is_not_the_first_paragraph() -> None:
    """A site menu of over 150 characters ("Russian Politics & Diplomacy | World | ...") is
    no prose: the page's date is looked for down to its real first paragraph, a TASS
    dateline "BELGOROD, November 9. /TASS/." whose Saturday pins the year (blind47)."""
    menu = " | ".join(
        (
            "Russian Politics & Diplomacy",
            "World",
            "Business & Economy",
            "Military & Defense",
            "Science & Space",
            "Emergencies",
            "Society & Culture",
            "Press Review",
            "Sports",
            "Photo & Video",
        )
    )
    assert len(menu) >= 150
    text = (
        f"TASS\nRussian News Agency\n{menu}\nEN | DE | FR\nSearch\nSpecial military operation\n\n"
        "Drone attack on bus in Belgorod Region kills one\n\nAccording to the governor, the "
        "drone hit a shuttle bus in the settlement of Razumnoye\n\n9 NOV, 14:37\n\n"
        "BELGOROD, November 9. /TASS/. A Ukrainian FPV drone attacked a shuttle bus in the "
        "settlement of Razumnoye in the Belgorod District, killing one man and injuring seven, "
        "Governor Vyacheslav Gladkov said. It was the region's worst attack on Saturday."
    )
    ms = extract(parse_article_text(text, "t.txt", datetime(2026, 11, 23, tzinfo=UTC)))
    assert {(m.region_code, m.occurred_on) for m in ms} == {("RU-BEL", date(2024, 11, 9))}


def test_a_subheading_takes_the_day_of_the_story_under_it() -> None:
    """ "Sumy Oblast under fire" over a paragraph about Aug. 7 is of Aug. 7, not a strike on
    the publication day; a sidebar line ending in its own bare date ("... eight injured
    07.08.2024") is a link (blind49)."""
    ms = _one(
        " date 2024-08-08\nNews\n\nA Ukrainian drone struck a car in Sudzha in the Kursk "
        "region on Aug. 8, killing two people.\n\nSumy Oblast under fire\n\nRussian forces shelled "
        "11 communities in Ukraine's Sumy Oblast on Aug. 7, injuring one person in "
        "Krasnopillia.\n\nRead more\nGladkov: drone hit a minibus in Belgorod district, eight "
        "injured 07.08.2024\n"
    )
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("RU-KRS", date(2024, 8, 8)),
        ("UA-59", date(2024, 8, 7)),
    }
    assert [b.text for b in clean("Gladkov: drone hit a minibus, eight injured 07.08.2024")] == []


def test_a_weekday_told_of_a_date_already_given() -> None:
    """ "The strike took place on a Saturday afternoon" after "on 25 May 2024" (a Saturday) is
    that day, not the Saturday before publication; "one of the largest in Ukraine" ranks a
    plant, it does not place a strike (blind56)."""
    ms = _one(
        " date 2025-03-14\nNews\n\nAccording to the investigation, on 25 May 2024 the crews "
        "dropped two guided bombs on a hypermarket in Kharkiv. The strike took place on a "
        "Saturday afternoon, when the store was crowded. The attack killed 19 people.\n\n"
        "Two days earlier, a missile strike on a printing house, one of the largest in Ukraine, "
        "killed seven workers.\n"
    )
    assert [(m.region_code, m.occurred_on, m.figures.killed) for m in ms] == [
        ("UA-63", date(2024, 5, 25), 19)
    ]


def test_a_period_toll_is_no_incident() -> None:
    """ "In 2023, Russian attacks killed 219 civilians in the region" and "since August 2024,
    more than 300 ... have been killed" are totals with no day: no incident. "In March of
    this year, drones hit a refinery" is still one strike, undated (blind56, blind36)."""
    ms = _one(
        " date 2025-08-06\nNews\n\nIn 2023, according to the regional military administration, "
        "Russian attacks killed 219 civilians in Dnipropetrovsk region and injured more than "
        "1,300.\n\nSince August 2024, more than 300 civilians have been killed by Ukrainian "
        "drones and shelling in the Kursk region, officials said.\n\nIn March of this year, "
        "drones hit the Novoil refinery in Ufa, causing a fire but no casualties.\n"
    )
    assert [(m.region_code, m.occurred_on) for m in ms] == [("RU-BA", None)]


def test_also_read_starts_the_tail() -> None:
    """ "Also read:" over headlines with their dates on the next line is a list of links: a
    headline there is no strike on the day under it (blind42)."""
    ms = _one(
        " date 2024-07-19\nNews\n\nAt around 7:40 a drone attacked a car on the outskirts of "
        "Gorlovka, the mayor reported. The driver was injured.\n\nAlso read:\n\nDrone attack on "
        "a car in Gorlovka: two wounded\n17.07.2024 19:22\n"
    )
    assert [(m.region_code, m.occurred_on, m.figures.injured) for m in ms] == [
        ("UA-14", date(2024, 7, 19), 1)
    ]


def test_a_brief_with_key_points_a_list_and_footnotes() -> None:
    """A weekly brief (blind53): "Published: 1 April 2024" is its date, not "Covering 25-31
    March 2024" above it; a "Key points" item sums up the body (its day is the body's); the
    items of a list take the day its introduction told; an analyst's footnote mark ".[13]"
    ends a sentence; "a strike against Kyiv City on the night of July 3 to 4" is a strike on
    the city, and its "4" no toll."""
    text = (
        "ENERGY POLICY CENTRE\nResearch | Briefs | Data\n\nWeekly Energy Security Brief\n"
        "Covering 25-31 March 2024\nPublished: 1 April 2024\n\nGeneration under fire\n\n"
        "Key points\n\n1. Thermal power plants were hit, including the Ladyzhyn plant.\n\n"
        "2. Imports reached a record.\n\nThe strike\n\nIn the early hours of Friday 29 March, "
        "Russia launched 99 missiles and drones at Ukraine. The main targets were:\n\n"
        "- Vinnytsia Oblast: the Ladyzhyn TPP was struck, causing a fire. Two people were "
        "injured.\n\n- Cherkasy Oblast: a drone hit a facility in the Zolotonosha district.\n\n"
        "Kharkiv\n\nMayor Ihor Terekhov reported that drones struck Kharkiv on Sunday 31 March, "
        "injuring four people.[13] The strike followed a combined strike against Kyiv City on "
        "the night of March 27 to 28, which killed two civilians.[14]\n"
    )
    ms = extract(parse_article_text(text, "t.txt", datetime(2026, 11, 23, tzinfo=UTC)))
    got = {(m.region_code, m.occurred_on, m.figures.killed, m.figures.injured) for m in ms}
    assert got == {
        ("UA", date(2024, 3, 29), None, None),  # (the Air Force's country-wide count)
        ("UA-05", date(2024, 3, 29), None, 2),
        ("UA-71", date(2024, 3, 29), None, None),
        ("UA-63", date(2024, 3, 31), None, 4),
        ("UA-30", date(2024, 3, 28), 2, None),
    }


def test_an_undated_page_whose_text_fixes_its_week() -> None:
    """An undated page that says "on the evening of Sunday, 2 March" (of 2025, by the
    calendar) dates its "Overnight into Monday" to 3 March; drones "launched from the occupied
    left bank of the Dnipro, near Enerhodar" and towns "under constant threat" are no
    incidents (blind57)."""
    text = (
        "News\n\nRussian forces attacked the Tomakivka hromada of the Nikopol district on the "
        "evening of Sunday, 2 March, injuring a 78-year-old woman. Overnight into Monday, "
        "Russian artillery shelled Marhanets, damaging two houses.\n\nResidents of the "
        "riverside towns live under constant threat from artillery and FPV drones launched "
        "from the occupied left bank of the Dnipro, near Enerhodar.\n"
    )
    ms = extract(parse_article_text(text, "t.txt", datetime(2026, 11, 23, tzinfo=UTC)))
    assert {(m.region_code, m.occurred_on) for m in ms} == {
        ("UA-12", date(2025, 3, 2)),
        ("UA-12", date(2025, 3, 3)),
    }


def test_counts_per_weapon_and_over_the_region() -> None:
    """ "of which 11 missiles and 118 drones were shot down" is 129 shot down (it was 11);
    "destroyed nine drones over the region", after other regions were told, is the count of
    the region the story is on (blind58)."""
    ms = _one(
        " date 2025-11-03\nNews\n\nUkraine's air force says Russia launched 19 missiles and 140 "
        "drones overnight, of which 11 missiles and 118 drones were shot down.\n\nIn the Moscow "
        "region, debris from a downed drone damaged houses in Domodedovo.\n\nFurther south, in "
        "the Tula region, a drone attack triggered a fire at a plant in Novomoskovsk, governor "
        "Dmitry Milyaev said. Mr Milyaev said air defences destroyed nine drones over the "
        "region and that there were no casualties.\n"
    )
    got = {m.region_code: m.figures.intercepted for m in ms}
    assert got["UA"] == 129
    assert got["RU-TUL"] == 9


def test_where_jets_took_off_and_where_drones_are_made_are_no_incidents() -> None:
    """ "Kinzhal missiles fired from MiG-31K jets that took off from the Savasleyka air base in
    Russia's Nizhny Novgorod region", "Shahed drones, mass-produced by Russia at a plant in
    Yelabuga, also targeted Kyiv Oblast": a base and a factory, not strikes (blind55)."""
    ms = _one(
        " date 2025-09-10\nNews\n\nRussia launched 40 missiles, including Kinzhal missiles "
        "fired from MiG-31K jets that took off from the Savasleyka air base in Russia's Nizhny "
        "Novgorod region, at Lviv overnight.\n\nIranian-designed Shahed drones, now "
        "mass-produced by Russia at a plant in Yelabuga, also targeted Zhytomyr.\n"
    )
    assert {m.region_code for m in ms} == {"UA-46", "UA-18"}


def test_a_caption_with_an_editors_note_is_still_a_caption_of_the_news() -> None:
    """A gallery caption ending "... via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN
    SUPPLIED BY A THIRD PARTY." is prose like its neighbours ending "REUTERS/Name"; " - AFP"
    still marks a credit line (blind58)."""
    text = (
        "Rescuers work at the site of a building hit by a Russian missile strike in Kryvyi "
        "Rih, Ukraine September 11, 2023. The strike killed one person. Press service/Handout "
        "via REUTERS ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY."
    )
    assert [b.support for b in clean(text)] == [False]
    assert [b.support for b in clean("Smoke over the port of Odesa on Monday - AFP")] == [True]


def test_a_capital_before_a_quotation_is_its_government() -> None:
    """'Sikorski said the attack showed that Moscow "is not interested in peace"' speaks of
    the government: the night's national count below is no strike on Moscow (blind55)."""
    ms = _one(
        " date 2025-03-07\nNews\n\nForeign Minister Radoslaw Sikorski said the attack showed "
        'that Moscow "is not interested in peace". "Putin sends 67 missiles and nearly 200 drones '
        'against the energy supply of a country in winter," Sikorski wrote on X.\n\nEnergy '
        "infrastructure hit near the border\n\nAccording to Ukraine's air force, Russia "
        "launched 67 missiles and 194 drones. Air defences shot down 34 missiles and 100 drones, "
        "the air force said.\n"
    )
    assert "RU-MOW" not in {m.region_code for m in ms}
