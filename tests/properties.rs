//! Properties of the scoring core over random, mostly valid cases of the five regimes,
//! and a fuzz of arbitrary input.

mod common;

use chrono::{Days, NaiveDate};
use jifen::calendar::add_months;
use jifen::scoring::{evaluate, evaluate_str, ItemValue, RegimeId};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

use common::date;

const REGIMES: [RegimeId; 5] = [
    RegimeId::Shanghai2023,
    RegimeId::Shanghai2025,
    RegimeId::Wenzhou2014,
    RegimeId::Jining2024,
    RegimeId::Shanghai2020,
];

/// The random choices behind one incident; turned into JSON by [`incident_json`].
#[derive(Debug, Clone)]
struct RawIncident {
    item: usize,
    second_item: Option<usize>,
    day: u64,
    occurred_back: Option<u64>,
    notified_back: Option<u64>,
    objection_after: Option<u64>,
    responsibility: usize,
    adjustment: Option<usize>,
    points: Option<u32>,
    months: Option<u32>,
    severe: bool,
    fraud: bool,
    serious: bool,
    inspection: Option<usize>,
    amount: u32,
    site: Option<usize>,
    /// Only the notice is given (沪2025, 沪2023): the decision's day is projected.
    pending: bool,
    /// An earlier decision given by its points alone (no item).
    points_only: bool,
    bar_years: Option<u32>,
}

fn raw_incident(span: u64) -> impl Strategy<Value = RawIncident> {
    (
        (
            any::<usize>(),
            proptest::option::weighted(0.1, any::<usize>()),
            0..span,
            proptest::option::weighted(0.5, 0u64..300),
            proptest::option::weighted(0.4, 0u64..40),
            proptest::option::weighted(0.5, 0u64..25),
            0usize..3,
            proptest::option::weighted(0.3, 0usize..5),
        ),
        (
            proptest::option::weighted(0.08, 0u32..14),
            proptest::option::weighted(0.1, 0u32..14),
            proptest::bool::weighted(0.3),
            proptest::bool::weighted(0.15),
            proptest::bool::weighted(0.1),
            proptest::option::weighted(0.4, 0usize..2),
            0u32..100_000,
            proptest::option::weighted(0.2, 0usize..3),
        ),
        (
            proptest::bool::weighted(0.3),
            proptest::bool::weighted(0.06),
            proptest::option::weighted(0.2, 0u32..4),
        ),
    )
        .prop_map(
            |(
                (
                    item,
                    second_item,
                    day,
                    occurred_back,
                    notified_back,
                    objection_after,
                    responsibility,
                    adjustment,
                ),
                (points, months, severe, fraud, serious, inspection, amount, site),
                (pending, points_only, bar_years),
            )| RawIncident {
                item,
                second_item,
                day,
                occurred_back,
                notified_back,
                objection_after,
                responsibility,
                adjustment,
                points,
                months,
                severe,
                fraud,
                serious,
                inspection,
                amount,
                site,
                pending,
                points_only,
                bar_years,
            },
        )
}

/// The random choices behind one case.
#[derive(Debug, Clone)]
struct RawCase {
    regime: RegimeId,
    year: i32,
    incidents: Vec<RawIncident>,
    extra: RawIncident,
    repairs: Vec<(bool, u64)>,
    resumption_requests: Vec<u64>,
    as_of: Option<u64>,
    agreement_start: Option<(i32, u64)>,
    history: Vec<u32>,
    birth_year: Option<i32>,
    /// Spec v3: restorations after a measure's term, "no request" said with `[]`, and
    /// 温州's agreement end (days from the base day).
    restorations: Vec<u64>,
    no_request_said: bool,
    agreement_end: Option<u64>,
}

/// The years each regime is mostly tried in (around its dates in force).
fn years(regime: RegimeId) -> std::ops::RangeInclusive<i32> {
    match regime {
        RegimeId::Shanghai2023 => 2022..=2025,
        RegimeId::Shanghai2025 => 2024..=2027,
        RegimeId::Wenzhou2014 => 2014..=2026,
        RegimeId::Jining2024 => 2023..=2027,
        RegimeId::Shanghai2020 => 2019..=2026,
    }
}

/// Incidents fall within this many days of 1 January of the base year (one or two years).
const SPAN: u64 = 700;

fn raw_case_for(regime: RegimeId) -> impl Strategy<Value = RawCase> {
    (
        years(regime),
        prop::collection::vec(raw_incident(SPAN), 0..9),
        raw_incident(SPAN),
        (
            prop::collection::vec((any::<bool>(), 0..SPAN), 0..5),
            prop::collection::vec(0..SPAN + 200, 0..3),
        ),
        proptest::option::weighted(0.8, 0u64..900),
        proptest::option::weighted(0.7, (2013i32..=2016, 0u64..366)),
        prop::collection::vec(0u32..16, 0..3),
        proptest::option::weighted(0.7, 1950i32..2005),
        (
            prop::collection::vec(0..SPAN + 1200, 0..3),
            proptest::bool::weighted(0.2),
            proptest::option::weighted(0.3, 0..SPAN + 900),
        ),
    )
        .prop_map(
            move |(
                year,
                incidents,
                extra,
                (repairs, resumption_requests),
                as_of,
                agreement_start,
                history,
                birth_year,
                (restorations, no_request_said, agreement_end),
            )| {
                RawCase {
                    regime,
                    year,
                    incidents,
                    extra,
                    repairs,
                    resumption_requests,
                    as_of,
                    agreement_start,
                    history,
                    birth_year,
                    restorations,
                    no_request_said,
                    agreement_end,
                }
            },
        )
}

fn raw_case() -> impl Strategy<Value = RawCase> {
    prop_oneof![
        raw_case_for(RegimeId::Shanghai2023),
        raw_case_for(RegimeId::Shanghai2025),
        raw_case_for(RegimeId::Wenzhou2014),
        raw_case_for(RegimeId::Jining2024),
        raw_case_for(RegimeId::Shanghai2020),
    ]
}

/// As [`raw_case`], without 沪2023 (whose totals restart after a suspension).
fn raw_case_without_reset() -> impl Strategy<Value = RawCase> {
    prop_oneof![
        raw_case_for(RegimeId::Shanghai2025),
        raw_case_for(RegimeId::Wenzhou2014),
        raw_case_for(RegimeId::Jining2024),
        raw_case_for(RegimeId::Shanghai2020),
    ]
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).expect("date in range")
}

fn minus(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(n)).expect("date in range")
}

/// The first day incidents may fall on: 1 January of the base year, or for Wenzhou
/// with an agreement start the anniversary in the base year (or the start itself).
fn base_day(raw: &RawCase) -> NaiveDate {
    let jan1 = NaiveDate::from_ymd_opt(raw.year, 1, 1).expect("year");
    match (raw.regime, agreement_start(raw)) {
        (RegimeId::Wenzhou2014, Some(start)) => {
            let years = u32::try_from((raw.year - 2012).max(0)).unwrap_or(0);
            let mut anniversary = start;
            for k in 0..=years {
                if let Some(a) = add_months(start, 12 * k) {
                    if a <= jan1 || k == 0 {
                        anniversary = a;
                    }
                }
            }
            anniversary.max(start)
        }
        _ => jan1,
    }
}

fn agreement_start(raw: &RawCase) -> Option<NaiveDate> {
    let (y, doy) = raw.agreement_start?;
    Some(plus(NaiveDate::from_ymd_opt(y, 1, 1).expect("year"), doy))
}

fn incident_json(
    regime: RegimeId,
    codes: &[&'static str],
    base: NaiveDate,
    raw: &RawIncident,
    id: String,
) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(id));
    let code = codes[raw.item % codes.len()];
    let points_only = raw.points_only && regime != RegimeId::Shanghai2020;
    match raw.second_item {
        _ if points_only => {
            m.insert("points".into(), json!(raw.points.unwrap_or(3) % 12 + 1));
        }
        Some(second) => {
            m.insert("items".into(), json!([code, codes[second % codes.len()]]));
        }
        None => {
            m.insert("item".into(), json!(code));
        }
    }
    let decided = plus(base, raw.day);
    let pending = raw.pending
        && raw.notified_back.is_some()
        && matches!(regime, RegimeId::Shanghai2025 | RegimeId::Shanghai2023);
    if !pending {
        m.insert("decided_on".into(), json!(decided.to_string()));
    }
    // A pending decision follows its notice: the act comes before the notice.
    let notified_back = raw.notified_back.unwrap_or(0);
    if let Some(back) = raw.occurred_back {
        let back = if pending { back + notified_back } else { back };
        m.insert(
            "occurred_on".into(),
            json!(minus(decided, back).to_string()),
        );
    }
    if let Some(back) = raw.notified_back {
        let notified = minus(decided, back);
        m.insert("notified_on".into(), json!(notified.to_string()));
        if let Some(after) = raw.objection_after {
            m.insert(
                "objection_filed_on".into(),
                json!(plus(notified, after).to_string()),
            );
        }
    }
    if let Some(years) = raw.bar_years {
        m.insert("bar_years".into(), json!(years));
    }
    if let Some(p) = raw.points.filter(|_| !points_only) {
        // Mostly a lawful value where it is easy to know, else anything.
        let item = regime.info().item(code).expect("item");
        let no_adjustment = matches!(raw.adjustment, None | Some(0));
        let p = match item.value {
            ItemValue::Fixed { points } if p % 3 != 0 => points,
            ItemValue::Tier { tier } if no_adjustment && p % 4 != 0 => 3 * tier - 2 + p % 3,
            _ => p,
        };
        m.insert("points".into(), json!(p));
    }
    if let Some(months) = raw.months {
        // 0 is rejected by the parser; keep the cases mostly valid.
        m.insert("months".into(), json!(months.max(1)));
    }
    if let Some(i) = raw.inspection {
        m.insert("inspection".into(), json!(["X", "Y"][i]));
    }
    if let Some(s) = raw.site {
        m.insert("site".into(), json!(["A", "B", "C"][s]));
    }
    match regime {
        RegimeId::Shanghai2025 => {
            m.insert(
                "responsibility".into(),
                json!(["general", "important", "primary"][raw.responsibility]),
            );
            if let Some(a) = raw.adjustment {
                m.insert(
                    "adjustment".into(),
                    json!(["none", "lighter", "lower_tier", "heavier", "higher_tier"][a]),
                );
            }
        }
        RegimeId::Shanghai2023 => {
            m.insert("severe".into(), json!(raw.severe));
            m.insert("fraud".into(), json!(raw.fraud));
        }
        RegimeId::Wenzhou2014 => {
            m.insert("serious".into(), json!(raw.serious));
        }
        RegimeId::Shanghai2020 => {
            m.insert("severe".into(), json!(raw.severe));
            m.insert("amount_yuan".into(), json!(raw.amount));
        }
        RegimeId::Jining2024 => {}
    }
    Value::Object(m)
}

fn codes(regime: RegimeId) -> Vec<&'static str> {
    regime.info().items().map(|i| i.code).collect()
}

/// The case's JSON; with `extra`, one more incident at the end.
fn case_json(raw: &RawCase, extra: bool) -> Value {
    let regime = raw.regime;
    let codes = codes(regime);
    let base = base_day(raw);
    let mut incidents: Vec<Value> = raw
        .incidents
        .iter()
        .enumerate()
        .map(|(i, r)| incident_json(regime, &codes, base, r, format!("i{i}")))
        .collect();
    if extra {
        incidents.push(incident_json(
            regime,
            &codes,
            base,
            &raw.extra,
            "extra".into(),
        ));
    }
    let mut m = Map::new();
    m.insert("regime".into(), json!(regime.as_str()));
    m.insert("incidents".into(), Value::Array(incidents));
    if let Some(n) = raw.as_of {
        m.insert("as_of".into(), json!(plus(base, n).to_string()));
    }
    let said_none = raw.no_request_said && raw.resumption_requests.is_empty();
    if matches!(regime, RegimeId::Shanghai2025 | RegimeId::Wenzhou2014)
        && (!raw.resumption_requests.is_empty() || said_none)
    {
        let requests: Vec<Value> = raw
            .resumption_requests
            .iter()
            .map(|day| json!({"on": plus(base, *day).to_string()}))
            .collect();
        m.insert("resumption_requests".into(), Value::Array(requests));
    }
    if regime != RegimeId::Shanghai2020 && !raw.restorations.is_empty() {
        let restorations: Vec<Value> = raw
            .restorations
            .iter()
            .map(|day| json!({"on": plus(base, *day).to_string()}))
            .collect();
        m.insert("restorations".into(), Value::Array(restorations));
    }
    if let Some(day) = raw
        .agreement_end
        .filter(|_| regime == RegimeId::Wenzhou2014)
    {
        m.insert("agreement_end".into(), json!(plus(base, day).to_string()));
    }
    match regime {
        RegimeId::Shanghai2025 => {
            let repairs: Vec<Value> = raw
                .repairs
                .iter()
                .map(|(exam, day)| {
                    json!({
                        "kind": if *exam { "exam" } else { "participation" },
                        "on": plus(base, *day).to_string()
                    })
                })
                .collect();
            m.insert("repairs".into(), Value::Array(repairs));
        }
        RegimeId::Wenzhou2014 => {
            let start = agreement_start(raw);
            if let Some(s) = start {
                m.insert("agreement_start".into(), json!(s.to_string()));
            }
            // Earlier agreement years, the one or two just before the base day.
            let history: Vec<Value> = raw
                .history
                .iter()
                .enumerate()
                .filter_map(|(k, points)| {
                    let back = 12 * (u32::try_from(k).ok()? + 1);
                    let period = match start {
                        Some(_) => jifen::calendar::sub_months(base, back)?,
                        None => {
                            NaiveDate::from_ymd_opt(raw.year - i32::try_from(k).ok()? - 1, 1, 1)?
                        }
                    };
                    if start.is_some_and(|s| period < s) {
                        return None;
                    }
                    Some(json!({"period": period.to_string(), "points": points}))
                })
                .collect();
            m.insert("history".into(), Value::Array(history));
        }
        RegimeId::Jining2024 => {
            let history: Vec<Value> = raw
                .history
                .iter()
                .enumerate()
                .map(|(k, points)| {
                    json!({"period": (raw.year - 1 - k as i32).to_string(), "points": points})
                })
                .collect();
            m.insert("history".into(), Value::Array(history));
            if let Some(y) = raw.birth_year {
                m.insert("birth_date".into(), json!(format!("{y}-06-15")));
            }
        }
        _ => {}
    }
    Value::Object(m)
}

const TODAY: &str = "2026-06-30";

fn run(case: &Value) -> Result<Value, Value> {
    match evaluate(case, date(TODAY)) {
        Ok(r) => Ok(serde_json::to_value(r).expect("serialisable")),
        Err(e) => Err(e.to_json()),
    }
}

fn periods(result: &Value) -> Vec<(String, String, u64)> {
    result["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| {
            (
                p["period"].as_str().expect("label").to_string(),
                p["start"].as_str().expect("start").to_string(),
                p["total"].as_u64().expect("total ≥ 0"),
            )
        })
        .collect()
}

fn total_of(result: &Value, label: &str) -> Option<u64> {
    periods(result)
        .into_iter()
        .find(|(l, _, _)| l == label)
        .map(|(_, _, t)| t)
}

fn d(v: &Value) -> NaiveDate {
    v.as_str()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("a date, got {v}"))
}

/// The invariants every result holds.
fn check_result(regime: RegimeId, case: &Value, r: &Value) -> Result<(), TestCaseError> {
    let deduction = matches!(regime, RegimeId::Wenzhou2014 | RegimeId::Jining2024);
    for p in r["periods"].as_array().expect("periods") {
        let total = p["total"]
            .as_u64()
            .ok_or_else(|| TestCaseError::fail(format!("total not ≥ 0: {p}")))?;
        prop_assert!(d(&p["start"]) <= d(&p["end"]), "period {p}");
        if deduction {
            prop_assert_eq!(
                p["remaining"].as_u64(),
                Some(12u64.saturating_sub(total)),
                "remaining = 12 − total in {}",
                p
            );
        } else {
            prop_assert!(p["remaining"].is_null(), "remaining null: {}", p);
        }
    }
    if regime == RegimeId::Shanghai2020 {
        prop_assert!(r["periods"].as_array().is_some_and(Vec::is_empty));
    } else {
        let total = r["status"]["total"].as_u64();
        prop_assert!(total.is_some(), "status.total ≥ 0: {}", r["status"]);
        if deduction {
            if let Some(rem) = r["status"]["remaining"].as_u64() {
                prop_assert_eq!(rem, 12u64.saturating_sub(total.unwrap_or(0)));
            }
        }
    }
    for s in r["sanctions"].as_array().expect("sanctions") {
        if let Some(start) = s.get("start").filter(|v| !v.is_null()) {
            let start = d(start);
            prop_assert!(
                start > d(&s["decided_on"]),
                "start after the decision: {}",
                s
            );
            if s.get("end").is_some_and(|v| !v.is_null()) {
                let (end, latest, earliest) =
                    (d(&s["end"]), d(&s["latest_end"]), d(&s["earliest_end"]));
                prop_assert!(end >= start, "end ≥ start: {}", s);
                prop_assert!(latest >= end, "latest_end ≥ end: {}", s);
                prop_assert!(
                    start <= earliest && earliest <= end,
                    "start ≤ earliest_end ≤ end: {}",
                    s
                );
                let (min, max, months) = (
                    s["min_months"].as_u64().unwrap_or(0),
                    s["max_months"].as_u64().unwrap_or(0),
                    s["months"].as_u64().unwrap_or(0),
                );
                prop_assert!(min <= months && months <= max, "months in range: {}", s);
            }
            if s.get("bar_until").is_some_and(|v| !v.is_null()) {
                let (until, earliest) = (d(&s["bar_until"]), d(&s["bar_earliest_until"]));
                prop_assert!(until >= start, "bar_until ≥ start: {}", s);
                prop_assert!(
                    start <= earliest && earliest <= until,
                    "start ≤ bar_earliest_until ≤ bar_until: {}",
                    s
                );
            }
        }
    }
    for dl in r["deadlines"].as_array().expect("deadlines") {
        if let Some(opens) = dl.get("opens").filter(|v| !v.is_null()) {
            prop_assert!(d(opens) <= d(&dl["due"]), "opens ≤ due: {}", dl);
        }
    }
    let n_in = r["incidents"].as_array().map_or(0, Vec::len);
    prop_assert!(n_in > 0 || r["periods"].as_array().is_some_and(Vec::is_empty));
    check_standing(case, r)?;
    Ok(())
}

/// The state a day has, by spec v2 and v3: every measure counts to its own last day
/// (superseded or not), a termination's bar before a suspension, a suspension before
/// 离岗培训; after the last measure's term, `restoration_pending` where the law requires an
/// act the case does not show ("After a measure's term").
fn state_on(case: &Value, r: &Value, day: NaiveDate) -> &'static str {
    let open_ended = |s: &Value| s["extended"] == true && case.get("agreement_end").is_none();
    // An extended suspension runs to the agreement's end where the case gives it (v3).
    let agreement_end = case.get("agreement_end").map(d);
    let last_day = |s: &Value| {
        let last = s
            .get("bar_until")
            .or_else(|| s.get("end"))
            .filter(|v| !v.is_null())
            .map(d)?;
        Some(match agreement_end.filter(|_| s["extended"] == true) {
            Some(end) => end.max(last),
            None => last,
        })
    };
    let started = |s: &Value| s.get("start").is_some_and(|v| !v.is_null() && d(v) <= day);
    let covers = |s: &Value, kind: &str| {
        s["kind"] == kind
            && started(s)
            && (open_ended(s) || last_day(s).is_some_and(|last| day <= last))
    };
    let sanctions = r["sanctions"].as_array().expect("sanctions");
    for (kind, state) in [
        ("termination", "terminated"),
        ("suspension", "suspended"),
        ("training", "training"),
    ] {
        if sanctions.iter().any(|s| covers(s, kind)) {
            return state;
        }
    }
    // The measure whose term ended last before the day.
    let ended = sanctions
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            matches!(
                s["kind"].as_str(),
                Some("termination" | "suspension" | "training")
            ) && started(s)
                && !open_ended(s)
        })
        .filter_map(|(i, s)| Some((i, s, last_day(s)?)))
        .filter(|(_, _, last)| *last < day)
        .max_by_key(|(i, _, last)| (*last, *i));
    let Some((index, s, last)) = ended else {
        return "normal";
    };
    let regime = r["regime"].as_str().unwrap_or_default();
    let kind = s["kind"].as_str().unwrap_or_default();
    let timely_request = || {
        let due = r["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .find(|x| x["kind"] == "resumption_request" && x["sanction"] == json!(index))
            .map(|x| d(&x["due"]));
        let decided = d(&s["decided_on"]);
        case["resumption_requests"]
            .as_array()
            .expect("given")
            .iter()
            .map(|q| d(&q["on"]))
            .any(|on| due.is_some_and(|due| decided <= on && on <= due))
    };
    let needs_act = match (regime, kind) {
        ("shanghai-2023", _) => true,
        ("shanghai-2025", "termination") => true,
        ("shanghai-2025", "suspension") => {
            case.get("resumption_requests").is_some() && !timely_request()
        }
        ("wenzhou-2014", "termination") | ("jining-2024", "termination") => true,
        ("wenzhou-2014", "suspension") => s["extended"] == true,
        _ => false,
    };
    let restored = case["restorations"].as_array().is_some_and(|list| {
        list.iter()
            .map(|x| d(&x["on"]))
            .any(|on| last <= on && on <= day)
    });
    if needs_act && !restored {
        "restoration_pending"
    } else {
        "normal"
    }
}

/// `status` and `outlook` against the sanctions and decisions of the same result.
fn check_standing(case: &Value, r: &Value) -> Result<(), TestCaseError> {
    let as_of = d(&r["as_of"]);
    prop_assert_eq!(
        r["status"]["state"].as_str(),
        Some(state_on(case, r, as_of)),
        "status on {}: {}",
        as_of,
        r["sanctions"]
    );
    let latest = r["incidents"]
        .as_array()
        .expect("incidents")
        .iter()
        .map(|i| d(&i["decided_on"]))
        .max();
    // Spec v3: once every decision is made and every measure decided has begun.
    let last_start = r["sanctions"]
        .as_array()
        .expect("sanctions")
        .iter()
        .filter_map(|s| s.get("start").filter(|v| !v.is_null()).map(d))
        .max();
    match latest
        .map(|l| plus(l, 1))
        .max(last_start)
        .filter(|on| *on > as_of)
    {
        Some(on) if r["regime"] != "shanghai-2020" => {
            prop_assert_eq!(d(&r["outlook"]["on"]), on, "outlook day: {}", r["outlook"]);
            prop_assert_eq!(
                r["outlook"]["state"].as_str(),
                Some(state_on(case, r, on)),
                "outlook on {}",
                on
            );
        }
        _ => prop_assert!(r["outlook"].is_null(), "no outlook: {}", r["outlook"]),
    }
    Ok(())
}

fn wd_after(day: NaiveDate, n: u32) -> NaiveDate {
    jifen::calendar::working_days_after(day, n)
        .expect("in range")
        .date
}

fn wd_before(day: NaiveDate, n: u32) -> NaiveDate {
    jifen::calendar::working_days_before(day, n)
        .expect("in range")
        .date
}

/// The deadlines each regime sets (regimes.md, "Deadlines").
fn check_deadlines(regime: RegimeId, case: &Value, r: &Value) -> Result<(), TestCaseError> {
    let deadlines = r["deadlines"].as_array().expect("deadlines");
    let find = |kind: &str, key: &str, id: &Value| {
        deadlines
            .iter()
            .filter(|x| x["kind"] == kind && &x[key] == id)
            .collect::<Vec<_>>()
    };
    for incident in case["incidents"].as_array().expect("incidents") {
        let id = &incident["id"];
        let notified = incident.get("notified_on").map(d);
        // A late objection counts as none (spec v2, 沪2025 第十七条): it opens nothing.
        let filed = incident
            .get("objection_filed_on")
            .map(d)
            .filter(|f| notified.is_none_or(|n| *f <= wd_after(n, 10)));
        let objection = find("objection", "incident", id);
        match notified {
            Some(n) => {
                prop_assert_eq!(
                    objection.len(),
                    1,
                    "one objection deadline for {}: {:?}",
                    id,
                    deadlines
                );
                prop_assert_eq!(
                    d(&objection[0]["due"]),
                    wd_after(n, 10),
                    "objection 10 WD after the notice, {}",
                    id
                );
            }
            None => prop_assert!(
                objection.is_empty(),
                "no notice, no objection deadline: {}",
                id
            ),
        }
        match regime {
            RegimeId::Shanghai2023 => {
                let review = find("review", "incident", id);
                match filed {
                    Some(f) => {
                        prop_assert_eq!(review.len(), 1, "review for {}", id);
                        prop_assert_eq!(
                            d(&review[0]["due"]),
                            wd_after(f, 10),
                            "review 10 WD after, {}",
                            id
                        );
                    }
                    None => prop_assert!(review.is_empty()),
                }
            }
            RegimeId::Shanghai2025 => {
                let decision = find("agency_decision", "incident", id);
                match (filed, notified) {
                    (Some(f), _) => {
                        prop_assert_eq!(decision.len(), 1, "agency decision for {}", id);
                        prop_assert_eq!(
                            d(&decision[0]["due"]),
                            wd_after(f, 20),
                            "第十八条, {}",
                            id
                        );
                    }
                    (None, Some(n)) => {
                        prop_assert_eq!(decision.len(), 1, "agency decision for {}", id);
                        prop_assert_eq!(
                            d(&decision[0]["due"]),
                            wd_after(wd_after(n, 10), 3),
                            "第十九条, {}",
                            id
                        );
                    }
                    (None, None) => prop_assert!(decision.is_empty()),
                }
            }
            _ => {}
        }
    }
    // 沪2025 第二十一条、第二十二条: every counted decision reaches the institution within
    // 3 WD, and the institution updates the registration within 3 WD of that.
    if regime == RegimeId::Shanghai2025 {
        for result in r["incidents"].as_array().expect("incident results") {
            let id = &result["id"];
            let delivery = find("decision_delivery", "incident", id);
            let update = find("registration_update", "incident", id);
            prop_assert_eq!(delivery.len(), 1, "delivery for {}", id);
            prop_assert_eq!(update.len(), 1, "registration update for {}", id);
            let delivered = wd_after(d(&result["decided_on"]), 3);
            prop_assert_eq!(d(&delivery[0]["due"]), delivered);
            prop_assert_eq!(d(&update[0]["due"]), wd_after(delivered, 3));
            prop_assert_eq!(&delivery[0]["actor"], "agency");
            prop_assert_eq!(&update[0]["actor"], "institution");
        }
    }
    // Measures: resumption requests (沪2025 第三十条, 温州 第十条), only for the measure that
    // ends a stretch: none when another suspension or termination runs on the next day.
    let sanctions = r["sanctions"].as_array().expect("sanctions");
    let last_day = |s: &Value| {
        s.get("end")
            .or_else(|| s.get("bar_until"))
            .filter(|v| !v.is_null())
            .map(d)
    };
    let confining = |s: &Value| matches!(s["kind"].as_str(), Some("suspension" | "termination"));
    for (index, s) in sanctions.iter().enumerate() {
        let resumption = find("resumption_request", "sanction", &json!(index));
        let kind = s["kind"].as_str().unwrap_or_default();
        // Spec v3: judged with the measures decided on or before the request's due day.
        let due = |last: NaiveDate| match regime {
            RegimeId::Wenzhou2014 => last,
            _ => wd_before(last, 10),
        };
        let continued = confining(s)
            && last_day(s).is_some_and(|last| {
                let after = plus(last, 1);
                sanctions.iter().enumerate().any(|(j, other)| {
                    j != index
                        && confining(other)
                        && d(&other["decided_on"]) <= due(last)
                        && d(&other["start"]) <= after
                        && last_day(other).is_some_and(|l| after <= l)
                })
            });
        if continued {
            prop_assert!(
                resumption.is_empty(),
                "no resumption for a measure another one continues: {}",
                s
            );
            continue;
        }
        match (regime, kind) {
            (RegimeId::Shanghai2025, "suspension") => {
                prop_assert_eq!(resumption.len(), 1, "resumption for {}", s);
                prop_assert_eq!(
                    d(&resumption[0]["due"]),
                    wd_before(d(&s["end"]), 10),
                    "{}",
                    s
                );
            }
            (RegimeId::Shanghai2025, "termination") => {
                prop_assert_eq!(resumption.len(), 1, "resumption for {}", s);
                prop_assert_eq!(
                    d(&resumption[0]["due"]),
                    wd_before(d(&s["bar_until"]), 10),
                    "{}",
                    s
                );
            }
            (RegimeId::Wenzhou2014, "suspension") => {
                prop_assert_eq!(resumption.len(), 1, "resumption for {}", s);
                prop_assert_eq!(d(&resumption[0]["due"]), d(&s["end"]), "{}", s);
                prop_assert_eq!(
                    d(&resumption[0]["opens"]),
                    wd_before(d(&s["end"]), 10),
                    "{}",
                    s
                );
            }
            (
                RegimeId::Wenzhou2014
                | RegimeId::Shanghai2023
                | RegimeId::Jining2024
                | RegimeId::Shanghai2020,
                _,
            )
            | (RegimeId::Shanghai2025, _) => {
                prop_assert!(resumption.is_empty(), "no resumption request for {}", s);
            }
        }
        // 温州 第二十条: a suspension or termination starts on the 15th WD after its decision.
        if regime == RegimeId::Wenzhou2014 && matches!(kind, "suspension" | "termination") {
            prop_assert_eq!(
                d(&s["start"]),
                wd_after(d(&s["decided_on"]), 15),
                "advance notice: {}",
                s
            );
        }
    }
    Ok(())
}

/// What the result must say about the case's own incidents (README.md, "The result").
fn check_against_case(regime: RegimeId, case: &Value, r: &Value) -> Result<(), TestCaseError> {
    let incidents = case["incidents"].as_array().expect("incidents");
    let results = r["incidents"].as_array().expect("incident results");
    prop_assert_eq!(results.len(), incidents.len(), "one result per incident");
    let periods = r["periods"].as_array().expect("periods");
    // Periods and sanctions in date order.
    for pair in periods.windows(2) {
        prop_assert!(
            d(&pair[0]["end"]) < d(&pair[1]["start"]),
            "periods in order: {:?}",
            pair
        );
    }
    let sanctions = r["sanctions"].as_array().expect("sanctions");
    for pair in sanctions.windows(2) {
        prop_assert!(
            d(&pair[0]["decided_on"]) <= d(&pair[1]["decided_on"]),
            "sanctions in date order: {:?}",
            pair
        );
    }
    let ids: Vec<&Value> = incidents.iter().map(|i| &i["id"]).collect();
    for s in sanctions {
        prop_assert!(
            ids.contains(&&s["trigger"]),
            "trigger is an incident id: {}",
            s
        );
    }
    if regime == RegimeId::Shanghai2020 {
        // No scoring periods and no deadlines in 上海市人民政府令第31号 (regimes.md).
        prop_assert!(
            r["deadlines"].as_array().is_some_and(Vec::is_empty),
            "{}",
            r["deadlines"]
        );
        return Ok(());
    }
    let mut sums: std::collections::HashMap<String, u64> = Default::default();
    for (input, result) in incidents.iter().zip(results) {
        prop_assert_eq!(&input["id"], &result["id"], "ids echoed in input order");
        // An incident belongs to the period containing its decided_on.
        let label = result["period"].as_str().expect("period label").to_string();
        let period = periods
            .iter()
            .find(|p| p["period"] == label.as_str())
            .ok_or_else(|| TestCaseError::fail(format!("period {label} listed in {r}")))?;
        let decided = d(&result["decided_on"]);
        match input.get("decided_on") {
            Some(given) => {
                prop_assert_eq!(d(given), decided, "decided_on echoed");
                prop_assert_eq!(&result["projected"], false, "{}", result);
            }
            None => {
                // A pending decision comes after its notice (spec "Pending decisions").
                prop_assert_eq!(&result["projected"], true, "{}", result);
                prop_assert!(decided > d(&input["notified_on"]), "{}", result);
            }
        }
        prop_assert!(
            d(&period["start"]) <= decided && decided <= d(&period["end"]),
            "{} in {}",
            decided,
            period
        );
        let natural = match regime {
            RegimeId::Wenzhou2014 if case.get("agreement_start").is_none() => {
                Some(decided.format("%Y-01-01").to_string())
            }
            RegimeId::Wenzhou2014 => None,
            _ => Some(decided.format("%Y").to_string()),
        };
        if let Some(expected) = natural {
            prop_assert_eq!(&label, &expected, "natural-year label");
        }
        let range = result["range"].as_array().expect("range");
        let points = result["points"].as_u64().expect("points");
        prop_assert!(
            range[0].as_u64() <= Some(points) && Some(points) <= range[1].as_u64(),
            "points in range: {}",
            result
        );
        if result["counted"] == true {
            *sums.entry(label).or_default() += points;
        } else {
            prop_assert_eq!(
                regime,
                RegimeId::Shanghai2023,
                "only 沪2023 absorbs incidents"
            );
        }
    }
    check_deadlines(regime, case, r)?;
    let repairs = case["repairs"].as_array().is_some_and(|l| !l.is_empty());
    for p in periods {
        let label = p["period"].as_str().expect("label");
        let sum = sums.get(label).copied().unwrap_or(0);
        let total = p["total"].as_u64().expect("total");
        match regime {
            // Repairs (沪2025) and resets (沪2023) only lower the sum.
            RegimeId::Shanghai2023 => prop_assert!(total <= sum, "{}: {} > {}", label, total, sum),
            RegimeId::Shanghai2025 if repairs => {
                prop_assert!(total <= sum, "{}: {} > {}", label, total, sum)
            }
            _ => prop_assert_eq!(
                total,
                sum,
                "period {} total is the sum of its points",
                label
            ),
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Evaluation never panics, holds the invariants, and is deterministic.
    #[test]
    fn evaluation_is_total_sane_and_deterministic(raw in raw_case()) {
        let case = case_json(&raw, false);
        let first = run(&case);
        prop_assert_eq!(&first, &run(&case), "deterministic");
        if let Ok(r) = &first {
            check_result(raw.regime, &case, r)?;
            check_against_case(raw.regime, &case, r)?;
        }
        let with_extra = case_json(&raw, true);
        if let Ok(r) = run(&with_extra) {
            check_result(raw.regime, &with_extra, &r)?;
        }
    }

    /// Adding an incident never lowers any period's total (except 沪2023, whose total
    /// restarts at 0 after a 12-point suspension ends: see the test below).
    #[test]
    fn adding_an_incident_never_lowers_a_total(raw in raw_case_without_reset()) {
        let (Ok(before), Ok(after)) = (run(&case_json(&raw, false)), run(&case_json(&raw, true))) else {
            return Ok(());
        };
        for (label, _, total) in periods(&before) {
            let now = total_of(&after, &label);
            prop_assert!(now.is_some(), "period {} is still there", label);
            prop_assert!(
                now.unwrap_or(0) >= total,
                "period {}: total {} became {:?} after adding {}",
                label, total, now, case_json(&raw, true)["incidents"]
            );
        }
        if let (Some(b), Some(a)) = (before["status"]["total"].as_u64(), after["status"]["total"].as_u64()) {
            prop_assert!(a >= b, "status.total {} became {}", b, a);
        }
    }

    /// The order of the lines never decides anything (spec v3 "same inspection by date"):
    /// shuffling a case's incidents changes no incident's result, no measure, no
    /// deadline and no standing.
    #[test]
    ///
    /// One exception is the spec's own: incidents decided the same day are one decision,
    /// whose measure's `trigger` is the last of them in input order (README "Bands and
    /// sanctions"), and a measure's months or bar years are its trigger's. So `trigger`
    /// is left out of the comparison, and the office's chosen months and years with it.
    #[test]
    fn the_order_of_the_incidents_decides_nothing(raw in raw_case(), seed in any::<u64>()) {
        let mut case = case_json(&raw, true);
        for incident in case["incidents"].as_array_mut().into_iter().flatten() {
            if let Some(m) = incident.as_object_mut() {
                m.remove("months");
                m.remove("bar_years");
            }
        }
        let mut shuffled = case.clone();
        if let Some(list) = shuffled["incidents"].as_array_mut() {
            // A Fisher–Yates shuffle driven by the seed (a tiny LCG: no extra crate).
            let mut state = seed | 1;
            for i in (1..list.len()).rev() {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let j = usize::try_from(state >> 33).unwrap_or(0) % (i + 1);
                list.swap(i, j);
            }
        }
        match (run(&case), run(&shuffled)) {
            (Ok(a), Ok(b)) => {
                let by_id = |r: &Value| {
                    let mut list: Vec<String> = r["incidents"].as_array().into_iter().flatten().map(Value::to_string).collect();
                    list.sort();
                    list
                };
                prop_assert_eq!(by_id(&a), by_id(&b), "incidents");
                // Deadlines due the same day are listed in no order the law gives.
                let deadlines = |r: &Value| {
                    let mut list: Vec<String> = r["deadlines"].as_array().into_iter().flatten().map(Value::to_string).collect();
                    list.sort();
                    list
                };
                prop_assert_eq!(deadlines(&a), deadlines(&b), "deadlines");
                let untriggered = |r: &Value| {
                    let mut list = r["sanctions"].clone();
                    for s in list.as_array_mut().into_iter().flatten() {
                        s.as_object_mut().map(|m| m.remove("trigger"));
                    }
                    list
                };
                prop_assert_eq!(untriggered(&a), untriggered(&b), "sanctions");
                for key in ["periods", "status", "outlook", "outlook_alternative", "flags"] {
                    prop_assert_eq!(&a[key], &b[key], "{} of {} and of {}", key, case["incidents"], shuffled["incidents"]);
                }
            }
            (Err(a), Err(b)) => prop_assert_eq!(&a["code"], &b["code"]),
            (a, b) => prop_assert!(false, "one order computes, the other not: {:?} / {:?}", a, b),
        }
    }

    /// A deadline that has come is never erased by a later decision (spec v3, "hindsight
    /// must not erase a duty the person had"): adding a decision dated after a deadline's
    /// `due` keeps that deadline. (A projected deadline follows a decision not made yet,
    /// and gives way to the real one: it is not a duty that has come.)
    #[test]
    fn a_decision_after_a_deadline_never_removes_it(raw in raw_case(), pick in any::<usize>(), after in 1u64..40) {
        let case = case_json(&raw, false);
        let Ok(before) = run(&case) else { return Ok(()) };
        let real: Vec<&Value> = before["deadlines"].as_array().into_iter().flatten()
            .filter(|x| x["projected"] == json!(false))
            .collect();
        if real.is_empty() {
            return Ok(());
        }
        let deadline = real[pick % real.len()];
        // The new decision: one of the case's decided incidents again, decided later.
        let Some(mut again) = case["incidents"].as_array().into_iter().flatten()
            .find(|i| i.get("decided_on").is_some()).cloned() else { return Ok(()) };
        let decided = plus(d(&deadline["due"]), after);
        for key in ["occurred_on", "notified_on", "objection_filed_on", "inspection"] {
            again.as_object_mut().map(|m| m.remove(key));
        }
        again["id"] = json!("later");
        again["decided_on"] = json!(decided.to_string());
        let mut later = case.clone();
        if let Some(list) = later["incidents"].as_array_mut() {
            list.push(again);
        }
        let Ok(after_decision) = run(&later) else { return Ok(()) };
        let kept = after_decision["deadlines"].as_array().into_iter().flatten()
            .any(|x| x["kind"] == deadline["kind"] && x["due"] == deadline["due"] && x["incident"] == deadline["incident"]);
        prop_assert!(kept, "{} due {} is gone after a decision on {}: {}", deadline["kind"], deadline["due"], decided, later);
    }

    /// A later period never inherits points: removing every incident of the earlier
    /// periods leaves a later period's total unchanged.
    #[test]
    fn a_later_period_never_inherits_points(raw in raw_case()) {
        let case = case_json(&raw, false);
        let Ok(full) = run(&case) else { return Ok(()); };
        for (label, start, total) in periods(&full) {
            let mut reduced = case.clone();
            let list = reduced["incidents"].as_array_mut().expect("incidents");
            // The decision's day as the result has it (a pending one is projected).
            let results = full["incidents"].as_array().expect("incident results");
            let (kept, removed): (Vec<Value>, Vec<Value>) = list
                .iter()
                .zip(results)
                .map(|(input, result)| {
                    let later = result["decided_on"].as_str().unwrap_or_default() >= start.as_str();
                    (input.clone(), later)
                })
                .fold((Vec::new(), Vec::new()), |(mut kept, mut removed), (input, later)| {
                    if later { kept.push(input) } else { removed.push(input) }
                    (kept, removed)
                });
            // 沪2023 第三条 absorbs the same item found by the same inspection, with no
            // word on periods: an incident of an earlier year may absorb a later one.
            // The spec leaves that open, so such cases are left out here.
            if raw.regime == RegimeId::Shanghai2023
                && removed.iter().any(|r| {
                    !r["inspection"].is_null()
                        && kept.iter().any(|k| k["inspection"] == r["inspection"])
                })
            {
                continue;
            }
            *list = kept;
            match run(&reduced) {
                Ok(r) => prop_assert_eq!(
                    total_of(&r, &label),
                    Some(total),
                    "period {} changed when the earlier incidents were removed",
                    label
                ),
                // A `months` (or `bar_years`) that was lawful for what the full case
                // decided may not be for what is decided without the earlier years: a
                // suspension instead of a three-years termination, or the reverse.
                Err(e) => prop_assert!(
                    matches!(e["error"]["code"].as_str(), Some("months_out_of_range" | "bar_years_out_of_range")),
                    "removing earlier incidents gave {}", e
                ),
            }
        }
    }
}

/// The generator is worth its cases: most are valid, and they reach the bands.
#[test]
fn the_generator_makes_mostly_valid_cases_that_reach_the_bands() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRunner};
    let mut runner = TestRunner::new(Config::default());
    for regime in REGIMES {
        let strategy = raw_case_for(regime);
        let (mut ok, mut lasting, mut terminations) = (0, 0, 0);
        let n = 300;
        for _ in 0..n {
            let raw = strategy.new_tree(&mut runner).expect("a value").current();
            if let Ok(r) = run(&case_json(&raw, false)) {
                ok += 1;
                let kinds: Vec<&str> = r["sanctions"]
                    .as_array()
                    .expect("sanctions")
                    .iter()
                    .filter_map(|s| s["kind"].as_str())
                    .collect();
                if kinds.iter().any(|k| {
                    matches!(
                        *k,
                        "suspension" | "training" | "settlement_change" | "termination"
                    )
                }) {
                    lasting += 1;
                }
                if kinds.contains(&"termination") {
                    terminations += 1;
                }
            }
        }
        assert!(ok * 10 >= n * 6, "{regime:?}: only {ok}/{n} cases valid");
        // 沪2020 has a measure in months only for a severe 19.x incident.
        let wanted = if regime == RegimeId::Shanghai2020 {
            n / 20
        } else {
            n / 10
        };
        assert!(
            lasting >= wanted,
            "{regime:?}: only {lasting}/{n} cases reach a lasting measure"
        );
        if regime != RegimeId::Shanghai2020 {
            assert!(
                terminations > 0 || regime == RegimeId::Shanghai2023,
                "{regime:?}: no termination"
            );
        }
        eprintln!("{regime:?}: {ok}/{n} valid, {lasting} with a lasting measure, {terminations} terminations");
    }
}

/// A recursive strategy for arbitrary JSON values.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        ".*".prop_map(Value::String),
        prop::sample::select(vec![
            "2025-05-20",
            "2024-02-29",
            "1900-01-01",
            "2199-12-31",
            "2025-02-30",
            "0000-01-01",
            "9999-12-31",
            "shanghai-2025",
            "shanghai-2023",
            "wenzhou-2014",
            "jining-2024",
            "shanghai-2020",
            "13.2",
            "13.5.2",
            "4.3.1",
            "14.1",
            "4.4.1",
            "15.1",
            "19.1",
            "primary",
            "general",
            "higher_tier",
            "exam",
            "participation",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Mostly the format's own field names, so that the fuzz gets past the first check.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "regime", "as_of", "incidents", "repairs", "agreement_start", "history",
            "birth_date", "version", "id", "item", "items", "decided_on", "occurred_on",
            "inspection", "site", "responsibility", "adjustment", "points", "severe", "fraud",
            "serious", "amount_yuan", "months", "notified_on", "objection_filed_on", "kind",
            "on", "period",
        ])
        .prop_map(str::to_string),
        1 => "[a-z_]{0,12}",
    ]
}

/// A case-shaped value whose fields may hold anything.
fn arb_case() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec![
            "shanghai-2023",
            "shanghai-2025",
            "wenzhou-2014",
            "jining-2024",
            "shanghai-2020",
        ]),
        prop::collection::vec(
            prop::collection::vec((key(), arb_json()), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            0..4,
        ),
        prop::collection::vec((key(), arb_json()), 0..3),
    )
        .prop_map(|(regime, incidents, extra)| {
            let mut m: Map<String, Value> = extra.into_iter().collect();
            m.insert("regime".into(), json!(regime));
            m.insert("incidents".into(), Value::Array(incidents));
            Value::Object(m)
        })
}

/// Extreme but valid dates, where periods and bars come near the ends of the range.
fn extreme_case() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec![
            "shanghai-2023", "shanghai-2025", "wenzhou-2014", "jining-2024", "shanghai-2020",
        ]),
        prop::sample::select(vec!["1900-01-01", "1900-02-28", "2199-12-31", "2199-12-01", "2199-02-28"]),
        0usize..100,
        any::<bool>(),
    )
        .prop_map(|(regime, day, item, flag)| {
            let id = RegimeId::parse(regime).expect("regime");
            let codes = codes(id);
            let code = codes[item % codes.len()];
            json!({
                "regime": regime,
                "as_of": day,
                "agreement_start": if id == RegimeId::Wenzhou2014 { json!(day) } else { Value::Null },
                "incidents": [
                    {"id": "a", "item": code, "decided_on": day, "notified_on": day,
                     "objection_filed_on": day, "responsibility": "primary", "severe": flag,
                     "amount_yuan": 1000, "adjustment": if flag { "higher_tier" } else { "none" }},
                    {"id": "b", "item": code, "decided_on": day, "responsibility": "primary",
                     "severe": true, "amount_yuan": 1},
                ]
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_json_never_panics(value in arb_json()) {
        let _ = evaluate(&value, date(TODAY));
        let _ = evaluate_str(&value.to_string(), date(TODAY));
    }

    #[test]
    fn case_shaped_json_never_panics(value in arb_case()) {
        if let Ok(r) = evaluate(&value, date(TODAY)) {
            let regime = RegimeId::parse(value["regime"].as_str().unwrap_or_default())
                .expect("regime");
            check_result(regime, &value, &serde_json::to_value(r).expect("json"))?;
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in ".*") {
        let _ = evaluate_str(&text, date(TODAY));
        let _ = evaluate(&Value::String(text), date(TODAY));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn extreme_dates_never_panic(case in extreme_case()) {
        for today in ["1900-01-01", "2199-12-31"] {
            let _ = evaluate(&case, date(today));
        }
    }
}

/// 沪2023 第二条第三款: after a suspension decided at 12 points ends, the year's total
/// restarts at 0, so adding an incident can lower the year-end total.
#[test]
fn shanghai_2023_reset_can_lower_a_year_end_total() {
    let a = json!({"id": "a", "item": "4.3.1", "decided_on": "2024-01-10"});
    let b = json!({"id": "b", "item": "4.3.2", "decided_on": "2024-01-20"});
    let c = json!({"id": "c", "item": "4.3.3", "decided_on": "2024-08-01"});
    let without = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
                         "incidents": [a.clone(), c.clone()]});
    let with = json!({"regime": "shanghai-2023", "as_of": "2024-12-31",
                      "incidents": [a, b, c]});
    let without = run(&without).expect("a result");
    let with = run(&with).expect("a result");

    // Without b: 6 on 10 Jan, 12 on 1 Aug → suspension ending in 2025: the 2024 total is 12.
    assert_eq!(total_of(&without, "2024"), Some(12), "{without}");
    assert_eq!(without["status"]["total"], 12);

    // With b: 12 on 20 Jan → suspension 2024-01-21 … 2024-07-20 (6 months); the total
    // restarts at 0 on 21 July; c then scores 6 from 0.
    let suspension = with["sanctions"]
        .as_array()
        .and_then(|l| l.iter().find(|s| s["kind"] == "suspension"))
        .cloned()
        .unwrap_or_else(|| panic!("a suspension in {with}"));
    assert_eq!(suspension["trigger"], "b");
    assert_eq!(suspension["start"], "2024-01-21");
    assert_eq!(suspension["end"], "2024-07-20");
    assert_eq!(total_of(&with, "2024"), Some(6), "{with}");
    assert_eq!(with["status"]["total"], 6);
    // c's decision moves the restarted total into 6–8 again: a new warning.
    let last = with["sanctions"]
        .as_array()
        .and_then(|l| l.last())
        .cloned()
        .expect("sanctions");
    assert_eq!(
        (last["kind"].as_str(), last["trigger"].as_str()),
        (Some("warning"), Some("c"))
    );
}

/// The case's incidents in another order (a rotation and a reversal, chosen by `seed`),
/// without the office's chosen months and years, which the trigger (the last counted of
/// a day, in input order, by the spec) carries.
fn reordered(case: &Value, seed: usize) -> (Value, Value) {
    let mut plain = case.clone();
    if let Some(list) = plain["incidents"].as_array_mut() {
        for incident in list.iter_mut() {
            if let Some(m) = incident.as_object_mut() {
                m.remove("months");
                m.remove("bar_years");
            }
        }
    }
    let mut other = plain.clone();
    if let Some(list) = other["incidents"].as_array_mut() {
        if !list.is_empty() {
            let k = seed % list.len();
            list.rotate_left(k);
            if seed % 2 == 1 {
                list.reverse();
            }
        }
    }
    (plain, other)
}

/// What must not depend on the incidents' order: each incident's result by id, the
/// measures (but for which incident of a day triggered them), the deadlines (a set), the
/// standing now and once decided, and the warnings (a set).
fn order_free(r: &Value) -> Value {
    let mut incidents: Vec<Value> = r["incidents"].as_array().cloned().unwrap_or_default();
    incidents.sort_by_key(|i| i["id"].to_string());
    let sanctions: Vec<Value> = r["sanctions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|mut s| {
            if let Some(m) = s.as_object_mut() {
                m.remove("trigger");
                m.remove("trace");
            }
            s
        })
        .collect();
    let mut deadlines: Vec<String> = r["deadlines"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(Value::to_string)
        .collect();
    deadlines.sort();
    let mut warnings: Vec<String> = r["warnings"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|w| {
            // A path names an incident by its place: say which incident it is.
            let path = w["path"].as_str().unwrap_or_default();
            let whose = path
                .strip_prefix("incidents[")
                .and_then(|rest| rest.split(']').next())
                .and_then(|i| i.parse::<usize>().ok())
                .map_or_else(|| path.to_string(), |i| r["incidents"][i]["id"].to_string());
            format!("{} {whose}", w["code"])
        })
        .collect();
    warnings.sort();
    json!({
        "incidents": incidents,
        "sanctions": sanctions,
        "deadlines": deadlines,
        "status": r["status"],
        "outlook": r["outlook"],
        "outlook_alternative": r["outlook_alternative"],
        "periods": r["periods"],
        "flags": r["flags"],
        "warnings": warnings,
    })
}

/// Deadlines as they can be told apart across two results: by kind, due day, and what
/// they follow (an incident's id, a measure's kind and decision day, a request).
fn deadline_keys(r: &Value) -> Vec<String> {
    let sanctions = r["sanctions"].as_array().cloned().unwrap_or_default();
    r["deadlines"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|x| {
            let follows = match (x.get("incident"), x.get("sanction"), x.get("request")) {
                (Some(id), _, _) => format!("incident {id}"),
                (_, Some(i), _) => {
                    let s = &sanctions[i.as_u64().unwrap_or(0) as usize];
                    format!("{} of {}", s["kind"], s["decided_on"])
                }
                (_, _, Some(i)) => format!("request {i}"),
                _ => String::new(),
            };
            format!("{} {} {follows}", x["kind"], x["due"])
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    /// Spec v3, for every regime: the incidents' order changes no result, measure,
    /// deadline or standing (沪2023's same inspection follows the dates, not the lines).
    #[test]
    fn the_incidents_order_changes_nothing(raw in raw_case(), seed in 0usize..64) {
        let (plain, other) = reordered(&case_json(&raw, true), seed);
        match (run(&plain), run(&other)) {
            (Ok(a), Ok(b)) => {
                let (a, b) = (order_free(&a), order_free(&b));
                for key in a.as_object().expect("object").keys() {
                    prop_assert_eq!(&a[key], &b[key], "{} differs for {}", key, plain);
                }
            }
            (Err(a), Err(b)) => prop_assert_eq!(&a["error"]["code"], &b["error"]["code"]),
            (a, b) => prop_assert!(false, "one order computes, the other not: {:?} / {:?}", a, b),
        }
    }

    /// Spec v3: a decision dated after a deadline's due day never removes that deadline
    /// (hindsight does not erase a duty the person had).
    #[test]
    fn a_later_decision_never_removes_a_deadline_that_had_come(raw in raw_case(), after in 1u64..400) {
        let case = case_json(&raw, false);
        let Ok(before) = run(&case) else { return Ok(()); };
        let Some(last_due) = before["deadlines"]
            .as_array()
            .expect("deadlines")
            .iter()
            .map(|x| d(&x["due"]))
            .max()
        else {
            return Ok(());
        };
        // One more decision, after every deadline's due day.
        let mut extra = case_json(&raw, true);
        let decided = plus(last_due, after);
        if let Some(incident) = extra["incidents"]
            .as_array_mut()
            .and_then(|list| list.last_mut())
            .and_then(Value::as_object_mut)
        {
            incident.insert("decided_on".into(), json!(decided.to_string()));
            for key in ["notified_on", "objection_filed_on", "occurred_on"] {
                incident.remove(key);
            }
        }
        let Ok(later) = run(&extra) else { return Ok(()); };
        let kept = deadline_keys(&later);
        for key in deadline_keys(&before) {
            prop_assert!(kept.contains(&key), "{} was removed by the decision of {}: {:?}", key, decided, kept);
        }
    }
}
