"""Every string of the published outputs (maps, tables, briefing) in Indonesian and English.

Use :func:`t` to fetch a string and the ``fmt_*`` helpers to write numbers, money and dates
the way readers of each language expect (Indonesian: ``1.234,5``; English: ``1,234.5``).
"""

from __future__ import annotations

from mataram_gis.errors import UsageError
from mataram_gis.formatting import LANGS, format_benefit, format_date, format_number, format_rupiah

# Road classes and record texts in words live in road_words; re-exported for the outputs.
from mataram_gis.outputs.road_words import HIGHWAY_NAMES as HIGHWAY_NAMES
from mataram_gis.outputs.road_words import SOURCE_PATTERNS as SOURCE_PATTERNS
from mataram_gis.outputs.road_words import highway_name as highway_name
from mataram_gis.outputs.road_words import source_text as source_text

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        # map
        "map_title": "Prioritas Peningkatan Segmen Jalan",
        "map_title_long": "Prioritas Peningkatan Segmen Jalan untuk Akses Rumah Tangga Miskin "
        "ke Sentra Industri",
        "city": "Kota Mataram, Nusa Tenggara Barat",
        "scenario_line": "Skenario: {name} | moda {mode} | bobot ekuitas desil 1-4: {weights} "
        "| {trips} perjalanan/tahun",
        "legend_priority": "Prioritas peningkatan",
        "legend_priority_unit": "manfaat, jam-RT terbobot/tahun",
        "legend_other": "Jalan lain (tanpa manfaat)",
        "legend_centre": "Sentra industri",
        "legend_density": "Rumah tangga miskin per sel {cell} m",
        "legend_density_note": "sel < {k} RT tidak ditampilkan",
        "legend_top": "Peringkat {n} segmen teratas",
        "north": "U",
        "sources": "Sumber data",
        "made": "Dibuat {date} dengan Mataram GIS {version} | {crs}",
        "synthetic_mark": "DATA SINTETIS / SYNTHETIC DATA",
        "synthetic_note": "DATA SINTETIS untuk demonstrasi: kota rekaan, bukan data Kota Mataram.",
        "builtin_demo": "data demo bawaan",
        "class_5": "Sangat tinggi",
        "class_4": "Tinggi",
        "class_3": "Menengah",
        "class_2": "Rendah",
        "class_1": "Sangat rendah",
        "unnamed": "(tanpa nama)",
        # modes and vocabularies
        "mode_motorcycle": "sepeda motor",
        "mode_car": "mobil",
        "mode_walk": "jalan kaki",
        "cond_baik": "baik",
        "cond_sedang": "sedang",
        "cond_rusak ringan": "rusak ringan",
        "cond_rusak berat": "rusak berat",
        # table headers
        "col_rank": "Peringkat",
        "col_segment_id": "ID segmen",
        "col_name": "Nama jalan",
        "col_highway": "Kelas jalan",
        "col_condition": "Kondisi",
        "col_authority": "Kewenangan",
        "col_length_m": "Panjang (m)",
        "col_benefit": "Manfaat (jam-RT terbobot/tahun)",
        "col_households_benefiting": "RT yang diuntungkan (RT)",
        "col_mean_minutes_saved": "Rata-rata hemat waktu (menit/perjalanan)",
        "col_upgrade_cost": "Biaya (Rp)",
        "col_benefit_per_bn": "Manfaat per Rp 1 miliar (jam-RT terbobot/tahun)",
        "col_time_before_s": "Waktu tempuh sebelum (detik)",
        "col_time_after_s": "Waktu tempuh sesudah (detik)",
        "col_kelurahan": "Kelurahan",
        "col_criticality": "Kerugian bila segmen tertutup (jam-RT terbobot/tahun)",
        "col_households_stranded": "RT terputus bila segmen tertutup (RT)",
        "mode": "Moda",
        "software": "Perangkat lunak",
        "n_segments": "Jumlah segmen jalan",
        "n_candidates": "Segmen yang dinilai (kandidat)",
        "n_households": "Rumah tangga dalam data",
        "n_households_used": "Rumah tangga dianalisis",
        "n_centres": "Sentra industri",
        "sheet_ranking": "Peringkat",
        "sheet_scenario": "Skenario dan sumber",
        "key": "Butir",
        "value": "Nilai",
        "role_roads": "jaringan jalan",
        "role_centres": "sentra industri",
        "role_households": "rumah tangga",
        "hash": "SHA-256",
        "file": "Berkas",
        "role": "Data",
        # briefing
        "brief_title": "Prioritas Peningkatan Segmen Jalan",
        "brief_subtitle": "Akses rumah tangga miskin ke sentra industri",
        "brief_for": "Bahan paparan untuk DPRD Kota Mataram",
        "brief_by": "Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kota Mataram",
        "page_of": "Halaman {x} dari {y}",
        "b_rank": "No.",
        "b_benefit": "Manfaat (jam-RT terbobot /tahun)",
        "b_hh": "RT yang untung",
        "b_cost": "Biaya (Rp juta)",
        "b_per_bn": "Manfaat per Rp 1 miliar",
        "date": "Tanggal",
        "scenario": "Skenario",
        "h_summary": "Ringkasan",
        "h_map": "Peta prioritas",
        "h_top": "Segmen prioritas teratas",
        "h_curve": "Seberapa jauh setiap miliar rupiah bermanfaat",
        "h_method": "Cara perhitungan",
        "h_assumptions": "Asumsi",
        "h_sources": "Sumber data",
        "h_budget": "Apa yang dapat dibiayai dengan anggaran",
        "sum_households": "rumah tangga miskin (dengan {producers} produsen) mendapat waktu "
        "tempuh lebih singkat ke sentra industri bila {n} segmen teratas ditingkatkan.",
        "sum_extreme": "Di antaranya {k} rumah tangga miskin ekstrem (desil 1).",
        "sum_hours": "jam-RT terbobot per tahun dihemat bila {n} segmen teratas ditingkatkan "
        "bersama (dihitung ulang secara tepat; setiap jam dihitung sekali).",
        "sum_extreme_row": "di antaranya rumah tangga miskin ekstrem (desil 1).",
        "sum_cost": "perkiraan biaya peningkatan {n} segmen teratas ({km} km).",
        "sum_best": "Segmen terbaik: {name} ({cls}, {cond}, {len} m) menghemat {benefit} "
        "jam-RT terbobot/tahun untuk {hh} rumah tangga dengan biaya {cost}.",
        "sum_context": "Analisis mencakup {seg} segmen jalan, {hh} rumah tangga miskin dan "
        "{c} sentra industri; rata-rata waktu tempuh saat ini {min} menit.",
        "budget_line": "Dengan anggaran {budget}, {k} segmen dapat ditingkatkan (biaya {cost}); "
        "manfaat {benefit} jam-RT terbobot/tahun.",
        "budget_simple": "Pemilihan sederhana: segmen diurutkan menurut manfaat per biaya dan "
        "diambil selama anggaran cukup. Manfaat dijumlahkan per segmen; manfaat gabungan "
        "beberapa segmen dapat berbeda (perhitungan portofolio yang tepat dilakukan terpisah).",
        "budget_exact": "Pilihan portofolio dihitung dengan pengoptimal portofolio Mataram GIS; "
        "manfaat gabungan dihitung ulang secara tepat.",
        "top_caption": "{n} segmen dengan manfaat terbesar bila masing-masing ditingkatkan "
        "sendiri. Biaya perkiraan menurut harga satuan skenario.",
        "map_caption": "Garis lebih tebal dan lebih gelap berarti prioritas lebih tinggi. "
        "Angka pada peta adalah peringkat segmen. Rumah tangga ditampilkan hanya sebagai jumlah "
        "per sel {cell} m.",
        "curve_caption": "Segmen diurutkan dari manfaat per rupiah tertinggi. Kurva yang naik "
        "tajam di awal berarti miliar rupiah pertama memberi manfaat terbesar.",
        "curve_x": "Biaya kumulatif (Rp miliar)",
        "curve_y": "Manfaat kumulatif (ribu jam-RT terbobot/tahun)",
        "curve_budget": "Anggaran",
        "curve_first_bn": "Rp 1 miliar pertama: {benefit} jam-RT terbobot/tahun",
        "method_text": (
            "Jalan kota dimodelkan sebagai jaringan segmen di antara persimpangan. Kecepatan "
            "setiap segmen bergantung pada kelas jalan dan kondisinya (baik, sedang, rusak "
            "ringan, rusak berat). Setiap rumah tangga miskin menuju sentra industri "
            "terdekat menurut waktu tempuh (atau sentra yang ditetapkan), dengan moda "
            "{mode}.|"
            "Untuk setiap segmen dihitung: berapa waktu tempuh yang hilang bila hanya segmen "
            "itu ditingkatkan ke kondisi {target}. Penghematan setiap rumah tangga dikalikan "
            "dengan jumlah produsennya, bobot ekuitas menurut desil kemiskinan (rumah "
            "tangga miskin ekstrem diberi bobot tertinggi) dan jumlah perjalanan per tahun. "
            "Hasilnya adalah manfaat dalam jam-rumah tangga terbobot per tahun.|"
            "Perhitungan ini tepat: sama dengan menghitung ulang semua rute terpendek untuk "
            "setiap segmen yang ditingkatkan. Segmen diberi peringkat menurut manfaatnya. "
            "Manfaat beberapa segmen sekaligus tidak selalu sama dengan jumlahnya, karena "
            "satu rute dapat memerlukan beberapa segmen."
        ),
        "a_speed": "Kecepatan dasar menurut kelas jalan (km/jam, moda {mode})",
        "a_condition": "Pengaruh kondisi jalan pada kecepatan",
        "a_equity": "Bobot ekuitas menurut desil",
        "a_cost": "Harga satuan peningkatan (Rp juta per km)",
        "a_other": "Parameter lain",
        "t_class": "Kelas jalan",
        "t_speed": "Kecepatan (km/jam)",
        "t_cond": "Kondisi",
        "t_factor": "Faktor kecepatan",
        "t_cap": "Batas kecepatan (km/jam)",
        "t_none": "tanpa batas",
        "t_notallowed": "tidak dapat dilalui",
        "t_desil": "Desil",
        "t_weight": "Bobot",
        "t_group": "Kelompok jalan",
        "t_from": "dari {cond}",
        "p_trips": "Perjalanan per rumah tangga per tahun",
        "p_target": "Kondisi setelah peningkatan",
        "p_walk": "Kecepatan jalan kaki ke jalan terdekat (km/jam)",
        "p_snap": "Jarak maksimum rumah tangga ke jalan (m)",
        "p_snap_segment": "Rumah tangga masuk jaringan di titik jalan terdekat (bukan simpang)",
        "p_candidates": "Kewenangan segmen yang dinilai",
        "p_all": "semua",
        "p_budget": "Anggaran",
        "src_builtin": "bawaan",
        "src_text": "Hasil analisis: {file}. Perangkat lunak: {software}.",
        "src_notes": "Catatan pembacaan data",
        "no_budget": "Tidak ada anggaran yang diberikan (gunakan --budget).",
        "grp_arterial": "arteri",
        "grp_collector": "kolektor",
        "grp_local": "lokal",
        "grp_gang": "gang",
        "units_note": "Satuan: jam-RT terbobot/tahun = jam rumah tangga per tahun dikalikan "
        "bobot produsen dan ekuitas.",
    },
    "en": {
        "map_title": "Road Segment Upgrade Priorities",
        "map_title_long": "Road Segment Upgrade Priorities for Poor Households' Access to "
        "Industrial Centres",
        "city": "Kota Mataram, West Nusa Tenggara",
        "scenario_line": "Scenario: {name} | mode {mode} | equity weights decile 1-4: {weights} "
        "| {trips} trips/year",
        "legend_priority": "Upgrade priority",
        "legend_priority_unit": "benefit, weighted household-hours/year",
        "legend_other": "Other roads (no benefit)",
        "legend_centre": "Industrial centre",
        "legend_density": "Poor households per {cell} m cell",
        "legend_density_note": "cells < {k} households not shown",
        "legend_top": "Rank of the top {n} segments",
        "north": "N",
        "sources": "Data sources",
        "made": "Made {date} with Mataram GIS {version} | {crs}",
        "synthetic_mark": "DATA SINTETIS / SYNTHETIC DATA",
        "synthetic_note": "SYNTHETIC DATA for demonstration: an invented city, not Kota "
        "Mataram's data.",
        "builtin_demo": "built-in demo data",
        "class_5": "Very high",
        "class_4": "High",
        "class_3": "Medium",
        "class_2": "Low",
        "class_1": "Very low",
        "unnamed": "(unnamed)",
        "mode_motorcycle": "motorcycle",
        "mode_car": "car",
        "mode_walk": "walking",
        "cond_baik": "good",
        "cond_sedang": "fair",
        "cond_rusak ringan": "light damage",
        "cond_rusak berat": "heavy damage",
        "col_rank": "Rank",
        "col_segment_id": "Segment ID",
        "col_name": "Road name",
        "col_highway": "Road class",
        "col_condition": "Condition",
        "col_authority": "Authority",
        "col_length_m": "Length (m)",
        "col_benefit": "Benefit (weighted household-hours/year)",
        "col_households_benefiting": "Households benefiting (households)",
        "col_mean_minutes_saved": "Mean time saved (minutes/trip)",
        "col_upgrade_cost": "Cost (Rp)",
        "col_benefit_per_bn": "Benefit per Rp 1 billion (weighted household-hours/year)",
        "col_time_before_s": "Travel time before (s)",
        "col_time_after_s": "Travel time after (s)",
        "col_kelurahan": "Kelurahan",
        "col_criticality": "Loss if the segment closes (weighted household-hours/year)",
        "col_households_stranded": "Households stranded if it closes (households)",
        "mode": "Mode",
        "software": "Software",
        "n_segments": "Road segments",
        "n_candidates": "Segments assessed (candidates)",
        "n_households": "Households in the data",
        "n_households_used": "Households analysed",
        "n_centres": "Industrial centres",
        "sheet_ranking": "Ranking",
        "sheet_scenario": "Scenario and sources",
        "key": "Item",
        "value": "Value",
        "role_roads": "road network",
        "role_centres": "industrial centres",
        "role_households": "households",
        "hash": "SHA-256",
        "file": "File",
        "role": "Data",
        "brief_title": "Road Segment Upgrade Priorities",
        "brief_subtitle": "Poor households' access to industrial centres",
        "brief_for": "Briefing for the City Council (DPRD) of Kota Mataram",
        "brief_by": "Public Works and Spatial Planning Office (Dinas PUPR) of Kota Mataram",
        "page_of": "Page {x} of {y}",
        "b_rank": "No.",
        "b_benefit": "Benefit (weighted hh-hours /year)",
        "b_hh": "Households gaining",
        "b_cost": "Cost (Rp million)",
        "b_per_bn": "Benefit per Rp 1 billion",
        "date": "Date",
        "scenario": "Scenario",
        "h_summary": "Summary",
        "h_map": "Priority map",
        "h_top": "Top priority segments",
        "h_curve": "How far each billion rupiah goes",
        "h_method": "Method",
        "h_assumptions": "Assumptions",
        "h_sources": "Data sources",
        "h_budget": "What the budget buys",
        "sum_households": "poor households (with {producers} producers) get a shorter trip to "
        "an industrial centre if the top {n} segments are upgraded.",
        "sum_extreme": "Of these, {k} households are in extreme poverty (decile 1).",
        "sum_hours": "weighted household-hours per year saved if the top {n} segments are "
        "upgraded together (recomputed exactly; each hour counted once).",
        "sum_extreme_row": "of them in extreme poverty (decile 1).",
        "sum_cost": "estimated cost of upgrading the top {n} segments ({km} km).",
        "sum_best": "Best segment: {name} ({cls}, {cond}, {len} m) saves {benefit} weighted "
        "household-hours/year for {hh} households at a cost of {cost}.",
        "sum_context": "The analysis covers {seg} road segments, {hh} poor households and "
        "{c} industrial centres; the mean trip today takes {min} minutes.",
        "budget_line": "A budget of {budget} upgrades {k} segments (cost {cost}); benefit "
        "{benefit} weighted household-hours/year.",
        "budget_simple": "Simple pick: segments ordered by benefit per cost and taken while "
        "the budget lasts. Benefits are summed per segment; the joint benefit of several "
        "segments can differ (the exact portfolio is computed separately).",
        "budget_exact": "Portfolio chosen by the Mataram GIS portfolio optimiser; the joint "
        "benefit is recomputed exactly.",
        "top_caption": "The {n} segments with the largest benefit when each is upgraded on "
        "its own. Costs are estimates from the scenario's unit prices.",
        "map_caption": "Thicker and darker lines mean higher priority. Numbers on the map are "
        "segment ranks. Households are shown only as counts per {cell} m cell.",
        "curve_caption": "Segments ordered from the highest benefit per rupiah. A curve that "
        "rises steeply at first means the first billions of rupiah do the most good.",
        "curve_x": "Cumulative cost (Rp billion)",
        "curve_y": "Cumulative benefit (thousand weighted household-hours/year)",
        "curve_budget": "Budget",
        "curve_first_bn": "First Rp 1 billion: {benefit} weighted household-hours/year",
        "method_text": (
            "The city's roads are modelled as a network of segments between junctions. The "
            "speed on each segment depends on its road class and condition (good, fair, "
            "light damage, heavy damage). Each poor household travels to its nearest "
            "industrial centre by travel time (or to the centre it is assigned to), by "
            "{mode}.|"
            "For each segment we compute how much travel time disappears if only that "
            "segment is upgraded to {target} condition. Each household's saving is "
            "multiplied by its number of producers, an equity weight by poverty decile "
            "(extreme poverty weighs most) and the trips per year. The result is the benefit "
            "in weighted household-hours per year.|"
            "The computation is exact: equal to recomputing every shortest route with that "
            "segment upgraded. Segments are ranked by benefit. The benefit of several "
            "segments together is not always the sum of their benefits, because one route "
            "can need several segments."
        ),
        "a_speed": "Base speed by road class (km/h, mode {mode})",
        "a_condition": "Effect of road condition on speed",
        "a_equity": "Equity weights by decile",
        "a_cost": "Upgrade unit costs (Rp million per km)",
        "a_other": "Other parameters",
        "t_class": "Road class",
        "t_speed": "Speed (km/h)",
        "t_cond": "Condition",
        "t_factor": "Speed factor",
        "t_cap": "Speed cap (km/h)",
        "t_none": "no cap",
        "t_notallowed": "not usable",
        "t_desil": "Decile",
        "t_weight": "Weight",
        "t_group": "Road group",
        "t_from": "from {cond}",
        "p_trips": "Trips per household per year",
        "p_target": "Condition after upgrade",
        "p_walk": "Walking speed to the nearest road (km/h)",
        "p_snap": "Maximum distance from household to road (m)",
        "p_snap_segment": "Households join the network at the nearest point of a road "
        "(not a junction)",
        "p_candidates": "Authorities of ranked segments",
        "p_all": "all",
        "p_budget": "Budget",
        "src_builtin": "built-in",
        "src_text": "Analysis results: {file}. Software: {software}.",
        "src_notes": "Notes from reading the data",
        "no_budget": "No budget given (use --budget).",
        "grp_arterial": "arterial",
        "grp_collector": "collector",
        "grp_local": "local",
        "grp_gang": "alley (gang)",
        "units_note": "Unit: weighted household-hours/year = household hours per year "
        "multiplied by producer and equity weights.",
    },
}


def check_lang(lang: str) -> str:
    """Return ``lang`` or raise :class:`UsageError` for an unknown language."""
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r}", fix="use --lang id or --lang en")
    return lang


def t(key: str, lang: str, **values: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``values``."""
    text = TEXTS[check_lang(lang)][key]
    return text.format(**values) if values else text


def fmt_num(value: float, lang: str, *, decimals: int = 0) -> str:
    """A number with the language's separators (:func:`mataram_gis.formatting.format_number`)."""
    return format_number(value, lang, decimals)


#: Aliases kept for the output modules (one implementation: :mod:`mataram_gis.formatting`).
fmt_benefit = format_benefit
fmt_rp = format_rupiah
fmt_date = format_date


def mode_name(mode: str, lang: str) -> str:
    """Travel mode in words."""
    return TEXTS[lang].get(f"mode_{mode}", mode)


def condition_name(condition: str, lang: str) -> str:
    """Road condition in the language (canonical Indonesian words in ``id``)."""
    return TEXTS[lang].get(f"cond_{condition}", condition)


def road_name(name: object, lang: str) -> str:
    """A street name, or "(unnamed)"."""
    text = "" if name is None or name != name else str(name).strip()  # NaN-safe
    return text or t("unnamed", lang)
