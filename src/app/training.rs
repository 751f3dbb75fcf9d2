//! What the training room says for a link it cannot follow: which part is wrong, and
//! where to go instead — never a blank page.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::{ctx, Ctx, Page};
use crate::exchange::route::{LinkProblem, MAX_QUESTIONS, MAX_SEED_CHARS};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// Why a training page cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The link itself (`#rules=beijing`).
    Link(LinkProblem),
    /// A scenario id the library does not have (`#present=x`).
    Scenario(String),
}

fn known_regimes() -> String {
    RegimeId::ALL
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What is wrong with the link, in words.
fn message(problem: &Problem) -> Text {
    match problem {
        Problem::Link(LinkProblem::UnknownRegime(id)) => Text::new(
            format!("链接中的制度“{id}”不存在。可用的制度编号：{}。", known_regimes()),
            format!("The link names a regime “{id}” that does not exist. The regimes are: {}.", known_regimes()),
        ),
        Problem::Link(LinkProblem::NoRegime) => Text::new(
            format!("链接没有指明制度，例如 #rules=shanghai-2025,jining-2024 或 #quiz=shanghai-2025。可用的制度编号：{}。", known_regimes()),
            format!("The link names no regime, e.g. #rules=shanghai-2025,jining-2024 or #quiz=shanghai-2025. The regimes are: {}.", known_regimes()),
        ),
        Problem::Link(LinkProblem::NoScenario) => Text::fixed(
            "链接没有指明要演示的案例，例如 #present=sh2025-one-shot-9。",
            "The link names no scenario to present, e.g. #present=sh2025-one-shot-9.",
        ),
        Problem::Link(LinkProblem::BadCount(n)) => Text::new(
            format!("题目数量“{n}”无效：应为 1 到 {MAX_QUESTIONS} 之间的整数，例如 n=10。"),
            format!("“{n}” is not a number of questions: give a whole number from 1 to {MAX_QUESTIONS}, e.g. n=10."),
        ),
        Problem::Link(LinkProblem::BadSeed(seed)) => Text::new(
            format!("题目种子“{seed}”无效：应为 1 到 {MAX_SEED_CHARS} 个字符，不含控制字符。"),
            format!("The seed “{seed}” cannot be used: give 1 to {MAX_SEED_CHARS} characters, without control characters."),
        ),
        Problem::Link(LinkProblem::UnknownParameter(part)) => Text::new(
            format!("链接中的“{part}”无法识别：测验链接只接受 n=题目数量 和 seed=题目种子。"),
            format!("“{part}” is not understood: a quiz link takes only n=(number of questions) and seed=(seed)."),
        ),
        Problem::Scenario(id) => Text::new(
            format!("案例库中没有编号为“{id}”的案例。"),
            format!("The scenario library has no scenario “{id}”."),
        ),
    }
}

/// The pages offered instead: the library, the rules of the first regime beside another,
/// and the first regime's quiz — each with its words.
fn ways_on() -> [(Page, Text); 3] {
    let first = RegimeId::FIRST;
    let other = super::rules::beside(first);
    let (a, b) = (first.info().document, other.info().document);
    [
        (
            Page::Scenarios,
            Text::fixed("案例库", "The scenario library"),
        ),
        (
            Page::Rules(vec![first, other]),
            Text::new(
                format!("规则对照：{a} 与 {b}"),
                format!("Rules side by side: {a} and {b}"),
            ),
        ),
        (
            Page::Quiz {
                regime: first,
                questions: None,
                seed: None,
            },
            Text::new(format!("测验：{a}"), format!("Quiz: {a}")),
        ),
    ]
}

/// The message and the ways on.
#[component]
pub fn BadLink(problem: Problem) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let ways = ways_on()
        .into_iter()
        .map(|(target, text)| {
            let href = target.fragment();
            let go = move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                    return;
                }
                ev.prevent_default();
                page.set(target.clone());
            };
            view! { <li><a href=href on:click=go>{say(text)}</a></li> }
        })
        .collect_view();
    view! {
        <section class="card notice error bad-link" role="alert" aria-labelledby="bad-link-title">
            <h2 id="bad-link-title">{tr("这个链接无法打开", "This link cannot be opened")}</h2>
            <p>{say(message(&problem))}</p>
            <ul>{ways}</ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_link_says_what_is_wrong_and_offers_the_first_regime() {
        let said = message(&Problem::Link(LinkProblem::UnknownRegime("beijing".into())));
        assert!(said.zh.contains("“beijing”不存在"), "{}", said.zh);
        assert!(said.en.contains("does not exist"));
        let [_, (rules, _), (quiz, _)] = ways_on();
        assert_eq!(
            rules,
            Page::Rules(vec![
                RegimeId::FIRST,
                super::super::rules::beside(RegimeId::FIRST)
            ])
        );
        assert!(matches!(quiz, Page::Quiz { regime, .. } if regime == RegimeId::FIRST));
    }
}
