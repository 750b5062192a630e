"""Deterministic simplification of an OSM graph (one edge per segment between junctions).

osmnx's ``simplify_graph`` merges the tags of the OSM edges it joins into ``list(set(...))``:
the order of that list depends on Python's string hash seed, so "the first value" (the class,
the name, the surface of a segment that joins a footway and a residential street) changed from
run to run (issue 9). Here every edge carries its own tags in a private attribute that the
simplification concatenates in path order, and each segment then takes, per tag, the value
that covers the most of its length; ties go to the alphabetically first value. The result
depends only on the data, never on the hash seed or the order edges were added.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:  # networkx loads with osmnx, on the osmnx route only
    import networkx as nx

TAGS_ATTR = "_mataram_tags"
"""Edge attribute holding ``((length, (value per tag, ...)), ...)`` in path order."""


def _concat(values: list[tuple]) -> tuple:
    """Aggregation for :data:`TAGS_ATTR`: the records of all merged edges, in path order."""
    return tuple(itertools.chain.from_iterable(values))


def simplify(graph: nx.MultiDiGraph, *, tags: Sequence[str]) -> nx.MultiDiGraph:
    """Simplify an unsimplified osmnx graph, keeping every merged edge's tags.

    Parameters
    ----------
    graph
        osmnx-style MultiDiGraph (nodes with ``x``/``y``), not yet simplified.
    tags
        Edge attributes to keep per merged edge (read back with :func:`segment_tags`).

    Returns
    -------
    networkx.MultiDiGraph
        The simplified graph; each edge has :data:`TAGS_ATTR`.
    """
    import osmnx as ox

    for _, _, data in graph.edges(data=True):
        try:
            length = float(data.get("length", 1.0))
        except (TypeError, ValueError):
            length = 1.0
        length = length if length > 0 else 1.0  # NaN fails this test too
        data[TAGS_ATTR] = ((length, tuple(data.get(t) for t in tags)),)
    return ox.simplify_graph(graph, edge_attr_aggs={"length": sum, TAGS_ATTR: _concat})


def _usable(value: object) -> bool:
    if value is None or (isinstance(value, float) and value != value):
        return False
    return not (isinstance(value, str) and value.strip() == "")


def _weighted_choice(pairs: list[tuple[float, object]]) -> object:
    """The value with the largest total length; ties to the smallest ``str(value)``."""
    total: dict[str, float] = {}
    first: dict[str, object] = {}
    for length, value in pairs:
        if isinstance(value, list | tuple | set):  # a tag osmnx had merged already
            for v in sorted(value, key=str):
                if _usable(v):
                    key = str(v)
                    total[key] = total.get(key, 0.0) + length
                    first.setdefault(key, v)
            continue
        if _usable(value):
            key = str(value)
            total[key] = total.get(key, 0.0) + length
            first.setdefault(key, value)
    if not total:
        return ""
    best = min(total, key=lambda k: (-round(total[k], 6), k))
    return first[best]


def segment_tags(records: pd.Series, *, tags: Sequence[str]) -> pd.DataFrame:
    """One value per tag for each simplified edge (length-weighted, see module doc).

    Parameters
    ----------
    records
        The :data:`TAGS_ATTR` column of the edges (NaN for edges without it).
    tags
        The tag names, in the order given to :func:`simplify`.

    Returns
    -------
    pandas.DataFrame
        One column per tag, ``""`` where no edge of the segment has a value.
    """
    rows = []
    for rec in records.to_numpy():
        if not isinstance(rec, tuple):
            rows.append([""] * len(tags))
            continue
        rows.append(
            [_weighted_choice([(w, vals[i]) for w, vals in rec]) for i in range(len(tags))]
        )
    return pd.DataFrame(rows, columns=list(tags), index=records.index, dtype=object)


def pick_value(value: object) -> object:
    """One value from a tag osmnx may have merged into a list: the alphabetically first."""
    return _weighted_choice([(1.0, value)])
