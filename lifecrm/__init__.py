"""LifeCRM: who should I write to now, and what should I say?"""

from functools import cache


@cache
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lifecrm")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    """`lifecrm.__version__`, read from the installed metadata only when asked for: loading
    importlib.metadata cost every command a tenth of a second at start-up."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'lifecrm' has no attribute {name!r}")
