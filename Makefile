# The two commands a fresh clone needs: `make run` and `make test`. Everything else they set up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run test lint format bench bundle bundle-smoke icons clean translations

$(STAMP): pyproject.toml scripts/ensure-system-deps.sh scripts/ensure-axe-core.sh
	./scripts/ensure-system-deps.sh
	./scripts/ensure-axe-core.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(STAMP)

setup: $(STAMP)

## Start the desktop app on the default database (an SQLite file in your user data folder).
run: setup
	$(BIN)/advisoryboard

## Lint, type-check, check the layering, and run the whole test suite (SQLite and PostgreSQL).
test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## Extract new strings into the .ts/.po catalogs (translations kept) and compile the .qm files.
translations: setup
	$(BIN)/python scripts/update_translations.py

## Speed and memory at ten-year scale (not part of `make test`). `make bench BENCH_ARGS=--quick` for a smoke run.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

## A one-folder desktop bundle in dist/AdvisoryBoard (PyInstaller, see build.spec).
bundle: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec

## Run the built bundle as an office PC would: every command, a headless print, the GUI offscreen.
bundle-smoke: setup
	$(BIN)/python scripts/bundle_smoke.py dist/AdvisoryBoard

## Re-render the icon files from resources/icons/advisoryboard.svg (commit the results).
icons: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/make_icons.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache
