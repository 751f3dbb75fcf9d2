//! How a case travels: the form as the user typed it ([`draft`]), case files in the
//! spec's format ([`case_file`]), share links ([`share`]), calendar files ([`ics`]) and the app's pages as
//! URL fragments ([`route`]).
//!
//! Pure functions, like the core: no browser, no clock ("now" is an argument), no panic
//! on any input — every decoder here is fuzzed (`examples/fuzz_report.rs`: `scripts/fuzz.sh`,
//! and a short run in `scripts/test.sh`).

pub mod case_file;
pub mod draft;
pub mod ics;
pub mod library;
pub mod place;
pub mod roster;
pub mod route;
pub mod search;
pub mod share;
