//! Reading JSON values for the case parser: an object that knows its path and which
//! fields it may hold, each value read with the problem it has when it is of the wrong kind.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::parse::parse_date;
use super::Field;
use crate::scoring::error::{CaseError, ErrorCode, Expected, Object, Problem};

/// A short description of a JSON value's type, for messages.
pub(super) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A value as it appears in the input, shortened for messages.
pub(super) fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// A JSON object being read, that knows its path and which fields it may hold.
pub(super) struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    pub(super) fn new(
        value: &'a Value,
        path: &str,
        allowed: &'static [&'static str],
        of: Object,
    ) -> Result<Obj<'a>, CaseError> {
        let Value::Object(map) = value else {
            return Err(CaseError::new(
                ErrorCode::InvalidValue,
                path,
                Problem::NotAnObject {
                    of,
                    kind: kind_of(value),
                },
            ));
        };
        let prefix = if path.is_empty() {
            String::new()
        } else {
            format!("{path}.")
        };
        if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(CaseError::new(
                ErrorCode::UnknownField,
                format!("{prefix}{unknown}"),
                Problem::UnknownField {
                    of,
                    field: unknown.clone(),
                    suggestion: closest(unknown, allowed),
                    allowed,
                },
            ));
        }
        Ok(Obj { map, path: prefix })
    }

    /// A field's value; `null` counts as absent.
    pub(super) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    pub(super) fn field(&self, key: &str) -> String {
        format!("{}{key}", self.path)
    }

    pub(super) fn invalid(&self, key: &str, problem: Problem) -> CaseError {
        CaseError::new(ErrorCode::InvalidValue, self.field(key), problem)
    }

    /// A value of the wrong type for `key`.
    pub(super) fn wrong(&self, key: &str, expected: Expected, shown: String) -> CaseError {
        // Every key the parser reads is a field of the format.
        let field = Field::from_key(key).unwrap_or(Field::Note);
        self.invalid(
            key,
            Problem::WrongType {
                field,
                expected,
                shown,
            },
        )
    }

    pub(super) fn array(&self, key: &str, value: &'a Value) -> Result<&'a Vec<Value>, CaseError> {
        match value {
            Value::Array(list) => Ok(list),
            other => Err(self.wrong(key, Expected::List, kind_of(other).into())),
        }
    }

    pub(super) fn string(&self, key: &str) -> Result<Option<&'a str>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.wrong(key, Expected::String, kind_of(other).into())),
        }
    }

    pub(super) fn bool(&self, key: &str) -> Result<bool, CaseError> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(self.wrong(key, Expected::Bool, show(other))),
        }
    }

    pub(super) fn uint(&self, key: &str) -> Result<Option<u32>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| *v <= 1000)
                .map(Some)
                .ok_or_else(|| self.wrong(key, Expected::WholeUpTo1000, n.to_string())),
            Some(other) => Err(self.wrong(key, Expected::Whole, show(other))),
        }
    }

    /// A whole number that may be negative (within ±1000): for values whose lawful range
    /// the message should give (`points`).
    pub(super) fn int(&self, key: &str) -> Result<Option<i64>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .filter(|v| (-1000..=1000).contains(v))
                .map(Some)
                .ok_or_else(|| self.wrong(key, Expected::Whole, n.to_string())),
            Some(other) => Err(self.wrong(key, Expected::Whole, show(other))),
        }
    }

    pub(super) fn date(&self, key: &str) -> Result<Option<NaiveDate>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => parse_date(s, &self.field(key)).map(Some),
            Some(other) => Err(CaseError::new(
                ErrorCode::InvalidDate,
                self.field(key),
                Problem::DateNotString {
                    field: Field::from_key(key).unwrap_or(Field::On),
                    shown: show(other),
                },
            )),
        }
    }
}

/// The allowed field nearest to a misspelt one, if it is close.
fn closest(word: &str, candidates: &'static [&'static str]) -> Option<&'static str> {
    candidates
        .iter()
        .map(|c| (edit_distance(word, c), *c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}
