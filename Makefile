# One task runner; CI calls `make check` unchanged (see .ci/run).
PY ?= python3
PIP ?= $(PY) -m pip
INDEX ?= jixiao-index
PORT ?= 8501
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: install system-deps install-python lint test eval-gate eval-suites eval-dev bench-smoke check run bench

system-deps:  ## chromium + CJK fonts for the browser test (Debian; needs root)
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	  && fc-list 2>/dev/null | grep -qi "Noto Color Emoji"; then \
	  echo "system packages present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && apt-get install -y -q chromium fonts-noto-cjk fonts-noto-color-emoji; \
	else \
	  echo "install chromium and fonts-noto-cjk with your package manager (root needed)"; exit 1; \
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
eval-suites:  ## blind suites of issue 9 (sample, held-out sample, synthetic); not yet part of `check`
	rm -rf $(SUITES) && mkdir -p $(SUITES)
	$(PY) -m eval.suites corpus $(SUITES)/synth-forms
	jixiao ingest index/sample --index $(SUITES)/sample-index
	jixiao ingest $(SUITES)/synth-forms --index $(SUITES)/synth-index
	status=0; \
	jixiao eval eval/suites/sample.jsonl --index $(SUITES)/sample-index --out $(SUITES)/sample \
	  --gates eval/gates-suite.yaml --no-naive || status=1; \
	jixiao eval eval/suites/sample_hidden.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden \
	  --gates eval/gates-suite.yaml --no-naive --redact || status=1; \
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

bench-smoke:  ## a small benchmark so the command cannot rot
	jixiao bench --forms 50 --rounds 2

check: install lint test eval-gate bench-smoke

run: install-python  ## the web chat on the bundled sample (ingested on first start)
	jixiao ui --index $(INDEX) --port $(PORT)

bench:
	jixiao bench --forms 50
