//! Reading a case from JSON: the first problem found rejects the case, with its field's
//! path (the words of each problem are in `error.rs`).

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

use super::json::{kind_of, show, Obj};

use super::{
    Adjustment, Case, Field, HistoryEntry, Incident, Repair, RepairKind, Responsibility,
    Restoration, ResumptionRequest, CASE_FIELDS, FORMAT_VERSION, INCIDENT_FIELDS,
};
use crate::scoring::catalogue::{Fine, Item, ItemValue};
use crate::scoring::error::{CaseError, DateFault, ErrorCode, Object, Problem};
use crate::scoring::regimes::{Counting, PeriodKind, RegimeId, RegimeInfo};

/// Earliest and latest years a date may have: wide enough for any real case, narrow
/// enough that every period and bar computed from it stays representable.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

fn regime_ids() -> Vec<&'static str> {
    RegimeId::ALL.iter().map(|r| r.as_str()).collect()
}

impl Case {
    /// Reads and validates a case.
    ///
    /// The first problem found rejects the case, with its field's path.
    pub fn from_json(value: &Value) -> Result<Case, CaseError> {
        let top = Obj::new(value, "", CASE_FIELDS, Object::Case)?;
        if let Some(version) = top.uint("version")? {
            if u64::from(version) > FORMAT_VERSION || version == 0 {
                return Err(CaseError::new(
                    ErrorCode::InvalidValue,
                    "version",
                    Problem::NewerFormat {
                        version,
                        newest: FORMAT_VERSION,
                    },
                ));
            }
        }
        top.string("title")?;
        let regime = match top.get("regime") {
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    "regime",
                    Problem::NoRegime { ids: regime_ids() },
                ))
            }
            Some(Value::String(id)) => RegimeId::parse(id).ok_or_else(|| {
                CaseError::new(
                    ErrorCode::UnknownRegime,
                    "regime",
                    Problem::UnknownRegime {
                        id: id.clone(),
                        ids: regime_ids(),
                    },
                )
            })?,
            Some(other) => {
                return Err(CaseError::new(
                    ErrorCode::UnknownRegime,
                    "regime",
                    Problem::RegimeNotString {
                        kind: kind_of(other),
                        ids: regime_ids(),
                    },
                ))
            }
        };
        let as_of = top.date("as_of")?;
        let agreement_start = top.date("agreement_start")?;
        let birth_date = top.date("birth_date")?;

        let incidents = match top.get("incidents") {
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    "incidents",
                    Problem::NoIncidents,
                ))
            }
            Some(value) => top.array("incidents", value)?,
        };
        let mut parsed = Vec::with_capacity(incidents.len());
        let mut ids: HashMap<String, usize> = HashMap::new();
        for (index, value) in incidents.iter().enumerate() {
            let incident = Incident::from_json(value, index, regime)?;
            if let Some(first) = ids.insert(incident.id.clone(), index) {
                return Err(CaseError::new(
                    ErrorCode::InvalidValue,
                    incident.path("id"),
                    Problem::DuplicateId {
                        id: incident.id,
                        first,
                    },
                ));
            }
            parsed.push(incident);
        }

        let mut repairs = Vec::new();
        if let Some(value) = top.get("repairs") {
            for (index, value) in top.array("repairs", value)?.iter().enumerate() {
                repairs.push(Repair::from_json(value, index)?);
            }
        }

        let mut history: Vec<HistoryEntry> = Vec::new();
        if let Some(value) = top.get("history") {
            for (index, value) in top.array("history", value)?.iter().enumerate() {
                let entry = HistoryEntry::from_json(value, index, regime, agreement_start)?;
                if let Some(first) = history.iter().position(|h| h.start == entry.start) {
                    return Err(CaseError::new(
                        ErrorCode::InvalidValue,
                        format!("history[{index}].period"),
                        Problem::DuplicatePeriod {
                            period: entry.period,
                            first,
                        },
                    ));
                }
                history.push(entry);
            }
        }

        let resumption_requests = match top.get("resumption_requests") {
            None => None,
            Some(value) => Some(
                top.array("resumption_requests", value)?
                    .iter()
                    .enumerate()
                    .map(|(index, value)| {
                        let path = format!("resumption_requests[{index}]");
                        let on = dated(value, &path, Object::ResumptionRequest)?;
                        Ok(ResumptionRequest { on, index })
                    })
                    .collect::<Result<Vec<_>, CaseError>>()?,
            ),
        };
        let mut restorations = Vec::new();
        if let Some(value) = top.get("restorations") {
            for (index, value) in top.array("restorations", value)?.iter().enumerate() {
                let path = format!("restorations[{index}]");
                let on = dated(value, &path, Object::Restoration)?;
                restorations.push(Restoration { on, index });
            }
        }
        let agreement_end = top.date("agreement_end")?;

        Ok(Case {
            regime,
            as_of,
            incidents: parsed,
            repairs,
            agreement_start,
            history,
            birth_date,
            resumption_requests,
            restorations,
            agreement_end,
        })
    }
}

/// An entry that is only a day: `{"on": "YYYY-MM-DD"}`.
fn dated(value: &Value, path: &str, of: Object) -> Result<NaiveDate, CaseError> {
    let obj = Obj::new(value, path, &["on"], of)?;
    obj.date("on")?.ok_or_else(|| {
        CaseError::new(
            ErrorCode::MissingField,
            format!("{path}.on"),
            Problem::NoDate { of },
        )
    })
}

impl Incident {
    fn from_json(value: &Value, index: usize, regime: RegimeId) -> Result<Incident, CaseError> {
        let path = format!("incidents[{index}]");
        let obj = Obj::new(value, &path, INCIDENT_FIELDS, Object::Incident)?;
        let id = read_id(&obj, index)?;
        obj.string("note")?;
        let info = regime.info();
        let (items, several_items) = read_items(&obj, &path, regime)?;
        let Dates {
            decided_on,
            notified_on,
            occurred_on,
            objection_filed_on,
        } = read_dates(&obj, &path, info)?;
        let (responsibility, adjustment) = read_responsibility(&obj, &path, info, &items)?;
        let amount_fen = read_amount(&obj, &path, &items)?;
        let points = obj.int("points")?;
        if items.is_empty() {
            if let Some(p) = points.filter(|p| !(1..=12).contains(p)) {
                return Err(CaseError::new(
                    ErrorCode::PointsOutOfRange,
                    format!("{path}.points"),
                    Problem::PointsAloneOutOfRange { points: p },
                ));
            }
        }
        let months = obj.uint("months")?;
        if months == Some(0) {
            return Err(obj.invalid("months", Problem::MonthsZero));
        }

        Ok(Incident {
            id,
            items,
            several_items,
            decided_on,
            occurred_on,
            inspection: obj.string("inspection")?.map(str::to_owned),
            site: obj.string("site")?.map(str::to_owned),
            responsibility,
            adjustment,
            points,
            severe: obj.bool("severe")?,
            fraud: obj.bool("fraud")?,
            serious: obj.bool("serious")?,
            amount_fen,
            months,
            bar_years: obj.uint("bar_years")?,
            notified_on,
            objection_filed_on,
            index,
        })
    }
}

/// The incident's id: as given, or its place in the list.
fn read_id(obj: &Obj, index: usize) -> Result<String, CaseError> {
    Ok(match obj.get("id") {
        None => index.to_string(),
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        Some(Value::String(_)) => return Err(obj.invalid("id", Problem::EmptyId)),
        Some(Value::Number(n)) if n.is_u64() => n.to_string(),
        Some(other) => {
            return Err(obj.invalid(
                "id",
                Problem::IdNotString {
                    kind: kind_of(other),
                },
            ))
        }
    })
}

/// The item(s) the act matches; none for an earlier decision given by its points alone.
fn read_items(
    obj: &Obj,
    path: &str,
    regime: RegimeId,
) -> Result<(Vec<&'static Item>, bool), CaseError> {
    let info = regime.info();
    let first_code = info.items().next().map_or("", |i| i.code);
    Ok(match (obj.get("item"), obj.get("items")) {
        (Some(_), Some(_)) => return Err(obj.invalid("items", Problem::ItemAndItems)),
        (None, None) if obj.get("points").is_some() && info.counting != Counting::Fines => {
            // An earlier decision remembered by its points alone (spec v2).
            (Vec::new(), false)
        }
        (None, None) => {
            return Err(CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.item"),
                Problem::NoItem {
                    example: first_code,
                    points_allowed: info.counting != Counting::Fines,
                },
            ))
        }
        (Some(code), None) => (
            vec![lookup_item(regime, code, &format!("{path}.item"))?],
            false,
        ),
        (None, Some(list)) => {
            let list = obj.array("items", list)?;
            if list.is_empty() {
                return Err(obj.invalid("items", Problem::ItemsEmpty));
            }
            let mut items = Vec::with_capacity(list.len());
            for (i, code) in list.iter().enumerate() {
                items.push(lookup_item(regime, code, &format!("{path}.items[{i}]"))?);
            }
            (items, true)
        }
    })
}

/// The days of an incident's procedure, in an order the law allows.
struct Dates {
    decided_on: Option<NaiveDate>,
    notified_on: Option<NaiveDate>,
    occurred_on: Option<NaiveDate>,
    objection_filed_on: Option<NaiveDate>,
}

fn read_dates(obj: &Obj, path: &str, info: &RegimeInfo) -> Result<Dates, CaseError> {
    let decided_on = obj.date("decided_on")?;
    let notified_on = obj.date("notified_on")?;
    let pending_allowed = info.pending_decisions();
    if decided_on.is_none() && !(pending_allowed && notified_on.is_some()) {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            format!("{path}.decided_on"),
            Problem::NoDecision { pending_allowed },
        ));
    }
    let occurred_on = obj.date("occurred_on")?;
    if let Some(occurred) = occurred_on {
        if let Some(decided) = decided_on.filter(|d| occurred > *d) {
            return Err(CaseError::new(
                ErrorCode::InvalidDate,
                format!("{path}.occurred_on"),
                Problem::ActAfterDecision { occurred, decided },
            ));
        }
        if let Some(notified) = notified_on.filter(|n| occurred > *n) {
            return Err(CaseError::new(
                ErrorCode::InvalidDate,
                format!("{path}.occurred_on"),
                Problem::ActAfterNotice { occurred, notified },
            ));
        }
    }
    let objection_filed_on = obj.date("objection_filed_on")?;
    if let (Some(notified), Some(filed)) = (notified_on, objection_filed_on) {
        if filed < notified {
            return Err(CaseError::new(
                ErrorCode::InvalidDate,
                format!("{path}.objection_filed_on"),
                Problem::ObjectionBeforeNotice { filed, notified },
            ));
        }
    }
    Ok(Dates {
        decided_on,
        notified_on,
        occurred_on,
        objection_filed_on,
    })
}

/// 沪2025 第十二条、第十三条: the responsibility (required for tiered items) and the
/// adjustment.
fn read_responsibility(
    obj: &Obj,
    path: &str,
    info: &RegimeInfo,
    items: &[&'static Item],
) -> Result<(Option<Responsibility>, Adjustment), CaseError> {
    let responsibility = match obj.get("responsibility") {
        None => None,
        Some(Value::String(s)) if s == "general" => Some(Responsibility::General),
        Some(Value::String(s)) if s == "important" => Some(Responsibility::Important),
        Some(Value::String(s)) if s == "primary" => Some(Responsibility::Primary),
        Some(other) => {
            return Err(obj.invalid(
                "responsibility",
                Problem::BadResponsibility { shown: show(other) },
            ))
        }
    };
    if responsibility.is_none()
        && items
            .iter()
            .any(|i| matches!(i.value, ItemValue::Tier { .. }))
    {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            format!("{path}.responsibility"),
            Problem::NoResponsibility {
                code: items[0].code,
                cite: info.responsibility_cite,
            },
        ));
    }
    let adjustment = match obj.get("adjustment") {
        None => Adjustment::None,
        Some(Value::String(s)) => match s.as_str() {
            "none" => Adjustment::None,
            "lighter" => Adjustment::Lighter,
            "lower_tier" => Adjustment::LowerTier,
            "heavier" => Adjustment::Heavier,
            "higher_tier" => Adjustment::HigherTier,
            _ => return Err(bad_adjustment(obj, &Value::String(s.clone()))),
        },
        Some(other) => return Err(bad_adjustment(obj, other)),
    };
    Ok((responsibility, adjustment))
}

/// 沪2020 第十五条: the amount obtained by fraud, in fen, required where the fine is a
/// multiple of it.
fn read_amount(obj: &Obj, path: &str, items: &[&'static Item]) -> Result<Option<u64>, CaseError> {
    let amount_fen = match obj.get("amount_yuan") {
        None => None,
        Some(Value::Number(n)) => Some(yuan_to_fen(n).ok_or_else(|| {
            obj.invalid(
                "amount_yuan",
                Problem::BadAmount {
                    shown: n.to_string(),
                },
            )
        })?),
        Some(other) => {
            return Err(obj.invalid(
                "amount_yuan",
                Problem::AmountNotNumber {
                    kind: kind_of(other),
                },
            ))
        }
    };
    let fines_a_multiple = |item: &&&Item| {
        matches!(item.value, ItemValue::Fine { normal, .. }
            if matches!(normal.fine, Fine::TimesAmount { .. }))
    };
    if let Some(item) = items
        .iter()
        .find(fines_a_multiple)
        .filter(|_| amount_fen.is_none())
    {
        return Err(CaseError::new(
            ErrorCode::MissingField,
            format!("{path}.amount_yuan"),
            Problem::NoAmount {
                code: items[0].code,
                cite: crate::scoring::law::article_of(item.cite),
            },
        ));
    }
    Ok(amount_fen)
}

fn bad_adjustment(obj: &Obj, value: &Value) -> CaseError {
    obj.invalid("adjustment", Problem::BadAdjustment { shown: show(value) })
}

impl Repair {
    fn from_json(value: &Value, index: usize) -> Result<Repair, CaseError> {
        let path = format!("repairs[{index}]");
        let obj = Obj::new(value, &path, &["kind", "on"], Object::Repair)?;
        let kind = match obj.get("kind") {
            Some(Value::String(s)) if s == "exam" => RepairKind::Exam,
            Some(Value::String(s)) if s == "participation" => RepairKind::Participation,
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    format!("{path}.kind"),
                    Problem::NoRepairKind,
                ))
            }
            Some(other) => {
                return Err(obj.invalid("kind", Problem::BadRepairKind { shown: show(other) }))
            }
        };
        let on = obj.date("on")?.ok_or_else(|| {
            CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.on"),
                Problem::NoDate { of: Object::Repair },
            )
        })?;
        Ok(Repair { kind, on, index })
    }
}

impl HistoryEntry {
    fn from_json(
        value: &Value,
        index: usize,
        regime: RegimeId,
        agreement_start: Option<NaiveDate>,
    ) -> Result<HistoryEntry, CaseError> {
        let path = format!("history[{index}]");
        let obj = Obj::new(value, &path, &["period", "points"], Object::History)?;
        let label = match obj.get("period") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    format!("{path}.period"),
                    Problem::NoPeriod,
                ))
            }
            Some(other) => {
                return Err(obj.invalid(
                    "period",
                    Problem::PeriodNotString {
                        kind: kind_of(other),
                    },
                ))
            }
        };
        let period_path = format!("{path}.period");
        let start = if regime.info().period == PeriodKind::AgreementYear {
            let start = parse_date(&label, &period_path)?;
            let anchor = agreement_start
                .unwrap_or_else(|| NaiveDate::from_yo_opt(start.year(), 1).unwrap_or(start));
            let aligned = crate::scoring::engine::agreement_year_start(anchor, start.year());
            if aligned != Some(start) {
                return Err(CaseError::new(
                    ErrorCode::InvalidValue,
                    period_path,
                    Problem::NotAgreementYearStart {
                        label,
                        expected: aligned.map_or_else(String::new, |d| d.to_string()),
                        year: start.year(),
                    },
                ));
            }
            start
        } else {
            let year = label
                .parse::<i32>()
                .ok()
                .filter(|y| YEARS.contains(y) && label.len() == 4);
            match year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1)) {
                Some(start) => start,
                None => {
                    return Err(CaseError::new(
                        ErrorCode::InvalidValue,
                        period_path,
                        Problem::NotAYear { label },
                    ))
                }
            }
        };
        let points = obj.uint("points")?.ok_or_else(|| {
            CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.points"),
                Problem::NoHistoryPoints,
            )
        })?;
        Ok(HistoryEntry {
            period: label,
            start,
            points,
        })
    }
}

/// Finds an item code in a regime, or says which codes exist.
fn lookup_item(regime: RegimeId, code: &Value, path: &str) -> Result<&'static Item, CaseError> {
    let info = regime.info();
    let code = match code {
        Value::String(s) => s.trim(),
        other => {
            return Err(CaseError::new(
                ErrorCode::UnknownItem,
                path,
                Problem::ItemCodeNotString {
                    example: info.items().next().map_or("", |i| i.code),
                    kind: kind_of(other),
                },
            ))
        }
    };
    if let Some(item) = info.item(code) {
        return Ok(item);
    }
    let article = code.split('.').next().unwrap_or("");
    let same_article: Vec<&Item> = info
        .items()
        .filter(|i| i.code.split('.').next() == Some(article))
        .collect();
    let (article, codes) = match (same_article.first(), same_article.last()) {
        (Some(first), Some(last)) => (
            Some(crate::scoring::law::article_of(first.cite).to_string()),
            span(first.code, last.code),
        ),
        _ => {
            let first = info.items().next().map_or("", |i| i.code);
            let last = info.items().last().map_or("", |i| i.code);
            (None, span(first, last))
        }
    };
    let elsewhere: Vec<&'static str> = RegimeId::ALL
        .iter()
        .filter(|r| **r != regime && r.info().item(code).is_some())
        .map(|r| r.as_str())
        .collect();
    Err(CaseError::new(
        ErrorCode::UnknownItem,
        path,
        Problem::UnknownItem {
            code: code.to_string(),
            regime: info.id,
            document: info.document,
            article,
            codes,
            elsewhere,
        },
    ))
}

fn span(first: &str, last: &str) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// Parses `YYYY-MM-DD` strictly, saying what is wrong with anything else; `path` is the
/// field's path, whose last key names it in the message.
pub fn parse_date(text: &str, path: &str) -> Result<NaiveDate, CaseError> {
    let field = Field::from_key(path.rsplit('.').next().unwrap_or(path));
    let bad = |fault: DateFault| {
        CaseError::new(
            ErrorCode::InvalidDate,
            path,
            Problem::BadDate {
                field,
                shown: text.to_string(),
                fault,
            },
        )
    };
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(bad(DateFault::Shape));
    }
    let year: i32 = text[0..4].parse().unwrap_or(0);
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    if !YEARS.contains(&year) {
        return Err(bad(DateFault::Year {
            from: *YEARS.start(),
            to: *YEARS.end(),
        }));
    }
    if !(1..=12).contains(&month) {
        return Err(bad(DateFault::Month(month)));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        bad(DateFault::Day {
            year,
            month,
            days: days_in_month(year, month),
        })
    })
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    next.and_then(|d| d.pred_opt()).map_or(31, |d| d.day())
}

/// Converts a JSON number of yuan to fen, if it is ≥ 0 with at most two decimals.
fn yuan_to_fen(n: &serde_json::Number) -> Option<u64> {
    if let Some(whole) = n.as_u64() {
        return whole.checked_mul(100);
    }
    let yuan = n.as_f64()?;
    if !yuan.is_finite() || !(0.0..=1e15).contains(&yuan) {
        return None;
    }
    let fen = (yuan * 100.0).round();
    ((yuan * 100.0 - fen).abs() < 1e-6).then_some(fen as u64)
}
