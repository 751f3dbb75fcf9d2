//! The training room's pure parts: what changed from 沪2023 to 沪2025 (each row citing
//! both documents, what changed computed from the data and the core), a 沪2023 case
//! computed under both, and a deck's parts and moments.

use chrono::NaiveDate;
use jifen::scoring::{self, RegimeId};
use jifen::teach::changes::{changes, default_pair, predecessor};
use jifen::teach::deck::{self, BadToken, Moment, Part};
use jifen::teach::rules::{sanction_words, total_case, RowKind};
use jifen::teach::{compare, present, scenarios};
use serde_json::Value;

fn regime(id: &str) -> RegimeId {
    RegimeId::parse(id).expect("regime")
}

#[test]
fn the_changes_from_2023_to_2025_cite_both_documents_and_say_what_changed() {
    let (from, to) = default_pair().expect("a pair");
    assert_eq!(
        (from.as_str(), to.as_str()),
        ("shanghai-2023", "shanghai-2025")
    );
    assert_eq!(predecessor(regime("jining-2024")), None);
    let rows = changes(from, to);
    let row = |kind| rows.iter().find(|r| r.kind == kind).expect("row");
    // The rows a physician meets changed; the period did not.
    for kind in [
        RowKind::Items,
        RowKind::Counting,
        RowKind::Bands,
        RowKind::OneShot,
        RowKind::Repairs,
        RowKind::Restart,
        RowKind::Procedure(scoring::outcome::DeadlineKind::Objection),
        RowKind::Procedure(scoring::outcome::DeadlineKind::DecisionDelivery),
        RowKind::Procedure(scoring::outcome::DeadlineKind::RegistrationUpdate),
        RowKind::Procedure(scoring::outcome::DeadlineKind::ResumptionRequest),
    ] {
        assert!(row(kind).changed, "{kind:?}: {}", row(kind).what.zh);
        assert!(!row(kind).what.zh.is_empty() && !row(kind).what.en.is_empty());
    }
    assert!(!row(RowKind::Period).changed);
    // A row both documents have cites an article of each.
    for r in &rows {
        let [a, b] = &r.cells;
        if !a.is_empty() && !b.is_empty() {
            assert!(
                a.iter()
                    .all(|e| !e.cite.is_empty() || matches!(r.kind, RowKind::Total(_))),
                "{:?}",
                r.kind
            );
            assert!(b.iter().all(|e| !e.cite.is_empty()), "{:?}", r.kind);
        }
    }
    // 第七条 against 第十七条: the objection's name changed, not its 10 working days.
    let objection = row(RowKind::Procedure(
        scoring::outcome::DeadlineKind::Objection,
    ));
    assert_eq!(objection.cells[0][0].cite, "第七条");
    assert_eq!(objection.cells[1][0].cite, "第十七条");
    assert!(objection.what.zh.contains("复核申请") && objection.what.zh.contains("陈述申辩"));
    assert_eq!(objection.what.zh.matches("10 个工作日").count(), 2);
    // Each total: the core's measure under each, as the comparison words it.
    let day = |r: RegimeId| jifen::teach::rules::probe_day(r);
    for total in 1..=12 {
        let t = row(RowKind::Total(total));
        let said = |r: RegimeId| {
            let result =
                scoring::evaluate(&total_case(r, total, false, false), day(r)).expect("evaluates");
            result
                .sanctions
                .last()
                .map(|s| sanction_words(r, s).zh.into_owned())
                .unwrap_or_else(|| "不作处理".into())
        };
        assert!(t.changed, "{total}");
        assert!(
            t.what
                .zh
                .contains(&format!("{} → {}", said(from), said(to))),
            "{total}: {}",
            t.what.zh
        );
    }
}

#[test]
fn every_2023_scenario_computed_under_2025_shows_its_differences() {
    let (from, to) = default_pair().expect("a pair");
    for s in scenarios::of(from) {
        let case: Value = serde_json::from_str(s.case).expect("case");
        let columns = compare::compare(&case, &[from, to], NaiveDate::MIN);
        let later = &columns[1];
        // An act with a counterpart: the column can be compared, not "不可比较" (沪2023
        // 4.3.1, borrowing a code, has none: 沪2025 scores staff for what the
        // institution is penalised for).
        assert!(
            later.translation.incidents.iter().any(|c| c.item.is_some()),
            "{}",
            s.id
        );
        let (a, b) = (
            columns[0].outcome.as_ref().expect("own"),
            later
                .outcome
                .as_ref()
                .unwrap_or_else(|e| panic!("{}: {}", s.id, e.message())),
        );
        // 沪2025 decides, with its own measures, from its own first day.
        assert!(later.translation.moved_years > 0, "{}", s.id);
        assert!(
            !b.incidents.is_empty() && b.incidents.iter().all(|i| i.points.is_some()),
            "{}",
            s.id
        );
        let kinds =
            |r: &scoring::Evaluation| r.sanctions.iter().map(|s| s.kind).collect::<Vec<_>>();
        assert_ne!(kinds(a), kinds(b), "{}: the measures differ", s.id);
    }
}

#[test]
fn a_deck_reads_its_parts_and_each_scenario_its_moments_in_date_order() {
    let tokens: Vec<String> = ["changes", "sh2025-repair-shortens", "quiz"]
        .map(String::from)
        .to_vec();
    let parts = deck::parts(&tokens).expect("parts");
    assert!(
        matches!(parts[0], Part::Changes { from, to } if from.as_str() == "shanghai-2023" && to.as_str() == "shanghai-2025")
    );
    assert!(matches!(parts[2], Part::Quiz { regime } if regime.as_str() == "shanghai-2025"));
    assert_eq!(
        deck::parts(&["nowhere".to_string()]).err(),
        Some(BadToken::Unknown("nowhere".into()))
    );
    assert_eq!(
        deck::parts(&["changes:jining-2024".to_string()]).err(),
        Some(BadToken::NoPredecessor("changes:jining-2024".into()))
    );
    for s in scenarios::SCENARIOS
        .iter()
        .filter(|s| s.regime.info().counting != scoring::regimes::Counting::Fines)
    {
        let case: Value = serde_json::from_str(s.case).expect("case");
        let result = scoring::evaluate(&case, NaiveDate::MIN).expect("result");
        let beats = deck::beats(&case, &result);
        let days: Vec<NaiveDate> = beats.iter().map(|b| b.on).collect();
        let mut sorted = days.clone();
        sorted.sort();
        assert_eq!(days, sorted, "{}", s.id);
        // Every decision, repair and person's deadline has a slide.
        let decisions = beats
            .iter()
            .filter(|b| matches!(b.moment, Moment::Decision(_)))
            .count();
        assert_eq!(decisions, present::steps(&result).len(), "{}", s.id);
        let repairs = case["repairs"].as_array().map_or(0, Vec::len);
        assert_eq!(
            beats
                .iter()
                .filter(|b| matches!(b.moment, Moment::Repair(_)))
                .count(),
            repairs
        );
        for b in &beats {
            if let Moment::Deadline(i) = b.moment {
                assert_eq!(result.deadlines[i].actor, scoring::outcome::Actor::Person);
                assert_eq!(result.deadlines[i].due, b.on);
            }
        }
    }
}
