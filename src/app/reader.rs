//! The article reader: each regulation's full text, article by article, with the items
//! the calculator uses marked where the law defines them; from an item one step back to
//! the calculator.

use leptos::prelude::*;

use super::law::with_texts;
use super::{ctx, Ctx, Page};
use crate::exchange::draft::IncidentDraft;
use crate::scoring::RegimeId;

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
        draft, lang, page, ..
    } = ctx();
    let lang = lang.get_untracked();
    let info = regime.info();
    // The text arrives with the texts file (super::law): the contents and the articles
    // are drawn then, and the article asked for is brought to the top.
    let text = with_texts(lang, move |texts| {
        let articles = texts.articles(regime);
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
                                let add = move |_| {
                                    let mut key = 0;
                                    draft.update(|d| {
                                        if d.regime != regime.as_str() {
                                            d.regime = regime.as_str().to_string();
                                        }
                                        key = d.take_key();
                                        let id = d.fresh_id();
                                        d.incidents.push(IncidentDraft { key, id, items: vec![item.code.to_string()], ..IncidentDraft::default() });
                                    });
                                    page.set(Page::Calculator);
                                    super::incidents::focus_later(format!("incident-{key}-decided_on"));
                                };
                                let label = lang.pick(format!("条目 {} · 加入当前案例", item.code), format!("Item {} · add to the case", item.code));
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
        if let Some(article) = &article {
            super::incidents::focus_at_top_later(format!("art-{article}"));
        }
        view! {
            <nav class="toc" aria-label=lang.t("条目录", "Articles")><ol>{toc}</ol></nav>
            {body}
        }
    });
    let regimes = RegimeId::ALL
        .into_iter()
        .map(|r| view! { <option value=r.as_str() selected=r == regime>{format!("{} {}", r.info().document, r.info().title)}</option> })
        .collect_view();
    view! {
        <section class="card reader" aria-labelledby="reader-title">
            <h2 id="reader-title">{lang.t("条文", "The law")}</h2>
            <div class="field">
                <label for="reader-regime">{lang.t("文件", "Document")}</label>
                <select id="reader-regime" on:change=move |ev| {
                    if let Some(r) = RegimeId::parse(&event_target_value(&ev)) {
                        page.set(Page::Reader { regime: r, article: None });
                    }
                }>{regimes}</select>
            </div>
            <p class="hint">{lang.t(
                "原文逐字引自文件；计算器使用的条目在其所在段落后标出，点击即可加入当前案例。",
                "The text is the document's own; each item the calculator uses is marked after its paragraph, and a click adds it to the current case.",
            )}</p>
            {text}
        </section>
    }
}
