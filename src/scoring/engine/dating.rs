//! A measure's dates: when it starts (the day after its decision, or after the notice a
//! regime requires first), how many months or years it lasts (the office's choice where the
//! law gives a range, checked against it), and its last day by the Civil Code's month rule.

use chrono::NaiveDate;

use crate::scoring::case::Incident;
use crate::scoring::error::{CaseError, ErrorCode, Problem};
use crate::scoring::outcome::{MonthsMeasure, Sanction, SanctionKind, Step, TerminationBar};
use crate::scoring::regimes::{Duration, RegimeInfo};
use crate::scoring::text::Text;

use super::{months_after, next_day, step, Measure, Notes};

/// A measure with its dates.
pub(crate) struct Dated {
    pub sanction: Sanction,
    /// The first day in force, for a measure with a duration.
    pub start: Option<NaiveDate>,
    /// The last day in force (`end` or `bar_until`).
    pub last_day: Option<NaiveDate>,
    /// How the measure and its dates were reached.
    pub trace: Vec<Step>,
}

/// Dates the measure decided on `day` by `trigger` (the last counted incident of the
/// decision; `group` all of them, whose chosen months or years must be lawful).
pub(crate) fn date(
    info: &RegimeInfo,
    notes: &mut Notes,
    day: NaiveDate,
    trigger: &Incident,
    group: &[&Incident],
    one_shot_points: u32,
    measure: Measure,
) -> Result<Dated, CaseError> {
    let mut trace = measure.trace.clone();
    let (start, anchor) = start(info, notes, day, measure.kind, &mut trace);
    let mut sanction = Sanction {
        kind: measure.kind,
        decided_on: day,
        trigger: trigger.id.clone(),
        cite: measure.cite.clone(),
        text: measure.text.clone(),
        gloss: measure.gloss.clone(),
        start: None,
        months: None,
        bar: None,
        superseded_on: None,
        projected: false,
        discretionary: false,
        extended: false,
        trace: Vec::new(),
    };
    let basis = Basis {
        day,
        trigger,
        group,
        anchor,
    };
    let mut last_day = None;
    match measure.duration {
        Duration::None => {}
        Duration::Months { min, max } => {
            let months = months(&measure, &basis, [min, max], &mut trace)?;
            sanction.start = Some(start);
            last_day = Some(months.end);
            sanction.months = Some(months);
        }
        Duration::Bar { min, max } => {
            let mut bar = bar(info, &measure, &basis, [min, max], &mut trace)?;
            // 一次性记满/扣满 12 分 is a fact in every regime (spec v2).
            bar.one_shot = measure.one_shot || one_shot_points >= 12;
            sanction.start = Some(start);
            last_day = Some(bar.bar_until);
            sanction.bar = Some(bar);
        }
    }
    Ok(Dated {
        start: sanction.start,
        sanction,
        last_day,
        trace,
    })
}

/// What a measure's duration is counted from and checked against.
struct Basis<'a, 'i> {
    /// The decision's day.
    day: NaiveDate,
    /// The incident whose `months` or `bar_years` the office chose.
    trigger: &'a Incident,
    /// Every incident of the decision, whose choices must be lawful.
    group: &'a [&'i Incident],
    /// The day the months or years count from (the day before the start).
    anchor: NaiveDate,
}

/// The first day in force, and the day its months or years count from: the day after the
/// decision, or, where the regime requires notice first (温州 第二十条), the notice's last
/// working day, its months counted from the day before.
fn start(
    info: &RegimeInfo,
    notes: &mut Notes,
    day: NaiveDate,
    kind: SanctionKind,
    trace: &mut Vec<Step>,
) -> (NaiveDate, NaiveDate) {
    let confining = matches!(kind, SanctionKind::Suspension | SanctionKind::Termination);
    let Some(notice) = info.procedure.measure_notice.filter(|_| confining) else {
        return (next_day(day), day);
    };
    let n = notice.working_days;
    let start = notes.working_days_after(day, n);
    trace.push(step(
        notice.cite,
        format!("应提前 {n} 个工作日书面告知：自决定后第 {n} 个工作日（{start}）起执行，期限自前一日起算"),
        format!("notified {n} working days ahead: in force from the {n}th working day after the decision, {start}; its months count from the day before"),
    ));
    (start, start.pred_opt().unwrap_or(start))
}

/// A measure of `min` to `max` months: the office's choice (the trigger's `months`),
/// else the shortest, with its last day by the month rule.
fn months(
    measure: &Measure,
    basis: &Basis,
    [min, max]: [u32; 2],
    trace: &mut Vec<Step>,
) -> Result<MonthsMeasure, CaseError> {
    let Basis {
        day,
        trigger,
        group,
        anchor,
    } = *basis;
    for incident in group {
        if let Some(months) = incident.months.filter(|m| *m < min || *m > max) {
            return Err(CaseError::new(
                ErrorCode::MonthsOutOfRange,
                incident.path("months"),
                Problem::MonthsOutOfRange {
                    measure: Text::new(measure.kind.zh(), measure.kind.code().replace('_', " ")),
                    day,
                    min,
                    max,
                    cite: measure.cite.clone(),
                    months,
                },
            ));
        }
    }
    let months = trigger.months.unwrap_or(min);
    let end = months_after(anchor, months);
    if min != max {
        trace.push(step(
            measure.cite.clone(),
            match trigger.months {
                Some(m) => format!("经办机构在 {min}—{max} 个月内确定为 {m} 个月"),
                None => format!("期限 {min}—{max} 个月；未确定前按最短的 {min} 个月显示（最迟至 {}）", months_after(anchor, max)),
            },
            match trigger.months {
                Some(m) => format!("the office chose {m} months within {min}–{max}"),
                None => format!("{min} to {max} months; the shortest, {min}, is shown until the office chooses (latest end {})", months_after(anchor, max)),
            },
        ));
    }
    trace.push(step(
        "民法典第二百零一条、第二百零二条",
        format!(
            "{months} 个月自 {anchor} 的次日起算：{} 至 {end}",
            next_day(anchor)
        ),
        format!(
            "{months} month{} counted from the day after {anchor}: in force {} to {end}",
            if months == 1 { "" } else { "s" },
            next_day(anchor)
        ),
    ));
    Ok(MonthsMeasure {
        months,
        min_months: min,
        max_months: max,
        end,
        latest_end: months_after(anchor, max),
        earliest_end: end,
    })
}

/// A termination's bar of `min` to `max` years: the office's choice where the law gives a
/// range (济宁 五（二）: 1–2 years; elsewhere `bar_years` has no effect), else the shortest.
fn bar(
    info: &RegimeInfo,
    measure: &Measure,
    basis: &Basis,
    [min, max]: [u32; 2],
    trace: &mut Vec<Step>,
) -> Result<TerminationBar, CaseError> {
    let Basis {
        day,
        trigger,
        group,
        anchor,
    } = *basis;
    let terms = &info.terms;
    let bar_cite = match &measure.bar_cite {
        Some(cite) => cite.clone(),
        None if terms.bar_cite.is_empty() => measure.cite.clone(),
        None => terms.bar_cite.to_string(),
    };
    if min != max {
        for incident in group {
            if let Some(years) = incident.bar_years.filter(|y| *y < min || *y > max) {
                return Err(CaseError::new(
                    ErrorCode::BarYearsOutOfRange,
                    incident.path("bar_years"),
                    Problem::BarYearsOutOfRange {
                        termination: terms.termination.clone(),
                        barred: terms.barred.clone(),
                        day,
                        min,
                        max,
                        cite: bar_cite.clone(),
                        years,
                    },
                ));
            }
        }
    }
    let chosen = if min != max { trigger.bar_years } else { None };
    let years = chosen.unwrap_or(min);
    let until = months_after(anchor, years.saturating_mul(12));
    let latest = months_after(anchor, max.saturating_mul(12));
    if min != max {
        trace.push(step(
            bar_cite.clone(),
            match chosen {
                Some(y) => format!("经办机构在 {min}—{max} 年内确定为 {y} 年"),
                None => format!("视情节严重程度 {min}—{max} 年；未确定前按最短的 {min} 年显示（最迟至 {latest}）"),
            },
            match chosen {
                Some(y) => format!("the office chose a bar of {y} year{} within {min}–{max}", if y == 1 { "" } else { "s" }),
                None => format!("a bar of {min} to {max} years by the seriousness of the case; the shortest, {min}, is shown until the office chooses (latest {latest})"),
            },
        ));
    }
    trace.push(step(
        bar_cite,
        format!(
            "自 {anchor} 起 {years} 年内{}：至 {until}（含当日）",
            terms.barred.zh
        ),
        format!(
            "{} for {years} year{} from {anchor}: barred until {until}, that day included",
            terms.barred.en,
            if years == 1 { "" } else { "s" }
        ),
    ));
    Ok(TerminationBar {
        one_shot: false,
        bar_years: years,
        bar_max_years: max,
        bar_until: until,
        bar_earliest_until: until,
        bar_latest_until: latest,
    })
}
