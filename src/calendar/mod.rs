//! The calendar: working days (工作日) from the State Council's yearly holiday
//! arrangements, and periods of months and years by the Civil Code's rule.
//!
//! Working days, by the rule book (spec v2, "Dates"):
//! - in the years an official arrangement covers (2014–2026, [`arrangements`]), Monday to
//!   Friday minus the arrangement's days off, plus its make-up working days (调休上班);
//! - in any other year, Monday to Friday minus the statutory holidays of
//!   《全国年节及纪念日放假办法》 (2024 revision, [`statutory`]): 元旦, 春节 (除夕 to 初三), 清明,
//!   劳动节 (1–2 May), 端午, 中秋 and 国庆节 (1–3 October), and their substitute days off (补假,
//!   its 第六条: a holiday on a Saturday or Sunday is made up on the next working day, spec
//!   v3, [`statutory::substitute_days`]); no make-up working day, since no arrangement has
//!   announced one. The lunar and solar-term dates are known for 1900–2200; past them only
//!   元旦, 劳动节 and 国庆节. A count that passes any day of these years is not `covered`,
//!   and the result warns `calendar_not_covered`.
//!
//! Pure functions of their arguments: nothing here reads the clock.
//!
//! ```
//! use chrono::NaiveDate;
//! use jifen::calendar;
//!
//! let d = |s: &str| s.parse::<NaiveDate>().unwrap();
//! // 2025-05-06 is the first working day after the 劳动节 break (May 1–5).
//! let tenth = calendar::working_days_after(d("2025-05-06"), 10).unwrap();
//! assert_eq!(tenth.date, d("2025-05-20"));
//! assert!(tenth.covered);
//! // 2027 has no arrangement yet: 元旦 (Friday 1 January) is still a day off.
//! let tenth = calendar::working_days_after(d("2026-12-18"), 10).unwrap();
//! assert_eq!(tenth.date, d("2027-01-04"));
//! assert!(!tenth.covered);
//! // One month decided on 31 January ends on the last day of February.
//! assert_eq!(calendar::add_months(d("2025-01-31"), 1), Some(d("2025-02-28")));
//! ```

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

pub mod arrangements;
pub mod statutory;

use arrangements::{ARRANGEMENTS, COVERED_FROM, COVERED_UNTIL};

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayKind {
    /// Monday to Friday, not a holiday.
    Working,
    /// Saturday or Sunday, not worked.
    Weekend,
    /// A weekday off: by the year's arrangement (法定节假日 or a bridging day off), or, in a
    /// year no arrangement covers, a statutory holiday of 《全国年节及纪念日放假办法》 or its
    /// substitute day off (补假).
    DayOff,
    /// A weekend day made a working day (调休上班).
    WorkedWeekend,
}

impl DayKind {
    /// Whether people work that day.
    pub fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::WorkedWeekend)
    }
}

/// Whether an official arrangement covers `date`. Outside, weekends and the statutory
/// holidays are known, but not the bridging days off and make-up working days.
pub fn covers(date: NaiveDate) -> bool {
    (COVERED_FROM..=COVERED_UNTIL).contains(&date)
}

/// The kind of day `date` is: by the official arrangements where they cover it, else by
/// weekends and the statutory holidays ([`statutory::festival_on`]).
pub fn day_kind(date: NaiveDate) -> DayKind {
    let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    // A day is listed under its own year's arrangement, or under the next year's (a
    // New Year break or make-up day that starts in December).
    let year = date.year();
    for arrangement in ARRANGEMENTS
        .iter()
        .filter(|a| a.year == year || a.year == year + 1)
    {
        if arrangement
            .off
            .iter()
            .any(|(from, to)| (*from..=*to).contains(&date))
        {
            return DayKind::DayOff;
        }
        if arrangement.worked.contains(&date) {
            return DayKind::WorkedWeekend;
        }
    }
    if weekend {
        DayKind::Weekend
    } else if !covers(date)
        && (statutory::festival_on(date).is_some()
            || statutory::substitute_days(date.year()).contains(&date))
    {
        DayKind::DayOff
    } else {
        DayKind::Working
    }
}

/// A date reckoned in working days, and whether every day counted was covered by an
/// official arrangement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reckoned {
    pub date: NaiveDate,
    /// False when some day counted lies outside the covered years, so that it was judged
    /// by weekends and the statutory holidays alone, without the arrangement's bridging
    /// days off and make-up working days (the result then warns `calendar_not_covered`).
    pub covered: bool,
}

/// The `n`-th working day strictly after `date`; `None` past the end of the calendar.
pub fn working_days_after(date: NaiveDate, n: u32) -> Option<Reckoned> {
    reckon(date, n, Days::new(1), NaiveDate::checked_add_days)
}

/// The `n`-th working day strictly before `date`; `None` before the start of the calendar.
pub fn working_days_before(date: NaiveDate, n: u32) -> Option<Reckoned> {
    reckon(date, n, Days::new(1), NaiveDate::checked_sub_days)
}

fn reckon(
    date: NaiveDate,
    n: u32,
    one: Days,
    step: fn(NaiveDate, Days) -> Option<NaiveDate>,
) -> Option<Reckoned> {
    let mut day = date;
    let mut covered = true;
    let mut counted = 0;
    while counted < n {
        day = step(day, one)?;
        covered &= covers(day);
        if day_kind(day).is_working() {
            counted += 1;
        }
    }
    Some(Reckoned { date: day, covered })
}

/// The last day of a period of `n` months decided on `date` (民法典 第二百零一条、第二百零二条):
/// the day of the month `n` months later with the same day-of-month as `date`, or that
/// month's last day when it has no such day. The period itself starts the day after
/// `date`.
///
/// ```
/// use chrono::NaiveDate;
/// let d = |s: &str| s.parse::<NaiveDate>().unwrap();
/// assert_eq!(jifen::calendar::add_months(d("2024-02-29"), 12), Some(d("2025-02-28")));
/// assert_eq!(jifen::calendar::add_months(d("2025-08-31"), 6), Some(d("2026-02-28")));
/// ```
pub fn add_months(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(n))
}

/// The same day-of-month `n` months before `date`, or that month's last day.
pub fn sub_months(date: NaiveDate, n: u32) -> Option<NaiveDate> {
    date.checked_sub_months(Months::new(n))
}

/// The date in China Standard Time (UTC+8, no daylight saving) at a moment given as
/// seconds since the Unix epoch. The clock is read by the caller (`jifen::cli`'s
/// `today_in_china`).
pub fn date_in_china(seconds_since_epoch: u64) -> NaiveDate {
    let seconds = seconds_since_epoch.saturating_add(8 * 3600);
    let epoch = ymd(1970, 1, 1);
    epoch
        .checked_add_days(Days::new(seconds / 86_400))
        .unwrap_or(epoch)
}

/// Today in China Standard Time from a JavaScript clock reading (milliseconds since
/// the epoch, as `Date.now()` gives), for the app and the JS API, which read it. A
/// reading that is not a positive number is the epoch.
///
/// ```
/// use jifen::calendar::today_from_millis;
/// // 2025-12-01 16:00 UTC is already 2 December in Shanghai.
/// assert_eq!(today_from_millis(1_764_604_800_000.0).to_string(), "2025-12-02");
/// assert_eq!(today_from_millis(f64::NAN).to_string(), "1970-01-01");
/// ```
pub fn today_from_millis(millis: f64) -> NaiveDate {
    let seconds = if millis.is_finite() && millis > 0.0 {
        (millis / 1000.0) as u64
    } else {
        0
    };
    date_in_china(seconds)
}

/// A day written `YYYY-MM-DD`, as the case format, `<input type=date>` and a sheet's
/// cells give it (a month or day of one digit, `2026-1-5`, and spaces around the
/// numbers, are taken too); `None` for anything else or a day that does not exist.
///
/// Ours rather than chrono's `FromStr`: that one runs chrono's general format parser
/// (RFC 2822, time zones and all), 14 kB raw of every wasm that reads a day.
///
/// ```
/// use jifen::calendar::parse_day;
/// assert_eq!(parse_day("2026-01-05").unwrap().to_string(), "2026-01-05");
/// assert_eq!(parse_day("2026-1-5").unwrap().to_string(), "2026-01-05");
/// assert_eq!(parse_day("2026-02-29"), None);
/// assert_eq!(parse_day("2026/01/05"), None);
/// assert_eq!(parse_day("26-01-05"), None);
/// ```
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-').map(str::trim);
    let number = |part: Option<&str>, digits: std::ops::RangeInclusive<usize>| {
        part.filter(|p| digits.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let year = number(parts.next(), 4..=4)?;
    let month = number(parts.next(), 1..=2)?;
    let day = number(parts.next(), 1..=2)?;
    if parts.next().is_some() {
        return None;
    }
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// Sorts `list` by `key`, keeping the order of equal keys (std's stable sort), through
/// one instantiation of that sort for every list of the crate.
///
/// Why: std's sort is compiled anew for each element type and key, about 3.5 kB of
/// wasm each time, and the core sorted six kinds of list (days, deadlines, measures,
/// holidays…), all of them short. Here std sorts the list's positions (`usize`) with a
/// comparison passed as `&dyn Fn`, which has one type whatever the list; the list is
/// then put in that order. It sits in the calendar, the lowest layer, so that the
/// calendar and the core share it; most of its keys are days.
pub(crate) fn sort_by_key<T, K: Ord>(list: &mut Vec<T>, key: impl Fn(&T) -> K) {
    sort_by(list, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `list` by `compare`, keeping the order of equal items: [`sort_by_key`] for an
/// order that borrows from the items.
pub(crate) fn sort_by<T>(list: &mut Vec<T>, compare: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let order = sorted_positions(list.len(), &|a, b| compare(&list[a], &list[b]));
    let mut items: Vec<Option<T>> = list.drain(..).map(Some).collect();
    list.extend(order.into_iter().filter_map(|i| items.get_mut(i)?.take()));
}

/// The positions `0..len` in the order `compare` gives them (stable).
fn sorted_positions(
    len: usize,
    compare: &dyn Fn(usize, usize) -> std::cmp::Ordering,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// `NaiveDate` from parts in a `const` (a bad literal fails the build, never a run): the
/// date literals of the arrangements and of the regimes' data.
pub(crate) const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date literal"),
    }
}

/// A day as `MM-DD`, for a label whose year is plain beside it (a timeline's ends).
///
/// Days are written by hand here, as [`parse_day`] reads them: chrono's `format` brings
/// its strftime parser and formatter, about 10 kB of wasm, for this.
///
/// ```
/// # use jifen::calendar::month_day;
/// # use chrono::NaiveDate;
/// assert_eq!(month_day(NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()), "09-01");
/// ```
pub fn month_day(date: NaiveDate) -> String {
    format!("{:02}-{:02}", date.month(), date.day())
}

/// The Chinese name of a weekday, e.g. `周一`.
pub fn weekday_zh(date: NaiveDate) -> &'static str {
    match date.weekday() {
        Weekday::Mon => "周一",
        Weekday::Tue => "周二",
        Weekday::Wed => "周三",
        Weekday::Thu => "周四",
        Weekday::Fri => "周五",
        Weekday::Sat => "周六",
        Weekday::Sun => "周日",
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The same order as std's stable sort, equal keys in their first order.
        #[test]
        fn sort_by_key_orders_as_std_stable_sort_does(
            list in proptest::collection::vec((0u8..5, any::<u16>()), 0..60)
        ) {
            let mut ours = list.clone();
            super::sort_by_key(&mut ours, |x| x.0);
            let mut expected = list;
            expected.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, expected);
        }
    }
}
