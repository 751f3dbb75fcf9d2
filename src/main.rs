//! The app's build: it mounts [`jifen::app::App`], then removes the static first screen
//! (`#boot`), which showed while the wasm was on its way. Its pages (the guided
//! questions, the calculator's answer and case, the law's reader, the teaching pages) are
//! parts of this wasm split off by `scripts/post-build.mjs` and loaded when first drawn.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <jifen::app::App/> });
    jifen::app::remove_first_screen();
}
