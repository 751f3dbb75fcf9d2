//! Where a path of the core's messages (`incidents[2].points`) points in the form: the
//! draft's row and field, through the rows the case was prepared from (incomplete rows
//! are left out of the case, so the case's indices are not the form's).

use super::draft::Prepared;

/// Where a path of the core's messages points in the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A case field: `as_of`, `agreement_start`, …
    Case(String),
    /// A field of the draft incident at this row.
    Incident {
        row: usize,
        field: String,
    },
    Repair {
        row: usize,
        field: String,
    },
    History {
        row: usize,
        field: String,
    },
    Resumption {
        row: usize,
        field: String,
    },
    Restoration {
        row: usize,
        field: String,
    },
    Nowhere,
}

impl Place {
    /// Whether the form has a field here: one of a row's, or one of the case's own dates
    /// (not `version`, nor a share link's `link`).
    pub fn in_form(&self) -> bool {
        match self {
            Place::Case(field) => ["as_of", "agreement_start", "birth_date", "agreement_end"]
                .contains(&field.as_str()),
            Place::Nowhere => false,
            Place::Incident { .. }
            | Place::Repair { .. }
            | Place::History { .. }
            | Place::Resumption { .. }
            | Place::Restoration { .. } => true,
        }
    }
}

/// Maps `incidents[2].points` to the draft row and field, using the rows the case was
/// prepared from.
pub fn place(path: &str, prepared: &Prepared) -> Place {
    locate(path, |list, i| {
        let rows = match list {
            List::Incidents => &prepared.rows,
            List::Repairs => &prepared.repair_rows,
            List::History => &prepared.history_rows,
            List::Resumptions => &prepared.resumption_rows,
            List::Restorations => &prepared.restoration_rows,
        };
        rows.get(i).copied()
    })
}

/// Maps a path of a case file (`incidents[2].points`, as [`crate::exchange::case_file`]
/// reports it) to the draft row and field: a file's rows are the draft's.
pub fn place_in_file(path: &str) -> Place {
    locate(path, |_, i| Some(i))
}

/// The lists of a case whose rows a path can name.
#[derive(Clone, Copy)]
enum List {
    Incidents,
    Repairs,
    History,
    Resumptions,
    Restorations,
}

fn locate(path: &str, row_of: impl Fn(List, usize) -> Option<usize>) -> Place {
    let (head, field) = path.split_once('.').unwrap_or((path, ""));
    let field = field.split(['.', '[']).next().unwrap_or("").to_string();
    let index = |prefix: &str| -> Option<usize> {
        head.strip_prefix(prefix)?.strip_suffix(']')?.parse().ok()
    };
    let lists = [
        ("incidents[", List::Incidents),
        ("repairs[", List::Repairs),
        ("history[", List::History),
        ("resumption_requests[", List::Resumptions),
        ("restorations[", List::Restorations),
    ];
    for (prefix, list) in lists {
        if head.starts_with(prefix) {
            let Some(row) = index(prefix).and_then(|i| row_of(list, i)) else {
                return Place::Nowhere;
            };
            return match list {
                List::Incidents => Place::Incident { row, field },
                List::Repairs => Place::Repair { row, field },
                List::History => Place::History { row, field },
                List::Resumptions => Place::Resumption { row, field },
                List::Restorations => Place::Restoration { row, field },
            };
        }
    }
    if head.is_empty() {
        Place::Nowhere
    } else {
        Place::Case(head.to_string())
    }
}
