//! 沪医保规〔2025〕3号 上海市定点医药机构相关人员医保支付资格管理实施细则（试行）
//! (seed `001_50ab4dfa39c88fbd.txt`).
//!
//! Points are added within a natural year (第十三条 last paragraph), in four tiers
//! chosen by the person's responsibility (第十二条、第十三条), and the year's total
//! decides a notice, a suspension or a termination (第十四条). Repairs (第二十九条)
//! lower the total and may shorten a running measure.

use super::{
    ymd, AfterTerm, Band, Condition, Counting, CountsFrom, DeadlineRule, Duration, FormNotes,
    FormWords, NeededWhen, PeriodKind, Procedure, Projection, Qualifies, RegimeId, RegimeInfo,
    RepairRule, RepairRules, Resumption, ResumptionWindow, Rules, SearchExamples, Teaching, Terms,
    TextLayout, Wording,
};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Clause, Item, ItemValue, Provision, Topic};
use crate::scoring::outcome::Awaiting;
use crate::scoring::outcome::SanctionKind;
use crate::scoring::text::Text;

pub static REGIME: RegimeInfo = RegimeInfo {
    id: "shanghai-2025",
    regime: RegimeId::Shanghai2025,
    document: "沪医保规〔2025〕3号",
    title: "上海市定点医药机构相关人员医保支付资格管理实施细则（试行）",
    title_en: "Shanghai implementing rules (trial) on the medical-insurance payment eligibility of staff of designated medical and pharmaceutical institutions",
    issuer: "上海市医疗保障局 上海市卫生健康委员会 上海市药品监督管理局",
    issuer_en: "Shanghai Healthcare Security Administration, Shanghai Municipal Health Commission, Shanghai Medical Products Administration",
    issued_on: ymd(2025, 3, 21),
    // 第三十二条 本细则自2025年3月31日起实施,有效期至2027年3月31日。
    in_force_from: ymd(2025, 3, 31),
    in_force_until: Some(ymd(2027, 3, 31)),
    in_force_cite: "第三十二条",
    // 第三条: 定点医疗机构相关人员 and 定点零售药店相关人员.
    covers: "定点医疗机构为参保人提供使用医保基金结算的医疗类、药学类、护理类、技术类等卫生专业技术人员，以及负责医疗费用和医保结算审核的相关工作人员；定点零售药店主要负责人、执业药师（含执业中药师）、药师（含中药师）（第三条）",
    covers_en: "Health professionals (medical, pharmacy, nursing, technical) of designated medical institutions whose services are settled by the insurance fund, staff who review medical bills and insurance settlements, and the principal person in charge and the pharmacists of designated retail pharmacies (Art. 3)",
    seed: "001_50ab4dfa39c88fbd.txt",
    counting: Counting::PointsAdded,
    period: PeriodKind::NaturalYear,
    period_cite: "第十三条",
    clauses: &CLAUSES,
    bands: &BANDS,
    terms: Terms {
        suspension: Text::fixed("暂停医保支付资格", "suspension of payment eligibility"),
        termination: Text::fixed("终止医保支付资格", "termination of payment eligibility"),
        suspended: Text::fixed("医保支付资格暂停中", "Payment eligibility suspended"),
        terminated: Text::fixed("医保支付资格已终止", "Payment eligibility terminated"),
        normal: Text::fixed("医保支付资格正常", "Payment eligibility in good standing"),
        objection: Text::fixed("陈述申辩", "statement and defence"),
        notice: Text::fixed("记分告知", "notice of the proposed points"),
        decision: Text::fixed("最终记分处理决定", "final scoring decision"),
        barred: Text::fixed("不得再次登记备案", "no new registration"),
        resumption: Text::fixed("资格恢复申请", "request to restore payment eligibility"),
        pending: Text::fixed("待恢复医保支付资格", "Awaiting restoration of payment eligibility"),
        suspension_short: Text::fixed("暂停", "suspended"),
        termination_short: Text::fixed("终止", "terminated"),
        bar_cite: "",
    },
    conditions: &CONDITIONS,
    provisions: &PROVISIONS,
    procedure: Procedure {
        deadlines: DEADLINES,
        // 第十八条、第十九条: the agency's final decision is due by a day the law sets; a
        // pending one is shown on that day, the latest it may come.
        projection: Some(Projection::OnItsDue),
        notice_of_decision: false,
        measure_notice: None,
        resumption: Some(RESUMPTION),
        repairs: Some(REPAIRS),
        reset_after_suspension: None,
        after_term: &[
            AfterTerm {
                after: SanctionKind::Suspension,
                when: NeededWhen::WithoutTimelyRequest,
                awaiting: Awaiting::ResumptionDecision,
                actor: Actor::Person,
                cite: "第三十条",
                text: Text::fixed(
                    "暂停期满前未按时提出资格恢复申请：需经所在定点医药机构审核同意后提出申请，经医保经办机构评估后方可恢复医保支付资格",
                    "no request to restore eligibility was made in time before the suspension ended: apply through your institution; eligibility returns once the agency has assessed the request",
                ),
            },
            AfterTerm {
                after: SanctionKind::Termination,
                when: NeededWhen::Always,
                awaiting: Awaiting::Reregistration,
                actor: Actor::Person,
                cite: "第三十条",
                text: Text::fixed(
                    "终止期满，需重新作出承诺并登记备案后方可恢复医保支付资格",
                    "the termination's bar is over: payment eligibility returns only after you make the commitment and register again",
                ),
            },
        ],
        several_items_cite: "第十一条",
        points_cite: "第十三条",
    },
    responsibility_cite: "第十二条、第十三条",
    fields: &[
        Field::Repairs,
        Field::ResumptionRequests,
        Field::Items,
        Field::Site,
        Field::Responsibility,
        Field::Adjustment,
        Field::Points,
        Field::ObjectionFiledOn,
        Field::Restorations,
    ],
    text_layout: TextLayout {
        sections: false,
        // 第九条: the extraction left an English word where the published text has 管理
        // ("落实对相关人员的管理要求").
        fixes: &[("的 management 要求", "的管理要求")],
    },
    annual_test: None,
    rules: &Shanghai2025,
};

/// How the form, the regime picker, the teaching pages and the item search word 沪2025:
/// a static of its own beside [`REGIME`], which the JS API serialises and so carries
/// whole, while only the app reads these.
pub static WORDING: Wording = Wording {
    place: Text::fixed("上海", "Shanghai"),
    form: FormWords {
        notice_on: Text::fixed("收到记分告知的日期", "Notice of the points received on"),
        notice_hint: Text::fixed(
            "只收到告知时填这一项即可：提出异议的期限和预计的决定日期随即算出",
            "With only the notice, this is enough: the objection deadline and the expected decision follow",
        ),
        decision_on: Text::fixed("最终记分处理决定日期", "Final scoring decision made on"),
        decision_hint: Text::fixed(
            "最终记分处理决定作出之日（第二十条）；尚未作出可不填，按第十八条、第十九条推算",
            "The day of the final scoring decision (Art. 20); leave empty if not made yet: it is projected (Arts. 18, 19)",
        ),
        objection_on: Text::fixed("提出陈述申辩的日期", "Statement and defence filed on"),
        objection_hint: Text::fixed(
            "提出了异议才填；逾期提出的视为未提出（第十七条）",
            "Only if you objected; a late one counts as none (Art. 17)",
        ),
    },
    form_notes: FormNotes {
        // 第十九条: without an objection the final decision follows the objection period.
        decision_after_objection: "第十九条",
        notice_after_decision: "",
    },
    field_hints: &[(
        Field::Adjustment,
        Text::fixed(
            "主动交代、挽回损失的可从轻；教唆、故意、拒不改正的可从重（第十三条）",
            "Lighter for confessing or recovering the loss; heavier for inciting, intent or refusing to correct (Art. 13)",
        ),
    )],
    teaching: Teaching {
        measures: &[
            // 第十四条（一）: 向相关责任人员所在定点医药机构通报记分情况.
            (SanctionKind::Notice, Text::fixed("向所在定点医药机构通报记分情况", "the institution is notified of the points")),
            // 第十四条（二）: 暂停医保支付资格 … 个月.
            (SanctionKind::Suspension, Text::fixed("暂停医保支付资格", "payment eligibility suspended")),
            // 第十四条（三）: 终止其医保支付资格; its bar: 不得再次登记备案.
            (SanctionKind::Termination, Text::fixed("终止医保支付资格", "payment eligibility terminated")),
        ],
        bar: Text::fixed("不得再次登记备案", "no new registration"),
        objection: Text::fixed("陈述申辩", "a statement and defence (陈述申辩)"),
        notice: Text::fixed("记分告知", "the notice of the points"),
        search: SearchExamples {
            cite: "第十三条（二）",
            code: "13.2",
            words: "冒名、骗保、带量采购",
        },
        // 第十一条: 多点执业的医师在各执业点记分应累积计算。
        sites_cite: "第十一条",
    },
};

/// 沪2025's rules beyond its data.
#[derive(Debug)]
struct Shanghai2025;

/// 第十条, 第十四条 (last two paragraphs), 第三十条 (end): who is scored, what a suspension
/// or termination means, and what restoring brings.
static CONDITIONS: [Condition; 4] = [
    Condition {
        qualifies: Qualifies::Scoring,
        cite: "第十条",
        text: "医保行政部门在对定点医药机构作出行政处罚或医保经办机构在对定点医药机构作出协议处理时，应综合考虑违法违规行涉及医保基金金额、行为性质、涉及相关人员数量等因素，同步对涉及金额较高、性质较恶劣的相关责任人员进行责任认定。",
        gloss: "When the institution is penalised, responsibility is assessed for the staff involved where the amount is high or the nature bad: not every staff member is scored",
    },
    Condition {
        qualifies: Qualifies::Confinement,
        cite: "第十四条",
        text: "相关责任人员在暂停或终止期内为参保人提供医药服务发生的医保费用不予结算，急诊、抢救等特殊情形除外。",
        gloss: "During a suspension or termination, the insurance does not pay for services the person provides, except in emergencies and rescue",
    },
    Condition {
        qualifies: Qualifies::Confinement,
        cite: "第十四条",
        text: "对负责医疗费用和医保结算审核的相关工作人员，参照上述标准暂停或终止其从事医疗费用和医保结算审核工作，并按照医疗机构相关规定给予相应处理。",
        gloss: "Staff who review medical bills and insurance settlements are instead taken off that review work for the same periods",
    },
    Condition {
        qualifies: Qualifies::Restoring,
        cite: "第三十条",
        text: "其中,暂停资格恢复的,一个自然年度内记分累计计算;终止资格恢复的,需重新作出承诺和登记备案。",
        gloss: "After a suspension, the year's points keep adding up; after a termination, the person must make the service commitment and register again",
    },
];

/// 第十三条 医保基金使用违法违规负面情形按记分档次分为 1—3 分、4—6 分、7—9 分、10—12 分。
static CLAUSES: [Clause; 5] = [
    Clause {
        cite: "第十三条（一）",
        text: "对一般责任者、重要责任者、主要责任者对应记 1-3 分的负面情形：",
        gloss: "Situations scored 1–3 points for general, important or primary responsibility:",
        items: &[
            Item {
                code: "13.1.1",
                cite: "第十三条（一）1",
                text: "执行药品耗材集中带量采购政策中，定点医疗机构相关人员无正当理由超过规定要求使用高价非中选产品，被医保部门通报的；",
                gloss: "Under volume-based procurement, using high-priced non-selected products beyond the required share without good reason, and being publicly notified by the insurance office",
                value: ItemValue::Tier { tier: 1 },
            },
            Item {
                code: "13.1.2",
                cite: "第十三条（一）2",
                text: "所在定点医药机构违反服务协议，造成医保基金较大损失或社会影响较大的负有责任的相关人员；",
                gloss: "Staff responsible when their institution breached its service agreement, causing a large fund loss or wide public impact",
                value: ItemValue::Tier { tier: 1 },
            },
            Item {
                code: "13.1.3",
                cite: "第十三条（一）3",
                text: "相关人员所在定点医药机构或科室涉及违反医疗保障相关法律法规，受到医保行政部门依据《上海市医疗保障条例》第六十三条作出行政处罚，负有责任的相关人员。",
                gloss: "Staff responsible when their institution or department was penalised under Art. 63 of the Shanghai Healthcare Security Regulations",
                value: ItemValue::Tier { tier: 1 },
            },
        ],
    },
    Clause {
        cite: "第十三条（二）",
        text: "对一般责任者、重要责任者、主要责任者对应记 4-6 分的负面情形：",
        gloss: "Situation scored 4–6 points for general, important or primary responsibility:",
        items: &[Item {
            code: "13.2",
            cite: "第十三条（二）",
            text: "相关人员所在定点医药机构或科室涉及违反医疗保障相关法律法规，受到医保行政部门依据《医疗保障基金使用监督管理条例》第三十八条、第三十九条作出行政处罚，负有责任的相关人员。",
            gloss: "Staff responsible when their institution or department was penalised under Arts. 38–39 of the national Regulations on the Supervision of the Use of Healthcare Security Funds",
            value: ItemValue::Tier { tier: 2 },
        }],
    },
    Clause {
        cite: "第十三条（三）",
        text: "对一般责任者、重要责任者、主要责任者对应记 7-9 分的负面情形：",
        gloss: "Situation scored 7–9 points for general, important or primary responsibility:",
        items: &[Item {
            code: "13.3",
            cite: "第十三条（三）",
            text: "为非登记备案相关人员，或登记备案状态为暂停、终止的相关责任人员冒名提供医保费用结算的。",
            gloss: "Letting an unregistered person, or one whose registration is suspended or terminated, have services settled under one's own name",
            value: ItemValue::Tier { tier: 3 },
        }],
    },
    Clause {
        cite: "第十三条（四）",
        text: "对一般责任者、重要责任者、主要责任者对应记 10-12 分的负面情形：",
        gloss: "Situations scored 10–12 points for general, important or primary responsibility:",
        items: &[
            Item {
                code: "13.4.1",
                cite: "第十三条（四）1",
                text: "所在定点医药机构或科室涉及违反医疗保障相关法律法规，受到医保行政部门依据《医疗保障基金使用监督管理条例》第四十条作出行政处罚，负有责任的相关人员；",
                gloss: "Staff responsible when their institution or department was penalised under Art. 40 (fraud) of the national Regulations on the Supervision of the Use of Healthcare Security Funds",
                value: ItemValue::Tier { tier: 4 },
            },
            Item {
                code: "13.4.2",
                cite: "第十三条（四）2",
                text: "被行业主管部门注销注册、吊销或撤销卫生专业技术资格证书或执业证书的相关人员。",
                gloss: "A person whose registration was cancelled, or whose professional qualification or practising certificate was revoked, by the sector authority",
                value: ItemValue::Tier { tier: 4 },
            },
        ],
    },
    Clause {
        cite: "第十三条（五）",
        text: "",
        gloss: "Points that follow a measure against the institution:",
        items: &[
            Item {
                code: "13.5.1",
                cite: "第十三条（五）",
                text: "定点医药机构被中止医保协议、中止（责令暂停）涉及医保基金使用的医疗服务时，应对相关责任人员一次性记 11 分。",
                gloss: "The institution's insurance agreement, or its fund-related services, were suspended: 11 points at once for the responsible staff",
                value: ItemValue::Fixed { points: 11 },
            },
            Item {
                code: "13.5.2",
                cite: "第十三条（五）",
                text: "定点医药机构被解除服务协议时，应对相关责任人员一次性记满 12 分。",
                gloss: "The institution's service agreement was terminated: a full 12 points at once for the responsible staff",
                value: ItemValue::Fixed { points: 12 },
            },
        ],
    },
];

/// 第十四条 医保经办机构对相关责任人员作出记分处理时，应核对当年累计记分情况 … 作出相应处理.
static BANDS: [Band; 5] = [
    Band {
        from: 1,
        to: Some(8),
        kind: SanctionKind::Notice,
        cite: "第十四条（一）",
        text: "相关责任人员一个自然年度内记分累计未达到 9 分的，医疗保障经办机构向相关责任人员所在定点医药机构通报记分情况。",
        gloss: "Below 9 points in a year: the agency notifies the person's institution of the points",
        duration: Duration::None,
        one_shot: None,
    },
    Band {
        from: 9,
        to: Some(9),
        kind: SanctionKind::Suspension,
        cite: "第十四条（二）1",
        text: "累计记分达到 9 分，暂停医保支付资格 1 个月；一次性记分 9 分的，暂停医保支付资格 2 个月；",
        gloss: "9 points: payment eligibility suspended 1 month; 2 months when 9 points were scored at once",
        duration: Duration::Months { min: 1, max: 1 },
        one_shot: Some(Duration::Months { min: 2, max: 2 }),
    },
    Band {
        from: 10,
        to: Some(10),
        kind: SanctionKind::Suspension,
        cite: "第十四条（二）2",
        text: "累计记分达到 10 分，暂停医保支付资格 3 个月；一次性记分 10 分的，暂停医保支付资格 4 个月；",
        gloss: "10 points: suspended 3 months; 4 months when 10 points were scored at once",
        duration: Duration::Months { min: 3, max: 3 },
        one_shot: Some(Duration::Months { min: 4, max: 4 }),
    },
    Band {
        from: 11,
        to: Some(11),
        kind: SanctionKind::Suspension,
        cite: "第十四条（二）3",
        text: "累计记分达到 11 分，暂停医保支付资格 5 个月；一次性记分 11 分的，暂停医保支付资格 6 个月。",
        gloss: "11 points: suspended 5 months; 6 months when 11 points were scored at once",
        duration: Duration::Months { min: 5, max: 5 },
        one_shot: Some(Duration::Months { min: 6, max: 6 }),
    },
    Band {
        from: 12,
        to: None,
        kind: SanctionKind::Termination,
        cite: "第十四条（三）",
        text: "相关责任人员一个自然年度内记分达到 12 分及以上，终止其医保支付资格。其中：累计记满 12 分的，终止之日起 1 年内不得再次登记备案；一次性记满 12 分的，终止之日起 3 年内不得再次登记备案。",
        gloss: "12 points or more in a year: payment eligibility terminated; no new registration for 1 year (cumulative) or 3 years (12 points at once)",
        duration: Duration::Bar { min: 1, max: 1 },
        one_shot: Some(Duration::Bar { min: 3, max: 3 }),
    },
];

use crate::scoring::case::{Adjustment, Incident, Responsibility};
use crate::scoring::engine::{band_step, step, Decision, Measure, Notes, Reached, Scored};
use crate::scoring::outcome::{Actor, DeadlineKind, Step};

impl Rules for Shanghai2025 {
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str {
        include_str!("../seeds/001_50ab4dfa39c88fbd.txt")
    }

    fn info(&self) -> &'static RegimeInfo {
        &REGIME
    }

    fn score<'c>(
        &self,
        incident: &'c Incident,
        decision: Decision,
        item: &'static Item,
        notes: &mut Notes,
    ) -> Scored<'c> {
        score(incident, decision, item, notes)
    }

    /// 第十四条: the band's measure when the total rises into it; a new, one-shot
    /// termination for 12 at once while already terminated; and a notice to the
    /// institution on every decision below 9 ("作出记分处理时 … 作出相应处理": each such
    /// decision, not only the first).
    fn measure(&self, reached: &Reached) -> Option<Measure> {
        let band = reached.band?;
        if reached.rose {
            Some(measure(reached, band))
        } else if reached.one_shot_points >= 12 && reached.terminated {
            Some(repeated_one_shot(band))
        } else if band.kind == SanctionKind::Notice {
            Some(notice(band, reached.total))
        } else {
            None
        }
    }

    fn projection_note(&self, on: chrono::NaiveDate, objected: bool) -> Text {
        Text::new(
            format!("尚未作出最终记分处理决定，暂按 {on}（医保经办机构作出决定的期限，{}，即法定最晚之日）计算", if objected { "收到陈述申辩后 20 个工作日，第十八条" } else { "陈述申辩期结束后 3 个工作日，第十九条" }),
            format!("no final decision yet; its points are shown as if decided on {on}, the day the agency's decision is due ({}), the latest the law allows", if objected { "20 working days after the objection, 第十八条" } else { "3 working days after the objection period, 第十九条" }),
        )
    }
}

/// Tier *t* holds 3t−2 … 3t points (第十三条).
fn tier_range(tier: u32) -> [u32; 2] {
    [3 * tier - 2, 3 * tier]
}

fn responsibility_zh(r: Responsibility) -> &'static str {
    match r {
        Responsibility::General => "一般责任",
        Responsibility::Important => "重要责任",
        Responsibility::Primary => "主要责任",
    }
}

fn responsibility_en(r: Responsibility) -> &'static str {
    match r {
        Responsibility::General => "general",
        Responsibility::Important => "important",
        Responsibility::Primary => "primary",
    }
}

/// Scores one item of 第十三条: the tier, the position the responsibility takes in it
/// (第十二条 defines it; 第十三条 "应按对应记分档次内从低到高记分"), then any
/// 从轻/减轻一档/从重/加重一档.
fn score<'c>(
    incident: &'c Incident,
    decision: Decision,
    item: &'static Item,
    notes: &mut Notes,
) -> Scored<'c> {
    let tier = match item.value {
        ItemValue::Tier { tier } => tier,
        ItemValue::Fixed { points } => {
            let mut trace = vec![step(
                item.cite,
                format!("定点医药机构被处理时，对相关责任人员一次性记 {points} 分，不区分责任程度"),
                format!("the institution's agreement measure scores {points} points at once, whatever the responsibility"),
            )];
            if incident.adjustment != Adjustment::None {
                notes.warn_on(
                    incident,
                    "adjustment_not_applicable",
                    Some("adjustment"),
                    format!("条目 {} 固定记 {points} 分（第十三条（五）），不适用从轻、减轻、从重或加重", item.code),
                    format!("item {} scores a fixed {points} points (第十三条（五）); the adjustment was not applied", item.code),
                );
                trace.push(step(
                    "第十三条（五）",
                    "固定分值不作调整",
                    "a fixed value is not adjusted",
                ));
            }
            return Scored {
                incident,
                decision,
                item: Some(item),
                points,
                range: [points, points],
                added: points,
                counted: true,
                trace,
            };
        }
        _ => 1,
    };
    // The parser requires a responsibility for tiered items; general is only a fallback.
    let responsibility = incident.responsibility.unwrap_or(Responsibility::General);
    let position = responsibility.position();
    let [low, high] = tier_range(tier);
    let base = low + position;
    let mut trace = vec![
        step(
            item.cite,
            format!("条目 {} 属 {low}—{high} 分档次", item.code),
            format!("item {} falls in the {low}–{high} tier", item.code),
        ),
        step(
            "第十二条、第十三条",
            format!(
                "{}在档次内从低到高取第 {} 位：{base} 分",
                responsibility_zh(responsibility),
                position + 1
            ),
            format!(
                "{} responsibility takes {base}, position {} of 3 in the tier (from low to high)",
                responsibility_en(responsibility),
                position + 1
            ),
        ),
    ];
    let lighter = |trace: &mut Vec<Step>| {
        let points = base.saturating_sub(1).max(low);
        trace.push(step(
            "第十三条",
            format!("同档从轻：{points} 分，可在 {low}—{base} 分内确定"),
            format!("lighter within the tier (同档从轻): {points}, lawful {low}–{base}"),
        ));
        (points, [low, base])
    };
    let heavier = |trace: &mut Vec<Step>| {
        let points = (base + 1).min(high);
        trace.push(step(
            "第十三条",
            format!("同档从重：{points} 分，可在 {base}—{high} 分内确定"),
            format!("heavier within the tier (同档从重): {points}, lawful {base}–{high}"),
        ));
        (points, [base, high])
    };
    let (points, range) = match incident.adjustment {
        Adjustment::None => (base, [low, high]),
        Adjustment::Lighter => lighter(&mut trace),
        Adjustment::Heavier => heavier(&mut trace),
        Adjustment::LowerTier if tier == 1 => {
            notes.warn_on(
                incident,
                "no_lower_tier",
                Some("adjustment"),
                "1—3 分已是最低档次，减轻一档按同档从轻处理",
                "1–3 is the lowest tier, so 减轻一档 was applied as 同档从轻",
            );
            lighter(&mut trace)
        }
        Adjustment::HigherTier if tier == 4 => {
            notes.warn_on(
                incident,
                "no_higher_tier",
                Some("adjustment"),
                "10—12 分已是最高档次，加重一档按同档从重处理",
                "10–12 is the highest tier, so 加重一档 was applied as 同档从重",
            );
            heavier(&mut trace)
        }
        Adjustment::LowerTier | Adjustment::HigherTier => {
            let (to, en, zh) = if incident.adjustment == Adjustment::LowerTier {
                (tier - 1, "one tier lower (减轻一档)", "减轻一档")
            } else {
                (tier + 1, "one tier higher (加重一档)", "加重一档")
            };
            let [new_low, new_high] = tier_range(to);
            let points = new_low + position;
            trace.push(step(
                "第十三条",
                format!("{zh}：在 {new_low}—{new_high} 分档次内取同一位置，{points} 分"),
                format!("{en}: the same position in the {new_low}–{new_high} tier, {points}"),
            ));
            (points, [new_low, new_high])
        }
    };
    Scored {
        incident,
        decision,
        item: Some(item),
        points,
        range,
        added: points,
        counted: true,
        trace,
    }
}

/// 第十四条: the measure for the band reached. A suspension lasts the larger of the
/// cumulative value for the total and the one-shot value for the most points one
/// incident of the decision scored; a termination after 12 at once bars for 3 years.
fn measure(reached: &Reached, band: &'static Band) -> Measure {
    let mut measure = Measure::of_band(band);
    let p = reached.one_shot_points;
    match (band.kind, band.duration) {
        (
            SanctionKind::Suspension,
            Duration::Months {
                min: cumulative, ..
            },
        ) => {
            let one_shot = REGIME
                .band(p)
                .filter(|b| p >= 9 && p <= reached.total && b.kind == SanctionKind::Suspension)
                .and_then(|b| match b.one_shot {
                    Some(Duration::Months { min, .. }) => Some((min, b.cite)),
                    _ => None,
                });
            let months = match one_shot {
                Some((m, cite)) if m > cumulative => {
                    measure.trace.push(step(
                        cite,
                        format!("一次性记分 {p} 分：暂停 {m} 个月，长于累计 {} 分的 {cumulative} 个月", reached.total),
                        format!("one incident alone scored {p} (一次性记分): {m} months, more than the {cumulative} for a cumulative {}", reached.total),
                    ));
                    m
                }
                _ => {
                    measure.trace.push(step(
                        band.cite,
                        format!(
                            "累计记分 {} 分：暂停医保支付资格 {cumulative} 个月",
                            reached.total
                        ),
                        format!(
                            "a total of {} suspends payment eligibility for {cumulative} month{}",
                            reached.total,
                            if cumulative == 1 { "" } else { "s" }
                        ),
                    ));
                    cumulative
                }
            };
            measure.duration = Duration::Months {
                min: months,
                max: months,
            };
        }
        (SanctionKind::Termination, _) => {
            if p >= 12 {
                measure.one_shot = true;
                measure.duration = band.one_shot.unwrap_or(band.duration);
                measure.trace.push(step(
                    band.cite,
                    "一次性记满 12 分：终止医保支付资格，终止之日起 3 年内不得再次登记备案",
                    "12 points at once (一次性记满 12 分): terminated, with a 3-year bar on registering again",
                ));
            } else {
                measure.trace.push(step(
                    band.cite,
                    format!("累计记分 {} 分，记满 12 分：终止医保支付资格，终止之日起 1 年内不得再次登记备案", reached.total),
                    format!("a cumulative {} reaches 12 (累计记满 12 分): terminated, with a 1-year bar on registering again", reached.total),
                ));
                // 12 reached within one decision, by several incidents none of which
                // scored 12: the spec reads it as cumulative; an office may read
                // 一次性记满 12 分 (3 years, no repair) (spec v3).
                if reached.several && reached.decision_points >= 12 {
                    measure.warning = Some((
                        "one_shot_by_several",
                        Text::new(
                            format!("本次决定的几个事件合计记 {} 分（没有一个事件达到 12 分），按累计记满 12 分终止，1 年内不得再次登记备案，可以修复；经办机构也可能认定为一次性记满 12 分（3 年内不得再次登记备案，不予修复，第十四条（三）、第二十九条）", reached.decision_points),
                            format!("this decision's incidents together score {} (none of them 12): terminated as a cumulative 12, with a 1-year bar, repairs allowed; the agency may read it as 12 at once (一次性记满 12 分: a 3-year bar, no repair, 第十四条（三）, 第二十九条)", reached.decision_points),
                        ),
                    ));
                }
            }
        }
        _ => measure.trace.push(band_step(band, reached.total)),
    }
    measure
}

/// 第十四条（一）: a decision that leaves the year's total below 9 is notified to the
/// institution — each such decision, not only the first ("作出记分处理时 … 作出相应处理").
fn notice(band: &Band, total: u32) -> Measure {
    let mut measure = Measure::of_band(band);
    measure.trace.push(band_step(band, total));
    measure.trace.push(step(
        "第十四条",
        "每次作出记分处理时，核对当年累计记分情况作出相应处理：累计未达到 9 分的，再次向所在定点医药机构通报",
        "each scoring decision is checked against the year's total and handled by it: below 9, the institution is notified again",
    ));
    measure
}

/// An incident of 12 points decided while already terminated in the year decides a new,
/// one-shot termination (the spec's reading of 第十四条（三）).
fn repeated_one_shot(band: &Band) -> Measure {
    let mut measure = Measure::of_band(band);
    measure.one_shot = true;
    measure.duration = band.one_shot.unwrap_or(band.duration);
    measure.trace.push(step(
        band.cite,
        "本年度已终止期间又一次性记满 12 分：重新作出终止决定，3 年内不得再次登记备案",
        "12 points at once while already terminated this year: a new termination, with a 3-year bar",
    ));
    measure
}

/// 第十七条 to 第二十二条: the objection, the agency's final decision, its delivery to the
/// institution and the institution's update of the registration.
const DEADLINES: &[DeadlineRule] = &[
    DeadlineRule {
        kind: DeadlineKind::Objection,
        from: CountsFrom::Notice,
        working_days: 10,
        actor: Actor::Person,
        cite: "第十七条",
        text: Text::fixed(
            "收到告知后 10 个工作日内向医保经办机构提出书面陈述申辩（本人签字、机构盖章）；逾期未申辩的，视为无异议",
            "written statement and defence (陈述申辩) within 10 working days of the notice, signed and stamped by the institution; none in time counts as no objection",
        ),
    },
    DeadlineRule {
        kind: DeadlineKind::AgencyDecision,
        from: CountsFrom::Objection,
        working_days: 20,
        actor: Actor::Agency,
        cite: "第十八条",
        text: Text::fixed(
            "医保经办机构原则上在收到陈述申辩材料后 20 个工作日内作出最终记分处理决定（需第三方评估鉴定的除外）",
            "the agency makes its final decision within 20 working days of receiving the objection (unless experts are consulted)",
        ),
    },
    DeadlineRule {
        kind: DeadlineKind::AgencyDecision,
        from: CountsFrom::ObjectionDeadlineWithoutObjection,
        working_days: 3,
        actor: Actor::Agency,
        cite: "第十九条",
        text: Text::fixed(
            "未提出异议的，医保经办机构在陈述申辩期结束后 3 个工作日内作出最终记分处理决定",
            "without an objection, the agency makes its final decision within 3 working days after the objection period ends",
        ),
    },
    DeadlineRule {
        kind: DeadlineKind::DecisionDelivery,
        from: CountsFrom::Decision,
        working_days: 3,
        actor: Actor::Agency,
        cite: "第二十一条",
        text: Text::fixed(
            "医保经办机构作出最终记分处理决定后 3 个工作日内送达发生本次记分处理行为所在的定点医药机构（多点执业的同步送达各执业机构）",
            "the agency delivers the final decision to the institution where the act took place (and to every site of a multi-site practitioner) within 3 working days",
        ),
    },
    DeadlineRule {
        kind: DeadlineKind::RegistrationUpdate,
        from: CountsFrom::Delivery,
        working_days: 3,
        actor: Actor::Institution,
        cite: "第二十二条",
        text: Text::fixed(
            "定点医药机构收到最终记分处理决定后 3 个工作日内完成登记备案状态维护，及时通知本人，进行约谈并督促整改",
            "within 3 working days of receiving the decision, the institution updates your registration status, tells you, interviews you and has you rectify",
        ),
    },
];

/// 第三十条: the request to be restored, due 10 working days before a suspension or
/// termination ends, and the agency's answer within 10 working days of it.
const RESUMPTION: Resumption = Resumption {
    after: &[SanctionKind::Suspension, SanctionKind::Termination],
    window: ResumptionWindow::DueBefore(10),
    cite: "第三十条",
    text: Text::fixed(
        "需在暂停、终止期满 10 个工作日前经所在定点医药机构提出资格恢复申请",
        "apply to restore payment eligibility 10 working days before the suspension or termination ends, through your institution",
    ),
    decided_within: 10,
    decision_text: Text::fixed(
        "医保经办机构收到资格恢复申请后 10 个工作日内进行评估，并将结果告知本人及所在定点医药机构",
        "the agency assesses the resumption request within 10 working days and tells you and your institution the result",
    ),
};

/// 第二十九条: the exam removes 1 point once a year, participation 1 point at most twice;
/// a running suspension or termination is shortened by at most 1 month a year; a one-shot
/// 12 is not repaired.
const REPAIRS: RepairRules = RepairRules {
    cite: "第二十九条",
    exam: RepairRule {
        cap: 1,
        cite: "第二十九条（一）",
        what: Text::fixed("通过考试", "passing the exam"),
    },
    participation: RepairRule {
        cap: 2,
        cite: "第二十九条（二）",
        what: Text::fixed(
            "参与医保管理工作",
            "taking part in insurance management work",
        ),
    },
    shortens_months: 1,
    how: Text::fixed(
        "经所在定点医药机构审核同意后，报属地医保经办机构，经办机构复核整改情况后可以减免记分、缩减暂停或终止期限",
        "through your institution, once it agrees, to the local agency, which reviews your rectification and may remove points or shorten a suspension or termination",
    ),
};

/// The rules beside the items and bands, in the seed's words (第十一条, 第十三条 last
/// paragraph, the procedure of 第十七条 to 第二十二条, 第二十九条, 第三十条).
static PROVISIONS: [Provision; 13] = [
    Provision { topic: Topic::Period, cite: "第十三条", text: "相关人员记分在一个自然年度内累加计算，下一个自然年度自动清零。", gloss: "Points add up within a natural year and clear automatically at the next." },
    Provision { topic: Topic::Counting, cite: "第十一条", text: "在同一次监督检查中，发现相关责任人员有不同类型违法违规行为的，应分别记分，累加分值。同一违法违规行为涉及不同负面情形的，按最高分值记分，不分别记分。多点执业的医师在各执业点记分应累积计算。", gloss: "Different acts found in one inspection are each scored and added; one act under several situations scores the highest once; a multi-site physician's points add up across sites." },
    Provision { topic: Topic::OneShot, cite: "第二十九条", text: "一次性记满12分的,不予修复。", gloss: "Twelve points at once cannot be repaired." },
    Provision { topic: Topic::Repair, cite: "第二十九条（一）", text: "相关人员学习医保政策法规后通过医保经办机构组织的考试，年度内可减免1分。", gloss: "Passing the agency's exam after studying the insurance rules removes 1 point, once a year." },
    Provision { topic: Topic::Repair, cite: "第二十九条（二）", text: "相关人员积极参与国家、市级、区级统一组织的医保管理工作,年度内每有效参与一次可减免1分,最多不超过2次。", gloss: "Each effective participation in insurance management work organised nationally, by the city or the district removes 1 point, at most twice a year." },
    Provision { topic: Topic::Repair, cite: "第二十九条", text: "修复记分后,涉及登记备案状态调整的,年度内缩短暂停或终止时限至多1个月。", gloss: "After a repair, a suspension or termination is shortened by at most 1 month a year." },
    Provision { topic: Topic::Restart, cite: "第三十条", text: "其中,暂停资格恢复的,一个自然年度内记分累计计算;终止资格恢复的,需重新作出承诺和登记备案。", gloss: "After a suspension, the year's points keep adding up; after a termination, the person must commit and register again." },
    Provision { topic: Topic::Procedure, cite: "第十七条", text: "定点医药机构或相关责任人员对告知的记分情况、年度内累计记分情况、暂停或终止医保支付资格情况存在异议的，应在 10 个工作日内，向医保经办机构提出书面陈述申辩，陈述申辩材料需经本人签字和所在定点医药机构盖章确认。逾期未申辩的，视为无异议。", gloss: "An objection (陈述申辩) in writing within 10 working days, signed and stamped by the institution; none in time counts as no objection." },
    Provision { topic: Topic::Procedure, cite: "第十八条", text: "原则上，医保经办机构应在收到陈述申辩材料后 20 个工作日内作出最终记分处理决定，需第三方专业机构或专家组评估鉴定的除外。", gloss: "The agency decides within 20 working days of the objection, unless experts must assess it." },
    Provision { topic: Topic::Procedure, cite: "第十九条", text: "定点医药机构或相关责任人员未提出异议的，医保经办机构应在陈述申辩期结束后的 3 个工作日内作出最终记分处理决定。", gloss: "Without an objection, the agency decides within 3 working days after the objection period." },
    Provision { topic: Topic::Procedure, cite: "第二十一条", text: "医保经办机构作出最终记分处理决定后，应于3个工作日内送达相关责任人员发生本次记分处理行为所在的定点医药机构。", gloss: "The final decision reaches the institution within 3 working days." },
    Provision { topic: Topic::Procedure, cite: "第二十二条", text: "定点医药机构应在收到最终记分处理决定后3个工作日内，根据经办机构作出的记分结果和暂停、终止处理决定，完成相关责任人员登记备案状态维护，并及时通知相关责任人员，对相关责任人员进行约谈，督促其进行整改，做好记录。", gloss: "Within 3 working days the institution updates the registration, tells the person, interviews them and has them rectify." },
    Provision { topic: Topic::Procedure, cite: "第三十条", text: "相关责任人员需在登记备案状态暂停、终止期满10个工作日前提出资格恢复申请,经其所在定点医药机构审核同意后,报作出记分处理决定的医保经办机构。医保经办机构收到申请后,应在10个工作日内进行评估并将结果告知相关责任人员及其所在定点医药机构", gloss: "The request to resume is due 10 working days before the suspension or termination ends; the agency answers within 10 working days." },
];
