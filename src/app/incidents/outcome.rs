//! What an incident scores, under its card: the points (or the fine) with the steps and
//! articles that led to them, or what the incident still needs before it is counted.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::card::Card;
use super::{ctx, result_of};
use crate::app::i18n::{fine_text, say, tr};
use crate::app::law::Cite;
use crate::exchange::draft::{place, Pending, Place};
use crate::scoring::outcome::IncidentResult;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::{words, Text};

/// What an incident still needs before it is counted.
pub fn pending_words(pending: Pending, info: &RegimeInfo) -> Text {
    match pending {
        Pending::Item => Text::fixed(
            "选择违规条目（或只填分值）后计入结果。",
            "Choose the item (or give the points alone) to include this incident.",
        ),
        Pending::ItemOfAnotherRegime => Text::fixed(
            "所选条目不属于本制度，暂不计入。",
            "The item is from another regime: not included.",
        ),
        Pending::DecidedOn if info.pending_decisions() => Text::fixed(
            "填写收到告知的日期（或决定日期）后计入结果。",
            "Enter the date of the notice (or of the decision) to include this incident.",
        ),
        Pending::DecidedOn => Text::fixed(
            "填写扣分处理决定日期后计入结果。",
            "Enter the decision date to include this incident.",
        ),
        Pending::Responsibility => Text::fixed(
            "选择责任程度后计入结果。",
            "Choose the responsibility to include this incident.",
        ),
    }
}

/// Why a complete incident has no result: the whole case waits for one correction, in
/// this card (`here`) or elsewhere.
pub fn waiting_words(here: bool) -> Text {
    if here {
        Text::fixed(
            "此事件有一处需要修改（已在上方标出），改正后计入结果。",
            "This incident has something to correct (marked above); it is counted once corrected.",
        )
    } else {
        Text::fixed(
            "案情中另有一处需要修改（见计算结果中的提示），改正后显示本事件的结果。",
            "Something elsewhere in the case needs correcting (see the result); this incident's result shows once it is.",
        )
    }
}

/// The incident's result in a line: `记 6 分（法定 4—6 分） · 2025 年度`, `扣 3 分`, or
/// 沪2020's fine.
pub fn headline(result: &IncidentResult, info: &RegimeInfo) -> Text {
    match (&result.points, &result.fine) {
        (Some(points), _) => {
            let [low, high] = result.range.unwrap_or([*points, *points]);
            let verb = if info.counting == Counting::PointsDeducted {
                Text::fixed("扣", "deducts")
            } else {
                Text::fixed("记", "scores")
            };
            let range = if low == high {
                Text::default()
            } else {
                Text::new(
                    format!("（法定 {low}—{high} 分）"),
                    format!(" (lawful {low}–{high})"),
                )
            };
            let period = result.period.as_deref().map_or_else(Text::default, |p| {
                Text::new(
                    format!(" · {}", words::period(p).zh),
                    format!(" · period {p}"),
                )
            });
            Text::new(
                format!("{} {points} 分{}{}", verb.zh, range.zh, period.zh),
                format!(
                    "{} {}{}{}",
                    verb.en,
                    words::points(*points).en,
                    range.en,
                    period.en
                ),
            )
        }
        // (The fine's words are the result page's; both languages at once.)
        (None, Some(fine)) => fine_text(fine),
        _ => Text::default(),
    }
}

/// The line under a result whose decision is projected.
pub fn expected_words(decided_on: NaiveDate) -> Text {
    let day = words::date_with_weekday(decided_on);
    Text::new(
        format!("尚未作出决定：按程序，决定预计于 {} 作出，结果按此计算。", day.zh),
        format!(
            "No decision yet: by the procedure it is expected on {}, and the result is computed as if made then.",
            day.en
        ),
    )
}

/// What the incident scores, or what it still needs.
#[component]
pub(super) fn IncidentOutcome(card: Card) -> impl IntoView {
    let computed = ctx().computed;
    let Card {
        row,
        incident,
        regime,
        ..
    } = card;
    move || {
        let regime = regime.get();
        let info = regime.info();
        if let Some(pending) = incident.with(|i| i.pending(regime)) {
            let text = pending_words(pending, info);
            return view! { <p class="outcome pending" role="status">{say(text)}</p> }.into_any();
        }
        computed.track();
        let Some(result) = result_of(row.get()) else {
            // The whole case waits for one correction: say whether it is in this card.
            let here = computed.with(|c| {
                c.outcome.as_ref().err().is_some_and(|e| {
                    matches!(place(&e.path, &c.prepared),
                        Place::Incident { row: r, .. } if r == row.get())
                })
            });
            return view! { <p class="outcome pending">{say(waiting_words(here))}</p> }.into_any();
        };
        let absorbed = (!result.counted).then(|| {
            view! {
                <span class="badge">{tr("未重复计分", "not counted again")}</span>
            }
        });
        let steps = result
            .trace
            .iter()
            .map(
                |s| view! { <li>{say(s.text.clone())} " " <Cite regime cite=s.cite.clone()/></li> },
            )
            .collect_view();
        let projected = result.projected.then(|| {
            view! {
                <p class="projected-line">
                    <span class="badge projected">{tr("预计", "expected")}</span> " "
                    {say(expected_words(result.decided_on))}
                </p>
            }
        });
        view! {
            <div class="outcome" role="status">
                <p class="headline"><strong>{say(headline(&result, info))}</strong> " " {absorbed}</p>
                {projected}
                <details>
                    <summary>{tr("计算过程与依据", "How, and under which articles")}</summary>
                    <ol class="trace">{steps}</ol>
                </details>
            </div>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::RegimeId;

    fn result(case: serde_json::Value) -> IncidentResult {
        let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
        crate::scoring::evaluate(&case, today).unwrap().incidents[0].clone()
    }

    #[test]
    fn the_headline_says_the_points_their_range_and_period() {
        let sh2025 = RegimeId::parse("shanghai-2025").unwrap().info();
        let scored = result(serde_json::json!({"regime": "shanghai-2025", "incidents": [
            {"item": "13.2", "responsibility": "primary", "decided_on": "2025-05-20"}]}));
        let line = headline(&scored, sh2025);
        assert_eq!(line.zh, "记 6 分（法定 4—6 分） · 2025 年度");
        assert_eq!(line.en, "scores 6 points (lawful 4–6) · period 2025");
        let jining = RegimeId::parse("jining-2024").unwrap().info();
        let deducted = result(serde_json::json!({"regime": "jining-2024", "incidents": [
            {"item": "4.1.1", "decided_on": "2025-05-20"}]}));
        assert!(headline(&deducted, jining).zh.starts_with("扣 "));
        assert!(headline(&deducted, jining).en.starts_with("deducts "));
    }

    #[test]
    fn a_missing_date_is_named_as_the_procedure_needs_it() {
        let sh2025 = RegimeId::parse("shanghai-2025").unwrap().info();
        let jining = RegimeId::parse("jining-2024").unwrap().info();
        assert!(pending_words(Pending::DecidedOn, sh2025)
            .zh
            .contains("收到告知的日期"));
        assert_eq!(
            pending_words(Pending::DecidedOn, jining).zh,
            "填写扣分处理决定日期后计入结果。"
        );
        assert_eq!(
            expected_words(NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()).zh,
            "尚未作出决定：按程序，决定预计于 2026-12-09（周三） 作出，结果按此计算。"
        );
    }
}
