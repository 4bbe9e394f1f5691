#!/bin/sh
# Fails when a translatable string lacks a translation (or is fuzzy) in any language
# of po/LINGUAS, when a file with marked strings is missing from po/POTFILES.in, or
# when POTFILES.in is not sorted.
set -eu
top=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
status=0

grep -v '^#' po/POTFILES.in | grep . > "$tmp/listed"
if ! LC_ALL=C sort -c "$tmp/listed" 2>/dev/null; then
  echo "po/POTFILES.in is not sorted (LC_ALL=C sort)"
  status=1
fi

for f in $(grep -rlE '(^|[^a-z_])(N?_|C_|g_dngettext) ?\(|translatable="yes"' src ui \
             --include='*.c' --include='*.ui' | LC_ALL=C sort); do
  if ! grep -qx "$f" "$tmp/listed"; then
    echo "$f has translatable strings but is not listed in po/POTFILES.in"
    status=1
  fi
done

xgettext --from-code=UTF-8 --add-comments --files-from=po/POTFILES.in \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --keyword=g_dcgettext:2 \
  --output="$tmp/messages.pot" 2> "$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }

for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$tmp/messages.pot" -o "$tmp/$lang.po"
  missing=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when it prints anything.
  [ "$missing" -gt 0 ] && missing=$((missing - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$missing" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "$lang: $missing untranslated, $fuzzy fuzzy:"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid ' | tail -n +2
    status=1
  fi
  msgfmt --check --output-file=/dev/null "$tmp/$lang.po" || status=1
done

[ "$status" -eq 0 ] && echo "translations complete: $(grep -v '^#' po/LINGUAS | tr '\n' ' ')"
exit "$status"
