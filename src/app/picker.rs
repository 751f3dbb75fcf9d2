//! Choosing the regime: its document, issuing office, dates in force and coverage.

use leptos::prelude::*;

use super::i18n::Lang;
use super::{ctx, Ctx};
use crate::scoring::regimes::Counting;
use crate::scoring::RegimeId;

fn place(lang: Lang, regime: RegimeId) -> &'static str {
    match regime {
        RegimeId::Shanghai2023 | RegimeId::Shanghai2025 | RegimeId::Shanghai2020 => {
            lang.t("上海", "Shanghai")
        }
        RegimeId::Wenzhou2014 => lang.t("温州", "Wenzhou"),
        RegimeId::Jining2024 => lang.t("济宁", "Jining"),
    }
}

fn counting(lang: Lang, regime: RegimeId) -> &'static str {
    match regime.info().counting {
        Counting::PointsAdded => lang.t("自然年度内累计记分", "points added up per calendar year"),
        Counting::PointsDeducted if regime == RegimeId::Wenzhou2014 => lang.t(
            "每协议年度 12 分，违规扣分",
            "12 points per agreement year, deducted",
        ),
        Counting::PointsDeducted => lang.t(
            "每自然年度 12 分，违规扣分",
            "12 points per calendar year, deducted",
        ),
        Counting::Fines => lang.t("罚款和处理措施，不记分", "fines and measures, no points"),
    }
}

/// The five regimes as radio cards.
#[component]
pub fn RegimePicker() -> impl IntoView {
    let Ctx { draft, lang, .. } = ctx();
    let lang = lang.get_untracked();
    let selected = Memo::new(move |_| draft.with(|d| d.regime.clone()));
    let cards = RegimeId::ALL
        .into_iter()
        .map(|regime| {
            let info = regime.info();
            let id = info.id;
            let dates = match info.in_force_until {
                Some(until) => format!("{} — {}", info.in_force_from, until),
                None => lang.pick(
                    format!("{} 起施行", info.in_force_from),
                    format!("in force from {}", info.in_force_from),
                ),
            };
            let title = lang.pick(info.title.to_string(), info.title_en.to_string());
            view! {
                <label class="regime-card" class:selected=move || selected.get() == id>
                    <input
                        type="radio"
                        name="regime"
                        value=id
                        prop:checked=move || selected.get() == id
                        on:change=move |_| draft.update(|d| d.regime = id.to_string())
                    />
                    <span class="regime-text">
                        <span class="regime-doc">{place(lang, regime)} " · " {info.document}</span>
                        <span class="regime-title">{title}</span>
                        <span class="regime-meta">{dates} " · " {counting(lang, regime)}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    let details = move || {
        let regime = RegimeId::parse(&selected.get())?;
        let info = regime.info();
        Some(view! {
            <details class="covers">
                <summary>{lang.t("适用对象与发文机关", "Who it covers, and who issued it")}</summary>
                <p>{lang.pick(info.covers.to_string(), info.covers_en.to_string())}</p>
                <p>
                    {lang.t("发文机关：", "Issued by: ")}
                    {lang.pick(info.issuer.to_string(), info.issuer_en.to_string())}
                    {format!("（{}）", info.issued_on)}
                </p>
                <p>{lang.t("施行依据：", "Dates in force: ")} <super::law::Cite regime cite=info.in_force_cite/></p>
            </details>
        })
    };
    // Once the case has incidents the choice is made: a line says which, and the cards
    // come back on request (a phone then reaches the incidents without scrolling past them).
    let open = RwSignal::new(draft.with_untracked(|d| d.incidents.is_empty()));
    let chosen_line = move || {
        let regime = RegimeId::parse(&selected.get())?;
        let info = regime.info();
        Some(view! {
            <p class="regime-chosen">
                <strong>{place(lang, regime)} " · " {info.document}</strong>
                " "
                <span>{lang.pick(info.title.to_string(), info.title_en.to_string())}</span>
            </p>
        })
    };
    view! {
        <fieldset class="card regimes">
            <legend>{lang.t("记分制度", "Regime")}</legend>
            <div hidden=move || open.get()>
                {chosen_line}
                <button type="button" class="secondary" on:click=move |_| open.set(true) aria-expanded="false">
                    {lang.t("更换或查看制度", "Change or look at the regime")}
                </button>
            </div>
            <div class="regime-cards" hidden=move || !open.get()>
                {cards}
                {details}
            </div>
        </fieldset>
    }
}
