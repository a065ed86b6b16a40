"""Growth, CAGR, ABC, XYZ, the ABC×XYZ matrix and the Pareto share."""

import math

import pandas as pd
import pytest

from cxdesk.metrics import abc, abc_xyz_matrix, cagr, cagr_from_series, growth, pareto_share, xyz


def test_cagr_worked_example():
    # (121 / 100)^(1/2) − 1 = 1.1 − 1 = 10%
    assert cagr(100, 121, 2).value == pytest.approx(10.0)
    assert cagr(0, 121, 2).value is None
    assert cagr(100, 121, 0).value is None


def test_cagr_from_series_uses_elapsed_months():
    # Jan 2022 → Jan 2024 is 24 months = 2 years
    months = pd.PeriodIndex(["2022-01", "2023-01", "2024-01"], freq="M")
    s = pd.Series([100.0, 110.0, 121.0], index=months)
    r = cagr_from_series(s)
    assert r.years == 2.0 and r.value == pytest.approx(10.0)
    empty = pd.Series([], dtype=float, index=pd.PeriodIndex([], freq="M"))
    assert cagr_from_series(empty).value is None


def test_growth_mom_and_yoy():
    index = pd.date_range("2023-01-01", periods=13, freq="MS")
    values = [100, 110, 0, 50, 55, 60, 65, 70, 75, 80, 85, 90, 150]
    rows = {r.period: r for r in growth(pd.Series(values, index=index)).rows}
    assert rows["2023-01"].mom is None and rows["2023-01"].yoy is None
    assert rows["2023-02"].mom == pytest.approx(10.0)  # 110 / 100 − 1
    assert rows["2023-03"].mom == pytest.approx(-100.0)  # 0 / 110 − 1
    assert rows["2023-04"].mom is None  # base 0
    assert rows["2024-01"].yoy == pytest.approx(50.0)  # 150 / 100 − 1
    assert rows["2024-01"].mom == pytest.approx(150 / 90 * 100 - 100)


def test_growth_missing_month_has_no_mom():
    s = pd.Series([100, 120], index=pd.to_datetime(["2024-01-15", "2024-03-15"]))
    rows = growth(s).rows
    assert [r.period for r in rows] == ["2024-01", "2024-03"]
    assert rows[1].mom is None


def test_abc_exactly_on_threshold_stays_a():
    # cumulative: 50, 80 (exactly 80% -> A), 92 (B), 97 (crosses 95% -> C), 100 (C)
    r = abc({"a": 50, "b": 30, "c": 12, "d": 5, "e": 3})
    assert [(row.key, row.cls) for row in r.rows] == [
        ("a", "A"),
        ("b", "A"),
        ("c", "B"),
        ("d", "C"),
        ("e", "C"),
    ]
    assert [row.cumulative for row in r.rows] == pytest.approx([50, 80, 92, 97, 100])
    totals = {c.cls: (c.n, c.share) for c in r.classes}
    assert totals == {"A": (2, 80.0), "B": (1, 12.0), "C": (2, 8.0)}


def test_abc_item_crossing_80_goes_to_b():
    # cumulative: 60 (A), 85 (crosses 80% -> B), 95 (exactly 95% -> B), 100 (C)
    r = abc(pd.Series({"x": 25, "y": 60, "z": 10, "w": 5}))
    classes = [(row.key, row.cls) for row in r.rows]
    assert classes == [("y", "A"), ("x", "B"), ("z", "B"), ("w", "C")]


def test_abc_zero_total_and_negative():
    r = abc({"a": 0, "b": 0})
    assert all(row.cls is None for row in r.rows)
    assert all(c.share is None for c in r.classes)
    with pytest.raises(ValueError):
        abc({"a": -1})


def test_xyz_classes():
    r = xyz(
        {
            "flat": [10, 10, 10],  # cv 0 -> X
            "edge": [9, 11],  # mean 10, std 1 -> cv exactly 10% -> X
            "wobbly": [8, 12, 10, 10],  # std sqrt(2) = 1.414 -> 14.1% -> Y
            "spiky": [0, 20, 10],  # std 8.165 -> 81.6% -> Z
            "none": [0, 0, 0],  # mean 0 -> None
        }
    )
    by = {row.key: row for row in r.rows}
    assert by["flat"].cls == "X" and by["edge"].cls == "X"
    assert by["wobbly"].cls == "Y" and by["wobbly"].cv == pytest.approx(math.sqrt(2) * 10)
    assert by["spiky"].cls == "Z"
    assert by["none"].cv is None and by["none"].cls is None


def test_xyz_from_wide_frame():
    frame = pd.DataFrame({"a": [10, 10], "b": [0, 20]})
    assert [row.cls for row in xyz(frame).rows] == ["X", "Z"]


def test_abc_xyz_matrix():
    values = {"a": 50, "b": 30, "c": 15, "d": 5}
    a = abc(values)  # a A, b A, c B, d C
    x = xyz({"a": [10, 10], "b": [0, 20], "c": [5, 5], "d": [0, 0]})  # X, Z, X, None
    m = abc_xyz_matrix(a, x, values)
    cells = {c.abc + c.xyz: (c.n, c.share) for c in m.cells}
    assert cells["AX"] == (1, 50.0) and cells["AZ"] == (1, 30.0) and cells["BX"] == (1, 15.0)
    assert m.n == 3 and m.unclassified == 1 and len(m.cells) == 9


def test_pareto_share():
    # 10 keys: top ceil(0.2 · 10) = 2 keys bring 50 + 20 = 70 of 100
    values = dict(zip("abcdefghij", [50, 20, 10, 5, 5, 4, 3, 2, 1, 0], strict=True))
    r = pareto_share(values)
    assert r.value == pytest.approx(70.0) and r.top_count == 2 and r.n == 10
    # 15 equal keys: ceil(0.2 · 15) = 3 (not 4 from floating-point noise) -> 20%
    assert pareto_share(dict.fromkeys(range(15), 1)).value == pytest.approx(20.0)
    assert pareto_share({}).value is None
