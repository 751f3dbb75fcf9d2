//! The quiz page (`#quiz=<regime>[&n=10&seed=…]`): questions from `teach::quiz`, each a
//! radio group; the first answer given counts, is explained with the core's own steps and
//! opens its article; the score comes at the end. A link without a seed gets one, written
//! into the address, so that the link shown (and its QR code) gives the room the same
//! questions. It prints as a handout, the answers on a page of their own. Switching the
//! language redraws the words and keeps the answers given.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::exchange::route::MAX_QUESTIONS;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::quiz::{self, Question, DEFAULT_QUESTIONS};

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

/// A fresh seed: short, readable aloud, from the clock and the browser's randomness.
fn fresh_seed() -> String {
    let mut n = (js_sys::Date::now() as u64) ^ ((js_sys::Math::random() * 1e12) as u64);
    let alphabet = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut out = String::new();
    for _ in 0..6 {
        out.push(alphabet[(n % alphabet.len() as u64) as usize] as char);
        n /= alphabet.len() as u64;
    }
    out
}

/// Replaces the address with `route` (no new history entry).
fn replace_address(route: &Page) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.fragment()),
        );
    }
}

/// The letter of choice `i`.
fn letter(i: usize) -> &'static str {
    LETTERS.get(i).copied().unwrap_or("")
}

/// The right answer, as the feedback states it: `正确答案：B. 3 分`.
fn right_answer(q: &Question) -> Text {
    let label = q
        .choices
        .get(q.answer)
        .map(|c| c.label.clone())
        .unwrap_or_default();
    let letter = letter(q.answer);
    Text::new(
        format!("正确答案：{letter}. {}", label.zh),
        format!("The answer: {letter}. {}", label.en),
    )
}

/// How far the room has got: `已答 3 / 10 题`, then the score.
fn progress(done: usize, right: usize, count: usize) -> Text {
    if done < count {
        Text::new(
            format!("已答 {done} / {count} 题"),
            format!("{done} of {count} answered"),
        )
    } else {
        Text::new(
            format!("全部答完：答对 {right} / {count} 题"),
            format!("All answered: {right} of {count} right"),
        )
    }
}

/// The page's title: `测验：济宁市医疗保障局通知（2024年3月29日）（10 题）`.
fn title(regime: RegimeId, n: u32) -> Text {
    let document = regime.info().document;
    Text::new(
        format!("测验：{document}（{n} 题）"),
        format!("Quiz: {document} ({n} questions)"),
    )
}

/// The seed of the quiz shown: the link's, or a fresh one written into the address (so
/// that the link shown gives these questions). When the address already names this quiz
/// (a link opened, Back), it is replaced; otherwise the page is being opened from
/// another, and its new history entry is written with the seed.
fn seed_of(regime: RegimeId, n: u32, seed: Option<String>) -> String {
    if let Some(seed) = seed {
        return seed;
    }
    let Ctx { page, .. } = ctx();
    let seed = fresh_seed();
    let route = Page::Quiz {
        regime,
        questions: Some(n),
        seed: Some(seed.clone()),
    };
    let here = Page::parse(&window().location().hash().unwrap_or_default());
    if matches!(here, Some(Page::Quiz { seed: None, .. })) {
        replace_address(&route);
    }
    page.update_untracked(|p| *p = route);
    seed
}

/// One question: its prompt, its choices as a radio group, and once answered, whether
/// the answer is right, the right one, why, and the article.
#[component]
fn QuestionItem(
    /// The question.
    question: Question,
    /// Its number, from 1.
    number: usize,
    /// The choice given, if any (the first counts).
    pick: RwSignal<Option<usize>>,
) -> impl IntoView {
    let q = question;
    let prompt_id = format!("q{number}-prompt");
    let key = q.answer;
    let regime = q.regime;
    let options = q
        .choices
        .iter()
        .enumerate()
        .map(|(j, c)| {
            let id = format!("q{number}-{j}");
            let label_for = id.clone();
            let name = format!("q{number}");
            view! {
                <label class="quiz-choice" for=label_for
                    class:right=move || pick.get().is_some() && j == key
                    class:wrong=move || pick.get() == Some(j) && j != key>
                    <input type="radio" id=id name=name
                        prop:checked=move || pick.get() == Some(j)
                        disabled=move || pick.get().is_some_and(|p| p != j)
                        on:change=move |_| if pick.get_untracked().is_none() { pick.set(Some(j)) }/>
                    <span class="letter">{letter(j)}</span>
                    <span>{say(c.label.clone())}</span>
                </label>
            }
        })
        .collect_view();
    let feedback = {
        let explain = q.explain.clone();
        let cite = q.cite.clone();
        let right = right_answer(&q);
        move || {
            pick.get().map(|p| {
                let verdict = if p == key {
                    tr("回答正确。", "Right.")
                } else {
                    tr("回答错误。", "Not quite.")
                };
                view! {
                    <div class="quiz-feedback" class:right=p == key class:wrong=p != key>
                        <p><strong>{verdict}</strong> " " {say(right.clone())}</p>
                        <p>{say(explain.clone())}</p>
                        <p class="cites">{tr("依据：", "Article: ")}<Cite regime cite=cite.clone()/></p>
                    </div>
                }
            })
        }
    };
    view! {
        <li class="quiz-question">
            <p class="quiz-prompt" id=prompt_id.clone()>{say(q.prompt.clone())}</p>
            <div role="radiogroup" aria-labelledby=prompt_id class="quiz-choices">{options}</div>
            <div aria-live="polite" class="no-print">{feedback}</div>
        </li>
    }
}

/// The answer page of the handout.
fn answer_key(list: &[Question]) -> impl IntoView {
    list.iter()
        .map(|q| {
            let text = q
                .choices
                .get(q.answer)
                .map(|c| c.label.clone())
                .unwrap_or_default();
            view! {
                <li><strong>{letter(q.answer)} ". " {say(text)}</strong> " （" {q.cite.clone()} "）" <br/><small>{say(q.explain.clone())}</small></li>
            }
        })
        .collect_view()
}

/// The quiz.
#[component]
pub fn Quiz(regime: RegimeId, questions: Option<u32>, seed: Option<String>) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let n = questions
        .unwrap_or(DEFAULT_QUESTIONS)
        .clamp(1, MAX_QUESTIONS);
    let seed = seed_of(regime, n, seed);
    let list = quiz::generate(regime, n, &seed);
    let count = list.len();
    let chosen: Vec<RwSignal<Option<usize>>> = (0..count).map(|_| RwSignal::new(None)).collect();
    let score = {
        let chosen = chosen.clone();
        let keys: Vec<usize> = list.iter().map(|q| q.answer).collect();
        Memo::new(move |_| {
            let done = chosen.iter().filter(|c| c.get().is_some()).count();
            let right = chosen
                .iter()
                .zip(&keys)
                .filter(|(c, k)| c.get() == Some(**k))
                .count();
            progress(done, right, count)
        })
    };
    let route = Page::Quiz {
        regime,
        questions: Some(n),
        seed: Some(seed.clone()),
    };
    let fragment = route.fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let document = regime.info().document;
    let title = title(regime, n);
    let new_questions = move |_| {
        page.set(Page::Quiz {
            regime,
            questions: Some(n),
            seed: Some(fresh_seed()),
        })
    };
    let key_list = answer_key(&list);
    let items = list
        .into_iter()
        .zip(chosen)
        .enumerate()
        .map(|(i, (question, pick))| view! { <QuestionItem question number=i + 1 pick/> })
        .collect_view();
    let lang = super::i18n::lang();
    let score = move || score.with(|t| t.get(lang.get()).to_string());
    let hint = Text::new(
        format!("题目由计算器按 {document} 的条目、分档、期限和案例生成，答案由计算核心算出。同一链接（题号种子 {seed}）对每个人出同样的题目；全部在本机完成。"),
        format!("Questions generated from the items, bands, deadlines and scenarios of {document}; every answer is computed by the core. The same link (seed {seed}) gives everyone the same questions; all on this device."),
    );
    view! {
        <section class="card quiz-page handout" aria-labelledby="quiz-title">
            <p class="print-only handout-meta">
                {tr("测验讲义", "Quiz handout")} " · " {document} " · "
                {tr("打印日期 ", "printed ")} {super::today().to_string()} {tr(" · 题号种子 ", " · seed ")} {seed.clone()}
            </p>
            <h2 id="quiz-title">{say(title.clone())}</h2>
            <p class="hint">{say(hint)}</p>
            <div class="no-print">
                <super::qr::LinkBox link title=Signal::derive(say(title)) id="quiz-link"/>
                <div class="scenario-actions">
                    <button type="button" class="secondary" on:click=new_questions>{tr("换一组题目", "New questions")}</button>
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{tr("打印讲义（答案另页）", "Print (answers on their own page)")}</button>
                </div>
            </div>
            <ol class="quiz-list">{items}</ol>
            <p class="quiz-score no-print" role="status">{score}</p>
            <section class="print-only quiz-answers" aria-label=tr("答案", "Answers")>
                <h2>{tr("答案与依据", "Answers and articles")}</h2>
                <ol>{key_list}</ol>
            </section>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_score_comes_once_every_question_is_answered() {
        assert_eq!(progress(3, 2, 10).zh, "已答 3 / 10 题");
        assert_eq!(progress(10, 7, 10).en, "All answered: 7 of 10 right");
    }

    #[test]
    fn the_right_answer_is_stated_with_its_letter() {
        let q = &quiz::generate(RegimeId::FIRST, 1, "x")[0];
        let said = right_answer(q);
        assert!(said
            .zh
            .starts_with(&format!("正确答案：{}. ", letter(q.answer))));
        assert!(said.en.ends_with(q.choices[q.answer].label.en.as_ref()));
    }
}
