"""Words of the ruas outputs: status, fungsi, treatments and the ruas tables, in id and en.

Indonesian outputs use the Indonesian terms of the road law and Bina Marga practice (no OSM
English words); English outputs translate them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from mataram_gis.condition_unknown import unknown_mask
from mataram_gis.outputs.texts import check_lang, condition_name
from mataram_gis.treatments import TREATMENT_EN

STATUS_EN = {"nasional": "national", "provinsi": "provincial", "kota": "city", "desa": "village"}
FUNGSI_EN = {"arteri": "arterial", "kolektor": "collector", "lokal": "local",
             "lingkungan": "neighbourhood"}  # fmt: skip
PERKERASAN_EN = {"aspal": "asphalt", "beton": "concrete", "paving": "paving blocks",
                 "kerikil": "gravel", "tanah": "earth"}  # fmt: skip

RUAS_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "r_nomor": "No. ruas",
        "r_nama": "Nama ruas",
        "r_status": "Status",
        "r_fungsi": "Fungsi",
        "r_length": "Panjang (m)",
        "r_benefit": "Manfaat (jam-RT terbobot/tahun)",
        "r_hh": "RT yang diuntungkan",
        "r_cost": "Biaya (Rp)",
        "r_cost_jt": "Biaya (Rp juta)",
        "r_bpc": "Manfaat per Rp 1 miliar",
        "r_best": "Segmen terbaik (STA)",
        "r_treatment": "Penanganan",
        "r_area": "Volume (m²)",
        "r_cond": "Kondisi (m): baik / sedang / rusak ringan / rusak berat",
        "r_rank": "Peringkat",
        "not_city": "bukan kewenangan kota",
        "h_ruas": "Ruas prioritas",
        "ruas_caption": "Manfaat = manfaat gabungan yang tepat bila semua segmen kandidat ruas "
        "ditangani bersama. Segmen terbaik = bagian ruas (STA) dengan manfaat per rupiah "
        "tertinggi. Hanya jalan kewenangan kota yang diperingkat{all}.",
        "all_status": "; semua status diikutkan",
        "kemantapan": "Kemantapan jalan kota (baik + sedang): {before} sekarang, {after} bila "
        "{what} ditangani; target {target} ({source}).",
        "kemantapan_source": "RPJMN 2020-2024, jalan daerah",
        "kemantapan_unknown": "Kondisi {share} panjang jalan kota tidak diketahui; panjang itu "
        "tidak dihitung dalam kemantapan (sampai disurvei atau ditangani).",
        "prices_indicative": "Harga satuan bawaan bersifat indikatif (bukan HSPK kota); ganti "
        "dengan tabel harga kota (--prices).",
        "prices_city": "Harga satuan: {source}.",
        "sheet_ruas": "Ruas",
        "cond_unknown": "tidak diketahui",
        "a_prices": "Harga satuan penanganan (Rp per m², menurut perkerasan)",
        "a_prices_default": "Indikatif, bawaan: besaran yang disusun pengembang menurut "
        "struktur AHSP (Permen PUPR No. 1 Tahun 2022); bukan HSPK kota. Ganti dengan tabel "
        "harga kota (--prices).",
        "a_prices_file": "Dari berkas harga kota: {source}.",
        "a_prices_mixed": "Dari berkas harga kota: {source}; sel bertanda * tidak ada di berkas "
        "itu dan memakai harga bawaan yang indikatif.",
        "a_prices_fallback": " Perkerasan yang tidak diketahui dihitung sebagai aspal.",
        "t_treatment": "Penanganan",
        # the briefing's cost curve (zoomed around the budget)
        "curve_range": "Sumbu mendatar sampai {shown} ({zoom}); seluruh kurva: {n} segmen, "
        "{total}, {benefit} jam-RT terbobot/tahun.",
        "curve_zoom": "{k} kali anggaran",
        "curve_zoom_share": "{share} % dari seluruh manfaat",
    },
    "en": {
        "r_nomor": "Ruas no.",
        "r_nama": "Ruas name",
        "r_status": "Status",
        "r_fungsi": "Function",
        "r_length": "Length (m)",
        "r_benefit": "Benefit (weighted household-hours/year)",
        "r_hh": "Households benefiting",
        "r_cost": "Cost (Rp)",
        "r_cost_jt": "Cost (Rp million)",
        "r_bpc": "Benefit per Rp 1 billion",
        "r_best": "Best stretch (STA)",
        "r_treatment": "Treatment",
        "r_area": "Area (m²)",
        "r_cond": "Condition (m): good / fair / poor / bad",
        "r_rank": "Rank",
        "not_city": "not a city road",
        "h_ruas": "Priority road sections (ruas)",
        "ruas_caption": "Benefit = exact joint benefit of treating all candidate segments of the "
        "ruas together. Best stretch = the part of the ruas (STA) with the highest benefit per "
        "rupiah. Only roads under the city's authority are ranked{all}.",
        "all_status": "; all statuses included",
        "kemantapan": "City roads in good or fair condition (kemantapan): {before} now, {after} "
        "once {what} are treated; target {target} ({source}).",
        "kemantapan_source": "RPJMN 2020-2024, regional roads",
        "kemantapan_unknown": "The condition of {share} of the city-road length is unknown; "
        "that length is left out of kemantapan (until surveyed or treated).",
        "prices_indicative": "Built-in unit prices are indicative (not the city's HSPK); replace "
        "them with the city's price table (--prices).",
        "prices_city": "Unit prices: {source}.",
        "sheet_ruas": "Road sections",
        "cond_unknown": "unknown",
        "a_prices": "Unit prices by treatment (Rp per m², by pavement)",
        "a_prices_default": "Indicative, built-in: orders of magnitude set by the developers "
        "from the structure of the AHSP (Permen PUPR No. 1/2022); not the city's HSPK. Replace "
        "them with the city's price table (--prices).",
        "a_prices_file": "From the city's price file: {source}.",
        "a_prices_mixed": "From the city's price file: {source}; cells marked * are not in that "
        "file and use the indicative built-in price.",
        "a_prices_fallback": " A segment of unknown pavement is priced as asphalt.",
        "t_treatment": "Treatment",
        "curve_range": "Horizontal axis up to {shown} ({zoom}); the whole curve: {n} segments, "
        "{total}, {benefit} weighted household-hours/year.",
        "curve_zoom": "{k} times the budget",
        "curve_zoom_share": "{share} % of the total benefit",
    },
}


def rt(key: str, lang: str, **values: object) -> str:
    """A ruas-output string in ``lang``."""
    text = RUAS_TEXTS[check_lang(lang)][key]
    return text.format(**values) if values else text


def status_name(status: object, lang: str) -> str:
    """Road status in the language (``kota`` -> ``city`` in English)."""
    s = "" if status is None or status != status else str(status)
    return s if lang == "id" else STATUS_EN.get(s, s)


def fungsi_name(fungsi: object, lang: str) -> str:
    """Road function in the language."""
    f = "" if fungsi is None or fungsi != fungsi else str(fungsi)
    return f if lang == "id" else FUNGSI_EN.get(f, f)


def perkerasan_name(perkerasan: object, lang: str) -> str:
    """Pavement type in the language."""
    x = "" if perkerasan is None or perkerasan != perkerasan else str(perkerasan)
    return x if lang == "id" else PERKERASAN_EN.get(x, x)


def treatment_name(treatment: object, lang: str) -> str:
    """Treatment in the language."""
    x = "" if treatment is None or treatment != treatment else str(treatment)
    return x if lang == "id" else TREATMENT_EN.get(x, x)


def condition_words(segments: pd.DataFrame, lang: str) -> list[str]:
    """Each segment's condition in words; "tidak diketahui" / "unknown" where it was stood in.

    See :mod:`mataram_gis.condition_unknown` (``condition_source = default``, or no class).
    """
    unknown = unknown_mask(segments)
    return [
        rt("cond_unknown", lang) if u else condition_name(c, lang)
        for c, u in zip(segments["condition"].astype(str), unknown, strict=True)
    ]


def condition_word(condition: object, source: object, lang: str) -> str:
    """One segment's condition in words, from its ``condition`` and ``condition_source``."""
    frame = pd.DataFrame({"condition": [condition], "condition_source": [source]})
    return condition_words(frame, lang)[0]


def sta_text(metres: float) -> str:
    """STA notation ``k+mmm`` ("-" when unknown)."""
    if metres is None or not np.isfinite(metres):
        return "-"
    m = round(float(metres))
    return f"{m // 1000}+{m % 1000:03d}"


def sta_range(a: float, b: float) -> str:
    """``STA 1+200 – 1+650``."""
    if a is None or not np.isfinite(a):
        return "-"
    return f"STA {sta_text(a)} \u2013 {sta_text(b)}"


def prices_note(source: str, lang: str) -> str:
    """Which unit prices made the costs (indicative defaults say so)."""
    return rt("prices_city", lang, source=source) if source else rt("prices_indicative", lang)


def ruas_frame(ruas, lang: str):
    """The ranked ruas as a table with human headers and words in ``lang`` (XLSX, CSV)."""
    r = ruas.loc[ruas["rank"].notna()].sort_values("rank")
    with np.errstate(divide="ignore", invalid="ignore"):
        per_bn = r["benefit_per_cost"].astype(float).to_numpy() * 1e9
    return pd.DataFrame({
        rt("r_rank", lang): r["rank"].astype(int).to_numpy(),
        rt("r_nomor", lang): r["nomor_ruas"].astype(str).to_numpy(),
        rt("r_nama", lang): r["nama_ruas"].astype(str).to_numpy(),
        rt("r_status", lang): [status_name(x, lang) for x in r["status"]],
        rt("r_fungsi", lang): [fungsi_name(x, lang) for x in r["fungsi"]],
        rt("r_length", lang): r["length_m"].round(0).to_numpy(),
        rt("r_benefit", lang): r["benefit"].round(2).to_numpy(),
        rt("r_hh", lang): r["households_benefiting"].astype(int).to_numpy(),
        rt("r_cost", lang): r["upgrade_cost"].round(0).to_numpy(),
        rt("r_bpc", lang): np.round(per_bn, 2),
        rt("r_best", lang): [sta_range(a, b) for a, b in
                             zip(r["best_sta_from_m"], r["best_sta_to_m"], strict=True)],
        rt("r_treatment", lang): [treatment_name(x, lang) for x in r["treatment"]],
        rt("r_area", lang): r["area_m2"].round(0).to_numpy() if "area_m2" in r else np.nan,
    })  # fmt: skip
