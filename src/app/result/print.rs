//! The printed report: its heading above the answer (the case's name, its document, the
//! day asked and the day computed) and, below it, what the screen shows elsewhere (every
//! incident with its trace, every measure with its trace). Hidden on screen.

use leptos::prelude::*;

use super::measures::sanction_dates;
use crate::app::i18n::{fine_text, lang, say, tr};
use crate::app::{ctx, Ctx};
use crate::scoring::outcome::{Evaluation, IncidentResult, SanctionKind, Step};
use crate::scoring::regimes::RegimeInfo;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};

/// An incident's points as the report gives them: the points and the range they were
/// chosen from, or 沪2020's fine in words.
pub fn incident_points(i: &IncidentResult) -> Text {
    match (i.points, i.range, &i.fine) {
        (Some(p), Some([lo, hi]), _) if lo != hi => Text::from(format!("{p}（{lo}—{hi}）")),
        (Some(p), _, _) => Text::from(p.to_string()),
        (None, _, Some(f)) => fine_text(f),
        _ => Text::default(),
    }
}

/// The day asked and the day computed, and what the result rests on.
pub fn computed_on(result: &Evaluation, today: chrono::NaiveDate) -> Text {
    Text::new(
        format!(
            "查询日期 {}；计算于 {}，依据所列文件原文，仅供参考，以医保部门决定为准。",
            result.as_of, today
        ),
        format!(
            "Standing on {}; computed on {} from the documents' own text; for reference only.",
            result.as_of, today
        ),
    )
}

/// The printed report's heading, above the answer: the case's name, its document, the
/// day asked and the day computed. Hidden on screen.
///
/// `result` under `regime`, computed on `today`. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
pub(super) fn print_heading(
    result: &Evaluation,
    regime: RegimeId,
    today: chrono::NaiveDate,
) -> impl IntoView {
    let Ctx { keep, .. } = ctx();
    let lang = lang();
    let info = regime.info();
    // The name can change without the result changing: read it where it is shown.
    let name = move || {
        let saved = keep.library.with(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        });
        let name = keep.preview.get().map_or(saved, |t| {
            if t.is_empty() {
                Text::fixed("分享的案例", "Shared case")
                    .get(lang.get())
                    .to_string()
            } else {
                t
            }
        });
        format!(" · {name}")
    };
    view! {
        <section class="print-only print-report">
            <h1>{tr("医保医师记分计算结果", "Medical-insurance scoring: result")} {name}</h1>
            <p>{format!("{} {}", info.document, info.title)}</p>
            <p>{say(computed_on(result, today))}</p>
        </section>
    }
}

/// A trace's steps, each with its article.
fn step_list(trace: &[Step]) -> impl IntoView {
    trace
        .iter()
        .map(|s| view! { <li>{say(s.text.clone())} " （" {s.cite.clone()} "）"</li> })
        .collect_view()
}

/// " (expected)" after what rests on a decision not yet made (nothing otherwise).
fn expected(projected: bool) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    if projected {
        tr("（预计）", " (expected)")
    } else {
        tr("", "")
    }
}

/// One incident's row of the report's table.
fn incident_row(info: &'static RegimeInfo, i: &IncidentResult) -> impl IntoView {
    let item = i.item.as_deref().and_then(|code| info.item(code));
    let code = match &i.item {
        Some(code) => Text::from(code.clone()),
        None => Text::fixed("（未填条目）", "(no item)"),
    };
    let counted = if i.counted {
        tr("", "")
    } else {
        tr("（不重复计分）", " (not counted)")
    };
    view! {
        <tr>
            <td>{i.id.clone()}</td>
            <td>{say(code)} " " {item.map(|it| it.text)}</td>
            <td>{i.period.clone()}</td>
            <td>{say(incident_points(i))}{counted}{expected(i.projected)}</td>
            <td><ol class="trace">{step_list(&i.trace)}</ol></td>
        </tr>
    }
}

/// The parts of the printed report that the screen shows elsewhere (in the incident
/// cards, or folded), below the answer: every incident with its trace, every measure with
/// its trace, each marked 预计 where its decision is not made yet. Hidden on screen.
///
/// `result` under `regime`. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
pub(super) fn print_report(result: &Evaluation, regime: RegimeId) -> impl IntoView {
    let info = regime.info();
    let rows = result
        .incidents
        .iter()
        .map(|i| incident_row(info, i))
        .collect_view();
    let measures = result
        .sanctions
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{say(words::heading(words::sanction(info, s.kind)))}</strong>
                    {format!(" · {} · {}", s.decided_on, s.cite)}
                    {expected(s.projected)}
                    {(s.kind != SanctionKind::Notice).then(|| view! { <p>{say(sanction_dates(info, s))}</p> })}
                    <ol class="trace">{step_list(&s.trace)}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="print-only print-report">
            <table class="print-incidents">
                <thead>
                    <tr>
                        <th>{tr("编号", "Label")}</th>
                        <th>{tr("条目", "Item")}</th>
                        <th>{tr("周期", "Period")}</th>
                        <th>{tr("分值", "Points")}</th>
                        <th>{tr("计算过程与依据", "How, and under which articles")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {(!result.sanctions.is_empty()).then(|| view! {
                <h2>{tr("处理措施", "Measures")}</h2>
                <ol class="print-measures">{measures}</ol>
            })}
        </section>
    }
}
