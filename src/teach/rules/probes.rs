//! The small cases the rules side by side and the quiz ask the core about: a total
//! reached act by act or at once (and in a third year running), and a person who reaches
//! a measure with every step of the procedure after it. What each needs of the regime
//! (a responsibility, an agreement's start, a pending notice, a request to resume) is
//! read from the fields and the procedure the regime's file lists.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use crate::scoring::case::Field;
use crate::scoring::outcome::Evaluation;
use crate::scoring::regimes::{Counting, Duration, PeriodKind};
use crate::scoring::{self, RegimeId};

/// The day probe cases are decided on: 3 June 2025, a working day clear of every
/// holiday, or the same day of the last year before in which the document was in force
/// (沪2023, repealed in March 2025: 2024-06-03).
///
/// ```
/// use jifen::scoring::RegimeId;
/// use jifen::teach::rules::probe_day;
///
/// let day = |id| probe_day(RegimeId::parse(id).unwrap()).to_string();
/// assert_eq!(day("shanghai-2025"), "2025-06-03");
/// assert_eq!(day("shanghai-2023"), "2024-06-03");
/// ```
pub fn probe_day(regime: RegimeId) -> NaiveDate {
    let info = regime.info();
    let june = |year| NaiveDate::from_ymd_opt(year, 6, 3).unwrap_or(NaiveDate::MIN);
    (info.in_force_from.year()..=2025)
        .rev()
        .map(june)
        .find(|day| info.in_force_on(*day))
        .unwrap_or_else(|| june(2025))
}

/// `days` after `day` (`day` itself past the calendar's end).
pub(super) fn day_after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(chrono::Days::new(days)).unwrap_or(day)
}

/// An incident's facts every case of the regime must give: a responsibility where items
/// are tiered by it (沪2025 第十二条), the general one.
pub(crate) fn required_facts(regime: RegimeId, incident: &mut Value) {
    if regime.info().uses(Field::Responsibility) {
        incident["responsibility"] = json!("general");
    }
}

/// A case of one person reaching the first suspension of the regime (or any measure with
/// a duration), with a notice, a timely objection and a request to resume: every step of
/// the procedure appears among its deadlines.
pub(crate) fn procedure_probe(regime: RegimeId) -> Option<Evaluation> {
    let info = regime.info();
    if info.counting == Counting::Fines {
        return None;
    }
    let band = info
        .bands
        .iter()
        .find(|b| matches!(b.duration, Duration::Months { .. }))?;
    let day = probe_day(regime);
    let notified = day.checked_sub_days(chrono::Days::new(28))?;
    let mut incident = json!({"id": "a", "points": band.from, "decided_on": day.to_string(),
        "notified_on": notified.to_string(), "objection_filed_on": day_after(notified, 2).to_string()});
    let mut pending = json!({"id": "b", "points": 1, "notified_on": day_after(day, 1).to_string()});
    if info.uses(Field::Responsibility) {
        incident["responsibility"] = json!("primary");
        pending["responsibility"] = json!("general");
    }
    let mut incidents = vec![incident];
    // A notice whose decision is still to come, where a notice comes before it.
    if info.pending_decisions() {
        incidents.push(pending);
    }
    let mut case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": incidents});
    if info.uses(Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", day.year()));
    }
    // A request to resume, made a week before the end of the measure.
    let first = scoring::evaluate(&case, day).ok()?;
    let end = first
        .sanctions
        .iter()
        .find_map(|s| s.months.map(|m| m.end))?;
    if info.uses(Field::ResumptionRequests) {
        case["resumption_requests"] =
            json!([{"on": end.checked_sub_days(chrono::Days::new(7))?.to_string()}]);
    }
    scoring::evaluate(&case, day).ok()
}

/// A case whose one decision brings the total to `total`: `total` incidents of one point
/// (cumulative), or one incident of `total` (at once); `third_year` gives the two years
/// before at 9 (the three-years rule).
///
/// ```
/// use jifen::scoring::RegimeId;
/// use jifen::teach::rules::total_case;
///
/// let case = total_case(RegimeId::parse("wenzhou-2014").unwrap(), 9, false, true);
/// assert_eq!(case["incidents"].as_array().unwrap().len(), 9);
/// // 温州 counts agreement years, named by their first day.
/// assert_eq!(case["history"][0]["period"], "2023-01-01");
/// ```
pub fn total_case(regime: RegimeId, total: u32, at_once: bool, third_year: bool) -> Value {
    let info = regime.info();
    let day = probe_day(regime);
    let incident = |id: String, points: u32| {
        let mut i = json!({"id": id, "points": points, "decided_on": day.to_string()});
        required_facts(regime, &mut i);
        i
    };
    let incidents: Vec<Value> = if at_once {
        vec![incident("a".into(), total)]
    } else {
        (1..=total).map(|n| incident(format!("a{n}"), 1)).collect()
    };
    let mut case =
        json!({"regime": regime.as_str(), "as_of": day.to_string(), "incidents": incidents});
    let year = day.year();
    if info.uses(Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", year - 3));
    }
    if third_year {
        let label = |y: i32| match info.period {
            PeriodKind::AgreementYear => format!("{y}-01-01"),
            _ => y.to_string(),
        };
        case["history"] = json!([{"period": label(year - 2), "points": 9}, {"period": label(year - 1), "points": 9}]);
    }
    case
}
