//! The full build: [`jifen::app::App`] with every page, loaded for the comparison, the
//! scenario library and the training room (see `Route::needs_full_build`); once loaded it
//! draws the calculator too, until the page is loaded again.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <jifen::app::App full=jifen::app::full_pages/> });
    jifen::app::remove_first_screen();
}
