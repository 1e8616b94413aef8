# The two set-up commands of the README: `make run` and `make test`.
# Both install what they need into .venv (Python packages) and, for system packages,
# through apt-get when it is there and they are missing.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
OUT    ?= out

.PHONY: run test eval bench fuzz install system test-system clean train bench-model

# `make` alone installs: .venv/ with kehoach in it (then .venv/bin/kehoach, or source .venv/bin/activate)
.DEFAULT_GOAL := install

# Debian packages for scanned pages (Tesseract and its Vietnamese model), Word 97 .doc files
# (LibreOffice, which keeps each run's font, with antiword as the fallback) and PowerPoint 97
# .ppt files (LibreOffice Impress); installed with apt-get when missing, as root or through sudo.
system:
	@missing=""; \
	command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr"; \
	tesseract --list-langs 2>/dev/null | grep -qx vie || missing="$$missing tesseract-ocr-vie"; \
	command -v antiword >/dev/null 2>&1 || missing="$$missing antiword"; \
	command -v soffice >/dev/null 2>&1 || missing="$$missing libreoffice-writer-nogui libreoffice-impress-nogui"; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1; then \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	    echo "installing:$$missing"; \
	    $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else echo "warning: install$$missing to read scans, .doc and .ppt files" >&2; fi; \
	fi

$(BIN)/kehoach: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	@touch $@

install: $(BIN)/kehoach system

# The evidence viewer's test drives Debian's chromium (headless) through Playwright.
test-system:
	@command -v chromium >/dev/null 2>&1 || { \
	  if command -v apt-get >/dev/null 2>&1; then \
	    sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; echo "installing: chromium"; \
	    $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null; \
	  else echo "warning: install chromium for the report's browser test" >&2; fi; }

# The main job: every plan of the corpus extracted, the seed plans' propaganda and training
# commitments lined up (compare/charts/overview.png: four indicators, each set by plans of three
# provinces — Thanh Hóa, Hòa Bình, Lạng Sơn), and the evidence viewer.
run: install
	$(BIN)/kehoach extract corpus/ -o $(OUT)/
	$(BIN)/kehoach compare $(OUT)/ -o $(OUT)/compare -i localities_with_propaganda -i staff_trained \
	  -i students_reached -i establishments_inspected
	$(BIN)/kehoach report $(OUT)/ -o $(OUT)/report

test: install test-system
	$(BIN)/kehoach gold check
	$(BIN)/python -m pytest

eval: install
	$(BIN)/kehoach gold check
	$(BIN)/kehoach extract corpus/ -o out-eval/ -q
	$(BIN)/kehoach evaluate --gold gold/ --pred out-eval/ --split test --by-doc
	$(BIN)/kehoach evaluate --gold gold/ --pred out-eval/ --split dev --by-doc
	$(BIN)/python -m benchmarks.deadlines_vs_dateparser

bench: install
	$(BIN)/python -m benchmarks.throughput --sizes 100,1000,10000 --work bench-work
	$(BIN)/python -m benchmarks.legacy_encodings
	$(BIN)/python -m benchmarks.ocr --work bench-work/ocr

# The statistical extractors (pipeline/statistical.py): a spaCy span categoriser and a duty-clause
# classifier trained on the gold dev split plus the rules' surest output over SILVER (never a
# test file), written to pipeline/trained/; then rules, model and merged scored on the gold, test split first.
SILVER ?= /work/shared/corpus-real
train: install
	nice -n 10 $(BIN)/python -m pipeline.train --gold gold --silver $(SILVER) --n-silver 60 --epochs 6 --cv

bench-model: install
	$(BIN)/python -m benchmarks.model_vs_rules --write-meta

FUZZ_SECONDS ?= 600
fuzz: install
	$(BIN)/pip install --quiet -e '.[fuzz]'
	mkdir -p fuzz/findings
	cd fuzz/findings && ../../$(BIN)/python ../fuzz_pipeline.py ../seeds -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 -timeout=30

clean:
	rm -rf $(VENV) $(OUT) out-eval .pytest_cache bench-work
