#!/usr/bin/env bash
# Plants known faults in the code, one at a time, and says which ones the tests catch.
#
# A developer's tool, not a CI step (docs/testing.md). Each fault below is a small perl replacement in one
# named file: the kind of slip a person makes (a comparison one off, two columns swapped, a line lost).
# For each fault the script copies nothing back into this checkout: it works in a throw-away copy of the
# tree as it is now (tracked and new files, not ignored ones), plants the fault there, runs only the test
# project concerned with the everyday filter (Category!=Slow), restores the file and prints one line:
#   caught      the project's tests fail (the failing tests are named)
#   SURVIVED    every test still passes: a test is missing
#   NOT APPLIED the pattern no longer matches the file (the code moved on): update the fault
#   NOT BUILT   the planted fault does not compile, so it says nothing about the tests
# Usage: scripts/faults.sh [--keep] [FAULT-ID...]     e.g. scripts/faults.sh E1 C4
# Exit code: 0 when every fault run was caught, 1 otherwise. Takes about a minute per fault on two cores.
set -uo pipefail
cd "$(dirname "$0")/.."

keep=0
wanted=()
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) wanted+=("$arg") ;;
  esac
done

ids=(); projects=(); files=(); descriptions=(); edits=()
# fault ID PROJECT FILE DESCRIPTION PERL-EXPRESSION (run with perl -0777 -pe: the whole file is one string)
fault() { ids+=("$1"); projects+=("$2"); files+=("$3"); descriptions+=("$4"); edits+=("$5"); }

excel=src/HalenBrengen.Excel
core=src/HalenBrengen.Core/Analysis
pptx=src/HalenBrengen.Pptx
layout=src/HalenBrengen.Layout

# Reading the workbooks (tests/HalenBrengen.Excel.Tests)
fault E1 Excel "$excel/Reading/TableSheet.cs" "a blank row ends the table (continue -> break)" \
  's/(if \(filled\.Count == 0\)\s*)continue;/${1}break;/'
fault E2 Excel "$excel/Reading/TableSheet.cs" "the table ends at the first missing row number" \
  's/grid\.RowNumbers\.Where\(r => r > header\.Row\)/grid.RowNumbers.Where(r => r > header.Row).TakeWhile((r, i) => r == header.Row + 1 + i)/'
fault E3 Excel "$excel/Reading/TableSheet.cs" "the header is searched in 9 rows, not 10" \
  's/HeaderSearchRows = 10;/HeaderSearchRows = 9;/'
fault E4 Excel "$excel/Reading/TableHeader.cs" "the header search stops before its last row (<= -> <)" \
  's/TakeWhile\(r => r <= searchRows\)/TakeWhile(r => r < searchRows)/'
fault E5 Excel "$excel/Reading/BelangenkaartReader.cs" "a brengen item's Omvang and Toelichting columns swapped in the reader" \
  's/row\[C\.Brengen\.Omvang\]/row[C.Brengen.SWAP]/g; s/row\[C\.Brengen\.Toelichting\]/row[C.Brengen.Omvang]/g; s/C\.Brengen\.SWAP/C.Brengen.Toelichting/g'
fault E6 Excel "$excel/Contract.cs" "the Brengen headers Omvang and Toelichting swapped in the contract (writer and reader alike)" \
  's/(class Brengen\s*\{.*?Omvang = )"Omvang";(.*?Toelichting = )"Toelichting";/${1}"Toelichting";${2}"Omvang";/s'

# The analysis (tests/HalenBrengen.Core.Tests)
fault C1 Core "$core/RoundComparison.cs" "a change of Omvang is not reported" \
  's/^.*changed\.Add\(ItemAspect\.Omvang\);\n//m'
fault C2 Core "$core/RoundComparison.cs" "a change of Toelichting is not reported" \
  's/^.*changed\.Add\(ItemAspect\.Toelichting\);\n//m'
fault C3 Core "$core/RoundComparison.cs" "a change of Soort is not reported" \
  's/^.*changed\.Add\(ItemAspect\.Soort\);\n//m'
fault C4 Core "$core/RoundComparison.cs" "an edited item pairs with the least alike earlier wording" \
  's/OrderByDescending\(c => c\.Score\)/OrderBy(c => c.Score)/'
fault C5 Core "$core/RoundComparison.cs" "pairing tie-break reversed (equally alike: the last earlier wording wins)" \
  's/\.ThenBy\(c => c\.After\)\.ThenBy\(c => c\.Before\)/.ThenBy(c => c.After).ThenByDescending(c => c.Before)/'
fault C6 Core "$core/RoundComparison.cs" "the same wording twice pairs both with one earlier item" \
  's/if \(taken\[b\] \|\| TextKey\.Label\(before\[b\]\.Text\.Value\) != key\)/if (TextKey.Label(before[b].Text.Value) != key)/'
fault C7 Core "$core/Balance.cs" "balance: > becomes >= (a partner bringing nothing also gets much more)" \
  's/if \(brengen > 0 && halen >= 2 \* brengen/if (brengen >= 0 \&\& halen >= 2 * brengen/'
fault C8 Core "$core/Balance.cs" "balance: 2 halen against 1 brengen reads as getting much more" \
  's/halen - brengen >= 2/halen - brengen >= 1/'
fault C9 Core "$core/Balance.cs" "balance: 1 halen against 2 brengen reads as bringing much more" \
  's/brengen - halen >= 2/brengen - halen >= 1/'
fault C10 Core "$core/Priorities.cs" "priorities: equal scores, the smaller influence first" \
  's/\.ThenByDescending\(e => e\.Invloed is/.ThenBy(e => e.Invloed is/'
fault C11 Core "$core/Priorities.cs" "priorities: equal scores in the krachtenveld's order, influence ignored" \
  's/^\s*\.ThenByDescending\(e => e\.Invloed is[^\n]*\n//m'
fault C12 Core "$core/Themes.cs" "themes: the gezamenlijk belang is not scanned" \
  's/^.*yield return gezamenlijk;\n//m'

# The writer (tests/HalenBrengen.Pptx.Tests): the three mutations of the last review round
fault P1 Pptx "$pptx/DrawingXml.cs" "every font size doubled in the writer" \
  's/\(int\)Math\.Round\(sizePt \* 100\)/(int)Math.Round(2 * sizePt * 100)/'
fault P2 Pptx "$pptx/TextShapeXml.cs" "titles written at 66 pt" \
  's/Body\(x, title, language, font\);/Body(x, title with { FontSizePt = 66 }, language, font);/'
fault P3 Pptx "$pptx/TableXml.cs" "a table header's text in its fill colour" \
  's/table\.TextColorOf\(row\)/table.FillOf(row)/'

# The planners, held to the design rules on plans (tests/HalenBrengen.Layout.Tests)
fault L1 Layout "$layout/Deck/PartnerSlides.cs" "partners' words too long for one slide set 3 pt under the room's 20 pt" \
  's/c\.Scale\.BodyMin, false\)/c.Scale.BodyMin - 3, false)/g'
fault L2 Layout "$layout/Posters/PosterSheet.cs" "a partner's name on a poster only a fifth larger than its words" \
  's/Math\.Ceiling\(wordsPt \* NameOverBody\)/Math.Ceiling(wordsPt * 1.2)/'

selected() {
  [ ${#wanted[@]} -eq 0 ] && return 0
  local w; for w in "${wanted[@]}"; do [ "$w" = "$1" ] && return 0; done; return 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/halenbrengen-faults.XXXXXX")
if [ $keep -eq 0 ]; then trap 'rm -rf "$work"' EXIT; fi
# The tree as it is now, new files included, without build output or anything ignored.
git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -xf - -C "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset CI

# Runs one test project's everyday tests in the copy; leaves its output in $work/last.log.
# Returns 0 (all passed), 1 (a test failed), 2 (the build failed).
run_tests() {
  (cd "$work" && dotnet test "tests/HalenBrengen.$1.Tests" --filter "Category!=Slow" -nologo) >"$work/last.log" 2>&1
  local status=$?
  if [ $status -eq 0 ]; then return 0; fi
  if grep -qE '^  Failed [A-Za-z]' "$work/last.log"; then return 1; fi
  return 2
}

failed_tests() {
  grep -E '^  Failed [A-Za-z]' "$work/last.log" | sed -E 's/^  Failed //; s/ \[[^]]*\]$//; s/^HalenBrengen\.[A-Za-z]+\.Tests\.//; s/\(.*//' | sort -u
}

# The copy must pass before any fault is planted, or nothing below means anything.
declare -A baseline
for i in "${!ids[@]}"; do
  selected "${ids[$i]}" || continue
  project=${projects[$i]}
  [ -n "${baseline[$project]:-}" ] && continue
  echo "baseline: tests/HalenBrengen.$project.Tests (Category!=Slow) without faults..."
  if ! run_tests "$project"; then
    echo "The unchanged tree does not pass tests/HalenBrengen.$project.Tests; fix that first. Output:"
    tail -40 "$work/last.log"
    exit 2
  fi
  baseline[$project]=passed
done

printf '%-4s %-6s %-12s %s\n' "id" "tests" "result" "fault"
all_caught=0
for i in "${!ids[@]}"; do
  id=${ids[$i]}
  selected "$id" || continue
  file=${files[$i]}; project=${projects[$i]}; description=${descriptions[$i]}
  target="$work/$file"
  if [ ! -f "$target" ]; then
    printf '%-4s %-6s %-12s %s (%s: no such file)\n' "$id" "$project" "NOT APPLIED" "$description" "$file"
    all_caught=1; continue
  fi
  cp -p "$target" "$work/pristine"
  perl -0777 -pi -e "${edits[$i]}" "$target"
  if cmp -s "$target" "$work/pristine"; then
    printf '%-4s %-6s %-12s %s (%s: pattern not found)\n' "$id" "$project" "NOT APPLIED" "$description" "$file"
    all_caught=1; continue
  fi
  run_tests "$project"; status=$?
  cp "$work/pristine" "$target"; touch "$target"
  case $status in
    0) printf '%-4s %-6s %-12s %s\n' "$id" "$project" "SURVIVED" "$description"; all_caught=1 ;;
    1) names=$(failed_tests); count=$(printf '%s\n' "$names" | wc -l)
       printf '%-4s %-6s %-12s %s\n' "$id" "$project" "caught" "$description"
       printf '%s\n' "$names" | head -4 | sed 's/^/                        failed: /'
       [ "$count" -gt 4 ] && echo "                        ... and $((count - 4)) more" ;;
    *) printf '%-4s %-6s %-12s %s\n' "$id" "$project" "NOT BUILT" "$description"; all_caught=1
       grep -E 'error [A-Z]+[0-9]+' "$work/last.log" | head -2 | sed 's/^/                        /' ;;
  esac
done
[ $keep -eq 1 ] && echo "copy kept in $work"
exit $all_caught
