"""Indonesian for error messages of the analysis, scenarios, programmes and the command line.

English template -> Indonesian text; ``{}`` marks a value (see :mod:`.errors_io`).
"""

# fmt: off
ERRORS_CORE_ID: dict[str, str] = {
    # analysis.py, network.py, inputs.py
    "load a centres layer with points": "muat lapisan sentra berisi titik",
    "there are no centres": "tidak ada sentra",
    "load a layer with road lines": "muat lapisan berisi garis jalan",
    "road geometries must be single LineStrings after reading":
        "geometri jalan harus berupa LineString tunggal setelah dibaca",
    "the road layer has no coordinate reference system":
        "lapisan jalan tidak memiliki sistem referensi koordinat",
    "the road layer is empty": "lapisan jalan kosong",
    "no {} loaded yet": "belum ada {} yang dimuat",
    "open the missing input files too": "buka juga berkas masukan yang belum ada",
    # appraisal.py
    "give a fraction, e.g. 0.10 for 10 %": "berikan pecahan, misalnya 0,10 untuk 10 %",
    'give an object {{...}} of appraisal parameters, e.g. {{"discount_rate": 0.1}}':
        'berikan objek {{...}} parameter penilaian, misalnya {{"discount_rate": 0.1}}',
    "give {} amounts >= 0 in rupiah, one per year":
        "berikan {} jumlah >= 0 dalam rupiah, satu per tahun",
    "known: {}": "yang dikenal: {}",
    "scenario key appraisal is {}: not an object":
        "kunci skenario appraisal bernilai {}: bukan objek",
    "scenario key appraisal.ceilings_rp: fund {} has {} yearly ceilings {} for a {}-year "
    "programme":
        "kunci skenario appraisal.ceilings_rp: sumber dana {} memiliki {} pagu tahunan {} "
        "untuk program {} tahun",
    "scenario key appraisal.discount_rate {} is out of range":
        "kunci skenario appraisal.discount_rate {} di luar rentang",
    "scenario key appraisal.period_years must be 1-50, got {}":
        "kunci skenario appraisal.period_years harus 1-50, bukan {}",
    "scenario key appraisal.value_of_time_rp_per_hour must be >= 0 Rp/hour, got {}":
        "kunci skenario appraisal.value_of_time_rp_per_hour harus >= 0 Rp/jam, bukan {}",
    "scenario key appraisal.years: a programme runs 1-5 years, got {}":
        "kunci skenario appraisal.years: program berjalan 1-5 tahun, bukan {}",
    "scenario key appraisal.{} must be in [0, 1), got {}":
        "kunci skenario appraisal.{} harus di dalam [0, 1), bukan {}",
    "scenario keys appraisal.deterioration_years and draws must be >= 0":
        "kunci skenario appraisal.deterioration_years dan draws harus >= 0",
    "unknown scenario key(s) appraisal.{}": "kunci skenario appraisal.{} tidak dikenal",
    # commands/*
    "--by {} needs kelurahan boundaries": "--by {} memerlukan batas kelurahan",
    "add --admin FILE": "tambahkan --admin BERKAS",
    "give a nomor_ruas or a road name of the segments layer":
        "berikan nomor_ruas atau nama jalan dari lapisan segmen",
    "no segment of ruas {}": "tidak ada segmen pada ruas {}",
    "the map is a .pdf, .png or .svg file": "peta berupa berkas .pdf, .png atau .svg",
    "--top must be 0 or more, got {}": "--top harus 0 atau lebih, bukan {}",
    "cannot read the budget {}": "anggaran {} tidak dapat dibaca",
    "give rupiah, e.g. --budget 5e9 or --budget '5 miliar'":
        "berikan rupiah, misalnya --budget 5e9 atau --budget '5 miliar'",
    "the budget {} is too large to be a number of rupiah":
        "anggaran {} terlalu besar untuk jumlah rupiah",
    "--trials must be 0 or more": "--trials harus 0 atau lebih",
    "e.g. --budget '5 miliar'": "misalnya --budget '5 miliar'",
    "give --budget or --ceilings": "berikan --budget atau --ceilings",
    "--draws must be 0 or more, got {}": "--draws harus 0 atau lebih, bukan {}",
    "--years differs from the scenario's ceilings": "--years berbeda dengan pagu skenario",
    "a {}-year programme needs yearly ceilings": "program {} tahun memerlukan pagu tahunan",
    "give --ceilings": "berikan --ceilings",
    "give --ceilings, e.g. 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9'":
        "berikan --ceilings, misalnya 'APBD=5e9,5e9,5e9;DAK=2e9,0,2e9'",
    "--out must be a folder, and this is a file": "--out harus berupa folder, dan ini berkas",
    "--scale 1 is the demo city": "--scale 1 adalah kota demo",
    "--scale must be 1 or more": "--scale harus 1 atau lebih",
    "cannot create the folder ({})": "folder tidak dapat dibuat ({})",
    "give either --demo or the input files, not both":
        "berikan --demo atau berkas masukan, jangan keduanya",
    "give the roads once: --roads FILE, --place NAME or --bbox W S E N":
        "berikan jalan sekali saja: --roads BERKAS, --place NAMA atau --bbox B S T U",
    "python main.py rank --demo --out results.gpkg":
        "python main.py rank --demo --out results.gpkg",
    "rank needs --roads (or --place/--bbox), --centres and --households (or --demo)":
        "rank memerlukan --roads (atau --place/--bbox), --centres dan --households (atau "
        "--demo)",
    # demand.py
    "centre(s) farther than {} m from the usable road network: {}":
        "sentra yang lebih dari {} m dari jaringan jalan yang dapat dilalui: {}",
    "centres": "sentra",
    "households": "rumah tangga",
    "roads": "jalan",
    "check the centre coordinates (swapped lon/lat? wrong CRS?) or raise the snapping distance":
        "periksa koordinat sentra (lon/lat tertukar? CRS keliru?) atau perbesar jarak "
        "penempelan",
    "check the road classes or choose another mode than {}":
        "periksa kelas jalan atau pilih moda selain {}",
    "check the speeds for {} (base_speed_kmh, condition_cap_kmh, condition_factor: null closes "
    "a road class) and the road classes; then {}":
        "periksa kecepatan untuk {} (base_speed_kmh, condition_cap_kmh, condition_factor: null "
        "menutup satu kelas jalan) dan kelas jalannya; lalu {}",
    "give every one of the {} a point with real coordinates":
        "beri setiap {} titik dengan koordinat nyata",
    "households, column category": "rumah tangga, kolom kategori",
    "no road in the network can be used in this travel mode":
        "tidak ada jalan di jaringan yang dapat dilalui dengan moda perjalanan ini",
    "use P3KE desil 1-4": "gunakan desil P3KE 1-4",
    "{} household(s) have poverty category {}, not a desil from 1 to 4":
        "{} rumah tangga memiliki kelompok kemiskinan {}, bukan desil 1 sampai 4",
    "{}. Only {} of {} junctions lie on the main network usable by {}":
        "{}. Hanya {} dari {} simpang yang terletak di jaringan utama yang dapat dilalui {}",
    "{}: the point is missing or its coordinates are not finite numbers":
        "{}: titik tidak ada atau koordinatnya bukan angka terhingga",
    # exclusions.py
    "load the households file with its rows": "muat berkas rumah tangga beserta barisnya",
    "no household can benefit from any upgrade: of {} households, {}":
        "tidak ada rumah tangga yang dapat memperoleh manfaat dari peningkatan mana pun: dari "
        "{} rumah tangga, {}",
    "there are no households, so no road upgrade can benefit anyone":
        "tidak ada rumah tangga, sehingga tidak ada peningkatan jalan yang bermanfaat bagi "
        "siapa pun",
    "weights count the producers or members of one household: use a number from 0 to {}":
        "bobot menghitung produsen atau anggota satu rumah tangga: gunakan angka 0 sampai {}",
    "{}: weight {} is not a number from 0 to {}": "{}: bobot {} bukan angka 0 sampai {}",
    "check the centres (are they on the main road network?) and the roads around the "
    "households (disconnected pieces, one-way errors, a travel mode that may not use them)":
        "periksa sentra (apakah berada di jaringan jalan utama?) dan jalan di sekitar rumah "
        "tangga (potongan terputus, kesalahan satu arah, moda yang tidak boleh melaluinya)",
    "check the households' coordinates and CRS (lon/lat swapped? x/y with the wrong EPSG "
    "code?) and that the roads cover the same area; or raise the scenario's snap_distance_m":
        "periksa koordinat dan CRS rumah tangga (lon/lat tertukar? x/y dengan kode EPSG "
        "keliru?) dan bahwa jalan mencakup wilayah yang sama; atau perbesar snap_distance_m "
        "skenario",
    "check the households' weight column (producers) and the scenario's equity_weights: at "
    "least one must be above 0":
        "periksa kolom bobot rumah tangga (produsen) dan equity_weights skenario: setidaknya "
        "satu harus di atas 0",
    "use the centre ids of the centres file in the households' centre column, or leave it "
    "empty to use the nearest centre":
        "gunakan id sentra dari berkas sentra di kolom sentra rumah tangga, atau kosongkan "
        "agar sentra terdekat dipakai",
    "{} have no road within {}": "{} tidak memiliki jalan dalam jarak {}",
    "{} have roads within {} but none leads to a centre":
        "{} memiliki jalan dalam jarak {} tetapi tidak ada yang menuju sentra",
    "{} name a centre that is not in the centres file":
        "{} menyebut sentra yang tidak ada di berkas sentra",
    "{} weigh 0 (producers 0, or equity weight 0 for their desil)":
        "{} berbobot 0 (produsen 0, atau bobot ekuitas 0 untuk desilnya)",
    "the snapping distance": "jarak penempelan",
    # portfolio.py, problem.py, programme*.py
    "check the scenario's candidate filter (authorities, minimum length)":
        "periksa saringan kandidat skenario (kewenangan, panjang minimum)",
    "give a budget of at least Rp {}": "berikan anggaran sedikitnya Rp {}",
    "no segment can be upgraded in this analysis (no candidate segments)":
        "tidak ada segmen yang dapat ditingkatkan dalam analisis ini (tidak ada segmen "
        "kandidat)",
    "the budget Rp {} is below the cheapest upgrade (Rp {})":
        "anggaran Rp {} di bawah peningkatan termurah (Rp {})",
    "the budget must be a positive amount in rupiah, got {}":
        "anggaran harus berupa jumlah rupiah positif, bukan {}",
    "unknown segment_id(s): {}": "segment_id tidak dikenal: {}",
    "unknown travel-time display {}": "tampilan waktu tempuh {} tidak dikenal",
    "use before, after or saved": "gunakan before, after atau saved",
    "a programme needs a budget or yearly ceilings per fund":
        "program memerlukan anggaran atau pagu tahunan per sumber dana",
    "give --budget, or --ceilings like APBD=5e9,5e9,5e9;DAK=2e9,0,2e9":
        "berikan --budget, atau --ceilings seperti APBD=5e9,5e9,5e9;DAK=2e9,0,2e9",
    "lengthen the period": "perpanjang periodenya",
    "the appraisal period ({} years) is shorter than the programme ({} years)":
        "periode penilaian ({} tahun) lebih pendek dari program ({} tahun)",
    "cannot read the ceilings {}": "pagu {} tidak dapat dibaca",
    "cannot read the plan file ({})": "berkas rencana tidak dapat dibaca ({})",
    "one row per fund: fund,tahun_1,tahun_2,...":
        "satu baris per sumber dana: fund,tahun_1,tahun_2,...",
    "the plan file has no 'fund' (sumber_dana) column":
        "berkas rencana tidak memiliki kolom 'fund' (sumber_dana)",
    "the plan file must hold {{fund: [yearly amounts]}}":
        "berkas rencana harus berisi {{fund: [jumlah tahunan]}}",
    "write FUND=amount,amount,... per fund, funds separated by ';', e.g. "
    "APBD=5e9,5e9,5e9;DAK=2e9,0,2e9":
        "tulis DANA=jumlah,jumlah,... per sumber dana, dipisahkan ';', misalnya "
        "APBD=5e9,5e9,5e9;DAK=2e9,0,2e9",
    # scenario.py, scenario_check.py, scenarios.py, speeds.py
    "a scenario must be a JSON object {{...}}, not {}":
        "skenario harus berupa objek JSON {{...}}, bukan {}",
    "cannot read the scenario file ({})": "berkas skenario tidak dapat dibaca ({})",
    "keys: {}; values: {}": "kunci: {}; nilai: {}",
    "known parameters: {}": "parameter yang dikenal: {}",
    "save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8)":
        "simpan berkas sebagai UTF-8 (di Notepad: Save As, Encoding UTF-8)",
    "scenario JSON is nested too deeply": "JSON skenario bersarang terlalu dalam",
    "scenario is not valid JSON ({})": "skenario bukan JSON yang sah ({})",
    "scenario key unit_price_rp_m2[{}][{}] is {}: unknown treatment or pavement, or a negative "
    "price":
        "kunci skenario unit_price_rp_m2[{}][{}] bernilai {}: penanganan atau perkerasan tidak "
        "dikenal, atau harga negatif",
    "scenario key {}[{}] is {}: unknown word":
        "kunci skenario {}[{}] bernilai {}: kata tidak dikenal",
    "the scenario file is not UTF-8 text (byte {} is 0x{})":
        "berkas skenario bukan teks UTF-8 (bita {} bernilai 0x{})",
    "treatments: {}; pavements: {}; prices in Rp/m2 >= 0":
        "penanganan: {}; perkerasan: {}; harga dalam Rp/m2 >= 0",
    "unknown scenario parameter(s): {}": "parameter skenario tidak dikenal: {}",
    'write the parameters as {{"name": value, ...}}, e.g. {{"trips_per_year": 250}}':
        'tulis parameter sebagai {{"nama": nilai, ...}}, misalnya {{"trips_per_year": 250}}',
    "give {}": "berikan {}",
    "scenario key {} has a key {} that is not a text":
        "kunci skenario {} memiliki kunci {} yang bukan teks",
    "scenario key {} has a key {} that is not a whole number":
        "kunci skenario {} memiliki kunci {} yang bukan bilangan bulat",
    "scenario key {} has an unknown key {}": "kunci skenario {} memiliki kunci tidak dikenal {}",
    "scenario key {} is {} ({}): {}": "kunci skenario {} bernilai {} ({}): {}",
    "use keys among {}": "gunakan kunci di antara {}",
    "use texts as keys": "gunakan teks sebagai kunci",
    "use whole numbers as keys": "gunakan bilangan bulat sebagai kunci",
    "a scenario named {} already exists": "skenario bernama {} sudah ada",
    "a scenario needs a name": "skenario memerlukan nama",
    "a scenario set must be an object with a 'scenarios' list":
        "kumpulan skenario harus berupa objek dengan daftar 'scenarios'",
    "active scenario {} is not in the set": "skenario aktif {} tidak ada di kumpulan",
    "choose another name": "pilih nama lain",
    "no scenario named {}": "tidak ada skenario bernama {}",
    "scenario set is not valid JSON ({})": "kumpulan skenario bukan JSON yang sah ({})",
    "unknown condition class {} for mode {}": "kelas kondisi {} tidak dikenal untuk moda {}",
    "use one of {}": "gunakan salah satu dari {}",
    "unknown portfolio unit {}": "satuan portofolio {} tidak dikenal",
    # outputs/briefing.py: the briefing's works page
    "{} needs a budget to choose the works": "{} memerlukan anggaran untuk memilih pekerjaan",
    "add --budget (e.g. '10 miliar') or --ceilings":
        "tambahkan --budget (misalnya '10 miliar') atau --ceilings",
    "the work programme is an XLSX": "program penanganan berupa berkas XLSX",
    "give a name ending in .xlsx": "beri nama berakhiran .xlsx",
    "the {} portfolio needs the ruas and STA of every segment":
        "portofolio per {} memerlukan ruas dan STA setiap segmen",
    "the budget Rp {} is below the cheapest {} (Rp {})":
        "anggaran Rp {} di bawah {} termurah (Rp {})",
    "give a budget of at least Rp {}, or choose by segmen":
        "berikan anggaran sedikitnya Rp {}, atau pilih per segmen",
    # ui/parameters_panel.py, ui/prices_dialog.py
    "type the cost in Rp million per km, e.g. 1200":
        "ketik biaya dalam Rp juta per km, misalnya 1200",
    "unit cost {} / {} is not a number: {}": "harga satuan {} / {} bukan angka: {}",
    "type the price in Rp per m², e.g. 180.000": "ketik harga dalam Rp per m², misalnya 180.000",
    "unit price {} / {} is not a price: {}": "harga satuan {} / {} bukan harga: {}",
    # pieces: row lists (io/validate.rows_text), what a check names
    "row {}": "baris {}",
    "rows {}": "baris {}",
    "rows {}, ... ({} rows)": "baris {}, ... ({} baris)",
    "in rows {}": "di baris {}",
    "feature {}": "fitur {}",
    "features {}": "fitur {}",
}
# fmt: on
