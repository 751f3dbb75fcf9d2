//! How a case travels: the form as the user typed it ([`draft`]), case files in the
//! spec's format ([`case_file`]), share links ([`share`]) and calendar files ([`ics`]).
//!
//! Pure functions, like the core: no browser, no clock ("now" is an argument), no panic
//! on any input — every decoder here is fuzzed (`tests/exchange_fuzz.rs`).

pub mod case_file;
pub mod draft;
pub mod ics;
pub mod library;
pub mod share;
