//! The statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision, 国务院令第793号),
//! which the calendar counts as days off in the years no official arrangement covers.
//!
//! The statute fixes thirteen days off a year for everyone: 元旦 (1 January), 春节 (除夕 and
//! 正月初一 to 初三), 清明节 (the day of the 清明 solar term), 劳动节 (1–2 May), 端午节 (五月初五),
//! 中秋节 (八月十五) and 国庆节 (1–3 October). The yearly arrangement (国务院办公厅 放假安排)
//! then joins them to weekends with bridging days off and make-up working days; those are not
//! known before it is published, so they are not projected here.
//!
//! # The table
//!
//! The lunar and solar-term dates come from a table, `FEASTS`: for each year 1900–2200, the Gregorian
//! dates of 春节 (正月初一), 清明, 端午 and 中秋. 除夕 is the day before 春节 (the last day of the
//! twelfth month, 腊月廿九 or 三十).
//!
//! - 春节, 端午, 中秋: the Chinese calendar by the rules of GB/T 33661-2017 《农历的编算和颁行》, as
//!   computed by ICU4X (`icu_calendar` 2.4, `China::gb_t_33661_2017`). For 1900–2100 this is the
//!   same as ICU4X's `ChineseTraditional`, which agrees with the tables published by the Purple
//!   Mountain Observatory (1900–2025) and the Hong Kong Observatory (1901–2100). For 2101–2200
//!   no calendar has been published: the dates are computed, and a new moon close to midnight
//!   could still move one of them by a day when the official calendar is made.
//! - 清明: the day (UTC+8) on which the Sun reaches longitude 15°, from `tyme4rs` 1.5 (寿星天文历
//!   algorithms), checked for 1900–2200 against an independent VSOP87 computation (PyEphem 4.2,
//!   with aberration): the two agree on every day except 2199, when the term falls within five
//!   minutes of midnight (tyme4rs 4 April 23:59, PyEphem 5 April 00:04) and the table keeps
//!   tyme4rs's 4 April.
//!
//! `tests/statutory.rs` checks every entry against `icu_calendar` (both rules above) and
//! `tyme4rs`, and prints the table again (`cargo test --test statutory -- --ignored
//! print_the_table --nocapture`). The years 2025–2030 are also checked there against published
//! dates (the State Council's arrangements for 2025 and 2026; the Hong Kong Observatory's
//! conversion tables as carried by the Python `holidays` package, v0.109). The only known
//! disagreements among sources are old: `tyme4rs` puts 春节 1954 and 中秋 1909 and 1942 a day
//! off the observatories' tables, and for 春节 1916 the Hong Kong Observatory (4 February, UTC+8)
//! and the Purple Mountain Observatory (3 February, Beijing local time, which the table follows)
//! differ.
//!
//! Why a table and not a crate: the core is compiled into the app's WebAssembly, whose bundle
//! must shrink. The table is 4 bytes a year, 1,204 bytes for 301 years, read by a few lines of
//! code, with no dependency; a lunisolar crate would bring either its own tables
//! (several kilobytes, most of it month lengths we do not need) or floating-point astronomy.
//! The crates are dev-dependencies only, for the check.
//!
//! Outside 1900–2200 (a deadline counted past the end of 2199, the last year a case may name)
//! only the holidays on fixed Gregorian dates (元旦, 劳动节, 国庆节) are known; 春节, 清明, 端午
//! and 中秋 are then counted as ordinary days.

use chrono::{Datelike, Days, NaiveDate};

/// A holiday of 《全国年节及纪念日放假办法》 (2024 revision) on which everyone has days off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Festival {
    /// 元旦: 1 January.
    NewYear,
    /// 春节: 除夕 and 正月初一 to 初三 (four days).
    SpringFestival,
    /// 清明节: the day of the 清明 solar term.
    Qingming,
    /// 劳动节: 1 and 2 May.
    LabourDay,
    /// 端午节: 五月初五.
    DragonBoat,
    /// 中秋节: 八月十五.
    MidAutumn,
    /// 国庆节: 1 to 3 October.
    NationalDay,
}

impl Festival {
    /// The statute's name, e.g. `春节`.
    pub fn name_zh(self) -> &'static str {
        match self {
            Festival::NewYear => "元旦",
            Festival::SpringFestival => "春节",
            Festival::Qingming => "清明节",
            Festival::LabourDay => "劳动节",
            Festival::DragonBoat => "端午节",
            Festival::MidAutumn => "中秋节",
            Festival::NationalDay => "国庆节",
        }
    }

    /// The English name, e.g. `Spring Festival`.
    pub fn name_en(self) -> &'static str {
        match self {
            Festival::NewYear => "New Year's Day",
            Festival::SpringFestival => "Spring Festival",
            Festival::Qingming => "Qingming Festival",
            Festival::LabourDay => "Labour Day",
            Festival::DragonBoat => "Dragon Boat Festival",
            Festival::MidAutumn => "Mid-Autumn Festival",
            Festival::NationalDay => "National Day",
        }
    }
}

/// One statutory day off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatutoryDay {
    pub date: NaiveDate,
    pub festival: Festival,
}

/// The Gregorian dates of a year's lunar and solar-term holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feasts {
    /// 春节: 正月初一. 除夕 is the day before.
    pub spring_festival: NaiveDate,
    /// 清明: the day of the solar term.
    pub qingming: NaiveDate,
    /// 端午: 五月初五.
    pub dragon_boat: NaiveDate,
    /// 中秋: 八月十五.
    pub mid_autumn: NaiveDate,
}

/// The first and last years whose 春节, 清明, 端午 and 中秋 the calendar knows.
pub const FEASTS_FROM: i32 = 1900;
pub const FEASTS_UNTIL: i32 = 2200;

/// The dates of `year`'s 春节, 清明, 端午 and 中秋; `None` outside 1900–2200.
pub fn feasts(year: i32) -> Option<Feasts> {
    let index = usize::try_from(year.checked_sub(FEASTS_FROM)?).ok()?;
    let packed = FEASTS.get(index)?;
    Some(Feasts {
        spring_festival: running(year, 1, 31, packed.spring_festival)?,
        qingming: NaiveDate::from_ymd_opt(year, 4, u32::from(packed.qingming))?,
        dragon_boat: running(year, 5, 31, packed.dragon_boat)?,
        mid_autumn: running(year, 9, 30, packed.mid_autumn)?,
    })
}

/// The statutory days off of `year`, in date order: thirteen, but for the years when 中秋
/// falls on 1–3 October, whose date is then listed under both names (twelve days off).
/// Outside 1900–2200 only 元旦, 劳动节 and 国庆节.
///
/// ```
/// use jifen::calendar::statutory::{statutory_holidays, Festival};
/// let days = statutory_holidays(2027);
/// assert_eq!(days.len(), 13);
/// let spring: Vec<String> = days
///     .iter()
///     .filter(|d| d.festival == Festival::SpringFestival)
///     .map(|d| d.date.to_string())
///     .collect();
/// assert_eq!(spring, ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]);
/// ```
pub fn statutory_holidays(year: i32) -> Vec<StatutoryDay> {
    let mut days = Vec::with_capacity(13);
    let mut push = |festival: Festival, date: Option<NaiveDate>| {
        if let Some(date) = date {
            days.push(StatutoryDay { date, festival });
        }
    };
    let fixed = |m: u32, d: u32| NaiveDate::from_ymd_opt(year, m, d);
    push(Festival::NewYear, fixed(1, 1));
    push(Festival::LabourDay, fixed(5, 1));
    push(Festival::LabourDay, fixed(5, 2));
    push(Festival::NationalDay, fixed(10, 1));
    push(Festival::NationalDay, fixed(10, 2));
    push(Festival::NationalDay, fixed(10, 3));
    if let Some(f) = feasts(year) {
        let spring = f.spring_festival;
        push(
            Festival::SpringFestival,
            spring.checked_sub_days(Days::new(1)),
        );
        for n in 0..3 {
            push(
                Festival::SpringFestival,
                spring.checked_add_days(Days::new(n)),
            );
        }
        push(Festival::Qingming, Some(f.qingming));
        push(Festival::DragonBoat, Some(f.dragon_boat));
        push(Festival::MidAutumn, Some(f.mid_autumn));
    }
    super::sort_by_key(&mut days, |d| d.date);
    days
}

/// The substitute days off (补假) of `year`: 《全国年节及纪念日放假办法》第六条 "全体公民放假的假日，
/// 如果适逢周六、周日，应当在工作日补假". Each holiday falling on a Saturday or Sunday adds one
/// day off: the first working day after the holiday's days, then the next for a second one.
/// Holidays that follow one another (中秋 and 国庆) count as one stretch of days.
///
/// ```
/// use chrono::NaiveDate;
/// use jifen::calendar::statutory::substitute_days;
///
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// // 国庆 2027 falls on Friday to Sunday: Monday 4 and Tuesday 5 October are off.
/// let days = substitute_days(2027);
/// assert!(days.contains(&d("2027-10-04")) && days.contains(&d("2027-10-05")));
/// ```
pub fn substitute_days(year: i32) -> Vec<NaiveDate> {
    let mut holidays: Vec<NaiveDate> = statutory_holidays(year).iter().map(|d| d.date).collect();
    holidays.dedup();
    let is_weekend =
        |d: NaiveDate| matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun);
    let mut substitutes: Vec<NaiveDate> = Vec::new();
    let mut i = 0;
    while i < holidays.len() {
        // A stretch of holidays, one day after another.
        let mut j = i;
        while j + 1 < holidays.len() && holidays[j].succ_opt() == Some(holidays[j + 1]) {
            j += 1;
        }
        let owed = holidays[i..=j].iter().filter(|d| is_weekend(**d)).count();
        let mut day = holidays[j];
        for _ in 0..owed {
            // The next weekday that is neither a holiday nor already a substitute.
            loop {
                let Some(next) = day.succ_opt() else {
                    return substitutes;
                };
                day = next;
                if !is_weekend(day) && !holidays.contains(&day) && !substitutes.contains(&day) {
                    substitutes.push(day);
                    break;
                }
            }
        }
        i = j + 1;
    }
    substitutes
}

/// The statutory holiday `date` is, if any (中秋 before 国庆 when they meet).
pub fn festival_on(date: NaiveDate) -> Option<Festival> {
    let (m, d) = (date.month(), date.day());
    match (m, d) {
        (1, 1) => return Some(Festival::NewYear),
        (5, 1 | 2) => return Some(Festival::LabourDay),
        _ => {}
    }
    if let Some(f) = feasts(date.year()) {
        let spring = f.spring_festival;
        let eve = spring.checked_sub_days(Days::new(1));
        let third = spring.checked_add_days(Days::new(2));
        if eve.is_some_and(|eve| eve <= date) && third.is_some_and(|third| date <= third) {
            return Some(Festival::SpringFestival);
        }
        if date == f.qingming {
            return Some(Festival::Qingming);
        }
        if date == f.dragon_boat {
            return Some(Festival::DragonBoat);
        }
        if date == f.mid_autumn {
            return Some(Festival::MidAutumn);
        }
    }
    match (m, d) {
        (10, 1..=3) => Some(Festival::NationalDay),
        _ => None,
    }
}

/// One year of `FEASTS`: each date as a day number running on from the first day of its
/// earliest month (1 February is 32 for 春节), 清明 as its day of April.
#[derive(Debug, Clone, Copy)]
struct PackedFeasts {
    spring_festival: u8,
    qingming: u8,
    dragon_boat: u8,
    mid_autumn: u8,
}

/// Day `n` counted on from the first of `month`, whose length is `days`, into the next month.
fn running(year: i32, month: u32, days: u8, n: u8) -> Option<NaiveDate> {
    if n <= days {
        NaiveDate::from_ymd_opt(year, month, u32::from(n))
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, u32::from(n - days))
    }
}

/// Packs `(month, day)` of 春节 (January or February), the day of April of 清明, and
/// `(month, day)` of 端午 (May or June) and 中秋 (September or October).
const fn f(
    spring: (u8, u8),
    qingming: u8,
    dragon_boat: (u8, u8),
    mid_autumn: (u8, u8),
) -> PackedFeasts {
    const fn on(first_month: u8, first_month_days: u8, (month, day): (u8, u8)) -> u8 {
        if month == first_month {
            day
        } else {
            first_month_days + day
        }
    }
    PackedFeasts {
        spring_festival: on(1, 31, spring),
        qingming,
        dragon_boat: on(5, 31, dragon_boat),
        mid_autumn: on(9, 30, mid_autumn),
    }
}

/// 春节 (正月初一), 清明, 端午 (五月初五) and 中秋 (八月十五) for 1900–2200, one line a year:
/// `f((month, day) of 春节, day of April of 清明, (month, day) of 端午, (month, day) of 中秋)`.
/// Generated and checked by `tests/statutory.rs`; see the module documentation for the sources.
#[rustfmt::skip]
static FEASTS: [PackedFeasts; 301] = [
    f((1, 31), 5, (6,  1), ( 9,  8)), // 1900
    f((2, 19), 5, (6, 20), ( 9, 27)), // 1901
    f((2,  8), 6, (6, 10), ( 9, 16)), // 1902
    f((1, 29), 6, (5, 31), (10,  5)), // 1903
    f((2, 16), 5, (6, 18), ( 9, 24)), // 1904
    f((2,  4), 5, (6,  7), ( 9, 13)), // 1905
    f((1, 25), 6, (6, 26), (10,  2)), // 1906
    f((2, 13), 6, (6, 15), ( 9, 22)), // 1907
    f((2,  2), 5, (6,  3), ( 9, 10)), // 1908
    f((1, 22), 5, (6, 22), ( 9, 28)), // 1909
    f((2, 10), 6, (6, 11), ( 9, 18)), // 1910
    f((1, 30), 6, (6,  1), (10,  6)), // 1911
    f((2, 18), 5, (6, 19), ( 9, 25)), // 1912
    f((2,  6), 5, (6,  9), ( 9, 15)), // 1913
    f((1, 26), 5, (5, 29), (10,  4)), // 1914
    f((2, 14), 6, (6, 17), ( 9, 23)), // 1915
    f((2,  3), 5, (6,  5), ( 9, 12)), // 1916
    f((1, 23), 5, (6, 23), ( 9, 30)), // 1917
    f((2, 11), 5, (6, 13), ( 9, 19)), // 1918
    f((2,  1), 6, (6,  2), (10,  8)), // 1919
    f((2, 20), 5, (6, 20), ( 9, 26)), // 1920
    f((2,  8), 5, (6, 10), ( 9, 16)), // 1921
    f((1, 28), 5, (5, 31), (10,  5)), // 1922
    f((2, 16), 6, (6, 18), ( 9, 25)), // 1923
    f((2,  5), 5, (6,  6), ( 9, 13)), // 1924
    f((1, 24), 5, (6, 25), (10,  2)), // 1925
    f((2, 13), 5, (6, 14), ( 9, 21)), // 1926
    f((2,  2), 6, (6,  4), ( 9, 10)), // 1927
    f((1, 23), 5, (6, 22), ( 9, 28)), // 1928
    f((2, 10), 5, (6, 11), ( 9, 17)), // 1929
    f((1, 30), 5, (6,  1), (10,  6)), // 1930
    f((2, 17), 6, (6, 20), ( 9, 26)), // 1931
    f((2,  6), 5, (6,  8), ( 9, 15)), // 1932
    f((1, 26), 5, (5, 28), (10,  4)), // 1933
    f((2, 14), 5, (6, 16), ( 9, 23)), // 1934
    f((2,  4), 6, (6,  5), ( 9, 12)), // 1935
    f((1, 24), 5, (6, 23), ( 9, 30)), // 1936
    f((2, 11), 5, (6, 13), ( 9, 19)), // 1937
    f((1, 31), 5, (6,  2), (10,  8)), // 1938
    f((2, 19), 6, (6, 21), ( 9, 27)), // 1939
    f((2,  8), 5, (6, 10), ( 9, 16)), // 1940
    f((1, 27), 5, (5, 30), (10,  5)), // 1941
    f((2, 15), 5, (6, 18), ( 9, 24)), // 1942
    f((2,  5), 6, (6,  7), ( 9, 14)), // 1943
    f((1, 25), 5, (6, 25), (10,  1)), // 1944
    f((2, 13), 5, (6, 14), ( 9, 20)), // 1945
    f((2,  2), 5, (6,  4), ( 9, 10)), // 1946
    f((1, 22), 5, (6, 23), ( 9, 29)), // 1947
    f((2, 10), 5, (6, 11), ( 9, 17)), // 1948
    f((1, 29), 5, (6,  1), (10,  6)), // 1949
    f((2, 17), 5, (6, 19), ( 9, 26)), // 1950
    f((2,  6), 5, (6,  9), ( 9, 15)), // 1951
    f((1, 27), 5, (5, 28), (10,  3)), // 1952
    f((2, 14), 5, (6, 15), ( 9, 22)), // 1953
    f((2,  3), 5, (6,  5), ( 9, 11)), // 1954
    f((1, 24), 5, (6, 24), ( 9, 30)), // 1955
    f((2, 12), 5, (6, 13), ( 9, 19)), // 1956
    f((1, 31), 5, (6,  2), ( 9,  8)), // 1957
    f((2, 18), 5, (6, 21), ( 9, 27)), // 1958
    f((2,  8), 5, (6, 10), ( 9, 17)), // 1959
    f((1, 28), 5, (5, 29), (10,  5)), // 1960
    f((2, 15), 5, (6, 17), ( 9, 24)), // 1961
    f((2,  5), 5, (6,  6), ( 9, 13)), // 1962
    f((1, 25), 5, (6, 25), (10,  2)), // 1963
    f((2, 13), 5, (6, 14), ( 9, 20)), // 1964
    f((2,  2), 5, (6,  4), ( 9, 10)), // 1965
    f((1, 21), 5, (6, 23), ( 9, 29)), // 1966
    f((2,  9), 5, (6, 12), ( 9, 18)), // 1967
    f((1, 30), 5, (5, 31), (10,  6)), // 1968
    f((2, 17), 5, (6, 19), ( 9, 26)), // 1969
    f((2,  6), 5, (6,  8), ( 9, 15)), // 1970
    f((1, 27), 5, (5, 28), (10,  3)), // 1971
    f((2, 15), 5, (6, 15), ( 9, 22)), // 1972
    f((2,  3), 5, (6,  5), ( 9, 11)), // 1973
    f((1, 23), 5, (6, 24), ( 9, 30)), // 1974
    f((2, 11), 5, (6, 14), ( 9, 20)), // 1975
    f((1, 31), 4, (6,  2), ( 9,  8)), // 1976
    f((2, 18), 5, (6, 21), ( 9, 27)), // 1977
    f((2,  7), 5, (6, 10), ( 9, 17)), // 1978
    f((1, 28), 5, (5, 30), (10,  5)), // 1979
    f((2, 16), 4, (6, 17), ( 9, 23)), // 1980
    f((2,  5), 5, (6,  6), ( 9, 12)), // 1981
    f((1, 25), 5, (6, 25), (10,  1)), // 1982
    f((2, 13), 5, (6, 15), ( 9, 21)), // 1983
    f((2,  2), 4, (6,  4), ( 9, 10)), // 1984
    f((2, 20), 5, (6, 22), ( 9, 29)), // 1985
    f((2,  9), 5, (6, 11), ( 9, 18)), // 1986
    f((1, 29), 5, (5, 31), (10,  7)), // 1987
    f((2, 17), 4, (6, 18), ( 9, 25)), // 1988
    f((2,  6), 5, (6,  8), ( 9, 14)), // 1989
    f((1, 27), 5, (5, 28), (10,  3)), // 1990
    f((2, 15), 5, (6, 16), ( 9, 22)), // 1991
    f((2,  4), 4, (6,  5), ( 9, 11)), // 1992
    f((1, 23), 5, (6, 24), ( 9, 30)), // 1993
    f((2, 10), 5, (6, 13), ( 9, 20)), // 1994
    f((1, 31), 5, (6,  2), ( 9,  9)), // 1995
    f((2, 19), 4, (6, 20), ( 9, 27)), // 1996
    f((2,  7), 5, (6,  9), ( 9, 16)), // 1997
    f((1, 28), 5, (5, 30), (10,  5)), // 1998
    f((2, 16), 5, (6, 18), ( 9, 24)), // 1999
    f((2,  5), 4, (6,  6), ( 9, 12)), // 2000
    f((1, 24), 5, (6, 25), (10,  1)), // 2001
    f((2, 12), 5, (6, 15), ( 9, 21)), // 2002
    f((2,  1), 5, (6,  4), ( 9, 11)), // 2003
    f((1, 22), 4, (6, 22), ( 9, 28)), // 2004
    f((2,  9), 5, (6, 11), ( 9, 18)), // 2005
    f((1, 29), 5, (5, 31), (10,  6)), // 2006
    f((2, 18), 5, (6, 19), ( 9, 25)), // 2007
    f((2,  7), 4, (6,  8), ( 9, 14)), // 2008
    f((1, 26), 4, (5, 28), (10,  3)), // 2009
    f((2, 14), 5, (6, 16), ( 9, 22)), // 2010
    f((2,  3), 5, (6,  6), ( 9, 12)), // 2011
    f((1, 23), 4, (6, 23), ( 9, 30)), // 2012
    f((2, 10), 4, (6, 12), ( 9, 19)), // 2013
    f((1, 31), 5, (6,  2), ( 9,  8)), // 2014
    f((2, 19), 5, (6, 20), ( 9, 27)), // 2015
    f((2,  8), 4, (6,  9), ( 9, 15)), // 2016
    f((1, 28), 4, (5, 30), (10,  4)), // 2017
    f((2, 16), 5, (6, 18), ( 9, 24)), // 2018
    f((2,  5), 5, (6,  7), ( 9, 13)), // 2019
    f((1, 25), 4, (6, 25), (10,  1)), // 2020
    f((2, 12), 4, (6, 14), ( 9, 21)), // 2021
    f((2,  1), 5, (6,  3), ( 9, 10)), // 2022
    f((1, 22), 5, (6, 22), ( 9, 29)), // 2023
    f((2, 10), 4, (6, 10), ( 9, 17)), // 2024
    f((1, 29), 4, (5, 31), (10,  6)), // 2025
    f((2, 17), 5, (6, 19), ( 9, 25)), // 2026
    f((2,  6), 5, (6,  9), ( 9, 15)), // 2027
    f((1, 26), 4, (5, 28), (10,  3)), // 2028
    f((2, 13), 4, (6, 16), ( 9, 22)), // 2029
    f((2,  3), 5, (6,  5), ( 9, 12)), // 2030
    f((1, 23), 5, (6, 24), (10,  1)), // 2031
    f((2, 11), 4, (6, 12), ( 9, 19)), // 2032
    f((1, 31), 4, (6,  1), ( 9,  8)), // 2033
    f((2, 19), 5, (6, 20), ( 9, 27)), // 2034
    f((2,  8), 5, (6, 10), ( 9, 16)), // 2035
    f((1, 28), 4, (5, 30), (10,  4)), // 2036
    f((2, 15), 4, (6, 18), ( 9, 24)), // 2037
    f((2,  4), 5, (6,  7), ( 9, 13)), // 2038
    f((1, 24), 5, (5, 27), (10,  2)), // 2039
    f((2, 12), 4, (6, 14), ( 9, 20)), // 2040
    f((2,  1), 4, (6,  3), ( 9, 10)), // 2041
    f((1, 22), 4, (6, 22), ( 9, 28)), // 2042
    f((2, 10), 5, (6, 11), ( 9, 17)), // 2043
    f((1, 30), 4, (5, 31), (10,  5)), // 2044
    f((2, 17), 4, (6, 19), ( 9, 25)), // 2045
    f((2,  6), 4, (6,  8), ( 9, 15)), // 2046
    f((1, 26), 5, (5, 29), (10,  4)), // 2047
    f((2, 14), 4, (6, 15), ( 9, 22)), // 2048
    f((2,  2), 4, (6,  4), ( 9, 11)), // 2049
    f((1, 23), 4, (6, 23), ( 9, 30)), // 2050
    f((2, 11), 5, (6, 13), ( 9, 19)), // 2051
    f((2,  1), 4, (6,  1), ( 9,  7)), // 2052
    f((2, 19), 4, (6, 20), ( 9, 26)), // 2053
    f((2,  8), 4, (6, 10), ( 9, 16)), // 2054
    f((1, 28), 5, (5, 30), (10,  5)), // 2055
    f((2, 15), 4, (6, 17), ( 9, 24)), // 2056
    f((2,  4), 4, (6,  6), ( 9, 13)), // 2057
    f((1, 24), 4, (6, 25), (10,  2)), // 2058
    f((2, 12), 5, (6, 14), ( 9, 21)), // 2059
    f((2,  2), 4, (6,  3), ( 9,  9)), // 2060
    f((1, 21), 4, (6, 22), ( 9, 28)), // 2061
    f((2,  9), 4, (6, 11), ( 9, 17)), // 2062
    f((1, 29), 5, (6,  1), (10,  6)), // 2063
    f((2, 17), 4, (6, 19), ( 9, 25)), // 2064
    f((2,  5), 4, (6,  8), ( 9, 15)), // 2065
    f((1, 26), 4, (5, 28), (10,  3)), // 2066
    f((2, 14), 5, (6, 16), ( 9, 23)), // 2067
    f((2,  3), 4, (6,  4), ( 9, 11)), // 2068
    f((1, 23), 4, (6, 23), ( 9, 29)), // 2069
    f((2, 11), 4, (6, 13), ( 9, 19)), // 2070
    f((1, 31), 5, (6,  2), ( 9,  8)), // 2071
    f((2, 19), 4, (6, 20), ( 9, 26)), // 2072
    f((2,  7), 4, (6, 10), ( 9, 16)), // 2073
    f((1, 27), 4, (5, 30), (10,  5)), // 2074
    f((2, 15), 4, (6, 17), ( 9, 24)), // 2075
    f((2,  5), 4, (6,  6), ( 9, 12)), // 2076
    f((1, 24), 4, (6, 24), (10,  1)), // 2077
    f((2, 12), 4, (6, 14), ( 9, 20)), // 2078
    f((2,  2), 4, (6,  4), ( 9, 10)), // 2079
    f((1, 22), 4, (6, 22), ( 9, 28)), // 2080
    f((2,  9), 4, (6, 11), ( 9, 17)), // 2081
    f((1, 29), 4, (6,  1), (10,  6)), // 2082
    f((2, 17), 4, (6, 19), ( 9, 26)), // 2083
    f((2,  6), 4, (6,  7), ( 9, 14)), // 2084
    f((1, 26), 4, (5, 27), (10,  3)), // 2085
    f((2, 14), 4, (6, 15), ( 9, 22)), // 2086
    f((2,  3), 4, (6,  5), ( 9, 11)), // 2087
    f((1, 24), 4, (6, 23), ( 9, 29)), // 2088
    f((2, 10), 4, (6, 13), ( 9, 18)), // 2089
    f((1, 30), 4, (6,  2), ( 9,  8)), // 2090
    f((2, 18), 4, (6, 21), ( 9, 27)), // 2091
    f((2,  7), 4, (6,  9), ( 9, 16)), // 2092
    f((1, 27), 4, (5, 29), (10,  5)), // 2093
    f((2, 15), 4, (6, 17), ( 9, 24)), // 2094
    f((2,  5), 4, (6,  6), ( 9, 13)), // 2095
    f((1, 25), 4, (6, 24), ( 9, 30)), // 2096
    f((2, 12), 4, (6, 14), ( 9, 20)), // 2097
    f((2,  1), 4, (6,  4), ( 9,  9)), // 2098
    f((1, 21), 4, (6, 23), ( 9, 29)), // 2099
    f((2,  9), 5, (6, 12), ( 9, 18)), // 2100
    f((1, 29), 5, (6,  1), (10,  7)), // 2101
    f((2, 17), 5, (6, 20), ( 9, 26)), // 2102
    f((2,  7), 5, (6,  9), ( 9, 15)), // 2103
    f((1, 28), 4, (5, 28), (10,  3)), // 2104
    f((2, 15), 5, (6, 16), ( 9, 22)), // 2105
    f((2,  4), 5, (6,  6), ( 9, 12)), // 2106
    f((1, 24), 5, (6, 25), (10,  1)), // 2107
    f((2, 12), 4, (6, 13), ( 9, 20)), // 2108
    f((1, 31), 5, (6,  3), ( 9,  9)), // 2109
    f((2, 19), 5, (6, 21), ( 9, 28)), // 2110
    f((2,  8), 5, (6, 10), ( 9, 17)), // 2111
    f((1, 29), 4, (5, 30), (10,  5)), // 2112
    f((2, 16), 5, (6, 18), ( 9, 24)), // 2113
    f((2,  6), 5, (6,  7), ( 9, 13)), // 2114
    f((1, 26), 5, (6, 26), (10,  2)), // 2115
    f((2, 14), 4, (6, 15), ( 9, 21)), // 2116
    f((2,  2), 5, (6,  4), ( 9, 11)), // 2117
    f((1, 22), 5, (6, 23), ( 9, 30)), // 2118
    f((2, 10), 5, (6, 12), ( 9, 19)), // 2119
    f((1, 30), 4, (5, 31), (10,  7)), // 2120
    f((2, 17), 5, (6, 19), ( 9, 26)), // 2121
    f((2,  7), 5, (6,  9), ( 9, 15)), // 2122
    f((1, 27), 5, (5, 29), (10,  4)), // 2123
    f((2, 15), 4, (6, 16), ( 9, 22)), // 2124
    f((2,  3), 5, (6,  6), ( 9, 12)), // 2125
    f((1, 23), 5, (6, 25), (10,  1)), // 2126
    f((2, 11), 5, (6, 14), ( 9, 20)), // 2127
    f((2,  1), 4, (6,  2), ( 9,  9)), // 2128
    f((2, 19), 5, (6, 21), ( 9, 28)), // 2129
    f((2,  8), 5, (6, 10), ( 9, 17)), // 2130
    f((1, 29), 5, (5, 31), (10,  5)), // 2131
    f((2, 17), 4, (6, 18), ( 9, 24)), // 2132
    f((2,  5), 5, (6,  7), ( 9, 13)), // 2133
    f((1, 25), 5, (5, 28), (10,  2)), // 2134
    f((2, 13), 5, (6, 16), ( 9, 22)), // 2135
    f((2,  2), 4, (6,  4), ( 9, 10)), // 2136
    f((1, 22), 4, (6, 22), ( 9, 29)), // 2137
    f((2, 10), 5, (6, 12), ( 9, 18)), // 2138
    f((1, 30), 5, (6,  1), (10,  7)), // 2139
    f((2, 18), 4, (6, 19), ( 9, 25)), // 2140
    f((2,  7), 4, (6,  9), ( 9, 15)), // 2141
    f((1, 27), 5, (5, 29), (10,  3)), // 2142
    f((2, 15), 5, (6, 17), ( 9, 23)), // 2143
    f((2,  4), 4, (6,  6), ( 9, 12)), // 2144
    f((1, 23), 4, (6, 24), (10,  1)), // 2145
    f((2, 11), 5, (6, 13), ( 9, 20)), // 2146
    f((2,  1), 5, (6,  2), ( 9,  9)), // 2147
    f((2, 20), 4, (6, 20), ( 9, 27)), // 2148
    f((2,  8), 4, (6, 10), ( 9, 16)), // 2149
    f((1, 29), 5, (5, 31), (10,  5)), // 2150
    f((2, 16), 5, (6, 19), ( 9, 24)), // 2151
    f((2,  5), 4, (6,  7), ( 9, 13)), // 2152
    f((1, 25), 4, (5, 27), (10,  2)), // 2153
    f((2, 12), 5, (6, 15), ( 9, 22)), // 2154
    f((2,  2), 5, (6,  4), ( 9, 11)), // 2155
    f((1, 23), 4, (6, 22), ( 9, 29)), // 2156
    f((2, 10), 4, (6, 11), ( 9, 18)), // 2157
    f((1, 30), 5, (6,  1), (10,  6)), // 2158
    f((2, 18), 5, (6, 20), ( 9, 26)), // 2159
    f((2,  7), 4, (6,  9), ( 9, 14)), // 2160
    f((1, 26), 4, (5, 29), (10,  3)), // 2161
    f((2, 14), 5, (6, 17), ( 9, 23)), // 2162
    f((2,  3), 5, (6,  6), ( 9, 13)), // 2163
    f((1, 24), 4, (6, 24), ( 9, 30)), // 2164
    f((2, 11), 4, (6, 13), ( 9, 19)), // 2165
    f((2,  1), 5, (6,  2), ( 9,  9)), // 2166
    f((2, 20), 5, (6, 21), ( 9, 27)), // 2167
    f((2,  9), 4, (6, 10), ( 9, 16)), // 2168
    f((1, 28), 4, (5, 30), (10,  5)), // 2169
    f((2, 16), 4, (6, 18), ( 9, 24)), // 2170
    f((2,  5), 5, (6,  8), ( 9, 14)), // 2171
    f((1, 25), 4, (5, 27), (10,  2)), // 2172
    f((2, 12), 4, (6, 14), ( 9, 21)), // 2173
    f((2,  2), 4, (6,  4), ( 9, 10)), // 2174
    f((1, 23), 5, (6, 22), ( 9, 29)), // 2175
    f((2, 11), 4, (6, 11), ( 9, 17)), // 2176
    f((1, 30), 4, (6,  1), (10,  6)), // 2177
    f((2, 18), 4, (6, 20), ( 9, 26)), // 2178
    f((2,  7), 5, (6,  9), ( 9, 15)), // 2179
    f((1, 27), 4, (5, 28), (10,  3)), // 2180
    f((2, 14), 4, (6, 16), ( 9, 23)), // 2181
    f((2,  3), 4, (6,  5), ( 9, 12)), // 2182
    f((1, 24), 5, (6, 24), (10,  1)), // 2183
    f((2, 12), 4, (6, 12), ( 9, 19)), // 2184
    f((1, 31), 4, (6,  2), ( 9,  8)), // 2185
    f((1, 21), 4, (6, 21), ( 9, 27)), // 2186
    f((2,  8), 5, (6, 11), ( 9, 17)), // 2187
    f((1, 28), 4, (5, 30), (10,  5)), // 2188
    f((2, 15), 4, (6, 18), ( 9, 24)), // 2189
    f((2,  5), 4, (6,  7), ( 9, 14)), // 2190
    f((1, 25), 5, (5, 27), (10,  3)), // 2191
    f((2, 13), 4, (6, 14), ( 9, 21)), // 2192
    f((2,  2), 4, (6,  3), ( 9, 10)), // 2193
    f((1, 22), 4, (6, 22), ( 9, 29)), // 2194
    f((2, 10), 5, (6, 12), ( 9, 18)), // 2195
    f((1, 30), 4, (6,  1), (10,  6)), // 2196
    f((2, 17), 4, (6, 20), ( 9, 26)), // 2197
    f((2,  6), 4, (6,  9), ( 9, 15)), // 2198
    f((1, 27), 4, (5, 29), (10,  4)), // 2199
    f((2, 15), 5, (6, 16), ( 9, 23)), // 2200
];
