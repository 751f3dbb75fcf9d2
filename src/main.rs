//! The web app's entry point: it mounts [`jifen::app::App`], then removes the static
//! first screen of `index.html` (`#boot`), which showed while the wasm was on its way.

fn main() {
    leptos::mount::mount_to_body(jifen::app::App);
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
}
