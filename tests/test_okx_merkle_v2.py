"""okx-merkle-v2: OKX's example files, trees of other shapes from the builder, a forged tree, tampering of every
kind, malformed trees, and the memory bound of the streaming rebuild.

Expected values for the real files come from specs/okx.md §3 and OKX's repository (root, height, totals, the
user's split leaves), not from this code.
"""

from __future__ import annotations

import copy
import json
import tracemalloc
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.okx_merkle_v2 import (
    Account,
    Node,
    Tree,
    build_levels,
    deterministic_nonce,
    leaf_hash,
    tree_lines,
    user_hash,
)
from verifier_gui.core.formats import kucoin_merkle, okx_merkle_v1, okx_merkle_v2, okx_merkle_v2_tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

REAL_ROOT = "9e98ebde32ef22ded88a5fb2d5e53d76ed57cb9c6b2c966f250721defe6ab041"
REAL_TOTALS = {"BTC": "0.00005", "ETH": "0.1", "USDT": "1.42045977"}
REAL_USER = {"BTC": "0.00005", "ETH": "0", "USDT": "0"}
NODE_1 = "9efbc1a68c383bd8627b73d9a4be6fd552e5a61dc0afb6d217d26e558e96307c"
NODE_2 = "ea62bdc3456fd45f2bc49cbd9f076d8b5ecd6407090258e51c45c03c15c4b863"
SCHEME = ("weak-binding-sum-only", "no-separators", "identity-not-verifiable", "full-tree-published")


def user_doc(vectors: Path, name: str = "merkle_v2/user_info_file.json") -> dict[str, Any]:
    return json.loads((vectors / "okx" / name).read_text())


def real_tree(vectors: Path) -> Path:
    return vectors / "okx/merkle_v2/full-liabilities-merkle-tree.txt"


def run(doc: dict[str, Any], tree: Path | str | None, root: str | None = None) -> Result:
    source = Source("user_info_file.json", json.dumps(doc).encode())
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None, tree=str(tree) if tree else None)
    return verify_source(source, options)


def write_lines(tmp: Path, lines: list[str], name: str = "tree.txt") -> Path:
    path = tmp / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    return path


# --- OKX's example -------------------------------------------------------------------------------------------


def test_real_files_pass_with_root_from_file(vectors: Path) -> None:
    r = run(user_doc(vectors), real_tree(vectors))
    assert r.verdict == "pass", r.failure
    assert r.root_computed == REAL_ROOT and r.root_source == "file"
    assert r.totals == REAL_TOTALS and r.balances == REAL_USER
    codes = r.warning_codes()
    for code in (*SCHEME, "root-from-file", "duplicated-last-node", "totals-not-compared"):
        assert code in codes
    assert "official-tool-differs" not in codes
    assert "neighbour-data-exposed" not in codes
    padding = next(w for w in r.warnings if w.code == "duplicated-last-node")
    assert "1, 2, 4" in padding.message  # the sample pads heights 1, 2 and 4 (specs/okx.md §3.4)


def test_real_files_pass_with_published_root(vectors: Path) -> None:
    r = run(user_doc(vectors), real_tree(vectors), REAL_ROOT.upper())
    assert r.verdict == "pass" and r.root_source == "published"
    assert "root-from-file" not in r.warning_codes()


def test_the_users_split_leaves_are_found_and_their_paths_reach_the_root(vectors: Path) -> None:
    r = run(user_doc(vectors), real_tree(vectors))
    found = next(c for c in r.checks if c.name == "nodes in tree")
    # 9efbc1a6 is line 40 and ea62bdc3 line 34 of OKX's file
    assert "node 1 on line 40" in found.detail and "node 2 on line 34" in found.detail
    heights = sorted({s.height for s in r.steps if s.height is not None and s.sibling is not None})
    assert heights == [2, 3, 4, 5, 6]
    top = [s for s in r.steps if s.height == 6 and s.sibling is not None]
    assert top and top[0].computed == REAL_ROOT
    assert all(s.ok for s in r.steps if s.ok is not None)


def test_wrong_published_root_fails_and_says_okx_tool_would_pass(vectors: Path) -> None:
    r = run(user_doc(vectors), real_tree(vectors), "00" + REAL_ROOT[2:])
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "root"  # the tree itself rebuilds; its root is not this one
    assert r.failure.computed == REAL_ROOT and r.root_computed == REAL_ROOT
    assert "last text hashed" in r.failure.message
    assert "official-tool-differs" in r.warning_codes()  # OKX's tool compares no root at all


def test_corrupt_internal_node_fails_naming_the_lowest_bad_node(vectors: Path) -> None:
    r = run(user_doc(vectors), vectors / "okx/derived/merkle_v2_tree_corrupt_internal_node.txt")
    assert r.verdict == "fail"
    f = r.failure
    assert f is not None and f.step == "tree rebuild"
    # c455725b… (height 3, line 10) had its USDT changed from 0.95891802 to 0.05891802 (vectors/okx/SOURCES.md)
    assert f.expected.startswith("c455725b637a60ba") and '"USDT":"0.05891802"' in f.expected
    assert '"USDT":"0.95891802"' in f.computed
    assert "line 10" in f.message and "height 3" in f.message
    assert "2 node(s) in all do not recompute" in f.message  # specs/okx.md §8: 2 nodes
    assert "0.00000130.037538160.958918023'" in f.message  # the exact text hashed ends with sums and height
    assert "official-tool-differs" in r.warning_codes()  # OKX's tool reads height-1 lines only


def test_tampered_user_info_fails_at_its_node_with_the_hashed_text(vectors: Path) -> None:
    doc = user_doc(vectors, "derived/merkle_v2_user_info_tampered.json")
    r = run(doc, real_tree(vectors))
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "node 1"
    assert r.failure.expected == NODE_1
    assert "0.000048800'" in r.failure.message  # user hash ‖ 0.0000488 ‖ 0 ‖ 0
    failed = {c.name for c in r.checks if not c.ok}
    assert failed == {"node 1", "node sums", "nodes in tree"}
    assert "official-tool-differs" not in r.warning_codes()  # OKX's tool fails it too


def test_missing_tree_is_an_error_asking_for_it(vectors: Path) -> None:
    r = run(user_doc(vectors), None)
    assert r.verdict == "error" and r.error is not None
    assert r.error.code == "tree-file-needed"
    assert "--tree" in r.error.message and "full liabilities tree" in r.error.message


def test_builder_formulas_match_okx_data(vectors: Path) -> None:
    """The builder is checked against OKX's published user hash, split leaves and whole tree file."""
    doc = user_doc(vectors)
    total = tuple(doc["totalBalances"][c] for c in ("BTC", "ETH", "USDT"))
    uhash = user_hash(Account(doc["nonce"], total))  # type: ignore[arg-type]
    assert uhash == doc["hash"]
    for node in doc["nodes"]:
        balances = tuple(node["balances"][c] for c in ("BTC", "ETH", "USDT"))
        assert leaf_hash(uhash, balances) == node["hash"]  # type: ignore[arg-type]
    lines = real_tree(vectors).read_text().splitlines()
    leaves = []
    for line in reversed([ln for ln in lines if ln.split(",")[1] == "1"][1:]):  # drop the padding, left to right
        h, _, bal = line.split(",", 2)
        b = json.loads(bal)
        leaves.append(Node(h, (b["BTC"], b["ETH"], b["USDT"]), 1))
    assert tree_lines(build_levels(leaves)) == lines


# --- trees of other shapes ------------------------------------------------------------------------------------


def _canonical(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def make_tree(n: int, seed: str = "t", totals: list[tuple[str, str, str]] | None = None,
              parts: list[int] | None = None) -> Tree:
    rows = totals or [
        (
            _canonical(Decimal(i) * Decimal("0.12345678")),
            _canonical(Decimal(i * 3)),
            _canonical(Decimal((i * 7919) % 10**8).scaleb(-8)),
        )
        for i in range(n)
    ]
    shares = parts or [1 + (i % 3) for i in range(n)]  # 1, 2 or 3 leaves: odd and even leaf counts
    return Tree([Account(deterministic_nonce(seed, i), rows[i], shares[i]) for i in range(n)], seed=seed)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 9, 16, 17])
def test_every_user_of_built_trees_passes(n: int, tmp_path: Path) -> None:
    tree = make_tree(n)
    path = tree.write(tmp_path / "tree.txt")
    for index in range(n):
        r = run(tree.user_info(index), path, tree.root.hash)
        assert r.verdict == "pass", (n, index, r.failure)
        assert r.root_computed == tree.root.hash


def test_single_account_trees(tmp_path: Path) -> None:
    for parts in (1, 2, 3):
        tree = make_tree(1, totals=[("1", "2", "3")], parts=[parts])
        r = run(tree.user_info(0), tree.write(tmp_path / f"t{parts}.txt"))
        assert r.verdict == "pass", (parts, r.failure)
        assert r.totals == {"BTC": "1", "ETH": "2", "USDT": "3"}
        if parts % 2:
            assert "duplicated-last-node" in r.warning_codes()


def test_tiny_and_huge_amounts(tmp_path: Path) -> None:
    totals = [("0.00000001", "99999999999.99999999", "0"), ("1", "0.00000001", "3000000000.12345678"),
              ("123456789012345678901234.5", "0", "0.00000002")]
    tree = make_tree(3, totals=totals, parts=[2, 2, 2])
    path = tree.write(tmp_path / "tree.txt")
    for i in range(3):
        r = run(tree.user_info(i), path, tree.root.hash)
        assert r.verdict == "pass", r.failure
    assert r.totals == {"BTC": "123456789012345678901235.50000001", "ETH": "100000000000",
                        "USDT": "3000000000.1234568"}
    assert "amount-overflow" in r.warning_codes()  # 1.2e23 ≥ 2^64


def test_negative_leaves_are_flagged_with_their_line_but_the_hash_verdict_kept(tmp_path: Path) -> None:
    tree = make_tree(4, totals=[("1", "0", "0"), ("-3", "0", "0"), ("1", "0", "0"), ("0", "0", "0")],
                     parts=[1, 1, 1, 1])
    r = run(tree.user_info(0), tree.write(tmp_path / "tree.txt"), tree.root.hash)
    assert r.verdict == "pass", r.failure
    assert r.totals is not None and r.totals["BTC"] == "-1"
    neg = next(w for w in r.warnings if w.code == "negative-balance")
    assert "(height 1) BTC is -3" in neg.message and "line " in neg.message
    assert "negative-sum" in r.warning_codes()  # the root's BTC is -1


def test_trailing_zero_in_a_tree_leaf_is_flagged_not_failed(tmp_path: Path) -> None:
    tree = make_tree(4, totals=[("1.5", "0", "0")] * 4, parts=[1] * 4)
    lines = tree.lines()
    k = len(lines) - 1  # the leftmost leaf; "1.5" → "1.50" adds nothing to any sum or hash above it
    assert '"BTC":"1.5"' in lines[k]
    lines[k] = lines[k].replace('"BTC":"1.5"', '"BTC":"1.50"')
    user = next(i for i in range(4) if tree.splits[i][0].hash != lines[k].split(",")[0])
    r = run(tree.user_info(user), write_lines(tmp_path, lines), tree.root.hash)
    assert r.verdict == "pass", r.failure
    w = next(w for w in r.warnings if w.code == "non-canonical-amount")
    assert f"line {k + 1} (height 1) BTC" in w.message


def test_leaf_amount_finer_than_8_places_fails_even_though_the_sums_hide_it(tmp_path: Path) -> None:
    tree = make_tree(4, totals=[("1.5", "0", "0")] * 4, parts=[1] * 4)
    lines = tree.lines()
    k = len(lines) - 1
    lines[k] = lines[k].replace('"BTC":"1.5"', '"BTC":"1.500000001"')
    r = run(tree.user_info(1), write_lines(tmp_path, lines), tree.root.hash)
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "amounts"
    assert f"line {k + 1}" in r.failure.message
    assert "official-tool-differs" in r.warning_codes()


def test_a_leaf_shown_twice_in_place_of_the_users_other_leaf_fails(tmp_path: Path) -> None:
    """OKX's tool counts matching lines, so a tree holding node 1 twice and node 2 never passes there."""
    tree = make_tree(3, totals=[("2", "0", "0"), ("1", "1", "1"), ("5", "0", "0")], parts=[2, 1, 1])
    info = tree.user_info(0)
    mine = {n["hash"] for n in info["nodes"]}
    assert len(mine) == 2
    first, second = tree.splits[0]
    leaves = [Node(n.hash, n.balances, 1) for n in tree.levels[0] if not n.padding]
    leaves = [Node(first.hash, first.balances, 1) if n.hash == second.hash else n for n in leaves]
    levels = build_levels(leaves)
    path = write_lines(tmp_path, tree_lines(levels))
    r = run(info, path, levels[-1][0].hash)
    assert r.verdict == "fail"
    assert r.failure is not None and r.failure.step == "nodes in tree"
    assert "official-tool-differs" in r.warning_codes()


def test_memory_does_not_grow_with_the_tree(tmp_path: Path) -> None:
    tree = make_tree(6000, totals=[(str(i), "0.5", "0.00000001") for i in range(6000)], parts=[2] * 6000)
    path = tree.write(tmp_path / "big.txt")
    size = path.stat().st_size
    doc = tree.user_info(1234)
    tracemalloc.start()
    try:
        r = run(doc, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert r.verdict == "pass", r.failure
    assert size > 2_000_000
    assert peak < size / 5, (peak, size)  # a whole-file or whole-level approach would need more than this


# --- malformed trees ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mangle", "words"),
    [
        (lambda s: s.split(",", 1)[0], "three fields"),
        (lambda s: s.upper(), "lower-case hexadecimal"),
        (lambda s: s.split(",", 2)[0] + ",04," + s.split(",", 2)[2], "height"),
        (lambda s: s.replace('"ETH"', '"eth"', 1), "compact object"),
        (lambda s: s.replace('{"BTC":"', '{ "BTC":"', 1), "compact object"),
        (lambda s: s.replace('"0"', "0", 1), "compact object"),
        (lambda s: s.replace('"BTC":"0"', '"BTC":"1e-8"', 1), "compact object"),
    ],
)
def test_malformed_line_is_an_error_naming_the_line(vectors: Path, tmp_path: Path, mangle: Any, words: str) -> None:
    lines = real_tree(vectors).read_text().splitlines()
    lines[4] = mangle(lines[4])  # line 5
    r = run(user_doc(vectors), write_lines(tmp_path, lines))
    assert r.verdict == "error" and r.error is not None
    assert "line 5" in r.error.message and words in r.error.message, r.error.message
    assert "tree.txt" in r.error.message


def test_gap_in_the_tree_is_an_error(vectors: Path, tmp_path: Path) -> None:
    lines = real_tree(vectors).read_text().splitlines()
    lines.insert(10, "")
    r = run(user_doc(vectors), write_lines(tmp_path, lines))
    assert r.verdict == "error" and r.error is not None and "line 12 follows an empty line" in r.error.message


def test_crlf_and_a_byte_order_mark_are_accepted(vectors: Path, tmp_path: Path) -> None:
    data = real_tree(vectors).read_bytes().replace(b"\n", b"\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + data)
    r = run(user_doc(vectors), path)
    assert r.verdict == "pass", r.failure


def test_non_ascii_and_overlong_lines_are_errors(vectors: Path, tmp_path: Path) -> None:
    lines = real_tree(vectors).read_text().splitlines()
    bad = write_lines(tmp_path, [*lines[:3], lines[3] + "é", *lines[4:]], "a.txt")
    r = run(user_doc(vectors), bad)
    assert r.error is not None and "line 4" in r.error.message and "ASCII" in r.error.message
    long = write_lines(tmp_path, [*lines[:3], lines[3] + "0" * 2000, *lines[4:]], "b.txt")
    r = run(user_doc(vectors), long)
    assert r.error is not None and "line 4" in r.error.message and "longer" in r.error.message


def test_empty_missing_and_oversized_tree_files(vectors: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run(user_doc(vectors), empty).error.code == "invalid-tree"  # type: ignore[union-attr]
    assert run(user_doc(vectors), tmp_path / "nope.txt").error.code == "file-not-found"  # type: ignore[union-attr]
    monkeypatch.setattr(okx_merkle_v2_tree, "MAX_TREE_BYTES", 1000)
    r = run(user_doc(vectors), real_tree(vectors))
    assert r.error is not None and r.error.code == "file-too-large"
    assert okx_merkle_v2_tree.MAX_TREE_BYTES == 1000
    monkeypatch.undo()
    assert okx_merkle_v2_tree.MAX_TREE_BYTES == 2 * 1024**3  # millions of lines fit; more is refused


def test_malformed_user_info_names_the_place(vectors: Path) -> None:
    doc = user_doc(vectors)
    doc["nodes"][1]["balances"]["ETH"] = 0
    r = run(doc, real_tree(vectors))
    assert r.verdict == "error" and r.error is not None and "nodes[1].balances.ETH" in r.error.message


# --- layout rules (structure failures, not errors) ------------------------------------------------------------


def test_levels_out_of_order_fail_the_shape(vectors: Path, tmp_path: Path) -> None:
    lines = real_tree(vectors).read_text().splitlines()
    lines[2], lines[3] = lines[3], lines[2]  # a height-4 line among the height-5 ones
    r = run(user_doc(vectors), write_lines(tmp_path, lines))
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "tree shape"
    assert "line 4: height 5 follows height 4" in r.failure.message


def test_missing_padding_fails_the_shape(vectors: Path, tmp_path: Path) -> None:
    lines = real_tree(vectors).read_text().splitlines()
    del lines[3]  # the height-4 padding line
    r = run(user_doc(vectors), write_lines(tmp_path, lines))
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "tree shape"
    assert "official-tool-differs" in r.warning_codes()


# --- sniffing -------------------------------------------------------------------------------------------------


def test_sniffers_tell_the_formats_apart(vectors: Path) -> None:
    v2 = Source.from_path(vectors / "okx/merkle_v2/user_info_file.json")
    v1 = Source.from_path(vectors / "okx/merkle_v1/merkle_proof_file.json")
    ku = Source.from_path(vectors / "kucoin/kucoin_PR30SEP23_proof.json")
    tree = Source.from_path(real_tree(vectors))
    assert okx_merkle_v2.sniff(v2) and not okx_merkle_v1.sniff(v2) and not kucoin_merkle.sniff(v2)
    assert not okx_merkle_v2.sniff(v1) and not okx_merkle_v2.sniff(ku) and not okx_merkle_v2.sniff(tree)


# --- tampering ------------------------------------------------------------------------------------------------


def _hex_change(value: str, draw: st.DataObject) -> str:
    pos = draw.draw(st.integers(0, len(value) - 1))
    new = draw.draw(st.sampled_from([c for c in "0123456789abcdef" if c != value[pos].lower()]))
    return value[:pos] + new + value[pos + 1:]


def _amount_change(value: str, draw: st.DataObject) -> str:
    delta = Decimal(draw.draw(st.integers(1, 10**12))).scaleb(-draw.draw(st.integers(0, 8)))
    return _canonical(Decimal(value) + draw.draw(st.sampled_from([1, -1])) * delta)


@pytest.fixture(scope="module")
def tamper_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[str], str]:
    tree = make_tree(7, seed="tamper")
    return tree.user_info(2), tree.lines(), tree.root.hash


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_single_change_to_user_info_or_tree_passes(
    tamper_base: tuple[dict[str, Any], list[str], str], tmp_path: Path, data: st.DataObject
) -> None:
    base_doc, base_lines, root = tamper_base
    doc, lines = copy.deepcopy(base_doc), list(base_lines)
    where = data.draw(st.sampled_from(["user", "line", "order"]))
    if where == "user":
        field = data.draw(st.sampled_from(["hash", "nonce", "total", "node hash", "node amount"]))
        coin = data.draw(st.sampled_from(["BTC", "ETH", "USDT"]))
        j = data.draw(st.integers(0, len(doc["nodes"]) - 1))
        if field in ("hash", "nonce"):
            doc[field] = _hex_change(doc[field], data)
        elif field == "total":
            doc["totalBalances"][coin] = _amount_change(doc["totalBalances"][coin], data)
        elif field == "node hash":
            doc["nodes"][j]["hash"] = _hex_change(doc["nodes"][j]["hash"], data)
        else:
            doc["nodes"][j]["balances"][coin] = _amount_change(doc["nodes"][j]["balances"][coin], data)
    elif where == "line":
        k = data.draw(st.integers(0, len(lines) - 1))
        h, height, bal = lines[k].split(",", 2)
        b = json.loads(bal)
        part = data.draw(st.sampled_from(["hash", "height", "BTC", "ETH", "USDT"]))
        if part == "hash":
            h = _hex_change(h, data)
        elif part == "height":
            height = str(data.draw(st.integers(1, 12).filter(lambda x: x != int(height))))
        else:
            b[part] = _amount_change(b[part], data)
        lines[k] = f"{h},{height}," + json.dumps(b, separators=(",", ":"))
    else:  # hashed order: swap two different lines, drop one or repeat one
        k = data.draw(st.integers(0, len(lines) - 1))
        kind = data.draw(st.sampled_from(["swap", "drop", "repeat"]))
        if kind == "swap":
            m = data.draw(st.integers(0, len(lines) - 1))
            if lines[k].split(",", 2)[:2] == lines[m].split(",", 2)[:2]:
                # Equal lines, or a node and its padding copy (same hash, same height): the parent hashes the two
                # equal hashes and adds the two sums, so swapping them changes nothing that is hashed or summed.
                return
            lines[k], lines[m] = lines[m], lines[k]
        elif kind == "drop":
            del lines[k]
        else:
            lines.insert(k, lines[k])
    if doc == base_doc and lines == base_lines:
        return
    path = write_lines(tmp_path, lines, f"t{data.draw(st.integers(0, 10**9))}.txt")
    for published in (root, None):
        r = run(doc, path, published)
        assert r.verdict != "pass", (where, r.checks)
