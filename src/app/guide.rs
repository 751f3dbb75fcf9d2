//! The guided first visit: one question per screen, as GOV.UK's calculators ask them —
//! the regime, what happened, the facts that set the points, the dates, earlier points —
//! then the answer, each answer editable from it. Every step is a history entry
//! (`#guide/3`), so the browser's Back goes to the previous question. The answers are the
//! case itself: the full editor shows the same case afterwards.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::fields::{Check, Input, Note};
use super::i18n::Lang;
use super::incidents::ItemPicker;
use super::{ctx, Ctx, Page};
use crate::exchange::draft::{uses, Draft, Field, IncidentDraft};
use crate::scoring::regimes::{Counting, Duration, PeriodKind};
use crate::scoring::{ItemValue, RegimeId};

/// The questions, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Regime,
    Item,
    Facts,
    Dates,
    Earlier,
    Answer,
}

impl Step {
    const ALL: [Step; 6] = [
        Step::Regime,
        Step::Item,
        Step::Facts,
        Step::Dates,
        Step::Earlier,
        Step::Answer,
    ];

    /// Its number in the address (`#guide/3`).
    fn number(self) -> u8 {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0) as u8 + 1
    }

    fn of(number: u8) -> Step {
        Step::ALL
            .get(usize::from(number.max(1)) - 1)
            .copied()
            .unwrap_or(Step::Answer)
    }
}

/// The incident the guide asks about: the first one not given by its points alone.
fn asked(draft: &Draft) -> Option<&IncidentDraft> {
    draft.incidents.iter().find(|i| !by_points(i))
}

fn by_points(i: &IncidentDraft) -> bool {
    i.items.iter().all(|c| c.trim().is_empty()) && !i.points.trim().is_empty()
}

/// Whether the regime asks anything about the facts of this item.
fn has_facts(regime: RegimeId, incident: Option<&IncidentDraft>) -> bool {
    let tiered = incident.is_some_and(|i| {
        i.items.iter().any(|c| {
            matches!(
                regime.info().item(c).map(|it| it.value),
                Some(ItemValue::Tier { .. })
            )
        })
    });
    // Before an item is chosen, 沪2025 is taken to ask (most of its items are tiered).
    let chosen = incident.is_some_and(|i| i.items.iter().any(|c| !c.trim().is_empty()));
    match regime {
        RegimeId::Shanghai2025 => tiered || !chosen,
        RegimeId::Shanghai2023 | RegimeId::Wenzhou2014 | RegimeId::Shanghai2020 => true,
        RegimeId::Jining2024 => false,
    }
}

/// The steps that apply to the case as it stands.
fn steps(draft: &Draft) -> Vec<Step> {
    let regime = draft.regime_id().unwrap_or(RegimeId::Shanghai2025);
    Step::ALL
        .into_iter()
        .filter(|s| match s {
            Step::Facts => has_facts(regime, asked(draft)),
            Step::Earlier => regime.info().counting != Counting::Fines,
            _ => true,
        })
        .collect()
}

/// Changes the incident the guide asks about, creating it when there is none yet.
fn edit_asked(f: impl FnOnce(&mut IncidentDraft)) {
    ctx().draft.update(|d| {
        if asked(d).is_none() {
            let key = d.take_key();
            let id = d.fresh_id();
            d.incidents.push(IncidentDraft {
                key,
                id,
                items: vec![String::new()],
                ..IncidentDraft::default()
            });
        }
        if let Some(i) = d.incidents.iter_mut().find(|i| !by_points(i)) {
            f(i);
        }
    });
}

/// What is missing before moving on from a step: what to say, and where the answer goes.
struct Missing {
    message: &'static str,
    /// The field that takes the focus (a CSS selector).
    field: &'static str,
}

/// What is missing before moving on from a step, if anything.
fn missing(lang: Lang, step: Step, draft: &Draft) -> Option<Missing> {
    let at = |field: &'static str| move |message: &'static str| Missing { message, field };
    let search = at(".guide input[type=search]");
    let radio = at(".guide input[type=radio]");
    let date = at(".guide input[type=date]");
    let earlier_points = at("#guide-earlier-points");
    let earlier_on = at("#guide-earlier-on");
    let regime = draft.regime_id().unwrap_or(RegimeId::Shanghai2025);
    let incident = asked(draft);
    match step {
        Step::Item if incident.is_none_or(|i| i.items.iter().all(|c| c.trim().is_empty())) => Some(
            search(lang.t("请先选择违规条目。", "Choose the item first.")),
        ),
        Step::Facts
            if regime == RegimeId::Shanghai2025
                && incident.is_some_and(|i| i.responsibility.is_empty()) =>
        {
            Some(radio(lang.t(
                "请先选择责任程度。",
                "Choose your responsibility first.",
            )))
        }
        Step::Dates => {
            let i = incident?;
            let notice_enough = uses(regime, Field::PendingDecision);
            let has = |s: &str| !s.trim().is_empty();
            if has(&i.decided_on) || (notice_enough && has(&i.notified_on)) {
                None
            } else if notice_enough {
                Some(date(lang.t(
                    "请填写收到告知的日期，或决定日期。",
                    "Give the date of the notice, or of the decision.",
                )))
            } else {
                Some(date(lang.t("请填写决定日期。", "Give the decision date.")))
            }
        }
        Step::Earlier => {
            let earlier = draft.incidents.iter().find(|i| by_points(i))?;
            let points = earlier.points.trim();
            let cap = earlier_cap(regime);
            match points.parse::<u32>() {
                Err(_) => Some(earlier_points(lang.t("此前的分值应为整数；没有就填 0。", "The earlier points are a whole number; 0 if none."))),
                Ok(0) => None,
                // (The step itself explains why, beside the field: this only stops here.)
                Ok(p) if p > cap => Some(earlier_points(lang.t(
                    "此前的分值超过这里能算的范围：请按上方说明在完整编辑器中填写。",
                    "The earlier points are more than this step can take: use the full editor, as explained above.",
                ))),
                Ok(_) => {
                    let Ok(on) = earlier.decided_on.trim().parse::<NaiveDate>() else {
                        return Some(earlier_on(lang.t(
                            "请填写最近一次决定的日期（大致即可）。",
                            "Give the date of the latest of those decisions (roughly is enough).",
                        )));
                    };
                    let this = incident.and_then(|i| {
                        [&i.decided_on, &i.notified_on]
                            .into_iter()
                            .find_map(|t| t.trim().parse::<NaiveDate>().ok())
                    });
                    this.is_some_and(|this| on > this).then(|| {
                        earlier_on(lang.t(
                            "此前记分的日期应早于本次的日期。",
                            "The earlier points must be dated before this incident.",
                        ))
                    })
                }
            }
        }
        _ => None,
    }
}

/// The largest earlier total the guide takes as one figure: below the first band whose
/// measure has dates of its own (暂停, 中止, 离岗培训, 解除). Above it, one figure would
/// also read as one incident (一次性记满), and the measure's start would follow a guessed
/// date; such a history belongs in the full editor, decision by decision.
fn earlier_cap(regime: RegimeId) -> u32 {
    regime
        .info()
        .bands
        .iter()
        .filter(|b| !matches!(b.duration, Duration::None))
        .map(|b| b.from.saturating_sub(1))
        .min()
        .unwrap_or(11)
}

/// The guided questions, at `step`.
///
/// The frame (the progress, the buttons) and the first question come with the app's
/// wasm: the first question is a phone's first screen. The other questions are in a part
/// of their own ([`later_question`]), fetched while the first is being answered
/// (DESIGN.md "Size").
#[component]
pub fn Guide(
    /// The step asked (1 = the regime).
    step: u8,
    /// Counts the 重试 presses that draw the page again (see `later`).
    redraw: RwSignal<u32>,
) -> impl IntoView {
    let Ctx {
        draft, lang, page, ..
    } = ctx();
    let lang = lang.get_untracked();
    let step = Step::of(step);
    let tried = RwSignal::new(false);
    // Whether the question is on screen: a later one may still be on its way, or have
    // failed to load, and 下一步 must not judge an answer to a question not yet seen.
    let shown = RwSignal::new(step == Step::Regime);
    let go = move |to: Step| {
        page.set(Page::Guide(to.number()));
    };
    let position = move || {
        draft.with(|d| {
            let list = steps(d);
            let at = list.iter().position(|s| *s == step).map_or(1, |p| p + 1);
            (at, list.len())
        })
    };
    let next = move |_| {
        if let Some(Missing { field, .. }) = draft.with_untracked(|d| missing(lang, step, d)) {
            tried.set(true);
            // The message is read out (role=alert); the focus goes where the answer is
            // missing, not left on 下一步.
            request_animation_frame(move || super::focus_first(field));
            return;
        }
        let list = draft.with_untracked(steps);
        let after = Step::ALL
            .iter()
            .skip_while(|s| **s != step)
            .skip(1)
            .find(|s| list.contains(s));
        if let Some(to) = after {
            go(*to);
        }
    };
    let back = move |_| {
        let list = draft.with_untracked(steps);
        let before = Step::ALL
            .iter()
            .rev()
            .skip_while(|s| **s != step)
            .skip(1)
            .find(|s| list.contains(s));
        match before {
            Some(to) => go(*to),
            None => page.set(Page::Calculator),
        }
    };
    let problem = move || {
        tried
            .get()
            .then(|| draft.with(|d| missing(lang, step, d)))
            .flatten()
            .map(|m| view! { <p class="note error" role="alert">{m.message}</p> })
    };
    // The new question's heading takes the focus, so that a screen reader reads it — but
    // not on a page just opened, whose first Tab must reach the skip link.
    // (Asked now: once a later question's part has arrived, the old page is gone and the
    // focus with it.)
    let focus = something_focused();
    let body = match step {
        Step::Regime => {
            super::result::mark_first_screen();
            if focus {
                super::incidents::focus_later("guide-question".into());
            }
            super::parts::fetch_guide_part();
            view! { <RegimeStep/> }.into_any()
        }
        later => super::parts::later(
            super::parts::Later::Guide {
                step: later.number(),
                focus,
                shown,
            },
            page,
            redraw,
        ),
    };
    let last = step == Step::Answer;
    // 上一步 from the first question would leave for the full editor, which the link
    // below already offers by name.
    let first = step == Step::Regime;
    view! {
        <super::keep::KeepNotices/>
        <section class="card guide" aria-labelledby="guide-question">
            <p class="guide-progress">
                {move || {
                    let (at, of) = position();
                    lang.pick(format!("第 {at} 步，共 {of} 步"), format!("Step {at} of {of}"))
                }}
            </p>
            {body}
            {problem}
            <div class="guide-nav">
                {move || (!last && shown.get()).then(|| view! {
                    <button type="button" class="primary" on:click=next>{lang.t("下一步", "Next")}</button>
                })}
                {(!first).then(|| view! {
                    <button type="button" class="secondary" on:click=back>{lang.t("上一步", "Back")}</button>
                })}
            </div>
            <p class="guide-out">
                <button type="button" class="link" on:click=move |_| page.set(Page::Calculator)>
                    {lang.t("改用完整编辑器", "Use the full editor instead")}
                </button>
            </p>
        </section>
    }
}

/// The question heading of a step.
#[component]
fn Question(
    /// The question.
    text: &'static str,
    /// A line under it.
    #[prop(optional, into)]
    hint: String,
) -> impl IntoView {
    view! {
        <h2 id="guide-question" tabindex="-1">{text}</h2>
        {(!hint.is_empty()).then(|| view! { <p class="hint">{hint}</p> })}
    }
}

/// Whether an element of the page (not its body) has the focus.
fn something_focused() -> bool {
    document()
        .active_element()
        .is_some_and(|e| e.tag_name() != "BODY")
}

/// A question after the first, at `step`, drawn by the guided questions' part of the
/// wasm: its heading takes the focus if `focus` (see [`Guide`]); `shown` is set once it
/// is drawn.
pub fn later_question(step: u8, focus: bool, shown: RwSignal<bool>) -> AnyView {
    super::result::mark_first_screen();
    // (The frame may have gone while the part was on its way: Back, another tab.)
    shown.try_set(true);
    // Not if the user has gone on to something else (the header, the full editor's
    // link) while the question was on its way.
    if focus && !something_focused() {
        super::incidents::focus_later("guide-question".into());
    }
    match Step::of(step) {
        Step::Regime => view! { <RegimeStep/> }.into_any(),
        Step::Item => view! { <ItemStep/> }.into_any(),
        Step::Facts => view! { <FactsStep/> }.into_any(),
        Step::Dates => view! { <DatesStep/> }.into_any(),
        Step::Earlier => view! { <EarlierStep/> }.into_any(),
        Step::Answer => view! { <AnswerStep/> }.into_any(),
    }
}

/// 1. The regime, the one in force today suggested.
#[component]
fn RegimeStep() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let today = computed.with_untracked(|c| c.today);
    let options = RegimeId::ALL
        .into_iter()
        .filter(|r| r.info().counting != Counting::Fines)
        .map(|regime| {
            let info = regime.info();
            let id = format!("guide-regime-{}", info.id);
            let for_id = id.clone();
            let dates = match info.in_force_until {
                Some(until) => format!("{} — {}", info.in_force_from, until),
                None => lang.pick(format!("{} 起施行", info.in_force_from), format!("in force from {}", info.in_force_from)),
            };
            let now = info.in_force_on(today).then(|| view! { " " <span class="badge">{lang.t("现行", "in force today")}</span> });
            view! {
                <label class="regime-card" for=for_id class:selected=move || draft.with(|d| d.regime == info.id)>
                    <input type="radio" id=id name="guide-regime" value=info.id
                        prop:checked=move || draft.with(|d| d.regime == info.id)
                        on:change=move |_| draft.update(|d| d.regime = info.id.to_string())/>
                    <span class="regime-text">
                        <span class="regime-doc">{info.document} {now}</span>
                        <span class="regime-title">{lang.pick(info.title.to_string(), info.title_en.to_string())}</span>
                        <span class="regime-meta">{dates}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <Question
            text=lang.t("您适用哪一份文件？", "Which document applies to you?")
            hint=lang.t(
                "看告知书或决定书引用的文件。上海：2025 年 3 月 31 日起的行为适用沪医保规〔2025〕3号，此前的适用〔2023〕4号。",
                "See the document your notice or decision cites. Shanghai: acts from 31 March 2025 fall under 沪医保规〔2025〕3号, earlier ones under 〔2023〕4号.",
            )
        />
        <fieldset class="regime-cards">
            <legend class="visually-hidden">{lang.t("记分制度", "Regime")}</legend>
            {options}
        </fieldset>
        // A physician elsewhere must not take these rules for theirs.
        <p class="hint">{lang.t(
            "本计算器只收录以上地方文件（沪2020 不记分，见完整编辑器）。告知书引用的是其他地区或国家层面的文件的，期限和档次可能不同，以该文件为准。",
            "Only the local documents above are included (沪2020 scores no points: see the full editor). If your notice cites another region's or a national document, its deadlines and bands may differ: that document prevails.",
        )}</p>
    }
}

/// 2. What happened: the item, searched as people cite it.
#[component]
fn ItemStep() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let regime = Signal::derive(move || {
        draft
            .with(|d| d.regime_id())
            .unwrap_or(RegimeId::Shanghai2025)
    });
    let chosen = Signal::derive(move || {
        draft.with(|d| {
            asked(d)
                .and_then(|i| i.items.first().cloned())
                .unwrap_or_default()
        })
    });
    let choose = Callback::new(move |code: String| {
        edit_asked(|i| {
            if i.items.is_empty() {
                i.items.push(String::new());
            }
            i.items[0] = code;
        })
    });
    let e = crate::exchange::search::examples(regime.get_untracked());
    let hint = lang.pick(
        format!(
            "输入告知书引用的条款（如 {}、{}），或用自己的话（如 {}）。",
            e.cite, e.code, e.words
        ),
        format!(
            "Type the article your notice cites (e.g. {}, {}), or say it in your words (e.g. {}).",
            e.cite,
            e.code,
            e.words.replace('、', ", ")
        ),
    );
    view! {
        <Question text=lang.t("发生了什么？", "What happened?") hint=hint/>
        <ItemPicker id="guide".into() regime chosen choose label=lang.t("违规条目", "Violated item") required=true/>
    }
}

/// 3. The facts that set the points: 沪2025 responsibility; 沪2023 性质恶劣 and fraud;
/// 温州 情节严重; 沪2020 情节严重 and the amount.
#[component]
fn FactsStep() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let regime = draft.with_untracked(|d| d.regime_id().unwrap_or(RegimeId::Shanghai2025));
    let flag = move |f: fn(&IncidentDraft) -> bool| {
        Signal::derive(move || draft.with(|d| asked(d).is_some_and(f)))
    };
    let set_flag = move |f: fn(&mut IncidentDraft, bool)| {
        Callback::new(move |v: bool| edit_asked(|i| f(i, v)))
    };
    match regime {
        RegimeId::Shanghai2025 => {
            let options = [
                ("general", lang.t("一般责任", "General"), lang.t("在职责范围内不履行或不正确履行职责，对负面情形的发生起配合作用", "failing in your duties, you played a supporting part")),
                ("important", lang.t("重要责任", "Important"), lang.t("起主动作用", "you played an active part")),
                ("primary", lang.t("主要责任", "Primary"), lang.t("起决定作用", "you played the deciding part")),
            ]
            .into_iter()
            .map(|(value, label, meaning)| {
                let id = format!("guide-responsibility-{value}");
                let for_id = id.clone();
                view! {
                    <label class="radio big" for=for_id>
                        <input type="radio" id=id name="guide-responsibility" value=value
                            prop:checked=move || draft.with(|d| asked(d).is_some_and(|i| i.responsibility == value))
                            on:change=move |_| edit_asked(|i| i.responsibility = value.to_string())/>
                        <span><strong>{label}</strong><br/><small>{meaning}</small></span>
                    </label>
                }
            })
            .collect_view();
            view! {
                <Question
                    text=lang.t("告知书认定您负什么责任？", "What responsibility does the notice find?")
                    hint=lang.t("第十二条：一般、重要、主要责任在同一档次内从低到高记分。", "Art. 12: general, important and primary responsibility take the tier's values from low to high.")
                />
                <fieldset class="radios stacked">
                    <legend class="visually-hidden">{lang.t("责任程度", "Responsibility")}</legend>
                    {options}
                </fieldset>
            }
            .into_any()
        }
        RegimeId::Shanghai2023 => view! {
            <Question text=lang.t("情节如何？", "How serious was it?") hint=lang.t("不适用的不勾选。", "Leave unticked what does not apply.")/>
            <Check id="guide-severe".into() label=lang.t("性质恶劣或造成医保基金损失严重", "Egregious, or a serious loss to the fund")
                checked=flag(|i| i.severe) set=set_flag(|i, v| i.severe = v)/>
            <Check id="guide-fraud".into() label=lang.t("以骗取医疗保障基金为目的，造成基金损失", "Done to defraud the fund, causing a loss")
                checked=flag(|i| i.fraud) set=set_flag(|i, v| i.fraud = v)/>
        }
        .into_any(),
        RegimeId::Wenzhou2014 => view! {
            <Question text=lang.t("情节如何？", "How serious was it?") hint=lang.t("不适用的不勾选。", "Leave unticked what does not apply.")/>
            <Check id="guide-serious".into() label=lang.t("违规情节严重（注销医保医师服务编码）", "Serious violation (service code cancelled)")
                checked=flag(|i| i.serious) set=set_flag(|i, v| i.serious = v)/>
        }
        .into_any(),
        _ => view! {
            <Question text=lang.t("情节如何？", "How serious was it?") hint=lang.t("不适用的不勾选。", "Leave unticked what does not apply.")/>
            <Check id="guide-severe".into() label=lang.t("情节严重", "Serious circumstances (情节严重)")
                checked=flag(|i| i.severe) set=set_flag(|i, v| i.severe = v)/>
        }
        .into_any(),
    }
}

/// 4. The dates: where the decision follows the notice, the notice alone is enough.
#[component]
fn DatesStep() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let regime = draft.with_untracked(|d| d.regime_id().unwrap_or(RegimeId::Shanghai2025));
    let text = move |f: fn(&IncidentDraft) -> String| {
        Signal::derive(move || draft.with(|d| asked(d).map(f).unwrap_or_default()))
    };
    let set = move |f: fn(&mut IncidentDraft, String)| {
        Callback::new(move |v: String| edit_asked(|i| f(i, v)))
    };
    let none = Signal::derive(Vec::<Note>::new);
    // As in the editor: a decision before its notice is most likely a date in the wrong
    // field, and would give an objection deadline after the decision.
    let order = Signal::derive(move || {
        draft.with(|d| {
            let dates = asked(d).map(|i| {
                (
                    i.decided_on.trim().parse::<NaiveDate>().ok(),
                    i.notified_on.trim().parse::<NaiveDate>().ok(),
                )
            });
            match dates {
                Some((Some(decided), Some(notified))) => {
                    super::incidents::date_order_note(lang, regime, decided, notified, None)
                        .map(|text| Note { error: false, text })
                        .into_iter()
                        .collect()
                }
                _ => Vec::new(),
            }
        })
    });
    if uses(regime, Field::PendingDecision) {
        let decided = Memo::new(move |_| {
            draft.with(|d| asked(d).is_some_and(|i| !i.decided_on.trim().is_empty()))
        });
        let has_decision = RwSignal::new(decided.get_untracked());
        view! {
            <Question
                text=lang.t("您收到了什么？", "What have you received?")
                hint=lang.t("只有告知书也能算：提出异议的期限和预计的决定日期随即算出。", "The notice alone is enough: the objection deadline and the expected decision follow from it.")
            />
            <fieldset class="radios stacked">
                <legend class="visually-hidden">{lang.t("收到的文书", "What you received")}</legend>
                <label class="radio big" for="guide-got-notice">
                    <input type="radio" id="guide-got-notice" name="guide-got" prop:checked=move || !has_decision.get()
                        on:change=move |_| { has_decision.set(false); edit_asked(|i| i.decided_on.clear()); }/>
                    <span>{lang.t("只收到记分告知（尚未作出最终决定）", "Only the notice of the proposed points (no final decision yet)")}</span>
                </label>
                <label class="radio big" for="guide-got-decision">
                    <input type="radio" id="guide-got-decision" name="guide-got" prop:checked=move || has_decision.get()
                        on:change=move |_| has_decision.set(true)/>
                    <span>{lang.t("已经收到最终决定", "The final decision too")}</span>
                </label>
            </fieldset>
            <Input id="guide-notified_on".into() label=lang.t("收到告知的日期", "Notice received on") kind="date"
                value=text(|i| i.notified_on.clone()) set=set(|i, v| i.notified_on = v) notes=none/>
            {move || has_decision.get().then(|| view! {
                <Input id="guide-decided_on".into() label=lang.t("最终决定的日期", "Decision made on") kind="date"
                    value=text(|i| i.decided_on.clone()) set=set(|i, v| i.decided_on = v) notes=order/>
            })}
        }
        .into_any()
    } else {
        view! {
            <Question
                text=lang.t("决定是哪天作出的？", "When was the decision made?")
                hint=lang.t("扣分处理决定的日期；收到书面通知的日期用于计算提出异议的期限。尚未作出决定的，可填一个设想的日期，看决定后会怎样。", "The day of the deduction decision; the day you received the written notice starts the objection period. No decision yet? Enter a date you suppose, to see what would follow.")
            />
            <Input id="guide-decided_on".into() label=lang.t("扣分处理决定日期", "Decision made on") kind="date" required=true
                value=text(|i| i.decided_on.clone()) set=set(|i, v| i.decided_on = v) notes=order/>
            <Input id="guide-notified_on".into() label=lang.t("收到书面通知的日期（可不填）", "Written notice received on (optional)") kind="date"
                value=text(|i| i.notified_on.clone()) set=set(|i, v| i.notified_on = v) notes=none/>
        }
        .into_any()
    }
}

/// 5. Earlier points this period, by their points alone.
#[component]
fn EarlierStep() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let deducted = draft.with_untracked(|d| {
        d.regime_id()
            .is_some_and(|r| r.info().counting == Counting::PointsDeducted)
    });
    let earlier = move |d: &Draft| d.incidents.iter().find(|i| by_points(i)).cloned();
    // The year of the incident asked about (its decision, else its notice), for the hint
    // and the date suggested.
    let year = move || {
        draft.with(|d| {
            asked(d)
                .and_then(|i| {
                    [&i.decided_on, &i.notified_on]
                        .into_iter()
                        .find_map(|t| t.trim().parse::<NaiveDate>().ok())
                })
                .map(|d| d.year())
        })
    };
    let points =
        RwSignal::new(draft.with_untracked(|d| earlier(d).map(|i| i.points).unwrap_or_default()));
    let on = RwSignal::new(
        draft.with_untracked(|d| earlier(d).map(|i| i.decided_on).unwrap_or_default()),
    );
    let regime = draft.with_untracked(|d| d.regime_id().unwrap_or(RegimeId::Shanghai2025));
    let cap = earlier_cap(regime);
    // Keeps one incident given by its points, or none when the answer is 0.
    let store = move || {
        let p = points.get_untracked().trim().to_string();
        let date = on.get_untracked();
        draft.update(|d| {
            let none = p.is_empty() || p == "0";
            if none {
                d.incidents.retain(|i| !by_points(i));
                return;
            }
            if let Some(i) = d.incidents.iter_mut().find(|i| by_points(i)) {
                i.points = p;
                i.decided_on = date;
            } else {
                let key = d.take_key();
                let id = d.fresh_id();
                // Before the incident asked about, so that the case reads in date order.
                d.incidents.insert(
                    0,
                    IncidentDraft {
                        key,
                        id,
                        items: vec![String::new()],
                        points: p,
                        decided_on: date,
                        note: "此前记分".into(),
                        ..IncidentDraft::default()
                    },
                );
            }
        });
    };
    let none = Signal::derive(Vec::<Note>::new);
    let over = move || points.get().trim().parse::<u32>().is_ok_and(|p| p > cap);
    let page = ctx().page;
    // Under 自然年度, earlier points of another year do not add up with this one.
    let other_year = move || {
        let this = year()?;
        let then = on.get().trim().parse::<NaiveDate>().ok()?.year();
        (regime.info().period == PeriodKind::NaturalYear && then != this).then_some((then, this))
    };
    let points_hint = lang.pick(
        format!("不记得条目也没关系：填分值即可；没有就填 0。这里最多填 {cap} 分。"),
        format!(
            "No need to remember the item: the points are enough; 0 if none. Up to {cap} here."
        ),
    );
    view! {
        <Question
            text=if deducted { lang.t("本记分周期此前已被扣几分？", "How many points were deducted earlier this period?") } else { lang.t("今年此前已被记几分？", "How many points were you given earlier this year?") }
        />
        <Input id="guide-earlier-points".into() label=lang.t("此前的分值", "Earlier points") kind="number"
            value=Signal::derive(move || points.get()) set=Callback::new(move |v: String| { points.set(v); store(); }) notes=none
            hint=Signal::derive(move || points_hint.clone())/>
        {move || over().then(|| view! {
            <div class="note warning" role="status">
                <p>{lang.t(
                    "此前的分值已达到离岗培训、暂停、中止或解除的档次：那次处理有自己的起止日期，一个总数算不出来。请在完整编辑器中逐次填写每次决定的日期和分值。",
                    "Earlier points at this level already brought off-duty training, a suspension or a termination, with dates of its own that one total cannot give. Enter each earlier decision, with its date and points, in the full editor.",
                )}</p>
                <button type="button" class="secondary" on:click=move |_| page.set(Page::Calculator)>
                    {lang.t("在完整编辑器中填写", "Enter them in the full editor")}
                </button>
            </div>
        })}
        {move || (!over() && points.get().trim().parse::<u32>().is_ok_and(|p| p > 0)).then(|| view! {
            <Input id="guide-earlier-on".into() label=lang.t("最近一次决定的日期", "Date of the latest of those decisions") kind="date" required=true
                value=Signal::derive(move || on.get()) set=Callback::new(move |v: String| { on.set(v); store(); }) notes=none
                hint=Signal::derive(move || lang.t("记不清可填大致日期：只要与本次在同一记分周期、早于本次决定，结果不变。", "A rough date will do: within the same period as this decision, and before it, the result is the same.").to_string())/>
        })}
        {move || other_year().map(|(then, this)| view! {
            <p class="note warning" role="status">{lang.pick(
                format!("{then} 年的记分不与 {this} 年的累计（自然年度）：请确认日期。"),
                format!("Points of {then} do not add up with {this} (calendar years): check the date."),
            )}</p>
        })}
    }
}

/// 6. The answer, and each answer given, with a way back to it.
#[component]
fn AnswerStep() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        page,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let answer = move || {
        let c = computed.get();
        match c.outcome {
            Ok(result) if !result.incidents.is_empty() => view! {
                <super::answer::Answer result=result.clone() regime=c.regime today=c.today
                    waiting=draft.with(|d| d.waiting(c.regime))/>
                <super::result::Warnings result regime=c.regime/>
            }
            .into_any(),
            Ok(_) => view! {
                <p class="note info">{lang.t("还缺少信息：请检查下面的回答。", "Something is still missing: check the answers below.")}</p>
            }
            .into_any(),
            Err(e) => view! {
                <p class="note error">{super::i18n::error_text(lang, &e)}</p>
            }
            .into_any(),
        }
    };
    let summary = move || {
        draft.with(|d| {
            let regime = d.regime_id().unwrap_or(RegimeId::Shanghai2025);
            let info = regime.info();
            let i = asked(d).cloned().unwrap_or_default();
            let item = i.items.first().cloned().unwrap_or_default();
            let facts = match regime {
                RegimeId::Shanghai2025 => match i.responsibility.as_str() {
                    "general" => lang.t("一般责任", "general responsibility"),
                    "important" => lang.t("重要责任", "important responsibility"),
                    "primary" => lang.t("主要责任", "primary responsibility"),
                    _ => "",
                }
                .to_string(),
                _ => {
                    let ticked: Vec<&str> = [
                        (i.severe && regime == RegimeId::Shanghai2023, lang.t("性质恶劣或基金损失严重", "egregious or a serious loss")),
                        (i.fraud, lang.t("以骗取基金为目的", "to defraud the fund")),
                        (i.serious, lang.t("违规情节严重", "serious violation")),
                        (i.severe && regime != RegimeId::Shanghai2023, lang.t("情节严重", "serious circumstances")),
                    ]
                    .into_iter()
                    .filter_map(|(on, words)| on.then_some(words))
                    .collect();
                    if ticked.is_empty() {
                        lang.t("均不适用", "none apply").to_string()
                    } else {
                        ticked.join(lang.t("；", "; "))
                    }
                }
            };
            let dates = match (i.notified_on.trim(), i.decided_on.trim()) {
                ("", d) => lang.pick(format!("决定 {d}"), format!("decided {d}")),
                (n, "") => lang.pick(format!("收到告知 {n}，尚未决定"), format!("notice {n}, no decision yet")),
                (n, d) => lang.pick(format!("收到告知 {n}，决定 {d}"), format!("notice {n}, decided {d}")),
            };
            let earlier = d
                .incidents
                .iter()
                .find(|i| by_points(i))
                .map(|e| lang.pick(format!("{} 分（{}）", e.points, e.decided_on), format!("{} ({})", e.points, e.decided_on)))
                .unwrap_or_else(|| lang.t("无", "none").to_string());
            let mut rows = vec![
                (lang.t("文件", "Document"), info.document.to_string(), Step::Regime),
                (lang.t("条目", "Item"), item, Step::Item),
            ];
            if has_facts(regime, Some(&i)) {
                rows.push((lang.t("情节", "Facts"), facts, Step::Facts));
            }
            rows.push((lang.t("日期", "Dates"), dates, Step::Dates));
            if info.counting != Counting::Fines {
                rows.push((lang.t("此前记分", "Earlier points"), earlier, Step::Earlier));
            }
            rows.into_iter()
                .map(|(label, value, step)| {
                    let edit_label = lang.pick(format!("修改{label}"), format!("Change the {}", label.to_lowercase()));
                    view! {
                        <div class="guide-summary-row">
                            <dt>{label}</dt>
                            <dd>{value} " " <button type="button" class="link" aria-label=edit_label on:click=move |_| page.set(Page::Guide(step.number()))>{lang.t("修改", "Change")}</button></dd>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Question text=lang.t("根据您的回答", "From your answers")/>
        {answer}
        <h3>{lang.t("您的回答", "Your answers")}</h3>
        <dl class="guide-summary">{summary}</dl>
        <button type="button" class="primary" on:click=move |_| page.set(Page::Calculator)>
            {lang.t("查看全部期限和时间线", "See every deadline and the timeline")}
        </button>
    }
}
