"""Smart Mirror engine: camera, frame loop, streaming and vision workers."""

from .contract import API_VERSION

__version__ = "0.5.0"
__all__ = ["API_VERSION", "__version__"]
