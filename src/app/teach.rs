//! The teaching pages: the same facts side by side under several regimes, and the
//! scenario library.

use leptos::prelude::*;

use super::i18n::{self, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::scoring::outcome::{Evaluation, SanctionKind};
use crate::scoring::regimes::Counting;
use crate::scoring::RegimeId;
use crate::teach::compare::{self, Column};
use crate::teach::{mapping, scenarios};

/// A fact of the case format, as the form labels it: what the comparison says is "not
/// applicable" in a regime that does not use it.
fn fact_label(lang: Lang, key: &str) -> &'static str {
    match key {
        "severe" => lang.t("情节严重", "serious circumstances"),
        "fraud" => lang.t("欺诈骗保", "fraud"),
        "serious" => lang.t("违规情节严重", "serious violation"),
        "inspection" => lang.t("同一次监督检查", "same inspection"),
        "responsibility" => lang.t("责任程度", "responsibility"),
        "adjustment" => lang.t("从轻、减轻或从重情节", "mitigating or aggravating facts"),
        "points" => lang.t("选定的分值", "chosen points"),
        "months" => lang.t("选定的期限", "chosen duration"),
        "amount_yuan" => lang.t("涉及金额", "amount involved"),
        "objection_filed_on" => lang.t("异议日期", "objection date"),
        "site" => lang.t("执业机构", "institution"),
        "agreement_start" => lang.t("服务协议起始日", "agreement start"),
        "birth_date" => lang.t("出生日期", "date of birth"),
        "history" => lang.t("此前年度的扣分", "earlier years' deductions"),
        "repairs" => lang.t("记分修复", "score repairs"),
        _ => lang.t("其他事实", "other facts"),
    }
}

/// "不适用：…" for the facts a regime does not use.
fn not_applicable_note(lang: Lang, keys: &[&str]) -> Option<String> {
    if keys.is_empty() {
        return None;
    }
    let labels: Vec<&str> = keys.iter().map(|k| fact_label(lang, k)).collect();
    Some(lang.pick(
        format!("不适用：{}", labels.join("、")),
        format!("not applicable: {}", labels.join(", ")),
    ))
}

/// The act a link stands for, when the case's item names several acts (沪2023 4.2.2 is
/// split admissions or unindicated tests): "按“…”对应".
fn act_note(lang: Lang, group: &mapping::Group) -> String {
    lang.pick(
        format!("按“{}”对应", group.label),
        format!("as “{}”", group.label_en),
    )
}

/// "也可对应 …" for another item the mapping links an act to, with its act and note.
fn alternative_note(lang: Lang, group: &mapping::Group, member: &mapping::Member) -> String {
    let code = member.code;
    let mut zh = format!("也可对应 {code}（{}）", group.label);
    let mut en = format!("may also be {code} ({})", group.label_en);
    if !member.note.is_empty() {
        zh = format!("{zh}：{}", member.note);
        en = format!("{en}: {}", member.note_en);
    }
    lang.pick(zh, en)
}

/// What the comparison assumed for a fact the case did not give.
fn assumed_note(lang: Lang, key: &str) -> &'static str {
    match key {
        "responsibility" => lang.t(
            "未给出责任程度，按一般责任计算",
            "no responsibility given: general assumed",
        ),
        "amount_yuan" => lang.t("未给出涉及金额，按 0 元计算", "no amount given: ¥0 assumed"),
        _ => lang.t(
            "未给出的事实按默认值计算",
            "a fact not given: its default assumed",
        ),
    }
}

fn points_cell(lang: Lang, column: &Column, id: &str) -> String {
    let carried = column.translation.incidents.iter().find(|c| c.id == id);
    // An incident given by its points alone has no item to map: its points are its own
    // regime's.
    let by_points = carried.is_some_and(|c| c.source_item.is_empty());
    let Some(item) = carried.and_then(|c| c.item.clone()) else {
        return if by_points {
            lang.t("只有分值，无法对应", "points only: cannot be carried")
        } else {
            lang.t("无对应条目", "no counterpart")
        }
        .to_string();
    };
    let item = if item.is_empty() {
        lang.t("只有分值", "points only").to_string()
    } else {
        item
    };
    let Ok(result) = &column.outcome else {
        return item;
    };
    match result.incidents.iter().find(|i| i.id == id) {
        Some(i) => match (i.points, &i.fine) {
            (Some(p), _) => lang.pick(
                format!("{item} · {p} 分"),
                format!("{item} · {p} {}", if p == 1 { "point" } else { "points" }),
            ),
            (None, Some(f)) => format!("{item} · {}", super::i18n::fine_words(lang, f)),
            _ => item,
        },
        None => item,
    }
}

fn state_cell(lang: Lang, result: &Evaluation) -> String {
    let total = match (result.status.total, result.regime.info().counting) {
        (Some(t), Counting::PointsDeducted) => {
            lang.pick(format!(" · 已扣 {t} 分"), format!(" · {t} deducted"))
        }
        (Some(t), _) => lang.pick(format!(" · {t} 分"), format!(" · {t} points")),
        _ => String::new(),
    };
    format!(
        "{}{total}",
        i18n::state_name(lang, result.regime, result.status.state)
    )
}

fn measures_cell(lang: Lang, result: &Evaluation) -> String {
    let list: Vec<String> = result
        .sanctions
        .iter()
        .filter(|s| s.kind != SanctionKind::Notice)
        .map(|s| {
            let dates = match (s.start, s.months, s.bar) {
                (Some(start), Some(m), _) => format!(" {start}—{}", m.end),
                (Some(start), _, Some(b)) => lang.pick(
                    format!(
                        " {start} 起；{}",
                        i18n::bar_until(lang, result.regime, b.bar_until)
                    ),
                    format!(
                        " from {start}; {}",
                        i18n::bar_until(lang, result.regime, b.bar_until)
                    ),
                ),
                _ => format!(" {}", s.decided_on),
            };
            format!(
                "{}{dates}{}",
                i18n::sanction_heading(lang, result.regime, s.kind),
                if s.projected {
                    lang.t("（预计）", " (expected)")
                } else {
                    ""
                }
            )
        })
        .collect();
    if list.is_empty() {
        lang.t("无（至多通报）", "none (a notice at most)")
            .to_string()
    } else {
        list.join(lang.t("；", "; "))
    }
}

/// The comparison page.
#[component]
pub fn Compare() -> impl IntoView {
    let Ctx {
        computed,
        lang,
        keep,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let own = computed.with_untracked(|c| c.regime);
    let chosen = RwSignal::new(
        RegimeId::ALL
            .into_iter()
            .filter(|r| *r == own || r.info().counting != Counting::Fines)
            .collect::<Vec<_>>(),
    );
    let choices = RegimeId::ALL
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
                                c.sort_by_key(|x| RegimeId::ALL.iter().position(|y| y == x));
                            });
                        }/>
                    <span>{r.info().document}</span>
                </label>
            }
        })
        .collect_view();
    let table = move || {
        let c = computed.get();
        let mut regimes = vec![own];
        regimes.extend(chosen.get().into_iter().filter(|r| *r != own));
        let columns = compare::compare(&c.prepared.case, &regimes, c.today);
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
        let head = columns
            .iter()
            .map(|col| view! { <th scope="col">{col.translation.regime.info().document}</th> })
            .collect_view();
        let first_points: Vec<String> = ids
            .iter()
            .map(|id| {
                columns
                    .first()
                    .map(|col| points_cell(lang, col, id))
                    .unwrap_or_default()
            })
            .collect();
        let incident_rows = ids
            .iter()
            .enumerate()
            .map(|(row, id)| {
                let cells = columns
                    .iter()
                    .enumerate()
                    .map(|(i, col)| {
                        let text = points_cell(lang, col, id);
                        let carried = col.translation.incidents.iter().find(|c| &c.id == id);
                        let differs = i > 0 && text.split(" · ").nth(1) != first_points[row].split(" · ").nth(1);
                        let na = carried.is_some_and(|c| c.item.is_none());
                        let matched = carried.and_then(|c| c.matched);
                        // Which act the link stands for, when the case's item names several.
                        let act = carried
                            .filter(|c| i > 0 && mapping::groups_of(own, &c.source_item).nth(1).is_some())
                            .and(matched)
                            .map(|(g, _)| act_note(lang, g));
                        let note = matched.and_then(|(_, m)| (!m.note.is_empty()).then(|| lang.pick(m.note.to_string(), m.note_en.to_string())));
                        // Every other item the mapping links the act to, with its act and note.
                        let others = carried
                            .map(|c| c.alternatives.iter().map(|&(g, m)| alternative_note(lang, g, m)).collect::<Vec<_>>())
                            .unwrap_or_default();
                        let not_applicable = carried.and_then(|c| not_applicable_note(lang, &c.not_applicable));
                        let assumed: Vec<&str> = carried
                            .map(|c| c.assumed.iter().map(|&(key, _)| assumed_note(lang, key)).collect())
                            .unwrap_or_default();
                        view! {
                            <td class:differs=differs class:na=na>
                                {text}
                                {act.map(|n| view! { <small class="cell-note">{n}</small> })}
                                {note.map(|n| view! { <small class="cell-note">{n}</small> })}
                                {others.into_iter().map(|n| view! { <small class="cell-note">{n}</small> }).collect_view()}
                                {not_applicable.map(|n| view! { <small class="cell-note">{n}</small> })}
                                {assumed.into_iter().map(|n| view! { <small class="cell-note">{n}</small> }).collect_view()}
                            </td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{lang.pick(format!("事件 {id}"), format!("Incident {id}"))}</th>{cells}</tr> }
            })
            .collect_view();
        // A regime where none of the case's acts has an item cannot be compared: its "0
        // points, no measure" would read as "not punished there".
        let carried_nothing = |col: &Column| {
            !col.translation.incidents.is_empty()
                && col.translation.incidents.iter().all(|c| c.item.is_none())
        };
        let summary = |label: &'static str, f: &dyn Fn(&Evaluation) -> String| {
            let texts: Vec<Option<String>> = columns
                .iter()
                .map(|col| {
                    (!carried_nothing(col)).then(|| {
                        col.outcome
                            .as_ref()
                            .map_or_else(|e| super::i18n::error_text(lang, e), f)
                    })
                })
                .collect();
            let cells = texts
                .iter()
                .enumerate()
                .map(|(i, t)| match t {
                    Some(t) => {
                        let differs = i > 0 && Some(t) != texts[0].as_ref();
                        view! { <td class:differs=differs>{t.clone()}</td> }.into_any()
                    }
                    None => view! {
                        <td class="na">{lang.t("不可比较：本案的行为在此没有对应条目", "Not comparable: no item here for these acts")}</td>
                    }
                    .into_any(),
                })
                .collect_view();
            view! { <tr class="summary"><th scope="row">{label}</th>{cells}</tr> }
        };
        let state = summary(lang.t("查询日状态", "Standing"), &|r| {
            state_cell(lang, r)
        });
        let measures = summary(lang.t("处理措施", "Measures"), &|r| {
            measures_cell(lang, r)
        });
        let case_facts = columns
            .iter()
            .any(|col| !col.translation.not_applicable.is_empty())
            .then(|| {
                let cells = columns
                    .iter()
                    .map(|col| view! { <td>{not_applicable_note(lang, &col.translation.not_applicable)}</td> })
                    .collect_view();
                view! { <tr class="summary"><th scope="row">{lang.t("案例事实", "Case facts")}</th>{cells}</tr> }
            });
        let cites = {
            let cells = columns
                .iter()
                .map(|col| {
                    let regime = col.translation.regime;
                    let info = regime.info();
                    let list = col.outcome.as_ref().ok().map(|r| {
                        // The items that gave the points, then the articles of the measures.
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
            view! { <tr class="summary"><th scope="row">{lang.t("依据", "Articles")}</th>{cells}</tr> }
        };
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-label=lang.t("制度对比表（可横向滚动）", "Comparison table (scrolls sideways)")>
                <table class="compare">
                    <thead><tr><th scope="col">{lang.t("事实", "Facts")}</th>{head}</tr></thead>
                    <tbody>{incident_rows}{case_facts}{state}{measures}{cites}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="card compare-page handout" aria-labelledby="compare-title">
            <p class="print-only handout-meta">
                {lang.t("制度对比", "Regimes compared")} " · " {lang.t("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <h2 id="compare-title">{lang.t("同一案情，不同制度", "The same facts under different regimes")}</h2>
            <div class="no-print"><super::rules::RulesLink/></div>
            // Which case: a shared case or a scenario being looked at is not the user's own.
            <p class="compared-case">{move || match keep.preview.get() {
                Some(title) => lang.pick(
                    format!("对比的是正在查看的案例「{title}」（尚未保存为您的案例）。"),
                    format!("Compared: the case being looked at, “{title}” (not saved as one of your cases)."),
                ),
                None => {
                    let name = keep.library.with(|l| l.get(&l.current).map(|c| c.name.clone()).unwrap_or_default());
                    lang.pick(format!("对比的是您的案例「{name}」。"), format!("Compared: your case “{name}”."))
                }
            }}</p>
            {move || computed.with(|c| c.prepared.case.get("incidents").and_then(|i| i.as_array()).is_none_or(|i| i.is_empty())).then(|| view! {
                <p class="note info">{lang.t(
                    "当前案例还没有违规事件，下表没有可对比的内容。可以从案例库打开一个示例，或用上面的链接不需要案例直接对照各制度的规则。",
                    "The current case has no incident yet, so the table has nothing to compare. Open a scenario from the library, or use the link above to set the regimes' rules side by side with no case.",
                )}</p>
            })}
            <p class="hint">{lang.t(
                "当前案例的每个事件按“同一行为”对应到其他制度的条目后分别计算；与第一列不同之处以底色标出。",
                "Each incident of the current case is carried to the item that describes the same act in each regime, and computed there; cells that differ from the first column are highlighted.",
            )}</p>
            <fieldset class="field no-print">
                <legend>{lang.t("对比的制度", "Regimes compared")}</legend>
                <div class="radios">{choices}</div>
            </fieldset>
            {table}
            <p class="note info">{lang.pick(
                format!("条目对应关系是人工逐条审阅的数据（审阅于 {}），不是法规原文；部分对应只在一定条件下成立，一个行为可对应多个条目的，表中均已注明。", mapping::REVIEWED),
                format!("The item mapping is reviewed data (reviewed on {}), not the law's text; partial matches are noted in the table, and so is every other item an act may be.", mapping::REVIEWED),
            )}</p>
        </section>
    }
}

/// The scenario library. Opening a scenario looks at it in the calculator, as a shared
/// link is looked at: nothing is saved until the user saves it.
#[component]
pub fn Scenarios() -> impl IntoView {
    let Ctx { lang, page, .. } = ctx();
    let lang = lang.get_untracked();
    let groups = RegimeId::ALL
        .into_iter()
        .map(|regime| {
            let cards = scenarios::of(regime)
                .map(|s| {
                    let title = lang.pick(s.title.to_string(), s.title_en.to_string());
                    let open = move |_| page.set(Page::Scenario(s.id.to_string()));
                    let present = move |ev: leptos::ev::MouseEvent| {
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                            return;
                        }
                        ev.prevent_default();
                        page.set(Page::Present(s.id.to_string()));
                    };
                    let cites = s.cites.iter().map(|c| view! { <Cite regime cite=*c/> " " }).collect_view();
                    let link = Signal::derive(move || super::qr::app_link(&Page::Scenario(s.id.to_string()).fragment()));
                    view! {
                        <article class="scenario" id=format!("scenario-{}", s.id)>
                            <h4>{title.clone()}</h4>
                            <p>{lang.pick(s.explain.to_string(), s.explain_en.to_string())}</p>
                            <p class="cites">{cites}</p>
                            <div class="scenario-actions">
                                <button type="button" class="primary" on:click=open>{lang.t("在计算器中查看", "Open in the calculator")}</button>
                                <a class="button secondary" href=Page::Present(s.id.to_string()).fragment() on:click=present>{lang.t("演示", "Present")}</a>
                            </div>
                            <super::qr::LinkBox link title=title id=format!("link-{}", s.id)/>
                        </article>
                    }
                })
                .collect_view();
            view! {
                <section class="scenario-group">
                    <h3>{regime.info().document} " " <small>{lang.pick(regime.info().title.to_string(), regime.info().title_en.to_string())}</small></h3>
                    {cards}
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="card scenarios-page" aria-labelledby="scenarios-title">
            <h2 id="scenarios-title">{lang.t("案例库", "Scenario library")}</h2>
            <p class="hint">{lang.t(
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
    let lang = lang.get_untracked();
    // `#s=<id>` reached by the library's button or by Back/Forward: look at it.
    Effect::new(move |_| {
        if let Page::Scenario(id) = page.get() {
            if keep.scenario.get_untracked() != Some(id.as_str())
                || keep.preview.with_untracked(Option::is_none)
            {
                super::keep::look_at_scenario(keep, draft, lang, &id);
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
            let title = lang.pick(s.title.to_string(), s.title_en.to_string());
            let cites = s.cites.iter().map(|c| view! { <Cite regime=s.regime cite=*c/> " " }).collect_view();
            let link = Signal::derive(move || super::qr::app_link(&Page::Scenario(s.id.to_string()).fragment()));
            let present = move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                    return;
                }
                ev.prevent_default();
                page.set(Page::Present(s.id.to_string()));
            };
            view! {
                <section class="card scenario-note" aria-labelledby="scenario-note-title">
                    <p class="print-only handout-meta">
                        {lang.t("案例讲义", "Scenario handout")} " · " {s.regime.info().document} " · "
                        {lang.t("打印日期 ", "printed ")} {super::today().to_string()}
                    </p>
                    <h2 id="scenario-note-title">{title.clone()}</h2>
                    <p class="scenario-explain">{lang.pick(s.explain.to_string(), s.explain_en.to_string())}</p>
                    <p class="cites">{lang.t("依据：", "Articles: ")}{cites}</p>
                    <div class="no-print scenario-actions">
                        <a class="button secondary" href=Page::Present(s.id.to_string()).fragment() on:click=present>{lang.t("演示此案例", "Present this scenario")}</a>
                    </div>
                    <div class="no-print"><super::qr::LinkBox link title id="scenario-note-link"/></div>
                    <p class="print-only handout-link">{lang.t("链接：", "Link: ")}{move || link.get()}</p>
                </section>
            }
        })
    }
}
