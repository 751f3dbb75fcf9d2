//! Presentation mode (`#present=<scenario id>`): projector-sized, the result first, then
//! the decisions one at a time (buttons, or the arrow keys, Page Up/Down and the space
//! bar), the timeline growing with each. Switching the language redraws the words and
//! keeps the slide shown.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{say, tr};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::outcome::{Evaluation, Sanction, SanctionKind};
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::words;
use crate::teach::present::{self, DecisionStep};
use crate::teach::rules::sanction_words;
use crate::teach::scenarios::{self, Scenario};

/// The SVG timeline up to step `shown` (0: the result alone, the whole case drawn).
fn timeline(result: &Evaluation, steps: &[DecisionStep], shown: usize) -> impl IntoView {
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
    let visible = if shown == 0 { steps.len() } else { shown };
    let decided: Vec<NaiveDate> = steps.iter().take(visible).map(|s| s.on).collect();
    let info = result.regime.info();
    let bars = result
        .sanctions
        .iter()
        .filter(|s| decided.contains(&s.decided_on))
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
            Some(view! {
                <rect class=class x=x1.to_string() y="44" width=(x2 - x1).to_string() height="26" rx="3"/>
                <text class="span-label" x=(x1 + 6).to_string() y="62">{say(words::sanction_short(info, s.kind))}</text>
            })
        })
        .collect_view();
    let marks = steps
        .iter()
        .take(visible)
        .enumerate()
        .map(|(i, s)| {
            let cx = x(s.on);
            view! {
                <circle class="decision" cx=cx.to_string() cy="24" r="9"/>
                <text class="decision-label" x=cx.to_string() y="28" text-anchor="middle">{(i + 1).to_string()}</text>
            }
        })
        .collect_view();
    let label = Text::new(
        format!("时间轴：{from} 至 {to}，已显示 {visible} 个决定"),
        format!("Timeline from {from} to {to}: {visible} decisions shown"),
    );
    Some(view! {
        <figure class="present-timeline">
            <svg viewBox="0 0 1000 100" role="img" aria-label=say(label)>
                <line class="axis-line" x1="20" y1="84" x2="980" y2="84"/>
                {bars}
                {marks}
                <text class="axis" x="20" y="99">{from.to_string()}</text>
                <text class="axis" x="980" y="99" text-anchor="end">{to.to_string()}</text>
            </svg>
        </figure>
    })
}

/// A measure's words, with the length the office chose where the law gives a range
/// (温州 第十八条: 1–3 months, "定为 2 个月").
fn with_chosen(m: &Sanction, measure: Text) -> Text {
    match m.months {
        Some(months) if months.min_months != months.max_months => Text::new(
            format!("{}，定为 {} 个月", measure.zh, months.months),
            format!("{}; set at {}", measure.en, words::months(months.months).en),
        ),
        _ => measure,
    }
}

/// A measure as a slide says it: its words in the regime's terms, with the length chosen.
fn measure_words(result: &Evaluation, m: &Sanction) -> Text {
    with_chosen(m, sanction_words(result.regime, m))
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

/// The standing, first and large.
fn headline(s: &Scenario, result: &Evaluation) -> impl IntoView {
    let info = result.regime.info();
    let state = words::state(info, result.status.state);
    let total = result
        .status
        .total
        .map(|t| total_words(result, t))
        .unwrap_or_default();
    let measure = standing_measure(result).map(|m| {
        let dates = match (m.start, m.months, m.bar) {
            (Some(start), Some(months), _) => Text::from(format!(" {start} — {}", months.end)),
            (Some(start), _, Some(bar)) => Text::new(
                format!("（{start} 起，至 {}）", bar.bar_until),
                format!(" (from {start}, until {})", bar.bar_until),
            ),
            _ => Text::default(),
        };
        (measure_words(result, m), dates, m.cite.clone())
    });
    let regime = s.regime;
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

/// The points of one incident on a slide: `记 3 分`, `扣 2 分`.
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

/// One decision, as a slide.
fn decision_view(
    s: &Scenario,
    result: &Evaluation,
    step: &DecisionStep,
    index: usize,
) -> impl IntoView {
    let regime = s.regime;
    let info = result.regime.info();
    let incidents = step
        .incidents
        .iter()
        .filter_map(|&i| result.incidents.get(i))
        .map(|i| {
            let item = i.item.clone().unwrap_or_default();
            let cite = i.trace.first().map(|t| t.cite.clone()).unwrap_or_default();
            let points = i
                .points
                .map(|p| incident_points(result, p))
                .unwrap_or_default();
            let counted = (!i.counted).then(|| tr("（不重复记分）", " (not counted again)"));
            view! { <li>{item} " " <Cite regime cite/> " " <strong>{say(points)}</strong>{counted}</li> }
        })
        .collect_view();
    let measures = step
        .sanctions
        .iter()
        .filter_map(|&i| result.sanctions.get(i))
        .map(|m| {
            let dates = match (m.start, m.months, m.bar) {
                (Some(start), Some(months), _) => Text::from(format!(" {start} — {}", months.end)),
                // In the regime's own words: 济宁 and 温州 bar a new agreement, not a
                // registration.
                (Some(start), _, Some(bar)) => {
                    let barred = words::bar_until(info, bar.bar_until);
                    Text::new(
                        format!("（{start} 起；{}）", barred.zh),
                        format!(" (from {start}; {})", barred.en),
                    )
                }
                _ => Text::default(),
            };
            view! { <li><strong>{say(measure_words(result, m))}</strong>{say(dates)} " " <Cite regime cite=m.cite.clone()/></li> }
        })
        .collect_view();
    let no_measure = step.sanctions.is_empty().then(|| {
        view! { <li>{tr("本次决定不引起新的处理", "this decision brings no new measure")}</li> }
    });
    let total = step.total.map(|t| total_this_year(result, t));
    let deadlines = step
        .deadlines
        .iter()
        .filter_map(|&d| result.deadlines.get(d))
        .map(|d| {
            view! {
                <li>{say(words::deadline(info, d.kind))} " " <strong>{d.due.to_string()}</strong> " " <Cite regime cite=d.cite.clone()/></li>
            }
        })
        .collect_view();
    let has_deadlines = !step.deadlines.is_empty();
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
            {has_deadlines.then(|| view! {
                <details class="present-deadlines"><summary>{tr("随后的期限", "Deadlines that follow")}</summary><ul>{deadlines}</ul></details>
            })}
        </div>
    }
}

/// Where the slides are: `结果 · 共 3 个决定`, `第 2 / 3 个决定`.
fn position(shown: usize, count: usize) -> Text {
    if shown == 0 {
        Text::new(
            format!("结果 · 共 {count} 个决定"),
            format!("The result · {count} decisions"),
        )
    } else {
        Text::new(
            format!("第 {shown} / {count} 个决定"),
            format!("Decision {shown} of {count}"),
        )
    }
}

/// The keys that step through the slides (outside a field): forward, back, to the
/// result, to the last decision.
fn step_keys(shown: RwSignal<usize>, count: usize) {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let tag = ev
            .target()
            .and_then(|t| {
                use leptos::wasm_bindgen::JsCast;
                t.dyn_into::<web_sys::Element>().ok()
            })
            .map(|e| e.tag_name());
        // Keys typed into a field are the field's; the space bar presses a focused button
        // or link (the header's language switch, reached by Tab: the title bar is out of
        // the projected picture).
        let in_field = matches!(tag.as_deref(), Some("INPUT" | "SELECT" | "TEXTAREA"));
        let on_control = matches!(tag.as_deref(), Some("BUTTON" | "A" | "SUMMARY"));
        if in_field || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        if on_control && ev.key() == " " {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => {
                ev.prevent_default();
                shown.update(|n| *n = (*n + 1).min(count));
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                ev.prevent_default();
                shown.update(|n| *n = n.saturating_sub(1));
            }
            "Home" => shown.set(0),
            "End" => shown.set(count),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
}

/// The presentation of a scenario.
#[component]
pub fn Present(id: String) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let Some(s) = scenarios::get(&id) else {
        return view! { <super::training::BadLink problem=super::training::Problem::Scenario(id)/> }.into_any();
    };
    let case: serde_json::Value = serde_json::from_str(s.case).unwrap_or_default();
    let Ok(result) = crate::scoring::evaluate(&case, super::today()) else {
        return view! { <super::training::BadLink problem=super::training::Problem::Scenario(id)/> }.into_any();
    };
    let steps = present::steps(&result);
    let count = steps.len();
    // 0: the result; 1..=count: the decisions.
    let shown = RwSignal::new(0usize);
    let next = move || shown.update(|n| *n = (*n + 1).min(count));
    let back = move || shown.update(|n| *n = n.saturating_sub(1));
    step_keys(shown, count);
    // The standing as the slides go: the result's at first, then on each decision's day.
    let result_view = {
        let result = result.clone();
        let steps = steps.clone();
        move || {
            let n = shown.get();
            let on = n
                .checked_sub(1)
                .and_then(|i| steps.get(i))
                .map(|step| step.on);
            let then = on.and_then(|on| {
                let mut case = case.clone();
                case["as_of"] = serde_json::Value::String(on.to_string());
                crate::scoring::evaluate(&case, super::today()).ok()
            });
            headline(s, then.as_ref().unwrap_or(&result))
        }
    };
    let stage = {
        let result = result.clone();
        let steps = steps.clone();
        move || {
            let n = shown.get();
            if n == 0 {
                view! {
                    <div class="present-step">
                        <h3>{tr("结果", "The result")}</h3>
                        <p class="present-explain">{say(Text::fixed(s.explain, s.explain_en))}</p>
                    </div>
                }
                .into_any()
            } else {
                decision_view(s, &result, &steps[n - 1], n - 1).into_any()
            }
        }
    };
    let growing = {
        let result = result.clone();
        let steps = steps.clone();
        move || timeline(&result, &steps, shown.get())
    };
    let lang = super::i18n::lang();
    let position = move || position(shown.get(), count).get(lang.get()).to_string();
    let open = move |_| page.set(Page::Scenario(s.id.to_string()));
    let leave = move |_| page.set(Page::Scenarios);
    view! {
        <section class="present" aria-labelledby="present-title">
            <header class="present-head">
                <div>
                    <p class="present-doc">{s.regime.info().document}</p>
                    <h2 id="present-title">{say(Text::fixed(s.title, s.title_en))}</h2>
                </div>
                <nav class="present-nav" aria-label=tr("演示步骤", "Steps")>
                    <button type="button" class="secondary" on:click=move |_| back() disabled=move || shown.get() == 0>
                        {tr("← 上一步", "← Back")}
                    </button>
                    <span class="present-position" role="status">{position}</span>
                    <button type="button" class="primary" on:click=move |_| next() disabled=move || shown.get() == count>
                        {tr("下一步 →", "Next →")}
                    </button>
                </nav>
            </header>
            {result_view}
            {growing}
            <div class="present-stage" aria-live="polite">{stage}</div>
            <p class="hint present-keys">
                {tr("方向键、空格、Page Up/Down 翻页；Home 回到结果。", "Arrow keys, space and Page Up/Down step; Home returns to the result.")}
                " "
                <button type="button" class="link" on:click=open>{tr("在计算器中打开此案例", "Open this scenario in the calculator")}</button>
                " "
                <button type="button" class="link" on:click=leave>{tr("结束演示，回到案例库", "End, back to the library")}</button>
            </p>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result_of(id: &str) -> Evaluation {
        let s = scenarios::get(id).expect("scenario");
        let case: serde_json::Value = serde_json::from_str(s.case).expect("case");
        crate::scoring::evaluate(&case, NaiveDate::MIN).expect("result")
    }

    #[test]
    fn a_chosen_length_is_said_beside_the_range() {
        let result = result_of("sh2025-band-edge-8-9");
        let m = standing_measure(&result).expect("a measure");
        assert!(measure_words(&result, m).zh.starts_with("暂停医保支付资格"));
        assert_eq!(position(0, 3).zh, "结果 · 共 3 个决定");
        assert_eq!(position(2, 3).en, "Decision 2 of 3");
        assert_eq!(total_words(&result, 9).zh, "累计 9 分");
    }
}
