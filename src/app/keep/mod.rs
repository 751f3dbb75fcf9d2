//! Keeping the case: autosave in the browser's storage, several named cases, share
//! links, case files in and out, the calendar file and printing. Whatever fails — no
//! storage, a full one, a damaged store, a bad link or file — is said plainly, and
//! nothing the user has is replaced.
//!
//! - here: the store, the links, autosave and the files' plumbing;
//! - `notice`: the messages at the top of the page ([`Notice`], [`KeepNotices`]);
//! - `casebar`: the bar of saved cases and what can be done with one ([`CaseBar`]).

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::i18n::Lang;
use crate::exchange::draft::Draft;
use crate::exchange::library::{self, Library, Loaded};
use crate::exchange::{case_file, share};
use crate::scoring::Text;

mod casebar;
mod notice;

pub use casebar::CaseBar;
pub use notice::{KeepNotices, Notice};

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

/// The name of a new case (`案例 2`, `Case 2`), before its number.
static CASE: Text = Text::fixed("案例", "Case");

/// The name of a new library's first case.
static FIRST_CASE: Text = Text::fixed("案例 1", "Case 1");

/// The reader's language at this moment, for what is made once rather than drawn: a
/// case's name, a file, a question in a dialog of the browser's.
fn now() -> Lang {
    super::i18n::lang().get_untracked()
}

fn local_storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// What is said of a store that could not be read, kept as it was.
fn damaged_store(message: &Text) -> Text {
    Text::new(
        format!(
            "{}。原来的数据已原样保留，可下载备份；下面从一个新案例开始。",
            message.zh
        ),
        format!(
            "{}. The old data is kept as it was and can be downloaded; a new case starts below.",
            message.en
        ),
    )
}

/// What leads a saved case's error that keeps it from opening.
fn cannot_open(name: &str, saved: bool) -> Text {
    if saved {
        Text::new(
            format!("已保存的案例「{name}」无法打开，已原样保留："),
            format!("The saved case “{name}” cannot be opened and is kept as it is: "),
        )
    } else {
        Text::new(
            format!("案例「{name}」无法打开，已原样保留："),
            format!("The case “{name}” cannot be opened and is kept as it is: "),
        )
    }
}

/// Reads the store and the link, and says which case to open. A new library's first case
/// is named in the interface's language (`lang`: a name is data, chosen once).
pub fn start(today: &str, lang: Lang) -> (Keep, Draft) {
    let mut notice = None;
    let first_name = FIRST_CASE.get(lang);
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
                Loaded::Damaged { message } => {
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
                        download: Some(("jifen-damaged-store.json".into(), raw)),
                        ..Notice::said(true, damaged_store(&message))
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
            notice = Some(Notice::from_error(&cannot_open(&name, true), &e));
            let id = library.add(
                &library.fresh_name(CASE.get(lang)),
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
/// a link that cannot be opened is a notice saying why. (A scenario's title is kept in
/// `lang`: it names the case if it is saved.)
pub fn read_link(hash: &str, lang: Lang) -> Option<Result<Linked, Notice>> {
    if let Some(id) = hash.strip_prefix("#s=") {
        let id = crate::exchange::route::percent_decode(id);
        return Some(match scenario_draft(&id) {
            Some((s, draft)) => Ok(Linked {
                draft,
                title: scenario_title(s).get(lang).to_string(),
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
                &Text::fixed("分享的案例已打开", "The shared case is open"),
                imported.problem.as_ref(),
            ),
            draft: imported.draft,
            scenario: None,
        })
        .map_err(|e| {
            Notice::from_error(
                &Text::fixed("分享链接无法打开：", "The share link cannot be opened: "),
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
        library: RwSignal::new(Library::new(today, FIRST_CASE.get(lang))),
        store: RwSignal::new(Store::Unavailable),
        preview: RwSignal::new(None),
        scenario: RwSignal::new(None),
        notice: RwSignal::new(notice),
        first_visit: false,
    }
}

/// A scenario's title in both languages.
fn scenario_title(s: &crate::teach::scenarios::Scenario) -> Text {
    Text::fixed(s.title, s.title_en)
}

/// A scenario of the library and its case as a draft.
fn scenario_draft(id: &str) -> Option<(&'static crate::teach::scenarios::Scenario, Draft)> {
    let s = crate::teach::scenarios::get(id)?;
    let value = serde_json::from_str::<serde_json::Value>(s.case).ok()?;
    Some((s, case_file::import_value(&value).ok()?.draft))
}

fn no_scenario(id: &str) -> Notice {
    Notice::said(
        true,
        Text::new(
            format!("没有编号为“{id}”的示例案例：请从案例库中选择。"),
            format!("There is no scenario “{id}”: choose one from the scenario library."),
        ),
    )
}

/// Looks at a scenario of the library, as at a shared case: a preview, not saved until
/// the user saves it (with the scenario's title in `lang` as its name). An unknown id is
/// said.
pub fn look_at_scenario(keep: Keep, draft: RwSignal<Draft>, lang: Lang, id: &str) {
    match scenario_draft(id) {
        Some((s, opened)) => {
            // The preview first, so that autosave leaves the user's case alone.
            keep.preview
                .set(Some(scenario_title(s).get(lang).to_string()));
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

/// Opens a new, empty case named in `lang`, the current one staying in the library as it
/// is (a shared case looked at is left unsaved). Returns the name of the case left, for a
/// message.
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
        let name = l.fresh_name(CASE.get(lang));
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

/// Offers `text` as a file to download (UTF-8).
pub fn download(name: &str, mime: &str, text: &str) {
    download_bytes(name, mime, text.as_bytes());
}

/// Offers `bytes` as a file to download: a case file, a calendar, the roster's
/// workbooks.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
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

/// The share link of the case on screen, named as saved: this page's address with the
/// case after `#` (which no server sees).
pub fn share_link() -> String {
    let crate::app::Ctx { draft, keep, .. } = crate::app::ctx();
    let name = keep.library.with_untracked(|l| {
        l.get(&l.current)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    });
    let fragment = share::encode(&case_file::export(&draft.get_untracked(), Some(&name)));
    let location = window().location();
    let base = format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    format!("{base}#{fragment}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_store_is_said_and_kept() {
        let Loaded::Damaged { message } = library::read(Some("{not json")) else {
            panic!("read as a library")
        };
        let said = damaged_store(&message);
        assert!(said.zh.starts_with("已保存的案例无法读取"), "{}", said.zh);
        assert!(
            said.en.contains("The old data is kept as it was"),
            "{}",
            said.en
        );
        assert_eq!(
            cannot_open("王医生", false).zh,
            "案例「王医生」无法打开，已原样保留："
        );
    }
}
