"""OKX zk-STARK v1 (``okx-zkstark-v1``), Apr 2023 – Aug 2024. Spec: specs/okx.md §4.

The user's inclusion proof holds two Keccak-256 Merkle paths: the user's entry in their batch's tree
(``batch_inclusion_proof``) and the batch's entry in the trunk tree (``trunk_inclusion_proof``). An entry is

    leaf = H( I32(total_value) ‖ H( I32(c_1 mod p) ‖ … ‖ I32(c_n mod p) ) ‖ id (32 B) ‖ random (32 B) )

with H = Keccak-256 (original padding), I32 = 32-byte big-endian, p the Stark252 prime, the coins in the proof's
order (``config.coins`` in the later layout, the file's key order in the first one) and the id the user id (or, in
the trunk, the batch's root). The trees are over the STARK's extended trace, stored in "permute4" order; the
user's row gives the leaf's position. What this module checks beyond OKX's own tool: the trunk root against the
root OKX published (``sum_proof_data/trunk/sum_proof.json``), each entry's total against its coins, and the
batch's sums against the batch's published ``sum_values.json`` when the root file sits in the report folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..hashing.keccak import keccak256
from ..loading import Source
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text

FORMAT = FormatInfo("okx-zkstark-v1", "OKX", "OKX zk-STARK v1 (inclusion proof)")
#: The Stark252 prime: coin values are reduced modulo it before hashing.
STARK_P = 3618502788666131213697322783095070105623107215331596699973092056135872020481
#: The STARK's low-degree extension factor: tree leaves are 16 per trace row.
EXTENSION_FACTOR = 16
#: Rows per account in the trunk's trace.
TRUNK_UTS = 32

BATCH_KEYS = ("batch_mtree_root", "user_id", "total_value", "random_number", "user_index", "batch_index", "uts")
TRUNK_KEYS = ("trunk_mtree_root", "batch_id", "total_value", "random_number")
#: The first layout's coins, in hashing order: OKX's hard-coded ``COINS`` (151 names) in
#: okx/proof-of-reserves ``zk_STARK/constants.py`` (okx.md §3, Z1 first layout); the a0/b0 sample proofs of
#: commit ca9f1b4 list exactly these keys in this order. A data fact, not code.
FIRST_LAYOUT_COINS = (
    "BTC", "ETH", "USDT", "USDC", "XRP", "DOGE", "SOL", "OKB", "APT", "DASH", "DOT", "ELF", "EOS", "ETC", "FIL",
    "LINK", "OKT", "PEOPLE", "TON", "TRX", "UNI", "1INCH", "AAVE", "ADA", "AGLD", "AKITA", "ALGO", "ALPHA", "ANT",
    "APE", "API3", "AR", "ARB", "ATOM", "AVAX", "AXS", "BABYDOGE", "BADGER", "BAL", "BAND", "BAT", "BCH", "BETH",
    "BICO", "BLUR", "BNB", "BNT", "BSV", "BTM", "BZZ", "CEL", "CELO", "CELR", "CFX", "CHZ", "CLV", "COMP", "CONV",
    "CORE", "CQT", "CRO", "CRV", "CSPR", "CVC", "DOME", "DORA", "DYDX", "EFI", "EGLD", "ENJ", "ENS", "ETHW",
    "FITFI", "FLM", "FLOKI", "FLOW", "FTM", "GALA", "GFT", "GLMR", "GMT", "GMX", "GODS", "GRT", "HBAR", "ICP",
    "IMX", "IOST", "IOTA", "JST", "KISHU", "KLAY", "KNC", "KSM", "LAT", "LDO", "LON", "LOOKS", "LPT", "LRC", "LTC",
    "LUNA", "LUNC", "MAGIC", "MANA", "MASK", "MATIC", "MINA", "MKR", "NEAR", "NEO", "NFT", "OMG", "ONT", "OP",
    "PERP", "QTUM", "REN", "RSR", "RSS3", "RVN", "SAND", "SHIB", "SKL", "SLP", "SNT", "SNX", "STARL", "STORJ",
    "STX", "SUSHI", "SWEAT", "SWRV", "THETA", "TRB", "TUSD", "UMA", "USTC", "WAVES", "WOO", "XCH", "XLM", "XMR",
    "XTZ", "YFI", "YFII", "YGG", "ZEC", "ZEN", "ZIL", "ZRX",
)  # fmt: skip
_HEX64 = frozenset("0123456789abcdefABCDEF")
#: Longest number text accepted (a 252-bit value has 76 digits).
_MAX_DIGITS = 80


@dataclass(frozen=True)
class Entry:
    """One leaf: the owner's id (user id or batch root), total, coin values in order, random number, path."""

    where: str
    owner: bytes
    total: int
    coins: tuple[tuple[str, int], ...]
    random: bytes
    path: tuple[bytes, ...]


@dataclass(frozen=True)
class Proof:
    batch: Entry
    trunk: Entry
    batch_root: bytes
    trunk_root: bytes
    batch_id: bytes
    user_index: int
    batch_index: int
    uts: int
    layout: str  # "config" (later layout) or "key-order" (first release)


# --- reading ------------------------------------------------------------------------------------------------------


def _bad(name: str, place: str, problem: str) -> InputError:
    return InputError(
        "invalid-proof",
        text("{file}: not a valid OKX zk-STARK v1 proof: {place}: {problem}", file=name, place=place, problem=problem),
    )


def _hex32(name: str, place: str, value: Any) -> bytes:
    if not isinstance(value, str) or len(value) != 64 or not set(value) <= _HEX64:
        raise _bad(name, place, text("must be 64 hexadecimal digits"))
    return bytes.fromhex(value)


def _integer(name: str, place: str, value: Any) -> int:
    """A JSON integer or a decimal integer written as a string (the later layout), possibly negative."""
    if isinstance(value, bool):
        raise _bad(name, place, text("must be a whole number"))
    if isinstance(value, int):
        if len(str(abs(value))) > _MAX_DIGITS:
            raise _bad(name, place, text("the number is too long"))
        return value
    if isinstance(value, str):
        digits = value[1:] if value[:1] == "-" else value
        if digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS:
            return int(value)
    raise _bad(name, place, text("must be a whole number (a JSON integer or decimal text)"))


def _small_int(name: str, place: str, value: Any) -> int:
    # The later layout writes amounts as strings; accept its indexes either way too.
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 10:
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        raise _bad(name, place, text("must be a whole number from 0 up"))
    return value


def _coin_names(name: str, doc: dict[str, Any], part: dict[str, Any], where: str, fixed: tuple[str, ...]) -> list[str]:
    """The coins of one entry, in hashing order: ``config.coins`` when present, else the entry's key order."""
    keys = [k for k in part if k not in fixed and k != "merkle_path"]
    config = doc.get("config")
    if config is None:
        # Coin names are not hashed, only their positions: bind the names to the one list this layout used.
        if keys != list(FIRST_LAYOUT_COINS):
            odd = next((k for i, k in enumerate(keys) if i >= len(FIRST_LAYOUT_COINS) or k != FIRST_LAYOUT_COINS[i]),
                       None)  # fmt: skip
            place = f"{where}.{odd}" if odd is not None else where
            raise _bad(name, place, text("without config the coins must be OKX's {count}-coin list of April 2023, "
                                         "in its order (the names are not hashed, only their positions)",
                                         count=len(FIRST_LAYOUT_COINS)))  # fmt: skip
        return keys
    coins = config.get("coins")
    missing = [c for c in coins if c not in part]
    if missing:
        raise _bad(name, f"{where}.{missing[0]}", text("this coin of config.coins is missing"))
    extra = [k for k in keys if k not in set(coins)]
    if extra:
        raise _bad(name, f"{where}.{extra[0]}", text("this key is neither a field of the format nor in config.coins"))
    return list(coins)


def _entry(name: str, doc: dict[str, Any], where: str, fixed: tuple[str, ...], owner_key: str) -> Entry:
    part = doc.get(where)
    if not isinstance(part, dict):
        raise _bad(name, where, text("must be an object"))
    for key in (*fixed, "merkle_path"):
        if key not in part:
            raise _bad(name, f"{where}.{key}", text("this field is missing"))
    path = part["merkle_path"]
    if not isinstance(path, list) or not 2 <= len(path) <= 40:
        raise _bad(name, f"{where}.merkle_path", text("must be a list of 2 to 40 hashes"))
    coins = _coin_names(name, doc, part, where, fixed)
    if not coins:
        raise _bad(name, where, text("no coin values"))
    return Entry(
        where=where,
        owner=_hex32(name, f"{where}.{owner_key}", part[owner_key]),
        total=_integer(name, f"{where}.total_value", part["total_value"]),
        coins=tuple((c, _integer(name, f"{where}.{c}", part[c])) for c in coins),
        random=_hex32(name, f"{where}.random_number", part["random_number"]),
        path=tuple(_hex32(name, f"{where}.merkle_path[{k}]", h) for k, h in enumerate(path)),
    )


def read_proof(source: Source) -> Proof:
    doc = source.json()
    name = source.name
    if not isinstance(doc, dict):
        raise _bad(name, "the top level", text("must be an object"))
    extra = set(doc) - {"batch_inclusion_proof", "trunk_inclusion_proof", "config"}
    if extra:
        raise _bad(name, sorted(extra)[0], text("this field is not part of the format"))
    config = doc.get("config")
    if config is not None:
        coins = config.get("coins") if isinstance(config, dict) else None
        if not isinstance(coins, list) or not coins or not all(isinstance(c, str) for c in coins):
            raise _bad(name, "config.coins", text("must be a list of coin names"))
        if len(set(coins)) != len(coins):
            raise _bad(name, "config.coins", text("a coin is listed twice"))
    batch = _entry(name, doc, "batch_inclusion_proof", BATCH_KEYS, "user_id")
    trunk = _entry(name, doc, "trunk_inclusion_proof", TRUNK_KEYS, "batch_id")
    b, t = doc["batch_inclusion_proof"], doc["trunk_inclusion_proof"]
    return Proof(
        batch=batch,
        trunk=trunk,
        batch_root=_hex32(name, "batch_inclusion_proof.batch_mtree_root", b["batch_mtree_root"]),
        trunk_root=_hex32(name, "trunk_inclusion_proof.trunk_mtree_root", t["trunk_mtree_root"]),
        batch_id=trunk.owner,
        user_index=_small_int(name, "batch_inclusion_proof.user_index", b["user_index"]),
        batch_index=_small_int(name, "batch_inclusion_proof.batch_index", b["batch_index"]),
        uts=_small_int(name, "batch_inclusion_proof.uts", b["uts"]),
        layout="config" if config is not None else "key-order",
    )


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict) or not {"batch_inclusion_proof", "trunk_inclusion_proof"} <= set(doc):
        return False
    b, t = doc["batch_inclusion_proof"], doc["trunk_inclusion_proof"]
    return (
        isinstance(b, dict)
        and isinstance(t, dict)
        and "batch_mtree_root" in b
        and "merkle_path" in b
        and "trunk_mtree_root" in t
        and "merkle_path" in t
    )


# --- the hashes ---------------------------------------------------------------------------------------------------


def i32(value: int) -> bytes:
    return value.to_bytes(32, "big")


def coins_hash(values: tuple[int, ...]) -> bytes:
    return keccak256(b"".join(i32(v % STARK_P) for v in values))


def leaf_preimage(total: int, values: tuple[int, ...], owner: bytes, random: bytes) -> bytes:
    return i32(total) + coins_hash(values) + owner + random


def stored_index(row_leaf: int, leaves: int) -> int:
    """Where leaf ``row_leaf`` of the extended trace is stored in the permute4 tree of ``leaves`` leaves."""
    quarter = leaves // 4
    return row_leaf // quarter + 4 * (row_leaf % quarter)


def user_position(uts: int, user_index: int) -> int:
    return (uts * (user_index + 1) + uts - 2) * EXTENSION_FACTOR


def trunk_position(batch_index: int) -> int:
    return (TRUNK_UTS * (batch_index + 1) + TRUNK_UTS - 2) * EXTENSION_FACTOR


def fold(leaf: bytes, index: int, siblings: tuple[bytes, ...]) -> list[tuple[bytes, bytes, bool]]:
    """Walk up: returns (node, sibling, sibling_on_left) per level, bottom-up."""
    out = []
    node = leaf
    for sibling in siblings:
        on_left = index % 2 == 1
        node = keccak256(sibling + node if on_left else node + sibling)
        out.append((node, sibling, on_left))
        index //= 2
    return out


# --- verification -------------------------------------------------------------------------------------------------


def verify(source: Source, options: VerifyOptions) -> Result:
    return _Verifier(source.name, read_proof(source), options).run()


class _Verifier:
    def __init__(self, name: str, proof: Proof, options: VerifyOptions) -> None:
        self.proof = proof
        self.options = options
        variant = text("embedded config") if proof.layout == "config" else text("first release (coins in key order)")
        self.b = ResultBuilder(name, FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, variant))

    def run(self) -> Result:
        b, proof = self.b, self.proof
        b.user_id = proof.batch.owner.hex()
        b.balances = {
            **{coin: str(v) for coin, v in proof.batch.coins if v != 0},
            "total_value": str(proof.batch.total),
        }
        self._warnings()
        self._check_sums(proof.batch, text("your entry"))
        self._check_sums(proof.trunk, text("your batch's entry in the trunk"))
        batch_root = self._tree(proof.batch, user_position(proof.uts, proof.user_index), "batch")
        b.check(
            text("batch root"),
            batch_root == proof.batch_root,
            text("Your path reaches the batch root written in the proof.")
            if batch_root == proof.batch_root
            else text("Your path does not reach the batch root written in the proof."),
            expected=proof.batch_root.hex(),
            computed=batch_root.hex(),
        )
        same_batch = proof.batch_id == proof.batch_root
        b.check(
            text("batch id"),
            same_batch,
            text("The trunk entry is your batch (its batch_id is your batch root).")
            if same_batch
            else text("The trunk entry's batch_id is not your batch's root: it is another batch."),
            expected=proof.batch_root.hex(),
            computed=proof.batch_id.hex(),
        )
        trunk_root = self._tree(proof.trunk, trunk_position(proof.batch_index), "trunk")
        self._check_published_batch_sums()
        self._official_tool_differs(trunk_root)
        b.expect_root(
            trunk_root.hex(),
            self.options.root,
            proof.trunk_root.hex(),
            text("trunk_inclusion_proof.trunk_mtree_root in the proof"),
        )
        return b.finish()

    def _official_tool_differs(self, trunk_root: bytes) -> None:
        """OKX's zk_STARK_Validator checks the leaves and both paths against the roots inside the file only
        (specs/okx.md §4.5). When that alone would pass but this verification fails, say why they differ."""
        official = {"batch position", "batch leaf", "batch root", "batch id", "trunk position", "trunk leaf"}
        official_pass = trunk_root == self.proof.trunk_root and all(c.ok for c in self.b.checks if c.name in official)
        if not official_pass:
            return
        published = self.options.root
        if published is not None and published.value != trunk_root.hex():
            self.b.warn(
                "official-tool-differs",
                text(
                    "OKX's validator compares your paths only with the trunk root inside this file and would print "
                    "\"Inclusion constraint validation passed\"; that root is not the one OKX published."
                ),
            )
        elif not all(c.ok for c in self.b.checks):
            self.b.warn(
                "official-tool-differs",
                text(
                    "OKX's validator does not compare each total with its coins and would print \"Inclusion "
                    "constraint validation passed\" for this file."
                ),
            )

    def _tree(self, entry: Entry, row_leaf: int, which: str) -> bytes:
        """Recompute one leaf and fold its path; returns the computed root (the leaf itself when unusable).
        ``which`` is "batch" or "trunk" (check names); the sentences get its translatable word."""
        b = self.b
        tree = text("batch") if which == "batch" else text("trunk")
        values = tuple(v for _, v in entry.coins)
        leaves = 2 ** (len(entry.path) - 1)
        total_ok = 0 <= entry.total < 2**256
        position_ok = row_leaf < leaves and leaves >= 4
        b.check(
            text("batch position") if which == "batch" else text("trunk position"),
            total_ok and position_ok,
            text("The entry's position in the {which} tree follows from its index.", which=tree)
            if total_ok and position_ok
            else text(
                "The {which} entry cannot be placed: trace leaf {row} in a tree of {leaves} leaves, total {total}.",
                which=tree,
                row=row_leaf,
                leaves=leaves,
                total=entry.total,
            ),
            expected=text("a leaf below {leaves} and a total from 0 to 2^256", leaves=leaves),
            computed=str(row_leaf),
        )
        if not (total_ok and position_ok):
            return entry.path[0]
        preimage = leaf_preimage(entry.total, values, entry.owner, entry.random)
        leaf = keccak256(preimage)
        leaf_ok = leaf == entry.path[0]
        b.check(
            text("batch leaf") if which == "batch" else text("trunk leaf"),
            leaf_ok,
            text("The {which} leaf recomputes from its total, coins, id and random number.", which=tree)
            if leaf_ok
            else text("The {which} leaf does not match its total, coins, id and random number.", which=tree),
            expected=entry.path[0].hex(),
            computed=leaf.hex(),
            message=None
            if leaf_ok
            else text(
                "{where}.merkle_path[0] is {written}, but Keccak-256 of {preimage} (total, Keccak of the {count} "
                "coin values, id, random number) is {computed}: the values in the file are not the ones hashed.",
                where=entry.where,
                written=entry.path[0].hex(),
                preimage=preimage.hex(),
                count=len(values),
                computed=leaf.hex(),
            ),
        )
        index = stored_index(row_leaf, leaves)
        label = text("your leaf") if which == "batch" else text("your batch's leaf in the trunk")
        b.steps.append(
            PathStep(
                label,
                1,
                leaf.hex(),
                preimage=preimage.hex(),
                ok=leaf_ok,
                note=text("stored at index {index} of {leaves} (permute4 order)", index=index, leaves=leaves),
            )
        )
        node = leaf
        for level, (node, sibling, on_left) in enumerate(fold(leaf, index, entry.path[1:]), start=2):
            b.steps.append(
                PathStep(
                    text("{which} level {level}", which=tree, level=level),
                    level,
                    node.hex(),
                    sibling=sibling.hex(),
                    sibling_side="left" if on_left else "right",
                )
            )
        return node

    def _check_sums(self, entry: Entry, who: str) -> None:
        total = sum(v for _, v in entry.coins)
        ok = (total - entry.total) % STARK_P == 0
        self.b.check(
            text("{where} total", where=entry.where),
            ok,
            text("The total of {who} equals the sum of its coins.", who=who)
            if ok
            else text("The total of {who} is not the sum of its coins.", who=who),
            expected=str(entry.total),
            computed=str(total),
        )
        if ok and entry.total < 0:
            self.b.check(
                text("{where} net", where=entry.where),
                False,
                text("The net total of {who} is negative, which the STARK forbids.", who=who),
                expected="≥ 0",
                computed=str(entry.total),
            )

    def _check_published_batch_sums(self) -> None:
        """With the root file in OKX's report folder (sum_proof_data/trunk/sum_proof.json), the batches' published
        sums are in sum_proof_data/batches/<name>/sum_values.json: your batch's trunk entry must equal one."""
        root = self.options.root
        if root is None or root.path is None:
            return
        batches = Path(root.path).resolve().parent.parent / "batches"
        files = sorted(batches.glob("*/sum_values.json")) if batches.is_dir() else []
        if not files:
            return
        wanted = {coin: v for coin, v in self.proof.trunk.coins}
        wanted["total_value"] = self.proof.trunk.total
        match = next((f for f in files if _read_sum_values(f) == wanted), None)
        if match is None:
            # The folder may be incomplete (a copied subset), so no match is not proof of a forgery: say so.
            self.b.warn(
                "totals-not-compared",
                text(
                    "Your batch's coin sums in the trunk could not be compared with a published batch: none of the "
                    "{count} sum_values.json files in {folder} equals them (the folder may be incomplete).",
                    count=len(files),
                    folder=str(batches),
                ),
            )
            return
        self.b.check(
            text("batch sums"),
            True,
            text(
                "Your batch's coin sums in the trunk equal the published sums of batch {batch}.",
                batch=match.parent.name,
            ),
        )

    def _warnings(self) -> None:
        b = self.b
        b.warn("zk-proof-not-verified")
        b.warn("identity-not-verifiable", text("The user id is an opaque 64-hex value chosen by OKX."))
        b.warn("unit-scale-unknown")
        # Negative coin values are allowed by design (weaknesses.md A2: the STARK proves the net total is not
        # negative), so they are shown in the balances and not warned about.


def _read_sum_values(path: Path) -> dict[str, int] | None:
    try:
        doc = Source.from_path(path, max_bytes=1024 * 1024).json()
    except (InputError, OSError):
        return None
    if not isinstance(doc, dict):
        return None
    out: dict[str, int] = {}
    for key, value in doc.items():
        if isinstance(value, str) and value.lstrip("-").isdigit():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        out[key] = value
    return out


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Apr 2023 – Aug 2024",
    needs="the inclusion proof copied from OKX's Audits page (…inclusion_proof.json) and the published "
    "sum_proof_data/trunk/sum_proof.json (--root)",
    sniff=sniff,
    verify=verify,
)
