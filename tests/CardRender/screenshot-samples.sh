#!/usr/bin/env bash
# Screenshots every card the bot can send (AllCards.Samples(), English and French), as a person sees it in Teams.
#   tests/CardRender/screenshot-samples.sh [out folder, default artifacts/card-shots]
# Writes the cards to <out>/cards (through the Bot.Tests CardRender tests, which name the files), their PNGs to
# <out>/png, and screenshot.mjs's report (one JSON line per card: file, PNG, visible text, clipped texts) to
# <out>/shots.jsonl.
set -euo pipefail
root=$(realpath "$(dirname "$0")/../..")
out=$(realpath -m "${1:-$root/artifacts/card-shots}")   # a folder given is taken from where the script is run
cd "$root"

tests/CardRender/install-chromium.sh
[ -d tests/CardRender/node_modules/playwright-core ] || (cd tests/CardRender && npm ci --no-audit --no-fund --loglevel=error)
if ! build=$(dotnet build tests/Bot.Tests -c Release --nologo -v quiet 2>&1); then echo "$build" >&2; exit 1; fi

# The tests fail when a card has a problem; its file is written all the same, and is worth a look.
FOCALBOT_CARD_SAMPLES="$out/cards" dotnet test tests/Bot.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~FocalBot.Bot.Tests.Cards.CardRenderTests" >/dev/null \
  || echo "The CardRender tests failed (run them to see why); screenshotting the cards anyway." >&2

rm -rf "$out/png"
status=0
node tests/CardRender/screenshot.mjs "$out/cards" "$out/png" >"$out/shots.jsonl" || status=$?
echo "$(ls "$out/png" | wc -l) screenshots in $out/png; visible texts in $out/shots.jsonl"
exit "$status"
