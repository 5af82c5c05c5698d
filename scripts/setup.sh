#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there at
# the right version. Idempotent; used by `make serve` and `make test` (and so by CI).
# Everything comes from the registries this machine kind reaches: Debian (Chromium,
# ChromeDriver, brotli, Noto Sans CJK; Hugo and Jekyll when EXPLAINERS_SITES=1, WebKitGTK's
# WebKitWebDriver and Xvfb when EXPLAINERS_WEBKIT=1, WordPress, PHP and MariaDB when
# EXPLAINERS_WORDPRESS=1, as `make test` sets all three),
# crates.io (trunk, wasm-bindgen-cli), npm (wasm-opt, the browser driver, axe-core,
# Natural Earth geometry, TypeScript and the JSX types, resvg for the link cards).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
if [ "${EXPLAINERS_FIREFOX:-0}" = 1 ]; then
  command -v firefox-esr >/dev/null || command -v firefox >/dev/null || missing+=(firefox-esr)
fi
# Noto Sans CJK: the link cards' images are drawn with these files (FONT_FILES in
# scripts/linkcards/card.mjs); and the benchmark measures layout as a Japanese reader's
# browser does it, with a CJK font (without one, every Japanese glyph goes through font
# fallback and layout is several times slower than on any real reader's device).
[ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc ] || missing+=(fonts-noto-cjk)
# Hugo and Jekyll, for the tests that build the embedding guides' example sites.
if [ "${EXPLAINERS_SITES:-0}" = 1 ]; then
  command -v hugo >/dev/null || missing+=(hugo)
  command -v jekyll >/dev/null || missing+=(jekyll)
fi
# WebKit for the WebKit tier (tests/e2e/webkit.test.mjs): WebKitWebDriver, which brings
# libwebkit2gtk-4.1-0 and its MiniBrowser; Xvfb, the screen it runs on headless.
if [ "${EXPLAINERS_WEBKIT:-0}" = 1 ]; then
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v Xvfb >/dev/null || missing+=(xvfb)
fi
# WordPress for the WordPress tier (tests/e2e/wordpress.test.mjs): Debian's wordpress and
# its default theme, PHP's command line (its built-in server runs the site) with the MySQL
# driver, and MariaDB. The test runs its own database and server on temporary folders, so
# these packages' services (MariaDB, and Apache, which wordpress depends on) are installed
# without being started (below).
services=()
if [ "${EXPLAINERS_WORDPRESS:-0}" = 1 ]; then
  [ -f /usr/share/wordpress/wp-settings.php ] || services+=(wordpress)
  [ -d /usr/share/wordpress/wp-content/themes/twentytwentythree ] || services+=(wordpress-theme-twentytwentythree)
  command -v php >/dev/null || services+=(php-cli)
  php -r 'exit(extension_loaded("mysqli") ? 0 : 1);' 2>/dev/null || services+=(php-mysql)
  command -v mariadbd >/dev/null || services+=(mariadb-server)
fi
if [ ${#missing[@]} -gt 0 ] || [ ${#services[@]} -gt 0 ]; then
  as_root apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  say "apt-get install ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#services[@]} -gt 0 ]; then
  # invoke-rc.d asks /usr/sbin/policy-rc.d whether a package may start its service; 101
  # says no. One is written for this install (and removed after) unless the machine
  # has its own (containers usually do).
  policy=/usr/sbin/policy-rc.d
  own_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# Written by east-asia-explainers scripts/setup.sh for one install.\nexit 101\n' | as_root tee "$policy" >/dev/null
    as_root chmod 755 "$policy"
    own_policy=1
  fi
  say "apt-get install ${services[*]} (services not started)"
  status=0
  as_root env DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${services[@]}" >/dev/null || status=$?
  if [ "$own_policy" = 1 ]; then as_root rm -f "$policy"; fi
  [ "$status" = 0 ] || exit "$status"
fi

# Rust targets and components.
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

# trunk 0.21.14 (0.22 needs a newer rustc than this machine has).
if ! trunk --version 2>/dev/null | grep -q '0\.21\.14'; then
  say "cargo install trunk 0.21.14 (about 7 minutes)"
  cargo install trunk --version 0.21.14 --locked
fi

# wasm-bindgen-cli at exactly the version in Cargo.lock (without --locked: the locked
# build fails to resolve a dependency).
wb=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb\$"; then
  say "cargo install wasm-bindgen-cli $wb"
  cargo install wasm-bindgen-cli --version "$wb"
fi

# leptosfmt, which formats the view! blocks (make lint checks them), from crates.io.
if ! leptosfmt --version 2>/dev/null | grep -q '0\.1\.33'; then
  say "cargo install leptosfmt 0.1.33 (about 3 minutes)"
  cargo install leptosfmt --version 0.1.33 --locked
fi

# geckodriver for the Firefox browser tests, from crates.io.
if [ "${EXPLAINERS_FIREFOX:-0}" = 1 ] && ! command -v geckodriver >/dev/null; then
  say "cargo install geckodriver"
  cargo install geckodriver --locked
fi

# npm tools (wasm-opt from binaryen 132, playwright-core, axe-core, world-atlas, esbuild,
# @resvg/resvg-wasm; typescript, @types/react, preact and solid-js for the type checks).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Crates, so that trunk's offline build finds them.
cargo fetch --quiet
