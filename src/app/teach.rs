//! The teaching pages: the same facts side by side under several regimes, and the
//! scenario library. Their words follow the reader's language: the cells are computed as
//! [`Text`] and drawn with `say`, so switching redraws them in place.

use leptos::prelude::*;

use super::i18n::{self, lang, say, tr, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::error::Style;
use crate::scoring::outcome::{Evaluation, FineResult, SanctionKind};
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::compare::{self, Carried, Column};
use crate::teach::{mapping, scenarios};

/// A fact of the case format, as the form labels it: what the comparison says is "not
/// applicable" in a regime that does not use it.
fn fact_label(key: &str) -> Text {
    match key {
        "severe" => Text::fixed("情节严重", "serious circumstances"),
        "fraud" => Text::fixed("欺诈骗保", "fraud"),
        "serious" => Text::fixed("违规情节严重", "serious violation"),
        "inspection" => Text::fixed("同一次监督检查", "same inspection"),
        "responsibility" => Text::fixed("责任程度", "responsibility"),
        "adjustment" => Text::fixed("从轻、减轻或从重情节", "mitigating or aggravating facts"),
        "points" => Text::fixed("选定的分值", "chosen points"),
        "months" => Text::fixed("选定的期限", "chosen duration"),
        "amount_yuan" => Text::fixed("涉及金额", "amount involved"),
        "objection_filed_on" => Text::fixed("异议日期", "objection date"),
        "site" => Text::fixed("执业机构", "institution"),
        "agreement_start" => Text::fixed("服务协议起始日", "agreement start"),
        "birth_date" => Text::fixed("出生日期", "date of birth"),
        "history" => Text::fixed("此前年度的扣分", "earlier years' deductions"),
        "repairs" => Text::fixed("记分修复", "score repairs"),
        _ => Text::fixed("其他事实", "other facts"),
    }
}

/// "不适用：…" for the facts a regime does not use.
fn not_applicable_note(keys: &[&str]) -> Option<Text> {
    if keys.is_empty() {
        return None;
    }
    let labels: Vec<Text> = keys.iter().map(|k| fact_label(k)).collect();
    let list = |lang: Lang, by: &str| {
        labels
            .iter()
            .map(|l| l.get(lang))
            .collect::<Vec<_>>()
            .join(by)
    };
    Some(Text::new(
        format!("不适用：{}", list(Lang::Zh, "、")),
        format!("not applicable: {}", list(Lang::En, ", ")),
    ))
}

/// Where the comparison moved the facts' dates into the regime's years (spec v3: a
/// decision before 沪2025 took over was 沪2023's): the years, and why.
fn moved_note(translation: &crate::teach::compare::Translation) -> Option<Text> {
    let years = translation.moved_years;
    let info = translation.regime.info();
    (years != 0).then(|| {
        Text::new(
            format!("日期均后移 {years} 年，以便按{}（{} 起施行）计算：此前作出的决定适用其前一文件", info.document, info.in_force_from),
            format!("every date moved {years} year{} later, so that {} (in force from {}) applies: decisions before it came under the document before it", if years == 1 { "" } else { "s" }, info.document, info.in_force_from),
        )
    })
}

/// The act a link stands for, when the case's item names several acts (沪2023 4.2.2 is
/// split admissions or unindicated tests): "按“…”对应".
fn act_note(group: &mapping::Group) -> Text {
    Text::new(
        format!("按“{}”对应", group.label.zh),
        format!("as “{}”", group.label.en),
    )
}

/// "也可对应 …" for another item the mapping links an act to, with its act and note.
fn alternative_note(group: &mapping::Group, member: &mapping::Member) -> Text {
    let code = member.code;
    let mut zh = format!("也可对应 {code}（{}）", group.label.zh);
    let mut en = format!("may also be {code} ({})", group.label.en);
    if !member.note.zh.is_empty() {
        zh = format!("{zh}：{}", member.note.zh);
        en = format!("{en}: {}", member.note.en);
    }
    Text::new(zh, en)
}

/// What the comparison assumed for a fact the case did not give.
fn assumed_note(key: &str) -> Text {
    match key {
        "responsibility" => Text::fixed(
            "未给出责任程度，按一般责任计算",
            "no responsibility given: general assumed",
        ),
        "amount_yuan" => Text::fixed("未给出涉及金额，按 0 元计算", "no amount given: ¥0 assumed"),
        _ => Text::fixed(
            "未给出的事实按默认值计算",
            "a fact not given: its default assumed",
        ),
    }
}

/// 沪2020's fine in words, as the order has it.
fn fine_text(fine: &FineResult) -> Text {
    i18n::fine_text(fine)
}

/// An incident's cell: its item here and what it scores (`4.2.2 · 3 分`), or why it has
/// none.
fn points_cell(column: &Column, id: &str) -> Text {
    let carried = column.translation.incidents.iter().find(|c| c.id == id);
    // An incident given by its points alone has no item to map: its points are its own
    // regime's.
    let by_points = carried.is_some_and(|c| c.source_item.is_empty());
    let Some(item) = carried.and_then(|c| c.item.clone()) else {
        return if by_points {
            Text::fixed("只有分值，无法对应", "points only: cannot be carried")
        } else {
            Text::fixed("无对应条目", "no counterpart")
        };
    };
    let item = if item.is_empty() {
        Text::fixed("只有分值", "points only")
    } else {
        Text::from(item)
    };
    let Ok(result) = &column.outcome else {
        return item;
    };
    match result.incidents.iter().find(|i| i.id == id) {
        Some(i) => match (i.points, &i.fine) {
            (Some(p), _) => Text::new(
                format!("{} · {p} 分", item.zh),
                format!("{} · {}", item.en, words::points(p).en),
            ),
            (None, Some(f)) => {
                let fine = fine_text(f);
                Text::new(
                    format!("{} · {}", item.zh, fine.zh),
                    format!("{} · {}", item.en, fine.en),
                )
            }
            _ => item,
        },
        None => item,
    }
}

/// The standing on the case's day, with the total: `医保支付资格暂停中 · 9 分`.
fn state_cell(result: &Evaluation) -> Text {
    let info = result.regime.info();
    let total = match (result.status.total, info.counting) {
        (Some(t), Counting::PointsDeducted) => {
            Text::new(format!(" · 已扣 {t} 分"), format!(" · {t} deducted"))
        }
        (Some(t), _) => Text::new(format!(" · {t} 分"), format!(" · {t} points")),
        _ => Text::default(),
    };
    let state = words::state(info, result.status.state);
    Text::new(
        format!("{}{}", state.zh, total.zh),
        format!("{}{}", state.en, total.en),
    )
}

/// The measures of a result with their dates, a notice aside.
fn measures_cell(result: &Evaluation) -> Text {
    let info = result.regime.info();
    let list: Vec<Text> = result
        .sanctions
        .iter()
        .filter(|s| s.kind != SanctionKind::Notice)
        .map(|s| {
            let dates = match (s.start, s.months, s.bar) {
                (Some(start), Some(m), _) => Text::from(format!(" {start}—{}", m.end)),
                (Some(start), _, Some(b)) => {
                    let barred = words::bar_until(info, b.bar_until);
                    Text::new(
                        format!(" {start} 起；{}", barred.zh),
                        format!(" from {start}; {}", barred.en),
                    )
                }
                _ => Text::from(format!(" {}", s.decided_on)),
            };
            let measure = words::heading(words::sanction(info, s.kind));
            let expected = if s.projected {
                Text::fixed("（预计）", " (expected)")
            } else {
                Text::default()
            };
            Text::new(
                format!("{}{}{}", measure.zh, dates.zh, expected.zh),
                format!("{}{}{}", measure.en, dates.en, expected.en),
            )
        })
        .collect();
    if list.is_empty() {
        return Text::fixed("无（至多通报）", "none (a notice at most)");
    }
    let join = |lang: Lang, by: &str| {
        list.iter()
            .map(|t| t.get(lang))
            .collect::<Vec<_>>()
            .join(by)
    };
    Text::new(join(Lang::Zh, "；"), join(Lang::En, "; "))
}

/// The notes under an incident's cell in a column: which act the link stands for (when
/// the case's item names several), the match's note, the other items the act may be,
/// the facts not applicable here and what was assumed.
fn cell_notes(carried: &Carried, own: RegimeId, first_column: bool) -> Vec<Text> {
    let matched = carried.matched;
    let several_acts = mapping::groups_of(own, &carried.source_item)
        .nth(1)
        .is_some();
    let act = matched
        .filter(|_| !first_column && several_acts)
        .map(|(g, _)| act_note(g));
    let note = matched.and_then(|(_, m)| (!m.note.zh.is_empty()).then(|| m.note.clone()));
    let others = carried
        .alternatives
        .iter()
        .map(|&(g, m)| alternative_note(g, m));
    let not_applicable = not_applicable_note(&carried.not_applicable);
    let assumed = carried.assumed.iter().map(|&(key, _)| assumed_note(key));
    act.into_iter()
        .chain(note)
        .chain(others)
        .chain(not_applicable)
        .chain(assumed)
        .collect()
}

/// The points part of a cell (`3 分`), for telling a differing cell.
fn points_part(cell: &Text) -> Option<&str> {
    cell.zh.split(" · ").nth(1)
}

/// The incidents' rows: each incident's item and points in every column, with its notes;
/// a cell whose points differ from the first column's is marked.
fn incident_rows(columns: &[Column], own: RegimeId) -> impl IntoView {
    let ids: Vec<String> = columns
        .first()
        .map(|col| {
            col.translation
                .incidents
                .iter()
                .map(|i| i.id.clone())
                .collect()
        })
        .unwrap_or_default();
    ids.iter()
        .map(|id| {
            let first = columns.first().map(|col| points_cell(col, id));
            let cells = columns
                .iter()
                .enumerate()
                .map(|(i, col)| {
                    let text = points_cell(col, id);
                    let carried = col.translation.incidents.iter().find(|c| &c.id == id);
                    let differs =
                        i > 0 && points_part(&text) != first.as_ref().and_then(points_part);
                    let na = carried.is_some_and(|c| c.item.is_none());
                    let notes = carried
                        .map(|c| cell_notes(c, own, i == 0))
                        .unwrap_or_default();
                    view! {
                        <td class:differs=differs class:na=na>
                            {say(text)}
                            {notes.into_iter().map(|n| view! { <small class="cell-note">{say(n)}</small> }).collect_view()}
                        </td>
                    }
                })
                .collect_view();
            let head = Text::new(format!("事件 {id}"), format!("Incident {id}"));
            view! { <tr><th scope="row">{say(head)}</th>{cells}</tr> }
        })
        .collect_view()
}

/// A summary row: `f` of each column's result (its error, in the form's words, when the
/// case is not valid there); a column where none of the case's acts has an item cannot
/// be compared — its "0 points, no measure" would read as "not punished there".
fn summary_row(label: Text, columns: &[Column], f: &dyn Fn(&Evaluation) -> Text) -> impl IntoView {
    let carried_nothing = |col: &Column| {
        !col.translation.incidents.is_empty()
            && col.translation.incidents.iter().all(|c| c.item.is_none())
    };
    let texts: Vec<Option<Text>> = columns
        .iter()
        .map(|col| {
            (!carried_nothing(col))
                .then(|| col.outcome.as_ref().map_or_else(|e| e.text(Style::Form), f))
        })
        .collect();
    let cells = texts
        .iter()
        .enumerate()
        .map(|(i, t)| match t {
            Some(t) => {
                let differs = i > 0 && Some(t) != texts[0].as_ref();
                view! { <td class:differs=differs>{say(t.clone())}</td> }.into_any()
            }
            None => view! {
                <td class="na">{tr("不可比较：本案的行为在此没有对应条目", "Not comparable: no item here for these acts")}</td>
            }
            .into_any(),
        })
        .collect_view();
    view! { <tr class="summary"><th scope="row">{say(label)}</th>{cells}</tr> }
}

/// The articles row: in each column, the items that gave the points, then the articles
/// of the measures.
fn cites_row(columns: &[Column]) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|col| {
            let regime = col.translation.regime;
            let info = regime.info();
            let list = col.outcome.as_ref().ok().map(|r| {
                let mut cites: Vec<String> = Vec::new();
                for carried in &col.translation.incidents {
                    let cite = carried
                        .item
                        .as_deref()
                        .and_then(|code| info.item(code))
                        .map(|i| i.cite.to_string());
                    if let Some(cite) = cite.filter(|c| !cites.contains(c)) {
                        cites.push(cite);
                    }
                }
                for s in &r.sanctions {
                    if !cites.contains(&s.cite) {
                        cites.push(s.cite.clone());
                    }
                }
                cites
                    .into_iter()
                    .map(|cite| view! { <Cite regime cite/> " " })
                    .collect_view()
            });
            view! { <td>{list}</td> }
        })
        .collect_view();
    view! { <tr class="summary"><th scope="row">{tr("依据", "Articles")}</th>{cells}</tr> }
}

/// The comparison table of the current case under `regimes` (its own first).
pub(crate) fn compare_table(columns: Vec<Column>, own: RegimeId) -> impl IntoView {
    let head = columns
        .iter()
        .map(|col| view! { <th scope="col">{col.translation.regime.info().document}</th> })
        .collect_view();
    let incidents = incident_rows(&columns, own);
    let case_facts = columns
        .iter()
        .any(|col| !col.translation.not_applicable.is_empty() || col.translation.moved_years != 0)
        .then(|| {
            let cells = columns
                .iter()
                .map(|col| {
                    let moved = moved_note(&col.translation);
                    view! { <td>{not_applicable_note(&col.translation.not_applicable).map(say)} " " {moved.map(say)}</td> }
                })
                .collect_view();
            view! { <tr class="summary"><th scope="row">{tr("案例事实", "Case facts")}</th>{cells}</tr> }
        });
    let state = summary_row(Text::fixed("查询日状态", "Standing"), &columns, &state_cell);
    let measures = summary_row(
        Text::fixed("处理措施", "Measures"),
        &columns,
        &measures_cell,
    );
    let cites = cites_row(&columns);
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=tr("制度对比表（可横向滚动）", "Comparison table (scrolls sideways)")>
            <table class="compare">
                <thead><tr><th scope="col">{tr("事实", "Facts")}</th>{head}</tr></thead>
                <tbody>{incidents}{case_facts}{state}{measures}{cites}</tbody>
            </table>
        </div>
    }
}

/// Which case is compared: a shared case or a scenario being looked at is not the user's
/// own.
fn compared_case(preview: Option<String>, saved: String) -> Text {
    match preview {
        Some(title) => Text::new(
            format!("对比的是正在查看的案例「{title}」（尚未保存为您的案例）。"),
            format!(
                "Compared: the case being looked at, “{title}” (not saved as one of your cases)."
            ),
        ),
        None => Text::new(
            format!("对比的是您的案例「{saved}」。"),
            format!("Compared: your case “{saved}”."),
        ),
    }
}

/// The checkboxes choosing the regimes compared (the case's own always is).
#[component]
fn CompareChoices(
    /// The case's regime.
    own: RegimeId,
    /// The regimes chosen, in the app's order.
    chosen: RwSignal<Vec<RegimeId>>,
) -> impl IntoView {
    RegimeId::ALL
        .into_iter()
        .map(|r| {
            let id = format!("compare-{}", r.as_str());
            let label_for = id.clone();
            view! {
                <label class="radio" for=label_for>
                    <input type="checkbox" id=id disabled=r == own
                        prop:checked=move || chosen.with(|c| c.contains(&r))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            chosen.update(|c| {
                                c.retain(|x| *x != r);
                                if on {
                                    c.push(r);
                                }
                                crate::calendar::sort_by_key(c, |x| RegimeId::ALL.iter().position(|y| y == x));
                            });
                        }/>
                    <span>{r.info().document}</span>
                </label>
            }
        })
        .collect_view()
}

/// The comparison page.
#[component]
pub fn Compare() -> impl IntoView {
    let Ctx { computed, keep, .. } = ctx();
    let own = computed.with_untracked(|c| c.regime);
    let chosen = RwSignal::new(
        RegimeId::ALL
            .into_iter()
            .filter(|r| *r == own || r.info().counting != Counting::Fines)
            .collect::<Vec<_>>(),
    );
    let table = move || {
        let c = computed.get();
        let mut regimes = vec![own];
        regimes.extend(chosen.get().into_iter().filter(|r| *r != own));
        compare_table(compare::compare(&c.prepared.case, &regimes, c.today), own)
    };
    let lang = lang();
    let which = move || {
        let saved = keep.library.with(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        });
        compared_case(keep.preview.get(), saved)
            .get(lang.get())
            .to_string()
    };
    let no_incident = move || {
        computed.with(|c| {
            c.prepared
                .case
                .get("incidents")
                .and_then(|i| i.as_array())
                .is_none_or(|i| i.is_empty())
        })
    };
    let reviewed = mapping::REVIEWED;
    view! {
        <section class="card compare-page handout" aria-labelledby="compare-title">
            <p class="print-only handout-meta">
                {tr("制度对比", "Regimes compared")} " · " {tr("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <h2 id="compare-title">{tr("同一案情，不同制度", "The same facts under different regimes")}</h2>
            <div class="no-print"><super::rules::RulesLink/></div>
            <p class="compared-case">{which}</p>
            {move || no_incident().then(|| view! {
                <p class="note info">{tr(
                    "当前案例还没有违规事件，下表没有可对比的内容。可以从案例库打开一个示例，或用上面的链接不需要案例直接对照各制度的规则。",
                    "The current case has no incident yet, so the table has nothing to compare. Open a scenario from the library, or use the link above to set the regimes' rules side by side with no case.",
                )}</p>
            })}
            <p class="hint">{tr(
                "当前案例的每个事件按“同一行为”对应到其他制度的条目后分别计算；与第一列不同之处以底色标出。",
                "Each incident of the current case is carried to the item that describes the same act in each regime, and computed there; cells that differ from the first column are highlighted.",
            )}</p>
            <fieldset class="field no-print">
                <legend>{tr("对比的制度", "Regimes compared")}</legend>
                <div class="radios"><CompareChoices own chosen/></div>
            </fieldset>
            {table}
            <p class="note info">{say(Text::new(
                format!("条目对应关系是人工逐条审阅的数据（审阅于 {reviewed}），不是法规原文；部分对应只在一定条件下成立，一个行为可对应多个条目的，表中均已注明。"),
                format!("The item mapping is reviewed data (reviewed on {reviewed}), not the law's text; partial matches are noted in the table, and so is every other item an act may be."),
            ))}</p>
        </section>
    }
}

/// Opens the presentation of scenario `id` (a modified click opens it in a new tab).
fn present_on_click(id: &'static str) -> impl Fn(leptos::ev::MouseEvent) + Clone + 'static {
    let Ctx { page, .. } = ctx();
    move |ev: leptos::ev::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
            return;
        }
        ev.prevent_default();
        page.set(Page::Present(id.to_string()));
    }
}

/// A scenario of the library: its title, explanation and articles, a button to look at
/// it in the calculator, one to present it, and its link.
#[component]
fn ScenarioCard(
    /// The scenario.
    scenario: &'static scenarios::Scenario,
) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let s = scenario;
    let regime = s.regime;
    let title = Text::fixed(s.title, s.title_en);
    let open = move |_| page.set(Page::Scenario(s.id.to_string()));
    let cites = s
        .cites
        .iter()
        .map(|c| view! { <Cite regime cite=*c/> " " })
        .collect_view();
    let link =
        Signal::derive(move || super::qr::app_link(&Page::Scenario(s.id.to_string()).fragment()));
    view! {
        <article class="scenario" id=format!("scenario-{}", s.id)>
            <h4>{say(title.clone())}</h4>
            <p>{say(Text::fixed(s.explain, s.explain_en))}</p>
            <p class="cites">{cites}</p>
            <div class="scenario-actions">
                <button type="button" class="primary" on:click=open>{tr("在计算器中查看", "Open in the calculator")}</button>
                <a class="button secondary" href=Page::Present(s.id.to_string()).fragment() on:click=present_on_click(s.id)>{tr("演示", "Present")}</a>
            </div>
            <super::qr::LinkBox link title=Signal::derive(say(title)) id=format!("link-{}", s.id)/>
        </article>
    }
}

/// The scenario library. Opening a scenario looks at it in the calculator, as a shared
/// link is looked at: nothing is saved until the user saves it.
#[component]
pub fn Scenarios() -> impl IntoView {
    let groups = RegimeId::ALL
        .into_iter()
        .map(|regime| {
            let info = regime.info();
            let cards = scenarios::of(regime)
                .map(|scenario| view! { <ScenarioCard scenario/> })
                .collect_view();
            view! {
                <section class="scenario-group">
                    <h3>{info.document} " " <small>{say(Text::fixed(info.title, info.title_en))}</small></h3>
                    {cards}
                </section>
            }
        })
        .collect_view();
    view! {
        <super::room::Room/>
        <section class="card scenarios-page" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{tr("案例库", "Scenario library")}</h2>
            <p class="hint">{tr(
                "按各文件的规则编写的示例，说明哪些条款决定结果。在计算器中查看时只是预览，保存后才成为您的案例；每个示例都有自己的链接和二维码，可发给学员或在课堂上演示。",
                "Worked examples written from each document's rules, saying which articles decide them. Opening one in the calculator is a preview until you save it as a case of yours; each has its own link and QR code, for trainees or for presenting in a session.",
            )}</p>
            <super::rules::RulesLink/>
            {groups}
        </section>
    }
}

/// The explanation of the scenario being looked at in the calculator, with its link; it
/// prints at the head of the report, so that a printed scenario is a handout.
#[component]
pub fn ScenarioNote() -> impl IntoView {
    let Ctx {
        lang,
        keep,
        draft,
        page,
        ..
    } = ctx();
    // `#s=<id>` reached by the library's button or by Back/Forward: look at it. (The
    // preview's name is kept as a string by `keep`, in the language of the moment.)
    Effect::new(move |_| {
        if let Page::Scenario(id) = page.get() {
            if keep.scenario.get_untracked() != Some(id.as_str())
                || keep.preview.with_untracked(Option::is_none)
            {
                super::keep::look_at_scenario(keep, draft, lang.get_untracked(), &id);
            }
        }
    });
    // Once saved, the explanation stays while that case is open, and goes with it.
    let saved_as = StoredValue::new(None::<String>);
    Effect::new(move |_| {
        let current = keep.library.with(|l| l.current.clone());
        let previewing = keep.preview.with(Option::is_some);
        if keep.scenario.with_untracked(Option::is_none) || previewing {
            saved_as.set_value(None);
            return;
        }
        match saved_as.get_value() {
            None => saved_as.set_value(Some(current)),
            Some(saved) if saved != current => {
                saved_as.set_value(None);
                keep.scenario.set(None);
            }
            Some(_) => {}
        }
    });
    move || {
        keep.scenario.get().and_then(scenarios::get).map(|s| {
            let title = Text::fixed(s.title, s.title_en);
            let cites = s.cites.iter().map(|c| view! { <Cite regime=s.regime cite=*c/> " " }).collect_view();
            let link = Signal::derive(move || super::qr::app_link(&Page::Scenario(s.id.to_string()).fragment()));
            view! {
                <section class="card scenario-note" aria-labelledby="scenario-note-title">
                    <p class="print-only handout-meta">
                        {tr("案例讲义", "Scenario handout")} " · " {s.regime.info().document} " · "
                        {tr("打印日期 ", "printed ")} {super::today().to_string()}
                    </p>
                    <h2 id="scenario-note-title">{say(title.clone())}</h2>
                    <p class="scenario-explain">{say(Text::fixed(s.explain, s.explain_en))}</p>
                    <p class="cites">{tr("依据：", "Articles: ")}{cites}</p>
                    <div class="no-print scenario-actions">
                        <a class="button secondary" href=Page::Present(s.id.to_string()).fragment() on:click=present_on_click(s.id)>{tr("演示此案例", "Present this scenario")}</a>
                    </div>
                    <div class="no-print"><super::qr::LinkBox link title=Signal::derive(say(title)) id="scenario-note-link"/></div>
                    <p class="print-only handout-link">{tr("链接：", "Link: ")}{move || link.get()}</p>
                </section>
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn columns(case: serde_json::Value, ids: &[&str]) -> Vec<Column> {
        let regimes: Vec<RegimeId> = ids
            .iter()
            .map(|id| RegimeId::parse(id).expect("regime"))
            .collect();
        compare::compare(&case, &regimes, NaiveDate::MIN)
    }

    #[test]
    fn the_cells_say_each_regimes_points_and_facts_not_used_in_both_languages() {
        let case = serde_json::json!({"regime": "shanghai-2023", "as_of": "2024-06-30", "incidents": [
            {"id": "c", "item": "4.2.2", "decided_on": "2024-03-05", "inspection": "X"}]});
        let cols = columns(case, &["shanghai-2023", "jining-2024"]);
        let own = RegimeId::parse("shanghai-2023").expect("regime");
        assert_eq!(points_cell(&cols[0], "c").zh, "4.2.2 · 3 分");
        assert_eq!(points_cell(&cols[0], "c").en, "4.2.2 · 3 points");
        let carried = &cols[1].translation.incidents[0];
        let notes = cell_notes(carried, own, false);
        assert!(
            notes.iter().any(|n| n.zh == "不适用：同一次监督检查"),
            "{notes:?}"
        );
        assert!(notes
            .iter()
            .any(|n| n.en == "not applicable: same inspection"));
        let result = cols[1].outcome.as_ref().expect("result");
        assert!(state_cell(result).zh.contains("已扣"));
    }

    #[test]
    fn the_compared_case_is_named_as_a_preview_or_as_the_users() {
        assert!(compared_case(Some("示例".into()), String::new())
            .zh
            .contains("尚未保存"));
        assert_eq!(
            compared_case(None, "甲".into()).en,
            "Compared: your case “甲”."
        );
    }
}
