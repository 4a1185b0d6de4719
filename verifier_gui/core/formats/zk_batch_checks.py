"""The checks on a zk snapshot's batch table, shared by ``check`` (zk_batches.py) and ``snapshot`` (snapshot.py):
gateio.md §2.6, htx_poloniex.md §2.5, binance.md §3.6 and §4.5.

1. the batch numbers run 0, 1, 2, ... without gaps or repeats;
2. batch_commitment = Poseidon of the row's roots and CEX commitments, for every row;
3. the chain: each batch starts where the one before it ended;
4. the start: batch 0 starts from the empty tree and from the commitment of zero totals;
5. the end: the last CEX commitment equals the commitment of the config's totals, no asset in debt overall;
6. the final root, compared with ``--root`` (the caller does this: each command words it its own way).

The Groth16 proofs (``proof_info``) are never checked: the commitments' detail and a warning say so. Also here:
the commitments and empty roots both commands compute (the asset-slot packing of Gate.io and Binance v1, HTX's
list of balances, the empty tree of N asset elements).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..hashing.poseidon_bn254 import W12, chunk_carries, finish, hash_field, to_hex
from ..progress import Progress
from ..result import ResultBuilder
from ..text import text
from . import zk_hash, zk_smt
from .zk_batch_table import READ_SPAN, Batch

#: HTX/Poloniex: the asset counts tried when no config gives N (htx_poloniex.md §2.4).
MAX_SCAN_N = 220
#: Progress: finding HTX's N takes a sliver after the reading; the commitments take the rest.
SCAN_END = READ_SPAN + 0.05


# --- commitments and empty roots ---------------------------------------------------------------------------------


def slot_commitment(entries: Sequence[tuple[int, int, int]], slots: int, chunk: int) -> int:
    """Gate.io and Binance v1: Poseidon over TotalEquity·2^128 + TotalDebt·2^64 + BasePrice per asset slot, the
    entries at slots 0.. and zero elements up to ``slots``."""
    elements = [(e << 128) + (d << 64) + p for e, d, p in entries] + [0] * (slots - len(entries))
    return zk_hash.hash_elements(elements, chunk)


def balance_commitment(balances: Sequence[int]) -> int:
    """HTX/Poloniex: Poseidon over |TotalBalance| per asset in Index order (12-wide chunks)."""
    return zk_hash.hash_elements([abs(v) for v in balances], 12)


@lru_cache(maxsize=4)
def htx_zero_commitments(limit: int = MAX_SCAN_N) -> tuple[int, ...]:
    """Poseidon of N zeros for N = 1..limit (index N - 1), sharing the 12-wide prefix states."""
    zeros = [0] * limit
    carries = [0] + [c for c, _ in chunk_carries(zeros, W12)]
    states = [s for _, s in chunk_carries(zeros, W12)]
    out = []
    for n in range(1, limit + 1):
        k, m = divmod(n, 12)
        out.append(states[k - 1][1] if m == 0 else finish(carries[k], zeros[:m]))
    return tuple(out)


def zero_commitment(elements: int, chunk: int = 12) -> int:
    """Poseidon of ``elements`` zeros: the CEX commitment of zero totals (HTX) and the empty leaf's commitment."""
    if chunk == 12 and elements <= MAX_SCAN_N:
        return htx_zero_commitments()[elements - 1]
    return hash_field([0] * elements, chunk)


@lru_cache(maxsize=512)
def empty_root(elements: int, chunk: int = 12) -> int:
    """Root of a depth-28 tree of empty accounts: leaf Poseidon(0, 0, 0, Poseidon(0 × elements))."""
    leaf = hash_field([0, 0, 0, zero_commitment(elements, chunk)])
    return zk_smt.empty_subtrees(leaf)[zk_smt.DEPTH]


def htx_empty_root(n: int) -> str:
    return to_hex(empty_root(n, 12))


def scan_htx_n(start: int, progress: Progress | None = None) -> int | None:
    """The N (1..220) whose empty tree batch 0 starts from, if any."""
    for n in range(1, MAX_SCAN_N + 1):
        if progress is not None and n % 20 == 0:
            progress.at(READ_SPAN + (SCAN_END - READ_SPAN) * n / MAX_SCAN_N)
        if empty_root(n, 12) == start:
            return n
    return None


# --- the checks --------------------------------------------------------------------------------------------------


def check_table(b: ResultBuilder, rows: Sequence[Batch], progress: Progress | None, across_gaps: bool) -> int:
    """Checks 1-3 (numbers, commitments, chain); the number of commitments recomputed."""
    check_numbers(b, rows)
    checked = check_commitments(b, rows, progress)
    check_chain(b, rows, across_gaps)
    return checked


def check_numbers(b: ResultBuilder, rows: Sequence[Batch]) -> None:
    bad = next((x.number for k, x in enumerate(rows) if x.number != k), None)
    b.check(
        text("batch numbers"),
        bad is None,
        text("Batches 0 to {last} are all present, once each.", last=len(rows) - 1)
        if bad is None
        else text("The batch numbers do not run 0, 1, 2, ...; first out of place: {number}.", number=bad),
        expected=text("0 to {last}", last=len(rows) - 1),
        computed=", ".join(str(x.number) for x in rows[:8]) + ("…" if len(rows) > 8 else ""),
    )


def check_commitments(b: ResultBuilder, rows: Sequence[Batch], progress: Progress | None = None) -> int:
    """Recompute every batch commitment (progress from SCAN_END to 1; Progress.at raises when cancelled)."""
    wrong: list[tuple[Batch, int]] = []
    for k, x in enumerate(rows):
        if progress is not None and k % 64 == 0:
            progress.at(SCAN_END + (1 - SCAN_END) * k / len(rows))
        computed = zk_hash.hash_elements(x.commitment_inputs())
        if computed != x.commitment:
            wrong.append((x, computed))
    first = wrong[0] if wrong else None
    b.check(
        text("batch commitments"),
        first is None,
        text("All {count} batch commitments equal Poseidon of their roots and CEX commitments. "
             "The Groth16 proofs behind them were not checked.", count=len(rows))
        if first is None
        else text("{bad} of {count} batch commitments are wrong; the first is batch {number} (line {line}).",
                  bad=len(wrong), count=len(rows), number=first[0].number, line=first[0].line),
        expected=to_hex(first[0].commitment) if first else "",
        computed=to_hex(first[1]) if first else "",
    )  # fmt: skip
    return len(rows)


def check_chain(b: ResultBuilder, rows: Sequence[Batch], across_gaps: bool) -> None:
    """Each batch starts where the one before it ended. ``across_gaps``: a missing batch breaks the chain too
    (``check``); otherwise only adjacent numbers are compared (``snapshot``, which also reads fragments)."""
    broken: tuple[Batch, Batch, str] | None = None
    for prev, cur in zip(rows, rows[1:]):
        if cur.number != prev.number + 1 and not across_gaps:
            continue  # a gap: the batch-number check already fails it
        if len(prev.roots) != len(cur.roots) or cur.root_before != (prev.root_after if len(cur.roots) == 2 else prev.root_before):
            broken = (prev, cur, "account_tree_roots")
        elif cur.cex[0] != prev.cex[1]:
            broken = (prev, cur, "cex_asset_list_commitments")
        elif cur.min_index is not None and prev.max_index is not None and cur.min_index != prev.max_index + 1:
            broken = (prev, cur, "min_account_index")
        if broken:
            break
    b.check(
        text("chain"),
        broken is None,
        text("Each batch starts where the one before it ended.")
        if broken is None
        else text("Batch {number} does not start where batch {previous} ended ({column}).",
                  number=broken[1].number, previous=broken[0].number, column=broken[2]),
        expected=text("root {root}", root=to_hex(broken[0].root_after)) if broken else "",
        computed=text("root {root}", root=to_hex(broken[1].root_before)) if broken else "",
    )  # fmt: skip


def check_start(b: ResultBuilder, first: Batch, root0: int | None, cex0: int | None, name: str | None = None) -> None:
    """Batch 0 starts from the empty tree ``root0`` and from the commitment of zero totals ``cex0`` (None: that
    part is not checked here, and the detail says so)."""
    root_ok = root0 is None or first.root_before == root0
    cex_ok = cex0 is None or first.cex[0] == cex0
    if not root_ok:
        detail = text("Batch 0 does not start from the empty account tree.")
        expected, computed = root0, first.root_before
    elif not cex_ok:
        detail = text("Batch 0 does not start from the commitment of zero totals of this asset list.")
        expected, computed = cex0, first.cex[0]
    else:
        if root0 is not None and cex0 is not None:
            detail = text("Batch 0 starts from the empty account tree and from zero totals.")
        elif root0 is not None:
            detail = text("Batch 0 starts from the empty account tree (its starting totals could not be checked).")
        else:
            detail = text("Batch 0 starts from the commitment of zero totals.")
        expected = computed = cex0 if root0 is None else root0
    b.check(name or text("start"), root_ok and cex_ok, detail, expected=to_hex(expected or 0), computed=to_hex(computed or 0))


def check_final(b: ResultBuilder, last: Batch, expected: int, config: str, name: str | None = None) -> None:
    ok = last.cex[1] == expected
    b.check(
        name or text("final totals"),
        ok,
        text("The last batch's CEX commitment equals the commitment of the totals in {file}.", file=config)
        if ok
        else text("The last batch's CEX commitment differs from the commitment of the totals in {file}: the "
                  "published totals are not the sum the batches proved.", file=config),
        expected=to_hex(expected),
        computed=to_hex(last.cex[1]),
    )  # fmt: skip


def check_debt(b: ResultBuilder, over: Sequence[str]) -> None:
    """No asset with more total debt than total equity (Gate.io, Binance v1 configs)."""
    b.check(
        text("asset totals"),
        not over,
        text("No asset in the configuration has more total debt than total equity.")
        if not over
        else text("These assets have more total debt than total equity: {symbols}.", symbols=", ".join(over)),
    )


def warn_empty_roots(b: ResultBuilder, shown: set[str], empties: set[str]) -> None:
    """A root equal to an empty tree's root proves no account at all (Gate.io's page once showed one)."""
    for value in sorted(shown & empties):
        b.warn("known-empty-root", text("{root} is the root of an empty account tree.", root=value))
