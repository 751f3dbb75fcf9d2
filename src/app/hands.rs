//! A show of hands, for a room whose answers no server collects: one question at a time,
//! projector-sized; the trainer counts the hands for each choice and types the counts;
//! "显示结果" shows each choice's share and the right one. Nothing leaves the page.

use leptos::prelude::*;

use super::i18n::{say, tr};
use crate::scoring::text::Text;
use crate::teach::quiz::Question;

/// Each count's share of the whole in whole percent, summing to 100 (largest remainder);
/// all 0 when no hand was counted.
///
/// ```
/// use jifen::app::hands::shares;
/// assert_eq!(shares(&[1, 1, 1]), [34, 33, 33]);
/// assert_eq!(shares(&[30, 10, 0, 0]), [75, 25, 0, 0]);
/// assert_eq!(shares(&[0, 0]), [0, 0]);
/// ```
pub fn shares(counts: &[u32]) -> Vec<u32> {
    let total: u32 = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let mut out: Vec<u32> = counts.iter().map(|c| c * 100 / total).collect();
    let mut rest: Vec<(usize, u32)> = counts
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c * 100 % total))
        .collect();
    crate::calendar::sort_by(&mut rest, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let missing = 100 - out.iter().sum::<u32>();
    for (i, _) in rest.into_iter().take(missing as usize) {
        out[i] += 1;
    }
    out
}

/// Where the show of hands is: `第 2 / 10 题`.
fn position(index: usize, count: usize) -> Text {
    Text::new(
        format!("第 {} / {count} 题", index + 1),
        format!("Question {} of {count}", index + 1),
    )
}

/// The show of hands over `questions`.
#[component]
pub fn Hands(
    /// The quiz's questions, in order.
    questions: Vec<Question>,
) -> impl IntoView {
    let count = questions.len();
    let index = RwSignal::new(0usize);
    let counts: Vec<Vec<RwSignal<u32>>> = questions
        .iter()
        .map(|q| q.choices.iter().map(|_| RwSignal::new(0)).collect())
        .collect();
    let shown: Vec<RwSignal<bool>> = questions.iter().map(|_| RwSignal::new(false)).collect();
    let lang = super::i18n::lang();
    let slides = questions
        .into_iter()
        .enumerate()
        .map(|(i, q)| {
            let counts = counts[i].clone();
            let revealed = shown[i];
            let share = {
                let counts = counts.clone();
                Memo::new(move |_| shares(&counts.iter().map(|c| c.get()).collect::<Vec<_>>()))
            };
            let key = q.answer;
            let choices = q
                .choices
                .iter()
                .enumerate()
                .map(|(j, c)| {
                    let hands = counts[j];
                    let id = format!("hands-{i}-{j}");
                    let label_for = id.clone();
                    let letter = super::quiz::letter(j);
                    // (Set through the style object: the CSP refuses style attributes.)
                    let width = move || format!("{}%", share.with(|s| s[j]));
                    view! {
                        <li class="hands-choice" class:right=move || revealed.get() && j == key>
                            <label for=label_for><span class="letter">{letter}</span> " " {say(c.label.clone())}</label>
                            <input type="number" min="0" inputmode="numeric" id=id class="hands-count"
                                aria-label=say(Text::new(format!("选 {letter} 的人数"), format!("Hands for {letter}")))
                                prop:value=move || hands.get().to_string()
                                on:input=move |ev| hands.set(event_target_value(&ev).trim().parse().unwrap_or(0))/>
                            <span class="hands-bar" hidden=move || !revealed.get()>
                                <span class="hands-fill" style:width=width></span>
                                <span class="hands-share">{move || format!("{}%", share.with(|s| s[j]))}</span>
                            </span>
                        </li>
                    }
                })
                .collect_view();
            let right = say(super::quiz::right_answer(&q));
            view! {
                <div class="hands-slide" hidden=move || index.get() != i>
                    <p class="hands-prompt">{say(q.prompt.clone())}</p>
                    <ol class="hands-choices">{choices}</ol>
                    <p class="hands-answer" hidden=move || !revealed.get()><strong>{right}</strong></p>
                </div>
            }
        })
        .collect_view();
    let reveal = {
        let shown = shown.clone();
        move |_| {
            if let Some(s) = shown.get(index.get_untracked()) {
                s.update(|v| *v = !*v);
            }
        }
    };
    let is_shown = move || shown.get(index.get()).is_some_and(|s| s.get());
    let (hide, show) = (
        tr("隐藏结果", "Hide the result"),
        tr("显示结果", "Show the result"),
    );
    let position = move || position(index.get(), count).get(lang.get()).to_string();
    view! {
        <section class="card hands no-print" aria-labelledby="hands-title">
            <h2 id="hands-title">{tr("举手统计", "Show of hands")} " · " <span role="status">{position}</span></h2>
            <p class="hint">{tr(
                "请学员举手选择，数出每个选项的人数填入框内，再按“显示结果”：各选项所占比例和正确答案随即显示。数字只在本页，不保存、不发送。",
                "Ask the room to raise hands for each choice, type the counts, then press “Show the result”: each choice's share and the right answer appear. The counts stay on this page: nothing is saved or sent.",
            )}</p>
            {slides}
            <div class="hands-actions">
                <button type="button" class="secondary" on:click=move |_| index.update(|n| *n = n.saturating_sub(1)) disabled=move || index.get() == 0>
                    {tr("← 上一题", "← Previous")}
                </button>
                <button type="button" class="primary hands-reveal" on:click=reveal>
                    {move || if is_shown() { hide() } else { show() }}
                </button>
                <button type="button" class="secondary" on:click=move |_| index.update(|n| *n = (*n + 1).min(count.saturating_sub(1))) disabled=move || { index.get() + 1 >= count }>
                    {tr("下一题 →", "Next →")}
                </button>
            </div>
        </section>
    }
}
