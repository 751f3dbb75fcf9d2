//! The case (input): one person's incidents under one regime, and the fields of its
//! format ([`Field`]), each with its key and its name in words. [`Case::from_json`]
//! (in `parse`) reads one from JSON, with an error that names the field for anything
//! wrong.

use chrono::NaiveDate;

use super::catalogue::Item;
use super::regimes::RegimeId;
use super::text::Text;

mod json;
mod parse;

pub use parse::parse_date;

/// The newest case-format version this build reads. Files without `version` are version 1.
pub const FORMAT_VERSION: u64 = 1;

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
    /// The days the person applied to be restored (沪2025 第三十条, 温州 第十条); `None`
    /// when the case does not say (a timely request is assumed), `Some(vec![])` when it
    /// says that none was made.
    pub resumption_requests: Option<Vec<ResumptionRequest>>,
    /// The days the person was restored by the act the law requires after a measure's
    /// term (spec v3 "After a measure's term").
    pub restorations: Vec<Restoration>,
    /// The day the current service agreement expires (温州 第八条, 第十条).
    pub agreement_end: Option<NaiveDate>,
}

impl Case {
    /// The resumption requests given, none when the case does not say.
    pub fn requests(&self) -> &[ResumptionRequest] {
        self.resumption_requests.as_deref().unwrap_or_default()
    }
}

/// A restoration after a measure's term: 考核合格并上报备案 (沪2023), 资格恢复 or 重新承诺和
/// 登记备案 (沪2025), a new 服务协议 (温州, 济宁).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restoration {
    pub on: NaiveDate,
    /// The index in the input.
    pub index: usize,
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
    "restorations",
    "agreement_end",
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

/// A field of the case format: its JSON key, and its name as the form shows it. The one
/// vocabulary of fields — the parser's messages, the form's labels and which fields a
/// regime uses ([`crate::scoring::RegimeInfo::uses`]) all speak of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    // The case.
    Version,
    Title,
    Regime,
    AsOf,
    Incidents,
    Repairs,
    AgreementStart,
    History,
    BirthDate,
    /// 沪2025 第三十条, 温州 第十条: the days the person applied to be restored.
    ResumptionRequests,
    /// The days the person was restored after a measure's term (spec v3).
    Restorations,
    /// 温州: the day the service agreement expires.
    AgreementEnd,
    // An incident.
    Id,
    Item,
    /// One act matching several items (沪2025 第十一条, 济宁 四).
    Items,
    DecidedOn,
    OccurredOn,
    Inspection,
    Site,
    Responsibility,
    Adjustment,
    /// The office's chosen value (沪2025), or an earlier decision's points.
    Points,
    Severe,
    Fraud,
    Serious,
    AmountYuan,
    Months,
    /// 济宁 五（二）: the bar of 1–2 years the office chose.
    BarYears,
    NotifiedOn,
    ObjectionFiledOn,
    Note,
    // A repair, a history entry, a request.
    Kind,
    On,
    Period,
}

impl Field {
    /// Every field.
    pub const ALL: [Field; 34] = [
        Field::Version,
        Field::Title,
        Field::Regime,
        Field::AsOf,
        Field::Incidents,
        Field::Repairs,
        Field::AgreementStart,
        Field::History,
        Field::BirthDate,
        Field::ResumptionRequests,
        Field::Restorations,
        Field::AgreementEnd,
        Field::Id,
        Field::Item,
        Field::Items,
        Field::DecidedOn,
        Field::OccurredOn,
        Field::Inspection,
        Field::Site,
        Field::Responsibility,
        Field::Adjustment,
        Field::Points,
        Field::Severe,
        Field::Fraud,
        Field::Serious,
        Field::AmountYuan,
        Field::Months,
        Field::BarYears,
        Field::NotifiedOn,
        Field::ObjectionFiledOn,
        Field::Note,
        Field::Kind,
        Field::On,
        Field::Period,
    ];

    /// The JSON key, e.g. `decided_on`.
    pub fn key(self) -> &'static str {
        match self {
            Field::Version => "version",
            Field::Title => "title",
            Field::Regime => "regime",
            Field::AsOf => "as_of",
            Field::Incidents => "incidents",
            Field::Repairs => "repairs",
            Field::AgreementStart => "agreement_start",
            Field::History => "history",
            Field::BirthDate => "birth_date",
            Field::ResumptionRequests => "resumption_requests",
            Field::Restorations => "restorations",
            Field::AgreementEnd => "agreement_end",
            Field::Id => "id",
            Field::Item => "item",
            Field::Items => "items",
            Field::DecidedOn => "decided_on",
            Field::OccurredOn => "occurred_on",
            Field::Inspection => "inspection",
            Field::Site => "site",
            Field::Responsibility => "responsibility",
            Field::Adjustment => "adjustment",
            Field::Points => "points",
            Field::Severe => "severe",
            Field::Fraud => "fraud",
            Field::Serious => "serious",
            Field::AmountYuan => "amount_yuan",
            Field::Months => "months",
            Field::BarYears => "bar_years",
            Field::NotifiedOn => "notified_on",
            Field::ObjectionFiledOn => "objection_filed_on",
            Field::Note => "note",
            Field::Kind => "kind",
            Field::On => "on",
            Field::Period => "period",
        }
    }

    /// The field with this key.
    ///
    /// ```
    /// use jifen::scoring::case::Field;
    /// assert_eq!(Field::from_key("decided_on"), Some(Field::DecidedOn));
    /// assert_eq!(Field::from_key("decided"), None);
    /// ```
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The field's name in words, as the form calls it.
    pub fn words(self) -> Text {
        let (zh, en) = match self {
            Field::Version => ("格式版本", "the format version"),
            Field::Title => ("标题", "the title"),
            Field::Regime => ("记分制度", "the regime"),
            Field::AsOf => ("查询日期", "the standing date"),
            Field::Incidents => ("违规事件", "the incidents"),
            Field::Repairs => ("记分修复", "the repairs"),
            Field::AgreementStart => ("服务协议起始日", "the agreement start"),
            Field::History => ("此前年度", "the earlier years"),
            Field::BirthDate => ("出生日期", "the date of birth"),
            Field::ResumptionRequests => ("资格恢复申请", "the requests to resume"),
            Field::Restorations => ("恢复日期", "the days restored"),
            Field::AgreementEnd => ("服务协议期满日", "the agreement's end"),
            Field::Id => ("编号", "the label"),
            Field::Item | Field::Items => ("违规条目", "the item"),
            Field::DecidedOn => ("记分决定日期", "the decision date"),
            Field::OccurredOn => ("违规行为发生日期", "the date of the act"),
            Field::Inspection => ("监督检查", "the inspection"),
            Field::Site => ("执业机构", "the institution"),
            Field::Responsibility => ("责任程度", "the responsibility"),
            Field::Adjustment => ("从轻或从重", "the adjustment"),
            Field::Points => ("分值", "the points"),
            Field::Severe => ("情节严重", "severe"),
            Field::Fraud => ("欺诈骗保", "fraud"),
            Field::Serious => ("违规情节严重", "serious"),
            Field::AmountYuan => ("涉及金额（元）", "the amount"),
            Field::Months => ("期限（月）", "the months"),
            Field::BarYears => ("不得再次签约或登记的年数", "the years barred"),
            Field::NotifiedOn => ("收到记分告知的日期", "the notice date"),
            Field::ObjectionFiledOn => ("提出异议的日期", "the objection date"),
            Field::Note => ("备注", "the note"),
            Field::Kind => ("方式", "the kind"),
            Field::On => ("日期", "the date"),
            Field::Period => ("记分周期", "the period"),
        };
        Text::fixed(zh, en)
    }

    /// The field as a message names it: by its key for the command line (分值（points）,
    /// points), by its words in the form (分值, the points).
    pub fn named(self, style: crate::scoring::error::Style) -> Text {
        let words = self.words();
        match style {
            crate::scoring::error::Style::Api => {
                Text::new(format!("{}（{}）", words.zh, self.key()), self.key())
            }
            crate::scoring::error::Style::Form => words,
        }
    }

    /// Whether some regimes use the field and others not (the rest every regime uses).
    pub fn depends_on_regime(self) -> bool {
        matches!(
            self,
            Field::Repairs
                | Field::AgreementStart
                | Field::History
                | Field::BirthDate
                | Field::ResumptionRequests
                | Field::Restorations
                | Field::AgreementEnd
                | Field::Items
                | Field::Inspection
                | Field::Site
                | Field::Responsibility
                | Field::Adjustment
                | Field::Points
                | Field::Severe
                | Field::Fraud
                | Field::Serious
                | Field::AmountYuan
                | Field::Months
                | Field::BarYears
                | Field::ObjectionFiledOn
        )
    }
}
