//! The guided first visit: one question per screen, as GOV.UK's calculators ask them —
//! the regime, what happened, the facts that set the points, the dates, earlier points —
//! then the answer, each answer editable from it. Every step is a history entry
//! (`#guide/3`), so the browser's Back goes to the previous question. The answers are the
//! case itself: the full editor shows the same case afterwards.
//!
//! - here: the steps, what each needs before moving on, and the frame ([`Guide`]);
//! - `questions`: the regime (the first screen), the item, the facts and the dates;
//! - `earlier`: the earlier points of the period;
//! - `answer`: the answer, and the answers given.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{say, say_with, tr};
use super::{ctx, Ctx, Page};
use crate::exchange::draft::{Draft, Field, IncidentDraft};
use crate::scoring::regimes::{Counting, Duration, RegimeInfo};
use crate::scoring::{ItemValue, RegimeId, Text};

mod answer;
mod earlier;
mod questions;

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

/// The regime of the case the guide asks about (the first one for an unknown id).
fn info_of(draft: &Draft) -> &'static RegimeInfo {
    draft.regime_id().unwrap_or(RegimeId::FIRST).info()
}

/// The incident the guide asks about: the first one not given by its points alone.
fn asked(draft: &Draft) -> Option<&IncidentDraft> {
    draft.incidents.iter().find(|i| !i.by_points())
}

/// The facts that raise an act's points or penalty, where a regime has them (boxes).
const FACTS: [Field; 3] = [Field::Severe, Field::Fraud, Field::Serious];

/// Whether the regime asks anything about the facts of this item: the boxes it uses, or
/// the responsibility for a tiered item (before an item is chosen, a regime that scores
/// by responsibility is taken to ask: most of its items are tiered).
fn has_facts(info: &RegimeInfo, incident: Option<&IncidentDraft>) -> bool {
    if FACTS.into_iter().any(|f| info.uses(f)) {
        return true;
    }
    if !info.uses(Field::Responsibility) {
        return false;
    }
    let tiered = incident.is_some_and(|i| {
        i.items.iter().any(|c| {
            matches!(
                info.item(c).map(|it| it.value),
                Some(ItemValue::Tier { .. })
            )
        })
    });
    let chosen = incident.is_some_and(|i| i.items.iter().any(|c| !c.trim().is_empty()));
    tiered || !chosen
}

/// The steps that apply to the case as it stands.
fn steps(draft: &Draft) -> Vec<Step> {
    let info = info_of(draft);
    Step::ALL
        .into_iter()
        .filter(|s| match s {
            Step::Facts => has_facts(info, asked(draft)),
            Step::Earlier => info.counting != Counting::Fines,
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
        if let Some(i) = d.incidents.iter_mut().find(|i| !i.by_points()) {
            f(i);
        }
    });
}

/// What is missing before moving on from a step: what to say, and where the answer goes.
#[derive(Debug, PartialEq)]
struct Missing {
    message: Text,
    /// The field that takes the focus (a CSS selector).
    field: &'static str,
}

/// What is missing before moving on from a step, if anything. `decision_said`: the
/// person answered that the final decision has come too (so its date is needed, not
/// only the notice's).
fn missing(step: Step, draft: &Draft, decision_said: bool) -> Option<Missing> {
    let at = |field: &'static str| move |message: Text| Missing { message, field };
    let search = at(".guide input[type=search]");
    let radio = at(".guide input[type=radio]");
    let date = at(".guide input[type=date]");
    let earlier_points = at("#guide-earlier-points");
    let earlier_on = at("#guide-earlier-on");
    let info = info_of(draft);
    let incident = asked(draft);
    match step {
        Step::Item if incident.is_none_or(|i| i.items.iter().all(|c| c.trim().is_empty())) => Some(
            search(Text::fixed("请先选择违规条目。", "Choose the item first.")),
        ),
        Step::Facts
            if info.uses(Field::Responsibility)
                && incident.is_some_and(|i| i.responsibility.is_empty()) =>
        {
            Some(radio(Text::fixed(
                "请先选择责任程度。",
                "Choose your responsibility first.",
            )))
        }
        Step::Dates => {
            let i = incident?;
            let notice_enough = info.pending_decisions();
            let has = |s: &str| !s.trim().is_empty();
            if has(&i.decided_on) || (notice_enough && !decision_said && has(&i.notified_on)) {
                None
            } else if notice_enough && decision_said {
                Some(at("#guide-decided_on")(Text::fixed(
                    "您已收到最终决定：请填写决定的日期。",
                    "You have the final decision: give its date.",
                )))
            } else if notice_enough {
                Some(date(Text::fixed(
                    "请填写收到告知的日期，或决定日期。",
                    "Give the date of the notice, or of the decision.",
                )))
            } else {
                Some(date(Text::fixed(
                    "请填写决定日期。",
                    "Give the decision date.",
                )))
            }
        }
        Step::Earlier => {
            let earlier = draft.incidents.iter().find(|i| i.by_points())?;
            let cap = earlier_cap(info);
            match earlier::read_points(&earlier.points) {
                Err(earlier::PointsFault::NotWhole) => Some(earlier_points(Text::fixed(
                    "此前的分值应为整数；没有就填 0。",
                    "The earlier points are a whole number; 0 if none.",
                ))),
                Err(earlier::PointsFault::Negative) => Some(earlier_points(Text::fixed(
                    "此前的分值不能小于 0；没有就填 0。",
                    "The earlier points cannot be below 0; 0 if none.",
                ))),
                Ok(0) => None,
                // (The step itself explains why, beside the field: this only stops here.)
                Ok(p) if p > cap => Some(earlier_points(Text::fixed(
                    "此前的分值超过这里能算的范围：请按上方说明在完整编辑器中填写。",
                    "The earlier points are more than this step can take: use the full editor, as explained above.",
                ))),
                Ok(_) => {
                    let Some(on) = crate::calendar::parse_day(&earlier.decided_on) else {
                        return Some(earlier_on(Text::fixed(
                            "请填写最近一次决定的日期（大致即可）。",
                            "Give the date of the latest of those decisions (roughly is enough).",
                        )));
                    };
                    let this = incident.and_then(asked_day);
                    this.is_some_and(|this| on > this).then(|| {
                        earlier_on(Text::fixed(
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

/// The day of the incident asked about: its decision's, else its notice's.
fn asked_day(incident: &IncidentDraft) -> Option<NaiveDate> {
    [&incident.decided_on, &incident.notified_on]
        .into_iter()
        .find_map(|t| crate::calendar::parse_day(t))
}

/// The largest earlier total the guide takes as one figure: below the first band whose
/// measure has dates of its own (暂停, 中止, 离岗培训, 解除). Above it, one figure would
/// also read as one incident (一次性记满), and the measure's start would follow a guessed
/// date; such a history belongs in the full editor, decision by decision.
fn earlier_cap(info: &RegimeInfo) -> u32 {
    info.bands
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
    let Ctx { draft, page, .. } = ctx();
    let step = Step::of(step);
    let tried = RwSignal::new(false);
    // Whether the question is on screen: a later one may still be on its way, or have
    // failed to load, and 下一步 must not judge an answer to a question not yet seen.
    let shown = RwSignal::new(step == Step::Regime);
    // "The final decision too" at the dates: then its date is needed to go on.
    let decision_said = RwSignal::new(
        draft.with_untracked(|d| asked(d).is_some_and(|i| !i.decided_on.trim().is_empty())),
    );
    let go = move |to: Step| {
        page.set(Page::Guide(to.number()));
    };
    let position = say_with(move || {
        draft.with(|d| {
            let list = steps(d);
            let at = list.iter().position(|s| *s == step).map_or(1, |p| p + 1);
            let of = list.len();
            Text::new(
                format!("第 {at} 步，共 {of} 步"),
                format!("Step {at} of {of}"),
            )
        })
    });
    let next = move |_| {
        if let Some(Missing { field, .. }) =
            draft.with_untracked(|d| missing(step, d, decision_said.get_untracked()))
        {
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
            .then(|| draft.with(|d| missing(step, d, decision_said.get())))
            .flatten()
            .map(|m| view! { <p class="note error" role="alert">{say(m.message)}</p> })
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
            view! { <questions::RegimeStep/> }.into_any()
        }
        later => super::parts::later(
            super::parts::Later::Guide {
                step: later.number(),
                focus,
                shown,
                decision_said,
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
            <p class="guide-progress">{position}</p>
            {body}
            {problem}
            <div class="guide-nav">
                {move || (!last && shown.get()).then(|| view! {
                    <button type="button" class="primary" on:click=next>{tr("下一步", "Next")}</button>
                })}
                {(!first).then(|| view! {
                    <button type="button" class="secondary" on:click=back>{tr("上一步", "Back")}</button>
                })}
            </div>
            <p class="guide-out">
                <button type="button" class="link" on:click=move |_| page.set(Page::Calculator)>
                    {tr("改用完整编辑器", "Use the full editor instead")}
                </button>
            </p>
        </section>
    }
}

/// The question heading of a step.
#[component]
fn Question(
    /// The question.
    #[prop(into)]
    text: TextProp,
    /// A line under it.
    #[prop(optional, into)]
    hint: Option<TextProp>,
) -> impl IntoView {
    view! {
        <h2 id="guide-question" tabindex="-1">{move || text.get().to_string()}</h2>
        {hint.map(|hint| view! { <p class="hint">{move || hint.get().to_string()}</p> })}
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
pub fn later_question(
    step: u8,
    focus: bool,
    shown: RwSignal<bool>,
    decision_said: RwSignal<bool>,
) -> AnyView {
    super::result::mark_first_screen();
    // (The frame may have gone while the part was on its way: Back, another tab.)
    shown.try_set(true);
    // Not if the user has gone on to something else (the header, the full editor's
    // link) while the question was on its way.
    if focus && !something_focused() {
        super::incidents::focus_later("guide-question".into());
    }
    match Step::of(step) {
        Step::Regime => view! { <questions::RegimeStep/> }.into_any(),
        Step::Item => view! { <questions::ItemStep/> }.into_any(),
        Step::Facts => view! { <questions::FactsStep/> }.into_any(),
        Step::Dates => view! { <questions::DatesStep decision_said/> }.into_any(),
        Step::Earlier => view! { <earlier::EarlierStep/> }.into_any(),
        Step::Answer => view! { <answer::AnswerStep/> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(regime: &str, incidents: Vec<IncidentDraft>) -> Draft {
        Draft {
            regime: regime.into(),
            incidents,
            ..Draft::default()
        }
    }

    fn incident(item: &str) -> IncidentDraft {
        IncidentDraft {
            items: vec![item.into()],
            ..IncidentDraft::default()
        }
    }

    /// The facts are asked where the regime has them: 沪2025 for a tiered item (and
    /// before one is chosen), 沪2023 and 温州 always, 济宁 never; the earlier points
    /// wherever points are counted.
    #[test]
    fn the_steps_follow_the_regime_and_the_item() {
        let numbers = |d: &Draft| steps(d).into_iter().map(Step::number).collect::<Vec<_>>();
        assert_eq!(numbers(&draft("shanghai-2025", vec![])), [1, 2, 3, 4, 5, 6]);
        assert_eq!(
            numbers(&draft("shanghai-2025", vec![incident("13.5.1")])),
            [1, 2, 4, 5, 6],
            "13.5.1 has a fixed value"
        );
        assert_eq!(
            numbers(&draft("shanghai-2025", vec![incident("13.2")])),
            [1, 2, 3, 4, 5, 6]
        );
        assert_eq!(numbers(&draft("jining-2024", vec![])), [1, 2, 4, 5, 6]);
        assert_eq!(numbers(&draft("wenzhou-2014", vec![])), [1, 2, 3, 4, 5, 6]);
        assert_eq!(numbers(&draft("shanghai-2020", vec![])), [1, 2, 3, 4, 6]);
    }

    #[test]
    fn a_step_says_what_it_still_needs_and_where() {
        let sh2025 = draft("shanghai-2025", vec![incident("13.2")]);
        let facts = missing(Step::Facts, &sh2025, false);
        assert_eq!(
            facts.as_ref().map(|m| m.field),
            Some(".guide input[type=radio]")
        );
        assert_eq!(
            facts.map(|m| m.message.en.to_string()).as_deref(),
            Some("Choose your responsibility first.")
        );
        let dates = missing(Step::Dates, &sh2025, false).map(|m| m.message.zh.to_string());
        assert_eq!(dates.as_deref(), Some("请填写收到告知的日期，或决定日期。"));
        // The notice alone goes on, unless the person said the decision has come too.
        let mut noticed = sh2025.clone();
        noticed.incidents[0].notified_on = "2025-03-03".into();
        assert_eq!(missing(Step::Dates, &noticed, false), None);
        assert_eq!(
            missing(Step::Dates, &noticed, true).map(|m| m.field),
            Some("#guide-decided_on")
        );
        let jining = draft("jining-2024", vec![incident("4.1.1")]);
        let dates = missing(Step::Dates, &jining, false).map(|m| m.message.zh.to_string());
        assert_eq!(dates.as_deref(), Some("请填写决定日期。"));
        assert_eq!(missing(Step::Facts, &jining, false), None);
        let mut earlier = jining.clone();
        earlier.incidents.push(IncidentDraft {
            points: "20".into(),
            items: vec![String::new()],
            ..IncidentDraft::default()
        });
        assert_eq!(
            missing(Step::Earlier, &earlier, false).map(|m| m.field),
            Some("#guide-earlier-points")
        );
    }

    #[test]
    fn the_earlier_points_stop_below_the_first_measure_with_dates() {
        let cap = |id| earlier_cap(RegimeId::parse(id).unwrap().info());
        assert_eq!(cap("shanghai-2025"), 8);
        assert_eq!(cap("shanghai-2023"), 8);
    }
}
