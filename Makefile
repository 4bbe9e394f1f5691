# Two commands for a fresh Debian 12 machine: `make run` and `make check`.
# Both install the Debian packages that are missing (through sudo when not root),
# configure with meson and build; then run the app or the whole test suite.

BUILD ?= _build
SCREEN ?= -screen 0 1600x1000x24

# Build tools, libraries, and what the tests need (a display, a session bus,
# a CJK font, the validators for the desktop entry and metainfo, gettext).
DEBS = meson ninja-build pkg-config gcc libc6-dev \
       libglib2.0-dev libglib2.0-bin libgtk-4-dev libadwaita-1-dev \
       libsqlite3-dev libjson-glib-dev libcairo2-dev libpango1.0-dev libpng-dev \
       gettext desktop-file-utils appstream \
       xvfb xauth dbus dbus-x11 fonts-noto-cjk

# Only `make bench` needs these: the programs it compares the chart export with.
BENCH_DEBS = gnuplot-nox python3-matplotlib

SUDO = $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: all deps bench-deps setup build run check bench clean

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

# Unit tests need no display; the ui suite runs under Xvfb with its own session bus.
# The unit suite runs a second time built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any report fails the check.
check: build $(SAN_BUILD)/build.ninja
	meson test -C $(BUILD) --print-errorlogs --no-suite ui
	xvfb-run -a -s '$(SCREEN)' dbus-run-session -- \
	  meson test -C $(BUILD) --print-errorlogs --suite ui
	meson compile -C $(SAN_BUILD)
	$(SAN_ENV) meson test -C $(SAN_BUILD) --print-errorlogs --no-suite ui

# Benchmarks print their figures and never fail on a time; `make check` does not run them.
bench: build bench-deps
	meson test -C $(BUILD) --benchmark --print-errorlogs --verbose

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
