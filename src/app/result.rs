//! The result: the answer first ([`AnswerPanel`]), then what follows it
//! ([`ResultDetails`]: warnings, the timeline, the measures with their dates, every
//! deadline with its weekday, facts about the institution), the phone's bottom bar that
//! repeats the answer ([`MiniStatus`]), and the printed report.
//!
//! One file per component group: `panel` (the answer panel, the welcome), `error` (a
//! case that cannot be computed, and where its error points, in words), `details`
//! (warnings and flags), `measures`, `deadlines`, `bar` (the bottom bar, its words as a
//! plain function) and `print`.
//!
//! Dependencies point one way: `result` draws [`super::answer::Answer`] and uses its
//! helpers; `answer` imports nothing of `result`. The embed and the app's frame draw the
//! components here.

mod bar;
mod deadlines;
mod details;
mod error;
mod measures;
mod panel;
mod print;

pub use bar::{bar_words, outlook_words, watch_answer, AnswerInView, MiniStatus};
pub use details::{ResultDetails, Warnings};
pub use error::{place_text, place_words, ErrorCard};
pub use panel::{mark_first_screen, AnswerPanel};
