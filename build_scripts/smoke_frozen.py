"""Smoke test of the packaged (frozen) app, and the figures the README quotes about it.

    python build_scripts/smoke_frozen.py              the one-folder build in dist/reserve-verifier/   (make smoke)
    python build_scripts/smoke_frozen.py --onefile    the one-file build in dist/onefile/

Checks, each on the frozen executables, run from an empty temporary folder:
  - `reserve-verify --version` and `reserve-verifier --version` print the version in pyproject.toml;
  - `reserve-verify demo` exits 0 and its report starts with PASS;
  - `reserve-verify check` on every vector of ../shared/vectors (or $RESERVE_VECTORS) whose format the frozen
    build lists gives the manifest's verdict, format and computed root (skipped when the vectors are absent);
  - `reserve-verify check` on a file that is not a proof gives an ERROR report and exit 2, not a crash;
  - `reserve-verifier --self-test` on QT_QPA_PLATFORM=offscreen exits 0: the demo verified on the worker thread
    and its PASS rendered (three runs).
Measures, and prints with the machine: the package's size on disk and as a tar.gz, the time from starting the
app to its first result (median of the three self-test runs), and its memory after loading the demo proof
(VmHWM, which the self-test reads from /proc). Exit status 0 when every check passed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

from manifest_cli import vector_args  # beside this script

REPO = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT_S = 120
EXIT = {"pass": 0, "fail": 1, "error": 2}


class Smoke:
    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.failures: list[str] = []
        self.passed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"  ok    {name}")
        else:
            self.failures.append(name)
            print(f"  FAIL  {name}" + (f"\n        {detail.strip()}" if detail.strip() else ""))
        return ok

    def run(self, command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                command, cwd=self.workdir, env=env, capture_output=True, text=True, encoding="utf-8",
                errors="replace", timeout=TIMEOUT_S, check=False,
            )
        except subprocess.TimeoutExpired as exc:
            return subprocess.CompletedProcess(command, -1, exc.stdout or "", f"timed out after {TIMEOUT_S} s")


def pyproject_version() -> str:
    with open(REPO / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def vectors_dir() -> Path:
    return Path(os.environ.get("RESERVE_VECTORS", REPO.parent / "shared" / "vectors"))


def check_cli(smoke: Smoke, cli: Path, version: str) -> None:
    out = smoke.run([str(cli), "--version"])
    smoke.check("reserve-verify --version", out.returncode == 0 and out.stdout.strip() == f"reserve-verify {version}",
                out.stdout + out.stderr)

    out = smoke.run([str(cli), "demo"])
    smoke.check("reserve-verify demo: exit 0, PASS", out.returncode == 0 and out.stdout.startswith("PASS"),
                f"exit {out.returncode}\n{out.stdout[:600]}{out.stderr[-1500:]}")

    bad = smoke.workdir / "not-a-proof.json"
    bad.write_text('{"this": "is not a proof", "this": "twice"}\n', encoding="utf-8")
    out = smoke.run([str(cli), "check", str(bad)])
    smoke.check("reserve-verify check on a bad file: exit 2, ERROR, no traceback",
                out.returncode == 2 and out.stdout.startswith("ERROR") and "Traceback" not in out.stderr,
                f"exit {out.returncode}\n{out.stdout[:600]}{out.stderr[-1500:]}")

    base = vectors_dir()
    manifest = base / "manifest.json"
    if not manifest.is_file():
        print(f"  skip  vectors: none at {base} (set RESERVE_VECTORS)")
        return
    out = smoke.run([str(cli), "formats", "--json"])
    if not smoke.check("reserve-verify formats --json", out.returncode == 0, out.stdout + out.stderr):
        return
    implemented = {f["id"] for f in json.loads(out.stdout)}
    vectors = [v for v in json.loads(manifest.read_text(encoding="utf-8"))["vectors"] if v["format"] in implemented]
    wrong = []
    started = time.perf_counter()
    for v in vectors:
        out = smoke.run([str(cli), *vector_args(base, v)])
        try:
            got = json.loads(out.stdout)
        except json.JSONDecodeError:
            wrong.append(f"{v['id']}: exit {out.returncode}, no JSON: {(out.stdout + out.stderr)[-800:]}")
            continue
        problems = []
        if got.get("verdict") != v["expect"] or out.returncode != EXIT[v["expect"]]:
            problems.append(f"verdict {got.get('verdict')} (exit {out.returncode}), expected {v['expect']}")
        if (got.get("format") or {}).get("id") != v["format"]:
            problems.append(f"format {(got.get('format') or {}).get('id')}")
        if v["expect_root"] and (got.get("root") or {}).get("computed") != v["expect_root"]:
            problems.append(f"root {(got.get('root') or {}).get('computed')}")
        if problems:
            wrong.append(f"{v['id']}: " + "; ".join(problems))
    per_run = (time.perf_counter() - started) / max(len(vectors), 1)
    smoke.check(f"reserve-verify check on {len(vectors)} vectors of {len(implemented)} formats "
                f"({per_run * 1000:.0f} ms a run)", bool(vectors) and not wrong,
                "\n".join(wrong) or "no vector of an implemented format found")


def check_app(smoke: Smoke, gui: Path, version: str, runs: int) -> tuple[list[float], list[float]]:
    """Run the self-test `runs` times; return the start-to-result times (s) and the VmHWM figures (MiB)."""
    out = smoke.run([str(gui), "--version"])
    smoke.check("reserve-verifier --version",
                out.returncode == 0 and out.stdout.strip() == f"reserve-verifier {version}", out.stdout + out.stderr)
    # Offscreen; and a scratch config folder, though the self-test keeps its settings to itself anyway.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(smoke.workdir / "config"))
    times: list[float] = []
    memory: list[float] = []
    for i in range(runs):
        started = time.perf_counter()
        proc = subprocess.Popen(
            [str(gui), "--self-test"], cwd=smoke.workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, encoding="utf-8", errors="replace",
        )
        line = proc.stdout.readline() if proc.stdout else ""  # the self-test prints once the PASS is on screen
        shown = time.perf_counter()
        try:
            rest, err = proc.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            rest, err = proc.communicate()
        ok = proc.returncode == 0 and "self-test: PASS" in line
        if sys.platform == "win32" and proc.returncode == 0 and not line:
            ok = True  # a windowed Windows executable has no stdout: the exit status is the answer
        smoke.check(f"reserve-verifier --self-test (offscreen), run {i + 1}: exit 0, PASS rendered", ok,
                    f"exit {proc.returncode}\n{line}{rest}{err[-2000:]}")
        if ok and line:
            times.append(shown - started)
            m = re.search(r"VmHWM ([\d.]+) MiB", line)
            if m:
                memory.append(float(m.group(1)))
            if i == 0:
                print(f"        {line.strip()}")
    return times, memory


def package_size(paths: list[Path], tmp: Path) -> tuple[int, int, int]:
    """(bytes of the files, bytes they take on disk, bytes of a tar.gz of them)."""
    files = []
    for path in paths:
        files += [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    apparent = sum(f.stat().st_size for f in files)
    on_disk = sum(getattr(f.stat(), "st_blocks", 0) * 512 for f in files) or apparent
    archive = tmp / "package.tar.gz"
    # gzip level 6, as `tar czf` uses: level 9 saves 0.4 % in three times the time.
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for path in paths:
            tar.add(path, arcname=path.name)
    compressed = archive.stat().st_size
    archive.unlink()
    return apparent, on_disk, compressed


def machine() -> str:
    try:
        os_name = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except (OSError, AttributeError):
        os_name = ""
    try:
        import PyInstaller

        pyi = f", PyInstaller {PyInstaller.__version__}"
    except ImportError:
        pyi = ""
    system = f"{platform.system()} {platform.release()}" + (f" ({os_name})" if os_name else "")
    return f"{platform.machine()}, {os.cpu_count()} cores, {system}, Python {platform.python_version()}{pyi}"


def mib(n: float) -> str:
    return f"{n / 2**20:.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="test the one-file build in dist/onefile/")
    parser.add_argument("--dist", type=Path, help="the folder holding the executables (default: per build kind)")
    parser.add_argument("--runs", type=int, default=3, help="self-test runs to time (default 3)")
    args = parser.parse_args()

    dist = args.dist or (REPO / "dist" / ("onefile" if args.onefile else "reserve-verifier"))
    cli, gui = dist / f"reserve-verify{EXE}", dist / f"reserve-verifier{EXE}"
    missing = [str(p) for p in (cli, gui) if not p.is_file()]
    if missing:
        target = "package-onefile" if args.onefile else "package"
        print(f"smoke_frozen: no frozen build: {', '.join(missing)} missing; run make {target}", file=sys.stderr)
        return 1
    version = pyproject_version()
    print(f"Smoke test of the frozen build in {dist}")
    with tempfile.TemporaryDirectory(prefix="reserve-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        smoke = Smoke(tmp)
        check_cli(smoke, cli, version)
        times, memory = check_app(smoke, gui, version, args.runs)
        apparent, on_disk, compressed = package_size([cli, gui] if args.onefile else [dist], tmp)

    print()
    print(f"machine: {machine()}")
    kind = "one file per executable" if args.onefile else "one folder"
    print(f"package ({kind}, {dist.relative_to(REPO) if dist.is_relative_to(REPO) else dist}): "
          f"{mib(apparent)} of files, {mib(on_disk)} on disk, {mib(compressed)} as tar.gz (gzip -6, as tar czf)")
    if times:
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"start to first result (reserve-verifier --self-test, offscreen): "
              f"median {statistics.median(times):.2f} s over {len(times)} runs ({runs} s)")
    if memory:
        print(f"memory after loading the demo proof (VmHWM): median {statistics.median(memory):.1f} MiB")
    if smoke.failures:
        print(f"\nsmoke_frozen: check(s) FAILED: {', '.join(smoke.failures)}", file=sys.stderr)
    # The plain closing line CI reads, after pytest's own, so that the frozen checks count as tests too.
    print(f"\nsmoke: {smoke.passed} passed, {len(smoke.failures)} failed")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main())
