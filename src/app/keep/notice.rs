//! The messages about keeping at the top of the page: a shared case or a scenario being
//! looked at, and what happened to a link, a file or the store.

use leptos::prelude::*;

use super::{case_file, clear_hash, download, now, write};
use crate::app::i18n::{say, say_with, tr, Lang};
use crate::app::{ctx, Ctx};
use crate::exchange::draft::{place_in_file, Place};
use crate::scoring::error::Style;
use crate::scoring::{CaseError, Text};

/// A message at the top of the page, in both languages (`zh`, `en`: the embed and the
/// root write some of their own).
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
fn form_place(e: &CaseError) -> Option<Place> {
    Some(place_in_file(&e.path)).filter(Place::in_form)
}

/// Where a place of the form is, in words (事件 2 的记分决定日期), as the error card says it.
fn place_words(place: &Place) -> Text {
    use crate::app::result::place_words;
    Text::new(place_words(Lang::Zh, place), place_words(Lang::En, place))
}

impl Notice {
    /// A message with these words.
    pub fn said(error: bool, text: Text) -> Notice {
        Notice {
            error,
            zh: text.zh.into_owned(),
            en: text.en.into_owned(),
            download: None,
        }
    }

    /// Its words.
    pub fn text(&self) -> Text {
        Text::new(self.zh.clone(), self.en.clone())
    }

    /// A case opened (`opened`: 已导入「…」) with one thing to correct, at `place` in the
    /// form.
    pub(super) fn correct_at(opened: &Text, place: &Place) -> Notice {
        let at = place_words(place);
        Notice::said(
            true,
            Text::new(
                format!(
                    "{}，但有一处需要修改：{}（已在下方标出）。",
                    opened.zh, at.zh
                ),
                format!(
                    "{}, but one thing needs correcting: {} (marked below).",
                    opened.en, at.en
                ),
            ),
        )
    }

    /// The error, said with where it is in words (事件 2 的记分决定日期), not as a path,
    /// after `lead`.
    pub(super) fn from_error(lead: &Text, e: &CaseError) -> Notice {
        let at = place_words(&form_place(e).unwrap_or(Place::Nowhere));
        // The core's messages as the form shows them (no JSON keys: `decided_on:` reads
        // `The decision date:`), as the error card does.
        let plain = e.text(Style::Form);
        let zh = if at.zh.is_empty() {
            format!("{}{}", lead.zh, plain.zh)
        } else {
            format!("{}{}：{}", lead.zh, at.zh, plain.zh)
        };
        let en = if at.en.is_empty() {
            format!("{}{}", lead.en, plain.en)
        } else {
            format!("{}{} (at {})", lead.en, plain.en, at.en)
        };
        Notice::said(true, Text::new(zh, en))
    }

    /// What is left to correct in a case opened as it was written, if anything: where it
    /// is, when the form can show it there (the error card and the field say what is
    /// wrong, so it is not said a third time); else the whole error.
    pub(super) fn to_correct(opened: &Text, problem: Option<&CaseError>) -> Option<Notice> {
        problem.map(|e| match form_place(e) {
            Some(place) => Notice::correct_at(opened, &place),
            None => Notice::from_error(
                &Text::new(
                    format!("{}，但有一处需要修改——", opened.zh),
                    format!("{}, but one thing needs correcting: ", opened.en),
                ),
                e,
            ),
        })
    }
}

/// Messages about keeping: a shared case being looked at, a link or file refused, a store
/// that could not be read.
#[component]
pub fn KeepNotices() -> impl IntoView {
    let keep = ctx().keep;
    view! {
        {move || keep.preview.get().map(|title| view! { <Preview title/> })}
        {move || keep.notice.get().map(|notice| view! { <NoticeCard notice/> })}
    }
}

/// What the preview's card says of what is looked at: a scenario of the library (its
/// title in the reader's language) or a shared case (its own title, as written).
fn looking_at(scenario: Option<&'static str>, title: &str) -> Text {
    match scenario.and_then(crate::teach::scenarios::get) {
        Some(s) => Text::new(
            format!("您正在查看案例库中的示例「{}」。", s.title),
            format!(
                "You are looking at the library's scenario “{}”.",
                s.title_en
            ),
        ),
        None if scenario.is_some() && !title.is_empty() => Text::new(
            format!("您正在查看案例库中的示例「{title}」。"),
            format!("You are looking at the library's scenario “{title}”."),
        ),
        None if scenario.is_some() => Text::fixed(
            "您正在查看案例库中的示例。",
            "You are looking at the library's scenario.",
        ),
        None if title.is_empty() => Text::fixed(
            "您正在查看通过链接分享的案例。",
            "You are looking at a shared case.",
        ),
        None => Text::new(
            format!("您正在查看通过链接分享的案例「{title}」。"),
            format!("You are looking at a shared case “{title}”."),
        ),
    }
}

/// A shared case or a scenario being looked at: not saved, and what can be done with it.
#[component]
fn Preview(
    /// Its title (the scenario's, in the language it was opened in, or the shared case's).
    title: String,
) -> impl IntoView {
    let Ctx {
        draft,
        computed,
        keep,
        page,
        ..
    } = ctx();
    let save_title = title.clone();
    let save_shared = move |_| {
        let d = draft.get_untracked();
        let today = computed.with_untracked(|c| c.today.to_string());
        let shared = Text::fixed("分享的案例", "Shared case");
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
            let name = if save_title.trim().is_empty() {
                l.fresh_name(shared.get(now()))
            } else {
                save_title.clone()
            };
            let id = l.add(&name, case_file::export(&d, Some(&name)), &today);
            l.current = id;
        });
        keep.preview.set(None);
        clear_hash();
        page.set(crate::app::Page::Calculator);
        write(keep);
    };
    let leave_shared = move |_| {
        keep.preview.set(None);
        keep.scenario.set(None);
        clear_hash();
        page.set(crate::app::Page::Calculator);
        let opened = keep
            .library
            .with_untracked(|l| l.get(&l.current).map(|c| c.open()));
        if let Some(Ok(imported)) = opened {
            draft.set(imported.draft);
        }
    };
    view! {
        <section class="card preview" role="status">
            <p><strong>{say_with(move || looking_at(keep.scenario.get(), &title))}</strong></p>
            <p>{tr("它还没有保存，也不会覆盖您自己的案例。", "It is not saved, and it does not replace any case of yours.")}</p>
            <div class="casebar-actions">
                <button type="button" class="primary" on:click=save_shared>{tr("保存为我的新案例", "Save as a new case of mine")}</button>
                <button type="button" class="secondary" on:click=leave_shared>{tr("不保存，回到我的案例", "Leave it, back to my cases")}</button>
            </div>
        </section>
    }
}

/// A message about keeping, with what it offers to download and a way to dismiss it.
#[component]
fn NoticeCard(notice: Notice) -> impl IntoView {
    let keep = ctx().keep;
    let class = if notice.error {
        "card notice error"
    } else {
        "card notice info"
    };
    let download_button = notice.download.clone().map(|(name, text)| view! {
        <button type="button" class="secondary" on:click=move |_| download(&name, "application/json", &text)>
            {tr("下载原来的数据", "Download the old data")}
        </button>
    });
    view! {
        <section class=class role="alert">
            <p>{say(notice.text())}</p>
            <div class="casebar-actions">
                {download_button}
                <button type="button" class="link" on:click=move |_| keep.notice.set(None)>{tr("知道了", "Dismiss")}</button>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_is_named_in_the_readers_language_and_a_shared_case_as_written() {
        let scenario = &crate::teach::scenarios::SCENARIOS[0];
        let said = looking_at(Some(scenario.id), scenario.title);
        assert!(said.zh.contains(scenario.title), "{}", said.zh);
        assert!(said.en.contains(scenario.title_en), "{}", said.en);
        assert_eq!(
            looking_at(None, "张医生 2025").zh,
            "您正在查看通过链接分享的案例「张医生 2025」。"
        );
        assert_eq!(looking_at(None, "").en, "You are looking at a shared case.");
    }

    #[test]
    fn an_error_in_a_file_is_said_with_its_lead_and_its_words() {
        let e = crate::exchange::case_file::import("{not json").unwrap_err();
        let notice = Notice::from_error(&Text::fixed("文件未导入：", "Not imported: "), &e);
        assert!(notice.error);
        assert!(notice.zh.starts_with("文件未导入："), "{}", notice.zh);
        assert!(notice.en.starts_with("Not imported: "), "{}", notice.en);
    }
}
