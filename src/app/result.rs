//! The result: the standing today and the next band, warnings, the timeline, the
//! measures with their dates, and every deadline with its weekday.

use leptos::prelude::*;

use super::i18n::{self, date_with_weekday, Lang};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::exchange::draft::{uses, Field, Place};
use crate::scoring::outcome::{Deadline, Evaluation, Sanction, SanctionKind};
use crate::scoring::{CaseError, RegimeId, State};

/// For the size and speed report (`tests/browser/size-report.mjs`): the `first-result`
/// mark, once, when the app's first screen is drawn: the answer panel, or on a phone's
/// first visit the guided questions.
pub fn mark_first_screen() {
    request_animation_frame(|| {
        if let Some(performance) = window().performance() {
            if performance.get_entries_by_name("first-result").length() == 0 {
                let _ = performance.mark("first-result");
            }
        }
    });
}

/// The answer, first: at the top of the page on a phone, at the top of the result column
/// on a desktop. Before any incident, what the calculator answers and how to start.
#[component]
pub fn AnswerPanel() -> impl IntoView {
    let Ctx {
        computed, draft, ..
    } = ctx();
    mark_first_screen();
    move || {
        let c = computed.get();
        let regime = c.regime;
        let waiting = draft.with(|d| d.waiting(regime));
        match c.outcome {
            Err(error) => view! { <ErrorCard error prepared=c.prepared.clone()/> }.into_any(),
            Ok(result) if result.incidents.is_empty() => {
                view! { <Welcome/> {waiting_note(waiting)} }.into_any()
            }
            Ok(result) => view! {
                <PrintHeading result=result.clone() regime today=c.today/>
                <super::answer::Answer result=result.clone() regime today=c.today waiting/>
                <PrintReport result=result.clone() regime/>
            }
            .into_any(),
        }
    }
}

/// Incidents not complete enough to count: said where the answer is, since without them
/// the answer may be lighter than the case. Printed too.
pub fn waiting_note(waiting: usize) -> Option<impl IntoView> {
    let lang = ctx().lang.get_untracked();
    (waiting > 0).then(|| {
        view! {
            <p class="note warning waiting" role="status">{lang.pick(
                format!("另有 {waiting} 个事件信息不完整，尚未计入，结论可能偏轻：见该事件下的提示。"),
                if waiting == 1 {
                    "1 incident is not complete and is not counted, so the answer may be too light: see the note under it.".to_string()
                } else {
                    format!("{waiting} incidents are not complete and are not counted, so the answer may be too light: see the notes under them.")
                },
            )}</p>
        }
    })
}

/// Before any incident: what the calculator answers, and the two ways to start.
#[component]
fn Welcome() -> impl IntoView {
    let Ctx {
        lang, page, embed, ..
    } = ctx();
    let lang = lang.get_untracked();
    view! {
        <section class="card status welcome" aria-labelledby="welcome-title">
            <h2 id="welcome-title">{lang.t("从告知书或决定书开始", "Start from your notice or decision")}</h2>
            <p>{lang.t(
                "录入被记分的违规事件：条目、责任程度和日期（只有告知书也可以）。这里随即回答：今天能否正常执业；决定作出后会怎样、到何时；您需要在何时之前做什么。",
                "Enter the scored incident: its item, your responsibility and the dates (the notice alone is enough). The answer appears here: can you practise today; what the decision leads to, until when; and what you must do by when.",
            )}</p>
            <div class="start-actions">
                // The embed has no guided questions (they are pages of the app).
                {(!embed).then(|| view! {
                    <button type="button" class="primary" on:click=move |_| page.set(Page::Guide(1))>
                        {lang.t("一步一步回答", "Answer step by step")}
                    </button>
                })}
                <button type="button" class=if embed { "primary" } else { "secondary" } on:click=move |_| { super::incidents::add_incident(); }>
                    {lang.t("＋ 添加违规事件", "+ Add an incident")}
                </button>
            </div>
        </section>
    }
}

/// What follows the answer: warnings, the timeline, the measures, every deadline, facts
/// about the institution. The embed leaves the timeline out.
#[component]
pub fn ResultDetails() -> impl IntoView {
    let Ctx {
        computed, embed, ..
    } = ctx();
    move || {
        let c = computed.get();
        let regime = c.regime;
        let Ok(result) = c.outcome else {
            return None;
        };
        let has_incidents = !result.incidents.is_empty();
        Some(view! {
            <Warnings result=result.clone() regime/>
            {has_incidents.then(|| view! {
                {(!embed).then(|| view! { <super::timeline::Timelines result=result.clone() regime/> })}
                <Sanctions result=result.clone() regime/>
                <Deadlines result=result.clone() regime/>
                <Flags result=result.clone() regime/>
            })}
        })
    }
}

/// Where an error of the core points, as words.
pub(super) fn place_words(lang: Lang, place: &Place) -> String {
    let field = |f: &str| -> &'static str {
        match f {
            "decided_on" => lang.t("记分决定日期", "decision date"),
            "occurred_on" => lang.t("违规行为发生日期", "date of the act"),
            "notified_on" => lang.t("收到告知的日期", "notice date"),
            "objection_filed_on" => lang.t("提出异议的日期", "objection date"),
            "item" | "items" => lang.t("违规条目", "item"),
            "points" => lang.t("分值", "points"),
            "months" => lang.t("处理期限", "duration"),
            "responsibility" => lang.t("责任程度", "responsibility"),
            "adjustment" => lang.t("从轻或从重", "adjustment"),
            "amount_yuan" => lang.t("骗取金额", "amount"),
            "id" => lang.t("编号", "id"),
            "as_of" => lang.t("查询日期", "standing date"),
            "agreement_start" => lang.t("服务协议起始日", "agreement start"),
            "birth_date" => lang.t("出生日期", "date of birth"),
            "agreement_end" => lang.t("服务协议期满日", "agreement end"),
            "period" => lang.t("年度", "period"),
            "on" => lang.t("日期", "date"),
            "kind" => lang.t("方式", "kind"),
            _ => lang.t("该项", "this field"),
        }
    };
    match place {
        Place::Incident { row, field: f } => lang.pick(
            format!("事件 {} 的{}", row + 1, field(f)),
            format!("incident {}, {}", row + 1, field(f)),
        ),
        Place::Repair { row, field: f } => lang.pick(
            format!("第 {} 次记分修复的{}", row + 1, field(f)),
            format!("repair {}, {}", row + 1, field(f)),
        ),
        Place::History { row, field: f } => lang.pick(
            format!("此前年度第 {} 行的{}", row + 1, field(f)),
            format!("earlier year {}, {}", row + 1, field(f)),
        ),
        Place::Resumption { row, .. } => lang.pick(
            format!("第 {} 次资格恢复申请的日期", row + 1),
            format!("request to resume {}, date", row + 1),
        ),
        Place::Restoration { row, .. } => lang.pick(
            format!("第 {} 次恢复资格的日期", row + 1),
            format!("restoration {}, date", row + 1),
        ),
        Place::Case(f) => field(f).to_string(),
        Place::Nowhere => String::new(),
    }
}

/// The element id of a field, for moving the focus to it.
fn element_id(place: &Place) -> Option<String> {
    let draft = ctx().draft;
    match place {
        Place::Incident { row, field } => {
            let key = draft.with_untracked(|d| d.incidents.get(*row).map(|i| i.key))?;
            let field = match field.as_str() {
                "item" | "items" => "search",
                "responsibility" => "responsibility-general",
                f => f,
            };
            Some(format!("incident-{key}-{field}"))
        }
        Place::Repair { row, field } => draft.with_untracked(|d| {
            d.repairs.get(*row).map(|r| {
                format!(
                    "repair-{}-{}",
                    r.key,
                    if field.is_empty() { "kind" } else { field }
                )
            })
        }),
        Place::History { row, field } => draft.with_untracked(|d| {
            d.history
                .get(*row)
                .map(|h| format!("history-{}-{}", h.key, field))
        }),
        Place::Resumption { row, .. } => draft.with_untracked(|d| {
            d.resumption_requests
                .get(*row)
                .map(|r| format!("resumption-{}-on", r.key))
        }),
        Place::Restoration { row, .. } => draft.with_untracked(|d| {
            d.restorations
                .get(*row)
                .map(|r| format!("restoration-{}-on", r.key))
        }),
        Place::Case(field) => Some(field.replace('_', "-")),
        Place::Nowhere => None,
    }
}

/// A case the core cannot compute: the message, where, and a way to get there.
#[component]
pub fn ErrorCard(error: CaseError, prepared: crate::exchange::draft::Prepared) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    let place = crate::exchange::draft::place(&error.path, &prepared);
    let words = place_words(lang, &place);
    let target = element_id(&place);
    view! {
        <section class="card error-card" role="alert">
            <h2>{lang.t("暂时无法计算", "Cannot compute yet")}</h2>
            <p>{i18n::error_text(lang, &error)}</p>
            {(!words.is_empty()).then(|| view! { <p class="where">{lang.t("位置：", "Where: ")}{words}</p> })}
            {target.map(|id| view! {
                <button type="button" class="secondary" on:click=move |_| super::incidents::focus_later(id.clone())>
                    {lang.t("转到该处修改", "Go to the field")}
                </button>
            })}
            <p class="hint">{lang.t("已填写的内容都已保留，改正这一处即可。", "Everything entered is kept: correct this one thing.")}</p>
        </section>
    }
}

/// Warnings that concern no single field, and those that do, in one list.
#[component]
pub fn Warnings(
    /// The result whose warnings are listed.
    result: Evaluation,
    /// Its regime.
    regime: RegimeId,
) -> impl IntoView {
    let Ctx {
        lang,
        draft,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let _ = regime;
    if result.warnings.is_empty() {
        return None;
    }
    let rows = computed.with_untracked(|c| c.prepared.rows.clone());
    // Switching the regime moves the whole case: offered only when every incident lies
    // in the other regime's time. (An earlier year's points under the rules before
    // offered it for a case whose new incident then had no item: the answer turned to
    // 正常.)
    let whole_case_in = |other: RegimeId| {
        let incidents: std::collections::BTreeSet<&str> = result
            .warnings
            .iter()
            .filter(|w| w.suggested_regime == Some(other))
            .filter_map(|w| w.path.as_deref()?.split('.').next())
            .collect();
        !result.incidents.is_empty() && incidents.len() == result.incidents.len()
    };
    let items = result
        .warnings
        .iter()
        .map(|w| {
            let switch = w.suggested_regime.filter(|other| whole_case_in(*other)).map(|other| {
                let label = lang.pick(format!("改用{}计算", other.info().document), format!("Use {} instead", other.info().document));
                view! {
                    <button type="button" class="link" on:click=move |_| draft.update(|d| d.regime = other.as_str().to_string())>{label}</button>
                }
            });
            let text = super::fields::warning_text(lang, w, &result, &rows);
            view! { <li>{text} " " {switch}</li> }
        })
        .collect_view();
    Some(view! {
        <section class="card warnings" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{lang.t("请注意", "Please note")}</h2>
            <ul>{items}</ul>
        </section>
    })
}

fn sanction_dates(lang: Lang, regime: RegimeId, s: &Sanction) -> String {
    let mut parts = Vec::new();
    if let Some(m) = s.months {
        let start = s.start.map(|d| d.to_string()).unwrap_or_default();
        parts.push(lang.pick(
            format!("{start} 至 {}（{}）", m.end, i18n::months(lang, m.months)),
            format!("{start} to {} ({})", m.end, i18n::months(lang, m.months)),
        ));
        if m.latest_end != m.end {
            parts.push(lang.pick(
                format!("法定最长至 {}（{} 个月）", m.latest_end, m.max_months),
                format!("at most until {} ({} months)", m.latest_end, m.max_months),
            ));
        }
        if m.earliest_end != m.end {
            parts.push(lang.pick(
                format!("修复后最早 {} 结束", m.earliest_end),
                format!("with the repair, ends {} at the earliest", m.earliest_end),
            ));
        }
    }
    if let Some(b) = s.bar {
        let start = s.start.map(|d| d.to_string()).unwrap_or_default();
        parts.push(lang.pick(
            format!(
                "自 {start} 起终止；{}（{}）",
                i18n::bar_until(lang, regime, b.bar_until),
                i18n::years(lang, b.bar_years)
            ),
            format!(
                "terminated from {start}; {} ({})",
                i18n::bar_until(lang, regime, b.bar_until),
                i18n::years(lang, b.bar_years)
            ),
        ));
        if b.bar_max_years != b.bar_years {
            parts.push(lang.pick(
                format!("视情节最长至 {}", b.bar_latest_until),
                format!("up to {} by the seriousness", b.bar_latest_until),
            ));
        }
        if b.bar_earliest_until != b.bar_until {
            parts.push(lang.pick(
                format!("修复后最早 {}", b.bar_earliest_until),
                format!("with the repair, {} at the earliest", b.bar_earliest_until),
            ));
        }
        if b.one_shot {
            parts.push(lang.t("一次性记满 12 分", "12 points at once").to_string());
        }
    }
    if s.extended {
        parts.push(
            lang.t(
                "未在期限内申请恢复履行协议：中止期限自动延长，直至协议期满解除",
                "no request to resume in time: the suspension runs on until the agreement expires",
            )
            .to_string(),
        );
    }
    if let Some(on) = s.superseded_on {
        parts.push(lang.pick(
            format!("自 {on} 起另一处理同时适用，本处理仍至其自身期满"),
            format!("from {on} a later measure also applies; this one still runs to its own end"),
        ));
    }
    parts.join(lang.t("；", "; "))
}

/// The measures decided, in date order.
#[component]
fn Sanctions(result: Evaluation, regime: RegimeId) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    if result.sanctions.is_empty() {
        return view! {
            <section class="card sanctions" aria-labelledby="sanctions-title">
                <h2 id="sanctions-title">{lang.t("处理措施", "Measures")}</h2>
                <p>{lang.t("尚未达到任何处理档次。", "No band reached yet.")}</p>
            </section>
        }
        .into_any();
    }
    let rows = result
        .sanctions
        .iter()
        .map(|s| {
            let class = format!("sanction kind-{}", s.kind.code());
            let trace = s
                .trace
                .iter()
                .map(|step| view! { <li>{lang.of(&step.text)} " " <Cite regime cite=step.cite.clone()/></li> })
                .collect_view();
            let superseded = s.superseded_on.is_some();
            view! {
                <li class=class class:superseded=superseded>
                    <p class="sanction-head">
                        <strong>{i18n::sanction_heading(lang, regime, s.kind)}</strong>
                        " · " {lang.pick(format!("{} 决定（事件 {}）", s.decided_on, s.trigger), format!("decided {} (incident {})", s.decided_on, s.trigger))}
                        {s.projected.then(|| view! { " " <span class="badge projected" title=lang.t("按告知书推算的决定日期", "on the decision day projected from the notice")>{lang.t("预计", "expected")}</span> })}
                        {s.discretionary.then(|| view! { " " <span class="badge">{lang.t("可以，非必须", "may, not must")}</span> })}
                        {s.extended.then(|| view! { " " <span class="badge">{lang.t("已自动延长", "extended")}</span> })}
                        " " <Cite regime cite=s.cite.clone()/>
                    </p>
                    <p class="law-line" lang="zh-CN">{s.text.clone()}</p>
                    {(lang == Lang::En).then(|| view! { <p class="gloss">{s.gloss.clone()}</p> })}
                    {(s.kind != SanctionKind::Notice).then(|| view! { <p class="dates">{super::answer::unbroken_dates(sanction_dates(lang, regime, s))}</p> })}
                    {(!s.trace.is_empty()).then(|| view! {
                        <details><summary>{lang.t("依据", "Why")}</summary><ol class="trace">{trace}</ol></details>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card sanctions" aria-labelledby="sanctions-title">
            <h2 id="sanctions-title">{lang.t("处理措施", "Measures")}</h2>
            <ol class="sanction-list">{rows}</ol>
        </section>
    }
    .into_any()
}

fn deadline_row(
    lang: Lang,
    regime: RegimeId,
    d: &Deadline,
    as_of: chrono::NaiveDate,
) -> impl IntoView {
    let who = i18n::actor_name(lang, d.actor);
    let whose = match (&d.incident, d.sanction) {
        (Some(id), _) => lang.pick(format!("事件 {id}"), format!("incident {id}")),
        (_, Some(i)) => lang.pick(format!("第 {} 项处理", i + 1), format!("measure {}", i + 1)),
        _ => String::new(),
    };
    // Passed as of the day the standing is asked for, which the user may set to any day.
    let past = d.due < as_of;
    let window = d.opens.map(|o| {
        lang.pick(
            format!("{} 起，", date_with_weekday(lang, o)),
            format!("from {}, ", date_with_weekday(lang, o)),
        )
    });
    view! {
        <li class="deadline" class:past=past>
            <p class="due">
                <time datetime=d.due.to_string()>{window}{lang.t("最迟 ", "by ")}<span class="date">{date_with_weekday(lang, d.due)}</span></time>
                {past.then(|| view! { " " <span class="badge">{lang.t("已过", "passed")}</span> })}
                {d.projected.then(|| view! { " " <span class="badge projected">{lang.t("预计", "expected")}</span> })}
            </p>
            <p><strong>{i18n::deadline_name(lang, regime, d.kind)}</strong> " · " {who} " · " {whose} " " <Cite regime cite=d.cite.clone()/></p>
            <p class="rule">{lang.of(&d.text)}</p>
        </li>
    }
}

/// Every deadline with its weekday.
#[component]
fn Deadlines(result: Evaluation, regime: RegimeId) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    let as_of = result.as_of;
    let body = if result.deadlines.is_empty() {
        // Only what this regime sets: 沪2020 sets no objection period, and only 沪2025 and
        // 温州 set a request to resume.
        let terms = &regime.info().terms;
        let has_objection = regime.info().objection_rule().is_some();
        let has_resumption = uses(regime, Field::ResumptionRequests);
        let text = match (has_objection, has_resumption) {
            (true, true) => lang.pick(
                format!("填写收到{}的日期，即可算出提出{}的期限；{}会带出提出{}的期限。", terms.notice.zh, terms.objection.zh, terms.suspension.zh, terms.resumption.zh),
                format!("Enter the day the {} was received to get the deadline for a {}; a {} brings the deadline of the {}.", terms.notice.en, terms.objection.en, terms.suspension.en, terms.resumption.en),
            ),
            (true, false) => lang.pick(
                format!("填写收到{}的日期，即可算出提出{}的期限。", terms.notice.zh, terms.objection.zh),
                format!("Enter the day the {} was received to get the deadline for a {}.", terms.notice.en, terms.objection.en),
            ),
            _ => lang.t("本办法没有规定本人需遵守的期限。", "This order sets no deadline for the person.").to_string(),
        };
        view! { <p>{text}</p> }.into_any()
    } else {
        let rows = result
            .deadlines
            .iter()
            .map(|d| deadline_row(lang, regime, d, as_of))
            .collect_view();
        view! { <ol class="deadline-list">{rows}</ol> }.into_any()
    };
    view! {
        <section class="card deadlines" aria-labelledby="deadlines-title">
            <h2 id="deadlines-title">{lang.t("期限", "Deadlines")}</h2>
            {body}
            <p class="hint">{lang.t(
                "工作日按国务院办公厅每年的节假日安排（含调休）计算；期间按民法典第二百零一条、第二百零二条计算。",
                "Working days follow the State Council's yearly holiday arrangements, make-up working days included; periods follow Civil Code Arts. 201–202.",
            )}</p>
        </section>
    }
}

/// Facts about the person's institution.
#[component]
fn Flags(result: Evaluation, regime: RegimeId) -> impl IntoView {
    let lang = ctx().lang.get_untracked();
    if result.flags.is_empty() {
        return None;
    }
    let items = result
        .flags
        .iter()
        .map(|f| {
            view! {
                <li>
                    {lang.pick(
                        format!("{} 年度：所在定点医药机构列入“重点监控名单”（一次性扣 12 分，或其他违规 3 项以上）", f.period),
                        format!("{}: the institution goes on the watchlist (a one-shot 12, or 3 or more other violations)", f.period),
                    )}
                    " " <Cite regime cite=f.cite/>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        <section class="card flags" aria-labelledby="flags-title">
            <h2 id="flags-title">{lang.t("所在机构", "Your institution")}</h2>
            <ul>{items}</ul>
        </section>
    })
}

/// Whether the answer is on screen: the phone's bottom bar, which repeats it, waits until
/// it is scrolled away. Provided by the app (not the embed, which has no bar).
#[derive(Clone, Copy)]
pub struct AnswerInView(pub RwSignal<bool>);

/// Keeps [`AnswerInView`] up to date for the answer's slot, once it is drawn.
pub fn watch_answer(slot: NodeRef<leptos::html::Div>) {
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    let Some(AnswerInView(in_view)) = use_context::<AnswerInView>() else {
        return;
    };
    Effect::new(move |_| {
        let Some(element) = slot.get() else {
            return;
        };
        // The answer's slot is removed with its page, and an observer then reports it out
        // of view: nothing to disconnect by hand.
        let seen = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok());
            if let Some(entry) = last {
                in_view.try_set(entry.is_intersecting() && entry.target().is_connected());
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        // Above the bar (about 4.5rem high when it shows), not under it.
        options.set_root_margin("0px 0px -72px 0px");
        if let Ok(observer) =
            web_sys::IntersectionObserver::new_with_options(seen.as_ref().unchecked_ref(), &options)
        {
            observer.observe(&element);
            seen.forget();
        }
    });
}

/// On a phone the answer is at the top and the case below it: a bar at the bottom keeps
/// the standing in sight while the case is edited, and leads back up to the answer.
#[component]
pub fn MiniStatus() -> impl IntoView {
    let Ctx {
        computed,
        draft,
        lang,
        page,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let text = move || {
        let regime = computed.with(|c| c.regime);
        // Incidents still missing their item or date are left out: say so here, where a
        // phone user looks, not only in the result far below.
        let waiting = draft.with(|d| d.waiting(regime));
        let tail = if waiting > 0 {
            lang.pick(
                format!("{waiting} 个事件未计入"),
                format!("{waiting} not included"),
            )
        } else {
            lang.t("查看结果", "see the result").to_string()
        };
        computed.with(|c| match &c.outcome {
            Err(_) => lang
                .t("暂时无法计算 · 查看提示", "Cannot compute yet · see why")
                .to_string(),
            // A notice not yet decided: today's total (often 0 on a first visit) would
            // reassure wrongly; the bar says where the decision leads, as the answer does.
            Ok(
                r @ Evaluation {
                    outlook: Some(o), ..
                },
            ) => {
                let state = i18n::state_name(lang, regime, r.status.state);
                // (Back to normal, the total says more than "决定后正常", which would read
                // as if the decision ended the measure.)
                let after = if o.status.state != r.status.state && o.status.state != State::Normal {
                    // (Short: the bar has two lines at most on a phone.)
                    let then = match o.status.state {
                        State::Suspended => {
                            i18n::sanction_short(lang, regime, SanctionKind::Suspension)
                        }
                        State::Terminated => {
                            i18n::sanction_short(lang, regime, SanctionKind::Termination)
                        }
                        State::Training => lang.t("离岗培训", "off-duty training").to_string(),
                        other => i18n::state_name(lang, regime, other),
                    };
                    lang.pick(format!("决定后{then}"), format!("once decided: {then}"))
                } else {
                    match (o.status.total, o.status.remaining) {
                        (Some(total), Some(_)) => lang.pick(
                            format!("决定后已扣 {total} 分"),
                            format!("{total} points deducted once decided"),
                        ),
                        (Some(total), None) => lang.pick(
                            format!("决定后累计 {total} 分"),
                            format!("{} once decided", i18n::points(lang, total)),
                        ),
                        _ => String::new(),
                    }
                };
                if after.is_empty() {
                    format!("{state} · {tail}")
                } else {
                    format!("{state} · {after} · {tail}")
                }
            }
            Ok(r) => {
                let state = i18n::state_name(lang, regime, r.status.state);
                // "0 分" alone reads as "my entries were not counted" when they were in an
                // earlier year: name the year (agreement years are too long for the bar).
                let (year_zh, year_en) = match r.status.period.as_deref() {
                    Some(p) if p.len() == 4 => (format!("{p} 年"), format!(" in {p}")),
                    _ => (String::new(), String::new()),
                };
                match r.status.total {
                    Some(total) if r.status.remaining.is_some() => lang.pick(
                        format!("{state} · {year_zh}已扣 {total} 分 · {tail}"),
                        format!("{state} · {total} deducted{year_en} · {tail}"),
                    ),
                    Some(total) => lang.pick(
                        format!(
                            "{state} · {year_zh}{} {total} 分 · {tail}",
                            if year_zh.is_empty() { "" } else { "累计" }
                        ),
                        format!("{state} · {total} points{year_en} · {tail}"),
                    ),
                    None => lang.pick(format!("{state} · {tail}"), format!("{state} · {tail}")),
                }
            }
        })
    };
    let class = move || {
        computed.with(|c| match &c.outcome {
            Err(_) => "mini-status state-error".to_string(),
            Ok(r) => format!("mini-status state-{}", r.status.state),
        })
    };
    // From the other tabs the result is not on the page: go back to the calculator first.
    let go = move |ev: leptos::ev::MouseEvent| {
        if page.with_untracked(Page::is_calculator) {
            return;
        }
        ev.prevent_default();
        page.set(Page::Calculator);
        super::incidents::focus_at_top_later("result".into());
    };
    // Nothing to show before the first incident, nor during the guided questions (whose
    // last screen is the answer itself), nor while the answer is on screen.
    let in_view = use_context::<AnswerInView>().map(|AnswerInView(s)| s);
    let shown = move || {
        !page.with(|p| matches!(p, Page::Guide(_)))
            && draft.with(|d| !d.incidents.is_empty())
            && !in_view.is_some_and(|s| s.get())
    };
    // The bar shows where the page is one column, the answer at its top: it points up.
    view! { <a class=class href="#result" on:click=go hidden=move || !shown()>{text} " ↑"</a> }
}

/// The printed report's heading, above the answer: the case's name, its document, the
/// day asked and the day computed. Hidden on screen.
#[component]
fn PrintHeading(result: Evaluation, regime: RegimeId, today: chrono::NaiveDate) -> impl IntoView {
    let Ctx { keep, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let info = regime.info();
    // The name can change without the result changing: read it where it is shown.
    let name = move || {
        let saved = keep.library.with(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        });
        let name = keep.preview.get().map_or(saved, |t| {
            if t.is_empty() {
                lang.t("分享的案例", "Shared case").to_string()
            } else {
                t
            }
        });
        format!(" · {name}")
    };
    view! {
        <section class="print-only print-report">
            <h1>{lang.t("医保医师记分计算结果", "Medical-insurance scoring: result")} {name}</h1>
            <p>{format!("{} {}", info.document, info.title)}</p>
            <p>
                {lang.pick(
                    format!("查询日期 {}；计算于 {}，依据所列文件原文，仅供参考，以医保部门决定为准。", result.as_of, today),
                    format!("Standing on {}; computed on {} from the documents' own text; for reference only.", result.as_of, today),
                )}
            </p>
        </section>
    }
}

/// The parts of the printed report that the screen shows elsewhere (in the incident
/// cards, or folded), below the answer: every incident with its trace, every measure with
/// its trace, each marked 预计 where its decision is not made yet. Hidden on screen.
#[component]
fn PrintReport(result: Evaluation, regime: RegimeId) -> impl IntoView {
    let Ctx { lang, .. } = ctx();
    let lang = lang.get_untracked();
    let info = regime.info();
    let expected = move |projected: bool| projected.then(|| lang.t("（预计）", " (expected)"));
    let step_list = |trace: &[crate::scoring::outcome::Step]| {
        trace
            .iter()
            .map(|s| view! { <li>{lang.of(&s.text)} " （" {s.cite.clone()} "）"</li> })
            .collect_view()
    };
    let rows = result
        .incidents
        .iter()
        .map(|i| {
            let item = i.item.as_deref().and_then(|code| info.item(code));
            let points = match (i.points, i.range, &i.fine) {
                (Some(p), Some([lo, hi]), _) if lo != hi => format!("{p}（{lo}—{hi}）"),
                (Some(p), _, _) => p.to_string(),
                (None, _, Some(f)) => i18n::fine_words(lang, f),
                _ => String::new(),
            };
            view! {
                <tr>
                    <td>{i.id.clone()}</td>
                    <td>{i.item.clone().unwrap_or_else(|| lang.t("（未填条目）", "(no item)").to_string())} " " {item.map(|it| it.text)}</td>
                    <td>{i.period.clone()}</td>
                    <td>{points}{(!i.counted).then_some(lang.t("（不重复计分）", " (not counted)"))}{expected(i.projected)}</td>
                    <td><ol class="trace">{step_list(&i.trace)}</ol></td>
                </tr>
            }
        })
        .collect_view();
    let measures = result
        .sanctions
        .iter()
        .map(|s| {
            view! {
                <li>
                    <strong>{i18n::sanction_heading(lang, regime, s.kind)}</strong>
                    {format!(" · {} · {}", s.decided_on, s.cite)}
                    {expected(s.projected)}
                    {(s.kind != SanctionKind::Notice).then(|| view! { <p>{sanction_dates(lang, regime, s)}</p> })}
                    <ol class="trace">{step_list(&s.trace)}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="print-only print-report">
            <table class="print-incidents">
                <thead>
                    <tr>
                        <th>{lang.t("编号", "Label")}</th>
                        <th>{lang.t("条目", "Item")}</th>
                        <th>{lang.t("周期", "Period")}</th>
                        <th>{lang.t("分值", "Points")}</th>
                        <th>{lang.t("计算过程与依据", "How, and under which articles")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            {(!result.sanctions.is_empty()).then(|| view! {
                <h2>{lang.t("处理措施", "Measures")}</h2>
                <ol class="print-measures">{measures}</ol>
            })}
        </section>
    }
}
