# SocialDesk: `make run` opens the app, `make test` runs the tests; both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run demo test test-faults test-explore translations bench bench-data bundle clean screens

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/socialdesk

demo: $(STAMP)
	$(VENV)/bin/socialdesk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test-faults: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m faults

# Every property suite (test files using Hypothesis) with a NEW seed and more examples (profile 'explore').
# The seed is printed first; replay a failure with `make test-explore SEED=N`.
ifndef SEED
SEED := $(shell od -An -N4 -tu4 /dev/urandom | tr -d ' ')
endif
PROPERTY_TESTS = $(shell grep -rlE --include='test_*.py' '^from hypothesis|^import hypothesis|hypothesis_profiles' tests)

test-explore: $(STAMP)
	@echo "make test-explore: seed $(SEED)  (replay: make test-explore SEED=$(SEED))"
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider --timeout=3600 --hypothesis-profile=explore \
		--hypothesis-seed=$(SEED) $(PROPERTY_TESTS)

# Compile resources/translations/*.ts into the .qm files the app loads, and the command line's .po into
# its .mo (GNU gettext's msgfmt); both committed. First, French typography on the .ts and the starter rules.
# Each is written beside and renamed into place: a running SocialDesk maps its .qm, and a file rewritten
# under it would crash it.
translations: $(STAMP)
	$(PY) resources/translations/typography.py
	for ts in resources/translations/*.ts; do \
		$(VENV)/bin/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm.new" && mv -f "$${ts%.ts}.qm.new" "$${ts%.ts}.qm" || exit 1; \
	done
	for po in resources/translations/*/LC_MESSAGES/*.po; do \
		msgfmt --check -o "$${po%.po}.mo.new" "$$po" && mv -f "$${po%.po}.mo.new" "$${po%.po}.mo" || exit 1; \
	done

# The README's pictures: the four tabs and the month from the demo file on a fixed day, EN and FR, light and
# dark, 1366x768, offscreen (docs/screens/make_screens.py; each PNG under 250 KB).
screens: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/screens/make_screens.py

clean:
	rm -rf $(VENV) build dist .pytest_cache

# Linux bundle (issue 7): PyInstaller folder in dist/SocialDesk, its frozen --self-test offscreen
# and under Xvfb (when xvfb-run is installed), then dist/SocialDesk-<version>-linux-<arch>.tar.gz;
# then the sdist and wheel in dist/, the wheel installed in a fresh venv and self-tested.
BUNDLE_STAMP := $(VENV)/.bundle-stamp

$(BUNDLE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(PY) packaging/linux/build_bundle.py
	$(PY) packaging/check_wheel.py

# Benchmarks: a ten-year data file (rebuilt when stale), one table of ratios (bench/run.py), then how
# costs grow with the plan (bench/scaling.py, files made on the fly in a temporary folder).
BENCH_DATA := bench/data/ten-years.sqlite3

bench-data: $(STAMP)
	$(PY) bench/make_data.py $(BENCH_DATA) --if-stale

bench: bench-data
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py --data $(BENCH_DATA)
	$(PY) bench/readme_table.py  # the README's speed table, copied from bench/results.md
	QT_QPA_PLATFORM=offscreen $(PY) bench/scaling.py  # 1k and 10k posts; SOCIALDESK_BENCH_100K=1 adds 100k
