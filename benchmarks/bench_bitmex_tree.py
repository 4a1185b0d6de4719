"""Full-tree rebuild: a BitMEX / River liabilities tree of 2^k leaves, verified with the owner's key.

Run:  .venv/bin/python benchmarks/bench_bitmex_tree.py [--log2-leaves K]
The tree is built by our builder (core/builders/bitmex_liabilities.py), written to a temporary folder, and
verified in a fresh process so that the peak memory (VmHWM of that process) is the verifier's alone. The proof cap
is 32 MiB: a tree bigger than that goes through the streaming path for large files. Prints time, leaves per second
and peak RSS.
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

from verifier_gui.core.builders.bitmex_liabilities import Account, build

# VmHWM, not ru_maxrss: Linux carries ru_maxrss across fork and exec, so it would report this (big) parent.
CHILD = """
import sys, time
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.secrets import UserSecrets
from verifier_gui.core.verify import verify_file
t0 = time.perf_counter()
r = verify_file(sys.argv[1], VerifyOptions(secrets=UserSecrets(account_id="1", account_nonce="00000001" * 8)))
dt = time.perf_counter() - t0
hwm = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(r.verdict, f"{dt:.3f}", hwm, r.balances.get("BTC"))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--log2-leaves", type=int, default=19)
    args = parser.parse_args()
    leaves = 2**args.log2_leaves
    accounts = [Account(i, 10_000 + i, account_nonce=i.to_bytes(4, "big") * 8) for i in range(1, leaves // 2 + 1)]
    t0 = time.perf_counter()
    text, _ = build(accounts, 870_000, parts=2)
    built = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "liabilities.csv"
        path.write_text(text)
        size = path.stat().st_size
        del text
        out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                             check=True).stdout.split()
    verdict, seconds, rss_kb, mine = out[0], float(out[1]), int(out[2]), out[3]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"tree: {leaves:,} leaves, {2 * leaves - 1:,} nodes, {size / 1e6:.0f} MB (built in {built:.1f} s)")
    print(f"verify: {verdict} in {seconds:.1f} s ({leaves / seconds:,.0f} leaves/s, {(2 * leaves - 1) / seconds:,.0f} "
          f"nodes/s), account 1 found with {mine} BTC, peak RSS {rss_kb / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
