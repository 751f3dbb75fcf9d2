//! A hospital's roster for the JSON Lines benchmark: N cases (the first argument,
//! default 1000), one per line, on standard output. Deterministic (the same N gives the
//! same bytes) and written as generated, so that 100,000 lines cost no memory here.
//!
//! Each line is one person: mostly none or one incident, some with several (up to 8), over the
//! five regimes (Shanghai's two most), with notices, objections, shared inspections,
//! repairs, agreement years, birth dates and earlier totals where the regime has them.
//! Every case is valid as of 2026-06-30 (`scripts/bench.sh` checks that every line is
//! evaluated).
//!
//! ```text
//! cargo run --release --example roster -- 10000 > roster.jsonl
//! ```

use std::io::{BufWriter, Write};

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};

use jifen::scoring::{Item, ItemValue, RegimeId};

/// The day the benchmark reports the standing for (`--as-of`).
const AS_OF: (i32, u32, u32) = (2026, 6, 30);

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// True with probability `percent` %.
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// The days a decision of the roster may fall on: within the regime's dates in force,
/// in the three years before the benchmark's `as_of`.
fn window(regime: RegimeId) -> (NaiveDate, NaiveDate) {
    let info = regime.info();
    let as_of = ymd(AS_OF.0, AS_OF.1, AS_OF.2);
    let from = info.in_force_from.max(ymd(2023, 7, 1));
    let until = info.in_force_until.unwrap_or(as_of).min(as_of);
    (from, until)
}

/// How grave an item is, to draw grave items less often.
fn weight(item: &Item) -> u32 {
    match item.value {
        ItemValue::Fixed { points } | ItemValue::Severity { points, .. } => points,
        ItemValue::Tier { tier } => 3 * tier,
        ItemValue::Fine { .. } => 0,
    }
}

fn person(n: u64, rng: &mut Rng) -> Value {
    // A Shanghai hospital's roster holds mostly the two Shanghai regimes; the others
    // are there so that every engine path is on the benchmark.
    let regime = match rng.below(100) {
        0..=39 => RegimeId::Shanghai2025,
        40..=59 => RegimeId::Shanghai2023,
        60..=74 => RegimeId::Jining2024,
        75..=89 => RegimeId::Wenzhou2014,
        _ => RegimeId::Shanghai2020,
    };
    let items: Vec<_> = regime.info().items().collect();
    let count = match rng.below(100) {
        0..=44 => 0,
        45..=79 => 1,
        80..=94 => 2 + rng.below(2),
        _ => 4 + rng.below(5),
    };
    let (from, until) = window(regime);
    let span = (until - from).num_days().max(1) as u64;
    let mut days: Vec<NaiveDate> = (0..count)
        .map(|_| from + Days::new(rng.below(span)))
        .collect();
    days.sort();
    let incidents: Vec<Value> = days
        .iter()
        .enumerate()
        .map(|(i, &decided)| {
            // The lighter of two items drawn: grave items are the rarer.
            let a = items[rng.below(items.len() as u64) as usize];
            let b = items[rng.below(items.len() as u64) as usize];
            let item = if weight(a) <= weight(b) { a } else { b };
            let notified = decided - Days::new(5 + rng.below(20));
            let mut incident = json!({
                "id": format!("{}", i + 1),
                "item": item.code,
                "decided_on": decided.to_string(),
                "notified_on": notified.to_string(),
            });
            if regime == RegimeId::Shanghai2025 {
                let r = match rng.below(10) {
                    0..=5 => "general",
                    6..=8 => "important",
                    _ => "primary",
                };
                incident["responsibility"] = json!(r);
            }
            if matches!(
                item.value,
                ItemValue::Severity { .. } | ItemValue::Fine { .. }
            ) && rng.chance(15)
            {
                incident["severe"] = json!(true);
            }
            if regime == RegimeId::Shanghai2020 && item.code.starts_with("15") {
                incident["amount_yuan"] = json!(500 + rng.below(80_000));
            }
            if rng.chance(20) {
                let filed = notified + Days::new(1 + rng.below(3));
                incident["objection_filed_on"] = json!(filed.to_string());
            }
            if i > 0 && rng.chance(30) {
                incident["inspection"] = json!(format!("检查-{n}"));
            }
            incident
        })
        .collect();
    let mut case = json!({
        "title": format!("工号 {n:06}"),
        "regime": regime.as_str(),
        "incidents": incidents,
    });
    match regime {
        RegimeId::Shanghai2025 if count > 0 && rng.chance(25) => {
            let on = days[0] + Days::new(30 + rng.below(60));
            let kind = ["exam", "participation"][rng.below(2) as usize];
            case["repairs"] = json!([{ "kind": kind, "on": on.to_string() }]);
        }
        RegimeId::Wenzhou2014 if rng.chance(80) => {
            let start = ymd(2015 + rng.below(8) as i32, 1 + rng.below(12) as u32, 1);
            case["agreement_start"] = json!(start.to_string());
        }
        RegimeId::Jining2024 => {
            if rng.chance(60) {
                let born = ymd(1960 + rng.below(40) as i32, 1 + rng.below(12) as u32, 1);
                case["birth_date"] = json!(born.to_string());
            }
            if rng.chance(15) {
                case["history"] = json!([{ "period": "2023", "points": 2 + rng.below(10) }]);
            }
        }
        _ => {}
    }
    case
}

fn main() {
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for i in 1..=n {
        let line = person(i, &mut rng).to_string();
        if writeln!(out, "{line}").is_err() {
            std::process::exit(1);
        }
    }
    if out.flush().is_err() {
        std::process::exit(1);
    }
}
