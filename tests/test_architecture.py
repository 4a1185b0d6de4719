"""The core is Qt-free (the Electrum rule): importing every core module loads no PySide6 module."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import verifier_gui.core


def test_importing_the_core_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(verifier_gui.core.__path__, "verifier_gui.core.")]
    assert "verifier_gui.core.formats.okx_merkle_v1" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from verifier_gui.core.registry import all_formats; all_formats()\n"
        "import verifier_gui.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
