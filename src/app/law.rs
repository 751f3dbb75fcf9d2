//! Citations that open the article they cite, with the seed's own text.

use leptos::html;
use leptos::prelude::*;

use super::{ctx, Ctx};
use crate::scoring::{law, RegimeId};

/// A citation to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub regime: RegimeId,
    pub cite: String,
}

/// A citation, e.g. `第十四条（二）1`, as a button that opens the article.
#[component]
pub fn Cite(
    /// The regime whose document the citation is in.
    regime: RegimeId,
    /// The citation in the document's own numbering.
    #[prop(into)]
    cite: String,
) -> impl IntoView {
    let Ctx { reading, lang, .. } = ctx();
    if cite.is_empty() {
        return None;
    }
    let label = format!("{} {}", lang.get_untracked().t("查看条文", "Read"), cite);
    let open = {
        let cite = cite.clone();
        move |_| {
            reading.set(Some(Reading {
                regime,
                cite: cite.clone(),
            }))
        }
    };
    Some(view! {
        <button type="button" class="cite" on:click=open aria-label=label aria-haspopup="dialog">
            <span lang="zh-CN">{cite}</span>
        </button>
    })
}

/// The dialog that shows the article(s) a citation points to.
#[component]
pub fn LawDialog() -> impl IntoView {
    let Ctx {
        reading,
        lang,
        page,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let dialog = NodeRef::<html::Dialog>::new();
    let open_in_reader = move |_| {
        if let Some(Reading { regime, cite }) = reading.get_untracked() {
            let article = law::lookup(regime, &cite)
                .into_iter()
                .next()
                .map(|f| f.article.number);
            reading.set(None);
            page.set(super::Page::Law {
                regime: Some(regime),
                article,
            });
        }
    };
    Effect::new(move |_| {
        let open = reading.with(Option::is_some);
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    let body = move || {
        reading.get().map(|Reading { regime, cite }| {
            let found = law::lookup(regime, &cite);
            let title = format!("{} {}", regime.info().document, cite);
            let articles = found
                .into_iter()
                .map(|f| {
                    let clause = f.clause.clone();
                    let paragraphs = f
                        .article
                        .paragraphs
                        .iter()
                        .map(|p| {
                            let marked = clause.as_ref().is_some_and(|c| {
                                let half = c.replace('（', "(").replace('）', ")");
                                p.starts_with(c.as_str()) || p.starts_with(half.as_str())
                            });
                            view! { <p class:marked=marked>{p.clone()}</p> }
                        })
                        .collect_view();
                    view! {
                        <article class="article">
                            <h3>
                                <span class="doc">{f.document}</span>
                                " "
                                {f.article.number}
                                " "
                                {f.article.heading}
                            </h3>
                            {paragraphs}
                        </article>
                    }
                })
                .collect_view();
            view! {
                <h2 id="law-title">{title}</h2>
                {articles}
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="law" aria-labelledby="law-title" on:close=move |_| reading.set(None)>
            <div class="law-body">{body}</div>
            <form method="dialog" class="dialog-actions">
                <button class="secondary" type="button" on:click=open_in_reader>{lang.t("在条文页中阅读全文", "Read in the law page")}</button>
                <button class="primary" type="submit">{lang.t("关闭", "Close")}</button>
            </form>
        </dialog>
    }
}
