# The two commands of the README: `make demo` and `make test`. `make demo` creates .venv with
# the package and its spaCy model on first use; `make test` adds the test and build tools
# (pytest, ruff, Dask, ...). Both reuse .venv afterwards.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.dyads-installed
DEV_STAMP := $(VENV)/.dyads-dev-installed
EXAMPLE := examples/jiji-2017-08-19-us-japan-two-plus-two.txt

.PHONY: demo test bench venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(DEV_STAMP)

demo: $(STAMP)
	$(BIN)/dyads code $(EXAMPLE)

test: $(DEV_STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/actors.py
