"""Smart Mirror engine: camera, frame loop, streaming and vision workers."""

__version__ = "0.5.0"
API_VERSION = 1
