"""The pipeline benchmark's pure helpers: percentiles, summaries, table, CSV and JSON."""

import csv
import json
import math
from pathlib import Path

import pytest

from benchmarks.baselines import rate_from_timestamps
from benchmarks.report import (
    FIELDS,
    Row,
    cpu_model,
    fmt,
    format_table,
    percentile,
    summarize,
    vm_kb,
    write_csv,
    write_json,
)


def test_percentile_interpolates_like_numpy() -> None:
    data = [10.0, 1.0, 4.0, 3.0, 2.0]  # sorted: 1 2 3 4 10
    assert percentile(data, 0) == 1.0
    assert percentile(data, 50) == 3.0
    assert percentile(data, 100) == 10.0
    assert percentile(data, 75) == 4.0
    assert percentile(data, 90) == pytest.approx(7.6)
    assert percentile([5.0], 99) == 5.0
    assert math.isnan(percentile([], 50))
    with pytest.raises(ValueError):
        percentile(data, 101)


def test_summarize_median_and_spread_drop_nan() -> None:
    r = summarize("s", "m", "u", [3.0, 1.0, math.nan, 2.0], "n")
    assert (r.median, r.min, r.max, r.runs, r.note) == (2.0, 1.0, 3.0, 3, "n")
    empty = summarize("s", "m", "u", [math.nan])
    assert empty.runs == 0 and math.isnan(empty.median)


def test_fmt() -> None:
    assert fmt(12345.6) == "12,346"
    assert fmt(42.25) == "42.2"
    assert fmt(0.5123) == "0.512"
    assert fmt(math.nan) == "-"


ROWS = [
    Row("ceilings", "extraction alone", "articles/s", 900.0, 850.0, 950.0, 3, "1 core"),
    Row("ceilings", "broker", "msg/s", 20000.0, 19000.0, 21000.0, 3),
    Row("latency", "p99", "ms", math.nan, math.nan, math.nan, 0),
]


def test_format_table_aligns_and_separates_sections() -> None:
    text = format_table(ROWS)
    lines = text.splitlines()
    assert lines[0].startswith("section")
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "850 - 950" in lines[2]
    assert lines[4] == ""  # a blank line before the next section
    assert "-" in lines[5] and "latency" in lines[5]
    # the median column is right-aligned: every row's median ends at the same column
    assert lines[2].index("900 ") + 3 == lines[3].index("20,000 ") + 6
    assert format_table([]).splitlines()[0].startswith("section")


def test_write_csv_and_json(tmp_path: Path) -> None:
    csv_path = tmp_path / "out" / "r.csv"
    write_csv(ROWS, csv_path)
    with csv_path.open() as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == FIELDS
    assert rows[0]["metric"] == "extraction alone" and float(rows[0]["median"]) == 900.0
    assert rows[2]["median"] == ""
    json_path = tmp_path / "out" / "r.json"
    write_json(ROWS, json_path, {"cores": 2}, raw={"runs": [{"x": math.inf}]})
    doc = json.loads(json_path.read_text())
    assert doc["machine"] == {"cores": 2}
    assert doc["rows"][1]["median"] == 20000.0
    assert doc["rows"][2]["median"] is None
    assert doc["raw"]["runs"][0]["x"] is None


def test_cpu_model_and_vm_fields() -> None:
    assert cpu_model("processor\t: 0\nmodel name\t: AMD EPYC 7B13\n") == "AMD EPYC 7B13"
    status = "Name:\tpython\nVmHWM:\t  123456 kB\nVmRSS:\t  100000 kB\n"
    assert vm_kb(status, "VmHWM") == 123456.0
    assert vm_kb(status, "VmRSS") == 100000.0
    assert math.isnan(vm_kb(status, "VmSwap"))


def test_rate_from_timestamps() -> None:
    assert rate_from_timestamps([1000, 1500, 2000]) == pytest.approx(2.0)
    assert math.isnan(rate_from_timestamps([1000]))
    assert math.isnan(rate_from_timestamps([1000, 1000]))
