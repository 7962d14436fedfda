#!/usr/bin/env bash
# Builds the Teams app package: a zip whose root holds manifest.json, the two icons and the
# localization files it names (Teams rejects a package with them in a sub-folder).
#
#   BOT_APP_ID=<guid> manifest/pack.sh          # or: manifest/pack.sh <guid>
#
# BOT_APP_ID is the bot's Entra app id: with a managed-identity bot, the identity's client id
# (the `botAppId` output of infra/main.bicep). It goes in bots[0].botId and webApplicationInfo
# (id, and resource api://botid-<id>). Without it the placeholder stays, which is only
# good for schema checks. PACKAGE_PATH overrides the output (default manifest/build/focalbot.zip).
# Needs only python3 (its zipfile module), which Debian ships.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
placeholder="00000000-0000-0000-0000-000000000000"
bot_app_id="${1:-${BOT_APP_ID:-$placeholder}}"
package="${PACKAGE_PATH:-$here/build/focalbot.zip}"

if ! [[ "$bot_app_id" =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "pack.sh: BOT_APP_ID must be a GUID, got '$bot_app_id'" >&2
  exit 2
fi
if ! command -v python3 >/dev/null; then
  echo "pack.sh: python3 is required (apt-get install -y python3)" >&2
  exit 2
fi

mkdir -p "$(dirname "$package")"

python3 - "$here" "$bot_app_id" "$package" <<'PY'
import json, os, sys, zipfile

source, bot_app_id, package = sys.argv[1:4]
with open(os.path.join(source, "manifest.json"), encoding="utf-8") as f:
    manifest = json.load(f)

for bot in manifest.get("bots", []):
    bot["botId"] = bot_app_id
# Graph installs the app for a user only with the TeamsAppInstallation permissions of the Entra app named here: the bot's.
if "webApplicationInfo" in manifest:
    manifest["webApplicationInfo"]["id"] = bot_app_id
    manifest["webApplicationInfo"]["resource"] = f"api://botid-{bot_app_id}"

# Every file the manifest names, each at the root of the zip.
files = [manifest["icons"]["color"], manifest["icons"]["outline"]]
if "color32x32" in manifest["icons"]:
    files.append(manifest["icons"]["color32x32"])
localization = manifest.get("localizationInfo", {})
if "defaultLanguageFile" in localization:
    files.append(localization["defaultLanguageFile"])
files += [language["file"] for language in localization.get("additionalLanguages", [])]

def entry(name):
    # A fixed timestamp keeps the package byte-for-byte reproducible.
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info

tmp = package + ".tmp"
with zipfile.ZipFile(tmp, "w") as z:
    z.writestr(entry("manifest.json"), json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    for name in files:
        if os.path.dirname(name):
            sys.exit(f"pack.sh: {name} must sit beside manifest.json (the package is flat)")
        with open(os.path.join(source, name), "rb") as f:
            z.writestr(entry(name), f.read())
os.replace(tmp, package)
print(f"{package}: manifest.json {' '.join(files)} (botId and webApplicationInfo {bot_app_id})")
PY
