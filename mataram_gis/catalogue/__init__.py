"""The Indonesian catalogue of every message made outside the outputs: errors, progress, CLI.

English is the source language (the text in the code); :mod:`mataram_gis.messages` matches a
message against these templates and fills in the Indonesian one. tests/test_messages.py scans
every raise site and progress call and fails when a template is missing here.
"""

from mataram_gis.catalogue.cli_help import CLI_HELP_ID
from mataram_gis.catalogue.errors_core import ERRORS_CORE_ID
from mataram_gis.catalogue.errors_files import ERRORS_FILES_ID
from mataram_gis.catalogue.errors_io import ERRORS_IO_ID
from mataram_gis.catalogue.progress import CLI_ID, PROGRESS_ID
from mataram_gis.catalogue.upgrade import UPGRADE_CLI_ID, UPGRADE_ERRORS_ID

CLI_ID = {**CLI_ID, **UPGRADE_CLI_ID, **CLI_HELP_ID}  # --help and argparse join the CLI texts

#: Values that checks put into messages ("empty or not {what}", "the {what} file").
VALUES_ID: dict[str, str] = {
    "a number": "angka",
    "a number >= 0": "angka >= 0",
    "a coordinate": "koordinat",
    "a price in Rp per m2": "harga dalam Rp per m2",
    "a layer number": "nomor lapisan",
    "an IRI": "nilai IRI",
    "an STA (e.g. 1+200)": "STA (misalnya 1+200)",
    "kelurahan boundaries": "batas kelurahan",
    "hazard areas": "kawasan rawan bencana",
    "road inventory": "inventaris jalan",
    "price table": "tabel harga",
    "input": "masukan",
    "treatment": "penanganan",
    "pavement": "perkerasan",
    "road class": "kelas jalan",
    "status/authority": "status/kewenangan",
    "oneway": "satu arah",
    "point": "titik",
    "line": "garis",
    "polygon": "poligon",
    "condition": "kondisi",
}

#: Every error template (problem, where, fix and the values they name).
ERRORS_ID: dict[str, str] = {
    **ERRORS_IO_ID, **ERRORS_FILES_ID, **ERRORS_CORE_ID, **VALUES_ID, **UPGRADE_ERRORS_ID
}  # fmt: skip

__all__ = ["CLI_ID", "ERRORS_ID", "PROGRESS_ID"]
