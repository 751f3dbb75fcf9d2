//! The standing on a day: the heaviest measure in force, the period's total, and the
//! nearest band above it.

use chrono::NaiveDate;

use crate::scoring::case::Case;
use crate::scoring::outcome::{NextBand, Sanction, SanctionKind, State, Status};
use crate::scoring::regimes::{Counting, Duration, RegimeInfo};

use super::timeline::{earlier_totals, Track};
use super::{Measure, Periods, Reached};

/// The last day a measure confines the person, `None` for one that does not confine or,
/// extended, has no last day yet.
fn confining_until(s: &Sanction) -> Option<Option<NaiveDate>> {
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
    Some((!s.extended).then_some(last))
}

/// What the standing on a day is read from.
pub(crate) struct Standing<'a> {
    pub case: &'a Case,
    pub info: &'static RegimeInfo,
    pub periods: &'a Periods,
    pub tracks: &'a [Track],
    pub sanctions: &'a [Sanction],
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
                    let until = confining_until(s)?;
                    until.is_none_or(|last| day <= last).then_some((i, until))
                })
                // The latest to end gives the state (open-ended last), then the latest decided.
                .max_by_key(|(i, until)| (until.is_none(), *until, *i))
                .map(|(i, _)| i)
        };
        let (state, measure) = [
            (SanctionKind::Termination, State::Terminated),
            (SanctionKind::Suspension, State::Suspended),
            (SanctionKind::Training, State::Training),
        ]
        .into_iter()
        .find_map(|(kind, state)| in_force(kind).map(|i| (state, Some(i))))
        .unwrap_or((State::Normal, None));
        let next = info.bands.get(info.band_index(total)).map(|band| {
            let mut measure = Measure::of_band(band);
            if let Some(p) = &period {
                let reached = Reached {
                    total: band.from,
                    band: Some(band),
                    rose: true,
                    one_shot_points: 0,
                    serious: false,
                    earlier_totals: earlier_totals(periods, tracks, case, p),
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
            exam_format,
        }
    }
}
