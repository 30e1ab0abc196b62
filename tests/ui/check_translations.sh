#!/usr/bin/env bash
# Every tr() string of app/, ui/ and maps/ has a French translation in the committed .ts file:
# lupdate a copy and count what it marks unfinished.
set -euo pipefail
src=$1
lupdate=/usr/lib/qt6/bin/lupdate
if [ ! -x "$lupdate" ]; then
  echo "lupdate is missing: install the Debian package qt6-l10n-tools" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/resources/translations/lumiere_fr.ts" "$tmp/lumiere_fr.ts"
(cd "$src" && "$lupdate" -silent -no-obsolete -locations none app ui maps core/messages -ts "$tmp/lumiere_fr.ts")
missing=$(grep -c 'type="unfinished"' "$tmp/lumiere_fr.ts" || true)
if [ "$missing" != "0" ]; then
  echo "$missing strings have no French translation: run scripts/update-translations and add them to scripts/translate_fill.py" >&2
  grep -B1 'type="unfinished"' "$tmp/lumiere_fr.ts" | grep '<source>' >&2
  exit 1
fi
echo "French translation complete"
