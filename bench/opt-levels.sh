#!/usr/bin/env bash
# The "cheap wins" of issue 9, measured one by one on the glossary-only variant:
# cargo opt-level (z, s, 3) × wasm-opt level (-Oz, -O3), brotli bytes of the wasm.
# Prints one line per combination. Slow (one release build per opt-level); not part
# of `make test`. Run: bash bench/opt-levels.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH
FLAGS=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue)
out=$(mktemp -d)
for level in z s 3; do
  CARGO_TARGET_DIR=target/opt-$level CARGO_PROFILE_RELEASE_OPT_LEVEL=$level \
    cargo build --quiet --release --target wasm32-unknown-unknown --bin explainers-glossary --no-default-features
  wasm-bindgen --target web --no-typescript --out-dir "$out/$level" "target/opt-$level/wasm32-unknown-unknown/release/explainers-glossary.wasm"
  for w in Oz O3; do
    wasm-opt "-$w" "${FLAGS[@]}" "$out/$level/explainers-glossary_bg.wasm" -o "$out/$level-$w.wasm"
    printf 'opt-level=%s wasm-opt -%s: %s bytes raw, %s bytes brotli\n' "$level" "$w" \
      "$(stat -c%s "$out/$level-$w.wasm")" "$(brotli -c -q 11 "$out/$level-$w.wasm" | wc -c)"
  done
done
