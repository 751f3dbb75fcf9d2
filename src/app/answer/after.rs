//! After the answer's standing, what spec v3 adds: what restores a person whose
//! measure's term is over ("After a measure's term", `restoration_pending`), and the two
//! outcomes of a decision whose year depends on its day ("The year may change",
//! `outlook_alternative`). Plain functions returning [`Text`], drawn by the answer.

use super::lines::{standing_line, total_line};
use crate::scoring::outcome::{Evaluation, Status};
use crate::scoring::regimes::{Band, Duration, RegimeInfo};
use crate::scoring::text::Text;
use crate::scoring::{words, State};

/// For a person awaiting restoration (`restoration_pending`, spec v3 "After a measure's
/// term"): what restores them in the regime's words, who acts, and the article; `None`
/// for any other standing.
pub fn restoration_line(
    info: &RegimeInfo,
    result: &Evaluation,
    status: &Status,
) -> Option<(Text, &'static str)> {
    if status.state != State::RestorationPending {
        return None;
    }
    let after = status
        .measure
        .and_then(|i| result.sanctions.get(i))
        .map(|s| s.kind);
    let rule = info.after_term_rule(after, status.awaiting?)?;
    let who = words::actor(rule.actor);
    Some((
        Text::new(
            format!("{}（办理：{}）", rule.text.zh, who.zh),
            format!(
                "{} (who acts: {})",
                words::capitalised(&rule.text.en),
                who.en.to_ascii_lowercase()
            ),
        ),
        rule.cite,
    ))
}

/// One of two outcomes of a decision whose year depends on its day (spec v3 "The year
/// may change", `outlook_alternative`): when, what follows, and the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// `若在 2026-12-31（周四）前作出决定`, with the earliest day where it is not the year's last.
    pub when: Text,
    /// The standing and the measure it brings, with its duration.
    pub then: Text,
    pub cite: &'static str,
}

/// A measure of a band with its duration from the band's `Duration` (`暂停医保支付资格
/// 1—3 个月`).
fn band_measure(info: &RegimeInfo, band: &Band) -> Text {
    let name = words::sanction(info, band.kind);
    match band.duration {
        Duration::Months { min, max } if min < max => Text::new(
            format!("{} {min}—{max} 个月", name.zh),
            format!("{}, {min}–{max} months", name.en),
        ),
        Duration::Months { min, .. } => {
            let m = words::months(min);
            Text::new(
                format!("{} {}", name.zh, m.zh),
                format!("{}, {}", name.en, m.en),
            )
        }
        _ => name,
    }
}

/// Both outcomes of a December notice (spec v3 `outlook_alternative`): decided by the
/// year's end, its points count in that year (the earliest lawful day, the year's total
/// and the band it reaches); decided in the next year (the projected day, the outlook).
/// `None` without an alternative.
pub fn year_outcomes(info: &RegimeInfo, result: &Evaluation) -> Option<[Outcome; 2]> {
    let (alternative, outlook) = (
        result.outlook_alternative.as_ref()?,
        result.outlook.as_ref()?,
    );
    let earliest = alternative.on.pred_opt()?;
    let year = result
        .periods
        .iter()
        .find(|p| p.start <= earliest && earliest <= p.end)?;
    // The year's total with the decisions projected into another year counted in it.
    let moved: u32 = result
        .incidents
        .iter()
        .filter(|i| i.projected && i.counted && i.period.as_deref() != Some(&year.period))
        .filter_map(|i| i.points)
        .sum();
    let total = year.total + moved;
    let end = words::date_with_weekday(year.end);
    let first = words::date_with_weekday(earliest);
    let band = info.band(total);
    let reached = band.map(|b| band_measure(info, b)).unwrap_or_else(|| {
        let state = words::state(info, State::Normal);
        Text::new(state.zh.to_string(), state.en.to_string())
    });
    // The earliest lawful day, where it is not the year's last.
    let first = if earliest != year.end {
        Text::new(
            format!("（最早 {}）", first.zh),
            format!(" (at the earliest {})", first.en),
        )
    } else {
        Text::default()
    };
    let early = Outcome {
        when: Text::new(
            format!("若在 {}前作出决定{}", end.zh, first.zh),
            format!("If decided by {}{}", end.en, first.en),
        ),
        then: Text::new(
            format!(
                "计入 {} 年度，累计 {} 分：{}",
                year.period, total, reached.zh
            ),
            format!(
                "It counts in {}: {} points in all, {}",
                year.period,
                total,
                reached.en.to_ascii_lowercase()
            ),
        ),
        cite: band.map_or(info.period_cite, |b| b.cite),
    };
    let projected = result
        .incidents
        .iter()
        .filter(|i| i.projected)
        .max_by_key(|i| i.decided_on)?;
    let later_year = projected.period.clone().unwrap_or_default();
    let day = words::date_with_weekday(projected.decided_on);
    let standing = standing_line(info, result, &outlook.status);
    let total = total_line(&outlook.status);
    let late = Outcome {
        when: Text::new(
            format!("若在 {later_year} 年作出决定（预计 {}）", day.zh),
            format!("If decided in {later_year} (expected {})", day.en),
        ),
        then: Text::new(
            format!("{}；{}", total.zh, standing.zh),
            format!("{}; {}", total.en, standing.en.to_ascii_lowercase()),
        ),
        cite: info.period_cite,
    };
    Some([early, late])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::{self, RegimeId};
    use chrono::NaiveDate;
    use serde_json::{json, Value};

    fn evaluate(case: Value) -> Evaluation {
        let today: NaiveDate = case["as_of"].as_str().unwrap().parse().unwrap();
        scoring::evaluate(&case, today).unwrap()
    }

    fn regime(id: &str) -> &'static RegimeInfo {
        RegimeId::parse(id).unwrap().info()
    }

    /// 沪2025 (spec v3 example sh2025-bar-over-not-restored): a termination whose bar
    /// ended is awaiting re-registration, 第三十条, never "normal".
    #[test]
    fn a_bar_over_says_what_restores_the_person_and_who_acts() {
        let result = evaluate(json!({
            "regime": "shanghai-2025",
            "as_of": "2026-08-01",
            "incidents": [
                {"id": "earlier", "points": 8, "decided_on": "2025-04-15"},
                {"id": "now", "item": "13.2", "responsibility": "primary", "decided_on": "2025-06-20"}
            ]
        }));
        let info = regime("shanghai-2025");
        assert_eq!(result.status.state, State::RestorationPending);
        let (text, cite) = restoration_line(info, &result, &result.status).unwrap();
        assert_eq!(cite, "第三十条");
        assert_eq!(
            text.zh,
            "终止期满，需重新作出承诺并登记备案后方可恢复医保支付资格（办理：本人）"
        );
        assert!(text.en.ends_with("(who acts: you)"), "{}", text.en);
        let line = standing_line(info, &result, &result.status);
        assert_eq!(line.zh, info.terms.pending.zh);
        assert!(!line.zh.contains("正常"), "{}", line.zh);
        assert!(restoration_line(
            info,
            &result,
            &Status {
                state: State::Normal,
                ..result.status.clone()
            }
        )
        .is_none());
    }

    /// 沪2025 (spec v3 example sh2025-december-notice): decided 2026-12-31 the year's 6
    /// points become 9, a suspension; decided 2027-01-05 they start 2027 at 3.
    #[test]
    fn a_december_notice_gives_both_outcomes_with_dates_and_articles() {
        let result = evaluate(json!({
            "regime": "shanghai-2025",
            "as_of": "2026-12-18",
            "incidents": [
                {"id": "spring", "item": "13.2", "responsibility": "primary", "decided_on": "2026-04-20"},
                {"id": "winter", "item": "13.1.3", "responsibility": "primary", "notified_on": "2026-12-16"}
            ]
        }));
        let info = regime("shanghai-2025");
        let [early, late] = year_outcomes(info, &result).unwrap();
        assert!(
            early.when.zh.starts_with("若在 2026-12-31"),
            "{}",
            early.when.zh
        );
        // The earliest day is the year's last: said once.
        assert!(!early.when.zh.contains("最早"), "{}", early.when.zh);
        assert!(
            early.then.zh.starts_with("计入 2026 年度，累计 9 分："),
            "{}",
            early.then.zh
        );
        let band = info.band(9).unwrap();
        assert_eq!(early.cite, band.cite);
        assert!(early
            .then
            .zh
            .contains(words::sanction(info, band.kind).zh.as_ref()));
        assert!(
            late.when
                .zh
                .starts_with("若在 2027 年作出决定（预计 2027-01-05"),
            "{}",
            late.when.zh
        );
        assert!(
            late.then.zh.contains(info.terms.normal.zh.as_ref()),
            "{}",
            late.then.zh
        );
        assert_eq!(late.cite, info.period_cite);
        // Without an alternative, nothing.
        assert!(year_outcomes(
            info,
            &evaluate(json!({"regime": "shanghai-2025", "as_of": "2026-08-01", "incidents": []}))
        )
        .is_none());
    }
}
