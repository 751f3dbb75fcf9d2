//! The app's build: it mounts [`jifen::app::App`], then removes the static first screen
//! (`#boot`), which showed while the wasm was on its way. The law's reader and the
//! teaching pages are parts of this wasm split off by `scripts/post-build.mjs` and loaded
//! when first opened.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <jifen::app::App/> });
    jifen::app::remove_first_screen();
}
