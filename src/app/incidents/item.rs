//! Choosing the item(s) of an incident: [`ItemField`] on a card (the main item and
//! further situations of the same act), and [`ItemPicker`], one search over a regime's
//! catalogue (the guided questions use it too).

use leptos::prelude::*;

use super::edit;
use super::words::value_text;
use crate::app::fields::{Note, Notes};
use crate::app::i18n::{lang, say, say_with, tr, Lang};
use crate::app::law::Cite;
use crate::exchange::draft::{Field, IncidentDraft};
use crate::exchange::search::{self, Examples};
use crate::scoring::catalogue::Clause;
use crate::scoring::{RegimeId, Text};

/// Choosing the item(s): the main one, and further situations of the same act where the
/// regime scores one act at its highest item (沪2025 第十一条, 济宁 四).
#[component]
pub(super) fn ItemField(
    key: u32,
    incident: Memo<IncidentDraft>,
    regime: Memo<RegimeId>,
    #[prop(into)] notes: Signal<Vec<Note>>,
    #[prop(into)] items_notes: Signal<Vec<Note>>,
) -> impl IntoView {
    let count = Memo::new(move |_| incident.with(|i| i.items.len().max(1)));
    let pickers = move || {
        (0..count.get())
            .map(|slot| {
                let chosen = Signal::derive(move || {
                    incident.with(|i| i.items.get(slot).cloned().unwrap_or_default())
                });
                let choose = Callback::new(move |code: String| {
                    edit(key, |i| {
                        while i.items.len() <= slot {
                            i.items.push(String::new());
                        }
                        i.items[slot] = code;
                    })
                });
                let remove = (slot > 0).then(|| {
                    Callback::new(move |()| {
                        edit(key, |i| {
                            if slot < i.items.len() {
                                i.items.remove(slot);
                            }
                        })
                    })
                });
                let id = if slot == 0 {
                    format!("incident-{key}")
                } else {
                    format!("incident-{key}-also-{slot}")
                };
                let label = if slot == 0 {
                    tr("违规条目", "Violated item")
                } else {
                    tr("同一行为的其他情形", "The same act also matches")
                };
                view! { <ItemPicker id regime=Signal::from(regime) chosen choose label required=slot == 0 remove/> }
            })
            .collect_view()
    };
    let all_notes = Signal::derive(move || {
        let mut all = notes.get();
        all.extend(items_notes.get());
        all
    });
    view! {
        <div class="item-field">
            {pickers}
            {move || regime.get().info().uses(Field::Items).then(|| view! {
                <button type="button" class="link" on:click=move |_| edit(key, |i| { if i.items.is_empty() { i.items.push(String::new()); } i.items.push(String::new()); })>
                    {tr("＋ 同一行为还涉及其他情形（按最高分值记分）", "+ The same act also matches another item (scored at the highest)")}
                </button>
            })}
            <Notes id=format!("incident-{key}-item-notes") notes=all_notes/>
        </div>
    }
}

/// What the search says of its query: nothing matches (with the regime's own example of
/// a citation: 济宁 has no 第十三条（二）), one item matches and is chosen, or how many do.
fn search_status(query: &str, matches: usize, example: &Examples) -> Text {
    let example = format!("{}、{}", example.cite, example.code);
    match matches {
        0 => Text::new(
            format!("没有与“{query}”相符的条目：可输入条款号（如 {example}）或换一种说法。"),
            format!(
                "No item matches “{query}”: try the article (e.g. {}) or other words.",
                example.replace('、', ", ")
            ),
        ),
        1 => Text::fixed("只有一条相符，已选中。", "One item matches: chosen."),
        n => Text::new(format!("{n} 条相符。"), format!("{n} items match.")),
    }
}

/// The search's placeholder: the regime's own examples of a citation, a code and words.
fn search_placeholder(example: &Examples) -> Text {
    let (cite, code) = (example.cite, example.code);
    let word = example.words.split('、').next().unwrap_or_default();
    Text::new(
        format!("条款号或关键词，如 {cite}、{code}、{word}"),
        format!("Article or words, e.g. {cite}, {code}, {word}"),
    )
}

/// What is said of a chosen item that is not in the regime (kept from another one).
fn not_in_regime(code: &str, document: &str) -> Text {
    Text::new(
        format!("条目 {code} 不属于{document}，请重新选择（原选择已保留，换回原制度即可恢复）。"),
        format!("Item {code} is not in {document}: choose again (the old choice is kept and comes back with its regime)."),
    )
}

/// A clause's head over its items: its article and its lead-in (the English gloss).
fn clause_head(clause: &Clause) -> Text {
    Text::new(
        format!("{} {}", clause.cite, clause.text),
        format!("{} {}", clause.cite, clause.gloss),
    )
}

/// Choosing one item of a regime's catalogue: a search that reads citations as people
/// write them (第十三条（二）, 十三条二项, 13.2, １３．２) and what happened in their words
/// (冒名, 骗保, 带量采购 …), and the matching items as a list of radio buttons whose text
/// wraps, so that items that begin alike are told apart. A single match is chosen; no
/// match is said.
#[component]
pub fn ItemPicker(
    /// Prefix of the element ids (`{id}-search`, `{id}-item-…`).
    id: String,
    /// The regime whose catalogue is searched.
    #[prop(into)]
    regime: Signal<RegimeId>,
    /// The chosen code ("" for none).
    #[prop(into)]
    chosen: Signal<String>,
    /// Called with the code chosen.
    choose: Callback<String>,
    /// The visible label (fixed words, or words redrawn in the reader's language).
    #[prop(into)]
    label: TextProp,
    /// Whether an item is required.
    #[prop(optional)]
    required: bool,
    /// Shown as a button that removes this picker (a further situation of one act).
    #[prop(default = None)]
    remove: Option<Callback<()>>,
) -> impl IntoView {
    let lang = lang();
    let query = RwSignal::new(String::new());
    // The list is open while nothing is chosen, while searching, or on request.
    let browsing = RwSignal::new(false);
    let search_id = format!("{id}-search");
    let status_id = format!("{id}-search-status");
    let name = format!("{id}-item");
    let open = move || {
        chosen.with(String::is_empty) || browsing.get() || query.with(|q| !q.trim().is_empty())
    };
    let matches = Memo::new(move |_| query.with(|q| search::find(regime.get(), q)));
    // A single match is the one meant: choose it (and say so).
    Effect::new(move |_| {
        let found = matches.get();
        if query.with(|q| !q.trim().is_empty()) && found.len() == 1 {
            let code = found[0].code.to_string();
            if chosen.get_untracked() != code {
                choose.run(code);
            }
        }
    });
    let status = say_with(move || {
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            return Text::default();
        }
        search_status(q, matches.with(Vec::len), &search::examples(regime.get()))
    });
    // The law's words have their gloss beside them in English only.
    let english = move || lang.get() == Lang::En;
    let list = move || {
        let regime = regime.get();
        let found = matches.get();
        let current = chosen.get();
        let info = regime.info();
        info.clauses
            .iter()
            .filter_map(|clause| {
                let items: Vec<_> = clause
                    .items
                    .iter()
                    .filter(|item| found.iter().any(|f| f.code == item.code))
                    .map(|item| {
                        let code = item.code;
                        let option_id = format!("{name}-{}", code.replace('.', "-"));
                        let for_id = option_id.clone();
                        let checked = current == code;
                        view! {
                            <label class="item-option" class:chosen=checked for=for_id>
                                <input type="radio" id=option_id name=name.clone() value=code prop:checked=checked
                                    on:change=move |_| { choose.run(code.to_string()); browsing.set(false); query.set(String::new()); }/>
                                <span class="item-option-text">
                                    <span class="item-option-head"><strong>{code}</strong> " " {item.cite} " · " {say(value_text(info, item))}</span>
                                    <span class="item-option-law" lang="zh-CN">{item.text}</span>
                                    {move || english().then(|| view! { <span class="gloss">{item.gloss}</span> })}
                                </span>
                            </label>
                        }
                    })
                    .collect();
                (!items.is_empty()).then(|| {
                    view! { <div class="item-group"><p class="clause-head">{say(clause_head(clause))}</p>{items}</div> }
                })
            })
            .collect_view()
    };
    // The chosen item's text, while the list (which shows it too) is closed.
    let chosen_view = move || {
        let regime = regime.get();
        let info = regime.info();
        let code = chosen.get();
        if code.is_empty() || (open() && info.item(&code).is_some()) {
            return None;
        }
        Some(match info.item(&code) {
            Some(item) => view! {
                <blockquote class="law-quote">
                    <p class="value"><strong>{item.code}</strong> " · " {say(value_text(info, item))} " · " <Cite regime cite=item.cite/></p>
                    <p lang="zh-CN">{item.text}</p>
                    {move || english().then(|| view! { <p class="gloss">{item.gloss}</p> })}
                </blockquote>
            }
            .into_any(),
            None => view! {
                <p class="note warning">{say(not_in_regime(&code, info.document))}</p>
            }
            .into_any(),
        })
    };
    let label_text = label.clone();
    view! {
        <div class="field item-picker" data-chosen=move || chosen.get()>
            <div class="item-picker-head">
                <label for=search_id.clone()>{move || label.get().to_string()} {required.then_some(view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
                {remove.map(|remove| view! {
                    <button type="button" class="icon" aria-label=tr("去掉这一情形", "Remove this item")
                        on:click=move |_| remove.run(())>"✕"</button>
                })}
            </div>
            {chosen_view}
            <input id=search_id type="search" class="search" autocomplete="off"
                placeholder=say_with(move || search_placeholder(&search::examples(regime.get())))
                aria-describedby=status_id.clone()
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <p class="search-status" id=status_id role="status">{status}</p>
            {move || (!open()).then(|| view! {
                <button type="button" class="link" on:click=move |_| browsing.set(true)>
                    {tr("更换条目", "Choose another item")}
                </button>
            })}
            <fieldset class="item-list" hidden=move || !open()>
                <legend class="visually-hidden">{move || label_text.get().to_string()}</legend>
                {list}
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_says_what_it_found_with_the_regimes_own_example() {
        let jining = RegimeId::parse("jining-2024").unwrap();
        let example = search::examples(jining);
        let none = search_status("没有这种情形", 0, &example);
        assert_eq!(
            none.zh,
            "没有与“没有这种情形”相符的条目：可输入条款号（如 四（一）1、4.1.1）或换一种说法。"
        );
        assert_eq!(
            none.en,
            "No item matches “没有这种情形”: try the article (e.g. 四（一）1, 4.1.1) or other words."
        );
        assert_eq!(
            search_status("骗保", 1, &example).zh,
            "只有一条相符，已选中。"
        );
        assert_eq!(search_status("骗保", 3, &example).en, "3 items match.");
        assert_eq!(
            search_placeholder(&example).zh,
            "条款号或关键词，如 四（一）1、4.1.1、挂床"
        );
    }
}
