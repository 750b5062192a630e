"""``plot_lines`` draws lines exactly as GeoPandas' ``plot`` does (same PNG), faster."""

from __future__ import annotations

import io

import geopandas as gpd
from matplotlib.figure import Figure
from shapely.geometry import LineString, MultiLineString

from mataram_gis.outputs.mapplot import plot_lines


def _png(draw) -> bytes:
    fig = Figure(figsize=(3, 3))
    ax = fig.subplots()
    draw(ax)
    ax.set_axis_off()  # as the briefing's maps
    ax.set_aspect("equal")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    return buffer.getvalue()


def test_same_picture_as_geopandas(grid_analysis):
    lines = gpd.GeoSeries(
        [*grid_analysis.segments.geometry.iloc[:40],
         MultiLineString([[(400_000, 9_050_000), (400_300, 9_050_500)],
                          [(400_500, 9_050_000), (400_600, 9_049_800), (400_700, 9_050_100)]]),
         LineString([(399_900, 9_049_900), (400_100, 9_050_300)])],
        crs=grid_analysis.segments.crs,
    )  # fmt: skip
    style = {"color": "#8a8f96", "linewidth": 0.7}
    ours = _png(lambda ax: plot_lines(ax, lines, **style))
    theirs = _png(lambda ax: lines.plot(ax=ax, **style))
    assert ours == theirs
    assert ours != _png(lambda ax: plot_lines(ax, lines.iloc[:-1], **style))  # it draws
