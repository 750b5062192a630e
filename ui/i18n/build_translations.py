"""Regenerate the .ts files from ui/*.py, fill the Indonesian translations, compile .qm.

    python ui/i18n/build_translations.py

Uses ``pyside6-lupdate`` and ``pyside6-lrelease`` (shipped with PySide6-Essentials;
also under site-packages/PySide6/lupdate and lrelease). English is the source language:
``mataram_gis_en.qm`` holds identity translations so that switching back is explicit.
Terms follow Dinas PUPR usage: segmen (the engine's unit between junctions), ruas (a
section of the city's SK list), kondisi baik/sedang/rusak ringan/rusak berat,
sentra industri, rumah tangga miskin, manfaat, biaya, peringkat.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from access_id import ACCESS_ID  # this folder (the script's) is on sys.path
from appraisal_id import APPRAISAL_ID
from planning_id import PLANNING_ID
from qtbase_texts import QTBASE_ID
from ruas_id import RUAS_ID
from ruasgui_id import RUASGUI_ID
from ux_id import UX_ID

HERE = Path(__file__).resolve().parent
UI = HERE.parent

ID = {
    "(not used)": "(tidak dipakai)",
    "%1 rows": "%1 baris",
    "Bounding box (degrees)": "Kotak batas (derajat)",
    "Column in the file": "Kolom dalam berkas",
    "Columns": "Kolom",
    "Coordinate system": "Sistem koordinat",
    "Download roads from OpenStreetMap": "Unduh jalan dari OpenStreetMap",
    "Download roads from OpenStreetMap…": "Unduh jalan dari OpenStreetMap…",
    "EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S":
        "Kode EPSG koordinat: 4326 untuk bujur/lintang, 32750 untuk UTM 50S",
    "East": "Timur",
    "Field": "Isian",
    "File holds": "Isi berkas",
    "First rows": "Baris pertama",
    "Import %1": "Impor %1",
    "Industrial centres…": "Sentra industri…",
    "Load": "Muat",
    "Mataram GIS did not close properly last time. Recover the previous session?":
        "Mataram GIS tidak ditutup dengan benar sebelumnya. Pulihkan sesi sebelumnya?",
    "Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)":
        "Proyek Mataram GIS (*.mgis.gpkg *.gpkg);;Semua berkas (*)",
    "Needs an internet connection. Offline, open a .osm or .osm.pbf file instead "
    "(e.g. an Indonesia extract from download.geofabrik.de).":
        "Memerlukan koneksi internet. Tanpa koneksi, buka berkas .osm atau .osm.pbf "
        "(misalnya ekstrak Indonesia dari download.geofabrik.de).",
    "North": "Utara",
    "Open data": "Buka data",
    "Open project": "Buka proyek",
    "Open project…": "Buka proyek…",
    "OpenStreetMap data: columns are mapped automatically.":
        "Data OpenStreetMap: kolom dipetakan otomatis.",
    "Personal columns left out: %1": "Kolom data pribadi tidak dipakai: %1",
    "Place": "Tempat",
    "Place name": "Nama tempat",
    "Poor households…": "Rumah tangga miskin…",
    "Project saved: %1": "Proyek disimpan: %1",
    "Roads": "Jalan",
    "Roads…": "Jalan…",
    "Save project": "Simpan proyek",
    "Save project as…": "Simpan proyek sebagai…",
    "Saving": "Menyimpan",
    "South": "Selatan",
    "Stored in the file": "Tersimpan dalam berkas",
    "West": "Barat",
    "%1 of %2 ranked": "%1 dari %2 berperingkat",
    "%1 selected": "%1 dipilih",
    "&Analysis": "&Analisis",
    "&File": "&Berkas",
    "&Help": "Ban&tuan",
    "&View": "&Tampilan",
    "(unnamed)": "(tanpa nama)",
    "About": "Tentang",
    "About Mataram GIS": "Tentang Mataram GIS",
    "After (min)": "Sesudah (menit)",
    "Alley (gang)": "Gang",
    "Arterial": "Arteri",
    "Bad": "Rusak berat",
    "Before (min)": "Sebelum (menit)",
    "Benefit": "Manfaat",
    "Benefit (hh-hours/yr)": "Manfaat (jam-RT terbobot/tahun)",
    "Benefit per Rp 1 billion": "Manfaat per Rp 1 miliar",
    "Cancel": "Batal",
    "Cancel the running job": "Batalkan proses yang berjalan",
    "Candidate segments": "Segmen kandidat",
    "Car": "Mobil",
    "Centre": "Sentra",
    "Clear selection": "Hapus pilihan",
    "Click a road segment on the map or a row of the ranking to see why it ranks where it does.":
        "Klik segmen jalan di peta atau baris peringkat untuk melihat alasan peringkatnya.",
    "Collector": "Kolektor",
    "Condition": "Kondisi",
    "Cost": "Biaya",
    "Density": "Kepadatan",
    "Desil 1 (extreme poor)": "Desil 1 (miskin ekstrem)",
    "Desil 2 (poor)": "Desil 2 (miskin)",
    "Desil 3 (vulnerable)": "Desil 3 (rentan)",
    "Desil 4 (near-poor)": "Desil 4 (hampir miskin)",
    "Equity weights (P3KE desil)": "Bobot ekuitas (desil P3KE)",
    "Exclude roads already at the target condition": "Kecualikan jalan yang sudah mencapai kondisi target",
    "Export ranking": "Ekspor peringkat",
    "Export ranking (CSV)…": "Ekspor peringkat (CSV)…",
    "Export results": "Ekspor hasil",
    "Export results (GeoPackage)…": "Ekspor hasil (GeoPackage)…",
    "Exporting": "Mengekspor",
    "Fair": "Sedang",
    "Fair (sedang)": "Sedang",
    "Filter by name, condition, rank…": "Saring menurut nama, kondisi, peringkat…",
    "Good (baik)": "Baik",
    "Households": "Rumah tangga",
    "Households benefiting": "Rumah tangga penerima manfaat",
    "Households that gain": "Rumah tangga yang diuntungkan",
    "Identify": "Identifikasi",
    "Industrial centres": "Sentra industri",
    "Layers": "Lapisan",
    "Length": "Panjang",
    "Length (m)": "Panjang (m)",
    "Live re-ranking is off (the analysis is slow): press Run":
        "Pemeringkatan langsung nonaktif (analisis lambat): tekan Jalankan",
    "Load the demo data": "Muat data demo",
    "Loading": "Memuat",
    "Local": "Lokal",
    "Log": "Log",
    "Map tools": "Alat peta",
    "Mataram GIS": "Mataram GIS",
    "Mataram GIS %1": "Mataram GIS %1",
    "Ranks road segments by how much upgrading each would cut travel time for poor "
    "households going to industrial centres.":
        "Memeringkat segmen jalan menurut besarnya penghematan waktu tempuh rumah tangga miskin "
        "ke sentra industri bila segmen itu ditingkatkan.",
    "Mataram GIS — road upgrade priorities": "Mataram GIS — prioritas peningkatan jalan",
    "Mean minutes saved": "Rata-rata menit dihemat",
    "Minimum length (m)": "Panjang minimum (m)",
    "Minutes saved": "Menit dihemat",
    "Motorcycle": "Sepeda motor",
    "Move the layer down": "Turunkan lapisan",
    "Move the layer up": "Naikkan lapisan",
    "Move the mouse over the map": "Arahkan tetikus ke peta",
    "No household's trip to a centre gets faster if this segment alone is upgraded.":
        "Tidak ada perjalanan rumah tangga ke sentra yang lebih cepat bila hanya segmen ini yang ditingkatkan.",
    "Opacity": "Opasitas",
    "Open data…": "Buka data…",
    "Panels": "Panel",
    "Parameters": "Parameter",
    "Points": "Titik",
    "Poor": "Rusak ringan",
    "Poor (rusak ringan)": "Rusak ringan",
    "Poor households": "Rumah tangga miskin",
    "Poverty group": "Kelompok kemiskinan",
    "Priority": "Prioritas",
    "Quit": "Keluar",
    "Rank": "Peringkat",
    "Ranking": "Peringkat",
    "Ranking ready: %1 candidate segments": "Peringkat siap: %1 segmen kandidat",
    "Re-rank live": "Peringkat langsung",
    "Road authority": "Status jalan",
    "Road class": "Fungsi jalan",
    "Road segment": "Segmen jalan",
    "Road segments": "Segmen jalan",
    "Road style": "Gaya jalan",
    "Roads layer": "Lapisan jalan",
    "Rp million per km, by road class and condition before the upgrade":
        "Rp juta per km, menurut fungsi jalan dan kondisi sebelum peningkatan",
    "Run": "Jalankan",
    "Run the ranking": "Jalankan pemeringkatan",
    "Scale 1:%1": "Skala 1:%1",
    "Segment %1: %2": "Segmen %1: %2",
    "Switched off automatically when one analysis takes over 1 s":
        "Nonaktif otomatis bila satu analisis lebih dari 1 detik",
    "Total": "Jumlah",
    "Travel": "Perjalanan",
    "Travel mode": "Moda perjalanan",
    "Trips per year": "Perjalanan per tahun",
    "Upgrade cost": "Biaya peningkatan",
    "Upgrade to condition": "Ditingkatkan ke",
    "Upgrade unit costs": "Harga satuan peningkatan",
    "Upgrading this segment alone shortens the trips of <b>%1 households</b> by <b>%2 minutes</b> "
    "on average, mostly to <b>%3</b>; %4 of them are in desil 1 (extreme poverty).":
        "Peningkatan segmen ini saja mempersingkat perjalanan <b>%1 rumah tangga</b> rata-rata "
        "<b>%2 menit</b>, sebagian besar ke <b>%3</b>; %4 di antaranya desil 1 (miskin ekstrem).",
    "Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)":
        "Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;Semua berkas (*)",
    "Walking": "Jalan kaki",
    "Zoom in": "Perbesar",
    "Zoom out": "Perkecil",
    "Zoom to full extent": "Tampilkan seluruh peta",
    "Zoom to selection": "Perbesar ke pilihan",
    "city": "kota",
    "national": "nasional",
    "not ranked": "tidak berperingkat",
    "provincial": "provinsi",
}

ID.update(PLANNING_ID)
ID.update(UX_ID)
ID.update(APPRAISAL_ID)
ID.update(ACCESS_ID)
ID.update(RUAS_ID)
ID.update(RUASGUI_ID)


def tool(name: str) -> str:
    """``pyside6-<name>`` on PATH, else the binary inside the PySide6 wheel."""
    import shutil

    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    return str(Path(PySide6.__file__).parent / name)


def fill(ts: Path, table: dict[str, str] | None) -> list[str]:
    """Set every translation (identity when ``table`` is None); return missing sources."""
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        text = source if table is None else table.get(source)
        if text is None:
            missing.append(source)
            continue
        tr.text = text
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def write_qtbase(ts: Path, table: dict[str, dict[str, str]]) -> None:
    """Write Qt's own texts (by context) as a Linguist file."""
    root = ET.Element("TS", version="2.1", language="id_ID")
    for context, messages in table.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, text in messages.items():
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation").text = text
    ET.indent(root)
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    """lupdate, fill, lrelease."""
    sources = sorted(str(p) for p in UI.glob("*.py") if p.name != "screenshots.py")
    targets = {lang: HERE / f"mataram_gis_{lang}.ts" for lang in ("id", "en")}
    subprocess.run(
        [tool("lupdate"), "-no-obsolete", *sources, "-ts", *map(str, targets.values())], check=True
    )
    missing = fill(targets["id"], ID)
    fill(targets["en"], None)
    for lang, ts in targets.items():
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(HERE / f"mataram_gis_{lang}.qm")], check=True)
    qt_ts = HERE / "qtbase_id.ts"
    write_qtbase(qt_ts, QTBASE_ID)
    subprocess.run([tool("lrelease"), str(qt_ts), "-qm", str(HERE / "qtbase_id.qm")], check=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
