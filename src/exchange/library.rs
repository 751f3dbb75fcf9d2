//! The saved cases, as kept in the browser's storage: several named cases (a trainer
//! keeps a set of scenarios), each stored as a case file. Reading never throws away what
//! it cannot read: a damaged store is reported and kept for the user to download.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::case_file::{self, Imported};
use super::draft::Draft;
use crate::scoring::{CaseError, Text};

/// The storage key.
pub const KEY: &str = "jifen.library";
/// Where a store that could not be read is kept, untouched.
pub const DAMAGED_KEY: &str = "jifen.library.damaged";
/// The store format this build writes.
pub const VERSION: u32 = 1;

/// Every saved case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Library {
    pub version: u32,
    /// The id of the case being edited.
    pub current: String,
    pub cases: Vec<Saved>,
    /// The next number for a new case's id.
    #[serde(default)]
    pub next: u32,
}

/// One saved case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub id: String,
    pub name: String,
    /// When it was last saved (`YYYY-MM-DD`).
    pub updated: String,
    /// The case, as a case file.
    pub case: Value,
}

/// What reading the store found.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded {
    /// Nothing saved yet.
    Empty,
    Ok(Library),
    /// The store is not a library this build can read; it must be kept, not overwritten.
    Damaged {
        message: Text,
    },
    /// Written by a newer version: read it, but never write over it.
    Newer(u32),
}

/// Reads the stored text.
pub fn read(stored: Option<&str>) -> Loaded {
    let Some(text) = stored else {
        return Loaded::Empty;
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Loaded::Damaged {
                message: Text::new(
                    format!(
                        "已保存的案例无法读取：不是有效的 JSON（第 {} 行第 {} 列）",
                        e.line(),
                        e.column()
                    ),
                    format!("the saved cases could not be read: they are not valid JSON ({e})"),
                ),
            }
        }
    };
    if let Some(version) = value.get("version").and_then(Value::as_u64) {
        if version > u64::from(VERSION) {
            return Loaded::Newer(u32::try_from(version).unwrap_or(u32::MAX));
        }
    }
    match serde_json::from_value::<Library>(value) {
        Ok(library) if !library.cases.is_empty() => Loaded::Ok(library),
        Ok(_) => Loaded::Empty,
        Err(e) => Loaded::Damaged {
            message: Text::new(
                format!("已保存的案例无法读取：存储内容的结构不对（{e}）"),
                format!("the saved cases could not be read: the store has another shape ({e})"),
            ),
        },
    }
}

impl Library {
    /// A library with one empty case.
    pub fn new(today: &str, name: &str) -> Library {
        let mut library = Library {
            version: VERSION,
            current: String::new(),
            cases: Vec::new(),
            next: 1,
        };
        let id = library.add(name, case_file::export(&Draft::default(), None), today);
        library.current = id;
        library
    }

    /// Adds a case and returns its id.
    pub fn add(&mut self, name: &str, case: Value, today: &str) -> String {
        let mut n = self.next.max(1);
        while self.cases.iter().any(|c| c.id == format!("case-{n}")) {
            n += 1;
        }
        self.next = n + 1;
        let id = format!("case-{n}");
        self.cases.push(Saved {
            id: id.clone(),
            name: name.to_string(),
            updated: today.to_string(),
            case,
        });
        id
    }

    pub fn get(&self, id: &str) -> Option<&Saved> {
        self.cases.iter().find(|c| c.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Saved> {
        self.cases.iter_mut().find(|c| c.id == id)
    }

    /// A name not used yet, e.g. `案例 3`.
    pub fn fresh_name(&self, stem: &str) -> String {
        (1..)
            .map(|n| format!("{stem} {n}"))
            .find(|name| !self.cases.iter().any(|c| c.name == *name))
            .unwrap_or_else(|| stem.to_string())
    }

    /// `name` if no case has it, else `name (2)`, `name (3)` …
    ///
    /// ```
    /// use jifen::exchange::library::Library;
    /// let mut l = Library::new("2026-11-27", "王医生");
    /// assert_eq!(l.unused_name("王医生"), "王医生 (2)");
    /// l.add("王医生 (2)", serde_json::json!({}), "2026-11-27");
    /// assert_eq!(l.unused_name("王医生"), "王医生 (3)");
    /// assert_eq!(l.unused_name("李医生"), "李医生");
    /// ```
    pub fn unused_name(&self, name: &str) -> String {
        let taken = |candidate: &str| self.cases.iter().any(|c| c.name == candidate);
        if !taken(name) {
            return name.to_string();
        }
        (2..)
            .map(|n| format!("{name} ({n})"))
            .find(|candidate| !taken(candidate))
            .unwrap_or_else(|| name.to_string())
    }

    /// The store's text.
    pub fn to_text(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

impl Saved {
    /// The case as a form, or why it cannot be read (the entry is then kept as it is).
    pub fn open(&self) -> Result<Imported, CaseError> {
        case_file::import_value(&self.case)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's loader guesses a phone's first visit by this key being absent, to fetch
    /// the guided questions' part of the wasm with the app's (app::initial_page).
    #[test]
    fn the_loader_reads_the_library_under_its_key() {
        let hook = include_str!("../../scripts/post-build.mjs");
        assert!(hook.contains(&format!("localStorage.getItem(\"{KEY}\")")));
    }

    #[test]
    fn a_damaged_or_newer_store_is_recognised_and_never_read_as_empty() {
        assert_eq!(read(None), Loaded::Empty);
        assert!(matches!(read(Some("{not json")), Loaded::Damaged { .. }));
        assert!(matches!(
            read(Some(r#"{"cases": 3}"#)),
            Loaded::Damaged { .. }
        ));
        assert_eq!(
            read(Some(r#"{"version": 9, "cases": []}"#)),
            Loaded::Newer(9)
        );
        let library = Library::new("2025-01-01", "案例 1");
        assert_eq!(read(Some(&library.to_text())), Loaded::Ok(library));
    }

    #[test]
    fn a_damaged_case_stays_in_the_library_and_says_why() {
        let mut library = Library::new("2025-01-01", "案例 1");
        let id = library.add("坏的", serde_json::json!({"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": ["2025-01-13"]}]}), "2025-01-01");
        let saved = library.get(&id).cloned().unwrap_or_else(|| unreachable!());
        assert_eq!(
            saved.open().err().map(|e| e.path),
            Some("incidents[0].decided_on".to_string())
        );
        // An impossible date, as the form lets one type, opens as it was typed.
        let id = library.add("日期待改", serde_json::json!({"regime": "jining-2024", "incidents": [{"item": "4.1.1", "decided_on": "2025-13-01"}]}), "2025-01-01");
        let opened = library.get(&id).map(Saved::open);
        let Some(Ok(opened)) = opened else {
            panic!("{opened:?}")
        };
        assert_eq!(opened.draft.incidents[0].decided_on, "2025-13-01");
        assert_eq!(
            opened.problem.map(|e| e.path),
            Some("incidents[0].decided_on".to_string())
        );
        assert_eq!(library.fresh_name("案例"), "案例 2");
    }
}
