//! QR codes of the app's links (a share link, a scenario, the rules side by side, a
//! quiz), drawn in the page as one SVG path: a room scans the projector instead of
//! typing an address. The code is made on the device by the `qrcode` crate (its core
//! only, without the image and SVG renderers); nothing is sent anywhere.

use leptos::html;
use leptos::prelude::*;
use qrcode::{Color, EcLevel, QrCode};

use super::i18n::{say, tr};
use crate::scoring::text::Text;

/// Modules of light margin around the code (the standard's quiet zone).
const QUIET: usize = 4;

/// The SVG path of `text`'s QR code and the side of its square (quiet zone included),
/// in modules; `None` when the text is too long for a QR code. Medium error correction
/// (15%) keeps a projected code readable from the back of a room.
pub fn path(text: &str) -> Option<(String, usize)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .or_else(|_| QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L))
        .ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let run = x - start;
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET, y + QUIET));
            } else {
                x += 1;
            }
        }
    }
    Some((d, width + 2 * QUIET))
}

/// The QR code of `link` as an SVG image, or a sentence when the link is too long.
#[component]
pub fn QrImage(#[prop(into)] link: Signal<String>) -> impl IntoView {
    move || {
        let link = link.get();
        match path(&link) {
            Some((d, side)) => {
                let label = say(Text::new(
                    format!("二维码：{link}"),
                    format!("QR code: {link}"),
                ));
                view! {
                    <svg class="qr-code" role="img" aria-label=label viewBox=format!("0 0 {side} {side}")
                        shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                        <rect width=side.to_string() height=side.to_string() fill="#fff"/>
                        <path d=d fill="#000"/>
                    </svg>
                }
                .into_any()
            }
            None => view! {
                <p class="note warning">{tr(
                    "链接太长，无法生成二维码：请复制链接发送。",
                    "The link is too long for a QR code: copy it and send it instead.",
                )}</p>
            }
            .into_any(),
        }
    }
}

/// A button that shows `link` full screen as a QR code, with the link written under it
/// (Escape or the close button returns).
#[component]
pub fn QrButton(
    /// The full address to encode.
    #[prop(into)]
    link: Signal<String>,
    /// What the link opens, for the dialog's title (e.g. the scenario's title), in the
    /// reader's language.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let open = RwSignal::new(false);
    let show = move |_| {
        open.set(true);
        if let Some(dialog) = dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let show_label = labelled(Text::fixed("显示二维码：", "Show the QR code: "), title);
    let dialog_label = labelled(Text::fixed("二维码：", "QR code: "), title);
    view! {
        <button type="button" class="secondary qr-button" on:click=show
            aria-label=show_label
            aria-haspopup="dialog">
            {tr("二维码", "QR code")}
        </button>
        <dialog node_ref=dialog class="qr-full" aria-label=dialog_label
            on:close=move |_| open.set(false)>
            <p class="qr-title">{move || title.get()}</p>
            // Drawn only while shown: a page with many links makes no code it does not show.
            {move || open.get().then(|| view! { <QrImage link/> })}
            <p class="qr-link">{move || link.get()}</p>
            <form method="dialog" class="dialog-actions">
                <button type="submit" class="primary">{tr("关闭", "Close")}</button>
            </form>
        </dialog>
    }
}

/// A link written out with a copy button and a QR button, for a scenario, the rules
/// page or a quiz.
#[component]
pub fn LinkBox(
    /// The full address.
    #[prop(into)]
    link: Signal<String>,
    /// What the link opens, for labels, in the reader's language.
    #[prop(into)]
    title: Signal<String>,
    /// The id of the text field (unique on the page).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let text = link.get_untracked();
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    };
    let label = labelled(Text::fixed("链接：", "Link: "), title);
    view! {
        <div class="link-box">
            <input id=id type="text" readonly class="link-text" aria-label=label prop:value=move || link.get()
                on:focus=move |ev| {
                    use leptos::wasm_bindgen::JsCast;
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        input.select();
                    }
                }/>
            <button type="button" class="secondary" on:click=copy>
                {
                    let done = tr("已复制", "Copied");
                    let copy = tr("复制链接", "Copy link");
                    move || if copied.get() { done() } else { copy() }
                }
            </button>
            <QrButton link title/>
        </div>
    }
}

/// `lead` then `title`, both in the reader's language (a label: `链接：…`, `Link: …`).
fn labelled(
    lead: Text,
    title: Signal<String>,
) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lead = say(lead);
    move || format!("{}{}", lead(), title.get())
}

/// The app's own address with `fragment` (e.g. `#s=sh2025-one-shot-9`).
pub fn app_link(fragment: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        fragment
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_square_with_a_quiet_zone() {
        let (d, side) = path("https://example.org/jifen/#s=sh2025-one-shot-9").unwrap();
        // 47 bytes at level M: version 4, 33 modules, and 4 of margin on each side.
        assert_eq!(side, 33 + 2 * QUIET);
        // The finder pattern's top row: seven dark modules from the margin's corner.
        assert!(d.starts_with("M4 4h7v1h-7z"), "{}", &d[..40]);
    }

    #[test]
    fn a_link_too_long_for_any_code_is_refused() {
        assert!(path(&"x".repeat(4000)).is_none());
    }
}
