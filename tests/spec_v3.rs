//! Spec v3 (2026-12-07): what the second legal reading changed, rule by rule, beside the
//! four new examples. Each test names the paragraph of the spec it checks.

mod common;

use common::{assert_subset, eval};
use serde_json::{json, Value};

fn codes(r: &Value) -> Vec<String> {
    r["warnings"]
        .as_array()
        .unwrap_or_else(|| panic!("{r}"))
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn state(r: &Value) -> (&str, &str) {
    (
        r["status"]["state"].as_str().unwrap_or_default(),
        r["status"]["awaiting"].as_str().unwrap_or("-"),
    )
}

fn at(case: &Value, as_of: &str) -> Value {
    let mut case = case.clone();
    case["as_of"] = json!(as_of);
    eval(&case, as_of)
}

// README "After a measure's term".

#[test]
fn shanghai_2025_a_suspension_ends_in_restoration_only_on_a_timely_request() {
    // 9 at once on 2025-04-15: suspended 04-16 … 06-15; the request is due 10 WD before,
    // 2025-05-30 (第三十条).
    let case = json!({"regime": "shanghai-2025", "incidents": [
        {"id": "a", "item": "13.3", "responsibility": "primary", "decided_on": "2025-04-15"}]});
    // Not said: a timely request is assumed (v2), and the office restores on time.
    assert_eq!(state(&at(&case, "2025-06-16")), ("normal", "-"));
    // Said: none.
    let mut none = case.clone();
    none["resumption_requests"] = json!([]);
    let r = at(&none, "2025-06-16");
    assert_eq!(state(&r), ("restoration_pending", "resumption_decision"));
    assert_eq!(r["status"]["measure"], 0);
    // A late request is none in time; the agency's decision on it restores.
    let mut late = case.clone();
    late["resumption_requests"] = json!([{"on": "2025-06-05"}]);
    assert_eq!(
        state(&at(&late, "2025-06-20")),
        ("restoration_pending", "resumption_decision")
    );
    late["restorations"] = json!([{"on": "2025-06-19"}]);
    assert_eq!(state(&at(&late, "2025-06-20")), ("normal", "-"));
    // In time: restored the day after the end; the deadline shows it met.
    let mut timely = case.clone();
    timely["resumption_requests"] = json!([{"on": "2025-05-20"}]);
    let r = at(&timely, "2025-06-16");
    assert_eq!(state(&r), ("normal", "-"));
    let request = r["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == "resumption_request")
        .cloned()
        .unwrap_or_else(|| panic!("{r}"));
    assert_eq!(request["due"], "2025-05-30");
    assert_eq!(request["done_on"], "2025-05-20");
}

#[test]
fn wenzhou_and_jining_bars_end_in_a_new_agreement() {
    // 温州: 12 on 2025-03-03, in force from the 15th WD (03-24), barred to 2026-03-23.
    let wenzhou = json!({"regime": "wenzhou-2014", "agreement_start": "2024-07-01", "incidents": [
        {"id": "a", "item": "14.1", "decided_on": "2025-03-03"}]});
    let r = at(&wenzhou, "2026-03-24");
    assert_eq!(state(&r), ("restoration_pending", "new_agreement"));
    // Its bar cites 第十条第二款 (spec v3), the measure 第十八条.
    let s = &r["sanctions"][0];
    assert_eq!(s["cite"], "第十八条");
    assert!(
        s["trace"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["cite"] == "第十条第二款"
                && t["text_zh"].as_str().unwrap().contains("至 2026-03-23")),
        "{s}"
    );
    let mut signed = wenzhou.clone();
    signed["restorations"] = json!([{"on": "2026-04-01"}]);
    assert_eq!(state(&at(&signed, "2026-04-01")), ("normal", "-"));
    assert_eq!(
        state(&at(&signed, "2026-03-31")),
        ("restoration_pending", "new_agreement")
    );
    // 济宁: 12 on 2025-03-03, barred to 2026-03-03; a suspension ends by itself.
    let jining = json!({"regime": "jining-2024", "incidents": [
        {"id": "a", "item": "4.4.1", "decided_on": "2025-03-03"}]});
    assert_eq!(
        state(&at(&jining, "2026-03-04")),
        ("restoration_pending", "new_agreement")
    );
    let suspended = json!({"regime": "jining-2024", "incidents": [
        {"id": "a", "item": "4.3.1", "decided_on": "2025-03-03"}]});
    assert_eq!(state(&at(&suspended, "2025-06-04")), ("normal", "-"));
}

#[test]
fn shanghai_2023_training_and_suspension_await_the_assessment() {
    let case = json!({"regime": "shanghai-2023", "incidents": [
        {"id": "a", "item": "4.3.1", "severe": true, "decided_on": "2024-02-01"}]});
    assert_eq!(
        state(&at(&case, "2024-08-02")),
        ("restoration_pending", "assessment")
    );
    // A restoration before the measure's last day does not end it early.
    let mut early = case.clone();
    early["restorations"] = json!([{"on": "2024-07-01"}]);
    assert_eq!(state(&at(&early, "2024-07-15")), ("suspended", "-"));
    assert_eq!(
        state(&at(&early, "2024-08-02")),
        ("restoration_pending", "assessment")
    );
}

#[test]
fn wenzhou_an_empty_list_says_no_request_and_the_agreement_end_ends_the_extension() {
    // 9 on 2021-04-06 (6 + 2 + 1): the suspension runs 2021-04-26 … 2021-05-25.
    let case = json!({"regime": "wenzhou-2014", "agreement_start": "2021-01-01",
        "resumption_requests": [], "incidents": [
        {"id": "a", "item": "15.2", "decided_on": "2021-03-01"},
        {"id": "b", "item": "16.1", "decided_on": "2021-04-06"},
        {"id": "c", "item": "17.3", "decided_on": "2021-04-06"}]});
    let r = at(&case, "2021-12-01");
    assert_eq!(state(&r), ("suspended", "-"));
    assert!(
        codes(&r).contains(&"suspension_extended".to_string()),
        "{r}"
    );
    assert!(!codes(&r).contains(&"resumption_request_assumed".to_string()));
    // With the agreement's end, the extension ends there, and a new agreement is needed.
    let mut ends = case.clone();
    ends["agreement_end"] = json!("2021-09-30");
    assert_eq!(state(&at(&ends, "2021-09-30")), ("suspended", "-"));
    assert_eq!(
        state(&at(&ends, "2021-10-01")),
        ("restoration_pending", "new_agreement")
    );
    // A request made before the window opens is said not to count.
    let mut early = case.clone();
    early["resumption_requests"] = json!([{"on": "2021-04-28"}]);
    let r = at(&early, "2021-12-01");
    let extended = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "suspension_extended")
        .cloned()
        .unwrap_or_else(|| panic!("{r}"));
    assert!(
        extended["message_zh"]
            .as_str()
            .unwrap()
            .contains("早于申请期"),
        "{extended}"
    );
}

// README "The result": `next` is null while terminated; the outlook waits for measures
// decided but not begun.

#[test]
fn no_next_band_while_terminated_and_the_outlook_waits_for_a_delayed_measure() {
    let jining = json!({"regime": "jining-2024", "incidents": [
        {"id": "a", "item": "4.4.1", "decided_on": "2025-03-03"}]});
    let r = at(&jining, "2025-06-01");
    assert_eq!(r["status"]["state"], "terminated");
    assert!(r["status"]["next"].is_null(), "{}", r["status"]);
    // 温州: decided 2025-03-03, in force from 03-24: on 03-10 the outlook is 03-24.
    let wenzhou = json!({"regime": "wenzhou-2014", "agreement_start": "2024-07-01", "incidents": [
        {"id": "a", "item": "14.1", "decided_on": "2025-03-03"}]});
    let r = at(&wenzhou, "2025-03-10");
    assert_eq!(r["status"]["state"], "normal");
    assert_subset(
        &json!({"outlook": {"on": "2025-03-24", "state": "terminated"}}),
        &r,
    );
}

// regimes.md 沪2023 "Same inspection" (in date order) is in tests/shanghai_2023.rs.

// regimes.md 沪2020: required and optional fines.

#[test]
fn shanghai_2020_fines_are_required_where_the_order_says_so() {
    let fine = |item: &str, severe: bool| {
        let r = eval(
            &json!({"regime": "shanghai-2020", "as_of": "2025-12-01", "incidents": [
                {"id": "a", "item": item, "decided_on": "2025-06-01", "severe": severe, "amount_yuan": 1000}]}),
            "2025-12-01",
        );
        (
            r["incidents"][0]["fine_required"].as_bool(),
            r["incidents"][0]["trace"][0]["text_zh"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )
    };
    for (item, severe, required) in [
        ("15.1", false, true),
        ("15.2", false, true),
        ("17.1", false, true),
        ("17.1", true, true),
        ("16.1", true, true),
        ("18", true, true),
        ("19.1", true, true),
        ("16.1", false, false),
        ("18", false, false),
        ("19.1", false, false),
        ("21", false, false),
    ] {
        let (got, words) = fine(item, severe);
        assert_eq!(got, Some(required), "{item} severe={severe}");
        if item != "21" {
            assert_eq!(
                words.starts_with('处'),
                required,
                "{item} severe={severe}: {words}"
            );
            assert_eq!(words.starts_with("可处警告"), !required, "{words}");
        }
    }
}

// README "The year may change".

#[test]
fn a_december_notice_gives_both_years() {
    let case = json!({"regime": "shanghai-2025", "as_of": "2026-12-18", "incidents": [
        {"id": "spring", "item": "13.2", "responsibility": "primary", "decided_on": "2026-04-20"},
        {"id": "winter", "item": "13.1.3", "responsibility": "primary", "notified_on": "2026-12-16"}]});
    let r = eval(&case, "2026-12-18");
    assert!(
        codes(&r).contains(&"decision_period_uncertain".to_string()),
        "{r}"
    );
    assert_subset(
        &json!({"outlook": {"on": "2027-01-06", "state": "normal", "total": 3},
                "outlook_alternative": {"on": "2027-01-01", "state": "suspended"}}),
        &r,
    );
    // A notice in June: both days in one year, no alternative.
    let mut june = case.clone();
    june["incidents"][1]["notified_on"] = json!("2026-06-16");
    let r = eval(&june, "2026-06-18");
    assert!(r["outlook_alternative"].is_null(), "{r}");
    assert!(!codes(&r).contains(&"decision_period_uncertain".to_string()));
}

// README "A decision inside the objection window".

#[test]
fn a_decision_inside_the_objection_window_is_kept_and_said() {
    let case = |decided: &str| {
        json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary",
             "notified_on": "2025-05-06", "decided_on": decided}]})
    };
    // The objection is due 2025-05-20.
    for (decided, warned) in [
        ("2025-05-05", true),
        ("2025-05-20", true),
        ("2025-05-21", false),
    ] {
        let r = eval(&case(decided), "2025-12-01");
        assert_eq!(
            codes(&r).contains(&"decision_inside_objection_window".to_string()),
            warned,
            "{decided}: {r}"
        );
        assert_eq!(r["incidents"][0]["decided_on"], decided);
    }
    // Under 济宁 the notice is of the decision: nothing to say.
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "4.1.1", "notified_on": "2025-05-06", "decided_on": "2025-05-05"}]}),
        "2025-12-01",
    );
    assert!(codes(&r).is_empty(), "{r}");
}

// regimes.md 沪2025 "Bands": 12 reached by several incidents of one decision.

#[test]
fn twelve_by_several_incidents_is_cumulative_and_said() {
    let r = eval(
        &json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-10"}]}),
        "2025-12-01",
    );
    assert_subset(
        &json!({"sanctions": [{"kind": "termination", "one_shot": false, "bar_years": 1}]}),
        &r,
    );
    assert!(
        codes(&r).contains(&"one_shot_by_several".to_string()),
        "{r}"
    );
    // 6 then 6 on another day: cumulative, nothing to say.
    let r = eval(
        &json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "decided_on": "2025-07-10"}]}),
        "2025-12-01",
    );
    assert!(
        !codes(&r).contains(&"one_shot_by_several".to_string()),
        "{r}"
    );
}

// regimes.md "Transition": 沪2023 → 沪2025.

#[test]
fn a_shanghai_2025_case_counts_earlier_points_but_dates_no_measure_before_it() {
    // 8 points decided under 沪2023 in February; 沪2025's first decision (1 more) reaches 9.
    let r = eval(
        &json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "earlier", "points": 8, "decided_on": "2025-02-10"},
            {"id": "now", "item": "13.1.1", "responsibility": "general", "decided_on": "2025-05-20"}]}),
        "2025-12-01",
    );
    assert_subset(
        &json!({"sanctions": [{"kind": "suspension", "decided_on": "2025-05-20", "trigger": "now", "months": 1}],
                "periods": [{"period": "2025", "total": 9}]}),
        &r,
    );
    assert!(codes(&r).contains(&"regime_transition".to_string()), "{r}");
}

// regimes.md 沪2025 "Repairs": caps count reductions that happen.

#[test]
fn a_repair_of_another_year_shortens_nothing_and_says_so() {
    // 10 at once on 2025-12-10: 4 months, to 2026-04-10 (第十四条（二）2); an exam in January 2026
    // lowers 2026's total (1 point then) but shortens nothing of it.
    let r = eval(
        &json!({"regime": "shanghai-2025", "as_of": "2026-06-01", "incidents": [
            {"id": "a", "item": "13.4.1", "responsibility": "general", "decided_on": "2025-12-10"},
            {"id": "b", "item": "13.1.1", "responsibility": "general", "decided_on": "2026-01-05"}],
            "repairs": [{"kind": "exam", "on": "2026-01-06"}]}),
        "2026-06-01",
    );
    assert_subset(
        &json!({"sanctions": [
            {"kind": "suspension", "end": "2026-04-10", "earliest_end": "2026-04-10"},
            {"kind": "notice"}]}),
        &r,
    );
    assert!(
        codes(&r).contains(&"repair_without_effect".to_string()),
        "{r}"
    );
}

// regimes.md 济宁 "Three years": years before the notice.

#[test]
fn jining_three_years_that_reach_before_2024_are_said() {
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2025-12-01",
            "history": [{"period": "2023", "points": 9}, {"period": "2024", "points": 10}],
            "incidents": [{"id": "a", "item": "4.3.1", "decided_on": "2025-03-03"},
                          {"id": "b", "item": "4.2.1", "decided_on": "2025-03-03"}]}),
        "2025-12-01",
    );
    assert_subset(&json!({"sanctions": [{"kind": "termination"}]}), &r);
    assert!(
        codes(&r).contains(&"history_before_in_force".to_string()),
        "{r}"
    );
    // Three years all from 2024 on: nothing to say.
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2026-12-01",
            "history": [{"period": "2024", "points": 9}, {"period": "2025", "points": 10}],
            "incidents": [{"id": "a", "item": "4.3.1", "decided_on": "2026-03-03"},
                          {"id": "b", "item": "4.2.1", "decided_on": "2026-03-03"}]}),
        "2026-12-01",
    );
    assert!(
        !codes(&r).contains(&"history_before_in_force".to_string()),
        "{r}"
    );
}

// README "Dates": 补假 in the years no arrangement covers.

#[test]
fn national_day_2027_is_made_up_on_monday_and_tuesday() {
    // Notified Wed 2027-09-29: Thu 30 (1), Fri 1 Oct off, weekend, Mon 4 and Tue 5 made up,
    // Wed 6 (2) … Fri 15 Oct (9), Mon 18 (10).
    let r = eval(
        &json!({"regime": "jining-2024", "as_of": "2027-12-01", "incidents": [
            {"id": "a", "item": "4.1.1", "decided_on": "2027-09-28", "notified_on": "2027-09-29"}]}),
        "2027-12-01",
    );
    assert_subset(
        &json!({"deadlines": [{"kind": "objection", "due": "2027-10-18"}]}),
        &r,
    );
    let warning = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "calendar_not_covered")
        .cloned()
        .unwrap_or_else(|| panic!("{r}"));
    assert!(
        warning["message_zh"].as_str().unwrap().contains("补假"),
        "{warning}"
    );
}

// README "The result": `done_on`.

#[test]
fn a_met_deadline_carries_the_day_it_was_met() {
    let r = eval(
        &json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary",
             "notified_on": "2025-05-06", "objection_filed_on": "2025-05-12", "decided_on": "2025-06-03"}]}),
        "2025-12-01",
    );
    let deadlines = r["deadlines"].as_array().unwrap();
    let kind = |k: &str| {
        deadlines
            .iter()
            .find(|d| d["kind"] == k)
            .cloned()
            .unwrap_or_else(|| panic!("{k}: {r}"))
    };
    assert_eq!(kind("objection")["done_on"], "2025-05-12");
    assert_eq!(kind("agency_decision")["done_on"], "2025-06-03");
    assert!(kind("decision_delivery").get("done_on").is_none());
}
