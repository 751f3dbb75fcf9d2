//! The catalogue of a regime: its clauses and numbered items, each with the seed's
//! own sentence and the citation a user can check it against.
//!
//! The catalogue is data. Each regime module holds its clauses beside the article
//! they come from (see `regimes/`), and the app lists them for the user to pick.

use serde::Serialize;

/// A clause of a regulation (款 or 项) that groups numbered items under one rule,
/// e.g. 沪医保规〔2025〕3号 第十三条（一）.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Clause {
    /// Citation in the document's own numbering, e.g. `第十三条（一）`.
    pub cite: &'static str,
    /// The clause's lead-in sentence, word for word from the seed (may be empty
    /// where the clause has none).
    pub text: &'static str,
    /// A short English gloss of the lead-in.
    pub gloss: &'static str,
    /// The numbered items of the clause, in the document's order.
    pub items: &'static [Item],
}

/// One numbered item: an act the calculator can score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Item {
    /// Code as in the spec's `regimes.md`, e.g. `13.1.1`.
    pub code: &'static str,
    /// Citation in the document's own numbering, e.g. `第十三条（一）1`.
    pub cite: &'static str,
    /// The seed's own sentence, word for word, without its enumeration mark.
    pub text: &'static str,
    /// A short English gloss.
    pub gloss: &'static str,
    /// How the item is scored.
    pub value: ItemValue,
}

/// How an item is scored. Each regime uses one or two of these shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ItemValue {
    /// A fixed number of points (Wenzhou, Jining, 沪2025 第十三条（五）).
    Fixed { points: u32 },
    /// 沪2023 第四条: the points, and the points when 性质恶劣或造成医保基金损失严重.
    Severity { points: u32, severe: u32 },
    /// 沪2025 第十三条: a tier *t* of three values, 3t−2 … 3t.
    Tier { tier: u32 },
    /// 沪2020: no points, a fine and measures; the heavier penalty applies when 情节严重.
    Fine {
        normal: Penalty,
        severe: Option<Penalty>,
    },
}

/// What 上海市人民政府令第31号 lets the office impose for one act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Penalty {
    /// 可处以警告: a warning may be given instead of a fine.
    pub warning_possible: bool,
    /// The fine's range.
    pub fine: Fine,
    /// The measures that come with it, as the codes of the spec.
    pub measures: &'static [&'static str],
    /// A measure with a duration in months (第十九条: 改变记帐结算方式 1–6 months).
    pub settlement_change_months: Option<(u32, u32)>,
}

impl Penalty {
    /// Whether a fine in the range must follow: the order says 处以 / 并处以 where no
    /// warning may replace it, and 并可处以警告或者 where the office chooses between a
    /// warning and a fine (spec v3). No fine is set where the article sets a measure only.
    pub fn fine_required(&self) -> bool {
        !self.warning_possible && self.fine != Fine::None
    }
}

/// A fine's range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fine {
    /// From `min` to `max` yuan.
    Yuan { min: u64, max: u64 },
    /// From `min` to `max` times the amount obtained by fraud (`amount_yuan`).
    TimesAmount { min: u64, max: u64 },
    /// No fine: the article sets a measure only (沪2020 第二十一条).
    None,
}

/// A rule of a regime that is neither an item nor a band — the period, how acts are
/// counted, one-shot rules, bars, the three-years rule, repairs, restarting, the
/// procedure — with the seed's own sentence, so that the rules can be shown side by
/// side in the document's words (`teach::rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Provision {
    pub topic: Topic,
    /// Citation in the document's own numbering, e.g. `第二十九条`.
    pub cite: &'static str,
    /// The seed's own sentence(s), word for word.
    pub text: &'static str,
    /// A short English gloss.
    pub gloss: &'static str,
}

/// What a [`Provision`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The scoring period and how points add up in it.
    Period,
    /// How acts are counted: several acts, one act under several items, sites, fraud.
    Counting,
    /// What follows when one act alone scores a band (一次性记分/扣分).
    OneShot,
    /// How long a terminated person is barred from registering or signing again.
    Bar,
    /// Three consecutive years at 9 or more.
    ThreeYears,
    /// Repairs that lower the points (沪2025 第二十九条).
    Repair,
    /// What restarts after a measure: points cleared, eligibility restored.
    Restart,
    /// The procedure: notices, objections, decisions, resumption.
    Procedure,
}
