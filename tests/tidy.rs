//! Tidy checks: the invariants of ARCHITECTURE.md and the catalogue's faithfulness to
//! the seeds and the spec, written as tests so that they cannot rot.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::fixture;
use jifen::scoring::{ItemValue, RegimeId};

fn without_whitespace(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn seed(regime: RegimeId) -> String {
    jifen::scoring::law::seed_text(regime).to_string()
}

/// Texts that differ from the seed by a documented extraction artifact: (regime, item
/// code, the fragment the PDF extraction inserted, where it sits in the seed).
const SEED_ARTIFACTS: &[(RegimeId, &str, &str, &str)] = &[(
    RegimeId::Wenzhou2014,
    "17.8",
    "基金",
    // The stray page-margin word splits 第十七条（八） in the seed.
    "（康复治疗除外）",
)];

#[test]
fn every_text_shown_as_the_law_is_the_seeds_own_words() {
    let mut checked = 0;
    for regime in RegimeId::ALL {
        let info = regime.info();
        let seed = without_whitespace(&seed(regime));
        let mut texts: Vec<(String, &str)> = Vec::new();
        for clause in info.clauses {
            texts.push((format!("clause {}", clause.cite), clause.text));
            for item in clause.items {
                texts.push((format!("item {}", item.code), item.text));
            }
        }
        for band in info.bands {
            texts.push((format!("band {}", band.cite), band.text));
        }
        for condition in info.conditions {
            texts.push((format!("condition {}", condition.cite), condition.text));
        }
        for provision in info.provisions {
            texts.push((format!("provision {}", provision.cite), provision.text));
        }
        for (what, text) in texts {
            if text.is_empty() {
                continue;
            }
            let flat = without_whitespace(text);
            let artifact = SEED_ARTIFACTS
                .iter()
                .find(|(r, code, _, _)| *r == regime && what == format!("item {code}"));
            let found = match artifact {
                None => seed.contains(&flat),
                Some((_, _, fragment, after)) => {
                    // Re-inserting the artifact must give the seed's text exactly.
                    let with_artifact = flat.replacen(after, &format!("{after}{fragment}"), 1);
                    !seed.contains(&flat) && seed.contains(&with_artifact)
                }
            };
            assert!(
                found,
                "{} {what}: not word for word in {}: {text}",
                info.id, info.seed
            );
            checked += 1;
        }
    }
    assert!(checked > 150, "only {checked} texts checked");
}

#[test]
fn every_item_and_band_carries_its_citation_and_gloss() {
    for regime in RegimeId::ALL {
        let info = regime.info();
        for clause in info.clauses {
            assert!(!clause.cite.is_empty());
            for item in clause.items {
                assert!(
                    item.cite.starts_with(clause.cite),
                    "{} {}: {} is not under {}",
                    info.id,
                    item.code,
                    item.cite,
                    clause.cite
                );
                assert!(
                    !item.text.is_empty() && !item.gloss.is_empty(),
                    "{} {}",
                    info.id,
                    item.code
                );
            }
        }
        for band in info.bands {
            assert!(
                !band.cite.is_empty() && !band.text.is_empty() && !band.gloss.is_empty(),
                "{} band {}",
                info.id,
                band.from
            );
        }
        assert!(
            !info.in_force_cite.is_empty() && !info.covers.is_empty() && !info.covers_en.is_empty()
        );
    }
}

/// Expands the code cells of `regimes.md` tables: "`4.1.1` … `4.1.11`", "`13.1.1` `13.1.2`", "`18`".
fn spec_codes(section: &str) -> BTreeSet<String> {
    let mut codes = BTreeSet::new();
    let mut in_item_table = false;
    let mut previous = "";
    for line in section.lines() {
        // A headerless one-row table of an item (沪2020's `21`) starts with its code.
        let lone_item_row = previous.trim().is_empty()
            && line.starts_with("| `")
            && line[3..].starts_with(|c: char| c.is_ascii_digit());
        previous = line;
        if line.starts_with("| codes") || lone_item_row {
            in_item_table = true;
        } else if !line.starts_with('|') {
            in_item_table = false;
        }
        if !in_item_table || !line.starts_with("| `") {
            continue;
        }
        let cell = line.split('|').nth(1).unwrap_or("");
        let listed: Vec<&str> = cell.split('`').skip(1).step_by(2).collect();
        if cell.contains('…') && listed.len() == 2 {
            let (first, last) = (listed[0], listed[1]);
            let (prefix, from) = first.rsplit_once('.').expect("dotted code");
            let to: u32 = last
                .rsplit_once('.')
                .expect("dotted code")
                .1
                .parse()
                .expect("number");
            for n in from.parse::<u32>().expect("number")..=to {
                codes.insert(format!("{prefix}.{n}"));
            }
        } else {
            codes.extend(listed.iter().map(|c| c.to_string()));
        }
    }
    codes
}

#[test]
fn the_catalogue_holds_exactly_the_item_codes_of_the_spec() {
    let spec = std::fs::read_to_string(fixture("spec/regimes.md")).expect("regimes.md");
    for regime in RegimeId::ALL {
        let heading = format!("## `{}`", regime.as_str());
        let start = spec
            .find(&heading)
            .unwrap_or_else(|| panic!("no section for {}", regime.as_str()));
        let rest = &spec[start + heading.len()..];
        let section = &rest[..rest.find("\n## ").unwrap_or(rest.len())];
        let expected = spec_codes(section);
        let actual: BTreeSet<String> = regime.info().items().map(|i| i.code.to_string()).collect();
        assert_eq!(actual, expected, "{}", regime.as_str());
    }
}

#[test]
fn item_values_follow_the_spec_tables() {
    for item in RegimeId::Shanghai2025.info().items() {
        let expected = match item.code {
            "13.5.1" => ItemValue::Fixed { points: 11 },
            "13.5.2" => ItemValue::Fixed { points: 12 },
            c if c.starts_with("13.1") => ItemValue::Tier { tier: 1 },
            "13.2" => ItemValue::Tier { tier: 2 },
            "13.3" => ItemValue::Tier { tier: 3 },
            _ => ItemValue::Tier { tier: 4 },
        };
        assert_eq!(item.value, expected, "{}", item.code);
    }
}

/// The project's copies of the spec and seeds are the shared ones, when those are at hand.
#[test]
fn fixtures_match_the_shared_spec_and_seeds() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if !shared.join("spec").is_dir() {
        // A clone outside the workplace has only the copies; nothing to compare.
        return;
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for (from, to) in [
        ("spec/examples", root.join("tests/fixtures/spec/examples")),
        ("seeds", root.join("src/scoring/seeds")),
    ] {
        for entry in std::fs::read_dir(shared.join(from)).expect("shared folder") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .to_string();
            let copy = to.join(&name);
            assert_eq!(
                std::fs::read(&path).ok(),
                std::fs::read(&copy).ok(),
                "{} differs from {}",
                copy.display(),
                path.display()
            );
        }
    }
    for name in ["README.md", "regimes.md"] {
        assert_eq!(
            std::fs::read(shared.join("spec").join(name)).ok(),
            std::fs::read(fixture(&format!("spec/{name}"))).ok(),
            "spec/{name}"
        );
    }
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The lines of a source file before its unit tests (`#[cfg(test)]`, at the end of a
/// file): each with its number from 1, the line, and its code without a `//` comment.
fn code_lines(file: &Path) -> Vec<(usize, String, String)> {
    let text = std::fs::read_to_string(file).expect("source");
    let code_part = text.split("#[cfg(test)]").next().unwrap_or("");
    code_part
        .lines()
        .enumerate()
        .map(|(n, line)| {
            let code = line.split("//").next().unwrap_or("").to_string();
            (n + 1, line.to_string(), code)
        })
        .collect()
}

/// Fails on the first line of `files` whose code (comments and unit tests aside) holds one
/// of `words`, saying where, which and `why`.
fn forbid(files: &[PathBuf], words: &[&str], why: &str) {
    for file in files {
        for (n, line, code) in code_lines(file) {
            for word in words {
                assert!(
                    !code.contains(word),
                    "{}:{n}: `{word}`: {why}: {line}",
                    file.display()
                );
            }
        }
    }
}

/// ARCHITECTURE.md: the core, the calendar and the exchange formats are pure — no clock,
/// no browser, no UI — and cannot panic on input: no unwrap, expect or panic outside
/// `const` date literals.
#[test]
fn the_core_never_reads_the_clock_touches_the_browser_or_panics() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let forbidden = [
        "leptos",
        "web_sys",
        "js_sys",
        "wasm_bindgen",
        "SystemTime",
        "Instant",
        "::now(",
        "Utc",
        "Local::",
        ".unwrap()",
        ".expect(",
        "panic!(",
        "unreachable!(",
        "todo!(",
        "unimplemented!(",
        "std::fs",
        "std::env",
    ];
    for dir in ["scoring", "calendar", "exchange"] {
        for file in rust_files(&root.join(dir)) {
            // Unit tests at the end of a file may unwrap.
            for (n, line, code) in code_lines(&file) {
                for word in forbidden {
                    let allowed =
                        word == "panic!(" && line.contains("panic!(\"invalid date literal\")");
                    assert!(
                        allowed || !code.contains(word),
                        "{}:{}: `{word}` in the core: {line}",
                        file.display(),
                        n
                    );
                }
            }
        }
    }
}

/// DESIGN.md "Size": every wasm reads days with `calendar::parse_day`, writes them with
/// `Display` or by hand (`calendar::month_day`), and sorts with `calendar::sort_by_key` /
/// `sort_by`. chrono's `FromStr` and `format` bring its general parser and its strftime
/// formatter (14 and 10 kB of wasm), and std's sort is compiled anew for each element
/// type (about 3.5 kB each), for what a few lines do.
#[test]
fn days_and_sorts_go_through_the_calendar() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let forbidden = [
        ".format(\"%",
        "parse::<NaiveDate>",
        "NaiveDate::from_str",
        "parse_from_str",
        ".sort()",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_by_cached_key(",
        ".sort_unstable",
    ];
    let files: Vec<PathBuf> = rust_files(&root)
        .into_iter()
        .filter(|file| !file.starts_with(root.join("calendar")))
        .collect();
    forbid(
        &files,
        &forbidden,
        "go through the calendar's own (DESIGN.md \"Size\")",
    );
}

/// DESIGN.md "Size": our own English is cased by ASCII (`words::capitalised`,
/// `to_ascii_lowercase`): it has no other letter, and std's Unicode case conversions
/// bring their tables (12 kB for each direction) into the wasm that calls them — the
/// app's own, for `capitalised`, and every link's answer, for a lower-case term. Only
/// what reads a person's own typing (the item search, a roster's column headings) may
/// need them.
#[test]
fn our_english_is_cased_by_ascii() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let reads_typing = [
        root.join("exchange/search.rs"),
        root.join("exchange/roster_layout.rs"),
    ];
    let files: Vec<PathBuf> = rust_files(&root)
        .into_iter()
        .filter(|file| !reads_typing.contains(file))
        .collect();
    forbid(
        &files,
        &["to_lowercase", "to_uppercase"],
        "our English is ASCII, cased by `to_ascii_lowercase` or `words::capitalised` \
         (DESIGN.md \"Size\")",
    );
}

/// ARCHITECTURE.md: the app is the same code natively and in wasm, which is why
/// `scripts/test.sh` lints it and runs its unit tests natively only.
#[test]
fn the_app_is_the_same_code_on_every_target() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let app = [
        root.join("app"),
        root.join("main.rs"),
        root.join("embedded.rs"),
    ];
    let files: Vec<PathBuf> = rust_files(&root)
        .into_iter()
        .filter(|file| app.iter().any(|part| file.starts_with(part)))
        .collect();
    forbid(
        &files,
        &["target_arch", "target_family"],
        "the app's code depends on the target, which the native lints and tests of \
         scripts/test.sh do not see",
    );
}

/// The browser's crates: only the wasm builds or the app compile them (Cargo.toml).
const BROWSER_CRATES: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "serde_wasm_bindgen",
    "qrcode",
];

/// One row of ARCHITECTURE.md's table of layers: the modules it is about, the modules
/// they may use, the browser crates they may use.
struct Layer {
    modules: Vec<String>,
    uses: Vec<String>,
    crates: Vec<String>,
}

/// The table under "### Layers" in ARCHITECTURE.md.
fn layers() -> Vec<Layer> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let section = text
        .split("### Layers")
        .nth(1)
        .expect("ARCHITECTURE.md has a section \"### Layers\"");
    let names = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    };
    let rows: Vec<Layer> = section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            let cells: Vec<&str> = l.split('|').collect();
            assert!(cells.len() >= 5, "a row of three cells: {l}");
            Layer {
                modules: names(cells[1]),
                uses: names(cells[2]),
                crates: names(cells[3]),
            }
        })
        .collect();
    assert!(
        rows.len() >= 5,
        "the table of layers has {} rows",
        rows.len()
    );
    rows
}

/// The module of `src/` a file belongs to (`exchange` for `src/exchange/draft.rs`, `js`
/// for `src/js.rs`), and its module path below the crate (`["exchange", "draft"]`).
fn module_of(relative: &Path) -> (String, Vec<String>) {
    let mut path: Vec<String> = relative
        .iter()
        .map(|c| c.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if path.last().is_some_and(|l| l == "mod") {
        path.pop();
    }
    (path[0].clone(), path)
}

/// The first segments of the paths a line of code names: for `crate::`, `jifen::` and
/// `super::` paths the module of the crate they reach (`use crate::{calendar, scoring::X}`
/// gives both), for any other path its first segment (a crate's name).
fn path_roots(code: &str, module_path: &[String]) -> Vec<String> {
    let bytes = code.as_bytes();
    let ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let word_at = |i: usize| -> &str {
        let end = (i..bytes.len())
            .find(|&j| !ident(bytes[j]))
            .unwrap_or(bytes.len());
        &code[i..end]
    };
    let mut roots = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !ident(bytes[i]) || (i > 0 && (ident(bytes[i - 1]) || bytes[i - 1] == b':')) {
            i += 1;
            continue;
        }
        let word = word_at(i);
        let mut rest = &code[i + word.len()..];
        i += word.len();
        if !rest.starts_with("::") && !code[..i - word.len()].trim_end().ends_with("use") {
            continue;
        }
        match word {
            "crate" | "jifen" | "super" | "self" => {
                // Walk `super::super::…` up from the file's module.
                let mut depth = module_path.len();
                if word == "super" {
                    depth = depth.saturating_sub(1);
                }
                if word == "crate" || word == "jifen" {
                    depth = 0;
                }
                while let Some(next) = rest.strip_prefix("::super") {
                    depth = depth.saturating_sub(1);
                    rest = next;
                }
                let Some(next) = rest.strip_prefix("::") else {
                    continue;
                };
                if depth > 0 {
                    // Inside the file's own top module.
                    continue;
                }
                if let Some(group) = next.strip_prefix('{') {
                    // `crate::{a, b::c}`: the first segment of each member at the top level.
                    let mut level = 0;
                    let mut start = true;
                    for (k, c) in group.char_indices() {
                        match c {
                            '{' => level += 1,
                            '}' if level == 0 => break,
                            '}' => level -= 1,
                            ',' if level == 0 => start = true,
                            c if start && (c.is_alphanumeric() || c == '_') => {
                                start = false;
                                let member = &group[k..];
                                let end = member
                                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                                    .unwrap_or(member.len());
                                roots.push(member[..end].to_string());
                            }
                            _ => {}
                        }
                    }
                } else {
                    let end = next
                        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                        .unwrap_or(next.len());
                    roots.push(next[..end].to_string());
                }
            }
            _ => roots.push(word.to_string()),
        }
    }
    // A group's members are met again as plain paths (`scoring::fields` above).
    let mut seen = BTreeSet::new();
    roots.retain(|r| seen.insert(r.clone()));
    roots
}

#[test]
fn path_roots_finds_the_modules_a_line_reaches() {
    let draft = ["exchange".to_string(), "draft".to_string()];
    assert_eq!(
        path_roots(
            "use crate::{calendar, scoring::fields::{uses, Field}};",
            &draft
        ),
        ["calendar", "scoring"]
    );
    assert_eq!(path_roots("let t = crate::cli::today(x);", &draft), ["cli"]);
    assert_eq!(
        path_roots("use super::share;", &draft),
        Vec::<String>::new()
    );
    assert_eq!(path_roots("use super::super::teach::X;", &draft), ["teach"]);
    assert_eq!(path_roots("jifen::app::App", &[]), ["app"]);
    assert_eq!(
        path_roots("use leptos::wasm_bindgen::JsCast;", &draft),
        ["leptos"]
    );
    assert_eq!(path_roots("use leptos;", &draft), ["leptos"]);
    assert_eq!(path_roots("crates::cli::x", &draft), ["crates"]);
}

/// ARCHITECTURE.md's layers: every `crate::`, `super::` and `jifen::` path in `src/`
/// reaches only a module its table lets that file's module use, and every path that
/// starts with a browser crate's name is one the table gives it.
#[test]
fn dependencies_point_inwards() {
    let layers = layers();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let modules: BTreeSet<String> = std::fs::read_dir(&root)
        .expect("src")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "rs"))
        .map(|p| module_of(p.strip_prefix(&root).expect("under src")).0)
        .filter(|m| m != "lib")
        .collect();
    let listed: BTreeSet<String> = layers.iter().flat_map(|l| l.modules.clone()).collect();
    assert_eq!(
        listed, modules,
        "ARCHITECTURE.md's table of layers names every module of src/, and no other"
    );
    let (mut checked, mut wrong) = (0, Vec::new());
    for file in rust_files(&root) {
        let relative = file.strip_prefix(&root).expect("under src");
        let (module, module_path) = module_of(relative);
        if module == "lib" {
            continue;
        }
        let layer = layers
            .iter()
            .find(|l| l.modules.contains(&module))
            .expect("listed");
        let text = std::fs::read_to_string(&file).expect("source");
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for reached in path_roots(code, &module_path) {
                let outside = modules.contains(&reached)
                    && reached != module
                    && !layer.uses.contains(&reached);
                let browser =
                    BROWSER_CRATES.contains(&reached.as_str()) && !layer.crates.contains(&reached);
                if outside || browser {
                    wrong.push(format!(
                        "src/{}:{}: `{module}` uses `{reached}`: {}",
                        relative.display(),
                        n + 1,
                        line.trim()
                    ));
                }
                checked += 1;
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "uses that ARCHITECTURE.md's layers do not allow:\n{}",
        wrong.join("\n")
    );
    assert!(checked > 500, "only {checked} paths checked");
}

/// Files and folders of the repository: everything under its root but what builds and
/// installs write (`target/`, `dist/`, `node_modules/`) and the copy of the spec, which
/// describes another tree.
fn repository_files(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            let relative = path.strip_prefix(root).expect("under the root");
            if ["target", "dist", "node_modules", ".git"].contains(&name.as_ref())
                || relative == Path::new("tests/fixtures/spec")
            {
                continue;
            }
            if path.is_dir() {
                folders.push(path.clone());
            }
            found.push(relative.to_path_buf());
        }
    }
    found
}

/// Whether `pattern` (a path whose last part may hold `*`) names something that exists.
fn path_exists(root: &Path, pattern: &str) -> bool {
    let Some((folder, last)) = pattern.rsplit_once('/').filter(|(_, l)| l.contains('*')) else {
        return root.join(pattern).exists();
    };
    let (before, after) = last.split_once('*').unwrap_or((last, ""));
    std::fs::read_dir(root.join(folder)).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            name.len() >= before.len() + after.len()
                && name.starts_with(before)
                && name.ends_with(after)
        })
    })
}

/// The words of a text that may be paths: split at spaces, quotes, brackets and list
/// marks, without the punctuation that ends a sentence.
fn path_like_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || "`'\"()（）[]，,;；|=".contains(c))
        .map(|w| w.trim_end_matches(['.', ':', '。', '：']))
        .filter(|w| !w.is_empty() && !w.contains(['<', '{', '…', '$']) && !w.contains("//"))
}

/// Every path of the repository that a document names exists: in the `.md` files (but
/// the spec's copy), a path that starts with a folder or file of the repository's root
/// (`scripts/fuzz.sh`, `src/exchange/`, `tests/browser/*.test.mjs`), and a file named
/// alone (`engine.rs`) exists somewhere in it, or is one the build writes (named in
/// `scripts/post-build.mjs`: `embed.html`) or an example of the reader's own; in the
/// comments of the Rust sources, every such path.
#[test]
fn every_path_the_documents_name_exists() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let files = repository_files(&root);
    let top: BTreeSet<String> = files
        .iter()
        .filter(|f| f.components().count() == 1)
        .map(|f| f.to_string_lossy().to_string())
        .collect();
    let names: BTreeSet<String> = files
        .iter()
        .filter_map(|f| f.file_name())
        .map(|n| n.to_string_lossy().to_string())
        .collect();
    let built = std::fs::read_to_string(root.join("scripts/post-build.mjs")).expect("hook");
    // Files the reader makes, in the README's examples.
    let the_readers_own = ["case.json", "roster.jsonl", "roster.txt", "results.jsonl"];
    let file_kinds = [
        ".rs", ".sh", ".mjs", ".md", ".toml", ".json", ".html", ".css", ".js", ".ts",
    ];
    let named_path = |word: &str| -> Option<bool> {
        match word.split_once('/') {
            Some((first, _)) if top.contains(first) => Some(path_exists(&root, word)),
            Some(_) => None,
            None if file_kinds.iter().any(|k| word.ends_with(k))
                && word
                    .chars()
                    .all(|c| c.is_alphanumeric() || "_.-".contains(c)) =>
            {
                Some(
                    names.contains(word) || built.contains(word) || the_readers_own.contains(&word),
                )
            }
            None => None,
        }
    };
    let (mut checked, mut missing) = (0, Vec::new());
    for file in &files {
        let is_md = file.extension().is_some_and(|e| e == "md");
        let is_rs = file.extension().is_some_and(|e| e == "rs");
        if !is_md && !is_rs {
            continue;
        }
        let text = std::fs::read_to_string(root.join(file)).expect("text");
        for (n, line) in text.lines().enumerate() {
            let words = if is_md {
                line
            } else {
                match line.split_once("//") {
                    Some((_, comment)) => comment,
                    None => continue,
                }
            };
            for word in path_like_words(words) {
                // In the sources, only paths from the root: a file named alone there is
                // most often a sibling.
                if is_rs && !word.contains('/') {
                    continue;
                }
                match named_path(word) {
                    Some(true) => checked += 1,
                    Some(false) => missing.push(format!("{}:{}: {word}", file.display(), n + 1)),
                    None => {}
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "paths named that do not exist:\n{}",
        missing.join("\n")
    );
    assert!(checked > 100, "only {checked} paths checked");
}

#[test]
fn the_readme_opens_with_the_two_commands_and_ci_runs_the_second() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let first_block = readme.split("```").nth(1).expect("a code block");
    assert!(
        first_block.contains("scripts/serve.sh") && first_block.contains("scripts/test.sh"),
        "{first_block}"
    );
    let ci = std::fs::read_to_string(root.join(".ci/run")).expect(".ci/run");
    assert!(
        ci.lines()
            .any(|l| l.trim_start().starts_with("scripts/test.sh")
                || l.contains("exec scripts/test.sh")),
        "{ci}"
    );
}

/// 济宁's text broke "(附件" from "２);" over two lines; a line that starts with a digit
/// not followed by a clause mark goes on the paragraph before it.
#[test]
fn jinings_attachment_reference_stays_in_its_paragraph() {
    let articles = jifen::scoring::law::articles(RegimeId::Jining2024);
    let paragraphs: Vec<&String> = articles.iter().flat_map(|a| a.paragraphs.iter()).collect();
    assert!(
        paragraphs
            .iter()
            .any(|p| p.contains("服务协议书»(附件２);经卫生健康行政部门")),
        "the sentence is whole"
    );
    assert!(
        !paragraphs.iter().any(|p| p.starts_with("２)")),
        "no paragraph starts inside a bracket"
    );
    // Numbered items still start their own paragraphs.
    assert!(paragraphs
        .iter()
        .any(|p| p.starts_with("1．") || p.starts_with("１．")));
}

/// 沪2025 第九条 reads "管理要求" in the published document; the seed's extraction has an
/// English word there, which the reader does not show.
#[test]
fn the_reader_shows_no_word_the_extraction_left_in_english() {
    let articles = jifen::scoring::law::articles(RegimeId::Shanghai2025);
    let ninth = articles
        .iter()
        .find(|a| a.number == "第九条")
        .expect("第九条");
    let text = ninth.paragraphs.join("");
    assert!(text.contains("落实对相关人员的管理要求"), "{text}");
    assert!(!text.contains("management"));
}

/// ARCHITECTURE.md "Law next to code": a regime's law lives in its own file. Outside
/// `src/scoring/regimes/`, no code names a regime by its variant (`RegimeId::Jining2024`):
/// it asks the regime (`RegimeInfo`, its terms, procedure, fields and rules). The
/// scenario library and the reviewed mapping between regimes' items are data about
/// particular regimes, and may.
#[test]
fn no_regime_is_named_outside_its_own_file() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let allowed = [
        root.join("scoring/regimes"),
        root.join("teach/scenarios.rs"),
        root.join("teach/mapping.rs"),
    ];
    let mut found = Vec::new();
    for file in rust_files(&root) {
        if allowed.iter().any(|a| file.starts_with(a)) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("source");
        for (n, line) in text.lines().enumerate() {
            // A variant is CamelCase (`Shanghai2025`); `RegimeId::ALL` names none; an
            // import of variants (`RegimeId::{Jining2024 as JN}`, `RegimeId::*`) names them.
            let imported = line.contains("RegimeId::{") || line.contains("RegimeId::*");
            let named = imported
                || line.match_indices("RegimeId::").any(|(i, m)| {
                    let name: String = line[i + m.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric())
                        .collect();
                    name.starts_with(|c: char| c.is_ascii_uppercase())
                        && name.chars().any(|c| c.is_ascii_lowercase())
                });
            if named {
                found.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} lines name a regime outside its file:\n{}",
        found.len(),
        found.join("\n")
    );
}
