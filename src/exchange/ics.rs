//! Calendar files (RFC 5545): every deadline and the start and last day of every dated
//! measure of a result, as all-day events a phone's calendar imports, each citing its
//! article. Written by hand — the format is a few lines of text — so that the app's
//! bundle stays small; `tests/ics.rs` parses the output back with the `icalendar` crate.
//!
//! ```
//! use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
//! use jifen::exchange::ics::{calendar, Language};
//! use jifen::scoring::{evaluate_str, RegimeId};
//!
//! let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
//! let result = evaluate_str(r#"{"regime": "shanghai-2025", "incidents": [{"id": "a", "item": "13.3",
//!     "decided_on": "2025-04-15", "responsibility": "primary", "notified_on": "2025-04-01"}]}"#, today).unwrap();
//! let now = NaiveDateTime::new(today, NaiveTime::MIN);
//! let ics = calendar(&result, RegimeId::Shanghai2025, "张医生", Language::Chinese, now);
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(ics.contains("BEGIN:VEVENT"));
//! assert!(ics.contains("沪医保规〔2025〕3号 第十七条"));
//! ```

use chrono::{Days, NaiveDate, NaiveDateTime};

use crate::scoring::outcome::{DeadlineKind, Evaluation, SanctionKind};
use crate::scoring::RegimeId;

/// The language of the events' text (citations stay in the documents' own numbering).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Chinese,
    English,
}

impl Language {
    fn t(self, zh: &'static str, en: &'static str) -> &'static str {
        match self {
            Language::Chinese => zh,
            Language::English => en,
        }
    }
}

/// A measure as its regime names it (沪2025 暂停医保支付资格, 温州 中止服务协议 …).
fn sanction_name(language: Language, regime: RegimeId, kind: SanctionKind) -> &'static str {
    let terms = regime.info().terms;
    let own = |t: crate::scoring::regimes::Term| language.t(t.zh, t.en);
    match kind {
        SanctionKind::Suspension if regime != RegimeId::Shanghai2020 => own(terms.suspension),
        SanctionKind::Termination if regime != RegimeId::Shanghai2020 => own(terms.termination),
        SanctionKind::Notice => language.t("通报", "Notice"),
        SanctionKind::Interview => language.t("约谈", "Interview"),
        SanctionKind::Warning => language.t("告诫", "Caution"),
        SanctionKind::Training => language.t("离岗培训", "Off-duty training"),
        SanctionKind::Suspension => language.t("暂停", "Suspension"),
        SanctionKind::Termination => language.t("终止", "Termination"),
        SanctionKind::SettlementChange => {
            language.t("改变记帐结算方式", "Change of settlement mode")
        }
    }
}

fn deadline_name(language: Language, regime: RegimeId, kind: DeadlineKind) -> String {
    let objection = regime.info().terms.objection;
    let name = match kind {
        DeadlineKind::Objection => {
            return match language {
                Language::Chinese => format!("提出{}截止", objection.zh),
                Language::English => format!("{} due", capitalised(objection.en)),
            }
        }
        DeadlineKind::AgencyDecision => {
            language.t("经办机构作出最终决定的期限", "Agency's final decision due")
        }
        DeadlineKind::Review => language.t("医保部门完成复核的期限", "Review of the objection due"),
        DeadlineKind::ResumptionRequest => {
            language.t("提出资格恢复申请截止", "Request to resume due")
        }
        DeadlineKind::DecisionDelivery => language.t(
            "决定送达所在机构的期限",
            "Decision delivered to the institution",
        ),
        DeadlineKind::RegistrationUpdate => language.t(
            "机构更新登记备案状态并约谈的期限",
            "Institution updates the registration",
        ),
        DeadlineKind::ResumptionDecision => language.t(
            "经办机构答复恢复申请的期限",
            "Agency answers the request to resume",
        ),
    };
    name.to_string()
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded so that no physical line exceeds 75 octets (§3.1),
/// never inside a UTF-8 character.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

struct Event {
    uid: String,
    start: NaiveDate,
    /// The last day (the event's DTEND is the day after).
    last: NaiveDate,
    summary: String,
    description: String,
    alarm: bool,
}

/// An iCalendar file (`text/calendar`, CRLF line ends, folded at 75 octets) with one
/// all-day event per deadline, and one for the start and one for the last day of each
/// measure that has dates. `title` names the case; `now` (UTC) is the DTSTAMP.
pub fn calendar(
    result: &Evaluation,
    regime: RegimeId,
    title: &str,
    language: Language,
    now: NaiveDateTime,
) -> String {
    let document = regime.info().document;
    let cited = |cite: &str| format!("{document} {cite}");
    let mut events = Vec::new();

    for (i, d) in result.deadlines.iter().enumerate() {
        let name = deadline_name(language, regime, d.kind);
        let whose = match (&d.incident, d.sanction) {
            (Some(id), _) => format!("{}{id}", language.t("事件 ", "incident ")),
            (_, Some(n)) => match language {
                Language::Chinese => format!("第 {} 项处理", n + 1),
                Language::English => format!("measure {}", n + 1),
            },
            _ => String::new(),
        };
        let rule = match language {
            Language::Chinese => &d.text_zh,
            Language::English => &d.text,
        };
        let window = d
            .opens
            .map(|o| {
                format!(
                    "{}{o}{}",
                    language.t("自 ", "From "),
                    language.t(" 起，", ", ")
                )
            })
            .unwrap_or_default();
        events.push(Event {
            uid: format!(
                "{}-deadline-{i}-{}@jifen.invalid",
                regime.as_str(),
                date(d.due)
            ),
            start: d.opens.unwrap_or(d.due),
            last: d.due,
            summary: match language {
                Language::Chinese => format!("{name}（{}）", cited(&d.cite)),
                Language::English => format!("{name} ({})", cited(&d.cite)),
            },
            description: format!(
                "{window}{}{}\n{rule}\n{whose}",
                language.t("最迟 ", "by "),
                d.due
            ),
            alarm: d.actor == crate::scoring::outcome::Actor::Person,
        });
    }

    for (i, s) in result.sanctions.iter().enumerate() {
        let Some(start) = s.start else { continue };
        let name = sanction_name(language, regime, s.kind);
        let (last, last_text) = match (s.months, s.bar) {
            (Some(m), _) => (m.end, language.t("期满（最后一日）", "ends (last day)")),
            (_, Some(b)) => (
                b.bar_until,
                language.t(
                    "不得再次登记备案的最后一日",
                    "last day of the bar on registering again",
                ),
            ),
            _ => continue,
        };
        // A measure replaced by a later one keeps its own end here; the description says
        // when it was replaced.
        let replaced = s
            .superseded_on
            .map(|d| {
                format!(
                    "\n{}{d}{}",
                    language.t("自 ", "From "),
                    language.t(
                        " 起另一处理同时适用，本处理仍至其自身期满",
                        " a later measure also applies; this one still runs to its own end"
                    )
                )
            })
            .unwrap_or_default();
        let law = format!(
            "{}\n{}{}{}",
            s.text,
            language.t("决定于 ", "Decided on "),
            s.decided_on,
            replaced
        );
        let summary = |what: &str| match language {
            Language::Chinese => format!("{name}{what}（{}）", cited(&s.cite)),
            Language::English => format!("{name} {what} ({})", cited(&s.cite)),
        };
        events.push(Event {
            uid: format!(
                "{}-measure-{i}-start-{}@jifen.invalid",
                regime.as_str(),
                date(start)
            ),
            start,
            last: start,
            summary: summary(language.t("开始", "starts")),
            description: law.clone(),
            alarm: false,
        });
        events.push(Event {
            uid: format!(
                "{}-measure-{i}-end-{}@jifen.invalid",
                regime.as_str(),
                date(last)
            ),
            start: last,
            last,
            summary: summary(last_text),
            description: law,
            alarm: false,
        });
    }

    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//jifen//医保医师记分计算器//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        line(&mut out, l);
    }
    line(
        &mut out,
        &format!(
            "X-WR-CALNAME:{}",
            escape(&format!("{} · {}", title, document))
        ),
    );
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(&mut out, &format!("DTSTAMP:{stamp}"));
        line(&mut out, &format!("DTSTART;VALUE=DATE:{}", date(e.start)));
        let after = e.last.checked_add_days(Days::new(1)).unwrap_or(e.last);
        line(&mut out, &format!("DTEND;VALUE=DATE:{}", date(after)));
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        line(
            &mut out,
            &format!("DESCRIPTION:{}", escape(e.description.trim_end())),
        );
        line(
            &mut out,
            &format!(
                "CATEGORIES:{}",
                escape(language.t("医保医师记分", "Medical-insurance scoring"))
            ),
        );
        line(&mut out, "TRANSP:TRANSPARENT");
        if e.alarm {
            line(&mut out, "BEGIN:VALARM");
            line(&mut out, "ACTION:DISPLAY");
            line(&mut out, "TRIGGER:-P1D");
            line(&mut out, &format!("DESCRIPTION:{}", escape(&e.summary)));
            line(&mut out, "END:VALARM");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}
