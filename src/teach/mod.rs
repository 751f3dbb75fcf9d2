//! Teaching: the scenario library, the cross-regime item mapping, side-by-side
//! comparison and what-if analysis. Pure, like the core it calls.

pub mod compare;
pub mod mapping;
pub mod present;
pub mod quiz;
pub mod rules;
pub mod scenarios;
pub mod whatif;
