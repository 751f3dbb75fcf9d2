//! The quiz page (`#quiz=<regime>[&n=10&topics=procedure,repairs&seed=…]`): questions from
//! `teach::quiz` on the topics asked, each a radio group; the first answer given counts,
//! is explained with the article and the arithmetic and opens its article; the score
//! comes at the end. A link without a seed gets one, written into the address, so that
//! the link shown (and its QR code) gives the room the same questions; "换一组题目" on one
//! phone says that it now shows other questions than the room's, and leads back. The
//! trainer's tools: the topics and the length of a new link, what can be known of the
//! room's answers without a server, and a show of hands ([`super::hands`]). It prints as
//! a handout with its QR code, the answers on a page of their own. Switching the
//! language redraws the words and keeps the answers given.

use std::cell::RefCell;

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::law::Cite;
use super::training::{BadLink, Problem};
use super::{ctx, Ctx, Page};
use crate::exchange::route::{LinkProblem, MAX_QUESTIONS};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::quiz::{self, Question, Topic, DEFAULT_QUESTIONS};

const LETTERS: [&str; 6] = ["A", "B", "C", "D", "E", "F"];

thread_local! {
    /// The room's quiz, as the link opened here gave it, once this device has asked for
    /// other questions ("换一组题目"): its route, to lead back to it.
    static ROOM: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// A fresh seed: short, readable aloud, from the clock and the browser's randomness.
pub(crate) fn fresh_seed() -> String {
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
pub(crate) fn letter(i: usize) -> &'static str {
    LETTERS.get(i).copied().unwrap_or("")
}

/// The right answer, as the feedback states it: `正确答案：B. 3 分`.
pub(crate) fn right_answer(q: &Question) -> Text {
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

/// The page's title: `测验：济宁市医疗保障局通知（2024年3月29日）（10 题）`, with the topics
/// when the link chose some.
fn title(regime: RegimeId, n: usize, topics: &[Topic]) -> Text {
    let document = regime.info().document;
    let on = if topics.is_empty() {
        Text::default()
    } else {
        let zh: Vec<String> = topics.iter().map(|t| t.words().zh.into_owned()).collect();
        let en: Vec<String> = topics.iter().map(|t| t.words().en.into_owned()).collect();
        Text::new(
            format!("·{}", zh.join("、")),
            format!(" · {}", en.join(", ")),
        )
    };
    Text::new(
        format!("测验：{document}（{n} 题）{}", on.zh),
        format!("Quiz: {document} ({n} questions){}", on.en),
    )
}

/// What the page says when the topics give fewer questions than asked.
fn fewer(asked: u32, got: usize) -> Option<Text> {
    (got < asked as usize).then(|| {
        Text::new(
            format!("所选主题下只有 {got} 道不同的题目（要求 {asked} 道）：每道题在一组中只出一次。"),
            format!("The topics chosen hold only {got} different questions ({asked} asked): no question is asked twice in a set."),
        )
    })
}

/// The topics of a link: each code read, the first unknown one said.
fn topics_of(codes: &[String]) -> Result<Vec<Topic>, String> {
    codes
        .iter()
        .map(|c| Topic::parse(c).ok_or_else(|| c.clone()))
        .collect()
}

/// The seed of the quiz shown: the link's, or a fresh one written into the address (so
/// that the link shown gives these questions). When the address already names this quiz
/// (a link opened, Back), it is replaced; otherwise the page is being opened from
/// another, and its new history entry is written with the seed.
fn seed_of(route: &Page, seed: Option<String>) -> String {
    if let Some(seed) = seed {
        return seed;
    }
    let Ctx { page, .. } = ctx();
    let seed = fresh_seed();
    let mut route = route.clone();
    if let Page::Quiz { seed: s, .. } = &mut route {
        *s = Some(seed.clone());
    }
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
        let (yes, no) = (tr("回答正确。", "Right."), tr("回答错误。", "Not quite."));
        let article = tr("依据：", "Article: ");
        move || {
            pick.get().map(|p| {
                let verdict = if p == key { yes } else { no };
                view! {
                    <div class="quiz-feedback" class:right=p == key class:wrong=p != key>
                        <p><strong>{verdict}</strong> " " {say(right.clone())}</p>
                        <p>{say(explain.clone())}</p>
                        <p class="cites">{article}<Cite regime cite=cite.clone()/></p>
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

/// The trainer's tools: a new link on chosen topics and length, what a trainer can
/// know of the room's answers, and the show of hands.
#[component]
fn TrainerTools(
    /// The quiz shown.
    regime: RegimeId,
    /// Its topics (none: every one).
    topics: Vec<Topic>,
    /// Its length.
    n: u32,
    /// Whether the show of hands is open.
    hands: RwSignal<bool>,
) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let chosen: Vec<(Topic, RwSignal<bool>)> = Topic::of(regime)
        .into_iter()
        .map(|t| (t, RwSignal::new(topics.contains(&t))))
        .collect();
    let length = RwSignal::new(n);
    let boxes = chosen
        .iter()
        .map(|(t, on)| {
            let (t, on) = (*t, *on);
            let id = format!("topic-{}", t.code());
            let label_for = id.clone();
            view! {
                <label class="radio" for=label_for>
                    <input type="checkbox" id=id prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev))/>
                    <span>{say(t.words())}</span>
                </label>
            }
        })
        .collect_view();
    let make = move |_| {
        let codes: Vec<String> = chosen
            .iter()
            .filter(|(_, on)| on.get_untracked())
            .map(|(t, _)| t.code().to_string())
            .collect();
        ROOM.with(|r| r.borrow_mut().take());
        page.set(Page::Quiz {
            regime,
            questions: Some(length.get_untracked().clamp(1, MAX_QUESTIONS)),
            seed: Some(fresh_seed()),
            topics: codes,
        });
    };
    view! {
        <details class="card trainer-tools no-print">
            <summary>{tr("教员工具：选题、题量、课堂作答统计", "For the trainer: topics, length, the room's answers")}</summary>
            <fieldset class="field">
                <legend>{tr("主题（不选即全部）", "Topics (none: all)")}</legend>
                <div class="radios topic-choices">{boxes}</div>
            </fieldset>
            <p class="field">
                <label for="quiz-length">{tr("题量", "Questions")}</label> " "
                <input id="quiz-length" type="number" min="1" max=MAX_QUESTIONS.to_string() inputmode="numeric"
                    prop:value=move || length.get().to_string()
                    on:input=move |ev| length.set(event_target_value(&ev).trim().parse().unwrap_or(DEFAULT_QUESTIONS))/>
                " "
                <button type="button" class="primary" on:click=make>{tr("按所选生成新链接", "Make a new link with these")}</button>
            </p>
            <p class="note info room-answers">{tr(
                "本测验不经过服务器：每位学员的作答只留在自己的手机上，教员看不到全场的答题情况，也无法收集成绩。要了解全场的情况，可用“举手统计”：学员举手，教员填入每个选项的人数，投影显示各选项的比例和正确答案。",
                "This quiz goes through no server: each trainee's answers stay on their own phone, and the trainer cannot see the room's answers or collect scores. To see where the room stands, use the show of hands: the room raises hands, the trainer types the count for each choice, and the projector shows each choice's share and the right answer.",
            )}</p>
            <button type="button" class="secondary" on:click=move |_| hands.update(|h| *h = !*h)>
                {let (open, close) = (tr("举手统计（投影）", "Show of hands (projector)"), tr("关闭举手统计", "Close the show of hands")); move || if hands.get() { close() } else { open() }}
            </button>
        </details>
    }
}

/// The notice on a phone that asked for other questions: they are not the room's.
fn changed_notice(room: Page, seed: &str) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let back = move |_| {
        ROOM.with(|r| r.borrow_mut().take());
        page.set(room.clone());
    };
    view! {
        <p class="note warning quiz-changed" role="status">
            {say(Text::new(
                format!("这台设备现在显示的是另一组题目（题号种子 {seed}），与课堂上其他人的题目不同。"),
                format!("This device now shows other questions (seed {seed}) than the rest of the room."),
            ))}
            " "
            <button type="button" class="link" on:click=back>{tr("回到课堂的题目", "Back to the room's questions")}</button>
        </p>
    }
}

/// The quiz.
#[component]
pub fn Quiz(
    regime: RegimeId,
    questions: Option<u32>,
    seed: Option<String>,
    topics: Vec<String>,
) -> impl IntoView {
    let topics = match topics_of(&topics) {
        Ok(list) => list,
        Err(code) => {
            return view! { <BadLink problem=Problem::Link(LinkProblem::UnknownTopic(code))/> }
                .into_any()
        }
    };
    let Ctx { page, .. } = ctx();
    let n = questions
        .unwrap_or(DEFAULT_QUESTIONS)
        .clamp(1, MAX_QUESTIONS);
    let codes: Vec<String> = topics.iter().map(|t| t.code().to_string()).collect();
    let asked = Page::Quiz {
        regime,
        questions: Some(n),
        seed: seed.clone(),
        topics: codes.clone(),
    };
    let seed = seed_of(&asked, seed);
    let list = quiz::generate_on(regime, n, &seed, &topics);
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
        topics: codes.clone(),
    };
    let fragment = route.fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    let document = regime.info().document;
    let title = title(regime, count, &topics);
    let new_questions = {
        let route = route.clone();
        let codes = codes.clone();
        move |_| {
            // The room's quiz is the one this device showed first.
            ROOM.with(|r| {
                r.borrow_mut().get_or_insert_with(|| route.clone());
            });
            page.set(Page::Quiz {
                regime,
                questions: Some(n),
                seed: Some(fresh_seed()),
                topics: codes.clone(),
            })
        }
    };
    let room = ROOM.with(|r| r.borrow().clone()).filter(|r| *r != route);
    if room.is_none() {
        ROOM.with(|r| r.borrow_mut().take());
    }
    let hands = RwSignal::new(false);
    let hands_list = list.clone();
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
        format!("题目由计算器按 {document} 的条目、分档、程序和案例生成，答案由计算核心算出，每题写明作答所需的全部事实和日期。同一链接（题号种子 {seed}）对每个人出同样的题目；全部在本机完成。"),
        format!("Questions generated from the items, bands, procedure and scenarios of {document}; every answer is computed by the core, and each question states every fact and date it needs. The same link (seed {seed}) gives everyone the same questions; all on this device."),
    );
    view! {
        <section class="card quiz-page handout" aria-labelledby="quiz-title">
            <p class="print-only handout-meta">
                {tr("测验讲义", "Quiz handout")} " · " {document} " · "
                {tr("打印日期 ", "printed ")} {super::today().to_string()} {tr(" · 题号种子 ", " · seed ")} {seed.clone()}
            </p>
            <h2 id="quiz-title">{say(title.clone())}</h2>
            <p class="hint">{say(hint)}</p>
            {room.map(|room| changed_notice(room, &seed))}
            {fewer(n, count).map(|t| view! { <p class="note info">{say(t)}</p> })}
            <div class="no-print">
                <super::qr::LinkBox link title=Signal::derive(say(title.clone())) id="quiz-link"/>
                <div class="scenario-actions">
                    <button type="button" class="secondary" on:click=new_questions>{tr("换一组题目（仅本设备）", "New questions (this device only)")}</button>
                    <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{tr("打印讲义（答案另页）", "Print (answers on their own page)")}</button>
                </div>
            </div>
            <TrainerTools regime topics=topics.clone() n hands/>
            {move || hands.get().then(|| view! { <super::hands::Hands questions=hands_list.clone()/> })}
            <div class="print-only quiz-qr">
                <super::qr::QrImage link/>
                <p>{tr("扫码在手机上作答：", "Scan to answer on a phone: ")}{move || link.get()}</p>
                <super::qr::ReachNote link/>
            </div>
            <ol class="quiz-list">{items}</ol>
            <p class="quiz-score no-print" role="status">{score}</p>
            <section class="print-only quiz-answers" aria-label=tr("答案", "Answers")>
                <h2>{tr("答案与依据", "Answers and articles")}</h2>
                <ol>{key_list}</ol>
            </section>
        </section>
    }
    .into_any()
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

    #[test]
    fn a_link_names_its_topics_and_a_narrow_one_says_it_holds_fewer() {
        let topics = topics_of(&["procedure".into(), "repairs".into()]).expect("topics");
        let said = title(RegimeId::FIRST, 15, &topics);
        assert!(
            said.zh.ends_with("（15 题）·程序、期限与责任人、记分修复"),
            "{}",
            said.zh
        );
        assert_eq!(topics_of(&["fees".into()]), Err("fees".to_string()));
        assert!(fewer(20, 12).expect("fewer").zh.contains("只有 12 道"));
        assert_eq!(fewer(10, 10), None);
    }
}
