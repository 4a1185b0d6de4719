"""The app's languages, through Qt's translation system: English (the source text) and Simplified Chinese.

The translations are written in ``verifier_gui/resources/i18n/reserve_verifier_<lang>.ts`` and compiled to the
``.qm`` files the app loads (``build_scripts/update_translations.py``; ``make run``/``make test`` and the package
build compile them; they are not committed). For a language other than English the app installs two
translators: its own ``.qm`` and Qt's ``qtbase_<lang>.qm`` (the standard buttons, file dialogs and context
menus), from Qt's translations folder.

At start the language is the one the user chose in the app (``QSettings`` key ``ui/language``), or else the
system's (Chinese for any ``zh`` locale, otherwise English). Switching installs the new translators at once;
Qt then sends ``QEvent.LanguageChange`` to every window, and the windows re-set their texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core.text import render

ENGLISH = "en"
CHINESE = "zh_CN"
#: Every language the app is offered in, with its name written in that language (what the switch shows).
LANGUAGES: dict[str, str] = {ENGLISH: "English", CHINESE: "中文"}
#: The QSettings key holding the user's choice.
SETTINGS_KEY = "ui/language"
#: The translation files are ``<BASENAME>_<lang>.ts`` / ``.qm``.
BASENAME = "reserve_verifier"

_translators: list[QTranslator] = []
_current = ENGLISH


def translations_dir() -> Path:
    return Path(str(resources.files("verifier_gui") / "resources" / "i18n"))


def qm_path(language: str) -> Path:
    return translations_dir() / f"{BASENAME}_{language}.qm"


def ts_path(language: str) -> Path:
    return translations_dir() / f"{BASENAME}_{language}.ts"


def supported(value: object) -> str | None:
    """The app's language code for a locale or language name ("zh_CN", "zh-Hans-CN", "zh", "en_GB"…), or None
    when the app has no such language. Every Chinese locale gets Simplified Chinese, the only Chinese there is."""
    if not isinstance(value, str) or not value:
        return None
    name = value.replace("-", "_").lower()
    if name == "zh" or name.startswith("zh_"):
        return CHINESE
    if name == "en" or name.startswith("en_") or name in ("c", "posix"):
        return ENGLISH
    return None


def language_for(names: Iterable[str]) -> str:
    """The first of the user's preferred languages the app has; English when it has none of them."""
    for name in names:
        language = supported(name)
        if language is not None:
            return language
    return ENGLISH


def system_language() -> str:
    """The language the system asks for (on Linux: $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG)."""
    locale = QLocale.system()
    return language_for([*locale.uiLanguages(), locale.name()])


def saved_language(settings: QSettings) -> str | None:
    return supported(settings.value(SETTINGS_KEY))


def startup_language(settings: QSettings) -> str:
    """The language chosen in the app earlier, else the system's."""
    return saved_language(settings) or system_language()


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)


def core_text(value: object) -> str:
    """A sentence of the core (a ``core.text.Text``) in the app's language: its template looked up in the
    context "core", the values filled in (translated too where they are sentences). Plain text comes back as is."""
    return render(value, _translate_core)


def _translate_core(template: str) -> str:
    translated = QCoreApplication.translate("core", template)
    if translated == template:  # a warning's catalogue sentence (core/result.py, _catalogued)
        translated = QCoreApplication.translate("catalogue", template)
    return translated


def format_text(value: str) -> str:
    """A format's name, exchange, period or "needs" line (core/registry.py) in the app's language (context
    "formats"; proper names such as "OKX" are translated as themselves)."""
    return QCoreApplication.translate("formats", value) if value else value


def current_language() -> str:
    return _current


def set_language(language: str) -> bool:
    """Install the translators for ``language`` in place of the previous ones. Returns False, and leaves the app
    in English, when the app's own translation for it cannot be loaded (a source checkout whose .qm files were
    never compiled: ``make translations``). Qt's own translation is optional (English texts when missing)."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs the QApplication")
    requested = supported(language) or ENGLISH
    if requested == _current and (requested == ENGLISH or _translators):
        return True
    language = requested
    loaded: list[QTranslator] = []
    if language != ENGLISH:
        own = QTranslator(app)
        if own.load(str(qm_path(language))):
            loaded.append(own)
            qt = QTranslator(app)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(language), "qtbase", "_", qt_folder):
                loaded.append(qt)
            else:
                qt.deleteLater()
        else:
            own.deleteLater()
            language = ENGLISH
    for old in _translators:
        app.removeTranslator(old)
        old.deleteLater()
    _translators[:] = loaded
    for translator in loaded:
        app.installTranslator(translator)
    _current = language
    return language == requested
