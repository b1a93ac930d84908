"""Throughput of `streams.extraction.extract` on one core.

Builds a corpus of synthetic articles by varying the seed articles: place names swapped for
random gazetteer places, figures and publication dates changed, paragraphs shuffled and
trimmed to a target size (default 4-6 KB, mean ~5 KB). Times `extract()` single-process over the
corpus several times and prints the article size, articles/s and MB/s (median, min-max spread),
plus the warm-up time.

    python benchmarks/bench_extraction.py [--n 5000] [--runs 5] [--seed 7] [--kb 4-6]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from schemas import Article  # noqa: E402
from streams.articles import parse_article_text  # noqa: E402
from streams.extraction import compiled, extract, warm_up  # noqa: E402
from streams.extraction.gazetteer import get_gazetteer  # noqa: E402
from streams.extraction.matcher import get_matcher  # noqa: E402
from streams.extraction.textnorm import fold, match_text  # noqa: E402


def _seed_texts() -> list[str]:
    texts = []
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        body = parse_article_text(p.read_text(encoding="utf-8"), p.name).body
        texts.append(body)
    return texts


def _place_spans(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised gazetteer-name hits in `text` (what we swap)."""
    spans = []
    for h in get_matcher().find(match_text(fold(text))):
        if any(e.kind == "place" for e in h.entries) and text[h.start : h.start + 1].isupper():
            spans.append((h.start, h.end))
    return spans


def make_corpus(
    n: int, rng: random.Random, min_kb: float = 4.0, max_kb: float = 6.0
) -> list[Article]:
    """`n` varied articles of `min_kb`-`max_kb` KB built from the seeds."""
    gaz = get_gazetteer()
    big = [p.name for p in gaz.places if p.population >= 20_000 and p.name.isascii()]
    seeds = _seed_texts()
    spans = [_place_spans(t) for t in seeds]
    out: list[Article] = []
    for i in range(n):
        k = rng.randrange(len(seeds))
        text, sp = seeds[k], spans[k]
        parts, last = [], 0
        for s, e in sp:
            parts.append(text[last:s])
            parts.append(rng.choice(big) if rng.random() < 0.7 else text[s:e])
            last = e
        parts.append(text[last:])
        body = "".join(parts)
        body = re.sub(r"\b\d{1,2}\b", lambda m: str(rng.randint(1, 40)), body)
        paras = [p for p in body.split("\n\n") if p.strip()]
        head, rest = paras[:2], paras[2:]
        rng.shuffle(rest)
        target = rng.randint(int(min_kb * 1024), int(max_kb * 1024))
        doc = "\n\n".join(head)
        for p in rest * 3:
            if len(doc) >= target:
                break
            doc += "\n\n" + p
        pub = date(2023, 1, 1) + timedelta(days=rng.randrange(700))
        hdr = f" date {pub.isoformat()}\n" if rng.random() < 0.8 else ""
        out.append(
            parse_article_text(
                hdr + doc[:target] + f"\n\n(ref {i})", f"bench_{i}.txt", datetime.now(UTC)
            )
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--kb", default="4-6", help="article size range in KB, e.g. 2-6")
    args = ap.parse_args(argv)
    lo, _, hi = args.kb.partition("-")
    t0 = time.perf_counter()
    warm_up()
    print(f"warm_up: {time.perf_counter() - t0:.2f}s; extractor: {compiled.describe()}")
    corpus = make_corpus(args.n, random.Random(args.seed), float(lo), float(hi or lo))
    size = statistics.mean(len(a.body) for a in corpus)
    print(
        f"corpus: {len(corpus)} articles, mean {size / 1024:.1f} KB "
        f"(min {min(len(a.body) for a in corpus) / 1024:.1f}, "
        f"max {max(len(a.body) for a in corpus) / 1024:.1f})"
    )
    rates = []
    cpu_rates = []
    mentions = 0
    for _ in range(args.runs):
        t, c = time.perf_counter(), time.process_time()
        mentions = sum(len(extract(a)) for a in corpus)
        rates.append(len(corpus) / (time.perf_counter() - t))
        cpu_rates.append(len(corpus) / max(time.process_time() - c, 1e-9))
    print(f"mentions per run: {mentions}")
    # CPU time is steadier than wall time on a shared machine; both are one core
    print(
        f"articles per CPU-second: median {statistics.median(cpu_rates):.0f} "
        f"(min {min(cpu_rates):.0f}, max {max(cpu_rates):.0f})"
    )
    med = statistics.median(rates)
    print(
        f"articles/s: median {med:.0f} "
        f"(min {min(rates):.0f}, max {max(rates):.0f}, runs {len(rates)}); "
        f"{med * size / 1e6:.2f} MB/s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
