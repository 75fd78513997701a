# TrustJournal's one task runner. `make help` lists the tasks; CONTRIBUTING.md says why
# make (it is already on every Linux and macOS machine and on CI: nothing to install).
#
# Every task uses the project's own virtual environment, made on first use from
# pyproject.toml's test extras (and made again when pyproject.toml changes), so the
# tools and their versions are the ones the suite itself runs.

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.installed
# Extra pytest arguments, e.g. `make test-fast ARGS="tests/ui/test_locking.py -x"`.
ARGS ?=
# `make bench BENCH=timeline` runs benchmarks/bench_timeline.py; BENCH_ARGS go to it.
BENCH ?= core
BENCH_ARGS ?=
# `make build TARGET=folder` builds one thing (folder, deb, archive); all by default.
TARGET ?= all
# The quick house-rule tests (the rest of tests/house/ runs mypy, ruff and builds).
HOUSE_TESTS := tests/house/test_architecture.py tests/house/test_words.py tests/house/test_one_writer.py
# The largest screen any screenshot script asks for (the journal at 1920x1080).
XVFB_SCREEN := 1920x1080x24

.DEFAULT_GOAL := help
.PHONY: help setup test test-fast house lint format typecheck bench screenshots build run clean

help: ## List the tasks.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

$(READY): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]'
	@touch $@

setup: $(READY) ## Make .venv with the app and its test extras (the other tasks do this first).

test: $(READY) ## The whole suite, as CI runs it (coverage floor included; long).
	$(PY) -m pytest $(ARGS)

test-fast: $(READY) ## Everything not marked slow, without coverage (the floor is for whole runs).
	$(PY) -m pytest -m "not slow" --no-cov $(ARGS)

house: $(READY) ## The house-rule tests only (seconds; the pre-commit hook runs this).
	$(PY) -m pytest -q --no-cov -p no:cacheprovider -m "not slow" $(HOUSE_TESTS)

lint: $(READY) ## ruff check and ruff format --check over the whole repository.
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(READY) ## Let ruff fix what it can and format every file.
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

typecheck: $(READY) ## mypy with pyproject.toml's settings (strict on core and cli).
	$(VENV)/bin/mypy

bench: $(READY) ## One benchmark: BENCH=core (default), timeline, export, import, vault, ...
	$(PY) benchmarks/bench_$(BENCH).py $(BENCH_ARGS)

screenshots: $(READY) ## Every tools/screenshots*.py, under xvfb-run when it is installed.
	@set -e; for script in tools/screenshots*.py; do \
		echo "$$script"; \
		if command -v xvfb-run >/dev/null 2>&1; then \
			xvfb-run -a -s '-screen 0 $(XVFB_SCREEN)' $(PY) $$script; \
		else \
			$(PY) $$script; \
		fi; \
	done

build: $(READY) ## packaging/build.py: the standalone folder, .deb and .tar.gz in dist/.
	$(PY) packaging/build.py $(TARGET)

run: $(READY) ## Start the app (TRUSTJOURNAL_DATA_DIR chooses the journal folder).
	$(VENV)/bin/trustjournal

clean: ## Remove build output and tool caches (never .venv or benchmarks/out).
	rm -rf build dist .mypy_cache .ruff_cache .pytest_cache .hypothesis .coverage .coverage.*
