# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
DB := data/warehouse.duckdb
CORPUS ?= ../shared/corpora/bbc

NATIVE_STAMP := build/native/sources.sha256

.PHONY: run test test-fast check bench lock native clean

# Reinstall only when the lock or the project metadata changed.
$(INSTALLED): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(INSTALLED)

# The extractors' hot modules compiled with mypyc into build/native, one module per
# mypyc call (a multi-module build needs a shared runtime library beside the package).
# transforms/__init__.py imports the build only while every transforms/*.py still
# hashes to what it was built from, so an edited source is never shadowed by a stale
# build. A failed build only warns: pure Python gives the same rows, slower.
NATIVE_MODULES := figures quotes

$(NATIVE_STAMP): $(INSTALLED) $(wildcard transforms/*.py)
	rm -rf build/native build/mypyc && mkdir -p build/mypyc build/native/transforms
	cp -r transforms build/mypyc/
	@echo "compiling $(NATIVE_MODULES:%=transforms/%.py) with mypyc (log: build/mypyc/mypyc.log)"
	@cd build/mypyc && for module in $(NATIVE_MODULES); do \
		../../$(BIN)/mypyc --config-file ../../pyproject.toml transforms/$$module.py >> mypyc.log 2>&1 \
			&& mv transforms/*.so ../native/transforms/ || { failed=1; break; }; \
	done; \
	if [ -z "$$failed" ]; then sha256sum transforms/*.py > ../native/sources.sha256; \
	else rm -f ../native/transforms/*.so; echo "warning: mypyc build failed (see build/mypyc/mypyc.log); the extractors run as pure Python"; fi
	@touch $(NATIVE_STAMP)

native: $(NATIVE_STAMP)

run: $(NATIVE_STAMP)
	$(BIN)/wirehouse run data/sample --db $(DB)

test: $(NATIVE_STAMP)
	$(BIN)/python -m pytest

test-fast: $(NATIVE_STAMP)
	$(BIN)/python -m pytest -m "not slow and not server"

check: $(NATIVE_STAMP)
	$(BIN)/wirehouse check --db $(DB)

bench: $(NATIVE_STAMP)
	$(BIN)/python benchmarks/run_benchmarks.py --corpus $(CORPUS)

# Regenerate the lock from the current environment (after changing pyproject.toml).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) build .prefect data/*.duckdb data/*.duckdb.wal data/.staging data/dq_docs data/report
