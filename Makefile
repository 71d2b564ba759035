# Front door: `make run` (pipeline on the demo inbox) and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
export GX_ANALYTICS_ENABLED := false
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

.PHONY: install run test lint bench bench-search compiled golden eval eval-lolo train subjects-cv initiatives-cv clean

$(STAMP): pyproject.toml requirements.lock
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/jiceng ingest --inbox inbox --warehouse warehouse/jiceng.duckdb --reports warehouse/reports

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy transforms flows expectations warehouse jiceng

bench: $(STAMP)  
	$(BIN)/python benchmarks/bench.py

compiled: $(STAMP)  ## the extract modules compiled with mypyc into build/compiled (~3-5 min of CPU); used only while their sources are unchanged (transforms/compiled.py)
	$(BIN)/python -c 'from transforms.compiled import main; main()'

bench-search: $(STAMP)  ## the search index at the 1 GB benchmark's size, made of dictionary words (~30-60 min on 2 cores): latency, batch, compaction and nine-page costs
	$(BIN)/python benchmarks/search_synthetic.py --occurrence-layout

eval: $(STAMP)  ## the product on text it was not tuned on: simulated pages of the test reports (twelve generators, per layout family), ../shared/samples as printed and laid out again (other widths, blank lines, line ends, indents, encodings; and a sweep of 156 such layouts), the extractors and bylines on the reports' clean text, and initiatives' precision on hand judgements and on held-out passages of our own, and the probes (one byline or headline form at several column widths, on our own text)
	$(BIN)/python -m evaluation.pages --split test
	$(BIN)/python -m evaluation.pages --split test --generator alt
	$(BIN)/python -m evaluation.pages --split test --generator third
	$(BIN)/python -m evaluation.pages --split test --generator template
	$(BIN)/python -m evaluation.pages --split test --generator blind
	$(BIN)/python -m evaluation.pages --split test --generator blind2
	$(BIN)/python -m evaluation.pages --split test --generator blind3
	$(BIN)/python -m evaluation.pages --split test --generator blind4
	$(BIN)/python -m evaluation.pages --split test --generator blind5
	$(BIN)/python -m evaluation.pages --split test --generator blind6
	$(BIN)/python -m evaluation.pages --split test --generator blind7
	$(BIN)/python -m evaluation.pages --split test --generator blind8
	$(BIN)/python -m evaluation.clean --split all
	$(BIN)/python -m evaluation.initiatives --split all
	$(BIN)/python -m evaluation.initiatives_heldout
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout23.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout23b.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout24.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout24b.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout28.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout31.tsv
	$(BIN)/python -m evaluation.initiatives_heldout --passages evaluation/data/initiative_heldout31b.tsv
	$(BIN)/python -m evaluation.authors --split test
	$(BIN)/python -m evaluation.segmentation --split test --samples
	$(BIN)/python -m evaluation.relayout
	$(BIN)/python -m evaluation.relayout --sweep
	$(BIN)/python -m evaluation.probes

eval-lolo: $(STAMP)  ## the line model on layouts it never saw: retrained without each main-generator family (~2-3 min of CPU a family), then without each generator (~5 min each), scored on what was left out; then trained on half the dev reports, scored on the other half's pages
	$(BIN)/python -m evaluation.segmentation --split test --lolo
	$(BIN)/python -m evaluation.segmentation --split test --logo
	$(BIN)/python -m evaluation.segmentation --split dev-b --halves

train: $(STAMP)  ## rebuild the line-label model from simulated dev pages of four generators, template included (fixed seed, 500 pages of each, ~5 min of CPU; 5-20 min on the shared machine), and the gathered blocks' join scorer from dev-a pages (~3 min), then score them
	$(BIN)/python -m evaluation.train_lines
	$(BIN)/python -m evaluation.train_block_joins
	$(BIN)/python -m evaluation.segmentation --split test --samples | tee transforms/models/lines/evaluation.txt

subjects-cv: $(STAMP)  ## a learned chooser of each figure's subject against the rules, 5-fold CV over the dev reports (~1 min)
	$(BIN)/python -m evaluation.train_subjects

initiatives-cv: $(STAMP)  ## a learned decision over quoted initiative candidates against the rules, 5-fold CV over all the real reports, three penalties (~15 s)
	$(BIN)/python -m evaluation.train_initiatives

golden: $(STAMP)  ## rewrite tests/fixtures/golden from the demo pages (review the diff)
	$(BIN)/python -m tests.golden --regenerate

.PHONY: names
names: $(STAMP)  ## rebuild transforms/data/name_chars.tsv and name_lookalikes.txt from jieba's dictionary
	$(BIN)/python transforms/data/build_name_chars.py

clean:
	rm -rf $(VENV) warehouse/*.duckdb* warehouse/reports build/compiled
