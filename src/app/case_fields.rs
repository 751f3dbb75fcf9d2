//! The facts about the person rather than an incident: the day to report for, and those
//! the regime uses: the agreement start (温州), the birth date (济宁), earlier years
//! (三年连续), repairs (沪2025) and requests to be restored (沪2025, 温州).

use leptos::prelude::*;

use super::fields::{notes_at, Choice, Input, Note};
use super::i18n::{say, tr};
use super::incidents::words::cite_en;
use super::law::Cite;
use super::{ctx, Ctx};
use crate::exchange::draft::{
    DateDraft, Draft, Field, HistoryDraft, Place, RepairDraft, RequestsSaid,
};
use crate::scoring::catalogue::Topic;
use crate::scoring::outcome::{DeadlineKind, Evaluation, State};
use crate::scoring::regimes::{PeriodKind, RegimeInfo, RepairRules, Resumption, ResumptionWindow};
use crate::scoring::CaseError;
use crate::scoring::{RegimeId, Text};

/// The case-level fields the chosen regime uses.
#[component]
pub fn CaseFields() -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let regime = Memo::new(move |_| draft.with(|d| d.regime_id()).unwrap_or(RegimeId::FIRST));
    let uses = move |field: Field| regime.get().info().uses(field);
    let case_notes = move |field: &'static str| {
        Signal::derive(move || computed.with(|c| notes_at(c, &Place::Case(field.to_string()))))
    };
    let today = computed.with_untracked(|c| c.today);
    view! {
        <fieldset class="card person">
            <legend>{tr("查询日期与个人情况", "Date and personal facts")}</legend>
            <Input
                id="as-of".into()
                label=tr("查询日期", "Standing as of")
                kind="date"
                value=Signal::derive(move || draft.with(|d| d.as_of.clone()))
                set=Callback::new(move |v| draft.update(|d| d.as_of = v))
                notes=case_notes("as_of")
                hint=say(Text::new(format!("留空即为今天（{today}）"), format!("Leave empty for today ({today})")))
            />
            {move || uses(Field::AgreementStart).then(|| view! {
                <Input
                    id="agreement-start".into()
                    label=tr("服务协议起始日", "Service agreement start")
                    kind="date"
                    value=Signal::derive(move || draft.with(|d| d.agreement_start.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.agreement_start = v))
                    notes=case_notes("agreement_start")
                    hint=say(agreement_start_hint(regime.get_untracked().info()))
                />
            })}
            {move || uses(Field::BirthDate).then(|| view! {
                <Input
                    id="birth-date".into()
                    label=tr("出生日期", "Date of birth")
                    kind="date"
                    value=Signal::derive(move || draft.with(|d| d.birth_date.clone()))
                    set=Callback::new(move |v| draft.update(|d| d.birth_date = v))
                    notes=case_notes("birth_date")
                    hint=say(regime.get_untracked().info().field_hint(Field::BirthDate).cloned().unwrap_or_default())
                />
            })}
            {move || uses(Field::History).then(|| view! { <History regime=regime.get()/> })}
            {move || regime.get().info().procedure.repairs.as_ref().filter(|_| uses(Field::Repairs)).map(|rules| view! { <Repairs regime=regime.get() rules/> })}
            <AfterTheMeasure/>
        </fieldset>
    }
}

/// The questions that follow a measure, each shown only where the case needs it: did you
/// apply to resume, the days restored, 温州's agreement end (spec v3). In the form and
/// under the guided questions' answer.
#[component]
pub fn AfterTheMeasure() -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let regime = Memo::new(move |_| draft.with(|d| d.regime_id()).unwrap_or(RegimeId::FIRST));
    let uses = move |field: Field| regime.get().info().uses(field);
    let asks = move |f: fn(&Draft, &Result<Evaluation, CaseError>) -> bool, field: Field| {
        uses(field) && draft.with(|d| computed.with(|c| f(d, &c.outcome)))
    };
    let end_notes = Signal::derive(move || {
        computed.with(|c| notes_at(c, &Place::Case("agreement_end".into())))
    });
    // Memos: the questions are drawn again only when whether they are asked changes, not
    // at every key typed in them.
    let resumption = Memo::new(move |_| asks(asks_resumption, Field::ResumptionRequests));
    let restorations = Memo::new(move |_| asks(asks_restorations, Field::Restorations));
    let agreement_end = Memo::new(move |_| asks(asks_agreement_end, Field::AgreementEnd));
    view! {
        {move || {
            let rule = regime.get().info().procedure.resumption.as_ref();
            rule.filter(|_| resumption.get()).map(|rule| view! { <ResumptionRequests regime=regime.get() rule/> })
        }}
        {move || restorations.get().then(|| view! { <Restorations regime=regime.get()/> })}
        {move || agreement_end.get().then(|| view! {
            <Input
                id="agreement-end".into()
                label=tr("服务协议期满日", "Service agreement ends")
                kind="date"
                value=Signal::derive(move || draft.with(|d| d.agreement_end.clone()))
                set=Callback::new(move |v| draft.update(|d| d.agreement_end = v))
                notes=end_notes
                hint=say(regime.get_untracked().info().field_hint(Field::AgreementEnd).cloned().unwrap_or_default())
            />
        })}
    }
}

/// Whether the form asks "did you apply to resume?": where the result has a request's
/// deadline for a measure begun by the day asked about, or the person has answered already (an answer is
/// never hidden while it changes the result).
fn asks_resumption(draft: &Draft, outcome: &Result<Evaluation, CaseError>) -> bool {
    draft.resumption_said != RequestsSaid::NotSaid
        || !draft.resumption_requests.is_empty()
        || outcome.as_ref().is_ok_and(|e| {
            // Once the measure has begun: before that, "did you apply?" has no answer yet.
            let begun = |d: &crate::scoring::outcome::Deadline| {
                d.sanction
                    .and_then(|i| e.sanctions.get(i))
                    .and_then(|s| s.start)
                    .is_none_or(|start| start <= e.as_of)
            };
            e.deadlines
                .iter()
                .any(|d| d.kind == DeadlineKind::ResumptionRequest && begun(d))
        })
}

/// Whether the form asks the day the person was restored: where a measure's term is over
/// and the law wants an act (spec v3 `restoration_pending`, now or once every decision is
/// made), or a day is given already.
fn asks_restorations(draft: &Draft, outcome: &Result<Evaluation, CaseError>) -> bool {
    !draft.restorations.is_empty()
        || outcome.as_ref().is_ok_and(|e| {
            std::iter::once(&e.status)
                .chain(e.outlook.iter().map(|o| &o.status))
                .chain(e.outlook_alternative.iter().map(|o| &o.status))
                .any(|s| s.state == State::RestorationPending)
        })
}

/// Whether the form asks the agreement's end: where a suspension runs on until it (温州
/// 第十条, `extended`), or it is given already.
fn asks_agreement_end(draft: &Draft, outcome: &Result<Evaluation, CaseError>) -> bool {
    !draft.agreement_end.trim().is_empty()
        || outcome
            .as_ref()
            .is_ok_and(|e| e.sanctions.iter().any(|s| s.extended))
}

/// What the agreement's start sets: the agreement years, from the article that says so.
fn agreement_start_hint(info: &RegimeInfo) -> Text {
    let cite = info.period_cite;
    Text::new(
        format!("协议年度自每年的这一天起算（{cite}）"),
        format!("Each agreement year starts on this day ({})", cite_en(cite)),
    )
}

/// What the earlier years are for: the three-consecutive-years rule, under its article,
/// in the regime's own periods.
fn history_hint(info: &RegimeInfo) -> Text {
    let cite = info
        .provisions
        .iter()
        .find(|p| p.topic == Topic::ThreeYears)
        .map_or("", |p| p.cite);
    let (termination, cite_en) = (&info.terms.termination.zh, cite_en(cite));
    if info.period == PeriodKind::AgreementYear {
        Text::new(
            format!("连续三个协议年度扣分达到 9 分以上的，{termination}（{cite}）。填写此前协议年度的起始日和累计扣分。"),
            format!("Three consecutive agreement years at 9 or more terminate the agreement ({cite_en}). Give each earlier agreement year's start and its total."),
        )
    } else {
        Text::new(
            format!("连续三年违规扣分 9 分以上的，{termination}（{cite}）。填写此前年份和累计扣分。"),
            format!("Three consecutive years at 9 or more terminate the agreement ({cite_en}). Give each earlier year and its total."),
        )
    }
}

/// Earlier periods' totals, for the three-consecutive-years rule.
#[component]
fn History(regime: RegimeId) -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let info = regime.info();
    let agreement_years = info.period == PeriodKind::AgreementYear;
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
            <h3>{tr("此前年度的扣分", "Earlier years' deductions")}</h3>
            <p class="hint">{say(history_hint(info))}</p>
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
                        Signal::derive(move || computed.with(|c| notes_at(c, &Place::History { row: row.get(), field: field.into() })))
                    };
                    view! {
                        <div class="row">
                            <Input
                                id=format!("history-{key}-period")
                                label=if agreement_years { tr("协议年度起始日", "Agreement year start") } else { tr("年份", "Year") }
                                kind=if agreement_years { "date" } else { "number" }
                                value=get(|h| h.period.clone())
                                set=set(|h, v| h.period = v)
                                notes=notes("period")
                            />
                            <Input
                                id=format!("history-{key}-points")
                                label=tr("累计扣分", "Points deducted")
                                kind="number"
                                value=get(|h| h.points.clone())
                                set=set(|h, v| h.points = v)
                                notes=notes("points")
                            />
                            <button type="button" class="icon" aria-label=tr("删除这一年", "Remove this year")
                                on:click=move |_| draft.update(|d| d.history.retain(|h| h.key != key))>"✕"</button>
                        </div>
                    }
                }
            />
            <button type="button" class="secondary" on:click=add>{tr("＋ 添加此前年度", "+ Add an earlier year")}</button>
        </div>
    }
}

/// What the repairs remove, with the regime's yearly caps.
fn repairs_hint(rules: &RepairRules) -> Text {
    let (exam, participation) = (rules.exam.cap, rules.participation.cap);
    Text::new(
        format!("通过考试年度内可减免 {exam} 分；参与医保管理工作每次减免 1 分，每年最多 {participation} 次。一次性记满 12 分的不予修复。"),
        format!("Passing the exam removes {exam} point a year; taking part in insurance management work removes 1 point each time, twice a year at most. A one-shot 12 cannot be repaired."),
    )
}

/// Repairs of the score (沪2025 第二十九条).
#[component]
fn Repairs(regime: RegimeId, rules: &'static RepairRules) -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
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
            <h3>{tr("记分修复", "Score repairs")} " " <Cite regime cite=rules.cite/></h3>
            <p class="hint">{say(repairs_hint(rules))}</p>
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
                            let mut notes = notes_at(c, &Place::Repair { row: row.get(), field: field.into() });
                            if field == "kind" {
                                notes.extend(notes_at(c, &Place::Repair { row: row.get(), field: String::new() }));
                            }
                            notes
                        }))
                    };
                    let kinds: Vec<(&'static str, TextProp)> = vec![
                        ("exam", tr("通过考试", "Passed the exam").into()),
                        ("participation", tr("参与医保管理工作", "Took part in management work").into()),
                    ];
                    view! {
                        <div class="row">
                            <Choice
                                id=format!("repair-{key}-kind")
                                label=tr("修复方式", "Kind")
                                options=kinds
                                value=get(|r| r.kind.clone())
                                set=set(|r, v| r.kind = v)
                                notes=notes("kind")
                            />
                            <Input
                                id=format!("repair-{key}-on")
                                label=tr("日期", "Date")
                                kind="date"
                                value=get(|r| r.on.clone())
                                set=set(|r, v| r.on = v)
                                notes=notes("on")
                            />
                            <button type="button" class="icon" aria-label=tr("删除这次修复", "Remove this repair")
                                on:click=move |_| draft.update(|d| d.repairs.retain(|r| r.key != key))>"✕"</button>
                        </div>
                    }
                }
            />
            <button type="button" class="secondary" on:click=add>{tr("＋ 添加记分修复", "+ Add a repair")}</button>
        </div>
    }
}

/// When a request to be restored is due, in the regime's terms: within the days before
/// the measure ends, or else it runs on (温州 第十条); or by some days before its end,
/// answered within the agency's days (沪2025 第三十条).
fn resumption_hint(info: &RegimeInfo, rule: &Resumption) -> Text {
    let terms = &info.terms;
    match rule.window {
        ResumptionWindow::Within(days) => {
            let (measure, request) = (&terms.suspension_short.zh, &terms.resumption.zh);
            Text::new(
                format!("{measure}期满前 {days} 个工作日内须提交{request}，否则{measure}期限自动延长，直至协议期满解除。填写您提出申请的日期。"),
                format!("Apply to resume the agreement within the {days} working days before the suspension ends, or it runs on until the agreement expires. Give the days you applied."),
            )
        }
        ResumptionWindow::DueBefore(days) => {
            let measures = rule
                .after
                .iter()
                .map(|kind| crate::scoring::words::sanction_short(info, *kind).zh)
                .collect::<Vec<_>>()
                .join("、");
            let answered = rule.decided_within;
            Text::new(
                format!("{measures}期满 {days} 个工作日前经所在机构提出；经办机构收到后 {answered} 个工作日内评估并告知结果。"),
                format!("Apply through your institution {days} working days before the end; the agency answers within {answered} working days."),
            )
        }
    }
}

/// The days the person applied to be restored (沪2025 第三十条, 温州 第十条). Under 温州 a
/// suspension with no request in its window runs on (第十条); with none given at all, a
/// timely one is assumed and the result says so.
#[component]
fn ResumptionRequests(regime: RegimeId, rule: &'static Resumption) -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let add = move |_: ()| add_dated(DatedList::Requests);
    let said = Signal::derive(move || {
        draft
            .with(|d| match d.resumption_said {
                RequestsSaid::NotSaid => "not_said",
                RequestsSaid::None => "none",
                RequestsSaid::On => "on",
            })
            .to_string()
    });
    let say_it = Callback::new(move |v: String| {
        let answer = match v.as_str() {
            "on" => RequestsSaid::On,
            "none" => RequestsSaid::None,
            _ => RequestsSaid::NotSaid,
        };
        draft.update(|d| d.resumption_said = answer);
        // 已申请 asks the days at once; the rows typed before stay, shown again when
        // the answer comes back to 已申请.
        if answer == RequestsSaid::On && draft.with_untracked(|d| d.resumption_requests.is_empty())
        {
            add(());
        }
    });
    let answer_notes = Signal::derive(move || {
        computed.with(|c| notes_at(c, &Place::Case("resumption_requests".into())))
    });
    let on = move || draft.with(|d| d.resumption_said == RequestsSaid::On);
    view! {
        <div class="group">
            <h3>{tr("资格恢复申请", "Requests to be restored")} " " <Cite regime cite=rule.cite/></h3>
            <p class="hint">{say(resumption_hint(regime.info(), rule))}</p>
            <Choice
                id="resumption-said".into()
                label=tr("是否已申请？", "Did you apply?")
                options=vec![
                    ("not_said", tr("不记得（按已按时申请计算）", "Not sure (counted as applied in time)").into()),
                    ("on", tr("已申请（填写日期）", "Applied (give the days)").into()),
                    ("none", tr("未申请", "Did not apply").into()),
                ]
                value=said
                set=say_it
                notes=answer_notes
            />
            <Show when=on>
                <DatedRows list=DatedList::Requests/>
                <button type="button" class="secondary" on:click=move |_| add(())>{tr("＋ 添加资格恢复申请", "+ Add a request")}</button>
            </Show>
        </div>
    }
}

/// What restores the person after each measure whose end needs an act, in the
/// regime's words with their articles.
fn restoration_hint(info: &RegimeInfo) -> Text {
    let each = |en: bool| {
        info.procedure
            .after_term
            .iter()
            .map(|a| {
                if en {
                    format!("{} ({})", a.text.en, cite_en(a.cite))
                } else {
                    format!("{}（{}）", a.text.zh, a.cite)
                }
            })
            .collect::<Vec<_>>()
    };
    Text::new(
        format!("{}。填写您已恢复的日期。", each(false).join("；")),
        format!(
            "{}. Give the day you were restored.",
            crate::scoring::words::capitalised(&each(true).join("; "))
        ),
    )
}

/// The days the person was restored after a measure's term (spec v3 `restorations`: 考核
/// 合格备案, 资格恢复, 重新登记备案, a new agreement).
#[component]
fn Restorations(regime: RegimeId) -> impl IntoView {
    let add = move |_| add_dated(DatedList::Restorations);
    let info = regime.info();
    let cites =
        info.procedure
            .after_term
            .iter()
            .map(|a| a.cite)
            .fold(Vec::new(), |mut seen, cite| {
                if !seen.contains(&cite) {
                    seen.push(cite);
                }
                seen
            });
    view! {
        <div class="group">
            <h3>{tr("恢复资格", "Being restored")} " " {cites.into_iter().map(|cite| view! { <Cite regime cite/> " " }).collect_view()}</h3>
            <p class="hint">{say(restoration_hint(info))}</p>
            <DatedRows list=DatedList::Restorations/>
            <button type="button" class="secondary" on:click=add>{tr("＋ 添加恢复日期", "+ Add the day you were restored")}</button>
        </div>
    }
}

/// The case's lists of days: the requests to be restored, the days restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DatedList {
    Requests,
    Restorations,
}

impl DatedList {
    fn rows(self, draft: &Draft) -> &Vec<DateDraft> {
        match self {
            DatedList::Requests => &draft.resumption_requests,
            DatedList::Restorations => &draft.restorations,
        }
    }

    fn rows_mut(self, draft: &mut Draft) -> &mut Vec<DateDraft> {
        match self {
            DatedList::Requests => &mut draft.resumption_requests,
            DatedList::Restorations => &mut draft.restorations,
        }
    }

    /// The element id of a row's date.
    fn field_id(self, key: u32) -> String {
        match self {
            DatedList::Requests => format!("resumption-{key}-on"),
            DatedList::Restorations => format!("restoration-{key}-on"),
        }
    }

    /// Where the core's messages about a row point.
    fn place(self, row: usize) -> Place {
        let field = "on".to_string();
        match self {
            DatedList::Requests => Place::Resumption { row, field },
            DatedList::Restorations => Place::Restoration { row, field },
        }
    }
}

/// Adds an empty day to a list and moves the focus to it.
fn add_dated(list: DatedList) {
    let draft = ctx().draft;
    let mut new_key = 0;
    draft.update(|d| {
        let key = d.take_key();
        new_key = key;
        list.rows_mut(d).push(DateDraft {
            key,
            on: String::new(),
        });
    });
    super::incidents::focus_later(list.field_id(new_key));
}

/// The rows of a list of days, each a date with its notes and a button that removes it.
#[component]
fn DatedRows(
    /// Which of the case's lists.
    list: DatedList,
) -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let keys = move || draft.with(|d| list.rows(d).iter().map(|r| r.key).collect::<Vec<_>>());
    let (label, remove) = match list {
        DatedList::Requests => (
            tr("申请日期", "Applied on"),
            tr("删除这次申请", "Remove this request"),
        ),
        DatedList::Restorations => (
            tr("恢复日期", "Restored on"),
            tr("删除这个日期", "Remove this day"),
        ),
    };
    view! {
        <ForEnumerate
            each=keys
            key=|k| *k
            children=move |row, key| {
                let value = Signal::derive(move || draft.with(|d| list.rows(d).iter().find(|r| r.key == key).map(|r| r.on.clone()).unwrap_or_default()));
                let set = Callback::new(move |v: String| draft.update(|d| {
                    if let Some(r) = list.rows_mut(d).iter_mut().find(|r| r.key == key) {
                        r.on = v;
                    }
                }));
                let notes = Signal::derive(move || computed.with(|c| notes_at(c, &list.place(row.get()))));
                view! {
                    <div class="row">
                        <Input id=list.field_id(key) label kind="date" value set notes/>
                        <span></span>
                        <button type="button" class="icon" aria-label=remove
                            on:click=move |_| draft.update(|d| list.rows_mut(d).retain(|r| r.key != key))>"✕"</button>
                    </div>
                }
            }
        />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(id: &str) -> &'static RegimeInfo {
        RegimeId::parse(id).unwrap().info()
    }

    fn outcome(case: serde_json::Value) -> Result<Evaluation, CaseError> {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        crate::scoring::evaluate(&case, today)
    }

    /// Each of v3's questions appears only where the case needs it (spec
    /// `sh2025-bar-over-not-restored`, `wenzhou-no-request-extended`), and stays once
    /// answered.
    #[test]
    fn the_restoration_questions_appear_where_the_case_needs_them() {
        let quiet = outcome(
            serde_json::json!({"regime": "shanghai-2025", "as_of": "2026-08-01",
            "incidents": [{"id": "a", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-20"}]}),
        );
        let bar_over = outcome(
            serde_json::json!({"regime": "shanghai-2025", "as_of": "2026-08-01",
            "incidents": [{"id": "earlier", "points": 8, "decided_on": "2025-04-15"},
                          {"id": "now", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-20"}]}),
        );
        let extended = outcome(
            serde_json::json!({"regime": "wenzhou-2014", "as_of": "2021-12-01",
            "agreement_start": "2021-01-01", "resumption_requests": [],
            "incidents": [{"id": "a", "item": "15.2", "decided_on": "2021-03-01"},
                          {"id": "b", "item": "16.1", "decided_on": "2021-04-06"},
                          {"id": "c", "item": "17.3", "decided_on": "2021-04-06"}]}),
        );
        let blank = Draft::default();
        assert!(!asks_restorations(&blank, &quiet));
        assert!(asks_restorations(&blank, &bar_over));
        assert!(!asks_agreement_end(&blank, &quiet));
        assert!(asks_agreement_end(&blank, &extended));
        assert!(asks_resumption(&blank, &extended));
        assert!(!asks_resumption(&blank, &quiet));
        // A suspension decided for later: not asked yet, asked once it has begun.
        let later = |as_of: &str| {
            outcome(
                serde_json::json!({"regime": "shanghai-2025", "as_of": as_of,
                "incidents": [{"id": "a", "item": "13.3", "responsibility": "primary", "decided_on": "2026-03-02"}]}),
            )
        };
        let before = later("2026-03-01");
        assert!(
            before
                .as_ref()
                .is_ok_and(|e| e.sanctions.iter().any(|s| s.start > Some(e.as_of))),
            "{before:?}"
        );
        assert!(!asks_resumption(&blank, &before));
        assert!(asks_resumption(&blank, &later("2026-03-20")));
        let answered = Draft {
            resumption_said: RequestsSaid::None,
            agreement_end: "2021-12-31".into(),
            restorations: vec![DateDraft {
                key: 1,
                on: String::new(),
            }],
            ..Draft::default()
        };
        assert!(asks_resumption(&answered, &quiet));
        assert!(asks_restorations(&answered, &quiet));
        assert!(asks_agreement_end(&answered, &quiet));
    }

    #[test]
    fn what_restores_the_person_is_said_in_the_regimes_words() {
        let hint = restoration_hint(info("shanghai-2025"));
        assert!(
            hint.zh
                .contains("终止期满，需重新作出承诺并登记备案后方可恢复医保支付资格（第三十条）"),
            "{}",
            hint.zh
        );
        assert!(hint.en.starts_with("No request"), "{}", hint.en);
    }

    /// The same words as when they were written out per regime, from the regime's data.
    #[test]
    fn the_person_s_facts_are_explained_with_the_regime_s_articles() {
        assert_eq!(
            agreement_start_hint(info("wenzhou-2014")),
            Text::fixed(
                "协议年度自每年的这一天起算（第十三条）",
                "Each agreement year starts on this day (Art. 13)"
            )
        );
        assert_eq!(
            history_hint(info("wenzhou-2014")).zh,
            "连续三个协议年度扣分达到 9 分以上的，解除服务协议（第十八条）。填写此前协议年度的起始日和累计扣分。"
        );
        assert_eq!(
            history_hint(info("jining-2024")),
            Text::fixed(
                "连续三年违规扣分 9 分以上的，解除服务协议（五（一））。填写此前年份和累计扣分。",
                "Three consecutive years at 9 or more terminate the agreement (5(1)). Give each earlier year and its total."
            )
        );
        let sh2025 = info("shanghai-2025");
        assert_eq!(
            repairs_hint(sh2025.procedure.repairs.as_ref().unwrap()).zh,
            "通过考试年度内可减免 1 分；参与医保管理工作每次减免 1 分，每年最多 2 次。一次性记满 12 分的不予修复。"
        );
        assert_eq!(
            resumption_hint(sh2025, sh2025.procedure.resumption.as_ref().unwrap()).zh,
            "暂停、终止期满 10 个工作日前经所在机构提出；经办机构收到后 10 个工作日内评估并告知结果。"
        );
        let wenzhou = info("wenzhou-2014");
        assert_eq!(
            resumption_hint(wenzhou, wenzhou.procedure.resumption.as_ref().unwrap()).zh,
            "中止期满前 10 个工作日内须提交恢复履行协议申请，否则中止期限自动延长，直至协议期满解除。填写您提出申请的日期。"
        );
    }
}
