//! The web app's entry point: it only mounts [`jifen::app::App`].

fn main() {
    leptos::mount::mount_to_body(jifen::app::App);
}
