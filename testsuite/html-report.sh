#!/bin/sh
# html-report.sh OWNCK OUTDIR: the HTML report of examples/*.c, opened in headless
# Chromium. Run from the source root. Checks:
#   - the page is self-contained (no src/href but "#..." and "data:") and deterministic;
#   - Chromium logs no console message (errors, CSP violations, script exceptions);
#   - the DOM Chromium dumps has one section.finding per finding of --format=gcc, with
#     its rule, level, line, message and help, and as li.event every located note of it
#     (line and text), in order, then the primary; each event has its numbered marker
#     on its code line;
#   - the filters: #rule=OWN003, #level=warning and #rule=OWN001,OWN002&level=error
#     applied on load leave exactly the matching findings visible.
# Keeps OUTDIR/report.html and the screenshot OUTDIR/report.png (1280x2000).
# Exits 77 (skipped) when Chromium is not installed (scripts/setup.sh --test installs it).
set -u
ownck=$1
outdir=$2
chromium=${CHROMIUM:-}
[ -n "$chromium" ] || chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "html-report: skipped: no chromium (install the Debian package 'chromium')"
  exit 77
fi
mkdir -p "$outdir" || exit 1
outdir=$(cd "$outdir" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "html-report: FAIL: $*"; status=1; }
status=0
page="$outdir/report.html"
url="file://$(printf '%s' "$page" | sed 's/%/%25/g; s/ /%20/g; s/#/%23/g')"

"$ownck" --format=gcc examples/*.c > "$tmp/gcc"
"$ownck" --format=html -o "$page" examples/*.c
rc=$?
[ "$rc" -eq 1 ] || fail "ownck --format=html: expected exit status 1 (findings), got $rc"
"$ownck" --format=html -o "$tmp/again.html" examples/*.c
cmp -s "$page" "$tmp/again.html" || fail "two runs gave different pages"
if grep -Eo '(src|href|action)="[^"]*"' "$page" | grep -Ev '^[a-z]+="(#|data:)' > "$tmp/refs"; then
  fail "the page refers to something outside itself:"; cat "$tmp/refs"
fi

# chrome NAME URL [flags]: runs headless Chromium with a fresh profile; stdout to
# $tmp/NAME.out, its log to $tmp/NAME.log. Fails on any console message.
chrome() {
  name=$1 u=$2
  shift 2
  mkdir -p "$tmp/home" && ud=$(mktemp -d "$tmp/profile.XXXXXX")
  HOME="$tmp/home" timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$ud" --enable-logging=stderr --v=0 "$@" "$u" > "$tmp/$name.out" 2> "$tmp/$name.log"
  crc=$?
  [ "$crc" -eq 0 ] || { fail "chromium ($name) exited with $crc"; tail -20 "$tmp/$name.log"; }
  if grep -E 'CONSOLE|Uncaught' "$tmp/$name.log" > "$tmp/console"; then
    fail "console messages ($name):"; cat "$tmp/console"
  fi
}

# Awk helpers shared by the DOM checks: attribute values, the text of a span of a class,
# and HTML entities decoded (Chromium serialises text with &amp; &lt; &gt; &nbsp;).
lib='
function unesc(s) {
  gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s); gsub(/&quot;/, "\"", s); gsub(/&#39;/, "\047", s)
  gsub(/&nbsp;/, " ", s); gsub(/&amp;/, "\\&", s); return s
}
function attr(s, name,   i) {
  i = index(s, " " name "=\""); if (!i) return ""
  s = substr(s, i + length(name) + 3); return unesc(substr(s, 1, index(s, "\"") - 1))
}
function inner(s, cls,   i) {
  i = index(s, "<span class=\"" cls "\">"); if (!i) return ""
  s = substr(s, i + length(cls) + 15); return unesc(substr(s, 1, index(s, "</span>") - 1))
}
function hidden(s) { return index(substr(s, 1, index(s, ">")), " hidden") > 0 }
'

# ---- the findings and their path events, against the gcc format ----
chrome dom "$url" --dump-dom
awk "$lib"'
# The gcc lines: "path:line:col: level: msg [OWNnnn]", then its "note:" and "help:" lines.
FNR == NR {
  if (match($0, /: (error|warning|note): .* \[OWN[0-9][0-9][0-9]\]$/)) {
    g++; n = split(substr($0, 1, RSTART - 1), a, ":")
    gline[g] = a[n - 1]; gfile[g] = substr($0, 1, RSTART - 1); sub(/:[0-9]+:[0-9]+$/, "", gfile[g])
    rest = substr($0, RSTART + 2); glevel[g] = substr(rest, 1, index(rest, ":") - 1)
    rest = substr(rest, length(glevel[g]) + 3); grule[g] = substr(rest, length(rest) - 6, 6)
    gmsg[g] = substr(rest, 1, length(rest) - 9); gn[g] = 0; cur = g
  } else if (cur && match($0, /:[0-9]+(:[0-9]+)?: note: /)) {
    n = split(substr($0, 1, RSTART + RLENGTH - 9), a, ":")
    gnote[cur, ++gn[cur]] = (a[n] ~ /^[0-9]+$/ && a[n - 1] ~ /^[0-9]+$/ ? a[n - 1] : a[n]) "|" substr($0, RSTART + RLENGTH)
  } else if (cur && match($0, /: help: /)) ghelp[cur] = substr($0, RSTART + RLENGTH)
  else cur = 0
  next
}
# The DOM Chromium dumped.
/<section class="finding"/ {
  d++; dkey[d] = attr($0, "data-file") "|" attr($0, "data-line") "|" attr($0, "data-rule")
  dlevel[d] = attr($0, "data-level"); dline[d] = attr($0, "data-line"); ne[d] = 0; nn[d] = 0
  if (hidden($0)) print "html-report: FAIL: finding " d " is hidden without a filter"
}
/<h4>/ && d { dmsg[d] = inner($0, "msg") }
/<li class="event/ {
  k = ++ne[d]; ev[d, k] = attr($0, "data-line") "|" inner($0, "etext"); eprim[d, k] = index($0, "event primary") > 0
  if (attr($0, "data-step") != k) print "html-report: FAIL: finding " d ": event " k " has data-step " attr($0, "data-step")
}
/<li class="note"/ { note[d, ++nn[d]] = inner($0, "ntext") }
/<p class="help"/ { dhelp[d] = inner($0, "htext") }
/<div class="tool"/ { n = split(inner($0, "loc"), a, ":"); tool[(a[n - 1] ~ /^[0-9]+$/ ? a[n - 1] : a[n]) "|" inner($0, "msg")] = 1 }
/<div class="line/ {
  s = $0; l = attr(s, "data-line")
  while ((i = index(s, "data-step=\""))) { s = substr(s, i + 11); mark[d, substr(s, 1, index(s, "\"") - 1)] = l }
}
END {
  bad = 0
  if (g == 0) { print "html-report: FAIL: no findings in the gcc output"; bad = 1 }
  if (d != g) { print "html-report: FAIL: " g " findings in the gcc output, " d " finding sections in the page"; bad = 1 }
  for (i = 1; i <= g; i++) {
    key = gfile[i] "|" gline[i] "|" grule[i]; m = 0
    for (j = 1; j <= d && !m; j++) if (dkey[j] == key && !used[j]) m = j
    if (!m) { print "html-report: FAIL: no finding section for " key; bad = 1; continue }
    used[m] = 1; what = "finding " key
    if (dlevel[m] != glevel[i]) { print "html-report: FAIL: " what ": level " dlevel[m] ", expected " glevel[i]; bad = 1 }
    if (dmsg[m] != gmsg[i]) { print "html-report: FAIL: " what ": message \"" dmsg[m] "\", expected \"" gmsg[i] "\""; bad = 1 }
    if (dhelp[m] != ghelp[i]) { print "html-report: FAIL: " what ": help \"" dhelp[m] "\", expected \"" ghelp[i] "\""; bad = 1 }
    # Each located note is an event (a note at the primary line may be a span-less note).
    for (k = 1; k <= gn[i]; k++) {
      ok = 0
      for (e = 1; e < ne[m] && !ok; e++) if (ev[m, e] == gnote[i, k] && !evused[m, e]) { ok = 1; evused[m, e] = 1 }
      split(gnote[i, k], a, "|")
      for (e = 1; e <= nn[m] && !ok; e++) ok = a[1] == gline[i] && gnote[i, k] == a[1] "|" note[m, e]
      if (!ok && (gnote[i, k] in tool)) continue   # a tool message after the finding
      if (!ok) { print "html-report: FAIL: " what ": note \"" gnote[i, k] "\" is not shown as a path event"; bad = 1 }
    }
    for (e = 1; e < ne[m]; e++)
      if (!evused[m, e] || eprim[m, e]) { print "html-report: FAIL: " what ": unexpected event " e " \"" ev[m, e] "\""; bad = 1 }
    split(ev[m, ne[m]], a, "|")
    if (!ne[m] || !eprim[m, ne[m]] || a[1] != gline[i]) { print "html-report: FAIL: " what ": the last event is not the primary at line " gline[i]; bad = 1 }
    for (e = 1; e <= ne[m]; e++) {
      split(ev[m, e], a, "|")
      if (mark[m, e] != a[1]) { print "html-report: FAIL: " what ": no marker " e " on code line " a[1]; bad = 1 }
    }
    nev += ne[m]
  }
  if (!bad) print "html-report: " d " findings, " nev " path events, all shown with their markers"
  exit bad
}' "$tmp/gcc" "$tmp/dom.out" || status=1

# ---- the filters, set from the fragment on load ----
# filter NAME FRAGMENT RULES LEVELS: exactly the findings of one of RULES (comma list,
# "*": any) at one of LEVELS are visible, as many as the gcc format has; file and rule
# groups without one are hidden; the shown count and the "no finding matches" line agree.
filter() {
  chrome "$1" "$url#$2" --dump-dom
  awk -v rules=",$3," -v levels=",$4," "$lib"'
  FNR == NR {
    if (match($0, /: (error|warning|note): .* \[OWN[0-9][0-9][0-9]\]$/)) {
      rest = substr($0, RSTART + 2); l = substr(rest, 1, index(rest, ":") - 1); r = substr(rest, length(rest) - 6, 6)
      nexp += (rules == ",*," || index(rules, "," r ",")) && index(levels, "," l ",")
    }
    next
  }
  function close_group(   ) { if (gopen && ghid != !gvis) { print "html-report: FAIL: '"$2"': group " gname " hidden=" ghid " with " gvis " visible"; bad = 1 } gopen = 0 }
  function close_file(   ) { close_group(); if (fopen && fhid != !fvis) { print "html-report: FAIL: '"$2"': file " fname " hidden=" fhid " with " fvis " visible"; bad = 1 } fopen = 0 }
  /<section class="file"/ { close_file(); fopen = 1; fname = attr($0, "data-file"); fhid = hidden($0); fvis = 0 }
  /<section class="group"/ { close_group(); gopen = 1; gname = attr($0, "data-rule"); ghid = hidden($0); gvis = 0 }
  /<section class="finding"/ {
    r = attr($0, "data-rule"); l = attr($0, "data-level"); n++
    want = (rules == ",*," || index(rules, "," r ",")) && index(levels, "," l ",")
    if (want == hidden($0)) { print "html-report: FAIL: '"$2"': " r " finding at " attr($0, "data-file") ":" attr($0, "data-line") (want ? " hidden" : " shown"); bad = 1 }
    if (want) { vis++; gvis++; fvis++ }
  }
  /id="nshown"/ { s = substr($0, index($0, "id=\"nshown\">") + 12); shown = substr(s, 1, index(s, "<") - 1) }
  /<p id="none"/ { none_hidden = hidden($0) }
  END {
    close_file()
    if (vis + 0 != nexp + 0) { print "html-report: FAIL: '"$2"': " vis " findings visible, the gcc format has " nexp; bad = 1 }
    if (shown != vis + 0) { print "html-report: FAIL: '"$2"': the page says " shown " shown, " vis " are"; bad = 1 }
    if (none_hidden != (vis > 0)) { print "html-report: FAIL: '"$2"': the no-match line is wrong"; bad = 1 }
    if (!bad) print "html-report: #'"$2"': " vis + 0 " of " n " findings shown"
    exit bad
  }' "$tmp/gcc" "$tmp/$1.out" || status=1
}
filter rule "rule=OWN003" OWN003 error,warning,note
filter level "level=warning" '*' warning
filter both "rule=OWN001,OWN002&level=error" OWN001,OWN002 error

# ---- the screenshot, kept as the test's artifact ----
rm -f "$outdir/report.png"
chrome shot "$url" --screenshot="$outdir/report.png" --window-size=1280,2000 --hide-scrollbars
if [ "$(head -c 4 "$outdir/report.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e47 ]; then
  fail "no screenshot in $outdir/report.png"
fi

[ "$status" -eq 0 ] && echo "html-report: ok (page $page, screenshot $outdir/report.png)"
exit "$status"
