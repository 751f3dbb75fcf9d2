//! Calendar files (RFC 5545): every deadline and the start and end of every measure of a
//! result, as all-day events that a phone's calendar imports, each citing its article.
//!
//! To be written: see `calendar()`.

use chrono::NaiveDateTime;

use crate::scoring::outcome::Evaluation;
use crate::scoring::RegimeId;

/// The language of the events' text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Chinese,
    English,
}

/// An iCalendar file (`text/calendar`, CRLF line ends, folded at 75 octets) with one
/// all-day event per deadline and one per start and end of each measure that has dates.
/// `title` names the case; `now` (UTC) is the DTSTAMP.
pub fn calendar(
    _result: &Evaluation,
    _regime: RegimeId,
    _title: &str,
    _language: Language,
    _now: NaiveDateTime,
) -> String {
    String::new()
}
