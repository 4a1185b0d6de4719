"""Streaming rebuild of OKX's full liabilities tree (``okx-merkle-v2``). Spec: specs/okx.md §3.4, §6, §7 item 2.

The tree file has one node per line, ``hash,height,{"BTC":"…","ETH":"…","USDT":"…"}``. The root comes first,
then each lower level down to the leaves (height 1). Inside a level the nodes are listed **right to left**, so
the padding line of a level (a zero-balance copy of its rightmost node, added when the level's count is odd)
is the first line of that level. Every parent is ``SHA256(left ‖ right ‖ BTC ‖ ETH ‖ USDT ‖ height)`` with the
sums truncated to 8 places, exactly as in Merkle v1.

Memory is O(tree height + the user's nodes), whatever the number of lines: the file is never held in memory.

1. **Scan.** Read every line once: check its syntax (a line that cannot be read raises InputError naming it),
   note where each level starts (byte offset and line number), how many lines it has and whether it starts with
   a padding line, the amounts that deserve a warning, and where the user's nodes sit at height 1.
2. **Rebuild.** Because a level is listed right to left, its lines 2k and 2k+1 are the right and left children
   of the parent at position k of the level above (counted after that level's padding line). So one cursor
   reads a level while a second cursor on the same file reads the level above, in step: each parent is
   recomputed from its two children and compared with its own line, text for text. The file is read three
   times in all, each time sequentially.

OKX's own MerkleValidator reads only the height-1 lines (specs/okx.md §3.5), so a forged internal node or root
passes there; here every line above the leaves must recompute.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from decimal import Context, Decimal
from typing import BinaryIO, NamedTuple

from ..amounts import parse_plain_decimal, significant_places
from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import MAX_NUMBER_CHARS
from ..progress import EVERY_LINES, Progress
from .okx_merkle_v1 import parent_preimage, truncated_sums
from ..text import listing
from ..text import text as T

#: Largest tree file accepted: room for tens of millions of lines (real trees have millions), refusing more.
MAX_TREE_BYTES = 2 * 1024**3
#: Longest line accepted. A real line is under 200 bytes; three amounts at the loader's cap make about 400.
MAX_LINE_BYTES = 1024
#: Highest tree accepted (2^62 leaves is far beyond any file under the size cap).
MAX_HEIGHT = 64
#: How many places of each kind of finding are named in messages (the counts are always complete).
SHOWN = 3

_AMOUNT = r"(-?[0-9]+(?:\.[0-9]+)?)"
# The common case, matched first: canonical non-negative amounts below 10^19 (nothing to warn about).
_PLAIN_AMOUNT = r"((?:0|[1-9][0-9]{0,18})(?:\.[0-9]{0,7}[1-9])?)"


def _line_pattern(amount: str) -> re.Pattern[str]:
    return re.compile(
        r"([0-9a-f]{64}),([1-9][0-9]{0,3}),\{\"BTC\":\"" + amount + r"\",\"ETH\":\"" + amount
        + r"\",\"USDT\":\"" + amount + r"\"\}"
    )


_LINE = _line_pattern(_AMOUNT)
_PLAIN_LINE = _line_pattern(_PLAIN_AMOUNT)
# What the Go writer prints for a sum: at most 8 places, no trailing zeros, no leading zeros ("-0" excluded below).
_CANONICAL_8 = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]{0,7}[1-9])?")
_TWO_TO_64 = Decimal(2) ** 64
_BOM = b"\xef\xbb\xbf"


Balances = tuple[str, ...]  # BTC, ETH, USDT as the exact text of the file


def balances_json(balances: Balances) -> str:
    btc, eth, usdt = balances
    return f'{{"BTC":"{btc}","ETH":"{eth}","USDT":"{usdt}"}}'


_EXACT = Context(prec=60)  # two plain amounts (< 10^19, 8 places) add exactly in 28 digits; 60 is ample


def plain_sums(a: tuple[Decimal, ...], b: tuple[Decimal, ...]) -> Balances:
    """``truncated_sums`` for two plain lines (canonical, non-negative, at most 8 places): the exact sum needs
    no truncation, only the trailing zeros stripped. About twice as fast; used on the common path only."""
    out = []
    for x, y in zip(a, b):
        text = format(_EXACT.add(x, y), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        out.append(text)
    return tuple(out)


def line_text(hash_hex: str, height: int, balances: Balances) -> str:
    """A node written the way OKX's tree file writes it (without the end of line)."""
    return f"{hash_hex},{height},{balances_json(balances)}"


class TreeLine(NamedTuple):
    number: int
    hash: str
    height: int
    balances: Balances
    text: str  # the line as read, without its end of line
    plain: bool  # every amount is canonical, non-negative and below 10^19: nothing to warn about

    def is_zero(self) -> bool:
        return all(parse_plain_decimal(v) == 0 for v in self.balances)

    def decimals(self) -> tuple[Decimal, ...]:
        return (Decimal(self.balances[0]), Decimal(self.balances[1]), Decimal(self.balances[2]))


def _describe_bad_line(text: str) -> str:
    """Why a line does not match the layout, in words."""
    parts = text.split(",", 2)
    if len(parts) < 3:
        return T('expected three fields, hash,height,{{"BTC":"…","ETH":"…","USDT":"…"}}')
    hash_hex, height, balances = parts
    if not re.fullmatch(r"[0-9a-f]{64}", hash_hex):
        return T("the hash {hash_hex!r} is not 64 lower-case hexadecimal digits", hash_hex=hash_hex[:70])
    if not re.fullmatch(r"[1-9][0-9]{0,3}", height):
        return T("the height {height!r} is not a whole number from 1 up", height=height[:20])
    return (
        T(
            'the balances {balances!r} are not the compact object {{"BTC":"…","ETH":"…","USDT":"…"}} (in this key '
            "order, amounts as plain decimal text)",
            balances=balances[:120],
        )
    )


class LineReader:
    """Reads and checks the tree's lines from a byte offset on; each line is checked before it is used."""

    def __init__(self, fh: BinaryIO, name: str) -> None:
        self.fh = fh
        self.name = name
        self.number = 0  # the number of the line read last
        self.offset = 0  # the byte offset of the next line

    def seek(self, offset: int, first_number: int) -> None:
        self.fh.seek(offset)
        self.offset = offset
        self.number = first_number - 1

    def next_text(self) -> str | None:
        """The next line's text without its end of line, or None at the end of the file."""
        raw = self.fh.readline(MAX_LINE_BYTES + 2)
        if not raw:
            return None
        start = self.offset
        self.offset += len(raw)
        self.number += 1
        if raw[-1:] == b"\n":
            raw = raw[:-2] if raw[-2:-1] == b"\r" else raw[:-1]
        if start == 0 and raw[:3] == _BOM:
            raw = raw[3:]
        if len(raw) > MAX_LINE_BYTES:
            raise InputError(
                "invalid-tree", T(
                    "{name}: line {number} is longer than {MAX_LINE_BYTES} bytes; this is not OKX's tree layout.",
                    name=self.name, number=self.number, MAX_LINE_BYTES=MAX_LINE_BYTES,
                )
            )
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            raise InputError(
                "invalid-tree", T(
                    "{name}: line {number} holds bytes that are not ASCII text; this is not OKX's tree layout.",
                    name=self.name, number=self.number,
                )
            ) from None

    def parse(self, text: str) -> TreeLine:
        m = _PLAIN_LINE.fullmatch(text)
        if m is not None:
            h, height, btc, eth, usdt = m.groups()
            return TreeLine(self.number, h, int(height), (btc, eth, usdt), text, True)
        m = _LINE.fullmatch(text)
        if m is None:
            raise InputError("invalid-tree", T(
                "{name}: line {number}: {describe_bad_line}.",
                name=self.name, number=self.number, describe_bad_line=_describe_bad_line(text),
            ))
        h, height, btc, eth, usdt = m.groups()
        for coin, amount in (("BTC", btc), ("ETH", eth), ("USDT", usdt)):
            if len(amount) > MAX_NUMBER_CHARS:
                raise InputError(
                    "invalid-tree", T(
                        "{name}: line {number}: the {coin} amount is longer than {MAX_NUMBER_CHARS} characters.",
                        name=self.name, number=self.number, coin=coin, MAX_NUMBER_CHARS=MAX_NUMBER_CHARS,
                    )
                )
        return TreeLine(self.number, h, int(height), (btc, eth, usdt), text, False)

    def next_line(self) -> TreeLine:
        """The next line, which must exist (the scan already counted it)."""
        text = self.next_text()
        if text is None or not text:
            raise InputError("invalid-tree", T("{name}: the file changed while it was being read.", name=self.name))
        return self.parse(text)


# --- pass 1: scan -----------------------------------------------------------------------------------------


@dataclass
class Level:
    height: int
    offset: int  # byte offset of its first line
    first_line: int
    count: int = 0
    first_hash: str = ""
    first_zero: bool = False
    starts_with_padding: bool = False  # its first line copies the second's hash with zero balances
    padded: bool = False  # decided by the shape check: the first line is the level's padding


@dataclass
class AmountNotes:
    """Amounts worth a warning or a failure, counted in full and named for the first few."""

    count: dict[str, int] = field(default_factory=dict)
    places: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, place: str) -> None:
        self.count[kind] = self.count.get(kind, 0) + 1
        shown = self.places.setdefault(kind, [])
        if len(shown) < SHOWN:
            shown.append(place)

    def describe(self, kind: str) -> str:
        n = self.count.get(kind, 0)
        shown = listing(self.places.get(kind, []))
        return shown + (T(" (and {n} more)", n=n - SHOWN) if n > SHOWN else "")


def classify_amount(notes: AmountNotes, text: str, place: str, is_leaf: bool) -> None:
    """Note an amount finer than 8 places (a failure: the sums would hide it), negative, huge or oddly written."""
    if _CANONICAL_8.fullmatch(text) and text != "-0":
        if text[0] == "-":
            notes.add("negative-balance" if is_leaf else "negative-sum", T("{place} is {text}", place=place, text=text))
        if len(text.partition(".")[0].lstrip("-")) >= 20 and abs(Decimal(text)) >= _TWO_TO_64:
            notes.add("amount-overflow", T("{place} is {text}", place=place, text=text))
        return
    if significant_places(text) > 8:
        notes.add("too-fine", f"{place} = {text}")
        return
    value = Decimal(text)
    if value < 0:
        notes.add("negative-balance" if is_leaf else "negative-sum", T("{place} is {text}", place=place, text=text))
    notes.add("non-canonical-amount", T("{place} is written {text!r}", place=place, text=text))


@dataclass(frozen=True)
class Candidate:
    """A height-1 line whose hash is one of the user's node hashes."""

    line: int
    position: int  # 0-based position in the leaf level, in file order (padding counts)
    hash: str
    balances: Balances


@dataclass
class Scan:
    levels: list[Level] = field(default_factory=list)  # in file order: the root's level first
    problems: list[str] = field(default_factory=list)  # broken structural rules, first ones only
    lines: int = 0
    first_hash: str = ""  # the hash on the first line: the root the file claims
    candidates: list[Candidate] = field(default_factory=list)
    candidates_dropped: int = 0
    official_count: int = 0  # what OKX's tool counts as "found" (specs/okx.md §3.5)
    notes: AmountNotes = field(default_factory=AmountNotes)

    def problem(self, text: str) -> None:
        if len(self.problems) < SHOWN:
            self.problems.append(text)


def scan_tree(
    fh: BinaryIO, name: str, user_nodes: list[tuple[str, Balances]], progress: Progress | None = None
) -> Scan:
    """Pass 1: read every line once (see the module docstring). ``user_nodes`` are (hash, balances) pairs.
    Progress reports the first half of the work (the scan), by bytes read."""
    scan = Scan()
    reader = LineReader(fh, name)
    size = max(os.fstat(fh.fileno()).st_size, 1)
    wanted = {h.lower() for h, _ in user_nodes}
    ended_at: int | None = None  # the number of the first empty line: only empty lines may follow it
    level: Level | None = None
    level_broken = False  # once the heights break the layout, level bookkeeping stops
    while True:
        start = reader.offset
        text = reader.next_text()
        if text is None:
            break
        if not text.strip():
            ended_at = ended_at or reader.number
            continue
        if ended_at is not None:
            raise InputError(
                "invalid-tree", T(
                    "{name}: line {number} follows an empty line (line {ended_at}); the tree file has one node per "
                    "line with no gaps.",
                    name=name, number=reader.number, ended_at=ended_at,
                )
            )
        node = reader.parse(text)
        scan.lines += 1
        if progress is not None and scan.lines % EVERY_LINES == 0:
            progress.at(0.5 * reader.offset / size)
        if scan.lines == 1:
            scan.first_hash = node.hash
        if not node.plain:
            classify_amount_line(scan.notes, node)
        if node.height == 1:
            _note_leaf(scan, node, level, wanted, user_nodes)
        if level_broken:
            continue
        if level is None or node.height != level.height:
            if level is None and node.height > MAX_HEIGHT:
                scan.problem(T(
                    "line {number}: the root's height {height} is above {MAX_HEIGHT}",
                    number=node.number, height=node.height, MAX_HEIGHT=MAX_HEIGHT,
                ))
                level_broken = True
                continue
            if level is not None and node.height != level.height - 1:
                scan.problem(
                    T(
                        "line {number}: height {height} follows height {height2}; the file lists the levels from the "
                        "root down, each one step lower",
                        number=node.number, height=node.height, height2=level.height,
                    )
                )
                level_broken = True
                continue
            level = Level(node.height, start, node.number)
            scan.levels.append(level)
        level.count += 1
        if level.count == 1:
            level.first_hash, level.first_zero = node.hash, node.is_zero()
        elif level.count == 2:
            level.starts_with_padding = level.first_zero and level.first_hash == node.hash
    if scan.lines == 0:
        raise InputError("invalid-tree", T("{name}: the tree file is empty.", name=name))
    return scan


def classify_amount_line(notes: AmountNotes, node: TreeLine) -> None:
    for coin, amount in zip(("BTC", "ETH", "USDT"), node.balances, strict=True):
        classify_amount(notes, amount, T(
            "line {number} (height {height}) {coin}",
            number=node.number, height=node.height, coin=coin,
        ), node.height == 1)


def _note_leaf(
    scan: Scan,
    node: TreeLine,
    level: Level | None,
    wanted: set[str],
    user_nodes: list[tuple[str, Balances]],
) -> None:
    # The leaf level is the level being read when it is the height-1 one; the current line is not counted yet.
    position = level.count if level is not None and level.height == 1 else 0
    if node.hash not in wanted:
        return
    if len(scan.candidates) < 1000:
        scan.candidates.append(Candidate(node.number, position, node.hash, node.balances))
    else:
        scan.candidates_dropped += 1
    # OKX's tool: the first user node whose hash matches (any case), then the exact hash and balance strings.
    first = next(n for n in user_nodes if n[0].lower() == node.hash)
    if first[0] == node.hash and first[1] == node.balances:
        scan.official_count += 1


def check_shape(scan: Scan) -> list[str]:
    """The level counts and padding lines OKX's layout implies (specs/okx.md §3.4); problems in words."""
    problems = list(scan.problems)
    levels = scan.levels
    if problems:
        return problems
    top = levels[0]
    if top.count != 1:
        problems.append(
            T(
                "line {first_line}: the first level (height {height}) must be the root alone, but it has {count} lines",
                first_line=top.first_line, height=top.height, count=top.count,
            )
        )
    if levels[-1].height != 1:
        problems.append(T("the last level has height {height}; the leaves are at height 1", height=levels[-1].height))
    if len(levels) < 2:
        problems.append(T("the tree has no leaves under its root; it needs at least two leaf lines"))
    for parent, child in zip(levels, levels[1:]):
        where = T(
            "the level at height {height} (lines {first_line}–{first_line2})",
            height=child.height, first_line=child.first_line, first_line2=child.first_line + child.count - 1,
        )
        if child.count % 2:
            problems.append(T(
                "{where} has {count} lines; every level below the root has an even count",
                where=where, count=child.count,
            ))
            continue
        real = child.count // 2
        needs_padding = real % 2 == 1 and real > 1
        expected = real + (1 if needs_padding else 0)
        if parent.count != expected:
            problems.append(
                T(
                    "{where} has {count} lines, so the level above it (height {height}, from line {first_line}) must "
                    "have {expected}, but it has {count2}",
                    where=where, count=child.count, height=parent.height, first_line=parent.first_line,
                    expected=expected, count2=parent.count,
                )
            )
        elif needs_padding and not parent.starts_with_padding:
            problems.append(
                T(
                    "line {first_line} must be the padding of height {height} (a copy of the next line's hash with "
                    "zero balances), but it is not",
                    first_line=parent.first_line, height=parent.height,
                )
            )
        parent.padded = needs_padding
    if levels and levels[-1].height == 1:
        levels[-1].padded = levels[-1].starts_with_padding
    return problems[:SHOWN]


# --- pass 2: rebuild ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mismatch:
    """A line above the leaves whose hash or balances do not recompute from its two children."""

    line: int
    height: int
    file_text: str
    computed_text: str
    preimage: str
    left_line: int
    right_line: int

    @property
    def file_hash(self) -> str:
        return self.file_text.split(",", 1)[0]

    @property
    def computed_hash(self) -> str:
        return self.computed_text.split(",", 1)[0]


@dataclass(frozen=True)
class TrackedStep:
    """One recomputed parent on the way from a user's node to the root."""

    label: str
    height: int
    computed: str
    preimage: str
    sibling: str
    sibling_side: str  # "left" or "right"
    sums: Balances
    line: int
    ok: bool


@dataclass
class Rebuild:
    root_hash: str | None = None
    root_sums: Balances | None = None
    parents: int = 0  # parents recomputed
    mismatches: int = 0
    first_by_height: dict[int, Mismatch] = field(default_factory=dict)
    steps: list[TrackedStep] = field(default_factory=list)

    def lowest(self) -> Mismatch | None:
        """The lowest node that does not recompute: its children do, so the fault is in that line itself."""
        return self.first_by_height[min(self.first_by_height)] if self.first_by_height else None


def tracked_positions(levels: list[Level], leaf_positions: dict[int, str]) -> dict[int, dict[int, str]]:
    """Positions (file order) of the user's nodes and their ancestors at every height below the root.

    The parent of position p at height h sits at p // 2 at height h + 1, after that level's padding line."""
    by_height = {lv.height: lv for lv in levels}
    out: dict[int, dict[int, str]] = {}
    current = dict(leaf_positions)
    for height in range(1, len(levels)):
        out[height] = current
        parent = by_height[height + 1]
        nxt: dict[int, str] = {}
        for pos, label in current.items():
            up = pos // 2 + (1 if parent.padded else 0)
            nxt[up] = label if up not in nxt else _join_labels(nxt[up], label)
        current = nxt
    return out


def _join_labels(a: str, b: str) -> str:
    return a if a == b else T("your nodes")


def rebuild_tree(
    path: str | os.PathLike[str],
    name: str,
    scan: Scan,
    tracked: dict[int, dict[int, str]] | None = None,
    progress: Progress | None = None,
) -> Rebuild:
    """Pass 2: recompute every parent from its children with two cursors (see the module docstring).
    Progress reports the second half of the work, by parents recomputed."""
    out = Rebuild()
    expected_parents = max(sum(level.count for level in scan.levels[1:]) // 2, 1)
    tracked = tracked or {}
    levels = scan.levels
    with open(path, "rb") as child_fh, open(path, "rb") as parent_fh:
        children = LineReader(child_fh, name)
        parents = LineReader(parent_fh, name)
        children.seek(levels[1].offset, levels[1].first_line)
        for parent_level, child_level in zip(levels, levels[1:]):
            height = parent_level.height
            parents.seek(parent_level.offset, parent_level.first_line)
            if parent_level.padded:
                parents.next_text()  # the padding line: checked by the shape rules, not a computed parent
            marks = tracked.get(child_level.height, {})
            for k in range(child_level.count // 2):
                right = children.next_line()  # right to left: the right child comes first
                left = children.next_line()
                if left.plain and right.plain:
                    sums = plain_sums(left.decimals(), right.decimals())
                else:
                    sums = truncated_sums(left.decimals(), right.decimals())
                preimage = parent_preimage(left.hash, right.hash, sums, height)
                digest = sha256_hex(preimage)
                computed = line_text(digest, height, sums)
                found = parents.next_text()
                ok = found == computed
                out.parents += 1
                if progress is not None and out.parents % EVERY_LINES == 0:
                    progress.at(0.5 + 0.5 * out.parents / expected_parents)
                if not ok:
                    out.mismatches += 1
                    if height not in out.first_by_height:
                        out.first_by_height[height] = Mismatch(
                            parents.number, height, found or "", computed, preimage, left.number, right.number
                        )
                if height == levels[0].height:
                    out.root_hash, out.root_sums = digest, sums
                # File order: position 2k is the right child, 2k+1 the left one.
                mine = [marks[p] for p in (2 * k, 2 * k + 1) if p in marks]
                if mine:
                    label = mine[0] if len(mine) == 1 else _join_labels(*mine)
                    sibling, side = (left, "left") if 2 * k in marks else (right, "right")
                    out.steps.append(
                        TrackedStep(label, height, digest, preimage, sibling.hash, side, sums, parents.number, ok)
                    )
    return out


def open_tree(path: str | os.PathLike[str]) -> tuple[BinaryIO, str]:
    """Open the tree file for the scan, refusing a missing, unreadable or oversized file with a clear message."""
    name = str(path)
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise InputError("not-a-file", T("{name}: this is a folder, not the tree file.", name=name))
        if size > MAX_TREE_BYTES:
            raise InputError(
                "file-too-large",
                T(
                    "{name}: the tree file is {size:,} bytes; the limit is {MAX_TREE_BYTES:,} bytes.",
                    name=name, size=size, MAX_TREE_BYTES=MAX_TREE_BYTES,
                ),
            )
        return open(path, "rb"), name
    except FileNotFoundError:
        raise InputError("file-not-found", T("{name}: no such file (the full liabilities tree).", name=name)) from None
    except PermissionError:
        raise InputError("file-unreadable", T("{name}: permission denied.", name=name)) from None
    except OSError as exc:
        raise InputError("file-unreadable", T(
            "{name}: cannot be read ({value}).",
            name=name, value=exc.strerror or exc,
        )) from None
