//! Repairs (沪2025 第二十九条): what exams and participation take off the year's total
//! within their yearly caps, a repair when there is nothing to repair, a one-shot 12 that
//! cannot be repaired, and how much earlier a running suspension may end.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use super::{after, assemble, date_label, doc, evaluate, joined, points_label, random_day};
use super::{steps, Answer, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::outcome::Evaluation;
use crate::scoring::regimes::RepairRules;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// A case of earlier decisions given by their points, and repairs, standing on `as_of`.
fn case_of(
    regime: RegimeId,
    as_of: NaiveDate,
    decisions: &[(NaiveDate, u32)],
    repairs: &[(NaiveDate, &str)],
) -> Value {
    let incidents: Vec<Value> = decisions
        .iter()
        .enumerate()
        .map(|(i, (day, points))| json!({"id": format!("{}", (b'a' + i as u8) as char), "points": points, "decided_on": day.to_string()}))
        .collect();
    let repairs: Vec<Value> = repairs
        .iter()
        .map(|(day, kind)| json!({"kind": kind, "on": day.to_string()}))
        .collect();
    json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": incidents, "repairs": repairs})
}

/// The caps in words: `考试每年度至多减免 1 分，参与医保管理工作每次减免 1 分、每年度至多 2 次`.
fn caps(rules: &RepairRules) -> Text {
    Text::new(
        format!(
            "{}：年度内至多减免 {} 分（{}）；{}：每次减免 1 分，年度内至多 {} 次（{}）",
            rules.exam.what.zh,
            rules.exam.cap,
            rules.exam.cite,
            rules.participation.what.zh,
            rules.participation.cap,
            rules.participation.cite
        ),
        format!(
            "{}: at most {} point a year ({}); {}: 1 point each, at most {} a year ({})",
            rules.exam.what.en,
            rules.exam.cap,
            rules.exam.cite,
            rules.participation.what.en,
            rules.participation.cap,
            rules.participation.cite
        ),
    )
}

/// The core's words for the repairs and what they did (its warnings).
fn what_happened(result: &Evaluation) -> Text {
    let warnings: Vec<Text> = result
        .warnings
        .iter()
        .filter(|w| w.code.starts_with("repair"))
        .map(|w| w.message.clone())
        .collect();
    joined(&warnings)
}

pub(super) fn repair(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let rules = regime.info().procedure.repairs.as_ref()?;
    match rng.below(5) {
        0 => earliest_end(regime, rng, rules),
        1 => nothing_to_repair(regime, rng, rules),
        _ => total_after(regime, rng, rules),
    }
}

/// The total after a decision and a few repairs, some beyond their caps, or after a
/// one-shot 12.
fn total_after(regime: RegimeId, rng: &mut Rng, rules: &RepairRules) -> Option<Question> {
    let decided = random_day(regime, rng);
    let one_shot_12 = rng.below(6) == 0;
    let points = if one_shot_12 {
        12
    } else {
        2 + rng.below(7) as u32
    };
    let mut day = super::workday(after(decided, 5 + rng.below(20) as u64));
    let mut repairs: Vec<(NaiveDate, &str)> = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let kind = if rng.below(2) == 0 {
            "exam"
        } else {
            "participation"
        };
        repairs.push((day, kind));
        day = super::workday(after(day, rng.below(30) as u64));
    }
    let as_of = after(day, 3);
    if as_of.year() != decided.year() {
        return None;
    }
    let case = case_of(regime, as_of, &[(decided, points)], &repairs);
    let result = evaluate(&case)?;
    let total = result.status.total?;
    let facts = super::several::stated(&case);
    let prompt = Text::new(
        format!(
            "依{}：{}。到 {as_of}，本年度累计记分为几分？",
            doc(regime),
            facts.zh
        ),
        format!(
            "Under {}: {}. On {as_of}, what is the year's total?",
            doc(regime),
            facts.en
        ),
    );
    let taken = points.saturating_sub(total);
    let arithmetic = Text::new(
        format!("{points} − {taken} = {total} 分"),
        format!("{points} − {taken} = {total}"),
    );
    let sketch = Sketch {
        topic: Topic::Repairs,
        prompt,
        explain: joined(&[caps(rules), what_happened(&result), arithmetic]),
        cite: rules.cite.to_string(),
        others: (points.saturating_sub(4)..=points)
            .map(Answer::Number)
            .collect(),
        case,
        ask: Ask::StatusTotal,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// A repair before any points: it takes nothing off what comes later, and uses no cap.
fn nothing_to_repair(regime: RegimeId, rng: &mut Rng, rules: &RepairRules) -> Option<Question> {
    let exam = random_day(regime, rng);
    let decided = super::workday(after(exam, 10 + rng.below(40) as u64));
    let points = 2 + rng.below(6) as u32;
    let as_of = after(decided, 5);
    if as_of.year() != exam.year() {
        return None;
    }
    let case = case_of(regime, as_of, &[(decided, points)], &[(exam, "exam")]);
    let result = evaluate(&case)?;
    let facts = super::several::stated(&case);
    let prompt = Text::new(
        format!(
            "依{}（此前本年度 0 分）：{}。到 {as_of}，本年度累计记分为几分？",
            doc(regime),
            facts.zh
        ),
        format!(
            "Under {} (no points before this year): {}. On {as_of}, what is the year's total?",
            doc(regime),
            facts.en
        ),
    );
    let sketch = Sketch {
        topic: Topic::Repairs,
        prompt,
        explain: joined(&[
            Text::fixed("修复只能减少已有的记分：考试时本年度为 0 分，不减分，也不占用年度次数", "A repair only takes off points already there: at 0 it takes nothing and uses no cap"),
            what_happened(&result),
            caps(rules),
        ]),
        cite: rules.cite.to_string(),
        others: (points.saturating_sub(2)..=points + 1).map(Answer::Number).collect(),
        case,
        ask: Ask::StatusTotal,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// A repair during a suspension: how early it may end (at most `shortens_months` off).
fn earliest_end(regime: RegimeId, rng: &mut Rng, rules: &RepairRules) -> Option<Question> {
    let info = regime.info();
    let band = info
        .bands
        .iter()
        .filter(|b| b.kind == crate::scoring::outcome::SanctionKind::Suspension)
        .nth(rng.below(3))?;
    let first = random_day(regime, rng);
    let second = super::workday(after(first, 20 + rng.below(40) as u64));
    let before = 1 + rng.below(band.from as usize - 1) as u32;
    let kind = if rng.below(2) == 0 {
        "exam"
    } else {
        "participation"
    };
    let exam = super::workday(after(second, 10 + rng.below(15) as u64));
    let case = case_of(
        regime,
        exam,
        &[(first, before), (second, band.from - before)],
        &[(exam, kind)],
    );
    let result = evaluate(&case)?;
    let sanction = result.sanctions.iter().rev().find(|s| s.months.is_some())?;
    let months = sanction.months?;
    if months.earliest_end == months.end || exam > months.end {
        return None;
    }
    let facts = super::several::stated(&case);
    let measure = crate::scoring::words::sanction(info, sanction.kind);
    let prompt = Text::new(
        format!(
            "依{}：{}。{}最早可以在哪一天结束？",
            doc(regime),
            facts.zh,
            measure.zh
        ),
        format!(
            "Under {}: {}. What is the earliest day the {} can end?",
            doc(regime),
            facts.en,
            measure.en
        ),
    );
    let mut others = vec![Answer::Date(months.end)];
    others.extend(
        [-1i64, 1, 30]
            .iter()
            .filter_map(|d| {
                months
                    .earliest_end
                    .checked_add_signed(chrono::Duration::days(*d))
            })
            .map(Answer::Date),
    );
    let sketch = Sketch {
        topic: Topic::Repairs,
        prompt,
        explain: joined(&[
            steps(&sanction.trace),
            Text::new(
                format!("修复后年度内缩短暂停或终止时限至多 {} 个月：原定 {} 结束，最早 {}（{}）", rules.shortens_months, months.end, months.earliest_end, rules.cite),
                format!("A repair shortens a suspension or termination by at most {} month a year: due to end {}, at the earliest {} ({})", rules.shortens_months, months.end, months.earliest_end, rules.cite),
            ),
        ]),
        cite: rules.cite.to_string(),
        others,
        case,
        ask: Ask::EarliestEnd,
    };
    assemble(rng, regime, sketch, &date_label)
}
