"""Single-proof latency per format, in-process and as a whole `reserve-verify check` process.

Run:  .venv/bin/python benchmarks/bench_single_proof.py [--repeat N]
It verifies every passing vector of every implemented format from ../shared/vectors/manifest.json and prints
the median time per verification, then the wall time of one CLI process (start-up included), with the machine
it ran on. The figures in the README come from this script.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import all_formats
from verifier_gui.core.roots import parse_root_argument
from verifier_gui.core.verify import verify_file

VECTORS = Path(os.environ.get("RESERVE_VECTORS", Path(__file__).resolve().parents[2] / "shared" / "vectors"))


def options_for(vector: dict) -> VerifyOptions:
    root = vector["root"]
    if isinstance(root, dict):
        root = str(VECTORS / root["file"])
    return VerifyOptions(
        root=parse_root_argument(root) if root else None,
        tree=str(VECTORS / vector["tree"]) if vector.get("tree") else None,
        assets=str(VECTORS / vector["assets"]) if vector.get("assets") else None,
    )


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    implemented = {f.id for f in all_formats()}
    vectors = json.loads((VECTORS / "manifest.json").read_text())["vectors"]
    print(f"{'vector':<48} {'format':<20} median ms")
    for v in vectors:
        if v["format"] not in implemented or v["expect"] != "pass":
            continue
        opts = options_for(v)
        path = VECTORS / v["proof"]
        assert verify_file(path, opts).verdict == "pass", v["id"]
        ms = median_seconds(lambda: verify_file(path, opts), args.repeat) * 1000
        print(f"{v['id']:<48} {v['format']:<20} {ms:9.3f}")
    exe = Path(sys.executable).parent / "reserve-verify"
    demo_cmd = [str(exe), "demo", "-q"]
    wall = median_seconds(lambda: subprocess.run(demo_cmd, capture_output=True, check=True), 10)
    print(f"one 'reserve-verify demo' process, start to exit: {wall * 1000:.0f} ms (median of 10)")


if __name__ == "__main__":
    main()
