"""Road, point and density styles: colours (hex strings), widths, classes and legends.

Pure Python and NumPy so that the canvas and the map export (PDF/PNG/SVG, GeoPackage
styling) draw the same map. Widths are in screen pixels at 96 dpi (points x 4/3 in print).

Road style modes
----------------
``class``
    Colour and width by road class group (arterial / collector / local / gang / other).
``condition``
    Colour by the Indonesian condition scale (baik / sedang / rusak ringan / rusak berat),
    width by class group.
``priority``
    Graduated colours in 5 classes of ``benefit`` (weighted household-hours per year) with a
    width that grows with the class, so the map survives grayscale printing. Segments with
    no benefit or not candidates are thin grey. Breaks, colours and widths are those of the
    printed map and the QGIS style (:func:`mataram_gis.outputs.classify.priority_classes`,
    pure NumPy), so a segment has the same class on screen and on paper; the road layer
    computes the classes once per ranking (:meth:`layers.roads.RoadLayer.set_ranking`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mataram_gis.outputs.classify import PriorityClasses, priority_classes

STYLE_MODES: tuple[str, ...] = ("class", "condition", "priority")

#: Canonical condition classes, best first (as :data:`mataram_gis.speeds.CONDITIONS`).
CONDITIONS: tuple[str, ...] = ("baik", "sedang", "rusak ringan", "rusak berat")
#: Class groups, most important first (the cost groups of :mod:`mataram_gis.speeds`).
CLASS_GROUPS: tuple[str, ...] = ("arterial", "collector", "local", "gang")
CLASS_WIDTHS: dict[str, float] = {"arterial": 3.2, "collector": 2.3, "local": 1.3, "gang": 0.8}
CLASS_COLOURS: dict[str, str] = {
    "arterial": "#d9822b",
    "collector": "#e3b81f",
    "local": "#6f7782",
    "gang": "#a9afb7",
}
CONDITION_COLOURS: dict[str, str] = {
    "baik": "#1a9641",
    "sedang": "#d9b411",
    "rusak ringan": "#f07c13",
    "rusak berat": "#d7191c",
}
#: Screen pixels per millimetre of the printed map's line widths: the printed widths are
#: scaled to 75 % of their physical size at 96 dpi (a screen is read from closer than paper).
SCREEN_PX_PER_MM = 0.75 * 96.0 / 25.4
#: Roads without benefit are never thinner than this on screen (hairlines vanish).
MIN_OTHER_WIDTH = 0.7
SELECTION_COLOUR = "#00b7ff"
HOVER_COLOUR = "#ff00d4"
HIGHLIGHT_COLOUR = "#7b2cbf"
CENTRE_COLOUR = "#1f4e9c"
HOUSEHOLD_COLOUR = "#5b3a8c"
#: Density colour ramp (transparent -> purple), RGBA stops.
DENSITY_STOPS: tuple[tuple[float, tuple[int, int, int, int]], ...] = (
    (0.0, (255, 255, 255, 0)),
    (0.15, (218, 198, 235, 110)),
    (0.45, (158, 118, 200, 170)),
    (0.75, (106, 61, 154, 210)),
    (1.0, (63, 0, 125, 235)),
)

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "arterial": "Arterial",
        "collector": "Collector",
        "local": "Local",
        "gang": "Alley (gang)",
        "baik": "Good (baik)",
        "sedang": "Fair (sedang)",
        "rusak ringan": "Poor (rusak ringan)",
        "rusak berat": "Bad (rusak berat)",
        "none": "No benefit / not a candidate",
        "centre": "Industrial centre",
        "household": "Poor household",
        "density": "Poor households (density)",
        "highlight": "Households that gain",
        "unit": "weighted household-hours per year",
    },
    "id": {
        "arterial": "Arteri",
        "collector": "Kolektor",
        "local": "Lokal",
        "gang": "Gang",
        "baik": "Baik",
        "sedang": "Sedang",
        "rusak ringan": "Rusak ringan",
        "rusak berat": "Rusak berat",
        "none": "Tanpa manfaat / bukan kandidat",
        "centre": "Sentra industri",
        "household": "Rumah tangga miskin",
        "density": "Rumah tangga miskin (kepadatan)",
        "highlight": "Rumah tangga yang diuntungkan",
        "unit": "jam-RT terbobot per tahun",
    },
}


@dataclass(frozen=True)
class LegendEntry:
    """One legend row: a label and the symbol (``line``, ``point``, ``ramp`` or ``fill``)."""

    label: str
    colour: str
    width: float = 1.0
    kind: str = "line"


@dataclass(frozen=True)
class Bucket:
    """One (colour, width) drawing bucket: every segment in it is drawn with one path."""

    colour: str
    width: float
    order: int = 0


@dataclass
class StyleResult:
    """Per-segment bucket index (``-1`` = not drawn) and the buckets, in draw order."""

    bucket_of: np.ndarray
    buckets: list[Bucket]
    legend: list[LegendEntry]
    breaks: np.ndarray | None = None


def label(key: str, lang: str = "en") -> str:
    """Translated label of a style key (``id`` or ``en``)."""
    return LABELS.get(lang, LABELS["en"]).get(key, key)


def class_group(highway: np.ndarray) -> np.ndarray:
    """Class group name per segment (``arterial``...``gang``) from OSM-like ``highway``."""
    from mataram_gis import speeds  # lazy: pandas is slow to import

    lookup = {h: speeds.COST_GROUP.get(speeds.base_class(h), "local") for h in set(highway)}
    return np.array([lookup[h] for h in highway], dtype=object)


def priority_breaks(values: np.ndarray) -> np.ndarray:
    """Upper bounds of the lower 4 classes of the positive ``values`` (as the printed map).

    Returns an increasing array of 4 numbers; an empty array when no value is positive.
    """
    v = np.asarray(values, float)
    if not (np.isfinite(v) & (v > 0)).any():
        return np.array([], float)
    return np.asarray(priority_classes(v).breaks, float)


def priority_class(values: np.ndarray, classes: PriorityClasses) -> np.ndarray:
    """Class 0-4 of each value (``-1`` for no benefit or NaN)."""
    return classes.classify(values) - 1


def priority_widths(classes: PriorityClasses) -> tuple[tuple[float, ...], float]:
    """Screen widths (px) of classes 1..n and of roads without benefit."""
    widths = tuple(round(w * SCREEN_PX_PER_MM, 2) for w in classes.widths_mm)
    return widths, max(classes.other_width_mm * SCREEN_PX_PER_MM, MIN_OTHER_WIDTH)


def format_value(x: float, lang: str = "en") -> str:
    """A legend number: 3 significant digits, the language's separators."""
    from layers.formatting import format_number

    decimals = 0 if abs(x) >= 100 else (1 if abs(x) >= 10 else 2)
    return format_number(x, lang, decimals)


def style_roads(
    mode: str,
    highway: np.ndarray,
    condition: np.ndarray,
    benefit: np.ndarray | None = None,
    candidate: np.ndarray | None = None,
    *,
    lang: str = "en",
    classes: PriorityClasses | None = None,
) -> StyleResult:
    """Classify road segments into drawing buckets for ``mode`` (see module docstring).

    ``classes`` are the priority classes of this ranking when already known (computed from
    the candidates' benefit otherwise).
    """
    if mode not in STYLE_MODES:
        raise ValueError(f"unknown road style {mode!r}; use one of {STYLE_MODES}")
    groups = class_group(np.asarray(highway, dtype=object))
    n = len(groups)
    if mode == "priority" and benefit is not None:
        return _style_priority(np.asarray(benefit, float), candidate, lang, classes)
    buckets: list[Bucket] = []
    bucket_of = np.full(n, -1, np.int64)
    legend: list[LegendEntry] = []
    cond = np.asarray(condition, dtype=object)
    if mode == "class" or (mode == "priority" and benefit is None):
        for order, g in enumerate(reversed(CLASS_GROUPS)):
            bucket_of[groups == g] = len(buckets)
            buckets.append(Bucket(CLASS_COLOURS[g], CLASS_WIDTHS[g], order))
        for g in CLASS_GROUPS:
            legend.append(LegendEntry(label(g, lang), CLASS_COLOURS[g], CLASS_WIDTHS[g]))
        return StyleResult(bucket_of, buckets, legend)
    # condition: colour by condition, width by class; worse conditions drawn on top
    order = 0
    for g in reversed(CLASS_GROUPS):
        for c in CONDITIONS:
            mask = (groups == g) & (cond == c)
            if mask.any():
                bucket_of[mask] = len(buckets)
                buckets.append(Bucket(CONDITION_COLOURS[c], CLASS_WIDTHS[g], order))
                order += 1
    for c in CONDITIONS:
        legend.append(LegendEntry(label(c, lang), CONDITION_COLOURS[c], 2.3))
    for g in CLASS_GROUPS:
        legend.append(LegendEntry(label(g, lang), "#555555", CLASS_WIDTHS[g]))
    return StyleResult(bucket_of, buckets, legend)


def ranked_benefit(benefit: np.ndarray, candidate: np.ndarray | None) -> np.ndarray:
    """Benefit of candidate segments, 0 elsewhere (what the printed map classifies)."""
    value = np.nan_to_num(np.asarray(benefit, float), nan=0.0)
    if candidate is not None:
        value = np.where(np.asarray(candidate, bool), value, 0.0)
    return value


def _style_priority(
    benefit: np.ndarray,
    candidate: np.ndarray | None,
    lang: str,
    classes: PriorityClasses | None = None,
) -> StyleResult:
    value = ranked_benefit(benefit, candidate)
    if classes is None:
        classes = priority_classes(value)
    widths, other_width = priority_widths(classes)
    buckets = [Bucket(classes.other_colour, other_width, 0)]
    buckets += [
        Bucket(c, w, i + 1) for i, (c, w) in enumerate(zip(classes.colours, widths, strict=True))
    ]
    bucket_of = classes.classify(value)  # 0 = other roads, 1..n = classes
    legend = []
    if (value > 0).any():

        def fmt(x: float) -> str:
            return format_value(x, lang)

        for k in reversed(range(1, classes.n + 1)):
            text = classes.range_label(k, fmt=fmt)
            legend.append(LegendEntry(text, classes.colours[k - 1], widths[k - 1]))
    legend.append(LegendEntry(label("none", lang), classes.other_colour, other_width))
    return StyleResult(bucket_of, buckets, legend, np.asarray(classes.breaks, float))


def density_colours(values: np.ndarray) -> np.ndarray:
    """RGBA uint8 colours for values in [0, 1] along :data:`DENSITY_STOPS`."""
    v = np.clip(np.asarray(values, float), 0.0, 1.0)
    xs = np.array([s[0] for s in DENSITY_STOPS])
    rgba = np.array([s[1] for s in DENSITY_STOPS], float)
    out = np.empty((*v.shape, 4), np.uint8)
    for k in range(4):
        out[..., k] = np.interp(v, xs, rgba[:, k]).round().astype(np.uint8)
    return out


def density_grid(
    x: np.ndarray,
    y: np.ndarray,
    bounds: tuple[float, float, float, float],
    *,
    cell: float = 40.0,
    weights: np.ndarray | None = None,
    smooth: int = 2,
) -> np.ndarray:
    """Smoothed point density on a grid over ``bounds`` (rows north to south), in [0, 1].

    A 2-D histogram (``numpy.histogram2d``) blurred by a small box filter ``smooth``
    times, scaled by its 99th percentile so a few dense blocks do not wash out the rest.
    """
    xmin, ymin, xmax, ymax = bounds
    nx = max(int(np.ceil((xmax - xmin) / cell)), 1)
    ny = max(int(np.ceil((ymax - ymin) / cell)), 1)
    h, _, _ = np.histogram2d(
        y, x, bins=(ny, nx), range=((ymin, ymin + ny * cell), (xmin, xmin + nx * cell)),
        weights=weights,
    )  # fmt: skip
    for _ in range(smooth):
        p = np.pad(h, 1, mode="constant")
        h = (
            p[:-2, :-2] + p[:-2, 1:-1] + p[:-2, 2:] + p[1:-1, :-2] + p[1:-1, 1:-1]
            + p[1:-1, 2:] + p[2:, :-2] + p[2:, 1:-1] + p[2:, 2:]
        ) / 9.0  # fmt: skip
    positive = h[h > 0]
    top = np.quantile(positive, 0.99) if len(positive) else 1.0
    return np.clip(h / top, 0, 1)[::-1]
