//! What a total decides and for how long: reached one point at a time, or by one act at
//! once (一次性记分) where the regime decides otherwise for that; a measure's last day
//! (the month rule, 民法典 第二百零一条); a termination's years of bar.

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::{assemble, date_label, doc, evaluate, joined, measure, points_unit};
use super::{random_day, steps, total_result, Answer, Ask, Question, Rng, Sketch, Topic};
use crate::scoring::regimes::{Duration, PeriodKind};
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::total_case;

/// The totals from 9 to 12 that one act of the regime's catalogue can score, and for
/// which the regime decides otherwise than for the same total reached act by act
/// (computed once per regime).
pub(super) fn one_shot_totals(regime: RegimeId) -> &'static [u32] {
    static CACHE: [OnceLock<Vec<u32>>; RegimeId::ALL.len()] =
        [const { OnceLock::new() }; RegimeId::ALL.len()];
    let index = RegimeId::ALL.iter().position(|r| *r == regime).unwrap_or(0);
    CACHE[index].get_or_init(|| {
        // (The what-if's list of what one incident can score.)
        let possible: Vec<u32> = crate::teach::whatif::candidates(regime)
            .iter()
            .map(|c| c.0)
            .collect();
        (9..=12)
            .filter(|total| possible.contains(total))
            .filter(|total| {
                let decides = |at_once| {
                    total_result(regime, *total, at_once).map(|r| measure(&r).zh.into_owned())
                };
                decides(true) != decides(false)
            })
            .collect()
    })
}

/// Every measure the regime's totals decide, cumulative and at once, as the core words
/// them, each with the first total that decides it (computed once per regime).
fn measures(regime: RegimeId) -> &'static [(u32, Text)] {
    static CACHE: [OnceLock<Vec<(u32, Text)>>; RegimeId::ALL.len()] =
        [const { OnceLock::new() }; RegimeId::ALL.len()];
    let index = RegimeId::ALL.iter().position(|r| *r == regime).unwrap_or(0);
    CACHE[index].get_or_init(|| {
        let mut out: Vec<(u32, Text)> = Vec::new();
        for total in 1..=12 {
            for at_once in [false, true] {
                if let Some(result) = total_result(regime, total, at_once) {
                    let decided = measure(&result);
                    if !out.iter().any(|(_, m)| m.zh == decided.zh) {
                        out.push((total, decided));
                    }
                }
            }
        }
        out
    })
}

/// "1 point is", "3 points are".
fn points_are(total: u32) -> String {
    let verb = if total == 1 { "is" } else { "are" };
    format!("{} {verb}", words::points(total).en)
}

/// What a total decides, reached one point at a time (`at_once` false) or by one act.
pub(super) fn measure_at(regime: RegimeId, rng: &mut Rng, at_once: bool) -> Option<Question> {
    let info = regime.info();
    let totals: Vec<u32> = if at_once {
        one_shot_totals(regime).to_vec()
    } else {
        (1..=12).collect()
    };
    let total = *rng.pick(&totals)?;
    let case = total_case(regime, total, at_once, false);
    let result = evaluate(&case)?;
    let unit = points_unit(regime);
    let period = match info.period {
        PeriodKind::AgreementYear => Text::fixed("一个协议年度内", "in an agreement year"),
        _ => Text::fixed("一个自然年度内", "in a natural year"),
    };
    let prompt = if at_once {
        Text::new(
            format!(
                "依{}，一个行为一次性{}满 {total} 分（此前本年度为 0 分），应作何处理？",
                doc(regime),
                unit.zh
            ),
            format!(
                "Under {}, one act alone is {} {} (none before this year): what follows?",
                doc(regime),
                unit.en,
                words::points(total).en
            ),
        )
    } else {
        Text::new(
            format!(
                "依{}，{}累计{}分达到 {total} 分（每次 1 分），应作何处理？",
                doc(regime),
                period.zh,
                unit.zh
            ),
            format!(
                "Under {}, {} {} {} one at a time: what follows?",
                doc(regime),
                points_are(total),
                unit.en,
                period.en
            ),
        )
    };
    let mut explain = result
        .sanctions
        .last()
        .map(|s| steps(&s.trace))
        .unwrap_or_else(|| {
            let first = info.bands.first();
            let (from, cite) = first.map_or((0, ""), |b| (b.from, b.cite));
            Text::new(
                format!("累计 {total} 分未达到任何处理档次：最低一档自 {from} 分起（{cite}）"),
                format!(
                    "{} {} no band: the lowest starts at {from} ({cite})",
                    words::points(total).en,
                    if total == 1 { "reaches" } else { "reach" }
                ),
            )
        });
    if at_once {
        // Say what the same total decides when reached one point at a time.
        if let Some(cumulative) = total_result(regime, total, false) {
            let decided = measure(&cumulative);
            explain = Text::new(
                format!(
                    "{}。对照：累计达到 {total} 分为“{}”。",
                    explain.zh, decided.zh
                ),
                format!(
                    "{}. Compare: the same total reached act by act means “{}”.",
                    explain.en, decided.en
                ),
            );
        }
    }
    // The core's steps date the measure from the decision: say which day that is, since
    // the question does not.
    let explain = super::dated(regime, explain);
    let cite = result
        .sanctions
        .last()
        .map(|s| s.cite.clone())
        .or_else(|| info.bands.first().map(|b| b.cite.to_string()))?;
    // The wrong choices: the measures of the nearest totals (a choice of 终止 beside 2
    // points teaches nothing).
    let known = measures(regime);
    let right = measure(&result);
    let mut near: Vec<&(u32, Text)> = known.iter().filter(|(_, m)| m.zh != right.zh).collect();
    crate::calendar::sort_by_key(&mut near, |(from, _)| from.abs_diff(total));
    let others: Vec<Answer> = near
        .iter()
        .take(3)
        .map(|(_, m)| Answer::Text(m.zh.to_string()))
        .collect();
    // The choices in words: each measure found again by its Chinese, the key's value.
    let label = |a: &Answer| match a {
        Answer::Text(zh) => known
            .iter()
            .find(|(_, m)| m.zh == *zh)
            .map(|(_, m)| m.clone())
            .unwrap_or_else(|| Text::from(zh.clone())),
        other => super::text_label(other),
    };
    let sketch = Sketch {
        topic: if at_once {
            Topic::OneShot
        } else {
            Topic::Bands
        },
        prompt,
        case,
        ask: Ask::Measure,
        others,
        explain,
        cite,
    };
    assemble(rng, regime, sketch, &label)
}

/// A decision day for a measure's dates: a day of April to November, or the last day of
/// a month (the month rule's edge: 08-31 + 3 months ends on 11-30).
fn decision_day(regime: RegimeId, rng: &mut Rng) -> NaiveDate {
    let day = random_day(regime, rng);
    if rng.below(3) > 0 {
        return day;
    }
    let next_month = NaiveDate::from_ymd_opt(day.year(), day.month() + 1, 1);
    next_month
        .and_then(|d| d.pred_opt())
        .filter(|d| crate::calendar::day_kind(*d).is_working())
        .unwrap_or(day)
}

/// The last day of a measure of months, from its decision (and, where the law gives a
/// range, the months chosen).
pub(super) fn end_date(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let info = regime.info();
    let bands: Vec<_> = info
        .bands
        .iter()
        .filter(|b| matches!(b.duration, Duration::Months { .. }))
        .collect();
    let band = *rng.pick(&bands)?;
    let Duration::Months { min, max } = band.duration else {
        return None;
    };
    let months = min + rng.below((max - min + 1) as usize) as u32;
    let day = decision_day(regime, rng);
    let earlier = super::workday(day.checked_sub_days(chrono::Days::new(40))?);
    let first = 1 + rng.below((band.from - 1).max(1) as usize) as u32;
    let first = first.min(band.from - 1);
    let mut incidents = Vec::new();
    if first > 0 {
        incidents.push(json!({"id": "a", "points": first, "decided_on": earlier.to_string()}));
    }
    let mut last = json!({"id": "b", "points": band.from - first, "decided_on": day.to_string()});
    // A length the law leaves to the office is given (the facts say it).
    if min != max {
        last["months"] = json!(months);
    }
    incidents.push(last);
    let mut case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": incidents});
    if info.uses(crate::scoring::case::Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", day.year()));
    }
    let result = evaluate(&case)?;
    let sanction = result.sanctions.iter().rev().find(|s| s.months.is_some())?;
    let end = sanction.months?.end;
    if earlier.year() != day.year() {
        return None;
    }
    let facts = super::several::stated(&case);
    let measure_name = words::sanction(info, sanction.kind);
    let prompt = Text::new(
        format!(
            "依{}：{}。{}的最后一天是哪一天？",
            doc(regime),
            facts.zh,
            measure_name.zh
        ),
        format!(
            "Under {}: {}. What is the last day of the {}?",
            doc(regime),
            facts.en,
            measure_name.en
        ),
    );
    let mut others: Vec<Answer> = [-2i64, -1, 1, 2]
        .iter()
        .filter_map(|d| end.checked_add_signed(chrono::Duration::days(*d)))
        .map(Answer::Date)
        .collect();
    if let Some(start) = sanction.start {
        others.push(Answer::Date(
            start.checked_add_months(chrono::Months::new(sanction.months?.months))?,
        ));
    }
    let sketch = Sketch {
        topic: Topic::Bands,
        prompt,
        explain: joined(&[steps(&sanction.trace)]),
        cite: sanction.cite.clone(),
        case,
        ask: Ask::End,
        others,
    };
    assemble(rng, regime, sketch, &date_label)
}

/// One act at once against the same total act by act: the measure, or a termination's
/// years of bar.
pub(super) fn one_shot(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let bars: Vec<_> = regime
        .info()
        .bands
        .iter()
        .filter(|b| matches!(b.duration, Duration::Bar { .. }) && b.one_shot.is_some())
        .collect();
    match (rng.below(3), bars.first()) {
        (0, Some(band)) => bar_years(regime, rng, band.from),
        _ => measure_at(regime, rng, true),
    }
}

/// The years a termination bars, reached at once or act by act.
fn bar_years(regime: RegimeId, rng: &mut Rng, total: u32) -> Option<Question> {
    let at_once = rng.below(2) == 0;
    let case = total_case(regime, total, at_once, false);
    let result = evaluate(&case)?;
    let sanction = result.sanctions.last()?;
    let info = regime.info();
    let unit = points_unit(regime);
    let how = if at_once {
        Text::new(
            format!("一个行为一次性{}满 {total} 分", unit.zh),
            format!("one act alone {} {total} points", unit.en),
        )
    } else {
        Text::new(
            format!("逐次累计{}满 {total} 分（每次 1 分）", unit.zh),
            format!("{total} points {} one at a time", unit.en),
        )
    };
    let barred = &info.terms.barred;
    let sketch = Sketch {
        topic: Topic::OneShot,
        prompt: Text::new(
            format!(
                "依{}，{}，{}：自终止之日起几年内{}？",
                doc(regime),
                how.zh,
                words::sanction(info, sanction.kind).zh,
                barred.zh
            ),
            format!(
                "Under {}, {}, {}: for how many years is there {}?",
                doc(regime),
                how.en,
                words::sanction(info, sanction.kind).en,
                barred.en
            ),
        ),
        explain: super::dated(regime, steps(&sanction.trace)),
        cite: sanction.cite.clone(),
        case,
        ask: Ask::BarYears,
        others: (1..=5).map(Answer::Number).collect(),
    };
    assemble(rng, regime, sketch, &|a| match a {
        Answer::Number(n) => words::years(*n),
        other => super::text_label(other),
    })
}
