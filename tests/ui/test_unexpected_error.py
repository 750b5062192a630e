"""A bug in a job shows a translated message and the log's place, never its raw text (issue 13).

The job raises an exception that is not ours (a ``KeyError`` quoting made-up personal data);
the panel's message line and the error dialog must say, in the interface language, that an
unexpected error happened and where the log is; the exception's type, text and traceback go
to the log file only.
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.portfolio_dock
from ui.log_dock import LOGGERS

#: Made-up personal data the failing job quotes (a NIK and a name).
SECRET_NIK, SECRET_NAME = "5271010101019999", "Budi Santoso"


def failing_job(*_args, progress, cancel):
    progress(0.1, "choosing")
    raise KeyError(f"household {SECRET_NIK} {SECRET_NAME}")


@pytest.fixture
def log_file(tmp_path):
    """A file log for our loggers, as the app sets it up (removed afterwards)."""
    path = tmp_path / "mataram_gis.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    for name in LOGGERS:
        logging.getLogger(name).addHandler(handler)
    yield path
    for name in LOGGERS:
        logging.getLogger(name).removeHandler(handler)
    handler.close()


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", "Terjadi kesalahan tak terduga"), ("en", "An unexpected error occurred")],
)
def test_bug_in_a_job_is_translated_and_logged(qtbot, window, languages, monkeypatch, log_file,
                                               lang, words):  # fmt: skip
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(ui.portfolio_dock, "portfolio_job", failing_job)
    languages.set_language(lang)
    panel = window.portfolio
    panel.budget.setText("2 miliar")
    assert panel.compute() is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=20_000)
    said = panel.message_label.text()
    for text in (shown[0], said):
        assert text.startswith(words), text
        assert str(log_file) in text
        for raw in ("KeyError", SECRET_NIK, SECRET_NAME, "Traceback"):
            assert raw not in text, (raw, text)
    logged = log_file.read_text(encoding="utf-8")
    assert "KeyError" in logged and "Traceback" in logged and "failing_job" in logged
    assert window.docks["log"].isVisible()
    languages.set_language("en")


def test_without_a_log_file_it_points_to_the_log_panel(qapp, languages) -> None:
    from ui.messages import log_location, unexpected_text

    assert log_location() is None  # no file handler in the tests unless a test adds one
    languages.set_language("id")
    try:
        assert unexpected_text().endswith("Rincian teknis ada di panel Log.")
    finally:
        languages.set_language("en")
    assert unexpected_text().endswith("The technical details are in the Log panel.")


def test_price_dialog_speaks_indonesian_and_hides_system_errors(qtbot, languages, tmp_path,
                                                                 monkeypatch):  # fmt: skip
    """The unit-price dialog's messages in id: its own errors translated, the system's
    (an OSError, English) replaced by a translated sentence."""
    import pandas as pd

    from ui.prices_dialog import PricesDialog

    languages.set_language("id")
    try:
        dialog = PricesDialog({}, "")
        qtbot.addWidget(dialog)
        dialog.table.item(0, 0).setText("banyak")
        assert "bukan harga" in dialog.error.text() and "not a price" not in dialog.error.text()
        bad = tmp_path / "bad.csv"
        pd.DataFrame({"penanganan": ["tambal"], "aspal": [1]}).to_csv(bad, index=False)
        assert not dialog.load_file(bad)
        assert "bad.csv" in dialog.error.text() and "Perbaikan:" in dialog.error.text()
        dialog.table.item(0, 0).setText("20000")
        assert not dialog.save_file(tmp_path / "no_such_folder" / "h.csv")  # our OutputError
        assert "Perbaikan:" in dialog.error.text() and "Fix:" not in dialog.error.text()

        def refused(*_args):
            raise PermissionError(13, "Permission denied", str(tmp_path / "h.csv"))

        monkeypatch.setattr("mataram_gis.io.prices.write_prices", refused)  # the system says no
        assert not dialog.save_file(tmp_path / "h.csv")
        text = dialog.error.text()
        assert text.startswith("Berkas tidak dapat ditulis:") and "h.csv" in text, text
        assert "Errno" not in text and "Permission denied" not in text, text
    finally:
        languages.set_language("en")
