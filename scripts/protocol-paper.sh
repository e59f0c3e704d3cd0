#!/usr/bin/env bash
# Development check of the printed protocol (issue 14, "Paper"): renders a 25-case sitting in
# Kazakh, Russian and English to HTML, prints each to A4 PDF with headless Chromium, reports the
# page count and the footer/header text of every page, and writes PNG screenshots (60 dpi).
#   scripts/protocol-paper.sh [OUT_DIR] [CASES]      (default /tmp/hattama-paper, 25)
# Needs: chromium, pdftotext/pdftoppm/pdfinfo (poppler-utils). Not part of CI.
set -euo pipefail
out=${1:-/tmp/hattama-paper}
cases=${2:-25}
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
(cd "$root" && swift build --product hattama >/dev/null && swift build --product hattama-bench >/dev/null)
bin=$(cd "$root" && swift build --show-bin-path)

"$bin/hattama-bench" sitting "$out/sitting.json" "$cases"
# A record exported from a journal carries the anchor N:HEX; give the generated one an anchor
# so the margin that repeats it is exercised (the protocol does not check it against a file).
python3 - "$out/sitting.json" <<'PY'
import json, sys
path = sys.argv[1]
record = json.load(open(path))
record["journal"] = {"events": 4 * len(record["cases"]) + 9, "head": "3f" * 32}
json.dump(record, open(path, "w"), ensure_ascii=False, indent=2)
PY

for lang in kk ru en; do
  html="$out/protocol-$lang.html" pdf="$out/protocol-$lang.pdf"
  "$bin/hattama" protocol "$out/sitting.json" --lang "$lang" --format html -o "$html"
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$pdf" "file://$html" 2>/dev/null
  rm -f "$out/page-$lang"-*.png
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  echo "$lang: $pages pages ($pdf)"
  pdftoppm -png -r 60 "$pdf" "$out/page-$lang"
done
echo "screenshots: $out/page-{kk,ru,en}-N.png; text: pdftotext -layout $out/protocol-kk.pdf -"
