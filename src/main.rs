//! The calculator's build, the one a visit loads first: it mounts [`jifen::app::App`]
//! without the comparison, the scenario library and the training room (the full build,
//! `src/full.rs`, has them); then it removes the static first screen (`#boot`), which
//! showed while the wasm was on its way.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <jifen::app::App/> });
    jifen::app::remove_first_screen();
}
