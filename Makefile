# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DB := data/warehouse.duckdb
CORPUS ?= ../shared/corpora/bbc

.PHONY: run test test-fast check bench lock clean

# Reinstall only when the lock or the project metadata changed.
$(INSTALLED): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(INSTALLED)

run: $(INSTALLED)
	$(BIN)/wirehouse run data/sample --db $(DB)

test: $(INSTALLED)
	$(BIN)/python -m pytest

test-fast: $(INSTALLED)
	$(BIN)/python -m pytest -m "not slow and not server"

check: $(INSTALLED)
	$(BIN)/wirehouse check --db $(DB)

bench: $(INSTALLED)
	$(BIN)/python benchmarks/run_benchmarks.py --corpus $(CORPUS)

# Regenerate the lock from the current environment (after changing pyproject.toml).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) .prefect data/*.duckdb data/*.duckdb.wal data/.staging data/dq_docs
