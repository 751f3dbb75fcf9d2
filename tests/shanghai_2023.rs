//! 沪医保规〔2023〕4号: items (第四条), same inspection (第三条), bands (第五条), the
//! reset after 12 (第二条第三款), deadlines (第七条) and dates in force (第十一条).
//! Expected values are worked out by hand from the spec and the seed.

mod common;

use common::{eval, kinds};
use serde_json::{json, Value};

fn case(as_of: &str, incidents: Value) -> Value {
    json!({ "regime": "shanghai-2023", "as_of": as_of, "incidents": incidents })
}

fn points(result: &Value) -> Vec<u64> {
    result["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["points"].as_u64().unwrap())
        .collect()
}

fn codes(prefix: &str, count: usize) -> Vec<String> {
    (1..=count).map(|i| format!("{prefix}.{i}")).collect()
}

#[test]
fn the_catalogue_has_every_item_of_article_4() {
    let catalogue = jifen::scoring::catalogue(jifen::scoring::RegimeId::Shanghai2023);
    let listed: Vec<String> = catalogue["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| {
            c["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["code"].as_str().unwrap().to_string())
        })
        .collect();
    let mut expected = codes("4.1", 11);
    expected.extend(codes("4.2", 5));
    expected.extend(codes("4.3", 6));
    assert_eq!(listed, expected);
}

#[test]
fn every_item_scores_its_clause_value_with_and_without_severe_and_fraud() {
    // (codes, plain, severe, fraud, fraud + severe) — 第四条（一）（二）（三） and 第四条第二款.
    let table = [
        (codes("4.1", 11), 1, 3, 6, 12),
        (codes("4.2", 5), 3, 6, 6, 12),
        (codes("4.3", 6), 6, 12, 6, 12),
    ];
    for (codes, plain, severe, fraud, both) in table {
        for code in codes {
            let flags = [
                (false, false, plain),
                (true, false, severe),
                (false, true, fraud),
                (true, true, both),
            ];
            for (is_severe, is_fraud, want) in flags {
                let r = eval(
                    &case(
                        "2024-12-31",
                        json!([{ "item": code, "decided_on": "2024-03-01", "severe": is_severe, "fraud": is_fraud }]),
                    ),
                    "2024-12-31",
                );
                assert_eq!(
                    r["incidents"][0]["points"], want,
                    "{code} severe={is_severe} fraud={is_fraud}: {r}"
                );
                assert_eq!(r["incidents"][0]["range"], json!([want, want]), "{code}");
                assert_eq!(r["incidents"][0]["period"], "2024");
            }
        }
    }
}

/// Distinct items decided the same day adding up to `total` (6s, then 3s, then 1s).
fn one_decision(total: usize) -> Value {
    let mut incidents = Vec::new();
    let (sixes, threes, ones) = (total / 6, (total % 6) / 3, total % 3);
    for i in 1..=sixes {
        incidents.push(json!({ "item": format!("4.3.{i}"), "decided_on": "2024-05-10" }));
    }
    for i in 1..=threes {
        incidents.push(json!({ "item": format!("4.2.{i}"), "decided_on": "2024-05-10" }));
    }
    for i in 1..=ones {
        incidents.push(json!({ "item": format!("4.1.{i}"), "decided_on": "2024-05-10" }));
    }
    Value::Array(incidents)
}

#[test]
fn a_single_decision_decides_only_the_highest_band_reached() {
    let expected = [
        (1, None),
        (2, None),
        (3, Some("interview")),
        (4, Some("interview")),
        (5, Some("interview")),
        (6, Some("warning")),
        (8, Some("warning")),
        (9, Some("training")),
        (11, Some("training")),
        (12, Some("suspension")),
        (13, Some("suspension")),
    ];
    for (total, kind) in expected {
        // On the day of the decision: a suspension at 12 later resets the year (第二条第三款).
        let r = eval(&case("2024-05-10", one_decision(total)), "2024-05-10");
        assert_eq!(r["status"]["total"], total, "{r}");
        assert_eq!(
            kinds(&r),
            kind.map(String::from).into_iter().collect::<Vec<_>>(),
            "total {total}"
        );
        if kind.is_some() {
            let last = r["incidents"].as_array().unwrap().last().unwrap()["id"].clone();
            assert_eq!(
                r["sanctions"][0]["trigger"], last,
                "the last counted incident of the decision triggers"
            );
            assert_eq!(r["sanctions"][0]["decided_on"], "2024-05-10");
        }
    }
}

#[test]
fn one_point_a_day_passes_each_band_once() {
    let incidents: Vec<Value> = (1..=13)
        .map(|day| json!({ "id": format!("d{day}"), "item": "4.1.1", "decided_on": format!("2024-03-{day:02}") }))
        .collect();
    let r = eval(&case("2024-12-31", Value::Array(incidents)), "2024-12-31");
    assert_eq!(
        kinds(&r),
        ["interview", "warning", "training", "suspension"]
    );
    let triggers: Vec<&str> = r["sanctions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["trigger"].as_str().unwrap())
        .collect();
    assert_eq!(triggers, ["d3", "d6", "d9", "d12"]);
    let cites: Vec<&str> = r["sanctions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["cite"].as_str().unwrap())
        .collect();
    assert_eq!(
        cites,
        [
            "第五条（一）",
            "第五条（二）",
            "第五条（三）",
            "第五条（四）"
        ]
    );
}

#[test]
fn training_lasts_one_month_by_the_month_rule() {
    // 9 points decided 2024-01-31: one month runs 2024-02-01 … 2024-02-29 (leap year).
    let incidents = json!([
        { "item": "4.3.1", "decided_on": "2024-01-31" },
        { "item": "4.2.1", "decided_on": "2024-01-31" }
    ]);
    let r = eval(&case("2024-02-15", incidents.clone()), "2024-02-15");
    let s = &r["sanctions"][0];
    assert_eq!(s["kind"], "training");
    assert_eq!(s["start"], "2024-02-01");
    assert_eq!(
        (
            s["months"].clone(),
            s["min_months"].clone(),
            s["max_months"].clone()
        ),
        (json!(1), json!(1), json!(1))
    );
    assert_eq!(s["end"], "2024-02-29");
    assert_eq!(s["latest_end"], "2024-02-29");
    // Spec v2: 离岗培训 is a state of its own (第五条（三）), not "normal" and not a
    // suspension; the day after the month it is over.
    assert_eq!(r["status"]["state"], "training");
    assert_eq!(r["status"]["measure"], 0);
    // Spec v3: after the month the person is back on duty only once assessed and filed
    // (第五条（三）"考核合格并上报医保系统备案后，方可重新上岗").
    let after = eval(&case("2024-03-01", incidents.clone()), "2024-03-01");
    assert_eq!(after["status"]["state"], "restoration_pending");
    assert_eq!(after["status"]["awaiting"], "assessment");
    assert_eq!(after["status"]["measure"], 0);
    let mut restored = case("2024-03-01", incidents.clone());
    restored["restorations"] = json!([{"on": "2024-03-01"}]);
    assert_eq!(eval(&restored, "2024-03-01")["status"]["state"], "normal");
}

#[test]
fn training_has_no_other_duration() {
    let incidents = json!([
        { "item": "4.3.1", "decided_on": "2024-01-31" },
        { "item": "4.2.1", "decided_on": "2024-01-31", "months": 2 }
    ]);
    let r = eval(&case("2024-02-15", incidents), "2024-02-15");
    assert_eq!(r["error"]["code"], "months_out_of_range", "{r}");
    assert_eq!(r["error"]["path"], "incidents[1].months");
}

#[test]
fn suspension_lasts_6_to_12_months() {
    let at = |months: Option<u32>| {
        let mut incident = json!({ "item": "4.3.1", "severe": true, "decided_on": "2024-08-31" });
        if let Some(m) = months {
            incident["months"] = json!(m);
        }
        eval(&case("2024-12-31", json!([incident])), "2024-12-31")
    };
    let r = at(None);
    let s = &r["sanctions"][0];
    assert_eq!(s["kind"], "suspension");
    assert_eq!(s["start"], "2024-09-01");
    assert_eq!(s["months"], 6);
    assert_eq!(s["min_months"], 6);
    assert_eq!(s["max_months"], 12);
    assert_eq!(
        s["end"], "2025-02-28",
        "six months from 31 August ends on the last day of February"
    );
    assert_eq!(s["latest_end"], "2025-08-31");
    assert_eq!(s["earliest_end"], "2025-02-28");
    assert_eq!(at(Some(12))["sanctions"][0]["end"], "2025-08-31");
    assert_eq!(at(Some(9))["sanctions"][0]["end"], "2025-05-31");
    assert_eq!(at(Some(13))["error"]["code"], "months_out_of_range");
    assert_eq!(at(Some(5))["error"]["code"], "months_out_of_range");
}

#[test]
fn status_is_suspended_from_start_through_end() {
    let incidents = json!([{ "item": "4.3.2", "severe": true, "decided_on": "2024-08-31" }]);
    for (as_of, state) in [
        ("2024-08-31", "normal"),
        ("2024-09-01", "suspended"),
        ("2025-02-28", "suspended"),
        // Spec v3: settlement resumes only after the assessment and its filing (第五条第二款).
        ("2025-03-01", "restoration_pending"),
    ] {
        let r = eval(&case(as_of, incidents.clone()), as_of);
        assert_eq!(r["status"]["state"], state, "on {as_of}");
    }
}

#[test]
fn points_restart_at_zero_after_a_suspension_at_12_ends() {
    // 12 on 2024-02-01: suspended 2024-02-02 … 2024-08-01; from 2024-08-02 the year's total is 0.
    let incidents = json!([
        { "id": "a", "item": "4.3.1", "severe": true, "decided_on": "2024-02-01" },
        { "id": "b", "item": "4.1.1", "decided_on": "2024-05-01" },
        { "id": "c", "item": "4.2.1", "decided_on": "2024-09-10" }
    ]);
    let at = |as_of: &str| eval(&case(as_of, incidents.clone()), as_of);
    let r = at("2024-12-31");
    assert_eq!(
        kinds(&r),
        ["suspension", "interview"],
        "after the reset the bands apply again: {r}"
    );
    assert_eq!(r["sanctions"][1]["trigger"], "c");
    assert_eq!(
        r["periods"][0]["total"], 3,
        "the year ends at 3, counted from the reset"
    );
    assert_eq!(r["status"]["total"], 3);
    let during = at("2024-08-01");
    assert_eq!(
        (
            during["status"]["state"].clone(),
            during["status"]["total"].clone()
        ),
        (json!("suspended"), json!(13))
    );
    // The total restarts at 0; the person awaits the assessment (spec v3).
    let reset = at("2024-08-02");
    assert_eq!(
        (
            reset["status"]["state"].clone(),
            reset["status"]["total"].clone()
        ),
        (json!("restoration_pending"), json!(0))
    );
}

#[test]
fn no_reset_when_the_suspension_ends_in_the_next_year() {
    let incidents = json!([
        { "item": "4.3.1", "severe": true, "decided_on": "2024-02-01", "months": 12 },
        { "item": "4.2.1", "decided_on": "2024-09-10" }
    ]);
    let r = eval(&case("2024-12-31", incidents), "2024-12-31");
    assert_eq!(kinds(&r), ["suspension"]);
    assert_eq!(r["sanctions"][0]["end"], "2025-02-01");
    assert_eq!(r["periods"][0]["total"], 15);
}

#[test]
fn the_same_item_in_one_inspection_counts_once_at_its_highest() {
    let incidents = json!([
        { "id": "a", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "X" },
        { "id": "b", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "X", "severe": true },
        { "id": "c", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "Y" },
        { "id": "d", "item": "4.1.3", "decided_on": "2024-03-05", "inspection": "X" }
    ]);
    let r = eval(&case("2024-12-31", incidents), "2024-12-31");
    let counted: Vec<bool> = r["incidents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["counted"].as_bool().unwrap())
        .collect();
    assert_eq!(counted, [false, true, true, true]);
    assert_eq!(
        points(&r),
        [1, 3, 1, 1],
        "an absorbed incident still shows its own points"
    );
    assert_eq!(r["periods"][0]["total"], 5);
}

#[test]
fn the_earliest_decision_counts_whatever_the_input_order() {
    // Spec v3: the same item in one inspection counts once, in date order (v2 took the
    // first in input order, and so rewrote the past).
    let incidents = json!([
        { "id": "a", "item": "4.2.5", "decided_on": "2024-03-05", "inspection": "X" },
        { "id": "b", "item": "4.2.5", "decided_on": "2024-03-01", "inspection": "X" }
    ]);
    let r = eval(&case("2024-12-31", incidents), "2024-12-31");
    assert_eq!(r["incidents"][0]["counted"], false);
    assert_eq!(r["incidents"][0]["added"], 0);
    assert_eq!(r["incidents"][1]["counted"], true);
    assert_eq!(r["incidents"][1]["added"], 3);
    assert_eq!(r["periods"][0]["total"], 3);
    assert_eq!(r["sanctions"][0]["trigger"], "b");
    assert_eq!(r["sanctions"][0]["decided_on"], "2024-03-01");
}

#[test]
fn a_later_same_inspection_decision_adds_only_what_it_scores_above() {
    // 4.1.3 scores 1, or 3 when severe: the later, severe decision adds 2.
    let incidents = json!([
        { "id": "later", "item": "4.1.3", "severe": true, "decided_on": "2024-04-08", "inspection": "A" },
        { "id": "first", "item": "4.1.3", "decided_on": "2024-02-05", "inspection": "A" }
    ]);
    let r = eval(&case("2024-12-31", incidents), "2024-12-31");
    assert_eq!(points(&r), [3, 1]);
    assert_eq!(r["incidents"][0]["added"], 2);
    assert_eq!(r["incidents"][0]["counted"], true);
    assert_eq!(r["incidents"][1]["added"], 1);
    assert_eq!(r["periods"][0]["total"], 3);
    // The same day: the highest counts, and only it.
    let same_day = json!([
        { "id": "x", "item": "4.1.3", "decided_on": "2024-02-05", "inspection": "A" },
        { "id": "y", "item": "4.1.3", "severe": true, "decided_on": "2024-02-05", "inspection": "A" }
    ]);
    let r = eval(&case("2024-12-31", same_day), "2024-12-31");
    assert_eq!(r["incidents"][0]["counted"], false);
    assert_eq!(r["incidents"][1]["added"], 3);
    assert_eq!(r["periods"][0]["total"], 3);
}

#[test]
fn objection_and_review_are_ten_working_days() {
    // Notified Fri 2024-09-27: 9-29 (Sun, worked) 1, 9-30 2, 10-01…07 off, 10-08 3 … 10-11 6,
    // 10-12 (Sat, worked) 7, 10-14 8, 10-15 9, 10-16 10.
    // Objection filed 2024-10-08: 10-09 1 … 10-11 3, 10-12 4, 10-14 … 10-18 9, 10-21 10.
    let incidents = json!([{ "id": "a", "item": "4.1.1", "decided_on": "2024-11-01",
        "notified_on": "2024-09-27", "objection_filed_on": "2024-10-08" }]);
    let r = eval(&case("2024-12-31", incidents), "2024-12-31");
    let deadlines = r["deadlines"].as_array().unwrap();
    assert_eq!(deadlines.len(), 2, "{r}");
    assert_eq!(
        (deadlines[0]["kind"].clone(), deadlines[0]["due"].clone()),
        (json!("objection"), json!("2024-10-16"))
    );
    assert_eq!(
        (deadlines[1]["kind"].clone(), deadlines[1]["due"].clone()),
        (json!("review"), json!("2024-10-21"))
    );
    assert_eq!(deadlines[0]["incident"], "a");
    assert_eq!(deadlines[0]["cite"], "第七条");
}

#[test]
fn acts_outside_2023_06_01_to_2025_03_30_are_warned() {
    let warn = |incident: Value| -> Vec<String> {
        let r = eval(&case("2025-12-31", json!([incident])), "2025-12-31");
        r["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w["code"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        warn(json!({ "item": "4.1.1", "decided_on": "2023-07-01", "occurred_on": "2023-05-31" })),
        ["regime_not_in_force"]
    );
    assert!(warn(
        json!({ "item": "4.1.1", "decided_on": "2023-07-01", "occurred_on": "2023-06-01" })
    )
    .is_empty());
    assert!(warn(json!({ "item": "4.1.1", "decided_on": "2025-03-30" })).is_empty());
    // Spec v3: a decision after the repeal came under 沪2025 (regime_transition).
    assert_eq!(
        warn(json!({ "item": "4.1.1", "decided_on": "2025-03-31" })),
        ["regime_not_in_force", "regime_transition"]
    );
    let r = eval(
        &case(
            "2025-12-31",
            json!([{ "item": "4.1.1", "decided_on": "2025-04-01" }]),
        ),
        "2025-12-31",
    );
    assert!(
        r["warnings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("shanghai-2025"),
        "suggests the regime then in force: {r}"
    );
    assert_eq!(r["warnings"][0]["path"], "incidents[0].decided_on");
}

#[test]
fn every_step_cites_an_article() {
    let r = eval(&case("2024-12-31", one_decision(12)), "2024-12-31");
    for incident in r["incidents"].as_array().unwrap() {
        for step in incident["trace"].as_array().unwrap() {
            assert!(!step["cite"].as_str().unwrap().is_empty(), "{step}");
            assert!(
                !step["text"].as_str().unwrap().is_empty()
                    && !step["text_zh"].as_str().unwrap().is_empty()
            );
        }
    }
}
