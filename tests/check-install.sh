#!/bin/sh
# `meson install` puts the executable, desktop entry, metainfo, schema, icons and
# translations at their standard paths (checked in a scratch DESTDIR).
set -eu
build=$1
prefix=$2
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --no-rebuild --quiet --destdir "$dest" >/dev/null
status=0
for f in \
  bin/gpu-market \
  share/applications/com.example.GpuMarket.desktop \
  share/metainfo/com.example.GpuMarket.metainfo.xml \
  share/glib-2.0/schemas/com.example.GpuMarket.gschema.xml \
  share/icons/hicolor/scalable/apps/com.example.GpuMarket.svg \
  share/icons/hicolor/symbolic/apps/com.example.GpuMarket-symbolic.svg \
  share/locale/zh_CN/LC_MESSAGES/gpu-market.mo \
  share/locale/zh_TW/LC_MESSAGES/gpu-market.mo
do
  if [ ! -f "$dest$prefix/$f" ]; then
    echo "missing after install: $prefix/$f"
    status=1
  fi
done
# The installed desktop entry carries the Chinese names.
grep -q '^Name\[zh_CN\]=' "$dest$prefix/share/applications/com.example.GpuMarket.desktop" \
  || { echo "the installed desktop entry has no zh_CN name"; status=1; }
[ "$status" -eq 0 ] && echo "install layout ok"
exit "$status"
