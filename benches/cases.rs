//! Deterministic 200-incident cases, one per regime, for the benchmarks.

use serde_json::{json, Value};

use jifen::scoring::RegimeId;

/// A case of 200 incidents spread over three years, with notices and objections, so that
/// every part of the evaluation (scoring, bands, measures, working days) does work.
pub fn case_200(regime: RegimeId) -> Value {
    let items: Vec<&str> = regime.info().items().map(|i| i.code).collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        // xorshift64*: deterministic, no dependency.
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    };
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 2).unwrap_or_default();
    let incidents: Vec<Value> = (0..200)
        .map(|i| {
            let day = start + chrono::Days::new((i * 1095 / 200) as u64);
            let item = items[(next() % items.len() as u64) as usize];
            let notified = day - chrono::Days::new(10 + next() % 20);
            let responsibility = ["general", "important", "primary"][(next() % 3) as usize];
            let mut incident = json!({
                "id": format!("i{i}"),
                "item": item,
                "decided_on": day.to_string(),
                "notified_on": notified.to_string(),
                "responsibility": responsibility,
                "inspection": format!("check-{}", i / 4),
            });
            if regime == RegimeId::Shanghai2020 && item.starts_with("15") {
                incident["amount_yuan"] = json!(1000 + next() % 50_000);
            }
            if next() % 5 == 0 {
                incident["severe"] = json!(true);
            }
            incident
        })
        .collect();
    let mut case =
        json!({ "regime": regime.as_str(), "as_of": "2026-06-30", "incidents": incidents });
    if regime == RegimeId::Shanghai2025 {
        case["repairs"] = json!([
            { "kind": "exam", "on": "2024-06-01" }, { "kind": "participation", "on": "2025-03-01" },
            { "kind": "participation", "on": "2025-09-01" }, { "kind": "exam", "on": "2026-02-01" }
        ]);
    }
    if regime == RegimeId::Wenzhou2014 {
        case["agreement_start"] = json!("2019-07-01");
    }
    case
}
