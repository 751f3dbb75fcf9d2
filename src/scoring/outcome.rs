//! The result of an evaluation, in the format of the spec's `README.md`.
//!
//! Every field the spec names is here; a few more (`text_zh`, `message_zh`,
//! `path`, `next.points_needed` …) help the app explain the result in Chinese.

use chrono::NaiveDate;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::regimes::RegimeId;
use super::text::{serialize_pair, Text};

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
    /// The standing once every decision of the case has been made and every measure
    /// decided has begun (spec v2, v3): `status` on the latest of the day after the
    /// latest decision, real or projected, and the start of the latest-starting measure,
    /// when that day is after `as_of`; `null` otherwise.
    pub outlook: Option<Outlook>,
    /// The outlook as if a pending decision came on the earliest day the law allows, when
    /// that day lies in another scoring period than the projected one (spec v3 "The year
    /// may change"); `null` otherwise.
    pub outlook_alternative: Option<Outlook>,
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
    /// What it adds to its period's total: `points` when counted, 0 when not, the
    /// difference for a later same-inspection decision (spec v3); `null` for 沪2020.
    pub added: Option<u32>,
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
    /// The order says 处以 / 并处以: a fine in the range must follow (spec v3); false
    /// where it says 可处以 (a warning or a fine, the office chooses) or sets no fine.
    pub fine_required: bool,
    pub measures: Vec<&'static str>,
}

/// One step of a computation. Serialised as `{text, text_zh, cite}` (English, Chinese).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The step in both languages.
    pub text: Text,
    /// The article applied, in the document's own numbering.
    pub cite: String,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Step", 3)?;
        serialize_pair(&mut out, &self.text, "text", "text_zh")?;
        out.serialize_field("cite", &self.cite)?;
        out.end()
    }
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The last day.
    pub due: NaiveDate,
    /// The first day, where the law sets a window.
    pub opens: Option<NaiveDate>,
    /// The incident's id, for deadlines that follow an incident.
    pub incident: Option<String>,
    /// The index in `sanctions`, for deadlines that follow a measure.
    pub sanction: Option<usize>,
    /// The index in the case's `resumption_requests`, for a `resumption_decision`.
    pub request: Option<usize>,
    /// Who acts: `person`, `institution` or `agency`.
    pub actor: Actor,
    /// True when the deadline follows from a projected decision.
    pub projected: bool,
    /// The day the case records the act that meets it (spec v3): an objection filed in
    /// time, a resumption request in its window, a decision, a restoration.
    pub done_on: Option<NaiveDate>,
    pub cite: String,
    /// The rule, e.g. "10 working days after the notice" (serialised as `text` and
    /// `text_zh`).
    pub text: Text,
}

impl Serialize for Deadline {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Deadline", 13)?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("due", &self.due)?;
        if let Some(opens) = &self.opens {
            out.serialize_field("opens", opens)?;
        }
        if let Some(incident) = &self.incident {
            out.serialize_field("incident", incident)?;
        }
        if let Some(sanction) = &self.sanction {
            out.serialize_field("sanction", sanction)?;
        }
        if let Some(request) = &self.request {
            out.serialize_field("request", request)?;
        }
        out.serialize_field("actor", &self.actor)?;
        out.serialize_field("projected", &self.projected)?;
        if let Some(done_on) = &self.done_on {
            out.serialize_field("done_on", done_on)?;
        }
        out.serialize_field("cite", &self.cite)?;
        serialize_pair(&mut out, &self.text, "text", "text_zh")?;
        out.end()
    }
}

/// A person's standing on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    /// No measure confines the person.
    Normal,
    /// 沪2023 离岗培训.
    Training,
    /// A suspension covers the day.
    Suspended,
    /// A termination's bar covers the day.
    Terminated,
    /// A measure's term is over, but the act that restores the person has not happened
    /// (spec v3 "After a measure's term").
    RestorationPending,
}

/// What restores a person whose measure's term is over (spec v3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Awaiting {
    /// 沪2025 第三十条: 终止资格恢复的，需重新作出承诺和登记备案.
    Reregistration,
    /// 温州 第十条第二款, 济宁 五（二）: a new service agreement, which the bar only allows.
    NewAgreement,
    /// 沪2023 第五条: 考核合格并上报医保系统备案.
    Assessment,
    /// 沪2025 第三十条: the agency's decision on a resumption request not made in time.
    ResumptionDecision,
}

impl Awaiting {
    /// The spec's code, e.g. `"reregistration"`.
    pub fn code(self) -> &'static str {
        match self {
            Awaiting::Reregistration => "reregistration",
            Awaiting::NewAgreement => "new_agreement",
            Awaiting::Assessment => "assessment",
            Awaiting::ResumptionDecision => "resumption_decision",
        }
    }
}

impl State {
    /// The spec's code, e.g. `"suspended"`.
    pub fn code(self) -> &'static str {
        match self {
            State::Normal => "normal",
            State::Training => "training",
            State::Suspended => "suspended",
            State::Terminated => "terminated",
            State::RestorationPending => "restoration_pending",
        }
    }
}

/// The spec's code.
impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The standing on `as_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Status {
    /// `terminated`, `suspended`, `training` (沪2023 离岗培训) or `normal`, in that
    /// order of precedence: every measure counts to its own last day.
    pub state: State,
    /// The period containing `as_of`; `null` for 沪2020.
    pub period: Option<String>,
    /// The running total on `as_of` in that period; `null` for 沪2020.
    pub total: Option<u32>,
    /// 12 − total for the deduction regimes.
    pub remaining: Option<u32>,
    /// The nearest band above the total; `null` at the top.
    pub next: Option<NextBand>,
    /// Index in `sanctions` of the measure that gives `state` (the heaviest in force,
    /// then the latest to end; for `restoration_pending`, the one whose term ended), if any.
    pub measure: Option<usize>,
    /// With `restoration_pending` only: what restores the person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub awaiting: Option<Awaiting>,
    /// With `restoration_pending` only: the wait's first day, the day after the measure's
    /// last (an extension's included: 温州 第十条, to the agreement's end). Not in the
    /// result format; the app's timeline draws the wait from it.
    #[serde(skip)]
    pub awaiting_since: Option<NaiveDate>,
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

/// Something the user must know that does not stop the computation. Serialised as
/// `{code, message, message_zh, path?, suggested_regime?}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub code: &'static str,
    /// The id of the incident it is about, if it is about one.
    pub incident: Option<String>,
    /// What to know, in words (the field it concerns is `path`, never named in them; the
    /// incident is `incident`, named by [`Warning::message`]).
    pub message: Text,
    /// The field it concerns, e.g. `incidents[0].occurred_on`, when there is one.
    pub path: Option<String>,
    /// For `regime_not_in_force`: the regime in force on that date, when there is one.
    pub suggested_regime: Option<RegimeId>,
}

impl Warning {
    /// The whole message as the command line prints it: the incident by its id
    /// (`事件 a：…`, `incident a: …`), then the words.
    pub fn full(&self) -> Text {
        self.naming(|id| Text::new(format!("事件 {id}"), format!("incident {id}")))
    }

    /// The whole message, the incident named by `name` (the form calls it by its place:
    /// 事件 1), English starting with a capital.
    pub fn naming(&self, name: impl Fn(&str) -> Text) -> Text {
        match &self.incident {
            Some(id) => {
                let who = name(id);
                Text::new(
                    format!("{}：{}", who.zh, self.message.zh),
                    format!("{}: {}", who.en, self.message.en),
                )
            }
            None => self.message.clone(),
        }
    }

    /// The message in a style: as the command line prints it, or for the form (its
    /// English starting with a capital, as a sentence beside the field).
    pub fn text(&self, style: crate::scoring::error::Style) -> Text {
        match style {
            crate::scoring::error::Style::Api => self.full(),
            crate::scoring::error::Style::Form => crate::scoring::words::heading(self.full()),
        }
    }
}

impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("Warning", 5)?;
        out.serialize_field("code", self.code)?;
        serialize_pair(&mut out, &self.full(), "message", "message_zh")?;
        if let Some(path) = &self.path {
            out.serialize_field("path", path)?;
        }
        if let Some(regime) = &self.suggested_regime {
            out.serialize_field("suggested_regime", regime)?;
        }
        out.end()
    }
}
