//! Independent tests of `wenzhou-2014` (温人社发〔2014〕311号), written from the spec
//! (`regimes.md`, `README.md`) and the seed. Every expected date is computed by hand
//! from the month rule and the State Council's holiday arrangements.

mod common;

use common::{assert_subset, catalogue_codes, error_code, eval, kinds, same_day};
use jifen::scoring::RegimeId;
use serde_json::{json, Value};

/// `today` for every evaluation; cases that look at the status give their own `as_of`.
const TODAY: &str = "2026-06-30";

/// A Wenzhou case with the agreement year starting on 1 July 2024.
fn case(incidents: Value) -> Value {
    json!({
        "regime": "wenzhou-2014",
        "agreement_start": "2024-07-01",
        "incidents": incidents,
    })
}

/// The spec's item table: every code with its points.
fn items() -> Vec<(String, u32)> {
    let mut all = Vec::new();
    for (article, count, points) in [(14, 8, 12), (15, 6, 6), (16, 6, 2), (17, 10, 1)] {
        for n in 1..=count {
            all.push((format!("{article}.{n}"), points));
        }
    }
    all
}

// ---------------------------------------------------------------------------
// Items and catalogue (第十三条 to 第十七条)
// ---------------------------------------------------------------------------

#[test]
fn every_item_deducts_its_class_points_with_a_fixed_range() {
    let all = items();
    assert_eq!(all.len(), 30);
    for (code, points) in all {
        let r = eval(
            &case(json!([{"id": "x", "item": code, "decided_on": "2025-03-03"}])),
            TODAY,
        );
        assert_subset(
            &json!({"incidents": [{
                "id": "x", "points": points, "range": [points, points],
                "counted": true, "period": "2024-07-01"
            }]}),
            &r,
        );
    }
}

#[test]
fn catalogue_has_exactly_the_spec_item_codes() {
    let codes = catalogue_codes(RegimeId::Wenzhou2014);
    let mut expected: Vec<String> = items().into_iter().map(|(c, _)| c).collect();
    expected.sort();
    assert_eq!(codes, expected);
}

#[test]
fn codes_outside_the_table_are_unknown_items() {
    for code in ["14.9", "15.7", "16.7", "17.11", "13.1"] {
        let r = eval(
            &case(json!([{"item": code, "decided_on": "2025-03-03"}])),
            TODAY,
        );
        assert_eq!(error_code(&r), "unknown_item", "{code}");
        assert_eq!(r["error"]["path"], json!("incidents[0].item"), "{code}");
    }
}

#[test]
fn points_of_all_sites_accumulate() {
    let r = eval(
        &case(json!([
            {"item": "16.1", "decided_on": "2025-03-03", "site": "A"},
            {"item": "16.2", "decided_on": "2025-03-04", "site": "B"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"periods": [{"period": "2024-07-01", "total": 4, "remaining": 8}]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Agreement years (第十三条)
// ---------------------------------------------------------------------------

#[test]
fn agreement_year_ends_the_day_before_the_anniversary() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2018-07-01",
            "incidents": [
                {"id": "last", "item": "17.1", "decided_on": "2019-06-30"},
                {"id": "first", "item": "16.1", "decided_on": "2019-07-01"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [
                {"id": "last", "period": "2018-07-01"},
                {"id": "first", "period": "2019-07-01"},
            ],
            "periods": [
                {"period": "2018-07-01", "start": "2018-07-01", "end": "2019-06-30",
                 "total": 1, "remaining": 11},
                {"period": "2019-07-01", "start": "2019-07-01", "end": "2020-06-30",
                 "total": 2, "remaining": 10},
            ],
            "warnings": [],
        }),
        &r,
    );
}

#[test]
fn only_agreement_years_with_incidents_are_listed_in_date_order() {
    // Input order is not date order; 2019-07-01 … 2021-06-30 hold no incident.
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2017-10-15",
            "incidents": [
                {"item": "16.1", "decided_on": "2021-10-14"},
                {"item": "17.1", "decided_on": "2018-01-02"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [{"period": "2020-10-15"}, {"period": "2017-10-15"}],
            "periods": [
                {"period": "2017-10-15", "start": "2017-10-15", "end": "2018-10-14", "total": 1},
                {"period": "2020-10-15", "start": "2020-10-15", "end": "2021-10-14", "total": 2},
            ],
        }),
        &r,
    );
}

#[test]
fn leap_day_agreement_start_uses_28_february_in_other_years() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2016-02-29",
            "incidents": [
                {"id": "a", "item": "17.1", "decided_on": "2017-02-27"},
                {"id": "b", "item": "17.2", "decided_on": "2017-02-28"},
                {"id": "c", "item": "17.3", "decided_on": "2020-02-28"},
                {"id": "d", "item": "17.4", "decided_on": "2020-02-29"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [
                {"id": "a", "period": "2016-02-29"},
                {"id": "b", "period": "2017-02-28"},
                {"id": "c", "period": "2019-02-28"},
                {"id": "d", "period": "2020-02-29"},
            ],
            "periods": [
                // 2017 has no 29 February: the year starts on the 28th.
                {"period": "2016-02-29", "start": "2016-02-29", "end": "2017-02-27"},
                {"period": "2017-02-28", "start": "2017-02-28", "end": "2018-02-27"},
                // 2020 is a leap year: the 2019 year runs to 28 February 2020.
                {"period": "2019-02-28", "start": "2019-02-28", "end": "2020-02-28"},
                {"period": "2020-02-29", "start": "2020-02-29", "end": "2021-02-27"},
            ],
        }),
        &r,
    );
}

#[test]
fn without_agreement_start_natural_years_are_assumed_with_a_warning() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "incidents": [
                {"id": "a", "item": "16.1", "decided_on": "2024-12-31"},
                {"id": "b", "item": "15.1", "decided_on": "2025-01-01"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "incidents": [
                {"id": "a", "period": "2024-01-01"},
                {"id": "b", "period": "2025-01-01"},
            ],
            "periods": [
                {"period": "2024-01-01", "start": "2024-01-01", "end": "2024-12-31",
                 "total": 2, "remaining": 10},
                {"period": "2025-01-01", "start": "2025-01-01", "end": "2025-12-31",
                 "total": 6, "remaining": 6},
            ],
            "warnings": ["agreement_start_assumed"],
        }),
        &r,
    );
}

#[test]
fn with_agreement_start_there_is_no_assumption_warning() {
    let r = eval(
        &case(json!([{"item": "16.1", "decided_on": "2025-03-03"}])),
        TODAY,
    );
    assert_subset(&json!({"warnings": []}), &r);
}

#[test]
fn totals_restart_in_each_agreement_year() {
    // 6 + 2 in the 2024 year, then 2 in the 2025 year: no band reached again.
    let r = eval(
        &case(json!([
            {"id": "a", "item": "15.1", "decided_on": "2025-03-03"},
            {"id": "b", "item": "16.1", "decided_on": "2025-06-30"},
            {"id": "c", "item": "16.2", "decided_on": "2025-07-01"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "periods": [
                {"period": "2024-07-01", "total": 8, "remaining": 4},
                {"period": "2025-07-01", "total": 2, "remaining": 10},
            ],
            "sanctions": [{"kind": "interview", "trigger": "a"}],
        }),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Bands (第十八条)
// ---------------------------------------------------------------------------

#[test]
fn band_edges_in_one_decision() {
    // (items decided together on 2025-03-03, total, sanctions decided)
    let table: [(&[&str], u32, &[&str]); 9] = [
        (&["16.1", "16.2", "17.1"], 5, &[]),
        (&["15.1"], 6, &["interview"]),
        (&["15.1", "16.1"], 8, &["interview"]),
        // 9 jumps over the interview band: only the suspension.
        (&["15.1", "16.1", "17.1"], 9, &["suspension"]),
        (&["15.1", "16.1", "16.2", "17.1"], 11, &["suspension"]),
        // 12 jumps over interview and suspension: only the termination.
        (&["15.1", "15.2"], 12, &["termination"]),
        (&["14.1"], 12, &["termination"]),
        (&["14.1", "17.1"], 13, &["termination"]),
        (&["16.1", "16.2", "16.3", "17.1"], 7, &["interview"]),
    ];
    for (items, total, expected) in table {
        let r = eval(&case(same_day(items, "2025-03-03")), TODAY);
        assert_subset(
            &json!({"periods": [{"period": "2024-07-01", "total": total}]}),
            &r,
        );
        assert_eq!(kinds(&r), expected, "items {items:?} (total {total})");
        if let Some(s) = r["sanctions"].as_array().and_then(|l| l.first()) {
            // The trigger is the last counted incident of the decision.
            assert_eq!(
                s["trigger"],
                json!(format!("i{}", items.len() - 1)),
                "{items:?}"
            );
            assert_eq!(s["decided_on"], json!("2025-03-03"));
            assert_eq!(s["cite"], json!("第十八条"));
        }
    }
}

#[test]
fn band_edges_step_by_step() {
    // 5 → 6 interview, → 8 nothing, → 9 suspension, → 11 nothing, → 12 termination,
    // → 13 nothing.
    let r = eval(
        &case(json!([
            {"id": "a", "item": "16.1", "decided_on": "2025-01-06"},
            {"id": "b", "item": "16.2", "decided_on": "2025-01-07"},
            {"id": "c", "item": "17.1", "decided_on": "2025-01-08"},
            {"id": "d", "item": "17.2", "decided_on": "2025-01-09"},
            {"id": "e", "item": "16.3", "decided_on": "2025-01-10"},
            {"id": "f", "item": "17.3", "decided_on": "2025-01-13"},
            {"id": "g", "item": "16.4", "decided_on": "2025-01-14"},
            {"id": "h", "item": "17.4", "decided_on": "2025-01-15"},
            {"id": "i", "item": "17.5", "decided_on": "2025-01-16"},
        ])),
        TODAY,
    );
    // Running totals: a2 b4 c5 d6 e8 f9 g11 h12 i13.
    assert_eq!(kinds(&r), ["interview", "suspension", "termination"]);
    assert_subset(
        &json!({
            "sanctions": [
                {"kind": "interview", "trigger": "d", "decided_on": "2025-01-09"},
                {"kind": "suspension", "trigger": "f", "decided_on": "2025-01-13"},
                {"kind": "termination", "trigger": "h", "decided_on": "2025-01-15"},
            ],
            "periods": [{"total": 13, "remaining": 0}],
        }),
        &r,
    );
}

#[test]
fn five_points_decide_nothing_and_the_sixth_an_interview() {
    let r = eval(
        &case(json!([
            {"id": "a", "item": "16.1", "decided_on": "2025-02-03"},
            {"id": "b", "item": "16.2", "decided_on": "2025-02-04"},
            {"id": "c", "item": "17.1", "decided_on": "2025-02-05"},
        ])),
        TODAY,
    );
    assert_eq!(kinds(&r), Vec::<String>::new());
    let r = eval(
        &case(json!([
            {"id": "a", "item": "16.1", "decided_on": "2025-02-03"},
            {"id": "b", "item": "16.2", "decided_on": "2025-02-04"},
            {"id": "c", "item": "17.1", "decided_on": "2025-02-05"},
            {"id": "d", "item": "17.2", "decided_on": "2025-02-06"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{"kind": "interview", "trigger": "d", "decided_on": "2025-02-06"}]}),
        &r,
    );
}

#[test]
fn remaining_is_twelve_minus_total_never_below_zero() {
    for (items, total, remaining) in [
        (vec!["17.1"], 1, 11),
        (vec!["15.1"], 6, 6),
        (vec!["14.1"], 12, 0),
        (vec!["14.1", "15.1"], 18, 0),
    ] {
        let r = eval(&case(same_day(&items, "2025-03-03")), TODAY);
        assert_subset(
            &json!({"periods": [{"total": total, "remaining": remaining}]}),
            &r,
        );
    }
}

// ---------------------------------------------------------------------------
// Suspension: advance notice (第二十条) and months (第十八条)
// ---------------------------------------------------------------------------

/// Nine points decided together on `day`, the trigger `t` carrying `months` if given.
fn nine_on(day: &str, months: Option<i64>) -> Value {
    let mut t = json!({"id": "t", "item": "17.1", "decided_on": day});
    if let Some(m) = months {
        t["months"] = json!(m);
    }
    json!([
        {"id": "a", "item": "15.1", "decided_on": day},
        {"id": "b", "item": "16.1", "decided_on": day},
        t,
    ])
}

#[test]
fn suspension_starts_on_the_15th_working_day_and_counts_months_from_the_day_before() {
    // 2025-03-03 (Mon); March 2025 has no holiday: 4–7, 10–14, 17–21 are 14 working
    // days, the 15th is Mon 24 March. Months from 23 March: 1 → 23 April, 3 → 23 June.
    let r = eval(&case(nine_on("2025-03-03", None)), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "suspension", "decided_on": "2025-03-03", "trigger": "t",
            "start": "2025-03-24", "months": 1, "min_months": 1, "max_months": 3,
            "end": "2025-04-23", "latest_end": "2025-06-23", "earliest_end": "2025-04-23",
        }]}),
        &r,
    );
}

#[test]
fn suspension_months_chosen_by_the_office() {
    for (months, end) in [(1, "2025-04-23"), (2, "2025-05-23"), (3, "2025-06-23")] {
        let r = eval(&case(nine_on("2025-03-03", Some(months))), TODAY);
        assert_subset(
            &json!({"sanctions": [{
                "kind": "suspension", "start": "2025-03-24", "months": months,
                "min_months": 1, "max_months": 3,
                "end": end, "latest_end": "2025-06-23", "earliest_end": end,
            }]}),
            &r,
        );
    }
}

#[test]
fn suspension_months_four_is_out_of_range() {
    let r = eval(&case(nine_on("2025-03-03", Some(4))), TODAY);
    assert_eq!(error_code(&r), "months_out_of_range");
    assert_eq!(r["error"]["path"], json!("incidents[2].months"));
}

#[test]
fn suspension_months_zero_is_rejected() {
    let r = eval(&case(nine_on("2025-03-03", Some(0))), TODAY);
    let code = error_code(&r);
    assert!(
        code == "months_out_of_range" || code == "invalid_value",
        "got {code}"
    );
    assert_eq!(r["error"]["path"], json!("incidents[2].months"));
}

#[test]
fn suspension_starting_on_the_first_of_a_month_ends_at_month_end() {
    // 2025-03-11 (Tue): 12–14 (3), 17–21 (8), 24–28 (13), 31 (14), Tue 1 April (15).
    // Day before the start: 31 March. 1 month → 30 April, 3 months → 30 June.
    let r = eval(&case(nine_on("2025-03-11", None)), TODAY);
    assert_subset(
        &json!({
            "sanctions": [{
                "kind": "suspension", "start": "2025-04-01", "months": 1,
                "end": "2025-04-30", "latest_end": "2025-06-30",
            }],
            // 10 working days before Wed 30 April 2025: 29, 28, Sun 27 April (a
            // make-up working day for the May Day holiday), 25, 24, 23, 22, 21, 18, 17.
            "deadlines": [{"kind": "resumption_request", "opens": "2025-04-17", "due": "2025-04-30"}],
        }),
        &r,
    );
}

#[test]
fn suspension_counted_from_29_february_when_it_starts_on_1_march() {
    // 2024-02-05 (Mon). Spring Festival 2024: 10–17 February off; Sun 4 and Sun 18
    // February are make-up working days; 9 February (除夕) is a working day.
    // After 5 Feb: 6, 7, 8, 9 (4), Sun 18 (5), 19–23 (10), 26–29 (14), Fri 1 March (15).
    // Months from the day before, 29 Feb: 1 → 29 March, 3 → 29 May (not 31 March).
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2023-07-01",
            "incidents": nine_on("2024-02-05", None),
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [{
                "kind": "suspension", "start": "2024-03-01", "months": 1,
                "end": "2024-03-29", "latest_end": "2024-05-29", "earliest_end": "2024-03-29",
            }],
            // 10 working days before Fri 29 March 2024: 28–25 (4), 22–18 (9), 15 (10).
            "deadlines": [{"kind": "resumption_request", "opens": "2024-03-15", "due": "2024-03-29"}],
        }),
        &r,
    );
}

#[test]
fn resumption_request_opens_ten_working_days_before_the_end() {
    // End Wed 23 April 2025: 22, 21, 18, 17, 16, 15, 14, 11, 10, 9 → opens 9 April.
    // End Fri 23 May 2025: 22–19 (4), 16–12 (9), 9 (10) → 9 May.
    // End Mon 23 June 2025: 20–16 (5), 13–9 (10) → 9 June.
    for (months, opens, due) in [
        (1, "2025-04-09", "2025-04-23"),
        (2, "2025-05-09", "2025-05-23"),
        (3, "2025-06-09", "2025-06-23"),
    ] {
        let r = eval(&case(nine_on("2025-03-03", Some(months))), TODAY);
        assert_subset(
            &json!({"deadlines": [{"kind": "resumption_request", "opens": opens, "due": due}]}),
            &r,
        );
        assert_eq!(r["deadlines"][0]["sanction"], json!(0));
    }
}

// ---------------------------------------------------------------------------
// Termination (第十八条, 第十条)
// ---------------------------------------------------------------------------

#[test]
fn termination_bar_is_one_year_counted_from_the_day_before_the_start() {
    // Start 24 March 2025 (see above); bar from 23 March 2025 → 23 March 2026.
    let r = eval(&case(same_day(&["14.2"], "2025-03-03")), TODAY);
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "decided_on": "2025-03-03", "trigger": "i0",
            "start": "2025-03-24", "bar_years": 1, "bar_max_years": 1,
            "bar_until": "2026-03-23", "bar_earliest_until": "2026-03-23",
        }]}),
        &r,
    );
    // A termination has no resumption request.
    assert_subset(&json!({"deadlines": []}), &r);
}

#[test]
fn serious_termination_bars_five_years() {
    let r = eval(
        &case(json!([{"id": "x", "item": "14.3", "decided_on": "2025-03-03", "serious": true}])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "start": "2025-03-24", "bar_years": 5, "bar_max_years": 5,
            "bar_until": "2030-03-23", "bar_earliest_until": "2030-03-23",
        }]}),
        &r,
    );
}

#[test]
fn serious_on_an_earlier_incident_of_the_period_bars_five_years() {
    // 2025-04-01 (Tue): Qingming 2025 is 4–6 April (no make-up day).
    // After 1 April: 2, 3 (2), 7–11 (7), 14–18 (12), 21, 22, 23 (15) → start 23 April.
    // Bar from 22 April 2025: 5 years → 22 April 2030.
    let r = eval(
        &case(json!([
            {"id": "a", "item": "15.1", "decided_on": "2025-03-03", "serious": true},
            {"id": "b", "item": "15.2", "decided_on": "2025-04-01"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [
            {"kind": "interview", "trigger": "a"},
            {"kind": "termination", "trigger": "b", "start": "2025-04-23",
             "bar_years": 5, "bar_until": "2030-04-22"},
        ]}),
        &r,
    );
}

#[test]
fn serious_in_another_agreement_year_does_not_lengthen_the_bar() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2023-07-01",
            "incidents": [
                {"id": "a", "item": "17.1", "decided_on": "2024-06-28", "serious": true},
                {"id": "b", "item": "14.1", "decided_on": "2025-03-03"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [
            {"kind": "termination", "trigger": "b", "bar_years": 1, "bar_until": "2026-03-23"},
        ]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Three consecutive agreement years of 9 or more (第十八条)
// ---------------------------------------------------------------------------

fn with_history(history: Value, incidents: Value) -> Value {
    json!({
        "regime": "wenzhou-2014",
        "agreement_start": "2022-07-01",
        "history": history,
        "incidents": incidents,
    })
}

#[test]
fn third_year_at_nine_after_two_years_of_nine_from_history_is_a_termination() {
    let r = eval(
        &with_history(
            json!([
                {"period": "2022-07-01", "points": 9},
                {"period": "2023-07-01", "points": 12},
            ]),
            nine_on("2025-03-03", None),
        ),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "trigger": "t", "decided_on": "2025-03-03",
            "start": "2025-03-24", "bar_years": 1, "bar_until": "2026-03-23",
        }]}),
        &r,
    );
}

#[test]
fn three_years_rule_needs_both_earlier_years_at_nine() {
    for history in [
        json!([{"period": "2022-07-01", "points": 8}, {"period": "2023-07-01", "points": 12}]),
        json!([{"period": "2022-07-01", "points": 12}, {"period": "2023-07-01", "points": 8}]),
        json!([{"period": "2023-07-01", "points": 10}]),
        // Not consecutive: 2021 and 2023 years, nothing for the 2022 year.
        json!([{"period": "2021-07-01", "points": 10}, {"period": "2023-07-01", "points": 10}]),
    ] {
        let r = eval(
            &with_history(history.clone(), nine_on("2025-03-03", None)),
            TODAY,
        );
        assert_eq!(kinds(&r), ["suspension"], "history {history}");
    }
}

#[test]
fn three_years_rule_applies_only_on_reaching_nine() {
    // Two earlier years of 9+, but this year only reaches 8: an interview.
    let r = eval(
        &with_history(
            json!([{"period": "2022-07-01", "points": 9}, {"period": "2023-07-01", "points": 9}]),
            same_day(&["15.1", "16.1"], "2025-03-03"),
        ),
        TODAY,
    );
    assert_eq!(kinds(&r), ["interview"]);
}

#[test]
fn three_years_rule_from_the_cases_own_incidents() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2021-07-01",
            "incidents": [
                {"id": "a1", "item": "15.1", "decided_on": "2022-03-01"},
                {"id": "a2", "item": "16.1", "decided_on": "2022-03-01"},
                {"id": "a3", "item": "17.1", "decided_on": "2022-03-01"},
                {"id": "b1", "item": "15.1", "decided_on": "2023-03-01"},
                {"id": "b2", "item": "16.1", "decided_on": "2023-03-01"},
                {"id": "b3", "item": "17.1", "decided_on": "2023-03-01"},
                {"id": "c1", "item": "15.1", "decided_on": "2024-03-01"},
                {"id": "c2", "item": "16.1", "decided_on": "2024-03-01"},
                {"id": "c3", "item": "17.1", "decided_on": "2024-03-01"},
            ],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "periods": [
                {"period": "2021-07-01", "total": 9},
                {"period": "2022-07-01", "total": 9},
                {"period": "2023-07-01", "total": 9},
            ],
            "sanctions": [
                {"kind": "suspension", "trigger": "a3"},
                {"kind": "suspension", "trigger": "b3"},
                {"kind": "termination", "trigger": "c3", "bar_years": 1},
            ],
        }),
        &r,
    );
}

#[test]
fn three_years_rule_not_when_the_middle_own_year_is_below_nine() {
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2021-07-01",
            "incidents": [
                {"id": "a1", "item": "15.1", "decided_on": "2022-03-01"},
                {"id": "a2", "item": "16.1", "decided_on": "2022-03-01"},
                {"id": "a3", "item": "17.1", "decided_on": "2022-03-01"},
                {"id": "b1", "item": "15.1", "decided_on": "2023-03-01"},
                {"id": "b2", "item": "16.1", "decided_on": "2023-03-01"},
                {"id": "c1", "item": "15.1", "decided_on": "2024-03-01"},
                {"id": "c2", "item": "16.1", "decided_on": "2024-03-01"},
                {"id": "c3", "item": "17.1", "decided_on": "2024-03-01"},
            ],
        }),
        TODAY,
    );
    assert_eq!(kinds(&r), ["suspension", "interview", "suspension"]);
}

#[test]
fn three_years_rule_mixing_history_and_own_incidents() {
    // 2022 year (11) from history, 2023 year (10) from the case, 2024 year reaches 9.
    let r = eval(
        &with_history(
            json!([{"period": "2022-07-01", "points": 11}]),
            json!([
                {"id": "b1", "item": "15.1", "decided_on": "2024-03-01"},
                {"id": "b2", "item": "16.1", "decided_on": "2024-03-01"},
                {"id": "b3", "item": "16.2", "decided_on": "2024-03-01"},
                {"id": "c1", "item": "15.1", "decided_on": "2025-03-03"},
                {"id": "c2", "item": "16.1", "decided_on": "2025-03-03"},
                {"id": "c3", "item": "17.1", "decided_on": "2025-03-03"},
            ]),
        ),
        TODAY,
    );
    assert_eq!(kinds(&r), ["suspension", "termination"]);
    assert_subset(
        &json!({"sanctions": [{"trigger": "b3"}, {"trigger": "c3", "start": "2025-03-24"}]}),
        &r,
    );
}

// ---------------------------------------------------------------------------
// Supersession
// ---------------------------------------------------------------------------

#[test]
fn termination_supersedes_a_running_suspension_from_its_start() {
    // Suspension: decided 3 March 2025, start 24 March, 3 months → end 23 June.
    // Termination: decided Tue 1 April 2025; Qingming 4–6 April off; 15th working day
    // after is Wed 23 April; bar from 22 April → 22 April 2026.
    let r = eval(
        &case(json!([
            {"id": "a1", "item": "15.1", "decided_on": "2025-03-03"},
            {"id": "a2", "item": "16.1", "decided_on": "2025-03-03"},
            {"id": "a3", "item": "17.1", "decided_on": "2025-03-03", "months": 3},
            {"id": "b1", "item": "16.2", "decided_on": "2025-04-01"},
            {"id": "b2", "item": "17.2", "decided_on": "2025-04-01"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [
                {"kind": "suspension", "trigger": "a3", "start": "2025-03-24", "months": 3,
                 "end": "2025-06-23", "superseded_on": "2025-04-23"},
                {"kind": "termination", "trigger": "b2", "decided_on": "2025-04-01",
                 "start": "2025-04-23", "bar_years": 1, "bar_until": "2026-04-22"},
            ],
            // The superseded suspension gets no resumption request.
            "deadlines": [],
        }),
        &r,
    );
    assert!(r["sanctions"][1]
        .get("superseded_on")
        .is_none_or(Value::is_null));
}

#[test]
fn status_is_terminated_after_a_superseding_termination_starts() {
    let mut c = case(json!([
        {"id": "a1", "item": "15.1", "decided_on": "2025-03-03"},
        {"id": "a2", "item": "16.1", "decided_on": "2025-03-03"},
        {"id": "a3", "item": "17.1", "decided_on": "2025-03-03", "months": 3},
        {"id": "b1", "item": "16.2", "decided_on": "2025-04-01"},
        {"id": "b2", "item": "17.2", "decided_on": "2025-04-01"},
    ]));
    for (as_of, state) in [
        ("2025-04-22", "suspended"),
        ("2025-04-23", "terminated"),
        ("2025-06-24", "terminated"),
        ("2026-04-22", "terminated"),
        ("2026-04-23", "restoration_pending"),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(&json!({"status": {"state": state}}), &r);
    }
}

// ---------------------------------------------------------------------------
// Deadlines (第二十条)
// ---------------------------------------------------------------------------

#[test]
fn objection_due_ten_working_days_after_notice() {
    // Mon 3 March 2025: 4–7 (4), 10–14 (9), Mon 17 (10).
    let r = eval(
        &case(json!([
            {"id": "x", "item": "17.1", "decided_on": "2025-03-10", "notified_on": "2025-03-03"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2025-03-17"}]}),
        &r,
    );
    assert_eq!(r["deadlines"][0]["incident"], json!("x"));
}

#[test]
fn objection_deadline_across_national_day() {
    // Fri 27 September 2024. National Day 2024: 1–7 October off; Sun 29 September and
    // Sat 12 October are make-up working days.
    // Sun 29 Sep (1), Mon 30 Sep (2), 8–11 Oct (6), Sat 12 Oct (7), 14, 15, 16 (10).
    let r = eval(
        &case(json!([
            {"id": "x", "item": "17.1", "decided_on": "2024-10-20", "notified_on": "2024-09-27"},
        ])),
        TODAY,
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2024-10-16"}]}),
        &r,
    );
}

#[test]
fn no_notice_no_objection_deadline() {
    let r = eval(
        &case(json!([{"item": "15.1", "decided_on": "2025-03-03"}])),
        TODAY,
    );
    assert_subset(&json!({"deadlines": []}), &r);
}

// ---------------------------------------------------------------------------
// Status on as_of
// ---------------------------------------------------------------------------

#[test]
fn status_during_a_suspension() {
    // Decided 3 March 2025, start 24 March, 1 month → end 23 April.
    let mut c = case(nine_on("2025-03-03", None));
    for (as_of, state) in [
        ("2025-03-03", "normal"),
        ("2025-03-23", "normal"),
        ("2025-03-24", "suspended"),
        ("2025-04-23", "suspended"),
        ("2025-04-24", "normal"),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(
            &json!({"status": {"state": state, "period": "2024-07-01", "total": 9, "exam_format": null}}),
            &r,
        );
    }
}

#[test]
fn status_during_a_termination_bar() {
    // Decided 3 March 2025, start 24 March 2025, bar until 23 March 2026.
    let mut c = case(same_day(&["14.1"], "2025-03-03"));
    for (as_of, state) in [
        ("2025-03-23", "normal"),
        ("2025-03-24", "terminated"),
        ("2026-03-23", "terminated"),
        // Spec v3 (第十条第二款): after the bar, a new agreement must be signed.
        ("2026-03-24", "restoration_pending"),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(&json!({"status": {"state": state}}), &r);
    }
}

#[test]
fn status_total_counts_decisions_up_to_as_of_in_the_current_year() {
    let mut c = case(json!([
        {"item": "15.1", "decided_on": "2025-03-03"},
        {"item": "16.1", "decided_on": "2025-05-06"},
    ]));
    for (as_of, period, total) in [
        ("2025-03-02", "2024-07-01", 0),
        ("2025-03-03", "2024-07-01", 6),
        ("2025-05-06", "2024-07-01", 8),
        ("2025-07-01", "2025-07-01", 0),
    ] {
        c["as_of"] = json!(as_of);
        let r = eval(&c, TODAY);
        assert_subset(
            &json!({"as_of": as_of, "status": {"period": period, "total": total}}),
            &r,
        );
    }
}

#[test]
fn status_next_band() {
    let mut c = case(json!([{"item": "15.1", "decided_on": "2025-03-03"}]));
    c["as_of"] = json!("2025-03-01");
    assert_subset(
        &json!({"status": {"total": 0, "next": {"at": 6, "measure": "interview"}}}),
        &eval(&c, TODAY),
    );
    c["as_of"] = json!("2025-03-03");
    assert_subset(
        &json!({"status": {"total": 6, "next": {"at": 9, "measure": "suspension"}}}),
        &eval(&c, TODAY),
    );
    c["incidents"] = same_day(&["14.1"], "2025-03-03");
    assert_subset(
        &json!({"status": {"total": 12, "next": null}}),
        &eval(&c, TODAY),
    );
}

// ---------------------------------------------------------------------------
// Holiday arrangements across years
// ---------------------------------------------------------------------------

#[test]
fn termination_in_the_first_weeks_in_force_after_national_day_2014() {
    // Wed 8 October 2014. National Day 2014: 1–7 October off; Sat 11 October is a
    // make-up working day. After 8 Oct: 9, 10 (2), Sat 11 (3), 13–17 (8), 20–24 (13),
    // 27, 28 (15) → start 28 October; bar from 27 October 2014 → 27 October 2015.
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2014-10-01",
            "incidents": [{"id": "x", "item": "14.6", "decided_on": "2014-10-08"}],
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [{"kind": "termination", "start": "2014-10-28", "bar_until": "2015-10-27"}],
            "warnings": [],
        }),
        &r,
    );
}

#[test]
fn objection_deadline_across_the_2015_victory_day_holiday() {
    // Tue 1 September 2015. 3–5 September 2015 off (抗战胜利70周年); Sun 6 September is
    // a make-up working day. Wed 2 (1), Sun 6 (2), 7–11 (7), 14, 15, 16 (10).
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2015-01-01",
            "incidents": [{"item": "17.1", "decided_on": "2015-09-20", "notified_on": "2015-09-01"}],
        }),
        TODAY,
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2015-09-16"}]}),
        &r,
    );
}

#[test]
fn suspension_start_across_new_year_2026() {
    // Mon 15 December 2025. New Year 2026: 1–3 January off; Sun 4 January is a make-up
    // working day. After 15 Dec: 16–19 (4), 22–26 (9), 29–31 (12), Sun 4 Jan (13),
    // 5, 6 (15) → start Tue 6 January 2026. 1 month from 5 January → 5 February 2026.
    // 10 working days before Thu 5 Feb: 4, 3, 2 (3), 30–26 Jan (8), 23, 22 (10).
    let r = eval(&case(nine_on("2025-12-15", None)), TODAY);
    assert_subset(
        &json!({
            "sanctions": [{"kind": "suspension", "start": "2026-01-06", "end": "2026-02-05",
                           "latest_end": "2026-04-05"}],
            "deadlines": [{"kind": "resumption_request", "opens": "2026-01-22", "due": "2026-02-05"}],
        }),
        &r,
    );
}

#[test]
fn advance_notice_outside_the_calendar_counts_weekends_only_and_warns() {
    // 2027 is not covered: Mon 1 March 2027, weekdays 2–5 (4), 8–12 (9), 15–19 (14),
    // 22 (15) → start 22 March; 1 month from 21 March → 21 April 2027.
    // 10 weekdays before Wed 21 April: 20, 19, 16–12, 9, 8, 7 → opens 7 April.
    let r = eval(
        &json!({
            "regime": "wenzhou-2014",
            "agreement_start": "2026-07-01",
            "incidents": nine_on("2027-03-01", None),
        }),
        TODAY,
    );
    assert_subset(
        &json!({
            "sanctions": [{"kind": "suspension", "start": "2027-03-22", "end": "2027-04-21"}],
            "deadlines": [{"kind": "resumption_request", "opens": "2027-04-07", "due": "2027-04-21"}],
        }),
        &r,
    );
    let codes: Vec<&str> = r["warnings"]
        .as_array()
        .expect("warnings")
        .iter()
        .filter_map(|w| w["code"].as_str())
        .collect();
    assert!(codes.contains(&"calendar_not_covered"), "{codes:?}");
}

// ---------------------------------------------------------------------------
// Order of decisions and combinations
// ---------------------------------------------------------------------------

#[test]
fn decisions_apply_in_date_order_not_input_order() {
    let r = eval(
        &case(json!([
            {"id": "late", "item": "16.1", "decided_on": "2025-03-10"},
            {"id": "early", "item": "15.1", "decided_on": "2025-03-03"},
            {"id": "mid", "item": "17.1", "decided_on": "2025-03-05"},
        ])),
        TODAY,
    );
    // early → 6 (interview), mid → 7, late → 9 (suspension).
    assert_subset(
        &json!({"sanctions": [
            {"kind": "interview", "trigger": "early", "decided_on": "2025-03-03"},
            {"kind": "suspension", "trigger": "late", "decided_on": "2025-03-10"},
        ]}),
        &r,
    );
}

#[test]
fn three_years_termination_with_serious_bars_five_years() {
    let mut incidents = nine_on("2025-03-03", None);
    incidents[0]["serious"] = json!(true);
    let r = eval(
        &with_history(
            json!([{"period": "2022-07-01", "points": 9}, {"period": "2023-07-01", "points": 9}]),
            incidents,
        ),
        TODAY,
    );
    assert_subset(
        &json!({"sanctions": [{
            "kind": "termination", "start": "2025-03-24", "bar_years": 5, "bar_until": "2030-03-23",
        }]}),
        &r,
    );
}
