//! The procedure (告知 → 陈述申辩 → 决定 → 送达 → 备案 → 恢复申请): each deadline's last
//! day from the day it counts from, counted in working days by the core, and who must
//! act by it.

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use super::{after, assemble, date_label, doc, evaluate, joined, random_day, workday, Answer, Ask};
use super::{Question, Rng, Sketch, Topic};
use crate::scoring::case::Field;
use crate::scoring::outcome::{Actor, DeadlineKind, Evaluation};
use crate::scoring::regimes::{CountsFrom, Duration};
use crate::scoring::text::Text;
use crate::scoring::{words, RegimeId};
use crate::teach::rules::required_facts;

/// One step a question can ask about: its kind, the case that shows it, and the day it
/// counts from in words.
struct StepCase {
    case: Value,
    /// What happened, with its day: `2025-06-03（周二）收到记分告知`.
    from: Text,
    /// The day the count starts from.
    day: NaiveDate,
}

/// The kinds of deadline the regime's procedure sets, in order.
fn kinds(regime: RegimeId) -> Vec<DeadlineKind> {
    let info = regime.info();
    let mut out: Vec<DeadlineKind> = Vec::new();
    for rule in info.procedure.deadlines {
        if !out.contains(&rule.kind) {
            out.push(rule.kind);
        }
    }
    if info.procedure.resumption.is_some() {
        out.push(DeadlineKind::ResumptionRequest);
        out.push(DeadlineKind::ResumptionDecision);
    }
    out
}

/// A case with one incident of `points` decided on `decided` (or pending, where `decided`
/// is `None` and the regime projects it), notified on `notified`.
fn incident_case(
    regime: RegimeId,
    points: u32,
    notified: NaiveDate,
    decided: Option<NaiveDate>,
    as_of: NaiveDate,
) -> Value {
    let mut incident = json!({"id": "a", "points": points, "notified_on": notified.to_string()});
    if let Some(day) = decided {
        incident["decided_on"] = json!(day.to_string());
    }
    required_facts(regime, &mut incident);
    let mut case =
        json!({"regime": regime.as_str(), "as_of": as_of.to_string(), "incidents": [incident]});
    if regime.info().uses(Field::AgreementStart) {
        case["agreement_start"] = json!(format!("{}-01-01", as_of.year()));
    }
    case
}

/// A day said with its weekday.
fn day_said(day: NaiveDate) -> Text {
    words::date_with_weekday(day)
}

/// The case showing a deadline of `kind`, and the event it counts from.
fn step_case(regime: RegimeId, kind: DeadlineKind, rng: &mut Rng) -> Option<StepCase> {
    let info = regime.info();
    let terms = &info.terms;
    let notified = random_day(regime, rng);
    let rule = |from: CountsFrom| {
        info.procedure
            .deadlines
            .iter()
            .find(|r| r.kind == kind && r.from == from)
    };
    let pending = info.pending_decisions();
    // Where the notice comes before the decision, a decision a month on; elsewhere the
    // notice is of the decision.
    let decided = if pending {
        workday(after(notified, 30))
    } else {
        notified
    };
    let with_objection = kind == DeadlineKind::Review || rng.below(2) == 0;
    Some(match kind {
        DeadlineKind::Objection => StepCase {
            case: incident_case(regime, 1, notified, Some(decided), notified),
            from: Text::new(
                format!("{}收到{}", day_said(notified).zh, terms.notice.zh),
                format!(
                    "{} is received on {}",
                    terms.notice.en,
                    day_said(notified).en
                ),
            ),
            day: notified,
        },
        DeadlineKind::Review | DeadlineKind::AgencyDecision
            if rule(CountsFrom::Objection).is_some() && with_objection =>
        {
            let filed = workday(after(notified, 1 + rng.below(5) as u64));
            let mut case = incident_case(regime, 1, notified, None, filed);
            case["incidents"][0]["objection_filed_on"] = json!(filed.to_string());
            StepCase {
                case,
                from: Text::new(
                    format!(
                        "{}收到{}，{}提出{}",
                        day_said(notified).zh,
                        terms.notice.zh,
                        day_said(filed).zh,
                        terms.objection.zh
                    ),
                    format!(
                        "{} is received on {}, and {} is filed on {}",
                        terms.notice.en,
                        day_said(notified).en,
                        terms.objection.en,
                        day_said(filed).en
                    ),
                ),
                day: filed,
            }
        }
        DeadlineKind::Review => return None,
        DeadlineKind::AgencyDecision => StepCase {
            case: incident_case(regime, 1, notified, None, notified),
            from: Text::new(
                format!(
                    "{}收到{}，未提出{}",
                    day_said(notified).zh,
                    terms.notice.zh,
                    terms.objection.zh
                ),
                format!(
                    "{} is received on {}, and no {} is filed",
                    terms.notice.en,
                    day_said(notified).en,
                    terms.objection.en
                ),
            ),
            day: notified,
        },
        DeadlineKind::DecisionDelivery | DeadlineKind::RegistrationUpdate => StepCase {
            case: incident_case(regime, 1, notified, Some(decided), decided),
            from: Text::new(
                format!("{}作出{}", day_said(decided).zh, terms.decision.zh),
                format!(
                    "the {} is made on {}",
                    terms.decision.en,
                    day_said(decided).en
                ),
            ),
            day: decided,
        },
        DeadlineKind::ResumptionRequest | DeadlineKind::ResumptionDecision => {
            let band = info.bands.iter().find(|b| {
                matches!(b.duration, Duration::Months { .. })
                    && b.kind == crate::scoring::outcome::SanctionKind::Suspension
            })?;
            let mut case = incident_case(regime, band.from, notified, Some(decided), decided);
            let mut chosen = Text::default();
            if let Duration::Months { min, max } = band.duration {
                if min != max {
                    case["incidents"][0]["months"] = json!(min);
                    chosen = Text::new(
                        format!("，期限定为 {min} 个月"),
                        format!(", set at {}", words::months(min).en),
                    );
                }
            }
            let first = evaluate(&case)?;
            let due = first
                .deadlines
                .iter()
                .find(|d| d.kind == DeadlineKind::ResumptionRequest)?
                .due;
            let measure = words::sanction(info, first.sanctions.last()?.kind);
            let mut from = Text::new(
                format!(
                    "{}作出{}：一次{} {} 分（此前本期为 0 分），{}{}",
                    day_said(decided).zh,
                    terms.decision.zh,
                    super::points_unit(regime).zh,
                    band.from,
                    measure.zh,
                    chosen.zh
                ),
                format!(
                    "the {} is made on {}: {} {} at once (none before in the period), {}{}",
                    terms.decision.en,
                    day_said(decided).en,
                    words::points(band.from).en,
                    super::points_unit(regime).en,
                    measure.en,
                    chosen.en
                ),
            );
            let mut day = decided;
            if kind == DeadlineKind::ResumptionDecision {
                let request = due.checked_sub_days(chrono::Days::new(rng.below(4) as u64))?;
                case["resumption_requests"] = json!([{"on": request.to_string()}]);
                case["as_of"] = json!(request.to_string());
                from = Text::new(
                    format!(
                        "{}；{}提出{}",
                        from.zh,
                        day_said(request).zh,
                        terms.resumption.zh
                    ),
                    format!(
                        "{}; {} is made on {}",
                        from.en,
                        terms.resumption.en,
                        day_said(request).en
                    ),
                );
                day = request;
            }
            StepCase { case, from, day }
        }
    })
}

/// The question's lead: `依…，2025-06-03（周二）收到记分告知`.
fn lead(regime: RegimeId, step: &StepCase) -> Text {
    Text::new(
        format!("依{}，{}", doc(regime), step.from.zh),
        format!("Under {}, {}", doc(regime), step.from.en),
    )
}

/// The deadline of the step in the result.
fn found(result: &Evaluation, kind: DeadlineKind) -> Option<&crate::scoring::outcome::Deadline> {
    result.deadlines.iter().find(|d| d.kind == kind)
}

/// A deadline's last day.
pub(super) fn deadline(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let kind = *rng.pick(&kinds(regime))?;
    let step = step_case(regime, kind, rng)?;
    let result = evaluate(&step.case)?;
    let d = found(&result, kind)?;
    let due = d.due;
    let name = words::deadline(regime.info(), kind);
    let lead = lead(regime, &step);
    let prompt = Text::new(
        format!("{}：「{}」的最后一天是哪一天？", lead.zh, name.zh),
        format!("{}: what is the last day for the {}?", lead.en, name.en),
    );
    // Plausible wrong days: a day or two off, and calendar days counted as working days.
    let mut others: Vec<Answer> = [-2i64, -1, 1, 2, 3]
        .iter()
        .filter_map(|delta| due.checked_add_signed(chrono::Duration::days(*delta)))
        .map(Answer::Date)
        .collect();
    let working_days = regime
        .info()
        .procedure
        .deadlines
        .iter()
        .find(|r| r.kind == kind)
        .map_or(10, |r| r.working_days);
    others.push(Answer::Date(after(step.day, u64::from(working_days))));
    let actor = actor_words(super::actor_code(d.actor));
    let explain = joined(&[
        Text::new(format!("{}：{}（{}）", actor.zh, d.text.zh, d.cite), format!("{}: {} ({})", actor.en, d.text.en, d.cite)),
        Text::new(
            format!("按工作日计算：节假日和周末不计，调休上班日计入，最后一天是 {}", words::date_with_weekday(due).zh),
            format!("Counted in working days (weekends and holidays out, make-up working days in): the last day is {}", words::date_with_weekday(due).en),
        ),
    ]);
    let sketch = Sketch {
        topic: Topic::Procedure,
        prompt,
        explain,
        cite: d.cite.clone(),
        case: step.case,
        ask: Ask::Due(kind),
        others,
    };
    assemble(rng, regime, sketch, &date_label)
}

/// Who acts, as a question names them (third person: a quiz speaks of the physician).
fn actor_words(code: &str) -> Text {
    match code {
        "person" => Text::fixed("被记分的本人", "the person scored"),
        "institution" => Text::fixed("所在定点医药机构", "the institution"),
        _ => Text::fixed("医保经办机构", "the insurance agency"),
    }
}

/// Who must act by a deadline: the person, the institution or the agency.
pub(super) fn who_acts(regime: RegimeId, rng: &mut Rng) -> Option<Question> {
    let kind = *rng.pick(&kinds(regime))?;
    let step = step_case(regime, kind, rng)?;
    let result = evaluate(&step.case)?;
    let d = found(&result, kind)?;
    let info = regime.info();
    let name = words::deadline(info, kind);
    // The step named without its actor: what must be done, and by when.
    let prompt = Text::new(
        format!(
            "依{}，{}之后，「{}」（{}）由谁负责在期限内完成？",
            doc(regime),
            step.from.zh,
            name.zh,
            d.cite
        ),
        format!(
            "Under {}, after {}: who must see to “{}” ({}) in time?",
            doc(regime),
            step.from.en,
            name.en,
            d.cite
        ),
    );
    let explain = Text::new(
        format!("{}（{}）", d.text.zh, d.cite),
        format!("{} ({})", d.text.en, d.cite),
    );
    let sketch = Sketch {
        topic: Topic::Procedure,
        prompt,
        explain,
        cite: d.cite.clone(),
        case: step.case,
        ask: Ask::Actor(kind),
        others: [Actor::Person, Actor::Institution, Actor::Agency]
            .into_iter()
            .map(|a| Answer::Text(super::actor_code(a).to_string()))
            .collect(),
    };
    assemble(rng, regime, sketch, &|a| match a {
        Answer::Text(code) => actor_words(code),
        other => super::text_label(other),
    })
}
