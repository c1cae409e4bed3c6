"""``python -m mirror_engine``: start the engine from CLI flags, environment
variables (MIRROR_*) or the add-on's /data/options.json."""

from __future__ import annotations

import asyncio
import logging
import sys

from .config import ConfigError, load_config
from .pipeline.workers import load_factory
from .server import serve


def main(argv: list[str] | None = None) -> int:
    try:
        config = load_config(argv)
        for spec in config.workers:
            try:
                load_factory(spec)
            except ValueError as err:
                raise ConfigError("workers", str(err)) from None
    except ConfigError as err:
        print(f"mirror_engine: {err}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=config.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if config.role == "server":  # the household's people, no camera (mirror_engine.tier)
        from .tier.server import serve_household

        asyncio.run(serve_household(config))
        return 0
    asyncio.run(serve(config))
    return 0


if __name__ == "__main__":
    sys.exit(main())
