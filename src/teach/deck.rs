//! A deck for a training session (`#deck=changes,sh2025-one-shot-9,…,quiz`): its parts in
//! order — scenarios of the library, what changed from the previous document, the room's
//! quiz — and, for each scenario, the moments that matter in date order: each decision,
//! each repair, each deadline the person must meet, each request and restoration. The
//! room is asked first; the moments reveal the answer one slide at a time.
//!
//! ```
//! use jifen::teach::deck::{self, Moment, Part};
//!
//! let parts = deck::parts(&["sh2025-repair-shortens".into(), "changes".into()]).unwrap();
//! let Part::Scenario(s) = &parts[0] else { panic!() };
//! let case: serde_json::Value = serde_json::from_str(s.case).unwrap();
//! let result = jifen::scoring::evaluate(&case, chrono::NaiveDate::MIN).unwrap();
//! let beats = deck::beats(&case, &result);
//! // Two decisions, the exam on its own slide, and the request to resume, due 2025-08-27.
//! assert!(matches!(beats[0].moment, Moment::Decision(0)));
//! assert!(beats.iter().any(|b| matches!(b.moment, Moment::Repair(0)) && b.on.to_string() == "2025-07-01"));
//! assert!(beats.iter().any(|b| matches!(b.moment, Moment::Deadline(_)) && b.on.to_string() == "2025-08-27"));
//! assert!(matches!(parts[1], Part::Changes { .. }));
//! ```

use chrono::NaiveDate;
use serde_json::Value;

use super::changes::{default_pair, predecessor};
use super::present::{self, DecisionStep};
use super::rules::RowKind;
use super::scenarios::{self, Scenario};
use crate::scoring::outcome::{Actor, Evaluation};
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// A part of a deck.
#[derive(Debug, Clone, Copy)]
pub enum Part {
    /// A scenario of the library: asked, then revealed moment by moment.
    Scenario(&'static Scenario),
    /// What changed from `from` to `to`, a few rows a slide.
    Changes { from: RegimeId, to: RegimeId },
    /// The room's quiz on `regime`: its link and QR code, full screen.
    Quiz { regime: RegimeId },
}

/// What a token of the deck's link cannot be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BadToken {
    /// No scenario, part or regime by that name.
    Unknown(String),
    /// `changes:<regime>` for a regime that took over from no other.
    NoPredecessor(String),
}

/// The deck's parts, from its link's tokens: a scenario's id, `changes` (into the deck's
/// regime from the one before it; `changes:shanghai-2025` names it), `quiz`
/// (`quiz:jining-2024`). The deck's regime is its first scenario's, else the newest
/// document that replaced another.
pub fn parts(tokens: &[String]) -> Result<Vec<Part>, BadToken> {
    let first_scenario = tokens
        .iter()
        .find_map(|t| scenarios::get(t))
        .map(|s| s.regime);
    let room = first_scenario
        .filter(|r| predecessor(*r).is_some())
        .or_else(|| default_pair().map(|(_, to)| to))
        .unwrap_or(RegimeId::FIRST);
    let quiz_regime = first_scenario.unwrap_or(room);
    tokens
        .iter()
        .map(|token| {
            let (name, regime) = match token.split_once(':') {
                Some((name, id)) => (
                    name,
                    Some(RegimeId::parse(id).ok_or_else(|| BadToken::Unknown(token.clone()))?),
                ),
                None => (token.as_str(), None),
            };
            match name {
                "changes" => {
                    let to = regime.unwrap_or(room);
                    let from =
                        predecessor(to).ok_or_else(|| BadToken::NoPredecessor(token.clone()))?;
                    Ok(Part::Changes { from, to })
                }
                "quiz" => Ok(Part::Quiz {
                    regime: regime.unwrap_or(quiz_regime),
                }),
                id => scenarios::get(id)
                    .map(Part::Scenario)
                    .ok_or_else(|| BadToken::Unknown(token.clone())),
            }
        })
        .collect()
}

/// A deck a session can start from: what changed, the regime's scenarios (those that
/// show a repair or a one-shot first), and the quiz.
///
/// ```
/// let tokens = jifen::teach::deck::suggested(jifen::scoring::RegimeId::FIRST);
/// assert_eq!(tokens.first().map(String::as_str), Some("changes"));
/// assert_eq!(tokens.last().map(String::as_str), Some("quiz"));
/// assert!(jifen::teach::deck::parts(&tokens).is_ok());
/// ```
pub fn suggested(regime: RegimeId) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if predecessor(regime).is_some() {
        out.push("changes".into());
    }
    out.extend(scenarios::of(regime).take(4).map(|s| s.id.to_string()));
    out.push("quiz".into());
    out
}

/// A moment of a scenario that has a slide of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// The decisions of a day: an index in [`present::steps`].
    Decision(usize),
    /// A repair: an index in the case's `repairs`.
    Repair(usize),
    /// A deadline the person must meet: an index in the result's `deadlines`.
    Deadline(usize),
    /// A request to resume: an index in the case's `resumption_requests`.
    Request(usize),
    /// A restoration: an index in the case's `restorations`.
    Restoration(usize),
}

/// A moment and its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Beat {
    pub on: NaiveDate,
    pub moment: Moment,
}

/// The days of a list in the case (`repairs`, `resumption_requests`, `restorations`).
fn days_of(case: &Value, key: &str) -> Vec<Option<NaiveDate>> {
    case[key]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| {
            v.get("on")
                .and_then(Value::as_str)
                .and_then(crate::calendar::parse_day)
        })
        .collect()
}

/// The moments of a scenario in date order (on one day: the decisions, then a repair,
/// then a request, a restoration, a deadline). The deadlines shown on slides of their
/// own are the person's (an objection, a request to resume): the office's and the
/// institution's follow each decision on its slide.
pub fn beats(case: &Value, result: &Evaluation) -> Vec<Beat> {
    let mut out: Vec<(NaiveDate, u8, Moment)> = Vec::new();
    for (i, step) in present::steps(result).iter().enumerate() {
        out.push((step.on, 0, Moment::Decision(i)));
    }
    for (i, day) in days_of(case, "repairs").into_iter().enumerate() {
        if let Some(day) = day {
            out.push((day, 1, Moment::Repair(i)));
        }
    }
    for (i, day) in days_of(case, "resumption_requests").into_iter().enumerate() {
        if let Some(day) = day {
            out.push((day, 2, Moment::Request(i)));
        }
    }
    for (i, day) in days_of(case, "restorations").into_iter().enumerate() {
        if let Some(day) = day {
            out.push((day, 3, Moment::Restoration(i)));
        }
    }
    for (i, d) in result.deadlines.iter().enumerate() {
        if d.actor == Actor::Person {
            out.push((d.due, 4, Moment::Deadline(i)));
        }
    }
    crate::calendar::sort_by_key(&mut out, |(day, order, _)| (*day, *order));
    out.into_iter()
        .map(|(on, _, moment)| Beat { on, moment })
        .collect()
}

/// The decision steps of a result (for the slides of [`Moment::Decision`]).
pub fn steps(result: &Evaluation) -> Vec<DecisionStep> {
    present::steps(result)
}

/// Which rows of what changed a slide shows.
pub type RowsOn = fn(RowKind) -> bool;

/// The slides of what changed: a heading, and the rows on it.
pub fn change_slides() -> Vec<(Text, RowsOn)> {
    vec![
        (
            Text::fixed("记分周期、分值与计分规则", "Periods, points and counting"),
            |k| matches!(k, RowKind::Period | RowKind::Items | RowKind::Counting),
        ),
        (
            Text::fixed("累计分值与处理", "Totals and measures"),
            |k| {
                matches!(
                    k,
                    RowKind::Bands | RowKind::OneShot | RowKind::Bars | RowKind::ThreeYears
                )
            },
        ),
        (
            Text::fixed("修复、恢复与生效", "Repairs, restoring, taking effect"),
            |k| {
                matches!(
                    k,
                    RowKind::Repairs | RowKind::Restart | RowKind::TakesEffect
                )
            },
        ),
        (
            Text::fixed("程序与期限", "The procedure and its deadlines"),
            |k| matches!(k, RowKind::Procedure(_)),
        ),
    ]
}
