//! The shared timeline: incidents scored, grouped into decisions, applied in date
//! order to the running total of their period, with the band rules of the spec's
//! README ("Bands and sanctions, common rules") and each regime's own rules.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::case::{Case, Incident, RepairKind};
use super::catalogue::{Item, ItemValue};
use super::error::{CaseError, ErrorCode};
use super::outcome::{
    Actor, Deadline, DeadlineKind, Evaluation, IncidentResult, MonthsMeasure, NextBand, Outlook,
    PeriodResult, RunningTotal, Sanction, SanctionKind, Status, Step, TerminationBar, Warning,
};
use super::regimes::{
    jining_2024, shanghai_2020, shanghai_2023, shanghai_2025, wenzhou_2014, Band, Counting,
    Duration, PeriodKind, RegimeId, RegimeInfo,
};
use crate::calendar;

/// A step of a trace, in both languages.
pub(crate) fn step(cite: impl Into<String>, en: impl Into<String>, zh: impl Into<String>) -> Step {
    Step {
        text: en.into(),
        text_zh: zh.into(),
        cite: cite.into(),
    }
}

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

    fn before(&self, period: &Period) -> Option<Period> {
        self.of(period.start.pred_opt()?)
    }
}

/// The day an incident's points take effect, and whether it is projected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub on: NaiveDate,
    /// No decision was given: `on` is projected from the notice (spec "Pending decisions").
    pub projected: bool,
}

/// An incident with its points.
#[derive(Debug, Clone)]
pub(crate) struct Scored<'c> {
    pub incident: &'c Incident,
    pub decision: Decision,
    /// The item that gave the points; `None` for an earlier decision given by its points.
    pub item: Option<&'static Item>,
    pub points: u32,
    pub range: [u32; 2],
    pub counted: bool,
    pub trace: Vec<Step>,
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
        en: String,
        zh: String,
    ) {
        self.warnings.push(Warning {
            code,
            message: en,
            message_zh: zh,
            path,
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

    /// The warnings so far, for a regime that counts no working days.
    pub(crate) fn warnings_only(self) -> Vec<Warning> {
        self.finish()
    }

    fn finish(mut self) -> Vec<Warning> {
        if self.calendar_gap {
            let from = calendar::arrangements::COVERED_FROM.year();
            let until = calendar::arrangements::COVERED_UNTIL.year();
            self.warn(
                "calendar_not_covered",
                None,
                format!("some working days fall outside {from}–{until}, the years whose official holiday arrangements (放假安排) the calendar holds; for them weekends and the statutory holidays of 《全国年节及纪念日放假办法》 (元旦, 春节 with 除夕, 清明, 劳动节, 端午, 中秋, 国庆) were skipped, but not the bridging days off or make-up working days (调休) the year's arrangement may set, so check those deadlines against it once it is published"),
                format!("部分工作日落在 {from}—{until} 年以外，日历未收录当年国务院放假安排：已按周末和《全国年节及纪念日放假办法》规定的法定节假日（元旦、春节含除夕、清明节、劳动节、端午节、中秋节、国庆节）推算，未计入当年放假安排可能另定的调休放假和调休上班；请在当年放假安排公布后核对相关期限"),
            );
        }
        self.warnings
    }
}

/// The last day of a period of `n` months from `anchor`, saturating instead of failing.
fn months_after(anchor: NaiveDate, n: u32) -> NaiveDate {
    calendar::add_months(anchor, n).unwrap_or(NaiveDate::MAX)
}

fn next_day(date: NaiveDate) -> NaiveDate {
    date.checked_add_days(Days::new(1)).unwrap_or(date)
}

/// What a regime decides when a decision moves the total into a higher band.
#[derive(Debug, Clone)]
pub(crate) struct Reached {
    /// The new running total.
    pub total: u32,
    /// The band reached.
    pub band: &'static Band,
    /// The most points one counted incident of the decision scored (一次性记分).
    pub one_shot_points: u32,
    /// A counted incident of the period so far was `serious` (温州).
    pub serious: bool,
    /// The totals of the two periods before, where known (三年连续).
    pub earlier_totals: [Option<u32>; 2],
    /// A termination of this period is in force.
    pub terminated: bool,
}

/// The measure a regime decides, before its dates are computed.
#[derive(Debug, Clone)]
pub(crate) struct Measure {
    pub kind: SanctionKind,
    pub cite: String,
    pub text: String,
    pub gloss: String,
    pub duration: Duration,
    pub one_shot: bool,
    pub trace: Vec<Step>,
}

/// The step that says which band a total falls in, citing the band.
pub(crate) fn band_step(band: &Band, total: u32) -> Step {
    let range = match band.to {
        Some(to) if to == band.from => band.from.to_string(),
        Some(to) => format!("{}–{to}", band.from),
        None => format!("{} or more", band.from),
    };
    let range_zh = match band.to {
        Some(to) if to == band.from => format!("{} 分", band.from),
        Some(to) => format!("{}—{to} 分", band.from),
        None => format!("{} 分及以上", band.from),
    };
    step(
        band.cite,
        format!(
            "a total of {total} falls in the band {range}: {}",
            band.gloss
        ),
        format!("累计 {total} 分，属 {range_zh}：{}", band.text),
    )
}

/// Whether both periods before the current one totalled 9 or more (温州 第十八条、济宁
/// 五（一）: 连续三年违规扣分达到 9 分以上).
pub(crate) fn three_years(earlier: [Option<u32>; 2]) -> bool {
    earlier.iter().all(|t| t.is_some_and(|t| t >= 9))
}

/// 温州 第十八条, 济宁 五（一）: the band's own measure, or a termination — at 12, or
/// instead of the suspension at 9 in the third consecutive year at 9 or more. A
/// termination already in force in the period decides nothing new. `why` gives the
/// step that says why it terminates (`true`: the three years).
pub(crate) fn band_or_termination(
    reached: &Reached,
    termination: &Band,
    why: impl FnOnce(bool) -> Step,
) -> Option<Measure> {
    let band = reached.band;
    let third_year = band.kind == SanctionKind::Suspension
        && band.from >= 9
        && three_years(reached.earlier_totals);
    if band.kind != SanctionKind::Termination && !third_year {
        let mut measure = Measure::of_band(band);
        measure.trace.push(band_step(band, reached.total));
        return Some(measure);
    }
    if reached.terminated {
        return None;
    }
    let mut measure = Measure::of_band(termination);
    measure.trace.push(why(third_year));
    Some(measure)
}

impl Measure {
    /// The band's own measure, with the cumulative duration.
    pub(crate) fn of_band(band: &Band) -> Measure {
        Measure {
            kind: band.kind,
            cite: band.cite.to_string(),
            text: band.text.to_string(),
            gloss: band.gloss.to_string(),
            duration: band.duration,
            one_shot: false,
            trace: Vec::new(),
        }
    }
}

/// A sanction being built, with what the timeline needs to know about it.
#[derive(Debug, Clone)]
struct Draft {
    sanction: Sanction,
    period: String,
    /// The last day it is in force (end or bar_until).
    last_day: Option<NaiveDate>,
}

/// The running state of the current period.
#[derive(Debug, Default)]
struct Running {
    period: Option<Period>,
    total: u32,
    band: usize,
    serious: bool,
    exams: u32,
    participations: u32,
    shortened: bool,
    one_shot_12: Option<NaiveDate>,
    pending_reset: Option<NaiveDate>,
}

/// The totals of one period over time.
#[derive(Debug)]
struct Track {
    period: Period,
    has_incidents: bool,
    /// (day, total after that day's changes), in date order.
    changes: Vec<(NaiveDate, u32)>,
}

impl Track {
    fn total_on(&self, date: NaiveDate) -> u32 {
        self.changes
            .iter()
            .take_while(|(d, _)| *d <= date)
            .last()
            .map_or(0, |(_, t)| *t)
    }

    fn final_total(&self) -> u32 {
        self.changes.last().map_or(0, |(_, t)| *t)
    }

    fn record(&mut self, date: NaiveDate, total: u32) {
        match self.changes.last_mut() {
            Some((d, t)) if *d == date => *t = total,
            _ => self.changes.push((date, total)),
        }
    }
}

/// Evaluates a validated case.
pub(crate) fn evaluate(case: &Case, today: NaiveDate) -> Result<Evaluation, CaseError> {
    let info = case.regime.info();
    let as_of = case.as_of.unwrap_or(today);
    let mut notes = Notes::default();
    let procedures: Vec<Procedure> = case
        .incidents
        .iter()
        .map(|incident| Procedure::of(case.regime, incident, &mut notes))
        .collect();
    check_in_force(case, info, &procedures, &mut notes);
    if info.counting == Counting::Fines {
        return shanghai_2020::evaluate(case, as_of, notes);
    }

    let periods = Periods {
        kind: info.period,
        anchor: case.agreement_start,
    };
    if info.period == PeriodKind::AgreementYear && case.agreement_start.is_none() {
        notes.warn(
            "agreement_start_assumed",
            Some("agreement_start".into()),
            "without agreement_start, agreement years (协议年度, 第十三条) were taken to be natural years; give the day your service agreement started for exact periods".into(),
            "未填写服务协议起始日（agreement_start），协议年度（第十三条）暂按自然年度计算；请填写服务协议起始日以得到准确周期".into(),
        );
    }

    let mut scored = Vec::with_capacity(case.incidents.len());
    for (incident, procedure) in case.incidents.iter().zip(&procedures) {
        scored.push(score(
            case.regime,
            incident,
            procedure.decision,
            &mut notes,
        )?);
    }
    if case.regime == RegimeId::Shanghai2023 {
        shanghai_2023::same_inspection(&mut scored);
    }

    let mut timeline = Timeline {
        case,
        info,
        periods,
        scored: &scored,
        notes,
        drafts: Vec::new(),
        tracks: Vec::new(),
        run: Running::default(),
    };
    timeline.run()?;
    let Timeline {
        mut drafts,
        tracks,
        mut notes,
        ..
    } = timeline;

    // A measure is projected when it rests on a projected decision of its period.
    for draft in &mut drafts {
        draft.sanction.projected = scored.iter().any(|s| {
            s.decision.projected
                && s.decision.on <= draft.sanction.decided_on
                && periods.of(s.decision.on).map(|p| p.label) == Some(draft.period.clone())
        });
    }

    let mut deadlines = Vec::new();
    for (s, procedure) in scored.iter().zip(&procedures) {
        deadlines.extend(incident_deadlines(case.regime, s, procedure, &mut notes));
    }
    let stretch_ends = stretch_ends(&drafts);
    for (index, draft) in drafts.iter_mut().enumerate() {
        if !stretch_ends[index] {
            continue;
        }
        if let Some(deadline) = resumption_request(case.regime, index, &draft.sanction, &mut notes)
        {
            if case.regime == RegimeId::Wenzhou2014 {
                wenzhou_2014::resumption_window(case, &mut draft.sanction, &deadline, &mut notes);
            }
            deadlines.push(deadline);
        }
    }
    deadlines.extend(resumption_decisions(case, &mut notes));
    deadlines.sort_by_key(|d| d.due);

    let deducted = info.counting == Counting::PointsDeducted;
    let remaining = |total: u32| deducted.then(|| 12u32.saturating_sub(total));
    let incidents = scored
        .iter()
        .map(|s| IncidentResult {
            id: s.incident.id.clone(),
            points: Some(s.points),
            range: Some(s.range),
            counted: s.counted,
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

    let flags = if case.regime == RegimeId::Jining2024 {
        jining_2024::watchlist(&scored, &periods)
    } else {
        Vec::new()
    };

    let sanctions: Vec<Sanction> = drafts.into_iter().map(|d| d.sanction).collect();
    let standing = |day: NaiveDate| standing(case, info, &periods, &tracks, &sanctions, day);
    let status = standing(as_of);
    let outlook = scored
        .iter()
        .map(|s| s.decision.on)
        .max()
        .map(next_day)
        .filter(|on| *on > as_of)
        .map(|on| Outlook {
            on,
            status: standing(on),
        });
    Ok(Evaluation {
        regime: case.regime,
        as_of,
        incidents,
        periods: period_results,
        sanctions,
        deadlines,
        status,
        outlook,
        flags,
        warnings: notes.finish(),
    })
}

/// The procedure that follows an incident's notice: when the objection was due, whether
/// the one filed was in time, and the day its points take effect (its decision, or the
/// day projected for a pending one).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Procedure {
    /// The last day to object, when the notice's day is known.
    pub objection_due: Option<NaiveDate>,
    /// The objection filed, when it was filed in time (a late one counts as none:
    /// 沪2025 第十七条 "逾期未申辩的，视为无异议").
    pub timely_objection: Option<NaiveDate>,
    pub decision: Decision,
}

impl Procedure {
    fn of(regime: RegimeId, incident: &Incident, notes: &mut Notes) -> Procedure {
        let has_objection = !matches!(regime, RegimeId::Shanghai2020);
        let objection_due = incident
            .notified_on
            .filter(|_| has_objection)
            .map(|n| notes.working_days_after(n, 10));
        let timely_objection = match (incident.objection_filed_on, objection_due) {
            (Some(filed), Some(due)) if filed > due => {
                let cite = match regime {
                    RegimeId::Shanghai2025 => "第十七条",
                    RegimeId::Shanghai2023 => "第七条",
                    RegimeId::Wenzhou2014 => "第二十条",
                    _ => "六（一）",
                };
                notes.warn(
                    "objection_late",
                    Some(incident.path("objection_filed_on")),
                    format!("incident {}: the objection of {filed} came after its deadline, {due} (10 working days after the notice of {}, {cite}); a late objection counts as none and opens nothing", incident.id, incident.notified_on.map_or(String::new(), |n| n.to_string())),
                    format!("事件 {}：{filed} 提出的异议晚于期限 {due}（收到告知后 10 个工作日，{cite}）；逾期提出的视为未提出，不引起复核或延长决定期限", incident.id),
                );
                None
            }
            (filed, _) => filed,
        };
        let decision = match incident.decided_on {
            Some(on) => Decision {
                on,
                projected: false,
            },
            None => {
                let on = project_decision(regime, objection_due, timely_objection, notes);
                let (en, zh) = match regime {
                    RegimeId::Shanghai2023 => (
                        format!("incident {}: no decision yet; its points are shown as if decided on {on}, the first working day after the {} (第七条、第八条), the earliest the decision can follow", incident.id, if timely_objection.is_some() { "review period" } else { "objection period" }),
                        format!("事件 {}：尚未作出记分决定，暂按 {on}（{}届满后的第一个工作日，第七条、第八条，决定最早可作出之日）计算", incident.id, if timely_objection.is_some() { "复核期限" } else { "复核申请期限" }),
                    ),
                    _ => (
                        format!("incident {}: no final decision yet; its points are shown as if decided on {on}, the day the agency's decision is due ({}), the latest the law allows", incident.id, if timely_objection.is_some() { "20 working days after the objection, 第十八条" } else { "3 working days after the objection period, 第十九条" }),
                        format!("事件 {}：尚未作出最终记分处理决定，暂按 {on}（医保经办机构作出决定的期限，{}，即法定最晚之日）计算", incident.id, if timely_objection.is_some() { "收到陈述申辩后 20 个工作日，第十八条" } else { "陈述申辩期结束后 3 个工作日，第十九条" }),
                    ),
                };
                notes.warn(
                    "decision_projected",
                    Some(format!("incidents[{}]", incident.index)),
                    en,
                    zh,
                );
                Decision {
                    on,
                    projected: true,
                }
            }
        };
        Procedure {
            objection_due,
            timely_objection,
            decision,
        }
    }
}

/// The day a pending decision is projected on (spec "Pending decisions"): under 沪2025 the
/// day the agency's decision is due (第十八条、第十九条), under 沪2023 the first working day
/// after the objection or review period (第七条、第八条). The parser admits a pending
/// decision only under these two regimes and with a notice.
fn project_decision(
    regime: RegimeId,
    objection_due: Option<NaiveDate>,
    timely_objection: Option<NaiveDate>,
    notes: &mut Notes,
) -> NaiveDate {
    let Some(objection_due) = objection_due else {
        return NaiveDate::MAX;
    };
    match (regime, timely_objection) {
        (RegimeId::Shanghai2023, Some(filed)) => {
            let review_due = notes.working_days_after(filed, 10);
            notes.working_days_after(review_due, 1)
        }
        (RegimeId::Shanghai2023, None) => notes.working_days_after(objection_due, 1),
        (_, Some(filed)) => notes.working_days_after(filed, 20),
        (_, None) => notes.working_days_after(objection_due, 3),
    }
}

/// `regime_not_in_force`: the act (else the decision, real or projected) lies outside
/// the regime's dates.
fn check_in_force(case: &Case, info: &RegimeInfo, procedures: &[Procedure], notes: &mut Notes) {
    for (incident, procedure) in case.incidents.iter().zip(procedures) {
        let (date, field) = match incident.occurred_on {
            Some(d) => (d, "occurred_on"),
            None => (procedure.decision.on, "decided_on"),
        };
        if info.in_force_on(date) {
            continue;
        }
        let city = info.id.split('-').next().unwrap_or("");
        let suggestion = RegimeId::ALL.iter().map(|r| r.info()).find(|other| {
            other.id != info.id
                && other.id.starts_with(city)
                && other.counting != Counting::Fines
                && (info.counting == Counting::Fines) == (other.counting == Counting::Fines)
                && other.in_force_on(date)
        });
        let (hint_en, hint_zh) = match suggestion {
            Some(other) => (
                format!(
                    "; the regime in force then was {} ({})",
                    other.id, other.document
                ),
                format!("；当时施行的是{}（{}）", other.document, other.id),
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
        notes.warn(
            "regime_not_in_force",
            Some(incident.path(field)),
            format!("incident {}: {what_en} of {date} lies outside the dates {} applies ({span_en}, {}){hint_en}", incident.id, info.document, info.in_force_cite),
            format!("事件 {}：{what_zh}日期 {date} 不在{}的施行期间（{span_zh}，{}）内{hint_zh}", incident.id, info.document, info.in_force_cite),
        );
        if let Some(last) = notes.warnings.last_mut() {
            last.suggested_regime = suggestion.and_then(|other| RegimeId::parse(other.id));
        }
    }
}

/// Scores an incident: each of its items, keeping the highest, then checks an explicit value.
fn score<'c>(
    regime: RegimeId,
    incident: &'c Incident,
    decision: Decision,
    notes: &mut Notes,
) -> Result<Scored<'c>, CaseError> {
    let mut best: Option<(Scored<'c>, &'static Item)> = None;
    let mut lines = Vec::new();
    for item in &incident.items {
        let candidate = match (regime, item.value) {
            (RegimeId::Shanghai2023, _) => shanghai_2023::score(incident, decision, item),
            (RegimeId::Shanghai2025, _) => shanghai_2025::score(incident, decision, item, notes),
            (_, ItemValue::Fixed { points }) => fixed(regime, incident, decision, item, points),
            _ => fixed(regime, incident, decision, item, 0),
        };
        lines.push(format!("{} → {}", item.code, candidate.points));
        if best
            .as_ref()
            .is_none_or(|(b, _)| candidate.points > b.points)
        {
            best = Some((candidate, item));
        }
    }
    // Without an item, the parser admits only an earlier decision given by its points.
    let Some((mut best, item)) = best else {
        return by_points_alone(regime, incident, decision);
    };
    if incident.items.len() > 1 {
        let cite = match regime {
            RegimeId::Shanghai2025 => "第十一条",
            RegimeId::Jining2024 => "四",
            _ => "",
        };
        best.trace.push(step(
            cite,
            format!("one act matching several items is scored once, at the highest value ({}): {} counts", lines.join(", "), item.code),
            format!("同一行为涉及多个情形的，按最高分值记分（{}）：按 {} 记分", lines.join("，"), item.code),
        ));
    }
    if let Some(points) = incident.points {
        let [low, high] = best.range;
        if points < i64::from(low) || points > i64::from(high) {
            return Err(CaseError::new(
                ErrorCode::PointsOutOfRange,
                incident.path("points"),
                format!(
                    "{points} points is outside the lawful range of item {} here: {}",
                    item.code,
                    range_text(best.range)
                ),
                format!(
                    "{points} 分超出条目 {} 在此情形下的法定分值范围：{}",
                    item.code,
                    range_text_zh(best.range)
                ),
            ));
        }
        // Within the lawful range, so not negative.
        let points = u32::try_from(points).unwrap_or(low);
        if points != best.points {
            best.trace.push(step(
                item.cite,
                format!(
                    "the deciding office chose {points} points, within {}",
                    range_text(best.range)
                ),
                format!(
                    "作出决定的部门在 {} 范围内确定记 {points} 分",
                    range_text_zh(best.range)
                ),
            ));
            best.points = points;
        }
    }
    Ok(best)
}

/// An earlier decision given by its points alone (spec v2): people remember "3 points
/// this year", not the item. The parser has checked that `points` is 1–12.
fn by_points_alone<'c>(
    regime: RegimeId,
    incident: &'c Incident,
    decision: Decision,
) -> Result<Scored<'c>, CaseError> {
    // The parser has checked it is 1–12.
    let Some(points) = incident.points.and_then(|p| u32::try_from(p).ok()) else {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            incident.path("item"),
            "the incident has no item",
            "事件缺少条目",
        ));
    };
    let (cite, verb_en, verb_zh) = match regime {
        RegimeId::Shanghai2023 => ("第四条", "scores", "记"),
        RegimeId::Shanghai2025 => ("第十三条", "scores", "记"),
        RegimeId::Wenzhou2014 => ("第十三条", "deducts", "扣"),
        _ => ("四", "deducts", "扣"),
    };
    Ok(Scored {
        incident,
        decision,
        item: None,
        points,
        range: [points, points],
        counted: true,
        trace: vec![step(
            cite,
            format!("the item was not given: the decision {verb_en} the {points} point{} given, as one incident", if points == 1 { "" } else { "s" }),
            format!("未填写违规条目：按所填的 {points} 分{verb_zh}分，作为一次记分"),
        )],
    })
}

fn range_text([low, high]: [u32; 2]) -> String {
    if low == high {
        format!("exactly {low}")
    } else {
        format!("{low}–{high}")
    }
}

fn range_text_zh([low, high]: [u32; 2]) -> String {
    if low == high {
        format!("只能为 {low} 分")
    } else {
        format!("{low}—{high} 分")
    }
}

/// A fixed-value item (温州, 济宁).
fn fixed<'c>(
    regime: RegimeId,
    incident: &'c Incident,
    decision: Decision,
    item: &'static Item,
    points: u32,
) -> Scored<'c> {
    let (verb_en, verb_zh) = match regime.info().counting {
        Counting::PointsDeducted => ("deducts", "扣"),
        _ => ("scores", "记"),
    };
    Scored {
        incident,
        decision,
        item: Some(item),
        points,
        range: [points, points],
        counted: true,
        trace: vec![step(
            item.cite,
            format!(
                "item {} {verb_en} {points} point{} each time",
                item.code,
                if points == 1 { "" } else { "s" }
            ),
            format!("条目 {} 每次{verb_zh} {points} 分", item.code),
        )],
    }
}

struct Timeline<'a, 'c> {
    case: &'a Case,
    info: &'static RegimeInfo,
    periods: Periods,
    scored: &'a [Scored<'c>],
    notes: Notes,
    drafts: Vec<Draft>,
    tracks: Vec<Track>,
    run: Running,
}

impl Timeline<'_, '_> {
    fn run(&mut self) -> Result<(), CaseError> {
        // Incidents decided the same day are one decision, in input order.
        let mut decisions: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for (i, s) in self.scored.iter().enumerate() {
            decisions.entry(s.decision.on).or_default().push(i);
        }
        let mut repairs: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for (i, r) in self.case.repairs.iter().enumerate() {
            if self.case.regime == RegimeId::Shanghai2025 {
                repairs.entry(r.on).or_default().push(i);
            } else {
                self.notes.warn(
                    "repair_not_allowed",
                    Some(format!("repairs[{i}]")),
                    format!("{} has no score repairs (记分修复 exists only in shanghai-2025, 第二十九条); this repair changes nothing", self.info.document),
                    format!("{}没有记分修复的规定（记分修复仅见于沪医保规〔2025〕3号第二十九条）；此项修复不产生效果", self.info.document),
                );
            }
        }
        let mut days: Vec<NaiveDate> = decisions.keys().chain(repairs.keys()).copied().collect();
        days.sort();
        days.dedup();

        for day in days {
            self.enter(day);
            if let Some(group) = decisions.get(&day) {
                self.decide(day, group)?;
            }
            if let Some(list) = repairs.get(&day) {
                for &i in list {
                    self.repair(i);
                }
            }
        }
        self.flush_reset(None);
        Ok(())
    }

    fn track(&mut self) -> &mut Track {
        let period = self.run.period.clone();
        let label = period.as_ref().map(|p| p.label.clone());
        if let Some(i) = self
            .tracks
            .iter()
            .position(|t| Some(&t.period.label) == label.as_ref())
        {
            return &mut self.tracks[i];
        }
        self.tracks.push(Track {
            period: period.unwrap_or(Period {
                label: String::new(),
                start: NaiveDate::MIN,
                end: NaiveDate::MAX,
            }),
            has_incidents: false,
            changes: Vec::new(),
        });
        let last = self.tracks.len() - 1;
        &mut self.tracks[last]
    }

    /// Moves the running state to `day`: applies a due reset, and starts a new
    /// period at 0 when `day` lies in a later one.
    fn enter(&mut self, day: NaiveDate) {
        self.flush_reset(Some(day));
        let period = self.periods.of(day);
        if period != self.run.period {
            self.flush_reset(None);
            self.run = Running {
                period,
                ..Running::default()
            };
            self.track();
        }
    }

    /// 沪2023 第二条第三款: after a suspension at 12 ends, the year's total restarts at 0.
    fn flush_reset(&mut self, until: Option<NaiveDate>) {
        if let Some(reset) = self.run.pending_reset {
            if until.is_none_or(|day| reset <= day) {
                self.run.pending_reset = None;
                self.run.total = 0;
                self.run.band = 0;
                self.track().record(reset, 0);
            }
        }
    }

    fn decide(&mut self, day: NaiveDate, group: &[usize]) -> Result<(), CaseError> {
        self.track().has_incidents = true;
        let counted: Vec<&Scored> = group
            .iter()
            .map(|&i| &self.scored[i])
            .filter(|s| s.counted)
            .collect();
        let Some(trigger) = counted.last() else {
            return Ok(());
        };
        let added: u32 = counted.iter().map(|s| s.points).sum();
        let one_shot_points = counted.iter().map(|s| s.points).max().unwrap_or(0);
        self.run.serious |= counted.iter().any(|s| s.incident.serious);
        if one_shot_points >= 12 {
            self.run.one_shot_12.get_or_insert(day);
        }
        let total = self.run.total.saturating_add(added);
        self.run.total = total;
        self.track().record(day, total);

        let band_index = self.info.band_index(total);
        let terminated = self.terminated_in_period(day);
        let measure = if band_index > self.run.band {
            let reached = Reached {
                total,
                band: &self.info.bands[band_index - 1],
                one_shot_points,
                serious: self.run.serious,
                earlier_totals: self.earlier_totals(),
                terminated,
            };
            match self.case.regime {
                RegimeId::Shanghai2023 => {
                    let mut measure = Measure::of_band(reached.band);
                    measure.trace.push(band_step(reached.band, total));
                    Some(measure)
                }
                RegimeId::Shanghai2025 => Some(shanghai_2025::measure(&reached)),
                RegimeId::Wenzhou2014 => wenzhou_2014::measure(&reached),
                RegimeId::Jining2024 => jining_2024::measure(&reached),
                RegimeId::Shanghai2020 => None,
            }
        } else if self.case.regime == RegimeId::Shanghai2025 && one_shot_points >= 12 && terminated
        {
            Some(shanghai_2025::repeated_one_shot(
                &self.info.bands[band_index - 1],
            ))
        } else if self.case.regime == RegimeId::Shanghai2025 && band_index == 1 {
            // 第十四条 "作出记分处理时 … 作出相应处理": every decision that leaves the
            // year's total below 9 is notified to the institution, not only the first.
            Some(shanghai_2025::notice(&self.info.bands[0], total))
        } else {
            None
        };
        self.run.band = band_index;
        if let Some(measure) = measure {
            let group_incidents: Vec<&Incident> =
                group.iter().map(|&i| self.scored[i].incident).collect();
            self.impose(
                day,
                trigger.incident,
                &group_incidents,
                one_shot_points,
                measure,
            )?;
        }
        Ok(())
    }

    /// Whether a termination of the current period covers `day` (superseded or not: a
    /// later measure never shortens an earlier one).
    fn terminated_in_period(&self, day: NaiveDate) -> bool {
        let label = self.run.period.as_ref().map(|p| p.label.as_str());
        self.drafts.iter().any(|d| {
            d.sanction.kind == SanctionKind::Termination
                && Some(d.period.as_str()) == label
                && d.last_day.is_some_and(|last| day <= last)
        })
    }

    /// The final totals of the two periods before the current one, from the case's
    /// own incidents or from `history` (the larger where both give one).
    fn earlier_totals(&self) -> [Option<u32>; 2] {
        let Some(current) = &self.run.period else {
            return [None, None];
        };
        let first = self.periods.before(current);
        let second = first.as_ref().and_then(|p| self.periods.before(p));
        [first, second].map(|period| {
            let period = period?;
            let own = self
                .tracks
                .iter()
                .find(|t| t.period == period && t.has_incidents)
                .map(Track::final_total);
            let given = self
                .case
                .history
                .iter()
                .find(|h| h.start == period.start)
                .map(|h| h.points);
            match (own, given) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            }
        })
    }

    /// Dates a measure, checks the office's chosen months or years, and marks the
    /// earlier measures it overlaps.
    fn impose(
        &mut self,
        day: NaiveDate,
        trigger: &Incident,
        group: &[&Incident],
        one_shot_points: u32,
        measure: Measure,
    ) -> Result<(), CaseError> {
        let mut trace = measure.trace;
        let (start, anchor) = if self.case.regime == RegimeId::Wenzhou2014
            && matches!(
                measure.kind,
                SanctionKind::Suspension | SanctionKind::Termination
            ) {
            let start = self.notes.working_days_after(day, 15);
            trace.push(step(
                "第二十条",
                format!("notified 15 working days ahead: in force from the 15th working day after the decision, {start}; its months count from the day before"),
                format!("应提前 15 个工作日书面告知：自决定后第 15 个工作日（{start}）起执行，期限自前一日起算"),
            ));
            (start, start.pred_opt().unwrap_or(start))
        } else {
            (next_day(day), day)
        };

        let mut sanction = Sanction {
            kind: measure.kind,
            decided_on: day,
            trigger: trigger.id.clone(),
            cite: measure.cite.clone(),
            text: measure.text,
            gloss: measure.gloss,
            start: None,
            months: None,
            bar: None,
            superseded_on: None,
            projected: false,
            discretionary: false,
            extended: false,
            trace: Vec::new(),
        };
        let mut last_day = None;
        match measure.duration {
            Duration::None => {}
            Duration::Months { min, max } => {
                for incident in group {
                    if let Some(months) = incident.months {
                        if months < min || months > max {
                            let lawful = if min == max {
                                format!("{min} month{}", if min == 1 { "" } else { "s" })
                            } else {
                                format!("{min} to {max} months")
                            };
                            let lawful_zh = if min == max {
                                format!("{min} 个月")
                            } else {
                                format!("{min} 至 {max} 个月")
                            };
                            return Err(CaseError::new(
                                ErrorCode::MonthsOutOfRange,
                                incident.path("months"),
                                format!("the {} decided on {day} lasts {lawful} ({}); {months} is outside that range", measure.kind.code().replace('_', " "), measure.cite),
                                format!("{day} 决定的{}期限为 {lawful_zh}（{}），{months} 个月超出此范围", measure.kind.zh(), measure.cite),
                            ));
                        }
                    }
                }
                let months = trigger.months.unwrap_or(min);
                let end = months_after(anchor, months);
                if min != max {
                    trace.push(step(
                        measure.cite.clone(),
                        match trigger.months {
                            Some(m) => format!("the office chose {m} months within {min}–{max}"),
                            None => format!("{min} to {max} months; the shortest, {min}, is shown until the office chooses (latest end {})", months_after(anchor, max)),
                        },
                        match trigger.months {
                            Some(m) => format!("经办机构在 {min}—{max} 个月内确定为 {m} 个月"),
                            None => format!("期限 {min}—{max} 个月；未确定前按最短的 {min} 个月显示（最迟至 {}）", months_after(anchor, max)),
                        },
                    ));
                }
                trace.push(step(
                    "民法典第二百零一条、第二百零二条",
                    format!("{months} month{} counted from the day after {anchor}: in force {} to {end}", if months == 1 { "" } else { "s" }, next_day(anchor)),
                    format!("{months} 个月自 {anchor} 的次日起算：{} 至 {end}", next_day(anchor)),
                ));
                sanction.start = Some(start);
                sanction.months = Some(MonthsMeasure {
                    months,
                    min_months: min,
                    max_months: max,
                    end,
                    latest_end: months_after(anchor, max),
                    earliest_end: end,
                });
                last_day = Some(end);
            }
            Duration::Bar { min, max } => {
                let terms = self.info.terms;
                let bar_cite = if terms.bar_cite.is_empty() {
                    measure.cite.clone()
                } else {
                    terms.bar_cite.to_string()
                };
                // Only where the law gives a range (济宁 五（二）: 1–2 years) does the office
                // choose; elsewhere `bar_years` has no effect.
                if min != max {
                    for incident in group {
                        if let Some(years) = incident.bar_years.filter(|y| *y < min || *y > max) {
                            return Err(CaseError::new(
                                ErrorCode::BarYearsOutOfRange,
                                incident.path("bar_years"),
                                format!("the termination decided on {day} bars a new agreement for {min} to {max} years ({bar_cite}); {years} is outside that range"),
                                format!("{day} 决定的{}后 {min} 至 {max} 年内{}（{bar_cite}），{years} 年超出此范围", terms.termination.zh, terms.barred.zh),
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
                            Some(y) => format!("the office chose a bar of {y} year{} within {min}–{max}", if y == 1 { "" } else { "s" }),
                            None => format!("a bar of {min} to {max} years by the seriousness of the case; the shortest, {min}, is shown until the office chooses (latest {latest})"),
                        },
                        match chosen {
                            Some(y) => format!("经办机构在 {min}—{max} 年内确定为 {y} 年"),
                            None => format!("视情节严重程度 {min}—{max} 年；未确定前按最短的 {min} 年显示（最迟至 {latest}）"),
                        },
                    ));
                }
                trace.push(step(
                    bar_cite,
                    format!("{} for {years} year{} from {anchor}: barred until {until}, that day included", terms.barred.en, if years == 1 { "" } else { "s" }),
                    format!("自 {anchor} 起 {years} 年内{}：至 {until}（含当日）", terms.barred.zh),
                ));
                sanction.start = Some(start);
                sanction.bar = Some(TerminationBar {
                    // 一次性记满/扣满 12 分 is a fact in every regime (spec v2).
                    one_shot: measure.one_shot || one_shot_points >= 12,
                    bar_years: years,
                    bar_max_years: max,
                    bar_until: until,
                    bar_earliest_until: until,
                    bar_latest_until: latest,
                });
                last_day = Some(until);
            }
        }

        if matches!(
            sanction.kind,
            SanctionKind::Suspension | SanctionKind::Termination
        ) {
            for earlier in &mut self.drafts {
                let replaceable = earlier.sanction.kind == SanctionKind::Suspension
                    || (earlier.sanction.kind == SanctionKind::Termination
                        && sanction.kind == SanctionKind::Termination);
                let running = earlier.sanction.start.is_some_and(|s| s <= start)
                    && earlier.last_day.is_some_and(|last| start <= last);
                if replaceable && running && earlier.sanction.superseded_on.is_none() {
                    // A mark, not an end: the earlier measure still runs to its own last
                    // day (spec v2, "a later measure never shortens an earlier one").
                    earlier.sanction.superseded_on = Some(start);
                    let own_last = earlier.last_day.map_or(String::new(), |d| d.to_string());
                    earlier.sanction.trace.push(step(
                        sanction.cite.clone(),
                        format!(
                            "from {start} the {} decided on {day} also applies; this measure still runs to its own last day, {own_last}",
                            sanction.kind.code()
                        ),
                        format!("自 {start} 起 {day} 决定的{}同时适用；本措施仍至其自身期满日 {own_last}", sanction.kind.zh()),
                    ));
                }
            }
        }

        if self.case.regime == RegimeId::Shanghai2023 && sanction.kind == SanctionKind::Suspension {
            if let (Some(end), Some(period)) = (last_day, &self.run.period) {
                let reset = next_day(end);
                if reset <= period.end {
                    self.run.pending_reset = Some(reset);
                    trace.push(step(
                        "第二条第三款",
                        format!("the year's points restart at 0 on {reset}, the day after the suspension ends"),
                        format!("暂停期满后记分清零：自 {reset} 起重新记分"),
                    ));
                }
            }
        }

        sanction.trace = trace;
        let period = self
            .run
            .period
            .as_ref()
            .map(|p| p.label.clone())
            .unwrap_or_default();
        self.drafts.push(Draft {
            sanction,
            period,
            last_day,
        });
        Ok(())
    }

    /// 沪2025 第二十九条: a repair lowers the total by 1, within its caps, and may
    /// shorten a running measure by at most one month.
    fn repair(&mut self, index: usize) {
        let repair = self.case.repairs[index];
        let path = Some(format!("repairs[{index}]"));
        if let Some(day) = self.run.one_shot_12 {
            self.notes.warn(
                "repair_not_allowed",
                path,
                format!("repair of {}: 12 points were scored at once on {day}, and a one-shot 12 is not repaired (第二十九条)", repair.on),
                format!("{} 的记分修复：{day} 已一次性记满 12 分，依第二十九条不予修复", repair.on),
            );
            return;
        }
        let (used, cap, what_en, what_zh) = match repair.kind {
            RepairKind::Exam => (&mut self.run.exams, 1, "passing the exam", "通过考试"),
            RepairKind::Participation => (
                &mut self.run.participations,
                2,
                "taking part in insurance management work",
                "参与医保管理工作",
            ),
        };
        if *used >= cap {
            self.notes.warn(
                "repair_cap_reached",
                path,
                format!("repair of {}: {what_en} removes 1 point at most {} a year (第二十九条（{}）); this one changes nothing", repair.on, if cap == 1 { "once" } else { "twice" }, if cap == 1 { "一" } else { "二" }),
                format!("{} 的记分修复：{what_zh}每年度至多减免 {cap} 次（第二十九条（{}）），此次不再减分", repair.on, if cap == 1 { "一" } else { "二" }),
            );
            return;
        }
        *used += 1;
        self.run.total = self.run.total.saturating_sub(1);
        self.run.band = self.info.band_index(self.run.total);
        let total = self.run.total;
        self.track().record(repair.on, total);

        if self.run.shortened {
            return;
        }
        let label = self
            .run
            .period
            .as_ref()
            .map(|p| p.label.clone())
            .unwrap_or_default();
        let on = repair.on;
        let running = self.drafts.iter_mut().rev().find(|d| {
            d.period == label
                && matches!(
                    d.sanction.kind,
                    SanctionKind::Suspension | SanctionKind::Termination
                )
                && d.sanction.start.is_some_and(|s| s <= on)
                && d.last_day.is_some_and(|last| on <= last)
        });
        if let Some(draft) = running {
            self.run.shortened = true;
            let shorten = |last: NaiveDate| calendar::sub_months(last, 1).unwrap_or(last).max(on);
            let earliest = if let Some(m) = &mut draft.sanction.months {
                m.earliest_end = shorten(m.end);
                m.earliest_end
            } else if let Some(b) = &mut draft.sanction.bar {
                b.bar_earliest_until = shorten(b.bar_until);
                b.bar_earliest_until
            } else {
                return;
            };
            draft.sanction.trace.push(step(
                "第二十九条",
                format!("the repair of {on} may shorten it by at most one month, to {earliest} at the earliest"),
                format!("{on} 的记分修复可缩短期限至多 1 个月，最早至 {earliest}"),
            ));
        }
    }
}

/// The deadlines that follow an incident: its notice, objection and decision.
fn incident_deadlines(
    regime: RegimeId,
    scored: &Scored,
    procedure: &Procedure,
    notes: &mut Notes,
) -> Vec<Deadline> {
    let rules = match regime {
        RegimeId::Shanghai2023 => shanghai_2023::DEADLINES,
        RegimeId::Shanghai2025 => shanghai_2025::DEADLINES,
        RegimeId::Wenzhou2014 => wenzhou_2014::DEADLINES,
        RegimeId::Jining2024 => jining_2024::DEADLINES,
        RegimeId::Shanghai2020 => &[],
    };
    let incident = scored.incident;
    let mut out: Vec<Deadline> = Vec::new();
    for rule in rules {
        let from = match rule.from {
            From::Notice => incident.notified_on,
            From::Objection => procedure.timely_objection,
            From::ObjectionDeadlineWithoutObjection => match procedure.timely_objection {
                Some(_) => None,
                None => procedure.objection_due,
            },
            From::Decision => scored.counted.then_some(scored.decision.on),
            From::Delivery => out
                .iter()
                .rev()
                .find(|d| d.kind == DeadlineKind::DecisionDelivery)
                .map(|d| d.due),
        };
        let Some(from) = from else { continue };
        let follows_decision = matches!(rule.from, From::Decision | From::Delivery);
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
            text: rule.text.to_string(),
            text_zh: rule.text_zh.to_string(),
        });
    }
    out
}

/// Where an incident deadline counts from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum From {
    /// `notified_on`.
    Notice,
    /// `objection_filed_on`, when the objection was filed in time.
    Objection,
    /// The objection deadline, when no objection was filed in time (沪2025 第十九条).
    ObjectionDeadlineWithoutObjection,
    /// The decision's day, real or projected, of a counted incident (沪2025 第二十一条).
    Decision,
    /// The incident's `decision_delivery` deadline (沪2025 第二十二条: from the latest day
    /// the decision can reach the institution).
    Delivery,
}

/// A deadline counted in working days after an incident's date.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DeadlineRule {
    pub kind: DeadlineKind,
    pub from: From,
    pub working_days: u32,
    pub actor: Actor,
    pub cite: &'static str,
    pub text: &'static str,
    pub text_zh: &'static str,
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

/// The resumption request that a measure ending a stretch calls for.
fn resumption_request(
    regime: RegimeId,
    index: usize,
    sanction: &Sanction,
    notes: &mut Notes,
) -> Option<Deadline> {
    let last = match (regime, sanction.kind) {
        (RegimeId::Shanghai2025, SanctionKind::Suspension) => sanction.months?.end,
        (RegimeId::Shanghai2025, SanctionKind::Termination) => sanction.bar?.bar_until,
        (RegimeId::Wenzhou2014, SanctionKind::Suspension) => sanction.months?.end,
        _ => return None,
    };
    let ten_before = notes.working_days_before(last, 10);
    Some(match regime {
        RegimeId::Wenzhou2014 => Deadline {
            kind: DeadlineKind::ResumptionRequest,
            due: last,
            opens: Some(ten_before),
            incident: None,
            sanction: Some(index),
            request: None,
            actor: Actor::Person,
            projected: sanction.projected,
            cite: "第十条".into(),
            text: "apply to resume the agreement, with a rectification report, within the 10 working days before the suspension ends; otherwise the suspension runs on until the agreement expires".into(),
            text_zh: "应在中止期满前 10 个工作日内提交恢复履行协议申请书及整改报告；逾期不申请的，中止期限自动延长直至协议期满解除".into(),
        },
        _ => Deadline {
            kind: DeadlineKind::ResumptionRequest,
            due: ten_before,
            opens: None,
            incident: None,
            sanction: Some(index),
            request: None,
            actor: Actor::Person,
            projected: sanction.projected,
            cite: "第三十条".into(),
            text: "apply to restore payment eligibility 10 working days before the suspension or termination ends, through your institution".into(),
            text_zh: "需在暂停、终止期满 10 个工作日前经所在定点医药机构提出资格恢复申请".into(),
        },
    })
}

/// 沪2025 第三十条, 温州 第十条: each resumption request is decided within 10 working days.
fn resumption_decisions(case: &Case, notes: &mut Notes) -> Vec<Deadline> {
    let (cite, text, text_zh) = match case.regime {
        RegimeId::Shanghai2025 => (
            "第三十条",
            "the agency assesses the resumption request within 10 working days and tells you and your institution the result",
            "医保经办机构收到资格恢复申请后 10 个工作日内进行评估，并将结果告知本人及所在定点医药机构",
        ),
        RegimeId::Wenzhou2014 => (
            "第十条",
            "the insurance agency reviews the request to resume the agreement within 10 working days",
            "医疗保险经办机构在收到恢复履行协议申请后 10 个工作日内完成审核",
        ),
        _ => return Vec::new(),
    };
    case.resumption_requests
        .iter()
        .map(|request| Deadline {
            kind: DeadlineKind::ResumptionDecision,
            due: notes.working_days_after(request.on, 10),
            opens: None,
            incident: None,
            sanction: None,
            request: Some(request.index),
            actor: Actor::Agency,
            projected: false,
            cite: cite.into(),
            text: text.into(),
            text_zh: text_zh.into(),
        })
        .collect()
}

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

/// The standing on `day`: every measure counts to its own last day, superseded or not;
/// a termination's bar comes before a suspension, a suspension before 沪2023's 离岗培训.
fn standing(
    case: &Case,
    info: &RegimeInfo,
    periods: &Periods,
    tracks: &[Track],
    sanctions: &[Sanction],
    day: NaiveDate,
) -> Status {
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
        (SanctionKind::Termination, "terminated"),
        (SanctionKind::Suspension, "suspended"),
        (SanctionKind::Training, "training"),
    ]
    .into_iter()
    .find_map(|(kind, state)| in_force(kind).map(|i| (state, Some(i))))
    .unwrap_or(("normal", None));
    let next = info.bands.get(info.band_index(total)).map(|band| {
        let mut measure = Measure::of_band(band);
        if let Some(p) = &period {
            let earlier = {
                let first = periods.before(p);
                let second = first.as_ref().and_then(|f| periods.before(f));
                [first, second].map(|q| {
                    let q = q?;
                    let own = tracks
                        .iter()
                        .find(|t| t.period == q && t.has_incidents)
                        .map(Track::final_total);
                    let given = case
                        .history
                        .iter()
                        .find(|h| h.start == q.start)
                        .map(|h| h.points);
                    match (own, given) {
                        (Some(a), Some(b)) => Some(a.max(b)),
                        (a, b) => a.or(b),
                    }
                })
            };
            let reached = Reached {
                total: band.from,
                band,
                one_shot_points: 0,
                serious: false,
                earlier_totals: earlier,
                terminated: false,
            };
            measure = match case.regime {
                RegimeId::Wenzhou2014 => wenzhou_2014::measure(&reached).unwrap_or(measure),
                RegimeId::Jining2024 => jining_2024::measure(&reached).unwrap_or(measure),
                _ => measure,
            };
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
    let exam_format = match (case.regime, case.birth_date) {
        (RegimeId::Jining2024, Some(birth)) => Some(jining_2024::exam_format(birth, day)),
        _ => None,
    };
    Status {
        state,
        period: period.map(|p| p.label),
        total: Some(total),
        remaining: (info.counting == Counting::PointsDeducted).then(|| 12u32.saturating_sub(total)),
        next,
        measure,
        exam_format,
    }
}
