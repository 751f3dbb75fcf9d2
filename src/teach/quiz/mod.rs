//! Quizzes generated from a regime's catalogue, bands, deadlines and scenarios: the
//! points of an item (and a responsibility), the measure at a total, one act scored at
//! once, a deadline's date from a notice, which article says so, a total after several
//! acts or a repair, a scenario's standing.
//!
//! Every answer key is the core's: each question carries the case it asks about and what
//! of the result answers it ([`Ask`]), and the right choice is read from
//! `scoring::evaluate` of that case — nothing is typed by hand. The questions follow from
//! the regime, the number asked and the seed, so that one link gives a room the same
//! quiz (for a given build). What a question needs of its regime (whether items are
//! tiered by responsibility, whether a notice comes before the decision, the repairs, the
//! objection's name) is asked of the regime's data; each kind of question is a file of
//! its own.
//!
//! ```
//! use jifen::scoring::RegimeId;
//! use jifen::teach::quiz;
//!
//! let a = quiz::generate(RegimeId::FIRST, 10, "room-1");
//! let b = quiz::generate(RegimeId::FIRST, 10, "room-1");
//! assert_eq!(a, b);
//! assert_eq!(a.len(), 10);
//! assert!(a.iter().all(|q| q.choices.len() >= 2 && q.answer < q.choices.len()));
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
mod fine;
mod measure;
mod points;
mod scenario;
mod total;

/// How many questions a quiz link asks for when it does not say.
pub const DEFAULT_QUESTIONS: u32 = 10;

/// The kinds of question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The points of an item (with a responsibility, 沪2025; with 情节恶劣, 沪2023).
    ItemPoints,
    /// The measure a cumulative total decides.
    MeasureAtTotal,
    /// The measure when one act alone scores the total (一次性记分).
    OneShot,
    /// A deadline's last day from a notice or a decision.
    Deadline,
    /// The article that decides a measure or sets a deadline.
    Article,
    /// The total after several acts, a same-inspection rule or a repair.
    Total,
    /// The standing a scenario of the library reaches.
    Scenario,
    /// 沪2020: the fine an act exposes the party to.
    Fine,
}

/// What of the core's result answers a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// `incidents[0].points`.
    Points,
    /// The last sanction, in the regime's words ("不作处理" when none).
    Measure,
    /// The `due` of the first deadline of this kind.
    Due(DeadlineKind),
    /// The `cite` of the last sanction.
    SanctionCite,
    /// The `cite` of the first deadline of this kind.
    DeadlineCite(DeadlineKind),
    /// `status.total`.
    StatusTotal,
    /// `status.remaining`.
    Remaining,
    /// `status.state`.
    State,
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
    pub kind: Kind,
    pub regime: RegimeId,
    pub prompt: Text,
    pub choices: Vec<Choice>,
    /// The index of the right choice.
    pub answer: usize,
    /// Why, from the core's own steps.
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
    Some(match ask {
        Ask::Points => Answer::Number(result.incidents.first()?.points?),
        Ask::Measure => Answer::Text(measure(result).zh.into_owned()),
        Ask::Due(kind) => Answer::Date(result.deadlines.iter().find(|d| d.kind == *kind)?.due),
        Ask::SanctionCite => Answer::Text(result.sanctions.last()?.cite.clone()),
        Ask::DeadlineCite(kind) => Answer::Text(
            result
                .deadlines
                .iter()
                .find(|d| d.kind == *kind)?
                .cite
                .clone(),
        ),
        Ask::ItemCite => Answer::Text(result.incidents.first()?.trace.first()?.cite.clone()),
        Ask::StatusTotal => Answer::Number(result.status.total?),
        Ask::Remaining => Answer::Number(result.status.remaining?),
        Ask::State => Answer::Text(result.status.state.code().to_string()),
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

/// The kinds asked of a regime. One act scored at once is asked only where the regime
/// decides something else for it than for the same total reached act by act (a question
/// on 济宁's 10 points at once, which no item deducts and which decides what 10 points
/// always decide, taught nothing).
pub fn kinds(regime: RegimeId) -> Vec<Kind> {
    match regime.info().counting {
        Counting::Fines => vec![Kind::Fine, Kind::Article],
        _ => [
            Kind::ItemPoints,
            Kind::MeasureAtTotal,
            Kind::OneShot,
            Kind::Deadline,
            Kind::Article,
            Kind::Total,
            Kind::Scenario,
        ]
        .into_iter()
        .filter(|kind| *kind != Kind::OneShot || !measure::one_shot_totals(regime).is_empty())
        .collect(),
    }
}

/// `n` questions on `regime` for `seed`: the same arguments give the same questions.
pub fn generate(regime: RegimeId, n: u32, seed: &str) -> Vec<Question> {
    let mut rng = Rng::new(regime, seed);
    let kinds = kinds(regime);
    let offset = rng.below(kinds.len());
    let mut out: Vec<Question> = Vec::new();
    // Kinds in turn; a kind that cannot make a new question yields its turn after a few
    // tries.
    let mut failures = 0;
    let mut attempts = 0;
    while out.len() < n as usize && attempts < n as usize * 20 {
        let kind = kinds[(out.len() + offset + failures / 3) % kinds.len()];
        attempts += 1;
        let question = make(regime, kind, &mut rng).filter(|question| {
            // The same question twice only when the quiz asks for more than there are.
            attempts >= n as usize * 10 || !out.iter().any(|q| q.prompt.zh == question.prompt.zh)
        });
        match question {
            Some(question) => out.push(question),
            None => failures += 1,
        }
    }
    out
}

fn make(regime: RegimeId, kind: Kind, rng: &mut Rng) -> Option<Question> {
    match kind {
        Kind::ItemPoints => points::item_points(regime, rng),
        Kind::MeasureAtTotal => measure::measure_at(regime, rng, false),
        Kind::OneShot => measure::measure_at(regime, rng, true),
        Kind::Deadline => deadline::deadline(regime, rng),
        Kind::Article => article::article(regime, rng),
        Kind::Total => total::total(regime, rng),
        Kind::Scenario => scenario::scenario(regime, rng),
        Kind::Fine => fine::fine(regime, rng),
    }
}

/// The day questions are set on: a working day while the regime is in force.
fn base_day(regime: RegimeId) -> NaiveDate {
    probe_day(regime)
}

/// A notice received on a random day of the regime's year (April to November).
fn random_day(regime: RegimeId, rng: &mut Rng) -> NaiveDate {
    let base = base_day(regime);
    let month = 4 + rng.below(8) as u32;
    let day = 1 + rng.below(28) as u32;
    NaiveDate::from_ymd_opt(base.year(), month, day).unwrap_or(base)
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
    kind: Kind,
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
/// sketch's, shuffled.
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
    for value in pool {
        if values.len() >= 4 {
            break;
        }
        if !values.contains(&value) {
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
        kind: sketch.kind,
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

/// A choice of points: `3 分`, `3 points`, `1 point`.
fn points_label(a: &Answer) -> Text {
    match a {
        Answer::Number(n) => Text::new(format!("{n} 分"), words::points(*n).en),
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

fn evaluate(case: &Value) -> Option<Evaluation> {
    let day = case
        .get("as_of")
        .and_then(Value::as_str)
        .and_then(|d| d.parse::<NaiveDate>().ok())?;
    scoring::evaluate(case, day).ok()
}

/// The totals questions compare with: a case reaching `total` as [`total_case`] builds it.
fn total_result(regime: RegimeId, total: u32, at_once: bool) -> Option<Evaluation> {
    evaluate(&total_case(regime, total, at_once, false))
}
