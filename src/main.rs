//! The web app's entry point: it mounts [`jifen::app::App`], or in `embed.html`
//! (`<html data-mode="embed">`) the embedded calculator [`jifen::app::embed::Embed`], then
//! removes the static first screen (`#boot`), which showed while the wasm was on its way.

fn main() {
    if jifen::app::embed::is_embed() {
        leptos::mount::mount_to_body(jifen::app::embed::Embed);
    } else {
        leptos::mount::mount_to_body(jifen::app::App);
    }
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
