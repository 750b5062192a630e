"""PySide6 6.12 on Python 3.11 loses a reference to None per void call: the app survives it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

from ui.qt_guard import IMMORTAL, none_references_lost_per_call


def test_none_cannot_run_out_however_many_qt_calls(qapp):
    import ui  # noqa: F401 - the guard runs when the package is imported

    if none_references_lost_per_call() > 0:  # the bug is present: None must be immortal
        assert sys.getrefcount(None) > IMMORTAL // 2
    probe = QObject()
    start = sys.getrefcount(None)
    for _ in range(2 * start if start < 10**7 else 200_000):  # more calls than references
        probe.setObjectName("x")
    assert sys.getrefcount(None) > 0  # still alive (without the guard: a fatal abort)


def test_installed_pyside6_is_in_the_pinned_range():
    """requirements.txt pins the PySide6 series the GUI is tested on (README explains why)."""
    from pathlib import Path

    import PySide6
    from packaging.requirements import Requirement

    text = (Path(__file__).resolve().parents[2] / "requirements.txt").read_text()
    line = next(x for x in text.splitlines() if x.startswith("PySide6"))
    spec = Requirement(line.split("#")[0].strip()).specifier
    assert spec.contains(PySide6.__version__), (PySide6.__version__, str(spec))
    assert not spec.contains("6.13.0") and not spec.contains("6.11.0")  # one tested series
