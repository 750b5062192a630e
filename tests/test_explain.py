"""The explanation of a segment adds up to its benefit."""

from __future__ import annotations

import pytest

from mataram_gis.explain import explain_segment


def test_explanation_sums_to_the_ranked_benefit(grid_analysis):
    seg = grid_analysis.segments
    for sid in seg.sort_values("rank")["segment_id"].head(5):
        ex = explain_segment(grid_analysis, int(sid))
        row = seg.loc[seg.segment_id == sid].iloc[0]
        assert len(ex.households) == row.households_benefiting
        assert ex.households["benefit"].sum() == pytest.approx(row.benefit, rel=1e-12)
        assert ex.by_group["households"].sum() == row.households_benefiting
        assert (ex.households["saved_s"] > 0).all()


def test_segment_without_gain_explains_nobody(grid_analysis):
    seg = grid_analysis.segments
    sid = int(seg.loc[seg.benefit == 0, "segment_id"].iloc[0])
    assert explain_segment(grid_analysis, sid).households.empty
