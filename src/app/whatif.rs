//! "What if": beside the result, what the next incident would do, what a repair now
//! would change, and the days the standing changes if nothing more happens. The answers
//! are `teach::whatif`'s; their words are plain functions here, each a [`Text`], drawn in
//! the reader's language.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{say, tr};
use super::law::Cite;
use super::{ctx, Ctx};
use crate::scoring::outcome::SanctionKind;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::text::Text;
use crate::scoring::{words, State};
use crate::teach::whatif::{self, Change, MeasureSummary, NextOption, RepairEffect};

/// A responsibility as the what-if names it.
fn responsibility(code: &str) -> Text {
    match code {
        "general" => Text::fixed("一般责任", "general"),
        "important" => Text::fixed("重要责任", "important"),
        _ => Text::fixed("主要责任", "primary"),
    }
}

/// One possible next incident: its points and an example, the total after it, and the
/// measure it would decide: `再记 5 分（如 13.2 一般责任）→ 累计 9 分：暂停医保支付资格 1 个月`.
pub fn option_line(info: &RegimeInfo, o: &NextOption) -> Text {
    let item = o.item;
    let how = match (o.responsibility, o.severe) {
        (Some(r), _) => {
            let r = responsibility(r);
            Text::new(
                format!("如 {item} {}", r.zh),
                format!("e.g. {item} with {} responsibility", r.en),
            )
        }
        (None, true) => Text::new(
            format!("如 {item} 情节严重"),
            format!("e.g. {item}, egregious"),
        ),
        (None, false) => Text::new(format!("如 {item}"), format!("e.g. {item}")),
    };
    let verb = if info.counting == Counting::PointsDeducted {
        "再扣"
    } else {
        "再记"
    };
    let head = Text::new(
        format!("{verb} {} 分（{}）→ 累计 {} 分", o.points, how.zh, o.total),
        format!(
            "{} more point{} ({}) → {} in all",
            o.points,
            if o.points == 1 { "" } else { "s" },
            how.en,
            o.total
        ),
    );
    let Some(m) = &o.measure else {
        return Text::new(
            format!("{}：{}", head.zh, NOTHING_NEW.zh),
            format!("{}: {}", head.en, NOTHING_NEW.en),
        );
    };
    let until = m
        .until
        .map(|d| Text::new(format!("，至 {d}"), format!(", until {d}")))
        .unwrap_or_default();
    let measure = measure_words(info, m);
    Text::new(
        format!("{}：{}{}", head.zh, measure.zh, until.zh),
        format!("{}: {}{}", head.en, measure.en, until.en),
    )
}

/// No measure beyond those decided already.
const NOTHING_NEW: Text = Text::fixed("无新的处理", "nothing new");

/// A measure with its length or bar: `暂停医保支付资格 1 个月`, "suspension of payment
/// eligibility for 1 month".
fn measure_words(info: &RegimeInfo, m: &MeasureSummary) -> Text {
    let length = match (m.months, m.bar_years) {
        (Some(n), _) => {
            let n = words::months(n);
            Text::new(format!(" {}", n.zh), format!(" for {}", n.en))
        }
        (_, Some(y)) => {
            let bar = words::bar_for(info, y);
            Text::new(format!("（{}）", bar.zh), format!(" ({})", bar.en))
        }
        _ => Text::default(),
    };
    let name = words::sanction(info, m.kind);
    Text::new(
        format!("{}{}", name.zh, length.zh),
        format!("{}{}", name.en, length.en),
    )
}

/// Under rules already repealed on the day of a next decision: a next act falls under
/// others, so none is projected.
pub fn repealed_line(info: &RegimeInfo, until: NaiveDate) -> Text {
    let document = info.document;
    Text::new(
        format!("{document}施行至 {until}：此后的行为适用其后的文件，不按本文件推算下一次违规。"),
        format!("{document} applied until {until}: later acts fall under the rules that followed, so no next incident is projected under it."),
    )
}

/// While a termination and its bar last, a next incident would be scored against an
/// agreement (a registration) that no longer exists: none is projected.
pub fn barred_line(info: &RegimeInfo, bar_until: NaiveDate) -> Text {
    let state = words::state(info, State::Terminated);
    let bar = words::bar_until(info, bar_until);
    Text::new(
        format!("{}，{}：在此期间不推算下一次违规。", state.zh, bar.zh),
        format!(
            "{}, {}: no next incident is projected while it lasts.",
            state.en, bar.en
        ),
    )
}

/// What a repair made on `on` (the standing date, which need not be today) would change:
/// `2025-07-15 参与医保管理工作：累计 9 分 → 8 分`, in the regime's words for the repair.
pub fn repair_line(info: &RegimeInfo, r: &RepairEffect, on: NaiveDate) -> Option<Text> {
    let rules = info.procedure.repairs.as_ref()?;
    let done = if r.kind == "exam" {
        &rules.exam.what
    } else {
        &rules.participation.what
    };
    let what = Text::new(
        format!("{on} {}", done.zh),
        format!("{} on {on}", words::capitalised(&done.en)),
    );
    let effect = match r.refused {
        Some("repair_not_allowed") => Text::fixed(
            "不予修复（一次性记满 12 分）",
            "not allowed (a one-shot 12)",
        ),
        Some(_) => Text::fixed(
            "本年度次数已用完，不再减分",
            "this year's limit is used up: no effect",
        ),
        None => {
            let shorter = r
                .earliest_end
                .filter(|(before, after)| after < before)
                .map(|(_, a)| {
                    Text::new(
                        format!("，处理最早可于 {a} 结束"),
                        format!(", the measure may end on {a} at the earliest"),
                    )
                })
                .unwrap_or_default();
            // Made before a decision still expected, a repair can change what it brings.
            let expected = r
                .expected
                .as_ref()
                .map(|e| {
                    let said = |m: &Option<MeasureSummary>| {
                        m.as_ref().map_or(NOTHING_NEW, |m| measure_words(info, m))
                    };
                    let (before, after) = (said(&e.before), said(&e.after));
                    Text::new(
                        format!(
                            "；{} 预计作出的决定：{} → {}",
                            e.decided_on, before.zh, after.zh
                        ),
                        format!(
                            "; the decision expected on {}: {} → {}",
                            e.decided_on, before.en, after.en
                        ),
                    )
                })
                .unwrap_or_default();
            Text::new(
                format!(
                    "累计 {} 分 → {} 分{}{}",
                    r.total_before, r.total_after, shorter.zh, expected.zh
                ),
                format!(
                    "{} → {} points{}{}",
                    r.total_before, r.total_after, shorter.en, expected.en
                ),
            )
        }
    };
    Some(Text::new(
        format!("{}：{}", what.zh, effect.zh),
        format!("{}: {}", what.en, effect.en),
    ))
}

/// A day the standing changes if nothing more happens, after its date: why, the standing
/// then, and the total.
pub fn change_line(info: &RegimeInfo, e: &Change) -> Text {
    let total = e
        .total
        .map(|t| Text::new(format!("，累计 {t} 分"), format!(", {t} points")))
        .unwrap_or_default();
    // After a bar the person is not restored: a new application follows the rules.
    let state = if e.after_bar {
        Text::fixed("可按规定重新申请", "may apply again under the rules")
    } else {
        words::state(info, e.state)
    };
    Text::new(
        format!(" {}：{}{}", e.why.zh, state.zh, total.zh),
        format!(" {}: {}{}", e.why.en, state.en, total.en),
    )
}

/// The heading of the next incident's options.
pub fn next_heading(decided_on: NaiveDate) -> Text {
    Text::new(
        format!("下一次违规（{decided_on} 决定）会怎样"),
        format!("A next incident (decided {decided_on})"),
    )
}

/// The what-if section of the result.
#[component]
pub fn WhatIf() -> impl IntoView {
    let Ctx { computed, .. } = ctx();
    move || {
        let c = computed.get();
        let result = c.outcome.as_ref().ok()?;
        let regime = c.regime;
        let info = regime.info();
        if info.counting == Counting::Fines {
            return None;
        }
        let answers = whatif::analyse(&c.prepared.case, c.today).ok()?;
        // A next incident while a termination and its bar last would be scored against
        // an agreement (a registration) that no longer exists: the core computes one, but
        // "再扣 6 分 → 中止 3 个月" beside 已解除 contradicts the answer above.
        let barred = result
            .sanctions
            .iter()
            .find(|s| {
                s.kind == SanctionKind::Termination
                    && s.start.is_some_and(|d| d <= answers.decided_on)
                    && s.bar.is_some_and(|b| answers.decided_on <= b.bar_until)
            })
            .and_then(|s| s.bar);
        // Under rules already repealed on that day, a next act falls under others.
        let repealed = info
            .in_force_until
            .filter(|_| info.repealed_before(answers.decided_on));
        let next = match (repealed, barred) {
            (Some(until), _) => {
                view! { <p class="barred">{say(repealed_line(info, until))}</p> }.into_any()
            }
            (None, Some(b)) => {
                view! { <p class="barred">{say(barred_line(info, b.bar_until))}</p> }.into_any()
            }
            (None, None) => {
                let options = answers
                    .options
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| o.measure.is_some() || o.points <= 3)
                    .map(|(i, o)| {
                        let key = Some(i) == answers.smallest_measure || Some(i) == answers.smallest_top;
                        let cite = o.measure.as_ref().map(|m| m.cite.clone());
                        view! {
                            <li class:key=key>{say(option_line(info, o))} " " {cite.map(|c| view! { <Cite regime cite=c/> })}</li>
                        }
                    })
                    .collect_view();
                view! { <ul class="options">{options}</ul> }.into_any()
            }
        };
        // With no points this period there is nothing to repair.
        let repairs = info
            .procedure
            .repairs
            .as_ref()
            .filter(|_| answers.repairs.iter().any(|r| r.total_before > 0))
            .map(|rules| {
                let rows = answers
                    .repairs
                    .iter()
                    .filter_map(|r| repair_line(info, r, answers.as_of))
                    .map(|line| view! { <li>{say(line)}</li> })
                    .collect_view();
                view! {
                    <h3>{tr("现在修复会怎样", "What a repair would change")} " " <Cite regime cite=rules.cite/></h3>
                    <ul>{rows}</ul>
                }
            });
        let evolution = answers
            .evolution
            .iter()
            .map(|e| {
                view! {
                    <li>
                        <strong>{say(words::date_with_weekday(e.date))}</strong>
                        {say(change_line(info, e))}
                        " " <Cite regime cite=e.cite.clone()/>
                    </li>
                }
            })
            .collect_view();
        let nothing = answers.evolution.is_empty();
        Some(view! {
            <section class="card whatif" aria-labelledby="whatif-title">
                <h2 id="whatif-title">{tr("如果……", "What if…")}</h2>
                <h3>{say(next_heading(answers.decided_on))}</h3>
                {next}
                {repairs}
                <h3>{tr("若不再违规", "If nothing more happens")}</h3>
                {if nothing {
                    view! { <p>{tr("状态不再变化。", "The standing does not change.")}</p> }.into_any()
                } else {
                    view! { <ul>{evolution}</ul> }.into_any()
                }}
            </section>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::RegimeId;
    use serde_json::json;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_next_incidents_are_said_as_the_regime_counts() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2025-06-30", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "general"}]});
        let answers = whatif::analyse(&case, day("2025-06-30")).unwrap();
        let info = RegimeId::FIRST.info();
        let next = &answers.options[answers.smallest_measure.unwrap()];
        let line = option_line(info, next);
        assert!(line.zh.starts_with("再记 5 分（如 "), "{}", line.zh);
        assert!(
            line.zh.contains("→ 累计 9 分：暂停医保支付资格 1 个月"),
            "{}",
            line.zh
        );
        assert!(line.en.starts_with("5 more points (e.g. "), "{}", line.en);
        assert!(
            line.en
                .contains("→ 9 in all: suspension of payment eligibility for 1 month"),
            "{}",
            line.en
        );
        assert_eq!(
            next_heading(answers.decided_on).en,
            format!("A next incident (decided {})", answers.decided_on)
        );
    }

    #[test]
    fn a_repair_is_said_in_the_regimes_words() {
        let case = json!({"regime": "shanghai-2025", "as_of": "2025-07-15", "incidents": [
            {"id": "a", "item": "13.3", "decided_on": "2025-05-20", "responsibility": "primary"}]});
        let answers = whatif::analyse(&case, day("2025-07-15")).unwrap();
        let info = RegimeId::FIRST.info();
        let lines: Vec<Text> = answers
            .repairs
            .iter()
            .filter_map(|r| repair_line(info, r, answers.as_of))
            .collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].zh.starts_with("2025-07-15 通过考试：累计 "),
            "{}",
            lines[0].zh
        );
        assert!(
            lines[0].en.starts_with("Passing the exam on 2025-07-15: "),
            "{}",
            lines[0].en
        );
        assert!(
            lines[1].zh.starts_with("2025-07-15 参与医保管理工作："),
            "{}",
            lines[1].zh
        );
        // A regime without repairs has no words for them.
        let jining = RegimeId::parse("jining-2024").unwrap().info();
        assert_eq!(
            repair_line(jining, &answers.repairs[0], answers.as_of),
            None
        );
    }

    #[test]
    fn a_repair_before_a_decision_says_what_the_decision_would_bring() {
        // The physician: 3 points, and 13.2 with primary responsibility notified on 11-25
        // (6 more: a suspension of 1 month expected on 12-14). An exam now leaves 2
        // points for the decision to add to: 8, a notice.
        let case = json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"},
            {"id": "b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]});
        let answers = whatif::analyse(&case, day("2026-11-27")).unwrap();
        let info = RegimeId::parse("shanghai-2025").unwrap().info();
        let exam = answers.repairs.iter().find(|r| r.kind == "exam").unwrap();
        let line = repair_line(info, exam, answers.as_of).unwrap();
        assert_eq!(
            line.zh,
            "2026-11-27 通过考试：累计 3 分 → 2 分；2026-12-14 预计作出的决定：暂停医保支付资格 1 个月 → 通报所在机构"
        );
        assert!(
            line.en.ends_with("the decision expected on 2026-12-14: suspension of payment eligibility for 1 month → notice to the institution"),
            "{}",
            line.en
        );
        // With nothing awaiting a decision, the line says the total alone.
        let decided = json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
            {"id": "a", "points": 3, "decided_on": "2026-03-10"}]});
        let answers = whatif::analyse(&decided, day("2026-11-27")).unwrap();
        assert!(answers.repairs.iter().all(|r| r.expected.is_none()));
    }

    #[test]
    fn after_a_bar_the_person_applies_again() {
        let info = RegimeId::FIRST.info();
        let change = Change {
            date: day("2028-05-11"),
            state: State::Normal,
            total: Some(0),
            period: Some("2028".into()),
            why: Text::fixed("“不得再次登记备案”的期限届满", "the bar ends"),
            after_bar: true,
            cite: "第二十五条".into(),
        };
        let line = change_line(info, &change);
        assert_eq!(
            line.zh,
            " “不得再次登记备案”的期限届满：可按规定重新申请，累计 0 分"
        );
        assert_eq!(
            line.en,
            " the bar ends: may apply again under the rules, 0 points"
        );
    }
}
