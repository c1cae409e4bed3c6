"""The engine's HTTP, MJPEG and WebSocket API: one router per resource."""
