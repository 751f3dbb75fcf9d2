//! Periods and year ends: points clear when the period ends (a natural year, or 温州's
//! agreement year from its anniversary), and a December notice whose decision may come
//! in January counts in the year the decision is made (spec v3 "The year may change").

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::{after, assemble, doc, evaluate, joined, key_of, points_label, Answer, Ask};
use super::{base_day, Question, Rng, Sketch, Topic};
use crate::scoring::case::Field;
use crate::scoring::catalogue::Topic as Rule;
use crate::scoring::outcome::DeadlineKind;
use crate::scoring::regimes::{Counting, PeriodKind, Projection};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::rules::required_facts;

pub(super) fn period(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    if regime.info().pending_decisions() && rng.below(2) == 0 {
        return december_notice(regime, rng);
    }
    year_end(regime, rng)
}

/// The period's rule in the document's words, with its article.
fn rule(regime: RegimeId) -> Text {
    let info = regime.info();
    match info.provisions.iter().find(|p| p.topic == Rule::Period) {
        Some(p) => Text::new(
            format!("{}（{}）", p.text, p.cite),
            format!("{} ({})", p.gloss, p.cite),
        ),
        None => Text::default(),
    }
}

/// Points before and after a period's end: the total (or what is left) after it.
fn year_end(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let year = base_day(regime).year();
    // The period's last day: 31 December, or the day before the agreement's anniversary.
    let (start, end) = match info.period {
        PeriodKind::AgreementYear => {
            let month = 2 + rng.below(10) as u32;
            let start = NaiveDate::from_ymd_opt(year - 1, month, 1)?;
            (
                Some(start),
                NaiveDate::from_ymd_opt(year, month, 1)?.pred_opt()?,
            )
        }
        _ => (None, NaiveDate::from_ymd_opt(year, 12, 31)?),
    };
    let first_day =
        super::workday(end.checked_sub_days(chrono::Days::new(5 + rng.below(50) as u64))?);
    let second_day = super::workday(after(end, 3 + rng.below(40) as u64));
    let as_of = after(second_day, 3);
    let (p1, p2) = (2 + rng.below(6) as u32, 1 + rng.below(5) as u32);
    let mut first = json!({"id": "a", "points": p1, "decided_on": first_day.to_string()});
    let mut second = json!({"id": "b", "points": p2, "decided_on": second_day.to_string()});
    required_facts(regime, &mut first);
    required_facts(regime, &mut second);
    let mut case = json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": [first, second]});
    if let (Some(start), true) = (start, info.uses(Field::AgreementStart)) {
        case["agreement_start"] = json!(start.to_string());
    }
    let deducted = info.counting == Counting::PointsDeducted;
    let ask = if deducted {
        Ask::Remaining
    } else {
        Ask::StatusTotal
    };
    let result = evaluate(&case)?;
    let right = match key_of(&result, &ask)? {
        Answer::Number(n) => n,
        _ => return None,
    };
    let facts = super::several::stated(&case);
    let question = if deducted {
        Text::new(
            format!("到 {as_of}，本记分周期初始 12 分还剩几分？"),
            format!("On {as_of}, how many of the period's 12 points are left?"),
        )
    } else {
        Text::new(
            format!("到 {as_of}，所在年度累计记分为几分？"),
            format!("On {as_of}, what is the total of that year?"),
        )
    };
    let cleared = Text::new(
        format!("{end} 记分周期届满，{p1} 分清零；新周期只计 {p2} 分"),
        format!("the period ends on {end} and its {p1} points clear; the new one counts only {p2}"),
    );
    let also = if deducted {
        vec![12 - p1 - p2, 12 - p1]
    } else {
        vec![p1 + p2, p1]
    };
    let sketch = Sketch {
        topic: Topic::Periods,
        prompt: Text::new(
            format!("依{}：{}。{}", doc(regime), facts.zh, question.zh),
            format!("Under {}: {}. {}", doc(regime), facts.en, question.en),
        ),
        explain: joined(&[rule(regime), cleared]),
        cite: info.period_cite.to_string(),
        others: also
            .into_iter()
            .chain(right.saturating_sub(2)..=right + 2)
            .filter(|n| *n <= 12)
            .map(Answer::Number)
            .collect(),
        case,
        ask,
    };
    assemble(rng, regime, sketch, &points_label)
}

/// A notice in late December with no objection: the decision is due in January, and the
/// points count in the year the decision is made.
fn december_notice(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let year = base_day(regime).year();
    let notified = NaiveDate::from_ymd_opt(year, 12, 1 + rng.below(28) as u32)?;
    let mut incident =
        json!({"id": "a", "points": 1 + rng.below(4) as u32, "notified_on": notified.to_string()});
    required_facts(regime, &mut incident);
    let case =
        json!({"regime": regime.as_str(), "as_of": notified.to_string(), "incidents": [incident]});
    let result = evaluate(&case)?;
    let decided = result.incidents.first()?.decided_on;
    let terms = &info.terms;
    let facts = super::several::stated(&case);
    // The day the decision is taken to come: the last the law allows (沪2025), or the
    // first after the objection period (沪2023), as the core projects it.
    let when = match info.procedure.projection {
        Some(Projection::DayAfterItsDue) => Text::fixed(
            "在异议期满后的第一个工作日作出",
            "comes on the first working day after the objection period",
        ),
        _ => Text::fixed(
            "在法定期限的最后一天作出",
            "comes on the last day the law allows",
        ),
    };
    let prompt = Text::new(
        format!(
            "依{}：{}，未提出{}；{}{}。这次记分计入哪一年度？",
            doc(regime),
            facts.zh,
            terms.objection.zh,
            terms.decision.zh,
            when.zh
        ),
        format!(
            "Under {}: {}; no {} is filed; the {} {}. In which year do the points count?",
            doc(regime),
            facts.en,
            terms.objection.en,
            terms.decision.en,
            when.en
        ),
    );
    let deadlines: Vec<Text> = result
        .deadlines
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                DeadlineKind::Objection | DeadlineKind::AgencyDecision | DeadlineKind::Review
            )
        })
        .map(|d| {
            Text::new(
                format!("{}：{}（{}）", d.due, d.text.zh, d.cite),
                format!("{}: {} ({})", d.due, d.text.en, d.cite),
            )
        })
        .collect();
    let counts = Text::new(
        format!(
            "决定于 {decided} 作出，记分计入决定所在的 {} 年度",
            decided.year()
        ),
        format!(
            "the decision comes on {decided}: the points count in {}",
            decided.year()
        ),
    );
    let warnings: Vec<Text> = result
        .warnings
        .iter()
        .filter(|w| w.code == "decision_period_uncertain")
        .map(|w| w.message.clone())
        .collect();
    let sketch = Sketch {
        topic: Topic::Periods,
        prompt,
        explain: joined(&[joined(&deadlines), counts, joined(&warnings)]),
        cite: info.period_cite.to_string(),
        others: [year, year + 1]
            .iter()
            .map(|y| Answer::Text(y.to_string()))
            .collect(),
        case,
        ask: Ask::Period,
    };
    assemble(rng, regime, sketch, &|a| match a {
        Answer::Text(y) => Text::new(format!("{y} 年度"), format!("the year {y}")),
        other => super::text_label(other),
    })
}
