"""The PySide6 desktop app: thin faces on the Qt-free core.

``app.main`` is the ``reserve-verifier`` launcher; ``MainWindow`` is the one window; ``ResultView`` renders a
core ``Result``; ``worker.VerifyTask`` runs the core off the GUI thread. Nothing under ``verifier_gui.core``
may import from here.
"""
