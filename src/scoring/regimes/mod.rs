//! The five regimes. Each file holds everything about its document: its catalogue,
//! bands and dates in force, its procedure and deadlines, the fields its form uses, its
//! own words, and the few rule functions the data cannot say (`Rules`), each beside the
//! article it encodes. The engine, the app, the guide, the quiz and the what-if ask the
//! regime; nothing else names one.
//!
//! A sixth regime is one new file that provides a `pub static REGIME: RegimeInfo` (with
//! its `Rules`) and one variant of [`RegimeId`] (ARCHITECTURE.md lists what the file
//! provides).

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::case::{Case, Field, Incident};
use super::catalogue::{Clause, Item, Provision};
use super::engine::{band_step, Decision, Measure, Notes, Periods, Reached, Scored};
use super::error::CaseError;
use super::outcome::{
    Actor, Awaiting, Deadline, DeadlineKind, Evaluation, Flag, Sanction, SanctionKind,
};
use super::text::Text;

pub mod jining_2024;
pub mod shanghai_2020;
pub mod shanghai_2023;
pub mod shanghai_2025;
pub mod wenzhou_2014;

/// The regimes the calculator knows, by their spec id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RegimeId {
    #[serde(rename = "shanghai-2023")]
    Shanghai2023,
    #[serde(rename = "shanghai-2025")]
    Shanghai2025,
    #[serde(rename = "wenzhou-2014")]
    Wenzhou2014,
    #[serde(rename = "jining-2024")]
    Jining2024,
    #[serde(rename = "shanghai-2020")]
    Shanghai2020,
}

impl RegimeId {
    /// Every regime, in the order the app lists them (newest Shanghai rules first).
    pub const ALL: [RegimeId; 5] = [
        RegimeId::Shanghai2025,
        RegimeId::Shanghai2023,
        RegimeId::Wenzhou2014,
        RegimeId::Jining2024,
        RegimeId::Shanghai2020,
    ];

    /// The regime a new case starts under: the first the app lists (沪2025).
    pub const FIRST: RegimeId = RegimeId::ALL[0];

    /// The regime with this spec id, e.g. `"shanghai-2025"`.
    ///
    /// ```
    /// use jifen::scoring::RegimeId;
    /// assert_eq!(RegimeId::parse("jining-2024"), Some(RegimeId::Jining2024));
    /// assert_eq!(RegimeId::parse("beijing-2024"), None);
    /// ```
    pub fn parse(id: &str) -> Option<RegimeId> {
        RegimeId::ALL.into_iter().find(|r| r.as_str() == id)
    }

    /// The spec id, e.g. `"shanghai-2025"`.
    pub fn as_str(self) -> &'static str {
        self.info().id
    }

    /// The regime's document, dates and rules as data.
    pub fn info(self) -> &'static RegimeInfo {
        match self {
            RegimeId::Shanghai2023 => &shanghai_2023::REGIME,
            RegimeId::Shanghai2025 => &shanghai_2025::REGIME,
            RegimeId::Wenzhou2014 => &wenzhou_2014::REGIME,
            RegimeId::Jining2024 => &jining_2024::REGIME,
            RegimeId::Shanghai2020 => &shanghai_2020::REGIME,
        }
    }

    /// How the app words the regime's document beyond its result ([`Wording`]).
    pub fn wording(self) -> &'static Wording {
        match self {
            RegimeId::Shanghai2023 => &shanghai_2023::WORDING,
            RegimeId::Shanghai2025 => &shanghai_2025::WORDING,
            RegimeId::Wenzhou2014 => &wenzhou_2014::WORDING,
            RegimeId::Jining2024 => &jining_2024::WORDING,
            RegimeId::Shanghai2020 => &shanghai_2020::WORDING,
        }
    }
}

/// How a regime counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counting {
    /// Points are added up from 0 in each period (沪2023, 沪2025).
    PointsAdded,
    /// 12 points are held at the start of each period and deducted (温州, 济宁).
    PointsDeducted,
    /// No points: fines and measures per act (沪2020).
    Fines,
}

/// The scoring period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// 自然年度: 1 January to 31 December.
    NaturalYear,
    /// 协议年度: from each anniversary of the person's agreement start (温州 第十三条).
    AgreementYear,
    /// No periods (沪2020).
    None,
}

/// The regime's document and the rules that are plain data.
#[derive(Debug, Serialize)]
pub struct RegimeInfo {
    /// Spec id, e.g. `shanghai-2025`.
    pub id: &'static str,
    /// The same, as the enum the code passes around.
    #[serde(skip)]
    pub regime: RegimeId,
    /// Document number, e.g. `沪医保规〔2025〕3号`.
    pub document: &'static str,
    /// Title, word for word from the seed.
    pub title: &'static str,
    /// English title.
    pub title_en: &'static str,
    /// Issuing offices.
    pub issuer: &'static str,
    /// Issuing offices in English.
    pub issuer_en: &'static str,
    /// Date of issue.
    pub issued_on: NaiveDate,
    /// First day in force.
    pub in_force_from: NaiveDate,
    /// Last day in force, when the document has one.
    pub in_force_until: Option<NaiveDate>,
    /// The article(s) that set the dates in force.
    pub in_force_cite: &'static str,
    /// Who the regime covers (Chinese).
    pub covers: &'static str,
    /// Who the regime covers (English).
    pub covers_en: &'static str,
    /// The seed file holding the original text (in `shared/seeds/`).
    pub seed: &'static str,
    pub counting: Counting,
    pub period: PeriodKind,
    /// The article that sets the period.
    pub period_cite: &'static str,
    /// The numbered items, grouped by clause.
    pub clauses: &'static [Clause],
    /// The bands on the running total, lowest first.
    pub bands: &'static [Band],
    /// The document's own words for its measures, standings and procedure.
    pub terms: Terms,
    /// The procedure: deadlines, projected decisions, delays, restoration, repairs.
    #[serde(skip)]
    pub procedure: Procedure,
    /// Where the responsibility's place in a tier is set, for a regime that scores by it
    /// (沪2025); empty elsewhere.
    #[serde(skip)]
    pub responsibility_cite: &'static str,
    /// The fields of the case format this regime uses beyond those every regime uses.
    #[serde(skip)]
    pub fields: &'static [Field],
    /// How the seed numbers its articles, and its extraction's fixes.
    #[serde(skip)]
    pub text_layout: TextLayout,
    /// The annual test the document sets for the people it scores, whose format depends
    /// on their age (济宁 三（三）), where it sets one; `None` elsewhere. The result's
    /// `status.exam_format` names the format on the day asked.
    #[serde(skip)]
    pub annual_test: Option<AnnualTest>,
    /// The rules the data cannot say.
    #[serde(skip)]
    pub(crate) rules: &'static dyn Rules,
    /// Conditions the document puts on scoring and on being restored, word for word,
    /// for showing beside the result they qualify.
    pub conditions: &'static [Condition],
    /// The other rules, each with the seed's own words (the period, one-shot rules, bars,
    /// the three-years rule, repairs, the procedure), in document order.
    pub provisions: &'static [Provision],
}

/// How the form, the regime picker, the teaching pages and the item search word a
/// document, beyond the [`Terms`] its result uses. Each regime's file has one, its
/// `WORDING`, beside its `REGIME` ([`RegimeInfo::wording`]): a static of its own, because
/// the JS API serialises the [`RegimeInfo`] and so carries everything it points to, while
/// only the app reads these (about 5 kB of text).
#[derive(Debug)]
pub struct Wording {
    /// Where the document applies, as the regime picker names it (上海, 温州, 济宁).
    pub place: Text,
    /// The form's words for this document's dates.
    pub form: FormWords,
    /// What the form says beside an incident's dates that only this document can say.
    pub form_notes: FormNotes,
    /// The hint under a field only this document uses, with the article it comes from
    /// (沪2023 fraud: 第四条第二款; 温州 serious: 第十条第三款、第十八条; …).
    pub field_hints: &'static [(Field, Text)],
    /// How the teaching pages word this document (the rules side by side, the quiz) and
    /// the examples its item search shows.
    pub teaching: Teaching,
}

/// How a document names its measures, the standings they give and its procedure: 沪2025
/// 暂停/终止医保支付资格 and 陈述申辩, 沪2023 暂停医保费用结算支付 and 复核申请, 温州 and 济宁
/// 中止/解除服务协议 and 书面异议. Nothing outside the regime's file writes these again.
#[derive(Debug, Clone, Serialize)]
pub struct Terms {
    /// The suspension measure.
    pub suspension: Text,
    /// The termination measure.
    pub termination: Text,
    /// The standing while suspended.
    pub suspended: Text,
    /// The standing while terminated (or barred).
    pub terminated: Text,
    /// The standing with no measure in force.
    pub normal: Text,
    /// The objection the person may raise.
    pub objection: Text,
    /// What the person receives first (the notice of the proposed points, or of the decision).
    pub notice: Text,
    /// The decision that makes the points count.
    pub decision: Text,
    /// What a termination bars, for its years (不得再次登记备案, 不再签订服务协议).
    pub barred: Text,
    /// The request to be restored (资格恢复申请, 恢复履行协议申请).
    pub resumption: Text,
    /// The standing after a measure's term, until the act that restores the person (spec
    /// v3: 待恢复医保支付资格, 待重新签订服务协议).
    pub pending: Text,
    /// The suspension in a word, for chart labels (暂停, 中止).
    pub suspension_short: Text,
    /// The termination in a word (终止, 解除).
    pub termination_short: Text,
    /// Where the bar's years are set, when that is not the band's own article (济宁 五（二）).
    pub bar_cite: &'static str,
}

/// The form's words that only this document can say: what its notice and decision are
/// called where the form asks for their dates, and what each date starts. Shown by the
/// app beside the fields [`RegimeInfo::uses`] lists.
#[derive(Debug, Clone)]
pub struct FormWords {
    /// The notice's date field, e.g. 收到记分告知的日期.
    pub notice_on: Text,
    /// What the notice's date starts, under its field.
    pub notice_hint: Text,
    /// The decision's date field, e.g. 最终记分处理决定日期.
    pub decision_on: Text,
    /// What the decision's date is, and what happens when it is left empty.
    pub decision_hint: Text,
    /// The objection's date field, e.g. 提出陈述申辩的日期.
    pub objection_on: Text,
    /// When to fill it in, and what a late one means.
    pub objection_hint: Text,
}

/// How the teaching pages word this document beyond its [`Terms`]: each measure as its
/// bands decide it (the rules side by side, the quiz's choices), what a termination bars
/// after its years, the objection and the notice as a question names them, and the
/// examples under the item search. Nothing outside the regime's file writes them again.
#[derive(Debug, Clone)]
pub struct Teaching {
    /// Each measure as the document's bands decide it, e.g. 沪2023 第五条（三）
    /// 医保部门约谈，离岗医保政策培训; a measure not listed is named by its kind.
    pub measures: &'static [(SanctionKind, Text)],
    /// What a termination bars, after its years (`3 年内` + 不得再次登记备案).
    pub bar: Text,
    /// The objection as a question asks for it: 陈述申辩, "a statement and defence (陈述申辩)".
    pub objection: Text,
    /// What the person receives first, as a question names it: 记分告知, "the notice of the
    /// points".
    pub notice: Text,
    /// How to search the items, shown as the search box's placeholder and hint.
    pub search: SearchExamples,
    /// Where the document says that a physician's points at several sites of practice
    /// (多点执业) add up, for the quiz's questions on sites; empty where it does not say.
    pub sites_cite: &'static str,
}

impl Teaching {
    /// The measure of `kind` in the document's words, where its bands decide one.
    pub fn measure(&self, kind: SanctionKind) -> Option<&Text> {
        self.measures
            .iter()
            .find_map(|(k, text)| (*k == kind).then_some(text))
    }
}

/// How to search a regime's items: a citation as its notices write it, that item's code,
/// and words in a person's own terms — each finds an item (`exchange::search`'s test).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchExamples {
    /// A citation, e.g. `第十三条（二）`.
    pub cite: &'static str,
    /// The code of the item it cites, e.g. `13.2`.
    pub code: &'static str,
    /// Words, `、`-separated, e.g. `冒名、骗保、带量采购`.
    pub words: &'static str,
}

/// What the form says beside an incident's dates that only this document can say: the
/// articles that put the decision and its notice in order (a date against that order is
/// most likely typed in the wrong field, and the form says so).
#[derive(Debug, Clone)]
pub struct FormNotes {
    /// The article(s) by which a decision without an objection comes only once the
    /// objection period has ended (沪2025 第十九条, 沪2023 第七条、第八条); empty where
    /// the decision comes before its notice (温州, 济宁) or there is no objection (沪2020).
    pub decision_after_objection: &'static str,
    /// The article that says the notice is of the decision itself (济宁 六（一）: 处理结果
    /// 书面通知), so that a notice dated before its decision is said; empty elsewhere.
    pub notice_after_decision: &'static str,
}

/// What a condition qualifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifies {
    /// Whether and how a person is scored at all.
    Scoring,
    /// A suspension or a termination, while it runs.
    Confinement,
    /// 沪2023 离岗培训.
    Training,
    /// Being restored after a measure.
    Restoring,
}

/// A condition a document puts on scoring or restoring, in its own words.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Condition {
    pub qualifies: Qualifies,
    pub cite: &'static str,
    /// The seed's own words.
    pub text: &'static str,
    /// English gloss.
    pub gloss: &'static str,
}

impl RegimeInfo {
    /// How the app words this document beyond its result ([`Wording`]).
    ///
    /// ```
    /// use jifen::scoring::RegimeId;
    /// assert_eq!(RegimeId::parse("wenzhou-2014").unwrap().info().wording().place.zh, "温州");
    /// ```
    pub fn wording(&self) -> &'static Wording {
        self.regime.wording()
    }

    /// Every item of the regime, in document order.
    pub fn items(&self) -> impl Iterator<Item = &'static Item> + '_ {
        self.clauses.iter().flat_map(|c| c.items.iter())
    }

    /// The item with this code.
    pub fn item(&self, code: &str) -> Option<&'static Item> {
        self.items().find(|i| i.code == code)
    }

    /// The index of the band holding `total` (0 = below every band).
    pub fn band_index(&self, total: u32) -> usize {
        self.bands.iter().take_while(|b| b.from <= total).count()
    }

    /// Whether the document is in force on `day` (from its first day to its last, both
    /// included).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jifen::scoring::RegimeId;
    ///
    /// let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let sh2023 = RegimeId::Shanghai2023.info();
    /// assert!(sh2023.in_force_on(day("2025-03-30")));
    /// assert!(!sh2023.in_force_on(day("2025-03-31")));
    /// assert!(RegimeId::Shanghai2025.info().in_force_on(day("2025-03-31")));
    /// ```
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        self.in_force_from <= day && !self.repealed_before(day)
    }

    /// The other document of the same place, counting the same way, in force on `day`:
    /// the one that took over from this one, or that this one took over from (沪2023 and
    /// 沪2025), for a day outside this one's dates.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use jifen::scoring::RegimeId;
    ///
    /// let day = |s: &str| s.parse::<NaiveDate>().unwrap();
    /// let sh2025 = RegimeId::parse("shanghai-2025").unwrap().info();
    /// assert_eq!(sh2025.counterpart_on(day("2025-02-10")).map(|r| r.id), Some("shanghai-2023"));
    /// assert!(sh2025.counterpart_on(day("2025-06-10")).is_none());
    /// ```
    pub fn counterpart_on(&self, day: NaiveDate) -> Option<&'static RegimeInfo> {
        if self.in_force_on(day) {
            return None;
        }
        let city = self.id.split('-').next().unwrap_or("");
        let fines = |info: &RegimeInfo| info.counting == Counting::Fines;
        RegimeId::ALL.iter().map(|r| r.info()).find(|other| {
            other.id != self.id
                && other.id.starts_with(city)
                && fines(other) == fines(self)
                && other.in_force_on(day)
        })
    }

    /// Whether the document's last day in force lies before `day`.
    pub fn repealed_before(&self, day: NaiveDate) -> bool {
        self.in_force_until.is_some_and(|until| until < day)
    }

    /// Whether the regime uses `field`. The fields every regime uses (the item, the
    /// dates of the decision, the act and the notice, the note) are always used; the
    /// others only where the regime lists them.
    ///
    /// ```
    /// use jifen::scoring::{case::Field, RegimeId};
    /// assert!(RegimeId::parse("shanghai-2025").unwrap().info().uses(Field::Repairs));
    /// assert!(!RegimeId::parse("jining-2024").unwrap().info().uses(Field::Repairs));
    /// ```
    pub fn uses(&self, field: Field) -> bool {
        !field.depends_on_regime() || self.fields.contains(&field)
    }

    /// What restores a person whose standing is `restoration_pending` (spec v3 "After a
    /// measure's term"): the rule of `procedure.after_term` for a measure of `after`
    /// awaiting `awaiting`, with its words, who acts and its article; any measure's rule
    /// where the measure is not known.
    ///
    /// ```
    /// use jifen::scoring::outcome::{Awaiting, SanctionKind};
    /// use jifen::scoring::RegimeId;
    /// let info = RegimeId::parse("shanghai-2025").unwrap().info();
    /// let rule = info
    ///     .after_term_rule(Some(SanctionKind::Termination), Awaiting::Reregistration)
    ///     .unwrap();
    /// assert_eq!(rule.cite, "第三十条");
    /// assert!(rule.text.zh.contains("重新作出承诺并登记备案"));
    /// ```
    pub fn after_term_rule(
        &self,
        after: Option<SanctionKind>,
        awaiting: Awaiting,
    ) -> Option<&'static AfterTerm> {
        let rules: &'static [AfterTerm] = self.procedure.after_term;
        rules
            .iter()
            .find(|r| r.awaiting == awaiting && after.is_none_or(|k| k == r.after))
            .or_else(|| rules.iter().find(|r| r.awaiting == awaiting))
    }

    /// Whether a notice alone is enough: the regime's notice comes before its decision,
    /// whose day is then projected (spec "Pending decisions": 沪2025, 沪2023).
    pub fn pending_decisions(&self) -> bool {
        self.procedure.projection.is_some()
    }

    /// The deadline rule for the objection, where the regime has one.
    pub fn objection_rule(&self) -> Option<&'static DeadlineRule> {
        self.procedure
            .deadlines
            .iter()
            .find(|r| r.kind == DeadlineKind::Objection)
    }

    /// The hint under a field of this document's own (see `field_hints`), if it has one.
    ///
    /// ```
    /// use jifen::scoring::{case::Field, RegimeId};
    /// let wenzhou = RegimeId::parse("wenzhou-2014").unwrap().info();
    /// assert!(wenzhou.field_hint(Field::Serious).unwrap().zh.contains("第十条第三款"));
    /// assert!(wenzhou.field_hint(Field::Fraud).is_none());
    /// ```
    pub fn field_hint(&self, field: Field) -> Option<&'static Text> {
        self.wording()
            .field_hints
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, hint)| hint)
    }

    /// The band holding `total`, if any.
    pub fn band(&self, total: u32) -> Option<&'static Band> {
        self.band_index(total)
            .checked_sub(1)
            .map(|i| &self.bands[i])
    }
}

/// A band of the running total and the measure it decides.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Band {
    /// Lowest total of the band.
    pub from: u32,
    /// Highest total of the band; `None` for "and above".
    pub to: Option<u32>,
    pub kind: SanctionKind,
    /// Where the band is set, e.g. `第十四条（二）1`.
    pub cite: &'static str,
    /// The seed's sentence for the band.
    pub text: &'static str,
    /// English gloss.
    pub gloss: &'static str,
    /// The measure's duration for a cumulative total.
    pub duration: Duration,
    /// The duration when one incident alone scored at least `from` (一次性记分, 沪2025 第十四条).
    pub one_shot: Option<Duration>,
}

/// How long a band's measure lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Duration {
    /// No duration (通报, 约谈, 告诫).
    None,
    /// A measure of `min` to `max` months (暂停, 中止, 离岗培训).
    Months { min: u32, max: u32 },
    /// A termination with a re-registration bar of `min` to `max` years.
    Bar { min: u32, max: u32 },
}

/// A deadline counted in working days from a day of an incident's procedure.
#[derive(Debug, Clone)]
pub struct DeadlineRule {
    pub kind: DeadlineKind,
    pub from: CountsFrom,
    pub working_days: u32,
    pub actor: Actor,
    pub cite: &'static str,
    /// The rule as the person reads it.
    pub text: Text,
}

/// Where an incident's deadline counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountsFrom {
    /// `notified_on`.
    Notice,
    /// `objection_filed_on`, when the objection was filed in time.
    Objection,
    /// The objection deadline, when no objection was filed in time (沪2025 第十九条).
    ObjectionDeadlineWithoutObjection,
    /// The decision's day, real or projected, of a counted incident (沪2025 第二十一条).
    Decision,
    /// The incident's `decision_delivery` deadline (沪2025 第二十二条: from the latest day
    /// the decision can reach the institution).
    Delivery,
}

impl CountsFrom {
    /// Whether the deadline comes before the decision (the notice's and objection's
    /// steps), from which a pending decision is projected.
    pub fn before_decision(self) -> bool {
        matches!(
            self,
            CountsFrom::Notice
                | CountsFrom::Objection
                | CountsFrom::ObjectionDeadlineWithoutObjection
        )
    }
}

/// The day a pending decision is projected on, from the last of the incident's
/// deadlines before its decision (spec "Pending decisions").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Projection {
    /// That deadline's last day: the latest the law allows (沪2025 第十八条、第十九条).
    OnItsDue,
    /// The first working day after it: the earliest the decision can follow (沪2023
    /// 第七条、第八条).
    DayAfterItsDue,
}

/// A measure that takes effect some working days after its decision (温州 第二十条).
#[derive(Debug, Clone, Copy)]
pub struct MeasureNotice {
    pub working_days: u32,
    pub cite: &'static str,
}

/// The request to be restored that a measure ending a stretch calls for.
#[derive(Debug, Clone)]
pub struct Resumption {
    /// The measures that call for one.
    pub after: &'static [SanctionKind],
    /// When it is due, counted in working days before the measure's last day.
    pub window: ResumptionWindow,
    pub cite: &'static str,
    /// The request's rule as the person reads it.
    pub text: Text,
    /// The agency decides each request within this many working days.
    pub decided_within: u32,
    /// The decision's rule as the person reads it.
    pub decision_text: Text,
}

/// When a resumption request is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResumptionWindow {
    /// By this many working days before the last day (沪2025 第三十条 "期满10个工作日前").
    DueBefore(u32),
    /// Within this many working days before the last day, that day included (温州 第十条
    /// "中止期满前 10 个工作日内").
    Within(u32),
}

/// Repairs that lower the total (沪2025 第二十九条).
#[derive(Debug, Clone)]
pub struct RepairRules {
    pub cite: &'static str,
    /// The exam: at most `cap` a year.
    pub exam: RepairRule,
    /// Participation in insurance management work: at most `cap` a year.
    pub participation: RepairRule,
    /// A running suspension or termination is shortened by at most this many months in a
    /// year.
    pub shortens_months: u32,
    /// How a repair is asked for and granted, in the document's words: who agrees
    /// first, and that the office *may* grant it.
    pub how: Text,
}

impl RepairRules {
    /// What a repair could still do for a measure not decided yet, said as the law has
    /// it: asked through the institution, granted at the office's discretion, never for
    /// 12 points at once.
    ///
    /// ```
    /// use jifen::scoring::RegimeId;
    ///
    /// let sh2025 = RegimeId::parse("shanghai-2025").unwrap().info();
    /// let advice = sh2025.procedure.repairs.as_ref().unwrap().before_the_decision();
    /// assert!(advice.zh.starts_with("决定作出前仍可申请记分修复"));
    /// assert!(advice.zh.contains("（第二十九条）"));
    /// ```
    pub fn before_the_decision(&self) -> Text {
        let (exam, work) = (&self.exam, &self.participation);
        Text::new(
            format!(
                "决定作出前仍可申请记分修复，或可避免或缩短处理：{}（{}）；{}可减免 {} 分，{}每次 1 分、至多 {} 次（{}、{}）。是否修复由经办机构复核决定，一次性记满 12 分的不予修复。",
                self.how.zh, self.cite, exam.what.zh, exam.cap, work.what.zh, work.cap, exam.cite, work.cite
            ),
            format!(
                "Before the decision you may still ask for a repair, which may avoid or shorten the measure: {} ({}); {} removes {} point, {} 1 point each time, at most {} times ({}, {}). The agency decides whether to grant it; 12 points at once cannot be repaired.",
                self.how.en,
                crate::scoring::words::cite_en(self.cite),
                exam.what.en,
                exam.cap,
                work.what.en,
                work.cap,
                crate::scoring::words::cite_en(exam.cite),
                crate::scoring::words::cite_en(work.cite)
            ),
        )
    }
}

/// One kind of repair and its yearly cap.
#[derive(Debug, Clone)]
pub struct RepairRule {
    pub cap: u32,
    pub cite: &'static str,
    /// What the person did, e.g. 通过考试.
    pub what: Text,
}

/// The procedure and its dates, as data.
#[derive(Debug, Clone)]
pub struct Procedure {
    /// The deadlines that follow each incident: its notice, objection, decision.
    pub deadlines: &'static [DeadlineRule],
    /// How a notice without a decision is projected; `None` where the notice follows
    /// the decision (温州, 济宁) or there is none (沪2020).
    pub projection: Option<Projection>,
    /// What the notice is of: the proposed points (before the decision) or the decision.
    pub notice_of_decision: bool,
    /// A delay before a suspension or termination takes effect.
    pub measure_notice: Option<MeasureNotice>,
    /// The request to be restored, where the regime has one.
    pub resumption: Option<Resumption>,
    /// Repairs, where the regime has them.
    pub repairs: Option<RepairRules>,
    /// The article under which a suspension reached at 12 resets the year's total when it
    /// ends (沪2023 第二条第三款).
    pub reset_after_suspension: Option<&'static str>,
    /// What restores a person after each kind of measure, where an act is needed.
    pub after_term: &'static [AfterTerm],
    /// The article that scores one act matching several items once, at the highest.
    pub several_items_cite: &'static str,
    /// The article that scores an earlier decision given by its points alone.
    pub points_cite: &'static str,
}

/// An annual test and its format by age: the words the app shows for `status.exam_format`
/// (`open_book`, `closed_book`), with the article that sets them.
#[derive(Debug, Clone)]
pub struct AnnualTest {
    pub cite: &'static str,
    /// The format from the person's 50th birthday (`open_book`).
    pub open_book: Text,
    /// The format before it (`closed_book`).
    pub closed_book: Text,
}

impl AnnualTest {
    /// The words for a format as the result names it (`open_book`, else closed-book).
    ///
    /// ```
    /// use jifen::scoring::RegimeId;
    /// let test = RegimeId::parse("jining-2024").unwrap().info().annual_test.as_ref().unwrap();
    /// assert_eq!(test.words("open_book").zh, "年度测试：开卷（已满 50 周岁）");
    /// assert_eq!(test.cite, "三（三）");
    /// ```
    pub fn words(&self, format: &str) -> &Text {
        if format == "open_book" {
            &self.open_book
        } else {
            &self.closed_book
        }
    }
}

/// What restores a person after a measure's term, where the law requires an act first
/// (spec v3 "After a measure's term").
#[derive(Debug, Clone)]
pub struct AfterTerm {
    /// The measure whose term it follows.
    pub after: SanctionKind,
    /// When the act is needed.
    pub when: NeededWhen,
    pub awaiting: Awaiting,
    /// Who must act.
    pub actor: Actor,
    pub cite: &'static str,
    /// What restores the person, in the document's words.
    pub text: Text,
}

/// When a measure's end needs an act before the person is restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NeededWhen {
    /// Always (a termination's bar, 沪2023's training and suspension).
    Always,
    /// When the case gives its resumption requests and none was made in time (沪2025
    /// 第三十条); a case that does not say assumes a timely one.
    WithoutTimelyRequest,
    /// When the measure was extended for want of a request and so ended with the
    /// agreement (温州 第十条 "直至协议期满解除").
    Extended,
}

/// How a seed numbers its articles, for splitting it into them (`law`).
#[derive(Debug, Clone, Copy)]
pub struct TextLayout {
    /// 第N条 articles, or 一、二、… sections (济宁).
    pub sections: bool,
    /// Words the extraction got wrong, and the published text's words, shown instead.
    pub fixes: &'static [(&'static str, &'static str)],
}

/// The rules of a regime that data cannot say: small functions beside the articles they
/// encode. Each has the common rule as its default, so a regime writes only its own.
pub(crate) trait Rules: Sync + fmt::Debug {
    /// The seed's text (native builds only: no wasm carries it, see `law::Texts`).
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str;

    /// The whole evaluation, for a regime that does not count points (沪2020's fines).
    fn evaluate(
        &self,
        _case: &Case,
        _as_of: NaiveDate,
        _notes: &mut Notes,
    ) -> Option<Result<Evaluation, CaseError>> {
        None
    }

    /// Scores one item: by default its fixed value, each time.
    fn score<'c>(
        &self,
        incident: &'c Incident,
        decision: Decision,
        item: &'static Item,
        _notes: &mut Notes,
    ) -> Scored<'c> {
        super::engine::fixed(self.info(), incident, decision, item)
    }

    /// Rules that absorb incidents once all are scored (沪2023 第三条).
    fn absorb(&self, _scored: &mut [Scored]) {}

    /// What a decision decides: by default, the band's own measure when the total moves
    /// into a higher band, and nothing otherwise.
    fn measure(&self, reached: &Reached) -> Option<Measure> {
        let band = reached.band?;
        if !reached.rose {
            return None;
        }
        let mut measure = Measure::of_band(band);
        measure.trace.push(band_step(band, reached.total));
        Some(measure)
    }

    /// The words of the warning that a pending decision is projected on `on` (after a
    /// timely objection when `objected`).
    fn projection_note(&self, _on: NaiveDate, _objected: bool) -> Text {
        Text::default()
    }

    /// What follows when a measure's resumption window closes (温州 第十条: extended
    /// without a request).
    fn resumption_window(
        &self,
        _case: &Case,
        _measure: &mut Sanction,
        _window: &Deadline,
        _notes: &mut Notes,
    ) {
    }

    /// Facts about the person's institution (济宁 六（三）).
    fn flags(&self, _scored: &[Scored], _periods: &Periods) -> Vec<Flag> {
        Vec::new()
    }

    /// The annual test's format on `day` (济宁 三（三）).
    fn exam_format(&self, _case: &Case, _day: NaiveDate) -> Option<&'static str> {
        None
    }

    /// The regime's data (for the defaults).
    fn info(&self) -> &'static RegimeInfo;
}

// The regimes' date literals (`ymd(2025, 4, 1)`): the calendar's, which scoring builds on.
pub(crate) use crate::calendar::ymd;

#[cfg(test)]
mod tests {
    use super::*;

    /// Each regime's data names the regime it is (a sixth file copied from another would
    /// otherwise show the other's words: `RegimeInfo::wording` goes through it).
    #[test]
    fn each_regime_names_itself() {
        for regime in RegimeId::ALL {
            assert_eq!(regime.info().regime, regime);
            assert_eq!(regime.info().wording().place, regime.wording().place);
            assert_eq!(RegimeId::parse(regime.info().id), Some(regime));
        }
    }

    /// The form asks only what the regime's law reads: the days a person was restored
    /// where some measure's end needs an act, the resumption requests where the regime
    /// has them, the agreement's end where a measure can run until it (温州 第十条).
    #[test]
    fn a_regimes_fields_follow_its_procedure() {
        for regime in RegimeId::ALL {
            let info = regime.info();
            let procedure = &info.procedure;
            assert_eq!(
                info.uses(Field::Restorations),
                !procedure.after_term.is_empty(),
                "{regime:?}: restorations"
            );
            assert_eq!(
                info.uses(Field::ResumptionRequests),
                procedure.resumption.is_some(),
                "{regime:?}: resumption_requests"
            );
            let until_agreement_end = procedure
                .after_term
                .iter()
                .any(|a| a.when == NeededWhen::Extended);
            assert_eq!(
                info.uses(Field::AgreementEnd),
                until_agreement_end,
                "{regime:?}: agreement_end"
            );
        }
    }
}
