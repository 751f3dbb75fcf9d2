//! Case files: the spec's case format with a `version`, the same file `jifen evaluate`
//! reads. Export writes everything the user typed; import accepts what export writes
//! and anything else only when the core accepts it, saying what is wrong and where.
//!
//! ```
//! use jifen::exchange::{case_file, draft::Draft};
//!
//! let text = r#"{"version": 1, "regime": "jining-2024",
//!     "incidents": [{"id": "a", "item": "4.2.1", "decided_on": "2025-01-20"}]}"#;
//! let imported = case_file::import(text).unwrap();
//! assert_eq!(imported.draft.incidents[0].items, ["4.2.1"]);
//! let again = case_file::import(&case_file::export(&imported.draft, None).to_string()).unwrap();
//! assert_eq!(again.draft.incidents[0].decided_on, "2025-01-20");
//!
//! let err = case_file::import(r#"{"regime": "jining-2024", "incidents": [{"item": "9.9"}]}"#).unwrap_err();
//! assert_eq!(err.path, "incidents[0].item");
//! ```

use serde_json::{Map, Value};

use super::draft::{DateDraft, Draft, HistoryDraft, IncidentDraft, RepairDraft, RequestsSaid};
use crate::scoring::case::{CASE_FIELDS, FORMAT_VERSION, INCIDENT_FIELDS};
use crate::scoring::{Case, CaseError, ErrorCode, Problem, RegimeId, Text};

/// A case read from a file or a link.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub draft: Draft,
    /// The case's `title`, if it has one.
    pub title: Option<String>,
    /// A value the core refuses (an impossible date, points outside their range) in a
    /// case that is otherwise sound: the case is opened as it was written, so that the
    /// form shows the error at its field and nothing is lost.
    pub problem: Option<CaseError>,
}

fn text(value: &str) -> Option<Value> {
    let t = value.trim();
    (!t.is_empty()).then(|| Value::String(t.to_string()))
}

/// A typed number as JSON: a number when it reads as one, else the text as typed.
fn number(value: &str) -> Option<Value> {
    let t = value.trim();
    if t.is_empty() {
        return None;
    }
    Some(super::draft::number(t))
}

/// The case as a file: the spec's format with `version`, every field the user typed
/// (also those the regime does not use, which the core ignores), incomplete incidents
/// included.
pub fn export(draft: &Draft, title: Option<&str>) -> Value {
    let mut case = Map::new();
    case.insert("version".into(), Value::from(FORMAT_VERSION));
    if let Some(title) = title.and_then(text) {
        case.insert("title".into(), title);
    }
    case.insert("regime".into(), Value::String(draft.regime.clone()));
    for (key, value) in [
        ("as_of", &draft.as_of),
        ("agreement_start", &draft.agreement_start),
        ("birth_date", &draft.birth_date),
        ("agreement_end", &draft.agreement_end),
    ] {
        if let Some(v) = text(value) {
            case.insert(key.into(), v);
        }
    }
    let incidents = draft.incidents.iter().map(export_incident).collect();
    case.insert("incidents".into(), Value::Array(incidents));
    if !draft.repairs.is_empty() {
        let repairs = draft
            .repairs
            .iter()
            .map(|r| {
                let mut m = Map::new();
                for (key, value) in [("kind", &r.kind), ("on", &r.on)] {
                    if let Some(v) = text(value) {
                        m.insert(key.into(), v);
                    }
                }
                Value::Object(m)
            })
            .collect();
        case.insert("repairs".into(), Value::Array(repairs));
    }
    if !draft.history.is_empty() {
        let history = draft
            .history
            .iter()
            .map(|h| {
                let mut m = Map::new();
                if let Some(v) = text(&h.period) {
                    m.insert("period".into(), v);
                }
                if let Some(v) = number(&h.points) {
                    m.insert("points".into(), v);
                }
                Value::Object(m)
            })
            .collect();
        case.insert("history".into(), Value::Array(history));
    }
    match draft.resumption_said {
        RequestsSaid::NotSaid => {}
        RequestsSaid::None => {
            case.insert("resumption_requests".into(), Value::Array(Vec::new()));
        }
        RequestsSaid::On => {
            case.insert(
                "resumption_requests".into(),
                Value::Array(dated(&draft.resumption_requests)),
            );
        }
    }
    if !draft.restorations.is_empty() {
        case.insert(
            "restorations".into(),
            Value::Array(dated(&draft.restorations)),
        );
    }
    Value::Object(case)
}

/// Dated rows as `[{"on": …}]`, a row not dated yet as `{}`.
fn dated(rows: &[DateDraft]) -> Vec<Value> {
    rows.iter()
        .map(|r| {
            let mut m = Map::new();
            if let Some(v) = text(&r.on) {
                m.insert("on".into(), v);
            }
            Value::Object(m)
        })
        .collect()
}

fn export_incident(i: &IncidentDraft) -> Value {
    let mut m = Map::new();
    if let Some(v) = text(&i.id) {
        m.insert("id".into(), v);
    }
    let items: Vec<Value> = i.items.iter().filter_map(|c| text(c)).collect();
    match items.len() {
        0 => {}
        1 => {
            m.insert("item".into(), items[0].clone());
        }
        _ => {
            m.insert("items".into(), Value::Array(items));
        }
    }
    for (key, value) in [
        ("decided_on", &i.decided_on),
        ("occurred_on", &i.occurred_on),
        ("notified_on", &i.notified_on),
        ("objection_filed_on", &i.objection_filed_on),
        ("responsibility", &i.responsibility),
        ("inspection", &i.inspection),
        ("site", &i.site),
        ("note", &i.note),
    ] {
        if let Some(v) = text(value) {
            m.insert(key.into(), v);
        }
    }
    if !i.adjustment.is_empty() && i.adjustment != "none" {
        m.insert("adjustment".into(), Value::String(i.adjustment.clone()));
    }
    for (key, value) in [
        ("points", &i.points),
        ("months", &i.months),
        ("bar_years", &i.bar_years),
        ("amount_yuan", &i.amount_yuan),
    ] {
        if let Some(v) = number(value) {
            m.insert(key.into(), v);
        }
    }
    for (key, on) in [
        ("severe", i.severe),
        ("fraud", i.fraud),
        ("serious", i.serious),
    ] {
        if on {
            m.insert(key.into(), Value::Bool(true));
        }
    }
    Value::Object(m)
}

/// A problem of the file itself, which names no field of the form (Chinese first).
fn error(
    code: ErrorCode,
    path: impl Into<String>,
    zh: impl Into<String>,
    en: impl Into<String>,
) -> CaseError {
    CaseError::new(code, path, Problem::Said(Text::new(zh.into(), en.into())))
}

/// Reads a case file's text.
pub fn import(text: &str) -> Result<Imported, CaseError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        error(
            ErrorCode::InvalidJson,
            "",
            format!(
                "这不是案例文件：内容不是有效的 JSON（第 {} 行第 {} 列）",
                e.line(),
                e.column()
            ),
            format!("this is not a case file: it is not valid JSON ({e})"),
        )
    })?;
    import_value(&value)
}

/// Whether an incident can be computed as it is, or waits for the user (no item, no
/// decision date, no responsibility for a tiered item, an item kept from another regime).
/// An earlier decision given by its points, and a notice whose decision is projected,
/// are complete.
fn incident_complete(regime: RegimeId, incident: &Map<String, Value>) -> bool {
    let info = regime.info();
    let given = |key: &str| incident.get(key).is_some_and(|v| !v.is_null());
    let codes: Vec<&str> = match (incident.get("item"), incident.get("items")) {
        (Some(Value::String(code)), None) => vec![code.as_str()],
        (None, Some(Value::Array(list))) if !list.is_empty() => {
            list.iter().filter_map(Value::as_str).collect()
        }
        (None, None) if given("points") => Vec::new(),
        (None, None) => return false,
        // Anything else is for the core to judge (and reject).
        _ => return true,
    };
    if codes.iter().any(|c| {
        info.item(c.trim()).is_none()
            && RegimeId::ALL
                .iter()
                .any(|r| r.info().item(c.trim()).is_some())
    }) {
        return false;
    }
    let tiered = codes.iter().any(|c| {
        matches!(
            info.item(c.trim()).map(|i| i.value),
            Some(crate::scoring::ItemValue::Tier { .. })
        )
    });
    let projected = regime.info().pending_decisions() && given("notified_on");
    (given("decided_on") || projected) && (!tiered || given("responsibility"))
}

/// Reads a case given as JSON (from a file, a link or the browser's storage).
pub fn import_value(value: &Value) -> Result<Imported, CaseError> {
    let Value::Object(top) = value else {
        return Err(error(
            ErrorCode::InvalidValue,
            "",
            "这是 JSON，但不是案例：案例应为包含 regime 和 incidents 的对象",
            "this is JSON, but not a case: a case is an object with \"regime\" and \"incidents\"",
        ));
    };
    if let Some(unknown) = top.keys().find(|k| !CASE_FIELDS.contains(&k.as_str())) {
        return Err(error(
            ErrorCode::UnknownField,
            unknown.clone(),
            format!(
                "案例没有字段“{unknown}”；可用字段：{}",
                CASE_FIELDS.join("、")
            ),
            format!(
                "a case has no field \"{unknown}\"; the fields are {}",
                CASE_FIELDS.join(", ")
            ),
        ));
    }
    // The core's reading decides everything it can; incomplete incidents and repairs are
    // left out of that reading and kept as they are.
    let regime = top
        .get("regime")
        .and_then(Value::as_str)
        .and_then(RegimeId::parse);
    let mut checked = top.clone();
    let mut incident_rows = Vec::new();
    if let (Some(regime), Some(Value::Array(incidents))) = (regime, top.get("incidents")) {
        let mut kept = Vec::new();
        for (row, incident) in incidents.iter().enumerate() {
            let Value::Object(map) = incident else {
                kept.push(incident.clone());
                incident_rows.push(row);
                continue;
            };
            if let Some(unknown) = map.keys().find(|k| !INCIDENT_FIELDS.contains(&k.as_str())) {
                return Err(error(
                    ErrorCode::UnknownField,
                    format!("incidents[{row}].{unknown}"),
                    format!(
                        "违规事件没有字段“{unknown}”；可用字段：{}",
                        INCIDENT_FIELDS.join("、")
                    ),
                    format!(
                        "an incident has no field \"{unknown}\"; the fields are {}",
                        INCIDENT_FIELDS.join(", ")
                    ),
                ));
            }
            if incident_complete(regime, map) {
                kept.push(incident.clone());
                incident_rows.push(row);
            }
        }
        checked.insert("incidents".into(), Value::Array(kept));
    }
    let mut repair_rows = Vec::new();
    if let Some(Value::Array(repairs)) = top.get("repairs") {
        let kept: Vec<Value> = repairs
            .iter()
            .enumerate()
            .filter(|(_, r)| !matches!(r, Value::Object(m) if m.len() < 2 && m.keys().all(|k| k == "kind" || k == "on")))
            .map(|(row, r)| {
                repair_rows.push(row);
                r.clone()
            })
            .collect();
        checked.insert("repairs".into(), Value::Array(kept));
    }
    let mut dated_rows = Vec::new();
    for key in ["resumption_requests", "restorations"] {
        let mut rows = Vec::new();
        if let Some(Value::Array(list)) = top.get(key) {
            let kept: Vec<Value> = list
                .iter()
                .enumerate()
                .filter(|(_, r)| !matches!(r, Value::Object(m) if m.is_empty()))
                .map(|(row, r)| {
                    rows.push(row);
                    r.clone()
                })
                .collect();
            checked.insert(key.into(), Value::Array(kept));
        }
        dated_rows.push((key, rows));
    }
    let mut history_rows = Vec::new();
    if let Some(Value::Array(history)) = top.get("history") {
        let kept: Vec<Value> = history
            .iter()
            .enumerate()
            .filter(|(_, h)| !matches!(h, Value::Object(m) if m.len() < 2 && m.keys().all(|k| k == "period" || k == "points")))
            .map(|(row, h)| {
                history_rows.push(row);
                h.clone()
            })
            .collect();
        checked.insert("history".into(), Value::Array(kept));
    }
    let (regime, problem) = match Case::from_json(&Value::Object(checked)) {
        Ok(case) => (case.regime, None),
        Err(mut e) => {
            let mut lists = vec![
                ("incidents", incident_rows.as_slice()),
                ("repairs", repair_rows.as_slice()),
                ("history", history_rows.as_slice()),
            ];
            lists.extend(dated_rows.iter().map(|(key, rows)| (*key, rows.as_slice())));
            e.path = original_path(&e.path, &lists);
            match regime {
                Some(regime) if a_field_can_hold(&e, value) => (regime, Some(e)),
                _ => return Err(e),
            }
        }
    };

    // Item codes of the waiting incidents must exist somewhere.
    if let Some(Value::Array(incidents)) = top.get("incidents") {
        for (row, incident) in incidents.iter().enumerate() {
            let codes: Vec<(String, &Value)> = match (incident.get("item"), incident.get("items")) {
                (Some(code), None) => vec![(format!("incidents[{row}].item"), code)],
                (None, Some(Value::Array(list))) => list
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (format!("incidents[{row}].items[{i}]"), c))
                    .collect(),
                _ => Vec::new(),
            };
            for (path, code) in codes {
                let known = code.as_str().is_some_and(|c| {
                    RegimeId::ALL
                        .iter()
                        .any(|r| r.info().item(c.trim()).is_some())
                });
                if !known {
                    return Err(error(
                        ErrorCode::UnknownItem,
                        path,
                        format!("{code} 不是任何记分制度的条目"),
                        format!("{code} is not an item of any regime"),
                    ));
                }
            }
        }
    }

    let mut draft = Draft {
        regime: regime.as_str().to_string(),
        as_of: string(top.get("as_of")),
        agreement_start: string(top.get("agreement_start")),
        birth_date: string(top.get("birth_date")),
        agreement_end: string(top.get("agreement_end")),
        ..Draft::default()
    };
    if let Some(Value::Array(incidents)) = top.get("incidents") {
        for incident in incidents {
            let key = draft.take_key();
            let get = |k: &str| string(incident.get(k));
            let items = match (incident.get("item"), incident.get("items")) {
                (Some(code), _) => vec![string(Some(code))],
                (None, Some(Value::Array(list))) => list.iter().map(|c| string(Some(c))).collect(),
                // An earlier decision given by its points alone keeps an empty item.
                _ => vec![String::new()],
            };
            let flag = |k: &str| incident.get(k).and_then(Value::as_bool).unwrap_or(false);
            draft.incidents.push(IncidentDraft {
                key,
                id: get("id"),
                items,
                decided_on: get("decided_on"),
                occurred_on: get("occurred_on"),
                notified_on: get("notified_on"),
                objection_filed_on: get("objection_filed_on"),
                responsibility: get("responsibility"),
                adjustment: get("adjustment"),
                points: get("points"),
                months: get("months"),
                bar_years: get("bar_years"),
                amount_yuan: get("amount_yuan"),
                severe: flag("severe"),
                fraud: flag("fraud"),
                serious: flag("serious"),
                inspection: get("inspection"),
                site: get("site"),
                note: get("note"),
            });
        }
        // Incidents without an id get one, as the form would give.
        for i in 0..draft.incidents.len() {
            if draft.incidents[i].id.is_empty() {
                draft.incidents[i].id = draft.fresh_id();
            }
        }
    }
    if let Some(Value::Array(repairs)) = top.get("repairs") {
        for r in repairs {
            let key = draft.take_key();
            draft.repairs.push(RepairDraft {
                key,
                kind: string(r.get("kind")),
                on: string(r.get("on")),
            });
        }
    }
    if let Some(Value::Array(history)) = top.get("history") {
        for h in history {
            let key = draft.take_key();
            draft.history.push(HistoryDraft {
                key,
                period: string(h.get("period")),
                points: string(h.get("points")),
            });
        }
    }
    // The three answers to "did you apply?": absent (不记得), `[]` (未申请), the days.
    draft.resumption_said = match top.get("resumption_requests") {
        Some(Value::Array(list)) if list.is_empty() => RequestsSaid::None,
        Some(Value::Array(_)) => RequestsSaid::On,
        _ => RequestsSaid::NotSaid,
    };
    for (key, rows) in [
        ("resumption_requests", &mut draft.resumption_requests),
        ("restorations", &mut draft.restorations),
    ] {
        if let Some(Value::Array(list)) = top.get(key) {
            for r in list {
                rows.push(DateDraft {
                    key: 0,
                    on: string(r.get("on")),
                });
            }
        }
    }
    for i in 0..draft.resumption_requests.len() {
        draft.resumption_requests[i].key = draft.take_key();
    }
    for i in 0..draft.restorations.len() {
        draft.restorations[i].key = draft.take_key();
    }
    Ok(Imported {
        draft,
        title: top.get("title").and_then(Value::as_str).map(str::to_string),
        problem,
    })
}

/// Whether the form can hold the value the core refused, as it was written: a wrong
/// value (not a wrong shape) at one of the fields typed as text or numbers. A flag
/// (`severe`: "yes") or a list where a date belongs could not be shown as written, and
/// the case is refused instead.
fn a_field_can_hold(e: &CaseError, case: &Value) -> bool {
    let value_error = matches!(
        e.code,
        ErrorCode::InvalidDate
            | ErrorCode::InvalidValue
            | ErrorCode::PointsOutOfRange
            | ErrorCode::MonthsOutOfRange
            | ErrorCode::BarYearsOutOfRange
    );
    // `incidents[0].decided_on` as a JSON Pointer: `/incidents/0/decided_on`.
    let pointer = format!("/{}", e.path.replace(['[', '.'], "/").replace(']', ""));
    let held_as_text = matches!(
        case.pointer(&pointer),
        Some(Value::String(_) | Value::Number(_))
    );
    let a_form_field = super::draft::place_in_file(&e.path).in_form();
    let a_flag = ["severe", "fraud", "serious"]
        .iter()
        .any(|flag| e.path.ends_with(flag));
    value_error && held_as_text && a_form_field && !a_flag
}

/// A JSON scalar as the text a form field shows.
fn string(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// Maps a path of the checked copy back to the file's own indices.
fn original_path(path: &str, lists: &[(&str, &[usize])]) -> String {
    for (list, rows) in lists {
        let prefix = format!("{list}[");
        if let Some(rest) = path.strip_prefix(&prefix) {
            if let Some((index, tail)) = rest.split_once(']') {
                if let Some(row) = index.parse::<usize>().ok().and_then(|i| rows.get(i)) {
                    return format!("{prefix}{row}]{tail}");
                }
            }
        }
    }
    path.to_string()
}
