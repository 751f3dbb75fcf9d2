//! Independent tests of `jining-2024` (济宁市医疗保障局 2024-03-29 通知), written from
//! the spec (`regimes.md`, `README.md`) and the seed. Every expected date is computed
//! by hand from the month rule and the State Council's holiday arrangements.

mod common;

use common::{assert_subset, catalogue_codes, eval, kinds, same_day};
use jifen::scoring::RegimeId;
use serde_json::{json, Value};

const TODAY: &str = "2026-06-30";

fn case(incidents: Value) -> Value {
    json!({"regime": "jining-2024", "incidents": incidents})
}

fn items() -> Vec<(String, u32)> {
    let mut all = Vec::new();
    for (clause, count, points) in [(1, 8, 1), (2, 5, 3), (3, 4, 6), (4, 6, 12)] {
        for n in 1..=count {
            all.push((format!("4.{clause}.{n}"), points));
        }
    }
    all
}

// ---------------------------------------------------------------------------
// Items (四、考核指标)
// ---------------------------------------------------------------------------

#[test]
fn every_item_deducts_its_clause_points_with_a_fixed_range() {
    let all = items();
    assert_eq!(all.len(), 23);
    for (code, points) in all {
        let r = eval(
            &case(json!([{"id": "x", "item": code, "decided_on": "2025-03-03"}])),
            TODAY,
        );
        assert_subset(
            &json!({"incidents": [{
                "id": "x", "points": points, "range": [points, points],
                "counted": true, "period": "2025"
            }]}),
            &r,
        );
    }
}

#[test]
fn catalogue_has_exactly_the_spec_item_codes() {
    let codes = catalogue_codes(RegimeId::Jining2024);
    let mut expected: Vec<String> = items().into_iter().map(|(c, _)| c).collect();
    expected.sort();
    assert_eq!(codes, expected);
}

#[test]
fn codes_outside_the_table_are_unknown_items() {
    for code in ["4.1.9", "4.2.6", "4.3.5", "4.4.7", "4.5.1"] {
        let r = eval(
            &case(json!([{"item": code, "decided_on": "2025-03-03"}])),
            TODAY,
        );
        assert_eq!(r["error"]["code"], json!("unknown_item"), "{code}: {r}");
    }
}

#[test]
fn items_scores_one_act_once_at_the_highest_value() {
    for (list, points) in [
        (json!(["4.1.1", "4.3.2", "4.2.1"]), 6),
        (json!(["4.2.4", "4.1.8"]), 3),
        (json!(["4.1.1", "4.4.6", "4.3.1"]), 12),
        (json!(["4.1.3"]), 1),
    ] {
        let r = eval(
            &case(json!([{"id": "x", "items": list, "decided_on": "2025-03-03"}])),
            TODAY,
        );
        assert_subset(
            &json!({
                "incidents": [{"id": "x", "points": points, "range": [points, points]}],
                "periods": [{"period": "2025", "total": points}],
            }),
            &r,
        );
    }
}

#[test]
fn every_act_counts_and_sites_accumulate() {
    let r = eval(
        &case(json!([
            {"item": "4.1.1", "decided_on": "2025-03-03", "site": "A", "inspection": "k"},
            {"item": "4.1.1", "decided_on": "2025-03-03", "site": "B", "inspection": "k"},
            {"item": "4.2.1", "decided_on": "2025-03-04", "site": "A", "inspection": "k"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [{"counted": true}, {"counted": true}, {"counted": true}],
            "periods": [{"total": 5, "remaining": 7}],
        }),
        &r,
    );
}

#[test]
fn natural_year_periods_and_remaining() {
    let r = eval(
        &case(json!([
            {"item": "4.2.1", "decided_on": "2024-12-31"},
            {"item": "4.4.1", "decided_on": "2025-01-01"},
            {"item": "4.1.1", "decided_on": "2025-01-02"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [{"period": "2024"}, {"period": "2025"}, {"period": "2025"}],
            "periods": [
                {"period": "2024", "start": "2024-01-01", "end": "2024-12-31", "total": 3, "remaining": 9},
                {"period": "2025", "start": "2025-01-01", "end": "2025-12-31", "total": 13, "remaining": 0},
            ],
            "warnings": [],
        }),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Bands (五（一）)
// ---------------------------------------------------------------------------

/// (items decided together, total, sanctions, suspension months)
type BandRow = (
    &'static [&'static str],
    u32,
    &'static [&'static str],
    Option<u32>,
);

#[test]
fn band_edges_in_one_decision() {
    // (items decided together, total, sanctions, suspension months)
    let table: [BandRow; 9] = [
        (&["4.2.1", "4.1.1"], 4, &[], None),
        (&["4.2.1", "4.1.1", "4.1.2"], 5, &["interview"], None),
        // 6 jumps over the interview band.
        (&["4.3.1"], 6, &["suspension"], Some(3)),
        (&["4.3.1", "4.1.1", "4.1.2"], 8, &["suspension"], Some(3)),
        (&["4.3.1", "4.2.1"], 9, &["suspension"], Some(6)),
        (
            &["4.3.1", "4.2.1", "4.1.1", "4.1.2"],
            11,
            &["suspension"],
            Some(6),
        ),
        (&["4.4.1"], 12, &["termination"], None),
        (&["4.3.1", "4.3.2"], 12, &["termination"], None),
        (&["4.4.1", "4.1.1"], 13, &["termination"], None),
    ];
    for (items, total, expected, months) in table {
        let r = eval(&case(same_day(items, "2025-03-03")), TODAY);
        assert_subset(&json!({"periods": [{"total": total}]}), &r);
        assert_eq!(kinds(&r), expected, "items {items:?} (total {total})");
        if let Some(s) = r["sanctions"].as_array().and_then(|l| l.first()) {
            assert_eq!(
                s["trigger"],
                json!(format!("i{}", items.len() - 1)),
                "{items:?}"
            );
            assert_eq!(s["cite"], json!("五（一）"), "{items:?}");
        }
        if let Some(m) = months {
            assert_subset(
                &json!({"sanctions": [{"months": m, "min_months": m, "max_months": m}]}),
                &r,
            );
        }
    }
}

#[test]
fn band_edges_step_by_step() {
    // Running totals: a3 b4 c5 d6 e8 f9 g11 h12 i13.
    let r = eval(
        &case(json!([
            {"id": "a", "item": "4.2.1", "decided_on": "2025-01-06"},
            {"id": "b", "item": "4.1.1", "decided_on": "2025-01-07"},
            {"id": "c", "item": "4.1.2", "decided_on": "2025-01-08"},
            {"id": "d", "item": "4.1.3", "decided_on": "2025-01-09"},
            {"id": "e", "item": "4.1.4", "decided_on": "2025-01-10"},
            {"id": "e2", "item": "4.1.5", "decided_on": "2025-01-10"},
            {"id": "f", "item": "4.1.6", "decided_on": "2025-01-13"},
            {"id": "g", "item": "4.1.7", "decided_on": "2025-01-14"},
            {"id": "g2", "item": "4.1.8", "decided_on": "2025-01-14"},
            {"id": "h", "item": "4.1.1", "decided_on": "2025-01-15"},
            {"id": "i", "item": "4.1.2", "decided_on": "2025-01-16"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [
                {"kind": "interview", "trigger": "c", "decided_on": "2025-01-08"},
                {"kind": "suspension", "trigger": "d", "decided_on": "2025-01-09", "months": 3},
                {"kind": "suspension", "trigger": "f", "decided_on": "2025-01-13", "months": 6},
                {"kind": "termination", "trigger": "h", "decided_on": "2025-01-15"},
            ],
            "periods": [{"total": 13, "remaining": 0}],
        }),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Durations: start the day after the decision, month rule
// ---------------------------------------------------------------------------

#[test]
fn three_month_suspension_dates() {
    let r = eval(&case(same_day(&["4.3.1"], "2025-03-03")), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "suspension", "decided_on": "2025-03-03", "start": "2025-03-04",
            "months": 3, "min_months": 3, "max_months": 3,
            "end": "2025-06-03", "latest_end": "2025-06-03", "earliest_end": "2025-06-03",
        }]}),
        &r,
    );
}

#[test]
fn six_month_suspension_decided_at_month_end_ends_at_month_end() {
    // 31 August 2025 + 6 months: February 2026 has no 31st → 28 February 2026.
    let r = eval(&case(same_day(&["4.3.1", "4.2.1"], "2025-08-31")), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "suspension", "start": "2025-09-01",
            "months": 6, "min_months": 6, "max_months": 6,
            "end": "2026-02-28", "latest_end": "2026-02-28", "earliest_end": "2026-02-28",
        }]}),
        &r,
    );
}

#[test]
fn suspensions_ending_on_a_leap_day() {
    // 31 August 2024 + 6 months → 28 February 2025 (no leap day);
    // 31 August 2027 + 6 months → 29 February 2028 (leap year, no 31 February);
    // 30 November 2027 + 3 months → 29 February 2028 (no 30 February).
    let r = eval(&case(same_day(&["4.3.1", "4.2.1"], "2024-08-31")), TODAY);
    assert_subset(
        &json!({"sanctions": [{"start": "2024-09-01", "months": 6, "end": "2025-02-28"}]}),
        &r,
    );
    let r = eval(&case(same_day(&["4.3.1", "4.2.1"], "2027-08-31")), TODAY);
    assert_subset(
        &json!({"sanctions": [{"start": "2027-09-01", "months": 6, "end": "2028-02-29"}]}),
        &r,
    );
    let r = eval(&case(same_day(&["4.3.1"], "2027-11-30")), TODAY);
    assert_subset(
        &json!({"sanctions": [{"start": "2027-12-01", "months": 3, "end": "2028-02-29"}]}),
        &r,
    );
}

#[test]
fn termination_bar_one_to_two_years_from_the_decision() {
    let r = eval(&case(same_day(&["4.4.2"], "2025-03-03")), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "decided_on": "2025-03-03", "trigger": "i0",
            "start": "2025-03-04", "bar_years": 1, "bar_max_years": 2,
            "bar_until": "2026-03-03", "bar_earliest_until": "2026-03-03",
        }]}),
        &r,
    );
}

#[test]
fn termination_bar_from_a_leap_day() {
    // 29 February 2028 + 1 year: 2029 has no 29 February → 28 February 2029.
    let r = eval(&case(same_day(&["4.4.3"], "2028-02-29")), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "start": "2028-03-01", "bar_until": "2029-02-28",
        }]}),
        &r,
    );
}

#[test]
fn six_month_suspension_supersedes_a_running_three_month_one() {
    let r = eval(
        &case(json!([
            {"id": "a", "item": "4.3.1", "decided_on": "2025-03-03"},
            {"id": "b", "item": "4.2.1", "decided_on": "2025-04-10"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [
                {"kind": "suspension", "trigger": "a", "start": "2025-03-04", "months": 3,
                 "end": "2025-06-03", "superseded_on": "2025-04-11"},
                {"kind": "suspension", "trigger": "b", "start": "2025-04-11", "months": 6,
                 "end": "2025-10-10"},
            ],
            "deadlines": [],
        }),
        &r,
    );
    assert!(r["sanctions"][1]
        .get("superseded_on")
        .is_none_or(Value::is_null));
}

#[test]
fn termination_supersedes_a_running_suspension() {
    let r = eval(
        &case(json!([
            {"id": "a", "item": "4.3.1", "decided_on": "2025-03-03"},
            {"id": "b", "item": "4.3.2", "decided_on": "2025-04-10"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [
            {"kind": "suspension", "end": "2025-06-03", "superseded_on": "2025-04-11"},
            {"kind": "termination", "start": "2025-04-11", "bar_until": "2026-04-10"},
        ]}),
        &r,
    );
}

#[test]
fn status_through_superseding_suspensions() {
    let mut c = case(json!([
        {"id": "a", "item": "4.3.1", "decided_on": "2025-03-03"},
        {"id": "b", "item": "4.2.1", "decided_on": "2025-04-10"},
    ]));
    for (as_of, state, total) in [
        ("2025-03-03", "normal", 6),
        ("2025-03-04", "suspended", 6),
        ("2025-04-10", "suspended", 9),
        ("2025-06-04", "suspended", 9),
        ("2025-10-10", "suspended", 9),
        ("2025-10-11", "normal", 9),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(
            &json!({"status": {"state": state, "period": "2025", "total": total}}),
            &r,
        );
    }
}

#[test]
fn status_during_a_termination_bar() {
    let mut c = case(same_day(&["4.4.1"], "2025-03-03"));
    for (as_of, state) in [
        ("2025-03-03", "normal"),
        ("2025-03-04", "terminated"),
        ("2026-03-03", "terminated"),
        // Spec v3 (五（二）): the bar only says when a new agreement may be signed.
        ("2026-03-04", "restoration_pending"),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(&json!({"status": {"state": state}}), &r);
    }
    c["restorations"] = json!([{"on": "2026-04-01"}]);
    c["as_of"] = json!("2026-04-01");
    assert_subset(&json!({"status": {"state": "normal"}}), &eval(&c, TODAY));
    c["as_of"] = json!("2026-03-31");
    assert_subset(
        &json!({"status": {"state": "restoration_pending", "awaiting": "new_agreement"}}),
        &eval(&c, TODAY),
    );
}

// ---------------------------------------------------------------------------
// Three consecutive natural years (五（一）)
// ---------------------------------------------------------------------------

#[test]
fn third_year_at_nine_after_two_years_of_nine_is_a_termination() {
    let r = eval(
        &json!({
            "regime": "jining-2024",
            "history": [{"period": "2023", "points": 9}, {"period": "2024", "points": 11}],
            "incidents": same_day(&["4.3.1", "4.2.1"], "2025-03-03"),
        }),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "trigger": "i1", "start": "2025-03-04",
            "bar_years": 1, "bar_max_years": 2, "bar_until": "2026-03-03",
        }]}),
        &r,
    );
}

#[test]
fn three_years_rule_needs_both_earlier_years_at_nine() {
    for history in [
        json!([{"period": "2023", "points": 8}, {"period": "2024", "points": 11}]),
        json!([{"period": "2023", "points": 12}, {"period": "2024", "points": 8}]),
        json!([{"period": "2024", "points": 10}]),
        json!([{"period": "2022", "points": 10}, {"period": "2024", "points": 10}]),
    ] {
        let r = eval(
            &json!({
                "regime": "jining-2024",
                "history": history.clone(),
                "incidents": same_day(&["4.3.1", "4.2.1"], "2025-03-03"),
            }),
            TODAY,
        );
        assert_eq!(kinds(&r), ["suspension"], "history {history}");
        assert_subset(&json!({"sanctions": [{"months": 6}]}), &r);
    }
}

#[test]
fn three_years_rule_from_the_cases_own_incidents() {
    let r = eval(
        &case(json!([
            {"id": "a1", "item": "4.3.1", "decided_on": "2024-05-06"},
            {"id": "a2", "item": "4.2.1", "decided_on": "2024-05-06"},
            {"id": "b1", "item": "4.3.1", "decided_on": "2025-05-06"},
            {"id": "b2", "item": "4.2.1", "decided_on": "2025-05-06"},
            {"id": "c1", "item": "4.3.1", "decided_on": "2026-05-06"},
            {"id": "c2", "item": "4.2.1", "decided_on": "2026-05-06"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [
            {"kind": "suspension", "trigger": "a2"},
            {"kind": "suspension", "trigger": "b2"},
            {"kind": "termination", "trigger": "c2", "start": "2026-05-07"},
        ]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Institution watchlist (六（三）)
// ---------------------------------------------------------------------------

#[test]
fn watchlist_after_a_twelve_point_incident() {
    let r = eval(&case(same_day(&["4.4.5"], "2025-03-03")), TODAY);
    assert_subset(
        &json!({"flags": [{"code": "institution_watchlist", "period": "2025", "cite": "六（三）"}]}),
        &r,
    );
}

#[test]
fn watchlist_after_three_incidents_under_twelve() {
    let r = eval(
        &case(json!([
            {"item": "4.1.1", "decided_on": "2025-02-03"},
            {"item": "4.1.2", "decided_on": "2025-05-06"},
            {"item": "4.1.3", "decided_on": "2025-09-01"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"flags": [{"code": "institution_watchlist", "period": "2025", "cite": "六（三）"}]}),
        &r,
    );
}

#[test]
fn no_watchlist_with_two_incidents_under_twelve() {
    let r = eval(
        &case(json!([
            {"item": "4.3.1", "decided_on": "2025-02-03"},
            {"item": "4.2.1", "decided_on": "2025-05-06"},
        ])),
        TODAY,
    );
    assert_subset(&json!({"flags": []}), &r);
}

#[test]
fn watchlist_counts_incidents_per_year() {
    // Two in 2024 and one in 2025: no year has three.
    let r = eval(
        &case(json!([
            {"item": "4.1.1", "decided_on": "2024-05-06"},
            {"item": "4.1.2", "decided_on": "2024-12-31"},
            {"item": "4.1.3", "decided_on": "2025-01-01"},
        ])),
        TODAY,
    );
    assert_subset(&json!({"flags": []}), &r);
    // A 12-point incident in 2024 and three small ones in 2025: both years flagged.
    let r = eval(
        &case(json!([
            {"item": "4.4.1", "decided_on": "2024-05-06"},
            {"item": "4.1.1", "decided_on": "2025-01-06"},
            {"item": "4.1.2", "decided_on": "2025-01-06"},
            {"item": "4.2.1", "decided_on": "2025-02-03"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"flags": [
            {"code": "institution_watchlist", "period": "2024"},
            {"code": "institution_watchlist", "period": "2025"},
        ]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Annual test format (三（三）)
// ---------------------------------------------------------------------------

#[test]
fn exam_is_closed_book_until_the_day_before_the_50th_birthday() {
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2025-06-14",
                "birth_date": "1975-06-15", "incidents": []}),
        TODAY,
    );
    assert_subset(&json!({"status": {"exam_format": "closed_book"}}), &r);
}

#[test]
fn exam_is_open_book_from_the_50th_birthday() {
    for as_of in ["2025-06-15", "2025-06-16", "2040-01-01"] {
        let r = eval(
            &json!({"regime": "jining-2024", "as_of": as_of,
                    "birth_date": "1975-06-15", "incidents": []}),
            TODAY,
        );
        assert_subset(&json!({"status": {"exam_format": "open_book"}}), &r);
    }
}

#[test]
fn exam_format_is_null_without_birth_date() {
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2025-06-15", "incidents": []}),
        TODAY,
    );
    assert_subset(&json!({"status": {"exam_format": null}}), &r);
}

// ---------------------------------------------------------------------------
// Deadlines (六（一）)
// ---------------------------------------------------------------------------

#[test]
fn objection_due_ten_working_days_after_notice() {
    // Tue 3 June 2025 (Dragon Boat 31 May – 2 June is before): 4–6 (3), 9–13 (8),
    // 16, 17 (10) → 17 June.
    let r = eval(
        &case(json!([
            {"id": "x", "item": "4.1.1", "decided_on": "2025-06-20", "notified_on": "2025-06-03"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2025-06-17"}]}),
        &r,
    );
    assert_eq!(r["deadlines"][0]["incident"], json!("x"));
}

#[test]
fn objection_deadline_across_spring_festival() {
    // Mon 20 January 2025. Spring Festival 2025: 28 January – 4 February off;
    // Sun 26 January and Sat 8 February are make-up working days.
    // 21–24 (4), Sun 26 (5), Mon 27 (6), 5, 6, 7 Feb (9), Sat 8 Feb (10).
    let r = eval(
        &case(json!([
            {"id": "x", "item": "4.1.1", "decided_on": "2025-02-20", "notified_on": "2025-01-20"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2025-02-08"}]}),
        &r,
    );
}

#[test]
fn suspensions_have_no_resumption_request() {
    let r = eval(&case(same_day(&["4.3.1", "4.2.1"], "2025-03-03")), TODAY);
    assert_subset(&json!({"deadlines": []}), &r);
}

// ---------------------------------------------------------------------------
// Explicit points
// ---------------------------------------------------------------------------

#[test]
fn explicit_points_must_equal_the_fixed_value() {
    let ok = eval(
        &case(json!([{"item": "4.2.1", "decided_on": "2025-03-03", "points": 3}])),
        TODAY,
    );
    assert_subset(&json!({"incidents": [{"points": 3}]}), &ok);
    let bad = eval(
        &case(json!([{"item": "4.2.1", "decided_on": "2025-03-03", "points": 4}])),
        TODAY,
    );
    assert_eq!(bad["error"]["code"], json!("points_out_of_range"), "{bad}");
    assert_eq!(bad["error"]["path"], json!("incidents[0].points"));
}
