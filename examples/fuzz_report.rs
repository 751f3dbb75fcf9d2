//! Feeds random and damaged inputs to every decoder and reports, per kind of input, how
//! many were tried and how many panicked. None may: the program exits with status 1 if
//! any did, and shows the first input that did for each kind.
//!
//! The decoders: the core's case parser and evaluation (`scoring::Case::from_json`,
//! `scoring::evaluate`), share links (`exchange::share`), case files
//! (`exchange::case_file`), the saved-case library (`exchange::library`), the app's
//! routes (`exchange::route`, with the quiz a link asks for), item search
//! (`exchange::search`), a roster file (`exchange::roster_import`: any bytes, a workbook
//! damaged, CSV in the layout with random cells, each person then computed and the
//! overview written as CSV and a workbook), and the command line (`cli::run`, and the JSON Lines path
//! `cli::evaluate_lines` over random bytes). A case that any of the exchange decoders
//! opens goes on as the app takes it: the form's case prepared and evaluated, an error
//! placed at its field and said in the form's words, a result written as a calendar
//! file, the case exported and read back.
//!
//! ```text
//! scripts/fuzz.sh [INPUTS] [SEED]     INPUTS of each kind (default 20 000), SEED a number
//! ```
//!
//! The inputs come from proptest strategies driven by a seeded ChaCha generator: the same
//! INPUTS and SEED give the same inputs, so a panic found is found again.

use std::cell::RefCell;
use std::fmt::Debug;
use std::io::{self, BufRead};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

use chrono::{Days, NaiveDate, NaiveDateTime};
use jifen::cli;
use jifen::exchange::case_file::{self, Imported};
use jifen::exchange::draft::{self, Draft};
use jifen::exchange::ics;
use jifen::exchange::library::{self, Library, Loaded};
use jifen::exchange::route::{self, Route};
use jifen::exchange::{roster, roster_import, roster_template, search, share, xlsx, zip};
use jifen::scoring::case::{CASE_FIELDS, INCIDENT_FIELDS};
use jifen::scoring::error::Style;
use jifen::scoring::Lang;
use jifen::scoring::{self, Case, CaseError, RegimeId};
use jifen::teach::{quiz, scenarios};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

/// The day the evaluations are run on, when a case has no `as_of`.
const TODAY: (i32, u32, u32) = (2026, 6, 30);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

/// The words a case is made of: its fields, from the parser's own lists (so that a
/// field the format gains is fuzzed at once: a copy here had missed `restorations` and
/// `agreement_end`), and the keys of its rows (repairs, history, requests, restorations),
/// so that random JSON reaches past the first check.
fn keys() -> Vec<&'static str> {
    CASE_FIELDS
        .iter()
        .chain(INCIDENT_FIELDS)
        .chain(&["kind", "on", "period"])
        .copied()
        .collect()
}

const WORDS: &[&str] = &[
    "shanghai-2025",
    "shanghai-2023",
    "wenzhou-2014",
    "jining-2024",
    "shanghai-2020",
    "13.2",
    "13.1.1",
    "13.5.2",
    "4.1.1",
    "15.1",
    "17.8",
    "19.3",
    "2025-02-29",
    "2024-02-29",
    "2025-05-20",
    "2025-13-01",
    "0000-01-01",
    "9999-12-31",
    "+262143-12-31",
    "primary",
    "important",
    "general",
    "lower_tier",
    "higher_tier",
    "exam",
    "participation",
    "2023",
    "2025",
    "",
    " ",
];

/// Random JSON, mostly shaped like a case.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-3i64..40).prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(WORDS).prop_map(Value::from),
        ".{0,12}".prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(prop::sample::select(keys()), inner, 0..8).prop_map(|m| {
                Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

/// A case whose fields are all of the right kind, with random values where it matters:
/// items of the regime, dates around its time, notices without decisions, points alone,
/// objections, measures' months, resumption requests, earlier periods. About half are
/// valid; the others fail on a value (months or points out of range, a decision missing).
fn case_value() -> impl Strategy<Value = Value> {
    let incident = (
        (0usize..60, 0u32..4000, 0u32..60),
        (any::<bool>(), 0u32..16, 0u32..8, 0u32..4),
    );
    (
        prop::sample::select(RegimeId::ALL.to_vec()),
        prop::collection::vec(incident, 0..10),
        prop::collection::vec(0u32..4000, 0..3),
        (0u32..5000, 0u32..16),
    )
        .prop_map(|(regime, rows, requests, (as_of, history))| {
            let info = regime.info();
            let items: Vec<&str> = info.items().map(|i| i.code).collect();
            let date = |n: u32| (day(2014, 1, 1) + Days::new(u64::from(n))).to_string();
            let uses = |field| info.uses(field);
            use scoring::case::Field;
            let incidents: Vec<Value> = rows
                .iter()
                .enumerate()
                .map(|(k, &((i, d, back), (pending, points, months, bar)))| {
                    let mut m = serde_json::Map::new();
                    m.insert("id".into(), json!(format!("i{k}")));
                    if points % 4 == 0 {
                        // An earlier decision by its points alone (0 and 13+ are refused).
                        m.insert("points".into(), json!(points));
                    } else {
                        m.insert("item".into(), json!(items[i % items.len()]));
                    }
                    if uses(Field::Responsibility) {
                        let r = ["primary", "important", "general"][(points % 3) as usize];
                        m.insert("responsibility".into(), json!(r));
                    }
                    m.insert("notified_on".into(), json!(date(d)));
                    if !pending || !info.pending_decisions() {
                        m.insert("decided_on".into(), json!(date(d + back)));
                    }
                    if back % 3 == 0 && uses(Field::ObjectionFiledOn) {
                        m.insert("objection_filed_on".into(), json!(date(d + back / 2)));
                    }
                    if back % 4 == 0 && uses(Field::Inspection) {
                        m.insert("inspection".into(), json!(format!("检查-{}", d % 3)));
                    }
                    if months > 0 && uses(Field::Months) {
                        m.insert("months".into(), json!(months));
                    }
                    if back % 5 == 0 && uses(Field::Severe) {
                        m.insert("severe".into(), json!(true));
                    }
                    if uses(Field::AmountYuan) {
                        m.insert("amount_yuan".into(), json!(back * 1000));
                    }
                    if uses(Field::BarYears) && bar > 0 {
                        m.insert("bar_years".into(), json!(bar));
                    }
                    Value::Object(m)
                })
                .collect();
            let mut case = json!({
                "regime": regime.as_str(),
                "as_of": date(as_of),
                "incidents": incidents,
            });
            if uses(Field::ResumptionRequests) {
                let requests: Vec<Value> =
                    requests.iter().map(|&d| json!({"on": date(d)})).collect();
                case["resumption_requests"] = json!(requests);
            }
            match regime {
                RegimeId::Shanghai2025 => {
                    let kind = ["exam", "participation"][(as_of % 2) as usize];
                    case["repairs"] = json!([{"kind": kind, "on": date(as_of / 3 + 800)}]);
                }
                RegimeId::Wenzhou2014 => {
                    case["agreement_start"] = json!(date(as_of / 2));
                    if history > 0 {
                        case["history"] = json!([{"period": date(as_of / 4), "points": history}]);
                    }
                }
                RegimeId::Jining2024 => {
                    case["birth_date"] = json!("1970-05-01");
                    if history > 0 {
                        case["history"] = json!([{"period": "2023", "points": history}]);
                    }
                }
                _ => {}
            }
            case
        })
}

/// A valid case, the start of the damaged links, files and stores.
fn sample_case() -> Value {
    json!({"version": 1, "title": "样例", "regime": "shanghai-2025", "as_of": "2025-12-01",
        "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary",
             "notified_on": "2025-05-06"},
            {"id": "b", "item": "13.3", "decided_on": "2025-08-01", "responsibility": "general",
             "objection_filed_on": "2025-07-20"},
            {"id": "c", "item": "13.1.1", "notified_on": "2025-11-20", "responsibility": "important"}],
        "repairs": [{"kind": "exam", "on": "2025-09-01"}],
        "resumption_requests": [{"on": "2025-10-10"}]})
}

/// `text` with its characters changed: `edits` of (where, what: a random character,
/// or none to drop one), then cut to `keep` characters (when shorter than the text).
fn damaged(text: &str, edits: &[(usize, Option<char>)], keep: usize) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for &(at, c) in edits {
        if chars.is_empty() {
            break;
        }
        let i = at % chars.len();
        match c {
            Some(c) => chars[i] = c,
            None => {
                chars.remove(i);
            }
        }
    }
    chars.truncate(keep.max(1));
    chars.into_iter().collect()
}

fn damage() -> impl Strategy<Value = (Vec<(usize, Option<char>)>, usize)> {
    (
        prop::collection::vec((any::<usize>(), prop::option::of(any::<char>())), 0..4),
        prop_oneof![Just(usize::MAX), any::<usize>().prop_map(|n| n % 3000)],
    )
}

/// What the app does with a case it has opened: evaluate the form's case (with and
/// without the incidents that wait), place an error at its field and say it in the form's
/// words, write a result as a calendar file, export the case and read it back.
fn open(imported: Result<Imported, CaseError>) -> bool {
    let Ok(imported) = imported else {
        return false;
    };
    let draft: &Draft = &imported.draft;
    if let Some(problem) = &imported.problem {
        let _ = draft::place_in_file(&problem.path);
    }
    let now = NaiveDateTime::default();
    for include_pending in [false, true] {
        let prepared = draft.prepare(include_pending);
        match scoring::evaluate(&prepared.case, today()) {
            Ok(result) => {
                if let Some(regime) = draft.regime_id() {
                    let _ = draft.waiting(regime);
                    let _ = ics::calendar(&result, regime, "案例", Lang::Zh, now);
                    let _ = ics::calendar(&result, regime, "case", Lang::En, now);
                    for warning in &result.warnings {
                        let _ = warning.text(Style::Form);
                    }
                }
            }
            Err(error) => {
                let _ = draft::place(&error.path, &prepared).in_form();
                let _ = error.text(Style::Form);
                let _ = error.message();
            }
        }
    }
    let file = case_file::export(draft, imported.title.as_deref());
    if let Ok(again) = case_file::import_value(&file) {
        let _ = again.draft.prepare(true);
    }
    let _ = share::decode(&share::encode(&file));
    true
}

/// The core's parser and evaluation; true when the case was evaluated.
fn evaluate(value: &Value) -> bool {
    let _ = Case::from_json(value);
    scoring::evaluate(value, today()).is_ok()
}

/// A page the app would draw for a route: the quiz a link asks for is generated, a shared
/// case opened. True when the fragment names a page.
fn follow(fragment: &str) -> bool {
    let Some(route) = Route::parse(fragment) else {
        return false;
    };
    let _ = Route::parse(&route.fragment());
    let _ = route.is_calculator();
    match route {
        Route::Quiz {
            regime,
            questions,
            seed,
            topics,
        } => {
            let n = questions.unwrap_or(10);
            let topics: Vec<quiz::Topic> = topics
                .iter()
                .filter_map(|t| quiz::Topic::parse(t))
                .collect();
            let _ = quiz::generate_on(regime, n, seed.as_deref().unwrap_or("fuzz"), &topics);
        }
        Route::Scenario(id) | Route::Present(id) => {
            let _ = scenarios::get(&id);
        }
        Route::Deck(parts) => {
            let _ = jifen::teach::deck::parts(&parts);
        }
        Route::Shared(link) => {
            open(share::decode(&link));
        }
        _ => {}
    }
    true
}

/// The command line, with `stdin` as standard input and no file to open; true when it
/// exits with 0.
fn command_line(args: &[String], stdin: &[u8]) -> bool {
    let open = |_: &str| -> io::Result<Box<dyn BufRead>> {
        Err(io::Error::new(io::ErrorKind::NotFound, "no files here"))
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    cli::run(args, &mut &stdin[..], &open, &mut out, &mut err, today()) == 0
}

thread_local! {
    /// Where the last panic happened, for the report.
    static LAST_PANIC: RefCell<String> = const { RefCell::new(String::new()) };
}

struct Fuzz {
    count: usize,
    seed: u64,
    inputs: usize,
    panics: usize,
}

impl Fuzz {
    /// Runs `check` on `count` values of `strategy` and prints how many panicked, with
    /// the first that did.
    fn run<S: Strategy>(&mut self, name: &str, strategy: S, check: impl Fn(&S::Value) -> bool)
    where
        S::Value: Debug,
    {
        let mut seed = [0u8; 32];
        seed[..8].copy_from_slice(&self.seed.to_le_bytes());
        // Each kind of input its own stream, whatever runs before it.
        for (i, b) in name.bytes().enumerate() {
            seed[8 + i % 24] ^= b;
        }
        let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
        let mut runner = TestRunner::new_with_rng(Config::default(), rng);
        let (mut inputs, mut accepted, mut panics, mut first) = (0, 0, 0, None);
        let start = Instant::now();
        for _ in 0..self.count {
            let Ok(tree) = strategy.new_tree(&mut runner) else {
                continue;
            };
            let value = tree.current();
            inputs += 1;
            match catch_unwind(AssertUnwindSafe(|| check(&value))) {
                Ok(true) => accepted += 1,
                Ok(false) => {}
                Err(_) => panics += 1,
            }
            if panics > 0 && first.is_none() {
                let mut shown = format!("{value:?}");
                if shown.len() > 600 {
                    let cut = (0..=600).rev().find(|&i| shown.is_char_boundary(i));
                    shown.truncate(cut.unwrap_or(0));
                    shown.push('…');
                }
                first = Some((LAST_PANIC.with(|p| p.borrow().clone()), shown));
            }
        }
        println!(
            "{name:<52} {inputs:>8} {accepted:>8} {panics:>7} {:>8.1}",
            start.elapsed().as_secs_f64()
        );
        if let Some((message, input)) = first {
            println!("    first panic: {message}\n    its input: {input}");
        }
        self.inputs += inputs;
        self.panics += panics;
    }
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        LAST_PANIC.with(|p| *p.borrow_mut() = info.to_string());
    }));
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0);
    let mut fuzz = Fuzz {
        count,
        seed,
        inputs: 0,
        panics: 0,
    };
    println!("# fuzz report: {count} inputs of each kind, seed {seed}");
    println!("(accepted: the input was read as a case, a page or a library and went on)");
    println!(
        "{:<52} {:>8} {:>8} {:>7} {:>8}",
        "decoder: input", "inputs", "accepted", "panics", "seconds"
    );
    let sample = sample_case();
    let link = share::encode(&sample);
    let file = serde_json::to_string_pretty(&sample).unwrap_or_default();
    let store = {
        let mut library = Library::new("2025-12-01", "案例 1");
        library.add("样例", sample.clone(), "2025-12-01");
        library.to_text()
    };
    type Damage = (Vec<(usize, Option<char>)>, usize);

    fuzz.run("core: random JSON", json_value(), evaluate);
    fuzz.run(
        "core: random cases of the right shape",
        case_value(),
        evaluate,
    );
    fuzz.run("core: random text as a case", ".{0,300}", |t: &String| {
        scoring::evaluate_str(t, today()).is_ok()
    });

    fuzz.run("share link: random text", ".{0,400}", |t: &String| {
        open(share::decode(t))
    });
    fuzz.run(
        "share link: c1. + random base64url",
        "[A-Za-z0-9_-]{0,600}",
        |t: &String| {
            let link = format!("c1.{t}");
            share::is_share_fragment(&link) && open(share::decode(&link))
        },
    );
    fuzz.run(
        "share link: a valid link damaged",
        damage(),
        |(edits, keep): &Damage| open(share::decode(&damaged(&link, edits, *keep))),
    );
    fuzz.run(
        "share link: random JSON, packed",
        json_value(),
        |v: &Value| open(share::decode(&share::encode(v))),
    );
    fuzz.run("share link: random cases, packed", case_value(), |v| {
        open(share::decode(&share::encode(v)))
    });

    fuzz.run("case file: random text", ".{0,400}", |t: &String| {
        open(case_file::import(t))
    });
    fuzz.run(
        "case file: a valid file damaged",
        damage(),
        |(edits, keep): &Damage| open(case_file::import(&damaged(&file, edits, *keep))),
    );
    fuzz.run("case file: random JSON", json_value(), |v: &Value| {
        open(case_file::import_value(v))
    });
    fuzz.run("case file: random cases", case_value(), |v: &Value| {
        open(case_file::import_value(v))
    });

    // The library as the app reads it: every saved case opened, the store written again.
    let opened = |loaded: Loaded| {
        let Loaded::Ok(library) = loaded else {
            return false;
        };
        for saved in &library.cases {
            open(saved.open());
        }
        library::read(Some(&library.to_text())) == Loaded::Ok(library)
    };
    fuzz.run("library: random text", ".{0,400}", |t: &String| {
        opened(library::read(Some(t)))
    });
    fuzz.run(
        "library: a valid store damaged",
        damage(),
        |(edits, keep): &Damage| opened(library::read(Some(&damaged(&store, edits, *keep)))),
    );
    fuzz.run(
        "library: random JSON as saved cases",
        (
            prop::collection::vec(prop_oneof![json_value(), case_value()], 0..4),
            prop_oneof![
                3 => (0u32..5).prop_map(|i| json!(i.to_string())),
                1 => json_value(),
            ],
            0u64..3,
        ),
        |(cases, current, version): &(Vec<Value>, Value, u64)| {
            let cases: Vec<Value> = cases
                .iter()
                .enumerate()
                .map(|(i, c)| json!({"id": format!("{i}"), "name": "n", "updated": "2025-01-01", "case": c}))
                .collect();
            let store = json!({"version": version, "current": current, "cases": cases, "next": 9});
            opened(library::read(Some(&store.to_string())))
        },
    );

    fuzz.run("route: random fragment", "#?.{0,120}", |t: &String| {
        follow(t)
    });
    fuzz.run(
        "route: a page's name with random parameters",
        (
            prop::sample::select(vec![
                "#quiz=",
                "#rules=",
                "#law=",
                "#present=",
                "#s=",
                "#guide/",
                "#c1.",
                "#",
            ]),
            prop::sample::select(vec![
                "",
                "jining-2024",
                "shanghai-2025&n=3&seed=",
                "wenzhou-2014&n=",
                "shanghai-2023,shanghai-2020/",
                "sh2025-one-shot-9",
            ]),
            "[%&=,/a-z0-9 .-]{0,40}|.{0,20}",
        ),
        |(page, known, rest): &(&str, &str, String)| follow(&format!("{page}{known}{rest}")),
    );
    fuzz.run(
        "route: percent-escapes",
        "#?(%[0-9A-Fa-f]{0,2}|.){0,40}",
        |t: &String| {
            let _ = route::percent_decode(t);
            follow(t)
        },
    );

    fuzz.run(
        "item search: random query",
        (prop::sample::select(RegimeId::ALL.to_vec()), ".{0,40}"),
        |(regime, q): &(RegimeId, String)| {
            let _ = search::citation(q);
            !search::find(*regime, q).is_empty()
        },
    );
    fuzz.run(
        "item search: citation-like query",
        (
            prop::sample::select(RegimeId::ALL.to_vec()),
            "[第十百零一二三四五六七八九条款项（）()、.．0-9０-９ ]{0,20}",
        ),
        |(regime, q): &(RegimeId, String)| {
            let _ = search::citation(q);
            !search::find(*regime, q).is_empty()
        },
    );
    fuzz.run("form places: random paths", ".{0,200}", |t: &String| {
        draft::place_in_file(t).in_form()
    });

    fuzz.run(
        "command line: JSON Lines of random JSON and bytes",
        prop::collection::vec(
            prop_oneof![
                json_value().prop_map(|v| v.to_string().into_bytes()),
                case_value().prop_map(|v| v.to_string().into_bytes()),
                prop::collection::vec(any::<u8>(), 0..120),
                Just(b"\xEF\xBB\xBF{\"regime\": \"jining-2024\", \"incidents\": []}".to_vec()),
                Just(b"   ".to_vec()),
            ],
            0..8,
        ),
        |lines: &Vec<Vec<u8>>| {
            let input = lines.join(&b'\n');
            let mut out = Vec::new();
            cli::evaluate_lines(&mut &input[..], &mut out, "fuzz", None, today(), false)
                .is_ok_and(|tally| tally.status() == 0)
        },
    );
    fuzz.run(
        "command line: random arguments and input",
        (
            prop::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "evaluate",
                        "catalogue",
                        "regimes",
                        "-",
                        "--as-of",
                        "--lines",
                        "2025-12-01",
                        "shanghai-2025",
                        "x.jsonl",
                    ])
                    .prop_map(String::from),
                    ".{0,12}",
                ],
                0..5,
            ),
            prop_oneof![
                json_value().prop_map(|v| v.to_string().into_bytes()),
                prop::collection::vec(any::<u8>(), 0..200),
            ],
        ),
        |(args, stdin): &(Vec<String>, Vec<u8>)| {
            // law-texts writes every regulation: valid, but 300 kB each time.
            !args.iter().any(|a| a == "law-texts") && command_line(args, stdin)
        },
    );
    fuzz.run(
        "command line: evaluate - with random input",
        (
            prop_oneof![
                Just(vec![]),
                Just(vec!["--lines"]),
                Just(vec!["--as-of", "2025-02-29"])
            ],
            prop_oneof![
                json_value().prop_map(|v| v.to_string().into_bytes()),
                case_value().prop_map(|v| v.to_string().into_bytes()),
                prop::collection::vec(any::<u8>(), 0..200),
            ],
        ),
        |(extra, stdin): &(Vec<&str>, Vec<u8>)| {
            let mut args = vec!["evaluate".to_string(), "-".to_string()];
            args.extend(extra.iter().map(|a| a.to_string()));
            command_line(&args, stdin)
        },
    );

    // A roster as the roster page reads it: any file, the template's workbook damaged, and
    // CSV in the layout with random cells; every person then computed, as the page does.
    let roster = |bytes: &[u8]| match roster_import::import(bytes, &|_| None) {
        Ok(read) => {
            let rows = read.overview(today());
            let _ = roster::csv(rows.iter().map(|(r, _)| r), roster::Columns::Codes);
            let _ = xlsx::write(&[roster::sheet(
                rows.iter().map(|(r, _)| r),
                roster::Columns::Codes,
            )]);
            true
        }
        Err(_) => false,
    };
    let workbook = roster_template::xlsx(Lang::Zh);
    fuzz.run(
        "roster: random bytes",
        prop::collection::vec(any::<u8>(), 0..400),
        |b: &Vec<u8>| roster(b),
    );
    fuzz.run(
        "roster: the template's workbook damaged",
        prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
        |edits: &Vec<(prop::sample::Index, u8)>| {
            let mut bytes = workbook.clone();
            for (at, b) in edits {
                let i = at.index(bytes.len());
                bytes[i] = *b;
            }
            roster(&bytes)
        },
    );
    // The zip's checksums refuse most damage: the sheet's XML damaged and packed again.
    let parts = zip::read(&workbook).unwrap_or_default();
    let sheet_xml = String::from_utf8(
        parts
            .get("xl/worksheets/sheet1.xml")
            .cloned()
            .unwrap_or_default(),
    )
    .unwrap_or_default();
    fuzz.run(
        "roster: a workbook's sheet XML damaged",
        damage(),
        |(edits, keep): &Damage| {
            let sheet = damaged(&sheet_xml, edits, *keep);
            let files: Vec<(&str, &[u8])> = parts
                .iter()
                .map(|(name, bytes)| {
                    if name == "xl/worksheets/sheet1.xml" {
                        (name.as_str(), sheet.as_bytes())
                    } else {
                        (name.as_str(), bytes.as_slice())
                    }
                })
                .collect();
            roster(&zip::write(&files))
        },
    );
    fuzz.run(
        "roster: CSV in the layout with random cells",
        prop::collection::vec(
            prop::collection::vec(
                prop_oneof![
                    Just(String::new()),
                    prop::sample::select(vec![
                        "张",
                        "shanghai-2025",
                        "jining-2024",
                        "13.2",
                        "13.9",
                        "4.2.1",
                        "2025-05-20",
                        "2025/2/30",
                        "主要责任",
                        "是",
                        "6",
                        "-1",
                        "考试 2025-09-01",
                        "2023: 9",
                        "\"",
                        ";",
                        "第十三条（二）",
                    ])
                    .prop_map(String::from),
                    ".{0,12}",
                ],
                0..8,
            ),
            0..8,
        ),
        |rows: &Vec<Vec<String>>| {
            let mut text = String::from(
                "人员,记分制度,违规条目,记分决定日期,责任程度,情节严重,分值,记分修复,此前年度\n",
            );
            for row in rows {
                text.push_str(&row.join(","));
                text.push('\n');
            }
            roster(text.as_bytes())
        },
    );

    println!(
        "{:<52} {:>8} {:>8} {:>7}",
        "all", fuzz.inputs, "", fuzz.panics
    );
    println!(
        "{}",
        if fuzz.panics == 0 {
            "no panics"
        } else {
            "PANICS FOUND"
        }
    );
    std::process::exit(i32::from(fuzz.panics > 0));
}
