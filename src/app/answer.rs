//! The answer first: can I practise today; where the decisions entered lead (spec v2's
//! `outlook`), marked 预计 where a decision is projected; and the next thing *I* must do,
//! by when. In the regime's own words, each line citing its article.
//!
//! The words and the choices (which measures are decided but not begun, which period has
//! ended, which deadlines are mine) are plain functions of the result in [`lines`], each
//! a [`Text`] in both languages, drawn here in the reader's language and redrawn when it
//! changes; what spec v3 adds (what restores a person after a measure's term, a
//! December notice's two outcomes) is in [`after`].
//!
//! Dependencies point one way: `result` (the answer panel) and the guided questions draw
//! [`Answer`]; `result`'s details use [`unbroken_dates`] and [`dated`]. Nothing here
//! imports `result`.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::ctx;
use super::i18n::{gloss_hidden, hidden_unless, say, tr, Lang};
use super::law::Cite;
use crate::scoring::outcome::{Evaluation, Outlook, Sanction, Status};
use crate::scoring::regimes::{Condition, Counting};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

pub mod after;
pub mod lines;

use after::*;
use lines::*;

/// The text with each `YYYY-MM-DD` kept on one line: a narrow screen would otherwise
/// break a date after a hyphen ("2026-" / "12-14"). The text itself is unchanged, so a
/// copied date is the date.
pub fn unbroken_dates(text: &str) -> Vec<AnyView> {
    let is_date = |b: &[u8]| {
        b.iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
    };
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let (mut start, mut at) = (0, 0);
    // Only ASCII bytes are compared and cut at, so every cut is a character boundary.
    while at + 10 <= bytes.len() {
        if is_date(&bytes[at..at + 10]) {
            if start < at {
                parts.push(text[start..at].to_string().into_any());
            }
            let date = text[at..at + 10].to_string();
            parts.push(view! { <span class="date">{date}</span> }.into_any());
            at += 10;
            start = at;
        } else {
            at += 1;
        }
    }
    if start < text.len() {
        parts.push(text[start..].to_string().into_any());
    }
    parts
}

/// A [`Text`] in the reader's language with its dates kept whole ([`unbroken_dates`]):
/// both languages are drawn, the other one hidden, so that a switch only shows one and
/// hides the other (cheaper in the wasm than drawing the pieces again).
pub fn dated(text: Text) -> impl IntoView {
    view! {
        <span hidden=hidden_unless(Lang::Zh)>{unbroken_dates(&text.zh)}</span>
        <span hidden=hidden_unless(Lang::En)>{unbroken_dates(&text.en)}</span>
    }
}

/// Incidents not complete enough to count: said where the answer is, since without them
/// the answer may be lighter than the case. Printed too.
pub fn waiting_note(waiting: usize) -> Option<impl IntoView> {
    (waiting > 0).then(|| {
        view! { <p class="note warning waiting" role="status">{say(waiting_text(waiting))}</p> }
    })
}

/// A line of the answer's lists: its text (dates kept whole), 预计 where it rests on a
/// decision not yet made, anything `also` to say, then its article.
fn answer_line(
    regime: RegimeId,
    text: Text,
    projected: bool,
    cite: String,
    also: Option<AnyView>,
) -> impl IntoView {
    view! {
        <li>
            {dated(text)}
            {projected.then(|| view! { " " <span class="badge projected">{tr("预计", "expected")}</span> })}
            {also}
            " " <Cite regime cite/>
        </li>
    }
}

/// Measures, each with the day it was decided ([`decided_measure`]), as a list.
fn decided_list(regime: RegimeId, measures: &[&Sanction]) -> impl IntoView {
    let info = regime.info();
    let lines = measures
        .iter()
        .map(|s| {
            answer_line(
                regime,
                decided_measure(info, s),
                s.projected,
                s.cite.clone(),
                None,
            )
        })
        .collect_view();
    view! { <ul class="coming-list">{lines}</ul> }
}

/// Where the decisions still to come lead: the standing once they are made, its total,
/// and each measure they decide with its dates: `result`'s `outlook`, under `regime`.
///
/// (The answer's blocks are plain functions, not components: a component's view is
/// erased to `AnyView`, which costs the wasm more than these few lines each.)
fn outlook_block(result: &Evaluation, outlook: &Outlook, regime: RegimeId) -> impl IntoView {
    let info = regime.info();
    let measures = coming(result)
        .into_iter()
        .map(|s| {
            let may = s.discretionary.then(|| {
                view! { " " <span class="badge">{tr("可以，非必须", "may, not must")}</span> }
                    .into_any()
            });
            answer_line(
                regime,
                coming_measure(info, s),
                s.projected,
                s.cite.clone(),
                may,
            )
        })
        .collect_view();
    let class = format!("outlook state-{}", outlook.status.state);
    view! {
        <div class=class>
            <h3>{dated(outlook_heading(info, result, outlook))}</h3>
            <p class="state"><strong>{dated(standing_line(info, result, &outlook.status))}</strong></p>
            <p class="total">{say(total_line(&outlook.status))}</p>
            <ul class="coming-list">{measures}</ul>
        </div>
    }
}

/// Measures already decided that begin after the day asked ([`decided_not_begun`]): the
/// standing is still "normal" that day, so their dates are said here, not only in the
/// details below.
fn not_begun(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    let pending = decided_not_begun(regime.info(), result);
    (!pending.is_empty()).then(|| {
        let class = format!("outlook state-{}", not_begun_state(&pending));
        view! {
            <div class=class>
                <h3>{tr("已作出决定，尚未开始执行", "Decided, not yet begun")}</h3>
                {decided_list(regime, &pending)}
            </div>
        }
    })
}

/// A period over before the day asked ([`ended_period`]): its highest total and the
/// measures it led to.
fn ended_period_block(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    ended_period(regime.info(), result).map(|ended| {
        let list = (!ended.measures.is_empty()).then(|| decided_list(regime, &ended.measures));
        view! {
            <div class="outlook ended-period">
                <h3>{dated(ended.heading)}</h3>
                <p class="total">{say(ended.total)}</p>
                {list}
            </div>
        }
    })
}

/// The next things the person must do (two at most), each by when.
fn tasks(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    let info = regime.info();
    // Not an objection already made.
    let objected = ctx()
        .computed
        .with_untracked(|c| objected(&c.prepared.case));
    let mine = my_deadlines(result, &objected);
    let lapsed = lapsed_objections(result, &objected);
    let repair = repair_before_decision(info, result);
    (!mine.is_empty() || !lapsed.is_empty() || repair.is_some()).then(|| {
        // What may still help, not a deadline: in the list's plain weight.
        let repair = repair.map(|(text, cite)| {
            let cite = cite.to_string();
            view! { <li class="advice">{dated(text)} " " <Cite regime cite/></li> }
        });
        let tasks = mine
            .iter()
            .take(2)
            .map(|d| {
                answer_line(
                    regime,
                    task_line(info, d),
                    d.projected,
                    d.cite.clone(),
                    None,
                )
            })
            .collect_view();
        // Said after what can still be done, in the list's plain weight.
        let lapsed = lapsed
            .iter()
            .map(|d| {
                let cite = d.cite.clone();
                view! { <li class="advice lapsed">{dated(lapsed_line(info, d))} " " <Cite regime cite/></li> }
            })
            .collect_view();
        view! {
            <div class="tasks">
                <h3>{tr("您需要做的", "What you must do")}</h3>
                <ul>{tasks}{lapsed}{repair}</ul>
            </div>
        }
    })
}

/// The document's conditions on the standing shown, word for word (the English gloss
/// beside them in English), folded: those that apply ([`conditions_for`]).
fn conditions_list(conditions: &[&Condition], regime: RegimeId) -> Option<impl IntoView> {
    let items = conditions
        .iter()
        .map(|c| {
            view! {
                <li>
                    <span lang="zh-CN">{c.text}</span>
                    <span class="gloss" hidden=gloss_hidden()>" — " {c.gloss}</span>
                    " " <Cite regime cite=c.cite/>
                </li>
            }
        })
        .collect_view();
    (!conditions.is_empty()).then(|| {
        view! {
            <details class="conditions">
                <summary>{tr("法规对此的规定", "What the document adds")}</summary>
                <ul>{items}</ul>
            </details>
        }
    })
}

/// What restores a person awaiting restoration ([`restoration_line`]), with its article.
fn restoration(result: &Evaluation, status: &Status, regime: RegimeId) -> Option<impl IntoView> {
    restoration_line(regime.info(), result, status).map(|(text, cite)| {
        view! { <p class="restoration">{say(text)} " " <Cite regime cite/></p> }
    })
}

/// A December notice's two outcomes side by side ([`year_outcomes`]): decided by the
/// year's end, or in the next year, each with its dates and article.
fn year_outcomes_block(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    year_outcomes(regime.info(), result).map(|outcomes| {
        let cells = outcomes
            .into_iter()
            .map(|o| {
                view! {
                    <div class="outcome">
                        <h4>{dated(o.when)}</h4>
                        <p>{dated(o.then)} " " <Cite regime cite=o.cite/></p>
                    </div>
                }
            })
            .collect_view();
        view! {
            <div class="year-outcomes">
                <h3>{tr("决定日期决定记分年度：两种结果", "The decision's day decides the year: both outcomes")}</h3>
                <div class="outcomes">{cells}</div>
            </div>
        }
    })
}

/// The answer card.
#[component]
pub fn Answer(
    /// The result to answer from.
    result: Evaluation,
    /// Its regime.
    regime: RegimeId,
    /// Today (the day the standing is asked for when the case gives none).
    today: NaiveDate,
    /// Incidents left out for want of a field: said inside the answer, which may be
    /// lighter without them.
    #[prop(optional)]
    waiting: usize,
) -> impl IntoView {
    let info = regime.info();
    let fines = info.counting == Counting::Fines;
    let status = result.status.clone();
    let now_line = if fines {
        Text::fixed(
            "本办法不记分：每个事件对应罚款和处理措施，由医保部门在法定范围内裁量。",
            "This order scores no points: each incident carries a fine and measures, which the office may choose within the ranges shown.",
        )
    } else {
        standing_line(info, &result, &status)
    };
    let outlook = result
        .outlook
        .clone()
        .filter(|_| !fines)
        .map(|outlook| outlook_block(&result, &outlook, regime));
    let final_status: Status = result
        .outlook
        .as_ref()
        .map_or(&status, |o| &o.status)
        .clone();
    // "N more points → …" under rules already repealed would score a later act under
    // the wrong document (沪2023 gave way to 沪2025 on 2025-03-31).
    let next = (!info.repealed_before(result.as_of))
        .then(|| next_band_line(info, &final_status))
        .flatten();
    let conditions = conditions_for(info, &status, &final_status);
    let assumed = assumed_request(info, &result).map(|(text, cite)| {
        view! { <p class="assumed note">{say(text)} " " <Cite regime cite/></p> }
    });
    let test = annual_test(info, &status)
        .map(|(text, cite)| view! { <p>{say(text)} " " <Cite regime cite/></p> });
    // Awaiting restoration today, or once the decisions are made.
    let restored = restoration(&result, &status, regime).or_else(|| {
        (final_status.state != status.state)
            .then(|| restoration(&result, &final_status, regime))
            .flatten()
    });
    let outcomes = (!fines)
        .then(|| year_outcomes_block(&result, regime))
        .flatten();
    // With incidents not yet counted the standing is of the rest: not coloured as a
    // verdict (a green 正常 read as one where 9 earlier points waited for their date).
    let state_class = format!(
        "card status answer state-{}{}",
        status.state,
        if waiting > 0 { " incomplete" } else { "" }
    );
    view! {
        <section class=state_class aria-labelledby="answer-title">
            <h2 id="answer-title">{tr("结论", "The answer")}</h2>
            <p class="as-of">{say(as_of_line(result.as_of, today))}</p>
            {waiting_note(waiting)}
            <p class="state" aria-live="polite"><strong>{dated(now_line)}</strong></p>
            {restored}
            {(!fines).then(|| view! { <p class="total">{say(total_line(&status))}</p> })}
            {not_begun(&result, regime)}
            {outlook}
            {outcomes}
            {ended_period_block(&result, regime)}
            {assumed}
            {tasks(&result, regime)}
            {next.map(|(text, cite)| view! { <p class="next">{say(text)} " " <Cite regime cite/></p> })}
            {test}
            {conditions_list(&conditions, regime)}
        </section>
    }
}
