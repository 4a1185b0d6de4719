"""Build the packaged app with PyInstaller from build_scripts/reserve_verifier.spec.

    python build_scripts/build_package.py              one folder: dist/reserve-verifier/   (make package)
    python build_scripts/build_package.py --onefile    one file each: dist/onefile/          (make package-onefile)
    python build_scripts/build_package.py --clean      forget PyInstaller's cache first

Run it with the Python whose packages go into the build (the project's .venv, with the `build` extra installed).
Prints how long the build took and how big the result is. Needs no network, except on a Linux machine without
binutils (PyInstaller needs objdump): run as root it installs them with apt-get, otherwise it prints the command.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "build_scripts" / "reserve_verifier.spec"
APP_NAME = "reserve-verifier"


def output_paths(onefile: bool) -> tuple[Path, Path]:
    """(distpath, workpath). The one-file build gets its own folders: its reserve-verifier is a file, which would
    collide with the one-folder build's reserve-verifier/ folder."""
    if onefile:
        return REPO / "dist" / "onefile", REPO / "build" / "pyinstaller-onefile"
    return REPO / "dist", REPO / "build" / "pyinstaller"


def ensure_binutils() -> bool:
    """PyInstaller needs objdump on Linux (and strip, to strip); both come in Debian's binutils, which a bare
    machine lacks. Run as root with apt-get, install it (as qt_system_deps.py does for Qt's libraries); otherwise
    say what to install."""
    if not sys.platform.startswith("linux") or shutil.which("objdump"):
        return True
    line = "apt-get install -y --no-install-recommends binutils"
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("build_package: installing binutils (PyInstaller needs objdump) with apt-get", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "update", "-q"], check=False, env=env)
        subprocess.run(line.split(), check=False, env=env)
    if shutil.which("objdump"):
        return True
    print(f"build_package: PyInstaller needs objdump, from binutils. Run:\n  sudo {line}", file=sys.stderr)
    return False


def compile_translations() -> bool:
    """Compile each verifier_gui/resources/**/*.ts into its .qm (the .qm files are not committed: .gitignore) with
    PySide6's lrelease, when the .qm is missing or older. False when lrelease failed."""
    sources = sorted((REPO / "verifier_gui" / "resources").rglob("*.ts"))
    stale = [ts for ts in sources if not ts.with_suffix(".qm").is_file()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if not stale:
        return True
    import PySide6

    lrelease = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not lrelease.is_file():  # older wheels: only the pyside6-lrelease wrapper on PATH
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in stale:
        print(f"build_package: compiling {ts.relative_to(REPO)}", flush=True)
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=False)
        if done.returncode != 0:
            print(f"build_package: lrelease failed on {ts.relative_to(REPO)}", file=sys.stderr)
            return False
    return True


def size_of(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
        total += sum(f.stat().st_size for f in files)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-unpacking file per executable")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache and work folder first")
    args = parser.parse_args()

    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            f"PyInstaller is not installed in {sys.executable}. Install the build extra:\n"
            f"  {sys.executable} -m pip install -e '.[build]'    (or run: make package)",
            file=sys.stderr,
        )
        return 1

    if not ensure_binutils() or not compile_translations():
        return 1
    distpath, workpath = output_paths(args.onefile)
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(distpath), "--workpath", str(workpath),
    ]
    if args.clean:
        command.append("--clean")
    command.append(str(SPEC))
    env = dict(os.environ)
    # The spec also takes `-- --onefile`; the environment variable works with every PyInstaller 6 release.
    env["RESERVE_ONEFILE"] = "1" if args.onefile else "0"
    print("$ " + " ".join(command), flush=True)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=REPO, env=env, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(f"build_package: PyInstaller failed (exit {result.returncode}) after {elapsed:.1f} s", file=sys.stderr)
        return result.returncode

    exe = ".exe" if sys.platform == "win32" else ""
    if args.onefile:
        outputs = [distpath / f"{APP_NAME}{exe}", distpath / f"reserve-verify{exe}"]
    else:
        outputs = [distpath / APP_NAME]
    missing = [str(p) for p in outputs if not p.exists()]
    if missing:
        print(f"build_package: expected output missing: {', '.join(missing)}", file=sys.stderr)
        return 1
    where = ", ".join(str(p.relative_to(REPO)) for p in outputs)
    print(f"build_package: built {where} in {elapsed:.1f} s ({size_of(outputs) / 2**20:.1f} MiB)")
    if sys.platform == "darwin" and not args.onefile:
        print(f"build_package: macOS app bundle: {(distpath / 'Reserve Verifier.app').relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
