//! The sixth step: the answer, and each answer given, with a way back to its question.

use leptos::prelude::*;

use super::{asked, has_facts, info_of, Question, Step, FACTS};
use crate::app::i18n::{say, tr};
use crate::app::incidents::words;
use crate::app::{ctx, Ctx, Page};
use crate::exchange::draft::{Draft, Field, IncidentDraft};
use crate::scoring::error::Style;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::Text;

/// The facts answered, in a few words: the responsibility, or the boxes ticked.
fn facts_summary(info: &RegimeInfo, incident: &IncidentDraft) -> Text {
    if info.uses(Field::Responsibility) {
        return match incident.responsibility.as_str() {
            "general" => Text::fixed("一般责任", "general responsibility"),
            "important" => Text::fixed("重要责任", "important responsibility"),
            "primary" => Text::fixed("主要责任", "primary responsibility"),
            _ => Text::default(),
        };
    }
    let ticked: Vec<Text> = FACTS
        .into_iter()
        .filter(|field| info.uses(*field))
        .filter_map(|field| match field {
            Field::Severe => incident.severe.then(|| words::severe_summary(info)),
            Field::Fraud => incident
                .fraud
                .then_some(Text::fixed("以骗取基金为目的", "to defraud the fund")),
            _ => incident
                .serious
                .then_some(Text::fixed("违规情节严重", "serious violation")),
        })
        .collect();
    if ticked.is_empty() {
        return Text::fixed("均不适用", "none apply");
    }
    let join =
        |sep: &str, part: fn(&Text) -> &str| ticked.iter().map(part).collect::<Vec<_>>().join(sep);
    Text::new(join("；", |t| &t.zh), join("; ", |t| &t.en))
}

/// The dates answered: the notice's, the decision's, or both.
fn dates_summary(incident: &IncidentDraft) -> Text {
    match (incident.notified_on.trim(), incident.decided_on.trim()) {
        ("", d) => Text::new(format!("决定 {d}"), format!("decided {d}")),
        (n, "") => Text::new(
            format!("收到告知 {n}，尚未决定"),
            format!("notice {n}, no decision yet"),
        ),
        (n, d) => Text::new(
            format!("收到告知 {n}，决定 {d}"),
            format!("notice {n}, decided {d}"),
        ),
    }
}

/// The answers given, each as (what, the answer, the step that asks it), in the order
/// asked.
fn summary(draft: &Draft) -> Vec<(Text, Text, Step)> {
    let info = info_of(draft);
    let incident = asked(draft).cloned().unwrap_or_default();
    let item = incident.items.first().cloned().unwrap_or_default();
    let earlier =
        draft
            .incidents
            .iter()
            .find(|i| i.by_points())
            .map_or(Text::fixed("无", "none"), |e| {
                Text::new(
                    format!("{} 分（{}）", e.points, e.decided_on),
                    format!("{} ({})", e.points, e.decided_on),
                )
            });
    let mut rows = vec![
        (
            Text::fixed("文件", "Document"),
            Text::from(info.document.to_string()),
            Step::Regime,
        ),
        (Text::fixed("条目", "Item"), Text::from(item), Step::Item),
    ];
    if has_facts(info, Some(&incident)) {
        rows.push((
            Text::fixed("情节", "Facts"),
            facts_summary(info, &incident),
            Step::Facts,
        ));
    }
    rows.push((
        Text::fixed("日期", "Dates"),
        dates_summary(&incident),
        Step::Dates,
    ));
    if info.counting != Counting::Fines {
        rows.push((
            Text::fixed("此前记分", "Earlier points"),
            earlier,
            Step::Earlier,
        ));
    }
    rows
}

/// The label of the button that goes back to a question: 修改条目, Change the item.
fn change(label: &Text) -> Text {
    Text::new(
        format!("修改{}", label.zh),
        format!("Change the {}", label.en.to_lowercase()),
    )
}

/// 6. The answer, and each answer given, with a way back to it.
#[component]
pub(super) fn AnswerStep() -> impl IntoView {
    let Ctx {
        draft,
        computed,
        page,
        ..
    } = ctx();
    let answer = move || {
        let c = computed.get();
        match c.outcome {
            Ok(result) if !result.incidents.is_empty() => view! {
                <crate::app::answer::Answer result=result.clone() regime=c.regime today=c.today
                    waiting=draft.with(|d| d.waiting(c.regime))/>
                <crate::app::result::Warnings result regime=c.regime/>
            }
            .into_any(),
            Ok(_) => view! {
                <p class="note info">{tr("还缺少信息：请检查下面的回答。", "Something is still missing: check the answers below.")}</p>
            }
            .into_any(),
            Err(e) => view! {
                <p class="note error">{say(e.text(Style::Form))}</p>
            }
            .into_any(),
        }
    };
    let rows = move || {
        draft.with(summary)
            .into_iter()
            .map(|(label, value, step)| {
                let edit_label = change(&label);
                view! {
                    <div class="guide-summary-row">
                        <dt>{say(label)}</dt>
                        <dd>{say(value)} " " <button type="button" class="link" aria-label=say(edit_label) on:click=move |_| page.set(Page::Guide(step.number()))>{tr("修改", "Change")}</button></dd>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <Question text=tr("根据您的回答", "From your answers")/>
        {answer}
        <h3>{tr("您的回答", "Your answers")}</h3>
        <dl class="guide-summary">{rows}</dl>
        <button type="button" class="primary" on:click=move |_| page.set(Page::Calculator)>
            {tr("查看全部期限和时间线", "See every deadline and the timeline")}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answers_are_summed_up_in_the_order_asked() {
        let draft = Draft {
            regime: "shanghai-2025".into(),
            incidents: vec![
                IncidentDraft {
                    points: "3".into(),
                    decided_on: "2026-03-10".into(),
                    items: vec![String::new()],
                    ..IncidentDraft::default()
                },
                IncidentDraft {
                    items: vec!["13.2".into()],
                    responsibility: "primary".into(),
                    notified_on: "2026-11-25".into(),
                    ..IncidentDraft::default()
                },
            ],
            ..Draft::default()
        };
        let rows = summary(&draft);
        let zh: Vec<_> = rows
            .iter()
            .map(|(label, value, _)| format!("{}: {}", label.zh, value.zh))
            .collect();
        assert_eq!(
            zh,
            [
                "文件: 沪医保规〔2025〕3号",
                "条目: 13.2",
                "情节: 主要责任",
                "日期: 收到告知 2026-11-25，尚未决定",
                "此前记分: 3 分（2026-03-10）",
            ]
        );
        assert_eq!(change(&rows[4].0).en, "Change the earlier points");
    }

    #[test]
    fn the_facts_ticked_are_said_as_the_regime_names_them() {
        let sh2023 = crate::scoring::RegimeId::parse("shanghai-2023")
            .unwrap()
            .info();
        let ticked = IncidentDraft {
            severe: true,
            fraud: true,
            ..IncidentDraft::default()
        };
        assert_eq!(
            facts_summary(sh2023, &ticked),
            Text::fixed(
                "性质恶劣或基金损失严重；以骗取基金为目的",
                "egregious or a serious loss; to defraud the fund"
            )
        );
        assert_eq!(
            facts_summary(sh2023, &IncidentDraft::default()).zh,
            "均不适用"
        );
    }
}
