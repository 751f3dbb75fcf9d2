//! Every deadline with its weekday, who acts by it and what it is about; where there is
//! none yet, what would bring one.

use leptos::prelude::*;

use crate::app::i18n::{say, tr};
use crate::app::law::Cite;
use crate::scoring::case::Field;
use crate::scoring::outcome::{Deadline, Evaluation};
use crate::scoring::regimes::RegimeInfo;
use crate::scoring::text::Text;
use crate::scoring::words;
use crate::scoring::RegimeId;

/// What a deadline is about: its incident (named by `name`, as the form names it) or the
/// measure it follows; empty otherwise.
pub fn whose(d: &Deadline, name: impl Fn(&str) -> Text) -> Text {
    match (&d.incident, d.sanction) {
        (Some(id), _) => name(id),
        (_, Some(i)) => Text::new(format!("第 {} 项处理", i + 1), format!("measure {}", i + 1)),
        _ => Text::default(),
    }
}

/// Before any deadline: what would bring one, in the regime's own terms (only what this
/// regime sets: 沪2020 sets no objection period, and only some regimes a request to
/// resume).
pub fn no_deadline_yet(info: &RegimeInfo) -> Text {
    let terms = &info.terms;
    let has_objection = info.objection_rule().is_some();
    let has_resumption = info.uses(Field::ResumptionRequests);
    match (has_objection, has_resumption) {
        (true, true) => Text::new(
            format!("填写收到{}的日期，即可算出提出{}的期限；{}会带出提出{}的期限。", terms.notice.zh, terms.objection.zh, terms.suspension.zh, terms.resumption.zh),
            format!("Enter the day the {} was received to get the deadline for a {}; a {} brings the deadline of the {}.", terms.notice.en, terms.objection.en, terms.suspension.en, terms.resumption.en),
        ),
        (true, false) => Text::new(
            format!("填写收到{}的日期，即可算出提出{}的期限。", terms.notice.zh, terms.objection.zh),
            format!("Enter the day the {} was received to get the deadline for a {}.", terms.notice.en, terms.objection.en),
        ),
        _ => Text::fixed("本办法没有规定本人需遵守的期限。", "This order sets no deadline for the person."),
    }
}

/// A deadline the case shows met (spec v3 `done_on`): `已于 2026-05-06（周三）办理`.
pub fn met_on(day: chrono::NaiveDate) -> Text {
    let day = words::date_with_weekday(day);
    Text::new(
        format!("已于 {} 办理", day.zh),
        format!("met on {}", day.en),
    )
}

/// One deadline: by when (from when, for a window), passed or projected, what, who and
/// whose, and its rule. A deadline before `as_of`, the day the standing is asked for
/// (which the user may set to any day), has passed. (A function, not a component: a
/// component's view is erased to `AnyView`, which costs the wasm more.)
fn deadline_row(d: &Deadline, regime: RegimeId, as_of: chrono::NaiveDate) -> impl IntoView {
    let info = regime.info();
    // Met (spec v3 `done_on`): neither due nor passed.
    let met = d.done_on.map(met_on);
    let is_met = met.is_some();
    let past = d.due < as_of && !is_met;
    let window = d
        .opens
        .map(|o| {
            let day = words::date_with_weekday(o);
            Text::new(format!("{} 起，", day.zh), format!("from {}, ", day.en))
        })
        .unwrap_or_default();
    view! {
        <li class="deadline" class:past=past class:met=is_met>
            <p class="due">
                <time datetime=d.due.to_string()>{say(window)}{tr("最迟 ", "by ")}<span class="date">{say(words::date_with_weekday(d.due))}</span></time>
                {past.then(|| view! { " " <span class="badge">{tr("已过", "passed")}</span> })}
                {met.map(|text| view! { " " <span class="badge met">{say(text)}</span> })}
                {d.projected.then(|| view! { " " <span class="badge projected">{tr("预计", "expected")}</span> })}
            </p>
            <p><strong>{say(words::deadline(info, d.kind))}</strong> " · " {say(words::actor(d.actor))} " · " {say(whose(d, crate::app::fields::incident_called))} " " <Cite regime cite=d.cite.clone()/></p>
            <p class="rule">{say(d.text.clone())}</p>
        </li>
    }
}

/// Every deadline of `result` with its weekday. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
pub(super) fn deadlines(result: &Evaluation, regime: RegimeId) -> impl IntoView {
    let as_of = result.as_of;
    let body = if result.deadlines.is_empty() {
        view! { <p>{say(no_deadline_yet(regime.info()))}</p> }.into_any()
    } else {
        let rows = result
            .deadlines
            .iter()
            .map(|d| deadline_row(d, regime, as_of))
            .collect_view();
        view! { <ol class="deadline-list">{rows}</ol> }.into_any()
    };
    view! {
        <section class="card deadlines" aria-labelledby="deadlines-title">
            <h2 id="deadlines-title">{tr("期限", "Deadlines")}</h2>
            {body}
            <p class="hint">{tr(
                "工作日按国务院办公厅每年的节假日安排（含调休）计算；期间按民法典第二百零一条、第二百零二条计算。",
                "Working days follow the State Council's yearly holiday arrangements, make-up working days included; periods follow Civil Code Arts. 201–202.",
            )}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_deadlines_each_regime_says_what_would_bring_one() {
        for regime in RegimeId::ALL {
            let info = regime.info();
            let text = no_deadline_yet(info);
            if info.objection_rule().is_some() {
                assert!(
                    text.zh.contains(info.terms.objection.zh.as_ref()),
                    "{}",
                    text.zh
                );
                assert!(
                    text.en.contains(info.terms.objection.en.as_ref()),
                    "{}",
                    text.en
                );
            } else {
                assert_eq!(text.zh, "本办法没有规定本人需遵守的期限。");
            }
        }
    }

    #[test]
    fn a_met_deadline_says_the_day_it_was_met() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 5, 6).unwrap();
        let text = met_on(day);
        assert!(text.zh.starts_with("已于 2026-05-06"), "{}", text.zh);
        assert!(text.en.starts_with("met on 2026-05-06"), "{}", text.en);
    }
}
