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
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("jifen finishes")
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

/// Writes a case file for this test process and returns its path.
fn temp_case(name: &str, case: &Value) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("jifen-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, case.to_string()).expect("write case");
    path
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
        if let Err(e) = check_subset(&example["expect"], &stdout_json(&out), "") {
            failures.push(format!("{name}: {e}"));
        }
        // The same through standard input.
        let out = jifen_stdin(&["evaluate", "-"], &example["case"].to_string());
        if let Err(e) = check_subset(&example["expect"], &stdout_json(&out), "") {
            failures.push(format!("{name} (stdin): {e}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
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
