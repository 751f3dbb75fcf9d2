//! 沪医保规〔2025〕3号: tiers and responsibility (第十二条、第十三条), one act with
//! several situations (第十一条), bands and one-shot durations (第十四条), repairs
//! (第二十九条) and deadlines (第十七条 to 第十九条, 第三十条). Expected values are
//! worked out by hand from the spec and the seed.

mod common;

use common::{eval, kinds};
use serde_json::{json, Value};

fn case(as_of: &str, incidents: Value) -> Value {
    json!({ "regime": "shanghai-2025", "as_of": as_of, "incidents": incidents })
}

fn with_repairs(as_of: &str, incidents: Value, repairs: Value) -> Value {
    json!({ "regime": "shanghai-2025", "as_of": as_of, "incidents": incidents, "repairs": repairs })
}

fn warning_codes(result: &Value) -> Vec<String> {
    result["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["code"].as_str().unwrap().to_string())
        .collect()
}

fn score(item: &str, responsibility: &str, adjustment: &str) -> Value {
    eval(
        &case(
            "2025-12-31",
            json!([{ "item": item, "decided_on": "2025-06-02", "responsibility": responsibility, "adjustment": adjustment }]),
        ),
        "2025-12-31",
    )
}

#[test]
fn the_catalogue_has_every_item_of_article_13() {
    let catalogue = jifen::scoring::catalogue(jifen::scoring::RegimeId::Shanghai2025);
    let listed: Vec<&str> = catalogue["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| {
            c["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["code"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        listed,
        ["13.1.1", "13.1.2", "13.1.3", "13.2", "13.3", "13.4.1", "13.4.2", "13.5.1", "13.5.2"]
    );
}

/// (tier, responsibility, adjustment, points, range, warning).
type TierRow = (u32, &'static str, &'static str, u32, [u32; 2], &'static str);

/// (tier, responsibility, adjustment) → (points, range, warning), worked out from 第十三条
/// and the spec's adjustment table.
#[rustfmt::skip]
const TIERS: &[TierRow] = &[
    (1, "general", "none", 1, [1, 3], ""), (1, "important", "none", 2, [1, 3], ""), (1, "primary", "none", 3, [1, 3], ""),
    (1, "general", "lighter", 1, [1, 1], ""), (1, "important", "lighter", 1, [1, 2], ""), (1, "primary", "lighter", 2, [1, 3], ""),
    (1, "general", "heavier", 2, [1, 3], ""), (1, "important", "heavier", 3, [2, 3], ""), (1, "primary", "heavier", 3, [3, 3], ""),
    (1, "general", "lower_tier", 1, [1, 1], "no_lower_tier"), (1, "important", "lower_tier", 1, [1, 2], "no_lower_tier"), (1, "primary", "lower_tier", 2, [1, 3], "no_lower_tier"),
    (1, "general", "higher_tier", 4, [4, 6], ""), (1, "important", "higher_tier", 5, [4, 6], ""), (1, "primary", "higher_tier", 6, [4, 6], ""),
    (2, "general", "none", 4, [4, 6], ""), (2, "important", "none", 5, [4, 6], ""), (2, "primary", "none", 6, [4, 6], ""),
    (2, "general", "lighter", 4, [4, 4], ""), (2, "important", "lighter", 4, [4, 5], ""), (2, "primary", "lighter", 5, [4, 6], ""),
    (2, "general", "heavier", 5, [4, 6], ""), (2, "important", "heavier", 6, [5, 6], ""), (2, "primary", "heavier", 6, [6, 6], ""),
    (2, "general", "lower_tier", 1, [1, 3], ""), (2, "important", "lower_tier", 2, [1, 3], ""), (2, "primary", "lower_tier", 3, [1, 3], ""),
    (2, "general", "higher_tier", 7, [7, 9], ""), (2, "important", "higher_tier", 8, [7, 9], ""), (2, "primary", "higher_tier", 9, [7, 9], ""),
    (3, "general", "none", 7, [7, 9], ""), (3, "important", "none", 8, [7, 9], ""), (3, "primary", "none", 9, [7, 9], ""),
    (3, "general", "lighter", 7, [7, 7], ""), (3, "important", "lighter", 7, [7, 8], ""), (3, "primary", "lighter", 8, [7, 9], ""),
    (3, "general", "heavier", 8, [7, 9], ""), (3, "important", "heavier", 9, [8, 9], ""), (3, "primary", "heavier", 9, [9, 9], ""),
    (3, "general", "lower_tier", 4, [4, 6], ""), (3, "important", "lower_tier", 5, [4, 6], ""), (3, "primary", "lower_tier", 6, [4, 6], ""),
    (3, "general", "higher_tier", 10, [10, 12], ""), (3, "important", "higher_tier", 11, [10, 12], ""), (3, "primary", "higher_tier", 12, [10, 12], ""),
    (4, "general", "none", 10, [10, 12], ""), (4, "important", "none", 11, [10, 12], ""), (4, "primary", "none", 12, [10, 12], ""),
    (4, "general", "lighter", 10, [10, 10], ""), (4, "important", "lighter", 10, [10, 11], ""), (4, "primary", "lighter", 11, [10, 12], ""),
    (4, "general", "heavier", 11, [10, 12], ""), (4, "important", "heavier", 12, [11, 12], ""), (4, "primary", "heavier", 12, [12, 12], ""),
    (4, "general", "lower_tier", 7, [7, 9], ""), (4, "important", "lower_tier", 8, [7, 9], ""), (4, "primary", "lower_tier", 9, [7, 9], ""),
    (4, "general", "higher_tier", 11, [10, 12], "no_higher_tier"), (4, "important", "higher_tier", 12, [11, 12], "no_higher_tier"), (4, "primary", "higher_tier", 12, [12, 12], "no_higher_tier"),
];

#[test]
fn every_tiered_item_scores_by_responsibility_and_adjustment() {
    let items_of_tier = |tier: u32| -> &[&str] {
        match tier {
            1 => &["13.1.1", "13.1.2", "13.1.3"],
            2 => &["13.2"],
            3 => &["13.3"],
            _ => &["13.4.1", "13.4.2"],
        }
    };
    for &(tier, responsibility, adjustment, points, range, warning) in TIERS {
        for item in items_of_tier(tier) {
            let r = score(item, responsibility, adjustment);
            let what = format!("{item} {responsibility} {adjustment}");
            assert_eq!(r["incidents"][0]["points"], points, "{what}: {r}");
            assert_eq!(r["incidents"][0]["range"], json!(range), "{what}");
            let expected: Vec<String> = if warning.is_empty() {
                vec![]
            } else {
                vec![warning.to_string()]
            };
            // A 12 terminates with a 3-year bar whose resumption request falls in 2028,
            // beyond the holiday data: that warning is right, and not what this test is about.
            let scoring: Vec<String> = warning_codes(&r)
                .into_iter()
                .filter(|c| c != "calendar_not_covered")
                .collect();
            assert_eq!(scoring, expected, "{what}");
        }
    }
    assert_eq!(TIERS.len(), 4 * 3 * 5);
}

#[test]
fn the_institution_items_score_11_and_12_whatever_the_facts() {
    for (item, points) in [("13.5.1", 11), ("13.5.2", 12)] {
        let r = eval(
            &case(
                "2025-12-31",
                json!([{ "item": item, "decided_on": "2025-06-02" }]),
            ),
            "2025-12-31",
        );
        assert_eq!(
            r["incidents"][0]["points"], points,
            "no responsibility needed: {r}"
        );
        assert_eq!(r["incidents"][0]["range"], json!([points, points]));
        let r = score(item, "general", "lighter");
        assert_eq!(r["incidents"][0]["points"], points);
        assert_eq!(warning_codes(&r)[0], "adjustment_not_applicable");
    }
}

#[test]
fn a_tiered_item_needs_a_responsibility() {
    let r = eval(
        &case(
            "2025-12-31",
            json!([{ "item": "13.2", "decided_on": "2025-06-02" }]),
        ),
        "2025-12-31",
    );
    assert_eq!(r["error"]["code"], "missing_field");
    assert_eq!(r["error"]["path"], "incidents[0].responsibility");
}

#[test]
fn an_explicit_value_must_lie_in_the_range() {
    let at = |points: u32, adjustment: &str| {
        eval(
            &case(
                "2025-12-31",
                json!([{ "item": "13.2", "decided_on": "2025-06-02", "responsibility": "important", "adjustment": adjustment, "points": points }]),
            ),
            "2025-12-31",
        )
    };
    assert_eq!(at(6, "none")["incidents"][0]["points"], 6);
    assert_eq!(at(4, "none")["incidents"][0]["points"], 4);
    assert_eq!(at(7, "none")["error"]["code"], "points_out_of_range");
    assert_eq!(
        at(6, "lighter")["error"]["code"],
        "points_out_of_range",
        "lighter for important: 4–5"
    );
    assert_eq!(
        at(4, "heavier")["error"]["code"],
        "points_out_of_range",
        "heavier for important: 5–6"
    );
    assert_eq!(at(4, "heavier")["error"]["path"], "incidents[0].points");
}

#[test]
fn one_act_in_several_situations_scores_the_highest() {
    let r = eval(
        &case(
            "2025-12-31",
            json!([{ "items": ["13.1.1", "13.3", "13.2"], "decided_on": "2025-06-02", "responsibility": "primary" }]),
        ),
        "2025-12-31",
    );
    assert_eq!(r["incidents"][0]["points"], 9);
    assert_eq!(r["incidents"][0]["range"], json!([7, 9]));
    assert_eq!(r["incidents"][0]["item"], "13.3");
}

/// The first sanction's kind, months (or bar years) and cite, for one decision.
fn first_measure(incidents: Value) -> (String, Option<u64>, Option<u64>, String, Option<bool>) {
    let r = eval(&case("2025-12-31", incidents), "2025-12-31");
    let s = r["sanctions"]
        .as_array()
        .unwrap()
        .last()
        .cloned()
        .unwrap_or_else(|| panic!("no sanction: {r}"));
    (
        s["kind"].as_str().unwrap().to_string(),
        s["months"].as_u64(),
        s["bar_years"].as_u64(),
        s["cite"].as_str().unwrap().to_string(),
        s["one_shot"].as_bool(),
    )
}

fn inc(item: &str, responsibility: &str, day: &str) -> Value {
    json!({ "item": item, "responsibility": responsibility, "decided_on": day })
}

#[test]
fn cumulative_totals_decide_1_3_5_months_and_a_1_year_bar() {
    let day = "2025-06-10";
    // Two incidents of one decision: the most points one incident scored stays below the total.
    let cases = [
        (
            json!([inc("13.2", "general", day), inc("13.2", "important", day)]),
            ("suspension", Some(1), None, "第十四条（二）1", None),
        ),
        (
            json!([inc("13.2", "general", day), inc("13.2", "primary", day)]),
            ("suspension", Some(3), None, "第十四条（二）2", None),
        ),
        (
            json!([inc("13.2", "important", day), inc("13.2", "primary", day)]),
            ("suspension", Some(5), None, "第十四条（二）3", None),
        ),
        (
            json!([inc("13.2", "primary", day), inc("13.2", "primary", day)]),
            ("termination", None, Some(1), "第十四条（三）", Some(false)),
        ),
        (
            json!([inc("13.3", "general", day), inc("13.2", "primary", day)]),
            ("termination", None, Some(1), "第十四条（三）", Some(false)),
        ),
    ];
    for (incidents, (kind, months, bar, cite, one_shot)) in cases {
        let got = first_measure(incidents);
        assert_eq!(
            got,
            (kind.to_string(), months, bar, cite.to_string(), one_shot)
        );
    }
}

#[test]
fn one_shot_scores_decide_2_4_6_months_and_a_3_year_bar() {
    let day = "2025-06-10";
    let cases = [
        (
            inc("13.3", "primary", day),
            ("suspension", Some(2), None, "第十四条（二）1", None),
        ),
        (
            inc("13.4.1", "general", day),
            ("suspension", Some(4), None, "第十四条（二）2", None),
        ),
        (
            inc("13.4.2", "important", day),
            ("suspension", Some(6), None, "第十四条（二）3", None),
        ),
        (
            json!({ "item": "13.5.1", "decided_on": day }),
            ("suspension", Some(6), None, "第十四条（二）3", None),
        ),
        (
            inc("13.4.1", "primary", day),
            ("termination", None, Some(3), "第十四条（三）", Some(true)),
        ),
        (
            json!({ "item": "13.5.2", "decided_on": day }),
            ("termination", None, Some(3), "第十四条（三）", Some(true)),
        ),
    ];
    for (incident, (kind, months, bar, cite, one_shot)) in cases {
        let got = first_measure(json!([incident]));
        assert_eq!(
            got,
            (kind.to_string(), months, bar, cite.to_string(), one_shot)
        );
    }
}

#[test]
fn the_longer_of_cumulative_and_one_shot_applies() {
    // 1 then 9 at once: total 10 → 3 months cumulative, 2 for a one-shot 9: 3.
    let got = first_measure(json!([
        inc("13.1.1", "general", "2025-05-06"),
        inc("13.3", "primary", "2025-06-10")
    ]));
    assert_eq!(
        got,
        (
            "suspension".into(),
            Some(3),
            None,
            "第十四条（二）2".into(),
            None
        )
    );
    // 1 then 10 at once: total 11 → 5 months; a one-shot 10 gives 4: 5.
    let got = first_measure(json!([
        inc("13.1.1", "general", "2025-05-06"),
        inc("13.4.1", "general", "2025-06-10")
    ]));
    assert_eq!(
        got,
        (
            "suspension".into(),
            Some(5),
            None,
            "第十四条（二）3".into(),
            None
        )
    );
}

/// Spec v2: 第十四条 "作出记分处理时，应核对当年累计记分情况 … 作出相应处理" — every decision
/// that leaves the year below 9 is notified to the institution, not only the first (v1
/// gave one notice).
#[test]
fn below_9_the_institution_is_notified_on_every_decision() {
    let incidents = json!([
        inc("13.1.1", "general", "2025-04-01"),
        inc("13.2", "general", "2025-05-06"),
        inc("13.1.1", "primary", "2025-06-10")
    ]);
    let r = eval(&case("2025-12-31", incidents), "2025-12-31");
    assert_eq!(kinds(&r), ["notice", "notice", "notice"]);
    for (s, trigger) in r["sanctions"]
        .as_array()
        .unwrap()
        .iter()
        .zip(["0", "1", "2"])
    {
        assert_eq!(s["cite"], "第十四条（一）");
        assert_eq!(s["trigger"], trigger);
    }
    assert_eq!(r["periods"][0]["total"], 8);
    assert_eq!(r["status"]["next"]["at"], 9);
    assert_eq!(r["status"]["next"]["measure"], "suspension");
    assert_eq!(r["status"]["next"]["points_needed"], 1);
}

#[test]
fn each_of_9_10_11_and_12_is_its_own_band_and_replaces_the_running_measure() {
    let incidents = json!([
        inc("13.2", "general", "2025-04-01"),
        inc("13.2", "general", "2025-04-01"),
        inc("13.1.1", "general", "2025-04-10"),
        inc("13.1.1", "general", "2025-04-20"),
        inc("13.1.1", "general", "2025-04-30"),
        inc("13.1.1", "general", "2025-05-10")
    ]);
    let r = eval(&case("2025-12-31", incidents.clone()), "2025-12-31");
    assert_eq!(
        kinds(&r),
        [
            "notice",
            "suspension",
            "suspension",
            "suspension",
            "termination"
        ]
    );
    let s = r["sanctions"].as_array().unwrap();
    // 9 on 04-10: 1 month, 04-11 … 05-10, replaced from 04-21.
    assert_eq!(
        (
            s[1]["start"].clone(),
            s[1]["end"].clone(),
            s[1]["superseded_on"].clone()
        ),
        (
            json!("2025-04-11"),
            json!("2025-05-10"),
            json!("2025-04-21")
        )
    );
    // 10 on 04-20: 3 months, 04-21 … 07-20, replaced from 05-01.
    assert_eq!(
        (
            s[2]["start"].clone(),
            s[2]["end"].clone(),
            s[2]["superseded_on"].clone()
        ),
        (
            json!("2025-04-21"),
            json!("2025-07-20"),
            json!("2025-05-01")
        )
    );
    // 11 on 04-30: 5 months, 05-01 … 09-30, replaced by the termination from 05-11.
    assert_eq!(
        (
            s[3]["start"].clone(),
            s[3]["end"].clone(),
            s[3]["superseded_on"].clone()
        ),
        (
            json!("2025-05-01"),
            json!("2025-09-30"),
            json!("2025-05-11")
        )
    );
    // 12 on 05-10: terminated from 05-11, no registration until 2026-05-10.
    assert_eq!(
        (
            s[4]["start"].clone(),
            s[4]["bar_until"].clone(),
            s[4]["bar_years"].clone()
        ),
        (json!("2025-05-11"), json!("2026-05-10"), json!(1))
    );
    assert!(s[4].get("superseded_on").is_none());
    // Only the termination asks for a resumption request: 10 working days before
    // Sun 2026-05-10: 05-09 (Sat, worked) 1, 05-08 … 05-06 4, 05-01…05 off, 04-30 … 04-27 8,
    // 04-24 9, 04-23 10.
    let deadlines = r["deadlines"].as_array().unwrap();
    let resumption: Vec<&Value> = deadlines
        .iter()
        .filter(|d| d["kind"] == "resumption_request")
        .collect();
    assert_eq!(resumption.len(), 1, "{deadlines:?}");
    assert_eq!(resumption[0]["due"], "2026-04-23");
    assert_eq!(resumption[0]["sanction"], 4);
    assert_eq!(resumption[0]["actor"], "person");
    assert_eq!(r["status"]["state"], "terminated");
    assert_eq!(r["status"]["next"], Value::Null, "12 is the top band");
    // Spec v2: a superseded suspension still runs to its own end. On 2025-05-05 the
    // 3-month suspension (to 07-20) and the 5-month one (to 09-30) both run: the latest
    // to end gives the state.
    let on = eval(&case("2025-05-05", incidents), "2025-05-05");
    assert_eq!(on["status"]["state"], "suspended");
    assert_eq!(on["status"]["measure"], 3);
}

#[test]
fn terminated_through_the_bar_then_awaiting_reregistration() {
    let incidents = json!([{ "item": "13.5.2", "decided_on": "2025-05-10" }]);
    let at = |as_of: &str| eval(&case(as_of, incidents.clone()), as_of)["status"]["state"].clone();
    assert_eq!(at("2025-05-10"), "normal");
    assert_eq!(at("2025-05-11"), "terminated");
    assert_eq!(at("2028-05-10"), "terminated", "3 years for a one-shot 12");
    // Spec v3 (第三十条 "终止资格恢复的，需重新作出承诺和登记备案"): the bar's end is not a
    // restoration; registering again is.
    assert_eq!(at("2028-05-11"), "restoration_pending");
    let mut registered = case("2028-06-01", incidents.clone());
    registered["restorations"] = json!([{ "on": "2028-05-20" }]);
    let r = eval(&registered, "2028-06-01");
    assert_eq!(r["status"]["state"], "normal");
    let mut before = registered.clone();
    before["as_of"] = json!("2028-05-19");
    assert_eq!(
        eval(&before, "2028-05-19")["status"]["awaiting"],
        "reregistration"
    );
}

#[test]
fn twelve_at_once_while_terminated_decides_a_new_one_shot_termination() {
    let incidents = json!([
        inc("13.2", "primary", "2025-05-01"),
        inc("13.2", "primary", "2025-05-01"),
        { "item": "13.5.2", "decided_on": "2025-06-01" },
        inc("13.1.1", "general", "2025-07-01")
    ]);
    let r = eval(&case("2025-12-31", incidents), "2025-12-31");
    assert_eq!(kinds(&r), ["termination", "termination"]);
    let s = r["sanctions"].as_array().unwrap();
    assert_eq!(s[0]["one_shot"], false);
    assert_eq!(s[0]["bar_until"], "2026-05-01");
    assert_eq!(s[0]["superseded_on"], "2025-06-02");
    assert_eq!(s[1]["one_shot"], true);
    assert_eq!(s[1]["start"], "2025-06-02");
    assert_eq!(s[1]["bar_until"], "2028-06-01");
    assert_eq!(r["periods"][0]["total"], 25);
}

#[test]
fn repairs_are_capped_per_year() {
    let incidents = json!([inc("13.2", "general", "2025-04-01")]);
    let repairs = json!([
        { "kind": "exam", "on": "2025-05-01" },
        { "kind": "exam", "on": "2025-06-01" },
        { "kind": "participation", "on": "2025-07-01" },
        { "kind": "participation", "on": "2025-08-01" },
        { "kind": "participation", "on": "2025-09-01" },
        { "kind": "exam", "on": "2026-01-05" }
    ]);
    let r = eval(
        &with_repairs("2025-12-31", incidents, repairs),
        "2025-12-31",
    );
    assert_eq!(
        r["periods"][0]["total"], 1,
        "4 − exam − 2 participations: {r}"
    );
    // Spec v3: the exam of 2026, with nothing to lower in 2026, uses no cap and says so.
    assert_eq!(
        warning_codes(&r),
        [
            "repair_cap_reached",
            "repair_cap_reached",
            "repair_without_effect"
        ]
    );
    let paths: Vec<&str> = r["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["repairs[1]", "repairs[4]", "repairs[5]"]);
    assert_eq!(
        r["periods"].as_array().unwrap().len(),
        1,
        "a year with only a repair is not a period with incidents"
    );
}

#[test]
fn a_repair_never_takes_the_total_below_zero_and_applies_after_that_days_decision() {
    let incidents = json!([inc("13.1.1", "general", "2025-04-01")]);
    let repairs = json!([{ "kind": "exam", "on": "2025-03-01" }, { "kind": "participation", "on": "2025-04-01" }, { "kind": "participation", "on": "2025-04-02" }]);
    let r = eval(
        &with_repairs("2025-12-31", incidents, repairs),
        "2025-12-31",
    );
    assert_eq!(r["periods"][0]["total"], 0);
    // Spec v3: the repairs that found nothing to lower (before the decision, and after the
    // total was back at 0) use no cap, and say so.
    assert_eq!(
        warning_codes(&r),
        ["repair_without_effect", "repair_without_effect"],
        "{r}"
    );
    let at = eval(
        &with_repairs(
            "2025-04-01",
            json!([inc("13.1.1", "general", "2025-04-01")]),
            json!([{ "kind": "participation", "on": "2025-04-01" }]),
        ),
        "2025-04-01",
    );
    assert_eq!(
        at["status"]["total"], 0,
        "the repair of the decision day applies after it"
    );
}

#[test]
fn no_repair_after_a_one_shot_12() {
    let incidents = json!([{ "item": "13.5.2", "decided_on": "2025-05-01" }]);
    let repairs = json!([{ "kind": "exam", "on": "2025-04-01" }, { "kind": "participation", "on": "2025-05-01" }, { "kind": "participation", "on": "2025-06-01" }]);
    let r = eval(
        &with_repairs("2025-12-31", incidents, repairs),
        "2025-12-31",
    );
    // The 3-year bar runs to 2028-05-01; its resumption request lies beyond the holiday data.
    // Spec v3: a repair that lowers nothing (the exam before the 12, at 0; the later ones,
    // after a one-shot 12) uses no cap, and says so.
    assert_eq!(
        warning_codes(&r),
        [
            "repair_without_effect",
            "repair_not_allowed",
            "repair_without_effect",
            "repair_not_allowed",
            "repair_without_effect",
            "calendar_not_covered"
        ]
    );
    assert_eq!(r["periods"][0]["total"], 12);
    assert_eq!(
        r["sanctions"][0]["bar_earliest_until"],
        r["sanctions"][0]["bar_until"]
    );
}

#[test]
fn the_first_repair_during_a_suspension_shortens_it_by_a_month_at_most() {
    // 4 then 6: total 10 on 06-10 → 3 months, 06-11 … 09-10. Exam on 07-01 → earliest 08-10.
    // A participation on 08-01 shortens nothing more. Total 8; +1 on 09-01 → 9, a new
    // 1-month suspension 09-02 … 10-01 that replaces the running one.
    // (The first decision is after 2025-03-31: before it, 沪2023 decided, spec v3.)
    let incidents = json!([
        inc("13.2", "general", "2025-04-03"),
        inc("13.2", "primary", "2025-06-10"),
        inc("13.1.1", "general", "2025-09-01")
    ]);
    let repairs = json!([{ "kind": "exam", "on": "2025-07-01" }, { "kind": "participation", "on": "2025-08-01" }]);
    let r = eval(
        &with_repairs("2025-12-31", incidents, repairs),
        "2025-12-31",
    );
    assert_eq!(kinds(&r), ["notice", "suspension", "suspension"]);
    let s = r["sanctions"].as_array().unwrap();
    assert_eq!(
        (
            s[1]["months"].clone(),
            s[1]["end"].clone(),
            s[1]["earliest_end"].clone()
        ),
        (json!(3), json!("2025-09-10"), json!("2025-08-10"))
    );
    assert_eq!(s[1]["superseded_on"], "2025-09-02");
    assert_eq!(
        (
            s[2]["months"].clone(),
            s[2]["start"].clone(),
            s[2]["end"].clone(),
            s[2]["earliest_end"].clone()
        ),
        (
            json!(1),
            json!("2025-09-02"),
            json!("2025-10-01"),
            json!("2025-10-01")
        )
    );
    assert_eq!(r["periods"][0]["total"], 9);
}

#[test]
fn a_shortening_never_ends_before_the_repair_day() {
    // 9 at once on 08-01: 2 months, 08-02 … 10-01; exam on 09-20 → one month earlier is
    // 09-01, before the repair: earliest end 09-20.
    let r = eval(
        &with_repairs(
            "2025-12-31",
            json!([inc("13.3", "primary", "2025-08-01")]),
            json!([{ "kind": "exam", "on": "2025-09-20" }]),
        ),
        "2025-12-31",
    );
    assert_eq!(r["sanctions"][0]["end"], "2025-10-01");
    assert_eq!(r["sanctions"][0]["earliest_end"], "2025-09-20");
}

#[test]
fn a_repair_during_a_cumulative_termination_shortens_the_bar() {
    let r = eval(
        &with_repairs(
            "2025-12-31",
            json!([
                inc("13.2", "primary", "2025-05-01"),
                inc("13.2", "primary", "2025-05-01")
            ]),
            json!([{ "kind": "exam", "on": "2025-06-01" }]),
        ),
        "2025-12-31",
    );
    let s = &r["sanctions"][0];
    assert_eq!(s["bar_until"], "2026-05-01");
    assert_eq!(s["bar_earliest_until"], "2026-04-01");
    assert_eq!(r["periods"][0]["total"], 11);
}

#[test]
fn objection_and_agency_decision_deadlines() {
    // Notified 2025-05-06 (after the May 1–5 break): objection due 05-20; without an
    // objection the agency decides within 3 working days after: 05-23 (spec example).
    // Objection filed 05-12: 20 working days → 06-10 (06-02 is 端午, off).
    let plain = eval(
        &case(
            "2025-12-31",
            json!([{ "id": "a", "item": "13.2", "decided_on": "2025-06-20", "responsibility": "primary", "notified_on": "2025-05-06" }]),
        ),
        "2025-12-31",
    );
    let dues: Vec<(String, String, String)> = plain["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| matches!(d["kind"].as_str(), Some("objection" | "agency_decision")))
        .map(|d| {
            (
                d["kind"].as_str().unwrap().into(),
                d["due"].as_str().unwrap().into(),
                d["cite"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        dues,
        [
            ("objection".into(), "2025-05-20".into(), "第十七条".into()),
            (
                "agency_decision".into(),
                "2025-05-23".into(),
                "第十九条".into()
            )
        ]
    );
    let objected = eval(
        &case(
            "2025-12-31",
            json!([{ "id": "a", "item": "13.2", "decided_on": "2025-06-20", "responsibility": "primary", "notified_on": "2025-05-06", "objection_filed_on": "2025-05-12" }]),
        ),
        "2025-12-31",
    );
    let dues: Vec<(String, String, String)> = objected["deadlines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| matches!(d["kind"].as_str(), Some("objection" | "agency_decision")))
        .map(|d| {
            (
                d["kind"].as_str().unwrap().into(),
                d["due"].as_str().unwrap().into(),
                d["cite"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        dues,
        [
            ("objection".into(), "2025-05-20".into(), "第十七条".into()),
            (
                "agency_decision".into(),
                "2025-06-10".into(),
                "第十八条".into()
            )
        ]
    );
}

#[test]
fn acts_before_2025_03_31_point_to_the_2023_rules() {
    let r = eval(
        &case(
            "2025-12-31",
            json!([{ "item": "13.1.1", "responsibility": "general", "decided_on": "2025-05-06", "occurred_on": "2025-03-30" }]),
        ),
        "2025-12-31",
    );
    assert_eq!(warning_codes(&r), ["regime_not_in_force"]);
    assert!(r["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("shanghai-2023"));
    let r = eval(
        &case(
            "2025-12-31",
            json!([{ "item": "13.1.1", "responsibility": "general", "decided_on": "2025-05-06", "occurred_on": "2025-03-31" }]),
        ),
        "2025-12-31",
    );
    assert!(warning_codes(&r).is_empty());
    let r = eval(
        &case(
            "2027-12-31",
            json!([{ "item": "13.1.1", "responsibility": "general", "decided_on": "2027-04-01" }]),
        ),
        "2027-12-31",
    );
    assert!(warning_codes(&r).contains(&"regime_not_in_force".to_string()));
}

#[test]
fn points_do_not_carry_into_the_next_year() {
    let incidents = json!([
        inc("13.3", "general", "2025-11-03"),
        inc("13.2", "general", "2026-01-05")
    ]);
    let r = eval(&case("2026-06-30", incidents), "2026-06-30");
    let totals: Vec<(String, u64)> = r["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["period"].as_str().unwrap().into(),
                p["total"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(totals, [("2025".into(), 7), ("2026".into(), 4)]);
    assert_eq!(kinds(&r), ["notice", "notice"]);
    assert_eq!(r["status"]["total"], 4);
    assert_eq!(r["status"]["period"], "2026");
}
