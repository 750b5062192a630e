"""Indonesian translations of the Portfolio dock's appraisal and risk tab (issue 12).

Merged into ``build_translations.ID``; kept apart so the table of each part stays short.
"""

APPRAISAL_ID: dict[str, str] = {
    "Appraising and drawing %1 times…": "Menilai dan mengundi %1 kali…",
    "NPV %1, BCR %2, EIRR %3": "NPV %1, BCR %2, EIRR %3",
    "<b>Unweighted</b> (every producer hour the same): %1":
        "<b>Tanpa bobot</b> (setiap jam produsen bernilai sama): %1",
    "<b>Equity-weighted</b> (poor households' hours times their desil weight): %1":
        "<b>Berbobot ekuitas</b> (jam rumah tangga miskin dikalikan bobot desilnya): %1",
    "Costs may rise %1 or benefits fall %2 before BCR < 1 (unweighted).":
        "Biaya boleh naik %1 atau manfaat turun %2 sebelum BCR < 1 (tanpa bobot).",
    "%1 draws: equity-weighted NPV from %2 to %3 (P5-P95).":
        "%1 undian: NPV berbobot ekuitas dari %2 sampai %3 (P5-P95).",
    "Selected in % of draws": "Terpilih dalam % undian",
    "Monte Carlo draws": "Undian Monte Carlo",
    "Appraise": "Nilai",
    "Road": "Ruas",
    "NPV": "NPV",
    "BCR": "BCR",
    "NPV equity-weighted": "NPV berbobot ekuitas",
    "BCR equity-weighted": "BCR berbobot ekuitas",
    "Cost may rise": "Biaya boleh naik",
    "Selected": "Terpilih",
    "Appraisal and risk": "Analisis ekonomi dan risiko",
    "Selected in draws": "Terpilih dalam undian",
}
