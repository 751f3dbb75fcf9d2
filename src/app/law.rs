//! Citations that open the article they cite, with the seed's own text; and the texts
//! themselves, which the app's wasm does not carry: they are fetched as one file (all
//! five, for the reader and any page that reads across them) the first time a citation
//! or the reader is opened, and the service worker keeps that file for offline use.
//!
//! Dependencies point one way: the embed, the reader and every page that cites draw
//! [`Cite`] and [`LawDialog`]; this module imports none of them. The few DOM calls it
//! shares with the embed (placing the dialog, measuring the embed's height) are in
//! [`dom`].

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::i18n::{lang, say, tr, Lang};
use super::{ctx, Ctx};

pub mod dom;
use crate::scoring::law::Texts;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// Where the regulations' texts are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextsState {
    /// Nobody has asked for them yet.
    NotLoaded,
    /// On their way.
    Loading,
    Loaded(Arc<Texts>),
    /// The file could not be fetched or read; [`load_texts`] tries again.
    Failed(String),
}

thread_local! {
    static TEXTS: ArcRwSignal<TextsState> = ArcRwSignal::new(TextsState::NotLoaded);
}

/// Where the texts are (tracked: a view that reads it is redrawn when they arrive).
pub fn texts_state() -> TextsState {
    TEXTS.with(|t| t.get())
}

/// Starts fetching the texts, unless they are loaded or on their way (after a failure it
/// tries again). Every page that shows the law calls it; the file is fetched once.
pub fn load_texts() {
    let state = TEXTS.with(Clone::clone);
    if matches!(
        state.get_untracked(),
        TextsState::Loading | TextsState::Loaded(_)
    ) {
        return;
    }
    state.set(TextsState::Loading);
    leptos::task::spawn_local(async move {
        state.set(match fetch_texts().await {
            Ok(texts) => TextsState::Loaded(Arc::new(texts)),
            Err(problem) => TextsState::Failed(problem),
        });
    });
}

/// The file named by `<meta name="jifen-law">` ([`texts_url`]), fetched from the app's own
/// origin.
async fn fetch_texts() -> Result<Texts, String> {
    use wasm_bindgen_futures::JsFuture;
    let shown = |e: leptos::wasm_bindgen::JsValue| {
        e.as_string()
            .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
            .unwrap_or_else(|| "?".into())
    };
    let url = texts_url().ok_or("index.html names no texts file")?;
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(&url))
        .await
        .map_err(shown)?
        .dyn_into()
        .map_err(shown)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(shown)?)
        .await
        .map_err(shown)?
        .as_string()
        .unwrap_or_default();
    Texts::from_json(&text).map_err(|e| format!("{url}: {e}"))
}

/// What is said while the texts are loaded (and, in the law's dialog, its part).
pub const LOADING_TEXTS: (&str, &str) = ("正在载入条文……", "Loading the law's text…");

/// `view` of the texts once they are loaded; until then a line that they are loading, or
/// why they are not there, with a button to try again, in the reader's language. Starts
/// loading them.
pub fn when_loaded<V: IntoView + 'static>(
    view: impl Fn(Arc<Texts>) -> V + Send + Sync + 'static,
) -> impl IntoView {
    load_texts();
    let loading = tr(LOADING_TEXTS.0, LOADING_TEXTS.1);
    let failed = tr(
        "条文未能载入，请检查网络后重试。",
        "The law's text could not be loaded: check the connection and try again.",
    );
    let again = tr("重试", "Try again");
    move || match texts_state() {
        TextsState::Loaded(texts) => view(texts).into_any(),
        TextsState::NotLoaded | TextsState::Loading => {
            view! { <p class="hint" role="status">{loading}</p> }.into_any()
        }
        TextsState::Failed(problem) => view! {
            <p class="note error" role="alert">
                {failed} " (" {problem} ") "
                <button type="button" class="secondary" on:click=|_| load_texts()>{again}</button>
            </p>
        }
        .into_any(),
    }
}

/// A citation to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub regime: RegimeId,
    pub cite: String,
}

/// A citation, e.g. `第十四条（二）1`, as a button that opens the article.
#[component]
pub fn Cite(
    /// The regime whose document the citation is in.
    regime: RegimeId,
    /// The citation in the document's own numbering.
    #[prop(into)]
    cite: String,
) -> impl IntoView {
    let Ctx { reading, .. } = ctx();
    if cite.is_empty() {
        return None;
    }
    let label = say(Text::new(
        format!("查看条文 {cite}"),
        format!("Read {cite}"),
    ));
    let open = {
        let cite = cite.clone();
        move |_| {
            reading.set(Some(Reading {
                regime,
                cite: cite.clone(),
            }))
        }
    };
    Some(view! {
        <button type="button" class="cite" on:click=open aria-label=label aria-haspopup="dialog">
            <span lang="zh-CN">{cite}</span>
        </button>
    })
}

/// How the dialog draws the articles a citation points to: the app through its part
/// (`parts::later`, with the signals its 重试 sets), the embed at once. A function the
/// caller passes, because naming `later` here would link every part's code into the
/// embed's build, which has no parts and calls each directly.
pub type DrawArticles = fn(Reading, RwSignal<super::Page>, RwSignal<u32>) -> AnyView;

/// The dialog that shows the article(s) a citation points to. Its frame is in the app's
/// own wasm; the articles, with the code that fetches and reads the texts file, are a
/// part loaded when a citation is first opened ([`articles`], `app/parts.rs`).
#[component]
pub fn LawDialog(
    /// Draws the articles ([`articles`], or a part that does).
    draw_articles: DrawArticles,
) -> impl IntoView {
    let Ctx {
        reading,
        page,
        embed,
        ..
    } = ctx();
    let lang = lang();
    let dialog = NodeRef::<html::Dialog>::new();
    // 重试, where the articles' part could not be loaded, draws the body again.
    let retry = RwSignal::new(0u32);
    // The reader's page for the citation: the reader finds the article it points to.
    let reader_page = move |reading: Option<Reading>| {
        reading.map(|Reading { regime, cite }| super::Page::Law {
            regime: Some(regime),
            article: Some(cite),
        })
    };
    // As a link (the embed opens it in a new tab).
    let reader_link = move || {
        reader_page(reading.get()).map(|page| {
            let query = if lang.get() == Lang::En {
                "?lang=en"
            } else {
                ""
            };
            format!("./{query}{}", page.fragment())
        })
    };
    let open_in_reader = move |_| {
        if let Some(reader) = reader_page(reading.get_untracked()) {
            reading.set(None);
            page.set(reader);
        }
    };
    Effect::new(move |_| {
        let open = reading.with(Option::is_some);
        if let Some(dialog) = dialog.get() {
            if open && !dialog.open() {
                preload_texts();
                // The embed's page is as tall as its content and the hosting page scrolls
                // it: centred, the dialog could open far from the reader. It opens just
                // below the citation that opened it.
                let below = if embed { below_focus() } else { None };
                // There before it opens: opening focuses its buttons, and a focus at the
                // document's top would scroll the hosting page up to the frame's top.
                if let Some(top) = below {
                    set_top(&dialog, top as i32);
                }
                let _ = dialog.show_modal();
                if let Some(top) = below {
                    place(&dialog, top);
                }
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    let body = move || {
        retry.track();
        reading.get().map(|reading| {
            let title = format!("{} {}", reading.regime.info().document, reading.cite);
            view! {
                <h2 id="law-title">{title}</h2>
                {draw_articles(reading, page, retry)}
            }
        })
    };
    view! {
        <dialog node_ref=dialog class="law" aria-labelledby="law-title" on:close=move |_| reading.set(None) on:click=dom::close_on_shade>
            <div class="law-body">{body}</div>
            <form method="dialog" class="dialog-actions">
                {if embed {
                    view! {
                        <a class="button secondary" href=reader_link target="_blank" rel="noopener">
                            {tr("在计算器中阅读全文", "Read it all in the calculator")}
                            <span class="visually-hidden">{tr("（在新标签页中打开）", " (opens in a new tab)")}</span>
                        </a>
                    }
                    .into_any()
                } else {
                    view! { <button class="secondary" type="button" on:click=open_in_reader>{tr("在条文页中阅读全文", "Read in the law page")}</button> }.into_any()
                }}
                <button class="primary" type="submit">{tr("关闭", "Close")}</button>
            </form>
        </dialog>
    }
}

/// The article(s) `cite` points to, with the clause it names marked, once the texts are
/// loaded (the body of [`LawDialog`], drawn by its part).
pub fn articles(regime: RegimeId, cite: String) -> AnyView {
    let document = regime.info().document;
    when_loaded(move |texts| {
        texts
            .lookup(regime, &cite)
            .into_iter()
            .map(|f| {
                let clause = f.clause.clone();
                let paragraphs = f
                    .article
                    .paragraphs
                    .iter()
                    .map(|p| {
                        let marked = clause.as_ref().is_some_and(|c| {
                            let half = c.replace('（', "(").replace('）', ")");
                            p.starts_with(c.as_str()) || p.starts_with(half.as_str())
                        });
                        view! { <p class:marked=marked>{p.clone()}</p> }
                    })
                    .collect_view();
                view! {
                    <article class="article">
                        // The dialog's title names the document already.
                        <h3>
                            {(f.document != document).then(|| view! { <span class="doc">{f.document}</span> " " })}
                            {f.article.number}
                            " "
                            {f.article.heading}
                        </h3>
                        {paragraphs}
                    </article>
                }
            })
            .collect_view()
    })
    .into_any()
}

/// Asks the browser for the texts file as the dialog opens, while the articles' part is
/// loaded: the part's fetch of it then takes the preloaded response instead of starting
/// after the part has arrived. Once per page, and only while nobody has asked for the
/// texts: where they are loaded or on their way (the reader opened first; the embed,
/// whose articles are drawn with the dialog and fetch them at once) a preload would be
/// a second download that nothing uses.
fn preload_texts() {
    if TEXTS.with(|t| t.get_untracked()) != TextsState::NotLoaded {
        return;
    }
    let Some(url) = texts_url() else { return };
    let Some(head) = document().head() else {
        return;
    };
    if head
        .query_selector("link[data-texts]")
        .ok()
        .flatten()
        .is_some()
    {
        return;
    }
    if let Ok(link) = document().create_element("link") {
        for (name, value) in [
            ("rel", "preload"),
            ("as", "fetch"),
            // As `fetch` asks (mode cors, same-origin credentials), for the preload to be used.
            ("crossorigin", "anonymous"),
            ("href", url.as_str()),
            ("data-texts", ""),
        ] {
            let _ = link.set_attribute(name, value);
        }
        let _ = head.append_child(&link);
    }
}

/// The texts file's address, from `<meta name="jifen-law">` (scripts/post-build.mjs writes
/// it with the file's content hash in its name).
fn texts_url() -> Option<String> {
    document()
        .query_selector("meta[name=jifen-law]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
}

/// Where below the focused element (the citation clicked) a dialog should start, in the
/// document's coordinates.
fn below_focus() -> Option<f64> {
    let focused = document().active_element()?;
    let bottom = dom::rect(&focused, "bottom");
    Some(bottom + window().scroll_y().unwrap_or(0.0) + 8.0)
}

/// Puts the open dialog at `top`, or higher where it would run past the document's end.
fn place(dialog: &web_sys::HtmlDialogElement, top: f64) {
    let height = f64::from(dialog.offset_height());
    let end = document()
        .document_element()
        .map_or(0.0, |e| f64::from(e.scroll_height()));
    // Whole pixels: formatting a float would link float formatting into the wasm.
    set_top(dialog, top.min(end - height - 8.0).max(8.0) as i32);
}

/// The dialog's `top`, through the style object (CSSOM), which the policy allows, unlike a
/// style attribute.
fn set_top(dialog: &web_sys::HtmlDialogElement, top: i32) {
    if let Ok(style) = js_sys::Reflect::get(dialog, &"style".into()) {
        let _ = js_sys::Reflect::set(&style, &"top".into(), &format!("{top}px").into());
    }
}
