# Two commands do everything: `make run` (the job, on an embedded broker) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ARGS ?=

.PHONY: run test lint schemas bench clean

$(BIN)/sitrep: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	@touch $@

## run: replay seeds/ through an embedded broker and the worker; live alert table; Ctrl-C stops
run: $(BIN)/sitrep
	$(BIN)/sitrep run $(ARGS)

## test: the whole suite (unit + integration on a real Tansu broker), then lint and types
test: $(BIN)/sitrep
	$(BIN)/python -m pytest
	$(BIN)/ruff check schemas streams tests benchmarks
	$(BIN)/ruff format --check schemas streams tests benchmarks
	$(BIN)/mypy

lint: $(BIN)/sitrep
	$(BIN)/ruff check schemas streams tests benchmarks
	$(BIN)/ruff format --check schemas streams tests benchmarks
	$(BIN)/mypy

## schemas: re-export schemas/json/ after changing a model
schemas: $(BIN)/sitrep
	$(BIN)/python -m schemas.export

bench: $(BIN)/sitrep
	$(BIN)/python benchmarks/bench_extraction.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
