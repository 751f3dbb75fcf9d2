//! The five regimes: each is data (its catalogue, bands and dates in force) beside
//! the articles they come from, plus the few rule functions the data cannot say.

use chrono::NaiveDate;
use serde::Serialize;

use super::catalogue::{Clause, Item, Provision};
use super::outcome::SanctionKind;

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
    /// Conditions the document puts on scoring and on being restored, word for word,
    /// for showing beside the result they qualify.
    pub conditions: &'static [Condition],
    /// The other rules, each with the seed's own words (the period, one-shot rules, bars,
    /// the three-years rule, repairs, the procedure), in document order.
    pub provisions: &'static [Provision],
}

/// A term in Chinese (the document's own word) and in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Term {
    pub zh: &'static str,
    pub en: &'static str,
}

/// Shorthand for a [`Term`] in a `static`.
pub(crate) const fn term(zh: &'static str, en: &'static str) -> Term {
    Term { zh, en }
}

/// How a document names its measures, the standings they give and its procedure: 沪2025
/// 暂停/终止医保支付资格 and 陈述申辩, 沪2023 暂停医保费用结算支付 and 复核申请, 温州 and 济宁
/// 中止/解除服务协议 and 书面异议.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Terms {
    /// The suspension measure.
    pub suspension: Term,
    /// The termination measure.
    pub termination: Term,
    /// The standing while suspended.
    pub suspended: Term,
    /// The standing while terminated (or barred).
    pub terminated: Term,
    /// The standing with no measure in force.
    pub normal: Term,
    /// The objection the person may raise.
    pub objection: Term,
    /// What the person receives first (the notice of the proposed points, or of the decision).
    pub notice: Term,
    /// The decision that makes the points count.
    pub decision: Term,
    /// What a termination bars, for its years (不得再次登记备案, 不再签订服务协议).
    pub barred: Term,
    /// The request to be restored (资格恢复申请, 恢复履行协议申请).
    pub resumption: Term,
    /// Where the bar's years are set, when that is not the band's own article (济宁 五（二）).
    pub bar_cite: &'static str,
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

    /// Whether the document's last day in force lies before `day`.
    pub fn repealed_before(&self, day: NaiveDate) -> bool {
        self.in_force_until.is_some_and(|until| until < day)
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

// The regimes' date literals (`ymd(2025, 4, 1)`): the calendar's, which scoring builds on.
pub(crate) use crate::calendar::ymd;
