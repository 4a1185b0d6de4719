# Reserve Verifier: the two commands a new developer needs are `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3
export PYTHON

.PHONY: run test pytest fuzz package package-onefile smoke smoke-onefile venv test-venv build-venv qt-deps demo icons \
	translations qm clean

## make run: create or refresh .venv, install the app, and open it showing the bundled demo
run: venv qm
	$(PY) build_scripts/qt_system_deps.py --platform xcb
	$(VENV)/bin/reserve-verifier --demo

## make test: create or refresh .venv with the test and build extras, run the whole suite headless, then build
## the package and smoke-test the frozen app (CI runs exactly this)
test: test-venv qm
	$(PY) build_scripts/qt_system_deps.py --platform offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(PY) build_scripts/build_package.py
	$(PY) build_scripts/smoke_frozen.py

## make pytest: only the pytest suite (the quick loop while developing)
pytest: test-venv qm
	$(PY) build_scripts/qt_system_deps.py --platform offscreen
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## make fuzz: the fuzzers and the mutation test for much longer, exploring new inputs on every run
## (FUZZ_EXAMPLES per fuzz test, MUTANTS times the default mutants per vector)
fuzz: test-venv qm
	QT_QPA_PLATFORM=offscreen FUZZ_RANDOM=1 FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-5000} MUTANTS=$${MUTANTS:-20} \
		$(PY) -m pytest -p no:cacheprovider tests/test_fuzz.py tests/test_mutation.py
	$(PY) build_scripts/mutation_report.py

## make package: the packaged app, one folder: dist/reserve-verifier/ (PyInstaller, build_scripts/reserve_verifier.spec)
package: build-venv
	$(PY) build_scripts/build_package.py

## make package-onefile: one self-unpacking file per executable, in dist/onefile/
package-onefile: build-venv
	$(PY) build_scripts/build_package.py --onefile

## make smoke / smoke-onefile: run the frozen build's smoke test and print its size, start-up time and memory
smoke:
	$(PY) build_scripts/smoke_frozen.py

smoke-onefile:
	$(PY) build_scripts/smoke_frozen.py --onefile

# The stamps make the install re-run whenever pyproject.toml (what to install) or this Makefile (which extras)
# changes ("refresh"). The test venv has the build extra too: make test builds the package.
venv: $(VENV)/.stamp-run
test-venv: $(VENV)/.stamp-test
build-venv: $(VENV)/.stamp-build

$(VENV)/.stamp-run: pyproject.toml Makefile
	build_scripts/ensure_venv.sh $(VENV)
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.stamp-build: pyproject.toml Makefile
	build_scripts/ensure_venv.sh $(VENV)
	$(PY) -m pip install -q -e '.[build]'
	touch $@ $(VENV)/.stamp-run

$(VENV)/.stamp-test: pyproject.toml Makefile
	build_scripts/ensure_venv.sh $(VENV)
	$(PY) -m pip install -q -e '.[test,build]'
	touch $@ $(VENV)/.stamp-build $(VENV)/.stamp-run

## make demo: regenerate the bundled demo snapshot from the builder
demo: venv
	$(PY) build_scripts/make_demo.py

## make translations: after changing a text in the app: regenerate verifier_gui/gui/catalogue_strings.py, merge
## every string of verifier_gui/gui into verifier_gui/resources/i18n/*.ts (pyside6-lupdate; new ones are listed,
## to translate) and compile the .qm files (pyside6-lrelease)
translations: venv
	$(PY) build_scripts/update_translations.py

# The compiled translations the app loads (.qm, not committed): run, test and pytest compile any that is missing or
# older than its .ts first; package does it in build_package.py.
qm: venv
	$(PY) build_scripts/update_translations.py --compile

## make icons: redraw the app icon (SVG, PNG sizes, .ico, .icns) into verifier_gui/resources/icons/
icons: venv
	$(PY) build_scripts/make_icons.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
