//! The calculator's build, the one every visit loads first: it mounts [`jifen::app::App`]
//! without the comparison, the scenario library and the training room (the full build,
//! `src/full.rs`, has them), or in `embed.html` (`<html data-mode="embed">`) the embedded
//! calculator [`jifen::app::embed::Embed`]; then it removes the static first screen
//! (`#boot`), which showed while the wasm was on its way.

use leptos::prelude::*;

fn main() {
    if jifen::app::embed::is_embed() {
        mount_to_body(jifen::app::embed::Embed);
    } else {
        mount_to_body(|| view! { <jifen::app::App/> });
    }
    jifen::app::remove_first_screen();
}
