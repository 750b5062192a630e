"""The briefing computes the fields of one upgraded set once (outputs/reach.py, issue 15)."""

from __future__ import annotations

import numpy as np

from mataram_gis.equity import household_times_with
from mataram_gis.outputs.reach import fields_after, household_times_after
from mataram_gis.problem import UpgradeProblem
from mataram_gis.segment_table import top_ranked_rows


def test_fields_after_equals_fields_with_and_is_computed_once(grid_analysis, monkeypatch):
    problem = UpgradeProblem.from_analysis(grid_analysis)
    top = top_ranked_rows(grid_analysis.segments, 5)
    other = top_ranked_rows(grid_analysis.segments, 2)
    np.testing.assert_array_equal(fields_after(problem, top), problem.fields_with(top))
    calls = []
    real = UpgradeProblem.fields_with
    monkeypatch.setattr(UpgradeProblem, "fields_with",
                        lambda self, rows: calls.append(1) or real(self, rows))  # fmt: skip
    again = fields_after(problem, top[::-1])  # same rows, another order: kept
    assert calls == []
    np.testing.assert_array_equal(again, real(problem, top))
    np.testing.assert_array_equal(fields_after(problem, other), real(problem, other))
    assert calls == [1]  # other rows: computed


def test_household_times_after_equals_household_times_with(grid_analysis):
    problem = UpgradeProblem.from_analysis(grid_analysis)
    for rows in (top_ranked_rows(grid_analysis.segments, 3), np.array([], np.int64)):
        got, want = household_times_after(problem, rows), household_times_with(problem, rows)
        np.testing.assert_array_equal(got.before_s, want.before_s)
        np.testing.assert_array_equal(got.after_s, want.after_s)
    assert np.nanmax(want.before_s) > 0
