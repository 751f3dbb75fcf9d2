//! Feeds random and damaged inputs to every decoder — share links, case files, the
//! core's case parser — and reports how many were tried and that none panicked.
//! `scripts/fuzz.sh` runs it; the count is the first argument (default 20 000 each).

use std::panic::{catch_unwind, AssertUnwindSafe};

use jifen::exchange::route::Route;
use jifen::exchange::{case_file, search, share};
use jifen::scoring::{self, RegimeId};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use serde_json::{json, Value};

/// One generated v2 case: the regime, its incidents (item index, decision day, notice days
/// before it, pending, points, bar years) and its resumption requests' days.
type V2Input = (RegimeId, Vec<(usize, u32, u32, bool, i64, u32)>, Vec<u32>);

fn json_strategy() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(vec![
            "shanghai-2025",
            "shanghai-2023",
            "wenzhou-2014",
            "jining-2024",
            "shanghai-2020",
            "13.2",
            "4.1.1",
            "15.1",
            "19.3",
            "2025-02-29",
            "2024-02-29",
            "2025-05-20",
            "9999-12-31",
            "primary",
            "lower_tier",
            "exam",
            "participation",
            "",
        ])
        .prop_map(Value::from),
        ".{0,10}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "regime",
                    "as_of",
                    "incidents",
                    "item",
                    "items",
                    "decided_on",
                    "occurred_on",
                    "notified_on",
                    "objection_filed_on",
                    "responsibility",
                    "adjustment",
                    "points",
                    "months",
                    "severe",
                    "fraud",
                    "serious",
                    "amount_yuan",
                    "inspection",
                    "repairs",
                    "history",
                    "agreement_start",
                    "birth_date",
                    "version",
                    "on",
                    "kind",
                    "period",
                    "id",
                    "bar_years",
                    "resumption_requests",
                ])
                .prop_map(String::from),
                inner,
                0..8,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Runs `check` on `count` values of `strategy`, counting panics.
fn run<S: Strategy>(name: &str, count: usize, strategy: S, check: impl Fn(S::Value)) -> usize
where
    S::Value: Clone,
{
    let mut runner = TestRunner::deterministic();
    let mut panics = 0;
    for _ in 0..count {
        let Ok(tree) = strategy.new_tree(&mut runner) else {
            continue;
        };
        let value = tree.current();
        if catch_unwind(AssertUnwindSafe(|| check(value.clone()))).is_err() {
            panics += 1;
        }
    }
    println!("{name:<44} {count:>9} inputs  {panics} panics");
    panics
}

fn main() {
    std::panic::set_hook(Box::new(|_| {}));
    let count: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default();
    let valid = share::encode(&json!({"regime": "shanghai-2025", "as_of": "2025-12-01",
        "incidents": [{"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "notified_on": "2025-05-06"},
                      {"id": "b", "item": "13.3", "decided_on": "2025-08-01", "responsibility": "general"}],
        "repairs": [{"kind": "exam", "on": "2025-09-01"}]}));
    let mut panics = 0;
    panics += run("share link: random text", count, ".{0,400}", |t: String| {
        let _ = share::decode(&t);
    });
    panics += run(
        "share link: c1. + random base64url",
        count,
        "[A-Za-z0-9_-]{0,600}",
        |t: String| {
            let _ = share::decode(&format!("c1.{t}"));
        },
    );
    let link = valid.clone();
    panics += run(
        "share link: a valid link damaged",
        count,
        (0usize..2000, any::<char>(), 0usize..2000),
        move |(at, c, cut): (usize, char, usize)| {
            let mut chars: Vec<char> = link.chars().collect();
            let i = at % chars.len();
            chars[i] = c;
            let damaged: String = chars.into_iter().take(cut.max(4)).collect();
            let _ = share::decode(&damaged);
        },
    );
    panics += run(
        "share link: random JSON, packed",
        count,
        json_strategy(),
        |v: Value| {
            let _ = share::decode(&share::encode(&v));
        },
    );
    panics += run("case file: random text", count, ".{0,400}", |t: String| {
        let _ = case_file::import(&t);
    });
    panics += run(
        "case file: random JSON",
        count,
        json_strategy(),
        |v: Value| {
            let _ = case_file::import_value(&v);
        },
    );
    panics += run(
        "core case parser and evaluation: random JSON",
        count,
        json_strategy(),
        move |v: Value| {
            let _ = scoring::evaluate(&v, today);
        },
    );
    panics += run(
        "core: random regimes over valid-looking incidents",
        count,
        (
            prop::sample::select(RegimeId::ALL.to_vec()),
            prop::collection::vec((0usize..40, 0u32..1200, 0u32..14), 0..12),
        ),
        move |(regime, rows): (RegimeId, Vec<(usize, u32, u32)>)| {
            let items: Vec<&str> = regime.info().items().map(|i| i.code).collect();
            let incidents: Vec<Value> = rows
                .iter()
                .map(|&(i, day, n)| {
                    let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default() + chrono::Days::new(u64::from(day));
                    json!({"item": items[i % items.len()], "decided_on": date.to_string(), "responsibility": "important",
                        "months": n.max(1), "severe": n % 2 == 0, "amount_yuan": n * 100, "notified_on": date.to_string()})
                })
                .collect();
            let _ = scoring::evaluate(
                &json!({"regime": regime.as_str(), "incidents": incidents, "as_of": "2026-01-01"}),
                today,
            );
        },
    );
    panics += run(
        "core: spec v2 — notices alone, points alone, resumption requests",
        count,
        (
            prop::sample::select(RegimeId::ALL.to_vec()),
            prop::collection::vec(
                (
                    0usize..40,
                    0u32..900,
                    0u32..40,
                    any::<bool>(),
                    0i64..16,
                    0u32..4,
                ),
                0..10,
            ),
            prop::collection::vec(0u32..900, 0..3),
        ),
        move |(regime, rows, requests): V2Input| {
            let items: Vec<&str> = regime.info().items().map(|i| i.code).collect();
            let day = |n: u32| {
                (chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default()
                    + chrono::Days::new(u64::from(n)))
                .to_string()
            };
            let incidents: Vec<Value> = rows
                .iter()
                .map(|&(i, d, back, pending, points, bar)| {
                    let mut m = serde_json::Map::new();
                    if points % 3 == 0 {
                        m.insert("points".into(), json!(points - 2));
                    } else {
                        m.insert("item".into(), json!(items[i % items.len()]));
                        m.insert("responsibility".into(), json!("primary"));
                    }
                    m.insert("notified_on".into(), json!(day(d)));
                    if !pending {
                        m.insert("decided_on".into(), json!(day(d + back)));
                    }
                    if back % 3 == 0 {
                        m.insert("objection_filed_on".into(), json!(day(d + back / 2)));
                    }
                    m.insert("bar_years".into(), json!(bar));
                    Value::Object(m)
                })
                .collect();
            let requests: Vec<Value> = requests.iter().map(|&d| json!({"on": day(d)})).collect();
            let _ = scoring::evaluate(
                &json!({"regime": regime.as_str(), "incidents": incidents, "resumption_requests": requests, "as_of": "2025-01-01"}),
                today,
            );
        },
    );
    panics += run(
        "route: random fragment",
        count,
        "#?.{0,120}",
        |t: String| {
            let _ = Route::parse(&t);
        },
    );
    panics += run(
        "item search: random query",
        count,
        (prop::sample::select(RegimeId::ALL.to_vec()), ".{0,40}"),
        |(regime, q): (RegimeId, String)| {
            let _ = search::find(regime, &q);
        },
    );
    println!(
        "{}",
        if panics == 0 {
            "no panics"
        } else {
            "PANICS FOUND"
        }
    );
    std::process::exit(i32::from(panics > 0));
}
