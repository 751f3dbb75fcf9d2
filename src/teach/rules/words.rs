//! What the rules side by side say in short, computed from the regime's data: an item's
//! points, a band's range and measure, a measure's duration and bar — each in the
//! regime's own words ([`crate::scoring::regimes::Teaching`]).

use crate::scoring::catalogue::{Fine, ItemValue, Penalty};
use crate::scoring::outcome::{Sanction, SanctionKind};
use crate::scoring::regimes::{Counting, Duration};
use crate::scoring::text::Text;
use crate::scoring::words;
use crate::scoring::RegimeId;

/// The points (or fine) an item scores, in short.
///
/// ```
/// use jifen::scoring::{catalogue::ItemValue, RegimeId};
/// use jifen::teach::rules::value_words;
///
/// let jining = RegimeId::parse("jining-2024").unwrap();
/// let words = value_words(jining, ItemValue::Fixed { points: 1 });
/// assert_eq!((words.zh.as_ref(), words.en.as_ref()), ("每次扣 1 分", "1 point deducted each time"));
/// ```
pub fn value_words(regime: RegimeId, value: ItemValue) -> Text {
    let deducted = regime.info().counting == Counting::PointsDeducted;
    match value {
        ItemValue::Tier { tier } => {
            let (a, b, c) = (3 * tier - 2, 3 * tier - 1, 3 * tier);
            Text::new(
                format!("{a}—{c} 分：一般责任 {a}、重要责任 {b}、主要责任 {c}"),
                format!("{a}–{c} points: general {a}, important {b}, primary {c}"),
            )
        }
        ItemValue::Severity { points, severe } => Text::new(
            format!("记 {points} 分；情节恶劣或损失严重的 {severe} 分"),
            format!(
                "{}; {severe} when egregious or the loss serious",
                words::points(points).en
            ),
        ),
        ItemValue::Fixed { points } if deducted => Text::new(
            format!("每次扣 {points} 分"),
            format!("{} deducted each time", words::points(points).en),
        ),
        ItemValue::Fixed { points } => Text::new(
            format!("一次性记 {points} 分"),
            format!("{} at once", words::points(points).en),
        ),
        ItemValue::Fine { normal, severe } => {
            let normal = penalty_words(&normal);
            match severe {
                Some(severe) => {
                    let severe = penalty_words(&severe);
                    Text::new(
                        format!("{}；情节严重的：{}", normal.zh, severe.zh),
                        format!("{}; when serious: {}", normal.en, severe.en),
                    )
                }
                None => normal,
            }
        }
    }
}

fn penalty_words(p: &Penalty) -> Text {
    let fine = match p.fine {
        Fine::Yuan { min, max } => Text::new(
            format!("罚款 {min}—{max} 元"),
            format!("a fine of ¥{min}–{max}"),
        ),
        Fine::TimesAmount { min, max } => Text::new(
            format!("骗取金额 {min}—{max} 倍罚款"),
            format!("a fine of {min}–{max} times the amount"),
        ),
        Fine::None => Text::fixed("不设罚款", "no fine"),
    };
    if p.warning_possible {
        Text::new(
            format!("警告或{}", fine.zh),
            format!("a warning or {}", fine.en),
        )
    } else {
        fine
    }
}

/// The regime's own name for a measure, as its bands decide it.
///
/// ```
/// use jifen::scoring::{outcome::SanctionKind, RegimeId};
/// use jifen::teach::rules::measure_term;
///
/// let sh2023 = RegimeId::parse("shanghai-2023").unwrap();
/// assert_eq!(measure_term(sh2023, SanctionKind::Training).zh, "医保部门约谈，离岗医保政策培训");
/// ```
pub fn measure_term(regime: RegimeId, kind: SanctionKind) -> Text {
    if let Some(term) = regime.wording().teaching.measure(kind) {
        return term.clone();
    }
    match kind {
        SanctionKind::SettlementChange => {
            Text::fixed("改变记帐结算方式", "the settlement mode changed")
        }
        kind => Text::fixed(kind.zh(), kind.code()),
    }
}

/// A duration in words: "1 个月", "6—12 个月".
fn months_words(min: u32, max: u32) -> Text {
    if min == max {
        words::months(min)
    } else {
        Text::new(format!("{min}—{max} 个月"), format!("{min}–{max} months"))
    }
}

/// The bar after a termination in words: "1—2 年内不得重新签订服务协议".
fn bar_words(regime: RegimeId, min: u32, max: u32) -> Text {
    let span = if min == max {
        words::years(min)
    } else {
        Text::new(format!("{min}—{max} 年"), format!("{min}–{max} years"))
    };
    let bar = &regime.wording().teaching.bar;
    Text::new(
        format!("{}内{}", span.zh, bar.zh),
        format!("{} for {}", bar.en, span.en),
    )
}

/// A band's measure from the data: "暂停医保支付资格 1 个月".
pub(super) fn band_measure(regime: RegimeId, kind: SanctionKind, duration: Duration) -> Text {
    let term = measure_term(regime, kind);
    match duration {
        Duration::None => term,
        Duration::Months { min, max } => {
            let span = months_words(min, max);
            Text::new(
                format!("{} {}", term.zh, span.zh),
                format!("{} for {}", term.en, span.en),
            )
        }
        Duration::Bar { min, max } => {
            let bar = bar_words(regime, min, max);
            Text::new(
                format!("{}，{}", term.zh, bar.zh),
                format!("{}; {}", term.en, bar.en),
            )
        }
    }
}

/// The bar of a band's termination, alone (the bars row).
pub(super) fn bar(regime: RegimeId, min: u32, max: u32) -> Text {
    bar_words(regime, min, max)
}

/// A band's range of totals: "累计 9—11 分", "扣分 12 分及以上".
pub(super) fn range_words(regime: RegimeId, from: u32, to: Option<u32>) -> Text {
    let (zh, en) = if regime.info().counting == Counting::PointsDeducted {
        ("扣分", "deducted")
    } else {
        ("累计", "points")
    };
    match to {
        Some(to) if to == from => Text::new(format!("{zh} {from} 分"), format!("{from} {en}")),
        Some(to) => Text::new(format!("{zh} {from}—{to} 分"), format!("{from}–{to} {en}")),
        None => Text::new(
            format!("{zh} {from} 分及以上"),
            format!("{from} or more {en}"),
        ),
    }
}

/// What a sanction of the core's result comes to, in the regime's own terms.
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::scoring::{self, RegimeId};
/// use jifen::teach::rules::sanction_words;
///
/// let case = serde_json::json!({"regime": "jining-2024", "as_of": "2025-06-03",
///     "incidents": [{"id": "a", "points": 9, "decided_on": "2025-06-03"}]});
/// let result = scoring::evaluate(&case, NaiveDate::MIN).unwrap();
/// let jining = RegimeId::parse("jining-2024").unwrap();
/// let words = sanction_words(jining, result.sanctions.last().unwrap());
/// assert_eq!(words.zh, "中止服务协议 6 个月");
/// assert_eq!(words.en, "the service agreement suspended for 6 months");
/// ```
pub fn sanction_words(regime: RegimeId, s: &Sanction) -> Text {
    let duration = match (s.months, s.bar) {
        (Some(m), _) => Duration::Months {
            min: m.min_months,
            max: m.max_months,
        },
        (_, Some(b)) => Duration::Bar {
            min: b.bar_years,
            max: b.bar_max_years,
        },
        _ => Duration::None,
    };
    band_measure(regime, s.kind, duration)
}

/// What a result's last decision decides, in words: "不作处理" when nothing.
pub fn measure_or_none(regime: RegimeId, last: Option<&Sanction>) -> Text {
    match last {
        Some(s) => sanction_words(regime, s),
        None => Text::fixed("不作处理", "no measure"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regime(id: &str) -> RegimeId {
        RegimeId::parse(id).expect("regime")
    }

    #[test]
    fn durations_and_bars_are_read_from_the_bands() {
        let jining = regime("jining-2024");
        let twelve = jining.info().band(12).expect("band");
        let words = band_measure(jining, twelve.kind, twelve.duration);
        assert_eq!(words.zh, "解除服务协议，1—2 年内不得重新签订服务协议");
        assert_eq!(
            words.en,
            "the service agreement terminated; no new agreement for 1–2 years"
        );
        let sh2025 = regime("shanghai-2025");
        let bar = bar(sh2025, 1, 1);
        assert_eq!(bar.zh, "1 年内不得再次登记备案");
        assert_eq!(bar.en, "no new registration for 1 year");
        assert_eq!(months_words(1, 1).en, "1 month");
    }
}
