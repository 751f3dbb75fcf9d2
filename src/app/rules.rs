//! The rules page (`#rules=A,B[,C]`): regimes side by side with no case, row by row in
//! their own words (`teach::rules`), with each article one click away. It prints as a
//! titled, dated handout without its controls.

use leptos::prelude::*;

use super::i18n::{self, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::RegimeId;
use crate::teach::rules::{self, Entry, RowKind};

/// The heading of a row.
fn row_label(lang: Lang, kind: RowKind) -> String {
    let t = |zh: &str, en: &str| lang.pick(zh.to_string(), en.to_string());
    match kind {
        RowKind::Period => t("记分周期", "Scoring period"),
        RowKind::Items => t("记分（扣分）情形与分值", "Acts and their points"),
        RowKind::Counting => t("计分规则", "How acts are counted"),
        RowKind::Bands => t("累计分值与处理", "Totals and measures"),
        RowKind::OneShot => t("一次性记分", "Points scored at once"),
        RowKind::Bars => t("终止（解除）后不得再登记", "Bar after a termination"),
        RowKind::ThreeYears => t("连续三年", "Three years running"),
        RowKind::Repairs => t("记分修复", "Repairs"),
        RowKind::Restart => t("清零与恢复", "Clearing and restoring"),
        RowKind::TakesEffect => t("处理何时生效", "When a measure takes effect"),
        RowKind::Procedure(kind) => lang.pick(
            format!("程序：{}", i18n::deadline_kind_name(lang, kind)),
            format!("Procedure: {}", i18n::deadline_kind_name(lang, kind)),
        ),
        RowKind::Total(total) => lang.pick(format!("累计 {total} 分"), format!("Total {total}")),
    }
}

/// One entry: its citation (opens the article), what it comes to, and the law's words
/// (with the English gloss beside them in English).
fn entry_view(lang: Lang, regime: RegimeId, entry: Entry) -> impl IntoView {
    let summary = lang.pick(entry.summary_zh.clone(), entry.summary_en.clone());
    let gloss = (lang == Lang::En && !entry.gloss.is_empty()).then_some(entry.gloss);
    let code = entry.code;
    view! {
        <div class="rule-entry" class:rule-item=code.is_some()>
            <p class="rule-head">
                {code.map(|c| view! { <span class="badge">{c}</span> " " })}
                {entry.cite.split('、').map(|c| view! { <Cite regime cite=c.to_string()/> " " }).collect_view()}
                {(!summary.is_empty()).then(|| view! { <strong class="rule-summary">{summary}</strong> })}
            </p>
            {(!entry.text.is_empty()).then(|| view! {
                <p class="rule-words" lang="zh-CN">{entry.text}</p>
            })}
            {gloss.map(|g| view! { <p class="gloss">{g}</p> })}
        </div>
    }
}

/// The cell of one regime in one row.
fn cell_view(lang: Lang, regime: RegimeId, kind: RowKind, entries: Vec<Entry>) -> AnyView {
    if entries.is_empty() {
        let text = match kind {
            RowKind::Total(_) | RowKind::Bands => {
                lang.t("本文件不记分", "no points in this document")
            }
            _ => lang.t("本文件无此规定", "no such rule in this document"),
        };
        return view! { <td class="na">{text}</td> }.into_any();
    }
    if kind == RowKind::Items {
        // Each clause with its lead-in and points; its items listed under it, folded on
        // screen (the handout keeps the clauses).
        let mut groups: Vec<(Entry, Vec<Entry>)> = Vec::new();
        for entry in entries {
            match (entry.code, groups.last_mut()) {
                (Some(_), Some((_, items))) => items.push(entry),
                _ => groups.push((entry, Vec::new())),
            }
        }
        let groups = groups
            .into_iter()
            .map(|(clause, items)| {
                let count = items.len();
                view! {
                    <div class="rule-clause">
                        {entry_view(lang, regime, clause)}
                        {(count > 0).then(|| view! {
                            <details class="rules-items">
                                <summary>{lang.pick(format!("{count} 个条目", ), format!("{count} items"))}</summary>
                                {items.into_iter().map(|e| entry_view(lang, regime, e)).collect_view()}
                            </details>
                        })}
                    </div>
                }
            })
            .collect_view();
        return view! { <td>{groups}</td> }.into_any();
    }
    view! { <td>{entries.into_iter().map(|e| entry_view(lang, regime, e)).collect_view()}</td> }
        .into_any()
}

/// The regimes side by side.
#[component]
pub fn Rules(regimes: Vec<RegimeId>) -> impl IntoView {
    let Ctx { lang, page, .. } = ctx();
    let lang = lang.get_untracked();
    let chosen = regimes.clone();
    let choices = RegimeId::ALL
        .into_iter()
        .map(|r| {
            let id = format!("rules-{}", r.as_str());
            let label_for = id.clone();
            let checked = chosen.contains(&r);
            let current = chosen.clone();
            let change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let mut next: Vec<RegimeId> = current.iter().copied().filter(|x| *x != r).collect();
                if on {
                    next.push(r);
                }
                next.sort_by_key(|x| RegimeId::ALL.iter().position(|y| y == x));
                if !next.is_empty() {
                    page.set(Page::Rules(next));
                }
            };
            view! {
                <label class="radio" for=label_for>
                    <input type="checkbox" id=id checked=checked on:change=change
                        disabled=checked && chosen.len() == 1/>
                    <span>{r.info().document}</span>
                </label>
            }
        })
        .collect_view();
    let head = regimes
        .iter()
        .map(|r| {
            let info = r.info();
            view! {
                <th scope="col">
                    {info.document}
                    <small class="rule-title">{lang.pick(info.title.to_string(), info.title_en.to_string())}</small>
                </th>
            }
        })
        .collect_view();
    let all = rules::rows(&regimes);
    let columns = regimes.len() + 1;
    let mut body = Vec::new();
    for row in all {
        if row.kind == RowKind::Total(1) {
            body.push(
                view! {
                    <tr class="rules-section">
                        <th scope="colgroup" colspan=columns.to_string()>
                            {lang.t(
                                "每个累计分值的处理（由计算核心逐一计算：逐次累计、一次性记满，以及连续三年的情形）",
                                "What each total decides (computed by the core: reached one point at a time, at once, and in a third year running)",
                            )}
                        </th>
                    </tr>
                }
                .into_any(),
            );
        }
        let cells = regimes
            .iter()
            .zip(row.cells)
            .map(|(r, entries)| cell_view(lang, *r, row.kind, entries))
            .collect_view();
        let total_row = matches!(row.kind, RowKind::Total(_));
        body.push(
            view! {
                <tr class:rules-total=total_row>
                    <th scope="row">{row_label(lang, row.kind)}</th>
                    {cells}
                </tr>
            }
            .into_any(),
        );
    }
    let fragment = Page::Rules(regimes.clone()).fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let names: Vec<&str> = regimes.iter().map(|r| r.info().document).collect();
    let title = lang.pick(
        format!("规则对照：{}", names.join(" · ")),
        format!("The rules side by side: {}", names.join(" · ")),
    );
    let quizzes = regimes
        .iter()
        .map(|r| {
            let target = Page::Quiz {
                regime: *r,
                questions: None,
                seed: None,
            };
            let href = target.fragment();
            view! {
                <a class="button secondary" href=href on:click=move |ev: leptos::ev::MouseEvent| {
                    if ev.ctrl_key() || ev.meta_key() || ev.shift_key() { return; }
                    ev.prevent_default();
                    page.set(target.clone());
                }>{lang.pick(format!("测验：{}", r.info().document), format!("Quiz: {}", r.info().document))}</a>
            }
        })
        .collect_view();
    view! {
        <section class="card rules-page handout" aria-labelledby="rules-title">
            <p class="print-only handout-meta">
                {lang.t("规则对照讲义", "Rules handout")} " · " {lang.t("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <h2 id="rules-title">{title.clone()}</h2>
            <p class="hint">{lang.t(
                "不需要案例：每一行并排列出各文件自己的条文和出处（点击出处可阅读原文），加粗的是计算器据此得出的要点；最后 12 行是每个累计分值在各制度下的处理，由计算核心逐一计算。",
                "No case needed: each row sets the documents' own words and articles side by side (click an article to read it); in bold, what the calculator reads them as. The last 12 rows show what each total decides under each regime, computed by the core.",
            )}</p>
            <fieldset class="field no-print">
                <legend>{lang.t("对照的制度", "Regimes compared")}</legend>
                <div class="radios">{choices}</div>
            </fieldset>
            <div class="no-print rules-actions">
                <super::qr::LinkBox link title=title id="rules-link"/>
                <div class="scenario-actions">
                    {quizzes}
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{lang.t("打印讲义", "Print the handout")}</button>
                </div>
            </div>
            <div class="table-scroll">
                <table class="compare rules-table">
                    <caption class="visually-hidden">{lang.t("各制度规则逐行对照", "The regimes' rules, row by row")}</caption>
                    <thead><tr><th scope="col">{lang.t("规则", "Rule")}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="print-only handout-link">{lang.t("链接：", "Link: ")}{move || link.get()}</p>
        </section>
    }
}

/// A link to the rules side by side, from the case's regime and one to compare it with.
#[component]
pub fn RulesLink() -> impl IntoView {
    let Ctx {
        lang,
        page,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let own = computed.with_untracked(|c| c.regime);
    let other = if own == RegimeId::Shanghai2025 {
        RegimeId::Jining2024
    } else {
        RegimeId::Shanghai2025
    };
    let target = Page::Rules(vec![own, other]);
    let href = target.fragment();
    view! {
        <p class="rules-link">
            <a href=href on:click=move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() { return; }
                ev.prevent_default();
                page.set(target.clone());
            }>{lang.t("不用案例，直接并排对照各制度的规则 →", "The regimes' rules side by side, no case needed →")}</a>
        </p>
    }
}
