<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AccessDock</name>
    <message>
        <location filename="../access_dock.py" line="405" />
        <source>Accessibility</source>
        <translation>Aksesibilitas</translation>
    </message>
</context>
<context>
    <name>AccessPanel</name>
    <message>
        <location filename="../access_dock.py" line="137" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="146" />
        <source>Kelurahan boundaries</source>
        <translation>Batas kelurahan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="147" />
        <source>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Berkas vektor (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="187" />
        <source>Travel time to the centre</source>
        <translation>Waktu tempuh ke sentra</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="192" />
        <source>Isochrones</source>
        <translation>Isokron</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="198" />
        <source>Isolated households</source>
        <translation>Rumah tangga terisolasi</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="290" />
        <source>Computing travel times, isochrones and vulnerability…</source>
        <translation>Menghitung waktu tempuh, isokron dan kerentanan…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="295" />
        <source>%1 segments upgraded: %2 households reached, %3 min saved on average; %4 of the benefit reaches desil 1 (concentration index %5). %6 segments would strand households if closed.</source>
        <translation>%1 segmen ditingkatkan: %2 rumah tangga terjangkau, rata-rata hemat %3 menit; %4 manfaat sampai ke desil 1 (indeks konsentrasi %5). %6 segmen akan memutus akses rumah tangga bila ditutup.</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="307" />
        <source>Waiting for the ranking…</source>
        <translation>Menunggu peringkat…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="309" />
        <source>Select segments (or none for the top ten) and press Compute.</source>
        <translation>Pilih segmen (atau tidak sama sekali untuk sepuluh teratas) lalu tekan Hitung.</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="314" />
        <source>Compute</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="315" />
        <source>Kelurahan boundaries…</source>
        <translation>Batas kelurahan…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="316" />
        <source>Flood-prone areas…</source>
        <translation>Kawasan rawan banjir…</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="317" />
        <source>Travel time</source>
        <translation>Waktu tempuh</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="318" />
        <source>Isochrones of</source>
        <translation>Isokron dari</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="322" />
        <source>Minutes saved</source>
        <translation>Menit dihemat</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="325" />
        <source>By desil</source>
        <translation>Per desil</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="325" />
        <source>By kelurahan</source>
        <translation>Per kelurahan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="326" />
        <source>Vulnerability</source>
        <translation>Kerentanan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="326" />
        <location filename="../access_dock.py" line="354" />
        <source>Isolated</source>
        <translation>Terisolasi</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="329" />
        <location filename="../access_dock.py" line="351" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="330" />
        <source>Reached</source>
        <translation>Terjangkau</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="331" />
        <location filename="../access_dock.py" line="346" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="332" />
        <source>Share</source>
        <translation>Pangsa</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="333" />
        <source>Min saved</source>
        <translation>Menit hemat</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="334" />
        <source>Before (min)</source>
        <translation>Sebelum (menit)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="335" />
        <source>After (min)</source>
        <translation>Sesudah (menit)</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="337" />
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="341" />
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="342" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="344" />
        <source>Criticality</source>
        <translation>Kekritisan</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="345" />
        <source>Stranded</source>
        <translation>Terputus</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="347" />
        <source>Flood-prone</source>
        <translation>Rawan banjir</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="352" />
        <source>Far</source>
        <translation>Jauh</translation>
    </message>
    <message>
        <location filename="../access_dock.py" line="353" />
        <source>Off the network</source>
        <translation>Di luar jaringan</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <location filename="../export_dialogs.py" line="188" />
        <source>Print briefing</source>
        <translation>Cetak ringkasan</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="192" />
        <source>optional, e.g. 10 miliar</source>
        <translation>opsional, mis. 10 miliar</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="196" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="197" />
        <source>Segments in the top table</source>
        <translation>Segmen dalam tabel teratas</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="198" />
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="201" />
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="202" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../compare_dialog.py" line="72" />
        <source>Compare scenarios: %1 and %2</source>
        <translation>Perbandingan skenario: %1 dan %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="75" />
        <source>Households counted</source>
        <translation>Rumah tangga dihitung</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="76" />
        <source>Households excluded</source>
        <translation>Rumah tangga dikecualikan</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="77" />
        <source>Mean time to centre (min)</source>
        <translation>Rata-rata waktu ke sentra (menit)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="78" />
        <source>Candidate segments</source>
        <translation>Segmen kandidat</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="79" />
        <source>Sum of single-segment benefits</source>
        <translation>Jumlah manfaat per segmen</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="80" />
        <source>Benefit of the top segment</source>
        <translation>Manfaat segmen teratas</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="81" />
        <source>Cost of upgrading every candidate (Rp)</source>
        <translation>Biaya peningkatan semua kandidat (Rp)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="85" />
        <source>Quantity</source>
        <translation>Besaran</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="88" />
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="94" />
        <source>Top N</source>
        <translation>N teratas</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="95" />
        <source>Programme picks</source>
        <translation>Pilihan program</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="96" />
        <source>Largest moves</source>
        <translation>Perubahan peringkat terbesar</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="134" />
        <source>Top %1</source>
        <translation>%1 teratas</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="137" />
        <location filename="../compare_dialog.py" line="164" />
        <location filename="../compare_dialog.py" line="191" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="137" />
        <location filename="../compare_dialog.py" line="164" />
        <location filename="../compare_dialog.py" line="191" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="139" />
        <location filename="../compare_dialog.py" line="193" />
        <source>Rank A</source>
        <translation>Peringkat A</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="140" />
        <location filename="../compare_dialog.py" line="194" />
        <source>Rank B</source>
        <translation>Peringkat B</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="263" />
        <source>Each scenario's exact programme (as in the Portfolio panel): the set of segments whose joint benefit is largest within the budget.</source>
        <translation>Program tepat tiap skenario (seperti di panel Portofolio): himpunan segmen dengan manfaat gabungan terbesar dalam anggaran.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="99" />
        <source>A: %1, B: %2. Segments matched by id; a rise is a smaller rank number in B.</source>
        <translation>A: %1, B: %2. Segmen dicocokkan menurut ID segmen; naik berarti nomor peringkat lebih kecil di B.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="141" />
        <source>Benefit A</source>
        <translation>Manfaat A</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="142" />
        <source>Benefit B</source>
        <translation>Manfaat B</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="149" />
        <source>Compare the</source>
        <translation>Bandingkan</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="166" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="167" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="168" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="177" />
        <source>Budget (Rp billion)</source>
        <translation>Anggaran (Rp miliar)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="195" />
        <source>Places</source>
        <translation>Selisih peringkat</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="196" />
        <source>Benefit change</source>
        <translation>Perubahan manfaat</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="202" />
        <source>Rose most in %1</source>
        <translation>Paling naik di %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="203" />
        <source>Fell most in %1</source>
        <translation>Paling turun di %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="104" />
        <source>Show on map</source>
        <translation>Tampilkan di peta</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="109" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="217" />
        <source>Enter the top %1 in %2 (%3)</source>
        <translation>Masuk %1 teratas di %2 (%3)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="220" />
        <source>Leave the top %1 in %2 (%3)</source>
        <translation>Keluar dari %1 teratas di %2 (%3)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="239" />
        <source>Choosing the programme for each scenario…</source>
        <translation>Memilih program untuk tiap skenario…</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="251" />
        <location filename="../compare_dialog.py" line="253" />
        <source>Picked only in %1 (%2)</source>
        <translation>Hanya dipilih di %1 (%2)</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="255" />
        <source>%1: %2 segments, %3, benefit %4.</source>
        <translation>%1: %2 segmen, %3, manfaat %4.</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="277" />
        <source>Enter the top %1 in %2</source>
        <translation>Masuk %1 teratas di %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="278" />
        <source>Leave the top %1 in %2</source>
        <translation>Keluar dari %1 teratas di %2</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="281" />
        <source>Picked only in %1</source>
        <translation>Hanya dipilih di %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="284" />
        <source>Rose in %1</source>
        <translation>Naik di %1</translation>
    </message>
    <message>
        <location filename="../compare_dialog.py" line="285" />
        <source>Fell in %1</source>
        <translation>Turun di %1</translation>
    </message>
</context>
<context>
    <name>CorridorsPanel</name>
    <message>
        <location filename="../corridors_dock.py" line="56" />
        <source>Ranking whole roads…</source>
        <translation>Memeringkat koridor jalan utuh…</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="58" />
        <source>%1 roads (ruas) with candidate segments, ranked by the exact benefit of upgrading each whole road.</source>
        <translation>%1 koridor jalan dengan segmen kandidat, diperingkat menurut manfaat eksak peningkatan seluruh koridor.</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="61" />
        <source>Waiting for the ranking…</source>
        <translation>Menunggu peringkat…</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="62" />
        <source>Press Compute to rank whole roads (ruas).</source>
        <translation>Tekan Hitung untuk memeringkat koridor jalan utuh.</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="67" />
        <source>Compute</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="68" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="70" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="71" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="72" />
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="73" />
        <source>Length (m)</source>
        <translation>Panjang (m)</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="74" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="75" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../corridors_dock.py" line="76" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../export_actions.py" line="118" />
        <source>Export map (PDF/PNG/SVG)…</source>
        <extracomment>Default file names (Indonesian: the council's language).</extracomment>
        <translation>Ekspor peta (PDF/PNG/SVG)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="119" />
        <source>Export table (CSV/XLSX)…</source>
        <translation>Ekspor tabel (CSV/XLSX)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="120" />
        <source>Export results GeoPackage (QGIS styles)…</source>
        <translation>Ekspor hasil GeoPackage (gaya QGIS)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="121" />
        <source>Print briefing (PDF)…</source>
        <translation>Cetak ringkasan (PDF)…</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="148" />
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png);;SVG (*.svg)</source>
        <translation>PDF (*.pdf);;Gambar PNG, 300 dpi (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="149" />
        <source>Export map</source>
        <translation>Ekspor peta</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="154" />
        <source>Excel workbook (*.xlsx);;CSV, semicolon-separated (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV, dipisah titik koma (*.csv)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="155" />
        <source>Export table</source>
        <translation>Ekspor tabel</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="160" />
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="161" />
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="174" />
        <source>Print briefing</source>
        <translation>Cetak ringkasan</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="174" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../export_actions.py" line="198" />
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="96" />
        <source>Open project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="97" />
        <location filename="../file_actions.py" line="157" />
        <source>Save project</source>
        <translation>Simpan proyek</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="98" />
        <source>Save project as…</source>
        <translation>Simpan proyek sebagai…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="99" />
        <source>Roads…</source>
        <translation>Jalan…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="100" />
        <source>Industrial centres…</source>
        <translation>Sentra industri…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="101" />
        <source>Poor households…</source>
        <translation>Rumah tangga miskin…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="102" />
        <source>Download roads from OpenStreetMap…</source>
        <translation>Unduh jalan dari OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="125" />
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="180" />
        <source>Project saved: %1</source>
        <translation>Proyek disimpan: %1</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="183" />
        <source>Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)</source>
        <translation>Proyek Mataram GIS (*.mgis.gpkg *.gpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="189" />
        <source>Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;All files (*)</source>
        <translation>Data (*.gpkg *.shp *.zip *.geojson *.json *.csv *.xlsx *.osm *.pbf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="192" />
        <source>Open data…</source>
        <translation>Buka data…</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="94" />
        <location filename="../identify_panel.py" line="123" />
        <location filename="../identify_panel.py" line="153" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="96" />
        <source>Corridor %1: %2</source>
        <translation>Koridor %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="100" />
        <location filename="../identify_panel.py" line="133" />
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="111" />
        <source>Exact benefit of upgrading all the road's candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</source>
        <translation>Manfaat tepat bila semua segmen kandidat jalan ini ditingkatkan bersama (bukan jumlah manfaat masing-masing). Pilih satu segmen di peta untuk rinciannya.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="155" />
        <source>Segment %1: %2</source>
        <translation>Segmen %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="163" />
        <source>not ranked</source>
        <translation>tidak berperingkat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="179" />
        <source>No household's trip to a centre gets faster if this segment alone is upgraded.</source>
        <translation>Tidak ada perjalanan rumah tangga ke sentra yang lebih cepat bila hanya segmen ini yang ditingkatkan.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="187" />
        <source>Upgrading this segment alone shortens the trips of &lt;b&gt;%1 households&lt;/b&gt; by &lt;b&gt;%2 minutes&lt;/b&gt; on average, mostly to &lt;b&gt;%3&lt;/b&gt;; %4 of them are in desil 1 (extreme poverty).</source>
        <translation>Peningkatan segmen ini saja mempersingkat perjalanan &lt;b&gt;%1 rumah tangga&lt;/b&gt; rata-rata &lt;b&gt;%2 menit&lt;/b&gt;, sebagian besar ke &lt;b&gt;%3&lt;/b&gt;; %4 di antaranya desil 1 (miskin ekstrem).</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="224" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="99" />
        <location filename="../identify_panel.py" line="129" />
        <location filename="../identify_panel.py" line="256" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="257" />
        <source>Road class</source>
        <translation>Fungsi jalan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="258" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="101" />
        <location filename="../identify_panel.py" line="132" />
        <location filename="../identify_panel.py" line="259" />
        <source>Length</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="102" />
        <location filename="../identify_panel.py" line="134" />
        <location filename="../identify_panel.py" line="260" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Manfaat (jam-RT terbobot/tahun)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="103" />
        <location filename="../identify_panel.py" line="135" />
        <location filename="../identify_panel.py" line="261" />
        <source>Households benefiting</source>
        <translation>Rumah tangga penerima manfaat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="262" />
        <source>Mean minutes saved</source>
        <translation>Rata-rata menit dihemat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="105" />
        <location filename="../identify_panel.py" line="136" />
        <location filename="../identify_panel.py" line="263" />
        <source>Upgrade cost</source>
        <translation>Biaya peningkatan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="106" />
        <location filename="../identify_panel.py" line="137" />
        <location filename="../identify_panel.py" line="264" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Manfaat per Rp 1 miliar</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="125" />
        <source>Ruas %1: %2</source>
        <translation>Ruas %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="130" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="131" />
        <source>Function</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="139" />
        <source>Treatment</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="143" />
        <source>Exact benefit of treating all the ruas' candidate segments together (not the sum of their single benefits). Select one segment on the map for its details.</source>
        <translation>Manfaat tepat bila semua segmen kandidat ruas ini ditangani bersama (bukan jumlah manfaat masing-masing). Pilih satu segmen di peta untuk rinciannya.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <location filename="../identify_panel.py" line="274" />
        <source>Centre</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <source>HH</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="271" />
        <source>Desil</source>
        <translation>Desil</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="274" />
        <source>Poverty group</source>
        <translation>Kelompok kemiskinan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="274" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275" />
        <source>Before (min)</source>
        <translation>Sebelum (menit)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="275" />
        <source>After (min)</source>
        <translation>Sesudah (menit)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="272" />
        <location filename="../identify_panel.py" line="275" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="290" />
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="293" />
        <source>Click a road segment on the map or a row of the ranking to see why it ranks where it does.</source>
        <translation>Klik segmen jalan di peta atau baris peringkat untuk melihat alasan peringkatnya.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="139" />
        <source>File holds</source>
        <extracomment>The import dialog's result: one file to read, with the user's corrections.</extracomment>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="143" />
        <source>Coordinate system</source>
        <translation>Sistem koordinat</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="144" />
        <source>First rows</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="146" />
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="156" />
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="157" />
        <source>Load</source>
        <translation>Muat</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="158" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="164" />
        <source>Roads</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="165" />
        <source>Industrial centres</source>
        <translation>Sentra industri</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="166" />
        <source>Poor households</source>
        <translation>Rumah tangga miskin</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="172" />
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="173" />
        <source>condition (kondisi)</source>
        <translation>kondisi</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="174" />
        <source>IRI (roughness)</source>
        <translation>IRI (kekasaran)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="175" />
        <source>smoothness (OSM)</source>
        <translation>kerataan (OSM)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="176" />
        <source>surface (perkerasan)</source>
        <translation>perkerasan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="177" />
        <source>authority (status)</source>
        <translation>status jalan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="178" />
        <source>width (m)</source>
        <translation>lebar (m)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="179" />
        <source>road class (OSM highway)</source>
        <translation>fungsi jalan (OSM highway)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="180" />
        <source>one-way</source>
        <translation>satu arah</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="181" />
        <source>speed limit (km/h)</source>
        <translation>batas kecepatan (km/jam)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="182" />
        <source>access</source>
        <translation>akses</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="183" />
        <source>level (layer)</source>
        <translation>tingkat (layer)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="184" />
        <source>bridge</source>
        <translation>jembatan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="185" />
        <source>tunnel</source>
        <translation>terowongan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="186" />
        <source>synthetic data flag</source>
        <translation>tanda data sintetis</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="187" />
        <source>centre id</source>
        <translation>ID sentra</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="188" />
        <source>sector</source>
        <translation>sektor</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="189" />
        <source>longitude (bujur)</source>
        <translation>bujur</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="190" />
        <source>latitude (lintang)</source>
        <translation>lintang</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="191" />
        <source>x (easting)</source>
        <translation>x (timur)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="192" />
        <source>y (northing)</source>
        <translation>y (utara)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="193" />
        <source>coordinate system (CRS)</source>
        <translation>sistem koordinat (CRS)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="194" />
        <source>producers (household weight)</source>
        <translation>produsen (bobot RT)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="195" />
        <source>poverty group (desil)</source>
        <translation>desil kemiskinan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="196" />
        <source>assigned centre</source>
        <translation>sentra tujuan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="197" />
        <source>household id</source>
        <translation>ID rumah tangga</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212" />
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="214" />
        <source>OpenStreetMap data: columns are mapped automatically.</source>
        <translation>Data OpenStreetMap: kolom dipetakan otomatis.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="217" />
        <source>Personal columns left out: %1</source>
        <translation>Kolom data pribadi tidak dipakai: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="220" />
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="220" />
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="228" />
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="241" />
        <source>Stored in the file</source>
        <translation>Tersimpan dalam berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="243" />
        <source>EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S</source>
        <translation>Kode EPSG koordinat: 4326 untuk bujur/lintang, 32750 untuk UTM 50S</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="253" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../job_panel.py" line="124" />
        <source>Type a budget, e.g. 10 miliar or 750 juta.</source>
        <translation>Ketik anggaran, mis. 10 miliar atau 750 juta.</translation>
    </message>
    <message>
        <location filename="../job_panel.py" line="136" />
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
</context>
<context>
    <name>KemantapanBox</name>
    <message>
        <location filename="../works_panel.py" line="102" />
        <source>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): compute a portfolio to see it before and after.</source>
        <extracomment>The scenario's default target (``Scenario.kemantapan_target``), as a fraction.</extracomment>
        <translation>&lt;b&gt;Kemantapan&lt;/b&gt; (jalan kota dalam kondisi baik atau sedang): hitung portofolio untuk melihatnya sebelum dan sesudah.</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="108" />
        <source>target reached</source>
        <translation>target tercapai</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="108" />
        <source>below the target</source>
        <translation>di bawah target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="110" />
        <source>&lt;b&gt;Kemantapan&lt;/b&gt; (city roads in baik or sedang): &lt;b&gt;%1&lt;/b&gt; now, &lt;b&gt;%2&lt;/b&gt; with these picks (%3): %4.</source>
        <translation>&lt;b&gt;Kemantapan&lt;/b&gt; (jalan kota dalam kondisi baik atau sedang): &lt;b&gt;%1&lt;/b&gt; sekarang, &lt;b&gt;%2&lt;/b&gt; dengan pilihan ini (%3): %4.</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="115" />
        <source> points against the target</source>
        <translation> poin terhadap target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="123" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="124" />
        <source>Target share of city-road length in baik + sedang</source>
        <translation>Target bagian panjang jalan kota dalam kondisi baik + sedang</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="126" />
        <source>default %1 (RPJMN 2020-2024, regional roads)</source>
        <translation>bawaan %1 (RPJMN 2020-2024, jalan daerah)</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="126" />
        <source>Road segments</source>
        <translation>Segmen jalan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="127" />
        <source>Industrial centres</source>
        <translation>Sentra industri</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="128" />
        <source>Poor households</source>
        <translation>Rumah tangga miskin</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="129" />
        <source>Households that gain</source>
        <translation>Rumah tangga yang diuntungkan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="130" />
        <source>Highlighted segments</source>
        <translation>Segmen yang disorot</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="245" />
        <source>Opacity</source>
        <translation>Opasitas</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="246" />
        <source>Road style</source>
        <translation>Gaya jalan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="247" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="248" />
        <source>Move the layer up</source>
        <translation>Naikkan lapisan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="249" />
        <source>Move the layer down</source>
        <translation>Turunkan lapisan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="251" />
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="252" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="253" />
        <source>Road class</source>
        <translation>Fungsi jalan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="257" />
        <source>Density</source>
        <translation>Kepadatan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="257" />
        <source>Points</source>
        <translation>Titik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="275" />
        <source>Ranking ready: %1 candidate segments</source>
        <translation>Peringkat siap: %1 segmen kandidat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290" />
        <source>Live re-ranking is off (the analysis is slow): press Run</source>
        <translation>Pemeringkatan langsung nonaktif (analisis lambat): tekan Jalankan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296" />
        <location filename="../main_window.py" line="298" />
        <location filename="../window_session.py" line="214" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225" />
        <source>Reopening %1</source>
        <translation>Membuka kembali %1</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="215" />
        <source>Mataram GIS did not close properly last time. Recover the previous session?</source>
        <translation>Mataram GIS tidak ditutup dengan benar sebelumnya. Pulihkan sesi sebelumnya?</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="229" />
        <source>Mataram GIS %1</source>
        <translation>Mataram GIS %1</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="230" />
        <source>Ranks road segments by how much upgrading each would cut travel time for poor households going to industrial centres.</source>
        <translation>Memeringkat segmen jalan menurut besarnya penghematan waktu tempuh rumah tangga miskin ke sentra industri bila segmen itu ditingkatkan.</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="235" />
        <source>About Mataram GIS</source>
        <translation>Tentang Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="303" />
        <source>Mataram GIS — road upgrade priorities</source>
        <translation>Mataram GIS — prioritas peningkatan jalan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308" />
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="310" />
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311" />
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="316" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="317" />
        <source>Open data</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="318" />
        <source>Recent files</source>
        <translation>Berkas terakhir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="320" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321" />
        <source>Panels</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="323" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324" />
        <source>Map tools</source>
        <translation>Alat peta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326" />
        <source>Load the demo data</source>
        <translation>Muat data demo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="327" />
        <source>Open data…</source>
        <translation>Buka data…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="328" />
        <source>Export results (GeoPackage)…</source>
        <translation>Ekspor hasil (GeoPackage)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>Export ranking (CSV)…</source>
        <translation>Ekspor peringkat (CSV)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="330" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="332" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Zoom to full extent</source>
        <translation>Tampilkan seluruh peta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="334" />
        <source>Zoom to selection</source>
        <translation>Perbesar ke pilihan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="335" />
        <source>Clear selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>Run the ranking</source>
        <translation>Jalankan pemeringkatan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337" />
        <source>Re-rank live</source>
        <translation>Peringkat langsung</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338" />
        <source>Cancel the running job</source>
        <translation>Batalkan proses yang berjalan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="339" />
        <source>About</source>
        <translation>Tentang</translation>
    </message>
</context>
<context>
    <name>MapExportDialog</name>
    <message>
        <location filename="../export_dialogs.py" line="86" />
        <source>Export map</source>
        <translation>Ekspor peta</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="89" />
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="89" />
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="94" />
        <source>How many top-ranked segments get a rank label</source>
        <translation>Berapa segmen peringkat teratas yang diberi label peringkat</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="96" />
        <source>No travel-time layer</source>
        <translation>Tanpa lapisan waktu tempuh</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="96" />
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="97" />
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="97" />
        <source>Minutes saved</source>
        <translation>Menit dihemat</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="100" />
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="101" />
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="102" />
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="103" />
        <source>Label the top</source>
        <translation>Label peringkat teratas</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="104" />
        <source>Travel time</source>
        <translation>Waktu tempuh</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="105" />
        <source>Update preview</source>
        <translation>Perbarui pratinjau</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="108" />
        <source>Preview…</source>
        <translation>Pratinjau…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="113" />
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="114" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="150" />
        <source>Drawing the preview…</source>
        <translation>Menggambar pratinjau…</translation>
    </message>
    <message>
        <location filename="../export_dialogs.py" line="166" />
        <source>No preview: %1</source>
        <translation>Tidak ada pratinjau: %1</translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="71" />
        <source>S</source>
        <extracomment>Show "preparing the analysis engine (once)" during the next ranking (first start).</extracomment>
        <translation>LS</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="71" />
        <source>N</source>
        <translation>LU</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="72" />
        <source>W</source>
        <translation>BB</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="72" />
        <source>E</source>
        <translation>BT</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="84" />
        <source>Scale 1:%1</source>
        <translation>Skala 1:%1</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="90" />
        <source>%1 selected</source>
        <translation>%1 dipilih</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="120" />
        <source>%1 engine parts compiled, %2 s</source>
        <translation>%1 bagian mesin dikompilasi, %2 dtk</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="138" />
        <source>Preparing the analysis engine (once only)</source>
        <translation>Menyiapkan mesin analisis (sekali saja)</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="139" />
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="140" />
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="141" />
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="142" />
        <location filename="../status_bar.py" line="150" />
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="143" />
        <source>Portfolio</source>
        <translation>Portofolio</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="144" />
        <source>Corridors</source>
        <translation>Koridor</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="145" />
        <location filename="../status_bar.py" line="146" />
        <source>Comparing scenarios</source>
        <translation>Membandingkan skenario</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="147" />
        <source>Ruas</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="148" />
        <source>Accessibility</source>
        <translation>Aksesibilitas</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="149" />
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="156" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="160" />
        <source>Move the mouse over the map</source>
        <translation>Arahkan tetikus ke peta</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="50" />
        <source>An unexpected error occurred inside the program; the task was not finished. The technical details are in the Log panel.</source>
        <translation>Terjadi kesalahan tak terduga di dalam program; pekerjaan tadi tidak selesai. Rincian teknis ada di panel Log.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55" />
        <source>An unexpected error occurred inside the program; the task was not finished. The technical details are in the log: %1</source>
        <translation>Terjadi kesalahan tak terduga di dalam program; pekerjaan tadi tidak selesai. Rincian teknis ada di log: %1</translation>
    </message>
</context>
<context>
    <name>OsmDialog</name>
    <message>
        <location filename="../osm_dialog.py" line="28" />
        <source>Download roads from OpenStreetMap</source>
        <extracomment>Kota Mataram's extent in degrees: west, south, east, north.</extracomment>
        <translation>Unduh jalan dari OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="29" />
        <source>Place name</source>
        <translation>Nama tempat</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="30" />
        <source>Bounding box (degrees)</source>
        <translation>Kotak batas (derajat)</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="39" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>West</source>
        <translation>Barat</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>South</source>
        <translation>Selatan</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>East</source>
        <translation>Timur</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="41" />
        <source>North</source>
        <translation>Utara</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="51" />
        <source>Needs an internet connection. Offline, open a .osm or .osm.pbf file instead (e.g. an Indonesia extract from download.geofabrik.de).</source>
        <translation>Memerlukan koneksi internet. Tanpa koneksi, buka berkas .osm atau .osm.pbf (misalnya ekstrak Indonesia dari download.geofabrik.de).</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../parameters_panel.py" line="254" />
        <source>Rp per m², from: %1</source>
        <translation>Rp per m², dari: %1</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="256" />
        <source>Rp per m²: built-in indicative prices (not the city's HSPK)</source>
        <translation>Rp per m²: harga satuan bawaan, indikatif (bukan HSPK kota)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="280" />
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="281" />
        <source>Equity weights (P3KE desil)</source>
        <translation>Bobot ekuitas (desil P3KE)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="282" />
        <source>Upgrade unit costs</source>
        <translation>Harga satuan peningkatan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="283" />
        <source>Candidate segments</source>
        <translation>Segmen kandidat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="284" />
        <source>Travel mode</source>
        <translation>Moda perjalanan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="285" />
        <source>Trips per year</source>
        <translation>Perjalanan per tahun</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="286" />
        <source>Upgrade to condition</source>
        <translation>Ditingkatkan ke</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="288" />
        <source>Motorcycle</source>
        <translation>Sepeda motor</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="289" />
        <source>Car</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="290" />
        <source>Walking</source>
        <translation>Jalan kaki</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="295" />
        <source>Good (baik)</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="296" />
        <source>Fair (sedang)</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="297" />
        <source>Poor (rusak ringan)</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="301" />
        <source>Join road at</source>
        <translation>RT masuk jalan di</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="302" />
        <source>the nearest junction</source>
        <translation>simpang terdekat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="303" />
        <source>the nearest point of a road</source>
        <translation>titik jalan terdekat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="307" />
        <source>Nearest point: walk straight to the road, then ride along it</source>
        <translation>Titik terdekat: berjalan lurus ke jalan, lalu berkendara menyusurinya</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="309" />
        <source>Desil 1 (extreme poor)</source>
        <translation>Desil 1 (miskin ekstrem)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="309" />
        <source>Desil 2 (poor)</source>
        <translation>Desil 2 (miskin)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="310" />
        <source>Desil 3 (vulnerable)</source>
        <translation>Desil 3 (rentan)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="311" />
        <source>Desil 4 (near-poor)</source>
        <translation>Desil 4 (hampir miskin)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="315" />
        <source>Rp million per km, by road class and condition before the upgrade</source>
        <translation>Rp juta per km, menurut fungsi jalan dan kondisi sebelum peningkatan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="317" />
        <source>Unit prices…</source>
        <translation>Harga satuan…</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="319" />
        <source>Rp per m² by treatment and pavement: view, edit, load or save</source>
        <translation>Rp per m² menurut penanganan dan perkerasan: lihat, ubah, muat atau simpan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Fair</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Poor</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="322" />
        <source>Bad</source>
        <translation>Rusak berat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Arterial</source>
        <translation>Arteri</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Collector</source>
        <translation>Kolektor</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="325" />
        <source>Alley (gang)</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="327" />
        <source>Road authority</source>
        <translation>Status jalan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="329" />
        <source>national</source>
        <translation>nasional</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="330" />
        <source>provincial</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="331" />
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="335" />
        <source>Minimum length (m)</source>
        <translation>Panjang minimum (m)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="336" />
        <source>Skip roads already good</source>
        <translation>Lewati jalan yang sudah baik</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="337" />
        <source>Exclude roads already at the target condition</source>
        <translation>Kecualikan jalan yang sudah mencapai kondisi target</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="340" />
        <source>Re-rank live</source>
        <translation>Peringkat langsung</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="342" />
        <source>Switched off automatically when one analysis takes over 1 s</source>
        <translation>Nonaktif otomatis bila satu analisis lebih dari 1 detik</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="344" />
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
</context>
<context>
    <name>PlanningDock</name>
    <message>
        <location filename="../planning.py" line="60" />
        <source>Portfolio</source>
        <translation>Portofolio</translation>
    </message>
    <message>
        <location filename="../planning.py" line="61" />
        <source>Corridors</source>
        <translation>Koridor</translation>
    </message>
    <message>
        <location filename="../planning.py" line="62" />
        <source>Ruas</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../planning.py" line="63" />
        <source>Scenarios</source>
        <translation>Skenario</translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <location filename="../portfolio_dock.py" line="191" />
        <source>The ranking changed: compute again.</source>
        <extracomment>As :data:`mataram_gis.portfolio_ruas.UNITS` (not imported: the domain loads in workers).</extracomment>
        <translation>Peringkat berubah: hitung ulang.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="211" />
        <source>Choosing segments for %1…</source>
        <translation>Memilih segmen untuk %1…</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="222" />
        <source>Computing the budget curve…</source>
        <translation>Menghitung kurva anggaran…</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="237" />
        <source>Portfolio within the budget</source>
        <translation>Portofolio dalam anggaran</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="267" />
        <source>&lt;b&gt;%1 segments&lt;/b&gt;, %2 of %3. Exact joint benefit &lt;b&gt;%4&lt;/b&gt; household-hours/yr; naive pick by benefit per cost (%5 segments): %6. Difference &lt;b&gt;%7 (%8)&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1 segmen&lt;/b&gt;, %2 dari %3. Manfaat gabungan eksak &lt;b&gt;%4&lt;/b&gt; jam-RT terbobot/tahun; pilihan sederhana menurut manfaat per biaya (%5 segmen): %6. Selisih &lt;b&gt;%7 (%8)&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="281" />
        <source>%1 ruas, %2 stretches.</source>
        <translation>%1 ruas, %2 penggal.</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="295" />
        <source>Budget (Rp)</source>
        <translation>Anggaran (Rp)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="296" />
        <source>e.g. 10 miliar, 750 juta, 10000000000</source>
        <translation>mis. 10 miliar, 750 juta, 10000000000</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="297" />
        <source>Pick by</source>
        <translation>Pilih per</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="298" />
        <source>segment</source>
        <translation>segmen</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="298" />
        <source>whole ruas</source>
        <translation>ruas utuh</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="299" />
        <source>stretch</source>
        <translation>penggal</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="303" />
        <source>segment: single segments (and pairs); whole ruas: all candidate segments of a ruas together; stretch: runs of consecutive candidate segments of a ruas (STA)</source>
        <translation>segmen: segmen tunggal (dan pasangan); ruas utuh: semua segmen kandidat satu ruas sekaligus; penggal: rangkaian segmen kandidat yang berurutan dalam satu ruas (STA)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="306" />
        <source>Compute</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="307" />
        <location filename="../portfolio_dock.py" line="311" />
        <source>Budget curve</source>
        <translation>Kurva anggaran</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="308" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="309" />
        <source>Work programme</source>
        <translation>Program penanganan</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="310" />
        <source>Chosen segments</source>
        <translation>Segmen terpilih</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="312" />
        <source>Appraisal and risk</source>
        <translation>Analisis ekonomi dan risiko</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="313" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="315" />
        <source>Pick</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="316" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="317" />
        <location filename="../portfolio_dock.py" line="325" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="318" />
        <source>Marginal benefit</source>
        <translation>Manfaat marjinal</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="319" />
        <source>Cumulative cost</source>
        <translation>Biaya kumulatif</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="320" />
        <source>Cumulative benefit</source>
        <translation>Manfaat kumulatif</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="321" />
        <source>Selected in draws</source>
        <translation>Terpilih dalam undian</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="324" />
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="326" />
        <source>Segments</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="327" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="328" />
        <location filename="../portfolio_dock.py" line="333" />
        <source>Naive pick</source>
        <translation>Pilihan sederhana</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="329" />
        <source>Gain</source>
        <translation>Tambahan</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="332" />
        <source>Budget (Rp billion)</source>
        <translation>Anggaran (Rp miliar)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="332" />
        <source>Benefit (household-hours/yr)</source>
        <translation>Manfaat (jam-RT terbobot/tahun)</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="333" />
        <source>Portfolio</source>
        <translation>Portofolio</translation>
    </message>
    <message>
        <location filename="../portfolio_dock.py" line="336" />
        <source>Marginal benefit: what each pick adds, exactly, given the earlier picks</source>
        <translation>Manfaat marjinal: tambahan eksak setiap pilihan, setelah pilihan sebelumnya</translation>
    </message>
</context>
<context>
    <name>PricesDialog</name>
    <message>
        <location filename="../prices_dialog.py" line="136" />
        <source>built-in indicative price</source>
        <extracomment>``price_source`` of prices typed in this dialog (no file).</extracomment>
        <translation>harga satuan bawaan (indikatif)</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="210" />
        <source>The file could not be written: %1. Check that the folder exists and that you may write in it.</source>
        <translation>Berkas tidak dapat ditulis: %1. Periksa bahwa foldernya ada dan Anda boleh menulis di sana.</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="214" />
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="219" />
        <source>Load unit prices</source>
        <translation>Muat harga satuan</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="219" />
        <location filename="../prices_dialog.py" line="227" />
        <source>Price table (*.csv *.xlsx)</source>
        <translation>Tabel harga (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="226" />
        <source>Save unit prices</source>
        <translation>Simpan harga satuan</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="238" />
        <source>&lt;b&gt;Built-in indicative prices&lt;/b&gt; in use (not the city's HSPK): orders of magnitude from the structure of the AHSP (Permen PUPR 1/2022). Load the city's price table or type its prices; every output says which prices it used.</source>
        <translation>&lt;b&gt;Harga satuan bawaan yang indikatif&lt;/b&gt; sedang dipakai (bukan HSPK kota): besaran perkiraan dari struktur AHSP (Permen PUPR 1/2022). Muat tabel harga kota atau ketik harganya; setiap keluaran menyebut harga mana yang dipakai.</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="243" />
        <source>Unit prices from: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Harga satuan dari: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="249" />
        <source>Unit prices</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="250" />
        <source>Rp per m² by treatment and pavement; cost = price × width × length</source>
        <translation>Rp per m² menurut penanganan dan perkerasan; biaya = harga × lebar × panjang</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="252" />
        <source>asphalt</source>
        <translation>aspal</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="252" />
        <source>concrete</source>
        <translation>beton</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="253" />
        <source>paving blocks</source>
        <translation>paving</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="253" />
        <source>gravel</source>
        <translation>kerikil</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="254" />
        <source>earth</source>
        <translation>tanah</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="257" />
        <source>Load price file…</source>
        <translation>Muat berkas harga…</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="258" />
        <source>Save price file…</source>
        <translation>Simpan berkas harga…</translation>
    </message>
    <message>
        <location filename="../prices_dialog.py" line="259" />
        <source>Indicative defaults</source>
        <translation>Harga bawaan indikatif</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../ranking_table.py" line="207" />
        <source>%1 of %2 ranked</source>
        <translation>%1 dari %2 berperingkat</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="214" />
        <source>Filter by name, condition, rank…</source>
        <translation>Saring menurut nama, kondisi, peringkat…</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="215" />
        <source>Right-click to choose the columns</source>
        <translation>Klik kanan untuk memilih kolom</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../window_session.py" line="167" />
        <source>(no recent files)</source>
        <translation>(belum ada berkas)</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <location filename="../risk_panel.py" line="159" />
        <source>Appraising and drawing %1 times…</source>
        <translation>Menilai dan mengundi %1 kali…</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="181" />
        <source>NPV %1, BCR %2, EIRR %3</source>
        <translation>NPV %1, BCR %2, EIRR %3</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="189" />
        <source>&lt;b&gt;Unweighted&lt;/b&gt; (every producer hour the same): %1</source>
        <translation>&lt;b&gt;Tanpa bobot&lt;/b&gt; (setiap jam produsen bernilai sama): %1</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="191" />
        <source>&lt;b&gt;Equity-weighted&lt;/b&gt; (poor households' hours times their desil weight): %1</source>
        <translation>&lt;b&gt;Berbobot ekuitas&lt;/b&gt; (jam rumah tangga miskin dikalikan bobot desilnya): %1</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="193" />
        <source>Costs may rise %1 or benefits fall %2 before BCR &lt; 1 (unweighted).</source>
        <translation>Biaya boleh naik %1 atau manfaat turun %2 sebelum BCR &lt; 1 (tanpa bobot).</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="200" />
        <source>%1 draws: equity-weighted NPV from %2 to %3 (P5-P95).</source>
        <translation>%1 undian: NPV berbobot ekuitas dari %2 sampai %3 (P5-P95).</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="204" />
        <source>Selected in % of draws</source>
        <translation>Terpilih dalam % undian</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="215" />
        <source>Monte Carlo draws</source>
        <translation>Undian Monte Carlo</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="216" />
        <source>Appraise</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="217" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="219" />
        <source>Road</source>
        <translation>Ruas</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="220" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="221" />
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="222" />
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="223" />
        <source>NPV equity-weighted</source>
        <translation>NPV berbobot ekuitas</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="224" />
        <source>BCR equity-weighted</source>
        <translation>BCR berbobot ekuitas</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="225" />
        <source>Cost may rise</source>
        <translation>Biaya boleh naik</translation>
    </message>
    <message>
        <location filename="../risk_panel.py" line="226" />
        <source>Selected</source>
        <translation>Terpilih</translation>
    </message>
</context>
<context>
    <name>RuasPanel</name>
    <message>
        <location filename="../ruas_dock.py" line="67" />
        <source>Ranking road sections (ruas)…</source>
        <translation>Memeringkat ruas jalan…</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="69" />
        <source>%1 ruas with candidate segments, ranked by the exact joint benefit of treating all their candidate segments.</source>
        <translation>%1 ruas dengan segmen kandidat, diperingkat menurut manfaat gabungan yang tepat bila semua segmen kandidatnya ditangani.</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="72" />
        <source>Waiting for the ranking…</source>
        <translation>Menunggu peringkat…</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="73" />
        <source>Press Compute to rank the road sections (ruas).</source>
        <translation>Tekan Hitung untuk memeringkat ruas.</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="115" />
        <source>Compute</source>
        <translation>Hitung</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="117" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="119" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="120" />
        <source>Ruas no.</source>
        <translation>No. ruas</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="121" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="122" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="123" />
        <source>Function</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="124" />
        <source>Length (m)</source>
        <translation>Panjang (m)</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="125" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="126" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="127" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="128" />
        <source>Best stretch</source>
        <translation>Segmen terbaik</translation>
    </message>
    <message>
        <location filename="../ruas_dock.py" line="129" />
        <source>Treatment</source>
        <translation>Penanganan</translation>
    </message>
</context>
<context>
    <name>ScenariosPanel</name>
    <message>
        <location filename="../scenarios_dock.py" line="173" />
        <source>Type a name for the scenario.</source>
        <translation>Ketik nama skenario.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="183" />
        <source>Saved “%1”.</source>
        <translation>“%1” tersimpan.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="197" />
        <source>Ranking “%1”…</source>
        <translation>Memeringkat “%1”…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="255" />
        <source>Choose two different scenarios.</source>
        <translation>Pilih dua skenario yang berbeda.</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="264" />
        <source>Comparing “%1” and “%2”…</source>
        <translation>Membandingkan “%1” dan “%2”…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="295" />
        <source>Save the current parameters as a named scenario:</source>
        <translation>Simpan parameter saat ini sebagai skenario bernama:</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="296" />
        <source>Scenario name, e.g. Anggaran 2026</source>
        <translation>Nama skenario, mis. Anggaran 2026</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="297" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="298" />
        <source>Switch to</source>
        <translation>Beralih ke</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="299" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="300" />
        <source>Compare two scenarios:</source>
        <translation>Bandingkan dua skenario:</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="301" />
        <source>Compare…</source>
        <translation>Bandingkan…</translation>
    </message>
    <message>
        <location filename="../scenarios_dock.py" line="302" />
        <source>Double-click a scenario to switch to it (re-ranks)</source>
        <translation>Klik dua kali skenario untuk beralih (memeringkat ulang)</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../segment_model.py" line="89" />
        <source>Rank</source>
        <extracomment>Vulnerability columns: filled by :meth:`SegmentTableModel.set_extra` when first shown. Shown until the user picks columns (right-click on the header).</extracomment>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="90" />
        <source>Road segment</source>
        <translation>Segmen jalan</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="94" />
        <source>Length (m)</source>
        <translation>Panjang (m)</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="93" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="99" />
        <source>Criticality</source>
        <translation>Kekritisan</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="100" />
        <source>Households cut off</source>
        <translation>Rumah tangga terputus</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="101" />
        <source>Flood-prone</source>
        <translation>Rawan banjir</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="180" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Manfaat (jam-RT terbobot/tahun)</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="180" />
        <source>Road authority</source>
        <translation>Status jalan</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="95" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="91" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="96" />
        <source>Minutes saved</source>
        <translation>Menit dihemat</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="97" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../segment_model.py" line="98" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Manfaat per Rp 1 miliar</translation>
    </message>
</context>
<context>
    <name>UnsavedGuard</name>
    <message>
        <location filename="../window_session.py" line="103" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
    <message>
        <location filename="../window_session.py" line="104" />
        <source>The project has unsaved changes (parameters, data or scenarios). Save them first?</source>
        <translation>Proyek memiliki perubahan yang belum disimpan (parameter, data atau skenario). Simpan dulu?</translation>
    </message>
</context>
<context>
    <name>VulnerabilityControl</name>
    <message>
        <location filename="../vulnerability.py" line="95" />
        <location filename="../vulnerability.py" line="121" />
        <location filename="../vulnerability.py" line="190" />
        <source>Flood-prone areas</source>
        <extracomment>Colour of the exposed segments drawn over the roads.</extracomment>
        <translation>Kawasan rawan banjir</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="96" />
        <source>Vector files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Berkas vektor (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="142" />
        <location filename="../vulnerability.py" line="191" />
        <source>Segments in flood-prone areas</source>
        <translation>Segmen di kawasan rawan banjir</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="144" />
        <source>In a flood-prone area</source>
        <translation>Di kawasan rawan banjir</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="188" />
        <source>Flood-prone areas…</source>
        <translation>Kawasan rawan banjir…</translation>
    </message>
    <message>
        <location filename="../vulnerability.py" line="189" />
        <source>Kelurahan boundaries…</source>
        <translation>Batas kelurahan…</translation>
    </message>
</context>
<context>
    <name>WorksTable</name>
    <message>
        <location filename="../works_panel.py" line="172" />
        <source>Ruas no.</source>
        <translation>No. ruas</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="173" />
        <source>Ruas name</source>
        <translation>Nama ruas</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="174" />
        <source>STA</source>
        <translation>STA</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="175" />
        <source>Treatment</source>
        <translation>Penanganan</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="177" />
        <source>Volume (m²)</source>
        <translation>Volume (m²)</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="178" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="179" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../works_panel.py" line="182" />
        <source>The picks as a work programme: per ruas, each stretch (STA) with its treatment, volume and cost; benefit = exact marginal benefit of its segments</source>
        <translation>Pilihan sebagai program penanganan: per ruas, setiap penggal (STA) dengan penanganan, volume dan biayanya; manfaat = manfaat marginal yang tepat dari segmen-segmennya</translation>
    </message>
</context>
</TS>