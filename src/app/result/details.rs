//! What follows the answer ([`ResultDetails`]), and its short cards: the warnings and the
//! facts about the institution.

use leptos::prelude::*;

use super::deadlines::deadlines;
use super::measures::sanctions;
use crate::app::i18n::{say, tr};
use crate::app::law::Cite;
use crate::app::{ctx, Ctx};
use crate::scoring::outcome::Evaluation;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

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
                {(!embed).then(|| crate::app::timeline::timelines(&result, regime))}
                {sanctions(&result, regime)}
                {deadlines(&result, regime)}
                {flags(&result, regime)}
            })}
        })
    }
}

/// The regimes a warning suggests switching to, when every incident of the case lies in
/// that regime's time: offered only then. (An earlier year's points under the rules
/// before offered it for a case whose new incident then had no item: the answer turned
/// to 正常.)
pub fn whole_case_in(result: &Evaluation, other: RegimeId) -> bool {
    // The incidents the warnings point to, each once (a handful: a list is enough, and
    // smaller in the wasm than a set).
    let mut incidents: Vec<&str> = Vec::new();
    let paths = result
        .warnings
        .iter()
        .filter(|w| w.suggested_regime == Some(other))
        .filter_map(|w| w.path.as_deref()?.split('.').next());
    for path in paths {
        if !incidents.contains(&path) {
            incidents.push(path);
        }
    }
    !result.incidents.is_empty() && incidents.len() == result.incidents.len()
}

/// Warnings that concern no single field, and those that do, in one list.
#[component]
pub fn Warnings(
    /// The result whose warnings are listed.
    result: Evaluation,
    /// Its regime.
    regime: RegimeId,
) -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let _ = regime;
    if result.warnings.is_empty() {
        return None;
    }
    let items = result
        .warnings
        .iter()
        .map(|w| {
            let switch = w.suggested_regime.filter(|other| whole_case_in(&result, *other)).map(|other| {
                let document = other.info().document;
                let label = Text::new(format!("改用{document}计算"), format!("Use {document} instead"));
                view! {
                    <button type="button" class="link" on:click=move |_| draft.update(|d| d.regime = other.as_str().to_string())>{say(label)}</button>
                }
            });
            // The incident named as the form names it (事件 1; on the guided questions,
            // 本次事件).
            let text = crate::scoring::words::heading(w.naming(crate::app::fields::incident_called));
            view! { <li>{say(text)} " " {switch}</li> }
        })
        .collect_view();
    Some(view! {
        <section class="card warnings" aria-labelledby="warnings-title">
            <h2 id="warnings-title">{tr("请注意", "Please note")}</h2>
            <ul>{items}</ul>
        </section>
    })
}

/// A flag on the person's institution, in words (济宁 六（三）: the watchlist).
pub fn flag_text(period: &str) -> Text {
    Text::new(
        format!("{period} 年度：所在定点医药机构列入“重点监控名单”（一次性扣 12 分，或其他违规 3 项以上）"),
        format!("{period}: the institution goes on the watchlist (a one-shot 12, or 3 or more other violations)"),
    )
}

/// Facts about the person's institution, from `result`'s flags. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
fn flags(result: &Evaluation, regime: RegimeId) -> Option<impl IntoView> {
    if result.flags.is_empty() {
        return None;
    }
    let items = result
        .flags
        .iter()
        .map(|f| view! { <li>{say(flag_text(&f.period))} " " <Cite regime cite=f.cite/></li> })
        .collect_view();
    Some(view! {
        <section class="card flags" aria-labelledby="flags-title">
            <h2 id="flags-title">{tr("所在机构", "Your institution")}</h2>
            <ul>{items}</ul>
        </section>
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn another_regime_is_offered_only_for_a_case_wholly_in_its_time() {
        let earlier = json!({"id": "a", "points": 3, "decided_on": "2025-03-10", "responsibility": "general"});
        let now = json!({"id": "b", "item": "13.3", "responsibility": "important", "decided_on": "2026-11-20"});
        let sh2023 = RegimeId::parse("shanghai-2023").unwrap();
        let evaluate = |case: serde_json::Value| {
            crate::scoring::evaluate(&case, "2026-11-28".parse().unwrap()).unwrap()
        };
        let mixed = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2026-11-28", "incidents": [earlier, now]}),
        );
        assert!(mixed
            .warnings
            .iter()
            .any(|w| w.suggested_regime == Some(sh2023)));
        assert!(!whole_case_in(&mixed, sh2023));
        let old = evaluate(
            json!({"regime": "shanghai-2025", "as_of": "2025-05-01", "incidents": [earlier]}),
        );
        assert!(whole_case_in(&old, sh2023));
    }
}
