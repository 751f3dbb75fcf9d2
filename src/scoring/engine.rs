//! The shared timeline: incidents scored, grouped into decisions, applied in date
//! order to the running total of their period, with the band rules of the spec's
//! README ("Bands and sanctions, common rules") and each regime's own rules.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::case::{Case, Incident, RepairKind};
use super::catalogue::{Item, ItemValue};
use super::error::{CaseError, ErrorCode};
use super::outcome::{
    Deadline, DeadlineKind, Evaluation, IncidentResult, MonthsMeasure, NextBand, PeriodResult,
    RunningTotal, Sanction, SanctionKind, Status, Step, TerminationBar, Warning,
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

/// An incident with its points.
#[derive(Debug, Clone)]
pub(crate) struct Scored<'c> {
    pub incident: &'c Incident,
    /// The item that gave the points.
    pub item: &'static Item,
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
                format!("some working days fall outside {from}–{until}, the years whose official holiday arrangements the calendar holds; for them only weekends were skipped, so check those deadlines against the year's 放假安排"),
                format!("部分工作日落在 {from}—{until} 年以外，日历未收录当年国务院放假安排，仅按周末推算；请对照当年放假安排核对相关期限"),
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
        format!("累计 {total} 分，属{range_zh}：{}", band.text),
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
    check_in_force(case, info, &mut notes);
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
            "未填写协议起始日 agreement_start，协议年度（第十三条）暂按自然年度计算；请填写服务协议起始日以得到准确周期".into(),
        );
    }

    let mut scored = Vec::with_capacity(case.incidents.len());
    for incident in &case.incidents {
        scored.push(score(case.regime, incident, &mut notes)?);
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
        drafts,
        tracks,
        mut notes,
        ..
    } = timeline;

    let mut deadlines = Vec::new();
    for s in &scored {
        deadlines.extend(incident_deadlines(case.regime, s.incident, &mut notes));
    }
    for (index, draft) in drafts.iter().enumerate() {
        if let Some(deadline) = sanction_deadline(case.regime, index, &draft.sanction, &mut notes) {
            deadlines.push(deadline);
        }
    }
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
            period: periods.of(s.incident.decided_on).map(|p| p.label),
            item: s.item.code.to_string(),
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
    let status = status(case, info, &periods, &tracks, &sanctions, as_of);
    Ok(Evaluation {
        regime: case.regime,
        as_of,
        incidents,
        periods: period_results,
        sanctions,
        deadlines,
        status,
        flags,
        warnings: notes.finish(),
    })
}

/// `regime_not_in_force`: the act (else the decision) lies outside the regime's dates.
fn check_in_force(case: &Case, info: &RegimeInfo, notes: &mut Notes) {
    for incident in &case.incidents {
        let (date, field) = match incident.occurred_on {
            Some(d) => (d, "occurred_on"),
            None => (incident.decided_on, "decided_on"),
        };
        let before = date < info.in_force_from;
        let after = info.in_force_until.is_some_and(|until| date > until);
        if !(before || after) {
            continue;
        }
        let city = info.id.split('-').next().unwrap_or("");
        let suggestion = RegimeId::ALL.iter().map(|r| r.info()).find(|other| {
            other.id != info.id
                && other.id.starts_with(city)
                && other.counting != Counting::Fines
                && (info.counting == Counting::Fines) == (other.counting == Counting::Fines)
                && other.in_force_from <= date
                && other.in_force_until.is_none_or(|u| date <= u)
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
    notes: &mut Notes,
) -> Result<Scored<'c>, CaseError> {
    let mut best: Option<Scored<'c>> = None;
    let mut lines = Vec::new();
    for item in &incident.items {
        let candidate = match (regime, item.value) {
            (RegimeId::Shanghai2023, _) => shanghai_2023::score(incident, item),
            (RegimeId::Shanghai2025, _) => shanghai_2025::score(incident, item, notes),
            (_, ItemValue::Fixed { points }) => fixed(regime, incident, item, points),
            _ => fixed(regime, incident, item, 0),
        };
        lines.push(format!("{} → {}", item.code, candidate.points));
        if best.as_ref().is_none_or(|b| candidate.points > b.points) {
            best = Some(candidate);
        }
    }
    // `items` is never empty: the parser rejects an empty list.
    let Some(mut best) = best else {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            incident.path("item"),
            "the incident has no item",
            "事件缺少条目",
        ));
    };
    if incident.items.len() > 1 {
        let cite = match regime {
            RegimeId::Shanghai2025 => "第十一条",
            RegimeId::Jining2024 => "四",
            _ => "",
        };
        best.trace.push(step(
            cite,
            format!("one act matching several items is scored once, at the highest value ({}): {} counts", lines.join(", "), best.item.code),
            format!("同一行为涉及多个情形的，按最高分值记分（{}）：按 {} 记分", lines.join("，"), best.item.code),
        ));
    }
    if let Some(points) = incident.points {
        let [low, high] = best.range;
        if points < low || points > high {
            return Err(CaseError::new(
                ErrorCode::PointsOutOfRange,
                incident.path("points"),
                format!(
                    "{points} points is outside the lawful range of item {} here: {}",
                    best.item.code,
                    range_text(best.range)
                ),
                format!(
                    "{points} 分超出条目 {} 在此情形下的法定分值范围：{}",
                    best.item.code,
                    range_text_zh(best.range)
                ),
            ));
        }
        if points != best.points {
            best.trace.push(step(
                best.item.cite,
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
    item: &'static Item,
    points: u32,
) -> Scored<'c> {
    let (verb_en, verb_zh) = match regime.info().counting {
        Counting::PointsDeducted => ("deducts", "扣"),
        _ => ("scores", "记"),
    };
    Scored {
        incident,
        item,
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
            decisions.entry(s.incident.decided_on).or_default().push(i);
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
        } else {
            None
        };
        self.run.band = band_index;
        if let Some(measure) = measure {
            let group_incidents: Vec<&Incident> =
                group.iter().map(|&i| self.scored[i].incident).collect();
            self.impose(day, trigger.incident, &group_incidents, measure)?;
        }
        Ok(())
    }

    fn terminated_in_period(&self, day: NaiveDate) -> bool {
        let label = self.run.period.as_ref().map(|p| p.label.as_str());
        self.drafts.iter().any(|d| {
            d.sanction.kind == SanctionKind::Termination
                && Some(d.period.as_str()) == label
                && d.sanction.superseded_on.is_none()
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

    /// Dates a measure, checks the chosen months, supersedes what it replaces.
    fn impose(
        &mut self,
        day: NaiveDate,
        trigger: &Incident,
        group: &[&Incident],
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
                let until = months_after(anchor, min.saturating_mul(12));
                trace.push(step(
                    measure.cite.clone(),
                    format!("no new registration for {min} year{} from {anchor}: barred until {until}{}", if min == 1 { "" } else { "s" }, if max > min { format!(" (up to {max} years: {})", months_after(anchor, max.saturating_mul(12))) } else { String::new() }),
                    format!("自 {anchor} 起 {min} 年内不得再次登记备案：至 {until}{}", if max > min { format!("（最长 {max} 年：至 {}）", months_after(anchor, max.saturating_mul(12))) } else { String::new() }),
                ));
                sanction.start = Some(start);
                sanction.bar = Some(TerminationBar {
                    one_shot: measure.one_shot,
                    bar_years: min,
                    bar_max_years: max,
                    bar_until: until,
                    bar_earliest_until: until,
                    bar_latest_until: months_after(anchor, max.saturating_mul(12)),
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
                    earlier.sanction.superseded_on = Some(start);
                    earlier.sanction.trace.push(step(
                        sanction.cite.clone(),
                        format!(
                            "replaced from {start} by the {} decided on {day}",
                            sanction.kind.code()
                        ),
                        format!("自 {start} 起由 {day} 决定的{}取代", sanction.kind.zh()),
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
                && d.sanction.superseded_on.is_none_or(|s| on < s)
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

/// The deadlines that follow an incident's notice and objection.
fn incident_deadlines(regime: RegimeId, incident: &Incident, notes: &mut Notes) -> Vec<Deadline> {
    let rules = match regime {
        RegimeId::Shanghai2023 => shanghai_2023::DEADLINES,
        RegimeId::Shanghai2025 => shanghai_2025::DEADLINES,
        RegimeId::Wenzhou2014 => wenzhou_2014::DEADLINES,
        RegimeId::Jining2024 => jining_2024::DEADLINES,
        RegimeId::Shanghai2020 => &[],
    };
    let mut out = Vec::new();
    let objection_due = incident
        .notified_on
        .map(|n| notes.working_days_after(n, 10));
    for rule in rules {
        let from = match rule.from {
            From::Notice => incident.notified_on,
            From::Objection => incident.objection_filed_on,
            From::ObjectionDeadlineWithoutObjection => {
                if incident.objection_filed_on.is_some() {
                    None
                } else {
                    objection_due
                }
            }
        };
        if let Some(from) = from {
            out.push(Deadline {
                kind: rule.kind,
                due: notes.working_days_after(from, rule.working_days),
                opens: None,
                incident: Some(incident.id.clone()),
                sanction: None,
                actor: rule.actor,
                cite: rule.cite.to_string(),
                text: rule.text.to_string(),
                text_zh: rule.text_zh.to_string(),
            });
        }
    }
    out
}

/// Where an incident deadline counts from.
#[derive(Debug, Clone, Copy)]
pub(crate) enum From {
    /// `notified_on`.
    Notice,
    /// `objection_filed_on`.
    Objection,
    /// The objection deadline, when no objection was filed (沪2025 第十九条).
    ObjectionDeadlineWithoutObjection,
}

/// A deadline counted in working days after an incident's date.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DeadlineRule {
    pub kind: DeadlineKind,
    pub from: From,
    pub working_days: u32,
    pub actor: &'static str,
    pub cite: &'static str,
    pub text: &'static str,
    pub text_zh: &'static str,
}

/// The resumption request that a running measure calls for.
fn sanction_deadline(
    regime: RegimeId,
    index: usize,
    sanction: &Sanction,
    notes: &mut Notes,
) -> Option<Deadline> {
    if sanction.superseded_on.is_some() {
        return None;
    }
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
            actor: "person",
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
            actor: "person",
            cite: "第三十条".into(),
            text: "apply to restore payment eligibility 10 working days before the suspension or termination ends, through your institution".into(),
            text_zh: "需在暂停、终止期满 10 个工作日前经所在定点医药机构提出资格恢复申请".into(),
        },
    })
}

/// The standing on `as_of`.
fn status(
    case: &Case,
    info: &RegimeInfo,
    periods: &Periods,
    tracks: &[Track],
    sanctions: &[Sanction],
    as_of: NaiveDate,
) -> Status {
    let period = periods.of(as_of);
    let total = period
        .as_ref()
        .and_then(|p| tracks.iter().find(|t| &t.period == p))
        .map_or(0, |t| t.total_on(as_of));
    let in_force = |s: &Sanction| -> bool {
        let Some(start) = s.start else { return false };
        let last = match (s.months, s.bar) {
            (Some(m), _) => m.end,
            (_, Some(b)) => b.bar_until,
            _ => return false,
        };
        let stop = s
            .superseded_on
            .and_then(|d| d.pred_opt())
            .map_or(last, |d| d.min(last));
        start <= as_of && as_of <= stop
    };
    let terminated = sanctions
        .iter()
        .rposition(|s| s.kind == SanctionKind::Termination && in_force(s));
    let suspended = sanctions
        .iter()
        .rposition(|s| s.kind == SanctionKind::Suspension && in_force(s));
    let (state, measure) = match (terminated, suspended) {
        (Some(i), _) => ("terminated", Some(i)),
        (None, Some(i)) => ("suspended", Some(i)),
        _ => ("normal", None),
    };
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
        (RegimeId::Jining2024, Some(birth)) => Some(jining_2024::exam_format(birth, as_of)),
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
