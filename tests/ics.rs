//! The calendar file parses back with an iCalendar library, with one event per deadline
//! and two per dated measure, each citing its article.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use jifen::exchange::ics::calendar;
use jifen::scoring::Lang;
use jifen::scoring::{evaluate_str, Evaluation, RegimeId};

fn day(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn now() -> NaiveDateTime {
    NaiveDateTime::new(
        day("2026-11-23"),
        NaiveTime::from_hms_opt(8, 30, 0).expect("time"),
    )
}

fn evaluate(case: &str) -> Evaluation {
    evaluate_str(case, day("2026-11-23")).expect("valid case")
}

fn events(text: &str) -> Vec<icalendar::Event> {
    let parsed: Calendar = text.parse().expect("the library parses it");
    parsed
        .components
        .into_iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

fn all_day(d: Option<DatePerhapsTime>) -> NaiveDate {
    match d {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("not an all-day date: {other:?}"),
    }
}

const SUSPENSION: &str = r#"{"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
    {"id": "a", "item": "13.1.1", "decided_on": "2025-05-20", "responsibility": "general", "notified_on": "2025-05-06"},
    {"id": "b", "item": "13.3", "decided_on": "2025-08-01", "responsibility": "primary"}]}"#;

#[test]
fn one_event_per_deadline_and_two_per_dated_measure() {
    let result = evaluate(SUSPENSION);
    let text = calendar(
        &result,
        RegimeId::Shanghai2025,
        "张医生 2025",
        Lang::Zh,
        now(),
    );
    let events = events(&text);
    let dated = result
        .sanctions
        .iter()
        .filter(|s| s.start.is_some())
        .count();
    assert_eq!(events.len(), result.deadlines.len() + 2 * dated);
    // Objection due 2025-05-20: an all-day event that ends the next day.
    let objection = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("提出陈述申辩截止"))
        })
        .expect("objection");
    assert_eq!(all_day(objection.get_start()), day("2025-05-20"));
    assert_eq!(all_day(objection.get_end()), day("2025-05-21"));
    assert!(objection
        .get_summary()
        .is_some_and(|s| s.contains("沪医保规〔2025〕3号 第十七条")));
    // 1 + 9 = 10 on 2025-08-01: 3 months (more than the 2 of a one-shot 9), 08-02 … 11-01.
    let start = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("暂停医保支付资格开始"))
        })
        .expect("start");
    assert_eq!(all_day(start.get_start()), day("2025-08-02"));
    let end = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("暂停医保支付资格期满"))
        })
        .expect("end");
    assert_eq!(all_day(end.get_start()), day("2025-11-01"));
    assert!(
        end.get_description()
            .is_some_and(|d| d.contains("暂停医保支付资格")),
        "the law's words are in the description"
    );
    for e in &events {
        let summary = e.get_summary().expect("summary");
        assert!(
            summary.contains("第") && summary.contains("条"),
            "{summary} cites an article"
        );
    }
    let mut uids: Vec<&str> = events.iter().filter_map(|e| e.get_uid()).collect();
    let count = uids.len();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), count, "UIDs are unique");
    assert!(text.contains("DTSTAMP:20261123T083000Z"));
}

#[test]
fn a_window_spans_from_its_opening_to_its_last_day() {
    let result = evaluate(
        r#"{"regime": "wenzhou-2014", "as_of": "2016-03-01", "agreement_start": "2014-10-15", "incidents": [
        {"id": "a", "item": "15.3", "decided_on": "2016-01-11"},
        {"id": "b", "item": "16.2", "decided_on": "2016-01-20"},
        {"id": "c", "item": "17.1", "decided_on": "2016-02-01"}]}"#,
    );
    let deadline = result
        .deadlines
        .iter()
        .find(|d| d.opens.is_some())
        .expect("the resumption window");
    let events = events(&calendar(
        &result,
        RegimeId::Wenzhou2014,
        "case",
        Lang::En,
        now(),
    ));
    let window = events
        .iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("Request to resume the agreement due"))
        })
        .expect("window");
    assert_eq!(Some(all_day(window.get_start())), deadline.opens);
    assert_eq!(
        all_day(window.get_end()),
        deadline.due.succ_opt().expect("next day")
    );
    assert!(
        window
            .get_summary()
            .is_some_and(|s| s.contains("(温人社发〔2014〕311号 第十条)")),
        "English summaries keep the Chinese citation"
    );
}

#[test]
fn text_is_escaped_and_long_lines_are_folded() {
    let result = evaluate(SUSPENSION);
    let title = "复杂, 名称; 含\\反斜杠\n和换行";
    let text = calendar(&result, RegimeId::Shanghai2025, title, Lang::Zh, now());
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for physical in text.split("\r\n") {
        assert!(
            physical.len() <= 75,
            "{} octets: {physical}",
            physical.len()
        );
        assert!(!physical.contains('\n'), "only CRLF line ends");
    }
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains(r"X-WR-CALNAME:复杂\, 名称\; 含\\反斜杠\n和换行"));
    let parsed: Calendar = text.parse().expect("parses");
    assert!(
        parsed
            .get_name()
            .is_some_and(|n| n.starts_with("复杂, 名称; 含\\反斜杠")),
        "{:?}",
        parsed.get_name()
    );
    // A long Chinese description survives folding intact.
    let end = events(&text)
        .into_iter()
        .find(|e| {
            e.get_summary()
                .is_some_and(|s| s.starts_with("暂停医保支付资格期满"))
        })
        .expect("end");
    assert!(end
        .get_description()
        .is_some_and(|d| d.contains(&result.sanctions[1].text)));
}

#[test]
fn deadlines_the_person_must_meet_carry_a_reminder() {
    let result = evaluate(SUSPENSION);
    let text = calendar(&result, RegimeId::Shanghai2025, "x", Lang::Zh, now());
    let person = result
        .deadlines
        .iter()
        .filter(|d| d.actor == jifen::scoring::outcome::Actor::Person)
        .count();
    assert_eq!(text.matches("BEGIN:VALARM").count(), person);
    assert_eq!(text.matches("TRIGGER:-P1D").count(), person);
}

#[test]
fn an_empty_case_is_a_valid_calendar_without_events() {
    let result = evaluate(r#"{"regime": "jining-2024", "as_of": "2025-01-01", "incidents": []}"#);
    let text = calendar(&result, RegimeId::Jining2024, "空", Lang::Zh, now());
    assert!(events(&text).is_empty());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
}
