"""Indonesian texts of the Ruas dock (issue 11), merged by build_translations.py."""

RUAS_ID = {
    "Ruas": "Ruas",
    "Ranking road sections (ruas)…": "Memeringkat ruas jalan…",
    "%1 ruas with candidate segments, ranked by the exact joint benefit of treating all their "
    "candidate segments.":
        "%1 ruas dengan segmen kandidat, diperingkat menurut manfaat gabungan yang tepat bila "
        "semua segmen kandidatnya ditangani.",
    "Press Compute to rank the road sections (ruas).": "Tekan Hitung untuk memeringkat ruas.",
    "Ruas no.": "No. ruas",
    "Status": "Status",
    "Function": "Fungsi",
    "Best stretch": "Segmen terbaik",
    "Treatment": "Penanganan",
}
