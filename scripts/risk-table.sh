#!/bin/sh
# Prints the table RISK in js/page.js: the escalation model's overall crisis risk
# (src/model, eq. 15), in percent, at every slider value 0..100 under the model's default
# assumptions. The page uses it to tint the map, because the slider's public event carries
# only {value, zone}. Run it after changing src/model and paste the line into js/page.js.
#
#   sh scripts/risk-table.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/main.rs" <<RS
#[path = "$root/src/model/mod.rs"]
#[allow(dead_code, unused_imports)]
mod model;
use model::{simulate, Params, DEFAULT_MISPERCEPTION, RECIPROCATES};
fn main() {
    let row: Vec<String> = (0..=100)
        .map(|m| {
            let o = simulate(&Params::new(f64::from(m), DEFAULT_MISPERCEPTION, RECIPROCATES));
            format!("{}", (o.overall * 100.0).round())
        })
        .collect();
    println!("const RISK = [{}];", row.join(","));
}
RS
rustc --edition 2021 -O --cap-lints allow -o "$tmp/risk" "$tmp/main.rs"
"$tmp/risk"
