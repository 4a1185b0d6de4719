"""What the packaged app relies on, checked from source: the --self-test the frozen smoke test runs, the icon
files, the .desktop file. (The frozen build itself is built and smoke-tested by `make test` after pytest:
build_scripts/build_package.py and build_scripts/smoke_frozen.py.)"""

from __future__ import annotations

import configparser
import os
import struct
import subprocess
import sys
import textwrap
import tomllib

from PySide6.QtGui import QImage

from verifier_gui.gui.app import ICON_NAME, app_icon, icons_dir

from .conftest import REPO

ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def run_app(code: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], env=ENV, capture_output=True, text=True, timeout=timeout,
        check=False, cwd=REPO,
    )


def test_self_test_passes_on_the_demo_and_leaves_the_settings_alone(tmp_path) -> None:
    config = tmp_path / "config"
    out = subprocess.run(
        [sys.executable, "-m", "verifier_gui", "--self-test"], env=dict(ENV, XDG_CONFIG_HOME=str(config)),
        capture_output=True, text=True, timeout=90, check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test: PASS shown for the demo in " in out.stdout
    if sys.platform.startswith("linux"):
        assert "VmHWM " in out.stdout
    assert not config.exists()  # no window geometry or folder written to the user's settings


def test_self_test_fails_when_the_demo_does_not_pass(tmp_path) -> None:
    wrong_root = tmp_path / "root.txt"
    wrong_root.write_text("00" * 32 + "\n", encoding="ascii")
    out = run_app(f"""
        import sys
        from verifier_gui.gui import app, main_window
        main_window.demo_root_path = lambda: {str(wrong_root)!r}
        sys.exit(app.main(["--self-test"]))
    """)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "the demo's verdict is fail, not pass" in out.stderr
    assert "PASS shown" not in out.stdout


def test_self_test_fails_on_a_timeout() -> None:
    out = run_app("""
        import sys, time
        from verifier_gui.gui import app, worker
        real = worker.run_request
        def slow(*args, **kwargs):
            time.sleep(3)
            return real(*args, **kwargs)
        worker.run_request = slow
        sys.exit(app.main(["--self-test", "--self-test-timeout", "0.5"]))
    """)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "no result within 0.5 s" in out.stderr


def test_self_test_fails_on_an_exception_without_waiting_for_a_dialog() -> None:
    out = run_app("""
        import sys
        from verifier_gui.gui import app, main_window
        def broken(self, result):
            raise RuntimeError("rendering broke")
        main_window.MainWindow.show_result = broken
        sys.exit(app.main(["--self-test", "--self-test-timeout", "30"]))
    """)
    assert out.returncode == 1, out.stdout + out.stderr
    assert "RuntimeError: rendering broke" in out.stderr


def test_icon_files_exist_in_every_size(qapp) -> None:
    folder = icons_dir()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        image = QImage(str(folder / f"{ICON_NAME}-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (folder / f"{ICON_NAME}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    ico = (folder / f"{ICON_NAME}.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (folder / f"{ICON_NAME}.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    icon = app_icon()
    assert not icon.isNull()
    assert len(icon.availableSizes()) == 8


def test_desktop_file_launches_the_app_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(REPO / "verifier_gui" / "resources" / "reserve-verifier.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    with open(REPO / "pyproject.toml", "rb") as fh:
        gui_scripts = tomllib.load(fh)["project"]["gui-scripts"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in gui_scripts
    assert entry["Icon"] == ICON_NAME
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["Name[zh_CN]"]
