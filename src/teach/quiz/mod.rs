//! Quizzes generated from a regime's catalogue, bands, procedure and scenarios, on the
//! topics a trainer picks ([`Topic`]): items and tiers, responsibility, adjustments, one
//! act under several items, several acts, several sites, bands and durations, one-shot
//! against cumulative, the procedure's deadlines and who acts, repairs, what follows a
//! measure's term, periods and year ends, the library's scenarios, and (沪2020) fines.
//!
//! Every answer key is the core's: each question carries the case it asks about and what
//! of the result answers it ([`Ask`]), and the right choice is read from
//! `scoring::evaluate` of that case — nothing is typed by hand. A question states every
//! fact its answer needs, dates included (`tests/quiz.rs` moves each date of the case and
//! checks that every one the answer depends on is in the question), and its explanation
//! gives the article and the arithmetic. No question is asked twice in a set. The
//! questions follow from the regime, the number asked, the topics and the seed, so that
//! one link gives a room the same quiz (for a given build).
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::quiz::{self, Topic};
//!
//! let a = quiz::generate(RegimeId::FIRST, 10, "room-1");
//! assert_eq!(a, quiz::generate(RegimeId::FIRST, 10, "room-1"));
//! assert_eq!(a.len(), 10);
//! assert!(a.iter().all(|q| q.choices.len() >= 2 && q.answer < q.choices.len()));
//! // Only the procedure and the repairs.
//! let b = quiz::generate_on(RegimeId::FIRST, 6, "room-1", &[Topic::Procedure, Topic::Repairs]);
//! assert!(b.iter().all(|q| matches!(q.topic, Topic::Procedure | Topic::Repairs)));
//! ```

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

use super::rules::{measure_or_none, probe_day, total_case};
use crate::scoring::outcome::{DeadlineKind, Evaluation, Step};
use crate::scoring::regimes::Counting;
use crate::scoring::text::Text;
use crate::scoring::{self, words, RegimeId};

mod article;
mod deadline;
mod facts;
mod fine;
mod measure;
mod period;
mod points;
mod repair;
mod restore;
mod scenario;
mod several;
mod topics;

pub use facts::describe;
pub use topics::Topic;

/// How many questions a quiz link asks for when it does not say.
pub const DEFAULT_QUESTIONS: u32 = 10;

/// What of the core's result answers a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// `incidents[0].points`.
    Points,
    /// `incidents[0].range`, as `low-high`.
    Range,
    /// The last sanction, in the regime's words ("不作处理" when none).
    Measure,
    /// The `end` of the last sanction with a duration in months.
    End,
    /// The `earliest_end` of the last sanction with a duration in months.
    EarliestEnd,
    /// The `bar_years` of the last termination.
    BarYears,
    /// The `due` of the first deadline of this kind.
    Due(DeadlineKind),
    /// The `actor` of the first deadline of this kind, as its code.
    Actor(DeadlineKind),
    /// The `cite` of the last sanction.
    SanctionCite,
    /// The `cite` of the first deadline of this kind.
    DeadlineCite(DeadlineKind),
    /// `status.total`.
    StatusTotal,
    /// `status.remaining`.
    Remaining,
    /// `status.state`, as its code.
    State,
    /// The `period` of the last incident.
    Period,
    /// `incidents[0]`'s fine range, `[fine_min, fine_max]` in yuan.
    FineRange,
    /// The `cite` of the first step of `incidents[0]`'s trace: the item's article.
    ItemCite,
}

/// A value a choice stands for, compared with the core's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Number(u32),
    Text(String),
    Date(NaiveDate),
}

/// One choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The choice in words.
    pub label: Text,
    pub value: Answer,
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub topic: Topic,
    pub regime: RegimeId,
    pub prompt: Text,
    pub choices: Vec<Choice>,
    /// The index of the right choice.
    pub answer: usize,
    /// Why: the article and the arithmetic, from the core's own steps.
    pub explain: Text,
    /// The article that says so (opens in the reader).
    pub cite: String,
    /// The case the key was computed from.
    pub case: Value,
    /// What of its result answers the question.
    pub ask: Ask,
}

/// The value the core gives for `ask` on `case` — the answer key.
pub fn key(case: &Value, ask: &Ask) -> Option<Answer> {
    key_of(&evaluate(case)?, ask)
}

fn key_of(result: &Evaluation, ask: &Ask) -> Option<Answer> {
    let deadline = |kind: &DeadlineKind| result.deadlines.iter().find(|d| d.kind == *kind);
    let months = || result.sanctions.iter().rev().find_map(|s| s.months);
    Some(match ask {
        Ask::Points => Answer::Number(result.incidents.first()?.points?),
        Ask::Range => {
            let [low, high] = result.incidents.first()?.range?;
            Answer::Text(format!("{low}-{high}"))
        }
        Ask::Measure => Answer::Text(measure(result).zh.into_owned()),
        Ask::End => Answer::Date(months()?.end),
        Ask::EarliestEnd => Answer::Date(months()?.earliest_end),
        Ask::BarYears => {
            Answer::Number(result.sanctions.iter().rev().find_map(|s| s.bar)?.bar_years)
        }
        Ask::Due(kind) => Answer::Date(deadline(kind)?.due),
        Ask::Actor(kind) => Answer::Text(actor_code(deadline(kind)?.actor).to_string()),
        Ask::SanctionCite => Answer::Text(result.sanctions.last()?.cite.clone()),
        Ask::DeadlineCite(kind) => Answer::Text(deadline(kind)?.cite.clone()),
        Ask::ItemCite => Answer::Text(result.incidents.first()?.trace.first()?.cite.clone()),
        Ask::StatusTotal => Answer::Number(result.status.total?),
        Ask::Remaining => Answer::Number(result.status.remaining?),
        Ask::State => Answer::Text(result.status.state.code().to_string()),
        Ask::Period => Answer::Text(result.incidents.last()?.period.clone()?),
        Ask::FineRange => {
            let fine = result.incidents.first()?.fine.as_ref()?;
            let yuan = |n: &Option<serde_json::Number>| n.as_ref().map(|n| n.to_string());
            Answer::Text(format!(
                "{}-{}",
                yuan(&fine.fine_min)?,
                yuan(&fine.fine_max)?
            ))
        }
    })
}

/// Who acts, as the spec's code: `person`, `institution`, `agency`.
fn actor_code(actor: crate::scoring::outcome::Actor) -> &'static str {
    use crate::scoring::outcome::Actor;
    match actor {
        Actor::Person => "person",
        Actor::Institution => "institution",
        Actor::Agency => "agency",
    }
}

/// The last measure of a result in the regime's words, or "不作处理".
fn measure(result: &Evaluation) -> Text {
    measure_or_none(result.regime, result.sanctions.last())
}

/// A small deterministic generator (splitmix64), seeded from the link.
struct Rng(u64);

impl Rng {
    fn new(regime: RegimeId, seed: &str) -> Rng {
        // FNV-1a of the regime and the seed.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in regime.as_str().bytes().chain([0]).chain(seed.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick<'a, T>(&mut self, list: &'a [T]) -> Option<&'a T> {
        list.get(self.below(list.len()))
    }

    fn shuffle<T>(&mut self, list: &mut [T]) {
        for i in (1..list.len()).rev() {
            let j = self.below(i + 1);
            list.swap(i, j);
        }
    }
}

/// `n` questions on every topic of `regime` for `seed`: the same arguments give the same
/// questions.
pub fn generate(regime: RegimeId, n: u32, seed: &str) -> Vec<Question> {
    generate_on(regime, n, seed, &[])
}

/// `n` questions on `topics` (every topic of the regime when empty; those the regime
/// has not are left out) for `seed`. The topics take turns, in an order the seed
/// shuffles; no prompt is asked twice, so a set on a few narrow topics may hold fewer
/// than `n` questions.
pub fn generate_on(regime: RegimeId, n: u32, seed: &str, topics: &[Topic]) -> Vec<Question> {
    let mut rng = Rng::new(regime, seed);
    let mut order: Vec<Topic> = Topic::of(regime)
        .into_iter()
        .filter(|t| topics.is_empty() || topics.contains(t))
        .collect();
    rng.shuffle(&mut order);
    let mut out: Vec<Question> = Vec::new();
    // A topic that fails to make a new question this many times in a row is spent.
    const SPENT: u32 = 12;
    let mut misses = vec![0u32; order.len()];
    let mut turn = 0;
    while out.len() < n as usize && misses.iter().any(|m| *m < SPENT) {
        let i = turn % order.len();
        turn += 1;
        if misses[i] >= SPENT {
            continue;
        }
        let question = make(regime, order[i], &mut rng)
            .filter(|q| !out.iter().any(|o| o.prompt.zh == q.prompt.zh));
        match question {
            Some(question) => {
                misses[i] = 0;
                out.push(question);
            }
            None => misses[i] += 1,
        }
    }
    out
}

fn make(regime: RegimeId, topic: Topic, rng: &mut Rng) -> Option<Question> {
    match topic {
        Topic::Items => points::item(regime, rng),
        Topic::Responsibility => points::responsibility(regime, rng),
        Topic::Adjustment => points::adjustment(regime, rng),
        Topic::SeveralItems => several::several_items(regime, rng),
        Topic::SeveralActs => several::several_acts(regime, rng),
        Topic::Sites => several::sites(regime, rng),
        Topic::Bands => match rng.below(5) {
            0 => article::band_article(regime, rng),
            1 | 2 => measure::end_date(regime, rng),
            _ => measure::measure_at(regime, rng, false),
        },
        Topic::OneShot => measure::one_shot(regime, rng),
        Topic::Procedure => match rng.below(6) {
            0 => article::objection_article(regime, rng),
            1 | 2 => deadline::who_acts(regime, rng),
            _ => deadline::deadline(regime, rng),
        },
        Topic::Repairs => repair::repair(regime, rng),
        Topic::Restoration => restore::restoration(regime, rng),
        Topic::Periods => period::period(regime, rng),
        Topic::Scenarios => scenario::scenario(regime, rng),
        Topic::Fines => match rng.below(3) {
            0 => article::fine_article(regime, rng),
            _ => fine::fine(regime, rng),
        },
    }
}

/// The day questions are set on: a working day while the regime is in force.
fn base_day(regime: RegimeId) -> NaiveDate {
    probe_day(regime)
}

/// A working day of the base day's year, April to November (offices decide and write
/// on working days).
fn random_day(regime: RegimeId, rng: &mut Rng) -> NaiveDate {
    let base = base_day(regime);
    let month = 4 + rng.below(8) as u32;
    let day = 1 + rng.below(28) as u32;
    workday(NaiveDate::from_ymd_opt(base.year(), month, day).unwrap_or(base))
}

/// `day`, or the working day after it when it is not one: offices decide, and people
/// file and sit exams, on working days.
fn workday(day: NaiveDate) -> NaiveDate {
    let mut day = day;
    for _ in 0..15 {
        if crate::calendar::day_kind(day).is_working() {
            break;
        }
        day = after(day, 1);
    }
    day
}

/// `days` after `day` (`day` itself past the calendar's end).
fn after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(chrono::Days::new(days)).unwrap_or(day)
}

fn doc(regime: RegimeId) -> &'static str {
    regime.info().document
}

/// How points move under the regime: 记 (scored) or 扣 (deducted).
fn points_unit(regime: RegimeId) -> Text {
    if regime.info().counting == Counting::PointsDeducted {
        Text::fixed("扣", "deducted")
    } else {
        Text::fixed("记", "scored")
    }
}

/// What a question is made of, before its choices are shuffled in.
struct Sketch {
    topic: Topic,
    prompt: Text,
    /// The case whose result holds the answer.
    case: Value,
    ask: Ask,
    /// The wrong choices to draw from: values the core gives elsewhere, or near ones.
    others: Vec<Answer>,
    explain: Text,
    cite: String,
}

/// Builds a question: the right choice from the core, up to three others from the
/// sketch's (the nearest first where they are numbers or dates), shuffled.
fn assemble(
    rng: &mut Rng,
    regime: RegimeId,
    sketch: Sketch,
    label: &dyn Fn(&Answer) -> Text,
) -> Option<Question> {
    let right = key(&sketch.case, &sketch.ask)?;
    let mut values: Vec<Answer> = vec![right.clone()];
    let mut pool = sketch.others;
    rng.shuffle(&mut pool);
    // Near values first: a choice of 12 beside 1 teaches nothing.
    crate::calendar::sort_by_key(&mut pool, |a| distance(a, &right));
    for value in pool {
        if values.len() >= 4 {
            break;
        }
        let said = label(&value);
        if !values.contains(&value) && values.iter().all(|v| label(v).zh != said.zh) {
            values.push(value);
        }
    }
    if values.len() < 2 {
        return None;
    }
    rng.shuffle(&mut values);
    let answer = values.iter().position(|v| *v == right)?;
    let choices = values
        .into_iter()
        .map(|value| Choice {
            label: label(&value),
            value,
        })
        .collect();
    Some(Question {
        topic: sketch.topic,
        regime,
        prompt: sketch.prompt,
        choices,
        answer,
        explain: sketch.explain,
        cite: sketch.cite,
        case: sketch.case,
        ask: sketch.ask,
    })
}

/// How far a wrong value is from the right one: numbers and dates by their difference,
/// anything else the same (their order stays shuffled).
fn distance(a: &Answer, right: &Answer) -> i64 {
    match (a, right) {
        (Answer::Number(a), Answer::Number(b)) => i64::from(a.abs_diff(*b)),
        (Answer::Date(a), Answer::Date(b)) => (*a - *b).num_days().abs(),
        _ => 0,
    }
}

/// A choice of points: `3 分`, `3 points`, `1 point`.
fn points_label(a: &Answer) -> Text {
    match a {
        Answer::Number(n) => words::points(*n),
        other => text_label(other),
    }
}

/// A choice in the same words in both languages (an article, a date).
fn text_label(a: &Answer) -> Text {
    match a {
        Answer::Text(t) => Text::from(t.clone()),
        Answer::Number(n) => Text::from(n.to_string()),
        Answer::Date(d) => Text::from(d.to_string()),
    }
}

/// A day with its weekday: `2025-06-03（周二）`, `2025-06-03 (Tue)`.
fn date_label(a: &Answer) -> Text {
    match a {
        Answer::Date(d) => words::date_with_weekday(*d),
        other => text_label(other),
    }
}

/// The core's steps, joined: the explanation of an answer.
fn steps(trace: &[Step]) -> Text {
    let zh: Vec<String> = trace
        .iter()
        .map(|s| format!("{}（{}）", s.text.zh, s.cite))
        .collect();
    let en: Vec<String> = trace
        .iter()
        .map(|s| format!("{} ({})", s.text.en, s.cite))
        .collect();
    Text::new(zh.join("；"), en.join("; "))
}

/// Texts joined into one sentence, the empty ones left out: `；` in Chinese, `; ` in
/// English.
fn joined(parts: &[Text]) -> Text {
    let pick = |f: &dyn Fn(&Text) -> &str, by: &str| {
        parts
            .iter()
            .map(f)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(by)
    };
    Text::new(pick(&|t| &t.zh, "；"), pick(&|t| &t.en, "; "))
}

fn evaluate(case: &Value) -> Option<Evaluation> {
    let day = case
        .get("as_of")
        .and_then(Value::as_str)
        .and_then(crate::calendar::parse_day)?;
    scoring::evaluate(case, day).ok()
}

/// An explanation that dates a measure from the question's decision, which the question
/// does not name (the measure does not depend on it): it says which day it takes.
fn dated(regime: RegimeId, explain: Text) -> Text {
    let has_date = explain
        .zh
        .as_bytes()
        .windows(5)
        .any(|w| w[0] == b'-' && w[3] == b'-' && w[1..3].iter().all(u8::is_ascii_digit));
    if !has_date {
        return explain;
    }
    let decided = base_day(regime);
    let day = words::weekday(decided);
    Text::new(
        format!("设记分决定于 {decided}（{}）作出：{}", day.zh, explain.zh),
        format!(
            "Taking the decision as made on {decided} ({}): {}",
            day.en, explain.en
        ),
    )
}

/// The totals questions compare with: a case reaching `total` as [`total_case`] builds it.
fn total_result(regime: RegimeId, total: u32, at_once: bool) -> Option<Evaluation> {
    evaluate(&total_case(regime, total, at_once, false))
}
