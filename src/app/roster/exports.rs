//! What leaves the page as files the officer downloads: the overview shown (`.xlsx`,
//! CSV in UTF-8 with a byte order mark) and the institution's deadlines (`.ics`).

use leptos::prelude::*;

use super::{table, State};
use crate::exchange::ics::{roster_calendar, PersonDeadline};
use crate::exchange::roster::{csv, sheet, Columns};
use crate::exchange::xlsx;
use crate::scoring::outcome::Actor;
use crate::scoring::text::{Lang, Text};

/// The downloads' name: `名单总览-2025-12-01`.
fn file_stem(lang: Lang, as_of: chrono::NaiveDate) -> String {
    match lang {
        Lang::Zh => format!("名单总览-{as_of}"),
        Lang::En => format!("roster-overview-{as_of}"),
    }
}

/// The export buttons.
#[component]
pub(super) fn Exports(state: State) -> impl IntoView {
    let lang = super::lang();
    let rows = move || {
        let filter = state.filter();
        let as_of = state.as_of.get_untracked();
        state.people.with_untracked(|people| {
            table::shown(people, filter, as_of)
                .into_iter()
                .map(|p| p.row.clone())
                .collect::<Vec<_>>()
        })
    };
    let stem = move || file_stem(lang.get_untracked(), state.as_of.get_untracked());
    let to_xlsx = move |_| {
        let lang = lang.get_untracked();
        let bytes = xlsx::write(&[sheet(&rows(), Columns::Words(lang))]);
        crate::app::keep::download_bytes(
            &format!("{}.xlsx", stem()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            &bytes,
        );
    };
    let to_csv = move |_| {
        let lang = lang.get_untracked();
        let text = csv(&rows(), Columns::Words(lang));
        crate::app::keep::download_bytes(
            &format!("{}.csv", stem()),
            "text/csv;charset=utf-8",
            text.as_bytes(),
        );
    };
    let to_ics = move |_| {
        let lang = lang.get_untracked();
        let now = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64)
            .map(|t| t.naive_utc())
            .unwrap_or_default();
        let text = state.people.with_untracked(|people| {
            let due: Vec<PersonDeadline> = people
                .iter()
                .filter_map(|p| p.row.regime.map(|r| (p, r)))
                .flat_map(|(p, regime)| {
                    p.row
                        .open
                        .iter()
                        .filter(|d| d.actor == Actor::Institution)
                        .map(move |deadline| PersonDeadline {
                            person: &p.row.person,
                            regime,
                            deadline,
                        })
                })
                .collect();
            let name = Text::fixed("本机构的记分期限", "This institution's scoring deadlines");
            roster_calendar(&due, name.get(lang), lang, now)
        });
        crate::app::keep::download_bytes(
            &format!("{}.ics", stem()),
            "text/calendar;charset=utf-8",
            text.as_bytes(),
        );
    };
    let shown = move || {
        let filter = state.filter();
        let as_of = state.as_of.get();
        state.people.with(|p| table::shown(p, filter, as_of).len())
    };
    view! {
        <div class="roster-exports">
            <span>{move || super::say(Text::new(format!("导出所显示的 {} 人：", shown()), format!("Export the {} shown:", shown())))()}</span>
            <button id="export-xlsx" type="button" class="secondary" on:click=to_xlsx>{super::tr("Excel（.xlsx）", "Excel (.xlsx)")}</button>
            <button id="export-csv" type="button" class="secondary" on:click=to_csv>{super::tr("CSV", "CSV")}</button>
            <button id="export-ics" type="button" class="secondary" on:click=to_ics>
                {super::tr("本机构全部待办期限（日历 .ics）", "All of this institution's deadlines (calendar .ics)")}
            </button>
        </div>
    }
}
