//! The measures decided, in date order, each with its dates, its badges, the law's own
//! words and the steps that led to it.

use leptos::prelude::*;

use crate::app::answer::dated;
use crate::app::i18n::{gloss_hidden, say, tr, Lang};
use crate::app::law::Cite;
use crate::scoring::outcome::{Evaluation, Sanction, SanctionKind};
use crate::scoring::regimes::RegimeInfo;
use crate::scoring::text::Text;
use crate::scoring::words;
use crate::scoring::RegimeId;

/// A measure's dates in full: its months or its bar, how far the law lets them run, what
/// a repair would shorten, an extension, a later measure beside it.
pub fn sanction_dates(info: &RegimeInfo, s: &Sanction) -> Text {
    let mut parts: Vec<Text> = Vec::new();
    let start = s.start.map(|d| d.to_string()).unwrap_or_default();
    if let Some(m) = s.months {
        let n = words::months(m.months);
        parts.push(Text::new(
            format!("{start} 至 {}（{}）", m.end, n.zh),
            format!("{start} to {} ({})", m.end, n.en),
        ));
        if m.latest_end != m.end {
            parts.push(Text::new(
                format!("法定最长至 {}（{} 个月）", m.latest_end, m.max_months),
                format!("at most until {} ({} months)", m.latest_end, m.max_months),
            ));
        }
        if m.earliest_end != m.end {
            parts.push(Text::new(
                format!("修复后最早 {} 结束", m.earliest_end),
                format!("with the repair, ends {} at the earliest", m.earliest_end),
            ));
        }
    }
    if let Some(b) = s.bar {
        let until = words::bar_until(info, b.bar_until);
        let years = words::years(b.bar_years);
        parts.push(Text::new(
            format!("自 {start} 起终止；{}（{}）", until.zh, years.zh),
            format!("terminated from {start}; {} ({})", until.en, years.en),
        ));
        if b.bar_max_years != b.bar_years {
            parts.push(Text::new(
                format!("视情节最长至 {}", b.bar_latest_until),
                format!("up to {} by the seriousness", b.bar_latest_until),
            ));
        }
        if b.bar_earliest_until != b.bar_until {
            parts.push(Text::new(
                format!("修复后最早 {}", b.bar_earliest_until),
                format!("with the repair, {} at the earliest", b.bar_earliest_until),
            ));
        }
        if b.one_shot {
            parts.push(Text::fixed("一次性记满 12 分", "12 points at once"));
        }
    }
    if s.extended {
        parts.push(Text::fixed(
            "未在期限内申请恢复履行协议：中止期限自动延长，直至协议期满解除",
            "no request to resume in time: the suspension runs on until the agreement expires",
        ));
    }
    if let Some(on) = s.superseded_on {
        parts.push(Text::new(
            format!("自 {on} 起另一处理同时适用，本处理仍至其自身期满"),
            format!("from {on} a later measure also applies; this one still runs to its own end"),
        ));
    }
    join(&parts, Text::fixed("；", "; "))
}

/// The parts joined, each language with its own separator.
pub(crate) fn join(parts: &[Text], separator: Text) -> Text {
    let each = |lang: Lang| {
        parts
            .iter()
            .map(|p| p.get(lang))
            .collect::<Vec<_>>()
            .join(separator.get(lang))
    };
    Text::new(each(Lang::Zh), each(Lang::En))
}

/// The line under a measure's name: the day it was decided and the incident it follows
/// (named by `name`, as the form names it).
pub fn decided_by(s: &Sanction, name: impl Fn(&str) -> Text) -> Text {
    let incident = name(&s.trigger);
    Text::new(
        format!("{} 决定（{}）", s.decided_on, incident.zh),
        format!(
            "decided {} ({})",
            s.decided_on,
            incident.en.to_ascii_lowercase()
        ),
    )
}

/// One measure of the list, under `regime`: its name, when and why it was decided, its
/// badges, the law's words (with the gloss in English), its dates and its steps. (A
/// function, not a component: a component's view is erased to `AnyView`, which costs the
/// wasm more.)
fn sanction_row(s: &Sanction, regime: RegimeId) -> impl IntoView {
    let info = regime.info();
    let class = format!("sanction kind-{}", s.kind.code());
    let trace = s
        .trace
        .iter()
        .map(|step| view! { <li>{say(step.text.clone())} " " <Cite regime cite=step.cite.clone()/></li> })
        .collect_view();
    let superseded = s.superseded_on.is_some();
    view! {
        <li class=class class:superseded=superseded>
            <p class="sanction-head">
                <strong>{say(words::heading(words::sanction(info, s.kind)))}</strong>
                " · " {say(decided_by(s, crate::app::fields::incident_called))}
                {s.projected.then(|| view! { " " <span class="badge projected" title=tr("按告知书推算的决定日期", "on the decision day projected from the notice")>{tr("预计", "expected")}</span> })}
                {s.discretionary.then(|| view! { " " <span class="badge">{tr("可以，非必须", "may, not must")}</span> })}
                {s.extended.then(|| view! { " " <span class="badge">{tr("已自动延长", "extended")}</span> })}
                " " <Cite regime cite=s.cite.clone()/>
            </p>
            <p class="law-line" lang="zh-CN">{s.text.clone()}</p>
            <p class="gloss" hidden=gloss_hidden()>{s.gloss.clone()}</p>
            {(s.kind != SanctionKind::Notice).then(|| view! { <p class="dates">{dated(sanction_dates(info, s))}</p> })}
            {(!s.trace.is_empty()).then(|| view! {
                <details><summary>{tr("依据", "Why")}</summary><ol class="trace">{trace}</ol></details>
            })}
        </li>
    }
}

/// The measures of `result`, in date order. (A function, not a component: a component's view is erased to `AnyView`, which costs
/// the wasm more.)
pub(super) fn sanctions(result: &Evaluation, regime: RegimeId) -> impl IntoView {
    let body = if result.sanctions.is_empty() {
        view! { <p>{tr("尚未达到任何处理档次。", "No band reached yet.")}</p> }.into_any()
    } else {
        let rows = result
            .sanctions
            .iter()
            .map(|s| sanction_row(s, regime))
            .collect_view();
        view! { <ol class="sanction-list">{rows}</ol> }.into_any()
    };
    view! {
        <section class="card sanctions" aria-labelledby="sanctions-title">
            <h2 id="sanctions-title">{tr("处理措施", "Measures")}</h2>
            {body}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{self, RegimeId};
    use serde_json::json;

    #[test]
    fn a_measures_dates_are_said_in_both_languages() {
        // The scenario sh2025-one-shot-9: 9 points at once, a suspension of 2 months.
        let case = json!({"regime": "shanghai-2025", "as_of": "2025-05-01", "incidents": [
            {"id": "a", "item": "13.3", "decided_on": "2025-04-15", "responsibility": "primary"}]});
        let result = scoring::evaluate(&case, "2025-05-01".parse().unwrap()).unwrap();
        let info = RegimeId::FIRST.info();
        let s = result
            .sanctions
            .iter()
            .find(|s| s.months.is_some())
            .expect("a measure with months");
        let dates = sanction_dates(info, s);
        assert!(
            dates.zh.starts_with("2025-04-16 至 2025-06-15（2 个月）"),
            "{}",
            dates.zh
        );
        assert!(
            dates.en.starts_with("2025-04-16 to 2025-06-15 (2 months)"),
            "{}",
            dates.en
        );
        assert!(!dates.en.contains('；'), "{}", dates.en);
    }

    #[test]
    fn parts_join_with_each_languages_separator() {
        let parts = [Text::fixed("甲", "a"), Text::fixed("乙", "b")];
        let joined = join(&parts, Text::fixed("；", "; "));
        assert_eq!((joined.zh.as_ref(), joined.en.as_ref()), ("甲；乙", "a; b"));
    }
}
