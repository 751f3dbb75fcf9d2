//! A deck on the projector (`#deck=changes,sh2025-one-shot-9,…,quiz`, or one scenario:
//! `#present=<id>`): a title slide with the deck's link and QR code, what changed a few
//! rows a slide, each scenario asked first and revealed moment by moment
//! ([`super::present`]), and the room's quiz as a full-screen QR code. The arrow keys,
//! Page Up/Down and the space bar step; Home and End go to the ends. Projector-sized
//! (readable at 1920×1080 from the back of a room); it prints as the trainer's notes,
//! every slide in order. Switching the language redraws the words and keeps the slide.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::law::Cite;
use super::present::{self, Presented};
use super::training::{BadLink, Problem};
use super::{ctx, Ctx, Page};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::changes::{changes, default_pair};
use crate::teach::deck::{self, BadToken, Part};
use crate::teach::rules::{Entry, RowKind};

/// One slide of a deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slide {
    /// The deck's contents, its link and QR code.
    Title,
    /// A scenario asked: its facts, the answer not shown.
    Ask(usize),
    /// A moment of a scenario: (the scenario, the beat).
    Beat(usize, usize),
    /// The scenario's answer.
    Answer(usize),
    /// What changed: (the part, the group of rows).
    Changes(usize, usize),
    /// The room's quiz.
    Quiz(usize),
}

/// A part ready to show.
#[derive(Clone)]
enum Shown {
    Scenario(Box<Presented>),
    Changes { from: RegimeId, to: RegimeId },
    Quiz(RegimeId),
}

/// The slides of the parts, in order (a deck of several parts starts with its title).
fn slides(parts: &[Shown], titled: bool) -> Vec<Slide> {
    let mut out = Vec::new();
    if titled {
        out.push(Slide::Title);
    }
    for (i, part) in parts.iter().enumerate() {
        match part {
            Shown::Scenario(p) => {
                out.push(Slide::Ask(i));
                out.extend((0..p.beats.len()).map(|b| Slide::Beat(i, b)));
                out.push(Slide::Answer(i));
            }
            Shown::Changes { .. } => {
                out.extend((0..deck::change_slides().len()).map(|g| Slide::Changes(i, g)));
            }
            Shown::Quiz(_) => out.push(Slide::Quiz(i)),
        }
    }
    out
}

/// A stable seed for the deck's quiz, from the deck's link: every showing of the deck
/// gives the room the same questions.
fn quiz_seed(tokens: &[String]) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in tokens.join(",").bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("deck-{:x}", h % 0xfffff)
}

/// The quiz a deck's quiz slide shows.
fn quiz_page(regime: RegimeId, tokens: &[String]) -> Page {
    Page::Quiz {
        regime,
        questions: Some(crate::teach::quiz::DEFAULT_QUESTIONS),
        seed: Some(quiz_seed(tokens)),
        topics: Vec::new(),
    }
}

/// Where the slides are: `3 / 17 · 案例 1：提问`.
fn position(slide: Option<&Slide>, index: usize, count: usize) -> Text {
    let what = match slide {
        Some(Slide::Title) => Text::fixed("目录", "contents"),
        Some(Slide::Ask(_)) => Text::fixed("提问", "the question"),
        Some(Slide::Beat(_, b)) => Text::new(format!("揭晓 {}", b + 1), format!("step {}", b + 1)),
        Some(Slide::Answer(_)) => Text::fixed("答案", "the answer"),
        Some(Slide::Changes(..)) => Text::fixed("规则变化", "what changed"),
        Some(Slide::Quiz(_)) => Text::fixed("课堂测验", "the quiz"),
        None => Text::default(),
    };
    Text::new(
        format!("{} / {count} · {}", index + 1, what.zh),
        format!("{} / {count} · {}", index + 1, what.en),
    )
}

/// The keys that step through the slides (outside a field).
fn step_keys(shown: RwSignal<usize>, count: usize) {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        let tag = ev
            .target()
            .and_then(|t| {
                use leptos::wasm_bindgen::JsCast;
                t.dyn_into::<web_sys::Element>().ok()
            })
            .map(|e| e.tag_name());
        // Keys typed into a field are the field's; the space bar presses a focused button
        // or link (the header's language switch, reached by Tab: the title bar is out of
        // the projected picture).
        let in_field = matches!(tag.as_deref(), Some("INPUT" | "SELECT" | "TEXTAREA"));
        let on_control = matches!(tag.as_deref(), Some("BUTTON" | "A" | "SUMMARY"));
        if in_field || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        if on_control && ev.key() == " " {
            return;
        }
        let last = count.saturating_sub(1);
        match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => {
                ev.prevent_default();
                shown.update(|n| *n = (*n + 1).min(last));
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                ev.prevent_default();
                shown.update(|n| *n = n.saturating_sub(1));
            }
            "Home" => shown.set(0),
            "End" => shown.set(last),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
}

/// A cell of a change slide: each entry's article and what it comes to (the law's words
/// are on the changes page and its handout).
fn short_cell(regime: RegimeId, kind: RowKind, entries: &[Entry]) -> impl IntoView {
    let entries: Vec<&Entry> = entries
        .iter()
        .filter(|e| kind != RowKind::Items || e.code.is_none())
        .collect();
    if entries.is_empty() {
        return view! { <td class="na">{tr("无此规定", "no such rule")}</td> }.into_any();
    }
    let list = entries
        .into_iter()
        .map(|e| {
            let cites = e
                .cite
                .split('、')
                .map(|c| view! { <Cite regime cite=c.to_string()/> " " })
                .collect_view();
            view! { <p>{cites}{say(e.summary.clone())}</p> }
        })
        .collect_view();
    view! { <td>{list}</td> }.into_any()
}

/// A slide of what changed: its rows, short.
fn change_slide(from: RegimeId, to: RegimeId, group: usize) -> impl IntoView {
    let groups = deck::change_slides();
    let Some((heading, keep)) = groups.get(group).cloned() else {
        return ().into_any();
    };
    let rows = changes(from, to)
        .into_iter()
        .filter(|r| keep(r.kind))
        .map(|row| {
            let [a, b] = &row.cells;
            view! {
                <tr class:changed=row.changed>
                    <th scope="row">{say(super::rules::row_label(row.kind))}</th>
                    {short_cell(from, row.kind, a)}
                    {short_cell(to, row.kind, b)}
                    <td class="change-what">{say(row.what.clone())}</td>
                </tr>
            }
        })
        .collect_view();
    let title = super::changes::title(from, to);
    view! {
        <div class="present-step present-changes">
            <p class="present-doc">{say(title)}</p>
            <h3>{say(heading)}</h3>
            <table class="compare changes-slide">
                <thead><tr>
                    <th scope="col">{tr("规则", "Rule")}</th>
                    <th scope="col">{from.info().document}</th>
                    <th scope="col">{to.info().document}</th>
                    <th scope="col">{tr("变化", "What changed")}</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The quiz's slide: its QR code, full size, and its link.
fn quiz_slide(regime: RegimeId, tokens: &[String]) -> impl IntoView {
    let fragment = quiz_page(regime, tokens).fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    view! {
        <div class="present-step present-quiz">
            <h3>{tr("课堂测验：请扫码作答", "The quiz: scan to answer")}</h3>
            <div class="present-qr"><super::qr::QrImage link/></div>
            <p class="qr-link">{move || link.get()}</p>
            <super::qr::ReachNote link/>
        </div>
    }
}

/// The title slide: the parts in order, the deck's link and QR code (not in the notes).
fn title_slide(parts: &[Shown], tokens: &[String], notes: bool) -> impl IntoView {
    let items = parts
        .iter()
        .map(|part| {
            let words = match part {
                Shown::Scenario(p) => Text::new(
                    format!("案例 {}：先提问，再逐步揭晓", p.number),
                    format!("Case {}: asked, then revealed step by step", p.number),
                ),
                Shown::Changes { from, to } => super::changes::title(*from, *to),
                Shown::Quiz(r) => Text::new(
                    format!("课堂测验：{}", r.info().document),
                    format!("Quiz: {}", r.info().document),
                ),
            };
            view! { <li>{say(words)}</li> }
        })
        .collect_view();
    let fragment = Page::Deck(tokens.to_vec()).fragment();
    let link = Signal::derive(move || super::qr::app_link(&fragment));
    view! {
        <div class="present-step present-title">
            <h3>{tr("本次培训", "This session")}</h3>
            <ol class="present-facts">{items}</ol>
            {(!notes).then(|| view! { <div class="no-print"><super::qr::LinkBox link title=Signal::derive(say(Text::fixed("培训演示", "Training deck"))) id="deck-link"/></div> })}
            <p class="print-only handout-link">{tr("链接：", "Link: ")}{move || link.get()}</p>
        </div>
    }
}

/// One slide, drawn.
fn slide_view(parts: &[Shown], tokens: &[String], slide: Slide, notes: bool) -> AnyView {
    let scenario = |i: usize| match parts.get(i) {
        Some(Shown::Scenario(p)) => Some(p.as_ref()),
        _ => None,
    };
    match slide {
        Slide::Title => title_slide(parts, tokens, notes).into_any(),
        Slide::Ask(i) => scenario(i).map(present::ask).into_any(),
        Slide::Beat(i, b) => scenario(i)
            .and_then(|p| {
                let beat = *p.beats.get(b)?;
                Some(view! {
                    {present::standing_on(p, beat.on)}
                    {(!notes).then(|| present::timeline(p, Some(beat.on)))}
                    <div class="present-stage">{present::beat(p, &beat)}</div>
                })
            })
            .into_any(),
        Slide::Answer(i) => scenario(i)
            .map(|p| view! { {present::timeline(p, None)} <div class="present-stage">{present::answer(p)}</div> })
            .into_any(),
        Slide::Changes(i, g) => match parts.get(i) {
            Some(Shown::Changes { from, to }) => change_slide(*from, *to, g).into_any(),
            _ => ().into_any(),
        },
        Slide::Quiz(i) => match parts.get(i) {
            Some(Shown::Quiz(r)) => quiz_slide(*r, tokens).into_any(),
            _ => ().into_any(),
        },
    }
}

/// The parts of the link, ready to show, or why they cannot be.
fn shown_parts(tokens: &[String], single: bool) -> Result<Vec<Shown>, Problem> {
    let parts = deck::parts(tokens).map_err(|bad| match (single, bad) {
        (true, BadToken::Unknown(id)) => Problem::Scenario(id),
        (_, bad) => Problem::Deck(bad),
    })?;
    let mut number = 0;
    parts
        .into_iter()
        .map(|part| match part {
            Part::Scenario(s) => {
                number += 1;
                Presented::new(s, number)
                    .map(|p| Shown::Scenario(Box::new(p)))
                    .ok_or_else(|| Problem::Scenario(s.id.to_string()))
            }
            Part::Changes { from, to } => Ok(Shown::Changes { from, to }),
            Part::Quiz { regime } => Ok(Shown::Quiz(regime)),
        })
        .collect()
}

/// The deck. `single`: a presentation of one scenario (`#present=`), without a title
/// slide.
#[component]
pub fn Deck(parts: Vec<String>, single: bool) -> impl IntoView {
    let Ctx { page, .. } = ctx();
    let tokens = if parts.is_empty() {
        deck::suggested(default_pair().map_or(RegimeId::FIRST, |(_, to)| to))
    } else {
        parts
    };
    let shown_list = match shown_parts(&tokens, single) {
        Ok(list) => list,
        Err(problem) => return view! { <BadLink problem/> }.into_any(),
    };
    let list = slides(&shown_list, !single);
    let count = list.len();
    let shown = RwSignal::new(0usize);
    step_keys(shown, count);
    let stage = {
        let (parts, tokens, list) = (shown_list.clone(), tokens.clone(), list.clone());
        move || {
            let n = shown.get();
            list.get(n).map(|s| slide_view(&parts, &tokens, *s, false))
        }
    };
    let notes = list
        .iter()
        .enumerate()
        .map(|(i, s)| view! { <section class="deck-note"><p class="handout-meta">{format!("{} / {count}", i + 1)}</p>{slide_view(&shown_list, &tokens, *s, true)}</section> })
        .collect_view();
    let lang = super::i18n::lang();
    let position = {
        let list = list.clone();
        move || {
            position(list.get(shown.get()), shown.get(), count)
                .get(lang.get())
                .to_string()
        }
    };
    let heading = match (single, shown_list.first()) {
        (true, Some(Shown::Scenario(p))) => Text::new(
            format!("案例演示 · {}", p.scenario.regime.info().document),
            format!("A case · {}", p.scenario.regime.info().document),
        ),
        _ => Text::fixed("培训演示", "Training deck"),
    };
    let leave = move |_| page.set(Page::Scenarios);
    let last = count.saturating_sub(1);
    view! {
        <section class="present deck" aria-labelledby="present-title">
            <p class="print-only handout-meta">
                {tr("演示讲稿", "Deck notes")} " · " {tr("打印日期 ", "printed ")} {super::today().to_string()}
            </p>
            <header class="present-head">
                <h2 id="present-title">{say(heading)}</h2>
                <nav class="present-nav" aria-label=tr("演示步骤", "Steps")>
                    <button type="button" class="secondary" on:click=move |_| shown.update(|n| *n = n.saturating_sub(1)) disabled=move || shown.get() == 0>
                        {tr("← 上一页", "← Back")}
                    </button>
                    <span class="present-position" role="status">{position}</span>
                    <button type="button" class="primary" on:click=move |_| shown.update(|n| *n = (*n + 1).min(last)) disabled=move || { shown.get() >= last }>
                        {tr("下一页 →", "Next →")}
                    </button>
                </nav>
            </header>
            <div class="present-slide no-print" aria-live="polite">{stage}</div>
            <div class="deck-notes print-only">{notes}</div>
            <p class="hint present-keys no-print">
                {tr("方向键、空格、Page Up/Down 翻页；Home 回到开头，End 到最后。", "Arrow keys, space and Page Up/Down step; Home goes to the start, End to the last slide.")}
                " "
                <button type="button" class="link" on:click=move |_| { let _ = window().print(); }>{tr("打印讲稿", "Print the notes")}</button>
                " "
                <button type="button" class="link" on:click=leave>{tr("结束演示", "End the presentation")}</button>
            </p>
        </section>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deck_of_a_scenario_asks_reveals_then_answers() {
        let s = crate::teach::scenarios::get("sh2025-repair-shortens").expect("scenario");
        let case: serde_json::Value = serde_json::from_str(s.case).expect("case");
        let result = crate::scoring::evaluate(&case, chrono::NaiveDate::MIN).expect("result");
        let p = Presented {
            scenario: s,
            steps: crate::teach::deck::steps(&result),
            beats: crate::teach::deck::beats(&case, &result),
            case,
            result,
            number: 1,
        };
        let beats = p.beats.len();
        let parts = vec![Shown::Scenario(Box::new(p)), Shown::Quiz(RegimeId::FIRST)];
        let list = slides(&parts, true);
        assert_eq!(list[0], Slide::Title);
        assert_eq!(list[1], Slide::Ask(0));
        assert_eq!(list[2], Slide::Beat(0, 0));
        assert_eq!(list[1 + beats + 1], Slide::Answer(0));
        assert_eq!(list.last(), Some(&Slide::Quiz(1)));
        assert_eq!(
            position(list.get(1), 1, list.len()).zh,
            format!("2 / {} · 提问", list.len())
        );
        // The same deck gives the room the same quiz.
        let tokens = vec!["changes".to_string(), "quiz".to_string()];
        assert_eq!(quiz_seed(&tokens), quiz_seed(&tokens.clone()));
        assert_ne!(quiz_seed(&tokens), quiz_seed(&["quiz".to_string()]));
    }
}
