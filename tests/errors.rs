//! Every error code of the spec, with the exact path of the field at fault
//! (README.md "Bad input").

mod common;

use jifen::scoring::{evaluate, evaluate_str, CaseError, ErrorCode};
use serde_json::{json, Value};

use common::date;

const TODAY: &str = "2025-12-01";

fn err(case: &Value) -> CaseError {
    match evaluate(case, date(TODAY)) {
        Ok(r) => panic!(
            "expected an error, got a result: {}",
            serde_json::to_string(&r).unwrap_or_default()
        ),
        Err(e) => {
            check_shape(&e);
            e
        }
    }
}

fn err_str(text: &str) -> CaseError {
    match evaluate_str(text, date(TODAY)) {
        Ok(_) => panic!("expected an error for {text:?}"),
        Err(e) => {
            check_shape(&e);
            e
        }
    }
}

/// Every error has both messages, and prints as {"error": {"code", "message", "path"}}.
fn check_shape(e: &CaseError) {
    assert!(!e.message().en.trim().is_empty(), "empty message: {e:?}");
    assert!(!e.message().zh.trim().is_empty(), "empty message_zh: {e:?}");
    let j = e.to_json();
    let obj = j.as_object().expect("an object");
    assert_eq!(obj.len(), 1, "only the error key: {j}");
    let inner = j["error"].as_object().unwrap_or_else(|| panic!("{j}"));
    assert_eq!(inner["code"], e.code.as_str(), "{j}");
    assert_eq!(inner["message"], e.message().en.as_ref(), "{j}");
    assert_eq!(inner["path"], e.path.as_str(), "{j}");
}

fn expect(case: &Value, code: ErrorCode, path: &str) -> CaseError {
    let e = err(case);
    assert_eq!(
        (e.code, e.path.as_str()),
        (code, path),
        "for {case}: got {e:?}"
    );
    e
}

fn ok(case: &Value) -> Value {
    match evaluate(case, date(TODAY)) {
        Ok(r) => serde_json::to_value(r).expect("serialisable"),
        Err(e) => panic!("expected a result for {case}, got {e:?}"),
    }
}

/// A valid shanghai-2025 case with one incident, whose incident is changed by `f`.
fn sh2025(f: impl FnOnce(&mut serde_json::Map<String, Value>)) -> Value {
    let mut incident = json!({
        "id": "a", "item": "13.2", "decided_on": "2025-05-20",
        "occurred_on": "2025-04-11", "responsibility": "primary"
    });
    f(incident.as_object_mut().expect("object"));
    json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [incident]})
}

fn set(key: &str, value: Value) -> impl FnOnce(&mut serde_json::Map<String, Value>) + '_ {
    move |m| {
        m.insert(key.to_string(), value);
    }
}

fn remove(key: &str) -> impl FnOnce(&mut serde_json::Map<String, Value>) + '_ {
    move |m| {
        m.remove(key);
    }
}

#[test]
fn the_valid_base_case_is_accepted() {
    let r = ok(&sh2025(|_| {}));
    assert_eq!(r["incidents"][0]["points"], 6);
}

// --- invalid_json ---------------------------------------------------------

#[test]
fn invalid_json() {
    for text in ["{", "", "   ", "{\"regime\": }", "[1,", "nul"] {
        let e = err_str(text);
        assert_eq!(e.code, ErrorCode::InvalidJson, "{text:?}: {e:?}");
        assert_eq!(e.path, "", "{text:?}");
    }
    assert_eq!(ErrorCode::InvalidJson.as_str(), "invalid_json");
}

#[test]
fn valid_json_text_is_evaluated() {
    let r = evaluate_str(
        r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-02-03"}]}"#,
        date(TODAY),
    )
    .expect("a result");
    assert_eq!(r.incidents[0].points, Some(1));
    assert_eq!(r.incidents[0].id, "0");
}

// --- unknown_regime -------------------------------------------------------

#[test]
fn unknown_regime() {
    let e = expect(
        &json!({"regime": "beijing-2024", "incidents": []}),
        ErrorCode::UnknownRegime,
        "regime",
    );
    assert!(
        e.message().en.contains("shanghai-2025"),
        "lists the regimes: {e:?}"
    );
    expect(
        &json!({"regime": "Shanghai-2025", "incidents": []}),
        ErrorCode::UnknownRegime,
        "regime",
    );
}

#[test]
fn regime_not_a_string() {
    for regime in [
        json!(2025),
        json!(true),
        json!(["shanghai-2025"]),
        json!({}),
    ] {
        expect(
            &json!({"regime": regime, "incidents": []}),
            ErrorCode::UnknownRegime,
            "regime",
        );
    }
}

// --- unknown_item ---------------------------------------------------------

#[test]
fn unknown_item_names_the_article_and_its_codes() {
    let e = expect(
        &sh2025(set("item", json!("13.9"))),
        ErrorCode::UnknownItem,
        "incidents[0].item",
    );
    assert!(e.message().en.contains("13.1.1–13.5.2"), "{e:?}");
    assert!(
        e.message().en.contains("第十三条") || e.message().zh.contains("第十三条"),
        "{e:?}"
    );
    assert!(
        e.message().en.contains("第十三条"),
        "English message cites the article: {e:?}"
    );
    assert!(e.message().en.contains("13.9"), "{e:?}");
}

#[test]
fn unknown_item_in_items_has_its_index() {
    expect(
        &sh2025(|m| {
            m.remove("item");
            m.insert("items".into(), json!(["13.2", "13.9"]));
        }),
        ErrorCode::UnknownItem,
        "incidents[0].items[1]",
    );
}

#[test]
fn unknown_item_in_other_regimes() {
    for (regime, code) in [
        ("shanghai-2023", "4.4.1"),
        ("wenzhou-2014", "18.1"),
        ("jining-2024", "4.5.1"),
        ("shanghai-2020", "20"),
        ("jining-2024", "13.2"),
    ] {
        expect(
            &json!({"regime": regime, "incidents": [
                {"item": code, "decided_on": "2025-01-06"}
            ]}),
            ErrorCode::UnknownItem,
            "incidents[0].item",
        );
    }
    // A later incident: the index is in the path.
    expect(
        &json!({"regime": "jining-2024", "incidents": [
            {"item": "4.1.1", "decided_on": "2025-01-06"},
            {"item": "4.9", "decided_on": "2025-01-07"}
        ]}),
        ErrorCode::UnknownItem,
        "incidents[1].item",
    );
}

// --- invalid_date ---------------------------------------------------------

#[test]
fn invalid_dates() {
    for bad in [
        "2025-02-30",
        "2025-13-01",
        "2025/05/20",
        "2025-5-20",
        "20250520",
        "",
    ] {
        let e = expect(
            &sh2025(set("decided_on", json!(bad))),
            ErrorCode::InvalidDate,
            "incidents[0].decided_on",
        );
        if !bad.is_empty() {
            assert!(
                e.message().en.contains(bad),
                "the message shows the value: {e:?}"
            );
        }
    }
    // 2024 is a leap year, 2025 is not.
    ok(&sh2025(|m| {
        m.insert("decided_on".into(), json!("2025-05-20"));
        m.insert("occurred_on".into(), json!("2024-02-29"));
    }));
    expect(
        &sh2025(set("occurred_on", json!("2025-02-29"))),
        ErrorCode::InvalidDate,
        "incidents[0].occurred_on",
    );
}

#[test]
fn a_date_given_as_a_number_names_the_field() {
    let e = expect(
        &sh2025(set("decided_on", json!(20250520))),
        ErrorCode::InvalidDate,
        "incidents[0].decided_on",
    );
    assert!(e.message().en.contains("decided_on"), "{e:?}");
}

#[test]
fn invalid_dates_at_the_top_level_and_in_repairs() {
    let mut case = sh2025(|_| {});
    case["as_of"] = json!("2025-04-31");
    expect(&case, ErrorCode::InvalidDate, "as_of");

    let mut case = sh2025(|_| {});
    case["repairs"] =
        json!([{"kind": "exam", "on": "2025-09-01"}, {"kind": "exam", "on": "01/09/2025"}]);
    expect(&case, ErrorCode::InvalidDate, "repairs[1].on");

    expect(
        &json!({"regime": "wenzhou-2014", "agreement_start": "2015-02-29", "incidents": []}),
        ErrorCode::InvalidDate,
        "agreement_start",
    );
    expect(
        &json!({"regime": "jining-2024", "birth_date": "1970-00-10", "incidents": []}),
        ErrorCode::InvalidDate,
        "birth_date",
    );
    expect(
        &sh2025(set("notified_on", json!("2025-06-31"))),
        ErrorCode::InvalidDate,
        "incidents[0].notified_on",
    );
}

#[test]
fn the_act_cannot_follow_the_decision() {
    let e = expect(
        &sh2025(set("occurred_on", json!("2025-05-21"))),
        ErrorCode::InvalidDate,
        "incidents[0].occurred_on",
    );
    assert!(e.message().en.contains("2025-05-21"), "{e:?}");
    // The same day is fine.
    ok(&sh2025(set("occurred_on", json!("2025-05-20"))));
}

#[test]
fn the_objection_cannot_precede_the_notice() {
    expect(
        &sh2025(|m| {
            m.insert("notified_on".into(), json!("2025-05-06"));
            m.insert("objection_filed_on".into(), json!("2025-05-05"));
        }),
        ErrorCode::InvalidDate,
        "incidents[0].objection_filed_on",
    );
    ok(&sh2025(|m| {
        m.insert("notified_on".into(), json!("2025-05-06"));
        m.insert("objection_filed_on".into(), json!("2025-05-06"));
    }));
}

// --- missing_field --------------------------------------------------------

#[test]
fn missing_regime_and_incidents() {
    expect(&json!({"incidents": []}), ErrorCode::MissingField, "regime");
    expect(
        &json!({"regime": "shanghai-2025"}),
        ErrorCode::MissingField,
        "incidents",
    );
    // An empty list is a valid case.
    let r = ok(&json!({"regime": "shanghai-2025", "as_of": "2025-06-01", "incidents": []}));
    assert_eq!(r["status"]["total"], 0);
}

#[test]
fn missing_incident_fields() {
    expect(
        &sh2025(remove("item")),
        ErrorCode::MissingField,
        "incidents[0].item",
    );
    expect(
        &sh2025(remove("decided_on")),
        ErrorCode::MissingField,
        "incidents[0].decided_on",
    );
    let e = expect(
        &sh2025(remove("responsibility")),
        ErrorCode::MissingField,
        "incidents[0].responsibility",
    );
    assert!(e.message().en.contains("13.2"), "{e:?}");
    // A fixed item needs no responsibility.
    ok(&sh2025(|m| {
        m.remove("responsibility");
        m.insert("item".into(), json!("13.5.1"));
    }));
}

#[test]
fn missing_amount_for_fraud_fines() {
    for item in ["15.1", "15.2"] {
        expect(
            &json!({"regime": "shanghai-2020", "incidents": [
                {"item": "16.1", "decided_on": "2024-05-01"},
                {"item": item, "decided_on": "2024-05-01"}
            ]}),
            ErrorCode::MissingField,
            "incidents[1].amount_yuan",
        );
    }
    // Other items need no amount.
    ok(&json!({"regime": "shanghai-2020", "incidents": [
        {"item": "16.1", "decided_on": "2024-05-01"}
    ]}));
}

#[test]
fn missing_repair_date_and_kind() {
    let mut case = sh2025(|_| {});
    case["repairs"] = json!([{"kind": "exam"}]);
    expect(&case, ErrorCode::MissingField, "repairs[0].on");
    case["repairs"] = json!([{"on": "2025-09-01"}]);
    expect(&case, ErrorCode::MissingField, "repairs[0].kind");
}

// --- unknown_field --------------------------------------------------------

#[test]
fn unknown_top_level_field_suggests_the_right_one() {
    let e = expect(
        &json!({"regime": "shanghai-2025", "incident": [], "incidents": []}),
        ErrorCode::UnknownField,
        "incident",
    );
    assert!(
        e.message().en.contains("\"incidents\""),
        "suggests incidents: {e:?}"
    );
    expect(
        &json!({"regime": "shanghai-2025", "incidents": [], "asOf": "2025-01-01"}),
        ErrorCode::UnknownField,
        "asOf",
    );
}

#[test]
fn unknown_incident_field() {
    let e = expect(
        &sh2025(|m| {
            let v = m.remove("decided_on").expect("present");
            m.insert("decidedOn".into(), v);
        }),
        ErrorCode::UnknownField,
        "incidents[0].decidedOn",
    );
    assert!(e.message().en.contains("decided_on"), "{e:?}");
    let mut case = sh2025(|_| {});
    case["repairs"] = json!([{"kind": "exam", "on": "2025-09-01", "points": 1}]);
    expect(&case, ErrorCode::UnknownField, "repairs[0].points");
}

// --- invalid_value --------------------------------------------------------

#[test]
fn invalid_enumerations() {
    expect(
        &sh2025(set("responsibility", json!("main"))),
        ErrorCode::InvalidValue,
        "incidents[0].responsibility",
    );
    expect(
        &sh2025(set("adjustment", json!("less"))),
        ErrorCode::InvalidValue,
        "incidents[0].adjustment",
    );
    let mut case = sh2025(|_| {});
    case["repairs"] = json!([{"kind": "course", "on": "2025-09-01"}]);
    expect(&case, ErrorCode::InvalidValue, "repairs[0].kind");
}

#[test]
fn invalid_booleans() {
    expect(
        &json!({"regime": "shanghai-2023", "incidents": [
            {"item": "4.1.1", "decided_on": "2024-03-05", "severe": "yes"}
        ]}),
        ErrorCode::InvalidValue,
        "incidents[0].severe",
    );
    expect(
        &json!({"regime": "shanghai-2023", "incidents": [
            {"item": "4.1.1", "decided_on": "2024-03-05", "fraud": 1}
        ]}),
        ErrorCode::InvalidValue,
        "incidents[0].fraud",
    );
}

#[test]
fn invalid_points() {
    for points in [json!(2.5), json!("6"), json!(true), json!(100_000)] {
        expect(
            &sh2025(set("points", points)),
            ErrorCode::InvalidValue,
            "incidents[0].points",
        );
    }
    // A negative whole number is a number the law does not allow: the message gives the
    // lawful range, as a form user needs, not "must be a whole number".
    let e = expect(
        &sh2025(set("points", json!(-1))),
        ErrorCode::PointsOutOfRange,
        "incidents[0].points",
    );
    assert!(e.message().zh.contains("4—6"), "{}", e.message().zh);
}

#[test]
fn a_case_must_be_an_object() {
    for case in [
        json!([]),
        json!([{"regime": "shanghai-2025"}]),
        json!("x"),
        json!(3),
    ] {
        expect(&case, ErrorCode::InvalidValue, "");
    }
    let e = err_str("[]");
    assert_eq!((e.code, e.path.as_str()), (ErrorCode::InvalidValue, ""));
}

#[test]
fn incidents_must_be_a_list_of_objects() {
    expect(
        &json!({"regime": "shanghai-2025", "incidents": {}}),
        ErrorCode::InvalidValue,
        "incidents",
    );
    expect(
        &json!({"regime": "shanghai-2025", "incidents": ["13.2"]}),
        ErrorCode::InvalidValue,
        "incidents[0]",
    );
}

#[test]
fn duplicate_incident_ids() {
    expect(
        &json!({"regime": "jining-2024", "incidents": [
            {"id": "a", "item": "4.1.1", "decided_on": "2025-01-06"},
            {"id": "a", "item": "4.1.2", "decided_on": "2025-01-07"}
        ]}),
        ErrorCode::InvalidValue,
        "incidents[1].id",
    );
    // A given id that equals a default id (the index) is also a duplicate.
    expect(
        &json!({"regime": "jining-2024", "incidents": [
            {"id": "1", "item": "4.1.1", "decided_on": "2025-01-06"},
            {"item": "4.1.2", "decided_on": "2025-01-07"}
        ]}),
        ErrorCode::InvalidValue,
        "incidents[1].id",
    );
}

#[test]
fn a_version_from_the_future() {
    let mut case = sh2025(|_| {});
    case["version"] = json!(jifen::scoring::FORMAT_VERSION + 1);
    expect(&case, ErrorCode::InvalidValue, "version");
    case["version"] = json!(jifen::scoring::FORMAT_VERSION);
    ok(&case);
}

// --- points_out_of_range ----------------------------------------------------

#[test]
fn points_out_of_the_tier() {
    let e = expect(
        &sh2025(set("points", json!(7))),
        ErrorCode::PointsOutOfRange,
        "incidents[0].points",
    );
    assert!(e.message().en.contains("4–6"), "{e:?}");
    expect(
        &sh2025(set("points", json!(3))),
        ErrorCode::PointsOutOfRange,
        "incidents[0].points",
    );
    // Inside the tier the office's choice is used.
    for p in 4..=6 {
        let r = ok(&sh2025(set("points", json!(p))));
        assert_eq!(r["incidents"][0]["points"], p);
    }
}

#[test]
fn points_out_of_a_fixed_range() {
    // Jining 4.2.1 is 3 points, range [3, 3].
    expect(
        &json!({"regime": "jining-2024", "incidents": [
            {"item": "4.1.1", "decided_on": "2025-01-06"},
            {"item": "4.2.1", "decided_on": "2025-01-07", "points": 2}
        ]}),
        ErrorCode::PointsOutOfRange,
        "incidents[1].points",
    );
    // 沪2025 13.5.2 is fixed at 12.
    expect(
        &sh2025(|m| {
            m.insert("item".into(), json!("13.5.2"));
            m.insert("points".into(), json!(11));
        }),
        ErrorCode::PointsOutOfRange,
        "incidents[0].points",
    );
    // Important + lighter: range [4, 5] (spec example); 6 is out.
    expect(
        &sh2025(|m| {
            m.insert("responsibility".into(), json!("important"));
            m.insert("adjustment".into(), json!("lighter"));
            m.insert("points".into(), json!(6));
        }),
        ErrorCode::PointsOutOfRange,
        "incidents[0].points",
    );
}

// --- months_out_of_range --------------------------------------------------

#[test]
fn months_outside_the_suspension_range_of_shanghai_2023() {
    // 4.3.1 with severe = 12 points → 暂停 6–12 months (第五条（四）).
    let case = |months: u32| {
        json!({"regime": "shanghai-2023", "as_of": "2024-12-31", "incidents": [
            {"id": "x", "item": "4.1.1", "decided_on": "2024-02-01"},
            {"id": "y", "item": "4.3.1", "severe": true, "decided_on": "2024-03-05", "months": months}
        ]})
    };
    expect(
        &case(13),
        ErrorCode::MonthsOutOfRange,
        "incidents[1].months",
    );
    expect(&case(5), ErrorCode::MonthsOutOfRange, "incidents[1].months");
    let r = ok(&case(12));
    let s = r["sanctions"]
        .as_array()
        .and_then(|l| l.iter().find(|s| s["kind"] == "suspension"))
        .cloned()
        .unwrap_or_else(|| panic!("a suspension in {r}"));
    assert_eq!(s["months"], 12);
    // 12 months decided 2024-03-05: 2024-03-06 … 2025-03-05.
    assert_eq!(s["end"], "2025-03-05");
}

#[test]
fn months_other_than_a_fixed_suspension_of_shanghai_2025() {
    // 13.3 primary = 9 points in one go → 暂停 2 months, fixed (第十四条（二）1).
    let case = |months: u32| {
        sh2025(|m| {
            m.insert("item".into(), json!("13.3"));
            m.insert("months".into(), json!(months));
        })
    };
    expect(&case(1), ErrorCode::MonthsOutOfRange, "incidents[0].months");
    expect(&case(3), ErrorCode::MonthsOutOfRange, "incidents[0].months");
    let r = ok(&case(2));
    assert_eq!(r["sanctions"][0]["months"], 2);
}

#[test]
fn months_on_an_incident_that_triggers_no_measure_has_no_effect() {
    // 13.2 primary = 6 points → a notice, which has no duration.
    let r = ok(&sh2025(set("months", json!(7))));
    assert_eq!(r["sanctions"][0]["kind"], "notice");
}

// --- null is absent ---------------------------------------------------------

#[test]
fn null_for_an_optional_field_is_absent() {
    let plain = ok(&sh2025(|_| {}));
    let mut with_nulls = sh2025(|m| {
        for key in [
            "occurred_on",
            "notified_on",
            "objection_filed_on",
            "points",
            "months",
            "adjustment",
            "inspection",
            "site",
            "items",
        ] {
            m.insert(key.into(), Value::Null);
        }
        m.insert("occurred_on".into(), json!("2025-04-11"));
    });
    with_nulls["repairs"] = Value::Null;
    with_nulls["agreement_start"] = Value::Null;
    with_nulls["history"] = Value::Null;
    with_nulls["birth_date"] = Value::Null;
    assert_eq!(ok(&with_nulls), plain);

    // as_of null: today is used.
    let mut case = sh2025(|_| {});
    case["as_of"] = Value::Null;
    assert_eq!(ok(&case)["as_of"], TODAY);
}

#[test]
fn error_codes_spell_as_the_spec() {
    let codes = [
        (ErrorCode::InvalidJson, "invalid_json"),
        (ErrorCode::UnknownRegime, "unknown_regime"),
        (ErrorCode::UnknownItem, "unknown_item"),
        (ErrorCode::InvalidDate, "invalid_date"),
        (ErrorCode::MissingField, "missing_field"),
        (ErrorCode::UnknownField, "unknown_field"),
        (ErrorCode::InvalidValue, "invalid_value"),
        (ErrorCode::PointsOutOfRange, "points_out_of_range"),
        (ErrorCode::MonthsOutOfRange, "months_out_of_range"),
        (ErrorCode::BarYearsOutOfRange, "bar_years_out_of_range"),
    ];
    for (code, text) in codes {
        assert_eq!(code.as_str(), text);
        assert_eq!(serde_json::to_value(code).expect("json"), json!(text));
    }
}

#[test]
fn chinese_messages_name_fields_as_the_form_does() {
    let e = err(&json!({"regime": "shanghai-2025", "incidents": [
        {"id": "a", "item": "13.2", "decided_on": "2025-04-03", "responsibility": "general", "points": "abc"}]}));
    assert_eq!(e.path, "incidents[0].points");
    assert!(
        e.message().zh.starts_with("分值（points）"),
        "{}",
        e.message().zh
    );
    let e = err(&json!({"regime": "shanghai-2025", "as_of": 20250101, "incidents": []}));
    assert!(
        e.message().zh.starts_with("查询日期（as_of）"),
        "{}",
        e.message().zh
    );
}

#[test]
fn resumption_requests_are_checked_like_any_field() {
    let e = err(&json!({"regime": "wenzhou-2014", "incidents": [],
        "resumption_requests": [{"on": "2025-02-30"}]}));
    assert_eq!(e.code, ErrorCode::InvalidDate);
    assert_eq!(e.path, "resumption_requests[0].on");
    let e = err(&json!({"regime": "wenzhou-2014", "incidents": [],
        "resumption_requests": [{"day": "2025-02-03"}]}));
    assert_eq!(e.code, ErrorCode::UnknownField);
    assert_eq!(e.path, "resumption_requests[0].day");
    let e = err(&json!({"regime": "wenzhou-2014", "incidents": [],
        "resumption_requests": [{}]}));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.path, "resumption_requests[0].on");
}

#[test]
fn an_act_after_the_notice_of_its_points_is_impossible() {
    let e = err(&json!({"regime": "shanghai-2025", "incidents": [
        {"item": "13.2", "responsibility": "general", "notified_on": "2025-04-03", "occurred_on": "2025-04-10"}]}));
    assert_eq!(e.code, ErrorCode::InvalidDate);
    assert_eq!(e.path, "incidents[0].occurred_on");
}

#[test]
fn a_pending_decision_needs_its_notice() {
    let e = err(&json!({"regime": "shanghai-2025", "incidents": [
        {"item": "13.2", "responsibility": "general"}]}));
    assert_eq!(e.code, ErrorCode::MissingField);
    assert_eq!(e.path, "incidents[0].decided_on");
    assert!(e.message().zh.contains("告知书"), "{}", e.message().zh);
}
