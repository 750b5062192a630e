# ruff: noqa: N815 - Qt API names (camelCase overrides and signals)
"""Languages: Bahasa Indonesia (default on Indonesian systems) and English at runtime.

Translations live in ``ui/i18n/mataram_gis_<lang>.ts`` (Qt Linguist) and are compiled to
``.qm`` with ``pyside6-lrelease`` (see docs/GUI.md and ``ui/i18n/build_translations.py``).
Switching installs another QTranslator; Qt then sends ``QEvent.LanguageChange`` to every
widget, whose ``changeEvent`` re-sets its texts (``retranslate``). Qt's own texts (the buttons
of message boxes, the file dialogs) come from ``qtbase_<lang>.qm`` in PySide6's translations
folder when it exists, else from ours in ``ui/i18n`` (PySide6 ships no ``qtbase_id``); where
neither exists the file dialogs are Qt's own (not the system's), so our labels show.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)

logger = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES: tuple[str, ...] = ("id", "en")


def default_language() -> str:
    """``id`` when the system locale is Indonesian, else ``en``."""
    return "id" if QLocale.system().language() == QLocale.Language.Indonesian else "en"


class LanguageManager(QObject):
    """Installs the translator of the current language; emits ``languageChanged(lang)``."""

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def _install_qt(self, lang: str) -> None:
        """Qt's own texts (dialog buttons, file dialogs) in ``lang``."""
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._qt_translator is not None:
            app.removeTranslator(self._qt_translator)
            self._qt_translator = None
        if lang == "en":
            app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
            return
        translator = QTranslator(self)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{lang}", qt_dir):
            app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
        elif translator.load(str(I18N_DIR / f"qtbase_{lang}.qm")):
            # our translation covers Qt's widget dialogs only, not the system's native ones
            app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        else:
            logger.warning("no Qt translation for %s", lang)
            return
        app.installTranslator(translator)
        self._qt_translator = translator

    def set_language(self, lang: str) -> None:
        """Switch to ``id`` or ``en`` (every widget retranslates itself)."""
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {LANGUAGES}")
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self._install_qt(lang)
        translator = QTranslator(self)
        qm = I18N_DIR / f"mataram_gis_{lang}.qm"
        if translator.load(str(qm)) and app is not None:
            app.installTranslator(translator)
            self._translator = translator
        else:
            logger.warning("no translation file %s", qm)
        changed = lang != self.lang
        self.lang = lang
        QLocale.setDefault(
            QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        )
        if changed or self._translator is not None:
            self.languageChanged.emit(lang)


def current_lang() -> str:
    """The language of number formats and layer legends (follows the default QLocale)."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"
