"""Strings of the programme, appraisal and risk outputs, in Indonesian and English."""

from __future__ import annotations

from typing import Any

from mataram_gis.outputs.texts import check_lang

TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "rkpd_sheet": "Program kerja",
        "rkpd_title": "Usulan program penanganan jalan (format RKPD)",
        "col_year": "Tahun",
        "col_fund": "Sumber dana",
        "col_no": "Nomor ruas",
        "col_name": "Nama ruas",
        "col_sta": "STA",
        "col_treatment": "Penanganan",
        "col_volume": "Volume",
        "col_unit": "Satuan",
        "col_cost": "Biaya (Rp)",
        "col_cost_m": "Biaya (Rp juta)",
        "col_benefit": "Manfaat (jam-RT terbobot/tahun)",
        "col_segment": "ID segmen",
        "total": "Jumlah",
        "treat_default": "Peningkatan ke kondisi {target}",
        "h_picks": "Paket terpilih (portofolio eksak)",
        "h_pick_map": "Peta paket terpilih",
        "h_appraisal": "Analisis ekonomi: NPV, BCR, EIRR",
        "h_risk": "Kepekaan dan risiko",
        "h_programme": "Program tahunan",
        "picks_line": "Anggaran {budget} membeli {n} segmen pada {k} ruas senilai {cost}. "
        "Manfaat gabungan eksak {benefit} jam-RT terbobot per tahun (dihitung ulang dengan "
        "semua paket sekaligus); pilihan sederhana (urut manfaat per biaya) {naive} jam-RT per "
        "tahun. Rumah tangga terjangkau: {hh}, di antaranya {hh1} rumah tangga desil 1.",
        "map_caption": "Nomor pada peta = urutan pilihan pada tabel.",
        "app_intro": "Waktu produsen dinilai {vot} per jam ({vot_src}). Tingkat diskonto {rate} "
        "%, periode {period} tahun, nilai sisa garis lurus; penghematan biaya operasi kendaraan "
        "{voc}; penghematan pemeliharaan tidak dimodelkan.",
        "app_unweighted": "Tanpa bobot (setiap jam produsen bernilai sama)",
        "app_weighted": "Berbobot ekuitas (jam rumah tangga miskin dikalikan bobot desil)",
        "voc_on": "dihitung",
        "voc_off": "tidak dihitung",
        "col_pvb": "PV manfaat",
        "col_pvc": "PV biaya",
        "col_npv": "NPV",
        "col_bcr": "BCR",
        "col_eirr": "EIRR",
        "col_rise": "Biaya boleh naik",
        "col_fall": "Manfaat boleh turun",
        "col_ruas": "Ruas",
        "col_freq": "Terpilih",
        "sv_line": "Nilai pengalih program (tanpa bobot): biaya boleh naik {rise} atau manfaat "
        "turun {fall} sebelum BCR < 1.",
        "mc_line": "Simulasi Monte Carlo, {n} undian (biaya satuan, nilai waktu, perjalanan "
        "per tahun, bobot ekuitas, kecepatan menurut kondisi; masing-masing memilih ulang "
        "portofolio eksaknya): NPV berbobot ekuitas P5 {p5}, median {p50}, P95 {p95}; NPV "
        "tanpa bobot positif pada {pos} undian.",
        "mc_none": "Simulasi Monte Carlo tidak dijalankan (pakai --draws).",
        "mc_freq_axis": "Terpilih dalam % undian",
        "mc_npv_axis": "NPV (Rp miliar)",
        "mc_count_axis": "Undian",
        "prog_intro": "{years} tahun, sumber dana: {funds}. Pekerjaan tahun ke-n dibayar pada "
        "tahun itu dan bermanfaat sejak tahun berikutnya; manfaat tiap tahun dihitung ulang "
        "eksak pada jaringan tahun itu. Metode: {method}.",
        "method_year_by_year": "portofolio eksak tahun demi tahun",
        "method_horizon_first": "portofolio eksak seluruh periode, dijadwalkan per tahun",
        "deterioration": "Jalan yang tidak ditangani turun satu kelas kondisi setiap {n} tahun.",
        "prog_benefit_axis": "Manfaat (ribu jam-RT/tahun)",
        "prog_kemantapan_axis": "Kemantapan (%)",
        "prog_before": "sebelum",
        "prog_after": "sesudah",
        "kem_before": "Kemantapan sebelum",
        "kem_after": "Kemantapan sesudah",
        "edited": "{name} (diubah)",
        "col_picks": "Urutan pilihan",
        "col_segments": "Jumlah segmen",
        "col_segment_ids": "ID segmen",
        "unit_ruas": "Satuan pilihan: ruas utuh (semua segmen kandidat satu ruas ditangani "
        "bersama); satu baris per ruas, STA tiap penggal yang ditangani.",
        "unit_penggal": "Satuan pilihan: penggal ruas (segmen kandidat berurutan pada satu ruas "
        "menurut STA); satu baris per penggal.",
    },
    "en": {
        "rkpd_sheet": "Work programme",
        "rkpd_title": "Proposed road works programme (RKPD form)",
        "col_year": "Year",
        "col_fund": "Fund source",
        "col_no": "Road number",
        "col_name": "Road name",
        "col_sta": "STA",
        "col_treatment": "Treatment",
        "col_volume": "Volume",
        "col_unit": "Unit",
        "col_cost": "Cost (Rp)",
        "col_cost_m": "Cost (Rp million)",
        "col_benefit": "Benefit (weighted household-hours/yr)",
        "col_segment": "Segment ID",
        "total": "Total",
        "treat_default": "Upgrade to {target}",
        "h_picks": "Chosen works (exact portfolio)",
        "h_pick_map": "Map of the chosen works",
        "h_appraisal": "Economic appraisal: NPV, BCR, EIRR",
        "h_risk": "Sensitivity and risk",
        "h_programme": "Yearly programme",
        "picks_line": "The budget of {budget} buys {n} segments on {k} roads for {cost}. Exact "
        "joint benefit {benefit} weighted household-hours a year (recomputed with all works "
        "together); the simple pick (by benefit per cost) {naive} household-hours a year. "
        "Households reached: {hh}, of which {hh1} in desil 1.",
        "map_caption": "Numbers on the map = pick order in the table.",
        "app_intro": "A producer's time is valued at {vot} an hour ({vot_src}). Discount rate "
        "{rate} %, period {period} years, straight-line residual value; vehicle operating cost "
        "savings {voc}; maintenance savings not modelled.",
        "app_unweighted": "Unweighted (every producer hour counts the same)",
        "app_weighted": "Equity-weighted (poor households' hours times their desil weight)",
        "voc_on": "included",
        "voc_off": "not included",
        "col_pvb": "PV benefits",
        "col_pvc": "PV costs",
        "col_npv": "NPV",
        "col_bcr": "BCR",
        "col_eirr": "EIRR",
        "col_rise": "Cost may rise",
        "col_fall": "Benefit may fall",
        "col_ruas": "Road",
        "col_freq": "Selected",
        "sv_line": "Programme switching values (unweighted): costs may rise {rise} or benefits "
        "fall {fall} before the BCR drops below 1.",
        "mc_line": "Monte Carlo, {n} draws (unit costs, value of time, trips per year, equity "
        "weights, speeds by condition; each draw re-chooses its exact portfolio): "
        "equity-weighted NPV P5 {p5}, median {p50}, P95 {p95}; unweighted NPV positive in "
        "{pos} of draws.",
        "mc_none": "Monte Carlo not run (use --draws).",
        "mc_freq_axis": "Selected in % of draws",
        "mc_npv_axis": "NPV (Rp billion)",
        "mc_count_axis": "Draws",
        "prog_intro": "{years} years, fund sources: {funds}. Works of year n are paid that year "
        "and pay back from the next; each year's benefit is recomputed exactly on that year's "
        "network. Method: {method}.",
        "method_year_by_year": "exact portfolio year by year",
        "method_horizon_first": "exact portfolio over the whole period, scheduled by year",
        "deterioration": "Untreated roads drop one condition class every {n} years.",
        "prog_benefit_axis": "Benefit (thousand household-hours/yr)",
        "prog_kemantapan_axis": "Kemantapan (%)",
        "prog_before": "before",
        "prog_after": "after",
        "kem_before": "Kemantapan before",
        "kem_after": "Kemantapan after",
        "edited": "{name} (edited)",
        "col_picks": "Pick order",
        "col_segments": "Segments",
        "col_segment_ids": "Segment IDs",
        "unit_ruas": "Unit of choice: whole ruas (all candidate segments of a ruas treated "
        "together); one row per ruas, with the STA of each stretch treated.",
        "unit_penggal": "Unit of choice: stretches (penggal: consecutive candidate segments of a "
        "ruas in STA order); one row per stretch.",
    },
}


def tp(key: str, lang: str, **values: object) -> str:
    """The programme string ``key`` in ``lang``, formatted with ``values``."""
    text = TEXTS[check_lang(lang)][key]
    return text.format(**values) if values else text


def scenario_label(scenario: Any, lang: str) -> str:
    """The scenario's name, marked edited when its parameters differ from that name's defaults.

    A scenario called like the default one but with other parameters is never shown under
    the plain default name.
    """
    from mataram_gis.scenario import Scenario

    base = Scenario().to_dict()
    mine = scenario.to_dict()
    if mine["name"] != base["name"]:
        return str(mine["name"])
    # The budget question (budget, years, ceilings, draws) is not an assumption.
    skip = {"name", "budget_rp", "appraisal"}
    changed = [k for k in base if k not in skip and base[k] != mine.get(k)]
    budget_only = {"years", "ceilings_rp", "draws", "seed"}
    app_b = base["appraisal"]
    app_m = mine.get("appraisal", app_b)
    changed += [k for k in app_b if k not in budget_only and app_b[k] != app_m.get(k)]
    return tp("edited", lang, name=mine["name"]) if changed else str(mine["name"])
