"""Count what the verifier says about seeded mutants of every passing vector (tests/mutants.py), per format:
the table the README quotes. Exits 1 if any mutant that changes the file passed.

Usage: python build_scripts/mutation_report.py [--values N] [--bytes N] [--seed S]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.conftest import manifest, vectors_dir  # noqa: E402
from tests.mutants import load_case, mutants, verify_mutant  # noqa: E402
from verifier_gui.core.registry import all_formats  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--values", type=int, default=1000, help="value edits per vector at most")
    parser.add_argument("--bytes", type=int, default=1000, help="byte edits per vector")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--format", dest="formats", action="append", help="only this format id (repeatable)")
    args = parser.parse_args()
    implemented = {f.id for f in all_formats()}
    table: dict[str, Counter[str]] = defaultdict(Counter)
    false_passes = 0
    with tempfile.TemporaryDirectory() as scratch:
        for vector in manifest():
            if vector["format"] not in implemented or vector["expect"] != "pass":
                continue
            if args.formats and vector["format"] not in args.formats:
                continue
            case = load_case(vector, vectors_dir())
            tree = Path(scratch) / Path(case.tree_name).name if case.tree_name else None
            for mutant in mutants(case, args.values, args.bytes, args.seed):
                verdict = verify_mutant(case, mutant, tree).verdict
                row = table[vector["format"]]
                row["mutants"] += 1
                if verdict == "pass":
                    kind = "false pass" if mutant.changes_meaning else "pass (same meaning)"
                    false_passes += mutant.changes_meaning
                    if mutant.changes_meaning:  # say where, so that it can be looked into
                        print(f"false pass: {vector['id']}: {mutant.kind} edit at {mutant.where}", file=sys.stderr)
                else:
                    kind = verdict
                row[kind] += 1
    columns = ["mutants", "fail", "error", "pass (same meaning)", "false pass"]
    print("| format | " + " | ".join(columns) + " |")
    print("|---|" + "---:|" * len(columns))
    for fmt in sorted(table):
        print(f"| `{fmt}` | " + " | ".join(f"{table[fmt][c]:,}" for c in columns) + " |")
    total = Counter()
    for row in table.values():
        total.update(row)
    print("| **all** | " + " | ".join(f"**{total[c]:,}**" for c in columns) + " |")
    return 1 if false_passes else 0


if __name__ == "__main__":
    sys.exit(main())
