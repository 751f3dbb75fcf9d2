//! Keeping the case: autosave in the browser's storage, several named cases, share
//! links, case files in and out, the calendar file and printing. Whatever fails — no
//! storage, a full one, a damaged store, a bad link or file — is said plainly, and
//! nothing the user has is replaced.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::i18n::Lang;
use super::{ctx, Ctx};
use crate::exchange::draft::Draft;
use crate::exchange::library::{self, Library, Loaded};
use crate::exchange::{case_file, ics, share};
use crate::scoring::CaseError;

/// Whether the case can be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    /// Saved on every change.
    Saving,
    /// No storage (private browsing, storage disabled): the app works, nothing is kept.
    Unavailable,
    /// The storage refused the last write (full).
    Full,
    /// The store was written by a newer version: it is read, never overwritten.
    Newer(u32),
}

/// A message at the top of the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub error: bool,
    pub zh: String,
    pub en: String,
    /// Something the user can download to keep (a damaged store).
    pub download: Option<(String, String)>,
}

/// Where an error is in the form, if it is in the form: only those places are said in
/// words; "link" or "version" are no field.
fn form_place(e: &CaseError) -> Option<crate::exchange::draft::Place> {
    use crate::exchange::draft::{place_in_file, Place};
    Some(place_in_file(&e.path)).filter(Place::in_form)
}

impl Notice {
    /// A case opened with one thing to correct, at `place` in the form.
    fn correct_at(
        opened_zh: &str,
        opened_en: &str,
        place: &crate::exchange::draft::Place,
    ) -> Notice {
        Notice {
            error: true,
            zh: format!(
                "{opened_zh}，但有一处需要修改：{}（已在下方标出）。",
                super::result::place_words(Lang::Zh, place)
            ),
            en: format!(
                "{opened_en}, but one thing needs correcting: {} (marked below).",
                super::result::place_words(Lang::En, place)
            ),
            download: None,
        }
    }

    /// The error, said with where it is in words (事件 2 的记分决定日期), not as a path.
    fn from_error(lead_zh: &str, lead_en: &str, e: &CaseError) -> Notice {
        let place = form_place(e).unwrap_or(crate::exchange::draft::Place::Nowhere);
        let zh_place = super::result::place_words(Lang::Zh, &place);
        let en_place = super::result::place_words(Lang::En, &place);
        // The core's messages as the form shows them (no JSON keys: `decided_on:` reads
        // `The decision date:`), as the error card does.
        let plain = e.text(crate::scoring::error::Style::Form);
        let (zh, en) = (plain.zh.to_string(), plain.en.to_string());
        Notice {
            error: true,
            zh: if zh_place.is_empty() {
                format!("{lead_zh}{zh}")
            } else {
                format!("{lead_zh}{zh_place}：{zh}")
            },
            en: if en_place.is_empty() {
                format!("{lead_en}{en}")
            } else {
                format!("{lead_en}{en} (at {en_place})")
            },
            download: None,
        }
    }

    /// What is left to correct in a case opened as it was written, if anything: where it
    /// is, when the form can show it there (the error card and the field say what is
    /// wrong, so it is not said a third time); else the whole error.
    fn to_correct(opened_zh: &str, opened_en: &str, problem: Option<&CaseError>) -> Option<Notice> {
        problem.map(|e| match form_place(e) {
            Some(place) => Notice::correct_at(opened_zh, opened_en, &place),
            None => Notice::from_error(
                &format!("{opened_zh}，但有一处需要修改——"),
                &format!("{opened_en}, but one thing needs correcting: "),
                e,
            ),
        })
    }
}

/// The keeping state, shared through the context.
#[derive(Clone, Copy)]
pub struct Keep {
    pub library: RwSignal<Library>,
    pub store: RwSignal<Store>,
    /// The title of a shared case being looked at (not saved yet).
    pub preview: RwSignal<Option<String>>,
    /// The scenario of the library being looked at (`#s=<id>`), whose explanation is
    /// shown beside it (and stays once it is saved, while that case is open).
    pub scenario: RwSignal<Option<&'static str>>,
    pub notice: RwSignal<Option<Notice>>,
    /// Nothing was stored before this visit.
    pub first_visit: bool,
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Reads the store and the link, and says which case to open. A new library's first case
/// is named in the interface's language.
pub fn start(today: &str, lang: Lang) -> (Keep, Draft) {
    let mut notice = None;
    let first_name = lang.t("案例 1", "Case 1");
    let mut first_visit = false;
    let (mut library, store) = match local_storage() {
        None => (Library::new(today, first_name), Store::Unavailable),
        Some(storage) => {
            let stored = storage.get_item(library::KEY).ok().flatten();
            match library::read(stored.as_deref()) {
                Loaded::Empty => {
                    first_visit = true;
                    (Library::new(today, first_name), Store::Saving)
                }
                Loaded::Ok(library) => (library, Store::Saving),
                Loaded::Newer(v) => (Library::new(today, first_name), Store::Newer(v)),
                Loaded::Damaged {
                    message,
                    message_zh,
                } => {
                    let raw = stored.unwrap_or_default();
                    // Keep the unreadable store where nothing will overwrite it.
                    if storage
                        .get_item(library::DAMAGED_KEY)
                        .ok()
                        .flatten()
                        .is_none()
                    {
                        let _ = storage.set_item(library::DAMAGED_KEY, &raw);
                    }
                    notice = Some(Notice {
                        error: true,
                        zh: format!("{message_zh}。原来的数据已原样保留，可下载备份；下面从一个新案例开始。"),
                        en: format!("{message}. The old data is kept as it was and can be downloaded; a new case starts below."),
                        download: Some(("jifen-damaged-store.json".into(), raw)),
                    });
                    (Library::new(today, first_name), Store::Saving)
                }
            }
        }
    };
    if library.get(&library.current).is_none() {
        library.current = library
            .cases
            .first()
            .map(|c| c.id.clone())
            .unwrap_or_default();
    }
    let mut draft = match library
        .get(&library.current)
        .map(|c| (c.name.clone(), c.open()))
    {
        Some((_, Ok(imported))) => imported.draft,
        Some((name, Err(e))) => {
            notice = Some(Notice::from_error(
                &format!("已保存的案例「{name}」无法打开，已原样保留："),
                &format!("The saved case “{name}” cannot be opened and is kept as it is: "),
                &e,
            ));
            let id = library.add(
                &library.fresh_name(lang.t("案例", "Case")),
                case_file::export(&Draft::default(), None),
                today,
            );
            library.current = id;
            Draft::default()
        }
        None => Draft::default(),
    };
    let mut preview = None;
    let mut scenario = None;
    let hash = window().location().hash().unwrap_or_default();
    match read_link(&hash, lang) {
        Some(Ok(linked)) => {
            preview = Some(linked.title);
            scenario = linked.scenario;
            draft = linked.draft;
            notice = linked.notice.or(notice);
        }
        Some(Err(refused)) => notice = Some(refused),
        None => {}
    }
    let keep = Keep {
        library: RwSignal::new(library),
        store: RwSignal::new(store),
        preview: RwSignal::new(preview),
        scenario: RwSignal::new(scenario),
        notice: RwSignal::new(notice),
        first_visit,
    };
    (keep, draft)
}

/// The case a link in the address carries.
pub struct Linked {
    pub draft: Draft,
    /// The scenario's title, or the shared case's (empty when it has none).
    pub title: String,
    /// The scenario's id, for `#s=<id>`.
    pub scenario: Option<&'static str>,
    /// What is left to correct in the shared case, opened as it was written.
    pub notice: Option<Notice>,
}

/// Reads the case the fragment names: a scenario of the library (`#s=<id>`; pages that
/// embed the calculator use it) or a shared case (`#c1.…`). `None` for any other fragment;
/// a link that cannot be opened is a notice saying why.
pub fn read_link(hash: &str, lang: Lang) -> Option<Result<Linked, Notice>> {
    if let Some(id) = hash.strip_prefix("#s=") {
        let id = crate::exchange::route::percent_decode(id);
        return Some(match scenario_draft(&id) {
            Some((s, draft)) => Ok(Linked {
                draft,
                title: lang.pick(s.title.to_string(), s.title_en.to_string()),
                scenario: Some(s.id),
                notice: None,
            }),
            None => Err(no_scenario(&id)),
        });
    }
    if !share::is_share_fragment(hash) {
        return None;
    }
    Some(open_shared(hash))
}

/// A shared case (`#c1.…`, with or without its `#`) as a preview to look at, or why the
/// link cannot be opened.
fn open_shared(fragment: &str) -> Result<Linked, Notice> {
    share::decode(fragment)
        .map(|imported| Linked {
            title: imported.title.clone().unwrap_or_default(),
            notice: Notice::to_correct(
                "分享的案例已打开",
                "The shared case is open",
                imported.problem.as_ref(),
            ),
            draft: imported.draft,
            scenario: None,
        })
        .map_err(|e| {
            Notice::from_error(
                "分享链接无法打开：",
                "The share link cannot be opened: ",
                &e,
            )
        })
}

/// Keeping for the embedded calculator (`embed.html`): the browser's storage is neither
/// read nor written. The library is an empty one in memory and the store `Unavailable`,
/// so that nothing ([`write()`], [`autosave`]) can reach the user's saved cases, even when
/// the embed runs on the calculator's own origin.
pub fn detached(today: &str, lang: Lang, notice: Option<Notice>) -> Keep {
    Keep {
        library: RwSignal::new(Library::new(today, lang.t("案例 1", "Case 1"))),
        store: RwSignal::new(Store::Unavailable),
        preview: RwSignal::new(None),
        scenario: RwSignal::new(None),
        notice: RwSignal::new(notice),
        first_visit: false,
    }
}

/// A scenario of the library and its case as a draft.
fn scenario_draft(id: &str) -> Option<(&'static crate::teach::scenarios::Scenario, Draft)> {
    let s = crate::teach::scenarios::get(id)?;
    let value = serde_json::from_str::<serde_json::Value>(s.case).ok()?;
    Some((s, case_file::import_value(&value).ok()?.draft))
}

fn no_scenario(id: &str) -> Notice {
    Notice {
        error: true,
        zh: format!("没有编号为“{id}”的示例案例：请从案例库中选择。"),
        en: format!("There is no scenario “{id}”: choose one from the scenario library."),
        download: None,
    }
}

/// Looks at a scenario of the library, as at a shared case: a preview, not saved until
/// the user saves it (with the scenario's title as its name). An unknown id is said.
pub fn look_at_scenario(keep: Keep, draft: RwSignal<Draft>, lang: Lang, id: &str) {
    match scenario_draft(id) {
        Some((s, opened)) => {
            // The preview first, so that autosave leaves the user's case alone.
            keep.preview
                .set(Some(lang.pick(s.title.to_string(), s.title_en.to_string())));
            keep.scenario.set(Some(s.id));
            keep.notice.set(None);
            draft.set(opened);
        }
        None => keep.notice.set(Some(no_scenario(id))),
    }
}

/// Opens the case a link carries when the link is followed in a page already open (a
/// link pasted into the address bar changes only the fragment): looked at, not saved.
pub fn follow_link(keep: Keep, draft: RwSignal<Draft>, lang: Lang, route: &super::Page) {
    match route {
        super::Page::Scenario(id) => look_at_scenario(keep, draft, lang, id),
        super::Page::Shared(fragment) => match open_shared(fragment) {
            Ok(linked) => {
                keep.preview.set(Some(linked.title));
                keep.scenario.set(None);
                keep.notice.set(linked.notice);
                draft.set(linked.draft);
            }
            Err(refused) => keep.notice.set(Some(refused)),
        },
        _ => {}
    }
}

/// Saves the draft into the current case (never while a shared case is looked at).
pub fn autosave(keep: Keep, draft: &Draft, today: &str) {
    if keep.preview.with_untracked(Option::is_some) {
        return;
    }
    keep.library.update(|l| {
        let current = l.current.clone();
        if let Some(saved) = l.get_mut(&current) {
            saved.case = case_file::export(draft, Some(&saved.name));
            saved.updated = today.to_string();
        }
    });
    write(keep);
}

/// Opens a new, empty case named in the interface's language, the current one staying in
/// the library as it is (a shared case looked at is left unsaved). Returns the name of the
/// case left, for a message.
pub fn start_new_case(keep: Keep, draft: RwSignal<Draft>, lang: Lang, today: &str) -> String {
    let left = keep.preview.get_untracked().unwrap_or_else(|| {
        keep.library.with_untracked(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    });
    keep.preview.set(None);
    keep.scenario.set(None);
    keep.library.update(|l| {
        let name = l.fresh_name(lang.t("案例", "Case"));
        let id = l.add(
            &name,
            case_file::export(&Draft::default(), Some(&name)),
            today,
        );
        l.current = id;
    });
    draft.set(Draft::default());
    write(keep);
    left
}

/// Writes the library, if the store may be written.
pub fn write(keep: Keep) {
    if matches!(
        keep.store.get_untracked(),
        Store::Unavailable | Store::Newer(_)
    ) {
        return;
    }
    let Some(storage) = local_storage() else {
        keep.store.set(Store::Unavailable);
        return;
    };
    let text = keep.library.with_untracked(Library::to_text);
    match storage.set_item(library::KEY, &text) {
        Ok(()) => {
            if keep.store.get_untracked() != Store::Saving {
                keep.store.set(Store::Saving);
            }
        }
        Err(_) => keep.store.set(Store::Full),
    }
}

/// Offers `text` as a file to download.
pub fn download(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(name);
            let _ = document().body().map(|b| b.append_child(&a));
            a.click();
            a.remove();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

fn clear_hash() {
    if let Ok(history) = window().history() {
        let location = window().location();
        let url = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// A file name made from a case name.
fn file_name(name: &str, extension: &str) -> String {
    let stem: String = name
        .chars()
        .filter(|c| !"\\/:*?\"<>|".contains(*c))
        .collect();
    let stem = stem.trim();
    format!(
        "{}.{extension}",
        if stem.is_empty() { "jifen" } else { stem }
    )
}

/// The bar of saved cases and what can be done with the current one.
#[component]
pub fn CaseBar() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        keep,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let today = computed.with_untracked(|c| c.today.to_string());
    let share_dialog = NodeRef::<leptos::html::Dialog>::new();
    let share_link = RwSignal::new(String::new());
    let copied = RwSignal::new(false);

    let current_name = Memo::new(move |_| {
        keep.library.with(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    });
    let open_case = move |id: String| {
        let found = keep
            .library
            .with_untracked(|l| l.get(&id).map(|c| (c.name.clone(), c.open())));
        match found {
            Some((_, Ok(imported))) => {
                keep.library.update(|l| l.current = id);
                draft.set(imported.draft);
                keep.notice.set(None);
                write(keep);
            }
            Some((name, Err(e))) => keep.notice.set(Some(Notice::from_error(
                &format!("案例「{name}」无法打开，已原样保留："),
                &format!("The case “{name}” cannot be opened and is kept as it is: "),
                &e,
            ))),
            None => {}
        }
    };
    let add_case = {
        let today = today.clone();
        move |name: String, case: serde_json::Value, new_draft: Draft| {
            keep.library.update(|l| {
                let id = l.add(&name, case, &today);
                l.current = id;
            });
            draft.set(new_draft);
            write(keep);
        }
    };
    let new_case = {
        let add_case = add_case.clone();
        move |_| {
            let name = keep
                .library
                .with_untracked(|l| l.fresh_name(lang.t("案例", "Case")));
            add_case(
                name,
                case_file::export(&Draft::default(), None),
                Draft::default(),
            );
        }
    };
    let duplicate = {
        let add_case = add_case.clone();
        move |_| {
            let d = draft.get_untracked();
            let name = lang.pick(
                format!("{} 副本", current_name.get_untracked()),
                format!("{} copy", current_name.get_untracked()),
            );
            add_case(name.clone(), case_file::export(&d, Some(&name)), d);
        }
    };
    let delete = move |_| {
        let name = current_name.get_untracked();
        let question = lang.pick(
            format!("删除案例「{name}」？此操作不能撤销。"),
            format!("Delete the case “{name}”? This cannot be undone."),
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let mut next = None;
        keep.library.update(|l| {
            let current = l.current.clone();
            l.cases.retain(|c| c.id != current);
            if l.cases.is_empty() {
                let id = l.add(
                    &l.fresh_name(lang.t("案例", "Case")),
                    case_file::export(&Draft::default(), None),
                    &today,
                );
                l.current = id;
            } else {
                l.current = l.cases[0].id.clone();
            }
            next = Some(l.current.clone());
        });
        if let Some(id) = next {
            open_case(id);
        }
    };
    let export = move |_| {
        let name = current_name.get_untracked();
        let text =
            serde_json::to_string_pretty(&case_file::export(&draft.get_untracked(), Some(&name)))
                .unwrap_or_default();
        let file = file_name(&name, "json");
        download(&file, "application/json", &text);
        keep.notice.set(Some(Notice {
            error: false,
            zh: format!("已导出「{file}」。用“导入文件…”可在此打开，jifen 命令行也能读取。"),
            en: format!(
                "Exported “{file}”. “Import…” opens it here; the jifen command line reads it too."
            ),
            download: None,
        }));
    };
    let calendar = move |_| {
        let name = current_name.get_untracked();
        computed.with_untracked(|c| {
            if let Ok(result) = &c.outcome {
                let now = chrono::NaiveDateTime::new(c.today, chrono::NaiveTime::MIN);
                let language = if lang == Lang::Zh {
                    crate::scoring::Lang::Zh
                } else {
                    crate::scoring::Lang::En
                };
                let text = ics::calendar(result, c.regime, &name, language, now);
                let events = text.matches("BEGIN:VEVENT").count();
                if events == 0 {
                    keep.notice.set(Some(Notice {
                        error: false,
                        zh: "这个案例还没有期限或处理措施的日期，没有可放进日历的内容。".into(),
                        en: "This case has no deadline and no dated measure yet: nothing to put in a calendar.".into(),
                        download: None,
                    }));
                    return;
                }
                let file = file_name(&name, "ics");
                download(&file, "text/calendar", &text);
                keep.notice.set(Some(Notice {
                    error: false,
                    zh: format!("已下载「{file}」：{events} 个日程，每个都注明所依据的条款。用手机或电脑的日历打开即可导入。"),
                    en: format!("Downloaded “{file}”: {events} events, each citing its article. Open it with your phone's or computer's calendar to import."),
                    download: None,
                }));
            }
        });
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import = {
        let add_case = add_case.clone();
        move |ev: leptos::ev::Event| {
            let Some(input) = file_input.get() else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let file_name = file.name();
            input.set_value("");
            let add_case = add_case.clone();
            let _ = ev;
            leptos::task::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                let Some(text) = text else {
                    keep.notice.set(Some(Notice {
                        error: true,
                        zh: format!("无法读取文件「{file_name}」。"),
                        en: format!("The file “{file_name}” could not be read."),
                        download: None,
                    }));
                    return;
                };
                match case_file::import(&text) {
                    Ok(imported) => {
                        let name = imported
                            .title
                            .clone()
                            .unwrap_or_else(|| file_name.trim_end_matches(".json").to_string());
                        // The same file imported twice: two cases, told apart.
                        let name = keep.library.with_untracked(|l| l.unused_name(&name));
                        // Computed before the draft is handed over, for the notice below.
                        let computed = super::compute(&imported.draft, super::today());
                        add_case(
                            name.clone(),
                            case_file::export(&imported.draft, Some(&name)),
                            imported.draft,
                        );
                        let (opened_zh, opened_en) = (
                            format!("已导入「{name}」，作为新案例保存"),
                            format!("Imported “{name}” as a new case"),
                        );
                        // What the core refuses once the case is computed (points out of
                        // an item's range) is said too, not only the file's own problems.
                        let refused =
                            computed.outcome.as_ref().err().map(|e| {
                                crate::exchange::draft::place(&e.path, &computed.prepared)
                            });
                        let imported_notice =
                            Notice::to_correct(&opened_zh, &opened_en, imported.problem.as_ref())
                                .or_else(|| {
                                    refused.filter(crate::exchange::draft::Place::in_form).map(
                                        |place| Notice::correct_at(&opened_zh, &opened_en, &place),
                                    )
                                });
                        keep.notice
                            .set(Some(imported_notice.unwrap_or_else(|| Notice {
                                error: false,
                                zh: format!("已导入「{name}」，作为新案例保存。"),
                                en: format!("Imported “{name}” as a new case."),
                                download: None,
                            })));
                    }
                    Err(e) => keep.notice.set(Some(Notice::from_error(
                        &format!("文件「{file_name}」未导入，您的案例没有任何改动："),
                        &format!("“{file_name}” was not imported; your cases are unchanged: "),
                        &e,
                    ))),
                }
            });
        }
    };
    let open_share = move |_| {
        let name = current_name.get_untracked();
        let fragment = share::encode(&case_file::export(&draft.get_untracked(), Some(&name)));
        let location = window().location();
        let base = format!(
            "{}{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        share_link.set(format!("{base}#{fragment}"));
        copied.set(false);
        if let Some(dialog) = share_dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    let copy = move |_| {
        let link = share_link.get_untracked();
        let promise = window().navigator().clipboard().write_text(&link);
        leptos::task::spawn_local(async move {
            copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    };

    let options = move || {
        keep.library.with(|l| {
            l.cases
                .iter()
                .map(|c| {
                    let id = c.id.clone();
                    let selected = c.id == l.current;
                    // A name cleared in the field would be an empty line in the list.
                    let name = if c.name.trim().is_empty() {
                        lang.t("（未命名）", "(untitled)").to_string()
                    } else {
                        c.name.clone()
                    };
                    view! { <option value=id selected=selected>{name}</option> }
                })
                .collect_view()
        })
    };
    let status = move || {
        let text = match keep.store.get() {
            Store::Saving => lang.t("自动保存在本浏览器中，仅您可见。", "Saved automatically in this browser, for you only."),
            Store::Unavailable => lang.t(
                "此浏览器不允许保存（如隐私模式）：计算照常进行，但关闭页面后案例不会保留。可导出文件保存。",
                "This browser does not allow saving (private mode?): everything works, but the case is gone when the page closes. Export a file to keep it.",
            ),
            Store::Full => lang.t("浏览器存储已满，最近的修改未能保存。请导出文件备份。", "The browser's storage is full: the latest changes were not saved. Export a file to keep them."),
            Store::Newer(_) => lang.t(
                "已保存的案例来自更新版本的计算器，本版本不会改动它们；本次修改不会保存。",
                "The saved cases come from a newer version of the calculator; this one will not change them, so nothing is saved now.",
            ),
        };
        let warn = keep.store.get() != Store::Saving;
        view! { <p class="save-status" class:warn=warn role="status">{text}</p> }
    };

    view! {
        <section class="card casebar" aria-label=lang.t("我的案例", "My cases")>
            <div class="casebar-row">
                <div class="field">
                    <label for="case-select">{lang.t("我的案例", "My cases")}</label>
                    <select id="case-select" on:change=move |ev| open_case(event_target_value(&ev))>{options}</select>
                </div>
                <div class="field">
                    <label for="case-name">{lang.t("案例名称", "Case name")}</label>
                    <input id="case-name" type="text" prop:value=move || current_name.get()
                        on:input=move |ev| {
                            let name = event_target_value(&ev);
                            keep.library.update(|l| {
                                let current = l.current.clone();
                                if let Some(c) = l.get_mut(&current) {
                                    c.name = name;
                                }
                            });
                            autosave(keep, &draft.get_untracked(), &computed.with_untracked(|c| c.today.to_string()));
                        }/>
                </div>
            </div>
            <details class="case-menu">
            <summary>{lang.t("案例操作：新建、分享、导出、日历、打印…", "Case actions: new, share, export, calendar, print…")}</summary>
            <div class="casebar-actions">
                <button type="button" class="secondary" on:click=new_case>{lang.t("新建", "New")}</button>
                <button type="button" class="secondary" on:click=duplicate>{lang.t("复制", "Duplicate")}</button>
                <button type="button" class="secondary" on:click=delete>{lang.t("删除", "Delete")}</button>
                <button type="button" class="secondary" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>{lang.t("导入文件…", "Import…")}</button>
                <input node_ref=file_input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" aria-label=lang.t("导入案例文件", "Import a case file") on:change=import/>
                <button type="button" class="secondary" on:click=export>{lang.t("导出文件", "Export")}</button>
                <button type="button" class="secondary" on:click=open_share>{lang.t("分享链接", "Share link")}</button>
                <button type="button" class="secondary" on:click=calendar disabled=move || computed.with(|c| c.outcome.is_err())>{lang.t("日历文件", "Calendar file")}</button>
                <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{lang.t("打印", "Print")}</button>
            </div>
            </details>
            {status}
            <dialog node_ref=share_dialog class="share" aria-labelledby="share-title">
                <h2 id="share-title">{lang.t("分享链接", "Share link")}</h2>
                <p>{lang.t(
                    "链接包含整个案例，写在 # 之后：打开链接时不会发送给任何服务器。持有链接的人都能看到案例内容。",
                    "The link holds the whole case after the #, which is never sent to a server. Anyone with the link can read the case.",
                )}</p>
                <label for="share-link">{lang.t("链接", "Link")}</label>
                <input id="share-link" type="text" readonly prop:value=move || share_link.get() on:focus=move |ev| {
                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
                }/>
                <p class="hint">{move || lang.pick(format!("{} 个字符", share_link.with(|l| l.chars().count())), format!("{} characters", share_link.with(|l| l.chars().count())))}</p>
                <form method="dialog" class="dialog-actions">
                    <super::qr::QrButton link=share_link title=lang.t("分享链接", "Share link")/>
                    <button type="button" class="primary" on:click=copy>{move || if copied.get() { lang.t("已复制", "Copied") } else { lang.t("复制链接", "Copy the link") }}</button>
                    <button type="submit" class="secondary">{lang.t("关闭", "Close")}</button>
                </form>
            </dialog>
        </section>
    }
}

/// Messages about keeping: a shared case being looked at, a link or file refused, a store
/// that could not be read.
#[component]
pub fn KeepNotices() -> impl IntoView {
    let Ctx {
        draft,
        lang,
        computed,
        keep,
        page,
        ..
    } = ctx();
    let lang = lang.get_untracked();
    let save_shared = move |_| {
        let title = keep.preview.get_untracked().unwrap_or_default();
        let d = draft.get_untracked();
        let today = computed.with_untracked(|c| c.today.to_string());
        keep.library.update(|l| {
            // A first visit through a link: the empty case made for it is not worth keeping.
            if l.cases.len() == 1
                && l.cases[0]
                    .case
                    .get("incidents")
                    .and_then(|i| i.as_array())
                    .is_some_and(|i| i.is_empty())
            {
                l.cases.clear();
            }
            let name = if title.trim().is_empty() {
                l.fresh_name(lang.t("分享的案例", "Shared case"))
            } else {
                title.clone()
            };
            let id = l.add(&name, case_file::export(&d, Some(&name)), &today);
            l.current = id;
        });
        keep.preview.set(None);
        clear_hash();
        page.set(super::Page::Calculator);
        write(keep);
    };
    let leave_shared = move |_| {
        keep.preview.set(None);
        keep.scenario.set(None);
        clear_hash();
        page.set(super::Page::Calculator);
        let opened = keep
            .library
            .with_untracked(|l| l.get(&l.current).map(|c| c.open()));
        if let Some(Ok(imported)) = opened {
            draft.set(imported.draft);
        }
    };
    view! {
        {move || keep.preview.get().map(|title| {
            let (zh, en) = if title.is_empty() {
                (String::new(), String::new())
            } else {
                (format!("「{title}」"), format!(" “{title}”"))
            };
            view! {
                <section class="card preview" role="status">
                    <p><strong>{move || if keep.scenario.with(Option::is_some) {
                        lang.pick(format!("您正在查看案例库中的示例{zh}。"), format!("You are looking at the library's scenario{en}."))
                    } else {
                        lang.pick(format!("您正在查看通过链接分享的案例{zh}。"), format!("You are looking at a shared case{en}."))
                    }}</strong></p>
                    <p>{lang.t("它还没有保存，也不会覆盖您自己的案例。", "It is not saved, and it does not replace any case of yours.")}</p>
                    <div class="casebar-actions">
                        <button type="button" class="primary" on:click=save_shared>{lang.t("保存为我的新案例", "Save as a new case of mine")}</button>
                        <button type="button" class="secondary" on:click=leave_shared>{lang.t("不保存，回到我的案例", "Leave it, back to my cases")}</button>
                    </div>
                </section>
            }
        })}
        {move || keep.notice.get().map(|n| {
            let class = if n.error { "card notice error" } else { "card notice info" };
            let download_button = n.download.clone().map(|(name, text)| view! {
                <button type="button" class="secondary" on:click=move |_| download(&name, "application/json", &text)>
                    {lang.t("下载原来的数据", "Download the old data")}
                </button>
            });
            view! {
                <section class=class role="alert">
                    <p>{lang.pick(n.zh.clone(), n.en.clone())}</p>
                    <div class="casebar-actions">
                        {download_button}
                        <button type="button" class="link" on:click=move |_| keep.notice.set(None)>{lang.t("知道了", "Dismiss")}</button>
                    </div>
                </section>
            }
        })}
    }
}
