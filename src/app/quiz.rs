//! The quiz page (`#quiz=<regime>[&n=10&seed=…]`): questions from `teach::quiz`, each a
//! radio group; the first answer given counts, is explained with the core's own steps and
//! opens its article; the score comes at the end. A link without a seed gets one, written
//! into the address, so that the link shown (and its QR code) gives the room the same
//! questions. It prints as a handout, the answers on a page of their own.

use leptos::prelude::*;

use super::law::Cite;
use super::{ctx, Ctx, Page};
use crate::exchange::route::MAX_QUESTIONS;
use crate::scoring::RegimeId;
use crate::teach::quiz::{self, DEFAULT_QUESTIONS};

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

/// The quiz.
#[component]
pub fn Quiz(regime: RegimeId, questions: Option<u32>, seed: Option<String>) -> impl IntoView {
    let Ctx { lang, page, .. } = ctx();
    let lang = lang.get_untracked();
    let n = questions
        .unwrap_or(DEFAULT_QUESTIONS)
        .clamp(1, MAX_QUESTIONS);
    let seed = match seed {
        Some(seed) => seed,
        None => {
            // The seed goes into the address: the link shown is then the one that gives
            // these questions. When the address already names this quiz (a link opened,
            // Back), it is replaced; otherwise the page is being opened from another, and
            // its new history entry is written with the seed.
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
    };
    let list = quiz::generate(regime, n, &seed);
    let count = list.len();
    let chosen: Vec<RwSignal<Option<usize>>> = (0..count).map(|_| RwSignal::new(None)).collect();
    let chosen_all = chosen.clone();
    let answered = Memo::new(move |_| chosen_all.iter().filter(|c| c.get().is_some()).count());
    let right = {
        let chosen = chosen.clone();
        let keys: Vec<usize> = list.iter().map(|q| q.answer).collect();
        Memo::new(move |_| {
            chosen
                .iter()
                .zip(&keys)
                .filter(|(c, k)| c.get() == Some(**k))
                .count()
        })
    };
    let route = Page::Quiz {
        regime,
        questions: Some(n),
        seed: Some(seed.clone()),
    };
    let fragment = route.fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let info = regime.info();
    let title = lang.pick(
        format!("测验：{}（{n} 题）", info.document),
        format!("Quiz: {} ({n} questions)", info.document),
    );
    let new_questions = move |_| {
        page.set(Page::Quiz {
            regime,
            questions: Some(n),
            seed: Some(fresh_seed()),
        })
    };
    let items = list
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pick = chosen[i];
            let prompt_id = format!("q{}-prompt", i + 1);
            let key = q.answer;
            let options = q
                .choices
                .iter()
                .enumerate()
                .map(|(j, c)| {
                    let id = format!("q{}-{}", i + 1, j);
                    let label_for = id.clone();
                    let label = lang.pick(c.zh.clone(), c.en.clone());
                    let name = format!("q{}", i + 1);
                    view! {
                        <label class="quiz-choice" for=label_for
                            class:right=move || pick.get().is_some() && j == key
                            class:wrong=move || pick.get() == Some(j) && j != key>
                            <input type="radio" id=id name=name
                                prop:checked=move || pick.get() == Some(j)
                                disabled=move || pick.get().is_some_and(|p| p != j)
                                on:change=move |_| if pick.get_untracked().is_none() { pick.set(Some(j)) }/>
                            <span class="letter">{LETTERS.get(j).copied().unwrap_or("")}</span>
                            <span>{label}</span>
                        </label>
                    }
                })
                .collect_view();
            let explain = lang.pick(q.explain_zh.clone(), q.explain_en.clone());
            let cite = q.cite.clone();
            let right_label = LETTERS.get(key).copied().unwrap_or("");
            let right_text = q
                .choices
                .get(key)
                .map(|c| lang.pick(c.zh.clone(), c.en.clone()))
                .unwrap_or_default();
            let feedback = {
                let explain = explain.clone();
                let cite = cite.clone();
                let right_text = right_text.clone();
                move || {
                    pick.get().map(|p| {
                        let verdict = if p == key {
                            lang.t("回答正确。", "Right.")
                        } else {
                            lang.t("回答错误。", "Not quite.")
                        };
                        view! {
                            <div class="quiz-feedback" class:right=p == key class:wrong=p != key>
                                <p><strong>{verdict}</strong> " "
                                    {lang.pick(format!("正确答案：{right_label}. {right_text}"), format!("The answer: {right_label}. {right_text}"))}</p>
                                <p>{explain.clone()}</p>
                                <p class="cites">{lang.t("依据：", "Article: ")}<Cite regime cite=cite.clone()/></p>
                            </div>
                        }
                    })
                }
            };
            let prompt = lang.pick(q.prompt_zh.clone(), q.prompt_en.clone());
            view! {
                <li class="quiz-question">
                    <p class="quiz-prompt" id=prompt_id.clone()>{prompt}</p>
                    <div role="radiogroup" aria-labelledby=prompt_id class="quiz-choices">{options}</div>
                    <div aria-live="polite" class="no-print">{feedback}</div>
                </li>
            }
        })
        .collect_view();
    // The answer page of the handout.
    let key_list = list
        .iter()
        .map(|q| {
            let letter = LETTERS.get(q.answer).copied().unwrap_or("");
            let text = q
                .choices
                .get(q.answer)
                .map(|c| lang.pick(c.zh.clone(), c.en.clone()))
                .unwrap_or_default();
            let explain = lang.pick(q.explain_zh.clone(), q.explain_en.clone());
            view! {
                <li><strong>{letter} ". " {text}</strong> " （" {q.cite.clone()} "）" <br/><small>{explain}</small></li>
            }
        })
        .collect_view();
    let score = move || {
        let done = answered.get();
        if done < count {
            lang.pick(
                format!("已答 {done} / {count} 题"),
                format!("{done} of {count} answered"),
            )
        } else {
            lang.pick(
                format!("全部答完：答对 {} / {count} 题", right.get()),
                format!("All answered: {} of {count} right", right.get()),
            )
        }
    };
    let seed_shown = seed.clone();
    view! {
        <section class="card quiz-page handout" aria-labelledby="quiz-title">
            <p class="print-only handout-meta">
                {lang.t("测验讲义", "Quiz handout")} " · " {info.document} " · "
                {lang.t("打印日期 ", "printed ")} {super::today().to_string()} {lang.t(" · 题号种子 ", " · seed ")} {seed_shown.clone()}
            </p>
            <h2 id="quiz-title">{title.clone()}</h2>
            <p class="hint">{lang.pick(
                format!("题目由计算器按 {} 的条目、分档、期限和案例生成，答案由计算核心算出。同一链接（题号种子 {seed_shown}）对每个人出同样的题目；全部在本机完成。", info.document),
                format!("Questions generated from the items, bands, deadlines and scenarios of {}; every answer is computed by the core. The same link (seed {seed_shown}) gives everyone the same questions; all on this device.", info.document),
            )}</p>
            <div class="no-print">
                <super::qr::LinkBox link title=title.clone() id="quiz-link"/>
                <div class="scenario-actions">
                    <button type="button" class="secondary" on:click=new_questions>{lang.t("换一组题目", "New questions")}</button>
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{lang.t("打印讲义（答案另页）", "Print (answers on their own page)")}</button>
                </div>
            </div>
            <ol class="quiz-list">{items}</ol>
            <p class="quiz-score no-print" role="status">{score}</p>
            <section class="print-only quiz-answers" aria-label=lang.t("答案", "Answers")>
                <h2>{lang.t("答案与依据", "Answers and articles")}</h2>
                <ol>{key_list}</ol>
            </section>
        </section>
    }
}
