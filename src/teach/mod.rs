//! Teaching: the scenario library, the cross-regime item mapping, side-by-side
//! comparison and what-if analysis; for the training room, the rules side by side, what
//! changed from one document to the next, the quiz and the deck's slides. Pure, like the
//! core it calls.

pub mod changes;
pub mod compare;
pub mod deck;
pub mod mapping;
pub mod present;
pub mod quiz;
pub mod rules;
pub mod scenarios;
pub mod whatif;
