//! The parts of the app's wasm: what is drawn by code loaded when first drawn.
//!
//! `scripts/post-build.mjs` splits each part off the app's wasm after linking (with
//! wasm-split-cli), and the page's loader (`www/index.html`, written by the hook)
//! preloads those of the first screen with the app's wasm. Until a part has arrived, its
//! place says it is loading; if it cannot be loaded, a message offers to try again.
//!
//! | part | draws | loaded | preloaded for |
//! |---|---|---|---|
//! | `guide` | the guided questions after the first ([`super::guide::later_question`]) | while the first question is read (`fetch_guide_part`) | `#guide/2` and later |
//! | `answer` | the calculator's answer, its details and the what-if ([`super::result::AnswerPanel`]) | with the calculator | the calculator, a share link, a scenario |
//! | `case` | the calculator's case: notices, the case bar, the regime, the incidents, the case's dates | once the answer has arrived | — |
//! | `law_reader` | the law's reader ([`super::reader::Reader`]) | when `#law` is opened | `#law` |
//! | `articles` | the articles a citation points to, in the law's dialog ([`super::law::articles`]), with the code that fetches and reads the texts file | when a citation is first opened | — |
//! | `teaching` | the comparison, the scenario library and the training room (the rules side by side, what changed, a deck or a presentation, a quiz) | when one is opened | `#compare`, `#scenarios`, `#rules=`, `#changes`, `#deck`, `#present=`, `#quiz=` |
//! | `roster` | a 医保办's roster: import, overview, exports ([`super::roster::RosterPage`]) | when `#roster` is opened | `#roster` |
//!
//! The app's own wasm holds the rest: the frame (header, tabs, footer), the guided
//! questions' frame and first question, the law dialog's frame and the phone's bottom
//! bar.
//! Builds without the `split` feature (the embed's, native tests) call the parts
//! directly.
//!
//! Two parts have a stylesheet of their own, linked when they are first drawn and
//! awaited with their code (`part_style`): `teaching` (`www/teaching.css`) and `roster`
//! (`www/roster.css`). `style.css`, in every first load, styles the rest.

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use super::i18n::tr;
use super::{case_fields, changes, deck, incidents, quiz};
use super::{guide, keep, law, picker, reader, result, roster, rules, teach, whatif, Page};
use crate::scoring::RegimeId;

/// What is drawn by a part of the app's wasm of its own, loaded when first drawn
/// (`scripts/post-build.mjs` splits the parts off, and the page's loader fetches those of
/// the first screen with the app's wasm; DESIGN.md "Size").
#[derive(Clone)]
pub(crate) enum Later {
    /// A question of the guided questions after the first (their frame and first
    /// question come with the app), its heading focused if `focus`, `shown` set once
    /// it is drawn.
    Guide {
        step: u8,
        focus: bool,
        shown: RwSignal<bool>,
        decision_said: RwSignal<bool>,
    },
    /// The calculator's answer, with the details and the what-if below it.
    Answer,
    /// The calculator's case (the notices, the case bar, the regime, the incidents and
    /// the case's dates): loaded once the answer is, which comes first.
    Case(keep::Keep),
    /// The law's reader.
    Law {
        regime: RegimeId,
        article: Option<String>,
    },
    /// The articles a citation points to, in the law's dialog.
    Articles { regime: RegimeId, cite: String },
    /// The comparison, the scenario library and the training room.
    Teaching(Page),
    /// A 医保办's roster.
    Roster,
}

impl Later {
    /// Whether the part is a whole page (else a part of the calculator's page, of the
    /// guided questions' card or of the law's dialog).
    fn whole_page(&self) -> bool {
        !matches!(
            self,
            Later::Answer | Later::Case(_) | Later::Guide { .. } | Later::Articles { .. }
        )
    }

    /// What takes the focus when the part arrives after 重试 (whose button is gone).
    fn focus_target(&self) -> &'static str {
        match self {
            Later::Answer => "#result",
            Later::Case(_) => "#case",
            Later::Guide { .. } => "#guide-question",
            // Where opening the dialog puts it (a heading made focusable would take it there).
            Later::Articles { .. } => "dialog.law .dialog-actions button",
            _ => "#main",
        }
    }

    /// What is said while the part is loaded: a citation's articles say what the texts
    /// file's loading says next (`law::when_loaded`), so that one line stays until the
    /// text is there.
    fn loading_words(&self) -> (&'static str, &'static str) {
        match self {
            Later::Articles { .. } => law::LOADING_TEXTS,
            _ => ("正在载入……", "Loading…"),
        }
    }

    /// What is said where the part could not be loaded.
    fn not_loaded_message(&self) -> (&'static str, &'static str) {
        match self {
            Later::Guide { .. } => (
                "下一个问题未能载入，可能是网络连接中断：请检查网络后重试。",
                "The next question did not load, perhaps because the connection dropped: check it and try again.",
            ),
            Later::Articles { .. } => (
                "条文未能载入，可能是网络连接中断：请检查网络后重试。",
                "The article did not load, perhaps because the connection dropped: check it and try again.",
            ),
            Later::Answer | Later::Case(_) => (
                "计算器的这一部分未能载入，可能是网络连接中断：请检查网络后重试。",
                "This part of the calculator did not load, perhaps because the connection dropped: check it and try again.",
            ),
            _ => (
                "此页未能载入，可能是网络连接中断：请检查网络后重试。",
                "This page did not load, perhaps because the connection dropped: check it and try again.",
            ),
        }
    }
}

/// A split point's call: awaited where the app is split (it loads its part first),
/// direct where it is not (the embed's build, native builds).
#[cfg(feature = "split")]
macro_rules! part {
    ($call:expr) => {
        $call.await
    };
}
#[cfg(not(feature = "split"))]
macro_rules! part {
    ($call:expr) => {
        $call
    };
}

/// Draws a part: until its code is there, a line that says it is loading; if it cannot
/// be loaded (the connection dropped, and the service worker has not kept it yet), a
/// message with a button that tries again.
pub(crate) fn later(part: Later, page: RwSignal<Page>, redraw: RwSignal<u32>) -> AnyView {
    let whole_page = part.whole_page();
    let message = part.not_loaded_message();
    let (zh, en) = part.loading_words();
    let loading = move || {
        let line = view! { <p role="status" class="loading-page">{tr(zh, en)}</p> };
        // (Without the page's id: a failed part's page may still be on screen, beside.)
        if whole_page {
            view! { <main class="page">{line}</main> }.into_any()
        } else {
            line.into_any()
        }
    };
    // (Not `<Suspense>`, which would link its machinery into the app's wasm for this.)
    let arrived = RwSignal::new(false);
    let focus_target = part.focus_target();
    let in_flight = PartLoading::start();
    let drawn = async move {
        let _in_flight = in_flight;
        let loaded = match part {
            Later::Guide {
                step,
                focus,
                shown,
                decision_said,
            } => part!(guide_part(step, focus, shown, decision_said)),
            Later::Answer => part!(answer_part()),
            Later::Case(keep) => {
                // The answer's part first: on a slow link the case's would share its
                // bandwidth (the loader fetches only the answer's with the app). If it
                // could not be loaded, the answer's place says so, and its button
                // tries both again.
                #[cfg(feature = "split")]
                if answer_loaded().await.is_err() {
                    arrived.try_set(true);
                    return ().into_any();
                }
                part!(case_part(keep))
            }
            Later::Law { regime, article } => part!(law_page(regime, article)),
            Later::Articles { regime, cite } => part!(articles_part(regime, cite)),
            // These two have a stylesheet of their own: their code is fetched beside it,
            // and drawn once both are in.
            Later::Teaching(which) => {
                #[cfg(feature = "split")]
                leptos::task::spawn_local(async {
                    let _ = teaching_loaded().await;
                });
                part_style("teaching").await;
                part!(teaching_page(which))
            }
            Later::Roster => {
                #[cfg(feature = "split")]
                leptos::task::spawn_local(async {
                    let _ = roster_loaded().await;
                });
                part_style("roster").await;
                part!(roster_page())
            }
        };
        let failed = loaded.is_err();
        let view = loaded.unwrap_or_else(|_| not_loaded(page, redraw, whole_page, message));
        // The page may have been drawn again while the part was awaited (leaving a
        // shared case sets the page and clears the address, each a new drawing): this
        // drawing's line is gone then: `try_set` says so rather than relying on what setting
        // a disposed signal does in this version of leptos.
        arrived.try_set(true);
        // The 重试 button that had the focus is gone: the focus goes to what came
        // instead (the calculator's answer comes before its case, and takes it).
        if RETRIED.take() {
            let target = if failed {
                ".part-failed button"
            } else {
                focus_target
            };
            request_animation_frame(move || super::focus_first(target));
        }
        view
    };
    view! {
        {move || (!arrived.get()).then(loading)}
        {Suspend::new(drawn)}
    }
    .into_any()
}

/// The guided questions after the first, in a part of the wasm of their own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        guide,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(guide_loaded)
    )
)]
fn guide_part(
    step: u8,
    focus: bool,
    shown: RwSignal<bool>,
    decision_said: RwSignal<bool>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(guide::later_question(step, focus, shown, decision_said))
}

/// Fetches the guided questions' part while their first question is read, so that 下一步
/// does not wait for it (a failure is said when the next question is drawn).
pub(crate) fn fetch_guide_part() {
    #[cfg(feature = "split")]
    {
        let loading = PartLoading::start();
        leptos::task::spawn_local(async move {
            let _ = guide_loaded().await;
            drop(loading);
        });
    }
}

/// The calculator's answer and its details, in a part of the wasm of their own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        answer,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(answer_loaded)
    )
)]
fn answer_part() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let slot = NodeRef::new();
    result::watch_answer(slot);
    Ok(view! {
        <div id="result" class="answer-slot" tabindex="-1" node_ref=slot>
            <result::AnswerPanel/>
        </div>
        <section class="result" aria-label=tr("计算结果详情", "Result details")>
            <result::ResultDetails/>
            <whatif::WhatIf/>
        </section>
    }
    .into_any())
}

/// The calculator's case, in a part of the wasm of its own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(case, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn case_part(keep: keep::Keep) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! {
        <keep::KeepNotices/>
        <teach::ScenarioNote/>
        // While a shared case is looked at, the bar of the user's own cases would name
        // the wrong case: it waits.
        {move || keep.preview.with(Option::is_none).then(|| view! { <keep::CaseBar/> })}
        <picker::RegimePicker/>
        <incidents::IncidentList/>
        <case_fields::CaseFields/>
    }
    .into_any())
}

/// The law's reader, in a part of the wasm of its own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(law_reader, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn law_page(
    regime: RegimeId,
    article: Option<String>,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <main id="main" tabindex="-1" class="page"><reader::Reader regime article/></main> }.into_any())
}

/// The articles a citation points to, in the law's dialog, in a part of the wasm of
/// their own with the code that fetches and reads the texts file.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(articles, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn articles_part(
    regime: RegimeId,
    cite: String,
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(law::articles(regime, cite))
}

/// The comparison, the scenario library and the training room (rules side by side, a
/// scenario presented, a quiz), in a part of the wasm of their own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        teaching,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(teaching_loaded)
    )
)]
fn teaching_page(page: Page) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(match page {
        Page::Compare => view! { <main id="main" tabindex="-1" class="page"><teach::Compare/></main> }.into_any(),
        Page::Scenarios => view! { <main id="main" tabindex="-1" class="page"><teach::Scenarios/></main> }.into_any(),
        Page::Rules(regimes) => view! { <main id="main" tabindex="-1" class="page"><rules::Rules regimes/></main> }.into_any(),
        Page::Present(id) => view! { <main id="main" tabindex="-1" class="page present-page"><deck::Deck parts=vec![id] single=true/></main> }.into_any(),
        Page::Deck(parts) => view! { <main id="main" tabindex="-1" class="page present-page"><deck::Deck parts single=false/></main> }.into_any(),
        Page::Changes(regimes) => view! { <main id="main" tabindex="-1" class="page"><changes::Changes regimes/></main> }.into_any(),
        Page::Quiz { regime, questions, seed, topics } => {
            view! { <main id="main" tabindex="-1" class="page"><quiz::Quiz regime questions seed topics/></main> }.into_any()
        }
        // [`App`] draws the others.
        _ => ().into_any(),
    })
}

/// A 医保办's roster, in a part of the wasm of its own (with the roster's formats:
/// reading and writing workbooks and CSV).
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(
        roster,
        wasm_split_path = ::leptos::wasm_split,
        fallible,
        preload(roster_loaded)
    )
)]
fn roster_page() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <roster::RosterPage/> }.into_any())
}

/// Links the stylesheet of a part that has one of its own (`www/teaching.css`,
/// `www/roster.css`: the first load carries `style.css` only), unless it is there
/// already, and waits until it has loaded or failed: the part is drawn styled, or
/// unstyled rather than not at all. The page's loader does the linking
/// (`window.jifenStyle`, written by `scripts/post-build.mjs`, which knows the sheets'
/// names and links the first screen's at once); a build without it (the embed's) draws
/// the part as it is.
async fn part_style(part: &str) {
    use leptos::wasm_bindgen::{JsCast, JsValue};
    let linked = js_sys::Reflect::get(&window(), &"jifenStyle".into())
        .ok()
        .and_then(|link| link.dyn_into::<js_sys::Function>().ok())
        .and_then(|link| link.call1(&JsValue::NULL, &part.into()).ok())
        .and_then(|settled| settled.dyn_into::<js_sys::Promise>().ok());
    if let Some(settled) = linked {
        // Wrapped: a part's drawing is awaited by `Suspend`, which asks for `Send`; the
        // app has one thread.
        let _ = SendWrapper::new(wasm_bindgen_futures::JsFuture::from(settled)).await;
    }
}

thread_local! {
    /// Set by 重试 until the part it asked for again is drawn (or has failed again).
    static RETRIED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// How many parts are being loaded, and whether the page has said it is settled.
    static LOADING: std::cell::Cell<(u32, bool)> = const { std::cell::Cell::new((0, false)) };
}

/// A part being loaded, from the moment it is asked for to the moment it has arrived,
/// failed, or is no longer wanted (dropped with its drawing).
///
/// When the first screen's parts are all in, the page is told once (`jifen:settled`):
/// `www/register-sw.js` waits for it before the service worker precaches the whole build,
/// which would otherwise share a slow link with the parts the user is waiting for
/// (DESIGN.md "Size").
struct PartLoading;

impl PartLoading {
    fn start() -> PartLoading {
        LOADING.with(|l| l.set((l.get().0 + 1, l.get().1)));
        PartLoading
    }
}

impl Drop for PartLoading {
    fn drop(&mut self) {
        LOADING.with(|l| l.set((l.get().0.saturating_sub(1), l.get().1)));
        settle_if_idle();
    }
}

/// Says `jifen:settled` once, when no part is being loaded.
pub(crate) fn settle_if_idle() {
    let (loading, settled) = LOADING.with(|l| l.get());
    if loading == 0 && !settled {
        LOADING.with(|l| l.set((0, true)));
        if let Ok(event) = web_sys::Event::new("jifen:settled") {
            let _ = window().dispatch_event(&event);
        }
    }
}

/// Said where a part's code could not be loaded; the button tries again. In place of a
/// whole page it leads back to the calculator too.
fn not_loaded(
    page: RwSignal<Page>,
    redraw: RwSignal<u32>,
    whole_page: bool,
    (zh, en): (&'static str, &'static str),
) -> AnyView {
    // Hidden at once when 重试 is pressed: the page is drawn again, but this message
    // would stay until the part's code has arrived or failed again, beside the new
    // loading line.
    let retrying = RwSignal::new(false);
    let retry = move |_| {
        retrying.set(true);
        RETRIED.set(true);
        redraw.update(|n| *n += 1);
    };
    let card = view! {
        <section class="card notice error part-failed" role="alert" hidden=move || retrying.get()>
            <p>{tr(zh, en)}</p>
            <div class="start-actions">
                <button type="button" class="primary" on:click=retry>{tr("重试", "Try again")}</button>
                {whole_page.then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| page.set(Page::Calculator)>
                        {tr("返回计算器", "Back to the calculator")}
                    </button>
                })}
            </div>
        </section>
    };
    if whole_page {
        view! { <main id="main" tabindex="-1" class="page">{card}</main> }.into_any()
    } else {
        card.into_any()
    }
}
