# One task runner; CI calls `make check` unchanged (see .ci/run).
PY ?= python3
PIP ?= $(PY) -m pip
INDEX ?= jixiao-index
PORT ?= 8501
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: install system-deps install-python lint test eval-gate eval-suites eval-dev eval-dev2 bench-smoke check run bench bench-overview kill-trials

# chromium + CJK fonts for the browser test; LibreOffice and poppler make the Word/Excel/PDF/scan
# test fixtures; libGL and GLib are what OpenCV (the scan reader) loads.
APT_PACKAGES := chromium fonts-noto-cjk fonts-noto-color-emoji libreoffice-writer libreoffice-calc \
	poppler-utils libgl1 libglib2.0-0

system-deps:  ## system packages (Debian; needs root)
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	  && fc-list 2>/dev/null | grep -qi "Noto Color Emoji" && command -v soffice >/dev/null 2>&1 \
	  && command -v pdftoppm >/dev/null 2>&1 && ldconfig -p | grep -q "libGL.so.1" \
	  && ldconfig -p | grep -q "libglib-2.0.so.0"; then \
	  echo "system packages present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && apt-get install -y -q $(APT_PACKAGES); \
	else \
	  echo "install $(APT_PACKAGES) with your package manager (root needed)"; exit 1; \
	fi

install-python:  ## torch pinned first (CPU build), then the project with dev tools
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e ".[dev]"

install: system-deps install-python

lint:
	ruff check .
	ruff format --check .
	mypy

test:
	$(PY) -m pytest -q

eval-gate:  ## evaluation on the bundled corpus; fails when a gate fails
	jixiao ingest index/sample --index eval-index
	jixiao eval --index eval-index --out eval-out --gates eval/gates.yaml

SUITES ?= eval-suites-out
eval-suites:  ## blind suites of issue 9 (sample, synthetic: gated; held-out sample: redacted, tripwire gate)
	rm -rf $(SUITES) && mkdir -p $(SUITES)
	$(PY) -m eval.suites corpus $(SUITES)/synth-forms
	jixiao ingest index/sample --index $(SUITES)/sample-index
	jixiao ingest $(SUITES)/synth-forms --index $(SUITES)/synth-index
	status=0; \
	jixiao eval eval/suites/sample.jsonl --index $(SUITES)/sample-index --out $(SUITES)/sample \
	  --gates eval/gates-suite.yaml --no-naive || status=1; \
	jixiao eval eval/suites/sample_hidden.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden \
	  --gates eval/gates-hidden.yaml --no-naive --redact || status=1; \
	jixiao eval eval/suites/synth.jsonl --index $(SUITES)/synth-index --out $(SUITES)/synth \
	  --gates eval/gates-suite.yaml --no-naive || status=1; \
	exit $$status

DEV ?= eval-dev-out
eval-dev:  ## development suites (eval/suites/dev.py): wordings the parser was not tuned on; reports, no gates
	rm -rf $(DEV) && mkdir -p $(DEV)
	$(PY) -m eval.suites corpus $(DEV)/synth-forms
	jixiao ingest index/sample --index $(DEV)/sample-index
	jixiao ingest $(DEV)/synth-forms --index $(DEV)/synth-index
	jixiao eval eval/suites/dev_sample.jsonl --index $(DEV)/sample-index --out $(DEV)/sample --no-naive
	jixiao eval eval/suites/dev_synth.jsonl --index $(DEV)/synth-index --out $(DEV)/synth --no-naive

DEV2 ?= eval-dev2-out
eval-dev2:  ## third development suites (eval/suites/dev2.py): new people, yes/no, two-part, ties, exclusions, ellipsis; reports, no gates
	rm -rf $(DEV2) && mkdir -p $(DEV2)
	$(PY) -m eval.suites corpus $(DEV2)/synth-forms
	jixiao ingest index/sample --index $(DEV2)/sample-index
	jixiao ingest $(DEV2)/synth-forms --index $(DEV2)/synth-index
	jixiao eval eval/suites/dev2_sample.jsonl --index $(DEV2)/sample-index --out $(DEV2)/sample --no-naive
	jixiao eval eval/suites/dev2_synth.jsonl --index $(DEV2)/synth-index --out $(DEV2)/synth --no-naive

bench-smoke:  ## a small benchmark so the command cannot rot
	jixiao bench --forms 50 --rounds 2

check: install lint test eval-gate eval-suites bench-smoke

run: install-python  ## the web chat on the bundled sample (ingested on first start)
	jixiao ui --index $(INDEX) --port $(PORT)

bench:
	jixiao bench --forms 50

bench-overview:  ## the overview page's first paint in chromium at 10 and 100 forms (cold and warm)
	jixiao bench --forms 10 --overview --rounds 7
	jixiao bench --forms 100 --overview --rounds 7

kill-trials:  ## the kill-trial table: a replace-ingest killed at every step of its write
	$(PY) -m tests.store_trials --trials 5
