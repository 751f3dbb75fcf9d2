//! The bar of saved cases: which case is open and its name, what can be done with it
//! (new, duplicate, delete, import, export, share, calendar, print), whether it is saved,
//! and the share link's dialog.

use leptos::prelude::*;
use leptos::wasm_bindgen::JsCast;

use super::{cannot_open, case_file, download, now, write, Notice, Store, CASE};
use crate::app::i18n::{say, say_with, tr};
use crate::app::{ctx, Ctx};
use crate::exchange::draft::{place, Draft, Place};
use crate::exchange::ics;
use crate::scoring::{Lang, Text};

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

/// Whether the case is saved, in words.
fn store_status(store: Store) -> Text {
    match store {
        Store::Saving => Text::fixed("自动保存在本浏览器中，仅您可见。", "Saved automatically in this browser, for you only."),
        Store::Unavailable => Text::fixed(
            "此浏览器不允许保存（如隐私模式）：计算照常进行，但关闭页面后案例不会保留。可导出文件保存。",
            "This browser does not allow saving (private mode?): everything works, but the case is gone when the page closes. Export a file to keep it.",
        ),
        Store::Full => Text::fixed("浏览器存储已满，最近的修改未能保存。请导出文件备份。", "The browser's storage is full: the latest changes were not saved. Export a file to keep them."),
        Store::Newer(_) => Text::fixed(
            "已保存的案例来自更新版本的计算器，本版本不会改动它们；本次修改不会保存。",
            "The saved cases come from a newer version of the calculator; this one will not change them, so nothing is saved now.",
        ),
    }
}

/// The name of a copy of a case.
fn copy_name(name: &str) -> Text {
    Text::new(format!("{name} 副本"), format!("{name} copy"))
}

/// The case open now: its name in the library.
fn current_name() -> Memo<String> {
    let keep = ctx().keep;
    Memo::new(move |_| {
        keep.library.with(|l| {
            l.get(&l.current)
                .map(|c| c.name.clone())
                .unwrap_or_default()
        })
    })
}

/// Opens a saved case, or says why it cannot be opened (it stays as it is).
fn open_case(id: String) {
    let Ctx { draft, keep, .. } = ctx();
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
        Some((name, Err(e))) => keep
            .notice
            .set(Some(Notice::from_error(&cannot_open(&name, false), &e))),
        None => {}
    }
}

/// Adds a case to the library and opens it.
fn add_case(ctx: Ctx, name: String, case: serde_json::Value, new_draft: Draft) {
    let Ctx {
        draft,
        keep,
        computed,
        ..
    } = ctx;
    let today = computed.with_untracked(|c| c.today.to_string());
    keep.library.update(|l| {
        let id = l.add(&name, case, &today);
        l.current = id;
    });
    draft.set(new_draft);
    write(keep);
}

/// What the share link is called.
const SHARE_LINK: Text = Text::fixed("分享链接", "Share link");

/// The share link's state, which the menu fills and the dialog shows.
#[derive(Clone, Copy)]
struct Share {
    dialog: NodeRef<leptos::html::Dialog>,
    link: RwSignal<String>,
    copied: RwSignal<bool>,
    /// Whether the embed code was copied.
    embed_copied: RwSignal<bool>,
}

/// The frame that shows the case of `link` (an address of the app, with its case after
/// `#`) on another page, in `lang`: `embed.html` beside the app (README "Embedding the
/// calculator").
///
/// The frame's title names it for screen readers, in the page's language.
fn embed_code(link: &str, lang: Lang) -> String {
    let (address, fragment) = link.split_once('#').unwrap_or((link, ""));
    let address = address.split_once('?').map_or(address, |(a, _)| a);
    let folder = address
        .rsplit_once('/')
        .map_or(address, |(folder, _)| folder);
    let (code, title) = match lang {
        Lang::Zh => ("zh", "医保医师记分计算器"),
        Lang::En => ("en", "Medical insurance scoring calculator"),
    };
    let fragment = if fragment.is_empty() {
        String::new()
    } else {
        format!("#{fragment}")
    };
    format!(
        "<iframe id=\"jifen\" src=\"{folder}/embed.html?lang={code}{fragment}\"\n        title=\"{title}\" width=\"100%\" height=\"480\" style=\"border: 0\"></iframe>"
    )
}

/// The bar of saved cases and what can be done with the current one.
#[component]
pub fn CaseBar() -> impl IntoView {
    let share = Share {
        dialog: NodeRef::new(),
        link: RwSignal::new(String::new()),
        copied: RwSignal::new(false),
        embed_copied: RwSignal::new(false),
    };
    view! {
        <section class="card casebar" aria-label=tr("我的案例", "My cases")>
            <CaseChoice/>
            <CaseMenu share/>
            <SaveStatus/>
            <ShareDialog share/>
        </section>
    }
}

/// Which saved case is open, and its name.
#[component]
fn CaseChoice() -> impl IntoView {
    let Ctx {
        draft,
        computed,
        keep,
        ..
    } = ctx();
    let current_name = current_name();
    let options = move || {
        keep.library.with(|l| {
            l.cases
                .iter()
                .map(|c| {
                    let id = c.id.clone();
                    let selected = c.id == l.current;
                    // A name cleared in the field would be an empty line in the list.
                    let name = if c.name.trim().is_empty() {
                        Text::fixed("（未命名）", "(untitled)")
                    } else {
                        Text::from(c.name.clone())
                    };
                    view! { <option value=id selected=selected>{say(name)}</option> }
                })
                .collect_view()
        })
    };
    let rename = move |ev| {
        let name = event_target_value(&ev);
        keep.library.update(|l| {
            let current = l.current.clone();
            if let Some(c) = l.get_mut(&current) {
                c.name = name;
            }
        });
        super::autosave(
            keep,
            &draft.get_untracked(),
            &computed.with_untracked(|c| c.today.to_string()),
        );
    };
    view! {
        <div class="casebar-row">
            <div class="field">
                <label for="case-select">{tr("我的案例", "My cases")}</label>
                <select id="case-select" on:change=move |ev| open_case(event_target_value(&ev))>{options}</select>
            </div>
            <div class="field">
                <label for="case-name">{tr("案例名称", "Case name")}</label>
                <input id="case-name" type="text" prop:value=move || current_name.get() on:input=rename/>
            </div>
        </div>
    }
}

/// What can be done with the case open, folded away: new, duplicate, delete, import,
/// export, share, calendar, print.
#[component]
fn CaseMenu(share: Share) -> impl IntoView {
    let Ctx {
        draft,
        computed,
        keep,
        ..
    } = ctx();
    let current_name = current_name();
    let new_case = move |_| {
        let name = keep
            .library
            .with_untracked(|l| l.fresh_name(CASE.get(now())));
        add_case(
            ctx(),
            name,
            case_file::export(&Draft::default(), None),
            Draft::default(),
        );
    };
    let duplicate = move |_| {
        let d = draft.get_untracked();
        let name = copy_name(&current_name.get_untracked())
            .get(now())
            .to_string();
        add_case(ctx(), name.clone(), case_file::export(&d, Some(&name)), d);
    };
    let delete = move |_| {
        let name = current_name.get_untracked();
        let question = Text::new(
            format!("删除案例「{name}」？此操作不能撤销。"),
            format!("Delete the case “{name}”? This cannot be undone."),
        );
        if !window()
            .confirm_with_message(question.get(now()))
            .unwrap_or(false)
        {
            return;
        }
        let today = computed.with_untracked(|c| c.today.to_string());
        let mut next = None;
        keep.library.update(|l| {
            let current = l.current.clone();
            l.cases.retain(|c| c.id != current);
            if l.cases.is_empty() {
                let id = l.add(
                    &l.fresh_name(CASE.get(now())),
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
        keep.notice.set(Some(Notice::said(false, Text::new(
            format!("已导出「{file}」。用“导入文件…”可在此打开，jifen 命令行也能读取。"),
            format!("Exported “{file}”. “Import…” opens it here; the jifen command line reads it too."),
        ))));
    };
    let calendar = move |_| {
        let name = current_name.get_untracked();
        computed.with_untracked(|c| {
            let Ok(result) = &c.outcome else {
                return;
            };
            let at = chrono::NaiveDateTime::new(c.today, chrono::NaiveTime::MIN);
            let text = ics::calendar(result, c.regime, &name, now(), at);
            let events = text.matches("BEGIN:VEVENT").count();
            if events == 0 {
                keep.notice.set(Some(Notice::said(false, Text::fixed(
                    "这个案例还没有期限或处理措施的日期，没有可放进日历的内容。",
                    "This case has no deadline and no dated measure yet: nothing to put in a calendar.",
                ))));
                return;
            }
            let file = file_name(&name, "ics");
            download(&file, "text/calendar", &text);
            keep.notice.set(Some(Notice::said(false, Text::new(
                format!("已下载「{file}」：{events} 个日程，每个都注明所依据的条款。用手机或电脑的日历打开即可导入。"),
                format!("Downloaded “{file}”: {events} events, each citing its article. Open it with your phone's or computer's calendar to import."),
            ))));
        });
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let import = move |_| {
        let Some(input) = file_input.get() else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(import_file(ctx(), file));
    };
    let open_share = move |_| {
        share.link.set(super::share_link());
        share.copied.set(false);
        share.embed_copied.set(false);
        if let Some(dialog) = share.dialog.get() {
            let _ = dialog.show_modal();
        }
    };
    view! {
        <details class="case-menu">
        <summary>{tr("案例操作：新建、分享、导出、日历、打印…", "Case actions: new, share, export, calendar, print…")}</summary>
        <div class="casebar-actions">
            <button type="button" class="secondary" on:click=new_case>{tr("新建", "New")}</button>
            <button type="button" class="secondary" on:click=duplicate>{tr("复制", "Duplicate")}</button>
            <button type="button" class="secondary" on:click=delete>{tr("删除", "Delete")}</button>
            <button type="button" class="secondary" on:click=move |_| { if let Some(i) = file_input.get() { i.click(); } }>{tr("导入文件…", "Import…")}</button>
            <input node_ref=file_input id="import-file" class="visually-hidden" type="file" accept=".json,application/json" tabindex="-1" aria-hidden="true" aria-label=tr("导入案例文件", "Import a case file") on:change=import/>
            <button type="button" class="secondary" on:click=export>{tr("导出文件", "Export")}</button>
            <button type="button" class="secondary" on:click=open_share>{tr("分享链接", "Share link")}</button>
            <button type="button" class="secondary" on:click=calendar disabled=move || computed.with(|c| c.outcome.is_err())>{tr("日历文件", "Calendar file")}</button>
            <button type="button" class="secondary" on:click=move |_| { let _ = window().print(); }>{tr("打印", "Print")}</button>
        </div>
        </details>
    }
}

/// Reads a case file chosen to import, and adds it as a new case; what is left to
/// correct in it, or why it was not imported, is said (the user's cases unchanged).
/// (`ctx` is taken before the file is read: no component's context reaches a task.)
async fn import_file(ctx: Ctx, file: web_sys::File) {
    let keep = ctx.keep;
    let file_name = file.name();
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|v| v.as_string());
    let Some(text) = text else {
        keep.notice.set(Some(Notice::said(
            true,
            Text::new(
                format!("无法读取文件「{file_name}」。"),
                format!("The file “{file_name}” could not be read."),
            ),
        )));
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
            let computed = crate::app::compute(&imported.draft, crate::app::today());
            add_case(
                ctx,
                name.clone(),
                case_file::export(&imported.draft, Some(&name)),
                imported.draft,
            );
            let opened = Text::new(
                format!("已导入「{name}」，作为新案例保存"),
                format!("Imported “{name}” as a new case"),
            );
            // What the core refuses once the case is computed (points out of an item's
            // range) is said too, not only the file's own problems.
            let refused = computed
                .outcome
                .as_ref()
                .err()
                .map(|e| place(&e.path, &computed.prepared));
            let notice = Notice::to_correct(&opened, imported.problem.as_ref())
                .or_else(|| {
                    refused
                        .filter(Place::in_form)
                        .map(|place| Notice::correct_at(&opened, &place))
                })
                .unwrap_or_else(|| {
                    Notice::said(
                        false,
                        Text::new(format!("{}。", opened.zh), format!("{}.", opened.en)),
                    )
                });
            keep.notice.set(Some(notice));
        }
        Err(e) => keep.notice.set(Some(Notice::from_error(
            &Text::new(
                format!("文件「{file_name}」未导入，您的案例没有任何改动："),
                format!("“{file_name}” was not imported; your cases are unchanged: "),
            ),
            &e,
        ))),
    }
}

/// Whether the case is saved, or why not.
#[component]
fn SaveStatus() -> impl IntoView {
    let keep = ctx().keep;
    view! {
        <p class="save-status" class:warn=move || keep.store.get() != Store::Saving role="status">
            {say_with(move || store_status(keep.store.get()))}
        </p>
    }
}

/// The share link, to copy or to show as a QR code.
#[component]
fn ShareDialog(share: Share) -> impl IntoView {
    let Share {
        dialog,
        link,
        copied,
        embed_copied,
    } = share;
    let lang = crate::app::i18n::lang();
    let copy_text = move |text: String, done: RwSignal<bool>| {
        let promise = window().navigator().clipboard().write_text(&text);
        leptos::task::spawn_local(async move {
            done.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    };
    let copy = move |_| copy_text(link.get_untracked(), copied);
    let embed = Memo::new(move |_| link.with(|l| embed_code(l, lang.get())));
    let copy_embed = move |_| copy_text(embed.get_untracked(), embed_copied);
    let length = say_with(move || {
        let n = link.with(|l| l.chars().count());
        Text::new(format!("{n} 个字符"), format!("{n} characters"))
    });
    view! {
        <dialog node_ref=dialog class="share" aria-labelledby="share-title" on:click=crate::app::law::dom::close_on_shade>
            <h2 id="share-title">{say(SHARE_LINK)}</h2>
            <p>{tr(
                "链接包含整个案例，写在 # 之后：打开链接时不会发送给任何服务器。持有链接的人都能看到案例内容。",
                "The link holds the whole case after the #, which is never sent to a server. Anyone with the link can read the case.",
            )}</p>
            <label for="share-link">{tr("链接", "Link")}</label>
            <input id="share-link" type="text" readonly prop:value=move || link.get() on:focus=move |ev| {
                if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { input.select(); }
            }/>
            <p class="hint">{length}</p>
            <details class="embed-code">
                <summary>{tr("嵌入到网页", "Embed in a web page")}</summary>
                <label for="embed-code">{tr("嵌入代码", "Embed code")}</label>
                <textarea id="embed-code" readonly rows="3" prop:value=move || embed.get()></textarea>
                <p class="hint">{tr(
                    "把这段代码放进您的网页，页面里就会显示这个案例的计算结果（案例写在 # 之后，不经过任何服务器）。监听结果和页面安全策略见说明文档“Embedding the calculator”。",
                    "Put this code in your page to show this case's answer there (the case travels after the #, through no server). Listening to the answer and the page's security policy: the README, \"Embedding the calculator\".",
                )}</p>
                <button type="button" class="secondary" on:click=copy_embed>{move || if embed_copied.get() { tr("已复制", "Copied")() } else { tr("复制嵌入代码", "Copy embed code")() }}</button>
            </details>
            <form method="dialog" class="dialog-actions">
                <crate::app::qr::QrButton link title=SHARE_LINK.get(now()).to_string()/>
                <button type="button" class="primary" on:click=copy>{move || if copied.get() { tr("已复制", "Copied")() } else { tr("复制链接", "Copy the link")() }}</button>
                <button type="submit" class="secondary">{tr("关闭", "Close")}</button>
            </form>
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_makes_files_and_copies_named_after_it() {
        assert_eq!(file_name("张医生 2025", "json"), "张医生 2025.json");
        assert_eq!(file_name("a/b:c", "ics"), "abc.ics");
        assert_eq!(file_name("  ", "json"), "jifen.json");
        assert_eq!(copy_name("张医生").en, "张医生 copy");
        assert!(store_status(Store::Full).zh.contains("存储已满"));
        assert!(store_status(Store::Unavailable).zh.contains("不允许保存"));
    }

    /// The README's snippet, for the case of the share link, beside the app wherever
    /// it is served.
    #[test]
    fn the_embed_code_is_the_readmes_frame_for_the_case_on_screen() {
        assert_eq!(
            embed_code("https://your.site/jifen/index.html?x=1#s=sh2025-one-shot-9", Lang::Zh),
            "<iframe id=\"jifen\" src=\"https://your.site/jifen/embed.html?lang=zh#s=sh2025-one-shot-9\"\n        title=\"医保医师记分计算器\" width=\"100%\" height=\"480\" style=\"border: 0\"></iframe>"
        );
        let readme = include_str!("../../../README.md");
        assert!(readme.contains(&embed_code(
            "https://your.site/jifen/#s=sh2025-one-shot-9",
            Lang::Zh
        )));
        assert!(embed_code("http://localhost:8080/#c1.abc", Lang::En)
            .contains("src=\"http://localhost:8080/embed.html?lang=en#c1.abc\""));
    }
}
