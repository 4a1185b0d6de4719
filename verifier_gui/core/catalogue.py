"""The catalogue of warning codes: one short message and one line on why it matters, per code.

The codes are those of ``specs/weaknesses.md``; they are stable identifiers (``warnings[].code``). The
messages are for people and are translated by the app. Keep the two sentences plain: customers read them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    message: str
    why: str


WARNINGS: dict[str, Entry] = {
    "weak-binding-sum-only": Entry(
        "Parent hashes commit only to the sums of their children, not to each child's balance.",
        "An exchange can show different users different sibling balances and every proof still checks; "
        "only comparing many users' proofs (batch mode) can reveal it.",
    ),
    "negative-balance": Entry(
        "A leaf on the path has a negative balance.",
        "Negative accounts lower the total liabilities the exchange reports.",
    ),
    "negative-sum": Entry(
        "A subtree on the path has a negative sum.",
        "Somewhere below it an account is negative, which lowers the total liabilities reported.",
    ),
    "amount-overflow": Entry(
        "An amount is beyond the precision or range the format declares.",
        "Amounts outside the declared range can wrap around or be truncated when the exchange adds them.",
    ),
    "cross-asset-netting": Entry(
        "Debts in one asset can be offset by holdings in another.",
        "A user's debt in a major coin can be hidden behind holdings in an illiquid one.",
    ),
    "no-domain-separation": Entry(
        "Leaves and internal nodes are hashed the same way.",
        "An internal node could be presented as a leaf with a shorter path.",
    ),
    "unexpected-depth": Entry(
        "The path is longer or shorter than the tree's height.",
        "A path of the wrong length can prove an internal node instead of an account.",
    ),
    "duplicated-last-node": Entry(
        "At least one level pads an odd count by copying the last node with zero balances.",
        "This is the format's documented rule; many such steps on one path would be unusual.",
    ),
    "promoted-node": Entry(
        "At least one level has no sibling, and the node was moved up unchanged.",
        "Leaves then sit at different depths, which the path length alone does not reveal.",
    ),
    "empty-sibling": Entry(
        "At least one step hashes with an empty sibling.",
        "Empty siblings make different trees share a root.",
    ),
    "truncated-hash-64": Entry(
        "Hashes are cut to 64 bits.",
        "An exchange that chooses the salts can find two accounts with the same leaf in about 2^32 tries.",
    ),
    "truncated-hash-128": Entry(
        "Hashes are cut to 128 bits.",
        "Collisions need about 2^64 work: weaker than full SHA-256, still costly.",
    ),
    "identity-not-verifiable": Entry(
        "The proof cannot show that the leaf belongs to your account.",
        "The leaf is tied to a salt or id the exchange chose; two users with equal balances could be shown "
        "the same leaf.",
    ),
    "leaf-not-recomputable": Entry(
        "Your own leaf cannot be recomputed from your data; its hash is taken from the file.",
        "Whatever the file says your leaf is, the check can only show that this hash is in the tree.",
    ),
    "neighbour-data-exposed": Entry(
        "The file contains another customer's leaf data (their salt and balances).",
        "The exchange hands each user their neighbour's private balances.",
    ),
    "full-tree-published": Entry(
        "The exchange published the whole tree with every account's balances.",
        "Anyone can study all balances; split leaves can sometimes be matched back to accounts.",
    ),
    "unsalted-id": Entry(
        "The account id is hashed without a secret salt.",
        "Short ids can be found by trying them all, so the leaf can be linked to the account.",
    ),
    "root-from-file": Entry(
        "No published root was given, so the root written inside the proof file was used.",
        "Anyone who can edit the file can also edit its root: compare the root with the one on the "
        "exchange's proof-of-reserves page.",
    ),
    "known-empty-root": Entry(
        "The root is the root of an empty tree.",
        "An empty tree holds no accounts at all.",
    ),
    "no-separators": Entry(
        "Fields are concatenated with no separators before hashing.",
        "In principle value can move between fields (\"1\"+\"23\" and \"12\"+\"3\" hash alike).",
    ),
    "non-canonical-amount": Entry(
        "An amount is not written the way the exchange's software writes it.",
        "The exact text is hashed, so an unusual spelling of a number is a sign the file was edited by hand.",
    ),
    "variant-matched": Entry(
        "The format has several known variants; the one named in the result matched.",
        "The variant tells which release of the exchange's tool produced the file.",
    ),
    "no-liability-totals": Entry(
        "The tree carries no balance sums, so the total liabilities cannot be checked from it.",
        "The totals rest on the auditor's report alone.",
    ),
    "totals-not-compared": Entry(
        "The root's totals were recomputed but not compared with totals the exchange published.",
        "Compare the totals shown here with the liabilities on the exchange's proof-of-reserves page.",
    ),
    "selective-serving": Entry(
        "One proof cannot show that every customer was given a proof from the same tree.",
        "Share your receipt: many users checking together makes selective proofs detectable.",
    ),
    "zk-field-overflow": Entry(
        "Sums inside the zero-knowledge circuit could overflow the field.",
        "Reserved: shown when a circuit's range checks are known to be missing.",
    ),
    "per-asset-not-bound": Entry(
        "The hash binds only the sum of your assets, not each asset's amount.",
        "The per-asset amounts shown are not cryptographically verified.",
    ),
    "sign-not-bound": Entry(
        "Balances are hashed without their sign.",
        "A debt and a holding of the same size give the same hash.",
    ),
    "zk-proof-not-verified": Entry(
        "The zero-knowledge batch proofs were not verified.",
        "Your inclusion is proven; that the totals are correct sums of non-negative accounts rests on those "
        "proofs.",
    ),
    "trusted-setup-single-party": Entry(
        "The proof system's trusted setup was run by the exchange alone.",
        "Whoever ran the setup could in principle forge proofs.",
    ),
    "asset-count-guessed": Entry(
        "The number of assets is not in the file; it was found by trying.",
        "Give the snapshot's asset list to check it against the published configuration.",
    ),
    "asset-data-missing": Entry(
        "No asset list was given, so asset names, prices and units are missing.",
        "Give the snapshot's asset list to see names and to cross-check the totals.",
    ),
    "unit-scale-unknown": Entry(
        "The amounts are integers whose unit is not documented.",
        "Raw values are shown as they are.",
    ),
    "prices-unattested": Entry(
        "The prices used for the totals are supplied by the exchange and not proven.",
        "The proof checks sums at those prices, not that the prices are right.",
    ),
    "negative-accounts-excluded": Entry(
        "Accounts with negative net equity were left out of the tree.",
        "Their positive balances are then missing from the asset totals.",
    ),
    "aggregated-asset-label": Entry(
        "Some asset names stand for several tokens added together.",
        "For example a \"USDT\" balance may include staked or wrapped variants.",
    ),
    "own-leaves-not-checked": Entry(
        "Your own leaves were not looked for: the key that finds them was not given.",
        "The check shows that the published tree adds up, not that your balance is in it.",
    ),
    "official-tool-differs": Entry(
        "The exchange's own verifier would give a different answer for this file.",
        "This app recomputes what that tool skips; the difference is explained in the checks.",
    ),
    # Batch findings (auditor mode): things only many proofs together reveal.
    "conflicting-node-values": Entry(
        "One node appears with different values in different proofs.",
        "This is the signature of a forged sum tree.",
    ),
    "duplicate-leaf": Entry(
        "One leaf is shown to two different accounts.",
        "Two customers are being counted once.",
    ),
    "reused-nonce": Entry(
        "One salt is used by two different accounts.",
        "Salts are meant to be unique; reuse lets leaves be shared.",
    ),
    "mixed-roots": Entry(
        "The files of this batch lead to more than one root.",
        "They do not all belong to one published snapshot; check each group against its own root.",
    ),
    "mixed-audit-ids": Entry(
        "The files of this batch name more than one audit.",
        "Files from different audits cannot be compared node by node.",
    ),
    "mixed-formats": Entry(
        "The files of this batch are of more than one format.",
        "One snapshot is published in one format; files of another are from another audit or exchange.",
    ),
}


def warning_message(code: str) -> str:
    """The English message for a code; an unknown code is a programming error."""
    return WARNINGS[code].message


def warning_why(code: str) -> str:
    return WARNINGS[code].why


#: Every ``error.code`` the core can give, with what it means in general and what the user can do. The result's
#: own message says what happened in this file; these are for the README, the app's "what does this mean" line
#: and translators. tests/test_catalogue.py checks that every code the core raises is here.
ERRORS: dict[str, Entry] = {
    "file-not-found": Entry("The file does not exist.", "Check the name and folder, then choose the file again."),
    "not-a-file": Entry("The path names a folder or a device, not a file.", "Choose the proof file itself."),
    "file-unreadable": Entry(
        "The file could not be read.", "Check that you may read it and that the disk is working."
    ),
    "file-too-large": Entry(
        "The file is larger than any real proof of its kind.",
        "A proof of one account is a few kilobytes; check that this is the right file.",
    ),
    "not-text": Entry("The file is not text (UTF-8).", "Proof files are text; this may be a different kind of file."),
    "not-json": Entry("The file is not valid JSON.", "The file may be cut short or edited; download it again."),
    "duplicate-key": Entry(
        "A JSON object names the same field twice.",
        "Programs disagree on which copy counts, so such a file could show different values to different tools.",
    ),
    "nesting-too-deep": Entry(
        "The file nests deeper than any real proof.", "Real proofs nest a few levels; this file is not one."
    ),
    "number-too-long": Entry(
        "A number in the file is longer than any real amount.", "Real amounts have well under 40 digits."
    ),
    "path-too-long": Entry(
        "The proof's path has more steps than any real tree has levels.",
        "Real paths have at most a few dozen steps; this file is damaged or not a proof.",
    ),
    "too-many-assets": Entry(
        "The file names more assets than any exchange lists.",
        "Real proofs name at most a few hundred assets; this file is damaged or not a proof.",
    ),
    "invalid-proof": Entry(
        "A field of the proof is missing, of the wrong kind or out of range.",
        "The message names the field; the file may be damaged or edited.",
    ),
    "invalid-tree": Entry(
        "The tree file does not have the expected layout.",
        "The message names the line; check that it is the exchange's full tree for this snapshot.",
    ),
    "invalid-path": Entry(
        "The typed path is not in the expected form.", "Copy the path again from the audit page."
    ),
    "invalid-user-record": Entry(
        "The values typed for your account are not in the expected form.",
        "Copy them again from the exchange's page.",
    ),
    "no-proof-json": Entry(
        "No proof object was found in the pasted text.", "Paste the whole text the exchange's page shows."
    ),
    "unsupported-proof": Entry(
        "This proof uses a feature the app does not support yet.", "The message says which one."
    ),
    "bad-root": Entry(
        "The published root is not a hash, or no root was found in the file given for it.",
        "Paste the root exactly as the exchange's page shows it, or choose the file the exchange publishes.",
    ),
    "root-required": Entry(
        "This format has no root inside the file, so the published root must be given.",
        "Paste the root from the exchange's proof-of-reserves page.",
    ),
    "tree-file-needed": Entry(
        "This format needs the exchange's full tree file as well.", "Choose the tree file for the same snapshot."
    ),
    "unexpected-tree": Entry(
        "A tree file was given for a format that has none.", "Remove the tree file, or check the proof file."
    ),
    "unknown-format": Entry(
        "The file is not one of the supported proof formats.",
        "Check that it is the proof file; `reserve-verify formats` lists what is supported.",
    ),
    "unknown-format-id": Entry("The chosen format id is not supported.", "Choose a format from the list."),
    "ambiguous-format": Entry(
        "The file fits more than one format.", "Choose the exchange and format it came from."
    ),
    "audit-roots-required": Entry(
        "This format needs the audit's published roots file.",
        "Give the roots file of the same audit as the published root (--root).",
    ),
    "bad-assets": Entry(
        "The asset list or configuration given is not of the kind this format uses.",
        "Give the asset list or configuration published with the same snapshot.",
    ),
    "invalid-assets": Entry(
        "The asset list or configuration is damaged or not in the expected form.",
        "The message names the row or field; download it again from the exchange.",
    ),
    "bad-secret": Entry(
        "A secret value given (credential, nonce or key) is not in the expected form.",
        "Copy it again exactly as the exchange shows it.",
    ),
    "invalid-snapshot": Entry(
        "The snapshot bundle or batch table is damaged or not in the expected form.",
        "The message names the row or file; download the bundle again.",
    ),
    "unsafe-archive": Entry(
        "The archive holds paths, links or sizes no honest bundle has.",
        "It was not unpacked; ask the exchange for a clean copy.",
    ),
    "zk-field-overflow": Entry(
        "A value is too large for the field the zero-knowledge proof works in.",
        "No real proof holds such a value; the file was made or edited by hand.",
    ),
    "cancelled": Entry("The verification was cancelled before it finished.", "Nothing was concluded; run it again."),
    "internal-error": Entry(
        "The verifier hit an internal error.",
        "Nothing was concluded. Please report it, with the file's format (not the file itself).",
    ),
}


def error_meaning(code: str) -> Entry | None:
    """What an error code means, or None for a code not in the catalogue (a test keeps that from happening)."""
    return ERRORS.get(code)
