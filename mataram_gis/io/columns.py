"""The column map: which input column names (English or Indonesian) feed which field.

One table per layer kind, documented in ``docs/INPUTS.md``. Input names are matched after
:func:`normalise_name` (case-insensitive; spaces, hyphens and dots count as underscores).
Names cut to 10 characters by the Shapefile format (``jumlah_pro``) are recognised too.
Users override or extend the table with ``column_map={"their column": "field"}`` (the
same direction as :meth:`pandas.DataFrame.rename`); mapping a column to ``None`` or ""
ignores it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping

from mataram_gis.errors import InputDataError

logger = logging.getLogger(__name__)

ROAD_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nama_ruas", "nama_jalan", "nama", "ruas", "ruas_jalan"),
    "condition": ("condition", "kondisi", "kondisi_jalan", "kondisi_ruas"),
    "iri": ("iri", "nilai_iri", "iri_m_km"),
    "smoothness": ("smoothness", "kerataan"),
    "surface": ("surface", "perkerasan", "jenis_perkerasan", "permukaan", "tipe_perkerasan"),
    "authority": ("authority", "status", "kewenangan", "status_jalan"),
    "width_m": ("width_m", "width", "lebar", "lebar_m", "lebar_jalan"),
    "highway": ("highway", "class", "fungsi", "fungsi_jalan", "kelas", "road_class"),
    "oneway": ("oneway", "one_way", "satu_arah"),
    "maxspeed_kmh": ("maxspeed_kmh", "maxspeed", "batas_kecepatan"),
    "access": ("access", "akses"),
    "layer": ("layer", "level"),
    "bridge": ("bridge", "jembatan"),
    "tunnel": ("tunnel", "terowongan"),
    "synthetic": ("synthetic",),
}

COORDINATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "lon": ("lon", "lng", "long", "longitude", "bujur"),
    "lat": ("lat", "latitude", "lintang"),
    "x": ("x", "easting", "coord_x", "koordinat_x"),
    "y": ("y", "northing", "coord_y", "koordinat_y"),
    "crs": ("crs", "epsg", "srid"),
}

CENTRE_COLUMNS: dict[str, tuple[str, ...]] = {
    "centre_id": ("centre_id", "center_id", "id_sentra", "kode_sentra", "kode", "id"),
    "name": ("name", "nama", "nama_sentra"),
    "sector": ("sector", "sektor", "jenis", "komoditas", "jenis_usaha"),
    "synthetic": ("synthetic",),
    **COORDINATE_COLUMNS,
}

HOUSEHOLD_COLUMNS: dict[str, tuple[str, ...]] = {
    "weight": (
        "weight",
        "producers",
        "jumlah_produsen",
        "jumlah_pelaku_usaha",
        "anggota",
        "jumlah_anggota",
        "bobot",
    ),
    "category": ("category", "desil", "kategori", "kemiskinan", "status_kemiskinan"),
    "centre": ("centre", "center", "sentra", "centre_id", "center_id", "sentra_tujuan"),
    "id": ("household_id", "id_rumah_tangga", "id_ruta", "id"),
    "synthetic": ("synthetic",),
    **COORDINATE_COLUMNS,
}
"""``id`` is only checked for duplicates: the output ``household_id`` is the row number."""

_SEP = re.compile(r"[\s\-.]+")


def normalise_name(name: object) -> str:
    """Normalise a column name: lower case, spaces/hyphens/dots -> underscores, BOM removed."""
    text = str(name).replace("\ufeff", "").strip().lower()
    return _SEP.sub("_", text).strip("_")


def resolve_columns(
    columns: Iterable[str],
    table: Mapping[str, tuple[str, ...]],
    *,
    column_map: Mapping[str, str | None] | None = None,
    file: str | None = None,
) -> dict[str, str]:
    """Find the input column that feeds each field of ``table``.

    Parameters
    ----------
    columns
        The input's column names.
    table
        Field -> accepted names, in order of preference (e.g. :data:`ROAD_COLUMNS`).
    column_map
        User overrides ``{input column: field}``; a field of ``None``/"" ignores the column.
        Overrides win over the built-in names.
    file
        The file name, for error messages.

    Returns
    -------
    dict
        Field -> input column name, only for fields found.

    Raises
    ------
    InputDataError
        If ``column_map`` names a column the input lacks or a field that does not exist.
    """
    columns = [str(c) for c in columns]
    by_norm: dict[str, str] = {}
    for col in columns:
        by_norm.setdefault(normalise_name(col), col)
    found: dict[str, str] = {}
    ignored: set[str] = set()
    for source, field in (column_map or {}).items():
        col = source if source in columns else by_norm.get(normalise_name(source))
        if col is None:
            raise InputDataError(
                f"the column map names a column {source!r} that the file does not have",
                file=file,
                where="column map",
                fix=f"use one of the file's columns: {', '.join(columns[:20])}",
            )
        if not field:
            ignored.add(col)
            continue
        if field not in table:
            raise InputDataError(
                f"the column map sends {source!r} to an unknown field {field!r}",
                file=file,
                where="column map",
                fix=f"map it to one of: {', '.join(table)}",
            )
        found[field] = col
        ignored.add(col)
    for field, names in table.items():
        if field in found:
            continue
        for name in names:
            col = by_norm.get(name) or by_norm.get(name[:10])  # shapefiles cut names at 10
            if col is not None and col not in ignored:
                found[field] = col
                ignored.add(col)
                break
    logger.debug("%s: columns %s", file or "input", found)
    return found


def accepted_names(table: Mapping[str, tuple[str, ...]], *fields: str) -> str:
    """The accepted column names of ``fields`` as text for messages: "a, b or c"."""
    names = [n for f in fields for n in table[f]]
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]
