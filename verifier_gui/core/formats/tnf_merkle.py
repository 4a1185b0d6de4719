"""The Network Firm / Armanino leaf lists (``tnf-merkle``), 2021 →; Bitso Dec 2022. Spec: specs/others.md §2.2.

The auditor publishes every leaf: a ``Level<TAB>Hash`` header, then ``<layers>,<i><TAB><16 hex>`` per leaf (CRLF
by default, LF on request or in Bitso's copy), and the 64-hex root separately. The tree is merkletreejs with its
defaults, exactly as Gate.io's 2020 list (the same layout; the list-reading and tree code is shared with
:mod:`.gateio_merkle_v1`): 8-byte leaves, parent = SHA256(left ‖ right), an odd last node moved up unchanged.

The whole list is rebuilt and its root compared with the auditor's (``--root``). The list holds no root of its
own: without one, the rebuilt root is reported (``root-from-file``) and the user compares it by eye, as the
auditor's web page has them do. With the user's record (``record``: ``account`` and ``account_balances``,
"TOKEN=amount" pairs in the auditor's column order) the leaf is rebuilt in each known leaf mode, looked up in
the list and its path recomputed; the mode that matched is named in the variant:

* default (TNF tool): SHA256(hex SHA256(uid) ‖ hex SHA256(v1 ‖ v2 ‖ …))[:16], the amounts joined with nothing;
* concatenate (TNF tool ``-c``): SHA256("uid,TOK1:v1,TOK2:v2,…")[:16], trailing fractional zeros removed;
* Bitso: SHA256(account ‖ hex SHA256(norm v) for each "cur=v" sorted as text)[:16], norm being Bitso's regex.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder
from ..text import text
from .gateio_merkle_v1 import (
    LeafList,
    build_layers,
    check_numbering,
    leaf_list_line_end,
    named_like,
    parse_leaf_list,
    walk_path,
)

LIST_VARIANT = text("merkletreejs leaf list (64-bit leaves, odd node moved up)")
FORMAT = FormatInfo("tnf-merkle", "The Network Firm / Armanino", "The Network Firm Merkle leaf list", LIST_VARIANT)
MAKER = "The Network Firm"

#: The values of ``VerifyOptions.record`` this format reads.
ACCOUNT, ACCOUNT_BALANCES = "account", "account_balances"


# --- the leaf modes --------------------------------------------------------------------------------------


def _tnf_trailing_zeros(value: str) -> str:
    """The TNF tool's ``/(\\.[0-9]*[1-9])0+$|\\.0*$/`` → ``$1``: "1.500" → "1.5", "2.000" → "2", "100" kept."""
    return re.sub(r"(\.[0-9]*[1-9])0+$|\.0*$", lambda m: m.group(1) or "", value, count=1)


def _bitso_norm(value: str) -> str:
    """Bitso's ``/([0-9]+(\\.[0-9]+[1-9])?)(\\.?0+$)/`` → ``$1``: strips trailing zeros, and also one zero of a
    bare integer ("100" → "10"), a bug of Bitso's tool that its leaves carry (specs/others.md §2.2)."""
    return re.sub(r"([0-9]+(\.[0-9]+[1-9])?)(\.?0+$)", r"\1", value, count=1)


def leaf_default(uid: str, pairs: list[tuple[str, str]]) -> str:
    return sha256_hex(uid) + sha256_hex("".join(v for _, v in pairs))


def leaf_concatenate(uid: str, pairs: list[tuple[str, str]]) -> str:
    return uid + "," + ",".join(f"{token}:{_tnf_trailing_zeros(v)}" for token, v in pairs)


def leaf_bitso(uid: str, pairs: list[tuple[str, str]]) -> str:
    entries = sorted(f"{token}={v}" for token, v in pairs)
    return uid + "".join(sha256_hex(_bitso_norm(entry.split("=", 1)[1])) for entry in entries)


@dataclass(frozen=True)
class LeafMode:
    name: str
    preimage: Callable[[str, list[tuple[str, str]]], str]  # the text whose SHA-256, cut to 16 hex, is the leaf


MODES = (LeafMode("default", leaf_default), LeafMode("concatenate", leaf_concatenate), LeafMode("Bitso", leaf_bitso))
MODE_NAMES = {
    "default": text("TNF default leaf: SHA256(hex SHA256(uid) ‖ hex SHA256(amounts joined))"),
    "concatenate": text("TNF concatenate leaf: SHA256(\"uid,TOKEN:amount,…\")"),
    "Bitso": text("Bitso leaf: SHA256(account ‖ hex SHA256(amount) per sorted \"cur=amount\")"),
}


def leaf16(preimage: str) -> str:
    return sha256_hex(preimage)[:16]


def parse_account_balances(typed: str) -> list[tuple[str, str]]:
    """"BTC=0.5, ETH=1" (commas, semicolons or spaces between pairs) → [("BTC", "0.5"), ("ETH", "1")]."""
    pairs = []
    for part in re.split(r"[,;\s]+", typed.strip()):
        if not part:
            continue
        token, sep, value = part.partition("=")
        if not sep or not token or not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
            raise InputError(
                "invalid-user-record",
                text("The balance {part} is not written TOKEN=amount (for example BTC=0.5).", part=repr(part[:40])),
            )
        pairs.append((token, value))
    if not pairs:
        raise InputError("invalid-user-record", text("No balances were given (write them as BTC=0.5,ETH=1)."))
    return pairs


# --- detection and entry point ---------------------------------------------------------------------------


def sniff(source: Source) -> bool:
    """A merkletreejs leaf list that is not named like Gate.io's (see :func:`.gateio_merkle_v1.named_like`): an
    LF-only list is always The Network Firm's layout (Gate.io's tool writes and reads only CRLF)."""
    end = leaf_list_line_end(source)
    return end == "\n" or (end == "\r\n" and named_like(source) != "gateio")


def verify(source: Source, options: VerifyOptions) -> Result:
    if options.tree is not None:
        raise InputError(
            "unexpected-tree",
            text("{name}: the leaf list is the proof file itself; --tree is not used.", name=source.name),
        )
    record = options.record or {}
    account = (record.get(ACCOUNT) or "").strip()
    typed = (record.get(ACCOUNT_BALANCES) or "").strip()
    if bool(account) != bool(typed):
        raise InputError(
            "invalid-user-record",
            text("Your record needs both the account id and its balances (--account and --account-balances)."),
        )
    pairs = parse_account_balances(typed) if typed else None
    return _Verifier(source, options).run(account, pairs)


class _Verifier:
    def __init__(self, source: Source, options: VerifyOptions) -> None:
        self.source = source
        self.options = options
        self.b = ResultBuilder(source.name, FORMAT)

    def run(self, account: str, pairs: list[tuple[str, str]] | None) -> Result:
        b = self.b
        leaf_list = parse_leaf_list(self.source, MAKER)
        layers = build_layers(leaf_list.leaves)
        self._scheme_warnings()
        check_numbering(b, leaf_list, len(layers))
        repeats = len(leaf_list.leaves) - len(set(leaf_list.leaves))
        if repeats:
            b.warn("duplicate-leaf", text("{n} leaf value(s) of the list appear more than once.", n=repeats))
        root = layers[-1][0].hex()
        if pairs is None:
            odd = [k + 1 for k, layer in enumerate(layers[:-1]) if len(layer) % 2 == 1]
            if odd:
                b.warn("promoted-node", text("The last node of layer(s) {layers} (layer 1 = the leaves) moves up "
                                             "unchanged.", layers=", ".join(map(str, odd))))
            b.warn("identity-not-verifiable", text("No account record was given, so your own leaf was not looked "
                                                   "for in the list: only the list was rebuilt into its root."))
            b.steps.append(self._root_step(layers))
        else:
            self._check_user(account, pairs, leaf_list, layers)
        b.root_computed = root
        if self.options.root is not None:
            b.set_expected_root(self.options.root.value, "published", self.options.root.origin)
        else:
            # The list holds no root: the rebuilt one stands for "the file's root", and the user must compare it
            # with the auditor's (which is what the warning says).
            b.set_expected_root(root, "file", text("the root rebuilt from the list (the list holds none)"))
            b.warn("root-from-file", text("The list holds no root of its own: compare {root} with the root the "
                                          "auditor published.", root=root))
        return b.finish()

    def _check_user(self, account: str, pairs: list[tuple[str, str]], leaf_list: LeafList,
                    layers: list[list[bytes]]) -> None:
        b = self.b
        b.user_id = account
        b.balances = dict(pairs)
        positions: dict[str, list[int]] = {}
        for i, leaf in enumerate(leaf_list.leaves):
            positions.setdefault(leaf.hex(), []).append(i)
        tried = [(mode, mode.preimage(account, pairs)) for mode in MODES]
        tried_leaves = [(mode, preimage, leaf16(preimage)) for mode, preimage in tried]
        found = next(((m, p, leaf) for m, p, leaf in tried_leaves if leaf in positions), None)
        if found is None:
            b.check(
                text("your leaf"),
                False,
                text("No leaf of the list matches your account and balances in any known leaf mode."),
                expected=text("one of the {n} leaves of the list", n=len(leaf_list.leaves)),
                computed=", ".join(leaf for _, _, leaf in tried_leaves),
                message=text(
                    "Your leaf would be {leaves} (the first 16 hex digits of SHA-256 of {preimages}, in the {modes} "
                    "modes); no line of the list holds any of them.",
                    leaves=", ".join(leaf for _, _, leaf in tried_leaves),
                    preimages=", ".join(repr(p) for _, p, _ in tried_leaves),
                    modes=", ".join(m.name for m, _, _ in tried_leaves),
                ),
            )
            return
        mode, preimage, leaf = found
        index = positions[leaf][0]
        b.format = FormatInfo(FORMAT.id, FORMAT.exchange, FORMAT.name,
                              text("{list}; {mode}", list=LIST_VARIANT, mode=MODE_NAMES[mode.name]))
        if mode.name != "default":
            b.warn("variant-matched", text("Your leaf was found with the {mode}.", mode=MODE_NAMES[mode.name]))
        if mode.name == "default":
            b.warn("no-separators", text("The amounts are joined with nothing between them before hashing."))
            b.warn("unsalted-id", text("The account id is hashed without a salt."))
        if len(positions[leaf]) > 1:
            b.warn("duplicate-leaf", text("Your leaf appears at positions {positions}.",
                                          positions=", ".join(map(str, positions[leaf]))))
        b.check(text("your leaf"), True,
                text("Your leaf {leaf} is leaf {index} of the list (line {line}).", leaf=leaf, index=index,
                     line=leaf_list.line_numbers[index]),
                expected=leaf, computed=leaf)
        b.steps.append(PathStep(text("your leaf"), 1, leaf, preimage=preimage, sums=dict(pairs), ok=True,
                                note=text("leaf {index} of {n}", index=index, n=len(leaf_list.leaves))))
        walk_path(b, layers, index)

    @staticmethod
    def _root_step(layers: list[list[bytes]]) -> PathStep:
        top = layers[-2] if len(layers) > 1 else None  # the layer below the root always holds two nodes
        return PathStep(
            text("root"),
            len(layers),
            layers[-1][0].hex(),
            preimage=None if top is None else (top[0] + top[1]).hex(),
            note=text("rebuilt from all {n} leaves in {layers} layers; the hashed bytes are shown as hex",
                      n=len(layers[0]), layers=len(layers)),
        )

    def _scheme_warnings(self) -> None:
        b = self.b
        b.warn("truncated-hash-64", text("Each leaf keeps only 8 bytes of its SHA-256 (the parents are full SHA-256)."))
        b.warn("no-liability-totals")
        b.warn("no-domain-separation")
        b.warn("full-tree-published")


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="2021 → (Bitso Dec 2022; Kraken 2022, unconfirmed)",
    needs="the published leaf list (output_merkle_tree.txt or Bitso's .tsv), the auditor's root (--root) and, "
    "to find your own leaf, your account id and balances (--account, --account-balances)",
    sniff=sniff,
    verify=verify,
)
