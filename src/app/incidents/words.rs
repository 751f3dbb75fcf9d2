//! The incident editor's words that depend on the regime, each a [`Text`] computed from
//! the regime's data (its form's words, terms, procedure, bands and items), never from
//! its name: what an item scores, the hints of the months and years the office chooses,
//! the notes on dates typed in the wrong order, the facts' labels, and which fields an
//! incident asks for. Plain functions, tested without a browser.

use chrono::NaiveDate;

use crate::exchange::draft::{Field, IncidentDraft};
use crate::scoring::catalogue::{Fine, Item, ItemValue, Penalty};
use crate::scoring::outcome::SanctionKind;
use crate::scoring::regimes::{Counting, CountsFrom, Duration, RegimeInfo};
use crate::scoring::text::Text;
use crate::scoring::words;

pub use crate::scoring::words::cite_en;

/// What an item scores, in a sentence.
pub fn value_text(info: &RegimeInfo, item: &Item) -> Text {
    let deducted = info.counting == Counting::PointsDeducted;
    let points = |n: u32| words::points(n).en;
    match item.value {
        ItemValue::Fixed { points: p } if deducted => Text::new(
            format!("每次扣 {p} 分"),
            format!("{} deducted each time", points(p)),
        ),
        ItemValue::Fixed { points: p } => {
            Text::new(format!("一次性记 {p} 分"), format!("{} at once", points(p)))
        }
        ItemValue::Severity { points: p, severe } => Text::new(
            format!("一次记 {p} 分；性质恶劣或损失严重的记 {severe} 分"),
            format!(
                "{}; {severe} when egregious or the loss is serious",
                points(p)
            ),
        ),
        ItemValue::Tier { tier } => {
            let low = 3 * tier - 2;
            let (important, primary) = (low + 1, low + 2);
            Text::new(
                format!("一般 / 重要 / 主要责任：{low} / {important} / {primary} 分"),
                format!("general / important / primary: {low} / {important} / {primary} points"),
            )
        }
        ItemValue::Fine { normal, severe } => {
            let fine = |f: Fine| match f {
                Fine::Yuan { min, max } => {
                    Text::new(format!("{min}—{max} 元"), format!("¥{min}–{max}"))
                }
                Fine::TimesAmount { min, max } => Text::new(
                    format!("骗取金额的 {min}—{max} 倍"),
                    format!("{min}–{max} × the amount"),
                ),
                Fine::None => Text::fixed("不设罚款", "no fine"),
            };
            let first = fine(normal.fine);
            let text = if normal.warning_possible {
                Text::new(
                    format!("警告或罚款 {}", first.zh),
                    format!("a warning or a fine of {}", first.en),
                )
            } else {
                Text::new(
                    format!("罚款 {}", first.zh),
                    format!("a fine of {}", first.en),
                )
            };
            match severe {
                Some(s) => {
                    let then = fine(s.fine);
                    Text::new(
                        format!("{}；情节严重的罚款 {}", text.zh, then.zh),
                        format!("{}; when serious, {}", text.en, then.en),
                    )
                }
                None => text,
            }
        }
    }
}

/// The band whose measure lasts a range of months the office chooses within (沪2023
/// 第五条（四） 6—12 months, 温州 第十八条 1—3): its measure, range and article.
fn band_months(info: &RegimeInfo) -> Option<(SanctionKind, u32, u32, &'static str)> {
    info.bands.iter().find_map(|band| match band.duration {
        Duration::Months { min, max } if min < max => Some((band.kind, min, max, band.cite)),
        _ => None,
    })
}

/// The heavier penalty of an item, where it has one (沪2020's 情节严重).
fn severe_penalty(item: &Item) -> Option<Penalty> {
    match item.value {
        ItemValue::Fine { severe, .. } => severe,
        _ => None,
    }
}

/// The change of settlement mode a severe act may bring for a range of months, and the
/// clause that sets it (沪2020 第十九条: 1—6 months).
fn settlement_months(info: &RegimeInfo) -> Option<(u32, u32, &'static str)> {
    info.clauses.iter().find_map(|clause| {
        clause.items.iter().find_map(|item| {
            let (min, max) = severe_penalty(item)?.settlement_change_months?;
            Some((min, max, clause.cite))
        })
    })
}

/// The hint under the months field: the range of months the office chooses, its article,
/// and what an empty field counts as (the shortest).
pub fn months_hint(info: &RegimeInfo) -> Option<Text> {
    if let Some((kind, min, max, cite)) = band_months(info) {
        let measure = words::sanction(info, kind);
        return Some(Text::new(
            format!(
                "若本次决定引起{}，期限为 {min}—{max} 个月（{cite}）；未填按 {min} 个月计算",
                measure.zh
            ),
            format!(
                "If this decision brings the {}: {min}–{max} months ({}); {min} when empty",
                measure.en,
                cite_en(cite)
            ),
        ));
    }
    let (min, max, cite) = settlement_months(info)?;
    let measure = words::sanction(info, SanctionKind::SettlementChange);
    Some(Text::new(
        format!(
            "情节严重的，{} {min}—{max} 个月（{cite}）；未填按 {min} 个月计算",
            measure.zh
        ),
        format!(
            "When severe, the settlement mode may change for {min}–{max} months ({}); {min} when empty",
            cite_en(cite)
        ),
    ))
}

/// The hint under the bar's years: the range of years the office chooses (济宁 五（二）:
/// 1—2), its article, and what an empty field counts as.
pub fn bar_years_hint(info: &RegimeInfo) -> Option<Text> {
    let (kind, min, max, cite) = info.bands.iter().find_map(|band| match band.duration {
        Duration::Bar { min, max } if min < max => Some((band.kind, min, max, band.cite)),
        _ => None,
    })?;
    let cite = if info.terms.bar_cite.is_empty() {
        cite
    } else {
        info.terms.bar_cite
    };
    let measure = words::sanction(info, kind);
    Some(Text::new(
        format!(
            "若本次决定{}：经办机构视情节严重程度在 {min}—{max} 年内确定（{cite}）；未填按 {min} 年计算",
            measure.zh
        ),
        format!(
            "If this decision brings the {}: {min}–{max} years by the seriousness ({}); {min} when empty",
            measure.en,
            cite_en(cite)
        ),
    ))
}

/// The items of the incident that are in the regime's catalogue.
fn chosen<'a>(
    info: &'a RegimeInfo,
    incident: &'a IncidentDraft,
) -> impl Iterator<Item = &'static Item> + 'a {
    incident
        .items
        .iter()
        .filter_map(|code| info.item(code.trim()))
}

/// Whether the form asks for the months the office chose: where a band's measure lasts
/// a range of months, or, for a severe act, where the item's heavier penalty changes the
/// settlement mode for a range of months (沪2020 第十九条).
pub fn asks_months(info: &RegimeInfo, incident: &IncidentDraft) -> bool {
    info.uses(Field::Months)
        && (band_months(info).is_some()
            || (incident.severe
                && chosen(info, incident).any(|item| {
                    severe_penalty(item).is_some_and(|p| p.settlement_change_months.is_some())
                })))
}

/// Whether the form asks for the amount obtained: where the item's fine is a multiple of
/// it (沪2020 第十五条).
pub fn asks_amount(info: &RegimeInfo, incident: &IncidentDraft) -> bool {
    let times_amount = |p: Penalty| matches!(p.fine, Fine::TimesAmount { .. });
    info.uses(Field::AmountYuan)
        && chosen(info, incident).any(|item| match item.value {
            ItemValue::Fine { normal, severe } => {
                times_amount(normal) || severe.is_some_and(times_amount)
            }
            _ => false,
        })
}

/// Which of the incident's dates the form asks for, and in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateFields {
    /// The decision's alone: an earlier decision given by its points, or a regime whose
    /// notice starts nothing (沪2020).
    DecisionOnly,
    /// The notice first: it alone gives the objection's deadline and the projected
    /// decision (沪2025, 沪2023).
    NoticeFirst,
    /// The decision first, its notice after it (温州, 济宁).
    DecisionFirst,
}

/// Which dates an incident asks for: the notice comes first where the decision follows
/// it, and is not asked where its day starts nothing.
pub fn date_fields(info: &RegimeInfo, by_points: bool) -> DateFields {
    let notice_counts = info.pending_decisions()
        || info
            .procedure
            .deadlines
            .iter()
            .any(|rule| rule.from == CountsFrom::Notice);
    if by_points || !notice_counts {
        DateFields::DecisionOnly
    } else if info.pending_decisions() {
        DateFields::NoticeFirst
    } else {
        DateFields::DecisionFirst
    }
}

/// The decision's day against the notice's: the core accepts both, but a decision before
/// its notice, or inside the objection period (when its end is known), is most likely a
/// date typed in the wrong field; so is a notice before the decision it is the notice of
/// (济宁 六（一）). Said under the decision's field, in the editor and in the guided
/// questions.
pub fn date_order_note(
    info: &RegimeInfo,
    decided: NaiveDate,
    notified: NaiveDate,
    objection_due: Option<NaiveDate>,
) -> Option<Text> {
    let objection = &info.terms.objection;
    if info.pending_decisions() {
        if decided < notified {
            return Some(Text::new(
                format!("决定日期早于收到告知的日期：按规定，决定在{}期结束后才作出。若这是收到告知的日期，请填在上一栏。", objection.zh),
                format!("The decision date is before the notice: the decision comes after the {} period. If this is the notice date, put it in the field above.", objection.en),
            ));
        }
        let cite = info.wording().form_notes.decision_after_objection;
        let (cite_zh, cite_en) = if cite.is_empty() {
            (String::new(), String::new())
        } else {
            (format!("（{cite}）"), format!(" ({})", cite_en(cite)))
        };
        return objection_due.filter(|due| decided <= *due).map(|due| Text::new(
            format!("决定日期在{}期内（至 {due}）：未提出异议的，决定在期满后才作出{cite_zh}。若尚未作出决定，可不填，按程序推算。", objection.zh),
            format!("The decision date falls inside the {} period (to {due}): without an objection the decision comes after it{cite_en}. If no decision has been made, leave it empty: it is projected.", objection.en),
        ));
    }
    let cite = info.wording().form_notes.notice_after_decision;
    (!cite.is_empty() && notified < decided).then(|| {
        Text::new(
            format!(
                "收到书面通知的日期早于决定日期：{}的书面通知是对处理结果的通知（{cite}），应在决定之后。",
                info.wording().place.zh
            ),
            format!(
                "The notice date is before the decision: in {} the written notice is of the decision ({}), so it comes after.",
                info.wording().place.en,
                cite_en(cite)
            ),
        )
    })
}

/// Whether the regime's items carry a value for an act that is egregious or a serious
/// loss (沪2023 第四条); otherwise its 情节严重 raises a penalty (沪2020).
fn scores_egregious_acts(info: &RegimeInfo) -> bool {
    info.items()
        .any(|item| matches!(item.value, ItemValue::Severity { .. }))
}

/// The label of the box that makes an act severe, as the regime's items say it.
pub fn severe_label(info: &RegimeInfo) -> Text {
    if scores_egregious_acts(info) {
        Text::fixed(
            "性质恶劣或造成医保基金损失严重",
            "Egregious, or a serious loss to the fund",
        )
    } else {
        Text::fixed("情节严重", "Serious circumstances (情节严重)")
    }
}

/// The same, in the guided questions' summary of the answers.
pub fn severe_summary(info: &RegimeInfo) -> Text {
    if scores_egregious_acts(info) {
        Text::fixed("性质恶劣或基金损失严重", "egregious or a serious loss")
    } else {
        Text::fixed("情节严重", "serious circumstances")
    }
}

/// The label of the fraud box (沪2023 第四条第二款).
pub const FRAUD_LABEL: Text = Text::fixed(
    "以骗取医疗保障基金为目的，造成基金损失",
    "Done to defraud the fund, causing a loss",
);

/// The label of the serious-violation box (温州).
pub const SERIOUS_LABEL: Text = Text::fixed(
    "违规情节严重（注销医保医师服务编码）",
    "Serious violation (service code cancelled)",
);

/// The first article of a citation that names several (`第十二条、第十三条` → `第十二条`).
pub fn first_article(cite: &str) -> &str {
    cite.split('、').next().unwrap_or(cite)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::RegimeId;

    fn info(id: &str) -> &'static RegimeInfo {
        RegimeId::parse(id).map(RegimeId::info).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn incident(items: &[&str], severe: bool) -> IncidentDraft {
        IncidentDraft {
            items: items.iter().map(|s| s.to_string()).collect(),
            severe,
            ..IncidentDraft::default()
        }
    }

    #[test]
    fn citations_read_in_english_numbering() {
        for (zh, en) in [
            ("第五条（四）", "Art. 5(4)"),
            ("第十八条", "Art. 18"),
            ("第七条、第八条", "Arts. 7, 8"),
            ("第四条第二款", "Art. 4 ¶2"),
            ("第十条第三款、第十八条", "Arts. 10 ¶3, 18"),
            ("第十四条（二）1", "Art. 14(2)1"),
            ("第二十九条", "Art. 29"),
            ("五（二）", "5(2)"),
            ("六（一）", "6(1)"),
        ] {
            assert_eq!(cite_en(zh), en, "{zh}");
        }
    }

    /// The months hint is computed from the band's range and article: 沪2023's and
    /// 温州's name their band's measure as the document does; 沪2020's from 第十九条.
    #[test]
    fn the_months_hint_comes_from_the_band_or_the_penalty() {
        let hint = |id| months_hint(info(id)).unwrap_or_default();
        assert_eq!(
            hint("shanghai-2023").zh,
            "若本次决定引起暂停医保费用结算支付，期限为 6—12 个月（第五条（四））；未填按 6 个月计算"
        );
        assert_eq!(
            hint("shanghai-2023").en,
            "If this decision brings the suspension of insurance settlement: 6–12 months (Art. 5(4)); 6 when empty"
        );
        assert_eq!(
            hint("wenzhou-2014").zh,
            "若本次决定引起中止服务协议，期限为 1—3 个月（第十八条）；未填按 1 个月计算"
        );
        assert_eq!(
            hint("shanghai-2020"),
            Text::fixed(
                "情节严重的，改变记帐结算方式 1—6 个月（第十九条）；未填按 1 个月计算",
                "When severe, the settlement mode may change for 1–6 months (Art. 19); 1 when empty"
            )
        );
        assert_eq!(months_hint(info("shanghai-2025")), None);
        assert_eq!(months_hint(info("jining-2024")), None);
        assert_eq!(
            bar_years_hint(info("jining-2024")).unwrap_or_default().zh,
            "若本次决定解除服务协议：经办机构视情节严重程度在 1—2 年内确定（五（二））；未填按 1 年计算"
        );
        assert_eq!(bar_years_hint(info("shanghai-2025")), None);
    }

    #[test]
    fn the_months_and_the_amount_are_asked_where_they_count() {
        let sh2020 = info("shanghai-2020");
        assert!(asks_months(info("shanghai-2023"), &incident(&[], false)));
        assert!(asks_months(info("wenzhou-2014"), &incident(&[], false)));
        assert!(!asks_months(
            info("jining-2024"),
            &incident(&["4.1.1"], false)
        ));
        assert!(!asks_months(sh2020, &incident(&["19.1"], false)));
        assert!(asks_months(sh2020, &incident(&["19.1"], true)));
        assert!(!asks_months(sh2020, &incident(&["16.1"], true)));
        assert!(asks_amount(sh2020, &incident(&["15.2"], false)));
        assert!(!asks_amount(sh2020, &incident(&["19.1"], true)));
        assert!(!asks_amount(
            info("shanghai-2025"),
            &incident(&["13.2"], false)
        ));
    }

    #[test]
    fn the_dates_asked_follow_the_procedure() {
        assert_eq!(
            date_fields(info("shanghai-2025"), false),
            DateFields::NoticeFirst
        );
        assert_eq!(
            date_fields(info("shanghai-2025"), true),
            DateFields::DecisionOnly
        );
        assert_eq!(
            date_fields(info("jining-2024"), false),
            DateFields::DecisionFirst
        );
        assert_eq!(
            date_fields(info("shanghai-2020"), false),
            DateFields::DecisionOnly
        );
    }

    /// The same words as when they were written out per regime.
    #[test]
    fn dates_in_the_wrong_order_are_said_with_the_regimes_articles() {
        let sh2025 = info("shanghai-2025");
        let before = date_order_note(sh2025, day("2026-11-01"), day("2026-11-25"), None);
        assert_eq!(
            before.map(|t| t.zh.to_string()).as_deref(),
            Some("决定日期早于收到告知的日期：按规定，决定在陈述申辩期结束后才作出。若这是收到告知的日期，请填在上一栏。")
        );
        let inside = date_order_note(
            sh2025,
            day("2026-11-30"),
            day("2026-11-25"),
            Some(day("2026-12-09")),
        )
        .unwrap_or_default();
        assert_eq!(inside.zh, "决定日期在陈述申辩期内（至 2026-12-09）：未提出异议的，决定在期满后才作出（第十九条）。若尚未作出决定，可不填，按程序推算。");
        assert!(inside.en.contains("comes after it (Art. 19). If"));
        let sh2023 = date_order_note(
            info("shanghai-2023"),
            day("2024-11-30"),
            day("2024-11-25"),
            Some(day("2024-12-09")),
        )
        .unwrap_or_default();
        assert!(sh2023.zh.contains("（第七条、第八条）"), "{}", sh2023.zh);
        assert!(sh2023.en.contains(" (Arts. 7, 8)"), "{}", sh2023.en);
        let jining = date_order_note(
            info("jining-2024"),
            day("2026-11-30"),
            day("2026-11-25"),
            None,
        );
        assert_eq!(jining, Some(Text::fixed(
            "收到书面通知的日期早于决定日期：济宁的书面通知是对处理结果的通知（六（一）），应在决定之后。",
            "The notice date is before the decision: in Jining the written notice is of the decision (6(1)), so it comes after.",
        )));
        assert_eq!(
            date_order_note(
                info("wenzhou-2014"),
                day("2026-11-30"),
                day("2026-11-25"),
                None
            ),
            None
        );
    }

    #[test]
    fn item_values_read_as_before() {
        let sh2025 = info("shanghai-2025");
        let tiered = sh2025.item("13.2").unwrap();
        assert_eq!(
            value_text(sh2025, tiered),
            Text::fixed(
                "一般 / 重要 / 主要责任：4 / 5 / 6 分",
                "general / important / primary: 4 / 5 / 6 points"
            )
        );
        let jining = info("jining-2024");
        let deducted = value_text(jining, jining.item("4.1.1").unwrap());
        assert!(deducted.zh.starts_with("每次扣 "), "{}", deducted.zh);
        let sh2020 = info("shanghai-2020");
        assert_eq!(
            value_text(sh2020, sh2020.item("19.1").unwrap()),
            Text::fixed(
                "警告或罚款 100—2000 元；情节严重的罚款 2000—10000 元",
                "a warning or a fine of ¥100–2000; when serious, ¥2000–10000"
            )
        );
        assert_eq!(
            value_text(sh2020, sh2020.item("15.1").unwrap()).zh,
            "罚款 骗取金额的 2—5 倍"
        );
    }

    #[test]
    fn the_severe_box_says_what_the_regimes_items_make_severe() {
        assert_eq!(
            severe_label(info("shanghai-2023")).zh,
            "性质恶劣或造成医保基金损失严重"
        );
        assert_eq!(severe_label(info("shanghai-2020")).zh, "情节严重");
        assert_eq!(first_article("第十二条、第十三条"), "第十二条");
    }
}
