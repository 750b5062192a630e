"""Indonesian translations of the outputs menu and the planning docks (issues 5 and 6).

Merged into ``build_translations.ID``; kept apart so the table of each part stays short.
"""

PLANNING_ID: dict[str, str] = {
    # File menu: outputs
    "Export map (PDF/PNG/SVG)…": "Ekspor peta (PDF/PNG/SVG)…",
    "Export table (CSV/XLSX)…": "Ekspor tabel (CSV/XLSX)…",
    "Export results GeoPackage (QGIS styles)…": "Ekspor hasil GeoPackage (gaya QGIS)…",
    "Print briefing (PDF)…": "Cetak ringkasan (PDF)…",
    "PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)":
        "PDF (*.pdf);;Gambar PNG, 300 dpi (*.png);;SVG (*.svg)",
    "Export map": "Ekspor peta",
    "Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)":
        "Buku kerja Excel (*.xlsx);;CSV, dipisah titik koma (*.csv)",
    "Export table": "Ekspor tabel",
    "GeoPackage (*.gpkg)": "GeoPackage (*.gpkg)",
    "Print briefing": "Cetak ringkasan",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Saved: %1": "Tersimpan: %1",
    "Landscape": "Lanskap",
    "Portrait": "Potret",
    "How many top-ranked segments get a rank label":
        "Berapa segmen peringkat teratas yang diberi label peringkat",
    "Paper": "Kertas",
    "Orientation": "Orientasi",
    "Language": "Bahasa",
    "Label the top": "Label peringkat teratas",
    "Update preview": "Perbarui pratinjau",
    "Preview…": "Pratinjau…",
    "Save…": "Simpan…",
    "Drawing the preview…": "Menggambar pratinjau…",
    "No preview: %1": "Tidak ada pratinjau: %1",
    "optional, e.g. 10 miliar": "opsional, mis. 10 miliar",
    "Segments in the top table": "Segmen dalam tabel teratas",
    "Budget (Rp)": "Anggaran (Rp)",
    # Layers and status bar
    "Highlighted segments": "Segmen yang disorot",
    "Portfolio": "Portofolio",
    "Corridors": "Koridor",
    "Scenarios": "Skenario",
    "Comparing scenarios": "Membandingkan skenario",
    # Portfolio dock
    "The ranking changed: compute again.": "Peringkat berubah: hitung ulang.",
    "Type a budget, e.g. 10 miliar or 750 juta.":
        "Ketik anggaran, mis. 10 miliar atau 750 juta.",
    "Choosing segments for %1…": "Memilih segmen untuk %1…",
    "Computing the budget curve…": "Menghitung kurva anggaran…",
    "Cancelled.": "Dibatalkan.",
    "Portfolio within the budget": "Portofolio dalam anggaran",
    "<b>%1 segments</b>, %2 of %3. Exact joint benefit <b>%4</b> household-hours/yr; "
    "naive pick by benefit per cost (%5 segments): %6. Difference <b>%7 (%8)</b>.":
        "<b>%1 segmen</b>, %2 dari %3. Manfaat gabungan eksak <b>%4</b> jam-RT terbobot/tahun; "
        "pilihan sederhana menurut manfaat per biaya (%5 segmen): %6. Selisih <b>%7 (%8)</b>.",
    "e.g. 10 miliar, 750 juta, 10000000000": "mis. 10 miliar, 750 juta, 10000000000",
    "Compute": "Hitung",
    "Budget curve": "Kurva anggaran",
    "Chosen segments": "Segmen terpilih",
    "Pick": "Urutan",
    "Name": "Nama",
    "Marginal benefit": "Manfaat marjinal",
    "Cumulative cost": "Biaya kumulatif",
    "Cumulative benefit": "Manfaat kumulatif",
    "Budget": "Anggaran",
    "Segments": "Segmen",
    "Naive pick": "Pilihan sederhana",
    "Gain": "Tambahan",
    "Budget (Rp billion)": "Anggaran (Rp miliar)",
    "Benefit (household-hours/yr)": "Manfaat (jam-RT terbobot/tahun)",
    "Marginal benefit: what each pick adds, exactly, given the earlier picks":
        "Manfaat marjinal: tambahan eksak setiap pilihan, setelah pilihan sebelumnya",
    # Corridors dock
    "Ranking whole roads…": "Memeringkat koridor jalan utuh…",
    "%1 roads (ruas) with candidate segments, ranked by the exact benefit of upgrading "
    "each whole road.":
        "%1 koridor jalan dengan segmen kandidat, diperingkat menurut manfaat eksak "
        "peningkatan seluruh koridor.",
    "Waiting for the ranking…": "Menunggu peringkat…",
    "Press Compute to rank whole roads (ruas).": "Tekan Hitung untuk memeringkat koridor jalan utuh.",
    # Scenarios dock and comparison
    "Type a name for the scenario.": "Ketik nama skenario.",
    "Saved “%1”.": "“%1” tersimpan.",
    "Ranking “%1”…": "Memeringkat “%1”…",
    "Choose two different scenarios.": "Pilih dua skenario yang berbeda.",
    "Comparing “%1” and “%2”…": "Membandingkan “%1” dan “%2”…",
    "Save the current parameters as a named scenario:":
        "Simpan parameter saat ini sebagai skenario bernama:",
    "Scenario name, e.g. Anggaran 2026": "Nama skenario, mis. Anggaran 2026",
    "Save": "Simpan",
    "Switch to": "Beralih ke",
    "Delete": "Hapus",
    "Compare two scenarios:": "Bandingkan dua skenario:",
    "Compare…": "Bandingkan…",
    "Double-click a scenario to switch to it (re-ranks)":
        "Klik dua kali skenario untuk beralih (memeringkat ulang)",
    "Compare scenarios: %1 and %2": "Perbandingan skenario: %1 dan %2",
    "Households counted": "Rumah tangga dihitung",
    "Households excluded": "Rumah tangga dikecualikan",
    "Mean time to centre (min)": "Rata-rata waktu ke sentra (menit)",
    "Sum of single-segment benefits": "Jumlah manfaat per segmen",
    "Benefit of the top segment": "Manfaat segmen teratas",
    "Cost of upgrading every candidate (Rp)": "Biaya peningkatan semua kandidat (Rp)",
    "Quantity": "Besaran",
    "Change": "Perubahan",
    "Rank A": "Peringkat A",
    "Rank B": "Peringkat B",
    "Close": "Tutup",
    "A: %1, B: %2. Segments matched by id; a rise is a smaller rank number in B.":
        "A: %1, B: %2. Segmen dicocokkan menurut ID segmen; naik berarti nomor peringkat lebih "
        "kecil di B.",
    "Places": "Selisih peringkat",
    "Benefit change": "Perubahan manfaat",
    "Rose most in %1": "Paling naik di %1",
    "Fell most in %1": "Paling turun di %1",
    "Show on map": "Tampilkan di peta",
    "Rose in %1": "Naik di %1",
    "Fell in %1": "Turun di %1",
}
