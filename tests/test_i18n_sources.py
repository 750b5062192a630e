"""One source for every Indonesian text: progress and error messages live in the catalogue.

The GUI shows job progress and error messages through ``ui/messages.py``, which reads
:mod:`mataram_gis.catalogue` (shared with the command line). The Qt translation tables of
``ui/i18n`` must not carry copies of those templates: a copy is never used by the GUI (no
``tr()`` call holds it) and drifts from the catalogue unseen (issue 13).
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mataram_gis.catalogue import CLI_ID, ERRORS_ID, PROGRESS_ID

I18N = Path(__file__).resolve().parents[1] / "ui" / "i18n"


def _qt(template: str) -> str:
    """A catalogue template in Qt's notation: ``{}`` -> ``%1``, ``%2``..."""
    count = iter(range(1, 100))
    return re.sub(r"\{\}", lambda _m: f"%{next(count)}", template)


@pytest.fixture(scope="module")
def tables():
    """The GUI's translation tables (the build script's folder is its import path)."""
    sys.path.insert(0, str(I18N))
    try:
        import build_translations
        import ux_id
    finally:
        sys.path.remove(str(I18N))
    return build_translations.ID, ux_id.UX_ID


def _catalogue() -> set[str]:
    return {_qt(t) for table in (PROGRESS_ID, ERRORS_ID, CLI_ID) for t in table}


def test_gui_tables_copy_no_progress_or_error_template(tables) -> None:
    _all, ux = tables
    copies = sorted(k for k in ux if k in _catalogue() or k.rstrip(":") in _catalogue())
    assert not copies, copies


def test_every_ux_entry_is_a_gui_string(tables) -> None:
    """An entry no ``tr()`` call uses is a dead copy (the .ts lists every GUI string)."""
    _all, ux = tables
    sources = {m.findtext("source") for m in ET.parse(I18N / "mataram_gis_id.ts").iter("message")}
    dead = sorted(k for k in ux if k not in sources)
    assert not dead, dead


def test_progress_and_errors_reach_the_gui_in_indonesian() -> None:
    """The GUI's path (ui/messages.py uses these) gives the catalogue's words."""
    from mataram_gis.messages import error_message, translate

    assert translate("analysis done", kind="progress", lang="id") == "analisis selesai"
    assert translate("writing gui_map.pdf", kind="progress", lang="id") == "menulis gui_map.pdf"
    assert translate("budget Rp 1,000,000", kind="progress", lang="id") == "anggaran Rp 1.000.000"
    text = error_message("roads.csv: row 5: file not found\nFix: check the path", lang="id")
    assert text == "roads.csv: baris 5: berkas tidak ditemukan\nPerbaikan: periksa lokasi berkas"
