//! Why a case cannot be computed.

use std::fmt;

use serde::Serialize;

/// The spec's error codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The text is not JSON.
    InvalidJson,
    /// `regime` is not one of the five ids.
    UnknownRegime,
    /// An item code that the regime does not have.
    UnknownItem,
    /// A date that is not `YYYY-MM-DD`, does not exist, or contradicts another date.
    InvalidDate,
    /// A required field is absent.
    MissingField,
    /// A field the format does not have (a typo is never silently ignored).
    UnknownField,
    /// A value of the wrong type or outside its set.
    InvalidValue,
    /// An explicit `points` outside the incident's lawful range.
    PointsOutOfRange,
    /// A `months` outside the lawful range of the measure its decision triggers.
    MonthsOutOfRange,
    /// A `bar_years` outside the lawful range of the bar its decision triggers (济宁 五（二）: 1–2).
    BarYearsOutOfRange,
}

impl ErrorCode {
    /// The code as the spec writes it, e.g. `"unknown_item"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidJson => "invalid_json",
            ErrorCode::UnknownRegime => "unknown_regime",
            ErrorCode::UnknownItem => "unknown_item",
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::MissingField => "missing_field",
            ErrorCode::UnknownField => "unknown_field",
            ErrorCode::InvalidValue => "invalid_value",
            ErrorCode::PointsOutOfRange => "points_out_of_range",
            ErrorCode::MonthsOutOfRange => "months_out_of_range",
            ErrorCode::BarYearsOutOfRange => "bar_years_out_of_range",
        }
    }
}

/// A case rejected as a whole, with the field at fault.
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::scoring::{evaluate_str, ErrorCode};
///
/// let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
/// let case = r#"{"regime": "shanghai-2025", "incidents": [
///     {"item": "13.9", "decided_on": "2025-05-20", "responsibility": "primary"}]}"#;
/// let err = evaluate_str(case, today).unwrap_err();
/// assert_eq!(err.code, ErrorCode::UnknownItem);
/// assert_eq!(err.path, "incidents[0].item");
/// assert!(err.message.contains("13.1.1–13.5.2"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CaseError {
    pub code: ErrorCode,
    /// What is wrong and what would be valid, in English.
    pub message: String,
    /// The same in Chinese.
    pub message_zh: String,
    /// The field at fault, e.g. `incidents[2].points`; empty for the whole case.
    pub path: String,
}

impl CaseError {
    pub(crate) fn new(
        code: ErrorCode,
        path: impl Into<String>,
        message: impl Into<String>,
        message_zh: impl Into<String>,
    ) -> CaseError {
        CaseError {
            code,
            path: path.into(),
            message: message.into(),
            message_zh: message_zh.into(),
        }
    }

    /// The error as the CLI prints it: `{"error": {"code", "message", "message_zh", "path"}}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "error": self })
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.code.as_str(), self.message)
        } else {
            write!(
                f,
                "{} at {}: {}",
                self.code.as_str(),
                self.path,
                self.message
            )
        }
    }
}

impl std::error::Error for CaseError {}
