"""OKX Merkle tree v2 (``okx-merkle-v2``), March–April 2023. Spec: specs/okx.md §3, §6, §7 item 2.

The user has two files: the user info JSON from the Audits page (``hash``, ``nodes``, ``nonce``,
``totalBalances``) and the full liabilities tree OKX published (given as ``options.tree`` / ``--tree``).
Each user's assets are split into (usually) two leaves placed at unrelated positions:

* user_hash = SHA256(nonce ‖ '{"BTC":"b","ETH":"e","USDT":"u"}')          (the totals' exact text)
* node hash = SHA256(user_hash_hex ‖ BTC ‖ ETH ‖ USDT)                    (the node's exact text)
* the nodes' balances add up (truncated to 8 places, as Merkle v1 sums) to totalBalances, as strings;
* every node is a height-1 line of the tree with the same balance strings;
* every parent of the tree recomputes from its children: the whole tree is rebuilt, streaming
  (okx_merkle_v2_tree.py explains how, in memory independent of the tree's size).

OKX's MerkleValidator stops after the height-1 lines (specs/okx.md §3.5); a forged internal node or root passes
there, so when only the rebuild fails the result says ``official-tool-differs``. The published root is the
tree's first line unless a root is given (then the first line must recompute to it like any other line).
"""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from ..errors import InputError
from ..hashing.sha256 import sha256_hex
from ..loading import Source
from ..models import Hex64, StrictModel, validate
from ..options import VerifyOptions
from ..registry import FormatSpec
from ..result import FormatInfo, PathStep, Result, ResultBuilder, normalise_hex
from . import okx_merkle_v2_tree as tree
from . import sumtree
from .okx_merkle_v1 import Balances, leaf_preimage, truncated_sums
from ..text import listing
from ..text import text as T

COINS = ("BTC", "ETH", "USDT")
FORMAT = FormatInfo("okx-merkle-v2", "OKX", "OKX Merkle tree v2 (user info and full tree)")
#: OKX splits each user into two leaves; a few more are accepted, as OKX's tool does, but not thousands.
MAX_NODES = 64


class UserNode(StrictModel):
    balances: Balances
    hash: Hex64


class UserInfo(StrictModel):
    hash: Hex64
    nodes: list[UserNode] = Field(min_length=1, max_length=MAX_NODES)
    nonce: Hex64
    totalBalances: Balances


def node_preimage(user_hash: str, balances: tuple[str, ...]) -> str:
    """The text OKX hashes for one split leaf: the user hash as hex text, then the three amounts."""
    return user_hash + "".join(balances)


def sniff(source: Source) -> bool:
    doc = source.json_or_none()
    if not isinstance(doc, dict):
        return False
    keys = set(doc)
    return (
        keys in ({"nodes", "nonce", "totalBalances"}, {"hash", "nodes", "nonce", "totalBalances"})
        and isinstance(doc["nodes"], list)
        and isinstance(doc["totalBalances"], dict)
    )


def verify(source: Source, options: VerifyOptions) -> Result:
    info = validate(UserInfo, source.json(), source.name, T("OKX Merkle v2 user info file"))
    if not options.tree:
        raise InputError(
            "tree-file-needed",
            T(
                "{name}: this is an OKX Merkle v2 user info file. Checking it needs the full liabilities tree file "
                "OKX published for the same audit (full-liabilities-merkle-tree.txt, from the 'Liability report' of "
                "the Audits page): give it on the command line with 'reserve-verify check USER_INFO --tree TREE'.",
                name=source.name,
            ),
        )
    return _Verifier(source.name, info, options, options.tree).run()


class _Verifier:
    def __init__(self, name: str, info: UserInfo, options: VerifyOptions, tree_path: str) -> None:
        self.info = info
        self.options = options
        self.tree_path = tree_path
        self.b = ResultBuilder(name, FORMAT)
        self.user_hash = ""

    def run(self) -> Result:
        b, info = self.b, self.info
        b.balances = dict(zip(COINS, info.totalBalances.as_tuple(), strict=True))
        self._scheme_warnings()
        self._check_user_hash()
        self._check_nodes()
        self._check_node_sums()

        fh, name = tree.open_tree(self.tree_path)
        with fh:
            scan = tree.scan_tree(
                fh, name, [(n.hash, n.balances.as_tuple()) for n in info.nodes], self.options.progress
            )
        notes = scan.notes
        self._user_amounts(notes)
        self._check_amounts(notes)
        problems = tree.check_shape(scan)
        sumtree.check_rules(
            b,
            T("tree shape"),
            problems,
            ok=T(
                "The tree's {lines:,} lines form {count_levels} levels laid out as OKX writes them.",
                lines=scan.lines, count_levels=len(scan.levels),
            ),
            fail=T("The tree file breaks OKX's layout"),
            expected=T(
                "the root alone on line 1, then each level one height lower with the counts and padding lines its "
                "children imply"
            ),
            shown=None,
        )
        matched = self._match_nodes(scan)
        rebuild = None
        if not problems:
            leaf_positions = {cand.position: T("node {j}", j=j + 1) for j, cand in matched.items()}
            tracked = tree.tracked_positions(scan.levels, leaf_positions)
            rebuild = tree.rebuild_tree(self.tree_path, name, scan, tracked, self.options.progress)
            self._report_rebuild(rebuild)
        self._check_nodes_in_tree(scan, matched)
        self._data_warnings(notes, scan)
        self._set_root(scan, rebuild)
        self._compare_with_official_tool(scan, rebuild, problems)
        return b.finish()

    # --- the user info ------------------------------------------------------------------------------------

    def _check_user_hash(self) -> bool:
        info = self.info
        text = leaf_preimage(info.nonce, info.totalBalances.as_tuple())
        self.user_hash, ok = sumtree.check_recomputed(
            self.b,
            T("user hash"),
            text,
            info.hash.lower(),
            subject=T("user hash"),
            inputs=T("your nonce and total balances"),
            culprits=T("the nonce or total balances"),
            hasher=T("OKX"),
        )
        self.b.steps.append(PathStep(T("your user hash"), None, self.user_hash, preimage=text, ok=ok))
        return ok

    def _check_nodes(self) -> bool:
        all_ok = True
        for j, node in enumerate(self.info.nodes):
            text = node_preimage(self.user_hash, node.balances.as_tuple())
            computed = sha256_hex(text)
            ok = computed == node.hash.lower()
            all_ok &= ok
            self.b.steps.append(
                PathStep(
                    T("node {j}", j=j + 1),
                    1,
                    computed,
                    preimage=text,
                    sums=dict(zip(COINS, node.balances.as_tuple(), strict=True)),
                    ok=ok,
                )
            )
            self.b.check(
                T("node {j}", j=j + 1),
                ok,
                T("Your node {j} recomputes from your user hash and its balances.", j=j + 1)
                if ok
                else T("Your node {j} does not match your user hash and its balances.", j=j + 1),
                expected=node.hash.lower(),
                computed=computed,
                message=None
                if ok
                else T(
                    "nodes[{j}].hash is {hash}, but SHA-256 of the text {text!r} is {computed}.",
                    j=j, hash=node.hash.lower(), text=text, computed=computed,
                ),
            )
        return all_ok

    def _check_node_sums(self) -> bool:
        """OKX adds the nodes in file order, truncating each partial sum to 8 places, and compares text."""
        nodes = self.info.nodes
        total = nodes[0].balances.as_tuple()
        for node in nodes[1:]:
            total = truncated_sums(_decimals(total), _decimals(node.balances.as_tuple()))
        expected = self.info.totalBalances.as_tuple()
        ok = total == expected
        return self.b.check(
            T("node sums"),
            ok,
            T("Your nodes add up to your total balances.")
            if ok
            else T("Your nodes do not add up to your total balances."),
            expected=_show(expected),
            computed=_show(total),
        )

    def _user_amounts(self, notes: tree.AmountNotes) -> None:
        entries = [("totalBalances", self.info.totalBalances)] + [
            (f"nodes[{j}].balances", n.balances) for j, n in enumerate(self.info.nodes)
        ]
        for where, balances in entries:
            for coin, text in zip(COINS, balances.as_tuple(), strict=True):
                tree.classify_amount(notes, text, f"{where}.{coin}", is_leaf=True)

    def _check_amounts(self, notes: tree.AmountNotes) -> None:
        ok = not notes.count.get("too-fine")
        self.b.check(
            T("amounts"),
            ok,
            T("Every amount has at most 8 decimal places, as the format requires.")
            if ok
            else T(
                "{count} amount(s) have more than 8 decimal places, which this format never writes (the truncated "
                "sums would hide them): {describe}.",
                count=notes.count['too-fine'], describe=notes.describe('too-fine'),
            ),
            expected=T("at most 8 decimal places"),
            computed=notes.describe("too-fine"),
        )

    # --- the tree -----------------------------------------------------------------------------------------

    def _match_nodes(self, scan: tree.Scan) -> dict[int, tree.Candidate]:
        """Give each user node its own height-1 line (same hash in any case, same balance text); the padding
        line does not count. Returns node index → its line."""
        leaf = scan.levels[-1] if scan.levels else None
        padding_line = leaf.first_line if leaf is not None and leaf.height == 1 and leaf.starts_with_padding else None
        taken: set[int] = set()
        matched: dict[int, tree.Candidate] = {}
        for j, node in enumerate(self.info.nodes):
            for cand in scan.candidates:
                if (
                    cand.line not in taken
                    and cand.line != padding_line
                    and cand.hash == node.hash.lower()
                    and cand.balances == node.balances.as_tuple()
                ):
                    taken.add(cand.line)
                    matched[j] = cand
                    break
        return matched

    def _check_nodes_in_tree(self, scan: tree.Scan, matched: dict[int, tree.Candidate]) -> None:
        missing: list[str] = []
        found: list[str] = []
        for j, node in enumerate(self.info.nodes):
            if j in matched:
                found.append(T("node {j} on line {line}", j=j + 1, line=matched[j].line))
                continue
            same_hash = [c for c in scan.candidates if c.hash == node.hash.lower()]
            if same_hash:
                c = same_hash[0]
                missing.append(
                    T(
                        "node {j} ({hash}) is on line {line} with balances {show}, not {show2}",
                        j=j + 1, hash=node.hash.lower(), line=c.line, show=_show(c.balances),
                        show2=_show(node.balances.as_tuple()),
                    )
                    if c.balances != node.balances.as_tuple()
                    else T(
                        "node {j} ({hash}) appears only as a line already used by another node or as padding",
                        j=j + 1, hash=node.hash.lower(),
                    )
                )
            else:
                missing.append(T(
                    "node {j} ({hash}) is not a height-1 line of the tree",
                    j=j + 1, hash=node.hash.lower(),
                ))
        sumtree.check_rules(
            self.b,
            T("nodes in tree"),
            missing,
            ok=T(
                "Each of your nodes is a leaf of the tree with the same balances: {found}.",
                found=listing(found, commas=True),
            ),
            fail=T("Not all your nodes are leaves of the tree"),
            expected=T(
                "{count_nodes} leaf line(s) with your nodes' hashes and balances",
                count_nodes=len(self.info.nodes),
            ),
            shown=None,
        )

    def _report_rebuild(self, rebuild: tree.Rebuild) -> None:
        first = rebuild.lowest()
        ok = first is None
        if ok:
            self.b.check(
                T("tree rebuild"),
                True,
                T(
                    "All {parents:,} nodes above the leaves recompute from their children, up to the root.",
                    parents=rebuild.parents,
                ),
            )
        else:
            assert first is not None
            others = [m for _, m in sorted(rebuild.first_by_height.items()) if m is not first]
            more = T(" {mismatches} node(s) in all do not recompute", mismatches=rebuild.mismatches)
            if others:
                also = [T("line {line} at height {height}", line=m.line, height=m.height) for m in others[:3]]
                more = T("{more} (also {others})", more=more, others=listing(also, commas=True))
            self.b.check(
                T("tree rebuild"),
                False,
                T(
                    "The tree does not rebuild: the node on line {line} (height {height}) does not recompute from its "
                    "children.",
                    line=first.line, height=first.height,
                ),
                expected=first.file_text,
                computed=first.computed_text,
                message=T(
                    "The node on line {line} of the tree (height {height}) does not recompute from its children on "
                    "lines {left} (left) and {right} (right). The file says {file_text!r}; recomputed: "
                    "{computed_text!r}, whose hash {computed_hash} is SHA-256 of the text {preimage!r}.{more}.",
                    line=first.line, height=first.height, left=first.left_line, right=first.right_line,
                    file_text=first.file_text, computed_text=first.computed_text, computed_hash=first.computed_hash,
                    preimage=first.preimage, more=more),
            )
        for step in sorted(rebuild.steps, key=lambda s: (s.height, s.label)):
            self.b.steps.append(
                PathStep(
                    T("{label}, height {height}", label=step.label, height=step.height),
                    step.height,
                    step.computed,
                    preimage=step.preimage,
                    sibling=step.sibling,
                    sibling_side="left" if step.sibling_side == "left" else "right",
                    sums=dict(zip(COINS, step.sums, strict=True)),
                    ok=step.ok,
                    note=T("tree line {line}", line=step.line),
                )
            )
        if rebuild.root_sums is not None:
            self.b.totals = dict(zip(COINS, rebuild.root_sums, strict=True))

    def _set_root(self, scan: tree.Scan, rebuild: tree.Rebuild | None) -> None:
        b = self.b
        if rebuild is not None and rebuild.root_hash is not None:
            b.root_computed = rebuild.root_hash
        if self.options.root is not None:
            b.set_expected_root(self.options.root.value, "published", self.options.root.origin)
        else:
            b.set_expected_root(scan.first_hash, "file", T(
                "the first line of the tree file {tree_path}",
                tree_path=self.tree_path,
            ))
            b.warn("root-from-file", T("The root was taken from the first line of the tree file."))
        if b.root_computed is not None:
            b.steps.append(
                PathStep(
                    T("root"),
                    scan.levels[0].height if scan.levels else None,
                    b.root_computed,
                    sums=dict(b.totals) if b.totals else None,
                    ok=b.root_expected == normalise_hex(b.root_computed),
                    note=T("expected {root_expected}", root_expected=b.root_expected),
                )
            )

    # --- warnings -----------------------------------------------------------------------------------------

    def _scheme_warnings(self) -> None:
        for code in ("weak-binding-sum-only", "no-separators", "identity-not-verifiable", "full-tree-published"):
            self.b.warn(code)
        self.b.warn("totals-not-compared")

    def _data_warnings(self, notes: tree.AmountNotes, scan: tree.Scan) -> None:
        for kind in ("negative-balance", "negative-sum", "amount-overflow", "non-canonical-amount"):
            if notes.count.get(kind):
                self.b.warn(kind, T(
                    "{count} amount(s): {describe}.",
                    count=notes.count[kind], describe=notes.describe(kind),
                ))
        padded = [lv.height for lv in reversed(scan.levels) if lv.padded]
        if padded:
            self.b.warn(
                "duplicated-last-node",
                T("Padding lines at height {heights}.", heights=", ".join(str(h) for h in padded)),
            )

    def _compare_with_official_tool(self, scan: tree.Scan, rebuild: tree.Rebuild | None, problems: list[str]) -> None:
        """OKX's MerkleValidator checks the user info and looks the nodes up among the height-1 lines, nothing
        more (specs/okx.md §3.5). Say so when its verdict would differ from ours."""
        info = self.info
        # It hashes the nodes over the user-info `hash` text as written and compares the user hash in any case.
        official_nodes = all(
            sha256_hex(node_preimage(info.hash, n.balances.as_tuple())) == n.hash.lower() for n in info.nodes
        )
        official_pass = (
            official_nodes
            and self.user_hash == info.hash.lower()
            and self._node_sums_ok()
            and scan.official_count == len(info.nodes)
        )
        b = self.b
        ours_pass = (
            all(c.ok for c in b.checks)
            and b.root_computed is not None
            and b.root_expected == normalise_hex(b.root_computed)
        )
        if official_pass and not ours_pass:
            why = (
                T("the tree does not rebuild")
                if rebuild is not None and rebuild.mismatches
                else T("the tree breaks OKX's layout")
                if problems
                else T("the recomputed root differs from the expected root")
                if b.root_computed is not None and b.root_expected != normalise_hex(b.root_computed)
                else T("an amount breaks the format's rules")
            )
            b.warn(
                "official-tool-differs",
                T(
                    'OKX\'s MerkleValidator reads only the height-1 lines of the tree and would print "Merkle tree '
                    'path validation passed" for these files; this app rebuilt the whole tree, and {why}.',
                    why=why,
                ),
            )
        elif ours_pass and not official_pass:
            b.warn(
                "official-tool-differs",
                T(
                    "OKX's MerkleValidator would report a failure here (it compares hashes letter for letter and "
                    "counts repeated lines); the full recomputation passes."
                ),
            )

    def _node_sums_ok(self) -> bool:
        return next(c.ok for c in self.b.checks if c.name == "node sums")


def _decimals(values: tuple[str, ...]) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in values)


def _show(balances: tuple[str, ...]) -> str:
    return ", ".join(f"{c} {v}" for c, v in zip(COINS, balances, strict=True))


SPEC = FormatSpec(
    id=FORMAT.id,
    exchange=FORMAT.exchange,
    name=FORMAT.name,
    period="Mar – Apr 2023",
    needs="the user info file from OKX's Audits page (user_info_file.json) and the full liabilities tree "
    "(--tree full-liabilities-merkle-tree.txt)",
    sniff=sniff,
    verify=verify,
)
