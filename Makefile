# Smart Mirror: `make demo` runs the mirror, `make test` runs every check.
PYTHON ?= python3.13
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := mirror_frontend/node_modules/.installed
MODELS := .models
MODELS_STAMP := $(MODELS)/manifest.json
DEMO_PORT ?= 8099
DEMO_HA_PORT ?= 8123
export PYTHONPATH := $(CURDIR)/addon:$(CURDIR)

.PHONY: dev demo test lint typecheck pytest frontend frontend-check bench clean

# The development environment, from nothing: Python 3.13 venv, the engine's
# pinned requirements, face_recognition without its dlib source requirement,
# and the Home Assistant test pins.
$(STAMP): requirements_test.txt addon/requirements.txt addon/requirements-nodeps.txt
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "$(PYTHON) not found: install Python 3.13 (e.g. pyenv install 3.13)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet -r requirements_test.txt
	$(BIN)/python -m pip install --quiet --no-deps -r addon/requirements-nodeps.txt
	$(BIN)/python -c "import face_recognition, cv2, homeassistant"
	touch $@

# Browser tests: Debian's Chromium (no browser download) driven by playwright-core.
$(NODE_STAMP): mirror_frontend/package.json mirror_frontend/package-lock.json
	@command -v chromium >/dev/null 2>&1 || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }
	cd mirror_frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Analysis models: `npm pack` of the pinned @vladmandic/human, checksums
# verified, converted to ONNX by our own converter (no download at run time).
$(MODELS_STAMP): $(STAMP) addon/mirror_engine/models/manifest.py addon/mirror_engine/models/convert.py
	$(BIN)/python -m mirror_engine.models install --dir $(MODELS) --force

dev: $(STAMP) $(NODE_STAMP) $(MODELS_STAMP)

# The whole product: the engine on the demo clip, a local Home Assistant with
# the integration configured, the panel URL and demo credentials printed.
demo: dev
	$(BIN)/python tools/demo.py --data .demo --engine-port $(DEMO_PORT) --ha-port $(DEMO_HA_PORT)

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: dev
	$(BIN)/mypy

# The integration's coverage gate (the quality scale's Silver rule): >= 95%.
pytest: dev
	COVERAGE_CORE=sysmon $(BIN)/python -m pytest -p no:cacheprovider \
		--cov=custom_components/smart_mirror --cov-report=term-missing:skip-covered \
		--cov-fail-under=95

# The panel: its unit tests, its types, and the committed build is the build
# of the source (HACS installs custom_components/ as it is).
frontend: $(NODE_STAMP)
	cd mirror_frontend && npm run --silent build

frontend-check: $(NODE_STAMP)
	cd mirror_frontend && npm run --silent typecheck && npm run --silent test && npm run --silent check-build

test: lint typecheck frontend-check pytest

bench: dev
	$(BIN)/python bench/frame_loop.py
	$(BIN)/python bench/identity_eval.py
	$(BIN)/python bench/time_to_greet.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/info_providers.py
	$(BIN)/python bench/panel_transport.py
	$(BIN)/python bench/gestures.py

clean:
	rm -rf $(VENV) .demo .mypy_cache .ruff_cache
