# The two commands of the README: `make demo` and `make test`. Each creates .venv with the
# package, its spaCy model and the test tools on first use, and reuses it afterwards.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.dyads-installed
EXAMPLE := examples/jiji-2017-08-19-us-japan-two-plus-two.txt

.PHONY: demo test bench venv

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dyads code $(EXAMPLE)

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/actors.py
