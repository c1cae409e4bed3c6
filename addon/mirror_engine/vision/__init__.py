"""Vision services that run in worker threads (never in the frame loop)."""
