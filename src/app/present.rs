//! A scenario's slides, for a deck ([`super::deck`]) or a presentation of one scenario
//! (`#present=<id>`): first the question — the facts, every date with them, and "what
//! happens?", the answer not shown —, then each moment that matters on a slide of its own
//! (a decision, a repair, a request, a deadline the person must meet), the standing on its
//! day and the timeline growing with it, and last the answer: the standing, the measure,
//! the scenario's title and its explanation. The timeline marks a measure's earliest end
//! after a repair beside its end.

use chrono::NaiveDate;
use leptos::prelude::*;
use serde_json::Value;

use super::i18n::{say, tr};
use super::law::Cite;
use crate::calendar::month_day;
use crate::scoring::outcome::{Evaluation, Sanction, SanctionKind};
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::deck::{self, Beat, Moment};
use crate::teach::present::DecisionStep;
use crate::teach::quiz::describe;
use crate::teach::rules::sanction_words;
use crate::teach::scenarios::Scenario;

/// A scenario ready to present: its case, the core's result, its decisions and moments.
#[derive(Clone)]
pub struct Presented {
    pub scenario: &'static Scenario,
    pub case: Value,
    pub result: Evaluation,
    pub steps: Vec<DecisionStep>,
    pub beats: Vec<Beat>,
    /// Its number in the deck, from 1.
    pub number: usize,
}

impl Presented {
    /// The scenario evaluated on its own day; `None` when its case does not evaluate.
    pub fn new(scenario: &'static Scenario, number: usize) -> Option<Presented> {
        let case: Value = serde_json::from_str(scenario.case).ok()?;
        let result = crate::scoring::evaluate(&case, super::today()).ok()?;
        let steps = deck::steps(&result);
        let beats = deck::beats(&case, &result);
        Some(Presented {
            scenario,
            case,
            result,
            steps,
            beats,
            number,
        })
    }

    fn regime(&self) -> RegimeId {
        self.scenario.regime
    }

    /// The standing on `day`: the case evaluated again with that `as_of`.
    fn on(&self, day: NaiveDate) -> Option<Evaluation> {
        let mut case = self.case.clone();
        case["as_of"] = Value::String(day.to_string());
        crate::scoring::evaluate(&case, super::today()).ok()
    }
}

/// A measure's words, with the length the office chose where the law gives a range
/// (温州 第十八条: 1–3 months, "定为 2 个月").
fn measure_words(result: &Evaluation, m: &Sanction) -> Text {
    let measure = sanction_words(result.regime, m);
    match m.months {
        Some(months) if months.min_months != months.max_months => Text::new(
            format!("{}，定为 {} 个月", measure.zh, months.months),
            format!("{}; set at {}", measure.en, words::months(months.months).en),
        ),
        _ => measure,
    }
}

/// A measure's dates: ` 2025-06-11 — 2025-09-10（最早 2025-08-10）`, or its bar.
fn measure_dates(result: &Evaluation, m: &Sanction) -> Text {
    let info = result.regime.info();
    match (m.start, m.months, m.bar) {
        (Some(start), Some(months), _) if months.earliest_end != months.end => Text::new(
            format!(
                " {start} — {}（修复后最早 {} 结束）",
                months.end, months.earliest_end
            ),
            format!(
                " {start} — {} (after a repair, {} at the earliest)",
                months.end, months.earliest_end
            ),
        ),
        (Some(start), Some(months), _) => Text::from(format!(" {start} — {}", months.end)),
        (Some(start), _, Some(bar)) => {
            let barred = words::bar_until(info, bar.bar_until);
            Text::new(
                format!("（{start} 起；{}）", barred.zh),
                format!(" (from {start}; {})", barred.en),
            )
        }
        _ => Text::default(),
    }
}

/// A running total: `累计 9 分`, `已扣 6 分`.
fn total_words(result: &Evaluation, total: u32) -> Text {
    if result.regime.info().counting == Counting::PointsDeducted {
        Text::new(
            format!("已扣 {total} 分"),
            format!("{total} points deducted"),
        )
    } else {
        Text::new(format!("累计 {total} 分"), format!("{total} points"))
    }
}

/// The measure giving the standing, else the latest decided by then.
fn standing_measure(result: &Evaluation) -> Option<&Sanction> {
    result
        .status
        .measure
        .and_then(|i| result.sanctions.get(i))
        .or(result
            .sanctions
            .iter()
            .rfind(|s| s.kind != SanctionKind::Notice && s.decided_on <= result.as_of))
}

/// The standing on a result's day, large.
fn headline(regime: RegimeId, result: &Evaluation) -> impl IntoView {
    let info = result.regime.info();
    let state = words::state(info, result.status.state);
    let total = result
        .status
        .total
        .map(|t| total_words(result, t))
        .unwrap_or_default();
    let measure = standing_measure(result).map(|m| {
        (
            measure_words(result, m),
            measure_dates(result, m),
            m.cite.clone(),
        )
    });
    let as_of = result.as_of;
    view! {
        <div class=format!("present-result state-{}", result.status.state)>
            <p class="present-asof">{say(Text::new(format!("{as_of} 的状态"), format!("Standing on {as_of}")))}</p>
            <p class="present-state"><strong>{say(state)}</strong> " · " {say(total)}</p>
            {measure.map(|(text, dates, cite)| view! {
                <p class="present-measure">{say(text)}{say(dates)} " " <Cite regime cite/></p>
            })}
        </div>
    }
}

/// The SVG timeline up to `until` (everything when `None`): decisions as numbered marks,
/// measures as bars, repairs as diamonds, and a measure's earliest end after a repair as
/// a dashed line beside its end.
pub fn timeline(p: &Presented, until: Option<NaiveDate>) -> impl IntoView {
    let result = &p.result;
    let steps = &p.steps;
    let (Some(first), Some(last)) = (steps.first(), steps.last()) else {
        return None;
    };
    let ends = result.sanctions.iter().filter_map(|s| {
        s.months
            .map(|m| m.end)
            .or(s.bar.map(|b| b.bar_until))
            .or(s.start)
    });
    let from = first.on;
    let to = ends.chain([last.on, result.as_of]).max().unwrap_or(last.on);
    let span = (to - from).num_days().max(1);
    let (width, left, right) = (1000i64, 20i64, 20i64);
    let x =
        |d: NaiveDate| left + (d - from).num_days().clamp(0, span) * (width - left - right) / span;
    let seen = |d: NaiveDate| until.is_none_or(|u| d <= u);
    let info = result.regime.info();
    let repairs: Vec<NaiveDate> = p
        .beats
        .iter()
        .filter(|b| matches!(b.moment, Moment::Repair(_)) && seen(b.on))
        .map(|b| b.on)
        .collect();
    let bars = result
        .sanctions
        .iter()
        .filter(|s| seen(s.decided_on))
        .filter_map(|s| {
            let start = s.start?;
            let end = s.months.map(|m| m.end).or(s.bar.map(|b| b.bar_until))?;
            let class = match s.kind {
                SanctionKind::Termination => "span-termination",
                SanctionKind::Suspension => "span-suspension",
                SanctionKind::Training => "span-training",
                _ => "span-other",
            };
            let (x1, x2) = (x(start), x(end).max(x(start) + 4));
            // An end near the right edge is labelled to its left: "09-10" was cut to "09-".
            let end_anchor = if x2 > width - right - 60 { "end" } else { "start" };
            // After a repair seen so far, the earliest end beside the end.
            let earliest = s.months.map(|m| m.earliest_end).filter(|e| *e != end && repairs.iter().any(|r| *r <= end));
            let early = earliest.map(|e| {
                let xe = x(e);
                view! {
                    <line class="earliest" x1=xe.to_string() y1="40" x2=xe.to_string() y2="74"/>
                    <text class="span-end earliest-label" x=xe.to_string() y="88" text-anchor="end">{say(Text::new(format!("最早 {}", month_day(e)), format!("earliest {}", month_day(e))))}</text>
                }
            });
            Some(view! {
                <rect class=class x=x1.to_string() y="44" width=(x2 - x1).to_string() height="26" rx="3"/>
                <text class="span-label" x=(x1 + 6).to_string() y="62">{say(words::sanction_short(info, s.kind))}</text>
                {early}
                <text class="span-end" x=x2.to_string() y="88" text-anchor=end_anchor>{month_day(end)}</text>
            })
        })
        .collect_view();
    let marks = steps
        .iter()
        .enumerate()
        .filter(|(_, s)| seen(s.on))
        .map(|(i, s)| {
            let cx = x(s.on);
            view! {
                <circle class="decision" cx=cx.to_string() cy="24" r="11"/>
                <text class="decision-label" x=cx.to_string() y="29" text-anchor="middle">{(i + 1).to_string()}</text>
            }
        })
        .collect_view();
    let diamonds = repairs
        .iter()
        .map(|d| {
            let cx = x(*d);
            view! { <path class="repair" d=format!("M{cx} 12l9 12l-9 12l-9 -12z")/> }
        })
        .collect_view();
    let shown = steps.iter().filter(|s| seen(s.on)).count();
    let label = Text::new(
        format!("时间轴：{from} 至 {to}，已显示 {shown} 个决定"),
        format!("Timeline from {from} to {to}: {shown} decisions shown"),
    );
    Some(view! {
        <figure class="present-timeline">
            <svg viewBox="0 0 1000 120" role="img" aria-label=say(label)>
                <line class="axis-line" x1="20" y1="100" x2="980" y2="100"/>
                {bars}
                {marks}
                {diamonds}
                <text class="axis" x="20" y="117">{from.to_string()}</text>
                <text class="axis" x="980" y="117" text-anchor="end">{to.to_string()}</text>
            </svg>
        </figure>
    })
}

/// The scenario's heading on its slides: `案例 2 · 沪医保规〔2025〕3号`.
fn heading(p: &Presented) -> Text {
    let doc = p.regime().info().document;
    Text::new(
        format!("案例 {} · {doc}", p.number),
        format!("Case {} · {doc}", p.number),
    )
}

/// The question: the facts, and what happens, the answer not shown.
pub fn ask(p: &Presented) -> impl IntoView {
    let facts = describe(&p.case)
        .into_iter()
        .map(|line| view! { <li>{say(line)}</li> })
        .collect_view();
    let as_of = p.result.as_of;
    view! {
        <div class="present-step present-ask">
            <p class="present-doc">{say(heading(p))}</p>
            <h3>{tr("案情", "The facts")}</h3>
            <ul class="present-facts">{facts}</ul>
            <p class="present-question">{say(Text::new(
                format!("到 {as_of}，会怎样？此人处于什么状态，受到什么处理？"),
                format!("What happens by {as_of}? Where does the person stand, and what measure follows?"),
            ))}</p>
        </div>
    }
}

/// The points of one incident: `记 3 分`, `扣 2 分`.
fn incident_points(result: &Evaluation, points: u32) -> Text {
    if result.regime.info().counting == Counting::PointsDeducted {
        Text::new(
            format!("扣 {points} 分"),
            format!("{} deducted", words::points(points).en),
        )
    } else {
        Text::new(format!("记 {points} 分"), words::points(points).en)
    }
}

/// The period's total after a decision: `本年度累计 4 分`.
fn total_this_year(result: &Evaluation, total: u32) -> Text {
    if result.regime.info().counting == Counting::PointsDeducted {
        Text::new(
            format!("本年度累计扣 {total} 分"),
            format!("{} deducted this year", words::points(total).en),
        )
    } else {
        Text::new(
            format!("本年度累计 {total} 分"),
            format!("{} this year", words::points(total).en),
        )
    }
}

/// A decision's slide: what was scored, the total, the measures, and the office's and the
/// institution's deadlines that follow.
fn decision(p: &Presented, index: usize) -> AnyView {
    let (result, regime) = (&p.result, p.regime());
    let Some(step) = p.steps.get(index) else {
        return ().into_any();
    };
    let info = result.regime.info();
    let incidents = step
        .incidents
        .iter()
        .filter_map(|&i| result.incidents.get(i))
        .map(|i| {
            let item = i.item.clone().unwrap_or_default();
            let cite = i.trace.first().map(|t| t.cite.clone()).unwrap_or_default();
            let points = i.points.map(|pt| incident_points(result, pt)).unwrap_or_default();
            let counted = (!i.counted).then(|| tr("（不重复记分）", " (not counted again)"));
            view! { <li>{item} " " <Cite regime cite/> " " <strong>{say(points)}</strong>{counted}</li> }
        })
        .collect_view();
    let measures = step
        .sanctions
        .iter()
        .filter_map(|&i| result.sanctions.get(i))
        .map(|m| view! { <li><strong>{say(measure_words(result, m))}</strong>{say(measure_dates(result, m))} " " <Cite regime cite=m.cite.clone()/></li> })
        .collect_view();
    let no_measure = step.sanctions.is_empty().then(
        || view! { <li>{tr("本次决定不引起新的处理", "this decision brings no new measure")}</li> },
    );
    let total = step.total.map(|t| total_this_year(result, t));
    let deadlines = step
        .deadlines
        .iter()
        .filter_map(|&d| result.deadlines.get(d))
        .filter(|d| d.actor != crate::scoring::outcome::Actor::Person)
        .map(|d| {
            let who = words::actor(d.actor);
            view! { <li>{say(who)} "：" {say(words::deadline(info, d.kind))} " " <strong>{d.due.to_string()}</strong> " " <Cite regime cite=d.cite.clone()/></li> }
        })
        .collect_view();
    let heading = Text::new(
        format!("决定 {} · {}", index + 1, step.on),
        format!("Decision {} · {}", index + 1, step.on),
    );
    view! {
        <div class="present-step">
            <h3>{say(heading)}</h3>
            <ul class="present-incidents">{incidents}</ul>
            {total.map(|t| view! { <p class="present-total">{say(t)}</p> })}
            <ul class="present-measures">{measures}{no_measure}</ul>
            <ul class="present-deadlines">{deadlines}</ul>
        </div>
    }
    .into_any()
}

/// A repair's slide: what was done, the total after it, and the earliest end it allows.
fn repair(p: &Presented, index: usize, on: NaiveDate) -> AnyView {
    let info = p.regime().info();
    let Some(rules) = &info.procedure.repairs else {
        return ().into_any();
    };
    let kind = p.case["repairs"][index]["kind"].as_str().unwrap_or("exam");
    let rule = if kind == "participation" {
        &rules.participation
    } else {
        &rules.exam
    };
    let then = p.on(on);
    let total = then
        .as_ref()
        .and_then(|r| r.status.total)
        .map(|t| total_this_year(&p.result, t));
    let shortened = p.result.sanctions.iter().filter_map(|s| {
        let m = s.months?;
        (s.start? <= on && on <= m.end && m.earliest_end != m.end)
            .then_some((m.end, m.earliest_end))
    });
    let shortened = shortened.map(|(end, earliest)| {
        view! { <li>{say(Text::new(
            format!("暂停原定 {end} 结束；修复后最早可于 {earliest} 结束（年度内至多缩短 {} 个月）", rules.shortens_months),
            format!("due to end {end}; after the repair, {earliest} at the earliest (at most {} month a year off)", rules.shortens_months),
        ))}</li> }
    }).collect_view();
    let warnings = then.map(|r| {
        r.warnings
            .iter()
            .filter(|w| w.code.starts_with("repair"))
            .map(|w| view! { <li>{say(w.message.clone())}</li> })
            .collect_view()
    });
    let regime = p.regime();
    view! {
        <div class="present-step">
            <h3>{say(Text::new(format!("记分修复 · {on}"), format!("A repair · {on}")))}</h3>
            <ul class="present-incidents"><li>{say(rule.what.clone())} " " <Cite regime cite=rule.cite.to_string()/></li></ul>
            {total.map(|t| view! { <p class="present-total">{say(t)}</p> })}
            <ul class="present-measures">{shortened}{warnings}</ul>
        </div>
    }
    .into_any()
}

/// A deadline the person must meet, on its last day.
fn deadline(p: &Presented, index: usize) -> AnyView {
    let Some(d) = p.result.deadlines.get(index) else {
        return ().into_any();
    };
    let info = p.regime().info();
    let regime = p.regime();
    let done = d.done_on.map(|day| {
        view! { <p class="present-total">{say(Text::new(format!("已于 {day} 完成"), format!("done on {day}")))}</p> }
    });
    view! {
        <div class="present-step">
            <h3>{say(Text::new(format!("期限 · {}", d.due), format!("A deadline · {}", d.due)))}</h3>
            <p class="present-total">{say(words::actor(d.actor))} "：" {say(words::deadline(info, d.kind))} " · " {tr("最后一天 ", "last day ")} <strong>{d.due.to_string()}</strong></p>
            <ul class="present-measures"><li>{say(d.text.clone())} " " <Cite regime cite=d.cite.clone()/></li></ul>
            {done}
        </div>
    }
    .into_any()
}

/// A request to resume, or a restoration, on its day.
fn event(p: &Presented, on: NaiveDate, restoration: bool) -> AnyView {
    let terms = &p.regime().info().terms;
    let what = if restoration {
        Text::new(
            format!("{on} 办妥恢复手续"),
            format!("{on}: restored by the required act"),
        )
    } else {
        Text::new(
            format!("{on} 提出{}", terms.resumption.zh),
            format!("{on}: {} made", terms.resumption.en),
        )
    };
    view! {
        <div class="present-step">
            <h3>{say(what)}</h3>
        </div>
    }
    .into_any()
}

/// A moment's slide.
pub fn beat(p: &Presented, beat: &Beat) -> AnyView {
    match beat.moment {
        Moment::Decision(i) => decision(p, i),
        Moment::Repair(i) => repair(p, i, beat.on),
        Moment::Deadline(i) => deadline(p, i),
        Moment::Request(_) => event(p, beat.on, false),
        Moment::Restoration(_) => event(p, beat.on, true),
    }
}

/// The standing on a moment's day (decisions of that day and earlier counted).
pub fn standing_on(p: &Presented, on: NaiveDate) -> impl IntoView {
    let regime = p.regime();
    p.on(on).map(|r| headline(regime, &r))
}

/// The answer: the standing on the scenario's day, its title, its explanation and its
/// articles.
pub fn answer(p: &Presented) -> impl IntoView {
    let s = p.scenario;
    let regime = p.regime();
    let cites = s
        .cites
        .iter()
        .map(|c| view! { <Cite regime cite=*c/> " " })
        .collect_view();
    view! {
        <div class="present-step present-answer">
            <p class="present-doc">{say(heading(p))}</p>
            {headline(regime, &p.result)}
            <h3>{say(Text::fixed(s.title, s.title_en))}</h3>
            <p class="present-explain">{say(Text::fixed(s.explain, s.explain_en))}</p>
            <p class="cites">{tr("依据：", "Articles: ")}{cites}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn presented(id: &str) -> Presented {
        let s = crate::teach::scenarios::get(id).expect("scenario");
        let case: Value = serde_json::from_str(s.case).expect("case");
        let result = crate::scoring::evaluate(&case, NaiveDate::MIN).expect("result");
        Presented {
            scenario: s,
            steps: deck::steps(&result),
            beats: deck::beats(&case, &result),
            case,
            result,
            number: 1,
        }
    }

    #[test]
    fn a_repaired_suspension_says_its_earliest_end_beside_its_end() {
        let p = presented("sh2025-repair-shortens");
        let m = standing_measure(&p.result).expect("a measure");
        let dates = measure_dates(&p.result, m);
        assert!(
            dates.zh.contains("2025-09-10") && dates.zh.contains("最早 2025-08-10"),
            "{}",
            dates.zh
        );
        assert!(measure_words(&p.result, m)
            .zh
            .starts_with("暂停医保支付资格"));
        assert_eq!(total_words(&p.result, 9).zh, "累计 9 分");
        assert_eq!(heading(&p).zh, "案例 1 · 沪医保规〔2025〕3号");
    }
}
