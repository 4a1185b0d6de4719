"""Binance zk and snapshot timings: leaf + path of a 500-asset Binance v2 user, and the snapshot check per 1000 batches.

Run:  PYTHONPATH=. .venv/bin/python benchmarks/bench_binance_zk.py [--repeat N] [--batches N]
The user is made by the test builder (60 assets → tier 500, 1000 packed elements, 28 levels); the bundle is a
builder-made Gate.io layout bundle (proof.csv + cex_config.json, 350 slots). Prints medians and the machine.
The issue's reference point: a plain pure-Python implementation takes about 230 ms for the 500-asset user.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from verifier_gui.core.builders import binance_zk as build
from verifier_gui.core.formats import binance_zk
from verifier_gui.core.formats.zk_smt import decode_siblings
from verifier_gui.core.hashing import poseidon_bn254
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.snapshot import verify_snapshot
from verifier_gui.core.verify import verify_source


def timed_ms(fn, repeat: int) -> str:
    """Best process-CPU time (what the code costs) and median wall time (what a user waits on a busy machine)."""
    cpu, wall = [], []
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - t0)
    return f"{1000 * min(cpu):.1f} ms CPU (best), {1000 * statistics.median(wall):.1f} ms wall (median)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--batches", type=int, default=1000)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
          f"Python {platform.python_version()}, Poseidon arithmetic: {poseidon_bn254.BACKEND}")

    holdings = {i: build.V2Holding(10**8 + i, i, 0, 0, 0) for i in range(59)}
    holdings[499] = build.V2Holding(7)
    doc = build.v2_user_file(2**27 + 12345, 0xBEEF, holdings, {i: 10**8 for i in holdings}, collateral=0)
    model = binance_zk.V2File.model_validate(doc)
    siblings = decode_siblings(doc["Proof"], "bench", "Proof")
    binance_zk.v2_compute(model, siblings, 0xBEEF)  # warm the per-width constants
    leaf_path = timed_ms(lambda: binance_zk.v2_compute(model, siblings, 0xBEEF), args.repeat)
    data = json.dumps(doc).encode()
    whole = timed_ms(lambda: verify_source(Source("u.json", data), VerifyOptions()), args.repeat)
    print(f"binance-zk-v2, 500-asset user: leaf + path {leaf_path}; whole verification (parse, checks, result) {whole}")

    config = [{"TotalEquity": 10**12, "TotalDebt": 10**9, "BasePrice": 10**12, "Symbol": "btc", "Index": 0}]
    proof, cfg = build.gate_bundle(args.batches, config)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "proof.csv").write_text(proof)
        (Path(tmp) / "cex_config.json").write_text(cfg)
        c0, t0 = time.process_time(), time.perf_counter()
        s = verify_snapshot(tmp, VerifyOptions())
        seconds, wall = time.process_time() - c0, time.perf_counter() - t0
    assert s.result.verdict == "pass", s.result.failure
    print(f"snapshot, {args.batches} batches (Gate.io layout, 350 slots): {seconds:.2f} s CPU, {wall:.2f} s wall "
          f"= {seconds * 1000 / args.batches:.2f} s CPU per 1000 batches")


if __name__ == "__main__":
    main()
