//! The real `jifen` binary: arguments, standard input, exit status and JSON output.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};

use common::{check_subset, fixture};

fn jifen(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_jifen"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the jifen binary runs")
}

fn jifen_stdin(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_jifen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the jifen binary runs");
    // Written from a thread: jifen answers as it reads, and an input larger than the
    // pipe would otherwise wait for output nobody reads yet.
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("jifen finishes");
    writer.join().expect("writer").expect("write stdin");
    out
}

fn status(out: &Output) -> i32 {
    out.status.code().expect("exit code")
}

fn stdout_json(out: &Output) -> Value {
    let text = String::from_utf8(out.stdout.clone()).expect("UTF-8 output");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {text:?}"))
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Asserts exit 2 and a JSON error on stdout, returning its `error` object.
fn json_error(out: &Output) -> Value {
    assert_eq!(status(out), 2, "stderr: {}", stderr(out));
    let v = stdout_json(out);
    let e = v
        .get("error")
        .unwrap_or_else(|| panic!("no error key: {v}"))
        .clone();
    for key in ["code", "message", "path"] {
        assert!(e.get(key).is_some_and(Value::is_string), "{key} in {v}");
    }
    assert!(!e["message"].as_str().unwrap_or_default().is_empty(), "{v}");
    e
}

fn example(name: &str) -> String {
    fixture("spec/examples")
        .join(name)
        .to_str()
        .expect("UTF-8 path")
        .to_string()
}

fn example_case(name: &str) -> Value {
    let text = std::fs::read_to_string(example(name)).expect("read example");
    let v: Value = serde_json::from_str(&text).expect("json");
    v["case"].clone()
}

/// Writes a file for this test process, under cargo's folder for tests' files
/// (target/tmp), and returns its path.
fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, contents).expect("write the file");
    path
}

/// Writes a case file (see `temp_file`) and returns its path.
fn temp_case(name: &str, case: &Value) -> std::path::PathBuf {
    temp_file(name, &case.to_string())
}

#[test]
fn evaluate_a_file() {
    let path = temp_case("primary.json", &example_case("sh2025-primary-tier2.json"));
    let out = jifen(&["evaluate", path.to_str().expect("path")]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let r = stdout_json(&out);
    assert_eq!(r["regime"], "shanghai-2025");
    assert_eq!(r["as_of"], "2025-12-01");
    assert_eq!(r["incidents"][0]["points"], 6);
    assert_eq!(r["status"]["total"], 6);
}

#[test]
fn evaluate_standard_input() {
    let case = example_case("jining-suspensions.json");
    let out = jifen_stdin(&["evaluate", "-"], &case.to_string());
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let r = stdout_json(&out);
    assert_eq!(r["periods"][0]["total"], 7);
    assert_eq!(r["periods"][0]["remaining"], 5);
    assert_eq!(r["status"]["exam_format"], "closed_book");
}

#[test]
fn as_of_overrides_the_case() {
    // The example file holds {case, expect}: give the case alone.
    let case_path = temp_case("asof.json", &example_case("sh2025-primary-tier2.json"));
    let case_path = case_path.to_str().expect("path");

    // Before the decision of 2025-05-20: nothing counted yet.
    let out = jifen(&["evaluate", case_path, "--as-of", "2025-04-01"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let r = stdout_json(&out);
    assert_eq!(r["as_of"], "2025-04-01");
    assert_eq!(r["status"]["total"], 0);
    assert_eq!(r["status"]["period"], "2025");
    // The result itself does not change with as_of.
    assert_eq!(r["periods"][0]["total"], 6);

    // --as-of=DATE, and before the file name.
    let out = jifen(&["evaluate", "--as-of=2026-01-15", case_path]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let r = stdout_json(&out);
    assert_eq!(r["as_of"], "2026-01-15");
    assert_eq!(r["status"]["period"], "2026");
    assert_eq!(r["status"]["total"], 0);

    // From standard input too.
    let case = example_case("sh2025-primary-tier2.json");
    let out = jifen_stdin(
        &["evaluate", "-", "--as-of", "2025-05-20"],
        &case.to_string(),
    );
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let r = stdout_json(&out);
    assert_eq!(r["as_of"], "2025-05-20");
    assert_eq!(r["status"]["total"], 6);
}

#[test]
fn a_bad_case_exits_2_with_a_json_error() {
    let case = json!({"regime": "shanghai-2025", "incidents": [
        {"item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "points": 7}
    ]});
    let out = jifen_stdin(&["evaluate", "-"], &case.to_string());
    let e = json_error(&out);
    assert_eq!(e["code"], "points_out_of_range");
    assert_eq!(e["path"], "incidents[0].points");

    let out = jifen_stdin(&["evaluate", "-"], "{ not json");
    let e = json_error(&out);
    assert_eq!(e["code"], "invalid_json");

    let path = temp_case("bad.json", &json!({"regime": "nowhere", "incidents": []}));
    let out = jifen(&["evaluate", path.to_str().expect("path")]);
    let e = json_error(&out);
    assert_eq!(e["code"], "unknown_regime");
    assert_eq!(e["path"], "regime");
}

#[test]
fn a_missing_file_exits_2_with_a_json_error() {
    let out = jifen(&["evaluate", "/nonexistent/jifen/no-such-case.json"]);
    let e = json_error(&out);
    assert!(e["code"].is_string());
}

#[test]
fn a_bad_as_of_exits_2_naming_the_option() {
    let path = temp_case("badasof.json", &example_case("sh2025-primary-tier2.json"));
    let path = path.to_str().expect("path");
    for args in [
        vec!["evaluate", path, "--as-of", "2025-13-01"],
        vec!["evaluate", path, "--as-of=2025-02-30"],
        vec!["evaluate", path, "--as-of", "tomorrow"],
    ] {
        let out = jifen(&args);
        let e = json_error(&out);
        assert_eq!(e["code"], "invalid_date", "{args:?}");
        assert_eq!(e["path"], "--as-of", "{args:?}");
    }
}

#[test]
fn catalogue_lists_the_items() {
    let out = jifen(&["catalogue", "shanghai-2025"]);
    assert_eq!(status(&out), 0, "stderr: {}", stderr(&out));
    let v = stdout_json(&out);
    let mut codes = Vec::new();
    collect_codes(&v, &mut codes);
    for code in [
        "13.1.1", "13.1.2", "13.1.3", "13.2", "13.3", "13.4.1", "13.4.2", "13.5.1", "13.5.2",
    ] {
        assert!(codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
    assert!(v.to_string().contains("第十三条"), "cites the article");
}

fn collect_codes(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(c)) = m.get("code") {
                out.push(c.clone());
            }
            m.values().for_each(|x| collect_codes(x, out));
        }
        Value::Array(l) => l.iter().for_each(|x| collect_codes(x, out)),
        _ => {}
    }
}

#[test]
fn catalogue_of_every_regime() {
    for regime in [
        "shanghai-2023",
        "shanghai-2025",
        "wenzhou-2014",
        "jining-2024",
        "shanghai-2020",
    ] {
        let out = jifen(&["catalogue", regime]);
        assert_eq!(status(&out), 0, "{regime}: {}", stderr(&out));
        let mut codes = Vec::new();
        collect_codes(&stdout_json(&out), &mut codes);
        assert!(!codes.is_empty(), "{regime} has items");
    }
}

#[test]
fn catalogue_of_an_unknown_regime() {
    let out = jifen(&["catalogue", "nowhere"]);
    let e = json_error(&out);
    assert_eq!(e["code"], "unknown_regime");
}

#[test]
fn usage_errors() {
    for args in [
        vec![],
        vec!["frobnicate"],
        vec!["evaluate"],
        vec!["catalogue"],
    ] {
        let out = jifen(&args);
        assert_eq!(status(&out), 2, "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("Usage"),
            "{args:?}: usage on stderr, got {err:?}"
        );
        assert!(err.contains("evaluate"), "{args:?}: {err:?}");
    }
}

#[test]
fn help() {
    let out = jifen(&["--help"]);
    assert_eq!(status(&out), 0);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Usage"), "{text}");
    assert!(
        text.contains("evaluate") && text.contains("catalogue"),
        "{text}"
    );
}

#[test]
fn every_spec_example_through_the_binary() {
    let dir = fixture("spec/examples");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 7, "the spec has at least 7 examples");
    let mut failures = Vec::new();
    for path in &names {
        let example: Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        let name = path.file_name().and_then(|n| n.to_str()).expect("name");
        let case_path = temp_case(name, &example["case"]);
        let out = jifen(&["evaluate", case_path.to_str().expect("path")]);
        if status(&out) != 0 {
            failures.push(format!("{name}: exit {} {}", status(&out), stderr(&out)));
            continue;
        }
        let expect = common::expectation(name, &example);
        if let Err(e) = check_subset(&expect, &stdout_json(&out), "") {
            failures.push(format!("{name}: {e}"));
        }
        // The same through standard input.
        let out = jifen_stdin(&["evaluate", "-"], &example["case"].to_string());
        if let Err(e) = check_subset(&expect, &stdout_json(&out), "") {
            failures.push(format!("{name} (stdin): {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------
// JSON Lines: a roster, one case per line, one answer per line.

/// The README's case: 13.2, primary responsibility, 6 points, decided 2025-05-20.
fn roster_case(as_of: Option<&str>) -> Value {
    let mut case = json!({"regime": "shanghai-2025", "incidents": [
        {"id": "a", "item": "13.2", "decided_on": "2025-05-20",
         "responsibility": "primary", "notified_on": "2025-05-06"}]});
    if let Some(as_of) = as_of {
        case["as_of"] = json!(as_of);
    }
    case
}

/// Writes a roster file (the lines joined with `\n`, and a final `\n`).
fn temp_roster(name: &str, lines: &[String]) -> String {
    let path = temp_file(name, &(lines.join("\n") + "\n"));
    path.to_str().expect("UTF-8 path").to_string()
}

/// The output's lines, each parsed (a blank line is `Value::Null`).
fn answers(out: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(out).expect("UTF-8 output");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "every answer ends its line"
    );
    text.lines()
        .map(|l| {
            if l.is_empty() {
                Value::Null
            } else {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}"))
            }
        })
        .collect()
}

fn today() -> chrono::NaiveDate {
    common::date("2025-12-01")
}

/// `jifen::cli::run` as a function: standard input from `stdin`, files from `files`.
fn run_fn(args: &[&str], stdin: &[u8], files: &[(&str, &[u8])]) -> (i32, Vec<u8>, String) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, c)| (n.to_string(), c.to_vec()))
        .collect();
    let open = move |name: &str| -> std::io::Result<Box<dyn std::io::BufRead>> {
        match files.iter().find(|(n, _)| n == name) {
            Some((_, content)) => Ok(Box::new(std::io::Cursor::new(content.clone()))),
            None => Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no such file",
            )),
        }
    };
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let status = jifen::cli::run(
        &args,
        &mut &stdin[..],
        &open,
        &mut stdout,
        &mut stderr,
        today(),
    );
    (status, stdout, String::from_utf8(stderr).expect("UTF-8"))
}

#[test]
fn a_roster_is_answered_line_by_line_in_order() {
    let bad_item = json!({"regime": "shanghai-2025", "incidents": [
        {"item": "13.9", "decided_on": "2025-05-20", "responsibility": "primary"}]});
    let other = json!({"regime": "jining-2024", "as_of": "2025-12-01", "incidents": []});
    let path = temp_roster(
        "mixed.jsonl",
        &[
            roster_case(Some("2025-12-01")).to_string(),
            bad_item.to_string(),
            "{ not json".to_string(),
            other.to_string(),
            json!({"regime": "nowhere", "incidents": []}).to_string(),
        ],
    );
    let out = jifen(&["evaluate", &path]);
    assert_eq!(status(&out), 2, "a line was an error: exit 2");
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    let a = answers(&out.stdout);
    assert_eq!(a.len(), 5, "one answer per line: {a:?}");

    assert_eq!(a[0]["regime"], "shanghai-2025");
    assert_eq!(a[0]["incidents"][0]["points"], 6);
    assert!(a[0].get("error").is_none());

    assert_eq!(a[1]["error"]["code"], "unknown_item");
    assert_eq!(
        a[1]["error"]["path"], "incidents[0].item",
        "path within the case"
    );
    assert_eq!(a[1]["error"]["line"], 2);
    assert!(a[1]["error"]["message_zh"].is_string());

    assert_eq!(a[2]["error"]["code"], "invalid_json");
    assert_eq!(a[2]["error"]["line"], 3);
    assert_eq!(a[2]["error"]["path"], "");
    let message = a[2]["error"]["message"].as_str().expect("message");
    assert!(
        message.contains("column") && !message.contains("line 1"),
        "{message}"
    );

    // The lines after a bad one are still evaluated.
    assert_eq!(a[3]["regime"], "jining-2024");
    assert_eq!(a[4]["error"]["code"], "unknown_regime");
    assert_eq!(a[4]["error"]["line"], 5);

    // Every answer is one compact line.
    let text = String::from_utf8(out.stdout.clone()).expect("UTF-8");
    assert_eq!(text.lines().count(), 5);
    assert!(!text.contains("\n "), "compact JSON");
}

#[test]
fn a_roster_without_errors_exits_0() {
    let path = temp_roster(
        "good.ndjson",
        &[
            roster_case(Some("2025-12-01")).to_string(),
            json!({"regime": "wenzhou-2014", "as_of": "2025-12-01", "incidents": []}).to_string(),
        ],
    );
    let out = jifen(&["evaluate", &path]);
    assert_eq!(
        status(&out),
        0,
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let a = answers(&out.stdout);
    assert_eq!(a.len(), 2);
    assert_eq!(a[1]["regime"], "wenzhou-2014");
    // The extension is read without regard to case.
    let upper = temp_roster("GOOD.JSONL", &[roster_case(None).to_string()]);
    let out = jifen(&["evaluate", &upper, "--as-of", "2025-12-01"]);
    assert_eq!(status(&out), 0);
    assert_eq!(answers(&out.stdout).len(), 1);
}

#[test]
fn blank_lines_are_answered_with_blank_lines() {
    let case = roster_case(None).to_string();
    // Blank, spaces only, a Windows line end, and a last line without its `\n`.
    let input = format!("{case}\n\n   \n{case}\r\n\t\r\n{case}");
    let (code, out, err) = run_fn(&["evaluate", "-", "--lines"], input.as_bytes(), &[]);
    assert_eq!(code, 0, "blank lines are not errors: {err}");
    let a = answers(&out);
    assert_eq!(a.len(), 6, "line N answers line N: {a:?}");
    for (i, answer) in a.iter().enumerate() {
        let blank = [1, 2, 4].contains(&i);
        assert_eq!(answer.is_null(), blank, "line {}: {answer}", i + 1);
        if !blank {
            assert_eq!(answer["incidents"][0]["points"], 6, "line {}", i + 1);
        }
    }
    // An empty input has no lines, and no answers.
    assert_eq!(
        run_fn(&["evaluate", "-", "--lines"], b"", &[]),
        (0, vec![], String::new())
    );
}

#[test]
fn as_of_applies_to_every_line() {
    let lines = [
        roster_case(Some("2025-12-01")).to_string(),
        roster_case(None).to_string(),
    ]
    .join("\n");
    let roster = [("roster.jsonl", lines.as_bytes())];

    // Without --as-of: a line's own as_of, else today.
    let (code, out, _) = run_fn(&["evaluate", "roster.jsonl"], b"", &roster);
    assert_eq!(code, 0);
    let a = answers(&out);
    assert_eq!(a[0]["as_of"], "2025-12-01");
    assert_eq!(a[1]["as_of"], today().to_string());

    // With --as-of: every line, as --as-of replaces a single case's as_of.
    for args in [
        ["evaluate", "roster.jsonl", "--as-of", "2025-04-01"].as_slice(),
        ["evaluate", "--as-of=2025-04-01", "roster.jsonl"].as_slice(),
    ] {
        let (code, out, _) = run_fn(args, b"", &roster);
        assert_eq!(code, 0, "{args:?}");
        let a = answers(&out);
        assert_eq!(a.len(), 2);
        for answer in &a {
            assert_eq!(answer["as_of"], "2025-04-01", "{args:?}");
            // Before the decision of 2025-05-20: nothing counted yet.
            assert_eq!(answer["status"]["total"], 0, "{args:?}");
        }
    }

    // A bad --as-of is one error for the whole run, before any line is read.
    let (code, out, _) = run_fn(
        &["evaluate", "roster.jsonl", "--as-of", "2025-02-30"],
        b"",
        &roster,
    );
    assert_eq!(code, 2);
    let a = answers(&out);
    assert_eq!(a.len(), 1, "one compact line");
    assert_eq!(a[0]["error"]["code"], "invalid_date");
    assert_eq!(a[0]["error"]["path"], "--as-of");
    assert!(a[0]["error"].get("line").is_none());
}

#[test]
fn standard_input_with_lines() {
    let input = [
        roster_case(None).to_string(),
        "[1, 2".to_string(),
        roster_case(None).to_string(),
    ]
    .join("\n");
    let out = jifen_stdin(
        &["evaluate", "-", "--lines", "--as-of", "2025-12-01"],
        &input,
    );
    assert_eq!(status(&out), 2, "{}", stderr(&out));
    let a = answers(&out.stdout);
    assert_eq!(a.len(), 3);
    assert_eq!(a[0]["status"]["total"], 6);
    assert_eq!(a[1]["error"]["code"], "invalid_json");
    assert_eq!(a[1]["error"]["line"], 2);
    assert_eq!(a[2]["as_of"], "2025-12-01");

    // Without --lines, standard input is one case, as before: two cases are not JSON.
    let two = format!("{}\n{}\n", roster_case(None), roster_case(None));
    let out = jifen_stdin(&["evaluate", "-"], &two);
    let e = json_error(&out);
    assert_eq!(e["code"], "invalid_json");
    assert!(e.get("line").is_none());
}

#[test]
fn an_unreadable_roster_is_one_error() {
    let out = jifen(&["evaluate", "/nonexistent/jifen/roster.jsonl"]);
    assert_eq!(status(&out), 2);
    let a = answers(&out.stdout);
    assert_eq!(a.len(), 1, "one compact line");
    assert_eq!(a[0]["error"]["code"], "invalid_json");
    assert!(a[0]["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("/nonexistent/jifen/roster.jsonl")));

    // A directory opens but cannot be read: the error names line 1, and the run stops.
    let dir = std::env::temp_dir();
    let out = jifen(&["evaluate", dir.to_str().expect("path"), "--lines"]);
    assert_eq!(status(&out), 2);
    let a = answers(&out.stdout);
    assert_eq!(a.len(), 1);
    assert_eq!(a[0]["error"]["line"], 1);
}

#[test]
fn lines_that_are_not_utf8_or_too_long_are_errors_and_the_next_lines_go_on() {
    use std::io::Read;
    let case = roster_case(Some("2025-12-01")).to_string();
    // A byte order mark (Windows Notepad) on line 1 is not an error; GBK bytes are.
    let mut input = b"\xEF\xBB\xBF".to_vec();
    input.extend_from_slice(case.as_bytes());
    input.extend_from_slice(b"\n{\"regime\": \"\xD5\xC5\xC8\xFD\"}\n");
    input.extend_from_slice(case.as_bytes());
    let (code, out, _) = run_fn(&["evaluate", "-", "--lines"], &input, &[]);
    assert_eq!(code, 2);
    let a = answers(&out);
    assert_eq!(a.len(), 3);
    assert_eq!(a[0]["regime"], "shanghai-2025");
    assert_eq!(a[1]["error"]["code"], "invalid_json");
    assert_eq!(a[1]["error"]["line"], 2);
    assert!(a[1]["error"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("UTF-8")));
    assert_eq!(a[2]["regime"], "shanghai-2025");

    // A line longer than the limit is refused (and not held), the next line is read.
    let long = std::io::repeat(b' ').take(jifen::cli::MAX_LINE_BYTES as u64 + 10);
    let mut input = std::io::BufReader::new(
        case.as_bytes()
            .chain(&b"\n"[..])
            .chain(long)
            .chain(&b"\n"[..])
            .chain(case.as_bytes()),
    );
    let mut out = Vec::new();
    let tally = jifen::cli::evaluate_lines(&mut input, &mut out, "test", None, today(), false)
        .expect("written");
    assert_eq!((tally.results, tally.errors, tally.blank), (2, 1, 0));
    let a = answers(&out);
    assert_eq!(a.len(), 3);
    assert_eq!(a[1]["error"]["line"], 2);
    assert_eq!(a[2]["regime"], "shanghai-2025");
}

#[test]
fn ten_thousand_lines() {
    // Small cases, alternating: the roster's size is what is tested, not the engine.
    let small = json!({"regime": "jining-2024", "as_of": "2025-12-01", "incidents": []});
    let one = roster_case(Some("2025-12-01"));
    let mut input = String::new();
    for i in 0..10_000 {
        input.push_str(&if i % 2 == 0 { &small } else { &one }.to_string());
        input.push('\n');
    }
    let out = jifen_stdin(&["evaluate", "-", "--lines"], &input);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(text.lines().count(), 10_000);
    for (i, line) in text.lines().enumerate() {
        let regime = if i % 2 == 0 {
            "jining-2024"
        } else {
            "shanghai-2025"
        };
        assert!(
            line.starts_with(&format!("{{\"regime\":\"{regime}\"")),
            "line {}: {line}",
            i + 1
        );
    }
}

/// What the roster reader and the answer writer of [`answers_are_written_before_the_next_line_is_read`]
/// share: the answers written so far, and those flushed.
#[derive(Default)]
struct Shared {
    written: Vec<u8>,
    flushed: usize,
    /// (line about to be read, answers written, answers flushed) at each read.
    reads: Vec<(usize, usize, usize)>,
}

/// A roster that gives one line at a time, and notes at each line what had been
/// written and flushed before it was asked for.
struct Roster {
    lines: Vec<Vec<u8>>,
    next: usize,
    offset: usize,
    shared: std::rc::Rc<std::cell::RefCell<Shared>>,
}

impl std::io::Read for Roster {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::io::BufRead;
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl std::io::BufRead for Roster {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        let Some(line) = self.lines.get(self.next) else {
            return Ok(&[]);
        };
        if self.offset == 0 {
            let mut shared = self.shared.borrow_mut();
            let written = shared.written.iter().filter(|&&b| b == b'\n').count();
            let flushed = shared.written[..shared.flushed]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            shared.reads.push((self.next + 1, written, flushed));
        }
        Ok(&line[self.offset..])
    }

    fn consume(&mut self, amount: usize) {
        self.offset += amount;
        if self
            .lines
            .get(self.next)
            .is_some_and(|l| self.offset >= l.len())
        {
            self.next += 1;
            self.offset = 0;
        }
    }
}

struct Answers(std::rc::Rc<std::cell::RefCell<Shared>>);

impl std::io::Write for Answers {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().written.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let mut shared = self.0.borrow_mut();
        shared.flushed = shared.written.len();
        Ok(())
    }
}

/// The roster is streamed, not held: before line N + 1 is read, the answers to lines
/// 1 … N have been written (and, from standard input, flushed, so that a program that
/// feeds one case and waits for its answer is not left waiting). A reader that gives one
/// line at a time notes what had been written at each read: a batch path that read
/// ahead, or kept the answers until the end, would show fewer answers than lines read.
#[test]
fn answers_are_written_before_the_next_line_is_read() {
    let case = roster_case(Some("2025-12-01")).to_string();
    let lines: Vec<Vec<u8>> = (0..50)
        .map(|i| match i % 5 {
            3 => b"\n".to_vec(),
            4 => b"not json\n".to_vec(),
            _ => format!("{case}\n").into_bytes(),
        })
        .collect();
    let shared = std::rc::Rc::new(std::cell::RefCell::new(Shared::default()));
    let mut roster = Roster {
        lines,
        next: 0,
        offset: 0,
        shared: shared.clone(),
    };
    let mut answers_out = Answers(shared.clone());
    let open = |_: &str| -> std::io::Result<Box<dyn std::io::BufRead>> {
        Err(std::io::Error::other("no files here"))
    };
    let args = ["evaluate", "-", "--lines"].map(String::from);
    let status = jifen::cli::run(
        &args,
        &mut roster,
        &open,
        &mut answers_out,
        &mut Vec::new(),
        today(),
    );
    assert_eq!(status, 2, "a tenth of the lines are not JSON");
    let shared = shared.borrow();
    assert_eq!(shared.reads.len(), 50, "each line read once");
    for &(line, written, flushed) in &shared.reads {
        assert_eq!(
            written,
            line - 1,
            "before line {line}: {written} answers written"
        );
        assert_eq!(
            flushed,
            line - 1,
            "before line {line}: {flushed} answers flushed"
        );
    }
    assert_eq!(answers(&shared.written).len(), 50);
}

/// When the answers cannot be written (a full disk, a closed pipe), the run stops
/// reading and exits 1.
#[test]
fn a_roster_stops_when_its_answers_cannot_be_written() {
    struct Full(usize);
    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("disk full"));
            }
            self.0 -= 1;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let case = roster_case(Some("2025-12-01")).to_string();
    let input = format!("{case}\n").repeat(100);
    let mut input = input.as_bytes();
    let mut stderr = Vec::new();
    let status = jifen::cli::run(
        &["evaluate", "-", "--lines"].map(String::from),
        &mut input,
        &|_| Err(std::io::Error::other("no files")),
        &mut Full(3),
        &mut stderr,
        today(),
    );
    assert_eq!(status, 1);
    assert!(
        String::from_utf8_lossy(&stderr).contains("disk full"),
        "{stderr:?}"
    );
    assert!(
        !input.is_empty(),
        "the run stopped before the end of its input"
    );
}

/// The texts file the app fetches (scoring::law::Texts) is the seeds, word for word.
#[test]
fn law_texts_is_the_file_the_app_reads() {
    use jifen::scoring::law::Texts;
    let out = jifen(&["law-texts"]);
    assert_eq!(status(&out), 0, "{}", stderr(&out));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let texts = Texts::from_json(&text).expect("the app reads it");
    assert_eq!(texts, Texts::embedded());
    for regime in jifen::scoring::RegimeId::ALL {
        assert_eq!(texts.text(regime), jifen::scoring::law::seed_text(regime));
        assert_eq!(
            texts.articles(regime),
            jifen::scoring::law::articles(regime)
        );
    }
}

// ---------------------------------------------------------------------------------
// A roster's results say whose they are; its overview needs no jq (issue 22).

#[test]
fn each_result_repeats_its_cases_title() {
    let roster = concat!(
        r#"{"title": "张医生", "regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": []}"#,
        "\n",
        r#"{"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": []}"#,
        "\n"
    );
    let out = jifen_stdin(&["evaluate", "-", "--lines"], roster);
    let answers: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    assert_eq!(answers[0]["title"], "张医生");
    assert!(answers[1].get("title").is_none(), "{}", answers[1]);
    // A single case too.
    let out = jifen_stdin(
        &["evaluate", "-"],
        roster.lines().next().unwrap_or_default(),
    );
    assert_eq!(stdout_json(&out)["title"], "张医生");
}

#[test]
fn the_overview_is_one_csv_row_per_person_with_bad_lines_as_rows() {
    let roster = concat!(
        r#"{"title": "张医生", "regime": "shanghai-2025", "incidents": [{"item": "13.3", "responsibility": "primary", "decided_on": "2025-11-20"}]}"#,
        "\n\n",
        r#"{"title": "李医生", "regime": "jining-2024", "incidents": [{"item": "4.4.1", "decided_on": "2025-03-03"}]}"#,
        "\n",
        "{\"title\": \"王医生\", \"regime\": \"jining-2024\", \"incidents\": [{\"item\": \"9.9\", \"decided_on\": \"2025-03-03\"}]}\n",
        "{oops\n"
    );
    let out = jifen_stdin(
        &["evaluate", "-", "--overview", "--as-of", "2025-12-01"],
        roster,
    );
    assert_eq!(status(&out), 2, "some line is an error");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.starts_with('\u{feff}'), "a byte order mark for Excel");
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(
        rows.len(),
        5,
        "a header and four people (the blank line has none): {text}"
    );
    assert!(rows[0]
        .trim_start_matches('\u{feff}')
        .starts_with("line,person,regime,state,awaiting,once_decided"));
    assert!(
        rows[1].starts_with("1,张医生,shanghai-2025,suspended,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("3,李医生,jining-2024,terminated,"),
        "{}",
        rows[2]
    );
    assert!(
        rows[3].starts_with("4,王医生,jining-2024,,") && rows[3].contains("unknown_item"),
        "{}",
        rows[3]
    );
    assert!(
        rows[4].starts_with("5,#5,,") && rows[4].contains("invalid_json"),
        "{}",
        rows[4]
    );
    // In words, for a spreadsheet read by people.
    let out = jifen_stdin(
        &["evaluate", "-", "--overview=zh", "--as-of", "2025-12-01"],
        roster,
    );
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(text.contains("行,人员,记分制度,今日状态"), "{text}");
    assert!(text.contains("医保支付资格暂停中"), "{text}");
    assert!(text.contains("没有条目 9.9"), "{text}");
}
