"""tnf-merkle: The Network Firm's and Bitso's published leaf lists, the user's leaf in each leaf mode, detection
against Gate.io's identical layout, tampering. Expected values from ../shared/vectors (manifest, SOURCES.md:
roots, Bitso's README worked example) and specs/others.md §2.2 and §5."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verifier_gui.core.builders.tnf_merkle import Record, Tree
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.registry import detect
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot
from verifier_gui.core.verify import verify_source

from . import tamper
from .conftest import manifest

DIR = "armanino_tnf_bitso"
TNF_LIST = f"{DIR}/tnf_output_merkle_tree.txt"
TNF_ROOT = "3c70b1b8436d23b0ee8147bc6f46b13e8ac34ea956e61dcf8096e8bd5e244a9a"  # tnf_output_merkle_root.txt
BITSO_LIST = f"{DIR}/bitso_example-merkle-tree.tsv"
BITSO_ROOT = "e0f6eb0f1b1c71018dd00a625c20868f85b3fbba0991ce8280171fa91b7a647c"
BITSO_ACCOUNT = "d7ae2e6e-c36b-4b44-8b98-bdd59c4eebad"  # Bitso's README: btc=0.00000001 → e17e7edf6faa1a6a at 6,14
GATEIO_LIST = "gateio/v1_sha256_merkle/synthetic_balances_merkletree.txt"


def run(data: bytes, name: str = "output_merkle_tree.txt", root: str | None = None, **record: str) -> Result:
    options = VerifyOptions(root=PublishedRoot(root, "test") if root else None, record=record or None)
    return verify_source(Source(name, data), options)


def ids(data: bytes, name: str) -> list[str]:
    return [f.id for f in detect(Source(name, data))]


def test_tnf_list_rebuilds_to_the_published_root(vectors: Path) -> None:
    r = run((vectors / TNF_LIST).read_bytes(), root=TNF_ROOT)
    assert r.verdict == "pass" and r.root_computed == TNF_ROOT and r.root_source == "published"
    for code in ("truncated-hash-64", "no-liability-totals", "no-domain-separation", "full-tree-published",
                 "promoted-node", "identity-not-verifiable"):
        assert code in r.warning_codes()
    assert "root-from-file" not in r.warning_codes()


def test_without_a_root_the_rebuilt_root_is_reported_with_root_from_file(vectors: Path) -> None:
    r = run((vectors / BITSO_LIST).read_bytes(), "bitso_example-merkle-tree.tsv")
    assert r.verdict == "pass" and r.root_computed == BITSO_ROOT and r.root_source == "file"
    warning = next(w for w in r.warnings if w.code == "root-from-file")
    assert BITSO_ROOT in warning.detail  # the user is told what to compare


def test_bitso_readme_example_leaf_is_found_at_position_14(vectors: Path) -> None:
    r = run((vectors / BITSO_LIST).read_bytes(), "x.tsv", BITSO_ROOT, account=BITSO_ACCOUNT,
            account_balances="btc=0.00000001")
    assert r.verdict == "pass", r.failure
    assert r.format is not None and r.format.variant is not None and "Bitso" in r.format.variant
    assert "e17e7edf6faa1a6a" in r.checks[[c.name for c in r.checks].index("your leaf")].detail
    assert "leaf 14 of" in (r.steps[0].note or "")
    assert "identity-not-verifiable" not in r.warning_codes()


def test_a_wrong_balance_is_not_found(vectors: Path) -> None:
    r = run((vectors / BITSO_LIST).read_bytes(), "x.tsv", BITSO_ROOT, account=BITSO_ACCOUNT,
            account_balances="btc=0.00000002")
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "your leaf"


def test_a_wrong_published_root_fails(vectors: Path) -> None:
    r = run((vectors / TNF_LIST).read_bytes(), root=BITSO_ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "root"


@pytest.mark.parametrize("mode", ["default", "concatenate", "bitso"])
@pytest.mark.parametrize("n", [1, 2, 5, 9])
def test_every_user_is_found_in_each_leaf_mode(mode: str, n: int) -> None:
    records = [Record(f"user-{i}", (("BTC", f"{i}.10000000"), ("ETH", "100"), ("USDT", "0"))) for i in range(n)]
    tree = Tree(records, mode)
    for i, record in enumerate(records):
        typed = ",".join(f"{t}={v}" for t, v in record.balances)
        r = run(tree.leaf_list().encode(), root=tree.root, account=record.uid, account_balances=typed)
        assert r.verdict == "pass", (mode, i, r.failure)
        codes = r.warning_codes()
        assert ("unsalted-id" in codes and "no-separators" in codes) == (mode == "default")
        assert ("variant-matched" in codes) == (mode != "default")


def test_bitso_normaliser_bug_is_reproduced() -> None:
    """Bitso hashes "100" as "10", the same leaf as "10.0" (specs/others.md §2.2, §5)."""
    tree = Tree([Record("acct", (("eth", "10.0"),)), Record("other", (("eth", "1"),))], "bitso")
    r = run(tree.leaf_list("\n").encode(), "list.tsv", tree.root, account="acct", account_balances="eth=100")
    assert r.verdict == "pass"


def test_record_needs_both_parts(vectors: Path) -> None:
    r = run((vectors / TNF_LIST).read_bytes(), root=TNF_ROOT, account="x")
    assert r.verdict == "error" and r.error is not None and r.error.code == "invalid-user-record"
    r = run((vectors / TNF_LIST).read_bytes(), root=TNF_ROOT, account="x", account_balances="BTC:1")
    assert r.verdict == "error" and r.error is not None and r.error.code == "invalid-user-record"


def test_misnumbered_line_fails(vectors: Path) -> None:
    data = (vectors / TNF_LIST).read_bytes().replace(b"4,3\t", b"4,7\t")
    r = run(data, root=TNF_ROOT)
    assert r.verdict == "fail" and r.failure is not None and r.failure.step == "leaf list"


def test_detection_against_gateio_lists(vectors: Path) -> None:
    """The lists are the same bytes; the makers' default names and LF line ends tell them apart, any other CRLF
    list fits both and the user chooses."""
    tnf, gateio, bitso = ((vectors / p).read_bytes() for p in (TNF_LIST, GATEIO_LIST, BITSO_LIST))
    assert ids(tnf, "/x/output_merkle_tree.txt") == ["tnf-merkle"]
    assert ids(bitso, "example-merkle-tree.tsv") == ["tnf-merkle"]
    assert ids(bitso, "anything.txt") == ["tnf-merkle"]  # LF: Gate.io's tool never writes it
    assert ids(gateio, "balances_merkletree.txt") == ["gateio-merkle-v1"]
    assert ids(gateio, "/data/gateio/leaves.txt") == ["gateio-merkle-v1"]  # the maker named in a folder
    assert ids(tnf, "/audits/armanino-2022/leaves.txt") == ["tnf-merkle"]
    assert ids(tnf, "/audits/bitso/gate_list.txt") == ["gateio-merkle-v1"]  # the file's own name comes first
    assert sorted(ids(gateio, "list.txt")) == ["gateio-merkle-v1", "tnf-merkle"]
    assert sorted(ids(tnf, "<pasted text>")) == ["gateio-merkle-v1", "tnf-merkle"]
    assert sorted(ids(tnf, "gate_tnf.txt")) == ["gateio-merkle-v1", "tnf-merkle"]  # both makers named


def test_vectors_are_detected_as_their_manifest_format(vectors: Path) -> None:
    for v in manifest():
        found = [f.id for f in detect(Source.from_path(vectors / v["proof"]))]
        if v["format"] == "tnf-merkle":
            assert found == ["tnf-merkle"], v["id"]
        else:
            assert "tnf-merkle" not in found, v["id"]


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_no_single_leaf_digit_changed_passes(data: st.DataObject) -> None:
    n = data.draw(st.integers(1, 12))
    tree = Tree([Record(f"u{i}", (("BTC", str(i)),)) for i in range(n)])
    lines = tree.leaf_list().split("\r\n")
    k = data.draw(st.integers(1, n))
    label, leaf = lines[k].split("\t")
    lines[k] = f"{label}\t{tamper.other_hex_digit(leaf, data)}"
    r = run("\r\n".join(lines).encode(), root=tree.root)
    assert r.verdict == "fail"


def test_account_options_on_the_command_line(vectors: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from verifier_gui import cli

    args = ["check", str(vectors / BITSO_LIST), "--account", BITSO_ACCOUNT, "--json"]
    assert cli.main([*args, "--account-balances", "btc=0.00000001"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["format"]["id"] == "tnf-merkle" and out["user"]["id"] == BITSO_ACCOUNT
    assert cli.main([*args, "--account-balances", "btc=0.00000002"]) == 1
    capsys.readouterr()
    assert cli.main(args) == 2  # the balances are missing: an error that says so, never a pass
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "invalid-user-record"
