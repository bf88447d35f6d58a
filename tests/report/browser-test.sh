#!/bin/sh
# The HTML summary in a real browser (headless Chromium): the page loads, its
# heatmap has exactly one cell per finding, and the console stays silent (no
# script error, nothing blocked by the page's Content-Security-Policy). The
# injection fixture's pages load with no script or image element in the DOM.
# A screenshot of each summary is left in WORK for a person to look at.
#
# Usage: browser-test.sh LEXGAP WORK  (run from the source folder)
# Exit: 0 passed, 1 failed, 77 skipped because chromium is not installed.
set -u
lexgap=$1
work=$2
chromium=${LEXGAP_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "SKIPPED: no chromium at $chromium (Debian package 'chromium'; or set LEXGAP_CHROMIUM)"
  exit 77
fi

failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)  # file:// URLs need an absolute path

# open_in_browser NAME PAGE: dumps the DOM to WORK/NAME.dom, the console to
# WORK/NAME.log and a screenshot to WORK/NAME.png.
open_in_browser() {
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile-$1" --enable-logging=stderr --v=0 \
    --window-size=1400,1600 --screenshot="$work/$1.png" --dump-dom "file://$2" >"$work/$1.dom" 2>"$work/$1.log" ||
    fail "chromium exited with status $? on $2"
}

# The fixture corpus: three jurisdictions, every result.
"$lexgap" report --format html,csv --out "$work/fixtures" tests/report/fixtures/ >/dev/null 2>&1 ||
  fail "lexgap report failed on the fixture corpus"
open_in_browser fixtures "$work/fixtures/index.html"
grep -q '<table class="heatmap">' "$work/fixtures.dom" || fail "the dumped DOM has no heatmap"
cells=$(grep -o '<td class="cell r-[a-z-]*"' "$work/fixtures.dom" | wc -l)
# findings.csv has one line per finding after its header (no field of the fixtures spans lines).
findings=$(($(wc -l <"$work/fixtures/findings.csv") - 1))
[ "$findings" -eq 153 ] || fail "expected 153 findings (3 jurisdictions x 51 requirements) in findings.csv, found $findings"
[ "$cells" -eq "$findings" ] || fail "the heatmap has $cells cells for $findings findings"
for result in met partial gap unknown not-applicable; do
  grep -q "<td class=\"cell r-$result\"" "$work/fixtures.dom" || fail "no heatmap cell shows the result $result"
done

# Hostile strings: markup in names and notes must stay text.
"$lexgap" report --format html --out "$work/injection" tests/report/injection/ >/dev/null 2>&1 ||
  fail "lexgap report failed on the injection fixture"
open_in_browser injection "$work/injection/index.html"
open_in_browser injection-page "$work/injection/XI.html"
for name in injection injection-page; do
  grep -q '<main>' "$work/$name.dom" || fail "$name: the page did not load"
  if grep -q -i -E '<(script|img)[ >]' "$work/$name.dom"; then fail "$name: a corpus string became an element"; fi
done

for name in fixtures injection injection-page; do
  if grep -E ':CONSOLE|Uncaught' "$work/$name.log"; then fail "$name: the console reported the lines above"; fi
  [ -s "$work/$name.png" ] || fail "$name: no screenshot"
done

if [ "$failures" -ne 0 ]; then
  echo "$failures checks failed; DOM, console logs and screenshots are in $work"
  exit 1
fi
echo "passed: $cells heatmap cells for $findings findings; screenshots in $work"
