//! What if: from a case, what each possible next incident would do, what a repair would
//! change (沪2025), and how the standing evolves if nothing more happens. Every answer
//! is the core's own evaluation of the case with the hypothesis added.
//!
//! ```
//! use chrono::NaiveDate;
//! use jifen::teach::whatif;
//!
//! let case = serde_json::json!({"regime": "shanghai-2025", "as_of": "2025-06-30",
//!     "incidents": [{"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "general"}]});
//! let today = NaiveDate::from_ymd_opt(2025, 6, 30).unwrap();
//! let answers = whatif::analyse(&case, today).unwrap();
//! // 4 points now, notified already: the smallest next incident that decides anything
//! // scores 5 and reaches 9, a suspension of 1 month.
//! let next = &answers.options[answers.smallest_measure.unwrap()];
//! assert_eq!((next.points, next.total), (5, 9));
//! assert_eq!(next.measure.as_ref().unwrap().months, Some(1));
//! // The smallest that terminates: 8 more points.
//! assert_eq!(answers.options[answers.smallest_top.unwrap()].points, 8);
//! ```

use chrono::{Days, NaiveDate};
use serde_json::{json, Value};

use crate::scoring::catalogue::Topic;
use crate::scoring::outcome::{SanctionKind, Status};
use crate::scoring::regimes::Counting;
use crate::scoring::{self, CaseError, Evaluation, ItemValue, RegimeId};
use crate::scoring::{State, Text};

/// The id given to the hypothetical incident.
pub const HYPOTHESIS: &str = "what-if";

/// A measure, in short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureSummary {
    pub kind: SanctionKind,
    pub cite: String,
    pub months: Option<u32>,
    pub bar_years: Option<u32>,
    /// Its last day (end, or the end of the bar).
    pub until: Option<NaiveDate>,
}

/// One possible next incident.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NextOption {
    pub points: u32,
    /// An item that scores this, e.g. `13.2`.
    pub item: &'static str,
    /// The responsibility that gives the value (沪2025), if one is needed.
    pub responsibility: Option<&'static str>,
    /// `severe` is needed for the value (沪2023).
    pub severe: bool,
    /// The total after it.
    pub total: u32,
    /// The measure it decides; `None` when the total stays in its band.
    pub measure: Option<MeasureSummary>,
}

/// What a repair made on `as_of` would change (沪2025 第二十九条).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RepairEffect {
    pub kind: &'static str,
    /// Refused (cap reached, or a one-shot 12), with the warning's code.
    pub refused: Option<&'static str>,
    pub total_before: u32,
    pub total_after: u32,
    /// The running measure's earliest end before and after, when one runs.
    pub earliest_end: Option<(NaiveDate, NaiveDate)>,
    /// A decision not made yet whose expected measure the repair changes: points taken off
    /// before it is made leave a lower total for it to add to (9 points, a suspension of
    /// 1 month, become 8, a notice).
    pub expected: Option<ExpectedChange>,
}

/// What a decision not made yet is expected to bring, without and with a repair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedChange {
    /// The day the decision is expected (the latest the law allows).
    pub decided_on: NaiveDate,
    /// The measure expected without the repair; `None`: none.
    pub before: Option<MeasureSummary>,
    /// The measure expected with it.
    pub after: Option<MeasureSummary>,
}

/// A day the standing changes if nothing more happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub date: NaiveDate,
    pub state: State,
    pub total: Option<u32>,
    pub period: Option<String>,
    /// Why the standing may change that day: `处理期满`, `the measure ends`.
    pub why: Text,
    /// The day after a termination's bar: what follows is a new application or
    /// registration under the rules (spec v3: `restoration_pending` until it is made),
    /// not the old agreement resumed.
    pub after_bar: bool,
    /// The article the change follows from.
    pub cite: String,
}

/// A day the standing may change, before the standing on it is computed.
struct Day {
    date: NaiveDate,
    why: Text,
    after_bar: bool,
    cite: String,
}

/// The answers for one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatIf {
    pub as_of: NaiveDate,
    /// The day a next decision is dated: the day after the later of `as_of` and the last
    /// decision, made or expected.
    pub decided_on: NaiveDate,
    pub options: Vec<NextOption>,
    /// The smallest next incident that decides a measure.
    pub smallest_measure: Option<usize>,
    /// The smallest next incident that reaches the regime's top band.
    pub smallest_top: Option<usize>,
    pub repairs: Vec<RepairEffect>,
    pub evolution: Vec<Change>,
}

/// The distinct values one incident can score, each with an example.
pub(crate) fn candidates(regime: RegimeId) -> Vec<(u32, &'static str, Option<&'static str>, bool)> {
    let mut out: Vec<(u32, &'static str, Option<&'static str>, bool)> = Vec::new();
    let mut add =
        |points: u32, item: &'static str, responsibility: Option<&'static str>, severe: bool| {
            if !out.iter().any(|c| c.0 == points) {
                out.push((points, item, responsibility, severe));
            }
        };
    for item in regime.info().items() {
        match item.value {
            ItemValue::Fixed { points } => add(points, item.code, None, false),
            ItemValue::Severity { points, severe } => {
                add(points, item.code, None, false);
                add(severe, item.code, None, true);
            }
            ItemValue::Tier { tier } => {
                for (i, r) in ["general", "important", "primary"].into_iter().enumerate() {
                    add(3 * tier - 2 + i as u32, item.code, Some(r), false);
                }
            }
            ItemValue::Fine { .. } => {}
        }
    }
    crate::calendar::sort_by_key(&mut out, |c| c.0);
    out
}

fn with_as_of(case: &Value, as_of: NaiveDate) -> Value {
    let mut case = case.clone();
    if let Value::Object(map) = &mut case {
        map.insert("as_of".into(), Value::String(as_of.to_string()));
    }
    case
}

fn summary(result: &Evaluation, trigger: &str) -> Option<MeasureSummary> {
    let s = result
        .sanctions
        .iter()
        .rev()
        .find(|s| s.trigger == trigger)?;
    Some(MeasureSummary {
        kind: s.kind,
        cite: s.cite.clone(),
        months: s.months.map(|m| m.months),
        bar_years: s.bar.map(|b| b.bar_years),
        until: s.months.map(|m| m.end).or(s.bar.map(|b| b.bar_until)),
    })
}

/// The last decision not made yet of `before`, when `after` (the same case with a repair)
/// expects another measure of it: another kind, length or bar.
fn expected_change(before: &Evaluation, after: &Evaluation) -> Option<ExpectedChange> {
    let pending = before.incidents.iter().rev().find(|i| i.projected)?;
    let (was, will) = (summary(before, &pending.id), summary(after, &pending.id));
    let gist = |m: &Option<MeasureSummary>| m.as_ref().map(|m| (m.kind, m.months, m.bar_years));
    (gist(&was) != gist(&will)).then_some(ExpectedChange {
        decided_on: pending.decided_on,
        before: was,
        after: will,
    })
}

/// The period an incident of `result` counts in.
fn period_of(result: &Evaluation, id: &str) -> Option<String> {
    result
        .incidents
        .iter()
        .find(|i| i.id == id)
        .and_then(|i| i.period.clone())
}

/// The periods in which `result` holds a notice.
fn notice_periods(result: &Evaluation) -> Vec<Option<String>> {
    result
        .sanctions
        .iter()
        .filter(|s| s.kind == SanctionKind::Notice)
        .map(|s| period_of(result, &s.trigger))
        .collect()
}

fn status_on(case: &Value, date: NaiveDate, today: NaiveDate) -> Option<Status> {
    scoring::evaluate(&with_as_of(case, date), today)
        .ok()
        .map(|r| r.status)
}

/// Answers the what-if questions for `case` (in the spec's format).
pub fn analyse(case: &Value, today: NaiveDate) -> Result<WhatIf, CaseError> {
    let base = scoring::evaluate(case, today)?;
    let regime = base.regime;
    let as_of = base.as_of;
    // After every decision made or expected: a decision still awaited (notified, its
    // date projected) comes before any next incident's, which has yet to be noticed and
    // notified, and its points are in the total the next one adds to.
    let last = base
        .incidents
        .iter()
        .map(|i| i.decided_on)
        .max()
        .unwrap_or(as_of);
    let decided_on = as_of
        .max(last)
        .checked_add_days(Days::new(1))
        .unwrap_or(as_of);

    let mut options = Vec::new();
    let noticed = notice_periods(&base);
    if regime.info().counting != Counting::Fines {
        for (points, item, responsibility, severe) in candidates(regime) {
            let mut hypothetical = with_as_of(case, decided_on);
            let mut incident =
                json!({"id": HYPOTHESIS, "item": item, "decided_on": decided_on.to_string()});
            if let Some(r) = responsibility {
                incident["responsibility"] = json!(r);
            }
            if severe {
                incident["severe"] = json!(true);
            }
            if let Some(list) = hypothetical
                .get_mut("incidents")
                .and_then(Value::as_array_mut)
            {
                list.push(incident);
            }
            let Ok(result) = scoring::evaluate(&hypothetical, today) else {
                continue;
            };
            options.push(NextOption {
                points,
                item,
                responsibility,
                severe,
                total: result.status.total.unwrap_or(0),
                // A notice is news only in a period that has none yet: last year's notice
                // does not stand for this year's.
                measure: summary(&result, HYPOTHESIS).filter(|m| {
                    m.kind != SanctionKind::Notice
                        || !noticed.contains(&period_of(&result, HYPOTHESIS))
                }),
            });
        }
    }
    let smallest_measure = options.iter().position(|o| o.measure.is_some());
    let top = regime.info().bands.last().map(|b| b.from);
    let smallest_top = top.and_then(|top| {
        options
            .iter()
            .position(|o| o.total >= top && o.measure.is_some())
    });

    let mut repairs = Vec::new();
    if regime.info().procedure.repairs.is_some() {
        let running = base
            .status
            .measure
            .and_then(|i| base.sanctions.get(i))
            .cloned();
        for kind in ["exam", "participation"] {
            let mut hypothetical = case.clone();
            if let Value::Object(map) = &mut hypothetical {
                let mut list = map
                    .get("repairs")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default();
                list.push(json!({"kind": kind, "on": as_of.to_string()}));
                map.insert("repairs".into(), Value::Array(list));
            }
            let Ok(result) = scoring::evaluate(&hypothetical, today) else {
                continue;
            };
            let mine = format!(
                "repairs[{}]",
                case.get("repairs")
                    .and_then(Value::as_array)
                    .map_or(0, Vec::len)
            );
            let refused = result
                .warnings
                .iter()
                .find(|w| w.path.as_deref() == Some(mine.as_str()))
                .map(|w| w.code);
            let earliest_end = running.as_ref().and_then(|before| {
                let after = result
                    .sanctions
                    .iter()
                    .find(|s| s.decided_on == before.decided_on && s.kind == before.kind)?;
                match (before.months, after.months, before.bar, after.bar) {
                    (Some(b), Some(a), _, _) => Some((b.earliest_end, a.earliest_end)),
                    (_, _, Some(b), Some(a)) => Some((b.bar_earliest_until, a.bar_earliest_until)),
                    _ => None,
                }
            });
            repairs.push(RepairEffect {
                kind,
                refused,
                total_before: base.status.total.unwrap_or(0),
                total_after: result.status.total.unwrap_or(0),
                earliest_end,
                expected: expected_change(&base, &result),
            });
        }
    }

    // The days the standing may change, from the result itself, in the regime's words.
    let terms = &regime.info().terms;
    let mut days: Vec<Day> = Vec::new();
    // Superseded measures too: each runs to its own last day (spec v2).
    for s in &base.sanctions {
        let day = |date: NaiveDate, why: Text| Day {
            date,
            why,
            after_bar: false,
            cite: s.cite.clone(),
        };
        if let Some(start) = s.start {
            let name = match s.kind {
                SanctionKind::Termination => terms.termination.clone(),
                SanctionKind::Suspension => terms.suspension.clone(),
                _ => Text::fixed("处理", "the measure"),
            };
            days.push(day(
                start,
                Text::new(format!("{}开始", name.zh), format!("{} starts", name.en)),
            ));
        }
        if let Some(m) = s.months {
            let next = m.end.succ_opt().unwrap_or(m.end);
            days.push(if s.extended {
                day(
                    next,
                    Text::new(
                        format!("原定期满；未按时提出{}，期限延长", terms.resumption.zh),
                        format!(
                            "the set term ends; with no {} in time, it runs on",
                            terms.resumption.en
                        ),
                    ),
                )
            } else {
                day(next, Text::fixed("处理期满", "the measure ends"))
            });
        }
        if let Some(b) = s.bar {
            days.push(Day {
                after_bar: true,
                cite: if terms.bar_cite.is_empty() {
                    s.cite.clone()
                } else {
                    terms.bar_cite.to_string()
                },
                ..day(
                    b.bar_until.succ_opt().unwrap_or(b.bar_until),
                    Text::new(
                        format!("“{}”的期限届满", terms.barred.zh),
                        format!("the bar ({}) ends", terms.barred.en),
                    ),
                )
            });
        }
    }
    for p in &base.periods {
        for r in &p.running {
            if r.total == 0 && r.date > as_of {
                days.push(Day {
                    date: r.date,
                    why: Text::fixed("期满后记分清零", "points restart at 0 after the measure"),
                    after_bar: false,
                    cite: regime
                        .info()
                        .provisions
                        .iter()
                        .find(|p| p.topic == Topic::Restart)
                        .map_or(regime.info().period_cite, |p| p.cite)
                        .to_string(),
                });
            }
        }
    }
    if let Some(period) = base
        .periods
        .iter()
        .find(|p| p.start <= as_of && as_of <= p.end)
    {
        if period.total > 0 {
            days.push(Day {
                date: period.end.succ_opt().unwrap_or(period.end),
                why: Text::fixed(
                    "记分周期结束，分值清零",
                    "the period ends and its points clear",
                ),
                after_bar: false,
                cite: regime.info().period_cite.to_string(),
            });
        }
    }
    days.retain(|d| d.date > as_of);
    crate::calendar::sort_by_key(&mut days, |d| d.date);
    days.dedup_by_key(|d| d.date);
    let mut evolution: Vec<Change> = Vec::new();
    for day in days.into_iter().take(8) {
        if let Some(status) = status_on(case, day.date, today) {
            // Spec v3 "After a measure's term": where the term's end needs an act, the
            // day says what restores the person, under the article that requires it.
            let pending = (status.state == State::RestorationPending)
                .then(|| {
                    let after = status
                        .measure
                        .and_then(|i| base.sanctions.get(i))
                        .map(|s| s.kind);
                    regime.info().after_term_rule(after, status.awaiting?)
                })
                .flatten();
            let why = match pending {
                Some(rule) => Text::new(
                    format!("{}：{}", day.why.zh, rule.text.zh),
                    format!("{}: {}", day.why.en, rule.text.en),
                ),
                None => day.why,
            };
            evolution.push(Change {
                date: day.date,
                state: status.state,
                total: status.total,
                period: status.period,
                why,
                after_bar: day.after_bar
                    && matches!(status.state, State::Normal | State::RestorationPending),
                cite: pending.map_or(day.cite, |rule| rule.cite.to_string()),
            });
        }
    }

    Ok(WhatIf {
        as_of,
        decided_on,
        options,
        smallest_measure,
        smallest_top,
        repairs,
        evolution,
    })
}
