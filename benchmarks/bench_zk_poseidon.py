"""Poseidon over BN254 and the zk user formats: raw hashes per second and one user's verification.

Run:  .venv/bin/python benchmarks/bench_zk_poseidon.py [--repeat N] [--no-gmpy2-run]
It measures, in this process (gmpy2 if installed) and then in a child process with RESERVE_VERIFIER_GMPY2=0 (plain
Python integers):

* Poseidon hashes per second at width 3 (a Merkle parent), 13 (a 12-wide chunk) and 17 (a 16-wide chunk);
* the Poseidon work of a Binance v2 500-asset user (commitment of 1000 elements at chunk 16, the 5-input leaf and
  28 parents): the issue's yardstick, about 230 ms for a plain implementation;
* a Gate.io AssetCounts-800 user (synthetic, from core/builders/zk_users.py) through verify_source;
* an HTX zk v2 user with N scanned: N = 168 (tried first), N = 120 (found after 120 candidates) and a tampered file
  for which all 220 candidates fail.

Times are the best of --repeat runs, in process CPU seconds (the machine is shared; wall time follows it closely
on an idle machine), after one warm-up run (constants loaded, code specialised). Cold figures include the warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable

from verifier_gui.core.builders.zk_users import GateSnapshot, HtxSnapshot
from verifier_gui.core.formats import zk_smt
from verifier_gui.core.hashing import poseidon_bn254 as pb
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.verify import verify_source


def best(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(cold, best warm) CPU seconds."""
    t0 = time.process_time()
    fn()
    cold = time.process_time() - t0
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return cold, min(times)


def hashes_per_second(width: int, seconds: float = 1.0) -> float:
    rng = random.Random(width)
    inputs = [rng.randrange(pb.R) for _ in range(width - 1)]
    pb.hash_field(inputs)  # warm
    n, t0 = 0, time.process_time()
    while time.process_time() - t0 < seconds:
        for _ in range(20):
            pb.hash_field(inputs, pb.W16)
        n += 20
    return n / (time.process_time() - t0)


def binance_500_user() -> None:
    # 500 entries [Index, Equity, Debt, Loan, Margin, PM] packed two elements per entry (binance.md §4.2)
    rng = random.Random(5)
    elements = []
    for i in range(500):
        held = i % 25 == 0
        e = rng.randrange(1 << 40) if held else 0
        elements += [(i << 128) + (e << 64), 0]
    commitment = pb.hash_field(elements, pb.W16)
    leaf = pb.hash_field([rng.randrange(pb.R), 10**22, 10**20, 10**20, commitment])
    zk_smt.fold(leaf, 123456, [rng.randrange(pb.R) for _ in range(28)])


def gate_800_source() -> Source:
    snap = GateSnapshot(count=800, prices={i: 100_000_000 + i for i in range(0, 800, 40)})
    assets = {i: (10**8 * (i + 1), 0) for i in range(0, 800, 40)}  # 20 assets held
    snap.add((1 << 27) + 99, "bench", assets)
    snap.add((1 << 27) + 98, "neighbour", {0: (1, 0)})
    return Source("user_config.json", json.dumps(snap.user_file((1 << 27) + 99)).encode())


def htx_source(n: int, tamper: bool = False) -> Source:
    snap = HtxSnapshot(n=n)
    snap.add(5000, 372908368, 867_200, 0, {0: 32, 3: 150_000_000})
    doc = snap.user_file(5000)
    if tamper:
        doc["Assets"][0]["Balance"] += 1
    return Source("user_config.json", json.dumps(doc).encode())


def run(repeat: int) -> None:
    print(f"backend: {pb.BACKEND}")
    for width in (3, 13, 17):
        print(f"  Poseidon width {width:>2}: {hashes_per_second(width):8.0f} hashes/s")
    cold, warm = best(binance_500_user, repeat)
    print(f"  Binance v2 500-asset user, Poseidon work (leaf + path): {warm * 1000:6.1f} ms (cold {cold * 1000:.1f})")
    gate = gate_800_source()
    cold, warm = best(lambda: verify_source(gate, VerifyOptions()), repeat)
    assert verify_source(gate, VerifyOptions()).verdict == "pass"
    print(f"  Gate.io 800-asset user, verify_source: {warm * 1000:6.1f} ms (cold {cold * 1000:.1f})")
    for label, source in (
        ("HTX user, N = 168 scanned (tried first)", htx_source(168)),
        ("HTX user, N = 120 scanned (120th candidate)", htx_source(120)),
        ("HTX tampered user, all 220 N fail", htx_source(168, tamper=True)),
    ):
        cold, warm = best(lambda s=source: verify_source(s, VerifyOptions()), max(1, repeat // 3))
        print(f"  {label}: {warm * 1000:7.1f} ms (cold {cold * 1000:.1f})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-gmpy2-run", action="store_true", help="skip the child run without gmpy2")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}")
    run(args.repeat)
    if not args.no_gmpy2_run and pb.BACKEND == "gmpy2":
        env = dict(os.environ, RESERVE_VERIFIER_GMPY2="0")
        subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--no-gmpy2-run"], env=env,
                       check=True)  # fmt: skip


if __name__ == "__main__":
    main()
