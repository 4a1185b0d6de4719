"""``reserve-verify snapshot``: check what an exchange published for a whole zk snapshot, without any user's file.

Specs: gateio.md §2.6, htx_poloniex.md §2.5, binance.md §3.6 and §4.5, CLI.md (``snapshot``). The exchange
proves its liabilities batch by batch: each batch inserts users into the account tree and adds their assets to
the exchange's totals, and publishes per batch the tree root and the CEX asset-list commitment before and
after, plus a Poseidon commitment binding the four (the Groth16 proof's only public input). Checked here:

1. the batch numbers run 0, 1, 2, … without gaps;
2. every batch commitment, recomputed with Poseidon;
3. the chain: each batch starts where the one before ended;
4. the start: batch 0 starts from the empty tree and from zero totals;
5. the end: the last CEX commitment equals the commitment of the totals in the published configuration
   (so those totals are the sum of every user's entries), and no asset has more debt than equity;
6. the final account-tree root against the root the exchange shows on its page (``--root``).

Not checked: the Groth16 proofs (a pure-Python pairing takes about half an hour per real bundle). The report
says so, and says which of 4–5 could not be checked for lack of data; a pass never covers an unchecked part.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .formats import zk_hash, zk_user
from .formats import zk_batch_checks as checks
from .formats.zk_batch_checks import empty_root
from .formats.zk_batch_table import Batch, read_table
from .options import VerifyOptions
from .result import ErrorInfo, FormatInfo, Result, ResultBuilder, error_result
from .snapshot_read import find_one, is_archive, read_config, unpacked
from .text import text

FORMATS = {
    "gateio-zk": FormatInfo("gateio-zk", "Gate.io", "Gate.io zk-SNARK snapshot (batch proof table)"),
    "htx-zk-v2": FormatInfo("htx-zk-v2", "HTX", "HTX zk proof of reserves v2 (batch proof table)"),
    "poloniex-zk-v2": FormatInfo("poloniex-zk-v2", "Poloniex", "Poloniex zk proof of reserves v2 (batch proof table)"),
    "binance-zk-v1": FormatInfo("binance-zk-v1", "Binance", "Binance zk-SNARK proof of reserves v1 (batch proof table)"),
    "binance-zk-v2": FormatInfo("binance-zk-v2", "Binance", "Binance zk-SNARK proof of reserves v2 (batch proof table)"),
}
#: Binance v2's empty tree (its empty leaf is Poseidon(0,0,0,0,0), specs/binance.md §4.2).
BINANCE_V2_EMPTY_ROOT = int("08696bfcb563a2ee4dde9e1dbd34f68d3f4643df6e3709cdb1855c9f886240c7", 16)
TABLE_NAMES = ("proof.csv", "proof0.csv", "proof_table.csv", "proof.json")
CONFIG_NAMES = ("cex_config.json", "config.json")
#: (asset slots, chunk width) of the slot-packed layouts: Gate.io 350 and 800, Binance v1 Z1a and Z1b.
SLOT_LAYOUTS = ((350, 12), (800, 12), (350, 16))


@dataclass(frozen=True)
class SnapshotResult:
    result: Result
    batches: int
    checked: int

    def to_json(self) -> dict[str, Any]:
        """The ``check`` schema with the user part null, plus ``batches`` (specs/CLI.md)."""
        out = self.result.to_json()
        out["user"] = None
        out["batches"] = {"count": self.batches, "checked": self.checked}
        return out


def verify_snapshot(path: str, options: VerifyOptions) -> SnapshotResult:
    """Check a snapshot bundle: a folder, a ``.tar.gz``, or a batch table file (config from ``--assets``)."""
    name = str(path)
    try:
        p = Path(path)
        if not p.exists():
            raise InputError("file-not-found", text("{file}: no such file or folder.", file=name))
        if p.is_dir():
            return _verify_folder(name, p, options)
        if is_archive(p):
            with unpacked(p) as folder:
                return _verify_folder(name, folder, options)
        config = Path(options.assets) if options.assets else None
        return _Check(name, p, config, options).run()
    except InputError as exc:
        fmt = FORMATS.get(options.format_id or "")
        return SnapshotResult(error_result(name, exc, fmt), 0, 0)
    except Exception as exc:  # a bug must still end as an error, never as a pass or a traceback
        return SnapshotResult(
            Result(
                file=name,
                verdict="error",
                error=ErrorInfo(
                    "internal-error",
                    text(
                        "{file}: the verifier hit an internal error ({kind}: {reason}). Nothing was concluded.",
                        file=name,
                        kind=type(exc).__name__,
                        reason=str(exc),
                    ),
                ),
            ),
            0,
            0,
        )


def _verify_folder(name: str, folder: Path, options: VerifyOptions) -> SnapshotResult:
    table = find_one(folder, TABLE_NAMES)
    if table is None:
        raise InputError("invalid-snapshot", text("{file}: no batch proof table (proof.csv) found inside.", file=name))
    config = Path(options.assets) if options.assets else find_one(folder, CONFIG_NAMES)
    return _Check(name, table, config, options).run()


class _Check:
    def __init__(self, name: str, table: Path, config_path: Path | None, options: VerifyOptions) -> None:
        self.name = name
        self.table = table
        self.config_path = config_path
        self.options = options
        self.progress = options.progress
        self.config = read_config(config_path) if config_path else None

    # --- what kind of snapshot ---------------------------------------------------------------------------

    def _kind(self, rows: list[Batch]) -> str:
        if self.options.format_id:
            if self.options.format_id not in FORMATS:
                raise InputError(
                    "unknown-format-id",
                    text("Snapshots can be checked for the formats {known}; not {given}.", known=", ".join(FORMATS), given=self.options.format_id),
                )
            return self.options.format_id
        if any(len(r.roots) == 1 or r.assets_count is not None for r in rows):
            return "binance-zk-v2"
        infos = self.config["CexAssetsInfo"] if self.config else []
        if infos and all(isinstance(i, dict) and "TotalBalance" in i for i in infos):
            return "htx-zk-v2"
        if self.config_path is not None and self.config_path.name == "cex_config.json":
            return "gateio-zk"
        if self.config_path is not None and infos and all(isinstance(i, dict) and "BasePrice" in i for i in infos):
            return "binance-zk-v1"
        shared = {empty_root((2 * n + 2) // 3, c) for n, c in SLOT_LAYOUTS}
        if self.config is None and rows[0].roots[0] not in shared and checks.scan_htx_n(rows[0].roots[0], self.progress):
            return "htx-zk-v2"  # starts from an HTX empty tree (Gate.io's and Binance's empty roots excluded)
        raise InputError(
            "ambiguous-format",
            text("{file}: this batch table fits several exchanges; choose one with --format.", file=self.name),
            candidates=tuple(FORMATS),
        )

    # --- the checks --------------------------------------------------------------------------------------------

    def run(self) -> SnapshotResult:
        rows = read_table(self.table, self.progress)
        kind = self._kind(rows)
        b = ResultBuilder(self.name, FORMATS[kind])
        self.b = b
        b.warn("zk-proof-not-verified", text("The Groth16 proofs of the {count} batches were not checked.", count=len(rows)))
        checked = checks.check_table(b, rows, self.progress, across_gaps=False)
        start, final = self._commitment_rules(kind, rows)
        if start is not None and rows[0].number == 0:
            checks.check_start(b, rows[0], start[0], start[1])
        if final is not None:
            checks.check_final(b, rows[-1], final(), self.config_path.name if self.config_path else "")
        root = zk_hash.hex32(rows[-1].roots[-1])
        b.root_computed = root
        if self.options.root is not None:
            b.set_expected_root(self.options.root.value, "published", self.options.root.origin)
        else:
            b.set_expected_root(root, "file", text("the last batch's account-tree root"))
            b.warn("root-from-file", text("Give the root shown on the exchange's page with --root to compare it."))
        empties = {zk_hash.hex32(BINANCE_V2_EMPTY_ROOT)}
        empties |= {zk_hash.hex32(empty_root((2 * slots + 2) // 3, chunk)) for slots, chunk in SLOT_LAYOUTS}
        checks.warn_empty_roots(b, {root} | ({b.root_expected} if b.root_expected else set()), empties)
        for code in SCHEME_WARNINGS[kind]:
            b.warn(code)
        if self.progress is not None:
            self.progress.at(1.0)
        return SnapshotResult(b.finish(), len(rows), checked)

    # --- start and end: the empty tree and the published totals --------------------------------------------------

    def _commitment_rules(
        self, kind: str, rows: list[Batch]
    ) -> tuple[tuple[int, int | None] | None, Callable[[], int] | None]:
        """(expected start root and start CEX commitment, a function giving the final CEX commitment) for this
        kind of snapshot; None where the published data does not allow the check (a warning says which)."""
        infos = self.config["CexAssetsInfo"] if self.config else None
        first = rows[0]
        if kind in ("htx-zk-v2", "poloniex-zk-v2"):
            if infos is None:
                n = checks.scan_htx_n(first.roots[0])  # already scanned (and cached) when the kind was chosen
                self.b.warn("asset-data-missing", text("Without the snapshot's config.json the final totals were not checked."))
                if n is None:
                    return None, None
                self.b.warn("asset-count-guessed", text("N = {n} assets, found from batch 0's empty-tree root.", n=n))
                self.b.format = dataclasses.replace(self.b.format, variant=text("N = {n} assets (found by scanning)", n=n))
                return (empty_root(n, 12), checks.zero_commitment(n)), None
            n = len(infos)
            balances = _indexed(infos, n, self.name, lambda i: [abs(_num(i, "TotalBalance", self.name))])
            self.b.totals = {
                str(i.get("Symbol", k)).upper(): zk_user.scaled(_num(i, "TotalBalance", self.name), 8)
                for k, i in enumerate(infos)
                if _num(i, "TotalBalance", self.name)
            }
            return (empty_root(n, 12), checks.zero_commitment(n)), lambda: checks.balance_commitment([v[0] for v in balances])
        if kind == "binance-zk-v2":
            self.b.warn(
                "totals-not-compared",
                text("Binance v2's CEX commitment packs prices and collateral tiers of that month's full configuration, which is not published with the table; start and final totals were not checked."),
            )
            if len(first.roots) == 2:
                return (BINANCE_V2_EMPTY_ROOT, None), None
            return None, None
        # Gate.io and Binance v1: TotalEquity·2^128 + TotalDebt·2^64 + BasePrice per asset slot
        candidates = [(350, 12), (800, 12)] if kind == "gateio-zk" else [(350, 12), (350, 16)]
        slots, chunk = candidates[0]
        for n, c in candidates:
            if empty_root((2 * n + 2) // 3, c) == first.roots[0]:
                slots, chunk = n, c
                break
        if kind == "binance-zk-v1":
            self.b.format = dataclasses.replace(self.b.format, variant="Z1a 12-wide" if chunk == 12 else "Z1b 16-wide")
        root0 = empty_root((2 * slots + 2) // 3, chunk)
        if infos is None:
            self.b.warn("asset-data-missing", text("Without the snapshot's configuration the start totals and the final totals were not checked."))
            return None, None
        entries = _indexed(
            infos,
            slots,
            self.name,
            lambda i: [_num(i, "TotalEquity", self.name), _num(i, "TotalDebt", self.name), _num(i, "BasePrice", self.name)],
        )
        over = [i.get("Symbol", "?") for i in infos if _num(i, "TotalDebt", self.name) > _num(i, "TotalEquity", self.name)]
        checks.check_debt(self.b, [str(symbol) for symbol in over])
        zero = checks.slot_commitment([(0, 0, p) for _, _, p in entries], slots, chunk)
        return (root0, zero), lambda: checks.slot_commitment([(e, d, p) for e, d, p in entries], slots, chunk)


#: Scheme warnings per snapshot kind (specs/weaknesses.md, the per-format table; user-level ones left out).
SCHEME_WARNINGS = {
    "gateio-zk": ("prices-unattested", "negative-accounts-excluded"),
    "htx-zk-v2": ("sign-not-bound", "trusted-setup-single-party", "cross-asset-netting"),
    "poloniex-zk-v2": ("sign-not-bound", "trusted-setup-single-party", "cross-asset-netting"),
    "binance-zk-v1": ("prices-unattested", "cross-asset-netting", "negative-accounts-excluded"),
    "binance-zk-v2": ("prices-unattested",),
}
def _num(item: Any, key: str, name: str) -> int:
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, int) or isinstance(value, bool) or abs(value) >= 2**64:
        raise InputError("invalid-assets", text("{file}: CexAssetsInfo entry {entry} needs a whole-number {key}.", file=name, entry=str(item)[:80], key=key))
    return value


def _indexed(infos: list[Any], slots: int, name: str, values: Callable[[Any], list[int]]) -> list[list[int]]:
    """Config entries placed at their ``Index``, padded with zero entries up to ``slots``."""
    width = len(values(infos[0])) if infos else 1
    out = [[0] * width for _ in range(slots)]
    seen: set[int] = set()
    for item in infos:
        index = item.get("Index") if isinstance(item, dict) else None
        if not isinstance(index, int) or not 0 <= index < slots or index in seen:
            raise InputError(
                "invalid-assets",
                text("{file}: CexAssetsInfo has a missing, repeated or out-of-range Index {index} (slots: {slots}).", file=name, index=str(index), slots=slots),
            )
        seen.add(index)
        out[index] = values(item)
    return out
