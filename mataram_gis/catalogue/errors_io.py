"""Indonesian for the readers' error messages (mataram_gis/io/*): English template -> text.

``{}`` marks a value filled in at run time (a file, a column, a number); ``{0}``, ``{1}`` in
the Indonesian text take the values in another order. Terms follow docs/GLOSSARY.md.
"""

# fmt: off
ERRORS_IO_ID: dict[str, str] = {
    # io/admin.py
    "choose the layer of flood-prone areas (polygons)":
        "pilih lapisan kawasan rawan banjir (poligon)",
    "choose the layer of kelurahan or kecamatan areas (polygons)":
        "pilih lapisan wilayah kelurahan atau kecamatan (poligon)",
    "every area name is empty": "semua nama wilayah kosong",
    "fill in the kelurahan names": "isi nama kelurahan",
    "name the column of area names 'kelurahan' (or 'desa'); found: {}":
        "beri nama 'kelurahan' (atau 'desa') pada kolom nama wilayah; yang ada: {}",
    "name the layer to read, or save the boundaries as a file of their own":
        "sebutkan lapisan yang dibaca, atau simpan batas wilayah sebagai berkas tersendiri",
    "no column names the areas (kelurahan, desa or kecamatan)":
        "tidak ada kolom nama wilayah (kelurahan, desa atau kecamatan)",
    "the file holds several layers ({}) and it is not clear which one holds the kelurahan "
    "boundaries":
        "berkas berisi beberapa lapisan ({}) dan tidak jelas lapisan mana yang berisi batas "
        "kelurahan",
    "{} are not polygons: hazard areas must be polygons":
        "{} bukan poligon: kawasan rawan bencana harus berupa poligon",
    "{} hold {} geometries: kelurahan boundaries must be polygons (is this the roads or a "
    "points file?)":
        "{} berisi geometri {}: batas kelurahan harus berupa poligon (apakah ini berkas jalan "
        "atau berkas titik?)",
    # io/columns.py
    "column map": "pemetaan kolom",
    "map it to one of: {}": "petakan ke salah satu dari: {}",
    "the column map names a column {} that the file does not have":
        "pemetaan kolom menyebut kolom {} yang tidak ada di berkas",
    "the column map sends {} to an unknown field {}":
        "pemetaan kolom mengarahkan {} ke isian yang tidak dikenal {}",
    "use one of the file's columns: {}": "gunakan salah satu kolom berkas: {}",
    # io/hashing.py, io/validate.py
    "check the path": "periksa lokasi berkas",
    "file not found": "berkas tidak ditemukan",
    # io/inventory.py
    "add the ruas number column (nomor_ruas, no_ruas or kode_ruas) as in the SK ruas list":
        "tambahkan kolom nomor ruas (nomor_ruas, no_ruas atau kode_ruas) seperti di daftar "
        "ruas SK",
    "cannot be read as an Excel workbook ({})": "tidak dapat dibaca sebagai buku kerja Excel ({})",
    "give every row its ruas number": "beri setiap baris nomor ruasnya",
    "give iri (m/km), sdi, pci or kondisi in every survey row":
        "isi iri (m/km), sdi, pci atau kondisi di setiap baris survei",
    "give sta_awal and sta_akhir for every row, e.g. 1+200 and 1+300":
        "isi sta_awal dan sta_akhir di setiap baris, misalnya 1+200 dan 1+300",
    "lengths, widths and indices are zero or more":
        "panjang, lebar dan indeks bernilai nol atau lebih",
    "list each ruas once (survey rows go in their own table with STA columns)":
        "cantumkan setiap ruas sekali saja (baris survei masuk tabel tersendiri dengan kolom "
        "STA)",
    "negative values in column {}": "nilai negatif di kolom {}",
    "save it again as .xlsx, or as CSV": "simpan ulang sebagai .xlsx, atau sebagai CSV",
    "there is no 'nomor_ruas' column": "tidak ada kolom 'nomor_ruas'",
    "unknown {} word(s) {}": "kata {} yang tidak dikenal: {}",
    "use one of: {}": "gunakan salah satu dari: {}",
    "{}: STA missing, or the end is not after the start":
        "{}: STA kosong, atau STA akhir tidak sesudah STA awal",
    "{}: empty nomor ruas": "{}: nomor ruas kosong",
    "{}: no measured condition": "{}: tidak ada kondisi terukur",
    "{}: nomor ruas {} listed more than once": "{}: nomor ruas {} tercantum lebih dari sekali",
    # io/osm.py
    "OSM has no road data for {} ({})": "OSM tidak memiliki data jalan untuk {} ({})",
    "cannot be read as OSM PBF ({})": "tidak dapat dibaca sebagai OSM PBF ({})",
    "cannot be read as OSM XML ({}: {})": "tidak dapat dibaca sebagai OSM XML ({}: {})",
    "cannot download OSM data: no connection to the OSM servers ({})":
        "data OSM tidak dapat diunduh: tidak ada sambungan ke server OSM ({})",
    "check the place name or the bounding box (west, south, east, north)":
        "periksa nama tempat atau kotak batas (barat, selatan, timur, utara)",
    "choose an area that covers the city": "pilih wilayah yang mencakup kota",
    "choose an extract that covers the city": "pilih ekstrak yang mencakup kota",
    "connect to the internet and try again, or load a .osm or .osm.pbf file (e.g. an Indonesia "
    "extract from download.geofabrik.de)":
        "sambungkan ke internet lalu coba lagi, atau muat berkas .osm atau .osm.pbf (misalnya "
        "ekstrak Indonesia dari download.geofabrik.de)",
    "download": "unduhan",
    "download the extract again (e.g. from Geofabrik) or export .osm XML":
        "unduh ulang ekstraknya (misalnya dari Geofabrik) atau ekspor sebagai .osm XML",
    "e.g. place='Kota Mataram, Nusa Tenggara Barat, Indonesia'":
        "misalnya place='Kota Mataram, Nusa Tenggara Barat, Indonesia'",
    "export the area again from openstreetmap.org or JOSM as .osm":
        "ekspor ulang wilayahnya dari openstreetmap.org atau JOSM sebagai .osm",
    "give either a place name or a bounding box":
        "berikan nama tempat atau kotak batas, salah satu",
    "the OSM data holds no roads": "data OSM tidak berisi jalan",
    "the OSM data holds no roads a motorcycle may use":
        "data OSM tidak berisi jalan yang boleh dilalui sepeda motor",
    "the OSM file holds no roads": "berkas OSM tidak berisi jalan",
    # io/points.py
    "add a column {} with P3KE desil 1-4 or ekstrem / miskin / rentan, or map yours with "
    "column_map={{'your column': 'category'}}":
        "tambahkan kolom {} berisi desil P3KE 1-4 atau ekstrem / miskin / rentan, atau petakan "
        "kolom Anda dengan column_map={{'kolom anda': 'category'}}",
    "add {} and {} columns in degrees, or x and y with an EPSG code; or map yours with "
    "column_map={{'your column': 'lon'}}":
        "tambahkan kolom {} dan {} dalam derajat, atau x dan y dengan kode EPSG; atau petakan "
        "kolom Anda dengan column_map={{'kolom anda': 'lon'}}",
    "column {}": "kolom {}",
    "columns {}/{}": "kolom {}/{}",
    "columns": "kolom",
    "geometry": "geometri",
    "layer": "lapisan",
    "give every centre an id, or delete the id column to number them C01, C02...":
        "beri setiap sentra id, atau hapus kolom id agar diberi nomor C01, C02...",
    "give every row exactly one point": "beri setiap baris tepat satu titik",
    "give the EPSG code of x/y (crs='EPSG:32750' for UTM 50S, or a column 'epsg'), or use "
    "lon/lat columns in degrees":
        "berikan kode EPSG untuk x/y (crs='EPSG:32750' untuk UTM 50S, atau kolom 'epsg'), atau "
        "gunakan kolom lon/lat dalam derajat",
    "give the same EPSG code in every row, e.g. 32750":
        "berikan kode EPSG yang sama di setiap baris, misalnya 32750",
    "the {} column must hold one CRS for all rows (found {} different values)":
        "kolom {} harus berisi satu CRS untuk semua baris (ada {} nilai berbeda)",
    "there are no coordinate columns": "tidak ada kolom koordinat",
    "there is no poverty category column": "tidak ada kolom kelompok kemiskinan",
    "use P3KE desil 1, 2, 3 or 4, or ekstrem (1), miskin (2), rentan / hampir miskin (3)":
        "gunakan desil P3KE 1, 2, 3 atau 4, atau ekstrem (1), miskin (2), rentan / hampir "
        "miskin (3)",
    "weights count producers or members: use 0 or more":
        "bobot menghitung produsen atau anggota: gunakan 0 atau lebih",
    "x/y coordinates without a coordinate reference system":
        "koordinat x/y tanpa sistem referensi koordinat",
    "{}: empty centre id": "{}: id sentra kosong",
    "{}: missing, empty or multi-part point": "{}: titik tidak ada, kosong atau multi-bagian",
    "{}: negative weight": "{}: bobot negatif",
    "{}: unknown poverty category": "{}: kelompok kemiskinan tidak dikenal",
    # io/preview.py, io/vector.py
    "cannot be opened as a vector layer ({})": "tidak dapat dibuka sebagai lapisan vektor ({})",
    "cannot be read as a vector layer ({})": "tidak dapat dibaca sebagai lapisan vektor ({})",
    "check that the file is a GeoPackage, Shapefile or GeoJSON and not damaged":
        "periksa bahwa berkas berupa GeoPackage, Shapefile atau GeoJSON dan tidak rusak",
    "choose one of the layers: {}": "pilih salah satu lapisan: {}",
    "copy {}{} into the same folder as the .shp": "salin {}{} ke folder yang sama dengan .shp",
    "export the layer with its geometry, or use a CSV with lon/lat columns":
        "ekspor lapisan beserta geometrinya, atau gunakan CSV dengan kolom lon/lat",
    "name the roads layer, e.g. --roads-layer jalan (in the desktop app, choose it in the "
    "import dialog)":
        "sebutkan lapisan jalan, misalnya --roads-layer jalan (di aplikasi desktop, pilih di "
        "dialog impor)",
    "save the points in a file of their own (e.g. export that layer to its own GeoPackage, or "
    "to CSV with lon/lat columns)":
        "simpan titik-titik dalam berkas tersendiri (misalnya ekspor lapisan itu ke GeoPackage "
        "tersendiri, atau ke CSV dengan kolom lon/lat)",
    "the file holds several layers ({}) and it is not clear which one to read":
        "berkas berisi beberapa lapisan ({}) dan tidak jelas lapisan mana yang dibaca",
    "the layer has no geometry column (a plain table?)":
        "lapisan tidak memiliki kolom geometri (tabel biasa?)",
    "the shapefile has no {} file next to it": "shapefile tidak disertai berkas {}",
    "the zip holds no shapefile (.shp)": "zip tidak berisi shapefile (.shp)",
    "the zip holds several shapefiles: {}": "zip berisi beberapa shapefile: {}",
    "the zipped shapefile {} has no {} file": "shapefile {} di dalam zip tidak memiliki berkas {}",
    "there is no layer {}": "tidak ada lapisan {}",
    "this is not a readable zip file": "ini bukan berkas zip yang dapat dibaca",
    "zip one shapefile per file": "zip satu shapefile per berkas",
    "zip the .shp together with its .shx, .dbf and .prj files":
        "zip berkas .shp bersama berkas .shx, .dbf dan .prj-nya",
    "zip the shapefile again (.shp, .shx, .dbf and .prj together)":
        "zip ulang shapefile-nya (.shp, .shx, .dbf dan .prj bersama-sama)",
    "zip the {} file of the shapefile together with the .shp (a shapefile is .shp, .shx, .dbf "
    "and .prj)":
        "zip berkas {} dari shapefile bersama .shp (shapefile terdiri atas .shp, .shx, .dbf "
        "dan .prj)",
    # io/prices.py
    "add a column 'penanganan' (pemeliharaan rutin, pemeliharaan berkala, rehabilitasi, "
    "rekonstruksi/peningkatan)":
        "tambahkan kolom 'penanganan' (pemeliharaan rutin, pemeliharaan berkala, rehabilitasi, "
        "rekonstruksi/peningkatan)",
    "add one row per treatment": "tambahkan satu baris per penanganan",
    "give prices in Rp per m2, zero or more": "isi harga dalam Rp per m2, nol atau lebih",
    "the price table has neither a 'perkerasan' + 'harga_satuan' pair nor one column per "
    "pavement":
        "tabel harga tidak memiliki pasangan 'perkerasan' + 'harga_satuan' maupun satu kolom "
        "per perkerasan",
    "the price table has no rows": "tabel harga tidak berisi baris",
    "there is no treatment column": "tidak ada kolom penanganan",
    "use columns penanganan, perkerasan, harga_satuan (Rp/m2), or penanganan and one column "
    "each for aspal, beton, paving, kerikil, tanah":
        "gunakan kolom penanganan, perkerasan, harga_satuan (Rp/m2), atau penanganan dan "
        "masing-masing satu kolom untuk aspal, beton, paving, kerikil, tanah",
    "{}: negative price": "{}: harga negatif",
    # io/privacy.py
    "add a header row with the column names (e.g. lon, lat, desil, jumlah_anggota) above the "
    "data":
        "tambahkan baris judul berisi nama kolom (misalnya lon, lat, desil, jumlah_anggota) di "
        "atas data",
    "the first row looks like data, not column names (column(s) {}{} of the first row hold "
    "numbers, dates, ID or phone numbers or e-mail addresses)":
        "baris pertama tampak seperti data, bukan nama kolom (kolom {}{} pada baris pertama "
        "berisi angka, tanggal, nomor identitas atau telepon, atau alamat surel)",
    # io/road_checks.py
    "--tolerance": "--tolerance",
    "CRS": "CRS",
    "all {} lines have zero length (each starts and ends on the same point), so there is no "
    "road to route on":
        "semua {} garis panjangnya nol (awal dan akhirnya di titik yang sama), sehingga tidak "
        "ada jalan untuk dilalui",
    "export the road lines again with their vertices (are these points saved as lines?)":
        "ekspor ulang garis jalan beserta verteksnya (apakah ini titik yang disimpan sebagai "
        "garis?)",
    "give the right CRS with --roads-crs (e.g. --roads-crs 32750 for UTM zone 50S, Mataram's "
    "metric CRS, or --roads-crs 4326 for longitude/latitude), or set the layer's CRS in QGIS "
    "(Layer > Set CRS) and save it again":
        "berikan CRS yang benar dengan --roads-crs (misalnya --roads-crs 32750 untuk UTM zona "
        "50S, CRS metrik Mataram, atau --roads-crs 4326 untuk bujur/lintang), atau atur CRS "
        "lapisan di QGIS (Layer > Set CRS) lalu simpan ulang",
    "leave it out to use the tolerance proposed from the data, or give the largest gap "
    "(metres) between line ends that should meet, e.g. --tolerance 3":
        "hilangkan agar toleransi yang diusulkan dari data dipakai, atau berikan celah "
        "terbesar (meter) antara ujung garis yang seharusnya bertemu, misalnya --tolerance 3",
    "repair or delete these lines in a GIS and save the layer again":
        "perbaiki atau hapus garis-garis ini di GIS lalu simpan ulang lapisannya",
    "the layer declares {}, a projected CRS in metres, but all its coordinates lie within x "
    "{}..{}, y {}..{}: a road network a few metres across? These look like longitude/latitude "
    "degrees":
        "lapisan menyatakan {}, CRS terproyeksi dalam meter, tetapi semua koordinatnya berada "
        "di x {}..{}, y {}..{}: jaringan jalan selebar beberapa meter? Ini tampak seperti "
        "derajat bujur/lintang",
    "the layer declares {}, in degrees, but its coordinates reach x {}..{}, y {}..{}: these "
    "look like metres of a projected CRS (e.g. UTM), not longitude/latitude":
        "lapisan menyatakan {}, dalam derajat, tetapi koordinatnya mencapai x {}..{}, y "
        "{}..{}: ini tampak seperti meter CRS terproyeksi (misalnya UTM), bukan bujur/lintang",
    "the topology tolerance must be a distance from 0 to {} m, not {}":
        "toleransi topologi harus berupa jarak 0 sampai {} m, bukan {}",
    "{}: coordinates that are not numbers (NaN or infinite)":
        "{}: koordinat yang bukan angka (NaN atau tak hingga)",
    "{}: lines lie {}; the declared CRS does not fit the coordinates":
        "{}: garis terletak {}; CRS yang dinyatakan tidak cocok dengan koordinatnya",
    # io/roads.py
    "export the road lines again": "ekspor ulang garis jalan",
    "fill in the condition: baik, sedang, rusak ringan or rusak berat":
        "isi kondisinya: baik, sedang, rusak ringan atau rusak berat",
    "give the CRS with --roads-crs, e.g. --roads-crs 32750 (UTM zone 50S, Mataram) or "
    "--roads-crs 4326 (longitude/latitude); or put the .prj file next to the .shp":
        "berikan CRS dengan --roads-crs, misalnya --roads-crs 32750 (UTM zona 50S, Mataram) "
        "atau --roads-crs 4326 (bujur/lintang); atau letakkan berkas .prj di samping .shp",
    "give the CRS with --roads-crs, e.g. --roads-crs 32750 (UTM zone 50S, Mataram) or "
    "--roads-crs 4326 (longitude/latitude); or save the layer with it":
        "berikan CRS dengan --roads-crs, misalnya --roads-crs 32750 (UTM zona 50S, Mataram) "
        "atau --roads-crs 4326 (bujur/lintang); atau simpan lapisan beserta CRS-nya",
    "no feature has a geometry": "tidak ada fitur yang memiliki geometri",
    "the layer has no coordinate reference system (CRS)":
        "lapisan tidak memiliki sistem referensi koordinat (CRS)",
    "the layer has no coordinate reference system (CRS): the .prj file is missing":
        "lapisan tidak memiliki sistem referensi koordinat (CRS): berkas .prj tidak ada",
    "{}: no road condition (columns {} are empty)": "{}: kondisi jalan kosong (kolom {} kosong)",
    "{}: unknown {} {}": "{}: {} {} tidak dikenal",
    # io/tables.py
    "add a header line with column names": "tambahkan baris judul berisi nama kolom",
    "every row must have the same number of cells as the header; quote cells that contain the "
    "separator":
        "setiap baris harus memiliki jumlah sel yang sama dengan baris judul; beri tanda kutip "
        "pada sel yang berisi pemisah",
    "export the table again with its rows": "ekspor ulang tabel beserta barisnya",
    "open it in a spreadsheet program and save it again as .xlsx, or as CSV":
        "buka di program lembar kerja lalu simpan ulang sebagai .xlsx, atau sebagai CSV",
    'put such numbers in quotes ("116,1234"), write them with a decimal point (116.1234), or '
    "save the CSV with semicolons (;) as the separator":
        'beri tanda kutip pada angka seperti itu ("116,1234"), tulis dengan titik desimal '
        "(116.1234), atau simpan CSV dengan titik koma (;) sebagai pemisah",
    "row {} has {} cell(s) but the header line has {}: numbers with a decimal comma (like "
    "116,1234) in a comma-separated file split into two cells":
        "baris {} memiliki {} sel tetapi baris judul memiliki {}: angka dengan koma desimal "
        "(seperti 116,1234) dalam berkas berpemisah koma terbelah menjadi dua sel",
    "save the table as CSV (comma or semicolon separated text), or give the .xlsx":
        "simpan tabel sebagai CSV (teks berpemisah koma atau titik koma), atau berikan .xlsx",
    "the CSV cannot be parsed: {}": "CSV tidak dapat diurai: {}",
    "the file has no header line": "berkas tidak memiliki baris judul",
    "the file holds no text": "berkas tidak berisi teks",
    "the rows do not all have as many cells as the header line: numbers with a decimal comma "
    "(like 116,1234) in a comma-separated file split into two cells":
        "tidak semua baris memiliki sel sebanyak baris judul: angka dengan koma desimal "
        "(seperti 116,1234) dalam berkas berpemisah koma terbelah menjadi dua sel",
    "this is not a text CSV file (it holds {})": "ini bukan berkas CSV teks (isinya {})",
}
# fmt: on
