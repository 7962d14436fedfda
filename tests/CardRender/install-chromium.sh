#!/usr/bin/env bash
# Installs what tests/CardRender/screenshot.mjs needs from Debian's packages: Chromium, a font with Arial's metrics
# (close to Teams' Segoe UI) and colour emoji. Does nothing when they are installed; otherwise needs root and apt-get.
set -euo pipefail

packages=(chromium fonts-liberation fonts-noto-color-emoji)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "apt-get install ${missing[*]}"
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Cannot install ${missing[*]}: needs root and apt-get. Card screenshots will fail until they are installed." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Quiet when it works; apt's own words when it does not.
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
