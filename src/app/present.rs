//! Presentation mode (`#present=<scenario id>`): projector-sized, the result first, then
//! the decisions one at a time (buttons, or the arrow keys, Page Up/Down and the space
//! bar), the timeline growing with each.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{self, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::outcome::{Evaluation, SanctionKind};
use crate::scoring::regimes::Counting;
use crate::teach::present::{self, DecisionStep};
use crate::teach::rules::sanction_words;
use crate::teach::scenarios::{self, Scenario};

/// The SVG timeline up to step `shown` (0: the result alone, the whole case drawn).
fn timeline(
    lang: Lang,
    result: &Evaluation,
    steps: &[DecisionStep],
    shown: usize,
) -> impl IntoView {
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
                <text class="span-label" x=(x1 + 6).to_string() y="62">{i18n::sanction_short(lang, result.regime, s.kind)}</text>
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
    let label = lang.pick(
        format!("时间轴：{from} 至 {to}，已显示 {visible} 个决定"),
        format!("Timeline from {from} to {to}: {visible} decisions shown"),
    );
    Some(view! {
        <figure class="present-timeline">
            <svg viewBox="0 0 1000 100" role="img" aria-label=label>
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
fn with_chosen(m: &crate::scoring::outcome::Sanction, zh: String, en: String) -> (String, String) {
    match m.months {
        Some(months) if months.min_months != months.max_months => (
            format!("{zh}，定为 {} 个月", months.months),
            format!(
                "{en}; set at {} month{}",
                months.months,
                if months.months == 1 { "" } else { "s" }
            ),
        ),
        _ => (zh, en),
    }
}

/// The standing, first and large.
fn headline(lang: Lang, s: &Scenario, result: &Evaluation) -> impl IntoView {
    let state = i18n::state_name(lang, result.regime, result.status.state);
    let total = match (result.status.total, result.regime.info().counting) {
        (Some(t), Counting::PointsDeducted) => {
            lang.pick(format!("已扣 {t} 分"), format!("{t} points deducted"))
        }
        (Some(t), _) => lang.pick(format!("累计 {t} 分"), format!("{t} points")),
        _ => String::new(),
    };
    // The measure giving the standing, else the latest decided by then.
    let measure = result
        .status
        .measure
        .and_then(|i| result.sanctions.get(i))
        .or(result
            .sanctions
            .iter()
            .rfind(|s| s.kind != SanctionKind::Notice && s.decided_on <= result.as_of));
    let measure_text = measure.map(|m| {
        let (zh, en) = sanction_words(result.regime, m);
        let (zh, en) = with_chosen(m, zh, en);
        let dates = match (m.start, m.months, m.bar) {
            (Some(start), Some(months), _) => format!(" {start} — {}", months.end),
            (Some(start), _, Some(bar)) => lang.pick(
                format!("（{start} 起，至 {}）", bar.bar_until),
                format!(" (from {start}, until {})", bar.bar_until),
            ),
            _ => String::new(),
        };
        (lang.pick(zh, en), dates, m.cite.clone())
    });
    let regime = s.regime;
    view! {
        <div class=format!("present-result state-{}", result.status.state)>
            <p class="present-asof">{lang.pick(format!("{} 的状态", result.as_of), format!("Standing on {}", result.as_of))}</p>
            <p class="present-state"><strong>{state}</strong> " · " {total}</p>
            {measure_text.map(|(text, dates, cite)| view! {
                <p class="present-measure">{text}{dates} " " <Cite regime cite/></p>
            })}
        </div>
    }
}

/// One decision, as a slide.
fn decision_view(
    lang: Lang,
    s: &Scenario,
    result: &Evaluation,
    step: &DecisionStep,
    index: usize,
) -> impl IntoView {
    let regime = s.regime;
    let incidents = step
        .incidents
        .iter()
        .filter_map(|&i| result.incidents.get(i))
        .map(|i| {
            let item = i.item.clone().unwrap_or_default();
            let cite = i.trace.first().map(|t| t.cite.clone()).unwrap_or_default();
            let points = match i.points {
                Some(p) if result.regime.info().counting == Counting::PointsDeducted => lang.pick(
                    format!("扣 {p} 分"),
                    format!("{} deducted", i18n::points(lang, p)),
                ),
                Some(p) => lang.pick(format!("记 {p} 分"), i18n::points(lang, p)),
                None => String::new(),
            };
            let counted = (!i.counted).then(|| lang.t("（不重复记分）", " (not counted again)"));
            view! { <li>{item} " " <Cite regime cite/> " " <strong>{points}</strong>{counted}</li> }
        })
        .collect_view();
    let measures = step
        .sanctions
        .iter()
        .filter_map(|&i| result.sanctions.get(i))
        .map(|m| {
            let (zh, en) = sanction_words(result.regime, m);
            let (zh, en) = with_chosen(m, zh, en);
            let dates = match (m.start, m.months, m.bar) {
                (Some(start), Some(months), _) => format!(" {start} — {}", months.end),
                // In the regime's own words: 济宁 and 温州 bar a new agreement, not a
                // registration.
                (Some(start), _, Some(bar)) => lang.pick(
                    format!("（{start} 起；{}）", i18n::bar_until(lang, regime, bar.bar_until)),
                    format!(" (from {start}; {})", i18n::bar_until(lang, regime, bar.bar_until)),
                ),
                _ => String::new(),
            };
            view! { <li><strong>{lang.pick(zh, en)}</strong>{dates} " " <Cite regime cite=m.cite.clone()/></li> }
        })
        .collect_view();
    let no_measure = step.sanctions.is_empty().then(|| {
        view! { <li>{lang.t("本次决定不引起新的处理", "this decision brings no new measure")}</li> }
    });
    let total = step.total.map(|t| {
        if result.regime.info().counting == Counting::PointsDeducted {
            lang.pick(
                format!("本年度累计扣 {t} 分"),
                format!("{} deducted this year", i18n::points(lang, t)),
            )
        } else {
            lang.pick(
                format!("本年度累计 {t} 分"),
                format!("{} this year", i18n::points(lang, t)),
            )
        }
    });
    let deadlines = step
        .deadlines
        .iter()
        .filter_map(|&d| result.deadlines.get(d))
        .map(|d| {
            view! {
                <li>{i18n::deadline_name(lang, result.regime, d.kind)} " " <strong>{d.due.to_string()}</strong> " " <Cite regime cite=d.cite.clone()/></li>
            }
        })
        .collect_view();
    let has_deadlines = !step.deadlines.is_empty();
    view! {
        <div class="present-step">
            <h3>{lang.pick(format!("决定 {} · {}", index + 1, step.on), format!("Decision {} · {}", index + 1, step.on))}</h3>
            <ul class="present-incidents">{incidents}</ul>
            {total.map(|t| view! { <p class="present-total">{t}</p> })}
            <ul class="present-measures">{measures}{no_measure}</ul>
            {has_deadlines.then(|| view! {
                <details class="present-deadlines"><summary>{lang.t("随后的期限", "Deadlines that follow")}</summary><ul>{deadlines}</ul></details>
            })}
        </div>
    }
}

/// The presentation of a scenario.
#[component]
pub fn Present(id: String) -> impl IntoView {
    let Ctx { lang, page, .. } = ctx();
    let lang = lang.get_untracked();
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
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        // Keys typed into a field are the field's.
        let in_field = ev
            .target()
            .and_then(|t| {
                use leptos::wasm_bindgen::JsCast;
                t.dyn_into::<web_sys::Element>().ok()
            })
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if in_field || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                ev.prevent_default();
                back();
            }
            "Home" => shown.set(0),
            "End" => shown.set(count),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let title = lang.pick(s.title.to_string(), s.title_en.to_string());
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
            headline(lang, s, then.as_ref().unwrap_or(&result))
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
                        <h3>{lang.t("结果", "The result")}</h3>
                        <p class="present-explain">{lang.pick(s.explain.to_string(), s.explain_en.to_string())}</p>
                    </div>
                }
                .into_any()
            } else {
                decision_view(lang, s, &result, &steps[n - 1], n - 1).into_any()
            }
        }
    };
    let growing = {
        let result = result.clone();
        let steps = steps.clone();
        move || timeline(lang, &result, &steps, shown.get())
    };
    let position = move || {
        let n = shown.get();
        if n == 0 {
            lang.pick(
                format!("结果 · 共 {count} 个决定"),
                format!("The result · {count} decisions"),
            )
        } else {
            lang.pick(
                format!("第 {n} / {count} 个决定"),
                format!("Decision {n} of {count}"),
            )
        }
    };
    let open = move |_| page.set(Page::Scenario(s.id.to_string()));
    let leave = move |_| page.set(Page::Scenarios);
    view! {
        <section class="present" aria-labelledby="present-title">
            <header class="present-head">
                <div>
                    <p class="present-doc">{s.regime.info().document}</p>
                    <h2 id="present-title">{title}</h2>
                </div>
                <nav class="present-nav" aria-label=lang.t("演示步骤", "Steps")>
                    <button type="button" class="secondary" on:click=move |_| back() disabled=move || shown.get() == 0>
                        {lang.t("← 上一步", "← Back")}
                    </button>
                    <span class="present-position" role="status">{position}</span>
                    <button type="button" class="primary" on:click=move |_| next() disabled=move || shown.get() == count>
                        {lang.t("下一步 →", "Next →")}
                    </button>
                </nav>
            </header>
            {result_view}
            {growing}
            <div class="present-stage" aria-live="polite">{stage}</div>
            <p class="hint present-keys">
                {lang.t("方向键、空格、Page Up/Down 翻页；Home 回到结果。", "Arrow keys, space and Page Up/Down step; Home returns to the result.")}
                " "
                <button type="button" class="link" on:click=open>{lang.t("在计算器中打开此案例", "Open this scenario in the calculator")}</button>
                " "
                <button type="button" class="link" on:click=leave>{lang.t("结束演示，回到案例库", "End, back to the library")}</button>
            </p>
        </section>
    }
    .into_any()
}
