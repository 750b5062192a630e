"""Indonesian for job progress (GUI status bar, CLI progress line) and the CLI's own words.

English template -> Indonesian text; ``{}`` marks a value (a file, a count).
"""

PROGRESS_ID: dict[str, str] = {
    "loading data": "memuat data",
    "building map layers": "menyusun lapisan peta",
    "data ready": "data siap",
    "building the road network": "menyusun jaringan jalan",
    "network ready": "jaringan siap",
    "travel times": "waktu tempuh",
    "snapping centres": "menempatkan sentra ke jalan",
    "snapping households": "menempatkan rumah tangga ke jalan",
    "ranking segments": "memeringkat segmen",
    "building the ranking table": "menyusun tabel peringkat",
    "analysis done": "analisis selesai",
    "evaluating upgrades": "menilai peningkatan",
    "greedy selection": "pemilihan bertahap",
    "choosing": "memilih",
    "choosing the exact portfolio": "memilih portofolio tepat",
    "improving (swap out / refill)": "memperbaiki pilihan (tukar / isi ulang)",
    "portfolio done": "portofolio selesai",
    "budget Rp {}": "anggaran Rp {}",
    "budget curve done": "kurva anggaran selesai",
    "grouping segments into corridors": "mengelompokkan segmen menjadi koridor",
    "evaluating {} corridors exactly": "menghitung {} koridor secara tepat",
    "evaluating corridors": "menghitung koridor",
    "evaluating {} {}": "menghitung {} {}",
    "building the corridors layer": "menyusun lapisan koridor",
    "corridors done": "koridor selesai",
    "grouping segments into ruas": "mengelompokkan segmen menjadi ruas",
    "evaluating {} ruas exactly": "menghitung {} ruas secara tepat",
    "finding the best stretch of each ruas": "mencari bagian terbaik setiap ruas",
    "building the ruas layer": "menyusun lapisan ruas",
    "ruas done": "ruas selesai",
    "analysing {}": "menganalisis {}",
    "comparing": "membandingkan",
    "comparing plans": "membandingkan rencana",
    "writing {}": "menulis {}",
    "{} written": "{} tertulis",
    "saving {}": "menyimpan {}",
    "{} saved": "{} tersimpan",
    "collecting the results": "mengumpulkan hasil",
    "drawing the preview": "menggambar pratinjau",
    "rendering the preview": "merender pratinjau",
    "preview ready": "pratinjau siap",
    "adding QGIS styles": "menambahkan gaya QGIS",
    "computing who gains": "menghitung siapa yang diuntungkan",
    "drawing the map": "menggambar peta",
    "preparing the map": "menyiapkan peta",
    "tables and chart": "tabel dan grafik",
    "briefing written": "ringkasan tertulis",
    "map written": "peta tertulis",
    "preparing the analysis engine (once)": "menyiapkan mesin analisis (sekali saja)",
    "done": "selesai",
    "draw {} of {}": "undian {} dari {}",
    "appraisal": "penilaian ekonomi",
    "equity": "pemerataan",
    "isochrones": "isokron",
    "vulnerability": "kerentanan",
    "programme done": "program selesai",
    "whole-horizon plan": "rencana seluruh periode",
    "year {}: portfolio": "tahun {}: portofolio",
}

#: The command line's own words (results lines, errors, interruptions).
CLI_ID: dict[str, str] = {
    "error: {}": "kesalahan: {}",
    "cancelled": "dibatalkan",
    "interrupted": "dihentikan",
    "Fix: {}": "Perbaikan: {}",
    "results: {}": "hasil: {}",
    "map: {}": "peta: {}",
    "briefing: {}": "ringkasan: {}",
    "note: the yearly ceilings (Rp {} in all) set the spending; --budget Rp {} is not used": (
        "catatan: pagu tahunan (seluruhnya Rp {}) menentukan belanja; --budget Rp {} tidak dipakai"
    ),
    "table: {}": "tabel: {}",
    "portfolio: {}": "portofolio: {}",
    "work programme: {}": "program kerja: {}",
    "corridors: {}": "koridor: {}",
    "access: {}": "aksesibilitas: {}",
    "QGIS styles stored in {}": "gaya QGIS disimpan di {}",
    "WARNING: {}": "PERINGATAN: {}",
    "{} segments, {} of {} households used ({} excluded), {} centres; engine {} ms": (
        "{} segmen, {} dari {} rumah tangga dipakai ({} dikecualikan), {} pusat; mesin {} ms"
    ),
    "h/yr  {} hh": "jam-RT terbobot/tahun  {} RT",
    "h/yr  Rp {} million  ": "jam-RT terbobot/tahun  Rp {} jt  ",
    "h/yr": "jam-RT terbobot/tahun",
    "portfolio: {} segments, Rp {} of Rp {}; benefit {} h/yr (exact)": (
        "portofolio: {} segmen, Rp {} dari Rp {}; manfaat {} jam-RT terbobot/tahun (eksak)"
    ),
    " vs simple pick {} h/yr": " vs pilihan sederhana {} jam-RT terbobot/tahun",
    "appraisal: NPV Rp {}, BCR {}, EIRR {}% (unweighted); NPV Rp {}, BCR {} (equity-weighted)": (
        "kelayakan: NPV Rp {}, BCR {}, EIRR {}% (tanpa bobot); NPV Rp {}, BCR {} (berbobot "
        "ekuitas)"
    ),
    "monte carlo: {} draws, equity-weighted NPV P5/P50/P95 Rp {} / {} / {}": (
        "monte carlo: {} undian, NPV berbobot ekuitas P5/P50/P95 Rp {} / {} / {}"
    ),
    "works: {} ruas, {} stretches": "pekerjaan: {} ruas, {} penggal",
    "{} segments: {} would strand households if closed; {} isochrone polygons": (
        "{} segmen: {} akan mengisolasi rumah tangga bila ditutup; {} poligon isokron"
    ),
    "h/yr  {} stranded": "jam-RT terbobot/tahun  {} RT terisolasi",
    "segment(s) {}": "segmen {}",
    "top {}: {} in common": "{} teratas: {} sama",
    "ranking with point-on-segment snapping (exact): {}; Spearman {}; summed single-segment "
    "benefit {} vs {} h/yr (node snapping)": (
        "peringkat dengan penempatan titik-pada-segmen (eksak): {}; Spearman {}; jumlah manfaat "
        "per segmen {} vs {} jam-RT terbobot/tahun (penempatan ke simpul)"
    ),
    "{} households: door to centre {} min (node snapping) vs {} min (point on segment); mean "
    "difference {} s (median {} s, mean absolute {} s); {}% change by more than 30 s; walked "
    "access leg {} s vs {} s": (
        "{} rumah tangga: pintu ke pusat {} menit (penempatan ke simpul) vs {} menit (titik pada "
        "segmen); selisih rata-rata {} dtk (median {} dtk, rata-rata mutlak {} dtk); {}% "
        "berubah lebih dari 30 dtk; jalan kaki ke jalan {} dtk vs {} dtk"
    ),
    "portfolio {} ({} segments)": "portofolio {} ({} segmen)",
    "ruas {} ({} segments)": "ruas {} ({} segmen)",
    "top {} segment(s)": "{} segmen teratas",
    "equity of {}, aggregation {}": "pemerataan untuk {}, agregasi {}",
    "isolated households (> {} min door to centre, or off the network); counts under 5 not "
    "shown": (
        "rumah tangga terisolasi (> {} menit dari pintu ke sentra, atau di luar jaringan); "
        "jumlah di bawah 5 tidak ditampilkan"
    ),
    "top {} ruas (city roads unless --all-status):": (
        "{} ruas teratas (jalan kota, kecuali dengan --all-status):"
    ),
    "share to desil 1: {}%; concentration index {} (negative: pro-poor)": (
        "pangsa untuk desil 1: {}%; indeks konsentrasi {} (negatif: berpihak pada yang miskin)"
    ),
    "benefit in {}; minutes: mean door-to-centre time per trip": (
        "manfaat dalam {}; menit: rata-rata waktu tempuh pintu ke sentra per perjalanan"
    ),
    "{} seg": "{} segmen",
    "(unnamed)": "(tanpa nama)",
    # the demo's files (``demo --out``)
    "roads: {}": "jalan: {}",
    "centres: {}": "sentra: {}",
    "households: {}": "rumah tangga: {}",
    "ruas: {}": "ruas: {}",
    "survey: {}": "survei kondisi: {}",
    "prices: {}": "harga satuan: {}",
}
