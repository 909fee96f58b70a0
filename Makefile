# The two commands of the README: `make run` and `make test`. Both build .venv on first use
# and rebuild it whenever pyproject.toml changes (the stamp file tracks that).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench quality clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,tracing]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/sovereign-guard serve

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check sovereign_guard tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/detect.py
	$(BIN)/python benchmarks/conversation.py
	$(BIN)/python benchmarks/proxy.py

quality: $(STAMP)
	$(BIN)/python benchmarks/quality.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
