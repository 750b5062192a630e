<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>FileActions</name>
    <message>
        <location filename="../file_actions.py" line="115" />
        <source>Open project…</source>
        <translation>Buka proyek…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="116" />
        <location filename="../file_actions.py" line="175" />
        <source>Save project</source>
        <translation>Simpan proyek</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="117" />
        <source>Save project as…</source>
        <translation>Simpan proyek sebagai…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="118" />
        <source>Roads…</source>
        <translation>Jalan…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="119" />
        <source>Industrial centres…</source>
        <translation>Sentra industri…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="120" />
        <source>Poor households…</source>
        <translation>Rumah tangga miskin…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="121" />
        <source>Download roads from OpenStreetMap…</source>
        <translation>Unduh jalan dari OpenStreetMap…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="144" />
        <source>Open project</source>
        <translation>Buka proyek</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="196" />
        <source>Project saved: %1</source>
        <translation>Proyek disimpan: %1</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="199" />
        <source>Mataram GIS project (*.mgis.gpkg *.gpkg);;All files (*)</source>
        <translation>Proyek Mataram GIS (*.mgis.gpkg *.gpkg);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="205" />
        <source>Vector data (*.gpkg *.shp *.geojson *.json *.csv *.osm *.pbf);;All files (*)</source>
        <translation>Data vektor (*.gpkg *.shp *.geojson *.json *.csv *.osm *.pbf);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="207" />
        <source>Open data…</source>
        <translation>Buka data…</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="275" />
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../file_actions.py" line="277" />
        <source>Export ranking</source>
        <translation>Ekspor peringkat</translation>
    </message>
</context>
<context>
    <name>IdentifyPanel</name>
    <message>
        <location filename="../identify_panel.py" line="88" />
        <source>(unnamed)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="90" />
        <source>Segment %1: %2</source>
        <translation>Ruas %1: %2</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="98" />
        <source>not ranked</source>
        <translation>tidak berperingkat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="114" />
        <source>No household's trip to a centre gets faster if this segment alone is upgraded.</source>
        <translation>Tidak ada perjalanan rumah tangga ke sentra yang lebih cepat bila hanya ruas ini yang ditingkatkan.</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="122" />
        <source>Upgrading this segment alone shortens the trips of &lt;b&gt;%1 households&lt;/b&gt; by &lt;b&gt;%2 minutes&lt;/b&gt; on average, mostly to &lt;b&gt;%3&lt;/b&gt;; %4 of them are in desil 1 (extreme poverty).</source>
        <translation>Peningkatan ruas ini saja mempersingkat perjalanan &lt;b&gt;%1 rumah tangga&lt;/b&gt; rata-rata &lt;b&gt;%2 menit&lt;/b&gt;, sebagian besar ke &lt;b&gt;%3&lt;/b&gt;; %4 di antaranya desil 1 (miskin ekstrem).</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="160" />
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="186" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="187" />
        <source>Road class</source>
        <translation>Fungsi jalan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="188" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="189" />
        <source>Length</source>
        <translation>Panjang</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="190" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Manfaat (jam-RT/tahun)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="191" />
        <source>Households benefiting</source>
        <translation>Rumah tangga penerima manfaat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="192" />
        <source>Mean minutes saved</source>
        <translation>Rata-rata menit dihemat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="193" />
        <source>Upgrade cost</source>
        <translation>Biaya peningkatan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="194" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Manfaat per Rp 1 miliar</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="201" />
        <source>Centre</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="201" />
        <source>Poverty group</source>
        <translation>Kelompok kemiskinan</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="201" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="202" />
        <source>Before (min)</source>
        <translation>Sebelum (menit)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="202" />
        <source>After (min)</source>
        <translation>Sesudah (menit)</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="202" />
        <source>Benefit</source>
        <translation>Manfaat</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="214" />
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <location filename="../identify_panel.py" line="217" />
        <source>Click a road segment on the map or a row of the ranking to see why it ranks where it does.</source>
        <translation>Klik ruas jalan di peta atau baris peringkat untuk melihat alasan peringkatnya.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../import_dialog.py" line="157" />
        <source>File holds</source>
        <translation>Isi berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="161" />
        <source>Coordinate system</source>
        <translation>Sistem koordinat</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="162" />
        <source>First rows</source>
        <translation>Baris pertama</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="164" />
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="174" />
        <source>Import %1</source>
        <translation>Impor %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="175" />
        <source>Load</source>
        <translation>Muat</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="181" />
        <source>Roads</source>
        <translation>Jalan</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="182" />
        <source>Industrial centres</source>
        <translation>Sentra industri</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="183" />
        <source>Poor households</source>
        <translation>Rumah tangga miskin</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="196" />
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="198" />
        <source>OpenStreetMap data: columns are mapped automatically.</source>
        <translation>Data OpenStreetMap: kolom dipetakan otomatis.</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="201" />
        <source>Personal columns left out: %1</source>
        <translation>Kolom data pribadi tidak dipakai: %1</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="204" />
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="204" />
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="212" />
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="224" />
        <source>Stored in the file</source>
        <translation>Tersimpan dalam berkas</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="226" />
        <source>EPSG code of the coordinates: 4326 for lon/lat, 32750 for UTM 50S</source>
        <translation>Kode EPSG koordinat: 4326 untuk bujur/lintang, 32750 untuk UTM 50S</translation>
    </message>
    <message>
        <location filename="../import_dialog.py" line="236" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <location filename="../layer_panel.py" line="126" />
        <source>Road segments</source>
        <translation>Ruas jalan</translation>
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
        <location filename="../layer_panel.py" line="244" />
        <source>Opacity</source>
        <translation>Opasitas</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="245" />
        <source>Road style</source>
        <translation>Gaya jalan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="246" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="247" />
        <source>Move the layer up</source>
        <translation>Naikkan lapisan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="248" />
        <source>Move the layer down</source>
        <translation>Turunkan lapisan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="250" />
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="251" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="252" />
        <source>Road class</source>
        <translation>Fungsi jalan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="256" />
        <source>Density</source>
        <translation>Kepadatan</translation>
    </message>
    <message>
        <location filename="../layer_panel.py" line="256" />
        <source>Points</source>
        <translation>Titik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="276" />
        <source>Ranking ready: %1 candidate segments</source>
        <translation>Peringkat siap: %1 ruas kandidat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="312" />
        <source>Live re-ranking is off (the analysis is slow): press Run</source>
        <translation>Pemeringkatan langsung nonaktif (analisis lambat): tekan Jalankan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="240" />
        <location filename="../main_window.py" line="318" />
        <location filename="../main_window.py" line="321" />
        <source>Mataram GIS</source>
        <translation>Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="241" />
        <source>Mataram GIS did not close properly last time. Recover the previous session?</source>
        <translation>Mataram GIS tidak ditutup dengan benar sebelumnya. Pulihkan sesi sebelumnya?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="322" />
        <source>Something went wrong inside the program. Details are in the log.</source>
        <translation>Terjadi kesalahan di dalam program. Rinciannya ada di log.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="331" />
        <source>Mataram GIS %1</source>
        <translation>Mataram GIS %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="333" />
        <source>Ranks road segments by how much upgrading each would cut travel time for poor households going to industrial centres.</source>
        <translation>Memeringkat ruas jalan menurut besarnya penghematan waktu tempuh rumah tangga miskin ke sentra industri bila ruas itu ditingkatkan.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="336" />
        <source>About Mataram GIS</source>
        <translation>Tentang Mataram GIS</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="340" />
        <source>Mataram GIS — road upgrade priorities</source>
        <translation>Mataram GIS — prioritas peningkatan jalan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345" />
        <source>Layers</source>
        <translation>Lapisan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="347" />
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>Identify</source>
        <translation>Identifikasi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="353" />
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="354" />
        <source>Open data</source>
        <translation>Buka data</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="357" />
        <source>Panels</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="358" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analisis</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="359" />
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="360" />
        <source>Map tools</source>
        <translation>Alat peta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="362" />
        <source>Load the demo data</source>
        <translation>Muat data demo</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="363" />
        <source>Open data…</source>
        <translation>Buka data…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="364" />
        <source>Export results (GeoPackage)…</source>
        <translation>Ekspor hasil (GeoPackage)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365" />
        <source>Export ranking (CSV)…</source>
        <translation>Ekspor peringkat (CSV)…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="366" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="367" />
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="368" />
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="369" />
        <source>Zoom to full extent</source>
        <translation>Tampilkan seluruh peta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="370" />
        <source>Zoom to selection</source>
        <translation>Perbesar ke pilihan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="371" />
        <source>Clear selection</source>
        <translation>Hapus pilihan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="372" />
        <source>Run the ranking</source>
        <translation>Jalankan pemeringkatan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="373" />
        <source>Re-rank live</source>
        <translation>Peringkat langsung</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="374" />
        <source>Cancel the running job</source>
        <translation>Batalkan proses yang berjalan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="375" />
        <source>About</source>
        <translation>Tentang</translation>
    </message>
</context>
<context>
    <name>MapStatusBar</name>
    <message>
        <location filename="../status_bar.py" line="72" />
        <source>Scale 1:%1</source>
        <translation>Skala 1:%1</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="78" />
        <source>%1 selected</source>
        <translation>%1 dipilih</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="100" />
        <source>Loading</source>
        <translation>Memuat</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="101" />
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="102" />
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="103" />
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="109" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../status_bar.py" line="113" />
        <source>Move the mouse over the map</source>
        <translation>Arahkan tetikus ke peta</translation>
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
        <location filename="../osm_dialog.py" line="36" />
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="38" />
        <source>West</source>
        <translation>Barat</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="38" />
        <source>South</source>
        <translation>Selatan</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="38" />
        <source>East</source>
        <translation>Timur</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="38" />
        <source>North</source>
        <translation>Utara</translation>
    </message>
    <message>
        <location filename="../osm_dialog.py" line="48" />
        <source>Needs an internet connection. Offline, open a .osm or .osm.pbf file instead (e.g. an Indonesia extract from download.geofabrik.de).</source>
        <translation>Memerlukan koneksi internet. Tanpa koneksi, buka berkas .osm atau .osm.pbf (misalnya ekstrak Indonesia dari download.geofabrik.de).</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <location filename="../parameters_panel.py" line="213" />
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="214" />
        <source>Equity weights (P3KE desil)</source>
        <translation>Bobot keadilan (desil P3KE)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="215" />
        <source>Upgrade unit costs</source>
        <translation>Harga satuan peningkatan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="216" />
        <source>Candidate segments</source>
        <translation>Ruas kandidat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="217" />
        <source>Travel mode</source>
        <translation>Moda perjalanan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="218" />
        <source>Trips per year</source>
        <translation>Perjalanan per tahun</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="219" />
        <source>Upgrade to condition</source>
        <translation>Ditingkatkan ke kondisi</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="221" />
        <source>Motorcycle</source>
        <translation>Sepeda motor</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="222" />
        <source>Car</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="223" />
        <source>Walking</source>
        <translation>Jalan kaki</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="228" />
        <source>Good (baik)</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="229" />
        <source>Fair (sedang)</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="230" />
        <source>Poor (rusak ringan)</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="234" />
        <source>Desil 1 (extreme poor)</source>
        <translation>Desil 1 (miskin ekstrem)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="234" />
        <source>Desil 2 (poor)</source>
        <translation>Desil 2 (miskin)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="235" />
        <source>Desil 3 (vulnerable)</source>
        <translation>Desil 3 (rentan)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="236" />
        <source>Desil 4 (near-poor)</source>
        <translation>Desil 4 (hampir miskin)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="240" />
        <source>Rp million per km, by road class and condition before the upgrade</source>
        <translation>Rp juta per km, menurut fungsi jalan dan kondisi sebelum peningkatan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="242" />
        <source>Fair</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="242" />
        <source>Poor</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="242" />
        <source>Bad</source>
        <translation>Rusak berat</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="244" />
        <source>Arterial</source>
        <translation>Arteri</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="244" />
        <source>Collector</source>
        <translation>Kolektor</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="244" />
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="244" />
        <source>Alley (gang)</source>
        <translation>Gang</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="246" />
        <source>Road authority</source>
        <translation>Status jalan</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="248" />
        <source>national</source>
        <translation>nasional</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="249" />
        <source>provincial</source>
        <translation>provinsi</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="250" />
        <source>city</source>
        <translation>kota</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="254" />
        <source>Minimum length (m)</source>
        <translation>Panjang minimum (m)</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="255" />
        <source>Exclude roads already at the target condition</source>
        <translation>Kecualikan jalan yang sudah mencapai kondisi target</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="256" />
        <source>Re-rank live</source>
        <translation>Peringkat langsung</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="258" />
        <source>Switched off automatically when one analysis takes over 1 s</source>
        <translation>Nonaktif otomatis bila satu analisis lebih dari 1 detik</translation>
    </message>
    <message>
        <location filename="../parameters_panel.py" line="260" />
        <source>Run</source>
        <translation>Jalankan</translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <location filename="../ranking_table.py" line="276" />
        <source>%1 of %2 ranked</source>
        <translation>%1 dari %2 berperingkat</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="283" />
        <source>Filter by name, condition, rank…</source>
        <translation>Saring menurut nama, kondisi, peringkat…</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <location filename="../ranking_table.py" line="74" />
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="75" />
        <source>Road segment</source>
        <translation>Ruas jalan</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="76" />
        <source>Length (m)</source>
        <translation>Panjang (m)</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="77" />
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="78" />
        <source>Benefit (hh-hours/yr)</source>
        <translation>Manfaat (jam-RT/tahun)</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="79" />
        <source>Households</source>
        <translation>Rumah tangga</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="80" />
        <source>Minutes saved</source>
        <translation>Menit dihemat</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="81" />
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <location filename="../ranking_table.py" line="82" />
        <source>Benefit per Rp 1 billion</source>
        <translation>Manfaat per Rp 1 miliar</translation>
    </message>
</context>
</TS>