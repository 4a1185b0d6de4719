"""Gate.io Merkle tree v1 (``gateio-merkle-v1``), 2020–2022. Spec: specs/gateio.md §1.

The auditor publishes the whole list of leaves as a text file (CRLF lines, header ``Level<TAB>Hash``, then
``<layers>,<index><TAB><16 hex>`` per leaf) and the root (64 hex) separately. The tree is merkletreejs
0.1.x with its defaults (§1.3):

* a leaf is 8 raw bytes: the first 16 hex digits of SHA256(hex(SHA256(hashedUID)) ‖ hex(SHA256(balance)))
  over the ASCII text (§1.2);
* a parent is SHA256(left bytes ‖ right bytes), in index order, nothing else hashed;
* the last node of an odd level moves up unchanged (promotion), so an 8-byte leaf can meet a 32-byte node;
* a single leaf is its own root.

Two entry points:

* :func:`verify` (the registered format): rebuilds the root from every leaf of the list and compares it with
  the published root (``--root``). The file holds no root of its own, so without a published root there is
  nothing to compare and the result is an error (``root-required``), never a pass.
* :func:`verify_user_record`: also rebuilds the user's leaf from their hashed UID and balance, finds it in the
  list and recomputes its path to the root step by step.

The balance text hashed is tried in the documented variants (§1.2): ``Number(x).toFixed(8)`` (what Gate.io's
verifier does since 2020-04-23, emulated exactly without floats), the decimal written with exactly 8 places,
and the text as typed (the earlier verifier). The first one found is reported in the format's variant.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from ..amounts import parse_plain_decimal, significant_places
from ..errors import InputError
from ..loading import Source
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text

HEADER = "Level\tHash"
LIST_VARIANT = "merkletreejs 0.1.x leaf list (Gate.io's 2020 tool; The Network Firm's tool writes the same layout)"
FORMAT = FormatInfo("gateio-merkle-v1", "Gate.io", "Gate.io Merkle tree v1 (published leaf list)", LIST_VARIANT)

_LEAF_LINE = re.compile(r"([0-9]+),([0-9]+)\t([0-9a-fA-F]{16})[ \t]*")
#: Balance-text variants, in the order tried; the first is what Gate.io's own verifier hashes.
TO_FIXED_8 = "Number(balance).toFixed(8)"
EXACT_8 = "balance written with exactly 8 decimals"
AS_TYPED = "balance text as typed"


# --- the leaf list ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeafList:
    leaves: tuple[bytes, ...]  # 8 raw bytes each, in index order
    labels: tuple[str, ...]  # the "<layers>,<index>" text written before each leaf
    line_numbers: tuple[int, ...]  # 1-based line of each leaf, for messages
    lf_only_lines: int  # lines ended by a bare LF (Gate.io's own verifier splits on CRLF only)


def parse_leaf_list(source: Source, kind: str = "Gate.io v1") -> LeafList:
    """Read the leaf list; anything that is not a header, a blank line, a ``#`` comment (skipped, as Gate.io's
    verifier does) or a leaf line is malformed input, reported with its line number. ``kind`` names the
    list's maker in messages (The Network Firm's tool writes the same layout)."""
    text = source.text
    lines = text.split("\n")
    lf_only = sum(1 for line in lines[:-1] if not line.endswith("\r"))
    lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    if not lines or lines[0] != HEADER:
        raise InputError(
            "invalid-proof",
            f"{source.name}: line 1: expected the header 'Level<TAB>Hash' of a {kind} leaf list, found "
            f"{lines[0][:40]!r}.",
        )
    leaves: list[bytes] = []
    labels: list[str] = []
    numbers: list[int] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        match = _LEAF_LINE.fullmatch(line)
        if match is None:
            raise InputError(
                "invalid-proof",
                f"{source.name}: line {number}: expected '<layers>,<index><TAB><16 hex digits>', found "
                f"{line[:60]!r}.",
            )
        leaves.append(bytes.fromhex(match.group(3)))
        labels.append(f"{match.group(1)},{match.group(2)}")
        numbers.append(number)
    if not leaves:
        raise InputError("invalid-proof", f"{source.name}: the leaf list holds no leaves.")
    return LeafList(tuple(leaves), tuple(labels), tuple(numbers), lf_only)


def build_layers(leaves: tuple[bytes, ...] | list[bytes]) -> list[list[bytes]]:
    """Every layer, leaves first, root last, by merkletreejs 0.1.x rules (odd last node promoted)."""
    layers = [list(leaves)]
    while len(layers[-1]) > 1:
        below = layers[-1]
        above = [hashlib.sha256(below[i] + below[i + 1]).digest() for i in range(0, len(below) - 1, 2)]
        if len(below) % 2 == 1:
            above.append(below[-1])  # moved up unchanged: not hashed, not duplicated
        layers.append(above)
    return layers


# --- the user's leaf ----------------------------------------------------------------------------------


def leaf_preimage(hashed_uid: str, balance_text: str) -> str:
    """The 128-character text whose SHA-256 gives the leaf: hex(SHA256(uid)) ‖ hex(SHA256(balance))."""
    return _sha256_text(hashed_uid) + _sha256_text(balance_text)


def leaf_hex(hashed_uid: str, balance_text: str) -> str:
    """The user's 16-hex leaf (first 8 bytes of the SHA-256 of :func:`leaf_preimage`)."""
    return _sha256_text(leaf_preimage(hashed_uid, balance_text))[:16]


def _sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def nearest_double(value: Decimal) -> Fraction:
    """The IEEE-754 binary64 value JavaScript's ``Number(text)`` gives, as an exact fraction (round half to
    even), computed with integers so that no float touches the amount. Overflow is not handled: callers cap
    the magnitude far below 2^1024."""
    exact = Fraction(value)
    if exact == 0:
        return Fraction(0)
    sign = -1 if exact < 0 else 1
    p, q = abs(exact.numerator), exact.denominator
    # Choose e so that the 53-bit significand m = p / (q * 2^e) lies in [2^52, 2^53).
    e = p.bit_length() - q.bit_length() - 53
    while _scaled(p, q, e) >= 1 << 53:
        e += 1
    while _scaled(p, q, e) < 1 << 52:
        e -= 1
    e = max(e, -1074)  # subnormals: the significand has fewer bits
    num, den = (p, q << e) if e >= 0 else (p << -e, q)
    m, rest = divmod(num, den)
    if 2 * rest > den or (2 * rest == den and m % 2 == 1):
        m += 1
    return sign * Fraction(m) * Fraction(2) ** e


def _scaled(p: int, q: int, e: int) -> int:
    return p // (q << e) if e >= 0 else (p << -e) // q


def js_to_fixed_8(value: Decimal) -> str:
    """``Number(value).toFixed(8)`` exactly as ECMAScript defines it: the nearest double x, then the integer n
    nearest to x·10^8 (the larger on a tie), written with 8 decimals; ``-`` kept for negative x."""
    if abs(value) >= Decimal("1e21"):
        raise ValueError("amounts of 10^21 or more are written in exponent form by JavaScript")
    x = nearest_double(value)
    sign = "-" if x < 0 else ""
    scaled = abs(x) * 10**8
    n = (scaled.numerator * 2 + scaled.denominator) // (2 * scaled.denominator)  # floor(scaled + 1/2)
    digits = str(n).rjust(9, "0")
    return f"{sign}{digits[:-8]}.{digits[-8:]}"


def balance_texts(typed: str) -> list[tuple[str, str]]:
    """The balance texts to try for what the user typed, as (variant, text), default first, duplicates
    dropped. Raises ValueError for text that is not a plain decimal with at most 8 decimal places."""
    value = parse_plain_decimal(typed)
    if significant_places(typed) > 8:
        raise ValueError(f"{typed!r} has more than 8 decimal places; Gate.io balances have at most 8")
    to_fixed = js_to_fixed_8(value)  # also refuses amounts JavaScript would write in exponent form
    with localcontext() as ctx:
        ctx.prec = 60  # enough for any amount below 10^21 with 8 places, so quantize never rounds
        exact = f"{value.quantize(Decimal('1e-8')):f}"
    out: list[tuple[str, str]] = []
    for variant, text in ((TO_FIXED_8, to_fixed), (EXACT_8, exact), (AS_TYPED, typed)):
        if all(text != t for _, t in out):
            out.append((variant, text))
    return out


def check_numbering(b: ResultBuilder, leaf_list: LeafList, layer_count: int) -> None:
    """Each line's ``<layers>,<index>`` must be the tree's layer count and the leaf's position, written as the
    generator writes them (these numbers are hashed nowhere, so they are checked here)."""
    problems = [
        text("line {number} says {label}, expected '{layers},{i}'", number=number, label=repr(label), layers=layer_count,
             i=i)
        for i, (label, number) in enumerate(zip(leaf_list.labels, leaf_list.line_numbers, strict=True))
        if label != f"{layer_count},{i}"
    ]
    ok = not problems
    b.check(
        "leaf list",
        ok,
        text("{n} leaves in {layers} layers, numbered in order.", n=len(leaf_list.leaves), layers=layer_count)
        if ok
        else text("The leaf list's numbering does not match its {n} leaves in {layers} layers: {problems}.",
                  n=len(leaf_list.leaves), layers=layer_count, problems="; ".join(problems[:3])),
        expected=text("'{layers},<index>' with indexes 0, 1, 2, … in order", layers=layer_count),
        computed="; ".join(problems[:3]),
    )


def walk_path(b: ResultBuilder, layers: list[list[bytes]], index: int) -> None:
    """Recompute the path of leaf ``index`` to the root, one step per layer, from the leaf's own bytes: a path
    step per layer, ``promoted-node`` for layers it had no sibling in, and the check ``path``."""
    node, position, promoted = layers[0][index], index, []
    for height, layer in enumerate(layers[:-1], start=2):
        pair = position ^ 1
        if pair >= len(layer):
            promoted.append(height - 1)
            b.steps.append(
                PathStep(
                    f"layer {height}",
                    height,
                    node.hex(),
                    note=f"no sibling in layer {height - 1}: the node moved up unchanged (promoted)",
                )
            )
        else:
            sibling = layer[pair]
            left, right = (node, sibling) if position % 2 == 0 else (sibling, node)
            node = hashlib.sha256(left + right).digest()
            b.steps.append(
                PathStep(
                    f"layer {height}",
                    height,
                    node.hex(),
                    preimage=(left + right).hex(),
                    sibling=sibling.hex(),
                    sibling_side="right" if position % 2 == 0 else "left",
                    note="the hashed bytes are shown as hex",
                )
            )
        position //= 2
    if promoted:
        b.warn(
            "promoted-node",
            f"Your node had no sibling in layer(s) {', '.join(map(str, promoted))} (layer 1 = the leaves) and "
            "moved up unchanged.",
        )
    path_ok = node == layers[-1][0]
    b.check(
        "path",
        path_ok,
        "Your path folds to the root rebuilt from the whole list."
        if path_ok
        else "Your path does not fold to the root rebuilt from the whole list.",
        expected=layers[-1][0].hex(),
        computed=node.hex(),
    )


# --- verification -------------------------------------------------------------------------------------


def leaf_list_line_end(source: Source) -> str | None:
    """``"\r\n"`` or ``"\n"`` when the file starts with the ``Level<TAB>Hash`` header of a merkletreejs leaf
    list (Gate.io's 2020 tool, The Network Firm's tool, Bitso), else None."""
    head = source.data[:64]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    for end in ("\r\n", "\n"):
        if head.startswith((HEADER + end).encode()):
            return end
    return None


#: The lists of Gate.io's generator and of The Network Firm's tool are byte-for-byte the same layout, so only the
#: name can tell the makers apart: the tools' default names (Gate.io ``<input>_merkletree.txt``, TNF
#: ``output_merkle_tree.txt``, Bitso ``…-merkle-tree.tsv``) or the maker named in the file's or its folders' names.
_MAKER_WORDS = {
    "gateio": re.compile(r"gate|merkletree\.txt$", re.IGNORECASE),
    "tnf": re.compile(r"tnf|armanino|network[-_ ]?firm|bitso|merkle[-_ .]tree|\.tsv$", re.IGNORECASE),
}


def named_like(source: Source) -> str | None:
    """"gateio" or "tnf" when the file's name points to exactly one maker, else when its folders' names do; None
    when neither tells (or both do)."""
    *folders, name = re.split(r"[\\/]", source.name)
    for text in (name, "/".join(folders)):
        makers = [maker for maker, words in _MAKER_WORDS.items() if words.search(text)]
        if len(makers) == 1:
            return makers[0]
    return None


def sniff(source: Source) -> bool:
    """A Gate.io v1 leaf list: the ``Level<TAB>Hash`` header with CRLF line ends (Gate.io's tool writes and
    reads only CRLF; an LF-only list, such as Bitso's, can still be checked with --format), unless its name is
    that of The Network Firm's or Bitso's list (same layout; see :func:`named_like`). A CRLF list with any
    other name fits both formats, and the user chooses."""
    return leaf_list_line_end(source) == "\r\n" and named_like(source) != "tnf"


def verify(source: Source, options: VerifyOptions) -> Result:
    """Rebuild the root from the whole leaf list and compare it with the published root; with the user's
    record in ``options.record`` (hashed_uid, balance, optional token), verify that record's leaf and path."""
    record = options.record
    if record and (record.get("hashed_uid") or record.get("balance")):
        return verify_user_record(
            source, options, record.get("hashed_uid", ""), record.get("balance", ""), record.get("token") or None
        )
    return _Verifier(source, options).run(None)


def verify_user_record(
    source: Source, options: VerifyOptions, hashed_uid: str, balance: str, token: str | None = None
) -> Result:
    """Verify one user's record against the leaf list: rebuild their leaf from ``hashed_uid`` and ``balance``
    (as typed; the documented balance-text variants are tried), find it in the list, recompute its path to
    the root and compare the root with the published one. ``token`` only labels the balance in the result
    (one tree per token). Bad record text raises InputError (code ``invalid-user-record``)."""
    uid = hashed_uid.strip()
    typed = balance.strip()
    if not uid:
        raise InputError("invalid-user-record", "The hashed user id is empty.")
    try:
        candidates = balance_texts(typed)
    except ValueError as exc:
        raise InputError("invalid-user-record", f"The balance {typed[:40]!r} cannot be used: {exc}.") from None
    return _Verifier(source, options).run(_Record(uid, typed, token or "balance", candidates))


@dataclass(frozen=True)
class _Record:
    uid: str
    typed: str
    label: str
    candidates: list[tuple[str, str]]


class _Verifier:
    def __init__(self, source: Source, options: VerifyOptions) -> None:
        if options.tree is not None:
            raise InputError(
                "unexpected-tree",
                f"{source.name}: for Gate.io v1 the leaf list is the proof file itself; --tree is not used.",
            )
        self.source = source
        self.options = options
        self.b = ResultBuilder(source.name, FORMAT)

    def run(self, record: _Record | None) -> Result:
        b = self.b
        if self.options.root is None:
            # A rebuilt root compared with itself proves nothing: any edited list would "pass".
            raise InputError(
                "root-required",
                f"{self.source.name}: a Gate.io leaf list holds no root of its own. Give the root the auditor "
                "published (--root, or the root box in the app) to verify it.",
            )
        self._scheme_warnings()
        leaf_list = parse_leaf_list(self.source)
        layers = build_layers(leaf_list.leaves)
        check_numbering(self.b, leaf_list, len(layers))
        self._data_warnings(leaf_list, layers, whole_list=record is None)
        root = layers[-1][0].hex()
        if record is None:
            b.steps.append(self._root_step(layers))
        else:
            self._check_user(record, leaf_list, layers)  # a leaf not in the list is a failing check
        b.root_computed = root  # shown even then: the list itself may still match the published root
        b.set_expected_root(self.options.root.value, "published", self.options.root.origin)
        return b.finish()

    def _check_user(self, record: _Record, leaf_list: LeafList, layers: list[list[bytes]]) -> None:
        b = self.b
        b.user_id = record.uid
        b.balances = {record.label: record.typed}
        positions: dict[str, list[int]] = {}
        for i, leaf in enumerate(leaf_list.leaves):
            positions.setdefault(leaf.hex(), []).append(i)
        tried = [(variant, text, leaf_hex(record.uid, text)) for variant, text in record.candidates]
        found = next(((v, t, leaf) for v, t, leaf in tried if leaf in positions), None)
        if found is None:
            variant, text, leaf = tried[0]
            others = "; ".join(f"{v}: {t!r} → {lf}" for v, t, lf in tried[1:])
            b.check(
                "your leaf",
                False,
                "No leaf of the list matches your hashed user id and balance.",
                expected=f"one of the {len(leaf_list.leaves)} leaves of the list",
                computed=leaf,
                message=f"Your leaf is the first 16 hex digits of SHA-256 of the text "
                f"{leaf_preimage(record.uid, text)!r} (SHA-256 of {record.uid!r} followed by SHA-256 of the "
                f"balance text {text!r}), which is {leaf}; no line of the list holds it."
                + (f" Also tried: {others}." if others else ""),
            )
            return
        variant, text, leaf = found
        index = positions[leaf][-1]  # Gate.io's verifier reports the last match
        b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name, f"{LIST_VARIANT}; {variant}")
        b.check(
            "your leaf",
            True,
            f"Your leaf {leaf} is leaf {index} of the list (line {leaf_list.line_numbers[index]}).",
            expected=leaf,
            computed=leaf,
        )
        if variant != TO_FIXED_8:
            b.warn("variant-matched", f"Your leaf was found with the {variant} ({text!r}).")
            b.warn(
                "official-tool-differs",
                f"Gate.io's verifier hashes {tried[0][1]!r} for what you typed "
                "and would report \"Could not find your information in the Merkle Tree\".",
            )
        if len(positions[leaf]) > 1:
            b.warn("duplicate-leaf", f"Your leaf appears at positions {', '.join(map(str, positions[leaf]))}.")
        b.steps.append(
            PathStep(
                "your leaf",
                1,
                leaf,
                preimage=leaf_preimage(record.uid, text),
                sums={record.label: text},
                ok=True,
                note=f"leaf {index} of {len(leaf_list.leaves)}; hashed balance text {text!r}",
            )
        )
        walk_path(self.b, layers, index)

    def _root_step(self, layers: list[list[bytes]]) -> PathStep:
        # The layer below the root always holds exactly two nodes (a lone node would have moved up).
        top = layers[-2] if len(layers) > 1 else None
        return PathStep(
            "root",
            len(layers),
            layers[-1][0].hex(),
            preimage=None if top is None else (top[0] + top[1]).hex(),
            note=f"rebuilt from all {len(layers[0])} leaves in {len(layers)} layers; the hashed bytes are shown as hex",
        )

    def _scheme_warnings(self) -> None:
        b = self.b
        b.warn("truncated-hash-64", "Each leaf keeps only 8 bytes of its SHA-256 (the parents are full SHA-256).")
        b.warn("no-liability-totals")
        b.warn("no-domain-separation")
        b.warn("unsalted-id", "A leaf hashes only the hashed user id and the balance, without a salt.")
        b.warn("full-tree-published")
        b.warn("identity-not-verifiable", "How Gate.io derives the hashed user id from your UID is not published.")

    def _data_warnings(self, leaf_list: LeafList, layers: list[list[bytes]], whole_list: bool) -> None:
        b = self.b
        odd = [k + 1 for k, layer in enumerate(layers[:-1]) if len(layer) % 2 == 1]
        if odd and whole_list:  # with a user record, only promotions on the user's own path are reported
            b.warn("promoted-node", f"The last node of layer(s) {', '.join(map(str, odd))} (layer 1 = the leaves) moves up unchanged.")
        repeats = len(leaf_list.leaves) - len(set(leaf_list.leaves))
        if repeats:
            b.warn("duplicate-leaf", f"{repeats} leaf value(s) of the list appear more than once.")
        if leaf_list.lf_only_lines:
            b.warn(
                "official-tool-differs",
                f"{leaf_list.lf_only_lines} line(s) end with LF only; Gate.io's own verifier splits lines on CRLF "
                "and would not read them.",
            )


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="2020 – 2022",
    needs="the published leaf list (<name>_merkletree.txt) and the root the auditor published (--root)",
    sniff=sniff,
    verify=verify,
)
