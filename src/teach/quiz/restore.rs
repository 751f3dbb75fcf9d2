//! After a measure's term (spec v3): the end of a term is not a restoration where the law
//! requires an act first — a request in time (沪2025 第三十条), an assessment (沪2023 第五条),
//! a new registration or agreement after a bar. The standing on a day after the term,
//! with and without that act.

use chrono::Datelike;
use serde_json::{json, Value};

use super::{after, assemble, doc, evaluate, joined, random_day, steps, Answer, Ask};
use super::{Question, Rng, Sketch, Topic};
use crate::scoring::case::Field;
use crate::scoring::outcome::{SanctionKind, State};
use crate::scoring::regimes::NeededWhen;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};

/// The standings a person can have under `regime`.
fn states(regime: RegimeId) -> Vec<State> {
    let info = regime.info();
    let decides = |kind| info.bands.iter().any(|b| b.kind == kind);
    let mut out = vec![State::Normal];
    for (kind, state) in [
        (SanctionKind::Training, State::Training),
        (SanctionKind::Suspension, State::Suspended),
        (SanctionKind::Termination, State::Terminated),
    ] {
        if decides(kind) {
            out.push(state);
        }
    }
    if !info.procedure.after_term.is_empty() {
        out.push(State::RestorationPending);
    }
    out
}

/// The standing's choice in the regime's words, found again by its code.
pub(super) fn state_label(regime: RegimeId) -> impl Fn(&Answer) -> Text {
    move |a: &Answer| match a {
        Answer::Text(code) => states(regime)
            .into_iter()
            .find(|s| s.code() == code)
            .map(|s| words::state(regime.info(), s))
            .unwrap_or_else(|| Text::from(code.clone())),
        other => super::text_label(other),
    }
}

/// The choices of a standing question.
pub(super) fn state_choices(regime: RegimeId) -> Vec<Answer> {
    states(regime)
        .into_iter()
        .map(|s| Answer::Text(s.code().to_string()))
        .collect()
}

pub(super) fn restoration(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let rules: Vec<_> = info
        .procedure
        .after_term
        .iter()
        .filter(|r| r.when != NeededWhen::Extended)
        .collect();
    let rule = *rng.pick(&rules)?;
    let band = info.bands.iter().find(|b| b.kind == rule.after)?;
    let decided = random_day(regime, rng);
    let mut incident = json!({"id": "a", "points": band.from, "decided_on": decided.to_string()});
    if info.uses(Field::Months) {
        if let crate::scoring::regimes::Duration::Months { min, max } = band.duration {
            if min != max {
                incident["months"] = json!(min);
            }
        }
    }
    let mut case: Value =
        json!({"regime": regime.as_str(), "as_of": decided.to_string(), "incidents": [incident]});
    if info.uses(Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", decided.year()));
    }
    let first = evaluate(&case)?;
    let sanction = first
        .sanctions
        .iter()
        .rev()
        .find(|s| s.kind == rule.after)?;
    let last = sanction
        .months
        .map(|m| m.end)
        .or(sanction.bar.map(|b| b.bar_until))?;
    let as_of = after(last, 5 + rng.below(40) as u64);
    case["as_of"] = json!(as_of.to_string());
    // What happened after the term: the act that restores (or, 沪2025, a request in
    // time, late, or none), or nothing.
    match rule.when {
        NeededWhen::WithoutTimelyRequest => {
            let due = first
                .deadlines
                .iter()
                .find(|d| d.kind == crate::scoring::outcome::DeadlineKind::ResumptionRequest)?
                .due;
            case["resumption_requests"] = match rng.below(3) {
                0 => json!([]),
                1 => {
                    json!([{"on": due.checked_sub_days(chrono::Days::new(rng.below(10) as u64))?.to_string()}])
                }
                _ => {
                    json!([{"on": super::workday(after(due, 1 + rng.below(8) as u64)).to_string()}])
                }
            };
        }
        _ => {
            if rng.below(3) == 0 {
                case["restorations"] = json!([{"on": super::workday(after(last, 1 + rng.below(4) as u64)).to_string()}]);
            }
        }
    }
    let result = evaluate(&case)?;
    let facts = super::several::stated(&case);
    let nothing_else = Text::fixed("此外没有其他记分或手续", "nothing else happened");
    let prompt = Text::new(
        format!(
            "依{}：{}；{}。到 {as_of}，此人处于什么状态？",
            doc(regime),
            facts.zh,
            nothing_else.zh
        ),
        format!(
            "Under {}: {}; {}. What is the person's standing on {as_of}?",
            doc(regime),
            facts.en,
            nothing_else.en
        ),
    );
    let term = Text::new(
        format!(
            "{}的期限至 {last} 届满",
            words::sanction(info, rule.after).zh
        ),
        format!(
            "the {} ends on {last}",
            words::sanction(info, rule.after).en
        ),
    );
    let explain = joined(&[
        steps(&sanction.trace),
        term,
        Text::new(
            format!("{}（{}）", rule.text.zh, rule.cite),
            format!("{} ({})", rule.text.en, rule.cite),
        ),
        joined(
            &result
                .warnings
                .iter()
                .map(|w| w.message.clone())
                .collect::<Vec<_>>(),
        ),
    ]);
    let sketch = Sketch {
        topic: Topic::Restoration,
        prompt,
        explain,
        cite: rule.cite.to_string(),
        others: state_choices(regime),
        case,
        ask: Ask::State,
    };
    assemble(rng, regime, sketch, &state_label(regime))
}
