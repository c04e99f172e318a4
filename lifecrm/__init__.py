"""LifeCRM: who should I write to now, and what should I say?"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lifecrm")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
