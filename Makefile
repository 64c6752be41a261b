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

# The extractor packages (transforms/quotes, transforms/figures) compiled with mypyc
# into build/native, in one mypyc call: calls between their modules stay native.
# The runtime library they share is named as a module of the transforms package
# (transforms.extractors__mypyc), so it is importable wherever the compiled modules are.
# transforms/__init__.py imports the build only while every transforms/**/*.py still
# hashes to what it was built from, so an edited source is never shadowed by a stale
# build. A failed build only warns: pure Python gives the same rows, slower.
NATIVE_PACKAGES := transforms/quotes transforms/figures
TRANSFORMS_SOURCES := $(shell find transforms -name '*.py' -not -path '*/__pycache__/*')

$(NATIVE_STAMP): $(INSTALLED) $(TRANSFORMS_SOURCES)
	rm -rf build/native build/mypyc && mkdir -p build/mypyc build/native
	cp -r transforms build/mypyc/
	@echo "compiling $(NATIVE_PACKAGES) with mypyc (log: build/mypyc/mypyc.log)"
	@cd build/mypyc && ../../$(BIN)/python -c 'import sys; from setuptools import setup; from mypyc.build import mypycify; \
		setup(name="wirehouse-native", script_args=["build_ext", "--inplace"], \
		      ext_modules=mypycify(["--config-file", "../../pyproject.toml", *sys.argv[1:]], group_name="transforms.extractors"))' \
		$(NATIVE_PACKAGES) > mypyc.log 2>&1 \
		&& find transforms -name '*.so' -exec cp --parents {} ../native/ \; \
		&& sha256sum $$(find transforms -name '*.py' -not -path '*/__pycache__/*' | sort) > ../native/sources.sha256 \
		|| { rm -rf ../native/transforms; echo "warning: mypyc build failed (see build/mypyc/mypyc.log); the extractors run as pure Python"; }
	@touch $(NATIVE_STAMP)

native: $(NATIVE_STAMP)

run: $(NATIVE_STAMP)
	$(BIN)/wirehouse run data/sample --db $(DB)

# Two processes share the suite (its time is mostly subprocess runs' CPU). Tests marked `alone` run
# afterwards by themselves: another test's load would skew their timed stops, and another run would
# clear the /dev/shm leftovers they count. `--dist loadfile` keeps a module's fixtures (a built venv,
# a served site) in one process.
test: $(NATIVE_STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not alone"
	$(BIN)/python -m pytest -m alone

# The quick loop while editing: no corpus-scale, served or `alone` tests, two processes.
test-fast: $(NATIVE_STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -m "not slow and not server and not alone"

check: $(NATIVE_STAMP)
	$(BIN)/wirehouse check --db $(DB)

bench: $(NATIVE_STAMP)
	$(BIN)/python benchmarks/run_benchmarks.py --corpus $(CORPUS)

# Regenerate the lock from the current environment (after changing pyproject.toml).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e ' > requirements.lock

clean:
	rm -rf $(VENV) build .prefect data/*.duckdb data/*.duckdb.wal data/*.duckdb.lock data/.*.verified data/.staging data/dq_docs data/report
