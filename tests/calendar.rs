//! The working-day calendar and the Civil Code month rule, checked against the State
//! Council's yearly holiday arrangements (国务院办公厅 部分节假日安排) 2014–2026 and
//! the one-off notices that changed them, and, in other years, against the statutory
//! holidays of 《全国年节及纪念日放假办法》 (2024 revision).

mod common;

use chrono::{Datelike, NaiveDate, Weekday};
use jifen::calendar::statutory::{festival_on, Festival};
use jifen::calendar::{
    add_months, covers, day_kind, sub_months, working_days_after, working_days_before, DayKind,
};
use serde_json::json;

use common::{date, eval};

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Weekdays that are holidays. Asserts each date really is Monday–Friday, so that a
/// typo in a test table cannot pass for a holiday.
fn weekdays_off(days: &[&str]) {
    for s in days {
        let d = date(s);
        assert!(!is_weekend(d), "{s} is not a weekday: fix the test");
        assert_eq!(day_kind(d), DayKind::DayOff, "{s} should be a day off");
        assert!(!day_kind(d).is_working(), "{s} is not a working day");
        assert!(covers(d), "{s} is in the covered years");
    }
}

/// Weekdays off in a year no arrangement covers: the statutory holidays, by name.
fn statutory_weekdays_off(days: &[(&str, Festival)]) {
    for (s, festival) in days {
        let d = date(s);
        assert!(!is_weekend(d), "{s} is not a weekday: fix the test");
        assert!(!covers(d), "{s} is outside the covered years");
        assert_eq!(festival_on(d), Some(*festival), "{s}");
        assert_eq!(day_kind(d), DayKind::DayOff, "{s} should be a day off");
    }
}

/// Weekend days made working days (调休上班).
fn weekends_worked(days: &[&str]) {
    for s in days {
        let d = date(s);
        assert!(is_weekend(d), "{s} is not a weekend day: fix the test");
        assert_eq!(day_kind(d), DayKind::WorkedWeekend, "{s} should be worked");
        assert!(day_kind(d).is_working(), "{s} is a working day");
    }
}

/// Plain Monday–Friday working days (typically the day after a break).
fn plain_working(days: &[&str]) {
    for s in days {
        let d = date(s);
        assert!(!is_weekend(d), "{s} is not a weekday: fix the test");
        assert_eq!(
            day_kind(d),
            DayKind::Working,
            "{s} should be an ordinary working day"
        );
    }
}

/// Days nobody works, whether listed as holidays or plain weekends.
fn not_working(days: &[&str]) {
    for s in days {
        assert!(
            !day_kind(date(s)).is_working(),
            "{s} should not be a working day, got {:?}",
            day_kind(date(s))
        );
    }
}

fn after(s: &str, n: u32) -> (String, bool) {
    let r = working_days_after(date(s), n).expect("inside chrono's range");
    (r.date.to_string(), r.covered)
}

fn before(s: &str, n: u32) -> (String, bool) {
    let r = working_days_before(date(s), n).expect("inside chrono's range");
    (r.date.to_string(), r.covered)
}

fn d(s: &str) -> NaiveDate {
    date(s)
}

// ---------------------------------------------------------------------------
// One test per year, from that year's notice: weekday holidays, make-up working
// weekend days, and the first working day after a break.
// ---------------------------------------------------------------------------

#[test]
fn year_2014() {
    // 国办发明电〔2013〕28号
    weekdays_off(&[
        "2014-01-01",
        "2014-01-31",
        "2014-02-06",
        "2014-04-07",
        "2014-05-01",
        "2014-05-02",
        "2014-06-02",
        "2014-09-08",
        "2014-10-01",
        "2014-10-07",
    ]);
    weekends_worked(&[
        "2014-01-26",
        "2014-02-08",
        "2014-05-04",
        "2014-09-28",
        "2014-10-11",
    ]);
    plain_working(&["2014-02-07", "2014-10-08", "2014-01-02"]);
}

#[test]
fn year_2015() {
    // 国办发明电〔2014〕28号
    weekdays_off(&[
        "2015-01-01",
        "2015-01-02",
        "2015-02-18",
        "2015-02-24",
        "2015-04-06",
        "2015-05-01",
        "2015-06-22",
        "2015-10-01",
        "2015-10-07",
    ]);
    weekends_worked(&["2015-01-04", "2015-02-15", "2015-02-28", "2015-10-10"]);
    plain_working(&["2015-01-05", "2015-02-25", "2015-10-08"]);
}

#[test]
fn year_2015_victory_day() {
    // 国发明电〔2015〕1号: 9月3日至5日调休放假, 9月6日（星期日）上班.
    weekdays_off(&["2015-09-03", "2015-09-04"]);
    not_working(&["2015-09-05"]);
    weekends_worked(&["2015-09-06"]);
    plain_working(&["2015-09-02", "2015-09-07"]);
    // 1 working day after Wed 2 September is Sunday 6 September.
    assert_eq!(after("2015-09-02", 1), ("2015-09-06".into(), true));
    assert_eq!(before("2015-09-06", 1), ("2015-09-02".into(), true));
}

#[test]
fn year_2016() {
    // 国办发明电〔2015〕18号
    weekdays_off(&[
        "2016-01-01",
        "2016-02-08",
        "2016-02-12",
        "2016-04-04",
        "2016-05-02",
        "2016-06-09",
        "2016-06-10",
        "2016-09-15",
        "2016-09-16",
        "2016-10-03",
        "2016-10-07",
    ]);
    weekends_worked(&[
        "2016-02-06",
        "2016-02-14",
        "2016-06-12",
        "2016-09-18",
        "2016-10-08",
        "2016-10-09",
    ]);
    plain_working(&["2016-02-15", "2016-10-10"]);
}

#[test]
fn year_2017() {
    // 国办发明电〔2016〕17号
    weekdays_off(&[
        "2017-01-02",
        "2017-01-27",
        "2017-02-02",
        "2017-04-03",
        "2017-04-04",
        "2017-05-01",
        "2017-05-29",
        "2017-05-30",
        "2017-10-02",
        "2017-10-06",
    ]);
    weekends_worked(&[
        "2017-01-22",
        "2017-02-04",
        "2017-04-01",
        "2017-05-27",
        "2017-09-30",
    ]);
    plain_working(&["2017-02-03", "2017-10-09"]);
}

#[test]
fn year_2018() {
    // 国办发明电〔2017〕12号
    weekdays_off(&[
        "2018-01-01",
        "2018-02-15",
        "2018-02-21",
        "2018-04-05",
        "2018-04-06",
        "2018-04-30",
        "2018-05-01",
        "2018-06-18",
        "2018-09-24",
        "2018-10-01",
        "2018-10-05",
    ]);
    weekends_worked(&[
        "2018-02-11",
        "2018-02-24",
        "2018-04-08",
        "2018-04-28",
        "2018-09-29",
        "2018-09-30",
    ]);
    plain_working(&["2018-02-22", "2018-10-08"]);
}

#[test]
fn year_2019() {
    // 国办发明电〔2018〕15号
    weekdays_off(&[
        "2019-01-01",
        "2019-02-04",
        "2019-02-08",
        "2019-04-05",
        "2019-06-07",
        "2019-09-13",
        "2019-10-01",
        "2019-10-07",
    ]);
    weekends_worked(&["2019-02-02", "2019-02-03", "2019-09-29", "2019-10-12"]);
    plain_working(&["2019-02-11", "2019-10-08"]);
}

#[test]
fn year_2019_new_year_set_by_the_2019_notice() {
    // The 2019 notice moved 2018-12-31 off and 2018-12-29 (Saturday) to a working day.
    weekdays_off(&["2018-12-31"]);
    weekends_worked(&["2018-12-29"]);
    not_working(&["2018-12-30"]);
    plain_working(&["2018-12-28", "2019-01-02"]);
    assert_eq!(after("2018-12-28", 1), ("2018-12-29".into(), true));
    assert_eq!(after("2018-12-28", 2), ("2019-01-02".into(), true));
}

#[test]
fn year_2019_labour_day_extended() {
    // 国办发明电〔2019〕3号: 5月1日至4日放假调休, 4月28日（星期日）、5月5日（星期日）上班.
    weekdays_off(&["2019-05-01", "2019-05-02", "2019-05-03"]);
    not_working(&["2019-05-04"]);
    weekends_worked(&["2019-04-28", "2019-05-05"]);
    plain_working(&["2019-04-30", "2019-05-06"]);
    assert_eq!(after("2019-04-30", 1), ("2019-05-05".into(), true));
    assert_eq!(after("2019-04-26", 1), ("2019-04-28".into(), true));
}

#[test]
fn year_2020() {
    // 国办发明电〔2019〕16号
    weekdays_off(&[
        "2020-01-01",
        "2020-01-24",
        "2020-04-06",
        "2020-05-01",
        "2020-05-04",
        "2020-05-05",
        "2020-06-25",
        "2020-06-26",
        "2020-10-01",
        "2020-10-08",
    ]);
    weekends_worked(&[
        "2020-01-19",
        "2020-04-26",
        "2020-05-09",
        "2020-06-28",
        "2020-09-27",
        "2020-10-10",
    ]);
    plain_working(&["2020-05-06", "2020-10-09"]);
}

#[test]
fn year_2020_spring_festival_extended() {
    // 国办发明电〔2020〕1号: the break is extended to 2 February, so Saturday 1 February,
    // a make-up working day in the first notice, is not worked.
    weekdays_off(&["2020-01-30", "2020-01-31"]);
    not_working(&["2020-02-01", "2020-02-02"]);
    assert_ne!(day_kind(d("2020-02-01")), DayKind::WorkedWeekend);
    plain_working(&["2020-02-03", "2020-01-23"]);
    assert_eq!(after("2020-01-23", 1), ("2020-02-03".into(), true));
    assert_eq!(before("2020-02-03", 1), ("2020-01-23".into(), true));
}

#[test]
fn year_2021() {
    // 国办发明电〔2020〕27号
    weekdays_off(&[
        "2021-01-01",
        "2021-02-11",
        "2021-02-17",
        "2021-04-05",
        "2021-05-03",
        "2021-05-05",
        "2021-06-14",
        "2021-09-20",
        "2021-09-21",
        "2021-10-01",
        "2021-10-07",
    ]);
    weekends_worked(&[
        "2021-02-07",
        "2021-02-20",
        "2021-04-25",
        "2021-05-08",
        "2021-09-18",
        "2021-09-26",
        "2021-10-09",
    ]);
    plain_working(&["2021-02-18", "2021-10-08"]);
}

#[test]
fn year_2022() {
    // 国办发明电〔2021〕11号
    weekdays_off(&[
        "2022-01-03",
        "2022-01-31",
        "2022-02-04",
        "2022-04-04",
        "2022-04-05",
        "2022-05-02",
        "2022-05-04",
        "2022-06-03",
        "2022-09-12",
        "2022-10-03",
        "2022-10-07",
    ]);
    weekends_worked(&[
        "2022-01-29",
        "2022-01-30",
        "2022-04-02",
        "2022-04-24",
        "2022-05-07",
        "2022-10-08",
        "2022-10-09",
    ]);
    plain_working(&["2022-02-07", "2022-05-05"]);
}

#[test]
fn year_2023() {
    // 国办发明电〔2022〕16号
    weekdays_off(&[
        "2023-01-02",
        "2023-01-23",
        "2023-01-27",
        "2023-04-05",
        "2023-05-01",
        "2023-05-03",
        "2023-06-22",
        "2023-06-23",
        "2023-09-29",
        "2023-10-06",
    ]);
    weekends_worked(&[
        "2023-01-28",
        "2023-01-29",
        "2023-04-23",
        "2023-05-06",
        "2023-06-25",
        "2023-10-07",
        "2023-10-08",
    ]);
    plain_working(&["2023-01-03", "2023-04-06", "2023-10-09"]);
}

#[test]
fn year_2024() {
    // 国办发明电〔2023〕7号
    weekdays_off(&[
        "2024-01-01",
        "2024-02-12",
        "2024-02-16",
        "2024-04-04",
        "2024-04-05",
        "2024-05-01",
        "2024-05-03",
        "2024-06-10",
        "2024-09-16",
        "2024-09-17",
        "2024-10-01",
        "2024-10-07",
    ]);
    weekends_worked(&[
        "2024-02-04",
        "2024-02-18",
        "2024-04-07",
        "2024-04-28",
        "2024-05-11",
        "2024-09-14",
        "2024-09-29",
        "2024-10-12",
    ]);
    plain_working(&["2024-02-19", "2024-05-06", "2024-10-08"]);
}

#[test]
fn year_2025() {
    // 国办发明电〔2024〕12号
    weekdays_off(&[
        "2025-01-01",
        "2025-01-28",
        "2025-02-04",
        "2025-04-04",
        "2025-05-01",
        "2025-05-05",
        "2025-06-02",
        "2025-10-01",
        "2025-10-08",
    ]);
    weekends_worked(&[
        "2025-01-26",
        "2025-02-08",
        "2025-04-27",
        "2025-09-28",
        "2025-10-11",
    ]);
    plain_working(&["2025-02-05", "2025-05-06", "2025-10-09"]);
    // Labour Day 2025 has a single make-up day (27 April): Saturday 10 May is a weekend.
    assert_eq!(day_kind(d("2025-05-10")), DayKind::Weekend);
}

#[test]
fn year_2026() {
    // 国办发明电〔2025〕7号
    weekdays_off(&[
        "2026-01-01",
        "2026-01-02",
        "2026-02-16",
        "2026-02-20",
        "2026-02-23",
        "2026-04-06",
        "2026-05-01",
        "2026-05-04",
        "2026-05-05",
        "2026-06-19",
        "2026-09-25",
        "2026-10-01",
        "2026-10-07",
    ]);
    weekends_worked(&[
        "2026-01-04",
        "2026-02-14",
        "2026-02-28",
        "2026-05-09",
        "2026-09-20",
        "2026-10-10",
    ]);
    plain_working(&["2026-02-24", "2026-05-06", "2026-10-08"]);
}

#[test]
fn ordinary_weekends_and_weekdays() {
    assert_eq!(day_kind(d("2025-03-08")), DayKind::Weekend);
    assert_eq!(day_kind(d("2025-03-09")), DayKind::Weekend);
    assert_eq!(day_kind(d("2025-03-10")), DayKind::Working);
    assert!(!DayKind::Weekend.is_working());
    assert!(!DayKind::DayOff.is_working());
    assert!(DayKind::Working.is_working());
    assert!(DayKind::WorkedWeekend.is_working());
}

// ---------------------------------------------------------------------------
// Working-day reckoning
// ---------------------------------------------------------------------------

#[test]
fn nth_working_day_is_strictly_after() {
    // Tue 2025-05-06 → 10 WD after: 7, 8, 9, 12, 13, 14, 15, 16, 19, 20.
    assert_eq!(after("2025-05-06", 10), ("2025-05-20".into(), true));
    // From a working day, 1 WD after is the next working day, never the day itself.
    assert_eq!(after("2025-03-10", 1), ("2025-03-11".into(), true));
    assert_eq!(before("2025-03-11", 1), ("2025-03-10".into(), true));
    // Friday → Monday.
    assert_eq!(after("2025-03-07", 1), ("2025-03-10".into(), true));
    assert_eq!(before("2025-03-10", 1), ("2025-03-07".into(), true));
    // 5 WD after a Monday is the next Monday.
    assert_eq!(after("2025-03-10", 5), ("2025-03-17".into(), true));
}

#[test]
fn reckoning_across_the_spring_festival() {
    // 2025: 28 Jan – 4 Feb off; Sunday 26 Jan and Saturday 8 Feb worked.
    assert_eq!(after("2025-01-27", 1), ("2025-02-05".into(), true));
    // Fri 24 Jan: Sun 26 (1), Mon 27 (2), Wed 5 Feb (3), Thu 6 (4), Fri 7 (5), Sat 8 (6).
    assert_eq!(after("2025-01-24", 5), ("2025-02-07".into(), true));
    assert_eq!(after("2025-01-24", 6), ("2025-02-08".into(), true));
    assert_eq!(after("2025-01-24", 7), ("2025-02-10".into(), true));
    // Backwards: 27 Jan (1), Sun 26 Jan (2), Fri 24 Jan (3).
    assert_eq!(before("2025-02-05", 1), ("2025-01-27".into(), true));
    assert_eq!(before("2025-02-05", 3), ("2025-01-24".into(), true));
    // 2024: 10–17 Feb off; Sunday 18 Feb worked.
    assert_eq!(after("2024-02-09", 1), ("2024-02-18".into(), true));
    assert_eq!(after("2024-02-09", 2), ("2024-02-19".into(), true));
}

#[test]
fn reckoning_across_national_day() {
    // Fri 2024-09-27: Sun 29 Sep (1), Mon 30 (2), 1–7 Oct off, 8 (3) 9 (4) 10 (5) 11 (6),
    // Sat 12 Oct worked (7), 14 (8), 15 (9), 16 (10).
    assert_eq!(after("2024-09-27", 10), ("2024-10-16".into(), true));
    assert_eq!(before("2024-10-16", 10), ("2024-09-27".into(), true));
}

#[test]
fn reckoning_from_a_weekend_day_or_holiday() {
    // From Saturday: the next Monday.
    assert_eq!(after("2025-05-10", 1), ("2025-05-12".into(), true));
    assert_eq!(after("2025-05-11", 1), ("2025-05-12".into(), true));
    // From Saturday 26 April 2025: Sunday 27 April is worked.
    assert_eq!(after("2025-04-26", 1), ("2025-04-27".into(), true));
    // From a holiday in the middle of the break.
    assert_eq!(after("2025-10-03", 1), ("2025-10-09".into(), true));
    // Backwards from a Sunday.
    assert_eq!(before("2025-05-11", 1), ("2025-05-09".into(), true));
    // From a worked weekend day itself.
    assert_eq!(after("2025-02-08", 1), ("2025-02-10".into(), true));
}

#[test]
fn coverage_ends_at_2026() {
    assert!(covers(d("2014-01-01")));
    assert!(covers(d("2020-02-01")));
    assert!(covers(d("2026-12-31")));
    assert!(!covers(d("2013-12-31")));
    assert!(!covers(d("2027-01-01")));
    assert!(!covers(d("2027-10-01")));
    assert!(!covers(d("2013-10-01")));
    // Outside: weekends and the statutory holidays (spec v2). Until v2, 2027-01-01 and
    // 2013-10-01 counted as working days.
    assert_eq!(day_kind(d("2027-01-01")), DayKind::DayOff);
    assert_eq!(day_kind(d("2027-01-02")), DayKind::Weekend);
    assert_eq!(day_kind(d("2027-01-04")), DayKind::Working);
    assert_eq!(day_kind(d("2013-10-01")), DayKind::DayOff);
    assert_eq!(day_kind(d("2013-10-05")), DayKind::Weekend);
}

#[test]
fn reckoning_outside_the_covered_years_is_flagged() {
    // Thu 2026-12-31 (1), Fri 2027-01-01 元旦 off, Mon 4 Jan (2), Tue 5 Jan (3).
    assert_eq!(after("2026-12-30", 3), ("2027-01-05".into(), false));
    assert_eq!(after("2026-12-30", 1), ("2026-12-31".into(), true));
    assert_eq!(after("2027-03-01", 1), ("2027-03-02".into(), false));
    // 2014-01-01 is off; Tue 31 Dec 2013 (1), Mon 30 Dec 2013 (2).
    assert_eq!(before("2014-01-02", 2), ("2013-12-30".into(), false));
    assert_eq!(before("2014-01-03", 1), ("2014-01-02".into(), true));
    assert_eq!(after("2013-06-03", 1), ("2013-06-04".into(), false));
    // Passing an uncovered weekend flags the count too: Sat 2013-12-28 and Sun 29.
    assert_eq!(after("2013-12-27", 1), ("2013-12-30".into(), false));
}

// ---------------------------------------------------------------------------
// Years no arrangement covers: the statutory holidays of 《全国年节及纪念日放假办法》
// (2024 revision), without bridging days off or make-up working days.
// ---------------------------------------------------------------------------

#[test]
fn an_objection_period_from_2026_12_18_skips_new_year_2027() {
    // Fri 18 Dec 2026 + 10 WD: 21–25 (5), 28–31 (9), Fri 1 Jan 2027 元旦 off, 2–3 weekend,
    // Mon 4 Jan (10). Weekends alone gave Fri 1 Jan, one working day too early.
    assert_eq!(after("2026-12-18", 10), ("2027-01-04".into(), false));
    assert_eq!(after("2026-12-18", 9), ("2026-12-31".into(), true));
    statutory_weekdays_off(&[("2027-01-01", Festival::NewYear)]);
    // Backwards over it: Mon 4 Jan 2027 − 1 WD is Thu 31 Dec 2026.
    assert_eq!(before("2027-01-04", 1), ("2026-12-31".into(), false));
}

#[test]
fn spring_festival_2027() {
    // 春节 2027: 正月初一 is Sat 6 Feb; 除夕 Fri 5 Feb, 初二 Sun 7 Feb, 初三 Mon 8 Feb.
    statutory_weekdays_off(&[
        ("2027-02-05", Festival::SpringFestival),
        ("2027-02-08", Festival::SpringFestival),
    ]);
    assert_eq!(day_kind(d("2027-02-06")), DayKind::Weekend);
    assert_eq!(day_kind(d("2027-02-07")), DayKind::Weekend);
    assert_eq!(festival_on(d("2027-02-06")), Some(Festival::SpringFestival));
    // Spec v3 (第六条): 初一 and 初二 fall on the weekend, so Tue 9 and Wed 10 Feb are
    // substitute days off (补假); no make-up working day.
    not_working(&["2027-02-09", "2027-02-10"]);
    plain_working(&["2027-02-04", "2027-02-11"]);
    assert_eq!(day_kind(d("2027-01-31")), DayKind::Weekend);
    assert_eq!(day_kind(d("2027-02-20")), DayKind::Weekend);
    assert_eq!(after("2027-02-04", 1), ("2027-02-11".into(), false));
    assert_eq!(before("2027-02-11", 1), ("2027-02-04".into(), false));
}

#[test]
fn the_other_holidays_of_2027() {
    statutory_weekdays_off(&[
        ("2027-04-05", Festival::Qingming),
        ("2027-06-09", Festival::DragonBoat),
        ("2027-09-15", Festival::MidAutumn),
        ("2027-10-01", Festival::NationalDay),
    ]);
    // 劳动节 (Sat 1 and Sun 2 May) and 国庆节 days 2–3 (Sat, Sun) fall on a weekend: weekend
    // days, each made up on the next working days (spec v3, 第六条补假): Mon 3 and Tue 4
    // May, Mon 4 and Tue 5 October.
    for s in ["2027-05-01", "2027-05-02", "2027-10-02", "2027-10-03"] {
        assert!(festival_on(d(s)).is_some(), "{s}");
        assert_eq!(day_kind(d(s)), DayKind::Weekend, "{s}");
    }
    not_working(&["2027-05-03", "2027-05-04", "2027-10-04", "2027-10-05"]);
    plain_working(&["2027-05-05", "2027-10-06", "2027-04-06", "2027-09-16"]);
    // Thu 30 Sep 2027 + 1 WD: Fri 1 Oct off, weekend, Mon 4 and Tue 5 Oct made up, Wed 6 Oct.
    assert_eq!(after("2027-09-30", 1), ("2027-10-06".into(), false));
}

#[test]
fn qingming_2030() {
    // The 清明 solar term falls on Fri 5 April 2030.
    statutory_weekdays_off(&[("2030-04-05", Festival::Qingming)]);
    plain_working(&["2030-04-04", "2030-04-08"]);
    assert_eq!(after("2030-04-04", 1), ("2030-04-08".into(), false));
}

#[test]
fn a_year_before_2014() {
    // 2013 by the statute (2024 revision), not by the 2013 arrangement, which no one has
    // entered: 元旦 Tue 1 Jan; 春节 (正月初一 Sun 10 Feb): 除夕 and 初一 on the weekend, 初二
    // and 初三 Mon–Tue; 清明 Thu 4 Apr; 端午 Wed 12 Jun; 中秋 Thu 19 Sep; 国庆 Tue–Thu 1–3 Oct.
    statutory_weekdays_off(&[
        ("2013-01-01", Festival::NewYear),
        ("2013-02-11", Festival::SpringFestival),
        ("2013-02-12", Festival::SpringFestival),
        ("2013-04-04", Festival::Qingming),
        ("2013-05-01", Festival::LabourDay),
        ("2013-05-02", Festival::LabourDay),
        ("2013-06-12", Festival::DragonBoat),
        ("2013-09-19", Festival::MidAutumn),
        ("2013-10-01", Festival::NationalDay),
        ("2013-10-02", Festival::NationalDay),
        ("2013-10-03", Festival::NationalDay),
    ]);
    assert_eq!(day_kind(d("2013-02-09")), DayKind::Weekend);
    assert_eq!(day_kind(d("2013-02-10")), DayKind::Weekend);
    // 除夕 and 初一 on the weekend are made up on Wed 13 and Thu 14 Feb (spec v3, 第六条); the
    // other days the 2013 arrangement added (15 Feb, 4–7 Oct) are not projected.
    not_working(&["2013-02-13", "2013-02-14"]);
    plain_working(&["2013-02-15", "2013-10-04", "2013-01-04"]);
    // Mon 30 Sep 2013 + 1 WD: 1–3 Oct off, Fri 4 Oct.
    assert_eq!(after("2013-09-30", 1), ("2013-10-04".into(), false));
}

#[test]
fn a_holiday_on_a_weekend_is_made_up_on_the_next_working_day() {
    // 元旦 2028 is a Saturday: Monday 3 January is its substitute day off (spec v3,
    // 《全国年节及纪念日放假办法》第六条).
    assert_eq!(d("2028-01-01").weekday(), Weekday::Sat);
    assert_eq!(festival_on(d("2028-01-01")), Some(Festival::NewYear));
    assert_eq!(day_kind(d("2028-01-01")), DayKind::Weekend);
    assert_eq!(day_kind(d("2028-01-03")), DayKind::DayOff);
    plain_working(&["2028-01-04"]);
    assert_eq!(after("2027-12-31", 1), ("2028-01-04".into(), false));
}

#[test]
fn the_first_and_last_years_of_the_lunar_table() {
    // 1900: 春节 Wed 31 Jan (除夕 Tue 30 Jan, 初三 Fri 2 Feb), 清明 Thu 5 Apr.
    statutory_weekdays_off(&[
        ("1900-01-30", Festival::SpringFestival),
        ("1900-02-02", Festival::SpringFestival),
        ("1900-04-05", Festival::Qingming),
        ("1900-06-01", Festival::DragonBoat),
    ]);
    plain_working(&["1900-02-05"]);
    // 2200 (computed by GB/T 33661-2017): 除夕 Fri 14 Feb, 初一 Sat 15 Feb, 初三 Mon 17 Feb.
    statutory_weekdays_off(&[
        ("2200-02-14", Festival::SpringFestival),
        ("2200-02-17", Festival::SpringFestival),
        ("2200-06-16", Festival::DragonBoat),
        ("2200-09-23", Festival::MidAutumn),
    ]);
    // 初一 and 初二 on the weekend: made up on Tue 18 and Wed 19 Feb (spec v3, 第六条).
    not_working(&["2200-02-18", "2200-02-19"]);
    plain_working(&["2200-02-20"]);
    // Past the table, only the fixed-date holidays are known: 元旦 Thu 1 Jan 2201 is off,
    // 春节 2201 is not.
    statutory_weekdays_off(&[("2201-01-01", Festival::NewYear)]);
    plain_working(&["2201-02-04", "2201-02-05"]);
    statutory_weekdays_off(&[("1899-10-02", Festival::NationalDay)]);
}

// ---------------------------------------------------------------------------
// Months (民法典 第二百零一条、第二百零二条)
// ---------------------------------------------------------------------------

#[test]
fn civil_code_month_rule() {
    let cases = [
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2024-02-29", 12, "2025-02-28"),
        ("2023-08-31", 6, "2024-02-29"),
        ("2025-03-15", 1, "2025-04-15"),
        ("2025-08-31", 6, "2026-02-28"),
        ("2025-12-31", 2, "2026-02-28"),
        ("2025-10-31", 1, "2025-11-30"),
        ("2025-05-20", 12, "2026-05-20"),
        ("2024-02-29", 48, "2028-02-29"),
        ("2025-01-15", 0, "2025-01-15"),
    ];
    for (from, n, to) in cases {
        assert_eq!(add_months(d(from), n), Some(d(to)), "{from} + {n} months");
    }
}

#[test]
fn civil_code_month_rule_backwards() {
    let cases = [
        ("2025-03-31", 1, "2025-02-28"),
        ("2024-03-31", 1, "2024-02-29"),
        ("2025-02-28", 12, "2024-02-28"),
        ("2025-09-01", 1, "2025-08-01"),
        ("2025-12-01", 1, "2025-11-01"),
        ("2025-05-31", 1, "2025-04-30"),
        ("2026-01-15", 3, "2025-10-15"),
    ];
    for (from, n, to) in cases {
        assert_eq!(sub_months(d(from), n), Some(d(to)), "{from} - {n} months");
    }
}

// ---------------------------------------------------------------------------
// Through the scoring core
// ---------------------------------------------------------------------------

fn warning_codes(result: &serde_json::Value) -> Vec<String> {
    result["warnings"]
        .as_array()
        .unwrap_or_else(|| panic!("no warnings list in {result}"))
        .iter()
        .map(|w| w["code"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn a_deadline_reaching_2027_warns_calendar_not_covered() {
    let case = json!({
        "regime": "shanghai-2025",
        "as_of": "2026-12-31",
        "incidents": [{
            "id": "a", "item": "13.2", "responsibility": "primary",
            "decided_on": "2026-12-28", "occurred_on": "2026-10-01",
            "notified_on": "2026-12-21"
        }]
    });
    let result = eval(&case, "2026-12-31");
    assert!(result.get("error").is_none(), "{result}");
    assert!(
        warning_codes(&result)
            .iter()
            .any(|c| c == "calendar_not_covered"),
        "{result}"
    );
    // Objection: 10 WD after Mon 21 Dec 2026 = 22–25 (4), 28–31 (8), Fri 1 Jan 2027 off
    // (元旦, by the statute: spec v2), Mon 4 Jan (9), Tue 5 Jan (10). Weekends alone gave
    // Mon 4 Jan.
    let deadlines = result["deadlines"].as_array().expect("deadlines");
    let objection = deadlines
        .iter()
        .find(|x| x["kind"] == "objection")
        .unwrap_or_else(|| panic!("objection deadline in {result}"));
    assert_eq!(objection["due"], "2027-01-05");
    // Agency decision: 3 WD after the objection deadline: 6, 7, 8 Jan.
    let decision = deadlines
        .iter()
        .find(|x| x["kind"] == "agency_decision")
        .unwrap_or_else(|| panic!("agency_decision deadline in {result}"));
    assert_eq!(decision["due"], "2027-01-08");
}

#[test]
fn a_case_inside_2025_has_no_calendar_warning() {
    let case = json!({
        "regime": "shanghai-2025",
        "as_of": "2025-12-01",
        "incidents": [{
            "id": "a", "item": "13.2", "responsibility": "primary",
            "decided_on": "2025-06-10", "occurred_on": "2025-04-15",
            "notified_on": "2025-06-03"
        }]
    });
    let result = eval(&case, "2025-12-01");
    assert!(result.get("error").is_none(), "{result}");
    // No calendar warning; the one warning is v3's: the decision of 06-10 is dated inside
    // the objection period (to 06-17).
    assert_eq!(
        warning_codes(&result),
        ["decision_inside_objection_window"],
        "{result}"
    );
    // Tue 3 June 2025 + 10 WD: 4, 5, 6, 9, 10, 11, 12, 13, 16, 17.
    let deadlines = result["deadlines"].as_array().expect("deadlines");
    let due = |kind: &str| {
        deadlines
            .iter()
            .find(|x| x["kind"] == kind)
            .map(|x| x["due"].clone())
            .unwrap_or_else(|| panic!("{kind} in {result}"))
    };
    assert_eq!(due("objection"), "2025-06-17");
    // + 3 WD: 18, 19, 20.
    assert_eq!(due("agency_decision"), "2025-06-20");
}
