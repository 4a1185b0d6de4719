"""gateio-merkle-v1: the synthetic leaf lists, the user-record check, JavaScript's toFixed(8), trees of every size
from the builder, malformed lists, warnings, and tampering of leaves, numbering and order.

Expected values come from specs/gateio.md §1 and §5 (leaf 8bdba470db3eb4c6, root d07ed2e9…), the vector
manifest (roots), Node.js's own Number.prototype.toFixed (values copied below) and the builder
(verifier_gui/core/builders/gateio_merkle_v1.py), written separately from the verifier and checked here
against the vector byte for byte.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.gateio_merkle_v1 import Record, Tree, leaf, read_balances_file
from verifier_gui.core.errors import InputError
from verifier_gui.core.formats import gateio_merkle_v1 as g
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from .conftest import manifest

ROOT = "d07ed2e92458e49473b5b3a9bb8e9148f55c0a8bc7cde8152b6e827cb12dea49"
TAMPERED_ROOT = "45f31969c17f79ee74bde34f18867005c53661a903e7456b4fd5db0679273fda"
BITSO_ROOT = "e0f6eb0f1b1c71018dd00a625c20868f85b3fbba0991ce8280171fa91b7a647c"
SCHEME = [
    "truncated-hash-64",
    "no-liability-totals",
    "no-domain-separation",
    "unsalted-id",
    "full-tree-published",
    "identity-not-verifiable",
]
V1 = "gateio/v1_sha256_merkle"


def options(root: str | None = None, format_id: str | None = None) -> VerifyOptions:
    return VerifyOptions(root=PublishedRoot(root, "test") if root else None, format_id=format_id)


def run(text: str, root: str | None = None, format_id: str | None = None) -> Result:
    return verify_source(Source("balances_merkletree.txt", text.encode()), options(root, format_id))


def user(text: str, uid: str, balance: str, root: str | None = None) -> Result:
    return g.verify_user_record(Source("balances_merkletree.txt", text.encode()), options(root), uid, balance)


def vector_text(vectors: Path) -> str:
    return (vectors / V1 / "synthetic_balances_merkletree.txt").read_bytes().decode()


# --- the vectors and the builder ------------------------------------------------------------------------


def test_builder_reproduces_the_vector_byte_for_byte(vectors: Path) -> None:
    records = read_balances_file((vectors / V1 / "synthetic_balances.txt").read_bytes().decode())
    assert len(records) == 5 and records[0] == Record("4d75cb3ac3c8", "0.03244800")  # '#' line skipped
    tree = Tree(records)
    assert tree.root == ROOT
    assert tree.leaf_list().encode() == (vectors / V1 / "synthetic_balances_merkletree.txt").read_bytes()


def test_leaf_of_the_spec_example() -> None:
    """§1.2: (4d75cb3ac3c8, 0.032448) → 8bdba470db3eb4c6, via the text toFixed(8) gives."""
    assert g.leaf_hex("4d75cb3ac3c8", "0.03244800") == "8bdba470db3eb4c6"
    assert leaf(Record("4d75cb3ac3c8", "0.03244800")) == "8bdba470db3eb4c6"


def test_leaf_list_passes_against_the_published_root(vectors: Path) -> None:
    r = run(vector_text(vectors), ROOT)
    assert r.verdict == "pass" and r.root_computed == ROOT and r.root_source == "published"
    assert r.format is not None and r.format.id == "gateio-merkle-v1"
    codes = r.warning_codes()
    assert all(code in codes for code in SCHEME)
    assert "promoted-node" in codes  # leaf 4 is promoted twice
    assert "root-from-file" not in codes and r.totals is None


def test_tampered_list_fails_with_the_rebuilt_root_and_hashed_bytes(vectors: Path) -> None:
    text = (vectors / "gateio/derived_invalid/v1_tampered_merkletree.txt").read_bytes().decode()
    r = run(text, ROOT)
    assert r.verdict == "fail" and r.root_computed == TAMPERED_ROOT
    assert r.failure is not None and r.failure.step == "root"
    assert r.failure.expected == ROOT and r.failure.computed == TAMPERED_ROOT
    assert "last text hashed" in r.failure.message  # the two top nodes, shown as hex


def test_without_a_published_root_it_is_an_error_never_a_pass(vectors: Path) -> None:
    for path in ("gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt", "gateio/derived_invalid/v1_tampered_merkletree.txt"):
        r = run((vectors / path).read_bytes().decode())
        assert r.verdict == "error" and r.error is not None and r.error.code == "root-required"


def test_sniffer_takes_crlf_lists_only(vectors: Path) -> None:
    assert [f.id for f in detect(Source.from_path(vectors / V1 / "synthetic_balances_merkletree.txt"))] == [
        "gateio-merkle-v1"
    ]
    bitso = Source.from_path(vectors / "armanino_tnf_bitso/bitso_example-merkle-tree.tsv")  # LF line ends
    assert "gateio-merkle-v1" not in [f.id for f in detect(bitso)]


def test_sniffer_matches_no_other_format_vector(vectors: Path) -> None:
    # The Network Firm's tool writes the very same CRLF layout (others.md §2.2); its default file name
    # (output_merkle_tree.txt) is what keeps its vector out of Gate.io's hands (tests/test_tnf_merkle.py).
    for v in manifest():
        if v["format"] == "gateio-merkle-v1":
            continue
        for key in ("proof", "tree"):
            if v.get(key):
                ids = [f.id for f in detect(Source.from_path(vectors / v[key]))]
                assert "gateio-merkle-v1" not in ids, v["id"]


def test_lf_only_list_is_checked_but_gateio_tool_would_not_read_it(vectors: Path) -> None:
    text = (vectors / "armanino_tnf_bitso/bitso_example-merkle-tree.tsv").read_text()
    r = run(text, BITSO_ROOT, format_id="gateio-merkle-v1")
    assert r.verdict == "pass" and r.root_computed == BITSO_ROOT
    assert "official-tool-differs" in r.warning_codes()


# --- JavaScript's Number(x).toFixed(8), without floats --------------------------------------------------

# Printed by Node.js v18+: node -e 'console.log(Number(s).toFixed(8))'.
NODE_TO_FIXED = [
    ("0.032448", "0.03244800"),
    ("5", "5.00000000"),
    ("123456789012.12345678", "123456789012.12345886"),
    ("90071992.54740993", "90071992.54740994"),
    ("0.001953125", "0.00195313"),  # an exact tie: the larger n
    ("1.000000005", "1.00000000"),
    ("0.000000005", "0.00000001"),
    ("0.000000015", "0.00000001"),
    ("-0.5", "-0.50000000"),
    ("-0.000000001", "-0.00000000"),
    ("99999999999999999999", "100000000000000000000.00000000"),
    ("12345.6789", "12345.67890000"),
    ("0.1", "0.10000000"),
    ("2.675", "2.67500000"),
    ("999999999.999999995", "1000000000.00000000"),
]


@pytest.mark.parametrize(("text", "expected"), NODE_TO_FIXED)
def test_to_fixed_8_matches_node(text: str, expected: str) -> None:
    assert g.js_to_fixed_8(Decimal(text)) == expected


def test_to_fixed_refuses_exponent_range() -> None:
    with pytest.raises(ValueError):
        g.js_to_fixed_8(Decimal("1e21"))


def test_nearest_double_of_known_values() -> None:
    # 0.1 is 3602879701896397 / 2^55 in binary64; 2^-1074 is the smallest subnormal; 2^53 + 1 ties to even.
    assert g.nearest_double(Decimal("0.1")) == Fraction(3602879701896397, 2**55)
    assert g.nearest_double(Decimal("5e-324")) == Fraction(1, 2**1074)
    assert g.nearest_double(Decimal("9007199254740993")) == 9007199254740992  # tie to even


def test_balance_texts_in_order_without_repeats() -> None:
    assert g.balance_texts("0.032448") == [(g.TO_FIXED_8, "0.03244800"), (g.AS_TYPED, "0.032448")]
    assert g.balance_texts("0.50000000") == [(g.TO_FIXED_8, "0.50000000")]
    assert g.balance_texts("90071992.54740993") == [
        (g.TO_FIXED_8, "90071992.54740994"),
        (g.EXACT_8, "90071992.54740993"),
    ]


# --- the user's record ----------------------------------------------------------------------------------


def test_readme_user_is_found_at_leaf_0(vectors: Path) -> None:
    r = user(vector_text(vectors), "4d75cb3ac3c8", "0.032448", ROOT)
    assert r.verdict == "pass" and r.user_id == "4d75cb3ac3c8" and r.balances == {"balance": "0.032448"}
    assert r.format is not None and r.format.variant is not None and r.format.variant.endswith(g.TO_FIXED_8)
    assert r.steps[0].computed == "8bdba470db3eb4c6"
    assert r.steps[0].preimage is not None and len(r.steps[0].preimage) == 128
    assert [s.height for s in r.steps] == [1, 2, 3, 4] and r.steps[-1].computed == ROOT
    assert "variant-matched" not in r.warning_codes() and "promoted-node" not in r.warning_codes()


def test_promoted_user_path_is_shown(vectors: Path) -> None:
    r = user(vector_text(vectors), "0123456789ab", "0.5", ROOT)
    assert r.verdict == "pass" and "promoted-node" in r.warning_codes()
    assert [s.preimage is None for s in r.steps[1:]] == [True, True, False]  # layers 2 and 3: no sibling
    built = Tree(read_balances_file((vectors / V1 / "synthetic_balances.txt").read_bytes().decode()))
    assert built.path(4) == [None, None, ("left", r.steps[-1].sibling)]
    assert r.steps[-1].computed == ROOT


def test_wrong_balance_is_not_found_and_the_text_hashed_is_shown(vectors: Path) -> None:
    r = user(vector_text(vectors), "4d75cb3ac3c8", "0.032449", ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "your leaf"
    assert r.failure.computed == leaf(Record("4d75cb3ac3c8", "0.03244900"))
    assert r.root_computed == ROOT  # the list itself still matches: only the record is not in it
    assert "'0.03244900'" in r.failure.message and "'0.032449'" in r.failure.message  # both variants tried


def test_user_record_without_root_is_an_error(vectors: Path) -> None:
    with pytest.raises(InputError) as err:
        user(vector_text(vectors), "4d75cb3ac3c8", "0.032448")
    assert err.value.code == "root-required"


def test_balance_hashed_as_typed_is_a_reported_variant() -> None:
    """The exchange's file held '0.5'; only the text as typed matches (the verifier before 2020-04-23)."""
    tree = Tree([Record("aa", "0.5"), Record("bb", "1.00000000"), Record("cc", "2.00000000")])
    r = user(tree.leaf_list(), "aa", "0.5", tree.root)
    assert r.verdict == "pass" and r.format is not None and r.format.variant is not None
    assert r.format.variant.endswith(g.AS_TYPED)
    assert "variant-matched" in r.warning_codes() and "official-tool-differs" in r.warning_codes()


def test_big_balance_written_with_8_decimals_is_a_reported_variant() -> None:
    """toFixed(8) of 90071992.54740993 is …994 (binary64 rounding), so Gate.io's tool could never find it."""
    tree = Tree([Record("aa", "1.00000000"), Record("bb", "90071992.54740993")])
    r = user(tree.leaf_list(), "bb", "90071992.54740993", tree.root)
    assert r.verdict == "pass" and r.format is not None and r.format.variant is not None
    assert r.format.variant.endswith(g.EXACT_8)
    assert "variant-matched" in r.warning_codes()


def test_duplicate_leaf_is_reported() -> None:
    tree = Tree([Record("aa", "1.00000000"), Record("bb", "2.00000000"), Record("aa", "1.00000000")])
    r = run(tree.leaf_list(), tree.root)
    assert r.verdict == "pass" and "duplicate-leaf" in r.warning_codes()
    r = user(tree.leaf_list(), "aa", "1", tree.root)
    assert r.verdict == "pass" and "positions 0, 2" in next(w.message for w in r.warnings if w.code == "duplicate-leaf")


@pytest.mark.parametrize(
    ("uid", "balance", "words"),
    [("", "1", "empty"), ("aa", "one", "not a plain decimal"), ("aa", "0.123456789", "more than 8"), ("aa", "1e21", "plain")],
)
def test_bad_user_record_is_an_error(vectors: Path, uid: str, balance: str, words: str) -> None:
    with pytest.raises(InputError) as err:
        user(vector_text(vectors), uid, balance, ROOT)
    assert err.value.code == "invalid-user-record" and words in err.value.message


# --- trees of other shapes ------------------------------------------------------------------------------


def make_records(n: int) -> list[Record]:
    amounts = ["0.00000001", "99999999.99999999", "0.03244800", "12345.67890000", "0.00000000", "1.00000000"]
    return [Record(f"{i * 2654435761 % 16**12:012x}", amounts[i % len(amounts)]) for i in range(n)]


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 33])
def test_every_user_of_trees_of_every_size_passes(n: int) -> None:
    tree = Tree(make_records(n))
    whole = run(tree.leaf_list(), tree.root)
    assert whole.verdict == "pass" and whole.root_computed == tree.root
    odd_layers = any(len(layer) % 2 == 1 for layer in tree.layers[:-1])
    assert ("promoted-node" in whole.warning_codes()) == odd_layers
    for index, record in enumerate(tree.records):
        r = user(tree.leaf_list(), record.hashed_uid, record.balance, tree.root)
        assert r.verdict == "pass", (n, index, r.failure)
        promoted = None in tree.path(index)
        assert ("promoted-node" in r.warning_codes()) == promoted
        siblings = [s.sibling for s in r.steps[1:] if s.sibling is not None]
        assert siblings == [step[1] for step in tree.path(index) if step is not None]


def test_single_leaf_is_its_own_root() -> None:
    tree = Tree(make_records(1))
    assert len(tree.root) == 16 and tree.leaf_list().startswith("Level\tHash\r\n1,0\t")
    r = run(tree.leaf_list(), tree.root)
    assert r.verdict == "pass" and r.root_computed == tree.root


# --- structure and malformed lists ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [("4,0\t", "5,0\t"), ("4,1\t", "4,2\t"), ("4,3\t", "4,03\t")],
    ids=["layer-count", "index", "leading-zero"],
)
def test_wrong_numbering_fails(vectors: Path, old: str, new: str) -> None:
    r = run(vector_text(vectors).replace(old, new), ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf list"


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda t: t.replace("4,1\t", "4,1 "), "line 3"),
        (lambda t: t.replace("82dae4a2916f986a", "82dae4a2916f986"), "line 3"),
        (lambda t: t.replace("16221975919e3783", "16221975919e378z"), "line 4"),
        (lambda t: t.replace("Level\tHash", "Level,Hash"), "line 1"),
        (lambda t: t.split("\r\n")[0] + "\r\n", "no leaves"),
    ],
    ids=["space-not-tab", "short-leaf", "not-hex", "header", "empty"],
)
def test_malformed_list_is_an_error_naming_the_line(vectors: Path, change: object, words: str) -> None:
    text = change(vector_text(vectors))  # type: ignore[operator]
    r = run(text, ROOT, format_id="gateio-merkle-v1")
    assert r.verdict == "error" and r.error is not None
    assert "balances_merkletree.txt" in r.error.message and words in r.error.message


def test_comments_and_blank_lines_are_skipped(vectors: Path) -> None:
    lines = vector_text(vectors).split("\r\n")
    text = "\r\n".join(lines[:2] + ["# a note", ""] + lines[2:])
    assert run(text, ROOT).verdict == "pass"


def test_tree_option_is_refused(vectors: Path) -> None:
    source = Source("balances_merkletree.txt", vector_text(vectors).encode())
    r = verify_source(source, VerifyOptions(root=PublishedRoot(ROOT, "t"), tree="other.txt"))
    assert r.verdict == "error" and r.error is not None and r.error.code == "unexpected-tree"


# --- tampering ------------------------------------------------------------------------------------------


def _relabel(hashes: list[str]) -> str:
    """A well-numbered list of these leaves (so only the root comparison can catch the change)."""
    layers, n = 1, len(hashes)
    while n > 1:
        n, layers = (n + 1) // 2, layers + 1
    return "Level\tHash\r\n" + "".join(f"{layers},{i}\t{h}\r\n" for i, h in enumerate(hashes))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_change_to_a_leaf_its_numbering_or_the_order_passes(data: st.DataObject) -> None:
    tree = Tree(make_records(data.draw(st.sampled_from([2, 5, 7, 8, 13]))))
    hashes = list(tree.leaves)
    kind = data.draw(st.sampled_from(["digit", "layers", "index", "swap", "drop", "repeat"]))
    i = data.draw(st.integers(0, len(hashes) - 1))
    if kind == "digit":
        pos = data.draw(st.integers(0, 15))
        hashes[i] = hashes[i][:pos] + data.draw(st.sampled_from([c for c in "0123456789abcdef" if c != hashes[i][pos]])) + hashes[i][pos + 1 :]
        text = _relabel(hashes)
    elif kind in ("layers", "index"):
        lines = tree.leaf_list().split("\r\n")
        layers, index = lines[i + 1].split("\t")[0].split(",")
        number = data.draw(st.integers(0, 40).filter(lambda v: v != int(layers if kind == "layers" else index)))
        label = f"{number},{index}" if kind == "layers" else f"{layers},{number}"
        lines[i + 1] = label + "\t" + lines[i + 1].split("\t")[1]
        text = "\r\n".join(lines)
    elif kind == "swap":
        j = data.draw(st.integers(0, len(hashes) - 1).filter(lambda v: hashes[v] != hashes[i]))
        hashes[i], hashes[j] = hashes[j], hashes[i]
        text = _relabel(hashes)
    elif kind == "drop":
        del hashes[i]
        if not hashes:
            return
        text = _relabel(hashes)
    else:
        hashes.insert(i, hashes[i])
        text = _relabel(hashes)
    assert run(text, tree.root).verdict != "pass", kind


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_no_change_to_the_users_record_is_found(data: st.DataObject) -> None:
    tree = Tree(make_records(7))
    index = data.draw(st.integers(0, 6))
    record = tree.records[index]
    if data.draw(st.booleans()):
        pos = data.draw(st.integers(0, len(record.hashed_uid) - 1))
        uid = record.hashed_uid[:pos] + data.draw(st.sampled_from([c for c in "0123456789abcdef" if c != record.hashed_uid[pos]])) + record.hashed_uid[pos + 1 :]
        balance = record.balance
    else:
        uid = record.hashed_uid
        delta = Decimal(data.draw(st.integers(1, 10**10))).scaleb(-8)
        balance = f"{Decimal(record.balance) + delta:f}"
    others = {(r.hashed_uid, Decimal(r.balance)) for r in tree.records}
    if (uid, Decimal(balance)) in others:
        return  # that is another user's genuine record
    assert user(tree.leaf_list(), uid, balance, tree.root).verdict == "fail"
