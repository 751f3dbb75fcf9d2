//! What the engine says beside the result: warnings, and whether the calendar had to
//! fall back on the statutory holidays.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};

use crate::calendar;
use crate::scoring::case::Incident;
use crate::scoring::outcome::{Step, Warning};
use crate::scoring::text::Text;

/// A step of a trace, citing the article it applies; Chinese first.
pub(crate) fn step(
    cite: impl Into<String>,
    zh: impl Into<Cow<'static, str>>,
    en: impl Into<Cow<'static, str>>,
) -> Step {
    Step {
        text: Text::new(zh, en),
        cite: cite.into(),
    }
}

/// Collects warnings, and notes when the calendar had to fall back to weekends.
#[derive(Debug, Default)]
pub(crate) struct Notes {
    pub warnings: Vec<Warning>,
    calendar_gap: bool,
}

impl Notes {
    pub(crate) fn warn(
        &mut self,
        code: &'static str,
        path: Option<String>,
        zh: impl Into<Cow<'static, str>>,
        en: impl Into<Cow<'static, str>>,
    ) {
        self.warnings.push(Warning {
            code,
            incident: None,
            message: Text::new(zh, en),
            path,
            suggested_regime: None,
        });
    }

    /// A warning about an incident (its `field`, or the whole incident): the words say
    /// what, the warning names the incident (事件 a：…).
    pub(crate) fn warn_on(
        &mut self,
        incident: &Incident,
        code: &'static str,
        field: Option<&str>,
        zh: impl Into<Cow<'static, str>>,
        en: impl Into<Cow<'static, str>>,
    ) {
        self.warnings.push(Warning {
            code,
            incident: Some(incident.id.clone()),
            message: Text::new(zh, en),
            path: Some(match field {
                Some(field) => incident.path(field),
                None => format!("incidents[{}]", incident.index),
            }),
            suggested_regime: None,
        });
    }

    /// The `n`-th working day after `date`.
    pub(crate) fn working_days_after(&mut self, date: NaiveDate, n: u32) -> NaiveDate {
        match calendar::working_days_after(date, n) {
            Some(r) => {
                self.calendar_gap |= !r.covered;
                r.date
            }
            None => NaiveDate::MAX,
        }
    }

    /// The `n`-th working day before `date`.
    pub(crate) fn working_days_before(&mut self, date: NaiveDate, n: u32) -> NaiveDate {
        match calendar::working_days_before(date, n) {
            Some(r) => {
                self.calendar_gap |= !r.covered;
                r.date
            }
            None => NaiveDate::MIN,
        }
    }

    pub(crate) fn finish(mut self) -> Vec<Warning> {
        if self.calendar_gap {
            let from = calendar::arrangements::COVERED_FROM.year();
            let until = calendar::arrangements::COVERED_UNTIL.year();
            self.warn(
                "calendar_not_covered",
                None,
                format!("部分工作日落在 {from}—{until} 年以外，日历未收录当年国务院放假安排：已按周末、《全国年节及纪念日放假办法》规定的法定节假日（元旦、春节含除夕、清明节、劳动节、端午节、中秋节、国庆节）及其补假（第六条：节日适逢周六、周日的，在工作日补假）推算；当年放假安排公布后可能调整放假和调休上班的日子，请届时核对相关期限"),
                format!("some working days fall outside {from}–{until}, the years whose official holiday arrangements (放假安排) the calendar holds; for them weekends, the statutory holidays of 《全国年节及纪念日放假办法》 (元旦, 春节 with 除夕, 清明, 劳动节, 端午, 中秋, 国庆) and their substitute days off (补假, its Art. 6: a holiday on a Saturday or Sunday is made up on a working day) were skipped; the year's official arrangement may still move days off and make-up working days (调休), so check those deadlines against it once it is published"),
            );
        }
        self.warnings
    }
}
