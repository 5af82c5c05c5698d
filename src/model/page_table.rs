//! The teaching page (`js/page.js`) tints the map by the model's overall risk at the
//! default assumptions, from a table it carries (`const RISK = [...]`, written by
//! `scripts/risk-table.sh`). This test derives the table from the model and fails when
//! the page's copy is stale.

use super::{simulate, Params, DEFAULT_MISPERCEPTION, RECIPROCATES};

#[test]
fn the_pages_risk_table_matches_the_model() {
    let page = include_str!("../../js/page.js");
    let start = page
        .find("const RISK = [")
        .expect("js/page.js has a RISK table")
        + "const RISK = [".len();
    let end = start + page[start..].find(']').expect("the table is closed");
    let table: Vec<u32> = page[start..end]
        .split(',')
        .map(|n| n.trim().parse().expect("a whole number"))
        .collect();
    let model: Vec<u32> = (0..=100)
        .map(|m| {
            let o = simulate(&Params::new(
                f64::from(m),
                DEFAULT_MISPERCEPTION,
                RECIPROCATES,
            ));
            (o.overall * 100.0).round() as u32
        })
        .collect();
    assert_eq!(
        table, model,
        "js/page.js's RISK is stale: run `sh scripts/risk-table.sh` and paste its line"
    );
}
