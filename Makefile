# Smart Mirror: `make demo` runs the mirror, `make test` runs every check.
PYTHON ?= python3.13
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := mirror_frontend/node_modules/.installed
# the repository's two source roots (addon/ for mirror_engine, . for devkit,
# bench, tools and tests) in the venv, as an editable install registers them
PATHS := $(VENV)/.paths
MODELS := .models
MODELS_STAMP := $(MODELS)/manifest.json
DEMO_PORT ?= 8099
DEMO_HA_PORT ?= 8123
export PYTHONPATH := $(CURDIR)/addon:$(CURDIR)
# The current Home Assistant (2026.11, Python 3.14) lives in a Debian root of
# its own (this machine's Python is 3.13): tools/ha_current/.
HA_CURRENT_ROOT ?= $(CURDIR)/.cache/ha-current/root
HA_CURRENT_STAMP := $(HA_CURRENT_ROOT)/opt/ha/.installed
HA_RUN := $(CURDIR)/tools/ha_current/run $(HA_CURRENT_ROOT)
# pytest on 2026.11: its test plugin (built for 2026.10) loaded after our shim
CURRENT_PYTEST := SMART_MIRROR_ENGINE_PYTHON=$(CURDIR)/$(BIN)/python $(HA_RUN) \
	/opt/ha/bin/python -m pytest -p no:cacheprovider -p tests.ha_current \
	-p no:homeassistant -p pytest_homeassistant_custom_component.plugins
# 2026.11's hass, for the harness that starts a real Home Assistant
CURRENT_HASS := SMART_MIRROR_HASS="$(HA_RUN) /opt/ha/bin/hass"

.PHONY: dev demo demo-current test test-loaded test-fast contract lint typecheck typecheck-current pytest pytest-current \
	ha-current addon-check frontend frontend-check bench clean

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

$(PATHS): $(STAMP)
	printf '%s\n%s\n' "$(CURDIR)/addon" "$(CURDIR)" > \
		"$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/smart_mirror_dev.pth"
	touch $@

dev: $(STAMP) $(PATHS) $(NODE_STAMP) $(MODELS_STAMP)

# The current release's root and venv (debootstrap from Debian's archive, pip):
# built once, rebuilt when its recipe changes.
$(HA_CURRENT_STAMP): requirements_current.txt custom_components/smart_mirror/manifest.json \
		tools/ha_current/build-root tools/ha_current/install tools/ha_current/component_requirements.py
	tools/ha_current/install $(HA_CURRENT_ROOT)
	touch $@

ha-current: $(HA_CURRENT_STAMP)

# The whole product: the engine on the demo clip, a local Home Assistant with
# the integration configured, the panel URL and demo credentials printed.
demo: dev
	$(BIN)/python tools/demo.py --data .demo --engine-port $(DEMO_PORT) --ha-port $(DEMO_HA_PORT)

# The same on the current Home Assistant release
demo-current: dev ha-current
	$(CURRENT_HASS) $(BIN)/python tools/demo.py --data .demo-current \
		--engine-port $(DEMO_PORT) --ha-port $(DEMO_HA_PORT)

lint: dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: dev
	$(BIN)/mypy

# The integration against 2026.11's types (with its llm platform, which 2025.4 lacks)
typecheck-current: ha-current
	$(HA_RUN) env MYPYPATH=tools/ha_current/stubs /opt/ha/bin/mypy --python-version 3.14 \
		custom_components \
		custom_components/smart_mirror/llm.py

# The integration's coverage gate (the quality scale's Silver rule): >= 95%.
pytest: dev
	COVERAGE_CORE=sysmon $(BIN)/python -m pytest -p no:cacheprovider \
		--cov=custom_components/smart_mirror --cov-report=term-missing:skip-covered \
		--cov-fail-under=95

# The current release: the integration tests in its Python 3.14 (the engine
# from this venv), the panel's end-to-end tests against its real hass
pytest-current: dev ha-current
	COVERAGE_CORE=sysmon $(CURRENT_PYTEST) tests/fast tests/integration \
		--cov=custom_components/smart_mirror --cov-report=term-missing:skip-covered \
		--cov-fail-under=95
	$(CURRENT_HASS) $(BIN)/python -m pytest -p no:cacheprovider tests/panel

# The panel: its lint (eslint, prettier), its types, its unit tests, and the
# committed build is the build of the source (HACS installs custom_components/
# as it is).
frontend: $(NODE_STAMP)
	cd mirror_frontend && npm run --silent build

frontend-check: $(NODE_STAMP)
	cd mirror_frontend && npm run --silent lint && npm run --silent format:check && \
		npm run --silent typecheck && npm run --silent test && npm run --silent check-build

test: lint typecheck typecheck-current frontend-check pytest pytest-current addon-check

# The same on a busy box: a CPU hog spins on one of the two cores meanwhile
test-loaded:
	tools/with_cpu_hog $(MAKE) test

# The fast tier, in seconds: the integration on the recorded fake engine, the
# contract and the hassfest rules (no camera, models, clip or browser needed)
test-fast: $(STAMP) $(PATHS)
	$(BIN)/python -m pytest -p no:cacheprovider -q tests/fast tests/test_contract.py tests/test_hassfest.py

# The contract's copies (the integration's and the panel's), from addon/mirror_engine/contract.py
contract: $(STAMP)
	$(BIN)/python -m tools.contract

# The add-on image without Docker: the Dockerfile replayed in a Debian bookworm
# root, run.sh answering /api/health, wheels for every arch (tools/addon_image_check)
addon-check: dev
	tools/addon_image_check

bench: dev
	$(BIN)/python bench/frame_loop.py
	$(BIN)/python bench/identity_eval.py
	$(BIN)/python bench/time_to_greet.py
	$(BIN)/python bench/analysis.py
	$(BIN)/python bench/info_providers.py
	$(BIN)/python bench/panel_transport.py
	$(BIN)/python bench/gestures.py

clean:
	rm -rf $(VENV) .demo .demo-current .mypy_cache .ruff_cache .cache
