//! The training room's first screen (at the head of the 培训 tab, above the scenario
//! library): the room's quiz — its topics, its length, and a link with its seed, so that
//! every phone that scans it gets the same questions —, a deck of chosen parts, what
//! changed, and the rules side by side; each a link and a QR code.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::rules::page_link;
use super::{ctx, Ctx, Page};
use crate::exchange::route::MAX_QUESTIONS;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::changes::{default_pair, predecessor};
use crate::teach::quiz::{Topic, DEFAULT_QUESTIONS};
use crate::teach::scenarios;

/// The regime a session is about by default: the newest that replaced another (沪2025).
fn room_regime() -> RegimeId {
    default_pair().map_or(RegimeId::FIRST, |(_, to)| to)
}

/// The parts a deck of `regime` can hold, with their words: what changed, each scenario,
/// the quiz.
fn deck_choices(regime: RegimeId) -> Vec<(String, Text)> {
    let mut out: Vec<(String, Text)> = Vec::new();
    if let Some(from) = predecessor(regime) {
        out.push((
            format!("changes:{}", regime.as_str()),
            super::changes::title(from, regime),
        ));
    }
    out.extend(scenarios::of(regime).map(|s| (s.id.to_string(), Text::fixed(s.title, s.title_en))));
    out.push((
        format!("quiz:{}", regime.as_str()),
        Text::fixed("课堂测验（二维码）", "The quiz (QR code)"),
    ));
    out
}

/// The room's quiz: topics, length, and the link the room scans.
#[component]
fn RoomQuiz(regime: Signal<RegimeId>) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let topics: RwSignal<Vec<Topic>> = RwSignal::new(Vec::new());
    let length = RwSignal::new(DEFAULT_QUESTIONS);
    let seed = RwSignal::new(super::quiz::fresh_seed());
    Effect::new(move |_| {
        regime.track();
        topics.set(Vec::new());
    });
    let route = Memo::new(move |_| Page::Quiz {
        regime: regime.get(),
        questions: Some(length.get().clamp(1, MAX_QUESTIONS)),
        seed: Some(seed.get()),
        topics: topics.get().iter().map(|t| t.code().to_string()).collect(),
    });
    let link = Signal::derive(move || super::qr::app_link(&route.get().fragment()));
    let boxes = move || {
        Topic::of(regime.get())
            .into_iter()
            .map(|t| {
                let id = format!("room-topic-{}", t.code());
                let label_for = id.clone();
                view! {
                    <label class="radio" for=label_for>
                        <input type="checkbox" id=id prop:checked=move || topics.with(|l| l.contains(&t))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                topics.update(|l| {
                                    l.retain(|x| *x != t);
                                    if on {
                                        l.push(t);
                                        crate::calendar::sort_by(l, |a, b| a.cmp(b));
                                    }
                                });
                            }/>
                        <span>{say(t.words())}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let open = move |_| page.set(route.get_untracked());
    view! {
        <section class="room-part" aria-labelledby="room-quiz-title">
            <h3 id="room-quiz-title">{tr("课堂测验", "The room's quiz")}</h3>
            <fieldset class="field">
                <legend>{tr("主题（不选即全部）", "Topics (none: all)")}</legend>
                <div class="radios topic-choices">{boxes}</div>
            </fieldset>
            <p class="field">
                <label for="room-length">{tr("题量", "Questions")}</label> " "
                <input id="room-length" type="number" min="1" max=MAX_QUESTIONS.to_string() inputmode="numeric"
                    prop:value=move || length.get().to_string()
                    on:input=move |ev| length.set(event_target_value(&ev).trim().parse().unwrap_or(DEFAULT_QUESTIONS))/>
                " "
                <button type="button" class="link" on:click=move |_| seed.set(super::quiz::fresh_seed())>{tr("换一组题目", "Other questions")}</button>
            </p>
            <p class="hint">{tr(
                "链接带有题号种子：扫同一个二维码的人拿到同样的题目。",
                "The link carries its seed: everyone who scans the same code gets the same questions.",
            )}</p>
            <super::qr::LinkBox link title=Signal::derive(say(Text::fixed("课堂测验", "The room's quiz"))) id="room-quiz-link"/>
            <button type="button" class="primary" on:click=open>{tr("打开测验", "Open the quiz")}</button>
        </section>
    }
}

/// The deck: its parts chosen in order.
#[component]
fn RoomDeck(regime: Signal<RegimeId>) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let chosen: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let r = regime.get();
        // What changed, the first four scenarios and the quiz, as a session would run.
        let all = deck_choices(r);
        let scenarios = all.iter().filter(|(t, _)| !t.contains(':')).take(4).count();
        let mut taken = 0;
        chosen.set(
            all.into_iter()
                .filter(|(token, _)| {
                    if token.contains(':') {
                        return true;
                    }
                    taken += 1;
                    taken <= scenarios
                })
                .map(|(token, _)| token)
                .collect(),
        );
    });
    let route = Memo::new(move |_| Page::Deck(chosen.get()));
    let link = Signal::derive(move || super::qr::app_link(&route.get().fragment()));
    let boxes = move || {
        deck_choices(regime.get())
            .into_iter()
            .enumerate()
            .map(|(i, (token, words))| {
                let id = format!("room-deck-{i}");
                let label_for = id.clone();
                let t = token.clone();
                view! {
                    <label class="radio" for=label_for>
                        <input type="checkbox" id=id prop:checked=move || chosen.with(|l| l.contains(&t))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                let all: Vec<String> = deck_choices(regime.get_untracked()).into_iter().map(|(t, _)| t).collect();
                                chosen.update(|l| {
                                    l.retain(|x| *x != token);
                                    if on {
                                        l.push(token.clone());
                                    }
                                    crate::calendar::sort_by_key(l, |x| all.iter().position(|y| y == x));
                                });
                            }/>
                        <span>{say(words)}</span>
                    </label>
                }
            })
            .collect_view()
    };
    let start = move |_| page.set(route.get_untracked());
    view! {
        <section class="room-part" aria-labelledby="room-deck-title">
            <h3 id="room-deck-title">{tr("投影演示", "The deck")}</h3>
            <p class="hint">{tr(
                "按顺序放映所选内容：每个案例先提问“会怎样？”，翻页后逐步揭晓每个决定、修复和期限，最后给出答案。",
                "Shows the parts chosen, in order: each case is asked first (“what happens?”), then each decision, repair and deadline is revealed slide by slide, and the answer comes last.",
            )}</p>
            <fieldset class="field">
                <legend>{tr("内容", "Parts")}</legend>
                <div class="radios deck-choices">{boxes}</div>
            </fieldset>
            <super::qr::LinkBox link title=Signal::derive(say(Text::fixed("培训演示", "Training deck"))) id="room-deck-link"/>
            <button type="button" class="primary" on:click=start disabled=move || chosen.with(Vec::is_empty)>{tr("开始演示", "Start the deck")}</button>
        </section>
    }
}

/// The training room's card.
#[component]
pub fn Room() -> impl IntoView {
    let regime = RwSignal::new(room_regime());
    let options = RegimeId::ALL
        .into_iter()
        .map(|r| view! { <option value=r.as_str() selected=move || regime.get() == r>{r.info().document}</option> })
        .collect_view();
    let pages = move || {
        let r = regime.get();
        let changes = predecessor(r).map(|from| {
            page_link(
                Page::Changes(vec![from, r]),
                Some("button secondary"),
                super::changes::title(from, r),
            )
        });
        let rules = Page::Rules(vec![r, super::rules::beside(r)]);
        view! {
            <div class="scenario-actions">
                {changes}
                {page_link(rules, Some("button secondary"), Text::fixed("规则对照", "The rules side by side"))}
            </div>
        }
    };
    view! {
        <section class="card room" aria-labelledby="room-title">
            <h2 id="room-title">{tr("课堂培训", "The training room")}</h2>
            <p class="field">
                <label for="room-regime">{tr("文件", "Document")}</label> " "
                <select id="room-regime" on:change=move |ev| {
                    if let Some(r) = RegimeId::parse(&event_target_value(&ev)) { regime.set(r); }
                }>{options}</select>
            </p>
            {pages}
            <div class="room-parts">
                <RoomQuiz regime=regime.into()/>
                <RoomDeck regime=regime.into()/>
            </div>
        </section>
    }
}
