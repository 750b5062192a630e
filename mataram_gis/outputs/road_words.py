"""Road and record words of the outputs: OSM road classes in words, stored record texts.

Indonesian uses the words of Dinas PUPR (docs/GLOSSARY.md); re-exported by
:mod:`mataram_gis.outputs.texts`, where the other output strings live.
"""

from __future__ import annotations

import re

#: OSM road classes in words (docs/GLOSSARY.md): (Indonesian, English).
HIGHWAY_NAMES: dict[str, tuple[str, str]] = {
    "motorway": ("jalan tol", "motorway"),
    "trunk": ("arteri utama", "trunk road"),
    "primary": ("arteri primer", "primary road"),
    "secondary": ("arteri sekunder", "secondary road"),
    "tertiary": ("kolektor", "tertiary road"),
    "unclassified": ("jalan lokal", "minor road"),
    "residential": ("jalan lingkungan", "residential street"),
    "living_street": ("jalan permukiman", "living street"),
    "service": ("jalan akses", "service road"),
    "gang": ("gang", "alley (gang)"),
    "track": ("jalan tanah", "track"),
    "path": ("jalan setapak", "path"),
    "footway": ("jalur pejalan kaki", "footway"),
    "pedestrian": ("kawasan pejalan kaki", "pedestrian street"),
    "cycleway": ("jalur sepeda", "cycleway"),
    "bridleway": ("jalan setapak", "bridleway"),
    "steps": ("tangga", "steps"),
}
#: Texts the readers and the demo store in the scenario record, localised on output.
SOURCE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"built-in demo \(scale (\d+), seed (\d+)\)", "data demo bawaan (skala \\1, benih \\2)"),
    (r"SYNTHETIC DEMO DATA: an invented city laid over Kota Mataram's extent",
     "DATA DEMO SINTETIS: kota rekaan yang diletakkan di wilayah Kota Mataram"),
    (r" -- SYNTHETIC DEMO DATA, not the city's data", " -- DATA DEMO SINTETIS, bukan data kota"),
)  # fmt: skip


def highway_name(highway: object, lang: str) -> str:
    """An OSM road class in words (``residential`` -> ``jalan lingkungan``)."""
    text = "" if highway is None or highway != highway else str(highway)
    base = text.removesuffix("_link")
    names = HIGHWAY_NAMES.get(base)
    if names is None:
        return text.replace("_", " ")
    word = names[0] if lang == "id" else names[1]
    if base != text:
        return f"penghubung {word}" if lang == "id" else f"{word} link"
    return word


def source_text(text: object, lang: str) -> str:
    """A stored record text (demo source, reader note) in ``lang`` where it is a known one."""
    out = str(text)
    if lang == "id":
        for pattern, repl in SOURCE_PATTERNS:
            out = re.sub(pattern, repl, out)
    return out
