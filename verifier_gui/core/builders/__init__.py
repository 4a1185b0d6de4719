"""Tree builders: make complete snapshots (every leaf, every level) in an exchange's exact layout.

They make the bundled demo and give the tests trees of any shape beyond the published vectors. A builder
is written from the spec on its own (plain hashlib and Decimal), not from the verifier's code, so that
the two check each other.
"""
