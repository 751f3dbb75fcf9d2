//! What changed (`#changes`, `#changes=shanghai-2025`, `#changes=shanghai-2023,shanghai-2025`):
//! the two documents' rules side by side in their own words and articles
//! (`teach::changes`), each row marked 有变化 or 未变 with what changed in short; then a
//! case of either document's library computed under both, its differences marked. It
//! prints as a handout; a deck can show it a few rows a slide.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::rules::{cell_view, page_link, row_label};
use super::training::{BadLink, Problem};
use super::Page;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::changes::{changes, default_pair, predecessor, Change};
use crate::teach::deck::BadToken;
use crate::teach::rules::RowKind;
use crate::teach::{compare, scenarios};

/// The pair a link names: none (the room's default), the later document, or both.
pub(crate) fn pair_of(regimes: &[RegimeId]) -> Result<(RegimeId, RegimeId), String> {
    match regimes {
        [] => default_pair().ok_or_else(|| "changes".to_string()),
        [to] => predecessor(*to)
            .map(|from| (from, *to))
            .ok_or_else(|| format!("changes={}", to.as_str())),
        [from, to, ..] => Ok((*from, *to)),
    }
}

/// The page's title: `规则变化：沪医保规〔2023〕4号 → 沪医保规〔2025〕3号`.
pub(crate) fn title(from: RegimeId, to: RegimeId) -> Text {
    let (a, b) = (from.info().document, to.info().document);
    Text::new(
        format!("规则变化：{a} → {b}"),
        format!("What changed: {a} → {b}"),
    )
}

/// The mark of a row: 有变化, 未变.
fn mark(changed: bool) -> Text {
    if changed {
        Text::fixed("有变化", "changed")
    } else {
        Text::fixed("未变", "unchanged")
    }
}

/// One row: its label, each document's entries, and what changed.
pub(crate) fn change_row(
    from: RegimeId,
    to: RegimeId,
    row: Change,
    hide: Signal<bool>,
) -> impl IntoView {
    let [a, b] = row.cells;
    let changed = row.changed;
    view! {
        <tr class:changed=changed class:rules-total=matches!(row.kind, RowKind::Total(_)) hidden=move || hide.get() && !changed>
            <th scope="row">{say(row_label(row.kind))}</th>
            {cell_view(from, row.kind, a)}
            {cell_view(to, row.kind, b)}
            <td class="change-what">
                <span class="badge" class:badge-changed=changed>{say(mark(changed))}</span>
                " " {say(row.what)}
            </td>
        </tr>
    }
}

/// The table of what changed, rows chosen by `keep`.
pub(crate) fn change_table(
    from: RegimeId,
    to: RegimeId,
    keep: &dyn Fn(RowKind) -> bool,
    hide: Signal<bool>,
) -> impl IntoView {
    let rows = changes(from, to)
        .into_iter()
        .filter(|r| keep(r.kind))
        .map(|row| change_row(from, to, row, hide))
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr("规则变化表（可横向滚动）", "What changed (scrolls sideways)")>
            <table class="compare rules-table changes-table">
                <thead><tr>
                    <th scope="col">{tr("规则", "Rule")}</th>
                    <th scope="col">{from.info().document}</th>
                    <th scope="col">{to.info().document}</th>
                    <th scope="col">{tr("变化", "What changed")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A case of either library computed under both documents.
#[component]
fn CaseUnderBoth(from: RegimeId, to: RegimeId) -> impl IntoView {
    let list: Vec<&'static scenarios::Scenario> =
        scenarios::of(from).chain(scenarios::of(to)).collect();
    let chosen = RwSignal::new(list.first().map(|s| s.id).unwrap_or_default());
    let options = list
        .iter()
        .map(|s| {
            let id = s.id;
            view! { <option value=id selected=move || chosen.get() == id>{s.regime.info().document} " · " {say(Text::fixed(s.title, s.title_en))}</option> }
        })
        .collect_view();
    let table = move || {
        let s = scenarios::get(chosen.get())?;
        let case: serde_json::Value = serde_json::from_str(s.case).ok()?;
        let other = if s.regime == from { to } else { from };
        let columns = compare::compare(&case, &[s.regime, other], super::today());
        Some(super::teach::compare_table(columns, s.regime))
    };
    view! {
        <section class="case-under-both" aria-labelledby="under-both-title">
            <h3 id="under-both-title">{tr("同一案例，两种规则", "One case under both")}</h3>
            <p class="hint">{tr(
                "案例库中的案例按条目对应关系带到另一文件下计算（日期必要时整年后移到该文件施行的年份）；与第一列不同之处以底色标出，依据一行列出两个文件各自的条款。",
                "A case of the library carried through the item mapping to the other document and computed there (its dates moved by whole years into that document's years where needed); cells that differ from the first column are highlighted, and the articles row cites each document's own.",
            )}</p>
            <p class="field no-print">
                <label for="under-both-case">{tr("案例", "Case")}</label> " "
                <select id="under-both-case" on:change=move |ev| {
                    let value = event_target_value(&ev);
                    if let Some(s) = scenarios::get(&value) { chosen.set(s.id); }
                }>{options}</select>
            </p>
            {table}
        </section>
    }
}

/// The page.
#[component]
pub fn Changes(regimes: Vec<RegimeId>) -> impl IntoView {
    let (from, to) = match pair_of(&regimes) {
        Ok(pair) => pair,
        Err(token) => {
            return view! { <BadLink problem=Problem::Deck(BadToken::NoPredecessor(token))/> }
                .into_any()
        }
    };
    let only_changed = RwSignal::new(false);
    let fragment = Page::Changes(vec![from, to]).fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let title = title(from, to);
    let deck = Page::Deck(vec![format!("changes:{}", to.as_str())]);
    let rules = Page::Rules(vec![from, to]);
    view! {
        <section class="card changes-page rules-page handout" aria-labelledby="changes-title">
            <p class="print-only handout-meta">
                {tr("规则变化讲义", "What changed: handout")} " · " {tr("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <h2 id="changes-title">{say(title.clone())}</h2>
            <p class="hint">{tr(
                "两个文件的规则逐行并排，各引其条文和出处（点击出处可阅读原文）；右列说明哪些规则变了、怎么变（由计算器根据两个文件的数据和计算核心得出），最后 12 行是每个累计分值在两个文件下的处理。",
                "The two documents' rules row by row, each in its own words with its article (click one to read it); the right column says which rules changed and how (from the two documents' data and the core), and the last 12 rows what each total decides under each.",
            )}</p>
            <div class="no-print rules-actions">
                <label class="radio" for="only-changed">
                    <input type="checkbox" id="only-changed" prop:checked=move || only_changed.get() on:change=move |ev| only_changed.set(event_target_checked(&ev))/>
                    <span>{tr("只看有变化的规则", "Only the rules that changed")}</span>
                </label>
                <super::qr::LinkBox link title=Signal::derive(say(title)) id="changes-link"/>
                <div class="scenario-actions">
                    {page_link(deck, Some("button secondary"), Text::fixed("投影演示这些变化", "Present these changes"))}
                    {page_link(rules, Some("button secondary"), Text::fixed("规则对照（不标变化）", "The rules side by side"))}
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{tr("打印讲义", "Print the handout")}</button>
                </div>
            </div>
            {change_table(from, to, &|_| true, only_changed.into())}
            <CaseUnderBoth from to/>
            <p class="print-only handout-link">{tr("链接：", "Link: ")}{move || link.get()}</p>
        </section>
    }
    .into_any()
}
