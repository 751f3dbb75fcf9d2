//! Teaching: the same act under several regimes (through the reviewed mapping), and the
//! what-if answers, checked against the core and against hand-worked dates.

mod common;

use chrono::NaiveDate;
use jifen::scoring::outcome::SanctionKind;
use jifen::scoring::RegimeId;
use jifen::teach::{compare, mapping, scenarios, whatif};
use serde_json::{json, Value};

/// The regime with this spec id.
fn named(id: &str) -> RegimeId {
    RegimeId::parse(id).expect("regime")
}

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
    let sh23 = by(named("shanghai-2023")).outcome.as_ref().expect("ok");
    assert_eq!(sh23.incidents[0].points, Some(6));
    assert_eq!(sh23.sanctions[0].kind, SanctionKind::Warning);

    // 温州 第十四条（二）: 12 → termination, 15 working days after 2024-05-06
    // (2024-05-11 is a make-up Saturday): 2024-05-24; a year's bar from the day before.
    let wz = by(named("wenzhou-2014"));
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
    let jn = by(named("jining-2024")).outcome.as_ref().expect("ok");
    assert_eq!(jn.sanctions[0].start, Some(day("2024-05-07")));
    assert_eq!(
        jn.sanctions[0].bar.map(|b| b.bar_until),
        Some(day("2025-05-06"))
    );

    // 沪2025 第十三条（四）1, through the institution's penalty: tier 10–12; no
    // responsibility was given, so general is assumed: 10 at once → 4 months.
    let sh25 = by(named("shanghai-2025"));
    assert_eq!(
        sh25.translation.incidents[0].assumed,
        [("responsibility", "general")]
    );
    assert!(
        sh25.translation.incidents[0]
            .matched
            .is_some_and(|(_, m)| !m.note.zh.is_empty()),
        "the partial match says so"
    );
    // Spec v3: decisions before 2025-03-31 were 沪2023's, so the facts are judged under
    // 沪2025 a year later (the comparison says so).
    assert_eq!(sh25.translation.moved_years, 1);
    let sh25 = sh25.outcome.as_ref().expect("ok");
    assert_eq!(
        sh25.sanctions[0].months.map(|m| (m.months, m.end)),
        Some((4, day("2025-09-06")))
    );

    // 沪2020 第十五条第一款: the institution that obtains fund payments with forged
    // materials is fined 2 to 5 times the amount; no amount was given, so 0 is assumed,
    // and the note says the match holds only for forgery that obtains payments.
    let sh20 = by(named("shanghai-2020"));
    let carried = &sh20.translation.incidents[0];
    assert_eq!(carried.item.as_deref(), Some("15.1"));
    assert_eq!(carried.assumed, [("amount_yuan", "0")]);
    assert!(carried
        .matched
        .is_some_and(|(_, m)| m.note.zh.contains("伪造") && m.note.en.contains("hiding")));
    let sh20 = sh20.outcome.as_ref().expect("ok");
    assert_eq!(sh20.incidents[0].points, None);
    assert!(sh20.incidents[0].fine.is_some());
}

#[test]
fn facts_a_regime_does_not_use_are_named_not_applicable() {
    let case = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2024-05-06", "severe": true, "fraud": true, "inspection": "X"}]});
    let jn = compare::translate(&case, named("jining-2024"));
    assert_eq!(jn.incidents[0].item.as_deref(), Some("4.1.4"));
    assert_eq!(
        jn.incidents[0].not_applicable,
        ["severe", "fraud", "inspection"]
    );
    let wz = compare::translate(&case, named("wenzhou-2014"));
    assert_eq!(wz.incidents[0].item.as_deref(), Some("15.2"));
}

#[test]
fn the_mapping_names_only_real_items_once_and_never_pairs_an_item_with_itself() {
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
                m.note.zh.is_empty(),
                m.note.en.is_empty(),
                "{}: both notes or none",
                g.id
            );
        }
        let regimes: std::collections::BTreeSet<_> = g.members.iter().map(|m| m.regime).collect();
        assert!(regimes.len() >= 2, "{}: a group joins regimes", g.id);
        let members: std::collections::BTreeSet<_> = g
            .members
            .iter()
            .map(|m| (m.regime.as_str(), m.code))
            .collect();
        assert_eq!(members.len(), g.members.len(), "{}: a member twice", g.id);
        // 沪2020 fines the institution (or the individual) and scores no one: every
        // link to it says so.
        for m in g
            .members
            .iter()
            .filter(|m| m.regime == named("shanghai-2020"))
        {
            assert!(
                !m.note.zh.is_empty(),
                "{}: 沪2020 {} without a note",
                g.id,
                m.code
            );
        }
    }
    let ids: std::collections::BTreeSet<_> = mapping::GROUPS.iter().map(|g| g.id).collect();
    assert_eq!(ids.len(), mapping::GROUPS.len(), "group ids are unique");
    assert!(mapping::counterparts(named("jining-2024"), "4.4.3", named("jining-2024")).is_empty());
}

/// The codes of `to` that describe the same act as `code` of `from`.
fn counterpart_codes(from: RegimeId, code: &str, to: RegimeId) -> Vec<&'static str> {
    let mut codes: Vec<&str> = mapping::counterparts(from, code, to)
        .into_iter()
        .map(|(_, m)| m.code)
        .collect();
    codes.sort_unstable();
    codes
}

/// The reviewed reading of 沪2023 第四条 against 沪2020 第十五条 to 第十九条, item by item.
const SH23_TO_SH20: &[(&str, &[&str])] = &[
    ("4.1.1", &["16.1"]),
    ("4.1.2", &["16.2"]),
    // Only the second limb (records that do not match the care) is the same act.
    ("4.1.3", &["16.3"]),
    ("4.1.4", &["16.4"]),
    ("4.1.5", &["16.5"]),
    ("4.1.6", &["16.6"]),
    ("4.1.7", &["16.7"]),
    ("4.1.8", &["16.8"]),
    ("4.1.9", &["16.9"]),
    ("4.1.10", &[]),
    ("4.1.11", &["16.10"]),
    ("4.2.1", &["17.1"]),
    ("4.2.2", &["17.3"]),
    ("4.2.3", &["17.4"]),
    ("4.2.4", &[]),
    ("4.2.5", &["17.8"]),
    ("4.3.1", &[]),
    ("4.3.2", &["17.7"]),
    ("4.3.3", &["15.1"]),
    ("4.3.4", &["15.1"]),
    ("4.3.5", &["15.1"]),
    ("4.3.6", &["15.1"]),
];

#[test]
fn every_shanghai_2023_item_has_its_reviewed_2020_counterparts() {
    let codes = common::catalogue_codes(named("shanghai-2023"));
    assert_eq!(codes.len(), SH23_TO_SH20.len(), "all 22 items of 第四条");
    for (code, expected) in SH23_TO_SH20 {
        assert!(codes.contains(&code.to_string()), "{code}");
        let mut expected = expected.to_vec();
        expected.sort_unstable();
        assert_eq!(
            counterpart_codes(named("shanghai-2023"), code, named("shanghai-2020")),
            expected,
            "沪2023 {code}"
        );
    }
    // The links run both ways.
    for code in common::catalogue_codes(named("shanghai-2020")) {
        let mut back: Vec<&str> = SH23_TO_SH20
            .iter()
            .filter(|(_, to)| to.contains(&code.as_str()))
            .map(|(from, _)| *from)
            .collect();
        back.sort_unstable();
        assert_eq!(
            counterpart_codes(named("shanghai-2020"), &code, named("shanghai-2023")),
            back,
            "沪2020 {code}"
        );
    }
}

#[test]
fn only_self_pay_drug_reselling_and_kickbacks_have_no_2020_counterpart() {
    // 4.1.10 (未经同意提供基金支付范围以外的医药服务) and 4.2.4 (为转卖药品提供便利) have no
    // institution article in 沪2020; 19.2 (变卖药品) is the insured person's own act.
    // 4.3.1 (回扣、欺骗诱导患者、恶意借用编码) has none either. Every other item has one.
    let unpaired: Vec<String> = common::catalogue_codes(named("shanghai-2023"))
        .into_iter()
        .filter(|c| {
            mapping::counterparts(named("shanghai-2023"), c, named("shanghai-2020")).is_empty()
        })
        .collect();
    assert_eq!(unpaired, ["4.1.10", "4.2.4", "4.3.1"]);
    let case = json!({"regime": "shanghai-2023", "as_of": "2024-12-31", "incidents": [
        {"id": "a", "item": "4.1.10", "decided_on": "2024-05-06"},
        {"id": "b", "item": "4.2.4", "decided_on": "2024-05-06"}]});
    let sh20 = compare::translate(&case, named("shanghai-2020"));
    assert!(sh20.incidents.iter().all(|c| c.item.is_none()));
    assert_eq!(
        counterpart_codes(named("shanghai-2020"), "19.2", named("shanghai-2023")),
        Vec::<&str>::new()
    );
}

#[test]
fn the_catch_alls_pair_tier_for_tier() {
    // 第四条（一）11 ↔ 第十六条（十）, 第四条（二）5 ↔ 第十七条（八）: the same words, the same tier.
    let pairs = [("4.1.11", "16.10"), ("4.2.5", "17.8")];
    for (sh23, sh20) in pairs {
        let links = mapping::counterparts(named("shanghai-2023"), sh23, named("shanghai-2020"));
        assert_eq!(links.len(), 1, "{sh23}");
        let (_, member) = links[0];
        assert_eq!(member.code, sh20);
        assert!(member.note.zh.contains("兜底") && member.note.en.contains("catch-all"));
    }
    let case = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "4.2.5", "decided_on": "2024-05-06", "severe": true}]});
    let columns = compare::compare(
        &case,
        &[named("shanghai-2023"), named("shanghai-2020")],
        day("2024-12-31"),
    );
    let sh20 = columns[1].outcome.as_ref().expect("ok");
    // 第十七条 情节严重: ¥100,000–300,000.
    let fine = sh20.incidents[0].fine.as_ref().expect("a fine");
    assert_eq!(
        (
            fine.fine_min.as_ref().and_then(serde_json::Number::as_u64),
            fine.fine_max.as_ref().and_then(serde_json::Number::as_u64)
        ),
        (Some(100_000), Some(300_000))
    );
}

#[test]
fn the_records_limb_of_4_1_3_pairs_with_16_3_and_the_swap_does_not() {
    // 沪2023 4.1.3: 以内 … 充当为 … 以外; 沪2020 16.3: 以内 … 充当为 … 以内. Only the second
    // limb, 提供与实际开展医疗活动不相符的结算票据…, is worded alike; the notes say so.
    let links = mapping::counterparts(named("shanghai-2023"), "4.1.3", named("shanghai-2020"));
    assert_eq!(links.len(), 1);
    let (group, sh20) = links[0];
    assert_eq!(sh20.code, "16.3");
    assert!(group.label.zh.contains("不符"));
    assert!(sh20.note.zh.contains("后一种") && sh20.note.en.contains("second limb"));
    let sh23 = group
        .members
        .iter()
        .find(|m| m.regime == named("shanghai-2023"))
        .expect("4.1.3");
    assert!(sh23.note.zh.contains("以内充当以外") && sh23.note.en.contains("second limb"));
    // Neither swap is the other's, nor 17.1's (以外 … 以内).
    assert!(
        !counterpart_codes(named("shanghai-2023"), "4.1.3", named("shanghai-2020"))
            .contains(&"17.1")
    );
    assert!(
        !counterpart_codes(named("shanghai-2023"), "4.2.1", named("shanghai-2020"))
            .contains(&"16.3")
    );
}

#[test]
fn clause_one_of_2023_mirrors_article_16_of_2020() {
    for (sh23, sh20) in [
        ("4.1.5", "16.5"),
        ("4.1.6", "16.6"),
        ("4.1.7", "16.7"),
        ("4.1.8", "16.8"),
        ("4.1.9", "16.9"),
    ] {
        let links = mapping::counterparts(named("shanghai-2023"), sh23, named("shanghai-2020"));
        assert_eq!(
            links.iter().map(|(_, m)| m.code).collect::<Vec<_>>(),
            [sh20],
            "{sh23}"
        );
        // The institution is fined; the physician is scored: always said.
        assert!(!links[0].1.note.zh.is_empty(), "{sh23}");
    }
    // 16.5 punishes the institution for *allowing* it.
    let (_, m) = mapping::counterparts(named("shanghai-2023"), "4.1.5", named("shanghai-2020"))[0];
    assert!(m.note.zh.contains("允许"));
}

#[test]
fn fraud_of_clause_three_carries_to_article_15() {
    // 沪2020 第十五条第一款 (以欺诈、伪造证明材料或者其他手段骗取基本医疗保险基金支出) is the
    // institution's fraud; 4.3.3–4.3.6 are its means. Each note names the condition.
    for code in ["4.3.3", "4.3.4", "4.3.5", "4.3.6"] {
        let links = mapping::counterparts(named("shanghai-2023"), code, named("shanghai-2020"));
        assert_eq!(links.len(), 1, "{code}");
        assert_eq!(links[0].1.code, "15.1");
        assert!(links[0].1.note.zh.contains("骗取基金支出"), "{code}");
    }
    // 15.1 carries back to the general item, 4.3.6, and offers the others.
    let case = json!({"regime": "shanghai-2020", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "15.1", "decided_on": "2024-05-06", "amount_yuan": 1000}]});
    let sh23 = compare::translate(&case, named("shanghai-2023"));
    assert_eq!(sh23.incidents[0].item.as_deref(), Some("4.3.6"));
    let mut others: Vec<&str> = sh23.incidents[0]
        .alternatives
        .iter()
        .map(|(_, m)| m.code)
        .collect();
    others.sort_unstable();
    assert_eq!(others, ["4.3.3", "4.3.4", "4.3.5"]);
    assert_eq!(sh23.incidents[0].not_applicable, ["amount_yuan"]);
    // The individual's fraud (15.2) is not the physician's.
    assert!(counterpart_codes(named("shanghai-2020"), "15.2", named("shanghai-2023")).is_empty());
}

#[test]
fn article_17_3_does_not_name_nominal_admissions() {
    let links = mapping::counterparts(named("shanghai-2023"), "4.2.2", named("shanghai-2020"));
    assert!(links.iter().all(|(_, m)| m.code == "17.3"));
    assert!(links[0].1.note.zh.contains("挂床住院"));
}

#[test]
fn borrowing_a_code_is_not_lending_it() {
    // 沪2023 第四条（三）1: 恶意借用、套用医保医师编码; 温州 16.1 lends one's own code,
    // 16.2 uses another's; 济宁 4.3.4 names all three.
    assert_eq!(
        counterpart_codes(named("shanghai-2023"), "4.3.1", named("wenzhou-2014")),
        ["16.2"]
    );
    assert!(counterpart_codes(named("wenzhou-2014"), "16.1", named("shanghai-2023")).is_empty());
    assert_eq!(
        counterpart_codes(named("wenzhou-2014"), "16.1", named("jining-2024")),
        ["4.3.4"]
    );
}

#[test]
fn items_that_require_defrauding_the_fund_say_so() {
    // 沪2023 第四条（三）3、4 name the act alone; these add 骗取 / 套取 the fund.
    for (regime, code) in [
        (named("wenzhou-2014"), "14.2"),
        (named("wenzhou-2014"), "14.3"),
        (named("jining-2024"), "4.4.2"),
    ] {
        for sh23 in ["4.3.3", "4.3.4"] {
            for (_, m) in mapping::counterparts(named("shanghai-2023"), sh23, regime) {
                if m.code == code {
                    assert!(m.note.zh.contains("取医"), "{} {code}", regime.as_str());
                }
            }
        }
    }
}

#[test]
fn shanghai_2025_scores_every_fraud_of_article_40() {
    // 《条例》第四十条（一）至（四） are 沪2023 第四条（三）3–6 word for word; 13.4.1 scores
    // the staff responsible when the institution is penalised under it.
    for code in ["4.3.3", "4.3.4", "4.3.5", "4.3.6"] {
        let links = mapping::counterparts(named("shanghai-2023"), code, named("shanghai-2025"));
        assert_eq!(links.len(), 1, "{code}");
        assert_eq!(links[0].1.code, "13.4.1");
        assert!(links[0].1.note.zh.contains("第四十条"));
    }
}

#[test]
fn each_limb_of_the_two_swaps_of_covered_items_finds_its_own_counterparts() {
    // 4.1.3 (以内充当以外; or records that do not match): 济宁's swap of any kind, and
    // 温州's charges that do not match the record.
    assert_eq!(
        counterpart_codes(named("shanghai-2023"), "4.1.3", named("jining-2024")),
        ["4.1.4"]
    );
    assert_eq!(
        counterpart_codes(named("shanghai-2023"), "4.1.3", named("wenzhou-2014")),
        ["16.3"]
    );
    // 沪2020 16.3 (以内充当以内的其他; or records): the same, and 温州's swap.
    assert_eq!(
        counterpart_codes(named("shanghai-2020"), "16.3", named("wenzhou-2014")),
        ["15.2", "16.3"]
    );
    assert_eq!(
        counterpart_codes(named("shanghai-2020"), "16.3", named("jining-2024")),
        ["4.1.4"]
    );
    // 济宁's swap of any kind carries to the usual one (以外充当以内) first.
    let case = json!({"regime": "jining-2024", "as_of": "2024-12-31",
        "incidents": [{"id": "a", "item": "4.1.4", "decided_on": "2024-05-06"}]});
    let sh23 = compare::translate(&case, named("shanghai-2023"));
    assert_eq!(sh23.incidents[0].item.as_deref(), Some("4.2.1"));
    let others: Vec<&str> = sh23.incidents[0]
        .alternatives
        .iter()
        .map(|(_, m)| m.code)
        .collect();
    assert_eq!(others, ["4.1.3"]);
}

#[test]
fn an_item_that_names_several_acts_offers_each_counterpart() {
    // The scenario's incident c is 沪2023 4.2.2 (split admissions, or unindicated tests…).
    let case = scenario_case("sh2023-same-inspection");
    let wz = compare::translate(&case, named("wenzhou-2014"));
    let c = wz.incidents.iter().find(|c| c.id == "c").expect("c");
    assert_eq!(c.item.as_deref(), Some("16.5"));
    assert_eq!(c.matched.map(|(g, _)| g.id), Some("unindicated-tests"));
    let jn = compare::translate(&case, named("jining-2024"));
    let c = jn.incidents.iter().find(|c| c.id == "c").expect("c");
    assert_eq!(c.item.as_deref(), Some("4.1.1"));
    let others: Vec<(&str, &str)> = c.alternatives.iter().map(|(g, m)| (g.id, m.code)).collect();
    assert_eq!(others, [("unindicated-tests", "4.1.2")]);
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
        .map(|c| (c.date, c.state.code(), c.total))
        .collect();
    assert_eq!(
        changes,
        [
            (day("2025-06-16"), "normal", Some(9)),
            (day("2026-01-01"), "normal", Some(0))
        ]
    );

    // 沪2023: after the suspension at 12 ends, the year restarts at 0 (第二条第三款); the
    // person awaits the assessment that restores them (spec v3, 第五条).
    let w = whatif::analyse(
        &with_as_of(scenario_case("sh2023-reset-after-12"), "2024-03-01"),
        day("2024-03-01"),
    )
    .expect("ok");
    assert!(
        w.evolution.iter().any(|c| c.date == day("2024-08-02")
            && c.total == Some(0)
            && c.state.code() == "restoration_pending"),
        "{:?}",
        w.evolution
    );
}

#[test]
fn an_extended_suspension_and_a_bar_are_not_said_to_end_in_a_restoration() {
    // 温州 第十条: a request before its window leaves the suspension running past its end.
    let case = json!({"regime": "wenzhou-2014", "agreement_start": "2024-10-01", "as_of": "2025-03-20",
        "resumption_requests": [{"on": "2025-03-05"}], "incidents": [
        {"id": "a", "item": "15.1", "decided_on": "2025-03-03"},
        {"id": "b", "item": "16.1", "decided_on": "2025-03-03"},
        {"id": "c", "item": "17.1", "decided_on": "2025-03-03"}]});
    let w = whatif::analyse(&case, day("2025-03-20")).expect("ok");
    let end = w
        .evolution
        .iter()
        .find(|c| c.why.zh.contains("期限延长"))
        .unwrap_or_else(|| panic!("{:#?}", w.evolution));
    assert_eq!(end.state.code(), "suspended");
    assert!(end.why.zh.contains("恢复履行协议申请"), "{}", end.why.zh);
    assert!(!w.evolution.iter().any(|c| c.why.zh.contains("处理期满")));

    // 沪2025: a one-shot 12's three-year bar outlives a later one-year bar; each bar's end is
    // a day of its own, and after the last the person applies again, not "resumes".
    let case = json!({"regime": "shanghai-2025", "as_of": "2027-06-01", "incidents": [
        {"id": "once", "item": "13.5.2", "decided_on": "2025-05-10"},
        {"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2026-02-02"},
        {"id": "b", "item": "13.2", "responsibility": "primary", "decided_on": "2026-03-02"}]});
    let w = whatif::analyse(&case, day("2027-06-01")).expect("ok");
    let after: Vec<(NaiveDate, &str, bool)> = w
        .evolution
        .iter()
        .filter(|c| c.why.zh.contains("期限届满"))
        .map(|c| (c.date, c.state.code(), c.after_bar))
        .collect();
    assert_eq!(
        after,
        [(day("2028-05-11"), "restoration_pending", true)],
        "{:#?}",
        w.evolution
    );
    let end = w
        .evolution
        .iter()
        .find(|c| c.after_bar)
        .unwrap_or_else(|| panic!("{:#?}", w.evolution));
    assert!(
        end.why.zh.contains("重新作出承诺并登记备案"),
        "{}",
        end.why.zh
    );
    assert_eq!(end.cite, "第三十条");

    // 济宁: the bar's years are set in 五（二）, and the day after it is cited there.
    let case = json!({"regime": "jining-2024", "as_of": "2025-01-10", "birth_date": "1980-01-01", "incidents": [
        {"id": "a", "points": 12, "decided_on": "2025-01-06"}]});
    let w = whatif::analyse(&case, day("2025-01-10")).expect("ok");
    let bar_end = w
        .evolution
        .iter()
        .find(|c| c.after_bar)
        .unwrap_or_else(|| panic!("{:#?}", w.evolution));
    assert_eq!(bar_end.cite, "五（二）");
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
fn a_repair_before_a_decision_changes_the_measure_it_is_expected_to_bring() {
    // 3 points, and 13.2 with primary responsibility notified on 11-25: 9 points and a
    // suspension of 1 month expected on 12-14. An exam or a participation now leaves 2,
    // and the decision brings 8: a notice.
    let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
        {"id": "a", "points": 3, "decided_on": "2026-03-10"},
        {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]});
    let w = whatif::analyse(&case, day("2026-11-27")).expect("ok");
    assert_eq!(w.repairs.len(), 2);
    for repair in &w.repairs {
        let expected = repair.expected.as_ref().expect("a changed expectation");
        assert_eq!(expected.decided_on, day("2026-12-14"));
        let before = expected
            .before
            .as_ref()
            .expect("a measure without the repair");
        assert_eq!(
            (before.kind, before.months),
            (SanctionKind::Suspension, Some(1))
        );
        let after = expected.after.as_ref().expect("a measure with it");
        assert_eq!(after.kind, SanctionKind::Notice, "{}", repair.kind);
    }
    // A next incident comes after the decision expected on 12-14, and adds to its 9.
    assert_eq!(w.decided_on, day("2026-12-15"));
    assert!(!w.options.is_empty());
    for option in &w.options {
        assert_eq!(option.total, 9 + option.points, "{option:?}");
    }
    // Decided already: nothing is expected, and the repair says only its points.
    let w =
        whatif::analyse(&scenario_case("sh2025-repair-shortens"), day("2025-07-15")).expect("ok");
    assert!(w.repairs.iter().all(|r| r.expected.is_none()));
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
