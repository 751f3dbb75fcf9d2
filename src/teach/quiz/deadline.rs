//! A deadline's last day: the objection's from the notice, or (where the regime sets
//! one) the decision's delivery from the decision — counted in working days by the core.

use serde_json::json;

use super::{assemble, doc, evaluate, random_day, text_label, Answer, Ask};
use super::{Kind, Question, Rng, Sketch};
use crate::scoring::outcome::DeadlineKind;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::required_facts;

/// A day with its weekday: `2025-06-03（周二）`, `2025-06-03 (Tue)`.
fn date_label(a: &Answer) -> Text {
    match a {
        Answer::Date(d) => words::date_with_weekday(*d),
        other => text_label(other),
    }
}

pub(super) fn deadline(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let notified = random_day(regime, rng);
    let decided = notified.checked_add_days(chrono::Days::new(30))?;
    let rule = |kind| info.procedure.deadlines.iter().find(|r| r.kind == kind);
    // One question in three on the decision's delivery, where the regime sets its time.
    let delivery = rule(DeadlineKind::DecisionDelivery).is_some() && rng.below(3) == 0;
    let mut incident = json!({"id": "a", "points": 1, "decided_on": decided.to_string(),
        "notified_on": notified.to_string()});
    required_facts(regime, &mut incident);
    if info.procedure.notice_of_decision {
        // The written notice follows the decision there.
        incident["decided_on"] = json!(notified.to_string());
    }
    let as_of = decided.max(notified);
    let case =
        json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": [incident]});
    let (kind, prompt) = if delivery {
        (
            DeadlineKind::DecisionDelivery,
            Text::new(
                format!(
                    "依{}，经办机构于 {}作出最终记分处理决定，最迟哪一天须送达所在定点医药机构？",
                    doc(regime),
                    words::date_with_weekday(decided).zh
                ),
                format!(
                    "Under {}, the agency makes its final decision on {decided}: by which day must it reach the institution?",
                    doc(regime)
                ),
            ),
        )
    } else {
        let notice = &info.teaching.notice;
        let objection = &info.teaching.objection;
        (
            DeadlineKind::Objection,
            Text::new(
                format!(
                    "依{}，{}收到{}，最迟哪一天提出{}？",
                    doc(regime),
                    words::date_with_weekday(notified).zh,
                    notice.zh,
                    objection.zh
                ),
                format!(
                    "Under {}, {} is received on {notified}: by which day must {} be made?",
                    doc(regime),
                    notice.en,
                    objection.en
                ),
            ),
        )
    };
    let result = evaluate(&case)?;
    let d = result.deadlines.iter().find(|d| d.kind == kind)?;
    let due = d.due;
    // Plausible wrong days: a day or two off, and calendar days counted as working days.
    let from = if delivery { decided } else { notified };
    let mut others: Vec<Answer> = Vec::new();
    for delta in [-2i64, -1, 1, 2, 3] {
        if let Some(day) = due.checked_add_signed(chrono::Duration::days(delta)) {
            others.push(Answer::Date(day));
        }
    }
    let working_days = rule(kind).map_or(10, |r| r.working_days);
    if let Some(day) = from.checked_add_days(chrono::Days::new(u64::from(working_days))) {
        others.push(Answer::Date(day));
    }
    let explain = Text::new(
        format!(
            "{}（{}）。{from} 之后第 {working_days} 个工作日是 {}，节假日和周末不计，调休上班日计入。",
            d.text.zh,
            d.cite,
            words::date_with_weekday(due).zh
        ),
        format!(
            "{} ({}). The {working_days}th working day after {from} is {due}: weekends and holidays do not count, make-up working days do.",
            d.text.en, d.cite
        ),
    );
    let sketch = Sketch {
        kind: Kind::Deadline,
        prompt,
        case,
        ask: Ask::Due(kind),
        others,
        explain,
        cite: d.cite.clone(),
    };
    assemble(rng, regime, sketch, &date_label)
}
