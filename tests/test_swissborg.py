"""swissborg: a user's liabilities file checked against the audit's roots file.

Expected values come from SwissBorg's own test data and tests (vectors/swissborg/SOURCES.md; merkle.test.ts @
7ad8737: the credentials, the leaf-hash unit vector, the 8-leaf tree and its proof, quoted below as data) and from
the independent builder core/builders/swissborg.py.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier_gui import cli
from verifier_gui.core.builders.swissborg import Audit
from verifier_gui.core.formats import swissborg as sb
from verifier_gui.core.loading import Source
from verifier_gui.core.options import VerifyOptions
from verifier_gui.core.result import Result
from verifier_gui.core.roots import PublishedRoot, read_root_file
from verifier_gui.core.secrets import UserSecrets
from verifier_gui.core.verify import verify_file, verify_source

from .tamper import other_hex_digit

CREDENTIALS = {  # SwissBorg's merkle.test.ts: user file → (roots file, credential, totals)
    "userLiab_1.json": ("auditRoots_1.json", "20000f995b5305144c082ad3443bf4db", {"GBP": "1", "CHSB": "20022"}),
    "userLiab_6.json": ("auditRoots_6.json", "D2tVdEWt1MooLsMa6ryPGj", {"CHSB": "44.81425", "PLN": "10", "EUR": "14558"}),
    "userLiab_7.json": ("auditRoots_6.json", "PaY746f8DsYiK8s33J33Jk", {"USDC": "99.70291"}),
}
WRONG_CREDENTIAL_7 = "PaY746f8DsYiK8s33J34Jk"  # the repo's negative test


def check(vectors: Path, user: str, credential: str | None = None) -> Result:
    roots = read_root_file(str(vectors / "swissborg" / CREDENTIALS[user][0]))
    secrets = UserSecrets(credential=credential) if credential else None
    return verify_file(vectors / "swissborg" / user, VerifyOptions(root=roots, secrets=secrets))


@pytest.mark.parametrize("user", sorted(CREDENTIALS))
def test_vectors_pass_with_their_credentials(vectors: Path, user: str) -> None:
    result = check(vectors, user, CREDENTIALS[user][1])
    assert result.verdict == "pass", result.failure
    assert result.balances == CREDENTIALS[user][2]
    assert result.format is not None and result.format.variant == sb.BY_CREDENTIAL
    assert not {"identity-not-verifiable", "leaf-not-recomputable"} & set(result.warning_codes())
    assert result.root_source == "published"


def test_without_credential_each_file_generation_is_read_its_own_way(vectors: Path) -> None:
    dec_2022 = check(vectors, "userLiab_1.json")
    assert dec_2022.verdict == "pass"
    assert dec_2022.format is not None and dec_2022.format.variant == sb.NONCE_IS_DIGEST
    assert "leaf-not-recomputable" in dec_2022.warning_codes()
    jan_2023 = check(vectors, "userLiab_7.json")
    assert jan_2023.verdict == "pass"
    assert jan_2023.format is not None and jan_2023.format.variant == sb.NONCE_IS_LEAF_NONCE
    assert "identity-not-verifiable" in jan_2023.warning_codes()
    assert "credential" in jan_2023.warnings[[w.code for w in jan_2023.warnings].index("identity-not-verifiable")].message


def test_wrong_credential_fails(vectors: Path) -> None:
    result = check(vectors, "userLiab_7.json", WRONG_CREDENTIAL_7)
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "credential"
    assert [c.name for c in result.checks if not c.ok][:2] == ["credential", "path"]


def test_credential_from_the_command_line_and_stdin(vectors: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    base = vectors / "swissborg"
    args = ["check", str(base / "userLiab_7.json"), "--root", str(base / "auditRoots_6.json"), "--json"]
    assert cli.main([*args, "--credential", CREDENTIALS["userLiab_7.json"][1]]) == 0
    assert json.loads(capsys.readouterr().out)["format"]["variant"] == sb.BY_CREDENTIAL
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(WRONG_CREDENTIAL_7 + "\n"))
    assert cli.main([*args, "--credential", "-"]) == 1
    out = capsys.readouterr().out
    assert WRONG_CREDENTIAL_7 not in out  # the secret is never printed


def test_repo_leaf_hash_unit_vector() -> None:
    # merkle.test.ts 'Full leaf hash derive'
    nonce = sb.leaf_nonce("AAAAAAAAAAAAAAAAAAAAAA", "SBPOL20221224", "BTC", 0)
    leaf = sb.sha256_hex(sb.leaf_preimage(nonce, "20000000000000000000000000000000", "1.2"))
    assert leaf == "268f465e7d52d00ecb4e7eea67efa26a29073e7fc808ffd62e45413f5ea2160f"


def test_repo_validate_proof_example() -> None:
    # merkle.test.ts 'Validate proof': leaf index 4 of the 8-leaf 'Build Merkle tree' example
    witnesses = [
        sb.Node(digest="54e0ac1f0a1596cfbba2cacb95ea6d159f66abcb6fee488e13d9bf22f116e3ec", liability="2.34534"),
        sb.Node(digest="bc17b9eb4ebf84a8b73a555f2a334da4b753ae0fce6485bb602de7f5551f3d41", liability="9.0554"),
        sb.Node(digest="343d351892e5049ae79b84fb1210d05ea44d3d0b69990ffbe598e634fa0f41fc", liability="263.5596723"),
    ]
    walked = sb.fold("8aa9aa3718f2e89833fe21d2948786c5982600a3f6e3945a2f2624d4ae577869", Decimal("375.34534"), 4,
                     witnesses)
    assert walked.digests[-1] == "250c240f6478ca71dcc623753efbbb5952514a225323d7c7153c87424aa18f74"
    assert walked.values[-1] == Decimal("650.3057523")
    # the expected tree's node 5 (leaves 4 and 5)
    assert walked.digests[1] == "b97a1c1bb1bc42351d53702e0801e27dc712ad1e265d3bee8e048e73c03d3494"
    assert walked.values[1] == Decimal("377.69068")


# --- built audits ---------------------------------------------------------------------------------------------


def built() -> Audit:
    return Audit(
        "SBPOL20240101",
        {
            "BTC": [("alice", "cred-a", "0.5"), ("bob", "cred-b", "1.25000"), ("alice", "cred-a", "2"),
                    ("carol", "cred-c", "0")],
            "chsb": [("alice", "cred-a", "100.10"), ("dave", "cred-d", "7")],
            "EUR": [("bob", "cred-b", "3")] + [(f"u{k}", f"c{k}", f"{k}.{k}") for k in range(9)],
        },
    )


def run(user: dict[str, Any], roots: dict[str, Any], credential: str | None = None, root: str | None = None,
        tmp_path: Path | None = None) -> Result:
    assert tmp_path is not None
    roots_file = tmp_path / "roots.json"
    roots_file.write_text(json.dumps(roots))
    published = PublishedRoot(root, "typed in") if root else read_root_file(str(roots_file))
    options = VerifyOptions(
        root=published,
        tree=str(roots_file) if root else None,
        secrets=UserSecrets(credential=credential) if credential else None,
    )
    return verify_source(Source("user.json", json.dumps(user).encode()), options)


@pytest.mark.parametrize("nonce_field", ["leaf-nonce", "digest"])
@pytest.mark.parametrize("credential", [None, "cred-a"])
def test_built_users_pass(tmp_path: Path, nonce_field: str, credential: str | None) -> None:
    audit = built()
    result = run(audit.user_file("alice", nonce_field), audit.roots(), credential, tmp_path=tmp_path)
    assert result.verdict == "pass", result.failure
    assert result.balances == {"BTC": "2.5", "chsb": "100.1"}
    assert result.root_computed == audit.roots()["audit"]["commitment"]["digest"]


def test_roots_file_beside_a_typed_commitment(tmp_path: Path) -> None:
    audit = built()
    digest = audit.roots()["audit"]["commitment"]["digest"]
    assert run(audit.user_file("bob"), audit.roots(), root=digest, tmp_path=tmp_path).verdict == "pass"
    other = ("0" if digest[0] != "0" else "1") + digest[1:]
    result = run(audit.user_file("bob"), audit.roots(), root=other, tmp_path=tmp_path)
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "root"


def test_roots_file_is_required(tmp_path: Path) -> None:
    audit = built()
    result = verify_source(Source("user.json", json.dumps(audit.user_file("bob")).encode()), VerifyOptions())
    assert result.verdict == "error" and result.error is not None and result.error.code == "audit-roots-required"


def test_another_users_credential_fails(tmp_path: Path) -> None:
    audit = built()
    result = run(audit.user_file("alice"), audit.roots(), "cred-b", tmp_path=tmp_path)
    assert result.verdict == "fail"


@pytest.mark.parametrize("where", ["leaf", "witness"])
def test_negative_amounts_fail_even_when_the_hashes_agree(tmp_path: Path, where: str) -> None:
    # A tree built with a negative leaf: every hash is right, the format's rule is not.
    audit = Audit("SBPOL1", {"BTC": [("eve", "ce", "-1"), ("bob", "cb", "5")]})
    user = audit.user_file("bob" if where == "witness" else "eve")
    result = run(user, audit.roots(), tmp_path=tmp_path)
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "non-negative"


def test_wrong_audit_and_missing_partition_fail(tmp_path: Path) -> None:
    audit = built()
    user = audit.user_file("alice")
    user["audit_id"] = "SBPOL20240102"
    result = run(user, audit.roots(), tmp_path=tmp_path)
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "audit"
    user = audit.user_file("alice")
    user["liabilities"][0]["audit_partition_id"] = "SBPOL20240101-XYZ"
    result = run(user, audit.roots(), tmp_path=tmp_path)
    assert result.verdict == "fail" and result.failure is not None and result.failure.step == "partition"


def test_edited_partition_root_fails_the_commitment(tmp_path: Path) -> None:
    audit = built()
    roots = audit.roots()
    roots["audit"]["partitions"][2]["commitment"]["liability"] = "1000000"  # a partition the user is not in
    result = run(audit.user_file("alice"), roots, tmp_path=tmp_path)
    assert result.verdict == "fail"
    assert result.failure is not None and result.failure.step == "file root"


def _sites(user: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    out: list[tuple[tuple[Any, ...], str]] = []
    for i, item in enumerate(user["liabilities"]):
        out.append((("liabilities", i, "liability"), "amount"))
        out.append((("liabilities", i, "proof", "nonce"), "hash"))
        out.append((("liabilities", i, "proof", "leaf_index"), "index"))
        for k in range(len(item["proof"]["witnesses"])):
            out.append((("liabilities", i, "proof", "witnesses", k, "digest"), "hash"))
            out.append((("liabilities", i, "proof", "witnesses", k, "liability"), "amount"))
    out.append((("user_id",), "text"))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), credential=st.sampled_from([None, "cred-b"]), nonce_field=st.sampled_from(["leaf-nonce", "digest"]))
def test_no_single_change_passes(tmp_path: Path, data: st.DataObject, credential: str | None, nonce_field: str) -> None:
    audit = built()
    user = audit.user_file("bob", nonce_field)
    changed = copy.deepcopy(user)
    loc, kind = data.draw(st.sampled_from(_sites(user)))
    target = changed
    for part in loc[:-1]:
        target = target[part]
    old = target[loc[-1]]
    if kind == "amount":
        new = str(Decimal(old) + data.draw(st.sampled_from([Decimal("0.001"), Decimal("1"), Decimal("-0.5")])))
    elif kind == "hash":
        new = other_hex_digit(old, data)
    elif kind == "index":
        new = data.draw(st.integers(0, 20).filter(lambda n: n != old))
    else:
        new = old + "x"
    target[loc[-1]] = new
    if nonce_field == "digest" and credential is None and loc[-1] == "user_id":
        return  # without the credential a Dec 2022 file's leaf does not involve the user id (leaf-not-recomputable)
    result = run(changed, audit.roots(), credential, tmp_path=tmp_path)
    assert result.verdict in ("fail", "error"), (loc, old, new)


def test_sniffer_takes_only_user_files(vectors: Path) -> None:
    assert sb.sniff(Source.from_path(vectors / "swissborg" / "userLiab_1.json"))
    assert not sb.sniff(Source.from_path(vectors / "swissborg" / "auditRoots_1.json"))
    assert not sb.sniff(Source.from_path(vectors / "okx" / "merkle_v1" / "merkle_proof_file.json"))


def test_malformed_file_is_an_error_naming_the_place(vectors: Path, tmp_path: Path) -> None:
    user = json.loads((vectors / "swissborg" / "userLiab_7.json").read_text())
    user["liabilities"][1]["proof"]["witnesses"][3]["liability"] = 5
    result = run(user, json.loads((vectors / "swissborg" / "auditRoots_6.json").read_text()), tmp_path=tmp_path)
    assert result.verdict == "error" and result.error is not None
    assert "liabilities[1].proof.witnesses[3].liability" in result.error.message


def test_paths_of_different_lengths_into_one_tree_are_flagged(tmp_path: Path) -> None:
    # One of two paths into the same 8-leaf tree loses its top witness: it cannot reach the root, and the uneven
    # depths are named as well.
    audit = Audit("SBPOL9", {"BTC": [("ann", "ca", "1"), ("ann", "ca", "2")] + [(f"x{k}", "c", "1") for k in range(6)]})
    user = audit.user_file("ann")
    user["liabilities"][1]["proof"]["witnesses"].pop()
    result = run(user, audit.roots(), tmp_path=tmp_path)
    assert result.verdict == "fail" and "unexpected-depth" in result.warning_codes()


def test_without_credential_a_dec_2022_file_says_the_user_id_is_not_verified(vectors: Path) -> None:
    """Found by the mutation test: a changed user_id passes (the 2022 leaf digest is taken from the file), so the
    result must say the user id it shows was not verified."""
    result = check(vectors, "userLiab_1.json")
    warning = next(w for w in result.warnings if w.code == "leaf-not-recomputable")
    assert "user id 20000f995b5305144c082ad3443bf4db is not verified" in str(warning.detail)
