"""Our hook for PySide6.QtGui (takes precedence over PyInstaller's own): the same collection, minus the Qt plugins
that reserve_verifier.spec names in hooksconfig["reserve_verifier"]["exclude_qt_plugins"], a regular expression
searched in the plugin's destination path ("PySide6/Qt/plugins/platformthemes/libqgtk3.so"). Leaving them out
here, rather than after the analysis, also leaves out the libraries only they would have brought in."""

import os
import re

from PyInstaller.utils.hooks import get_hook_config
from PyInstaller.utils.hooks.qt import add_qt6_dependencies


def hook(hook_api):
    hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
    pattern = get_hook_config(hook_api, "reserve_verifier", "exclude_qt_plugins")
    if pattern:
        unused = re.compile(pattern)
        binaries = [(src, dest) for src, dest in binaries
                    if not unused.search(f"{dest}/{os.path.basename(src)}".replace("\\", "/"))]
    hook_api.add_imports(*hiddenimports)
    hook_api.add_binaries(binaries)
    hook_api.add_datas(datas)
