//! The decisions in date order: each day's incidents are one decision, added to the
//! running total of their period; the regime decides the measure for the band reached;
//! the measure is dated (months, bars, a delayed start), marks the earlier measures it
//! overlaps, and may reset the total when it ends; repairs lower the total.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::calendar;
use crate::scoring::case::{Case, Incident, RepairKind};
use crate::scoring::error::CaseError;
use crate::scoring::outcome::{Sanction, SanctionKind};
use crate::scoring::regimes::{RegimeId, RegimeInfo};

use super::periods::Period;
use super::{dating, next_day, step, Measure, Notes, Periods, Reached, Scored};

/// A sanction being built, with what the timeline needs to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub sanction: Sanction,
    pub period: String,
    /// The last day it is in force (end or bar_until).
    pub last_day: Option<NaiveDate>,
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
pub(crate) struct Track {
    pub period: Period,
    pub has_incidents: bool,
    /// (day, total after that day's changes), in date order.
    pub changes: Vec<(NaiveDate, u32)>,
}

impl Track {
    pub(crate) fn total_on(&self, date: NaiveDate) -> u32 {
        self.changes
            .iter()
            .take_while(|(d, _)| *d <= date)
            .last()
            .map_or(0, |(_, t)| *t)
    }

    pub(crate) fn final_total(&self) -> u32 {
        self.changes.last().map_or(0, |(_, t)| *t)
    }

    fn record(&mut self, date: NaiveDate, total: u32) {
        match self.changes.last_mut() {
            Some((d, t)) if *d == date => *t = total,
            _ => self.changes.push((date, total)),
        }
    }
}

pub(crate) struct Timeline<'a, 'c> {
    case: &'a Case,
    info: &'static RegimeInfo,
    periods: Periods,
    scored: &'a [Scored<'c>],
    notes: Notes,
    drafts: Vec<Draft>,
    tracks: Vec<Track>,
    run: Running,
}

/// What the timeline leaves: the measures, the periods' totals, and the notes.
pub(crate) struct Done {
    pub drafts: Vec<Draft>,
    pub tracks: Vec<Track>,
    pub notes: Notes,
}

impl<'a, 'c> Timeline<'a, 'c> {
    pub(crate) fn new(
        case: &'a Case,
        info: &'static RegimeInfo,
        periods: Periods,
        scored: &'a [Scored<'c>],
        notes: Notes,
    ) -> Timeline<'a, 'c> {
        Timeline {
            case,
            info,
            periods,
            scored,
            notes,
            drafts: Vec::new(),
            tracks: Vec::new(),
            run: Running::default(),
        }
    }

    pub(crate) fn done(self) -> Done {
        Done {
            drafts: self.drafts,
            tracks: self.tracks,
            notes: self.notes,
        }
    }

    pub(crate) fn run(&mut self) -> Result<(), CaseError> {
        // Incidents decided the same day are one decision, in input order.
        let mut decisions: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for (i, s) in self.scored.iter().enumerate() {
            decisions.entry(s.decision.on).or_default().push(i);
        }
        let mut repairs: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for (i, r) in self.case.repairs.iter().enumerate() {
            if self.info.procedure.repairs.is_some() {
                repairs.entry(r.on).or_default().push(i);
            } else {
                let (zh, en) = regimes_with_repairs();
                self.notes.warn(
                    "repair_not_allowed",
                    Some(format!("repairs[{i}]")),
                    format!("{}没有记分修复的规定（记分修复仅见于{zh}）；此项修复不产生效果", self.info.document),
                    format!("{} has no score repairs (记分修复 exists only in {en}); this repair changes nothing", self.info.document),
                );
            }
        }
        let mut days: Vec<NaiveDate> = decisions.keys().chain(repairs.keys()).copied().collect();
        crate::calendar::sort_by_key(&mut days, |d| *d);
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
        let added: u32 = counted.iter().map(|s| s.added).sum();
        let one_shot_points = counted.iter().map(|s| s.points).max().unwrap_or(0);
        self.run.serious |= counted.iter().any(|s| s.incident.serious);
        if one_shot_points >= 12 {
            self.run.one_shot_12.get_or_insert(day);
        }
        let total = self.run.total.saturating_add(added);
        self.run.total = total;
        self.track().record(day, total);

        // Decisions made before the regime took over from its predecessor count toward
        // the year's total, but no measure of this regime is dated before it: its first
        // decision decides the band the total reached (spec v3, 沪2025 "Transition").
        if self.before_taking_over(day) {
            for s in &counted {
                let from = self.info.in_force_from;
                self.notes.warn_on(
                    s.incident,
                    "regime_transition",
                    Some("decided_on"),
                    format!("{day} 的决定早于{}施行之日（{from}），其分值计入当年累计，但不据本文件作出处理；自 {from} 起的第一次决定按届时累计分值所在的档次处理", self.info.document),
                    format!("the decision of {day} came before {} took effect ({from}): its points count toward the year's total, but no measure of this document is dated before {from}; its first decision from then on decides the band the total reached", self.info.document),
                );
            }
            return Ok(());
        }
        let band_index = self.info.band_index(total);
        let current = self.run.period.clone();
        let reached = Reached {
            total,
            band: self.info.band(total),
            rose: band_index > self.run.band,
            one_shot_points,
            serious: self.run.serious,
            earlier_totals: self.earlier_totals(),
            earlier_starts: current.map_or([None, None], |p| earlier_starts(&self.periods, &p)),
            decision_points: added,
            several: counted.len() > 1,
            terminated: self.terminated_in_period(day),
        };
        let mut measure = self.info.rules.measure(&reached);
        // About the decision, not one of its incidents (which one triggered it is a matter
        // of the input's order).
        if let Some((code, words)) = measure.as_mut().and_then(|m| m.warning.take()) {
            self.notes.warn(
                code,
                None,
                format!("{day} 的决定：{}", words.zh),
                format!("the decision of {day}: {}", words.en),
            );
        }
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

    /// Whether `day` comes before this regime took over from its predecessor (沪2025 from
    /// 沪2023 on 2025-03-31): a decision then is the predecessor's.
    fn before_taking_over(&self, day: NaiveDate) -> bool {
        day < self.info.in_force_from && self.info.counterpart_on(day).is_some()
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

    /// The final totals of the two periods before the current one.
    fn earlier_totals(&self) -> [Option<u32>; 2] {
        match &self.run.period {
            Some(current) => earlier_totals(&self.periods, &self.tracks, self.case, current),
            None => [None, None],
        }
    }

    /// Dates a measure (`dating`), marks the earlier measures it overlaps, and schedules
    /// the reset that follows it where the regime has one.
    fn impose(
        &mut self,
        day: NaiveDate,
        trigger: &Incident,
        group: &[&Incident],
        one_shot_points: u32,
        measure: Measure,
    ) -> Result<(), CaseError> {
        let dated = dating::date(
            self.info,
            &mut self.notes,
            day,
            trigger,
            group,
            one_shot_points,
            measure,
        )?;
        let dating::Dated {
            mut sanction,
            start,
            last_day,
            mut trace,
        } = dated;

        if matches!(
            sanction.kind,
            SanctionKind::Suspension | SanctionKind::Termination
        ) {
            let start = start.unwrap_or(day);
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
                        format!("自 {start} 起 {day} 决定的{}同时适用；本措施仍至其自身期满日 {own_last}", sanction.kind.zh()),
                        format!(
                            "from {start} the {} decided on {day} also applies; this measure still runs to its own last day, {own_last}",
                            sanction.kind.code()
                        ),
                    ));
                }
            }
        }

        let reset_cite = self.info.procedure.reset_after_suspension;
        if let Some(cite) = reset_cite.filter(|_| sanction.kind == SanctionKind::Suspension) {
            if let (Some(end), Some(period)) = (last_day, &self.run.period) {
                let reset = next_day(end);
                if reset <= period.end {
                    self.run.pending_reset = Some(reset);
                    trace.push(step(
                        cite,
                        format!("暂停期满后记分清零：自 {reset} 起重新记分"),
                        format!("the year's points restart at 0 on {reset}, the day after the suspension ends"),
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
        let Some(rules) = &self.info.procedure.repairs else {
            return;
        };
        let repair = self.case.repairs[index];
        let path = Some(format!("repairs[{index}]"));
        if let Some(day) = self.run.one_shot_12 {
            self.notes.warn(
                "repair_not_allowed",
                path.clone(),
                format!("{} 的记分修复：{day} 已一次性记满 12 分，依{}不予修复", repair.on, rules.cite),
                format!("repair of {}: 12 points were scored at once on {day}, and a one-shot 12 is not repaired ({})", repair.on, rules.cite),
            );
            // The caps count reductions that happen (spec v3): this one uses none.
            self.notes.warn(
                "repair_without_effect",
                path,
                format!("{} 的记分修复不减分，也不占用本年度的修复次数", repair.on),
                format!(
                    "the repair of {} lowers nothing, and does not count toward the year's limit",
                    repair.on
                ),
            );
            return;
        }
        let (used, rule) = match repair.kind {
            RepairKind::Exam => (&mut self.run.exams, &rules.exam),
            RepairKind::Participation => (&mut self.run.participations, &rules.participation),
        };
        let cap = rule.cap;
        if *used >= cap {
            let times = if cap == 1 { "once" } else { "twice" };
            self.notes.warn(
                "repair_cap_reached",
                path,
                format!("{} 的记分修复：{}每年度至多减免 {cap} 次（{}），此次不再减分", repair.on, rule.what.zh, rule.cite),
                format!("repair of {}: {} removes 1 point at most {times} a year ({}); this one changes nothing", repair.on, rule.what.en, rule.cite),
            );
            return;
        }
        if self.run.total == 0 {
            // The caps count reductions that happen (spec v3, 第二十九条 "可减免1分…最多不超过
            // 2次"): with nothing to lower, the repair uses none.
            self.notes.warn(
                "repair_without_effect",
                path,
                format!("{} 的记分修复：当年累计已为 0 分，此次不减分，也不占用本年度的修复次数（{}）", repair.on, rule.cite),
                format!("repair of {}: the year's total is already 0, so it lowers nothing and does not count toward the year's limit ({})", repair.on, rule.cite),
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
        let Some(draft) = running else {
            // A measure of another year runs: a repair of this year shortens nothing of it
            // (第二十九条 "年度内缩短暂停或终止时限"; spec v3).
            let other = self.drafts.iter().rev().find(|d| {
                d.period != label
                    && matches!(
                        d.sanction.kind,
                        SanctionKind::Suspension | SanctionKind::Termination
                    )
                    && d.sanction.start.is_some_and(|s| s <= on)
                    && d.last_day.is_some_and(|last| on <= last)
            });
            if let Some(other) = other {
                let (decided, year) = (other.sanction.decided_on, other.period.clone());
                self.notes.warn(
                    "repair_without_effect",
                    path,
                    format!("{on} 的记分修复减去本年度 1 分，但不缩短 {decided} 决定的处理：修复只缩短同一年度（{year}）内的暂停或终止时限（{}）", rules.cite),
                    format!("the repair of {on} lowers this year's total by 1 but shortens nothing of the measure decided on {decided}: a repair shortens only a suspension or termination of its own year ({year}, {})", rules.cite),
                );
            }
            return;
        };
        {
            self.run.shortened = true;
            let months = rules.shortens_months;
            let shorten =
                |last: NaiveDate| calendar::sub_months(last, months).unwrap_or(last).max(on);
            let earliest = if let Some(m) = &mut draft.sanction.months {
                m.earliest_end = shorten(m.end);
                m.earliest_end
            } else if let Some(b) = &mut draft.sanction.bar {
                b.bar_earliest_until = shorten(b.bar_until);
                b.bar_earliest_until
            } else {
                return;
            };
            let month_en = if months == 1 {
                "one month".to_string()
            } else {
                format!("{months} months")
            };
            draft.sanction.trace.push(step(
                rules.cite,
                format!("{on} 的记分修复可缩短期限至多 {months} 个月，最早至 {earliest}"),
                format!("the repair of {on} may shorten it by at most {month_en}, to {earliest} at the earliest"),
            ));
        }
    }
}

/// The final totals of the two periods before `current`, from the case's own incidents
/// or from `history` (the larger where both give one): for the three-years rule (温州
/// 第十八条, 济宁 五（一）).
pub(crate) fn earlier_totals(
    periods: &Periods,
    tracks: &[Track],
    case: &Case,
    current: &Period,
) -> [Option<u32>; 2] {
    let first = periods.before(current);
    let second = first.as_ref().and_then(|p| periods.before(p));
    [first, second].map(|period| {
        let period = period?;
        let own = tracks
            .iter()
            .find(|t| t.period == period && t.has_incidents)
            .map(Track::final_total);
        let given = case
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

/// The first days of the two periods before `current`.
pub(crate) fn earlier_starts(periods: &Periods, current: &Period) -> [Option<NaiveDate>; 2] {
    let first = periods.before(current);
    let second = first.as_ref().and_then(|p| periods.before(p));
    [first.map(|p| p.start), second.map(|p| p.start)]
}

/// The documents that have repairs, and where, for a repair under one that has none.
fn regimes_with_repairs() -> (String, String) {
    let with: Vec<(&str, &str, &str)> = RegimeId::ALL
        .iter()
        .map(|r| r.info())
        .filter_map(|info| {
            Some((
                info.document,
                info.id,
                info.procedure.repairs.as_ref()?.cite,
            ))
        })
        .collect();
    (
        with.iter()
            .map(|(document, _, cite)| format!("{document}{cite}"))
            .collect::<Vec<_>>()
            .join("、"),
        with.iter()
            .map(|(_, id, cite)| format!("{id}, {cite}"))
            .collect::<Vec<_>>()
            .join("; "),
    )
}
