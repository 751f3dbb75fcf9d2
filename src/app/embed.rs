//! The embedded calculator: `embed.html` (`<html data-mode="embed">`, written by
//! `scripts/post-build.mjs` from the built `index.html`), for public pages that frame it.
//!
//! The answer first ([`result::AnswerPanel`]), then the case to edit, folded once it has
//! incidents, then the measures and deadlines ([`result::ResultDetails`]); one line of
//! attribution and the privacy sentence. No saved cases, no share or export buttons, and
//! no storage at all ([`keep::detached`]): the embed never reads or writes the user's
//! library, even on the calculator's own origin.
//!
//! The address: `?lang=zh|en`, `?regime=<id>` (an empty case under that regime), and
//! `#s=<scenario>` or `#c1.…` (a shared case) to pre-fill it; a new fragment set by the
//! hosting page opens its case.
//!
//! When framed, it tells the hosting page (`postMessage`, any origin) its height
//! (`{type: "jifen:height", height}`) whenever that changes, and a summary of the result
//! (`{type: "jifen:result", …}`, see [`summary`]) whenever that changes: the conclusion,
//! never the incidents. `EmbedMessage` in `src/js.d.ts` types both for page authors.
//!
//! Its language comes from `?lang=` and it has no switch: the language signal it puts in
//! the context does not change, but its words are drawn as the app's are (`i18n::tr`).
//!
//! Dependencies point one way: the embed draws `result`'s, `law`'s and the case's
//! components and uses `law::dom` to measure itself; nothing imports the embed but the
//! embed's build (`src/embedded.rs`).

use leptos::prelude::*;
use leptos::wasm_bindgen::{closure::Closure, JsCast, JsValue};
use serde_json::{json, Value};

use super::i18n::{self, tr, Lang};
use super::keep::{self, Notice};
use super::law::dom::{call, construct, rect};
use super::{case_fields, compute, incidents, law, picker, result, Computed, Ctx, Page};
use crate::exchange::draft::Draft;
use crate::scoring::outcome::Actor;
use crate::scoring::text::Text;
use crate::scoring::RegimeId;

/// The case the address asks for: the link's (`#s=`, `#c1.`), else an empty one under
/// `?regime=`, else an empty one. What cannot be opened is said.
fn opening(lang: Lang) -> (Draft, Option<Notice>) {
    let hash = window().location().hash().unwrap_or_default();
    let (empty, regime_notice) = empty_case();
    match keep::read_link(&hash, lang) {
        Some(Ok(linked)) => (linked.draft, linked.notice),
        // The embed has no scenario library to choose from: the host's link is what to
        // check.
        Some(Err(refused)) => (
            empty,
            Some(Notice {
                zh: refused.zh.replace("请从案例库中选择", "请检查嵌入的链接"),
                en: refused.en.replace(
                    "choose one from the scenario library",
                    "check the embedded link",
                ),
                ..refused
            }),
        ),
        None => (empty, regime_notice),
    }
}

/// An empty case under `?regime=<id>` (the default regime without it).
fn empty_case() -> (Draft, Option<Notice>) {
    let Some(asked) = i18n::query("regime") else {
        return (Draft::default(), None);
    };
    match RegimeId::parse(&asked) {
        Some(regime) => (
            Draft {
                regime: regime.as_str().to_string(),
                ..Draft::default()
            },
            None,
        ),
        None => {
            let known = RegimeId::ALL.map(RegimeId::as_str).join(", ");
            let notice = Notice {
                error: true,
                zh: format!("没有名为“{asked}”的记分制度（可用：{known}）：下面使用默认制度。"),
                en: format!(
                    "There is no regime “{asked}” (known: {known}): the default one is used below."
                ),
                download: None,
            };
            (Draft::default(), Some(notice))
        }
    }
}

/// Whether the page is in a frame (only then are messages posted).
fn parent() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    (!js_sys::Object::is(&parent, &window())).then_some(parent)
}

fn post(parent: &web_sys::Window, message: &Value) {
    if let Ok(value) = js_sys::JSON::parse(&message.to_string()) {
        let _ = parent.post_message(&value, "*");
    }
}

/// The `jifen:result` message: the conclusion of the case, never its incidents. Dates are
/// `YYYY-MM-DD`; `state` and `total` are the standing on `as_of`, `outlook` the standing
/// once every decision entered is made; `measures` every measure decided, with its dates;
/// `next_deadline` the first deadline due on or after `as_of`; `incidents` how many
/// incidents were counted, `waiting` how many are incomplete and left out. A case the
/// core cannot compute gives `error` (its message in the embed's language) and nulls.
pub fn summary(c: &Computed, lang: Lang, waiting: usize) -> Value {
    let regime = c.regime.as_str();
    let result = match &c.outcome {
        // Where, not what: the core's message quotes the value (a date of the case),
        // which the host must not learn.
        Err(e) => {
            let message = error_place(c, e);
            return failed(regime, waiting, e.code.as_str(), message.get(lang));
        }
        Ok(result) => result,
    };
    let status = &result.status;
    let measures: Vec<Value> = result
        .sanctions
        .iter()
        .map(|s| {
            let mut m = json!({
                "kind": s.kind.code(),
                "start": s.start.map(|d| d.to_string()),
                "projected": s.projected,
            });
            if let Some(months) = s.months {
                m["end"] = json!(months.end.to_string());
            }
            if let Some(bar) = s.bar {
                m["bar_until"] = json!(bar.bar_until.to_string());
            }
            m
        })
        .collect();
    let next_deadline = result
        .deadlines
        .iter()
        .filter(|d| d.due >= result.as_of)
        .min_by_key(|d| d.due)
        .map(|d| {
            json!({
                "kind": d.kind.code(),
                "due": d.due.to_string(),
                "actor": match d.actor {
                    Actor::Person => "person",
                    Actor::Institution => "institution",
                    Actor::Agency => "agency",
                },
                "projected": d.projected,
            })
        });
    let outlook = result.outlook.as_ref().map(|o| {
        json!({
            "on": o.on.to_string(),
            "state": o.status.state,
            "total": o.status.total,
            "remaining": o.status.remaining,
            "period": o.status.period,
        })
    });
    json!({
        "type": "jifen:result",
        "regime": regime,
        "as_of": result.as_of.to_string(),
        "state": status.state,
        "total": status.total,
        "remaining": status.remaining,
        "period": status.period,
        "outlook": outlook,
        "measures": measures,
        "next_deadline": next_deadline,
        "incidents": result.incidents.len(),
        "waiting": waiting,
        "error": null,
    })
}

/// The `jifen:result` message of a case that has no conclusion: nulls, and why.
fn failed(regime: &str, waiting: usize, code: &str, message: &str) -> Value {
    json!({
        "type": "jifen:result",
        "regime": regime,
        "as_of": null,
        "state": null,
        "total": null,
        "remaining": null,
        "period": null,
        "outlook": null,
        "measures": [],
        "next_deadline": null,
        "incidents": 0,
        "waiting": waiting,
        "error": { "code": code, "message": message },
    })
}

/// What needs correcting, by its place only ("事件 1 的分值有误"): never the value.
fn error_place(c: &Computed, e: &crate::scoring::CaseError) -> Text {
    let place = crate::exchange::draft::place(&e.path, &c.prepared);
    let words = result::place_text(&place);
    if words.is_empty() {
        Text::fixed(
            "案情有误，无法计算",
            "The case has an error and cannot be computed",
        )
    } else {
        Text::new(
            format!("{}有误，无法计算", words.zh),
            format!("The case cannot be computed: {} is wrong", words.en),
        )
    }
}

/// Posts `jifen:result` whenever the summary changes.
fn post_results(
    parent: web_sys::Window,
    computed: Memo<Computed>,
    draft: RwSignal<Draft>,
    keep: keep::Keep,
    lang: RwSignal<Lang>,
) {
    Effect::new(move |last: Option<String>| {
        let lang = lang.get();
        let message = computed.with(|c| {
            let waiting = draft.with(|d| d.waiting(c.regime));
            // A link that could not be opened (a mistyped scenario, a damaged case) leaves
            // an empty case, whose "normal" would tell the host page the wrong thing:
            // until something is entered, the host learns that the link failed.
            let refused = keep.notice.with(|n| {
                n.as_ref()
                    .filter(|n| n.error && draft.with(|d| d.incidents.is_empty()))
                    .map(|n| notice_text(n).get(lang).to_string())
            });
            match refused {
                Some(message) => failed(c.regime.as_str(), waiting, "link_not_opened", &message),
                None => summary(c, lang, waiting),
            }
        });
        let text = message.to_string();
        if last.as_deref() != Some(text.as_str()) {
            post(&parent, &message);
        }
        text
    });
}

/// A notice's words.
fn notice_text(n: &Notice) -> Text {
    Text::new(n.zh.clone(), n.en.clone())
}

/// Posts `jifen:height` whenever the page's height changes (the body's, which unlike the
/// document's is not stretched to the frame it is shown in).
fn post_heights(parent: web_sys::Window) {
    let Some(body) = document().body() else {
        return;
    };
    let last = std::cell::Cell::new(0);
    let measured: JsValue = body.clone().into();
    let observe = Closure::<dyn FnMut(JsValue)>::new(move |_entries: JsValue| {
        // Whole pixels, rounded up (a float in the message would link float formatting).
        let height = rect(&measured, "height").ceil() as u32;
        if height != last.get() {
            last.set(height);
            post(
                &parent,
                &json!({ "type": "jifen:height", "height": height }),
            );
        }
    });
    let _ = call(
        &construct("ResizeObserver", observe.as_ref()),
        "observe",
        &body,
    );
    observe.forget();
}

/// A new fragment set by the hosting page (`iframe.src = "…embed.html#s=…"`) opens its
/// case; the embed keeps no history of its own.
fn follow_fragment(draft: RwSignal<Draft>, keep: keep::Keep, lang: Lang) {
    let on_change = Closure::<dyn Fn()>::new(move || {
        let hash = window().location().hash().unwrap_or_default();
        match keep::read_link(&hash, lang) {
            Some(Ok(linked)) => {
                keep.notice.set(linked.notice.clone());
                draft.set(linked.draft);
            }
            // The case shown before is not the one asked for: an empty case (under the
            // same regime) says so to the host too, rather than a stale answer.
            Some(Err(refused)) => {
                keep.notice.set(Some(refused));
                draft.update(|d| {
                    *d = Draft {
                        regime: d.regime.clone(),
                        ..Draft::default()
                    }
                });
            }
            None => {}
        }
    });
    let _ =
        window().add_event_listener_with_callback("hashchange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// The embed's page title.
const TITLE: Text = Text::fixed(
    "医保医师记分计算器（嵌入）",
    "Medical-insurance scoring calculator (embedded)",
);

/// The embedded calculator.
#[component]
pub fn Embed() -> impl IntoView {
    let today = super::today();
    // The language asked for: the case's name and the link's notice are made in it.
    let asked = i18n::asked_lang().unwrap_or_default();
    let (opened, notice) = opening(asked);
    let keep = keep::detached(&today.to_string(), asked, notice);
    let starts_empty = opened.incidents.is_empty();
    let draft = RwSignal::new(opened);
    let computed = Memo::new(move |_| draft.with(|d| compute(d, today)));
    let lang = RwSignal::new(asked);
    provide_context(Ctx {
        draft,
        lang,
        computed,
        reading: RwSignal::new(None),
        keep,
        page: RwSignal::new(Page::Calculator),
        embed: true,
    });
    Effect::new(move |_| {
        let lang = lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(TITLE.get(lang));
    });
    follow_fragment(draft, keep, asked);
    if let Some(parent) = parent() {
        post_results(parent.clone(), computed, draft, keep, lang);
        post_heights(parent);
    }

    // The full calculator, in a new tab, with this case (a share link: the case after
    // the #, which no server sees), where it can be saved, shared and printed.
    let full_app = move || {
        let case = draft.with(|d| crate::exchange::case_file::export(d, None));
        let lang_query = if lang.get() == Lang::En {
            "?lang=en"
        } else {
            ""
        };
        format!("./{lang_query}#{}", crate::exchange::share::encode(&case))
    };
    let notice = move || {
        keep.notice.get().map(|n| {
            view! {
                <p class="note error" role="alert">
                    {i18n::say(notice_text(&n))} " "
                    <button type="button" class="link" on:click=move |_| keep.notice.set(None)>{tr("知道了", "Dismiss")}</button>
                </p>
            }
        })
    };
    view! {
        <main id="main" class="embed">
            <h1 class="visually-hidden">{tr("医保医师记分计算器", "Medical-insurance scoring calculator")}</h1>
            {notice}
            <div id="result" class="answer-slot" tabindex="-1">
                <result::AnswerPanel/>
            </div>
            <details id="case" class="embed-case" open=starts_empty>
                <summary>{tr("修改案情", "Edit the case")}</summary>
                <div class="inputs">
                    <picker::RegimePicker/>
                    <incidents::IncidentList/>
                    <case_fields::CaseFields/>
                </div>
            </details>
            <section class="result" aria-label=tr("计算结果详情", "Result details")>
                <result::ResultDetails/>
            </section>
        </main>
        <footer class="embed-foot">
            <p>
                <a href=full_app target="_blank" rel="noopener">
                    {tr("医保医师记分计算器", "Medical-insurance scoring calculator")}
                    <span class="visually-hidden">{tr("（在新标签页中打开完整计算器，带上此案例）", " (opens the full calculator with this case in a new tab)")}</span>
                </a>
                {tr(
                    "：依据所列文件原文逐条计算，仅供参考，以医保部门决定为准。",
                    ": computed article by article from the documents' own text; for reference only, the insurance office's decision prevails.",
                )}
            </p>
            <p>
                {tr(
                    "所有计算均在您的设备上完成，输入的内容不会发送到任何地方，也不会保存。",
                    "Everything is computed on your device; nothing you enter is sent anywhere or kept.",
                )}
                " "
                <small>{tr(
                    "嵌入本计算器的网页会收到结论摘要（状态、分数、处理措施的日期、下一个期限），不含违规事件的内容。",
                    "The page embedding this calculator receives a summary of the answer (standing, points, the measures' dates, the next deadline), never the incidents.",
                )}</small>
            </p>
        </footer>
        <law::LawDialog draw_articles=|law::Reading { regime, cite }, _, _| law::articles(regime, cite)/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn computed(case: Value, today: &str) -> Computed {
        let draft = crate::exchange::case_file::import_value(&case)
            .unwrap()
            .draft;
        compute(&draft, today.parse::<NaiveDate>().unwrap())
    }

    #[test]
    fn the_summary_is_the_conclusion_and_never_the_incidents() {
        // The physician of issue 12: 3 points this year, a notice of 13.2 just received.
        let c = computed(
            json!({"regime": "shanghai-2025", "as_of": "2026-11-27", "incidents": [
                {"id": "secret-a", "points": 3, "decided_on": "2026-03-10", "note": "Dr Wang"},
                {"id": "secret-b", "item": "13.2", "responsibility": "primary", "notified_on": "2026-11-25"}]}),
            "2026-11-27",
        );
        let m = summary(&c, Lang::En, 1);
        assert_eq!(m["type"], "jifen:result");
        assert_eq!(m["regime"], "shanghai-2025");
        assert_eq!(m["as_of"], "2026-11-27");
        assert_eq!(
            (&m["state"], &m["total"], &m["period"]),
            (&json!("normal"), &json!(3), &json!("2026"))
        );
        assert_eq!(m["outlook"]["state"], "suspended");
        assert_eq!(m["outlook"]["total"], 9);
        assert_eq!(m["outlook"]["on"], "2026-12-15");
        assert_eq!(
            m["measures"],
            json!([
                {"kind": "notice", "start": null, "projected": false},
                {"kind": "suspension", "start": "2026-12-15", "end": "2027-01-14", "projected": true}
            ])
        );
        assert_eq!(
            m["next_deadline"],
            json!({"kind": "objection", "due": "2026-12-09", "actor": "person", "projected": false})
        );
        assert_eq!(
            (&m["incidents"], &m["waiting"], &m["error"]),
            (&json!(2), &json!(1), &Value::Null)
        );
        let text = m.to_string();
        for private in [
            "secret",
            "Dr Wang",
            "13.2",
            "primary",
            "2026-03-10",
            "2026-11-25",
        ] {
            assert!(!text.contains(private), "{private} in {text}");
        }
    }

    #[test]
    fn a_case_that_cannot_be_computed_says_why_in_the_embeds_language() {
        let c = computed(
            json!({"regime": "shanghai-2025", "incidents": [
                {"id": "a", "item": "13.2", "decided_on": "2025-05-20", "responsibility": "primary", "points": 40}]}),
            "2025-06-01",
        );
        let m = summary(&c, Lang::Zh, 0);
        assert_eq!(m["error"]["code"], "points_out_of_range");
        assert_eq!(m["error"]["message"], "事件 1 的分值有误，无法计算");
        assert!(
            !m.to_string().contains("40"),
            "the value stays in the frame"
        );
        assert_eq!(
            (&m["state"], &m["as_of"], &m["outlook"]),
            (&Value::Null, &Value::Null, &Value::Null)
        );
        assert_eq!(m["measures"], json!([]));
    }
}
