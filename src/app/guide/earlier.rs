//! The fifth question: earlier points of the period, by their points alone — one
//! incident given by its points and its decision's (rough) date, before the incident
//! asked about.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::{asked, asked_day, earlier_cap, info_of, Question};
use crate::app::fields::{Input, Note};
use crate::app::i18n::{say, say_with, tr};
use crate::app::{ctx, Ctx, Page};
use crate::exchange::draft::{Draft, IncidentDraft};
use crate::scoring::regimes::{Counting, PeriodKind, RegimeInfo};
use crate::scoring::Text;

/// The question, as the regime counts: points deducted in the period, or added this year.
fn question(info: &RegimeInfo) -> Text {
    if info.counting == Counting::PointsDeducted {
        Text::fixed(
            "本记分周期此前已被扣几分？",
            "How many points were deducted earlier this period?",
        )
    } else {
        Text::fixed(
            "今年此前已被记几分？",
            "How many points were you given earlier this year?",
        )
    }
}

/// The years of the earlier points and of the incident asked about, when they are not
/// the same natural year (自然年度: their points do not add up).
fn other_year(info: &RegimeInfo, earlier: NaiveDate, this: NaiveDate) -> Option<(i32, i32)> {
    let (then, this) = (earlier.year(), this.year());
    (info.period == PeriodKind::NaturalYear && then != this).then_some((then, this))
}

/// The earlier points as typed, read as the full editor reads a number
/// ([`crate::exchange::draft::number`]: full-width digits too, as a Chinese input
/// method types them); nothing typed is 0, as the hint says.
pub(super) fn read_points(text: &str) -> Result<u32, PointsFault> {
    if text.trim().is_empty() {
        return Ok(0);
    }
    match crate::exchange::draft::number(text) {
        serde_json::Value::Number(n) if n.as_i64().is_some_and(|n| n < 0) => {
            Err(PointsFault::Negative)
        }
        serde_json::Value::Number(n) => n
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or(PointsFault::NotWhole),
        _ => Err(PointsFault::NotWhole),
    }
}

/// Why the earlier points cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PointsFault {
    /// Not a whole number (2.5, 三).
    NotWhole,
    /// Below 0.
    Negative,
}

/// What the guide says of earlier points it cannot take as one figure: the measure
/// their band decides, in the regime's words, with its article.
fn over_cap_words(info: &RegimeInfo, points: u32) -> Text {
    let band = info.band(points);
    let measure = band.map_or(Text::fixed("处理措施", "a measure"), |b| {
        crate::scoring::words::sanction(info, b.kind)
    });
    let cite = band.map_or("", |b| b.cite);
    Text::new(
        format!(
            "此前的 {points} 分已达到{}的档次（{cite}）：那次处理有自己的起止日期，一个总数算不出来。请在完整编辑器中逐次填写每次决定的日期和分值；在填好日期之前，这些分值不计入结论。",
            measure.zh
        ),
        format!(
            "{points} earlier points already reach {} ({}), with dates of its own that one total cannot give. Enter each earlier decision, with its date and points, in the full editor; until their dates are there, they are not counted.",
            measure.en,
            crate::scoring::words::cite_en(cite)
        ),
    )
}

/// Writes one incident given by its points, or none when the answer is 0 (or nothing):
/// before the incident asked about, so that the case reads in date order.
fn store(draft: &mut Draft, points: &str, on: &str) {
    let points = points.trim().to_string();
    if read_points(&points) == Ok(0) {
        draft.incidents.retain(|i| !i.by_points());
        return;
    }
    if let Some(i) = draft.incidents.iter_mut().find(|i| i.by_points()) {
        i.points = points;
        i.decided_on = on.to_string();
    } else {
        let key = draft.take_key();
        let id = draft.fresh_id();
        draft.incidents.insert(
            0,
            IncidentDraft {
                key,
                id,
                items: vec![String::new()],
                points,
                decided_on: on.to_string(),
                note: "此前记分".into(),
                ..IncidentDraft::default()
            },
        );
    }
}

/// 5. Earlier points this period, by their points alone.
#[component]
pub(super) fn EarlierStep() -> impl IntoView {
    let Ctx { draft, page, .. } = ctx();
    let info = draft.with_untracked(info_of);
    let earlier = move |d: &Draft| d.incidents.iter().find(|i| i.by_points()).cloned();
    let points =
        RwSignal::new(draft.with_untracked(|d| earlier(d).map(|i| i.points).unwrap_or_default()));
    let on = RwSignal::new(
        draft.with_untracked(|d| earlier(d).map(|i| i.decided_on).unwrap_or_default()),
    );
    let cap = earlier_cap(info);
    let save = move || {
        let (p, date) = (points.get_untracked(), on.get_untracked());
        draft.update(|d| store(d, &p, &date));
    };
    let none = Signal::derive(Vec::<Note>::new);
    let read = move || read_points(&points.get());
    let over = move || read().ok().filter(|p| *p > cap);
    // Under 自然年度, earlier points of another year do not add up with this one.
    let years = move || {
        let this = draft.with(|d| asked(d).and_then(asked_day))?;
        let then = crate::calendar::parse_day(&on.get())?;
        other_year(info, then, this)
    };
    let points_hint = Text::new(
        format!("不记得条目也没关系：填分值即可；没有就填 0。这里最多填 {cap} 分。"),
        format!(
            "No need to remember the item: the points are enough; 0 if none. Up to {cap} here."
        ),
    );
    view! {
        <Question text=say(question(info))/>
        <Input id="guide-earlier-points".into() label=tr("此前的分值", "Earlier points") kind="number"
            value=Signal::derive(move || points.get()) set=Callback::new(move |v: String| { points.set(v); save(); }) notes=none
            hint=say(points_hint)/>
        {move || over().map(|p| view! {
            <div class="note warning" role="status">
                <p>{say(over_cap_words(info, p))}</p>
                <button type="button" class="secondary" on:click=move |_| page.set(Page::Calculator)>
                    {tr("在完整编辑器中填写", "Enter them in the full editor")}
                </button>
            </div>
        })}
        {move || (over().is_none() && read().is_ok_and(|p| p > 0)).then(|| view! {
            <Input id="guide-earlier-on".into() label=tr("最近一次决定的日期", "Date of the latest of those decisions") kind="date" required=true
                value=Signal::derive(move || on.get()) set=Callback::new(move |v: String| { on.set(v); save(); }) notes=none
                hint=tr("记不清可填大致日期：只要与本次在同一记分周期、早于本次决定，结果不变。", "A rough date will do: within the same period as this decision, and before it, the result is the same.")/>
        })}
        {move || years().map(|(then, this)| view! {
            <p class="note warning" role="status">{say_with(move || Text::new(
                format!("{then} 年的记分不与 {this} 年的累计（自然年度）：请确认日期。"),
                format!("Points of {then} do not add up with {this} (calendar years): check the date."),
            ))}</p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::RegimeId;

    /// As the full editor reads a number: full-width digits and minus signs too; empty is
    /// none; a negative figure is said as such, not as "not a whole number".
    #[test]
    fn earlier_points_read_as_a_chinese_input_method_types_them() {
        assert_eq!(read_points("４"), Ok(4));
        assert_eq!(read_points(" 10 "), Ok(10));
        assert_eq!(read_points(""), Ok(0));
        assert_eq!(read_points("-1"), Err(PointsFault::Negative));
        assert_eq!(read_points("－１"), Err(PointsFault::Negative));
        assert_eq!(read_points("2.5"), Err(PointsFault::NotWhole));
        assert_eq!(read_points("三"), Err(PointsFault::NotWhole));
    }

    /// Points the guide cannot take as one figure are said with the measure their band
    /// decides, in the regime's own words and article (沪2025 has no 离岗培训 or 中止).
    #[test]
    fn points_over_the_cap_name_the_regimes_own_measure() {
        let sh = RegimeId::parse("shanghai-2025").unwrap().info();
        let cap = earlier_cap(sh);
        let words = over_cap_words(sh, cap + 1);
        let band = sh.band(cap + 1).unwrap();
        assert!(words.zh.contains(&*sh.terms.suspension.zh), "{}", words.zh);
        assert!(words.zh.contains(band.cite), "{}", words.zh);
        assert!(
            !words.zh.contains("中止") && !words.zh.contains("离岗培训"),
            "{}",
            words.zh
        );
        let wz = RegimeId::parse("wenzhou-2014").unwrap().info();
        let words = over_cap_words(wz, earlier_cap(wz) + 1);
        assert!(words.zh.contains(&*wz.terms.suspension.zh), "{}", words.zh);
    }

    #[test]
    fn earlier_points_are_one_incident_before_the_one_asked_about() {
        let mut draft = Draft {
            incidents: vec![IncidentDraft {
                key: 1,
                id: "a".into(),
                items: vec!["13.2".into()],
                ..IncidentDraft::default()
            }],
            next_key: 2,
            ..Draft::default()
        };
        store(&mut draft, "3", "2026-03-10");
        assert_eq!(draft.incidents.len(), 2);
        assert_eq!(draft.incidents[0].points, "3");
        store(&mut draft, "4", "2026-04-10");
        assert_eq!(draft.incidents.len(), 2);
        assert_eq!(draft.incidents[0].decided_on, "2026-04-10");
        store(&mut draft, "0", "");
        assert_eq!(draft.incidents.len(), 1);
    }

    #[test]
    fn points_of_another_natural_year_are_pointed_out() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        let info = |id| RegimeId::parse(id).unwrap().info();
        assert_eq!(
            other_year(info("shanghai-2025"), day("2025-12-01"), day("2026-11-25")),
            Some((2025, 2026))
        );
        assert_eq!(
            other_year(info("wenzhou-2014"), day("2025-12-01"), day("2026-11-25")),
            None,
            "agreement years are not calendar years"
        );
        assert_eq!(
            question(info("jining-2024")).zh,
            "本记分周期此前已被扣几分？"
        );
    }
}
