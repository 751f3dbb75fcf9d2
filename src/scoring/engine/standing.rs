//! The standing on a day: the heaviest measure in force, the period's total, and the
//! nearest band above it.

use chrono::NaiveDate;

use crate::scoring::case::Case;
use crate::scoring::outcome::{
    Awaiting, Deadline, DeadlineKind, NextBand, Sanction, SanctionKind, State, Status,
};
use crate::scoring::regimes::{Counting, Duration, NeededWhen, RegimeInfo};

use super::timeline::{earlier_starts, earlier_totals, Track};
use super::{Measure, Periods, Reached};

/// The last day a measure confines the person: `None` for one that does not confine,
/// `Some(None)` for one extended with no last day yet (温州 第十条 without the agreement's
/// end).
fn confining_until(case: &Case, s: &Sanction) -> Option<Option<NaiveDate>> {
    if !matches!(
        s.kind,
        SanctionKind::Termination | SanctionKind::Suspension | SanctionKind::Training
    ) {
        return None;
    }
    let last = match (s.months, s.bar) {
        (_, Some(b)) => b.bar_until,
        (Some(m), _) => m.end,
        _ => return None,
    };
    // Extended for want of a resumption request (温州 第十条): to the agreement's end
    // ("直至协议期满解除") where the case gives it, else open-ended.
    if s.extended {
        return Some(case.agreement_end.map(|end| end.max(last)));
    }
    Some(Some(last))
}

/// What the standing on a day is read from.
pub(crate) struct Standing<'a> {
    pub case: &'a Case,
    pub info: &'static RegimeInfo,
    pub periods: &'a Periods,
    pub tracks: &'a [Track],
    pub sanctions: &'a [Sanction],
    pub deadlines: &'a [Deadline],
}

impl Standing<'_> {
    /// The standing on `day`: every measure counts to its own last day, superseded or not;
    /// a termination's bar comes before a suspension, a suspension before 沪2023's 离岗培训.
    pub(crate) fn on(&self, day: NaiveDate) -> Status {
        let Standing {
            case,
            info,
            periods,
            tracks,
            sanctions,
            ..
        } = *self;
        let period = periods.of(day);
        let total = period
            .as_ref()
            .and_then(|p| tracks.iter().find(|t| &t.period == p))
            .map_or(0, |t| t.total_on(day));
        let in_force = |kind: SanctionKind| {
            sanctions
                .iter()
                .enumerate()
                .filter(|(_, s)| s.kind == kind && s.start.is_some_and(|start| start <= day))
                .filter_map(|(i, s)| {
                    let until = confining_until(case, s)?;
                    until.is_none_or(|last| day <= last).then_some((i, until))
                })
                // The latest to end gives the state (open-ended last), then the latest decided.
                .max_by_key(|(i, until)| (until.is_none(), *until, *i))
                .map(|(i, _)| i)
        };
        let (state, measure, awaiting, awaiting_since) = [
            (SanctionKind::Termination, State::Terminated),
            (SanctionKind::Suspension, State::Suspended),
            (SanctionKind::Training, State::Training),
        ]
        .into_iter()
        .find_map(|(kind, state)| in_force(kind).map(|i| (state, Some(i), None, None)))
        .unwrap_or_else(|| match self.awaiting_restoration(day) {
            Some((i, awaiting, last)) => (
                State::RestorationPending,
                Some(i),
                Some(awaiting),
                last.succ_opt(),
            ),
            None => (State::Normal, None, None, None),
        });
        // No band can add to a termination (spec v3).
        let bands = if state == State::Terminated {
            &[][..]
        } else {
            info.bands
        };
        let next = bands.get(info.band_index(total)).map(|band| {
            let mut measure = Measure::of_band(band);
            if let Some(p) = &period {
                let reached = Reached {
                    total: band.from,
                    band: Some(band),
                    rose: true,
                    one_shot_points: 0,
                    serious: false,
                    earlier_totals: earlier_totals(periods, tracks, case, p),
                    earlier_starts: earlier_starts(periods, p),
                    decision_points: 0,
                    several: false,
                    terminated: false,
                };
                measure = info.rules.measure(&reached).unwrap_or(measure);
            }
            let (min_months, max_months, bar_years) = match measure.duration {
                Duration::None => (None, None, None),
                Duration::Months { min, max } => (Some(min), Some(max), None),
                Duration::Bar { min, .. } => (None, None, Some(min)),
            };
            NextBand {
                at: band.from,
                points_needed: band.from.saturating_sub(total),
                measure: measure.kind,
                cite: measure.cite,
                min_months,
                max_months,
                bar_years,
            }
        });
        let exam_format = info.rules.exam_format(case, day);
        Status {
            state,
            period: period.map(|p| p.label),
            total: Some(total),
            remaining: (info.counting == Counting::PointsDeducted)
                .then(|| 12u32.saturating_sub(total)),
            next,
            measure,
            awaiting,
            awaiting_since,
            exam_format,
        }
    }

    /// When no measure covers `day`: the measure whose term ended last, what restores
    /// the person, and the term's last day (an extension's included), if its end needs an
    /// act that the case does not show (spec v3 "After a measure's term").
    fn awaiting_restoration(&self, day: NaiveDate) -> Option<(usize, Awaiting, NaiveDate)> {
        let Standing {
            case,
            info,
            sanctions,
            deadlines,
            ..
        } = *self;
        let (index, ended, last) = sanctions
            .iter()
            .enumerate()
            .filter(|(_, s)| s.start.is_some_and(|start| start <= day))
            .filter_map(|(i, s)| Some((i, s, confining_until(case, s)??)))
            .filter(|(_, _, last)| *last < day)
            .max_by_key(|(i, _, last)| (*last, *i))?;
        let rule = info.procedure.after_term.iter().find(|rule| {
            rule.after == ended.kind
                && match rule.when {
                    NeededWhen::Always => true,
                    NeededWhen::Extended => ended.extended,
                    // A case that does not say assumes a timely request (spec v2).
                    NeededWhen::WithoutTimelyRequest => {
                        case.resumption_requests.is_some()
                            && deadlines.iter().any(|d| {
                                d.kind == DeadlineKind::ResumptionRequest
                                    && d.sanction == Some(index)
                                    && d.done_on.is_none()
                            })
                    }
                }
        })?;
        let restored = case
            .restorations
            .iter()
            .any(|r| last <= r.on && r.on <= day);
        (!restored).then_some((index, rule.awaiting, last))
    }
}
