//! Why a case cannot be computed: a [`Problem`], rendered in one place.
//!
//! Each problem is data (the field, the value, what would be valid). It is rendered in
//! words here, in two styles: [`Style::Api`] names the fields by their JSON keys, for the
//! command line and the JS API; [`Style::Form`] names them as the form does, for a
//! physician who never saw the JSON. Nothing edits a rendered message.

use std::fmt;

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::case::Field;
use super::text::{Lang, Text};
use super::words::capitalised;

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

/// Who reads a message, and so how it names fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The command line and the JS API: fields by their JSON keys (`decided_on`).
    Api,
    /// The app's form, beside the field: fields by their names (记分决定日期, the decision
    /// date), and English starting with a capital.
    Form,
}

/// A case rejected as a whole, with the field at fault. Serialised as
/// `{"code", "message", "message_zh", "path"}` (the message in [`Style::Api`]).
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::scoring::{evaluate_str, ErrorCode};
/// use jifen::scoring::error::Style;
///
/// let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
/// let case = r#"{"regime": "shanghai-2025", "incidents": [
///     {"item": "13.9", "decided_on": "2025-05-20", "responsibility": "primary"}]}"#;
/// let err = evaluate_str(case, today).unwrap_err();
/// assert_eq!(err.code, ErrorCode::UnknownItem);
/// assert_eq!(err.path, "incidents[0].item");
/// assert!(err.message().en.contains("13.1.1–13.5.2"));
///
/// let case = r#"{"regime": "shanghai-2025", "as_of": "2025-02-30", "incidents": []}"#;
/// let err = evaluate_str(case, today).unwrap_err();
/// assert_eq!(err.message().en, "as_of: 2025-02-30 is not a date: February 2025 has 28 days");
/// assert_eq!(err.text(Style::Form).en, "The standing date: 2025-02-30 is not a date: February 2025 has 28 days");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseError {
    pub code: ErrorCode,
    /// The field at fault, e.g. `incidents[2].points`; empty for the whole case.
    pub path: String,
    /// What is wrong (boxed: errors travel in every `Result` of the parser).
    pub problem: Box<Problem>,
}

impl CaseError {
    pub fn new(code: ErrorCode, path: impl Into<String>, problem: Problem) -> CaseError {
        CaseError {
            code,
            path: path.into(),
            problem: Box::new(problem),
        }
    }

    /// What is wrong and what would be valid, for the command line and the JS API.
    pub fn message(&self) -> Text {
        self.problem.text(Style::Api)
    }

    /// The message in a style.
    pub fn text(&self, style: Style) -> Text {
        self.problem.text(style)
    }

    /// The error as the CLI prints it: `{"error": {"code", "message", "message_zh", "path"}}`.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "error": self })
    }
}

impl Serialize for CaseError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let message = self.message();
        let mut out = serializer.serialize_struct("CaseError", 4)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("message", message.en.as_ref())?;
        out.serialize_field("message_zh", message.zh.as_ref())?;
        out.serialize_field("path", &self.path)?;
        out.end()
    }
}

impl fmt::Display for CaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let message = self.message();
        if self.path.is_empty() {
            write!(f, "{}: {}", self.code.as_str(), message.en)
        } else {
            write!(f, "{} at {}: {}", self.code.as_str(), self.path, message.en)
        }
    }
}

impl std::error::Error for CaseError {}

/// What an object of the case format is, for messages about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Object {
    Case,
    Incident,
    Repair,
    History,
    ResumptionRequest,
    Restoration,
}

impl Object {
    fn name(self) -> Text {
        match self {
            Object::Case => Text::fixed("案例", "case"),
            Object::Incident => Text::fixed("违规事件", "incident"),
            Object::Repair => Text::fixed("记分修复", "repair"),
            Object::History => Text::fixed("历史记录", "history entry"),
            Object::ResumptionRequest => Text::fixed("资格恢复申请", "resumption request"),
            Object::Restoration => Text::fixed("恢复记录", "restoration"),
        }
    }
}

/// What is wrong with a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateFault {
    /// Not written `YYYY-MM-DD`.
    Shape,
    /// A year outside 1900–2199.
    Year { from: i32, to: i32 },
    /// There is no such month.
    Month(u32),
    /// The month has fewer days.
    Day { year: i32, month: u32, days: u32 },
}

/// What was expected of a value of the wrong type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    List,
    String,
    Bool,
    /// A whole number from 0 to 1000 (the value was a number).
    WholeUpTo1000,
    /// A whole number (the value was not a number, or not whole).
    Whole,
    /// A `YYYY-MM-DD` string (the value was not a string).
    DateString,
}

/// Why a case cannot be computed: the data of each problem, rendered by
/// [`Problem::text`]. Values are kept as the input wrote them (`shown`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The text is not JSON (`what` from the parser, with where).
    NotJson {
        what: String,
        /// Line and column, where the parser gives them.
        at: Option<(usize, usize)>,
    },
    /// A line of a roster is not JSON (`what` from the parser, at a column of the line).
    LineNotJson {
        what: String,
        column: usize,
    },
    /// A case of a newer format.
    NewerFormat {
        version: u32,
        newest: u64,
    },
    NoRegime {
        ids: Vec<&'static str>,
    },
    UnknownRegime {
        id: String,
        ids: Vec<&'static str>,
    },
    RegimeNotString {
        kind: &'static str,
        ids: Vec<&'static str>,
    },
    NoIncidents,
    DuplicateId {
        id: String,
        first: usize,
    },
    DuplicatePeriod {
        period: String,
        first: usize,
    },
    /// A dated entry without its date.
    NoDate {
        of: Object,
    },
    EmptyId,
    IdNotString {
        kind: &'static str,
    },
    ItemAndItems,
    /// No item, and no points for an earlier decision.
    NoItem {
        example: &'static str,
        points_allowed: bool,
    },
    /// The core found no item where the parser had checked one (never in practice).
    NoItemAtAll,
    ItemsEmpty,
    NoDecision {
        pending_allowed: bool,
    },
    ActAfterDecision {
        occurred: NaiveDate,
        decided: NaiveDate,
    },
    ActAfterNotice {
        occurred: NaiveDate,
        notified: NaiveDate,
    },
    ObjectionBeforeNotice {
        filed: NaiveDate,
        notified: NaiveDate,
    },
    BadResponsibility {
        shown: String,
    },
    NoResponsibility {
        code: &'static str,
        cite: &'static str,
    },
    BadAdjustment {
        shown: String,
    },
    BadAmount {
        shown: String,
    },
    AmountNotNumber {
        kind: &'static str,
    },
    NoAmount {
        code: &'static str,
        cite: &'static str,
    },
    PointsAloneOutOfRange {
        points: i64,
    },
    MonthsZero,
    NoRepairKind,
    BadRepairKind {
        shown: String,
    },
    NoPeriod,
    PeriodNotString {
        kind: &'static str,
    },
    NotAgreementYearStart {
        label: String,
        expected: String,
        year: i32,
    },
    NotAYear {
        label: String,
    },
    NoHistoryPoints,
    ItemCodeNotString {
        example: &'static str,
        kind: &'static str,
    },
    UnknownItem {
        code: String,
        /// The regime's id and document number.
        regime: &'static str,
        document: &'static str,
        /// The article whose items are listed (`None`: the whole catalogue).
        article: Option<String>,
        codes: String,
        /// The regimes that do have this code.
        elsewhere: Vec<&'static str>,
    },
    BadDate {
        field: Option<Field>,
        shown: String,
        fault: DateFault,
    },
    DateNotString {
        field: Field,
        shown: String,
    },
    NotAnObject {
        of: Object,
        kind: &'static str,
    },
    UnknownField {
        of: Object,
        field: String,
        suggestion: Option<&'static str>,
        allowed: &'static [&'static str],
    },
    WrongType {
        field: Field,
        expected: Expected,
        shown: String,
    },
    PointsOutOfRange {
        points: i64,
        code: &'static str,
        range: [u32; 2],
    },
    MonthsOutOfRange {
        measure: Text,
        day: NaiveDate,
        min: u32,
        max: u32,
        cite: String,
        months: u32,
    },
    /// `termination` and `barred` in the regime's own words.
    BarYearsOutOfRange {
        termination: Text,
        barred: Text,
        day: NaiveDate,
        min: u32,
        max: u32,
        cite: String,
        years: u32,
    },
    /// 沪2020 sets no points.
    NoPointsHere {
        document: &'static str,
    },
    /// A problem of a face (a file, a link, a line of a roster) that names no field.
    Said(Text),
}

impl Problem {
    /// The JSON parser's error, with where it happened.
    pub fn not_json(error: &serde_json::Error) -> Problem {
        let full = error.to_string();
        let at = (error.line() > 0).then(|| (error.line(), error.column()));
        let what = match at {
            Some((line, column)) => full
                .strip_suffix(&format!(" at line {line} column {column}"))
                .unwrap_or(&full)
                .to_string(),
            None => full,
        };
        Problem::NotJson { what, at }
    }

    /// The problem in words, in `style`.
    pub fn text(&self, style: Style) -> Text {
        let text = self.words(style);
        match style {
            Style::Api => text,
            Style::Form => Text::new(text.zh, capitalised(&text.en)),
        }
    }

    fn words(&self, style: Style) -> Text {
        use Problem::*;
        // A field as the reader knows it: 分值（points） / points, or 分值 / the points.
        let f = |field: Field| field.named(style);
        let ids = |ids: &[&str]| ids.join(", ");
        match self {
            NotJson { what, at: None } => Text::new(
                format!("案例不是有效的 JSON：{}", json_fault_zh(what)),
                format!("the case is not valid JSON: {what}"),
            ),
            NotJson { what, at: Some((line, column)) } => Text::new(
                format!("案例不是有效的 JSON：{}（第 {line} 行第 {column} 列）", json_fault_zh(what)),
                format!("the case is not valid JSON: {what} at line {line} column {column}"),
            ),
            LineNotJson { what, column } => Text::new(
                format!("案例不是有效的 JSON：{}（第 {column} 列）", json_fault_zh(what)),
                format!("the case is not valid JSON: {what} at column {column}"),
            ),
            NewerFormat { version, newest } => Text::new(
                format!("此案例为第 {version} 版格式，本计算器只能读取{}；请更新计算器后再打开", versions(*newest, Lang::Zh)),
                format!("this case is in format version {version}, but this calculator reads {}; update the calculator to open it", versions(*newest, Lang::En)),
            ),
            NoRegime { ids: list } => Text::new(
                format!("案例缺少{}，可选：{}", f(Field::Regime).zh, ids(list)),
                format!("the case has no regime; give one of {}", ids(list)),
            ),
            UnknownRegime { id, ids: list } => Text::new(
                format!("没有名为“{id}”的记分制度；可选：{}", ids(list)),
                format!("there is no regime \"{id}\"; the regimes are {}", ids(list)),
            ),
            RegimeNotString { kind, ids: list } => Text::new(
                format!("{}应为字符串，可选：{}", f(Field::Regime).zh, ids(list)),
                format!("regime must be a string, one of {}, not {kind}", ids(list)),
            ),
            NoIncidents => Text::new(
                match style {
                    Style::Api => "案例缺少违规事件列表（incidents）；没有事件时请写 \"incidents\": []",
                    Style::Form => "案例缺少违规事件列表",
                },
                match style {
                    Style::Api => "the case has no incidents list; give \"incidents\": [] for a case without any",
                    Style::Form => "the case has no list of incidents",
                },
            ),
            DuplicateId { id, first } => match style {
                Style::Api => Text::new(
                    format!("编号“{id}”已被 incidents[{first}] 使用；每个事件的编号须不同，处理措施和期限以编号指向事件"),
                    format!("id \"{id}\" is already used by incidents[{first}]; each incident needs its own id, because sanctions and deadlines refer to it"),
                ),
                Style::Form => Text::new(
                    format!("编号“{id}”已被事件 {} 使用；每个事件的编号须不同，处理措施和期限以编号指向事件", first + 1),
                    format!("the label \"{id}\" is already used by incident {}; each incident needs its own, because measures and deadlines refer to it", first + 1),
                ),
            },
            DuplicatePeriod { period, first } => Text::new(
                format!("记分周期 {period} 已在 history[{first}] 中给出；每个周期只能给一次"),
                format!("period {period} is already given by history[{first}]; give each earlier period once"),
            ),
            NoDate { of } => Text::new(
                format!("{}缺少{}，格式 YYYY-MM-DD", of.name().zh, f(Field::On).zh),
                format!("the {} has no date: give {} as YYYY-MM-DD", of.name().en, f(Field::On).en),
            ),
            EmptyId => Text::fixed(
                "编号为空；请填写简短编号（如“a”），或删去该字段以使用事件序号",
                "id is empty; give a short name such as \"a\", or leave the field out to use the incident's position",
            ),
            IdNotString { kind } => Text::new(
                "编号应为字符串",
                format!("id must be a string, not {kind}"),
            ),
            ItemAndItems => Text::new(
                format!("单个条目{}与同一行为涉及的多个条目{}只能填写其一", api_key(style, "item"), api_key(style, "items")),
                format!("give either {} (one code) or {} (several codes for one act), not both", f(Field::Item).en, f(Field::Items).en),
            ),
            NoItem { example, points_allowed } => Text::new(
                format!(
                    "事件缺少{}，例如“{example}”{}",
                    f(Field::Item).zh,
                    if *points_allowed { format!("；记不清条目的既往记分，可只填{}", f(Field::Points).zh) } else { String::new() }
                ),
                format!(
                    "the incident has no item; give the code of the violated item, e.g. \"{example}\"{}",
                    if *points_allowed { ", or, for an earlier decision whose item you do not have, its points" } else { "" }
                ),
            ),
            NoItemAtAll => Text::fixed("事件缺少条目", "the incident has no item"),
            ItemsEmpty => Text::new(
                format!("多个条目{}为空；请至少填写一个条目编号", api_key(style, "items")),
                "items is empty; give at least one item code",
            ),
            NoDecision { pending_allowed } => {
                let decided = f(Field::DecidedOn);
                if *pending_allowed {
                    Text::new(
                        format!("事件缺少{}，格式 YYYY-MM-DD；只收到告知书的，请填写收到告知的日期{}，决定日期将按程序推算", decided.zh, api_key(style, "notified_on")),
                        format!("the incident has no {}: give the day the points take effect (the date of the final decision), as YYYY-MM-DD; with only the notice (告知书), give {} and the decision's day is projected", decided.en, f(Field::NotifiedOn).en),
                    )
                } else {
                    Text::new(
                        format!("事件缺少{}，格式 YYYY-MM-DD", decided.zh),
                        format!("the incident has no {}: give the day the points take effect (the date of the decision), as YYYY-MM-DD", decided.en),
                    )
                }
            }
            ActAfterDecision { occurred, decided } => Text::new(
                format!("行为发生日期（{occurred}）不能晚于记分决定日期（{decided}）"),
                format!("the act ({occurred}) cannot come after the decision that scores it ({decided})"),
            ),
            ActAfterNotice { occurred, notified } => Text::new(
                format!("行为发生日期（{occurred}）不能晚于收到记分告知的日期（{notified}）"),
                format!("the act ({occurred}) cannot come after the notice of the points it draws ({notified})"),
            ),
            ObjectionBeforeNotice { filed, notified } => Text::new(
                format!("提出异议日期（{filed}）不能早于收到告知的日期（{notified}）"),
                format!("the objection ({filed}) cannot come before the notice it answers ({notified})"),
            ),
            BadResponsibility { shown } => Text::new(
                format!("{}应为一般责任{}、重要责任{}或主要责任{}", f(Field::Responsibility).zh, api_key(style, "general"), api_key(style, "important"), api_key(style, "primary")),
                format!("responsibility must be \"general\" (一般责任), \"important\" (重要责任) or \"primary\" (主要责任), not {shown}"),
            ),
            NoResponsibility { code, cite } => Text::new(
                format!("条目 {code} 按责任程度记分（{cite}）：请选择一般责任、重要责任或主要责任"),
                format!("item {code} is scored by responsibility ({cite}): give \"general\" (一般责任), \"important\" (重要责任) or \"primary\" (主要责任)"),
            ),
            BadAdjustment { shown } => Text::new(
                format!(
                    "{}应为不调整{}、同档从轻{}、减轻一档{}、同档从重{}或加重一档{}",
                    f(Field::Adjustment).zh,
                    api_key(style, "none"),
                    api_key(style, "lighter"),
                    api_key(style, "lower_tier"),
                    api_key(style, "heavier"),
                    api_key(style, "higher_tier")
                ),
                format!("adjustment must be \"none\", \"lighter\" (同档从轻), \"lower_tier\" (减轻一档), \"heavier\" (同档从重) or \"higher_tier\" (加重一档), not {shown}"),
            ),
            BadAmount { shown } => Text::new(
                format!("{}应为不小于 0 的金额，单位元，最多两位小数", f(Field::AmountYuan).zh),
                format!("{} must be an amount of yuan of at least 0, with at most two decimals (分), not {shown}", f(Field::AmountYuan).en),
            ),
            AmountNotNumber { kind } => Text::new(
                format!("{}应为金额数字，单位元", f(Field::AmountYuan).zh),
                format!("{} must be a number of yuan, not {kind}", f(Field::AmountYuan).en),
            ),
            NoAmount { code, cite } => Text::new(
                format!("条目 {code} 按骗取金额的倍数处罚（{cite}）：请填写{}，单位元", f(Field::AmountYuan).zh),
                format!("item {code} fines a multiple of the amount obtained by fraud ({cite}): give {}", f(Field::AmountYuan).en),
            ),
            PointsAloneOutOfRange { points } => Text::new(
                format!("仅按分值填写的既往记分应为 1 至 12 分，而非 {points} 分"),
                format!("an earlier decision given by its points alone scores 1 to 12 points, not {points}"),
            ),
            MonthsZero => Text::new(
                format!("{}至少为 1 个月", f(Field::Months).zh),
                format!("{} must be at least 1", f(Field::Months).en),
            ),
            NoRepairKind => Text::new(
                format!("记分修复缺少{}：通过考试{}或参与医保管理工作{}", f(Field::Kind).zh, api_key(style, "exam"), api_key(style, "participation")),
                "the repair has no kind: give \"exam\" (通过考试) or \"participation\" (参与医保管理工作)",
            ),
            BadRepairKind { shown } => Text::new(
                format!("{}应为通过考试{}或参与医保管理工作{}", f(Field::Kind).zh, api_key(style, "exam"), api_key(style, "participation")),
                format!("kind must be \"exam\" (通过考试) or \"participation\" (参与医保管理工作), not {shown}"),
            ),
            NoPeriod => Text::new(
                format!("历史记录缺少记分周期{}", api_key(style, "period")),
                "the history entry has no period",
            ),
            PeriodNotString { kind } => Text::new(
                format!("年份{}应为字符串", api_key(style, "period")),
                format!("period must be a string, not {kind}"),
            ),
            NotAgreementYearStart { label, expected, year } => Text::new(
                format!("{label} 不是协议年度的起始日；{year} 年的协议年度始于 {expected}"),
                format!("period {label} is not the start of an agreement year; agreement years start on {expected} in {year}"),
            ),
            NotAYear { label } => Text::new(
                format!("年份{}应为如“2023”的年份，而非“{label}”", api_key(style, "period")),
                format!("period must be a year such as \"2023\", not \"{label}\""),
            ),
            NoHistoryPoints => Text::new(
                format!("历史记录缺少该周期累计分值{}", api_key(style, "points")),
                "the history entry has no points: give the period's total",
            ),
            ItemCodeNotString { example, kind } => Text::new(
                "条目编号应为字符串",
                format!("an item code is a string such as \"{example}\", not {kind}"),
            ),
            UnknownItem { code, regime, document, article, codes, elsewhere } => {
                let (scope_zh, scope_en) = match article {
                    Some(name) => (format!("{name}的条目为"), format!("items of {name} are")),
                    None => (format!("{document}的条目为"), format!("items of {regime} are")),
                };
                let (hint_zh, hint_en) = if elsewhere.is_empty() {
                    (String::new(), String::new())
                } else {
                    (
                        format!("（{code} 是 {} 的条目）", elsewhere.join("、")),
                        format!(" ({code} is an item of {})", elsewhere.join(", ")),
                    )
                };
                Text::new(
                    format!("{document}中没有条目 {code}；{scope_zh} {codes}{hint_zh}"),
                    format!("item {code} does not exist in {regime}; {scope_en} {codes}{hint_en}"),
                )
            }
            BadDate { field, shown, fault } => {
                let (zh, en) = match fault {
                    DateFault::Shape => (
                        format!("“{shown}”不是 YYYY-MM-DD 格式的日期（如 2025-05-20）"),
                        format!("\"{shown}\" is not a date written YYYY-MM-DD (e.g. 2025-05-20)"),
                    ),
                    DateFault::Year { from, to } => (
                        format!("{shown}：年份须在 {from} 至 {to} 之间"),
                        format!("{shown}: the year must lie between {from} and {to}"),
                    ),
                    DateFault::Month(month) => (
                        format!("{shown} 不是有效日期：没有 {month} 月"),
                        format!("{shown} is not a date: there is no month {month}"),
                    ),
                    DateFault::Day { year, month, days } => (
                        format!("{shown} 不是有效日期：{year} 年 {month} 月只有 {days} 天"),
                        format!("{shown} is not a date: {} {year} has {days} days", crate::scoring::words::month_name(*month)),
                    ),
                };
                // The English names the field too, for readers of the CLI who look at
                // the message alone.
                let en = match field {
                    None => en,
                    Some(field) => format!("{}: {en}", field.named(style).en),
                };
                Text::new(zh, en)
            }
            DateNotString { field, shown } => Text::new(
                format!("{}应为 “YYYY-MM-DD” 格式的日期", f(*field).zh),
                format!("{} must be a date written \"YYYY-MM-DD\", not {shown}", f(*field).en),
            ),
            NotAnObject { of, kind } => Text::new(
                format!("{}应为 JSON 对象 {{…}}", of.name().zh),
                format!("a {} must be a JSON object {{…}}, not {kind}", of.name().en),
            ),
            UnknownField { of, field, suggestion, allowed } => {
                let (hint_zh, hint_en) = match suggestion {
                    Some(s) => (format!("是否应为“{s}”？"), format!("did you mean \"{s}\"? ")),
                    None => (String::new(), String::new()),
                };
                Text::new(
                    format!("{}没有字段“{field}”；{hint_zh}可用字段：{}", of.name().zh, allowed.join("、")),
                    format!("a {} has no field \"{field}\"; {hint_en}the fields are {}", of.name().en, allowed.join(", ")),
                )
            }
            WrongType { field, expected, shown } => {
                let name = f(*field);
                let (zh, en) = match expected {
                    Expected::List => ("应为列表 [...]".to_string(), format!("must be a list [...], not {shown}")),
                    Expected::String => ("应为字符串".to_string(), format!("must be a string, not {shown}")),
                    Expected::Bool => ("应为 true 或 false".to_string(), format!("must be true or false, not {shown}")),
                    Expected::WholeUpTo1000 => ("应为 0 至 1000 之间的整数".to_string(), format!("must be a whole number from 0 to 1000, not {shown}")),
                    Expected::Whole => ("应为整数".to_string(), format!("must be a whole number, not {shown}")),
                    Expected::DateString => ("应为 “YYYY-MM-DD” 格式的日期".to_string(), format!("must be a date written \"YYYY-MM-DD\", not {shown}")),
                };
                Text::new(format!("{}{zh}", name.zh), format!("{} {en}", name.en))
            }
            PointsOutOfRange { points, code, range } => Text::new(
                format!("{points} 分超出条目 {code} 在此情形下的法定分值范围：{}", range_text(*range, Lang::Zh)),
                format!("{points} points is outside the lawful range of item {code} here: {}", range_text(*range, Lang::En)),
            ),
            MonthsOutOfRange { measure, day, min, max, cite, months } => {
                let (lawful_zh, lawful_en) = if min == max {
                    (format!("{min} 个月"), format!("{min} month{}", if *min == 1 { "" } else { "s" }))
                } else {
                    (format!("{min} 至 {max} 个月"), format!("{min} to {max} months"))
                };
                Text::new(
                    format!("{day} 决定的{}期限为 {lawful_zh}（{cite}），{months} 个月超出此范围", measure.zh),
                    format!("the {} decided on {day} lasts {lawful_en} ({cite}); {months} is outside that range", measure.en),
                )
            }
            BarYearsOutOfRange { termination, barred, day, min, max, cite, years } => Text::new(
                format!("{day} 决定的{}后 {min} 至 {max} 年内{}（{cite}），{years} 年超出此范围", termination.zh, barred.zh),
                format!("the termination decided on {day} bars a new agreement for {min} to {max} years ({cite}); {years} is outside that range"),
            ),
            NoPointsHere { document } => Text::new(
                format!("{document}不记分，只规定罚款和处理措施；请删去{}", match style { Style::Api => " points", Style::Form => "分值" }),
                format!("{document} scores no points: it sets fines and measures; leave {} out", f(Field::Points).en),
            ),
            Said(text) => text.clone(),
        }
    }
}

/// A JSON key or value shown to command-line readers in full-width brackets, and left
/// out of the form's words: `（general）`.
fn api_key(style: Style, key: &str) -> String {
    match style {
        Style::Api => format!("（{key}）"),
        Style::Form => String::new(),
    }
}

/// The versions this calculator reads, in words ("第 1 版", "versions 1 to 2").
fn versions(newest: u64, lang: Lang) -> String {
    match (newest, lang) {
        (1, Lang::Zh) => "第 1 版".to_string(),
        (1, Lang::En) => "version 1".to_string(),
        (last, Lang::Zh) => format!("第 1 至 {last} 版"),
        (last, Lang::En) => format!("versions 1 to {last}"),
    }
}

/// A lawful range in words.
pub(crate) fn range_text([low, high]: [u32; 2], lang: Lang) -> String {
    match (low == high, lang) {
        (true, Lang::Zh) => format!("只能为 {low} 分"),
        (true, Lang::En) => format!("exactly {low}"),
        (false, Lang::Zh) => format!("{low}—{high} 分"),
        (false, Lang::En) => format!("{low}–{high}"),
    }
}

/// The JSON parser's complaint in Chinese: its categories, the rest as it is.
fn json_fault_zh(what: &str) -> String {
    const FAULTS: &[(&str, &str)] = &[
        ("EOF while parsing a list", "列表未结束（缺少 ]）"),
        ("EOF while parsing an object", "对象未结束（缺少 }）"),
        ("EOF while parsing a string", "字符串未结束（缺少引号）"),
        ("EOF while parsing a value", "内容不完整"),
        ("expected value", "此处应为一个值"),
        ("expected `,` or `]`", "此处应为逗号或 ]"),
        ("expected `,` or `}`", "此处应为逗号或 }"),
        ("expected `:`", "此处应为冒号"),
        ("key must be a string", "字段名应为带引号的字符串"),
        ("trailing comma", "多余的逗号"),
        ("trailing characters", "内容结束后还有多余的字符"),
        ("invalid escape", "无效的转义字符"),
        ("invalid number", "无效的数字"),
        (
            "control character (\\u0000-\\u001F) found while parsing a string",
            "字符串中含有控制字符",
        ),
        ("expected ident", "无效的值（应为 true、false 或 null）"),
    ];
    FAULTS
        .iter()
        .find(|(en, _)| what.starts_with(en))
        .map_or_else(|| what.to_string(), |(_, zh)| zh.to_string())
}
