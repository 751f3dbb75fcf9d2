//! The scoring core: pure and deterministic.
//!
//! It takes one person's case under one regime and returns the points, the sanctions
//! and every date, each step citing the article it applies. It never reads the clock
//! ("today" is an argument), never panics, and knows nothing of the browser.
//!
//! ```
//! use chrono::NaiveDate;
//! use jifen::scoring::evaluate_str;
//!
//! let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
//! let result = evaluate_str(r#"{
//!     "regime": "shanghai-2025",
//!     "incidents": [{"id": "a", "item": "13.2", "decided_on": "2025-05-20",
//!                    "responsibility": "primary"}]
//! }"#, today).unwrap();
//! assert_eq!(result.incidents[0].points, Some(6));
//! assert_eq!(result.status.total, Some(6));
//! assert_eq!(result.status.next.as_ref().map(|n| n.at), Some(9));
//! ```

pub mod case;
pub mod catalogue;
mod engine;
pub mod error;
pub mod law;
pub mod outcome;
pub mod regimes;
pub mod text;
pub mod words;

use chrono::NaiveDate;

pub use case::{Case, FORMAT_VERSION};
pub use catalogue::{Clause, Item, ItemValue};
pub use error::{CaseError, ErrorCode, Problem};
pub use outcome::{Evaluation, State};
pub use regimes::{RegimeId, RegimeInfo};
pub use text::{Lang, Text};

/// Evaluates a case given as JSON. `today` is the `as_of` used when the case has none.
pub fn evaluate(case: &serde_json::Value, today: NaiveDate) -> Result<Evaluation, CaseError> {
    let case = Case::from_json(case)?;
    evaluate_case(&case, today)
}

/// Evaluates a case given as JSON text; text that is not JSON is `invalid_json`.
pub fn evaluate_str(text: &str, today: NaiveDate) -> Result<Evaluation, CaseError> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| CaseError::new(ErrorCode::InvalidJson, "", Problem::not_json(&e)))?;
    evaluate(&value, today)
}

/// Evaluates a validated case.
pub fn evaluate_case(case: &Case, today: NaiveDate) -> Result<Evaluation, CaseError> {
    engine::evaluate(case, today)
}

/// The catalogue of a regime as JSON: its document, clauses, items and bands.
pub fn catalogue(regime: RegimeId) -> serde_json::Value {
    serde_json::to_value(regime.info()).unwrap_or(serde_json::Value::Null)
}
