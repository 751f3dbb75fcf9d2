//! The one vocabulary of the result: what the app, the calendar files and the teaching
//! pages call a measure, a deadline, a standing, who acts, and how they count months,
//! years, points and periods. A regime's own names (暂停医保支付资格, 中止服务协议,
//! 陈述申辩) come from its file ([`crate::scoring::regimes::Terms`]); the rest is here.
//!
//! ```
//! use jifen::scoring::{outcome::SanctionKind, words, RegimeId};
//!
//! let wenzhou = RegimeId::parse("wenzhou-2014").unwrap().info();
//! assert_eq!(words::sanction(wenzhou, SanctionKind::Suspension).zh, "中止服务协议");
//! assert_eq!(words::months(3).en, "3 months");
//! ```

use chrono::{Datelike, NaiveDate, Weekday};

use super::outcome::{Actor, Awaiting, DeadlineKind, SanctionKind, State};
use super::regimes::RegimeInfo;
use super::text::Text;

/// A measure as its regime names it: 沪2025 暂停医保支付资格, 温州 中止服务协议 ….
pub fn sanction(info: &RegimeInfo, kind: SanctionKind) -> Text {
    let terms = &info.terms;
    match kind {
        SanctionKind::Notice => Text::fixed("通报所在机构", "notice to the institution"),
        SanctionKind::Interview => Text::fixed("约谈", "interview"),
        SanctionKind::Warning => Text::fixed("告诫、重点监管", "caution and close supervision"),
        SanctionKind::Training => Text::fixed("离岗培训", "off-duty training"),
        SanctionKind::Suspension => terms.suspension.clone(),
        SanctionKind::Termination => terms.termination.clone(),
        SanctionKind::SettlementChange => {
            Text::fixed("改变记帐结算方式", "change of settlement mode")
        }
    }
}

/// A short name for chart labels: 中止 and 解除 where the regime's measures are of an
/// agreement, 暂停 and 终止 elsewhere.
pub fn sanction_short(info: &RegimeInfo, kind: SanctionKind) -> Text {
    match kind {
        SanctionKind::Notice => Text::fixed("通报", "notice"),
        SanctionKind::Interview => Text::fixed("约谈", "interview"),
        SanctionKind::Warning => Text::fixed("告诫", "caution"),
        SanctionKind::Training => Text::fixed("培训", "training"),
        SanctionKind::Suspension => info.terms.suspension_short.clone(),
        SanctionKind::Termination => info.terms.termination_short.clone(),
        SanctionKind::SettlementChange => Text::fixed("改变结算", "settlement"),
    }
}

/// A deadline by its kind, the objection and the request named as the regime names them
/// (陈述申辩, 复核申请, 书面异议; 资格恢复申请).
pub fn deadline(info: &RegimeInfo, kind: DeadlineKind) -> Text {
    let terms = &info.terms;
    match kind {
        DeadlineKind::Objection => Text::new(
            format!("提出{}", terms.objection.zh),
            terms.objection.en.clone(),
        ),
        DeadlineKind::ResumptionRequest => Text::new(
            format!("提出{}", terms.resumption.zh),
            terms.resumption.en.clone(),
        ),
        _ => deadline_kind(kind),
    }
}

/// A deadline by its kind alone, for rows that span regimes.
pub fn deadline_kind(kind: DeadlineKind) -> Text {
    match kind {
        DeadlineKind::Objection => Text::fixed("提出异议", "objection"),
        DeadlineKind::AgencyDecision => {
            Text::fixed("经办机构作出最终决定", "agency's final decision")
        }
        DeadlineKind::Review => Text::fixed("医保部门完成复核", "review of the objection"),
        DeadlineKind::ResumptionRequest => Text::fixed("提出恢复申请", "request to resume"),
        DeadlineKind::DecisionDelivery => {
            Text::fixed("决定送达所在机构", "decision delivered to your institution")
        }
        DeadlineKind::RegistrationUpdate => Text::fixed(
            "机构更新登记备案状态、约谈本人",
            "institution updates your registration and interviews you",
        ),
        DeadlineKind::ResumptionDecision => Text::fixed(
            "经办机构答复恢复申请",
            "agency answers your request to resume",
        ),
    }
}

/// A standing as the regime's document words it.
pub fn state(info: &RegimeInfo, state: State) -> Text {
    let terms = &info.terms;
    match state {
        State::Suspended => terms.suspended.clone(),
        State::Terminated => terms.terminated.clone(),
        State::Training => Text::fixed("离岗培训中", "In off-duty training"),
        State::RestorationPending => terms.pending.clone(),
        State::Normal => terms.normal.clone(),
    }
}

/// What restores a person after a measure's term (spec v3), in a few words.
pub fn awaiting(awaiting: Awaiting) -> Text {
    match awaiting {
        Awaiting::Reregistration => {
            Text::fixed("重新承诺并登记备案", "a new commitment and registration")
        }
        Awaiting::NewAgreement => Text::fixed("重新签订服务协议", "a new service agreement"),
        Awaiting::Assessment => Text::fixed("考核合格并上报备案", "passing the assessment, filed"),
        Awaiting::ResumptionDecision => Text::fixed(
            "资格恢复申请的评估结果",
            "the agency's answer to a request to resume",
        ),
    }
}

/// Who must act by a deadline.
pub fn actor(actor: Actor) -> Text {
    match actor {
        Actor::Person => Text::fixed("本人", "You"),
        Actor::Institution => Text::fixed("所在机构", "Your institution"),
        Actor::Agency => Text::fixed("经办机构", "The agency"),
    }
}

/// What a termination bars, and to which day, in the regime's words:
/// `不得再次登记备案，至 2028-05-10（含当日）`.
pub fn bar_until(info: &RegimeInfo, until: NaiveDate) -> Text {
    let barred = &info.terms.barred;
    Text::new(
        format!("{}，至 {until}（含当日）", barred.zh),
        format!("{} until {until}, that day included", barred.en),
    )
}

/// What a termination bars, for how long: `3 年内不得再次登记备案`.
pub fn bar_for(info: &RegimeInfo, bar_years: u32) -> Text {
    let barred = &info.terms.barred;
    let span = years(bar_years);
    Text::new(
        format!("{}内{}", span.zh, barred.zh),
        format!("{} for {}", barred.en, span.en),
    )
}

/// `3 个月`, `1 month`, `3 months`.
pub fn months(n: u32) -> Text {
    Text::new(
        format!("{n} 个月"),
        if n == 1 {
            "1 month".to_string()
        } else {
            format!("{n} months")
        },
    )
}

/// `3 年`, `1 year`, `3 years`.
pub fn years(n: u32) -> Text {
    Text::new(
        format!("{n} 年"),
        if n == 1 {
            "1 year".to_string()
        } else {
            format!("{n} years")
        },
    )
}

/// `3 分`, `1 point`, `3 points`.
pub fn points(n: u32) -> Text {
    Text::new(
        format!("{n} 分"),
        if n == 1 {
            "1 point".to_string()
        } else {
            format!("{n} points")
        },
    )
}

/// A scoring period as read aloud: `2026 年度` for a natural year, `自 2026-01-01 起的协议年度`
/// for 温州's agreement year (named by its first day).
pub fn period(label: &str) -> Text {
    if label.len() == 4 {
        Text::new(format!("{label} 年度"), format!("the year {label}"))
    } else {
        Text::new(
            format!("自 {label} 起的协议年度"),
            format!("the agreement year from {label}"),
        )
    }
}

/// The day of the week: `周二`, `Tue`.
pub fn weekday(date: NaiveDate) -> Text {
    let (zh, en) = match date.weekday() {
        Weekday::Mon => ("周一", "Mon"),
        Weekday::Tue => ("周二", "Tue"),
        Weekday::Wed => ("周三", "Wed"),
        Weekday::Thu => ("周四", "Thu"),
        Weekday::Fri => ("周五", "Fri"),
        Weekday::Sat => ("周六", "Sat"),
        Weekday::Sun => ("周日", "Sun"),
    };
    Text::fixed(zh, en)
}

/// A date with its weekday, e.g. `2025-05-20（周二）`.
pub fn date_with_weekday(date: NaiveDate) -> Text {
    let day = weekday(date);
    Text::new(
        format!("{date}（{}）", day.zh),
        format!("{date} ({})", day.en),
    )
}

/// The text with its first letter in capitals, for the start of a sentence or a
/// heading; Chinese is unchanged.
///
/// Our English has no letter outside ASCII, so ASCII's case is enough; std's Unicode
/// case tables would be 12 kB of every wasm (DESIGN.md "Size").
///
/// ```
/// use jifen::scoring::words::capitalised;
/// assert_eq!(capitalised("suspension"), "Suspension");
/// assert_eq!(capitalised("暂停"), "暂停");
/// ```
pub fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    // `None` where the first character is not one byte: not ASCII, so not ours to case.
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// A [`Text`] whose English starts with a capital (headings, the start of a line).
pub fn heading(text: Text) -> Text {
    Text::new(text.zh, capitalised(&text.en))
}

/// A month's English name, `1` → `January` (empty outside 1–12).
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    month
        .checked_sub(1)
        .and_then(|i| NAMES.get(i as usize))
        .copied()
        .unwrap_or("")
}

/// A citation in English numbering, for the English sentences that cite an article:
/// `第五条（四）` → `Art. 5(4)`, `第七条、第八条` → `Arts. 7, 8`, `第四条第二款` →
/// `Art. 4 ¶2`, and 济宁's sections `五（二）` → `5(2)`.
pub fn cite_en(cite: &str) -> String {
    let parts: Vec<(bool, String)> = cite.split('、').map(cite_part_en).collect();
    let body = parts
        .iter()
        .map(|(_, part)| part.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    match parts.iter().filter(|(article, _)| *article).count() {
        0 => body,
        1 if parts.len() == 1 => format!("Art. {body}"),
        _ => format!("Arts. {body}"),
    }
}

/// One citation of a list: whether it names an article (条), and its numbers.
fn cite_part_en(part: &str) -> (bool, String) {
    let numeral_part = |text: &str| -> (String, usize) {
        let digits: String = text
            .chars()
            .take_while(|c| c.is_ascii_digit() || "零一二三四五六七八九十".contains(*c))
            .collect();
        let len = digits.len();
        (numeral(&digits).map_or(digits, |n| n.to_string()), len)
    };
    let mut rest = part.strip_prefix('第').unwrap_or(part);
    let (lead, len) = numeral_part(rest);
    rest = &rest[len..];
    let mut out = lead;
    let article = match rest.strip_prefix('条') {
        Some(after) => {
            rest = after;
            true
        }
        None => false,
    };
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        let (number, len) = numeral_part(after);
        let next = &after[len..];
        match (c, next.chars().next()) {
            ('第', Some('款')) => out.push_str(&format!(" ¶{number}")),
            ('第', Some('项')) | ('（', Some('）')) => out.push_str(&format!("({number})")),
            _ => {
                out.push(c);
                rest = after;
                continue;
            }
        }
        rest = &next[next.chars().next().map_or(0, char::len_utf8)..];
    }
    (article, out)
}

/// The value of a numeral of a citation: `18`, `十八` → 18, `五` → 5, `二十九` → 29.
fn numeral(text: &str) -> Option<u32> {
    if let Ok(n) = text.parse() {
        return Some(n);
    }
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32)
    };
    match text.split_once('十') {
        None => {
            let mut chars = text.chars();
            let d = digit(chars.next()?)?;
            chars.next().is_none().then_some(d)
        }
        Some((tens, units)) => {
            let tens = if tens.is_empty() { 1 } else { numeral(tens)? };
            let units = if units.is_empty() { 0 } else { numeral(units)? };
            Some(tens * 10 + units)
        }
    }
}
