"""HTX (Huobi) and Poloniex Merkle sum tree v1 (``htx-merkle-v1``, ``poloniex-merkle-v1``).
Spec: specs/htx_poloniex.md §2.2–2.3 (HTX) and §3 (Poloniex: the same code, the same layout).

The user's file is ``{"data": [root, sibling of the leaf, …, sibling below the root, own leaf]}``; each node
has a ``hash`` (64 hex, hashed as text), an ``r`` flag (1 = right child) and a ``balances`` string
``COIN:amount,COIN:amount,…``. A parent is

    SHA256(left.hash ‖ right.hash ‖ sum_1 ‖ … ‖ sum_n)      (ASCII, no separators)

with each sum = left + right truncated toward zero to 8 places and written as shopspring ``String()``
(no exponent, no trailing zeros, ``0`` for zero), in the coin order of the root's ``balances``. At the first
step ``self.r`` says on which side the user's leaf is; above it each sibling's ``r`` says on which side
that sibling is. The root's sums are compared as text.

The user's own leaf cannot be recomputed: HTX never published how a leaf is built, so ``data[last].hash``
is taken as given (``leaf-not-recomputable``); everything above it is recomputed. ``type``, ``depth`` and
``uhash`` are hashed nowhere and are not judged (their meaning is undocumented); the SHA-1 ``uhash`` chain
is shown for information only, as the exchange's own tool computes it without checking it.

HTX and Poloniex files cannot be told apart by their content, so detection reports ``htx-merkle-v1`` and
says so in the variant; ``poloniex-merkle-v1`` is chosen only with ``--format`` (its sniffer never matches,
so detection stays unambiguous).
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator

from .. import limits
from ..amounts import add, go_round_down_8, parse_plain_decimal
from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from . import sumtree
from ..text import listing
from ..text import text as T

HTX_VARIANT = (
    T(
        "HTX/Poloniex v1 layout (auto-coins rules); nothing in the file tells HTX from Poloniex, so it is reported as "
        "HTX"
    )
)
POLONIEX_VARIANT = T("chosen with --format: Poloniex uses HTX's v1 layout and rules unchanged")
FORMAT_HTX = FormatInfo("htx-merkle-v1", "HTX (Huobi)", "HTX Merkle sum tree v1 (proof path file)", HTX_VARIANT)
FORMAT_POLONIEX = FormatInfo(
    "poloniex-merkle-v1", "Poloniex", "Poloniex Merkle sum tree v1 (merkleProof file)", POLONIEX_VARIANT
)

_LOWER_HEX64 = re.compile(r"[0-9a-f]{64}")
_COIN_NAME = re.compile(r"[^\s,:]+")


def _lower_hex64(text: str) -> str:
    # The exchange's tool hashes the hash text as it is, so a change of case changes every parent:
    # accept only the lower-case form its Go writer produces.
    if not _LOWER_HEX64.fullmatch(text):
        raise ValueError(T("must be 64 lower-case hexadecimal digits"))
    return text


LowerHex64 = Annotated[str, AfterValidator(_lower_hex64)]


class Node(StrictModel):
    hash: LowerHex64
    r: int
    balances: str
    # Not hashed and not read by the exchange's tool; meaning undocumented (spec §2.2).
    type: str | None = None
    uhash: str | None = None
    depth: int | None = None


class ProofFile(StrictModel):
    data: list[Node]


Balances = list[tuple[str, str]]  # (coin, amount text) in the node's own order


def parse_balances(text: str, where: str, source_name: str) -> Balances:
    """Split ``BTC:0.5,ETH:0`` into exact (coin, text) pairs; anything else is malformed input."""
    items: Balances = []
    limits.check_asset_count(text.count(",") + 1, source_name, where)
    for part in text.split(","):
        coin, sep, amount = part.partition(":")
        if not sep or ":" in amount or not _COIN_NAME.fullmatch(coin):
            raise InputError(
                "invalid-proof",
                T(
                    "{source_name}: {where}: {part!r} is not a COIN:amount item (the balances must look like "
                    "'BTC:0.5,ETH:0').",
                    source_name=source_name, where=where, part=part[:40],
                ),
            )
        if any(c == coin for c, _ in items):
            raise InputError("invalid-proof", T(
                "{source_name}: {where}: the coin {coin} appears twice.",
                source_name=source_name, where=where, coin=coin,
            ))
        try:
            parse_plain_decimal(amount)
        except ValueError as exc:
            raise InputError("invalid-proof", f"{source_name}: {where}.{coin}: {exc}.") from None
        items.append((coin, amount))
    return items


def _sha1_hex(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def parent_preimage(left_hash: str, right_hash: str, sums: list[str]) -> str:
    """The exact text hashed for a parent: both hashes as text, then the sums, no separators."""
    return left_hash + right_hash + "".join(sums)


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), list) or not doc["data"]:
        return False
    return all(
        isinstance(node, dict) and "hash" in node and isinstance(node.get("balances"), str) for node in doc["data"]
    )


def _never(source: Source) -> bool:
    """Poloniex files look exactly like HTX files; only --format picks this id."""
    return False


def verify_htx(source: Source, options: VerifyOptions) -> Result:
    return _verify(source, options, FORMAT_HTX)


def verify_poloniex(source: Source, options: VerifyOptions) -> Result:
    return _verify(source, options, FORMAT_POLONIEX)


def _verify(source: Source, options: VerifyOptions, fmt: FormatInfo) -> Result:
    proof = validate(ProofFile, source.json(), source.name, T("{exchange} Merkle v1 proof", exchange=fmt.exchange))
    parsed = [parse_balances(n.balances, f"data[{k}].balances", source.name) for k, n in enumerate(proof.data)]
    return _Verifier(source.name, proof.data, parsed, options, fmt).run()


class _Verifier:
    def __init__(
        self, name: str, nodes: list[Node], balances: list[Balances], options: VerifyOptions, fmt: FormatInfo
    ) -> None:
        self.nodes = nodes
        self.balances = balances
        self.options = options
        self.fmt = fmt
        self.b = ResultBuilder(name, fmt)
        self.last = len(nodes) - 1  # index of the user's own leaf

    def run(self) -> Result:
        b = self.b
        self._scheme_warnings()
        if len(self.nodes) < 3:
            b.check(
                T("structure"),
                False,
                T(
                    "The file holds {count_nodes} node(s); a proof needs at least the root, one sibling and your own "
                    "leaf.",
                    count_nodes=len(self.nodes),
                ),
                expected=T("at least 3 entries in data"),
                computed=T("{count_nodes} entries", count_nodes=len(self.nodes)),
            )
            return b.finish()
        b.balances = dict(self.balances[self.last])
        structure_ok = self._check_structure()
        coins_ok = self._check_coins()
        self._check_amounts()
        if not (structure_ok and coins_ok):
            return b.finish()  # the failing check says why; nothing sound to fold

        own = self.nodes[self.last]
        coins = [c for c, _ in self.balances[0]]
        b.steps.append(
            PathStep(
                T("your leaf"),
                0,
                own.hash,
                sums=dict(b.balances),
                note=T("taken from the file: the exchange has not published how a leaf is built"),
            )
        )
        running_hash, running = own.hash, self._values(self.last, coins)
        for k in range(1, self.last):
            sibling = self.nodes[k]
            # First step: the leaf's own flag (1 = the leaf is the right child). Above: the sibling's flag
            # (1 = the sibling is the right child).
            node_on_left = own.r != 1 if k == 1 else sibling.r == 1
            if sibling.hash == running_hash:
                b.warn(
                    "duplicated-last-node",
                    T("data[{k}] copies the node beside it (HTX's padding rule is not documented).", k=k),
                )
                # A copy pads the end of a level, so it sits on the right; its side flag is otherwise hashed
                # nowhere (both sides give the same text), so it is checked here.
                b.check(
                    T("padding at level {k}", k=k),
                    node_on_left,
                    T("The copied sibling is on the right, where padding goes.")
                    if node_on_left
                    else T(
                        "data[{k}] copies your node but is flagged as the left child; padding is appended on the "
                        "right.",
                        k=k,
                    ),
                    expected=T("copy on the right"),
                    computed=T("copy on the left"),
                )
            sums = [go_round_down_8(add(x, y)) for x, y in zip(running, self._values(k, coins), strict=True)]
            left, right = (running_hash, sibling.hash) if node_on_left else (sibling.hash, running_hash)
            text = parent_preimage(left, right, sums)
            running_hash = sha256_hex(text)
            running = [Decimal(s) for s in sums]
            b.steps.append(
                PathStep(
                    T("level {k} above your leaf", k=k),
                    k,
                    running_hash,
                    preimage=text,
                    sibling=sibling.hash,
                    sibling_side="right" if node_on_left else "left",
                    sums=dict(zip(coins, sums, strict=True)),
                )
            )
            negative = [c for c, v in zip(coins, running, strict=True) if v < 0]
            if negative:
                b.warn("negative-sum", T(
                    "The recomputed sum of {negative} at level {k} is negative.",
                    negative=', '.join(negative), k=k,
                ))
        self._check_root(running_hash, [go_round_down_8(v) for v in running], coins)
        return b.finish()

    # --- structure ----------------------------------------------------------------------------------

    def _check_structure(self) -> bool:
        own, problems = self.nodes[self.last], []
        for k, node in enumerate(self.nodes):
            if node.r not in (0, 1):
                problems.append(T("data[{k}].r is {r}; it must be 0 (left) or 1 (right)", k=k, r=node.r))
        first = self.nodes[1]
        if own.r in (0, 1) and first.r == own.r:
            # The exchange's tool reads only the leaf's flag here, but a leaf and its sibling cannot sit
            # on the same side: a file that says so contradicts itself.
            problems.append(T("data[1].r and your leaf's r are both {r}; a sibling is on the other side", r=own.r))
        return sumtree.check_rules(
            self.b,
            T("structure"),
            problems,
            ok=T("The side flags follow the format's rules."),
            expected=T("r is 0 or 1; your leaf and data[1] on opposite sides"),
        )

    def _check_coins(self) -> bool:
        """Every node must list the root's coins, in the root's order (the auto-coins tool looks coins up by
        name and the older tools by position; the two agree only on such files)."""
        root_coins = [c for c, _ in self.balances[0]]
        problems, order_only = [], True
        for k, items in enumerate(self.balances[1:], start=1):
            coins = [c for c, _ in items]
            if coins == root_coins:
                continue
            if sorted(coins) != sorted(root_coins):
                order_only = False
                missing = [c for c in root_coins if c not in coins]
                extra = [c for c in coins if c not in root_coins]
                what = listing([
                    T("missing {coins}", coins=", ".join(missing)) if missing else "",
                    T("extra {coins}", coins=", ".join(extra)) if extra else "",
                ])
                problems.append(T("data[{k}].balances: {what}", k=k, what=what))
            else:
                problems.append(T(
                    "data[{k}].balances lists the coins in another order ({coins})",
                    k=k, coins=', '.join(coins),
                ))
        ok = sumtree.check_rules(
            self.b,
            T("coins"),
            problems,
            ok=T(
                "Every node lists the root's coins ({root_coins}) in the same order.",
                root_coins=', '.join(root_coins),
            ),
            fail=T("The nodes do not all list the root's coins in the root's order"),
            expected=", ".join(root_coins),
            shown=3,
        )
        if problems and order_only:
            self.b.warn(
                "official-tool-differs",
                T(
                    "The exchange's newest tool looks coins up by name and would accept a different order; its older "
                    "releases read them by position, so such a file is ambiguous and is failed here."
                ),
            )
        return ok

    def _check_amounts(self) -> None:
        """Negative, huge and oddly written amounts are warned about; amounts finer than 8 places fail, as the
        format never writes them and the truncated sums would hide them."""
        # data[1] is the neighbour's leaf. Leaves may be written in any decimal form; only the sums are
        # written by the exchange's writer, so only they are judged for their spelling.
        entries = [(f"data[{k}]", items, k in (1, self.last)) for k, items in enumerate(self.balances)]
        too_fine = sumtree.scan_amounts(self.b, entries, leaves_canonical=False)
        sumtree.check_places(self.b, too_fine)

    # --- root ---------------------------------------------------------------------------------------

    def _check_root(self, computed: str, sums: list[str], coins: list[str]) -> None:
        b, root = self.b, self.nodes[0]
        last_text = b.steps[-1].preimage
        # Compared as text, as the exchange's tool does.
        sumtree.check_root_totals(
            b,
            coins,
            [t for _, t in self.balances[0]],
            sums,
            mismatch_message=T(
                "The file's root (data[0]) says {balances!r}, but the sums recomputed up the path are {value!r}. The "
                "last text hashed was {last_text!r}, giving {computed}.",
                balances=root.balances, value=','.join(f'{c}:{v}' for c, v in zip(coins, sums, strict=True)),
                last_text=last_text, computed=computed,
            ),
        )
        sumtree.compare_root(
            b,
            computed,
            self.options.root,
            root.hash,
            T("data[0] of the proof file"),
            self.last - 1,
            file_mismatch=T(
                "data[0].hash is {hash}, but the last text hashed, {last_text!r}, gives {computed}.",
                hash=root.hash, last_text=last_text, computed=computed,
            ),
            note=self._uhash_note(),
        )

    def _uhash_note(self) -> str:
        """The SHA-1 "user hash" chain, for information: the exchange's tool computes it but never checks it."""
        nodes, own = self.nodes, self.nodes[self.last]
        if any(n.uhash is None for n in nodes):
            return T("no uhash chain in the file")
        u = own.uhash or ""
        for k in range(1, self.last):
            other = nodes[k].uhash or ""
            node_on_left = own.r != 1 if k == 1 else nodes[k].r == 1
            u = _sha1_hex(u + other) if node_on_left else _sha1_hex(other + u)
        if u == nodes[0].uhash:
            return T("the SHA-1 uhash chain matches the root's uhash (informational, not part of any hash checked)")
        return T("the SHA-1 uhash chain does not match the root's uhash (informational, not part of any hash checked)")

    # --- warnings -----------------------------------------------------------------------------------

    def _scheme_warnings(self) -> None:
        b = self.b
        b.warn(
            "leaf-not-recomputable",
            T(
                "The exchange never published how a leaf is built, so your leaf's hash (the last entry of data) is "
                "taken as given; only what is above your leaf is recomputed."
            ),
        )
        b.warn("identity-not-verifiable")
        b.warn("weak-binding-sum-only", T("Only the sums are hashed; the sibling's own balances are taken as given."))
        b.warn("no-separators")
        b.warn("no-domain-separation")
        b.warn("neighbour-data-exposed", T("data[1] is your neighbour's leaf with all of its balances."))
        if self.fmt.id == FORMAT_HTX.id:
            b.warn(
                "aggregated-asset-label",
                T(
                    'On HTX, "ETH" includes BETH and stETH and "USDT" includes stUSDT and aETHUSDT; "HT" was renamed '
                    '"HTX". (If this file is from Poloniex, whether its labels are aggregates is unconfirmed.)'
                ),
            )
        b.warn("totals-not-compared")

    def _values(self, k: int, coins: list[str]) -> list[Decimal]:
        by_coin = dict(self.balances[k])
        return [parse_plain_decimal(by_coin[c]) for c in coins]


SPEC = FormatSpec(
    id=FORMAT_HTX.id,
    exchange=FORMAT_HTX.exchange,
    name=FORMAT_HTX.name,
    period="Dec 2022 →",
    needs="the proof file downloaded from HTX's asset audit page (merkle_sum_proof.json, {\"data\":[…]})",
    sniff=sniff,
    verify=verify_htx,
)

POLONIEX_SPEC = FormatSpec(
    id=FORMAT_POLONIEX.id,
    exchange=FORMAT_POLONIEX.exchange,
    name=FORMAT_POLONIEX.name,
    period="Aug 2024 →",
    needs="the merkleProof-YYYYMMDD.json file from Poloniex's proof-of-reserves page (choose with --format)",
    sniff=_never,
    verify=verify_poloniex,
)
