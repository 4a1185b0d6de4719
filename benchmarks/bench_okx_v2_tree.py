"""Full-tree rebuild: an OKX Merkle v2 liabilities tree of N leaves, verified with `check --tree`.

Run:  .venv/bin/python benchmarks/bench_okx_v2_tree.py [--accounts N]
Each account is split into two leaves (as OKX does), so N accounts give about 2N leaf lines and 4N lines in
all. The tree is written to a temporary folder by our builder, then verified in a fresh process so that the
peak memory (VmHWM of that process) is the verifier's alone. Prints time, lines per second and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from verifier_gui.core.builders.okx_merkle_v2 import Account, Tree, deterministic_nonce

# VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork and exec, so it would report this (big) parent.
CHILD = """
import sys, time
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.verify import verify_file
t0 = time.perf_counter()
r = verify_file(sys.argv[1], VerifyOptions(tree=sys.argv[2]))
dt = time.perf_counter() - t0
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(r.verdict, f"{dt:.3f}", hwm)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=250_000)
    args = parser.parse_args()
    accounts = [
        Account(deterministic_nonce("bench", i), (f"0.{i % 10**8:08d}".rstrip("0").rstrip(".") or "0", str(i % 97), "1.5"))
        for i in range(args.accounts)
    ]
    t0 = time.perf_counter()
    tree = Tree(accounts)
    build = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        tree_path = tree.write(Path(tmp) / "tree.txt")
        user_path = tree.write_user_info(args.accounts // 2, Path(tmp) / "user.json")
        lines = sum(1 for _ in tree_path.open())
        size = tree_path.stat().st_size
        out = subprocess.run([sys.executable, "-c", CHILD, str(user_path), str(tree_path)],
                             capture_output=True, text=True, check=True).stdout.split()
    verdict, seconds, rss_kb = out[0], float(out[1]), int(out[2])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"tree: {args.accounts:,} accounts, {len(tree.levels[0]):,} leaves, {lines:,} lines, {size / 1e6:.0f} MB "
          f"(built in {build:.1f} s)")
    print(f"verify: {verdict} in {seconds:.1f} s ({lines / seconds:,.0f} lines/s), peak RSS {rss_kb / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
