//! The guided questions about the incident: 1. the regime (the first screen, in the
//! app's own wasm), 2. what happened, 3. the facts that set the points, 4. the dates.

use chrono::Datelike;
use leptos::prelude::*;

use super::{asked, edit_asked, info_of, Question, FACTS};
use crate::app::fields::{Check, Input, Note};
use crate::app::i18n::{say, say_with, tr};
use crate::app::incidents::words::{self, cite_en, first_article};
use crate::app::incidents::ItemPicker;
use crate::app::picker::{in_force, title};
use crate::app::{ctx, Ctx};
use crate::exchange::draft::{Field, IncidentDraft};
use crate::exchange::search::Examples;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::{RegimeId, Text};

/// 1. The regime, the one in force today suggested.
#[component]
pub(super) fn RegimeStep() -> impl IntoView {
    let Ctx {
        draft, computed, ..
    } = ctx();
    let today = computed.with_untracked(|c| c.today);
    let options = RegimeId::ALL
        .into_iter()
        .filter(|r| r.info().counting != Counting::Fines)
        .map(|regime| {
            let info = regime.info();
            let id = format!("guide-regime-{}", info.id);
            let for_id = id.clone();
            let now = info.in_force_on(today).then(|| view! { " " <span class="badge">{tr("现行", "in force today")}</span> });
            view! {
                <label class="regime-card" for=for_id class:selected=move || draft.with(|d| d.regime == info.id)>
                    <input type="radio" id=id name="guide-regime" value=info.id
                        prop:checked=move || draft.with(|d| d.regime == info.id)
                        on:change=move |_| draft.update(|d| d.regime = info.id.to_string())/>
                    <span class="regime-text">
                        <span class="regime-doc">{info.document} {now}</span>
                        <span class="regime-title">{say(title(info))}</span>
                        <span class="regime-meta">{say(in_force(info))}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    let offered: Vec<&RegimeInfo> = RegimeId::ALL
        .into_iter()
        .map(RegimeId::info)
        .filter(|info| info.counting != Counting::Fines)
        .collect();
    view! {
        <Question
            text=tr("您适用哪一份文件？", "Which document applies to you?")
            hint=say(which_document(&offered))
        />
        <fieldset class="regime-cards">
            <legend class="visually-hidden">{tr("记分制度", "Regime")}</legend>
            {options}
        </fieldset>
        // A physician elsewhere must not take these rules for theirs.
        <p class="hint">{say(only_these())}</p>
    }
}

/// That the calculator holds only the documents offered, and where the one it holds but
/// does not offer here (one that fines rather than scores points) is found.
fn only_these() -> Text {
    let fines: Vec<&str> = RegimeId::ALL
        .into_iter()
        .map(RegimeId::info)
        .filter(|info| info.counting == Counting::Fines)
        .map(|info| info.document)
        .collect();
    let fines = fines.join("、");
    Text::new(
        format!("本计算器只收录以上地方文件（{fines}不记分，见完整编辑器）。告知书引用的是其他地区或国家层面的文件的，期限和档次可能不同，以该文件为准。"),
        format!("Only the local documents above are included ({fines} scores no points: see the full editor). If your notice cites another region's or a national document, its deadlines and bands may differ: that document prevails."),
    )
}

/// How to tell which document applies: the one the notice cites, and where one
/// document of a place replaced another, which acts fall under each (上海: from
/// 2025-03-31 沪医保规〔2025〕3号, before it 〔2023〕4号), from their dates in force.
fn which_document(offered: &[&RegimeInfo]) -> Text {
    let lead = Text::fixed(
        "看告知书或决定书引用的文件。",
        "See the document your notice or decision cites. ",
    );
    let replaced = offered.iter().find_map(|newer| {
        let older = offered.iter().find(|older| {
            older.wording().place == newer.wording().place
                && older.in_force_until.and_then(|d| d.succ_opt()) == Some(newer.in_force_from)
        })?;
        Some((*newer, *older))
    });
    let Some((newer, older)) = replaced else {
        return lead;
    };
    // The older one's number without the series both share (沪医保规〔2023〕4号 → 〔2023〕4号).
    let series = older
        .document
        .find('〔')
        .map_or("", |at| &older.document[..at]);
    let short = match newer.document.strip_prefix(series) {
        Some(_) => &older.document[series.len()..],
        None => older.document,
    };
    let from = newer.in_force_from;
    let (year, month, day) = (from.year(), from.month(), from.day());
    let month_en = crate::scoring::words::month_name(from.month());
    Text::new(
        format!(
            "{}{}：{year} 年 {month} 月 {day} 日起的行为适用{}，此前的适用{short}。",
            lead.zh,
            newer.wording().place.zh,
            newer.document
        ),
        format!(
            "{}{}: acts from {day} {month_en} {year} fall under {}, earlier ones under {short}.",
            lead.en,
            newer.wording().place.en,
            newer.document
        ),
    )
}

/// How to search the regime's items, with its own examples.
fn item_hint(e: &Examples) -> Text {
    Text::new(
        format!(
            "输入告知书引用的条款（如 {}、{}），或用自己的话（如 {}）。",
            e.cite, e.code, e.words
        ),
        format!(
            "Type the article your notice cites (e.g. {}, {}), or say it in your words (e.g. {}).",
            e.cite,
            e.code,
            e.words.replace('、', ", ")
        ),
    )
}

/// 2. What happened: the item, searched as people cite it.
#[component]
pub(super) fn ItemStep() -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let regime = Signal::derive(move || draft.with(|d| d.regime_id()).unwrap_or(RegimeId::FIRST));
    let chosen = Signal::derive(move || {
        draft.with(|d| {
            asked(d)
                .and_then(|i| i.items.first().cloned())
                .unwrap_or_default()
        })
    });
    let choose = Callback::new(move |code: String| {
        edit_asked(|i| {
            if i.items.is_empty() {
                i.items.push(String::new());
            }
            i.items[0] = code;
        })
    });
    let hint = say_with(move || item_hint(&crate::exchange::search::examples(regime.get())));
    view! {
        <Question text=tr("发生了什么？", "What happened?") hint/>
        <ItemPicker id="guide".into() regime chosen choose label=tr("违规条目", "Violated item") required=true/>
    }
}

/// The degrees of responsibility, each with what it means (沪2025 第十二条).
const RESPONSIBILITIES: [(&str, Text, Text); 3] = [
    (
        "general",
        Text::fixed("一般责任", "General"),
        Text::fixed(
            "在职责范围内不履行或不正确履行职责，对负面情形的发生起配合作用",
            "failing in your duties, you played a supporting part",
        ),
    ),
    (
        "important",
        Text::fixed("重要责任", "Important"),
        Text::fixed("起主动作用", "you played an active part"),
    ),
    (
        "primary",
        Text::fixed("主要责任", "Primary"),
        Text::fixed("起决定作用", "you played the deciding part"),
    ),
];

/// What the responsibility question says under it: the degrees are defined by the
/// first article the regime cites for them (沪2025 第十二条), the order within a tier is
/// set by the last (第十三条 "应按对应记分档次内从低到高记分").
fn responsibility_hint(info: &RegimeInfo) -> Text {
    let defined = first_article(info.responsibility_cite);
    let ordered = info
        .responsibility_cite
        .rsplit('、')
        .next()
        .unwrap_or(defined);
    Text::new(
        format!("{ordered}：一般、重要、主要责任在同一档次内从低到高记分（责任程度见{defined}）。"),
        format!(
            "{}: general, important and primary responsibility take the tier's values from low to high (the degrees: {}).",
            cite_en(ordered),
            cite_en(defined)
        ),
    )
}

/// 3. The facts that set the points: the responsibility where the regime scores by it
/// (沪2025); else the boxes it uses: 沪2023 性质恶劣 and fraud, 温州 情节严重, 沪2020
/// 情节严重.
#[component]
pub(super) fn FactsStep() -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let info = draft.with_untracked(info_of);
    let flag = move |f: fn(&IncidentDraft) -> bool| {
        Signal::derive(move || draft.with(|d| asked(d).is_some_and(f)))
    };
    let set_flag = move |f: fn(&mut IncidentDraft, bool)| {
        Callback::new(move |v: bool| edit_asked(|i| f(i, v)))
    };
    if info.uses(Field::Responsibility) {
        let options = RESPONSIBILITIES
            .into_iter()
            .map(|(value, label, meaning)| {
                let id = format!("guide-responsibility-{value}");
                let for_id = id.clone();
                view! {
                    <label class="radio big" for=for_id>
                        <input type="radio" id=id name="guide-responsibility" value=value
                            prop:checked=move || draft.with(|d| asked(d).is_some_and(|i| i.responsibility == value))
                            on:change=move |_| edit_asked(|i| i.responsibility = value.to_string())/>
                        <span><strong>{say(label)}</strong><br/><small>{say(meaning)}</small></span>
                    </label>
                }
            })
            .collect_view();
        return view! {
            <Question
                text=tr("告知书认定您负什么责任？", "What responsibility does the notice find?")
                hint=say(responsibility_hint(info))
            />
            <fieldset class="radios stacked">
                <legend class="visually-hidden">{tr("责任程度", "Responsibility")}</legend>
                {options}
            </fieldset>
        }
        .into_any();
    }
    let checks = FACTS
        .into_iter()
        .filter(|f| info.uses(*f))
        .map(|field| match field {
            Field::Fraud => view! {
                <Check id="guide-fraud".into() label=say(words::FRAUD_LABEL)
                    checked=flag(|i| i.fraud) set=set_flag(|i, v| i.fraud = v)/>
            }
            .into_any(),
            Field::Serious => view! {
                <Check id="guide-serious".into() label=say(words::SERIOUS_LABEL)
                    checked=flag(|i| i.serious) set=set_flag(|i, v| i.serious = v)/>
            }
            .into_any(),
            _ => view! {
                <Check id="guide-severe".into() label=say(words::severe_label(info))
                    checked=flag(|i| i.severe) set=set_flag(|i, v| i.severe = v)/>
            }
            .into_any(),
        })
        .collect_view();
    view! {
        <Question text=tr("情节如何？", "How serious was it?") hint=tr("不适用的不勾选。", "Leave unticked what does not apply.")/>
        {checks}
    }
    .into_any()
}

/// 4. The dates: where the decision follows the notice, the notice alone is enough.
#[component]
pub(super) fn DatesStep(
    /// Whether the person said the final decision has come too (the guide then asks its
    /// date before going on).
    decision_said: RwSignal<bool>,
) -> impl IntoView {
    let Ctx { draft, .. } = ctx();
    let info = draft.with_untracked(info_of);
    let text = move |f: fn(&IncidentDraft) -> String| {
        Signal::derive(move || draft.with(|d| asked(d).map(f).unwrap_or_default()))
    };
    let set = move |f: fn(&mut IncidentDraft, String)| {
        Callback::new(move |v: String| edit_asked(|i| f(i, v)))
    };
    let none = Signal::derive(Vec::<Note>::new);
    // As in the editor: a decision before its notice is most likely a date in the wrong
    // field, and would give an objection deadline after the decision.
    let order = Signal::derive(move || {
        draft.with(|d| {
            let day = crate::calendar::parse_day;
            let dates = asked(d).map(|i| (day(&i.decided_on), day(&i.notified_on)));
            match dates {
                Some((Some(decided), Some(notified))) => {
                    words::date_order_note(info, decided, notified, None)
                        .map(|text| Note { error: false, text })
                        .into_iter()
                        .collect()
                }
                _ => Vec::new(),
            }
        })
    });
    if info.pending_decisions() {
        let has_decision = decision_said;
        view! {
            <Question
                text=tr("您收到了什么？", "What have you received?")
                hint=tr("只有告知书也能算：提出异议的期限和预计的决定日期随即算出。", "The notice alone is enough: the objection deadline and the expected decision follow from it.")
            />
            <fieldset class="radios stacked">
                <legend class="visually-hidden">{tr("收到的文书", "What you received")}</legend>
                <label class="radio big" for="guide-got-notice">
                    <input type="radio" id="guide-got-notice" name="guide-got" prop:checked=move || !has_decision.get()
                        on:change=move |_| { has_decision.set(false); edit_asked(|i| i.decided_on.clear()); }/>
                    <span>{tr("只收到记分告知（尚未作出最终决定）", "Only the notice of the proposed points (no final decision yet)")}</span>
                </label>
                <label class="radio big" for="guide-got-decision">
                    <input type="radio" id="guide-got-decision" name="guide-got" prop:checked=move || has_decision.get()
                        on:change=move |_| has_decision.set(true)/>
                    <span>{tr("已经收到最终决定", "The final decision too")}</span>
                </label>
            </fieldset>
            <Input id="guide-notified_on".into() label=tr("收到告知的日期", "Notice received on") kind="date"
                value=text(|i| i.notified_on.clone()) set=set(|i, v| i.notified_on = v) notes=none/>
            {move || has_decision.get().then(|| view! {
                <Input id="guide-decided_on".into() label=tr("最终决定的日期", "Decision made on") kind="date" required=true
                    value=text(|i| i.decided_on.clone()) set=set(|i, v| i.decided_on = v) notes=order/>
            })}
        }
        .into_any()
    } else {
        view! {
            <Question
                text=tr("决定是哪天作出的？", "When was the decision made?")
                hint=tr("扣分处理决定的日期；收到书面通知的日期用于计算提出异议的期限。尚未作出决定的，可填一个设想的日期，看决定后会怎样。", "The day of the deduction decision; the day you received the written notice starts the objection period. No decision yet? Enter a date you suppose, to see what would follow.")
            />
            <Input id="guide-decided_on".into() label=tr("扣分处理决定日期", "Decision made on") kind="date" required=true
                value=text(|i| i.decided_on.clone()) set=set(|i, v| i.decided_on = v) notes=order/>
            <Input id="guide-notified_on".into() label=tr("收到书面通知的日期（可不填）", "Written notice received on (optional)") kind="date"
                value=text(|i| i.notified_on.clone()) set=set(|i, v| i.notified_on = v) notes=none/>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document not offered is named by its own number, as the regime's file has it
    /// (the words once typed a nickname, 沪2020, found in no document).
    #[test]
    fn the_first_question_names_the_document_it_leaves_out_by_its_number() {
        assert_eq!(
            only_these(),
            Text::fixed(
                "本计算器只收录以上地方文件（上海市人民政府令第31号不记分，见完整编辑器）。告知书引用的是其他地区或国家层面的文件的，期限和档次可能不同，以该文件为准。",
                "Only the local documents above are included (上海市人民政府令第31号 scores no points: see the full editor). If your notice cites another region's or a national document, its deadlines and bands may differ: that document prevails.",
            )
        );
    }

    /// The same words as when they were typed: from the two Shanghai documents' dates.
    #[test]
    fn the_first_question_says_which_shanghai_document_applies_from_their_dates() {
        let offered: Vec<&RegimeInfo> = RegimeId::ALL
            .into_iter()
            .map(RegimeId::info)
            .filter(|info| info.counting != Counting::Fines)
            .collect();
        assert_eq!(
            which_document(&offered),
            Text::fixed(
                "看告知书或决定书引用的文件。上海：2025 年 3 月 31 日起的行为适用沪医保规〔2025〕3号，此前的适用〔2023〕4号。",
                "See the document your notice or decision cites. Shanghai: acts from 31 March 2025 fall under 沪医保规〔2025〕3号, earlier ones under 〔2023〕4号.",
            )
        );
    }

    #[test]
    fn the_questions_cite_the_regimes_own_articles_and_examples() {
        let sh2025 = RegimeId::parse("shanghai-2025").unwrap();
        assert_eq!(
            responsibility_hint(sh2025.info()),
            Text::fixed(
                "第十三条：一般、重要、主要责任在同一档次内从低到高记分（责任程度见第十二条）。",
                "Art. 13: general, important and primary responsibility take the tier's values from low to high (the degrees: Art. 12)."
            )
        );
        let hint = item_hint(&crate::exchange::search::examples(sh2025));
        assert_eq!(
            hint.zh,
            "输入告知书引用的条款（如 第十三条（二）、13.2），或用自己的话（如 冒名、骗保、带量采购）。"
        );
        assert!(
            hint.en.ends_with("(e.g. 冒名, 骗保, 带量采购)."),
            "{}",
            hint.en
        );
    }
}
