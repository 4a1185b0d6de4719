"""Our hook for pydantic (takes precedence over the contributed one): pydantic 2 imports its public names lazily,
so every submodule is collected, except the pydantic.v1 compatibility package, which the app never uses and which
would drag in test tools (its hypothesis plugin). reserve_verifier.spec also excludes pydantic.v1."""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules(
    "pydantic", filter=lambda name: name != "pydantic.v1" and not name.startswith("pydantic.v1.")
)
