"""reserve-verify: the command line (specs/CLI.md is its contract; change it only by adding)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .core.catalogue import warning_why
from .core.demo import demo_proof_path, demo_root_path
from .core.entry import ENTERED_NAME, ENTRY_FIELDS, ENTRY_FORMATS, verify_entered
from .core.errors import InputError
from .core.options import VerifyOptions
from .core.progress import Progress
from .core.registry import all_formats
from .core.result import Result, error_result
from .core.roots import parse_root_argument, read_root_file
from .core.secrets import SECRET_FIELDS, UserSecrets
from .core.verify import verify_file

EXIT_PASS, EXIT_FAIL, EXIT_ERROR = 0, 1, 2
_EXIT = {"pass": EXIT_PASS, "fail": EXIT_FAIL, "error": EXIT_ERROR}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reserve-verify",
        description="Verify exchanges' proof-of-reserves Merkle proofs offline.",
        epilog="Exit status: 0 pass, 1 fail, 2 error (unreadable or unsupported input, bad usage).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = sub.add_parser(
        "check",
        help="verify one proof file",
        description="Verify one proof file against the root the exchange published.",
    )
    check.add_argument(
        "proof",
        metavar="PROOF",
        nargs="?",
        help="the proof file the exchange gave you (leave it out when you enter values by hand, see below)",
    )
    check.add_argument(
        "--root",
        metavar="R",
        help="the published root: hex (any case, optional 0x) or a file that holds it; without it the root "
        "inside the proof file is used, with the warning root-from-file",
    )
    check.add_argument("--tree", metavar="FILE", help="full tree or leaf list, for formats that publish one")
    check.add_argument("--assets", metavar="FILE", help="the snapshot's asset list or configuration")
    check.add_argument("--format", metavar="ID", dest="format_id", help="skip detection ('formats' lists ids)")
    record = check.add_argument_group(
        "your record, for Gate.io v1 leaf lists (PROOF is the list)",
        "Checks that your own leaf is in the list and recomputes its path.",
    )
    record.add_argument("--hashed-uid", metavar="TEXT", help="your hashed UID as Gate.io shows it")
    record.add_argument("--balance", metavar="AMOUNT", help="your balance as Gate.io shows it")
    record.add_argument("--token", metavar="SYMBOL", help="the token of that balance (a label only)")
    account = check.add_argument_group(
        "your record, for The Network Firm / Bitso leaf lists (PROOF is the list)",
        "Finds your own leaf in the list (each known leaf mode is tried) and recomputes its path.",
    )
    account.add_argument("--account", metavar="ID", help="your account id (uid or account code) as the auditor has it")
    account.add_argument(
        "--account-balances",
        metavar="TEXT",
        help="your balances as TOKEN=amount pairs in the auditor's column order, e.g. 'BTC=0.5,ETH=1.25'",
    )
    uid = check.add_argument_group("your UID, for HTX and Poloniex zk v2 proofs")
    uid.add_argument(
        "--uid", metavar="NUMBER", help="your UID, checked against AccountIdHash (SHA-256 mod r)"
    )
    typed = check.add_argument_group(
        "values from a web page (Silver Sixpence audits: --format binance-silversixpence, "
        "kucoin-silversixpence or silversixpence, no PROOF)",
        "Give what the exchange's page showed: the Merkle leaf, or the record fields to recompute it, and the "
        "path from the bottom up.",
    )
    typed.add_argument("--leaf", metavar="HEX", help="the Merkle leaf shown on the page")
    typed.add_argument("--merkle-hash", metavar="HEX", help="Binance: the Merkle Hash shown beside the leaf")
    typed.add_argument("--customer-id", metavar="TEXT", help="the customer id (hashed user id) shown")
    typed.add_argument("--salt", metavar="TEXT", help="the salt shown")
    typed.add_argument("--audit-id", metavar="TEXT", help="the audit id, e.g. PR22NOV22")
    typed.add_argument("--balances", metavar="TEXT", help="the balances exactly as shown, e.g. 'BTC=1.0000|ETH=2.0000'")
    typed.add_argument(
        "--path",
        metavar="STEPS",
        help="the siblings from the bottom up, comma-separated: L:<hex> (sibling on the left), R:<hex> (on the "
        "right), or 'promoted' for a level with no sibling",
    )
    held = check.add_argument_group(
        "what you hold and keep secret (SwissBorg, BitMEX, River); never stored or printed",
        "Give FILE's owner's secret to recompute and find their own leaves. Write '-' to read a value from standard "
        "input instead of the command line, where other users of the computer could see it.",
    )
    held.add_argument("--credential", metavar="TEXT", help="SwissBorg: your audit credential")
    held.add_argument("--account-id", metavar="ID", help="BitMEX: your account number; River: your account UID")
    held.add_argument("--nonce", metavar="HEX", help="BitMEX: your nonce for this snapshot")
    held.add_argument("--account-nonce", metavar="HEX", help="BitMEX (expert): your account's master nonce")
    held.add_argument("--account-key", metavar="HEX", help="River: your account key")
    held.add_argument("--email", metavar="TEXT", help="River: your account's e-mail address")
    _add_output_options(check)

    snap = sub.add_parser(
        "snapshot",
        help="verify a whole zk snapshot an exchange published (no user file)",
        description="Verify a snapshot bundle: a Gate.io zkmerkle_cex_YYYYMMDD.tar.gz or its folder (proof.csv + "
        "cex_config.json), an HTX/Poloniex proof CSV with its config, or Binance's batch proof table. Checks every "
        "batch commitment, the chain between batches, the start from an empty tree, the final totals against the "
        "config, and the final root against --root. The Groth16 proofs are not checked (the report says so).",
    )
    snap.add_argument("path", metavar="PATH", help="the bundle (.tar.gz), its folder, or a batch proof table file")
    snap.add_argument("--root", metavar="R", help="the root shown on the exchange's page (hex or a file holding it)")
    snap.add_argument("--assets", metavar="FILE", help="the snapshot's config (cex_config.json, config.json)")
    snap.add_argument("--format", metavar="ID", dest="format_id", help="the exchange's format id, when detection cannot tell")
    _add_output_options(snap)

    _add_batch_parser(sub)

    formats = sub.add_parser("formats", help="list the supported formats", description="List the supported formats.")
    formats.add_argument("--json", action="store_true", help="print a JSON list")

    demo = sub.add_parser(
        "demo",
        help="verify the bundled sample proof",
        description="Verify the sample proof that ships with the app and print the report.",
    )
    _add_output_options(demo)
    return parser


def _add_batch_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    batch = sub.add_parser(
        "batch",
        help="verify many proof files against one snapshot",
        description="Verify many proof files (files, folders searched recursively for .json/.csv/.txt files, or "
        "glob patterns) against one published root, and report what only many proofs together reveal: one node "
        "shown with different balances (forged sum-only parents), duplicated leaves, reused nonces, mixed roots.",
        epilog="Exit status: 0 all passed, 1 any file failed or errored, 2 bad usage, 130 interrupted (the report "
        "of the files done so far is still written).",
    )
    batch.add_argument("paths", metavar="PATH", nargs="+", help="proof files, folders or glob patterns")
    batch.add_argument("--root", metavar="R", help="the published root: hex or a file that holds it")
    batch.add_argument("--assets", metavar="FILE", help="the snapshot's asset list or configuration")
    batch.add_argument("--format", metavar="ID", dest="format_id", help="skip detection ('formats' lists ids)")
    batch.add_argument("--jobs", metavar="N", type=int, help="worker processes (default: the machine's cores)")
    batch.add_argument("--report", metavar="FILE", help="write a report; the suffix picks the kind: .json, .csv, .html")
    batch.add_argument("--json", action="store_true", help="print the JSON report on stdout and nothing else there")
    batch.add_argument("-q", "--quiet", action="store_true", help="print only the summary line")


def _add_output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object (schema 1) and nothing else")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the verdict line")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "formats":
            return _cmd_formats(args.json, sys.stdout)
        if args.command == "batch":
            from .batch_cli import run_batch  # imported on use: keeps `check` start-up as it was

            return run_batch(args, parser)
        if args.command == "demo":
            root = read_root_file(str(demo_root_path()))
            result = verify_file(demo_proof_path(), VerifyOptions(root=root))
            return _emit(result, args)
        if args.command == "snapshot":
            return _cmd_snapshot(args)
        return _cmd_check(args, parser)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


def _cmd_check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    typed = {name: getattr(args, name) for name in ENTRY_FIELDS if getattr(args, name)}
    if args.proof is None and not typed:
        parser.error("check needs PROOF, or values from a web page with --format (see check --help)")
    if args.proof is not None and typed:
        parser.error("give either PROOF or values typed by hand (--leaf, --path, …), not both")
    name = args.proof if args.proof is not None else ENTERED_NAME
    try:
        root = parse_root_argument(args.root, "given with --root") if args.root else None
    except InputError as exc:
        return _emit(error_result(name, exc), args)
    if args.proof is None:
        if args.format_id not in ENTRY_FORMATS:
            parser.error(f"values typed by hand need --format {' or '.join(ENTRY_FORMATS)}")
        return _emit(verify_entered(args.format_id, typed, VerifyOptions(root=root)), args)
    given = (
        ("hashed_uid", args.hashed_uid),
        ("balance", args.balance),
        ("token", args.token),
        ("account", args.account),
        ("account_balances", args.account_balances),
        ("uid", args.uid),
    )
    record = {k: v for k, v in given if v}
    options = VerifyOptions(
        root=root,
        tree=args.tree,
        assets=args.assets,
        format_id=args.format_id,
        record=record or None,
        secrets=_secrets(args),
    )
    return _emit(verify_file(args.proof, options), args)


def _secrets(args: argparse.Namespace) -> UserSecrets | None:
    """The secrets given as options; '-' reads one line from standard input (kept off the command line)."""
    values: dict[str, str | None] = {}
    for name in SECRET_FIELDS:
        value = getattr(args, name)
        if value == "-":
            value = sys.stdin.readline().rstrip("\r\n")
        values[name] = value
    return UserSecrets.from_fields(values)


def _cmd_snapshot(args: argparse.Namespace) -> int:
    try:
        root = parse_root_argument(args.root, "given with --root") if args.root else None
    except InputError as exc:
        return _emit(error_result(args.path, exc), args)
    bar = ProgressBar(sys.stderr) if sys.stderr.isatty() and not args.quiet else None
    options = VerifyOptions(
        root=root, assets=args.assets, format_id=args.format_id, progress=Progress(bar.show) if bar else None
    )
    from .core.snapshot import verify_snapshot  # loads Poseidon only when a snapshot is checked

    snap = verify_snapshot(args.path, options)
    if bar:
        bar.done()
    if args.json:
        json.dump(snap.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return _EXIT[snap.result.verdict]
    code = _emit(snap.result, args)
    if not args.quiet and snap.result.verdict != "error":
        print(f"  Batches: {snap.batches}, commitments recomputed: {snap.checked}; Groth16 proofs not checked.")
    return code


class ProgressBar:
    """A one-line progress bar on a terminal (stderr), redrawn at most once per percent."""

    def __init__(self, out: TextIO, width: int = 40) -> None:
        self.out, self.width, self.last = out, width, -1

    def show(self, fraction: float) -> None:
        percent = int(fraction * 100)
        if percent != self.last:
            self.last = percent
            filled = int(fraction * self.width)
            self.out.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}%")
            self.out.flush()

    def done(self) -> None:
        self.out.write("\r" + " " * (self.width + 8) + "\r")
        self.out.flush()


def _emit(result: Result, args: argparse.Namespace) -> int:
    if args.json:
        json.dump(result.to_json(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        Report(sys.stdout).write(result, quiet=args.quiet)
    return _EXIT[result.verdict]


def _cmd_formats(as_json: bool, out: TextIO) -> int:
    specs = all_formats()
    if as_json:
        rows = [
            {"id": s.id, "exchange": s.exchange, "name": s.name, "period": s.period, "needs": s.needs} for s in specs
        ]
        json.dump(rows, out, indent=2, ensure_ascii=False)
        out.write("\n")
        return EXIT_PASS
    width = max(len(s.id) for s in specs)
    for s in specs:
        out.write(f"{s.id:<{width}}  {s.exchange}: {s.name} ({s.period})\n{'':<{width}}  needs {s.needs}\n")
    return EXIT_PASS


class Report:
    """The short human report of one result; colour only on a terminal, and never colour alone."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.colour = out.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"

    def _c(self, text: str, code: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.colour else text

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")

    def write(self, r: Result, quiet: bool = False) -> None:
        verdict = {"pass": ("PASS", "1;32"), "fail": ("FAIL", "1;31"), "error": ("ERROR", "1;33")}[r.verdict]
        fmt = f"{r.format.exchange}, {r.format.name}" if r.format else "format not identified"
        if r.format and r.format.variant:
            fmt += f" (variant {r.format.variant})"
        self.line(f"{self._c(verdict[0], verdict[1])}  {r.file}  [{fmt}]")
        if quiet:
            return
        if r.error:
            self.line(f"  {r.error.message}")
            return
        if r.user_id:
            self.line(f"  Account: {r.user_id}")
        if r.balances:
            self.line("  Your balances:")
            for coin, amount in r.balances.items():
                self.line(f"    {coin:<8} {amount}")
        self.line(f"  Computed root: {r.root_computed or '(not computed)'}")
        if r.root_expected:
            src = "published" if r.root_source == "published" else "written in the proof file"
            where = f", {r.root_origin}" if r.root_origin else ""
            self.line(f"  Expected root: {r.root_expected} ({src}{where})")
        if r.totals:
            self.line("  Root totals: " + ", ".join(f"{c} {v}" for c, v in r.totals.items()))
        for c in r.checks:
            mark = self._c("ok  ", "32") if c.ok else self._c("FAIL", "31")
            self.line(f"  [{mark}] {c.name}: {c.detail}")
        if r.failure:
            f = r.failure
            self.line(self._c(f"  First step that did not match: {f.step}", "1;31"))
            if f.expected:
                self.line(f"    expected: {f.expected}")
            if f.computed:
                self.line(f"    computed: {f.computed}")
            self.line(f"    {f.message}")
        if r.warnings:
            self.line("  Warnings:")
            for w in r.warnings:
                self.line(f"    {self._c('!', '33')} {w.code}: {w.message}")
                self.line(f"      Why it matters: {warning_why(w.code)}")


if __name__ == "__main__":  # python -m verifier_gui.cli
    sys.exit(main())
