//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::{json, Value};

/// The project's copy of a fixture file (`tests/fixtures/...`).
pub fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

pub fn date(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

/// Evaluates a case, returning the result as JSON or the error as `{"error": …}`.
pub fn eval(case: &Value, today: &str) -> Value {
    match jifen::scoring::evaluate(case, date(today)) {
        Ok(result) => serde_json::to_value(result).expect("serialisable"),
        Err(e) => e.to_json(),
    }
}

/// Checks that `actual` holds everything `expect` says, the way the spec compares
/// examples: objects by the expected keys, lists element by element and of the same
/// length, numbers by value, deadlines by kind/due/opens, warnings by code.
pub fn check_subset(expect: &Value, actual: &Value, path: &str) -> Result<(), String> {
    match (expect, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (key, ev) in e {
                let here = format!("{path}.{key}");
                let av = a.get(key).unwrap_or(&Value::Null);
                match key.as_str() {
                    "warnings" => {
                        let codes: Vec<Value> = av
                            .as_array()
                            .map(|l| {
                                l.iter()
                                    .map(|w| w.get("code").cloned().unwrap_or(Value::Null))
                                    .collect()
                            })
                            .unwrap_or_default();
                        check_subset(ev, &Value::Array(codes), &here)?;
                    }
                    "deadlines" => {
                        let (Some(el), Some(al)) = (ev.as_array(), av.as_array()) else {
                            return Err(format!("{here}: expected a list, got {av}"));
                        };
                        if el.len() != al.len() {
                            return Err(format!(
                                "{here}: expected {} deadlines, got {}: {av}",
                                el.len(),
                                al.len()
                            ));
                        }
                        for (i, (ed, ad)) in el.iter().zip(al).enumerate() {
                            for field in ["kind", "due", "opens"] {
                                let x = ed.get(field).unwrap_or(&Value::Null);
                                let y = ad.get(field).unwrap_or(&Value::Null);
                                if x != y {
                                    return Err(format!(
                                        "{here}[{i}].{field}: expected {x}, got {y} in {ad}"
                                    ));
                                }
                            }
                        }
                    }
                    _ => check_subset(ev, av, &here)?,
                }
            }
            Ok(())
        }
        (Value::Array(e), Value::Array(a)) => {
            if e.len() != a.len() {
                return Err(format!(
                    "{path}: expected {} elements, got {}: {actual}",
                    e.len(),
                    a.len()
                ));
            }
            for (i, (ev, av)) in e.iter().zip(a).enumerate() {
                check_subset(ev, av, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Number(e), Value::Number(a)) => {
            if e.as_f64() == a.as_f64() {
                Ok(())
            } else {
                Err(format!("{path}: expected {e}, got {a}"))
            }
        }
        (e, a) if e == a => Ok(()),
        (e, a) => Err(format!("{path}: expected {e}, got {a}")),
    }
}

/// Panics with the whole result when `actual` does not hold everything `expect` says.
pub fn assert_subset(expect: &Value, actual: &Value) {
    if let Err(e) = check_subset(expect, actual, "") {
        panic!("{e}\nfull result: {actual:#}");
    }
}

/// The kinds of the result's sanctions, in order.
pub fn kinds(result: &Value) -> Vec<String> {
    result["sanctions"]
        .as_array()
        .unwrap_or_else(|| panic!("no sanctions in {result:#}"))
        .iter()
        .map(|s| s["kind"].as_str().unwrap_or("?").to_string())
        .collect()
}

/// The code of an error result.
pub fn error_code(result: &Value) -> String {
    result["error"]["code"]
        .as_str()
        .unwrap_or_else(|| panic!("expected an error, got {result:#}"))
        .to_string()
}

/// One incident per item, all decided on `day`, with ids `i0`, `i1`, ….
pub fn same_day(items: &[&str], day: &str) -> Value {
    Value::Array(
        items
            .iter()
            .enumerate()
            .map(|(k, item)| json!({"id": format!("i{k}"), "item": item, "decided_on": day}))
            .collect(),
    )
}

/// Every item code of a regime's catalogue, sorted.
pub fn catalogue_codes(regime: jifen::scoring::RegimeId) -> Vec<String> {
    let cat = jifen::scoring::catalogue(regime);
    let mut codes: Vec<String> = cat["clauses"]
        .as_array()
        .expect("clauses")
        .iter()
        .flat_map(|c| c["items"].as_array().expect("items").iter())
        .map(|i| i["code"].as_str().expect("code").to_string())
        .collect();
    codes.sort();
    codes
}

/// An example's expectation, changed where a v3 rule of the spec's text says otherwise.
pub struct Amendment {
    pub example: &'static str,
    pub rule: &'static str,
    pub amend: fn(&mut Value),
}

pub const AMENDMENTS: &[Amendment] = &[
    Amendment {
        example: "sh2025-cumulative-12-repair.json",
        rule: "README \"Bands and sanctions\" (v3): a resumption_request deadline is judged with \
               the measures decided on or before its own due day; the suspension ending \
               2025-09-01 had its request due 2025-08-18, before the decision of 2025-09-01 \
               that started the next one, so its deadline stays",
        amend: |expect| {
            if let Some(list) = expect["deadlines"].as_array_mut() {
                list.insert(
                    6,
                    json!({"kind": "resumption_request", "due": "2025-08-18", "sanction": 2}),
                );
            }
        },
    },
    Amendment {
        example: "sh2025-primary-tier2.json",
        rule: "README \"A decision inside the objection window\" (v3): decided_on 2025-05-20 is \
               the objection's last day (10 working days after the notice of 2025-05-06)",
        amend: |expect| {
            expect["warnings"] = json!(["decision_inside_objection_window", "regime_not_in_force"]);
        },
    },
];

/// An example's expectation, with its v3 amendment where it has one.
pub fn expectation(name: &str, example: &Value) -> Value {
    let mut expect = example["expect"].clone();
    if let Some(amendment) = AMENDMENTS.iter().find(|a| a.example == name) {
        (amendment.amend)(&mut expect);
    }
    expect
}
