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
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError
from .formats import zk_hash
from .formats.zk_batches import htx_empty_root
from .options import VerifyOptions
from .result import ErrorInfo, FormatInfo, Result, ResultBuilder, error_result
from .snapshot_read import BatchRow, find_one, is_archive, read_config, read_table, unpacked
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
DEPTH = 28
TABLE_NAMES = ("proof.csv", "proof0.csv", "proof_table.csv", "proof.json")
CONFIG_NAMES = ("cex_config.json", "config.json")


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


@lru_cache(maxsize=16)
def empty_root(asset_elements: int, chunk: int) -> int:
    """Root of a depth-28 tree of empty accounts whose leaf is Poseidon(0, 0, 0, Poseidon(0 × asset_elements))."""
    node = zk_hash.hash_elements([0, 0, 0, zk_hash.hash_elements([0] * asset_elements, chunk)], chunk)
    for _ in range(DEPTH):
        node = zk_hash.hash_pair(node, node)
    return node


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

    def _kind(self, rows: list[BatchRow]) -> str:
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
        shared = {empty_root((2 * n + 2) // 3, c) for n, c in ((350, 12), (800, 12), (350, 16))}
        if self.config is None and rows[0].roots[0] not in shared and _scan_htx_asset_count(rows[0].roots[0]):
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
        self._check_numbers(rows)
        checked = self._check_commitments(rows)
        self._check_chain(rows)
        start, final = self._commitment_rules(kind, rows)
        self._check_start(rows, start)
        self._check_final(rows, final)
        root = zk_hash.hex32(rows[-1].roots[-1])
        b.root_computed = root
        if self.options.root is not None:
            b.set_expected_root(self.options.root.value, "published", self.options.root.origin)
        else:
            b.set_expected_root(root, "file", text("the last batch's account-tree root"))
            b.warn("root-from-file", text("Give the root shown on the exchange's page with --root to compare it."))
        self._warn_empty_root(kind, root)
        for code in SCHEME_WARNINGS[kind]:
            b.warn(code)
        if self.progress is not None:
            self.progress.at(1.0)
        return SnapshotResult(b.finish(), len(rows), checked)

    def _warn_empty_root(self, kind: str, final_root: str) -> None:
        """A root equal to an empty tree's root proves no account at all (Gate.io's page once showed one)."""
        empties = {zk_hash.hex32(BINANCE_V2_EMPTY_ROOT)}
        for slots, chunk in ((350, 12), (800, 12), (350, 16)):
            empties.add(zk_hash.hex32(empty_root((2 * slots + 2) // 3, chunk)))
        shown = {final_root} | ({self.b.root_expected} if self.b.root_expected else set())
        for value in sorted(shown & empties):
            self.b.warn("known-empty-root", text("{root} is the root of an empty account tree.", root=value))

    def _tick(self, k: int, n: int) -> None:
        if self.progress is not None and k % 64 == 0:
            self.progress.at(0.3 + 0.7 * k / max(n, 1))

    def _check_numbers(self, rows: list[BatchRow]) -> None:
        gap = next((k for k, r in enumerate(rows) if r.number != k), None)
        ok = gap is None
        self.b.check(
            text("batch numbers"),
            ok,
            text("The {count} batches are numbered 0 to {last} without gaps.", count=len(rows), last=len(rows) - 1)
            if ok
            else text(
                "Batch numbers must run 0, 1, 2, … without gaps or repeats; position {k} holds batch {number}.",
                k=gap,
                number=rows[gap].number,
            ),
            expected=str(gap) if gap is not None else "",
            computed=str(rows[gap].number) if gap is not None else "",
        )

    def _check_commitments(self, rows: list[BatchRow]) -> int:
        bad: list[BatchRow] = []
        first: tuple[int, int] | None = None
        for k, r in enumerate(rows):
            if len(r.roots) == 2:
                inputs = [r.roots[0], r.roots[1], r.cex[0], r.cex[1]]
            else:  # Binance from May 2026: one root and the account index range
                inputs = [r.roots[0], r.cex[0], r.cex[1], r.min_index or 0, r.max_index or 0]
            for value in inputs:
                zk_hash.check_below_field(value, text("{file} batch {number}", file=self.name, number=r.number))
            computed = zk_hash.hash_elements(inputs)
            if computed != r.commitment:
                bad.append(r)
                if first is None:
                    first = (r.commitment, computed)
            self._tick(k, len(rows))
        ok = not bad
        self.b.check(
            text("batch commitments"),
            ok,
            text(
                "All {count} batch commitments equal Poseidon of their roots and CEX commitments. "
                "The Groth16 proofs behind them were not checked.",
                count=len(rows),
            )
            if ok
            else text(
                "{bad} of {count} batch commitments differ from the recomputed Poseidon value; the first is batch {number} (row {row}).",
                bad=len(bad),
                count=len(rows),
                number=bad[0].number,
                row=bad[0].line,
            ),
            expected=zk_hash.hex32(first[1]) if first else "",
            computed=zk_hash.hex32(first[0]) if first else "",
        )
        return len(rows)

    def _check_chain(self, rows: list[BatchRow]) -> None:
        broken: tuple[BatchRow, str] | None = None
        for prev, cur in zip(rows, rows[1:]):
            if cur.number != prev.number + 1:
                continue  # a gap: the batch-number check already fails it
            if len(prev.roots) != len(cur.roots):
                broken = (cur, "account_tree_roots")
            elif len(cur.roots) == 2 and cur.roots[0] != prev.roots[1]:
                broken = (cur, "account_tree_roots")
            elif len(cur.roots) == 1 and cur.roots[0] != prev.roots[0]:
                broken = (cur, "account_tree_roots")
            elif cur.cex[0] != prev.cex[1]:
                broken = (cur, "cex_asset_list_commitments")
            elif cur.min_index is not None and prev.max_index is not None and cur.min_index != prev.max_index + 1:
                broken = (cur, "min_account_index")
            if broken:
                break
        ok = broken is None
        self.b.check(
            text("chain"),
            ok,
            text("Each batch starts from the tree root and totals the batch before it ended with.")
            if ok
            else text(
                "Batch {number} does not start where batch {previous} ended ({column}).",
                number=broken[0].number,
                previous=broken[0].number - 1,
                column=broken[1],
            ),
        )

    # --- start and end: the empty tree and the published totals --------------------------------------------------

    def _commitment_rules(
        self, kind: str, rows: list[BatchRow]
    ) -> tuple[tuple[int, int | None] | None, Callable[[], int] | None]:
        """(expected start root and start CEX commitment, a function giving the final CEX commitment) for this
        kind of snapshot; None where the published data does not allow the check (a warning says which)."""
        infos = self.config["CexAssetsInfo"] if self.config else None
        first = rows[0]
        if kind in ("htx-zk-v2", "poloniex-zk-v2"):
            if infos is None:
                n = _scan_htx_asset_count(first.roots[0])
                self.b.warn("asset-data-missing", text("Without the snapshot's config.json the final totals were not checked."))
                if n is None:
                    return None, None
                self.b.warn("asset-count-guessed", text("N = {n} assets, found from batch 0's empty-tree root.", n=n))
                self.b.format = dataclasses.replace(self.b.format, variant=text("N = {n} assets (found by scanning)", n=n))
                return (empty_root(n, 12), zk_hash.hash_elements([0] * n, 12)), None
            n = len(infos)
            balances = _indexed(infos, n, self.name, lambda i: [abs(_num(i, "TotalBalance", self.name))])
            self.b.totals = {
                str(i.get("Symbol", k)).upper(): _scaled(_num(i, "TotalBalance", self.name), 8)
                for k, i in enumerate(infos)
                if _num(i, "TotalBalance", self.name)
            }
            start = (empty_root(n, 12), zk_hash.hash_elements([0] * n, 12))
            return start, lambda: zk_hash.hash_elements([v[0] for v in balances], 12)
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
        self._check_debt(infos)

        def pack(zero_totals: bool) -> int:
            values = [((0 if zero_totals else e) << 128) | ((0 if zero_totals else d) << 64) | p for e, d, p in entries]
            return zk_hash.hash_elements(values, chunk)

        return (root0, pack(True)), lambda: pack(False)

    def _check_debt(self, infos: list[Any]) -> None:
        over = [i.get("Symbol", "?") for i in infos if _num(i, "TotalDebt", self.name) > _num(i, "TotalEquity", self.name)]
        self.b.check(
            text("asset totals"),
            not over,
            text("No asset in the configuration has more total debt than total equity.")
            if not over
            else text("These assets have more total debt than total equity: {symbols}.", symbols=", ".join(map(str, over))),
        )

    def _check_start(self, rows: list[BatchRow], start: tuple[int, int | None] | None) -> None:
        """Batch 0 must start from the empty tree and (where the published data allows it: start[1] not None)
        from the commitment of zero totals."""
        if start is None or rows[0].number != 0:
            return
        first = rows[0]
        root_ok = first.roots[0] == start[0]
        cex_ok = start[1] is None or first.cex[0] == start[1]
        if root_ok and cex_ok:
            detail = (
                text("Batch 0 starts from the empty account tree and from zero totals.")
                if start[1] is not None
                else text("Batch 0 starts from the empty account tree (its starting totals could not be checked).")
            )
        elif not root_ok:
            detail = text("Batch 0 does not start from the empty account tree.")
        else:
            detail = text("Batch 0 does not start from zero totals at the configuration's prices.")
        wrong = (start[0], first.roots[0]) if not root_ok else (start[1] or 0, first.cex[0])
        self.b.check(
            text("start"),
            root_ok and cex_ok,
            detail,
            expected=zk_hash.hex32(wrong[0]) if not (root_ok and cex_ok) else "",
            computed=zk_hash.hex32(wrong[1]) if not (root_ok and cex_ok) else "",
        )

    def _check_final(self, rows: list[BatchRow], final: Callable[[], int] | None) -> None:
        if final is None:
            return
        expected = final()
        ok = rows[-1].cex[1] == expected
        self.b.check(
            text("final totals"),
            ok,
            text("The last batch's CEX commitment equals the commitment of the totals in {file}.", file=self._config_name())
            if ok
            else text(
                "The last batch's CEX commitment differs from the commitment of the totals in {file}: the published totals are not the sum the batches proved.",
                file=self._config_name(),
            ),
            expected=zk_hash.hex32(expected),
            computed=zk_hash.hex32(rows[-1].cex[1]),
        )

    def _config_name(self) -> str:
        return self.config_path.name if self.config_path else ""


#: Scheme warnings per snapshot kind (specs/weaknesses.md, the per-format table; user-level ones left out).
SCHEME_WARNINGS = {
    "gateio-zk": ("prices-unattested", "negative-accounts-excluded"),
    "htx-zk-v2": ("sign-not-bound", "trusted-setup-single-party", "cross-asset-netting"),
    "poloniex-zk-v2": ("sign-not-bound", "trusted-setup-single-party", "cross-asset-netting"),
    "binance-zk-v1": ("prices-unattested", "cross-asset-netting", "negative-accounts-excluded"),
    "binance-zk-v2": ("prices-unattested",),
}
#: HTX/Poloniex: the asset counts tried when no config gives N (htx_poloniex.md §2.4).
MAX_HTX_ASSETS = 220


def _scan_htx_asset_count(first_root: int) -> int | None:
    """The N whose empty tree (leaf Poseidon(0, 0, 0, Poseidon(N zeros))) batch 0 starts from, if any."""
    target = zk_hash.hex32(first_root)
    for n in range(1, MAX_HTX_ASSETS + 1):
        if htx_empty_root(n) == target:
            return n
    return None


def _scaled(value: int, places: int) -> str:
    sign = "-" if value < 0 else ""
    whole, frac = divmod(abs(value), 10**places)
    return sign + (f"{whole}.{frac:0{places}d}".rstrip("0").rstrip(".") if frac else str(whole))


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
