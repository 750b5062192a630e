"""Independent checks shared by tests: recompute a results file from its own layers."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx
import numpy as np

from mataram_gis.results import read_results


def recheck_results(path: str | Path, *, top: int = 5) -> int:
    """Recompute the top segments' benefits from the GeoPackage alone, with networkx.

    Builds the graph from ``segments`` (``u``, ``v``, ``oneway``, ``time_before_s``), gives
    each origin its time to its named centre or the nearest centre, swaps one segment's time
    for ``time_after_s`` and recomputes. Asserts equality; returns how many were checked.
    """
    r = read_results(path)
    seg, org, cen = r.segments, r.origins, r.centres
    used = org[org["excluded"] == ""]

    def household_times(times: np.ndarray) -> np.ndarray:
        g = nx.MultiDiGraph()  # reversed edges: search outwards from each centre
        for s, u, v, ow, t in zip(seg.index, seg.u, seg.v, seg.oneway, times, strict=True):
            g.add_edge(v, u, weight=t, key=s)
            if not ow:
                g.add_edge(u, v, weight=t, key=s)
        per = {
            cid: nx.single_source_dijkstra_path_length(g, n)
            for cid, n in zip(cen.centre_id, cen.node, strict=True)
        }
        out = []
        for c, n, fixed in zip(used.centre, used.node, used.centre_fixed, strict=True):
            ids = [c] if fixed else list(per)
            out.append(min(per[i].get(n, np.inf) for i in ids))
        return np.array(out)

    before = seg.time_before_s.to_numpy()
    base = household_times(before)
    np.testing.assert_allclose(base, used.time_to_centre_s, atol=1e-6)
    checked = 0
    for i in seg.sort_values("rank").index[:top]:
        t = before.copy()
        t[i] = seg.time_after_s[i]
        saved = base - household_times(t)
        recomputed = float(np.sum(used.weight * saved)) / 3600
        assert np.isclose(recomputed, seg.benefit[i], rtol=1e-9, atol=1e-6), (
            f"segment {seg.segment_id[i]}: benefit {seg.benefit[i]} recomputes as {recomputed}"
        )
        assert int((saved > 1e-9).sum()) == seg.households_benefiting[i]
        checked += 1
    return checked


def assert_no_personal_values(paths: Iterable[str | Path], values: Iterable[str]) -> None:
    """Fail when any file under ``paths`` (files or folders, read as bytes) holds a value.

    For full-pipeline tests: write outputs, then check that no personal value of the input
    reached any output file (GeoPackage, CSV, XLSX, PDF, logs...).
    """
    files: list[Path] = []
    for p in map(Path, paths):
        files += [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
    for f in files:
        data = f.read_bytes()
        for value in values:
            for encoding in ("utf-8", "utf-16-le"):
                assert value.encode(encoding) not in data, f"{f} holds a personal value"
