//! 医保医师记分 — the reference calculator for China's medical-insurance personnel
//! scoring rules.
//!
//! - [`scoring`]: the pure core (cases, regimes, evaluation);
//! - [`calendar`]: working days and the Civil Code month rule;
//! - [`cli`]: the `jifen` command line;
//! - [`exchange`]: the form as typed, case files, share links and calendar files;
//! - [`teach`]: scenarios, the item mapping across regimes, comparison and what-if;
//! - `js` (wasm32 only): the same evaluation for JavaScript;
//! - `app` (feature `app`): the leptos single-page app.

pub mod calendar;
pub mod cli;
pub mod exchange;
pub mod scoring;
pub mod teach;

// The JS API is its own wasm (built without the app), so that the app's bundle does not
// carry the exported functions and their serialisation code.
#[cfg(all(target_arch = "wasm32", not(feature = "app")))]
pub mod js;

#[cfg(feature = "app")]
pub mod app;
