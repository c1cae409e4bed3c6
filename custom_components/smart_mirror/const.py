"""Constants of the Smart Mirror integration."""

DOMAIN = "smart_mirror"
DEFAULT_ENGINE_PORT = 8099
