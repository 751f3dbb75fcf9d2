//! The phone's bottom bar: on a phone the answer is at the top and the case below it, so
//! a bar at the bottom keeps the standing in sight while the case is edited, and leads
//! back up to the answer. Its words are a plain function of the result ([`bar_words`]).

use leptos::prelude::*;

use crate::app::i18n::lang;
use crate::app::{ctx, Ctx, Page};
use crate::scoring::outcome::{Evaluation, SanctionKind, Status};
use crate::scoring::regimes::RegimeInfo;
use crate::scoring::text::Text;
use crate::scoring::{words, CaseError, State};

/// Where the decisions still to come lead, as the bar says it after today's standing:
/// the standing they bring, in short (决定后暂停); back to normal, or no change of
/// standing, the total once decided (决定后累计 9 分), since "决定后正常" would read as if
/// the decision ended the measure; nothing without a total.
pub fn outlook_words(info: &RegimeInfo, now: &Status, then: &Status) -> Option<Text> {
    if then.state != now.state && then.state != State::Normal {
        // (Short: the bar has two lines at most on a phone.)
        let short = match then.state {
            State::Suspended => words::sanction_short(info, SanctionKind::Suspension),
            State::Terminated => words::sanction_short(info, SanctionKind::Termination),
            State::Training => words::sanction(info, SanctionKind::Training),
            other => words::state(info, other),
        };
        return Some(Text::new(
            format!("决定后{}", short.zh),
            format!("once decided: {}", short.en),
        ));
    }
    match (then.total, then.remaining) {
        (Some(total), Some(_)) => Some(Text::new(
            format!("决定后已扣 {total} 分"),
            format!("{total} points deducted once decided"),
        )),
        (Some(total), None) => Some(Text::new(
            format!("决定后累计 {total} 分"),
            format!("{} once decided", words::points(total).en),
        )),
        _ => None,
    }
}

/// The bar's words: today's standing, where a decision to come leads ([`outlook_words`])
/// or today's total, and how many incidents are left out for want of a field (else
/// "see the result").
pub fn bar_words(
    info: &RegimeInfo,
    outcome: &Result<Evaluation, CaseError>,
    waiting: usize,
) -> Text {
    // Incidents still missing their item or date are left out: say so here, where a
    // phone user looks, not only in the result far below.
    let tail = if waiting > 0 {
        Text::new(
            format!("{waiting} 个事件未计入"),
            format!("{waiting} not included"),
        )
    } else {
        Text::fixed("查看结果", "see the result")
    };
    let r = match outcome {
        Err(_) => return Text::fixed("暂时无法计算 · 查看提示", "Cannot compute yet · see why"),
        Ok(r) => r,
    };
    let state = words::state(info, r.status.state);
    // A notice not yet decided: today's total (often 0 on a first visit) would reassure
    // wrongly; the bar says where the decision leads, as the answer does.
    if let Some(o) = &r.outlook {
        return match outlook_words(info, &r.status, &o.status) {
            Some(after) => Text::new(
                format!("{} · {} · {}", state.zh, after.zh, tail.zh),
                format!("{} · {} · {}", state.en, after.en, tail.en),
            ),
            None => Text::new(
                format!("{} · {}", state.zh, tail.zh),
                format!("{} · {}", state.en, tail.en),
            ),
        };
    }
    // "0 分" alone reads as "my entries were not counted" when they were in an earlier
    // year: name the year (agreement years are too long for the bar).
    let (year_zh, year_en) = match r.status.period.as_deref() {
        Some(p) if p.len() == 4 => (format!("{p} 年"), format!(" in {p}")),
        _ => (String::new(), String::new()),
    };
    match r.status.total {
        Some(total) if r.status.remaining.is_some() => Text::new(
            format!("{} · {year_zh}已扣 {total} 分 · {}", state.zh, tail.zh),
            format!("{} · {total} deducted{year_en} · {}", state.en, tail.en),
        ),
        Some(total) => Text::new(
            format!(
                "{} · {year_zh}{}{total} 分 · {}",
                state.zh,
                if year_zh.is_empty() { "" } else { "累计 " },
                tail.zh
            ),
            format!("{} · {total} points{year_en} · {}", state.en, tail.en),
        ),
        None => Text::new(
            format!("{} · {}", state.zh, tail.zh),
            format!("{} · {}", state.en, tail.en),
        ),
    }
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
        page,
        ..
    } = ctx();
    let lang = lang();
    let text = move || {
        let info = computed.with(|c| c.regime).info();
        let waiting = draft.with(|d| d.waiting(computed.with(|c| c.regime)));
        let words = computed.with(|c| bar_words(info, &c.outcome, waiting));
        words.get(lang.get()).to_string()
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
        crate::app::incidents::focus_at_top_later("result".into());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{self, RegimeId};
    use serde_json::{json, Value};

    fn evaluate(case: Value) -> Result<Evaluation, CaseError> {
        let today = case["as_of"].as_str().unwrap().parse().unwrap();
        scoring::evaluate(&case, today)
    }

    fn info(id: &str) -> &'static RegimeInfo {
        RegimeId::parse(id).unwrap().info()
    }

    fn status(state: State, total: Option<u32>, remaining: Option<u32>) -> Status {
        Status {
            state,
            period: total.map(|_| "2026".to_string()),
            total,
            remaining,
            next: None,
            measure: None,
            awaiting: None,
            awaiting_since: None,
            exam_format: None,
        }
    }

    /// The physician of issue 12: 3 points this year, a notice of 13.2 just received.
    fn physician() -> Value {
        json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]})
    }

    #[test]
    fn a_notice_that_leads_to_a_suspension_says_so_not_todays_total() {
        let outcome = evaluate(physician());
        let words = bar_words(info("shanghai-2025"), &outcome, 0);
        assert_eq!(words.zh, "医保支付资格正常 · 决定后暂停 · 查看结果");
        assert_eq!(
            words.en,
            "Payment eligibility in good standing · once decided: suspended · see the result"
        );
        assert!(!words.zh.contains("累计 3 分"), "{}", words.zh);
    }

    #[test]
    fn a_decision_that_changes_no_standing_gives_the_total_once_decided() {
        // 3 points and a notice of 1 more: still normal once decided.
        let outcome = evaluate(json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.1.1", "responsibility": "general", "notified_on": "2026-11-25"}]}))
        .unwrap();
        let o = outcome.outlook.as_ref().expect("an outlook");
        assert_eq!(o.status.state, State::Normal);
        let total = o.status.total.unwrap();
        let after = outlook_words(info("shanghai-2025"), &outcome.status, &o.status).unwrap();
        assert_eq!(after.zh, format!("决定后累计 {total} 分"));
        assert_eq!(after.en, format!("{total} points once decided"));
    }

    #[test]
    fn back_to_normal_the_bar_gives_the_total_not_normal_once_decided() {
        // Suspended today; a decision to come whose standing, once made, is normal again
        // (the suspension has ended by then): the bar gives the total, never 决定后正常.
        let info = info("shanghai-2025");
        let now = status(State::Suspended, Some(12), None);
        let then = status(State::Normal, Some(4), None);
        let after = outlook_words(info, &now, &then).unwrap();
        assert_eq!(after.zh, "决定后累计 4 分");
        assert_eq!(after.en, "4 points once decided");
        assert!(!after.zh.contains("正常"));
        // Points deducted (济宁): the same, as deducted.
        let then = status(State::Normal, Some(4), Some(8));
        let after = outlook_words(self::info("jining-2024"), &now, &then).unwrap();
        assert_eq!(after.zh, "决定后已扣 4 分");
        assert_eq!(after.en, "4 points deducted once decided");
        // No total (沪2020): nothing after the standing.
        let then = status(State::Normal, None, None);
        assert_eq!(outlook_words(info, &now, &then), None);
    }

    #[test]
    fn the_standing_once_decided_is_said_short_in_the_regimes_words() {
        let now = status(State::Normal, Some(3), None);
        for (id, state, zh, en) in [
            (
                "wenzhou-2014",
                State::Suspended,
                "决定后中止",
                "once decided: suspended",
            ),
            (
                "jining-2024",
                State::Terminated,
                "决定后解除",
                "once decided: terminated",
            ),
            (
                "shanghai-2025",
                State::Training,
                "决定后离岗培训",
                "once decided: off-duty training",
            ),
        ] {
            let then = status(state, Some(9), None);
            let after = outlook_words(info(id), &now, &then).unwrap();
            assert_eq!((after.zh.as_ref(), after.en.as_ref()), (zh, en), "{id}");
        }
    }

    #[test]
    fn without_an_outlook_the_bar_names_the_year_of_its_total() {
        let outcome = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "general"}]}),
        );
        let words = bar_words(info("shanghai-2025"), &outcome, 2);
        assert_eq!(
            words.zh,
            "医保支付资格正常 · 2025 年累计 4 分 · 2 个事件未计入"
        );
        assert_eq!(
            words.en,
            "Payment eligibility in good standing · 4 points in 2025 · 2 not included"
        );
        let deducted = evaluate(
            json!({"regime": "jining-2024", "as_of": "2026-11-28", "incidents": [
            {"id": "a", "item": "4.1.2", "decided_on": "2026-09-01"}]}),
        );
        let words = bar_words(info("jining-2024"), &deducted, 0);
        assert!(
            words.zh.ends_with(" · 2026 年已扣 1 分 · 查看结果"),
            "{}",
            words.zh
        );
        assert!(
            words.en.contains(" · 1 deducted in 2026 · "),
            "{}",
            words.en
        );
    }

    #[test]
    fn a_case_that_cannot_be_computed_says_why_is_below() {
        let outcome = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2025-06-01", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "points": 40}]}),
        );
        assert!(outcome.is_err());
        let words = bar_words(info("shanghai-2025"), &outcome, 0);
        assert_eq!(words.zh, "暂时无法计算 · 查看提示");
    }
}
