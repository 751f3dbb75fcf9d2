//! The case (input): one person's incidents under one regime, read from JSON with
//! an error that names the field for anything wrong.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

use super::catalogue::{Item, ItemValue};
use super::error::{CaseError, ErrorCode};
use super::regimes::{Counting, RegimeId};

/// The newest case-format version this build reads. Files without `version` are version 1.
pub const FORMAT_VERSION: u64 = 1;

/// The versions this calculator reads, in words ("第 1 版", "versions 1 to 2").
fn readable_versions(zh: bool) -> String {
    match (FORMAT_VERSION, zh) {
        (1, true) => "第 1 版".to_string(),
        (1, false) => "version 1".to_string(),
        (last, true) => format!("第 1 至 {last} 版"),
        (last, false) => format!("versions 1 to {last}"),
    }
}

/// Earliest and latest years a date may have: wide enough for any real case, narrow
/// enough that every period and bar computed from it stays representable.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// A validated case.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub regime: RegimeId,
    pub as_of: Option<NaiveDate>,
    pub incidents: Vec<Incident>,
    pub repairs: Vec<Repair>,
    pub agreement_start: Option<NaiveDate>,
    pub history: Vec<HistoryEntry>,
    pub birth_date: Option<NaiveDate>,
    /// The days the person applied to be restored (沪2025 第三十条, 温州 第十条).
    pub resumption_requests: Vec<ResumptionRequest>,
}

/// A request to be restored (资格恢复申请 / 恢复履行申请).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResumptionRequest {
    pub on: NaiveDate,
    /// The index in the input.
    pub index: usize,
}

/// One incident: an act and the decision that scores it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incident {
    /// Echoed in the result; the index as a string when absent.
    pub id: String,
    /// The item(s) the act matches; several are scored once, at the highest value.
    /// Empty for an earlier decision given by its `points` alone.
    pub items: Vec<&'static Item>,
    /// Whether the input used `items` (for the paths of messages).
    pub several_items: bool,
    /// The decision's day; `None` for a pending decision (a notice without a decision,
    /// 沪2025 and 沪2023 only), whose day the engine projects.
    pub decided_on: Option<NaiveDate>,
    pub occurred_on: Option<NaiveDate>,
    pub inspection: Option<String>,
    pub site: Option<String>,
    pub responsibility: Option<Responsibility>,
    pub adjustment: Adjustment,
    /// The points the office chose (or an earlier decision's points given alone). Signed,
    /// so that a negative value is answered with the lawful range, not a type error.
    pub points: Option<i64>,
    pub severe: bool,
    pub fraud: bool,
    pub serious: bool,
    /// `amount_yuan` in fen (分), so that money is exact.
    pub amount_fen: Option<u64>,
    pub months: Option<u32>,
    /// The re-registration bar the office chose where the law gives a range (济宁: 1–2).
    pub bar_years: Option<u32>,
    pub notified_on: Option<NaiveDate>,
    pub objection_filed_on: Option<NaiveDate>,
    /// The index in the input.
    pub index: usize,
}

impl Incident {
    /// The JSON path of a field of this incident, e.g. `incidents[2].points`.
    pub fn path(&self, field: &str) -> String {
        format!("incidents[{}].{field}", self.index)
    }
}

/// 沪2025 第十二条: the degree of responsibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Responsibility {
    /// 一般责任: the lowest value of the tier.
    General,
    /// 重要责任: the middle value.
    Important,
    /// 主要责任: the top value.
    Primary,
}

impl Responsibility {
    /// Position in the tier: 0, 1 or 2.
    pub fn position(self) -> u32 {
        match self {
            Responsibility::General => 0,
            Responsibility::Important => 1,
            Responsibility::Primary => 2,
        }
    }
}

/// 沪2025 第十三条: 从轻 / 减轻一档 / 从重 / 加重一档.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Adjustment {
    #[default]
    None,
    Lighter,
    LowerTier,
    Heavier,
    HigherTier,
}

/// 沪2025 第二十九条: a repair of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repair {
    pub kind: RepairKind,
    pub on: NaiveDate,
    pub index: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RepairKind {
    /// （一）通过医保经办机构组织的考试.
    Exam,
    /// （二）参与医保管理工作.
    Participation,
}

/// An earlier period's total, for the three-consecutive-years rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    /// The period's label as given (`"2023"`, or an agreement year's start date).
    pub period: String,
    /// The first day of the period.
    pub start: NaiveDate,
    pub points: u32,
}

/// The fields a case may have.
pub const CASE_FIELDS: &[&str] = &[
    "version",
    "title",
    "regime",
    "as_of",
    "incidents",
    "repairs",
    "agreement_start",
    "history",
    "birth_date",
    "resumption_requests",
];

/// The fields an incident may have.
pub const INCIDENT_FIELDS: &[&str] = &[
    "id",
    "item",
    "items",
    "decided_on",
    "occurred_on",
    "inspection",
    "site",
    "responsibility",
    "adjustment",
    "points",
    "severe",
    "fraud",
    "serious",
    "amount_yuan",
    "months",
    "bar_years",
    "notified_on",
    "objection_filed_on",
    "note",
];

impl Case {
    /// Reads and validates a case.
    ///
    /// The first problem found rejects the case, with its field's path.
    pub fn from_json(value: &Value) -> Result<Case, CaseError> {
        let top = Obj::new(value, "", CASE_FIELDS, "case")?;
        if let Some(version) = top.uint("version")? {
            if u64::from(version) > FORMAT_VERSION || version == 0 {
                return Err(CaseError::new(
                    ErrorCode::InvalidValue,
                    "version",
                    format!("this case is in format version {version}, but this calculator reads {}; update the calculator to open it", readable_versions(false)),
                    format!("此案例为第 {version} 版格式，本计算器只能读取{}；请更新计算器后再打开", readable_versions(true)),
                ));
            }
        }
        top.string("title")?;
        let regime = match top.get("regime") {
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    "regime",
                    format!("the case has no regime; give one of {}", regime_list()),
                    format!("案例缺少记分制度（regime），可选：{}", regime_list()),
                ))
            }
            Some(Value::String(id)) => RegimeId::parse(id).ok_or_else(|| {
                CaseError::new(
                    ErrorCode::UnknownRegime,
                    "regime",
                    format!(
                        "there is no regime \"{id}\"; the regimes are {}",
                        regime_list()
                    ),
                    format!("没有名为“{id}”的记分制度；可选：{}", regime_list()),
                )
            })?,
            Some(other) => {
                return Err(CaseError::new(
                    ErrorCode::UnknownRegime,
                    "regime",
                    format!(
                        "regime must be a string, one of {}, not {}",
                        regime_list(),
                        kind_of(other)
                    ),
                    format!("记分制度（regime）应为字符串，可选：{}", regime_list()),
                ))
            }
        };
        let as_of = top.date("as_of")?;
        let agreement_start = top.date("agreement_start")?;
        let birth_date = top.date("birth_date")?;

        let incidents =
            match top.get("incidents") {
                None => return Err(CaseError::new(
                    ErrorCode::MissingField,
                    "incidents",
                    "the case has no incidents list; give \"incidents\": [] for a case without any",
                    "案例缺少违规事件列表（incidents）；没有事件时请写 \"incidents\": []",
                )),
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
                    format!("id \"{}\" is already used by incidents[{first}]; each incident needs its own id, because sanctions and deadlines refer to it", incident.id),
                    format!("编号“{}”已被 incidents[{first}] 使用；每个事件的编号须不同，处理措施和期限以编号指向事件", incident.id),
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
                        format!("period {} is already given by history[{first}]; give each earlier period once", entry.period),
                        format!("记分周期 {} 已在 history[{first}] 中给出；每个周期只能给一次", entry.period),
                    ));
                }
                history.push(entry);
            }
        }

        let mut resumption_requests = Vec::new();
        if let Some(value) = top.get("resumption_requests") {
            for (index, value) in top.array("resumption_requests", value)?.iter().enumerate() {
                let path = format!("resumption_requests[{index}]");
                let obj = Obj::new(value, &path, &["on"], "resumption request")?;
                let on = obj.date("on")?.ok_or_else(|| {
                    CaseError::new(
                        ErrorCode::MissingField,
                        format!("{path}.on"),
                        "the resumption request has no date: give on as YYYY-MM-DD",
                        "资格恢复申请缺少日期（on），格式 YYYY-MM-DD",
                    )
                })?;
                resumption_requests.push(ResumptionRequest { on, index });
            }
        }

        Ok(Case {
            regime,
            as_of,
            incidents: parsed,
            repairs,
            agreement_start,
            history,
            birth_date,
            resumption_requests,
        })
    }
}

impl Incident {
    fn from_json(value: &Value, index: usize, regime: RegimeId) -> Result<Incident, CaseError> {
        let path = format!("incidents[{index}]");
        let obj = Obj::new(value, &path, INCIDENT_FIELDS, "incident")?;
        let id = match obj.get("id") {
            None => index.to_string(),
            Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
            Some(Value::String(_)) => {
                return Err(obj.invalid(
                    "id",
                    "id is empty; give a short name such as \"a\", or leave the field out to use the incident's position".into(),
                    "编号为空；请填写简短编号（如“a”），或删去该字段以使用事件序号".into(),
                ))
            }
            Some(Value::Number(n)) if n.is_u64() => n.to_string(),
            Some(other) => {
                return Err(obj.invalid(
                    "id",
                    format!("id must be a string, not {}", kind_of(other)),
                    "编号应为字符串".into(),
                ))
            }
        };
        obj.string("note")?;

        let info = regime.info();
        let (items, several_items) =
            match (obj.get("item"), obj.get("items")) {
                (Some(_), Some(_)) => return Err(obj.invalid(
                    "items",
                    "give either item (one code) or items (several codes for one act), not both"
                        .into(),
                    "单个条目（item）与同一行为涉及的多个条目（items）只能填写其一".into(),
                )),
                (None, None) if obj.get("points").is_some() && info.counting != Counting::Fines => {
                    // An earlier decision remembered by its points alone (spec v2).
                    (Vec::new(), false)
                }
                (None, None) => {
                    return Err(CaseError::new(
                        ErrorCode::MissingField,
                        format!("{path}.item"),
                        format!(
                    "the incident has no item; give the code of the violated item, e.g. \"{}\"{}",
                    info.items().next().map_or("", |i| i.code),
                    if info.counting == Counting::Fines {
                        ""
                    } else {
                        ", or, for an earlier decision whose item you do not have, its points"
                    }
                ),
                        format!(
                            "事件缺少违规条目（item），例如“{}”{}",
                            info.items().next().map_or("", |i| i.code),
                            if info.counting == Counting::Fines {
                                ""
                            } else {
                                "；记不清条目的既往记分，可只填分值（points）"
                            }
                        ),
                    ))
                }
                (Some(code), None) => (
                    vec![lookup_item(regime, code, &format!("{path}.item"))?],
                    false,
                ),
                (None, Some(list)) => {
                    let list = obj.array("items", list)?;
                    if list.is_empty() {
                        return Err(obj.invalid(
                            "items",
                            "items is empty; give at least one item code".into(),
                            "多个条目（items）为空；请至少填写一个条目编号".into(),
                        ));
                    }
                    let mut items = Vec::with_capacity(list.len());
                    for (i, code) in list.iter().enumerate() {
                        items.push(lookup_item(regime, code, &format!("{path}.items[{i}]"))?);
                    }
                    (items, true)
                }
            };

        let decided_on = obj.date("decided_on")?;
        let notified_on = obj.date("notified_on")?;
        let pending_allowed = matches!(regime, RegimeId::Shanghai2025 | RegimeId::Shanghai2023);
        if decided_on.is_none() && !(pending_allowed && notified_on.is_some()) {
            let (en, zh) = if pending_allowed {
                (
                    "the incident has no decided_on: give the day the points take effect (the date of the final decision), as YYYY-MM-DD; with only the notice (告知书), give notified_on and the decision's day is projected",
                    "事件缺少记分决定日期（decided_on），格式 YYYY-MM-DD；只收到告知书的，请填写收到告知的日期（notified_on），决定日期将按程序推算",
                )
            } else {
                (
                    "the incident has no decided_on: give the day the points take effect (the date of the decision), as YYYY-MM-DD",
                    "事件缺少记分决定日期（decided_on），格式 YYYY-MM-DD",
                )
            };
            return Err(CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.decided_on"),
                en,
                zh,
            ));
        }
        let occurred_on = obj.date("occurred_on")?;
        if let Some(occurred) = occurred_on {
            if let Some(decided) = decided_on.filter(|d| occurred > *d) {
                return Err(CaseError::new(
                    ErrorCode::InvalidDate,
                    format!("{path}.occurred_on"),
                    format!("the act ({occurred}) cannot come after the decision that scores it ({decided})"),
                    format!("行为发生日期（{occurred}）不能晚于记分决定日期（{decided}）"),
                ));
            }
            if let Some(notified) = notified_on.filter(|n| occurred > *n) {
                return Err(CaseError::new(
                    ErrorCode::InvalidDate,
                    format!("{path}.occurred_on"),
                    format!("the act ({occurred}) cannot come after the notice of the points it draws ({notified})"),
                    format!("行为发生日期（{occurred}）不能晚于收到记分告知的日期（{notified}）"),
                ));
            }
        }
        let objection_filed_on = obj.date("objection_filed_on")?;
        if let (Some(notified), Some(filed)) = (notified_on, objection_filed_on) {
            if filed < notified {
                return Err(CaseError::new(
                    ErrorCode::InvalidDate,
                    format!("{path}.objection_filed_on"),
                    format!("the objection ({filed}) cannot come before the notice it answers ({notified})"),
                    format!("提出异议日期（{filed}）不能早于收到告知的日期（{notified}）"),
                ));
            }
        }

        let responsibility = match obj.get("responsibility") {
            None => None,
            Some(Value::String(s)) if s == "general" => Some(Responsibility::General),
            Some(Value::String(s)) if s == "important" => Some(Responsibility::Important),
            Some(Value::String(s)) if s == "primary" => Some(Responsibility::Primary),
            Some(other) => {
                return Err(obj.invalid(
                    "responsibility",
                    format!("responsibility must be \"general\" (一般责任), \"important\" (重要责任) or \"primary\" (主要责任), not {}", show(other)),
                    "责任程度（responsibility）应为一般责任（general）、重要责任（important）或主要责任（primary）".into(),
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
                format!("item {} is scored by responsibility (第十二条、第十三条): give \"general\" (一般责任), \"important\" (重要责任) or \"primary\" (主要责任)", items[0].code),
                format!("条目 {} 按责任程度记分（第十二条、第十三条）：请选择一般责任、重要责任或主要责任", items[0].code),
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
                _ => return Err(bad_adjustment(&obj, &Value::String(s.clone()))),
            },
            Some(other) => return Err(bad_adjustment(&obj, other)),
        };

        let amount_fen = match obj.get("amount_yuan") {
            None => None,
            Some(Value::Number(n)) => Some(yuan_to_fen(n).ok_or_else(|| {
                obj.invalid(
                    "amount_yuan",
                    format!("amount_yuan must be an amount of yuan of at least 0, with at most two decimals (分), not {n}"),
                    "涉及金额（amount_yuan）应为不小于 0 的金额，单位元，最多两位小数".into(),
                )
            })?),
            Some(other) => {
                return Err(obj.invalid(
                    "amount_yuan",
                    format!("amount_yuan must be a number of yuan, not {}", kind_of(other)),
                    "涉及金额（amount_yuan）应为金额数字，单位元".into(),
                ))
            }
        };
        if amount_fen.is_none() && items.iter().any(|i| matches!(i.value, ItemValue::Fine { normal, .. } if matches!(normal.fine, super::catalogue::Fine::TimesAmount { .. }))) {
            return Err(CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.amount_yuan"),
                format!("item {} fines a multiple of the amount obtained by fraud (第十五条): give amount_yuan", items[0].code),
                format!("条目 {} 按骗取金额的倍数处罚（第十五条）：请填写涉及金额（amount_yuan），单位元", items[0].code),
            ));
        }

        let points = obj.int("points")?;
        if items.is_empty() {
            if let Some(p) = points.filter(|p| !(1..=12).contains(p)) {
                return Err(CaseError::new(
                    ErrorCode::PointsOutOfRange,
                    format!("{path}.points"),
                    format!("an earlier decision given by its points alone scores 1 to 12 points, not {p}"),
                    format!("仅按分值填写的既往记分应为 1 至 12 分，而非 {p} 分"),
                ));
            }
        }

        let months = obj.uint("months")?;
        if months == Some(0) {
            return Err(obj.invalid(
                "months",
                "months must be at least 1".into(),
                "期限（months）至少为 1 个月".into(),
            ));
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

fn bad_adjustment(obj: &Obj, value: &Value) -> CaseError {
    obj.invalid(
        "adjustment",
        format!("adjustment must be \"none\", \"lighter\" (同档从轻), \"lower_tier\" (减轻一档), \"heavier\" (同档从重) or \"higher_tier\" (加重一档), not {}", show(value)),
        "从轻或从重（adjustment）应为不调整（none）、同档从轻（lighter）、减轻一档（lower_tier）、同档从重（heavier）或加重一档（higher_tier）".into(),
    )
}

impl Repair {
    fn from_json(value: &Value, index: usize) -> Result<Repair, CaseError> {
        let path = format!("repairs[{index}]");
        let obj = Obj::new(value, &path, &["kind", "on"], "repair")?;
        let kind = match obj.get("kind") {
            Some(Value::String(s)) if s == "exam" => RepairKind::Exam,
            Some(Value::String(s)) if s == "participation" => RepairKind::Participation,
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    format!("{path}.kind"),
                    "the repair has no kind: give \"exam\" (通过考试) or \"participation\" (参与医保管理工作)",
                    "记分修复缺少方式（kind）：通过考试（exam）或参与医保管理工作（participation）",
                ))
            }
            Some(other) => {
                return Err(obj.invalid(
                    "kind",
                    format!("kind must be \"exam\" (通过考试) or \"participation\" (参与医保管理工作), not {}", show(other)),
                    "方式（kind）应为通过考试（exam）或参与医保管理工作（participation）".into(),
                ))
            }
        };
        let on = obj.date("on")?.ok_or_else(|| {
            CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.on"),
                "the repair has no date: give on as YYYY-MM-DD",
                "记分修复缺少日期（on），格式 YYYY-MM-DD",
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
        let obj = Obj::new(value, &path, &["period", "points"], "history entry")?;
        let label = match obj.get("period") {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            None => {
                return Err(CaseError::new(
                    ErrorCode::MissingField,
                    format!("{path}.period"),
                    "the history entry has no period",
                    "历史记录缺少记分周期（period）",
                ))
            }
            Some(other) => {
                return Err(obj.invalid(
                    "period",
                    format!("period must be a string, not {}", kind_of(other)),
                    "年份（period）应为字符串".into(),
                ))
            }
        };
        let period_path = format!("{path}.period");
        let start = if regime == RegimeId::Wenzhou2014 {
            let start = parse_date(&label, &period_path)?;
            let anchor = agreement_start
                .unwrap_or_else(|| NaiveDate::from_yo_opt(start.year(), 1).unwrap_or(start));
            let aligned = super::engine::agreement_year_start(anchor, start.year());
            if aligned != Some(start) {
                let expected = aligned.map_or_else(String::new, |d| d.to_string());
                return Err(CaseError::new(
                    ErrorCode::InvalidValue,
                    period_path,
                    format!("period {label} is not the start of an agreement year; agreement years start on {expected} in {}", start.year()),
                    format!("{label} 不是协议年度的起始日；{} 年的协议年度始于 {expected}", start.year()),
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
                        format!("period must be a year such as \"2023\", not \"{label}\""),
                        format!("年份（period）应为如“2023”的年份，而非“{label}”"),
                    ))
                }
            }
        };
        let points = obj.uint("points")?.ok_or_else(|| {
            CaseError::new(
                ErrorCode::MissingField,
                format!("{path}.points"),
                "the history entry has no points: give the period's total",
                "历史记录缺少该周期累计分值（points）",
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
                format!(
                    "an item code is a string such as \"{}\", not {}",
                    info.items().next().map_or("", |i| i.code),
                    kind_of(other)
                ),
                "条目编号应为字符串".to_string(),
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
    let (scope_en, scope_zh, codes) = match (same_article.first(), same_article.last()) {
        (Some(first), Some(last)) => {
            let name = article_name(first.cite);
            (
                format!("items of {name} are"),
                format!("{name}的条目为"),
                span(first.code, last.code),
            )
        }
        _ => {
            let first = info.items().next().map_or("", |i| i.code);
            let last = info.items().last().map_or("", |i| i.code);
            (
                format!("items of {} are", info.id),
                format!("{}的条目为", info.document),
                span(first, last),
            )
        }
    };
    let elsewhere: Vec<&str> = RegimeId::ALL
        .iter()
        .filter(|r| **r != regime && r.info().item(code).is_some())
        .map(|r| r.as_str())
        .collect();
    let (hint_en, hint_zh) = if elsewhere.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!(" ({code} is an item of {})", elsewhere.join(", ")),
            format!("（{code} 是 {} 的条目）", elsewhere.join("、")),
        )
    };
    Err(CaseError::new(
        ErrorCode::UnknownItem,
        path,
        format!(
            "item {code} does not exist in {}; {scope_en} {codes}{hint_en}",
            info.id
        ),
        format!(
            "{}中没有条目 {code}；{scope_zh} {codes}{hint_zh}",
            info.document
        ),
    ))
}

fn span(first: &str, last: &str) -> String {
    if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    }
}

/// The article part of a citation: `第十三条（一）1` → `第十三条`, `四（一）1` → `四`.
fn article_name(cite: &str) -> &str {
    if let Some(end) = cite.find('条') {
        &cite[..end + '条'.len_utf8()]
    } else {
        cite.split('（').next().unwrap_or(cite)
    }
}

fn regime_list() -> String {
    RegimeId::ALL
        .iter()
        .map(|r| r.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses `YYYY-MM-DD` strictly, saying what is wrong with anything else.
pub fn parse_date(text: &str, path: &str) -> Result<NaiveDate, CaseError> {
    // The message names the field too, for readers of the CLI who look at it alone.
    let field = path.rsplit('.').next().unwrap_or(path);
    let bad = |en: String, zh: String| {
        let en = if field.is_empty() {
            en
        } else {
            format!("{field}: {en}")
        };
        CaseError::new(ErrorCode::InvalidDate, path, en, zh)
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
        return Err(bad(
            format!("\"{text}\" is not a date written YYYY-MM-DD (e.g. 2025-05-20)"),
            format!("“{text}”不是 YYYY-MM-DD 格式的日期（如 2025-05-20）"),
        ));
    }
    let year: i32 = text[0..4].parse().unwrap_or(0);
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    if !YEARS.contains(&year) {
        return Err(bad(
            format!(
                "{text}: the year must lie between {} and {}",
                YEARS.start(),
                YEARS.end()
            ),
            format!("{text}：年份须在 {} 至 {} 之间", YEARS.start(), YEARS.end()),
        ));
    }
    if !(1..=12).contains(&month) {
        return Err(bad(
            format!("{text} is not a date: there is no month {month}"),
            format!("{text} 不是有效日期：没有 {month} 月"),
        ));
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        let days = days_in_month(year, month);
        bad(
            format!(
                "{text} is not a date: {} {year} has {days} days",
                month_name(month)
            ),
            format!("{text} 不是有效日期：{year} 年 {month} 月只有 {days} 天"),
        )
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

fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get(month as usize - 1).copied().unwrap_or("")
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

/// A short description of a JSON value's type, for messages.
fn kind_of(value: &Value) -> &'static str {
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
fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// A JSON object being read, that knows its path and which fields it may hold.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Obj<'a> {
    fn new(
        value: &'a Value,
        path: &str,
        allowed: &[&str],
        what: &str,
    ) -> Result<Obj<'a>, CaseError> {
        let Value::Object(map) = value else {
            return Err(CaseError::new(
                ErrorCode::InvalidValue,
                path,
                format!(
                    "a {what} must be a JSON object {{…}}, not {}",
                    kind_of(value)
                ),
                format!("{}应为 JSON 对象 {{…}}", what_zh(what)),
            ));
        };
        let prefix = if path.is_empty() {
            String::new()
        } else {
            format!("{path}.")
        };
        if let Some(unknown) = map.keys().find(|k| !allowed.contains(&k.as_str())) {
            let suggestion = closest(unknown, allowed);
            let (hint_en, hint_zh) = match suggestion {
                Some(s) => (
                    format!("did you mean \"{s}\"? "),
                    format!("是否应为“{s}”？"),
                ),
                None => (String::new(), String::new()),
            };
            return Err(CaseError::new(
                ErrorCode::UnknownField,
                format!("{prefix}{unknown}"),
                format!(
                    "a {what} has no field \"{unknown}\"; {hint_en}the fields are {}",
                    allowed.join(", ")
                ),
                format!(
                    "{}没有字段“{unknown}”；{hint_zh}可用字段：{}",
                    what_zh(what),
                    allowed.join("、")
                ),
            ));
        }
        Ok(Obj { map, path: prefix })
    }

    /// A field's value; `null` counts as absent.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn field(&self, key: &str) -> String {
        format!("{}{key}", self.path)
    }

    fn invalid(&self, key: &str, en: String, zh: String) -> CaseError {
        CaseError::new(ErrorCode::InvalidValue, self.field(key), en, zh)
    }

    fn array(&self, key: &str, value: &'a Value) -> Result<&'a Vec<Value>, CaseError> {
        match value {
            Value::Array(list) => Ok(list),
            other => Err(self.invalid(
                key,
                format!("{key} must be a list [...], not {}", kind_of(other)),
                format!("{}应为列表 [...]", zh_field(key)),
            )),
        }
    }

    fn string(&self, key: &str) -> Result<Option<&'a str>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(other) => Err(self.invalid(
                key,
                format!("{key} must be a string, not {}", kind_of(other)),
                format!("{}应为字符串", zh_field(key)),
            )),
        }
    }

    fn bool(&self, key: &str) -> Result<bool, CaseError> {
        match self.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(other) => Err(self.invalid(
                key,
                format!("{key} must be true or false, not {}", show(other)),
                format!("{}应为 true 或 false", zh_field(key)),
            )),
        }
    }

    fn uint(&self, key: &str) -> Result<Option<u32>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_u64()
                .and_then(|v| u32::try_from(v).ok())
                .filter(|v| *v <= 1000)
                .map(Some)
                .ok_or_else(|| {
                    self.invalid(
                        key,
                        format!("{key} must be a whole number from 0 to 1000, not {n}"),
                        format!("{}应为 0 至 1000 之间的整数", zh_field(key)),
                    )
                }),
            Some(other) => Err(self.invalid(
                key,
                format!("{key} must be a whole number, not {}", show(other)),
                format!("{}应为整数", zh_field(key)),
            )),
        }
    }

    /// A whole number that may be negative (within ±1000): for values whose lawful range
    /// the message should give (`points`).
    fn int(&self, key: &str) -> Result<Option<i64>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Number(n)) => n
                .as_i64()
                .filter(|v| (-1000..=1000).contains(v))
                .map(Some)
                .ok_or_else(|| {
                    self.invalid(
                        key,
                        format!("{key} must be a whole number, not {n}"),
                        format!("{}应为整数", zh_field(key)),
                    )
                }),
            Some(other) => Err(self.invalid(
                key,
                format!("{key} must be a whole number, not {}", show(other)),
                format!("{}应为整数", zh_field(key)),
            )),
        }
    }

    fn date(&self, key: &str) -> Result<Option<NaiveDate>, CaseError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => parse_date(s, &self.field(key)).map(Some),
            Some(other) => Err(CaseError::new(
                ErrorCode::InvalidDate,
                self.field(key),
                format!(
                    "{key} must be a date written \"YYYY-MM-DD\", not {}",
                    show(other)
                ),
                format!("{}应为 “YYYY-MM-DD” 格式的日期", zh_field(key)),
            )),
        }
    }
}

fn what_zh(what: &str) -> &'static str {
    match what {
        "case" => "案例",
        "incident" => "违规事件",
        "repair" => "记分修复",
        "resumption request" => "资格恢复申请",
        _ => "历史记录",
    }
}

/// The allowed field nearest to a misspelt one, if it is close.
fn closest<'s>(word: &str, candidates: &[&'s str]) -> Option<&'s str> {
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

/// A field of the case format as the Chinese form names it, with its key: Chinese messages
/// should not make a physician guess what `points` is.
fn zh_field(key: &str) -> String {
    let name = match key {
        "points" => "分值",
        "months" => "期限（月）",
        "bar_years" => "不得再次签约或登记的年数",
        "resumption_requests" => "资格恢复申请",
        "amount_yuan" => "涉及金额（元）",
        "decided_on" => "记分决定日期",
        "occurred_on" => "违规行为发生日期",
        "notified_on" => "收到记分告知的日期",
        "objection_filed_on" => "提出异议的日期",
        "as_of" => "查询日期",
        "agreement_start" => "服务协议起始日",
        "birth_date" => "出生日期",
        "year" => "年份",
        "total" => "累计扣分",
        "on" => "日期",
        "kind" => "方式",
        "item" | "items" => "违规条目",
        "id" => "编号",
        "severe" => "情节严重",
        "fraud" => "欺诈骗保",
        "serious" => "违规情节严重",
        "inspection" => "监督检查",
        "site" => "执业机构",
        "note" => "备注",
        "responsibility" => "责任程度",
        "adjustment" => "从轻或从重",
        "incidents" => "违规事件",
        "history" => "此前年度",
        "repairs" => "记分修复",
        "regime" => "记分制度",
        _ => return key.to_string(),
    };
    format!("{name}（{key}）")
}
