#!/usr/bin/env bash
# The release: one file per platform that a facilitator runs with nothing else installed.
#   scripts/publish.sh [RID...]        (no argument: linux-x64 win-x64 osx-arm64 osx-x64)
# Writes artifacts/<rid>/halenbrengen (halenbrengen.exe for win-x64), each with the site inside: the
# page, the task pane and the generator as WebAssembly, so 'serve' and 'site' work from the one file.
#   linux-x64            Native AOT: machine code, no runtime, linked here by clang.
#   win-x64, osx-*       self-contained single file: the runtime inside, trimmed, precompiled (ReadyToRun).
#                        Native AOT cannot target another operating system from Linux.
# Everything it builds on the way goes to artifacts/build (--artifacts-path), apart from the bin/ and
# obj/ folders of a developer's build and the tests', so a release never picks up a stale Debug build.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || set -- linux-x64 win-x64 osx-arm64 osx-x64
for rid in "$@"; do
  case "$rid" in
    linux-x64 | win-x64 | osx-arm64 | osx-x64) ;;
    *) echo "publish.sh: '$rid' is not a release platform; choose from linux-x64 win-x64 osx-arm64 osx-x64" >&2; exit 2 ;;
  esac
done
# Native AOT links with clang (the SDK falls back to gcc); zlib comes with the ILCompiler package.
if [[ " $* " == *" linux-x64 "* ]] && ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
  echo "publish.sh: Native AOT needs a C linker; install clang first (Debian: apt-get install clang)" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
build="$PWD/artifacts/build"
bundle="$build/bundle"
quiet=(-nologo -v:q -clp:NoSummary)

# The generator as WebAssembly, once for every platform: the page's engine, embedded in each release.
# Without the precompressed .br/.gz copies, which the release does not carry (hosts compress themselves).
echo "== WebAssembly bundle (src/HalenBrengen.Browser)"
start=$SECONDS
rm -rf "$bundle"
dotnet publish src/HalenBrengen.Browser -c Release -p:CompressionEnabled=false \
  --artifacts-path "$build" -o "$bundle" "${quiet[@]}"
echo "   $(( SECONDS - start )) s"

for rid in "$@"; do
  echo "== $rid"
  start=$SECONDS
  published="$build/publish/$rid"
  rm -rf "$published" "artifacts/$rid"
  dotnet publish src/HalenBrengen.Cli -c Release -r "$rid" \
    -p:EmbedBrowserBundle=true -p:BrowserBundle="$bundle/wwwroot" \
    --artifacts-path "$build" -o "$published" "${quiet[@]}"
  # The release is the one executable; its symbols (.pdb, .dbg) stay in artifacts/build for a crash report.
  exe=halenbrengen; [ "$rid" = win-x64 ] && exe=halenbrengen.exe
  mkdir -p "artifacts/$rid"
  cp "$published/$exe" "artifacts/$rid/$exe"
  echo "   artifacts/$rid/$exe: $(( $(stat -c %s "artifacts/$rid/$exe") / 1000000 )) MB, $(( SECONDS - start )) s"
done
