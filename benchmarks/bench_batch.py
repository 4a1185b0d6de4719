"""Batch throughput: `reserve-verify batch` on N generated proofs at --jobs 1 and --jobs 2, against one
`reserve-verify check` process per file; then a profile of where the batch's time goes.

Run:  .venv/bin/python benchmarks/bench_batch.py [--files 10000] [--sample 100] [--profile 2000]

For each format (okx-merkle-v1, bitget-merkle) a tree of N accounts is built by our independent builders and
every user's proof file is written to a temporary folder. The batch runs in a fresh process (start-up included),
its time and peak RSS are measured. The one-process-per-file loop is measured on a sample of --sample files and
extrapolated to N (said so in the output). The profile runs verify_many in this process at --jobs 1 on --profile
files and groups the time by what it is spent on.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pickle
import platform
import pstats
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from verifier_gui.core.batch import verify_many
from verifier_gui.core.builders import bitget_merkle as bitget_builder
from verifier_gui.core.builders import okx_merkle_v1 as okx_builder
from verifier_gui.core.findings import FindingsIndex
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.reports import summarise, write_report
from verifier_gui.core.roots import PublishedRoot

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}
CLI = [sys.executable, "-m", "verifier_gui.cli"]


def okx_files(folder: Path, n: int) -> str:
    rows = [("1.5", "2", "300"), ("0.25", "0", "12.5"), ("3", "1.125", "0"), ("0.00012345", "4", "7.77")]
    tree = okx_builder.Tree([okx_builder.Account(okx_builder.deterministic_nonce("bench", i), rows[i % 4]) for i in range(n)])
    for i in range(n):
        (folder / f"okx_{i:06d}.json").write_text(json.dumps(tree.proof(i), indent=2), encoding="utf-8")
    return tree.root.hash


def bitget_files(folder: Path, n: int) -> str:
    accounts = [
        bitget_builder.Account(
            bitget_builder.deterministic_uid("bench", i),
            bitget_builder.deterministic_nonce("bench", i, hex_form=True),
            (("BTC", Decimal(f"0.{i:08d}")), ("ETH", Decimal(i % 50)), ("USDT", Decimal(f"{i}.25")), ("USDC", Decimal(7))),
        )
        for i in range(n)
    ]
    tree = bitget_builder.Tree(accounts, bitget_builder.LAYOUT_2025_NOV)
    for i in range(n):
        (folder / f"bg_{i:06d}.json").write_text(tree.proof_text(i), encoding="utf-8")
    return tree.root.leaf


# Runs the command line and reports its own peak RSS and its workers' (ru_maxrss of RUSAGE_CHILDREN: the largest
# worker), since ru_maxrss of this benchmark's children would keep the largest process it ever ran.
WRAPPED = (
    "import resource as r, sys\n"
    "from verifier_gui.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "print('PEAK', r.getrusage(r.RUSAGE_SELF).ru_maxrss, r.getrusage(r.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def timed_batch(args: list[str]) -> tuple[float, str, subprocess.CompletedProcess[str]]:
    """Wall time (start-up included) and the peak RSS of the main process and of its largest worker."""
    t0, cpu0 = time.perf_counter(), os.times()
    proc = subprocess.run([sys.executable, "-c", WRAPPED, *args], capture_output=True, text=True, env=ENV, check=False)
    seconds, cpu1 = time.perf_counter() - t0, os.times()
    cpu = (cpu1.children_user - cpu0.children_user) + (cpu1.children_system - cpu0.children_system)
    peaks = next((line.split()[1:] for line in proc.stderr.splitlines() if line.startswith("PEAK")), ["0", "0"])
    main_kib, worker_kib = (int(p) for p in peaks)
    memory = f"peak RSS {main_kib / 1024:.0f} MiB" + (f", workers {worker_kib / 1024:.0f} MiB" if worker_kib else "")
    # CPU seconds of the batch and its workers: on a shared machine the wall time says more about the neighbours.
    return seconds, f"{cpu:.1f} CPU s, {memory}", proc


def per_file_loop(files: list[Path], root: str) -> float:
    t0 = time.perf_counter()
    for path in files:
        proc = subprocess.run([*CLI, "check", str(path), "--root", root, "-q"], capture_output=True, env=ENV, check=False)
        assert proc.returncode == 0, proc.stdout
    return (time.perf_counter() - t0) / len(files)


CATEGORIES = [
    ("hashing (SHA-256)", ("sha256", "hexdigest", "openssl_sha256", "hashing/sha256.py")),
    ("reading and JSON parsing", ("loading.py", "json/decoder.py", "json/__init__.py", "read_capped", "decode_text")),
    ("pydantic validation", ("pydantic", "models.py:")),
    ("amounts (Decimal, Java text)", ("amounts.py", "javalang.py", "decimal")),
    ("format detection", ("registry.py", "sniff")),
    ("findings evidence", ("findings.py",)),
    ("result building and messages", ("result.py", "text.py", "catalogue.py", "sumtree.py")),
]


def profile(files: list[str], root: str) -> str:
    """Self time grouped by category (each function counted once, by its own time)."""
    prof = cProfile.Profile()
    options = VerifyOptions(root=PublishedRoot(root, "bench"))
    index = FindingsIndex()
    t0 = time.perf_counter()
    prof.enable()
    results = []
    for update in verify_many(files, options, jobs=1):
        for outcome in update.outcomes:
            index.add(outcome.evidence)
            results.append(outcome.result)
    index.findings()
    prof.disable()
    wall = time.perf_counter() - t0
    stats = pstats.Stats(prof, stream=io.StringIO())
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    grouped = {name: 0.0 for name, _ in CATEGORIES}
    other = 0.0
    for (filename, _line, func), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{filename}:{func}"
        for name, keys in CATEGORIES:
            if any(k in where for k in keys):
                grouped[name] += tt
                break
        else:
            other += tt
    # What a worker process would send back per file: the result without its path steps, and its evidence.
    t1 = time.perf_counter()
    payload = pickle.dumps([(r, None) for r in results])
    pickling = time.perf_counter() - t1
    # Report writing, for the same results
    summary = summarise(results, [], len(results), False)
    with tempfile.TemporaryDirectory() as tmp:
        report_times = []
        for kind in ("json", "csv", "html"):
            t2 = time.perf_counter()
            write_report(Path(tmp) / f"r.{kind}", results, [], summary)
            report_times.append(f"{kind} {1e6 * (time.perf_counter() - t2) / len(results):.0f} µs/file")
    lines = [f"  profiled {len(files)} files at --jobs 1 in-process: {len(files) / wall:,.0f} files/s under the profiler"]
    for name, seconds in sorted(grouped.items(), key=lambda kv: -kv[1]):
        lines.append(f"    {name:<32} {100 * seconds / total:5.1f} %")
    lines.append(f"    {'other (format logic, generator)':<32} {100 * other / total:5.1f} %")
    lines.append(
        f"  pickling the results (what workers send back): {1e6 * pickling / len(files):.0f} µs/file, "
        f"{len(payload) / len(files) / 1024:.1f} KiB/file"
    )
    lines.append("  writing the report: " + ", ".join(report_times))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--profile", type=int, default=2000)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} (shared machine: figures are noisy)")
    for name, make in (("okx-merkle-v1", okx_files), ("bitget-merkle", bitget_files)):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            t0 = time.perf_counter()
            root = make(folder, args.files)
            files = sorted(folder.iterdir())
            print(f"\n{name}: {len(files):,} proof files generated in {time.perf_counter() - t0:.1f} s")
            for jobs in (1, 2):
                seconds, memory, proc = timed_batch(["batch", str(folder), "--root", root, "--jobs", str(jobs), "-q"])
                assert proc.returncode == 0, proc.stdout + proc.stderr
                print(f"  batch --jobs {jobs}: {seconds:.1f} s, {len(files) / seconds:,.0f} files/s "
                      f"(start-up included), {memory} ({proc.stdout.strip()})")
            if args.sample:  # --sample 0 / --profile 0 leave these parts out
                sample = files[:: max(1, len(files) // args.sample)][: args.sample]
                each = per_file_loop(sample, root)
                print(f"  one `check` process per file: {each * 1000:.0f} ms/file measured on {len(sample)} files, "
                      f"{1 / each:,.1f} files/s; extrapolated to {len(files):,} files: {each * len(files):,.0f} s")
            if args.profile:
                print(profile([str(f) for f in files[: args.profile]], root))


if __name__ == "__main__":
    main()
