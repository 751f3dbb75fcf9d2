//! Each incident's procedure before its points count: its objection, in time or late,
//! and its decision's day, real or projected from the notice (spec "Pending
//! decisions"); and the check that the regime was in force.

use chrono::NaiveDate;

use crate::scoring::case::{Case, Incident};
use crate::scoring::regimes::{CountsFrom, Projection, RegimeId, RegimeInfo};

use super::{Decision, Notes};

/// The days of an incident's procedure: when the objection was due, whether the one
/// filed was in time, and the day its points take effect (its decision, or the day
/// projected for a pending one).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Days {
    /// The last day to object, when the notice's day is known.
    pub objection_due: Option<NaiveDate>,
    /// The objection filed, when it was filed in time (a late one counts as none:
    /// 沪2025 第十七条 "逾期未申辩的，视为无异议").
    pub timely_objection: Option<NaiveDate>,
    pub decision: Decision,
}

impl Days {
    pub(crate) fn of(info: &RegimeInfo, incident: &Incident, notes: &mut Notes) -> Days {
        let objection = info.objection_rule();
        let objection_due = incident
            .notified_on
            .zip(objection)
            .map(|(n, rule)| notes.working_days_after(n, rule.working_days));
        let timely_objection = match (incident.objection_filed_on, objection_due, objection) {
            (Some(filed), Some(due), Some(rule)) if filed > due => {
                let (cite, days) = (rule.cite, rule.working_days);
                notes.warn_on(
                    incident,
                    "objection_late",
                    Some("objection_filed_on"),
                    format!("{filed} 提出的异议晚于期限 {due}（收到告知后 {days} 个工作日，{cite}）；逾期提出的视为未提出，不引起复核或延长决定期限"),
                    format!("the objection of {filed} came after its deadline, {due} ({days} working days after the notice of {}, {cite}); a late objection counts as none and opens nothing", incident.notified_on.map_or(String::new(), |n| n.to_string())),
                );
                None
            }
            (filed, _, _) => filed,
        };
        let mut days = Days {
            objection_due,
            timely_objection,
            decision: Decision {
                on: incident.decided_on.unwrap_or(NaiveDate::MAX),
                projected: false,
            },
        };
        if let (Some(decided), Some(notified), true) = (
            incident.decided_on,
            incident.notified_on,
            info.pending_decisions(),
        ) {
            days.decision_in_objection_window(info, incident, decided, notified, notes);
        }
        if incident.decided_on.is_none() {
            let on = days.projected_decision(info, incident, notes);
            let note = info.rules.projection_note(on, timely_objection.is_some());
            notes.warn_on(incident, "decision_projected", None, note.zh, note.en);
            days.decision = Decision {
                on,
                projected: true,
            };
        }
        days
    }

    /// 沪2025 第十九条, 沪2023 第八条: the decision follows the objection period. One dated on
    /// or before the objection's last day (or before the notice) is kept as given, and
    /// said (spec v3).
    fn decision_in_objection_window(
        &self,
        info: &RegimeInfo,
        incident: &Incident,
        decided: NaiveDate,
        notified: NaiveDate,
        notes: &mut Notes,
    ) {
        let cite = info.objection_rule().map_or("", |rule| rule.cite);
        let objection = &info.terms.objection;
        if decided < notified {
            notes.warn_on(
                incident,
                "decision_inside_objection_window",
                Some("decided_on"),
                format!("决定日期 {decided} 早于收到{}的日期 {notified}：决定应在{}期满之后作出（{cite}），已按所填日期计算，请核对", info.terms.notice.zh, objection.zh),
                format!("the decision of {decided} is dated before the {} of {notified}: the decision follows the {} period ({cite}); it is computed as given, check it", info.terms.notice.en, objection.en),
            );
        } else if let Some(due) = self.objection_due.filter(|due| decided <= *due) {
            notes.warn_on(
                incident,
                "decision_inside_objection_window",
                Some("decided_on"),
                format!("决定日期 {decided} 在提出{}的期限内（至 {due}，{cite}）：决定应在该期限届满之后作出，已按所填日期计算，请核对", objection.zh),
                format!("the decision of {decided} falls inside the {} period (to {due}, {cite}): the decision follows that period; it is computed as given, check it", objection.en),
            );
        }
    }

    /// The earliest day a pending decision may lawfully come: the first working day after
    /// the objection deadline, or, after a timely objection, after the review's or the
    /// agency's window opened with it (spec v3 "The year may change").
    pub(crate) fn earliest_decision(&self, notes: &mut Notes) -> Option<NaiveDate> {
        let after = self.timely_objection.or(self.objection_due)?;
        Some(notes.working_days_after(after, 1))
    }

    /// The day a deadline counted from `from` starts, where it applies to this incident
    /// (`decided` is its decision's day, `delivered` the decision's delivery deadline).
    pub(crate) fn start(
        &self,
        from: CountsFrom,
        incident: &Incident,
        decided: Option<NaiveDate>,
        delivered: Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        match from {
            CountsFrom::Notice => incident.notified_on,
            CountsFrom::Objection => self.timely_objection,
            CountsFrom::ObjectionDeadlineWithoutObjection => match self.timely_objection {
                Some(_) => None,
                None => self.objection_due,
            },
            CountsFrom::Decision => decided,
            CountsFrom::Delivery => delivered,
        }
    }

    /// The day a pending decision is projected on (spec "Pending decisions"): from the
    /// last of the deadlines before the decision that apply, as the regime's projection
    /// says — its last day (沪2025 第十八条、第十九条: the latest the law allows) or the
    /// working day after it (沪2023 第七条、第八条: the earliest the decision can follow).
    /// The parser admits a pending decision only where the regime projects one, and with
    /// a notice.
    fn projected_decision(
        &self,
        info: &RegimeInfo,
        incident: &Incident,
        notes: &mut Notes,
    ) -> NaiveDate {
        let Some(projection) = info.procedure.projection else {
            return NaiveDate::MAX;
        };
        let last_before = info
            .procedure
            .deadlines
            .iter()
            .filter(|rule| rule.from.before_decision())
            .filter_map(|rule| {
                let start = self.start(rule.from, incident, None, None)?;
                Some(notes.working_days_after(start, rule.working_days))
            })
            .max();
        match (last_before, projection) {
            (None, _) => NaiveDate::MAX,
            (Some(due), Projection::OnItsDue) => due,
            (Some(due), Projection::DayAfterItsDue) => notes.working_days_after(due, 1),
        }
    }
}

/// `regime_not_in_force`: the act (else the decision, real or projected) lies outside
/// the regime's dates; `regime_transition`: the decision came after it was repealed.
pub(crate) fn check_in_force(
    case: &Case,
    info: &RegimeInfo,
    procedures: &[Days],
    notes: &mut Notes,
) {
    for (incident, procedure) in case.incidents.iter().zip(procedures) {
        not_in_force(info, incident, procedure, notes);
        decided_after_repeal(info, incident, procedure.decision.on, notes);
    }
}

/// `regime_not_in_force` for one incident.
fn not_in_force(info: &RegimeInfo, incident: &Incident, procedure: &Days, notes: &mut Notes) {
    let (date, field) = match incident.occurred_on {
        Some(d) => (d, "occurred_on"),
        None => (procedure.decision.on, "decided_on"),
    };
    if info.in_force_on(date) {
        return;
    }
    let suggestion = info.counterpart_on(date);
    let (hint_en, hint_zh) = match suggestion {
        Some(other) => (
            format!(
                "; the regime in force then was {} ({})",
                other.id, other.document
            ),
            format!("；当时施行的是{}", other.document),
        ),
        None => (String::new(), String::new()),
    };
    let span_en = match info.in_force_until {
        Some(until) => format!("from {} to {}", info.in_force_from, until),
        None => format!("from {}", info.in_force_from),
    };
    let span_zh = match info.in_force_until {
        Some(until) => format!("{} 至 {}", info.in_force_from, until),
        None => format!("自 {} 起", info.in_force_from),
    };
    let what_en = if field == "occurred_on" {
        "the act"
    } else {
        "the decision"
    };
    let what_zh = if field == "occurred_on" {
        "行为发生"
    } else {
        "记分决定"
    };
    notes.warn_on(
        incident,
        "regime_not_in_force",
        Some(field),
        format!(
            "{what_zh}日期 {date} 不在{}的施行期间（{span_zh}，{}）内{hint_zh}",
            info.document, info.in_force_cite
        ),
        format!(
            "{what_en} of {date} lies outside the dates {} applies ({span_en}, {}){hint_en}",
            info.document, info.in_force_cite
        ),
    );
    if let Some(last) = notes.warnings.last_mut() {
        last.suggested_regime = suggestion.and_then(|other| RegimeId::parse(other.id));
    }
}

/// Spec v3, 沪2023 "Transition to 沪2025": neither document has a transitional rule; a
/// decision made after this one was repealed came under its successor (which dates points
/// to the decision). It is still computed here, and said, with the successor to open it
/// under.
fn decided_after_repeal(
    info: &RegimeInfo,
    incident: &Incident,
    decided: NaiveDate,
    notes: &mut Notes,
) {
    if !info.repealed_before(decided) {
        return;
    }
    let Some(successor) = info.counterpart_on(decided) else {
        return;
    };
    let until = info
        .in_force_until
        .map_or_else(String::new, |d| d.to_string());
    notes.warn_on(
        incident,
        "regime_transition",
        Some("decided_on"),
        format!("{decided} 的决定作出时，{}已于 {until} 后废止，记分决定适用{}（按决定日期记分）；此处仍按{}计算，可改用{}计算", info.document, successor.document, info.document, successor.document),
        format!("the decision of {decided} came after {} was repealed (its last day {until}): it came under {}, which dates points to the decision; it is still computed here under {}, and can be computed under {} instead", info.document, successor.document, info.document, successor.document),
    );
    if let Some(last) = notes.warnings.last_mut() {
        last.suggested_regime = RegimeId::parse(successor.id);
    }
}
