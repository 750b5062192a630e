"""Indonesian translations added for issue 13 (settings, import fields, comparison).

Merged into ``build_translations.ID``; terms follow docs/GLOSSARY.md. Job progress and error
messages are not here: the GUI shows them through ``ui/messages.py`` from the one catalogue
of :mod:`mataram_gis.catalogue` (shared with the command line); tests/test_i18n_sources.py
fails when a catalogue template is copied here again.
"""

UX_ID: dict[str, str] = {
    # identify and ranking
    "Desil": "Desil",
    "Before": "Sebelum",
    "After": "Sesudah",
    "Status": "Status",
    "Preparing the analysis engine (once only)": "Menyiapkan mesin analisis (sekali saja)",
    "Reopening %1": "Membuka kembali %1",
    "HH": "RT",
    "Right-click to choose the columns": "Klik kanan untuk memilih kolom",
    "Skip roads already good": "Lewati jalan yang sudah baik",
    # status bar: latitude south/north, longitude west/east
    "S": "LS",
    "N": "LU",
    "W": "BB",
    "E": "BT",
    # files and settings
    "Recent files": "Berkas terakhir",
    "(no recent files)": "(belum ada berkas)",
    "The project has unsaved changes (parameters, data or scenarios). Save them first?":
        "Proyek memiliki perubahan yang belum disimpan (parameter, data atau skenario). "
        "Simpan dulu?",
    # import dialog: the fields a column can hold
    "name": "nama",
    "condition (kondisi)": "kondisi",
    "IRI (roughness)": "IRI (kekasaran)",
    "smoothness (OSM)": "kerataan (OSM)",
    "surface (perkerasan)": "perkerasan",
    "authority (status)": "status jalan",
    "width (m)": "lebar (m)",
    "road class (OSM highway)": "fungsi jalan (OSM highway)",
    "one-way": "satu arah",
    "speed limit (km/h)": "batas kecepatan (km/jam)",
    "access": "akses",
    "level (layer)": "tingkat (layer)",
    "bridge": "jembatan",
    "tunnel": "terowongan",
    "synthetic data flag": "tanda data sintetis",
    "centre id": "ID sentra",
    "sector": "sektor",
    "longitude (bujur)": "bujur",
    "latitude (lintang)": "lintang",
    "x (easting)": "x (timur)",
    "y (northing)": "y (utara)",
    "coordinate system (CRS)": "sistem koordinat (CRS)",
    "producers (household weight)": "produsen (bobot RT)",
    "poverty group (desil)": "desil kemiskinan",
    "assigned centre": "sentra tujuan",
    "household id": "ID rumah tangga",
    # a bug in a job: the details are in the log only (ui/messages.py)
    "An unexpected error occurred inside the program; the task was not finished. The "
    "technical details are in the log: %1":
        "Terjadi kesalahan tak terduga di dalam program; pekerjaan tadi tidak selesai. "
        "Rincian teknis ada di log: %1",
    "An unexpected error occurred inside the program; the task was not finished. The "
    "technical details are in the Log panel.":
        "Terjadi kesalahan tak terduga di dalam program; pekerjaan tadi tidak selesai. "
        "Rincian teknis ada di panel Log.",
    "The file could not be written: %1. Check that the folder exists and that you may write "
    "in it.":
        "Berkas tidak dapat ditulis: %1. Periksa bahwa foldernya ada dan Anda boleh menulis "
        "di sana.",
    # scenario comparison
    "Top N": "N teratas",
    "Programme picks": "Pilihan program",
    "Largest moves": "Perubahan peringkat terbesar",
    "Top %1": "%1 teratas",
    "Benefit A": "Manfaat A",
    "Benefit B": "Manfaat B",
    "Compare the": "Bandingkan",
    "Enter the top %1 in %2 (%3)": "Masuk %1 teratas di %2 (%3)",
    "Leave the top %1 in %2 (%3)": "Keluar dari %1 teratas di %2 (%3)",
    "Picked only in %1 (%2)": "Hanya dipilih di %1 (%2)",
    "%1: %2 segments, %3, benefit %4.": "%1: %2 segmen, %3, manfaat %4.",
    "Each scenario's exact programme (as in the Portfolio panel): the set of segments whose "
    "joint benefit is largest within the budget.":
        "Program tepat tiap skenario (seperti di panel Portofolio): himpunan segmen dengan "
        "manfaat gabungan terbesar dalam anggaran.",
    "Choosing the programme for each scenario…": "Memilih program untuk tiap skenario…",
    # status bar: the one-time engine compilation
    "%1 engine parts compiled, %2 s": "%1 bagian mesin dikompilasi, %2 dtk",
    "Risk": "Risiko",
    "Enter the top %1 in %2": "Masuk %1 teratas di %2",
    "Leave the top %1 in %2": "Keluar dari %1 teratas di %2",
    "Picked only in %1": "Hanya dipilih di %1",
    # identify: a whole road
    "Corridor %1: %2": "Koridor %1: %2",
    "Exact benefit of upgrading all the road's candidate segments together (not the sum of "
    "their single benefits). Select one segment on the map for its details.":
        "Manfaat tepat bila semua segmen kandidat jalan ini ditingkatkan bersama (bukan jumlah "
        "manfaat masing-masing). Pilih satu segmen di peta untuk rinciannya.",
    "Ruas %1: %2": "Ruas %1: %2",
    "Exact benefit of treating all the ruas' candidate segments together (not the sum of "
    "their single benefits). Select one segment on the map for its details.":
        "Manfaat tepat bila semua segmen kandidat ruas ini ditangani bersama (bukan jumlah "
        "manfaat masing-masing). Pilih satu segmen di peta untuk rinciannya.",
}
