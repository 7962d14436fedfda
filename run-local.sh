#!/usr/bin/env bash
# Runs FocalBot locally behind the Microsoft 365 Agents Playground (Teams emulator), both on loopback only.
# Needs the .NET 10 SDK and Node.js 20. Ctrl-C stops both.
#   BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150)
#   Bot__PublicUrl (default http://127.0.0.1:$BOT_PORT): where the links the bot hands out point; set it only when the
#   bot is reached at another address (a tunnel to test in Teams).
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

bot_port=${BOT_PORT:-3978}
# Every link the bot hands out (compilations, calendar files) starts with it, so it follows the port.
public_url=${Bot__PublicUrl:-http://127.0.0.1:$bot_port}
playground_port=${PLAYGROUND_PORT:-56150}
playground_dir=$root/playground
state=$root/data/playground   # the Playground's log and recordings, out of the repository's folders
mkdir -p "$state"

# Node's fetch, so curl is not needed; exits 0 when the URL answers 2xx.
answers() { node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"; }
port_free() { node -e '
  const s = require("net").createServer();
  s.once("error", () => process.exit(1));
  s.listen(+process.argv[1], "127.0.0.1", () => s.close(() => process.exit(0)));' "$1"; }

# Install the Playground from its lockfile when node_modules is missing or the lockfile changed since.
installed=$playground_dir/node_modules/.installed-package-lock.json
if ! cmp -s "$playground_dir/package-lock.json" "$installed"; then
  echo "Installing the Agents Playground (npm ci)"
  (cd "$playground_dir" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$playground_dir/package-lock.json" "$installed"
fi

for port in "$bot_port" "$playground_port"; do
  port_free "$port" || { echo "Port $port is in use on 127.0.0.1; set BOT_PORT / PLAYGROUND_PORT." >&2; exit 1; }
done

# Each child runs in its own process group (job control on while it starts), so stopping the group also stops what it
# started (dotnet run → the bot), and Ctrl-C reaches only this script, which stops both.
bot_pid=
playground_pid=
stop() {
  trap - EXIT INT TERM
  for pid in $playground_pid $bot_pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in $playground_pid $bot_pid; do wait "$pid" 2>/dev/null || true; done
}
trap stop EXIT
trap 'echo; echo "Stopping"; exit 130' INT TERM

echo "Building and starting the bot on http://127.0.0.1:$bot_port (data: data/focalbot.db)"
set -m
ASPNETCORE_ENVIRONMENT=Development Storage__Sqlite__Path="$root/data/focalbot.db" Bot__PublicUrl="$public_url" \
  dotnet run --project src/Bot --no-launch-profile -- --urls "http://127.0.0.1:$bot_port" &
bot_pid=$!
set +m

until answers "http://127.0.0.1:$bot_port/healthz"; do
  kill -0 "$bot_pid" 2>/dev/null || { echo "The bot stopped before it answered /healthz." >&2; exit 1; }
  sleep 1
done

echo "Starting the Agents Playground on http://127.0.0.1:$playground_port (log: data/playground/)"
set -m
(
  cd "$state"
  export TEAMSAPPTESTER_BROWSER=none
  export M365_AGENTS_PLAYGROUND_CONFIG_PATH=$playground_dir/.m365agentsplayground.yml
  export M365_AGENTS_PLAYGROUND_LOGFILE=$state/m365agentsplayground.log
  export M365_AGENTS_PLAYGROUND_RECORDING_FILE=$state/events_recording.log
  export NO_PROXY=127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}
  exec node --import "$playground_dir/loopback.mjs" "$playground_dir/node_modules/@microsoft/m365agentsplayground/cli.js" start \
    --app-endpoint "http://127.0.0.1:$bot_port/api/messages" \
    --port "$playground_port" \
    --service-url "http://127.0.0.1:$playground_port/_connector" \
    --channel-id msteams \
    --disable-telemetry
) >"$state/stdout.log" 2>&1 &
playground_pid=$!
set +m

# A bad config still listens but never mounts its routes: the ping tells them apart.
for _ in $(seq 1 60); do
  answers "http://127.0.0.1:$playground_port/_debug/ping" && break
  kill -0 "$playground_pid" 2>/dev/null || break
  sleep 0.5
done
if ! answers "http://127.0.0.1:$playground_port/_debug/ping"; then
  echo "The Agents Playground did not start:" >&2
  cat "$state/stdout.log" "$state/m365agentsplayground.log" >&2 2>/dev/null || true
  exit 1
fi

echo
echo "FocalBot is running. Open http://127.0.0.1:$playground_port (you are Sophie Laurent, SRSG office). Ctrl-C stops."
echo

# Until Ctrl-C, or until either process ends on its own.
while kill -0 "$bot_pid" 2>/dev/null && kill -0 "$playground_pid" 2>/dev/null; do sleep 1; done
echo "A process ended; stopping." >&2
exit 1
