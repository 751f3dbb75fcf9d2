//! The procedure's deadlines, each with who must act: those that follow an incident
//! (its notice, objection and decision, as the regime lists them), the resumption request
//! a measure ending a stretch calls for, and the agency's decision on each request.

use chrono::NaiveDate;

use crate::scoring::case::Case;
use crate::scoring::outcome::{Actor, Deadline, DeadlineKind, SanctionKind};
use crate::scoring::regimes::{CountsFrom, RegimeInfo, ResumptionWindow};

use super::procedure::Days;
use super::timeline::Draft;
use super::{next_day, Notes, Scored};

/// Every deadline of the case, by due date; a measure's resumption window may mark it
/// (温州 第十条: extended).
pub(crate) fn all(
    case: &Case,
    info: &RegimeInfo,
    scored: &[Scored],
    procedures: &[Days],
    drafts: &mut [Draft],
    notes: &mut Notes,
) -> Vec<Deadline> {
    let mut deadlines = Vec::new();
    for (s, days) in scored.iter().zip(procedures) {
        deadlines.extend(incident_deadlines(info, s, days, notes));
    }
    let stretch_ends = stretch_ends(drafts);
    for (index, draft) in drafts.iter_mut().enumerate() {
        if !stretch_ends[index] {
            continue;
        }
        if let Some(deadline) = resumption_request(info, index, draft, notes) {
            info.rules
                .resumption_window(case, &mut draft.sanction, &deadline, notes);
            deadlines.push(deadline);
        }
    }
    deadlines.extend(resumption_decisions(case, info, notes));
    deadlines.sort_by_key(|d| d.due);
    deadlines
}

/// The deadlines that follow an incident: its notice, objection and decision.
fn incident_deadlines(
    info: &RegimeInfo,
    scored: &Scored,
    days: &Days,
    notes: &mut Notes,
) -> Vec<Deadline> {
    let incident = scored.incident;
    let decided = scored.counted.then_some(scored.decision.on);
    let mut out: Vec<Deadline> = Vec::new();
    for rule in info.procedure.deadlines {
        let delivered = out
            .iter()
            .rev()
            .find(|d| d.kind == DeadlineKind::DecisionDelivery)
            .map(|d| d.due);
        let Some(from) = days.start(rule.from, incident, decided, delivered) else {
            continue;
        };
        let follows_decision = matches!(rule.from, CountsFrom::Decision | CountsFrom::Delivery);
        out.push(Deadline {
            kind: rule.kind,
            due: notes.working_days_after(from, rule.working_days),
            opens: None,
            incident: Some(incident.id.clone()),
            sanction: None,
            request: None,
            actor: rule.actor,
            projected: follows_decision && scored.decision.projected,
            cite: rule.cite.to_string(),
            text: rule.text.clone(),
        });
    }
    out
}

/// For each measure, whether it ends a continuous stretch of suspension or termination:
/// a measure does not when another is still in force on the day after its own last day
/// (spec "Bands and sanctions, common rules").
fn stretch_ends(drafts: &[Draft]) -> Vec<bool> {
    let confining = |d: &Draft| {
        matches!(
            d.sanction.kind,
            SanctionKind::Suspension | SanctionKind::Termination
        )
    };
    drafts
        .iter()
        .enumerate()
        .map(|(i, draft)| {
            let Some(after) = draft.last_day.map(next_day) else {
                return false;
            };
            confining(draft)
                && !drafts.iter().enumerate().any(|(j, other)| {
                    j != i
                        && confining(other)
                        && other.sanction.start.is_some_and(|s| s <= after)
                        && other.last_day.is_some_and(|last| after <= last)
                })
        })
        .collect()
}

/// The resumption request that a measure ending a stretch calls for (沪2025 第三十条, 温州
/// 第十条), where the regime asks for one after that kind of measure.
fn resumption_request(
    info: &RegimeInfo,
    index: usize,
    draft: &Draft,
    notes: &mut Notes,
) -> Option<Deadline> {
    let rule = info.procedure.resumption.as_ref()?;
    let sanction = &draft.sanction;
    if !rule.after.contains(&sanction.kind) {
        return None;
    }
    let last: NaiveDate = draft.last_day?;
    let (opens, due) = match rule.window {
        ResumptionWindow::DueBefore(n) => (None, notes.working_days_before(last, n)),
        ResumptionWindow::Within(n) => (Some(notes.working_days_before(last, n)), last),
    };
    Some(Deadline {
        kind: DeadlineKind::ResumptionRequest,
        due,
        opens,
        incident: None,
        sanction: Some(index),
        request: None,
        actor: Actor::Person,
        projected: sanction.projected,
        cite: rule.cite.into(),
        text: rule.text.clone(),
    })
}

/// 沪2025 第三十条, 温州 第十条: each resumption request is decided within its days.
fn resumption_decisions(case: &Case, info: &RegimeInfo, notes: &mut Notes) -> Vec<Deadline> {
    let Some(rule) = &info.procedure.resumption else {
        return Vec::new();
    };
    case.resumption_requests
        .iter()
        .map(|request| Deadline {
            kind: DeadlineKind::ResumptionDecision,
            due: notes.working_days_after(request.on, rule.decided_within),
            opens: None,
            incident: None,
            sanction: None,
            request: Some(request.index),
            actor: Actor::Agency,
            projected: false,
            cite: rule.cite.into(),
            text: rule.decision_text.clone(),
        })
        .collect()
}
