"""The ruas layer's vectorised parts equal the straightforward per-group ones (issue 15).

``rank_ruas`` builds its text fields (the dominant ``nama_ruas``, ``status``...) and its
order from arrays at once; each part is compared here with the per-group route it replaced
(a groupby over (group, value), pandas' sorts), value by value, and each ruas's geometry
with its segments' lines in STA order.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mataram_gis.ruas import _dominant, _group_costs, _group_spans, _span, rank_ruas
from tests.test_ruas import ruas_networks


def groupby_dominant(codes, values, weight, n: int) -> np.ndarray:
    """The groupby route: per group, the text with most summed weight, ties to the first."""
    frame = pd.DataFrame(
        {"g": codes, "v": np.asarray(values, dtype=object).astype(str), "w": weight}
    )
    s = frame.groupby(["g", "v"], sort=True)["w"].sum().reset_index()
    s = s.sort_values(["g", "w"], ascending=[True, False], kind="stable").drop_duplicates("g")
    out = np.full(n, "", dtype=object)
    out[s["g"].to_numpy(int)] = s["v"].to_numpy(object)
    return out


TEXTS = ["Jl. Majapahit", "jl. majapahit", "Jl. Pejanggik", "é", "", "kota", "001", "1"]
ODD = [None, np.nan, 1, 1.0, True]  # object columns may hold these: compared as their text


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    n=st.integers(1, 6),
    rows=st.integers(0, 40),
    odd=st.booleans(),
    series=st.booleans(),
)
def test_dominant_equals_groupby(data, n, rows, odd, series):
    codes = np.array(data.draw(st.lists(st.integers(0, n - 1), min_size=rows, max_size=rows)))
    pool = TEXTS + ODD if odd else TEXTS
    values = data.draw(st.lists(st.sampled_from(pool), min_size=rows, max_size=rows))
    weight = np.array(
        data.draw(
            st.lists(
                st.sampled_from([0.0, 0.1, 0.2, 0.3, 1.0, 2.5, 1e16, np.nan]),
                min_size=rows, max_size=rows,
            )
        ),
        float,
    )  # fmt: skip
    codes = codes.astype(np.int64)
    arr = np.array(values, dtype=object)
    given_values = pd.Series(values) if series else arr  # str dtype when all texts
    got = _dominant(codes, given_values, weight, n)
    # The old route took the column as it came: a text Series holds a None as NaN ("nan").
    want = groupby_dominant(codes, np.asarray(given_values, dtype=object), weight, n)
    assert got.tolist() == want.tolist()


def test_dominant_of_a_text_column_with_missing_values():
    s = pd.Series(["a", None, "b", None], dtype="str")
    codes = np.array([0, 0, 1, 1])
    w = np.array([1.0, 2.0, 3.0, 1.0])
    got = _dominant(codes, s, w, 3)
    assert got.tolist() == groupby_dominant(codes, s.to_numpy(), w, 3).tolist()
    assert got.tolist() == ["nan", "b", ""]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=ruas_networks())
def test_ruas_layer_order_rank_and_fields_as_pandas_gives(case):
    """Ranked ruas by benefit, benefit per cost, nomor; then the unranked by nomor; the
    dominant texts and the geometry as the per-group route gives."""
    p, seg = case
    layer = rank_ruas(p, seg)
    frame = pd.DataFrame(layer.drop(columns="geometry"))
    ranked = frame.loc[frame["candidates"] > 0].sort_values(
        ["benefit", "benefit_per_cost", "nomor_ruas"], ascending=[False, False, True]
    )
    rest = frame.loc[frame["candidates"] == 0].sort_values("nomor_ruas")
    assert frame["nomor_ruas"].tolist() == [*ranked["nomor_ruas"], *rest["nomor_ruas"]]
    assert str(frame["rank"].dtype) == "Int64"
    assert frame["rank"].iloc[: len(ranked)].tolist() == list(range(1, len(ranked) + 1))
    assert frame["rank"].iloc[len(ranked) :].isna().all()
    assert layer.index.tolist() == list(range(len(layer)))
    codes, keys = pd.factorize(seg["nomor_ruas"].astype(str))
    name = groupby_dominant(codes, seg["nama_ruas"].to_numpy(), p.length_m, len(keys))
    by_key = dict(zip(keys, name, strict=True))
    assert frame["nama_ruas"].tolist() == [by_key[k] for k in frame["nomor_ruas"]]
    for r in layer.itertuples():
        rows = np.flatnonzero(seg["nomor_ruas"].to_numpy() == r.nomor_ruas)
        rows = rows[np.lexsort((p.segment_ids[rows], seg["sta_from_m"].to_numpy()[rows]))]
        assert r.geometry.equals_exact(shapely.MultiLineString(list(seg.geometry[rows])), 0)
        assert r.segments == len(rows)


@settings(max_examples=200, deadline=None)
@given(sizes=st.lists(st.integers(0, 300), min_size=1, max_size=8), seed=st.integers(0, 999))
def test_group_spans_and_costs_equal_per_group_sums(sizes, seed):
    """Per group: the STA span as :func:`_span` and the cost as ``numpy.sum``, to the bit
    (groups from 1 to 300 values: numpy's pairwise blocks included)."""
    rng = np.random.default_rng(seed)
    n = sum(sizes)
    rows = rng.permutation(n + 5)[:n]
    sta = rng.random(n + 5) * 5000
    length = rng.random(n + 5) * 300
    cost = rng.random(n) * rng.choice([1.0, 1e6, 1e9])
    ptr = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    some = np.flatnonzero(np.diff(ptr) > 0)
    a, z = ptr[some], ptr[some + 1]
    lo, hi = _group_spans(rows, a, z, sta, length)
    costs = _group_costs(cost, a, z)
    for i, (s, e) in enumerate(zip(a, z, strict=True)):
        assert (lo[i], hi[i]) == _span(rows[s:e], sta, length)
        assert costs[i] == cost[s:e].sum()
