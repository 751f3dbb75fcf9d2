//! Choosing the regime: its document, issuing office, dates in force and coverage.

use leptos::prelude::*;

use super::i18n::{say, tr};
use super::{ctx, Ctx};
use crate::scoring::regimes::{Counting, PeriodKind, RegimeInfo};
use crate::scoring::{RegimeId, Text};

/// How the regime counts, in a few words.
fn counting(info: &RegimeInfo) -> Text {
    match (info.counting, info.period) {
        (Counting::PointsAdded, _) => {
            Text::fixed("自然年度内累计记分", "points added up per calendar year")
        }
        (Counting::PointsDeducted, PeriodKind::AgreementYear) => Text::fixed(
            "每协议年度 12 分，违规扣分",
            "12 points per agreement year, deducted",
        ),
        (Counting::PointsDeducted, _) => Text::fixed(
            "每自然年度 12 分，违规扣分",
            "12 points per calendar year, deducted",
        ),
        (Counting::Fines, _) => {
            Text::fixed("罚款和处理措施，不记分", "fines and measures, no points")
        }
    }
}

/// The dates a document is in force: `2023-06-01 — 2025-03-30`, or from when.
pub(super) fn in_force(info: &RegimeInfo) -> Text {
    match info.in_force_until {
        Some(until) => Text::from(format!("{} — {until}", info.in_force_from)),
        None => Text::new(
            format!("{} 起施行", info.in_force_from),
            format!("in force from {}", info.in_force_from),
        ),
    }
}

/// The document's title, in the reader's language.
pub(super) fn title(info: &RegimeInfo) -> Text {
    Text::fixed(info.title, info.title_en)
}

/// The five regimes as radio cards.
#[component]
pub fn RegimePicker() -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let selected = Memo::new(move |_| draft.with(|d| d.regime.clone()));
    let cards = RegimeId::ALL
        .into_iter()
        .map(|regime| {
            let info = regime.info();
            let id = info.id;
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
                        <span class="regime-doc">{say(info.wording().place.clone())} " · " {info.document}</span>
                        <span class="regime-title">{say(title(info))}</span>
                        <span class="regime-meta">{say(in_force(info))} " · " {say(counting(info))}</span>
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
                <summary>{tr("适用对象与发文机关", "Who it covers, and who issued it")}</summary>
                <p>{say(Text::fixed(info.covers, info.covers_en))}</p>
                <p>
                    {tr("发文机关：", "Issued by: ")}
                    {say(Text::fixed(info.issuer, info.issuer_en))}
                    {format!("（{}）", info.issued_on)}
                </p>
                <p>{tr("施行依据：", "Dates in force: ")} <super::law::Cite regime cite=info.in_force_cite/></p>
            </details>
        })
    };
    // Once the case has incidents the choice is made: a line says which, and the cards
    // come back on request (a phone then reaches the incidents without scrolling past them).
    let open = RwSignal::new(draft.with_untracked(|d| d.incidents.is_empty()));
    let chosen_line = move || {
        let info = RegimeId::parse(&selected.get())?.info();
        Some(view! {
            <p class="regime-chosen">
                <strong>{say(info.wording().place.clone())} " · " {info.document}</strong>
                " "
                <span>{say(title(info))}</span>
            </p>
        })
    };
    view! {
        <fieldset class="card regimes">
            <legend>{tr("记分制度", "Regime")}</legend>
            <div hidden=move || open.get()>
                {chosen_line}
                <button type="button" class="secondary" on:click=move |_| open.set(true) aria-expanded="false">
                    {tr("更换或查看制度", "Change or look at the regime")}
                </button>
            </div>
            <div class="regime-cards" hidden=move || !open.get()>
                {cards}
                {details}
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_card_says_where_when_and_how_its_regime_counts() {
        let info = |id| RegimeId::parse(id).unwrap().info();
        assert_eq!(
            counting(info("wenzhou-2014")).zh,
            "每协议年度 12 分，违规扣分"
        );
        assert_eq!(
            counting(info("jining-2024")).zh,
            "每自然年度 12 分，违规扣分"
        );
        assert_eq!(
            in_force(info("shanghai-2023")).en,
            "2023-06-01 — 2025-03-30"
        );
        assert_eq!(in_force(info("jining-2024")).en, "in force from 2024-03-29");
        let places: Vec<_> = RegimeId::ALL
            .map(|r| r.wording().place.zh.to_string())
            .to_vec();
        assert_eq!(places, ["上海", "上海", "温州", "济宁", "上海"]);
    }
}
