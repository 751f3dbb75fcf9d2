//! Side by side: one set of facts judged under several regimes. Each incident's item is
//! carried to the other regime through the reviewed mapping ([`super::mapping`]); an
//! act the other regime does not describe is left out there, and facts it does not use
//! are named as not applicable.
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::compare;
//!
//! let case = serde_json::json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
//!     "incidents": [{"id": "a", "item": "4.3.4", "decided_on": "2024-05-06"}]});
//! let jining = compare::translate(&case, RegimeId::parse("jining-2024").unwrap());
//! assert_eq!(jining.incidents[0].item.as_deref(), Some("4.4.3"));
//! ```

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

use super::mapping::{self, Group, Member};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Fine, Item};
use crate::scoring::{self, CaseError, Evaluation, ItemValue, RegimeId};

/// One incident, carried to another regime.
#[derive(Debug, Clone)]
pub struct Carried {
    pub id: String,
    /// The item in the case's own regime.
    pub source_item: String,
    /// Its counterpart here; `None` when this regime has none (the incident is left out).
    pub item: Option<String>,
    /// The group that matched them, with the member's note.
    pub matched: Option<(&'static Group, &'static Member)>,
    /// The other counterparts the mapping offers (each with its group and note): the
    /// act may be any of them here.
    pub alternatives: Vec<(&'static Group, &'static Member)>,
    /// Facts given that this regime does not use (not applicable here).
    pub not_applicable: Vec<&'static str>,
    /// Facts this regime needs that were not given, and the value assumed.
    pub assumed: Vec<(&'static str, &'static str)>,
}

/// A case carried to one regime.
#[derive(Debug, Clone)]
pub struct Translation {
    pub regime: RegimeId,
    pub case: Value,
    pub incidents: Vec<Carried>,
    /// Case-level facts this regime does not use, or cannot carry.
    pub not_applicable: Vec<&'static str>,
    /// The years every date was moved by, so that the facts fall in this regime's dates
    /// in force (沪2023's facts judged under 沪2025, whose decisions before 2025-03-31
    /// were its predecessor's: spec v3, regimes.md "Transition"); 0 when none was needed.
    pub moved_years: i32,
}

/// One column of a comparison.
#[derive(Debug, Clone)]
pub struct Column {
    pub translation: Translation,
    pub outcome: Result<Evaluation, CaseError>,
}

const FACTS: &[(&str, Field)] = &[
    ("severe", Field::Severe),
    ("fraud", Field::Fraud),
    ("serious", Field::Serious),
    ("inspection", Field::Inspection),
    ("responsibility", Field::Responsibility),
    ("adjustment", Field::Adjustment),
    ("points", Field::Points),
    ("months", Field::Months),
    ("amount_yuan", Field::AmountYuan),
    ("objection_filed_on", Field::ObjectionFiledOn),
    ("site", Field::Site),
];

/// The case's items of one incident (`item` or `items`).
fn items_of(incident: &Value) -> Vec<String> {
    match (incident.get("item"), incident.get("items")) {
        (Some(Value::String(code)), _) => vec![code.clone()],
        (_, Some(Value::Array(list))) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether the item's fine is a multiple of the amount involved (沪2020 第十五条), which
/// the case must then give.
fn fined_by_amount(item: &Item) -> bool {
    match item.value {
        ItemValue::Fine { normal, severe } => [Some(normal), severe]
            .into_iter()
            .flatten()
            .any(|p| matches!(p.fine, Fine::TimesAmount { .. })),
        _ => false,
    }
}

/// Carries `case` (in the spec's format) to `to`.
pub fn translate(case: &Value, to: RegimeId) -> Translation {
    let from = case
        .get("regime")
        .and_then(Value::as_str)
        .and_then(RegimeId::parse)
        .unwrap_or(to);
    if from == to {
        let incidents = case
            .get("incidents")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, inc)| {
                        let item = items_of(inc).into_iter().next().unwrap_or_default();
                        Carried {
                            id: inc
                                .get("id")
                                .and_then(Value::as_str)
                                .map_or_else(|| i.to_string(), str::to_string),
                            source_item: item.clone(),
                            item: Some(item),
                            matched: None,
                            alternatives: Vec::new(),
                            not_applicable: Vec::new(),
                            assumed: Vec::new(),
                        }
                    })
                    .collect()
            })
            .unwrap_or_default();
        return Translation {
            regime: to,
            case: case.clone(),
            incidents,
            not_applicable: Vec::new(),
            moved_years: 0,
        };
    }

    let mut out = Map::new();
    out.insert("regime".into(), Value::String(to.as_str().into()));
    let mut case_na = Vec::new();
    if let Some(as_of) = case.get("as_of") {
        out.insert("as_of".into(), as_of.clone());
    }
    for (key, field) in [
        ("agreement_start", Field::AgreementStart),
        ("birth_date", Field::BirthDate),
    ] {
        if let Some(v) = case.get(key) {
            if to.info().uses(field) {
                out.insert(key.into(), v.clone());
            } else {
                case_na.push(key);
            }
        }
    }
    // Earlier years are written per regime (a year, or an agreement year's start): they
    // do not carry.
    if case.get("history").is_some() {
        case_na.push("history");
    }
    if case.get("repairs").is_some() {
        case_na.push("repairs");
    }

    let mut carried = Vec::new();
    let mut incidents = Vec::new();
    for (i, incident) in case
        .get("incidents")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
    {
        let id = incident
            .get("id")
            .and_then(Value::as_str)
            .map_or_else(|| i.to_string(), str::to_string);
        let source = items_of(incident);
        let source_item = source.first().cloned().unwrap_or_default();
        let mut options: Vec<(&'static Group, &'static Member)> = Vec::new();
        for option in source
            .iter()
            .flat_map(|code| mapping::counterparts(from, code, to))
        {
            // Several source items may share a counterpart: each counterpart once.
            if !options.iter().any(|(_, m)| m.code == option.1.code) {
                options.push(option);
            }
        }
        let mut entry = Carried {
            id: id.clone(),
            source_item,
            item: None,
            matched: options.first().copied(),
            alternatives: options.iter().skip(1).copied().collect(),
            not_applicable: Vec::new(),
            assumed: Vec::new(),
        };
        if let Some((_, member)) = options.first() {
            let mut m = Map::new();
            m.insert("id".into(), Value::String(id));
            m.insert("item".into(), Value::String(member.code.into()));
            for key in ["decided_on", "occurred_on", "notified_on", "note"] {
                if let Some(v) = incident.get(key) {
                    m.insert(key.into(), v.clone());
                }
            }
            for (key, field) in FACTS {
                let Some(value) = incident.get(*key) else {
                    continue;
                };
                // An office's chosen value belongs to its own regime's range.
                let carries = to.info().uses(*field) && !matches!(*key, "points" | "months");
                if carries {
                    m.insert((*key).into(), value.clone());
                } else if !value.is_null() && value != &Value::Bool(false) {
                    entry.not_applicable.push(key);
                }
            }
            let item = to.info().item(member.code);
            let tiered = matches!(item.map(|i| i.value), Some(ItemValue::Tier { .. }));
            if tiered && !m.contains_key("responsibility") {
                m.insert("responsibility".into(), Value::String("general".into()));
                entry.assumed.push(("responsibility", "general"));
            }
            if item.is_some_and(fined_by_amount) && !m.contains_key("amount_yuan") {
                m.insert("amount_yuan".into(), Value::from(0));
                entry.assumed.push(("amount_yuan", "0"));
            }
            entry.item = Some(member.code.to_string());
            incidents.push(Value::Object(m));
        }
        carried.push(entry);
    }
    out.insert("incidents".into(), Value::Array(incidents));
    let mut case = Value::Object(out);
    let moved_years = move_into_force(&mut case, to);
    Translation {
        regime: to,
        case,
        incidents: carried,
        not_applicable: case_na,
        moved_years,
    }
}

/// The case's dates (its `as_of`, its incidents' days), every one.
const DATES: &[&str] = &[
    "decided_on",
    "occurred_on",
    "notified_on",
    "objection_filed_on",
];

/// Moves every date of `case` by whole years, where its first decision (or notice)
/// falls before `to` took over from a predecessor that then decided instead: the
/// comparison asks what `to`'s rules make of the same facts, which it could not say for
/// decisions that were not its own. Returns the years moved.
fn move_into_force(case: &mut Value, to: RegimeId) -> i32 {
    let info = to.info();
    let first = case["incidents"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|i| i.get("decided_on").or_else(|| i.get("notified_on")))
        .filter_map(|d| crate::calendar::parse_day(d.as_str()?))
        .min();
    let Some(first) =
        first.filter(|d| info.counterpart_on(*d).is_some() && *d < info.in_force_from)
    else {
        return 0;
    };
    let mut years = 0;
    while shift(first, years).is_some_and(|d| d < info.in_force_from) && years < 50 {
        years += 1;
    }
    let moved = |v: &mut Value| {
        if let Some(day) = v.as_str().and_then(crate::calendar::parse_day) {
            if let Some(new) = shift(day, years) {
                *v = Value::String(new.to_string());
            }
        }
    };
    if let Some(as_of) = case.get_mut("as_of") {
        moved(as_of);
    }
    for incident in case["incidents"].as_array_mut().into_iter().flatten() {
        for key in DATES {
            if let Some(v) = incident.get_mut(*key) {
                moved(v);
            }
        }
    }
    years
}

/// `day` moved by `years`, a 29 February to the 28th.
fn shift(day: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = day.year() + years;
    NaiveDate::from_ymd_opt(year, day.month(), day.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, day.month(), 28))
}

/// Evaluates `case` under each of `regimes` (its own first when listed).
pub fn compare(case: &Value, regimes: &[RegimeId], today: NaiveDate) -> Vec<Column> {
    regimes
        .iter()
        .map(|&regime| {
            let translation = translate(case, regime);
            let outcome = scoring::evaluate(&translation.case, today);
            Column {
                translation,
                outcome,
            }
        })
        .collect()
}
