//! One test per change of spec v2 ("Changes in spec v2" in the spec's README), each
//! written so that it fails on the v1 behaviour and passes on v2. The numbers follow the
//! issue that brought the core to v2.

mod common;

use common::{eval, kinds};
use serde_json::{json, Value};

fn warning_codes(r: &Value) -> Vec<String> {
    r["warnings"]
        .as_array()
        .unwrap_or_else(|| panic!("no warnings in {r:#}"))
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn deadline<'r>(r: &'r Value, kind: &str) -> Vec<&'r Value> {
    r["deadlines"]
        .as_array()
        .unwrap_or_else(|| panic!("no deadlines in {r:#}"))
        .iter()
        .filter(|d| d["kind"] == kind)
        .collect()
}

fn at(case: &Value, as_of: &str) -> Value {
    let mut case = case.clone();
    case["as_of"] = json!(as_of);
    eval(&case, as_of)
}

// 1. A later measure never shortens an earlier one.

/// 沪2025: a one-shot 12 bars for 3 years; a cumulative termination the next year bars
/// for 1. v1 let the later, shorter bar end the standing; the 3-year bar still runs.
#[test]
fn v2_1_a_three_year_bar_outlives_a_later_one_year_bar() {
    let case = json!({"regime": "shanghai-2025", "incidents": [
        {"id": "once", "item": "13.5.2", "decided_on": "2025-05-10"},
        {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2026-02-02"},
        {"id": "b", "item": "13.2", "responsibility": "primary", "decided_on": "2026-03-02"}
    ]});
    let r = at(&case, "2027-06-01");
    assert_eq!(kinds(&r), ["termination", "notice", "termination"]);
    let first = &r["sanctions"][0];
    assert_eq!(first["one_shot"], true);
    assert_eq!(first["bar_until"], "2028-05-10");
    // Marked, not ended: the later termination started while the bar ran.
    assert_eq!(first["superseded_on"], "2026-03-03");
    assert_eq!(r["sanctions"][2]["bar_until"], "2027-03-02");
    assert_eq!(r["status"]["state"], "terminated", "{:#}", r["status"]);
    assert_eq!(
        r["status"]["measure"], 0,
        "the 3-year bar gives the standing"
    );
    // The resumption request belongs to the measure that ends the stretch: the first.
    let resumption = deadline(&r, "resumption_request");
    assert_eq!(resumption.len(), 1, "{resumption:?}");
    assert_eq!(resumption[0]["sanction"], 0);
    // Spec v3: after the last bar, the person registers again (第三十条).
    let after = at(&case, "2028-05-11");
    assert_eq!(after["status"]["state"], "restoration_pending");
    assert_eq!(after["status"]["awaiting"], "reregistration");
    assert_eq!(after["status"]["measure"], 0);
}

/// 沪2023: a 12-month suspension then a 6-month one; the first still ends on its own day.
#[test]
fn v2_1_a_twelve_month_suspension_is_not_cut_by_a_later_six_month_one() {
    let case = json!({"regime": "shanghai-2023", "incidents": [
        {"id": "a", "item": "4.3.1", "severe": true, "decided_on": "2024-09-01", "months": 12},
        {"id": "c", "item": "4.3.2", "severe": true, "decided_on": "2025-02-10"}
    ]});
    let r = at(&case, "2025-08-20");
    assert_eq!(r["sanctions"][0]["end"], "2025-09-01");
    assert_eq!(r["sanctions"][1]["end"], "2025-08-10");
    assert_eq!(r["status"]["state"], "suspended");
    assert_eq!(r["status"]["measure"], 0);
    // Spec v3: settlement resumes only after the assessment (第五条第二款).
    assert_eq!(
        at(&case, "2025-09-02")["status"]["state"],
        "restoration_pending"
    );
}

// 2. Standing precedence, with `training`.

#[test]
fn v2_2_training_is_a_standing_below_suspension() {
    let case = json!({"regime": "shanghai-2023", "incidents": [
        {"id": "a", "item": "4.3.1", "decided_on": "2024-03-01"},
        {"id": "b", "item": "4.2.1", "decided_on": "2024-03-01"}
    ]});
    let r = at(&case, "2024-03-15");
    assert_eq!(kinds(&r), ["training"]);
    assert_eq!(r["status"]["state"], "training");
    assert_eq!(r["status"]["measure"], 0);
    // Spec v3: back on duty only once assessed (第五条（三）).
    assert_eq!(
        at(&case, "2024-04-02")["status"]["state"],
        "restoration_pending"
    );
    // A suspension that covers the same day comes first.
    let mut both = case.clone();
    both["incidents"]
        .as_array_mut()
        .expect("list")
        .push(json!({"id": "c", "item": "4.2.2", "decided_on": "2024-03-10"}));
    let r = at(&both, "2024-03-15");
    assert_eq!(kinds(&r), ["training", "suspension"]);
    assert_eq!(r["status"]["state"], "suspended");
    assert_eq!(r["status"]["measure"], 1);
}

// 3. 沪2025 notifies the institution on every decision below 9.

#[test]
fn v2_3_every_decision_below_9_is_notified() {
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "a", "item": "13.1.1", "responsibility": "general", "decided_on": "2025-04-01"},
            {"id": "b", "item": "13.1.1", "responsibility": "general", "decided_on": "2025-05-06"},
            {"id": "c", "item": "13.1.2", "responsibility": "primary", "decided_on": "2025-06-10"},
            {"id": "d", "item": "13.1.2", "responsibility": "primary", "decided_on": "2025-07-10"}
        ]}),
        "2025-12-31",
    );
    // 1, 2, 5, 8: four decisions below 9, four notices.
    assert_eq!(kinds(&r), ["notice", "notice", "notice", "notice"]);
}

// 4. Late objections open nothing.

#[test]
fn v2_4_a_late_objection_under_shanghai_2025_is_as_none() {
    // Notified 2025-05-06: the objection was due 05-20. Filed 05-22: late.
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary",
             "notified_on": "2025-05-06", "objection_filed_on": "2025-05-22", "decided_on": "2025-06-20"}
        ]}),
        "2025-12-31",
    );
    assert_eq!(warning_codes(&r), ["objection_late"]);
    assert_eq!(r["warnings"][0]["path"], "incidents[0].objection_filed_on");
    // The agency's decision is due as if none was filed: 3 WD after 05-20 (第十九条),
    // not 20 WD after the filing (第十八条).
    let decision = deadline(&r, "agency_decision");
    assert_eq!(decision.len(), 1);
    assert_eq!(decision[0]["due"], "2025-05-23");
    assert_eq!(decision[0]["cite"], "第十九条");
}

#[test]
fn v2_4_a_late_review_request_under_shanghai_2023_opens_no_review() {
    let case = |filed: &str| {
        json!({"regime": "shanghai-2023", "incidents": [
            {"id": "a", "item": "4.1.1", "notified_on": "2024-05-06",
             "objection_filed_on": filed, "decided_on": "2024-06-20"}
        ]})
    };
    // 2024-05-06 + 10 WD: 05-07 … 05-17 (05-11 is a worked Saturday) → 05-17.
    let timely = at(&case("2024-05-17"), "2024-12-31");
    assert_eq!(deadline(&timely, "review").len(), 1);
    assert!(warning_codes(&timely).is_empty());
    let late = at(&case("2024-05-20"), "2024-12-31");
    assert!(
        deadline(&late, "review").is_empty(),
        "{:#}",
        late["deadlines"]
    );
    assert_eq!(warning_codes(&late), ["objection_late"]);
}

// 5. Pending decisions and `outlook`.

/// The physician's case of the issue: 13.2 with primary responsibility just notified,
/// 3 earlier points this year.
#[test]
fn v2_5_a_notice_alone_projects_the_decision_and_its_outlook() {
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "e", "points": 3, "decided_on": "2026-03-10"},
            {"id": "n", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}
        ]}),
        "2026-11-27",
    );
    assert_eq!(deadline(&r, "objection")[0]["due"], "2026-12-09");
    assert_eq!(deadline(&r, "agency_decision")[0]["due"], "2026-12-14");
    let n = &r["incidents"][1];
    assert_eq!(
        (n["projected"].clone(), n["decided_on"].clone()),
        (json!(true), json!("2026-12-14"))
    );
    let suspension = &r["sanctions"][1];
    assert_eq!(suspension["kind"], "suspension");
    assert_eq!(suspension["projected"], true);
    assert_eq!(suspension["start"], "2026-12-15");
    assert_eq!(suspension["end"], "2027-01-14");
    // Today: normal with 3; once decided: suspended with 9.
    assert_eq!(r["status"]["state"], "normal");
    assert_eq!(r["status"]["total"], 3);
    assert_eq!(r["outlook"]["on"], "2026-12-15");
    assert_eq!(r["outlook"]["state"], "suspended");
    assert_eq!(r["outlook"]["total"], 9);
    assert_eq!(r["outlook"]["measure"], 1);
    assert_eq!(
        warning_codes(&r),
        ["decision_projected", "calendar_not_covered"]
    );
}

#[test]
fn v2_5_a_timely_objection_moves_the_projected_decision() {
    // 沪2025: 20 WD after a timely objection (第十八条).
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "n", "item": "13.3", "responsibility": "general",
             "notified_on": "2025-05-06", "objection_filed_on": "2025-05-12"}
        ]}),
        "2025-05-13",
    );
    assert_eq!(r["incidents"][0]["decided_on"], "2025-06-10");
    // 沪2023: the first working day after the review period (第七条、第八条).
    let r = at(
        &json!({"regime": "shanghai-2023", "incidents": [
            {"id": "n", "item": "4.1.1", "notified_on": "2024-05-06", "objection_filed_on": "2024-05-08"}
        ]}),
        "2024-05-09",
    );
    // Review due 10 WD after 05-08: 05-09, 10, 11 (Sat, worked), 13 … 17, 20, 21.
    assert_eq!(deadline(&r, "review")[0]["due"], "2024-05-21");
    assert_eq!(r["incidents"][0]["decided_on"], "2024-05-22");
    assert_eq!(r["incidents"][0]["projected"], true);
    // Without an objection: the first working day after the objection period.
    let r = at(
        &json!({"regime": "shanghai-2023", "incidents": [
            {"id": "n", "item": "4.1.1", "notified_on": "2024-05-06"}
        ]}),
        "2024-05-09",
    );
    assert_eq!(deadline(&r, "objection")[0]["due"], "2024-05-17");
    assert_eq!(r["incidents"][0]["decided_on"], "2024-05-20");
}

#[test]
fn v2_5_no_outlook_once_every_decision_is_past() {
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2025-05-20"}
        ]}),
        "2025-12-01",
    );
    assert!(r["outlook"].is_null());
    // A decision typed for a later day gives one, projected or not.
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "a", "item": "13.3", "responsibility": "primary", "decided_on": "2025-12-20"}
        ]}),
        "2025-12-01",
    );
    assert_eq!(r["outlook"]["on"], "2025-12-21");
    assert_eq!(r["outlook"]["state"], "suspended");
    assert_eq!(r["sanctions"][0]["projected"], false);
}

#[test]
fn v2_5_no_projection_where_the_notice_follows_the_decision() {
    for (regime, item) in [("wenzhou-2014", "16.1"), ("jining-2024", "4.1.1")] {
        let r = eval(
            &json!({"regime": regime, "incidents": [{"item": item, "notified_on": "2025-05-06"}]}),
            "2025-06-01",
        );
        assert_eq!(r["error"]["code"], "missing_field", "{regime}: {r}");
        assert_eq!(r["error"]["path"], "incidents[0].decided_on");
    }
}

// 6. An earlier decision by its points alone.

#[test]
fn v2_6_earlier_points_without_an_item() {
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [
            {"id": "e", "points": 3, "decided_on": "2025-04-01"},
            {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-10"}
        ]}),
        "2025-06-20",
    );
    assert_eq!(r["incidents"][0]["points"], 3);
    assert_eq!(r["incidents"][0]["range"], json!([3, 3]));
    assert!(r["incidents"][0]["item"].is_null());
    assert!(r["incidents"][0]["trace"][0]["text"]
        .as_str()
        .unwrap_or_default()
        .contains("not given"));
    assert_eq!(r["status"]["state"], "suspended");
    // 12 given this way is 一次性 under 沪2025: a 3-year bar.
    let r = at(
        &json!({"regime": "shanghai-2025", "incidents": [{"points": 12, "decided_on": "2025-04-01"}]}),
        "2025-06-20",
    );
    assert_eq!(r["sanctions"][0]["one_shot"], true);
    assert_eq!(r["sanctions"][0]["bar_years"], 3);
    // Out of 1–12.
    for points in [0, 13] {
        let r = eval(
            &json!({"regime": "jining-2024", "incidents": [{"points": points, "decided_on": "2025-04-01"}]}),
            "2025-06-20",
        );
        assert_eq!(r["error"]["code"], "points_out_of_range", "{r}");
        assert_eq!(r["error"]["path"], "incidents[0].points");
    }
}

// 7. Wenzhou 第十条: no request, no restoration.

fn wenzhou(requests: Option<Value>) -> Value {
    // 9 points decided 2025-03-03: suspended from the 15th WD after, 1 month.
    let mut case = json!({"regime": "wenzhou-2014", "agreement_start": "2024-10-01", "incidents": [
        {"id": "a", "item": "15.1", "decided_on": "2025-03-03"},
        {"id": "b", "item": "16.1", "decided_on": "2025-03-03"},
        {"id": "c", "item": "17.1", "decided_on": "2025-03-03"}
    ]});
    if let Some(list) = requests {
        case["resumption_requests"] = list;
    }
    case
}

#[test]
fn v2_7_a_wenzhou_suspension_extends_without_a_request_in_its_window() {
    let assumed = at(&wenzhou(None), "2025-06-01");
    // Three incidents decided the same day are one decision: 9 points, a suspension.
    let s = &assumed["sanctions"][0];
    assert_eq!(s["kind"], "suspension");
    let (end, opens) = (
        s["end"].as_str().unwrap_or_default().to_string(),
        deadline(&assumed, "resumption_request")[0]["opens"].clone(),
    );
    assert_eq!(warning_codes(&assumed), ["resumption_request_assumed"]);
    assert_eq!(s["extended"], false);
    assert_eq!(assumed["status"]["state"], "normal");

    // A request before the window opens is not in time: extended, still suspended.
    let early = at(&wenzhou(Some(json!([{"on": "2025-03-05"}]))), "2025-06-01");
    assert_eq!(
        early["sanctions"][0]["extended"], true,
        "{:#}",
        early["sanctions"]
    );
    assert_eq!(warning_codes(&early), ["suspension_extended"]);
    assert_eq!(early["status"]["state"], "suspended", "after its end {end}");
    assert_eq!(early["status"]["measure"], 0);
    // The request still opens the agency's 10 working days (第十条).
    let decision = deadline(&early, "resumption_decision");
    assert_eq!(decision.len(), 1);
    assert_eq!(decision[0]["due"], "2025-03-19");
    assert_eq!(decision[0]["actor"], "agency");

    // A request inside the window: ends on its day.
    let timely = at(&wenzhou(Some(json!([{"on": opens}]))), "2025-06-01");
    assert_eq!(timely["sanctions"][0]["extended"], false);
    assert!(
        warning_codes(&timely).is_empty(),
        "{:#}",
        timely["warnings"]
    );
    assert_eq!(timely["status"]["state"], "normal");
}

// 8. The whole procedure of 沪2025.

#[test]
fn v2_8_shanghai_2025_procedure_with_its_actors() {
    let r = at(
        &json!({"regime": "shanghai-2025",
            "resumption_requests": [{"on": "2025-07-21"}],
            "incidents": [
            {"id": "a", "item": "13.3", "responsibility": "primary",
             "notified_on": "2025-05-06", "decided_on": "2025-05-23"}
        ]}),
        "2025-06-01",
    );
    let kinds_actors: Vec<(String, String, String)> = r["deadlines"]
        .as_array()
        .expect("deadlines")
        .iter()
        .map(|d| {
            (
                d["kind"].as_str().unwrap_or_default().into(),
                d["due"].as_str().unwrap_or_default().into(),
                d["actor"].as_str().unwrap_or_default().into(),
            )
        })
        .collect();
    let expected: Vec<(String, String, String)> = [
        ("objection", "2025-05-20", "person"),
        ("agency_decision", "2025-05-23", "agency"),
        // 第二十一条: 3 WD after the decision of Fri 05-23: 26, 27, 28.
        ("decision_delivery", "2025-05-28", "agency"),
        // 第二十二条: 3 WD after that (端午 2025-06-02 is off): 29, 30, 06-03.
        ("registration_update", "2025-06-03", "institution"),
        // 第三十条: 2 months (one-shot 9) 05-24 … 07-23; 10 WD before 07-23.
        ("resumption_request", "2025-07-09", "person"),
        ("resumption_decision", "2025-08-04", "agency"),
    ]
    .iter()
    .map(|(k, d, a)| (k.to_string(), d.to_string(), a.to_string()))
    .collect();
    assert_eq!(kinds_actors, expected);
}

// 9. `one_shot` in every regime; Jining's `bar_years`; Wenzhou `serious`.

#[test]
fn v2_9_one_shot_is_a_fact_in_every_regime() {
    for (regime, item) in [("wenzhou-2014", "14.1"), ("jining-2024", "4.4.1")] {
        let r = eval(
            &json!({"regime": regime, "incidents": [{"item": item, "decided_on": "2025-04-01"}]}),
            "2025-06-01",
        );
        let s = &r["sanctions"][0];
        assert_eq!(s["kind"], "termination", "{regime}");
        assert_eq!(s["one_shot"], true, "{regime}: {s}");
        assert_eq!(s["bar_years"], 1, "{regime}: only 沪2025 bars longer");
    }
    // Cumulative: not one-shot.
    let r = eval(
        &json!({"regime": "jining-2024", "incidents": [
            {"item": "4.3.1", "decided_on": "2025-04-01"},
            {"item": "4.3.2", "decided_on": "2025-05-01"}]}),
        "2025-06-01",
    );
    assert_eq!(r["sanctions"][1]["one_shot"], false);
}

#[test]
fn v2_9_jining_bar_years_is_the_offices_choice() {
    let case = |years: u32| {
        json!({"regime": "jining-2024", "incidents": [
            {"item": "4.4.1", "decided_on": "2025-04-01", "bar_years": years}]})
    };
    let r = eval(&case(2), "2025-06-01");
    let s = &r["sanctions"][0];
    assert_eq!(
        (
            s["bar_years"].clone(),
            s["bar_max_years"].clone(),
            s["bar_until"].clone()
        ),
        (json!(2), json!(2), json!("2027-04-01"))
    );
    for years in [0, 3] {
        let r = eval(&case(years), "2025-06-01");
        assert_eq!(r["error"]["code"], "bar_years_out_of_range", "{r}");
        assert_eq!(r["error"]["path"], "incidents[0].bar_years");
    }
    // No termination, no effect; elsewhere, no effect.
    let r = eval(
        &json!({"regime": "jining-2024", "incidents": [
            {"item": "4.1.1", "decided_on": "2025-04-01", "bar_years": 7}]}),
        "2025-06-01",
    );
    assert!(r.get("error").is_none(), "{r}");
    let r = eval(
        &json!({"regime": "wenzhou-2014", "incidents": [
            {"item": "14.1", "decided_on": "2025-04-01", "bar_years": 7}]}),
        "2025-06-01",
    );
    assert!(r.get("error").is_none(), "{r}");
}

#[test]
fn v2_9_wenzhou_serious_counts_only_decisions_up_to_the_termination() {
    // Terminated at 12 on 04-01; a serious incident decided later does not turn that
    // termination into a cancellation of the service code.
    let r = eval(
        &json!({"regime": "wenzhou-2014", "agreement_start": "2024-10-01", "incidents": [
            {"item": "15.1", "decided_on": "2025-03-03"},
            {"item": "15.2", "decided_on": "2025-04-01"},
            {"item": "16.1", "decided_on": "2025-05-06", "serious": true}]}),
        "2025-06-01",
    );
    let termination = r["sanctions"]
        .as_array()
        .expect("sanctions")
        .iter()
        .find(|s| s["kind"] == "termination")
        .cloned()
        .unwrap_or_else(|| panic!("a termination in {r:#}"));
    assert_eq!(termination["bar_years"], 1);
}

// 10. May, not shall (沪2020): see tests/shanghai_2020.rs (`discretionary`, item 21).

// 11. Uncovered calendar years: see tests/calendar.rs and tests/statutory.rs.
