//! The article reader: each regulation's full text, article by article, with the items
//! the calculator uses marked where the law defines them; from an item one step back to
//! the calculator.

use leptos::prelude::*;

use super::{ctx, Ctx, Page};
use crate::exchange::case_file;
use crate::exchange::draft::{Draft, IncidentDraft};
use crate::scoring::{law, RegimeId};

fn flat(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The reader page, opened at `article` of `regime` when given.
#[component]
pub fn Reader(
    /// The regulation shown.
    regime: RegimeId,
    /// The article to scroll to (e.g. `第十四条`).
    article: Option<String>,
) -> impl IntoView {
    let Ctx {
        draft,
        lang,
        page,
        keep,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let info = regime.info();
    let articles = law::articles(regime);
    let items: Vec<_> = info.items().map(|i| (i, flat(i.text))).collect();
    let toc = articles
        .iter()
        .map(|a| {
            let href = format!("#art-{}", a.number);
            view! { <li><a href=href>{a.number.clone()}</a></li> }
        })
        .collect_view();
    let body = articles
        .iter()
        .map(|a| {
            let paragraphs = a
                .paragraphs
                .iter()
                .map(|p| {
                    let text = flat(p);
                    let here: Vec<_> = items.iter().filter(|(_, t)| !t.is_empty() && text.contains(t.as_str())).map(|(i, _)| *i).collect();
                    let badges = here
                        .into_iter()
                        .map(|item| {
                            // The case keeps its regime: an item of another regime starts a
                            // new case (saved beside the others), never a silent switch.
                            let other_regime = move || draft.with(|d| d.regime != regime.as_str() && !d.incidents.is_empty());
                            let add = move |_| {
                                let mut key = 0;
                                if other_regime() {
                                    let today = computed.with_untracked(|c| c.today.to_string());
                                    let mut fresh = Draft { regime: regime.as_str().to_string(), ..Draft::default() };
                                    key = fresh.take_key();
                                    let id = fresh.fresh_id();
                                    fresh.incidents.push(IncidentDraft { key, id, items: vec![item.code.to_string()], ..IncidentDraft::default() });
                                    let name = lang.pick(format!("{} {}", regime.info().document, item.code), format!("{} {}", regime.info().document, item.code));
                                    keep.library.update(|l| {
                                        let id = l.add(&name, case_file::export(&fresh, Some(&name)), &today);
                                        l.current = id;
                                    });
                                    keep.preview.set(None);
                                    draft.set(fresh);
                                    super::keep::write(keep);
                                } else {
                                    draft.update(|d| {
                                        d.regime = regime.as_str().to_string();
                                        key = d.take_key();
                                        let id = d.fresh_id();
                                        d.incidents.push(IncidentDraft { key, id, items: vec![item.code.to_string()], ..IncidentDraft::default() });
                                    });
                                }
                                page.set(Page::Calculator);
                                super::incidents::focus_later(format!("incident-{key}-notified_on"));
                            };
                            let label = move || if other_regime() {
                                lang.pick(format!("条目 {} · 用此文件新建案例", item.code), format!("Item {} · new case under this document", item.code))
                            } else {
                                lang.pick(format!("条目 {} · 加入当前案例", item.code), format!("Item {} · add to the case", item.code))
                            };
                            view! { <button type="button" class="item-badge" on:click=add>{label}</button> }
                        })
                        .collect_view();
                    view! { <p>{p.clone()} " " {badges}</p> }
                })
                .collect_view();
            let id = format!("art-{}", a.number);
            view! {
                <article class="article" id=id tabindex="-1">
                    <h3>{a.number.clone()} " " {a.heading.clone()}</h3>
                    {paragraphs}
                </article>
            }
        })
        .collect_view();
    let regimes = RegimeId::ALL
        .into_iter()
        .map(|r| view! { <option value=r.as_str() selected=r == regime>{format!("{} {}", r.info().document, r.info().title)}</option> })
        .collect_view();
    if let Some(article) = article {
        super::incidents::focus_at_top_later(format!("art-{article}"));
    }
    view! {
        <section class="card reader" aria-labelledby="reader-title">
            <h2 id="reader-title">{lang.t("条文", "The law")}</h2>
            <div class="field">
                <label for="reader-regime">{lang.t("文件", "Document")}</label>
                <select id="reader-regime" on:change=move |ev| {
                    if let Some(r) = RegimeId::parse(&event_target_value(&ev)) {
                        page.set(Page::Law { regime: Some(r), article: None });
                    }
                }>{regimes}</select>
            </div>
            <p class="hint">{lang.t(
                "原文逐字引自文件；计算器使用的条目在其所在段落后标出，点击即可加入当前案例。",
                "The text is the document's own; each item the calculator uses is marked after its paragraph, and a click adds it to the current case.",
            )}</p>
            <nav class="toc" aria-label=lang.t("条目录", "Articles")><ol>{toc}</ol></nav>
            {body}
        </section>
    }
}
