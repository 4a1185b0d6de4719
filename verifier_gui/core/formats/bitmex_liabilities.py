"""BitMEX and River published liabilities trees (``bitmex-liabilities``). Spec: specs/others.md §2.4.

The exchange publishes the whole tree; the user finds their own leaves in it with a key only they hold.

* File: ``block_height:<n>``, then one node per line, ``<64 hex>,<integer satoshis>``, breadth-first from the
  root (1, 2, 4, … nodes per level). A complete tree: its leaf count is a power of two, so node i's children are
  nodes 2i + 1 and 2i + 2 (heap order), and the leaves are the last N of the 2N − 1 nodes.
* Parent = SHA-256(L_hash ‖ LE64(L_value) ‖ R_hash ‖ LE64(R_value)), value L + R: both children's values are
  hashed, and a value is an unsigned 64-bit integer, so a negative one breaks the format (a fail).
* Leaf = HMAC-SHA256(key, LE64(value) ‖ LE64(leaf index)). The key: BitMEX's per-snapshot nonce as given, or
  SHA-256(account nonce ‖ LE64(block height) ‖ LE64(account id)); River's is the same with the account subkey
  SHA-256(account key ‖ e-mail ‖ LE64(account id)) in place of the account nonce.

The whole tree is rebuilt (as River's verifier does) with memory independent of its size: one pass counts the
nodes, a second reads the file with two cursors (parents from the top, children two lines per parent below) and
recomputes every parent, looking for the user's leaves among the leaves as it goes; when some were found a third
pass collects their paths for the picture. Without the user's key only the tree itself is checked, and the
result says so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import io
import re
import struct
from dataclasses import dataclass, field
from decimal import Decimal
from typing import BinaryIO

from ..errors import InputError
from ..loading import Source
from ..options import VerifyOptions
from ..progress import EVERY_LINES, Progress
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..secrets import UserSecrets
from ..text import text

FORMAT = FormatInfo("bitmex-liabilities", "BitMEX / River", "Published liabilities tree (sum tree, split leaves)")
#: A line is 64 hex digits, a comma and at most 20 digits; anything much longer is not this format.
MAX_LINE_BYTES = 200
#: How many places of each kind of problem are named (counts are always complete).
SHOWN = 3
#: How many of the user's leaves get their path drawn (all are found and summed): the picture shows one path.
DRAWN_LEAVES = 1
U64 = 2**64

_HEADER = re.compile(rb"\s*block_height:\s*([0-9]{1,12})\s*")
_NODE = re.compile(rb"([0-9a-fA-F]{64}),[ \t]*(-?[0-9]{1,30})[ \t]*")
_BOM = b"\xef\xbb\xbf"


def le64(n: int) -> bytes:
    return struct.pack("<Q", n)


def parent_of(left_hash: bytes, left_value: int, right_hash: bytes, right_value: int) -> bytes:
    return hashlib.sha256(left_hash + le64(left_value) + right_hash + le64(right_value)).digest()


def leaf_hash(key: bytes, value: int, index: int) -> bytes:
    return hmac.new(key, le64(value) + le64(index), hashlib.sha256).digest()


def sats_to_btc(sats: int) -> str:
    text_ = format(Decimal(sats).scaleb(-8), "f")
    if "." in text_:
        text_ = text_.rstrip("0").rstrip(".")
    return text_ or "0"


# --- the user's key ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UserKey:
    key: bytes = field(repr=False)
    how: str  # in words, without the secret


def _hex32(value: str, what: str) -> bytes:
    cleaned = value.strip().removeprefix("0x").removeprefix("0X")
    if not re.fullmatch(r"[0-9a-fA-F]{64}", cleaned):
        raise InputError(
            "bad-secret", text("The {what} must be 64 hexadecimal digits (32 bytes).", what=what)
        )
    return bytes.fromhex(cleaned)


def _account_number(value: str) -> int:
    """BitMEX: a decimal account id. River: the account UID in base32 (as River's verifier decodes it)."""
    cleaned = value.strip()
    if re.fullmatch(r"[0-9]{1,19}", cleaned):
        number = int(cleaned)
    else:
        try:
            padded = cleaned.upper() + "=" * (-len(cleaned) % 8)
            number = int.from_bytes(base64.b32decode(padded), "big")
        except (ValueError, binascii.Error):
            raise InputError(
                "bad-secret",
                text("The account id must be a number (BitMEX) or River's account UID (base32 letters and digits)."),
            ) from None
    if number >= U64:
        raise InputError("bad-secret", text("The account id is too large for a 64-bit number."))
    return number


def user_key(secrets: UserSecrets | None, block_height: int) -> UserKey | None:
    """The HMAC key that finds the user's leaves, from what they gave; None when they gave nothing for it."""
    if secrets is None:
        return None
    if secrets.nonce:
        return UserKey(_hex32(secrets.nonce, "BitMEX nonce"), text("your BitMEX nonce for this snapshot"))
    if not (secrets.account_nonce or secrets.account_key):
        if secrets.account_id or secrets.email:
            raise InputError(
                "bad-secret",
                text(
                    "To find your leaves give your BitMEX nonce, or your account id with your account nonce "
                    "(BitMEX) or with your account key and e-mail (River)."
                ),
            )
        return None
    if not secrets.account_id:
        raise InputError("bad-secret", text("The account nonce or account key needs the account id too."))
    account = _account_number(secrets.account_id)
    if secrets.account_nonce:
        base = _hex32(secrets.account_nonce, "account nonce")
        how = text("your BitMEX account nonce and account id")
    else:
        if not secrets.email:
            raise InputError("bad-secret", text("River's account key needs the account's e-mail address too."))
        account_key = _hex32(secrets.account_key or "", "River account key")
        base = hashlib.sha256(account_key + secrets.email.encode("utf-8") + le64(account)).digest()
        how = text("your River account key, e-mail and account id")
    return UserKey(hashlib.sha256(base + le64(block_height) + le64(account)).digest(), how)


# --- reading ----------------------------------------------------------------------------------------------------


def sniff(source: Source) -> bool:
    head = source.data[:4096].removeprefix(_BOM)
    first, _, rest = head.partition(b"\n")
    if not _HEADER.fullmatch(first):
        return False
    second = rest.partition(b"\n")[0].rstrip(b"\r")
    return bool(_NODE.fullmatch(second))


class Node:
    __slots__ = ("number", "hash", "value")

    def __init__(self, number: int, hash_: bytes, value: int) -> None:
        self.number = number  # the line number in the file
        self.hash = hash_
        self.value = value


class Reader:
    """Reads the node lines from the start of the file (after the header), checking each one."""

    def __init__(self, fh: BinaryIO, name: str) -> None:
        self.fh = fh
        self.name = name
        self.number = 0
        header = fh.readline(MAX_LINE_BYTES + 2)
        self.number = 1
        m = _HEADER.fullmatch(header.removeprefix(_BOM))
        if m is None:
            raise InputError(
                "invalid-tree",
                text("{name}: line 1 must be block_height:<number>, as BitMEX and River write it.", name=name),
            )
        self.block_height = int(m.group(1))

    def next_text(self) -> bytes | None:
        """The next non-empty line; None at the end. Empty lines may only end the file."""
        raw = self.fh.readline(MAX_LINE_BYTES + 2)
        if not raw:
            return None
        self.number += 1
        if len(raw) > MAX_LINE_BYTES:
            raise InputError(
                "invalid-tree",
                text("{name}: line {line} is longer than {limit} bytes; it is not a tree node.", name=self.name,
                     line=self.number, limit=MAX_LINE_BYTES),
            )
        line = raw.strip()
        if not line:
            ended = self.number
            rest = self.fh.read(4096)
            while rest:
                if rest.strip():
                    raise InputError(
                        "invalid-tree",
                        text("{name}: the empty line {line} is followed by more nodes; the tree has no gaps.",
                             name=self.name, line=ended),
                    )
                rest = self.fh.read(4096)
            return None
        return line

    def next_node(self) -> Node | None:
        # The common case first, without a regular expression: "<64 hex>,<digits>" and an end of line.
        start = self.fh.tell()
        raw = self.fh.readline(MAX_LINE_BYTES + 2)
        digest, comma, value = raw.partition(b",")
        value = value.rstrip(b"\r\n")
        if comma and len(digest) == 64 and value.isdigit() and len(value) <= 30:
            try:
                hash_ = bytes.fromhex(digest.decode("ascii"))
            except (UnicodeDecodeError, ValueError):
                hash_ = b""
            if len(hash_) == 32:
                self.number += 1
                return Node(self.number, hash_, int(value))
        self.fh.seek(start)  # anything else: the careful path, which names what is wrong
        line = self.next_text()
        if line is None:
            return None
        m = _NODE.fullmatch(line)
        if m is None:
            shown = line[:90].decode("ascii", "replace")
            raise InputError(
                "invalid-tree",
                text("{name}: line {line} ({shown}) is not a node: expected <64 hex digits>,<whole number of "
                     "satoshis>.", name=self.name, line=self.number, shown=shown),
            )
        return Node(self.number, bytes.fromhex(m.group(1).decode("ascii")), int(m.group(2)))


def _open(source: Source) -> BinaryIO:
    if source.path is not None and source.partial:
        try:
            return open(source.path, "rb")
        except OSError as exc:
            raise InputError("file-unreadable", text("{name}: cannot be read ({why}).", name=source.name,
                                                     why=exc.strerror or str(exc))) from None
    return io.BytesIO(source.data)


# --- verification -------------------------------------------------------------------------------------------------


@dataclass
class Mine:
    index: int  # leaf index
    node: int  # node index (heap order)
    line: int
    value: int


@dataclass
class Pass:
    parents: int = 0
    mismatches: int = 0
    shown: list[str] = field(default_factory=list)
    first: tuple[int, str, str, str] | None = None  # (line, expected, computed, preimage hex) of the first mismatch
    negatives: list[str] = field(default_factory=list)
    negative_count: int = 0
    overflows: list[str] = field(default_factory=list)
    root_hash: bytes = b""  # the root the file claims (its first node)
    root_value: int = 0
    root_computed: bytes = b""  # the root recomputed from its children (empty when they cannot be hashed)
    mine: list[Mine] = field(default_factory=list)


def count_nodes(source: Source, progress: Progress | None) -> tuple[int, int]:
    """Pass 1: (block height, number of node lines), every line's syntax checked."""
    with _open(source) as fh:
        reader = Reader(fh, source.name)
        count = 0
        while reader.next_node() is not None:
            count += 1
            if progress is not None and count % EVERY_LINES == 0:
                progress.at(0.1 * fh.tell() / max(_size(fh), 1))
    return reader.block_height, count


def _size(fh: BinaryIO) -> int:
    here = fh.tell()
    end = fh.seek(0, io.SEEK_END)
    fh.seek(here)
    return end


def _note_value(state: Pass, node: Node, is_leaf: bool) -> bool:
    """True when the value fits the format (0 ≤ v < 2^64); else it is noted."""
    if node.value < 0:
        state.negative_count += 1
        if len(state.negatives) < SHOWN:
            kind = text("leaf") if is_leaf else text("node")
            state.negatives.append(text("line {line} ({kind}) is {value}", line=node.number, kind=kind,
                                        value=node.value))
        return False
    if node.value >= U64:
        if len(state.overflows) < SHOWN:
            state.overflows.append(text("line {line} is {value}", line=node.number, value=node.value))
        return False
    return True


def rebuild(source: Source, nodes: int, key: UserKey | None, progress: Progress | None) -> Pass:
    """Pass 2: recompute every parent from its two children (heap order: children of i are 2i+1, 2i+2)."""
    state = Pass()
    leaves = (nodes + 1) // 2
    first_leaf = leaves - 1  # node index of leaf 0
    with _open(source) as parent_fh, _open(source) as child_fh:
        parents = Reader(parent_fh, source.name)
        children = Reader(child_fh, source.name)
        root = children.next_node()  # the children start at node 1
        assert root is not None  # pass 1 counted the nodes
        state.root_hash, state.root_value = root.hash, root.value
        if nodes == 1:
            _note_value(state, root, True)
            _look_for_mine(state, key, root, 0, 0)
            return state
        for p in range(leaves - 1):
            parent = parents.next_node()
            left, right = children.next_node(), children.next_node()
            if parent is None or left is None or right is None:
                raise InputError("invalid-tree", text("{name}: the file changed while it was being read.",
                                                      name=source.name))
            i = 2 * p + 1
            if p == 0:  # every other node is read once as a child; the root only here
                _note_value(state, parent, False)
            # Only the children's values are packed into the parent's hash, so only they must fit 64 bits.
            fits = _note_value(state, left, i >= first_leaf)
            fits = _note_value(state, right, i + 1 >= first_leaf) and fits
            for child, index in ((left, i), (right, i + 1)):
                if index >= first_leaf:
                    _look_for_mine(state, key, child, index - first_leaf, index)
            state.parents += 1
            if progress is not None and state.parents % EVERY_LINES == 0:
                progress.at(0.1 + 0.8 * state.parents / leaves)
            total = left.value + right.value
            if fits:
                preimage = left.hash + le64(left.value) + right.hash + le64(right.value)
                computed = hashlib.sha256(preimage).digest()
            else:
                preimage, computed = b"", b""
            if p == 0:
                state.root_computed = computed
            if computed == parent.hash and total == parent.value:
                continue
            state.mismatches += 1
            if fits:
                why = text("line {line}: recomputed {computed} with {total} satoshis from lines {l} and {r}",
                           line=parent.number, computed=computed.hex(), total=total, l=left.number, r=right.number)
            else:
                why = text("line {line}: its children (lines {l} and {r}) hold values outside 0 … 2^64 − 1, which "
                           "the format cannot hash", line=parent.number, l=left.number, r=right.number)
            if len(state.shown) < SHOWN:
                state.shown.append(why)
            if state.first is None:
                state.first = (
                    parent.number,
                    text("{hash} with {value} satoshis", hash=parent.hash.hex(), value=parent.value),
                    text("{hash} with {value} satoshis", hash=computed.hex() or "-", value=total),
                    preimage.hex(),
                )
    return state


def _look_for_mine(state: Pass, key: UserKey | None, node: Node, leaf_index: int, node_index: int) -> None:
    if key is None or not 0 <= node.value < U64:
        return
    if hmac.compare_digest(leaf_hash(key.key, node.value, leaf_index), node.hash):
        state.mine.append(Mine(leaf_index, node_index, node.number, node.value))


def collect(source: Source, wanted: set[int]) -> dict[int, Node]:
    """Pass 3: the nodes at the given heap indexes (the user's paths), read in one sequential pass."""
    out: dict[int, Node] = {}
    last = max(wanted)
    with _open(source) as fh:
        reader = Reader(fh, source.name)
        for index in range(last + 1):
            node = reader.next_node()
            if node is None:
                break
            if index in wanted:
                out[index] = node
    return out


def verify(source: Source, options: VerifyOptions) -> Result:
    progress = options.progress
    block_height, nodes = count_nodes(source, progress)
    if nodes == 0:
        raise InputError("invalid-tree", text("{name}: the tree has no nodes after its block_height line.",
                                              name=source.name))
    key = user_key(options.secrets, block_height)
    b = ResultBuilder(source.name, FORMAT)
    b.warn("full-tree-published")
    leaves = (nodes + 1) // 2
    complete = nodes == 2 * leaves - 1 and leaves & (leaves - 1) == 0
    height = leaves.bit_length() - 1
    b.check(
        text("structure"),
        complete,
        text("The tree of Bitcoin block {block} has {nodes:,} nodes: {leaves:,} leaves in a complete tree of "
             "height {height}.", block=block_height, nodes=nodes, leaves=leaves, height=height)
        if complete and key is not None
        # Without the user's key the block height is hashed nowhere (it only enters the key): say so.
        else text("The tree has {nodes:,} nodes: {leaves:,} leaves in a complete tree of height {height}. Its "
                  "block height ({block}) is not verified without your account key.", block=block_height,
                  nodes=nodes, leaves=leaves, height=height)
        if complete
        else text("The tree has {nodes:,} nodes, which is not a complete binary tree (2^k leaves make 2^(k+1) − 1 "
                  "nodes).", nodes=nodes),
        expected=text("2^(k+1) − 1 nodes"),
        computed=str(nodes),
    )
    if not complete:
        b.root_computed = None
        return b.finish()
    state = rebuild(source, nodes, key, progress)
    b.totals = {"BTC": sats_to_btc(state.root_value)}
    if state.negatives:
        b.check(
            text("non-negative"),
            False,
            text("Values are unsigned 64-bit satoshi amounts in this format, and {count} are negative: {where}.",
                 count=state.negative_count, where="; ".join(state.negatives)),
            expected=text("0 or more satoshis"),
            computed="; ".join(state.negatives),
        )
    if state.overflows:
        b.warn("amount-overflow", "; ".join(state.overflows))
    ok = state.mismatches == 0
    b.check(
        text("tree"),
        ok,
        text("Every one of the {parents:,} parents was recomputed from its two children, hash and sum.",
             parents=state.parents)
        if ok
        else text("{count:,} of the {parents:,} parents do not recompute from their children: {where}.",
                  count=state.mismatches, parents=state.parents, where="; ".join(state.shown)),
        expected=state.first[1] if state.first else "",
        computed=state.first[2] if state.first else "",
        message=None
        if ok or state.first is None
        else text("{where}. The first of them, on line {line}, is SHA-256 of the bytes {preimage} (left hash, left "
                  "value as 8 little-endian bytes, right hash, right value).", where="; ".join(state.shown),
                  line=state.first[0], preimage=state.first[3] or "-"),
    )
    computed_root = state.root_hash if nodes == 1 else state.root_computed
    if computed_root:
        b.expect_root(computed_root.hex(), options.root, state.root_hash.hex(), text("the first node of the tree"))
    _user_part(b, source, key, state, leaves)
    if progress is not None:
        progress.at(1.0)
    return b.finish()


def _user_part(b: ResultBuilder, source: Source, key: UserKey | None, state: Pass, leaves: int) -> None:
    if key is None:
        b.warn(
            "own-leaves-not-checked",
            text("Give your BitMEX nonce (or account id and account nonce), or River's account id, key and e-mail, "
                 "to find your leaves; without them only the tree was checked."),
        )
        return
    total = sum(m.value for m in state.mine)
    b.balances = {"BTC": sats_to_btc(total)} if state.mine else {}
    found = bool(state.mine)
    b.check(
        text("your leaves"),
        found,
        text("Found {count} of the {leaves:,} leaves with {how}: {total} satoshis in all (leaves {indexes}).",
             count=len(state.mine), leaves=leaves, how=key.how, total=total,
             indexes=", ".join(str(m.index) for m in state.mine[:20]))
        if found
        else text("None of the {leaves:,} leaves matches {how}. Check the values you gave and that this is the tree "
                  "of the snapshot they belong to.", leaves=leaves, how=key.how),
        expected=text("at least one leaf"),
        computed=str(len(state.mine)),
    )
    if found:
        _draw_paths(b, source, state.mine[:DRAWN_LEAVES])


def _draw_paths(b: ResultBuilder, source: Source, mine: list[Mine]) -> None:
    wanted: set[int] = set()
    for m in mine:
        i = m.node
        wanted.add(i)
        while i > 0:
            wanted.update((i, i + 1 if i % 2 == 1 else i - 1, (i - 1) // 2))
            i = (i - 1) // 2
    nodes = collect(source, wanted)
    for m in mine:
        label = text("leaf {index}", index=m.index)
        b.steps.append(PathStep(label, 1, nodes[m.node].hash.hex(), sums={"satoshis": str(m.value)},
                                note=text("your leaf: HMAC of its value and index with your key; all your leaves "
                                          "are listed in the checks")))
        i, level = m.node, 1
        while i > 0:
            sibling_index = i + 1 if i % 2 == 1 else i - 1
            parent_index = (i - 1) // 2
            left, right = (nodes[i], nodes[sibling_index]) if i % 2 == 1 else (nodes[sibling_index], nodes[i])
            level += 1
            parent = nodes[parent_index]
            b.steps.append(
                PathStep(
                    text("{label}, step {k}", label=label, k=level - 1),
                    level,
                    parent.hash.hex(),
                    preimage=(left.hash + le64(left.value) + right.hash + le64(right.value)).hex(),
                    sibling=nodes[sibling_index].hash.hex(),
                    sibling_side="right" if i % 2 == 1 else "left",
                    sums={"satoshis": str(parent.value)},
                    note=text("line {line} of the tree", line=parent.number),
                )
            )
            i = parent_index


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="BitMEX Nov 2022 →; River 2024 →",
    needs="the published liabilities tree file; to find your leaves, your BitMEX nonce (--nonce, or --account-id "
    "with --account-nonce) or your River account id, key and e-mail (--account-id, --account-key, --email)",
    sniff=sniff,
    verify=verify,
    streams=True,
)
