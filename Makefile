# The two set-up commands of the README: `make run` and `make test`.
# Both install what they need into .venv (Python packages) and, for system packages,
# through apt-get when it is there and they are missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: run test eval bench fuzz install clean

$(BIN)/kehoach: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	@touch $@

install: $(BIN)/kehoach

run: install
	$(BIN)/kehoach extract corpus/ -o $(OUT)/

test: install
	$(BIN)/kehoach gold check
	$(BIN)/python -m pytest

eval: install
	$(BIN)/kehoach gold check
	$(BIN)/kehoach extract corpus/ -o out-eval/ -q
	$(BIN)/kehoach evaluate --gold gold/ --pred out-eval/ --by-doc
	$(BIN)/python -m benchmarks.deadlines_vs_dateparser

bench: install
	$(BIN)/python -m benchmarks.throughput --sizes 100,1000,10000 --work bench-work

FUZZ_SECONDS ?= 600
fuzz: install
	$(BIN)/pip install --quiet -e '.[fuzz]'
	mkdir -p fuzz/findings
	cd fuzz/findings && ../../$(BIN)/python ../fuzz_pipeline.py ../seeds -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30

clean:
	rm -rf $(VENV) $(OUT) out-eval .pytest_cache bench-work
