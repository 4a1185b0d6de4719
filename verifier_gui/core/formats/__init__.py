"""One module per format family: pydantic models, ``sniff()``, ``verify()`` and a ``SPEC`` for the registry."""
