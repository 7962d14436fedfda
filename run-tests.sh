#!/usr/bin/env bash
# Runs every test: unit, endpoint, card rendering, manifest and infra checks, and end to end through the
# Agents Playground. Installs its own npm packages from the lockfiles, and Debian's Chromium for the card
# screenshots when it is missing. Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

# The card screenshots need Debian's Chromium: installed once, when missing (a failure shows in the screenshot tests).
tests/CardRender/install-chromium.sh || true

for folder in tests/CardRender tests/Manifest playground; do
  if [ -f "$folder/package-lock.json" ]; then
    echo "npm ci in $folder"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

dotnet build FocalBot.sln -c "$configuration" --nologo -v quiet

status=0
dotnet test FocalBot.sln -c "$configuration" --no-build --nologo \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" || status=$?

# Sum the counters of every test assembly's result file.
read -r passed failed skipped < <(
  cat "$results"/*.trx 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/[^0-9]/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"] }')

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crashed run counts as a failure
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
