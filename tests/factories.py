"""Small normalised input layers built in code, for tests that need real frames."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
from shapely.geometry import LineString, Point

from mataram_gis.analysis import AnalysisInputs

CRS = "EPSG:32750"
X0, Y0 = 400_000.0, 9_050_000.0  # inside Mataram's UTM 50S extent

CONDITIONS = ("baik", "sedang", "rusak ringan", "rusak berat")
CLASSES = ("secondary", "tertiary", "residential", "gang")


def grid_inputs(
    *, n: int = 6, spacing: float = 150.0, seed: int = 0, n_households: int = 60
) -> AnalysisInputs:
    """An ``n x n`` street grid with mixed classes/conditions, 2 centres, some households."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        for j in range(n):
            x, y = X0 + i * spacing, Y0 + j * spacing
            for di, dj in ((1, 0), (0, 1)):
                if i + di < n and j + dj < n:
                    end = (X0 + (i + di) * spacing, Y0 + (j + dj) * spacing)
                    rows.append(
                        {
                            "name": f"Jl. Uji {i}-{j}",
                            "highway": CLASSES[rng.integers(len(CLASSES))],
                            "condition": CONDITIONS[rng.integers(len(CONDITIONS))],
                            "oneway": bool(rng.random() < 0.15),
                            "authority": "kota",
                            "surface": "asphalt",
                            "width_m": 5.0,
                            "maxspeed_kmh": np.nan,
                            "access": "",
                            "synthetic": True,
                            "geometry": LineString([(x, y), end]),
                        }
                    )
    roads = gpd.GeoDataFrame(rows, crs=CRS)
    centres = gpd.GeoDataFrame(
        {
            "centre_id": ["C01", "C02"],
            "name": ["Sentra Uji A", "Sentra Uji B"],
            "sector": ["tenun", "gerabah"],
            "synthetic": [True, True],
        },
        geometry=[Point(X0, Y0), Point(X0 + (n - 1) * spacing, Y0 + (n - 1) * spacing)],
        crs=CRS,
    )
    xy = rng.uniform(0, (n - 1) * spacing, size=(n_households, 2)) + [X0, Y0]
    households = gpd.GeoDataFrame(
        {
            "household_id": [str(i + 1) for i in range(n_households)],
            "weight": rng.integers(0, 4, n_households).astype(float),
            "category": rng.integers(1, 5, n_households),
            "centre": np.where(rng.random(n_households) < 0.2, "C02", ""),
            "synthetic": True,
        },
        geometry=[Point(p) for p in xy],
        crs=CRS,
    )
    return AnalysisInputs(roads=roads, centres=centres, households=households, synthetic=True)
