//! The topics a trainer can pick, each with its code (the quiz link's `topics=`), its
//! words, and the regimes it applies to — read from each regime's data: responsibility
//! and adjustments where the regime's incidents have them, repairs where it has repairs,
//! and so on.

use crate::scoring::case::Field;
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;
use crate::teach::scenarios;

/// What a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Topic {
    /// The items and their points or tiers.
    Items,
    /// The degree of responsibility within a tier (沪2025 第十二条、第十三条).
    Responsibility,
    /// 从轻、减轻一档、从重、加重一档 (沪2025 第十三条).
    Adjustment,
    /// One act under several items: the highest value, once (沪2025 第十一条, 济宁 四).
    SeveralItems,
    /// Several acts: each scored and added, or (沪2023 第三条) the same situation in one
    /// inspection once.
    SeveralActs,
    /// Several sites of practice: points add up.
    Sites,
    /// The bands on the total, their measures and how long these last.
    Bands,
    /// Points scored at once against the same total reached act by act.
    OneShot,
    /// The procedure: each deadline, and who acts.
    Procedure,
    /// Repairs and their caps (沪2025 第二十九条).
    Repairs,
    /// What follows the end of a measure's term (spec v3).
    Restoration,
    /// Scoring periods and year ends.
    Periods,
    /// The scenarios of the library.
    Scenarios,
    /// 沪2020's fines.
    Fines,
}

impl Topic {
    /// Every topic, in the order a session takes them.
    pub const ALL: [Topic; 14] = [
        Topic::Items,
        Topic::Responsibility,
        Topic::Adjustment,
        Topic::SeveralItems,
        Topic::SeveralActs,
        Topic::Sites,
        Topic::Bands,
        Topic::OneShot,
        Topic::Procedure,
        Topic::Repairs,
        Topic::Restoration,
        Topic::Periods,
        Topic::Scenarios,
        Topic::Fines,
    ];

    /// The code in a quiz link (`&topics=procedure,repairs`).
    pub fn code(self) -> &'static str {
        match self {
            Topic::Items => "items",
            Topic::Responsibility => "responsibility",
            Topic::Adjustment => "adjustment",
            Topic::SeveralItems => "several-items",
            Topic::SeveralActs => "several-acts",
            Topic::Sites => "sites",
            Topic::Bands => "bands",
            Topic::OneShot => "one-shot",
            Topic::Procedure => "procedure",
            Topic::Repairs => "repairs",
            Topic::Restoration => "restoration",
            Topic::Periods => "periods",
            Topic::Scenarios => "scenarios",
            Topic::Fines => "fines",
        }
    }

    /// The topic with this code.
    ///
    /// ```
    /// use jifen::teach::quiz::Topic;
    /// assert_eq!(Topic::parse("one-shot"), Some(Topic::OneShot));
    /// assert_eq!(Topic::parse("oneshot"), None);
    /// ```
    pub fn parse(code: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.code() == code)
    }

    /// The topic in words, as the quiz page's choices name it.
    pub fn words(self) -> Text {
        match self {
            Topic::Items => Text::fixed("违规情形与分值", "Items and their points"),
            Topic::Responsibility => Text::fixed("责任程度", "Responsibility"),
            Topic::Adjustment => {
                Text::fixed("从轻从重、减轻加重一档", "Lighter, heavier, one tier")
            }
            Topic::SeveralItems => Text::fixed("一个行为涉及多个情形", "One act, several items"),
            Topic::SeveralActs => Text::fixed("多个行为", "Several acts"),
            Topic::Sites => Text::fixed("多点执业", "Several sites"),
            Topic::Bands => Text::fixed("累计分值、处理与期限", "Totals, measures, durations"),
            Topic::OneShot => Text::fixed("一次性记分与累计记分", "At once against cumulative"),
            Topic::Procedure => Text::fixed("程序、期限与责任人", "Procedure, deadlines, who acts"),
            Topic::Repairs => Text::fixed("记分修复", "Repairs"),
            Topic::Restoration => Text::fixed("期满后的恢复", "After a measure's term"),
            Topic::Periods => Text::fixed("记分周期与年末", "Periods and year ends"),
            Topic::Scenarios => Text::fixed("案例", "Scenarios"),
            Topic::Fines => Text::fixed("罚款与处罚", "Fines and penalties"),
        }
    }

    /// Whether questions on this topic can be asked of `regime`.
    pub fn applies(self, regime: RegimeId) -> bool {
        let info = regime.info();
        let points = info.counting != Counting::Fines;
        match self {
            Topic::Items | Topic::SeveralActs | Topic::Bands | Topic::Periods => points,
            Topic::Responsibility => points && info.uses(Field::Responsibility),
            Topic::Adjustment => points && info.uses(Field::Adjustment),
            Topic::SeveralItems => points && info.uses(Field::Items),
            Topic::Sites => {
                points && info.uses(Field::Site) && !info.wording().teaching.sites_cite.is_empty()
            }
            Topic::OneShot => points && !super::measure::one_shot_totals(regime).is_empty(),
            Topic::Procedure => points && info.objection_rule().is_some(),
            Topic::Repairs => info.procedure.repairs.is_some(),
            Topic::Restoration => points && !info.procedure.after_term.is_empty(),
            Topic::Scenarios => points && scenarios::of(regime).next().is_some(),
            Topic::Fines => !points,
        }
    }

    /// The topics of `regime`, in the order of [`Topic::ALL`].
    pub fn of(regime: RegimeId) -> Vec<Topic> {
        Topic::ALL
            .into_iter()
            .filter(|t| t.applies(regime))
            .collect()
    }
}
