#!/bin/sh
# Runs the command-line paths once each under valgrind memcheck: any memory error or any
# block definitely lost outside the suppressed library caches (tests/valgrind.supp)
# fails. Usage: check-valgrind.sh GPU-MARKET SUPPRESSIONS. Skips (77) without valgrind.
set -eu

app=$1
supp=$2

if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind is not installed: skipped"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The user's own database, created on first use, in a home of the test's own.
export XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_CONFIG_HOME="$work/config"
export G_SLICE=always-malloc G_DEBUG=gc-friendly,fatal-criticals

run() {
  echo "== gpu-market $*" >&2
  valgrind -q --error-exitcode=1 --leak-check=full --show-leak-kinds=definite \
    --errors-for-leak-kinds=definite --num-callers=40 --suppressions="$supp" \
    "$app" "$@"
}

run export-data observations -o "$work/observations.csv"
run export-data vendors --format json -o "$work/vendors.json"
run list-charts > "$work/charts.txt"
run export-chart 1 -o "$work/chart.png"

# import: the exported figures with the first one's value changed, checked then written.
# (The import command's owner may widen these: a JSON file, a file with bad rows.)
awk -F, 'NR == 2 { sub(/,[0-9.]+,/, ",12345,") } { print }' "$work/observations.csv" \
  > "$work/changed.csv"
run import --dry-run "$work/changed.csv"
run import "$work/changed.csv"

# A big import takes other paths: rows read on a thread of their own, new figures written
# 64 at a time once 10,000 rows are in, finds skipped for periods a series has no row of.
awk 'BEGIN { print "subject,metric,period,value"
             for (i = 0; i < 12000; i++)
               printf "MetaX,valgrind-rows,%d-%02d-%02d,%d\n", 1900 + int(i / 336),
                      1 + int(i / 28) % 12, 1 + i % 28, i }' > "$work/big.csv"
run import "$work/big.csv"

test -s "$work/observations.csv" && test -s "$work/vendors.json" && test -s "$work/chart.png"
echo "valgrind: 7 command-line runs, 0 errors, 0 definitely lost outside $(basename "$supp")"
