//! Calendar files (RFC 5545): every deadline and the start and last day of every dated
//! measure of a result, as all-day events a phone's calendar imports, each citing its
//! article. Written by hand — the format is a few lines of text — so that the app's
//! bundle stays small; `tests/ics.rs` parses the output back with the `icalendar` crate.
//!
//! ```
//! use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
//! use jifen::exchange::ics::calendar;
//! use jifen::scoring::{evaluate_str, Lang, RegimeId};
//!
//! let today = NaiveDate::from_ymd_opt(2025, 12, 1).unwrap();
//! let result = evaluate_str(r#"{"regime": "shanghai-2025", "incidents": [{"id": "a", "item": "13.3",
//!     "decided_on": "2025-04-15", "responsibility": "primary", "notified_on": "2025-04-01"}]}"#, today).unwrap();
//! let now = NaiveDateTime::new(today, NaiveTime::MIN);
//! let ics = calendar(&result, result.regime, "张医生", Lang::Zh, now);
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(ics.contains("BEGIN:VEVENT"));
//! assert!(ics.contains("沪医保规〔2025〕3号 第十七条"));
//! ```

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, Timelike};

use crate::scoring::outcome::{Deadline, DeadlineKind, Evaluation};
use crate::scoring::text::{Lang, Text};
use crate::scoring::{words, RegimeId, RegimeInfo};

/// Words fixed in both languages, in `lang`.
fn t(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// A deadline's event title: the objection as `提出陈述申辩截止` / `Statement and defence
/// due`, the others by the shared vocabulary.
fn deadline_name(lang: Lang, info: &RegimeInfo, kind: DeadlineKind) -> String {
    let name = words::deadline(info, kind);
    match (kind, lang) {
        (DeadlineKind::Objection | DeadlineKind::ResumptionRequest, Lang::Zh) => {
            format!("{}截止", name.zh)
        }
        (DeadlineKind::Objection | DeadlineKind::ResumptionRequest, Lang::En) => {
            format!("{} due", words::capitalised(&name.en))
        }
        _ => words::capitalised(name.get(lang)),
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
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
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
    lang: Lang,
    now: NaiveDateTime,
) -> String {
    let info = regime.info();
    let document = info.document;
    let cited = |cite: &str| format!("{document} {cite}");
    let mut events = Vec::new();

    for (i, d) in result.deadlines.iter().enumerate() {
        let name = deadline_name(lang, info, d.kind);
        let whose = match (&d.incident, d.sanction) {
            (Some(id), _) => format!("{}{id}", t(lang, "事件 ", "incident ")),
            (_, Some(n)) => Text::new(format!("第 {} 项处理", n + 1), format!("measure {}", n + 1))
                .get(lang)
                .to_string(),
            _ => String::new(),
        };
        let rule = d.text.get(lang);
        let window = d
            .opens
            .map(|o| format!("{}{o}{}", t(lang, "自 ", "From "), t(lang, " 起，", ", ")))
            .unwrap_or_default();
        events.push(Event {
            uid: format!(
                "{}-deadline-{i}-{}@jifen.invalid",
                regime.as_str(),
                date(d.due)
            ),
            start: d.opens.unwrap_or(d.due),
            last: d.due,
            summary: match lang {
                Lang::Zh => format!("{name}（{}）", cited(&d.cite)),
                Lang::En => format!("{name} ({})", cited(&d.cite)),
            },
            description: format!(
                "{window}{}{}\n{rule}\n{whose}",
                t(lang, "最迟 ", "by "),
                d.due
            ),
            alarm: d.actor == crate::scoring::outcome::Actor::Person,
        });
    }

    for (i, s) in result.sanctions.iter().enumerate() {
        let Some(start) = s.start else { continue };
        let name = words::heading(words::sanction(info, s.kind));
        let name = name.get(lang);
        let barred = &info.terms.barred;
        let (last, last_text) = match (s.months, s.bar) {
            (Some(m), _) => (
                m.end,
                t(lang, "期满（最后一日）", "ends (last day)").to_string(),
            ),
            (_, Some(b)) => (
                b.bar_until,
                Text::new(
                    format!("{}的最后一日", barred.zh),
                    format!("last day of the bar ({})", barred.en),
                )
                .get(lang)
                .to_string(),
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
                    t(lang, "自 ", "From "),
                    t(
                        lang,
                        " 起另一处理同时适用，本处理仍至其自身期满",
                        " a later measure also applies; this one still runs to its own end"
                    )
                )
            })
            .unwrap_or_default();
        let law = format!(
            "{}\n{}{}{}",
            s.text,
            t(lang, "决定于 ", "Decided on "),
            s.decided_on,
            replaced
        );
        let summary = |what: &str| match lang {
            Lang::Zh => format!("{name}{what}（{}）", cited(&s.cite)),
            Lang::En => format!("{name} {what} ({})", cited(&s.cite)),
        };
        events.push(Event {
            uid: format!(
                "{}-measure-{i}-start-{}@jifen.invalid",
                regime.as_str(),
                date(start)
            ),
            start,
            last: start,
            summary: summary(t(lang, "开始", "starts")),
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
            summary: summary(&last_text),
            description: law,
            alarm: false,
        });
    }

    write(&events, &format!("{} · {}", title, document), lang, now)
}

/// The calendar file of `events`, named `name`.
fn write(events: &[Event], name: &str, lang: Lang, now: NaiveDateTime) -> String {
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        date(now.date()),
        now.hour(),
        now.minute(),
        now.second()
    );
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
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
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
                escape(t(lang, "医保医师记分", "Medical-insurance scoring"))
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

/// One person's deadline, for [`roster_calendar`].
pub struct PersonDeadline<'a> {
    pub person: &'a str,
    pub regime: RegimeId,
    pub deadline: &'a Deadline,
}

/// A roster's deadlines as one calendar file (the roster page gives the institution's
/// own): one all-day event per deadline, titled with the person and citing its article,
/// each with a reminder the day before. `name` names the calendar; `now` (UTC) is the
/// DTSTAMP. Each event's UID is made from the person, the regime, the deadline and its
/// day, so that importing a newer file updates an event rather than adding it twice.
pub fn roster_calendar(
    deadlines: &[PersonDeadline<'_>],
    name: &str,
    lang: Lang,
    now: NaiveDateTime,
) -> String {
    let events: Vec<Event> = deadlines
        .iter()
        .map(|p| {
            let d = p.deadline;
            let info = p.regime.info();
            let rule = d.text.get(lang);
            let whose = d
                .incident
                .as_ref()
                .map(|id| format!("\n{}{id}", t(lang, "事件 ", "incident ")))
                .unwrap_or_default();
            let key = format!(
                "{}|{}|{}|{}|{}",
                p.person,
                p.regime.as_str(),
                d.kind.code(),
                d.due,
                d.incident.as_deref().unwrap_or("")
            );
            Event {
                uid: format!("roster-{:016x}@jifen.invalid", fnv1a(&key)),
                start: d.opens.unwrap_or(d.due),
                last: d.due,
                summary: match lang {
                    Lang::Zh => format!(
                        "{}：{}（{} {}）",
                        p.person,
                        deadline_name(lang, info, d.kind),
                        info.document,
                        d.cite
                    ),
                    Lang::En => format!(
                        "{}: {} ({} {})",
                        p.person,
                        deadline_name(lang, info, d.kind),
                        info.document,
                        d.cite
                    ),
                },
                description: format!(
                    "{}{} · {}{}\n{rule}{whose}",
                    t(lang, "由谁办理：", "Who acts: "),
                    words::actor(d.actor).get(lang),
                    t(lang, "最迟 ", "by "),
                    d.due
                ),
                alarm: true,
            }
        })
        .collect();
    write(&events, name, lang, now)
}

/// FNV-1a, 64 bits: a stable name for an event.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
