"""Indonesian texts of the command line's ``--help`` and of argparse's own words and errors.

The help strings are written in English in mataram_gis/commands/*.py;
:func:`mataram_gis.cli_parser.translate_parser` looks each one up here when the parser is
built (keys with literal braces are doubled, as in every CLI template). argparse's own words
("usage:", "options", "show this help message and exit") and its usage errors are here too;
tests/test_cli_help_id.py renders every sub-command's help and fails on a line left in English.
"""

#: argparse's own words: group titles, the -h/--version help and the usage prefix.
ARGPARSE_WORDS_ID: dict[str, str] = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan nomor versi program lalu keluar",
    "{}: error: {}": "{}: kesalahan: {}",
}

#: argparse's usage errors (Python's wording, ``%s``/``%r`` as ``{}``), most literal first.
ARGPARSE_ERRORS_ID: dict[str, str] = {
    "the following arguments are required: {}": "argumen berikut wajib diberikan: {}",
    "unrecognized arguments: {}": "argumen tidak dikenal: {}",
    "argument {}: {}": "argumen {}: {}",
    "invalid choice: {} (choose from {})": "pilihan tidak sah: {} (pilih salah satu: {})",
    "expected one argument": "memerlukan satu nilai",
    "expected at most one argument": "memerlukan paling banyak satu nilai",
    "expected at least one argument": "memerlukan sedikitnya satu nilai",
    "expected {} argument": "memerlukan {} nilai",
    "expected {} arguments": "memerlukan {} nilai",
    "invalid {} value: {}": "nilai {} tidak sah: {}",
    "not allowed with argument {}": "tidak boleh dipakai bersama argumen {}",
    "one of the arguments {} is required": "salah satu argumen {} wajib diberikan",
    "ignored explicit argument {}": "tidak menerima nilai: {}",
    "ambiguous option: {} could match {}": "opsi ambigu: {} dapat berarti {}",
    "unexpected option string: {}": "opsi tak terduga: {}",
}

#: Type names in "invalid {} value: {}".
ARGPARSE_TYPES_ID: dict[str, str] = {"int": "bilangan bulat", "float": "angka"}

#: The placeholders of option values in the usage and help (argparse: the option's name in
#: capitals); a name, file type or unit stays as it is.
METAVARS_ID: dict[str, str] = {
    "COMMAND": "PERINTAH", "ADMIN": "BERKAS", "BUDGET": "ANGGARAN", "CEILINGS": "PAGU",
    "CENTRES": "BERKAS", "CSV": "CSV", "DETERIORATION": "N", "DISCOUNT_RATE": "TINGKAT",
    "DRAWS": "N", "EAST": "TIMUR", "EPSG": "EPSG", "FILE": "BERKAS", "HAZARD": "BERKAS",
    "HOUSEHOLDS": "BERKAS", "MAP": "PETA", "MIN": "MIN", "NAME": "NAMA", "NORTH": "UTARA",
    "OUT": "KELUARAN", "PERIOD": "TAHUN", "PLACE": "TEMPAT", "PORTFOLIO": "BERKAS",
    "PRICES": "BERKAS", "RESULTS": "HASIL", "ROADS": "BERKAS", "RUAS": "RUAS",
    "RUAS_CSV": "CSV", "RUAS_TOP": "N", "SCALE": "K", "SCENARIO": "BERKAS", "SEED": "BENIH",
    "SEGMENT": "ID", "SOUTH": "SELATAN", "THRESHOLD": "MENIT", "TOLERANCE": "M", "TOP": "N",
    "TRIALS": "N", "VALUE_OF_TIME": "RP", "WEST": "BARAT", "WHAT": "APA", "XLSX": "XLSX",
    "YEARS": "TAHUN",
}  # fmt: skip

#: Descriptions, group titles and the help of every sub-command and option.
HELP_ID: dict[str, str] = {
    # the top-level parser (mataram_gis/cli.py)
    "Mataram GIS: rank road upgrades by travel time saved for poor households.": (
        "Mataram GIS: peringkat peningkatan jalan menurut waktu tempuh yang dihemat rumah "
        "tangga miskin."
    ),
    "log details": "catat rincian proses",
    "messages language (default: $MATARAM_GIS_LANG or id)": (
        "bahasa pesan (bawaan: $MATARAM_GIS_LANG atau id)"
    ),
    # the sub-commands, as listed by ``python main.py --help``
    "write the synthetic demo data set as ordinary files": (
        "tulis data demo sintetis sebagai berkas biasa"
    ),
    "rank segments by the benefit of upgrading each": (
        "susun peringkat segmen menurut manfaat peningkatan masing-masing"
    ),
    "choose the best set of upgrades within a budget": (
        "pilih kumpulan peningkatan terbaik dalam batas anggaran"
    ),
    "rank whole roads (ruas) by upgrade benefit": (
        "susun peringkat jalan utuh (ruas) menurut manfaat peningkatan"
    ),
    "export the priority map (PDF/SVG vector, PNG 300 dpi)": (
        "ekspor peta prioritas (PDF/SVG vektor, PNG 300 dpi)"
    ),
    "write the council briefing (A4 PDF)": "tulis ringkasan untuk DPRD (PDF A4)",
    "write the ranking as CSV or XLSX": "tulis tabel peringkat sebagai CSV atau XLSX",
    "store QGIS styles in a results GeoPackage": "simpan gaya QGIS di GeoPackage hasil",
    "vulnerability, kelurahan and isochrones of a result": (
        "kerentanan, kelurahan dan isokron dari satu hasil"
    ),
    "benefit by desil and kelurahan for segments/programme": (
        "manfaat menurut desil dan kelurahan untuk segmen/program"
    ),
    "households far from their centre or off the network": (
        "rumah tangga yang jauh dari sentranya atau di luar jaringan"
    ),
    "node vs point-on-segment snapping, measured": (
        "penempatan ke simpul vs titik pada segmen, diukur"
    ),
    # demo and rank (mataram_gis/commands/rank.py)
    "output folder": "folder keluaran",
    "K-times-larger city (default 1)": "kota K kali lebih besar (bawaan 1)",
    "random seed of the demo city (default 2023)": "benih acak kota demo (bawaan 2023)",
    "inputs (files, or --demo)": "masukan (berkas, atau --demo)",
    "road lines (.gpkg/.shp/.geojson/.osm/.pbf)": "garis jalan (.gpkg/.shp/.geojson/.osm/.pbf)",
    "centre points (.csv/.xlsx/.gpkg/...)": "titik sentra industri (.csv/.xlsx/.gpkg/...)",
    "household points (.csv/.xlsx/...)": "titik rumah tangga (.csv/.xlsx/...)",
    'download OSM roads for a place, e.g. "Kota Mataram"': (
        'unduh jalan OSM untuk satu tempat, misalnya "Kota Mataram"'
    ),
    "download OSM roads in a lon/lat box": "unduh jalan OSM dalam kotak bujur/lintang",
    "reader of .osm/.pbf roads: fast (pyosmium, default) or osmnx (same segments)": (
        "pembaca jalan .osm/.pbf: fast (pyosmium, bawaan) atau osmnx (segmen yang sama)"
    ),
    "use the built-in demo city": "pakai kota demo bawaan",
    "demo scale (with --demo)": "skala demo (dengan --demo)",
    "results GeoPackage to write": "GeoPackage hasil yang ditulis",
    "also write the ranking as CSV": "tulis juga tabel peringkat sebagai CSV",
    "print the top N segments (0: none)": "cetak N segmen teratas (0: tidak ada)",
    "scenario parameters as JSON": "parameter skenario sebagai JSON",
    "travel mode": "moda perjalanan",
    "households join the network at the nearest junction (node, default) or the nearest "
    "point of a segment (docs/ACCESS.md)": (
        "rumah tangga masuk ke jaringan di simpang terdekat (node, bawaan) atau di titik "
        "terdekat pada segmen (docs/ACCESS.md)"
    ),
    "topology snap tolerance (m, 0-50; default: proposed from the data's gaps)": (
        "toleransi penyambungan topologi (m, 0-50; bawaan: diusulkan dari celah pada data)"
    ),
    "layer of --roads to read (GeoPackage)": "lapisan --roads yang dibaca (GeoPackage)",
    "CRS of --roads when it has none (shapefile without .prj) or declares a wrong one": (
        "CRS --roads bila berkasnya tidak punya CRS (shapefile tanpa .prj) atau CRS-nya salah"
    ),
    "road inventory, prices and authority (docs/INPUTS.md)": (
        "inventaris jalan, harga satuan dan kewenangan (docs/INPUTS.md)"
    ),
    "the city's SK ruas list and/or condition survey rows (.csv/.xlsx; repeatable)": (
        "daftar ruas SK kota dan/atau baris survei kondisi (.csv/.xlsx; boleh diulang)"
    ),
    "unit-price table, Rp/m2 (.csv/.xlsx)": "tabel harga satuan, Rp/m2 (.csv/.xlsx)",
    "rank national, provincial and desa roads too (default: the city's roads only)": (
        "sertakan juga jalan nasional, provinsi dan desa dalam peringkat (bawaan: hanya jalan "
        "kota)"
    ),
    "also write the ruas ranking as CSV": "tulis juga peringkat ruas sebagai CSV",
    "print the top N ruas (0: none)": "cetak N ruas teratas (0: tidak ada)",
    # accessibility options of rank and access (mataram_gis/commands/access.py)
    "accessibility and vulnerability (docs/ACCESS.md)": (
        "aksesibilitas dan kerentanan (docs/ACCESS.md)"
    ),
    "kelurahan/kecamatan polygons (.gpkg/.shp/...)": (
        "poligon kelurahan/kecamatan (.gpkg/.shp/...)"
    ),
    "flood-prone polygons: mark exposed segments": (
        "poligon kawasan rawan banjir: tandai segmen yang terdampak"
    ),
    "isochrone bands in minutes (default 5 10 15 20)": (
        "pita isokron dalam menit (bawaan 5 10 15 20)"
    ),
    "skip criticality, kelurahan and isochrones (faster)": (
        "lewati kekritisan, kelurahan dan isokron (lebih cepat)"
    ),
    "results GeoPackage (rank)": "GeoPackage hasil (dari rank)",
    "GeoPackage to write": "GeoPackage yang ditulis",
    "print the N most critical segments": "cetak N segmen paling kritis",
    "segment_id(s) upgraded together": "segment_id yang ditingkatkan bersama",
    "the top N ranked segments together": "N segmen peringkat teratas bersama-sama",
    "a portfolio GeoPackage (its picks)": "GeoPackage portofolio (segmen pilihannya)",
    "all segments of one ruas (nomor_ruas, or the road name)": (
        "semua segmen satu ruas (nomor_ruas, atau nama jalan)"
    ),
    "kelurahan/kecamatan polygons": "poligon kelurahan/kecamatan",
    "group the benefit by these (default: desil)": (
        "kelompokkan manfaat menurut ini (bawaan: desil)"
    ),
    "how benefits add up: equity-weighted (default), unweighted or poorest first": (
        "cara manfaat dijumlahkan: berbobot ekuitas (bawaan), tanpa bobot atau prioritas termiskin"
    ),
    "write the tables as CSV (one file per --by)": (
        "tulis tabel sebagai CSV (satu berkas per --by)"
    ),
    "before/after travel-time map (.pdf/.png/.svg)": (
        "peta waktu tempuh sebelum/sesudah (.pdf/.png/.svg)"
    ),
    "language of the map": "bahasa peta",
    "minutes door to centre": "menit dari pintu ke sentra",
    "write the table by kelurahan as CSV": "tulis tabel per kelurahan sebagai CSV",
    "map of them per kelurahan and cell (.pdf/.png/.svg)": (
        "peta rumah tangga tersebut per kelurahan dan sel (.pdf/.png/.svg)"
    ),
    # portfolio and corridors (mataram_gis/commands/portfolio.py)
    "budget in rupiah (5e9, '5 miliar'); or --ceilings": (
        "anggaran dalam rupiah (5e9, '5 miliar'); atau --ceilings"
    ),
    "portfolio GeoPackage to write": "GeoPackage portofolio yang ditulis",
    "also write the pick table as CSV": "tulis juga tabel pilihan sebagai CSV",
    "do not try complementary pairs of consecutive segments": (
        "jangan coba pasangan segmen berurutan yang saling melengkapi"
    ),
    "local-search tries (default 4)": "percobaan pencarian lokal (bawaan 4)",
    "language of the --xlsx table": "bahasa tabel --xlsx",
    "what is picked: single segments (default), whole ruas (all their candidate segments "
    "together) or penggal (stretches: runs of consecutive candidate segments of a ruas in STA "
    "order)": (
        "apa yang dipilih: segmen tunggal (bawaan), ruas utuh (semua segmen kandidatnya "
        "sekaligus) atau penggal (rangkaian segmen kandidat berurutan pada satu ruas menurut "
        "STA)"
    ),
    "corridors GeoPackage to write": "GeoPackage koridor yang ditulis",
    "also write the table as CSV": "tulis juga tabelnya sebagai CSV",
    "print the top N corridors (0: none)": "cetak N koridor teratas (0: tidak ada)",
    # appraisal and programme (mataram_gis/commands/programme_args.py)
    "appraisal and multi-year programme": "kelayakan dan program tahun jamak",
    "years of the programme (1-5)": "jumlah tahun program (1-5)",
    "yearly ceilings per fund, e.g. 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9', or a plan file "
    "(.json {{fund: [amounts]}} or .csv with a fund column and one column per year)": (
        "pagu tahunan per sumber dana, misalnya 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9', atau berkas "
        "rencana (.json {{dana: [jumlah]}} atau .csv dengan kolom dana dan satu kolom per tahun)"
    ),
    "Monte Carlo draws (default 0: none)": "jumlah undian Monte Carlo (bawaan 0: tidak ada)",
    "Monte Carlo seed": "benih acak Monte Carlo",
    "real discount rate (0.10 = 10 %%)": "tingkat diskonto riil (0.10 = 10 %%)",
    "Rp per producer-trip hour": "Rp per jam perjalanan produsen",
    "appraisal period in years (default 10)": "periode analisis kelayakan dalam tahun (bawaan 10)",
    "untreated roads worsen a class every N years": (
        "jalan tanpa penanganan turun satu kelas kondisi setiap N tahun"
    ),
    "include vehicle operating cost savings": "sertakan penghematan biaya operasi kendaraan",
    "also write the work programme (RKPD form) as XLSX": (
        "tulis juga program penanganan (formulir RKPD) sebagai XLSX"
    ),
    # map, report, table, styles (mataram_gis/commands/outputs.py)
    "results GeoPackage": "GeoPackage hasil",
    "map.pdf, map.png or map.svg": "peta.pdf, peta.png atau peta.svg",
    "paper size (default A4)": "ukuran kertas (bawaan A4)",
    "page orientation (default landscape)": "orientasi halaman (bawaan landscape: mendatar)",
    "label the top N segments (default 10)": "beri label N segmen teratas (bawaan 10)",
    "briefing PDF to write, e.g. briefing.pdf": (
        "PDF ringkasan yang ditulis, misalnya ringkasan.pdf"
    ),
    "language (default id)": "bahasa (bawaan id)",
    "language of the table": "bahasa tabel",
    "language of the style labels": "bahasa label gaya",
    "rows of the top-segments table": "jumlah baris tabel segmen teratas",
    "budget in rupiah (e.g. 5e9, '5 miliar'); with --ceilings the ceilings are spent": (
        "anggaran dalam rupiah (misalnya 5e9, '5 miliar'); dengan --ceilings, pagu itulah "
        "yang dibelanjakan"
    ),
    "what the budget's portfolio picks, as in 'portfolio --unit': single segments (default), "
    "whole ruas or penggal (stretches); the budget pages and --xlsx then list one row per ruas "
    "or stretch": (
        "apa yang dipilih portofolio anggaran, seperti 'portfolio --unit': segmen tunggal "
        "(bawaan), ruas utuh atau penggal; halaman anggaran dan --xlsx lalu memuat satu baris "
        "per ruas atau penggal"
    ),
    "ranking.xlsx or ranking.csv": "peringkat.xlsx atau peringkat.csv",
    "only the top N segments (default: all ranked)": (
        "hanya N segmen teratas (bawaan: semua yang diperingkat)"
    ),
    "CSV separator: ';' (default, decimal comma, Indonesian Excel), ',' (decimal point) or tab": (
        "pemisah CSV: ';' (bawaan, koma desimal, Excel berbahasa Indonesia), ',' (titik "
        "desimal) atau tab"
    ),
    "label the top N segments": "beri label N segmen teratas",
}

#: Every text of the parser: the help strings and argparse's own words and errors.
CLI_HELP_ID: dict[str, str] = {**ARGPARSE_WORDS_ID, **ARGPARSE_ERRORS_ID, **HELP_ID}
