//! The rules page (`#rules=A,B[,C]`): regimes side by side with no case, row by row in
//! their own words (`teach::rules`), with each article one click away. It prints as a
//! titled, dated handout without its controls, every clause with its items. Its words follow the reader's language
//! (the rows are computed once; switching redraws their words in place).

use leptos::prelude::*;

use super::i18n::{lang, say, tr, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::{self, Entry, RowKind};

/// The heading of a row.
pub(crate) fn row_label(kind: RowKind) -> Text {
    match kind {
        RowKind::Period => Text::fixed("记分周期", "Scoring period"),
        RowKind::Items => Text::fixed("记分（扣分）情形与分值", "Acts and their points"),
        RowKind::Counting => Text::fixed("计分规则", "How acts are counted"),
        RowKind::Bands => Text::fixed("累计分值与处理", "Totals and measures"),
        RowKind::OneShot => Text::fixed("一次性记分", "Points scored at once"),
        RowKind::Bars => Text::fixed("终止（解除）后不得再登记", "Bar after a termination"),
        RowKind::ThreeYears => Text::fixed("连续三年", "Three years running"),
        RowKind::Repairs => Text::fixed("记分修复", "Repairs"),
        RowKind::Restart => Text::fixed("清零与恢复", "Clearing and restoring"),
        RowKind::TakesEffect => Text::fixed("处理何时生效", "When a measure takes effect"),
        RowKind::Procedure(kind) => {
            let step = words::deadline_kind(kind);
            Text::new(
                format!("程序：{}", step.zh),
                format!("Procedure: {}", step.en),
            )
        }
        RowKind::Total(total) => Text::new(format!("累计 {total} 分"), format!("Total {total}")),
    }
}

/// What an empty cell says: the document has no such rule (or no points at all).
fn empty_cell(kind: RowKind) -> Text {
    match kind {
        RowKind::Total(_) | RowKind::Bands => {
            Text::fixed("本文件不记分", "no points in this document")
        }
        _ => Text::fixed("本文件无此规定", "no such rule in this document"),
    }
}

/// The page's title: the documents compared.
fn title(regimes: &[RegimeId]) -> Text {
    let names: Vec<&str> = regimes.iter().map(|r| r.info().document).collect();
    let names = names.join(" · ");
    Text::new(
        format!("规则对照：{names}"),
        format!("The rules side by side: {names}"),
    )
}

/// The regime a case's regime is set beside by default: the first the app lists, or for
/// that one, the newest document that counts points the other way (沪2025 → 济宁).
pub fn beside(own: RegimeId) -> RegimeId {
    if own != RegimeId::FIRST {
        return RegimeId::FIRST;
    }
    let counting = own.info().counting;
    RegimeId::ALL
        .into_iter()
        .filter(|r| {
            let c = r.info().counting;
            c != counting && c != Counting::Fines
        })
        .max_by_key(|r| r.info().in_force_from)
        .unwrap_or(own)
}

/// One entry: its citation (opens the article), what it comes to, and the law's words
/// (with the English gloss beside them in English).
fn entry_view(regime: RegimeId, entry: Entry) -> impl IntoView {
    let lang = lang();
    let gloss = entry.gloss;
    let code = entry.code;
    let summary = (!entry.summary.is_empty()).then(|| {
        view! { <strong class="rule-summary">{say(entry.summary.clone())}</strong> }
    });
    view! {
        <div class="rule-entry" class:rule-item=code.is_some()>
            <p class="rule-head">
                {code.map(|c| view! { <span class="badge">{c}</span> " " })}
                {entry.cite.split('、').map(|c| view! { <Cite regime cite=c.to_string()/> " " }).collect_view()}
                {summary}
            </p>
            {(!entry.text.is_empty()).then(|| view! {
                <p class="rule-words" lang="zh-CN">{entry.text}</p>
            })}
            {move || (lang.get() == Lang::En && !gloss.is_empty()).then(|| view! { <p class="gloss">{gloss}</p> })}
        </div>
    }
}

/// The items row's cell: each clause with its lead-in and points; its items listed under
/// it, folded on screen (the handout keeps the clauses).
fn items_cell(regime: RegimeId, entries: Vec<Entry>) -> impl IntoView {
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
            let folded = Text::new(format!("{count} 个条目"), format!("{count} items"));
            // The handout prints every item (a folded list does not print): a clause
            // without lead-in words of its own (沪2025 第十三条（五）) is its items.
            let printed = items.clone();
            view! {
                <div class="rule-clause">
                    {entry_view(regime, clause)}
                    {(count > 0).then(|| view! {
                        <details class="rules-items no-print">
                            <summary>{say(folded)}</summary>
                            {items.into_iter().map(|e| entry_view(regime, e)).collect_view()}
                        </details>
                        <div class="print-only rules-items-print">
                            {printed.into_iter().map(|e| entry_view(regime, e)).collect_view()}
                        </div>
                    })}
                </div>
            }
        })
        .collect_view();
    view! { <td class="rules-items-cell">{groups}</td> }
}

/// The cell of one regime in one row.
pub(crate) fn cell_view(regime: RegimeId, kind: RowKind, entries: Vec<Entry>) -> AnyView {
    if entries.is_empty() {
        return view! { <td class="na">{say(empty_cell(kind))}</td> }.into_any();
    }
    if kind == RowKind::Items {
        return items_cell(regime, entries).into_any();
    }
    view! { <td>{entries.into_iter().map(|e| entry_view(regime, e)).collect_view()}</td> }
        .into_any()
}

/// The table's rows: the rules, then what each total decides under a heading of its own.
fn body(regimes: &[RegimeId]) -> Vec<AnyView> {
    let columns = regimes.len() + 1;
    let mut body = Vec::new();
    for row in rules::rows(regimes) {
        if row.kind == RowKind::Total(1) {
            body.push(
                view! {
                    <tr class="rules-section">
                        <th scope="colgroup" colspan=columns.to_string()>
                            {tr(
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
            .map(|(r, entries)| cell_view(*r, row.kind, entries))
            .collect_view();
        let total_row = matches!(row.kind, RowKind::Total(_));
        body.push(
            view! {
                <tr class:rules-total=total_row>
                    <th scope="row">{say(row_label(row.kind))}</th>
                    {cells}
                </tr>
            }
            .into_any(),
        );
    }
    body
}

/// The checkboxes choosing the regimes compared: a change is a new page (a history entry).
#[component]
fn RegimeChoices(
    /// The regimes compared now.
    chosen: Vec<RegimeId>,
) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    RegimeId::ALL
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
                crate::calendar::sort_by_key(&mut next, |x| {
                    RegimeId::ALL.iter().position(|y| y == x)
                });
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
        .collect_view()
}

/// A button-like link to a page of the app (a click keeps the app, a modified click opens
/// a tab).
pub(crate) fn page_link(target: Page, class: Option<&'static str>, text: Text) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let href = target.fragment();
    view! {
        <a class=class href=href on:click=move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() { return; }
            ev.prevent_default();
            page.set(target.clone());
        }>{say(text)}</a>
    }
}

/// The regimes side by side.
#[component]
pub fn Rules(regimes: Vec<RegimeId>) -> impl IntoView {
    let head = regimes
        .iter()
        .map(|r| {
            let info = r.info();
            view! {
                <th scope="col">
                    {info.document}
                    <small class="rule-title">{say(Text::fixed(info.title, info.title_en))}</small>
                </th>
            }
        })
        .collect_view();
    let body = body(&regimes);
    let fragment = Page::Rules(regimes.clone()).fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let title = title(&regimes);
    let quizzes = regimes
        .iter()
        .map(|r| {
            let target = Page::Quiz {
                regime: *r,
                questions: None,
                seed: None,
                topics: Vec::new(),
            };
            let document = r.info().document;
            let text = Text::new(format!("测验：{document}"), format!("Quiz: {document}"));
            page_link(target, Some("button secondary"), text)
        })
        .collect_view();
    view! {
        <section class="card rules-page handout" aria-labelledby="rules-title">
            <p class="print-only handout-meta">
                {tr("规则对照讲义", "Rules handout")} " · " {tr("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <h2 id="rules-title">{say(title.clone())}</h2>
            <p class="hint">{tr(
                "不需要案例：每一行并排列出各文件自己的条文和出处（点击出处可阅读原文），加粗的是计算器据此得出的要点；最后 12 行是每个累计分值在各制度下的处理，由计算核心逐一计算。",
                "No case needed: each row sets the documents' own words and articles side by side (click an article to read it); in bold, what the calculator reads them as. The last 12 rows show what each total decides under each regime, computed by the core.",
            )}</p>
            <fieldset class="field no-print">
                <legend>{tr("对照的制度", "Regimes compared")}</legend>
                <div class="radios"><RegimeChoices chosen=regimes.clone()/></div>
            </fieldset>
            <div class="no-print rules-actions">
                <super::qr::LinkBox link title=Signal::derive(say(title)) id="rules-link"/>
                <div class="scenario-actions">
                    {quizzes}
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{tr("打印讲义", "Print the handout")}</button>
                </div>
            </div>
            <div class="table-scroll">
                <table class="compare rules-table">
                    <caption class="visually-hidden">{tr("各制度规则逐行对照", "The regimes' rules, row by row")}</caption>
                    <thead><tr><th scope="col">{tr("规则", "Rule")}</th>{head}</tr></thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <p class="print-only handout-link">{tr("链接：", "Link: ")}{move || link.get()}</p>
        </section>
    }
}

/// A link to the rules side by side, from the case's regime and one to compare it with.
#[component]
pub fn RulesLink() -> impl IntoView {
    let Ctx { computed, .. } = ctx();
    let own = computed.with_untracked(|c| c.regime);
    let target = Page::Rules(vec![own, beside(own)]);
    view! {
        <p class="rules-link">
            {page_link(target, None, Text::fixed("不用案例，直接并排对照各制度的规则 →", "The regimes' rules side by side, no case needed →"))}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_regime_is_set_beside_the_newest_that_counts_the_other_way() {
        let id = |r: RegimeId| r.as_str();
        assert_eq!(id(beside(RegimeId::FIRST)), "jining-2024");
        for r in RegimeId::ALL.into_iter().filter(|r| *r != RegimeId::FIRST) {
            assert_eq!(beside(r), RegimeId::FIRST);
        }
    }

    #[test]
    fn a_row_is_named_in_both_languages() {
        let label = row_label(RowKind::Total(9));
        assert_eq!(
            (label.zh.as_ref(), label.en.as_ref()),
            ("累计 9 分", "Total 9")
        );
        let objection = row_label(RowKind::Procedure(
            crate::scoring::outcome::DeadlineKind::Objection,
        ));
        assert_eq!(objection.zh, "程序：提出异议");
    }
}
