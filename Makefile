# Two commands for a fresh Debian 12 machine: `make run` and `make check`.
# Both install the Debian packages that are missing (through sudo when not root),
# configure with meson and build; then run the app or the whole test suite.

BUILD ?= _build
SCREEN ?= -screen 0 1600x1000x24

# Build tools, libraries, and what the tests need (a display, a session bus,
# a CJK font, the validators for the desktop entry and metainfo, gettext; clang with
# libFuzzer, which is in libclang-rt-14-dev, and valgrind for the quality gates).
DEBS = meson ninja-build pkg-config gcc libc6-dev \
       libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev \
       libsqlite3-dev libjson-glib-dev libcairo2-dev libpango1.0-dev libpng-dev \
       gettext desktop-file-utils appstream \
       xvfb xauth dbus dbus-x11 fonts-noto-cjk \
       clang libclang-rt-14-dev valgrind

# Only `make bench` needs these: the programs it compares with (gnuplot, matplotlib,
# GNOME Text Editor, the sqlite3 shell) and what measures them (GNU time; xprop from
# x11-utils to tell whose window was mapped).
BENCH_DEBS = gnuplot-nox python3-matplotlib gnome-text-editor sqlite3 time x11-utils

SUDO = $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps bench-deps setup build run check bench clean fuzz fuzz-run

all: build

deps bench-deps:
	@missing=""; \
	for p in $(if $(filter bench-deps,$@),$(BENCH_DEBS),$(DEBS)); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; \
	fi

$(BUILD)/build.ninja:
	meson setup $(BUILD) -Dwerror=true

setup: deps $(BUILD)/build.ninja

build: setup
	meson compile -C $(BUILD)

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data $(BUILD)/src/gpu-market

SAN_BUILD = $(BUILD)-sanitize
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
          LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
          UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

$(SAN_BUILD)/build.ninja:
	meson setup $(SAN_BUILD) -Db_sanitize=address,undefined -Dbuildtype=debug

# libFuzzer builds: clang, coverage and sanitizers on libgpm too; only the fuzz targets.
FUZZ_BUILD = $(BUILD)-fuzz
FUZZ_TARGETS = csv-reader import-value json-import open-database
FUZZ_SECONDS ?= 300
CHECK_FUZZ_SECONDS = 10

$(FUZZ_BUILD)/build.ninja:
	CC=clang meson setup $(FUZZ_BUILD) -Dfuzzing=true

# Each fuzz target present: its seed corpus, then FUZZ_TIME seconds of mutation from a
# fixed seed. New inputs go to a scratch corpus (the committed one stays small and
# chosen), a crash, leak, timeout or UBSan report to $(FUZZ_BUILD)/artifacts and fails.
fuzz-run: $(FUZZ_BUILD)/build.ninja
	@targets=""; for t in $(FUZZ_TARGETS); do \
	  [ -f tests/fuzz/fuzz-$$t.c ] && targets="$$targets $$t"; done; \
	for t in $$targets; do \
	  grep -q "fuzz-$$t:" $(FUZZ_BUILD)/build.ninja \
	    || { meson setup --reconfigure $(FUZZ_BUILD) >/dev/null || exit 1; break; }; \
	done; \
	meson compile -C $(FUZZ_BUILD) $$(for t in $$targets; do echo fuzz-$$t; done) || exit 1; \
	mkdir -p $(FUZZ_BUILD)/artifacts; \
	for t in $$targets; do \
	  scratch=$$(mktemp -d); \
	  echo "fuzz-$$t: seed corpus + $(FUZZ_TIME) s"; \
	  $(SAN_ENV) G_DEBUG=fatal-criticals LC_ALL=C.UTF-8 GSETTINGS_BACKEND=memory \
	    $(FUZZ_BUILD)/tests/fuzz/fuzz-$$t -seed=1 -max_total_time=$(FUZZ_TIME) \
	    -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/fuzz-$$t- $$scratch tests/fuzz/corpus/$$t \
	    > $(FUZZ_BUILD)/fuzz-$$t.log 2>&1; rc=$$?; \
	  rm -rf $$scratch; \
	  grep -E '^stat::number_of_executed_units|^Done' $(FUZZ_BUILD)/fuzz-$$t.log; \
	  if [ $$rc -ne 0 ]; then tail -40 $(FUZZ_BUILD)/fuzz-$$t.log; exit 1; fi; \
	done

# On demand, longer: `make fuzz FUZZ_SECONDS=3600`.
fuzz: deps
	$(MAKE) --no-print-directory fuzz-run FUZZ_TIME=$(FUZZ_SECONDS)

# Unit tests need no display; the ui suite runs under Xvfb with its own session bus.
# The command-line paths then run under valgrind, each fuzz target briefly under
# libFuzzer, and the unit suite a second time built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the check.
check: build $(SAN_BUILD)/build.ninja
	meson test -C $(BUILD) --print-errorlogs --no-suite ui --no-suite valgrind
	xvfb-run -a -s '$(SCREEN)' dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs --suite ui
	meson test -C $(BUILD) --print-errorlogs --suite valgrind
	$(MAKE) --no-print-directory fuzz-run FUZZ_TIME=$(CHECK_FUZZ_SECONDS)
	meson compile -C $(SAN_BUILD)
	$(SAN_ENV) meson test -C $(SAN_BUILD) --print-errorlogs --no-suite ui --no-suite valgrind

# Benchmarks print their figures and never fail on a time; `make check` does not run them.
# The meson benchmarks, start and import, then one table (also $(BUILD)/bench-summary.txt).
# QUICK=1: fewer runs.
bench: build bench-deps
	xvfb-run -a -s '$(SCREEN)' python3 tests/bench/run-bench.py --build $(BUILD) $(if $(QUICK),--quick)

clean:
	rm -rf $(BUILD) $(SAN_BUILD) $(FUZZ_BUILD)
