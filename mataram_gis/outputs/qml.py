"""QGIS styles stored inside the results GeoPackage, so it opens styled in QGIS.

QGIS keeps per-layer styles in a ``layer_styles`` table of the GeoPackage (columns
``f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, styleQML,
styleSLD, useAsDefault, description, owner, ui, update_time``) and applies the row with
``useAsDefault = 1`` when a layer is opened. :func:`write_styles` writes one default style
per results layer:

- ``segments``: graduated renderer on the benefit of ranked segments (the five classes of
  :mod:`.classify`, colours *and* widths, higher classes drawn on top) and the rank of the
  top segments as labels;
- ``centres``: dark square markers labelled with the centre name;
- ``origins``: tiny grey points visible only when zoomed in closer than 1:5,000 (the
  file is the engineers' audit trail; at city scale households stay hidden).
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd

from mataram_gis.errors import InputDataError
from mataram_gis.outputs.classify import PriorityClasses, priority_classes
from mataram_gis.outputs.texts import fmt_benefit, t

logger = logging.getLogger(__name__)

STYLE_NAME = "Mataram GIS"
QGIS_VERSION = "3.28.0-Firenze"
#: Expression classified by the segments renderer: benefit of ranked segments, else 0.
BENEFIT_EXPR = 'if("rank" IS NULL, 0, coalesce("benefit", 0))'
INK_RGBA = "31,35,40,255"

CREATE_SQL = """
CREATE TABLE IF NOT EXISTS layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    f_table_catalog TEXT(256), f_table_schema TEXT(256), f_table_name TEXT(256),
    f_geometry_column TEXT(256), styleName TEXT(30), styleQML TEXT, styleSLD TEXT,
    useAsDefault BOOLEAN, description TEXT, owner TEXT(30), ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""


def rgba(hex_colour: str, alpha: int = 255) -> str:
    """``#rrggbb`` as QGIS's ``r,g,b,a``."""
    h = hex_colour.lstrip("#")
    return ",".join(str(int(h[i : i + 2], 16)) for i in (0, 2, 4)) + f",{alpha}"


def _props(**props: object) -> str:
    return "".join(f'<prop k="{k}" v={quoteattr(str(v))}/>' for k, v in props.items())


def line_symbol(name: str, colour: str, width_mm: float) -> str:
    """A simple line symbol (round caps and joins, width in mm)."""
    props = _props(
        capstyle="round",
        joinstyle="round",
        line_color=rgba(colour),
        line_style="solid",
        line_width=f"{width_mm:g}",
        line_width_unit="MM",
    )
    return (
        f'<symbol type="line" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleLine" enabled="1" locked="0" pass="0">{props}</layer>'
        "</symbol>"
    )


def marker_symbol(name: str, *, shape: str, colour: str, size_mm: float, outline: str) -> str:
    """A simple marker symbol."""
    props = _props(
        name=shape,
        color=colour,
        outline_color=outline,
        outline_style="solid",
        outline_width="0.3",
        outline_width_unit="MM",
        size=f"{size_mm:g}",
        size_unit="MM",
        scale_method="diameter",
    )
    return (
        f'<symbol type="marker" name="{name}" alpha="1" clip_to_extent="1" force_rhr="0">'
        f'<layer class="SimpleMarker" enabled="1" locked="0" pass="0">{props}</layer>'
        "</symbol>"
    )


def text_labels(expression: str, *, size_pt: float, circle: bool, placement: int) -> str:
    """Simple labelling by an expression, bold ink text with a white halo (or a circle)."""
    background = (
        '<background shapeDraw="1" shapeType="2" shapeSizeType="0" shapeSizeX="0.6" '
        'shapeSizeY="0.6" shapeSizeUnit="MM" shapeFillColor="255,255,255,255" '
        f'shapeStrokeColor="{INK_RGBA}" shapeStrokeWidth="0.25" shapeStrokeWidthUnit="MM"/>'
        if circle
        else '<background shapeDraw="0"/>'
    )
    return (
        '<labeling type="simple"><settings calloutType="simple">'
        f'<text-style fieldName={quoteattr(expression)} isExpression="1" '
        f'fontFamily="DejaVu Sans" fontSize="{size_pt:g}" fontSizeUnit="Point" '
        f'fontWeight="75" fontItalic="0" textColor="{INK_RGBA}" textOpacity="1" '
        'namedStyle="Bold" multilineHeight="1">'
        '<text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" '
        'bufferColor="255,255,255,255" bufferOpacity="0.9" bufferJoinStyle="128"/>'
        f"{background}</text-style>"
        '<text-format wrapChar="" autoWrapLength="22" multilineAlign="0"/>'
        f'<placement placement="{placement}" dist="1.5" distUnits="MM" '
        'placementFlags="10" priority="8" overrunDistance="0" repeatDistance="0"/>'
        '<rendering obstacle="1" displayAll="1" upsidedownLabels="0" zIndex="1" '
        'scaleVisibility="0" fontLimitPixelSize="0"/>'
        "</settings></labeling>"
    )


def _document(body: str, *, geometry_type: int, labels: bool, scale: str = "") -> str:
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        f'<qgis version="{QGIS_VERSION}" styleCategories="AllStyleCategories" '
        f'labelsEnabled="{int(labels)}" {scale}>'
        f"{body}<layerGeometryType>{geometry_type}</layerGeometryType></qgis>"
    )


def segments_qml(classes: PriorityClasses, *, lang: str = "id", top: int = 10) -> str:
    """QML of the ``segments`` layer: graduated colours and widths, top ranks labelled."""
    c = classes
    ranges = [
        f'<range lower="0" upper="0" symbol="0" render="true" '
        f"label={quoteattr(t('legend_other', lang))}/>"
    ]
    symbols = [line_symbol("0", c.other_colour, c.other_width_mm)]
    for k in range(1, c.n + 1):
        lo, hi = c.bounds(k)
        if k == c.n:  # open-ended top class: up to (a little above) the largest benefit
            hi = max(hi, c.maximum) * 1.000001 + 1e-9
        span = c.range_label(k, fmt=lambda v: fmt_benefit(v, lang))
        label = f"{t(f'class_{k}', lang)} ({span})"
        ranges.append(
            f'<range lower="{lo!r}" upper="{hi!r}" symbol="{k}" render="true" '
            f"label={quoteattr(label)}/>"
        )
        symbols.append(line_symbol(str(k), c.colours[k - 1], c.widths_mm[k - 1]))
    renderer = (
        f'<renderer-v2 type="graduatedSymbol" attr={quoteattr(BENEFIT_EXPR)} '
        'graduatedMethod="GraduatedColor" symbollevels="0" enableorderby="1" forceraster="0">'
        f"<ranges>{''.join(ranges)}</ranges><symbols>{''.join(symbols)}</symbols>"
        '<orderby><orderByClause asc="1" nullsFirst="1">'
        f"{escape(BENEFIT_EXPR)}</orderByClause></orderby></renderer-v2>"
    )
    expr = f'if("rank" IS NOT NULL AND "rank" <= {int(top)}, to_string("rank"), NULL)'
    labels = text_labels(expr, size_pt=8, circle=True, placement=4) if top > 0 else ""
    return _document(renderer + labels, geometry_type=1, labels=top > 0)


def centres_qml(*, lang: str = "id") -> str:
    """QML of the ``centres`` layer: dark squares labelled with the centre name."""
    renderer = (
        '<renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" '
        'enableorderby="0"><symbols>'
        + marker_symbol(
            "0", shape="square", colour=INK_RGBA, size_mm=3.2, outline="255,255,255,255"
        )
        + "</symbols></renderer-v2>"
    )
    labels = text_labels('coalesce("name", "centre_id")', size_pt=8, circle=False, placement=6)
    return _document(renderer + labels, geometry_type=0, labels=True)


def origins_qml() -> str:
    """QML of the ``origins`` layer: tiny grey points, shown only closer than 1:5,000."""
    renderer = (
        '<renderer-v2 type="singleSymbol" symbollevels="0" forceraster="0" '
        'enableorderby="0"><symbols>'
        + marker_symbol(
            "0", shape="circle", colour="110,118,129,200", size_mm=0.9, outline="255,255,255,0"
        )
        + "</symbols></renderer-v2>"
    )
    scale = 'hasScaleBasedVisibilityFlag="1" minScale="5000" maxScale="0"'
    return _document(renderer, geometry_type=0, labels=False, scale=scale)


def _geometry_columns(con: sqlite3.Connection) -> dict[str, str]:
    rows = con.execute("SELECT table_name, column_name FROM gpkg_geometry_columns").fetchall()
    return {table: column for table, column in rows}


def write_styles(
    path: str | Path, segments: pd.DataFrame, *, lang: str = "id", top: int = 10
) -> Path:
    """Write the styles into a GeoPackage whose ``segments`` layer is ``segments``.

    Used by :func:`mataram_gis.results.write_results` on the file before it is renamed
    into place, so results always open styled in QGIS (and by
    :func:`mataram_gis.outputs.service.store_styles` on a copy).
    """
    path = Path(path)
    benefit = segments["benefit"].where(segments["rank"].notna(), 0.0)
    styles = {
        "segments": segments_qml(
            priority_classes(benefit.fillna(0).to_numpy()), lang=lang, top=top
        ),
        "centres": centres_qml(lang=lang),
        "origins": origins_qml(),
    }
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    try:
        con = sqlite3.connect(path)
    except sqlite3.Error as exc:  # pragma: no cover - read_results opened it already
        raise InputDataError(f"cannot open for writing ({exc})", file=str(path)) from None
    try:
        with con:
            con.execute(CREATE_SQL)
            _register(con)
            geom = _geometry_columns(con)
            for layer, qml in styles.items():
                con.execute(
                    "DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?",
                    (layer, STYLE_NAME),
                )
                con.execute(
                    "UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (layer,)
                )
                con.execute(
                    "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
                    "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, "
                    "description, owner, ui, update_time) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        "",
                        "",
                        layer,
                        geom.get(layer, "geom"),
                        STYLE_NAME,
                        qml,
                        "",
                        1,
                        f"{t('map_title', lang)} ({layer})",
                        "",
                        "",
                        now,
                    ),
                )
    finally:
        con.close()
    logger.info("QGIS styles written to %s", path)
    return path


def _register(con: sqlite3.Connection) -> None:
    """List ``layer_styles`` in gpkg_contents as an attributes table (as QGIS does)."""
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, "
        "last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', "
        "'QGIS layer styles', strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
    )
