//! Independent tests of `shanghai-2020` (上海市人民政府令第31号), written from the spec
//! (`regimes.md`, `README.md`) and the seed: fines and measures, no points.

mod common;

use common::{assert_subset, catalogue_codes, eval};
use jifen::scoring::RegimeId;
use serde_json::{json, Value};

const TODAY: &str = "2026-06-30";

fn case(incidents: Value) -> Value {
    json!({"regime": "shanghai-2020", "incidents": incidents})
}

/// Every non-fraud code of the table with its (normal, severe) penalty:
/// (fine_min, fine_max, warning_possible, measures).
type Penalty = (u32, u32, bool, &'static [&'static str]);

fn table() -> Vec<(String, Penalty, Penalty)> {
    let mut rows = Vec::new();
    for n in 1..=10 {
        rows.push((
            format!("16.{n}"),
            (3_000, 30_000, true, &["refund", "correction"][..]),
            (
                30_000,
                100_000,
                false,
                &["refund", "correction", "agreement_suspension_possible"][..],
            ),
        ));
    }
    for n in 1..=8 {
        rows.push((
            format!("17.{n}"),
            (
                30_000,
                100_000,
                false,
                &[
                    "refund",
                    "correction",
                    "agreement_suspension_or_termination_possible",
                ][..],
            ),
            (
                100_000,
                300_000,
                false,
                &[
                    "refund",
                    "correction",
                    "agreement_suspension_or_termination_required",
                ][..],
            ),
        ));
    }
    rows.push((
        "18".to_string(),
        (3_000, 30_000, true, &["refund", "correction"][..]),
        (
            30_000,
            100_000,
            false,
            &[
                "refund",
                "correction",
                "agreement_suspension_or_termination_possible",
            ][..],
        ),
    ));
    for n in 1..=5 {
        rows.push((
            format!("19.{n}"),
            (100, 2_000, true, &["refund"][..]),
            (
                2_000,
                10_000,
                false,
                &["refund", "settlement_change_possible"][..],
            ),
        ));
    }
    rows
}

fn expected_incident(p: &Penalty) -> Value {
    json!({
        "points": null, "range": null,
        "fine_min": p.0, "fine_max": p.1, "warning_possible": p.2, "measures": p.3,
    })
}

// ---------------------------------------------------------------------------
// Items and catalogue
// ---------------------------------------------------------------------------

#[test]
fn catalogue_has_exactly_the_spec_item_codes() {
    let codes = catalogue_codes(RegimeId::Shanghai2020);
    let mut expected: Vec<String> = table().into_iter().map(|(c, _, _)| c).collect();
    expected.push("15.1".into());
    expected.push("15.2".into());
    // Spec v2: 第二十一条, the order's one provision aimed at staff, is an item.
    expected.push("21".into());
    expected.sort();
    assert_eq!(expected.len(), 27);
    assert_eq!(codes, expected);
}

#[test]
fn codes_outside_the_table_are_unknown_items() {
    for code in ["15.3", "16.11", "17.9", "18.1", "19.6", "20"] {
        let r = eval(
            &case(json!([{"item": code, "decided_on": "2024-05-06"}])),
            TODAY,
        );
        assert_eq!(r["error"]["code"], json!("unknown_item"), "{code}: {r}");
    }
}

#[test]
fn every_item_normal_penalty() {
    for (code, normal, _) in table() {
        let r = eval(
            &case(json!([{"id": "x", "item": code, "decided_on": "2024-05-06"}])),
            TODAY,
        );
        let mut want = expected_incident(&normal);
        want["id"] = json!("x");
        assert_subset(&json!({"incidents": [want]}), &r);
    }
}

#[test]
fn every_item_severe_penalty() {
    for (code, _, severe) in table() {
        let r = eval(
            &case(json!([{"id": "x", "item": code, "decided_on": "2024-05-06", "severe": true}])),
            TODAY,
        );
        let mut want = expected_incident(&severe);
        want["id"] = json!("x");
        assert_subset(&json!({"incidents": [want]}), &r);
    }
}

#[test]
fn severe_false_is_the_normal_penalty() {
    let r = eval(
        &case(json!([{"item": "17.3", "decided_on": "2024-05-06", "severe": false}])),
        TODAY,
    );
    assert_subset(
        &json!({"incidents": [{"fine_min": 30_000, "fine_max": 100_000}]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Fraud (第十五条): two to five times the amount
// ---------------------------------------------------------------------------

#[test]
fn fraud_fines_are_two_to_five_times_the_amount() {
    for code in ["15.1", "15.2"] {
        for severe in [false, true] {
            for (amount, min, max) in [
                (json!(12000), 24_000.0, 60_000.0),
                (json!(1), 2.0, 5.0),
                (json!(100.5), 201.0, 502.5),
                (json!(0.2), 0.4, 1.0),
            ] {
                let r = eval(
                    &case(json!([{
                        "item": code, "decided_on": "2024-05-06",
                        "amount_yuan": amount, "severe": severe,
                    }])),
                    TODAY,
                );
                let inc = &r["incidents"][0];
                let got_min = inc["fine_min"].as_f64();
                let got_max = inc["fine_max"].as_f64();
                assert!(
                    got_min.is_some_and(|v| (v - min).abs() < 1e-9)
                        && got_max.is_some_and(|v| (v - max).abs() < 1e-9),
                    "{code} severe={severe} amount {amount}: {r:#}"
                );
                assert_subset(
                    &json!({"incidents": [{
                        "points": null, "range": null,
                        "warning_possible": false, "measures": ["refund"],
                    }]}),
                    &r,
                );
            }
        }
    }
}

#[test]
fn fractional_amount_gives_exact_fines() {
    let r = eval(
        &case(json!([{"item": "15.2", "decided_on": "2024-05-06", "amount_yuan": 100.5}])),
        TODAY,
    );
    assert_subset(
        &json!({"incidents": [{"fine_min": 201, "fine_max": 502.5}]}),
        &r,
    );
}

#[test]
fn fraud_without_amount_is_a_missing_field() {
    for code in ["15.1", "15.2"] {
        let r = eval(
            &case(json!([
                {"item": "16.1", "decided_on": "2024-05-06"},
                {"item": code, "decided_on": "2024-05-06"},
            ])),
            TODAY,
        );
        assert_eq!(r["error"]["code"], json!("missing_field"), "{code}: {r}");
        assert_eq!(
            r["error"]["path"],
            json!("incidents[1].amount_yuan"),
            "{code}"
        );
    }
}

#[test]
fn fraud_incidents_decide_no_sanction() {
    let r = eval(
        &case(json!([{"item": "15.1", "decided_on": "2024-05-06", "amount_yuan": 500}])),
        TODAY,
    );
    assert_subset(&json!({"sanctions": [], "periods": []}), &r);
}

// ---------------------------------------------------------------------------
// Settlement change (第十九条)
// ---------------------------------------------------------------------------

#[test]
fn severe_individual_act_changes_settlement_one_to_six_months() {
    for n in 1..=5 {
        let code = format!("19.{n}");
        let r = eval(
            &case(json!([{"id": "p", "item": code, "decided_on": "2024-05-01", "severe": true}])),
            TODAY,
        );
        assert_subset(
            &json!({"sanctions": [{
                "kind": "settlement_change", "decided_on": "2024-05-01", "trigger": "p",
                "start": "2024-05-02", "months": 1, "min_months": 1, "max_months": 6,
                "end": "2024-06-01", "latest_end": "2024-11-01", "earliest_end": "2024-06-01",
            }]}),
            &r,
        );
        let cite = r["sanctions"][0]["cite"].as_str().unwrap_or("");
        assert!(cite.starts_with("第十九条"), "{code}: cite {cite}");
    }
}

#[test]
fn settlement_change_from_month_end_uses_the_month_rule() {
    // 31 January 2025 + 1 month → 28 February; + 6 months → 31 July.
    let r = eval(
        &case(json!([{"item": "19.2", "decided_on": "2025-01-31", "severe": true}])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{
            "kind": "settlement_change", "start": "2025-02-01", "months": 1,
            "end": "2025-02-28", "latest_end": "2025-07-31",
        }]}),
        &r,
    );
}

#[test]
fn settlement_change_months_chosen_up_to_six() {
    for (months, end) in [
        (1, "2025-02-28"),
        (2, "2025-03-31"),
        (3, "2025-04-30"),
        (6, "2025-07-31"),
    ] {
        let r = eval(
            &case(json!([{
                "item": "19.4", "decided_on": "2025-01-31", "severe": true, "months": months,
            }])),
            TODAY,
        );
        assert_subset(
            &json!({"sanctions": [{
                "kind": "settlement_change", "months": months, "min_months": 1, "max_months": 6,
                "end": end, "latest_end": "2025-07-31", "earliest_end": end,
            }]}),
            &r,
        );
    }
}

#[test]
fn settlement_change_months_seven_is_out_of_range() {
    let r = eval(
        &case(json!([{"item": "19.1", "decided_on": "2025-01-31", "severe": true, "months": 7}])),
        TODAY,
    );
    assert_eq!(r["error"]["code"], json!("months_out_of_range"), "{r}");
    assert_eq!(r["error"]["path"], json!("incidents[0].months"));
}

#[test]
fn non_severe_individual_act_decides_no_settlement_change() {
    for n in 1..=5 {
        let r = eval(
            &case(json!([{"item": format!("19.{n}"), "decided_on": "2024-05-01"}])),
            TODAY,
        );
        assert_subset(&json!({"sanctions": []}), &r);
    }
}

#[test]
fn severe_institution_acts_decide_no_sanction() {
    for code in ["16.1", "17.8", "18"] {
        let r = eval(
            &case(json!([{"item": code, "decided_on": "2024-05-01", "severe": true}])),
            TODAY,
        );
        assert_subset(&json!({"sanctions": []}), &r);
    }
}

// ---------------------------------------------------------------------------
// No points
// ---------------------------------------------------------------------------

#[test]
fn explicit_points_are_out_of_range() {
    let r = eval(
        &case(json!([{"item": "16.2", "decided_on": "2024-05-06", "points": 1}])),
        TODAY,
    );
    assert_eq!(r["error"]["code"], json!("points_out_of_range"), "{r}");
    assert_eq!(r["error"]["path"], json!("incidents[0].points"));
}

#[test]
fn no_periods_and_null_points() {
    let r = eval(
        &case(json!([
            {"id": "a", "item": "16.3", "decided_on": "2024-05-06"},
            {"id": "b", "item": "19.5", "decided_on": "2025-02-03", "severe": true},
            {"id": "c", "item": "15.2", "decided_on": "2025-02-03", "amount_yuan": 800},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [
                {"id": "a", "points": null, "range": null},
                {"id": "b", "points": null, "range": null},
                {"id": "c", "points": null, "range": null},
            ],
            "periods": [],
            "flags": [],
        }),
        &r,
    );
    assert_eq!(r["sanctions"].as_array().map(Vec::len), Some(1), "{r:#}");
}

// ---------------------------------------------------------------------------
// Spec v2
// ---------------------------------------------------------------------------

/// 第二十一条: a department or staff member who seriously breaches the rules may have the
/// settlement of their insurance costs suspended; the article sets no fine.
#[test]
fn item_21_is_a_possible_settlement_suspension_without_fine() {
    let r = eval(
        &case(json!([{"id": "s", "item": "21", "decided_on": "2024-05-06"}])),
        TODAY,
    );
    assert_subset(
        &json!({"incidents": [{
            "id": "s", "item": "21", "points": null, "range": null,
            "fine_min": null, "fine_max": null, "warning_possible": false,
            "measures": ["settlement_suspension_possible"],
            "trace": [{"cite": "第二十一条"}]
        }], "sanctions": [], "deadlines": []}),
        &r,
    );
    // 情节严重 is already in the item ("严重违反"): the same result.
    let severe = eval(
        &case(json!([{"id": "s", "item": "21", "severe": true, "decided_on": "2024-05-06"}])),
        TODAY,
    );
    assert_eq!(
        severe["incidents"][0]["measures"],
        r["incidents"][0]["measures"]
    );
    assert!(severe["incidents"][0]["fine_max"].is_null());
}

/// Several items of one act: 21 (no fine) never outweighs an item with a fine.
#[test]
fn item_21_with_a_fined_item_keeps_the_fine() {
    let r = eval(
        &case(json!([{"items": ["21", "19.1"], "decided_on": "2024-05-06"}])),
        TODAY,
    );
    assert_eq!(r["incidents"][0]["item"], "19.1", "{r}");
    assert_eq!(r["incidents"][0]["fine_max"], 2000);
}

/// 第十九条 "还可以": the change of settlement mode is what the office may impose.
#[test]
fn the_settlement_change_is_discretionary() {
    let r = eval(
        &case(json!([{"id": "p", "item": "19.2", "severe": true, "decided_on": "2024-05-01"}])),
        TODAY,
    );
    assert_eq!(r["sanctions"][0]["kind"], "settlement_change");
    assert_eq!(r["sanctions"][0]["discretionary"], true, "{r}");
    // The fine is a range the office chooses from, and the trace says so.
    let trace = r["incidents"][0]["trace"][0]["text_zh"]
        .as_str()
        .unwrap_or_default();
    assert!(trace.contains("裁量"), "{trace}");
}

/// No points here: an earlier decision cannot be given by its points alone.
#[test]
fn points_without_an_item_are_a_missing_item() {
    let r = eval(
        &case(json!([{"points": 3, "decided_on": "2024-05-06"}])),
        TODAY,
    );
    assert_eq!(r["error"]["code"], "missing_field", "{r}");
    assert_eq!(r["error"]["path"], "incidents[0].item");
}

/// No pending decisions either: the decision's day is required.
#[test]
fn a_notice_without_a_decision_is_a_missing_decision() {
    let r = eval(
        &case(json!([{"item": "19.1", "notified_on": "2024-05-06"}])),
        TODAY,
    );
    assert_eq!(r["error"]["code"], "missing_field", "{r}");
    assert_eq!(r["error"]["path"], "incidents[0].decided_on");
}
