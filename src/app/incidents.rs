//! The incidents: choosing the violated item from the regime's catalogue, the dates,
//! and the facts the regime uses; each card shows what its incident scores and why.

use leptos::prelude::*;

use super::fields::{notes_at, Check, Choice, Input, Note, Notes};
use super::i18n::Lang;
use super::law::Cite;
use super::{ctx, Ctx};
use crate::exchange::draft::{uses, Field, IncidentDraft, Pending, Place};
use crate::scoring::catalogue::{Fine, Item, ItemValue};
use crate::scoring::outcome::IncidentResult;
use crate::scoring::regimes::Counting;
use crate::scoring::RegimeId;

/// The list of incidents, with add and undo.
#[component]
pub fn IncidentList() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let removed: RwSignal<Option<(usize, IncidentDraft)>> = RwSignal::new(None);
    let keys = move || draft.with(|d| d.incidents.iter().map(|i| i.key).collect::<Vec<_>>());
    let add = move |_| {
        add_incident();
    };
    if let Some(id) = PENDING_FOCUS.with(|pending| pending.borrow_mut().take()) {
        focus_later(id);
    }
    let undo = move |_| {
        if let Some((row, incident)) = removed.get() {
            let key = incident.key;
            draft.update(|d| {
                let row = row.min(d.incidents.len());
                d.incidents.insert(row, incident);
            });
            removed.set(None);
            focus_later(format!("incident-{key}-search"));
        }
    };
    view! {
        <section class="card incidents" aria-labelledby="incidents-title">
            <h2 id="incidents-title">{lang.t("违规事件", "Incidents")}</h2>
            {move || draft.with(|d| d.incidents.is_empty()).then(|| view! {
                <p class="empty">
                    {lang.t(
                        "还没有事件。添加一次被记分（扣分）的违规：选择条目，填写收到告知或作出决定的日期，结论随即显示。",
                        "No incidents yet. Add a scored violation: choose its item, give the date of the notice or of the decision, and the answer appears.",
                    )}
                </p>
            })}
            <ForEnumerate
                each=keys
                key=|k| *k
                children=move |row, key| view! { <IncidentCard row key removed/> }
            />
            {move || removed.get().map(|(_, incident)| view! {
                <p class="undo" role="status">
                    {lang.pick(format!("已删除事件 {}。", incident.id), format!("Incident {} removed. ", incident.id))}
                    <button type="button" class="link" on:click=undo>{lang.t("撤销", "Undo")}</button>
                </p>
            })}
            <button type="button" class="primary add" on:click=add>{lang.t("＋ 添加违规事件", "+ Add an incident")}</button>
        </section>
    }
}

/// Adds an empty incident to the case, on the calculator, and puts the focus in its item
/// search. Returns its key.
pub fn add_incident() -> u32 {
    let Ctx { draft, page, .. } = ctx();
    let mut new_key = 0;
    draft.update(|d| {
        let key = d.take_key();
        new_key = key;
        let id = d.fresh_id();
        d.incidents.push(IncidentDraft {
            key,
            id,
            items: vec![String::new()],
            ..IncidentDraft::default()
        });
    });
    if !page.with_untracked(|p| p.is_calculator()) {
        page.set(super::Page::Calculator);
    }
    focus_later(format!("incident-{new_key}-search"));
    new_key
}

/// Moves the focus to an element once the page has drawn it.
pub fn focus_later(id: String) {
    focus_after_render(id, false);
}

/// Like [`focus_later`], and puts the element's top at the top of the screen: focus alone
/// scrolls a long element only far enough to show part of it.
pub fn focus_at_top_later(id: String) {
    focus_after_render(id, true);
}

fn focus_after_render(id: String, to_top: bool) {
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            // Not drawn because the case's part of the wasm is still on its way (the
            // answer's add button can be tapped before it): [`IncidentList`] gives the
            // focus when it is drawn, so that the search box is ready for the item.
            let case_loading = document()
                .query_selector("#case:not(:has(.incidents))")
                .ok()
                .flatten()
                .is_some();
            if case_loading {
                PENDING_FOCUS.with(|pending| *pending.borrow_mut() = Some(id));
            }
            return;
        };
        use leptos::wasm_bindgen::JsCast;
        // A field folded away (the embed's case, an incident's further facts) is
        // unfolded first: a closed <details> cannot take the focus.
        while let Ok(Some(folded)) = element.closest("details:not([open])") {
            if folded.set_attribute("open", "").is_err() {
                break;
            }
        }
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
            if to_top {
                element.scroll_into_view();
            }
        }
    });
}

thread_local! {
    /// The field to focus once the case is drawn (see [`focus_after_render`]).
    static PENDING_FOCUS: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

fn edit(key: u32, f: impl FnOnce(&mut IncidentDraft)) {
    ctx().draft.update(|d| {
        if let Some(i) = d.incidents.iter_mut().find(|i| i.key == key) {
            f(i);
        }
    });
}

/// The result of the incident in this draft row, if it was computed.
fn result_of(row: usize) -> Option<IncidentResult> {
    ctx().computed.with(|c| {
        let index = c.prepared.rows.iter().position(|&r| r == row)?;
        c.outcome.as_ref().ok()?.incidents.get(index).cloned()
    })
}

/// One incident.
#[component]
fn IncidentCard(
    /// The incident's position in the list, kept current as rows move.
    row: ReadSignal<usize>,
    /// The incident's stable key.
    key: u32,
    /// Where a deleted incident waits for an undo.
    removed: RwSignal<Option<(usize, IncidentDraft)>>,
) -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let incident = Memo::new(move |_| {
        draft
            .with(|d| d.incidents.iter().find(|i| i.key == key).cloned())
            .unwrap_or_default()
    });
    let regime = Memo::new(move |_| {
        draft
            .with(|d| d.regime_id())
            .unwrap_or(RegimeId::Shanghai2025)
    });
    let count = Memo::new(move |_| draft.with(|d| d.incidents.len()));
    let id = move |field: &str| format!("incident-{key}-{field}");
    let text = move |f: fn(&IncidentDraft) -> String| Signal::derive(move || incident.with(f));
    let flag = move |f: fn(&IncidentDraft) -> bool| Signal::derive(move || incident.with(f));
    let set_text = move |f: fn(&mut IncidentDraft, String)| {
        Callback::new(move |v: String| edit(key, |i| f(i, v)))
    };
    let set_flag =
        move |f: fn(&mut IncidentDraft, bool)| Callback::new(move |v: bool| edit(key, |i| f(i, v)));
    let notes = move |field: &'static str| -> Signal<Vec<Note>> {
        Signal::derive(move || {
            computed.with(|c| {
                notes_at(
                    c,
                    lang,
                    &Place::Incident {
                        row: row.get(),
                        field: field.into(),
                    },
                )
            })
        })
    };
    let shows = move |field: Field| uses(regime.get(), field);
    // An earlier decision remembered by its points alone: the item is set aside (and
    // comes back when the box is unticked).
    let by_points = RwSignal::new(incident.with_untracked(|i| {
        i.items.iter().all(|c| c.trim().is_empty()) && !i.points.trim().is_empty()
    }));
    let set_aside: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let set_by_points = move |on: bool| {
        by_points.set(on);
        edit(key, |i| {
            if on {
                set_aside.set(std::mem::replace(&mut i.items, vec![String::new()]));
            } else {
                let kept = set_aside.get_untracked();
                if !kept.is_empty() {
                    i.items = kept;
                }
                i.points.clear();
            }
        });
    };
    // The decision's day against the notice's: the core accepts both, but a decision
    // before its notice, or inside the objection period, is most likely a date typed in
    // the wrong field.
    let decided_notes = Signal::derive(move || {
        let mut list = notes("decided_on").get();
        let regime = regime.get();
        let (decided, notified) = incident.with(|i| {
            (
                i.decided_on.trim().parse::<chrono::NaiveDate>().ok(),
                i.notified_on.trim().parse::<chrono::NaiveDate>().ok(),
            )
        });
        let (Some(decided), Some(notified)) = (decided, notified) else {
            return list;
        };
        let objection_due = computed.with(|c| {
            let index = c.prepared.rows.iter().position(|&r| r == row.get())?;
            let result = c.outcome.as_ref().ok()?;
            let id = &result.incidents.get(index)?.id;
            result
                .deadlines
                .iter()
                .find(|d| {
                    d.kind == crate::scoring::outcome::DeadlineKind::Objection
                        && d.incident.as_ref() == Some(id)
                })
                .map(|d| d.due)
        });
        let text = date_order_note(lang, regime, decided, notified, objection_due);
        if let Some(text) = text {
            list.push(Note { error: false, text });
        }
        list
    });

    let move_by = move |delta: isize| {
        let to = row.get_untracked() as isize + delta;
        draft.update(|d| {
            if to >= 0 && (to as usize) < d.incidents.len() {
                d.incidents.swap(row.get_untracked(), to as usize);
            }
        });
        focus_later(id(if delta < 0 { "up" } else { "down" }));
    };
    let duplicate = move |_| {
        let mut new_key = 0;
        draft.update(|d| {
            let mut copy = incident.get_untracked();
            copy.key = d.take_key();
            copy.id = d.fresh_id();
            new_key = copy.key;
            d.incidents.insert(row.get_untracked() + 1, copy);
        });
        focus_later(format!("incident-{new_key}-search"));
    };
    let delete = move |_| {
        let at = row.get_untracked();
        removed.set(Some((at, incident.get_untracked())));
        draft.update(|d| d.incidents.retain(|i| i.key != key));
    };

    let decided_hint = move || {
        let hint = match regime.get() {
            RegimeId::Shanghai2023 => lang.t(
                "《记分通知书》的落款日期（第八条）；尚未收到可不填，按复核期限推算",
                "The date on the 记分通知书 (Art. 8); leave empty if not received yet: it is projected",
            ),
            RegimeId::Shanghai2025 => lang.t(
                "最终记分处理决定作出之日（第二十条）；尚未作出可不填，按第十八条、第十九条推算",
                "The day of the final scoring decision (Art. 20); leave empty if not made yet: it is projected (Arts. 18, 19)",
            ),
            RegimeId::Shanghai2020 => {
                lang.t("处罚或处理决定之日", "The day of the penalty decision")
            }
            _ => lang.t("扣分处理决定之日", "The day of the deduction decision"),
        };
        hint.to_string()
    };
    let months_hint = move || {
        match regime.get() {
            RegimeId::Shanghai2023 => lang.t("若本次决定引起暂停结算支付，期限为 6—12 个月（第五条（四））；未填按 6 个月计算", "If this decision suspends settlement: 6–12 months (Art. 5(4)); 6 when empty"),
            RegimeId::Wenzhou2014 => lang.t("若本次决定引起中止协议，期限为 1—3 个月（第十八条）；未填按 1 个月计算", "If this decision suspends the agreement: 1–3 months (Art. 18); 1 when empty"),
            _ => lang.t("情节严重的，改变记帐结算方式 1—6 个月（第十九条）；未填按 1 个月计算", "When severe, the settlement mode may change for 1–6 months (Art. 19); 1 when empty"),
        }
        .to_string()
    };
    let needs_amount = move || {
        regime.get() == RegimeId::Shanghai2020
            && incident.with(|i| i.items.iter().any(|c| c.starts_with("15")))
    };
    let needs_months = move || match regime.get() {
        RegimeId::Shanghai2020 => {
            incident.with(|i| i.severe && i.items.iter().any(|c| c.starts_with("19")))
        }
        r => uses(r, Field::Months),
    };

    view! {
        <article class="incident" aria-labelledby=id("title")>
            <header class="incident-head">
                <h3 id=id("title")>
                    {move || lang.pick(format!("事件 {}", row.get() + 1), format!("Incident {}", row.get() + 1))}
                </h3>
                <div class="incident-id">
                    <label for=id("id")>{lang.t("编号", "Label")}</label>
                    <input id=id("id") type="text" size="4" prop:value=text(|i| i.id.clone())
                        aria-describedby=id("id-notes")
                        on:input=move |ev| edit(key, |i| i.id = event_target_value(&ev))/>
                </div>
                <div class="actions">
                    <button type="button" class="icon" id=id("up") disabled=move || row.get() == 0
                        aria-label=move || lang.pick(format!("上移事件 {}", row.get() + 1), format!("Move incident {} up", row.get() + 1))
                        on:click=move |_| move_by(-1)>"↑"</button>
                    <button type="button" class="icon" id=id("down") disabled=move || { row.get() + 1 >= count.get() }
                        aria-label=move || lang.pick(format!("下移事件 {}", row.get() + 1), format!("Move incident {} down", row.get() + 1))
                        on:click=move |_| move_by(1)>"↓"</button>
                    <button type="button" class="icon" on:click=duplicate
                        aria-label=move || lang.pick(format!("复制事件 {}", row.get() + 1), format!("Duplicate incident {}", row.get() + 1))>{lang.t("复制", "Duplicate")}</button>
                    <button type="button" class="icon danger" on:click=delete
                        aria-label=move || lang.pick(format!("删除事件 {}", row.get() + 1), format!("Delete incident {}", row.get() + 1))>"✕"</button>
                </div>
            </header>
            <Notes id=id("id-notes") notes=notes("id")/>

            {move || (regime.get().info().counting != Counting::Fines).then(|| view! {
                <Check id=id("points-only") label=lang.t("记不清条目，只知道分值（既往的记分）", "I only know the points (an earlier decision)")
                    checked=Signal::derive(move || by_points.get())
                    set=Callback::new(move |on: bool| set_by_points(on))
                    hint=Signal::derive(move || lang.t("如“今年此前已记 3 分”：填分值和大致的决定日期即可", "Such as “3 points earlier this year”: the points and the rough decision date are enough").to_string())/>
            })}
            {move || if by_points.get() {
                view! {
                    <Input id=id("points") label=lang.t("该次记（扣）分值", "Points of that decision") kind="number" required=true
                        value=text(|i| i.points.clone()) set=set_text(|i, v| i.points = v) notes=notes("points")
                        hint=Signal::derive(move || lang.t("1 至 12 分", "1 to 12 points").to_string())/>
                }.into_any()
            } else {
                view! { <ItemField key incident regime notes=notes("item") items_notes=notes("items")/> }.into_any()
            }}

            {move || {
                let regime = regime.get();
                let notice = view! {
                    <Input id=id("notified_on") label=notice_label(lang, regime) kind="date"
                        value=text(|i| i.notified_on.clone()) set=set_text(|i, v| i.notified_on = v) notes=notes("notified_on")
                        hint=Signal::derive(move || notice_hint(lang, regime))/>
                };
                let decision = view! {
                    <Input id=id("decided_on") label=decision_label(lang, regime) kind="date" required=!uses(regime, Field::PendingDecision)
                        value=text(|i| i.decided_on.clone()) set=set_text(|i, v| i.decided_on = v)
                        notes=decided_notes hint=Signal::derive(decided_hint)/>
                };
                // Where the decision follows the notice, the notice comes first: it alone
                // gives the objection deadline and the projected decision.
                // An earlier decision given by its points: its decision's day is enough.
                if by_points.get() || regime == RegimeId::Shanghai2020 {
                    view! { <div class="grid">{decision}</div> }.into_any()
                } else if uses(regime, Field::PendingDecision) {
                    view! { <div class="grid">{notice}{decision}</div> }.into_any()
                } else if regime == RegimeId::Shanghai2020 {
                    view! { <div class="grid">{decision}</div> }.into_any()
                } else {
                    view! { <div class="grid">{decision}{notice}</div> }.into_any()
                }
            }}
            <div class="grid" hidden=move || by_points.get()>
                <Input id=id("occurred_on") label=lang.t("违规行为发生日期", "Date of the act") kind="date"
                    value=text(|i| i.occurred_on.clone()) set=set_text(|i, v| i.occurred_on = v)
                    notes=notes("occurred_on")
                    hint=Signal::derive(move || lang.t("用于判断适用哪一文件；可不填", "Tells which document applies; optional").to_string())/>
            </div>

            {move || (shows(Field::Responsibility) && !by_points.get()).then(|| view! {
                <Responsibility key incident notes=notes("responsibility")/>
                <div class="grid">
                    <Choice id=id("adjustment") label=lang.t("从轻或从重", "Lighter or heavier")
                        options=vec![
                            ("none", lang.t("不调整", "No adjustment")),
                            ("lighter", lang.t("同档从轻", "Lighter, same tier")),
                            ("lower_tier", lang.t("减轻一档", "One tier lower")),
                            ("heavier", lang.t("同档从重", "Heavier, same tier")),
                            ("higher_tier", lang.t("加重一档", "One tier higher")),
                        ]
                        value=Signal::derive(move || incident.with(|i| if i.adjustment.is_empty() { "none".into() } else { i.adjustment.clone() }))
                        set=set_text(|i, v| i.adjustment = v) notes=notes("adjustment")
                        hint=Signal::derive(move || lang.t(
                            "主动交代、挽回损失的可从轻；教唆、故意、拒不改正的可从重（第十三条）",
                            "Lighter for confessing or recovering the loss; heavier for inciting, intent or refusing to correct (Art. 13)",
                        ).to_string())/>
                    <Input id=id("points") label=lang.t("经办机构确定的分值", "Points set by the agency") kind="number"
                        value=text(|i| i.points.clone()) set=set_text(|i, v| i.points = v) notes=notes("points")
                        hint=Signal::derive(move || lang.t("可不填：默认按责任程度取值；填写时须在法定范围内", "Optional: by default the value for the responsibility; must lie in the lawful range").to_string())/>
                </div>
            })}

            {move || (!by_points.get() && (shows(Field::Severe) || shows(Field::Fraud) || shows(Field::Serious))).then(|| view! {
                <div class="checks">
                    {shows(Field::Severe).then(|| view! {
                        <Check id=id("severe")
                            label=if regime.get_untracked() == RegimeId::Shanghai2020 { lang.t("情节严重", "Serious circumstances (情节严重)") } else { lang.t("性质恶劣或造成医保基金损失严重", "Egregious, or a serious loss to the fund") }
                            checked=flag(|i| i.severe) set=set_flag(|i, v| i.severe = v)/>
                    })}
                    {shows(Field::Fraud).then(|| view! {
                        <Check id=id("fraud") label=lang.t("以骗取医疗保障基金为目的，造成基金损失", "Done to defraud the fund, causing a loss")
                            checked=flag(|i| i.fraud) set=set_flag(|i, v| i.fraud = v)
                            hint=Signal::derive(move || lang.t("第（一）（二）项行为按第（三）项记分（第四条第二款）", "Clauses (1) and (2) are scored as clause (3) (Art. 4 ¶2)").to_string())/>
                    })}
                    {shows(Field::Serious).then(|| view! {
                        <Check id=id("serious") label=lang.t("违规情节严重（注销医保医师服务编码）", "Serious violation (service code cancelled)")
                            checked=flag(|i| i.serious) set=set_flag(|i, v| i.serious = v)
                            hint=Signal::derive(move || lang.t("解除协议时五年内不得重新签订（第十条第三款、第十八条）", "On termination, no new agreement for 5 years (Arts. 10 ¶3, 18)").to_string())/>
                    })}
                </div>
            })}

            <div class="grid">
                {move || shows(Field::Inspection).then(|| view! {
                    <Input id=id("inspection") label=lang.t("监督检查（同一次检查填相同名称）", "Inspection (same name for the same inspection)")
                        value=text(|i| i.inspection.clone()) set=set_text(|i, v| i.inspection = v) notes=notes("inspection")
                        hint=Signal::derive(move || lang.t("同一次检查中多次违反同一情形的，按一次记分（第三条）", "The same item found several times in one inspection counts once (Art. 3)").to_string())/>
                })}
                {move || needs_amount().then(|| view! {
                    <Input id=id("amount_yuan") label=lang.t("骗取金额（元）", "Amount obtained (yuan)") kind="number" required=true
                        value=text(|i| i.amount_yuan.clone()) set=set_text(|i, v| i.amount_yuan = v) notes=notes("amount_yuan")/>
                })}
                {move || needs_months().then(|| view! {
                    <Input id=id("months") label=lang.t("处理期限（月）", "Duration chosen (months)") kind="number"
                        value=text(|i| i.months.clone()) set=set_text(|i, v| i.months = v) notes=notes("months")
                        hint=Signal::derive(months_hint)/>
                })}
                {move || (shows(Field::ObjectionFiled) && !by_points.get()).then(|| {
                    let label = match regime.get() {
                        RegimeId::Shanghai2023 => lang.t("提出复核申请的日期", "Review requested on"),
                        RegimeId::Shanghai2025 => lang.t("提出陈述申辩的日期", "Statement and defence filed on"),
                        _ => lang.t("提出书面异议的日期", "Written objection filed on"),
                    };
                    view! {
                        <Input id=id("objection_filed_on") label kind="date"
                            value=text(|i| i.objection_filed_on.clone()) set=set_text(|i, v| i.objection_filed_on = v)
                            notes=notes("objection_filed_on")
                            hint=Signal::derive(move || if regime.get() == RegimeId::Shanghai2025 {
                                lang.t("提出了异议才填；逾期提出的视为未提出（第十七条）", "Only if you objected; a late one counts as none (Art. 17)").to_string()
                            } else {
                                lang.t("提出了异议才填；逾期提出的，下方会提示", "Only if you objected; a late one is pointed out").to_string()
                            })/>
                    }
                })}
                {move || shows(Field::BarYears).then(|| view! {
                    <Input id=id("bar_years") label=lang.t("不再签订协议的年限（年）", "Years before a new agreement") kind="number"
                        value=text(|i| i.bar_years.clone()) set=set_text(|i, v| i.bar_years = v) notes=notes("bar_years")
                        hint=Signal::derive(move || lang.t("若本次决定解除服务协议：经办机构视情节严重程度在 1—2 年内确定（五（二））；未填按 1 年计算", "If this decision terminates the agreement: 1–2 years by the seriousness (5(2)); 1 when empty").to_string())/>
                })}
            </div>

            <details class="more">
                <summary>{lang.t("其他信息（执业机构、备注）", "More (institution, note)")}</summary>
                <div class="grid">
                    {move || shows(Field::Site).then(|| view! {
                        <Input id=id("site") label=lang.t("执业机构（多点执业时填写）", "Institution (for several sites)")
                            value=text(|i| i.site.clone()) set=set_text(|i, v| i.site = v) notes=notes("site")/>
                    })}
                    <Input id=id("note") label=lang.t("备注", "Note")
                        value=text(|i| i.note.clone()) set=set_text(|i, v| i.note = v) notes=notes("note")/>
                </div>
            </details>

            <IncidentOutcome row incident regime/>
        </article>
    }
}

/// What the person received first, as the regime names it.
fn notice_label(lang: Lang, regime: RegimeId) -> &'static str {
    match regime {
        RegimeId::Shanghai2025 => lang.t("收到记分告知的日期", "Notice of the points received on"),
        RegimeId::Shanghai2023 => lang.t("收到《告知书》的日期", "告知书 received on"),
        RegimeId::Jining2024 => lang.t(
            "收到处理结果书面通知的日期",
            "Written notice of the decision received on",
        ),
        _ => lang.t("收到书面通知的日期", "Written notice received on"),
    }
}

fn notice_hint(lang: Lang, regime: RegimeId) -> String {
    match regime {
        RegimeId::Shanghai2025 | RegimeId::Shanghai2023 => lang.t(
            "只收到告知时填这一项即可：提出异议的期限和预计的决定日期随即算出",
            "With only the notice, this is enough: the objection deadline and the expected decision follow",
        ),
        _ => lang.t("用于计算提出书面异议的期限", "Starts the period for a written objection"),
    }
    .to_string()
}

/// The decision that makes the points count, as the regime names it.
fn decision_label(lang: Lang, regime: RegimeId) -> &'static str {
    match regime {
        RegimeId::Shanghai2025 => lang.t("最终记分处理决定日期", "Final scoring decision made on"),
        RegimeId::Shanghai2023 => lang.t("《记分通知书》日期", "记分通知书 dated"),
        RegimeId::Shanghai2020 => lang.t("处罚或处理决定日期", "Penalty decision made on"),
        _ => lang.t("扣分处理决定日期", "Deduction decision made on"),
    }
}

/// The three degrees of responsibility of 沪2025 第十二条.
#[component]
fn Responsibility(
    key: u32,
    incident: Memo<IncidentDraft>,
    #[prop(into)] notes: Signal<Vec<Note>>,
) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    let options = [
        (
            "general",
            lang.t("一般责任", "General"),
            lang.t("起配合作用", "supporting"),
        ),
        (
            "important",
            lang.t("重要责任", "Important"),
            lang.t("起主动作用", "active"),
        ),
        (
            "primary",
            lang.t("主要责任", "Primary"),
            lang.t("起决定作用", "decisive"),
        ),
    ];
    let name = format!("incident-{key}-responsibility");
    let note_id = format!("{name}-notes");
    let radios = options
        .into_iter()
        .map(|(value, label, role)| {
            let id = format!("{name}-{value}");
            let for_id = id.clone();
            view! {
                <label class="radio" for=for_id>
                    <input type="radio" id=id name=name.clone() value=value
                        prop:checked=move || incident.with(|i| i.responsibility == value)
                        on:change=move |_| edit(key, |i| i.responsibility = value.to_string())/>
                    <span>{label} <small>{lang.pick(format!("（{role}）"), format!(" ({role})"))}</small></span>
                </label>
            }
        })
        .collect_view();
    let described = note_id.clone();
    view! {
        <fieldset class="field responsibility" aria-describedby=described>
            <legend>{lang.t("责任程度", "Responsibility")} " " <Cite regime=RegimeId::Shanghai2025 cite="第十二条"/></legend>
            <div class="radios">{radios}</div>
            <Notes id=note_id notes/>
        </fieldset>
    }
}

/// What an item scores, in a sentence.
pub fn value_text(lang: Lang, regime: RegimeId, item: &Item) -> String {
    let deducted = regime.info().counting == Counting::PointsDeducted;
    match item.value {
        ItemValue::Fixed { points } if deducted => lang.pick(
            format!("每次扣 {points} 分"),
            format!(
                "{} deducted each time",
                super::i18n::points(Lang::En, points)
            ),
        ),
        ItemValue::Fixed { points } => lang.pick(
            format!("一次性记 {points} 分"),
            format!("{} at once", super::i18n::points(Lang::En, points)),
        ),
        ItemValue::Severity { points, severe } => lang.pick(
            format!("一次记 {points} 分；性质恶劣或损失严重的记 {severe} 分"),
            format!(
                "{}; {severe} when egregious or the loss is serious",
                super::i18n::points(Lang::En, points)
            ),
        ),
        ItemValue::Tier { tier } => {
            let low = 3 * tier - 2;
            lang.pick(
                format!(
                    "一般 / 重要 / 主要责任：{} / {} / {} 分",
                    low,
                    low + 1,
                    low + 2
                ),
                format!(
                    "general / important / primary: {} / {} / {} points",
                    low,
                    low + 1,
                    low + 2
                ),
            )
        }
        ItemValue::Fine { normal, severe } => {
            let fine = |f: Fine| match f {
                Fine::Yuan { min, max } => {
                    lang.pick(format!("{min}—{max} 元"), format!("¥{min}–{max}"))
                }
                Fine::TimesAmount { min, max } => lang.pick(
                    format!("骗取金额的 {min}—{max} 倍"),
                    format!("{min}–{max} × the amount"),
                ),
                Fine::None => lang.t("不设罚款", "no fine").to_string(),
            };
            let mut text = if normal.warning_possible {
                lang.pick(
                    format!("警告或罚款 {}", fine(normal.fine)),
                    format!("a warning or a fine of {}", fine(normal.fine)),
                )
            } else {
                lang.pick(
                    format!("罚款 {}", fine(normal.fine)),
                    format!("a fine of {}", fine(normal.fine)),
                )
            };
            if let Some(s) = severe {
                text.push_str(&lang.pick(
                    format!("；情节严重的罚款 {}", fine(s.fine)),
                    format!("; when serious, {}", fine(s.fine)),
                ));
            }
            text
        }
    }
}

/// Choosing the item(s): the main one, and further situations of the same act where the
/// regime scores one act at its highest item (沪2025 第十一条, 济宁 四).
#[component]
fn ItemField(
    key: u32,
    incident: Memo<IncidentDraft>,
    regime: Memo<RegimeId>,
    #[prop(into)] notes: Signal<Vec<Note>>,
    #[prop(into)] items_notes: Signal<Vec<Note>>,
) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
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
                    lang.t("违规条目", "Violated item")
                } else {
                    lang.t("同一行为的其他情形", "The same act also matches")
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
            {move || (uses(regime.get(), Field::SeveralItems)).then(|| view! {
                <button type="button" class="link" on:click=move |_| edit(key, |i| { if i.items.is_empty() { i.items.push(String::new()); } i.items.push(String::new()); })>
                    {lang.t("＋ 同一行为还涉及其他情形（按最高分值记分）", "+ The same act also matches another item (scored at the highest)")}
                </button>
            })}
            <Notes id=format!("incident-{key}-item-notes") notes=all_notes/>
        </div>
    }
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
    /// The visible label.
    label: &'static str,
    /// Whether an item is required.
    #[prop(optional)]
    required: bool,
    /// Shown as a button that removes this picker (a further situation of one act).
    #[prop(default = None)]
    remove: Option<Callback<()>>,
) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    let query = RwSignal::new(String::new());
    // The list is open while nothing is chosen, while searching, or on request.
    let browsing = RwSignal::new(false);
    let search_id = format!("{id}-search");
    let status_id = format!("{id}-search-status");
    let name = format!("{id}-item");
    let open = move || {
        chosen.with(String::is_empty) || browsing.get() || query.with(|q| !q.trim().is_empty())
    };
    let matches =
        Memo::new(move |_| query.with(|q| crate::exchange::search::find(regime.get(), q)));
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
    let status = move || {
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            return String::new();
        }
        // The example is the regime's own (济宁 has no 第十三条（二）).
        let example = crate::exchange::search::examples(regime.get());
        let example = format!("{}、{}", example.cite, example.code);
        match matches.with(Vec::len) {
            0 => lang.pick(
                format!("没有与“{q}”相符的条目：可输入条款号（如 {example}）或换一种说法。"),
                format!(
                    "No item matches “{q}”: try the article (e.g. {}) or other words.",
                    example.replace('、', ", ")
                ),
            ),
            1 => lang
                .t("只有一条相符，已选中。", "One item matches: chosen.")
                .to_string(),
            n => lang.pick(format!("{n} 条相符。"), format!("{n} items match.")),
        }
    };
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
                        let value = value_text(lang, regime, item);
                        view! {
                            <label class="item-option" class:chosen=checked for=for_id>
                                <input type="radio" id=option_id name=name.clone() value=code prop:checked=checked
                                    on:change=move |_| { choose.run(code.to_string()); browsing.set(false); query.set(String::new()); }/>
                                <span class="item-option-text">
                                    <span class="item-option-head"><strong>{code}</strong> " " {item.cite} " · " {value}</span>
                                    <span class="item-option-law" lang="zh-CN">{item.text}</span>
                                    {(lang == Lang::En).then(|| view! { <span class="gloss">{item.gloss}</span> })}
                                </span>
                            </label>
                        }
                    })
                    .collect();
                (!items.is_empty()).then(|| {
                    let head = format!(
                        "{} {}",
                        clause.cite,
                        lang.pick(clause.text.to_string(), clause.gloss.to_string())
                    );
                    view! { <div class="item-group"><p class="clause-head">{head}</p>{items}</div> }
                })
            })
            .collect_view()
    };
    // The chosen item's text, while the list (which shows it too) is closed.
    let chosen_view = move || {
        let regime = regime.get();
        let code = chosen.get();
        if code.is_empty() || (open() && regime.info().item(&code).is_some()) {
            return None;
        }
        Some(match regime.info().item(&code) {
            Some(item) => view! {
                <blockquote class="law-quote">
                    <p class="value"><strong>{item.code}</strong> " · " {value_text(lang, regime, item)} " · " <Cite regime cite=item.cite/></p>
                    <p lang="zh-CN">{item.text}</p>
                    {(lang == Lang::En).then(|| view! { <p class="gloss">{item.gloss}</p> })}
                </blockquote>
            }
            .into_any(),
            None => view! {
                <p class="note warning">
                    {lang.pick(
                        format!("条目 {code} 不属于{}，请重新选择（原选择已保留，换回原制度即可恢复）。", regime.info().document),
                        format!("Item {code} is not in {}: choose again (the old choice is kept and comes back with its regime).", regime.info().document),
                    )}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <div class="field item-picker" data-chosen=move || chosen.get()>
            <div class="item-picker-head">
                <label for=search_id.clone()>{label} {required.then_some(view! { <span class="required" aria-hidden="true">" *"</span> })}</label>
                {remove.map(|remove| view! {
                    <button type="button" class="icon" aria-label=lang.t("去掉这一情形", "Remove this item")
                        on:click=move |_| remove.run(())>"✕"</button>
                })}
            </div>
            {chosen_view}
            <input id=search_id type="search" class="search" autocomplete="off"
                placeholder=move || {
                    let e = crate::exchange::search::examples(regime.get());
                    let word = e.words.split('、').next().unwrap_or_default();
                    lang.pick(format!("条款号或关键词，如 {}、{}、{word}", e.cite, e.code), format!("Article or words, e.g. {}, {}, {word}", e.cite, e.code))
                }
                aria-describedby=status_id.clone()
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))/>
            <p class="search-status" id=status_id role="status">{status}</p>
            {move || (!open()).then(|| view! {
                <button type="button" class="link" on:click=move |_| browsing.set(true)>
                    {lang.t("更换条目", "Choose another item")}
                </button>
            })}
            <fieldset class="item-list" hidden=move || !open()>
                <legend class="visually-hidden">{label}</legend>
                {list}
            </fieldset>
        </div>
    }
}

/// What the incident scores, or what it still needs.
#[component]
fn IncidentOutcome(
    row: ReadSignal<usize>,
    incident: Memo<IncidentDraft>,
    regime: Memo<RegimeId>,
) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    let computed = ctx().computed;
    move || {
        let regime = regime.get();
        if let Some(pending) = incident.with(|i| i.pending(regime)) {
            let text = match pending {
                Pending::Item => lang.t(
                    "选择违规条目（或只填分值）后计入结果。",
                    "Choose the item (or give the points alone) to include this incident.",
                ),
                Pending::ItemOfAnotherRegime => lang.t(
                    "所选条目不属于本制度，暂不计入。",
                    "The item is from another regime: not included.",
                ),
                Pending::DecidedOn if uses(regime, Field::PendingDecision) => lang.t(
                    "填写收到告知的日期（或决定日期）后计入结果。",
                    "Enter the date of the notice (or of the decision) to include this incident.",
                ),
                Pending::DecidedOn => lang.t(
                    "填写扣分处理决定日期后计入结果。",
                    "Enter the decision date to include this incident.",
                ),
                Pending::Responsibility => lang.t(
                    "选择责任程度后计入结果。",
                    "Choose the responsibility to include this incident.",
                ),
            };
            return view! { <p class="outcome pending" role="status">{text}</p> }.into_any();
        }
        computed.track();
        let Some(result) = result_of(row.get()) else {
            // The whole case waits for one correction: say whether it is in this card.
            let here = computed.with(|c| {
                c.outcome.as_ref().err().is_some_and(|e| {
                    matches!(crate::exchange::draft::place(&e.path, &c.prepared),
                        Place::Incident { row: r, .. } if r == row.get())
                })
            });
            let text = if here {
                lang.t("此事件有一处需要修改（已在上方标出），改正后计入结果。", "This incident has something to correct (marked above); it is counted once corrected.")
            } else {
                lang.t("案情中另有一处需要修改（见计算结果中的提示），改正后显示本事件的结果。", "Something elsewhere in the case needs correcting (see the result); this incident's result shows once it is.")
            };
            return view! { <p class="outcome pending">{text}</p> }.into_any();
        };
        let headline = match (&result.points, &result.fine) {
            (Some(points), _) => {
                let [low, high] = result.range.unwrap_or([*points, *points]);
                let verb = if regime.info().counting == Counting::PointsDeducted {
                    lang.t("扣", "deducts")
                } else {
                    lang.t("记", "scores")
                };
                let range = if low == high {
                    String::new()
                } else {
                    lang.pick(
                        format!("（法定 {low}—{high} 分）"),
                        format!(" (lawful {low}–{high})"),
                    )
                };
                let period = result
                    .period
                    .clone()
                    .map(|p| {
                        lang.pick(
                            format!(" · {}", super::i18n::period_name(lang, &p)),
                            format!(" · period {p}"),
                        )
                    })
                    .unwrap_or_default();
                lang.pick(
                    format!("{verb} {points} 分{range}{period}"),
                    format!(
                        "{verb} {}{range}{period}",
                        super::i18n::points(Lang::En, *points)
                    ),
                )
            }
            (None, Some(fine)) => super::i18n::fine_words(lang, fine),
            _ => String::new(),
        };
        let absorbed = (!result.counted).then(|| {
            view! {
                <span class="badge">{lang.t("未重复计分", "not counted again")}</span>
            }
        });
        let steps = result
            .trace
            .iter()
            .map(|s| {
                let text = lang.of(&s.text);
                view! { <li>{text} " " <Cite regime cite=s.cite.clone()/></li> }
            })
            .collect_view();
        let projected = result.projected.then(|| {
            view! {
                <p class="projected-line">
                    <span class="badge projected">{lang.t("预计", "expected")}</span> " "
                    {lang.pick(
                        format!("尚未作出决定：按程序，决定预计于 {} 作出，结果按此计算。", super::i18n::date_with_weekday(lang, result.decided_on)),
                        format!("No decision yet: by the procedure it is expected on {}, and the result is computed as if made then.", super::i18n::date_with_weekday(lang, result.decided_on)),
                    )}
                </p>
            }
        });
        view! {
            <div class="outcome" role="status">
                <p class="headline"><strong>{headline}</strong> " " {absorbed}</p>
                {projected}
                <details>
                    <summary>{lang.t("计算过程与依据", "How, and under which articles")}</summary>
                    <ol class="trace">{steps}</ol>
                </details>
            </div>
        }
        .into_any()
    }
}

/// The decision's day against the notice's: the core accepts both, but a decision before
/// its notice, or inside the objection period (when its end is known), is most likely a
/// date typed in the wrong field. Said under the decision's field, in the editor and in
/// the guided questions.
pub(super) fn date_order_note(
    lang: Lang,
    regime: RegimeId,
    decided: chrono::NaiveDate,
    notified: chrono::NaiveDate,
    objection_due: Option<chrono::NaiveDate>,
) -> Option<String> {
    let objection = &regime.info().terms.objection;
    match regime {
        RegimeId::Shanghai2025 | RegimeId::Shanghai2023 if decided < notified => Some(lang.pick(
            format!("决定日期早于收到告知的日期：按规定，决定在{}期结束后才作出。若这是收到告知的日期，请填在上一栏。", objection.zh),
            format!("The decision date is before the notice: the decision comes after the {} period. If this is the notice date, put it in the field above.", objection.en),
        )),
        RegimeId::Shanghai2025 | RegimeId::Shanghai2023 => objection_due.filter(|due| decided <= *due).map(|due| lang.pick(
            format!("决定日期在{}期内（至 {due}）：未提出异议的，决定在期满后才作出{}。若尚未作出决定，可不填，按程序推算。", objection.zh, if regime == RegimeId::Shanghai2025 { "（第十九条）" } else { "（第七条、第八条）" }),
            format!("The decision date falls inside the {} period (to {due}): without an objection the decision comes after it{}. If no decision has been made, leave it empty: it is projected.", objection.en, if regime == RegimeId::Shanghai2025 { " (Art. 19)" } else { " (Arts. 7, 8)" }),
        )),
        RegimeId::Jining2024 if notified < decided => Some(lang.pick(
            "收到书面通知的日期早于决定日期：济宁的书面通知是对处理结果的通知（六（一）），应在决定之后。".to_string(),
            "The notice date is before the decision: in Jining the written notice is of the decision (6(1)), so it comes after.".to_string(),
        )),
        _ => None,
    }
}
