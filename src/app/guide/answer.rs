//! The sixth step: the answer, and each answer given, with a way back to its question.

use leptos::prelude::*;

use super::{asked, has_facts, info_of, Question, Step, FACTS};
use crate::app::i18n::{say, tr};
use crate::app::incidents::words;
use crate::app::{ctx, Ctx, Page};
use crate::exchange::draft::{Draft, Field, IncidentDraft};
use crate::scoring::error::Style;
use crate::scoring::outcome::Evaluation;
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
        format!("Change the {}", label.en.to_ascii_lowercase()),
    )
}

/// A measure whose length the office sets within a range (沪2023 第五条（四） 6—12 个月,
/// 温州 1—3 个月): the range, what the answer takes when the months are not given, and
/// the question that sets them (the trigger's id and those words).
fn sized_within_a_range(
    info: &RegimeInfo,
    draft: &Draft,
    result: &Evaluation,
) -> Vec<(String, Text)> {
    result
        .sanctions
        .iter()
        .filter_map(|s| {
            let m = s.months.as_ref()?;
            draft.incidents.iter().any(|i| i.id == s.trigger).then_some(())?;
            (m.min_months < m.max_months).then(|| {
                let measure = crate::scoring::words::sanction_short(info, s.kind);
                let (min, max, cite) = (m.min_months, m.max_months, &s.cite);
                let text = Text::new(
                    format!("{}期限在 {min}—{max} 个月内确定（{cite}）；未填写时按最短的 {min} 个月计算。决定书写明了期限的，请填写。", measure.zh),
                    format!("The {} lasts {min} to {max} months, as decided ({}); without the months, the answer takes the shortest, {min}. If the decision gives them, enter them.", measure.en.to_ascii_lowercase(), words::cite_en(cite)),
                );
                (s.trigger.clone(), text)
            })
        })
        .collect()
}

/// The months of a measure sized within a range, asked under the answer.
#[component]
fn MeasureMonths(
    /// The id of the incident whose decision set the measure.
    trigger: String,
    /// What the answer assumed and what to enter.
    text: Text,
) -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let months_of = move |d: &Draft, id: &str| {
        d.incidents
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.months.clone())
            .unwrap_or_default()
    };
    let id = trigger.clone();
    let value = Signal::derive(move || draft.with(|d| months_of(d, &id)));
    let id = trigger.clone();
    let notes = Signal::derive(move || {
        let row = draft.with(|d| d.incidents.iter().position(|i| i.id == id));
        row.map(|row| {
            computed.with(|c| {
                crate::app::fields::notes_at(
                    c,
                    &crate::exchange::draft::Place::Incident {
                        row,
                        field: "months".into(),
                    },
                )
            })
        })
        .unwrap_or_default()
    });
    let field_id = format!("guide-months-{trigger}");
    let set = Callback::new(move |v: String| {
        draft.update(|d| {
            if let Some(i) = d.incidents.iter_mut().find(|i| i.id == trigger) {
                i.months = v;
            }
        })
    });
    view! {
        <div class="measure-months">
            <crate::app::fields::Input
                id=field_id
                label=tr("决定的期限（月）", "Months decided")
                kind="number"
                value
                set
                notes
                hint=say(text)
            />
        </div>
    }
}

/// 分享 on the answer itself (a phone's one tap): copies the case's link, and shows it
/// for copying by hand where the browser does not allow that.
#[component]
fn ShareAnswer() -> impl IntoView {
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(None::<bool>);
    let share = move |_| {
        let address = crate::app::keep::share_link();
        link.set(Some(address.clone()));
        let promise = window().navigator().clipboard().write_text(&address);
        leptos::task::spawn_local(async move {
            copied.set(Some(
                wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
            ));
        });
    };
    let said = move || {
        match copied.get() {
        Some(true) => Some(view! {
            <p class="note info" role="status">{tr("链接已复制：粘贴到微信或邮件即可分享。链接包含整个案例，写在 # 之后，不会发送给任何服务器。", "Link copied: paste it into a chat or a mail. It holds the whole case after the #, which is never sent to a server.")}</p>
        }.into_any()),
        Some(false) => Some(view! {
            <p class="note info" role="status">{tr("浏览器不允许直接复制：请长按下面的链接复制。", "The browser would not copy it: select the link below and copy it.")}</p>
        }.into_any()),
        None => None,
    }
    };
    view! {
        <div class="guide-share">
            <button type="button" class="secondary" id="guide-share" on:click=share>{tr("分享：复制链接", "Share: copy the link")}</button>
            {said}
            {move || (copied.get() == Some(false)).then(|| view! {
                <input id="guide-share-link" type="text" readonly aria-label=tr("分享链接", "Share link") prop:value=move || link.get().unwrap_or_default()/>
            })}
        </div>
    }
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
    // Kept while the months typed are refused (out of the range), so that the field and
    // its message stay where the person is typing.
    let ranges = Memo::new(move |before: Option<&Vec<(String, Text)>>| {
        computed.with(|c| match &c.outcome {
            Ok(result) => draft.with(|d| sized_within_a_range(c.regime.info(), d, result)),
            Err(_) => before.cloned().unwrap_or_default(),
        })
    });
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
        <ShareAnswer/>
        <For each=move || ranges.get() key=|(trigger, _)| trigger.clone() let((trigger, text))>
            <MeasureMonths trigger text/>
        </For>
        <div class="guide-after">
            <crate::app::case_fields::AfterTheMeasure/>
        </div>
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

    /// 沪2023's suspension of 第五条（四） is sized by the office within 6—12 months: the
    /// answer says so and asks, whether or not the months are given yet.
    #[test]
    fn a_measure_sized_within_a_range_is_said_and_asked() {
        let case = serde_json::json!({"regime": "shanghai-2023", "as_of": "2024-12-31", "incidents": [
            {"id": "a", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "X"},
            {"id": "b", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "X", "severe": true},
            {"id": "c", "item": "4.2.2", "decided_on": "2024-03-05", "inspection": "X"},
            {"id": "d", "item": "4.1.8", "decided_on": "2024-07-01", "fraud": true}]});
        let imported = crate::exchange::case_file::import(&case.to_string()).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let result = crate::scoring::evaluate(&case, today).unwrap();
        let info = result.regime.info();
        let asked = sized_within_a_range(info, &imported.draft, &result);
        assert!(!asked.is_empty(), "{:?}", result.sanctions);
        let (trigger, text) = &asked[0];
        assert!(result.sanctions.iter().any(|s| &s.trigger == trigger));
        assert!(
            text.zh.contains("6—12 个月内确定（第五条（四））"),
            "{}",
            text.zh
        );
        assert!(text.en.contains("6 to 12 months"), "{}", text.en);
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
