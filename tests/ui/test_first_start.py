"""The first start asks for the language once (Indonesian first); the choice is remembered.

Each test starts with an empty settings folder (``isolated_settings`` in tests/ui/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog


def _answer_with(choice: str, seen: list[QInputDialog]) -> QTimer:
    """Pick ``choice`` in the language dialog as soon as it is shown."""
    timer = QTimer()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            timer.stop()
            seen.append(dialog)
            seen_items = dialog.comboBoxItems()
            assert seen_items[0] == "Bahasa Indonesia"  # Indonesian first, the default
            assert dialog.textValue() == "Bahasa Indonesia"
            dialog.setTextValue(choice)
            dialog.accept()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_first_start_asks_once_and_remembers_english(qtbot, isolated_settings):
    from ui.app import choose_language
    from ui.settings import saved_language

    assert saved_language() is None  # a fresh install
    seen: list[QInputDialog] = []
    timer = _answer_with("English", seen)
    try:
        assert choose_language(False) == "en"
    finally:
        timer.stop()
    assert len(seen) == 1  # the dialog appeared
    assert saved_language() == "en"
    ini = QSettings().fileName()
    assert Path(ini).is_file() and "en" in Path(ini).read_text()  # on disk for the next start
    # the second start does not ask: no dialog, the saved choice
    timer = _answer_with("Bahasa Indonesia", seen)
    try:
        assert choose_language(False) == "en"
        qtbot.wait(100)  # a dialog would have been answered (and recorded) by now
    finally:
        timer.stop()
    assert len(seen) == 1 and QApplication.activeModalWidget() is None


def test_first_start_defaults_to_indonesian_when_the_dialog_is_closed(qtbot, isolated_settings):
    from ui.app import choose_language
    from ui.settings import saved_language

    timer = QTimer()

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            timer.stop()
            dialog.reject()  # closed without choosing

    timer.timeout.connect(close)
    timer.start(20)
    try:
        assert choose_language(False) == "id"
    finally:
        timer.stop()
    assert saved_language() == "id"


def test_screenshot_mode_never_asks(isolated_settings):
    from ui.app import choose_language
    from ui.settings import saved_language

    assert choose_language(True) == "id"
    assert saved_language() is None  # nothing stored: the next real start still asks
