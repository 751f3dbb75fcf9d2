//! The scoring periods: natural years, or agreement years from the person's agreement
//! start (温州 第十三条).

use chrono::{Datelike, NaiveDate};

use crate::scoring::regimes::PeriodKind;

/// The first day of the agreement year that starts in `year`, for an agreement that
/// started on `anchor` (a 29 February start uses 28 February in other years).
pub(crate) fn agreement_year_start(anchor: NaiveDate, year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, anchor.month(), anchor.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, 2, 28))
}

/// A scoring period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Period {
    pub label: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
}

/// How a case's dates fall into periods.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Periods {
    kind: PeriodKind,
    /// Agreement start (温州); natural years are used without it.
    anchor: Option<NaiveDate>,
}

impl Periods {
    pub(crate) fn new(kind: PeriodKind, anchor: Option<NaiveDate>) -> Periods {
        Periods { kind, anchor }
    }

    pub(crate) fn of(&self, date: NaiveDate) -> Option<Period> {
        match (self.kind, self.anchor) {
            (PeriodKind::None, _) => None,
            (PeriodKind::NaturalYear, _) => Some(Period {
                label: date.year().to_string(),
                start: NaiveDate::from_ymd_opt(date.year(), 1, 1)?,
                end: NaiveDate::from_ymd_opt(date.year(), 12, 31)?,
            }),
            (PeriodKind::AgreementYear, anchor) => {
                let anchor = anchor.or_else(|| NaiveDate::from_ymd_opt(2000, 1, 1))?;
                let mut start = agreement_year_start(anchor, date.year())?;
                if start > date {
                    start = agreement_year_start(anchor, date.year() - 1)?;
                }
                let end = agreement_year_start(anchor, start.year() + 1)?.pred_opt()?;
                Some(Period {
                    label: start.to_string(),
                    start,
                    end,
                })
            }
        }
    }

    pub(crate) fn before(&self, period: &Period) -> Option<Period> {
        self.of(period.start.pred_opt()?)
    }
}
