"""Reserve Verifier: offline verification of exchanges' proof-of-reserves Merkle proofs."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("reserve-verifier")
except _metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
