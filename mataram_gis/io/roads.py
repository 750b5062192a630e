"""Reading road line layers (GeoPackage, Shapefile, GeoJSON, OSM) into the roads schema."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from mataram_gis.errors import InputDataError
from mataram_gis.io import vocab
from mataram_gis.io.columns import ROAD_COLUMNS, accepted_names, resolve_columns
from mataram_gis.io.road_checks import check_crs_fits, check_finite, check_tolerance, zero_length
from mataram_gis.io.road_schema import ROAD_SCHEMA
from mataram_gis.io.topology import TopologyReport, repair_topology
from mataram_gis.io.validate import (
    ROAD_SUFFIXES,
    check_file,
    parse_crs,
    require_geometry,
    require_rows,
    rows_text,
    to_number,
)
from mataram_gis.io.vector import read_vector

logger = logging.getLogger(__name__)

DEFAULT_CLASS = "residential"
"""Road class of every line when the file has no class column (fungsi lokal)."""
DEFAULT_CONDITION = "sedang"
"""Condition of every line when the file has no condition column (shown as unknown)."""


def read_roads(
    path: str | Path,
    *,
    column_map: Mapping[str, str | None] | None = None,
    layer: str | None = None,
    tolerance_m: float | None = None,
    crs: str | None = None,
    osm_reader: str = "fast",
) -> tuple[gpd.GeoDataFrame, TopologyReport]:
    """Read a road network file into the normalised roads schema.

    Parameters
    ----------
    path
        GeoPackage, Shapefile (.shp or .zip), GeoJSON, or OSM (.osm XML, .osm.pbf).
    column_map
        ``{input column: field}`` overrides of the column map (docs/INPUTS.md).
    layer
        Layer to read from a multi-layer GeoPackage (CLI ``--roads-layer``).
    tolerance_m
        Line ends closer than this to another line are joined to it (metres, 0 to
        :data:`~mataram_gis.io.road_checks.MAX_TOLERANCE_M`); ``None`` (default): the
        tolerance proposed from the data's dangle gaps (:mod:`mataram_gis.io.gaps`).
    crs
        CRS for a layer that has none (e.g. a shapefile without .prj), or that replaces a
        wrong one the file declares (CLI ``--roads-crs``).
    osm_reader
        For ``.osm``/``.pbf``: ``fast`` (pyosmium, default) or ``osmnx`` (the graph route;
        same segments, CLI ``--osm-reader``).

    Returns
    -------
    roads : geopandas.GeoDataFrame
        One row per segment (largest connected part), columns :data:`ROAD_SCHEMA`, in the
        input CRS.
    report : TopologyReport
        Repairs made and parts left out.

    Raises
    ------
    InputDataError
        When the file cannot be read or its content is invalid.
    """
    tolerance_m = None if tolerance_m is None else check_tolerance(tolerance_m)
    path = check_file(path, suffixes=ROAD_SUFFIXES, what="roads")
    if path.suffix.lower() in (".osm", ".pbf"):
        from mataram_gis.io.osm import read_osm

        return read_osm(path, reader=osm_reader)
    file = str(path)
    report = TopologyReport()
    raw = read_vector(path, layer=layer, kind="line")
    require_rows(raw, file=file, what="roads")
    raw = _with_crs(raw, crs=crs, file=file, report=report)
    require_geometry(raw, kind="line", what="roads", file=file)
    raw["_row"] = np.arange(1, len(raw) + 1)
    empty = raw.geometry.isna() | raw.geometry.is_empty
    if empty.all():
        raise InputDataError(
            "no feature has a geometry", file=file, fix="export the road lines again"
        )
    if empty.any():
        report.note(
            f"{file}: {rows_text(np.flatnonzero(empty) + 1)} have no geometry and are skipped",
            level=logging.WARNING,
        )
        raw = raw.loc[~empty]
    if (raw.geom_type == "MultiLineString").any():
        raw = raw.explode(index_parts=False)
    raw = raw.reset_index(drop=True)
    roads, levels = normalise_roads(raw, column_map=column_map, file=file, report=report)
    geoms, rows = roads.geometry.to_numpy(), raw["_row"].to_numpy()
    check_finite(geoms, rows=rows, file=file)
    check_crs_fits(geoms, raw.crs, rows=rows, file=file)
    zero = zero_length(geoms, rows=rows, file=file)
    if zero.any():
        report.note(
            f"{file}: {rows_text(np.unique(rows[zero]))} have zero length and are skipped",
            level=logging.WARNING,
        )
        roads, levels, rows = roads.loc[~zero], levels[~zero], rows[~zero]
    roads, topo = repair_topology(roads, tolerance_m=tolerance_m, levels=levels, rows=rows)
    topo.messages[:0] = report.messages
    logger.info("%s: %d road segments", file, len(roads))
    return roads, topo


def _with_crs(
    raw: gpd.GeoDataFrame, *, crs: str | None, file: str, report: TopologyReport
) -> gpd.GeoDataFrame:
    """The layer with its CRS: ``crs`` fills a missing one or replaces the declared one."""
    if crs is not None:
        given = parse_crs(crs, file=file, where="--roads-crs")
        if raw.crs is not None and not raw.crs.equals(given):
            report.note(
                f"{file}: the layer declares {raw.crs.name}; {given.name} (--roads-crs) is "
                "used instead",
                level=logging.WARNING,
            )
        return raw.set_crs(given, allow_override=True)
    if raw.crs is None:
        shapefile = file.lower().endswith((".shp", ".zip"))
        raise InputDataError(
            "the layer has no coordinate reference system (CRS)"
            + (": the .prj file is missing" if shapefile else ""),
            file=file,
            fix="give the CRS with --roads-crs, e.g. --roads-crs 32750 (UTM zone 50S, "
            "Mataram) or --roads-crs 4326 (longitude/latitude); or "
            + ("put the .prj file next to the .shp" if shapefile else "save the layer with it"),
        )
    return raw


def _vocab(
    raw: gpd.GeoDataFrame,
    col: str,
    table: Mapping[str, object],
    *,
    file: str,
    what: str,
    skip: np.ndarray | None = None,
) -> pd.Series:
    """Map a column through a vocabulary; raise naming rows with unknown words."""
    mapped, unknown = vocab.map_words(vocab.as_words(raw[col]), table)
    if skip is not None:
        unknown &= ~skip
    if unknown.any():
        words = sorted({vocab.normalise_word(w) or "(empty)" for w in raw[col][unknown]})[:5]
        accepted = sorted({k for k in table if k})
        raise InputDataError(
            f"{rows_text(raw['_row'].to_numpy()[unknown])}: unknown {what} "
            f"{', '.join(repr(w) for w in words)}",
            file=file,
            where=f"column {col}",
            fix=f"use one of: {', '.join(accepted)}",
        )
    return mapped


def _condition(raw: gpd.GeoDataFrame, cols: dict[str, str], *, file: str) -> pd.Series:
    """Condition per row: condition word, else IRI, else smoothness, else surface."""
    sources = [f for f in ("condition", "iri", "smoothness", "surface") if f in cols]
    condition = pd.Series([None] * len(raw), dtype=object)
    rows = raw["_row"].to_numpy()
    for field in sources:
        col = cols[field]
        todo = condition.isna().to_numpy()
        blank = vocab.normalise_words(vocab.as_words(raw[col])).eq("").to_numpy()
        if field == "iri":
            iri = to_number(
                raw[col], column=col, file=file, what="an IRI", allow_empty=True, rows=rows
            )
            have = todo & np.isfinite(iri)
            condition[have] = vocab.iri_to_condition(iri[have])
            continue
        table = {
            "condition": vocab.CONDITION_WORDS,
            "smoothness": vocab.SMOOTHNESS_CONDITION,
            "surface": {
                k: vocab.SURFACE_CONDITION[v.replace("_", " ")]
                for k, v in vocab.SURFACE_WORDS.items()
            },
        }[field]
        skip = ~todo | blank  # only rows that still need a condition must know the word
        mapped = _vocab(raw, col, table, file=file, what=f"{field} word", skip=skip)
        have = todo & ~blank
        condition[have] = mapped[have]
    missing = condition.isna().to_numpy()
    if missing.any():
        raise InputDataError(
            f"{rows_text(rows[missing])}: no road condition "
            f"(columns {', '.join(cols[f] for f in sources)} are empty)",
            file=file,
            fix="fill in the condition: baik, sedang, rusak ringan or rusak berat",
        )
    return condition


def _osm_word(value: object) -> str:
    """A normalised word in OSM spelling (underscores): "Paving Stones" -> "paving_stones"."""
    return vocab.normalise_word(value).replace(" ", "_")


def normalise_roads(
    raw: gpd.GeoDataFrame,
    *,
    column_map: Mapping[str, str | None] | None = None,
    file: str = "roads",
    report: TopologyReport | None = None,
) -> tuple[gpd.GeoDataFrame, np.ndarray]:
    """Map a road layer's columns and words to the roads schema.

    Parameters
    ----------
    raw
        LineString rows with a ``_row`` column (1-based feature number, for messages).
    column_map
        ``{input column: field}`` overrides.
    file
        For messages.
    report
        Receives the warnings when a class or condition column is missing.

    Returns
    -------
    roads : geopandas.GeoDataFrame
        Columns :data:`ROAD_SCHEMA`, then ``class_source`` and ``condition_source``
        ("input", or "default" where the column was missing and :data:`DEFAULT_CLASS` /
        :data:`DEFAULT_CONDITION` stand in); geometries reversed where ``oneway`` was -1.
    levels : numpy.ndarray
        Integer level per row from ``layer``/``bridge``/``tunnel`` (0 when absent).
    """
    cols = resolve_columns(
        [c for c in raw.columns if c not in ("geometry", "_row")],
        ROAD_COLUMNS,
        column_map=column_map,
        file=file,
    )
    n = len(raw)
    rows = raw["_row"].to_numpy()
    out = pd.DataFrame(index=raw.index)

    def text(field: str) -> pd.Series:
        if field not in cols:
            return pd.Series([""] * n, index=raw.index, dtype=str)
        return raw[cols[field]].astype(object).where(raw[cols[field]].notna(), "").astype(str)

    out["name"] = text("name").str.strip()
    if "highway" in cols:
        out["highway"] = _vocab(
            raw, cols["highway"], vocab.CLASS_WORDS, file=file, what="road class"
        )
    else:
        out["highway"] = DEFAULT_CLASS
        _warn(
            report,
            f"{file}: there is no road class column; every line is taken as a local road "
            f"(lokal = {DEFAULT_CLASS}, class_source = default). Add a column "
            f"{accepted_names(ROAD_COLUMNS, 'highway')} (arteri, kolektor, lokal, lingkungan, "
            "gang) for speeds that fit the roads",
        )
    has_condition = any(f in cols for f in ("condition", "iri", "smoothness", "surface"))
    if has_condition:
        out["condition"] = _condition(raw, cols, file=file).to_numpy()
    else:
        out["condition"] = DEFAULT_CONDITION
        _warn(
            report,
            f"{file}: there is no road condition column; every line is taken as "
            f"'{DEFAULT_CONDITION}' (condition_source = default: the condition is unknown, "
            "'tidak diketahui'). Add a column 'kondisi' (baik / sedang / rusak ringan / "
            "rusak berat) or 'iri' (m/km) to rank by the real condition",
        )
    direction = np.zeros(n, dtype=int)
    if "oneway" in cols:
        direction = _vocab(raw, cols["oneway"], vocab.ONEWAY_WORDS, file=file, what="oneway")
        direction = direction.to_numpy(dtype=int)
    out["oneway"] = direction != 0
    if "authority" in cols:
        out["authority"] = _vocab(
            raw, cols["authority"], vocab.AUTHORITY_WORDS, file=file, what="status/authority"
        )
    else:
        out["authority"] = ""
    surface, _ = vocab.map_words(
        vocab.as_words(raw[cols["surface"]]) if "surface" in cols else pd.Series([""] * n),
        vocab.SURFACE_WORDS,
    )
    fallback = vocab.map_unique(text("surface"), _osm_word)
    out["surface"] = surface.fillna(pd.Series(fallback.to_numpy())).to_numpy()
    for field in ("width_m", "maxspeed_kmh"):
        if field not in cols:
            out[field] = np.nan
        elif field == "maxspeed_kmh" and not pd.api.types.is_numeric_dtype(raw[cols[field]]):
            out[field] = raw[cols[field]].map(vocab.parse_maxspeed).astype(float)
        else:
            out[field] = to_number(
                raw[cols[field]], column=cols[field], file=file, allow_empty=True, rows=rows
            )
    out["access"] = vocab.map_unique(text("access"), _osm_word)
    out["synthetic"] = (
        vocab.normalise_words(text("synthetic")).isin(["true", "1", "yes"])
        if "synthetic" in cols
        else False
    )
    geoms = raw.geometry.to_numpy()
    reverse = direction < 0
    if reverse.any():
        geoms = geoms.copy()
        geoms[reverse] = shapely.reverse(geoms[reverse])
    roads = gpd.GeoDataFrame(out, geometry=gpd.GeoSeries(geoms, crs=raw.crs, index=raw.index))
    for col in ("name", "highway", "condition", "authority", "surface", "access"):
        roads[col] = roads[col].fillna("").astype(str)
    roads["oneway"] = roads["oneway"].astype(bool)
    roads["synthetic"] = roads["synthetic"].astype(bool)
    roads = roads[list(ROAD_SCHEMA)]
    roads.insert(len(ROAD_SCHEMA) - 1, "class_source", "input" if "highway" in cols else "default")
    roads.insert(len(ROAD_SCHEMA), "condition_source", "input" if has_condition else "default")
    from mataram_gis.io.inventory import road_inventory_fields

    extra = road_inventory_fields(raw, file=file)  # nomor_ruas, status, STA... when present
    for col in extra.columns:
        roads.insert(len(roads.columns) - 1, col, extra[col].to_numpy())
    return roads, _levels(raw, cols, file=file, rows=rows)


def _warn(report: TopologyReport | None, text: str) -> None:
    """A loud warning: logged, and kept in the report's messages when there is one."""
    if report is None:
        logger.warning(text)
    else:
        report.note(text, level=logging.WARNING)


def _levels(raw: pd.DataFrame, cols: dict[str, str], *, file: str, rows: np.ndarray) -> np.ndarray:
    """Integer level per row: ``layer`` if given, else +1 for bridges and -1 for tunnels."""
    levels = np.zeros(len(raw), dtype=int)
    for field, step in (("bridge", 1), ("tunnel", -1)):
        if field in cols:
            word = vocab.normalise_words(vocab.as_words(raw[cols[field]]))
            levels[~word.isin(["", "no", "0", "false", "tidak", "n"]).to_numpy()] = step
    if "layer" in cols:
        layer = to_number(
            raw[cols["layer"]],
            column=cols["layer"],
            file=file,
            what="a layer number",
            allow_empty=True,
            rows=rows,
        )
        levels = np.where(np.isfinite(layer), np.nan_to_num(layer), levels).astype(int)
    return levels
