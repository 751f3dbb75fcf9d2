//! The fields of an incident that not every regime has, and which regime uses which
//! (the spec's regimes.md): the form shows only those, a case file or a link keeps
//! only those, and a case compared under another regime carries only those over.

use super::RegimeId;

/// The fields of an incident, for showing only those a regime uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Severe,
    Fraud,
    Serious,
    Inspection,
    Responsibility,
    Adjustment,
    Points,
    Months,
    AmountYuan,
    SeveralItems,
    ObjectionFiled,
    Site,
    /// 济宁 五（二）: the bar of 1–2 years the office chose.
    BarYears,
    /// A notice without a decision is projected (沪2025, 沪2023).
    PendingDecision,
    /// 沪2025 第三十条, 温州 第十条: the days the person applied to be restored.
    ResumptionRequests,
}

/// Whether `regime` uses `field` (the spec's regimes.md).
pub fn uses(regime: RegimeId, field: Field) -> bool {
    use Field::*;
    use RegimeId::*;
    match field {
        Severe => matches!(regime, Shanghai2023 | Shanghai2020),
        Fraud | Inspection => regime == Shanghai2023,
        Serious => regime == Wenzhou2014,
        Responsibility | Adjustment | Points => regime == Shanghai2025,
        Months => matches!(regime, Shanghai2023 | Wenzhou2014 | Shanghai2020),
        AmountYuan => regime == Shanghai2020,
        SeveralItems => matches!(regime, Shanghai2025 | Jining2024),
        // Under 温州 and 济宁 it opens nothing, but a late one is said (objection_late): a
        // physician who objected must see whether it was in time.
        ObjectionFiled => regime != Shanghai2020,
        Site => regime != Shanghai2020,
        BarYears => regime == Jining2024,
        PendingDecision => matches!(regime, Shanghai2023 | Shanghai2025),
        ResumptionRequests => matches!(regime, Shanghai2025 | Wenzhou2014),
    }
}
