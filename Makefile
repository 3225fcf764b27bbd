# Parley: `make run` serves the demo, `make test` runs the suite. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
QUOTES ?= 100000
INSTALLED := $(VENV)/.installed

.PHONY: install engine run test worker beat lint format clean bench bench-extraction

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall only when the pinned requirements change.
$(INSTALLED): requirements-dev.lock requirements-build.lock requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.lock
	touch $(INSTALLED)

# axe-core, pinned in package-lock.json, for the browser test that checks pages' accessibility:
# only `make test` needs it. Without npm the tests go on and that one skips, saying how to provide it.
NPM := $(shell command -v npm 2>/dev/null)
NODE_INSTALLED := node_modules/.installed

$(NODE_INSTALLED): package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_INSTALLED)

install: $(INSTALLED)

# The extraction engine compiled with mypyc (about twice as fast), rebuilt when its sources
# change; until then the engine runs from its sources (positions/extraction/native.py).
ENGINE_SOURCES := $(filter-out %/__init__.py %/native.py,$(wildcard positions/extraction/*.py))
ENGINE := build/engine/manifest.json

$(ENGINE): $(ENGINE_SOURCES) $(INSTALLED)
	$(BIN)/python -m devtools.compile_engine

engine: $(ENGINE)

run: install engine
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py create_demo_user
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# Tests run with development settings even against PostgreSQL (no HTTPS redirects, no
# production secret needed); pytest-django still turns DEBUG off inside each test.
test: install engine $(if $(NPM),$(NODE_INSTALLED))
	DEBUG=$${DEBUG:-True} $(BIN)/python -m pytest

worker: install engine
	$(BIN)/celery -A config worker --loglevel=INFO

beat: install
	$(BIN)/celery -A config beat --loglevel=INFO

# Fills the PostgreSQL database DATABASE_URL names with synthetic data and times every page.
bench: install
	$(BIN)/python manage.py bench --quotes $(QUOTES)

# Times quote extraction on one core against its target (200 articles of 5 KB a second).
bench-extraction: install engine
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py bench_extraction

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-logo

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) node_modules build db.sqlite3 staticfiles .pytest_cache .ruff_cache .hypothesis .import_linter_cache
