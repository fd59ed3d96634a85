"""Which language the interface speaks, and the translators (ours and Qt's) that make it so."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from socialdesk.domain.settings import LANGUAGES
from socialdesk.paths import resource

_installed: list[QTranslator] = []


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def choose_language(override: str | None, setting: str | None) -> str:
    for candidate in (override, setting):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def locale_for(language: str) -> QLocale:
    """The system locale when it speaks that language (keeps its country), else a default."""
    system = QLocale.system()
    wanted = QLocale.Language.French if language == "fr" else QLocale.Language.English
    if system.language() == wanted:
        return system
    return QLocale(QLocale.Language.French, QLocale.Country.France) if language == "fr" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedKingdom
    )


def install_translators(language: str) -> list[str]:
    """Replace the installed translators; returns the catalogue names loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    loaded: list[str] = []
    folder = resource("translations")  # English too: its catalogues hold the plural forms of %n sentences
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.stem)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append(f"qtbase_{language}")
    return loaded


def current_language() -> str:
    """The language the interface speaks now ("fr" or "en"), for files it words outside Qt."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def os_reason(error: BaseException) -> str:
    """Why the system refused (a full disk, a folder in the way…), in the interface's language; never strerror."""
    from socialdesk import os_words

    return os_words.os_reason(error, os_words.words_in(current_language()))
