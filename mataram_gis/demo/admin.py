"""SYNTHETIC kelurahan boundaries for the demo city, bearing Kota Mataram's real names.

Kota Mataram has 6 kecamatan and 50 kelurahan. The demo lays its kecamatan out as a 3 x 2
grid over Mataram's extent (``names.DISTRICTS``); here each kecamatan cell is cut into
as many invented areas as it has kelurahan (Voronoi cells of jittered seeds), bent by the
demo's warp, and named with the real kelurahan names of that kecamatan, roughly north to
south. The shapes are invented: they are not the official boundaries (BIG / Kemendagri),
and every row says ``synthetic = True``. ``kode`` follows the Kemendagri pattern
(52.71 = Kota Mataram) but the numbers are illustrative only.
"""

from __future__ import annotations

import numpy as np
import shapely
from geopandas import GeoDataFrame

from mataram_gis.demo import layout
from mataram_gis.demo import names as dn

#: Real kelurahan of each kecamatan of Kota Mataram, roughly north to south, west to east.
KELURAHAN: dict[str, tuple[str, ...]] = {
    "Ampenan": (
        "Bintaro", "Ampenan Utara", "Pejeruk", "Dayan Peken", "Ampenan Tengah", "Banjar",
        "Kebun Sari", "Ampenan Selatan", "Pejarakan Karya", "Taman Sari",
    ),
    "Sekarbela": (
        "Kekalik Jaya", "Tanjung Karang Permai", "Karang Pule", "Tanjung Karang",
        "Jempong Baru",
    ),
    "Selaparang": (
        "Rembiga", "Karang Baru", "Dasan Agung Baru", "Dasan Agung", "Monjok Barat",
        "Monjok", "Monjok Timur", "Gomong", "Mataram Barat",
    ),
    "Mataram": (
        "Punia", "Pejanggik", "Mataram Timur", "Pagesangan Barat", "Pagesangan",
        "Pagesangan Timur", "Pagutan Barat", "Pagutan", "Pagutan Timur",
    ),
    "Cakranegara": (
        "Sayang-Sayang", "Cakranegara Utara", "Karang Taliwang", "Cilinaya",
        "Cakranegara Barat", "Mayura", "Cakranegara Timur", "Sapta Marga",
        "Cakranegara Selatan", "Cakranegara Selatan Baru",
    ),
    "Sandubaya": (
        "Selagalas", "Bertais", "Mandalika", "Dasan Cermen", "Babakan", "Abian Tubuh Baru",
        "Turida",
    ),
}  # fmt: skip

#: Kemendagri kecamatan codes within Kota Mataram (52.71).
KECAMATAN_CODE = {
    "Ampenan": "01", "Mataram": "02", "Cakranegara": "03", "Sekarbela": "04",
    "Selaparang": "05", "Sandubaya": "06",
}  # fmt: skip


def _cells(box: tuple[float, float, float, float], k: int, rng: np.random.Generator) -> list:
    """``k`` Voronoi cells of jittered grid seeds filling ``box``, north to south."""
    x0, y0, x1, y1 = box
    cols = int(np.ceil(np.sqrt(k * (x1 - x0) / (y1 - y0))))
    rows = int(np.ceil(k / cols))
    gx, gy = np.meshgrid((np.arange(cols) + 0.5) / cols, 1 - (np.arange(rows) + 0.5) / rows)
    seeds = np.column_stack([gx.ravel(), gy.ravel()])[:k]
    seeds = seeds + rng.uniform(-0.15, 0.15, seeds.shape) / [cols, rows]
    xy = np.column_stack([x0 + seeds[:, 0] * (x1 - x0), y0 + seeds[:, 1] * (y1 - y0)])
    frame = shapely.box(*box)
    regions = shapely.voronoi_polygons(shapely.multipoints(xy), extend_to=frame)
    cells = [shapely.intersection(g, frame) for g in shapely.get_parts(regions)]
    # one cell per seed, in seed order (voronoi_polygons does not keep the input order)
    order = [next(i for i, c in enumerate(cells) if c.contains(shapely.Point(p))) for p in xy]
    return [cells[i] for i in order]


def demo_admin(*, scale: int = 1, seed: int = 2023) -> GeoDataFrame:
    """The synthetic kelurahan polygons of the demo city (EPSG:32750).

    Parameters
    ----------
    scale, seed
        As given to :func:`mataram_gis.demo.make_demo` (the same warp is applied).

    Returns
    -------
    geopandas.GeoDataFrame
        ``kelurahan``, ``kecamatan``, ``kode``, ``synthetic`` (True), Polygon geometry.
        Areas beyond Kota Mataram (the demo grows there when ``scale > 1``) are not covered.
    """
    lay = layout.make_layout(np.random.default_rng([seed, scale]), scale)
    rng = np.random.default_rng([seed, 52_71])
    x0, y0, x1, y1 = dn.MATARAM_BOX
    w, h = (x1 - x0) / 3, (y1 - y0) / 2
    rows: list[dict] = []
    geoms = []
    for kec, c, r in dn.DISTRICTS:
        box = (x0 + c * w, y0 + r * h, x0 + (c + 1) * w, y0 + (r + 1) * h)
        names = KELURAHAN[kec]
        for i, (nm, cell) in enumerate(zip(names, _cells(box, len(names), rng), strict=True)):
            ring = shapely.get_coordinates(shapely.segmentize(cell.exterior, 10.0))
            geoms.append(shapely.Polygon(layout.warp(lay, ring)))
            code = f"52.71.{KECAMATAN_CODE[kec]}.{1001 + i}"
            rows.append({"kelurahan": nm, "kecamatan": kec, "kode": code, "synthetic": True})
    out = GeoDataFrame(rows, geometry=geoms, crs=dn.CRS_UTM)
    return out.sort_values(["kecamatan", "kelurahan"]).reset_index(drop=True)
