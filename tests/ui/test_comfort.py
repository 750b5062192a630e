"""Comfort and safety (issue 13): unsaved-changes prompt, remembered settings, Indonesian first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QPushButton

from tests.test_glossary_denylist import english_leaks
from tests.ui.conftest import open_window
from ui import settings as app_settings
from ui.main_window import MainWindow
from ui.messages import error_text, progress_text
from ui.parameters_panel import DecimalSpinBox


def _answer_prompt(qtbot, button: QMessageBox.StandardButton, seen: list[str]) -> None:
    """Click ``button`` of the next modal message box (recording its text)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(50, click)


def test_quit_with_unsaved_changes_asks(qtbot, languages):
    window = open_window(qtbot, languages)
    window.unsaved.enabled = True
    try:
        assert not window.unsaved.is_dirty()  # freshly loaded data: nothing to lose
        spin = window.parameters.weights[1]
        spin.setValue(spin.value() + 1.5)
        assert window.unsaved.is_dirty()
        seen: list[str] = []
        _answer_prompt(qtbot, QMessageBox.StandardButton.Cancel, seen)
        window.actions_["quit"].trigger()  # Ctrl+Q
        assert seen and "unsaved" in seen[0]
        assert window.isVisible()  # cancelled: still open
        _answer_prompt(qtbot, QMessageBox.StandardButton.Discard, seen)
        window.actions_["quit"].trigger()
        assert len(seen) == 2
        assert not window.isVisible()
    finally:
        window.unsaved.enabled = False
        window.shutdown()
        window.close()


def test_open_project_with_unsaved_changes_asks_and_can_cancel(qtbot, languages):
    window = open_window(qtbot, languages)
    window.unsaved.enabled = True
    try:
        window.parameters.trips.setValue(window.parameters.trips.value() + 10)
        seen: list[str] = []
        _answer_prompt(qtbot, QMessageBox.StandardButton.Cancel, seen)
        assert window.open_project() is None
        assert seen  # asked before showing the file dialog; cancelled: nothing opened
    finally:
        window.unsaved.enabled = False
        window.shutdown()
        window.close()


def test_language_and_geometry_survive_a_restart(qtbot, languages):
    from tests.factories import grid_inputs

    first = MainWindow(grid_inputs, languages)
    qtbot.addWidget(first)
    first.show()
    hint = first.minimumSizeHint()  # grows as docks are added; the test screen is 800x800
    size = (max(hint.width(), 700) + 6, max(hint.height(), 600) + 6)
    first.resize(*size)
    assert (first.width(), first.height()) == size
    first.move(30, 40)
    first.docks["identify"].hide()
    first.switch_language("id")
    first.close()
    assert app_settings.saved_language() == "id"
    languages.set_language("en")  # what a new process would start with, before settings
    second = MainWindow(grid_inputs, languages)
    qtbot.addWidget(second)
    try:
        assert (second.width(), second.height()) == size
        assert not second.docks["identify"].isVisibleTo(second)
    finally:
        second.docks["identify"].show()
        second.close()
        app_settings.save_language("en")


def test_window_larger_than_the_screen_is_fitted(qtbot, languages):
    from tests.factories import grid_inputs

    window = MainWindow(grid_inputs, languages)
    qtbot.addWidget(window)
    area = app_settings.available_rect(window)
    window.resize(area.width() + 600, area.height() + 400)
    window.move(area.right() - 50, area.bottom() - 50)
    app_settings.fit_to_screen(window)
    frame = window.frameGeometry()
    assert area.contains(frame.topLeft()) and frame.width() <= area.width()
    assert frame.height() <= area.height()
    window.close()


def test_recent_files_are_remembered_newest_first(tmp_path):
    a, b = tmp_path / "a.mgis.gpkg", tmp_path / "b.mgis.gpkg"
    for p in (a, b):
        p.write_bytes(b"x")
    app_settings.add_recent("projects", a)
    app_settings.add_recent("projects", b)
    app_settings.add_recent("projects", a)
    assert app_settings.recent("projects")[:2] == [a.resolve(), b.resolve()]
    assert app_settings.last_project() == a.resolve()


def test_decimal_entry_takes_point_and_comma_in_indonesian(qtbot, languages):
    languages.set_language("id")
    spin = DecimalSpinBox(minimum=0.0, maximum=20.0, decimals=2)
    qtbot.addWidget(spin)
    for typed in ("2.5", "2,5"):
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), typed)
        spin.interpretText()
        assert spin.value() == 2.5, typed
        assert spin.text() == "2,50"


def test_progress_and_errors_are_translated(languages):
    languages.set_language("id")
    assert progress_text("building the ranking table") == "menyusun tabel peringkat"
    assert progress_text("writing gui_map.pdf") == "menulis gui_map.pdf"
    assert (
        progress_text("evaluating 1,234 corridors exactly")
        == "menghitung 1.234 koridor secara tepat"
    )
    message = (
        "rt.csv: column desil: rows 3, 7: empty or not a number\n"
        "Fix: put a number in every row of 'desil' (decimal point or comma)"
    )
    text = error_text(message)
    assert text.startswith("rt.csv: kolom desil: baris 3, 7: kosong atau bukan angka")
    assert "Perbaikan: isi angka di setiap baris 'desil'" in text
    assert not english_leaks(text)
    languages.set_language("en")
    assert error_text(message) == message and progress_text("choosing") == "choosing"


def test_qt_dialogs_speak_indonesian(qtbot, languages):
    languages.set_language("id")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= texts
    buttons = {b.text() for b in dialog.findChildren(QPushButton)}
    assert "Batal" in buttons and "Cancel" not in buttons
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel
    box = QMessageBox(QMessageBox.Icon.Question, "t", "q", buttons)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Batal"
    assert box.button(QMessageBox.StandardButton.Save).text() == "Simpan"


def test_indonesian_window_shows_no_english_words(qtbot, languages):
    from PySide6.QtWidgets import QAbstractButton

    languages.set_language("id")
    window = open_window(qtbot, languages)
    try:
        sid = int(window.ranking.model.segment_ids[0])
        window.selection.select([sid], source="test")
        texts = [w.text() for w in window.findChildren(QLabel)]
        texts += [w.text() for w in window.findChildren(QAbstractButton)]
        texts += [a.text() for a in window.findChildren(type(window.actions_["run"]))]
        model = window.ranking.model
        texts += model.headers()
        texts += [model.data(model.index(r, c)) or "" for r in range(5) for c in range(5)]
        table = window.identify.table
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(2)]
        leaks = {t: english_leaks(t) for t in texts if english_leaks(t)}
        assert not leaks, leaks
        assert window.identify.title.text().startswith("Segmen ")
    finally:
        window.shutdown()
        window.close()


def test_switching_language_from_the_menu_updates_status_and_numbers(qtbot, window):
    window.parameters.weights[1].setValue(3.0)
    assert window.parameters.weights[1].text() == "3.00"
    window.actions_["lang_id"].trigger()
    qtbot.wait(50)  # Qt posts the LanguageChange events
    try:
        assert window.status.coords.text() == "Arahkan tetikus ke peta"
        assert window.parameters.weights[1].text() == "3,00"
        assert app_settings.saved_language() == "id"
    finally:
        window.switch_language("en")


def test_ranking_column_choice_is_remembered(qtbot, window):
    from ui.ranking_table import COLUMNS, DEFAULT_COLUMNS

    panel = window.ranking
    assert panel.shown_columns() == list(DEFAULT_COLUMNS)
    cost = [k for k, _ in COLUMNS].index("cost")
    panel._toggle_column(cost, True)
    try:
        assert "cost" in app_settings.ranking_columns([])
        assert not panel.view.isColumnHidden(cost)
    finally:
        panel._toggle_column(cost, False)
    assert app_settings.ranking_columns([]) == list(DEFAULT_COLUMNS)


def test_the_last_project_reopens_at_start(qtbot, languages, tmp_path):
    from tests.factories import grid_inputs

    window = open_window(qtbot, languages)
    path = tmp_path / "kota.mgis.gpkg"
    try:
        worker = window.files.save_to(path)
        qtbot.waitUntil(lambda: worker not in window.runner.active, timeout=60_000)
        assert app_settings.last_project() == path.resolve()
    finally:
        window.shutdown()
        window.close()
    again = MainWindow(lambda: (_ for _ in ()).throw(AssertionError("demo loaded")), languages)
    qtbot.addWidget(again)
    try:
        again.start(project=app_settings.last_project())
        qtbot.waitUntil(lambda: again.controller.analysis is not None, timeout=60_000)
        qtbot.waitUntil(lambda: not again.runner.active, timeout=30_000)
        assert again.files.path == path.resolve() or again.files.path == path
        assert path.name in again.windowTitle()
        assert len(again.controller.data.inputs.roads) == len(grid_inputs().roads)
    finally:
        again.shutdown()
        again.close()


def test_status_bar_shows_ls_bt_and_the_one_time_engine_notice(qtbot, window):
    import threading

    import numba

    from ui.workers import Worker

    window.switch_language("id")
    try:
        window.status.show_cursor(398_000.0, 9_050_000.0)  # UTM 50S, Mataram
        text = window.status.coords.text()
        assert "° LS, " in text and text.split("|")[0].strip().endswith("° BT")
        window.status.engine_notice = True
        release = threading.Event()

        def compile_a_kernel(**_):  # a real Numba compilation, counted by the notice
            numba.njit(lambda x: x + 1)(1)
            release.wait(20)

        worker = window.runner.start(Worker("rank", compile_a_kernel))
        assert window.status.job.text().startswith("Menyiapkan mesin analisis (sekali saja)")
        qtbot.waitUntil(lambda: "1 bagian mesin dikompilasi" in window.status.job.text(),
                        timeout=15_000)  # fmt: skip
        assert window.status.job.text().endswith(" dtk")  # seconds elapsed, updated each second
        release.set()
        qtbot.waitUntil(lambda: worker not in window.runner.active, timeout=10_000)
        assert not window.status.engine_notice  # once only
        assert not window.status.compile_watch.active
        window.runner.start(Worker("rank", lambda **_: None))
        assert window.status.job.text() == "Peringkat"
        window.runner.wait()
    finally:
        window.switch_language("en")


def test_ranking_headers_are_never_elided(qtbot, window):
    """Every shown header keeps its full text and sort arrow; the road name takes what is
    left, within its bounds (issue 13: "Peringkat" was cut by the sort arrow)."""
    from ui.ranking_table import NAME_MAX_WIDTH, NAME_MIN_WIDTH

    panel = window.ranking
    panel._fit_columns()
    header = panel.view.horizontalHeader()
    for column in range(panel.proxy.columnCount()):
        if column != 1 and not panel.view.isColumnHidden(column):
            assert panel.view.columnWidth(column) >= header.sectionSizeHint(column)
    assert NAME_MIN_WIDTH <= panel.view.columnWidth(1) <= NAME_MAX_WIDTH
