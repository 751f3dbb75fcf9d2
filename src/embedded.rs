//! The embed's build, which `embed.html` (`<html data-mode="embed">`) loads: the compact
//! calculator [`jifen::app::embed::Embed`] alone, without the app's pages, case library
//! and guided questions.

fn main() {
    leptos::mount::mount_to_body(jifen::app::embed::Embed);
    jifen::app::remove_first_screen();
}
