//! The procedure's deadlines, each with who must act: those that follow an incident
//! (its notice, objection and decision, as the regime lists them), the resumption request
//! a measure ending a stretch calls for, and the agency's decision on each request. A
//! deadline the case shows met carries the day (`done_on`, spec v3).

use chrono::NaiveDate;

use crate::scoring::case::Case;
use crate::scoring::outcome::{Actor, Deadline, DeadlineKind, SanctionKind};
use crate::scoring::regimes::{CountsFrom, RegimeInfo, Resumption, ResumptionWindow};

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
    if let Some(rule) = &info.procedure.resumption {
        let windows: Vec<Option<Window>> = drafts
            .iter()
            .map(|draft| window(rule, draft, notes))
            .collect();
        let stretch_ends = stretch_ends(drafts, &windows);
        for (index, draft) in drafts.iter_mut().enumerate() {
            let Some(window) = windows[index].filter(|_| stretch_ends[index]) else {
                continue;
            };
            let deadline = resumption_request(case, rule, index, draft, window);
            info.rules
                .resumption_window(case, &mut draft.sanction, &deadline, notes);
            deadlines.push(deadline);
        }
        deadlines.extend(resumption_decisions(case, rule, notes));
    }
    crate::calendar::sort_by_key(&mut deadlines, |d| d.due);
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
    // The act that meets a deadline, where the case records it: the objection filed in
    // time, the decision made (not projected).
    let real_decision = incident.decided_on;
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
        let done_on = match rule.kind {
            DeadlineKind::Objection => days.timely_objection,
            DeadlineKind::AgencyDecision | DeadlineKind::Review => real_decision,
            _ => None,
        };
        out.push(Deadline {
            kind: rule.kind,
            due: notes.working_days_after(from, rule.working_days),
            opens: None,
            incident: Some(incident.id.clone()),
            sanction: None,
            request: None,
            actor: rule.actor,
            projected: follows_decision && scored.decision.projected,
            done_on,
            cite: rule.cite.to_string(),
            text: rule.text.clone(),
        });
    }
    out
}

/// The days a resumption request may be made in: `opens` (where the law sets a first
/// day) to `due`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    pub opens: Option<NaiveDate>,
    pub due: NaiveDate,
}

impl Window {
    /// Whether a request on `day` is in time for a measure decided on `decided`.
    pub(crate) fn holds(&self, day: NaiveDate, decided: NaiveDate) -> bool {
        self.opens.unwrap_or(decided) <= day && day <= self.due
    }
}

/// The window of the resumption request a measure calls for, where the regime asks for
/// one after that kind of measure (沪2025 第三十条, 温州 第十条).
fn window(rule: &Resumption, draft: &Draft, notes: &mut Notes) -> Option<Window> {
    if !rule.after.contains(&draft.sanction.kind) {
        return None;
    }
    let last = draft.last_day?;
    Some(match rule.window {
        ResumptionWindow::DueBefore(n) => Window {
            opens: None,
            due: notes.working_days_before(last, n),
        },
        ResumptionWindow::Within(n) => Window {
            opens: Some(notes.working_days_before(last, n)),
            due: last,
        },
    })
}

/// For each measure, whether it ends a continuous stretch of suspension or termination:
/// a measure does not when another is still in force on the day after its own last day
/// (spec "Bands and sanctions, common rules"). Judged with the measures decided on or
/// before its request's due day (spec v3): a deadline that has come stays, even when a
/// later decision starts a new measure the day after — hindsight does not erase a duty
/// the person had.
fn stretch_ends(drafts: &[Draft], windows: &[Option<Window>]) -> Vec<bool> {
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
            let (Some(after), Some(window)) = (draft.last_day.map(next_day), windows[i]) else {
                return false;
            };
            confining(draft)
                && !drafts.iter().enumerate().any(|(j, other)| {
                    j != i
                        && confining(other)
                        && other.sanction.decided_on <= window.due
                        && other.sanction.start.is_some_and(|s| s <= after)
                        && other.last_day.is_some_and(|last| after <= last)
                })
        })
        .collect()
}

/// The resumption request that a measure ending a stretch calls for, met by a request
/// the case gives in its window.
fn resumption_request(
    case: &Case,
    rule: &Resumption,
    index: usize,
    draft: &Draft,
    window: Window,
) -> Deadline {
    let decided = draft.sanction.decided_on;
    Deadline {
        kind: DeadlineKind::ResumptionRequest,
        due: window.due,
        opens: window.opens,
        incident: None,
        sanction: Some(index),
        request: None,
        actor: Actor::Person,
        projected: draft.sanction.projected,
        done_on: case
            .requests()
            .iter()
            .map(|r| r.on)
            .find(|on| window.holds(*on, decided)),
        cite: rule.cite.into(),
        text: rule.text.clone(),
    }
}

/// 沪2025 第三十条, 温州 第十条: each resumption request is decided within its days; a
/// restoration the case gives on or after the request meets it.
fn resumption_decisions(case: &Case, rule: &Resumption, notes: &mut Notes) -> Vec<Deadline> {
    case.requests()
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
            done_on: case
                .restorations
                .iter()
                .map(|r| r.on)
                .filter(|on| *on >= request.on)
                .min(),
            cite: rule.cite.into(),
            text: rule.decision_text.clone(),
        })
        .collect()
}
