# Reserve Verifier: the two commands a new developer needs are `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3
export PYTHON

.PHONY: run test venv test-venv qt-deps demo clean

## make run: create or refresh .venv, install the app, and open it showing the bundled demo
run: venv
	$(PY) build_scripts/qt_system_deps.py --platform xcb
	$(VENV)/bin/reserve-verifier --demo

## make test: create or refresh .venv with the test extras and run the whole suite headless
test: test-venv
	$(PY) build_scripts/qt_system_deps.py --platform offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The stamps make the install re-run whenever pyproject.toml changes ("refresh").
venv: $(VENV)/.stamp-run
test-venv: $(VENV)/.stamp-test

$(VENV)/.stamp-run: pyproject.toml
	build_scripts/ensure_venv.sh $(VENV)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml
	build_scripts/ensure_venv.sh $(VENV)
	$(PY) -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.stamp-run

## make demo: regenerate the bundled demo snapshot from the builder
demo: venv
	$(PY) build_scripts/make_demo.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
