#!/usr/bin/env bash
# Runs FocalBot locally behind the Microsoft 365 Agents Playground (Teams emulator), all on loopback only: one bot and
# one Playground per person of the demo network (playground/network.json), each Playground acting as its person, on
# consecutive ports, all talking to the same bot. Needs the .NET 10 SDK and Node.js 20. Ctrl-C stops everything.
#   BOT_PORT (default 3978), PLAYGROUND_PORT (default 56150: the first person's Playground; the next ones follow)
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
state=$root/data/playground   # the Playgrounds' configurations, logs and recordings, out of the repository's folders
mkdir -p "$state"

# Node's fetch, so curl is not needed; exits 0 when the URL answers 2xx (to a POST of {} when a second argument says so).
answers() { node -e '
  const [url, method] = process.argv.slice(1);
  const init = method ? { method, headers: { "content-type": "application/json" }, body: "{}" } : {};
  fetch(url, init).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$@"; }
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

# One configuration per person; one line each: key, port, name, role, language, personal chat id (tab-separated).
people=$(node "$playground_dir/configure.mjs" "$state/config" "$playground_port")
keys=() ports=() names=() roles=() languages=() chats=()
while IFS=$'\t' read -r key port name role language chat; do
  keys+=("$key") ports+=("$port") names+=("$name") roles+=("$role") languages+=("$language") chats+=("$chat")
done <<<"$people"
[ ${#keys[@]} -gt 0 ] || { echo "playground/network.json lists nobody." >&2; exit 1; }

for port in "$bot_port" "${ports[@]}"; do
  port_free "$port" || { echo "Port $port is in use on 127.0.0.1; set BOT_PORT / PLAYGROUND_PORT." >&2; exit 1; }
done

# Each child runs in its own process group (job control on while it starts), so stopping the group also stops what it
# started (dotnet run → the bot), and Ctrl-C reaches only this script, which stops them all.
bot_pid=
playground_pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${playground_pids[@]}" $bot_pid; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${playground_pids[@]}" $bot_pid; do wait "$pid" 2>/dev/null || true; done
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

# Every Playground is its own mock Bot Connector: the bot answers each conversation at the serviceUrl it came from.
start_playground() {   # index
  local key=${keys[$1]} port=${ports[$1]} dir=$state/${keys[$1]}
  mkdir -p "$dir"
  set -m
  (
    cd "$dir"
    export TEAMSAPPTESTER_BROWSER=none
    export M365_AGENTS_PLAYGROUND_CONFIG_PATH=$state/config/$key.yml
    export M365_AGENTS_PLAYGROUND_LOGFILE=$dir/m365agentsplayground.log
    export M365_AGENTS_PLAYGROUND_RECORDING_FILE=$dir/events_recording.log
    export NO_PROXY=127.0.0.1,localhost${NO_PROXY:+,$NO_PROXY}
    exec node --import "$playground_dir/loopback.mjs" "$playground_dir/node_modules/@microsoft/m365agentsplayground/cli.js" start \
      --app-endpoint "http://127.0.0.1:$bot_port/api/messages" \
      --port "$port" \
      --service-url "http://127.0.0.1:$port/_connector" \
      --channel-id msteams \
      --disable-telemetry
  ) >"$dir/stdout.log" 2>&1 &
  playground_pids+=($!)
  set +m
}

echo "Starting ${#keys[@]} Agents Playgrounds on ports ${ports[0]}–${ports[-1]} (logs: data/playground/<person>/)"
for i in "${!keys[@]}"; do start_playground "$i"; done

# A bad config still listens but never mounts its routes: the ping tells them apart.
for i in "${!keys[@]}"; do
  url=http://127.0.0.1:${ports[$i]}
  for _ in $(seq 1 60); do
    answers "$url/_debug/ping" && break
    kill -0 "${playground_pids[$i]}" 2>/dev/null || break
    sleep 0.5
  done
  if ! answers "$url/_debug/ping"; then
    echo "The Agents Playground of ${names[$i]} did not start:" >&2
    cat "$state/${keys[$i]}/stdout.log" "$state/${keys[$i]}/m365agentsplayground.log" >&2 2>/dev/null || true
    exit 1
  fi
  # The bot meets each person's personal chat now, at that person's Playground, so what it sends them one to one (a
  # request, a convocation) arrives there, even before their page is opened.
  answers "$url/_debug/conversation/${chats[$i]}/installation" POST \
    || echo "The bot was not added to ${names[$i]}'s personal chat; opening their page does it." >&2
done

echo
# Padded by characters (printf pads by bytes, and names have accents).
pad() { printf '%s%*s' "$1" $(($2 - ${#1})) ''; }
row() { echo "  $(pad "$1" 17)$(pad "$2" 21)$(pad "$3" 10)$4"; }
row "Person" "Role" "Language" "Address"
for i in "${!keys[@]}"; do row "${names[$i]}" "${roles[$i]}" "${languages[$i]}" "http://127.0.0.1:${ports[$i]}"; done
echo
# Said last, once everything is up and the script only waits: from here Ctrl-C stops everything.
echo "FocalBot is running at http://127.0.0.1:$bot_port. Open a person's address to act as them; Ctrl-C stops everything."

# Until Ctrl-C, or until any process ends on its own.
while kill -0 "$bot_pid" 2>/dev/null; do
  for pid in "${playground_pids[@]}"; do kill -0 "$pid" 2>/dev/null || break 2; done
  sleep 1
done
echo "A process ended; stopping." >&2
exit 1
