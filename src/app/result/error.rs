//! A case the core cannot compute: its message, where it points in words (事件 2 的记分
//! 决定日期, never a JSON path), and a way to get there.

use leptos::prelude::*;

use crate::app::ctx;
use crate::app::i18n::{say, tr, Lang};
use crate::exchange::draft::{Place, Prepared};
use crate::scoring::error::Style;
use crate::scoring::text::Text;
use crate::scoring::CaseError;

/// A field of the form by its key, as the error's place names it.
fn field_words(field: &str) -> Text {
    let (zh, en) = match field {
        "decided_on" => ("记分决定日期", "decision date"),
        "occurred_on" => ("违规行为发生日期", "date of the act"),
        "notified_on" => ("收到告知的日期", "notice date"),
        "objection_filed_on" => ("提出异议的日期", "objection date"),
        "item" | "items" => ("违规条目", "item"),
        "points" => ("分值", "points"),
        "months" => ("处理期限", "duration"),
        "responsibility" => ("责任程度", "responsibility"),
        "adjustment" => ("从轻或从重", "adjustment"),
        "amount_yuan" => ("骗取金额", "amount"),
        "id" => ("编号", "id"),
        "as_of" => ("查询日期", "standing date"),
        "agreement_start" => ("服务协议起始日", "agreement start"),
        "birth_date" => ("出生日期", "date of birth"),
        "agreement_end" => ("服务协议期满日", "agreement end"),
        "period" => ("年度", "period"),
        "on" => ("日期", "date"),
        "kind" => ("方式", "kind"),
        _ => ("该项", "this field"),
    };
    Text::fixed(zh, en)
}

/// Where an error of the core points, as words: `事件 1 的分值`; empty for no place.
pub fn place_text(place: &Place) -> Text {
    match place {
        Place::Incident { row, field } => {
            let f = field_words(field);
            Text::new(
                format!("事件 {} 的{}", row + 1, f.zh),
                format!("incident {}, {}", row + 1, f.en),
            )
        }
        Place::Repair { row, field } => {
            let f = field_words(field);
            Text::new(
                format!("第 {} 次记分修复的{}", row + 1, f.zh),
                format!("repair {}, {}", row + 1, f.en),
            )
        }
        Place::History { row, field } => {
            let f = field_words(field);
            Text::new(
                format!("此前年度第 {} 行的{}", row + 1, f.zh),
                format!("earlier year {}, {}", row + 1, f.en),
            )
        }
        Place::Resumption { row, .. } => Text::new(
            format!("第 {} 次资格恢复申请的日期", row + 1),
            format!("request to resume {}, date", row + 1),
        ),
        Place::Restoration { row, .. } => Text::new(
            format!("第 {} 次恢复资格的日期", row + 1),
            format!("restoration {}, date", row + 1),
        ),
        Place::Case(field) => field_words(field),
        Place::Nowhere => Text::default(),
    }
}

/// Transitional, for callers that still pick a language by hand (`keep.rs`): the
/// [`place_text`] in `lang`. To delete once they use [`place_text`].
pub fn place_words(lang: Lang, place: &Place) -> String {
    place_text(place).get(lang).to_string()
}

/// The element id of a field, for moving the focus to it.
fn element_id(place: &Place) -> Option<String> {
    let draft = ctx().draft;
    match place {
        Place::Incident { row, field } => {
            let key = draft.with_untracked(|d| d.incidents.get(*row).map(|i| i.key))?;
            let field = match field.as_str() {
                "item" | "items" => "search",
                "responsibility" => "responsibility-general",
                f => f,
            };
            Some(format!("incident-{key}-{field}"))
        }
        Place::Repair { row, field } => draft.with_untracked(|d| {
            d.repairs.get(*row).map(|r| {
                format!(
                    "repair-{}-{}",
                    r.key,
                    if field.is_empty() { "kind" } else { field }
                )
            })
        }),
        Place::History { row, field } => draft.with_untracked(|d| {
            d.history
                .get(*row)
                .map(|h| format!("history-{}-{}", h.key, field))
        }),
        Place::Resumption { row, .. } => draft.with_untracked(|d| {
            d.resumption_requests
                .get(*row)
                .map(|r| format!("resumption-{}-on", r.key))
        }),
        Place::Restoration { row, .. } => draft.with_untracked(|d| {
            d.restorations
                .get(*row)
                .map(|r| format!("restoration-{}-on", r.key))
        }),
        Place::Case(field) => Some(field.replace('_', "-")),
        Place::Nowhere => None,
    }
}

/// A case the core cannot compute: the message, where, and a way to get there.
#[component]
pub fn ErrorCard(
    /// The core's error.
    error: CaseError,
    /// The case it is about, with the form's rows its entries came from.
    prepared: Prepared,
) -> impl IntoView {
    let place = crate::exchange::draft::place(&error.path, &prepared);
    let words = place_text(&place);
    let target = element_id(&place);
    view! {
        <section class="card error-card" role="alert">
            <h2>{tr("暂时无法计算", "Cannot compute yet")}</h2>
            <p>{say(error.text(Style::Form))}</p>
            {(!words.is_empty()).then(|| view! { <p class="where">{tr("位置：", "Where: ")}{say(words)}</p> })}
            {target.map(|id| view! {
                <button type="button" class="secondary" on:click=move |_| crate::app::incidents::focus_later(id.clone())>
                    {tr("转到该处修改", "Go to the field")}
                </button>
            })}
            <p class="hint">{tr("已填写的内容都已保留，改正这一处即可。", "Everything entered is kept: correct this one thing.")}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_said_in_words_in_both_languages() {
        let place = Place::Incident {
            row: 0,
            field: "points".into(),
        };
        assert_eq!(place_text(&place).zh, "事件 1 的分值");
        assert_eq!(place_text(&place).en, "incident 1, points");
        assert_eq!(place_words(Lang::En, &place), "incident 1, points");
        assert!(place_text(&Place::Nowhere).is_empty());
        assert_eq!(place_text(&Place::Case("as_of".into())).zh, "查询日期");
    }
}
