"""Indonesian texts of ``--upgrade`` (issue 14): its errors and the help of ``map``/``report``
(with the map's ``--hazard`` and ``--isolated``)."""

#: English help of ``map --travel-time`` and ``--upgrade`` (mataram_gis/commands/outputs.py).
TRAVEL_HELP = (
    "add the travel-time cells (mean minutes per 250 m cell, cells under 5 households not "
    "shown) in place of the household density; --upgrade chooses what is upgraded"
)
UPGRADE_HELP = (
    "what the travel-time views show upgraded: top:N (the N top-ranked segments, default "
    "top:10), segment:ID[,ID...] (segment_id), ruas:NOMOR (the candidate segments of a ruas) "
    "or portfolio[:BUDGET] (the exact portfolio within BUDGET rupiah, e.g. portfolio:5e9; "
    "without BUDGET the run's budget)"
)
HAZARD_HELP = (
    "flood-prone polygons (.gpkg/.shp/.geojson): drawn hatched, the segments they touch "
    "cased in blue"
)
ISOLATED_HELP = (
    "show the 250 m cells of at least 5 households more than MIN minutes from their centre "
    "or off the network (MIN left out: 30, 20, 15 or 10, the first that leaves a cell)"
)

#: Errors of mataram_gis/outputs/upgrade_choice.py and the map command.
UPGRADE_ERRORS_ID: dict[str, str] = {
    "cannot read --upgrade {}: {}": "--upgrade {} tidak dapat dibaca: {}",
    "give top:N, segment:ID[,ID...], ruas:NOMOR or portfolio[:BUDGET]": (
        "berikan top:N (teratas:N), segment:ID[,ID...] (segmen:ID), ruas:NOMOR atau "
        "portfolio[:ANGGARAN] (portofolio[:ANGGARAN])"
    ),
    "unknown kind {}": "jenis {} tidak dikenal",
    "{} needs a value after ':'": "{} memerlukan nilai sesudah ':'",
    "expected whole numbers": "harus bilangan bulat",
    "top needs one number of 1 or more": "top memerlukan satu angka 1 atau lebih",
    "--upgrade: unknown segment_id(s): {}": "--upgrade: segment_id tidak dikenal: {}",
    "give segment_id values of the segments layer": (
        "berikan nilai segment_id dari lapisan segments"
    ),
    "--upgrade: no segment of ruas {}": "--upgrade: tidak ada segmen pada ruas {}",
    "give a nomor_ruas of the segments layer": "berikan nomor_ruas dari lapisan segments",
    "--upgrade: ruas {} has no candidate segment": (
        "--upgrade: ruas {} tidak memiliki segmen kandidat"
    ),
    "choose a city ruas that can be upgraded": "pilih ruas kota yang dapat ditingkatkan",
    "--upgrade portfolio needs a budget": "--upgrade portfolio memerlukan anggaran",
    "give portfolio:BUDGET, e.g. portfolio:5e9": (
        "berikan portfolio:ANGGARAN, misalnya portfolio:5e9"
    ),
    "--upgrade needs --travel-time": "--upgrade memerlukan --travel-time",
    "--isolated must be 0 or more minutes, got {}": (
        "--isolated harus 0 menit atau lebih, bukan {}"
    ),
    "add --travel-time after": "tambahkan --travel-time after",
}

#: Help texts of the options (shown in the command line's language).
UPGRADE_CLI_ID: dict[str, str] = {
    HAZARD_HELP: (
        "poligon kawasan rawan banjir (.gpkg/.shp/.geojson): digambar berarsir, segmen yang "
        "tersentuh diberi garis tepi biru"
    ),
    ISOLATED_HELP: (
        "tampilkan sel 250 m berisi sedikitnya 5 rumah tangga yang lebih dari MIN menit dari "
        "sentranya atau di luar jaringan (tanpa MIN: 30, 20, 15 atau 10, yang pertama "
        "menyisakan sel)"
    ),
    TRAVEL_HELP: (
        "tambahkan sel waktu tempuh (rata-rata menit per sel 250 m, sel berisi kurang dari 5 "
        "rumah tangga tidak ditampilkan) menggantikan kepadatan rumah tangga; --upgrade "
        "memilih apa yang ditingkatkan"
    ),
    UPGRADE_HELP: (
        "apa yang ditingkatkan pada tampilan waktu tempuh: top:N (N segmen peringkat teratas, "
        "bawaan top:10), segment:ID[,ID...] (segment_id), ruas:NOMOR (segmen kandidat satu "
        "ruas) atau portfolio[:ANGGARAN] (portofolio eksak dalam ANGGARAN rupiah, misalnya "
        "portfolio:5e9; tanpa ANGGARAN: anggaran proses ini). Kata kunci Indonesia juga "
        "berlaku: teratas, segmen, portofolio"
    ),
}
