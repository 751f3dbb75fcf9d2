//! The interface in Chinese (the default) or English. The law's own wording is never
//! translated: it stays Chinese in both, with the English gloss beside it.

use chrono::{Datelike, NaiveDate};

use crate::scoring::outcome::{Actor, DeadlineKind, FineResult, SanctionKind};
use crate::scoring::regimes::Term;
use crate::scoring::RegimeId;

/// Where the language choice is kept between visits.
const LANG_KEY: &str = "jifen.lang";

/// The language to start in: `?lang=en|zh` in the address (pages that embed the
/// calculator), else the one chosen on an earlier visit, else Chinese.
pub fn initial_lang() -> Lang {
    let kept = || {
        leptos::prelude::window()
            .local_storage()
            .ok()
            .flatten()
            .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
    };
    asked_lang().unwrap_or_else(|| match kept().as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Zh,
    })
}

/// The language the address asks for (`?lang=en`, `?lang=zh`), if any.
pub fn asked_lang() -> Option<Lang> {
    match query("lang")?.as_str() {
        "en" => Some(Lang::En),
        "zh" => Some(Lang::Zh),
        _ => None,
    }
}

/// A parameter of the address's query (`?regime=jining-2024&lang=en`), percent-decoded.
pub fn query(name: &str) -> Option<String> {
    let search = leptos::prelude::window().location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
        .map(crate::exchange::route::percent_decode)
}

/// Keeps the language for the next visit (where the browser allows storage).
pub fn remember_lang(lang: Lang) {
    if let Some(storage) = leptos::prelude::window().local_storage().ok().flatten() {
        let _ = storage.set_item(LANG_KEY, if lang == Lang::En { "en" } else { "zh" });
    }
}

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// The Chinese or the English text.
    pub fn t(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Picks between two owned texts.
    pub fn pick(self, zh: String, en: String) -> String {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// The `lang` attribute value.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// A message of the core in the interface's language, as the form shows it (no JSON
/// keys: see [`crate::exchange::draft::plain_message`]).
pub fn message(lang: Lang, zh: &str, en: &str) -> String {
    match lang {
        Lang::Zh => crate::exchange::draft::plain_message(zh, true),
        Lang::En => crate::exchange::draft::plain_message(en, false),
    }
}

/// A term of the regime's document in the interface's language.
pub fn own(lang: Lang, term: Term) -> &'static str {
    lang.t(term.zh, term.en)
}

/// A measure's name where it starts a line or a heading: English gets its capital
/// (`Suspension of payment eligibility`); Chinese is unchanged.
pub fn sanction_heading(lang: Lang, regime: RegimeId, kind: SanctionKind) -> String {
    capitalised(sanction_name(lang, regime, kind))
}

/// The text with its first letter in capitals, for the start of a sentence ("The
/// agreement year …"); Chinese is unchanged.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A measure as its regime names it: 沪2025 暂停医保支付资格, 温州 中止服务协议 ….
pub fn sanction_name(lang: Lang, regime: RegimeId, kind: SanctionKind) -> &'static str {
    let terms = regime.info().terms;
    match kind {
        SanctionKind::Notice => lang.t("通报所在机构", "notice to the institution"),
        SanctionKind::Interview => lang.t("约谈", "interview"),
        SanctionKind::Warning => lang.t("告诫、重点监管", "caution and close supervision"),
        SanctionKind::Training => lang.t("离岗培训", "off-duty training"),
        SanctionKind::Suspension => own(lang, terms.suspension),
        SanctionKind::Termination => own(lang, terms.termination),
        SanctionKind::SettlementChange => lang.t("改变记帐结算方式", "change of settlement mode"),
    }
}

/// A deadline by its kind, the objection named as the regime names it (陈述申辩, 复核申请,
/// 书面异议).
pub fn deadline_name(lang: Lang, regime: RegimeId, kind: DeadlineKind) -> String {
    let terms = regime.info().terms;
    match kind {
        DeadlineKind::Objection => lang.pick(
            format!("提出{}", terms.objection.zh),
            terms.objection.en.into(),
        ),
        DeadlineKind::ResumptionRequest => lang.pick(
            format!("提出{}", terms.resumption.zh),
            terms.resumption.en.into(),
        ),
        _ => deadline_kind_name(lang, kind).to_string(),
    }
}

/// What a termination bars, and to which day, in the regime's words:
/// `不得再次登记备案，至 2028-05-10（含当日）`.
pub fn bar_until(lang: Lang, regime: RegimeId, until: NaiveDate) -> String {
    let barred = regime.info().terms.barred;
    lang.pick(
        format!("{}，至 {until}（含当日）", barred.zh),
        format!("{} until {until}, that day included", barred.en),
    )
}

/// What a termination bars, for how long: `3 年内不得再次登记备案`.
pub fn bar_for(lang: Lang, regime: RegimeId, bar_years: u32) -> String {
    let barred = regime.info().terms.barred;
    lang.pick(
        format!("{}内{}", years(lang, bar_years), barred.zh),
        format!("{} for {}", barred.en, years(lang, bar_years)),
    )
}

/// A deadline by its kind alone, for rows that span regimes.
pub fn deadline_kind_name(lang: Lang, kind: DeadlineKind) -> &'static str {
    match kind {
        DeadlineKind::Objection => lang.t("提出异议", "objection"),
        DeadlineKind::AgencyDecision => lang.t("经办机构作出最终决定", "agency's final decision"),
        DeadlineKind::Review => lang.t("医保部门完成复核", "review of the objection"),
        DeadlineKind::ResumptionRequest => lang.t("提出恢复申请", "request to resume"),
        DeadlineKind::DecisionDelivery => {
            lang.t("决定送达所在机构", "decision delivered to your institution")
        }
        DeadlineKind::RegistrationUpdate => lang.t(
            "机构更新登记备案状态、约谈本人",
            "institution updates your registration and interviews you",
        ),
        DeadlineKind::ResumptionDecision => lang.t(
            "经办机构答复恢复申请",
            "agency answers your request to resume",
        ),
    }
}

/// Who must act by a deadline.
pub fn actor_name(lang: Lang, actor: Actor) -> &'static str {
    match actor {
        Actor::Person => lang.t("本人", "You"),
        Actor::Institution => lang.t("所在机构", "Your institution"),
        Actor::Agency => lang.t("经办机构", "The agency"),
    }
}

/// 沪2020's fine in words: what the office *may* impose, a range it chooses from — never
/// a minimum that must follow (spec v2).
pub fn fine_words(lang: Lang, fine: &FineResult) -> String {
    match (&fine.fine_min, &fine.fine_max) {
        (Some(min), Some(max)) => lang.pick(
            format!(
                "可处{}罚款 {min}—{max} 元（由医保部门在此范围内裁量）",
                if fine.warning_possible {
                    "警告或"
                } else {
                    ""
                }
            ),
            format!(
                "the office may impose {}a fine of ¥{min}–{max}, choosing within that range",
                if fine.warning_possible {
                    "a warning or "
                } else {
                    ""
                }
            ),
        ),
        _ => lang
            .t(
                "不设罚款；市医保局可以暂停其医保费用结算支付",
                "no fine; the municipal office may suspend the settlement of their insurance costs",
            )
            .to_string(),
    }
}

/// A standing as the regime's document words it.
pub fn state_name(lang: Lang, regime: RegimeId, state: &str) -> &'static str {
    let terms = regime.info().terms;
    match state {
        "suspended" => own(lang, terms.suspended),
        "terminated" => own(lang, terms.terminated),
        "training" => lang.t("离岗培训中", "In off-duty training"),
        _ => own(lang, terms.normal),
    }
}

/// A short name for chart labels (中止 and 解除 for the agreements of 温州 and 济宁).
pub fn sanction_short(lang: Lang, regime: RegimeId, kind: SanctionKind) -> &'static str {
    let agreement = matches!(regime, RegimeId::Wenzhou2014 | RegimeId::Jining2024);
    match kind {
        SanctionKind::Notice => lang.t("通报", "notice"),
        SanctionKind::Interview => lang.t("约谈", "interview"),
        SanctionKind::Warning => lang.t("告诫", "caution"),
        SanctionKind::Training => lang.t("培训", "training"),
        SanctionKind::Suspension if agreement => lang.t("中止", "suspended"),
        SanctionKind::Suspension => lang.t("暂停", "suspended"),
        SanctionKind::Termination if agreement => lang.t("解除", "terminated"),
        SanctionKind::Termination => lang.t("终止", "terminated"),
        SanctionKind::SettlementChange => lang.t("改变结算", "settlement"),
    }
}

pub fn weekday(lang: Lang, date: NaiveDate) -> &'static str {
    match lang {
        Lang::Zh => crate::calendar::weekday_zh(date),
        Lang::En => match date.weekday() {
            chrono::Weekday::Mon => "Mon",
            chrono::Weekday::Tue => "Tue",
            chrono::Weekday::Wed => "Wed",
            chrono::Weekday::Thu => "Thu",
            chrono::Weekday::Fri => "Fri",
            chrono::Weekday::Sat => "Sat",
            chrono::Weekday::Sun => "Sun",
        },
    }
}

/// A date with its weekday, e.g. `2025-05-20（周二）`.
pub fn date_with_weekday(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Zh => format!("{date}（{}）", weekday(lang, date)),
        Lang::En => format!("{date} ({})", weekday(lang, date)),
    }
}

pub fn months(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Zh => format!("{n} 个月"),
        Lang::En if n == 1 => "1 month".to_string(),
        Lang::En => format!("{n} months"),
    }
}

/// A scoring period as read aloud: `2026 年度` for a natural year, `自 2026-01-01 起的协议年度`
/// for 温州's agreement year (named by its first day).
pub fn period_name(lang: Lang, period: &str) -> String {
    if period.len() == 4 {
        lang.pick(format!("{period} 年度"), format!("the year {period}"))
    } else {
        lang.pick(
            format!("自 {period} 起的协议年度"),
            format!("the agreement year from {period}"),
        )
    }
}

/// `3 分`, `1 point`, `3 points`.
pub fn points(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Zh => format!("{n} 分"),
        Lang::En => crate::teach::rules::points_en(n),
    }
}

/// `3 年`, `1 year`, `3 years`.
pub fn years(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Zh => format!("{n} 年"),
        Lang::En if n == 1 => "1 year".to_string(),
        Lang::En => format!("{n} years"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_measure_heading_starts_with_a_capital_in_english_only() {
        let kind = SanctionKind::Suspension;
        let regime = RegimeId::Shanghai2025;
        assert_eq!(
            sanction_name(Lang::En, regime, kind),
            "suspension of payment eligibility"
        );
        assert_eq!(
            sanction_heading(Lang::En, regime, kind),
            "Suspension of payment eligibility"
        );
        assert_eq!(sanction_heading(Lang::Zh, regime, kind), "暂停医保支付资格");
        for regime in RegimeId::ALL {
            for kind in [SanctionKind::Notice, SanctionKind::Termination] {
                let heading = sanction_heading(Lang::En, regime, kind);
                assert!(
                    heading.starts_with(|c: char| c.is_ascii_uppercase()),
                    "{heading}"
                );
            }
        }
    }
}
