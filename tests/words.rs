//! Every text the core writes has its Chinese in `zh` and its English in `en`: the two
//! are easy to swap by mistake (both are strings), so every text of every regime's data,
//! every example's result and every error is checked for it.

mod common;

use common::{eval, fixture};
use jifen::scoring::text::{has_chinese, Text};
use jifen::scoring::{self, RegimeId};
use serde_json::Value;

/// The Chinese holds Chinese; the English holds English words, and no more Chinese than
/// the Chinese does (it may quote the law's term: "statement and defence (陈述申辩)", but
/// a swapped pair would put the whole Chinese sentence there).
fn check(text: &Text, whence: &str) {
    let cjk = |s: &str| s.chars().filter(|c| has_chinese(&c.to_string())).count();
    assert!(
        has_chinese(&text.zh),
        "{whence}: no Chinese in zh: {text:?}"
    );
    assert!(
        text.en.chars().any(|c| c.is_ascii_alphabetic()),
        "{whence}: no English in en: {text:?}"
    );
    assert!(
        cjk(&text.en) <= cjk(&text.zh),
        "{whence}: en has more Chinese than zh (swapped?): {text:?}"
    );
}

#[test]
fn every_regimes_own_words_are_the_right_way_round() {
    for regime in RegimeId::ALL {
        let info = regime.info();
        let terms = &info.terms;
        for (name, text) in [
            ("suspension", &terms.suspension),
            ("termination", &terms.termination),
            ("suspended", &terms.suspended),
            ("terminated", &terms.terminated),
            ("normal", &terms.normal),
            ("objection", &terms.objection),
            ("notice", &terms.notice),
            ("decision", &terms.decision),
            ("barred", &terms.barred),
            ("resumption", &terms.resumption),
            ("suspension_short", &terms.suspension_short),
            ("termination_short", &terms.termination_short),
            ("notice_on", &info.wording().form.notice_on),
            ("notice_hint", &info.wording().form.notice_hint),
            ("decision_on", &info.wording().form.decision_on),
            ("decision_hint", &info.wording().form.decision_hint),
            ("objection_on", &info.wording().form.objection_on),
            ("objection_hint", &info.wording().form.objection_hint),
            ("teaching bar", &info.wording().teaching.bar),
            ("teaching objection", &info.wording().teaching.objection),
            ("teaching notice", &info.wording().teaching.notice),
            ("place", &info.wording().place),
        ] {
            check(text, &format!("{} {name}", info.id));
        }
        for (kind, text) in info.wording().teaching.measures {
            check(text, &format!("{} teaching measure {kind:?}", info.id));
        }
        for (field, hint) in info.wording().field_hints {
            check(hint, &format!("{} hint of {}", info.id, field.key()));
        }
        for rule in info.procedure.deadlines {
            check(&rule.text, &format!("{} deadline {}", info.id, rule.cite));
        }
        if let Some(r) = &info.procedure.resumption {
            check(&r.text, &format!("{} resumption", info.id));
            check(
                &r.decision_text,
                &format!("{} resumption decision", info.id),
            );
        }
        if let Some(r) = &info.procedure.repairs {
            check(&r.exam.what, &format!("{} exam", info.id));
            check(&r.participation.what, &format!("{} participation", info.id));
            check(&r.how, &format!("{} how to repair", info.id));
            check(
                &r.before_the_decision(),
                &format!("{} repair advice", info.id),
            );
        }
        for after in info.procedure.after_term {
            check(
                &after.text,
                &format!("{} after term {}", info.id, after.cite),
            );
        }
        if let Some(t) = &info.annual_test {
            check(&t.open_book, &format!("{} annual test open_book", info.id));
            check(
                &t.closed_book,
                &format!("{} annual test closed_book", info.id),
            );
            assert!(!t.cite.is_empty(), "{} annual test cite", info.id);
        }
    }
}

/// Every step, warning and deadline of every example's result.
#[test]
fn every_text_of_every_result_is_the_right_way_round() {
    let mut checked = 0;
    let dir = fixture("spec/examples");
    for entry in std::fs::read_dir(&dir).expect("examples") {
        let path = entry.expect("entry").path();
        let example: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let result = match scoring::evaluate(&example["case"], common::date("2026-12-07")) {
            Ok(result) => result,
            Err(e) => {
                check(&e.message(), &path.display().to_string());
                continue;
            }
        };
        let whence = path.display().to_string();
        for incident in &result.incidents {
            for step in &incident.trace {
                check(&step.text, &format!("{whence} trace {}", step.cite));
                checked += 1;
            }
        }
        for sanction in &result.sanctions {
            for step in &sanction.trace {
                check(&step.text, &format!("{whence} measure {}", step.cite));
                checked += 1;
            }
        }
        for warning in &result.warnings {
            check(
                &warning.full(),
                &format!("{whence} warning {}", warning.code),
            );
            checked += 1;
        }
        for deadline in &result.deadlines {
            check(
                &deadline.text,
                &format!("{whence} deadline {}", deadline.cite),
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "{checked}");
}

/// Every error the parser can give for a set of broken cases, in both styles.
#[test]
fn every_error_is_the_right_way_round() {
    let broken = [
        r#"{"incidents": []}"#,
        r#"{"regime": "beijing-2024", "incidents": []}"#,
        r#"{"regime": 3, "incidents": []}"#,
        r#"{"regime": "shanghai-2025"}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.9", "decided_on": "2025-05-20"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-02-30", "responsibility": "primary"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "points": 9}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "boss"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "adjustment": "x"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"items": [], "decided_on": "2025-05-20"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"decided_on": "2025-05-20"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "responsibility": "primary"}]}"#,
        r#"{"regime": "jining-2024", "incidents": [{"item": "4.1.1"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "occurred_on": "2025-06-01"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "notified_on": "2025-05-06", "objection_filed_on": "2025-05-01"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary"}, {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "colour": "red"}]}"#,
        r#"{"regime": "shanghai-2025", "repairs": [{"on": "2025-05-20"}], "incidents": []}"#,
        r#"{"regime": "shanghai-2025", "repairs": [{"kind": "exam"}], "incidents": []}"#,
        r#"{"regime": "shanghai-2023", "incidents": [{"item": "4.1.1", "decided_on": "2025-01-20", "months": 0}]}"#,
        r#"{"regime": "shanghai-2023", "incidents": [{"item": "4.3.1", "severe": true, "decided_on": "2024-01-20", "months": 13}]}"#,
        r#"{"regime": "jining-2024", "history": [{"period": "二〇二三", "points": 9}], "incidents": []}"#,
        r#"{"regime": "jining-2024", "incidents": [{"item": "4.4.1", "decided_on": "2025-01-20", "bar_years": 3}]}"#,
        r#"{"regime": "wenzhou-2014", "history": [{"period": "2023-05-01", "points": 9}], "agreement_start": "2020-01-01", "incidents": []}"#,
        r#"{"regime": "shanghai-2020", "incidents": [{"item": "15.1", "decided_on": "2025-01-20"}]}"#,
        r#"{"regime": "shanghai-2020", "incidents": [{"item": "15.1", "decided_on": "2025-01-20", "amount_yuan": "x"}]}"#,
        r#"{"regime": "shanghai-2020", "incidents": [{"item": "16.1", "decided_on": "2025-01-20", "points": 3}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": 20250520, "responsibility": "primary"}]}"#,
        r#"{"regime": "shanghai-2025", "incidents": [{"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "severe": "yes"}]}"#,
        r#"{"version": 9, "regime": "shanghai-2025", "incidents": []}"#,
        r#"{"regime": "shanghai-2025", "incidents": [1]}"#,
        r#"[1, 2"#,
    ];
    for case in broken {
        let error = scoring::evaluate_str(case, common::date("2025-12-01")).expect_err(case);
        for style in [
            jifen::scoring::error::Style::Api,
            jifen::scoring::error::Style::Form,
        ] {
            check(&error.text(style), case);
        }
    }
    // The common helper sees the same message.
    let v = eval(
        &serde_json::json!({"regime": "x", "incidents": []}),
        "2025-12-01",
    );
    assert!(v["error"]["message_zh"].as_str().is_some_and(has_chinese));
}
