//! What the training room says for a link it cannot follow: which part is wrong, and
//! where to go instead — never a blank page.

use leptos::prelude::*;

use super::{ctx, Ctx, Page};
use crate::exchange::route::{LinkProblem, MAX_QUESTIONS, MAX_SEED_CHARS};
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

/// The message and the ways on.
#[component]
pub fn BadLink(problem: Problem) -> impl IntoView {
    let Ctx { lang, page, .. } = ctx();
    let lang = lang.get_untracked();
    let (zh, en) = match &problem {
        Problem::Link(LinkProblem::UnknownRegime(id)) => (
            format!("链接中的制度“{id}”不存在。可用的制度编号：{}。", known_regimes()),
            format!("The link names a regime “{id}” that does not exist. The regimes are: {}.", known_regimes()),
        ),
        Problem::Link(LinkProblem::NoRegime) => (
            format!("链接没有指明制度，例如 #rules=shanghai-2025,jining-2024 或 #quiz=shanghai-2025。可用的制度编号：{}。", known_regimes()),
            format!("The link names no regime, e.g. #rules=shanghai-2025,jining-2024 or #quiz=shanghai-2025. The regimes are: {}.", known_regimes()),
        ),
        Problem::Link(LinkProblem::NoScenario) => (
            "链接没有指明要演示的案例，例如 #present=sh2025-one-shot-9。".to_string(),
            "The link names no scenario to present, e.g. #present=sh2025-one-shot-9.".to_string(),
        ),
        Problem::Link(LinkProblem::BadCount(n)) => (
            format!("题目数量“{n}”无效：应为 1 到 {MAX_QUESTIONS} 之间的整数，例如 n=10。"),
            format!("“{n}” is not a number of questions: give a whole number from 1 to {MAX_QUESTIONS}, e.g. n=10."),
        ),
        Problem::Link(LinkProblem::BadSeed(seed)) => (
            format!("题目种子“{seed}”无效：应为 1 到 {MAX_SEED_CHARS} 个字符，不含控制字符。"),
            format!("The seed “{seed}” cannot be used: give 1 to {MAX_SEED_CHARS} characters, without control characters."),
        ),
        Problem::Link(LinkProblem::UnknownParameter(part)) => (
            format!("链接中的“{part}”无法识别：测验链接只接受 n=题目数量 和 seed=题目种子。"),
            format!("“{part}” is not understood: a quiz link takes only n=(number of questions) and seed=(seed)."),
        ),
        Problem::Scenario(id) => (
            format!("案例库中没有编号为“{id}”的案例。"),
            format!("The scenario library has no scenario “{id}”."),
        ),
    };
    let go = move |target: Page| {
        move |ev: leptos::ev::MouseEvent| {
            if ev.ctrl_key() || ev.meta_key() || ev.shift_key() {
                return;
            }
            ev.prevent_default();
            page.set(target.clone());
        }
    };
    let rules = Page::Rules(vec![RegimeId::Shanghai2025, RegimeId::Jining2024]);
    let quiz = Page::Quiz {
        regime: RegimeId::Shanghai2025,
        questions: None,
        seed: None,
    };
    view! {
        <section class="card notice error bad-link" role="alert" aria-labelledby="bad-link-title">
            <h2 id="bad-link-title">{lang.t("这个链接无法打开", "This link cannot be opened")}</h2>
            <p>{lang.pick(zh, en)}</p>
            <ul>
                <li><a href=Page::Scenarios.fragment() on:click=go(Page::Scenarios)>{lang.t("案例库", "The scenario library")}</a></li>
                <li><a href=rules.fragment() on:click=go(rules.clone())>{lang.t("规则对照：沪2025 与 济宁", "Rules side by side: Shanghai 2025 and Jining")}</a></li>
                <li><a href=quiz.fragment() on:click=go(quiz.clone())>{lang.t("测验：沪医保规〔2025〕3号", "Quiz: Shanghai 2025")}</a></li>
            </ul>
        </section>
    }
}
