//! The incidents: choosing the violated item from the regime's catalogue, the dates,
//! and the facts the regime uses; each card shows what its incident scores and why.
//!
//! - [`IncidentList`] (here): the list, with add and undo, and the focus it moves;
//! - `card`: one incident's card, in small parts (its head, its dates, its facts);
//! - `item`: choosing the item(s), with [`ItemPicker`] (the guided questions use it too);
//! - `outcome`: what the incident scores, or what it still needs;
//! - `words`: the words that depend on the regime, computed from its data.

use leptos::prelude::*;

use super::i18n::{say_with, tr};
use super::{ctx, Ctx};
use crate::exchange::draft::IncidentDraft;
use crate::scoring::outcome::IncidentResult;
use crate::scoring::Text;

mod card;
mod item;
mod outcome;
pub(crate) mod words;

pub use item::ItemPicker;

/// The list of incidents, with add and undo.
#[component]
pub fn IncidentList() -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let removed: RwSignal<Option<(usize, IncidentDraft)>> = RwSignal::new(None);
    let keys = move || draft.with(|d| d.incidents.iter().map(|i| i.key).collect::<Vec<_>>());
    let add = move |_| {
        add_incident();
    };
    if let Some(id) = PENDING_FOCUS.with(|pending| pending.borrow_mut().take()) {
        focus_later(id);
    }
    let undo = move |_| {
        if let Some((row, incident)) = removed.get() {
            let key = incident.key;
            draft.update(|d| {
                let row = row.min(d.incidents.len());
                d.incidents.insert(row, incident);
            });
            removed.set(None);
            focus_later(format!("incident-{key}-search"));
        }
    };
    view! {
        <section class="card incidents" aria-labelledby="incidents-title">
            <h2 id="incidents-title">{tr("违规事件", "Incidents")}</h2>
            {move || draft.with(|d| d.incidents.is_empty()).then(|| view! {
                <p class="empty">
                    {tr(
                        "还没有事件。添加一次被记分（扣分）的违规：选择条目，填写收到告知或作出决定的日期，结论随即显示。",
                        "No incidents yet. Add a scored violation: choose its item, give the date of the notice or of the decision, and the answer appears.",
                    )}
                </p>
            })}
            <ForEnumerate
                each=keys
                key=|k| *k
                children=move |row, key| view! { <card::IncidentCard row key removed/> }
            />
            {move || removed.get().map(|(_, incident)| {
                let id = incident.id;
                view! {
                    <p class="undo" role="status">
                        {say_with(move || removed_words(&id))}
                        <button type="button" class="link" on:click=undo>{tr("撤销", "Undo")}</button>
                    </p>
                }
            })}
            <button type="button" class="primary add" on:click=add>{tr("＋ 添加违规事件", "+ Add an incident")}</button>
        </section>
    }
}

/// What the undo line says of a deleted incident.
fn removed_words(id: &str) -> Text {
    Text::new(
        format!("已删除事件 {id}。"),
        format!("Incident {id} removed. "),
    )
}

/// Adds an empty incident to the case, on the calculator, and puts the focus in its item
/// search. Returns its key.
pub fn add_incident() -> u32 {
    let Ctx { draft, page, .. } = ctx();
    let mut new_key = 0;
    draft.update(|d| {
        let key = d.take_key();
        new_key = key;
        let id = d.fresh_id();
        d.incidents.push(IncidentDraft {
            key,
            id,
            items: vec![String::new()],
            ..IncidentDraft::default()
        });
    });
    if !page.with_untracked(|p| p.is_calculator()) {
        page.set(super::Page::Calculator);
    }
    focus_later(format!("incident-{new_key}-search"));
    new_key
}

/// Moves the focus to an element once the page has drawn it.
pub fn focus_later(id: String) {
    focus_after_render(id, false);
}

/// Like [`focus_later`], and puts the element's top at the top of the screen: focus alone
/// scrolls a long element only far enough to show part of it.
pub fn focus_at_top_later(id: String) {
    focus_after_render(id, true);
}

fn focus_after_render(id: String, to_top: bool) {
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            // Not drawn because the case's part of the wasm is still on its way (the
            // answer's add button can be tapped before it): [`IncidentList`] gives the
            // focus when it is drawn, so that the search box is ready for the item.
            let case_loading = document()
                .query_selector("#case:not(:has(.incidents))")
                .ok()
                .flatten()
                .is_some();
            if case_loading {
                PENDING_FOCUS.with(|pending| *pending.borrow_mut() = Some(id));
            }
            return;
        };
        use leptos::wasm_bindgen::JsCast;
        // A field folded away (the embed's case, an incident's further facts) is
        // unfolded first: a closed <details> cannot take the focus.
        while let Ok(Some(folded)) = element.closest("details:not([open])") {
            if folded.set_attribute("open", "").is_err() {
                break;
            }
        }
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
            if to_top {
                element.scroll_into_view();
            }
        }
    });
}

thread_local! {
    /// The field to focus once the case is drawn (see [`focus_after_render`]).
    static PENDING_FOCUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Changes the incident with this key.
fn edit(key: u32, f: impl FnOnce(&mut IncidentDraft)) {
    ctx().draft.update(|d| {
        if let Some(i) = d.incidents.iter_mut().find(|i| i.key == key) {
            f(i);
        }
    });
}

/// The result of the incident in this draft row, if it was computed.
fn result_of(row: usize) -> Option<IncidentResult> {
    ctx().computed.with(|c| {
        let index = c.prepared.rows.iter().position(|&r| r == row)?;
        c.outcome.as_ref().ok()?.incidents.get(index).cloned()
    })
}
