"""Check that the system libraries Qt needs are installed; install them with apt-get when run as root.

PySide6's wheels bundle Qt itself but link against the system's OpenGL, fontconfig, xkbcommon, D-Bus and (for
a real display) xcb libraries. A bare Debian machine lacks some of them, and the failure Qt gives then
("could not load the Qt platform plugin") does not say which. This script asks ``ldd`` which libraries are
missing and maps them to Debian packages. It also wants a font (fonts-dejavu-core) and, for the app in Chinese,
a font with Chinese characters (fonts-noto-cjk: installed as root, only suggested otherwise).

    python build_scripts/qt_system_deps.py --platform offscreen   # what headless tests need
    python build_scripts/qt_system_deps.py --platform xcb         # what a window on an X display needs
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# soname → Debian package (bookworm and later names).
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libpng16.so.16": "libpng16-16",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}
FONT_PACKAGE = "fonts-dejavu-core"  # Qt warns, and text renders as boxes, with no font at all
CJK_FONT_PACKAGE = "fonts-noto-cjk"  # the Chinese translation renders as boxes without a font with Chinese glyphs

LIBS = {
    "offscreen": ["lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6",
                  "plugins/platforms/libqoffscreen.so"],
    "xcb": ["lib/libQt6Core.so.6", "lib/libQt6Gui.so.6", "lib/libQt6Widgets.so.6",
            "lib/libQt6XcbQpa.so.6", "plugins/platforms/libqxcb.so"],
}


def qt_dir() -> Path:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("PySide6 is not installed in this Python; run this with the project's .venv/bin/python.")
    return Path(list(spec.submodule_search_locations)[0]) / "Qt"


def missing_sonames(platform: str) -> set[str]:
    missing: set[str] = set()
    base = qt_dir()
    for rel in LIBS[platform]:
        lib = base / rel
        if not lib.exists():
            continue
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return missing


def has_fonts() -> bool:
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
    return any(any(r.rglob("*.[ot]tf")) for r in roots if r.is_dir())


def has_chinese_font() -> bool:
    """A font with Simplified Chinese glyphs, as fontconfig (which Qt uses on Linux) sees it."""
    if shutil.which("fc-list") is None:  # no fontconfig tools: look for the usual CJK font files instead
        roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts"]
        return any(any(r.rglob("*CJK*")) or any(r.rglob("*wqy*")) for r in roots if r.is_dir())
    out = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True, check=False)
    return bool(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--platform", choices=sorted(LIBS), default="offscreen")
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        return 0  # Windows and macOS wheels carry what they need
    if shutil.which("ldd") is None:
        print("qt_system_deps: ldd not found; skipping the system library check.", file=sys.stderr)
        return 0
    sonames = missing_sonames(args.platform)
    packages = sorted({PACKAGES.get(s, f"<package providing {s}>") for s in sonames})
    if not has_fonts():
        packages.append(FONT_PACKAGE)
    # Chinese glyphs: the app works without them (its Chinese shows as boxes), so their absence stops nothing,
    # but as root they are installed with the rest.
    chinese = [] if has_chinese_font() else [CJK_FONT_PACKAGE]
    can_apt = os.geteuid() == 0 and shutil.which("apt-get")
    if not packages and (not chinese or not can_apt):
        if chinese:
            print(f"qt_system_deps: no font with Chinese characters; for the app in Chinese run:\n"
                  f"  sudo apt-get install -y {CJK_FONT_PACKAGE}", file=sys.stderr)
        return 0
    line = "apt-get install -y " + " ".join(packages + chinese)
    if not can_apt or any(p.startswith("<") for p in packages):
        print(f"Qt needs system libraries that are missing. Run:\n  sudo {line}", file=sys.stderr)
        return 1
    packages += chinese
    print(f"Installing the system libraries Qt needs: {' '.join(packages)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *packages], check=True, env=env)
    still = missing_sonames(args.platform)
    if still:
        print(f"Still missing after install: {', '.join(sorted(still))}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
