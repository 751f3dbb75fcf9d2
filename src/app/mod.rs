//! The calculator in the browser: a leptos (CSR) single-page app on top of the core.
//!
//! State flows one way: the user's [`draft::Draft`] lives in one signal; the case for
//! the core and its evaluation are derived from it ([`Computed`]); the views read
//! them. Nothing leaves the device: the only request is for the app's own file of the
//! law's texts ([`law::load_texts`]).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::scoring::{self, CaseError, Evaluation, RegimeId};

pub mod case_fields;
pub mod fields;
pub mod i18n;
pub mod incidents;
pub mod keep;
pub mod law;
pub mod picker;
pub mod reader;
pub mod result;
pub mod teach;
pub mod timeline;
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

/// The page shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    /// The calculator: the case and its result.
    Calculator,
    /// The same facts under several regimes.
    Compare,
    /// The scenario library.
    Scenarios,
    /// A regulation's text, opened at an article.
    Reader {
        regime: RegimeId,
        article: Option<String>,
    },
}

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
    pub page: RwSignal<Page>,
}

/// The context provided by [`App`].
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Today in China Standard Time, from the browser's clock.
pub fn today() -> NaiveDate {
    crate::cli::today_from_millis(js_sys::Date::now())
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
#[component]
pub fn App() -> impl IntoView {
    let today = today();
    let (keep, opened) = keep::start(&today.to_string());
    let draft = RwSignal::new(opened);
    let lang = RwSignal::new(Lang::Zh);
    let computed = Memo::new(move |_| draft.with(|d| compute(d, today)));
    let reading = RwSignal::new(None);
    let page = RwSignal::new(Page::Calculator);
    provide_context(Ctx {
        draft,
        lang,
        computed,
        reading,
        keep,
        page,
    });
    // Every change is saved (not while a shared case is looked at).
    Effect::new(move |_| draft.with(|d| keep::autosave(keep, d, &today.to_string())));
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(lang.t("医保医师记分计算器", "Medical-insurance scoring calculator"));
    });

    // The whole page is rebuilt in the other language; the draft, in its own signal,
    // is untouched.
    move || {
        let lang = lang.get();
        view! {
            <a class="skip" href="#result">{lang.t("跳到计算结果", "Skip to the result")}</a>
            <Header/>
            <Tabs/>
            {move || match page.get() {
                Page::Calculator => view! {
                    <main class="layout">
                        <section class="inputs" aria-label=lang.t("案情", "The case")>
                            <keep::KeepNotices/>
                            // While a shared case is looked at, the bar of the user's own
                            // cases would name the wrong case: it waits.
                            {move || keep.preview.with(Option::is_none).then(|| view! { <keep::CaseBar/> })}
                            <picker::RegimePicker/>
                            <case_fields::CaseFields/>
                            <incidents::IncidentList/>
                        </section>
                        <section id="result" class="result" tabindex="-1" aria-label=lang.t("计算结果", "Result")>
                            <result::ResultPanel/>
                            <whatif::WhatIf/>
                        </section>
                    </main>
                }
                .into_any(),
                Page::Compare => view! { <main class="page"><teach::Compare/></main> }.into_any(),
                Page::Scenarios => view! { <main class="page"><teach::Scenarios/></main> }.into_any(),
                Page::Reader { regime, article } => view! { <main class="page"><reader::Reader regime article/></main> }.into_any(),
            }}
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
    let tab = move |label: &'static str, target: Page| {
        let is = target.clone();
        let current = move || {
            let here = page.get();
            (std::mem::discriminant(&here) == std::mem::discriminant(&is)).then_some("page")
        };
        view! {
            <button type="button" class="tab" aria-current=current on:click=move |_| page.set(target.clone())>{label}</button>
        }
    };
    let regime = computed.with_untracked(|c| c.regime);
    view! {
        <nav class="tabs" aria-label=lang.t("功能", "Pages")>
            {tab(lang.t("计算", "Calculator"), Page::Calculator)}
            {tab(lang.t("制度对比", "Compare regimes"), Page::Compare)}
            {tab(lang.t("案例库", "Scenarios"), Page::Scenarios)}
            {tab(lang.t("条文", "The law"), Page::Reader { regime, article: None })}
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
