//! What every point regime shares, asked of the regime wherever its document decides.
//!
//! - [`procedure`]: each incident's objection, in time or late, and its decision's day,
//!   real or projected from the notice; the in-force check.
//! - [`scoring`]: each incident's points (the regime scores an item), several items, an
//!   explicit value, an earlier decision given by its points alone.
//! - [`periods`]: natural and agreement years.
//! - [`measures`]: what a decision decides, before its dates; [`dating`]: its dates.
//! - [`timeline`]: decisions grouped by day and applied in date order to the running total
//!   of their period, with the band rules of the spec's README ("Bands and sanctions,
//!   common rules"), measures and their dates, supersession marks, repairs and resets.
//! - [`deadlines`]: the procedure's deadlines, with who acts.
//! - [`standing`]: the standing on a day, and the outlook once every decision is made.

use chrono::{Days, NaiveDate};

use super::case::Case;
use super::error::CaseError;
use super::outcome::{Evaluation, IncidentResult, Outlook, PeriodResult, RunningTotal, Sanction};
use super::regimes::{Counting, PeriodKind};

mod dating;
mod deadlines;
mod measures;
mod notes;
mod periods;
mod procedure;
mod scoring;
mod standing;
mod timeline;

pub(crate) use measures::{band_or_termination, band_step, Measure, Reached};
pub(crate) use notes::{step, Notes};
pub(crate) use periods::{agreement_year_start, Periods};
pub(crate) use scoring::{fixed, Decision, Scored};

/// The last day of a period of `n` months from `anchor`, saturating instead of failing.
pub(crate) fn months_after(anchor: NaiveDate, n: u32) -> NaiveDate {
    crate::calendar::add_months(anchor, n).unwrap_or(NaiveDate::MAX)
}

pub(crate) fn next_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

/// Evaluates a validated case.
pub(crate) fn evaluate(case: &Case, today: NaiveDate) -> Result<Evaluation, CaseError> {
    let info = case.regime.info();
    let rules = info.rules;
    let as_of = case.as_of.unwrap_or(today);
    let mut notes = Notes::default();
    let procedures: Vec<procedure::Days> = case
        .incidents
        .iter()
        .map(|incident| procedure::Days::of(info, incident, &mut notes))
        .collect();
    procedure::check_in_force(case, info, &procedures, &mut notes);
    if let Some(result) = rules.evaluate(case, as_of, &mut notes) {
        return result.map(|mut evaluation| {
            evaluation.warnings = notes.finish();
            evaluation
        });
    }

    let periods = Periods::new(info.period, case.agreement_start);
    if info.period == PeriodKind::AgreementYear && case.agreement_start.is_none() {
        notes.warn(
            "agreement_start_assumed",
            Some("agreement_start".into()),
            format!("未填写服务协议起始日，协议年度（{}）暂按自然年度计算；请填写服务协议起始日以得到准确周期", info.period_cite),
            format!("without the day the service agreement started, agreement years (协议年度, {}) were taken to be natural years; give that day for exact periods", info.period_cite),
        );
    }

    let mut scored = Vec::with_capacity(case.incidents.len());
    for (incident, days) in case.incidents.iter().zip(&procedures) {
        scored.push(scoring::score(info, incident, days.decision, &mut notes)?);
    }
    rules.absorb(&mut scored);

    let mut timeline = timeline::Timeline::new(case, info, periods, &scored, notes);
    timeline.run()?;
    let timeline::Done {
        mut drafts,
        tracks,
        mut notes,
    } = timeline.done();

    // A measure is projected when it rests on a projected decision of its period.
    for draft in &mut drafts {
        draft.sanction.projected = scored.iter().any(|s| {
            s.decision.projected
                && s.decision.on <= draft.sanction.decided_on
                && periods.of(s.decision.on).map(|p| p.label) == Some(draft.period.clone())
        });
    }

    let deadlines = deadlines::all(case, info, &scored, &procedures, &mut drafts, &mut notes);

    let deducted = info.counting == Counting::PointsDeducted;
    let remaining = |total: u32| deducted.then(|| 12u32.saturating_sub(total));
    let incidents = scored
        .iter()
        .map(|s| IncidentResult {
            id: s.incident.id.clone(),
            points: Some(s.points),
            range: Some(s.range),
            counted: s.counted,
            added: Some(s.added),
            period: periods.of(s.decision.on).map(|p| p.label),
            decided_on: s.decision.on,
            projected: s.decision.projected,
            item: s.item.map(|i| i.code.to_string()),
            trace: s.trace.clone(),
            fine: None,
        })
        .collect();
    let period_results = tracks
        .iter()
        .filter(|t| t.has_incidents)
        .map(|t| PeriodResult {
            period: t.period.label.clone(),
            start: t.period.start,
            end: t.period.end,
            total: t.final_total(),
            remaining: remaining(t.final_total()),
            running: t
                .changes
                .iter()
                .map(|&(date, total)| RunningTotal { date, total })
                .collect(),
        })
        .collect();

    let flags = rules.flags(&scored, &periods);

    let sanctions: Vec<Sanction> = drafts.into_iter().map(|d| d.sanction).collect();
    let standing = standing::Standing {
        case,
        info,
        periods: &periods,
        tracks: &tracks,
        sanctions: &sanctions,
        deadlines: &deadlines,
    };
    let status = standing.on(as_of);
    // Once every decision is made and every measure decided has begun (spec v3: 温州's
    // measures start 15 working days after their decision).
    let last_decision = scored.iter().map(|s| next_day(s.decision.on)).max();
    let last_start = sanctions.iter().filter_map(|s| s.start).max();
    let outlook = last_decision
        .into_iter()
        .chain(last_start)
        .max()
        .filter(|on| *on > as_of)
        .map(|on| Outlook {
            on,
            status: standing.on(on),
        });
    let outlook_alternative =
        year_may_change(case, &periods, &scored, &procedures, today, &mut notes)?;
    Ok(Evaluation {
        regime: case.regime,
        as_of,
        incidents,
        periods: period_results,
        sanctions,
        deadlines,
        status,
        outlook,
        outlook_alternative,
        flags,
        warnings: notes.finish(),
    })
}

/// Spec v3 "The year may change": a pending decision whose earliest lawful day lies in
/// another period than its projected day is said, and the outlook is given as if it came
/// on that earliest day (a December 告知书: 12-31 and 01-04 lead to different years).
fn year_may_change(
    case: &Case,
    periods: &Periods,
    scored: &[Scored],
    procedures: &[procedure::Days],
    today: NaiveDate,
    notes: &mut Notes,
) -> Result<Option<Outlook>, CaseError> {
    let mut earlier = case.clone();
    let mut uncertain = false;
    for (s, days) in scored.iter().zip(procedures) {
        let Some(earliest) = days
            .earliest_decision(notes)
            .filter(|_| s.decision.projected)
        else {
            continue;
        };
        let (projected, first) = (periods.of(s.decision.on), periods.of(earliest));
        if projected.as_ref().map(|p| &p.label) == first.as_ref().map(|p| &p.label) {
            continue;
        }
        let label = |p: Option<periods::Period>| p.map_or_else(String::new, |p| p.label);
        let (projected, first) = (label(projected), label(first));
        let on = s.decision.on;
        notes.warn_on(
            s.incident,
            "decision_period_uncertain",
            None,
            format!("决定最早可在 {earliest}（{first} 年度）作出，预计最迟在 {on}（{projected} 年度）作出：记分计入哪一年度，取决于作出决定的日期，两种结果均已列出"),
            format!("the decision may come as early as {earliest} (period {first}) and is projected for {on} (period {projected}): which year the points count in depends on the day it is made, and both outcomes are shown"),
        );
        if let Some(incident) = earlier.incidents.get_mut(s.incident.index) {
            incident.decided_on = Some(earliest);
            uncertain = true;
        }
    }
    if !uncertain {
        return Ok(None);
    }
    Ok(evaluate(&earlier, today)?.outlook)
}
