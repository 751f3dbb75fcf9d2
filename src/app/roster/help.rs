//! The roster's layout, said on the page, and its template to download in the three
//! formats the page reads.

use leptos::prelude::*;

use super::{lang, say, tr};
use crate::exchange::roster_layout::COLUMNS;
use crate::exchange::roster_template;

/// The layout: each column, the names it is read by, how it is filled in; and the
/// template. Open until a roster is imported.
#[component]
pub(super) fn Layout() -> impl IntoView {
    let lang = lang();
    let download = move |kind: &'static str| {
        let lang = lang.get_untracked();
        let stem = match lang {
            crate::scoring::Lang::Zh => "名单模板",
            crate::scoring::Lang::En => "roster-template",
        };
        match kind {
            "xlsx" => crate::app::keep::download_bytes(
                &format!("{stem}.xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &roster_template::xlsx(lang),
            ),
            "csv" => crate::app::keep::download_bytes(
                &format!("{stem}.csv"),
                "text/csv;charset=utf-8",
                roster_template::csv(lang).as_bytes(),
            ),
            _ => crate::app::keep::download_bytes(
                &format!("{stem}.jsonl"),
                "application/x-ndjson",
                roster_template::lines(lang).as_bytes(),
            ),
        }
    };
    view! {
        <details class="card roster-layout" id="roster-layout">
            <summary><h2>{tr("名单格式与模板", "The roster's layout, and a template")}</h2></summary>
            <p>
                {tr(
                    "每行一个违规事件，注明人员；没有事件的人员也可列一行（只填人员和制度）。第一行为列名，中文、英文或字段名（如 decided_on）均可，列的顺序不限，多余的列不读取。也可导入命令行使用的 JSON Lines（每行一人的案例）。",
                    "One row per incident, with the person; a person without incidents may have a row of their own (the person and the regime only). The first row names the columns, in Chinese, in English or by the field's key (decided_on), in any order; other columns are not read. JSON Lines as the command line reads them (one person's case per line) work too.",
                )}
            </p>
            <div class="start-actions">
                <span>{tr("下载模板：", "Download the template:")}</span>
                <button id="template-xlsx" type="button" class="secondary" on:click=move |_| download("xlsx")>{tr("Excel（.xlsx）", "Excel (.xlsx)")}</button>
                <button id="template-csv" type="button" class="secondary" on:click=move |_| download("csv")>{tr("CSV", "CSV")}</button>
                <button id="template-jsonl" type="button" class="secondary" on:click=move |_| download("jsonl")>{tr("JSON Lines", "JSON Lines")}</button>
            </div>
            <div class="table-scroll">
                <table class="compare roster-columns">
                    <thead>
                        <tr>
                            <th scope="col">{tr("列名", "Column")}</th>
                            <th scope="col">{tr("字段名", "Key")}</th>
                            <th scope="col">{tr("填写方式", "How")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {COLUMNS.into_iter().map(|c| view! {
                            <tr>
                                <th scope="row">{say(c.header())}</th>
                                <td><code>{c.key()}</code></td>
                                <td>{say(c.how())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="hint">
                {tr(
                    "Excel 另存的 CSV（中文 Windows 上为 GBK 编码）和“CSV UTF-8”都可读取。同一人的各行可不相邻；一人只能适用一种记分制度。",
                    "CSV saved by Excel (GBK on Chinese Windows) and “CSV UTF-8” both read. A person's rows need not be together; a person has one regime.",
                )}
            </p>
        </details>
    }
}
