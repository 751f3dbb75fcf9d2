//! The roster page (`#roster`): a 医保办 imports its staff's incidents (a sheet, CSV or
//! JSON Lines, one row per incident with a person column), sees one row per person —
//! the standing today and once decided, the period's points and the next band, the next
//! deadline and who acts — filters what it must act on, opens anyone's case in the
//! calculator, and exports the overview (`.xlsx`, CSV) and the institution's deadlines
//! (`.ics`). The roster is read and computed in the page and sent nowhere; it is kept on
//! the device only when the officer ticks the box, and removed in one tap.
//!
//! A part of the app's wasm of its own (`super::parts`, `roster`): the calculator does
//! not carry it.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::i18n::{lang, say, tr};
use crate::exchange::roster::Filter;
use crate::exchange::roster_import::{import, Located, Roster};
use crate::exchange::share;
use crate::scoring::text::Text;

mod exports;
mod files;
mod help;
pub mod table;

use table::Person;

/// A roster open in the page: the file's name and bytes as chosen, and what was read.
#[derive(Clone)]
struct Open {
    name: String,
    bytes: Arc<Vec<u8>>,
    roster: Arc<Roster>,
    /// Kept on the device (the officer's choice).
    kept: bool,
}

/// What the page was showing: the roster, the day asked and the filter.
#[derive(Clone)]
struct Shown {
    open: Option<Open>,
    as_of: NaiveDate,
    which: Which,
    working_days: u32,
    near_points: u32,
}

thread_local! {
    /// What the page was showing, kept while the app runs: opening a person's case in
    /// the calculator and coming back finds the roster as it was left.
    static SHOWN: std::cell::RefCell<Option<Shown>> = const { std::cell::RefCell::new(None) };
}

/// Which filter is chosen (its numbers are beside it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    All,
    Sanctioned,
    Awaiting,
    Institution,
    Near,
    Errors,
}

/// The page's state, for its parts.
#[derive(Clone, Copy)]
struct State {
    open: RwSignal<Option<Open>>,
    as_of: RwSignal<NaiveDate>,
    people: RwSignal<Arc<Vec<Person>>>,
    which: RwSignal<Which>,
    working_days: RwSignal<u32>,
    near_points: RwSignal<u32>,
    /// What the last import or keeping said.
    said: RwSignal<Option<(bool, Text)>>,
    /// A file just read, said once its people are computed (the core's problems are
    /// only known then).
    announce: StoredValue<Option<Imported>>,
    today: NaiveDate,
}

impl State {
    /// The filter chosen, with its numbers.
    fn filter(self) -> Filter {
        match self.which.get() {
            Which::All => Filter::All,
            Which::Sanctioned => Filter::Sanctioned,
            Which::Awaiting => Filter::AwaitingRestoration,
            Which::Institution => Filter::InstitutionDue {
                working_days: self.working_days.get(),
            },
            Which::Near => Filter::NearBand {
                points: self.near_points.get(),
            },
            Which::Errors => Filter::Errors,
        }
    }
}

/// Each person's row as of `as_of`, with the link that opens the case in the calculator
/// (the day asked goes with it when it is not today).
fn compute(roster: &Roster, as_of: NaiveDate, today: NaiveDate) -> Vec<Person> {
    roster
        .overview(as_of)
        .into_iter()
        .zip(&roster.people)
        .map(|((row, problem), person)| {
            let link = (problem.is_none() && person.case.is_object()).then(|| {
                let mut case = person.case.clone();
                if as_of != today {
                    case["as_of"] = serde_json::json!(as_of.to_string());
                }
                share::encode(&case)
            });
            Person { row, problem, link }
        })
        .collect()
}

/// A file just read: its name, its format in words and how many people it holds.
struct Imported {
    name: String,
    described: Text,
    count: usize,
}

impl Imported {
    /// What the page says of it once its people are computed, `problems` of them kept
    /// from being computed (by the layout or by the core).
    fn said(&self, problems: usize) -> Text {
        let Imported {
            name,
            described,
            count,
        } = self;
        Text::new(
            format!(
                "已读取「{name}」：{}，{count} 人{}。文件本身未作任何改动。",
                described.zh,
                if problems > 0 {
                    format!("，其中 {problems} 人的行有问题（见下）")
                } else {
                    String::new()
                }
            ),
            format!(
                "Read “{name}”: {}, {count} people{}. The file itself is not changed.",
                described.en,
                if problems > 0 {
                    format!(", {problems} of them with problems in their rows (below)")
                } else {
                    String::new()
                }
            ),
        )
    }
}

/// Opens a file's bytes as the page's roster; what was read is said once its people
/// are computed.
fn open_file(state: State, name: String, bytes: Vec<u8>, keep: bool) {
    match import(&bytes, &files::gbk) {
        Ok(roster) => {
            let kept = keep && files::keep(&name, &state.today.to_string(), &bytes);
            state.announce.set_value(Some(Imported {
                name: name.clone(),
                described: roster.format.describe(),
                count: roster.people.len(),
            }));
            state.which.set(Which::All);
            state.open.set(Some(Open {
                name,
                bytes: Arc::new(bytes),
                roster: Arc::new(roster),
                kept,
            }));
        }
        Err(problem) => state.said.set(Some((
            true,
            Text::new(
                format!(
                    "无法读取「{name}」：{}。页面上原有的名单未受影响。",
                    problem.zh
                ),
                format!(
                    "“{name}” could not be read: {}. The roster already open is untouched.",
                    problem.en
                ),
            ),
        ))),
    }
}

/// The roster page.
#[component]
pub fn RosterPage() -> impl IntoView {
    let today = super::today();
    let shown = SHOWN.with(|s| s.borrow().clone()).unwrap_or(Shown {
        open: None,
        as_of: today,
        which: Which::All,
        working_days: 10,
        near_points: 2,
    });
    let state = State {
        open: RwSignal::new(shown.open),
        as_of: RwSignal::new(shown.as_of),
        people: RwSignal::new(Arc::new(Vec::new())),
        which: RwSignal::new(shown.which),
        working_days: RwSignal::new(shown.working_days),
        near_points: RwSignal::new(shown.near_points),
        said: RwSignal::new(None),
        announce: StoredValue::new(None),
        today,
    };
    // A roster kept on the device opens by itself (when none is open in the page).
    if state.open.with_untracked(Option::is_none) {
        if let Some((kept, bytes)) = files::kept() {
            open_file(state, kept.name.clone(), bytes, true);
            state.announce.set_value(None);
            state.said.set(Some((
                false,
                Text::new(
                    format!("已从本设备载入「{}」（{} 保留）。", kept.name, kept.kept_on),
                    format!(
                        "Opened “{}” from this device (kept on {}).",
                        kept.name, kept.kept_on
                    ),
                ),
            )));
        }
    }
    // Every person's row, again when the roster or the day asked changes.
    Effect::new(move |_| {
        let as_of = state.as_of.get();
        let open = state.open.get();
        let people = open.map_or_else(Vec::new, |o| compute(&o.roster, as_of, today));
        if let Some(imported) = state.announce.try_update_value(Option::take).flatten() {
            let problems = people.iter().filter(|p| p.problem.is_some()).count();
            state.said.set(Some((false, imported.said(problems))));
        }
        state.people.set(Arc::new(people));
    });
    Effect::new(move |_| {
        let shown = Shown {
            open: state.open.get(),
            as_of: state.as_of.get(),
            which: state.which.get(),
            working_days: state.working_days.get(),
            near_points: state.near_points.get(),
        };
        SHOWN.with(|s| *s.borrow_mut() = Some(shown));
    });
    view! {
        <main id="main" tabindex="-1" class="page roster-page">
            <section class="card" aria-labelledby="roster-title">
                <h2 id="roster-title">{tr("医保办名单总览", "The insurance office's roster")}</h2>
                <p class="hint">
                    {tr(
                        "导入全院人员的记分事件（每行一个事件，注明人员），查看每人今日与决定后的状态、本周期累计分值、下一档，以及下一期限和由谁办理。",
                        "Import your staff's incidents (one row per incident, with the person), and see each person's standing today and once decided, the period's points, the next band, and the next deadline with who acts.",
                    )}
                </p>
                <Importer state/>
            </section>
            {move || state.open.with(Option::is_some).then(|| view! {
                <Problems state/>
                <section class="card roster-overview" aria-labelledby="overview-title">
                    <h2 id="overview-title">{tr("总览", "Overview")}</h2>
                    <Filters state/>
                    <exports::Exports state/>
                    <Overview state/>
                </section>
            })}
            <help::Layout/>
        </main>
    }
}

/// The import: the file, the day asked, and keeping the roster on the device.
#[component]
fn Importer(state: State) -> impl IntoView {
    let input = NodeRef::<leptos::html::Input>::new();
    let chosen = move |_| {
        let Some(file) = input.get().and_then(|i| i.files()).and_then(|f| f.get(0)) else {
            return;
        };
        if let Some(i) = input.get() {
            i.set_value("");
        }
        let keep = state
            .open
            .with_untracked(|o| o.as_ref().is_some_and(|o| o.kept));
        leptos::task::spawn_local(async move {
            let name = file.name();
            match files::bytes(&file).await {
                Some(bytes) => open_file(state, name, bytes, keep),
                None => state.said.set(Some((
                    true,
                    Text::new(
                        format!("无法读取文件「{name}」。"),
                        format!("The file “{name}” could not be read."),
                    ),
                ))),
            }
        });
    };
    let set_day = move |ev: leptos::ev::Event| {
        if let Some(day) = crate::calendar::parse_day(&event_target_value(&ev)) {
            state.as_of.set(day);
        }
    };
    let kept = move || state.open.with(|o| o.as_ref().is_some_and(|o| o.kept));
    let toggle_keep = move |ev: leptos::ev::Event| {
        let wanted = event_target_checked(&ev);
        let Some(open) = state.open.get_untracked() else {
            return;
        };
        let now_kept = if wanted {
            let done = files::keep(&open.name, &state.today.to_string(), &open.bytes);
            if !done {
                state.said.set(Some((
                    true,
                    Text::fixed(
                        "浏览器未能保存名单（存储已满或被禁用）：名单仍只在本页中。",
                        "The browser did not keep the roster (storage full or disabled): it stays in this page only.",
                    ),
                )));
            }
            done
        } else {
            files::forget();
            false
        };
        state.open.update(|o| {
            if let Some(o) = o {
                o.kept = now_kept;
            }
        });
    };
    let remove = move |_| {
        files::forget();
        state.open.set(None);
        state.said.set(Some((
            false,
            Text::fixed(
                "名单已从本页和本设备移除。",
                "The roster is removed from this page and this device.",
            ),
        )));
    };
    view! {
        <div class="roster-import">
            <label class="file-button primary" for="roster-file">
                {tr("导入名单（.xlsx、.csv、.jsonl）", "Import a roster (.xlsx, .csv, .jsonl)")}
            </label>
            <input id="roster-file" class="visually-hidden" type="file" node_ref=input
                accept=".xlsx,.csv,.txt,.tsv,.jsonl,.ndjson,.json" on:change=chosen/>
            <label class="roster-day">
                {tr("查询日期", "Standing on")}
                <input id="roster-as-of" type="date" prop:value=move || state.as_of.get().to_string() on:change=set_day/>
            </label>
        </div>
        {move || state.said.get().map(|(error, text)| view! {
            <p class=if error { "note error" } else { "note info" } role="status">{say(text)}</p>
        })}
        <p class="hint privacy">
            {tr(
                "名单只在本页中读取和计算，不会上传或发送到任何地方。默认不保存：关闭或刷新页面即清除。",
                "The roster is read and computed in this page and sent nowhere. By default it is not kept: closing or reloading the page clears it.",
            )}
        </p>
        {move || state.open.with(Option::is_some).then(|| view! {
            <div class="roster-keep">
                <label>
                    <input id="roster-keep" type="checkbox" prop:checked=kept on:change=toggle_keep/>
                    {tr(
                        "在本设备上保留此名单（保存在本浏览器中，下次打开此页自动载入；使用本设备的其他人也可能看到）",
                        "Keep this roster on this device (in this browser, opened again next time; others using this device may see it)",
                    )}
                </label>
                <button id="roster-remove" type="button" class="secondary" on:click=remove>
                    {move || if kept() { tr("从本页和本设备移除名单", "Remove the roster from this page and this device")() } else { tr("关闭名单", "Close the roster")() }}
                </button>
            </div>
        })}
    }
}

/// The problems found, each at its row and column; the rest was computed.
#[component]
fn Problems(state: State) -> impl IntoView {
    const SHOWN: usize = 200;
    let listed = move || {
        state.open.with(|o| {
            let Some(o) = o else {
                return (Vec::new(), Vec::new());
            };
            let problems: Vec<Located> = o
                .roster
                .people
                .iter()
                .flat_map(|p| p.problems.iter().cloned())
                .collect();
            (problems, o.roster.notes.clone())
        })
    };
    // The core's own errors, found when the cases are computed, in the file's row order
    // (a person's rows need not be together, and the list is read beside the file).
    let computed = move || {
        let mut problems = state.people.with(|people| {
            people
                .iter()
                .filter_map(|p| p.problem.clone())
                .collect::<Vec<_>>()
        });
        crate::calendar::sort_by_key(&mut problems, |p| p.row);
        problems
    };
    view! {
        {move || {
            let problems = computed();
            let (_, notes) = listed();
            (!problems.is_empty() || !notes.is_empty()).then(|| {
                let more = problems.len().saturating_sub(SHOWN);
                let count = problems.len();
                view! {
                    <section class="card roster-problems" aria-labelledby="problems-title">
                        <h2 id="problems-title">
                            {say(Text::new(format!("有问题的行（{count} 人）"), format!("Rows with problems ({count} people)")))}
                        </h2>
                        <p class="hint">
                            {tr(
                                "这些人员未计算（缺一条事件的结果会低估其分值），其他人员照常计算。请在文件中改正后重新导入；文件本身未作任何改动。",
                                "These people are not computed (a standing without one of their incidents would understate it); everyone else is. Correct the file and import it again; the file itself is not changed.",
                            )}
                        </p>
                        <ul class="problem-list">
                            {problems.into_iter().take(SHOWN).map(|p| view! { <li>{say(p.text())}</li> }).collect_view()}
                        </ul>
                        {(more > 0).then(|| view! {
                            <p class="hint">{say(Text::new(format!("……另有 {more} 处，筛选“有错误”可查看全部。"), format!("…and {more} more: the “errors” filter shows them all.")))}</p>
                        })}
                        {(!notes.is_empty()).then(|| view! {
                            <h3>{tr("未读取的内容", "Not read")}</h3>
                            <ul class="problem-list notes">
                                {notes.into_iter().map(|p| view! { <li>{say(p.text())}</li> }).collect_view()}
                            </ul>
                        })}
                    </section>
                }
            })
        }}
    }
}

/// The filters a 医保办 needs, each with how many it shows.
#[component]
fn Filters(state: State) -> impl IntoView {
    let count = move |which: Which| {
        let filter = match which {
            Which::All => Filter::All,
            Which::Sanctioned => Filter::Sanctioned,
            Which::Awaiting => Filter::AwaitingRestoration,
            Which::Institution => Filter::InstitutionDue {
                working_days: state.working_days.get(),
            },
            Which::Near => Filter::NearBand {
                points: state.near_points.get(),
            },
            Which::Errors => Filter::Errors,
        };
        let as_of = state.as_of.get();
        state
            .people
            .with(|p| p.iter().filter(|p| filter.keeps(&p.row, as_of)).count())
    };
    let choice = move |which: Which, id: &'static str, label: (&'static str, &'static str)| {
        view! {
            <label class="filter" for=id>
                <input type="radio" name="roster-filter" id=id
                    prop:checked=move || state.which.get() == which
                    on:change=move |_| state.which.set(which)/>
                {tr(label.0, label.1)}
                <span class="count">{move || count(which)}</span>
            </label>
        }
    };
    let number = move |signal: RwSignal<u32>, id: &'static str, max: u32| {
        view! {
            <input type="number" class="small-number" id=id min="0" max=max.to_string()
                prop:value=move || signal.get().to_string()
                on:change=move |ev| {
                    if let Ok(n) = event_target_value(&ev).trim().parse::<u32>() {
                        signal.set(n.min(max));
                    }
                }/>
        }
    };
    view! {
        <fieldset class="roster-filters">
            <legend>{tr("筛选", "Show")}</legend>
            {choice(Which::All, "filter-all", ("全部", "Everyone"))}
            {choice(Which::Sanctioned, "filter-sanctioned", ("今日暂停、终止或离岗培训中", "Suspended, terminated or in training today"))}
            {choice(Which::Awaiting, "filter-awaiting", ("期满待恢复", "Term over, awaiting restoration"))}
            <span class="filter-with-number">
                {choice(Which::Institution, "filter-institution", ("本机构须办理的期限，在以下工作日内：", "This institution's deadlines within working days:"))}
                {number(state.working_days, "filter-days", 250)}
            </span>
            <span class="filter-with-number">
                {choice(Which::Near, "filter-near", ("距下一档不超过（分）：", "At most this many points from the next band:"))}
                {number(state.near_points, "filter-points", 12)}
            </span>
            {choice(Which::Errors, "filter-errors", ("有错误", "Errors"))}
        </fieldset>
    }
}

/// The overview table.
#[component]
fn Overview(state: State) -> impl IntoView {
    let lang = lang();
    let body = move || {
        let filter = state.filter();
        let as_of = state.as_of.get();
        let lang = lang.get();
        state.people.with(|people| {
            let shown = table::shown(people, filter, as_of);
            table::body(&shown, filter, as_of, lang)
        })
    };
    let shown = move || {
        let filter = state.filter();
        let as_of = state.as_of.get();
        state.people.with(|people| {
            people
                .iter()
                .filter(|p| filter.keeps(&p.row, as_of))
                .count()
        })
    };
    view! {
        <p class="hint" role="status" id="roster-shown">
            {move || say(Text::new(format!("显示 {} 人。点“打开”在计算器中查看此人的案例。", shown()), format!("{} people shown. “Open” shows the person's case in the calculator.", shown())))()}
        </p>
        <div class="table-scroll">
            <table class="roster-table" id="roster-table">
                <thead>
                    <tr>
                        {table::HEADINGS.into_iter().map(|h| view! { <th scope="col">{say(h)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody inner_html=body></tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::Imported;
    use crate::scoring::text::Text;

    #[test]
    fn the_import_says_how_many_people_have_problems_once_computed() {
        let imported = Imported {
            name: "名单.xlsx".into(),
            described: Text::fixed("Excel 工作簿", "an Excel workbook"),
            count: 302,
        };
        assert_eq!(
            imported.said(3).zh,
            "已读取「名单.xlsx」：Excel 工作簿，302 人，其中 3 人的行有问题（见下）。文件本身未作任何改动。"
        );
        assert_eq!(
            imported.said(3).en,
            "Read “名单.xlsx”: an Excel workbook, 302 people, 3 of them with problems in their rows (below). The file itself is not changed."
        );
        assert!(!imported.said(0).zh.contains("问题"));
    }
}
