//! Labelled form controls, each with the core's errors and warnings for its field
//! shown right under it and tied to it with `aria-describedby`.

use leptos::prelude::*;

use super::i18n::lang;
use super::Computed;
use crate::exchange::draft::Place;
use crate::scoring::error::Style;
use crate::scoring::outcome::Warning;
use crate::scoring::{Evaluation, Text};

/// A message of the core about one field, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub error: bool,
    pub text: Text,
}

/// The errors and warnings of a computation that concern `at`.
pub fn notes_at(computed: &Computed, at: &Place) -> Vec<Note> {
    let here = |path: &str| crate::exchange::draft::place(path, &computed.prepared) == *at;
    match &computed.outcome {
        Err(e) if here(&e.path) => vec![Note {
            error: true,
            text: e.text(Style::Form),
        }],
        Err(_) => Vec::new(),
        Ok(result) => result
            .warnings
            .iter()
            .filter(|w| w.path.as_deref().is_some_and(here))
            .map(|w| Note {
                error: false,
                text: warning_words(w, result, &computed.prepared.rows),
            })
            .collect(),
    }
}

/// An incident as the form names it: the core says "事件 a" (its id), the cards
/// "事件 1" (its place in the list), and every screen says what the cards say. `rows[i]`
/// is the form's index of the result's incident `i`. On the guided questions, which
/// show no cards, the incident asked about is 本次事件 and the earlier points 此前记分
/// (`guide`: whether each form row gives earlier points by their total alone).
pub fn incident_name(
    result: &Evaluation,
    rows: &[usize],
    guide: Option<&[bool]>,
    id: &str,
) -> Text {
    let row = result
        .incidents
        .iter()
        .position(|i| i.id == id)
        .and_then(|i| rows.get(i));
    match (row, guide) {
        (Some(row), Some(by_points)) if by_points.get(*row) == Some(&true) => {
            Text::fixed("此前记分", "The earlier points")
        }
        (Some(_), Some(_)) => Text::fixed("本次事件", "This incident"),
        (Some(row), None) => {
            Text::new(format!("事件 {}", row + 1), format!("Incident {}", row + 1))
        }
        (None, _) => Text::new(format!("事件 {id}"), format!("Incident {id}")),
    }
}

/// [`incident_name`] in the app's context: the result on screen, its rows, and whether
/// the guided questions are shown.
pub fn incident_called(id: &str) -> Text {
    let super::Ctx {
        computed,
        draft,
        page,
        ..
    } = super::ctx();
    let guide = matches!(page.get_untracked(), super::Page::Guide(_)).then(|| {
        draft.with_untracked(|d| {
            d.incidents
                .iter()
                .map(|i| i.by_points())
                .collect::<Vec<_>>()
        })
    });
    computed.with_untracked(|c| match &c.outcome {
        Ok(result) => incident_name(result, &c.prepared.rows, guide.as_deref(), id),
        Err(_) => Text::new(format!("事件 {id}"), format!("Incident {id}")),
    })
}

/// A warning of the core, naming its incident as the form does ([`incident_name`]).
pub fn warning_words(w: &Warning, result: &Evaluation, rows: &[usize]) -> Text {
    let text = w.naming(|id| incident_name(result, rows, None, id));
    crate::scoring::words::heading(text)
}

/// The notes under a field.
#[component]
pub fn Notes(
    /// The id the field's `aria-describedby` points to.
    id: String,
    /// The notes to show.
    #[prop(into)]
    notes: Signal<Vec<Note>>,
) -> impl IntoView {
    let lang = lang();
    view! {
        <div id=id class="notes" aria-live="polite">
            {move || {
                // `try_get`: when a case is replaced (leaving a shared case for one's own),
                // a card's notes are disposed with it while this drawing is already queued.
                notes
                    .try_get()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|n| {
                        let class = if n.error { "note error" } else { "note warning" };
                        view! { <p class=class>{n.text.get(lang.get()).to_string()}</p> }
                    })
                    .collect_view()
            }}
        </div>
    }
}

/// A labelled text, number or date input.
#[component]
pub fn Input(
    /// Unique element id.
    id: String,
    /// The visible label (fixed words, or words redrawn in the reader's language).
    #[prop(into)]
    label: TextProp,
    /// `text`, `date` or `number`.
    #[prop(default = "text")]
    kind: &'static str,
    /// Current value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on each input.
    set: Callback<String>,
    /// Errors and warnings for this field.
    #[prop(into)]
    notes: Signal<Vec<Note>>,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// Extra attributes for number inputs.
    #[prop(optional)]
    min: Option<&'static str>,
    #[prop(optional, into)] placeholder: Option<TextProp>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let note_id = format!("{id}-notes");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {note_id}")
    } else {
        note_id.clone()
    };
    // A date the browser cannot read (02/30, a missing year) reaches us as an empty value:
    // the browser keeps what was typed, and we say it is not a date rather than nothing.
    let unreadable = RwSignal::new(false);
    let notes = Signal::derive(move || {
        let mut list = notes.get();
        if unreadable.get() {
            list.insert(
                0,
                Note {
                    error: true,
                    text: Text::fixed(
                        "这不是有效的日期（例如 2 月 30 日，或未填完整）：请重新填写。",
                        "This is not a valid date (such as 30 February, or incomplete): please correct it.",
                    ),
                },
            );
        }
        list
    });
    let check = move |target: Option<web_sys::EventTarget>| {
        if kind == "date" {
            use leptos::wasm_bindgen::JsCast;
            let bad = target
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|input| input.validity().bad_input());
            unreadable.set(bad);
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        check(ev.target());
        set.run(event_target_value(&ev));
    };
    // Typing 02/30 into an empty field changes no value, so no input event comes: look
    // again when the field is left.
    let on_blur = move |ev: leptos::ev::FocusEvent| check(ev.target());
    let invalid = move || notes.with(|n| n.iter().any(|n| n.error)).then_some("true");
    let inputmode = (kind == "number").then_some("decimal");
    // A value no date field can hold (an impossible date from a link, a file or a saved
    // case: 2025-02-30) would show as an empty date field: it is shown as written, in a
    // text field, until it is corrected and the field left.
    let holds_no_date = move |v: &str| !v.is_empty() && !is_iso_date(v);
    let as_text = RwSignal::new(kind == "date" && value.with_untracked(|v| holds_no_date(v)));
    if kind == "date" {
        Effect::new(move |_| {
            if value.with(|v| holds_no_date(v)) {
                as_text.set(true);
            }
        });
    }
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        if as_text.get_untracked() && !value.with_untracked(|v| holds_no_date(v)) {
            as_text.set(false);
        }
        on_blur(ev);
    };
    let input_kind = move || match kind {
        "number" => "text",
        "date" if as_text.get() => "text",
        other => other,
    };
    let date_placeholder = move || as_text.get().then_some("YYYY-MM-DD");
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get().to_string()} {required.then_some(view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get().to_string()}</p> })}
            <input
                id=id
                type=input_kind
                inputmode=inputmode
                min=min
                required=required
                placeholder=move || placeholder.as_ref().map(|p| p.get().to_string()).or_else(|| date_placeholder().map(String::from))
                aria-invalid=invalid
                aria-describedby=described
                prop:value=move || value.get()
                on:input=on_input
                on:blur=on_blur
            />
            <Notes id=note_id notes/>
        </div>
    }
}

/// A labelled checkbox.
#[component]
pub fn Check(
    id: String,
    /// The visible label (fixed words, or words redrawn in the reader's language).
    #[prop(into)]
    label: TextProp,
    #[prop(into)] checked: Signal<bool>,
    set: Callback<bool>,
    #[prop(optional, into)] hint: Option<TextProp>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                aria-describedby=hint.as_ref().map(|_| hint_id.clone())
                prop:checked=move || checked.get()
                on:change=move |ev| set.run(event_target_checked(&ev))
            />
            <label for=id>{move || label.get().to_string()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get().to_string()}</p> })}
        </div>
    }
}

/// A labelled select of fixed options (value, label).
#[component]
pub fn Choice(
    id: String,
    /// The visible label (fixed words, or words redrawn in the reader's language).
    #[prop(into)]
    label: TextProp,
    /// Each option's value and its words.
    options: Vec<(&'static str, TextProp)>,
    #[prop(into)] value: Signal<String>,
    set: Callback<String>,
    #[prop(into)] notes: Signal<Vec<Note>>,
    #[prop(optional, into)] hint: Option<TextProp>,
) -> impl IntoView {
    let note_id = format!("{id}-notes");
    let hint_id = format!("{id}-hint");
    let described = if hint.is_some() {
        format!("{hint_id} {note_id}")
    } else {
        note_id.clone()
    };
    let options = options
        .into_iter()
        .map(|(v, l)| view! { <option value=v selected=move || value.get() == v>{move || l.get().to_string()}</option> })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get().to_string()}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{move || h.get().to_string()}</p> })}
            <select
                id=id
                aria-describedby=described
                prop:value=move || value.get()
                on:change=move |ev| set.run(event_target_value(&ev))
            >
                {options}
            </select>
            <Notes id=note_id notes/>
        </div>
    }
}

/// Whether a text is a date an `<input type=date>` holds: `YYYY-MM-DD`, a real day, as
/// the case format reads its dates.
fn is_iso_date(text: &str) -> bool {
    crate::scoring::case::parse_date(text, "").is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date field shows as a date only what the case format reads as a day; the rest
    /// (a link's 2025-02-30, a sheet's 2025-2-3) stays as written, to be corrected.
    #[test]
    fn a_date_field_holds_what_the_case_format_reads() {
        assert!(is_iso_date("2025-02-28"));
        assert!(is_iso_date("2024-02-29"));
        for text in [
            "2025-02-30",
            "2025-2-3",
            "2025/02/28",
            "02/28/2025",
            "",
            "2025-02-28 ",
        ] {
            assert!(!is_iso_date(text), "{text:?}");
        }
    }

    /// The screens name an incident as its card does (事件 2), never by the id the
    /// timeline used to show (事件 b); the guided questions, with no cards, say 本次事件.
    #[test]
    fn an_incident_is_named_as_the_form_names_it() {
        let case = serde_json::json!({"regime": "shanghai-2025", "as_of": "2026-12-07", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.3", "responsibility": "primary", "decided_on": "2026-11-20"}]});
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let result = crate::scoring::evaluate(&case, today).unwrap();
        let rows = [0, 1];
        assert_eq!(
            incident_name(&result, &rows, None, "b"),
            Text::fixed("事件 2", "Incident 2")
        );
        let guide = [true, false];
        assert_eq!(
            incident_name(&result, &rows, Some(&guide), "b").zh,
            "本次事件"
        );
        assert_eq!(
            incident_name(&result, &rows, Some(&guide), "a").zh,
            "此前记分"
        );
        assert_eq!(incident_name(&result, &rows, None, "z").zh, "事件 z");
    }
}
