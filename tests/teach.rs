//! Teaching: the same act under several regimes (through the reviewed mapping), and the
//! what-if answers, checked against the core and against hand-worked dates.

mod common;

use chrono::NaiveDate;
use jifen::scoring::outcome::SanctionKind;
use jifen::scoring::RegimeId;
use jifen::teach::{compare, mapping, scenarios, whatif};
use serde_json::{json, Value};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

#[test]
fn forging_records_is_judged_differently_in_each_regime() {
    let case = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "4.3.4", "decided_on": "2024-05-06", "notified_on": "2024-04-22"}]});
    let columns = compare::compare(&case, &RegimeId::ALL, day("2024-12-31"));
    let by = |r: RegimeId| {
        columns
            .iter()
            .find(|c| c.translation.regime == r)
            .expect("column")
    };

    // 沪2023 第四条（三）4: 6 points, a caution (第五条（二）).
    let sh23 = by(RegimeId::Shanghai2023).outcome.as_ref().expect("ok");
    assert_eq!(sh23.incidents[0].points, Some(6));
    assert_eq!(sh23.sanctions[0].kind, SanctionKind::Warning);

    // 温州 第十四条（二）: 12 → termination, 15 working days after 2024-05-06
    // (2024-05-11 is a make-up Saturday): 2024-05-24; a year's bar from the day before.
    let wz = by(RegimeId::Wenzhou2014);
    assert_eq!(wz.translation.incidents[0].item.as_deref(), Some("14.2"));
    let wz = wz.outcome.as_ref().expect("ok");
    assert_eq!(wz.incidents[0].points, Some(12));
    let t = &wz.sanctions[0];
    assert_eq!(
        (t.kind, t.start),
        (SanctionKind::Termination, Some(day("2024-05-24")))
    );
    assert_eq!(t.bar.map(|b| b.bar_until), Some(day("2025-05-23")));

    // 济宁 四（四）3: 12 → termination from the next day.
    let jn = by(RegimeId::Jining2024).outcome.as_ref().expect("ok");
    assert_eq!(jn.sanctions[0].start, Some(day("2024-05-07")));
    assert_eq!(
        jn.sanctions[0].bar.map(|b| b.bar_until),
        Some(day("2025-05-06"))
    );

    // 沪2025 第十三条（四）1, through the institution's penalty: tier 10–12; no
    // responsibility was given, so general is assumed: 10 at once → 4 months.
    let sh25 = by(RegimeId::Shanghai2025);
    assert_eq!(
        sh25.translation.incidents[0].assumed,
        [("responsibility", "general")]
    );
    assert!(
        sh25.translation.incidents[0]
            .matched
            .is_some_and(|(_, m)| !m.note.is_empty()),
        "the partial match says so"
    );
    let sh25 = sh25.outcome.as_ref().expect("ok");
    assert_eq!(
        sh25.sanctions[0].months.map(|m| (m.months, m.end)),
        Some((4, day("2024-09-06")))
    );

    // 沪2020 has no counterpart for a physician's forged records: left out there.
    let sh20 = by(RegimeId::Shanghai2020);
    assert_eq!(sh20.translation.incidents[0].item, None);
    assert!(sh20.outcome.as_ref().expect("ok").incidents.is_empty());
}

#[test]
fn facts_a_regime_does_not_use_are_named_not_applicable() {
    let case = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2024-05-06", "severe": true, "fraud": true, "inspection": "X"}]});
    let jn = compare::translate(&case, RegimeId::Jining2024);
    assert_eq!(jn.incidents[0].item.as_deref(), Some("4.1.4"));
    assert_eq!(
        jn.incidents[0].not_applicable,
        ["severe", "fraud", "inspection"]
    );
    let wz = compare::translate(&case, RegimeId::Wenzhou2014);
    assert_eq!(wz.incidents[0].item.as_deref(), Some("15.2"));
}

#[test]
fn the_mapping_names_only_real_items_and_never_pairs_an_item_with_itself() {
    for g in mapping::GROUPS {
        assert!(g.members.len() >= 2, "{}", g.id);
        for m in g.members {
            assert!(
                m.regime.info().item(m.code).is_some(),
                "{}: {} {}",
                g.id,
                m.regime.as_str(),
                m.code
            );
            assert_eq!(
                m.note.is_empty(),
                m.note_en.is_empty(),
                "{}: both notes or none",
                g.id
            );
        }
        let regimes: std::collections::BTreeSet<_> = g.members.iter().map(|m| m.regime).collect();
        assert!(regimes.len() >= 2, "{}: a group joins regimes", g.id);
    }
    assert!(mapping::counterparts(RegimeId::Jining2024, "4.4.3", RegimeId::Jining2024).is_empty());
}

fn scenario_case(id: &str) -> Value {
    serde_json::from_str(scenarios::get(id).expect("scenario").case).expect("json")
}

fn with_as_of(mut case: Value, as_of: &str) -> Value {
    case["as_of"] = json!(as_of);
    case
}

#[test]
fn the_next_incidents_at_8_points_under_shanghai_2025() {
    // 8 points on 2025-07-01 (the band-edge scenario before its third incident).
    let mut case = with_as_of(scenario_case("sh2025-band-edge-8-9"), "2025-07-01");
    case["incidents"].as_array_mut().expect("list").truncate(2);
    let w = whatif::analyse(&case, day("2025-07-01")).expect("ok");
    assert_eq!(w.decided_on, day("2025-07-02"));
    let next = &w.options[w.smallest_measure.expect("one")];
    assert_eq!((next.points, next.total), (1, 9));
    let m = next.measure.as_ref().expect("a measure");
    // One point on 2025-07-02: 1 month, 07-03 … 08-02.
    assert_eq!(
        (m.kind, m.months, m.until),
        (SanctionKind::Suspension, Some(1), Some(day("2025-08-02")))
    );
    let top = &w.options[w.smallest_top.expect("one")];
    assert_eq!((top.points, top.total), (4, 12));
    // Each option agrees with the core evaluating the same hypothesis directly.
    for o in &w.options {
        let mut direct = with_as_of(case.clone(), "2025-07-02");
        let mut incident = json!({"id": "x", "item": o.item, "decided_on": "2025-07-02"});
        if let Some(r) = o.responsibility {
            incident["responsibility"] = json!(r);
        }
        direct["incidents"]
            .as_array_mut()
            .expect("list")
            .push(incident);
        let result = common::eval(&direct, "2025-07-02");
        assert_eq!(result["status"]["total"], o.total, "{} points", o.points);
        assert_eq!(result["incidents"][2]["points"], o.points);
    }
}

#[test]
fn last_years_notice_does_not_hide_this_years() {
    // A 4-point incident in 2025 drew a notice; asked in 2026, one more point opens a new
    // period and draws its own notice (沪2025 第十四条（一）).
    let case = json!({"regime": "shanghai-2025", "as_of": "2026-03-02", "incidents": [
        {"id": "a", "item": "13.2", "decided_on": "2025-04-03", "responsibility": "general"}]});
    let w = whatif::analyse(&case, day("2026-03-02")).expect("ok");
    let first = &w.options[w.smallest_measure.expect("a measure")];
    assert_eq!((first.points, first.total), (1, 1));
    assert_eq!(
        first.measure.as_ref().map(|m| m.kind),
        Some(SanctionKind::Notice)
    );
    // Within 2025 the same point adds nothing new: the notice is already there.
    let same_year = with_as_of(case.clone(), "2025-05-05");
    let w = whatif::analyse(&same_year, day("2025-05-05")).expect("ok");
    assert!(w.options[0].measure.is_none(), "{:?}", w.options[0]);
}

#[test]
fn the_standing_evolves_when_nothing_more_happens() {
    // One-shot 9 on 2025-04-15: suspended 04-16 … 06-15; normal again from 06-16;
    // the year's points clear on 2026-01-01.
    let w = whatif::analyse(&scenario_case("sh2025-one-shot-9"), day("2025-05-01")).expect("ok");
    let changes: Vec<(NaiveDate, &str, Option<u32>)> = w
        .evolution
        .iter()
        .map(|c| (c.date, c.state, c.total))
        .collect();
    assert_eq!(
        changes,
        [
            (day("2025-06-16"), "normal", Some(9)),
            (day("2026-01-01"), "normal", Some(0))
        ]
    );

    // 沪2023: after the suspension at 12 ends, the year restarts at 0 (第二条第三款).
    let w = whatif::analyse(
        &with_as_of(scenario_case("sh2023-reset-after-12"), "2024-03-01"),
        day("2024-03-01"),
    )
    .expect("ok");
    assert!(
        w.evolution
            .iter()
            .any(|c| c.date == day("2024-08-02") && c.total == Some(0) && c.state == "normal"),
        "{:?}",
        w.evolution
    );
}

#[test]
fn a_repair_now_under_shanghai_2025() {
    // The exam was used on 07-01 and shortened the suspension; a second exam is refused,
    // a participation removes 1 point but shortens nothing more.
    let w =
        whatif::analyse(&scenario_case("sh2025-repair-shortens"), day("2025-07-15")).expect("ok");
    let exam = w.repairs.iter().find(|r| r.kind == "exam").expect("exam");
    assert_eq!(exam.refused, Some("repair_cap_reached"));
    assert_eq!((exam.total_before, exam.total_after), (9, 9));
    let participation = w
        .repairs
        .iter()
        .find(|r| r.kind == "participation")
        .expect("participation");
    assert_eq!(participation.refused, None);
    assert_eq!(
        (participation.total_before, participation.total_after),
        (9, 8)
    );
    assert_eq!(
        participation.earliest_end,
        Some((day("2025-08-10"), day("2025-08-10")))
    );
}

#[test]
fn a_regime_without_points_has_no_next_incidents() {
    let w = whatif::analyse(
        &scenario_case("sh2020-individual-severe"),
        day("2024-12-31"),
    )
    .expect("ok");
    assert!(w.options.is_empty() && w.repairs.is_empty());
}
