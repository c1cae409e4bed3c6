#!/bin/sh
# Start the engine with the options the Supervisor wrote to /data/options.json.
# The container always listens on 8099; the host port is mapped in config.yaml.
set -e
cd /opt/mirror
exec python3 -m mirror_engine --options /data/options.json \
    --host 0.0.0.0 --port 8099 --data-dir /data --models-dir /opt/mirror/models
