# One task runner; CI calls `make check` unchanged (see .ci/run).
# Everything installs into and runs from a project virtual environment (.venv), made with the
# first Python >= 3.11 found, so a stock Debian/Ubuntu python3 ("externally managed") works and
# nothing lands in the system's or the user's site-packages. PYTHON=/path/to/python3 picks one.
VENV ?= .venv
ifeq ($(origin PYTHON), undefined)
PYTHON := $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { command -v $$p; break; }; done)
endif
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
export PATH := $(abspath $(VENV))/bin:$(PATH)
export VIRTUAL_ENV := $(abspath $(VENV))
INDEX ?= jixiao-index
PORT ?= 8501
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: venv install system-deps install-python lint test eval-gate eval-suites eval-dev eval-dev2 eval-dev3 eval-free eval-free2 eval-free3 eval-free4 eval-free5 eval-free6 eval-free7 eval-free8 eval-free9 eval-free10 eval-free11 eval-free12 eval-free13 eval-free14 eval-free15 eval-free16 bench-smoke check run bench bench-overview kill-trials

# chromium + CJK fonts for the browser test; LibreOffice and poppler make the Word/Excel/PDF/scan
# test fixtures; libGL and GLib are what OpenCV (the scan reader) loads; postgresql is the shared
# store the deployment tests start; python3-venv makes .venv on Debian's python3.
APT_PACKAGES := chromium fonts-noto-cjk fonts-noto-color-emoji libreoffice-writer libreoffice-calc \
	poppler-utils libgl1 libglib2.0-0 postgresql python3-venv

system-deps:  ## system packages (Debian; needs root)
	@if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" \
	  && fc-list 2>/dev/null | grep -qi "Noto Color Emoji" && command -v soffice >/dev/null 2>&1 \
	  && command -v pdftoppm >/dev/null 2>&1 && ldconfig -p | grep -q "libGL.so.1" \
	  && ldconfig -p | grep -q "libglib-2.0.so.0" && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
	  && { ! command -v dpkg >/dev/null 2>&1 || dpkg -s python3-venv >/dev/null 2>&1; }; then \
	  echo "system packages present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && apt-get install -y -q $(APT_PACKAGES); \
	else \
	  echo "install $(APT_PACKAGES) with your package manager (root needed)"; exit 1; \
	fi

venv:  ## make (or keep) .venv with $(PYTHON); python3-venv comes from apt when missing and root
	@if ! $(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then \
	  test -n "$(PYTHON)" || { echo "no Python >= 3.11 found: install python3 (3.11 or newer) or set PYTHON=" >&2; exit 1; }; \
	  rm -rf $(VENV); \
	  if ! $(PYTHON) -m venv $(VENV) >/dev/null 2>&1; then \
	    rm -rf $(VENV); \
	    if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	      ver=$$($(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	      apt-get update -q && { apt-get install -y -q python3-venv "python$$ver-venv" || apt-get install -y -q python3-venv; }; \
	      $(PYTHON) -m venv $(VENV) || exit 1; \
	    else \
	      echo "$(PYTHON) cannot make a virtual environment: install python3-venv (apt-get install python3-venv)" >&2; exit 1; \
	    fi; \
	  fi; \
	  echo "made $(VENV) with $(PYTHON)"; \
	fi

# pip keeps no cache (the wheels would be stored twice); a failed install says how much room the
# disk has, since a full disk is the usual cause on a small machine (.venv takes about 3 GB).
PIP_INSTALL := $(PIP) install -q --no-cache-dir
NO_ROOM := { echo "pip install failed; .venv needs about 3 GB free, and pip unpacks into $${TMPDIR:-/tmp}:" >&2; \
	df -h . "$${TMPDIR:-/tmp}" >&2; exit 1; }

install-python: venv  ## torch pinned first (CPU build), then the project with dev tools, into .venv
	$(PIP_INSTALL) torch==2.13.0 || $(NO_ROOM)
	$(PIP_INSTALL) -e ".[dev]" || $(NO_ROOM)

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
eval-suites:  ## blind suites of issue 9 (sample, synthetic: gated; held-out sample, second, third and fourth held-out samples: redacted, tripwire gate)
	rm -rf $(SUITES) && mkdir -p $(SUITES)
	$(PY) -m eval.suites corpus $(SUITES)/synth-forms
	jixiao ingest index/sample --index $(SUITES)/sample-index
	jixiao ingest $(SUITES)/synth-forms --index $(SUITES)/synth-index
	status=0; \
	jixiao eval eval/suites/sample.jsonl --index $(SUITES)/sample-index --out $(SUITES)/sample \
	  --gates eval/gates-suite.yaml --no-naive || status=1; \
	jixiao eval eval/suites/sample_hidden.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden \
	  --gates eval/gates-hidden.yaml --no-naive --redact || status=1; \
	jixiao eval eval/suites/sample_hidden2.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden2 \
	  --gates eval/gates-hidden.yaml --no-naive --redact || status=1; \
	jixiao eval eval/suites/sample_hidden3.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden3 \
	  --gates eval/gates-hidden.yaml --no-naive --redact || status=1; \
	jixiao eval eval/suites/sample_hidden4.jsonl --index $(SUITES)/sample-index --out $(SUITES)/hidden4 \
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

DEV3 ?= eval-dev3-out
eval-dev3:  ## fourth development suites (eval/suites/dev3.py): analyst, director, courteous, consultant registers; ranges, two conditions, narrowing; reports, no gates
	rm -rf $(DEV3) && mkdir -p $(DEV3)
	$(PY) -m eval.suites corpus $(DEV3)/synth-forms
	jixiao ingest index/sample --index $(DEV3)/sample-index
	jixiao ingest $(DEV3)/synth-forms --index $(DEV3)/synth-index
	jixiao eval eval/suites/dev3_sample.jsonl --index $(DEV3)/sample-index --out $(DEV3)/sample --no-naive
	jixiao eval eval/suites/dev3_synth.jsonl --index $(DEV3)/synth-index --out $(DEV3)/synth --no-naive
FREE ?= eval-free-out
eval-free:  ## hand-written suite (eval/suites/free.py): 150 questions as people type them, over the sample; reports, no gates
	rm -rf $(FREE) && mkdir -p $(FREE)
	jixiao ingest index/sample --index $(FREE)/sample-index
	jixiao eval eval/suites/free_sample.jsonl --index $(FREE)/sample-index --out $(FREE)/sample --no-naive

FREE2 ?= eval-free2-out
eval-free2:  ## second hand-written suite (eval/suites/free2.py): 165 questions from four askers, over the sample; reports, no gates
	rm -rf $(FREE2) && mkdir -p $(FREE2)
	jixiao ingest index/sample --index $(FREE2)/sample-index
	jixiao eval eval/suites/free2_sample.jsonl --index $(FREE2)/sample-index --out $(FREE2)/sample --no-naive

FREE3 ?= eval-free3-out
eval-free3:  ## third hand-written suite (eval/suites/free3.py): 167 questions from a journalist, a county finance official, a data analyst and a non-native English speaker, over the sample; reports, no gates
	rm -rf $(FREE3) && mkdir -p $(FREE3)
	jixiao ingest index/sample --index $(FREE3)/sample-index
	jixiao eval eval/suites/free3_sample.jsonl --index $(FREE3)/sample-index --out $(FREE3)/sample --no-naive

FREE4 ?= eval-free4-out
eval-free4:  ## fourth hand-written suite (eval/suites/free4.py): 180 questions from an audit inspector, the agency's finance secretary, an international board member and a phone user, over the sample; reports, no gates
	rm -rf $(FREE4) && mkdir -p $(FREE4)
	jixiao ingest index/sample --index $(FREE4)/sample-index
	jixiao eval eval/suites/free4_sample.jsonl --index $(FREE4)/sample-index --out $(FREE4)/sample --no-naive

FREE5 ?= eval-free5-out
eval-free5:  ## fifth hand-written suite (eval/suites/free5.py): 174 questions from a department head talking 口语, an intern copying the form's labels, an American journalist and a statistics-minded analyst, over the sample; reports, no gates
	rm -rf $(FREE5) && mkdir -p $(FREE5)
	jixiao ingest index/sample --index $(FREE5)/sample-index
	jixiao eval eval/suites/free5_sample.jsonl --index $(FREE5)/sample-index --out $(FREE5)/sample --no-naive

FREE6 ?= eval-free6-out
eval-free6:  ## sixth hand-written suite (eval/suites/free6.py): 197 questions from a county performance evaluator, a voice-dictation user, a non-native English consultant, a manager in a long bilingual chat and a newspaper data editor, over the sample; reports, no gates
	rm -rf $(FREE6) && mkdir -p $(FREE6)
	jixiao ingest index/sample --index $(FREE6)/sample-index
	jixiao eval eval/suites/free6_sample.jsonl --index $(FREE6)/sample-index --out $(FREE6)/sample --no-naive

FREE7 ?= eval-free7-out
eval-free7:  ## seventh hand-written suite (eval/suites/free7.py): 197 questions from a district auditor's checks, a new clerk's everyday words and chat shorthand, a senior executive's formal English, an analyst copying indicator names verbatim and a questioner fond of comparatives, over the sample; reports, no gates
	rm -rf $(FREE7) && mkdir -p $(FREE7)
	jixiao ingest index/sample --index $(FREE7)/sample-index
	jixiao eval eval/suites/free7_sample.jsonl --index $(FREE7)/sample-index --out $(FREE7)/sample --no-naive

FREE8 ?= eval-free8-out
eval-free8:  ## eighth hand-written suite (eval/suites/free8.py): 229 questions, six in ten English, from an international firm's auditor in British English, a non-native English speaker, an analyst in abbreviations, an English writer pasting Chinese names, an English chat user's follow-ups and two Chinese askers (formal, colloquial), over the sample; reports, no gates
	rm -rf $(FREE8) && mkdir -p $(FREE8)
	jixiao ingest index/sample --index $(FREE8)/sample-index
	jixiao eval eval/suites/free8_sample.jsonl --index $(FREE8)/sample-index --out $(FREE8)/sample --no-naive

FREE9 ?= eval-free9-out
eval-free9:  ## ninth hand-written suite (eval/suites/free9.py): 236 questions, half English, from a provincial finance-bureau reviewer in official Chinese, a journalist in long-winded English, a manager's terse phone Chinese, an analyst asking rankings in unusual forms (bottom two, 倒数第二, the place of a named project) and a chat user's elliptical follow-ups, over the sample; reports, no gates
	rm -rf $(FREE9) && mkdir -p $(FREE9)
	jixiao ingest index/sample --index $(FREE9)/sample-index
	jixiao eval eval/suites/free9_sample.jsonl --index $(FREE9)/sample-index --out $(FREE9)/sample --no-naive

FREE10 ?= eval-free10-out
eval-free10:  ## tenth hand-written suite (eval/suites/free10.py): 250 questions, four in five Chinese, from a people's-congress deputy's pointed questions, an audit-bureau auditor's written Chinese and thresholds, a retired cadre's roundabout words, a WeChat user's unpunctuated shorthand and a bilingual analyst pasting Chinese names into English, weighted to rankings, thresholds and follow-ups, over the sample; reports, no gates
	rm -rf $(FREE10) && mkdir -p $(FREE10)
	jixiao ingest index/sample --index $(FREE10)/sample-index
	jixiao eval eval/suites/free10_sample.jsonl --index $(FREE10)/sample-index --out $(FREE10)/sample --no-naive

FREE11 ?= eval-free11-out
eval-free11:  ## eleventh hand-written suite (eval/suites/free11.py): 207 questions, half Chinese, seven in twenty conversations of two to four turns from a department head in a Chinese meeting and a manager in an English one drilling down (那它的执行率呢, 换成总分呢, which indicators?, what about the other one?), a finance officer's comparisons, nested questions and indicator values, a second-language English speaker's rankings and thresholds and a formal English report writer, over the sample; reports, no gates
	rm -rf $(FREE11) && mkdir -p $(FREE11)
	jixiao ingest index/sample --index $(FREE11)/sample-index
	jixiao eval eval/suites/free11_sample.jsonl --index $(FREE11)/sample-index --out $(FREE11)/sample --no-naive

FREE12 ?= eval-free12-out
eval-free12:  ## twelfth hand-written suite (eval/suites/free12.py): 253 questions, nine in ten Chinese, in sentence shapes earlier suites did not lean on (topic first, yes-no questions asking the value too, 把/被, the question word mid-sentence, the form's own column labels, Chinese numerals, mixed full- and half-width punctuation, Latin letters inside Chinese, polite official frames), weighted to rankings, thresholds, fields, indicators and follow-ups, over the sample; reports, no gates
	rm -rf $(FREE12) && mkdir -p $(FREE12)
	jixiao ingest index/sample --index $(FREE12)/sample-index
	jixiao eval eval/suites/free12_sample.jsonl --index $(FREE12)/sample-index --out $(FREE12)/sample --no-naive

FREE13 ?= eval-free13-out
eval-free13:  ## thirteenth hand-written suite (eval/suites/free13.py): about 250 questions, three in five Chinese, over the SYNTHETIC corpus (many departments and years, names unlike the sample's: agency short names, topics, codes), weighted to rankings within a department or a year, thresholds, fields, indicators, groups by department and year and follow-ups; reports, no gates
	rm -rf $(FREE13) && mkdir -p $(FREE13)
	$(PY) -m eval.suites corpus $(FREE13)/synth-forms
	jixiao ingest $(FREE13)/synth-forms --index $(FREE13)/synth-index
	jixiao eval eval/suites/free13_synth.jsonl --index $(FREE13)/synth-index --out $(FREE13)/synth --no-naive

FREE14 ?= eval-free14-out
eval-free14:  ## fourteenth hand-written suite (eval/suites/free14.py): 285 questions, seven in ten Chinese, from a district finance-bureau official, a people's-congress deputy, an English-writing journalist, a department head's spoken Chinese and an intern half in English, weighted to comparisons, indicator filters, thresholds, named indicators, derived values and nested questions, with forty-two to refuse or ask back, over the sample; reports, no gates
	rm -rf $(FREE14) && mkdir -p $(FREE14)
	jixiao ingest index/sample --index $(FREE14)/sample-index
	jixiao eval eval/suites/free14_sample.jsonl --index $(FREE14)/sample-index --out $(FREE14)/sample --no-naive

FREE15 ?= eval-free15-out
eval-free15:  ## fifteenth hand-written suite (eval/suites/free15.py): 300 questions, two in three Chinese, over the SYNTHETIC corpus, asked as new users would (terse keywords, second-language English, thresholds in many forms), weighted to comparisons of projects, departments and years, indicator filters, thresholds, named indicators, derived fields and nested questions; reports, no gates
	rm -rf $(FREE15) && mkdir -p $(FREE15)
	$(PY) -m eval.suites corpus $(FREE15)/synth-forms
	jixiao ingest $(FREE15)/synth-forms --index $(FREE15)/synth-index
	jixiao eval eval/suites/free15_synth.jsonl --index $(FREE15)/synth-index --out $(FREE15)/synth --no-naive

FREE16 ?= eval-free16-out
eval-free16:  ## sixteenth hand-written suite (eval/suites/free16.py): 286 questions, about two in three Chinese, from a provincial finance-department reviewer comparing agencies, a new staff member using the office's nicknames (数运, 网办运营, 管经费), a news editor fact-checking a draft (据报道…是否属实, Is it true that …?), a budget-committee member asking lists and totals and a foreign consultant in plain non-native English, weighted to yes-no checks that need the value, sixty-three conversations of two to four turns, indicators, rankings, thresholds, derived values, nested questions and comparisons, with forty-four to refuse or ask back, over the sample; reports, no gates
	rm -rf $(FREE16) && mkdir -p $(FREE16)
	jixiao ingest index/sample --index $(FREE16)/sample-index
	jixiao eval eval/suites/free16_sample.jsonl --index $(FREE16)/sample-index --out $(FREE16)/sample --no-naive

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

kill-trials: install-python  ## the kill-trial table: a replace-ingest killed at every step of its write
	$(PY) -m tests.store_trials --trials 5
