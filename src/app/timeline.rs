//! The timeline of each scoring period: the running total as a step line against the
//! bands, the measures as spans, and the day asked as a line. Drawn as SVG; the same
//! facts are in the lists beside it for screen readers.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{say, tr};
use crate::scoring::outcome::{Evaluation, PeriodResult, SanctionKind, State};
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};

// Whole-pixel geometry: SVG takes integers, and the app then needs no float formatting.
// The chart is as wide as its column, at most 26rem (style.css): 254–364 px on phones
// 320–430 px wide, 416 px elsewhere. A viewBox 340 wide puts its 12-unit labels at
// 10.4 px on a 360 px phone and 14.7 px at most (400 gave 8.8 px, and 24 px on a
// tablet, whose column was not capped). The right margin holds the longest band label,
// "9–11 suspended".
const WIDTH: i64 = 340;
const LEFT: i64 = 24;
const RIGHT: i64 = 108;
/// Room above the plot for the label of the day asked.
const TOP: i64 = 22;
const PLOT: i64 = 150;
const LANE: i64 = 16;

/// One chart per scoring period with incidents (the three latest) of `result`. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
pub fn timelines(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    if result.periods.is_empty() {
        return None;
    }
    let shown: Vec<&PeriodResult> = result.periods.iter().rev().take(3).rev().collect();
    let wait = wait_after_the_charts(result, regime, &shown);
    let charts = shown
        .into_iter()
        .map(|p| chart(regime, result, p))
        .collect_view();
    Some(view! {
        <section class="card timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{tr("时间线", "Timeline")}</h2>
            {charts}
            {wait.map(|text| view! { <p class="hint timeline-wait">{say(text)}</p> })}
        </section>
    })
}

/// The wait for what restores the person, in words, when none of the `shown` charts
/// has its days (it began after the last period with incidents: spec v3's
/// `sh2025-bar-over-not-restored`, a bar over in a year without decisions).
fn wait_after_the_charts(
    result: &Evaluation,
    regime: RegimeId,
    shown: &[&PeriodResult],
) -> Option<Text> {
    let since = result.status.awaiting_since?;
    if shown
        .iter()
        .any(|p| awaiting_restoration(result, p).is_some())
    {
        return None;
    }
    let term = words::state(regime.info(), State::RestorationPending);
    Some(Text::new(
        format!("{since} 起{}；查询日 {} 仍未恢复。", term.zh, result.as_of),
        format!(
            "From {since}: {}; not restored yet on the day asked ({}).",
            term.en.to_ascii_lowercase(),
            result.as_of
        ),
    ))
}

fn kind_color(kind: SanctionKind) -> &'static str {
    match kind {
        SanctionKind::Suspension => "span-suspension",
        SanctionKind::Termination => "span-termination",
        SanctionKind::Training => "span-training",
        _ => "span-other",
    }
}

/// A month on the chart's axis: `3月`, `Mar`.
pub fn month_label(date: NaiveDate) -> Text {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    Text::new(
        format!("{}月", chrono::Datelike::month(&date)),
        EN[chrono::Datelike::month0(&date) as usize],
    )
}

/// What a chart shows, in words (its caption and its label for screen readers): the
/// period, its total at the end, how many measures were decided in it, and from when it
/// is expected.
pub fn chart_summary(
    period: &PeriodResult,
    decided: usize,
    projected_from: Option<NaiveDate>,
) -> Text {
    let name = words::period(&period.period);
    let summary = Text::new(
        format!(
            "{}（{} 至 {}），期末累计 {} 分；处理措施 {} 项。",
            name.zh, period.start, period.end, period.total, decided
        ),
        format!(
            "Period {} ({} to {}): {} {} at the end; {} {}.",
            period.period,
            period.start,
            period.end,
            period.total,
            if period.total == 1 { "point" } else { "points" },
            decided,
            if decided == 1 { "measure" } else { "measures" }
        ),
    );
    match projected_from {
        Some(from) => Text::new(
            format!("{}{from} 起为预计（虚线）：决定尚未作出。", summary.zh),
            format!(
                "{} From {from}, expected (dashed): the decision is not made yet.",
                summary.en
            ),
        ),
        None => summary,
    }
}

/// The wait for what restores the person (spec v3 `restoration_pending`:
/// re-registration, a new agreement), as a chart of `period` draws it: the wait's first
/// day (the day after the measure's last, an extension's included), and the days of it
/// within the period, up to the day asked. `None` when the result is not awaiting a
/// restoration (the core gives the wait's first day with `restoration_pending` only), or
/// those days lie outside the period.
pub fn awaiting_restoration(
    result: &Evaluation,
    period: &PeriodResult,
) -> Option<(NaiveDate, NaiveDate, NaiveDate)> {
    let since = result.status.awaiting_since?;
    let from = since.max(period.start);
    let to = result.as_of.min(period.end);
    (from <= to).then_some((since, from, to))
}

fn chart(regime: RegimeId, result: &Evaluation, period: &PeriodResult) -> impl IntoView {
    let info = regime.info();
    let days = (period.end - period.start).num_days().max(1);
    let x = move |d: NaiveDate| -> i64 {
        let offset = (d - period.start).num_days().clamp(0, days);
        LEFT + offset * (WIDTH - LEFT - RIGHT) / days
    };
    let top_total = period.running.iter().map(|r| r.total).max().unwrap_or(0);
    let y_max = i64::from((top_total + 1).max(info.bands.last().map_or(12, |b| b.from + 1)));
    let y = move |t: u32| TOP + PLOT - i64::from(t) * PLOT / y_max;

    // The running total as a step line from 0 at the period's start; from the first
    // decision not made yet (预计), dashed.
    let projected_from = result
        .incidents
        .iter()
        .filter(|i| i.projected)
        .map(|i| i.decided_on)
        .min()
        .filter(|d| *d <= period.end);
    let mut path = format!("M{},{}", x(period.start), y(0));
    let mut level = 0;
    for r in period
        .running
        .iter()
        .filter(|r| projected_from.is_none_or(|p| r.date < p))
    {
        path.push_str(&format!(" H{} V{}", x(r.date), y(r.total)));
        level = r.total;
    }
    let projected_path = projected_from.map(|from| {
        path.push_str(&format!(" H{}", x(from)));
        let mut dashed = format!("M{},{}", x(from), y(level));
        for r in period.running.iter().filter(|r| r.date >= from) {
            dashed.push_str(&format!(" H{} V{}", x(r.date), y(r.total)));
        }
        dashed.push_str(&format!(" H{}", x(period.end)));
        view! { <path class="total projected" d=dashed/> }
    });
    if projected_from.is_none() {
        path.push_str(&format!(" H{}", x(period.end)));
    }

    // One dashed line per band; one label per run of bands of the same kind
    // ("9–11 暂停"), so that bands one point apart do not print over each other.
    let visible: Vec<_> = info
        .bands
        .iter()
        .filter(|b| i64::from(b.from) <= y_max)
        .collect();
    let lines = visible
        .iter()
        .map(|b| view! { <line class="band" x1=LEFT x2=WIDTH - RIGHT y1=y(b.from) y2=y(b.from)/> })
        .collect_view();
    let mut runs: Vec<(u32, Option<u32>, SanctionKind)> = Vec::new();
    for b in &visible {
        match runs.last_mut() {
            Some((_, to, kind)) if *kind == b.kind => *to = b.to,
            _ => runs.push((b.from, b.to, b.kind)),
        }
    }
    let labels = runs
        .into_iter()
        .map(|(from, to, kind)| {
            let range = match to {
                Some(to) if to == from => from.to_string(),
                Some(to) => format!("{from}–{to}"),
                None => format!("≥{from}"),
            };
            let short = words::sanction_short(info, kind);
            let label = Text::new(
                format!("{range} {}", short.zh),
                format!("{range} {}", short.en),
            );
            view! { <text class="band-label" x=WIDTH - RIGHT + 4 y=y(from) + 4>{say(label)}</text> }
        })
        .collect_view();
    let bands = view! { {lines} {labels} };

    let spans = measure_spans(result, period);
    // After the spans, a lane of its own for the wait since a term ended, drawn open: the
    // measure is over, and yet the person is not restored.
    let pending = awaiting_restoration(result, period);
    let lanes = (spans.len() + usize::from(pending.is_some())).max(1) as i64;
    let today =
        (result.as_of >= period.start && result.as_of <= period.end).then(|| x(result.as_of));
    let span_views = spans
        .iter()
        .enumerate()
        .map(|(i, span)| {
            let y0 = TOP + PLOT + 10 + i as i64 * LANE;
            let w = (x(span.to) - x(span.from)).max(2);
            let name = words::heading(words::sanction(info, span.kind));
            let (zh, en) = if span.projected { ("（预计）", " (expected)") } else { ("", "") };
            let title = Text::new(
                format!("{} {} — {}{zh}", name.zh, span.starts, span.ends),
                format!("{} {} — {}{en}", name.en, span.starts, span.ends),
            );
            let short = words::sanction_short(info, span.kind);
            let (lx, anchor) = span_label_at(x(span.from), label_width(&short), today);
            // A measure that runs past the period's end says to when, beside the plot:
            // the bar alone stops at 12-31 as if the measure did.
            let runs_on = span.runs_on().map(|end| {
                view! { <text class="span-label" x=WIDTH - RIGHT + 4 y=y0 + LANE - 7>"→ " {end.to_string()}</text> }
            });
            view! {
                <rect class=kind_color(span.kind) class:projected=span.projected x=x(span.from) y=y0 width=w height=LANE - 4 rx="2"><title>{say(title)}</title></rect>
                <text class="span-label" x=lx y=y0 + LANE - 7 text-anchor=anchor>{say(short)}</text>
                {runs_on}
            }
        })
        .collect_view();

    let pending_term = words::state(info, State::RestorationPending);
    let pending_view = pending.map(|(since, from, to)| {
        let y0 = TOP + PLOT + 10 + spans.len() as i64 * LANE;
        let title = Text::new(
            format!("{} {since} 起", pending_term.zh),
            format!("{} from {since}", pending_term.en),
        );
        let (lx, anchor) = span_label_at(x(from), label_width(&pending_term), today);
        view! {
            <rect class="span-pending" x=x(from) y=y0 width=(x(to) - x(from)).max(2) height=LANE - 4 rx="2"><title>{say(title)}</title></rect>
            <text class="span-label" x=lx y=y0 + LANE - 7 text-anchor=anchor>{say(pending_term.clone())}</text>
        }
    });

    // The day asked: its label above the plot, on the side with room, where it cannot
    // meet the measures' labels below.
    let as_of = today.map(|ax| {
        let right_half = ax > (LEFT + WIDTH - RIGHT) / 2;
        let (lx, anchor) = if right_half { (ax - 3, "end") } else { (ax + 3, "start") };
        view! {
            <line class="today" x1=ax x2=ax y1=TOP - 8 y2=TOP + PLOT + 10 + lanes * LANE/>
            <text class="today-label" x=lx y=TOP - 10 text-anchor=anchor>{tr("查询日", "as of")} " " {result.as_of.to_string()}</text>
        }
    });

    let height = TOP + PLOT + 14 + lanes * LANE + 16;
    let months = (0..=12)
        .filter_map(|m| crate::calendar::add_months(period.start, m))
        .filter(|d| *d <= period.end)
        .step_by(3)
        .map(|d| view! { <text class="axis" x=x(d) y=height - 4>{say(month_label(d))}</text> })
        .collect_view();
    // Every measure decided in the period, not only those drawn as spans (a notice has none).
    let decided = result
        .sanctions
        .iter()
        .filter(|s| s.decided_on >= period.start && s.decided_on <= period.end)
        .count();
    let summary = chart_summary(period, decided, projected_from);
    let summary = match pending {
        Some((since, _, _)) => Text::new(
            format!("{}{since} 起{}。", summary.zh, pending_term.zh),
            format!(
                "{} From {since}: {}.",
                summary.en,
                pending_term.en.to_ascii_lowercase()
            ),
        ),
        None => summary,
    };
    view! {
        <figure class="chart">
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-label=say(summary.clone())>
                <line class="axis-line" x1=LEFT x2=WIDTH - RIGHT y1=y(0) y2=y(0)/>
                <text class="axis" x="2" y=y(0) + 4>"0"</text>
                {bands}
                <path class="total" d=path/>
                {projected_path}
                {span_views}
                {pending_view}
                {as_of}
                {months}
            </svg>
            <figcaption>{say(summary)}</figcaption>
        </figure>
    }
}

/// A measure's bar in a period's chart.
struct Span {
    kind: SanctionKind,
    /// The part of the measure inside the period.
    from: NaiveDate,
    to: NaiveDate,
    /// The measure's own first and last days.
    starts: NaiveDate,
    ends: NaiveDate,
    projected: bool,
}

impl Span {
    /// The measure's last day when it is after the period's.
    fn runs_on(&self) -> Option<NaiveDate> {
        (self.ends > self.to).then_some(self.ends)
    }
}

/// The measures of `result` that fall in `period`, in order, each cut to the period.
fn measure_spans(result: &Evaluation, period: &PeriodResult) -> Vec<Span> {
    result
        .sanctions
        .iter()
        .filter_map(|s| {
            let starts = s.start?;
            // Every measure runs to its own last day (a later one never shortens it); an
            // extended one runs on to the end of the chart.
            let ends = s.months.map(|m| m.end).or(s.bar.map(|b| b.bar_until))?;
            let ends = if s.extended { period.end } else { ends };
            (starts <= period.end && ends >= period.start).then_some(Span {
                kind: s.kind,
                from: starts.max(period.start),
                to: ends.min(period.end),
                starts,
                ends,
                projected: s.projected,
            })
        })
        .collect()
}

/// About how wide a label is in the chart's 12px type, in either language: a Chinese
/// character is as wide as the type is high, a Latin letter or digit a little over half.
fn label_width(label: &Text) -> i64 {
    let width = |s: &str| -> i64 { s.chars().map(|c| if c.is_ascii() { 7 } else { 12 }).sum() };
    width(&label.zh).max(width(&label.en))
}

/// Where a measure's label goes in its lane, for a bar that starts at `from`: after the
/// bar's start, or before it near the plot's right edge; and, should it cross the line of
/// the day asked (`today`), past that line on the same side, so that the line and the
/// words never print over each other.
fn span_label_at(from: i64, width: i64, today: Option<i64>) -> (i64, &'static str) {
    let near_end = from > WIDTH - RIGHT - 60;
    if near_end {
        let lx = from - 3;
        match today {
            Some(t) if t >= lx - width - 2 && t <= lx + 2 => (t - 4, "end"),
            _ => (lx, "end"),
        }
    } else {
        let lx = from + 3;
        match today {
            Some(t) if t >= lx - 2 && t <= lx + width + 2 => (t + 4, "start"),
            _ => (lx, "start"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring;
    use serde_json::{json, Value};

    /// The result of `case` on its own `as_of`.
    fn evaluated(case: &Value) -> Evaluation {
        scoring::evaluate(case, day(case["as_of"].as_str().unwrap())).unwrap()
    }

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    /// 沪2025: a suspension over on 2026-03-10, its resumption not asked for (spec v3
    /// `resumption_requests: []`): the person waits from the next day to the day asked.
    #[test]
    fn the_wait_for_restoration_runs_from_the_terms_end_to_the_day_asked() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-01", "resumption_requests": [],
            "incidents": [{"id": "a", "points": 9, "decided_on": "2026-01-10"}]});
        let result = evaluated(&case);
        let year = result.periods.last().unwrap();
        assert_eq!(
            awaiting_restoration(&result, year),
            Some((day("2026-03-11"), day("2026-03-11"), day("2026-11-01")))
        );
        // Asked for in time (by 2026-02-25, 第三十条): restored when the term ends.
        let mut case = case;
        case["resumption_requests"] = json!([{"on": "2026-02-20"}]);
        let result = evaluated(&case);
        assert_eq!(
            awaiting_restoration(&result, result.periods.last().unwrap()),
            None
        );
    }

    /// A term over in an earlier year: this year's chart draws the wait from its first
    /// day, and says when the wait began.
    #[test]
    fn a_wait_begun_in_an_earlier_year_is_drawn_from_this_years_start() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-01", "resumption_requests": [],
            "incidents": [{"id": "a", "points": 9, "decided_on": "2025-04-10"},
                          {"id": "b", "points": 1, "decided_on": "2026-02-02"}]});
        let result = evaluated(&case);
        let this_year = result.periods.iter().find(|p| p.period == "2026").unwrap();
        assert_eq!(
            awaiting_restoration(&result, this_year),
            Some((day("2025-06-11"), day("2026-01-01"), day("2026-11-01")))
        );
    }

    /// 温州 第十条: a suspension with no request runs on to the agreement's end, and the
    /// wait for the new agreement begins the day after that, not after the months.
    #[test]
    fn an_extended_suspension_is_awaited_from_the_agreements_end() {
        let case = json!({"regime": "wenzhou-2014", "as_of": "2026-11-01", "resumption_requests": [],
            "agreement_start": "2026-01-01", "agreement_end": "2026-06-30",
            "incidents": [{"id": "a", "points": 9, "decided_on": "2026-01-10"}]});
        let result = evaluated(&case);
        assert_eq!(
            result.status.state,
            State::RestorationPending,
            "{:?}",
            result.status
        );
        let since = result.status.awaiting_since.unwrap();
        assert_eq!(since, day("2026-07-01"), "{:?}", result.sanctions);
    }

    /// spec v3 `sh2025-bar-over-not-restored`: the bar ended in 2026, a year with no
    /// decision and so no chart; the wait is said under the charts.
    #[test]
    fn a_wait_after_the_last_chart_is_said_in_words() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-08-01", "incidents": [
            {"id": "earlier", "points": 8, "decided_on": "2025-04-15"},
            {"id": "now", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-20"}]});
        assert_eq!(
            wait_in_words(&case),
            Some("2026-06-21 起待恢复医保支付资格；查询日 2026-08-01 仍未恢复。".into())
        );
        // Where a chart draws the wait, no words repeat it.
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-01", "resumption_requests": [],
            "incidents": [{"id": "a", "points": 9, "decided_on": "2026-01-10"}]});
        assert_eq!(wait_in_words(&case), None);
    }

    /// The wait said under the charts of every period of `case` (a 沪2025 case), in Chinese.
    fn wait_in_words(case: &Value) -> Option<String> {
        let result = evaluated(case);
        let regime = RegimeId::parse("shanghai-2025").unwrap();
        let shown: Vec<&PeriodResult> = result.periods.iter().collect();
        wait_after_the_charts(&result, regime, &shown).map(|t| t.zh.into_owned())
    }

    #[test]
    fn a_measures_label_never_crosses_the_line_of_the_day_asked() {
        let short = Text::fixed("暂停", "suspended");
        let width = label_width(&short);
        assert_eq!(width, 63, "the longer of the two languages");
        // Near the right edge: before the bar; the day asked just before it moves the
        // label before the day's line.
        assert_eq!(span_label_at(220, width, None), (217, "end"));
        assert_eq!(span_label_at(220, width, Some(207)), (203, "end"));
        assert_eq!(span_label_at(220, width, Some(100)), (217, "end"));
        // Elsewhere: after the bar's start; past the day's line when it would cross it.
        assert_eq!(span_label_at(100, width, Some(130)), (134, "start"));
        assert_eq!(span_label_at(100, width, Some(200)), (103, "start"));
        assert_eq!(span_label_at(100, width, None), (103, "start"));
    }

    #[test]
    fn a_measure_that_runs_into_next_year_says_to_when() {
        // 13.2 with primary responsibility notified on 11-25: a suspension (9 points)
        // expected from mid-December, past the chart's 12-31.
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]});
        let result = evaluated(&case);
        let spans = measure_spans(&result, &result.periods[0]);
        let suspension = spans
            .iter()
            .find(|s| s.kind == SanctionKind::Suspension)
            .expect("the suspension's bar");
        assert!(suspension.projected);
        assert_eq!(suspension.to, day("2026-12-31"));
        assert_eq!(suspension.runs_on(), Some(suspension.ends));
        assert!(suspension.ends > day("2027-01-01"), "{}", suspension.ends);
        // A measure over by the period's end says nothing more.
        let notice = spans.iter().find(|s| s.kind != SanctionKind::Suspension);
        assert!(notice.is_none_or(|s| s.runs_on().is_none()));
    }

    #[test]
    fn a_charts_summary_counts_in_both_languages() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]});
        let result = evaluated(&case);
        let period = result.periods.last().unwrap();
        let from = "2026-12-14".parse().unwrap();
        let text = chart_summary(period, 1, Some(from));
        assert!(
            text.zh.starts_with(
                "2026 年度（2026-01-01 至 2026-12-31），期末累计 9 分；处理措施 1 项。"
            ),
            "{}",
            text.zh
        );
        assert!(
            text.zh
                .ends_with("2026-12-14 起为预计（虚线）：决定尚未作出。"),
            "{}",
            text.zh
        );
        assert!(
            text.en.starts_with(
                "Period 2026 (2026-01-01 to 2026-12-31): 9 points at the end; 1 measure."
            ),
            "{}",
            text.en
        );
        assert_eq!(
            month_label("2026-03-01".parse().unwrap()),
            Text::fixed("3月", "Mar")
        );
    }
}
