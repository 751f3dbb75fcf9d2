//! The facts about the person rather than an incident: the day to report for, the
//! agreement start (温州), the birth date (济宁), earlier years (三年连续) and repairs (沪2025).

use leptos::prelude::*;

use super::fields::{notes_at, Choice, Input, Note};
use super::{ctx, Ctx};
use crate::exchange::draft::{uses, DateDraft, Field, HistoryDraft, Place, RepairDraft};
use crate::scoring::RegimeId;

/// The case-level fields the chosen regime uses.
#[component]
pub fn CaseFields() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let regime = Memo::new(move |_| {
        draft
            .with(|d| d.regime_id())
            .unwrap_or(RegimeId::Shanghai2025)
    });
    let case_notes = move |field: &'static str| {
        Signal::derive(move || {
            computed.with(|c| notes_at(c, lang, &Place::Case(field.to_string())))
        })
    };
    let today = computed.with_untracked(|c| c.today);
    view! {
        <fieldset class="card person">
            <legend>{lang.t("查询日期与个人情况", "Date and personal facts")}</legend>
            <Input
                id="as-of".into()
                label=lang.t("查询日期", "Standing as of")
                kind="date"
                value=Signal::derive(move || draft.with(|d| d.as_of.clone()))
                set=Callback::new(move |v| draft.update(|d| d.as_of = v))
                notes=case_notes("as_of")
                hint=Signal::derive(move || lang.pick(format!("留空即为今天（{today}）"), format!("Leave empty for today ({today})")))
            />
            {move || (regime.get() == RegimeId::Wenzhou2014).then(|| view! {
                <Input
                    id="agreement-start".into()
                    label=lang.t("服务协议起始日", "Service agreement start")
                    kind="date"
                    value=Signal::derive(move || draft.with(|d| d.agreement_start.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.agreement_start = v))
                    notes=case_notes("agreement_start")
                    hint=Signal::derive(move || lang.t("协议年度自每年的这一天起算（第十三条）", "Each agreement year starts on this day (Art. 13)").to_string())
                />
            })}
            {move || (regime.get() == RegimeId::Jining2024).then(|| view! {
                <Input
                    id="birth-date".into()
                    label=lang.t("出生日期", "Date of birth")
                    kind="date"
                    value=Signal::derive(move || draft.with(|d| d.birth_date.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.birth_date = v))
                    notes=case_notes("birth_date")
                    hint=Signal::derive(move || lang.t("决定年度测试为闭卷（50 周岁以下）或开卷（三（三））", "Decides whether the annual test is closed- or open-book (3(3))").to_string())
                />
            })}
            {move || matches!(regime.get(), RegimeId::Wenzhou2014 | RegimeId::Jining2024).then(|| view! { <History/> })}
            {move || (regime.get() == RegimeId::Shanghai2025).then(|| view! { <Repairs/> })}
            {move || uses(regime.get(), Field::ResumptionRequests).then(|| view! { <ResumptionRequests/> })}
        </fieldset>
    }
}

/// Earlier periods' totals, for the three-consecutive-years rule.
#[component]
fn History() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let wenzhou = draft.with_untracked(|d| d.regime_id() == Some(RegimeId::Wenzhou2014));
    let keys = move || draft.with(|d| d.history.iter().map(|h| h.key).collect::<Vec<_>>());
    let add = move |_| {
        draft.update(|d| {
            let key = d.take_key();
            d.history.push(HistoryDraft {
                key,
                ..HistoryDraft::default()
            });
        })
    };
    view! {
        <div class="group">
            <h3>{lang.t("此前年度的扣分", "Earlier years' deductions")}</h3>
            <p class="hint">
                {if wenzhou {
                    lang.t("连续三个协议年度扣分达到 9 分以上的，解除服务协议（第十八条）。填写此前协议年度的起始日和累计扣分。", "Three consecutive agreement years at 9 or more terminate the agreement (Art. 18). Give each earlier agreement year's start and its total.")
                } else {
                    lang.t("连续三年违规扣分 9 分以上的，解除服务协议（五（一））。填写此前年份和累计扣分。", "Three consecutive years at 9 or more terminate the agreement (5(1)). Give each earlier year and its total.")
                }}
            </p>
            <ForEnumerate
                each=keys
                key=|k| *k
                children=move |row, key| {
                    let get = move |f: fn(&HistoryDraft) -> String| {
                        Signal::derive(move || draft.with(|d| d.history.iter().find(|h| h.key == key).map(f).unwrap_or_default()))
                    };
                    let set = move |f: fn(&mut HistoryDraft, String)| {
                        Callback::new(move |v: String| draft.update(|d| {
                            if let Some(h) = d.history.iter_mut().find(|h| h.key == key) {
                                f(h, v)
                            }
                        }))
                    };
                    let notes = move |field: &'static str| -> Signal<Vec<Note>> {
                        Signal::derive(move || computed.with(|c| notes_at(c, lang, &Place::History { row: row.get(), field: field.into() })))
                    };
                    view! {
                        <div class="row">
                            <Input
                                id=format!("history-{key}-period")
                                label=if wenzhou { lang.t("协议年度起始日", "Agreement year start") } else { lang.t("年份", "Year") }
                                kind=if wenzhou { "date" } else { "number" }
                                value=get(|h| h.period.clone())
                                set=set(|h, v| h.period = v)
                                notes=notes("period")
                            />
                            <Input
                                id=format!("history-{key}-points")
                                label=lang.t("累计扣分", "Points deducted")
                                kind="number"
                                value=get(|h| h.points.clone())
                                set=set(|h, v| h.points = v)
                                notes=notes("points")
                            />
                            <button type="button" class="icon" aria-label=lang.t("删除这一年", "Remove this year")
                                on:click=move |_| draft.update(|d| d.history.retain(|h| h.key != key))>"✕"</button>
                        </div>
                    }
                }
            />
            <button type="button" class="secondary" on:click=add>{lang.t("＋ 添加此前年度", "+ Add an earlier year")}</button>
        </div>
    }
}

/// 沪2025 第二十九条: repairs of the score.
#[component]
fn Repairs() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let keys = move || draft.with(|d| d.repairs.iter().map(|r| r.key).collect::<Vec<_>>());
    let add = move |_| {
        draft.update(|d| {
            let key = d.take_key();
            d.repairs.push(RepairDraft {
                key,
                kind: "exam".into(),
                on: String::new(),
            });
        })
    };
    view! {
        <div class="group">
            <h3>{lang.t("记分修复", "Score repairs")} " " <super::law::Cite regime=RegimeId::Shanghai2025 cite="第二十九条"/></h3>
            <p class="hint">
                {lang.t(
                    "通过考试年度内可减免 1 分；参与医保管理工作每次减免 1 分，每年最多 2 次。一次性记满 12 分的不予修复。",
                    "Passing the exam removes 1 point a year; taking part in insurance management work removes 1 point each time, twice a year at most. A one-shot 12 cannot be repaired.",
                )}
            </p>
            <ForEnumerate
                each=keys
                key=|k| *k
                children=move |row, key| {
                    let get = move |f: fn(&RepairDraft) -> String| {
                        Signal::derive(move || draft.with(|d| d.repairs.iter().find(|r| r.key == key).map(f).unwrap_or_default()))
                    };
                    let set = move |f: fn(&mut RepairDraft, String)| {
                        Callback::new(move |v: String| draft.update(|d| {
                            if let Some(r) = d.repairs.iter_mut().find(|r| r.key == key) {
                                f(r, v)
                            }
                        }))
                    };
                    let notes = move |field: &'static str| -> Signal<Vec<Note>> {
                        Signal::derive(move || computed.with(|c| {
                            let mut notes = notes_at(c, lang, &Place::Repair { row: row.get(), field: field.into() });
                            if field == "kind" {
                                notes.extend(notes_at(c, lang, &Place::Repair { row: row.get(), field: String::new() }));
                            }
                            notes
                        }))
                    };
                    view! {
                        <div class="row">
                            <Choice
                                id=format!("repair-{key}-kind")
                                label=lang.t("修复方式", "Kind")
                                options=vec![("exam", lang.t("通过考试", "Passed the exam")), ("participation", lang.t("参与医保管理工作", "Took part in management work"))]
                                value=get(|r| r.kind.clone())
                                set=set(|r, v| r.kind = v)
                                notes=notes("kind")
                            />
                            <Input
                                id=format!("repair-{key}-on")
                                label=lang.t("日期", "Date")
                                kind="date"
                                value=get(|r| r.on.clone())
                                set=set(|r, v| r.on = v)
                                notes=notes("on")
                            />
                            <button type="button" class="icon" aria-label=lang.t("删除这次修复", "Remove this repair")
                                on:click=move |_| draft.update(|d| d.repairs.retain(|r| r.key != key))>"✕"</button>
                        </div>
                    }
                }
            />
            <button type="button" class="secondary" on:click=add>{lang.t("＋ 添加记分修复", "+ Add a repair")}</button>
        </div>
    }
}

/// 沪2025 第三十条, 温州 第十条: the days the person applied to be restored. Under 温州 a
/// suspension with no request in its window runs on (第十条); with none given at all, a
/// timely one is assumed and the result says so.
#[component]
fn ResumptionRequests() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let wenzhou = draft.with_untracked(|d| d.regime_id() == Some(RegimeId::Wenzhou2014));
    let keys = move || {
        draft.with(|d| {
            d.resumption_requests
                .iter()
                .map(|r| r.key)
                .collect::<Vec<_>>()
        })
    };
    let add = move |_| {
        let mut new_key = 0;
        draft.update(|d| {
            let key = d.take_key();
            new_key = key;
            d.resumption_requests.push(DateDraft {
                key,
                on: String::new(),
            });
        });
        super::incidents::focus_later(format!("resumption-{new_key}-on"));
    };
    let cite = if wenzhou { "第十条" } else { "第三十条" };
    let regime = if wenzhou {
        RegimeId::Wenzhou2014
    } else {
        RegimeId::Shanghai2025
    };
    view! {
        <div class="group">
            <h3>{lang.t("资格恢复申请", "Requests to be restored")} " " <super::law::Cite regime cite/></h3>
            <p class="hint">
                {if wenzhou {
                    lang.t(
                        "中止期满前 10 个工作日内须提交恢复履行协议申请，否则中止期限自动延长，直至协议期满解除。填写您提出申请的日期。",
                        "Apply to resume the agreement within the 10 working days before the suspension ends, or it runs on until the agreement expires. Give the days you applied.",
                    )
                } else {
                    lang.t(
                        "暂停、终止期满 10 个工作日前经所在机构提出；经办机构收到后 10 个工作日内评估并告知结果。",
                        "Apply through your institution 10 working days before the end; the agency answers within 10 working days.",
                    )
                }}
            </p>
            <ForEnumerate
                each=keys
                key=|k| *k
                children=move |row, key| {
                    let value = Signal::derive(move || draft.with(|d| d.resumption_requests.iter().find(|r| r.key == key).map(|r| r.on.clone()).unwrap_or_default()));
                    let set = Callback::new(move |v: String| draft.update(|d| {
                        if let Some(r) = d.resumption_requests.iter_mut().find(|r| r.key == key) {
                            r.on = v;
                        }
                    }));
                    let notes = Signal::derive(move || computed.with(|c| notes_at(c, lang, &Place::Resumption { row: row.get(), field: "on".into() })));
                    view! {
                        <div class="row">
                            <Input id=format!("resumption-{key}-on") label=lang.t("申请日期", "Applied on") kind="date" value set notes/>
                            <span></span>
                            <button type="button" class="icon" aria-label=lang.t("删除这次申请", "Remove this request")
                                on:click=move |_| draft.update(|d| d.resumption_requests.retain(|r| r.key != key))>"✕"</button>
                        </div>
                    }
                }
            />
            <button type="button" class="secondary" on:click=add>{lang.t("＋ 添加资格恢复申请", "+ Add a request")}</button>
        </div>
    }
}
