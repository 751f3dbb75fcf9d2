//! The calculator in the browser: a leptos (CSR) single-page app on top of the core.
//!
//! State flows one way: the user's [`draft::Draft`] lives in one signal; the case for
//! the core and its evaluation are derived from it ([`Computed`]); the views read
//! them. Nothing leaves the device: the only request is for the app's own file of the
//! law's texts ([`law::load_texts`]).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::scoring::{self, CaseError, Evaluation, RegimeId};

pub mod answer;
pub mod case_fields;
pub mod embed;
pub mod fields;
pub mod guide;
pub mod i18n;
pub mod incidents;
pub mod keep;
pub mod law;
pub mod picker;
pub mod present;
pub mod qr;
pub mod quiz;
pub mod reader;
pub mod result;
pub mod rules;
pub mod teach;
pub mod timeline;
pub mod training;
pub mod whatif;

use crate::exchange::draft::{self, Draft};
use i18n::Lang;

/// The evaluation of the current draft.
#[derive(Debug, Clone, PartialEq)]
pub struct Computed {
    pub regime: RegimeId,
    /// Which draft rows the case's entries came from.
    pub prepared: draft::Prepared,
    pub outcome: Result<Evaluation, CaseError>,
    /// The day used for `as_of` when the user gave none.
    pub today: NaiveDate,
}

/// The page shown: each is a URL fragment and a history entry (see [`Route`](crate::exchange::route::Route)).
pub use crate::exchange::route::Route as Page;

/// What every component can reach.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub draft: RwSignal<Draft>,
    pub lang: RwSignal<Lang>,
    pub computed: Memo<Computed>,
    /// The citation being read in the article dialog.
    pub reading: RwSignal<Option<law::Reading>>,
    /// Saved cases, storage and share links.
    pub keep: keep::Keep,
    /// The page shown; setting it adds a history entry (the browser's Back returns).
    pub page: RwSignal<Page>,
    /// The embedded calculator ([`embed::Embed`], `embed.html`) rather than the app.
    pub embed: bool,
}

/// The context provided by [`App`].
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Today in China Standard Time, from the browser's clock.
pub fn today() -> NaiveDate {
    crate::calendar::today_from_millis(js_sys::Date::now())
}

/// Evaluates a draft: incomplete incidents wait, everything else goes to the core.
pub fn compute(draft: &Draft, today: NaiveDate) -> Computed {
    let regime = draft.regime_id().unwrap_or(RegimeId::Shanghai2025);
    let prepared = draft.prepare(false);
    Computed {
        regime,
        outcome: scoring::evaluate(&prepared.case, today),
        prepared,
        today,
    }
}

/// The whole page.
///
/// The calculator, its guided questions and the law's dialog come with the app's wasm;
/// the law's reader, the comparison, the scenario library and the training room are
/// loaded when first opened, in parts of the wasm of their own (DESIGN.md "Size").
#[component]
pub fn App() -> impl IntoView {
    let today = today();
    let lang = RwSignal::new(i18n::initial_lang());
    let (keep, opened) = keep::start(&today.to_string(), lang.get_untracked());
    let draft = RwSignal::new(opened);
    let computed = Memo::new(move |_| draft.with(|d| compute(d, today)));
    let reading = RwSignal::new(None);
    let page = RwSignal::new(initial_page(
        keep.first_visit && draft.with_untracked(|d| d.incidents.is_empty()),
    ));
    follow_history(page, keep, draft, lang);
    guide_on_a_new_case(page, keep, draft, lang, today);
    provide_context(result::AnswerInView(RwSignal::new(false)));
    provide_context(Ctx {
        draft,
        lang,
        computed,
        reading,
        keep,
        page,
        embed: false,
    });
    // Every change is saved (not while a shared case is looked at).
    Effect::new(move |_| draft.with(|d| keep::autosave(keep, d, &today.to_string())));
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(lang.t("医保医师记分计算器", "Medical-insurance scoring calculator"));
        i18n::remember_lang(lang);
    });

    // What the page draws: the calculator's pages (its own, a shared case, a scenario)
    // are one drawing, kept as the address moves between them. Drawing it again when a
    // shared case is left for one's own replaced the case while the old cards' drawing
    // was still queued, which read their disposed signals (a wasm panic).
    // 重试 after a part failed to load draws the page again (`later`, `not_loaded`).
    let redraw = RwSignal::new(0u32);
    let drawn = Memo::new(move |_| {
        let now = page.get();
        if now.is_calculator() {
            Page::Calculator
        } else {
            now
        }
    });
    // A first screen with no part to load (a bad link's page) is settled at once; the
    // others when their parts are in (`PartLoading`).
    leptos::task::spawn_local(async { settle_if_idle() });
    // The whole page is rebuilt in the other language; the draft, in its own signal,
    // is untouched.
    move || {
        let lang = lang.get();
        view! {
            {move || if page.with(Page::is_calculator) {
                view! {
                    <a class="skip" href="#result">{lang.t("跳到结论", "Skip to the answer")}</a>
                    <a class="skip" href="#case">{lang.t("跳到案情", "Skip to the case")}</a>
                }.into_any()
            } else {
                view! { <a class="skip" href="#main">{lang.t("跳到正文", "Skip to the content")}</a> }.into_any()
            }}
            <Header/>
            <Tabs/>
            {move || { redraw.track(); match drawn.get() {
                Page::Guide(step) => view! {
                    <main id="main" tabindex="-1" class="page guide-page"><guide::Guide step redraw/></main>
                }
                .into_any(),
                // The answer comes first in the page (on a phone, above the case); on a
                // desktop the answer and the details share the right-hand column.
                Page::Calculator | Page::Scenario(_) | Page::Shared(_) => view! {
                    <main class="layout">
                        <div class="side">{later(Later::Answer, lang, page, redraw)}</div>
                        <section id="case" class="inputs" tabindex="-1" aria-label=lang.t("案情", "The case")>
                            {later(Later::Case(keep), lang, page, redraw)}
                        </section>
                    </main>
                }
                .into_any(),
                Page::Law { regime, article } => {
                    let regime = regime.unwrap_or_else(|| computed.with_untracked(|c| c.regime));
                    later(Later::Law { regime, article }, lang, page, redraw)
                }
                Page::Invalid { problem, .. } => view! {
                    <main id="main" tabindex="-1" class="page"><training::BadLink problem=training::Problem::Link(problem)/></main>
                }
                .into_any(),
                // The comparison, the scenario library and the training room.
                other => later(Later::Teaching(other), lang, page, redraw),
            }}}
            <law::LawDialog/>
            <result::MiniStatus/>
            <footer class="footer">
                <p>
                    {lang.t(
                        "本计算器依据所列文件的原文逐条计算，结果仅供参考，以医保部门作出的决定为准。所有计算均在您的设备上完成，输入的内容不会发送到任何地方。",
                        "Computed article by article from the documents' own text. For reference only: the insurance office's decision prevails. Everything is computed on your device; nothing you enter is sent anywhere.",
                    )}
                </p>
            </footer>
        }
    }
}

/// What is drawn by a part of the app's wasm of its own, loaded when first drawn
/// (`scripts/post-build.mjs` splits the parts off, and the page's loader fetches those of
/// the first screen with the app's wasm; DESIGN.md "Size").
#[derive(Clone)]
enum Later {
    /// A question of the guided questions after the first (their frame and first
    /// question come with the app), its heading focused if `focus`, `shown` set once
    /// it is drawn.
    Guide {
        step: u8,
        focus: bool,
        shown: RwSignal<bool>,
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
    /// The comparison, the scenario library and the training room.
    Teaching(Page),
}

impl Later {
    /// Whether the part is a whole page (else a part of the calculator's page or of the
    /// guided questions' card).
    fn whole_page(&self) -> bool {
        !matches!(self, Later::Answer | Later::Case(_) | Later::Guide { .. })
    }

    /// What takes the focus when the part arrives after 重试 (whose button is gone).
    fn focus_target(&self) -> &'static str {
        match self {
            Later::Answer => "#result",
            Later::Case(_) => "#case",
            Later::Guide { .. } => "#guide-question",
            _ => "#main",
        }
    }

    /// What is said where the part could not be loaded.
    fn not_loaded_message(&self, lang: Lang) -> &'static str {
        match self {
            Later::Guide { .. } => lang.t(
                "下一个问题未能载入，可能是网络连接中断：请检查网络后重试。",
                "The next question did not load, perhaps because the connection dropped: check it and try again.",
            ),
            Later::Answer | Later::Case(_) => lang.t(
                "计算器的这一部分未能载入，可能是网络连接中断：请检查网络后重试。",
                "This part of the calculator did not load, perhaps because the connection dropped: check it and try again.",
            ),
            _ => lang.t(
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
fn later(part: Later, lang: Lang, page: RwSignal<Page>, redraw: RwSignal<u32>) -> AnyView {
    let whole_page = part.whole_page();
    let message = part.not_loaded_message(lang);
    let loading = move || {
        let line =
            view! { <p role="status" class="loading-page">{lang.t("正在载入……", "Loading…")}</p> };
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
            Later::Guide { step, focus, shown } => part!(guide_part(step, focus, shown)),
            Later::Answer => part!(answer_part(lang)),
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
            Later::Teaching(which) => part!(teaching_page(which)),
        };
        let failed = loaded.is_err();
        let view = loaded.unwrap_or_else(|_| not_loaded(lang, page, redraw, whole_page, message));
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
            request_animation_frame(move || focus_first(target));
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
) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(guide::later_question(step, focus, shown))
}

/// Fetches the guided questions' part while their first question is read, so that 下一步
/// does not wait for it (a failure is said when the next question is drawn).
fn fetch_guide_part() {
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
fn answer_part(lang: Lang) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    let slot = NodeRef::new();
    result::watch_answer(slot);
    Ok(view! {
        <div id="result" class="answer-slot" tabindex="-1" node_ref=slot>
            <result::AnswerPanel/>
        </div>
        <section class="result" aria-label=lang.t("计算结果详情", "Result details")>
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

/// The comparison, the scenario library and the training room (rules side by side, a
/// scenario presented, a quiz), in a part of the wasm of their own.
#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(teaching, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn teaching_page(page: Page) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(match page {
        Page::Compare => view! { <main id="main" tabindex="-1" class="page"><teach::Compare/></main> }.into_any(),
        Page::Scenarios => view! { <main id="main" tabindex="-1" class="page"><teach::Scenarios/></main> }.into_any(),
        Page::Rules(regimes) => view! { <main id="main" tabindex="-1" class="page"><rules::Rules regimes/></main> }.into_any(),
        Page::Present(id) => view! { <main id="main" tabindex="-1" class="page present-page"><present::Present id/></main> }.into_any(),
        Page::Quiz { regime, questions, seed } => {
            view! { <main id="main" tabindex="-1" class="page"><quiz::Quiz regime questions seed/></main> }.into_any()
        }
        // [`App`] draws the others.
        _ => ().into_any(),
    })
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
fn settle_if_idle() {
    let (loading, settled) = LOADING.with(|l| l.get());
    if loading == 0 && !settled {
        LOADING.with(|l| l.set((0, true)));
        if let Ok(event) = web_sys::Event::new("jifen:settled") {
            let _ = window().dispatch_event(&event);
        }
    }
}

/// Gives the focus to the first element matching `selector`, if there is one.
fn focus_first(selector: &str) {
    use leptos::wasm_bindgen::JsCast;
    if let Some(element) = document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Said where a part's code could not be loaded; the button tries again. In place of a
/// whole page it leads back to the calculator too.
fn not_loaded(
    lang: Lang,
    page: RwSignal<Page>,
    redraw: RwSignal<u32>,
    whole_page: bool,
    message: &'static str,
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
            <p>{message}</p>
            <div class="start-actions">
                <button type="button" class="primary" on:click=retry>{lang.t("重试", "Try again")}</button>
                {whole_page.then(|| view! {
                    <button type="button" class="secondary" on:click=move |_| page.set(Page::Calculator)>
                        {lang.t("返回计算器", "Back to the calculator")}
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

/// Removes the static first screen of `index.html` (`#boot`), once the app has drawn
/// itself.
pub fn remove_first_screen() {
    if let Some(boot) = document().get_element_by_id("boot") {
        boot.remove();
    }
}

/// The page the address asks for. A first visit on a phone starts the guided questions.
fn initial_page(first_visit_to_empty_case: bool) -> Page {
    let hash = window().location().hash().unwrap_or_default();
    if hash.trim_start_matches('#').is_empty() && first_visit_to_empty_case && is_narrow() {
        return Page::Guide(1);
    }
    Page::parse(&hash).unwrap_or(Page::Calculator)
}

/// Whether the window is phone-sized.
pub fn is_narrow() -> bool {
    window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 720.0)
}

/// Keeps the page and the address in step: a new page is a new history entry, and the
/// browser's Back and Forward bring the page they name.
fn follow_history(
    page: RwSignal<Page>,
    keep: keep::Keep,
    draft: RwSignal<Draft>,
    lang: RwSignal<Lang>,
) {
    Effect::new(move |_| {
        let route = page.get();
        let location = window().location();
        let here = Page::parse(&location.hash().unwrap_or_default());
        if here.as_ref() != Some(&route) {
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&route.fragment()),
                );
            }
        }
    });
    // A new page is read from its top, as after following a link.
    Effect::new(move |previous: Option<Page>| {
        let now = page.get();
        if previous.is_some_and(|p| p != now) {
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        now
    });
    // The link (a shared case, a scenario) whose case was last opened.
    let link_opened = StoredValue::new(None::<Page>);
    Effect::new(move |_| {
        let now = page.get();
        if matches!(now, Page::Shared(_) | Page::Scenario(_)) {
            link_opened.set_value(Some(now));
        }
    });
    let on_pop = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let hash = window().location().hash().unwrap_or_default();
        // An anchor inside a page (`#result`) is not a page: stay.
        if let Some(route) = Page::parse(&hash) {
            if page.get_untracked() != route {
                // A share link or a scenario followed in the open page brings its case;
                // Back to the one still being looked at returns to it as it was left,
                // changes included, not as the link wrote it.
                let still_looked_at = keep.preview.with_untracked(Option::is_some)
                    && link_opened.with_value(|l| l.as_ref() == Some(&route));
                if matches!(route, Page::Shared(_) | Page::Scenario(_)) && !still_looked_at {
                    keep::follow_link(keep, draft, lang.get_untracked(), &route);
                }
                page.set(route);
            }
        }
    });
    use wasm_bindgen::JsCast;
    let _ = window().add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();
}

/// The guided questions write the case they are asked for: entered from elsewhere (or
/// opened at `#guide`) while the open case already has incidents, they start a new case,
/// so that the case open stays as it was, in the library.
fn guide_on_a_new_case(
    page: RwSignal<Page>,
    keep: keep::Keep,
    draft: RwSignal<Draft>,
    lang: RwSignal<Lang>,
    today: NaiveDate,
) {
    Effect::new(move |previous: Option<Page>| {
        let now = page.get();
        let from_elsewhere = !matches!(previous, Some(Page::Guide(_)));
        if now == Page::Guide(1)
            && from_elsewhere
            && draft.with_untracked(|d| !d.incidents.is_empty())
        {
            let lang = lang.get_untracked();
            let left = keep::start_new_case(keep, draft, lang, &today.to_string());
            keep.notice.set(Some(keep::Notice {
                error: false,
                zh: format!("已为这些回答新建案例；原来的「{left}」保留在“我的案例”中。"),
                en: format!(
                    "These answers go into a new case; “{left}” stays in your cases as it was."
                ),
                download: None,
            }));
        }
        now
    });
}

/// The pages: calculator, comparison, scenarios, the law.
#[component]
fn Tabs() -> impl IntoView {
    let Ctx {
        lang,
        page,
        computed,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    // Which tab a page belongs to.
    let tab_of = |page: &Page| match page {
        Page::Calculator | Page::Scenario(_) | Page::Shared(_) | Page::Guide(_) => 0,
        Page::Compare | Page::Rules(_) => 1,
        Page::Scenarios | Page::Present(_) | Page::Quiz { .. } | Page::Invalid { .. } => 2,
        Page::Law { .. } => 3,
    };
    let tab = move |label: &'static str, index: usize, target: Page| {
        let current = move || (page.with(tab_of) == index).then_some("page");
        // Links, so that a tab can be opened in a new tab and its address copied.
        let href = target.fragment();
        view! {
            <a class="tab" href=href aria-current=current on:click=move |ev: leptos::ev::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() { return; }
                ev.prevent_default();
                page.set(target.clone());
            }>{label}</a>
        }
    };
    let regime = computed.with_untracked(|c| c.regime);
    view! {
        <nav class="tabs" aria-label=lang.t("功能", "Pages")>
            {tab(lang.t("计算", "Calculator"), 0, Page::Calculator)}
            {tab(lang.t("制度对比", "Compare"), 1, Page::Compare)}
            {tab(lang.t("案例库", "Scenarios"), 2, Page::Scenarios)}
            {tab(lang.t("条文", "Law"), 3, Page::Law { regime: Some(regime), article: None })}
        </nav>
    }
}

/// The title bar and the language switch.
#[component]
fn Header() -> impl IntoView {
    let Ctx { lang, .. } = ctx();
    let current = lang.get_untracked();
    let switch = move |_| {
        lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh });
        // The page is rebuilt: give the focus back to the switch.
        request_animation_frame(|| {
            if let Some(button) = document().get_element_by_id("lang-switch") {
                use leptos::wasm_bindgen::JsCast;
                if let Ok(button) = button.dyn_into::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    };
    view! {
        <header class="header">
            <div class="brand">
                <h1>{current.t("医保医师记分计算器", "Medical-insurance scoring calculator")}</h1>
                <p class="tagline">
                    {current.t(
                        "输入违规事件，查看记分、处理措施和每个期限，每一步都注明所依据的条款。",
                        "Enter the incidents; see the points, the sanction and every date, each step citing its article.",
                    )}
                </p>
            </div>
            <button
                id="lang-switch"
                class="lang"
                type="button"
                on:click=switch
                lang=current.t("en", "zh-CN")
                aria-label=current.t("Switch to English", "切换到中文")
            >
                {current.t("English", "中文")}
            </button>
        </header>
    }
}
