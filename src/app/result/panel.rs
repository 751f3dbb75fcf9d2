//! The answer panel: the answer first, at the top of the page on a phone and of the
//! result column on a desktop; before any incident, what the calculator answers and how
//! to start.

use leptos::prelude::*;

use super::error::ErrorCard;
use super::print::{print_heading, print_report};
use crate::app::answer::{waiting_note, Answer};
use crate::app::i18n::tr;
use crate::app::{ctx, Ctx, Page};

/// For the size and speed report (`tests/browser/size-report.mjs`): the `first-result`
/// mark, once, when the app's first screen is drawn: the answer panel, or on a phone's
/// first visit the guided questions.
pub fn mark_first_screen() {
    request_animation_frame(|| {
        if let Some(performance) = window().performance() {
            if performance.get_entries_by_name("first-result").length() == 0 {
                let _ = performance.mark("first-result");
            }
        }
    });
}

/// The answer, first: at the top of the page on a phone, at the top of the result column
/// on a desktop. Before any incident, what the calculator answers and how to start.
#[component]
pub fn AnswerPanel() -> impl IntoView {
    let Ctx {
        computed, draft, ..
    } = ctx();
    mark_first_screen();
    move || {
        let c = computed.get();
        let regime = c.regime;
        let waiting = draft.with(|d| d.waiting(regime));
        match c.outcome {
            Err(error) => view! { <ErrorCard error prepared=c.prepared.clone()/> }.into_any(),
            Ok(result) if result.incidents.is_empty() => {
                view! { {welcome()} {waiting_note(waiting)} }.into_any()
            }
            Ok(result) => view! {
                {print_heading(&result, regime, c.today)}
                <Answer result=result.clone() regime today=c.today waiting/>
                {print_report(&result, regime)}
            }
            .into_any(),
        }
    }
}

/// Before any incident: what the calculator answers, and the two ways to start. (A
/// function, not a component: a component's view is erased to `AnyView`, which costs the
/// wasm more.)
fn welcome() -> impl IntoView {
    let Ctx { page, embed, .. } = ctx();
    view! {
        <section class="card status welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">{tr("从告知书或决定书开始", "Start from your notice or decision")}</h2>
            <p>{tr(
                "录入被记分的违规事件：条目、责任程度和日期（只有告知书也可以）。这里随即回答：今天能否正常执业；决定作出后会怎样、到何时；您需要在何时之前做什么。",
                "Enter the scored incident: its item, your responsibility and the dates (the notice alone is enough). The answer appears here: can you practise today; what the decision leads to, until when; and what you must do by when.",
            )}</p>
            <div class="start-actions">
                // The embed has no guided questions (they are pages of the app).
                {(!embed).then(|| view! {
                    <button type="button" class="primary" on:click=move |_| page.set(Page::Guide(1))>
                        {tr("一步一步回答", "Answer step by step")}
                    </button>
                })}
                <button type="button" class=if embed { "primary" } else { "secondary" } on:click=move |_| { crate::app::incidents::add_incident(); }>
                    {tr("＋ 添加违规事件", "+ Add an incident")}
                </button>
            </div>
        </section>
    }
}
