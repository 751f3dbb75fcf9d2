//! One incident's card, in parts: its head (number, label, moves), the choice between an
//! item and an earlier decision's points, the dates, the responsibility (沪2025), the
//! facts, the further details, and what the incident scores.

use leptos::prelude::*;

use super::item::ItemField;
use super::outcome::IncidentOutcome;
use super::words::{self, DateFields};
use super::{ctx, edit, focus_later};
use crate::app::fields::{notes_at, Check, Choice, Input, Note, Notes};
use crate::app::i18n::{lang, say, say_with, tr, Lang};
use crate::app::law::Cite;
use crate::exchange::draft::{Field, IncidentDraft, Place};
use crate::scoring::outcome::DeadlineKind;
use crate::scoring::regimes::{Counting, RegimeInfo};
use crate::scoring::{RegimeId, Text};

/// What every part of a card reads and writes: the incident, its row and its regime.
#[derive(Clone, Copy)]
pub(super) struct Card {
    /// The incident's stable key.
    pub key: u32,
    /// Its position in the list, kept current as rows move.
    pub row: ReadSignal<usize>,
    /// The incident as typed.
    pub incident: Memo<IncidentDraft>,
    /// The case's regime.
    pub regime: Memo<RegimeId>,
}

impl Card {
    /// The id of one of the card's elements: `incident-{key}-{field}`.
    pub fn id(self, field: &str) -> String {
        format!("incident-{}-{field}", self.key)
    }

    /// The regime's data (tracked: a part drawn from it is drawn again when it changes).
    pub fn info(self) -> &'static RegimeInfo {
        self.regime.get().info()
    }

    /// Whether the regime uses the field.
    fn shows(self, field: Field) -> bool {
        self.info().uses(field)
    }

    /// The regime's hint under a field of its own (see `Wording::field_hints`).
    fn hint(self, field: Field) -> Text {
        self.regime
            .get_untracked()
            .info()
            .field_hint(field)
            .cloned()
            .unwrap_or_default()
    }

    /// A text field of the incident.
    fn text(self, f: fn(&IncidentDraft) -> String) -> Signal<String> {
        Signal::derive(move || self.incident.with(f))
    }

    /// A box of the incident.
    fn flag(self, f: fn(&IncidentDraft) -> bool) -> Signal<bool> {
        Signal::derive(move || self.incident.with(f))
    }

    /// Writes a text field of the incident.
    fn set_text(self, f: fn(&mut IncidentDraft, String)) -> Callback<String> {
        Callback::new(move |v: String| edit(self.key, |i| f(i, v)))
    }

    /// Writes a box of the incident.
    fn set_flag(self, f: fn(&mut IncidentDraft, bool)) -> Callback<bool> {
        Callback::new(move |v: bool| edit(self.key, |i| f(i, v)))
    }

    /// The core's errors and warnings about one of the incident's fields.
    pub fn notes(self, field: &'static str) -> Signal<Vec<Note>> {
        let computed = ctx().computed;
        Signal::derive(move || {
            computed.with(|c| {
                notes_at(
                    c,
                    &Place::Incident {
                        row: self.row.get(),
                        field: field.into(),
                    },
                )
            })
        })
    }

    /// The note on the incident's dates in the wrong order, if they are (see
    /// [`words::date_order_note`]), with the objection's deadline when it is computed.
    fn date_order_note(self) -> Option<Text> {
        let day = crate::calendar::parse_day;
        let (decided, notified) = self
            .incident
            .with(|i| (day(&i.decided_on), day(&i.notified_on)));
        let (decided, notified) = (decided?, notified?);
        let objection_due = ctx().computed.with(|c| {
            let index = c.prepared.rows.iter().position(|&r| r == self.row.get())?;
            let result = c.outcome.as_ref().ok()?;
            let id = &result.incidents.get(index)?.id;
            result
                .deadlines
                .iter()
                .find(|d| d.kind == DeadlineKind::Objection && d.incident.as_ref() == Some(id))
                .map(|d| d.due)
        });
        words::date_order_note(self.info(), decided, notified, objection_due)
    }
}

/// One incident.
#[component]
pub(super) fn IncidentCard(
    /// The incident's position in the list, kept current as rows move.
    row: ReadSignal<usize>,
    /// The incident's stable key.
    key: u32,
    /// Where a deleted incident waits for an undo.
    removed: RwSignal<Option<(usize, IncidentDraft)>>,
) -> impl IntoView {
    let draft = ctx().draft;
    let incident = Memo::new(move |_| {
        draft
            .with(|d| d.incidents.iter().find(|i| i.key == key).cloned())
            .unwrap_or_default()
    });
    let regime = Memo::new(move |_| draft.with(|d| d.regime_id()).unwrap_or(RegimeId::FIRST));
    let card = Card {
        key,
        row,
        incident,
        regime,
    };
    // An earlier decision remembered by its points alone: the item is set aside (and
    // comes back when the box is unticked).
    let by_points = RwSignal::new(incident.with_untracked(IncidentDraft::by_points));
    view! {
        <article class="incident" aria-labelledby=card.id("title")>
            <CardHead card removed/>
            <Notes id=card.id("id-notes") notes=card.notes("id")/>
            <PointsOnly card by_points/>
            {move || if by_points.get() {
                view! {
                    <Input id=card.id("points") label=tr("该次记（扣）分值", "Points of that decision") kind="number" required=true
                        value=card.text(|i| i.points.clone()) set=card.set_text(|i, v| i.points = v) notes=card.notes("points")
                        hint=tr("1 至 12 分", "1 to 12 points")/>
                }.into_any()
            } else {
                view! { <ItemField key incident regime notes=card.notes("item") items_notes=card.notes("items")/> }.into_any()
            }}
            <Dates card by_points/>
            <div class="grid" hidden=move || by_points.get()>
                <Input id=card.id("occurred_on") label=tr("违规行为发生日期", "Date of the act") kind="date"
                    value=card.text(|i| i.occurred_on.clone()) set=card.set_text(|i, v| i.occurred_on = v)
                    notes=card.notes("occurred_on")
                    hint=tr("用于判断适用哪一文件；可不填", "Tells which document applies; optional")/>
            </div>
            {move || (card.shows(Field::Responsibility) && !by_points.get()).then(|| view! { <Tier card/> })}
            <Facts card by_points/>
            <Details card by_points/>
            <Further card/>
            <IncidentOutcome card/>
        </article>
    }
}

/// The card's head: its number, its label, and moving, copying and deleting it.
#[component]
fn CardHead(
    card: Card,
    /// Where a deleted incident waits for an undo.
    removed: RwSignal<Option<(usize, IncidentDraft)>>,
) -> impl IntoView {
    let draft = ctx().draft;
    let Card {
        key, row, incident, ..
    } = card;
    let count = Memo::new(move |_| draft.with(|d| d.incidents.len()));
    let move_by = move |delta: isize| {
        let to = row.get_untracked() as isize + delta;
        draft.update(|d| {
            if to >= 0 && (to as usize) < d.incidents.len() {
                d.incidents.swap(row.get_untracked(), to as usize);
            }
        });
        focus_later(card.id(if delta < 0 { "up" } else { "down" }));
    };
    let duplicate = move |_| {
        let mut new_key = 0;
        draft.update(|d| {
            let mut copy = incident.get_untracked();
            copy.key = d.take_key();
            copy.id = d.fresh_id();
            new_key = copy.key;
            d.incidents.insert(row.get_untracked() + 1, copy);
        });
        focus_later(format!("incident-{new_key}-search"));
    };
    let delete = move |_| {
        let at = row.get_untracked();
        removed.set(Some((at, incident.get_untracked())));
        draft.update(|d| d.incidents.retain(|i| i.key != key));
    };
    // "事件 2", and what each button does to it.
    let named = move |zh: &'static str, en: &'static str| {
        say_with(move || {
            let n = row.get() + 1;
            Text::new(format!("{zh}事件 {n}"), format!("{en} {n}"))
        })
    };
    let moved = move |zh: &'static str, en: &'static str| {
        say_with(move || {
            let n = row.get() + 1;
            Text::new(format!("{zh}事件 {n}"), format!("Move incident {n} {en}"))
        })
    };
    view! {
        <header class="incident-head">
            <h3 id=card.id("title")>{named("", "Incident")}</h3>
            <div class="incident-id">
                <label for=card.id("id")>{tr("编号", "Label")}</label>
                <input id=card.id("id") type="text" size="4" prop:value=card.text(|i| i.id.clone())
                    aria-describedby=card.id("id-notes")
                    on:input=move |ev| edit(key, |i| i.id = event_target_value(&ev))/>
            </div>
            <div class="actions">
                <button type="button" class="icon" id=card.id("up") disabled=move || row.get() == 0
                    aria-label=moved("上移", "up")
                    on:click=move |_| move_by(-1)>"↑"</button>
                <button type="button" class="icon" id=card.id("down") disabled=move || { row.get() + 1 >= count.get() }
                    aria-label=moved("下移", "down")
                    on:click=move |_| move_by(1)>"↓"</button>
                <button type="button" class="icon" on:click=duplicate
                    aria-label=named("复制", "Duplicate incident")>{tr("复制", "Duplicate")}</button>
                <button type="button" class="icon danger" on:click=delete
                    aria-label=named("删除", "Delete incident")>"✕"</button>
            </div>
        </header>
    }
}

/// The box for an earlier decision known by its points alone (not where nothing is
/// scored in points): ticked, the item is set aside, and comes back when unticked.
#[component]
fn PointsOnly(card: Card, by_points: RwSignal<bool>) -> impl IntoView {
    let set_aside: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let set = Callback::new(move |on: bool| {
        by_points.set(on);
        edit(card.key, |i| {
            if on {
                set_aside.set(std::mem::replace(&mut i.items, vec![String::new()]));
            } else {
                let kept = set_aside.get_untracked();
                if !kept.is_empty() {
                    i.items = kept;
                }
                i.points.clear();
            }
        });
    });
    move || {
        (card.info().counting != Counting::Fines).then(|| view! {
            <Check id=card.id("points-only") label=tr("记不清条目，只知道分值（既往的记分）", "I only know the points (an earlier decision)")
                checked=Signal::derive(move || by_points.get())
                set
                hint=tr("如“今年此前已记 3 分”：填分值和大致的决定日期即可", "Such as “3 points earlier this year”: the points and the rough decision date are enough")/>
        })
    }
}

/// The dates of the notice and of the decision, named as the regime's document names
/// them, in the order of its procedure ([`words::date_fields`]).
#[component]
fn Dates(card: Card, by_points: RwSignal<bool>) -> impl IntoView {
    let core_notes = card.notes("decided_on");
    // The decision's day against the notice's: the core accepts both, but a decision
    // before its notice, or inside the objection period, is most likely a date typed in
    // the wrong field.
    let decided_notes = Signal::derive(move || {
        let mut list = core_notes.get();
        if let Some(text) = card.date_order_note() {
            list.push(Note { error: false, text });
        }
        list
    });
    move || {
        let info = card.info();
        let notice = view! {
            <Input id=card.id("notified_on") label=say(info.wording().form.notice_on.clone()) kind="date"
                value=card.text(|i| i.notified_on.clone()) set=card.set_text(|i, v| i.notified_on = v) notes=card.notes("notified_on")
                hint=say(info.wording().form.notice_hint.clone())/>
        };
        let decision = view! {
            <Input id=card.id("decided_on") label=say(info.wording().form.decision_on.clone()) kind="date" required=!info.pending_decisions()
                value=card.text(|i| i.decided_on.clone()) set=card.set_text(|i, v| i.decided_on = v)
                notes=decided_notes hint=say(info.wording().form.decision_hint.clone())/>
        };
        match words::date_fields(info, by_points.get()) {
            DateFields::DecisionOnly => view! { <div class="grid">{decision}</div> }.into_any(),
            DateFields::NoticeFirst => {
                view! { <div class="grid">{notice}{decision}</div> }.into_any()
            }
            DateFields::DecisionFirst => {
                view! { <div class="grid">{decision}{notice}</div> }.into_any()
            }
        }
    }
}

/// The responsibility, and the office's adjustment and points (沪2025 第十二条、第十三条).
#[component]
fn Tier(card: Card) -> impl IntoView {
    let adjustments: Vec<(&'static str, TextProp)> = vec![
        ("none", tr("不调整", "No adjustment").into()),
        ("lighter", tr("同档从轻", "Lighter, same tier").into()),
        ("lower_tier", tr("减轻一档", "One tier lower").into()),
        ("heavier", tr("同档从重", "Heavier, same tier").into()),
        ("higher_tier", tr("加重一档", "One tier higher").into()),
    ];
    view! {
        <Responsibility card notes=card.notes("responsibility")/>
        <div class="grid">
            <Choice id=card.id("adjustment") label=tr("从轻或从重", "Lighter or heavier")
                options=adjustments
                value=Signal::derive(move || card.incident.with(|i| if i.adjustment.is_empty() { "none".into() } else { i.adjustment.clone() }))
                set=card.set_text(|i, v| i.adjustment = v) notes=card.notes("adjustment")
                hint=say(card.hint(Field::Adjustment))/>
            <Input id=card.id("points") label=tr("经办机构确定的分值", "Points set by the agency") kind="number"
                value=card.text(|i| i.points.clone()) set=card.set_text(|i, v| i.points = v) notes=card.notes("points")
                hint=tr("可不填：默认按责任程度取值；填写时须在法定范围内", "Optional: by default the value for the responsibility; must lie in the lawful range")/>
        </div>
    }
}

/// The three degrees of responsibility, under the article that sets them (沪2025 第十二条).
#[component]
fn Responsibility(card: Card, #[prop(into)] notes: Signal<Vec<Note>>) -> impl IntoView {
    let lang = lang();
    let regime = card.regime.get_untracked();
    let options = [
        (
            "general",
            Text::fixed("一般责任", "General"),
            Text::fixed("起配合作用", "supporting"),
        ),
        (
            "important",
            Text::fixed("重要责任", "Important"),
            Text::fixed("起主动作用", "active"),
        ),
        (
            "primary",
            Text::fixed("主要责任", "Primary"),
            Text::fixed("起决定作用", "decisive"),
        ),
    ];
    let name = card.id("responsibility");
    let note_id = format!("{name}-notes");
    let radios = options
        .into_iter()
        .map(|(value, label, role)| {
            let id = format!("{name}-{value}");
            let for_id = id.clone();
            let role = move || match lang.get() {
                Lang::Zh => format!("（{}）", role.zh),
                Lang::En => format!(" ({})", role.en),
            };
            view! {
                <label class="radio" for=for_id>
                    <input type="radio" id=id name=name.clone() value=value
                        prop:checked=move || card.incident.with(|i| i.responsibility == value)
                        on:change=move |_| edit(card.key, |i| i.responsibility = value.to_string())/>
                    <span>{say(label)} <small>{role}</small></span>
                </label>
            }
        })
        .collect_view();
    let cite = words::first_article(regime.info().responsibility_cite);
    let described = note_id.clone();
    view! {
        <fieldset class="field responsibility" aria-describedby=described>
            <legend>{tr("责任程度", "Responsibility")} " " <Cite regime cite/></legend>
            <div class="radios">{radios}</div>
            <Notes id=note_id notes/>
        </fieldset>
    }
}

/// The facts that raise the points or the penalty, where the regime has them: the act
/// egregious or severe, done to defraud the fund (沪2023), a serious violation (温州).
#[component]
fn Facts(card: Card, by_points: RwSignal<bool>) -> impl IntoView {
    move || {
        let info = card.info();
        let asked = [Field::Severe, Field::Fraud, Field::Serious]
            .into_iter()
            .any(|f| info.uses(f));
        (asked && !by_points.get()).then(|| {
            view! {
                <div class="checks">
                    {info.uses(Field::Severe).then(|| view! {
                        <Check id=card.id("severe") label=say(words::severe_label(info))
                            checked=card.flag(|i| i.severe) set=card.set_flag(|i, v| i.severe = v)/>
                    })}
                    {info.uses(Field::Fraud).then(|| view! {
                        <Check id=card.id("fraud") label=say(words::FRAUD_LABEL)
                            checked=card.flag(|i| i.fraud) set=card.set_flag(|i, v| i.fraud = v)
                            hint=say(card.hint(Field::Fraud))/>
                    })}
                    {info.uses(Field::Serious).then(|| view! {
                        <Check id=card.id("serious") label=say(words::SERIOUS_LABEL)
                            checked=card.flag(|i| i.serious) set=card.set_flag(|i, v| i.serious = v)
                            hint=say(card.hint(Field::Serious))/>
                    })}
                </div>
            }
        })
    }
}

/// The details the regime asks of an incident: the inspection (沪2023), the amount
/// obtained and the months of a measure the office chooses, the objection, and the bar's
/// years (济宁).
#[component]
fn Details(card: Card, by_points: RwSignal<bool>) -> impl IntoView {
    let asks_amount =
        Memo::new(move |_| card.incident.with(|i| words::asks_amount(card.info(), i)));
    let asks_months =
        Memo::new(move |_| card.incident.with(|i| words::asks_months(card.info(), i)));
    view! {
        <div class="grid">
            {move || card.shows(Field::Inspection).then(|| view! {
                <Input id=card.id("inspection") label=tr("监督检查（同一次检查填相同名称）", "Inspection (same name for the same inspection)")
                    value=card.text(|i| i.inspection.clone()) set=card.set_text(|i, v| i.inspection = v) notes=card.notes("inspection")
                    hint=say(card.hint(Field::Inspection))/>
            })}
            {move || asks_amount.get().then(|| view! {
                <Input id=card.id("amount_yuan") label=tr("骗取金额（元）", "Amount obtained (yuan)") kind="number" required=true
                    value=card.text(|i| i.amount_yuan.clone()) set=card.set_text(|i, v| i.amount_yuan = v) notes=card.notes("amount_yuan")/>
            })}
            {move || asks_months.get().then(|| {
                let hint = words::months_hint(card.info()).unwrap_or_default();
                view! {
                    <Input id=card.id("months") label=tr("处理期限（月）", "Duration chosen (months)") kind="number"
                        value=card.text(|i| i.months.clone()) set=card.set_text(|i, v| i.months = v) notes=card.notes("months")
                        hint=say(hint)/>
                }
            })}
            {move || (card.shows(Field::ObjectionFiledOn) && !by_points.get()).then(|| {
                let form = &card.info().wording().form;
                view! {
                    <Input id=card.id("objection_filed_on") label=say(form.objection_on.clone()) kind="date"
                        value=card.text(|i| i.objection_filed_on.clone()) set=card.set_text(|i, v| i.objection_filed_on = v)
                        notes=card.notes("objection_filed_on")
                        hint=say(form.objection_hint.clone())/>
                }
            })}
            {move || card.shows(Field::BarYears).then(|| {
                let hint = words::bar_years_hint(card.info()).unwrap_or_default();
                view! {
                    <Input id=card.id("bar_years") label=tr("不再签订协议的年限（年）", "Years before a new agreement") kind="number"
                        value=card.text(|i| i.bar_years.clone()) set=card.set_text(|i, v| i.bar_years = v) notes=card.notes("bar_years")
                        hint=say(hint)/>
                }
            })}
        </div>
    }
}

/// What else there is to say about the incident, folded away: the institution (where
/// the regime tells several apart) and a note.
#[component]
fn Further(card: Card) -> impl IntoView {
    view! {
        <details class="more">
            <summary>{tr("其他信息（执业机构、备注）", "More (institution, note)")}</summary>
            <div class="grid">
                {move || card.shows(Field::Site).then(|| view! {
                    <Input id=card.id("site") label=tr("执业机构（多点执业时填写）", "Institution (for several sites)")
                        value=card.text(|i| i.site.clone()) set=card.set_text(|i, v| i.site = v) notes=card.notes("site")/>
                })}
                <Input id=card.id("note") label=tr("备注", "Note")
                    value=card.text(|i| i.note.clone()) set=card.set_text(|i, v| i.note = v) notes=card.notes("note")/>
            </div>
        </details>
    }
}
