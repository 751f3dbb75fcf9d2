//! The article reader: each regulation's full text, article by article, with the items
//! the calculator uses marked where the law defines them; a search across all five
//! texts; from an item one step back to the calculator — into the case when it is under
//! the same document, else into a new case (the case's regime never changes silently).

use leptos::prelude::*;

use super::i18n::{lang, say, tr, Lang};
use super::law::when_loaded;
use super::{ctx, Ctx, Page};
use crate::exchange::case_file;
use crate::exchange::draft::{Draft, IncidentDraft};
use crate::scoring::law::Texts;
use crate::scoring::text::Text;
use crate::scoring::{Item, RegimeId};

fn flat(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A query as the texts write it: no spaces, full-width letters and digits as half-width
/// where the seeds use half-width (the seeds mix both, so both are tried).
fn forms(query: &str) -> Vec<String> {
    let plain = flat(query);
    let half: String = plain
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let full: String = plain
        .chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut out = vec![plain, half, full];
    out.dedup();
    out.retain(|f| !f.is_empty());
    out
}

/// One place a query was found: the document, the article and a piece of its text.
#[derive(Debug, Clone)]
struct Hit {
    regime: RegimeId,
    article: String,
    heading: String,
    before: String,
    found: String,
    after: String,
}

/// Every paragraph of the five texts that holds the query, in document order (at most
/// `limit`).
fn search(texts: &Texts, query: &str, limit: usize) -> (Vec<Hit>, usize) {
    let forms = forms(query);
    let mut hits = Vec::new();
    let mut count = 0;
    for regime in RegimeId::ALL {
        for article in texts.articles(regime) {
            let whole = format!("{}{}", article.number, article.heading);
            for p in std::iter::once(&whole).chain(article.paragraphs.iter()) {
                let text = flat(p);
                let Some((at, form)) = forms
                    .iter()
                    .find_map(|f| text.find(f.as_str()).map(|at| (at, f)))
                else {
                    continue;
                };
                count += 1;
                if hits.len() >= limit {
                    continue;
                }
                let before: String = text[..at]
                    .chars()
                    .rev()
                    .take(24)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                let rest = &text[at + form.len()..];
                hits.push(Hit {
                    regime,
                    article: article.number.clone(),
                    heading: article.heading.clone(),
                    before: if before.chars().count() < text[..at].chars().count() {
                        format!("…{before}")
                    } else {
                        before
                    },
                    found: form.clone(),
                    after: {
                        let shown: String = rest.chars().take(40).collect();
                        if shown.len() < rest.len() {
                            format!("{shown}…")
                        } else {
                            shown
                        }
                    },
                });
            }
        }
    }
    (hits, count)
}

/// What the search found, in words: none, how many (and how many shown).
fn found_words(query: &str, count: usize, shown: usize) -> Text {
    let query = query.trim();
    match count {
        0 => Text::new(
            format!("五个文件中都没有“{query}”。"),
            format!("None of the five documents has “{query}”."),
        ),
        n if n > shown => Text::new(
            format!("共 {n} 处，显示前 {shown} 处："),
            format!("{n} places; the first {shown} shown:"),
        ),
        n => Text::new(
            format!("共 {n} 处："),
            format!("{n} place{}:", if n == 1 { "" } else { "s" }),
        ),
    }
}

/// What an item's badge does: add it to the case, or start a new case under its
/// document when the case is under another.
fn badge_words(code: &str, other_regime: bool) -> Text {
    if other_regime {
        Text::new(
            format!("条目 {code} · 用此文件新建案例"),
            format!("Item {code} · new case under this document"),
        )
    } else {
        Text::new(
            format!("条目 {code} · 加入当前案例"),
            format!("Item {code} · add to the case"),
        )
    }
}

/// Adds an item to the calculator: to the case when it is under the same document (or
/// empty), else as a new case saved beside the others.
fn add_item(regime: RegimeId, item: &'static Item) {
    let Ctx {
        draft,
        page,
        keep,
        computed,
        ..
    } = ctx();
    let other_regime =
        draft.with_untracked(|d| d.regime != regime.as_str() && !d.incidents.is_empty());
    let mut key = 0;
    if other_regime {
        let today = computed.with_untracked(|c| c.today.to_string());
        let mut fresh = Draft {
            regime: regime.as_str().to_string(),
            ..Draft::default()
        };
        key = fresh.take_key();
        let id = fresh.fresh_id();
        fresh.incidents.push(IncidentDraft {
            key,
            id,
            items: vec![item.code.to_string()],
            ..IncidentDraft::default()
        });
        let name = format!("{} {}", regime.info().document, item.code);
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
            d.incidents.push(IncidentDraft {
                key,
                id,
                items: vec![item.code.to_string()],
                ..IncidentDraft::default()
            });
        });
    }
    page.set(Page::Calculator);
    super::incidents::focus_later(format!("incident-{key}-notified_on"));
}

/// The reader page, opened at `article` of `regime` when given.
#[component]
pub fn Reader(
    /// The regulation shown.
    regime: RegimeId,
    /// The article to scroll to: its number (`第十四条`), or a citation of it
    /// (`第十四条（二）1`, from the law's dialog).
    article: Option<String>,
) -> impl IntoView {
    let Ctx { draft, page, .. } = ctx();
    let lang = lang();
    let info = regime.info();
    let query = RwSignal::new(String::new());
    // The text arrives with the texts file (super::law): the contents and the articles
    // are drawn then, and the article asked for is brought to the top.
    let text = when_loaded(move |texts| {
        let articles = texts.articles(regime);
        let items: Vec<_> = info.items().map(|i| (i, flat(i.text))).collect();
        let toc = articles
            .iter()
            .map(|a| {
                let href = format!("#art-{}", a.number);
                view! { <li><a href=href lang="zh-CN">{a.number.clone()}</a></li> }
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
                                let other_regime = move || draft.with(|d| d.regime != regime.as_str() && !d.incidents.is_empty());
                                let label = move || badge_words(item.code, other_regime()).get(lang.get()).to_string();
                                view! {
                                    <button type="button" class="item-badge" on:click=move |_| add_item(regime, item)>{label}</button>
                                    {move || (lang.get() == Lang::En).then(|| view! { <span class="gloss">" " {item.gloss}</span> })}
                                }
                            })
                            .collect_view();
                        view! { <p><span lang="zh-CN">{p.clone()}</span> " " {badges}</p> }
                    })
                    .collect_view();
                let id = format!("art-{}", a.number);
                view! {
                    <article class="article" id=id tabindex="-1">
                        <h3 lang="zh-CN">{a.number.clone()} " " {a.heading.clone()}</h3>
                        {paragraphs}
                    </article>
                }
            })
            .collect_view();
        // An article's number, or a citation (the law's dialog opens its article here).
        if let Some(asked) = &article {
            let number = texts
                .article_number(regime, asked)
                .unwrap_or_else(|| asked.clone());
            super::incidents::focus_at_top_later(format!("art-{number}"));
        }
        view! {
            <nav class="toc" aria-label=tr("条目录", "Articles")><ol>{toc}</ol></nav>
            {body}
        }
    });
    // The search, over the five texts once they are here.
    let results = move || {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        Some(when_loaded(move |texts| {
            let (hits, count) = search(&texts, &q, 60);
            let said = say(found_words(&q, count, hits.len()));
            let list = hits
                .into_iter()
                .map(|h| {
                    let target = Page::Law { regime: Some(h.regime), article: Some(h.article.clone()) };
                    let href = target.fragment();
                    view! {
                        <li>
                            <a href=href on:click=move |ev: leptos::ev::MouseEvent| { ev.prevent_default(); page.set(target.clone()); }>
                                <span lang="zh-CN">{h.regime.info().document} " " {h.article.clone()} " " {h.heading.clone()}</span>
                            </a>
                            <p class="hit" lang="zh-CN">{h.before} <mark>{h.found}</mark> {h.after}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p role="status">{said}</p>
                <ol class="search-hits">{list}</ol>
            }
        }))
    };
    let regimes = RegimeId::ALL
        .into_iter()
        .map(|r| {
            let i = r.info();
            let label = Text::new(
                format!("{} {}", i.document, i.title),
                format!("{} — {}", i.document, i.title_en),
            );
            view! { <option value=r.as_str() selected=r == regime>{say(label)}</option> }
        })
        .collect_view();
    view! {
        <section class="card reader" aria-labelledby="reader-title">
            <h2 id="reader-title">{tr("条文", "The law")}</h2>
            <div class="grid">
                <div class="field">
                    <label for="reader-regime">{tr("文件", "Document")}</label>
                    <select id="reader-regime" on:change=move |ev| {
                        if let Some(r) = RegimeId::parse(&event_target_value(&ev)) {
                            page.set(Page::Law { regime: Some(r), article: None });
                        }
                    }>{regimes}</select>
                </div>
                <div class="field">
                    <label for="reader-search">{tr("在五个文件中搜索", "Search the five documents")}</label>
                    <input id="reader-search" type="search" autocomplete="off"
                        placeholder=tr("如 陈述申辩、暂停、第十四条", "e.g. 陈述申辩, 暂停, 第十四条")
                        prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
            </div>
            <div class="reader-results" aria-live="polite">{results}</div>
            <p class="hint">{tr(
                "原文逐字引自文件；计算器使用的条目在其所在段落后标出，点击即可加入计算器。",
                "The text is the document's own, in Chinese; each item the calculator uses is marked after its paragraph with its English gloss, and a click adds it to the calculator.",
            )}</p>
            {text}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_reads_all_five_texts_and_both_widths() {
        let texts = Texts::embedded();
        let (hits, count) = search(&texts, "陈述申辩", 100);
        assert!(count >= 3, "{count}");
        let regime = |id| RegimeId::parse(id).expect("regime");
        assert!(hits.iter().all(|h| h.regime == regime("shanghai-2025")));
        // 济宁 writes digits full-width: "１０个工作日" is found from "10个工作日".
        let (hits, _) = search(&texts, "10个工作日", 100);
        assert!(
            hits.iter().any(|h| h.regime == regime("jining-2024")),
            "{hits:?}"
        );
        assert!(hits.iter().any(|h| h.regime == regime("shanghai-2025")));
        let (_, none) = search(&texts, "不存在的字句", 100);
        assert_eq!(none, 0);
    }

    #[test]
    fn the_search_says_how_much_it_found() {
        assert_eq!(found_words(" 暂停 ", 0, 0).zh, "五个文件中都没有“暂停”。");
        assert_eq!(
            found_words("x", 80, 60).en,
            "80 places; the first 60 shown:"
        );
        assert_eq!(found_words("x", 1, 1).en, "1 place:");
        assert_eq!(badge_words("13.2", true).zh, "条目 13.2 · 用此文件新建案例");
    }
}
