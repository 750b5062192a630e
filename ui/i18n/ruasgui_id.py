"""Indonesian texts of the Portfolio dock's work programme, kemantapan and unit prices
(issue 11, GUI), merged by build_translations.py."""

RUASGUI_ID = {
    "<b>Kemantapan</b> (city roads in baik or sedang): compute a portfolio to see it before "
    "and after.": "<b>Kemantapan</b> (jalan kota dalam kondisi baik atau sedang): hitung portofolio untuk "
    "melihatnya sebelum dan sesudah.",
    "target reached": "target tercapai",
    "below the target": "di bawah target",
    "<b>Kemantapan</b> (city roads in baik or sedang): <b>%1</b> now, <b>%2</b> with these "
    "picks (%3): %4.": "<b>Kemantapan</b> (jalan kota dalam kondisi baik atau sedang): <b>%1</b> sekarang, "
    "<b>%2</b> dengan pilihan ini (%3): %4.",
    " points against the target": " poin terhadap target",
    "Target": "Target",
    "Target share of city-road length in baik + sedang": "Target bagian panjang jalan kota dalam kondisi baik + sedang",
    "default %1 (RPJMN 2020-2024, regional roads)": "bawaan %1 (RPJMN 2020-2024, jalan daerah)",
    "Rp per m², from: %1": "Rp per m², dari: %1",
    "Rp per m²: built-in indicative prices (not the city's HSPK)": "Rp per m²: harga satuan bawaan, indikatif (bukan HSPK kota)",
    "Unit prices…": "Harga satuan…",
    "Rp per m² by treatment and pavement: view, edit, load or save": "Rp per m² menurut penanganan dan perkerasan: lihat, ubah, muat atau simpan",
    "%1 ruas, %2 stretches.": "%1 ruas, %2 penggal.",
    "Pick by": "Pilih per",
    "segment": "segmen",
    "whole ruas": "ruas utuh",
    "stretch": "penggal",
    "segment: single segments (and pairs); whole ruas: all candidate segments of a ruas "
    "together; stretch: runs of consecutive candidate segments of a ruas (STA)": "segmen: segmen tunggal (dan pasangan); ruas utuh: semua segmen kandidat satu ruas "
    "sekaligus; penggal: rangkaian segmen kandidat yang berurutan dalam satu ruas (STA)",
    "Work programme": "Program penanganan",
    "Load unit prices": "Muat harga satuan",
    "Price table (*.csv *.xlsx)": "Tabel harga (*.csv *.xlsx)",
    "Save unit prices": "Simpan harga satuan",
    "<b>Built-in indicative prices</b> in use (not the city's HSPK): orders of magnitude from "
    "the structure of the AHSP (Permen PUPR 1/2022). Load the city's price table or type its "
    "prices; every output says which prices it used.": "<b>Harga satuan bawaan yang indikatif</b> sedang dipakai (bukan HSPK kota): besaran "
    "perkiraan dari struktur AHSP (Permen PUPR 1/2022). Muat tabel harga kota atau ketik "
    "harganya; setiap keluaran menyebut harga mana yang dipakai.",
    "Unit prices from: <b>%1</b>": "Harga satuan dari: <b>%1</b>",
    "Unit prices": "Harga satuan",
    "Rp per m² by treatment and pavement; cost = price × width × length": "Rp per m² menurut penanganan dan perkerasan; biaya = harga × lebar × panjang",
    "built-in indicative price": "harga satuan bawaan (indikatif)",
    "asphalt": "aspal",
    "concrete": "beton",
    "paving blocks": "paving",
    "gravel": "kerikil",
    "earth": "tanah",
    "Load price file…": "Muat berkas harga…",
    "Save price file…": "Simpan berkas harga…",
    "Indicative defaults": "Harga bawaan indikatif",
    "Ruas name": "Nama ruas",
    "STA": "STA",
    "Volume (m²)": "Volume (m²)",
    "The picks as a work programme: per ruas, each stretch (STA) with its treatment, volume "
    "and cost; benefit = exact marginal benefit of its segments": "Pilihan sebagai program penanganan: per ruas, setiap penggal (STA) dengan penanganan, "
    "volume dan biayanya; manfaat = manfaat marginal yang tepat dari segmen-segmennya",
}
