//! A scenario presented step by step: its decisions in date order, each with the
//! incidents decided that day, the running total after it and the measures it decided.
//!
//! ```
//! use chrono::NaiveDate;
//! use jifen::teach::{present, scenarios};
//!
//! let s = scenarios::get("sh2025-band-edge-8-9").unwrap();
//! let case: serde_json::Value = serde_json::from_str(s.case).unwrap();
//! let result = jifen::scoring::evaluate(&case, NaiveDate::MIN).unwrap();
//! let steps = present::steps(&result);
//! assert_eq!(steps.len(), 3);
//! assert_eq!(steps.iter().map(|s| s.total).collect::<Vec<_>>(), [Some(4), Some(8), Some(9)]);
//! // The third decision suspends.
//! assert_eq!(result.sanctions[steps[2].sanctions[0]].kind.code(), "suspension");
//! ```

use chrono::NaiveDate;

use crate::scoring::outcome::Evaluation;

/// One decision of a case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionStep {
    /// The day of the decision (real or projected).
    pub on: NaiveDate,
    /// Indices in `result.incidents` decided that day.
    pub incidents: Vec<usize>,
    /// The period's running total after that day (`None` for 沪2020).
    pub total: Option<u32>,
    /// Indices in `result.sanctions` decided that day.
    pub sanctions: Vec<usize>,
    /// Indices in `result.deadlines` that follow that day's incidents.
    pub deadlines: Vec<usize>,
}

/// The decisions of a result, in date order.
pub fn steps(result: &Evaluation) -> Vec<DecisionStep> {
    let mut days: Vec<NaiveDate> = result.incidents.iter().map(|i| i.decided_on).collect();
    crate::calendar::sort_by_key(&mut days, |d| *d);
    days.dedup();
    days.into_iter()
        .map(|on| {
            let incidents: Vec<usize> = (0..result.incidents.len())
                .filter(|&i| result.incidents[i].decided_on == on)
                .collect();
            let total = result
                .periods
                .iter()
                .filter(|p| p.start <= on && on <= p.end)
                .flat_map(|p| p.running.iter())
                .rfind(|r| r.date <= on)
                .map(|r| r.total);
            let sanctions = (0..result.sanctions.len())
                .filter(|&s| result.sanctions[s].decided_on == on)
                .collect();
            let ids: Vec<&str> = incidents
                .iter()
                .map(|&i| result.incidents[i].id.as_str())
                .collect();
            let deadlines = (0..result.deadlines.len())
                .filter(|&d| {
                    result.deadlines[d]
                        .incident
                        .as_deref()
                        .is_some_and(|id| ids.contains(&id))
                })
                .collect();
            DecisionStep {
                on,
                incidents,
                total,
                sanctions,
                deadlines,
            }
        })
        .collect()
}
