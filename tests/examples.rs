//! Every worked example of the spec passes.

mod common;

use common::{check_subset, eval, fixture};

#[test]
fn every_spec_example_passes() {
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
        let example: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        // A fixed today that differs from every as_of, so that a default is visible.
        let actual = eval(&example["case"], "2000-01-01");
        if let Err(e) = check_subset(&example["expect"], &actual, "") {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
