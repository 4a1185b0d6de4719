"""The Qt-free verifying core.

Everything that reads, checks and reports proofs lives here, and nothing here may import Qt: the desktop
app, the command line and the batch runner are thin faces over this package (a test guards the rule).

The entry point most callers want is :func:`verifier_gui.core.verify.verify_file`.
"""
