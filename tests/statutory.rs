//! The table of 春节, 清明, 端午 and 中秋 behind the statutory holidays
//! (`src/calendar/statutory.rs`), checked entry by entry against two calendar crates and,
//! for 2025–2030, against published dates.
//!
//! - ICU4X (`icu_calendar`): its `ChineseTraditional` calendar, which agrees with the
//!   tables of the Purple Mountain Observatory (1900–2025) and the Hong Kong Observatory
//!   (1901–2100), for 1900–2100; and the GB/T 33661-2017 rules it computes those tables
//!   from (`China::gb_t_33661_2017`) for every year 1900–2200, since past 2102 its
//!   `ChineseTraditional` falls back to an approximation.
//! - `tyme4rs` (寿星天文历 algorithms), for every year: the 清明 solar term, and the lunar
//!   dates, except for three old years where it differs from both observatories.
//!
//! Each Gregorian year holds exactly one 正月初一, one 五月初五 and one 八月十五 outside a leap
//! month, so checking that the table's date converts to that lunar day proves the entry.
//!
//! `cargo test --test statutory -- --ignored print_the_table --nocapture` prints the table
//! again, from ICU4X's GB/T 33661-2017 rules and `tyme4rs`'s 清明.

mod common;

use chrono::{Datelike, Days, NaiveDate, Weekday};
use icu_calendar::cal::east_asian_traditional::{
    China, EastAsianTraditional, EastAsianTraditionalYear, Rules,
};
use icu_calendar::cal::{scaffold::UnstableSealed, ChineseTraditional};
use icu_calendar::{AsCalendar, Date};
use jifen::calendar::statutory::{
    feasts, festival_on, statutory_holidays, Feasts, Festival, FEASTS_FROM, FEASTS_UNTIL,
};
use tyme4rs::tyme::solar::{SolarDay, SolarTerm};

use common::date;

/// ICU4X's Chinese calendar computed by the GB/T 33661-2017 rules for every year, as its
/// documentation suggests for years past 2100.
#[derive(Debug, Clone, Copy)]
struct Gb33661;

impl UnstableSealed for Gb33661 {}

impl Rules for Gb33661 {
    fn year(&self, related_iso: i32) -> EastAsianTraditionalYear {
        China::gb_t_33661_2017(related_iso)
    }

    type DateCompatibilityError = core::convert::Infallible;

    fn check_date_compatibility(&self, _: &Self) -> Result<(), Self::DateCompatibilityError> {
        Ok(())
    }
}

/// A lunar day: (month, leap, day).
type Lunar = (u8, bool, u8);

fn icu_lunar<A: AsCalendar>(day: NaiveDate, calendar: A) -> Lunar
where
    A::Calendar: icu_calendar::Calendar,
{
    let iso = Date::try_new_iso(day.year(), day.month() as u8, day.day() as u8)
        .unwrap_or_else(|e| panic!("{day}: {e:?}"));
    let lunar = iso.to_calendar(calendar);
    let month = lunar.month();
    (
        month.number(),
        month.to_input().is_leap(),
        lunar.day_of_month().0,
    )
}

fn official(day: NaiveDate) -> Lunar {
    icu_lunar(day, ChineseTraditional::new())
}

fn gb_t_33661(day: NaiveDate) -> Lunar {
    icu_lunar(day, EastAsianTraditional(Gb33661))
}

fn tyme_lunar(day: NaiveDate) -> Lunar {
    let lunar = SolarDay::from_ymd(
        day.year() as isize,
        day.month() as usize,
        day.day() as usize,
    )
    .get_lunar_day();
    let month = lunar.get_lunar_month();
    (
        month.get_month() as u8,
        month.is_leap(),
        lunar.get_day() as u8,
    )
}

fn tyme_qingming(year: i32) -> NaiveDate {
    let day = SolarTerm::from_name(year as isize, "清明").get_solar_day();
    NaiveDate::from_ymd_opt(year, day.get_month() as u32, day.get_day() as u32)
        .unwrap_or_else(|| panic!("清明 {year}"))
}

fn table(year: i32) -> Feasts {
    feasts(year).unwrap_or_else(|| panic!("no entry for {year}"))
}

const NEW_YEAR: Lunar = (1, false, 1);
const DRAGON_BOAT: Lunar = (5, false, 5);
const MID_AUTUMN: Lunar = (8, false, 15);

/// The lunar days of an entry's 除夕, 春节, 端午 and 中秋.
fn lunar_days(f: &Feasts, lunar: impl Fn(NaiveDate) -> Lunar) -> [Lunar; 4] {
    let eve = f.spring_festival - Days::new(1);
    [
        lunar(eve),
        lunar(f.spring_festival),
        lunar(f.dragon_boat),
        lunar(f.mid_autumn),
    ]
}

fn is_new_years_eve(eve: Lunar) -> bool {
    eve.0 == 12 && (eve.2 == 29 || eve.2 == 30)
}

#[test]
fn the_table_spans_1900_to_2200() {
    assert_eq!((FEASTS_FROM, FEASTS_UNTIL), (1900, 2200));
    assert!(feasts(1899).is_none());
    assert!(feasts(2201).is_none());
    assert!(feasts(i32::MIN).is_none());
    assert!(feasts(i32::MAX).is_none());
    for year in FEASTS_FROM..=FEASTS_UNTIL {
        let f = table(year);
        for d in [f.spring_festival, f.qingming, f.dragon_boat, f.mid_autumn] {
            assert_eq!(d.year(), year, "{d} is filed under {year}");
        }
    }
}

#[test]
fn every_entry_matches_the_observatories_tables_1900_to_2100() {
    for year in FEASTS_FROM..=2100 {
        let [eve, new_year, dragon_boat, mid_autumn] = lunar_days(&table(year), official);
        assert!(is_new_years_eve(eve), "除夕 {year}: {eve:?}");
        assert_eq!(new_year, NEW_YEAR, "春节 {year}");
        assert_eq!(dragon_boat, DRAGON_BOAT, "端午 {year}");
        assert_eq!(mid_autumn, MID_AUTUMN, "中秋 {year}");
    }
}

#[test]
fn every_entry_matches_gb_t_33661_2017_1900_to_2200() {
    for year in FEASTS_FROM..=FEASTS_UNTIL {
        let [eve, new_year, dragon_boat, mid_autumn] = lunar_days(&table(year), gb_t_33661);
        assert!(is_new_years_eve(eve), "除夕 {year}: {eve:?}");
        assert_eq!(new_year, NEW_YEAR, "春节 {year}");
        assert_eq!(dragon_boat, DRAGON_BOAT, "端午 {year}");
        assert_eq!(mid_autumn, MID_AUTUMN, "中秋 {year}");
    }
}

#[test]
fn every_entry_matches_tyme4rs_but_three_old_years() {
    // tyme4rs puts 中秋 1909 and 1942 and 春节 1954 a day after the observatories'
    // tables (the day it gives is 八月十四 or 腊月三十 for them).
    let differ = [1909, 1942, 1954];
    let mut seen = vec![];
    for year in FEASTS_FROM..=FEASTS_UNTIL {
        let f = table(year);
        assert_eq!(f.qingming, tyme_qingming(year), "清明 {year}");
        let [eve, new_year, dragon_boat, mid_autumn] = lunar_days(&f, tyme_lunar);
        let agrees = is_new_years_eve(eve)
            && new_year == NEW_YEAR
            && dragon_boat == DRAGON_BOAT
            && mid_autumn == MID_AUTUMN;
        if !agrees {
            seen.push(year);
        }
    }
    assert_eq!(seen, differ);
}

/// 2025 and 2026 from the State Council's arrangements (国办发明电〔2024〕12号 and
/// 〔2025〕7号: 除夕 is the first day off of the 春节 break, and 清明, 端午 and 中秋 fall in
/// their breaks); 2027–2030 from the Hong Kong Observatory's conversion tables as the
/// Python `holidays` package (v0.109, `holidays/calendars/chinese.py`) carries them, which
/// give the same dates for 2025 and 2026.
#[test]
fn published_dates_2025_to_2030() {
    let published = [
        (2025, "2025-01-29", "2025-04-04", "2025-05-31", "2025-10-06"),
        (2026, "2026-02-17", "2026-04-05", "2026-06-19", "2026-09-25"),
        (2027, "2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15"),
        (2028, "2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03"),
        (2029, "2029-02-13", "2029-04-04", "2029-06-16", "2029-09-22"),
        (2030, "2030-02-03", "2030-04-05", "2030-06-05", "2030-09-12"),
    ];
    for (year, spring, qingming, dragon_boat, mid_autumn) in published {
        let f = table(year);
        assert_eq!(f.spring_festival, date(spring), "春节 {year}");
        assert_eq!(f.qingming, date(qingming), "清明 {year}");
        assert_eq!(f.dragon_boat, date(dragon_boat), "端午 {year}");
        assert_eq!(f.mid_autumn, date(mid_autumn), "中秋 {year}");
    }
}

#[test]
fn the_boundary_years_of_the_table() {
    // 1900 (the Qing calendar's, which the observatories' tables follow) and 2200
    // (computed by GB/T 33661-2017; no calendar has been published that far).
    let first = table(1900);
    assert_eq!(first.spring_festival, date("1900-01-31"));
    assert_eq!(first.qingming, date("1900-04-05"));
    assert_eq!(first.dragon_boat, date("1900-06-01"));
    assert_eq!(first.mid_autumn, date("1900-09-08"));
    let last = table(2200);
    assert_eq!(last.spring_festival, date("2200-02-15"));
    assert_eq!(last.qingming, date("2200-04-05"));
    assert_eq!(last.dragon_boat, date("2200-06-16"));
    assert_eq!(last.mid_autumn, date("2200-09-23"));
    // 2199: 清明 within five minutes of midnight; the table keeps tyme4rs's day.
    assert_eq!(table(2199).qingming, date("2199-04-04"));
}

#[test]
fn thirteen_statutory_days_a_year() {
    for year in FEASTS_FROM..=FEASTS_UNTIL {
        let days = statutory_holidays(year);
        // Listed in date order, and each found again by `festival_on`.
        assert!(days.windows(2).all(|w| w[0].date <= w[1].date), "{year}");
        for day in &days {
            assert!(festival_on(day.date).is_some(), "{day:?}");
        }
        let mut dates: Vec<NaiveDate> = days.iter().map(|d| d.date).collect();
        dates.dedup();
        assert_eq!(days.len(), 13, "{year}: {days:?}");
        // 中秋 on 1–3 October is one day under both names: one day off fewer.
        let mid_autumn = table(year).mid_autumn;
        let meets = mid_autumn.month() == 10 && mid_autumn.day() <= 3;
        assert_eq!(dates.len(), if meets { 12 } else { 13 }, "{year}: {days:?}");
    }
    // 2001: 中秋 on 1 October.
    assert_eq!(festival_on(date("2001-10-01")), Some(Festival::MidAutumn));
    assert_eq!(festival_on(date("2001-10-02")), Some(Festival::NationalDay));
}

#[test]
fn outside_the_table_only_the_fixed_dates() {
    for year in [1899, 2201] {
        let days = statutory_holidays(year);
        let names: Vec<&str> = days.iter().map(|d| d.festival.name_zh()).collect();
        assert_eq!(
            names,
            ["元旦", "劳动节", "劳动节", "国庆节", "国庆节", "国庆节"],
            "{year}"
        );
    }
    // 春节 2201 (about 4 February by the GB/T rules) is not known.
    let unknown = (1..=28).map(|d| NaiveDate::from_ymd_opt(2201, 2, d));
    assert!(unknown.flatten().all(|d| festival_on(d).is_none()));
}

#[test]
fn names() {
    let days = statutory_holidays(2027);
    let listed: Vec<(String, &str, &str)> = days
        .iter()
        .map(|d| {
            (
                d.date.to_string(),
                d.festival.name_zh(),
                d.festival.name_en(),
            )
        })
        .collect();
    let expected = [
        ("2027-01-01", "元旦", "New Year's Day"),
        ("2027-02-05", "春节", "Spring Festival"),
        ("2027-02-06", "春节", "Spring Festival"),
        ("2027-02-07", "春节", "Spring Festival"),
        ("2027-02-08", "春节", "Spring Festival"),
        ("2027-04-05", "清明节", "Qingming Festival"),
        ("2027-05-01", "劳动节", "Labour Day"),
        ("2027-05-02", "劳动节", "Labour Day"),
        ("2027-06-09", "端午节", "Dragon Boat Festival"),
        ("2027-09-15", "中秋节", "Mid-Autumn Festival"),
        ("2027-10-01", "国庆节", "National Day"),
        ("2027-10-02", "国庆节", "National Day"),
        ("2027-10-03", "国庆节", "National Day"),
    ];
    let expected: Vec<(String, &str, &str)> = expected
        .iter()
        .map(|(d, zh, en)| (d.to_string(), *zh, *en))
        .collect();
    assert_eq!(listed, expected);
    // Saturday 2027-10-02 is listed: the statute names days, weekends or not.
    assert_eq!(date("2027-10-02").weekday(), Weekday::Sat);
}

/// Prints the table in `src/calendar/statutory.rs` again, by searching each year for the
/// lunar days (ICU4X, GB/T 33661-2017) and taking 清明 from tyme4rs.
#[test]
#[ignore = "prints the table; run when it is to be regenerated"]
fn print_the_table() {
    let find = |year: i32, from: (u32, u32), to: (u32, u32), lunar: Lunar| -> (u32, u32) {
        let start = NaiveDate::from_ymd_opt(year, from.0, from.1).expect("start");
        let end = NaiveDate::from_ymd_opt(year, to.0, to.1).expect("end");
        let day = start
            .iter_days()
            .take_while(|d| *d <= end)
            .find(|d| gb_t_33661(*d) == lunar)
            .unwrap_or_else(|| panic!("{lunar:?} in {year}"));
        (day.month(), day.day())
    };
    for year in FEASTS_FROM..=FEASTS_UNTIL {
        let s = find(year, (1, 15), (2, 25), NEW_YEAR);
        let d = find(year, (5, 20), (6, 30), DRAGON_BOAT);
        let m = find(year, (9, 1), (10, 15), MID_AUTUMN);
        let q = tyme_qingming(year);
        assert_eq!(q.month(), 4);
        println!(
            "    f(({}, {:>2}), {}, ({}, {:>2}), ({:>2}, {:>2})), // {year}",
            s.0,
            s.1,
            q.day(),
            d.0,
            d.1,
            m.0,
            m.1
        );
    }
}
