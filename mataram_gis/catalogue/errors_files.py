"""Indonesian for error messages about files: checks, outputs, projects, results files.

English template -> Indonesian text; ``{}`` marks a value (see :mod:`.errors_io`).
"""

# fmt: off
ERRORS_FILES_ID: dict[str, str] = {
    # io/validate.py
    "add the .prj file next to the .shp (export the layer again with its CRS) or give the CRS, "
    "e.g. crs='EPSG:32750'":
        "letakkan berkas .prj di samping .shp (ekspor ulang lapisan beserta CRS-nya) atau "
        "berikan CRS-nya, misalnya crs='EPSG:32750'",
    "check that this is the {} file and that it was exported with its data":
        "periksa bahwa ini berkas {} dan diekspor beserta datanya",
    "check the EPSG code of the x/y columns (Mataram: 32750 = UTM zone 50S) and that x and y "
    "are not swapped":
        "periksa kode EPSG kolom x/y (Mataram: 32750 = UTM zona 50S) dan bahwa x dan y tidak "
        "tertukar",
    "check the path of the {} file": "periksa lokasi berkas {}",
    "choose the {} file itself (for a shapefile, the .shp or a .zip of it)":
        "pilih berkas {} itu sendiri (untuk shapefile, berkas .shp atau .zip-nya)",
    "choose the {} layer ({}s)": "pilih lapisan {} ({})",
    "duplicate ids {} in {}": "id ganda {} di {}",
    "fill in the coordinates or delete those rows": "isi koordinatnya atau hapus baris-baris itu",
    "give an EPSG code such as 4326 (lon/lat) or 32750 (UTM 50S, Mataram)":
        "berikan kode EPSG seperti 4326 (lon/lat) atau 32750 (UTM 50S, Mataram)",
    "give every row its own id": "beri setiap baris id sendiri",
    "latitudes are beyond +-90 but longitudes all fit latitudes: are the columns swapped? "
    "(e.g. {})":
        "lintang melewati +-90 tetapi semua bujur cocok sebagai lintang: apakah kolomnya "
        "tertukar? (misalnya {})",
    "longitude must be within -180..180 and latitude within -90..90 (degrees)":
        "bujur harus di antara -180..180 dan lintang di antara -90..90 (derajat)",
    "put {} in every row of {} (decimal point or comma)":
        "isi {} di setiap baris {} (titik atau koma desimal)",
    "save the layer with its coordinate reference system, or give the CRS":
        "simpan lapisan beserta sistem referensi koordinatnya, atau berikan CRS-nya",
    "save the {} as one of: {}": "simpan {} sebagai salah satu dari: {}",
    "south latitudes and west longitudes are negative (Mataram: latitude about -8.6, longitude "
    "about 116.1)":
        "lintang selatan dan bujur barat bernilai negatif (Mataram: lintang sekitar -8,6, "
        "bujur sekitar 116,1)",
    "swap the columns: {} holds latitude (lintang), {} longitude (bujur); in Mataram longitude "
    "is about 116.1 and latitude about -8.6":
        "tukar kolomnya: {} berisi lintang, {} berisi bujur; di Mataram bujur sekitar 116,1 "
        "dan lintang sekitar -8,6",
    "the file is empty (0 bytes)": "berkas kosong (0 bita)",
    "the file was not saved completely: export the {} again":
        "berkas tidak tersimpan utuh: ekspor ulang {}",
    "the {} layer has no rows": "lapisan {} tidak berisi baris",
    "these look like projected metres: name the columns x and y and give the EPSG code (e.g. "
    "32750 for UTM 50S) with crs= or a crs column":
        "ini tampak seperti meter terproyeksi: beri nama kolom x dan y dan berikan kode EPSG "
        "(misalnya 32750 untuk UTM 50S) dengan crs= atau kolom crs",
    "this is a folder, not a file": "ini folder, bukan berkas",
    "unsupported file type {} for {}": "jenis berkas {} tidak didukung untuk {}",
    "{} hold {} geometries: {}": "{} berisi geometri {}: {}",
    "{} is not a coordinate reference system pyproj knows":
        "{} bukan sistem referensi koordinat yang dikenal pyproj",
    "{}: coordinates are missing": "{}: koordinat tidak ada",
    "{}: coordinates lie outside the area of {} ({})": "{}: koordinat di luar wilayah {} ({})",
    "{}: coordinates out of the valid range": "{}: koordinat di luar rentang yang sah",
    "{}: empty or not {}": "{}: kosong atau bukan {}",
    "{}: {} has the opposite sign of the other rows (wrong hemisphere?)":
        "{}: tanda {} berlawanan dengan baris lain (belahan bumi keliru?)",
    # atomic.py, outpaths.py
    "cannot write the file ({})": "berkas tidak dapat ditulis ({})",
    "check that the folder exists and is writable, that the disk is not full and that no other "
    "program (Excel, QGIS, a PDF viewer) has the file open":
        "periksa bahwa folder ada dan dapat ditulisi, disk tidak penuh dan tidak ada program "
        "lain (Excel, QGIS, penampil PDF) yang sedang membuka berkas itu",
    "create the folder first": "buat foldernya terlebih dahulu",
    "the output folder does not exist": "folder keluaran tidak ada",
    "choose a folder you may write to (not read-only, not full)":
        "pilih folder yang boleh ditulisi (tidak hanya-baca, tidak penuh)",
    "close it in the program that has it open (Excel, QGIS, a PDF viewer), make it writable, "
    "or choose another name":
        "tutup berkas itu di program yang membukanya (Excel, QGIS, penampil PDF), jadikan "
        "dapat ditulisi, atau pilih nama lain",
    "create the folder first ({}) or choose another":
        "buat foldernya dulu ({}) atau pilih yang lain",
    "give a file name inside that folder": "berikan nama berkas di dalam folder itu",
    "give each output its own name": "beri setiap keluaran namanya sendiri",
    "give the output another name": "beri keluaran nama lain",
    "{} and {} are the same file": "{} dan {} adalah berkas yang sama",
    "{} is the same file as the input {}: writing it would destroy that input":
        "{} adalah berkas yang sama dengan masukan {}: menulisnya akan merusak masukan itu",
    "{} names a folder, not a file": "{} adalah folder, bukan berkas",
    "{}: cannot write into the folder ({})": "{}: tidak dapat menulis ke folder ({})",
    "{}: the existing file cannot be replaced ({})":
        "{}: berkas yang ada tidak dapat diganti ({})",
    "{}: the output folder does not exist": "{}: folder keluaran tidak ada",
    "{}: {} is a file, not a folder": "{}: {} adalah berkas, bukan folder",
    # outputs
    "--top must be 1 or more, got {}": "--top harus 1 atau lebih, bukan {}",
    "give a name ending in .pdf": "berikan nama yang berakhiran .pdf",
    "the briefing is a PDF": "ringkasan berupa PDF",
    "the budget must be more than 0, got {}": "anggaran harus lebih dari 0, bukan {}",
    "cannot write a map as '.{}'": "peta tidak dapat ditulis sebagai '.{}'",
    "give a file name ending in .pdf, .png or .svg":
        "berikan nama berkas yang berakhiran .pdf, .png atau .svg",
    "unknown orientation {}": "orientasi {} tidak dikenal",
    "unknown paper size {}": "ukuran kertas {} tidak dikenal",
    "use A4 or A3": "gunakan A4 atau A3",
    "use landscape or portrait": "gunakan landscape atau portrait",
    "cannot open for writing ({})": "tidak dapat dibuka untuk ditulisi ({})",
    "these results have no file to store styles in":
        "hasil ini tidak memiliki berkas untuk menyimpan gaya",
    "unknown output kind {}": "jenis keluaran {} tidak dikenal",
    "{}: unknown option(s) {}": "{}: pilihan {} tidak dikenal",
    "cannot write a table as '{}'": "tabel tidak dapat ditulis sebagai '{}'",
    "give a file name ending in .csv or .xlsx":
        "berikan nama berkas yang berakhiran .csv atau .xlsx",
    "unsupported CSV separator {}": "pemisah CSV {} tidak didukung",
    "use ';', ',' or a tab": "gunakan ';', ',' atau tab",
    "unknown language {}": "bahasa {} tidak dikenal",
    "use --lang id or --lang en": "gunakan --lang id atau --lang en",
    # project.py
    "a project needs at least one scenario": "proyek memerlukan setidaknya satu skenario",
    "choose an existing folder": "pilih folder yang ada",
    "choose one of: {}": "pilih salah satu dari: {}",
    "not a readable GeoPackage ({})": "bukan GeoPackage yang dapat dibaca ({})",
    "open a project saved by Mataram GIS (File > Save project)":
        "buka proyek yang disimpan oleh Mataram GIS (Berkas > Simpan proyek)",
    "scenario {} is invalid: {}": "skenario {} tidak sah: {}",
    "the active scenario {} is not among the scenarios":
        "skenario aktif {} tidak ada di antara skenario",
    "the active scenario {} is not in the project": "skenario aktif {} tidak ada di proyek",
    "the folder does not exist": "folder tidak ada",
    "the project holds no scenarios": "proyek tidak berisi skenario",
    "the project lacks its input layer(s) {}": "proyek tidak memiliki lapisan masukan {}",
    "the project table cannot be read ({})": "tabel proyek tidak dapat dibaca ({})",
    "the project table has {} rows instead of 1": "tabel proyek berisi {} baris, bukan 1",
    "the project table is not in the {} format": "tabel proyek tidak berformat {}",
    "the project was saved by a newer Mataram GIS (project format {}; this version reads "
    "format {} and older)":
        "proyek disimpan oleh Mataram GIS yang lebih baru (format proyek {}; versi ini membaca "
        "format {} dan yang lebih lama)",
    "the project's '{}' field is not valid JSON": "isian '{}' proyek bukan JSON yang sah",
    "this GeoPackage is not a Mataram GIS project: it has no '{}' table{}":
        "GeoPackage ini bukan proyek Mataram GIS: tidak ada tabel '{}'{}",
    " (it looks like a results file)": " (tampaknya berkas hasil)",
    "this is not a GeoPackage (not a project file)": "ini bukan GeoPackage (bukan berkas proyek)",
    "update Mataram GIS to open this project": "perbarui Mataram GIS untuk membuka proyek ini",
    # results.py, results_schema.py, reweight.py
    "give a results .gpkg": "berikan berkas hasil .gpkg",
    "give a results file written by 'python main.py rank'":
        "berikan berkas hasil yang ditulis oleh 'python main.py rank'",
    "give a results file written by 'python main.py rank', or run rank again":
        "berikan berkas hasil yang ditulis oleh 'python main.py rank', atau jalankan rank lagi",
    "layer scenario cannot be read ({})": "lapisan scenario tidak dapat dibaca ({})",
    "layer scenario must hold one row with the parameters":
        "lapisan scenario harus berisi satu baris parameter",
    "layer scenario: the parameters are not readable": "lapisan scenario: parameter tidak terbaca",
    "layer {} cannot be read ({})": "lapisan {} tidak dapat dibaca ({})",
    "missing layer(s) {}: this is not a Mataram GIS results file":
        "lapisan {} tidak ada: ini bukan berkas hasil Mataram GIS",
    "run 'python main.py rank ... --out FILE.gpkg' and give that file":
        "jalankan 'python main.py rank ... --out BERKAS.gpkg' lalu berikan berkas itu",
    "layer {} is empty": "lapisan {} kosong",
    "layer {} lacks column(s) {}": "lapisan {} tidak memiliki kolom {}",
    "layer {}, column {}: holds text, not numbers":
        "lapisan {}, kolom {}: berisi teks, bukan angka",
    "layer {}, column {}: {} {}": "lapisan {}, kolom {}: {} {}",
    "layer origins lacks column(s) {}": "lapisan origins tidak memiliki kolom {}",
    "rank again with this version to write them":
        "jalankan rank lagi dengan versi ini untuk menulisnya",
}
# fmt: on
