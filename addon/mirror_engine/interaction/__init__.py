"""How people drive the mirror: commands from touch, voice and gestures."""
