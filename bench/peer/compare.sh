#!/usr/bin/env bash
# Times `halenbrengen generate` against the exceljs + pptxgenjs peer (bench/peer/make.js) on the same
# workbooks, runs interleaved, and prints both times and their ratio.
#   bench/peer/compare.sh [N...]            (default: 9 60 partners)
#   HB=artifacts/linux-x64/halenbrengen bench/peer/compare.sh
# Environment: HB (our command; default the JIT Release build through dotnet), ROUNDS (default 10),
# WORK (scratch folder, default /tmp/hb-peer), PLAIN=1 (one plain hyperfine call per size instead of rounds).
# Needs: a Release build of src/HalenBrengen.Cli and bench/HalenBrengen.Bench, node, npm, hyperfine, soffice.
set -euo pipefail
cd "$(dirname "$0")/../.."

HB=${HB:-dotnet src/HalenBrengen.Cli/bin/Release/net10.0/halenbrengen.dll}
ROUNDS=${ROUNDS:-10}
WORK=${WORK:-/tmp/hb-peer}
BENCH=bench/HalenBrengen.Bench/bin/Release/net10.0/HalenBrengen.Bench.dll
[ $# -gt 0 ] || set -- 9 60

for tool in node hyperfine soffice; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is not on PATH" >&2; exit 2; }
done
[ -f "$BENCH" ] || { echo "compare.sh: build first: dotnet build -c Release src/HalenBrengen.Cli && dotnet build -c Release bench/HalenBrengen.Bench" >&2; exit 2; }
[ -d bench/peer/node_modules ] || npm ci --prefix bench/peer --no-audit --no-fund
mkdir -p "$WORK"

for n in "$@"; do
  raw="$WORK/raw-$n" in="$WORK/in-$n" ours="$WORK/out-ours-$n" peer="$WORK/out-peer-$n"
  rm -rf "$raw" "$in" "$ours" "$peer"
  # N partner workbooks filled from the example, plus a krachtenveld with a row per partner.
  dotnet "$BENCH" workbooks "$n" "$raw" >/dev/null
  # Saved once more as a spreadsheet program saves them (partners return their forms from Excel):
  # exceljs 4.4.0 cannot read the prefixed XML (<x:workbook>) that ClosedXML and the Open XML SDK
  # write (exceljs issue #1437). Both tools then read these same files.
  mkdir -p "$in"
  soffice -env:UserInstallation="file://$WORK/lo-profile" --headless \
    --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$in" "$raw"/*.xlsx >/dev/null 2>&1
  [ "$(ls "$in" | wc -l)" -eq $((n + 1)) ] || { echo "compare.sh: soffice did not re-save all workbooks" >&2; exit 1; }

  a="$HB generate $in --out $ours"
  b="node bench/peer/make.js $in $peer"
  echo "== $n partners: $in"
  if [ "${PLAIN:-}" = 1 ]; then
    # hyperfine runs all of the first command, then all of the second: not interleaved.
    hyperfine -N -w 2 -r "$ROUNDS" --export-json "$WORK/times-$n.json" "$a" "$b"
  else
    # Interleaved: ROUNDS hyperfine calls of one run each, alternating which command goes first, so a
    # busy spell on the machine hits both alike. The first call warms both up twice.
    for r in $(seq 1 "$ROUNDS"); do
      warm=0; [ "$r" -eq 1 ] && warm=2
      if [ $((r % 2)) -eq 1 ]; then first=$a second=$b; else first=$b second=$a; fi
      hyperfine -N -w "$warm" -r 1 --style none --export-json "$WORK/round-$n-$r.json" "$first" "$second" >/dev/null
    done
    node -e '
      const fs = require("fs"), [work, n, rounds] = process.argv.slice(1), times = {};
      for (let r = 1; r <= +rounds; r++)
        for (const x of JSON.parse(fs.readFileSync(`${work}/round-${n}-${r}.json`)).results)
          (times[x.command] ??= []).push(...x.times);
      fs.writeFileSync(`${work}/times-${n}.json`, JSON.stringify({ results: Object.entries(times).map(([command, t]) => ({ command, times: t })) }, null, 1));' \
      "$WORK" "$n" "$ROUNDS"
  fi
  # Mean, spread and median of each command, and ours as a fraction of the peer's time.
  node -e '
    const [file, a, b] = process.argv.slice(1), res = JSON.parse(require("fs").readFileSync(file)).results;
    const stat = (cmd) => { const t = res.find((r) => r.command === cmd).times.slice().sort((x, y) => x - y);
      const mean = t.reduce((s, x) => s + x, 0) / t.length, sd = Math.sqrt(t.reduce((s, x) => s + (x - mean) ** 2, 0) / (t.length - 1));
      return { n: t.length, mean, sd, median: t[t.length >> 1], min: t[0], max: t[t.length - 1] }; };
    const fmt = (s) => `mean ${s.mean.toFixed(3)} s ± ${s.sd.toFixed(3)}, median ${s.median.toFixed(3)} s, range ${s.min.toFixed(3)}–${s.max.toFixed(3)} s (${s.n} runs)`;
    const ours = stat(a), peer = stat(b);
    console.log(`  ours: ${fmt(ours)}\n  peer: ${fmt(peer)}`);
    console.log(`  ours / peer: ${(ours.mean / peer.mean).toFixed(2)}x by mean, ${(ours.median / peer.median).toFixed(2)}x by median`);' \
    "$WORK/times-$n.json" "$a" "$b"
done
