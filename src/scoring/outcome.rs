//! The result of an evaluation, in the format of the spec's `README.md`.
//!
//! Every field the spec names is here; a few more (`text_zh`, `message_zh`,
//! `path`, `next.points_needed` …) help the app explain the result in Chinese.

use chrono::NaiveDate;
use serde::Serialize;

use super::regimes::RegimeId;

/// The result of evaluating one case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub regime: RegimeId,
    pub as_of: NaiveDate,
    pub incidents: Vec<IncidentResult>,
    pub periods: Vec<PeriodResult>,
    pub sanctions: Vec<Sanction>,
    pub deadlines: Vec<Deadline>,
    pub status: Status,
    /// The standing once every decision of the case has been made (spec v2): `status` on
    /// the day after the latest decision, real or projected, when that day is after
    /// `as_of`; `null` otherwise.
    pub outlook: Option<Outlook>,
    pub flags: Vec<Flag>,
    pub warnings: Vec<Warning>,
}

/// What one incident adds (or deducts), and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IncidentResult {
    pub id: String,
    /// The points the incident scores; `null` for 沪2020, which has none.
    pub points: Option<u32>,
    /// The lawful range `[low, high]`; `null` for 沪2020.
    pub range: Option<[u32; 2]>,
    /// False when a rule absorbs the incident (沪2023 第三条, same inspection).
    pub counted: bool,
    /// The label of its scoring period; `null` for 沪2020.
    pub period: Option<String>,
    /// The day the points take effect: the decision's day, or its projected day.
    pub decided_on: NaiveDate,
    /// True when no decision is given and `decided_on` is projected from the notice
    /// (spec "Pending decisions").
    pub projected: bool,
    /// The item that gave the points (the highest of `items`); `null` for an earlier
    /// decision given by its points alone.
    pub item: Option<String>,
    /// The steps of the computation, each citing its article.
    pub trace: Vec<Step>,
    #[serde(flatten)]
    pub fine: Option<FineResult>,
}

/// 沪2020: the fine and measures one act exposes the party to. The office *may* impose
/// them ("可以"): the fine is a range it chooses from, not a minimum that must follow.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FineResult {
    /// Lowest fine in yuan; `null` where the article sets no fine (第二十一条).
    pub fine_min: Option<serde_json::Number>,
    /// Highest fine in yuan; `null` where the article sets no fine.
    pub fine_max: Option<serde_json::Number>,
    /// A warning may be given instead of a fine.
    pub warning_possible: bool,
    pub measures: Vec<&'static str>,
}

/// One step of a computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The step in English.
    pub text: String,
    /// The step in Chinese.
    pub text_zh: String,
    /// The article applied, in the document's own numbering.
    pub cite: String,
}

/// A scoring period that holds incidents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PeriodResult {
    pub period: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The running total at the end of the period, after repairs and resets.
    pub total: u32,
    /// 12 − total, never below 0, for the deduction regimes; `null` otherwise.
    pub remaining: Option<u32>,
    /// The running total after each day that changed it (decisions, repairs, resets),
    /// for drawing the period's timeline.
    pub running: Vec<RunningTotal>,
}

/// The running total of a period after one day's changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RunningTotal {
    pub date: NaiveDate,
    pub total: u32,
}

/// The kinds of sanction, as named by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SanctionKind {
    /// 通报.
    Notice,
    /// 约谈.
    Interview,
    /// 告诫 / 重点监管.
    Warning,
    /// 离岗培训.
    Training,
    /// 暂停 / 中止.
    Suspension,
    /// 终止 / 解除.
    Termination,
    /// 改变记帐结算方式 (沪2020).
    SettlementChange,
}

impl SanctionKind {
    /// The spec's code, e.g. `"suspension"`.
    pub fn code(self) -> &'static str {
        match self {
            SanctionKind::Notice => "notice",
            SanctionKind::Interview => "interview",
            SanctionKind::Warning => "warning",
            SanctionKind::Training => "training",
            SanctionKind::Suspension => "suspension",
            SanctionKind::Termination => "termination",
            SanctionKind::SettlementChange => "settlement_change",
        }
    }

    /// The Chinese name.
    pub fn zh(self) -> &'static str {
        match self {
            SanctionKind::Notice => "通报",
            SanctionKind::Interview => "约谈",
            SanctionKind::Warning => "告诫",
            SanctionKind::Training => "离岗培训",
            SanctionKind::Suspension => "暂停",
            SanctionKind::Termination => "终止",
            SanctionKind::SettlementChange => "改变记帐结算方式",
        }
    }
}

/// A measure decided on a band or by a fine rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sanction {
    pub kind: SanctionKind,
    pub decided_on: NaiveDate,
    /// The id of the incident whose decision triggered it.
    pub trigger: String,
    pub cite: String,
    /// The measure as the seed words it.
    pub text: String,
    /// English gloss.
    pub gloss: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    #[serde(flatten)]
    pub months: Option<MonthsMeasure>,
    #[serde(flatten)]
    pub bar: Option<TerminationBar>,
    /// A mark for display: from this day a later measure also applies. The measure
    /// still counts to its own last day (spec v2: a later measure never shortens an
    /// earlier one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_on: Option<NaiveDate>,
    /// True when a projected decision of its period falls on or before its own decision.
    pub projected: bool,
    /// True when the law says the office *may* impose it (可以) rather than shall.
    pub discretionary: bool,
    /// True for a 温州 suspension extended for want of a resumption request (第十条):
    /// it stays in force after `end`, until the agreement expires.
    pub extended: bool,
    /// How the measure and its dates were reached, each step citing its article.
    pub trace: Vec<Step>,
}

/// The dates of a measure that lasts a number of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MonthsMeasure {
    /// The duration used: the triggering incident's `months`, else the smallest lawful value.
    pub months: u32,
    pub min_months: u32,
    pub max_months: u32,
    /// Last day with `months`.
    pub end: NaiveDate,
    /// Last day with `max_months`.
    pub latest_end: NaiveDate,
    /// Last day after the largest shortening a repair allows; `end` when none.
    pub earliest_end: NaiveDate,
}

/// The re-registration bar that follows a termination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TerminationBar {
    /// One incident of the deciding decision scored 12 or more (一次性记满/扣满 12 分), in
    /// every regime; only 沪2025 第十四条（三） gives it a longer bar.
    pub one_shot: bool,
    /// The bar used: the office's `bar_years` where the law gives a range (济宁), else
    /// the smallest lawful value.
    pub bar_years: u32,
    pub bar_max_years: u32,
    /// Last day of the bar with `bar_years`.
    pub bar_until: NaiveDate,
    /// Last day of the bar after a repair's shortening; `bar_until` when none.
    pub bar_earliest_until: NaiveDate,
    /// Last day of the bar with `bar_max_years`.
    pub bar_latest_until: NaiveDate,
}

/// The kinds of deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// 复核申请 / 陈述申辩 / 书面异议.
    Objection,
    /// The agency's final decision (沪2025 第十八条、第十九条).
    AgencyDecision,
    /// The office's review of an objection (沪2023 第七条).
    Review,
    /// 资格恢复申请 / 恢复履行申请.
    ResumptionRequest,
    /// The final decision reaches the institution (沪2025 第二十一条).
    DecisionDelivery,
    /// The institution updates the registration and interviews the person (沪2025 第二十二条).
    RegistrationUpdate,
    /// The agency decides on a resumption request (沪2025 第三十条, 温州 第十条).
    ResumptionDecision,
}

impl DeadlineKind {
    /// The spec's code, e.g. `"objection"`.
    pub fn code(self) -> &'static str {
        match self {
            DeadlineKind::Objection => "objection",
            DeadlineKind::AgencyDecision => "agency_decision",
            DeadlineKind::Review => "review",
            DeadlineKind::ResumptionRequest => "resumption_request",
            DeadlineKind::DecisionDelivery => "decision_delivery",
            DeadlineKind::RegistrationUpdate => "registration_update",
            DeadlineKind::ResumptionDecision => "resumption_decision",
        }
    }
}

/// Who must act by a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    /// The person scored.
    Person,
    /// The person's designated institution.
    Institution,
    /// The insurance agency or office.
    Agency,
}

/// A last day by which someone must act.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The last day.
    pub due: NaiveDate,
    /// The first day, where the law sets a window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens: Option<NaiveDate>,
    /// The incident's id, for deadlines that follow an incident.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incident: Option<String>,
    /// The index in `sanctions`, for deadlines that follow a measure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sanction: Option<usize>,
    /// The index in the case's `resumption_requests`, for a `resumption_decision`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<usize>,
    /// Who acts: `person`, `institution` or `agency`.
    pub actor: Actor,
    /// True when the deadline follows from a projected decision.
    pub projected: bool,
    pub cite: String,
    /// The rule in English, e.g. "10 working days after the notice".
    pub text: String,
    /// The rule in Chinese.
    pub text_zh: String,
}

/// The standing on `as_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    /// `terminated`, `suspended`, `training` (沪2023 离岗培训) or `normal`, in that
    /// order of precedence: every measure counts to its own last day.
    pub state: &'static str,
    /// The period containing `as_of`; `null` for 沪2020.
    pub period: Option<String>,
    /// The running total on `as_of` in that period; `null` for 沪2020.
    pub total: Option<u32>,
    /// 12 − total for the deduction regimes.
    pub remaining: Option<u32>,
    /// The nearest band above the total; `null` at the top.
    pub next: Option<NextBand>,
    /// Index in `sanctions` of the measure that gives `state` (the heaviest in force,
    /// then the latest to end), if any.
    pub measure: Option<usize>,
    /// 济宁 三（三): `closed_book` under 50, else `open_book`; `null` elsewhere.
    pub exam_format: Option<&'static str>,
}

/// The standing once every decision has been made: `status` on the day `on`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outlook {
    /// The day after the latest decision, real or projected.
    pub on: NaiveDate,
    #[serde(flatten)]
    pub status: Status,
}

/// The nearest band above a total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextBand {
    /// The total at which it starts.
    pub at: u32,
    /// Points still to go: `at − total`.
    pub points_needed: u32,
    /// The kind of measure it decides.
    pub measure: SanctionKind,
    pub cite: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_months: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bar_years: Option<u32>,
}

/// A fact about the person's institution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flag {
    pub code: &'static str,
    pub period: String,
    pub cite: &'static str,
}

/// Something the user must know that does not stop the computation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub code: &'static str,
    pub message: String,
    pub message_zh: String,
    /// The field it concerns, e.g. `incidents[0].occurred_on`, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// For `regime_not_in_force`: the regime in force on that date, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub suggested_regime: Option<RegimeId>,
}
