"""Indonesian translations of issue 14 (accessibility, equity, vulnerability).

Merged into ``build_translations.ID``; terms follow docs/GLOSSARY.md where they exist.
"""

ACCESS_ID: dict[str, str] = {
    "Accessibility": "Aksesibilitas",
    "Households cut off": "Rumah tangga terputus",
    "Isolated households": "Rumah tangga terisolasi",
    "Flood-prone": "Rawan banjir",
    "Flood-prone areas": "Kawasan rawan banjir",
    "Flood-prone areas…": "Kawasan rawan banjir…",
    "Segments in flood-prone areas": "Segmen di kawasan rawan banjir",
    "In a flood-prone area": "Di kawasan rawan banjir",
    "Join road at": "RT masuk jalan di",
    "the nearest junction": "simpang terdekat",
    "the nearest point of a road": "titik jalan terdekat",
    "Nearest point: walk straight to the road, then ride along it":
        "Titik terdekat: berjalan lurus ke jalan, lalu berkendara menyusurinya",
    "Desil": "Desil",
    "Kelurahan": "Kelurahan",
    "Kelurahan boundaries": "Batas kelurahan",
    "Kelurahan boundaries…": "Batas kelurahan…",
    "Vector files (*.gpkg *.shp *.zip *.geojson *.json)":
        "Berkas vektor (*.gpkg *.shp *.zip *.geojson *.json)",
    "Travel time to the centre": "Waktu tempuh ke sentra",
    "Isochrones": "Isokron",
    "Computing travel times, isochrones and vulnerability…":
        "Menghitung waktu tempuh, isokron dan kerentanan…",
    "%1 segments upgraded: %2 households reached, %3 min saved on average; %4 of the "
    "benefit reaches desil 1 (concentration index %5). %6 segments would strand "
    "households if closed.":
        "%1 segmen ditingkatkan: %2 rumah tangga terjangkau, rata-rata hemat %3 menit; %4 "
        "manfaat sampai ke desil 1 (indeks konsentrasi %5). %6 segmen akan memutus akses "
        "rumah tangga bila ditutup.",
    "Select segments (or none for the top ten) and press Compute.":
        "Pilih segmen (atau tidak sama sekali untuk sepuluh teratas) lalu tekan Hitung.",
    "Travel time": "Waktu tempuh",
    "No travel-time layer": "Tanpa lapisan waktu tempuh",
    "Isochrones of": "Isokron dari",
    "Before": "Sebelum",
    "After": "Sesudah",
    "Minutes saved": "Menit dihemat",
    "By desil": "Per desil",
    "By kelurahan": "Per kelurahan",
    "Vulnerability": "Kerentanan",
    "Isolated": "Terisolasi",
    "Reached": "Terjangkau",
    "Share": "Pangsa",
    "Min saved": "Menit hemat",
    "Before (min)": "Sebelum (menit)",
    "Segment": "Segmen",
    "Criticality": "Kekritisan",
    "Stranded": "Terputus",
    "Far": "Jauh",
    "Off the network": "Di luar jaringan",
}
