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
pub mod changes;
pub mod deck;
pub mod embed;
pub mod fields;
pub mod guide;
pub mod hands;
pub mod i18n;
pub mod incidents;
pub mod keep;
pub mod law;
pub mod parts;
pub mod picker;
pub mod present;
pub mod qr;
pub mod quiz;
pub mod reader;
pub mod result;
pub mod room;
pub mod roster;
pub mod rules;
pub mod teach;
pub mod timeline;
pub mod training;
pub mod whatif;

use crate::exchange::draft::{self, Draft};
use i18n::tr;
use i18n::Lang;
use parts::{later, settle_if_idle, Later};

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
    let regime = draft.regime_id().unwrap_or(RegimeId::FIRST);
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
/// The frame, the guided questions' first question and the law dialog's frame come with
/// the app's wasm; the rest (the calculator's answer and case, the later questions, a
/// citation's articles, the law's reader, the teaching pages, the roster) is loaded when
/// first drawn, in parts of the wasm of their own (`parts.rs`, DESIGN.md "Size").
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
        document().set_title(
            crate::scoring::Text::fixed(
                "医保医师记分计算器",
                "Medical-insurance scoring calculator",
            )
            .get(lang),
        );
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
    // Switching the language redraws the words, not the page (`i18n::tr`).
    {
        view! {
            {move || if page.with(Page::is_calculator) {
                view! {
                    <a class="skip" href="#result">{tr("跳到结论", "Skip to the answer")}</a>
                    <a class="skip" href="#case">{tr("跳到案情", "Skip to the case")}</a>
                }.into_any()
            } else {
                view! { <a class="skip" href="#main">{tr("跳到正文", "Skip to the content")}</a> }.into_any()
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
                        <div class="side">{later(Later::Answer, page, redraw)}</div>
                        <section id="case" class="inputs" tabindex="-1" aria-label=tr("案情", "The case")>
                            {later(Later::Case(keep), page, redraw)}
                        </section>
                    </main>
                }
                .into_any(),
                Page::Law { regime, article } => {
                    let regime = regime.unwrap_or_else(|| computed.with_untracked(|c| c.regime));
                    later(Later::Law { regime, article }, page, redraw)
                }
                Page::Invalid { problem, .. } => view! {
                    <main id="main" tabindex="-1" class="page"><training::BadLink problem=training::Problem::Link(problem)/></main>
                }
                .into_any(),
                Page::Roster => later(Later::Roster, page, redraw),
                // The comparison, the scenario library and the training room.
                other => later(Later::Teaching(other), page, redraw),
            }}}
            <law::LawDialog draw_articles=|law::Reading { regime, cite }, page, retry| {
                later(Later::Articles { regime, cite }, page, retry)
            }/>
            <result::MiniStatus/>
            <footer class="footer">
                <p>
                    {tr(
                        "本计算器依据所列文件的原文逐条计算，结果仅供参考，以医保部门作出的决定为准。所有计算均在您的设备上完成，输入的内容不会发送到任何地方。",
                        "Computed article by article from the documents' own text. For reference only: the insurance office's decision prevails. Everything is computed on your device; nothing you enter is sent anywhere.",
                    )}
                </p>
                <p><a href="#roster">{tr("医保办：全院名单总览（导入 Excel 或 CSV）", "For a hospital's insurance office: the whole staff roster at a glance (import Excel or CSV)")}</a></p>
            </footer>
        }
    }
}

/// Gives the focus to the first element matching `selector`, if there is one.
pub(crate) fn focus_first(selector: &str) {
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
    let Ctx { page, computed, .. } = ctx();
    // Which tab a page belongs to.
    let tab_of = |page: &Page| match page {
        Page::Calculator | Page::Scenario(_) | Page::Shared(_) | Page::Guide(_) => 0,
        Page::Compare | Page::Rules(_) | Page::Changes(_) => 1,
        Page::Scenarios
        | Page::Present(_)
        | Page::Deck(_)
        | Page::Quiz { .. }
        | Page::Invalid { .. } => 2,
        Page::Law { .. } => 3,
        // (The roster has no tab: the footer links to it.)
        Page::Roster => 4,
    };
    let tab = move |label: (&'static str, &'static str), index: usize, target: Page| {
        let label = tr(label.0, label.1);
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
        <nav class="tabs" aria-label=tr("功能", "Pages")>
            {tab(("计算", "Calculator"), 0, Page::Calculator)}
            {tab(("制度对比", "Compare"), 1, Page::Compare)}
            {tab(("培训", "Training"), 2, Page::Scenarios)}
            {tab(("条文", "Law"), 3, Page::Law { regime: Some(regime), article: None })}
        </nav>
    }
}

/// The title bar and the language switch.
#[component]
fn Header() -> impl IntoView {
    let Ctx { lang, .. } = ctx();
    // Only the words are drawn again: the switch keeps its place and its focus.
    let switch = move |_| lang.update(|l| *l = if *l == Lang::Zh { Lang::En } else { Lang::Zh });
    view! {
        <header class="header">
            <div class="brand">
                <h1>{tr("医保医师记分计算器", "Medical-insurance scoring calculator")}</h1>
                <p class="tagline">
                    {tr(
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
                lang=tr("en", "zh-CN")
                aria-label=tr("Switch to English", "切换到中文")
            >
                {tr("English", "中文")}
            </button>
        </header>
    }
}
