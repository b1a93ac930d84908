"""Quality floors and the pipeline gaps they guard: tolls, background, headlines, officials,
claims and attribution. Floors pin the scores reached so a change can only raise them."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from schemas import IncidentMention
from streams.articles import read_article_file
from streams.extraction import extract, warm_up
from tests.extraction_helpers import figures_of as _figs
from tests.extraction_helpers import mentions_of as _one

REPO = Path(__file__).resolve().parents[2]
SCORER = REPO.parent / "shared" / "eval" / "score.py"
SEED_GOLD = REPO.parent / "shared" / "eval" / "gold"
ARTICLES = REPO / "tests" / "articles"

SEED_FLOORS = {
    "precision": 0.619,
    "recall": 0.667,
    "f1": 0.642,
    "attack_jaccard": 1.0,
    "target_jaccard": 0.846,
    "killed_exact": 1.0,
    "injured_exact": 1.0,
    "intercepted_exact": 1.0,
}
"""Seed scores (003 and 004 carry no knowable date: their incidents cannot match)."""
OWN_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.963,
    "target_jaccard": 0.963,
    "killed_exact": 1.0,
    "injured_exact": 0.955,
    "intercepted_exact": 1.0,
}

BLIND_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.939,
    "target_jaccard": 0.912,
    "killed_exact": 0.958,
    "injured_exact": 0.969,
    "intercepted_exact": 1.0,
}
"""Articles in `blind/` were written and labelled by a helper who never read the extractor:
the closest we have here to the hidden set. Their first score, before any fix they prompted:
precision 0.691, recall 0.875, F1 0.772."""


BLIND2_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.92,
    "target_jaccard": 0.78,
    "killed_exact": 1.0,
    "injured_exact": 1.0,
    "intercepted_exact": 1.0,
}
"""A second blind set (`blind2/`), written by another helper that never read the extractor.
Scored once as delivered (2026-11-22), before any fix: precision 0.839, recall 0.905, F1 0.87,
attack 0.854, target 0.651, killed 0.769, injured 0.778, intercepted 0.556 -- the honest
figure for unseen outlets. The floors are the scores after the generic fixes it prompted
(urban districts, toll and statement dates, mid-article link lists, habits, parts of totals),
so they are now optimistic like `blind/`'s."""


BLIND3_FLOORS = {
    "precision": 0.981,
    "recall": 1.0,
    "f1": 0.99,
    "attack_jaccard": 0.926,
    "target_jaccard": 0.899,
    "killed_exact": 0.955,
    "injured_exact": 0.971,
    "intercepted_exact": 0.929,
}
"""A third blind set (`blind3/`, 12 articles, 2 negatives), written 2026-11-23 by a helper that
read neither the extractor nor the other blind sets. Scored as delivered: precision 0.941,
recall 0.944, F1 0.943, attack 0.903, target 0.812, killed 0.8, injured 0.875, intercepted
0.818 -- the honest figure for unseen outlets after the fixes blind2 prompted. The floors are
the scores after the generic fixes it prompted in turn (TASS datelines, place-labelled
paragraphs, namesakes outside the region the sentence names), so now optimistic too."""


BLIND4_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.941,
    "target_jaccard": 0.827,
    "killed_exact": 0.947,
    "injured_exact": 0.889,
    "intercepted_exact": 0.929,
}
"""A fourth blind set (`blind4/`, 12 articles, 2 negatives: factbox, regional-site and
think-tank styles, tolls rising across paragraphs, per-region drone counts), written
2026-11-23 by a helper that read neither the extractor nor the other sets. As delivered:
precision 0.865, recall 0.862, F1 0.864, attack 0.967, target 0.826, killed 0.8, injured
0.826, intercepted 0.3 -- the honest figure for unseen outlets after the fixes blind3
prompted. The floors are the scores after the fixes it prompted in turn."""


BLIND5_FLOORS = {
    "precision": 0.951,
    "recall": 1.0,
    "f1": 0.975,
    "attack_jaccard": 0.923,
    "target_jaccard": 0.872,
    "killed_exact": 0.909,
    "injured_exact": 0.87,
    "intercepted_exact": 0.7,
}
"""A fifth blind set (`blind5/`, 12 articles, 2 negatives: Reuters, Kyiv Independent,
Meduza, TASS, Suspilne, Guardian, AP, Ukrainska Pravda, Bloomberg, Novaya Gazeta Europe, Al
Jazeera, AFP styles), written 2026-11-23 by a helper that read neither the extractor nor the
other sets. As delivered: precision 0.902, recall 1.0, F1 0.949, attack 0.932, target 0.838,
killed 0.762, injured 0.87, intercepted 0.6 -- the honest figure after the fixes blind4
prompted. The floors are the scores after the fixes it prompted in turn."""


BLIND6_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.977,
    "target_jaccard": 0.845,
    "killed_exact": 0.905,
    "injured_exact": 0.885,
    "intercepted_exact": 0.917,
}
"""A sixth blind set (`blind6/`, 14 articles with their sites' full navigation menus, two
pairs of near-duplicate coverage, one undated article), written 2026-11-23 by a helper that
read neither the extractor nor the other sets, scored as delivered: F1 0.255. Most misses
had one cause: a byline date below a long navigation menu was never read. The floors are the
scores after that fix (F1 0.94) and the ones it prompted in turn."""


BLIND7_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.981,
    "target_jaccard": 0.895,
    "killed_exact": 1.0,
    "injured_exact": 1.0,
    "intercepted_exact": 0.714,
}
"""A seventh blind set (`blind7/`, 12 articles, a near-duplicate pair, 2 negatives), written
2026-11-23 after the blind6 fixes by a helper that read neither the extractor nor the other
sets, scored as delivered. Its author judged it easier than the hidden set (clear dates and
figures, little noise): a ceiling, not an estimate."""


BLIND8_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.957,
    "target_jaccard": 0.804,
    "killed_exact": 1.0,
    "injured_exact": 0.97,
    "intercepted_exact": 0.875,
}
"""An eighth blind set (`blind8/`, 12 articles, 2 negatives: a live blog, a key-events list, a
TASS per-region UAV tally in Russian spellings, an Air Force overnight summary, a regional page
with related-story links, odd relative dates, a rising toll, a near-duplicate pair, numbers in
words, an analysis and an industrial blast that rules out an attack), written 2026-11-23 after
the blind7 fixes by a helper that read neither the extractor nor the other sets. Scored as
delivered: precision 0.873, recall 0.949, F1 0.909, attack 0.964, target 0.791, killed 0.92,
injured 0.879, intercepted 0.529 -- the honest figure for unseen outlets after session 7."""


BLIND9_FLOORS = {
    "precision": 0.976,
    "recall": 1.0,
    "f1": 0.988,
    "attack_jaccard": 0.894,
    "target_jaccard": 0.871,
    "killed_exact": 0.95,
    "injured_exact": 0.923,
    "intercepted_exact": 0.867,
}
"""A ninth blind set (`blind9/`, 12 whole pages: UNIAN with "Read also" links, a rising toll,
Kommersant's Russian spellings, an occupation official via a wire, a BBC explainer with
background strikes, a Meduza digest, a Reuters weekly factbox, a governor's timed Telegram
posts, an ISW assessment, a blackout story, a near-duplicate pair), written 2026-11-23 after the
blind8 fixes by a helper that read neither the extractor nor the other sets. Scored as
delivered: precision 0.762, recall 0.781, F1 0.771, attack 0.865, target 0.789, killed 0.938,
injured 0.95, intercepted 0.636 -- the honest figure for unseen outlets after session 8."""


BLIND10_FLOORS = {
    "precision": 0.98,
    "recall": 1.0,
    "f1": 0.99,
    "attack_jaccard": 0.943,
    "target_jaccard": 0.849,
    "killed_exact": 1.0,
    "injured_exact": 0.938,
    "intercepted_exact": 0.933,
}
"""A tenth blind set (`blind10/`, 12 pages: an Al Jazeera key-events list, a Suspilne
per-hromada roundup with a later update, a Kursk outlet quoting the operational HQ in words,
the Moscow Times on a refinery with the MoD's per-region tally, an AP toll that rises, a
memorial of a year-old strike, TASS with no year, a sanctions story (negative), the Kyiv
Independent on an Air Force summary, a Reuters claim and denial, the Guardian's British
relative dates, a glide-bomb weekly tally), written 2026-11-23 after the blind9 fixes by a
helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.673, recall 0.733, F1 0.702, attack 0.82, target 0.747, killed 0.778, injured 0.68,
intercepted 0.833 -- the honest figure for unseen outlets after session 9. The floors are the
scores after the generic fixes it prompted (bracketed photo credits, past-day roundups after
navigation, byline pairs, overnight spans, year-less datelines, anniversaries, national tallies
over a list of regions, sanctions "targeting", "Kyiv source says")."""


BLIND11_FLOORS = {
    "precision": 0.929,
    "recall": 1.0,
    "f1": 0.963,
    "attack_jaccard": 0.891,
    "target_jaccard": 0.699,
    "killed_exact": 0.938,
    "injured_exact": 0.895,
    "intercepted_exact": 0.818,
}
"""An eleventh blind set (`blind11/`, 12 pages on less-covered places: an "explosions heard"
item with its update, a Bryansk portal in Russian spellings, a Defence Ministry bulletin, Moscow
airport closures, a General Staff summary, a correction, "shortly after midnight on Sunday",
a refinery explainer of dated past strikes (no new incident), a toll rising over three
updates, sea drones at Novorossiysk, one strike under two place names, an interceptor-drone
production story (negative)), written 2026-11-23 by a helper that read neither the extractor
nor the other sets. Scored as delivered: precision 0.78, recall 1.0, F1 0.877, attack 0.852,
target 0.742, killed 0.75, injured 0.846, intercepted 0.7. The floors are the scores after the
generic fixes it prompted (run-in dated headings, sections ending a timeline, incidents with
nothing said of them, "X district of Y", "no serious damage or casualties")."""


BLIND12_FLOORS = {
    "precision": 0.969,
    "recall": 0.944,
    "f1": 0.956,
    "attack_jaccard": 0.863,
    "target_jaccard": 0.785,
    "killed_exact": 0.909,
    "injured_exact": 0.947,
    "intercepted_exact": 0.818,
}
"""A twelfth blind set (`blind12/`: a RIA translation, an OVA per-settlement tally and a
later city strike, a weekend roundup published Monday, a partisan arson claim, the IAEA on the
nuclear plant, a Telegram repost whose year is only in its footer, hourly updates, Crimea, a
funeral three days after a strike, a talks story quoting UN monthly totals (negative), a
Reuters headline toll ahead of its body, a Lipetsk governor's report), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.848, recall 0.833, F1 0.841, attack 0.812, target 0.729, killed 0.9, injured 0.824,
intercepted 0.8. The floors are the scores after the generic fixes it prompted (year-less
stamp lines, "late last night", bylines under a standfirst, "20244:51 PM", hyphenated names,
a country's undated monthly toll)."""


BLIND13_FLOORS = {
    "precision": 0.923,
    "recall": 1.0,
    "f1": 0.96,
    "attack_jaccard": 0.906,
    "target_jaccard": 0.697,
    "killed_exact": 0.933,
    "injured_exact": 0.944,
    "intercepted_exact": 0.857,
}
"""A thirteenth blind set (`blind13/`, stressing numbers, weapons and targets: glide bombs
with per-village and regional tolls, a morning and an evening strike, a combined barrage, FPV
and Molniya drones, Smerch on a hospital, S-300 on an apartment block with a rising toll, a
port, a drone plant with a toll revised down, an airfield and a port claimed by the SBU, a
pumping station, an occupation official, a weapons exhibition (negative)), written 2026-11-23
by a helper that read neither the extractor nor the other sets. Scored as delivered:
precision 0.852, recall 0.947, F1 0.897, attack 0.837, target 0.618, killed 0.643, injured
0.706, intercepted 0.714. The floors are the scores after the generic fixes it prompted (an
aftermath told before its strike keeps the strike's day, "one missile destroyed an entrance"
is no interception, "bordering its Kursk region")."""


BLIND14_FLOORS = {
    "precision": 0.973,
    "recall": 1.0,
    "f1": 0.986,
    "attack_jaccard": 0.905,
    "target_jaccard": 0.91,
    "killed_exact": 0.909,
    "injured_exact": 0.917,
    "intercepted_exact": 1.0,
}
"""A fourteenth blind set (`blind14/`: one Donetsk shelling told by a wire, a Ukrainian and a
Russian state outlet with rising tolls, "2200 GMT on Sunday" beside a local time, "the night
of 14 to 15 March", "late on Saturday and early on Sunday", "last weekend", numeric dates,
Russian spellings and "the DPR", "a dozen", "a family of four", a live page across midnight,
a three-region roundup, three negatives), written 2026-11-23 by a helper that read neither
the extractor nor the other sets. Scored as delivered: precision 0.81, recall 0.923, F1
0.863, attack 0.858, target 0.816, killed 0.842, injured 0.81, intercepted 1.0. The floors are
the scores after the generic fixes it prompted."""

BLIND15_FLOORS = {
    "precision": 0.862,
    "recall": 1.0,
    "f1": 0.926,
    "attack_jaccard": 0.953,
    "target_jaccard": 0.683,
    "killed_exact": 0.824,
    "injured_exact": 0.905,
    "intercepted_exact": 0.889,
}
"""A fifteenth blind set (`blind15/`: machine-translated Ukrainian and Russian outlets, western
Ukraine and deep Russian regions, a ministry tally "15 - over the territory of the Bryansk
region, 11 - ...", interception-only reports, energy and infrastructure targets in many
words, two negatives, tolls that rise during the day), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.88, recall 0.8, F1
0.838, attack 0.898, target 0.619, killed 0.688, injured 0.9, intercepted 0.467. The floors
are the scores after the generic fixes it prompted."""


BLIND16_FLOORS = {
    "precision": 0.9,
    "recall": 0.944,
    "f1": 0.922,
    "attack_jaccard": 1.0,
    "target_jaccard": 0.812,
    "killed_exact": 1.0,
    "injured_exact": 0.889,
    "intercepted_exact": 1.0,
}
"""A sixteenth blind set (`blind16/`: a weekly digest whose paragraphs open "Monday, 4
November: Kharkiv.", Telegram-channel reports confirmed, denied and left unconfirmed,
front-line hromadas, a photo gallery, an interview, a correction note, two negatives), written
2026-11-23 by a helper that read neither the extractor nor the other sets. Scored as
delivered: precision 0.727, recall 0.778, F1 0.752, attack 0.917, target 0.719, killed 1.0,
injured 0.867, intercepted 1.0. The floors are the scores after the generic fixes it
prompted."""

BLIND17_FLOORS = {
    "precision": 0.912,
    "recall": 1.0,
    "f1": 0.954,
    "attack_jaccard": 0.882,
    "target_jaccard": 0.737,
    "killed_exact": 0.789,
    "injured_exact": 0.842,
    "intercepted_exact": 0.769,
}
"""A seventeenth blind set (`blind17/`: hard-to-count casualty phrasing, page dates as "the
22nd of March 2025", "18 FEB 2025" and a URL breadcrumb, many weapon names, western Ukraine
and rarely struck Russian regions, an air-defence drill and a compensation story as
negatives), written 2026-11-23 by a helper that read neither the extractor nor the other sets.
Scored as delivered: precision 0.675, recall 0.852, F1 0.753, attack 0.901, target 0.698,
killed 0.765, injured 0.824, intercepted 0.364. The floors are the scores after the generic
fixes it prompted."""


BLIND18_FLOORS = {
    "precision": 0.962,
    "recall": 1.0,
    "f1": 0.98,
    "attack_jaccard": 0.81,
    "target_jaccard": 0.699,
    "killed_exact": 0.95,
    "injured_exact": 0.947,
    "intercepted_exact": 0.385,
}
"""An eighteenth blind set (`blind18/`: Russian regional and independent outlets in
translation, "Belgorodskaya oblast'", occupied territories named the Russian way, installed
officials, airfields and ports, Black Sea claims, a court case and the Crimean bridge as
negatives), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.812, recall 1.0, F1 0.897, attack 0.811, target 0.705,
killed 0.9, injured 0.85, intercepted 0.385. The floors are the scores after the generic
fixes it prompted (a street, a sea, "aircraft used to drop bombs on X")."""

BLIND19_FLOORS = {
    "precision": 0.935,
    "recall": 1.0,
    "f1": 0.967,
    "attack_jaccard": 0.931,
    "target_jaccard": 0.819,
    "killed_exact": 1.0,
    "injured_exact": 1.0,
    "intercepted_exact": 1.0,
}
"""A nineteenth blind set (`blind19/`: two-sentence briefs, push alerts, a night's timeline
across midnight, drones falling in Romania, Moldova, Latvia and Poland, a fact-check of a
refinery video, a match stopped by an alert, an exhibition of shrapnel, outage schedules, a
day-N summary), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.853, recall 1.0, F1 0.921, attack 0.931, target
0.784, killed 0.933, injured 1.0, intercepted 1.0. The floors are the scores after the
generic fixes it prompted (a launch area, "no credible reports of a drone attack")."""


BLIND20_FLOORS = {
    "precision": 0.966,
    "recall": 1.0,
    "f1": 0.982,
    "attack_jaccard": 0.78,
    "target_jaccard": 0.78,
    "killed_exact": 0.857,
    "injured_exact": 0.731,
    "intercepted_exact": 1.0,
}
"""A twentieth blind set (`blind20/`: Donetsk front-line towns with per-town tolls, names
that are words or surnames, trains and double-tap strikes on rescuers, Russian weekly and
monthly totals, a prisoner exchange and an anniversary as negatives, a long history of one
city's strikes), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.926, recall 1.0, F1 0.962, attack 0.833, target 0.833,
killed 0.778, injured 0.565, intercepted 0.667. The floors are the scores after the generic
fixes it prompted."""

BLIND21_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.969,
    "target_jaccard": 0.615,
    "killed_exact": 0.941,
    "injured_exact": 0.913,
    "intercepted_exact": 0.842,
}
"""A twenty-first blind set (`blind21/`: refineries told by energy media with throughput
figures, Urals and Volga regions with distances from the border, Ukrainian gas and hydro
plants with outage counts, tallies with ranges and percentages, a Telegram digest by region,
two market negatives), written 2026-11-23 by a helper that read neither the extractor nor the
other sets. Scored as delivered: precision 0.774, recall 0.773, F1 0.773 (two pages whose
only dates were a dropped navigation line and a post stamp at the bottom). The floors are the
scores after the fixes it prompted."""


BLIND22_FLOORS = {
    "precision": 0.895,
    "recall": 1.0,
    "f1": 0.944,
    "attack_jaccard": 0.941,
    "target_jaccard": 0.858,
    "killed_exact": 0.933,
    "injured_exact": 0.917,
    "intercepted_exact": 0.778,
}
"""A twenty-second blind set (`blind22/`: capitals and the regions around them: Kyiv's
districts and Kyiv oblast, Sobyanin's posts and Moscow oblast towns, St Petersburg and
Leningrad oblast, Sevastopol and Crimea, addresses such as "Odeska Street" or "Kharkivske
Highway", three nights in one city, two negatives), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.829, recall 1.0, F1
0.907, attack 0.941, target 0.799, killed 0.867, injured 0.792, intercepted 0.667. The floors
are the scores after the generic fixes it prompted."""

BLIND23_FLOORS = {
    "precision": 0.979,
    "recall": 1.0,
    "f1": 0.989,
    "attack_jaccard": 0.883,
    "target_jaccard": 0.805,
    "killed_exact": 0.833,
    "injured_exact": 0.919,
    "intercepted_exact": 0.421,
}
"""A twenty-third blind set (`blind23/`: tables as text, bulleted and numbered region lists, a
Q&A, a TV transcript, European and US numeric dates, a headline naming the wrong city, two
negatives), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.878, recall 0.914, F1 0.896 (one AP page dated
"02/10/2025", month first). The floors are the scores after the fix it prompted."""


BLIND24_FLOORS = {
    "precision": 0.84,
    "recall": 1.0,
    "f1": 0.913,
    "attack_jaccard": 0.81,
    "target_jaccard": 0.683,
    "killed_exact": 0.833,
    "injured_exact": 0.929,
    "intercepted_exact": 0.857,
}
"""A twenty-fourth blind set (`blind24/`: one fresh strike hidden in long analysis, "what we
know" explainers with foreign reactions, contradicting claims from both sides, sabotage in
occupied territory, an opinion column and a mayor's interview as negatives, a vivid opening
scene from days before the news), written 2026-11-23 by a helper that read neither the
extractor nor the other sets. Scored as delivered: precision 0.808, recall 1.0, F1 0.894,
attack 0.833, target 0.683, killed 0.833, injured 0.857, intercepted 0.857. The floors are
the scores after the fix it prompted (a coach's destination)."""


BLIND25_FLOORS = {
    "precision": 0.898,
    "recall": 1.0,
    "f1": 0.946,
    "attack_jaccard": 0.955,
    "target_jaccard": 0.898,
    "killed_exact": 0.957,
    "injured_exact": 0.733,
    "intercepted_exact": 0.917,
}
"""A twenty-fifth blind set (`blind25/`: tolls revised through the day, "a dozen", "half a
dozen", "two dozen", "dozens", "between 10 and 15", injuries as "sought medical help" and
"concussion", interceptions as "neutralised", "suppressed by electronic warfare" and "of the
90 launched, 60 shot down and 25 lost", an Air Force summary and a Defence Ministry tally by
region, two cities' figures in one story, a UN-statistics negative), written 2026-11-23 by
a helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.846, recall 1.0, F1 0.917, attack 0.949, target 0.886, killed 0.957, injured 0.667,
intercepted 0.917. The floors are the scores after the fix it prompted (a month's toll)."""

BLIND26_FLOORS = {
    "precision": 0.878,
    "recall": 1.0,
    "f1": 0.935,
    "attack_jaccard": 0.93,
    "target_jaccard": 0.755,
    "killed_exact": 0.885,
    "injured_exact": 0.938,
    "intercepted_exact": 0.857,
}
"""A twenty-sixth blind set (`blind26/`: "in the early hours of Sunday", "on the night of 12
to 13 May", "on Monday last week", "shortly after midnight local time (21:00 GMT)", a live
blog across midnight in BST, "Published" and "Updated" stamps on different days, an
"UPDATE, 04.08.2024 08:40" entry, a date only under the footer, a year only in the
copyright line, an undated page, a drills negative), written 2026-11-23 by a helper that
read neither the extractor nor the other sets. Scored as delivered: precision 0.82, recall
0.906, F1 0.861, attack 0.874, target 0.785, killed 0.87, injured 0.897, intercepted 0.722.
The floors are the scores after the fixes it prompted (the footer date, update stamps)."""

BLIND27_FLOORS = {
    "precision": 0.975,
    "recall": 1.0,
    "f1": 0.987,
    "attack_jaccard": 0.821,
    "target_jaccard": 0.719,
    "killed_exact": 0.667,
    "injured_exact": 0.846,
    "intercepted_exact": 0.952,
}
"""A twenty-seventh blind set (`blind27/`: western and central Ukraine named by hromada and
district, deep Russian regions (Tatarstan, Chuvashia, Murmansk, Tambov, Oryol, Lipetsk),
Russian spellings (Kremenchug, Rovno, Khmelnitsky), Novomoskovsk in Dnipropetrovsk and in
Tula, Oleksandrivka and Pervomaisk, a business and a travel negative), written 2026-11-23 by
a helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.83, recall 1.0, F1 0.907, attack 0.821, target 0.719, killed 0.667, injured 0.808,
intercepted 0.952. The floors are the scores after the fixes of the same day (republics named
bare, a city's own name over a former one)."""

BLIND28_FLOORS = {
    "precision": 0.926,
    "recall": 1.0,
    "f1": 0.962,
    "attack_jaccard": 0.873,
    "target_jaccard": 0.817,
    "killed_exact": 0.846,
    "injured_exact": 0.867,
    "intercepted_exact": 0.917,
}
"""A twenty-eighth blind set (`blind28/`: a regional site's news of the day, a governor's
Telegram posts, a military-intelligence claim and the governor's denial of it, a treason
verdict, an anniversary and a reconstruction story about old strikes, a strike told mostly
through reactions, sports, culture and economy negatives, Russian state-media English),
written 2026-11-23 by a helper that read neither the extractor nor the other sets. Scored as
delivered: precision 0.926, recall 1.0, F1 0.962, attack 0.873, target 0.817, killed 0.846,
injured 0.867, intercepted 0.833."""


BLIND29_FLOORS = {
    "precision": 0.926,
    "recall": 0.947,
    "f1": 0.937,
    "attack_jaccard": 0.82,
    "target_jaccard": 0.707,
    "killed_exact": 0.929,
    "injured_exact": 0.8,
    "intercepted_exact": 0.6,
}
"""A twenty-ninth blind set (`blind29/`: Crimea and the Black Sea, sea drones and landing
ships in Sevastopol, Feodosia, Novorossiysk and Lake Donuzlav, the Kerch bridge, Saky and
Belbek, Sevastopol against the rest of Crimea, the occupied left bank of Kherson and
Enerhodar told by both sides, a grain-corridor negative), written 2026-11-23 by a helper
that read neither the extractor nor the other sets. Scored as delivered: precision 0.808,
recall 0.684, F1 0.741, attack 0.786, target 0.698, killed 1.0, injured 0.818, intercepted
0.625 (two whole pages lost to "All news" / "Latest news" in their menus). The floors are
the scores after the fixes it prompted."""

BLIND30_FLOORS = {
    "precision": 0.95,
    "recall": 1.0,
    "f1": 0.974,
    "attack_jaccard": 0.868,
    "target_jaccard": 0.807,
    "killed_exact": 1.0,
    "injured_exact": 0.917,
    "intercepted_exact": 1.0,
}
"""A thirtieth blind set (`blind30/`: one-paragraph wire briefs with datelines, "BREAKING"
alerts, an "In brief" page of one-liners, a page that is an embedded X post, a video page
with "UP NEXT" lists, a photo gallery, a paywalled standfirst, a governor's Telegram
summary, one strike told at three hours of the day, an air-alert and a prisoner-swap
negative), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.708, recall 0.882, F1 0.786, attack 0.882, target
0.843, killed 1.0, injured 0.909, intercepted 1.0. The floors are the scores after the fixes
it prompted."""

BLIND31_FLOORS = {
    "precision": 0.949,
    "recall": 1.0,
    "f1": 0.974,
    "attack_jaccard": 0.856,
    "target_jaccard": 0.743,
    "killed_exact": 1.0,
    "injured_exact": 1.0,
    "intercepted_exact": 0.786,
}
"""A thirty-first blind set (`blind31/`: General Staff, SBU and HUR claims on Russian
airfields, arsenals, a radar and air defence; the Russian ministry's ATACMS and Storm Shadow
claims and its strikes on Ukrainian airfields; glide bombs and FPV drones; occupied Donetsk
and Luhansk struck by Ukraine; an air-defence analysis negative), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.795, recall 0.958, F1 0.869, attack 0.848, target 0.729, killed 1.0, injured 1.0,
intercepted 0.786. The floors are the scores after the fixes it prompted."""


BLIND32_FLOORS = {
    "precision": 0.955,
    "recall": 0.966,
    "f1": 0.96,
    "attack_jaccard": 0.937,
    "target_jaccard": 0.776,
    "killed_exact": 1.0,
    "injured_exact": 0.923,
    "intercepted_exact": 0.68,
}
"""A thirty-second blind set (`blind32/`: the Belgorod, Kursk and Bryansk governors' daily
summaries by district in machine translation, "3 pcs." and "FPV drone attacks: 27", a
regional site's feed over four days, one night counted differently by the Defence Ministry
and a governor, a Ukrainian outlet reporting "explosions" in Russia without an attacker, a
Russian-run outlet in occupied territory, a farming negative), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered: precision
0.932, recall 0.931, F1 0.931, attack 0.911, target 0.75, killed 1.0, injured 0.88,
intercepted 0.667."""

BLIND33_FLOORS = {
    "precision": 0.966,
    "recall": 0.96,
    "f1": 0.963,
    "attack_jaccard": 0.768,
    "target_jaccard": 0.789,
    "killed_exact": 0.941,
    "injured_exact": 0.792,
    "intercepted_exact": 0.6,
}
"""A thirty-third blind set (`blind33/`: Ukrainian regional administrations' "past day"
summaries by hromada in machine translation, counts of KABs, shots and FPV attacks, injured
by village summing to a stated total, a same-morning update, a community's weekly
chronicle, hromadas named like places elsewhere, a Russian-side summary, an evacuation
negative), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.923, recall 0.8, F1 0.857, attack 0.75, target 0.767,
killed 1.0, injured 0.7, intercepted 0.6. The floors are the scores after the fixes it
prompted."""

BLIND34_FLOORS = {
    "precision": 0.896,
    "recall": 1.0,
    "f1": 0.945,
    "attack_jaccard": 0.977,
    "target_jaccard": 0.88,
    "killed_exact": 0.938,
    "injured_exact": 0.895,
    "intercepted_exact": 1.0,
}
"""A thirty-fourth blind set (`blind34/`: a feature with the strike in paragraph eight, a
world roundup, an overnight newsletter, a weekly maps explainer, an opinion column and a
peace-talks story, a correction at the bottom, drones in Poland, Romania, Moldova and
Belarus, times in ET and GMT), written 2026-11-23 by a helper that read neither the
extractor nor the other sets. Scored as delivered: precision 0.783, recall 0.821, F1 0.802,
attack 0.944, target 0.866, killed 1.0, injured 0.882, intercepted 1.0. The floors are the
scores after the fixes it prompted."""


BLIND35_FLOORS = {
    "precision": 0.911,
    "recall": 0.964,
    "f1": 0.937,
    "attack_jaccard": 0.878,
    "target_jaccard": 0.752,
    "killed_exact": 0.87,
    "injured_exact": 0.897,
    "intercepted_exact": 0.875,
}
"""A thirty-fifth blind set (`blind35/`: "1 200", "5-7 people", "over a hundred", "three
dozen", "one more body", "18 adults and three children", an Air Force report of launched,
shot down, lost and hit, one count for several regions, a ministry list in words, injuries
counted or not by category, a shelter-statistics negative), written 2026-11-23 by a helper
that read neither the extractor nor the other sets. Scored as delivered: precision 0.854,
recall 0.964, F1 0.906, attack 0.878, target 0.752, killed 0.87, injured 0.828, intercepted
0.875. The floors are the scores after the fixes of that day."""

BLIND36_FLOORS = {
    "precision": 0.851,
    "recall": 1.0,
    "f1": 0.92,
    "attack_jaccard": 0.95,
    "target_jaccard": 0.621,
    "killed_exact": 0.9,
    "injured_exact": 0.875,
    "intercepted_exact": 0.778,
}
"""A thirty-sixth blind set (`blind36/`: Dagestan, Chechnya, Ingushetia, North Ossetia,
Kabardino-Balkaria, Stavropol, Bashkortostan, Udmurtia, Perm and Tyumen; republics named
bare and by adjective, "the deepest strike yet", a toll that rises the next day, districts
named Sovetsky, Kirovsky, Oktyabrsky, "Samar (formerly Novomoskovsk)", a court-case
negative), written 2026-11-23 by a helper that read neither the extractor nor the other
sets. Scored as delivered: precision 0.759, recall 0.955, F1 0.846, attack 0.951, target
0.646, killed 0.895, injured 0.87, intercepted 0.471. The floors are the scores after the
fixes it prompted."""

BLIND37_FLOORS = {
    "precision": 0.959,
    "recall": 0.946,
    "f1": 0.953,
    "attack_jaccard": 0.924,
    "target_jaccard": 0.859,
    "killed_exact": 0.857,
    "injured_exact": 0.839,
    "intercepted_exact": 0.786,
}
"""A thirty-seventh blind set (`blind37/`: mass attacks on Kyiv, Kharkiv, Odesa, Zaporizhzhia
and Dnipro told district by district, "the capital" against "the region around the
capital", a mayor and an administration with different totals, two nights on one live page,
Donetsk's "Kievsky district", a shelters negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.904, recall
0.946, F1 0.924, attack 0.902, target 0.85, killed 0.857, injured 0.839, intercepted 0.786.
The floors are the scores after the fixes it prompted."""


BLIND38_FLOORS = {
    "precision": 0.848,
    "recall": 0.96,
    "f1": 0.9,
    "attack_jaccard": 0.863,
    "target_jaccard": 0.751,
    "killed_exact": 0.933,
    "injured_exact": 1.0,
    "intercepted_exact": 0.824,
}
"""A thirty-eighth blind set (`blind38/`: Russian independent media in English, Telegram
channels (Astra, Baza, Mash) against officials, refineries and plants named by company with
the town said once, Moscow city against Moscow oblast, a morning briefing, a weekly digest
headed by weekdays, a mobilisation negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.795, recall 0.8,
F1 0.798, attack 0.876, target 0.722, killed 0.923, injured 1.0, intercepted 0.765. The
floors are the scores after the fix it prompted (weekday headings)."""

BLIND39_FLOORS = {
    "precision": 0.94,
    "recall": 0.973,
    "f1": 0.956,
    "attack_jaccard": 0.812,
    "target_jaccard": 0.628,
    "killed_exact": 0.923,
    "injured_exact": 0.818,
    "intercepted_exact": 0.667,
}
"""A thirty-ninth blind set (`blind39/`: Ukrenergo, DTEK, Centrenergo and Naftogaz
statements on thermal and hydro plants, substations "in several regions", plants named
without their oblast (Novodnistrovsk, Svitlovodsk), TASS's Russian spellings, outage
schedules and emergency shutdowns as negatives), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.94, recall
0.973, F1 0.956, attack 0.812, target 0.652, killed 0.923, injured 0.818, intercepted
0.667."""

BLIND40_FLOORS = {
    "precision": 0.902,
    "recall": 1.0,
    "f1": 0.949,
    "attack_jaccard": 0.901,
    "target_jaccard": 0.598,
    "killed_exact": 0.842,
    "injured_exact": 0.867,
    "intercepted_exact": 0.75,
}
"""A fortieth blind set (`blind40/`: "Kharkivska oblast" and "Belgorodskaya oblast", Kam'ianske
and Tëtkino, HTML entities, non-breaking spaces, soft hyphens, a PDF press release with page
headers and split words, all-caps pages, short broken lines, transliterated names with the
English in brackets, a reconstruction-report negative), written 2026-11-23 by a helper
that read neither the extractor nor the other sets. Scored as delivered: precision 0.81,
recall 0.926, F1 0.864, attack 0.873, target 0.579, killed 0.842, injured 0.808,
intercepted 0.636. The floors are the scores after the fixes of that day."""


BLIND41_FLOORS = {
    "precision": 1.0,
    "recall": 1.0,
    "f1": 1.0,
    "attack_jaccard": 0.936,
    "target_jaccard": 0.795,
    "killed_exact": 0.944,
    "injured_exact": 1.0,
    "intercepted_exact": 0.917,
}
"""A forty-first blind set (`blind41/`: Ukrainska Pravda pages with "Source:", "Details:",
"Background:" and "Updates:" sections, Ukrinform's "KYIV, 14.06.2024 10:12" datelines, "Read
also:" lines in the body, a key-events list of many days and regions, "UPD" lines raising a
toll, a political-scandal negative), written 2026-11-23 by a helper that read neither the
extractor nor the other sets. Scored as delivered: precision 0.83, recall 0.957, F1 0.889,
attack 0.927, target 0.769, killed 0.941, injured 1.0, intercepted 1.0. The floors are the
scores after the fixes of that day."""

BLIND42_FLOORS = {
    "precision": 0.974,
    "recall": 1.0,
    "f1": 0.987,
    "attack_jaccard": 0.93,
    "target_jaccard": 0.86,
    "killed_exact": 1.0,
    "injured_exact": 0.963,
    "intercepted_exact": 0.737,
}
"""A forty-second blind set (`blind42/`: ballistic and cruise missiles, MLRS, glide bombs,
Shaheds, FPV drones and dropped explosives, sabotage groups; per-weapon launched and shot-down
counts; launch areas; an arms-deliveries negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.86, recall 0.958, F1
0.907, attack 0.905, target 0.874, killed 1.0, injured 0.923, intercepted 0.737. The floors are
the scores after the fixes of that day."""

BLIND43_FLOORS = {
    "precision": 0.963,
    "recall": 1.0,
    "f1": 0.981,
    "attack_jaccard": 0.814,
    "target_jaccard": 0.814,
    "killed_exact": 0.824,
    "injured_exact": 0.714,
    "intercepted_exact": 0.833,
}
"""A forty-third blind set (`blind43/`: the occupied territories told by Russian-installed
officials (DPR, LPR, JCCC), Donetsk's Kuibyshevsky and Kievsky districts, Soviet names
(Artemovsk, Dzerzhinsk, Gorlovka), the same night told by both sides, a sham-elections
negative), written 2026-11-23 by a helper that read neither the extractor nor the other sets.
Scored as delivered: precision 0.867, recall 1.0, F1 0.929, attack 0.814, target 0.801, killed
0.824, injured 0.714, intercepted 0.833. The floors are the scores after the fixes of that day."""

BLIND44_FLOORS = {
    "precision": 0.935,
    "recall": 1.0,
    "f1": 0.967,
    "attack_jaccard": 0.905,
    "target_jaccard": 0.725,
    "killed_exact": 0.842,
    "injured_exact": 0.87,
    "intercepted_exact": 0.938,
}
"""A forty-fourth blind set (`blind44/`: ports (Chornomorsk, Izmail, Reni, Novorossiysk,
Ust-Luga, Port Kavkaz), trains, railway substations and a derailment, a bus hit by an FPV drone,
airport closures that are no strike, a grain-statistics negative), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered: precision 0.818,
recall 0.95, F1 0.879, attack 0.972, target 0.76, killed 0.882, injured 0.818, intercepted
0.875. The floors are the scores after the fixes of that day."""

BLIND45_FLOORS = {
    "precision": 0.967,
    "recall": 0.968,
    "f1": 0.967,
    "attack_jaccard": 0.889,
    "target_jaccard": 0.874,
    "killed_exact": 0.913,
    "injured_exact": 0.933,
    "intercepted_exact": 0.789,
}
"""A forty-fifth blind set (`blind45/`: wire layouts: AP separators and contributor lines,
Reuters UPDATE slugs and sign-offs, AFP and dpa signatures, Anadolu, Bloomberg and Xinhua
datelines, flashes under one headline, leads rewritten through the day, an oil-prices negative),
written 2026-11-23 by a helper that read neither the extractor nor the other sets. Scored as
delivered: precision 0.951, recall 0.968, F1 0.959, attack 0.889, target 0.874, killed 0.913,
injured 0.933, intercepted 0.789. The floors are the scores after the fixes of that day."""

BLIND46_FLOORS = {
    "precision": 0.853,
    "recall": 1.0,
    "f1": 0.921,
    "attack_jaccard": 0.885,
    "target_jaccard": 0.64,
    "killed_exact": 1.0,
    "injured_exact": 0.95,
    "intercepted_exact": 0.9,
}
"""A forty-sixth blind set (`blind46/`: what was hit and who says so: a mall, a hotel claimed as
a "gathering of mercenaries", a training ground, a drone factory, a double-tap strike, pages
written days later, a hospital-rebuilding negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered: precision 0.758, recall 0.864, F1
0.807, attack 0.947, target 0.656, killed 1.0, injured 0.941, intercepted 1.0. The floors are
the scores after the fixes of that day."""


BLIND47_FLOORS = {
    "precision": 0.941,
    "recall": 1.0,
    "f1": 0.97,
    "attack_jaccard": 0.943,
    "target_jaccard": 0.812,
    "killed_exact": 0.952,
    "injured_exact": 0.92,
    "intercepted_exact": 1.0,
}
"""A forty-seventh blind set (`blind47/`: Kharkiv city and oblast: Syniehubov's and Terekhov's
posts, glide bombs by city district with clock times, tolls revised four times, settlements
named with their district or hromada, Belgorod across the border on the same page, a
metro-school negative), written 2026-11-23 by a helper that read neither the extractor nor the
other sets. Scored as delivered (at 6970f10): precision 0.941, recall 0.955, F1 0.948, attack
0.927, target 0.781, killed 0.95, injured 0.917, intercepted 1.0. The floors are the scores
after the fixes of that day."""

BLIND48_FLOORS = {
    "precision": 0.765,
    "recall": 0.773,
    "f1": 0.769,
    "attack_jaccard": 0.798,
    "target_jaccard": 0.744,
    "killed_exact": 0.917,
    "injured_exact": 0.905,
    "intercepted_exact": 1.0,
}
"""A forty-eighth blind set (`blind48/`: Mykolaiv and Ochakiv, the Kinburn Spit, Odesa oblast
towns, the Kherson right bank, Nikopol, Zaporizhzhia oblast; regional administrations' posts
naming the oblast only in the outlet's name; villages named like places elsewhere; a water-hub
negative), written 2026-11-23 by a helper that read neither the extractor nor the other sets.
Scored as delivered (at 6970f10): precision 0.722, recall 0.773, F1 0.747, attack 0.798, target
0.744, killed 0.833, injured 0.905, intercepted 0.778. The floors are the scores after the fixes
of that day."""

BLIND49_FLOORS = {
    "precision": 0.862,
    "recall": 1.0,
    "f1": 0.926,
    "attack_jaccard": 0.687,
    "target_jaccard": 0.61,
    "killed_exact": 0.727,
    "injured_exact": 0.833,
    "intercepted_exact": 1.0,
}
"""A forty-ninth blind set (`blind49/`: Kursk, Belgorod and Bryansk after August 2024: the
incursion, sabotage groups and volunteer-corps raids told by governors, the MoD and Ukrainian
sources, evacuations and counter-terrorist regimes that are no strike, a compensation-payments
negative), written 2026-11-23 by a helper that read neither the extractor nor the other sets.
Scored as delivered (at 6970f10): precision 0.781, recall 1.0, F1 0.877, attack 0.687, target
0.61, killed 0.727, injured 0.833, intercepted 1.0. The floors are the scores after the fixes of
that day."""

BLIND50_FLOORS = {
    "precision": 0.919,
    "recall": 1.0,
    "f1": 0.958,
    "attack_jaccard": 0.885,
    "target_jaccard": 0.88,
    "killed_exact": 0.85,
    "injured_exact": 0.778,
    "intercepted_exact": 0.938,
}
"""A fiftieth blind set (`blind50/`: numbers that are no casualties: house numbers, hotlines,
money, distances, ages, brigade and model numbers, power figures, mixed with real tolls and
interceptions; a reconstruction-budget negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered (at 6970f10): precision 0.805,
recall 1.0, F1 0.892, attack 0.907, target 0.876, killed 0.85, injured 0.741, intercepted 0.867.
The floors are the scores after the fixes of that day."""

BLIND51_FLOORS = {
    "precision": 0.917,
    "recall": 1.0,
    "f1": 0.957,
    "attack_jaccard": 0.773,
    "target_jaccard": 0.773,
    "killed_exact": 1.0,
    "injured_exact": 0.75,
    "intercepted_exact": 1.0,
}
"""A fifty-first blind set (`blind51/`: pages that look like news but carry no new strike (a
fact-check, an explainer, an op-ed, a podcast transcript, an obituary, a court case, alert
statistics, an anniversary) beside strike pages told mostly in quotes), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered (at 6970f10):
precision 0.769, recall 1.0, F1 0.87, attack 0.85, target 0.85, killed 1.0, injured 0.75,
intercepted 1.0. The floors are the scores after the fixes of that day."""

BLIND52_FLOORS = {
    "precision": 0.765,
    "recall": 0.868,
    "f1": 0.813,
    "attack_jaccard": 0.944,
    "target_jaccard": 0.893,
    "killed_exact": 0.886,
    "injured_exact": 0.923,
    "intercepted_exact": 0.643,
}
"""A fifty-second blind set (`blind52/`: live blogs over two or three days, newest first, with
summary blocks, pinned older posts, stamps in BST, GMT, CET or EET, diplomacy and sport between
strike entries, and a summit negative), written 2026-11-23 by a helper that read neither the
extractor nor the other sets. Scored as delivered (at 6970f10): precision 0.744, recall 0.706,
F1 0.724, attack 0.943, target 0.836, killed 0.861, injured 0.837, intercepted 0.583. The floors
are the scores after the fixes of that day."""

BLIND53_FLOORS = {
    "precision": 0.75,
    "recall": 0.859,
    "f1": 0.801,
    "attack_jaccard": 0.868,
    "target_jaccard": 0.781,
    "killed_exact": 0.938,
    "injured_exact": 0.911,
    "intercepted_exact": 0.923,
}
"""A fifty-third blind set (`blind53/`: analysts' and newsletters' digests: an ISW-style
assessment with footnote marks, a war-latest email, an evening digest, think-tank and energy
weekly briefs with key points and lists, and a diplomacy-only negative), written 2026-11-23 by a
helper that read neither the extractor nor the other sets. Scored as delivered (at e7a4401):
precision 0.688, recall 0.766, F1 0.724, attack 0.915, target 0.787, killed 0.929, injured 0.85,
intercepted 0.929. The floors are the scores after the fixes of that day."""
BLIND54_FLOORS = {
    "precision": 0.936,
    "recall": 1.0,
    "f1": 0.967,
    "attack_jaccard": 0.955,
    "target_jaccard": 0.814,
    "killed_exact": 0.842,
    "injured_exact": 0.875,
    "intercepted_exact": 0.941,
}
"""A fifty-fourth blind set (`blind54/`: Russia's interior far from the border: Tatarstan,
Bashkortostan, Tula, Tambov, Leningrad, Murmansk, Saratov, Volgograd, Samara and more;
refineries, plants and airbases, the Kovyor airport plan, namesake towns, and a sanctions
negative), written 2026-11-23 by a helper that read neither the extractor nor the other sets.
Scored as delivered (at e7a4401): precision 0.936, recall 1.0, F1 0.967, attack 0.955, target
0.814, killed 0.842, injured 0.875, intercepted 0.941. The floors are the scores after the fixes
of that day."""
BLIND55_FLOORS = {
    "precision": 0.923,
    "recall": 1.0,
    "f1": 0.96,
    "attack_jaccard": 0.816,
    "target_jaccard": 0.783,
    "killed_exact": 1.0,
    "injured_exact": 0.964,
    "intercepted_exact": 0.9,
}
"""A fifty-fifth blind set (`blind55/`: spillover beyond Russia and Ukraine: drones and debris
in Romania, Moldova, Poland, Belarus and the Baltic states beside the strikes inside Ukraine or
Russia that caused them, and a Romania-only negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered (at e7a4401): precision 0.87,
recall 1.0, F1 0.931, attack 0.812, target 0.8, killed 1.0, injured 0.964, intercepted 0.895.
The floors are the scores after the fixes of that day."""
BLIND56_FLOORS = {
    "precision": 0.8,
    "recall": 1.0,
    "f1": 0.889,
    "attack_jaccard": 0.753,
    "target_jaccard": 0.714,
    "killed_exact": 0.818,
    "injured_exact": 0.875,
    "intercepted_exact": 1.0,
}
"""A fifty-sixth blind set (`blind56/`: reports and investigations: a UN monitoring mission's
monthly update, an HRW report, an OSINT geolocation, a prosecutor's notice, anniversary pages,
month and year totals, and a methodology negative), written 2026-11-23 by a helper that read
neither the extractor nor the other sets. Scored as delivered (at e7a4401): precision 0.667,
recall 0.929, F1 0.776, attack 0.753, target 0.769, killed 0.8, injured 0.8, intercepted 0.8.
The floors are the scores after the fixes of that day."""
BLIND57_FLOORS = {
    "precision": 0.889,
    "recall": 0.923,
    "f1": 0.906,
    "attack_jaccard": 0.873,
    "target_jaccard": 0.751,
    "killed_exact": 0.846,
    "injured_exact": 0.833,
    "intercepted_exact": 0.833,
}
"""A fifty-seventh blind set (`blind57/`: Dnipropetrovsk and Zaporizhzhia oblasts: governors'
posts relayed in English, counts of attacks per hromada, morning summaries beside same-day
updates, city and district namesakes, an undated page, and an outage-schedule negative), written
2026-11-23 by a helper that read neither the extractor nor the other sets. Scored as delivered
(at e7a4401): precision 0.816, recall 0.885, F1 0.849, attack 0.853, target 0.742, killed 0.917,
injured 0.87, intercepted 0.909. The floors are the scores after the fixes of that day."""
BLIND58_FLOORS = {
    "precision": 0.827,
    "recall": 1.0,
    "f1": 0.905,
    "attack_jaccard": 0.919,
    "target_jaccard": 0.68,
    "killed_exact": 1.0,
    "injured_exact": 0.889,
    "intercepted_exact": 0.75,
}
"""A fifty-eighth blind set (`blind58/`: multimedia and other page versions: photo galleries
with dated captions, a video page with an auto transcript, a podcast page, AMP and print
versions, an infographic's text, a radio transcript, and a commemoration-gallery negative),
written 2026-11-23 by a helper that read neither the extractor nor the other sets. Scored as
delivered (at e7a4401): precision 0.82, recall 0.944, F1 0.878, attack 0.915, target 0.689,
killed 1.0, injured 0.885, intercepted 0.5. The floors are the scores after the fixes of that
day."""

BLIND59_FLOORS = {
    "precision": 0.913,
    "recall": 1.0,
    "f1": 0.955,
    "attack_jaccard": 0.952,
    "target_jaccard": 0.516,
    "killed_exact": 0.909,
    "injured_exact": 0.933,
    "intercepted_exact": 0.818,
}
"""A fifty-ninth blind set (`blind59/`: business, markets and shipping pages: refinery outages
in barrels a day, oil and grain prices, port loadings, war-risk premiums, a company's quarterly
report, and two market negatives), written 2026-11-24 by a helper that read neither the
extractor nor the other sets. Scored as delivered (at a765db8): precision 0.913, recall 1.0, F1
0.955, attack 0.952, target 0.516, killed 0.909, injured 0.933, intercepted 0.818. The floors
are the scores after the fixes of that day."""

BLIND60_FLOORS = {
    "precision": 0.946,
    "recall": 1.0,
    "f1": 0.972,
    "attack_jaccard": 0.915,
    "target_jaccard": 0.817,
    "killed_exact": 0.889,
    "injured_exact": 0.917,
    "intercepted_exact": 0.8,
}
"""A sixtieth blind set (`blind60/`: Ukraine's north and the Donetsk front: Chernihiv border
hromadas, Sumy, the Donetsk governor's per-town daily tolls, glide bombs, FPV drones on cars and
buses, and an evacuation negative), written 2026-11-24 by a helper that read neither the
extractor nor the other sets. Scored as delivered (at a765db8): precision 0.972, recall 1.0, F1
0.986, attack 0.944, target 0.817, killed 0.833, injured 0.875, intercepted 1.0. The floors are
the scores after the fixes of that day."""

BLIND61_FLOORS = {
    "precision": 0.87,
    "recall": 0.92,
    "f1": 0.894,
    "attack_jaccard": 0.858,
    "target_jaccard": 0.758,
    "killed_exact": 0.889,
    "injured_exact": 0.846,
    "intercepted_exact": 0.7,
}
"""A sixty-first blind set (`blind61/`: pages that change over time and odd date formats: UPDATE
and correction notes, tolls rising within a page, ISO and European date lines, strikes near
midnight in another time zone, and a correction that withdraws a strike), written 2026-11-24 by
a helper that read neither the extractor nor the other sets. Scored as delivered (at a765db8):
precision 0.792, recall 0.84, F1 0.815, attack 0.877, target 0.754, killed 0.938, injured 0.833,
intercepted 0.65. The floors are the scores after the fixes of that day."""

BLIND62_FLOORS = {
    "precision": 0.889,
    "recall": 0.918,
    "f1": 0.903,
    "attack_jaccard": 0.949,
    "target_jaccard": 0.845,
    "killed_exact": 0.818,
    "injured_exact": 0.769,
    "intercepted_exact": 0.837,
}
"""A sixty-second blind set (`blind62/`: Moscow city versus oblast, the north-west and central
Russia: Sobyanin's posts, airport restrictions, Leningrad, Pskov, Novgorod, Tver, Tula and
Yaroslavl, ministry lists beside governors' reports, and an airport-delay negative), written
2026-11-24 by a helper that read neither the extractor nor the other sets. Scored as delivered
(at a765db8): precision 0.852, recall 0.837, F1 0.845, attack 0.958, target 0.833, killed 0.857,
injured 0.8, intercepted 0.846. The floors are the scores after the fixes of that day."""


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip("shared/eval/score.py not found beside the repo")
    spec = importlib.util.spec_from_file_location("sitrep_eval_score_q", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _pred(path: Path) -> list[dict[str, Any]]:
    return [
        {
            "article": path.name,
            "region_code": m.region_code,
            "occurred_on": m.occurred_on.isoformat() if m.occurred_on else None,
            "attack_types": m.attack_types,
            "target_types": m.target_types,
            "killed": m.figures.killed,
            "injured": m.figures.injured,
            "intercepted": m.figures.intercepted,
        }
        for m in extract(read_article_file(path))
    ]


def _totals(articles: Path, gold_dir: Path) -> dict[str, float]:
    """The scorer's totals (same formulas as score.py's main)."""
    sc = _scorer()
    results = []
    for g in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        results.append(sc.score_article(gold, _pred(articles / gold["article"])))
    pred = sum(r["predicted"] for r in results)
    corr = sum(r["correct"] for r in results)
    req = sum(r["required"] for r in results)
    found = sum(r["found"] for r in results)
    p = corr / pred if pred else 0.0
    rc = found / req if req else 0.0
    out = {"precision": p, "recall": rc, "f1": 2 * p * rc / (p + rc) if p + rc else 0.0}
    pairs = [pair for r in results for pair in r["pairs"]]
    out["attack_jaccard"] = sum(
        sc._jaccard(set(g.get("attack") or []), set(q["attack_types"])) for g, q in pairs
    ) / len(pairs)
    out["target_jaccard"] = sum(
        sc._jaccard(set(g.get("target") or []), set(q["target_types"])) for g, q in pairs
    ) / len(pairs)
    for field in ("killed", "injured", "intercepted"):
        stated = [(g, q) for g, q in pairs if g.get(field) is not None]
        out[f"{field}_exact"] = sum(g[field] == q[field] for g, q in stated) / len(stated)
    return out


def _check(totals: dict[str, float], floors: dict[str, float]) -> None:
    low = {k: round(totals[k], 3) for k, v in floors.items() if round(totals[k], 3) < v}
    assert not low, f"below the pinned floor: {low}"


def test_seed_scores_do_not_drop() -> None:
    if not SEED_GOLD.exists():
        pytest.skip("shared/eval/gold not found")
    warm_up()
    _check(_totals(REPO / "seeds", SEED_GOLD), SEED_FLOORS)


def test_own_article_scores_do_not_drop() -> None:
    warm_up()
    _check(_totals(ARTICLES, ARTICLES / "gold"), OWN_FLOORS)


BLIND_SETS = {
    "blind": BLIND_FLOORS,
    "blind2": BLIND2_FLOORS,
    "blind3": BLIND3_FLOORS,
    "blind4": BLIND4_FLOORS,
    "blind5": BLIND5_FLOORS,
    "blind6": BLIND6_FLOORS,
    "blind7": BLIND7_FLOORS,
    "blind8": BLIND8_FLOORS,
    "blind9": BLIND9_FLOORS,
    "blind10": BLIND10_FLOORS,
    "blind11": BLIND11_FLOORS,
    "blind12": BLIND12_FLOORS,
    "blind13": BLIND13_FLOORS,
    "blind14": BLIND14_FLOORS,
    "blind15": BLIND15_FLOORS,
    "blind16": BLIND16_FLOORS,
    "blind17": BLIND17_FLOORS,
    "blind18": BLIND18_FLOORS,
    "blind19": BLIND19_FLOORS,
    "blind20": BLIND20_FLOORS,
    "blind21": BLIND21_FLOORS,
    "blind22": BLIND22_FLOORS,
    "blind23": BLIND23_FLOORS,
    "blind24": BLIND24_FLOORS,
    "blind25": BLIND25_FLOORS,
    "blind26": BLIND26_FLOORS,
    "blind27": BLIND27_FLOORS,
    "blind28": BLIND28_FLOORS,
    "blind29": BLIND29_FLOORS,
    "blind30": BLIND30_FLOORS,
    "blind31": BLIND31_FLOORS,
    "blind32": BLIND32_FLOORS,
    "blind33": BLIND33_FLOORS,
    "blind34": BLIND34_FLOORS,
    "blind35": BLIND35_FLOORS,
    "blind36": BLIND36_FLOORS,
    "blind37": BLIND37_FLOORS,
    "blind38": BLIND38_FLOORS,
    "blind39": BLIND39_FLOORS,
    "blind40": BLIND40_FLOORS,
    "blind41": BLIND41_FLOORS,
    "blind42": BLIND42_FLOORS,
    "blind43": BLIND43_FLOORS,
    "blind44": BLIND44_FLOORS,
    "blind45": BLIND45_FLOORS,
    "blind46": BLIND46_FLOORS,
    "blind47": BLIND47_FLOORS,
    "blind48": BLIND48_FLOORS,
    "blind49": BLIND49_FLOORS,
    "blind50": BLIND50_FLOORS,
    "blind51": BLIND51_FLOORS,
    "blind52": BLIND52_FLOORS,
    "blind53": BLIND53_FLOORS,
    "blind54": BLIND54_FLOORS,
    "blind55": BLIND55_FLOORS,
    "blind56": BLIND56_FLOORS,
    "blind57": BLIND57_FLOORS,
    "blind58": BLIND58_FLOORS,
    "blind59": BLIND59_FLOORS,
    "blind60": BLIND60_FLOORS,
    "blind61": BLIND61_FLOORS,
    "blind62": BLIND62_FLOORS,
}
"""Each blind set's folder under `tests/articles/` and its pinned floors."""


@pytest.mark.parametrize("folder", sorted(BLIND_SETS))
def test_blind_set_scores_do_not_drop(folder: str) -> None:
    warm_up()
    _check(_totals(ARTICLES / folder, ARTICLES / folder / "gold"), BLIND_SETS[folder])


def test_every_mention_validates() -> None:
    """Mentions are built without re-validation (speed); their values must still be valid."""
    for path in [*sorted(ARTICLES.glob("*.txt")), *sorted((REPO / "seeds").glob("*.txt"))]:
        for m in extract(read_article_file(path)):
            IncidentMention.model_validate(m.model_dump())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll from Sunday's drone strike on the Kursk region has risen to four.",
            {"killed": 4},
        ),
        ("The number of dead in the strike on Dnipro reached nine on Saturday.", {"killed": 9}),
        ("The number of injured in the attack on Kharkiv has climbed to 48.", {"injured": 48}),
        ("Seven people have died, officials said.", {"killed": 7}),
        ("Rescuers recovered two more bodies from the rubble.", {"killed": 2}),
        ("Five bodies were pulled from the ruins.", {"killed": 5}),
        ("Shelling killed two people in Nikopol and one in Marhanets.", {"killed": 2}),
        ("The death toll stood at 3 drones.", {}),
    ],
)
def test_toll_phrasings(text: str, expected: dict[str, int]) -> None:
    assert _figs(text) == expected


def test_split_casualties_go_to_each_region() -> None:
    ms = _one(
        " date 2024-05-25\nStrikes\n\nRussian glide bombs killed two people in the Kharkiv region "
        "and one in the Sumy region on Saturday, officials said."
    )
    by = {m.region_code: m for m in ms}
    assert by["UA-63"].figures.killed == 2 and by["UA-59"].figures.killed == 1
    assert by["UA-59"].attack_types == ["airstrike"]


def test_background_is_kept_apart_and_below_alert_confidence() -> None:
    ms = _one(
        " date 2024-06-02\nDepot hit\n\nA drone attack set fire to an oil depot in the Bryansk "
        "region overnight. There were no casualties.\n\nIn March 2023, a drone hit a substation "
        "in the Bryansk region, killing one person.\n\nA similar strike a month ago injured "
        "three workers at a warehouse in the region."
    )
    today = [m for m in ms if m.occurred_on == date(2024, 6, 2)]
    assert len(today) == 1 and today[0].figures.killed == 0 and today[0].figures.injured == 0
    old = [m for m in ms if m.occurred_on is None]
    assert old and all(m.background and m.confidence < 0.6 for m in old)
    assert {m.figures.killed for m in old} == {1}


def test_wire_dateline_does_not_date_the_event() -> None:
    (m,) = _one(
        " date 2024-08-13\nToll rises\n\nMOSCOW, Aug 13 (Wire) - The death toll from Sunday's "
        "drone strike on the Kursk region has risen to four, the governor said."
    )
    assert m.occurred_on == date(2024, 8, 11) and m.figures.killed == 4


@pytest.mark.parametrize(
    "headline", ["Drone Strike On Kursk Kills Two, Injures Five", "DRONE STRIKE ON KURSK KILLS TWO"]
)
def test_title_case_and_all_caps_headlines(headline: str) -> None:
    ms = _one(f" date 2024-05-20\n{headline}\n\nThe attack hit a house on Monday, officials said.")
    assert [m.region_code for m in ms] == ["RU-KRS"]
    assert ms[0].figures.killed == 2 and ms[0].place == "Kursk"


def test_surname_that_is_a_town_is_no_place() -> None:
    ms = _one(
        " date 2024-09-05\nDrones\n\nThe governor of the Voronezh region, Alexander Gusev, said "
        "air defences shot down eight drones overnight. Debris injured two people, he said."
    )
    assert [m.region_code for m in ms] == ["RU-VOR"]
    assert (ms[0].figures.intercepted, ms[0].figures.injured) == (8, 2)


def test_ordinary_word_at_sentence_start_is_no_place() -> None:
    ms = _one(
        " date 2024-05-20\nShelling\n\nMarks of shrapnel covered a school after Russian shelling "
        "on Monday injured two people, officials said."
    )
    assert all(m.region_code != "RU-SAR" for m in ms)


def test_village_far_from_the_story_falls_back_to_the_story_region() -> None:
    ms = _one(
        " date 2024-05-20\nAttack\n\nBelgorod governor Vyacheslav Gladkov said on Monday that a "
        "drone hit a car, injuring two. A house was damaged in the village of Nikolskoye."
    )
    assert {m.region_code for m in ms} == {"RU-BEL"}


def test_official_region_carries_to_the_next_sentences() -> None:
    ms = _one(
        " date 2024-05-20\nAttack\n\nKursk governor Alexei Smirnov wrote on Telegram on Monday. "
        "A drone hit a house overnight and two people were injured, he said."
    )
    assert [(m.region_code, m.figures.injured) for m in ms] == [("RU-KRS", 2)]


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        ("news agency TASS reported", "news agency TASS"),
        ("the Telegram channel Baza reported", "Telegram channel Baza"),
        ("Interfax reported", "news agency Interfax"),
        ("the regional governor said", "governor"),
        ("the city's mayor said", "mayor"),
        ("the regional military administration said", "regional administration"),
        ("Russia's defence ministry said", "defence ministry"),
        ("Ukraine's air force said", "air force"),
        ("the State Emergency Service said", "emergencies ministry"),
    ],
)
def test_claimed_by(sentence: str, claimed: str) -> None:
    ms = _one(
        f" date 2024-05-20\nAttack\n\nA drone hit an oil depot in the Tambov region on Monday, "
        f"{sentence}."
    )
    assert [m.claimed_by for m in ms] == [claimed]


def test_attribution_to_named_unit_and_to_own_forces() -> None:
    ms = _one(
        " date 2024-10-10\nAirfield\n\nUkraine's General Staff said on Thursday its forces had "
        "struck an airfield in the Krasnodar region overnight. The 10th Special Purpose Brigade "
        "carried out the attack, it said."
    )
    assert [(m.claimed_by, m.attributed_to) for m in ms] == [
        ("general staff", "10th Special Purpose Brigade")
    ]
    ms = _one(
        " date 2024-10-10\nAirfield\n\nUkraine's General Staff said on Thursday its forces had "
        "struck an airfield in the Krasnodar region overnight."
    )
    assert [m.attributed_to for m in ms] == ["Ukraine"]


def test_place_named_like_an_ordinary_word_needs_its_region() -> None:
    text = (
        " date 2024-05-20\nStrike\n\nThe strike left marks on the walls. A drone hit a house in "
        "Marks on Monday, injuring two people."
    )
    assert all(m.region_code != "RU-SAR" for m in _one(text))
    ms = _one(text.replace("in Marks on Monday", "in Marks in the Saratov region on Monday"))
    assert [m.region_code for m in ms] == ["RU-SAR"]
