//! 沪医保规〔2023〕4号 关于本市试行开展医保医师违规行为记分管理的通知
//! (seed `000_e186f20d2df2fe94.txt`).
//!
//! Points are added within a natural year (第二条) at a fixed value per act, higher
//! when the act is egregious or causes a serious fund loss (第四条), and the year's
//! total decides an interview, a warning, off-duty training or a suspension (第五条).
//! Repealed from 2025-03-31 by 沪医保规〔2025〕3号 第三十二条.

use super::{
    ymd, AfterTerm, Band, Condition, Counting, CountsFrom, DeadlineRule, Duration, FormNotes,
    FormWords, NeededWhen, PeriodKind, Procedure, Projection, Qualifies, RegimeId, RegimeInfo,
    Rules, SearchExamples, Teaching, Terms, TextLayout, Wording,
};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Clause, Item, ItemValue, Provision, Topic};
use crate::scoring::outcome::Awaiting;
use crate::scoring::outcome::SanctionKind;
use crate::scoring::text::Text;

pub static REGIME: RegimeInfo = RegimeInfo {
    id: "shanghai-2023",
    regime: RegimeId::Shanghai2023,
    document: "沪医保规〔2023〕4号",
    // The seed breaks the title after 违规行为 (a space in the extraction); the space is dropped.
    title: "关于本市试行开展医保医师违规行为记分管理的通知",
    title_en: "Notice on the trial points management of violations by insurance physicians in Shanghai",
    issuer: "上海市医疗保障局 上海市卫生健康委员会",
    issuer_en: "Shanghai Healthcare Security Administration, Shanghai Municipal Health Commission",
    issued_on: ymd(2023, 5, 24),
    // 第十一条 本通知自 2023 年 6 月 1 日起施行，有效期至 2025 年 5 月 31 日。
    // 沪医保规〔2025〕3号 第三十二条 repealed it (同时废止) from 2025-03-31, so its last
    // day in force is 2025-03-30, not the 2025-05-31 of its own 第十一条.
    in_force_from: ymd(2023, 6, 1),
    in_force_until: Some(ymd(2025, 3, 30)),
    in_force_cite: "第十一条；沪医保规〔2025〕3号 第三十二条",
    // 第一条: 医保医师.
    covers: "按程序与本市医保部门签订服务协议、申请获得医保医师服务标识码，并在本市定点医疗机构为参保人员提供基本医疗服务的执业医师、执业助理医师（第一条）",
    covers_en: "Practising and assistant physicians who signed a service agreement with the Shanghai insurance office, obtained an insurance-physician service code and provide basic care to insured persons in designated medical institutions (Art. 1)",
    seed: "000_e186f20d2df2fe94.txt",
    counting: Counting::PointsAdded,
    period: PeriodKind::NaturalYear,
    period_cite: "第二条",
    clauses: &CLAUSES,
    bands: &BANDS,
    terms: Terms {
        suspension: Text::fixed("暂停医保费用结算支付", "suspension of insurance settlement"),
        termination: Text::fixed("终止", "termination"),
        suspended: Text::fixed("医保费用结算支付暂停中", "Insurance settlement suspended"),
        terminated: Text::fixed("已终止", "Terminated"),
        normal: Text::fixed("正常", "In good standing"),
        objection: Text::fixed("复核申请", "request for review"),
        notice: Text::fixed("《告知书》", "advance notice (告知书)"),
        decision: Text::fixed("《记分通知书》", "scoring notice (记分通知书)"),
        barred: Text::fixed("不得再次登记备案", "no new registration"),
        resumption: Text::fixed("恢复申请", "request to resume"),
        pending: Text::fixed("待考核合格后恢复", "Awaiting the assessment to resume"),
        suspension_short: Text::fixed("暂停", "suspended"),
        termination_short: Text::fixed("终止", "terminated"),
        bar_cite: "",
    },
    conditions: &CONDITIONS,
    provisions: &PROVISIONS,
    procedure: Procedure {
        deadlines: DEADLINES,
        // 第八条: without a timely review request, or after the review, the office issues
        // the 通知书; a pending one is shown on the first working day it can come.
        projection: Some(Projection::DayAfterItsDue),
        notice_of_decision: false,
        measure_notice: None,
        resumption: None,
        repairs: None,
        reset_after_suspension: Some("第二条第三款"),
        after_term: &[
            AfterTerm {
                after: SanctionKind::Training,
                when: NeededWhen::Always,
                awaiting: Awaiting::Assessment,
                actor: Actor::Institution,
                cite: "第五条（三）",
                text: Text::fixed(
                    "离岗培训期满后，由所在定点医疗机构进行考核，考核合格并上报医保系统备案后，方可重新上岗",
                    "after the training your institution assesses you; you return to duty only once you pass and it is filed with the insurance system",
                ),
            },
            AfterTerm {
                after: SanctionKind::Suspension,
                when: NeededWhen::Always,
                awaiting: Awaiting::Assessment,
                actor: Actor::Agency,
                cite: "第五条第二款",
                text: Text::fixed(
                    "需经所在定点医疗机构重新进行医保政策培训并经医保部门考核合格，暂停期满上报医保系统备案后，方可恢复医保费用结算支付",
                    "settlement resumes only after your institution trains you again, the insurance office assesses you as passing, and the end of the suspension is filed with the insurance system",
                ),
            },
        ],
        several_items_cite: "",
        points_cite: "第四条",
    },
    responsibility_cite: "",
    fields: &[
        Field::Severe,
        Field::Fraud,
        Field::Inspection,
        Field::Months,
        Field::Site,
        Field::ObjectionFiledOn,
        Field::Restorations,
    ],
    text_layout: TextLayout {
        sections: false,
        fixes: &[],
    },
    annual_test: None,
    rules: &Shanghai2023,
};

/// How the form, the regime picker, the teaching pages and the item search word 沪2023:
/// a static of its own beside [`REGIME`], which the JS API serialises and so carries
/// whole, while only the app reads these.
pub static WORDING: Wording = Wording {
    place: Text::fixed("上海", "Shanghai"),
    form: FormWords {
        notice_on: Text::fixed("收到《告知书》的日期", "告知书 received on"),
        notice_hint: Text::fixed(
            "只收到告知时填这一项即可：提出异议的期限和预计的决定日期随即算出",
            "With only the notice, this is enough: the objection deadline and the expected decision follow",
        ),
        decision_on: Text::fixed("《记分通知书》日期", "记分通知书 dated"),
        decision_hint: Text::fixed(
            "《记分通知书》的落款日期（第八条）；尚未收到可不填，按复核期限推算",
            "The date on the 记分通知书 (Art. 8); leave empty if not received yet: it is projected",
        ),
        objection_on: Text::fixed("提出复核申请的日期", "Review requested on"),
        objection_hint: Text::fixed(
            "提出了异议才填；逾期提出的，下方会提示",
            "Only if you objected; a late one is pointed out",
        ),
    },
    form_notes: FormNotes {
        // 第七条 sets the review period; 第八条: the 通知书 follows it.
        decision_after_objection: "第七条、第八条",
        notice_after_decision: "",
    },
    field_hints: &[
        (
            Field::Fraud,
            Text::fixed(
                "第（一）（二）项行为按第（三）项记分（第四条第二款）",
                "Clauses (1) and (2) are scored as clause (3) (Art. 4 ¶2)",
            ),
        ),
        (
            Field::Inspection,
            Text::fixed(
                "同一次检查中多次违反同一情形的，按一次记分（第三条）",
                "The same item found several times in one inspection counts once (Art. 3)",
            ),
        ),
    ],
    teaching: Teaching {
        measures: &[
            // 第五条（一）: 其所在定点医疗机构应主动开展约谈并院内通报.
            (SanctionKind::Interview, Text::fixed("所在机构约谈并院内通报", "the institution interviews the physician")),
            // 第五条（二）: 医保部门对其予以告诫，并纳入重点监管对象类别.
            (SanctionKind::Warning, Text::fixed("告诫，纳入重点监管", "a caution and close supervision")),
            // 第五条（三）: 医保部门对其开展约谈，… 离岗医保政策培训.
            (SanctionKind::Training, Text::fixed("医保部门约谈，离岗医保政策培训", "an interview and off-duty policy training")),
            // 第五条（四）: 市医保部门暂停其医保费用结算支付.
            (SanctionKind::Suspension, Text::fixed("暂停医保费用结算支付", "insurance settlement suspended")),
        ],
        bar: Text::fixed("不得再次登记备案", "no new registration"),
        objection: Text::fixed("复核申请", "a review request (复核申请)"),
        notice: Text::fixed("《告知书》", "the notice (告知书)"),
        search: SearchExamples {
            cite: "第四条（一）2",
            code: "4.1.2",
            words: "重复收取、处方、骗保",
        },
        // 沪2023 says nothing of several sites.
        sites_cite: "",
    },
};

/// 沪2023's rules beyond its data.
#[derive(Debug)]
struct Shanghai2023;

impl Rules for Shanghai2023 {
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str {
        include_str!("../seeds/000_e186f20d2df2fe94.txt")
    }

    fn info(&self) -> &'static RegimeInfo {
        &REGIME
    }

    fn score<'c>(
        &self,
        incident: &'c Incident,
        decision: Decision,
        item: &'static Item,
        _notes: &mut Notes,
    ) -> Scored<'c> {
        score(incident, decision, item)
    }

    fn absorb(&self, scored: &mut [Scored]) {
        same_inspection(scored);
    }

    fn projection_note(&self, on: chrono::NaiveDate, objected: bool) -> Text {
        Text::new(
            format!("尚未作出记分决定，暂按 {on}（{}届满后的第一个工作日，第七条、第八条，决定最早可作出之日）计算", if objected { "复核期限" } else { "复核申请期限" }),
            format!("no decision yet; its points are shown as if decided on {on}, the first working day after the {} (第七条、第八条), the earliest the decision can follow", if objected { "review period" } else { "objection period" }),
        )
    }
}

/// 第五条（三）（四）: back on duty, or settlement restored, only after an assessment is
/// passed and filed.
static CONDITIONS: [Condition; 2] = [
    Condition {
        qualifies: Qualifies::Training,
        cite: "第五条（三）",
        text: "培训期满后，由所在定点医疗机构对其进行考核，考核合格并上报医保系统备案后，方可重新上岗。",
        gloss: "After the training month, back on duty only once the institution's assessment is passed and filed with the insurance system",
    },
    Condition {
        qualifies: Qualifies::Restoring,
        cite: "第五条（四）",
        text: "被暂停医保费用结算支付的医保医师需经其所在定点医疗机构重新进行医保政策培训并经医保部门考核合格。暂停期满上报医保系统备案后，方可恢复其医保费用结算支付。",
        gloss: "A suspended physician must be retrained by the institution and pass the insurance office's assessment; settlement resumes only once the end of the suspension is filed",
    },
];

/// 第四条（记分标准）… 医保医师违规行为按情节轻重，具体记分标准如下：（一）一次记1分，
/// 性质恶劣或造成医保基金损失严重的一次记3分；（二）3分 / 6分；（三）6分 / 12分。
/// 第二款：医保医师以骗取医疗保障基金为目的，实施本条第一款（一）、（二）项规定行为之一，
/// 造成医疗保障基金损失的，按照本条第一款第（三）项规定记分。
static CLAUSES: [Clause; 3] = [
    Clause {
        cite: "第四条（一）",
        text: "医保医师有以下违规行为之一，一次记1分；性质恶劣或造成医保基金损失严重的，一次记3分：",
        gloss: "Acts scored 1 point each time; 3 points when egregious or causing a serious fund loss:",
        items: &[
            Item {
                code: "4.1.1",
                cite: "第四条（一）1",
                text: "未按照规定核验基本医疗保险凭证，为违规使用基本医疗保险凭证就医或者购药的个人，进行基本医疗保险费用结算的；",
                gloss: "Settling insurance costs for a person who misused an insurance card, without checking the card as required",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.2",
                cite: "第四条（一）2",
                text: "通过向参保人员重复收取、分解收取、超标准收取或者自定标准收取费用，进行基本医疗保险费用结算的；",
                gloss: "Settling costs collected from insured persons twice, in split parts, above the standard or at self-set rates",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.3",
                cite: "第四条（一）3",
                text: "违反基本医疗保险有关规定，将基本医疗保险基金支付范围或者约定服务范围以内的药品、诊疗项目、医用耗材、医疗服务设施充当为基本医疗保险基金支付范围或者约定服务范围以外的其他药品、诊疗项目、医用耗材、医疗服务设施，或者提供与实际开展医疗活动不相符的结算票据、费用清单、处方以及其他记录材料，进行基本医疗保险费用结算的；",
                gloss: "Passing covered drugs, services, consumables or facilities off as uncovered ones, or supplying bills, cost lists, prescriptions or records that do not match the care given, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.4",
                cite: "第四条（一）4",
                text: "违反基本医疗保险规定，使用有特殊限制的药品、诊疗项目、医用耗材，进行基本医疗保险费用结算的；",
                gloss: "Using drugs, services or consumables under special restrictions in breach of the insurance rules, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.5",
                cite: "第四条（一）5",
                text: "非注册医师从事医疗服务，或者注册医师超出注册的执业范围、执业地点从事医疗服务，进行基本医疗保险费用结算的；",
                gloss: "Care by an unregistered physician, or by a registered physician outside the registered scope or place of practice, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.6",
                cite: "第四条（一）6",
                text: "超出核准登记的诊疗科目开展诊疗活动，进行基本医疗保险费用结算的；",
                gloss: "Treating outside the approved clinical departments, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.7",
                cite: "第四条（一）7",
                text: "未按照基本医疗保险规定的支付比例，进行基本医疗保险费用结算的；",
                gloss: "Settling without applying the insurance's prescribed payment ratio",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.8",
                cite: "第四条（一）8",
                text: "将应当由参保人员负担的医疗费用计入基本医疗保险基金支付范围，进行基本医疗保险费用结算的；",
                gloss: "Charging costs the insured person should bear to the fund, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.9",
                cite: "第四条（一）9",
                text: "将应当由基本医疗保险基金支付的费用要求参保人员负担的；",
                gloss: "Making insured persons pay costs the fund should pay",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.10",
                cite: "第四条（一）10",
                text: "除急诊、抢救等特殊情形外，未经参保人员或者其近亲属、监护人同意提供医疗保障基金支付范围以外的医药服务的；",
                gloss: "Except in emergencies or rescue, providing services outside fund coverage without the consent of the insured person, a close relative or guardian",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
            Item {
                code: "4.1.11",
                cite: "第四条（一）11",
                text: "采取其他损害基本医疗保险基金的方式，进行基本医疗保险费用结算的。",
                gloss: "Any other way of harming the fund, for settlement",
                value: ItemValue::Severity { points: 1, severe: 3 },
            },
        ],
    },
    Clause {
        cite: "第四条（二）",
        text: "医保医师有以下违规行为之一，一次记3分；性质恶劣或造成医保基金损失严重的，一次记6分：",
        gloss: "Acts scored 3 points each time; 6 points when egregious or causing a serious fund loss:",
        items: &[
            Item {
                code: "4.2.1",
                cite: "第四条（二）1",
                text: "将基本医疗保险基金支付范围或者约定服务范围以外的药品、诊疗项目、医用耗材、医疗服务设施充当基本医疗保险基金支付范围或者约定服务范围以内的药品、诊疗项目、医用耗材、医疗服务设施，进行基本医疗保险费用结算的；",
                gloss: "Passing uncovered drugs, services, consumables or facilities off as covered ones, for settlement",
                value: ItemValue::Severity { points: 3, severe: 6 },
            },
            Item {
                code: "4.2.2",
                cite: "第四条（二）2",
                text: "采用为参保人员重复挂号，重复或者无指征化验、检查、治疗，分解住院、挂床住院或者无指征住院等方式，提供医疗服务，进行基本医疗保险费用结算的；",
                gloss: "Duplicate registrations, repeated or unindicated tests, examinations or treatment, split, nominal or unindicated admissions, for settlement",
                value: ItemValue::Severity { points: 3, severe: 6 },
            },
            Item {
                code: "4.2.3",
                cite: "第四条（二）3",
                text: "违反基本医疗保险用药范围或者用药品种规定，以无指征超疗程或者超剂量用药、重复用药，或者以分解、更改处方等方式，为参保人员配药，进行基本医疗保险费用结算的；",
                gloss: "Dispensing against the insurance drug rules (unindicated over-long courses or overdoses, duplicate drugs, split or altered prescriptions), for settlement",
                value: ItemValue::Severity { points: 3, severe: 6 },
            },
            Item {
                code: "4.2.4",
                cite: "第四条（二）4",
                text: "为参保人员利用其享受医疗保障待遇的机会转卖药品，接受返还现金、实物或者获得其他非法利益提供便利的；",
                gloss: "Helping insured persons resell drugs obtained through their insurance benefits, or accept cash, goods or other illegal benefits in return",
                value: ItemValue::Severity { points: 3, severe: 6 },
            },
            Item {
                code: "4.2.5",
                cite: "第四条（二）5",
                text: "采取其他严重损害基本医疗保险基金的方式，进行基本医疗保险费用结算的。",
                gloss: "Any other way of seriously harming the fund, for settlement",
                value: ItemValue::Severity { points: 3, severe: 6 },
            },
        ],
    },
    Clause {
        cite: "第四条（三）",
        text: "医保医师有以下违规行为之一，一次记6分；性质恶劣或造成医保基金损失严重的，一次记12分：",
        gloss: "Acts scored 6 points each time; 12 points when egregious or causing a serious fund loss:",
        items: &[
            Item {
                code: "4.3.1",
                cite: "第四条（三）1",
                text: "收受药商回扣，欺骗诱导患者接受治疗或购药，恶意借用、套用医保医师编码开具处方等严重损害基本医疗保险基金的违规行为的；",
                gloss: "Taking kickbacks from drug sellers, deceiving or inducing patients into treatment or purchases, maliciously borrowing or using another insurance physician's code to prescribe, or similar acts seriously harming the fund",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
            Item {
                code: "4.3.2",
                cite: "第四条（三）2",
                text: "为参保人员冒领、多领生育生活津贴和生育医疗费补贴出具生育医学证明或者病史，损害基本医疗保险基金的；",
                gloss: "Issuing birth certificates or records that let insured persons claim maternity allowances or subsidies falsely or in excess, harming the fund",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
            Item {
                code: "4.3.3",
                cite: "第四条（三）3",
                text: "诱导、协助他人冒名或者虚假就医、购药，提供虚假证明材料，或者串通他人虚开费用单据的；",
                gloss: "Inducing or helping others to seek care or buy drugs under another's name or falsely, providing false supporting documents, or colluding to issue false bills",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
            Item {
                code: "4.3.4",
                cite: "第四条（三）4",
                text: "伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料的；",
                gloss: "Forging, altering, hiding, tampering with or destroying medical records, medical certificates, accounting vouchers, electronic data or similar materials",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
            Item {
                code: "4.3.5",
                cite: "第四条（三）5",
                text: "虚构医药服务项目的；",
                gloss: "Inventing medical services",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
            Item {
                code: "4.3.6",
                cite: "第四条（三）6",
                text: "其他骗取医保基金行为的。",
                gloss: "Any other act of defrauding the fund",
                value: ItemValue::Severity { points: 6, severe: 12 },
            },
        ],
    },
];

/// 第五条（记分处理）医保医师记分累计达到 3-5 分、6-8 分、9-11 分、12 分及以上的
/// 相应处理。
static BANDS: [Band; 4] = [
    Band {
        from: 3,
        to: Some(5),
        kind: SanctionKind::Interview,
        cite: "第五条（一）",
        text: "医保医师记分累计达到 3-5 分的，其所在定点医疗机构应主动开展约谈并院内通报，同时将约谈及处理结果上报医保系统备案。",
        gloss: "3–5 points: the physician's institution interviews them, reports it internally and files the outcome with the insurance system",
        duration: Duration::None,
        one_shot: None,
    },
    Band {
        from: 6,
        to: Some(8),
        kind: SanctionKind::Warning,
        cite: "第五条（二）",
        text: "医保医师记分累计达到 6-8 分的，医保部门对其予以告诫，并纳入重点监管对象类别。",
        gloss: "6–8 points: the insurance office warns the physician and places them under key supervision",
        duration: Duration::None,
        one_shot: None,
    },
    Band {
        from: 9,
        to: Some(11),
        kind: SanctionKind::Training,
        cite: "第五条（三）",
        text: "医保医师记分累计达到 9-11 分的，医保部门对其开展约谈，其所在定点医疗机构应对其开展 1 个月的离岗医保政策培训。培训期满后，由所在定点医疗机构对其进行考核，考核合格并上报医保系统备案后，方可重新上岗。",
        gloss: "9–11 points: the insurance office interviews the physician, who leaves duty for 1 month of insurance-policy training and returns after passing an assessment",
        duration: Duration::Months { min: 1, max: 1 },
        one_shot: None,
    },
    Band {
        from: 12,
        to: None,
        kind: SanctionKind::Suspension,
        cite: "第五条（四）",
        text: "医保医师记分累计达到 12 分及以上的，市医保部门暂停其医保费用结算支付 6-12 个月。",
        gloss: "12 points or more: the municipal insurance office suspends the physician's insurance settlement for 6–12 months",
        duration: Duration::Months { min: 6, max: 12 },
        one_shot: None,
    },
];

use crate::scoring::case::Incident;
use crate::scoring::engine::{step, Decision, Notes, Scored};
use crate::scoring::outcome::{Actor, DeadlineKind};

/// Scores one item of 第四条: its value, or the 性质恶劣 value with `severe`; an act of
/// clause （一） or （二） done to defraud the fund is scored as clause （三） (第四条第二款).
fn score<'c>(incident: &'c Incident, decision: Decision, item: &'static Item) -> Scored<'c> {
    let (normal, severe) = match item.value {
        ItemValue::Severity { points, severe } => (points, severe),
        ItemValue::Fixed { points } => (points, points),
        _ => (0, 0),
    };
    let mut trace = vec![step(
        item.cite,
        format!(
            "条目 {} 一次记 {normal} 分；性质恶劣或造成医保基金损失严重的，一次记 {severe} 分",
            item.code
        ),
        format!(
            "item {} scores {normal}, or {severe} when 性质恶劣或造成医保基金损失严重",
            item.code
        ),
    )];
    let (normal, severe) = if incident.fraud && normal < 6 {
        trace.push(step(
            "第四条第二款",
            "以骗取医疗保障基金为目的，造成基金损失：按第（三）项记分，一次记 6 分，情节恶劣的记 12 分",
            "done to defraud the fund and causing a loss: scored as clause （三）, 6 points, or 12 when severe",
        ));
        (6, 12)
    } else {
        if incident.fraud {
            trace.push(step(
                "第四条第二款",
                "骗保目的的规定仅适用于第（一）、（二）项，本条目已属第（三）项",
                "the fraud rule raises clauses （一） and （二） only; this item is already in （三）",
            ));
        }
        (normal, severe)
    };
    let points = if incident.severe {
        trace.push(step(
            item.cite,
            format!("性质恶劣或造成医保基金损失严重：记 {severe} 分"),
            format!("性质恶劣或造成医保基金损失严重: {severe} points"),
        ));
        severe
    } else {
        normal
    };
    Scored {
        incident,
        decision,
        item: Some(item),
        points,
        range: [points, points],
        added: points,
        counted: true,
        trace,
    }
}

/// 第三条 "同一次监督检查中…多次违反同一种记分情形的，应按发生一次违规行为予以记分", with 第八条
/// "《通知书》的落款日期即为记分日期": in one inspection, the same item found several times
/// counts once, **in date order** (spec v3): the earliest decision counts its points on
/// its own date; a later one adds only what it scores above the points already counted
/// for that item in that inspection, and is not counted when that is nothing. Among
/// decisions of the same day the highest counts (the smallest id among equals). The
/// input's order never decides. Different items in one inspection all count.
fn same_inspection(scored: &mut [Scored]) {
    let mut groups: Vec<(String, &'static str, Vec<usize>)> = Vec::new();
    for (i, s) in scored.iter().enumerate() {
        // An earlier decision given by its points alone names no item to compare.
        let (Some(inspection), Some(item)) = (&s.incident.inspection, s.item) else {
            continue;
        };
        match groups
            .iter_mut()
            .find(|(name, code, _)| name == inspection && *code == item.code)
        {
            Some((_, _, members)) => members.push(i),
            None => groups.push((inspection.clone(), item.code, vec![i])),
        }
    }
    for (inspection, code, mut members) in groups {
        if members.len() < 2 {
            continue;
        }
        crate::calendar::sort_by(&mut members, |&a, &b| {
            let (a, b) = (&scored[a], &scored[b]);
            (a.decision.on, std::cmp::Reverse(a.points), &a.incident.id).cmp(&(
                b.decision.on,
                std::cmp::Reverse(b.points),
                &b.incident.id,
            ))
        });
        // The points counted so far for the item, and the incident that counted them.
        let mut counted: Option<(u32, String)> = None;
        let mut previous_day = None;
        for &i in &members {
            let day = scored[i].decision.on;
            let first_of_day = previous_day != Some(day);
            previous_day = Some(day);
            let s = &mut scored[i];
            let Some((already, by)) = counted.clone() else {
                counted = Some((s.points, s.incident.id.clone()));
                continue;
            };
            let added = if first_of_day {
                s.points.saturating_sub(already)
            } else {
                0
            };
            s.added = added;
            s.counted = added > 0;
            if added == 0 {
                s.trace.push(step(
                    "第三条",
                    format!("同一次监督检查（{inspection}）中多次违反同一记分情形（{code}），按一次记分，以事件 {by} 计"),
                    format!("the same item {code} was found again in inspection \"{inspection}\": it counts once, through incident {by}"),
                ));
            } else {
                s.trace.push(step(
                    "第三条",
                    format!("同一次监督检查（{inspection}）中多次违反同一记分情形（{code}），按一次记分：事件 {by} 已记 {already} 分，本次只增加 {added} 分"),
                    format!("the same item {code} was found again in inspection \"{inspection}\": it counts once; incident {by} already counted {already}, so this one adds {added}"),
                ));
                counted = Some((s.points, s.incident.id.clone()));
            }
        }
    }
}

/// 第七条: 复核申请 within 10 working days of receiving the 告知书, and the review within 10.
const DEADLINES: &[DeadlineRule] = &[
    DeadlineRule {
        kind: DeadlineKind::Objection,
        from: CountsFrom::Notice,
        working_days: 10,
        actor: Actor::Person,
        cite: "第七条",
        text: Text::fixed(
            "对《告知书》有异议的，应在收到之日起 10 个工作日内提出复核申请",
            "apply for a review (复核申请) within 10 working days of receiving the 告知书",
        ),
    },
    DeadlineRule {
        kind: DeadlineKind::Review,
        from: CountsFrom::Objection,
        working_days: 10,
        actor: Actor::Agency,
        cite: "第七条",
        text: Text::fixed(
            "医保部门应在 10 个工作日内完成复核",
            "the insurance office completes the review within 10 working days",
        ),
    },
];

/// The rules beside the items and bands, in the seed's words (第二条, 第三条, 第四条第二款,
/// 第七条, 第八条).
static PROVISIONS: [Provision; 6] = [
    Provision { topic: Topic::Period, cite: "第二条", text: "本市医保部门对医保医师发生的医保违规行为实行记分管管理，记分在一个自然年度内累加计算，每年度末记分清零。", gloss: "Points add up within a natural year and clear at its end." },
    Provision { topic: Topic::Counting, cite: "第三条", text: "在同一次监督检查中，发现医保医师多次违反同一种记分情形的，应按发生一次违规行为予以记分；发现医保医师有两种以上违规行为的，应分别记分，累加分值。", gloss: "The same situation found several times in one inspection scores once; different acts are each scored and added." },
    Provision { topic: Topic::Counting, cite: "第四条第二款", text: "医保医师以骗取医疗保障基金为目的，实施本条第一款（一）、（二）项规定行为之一，造成医疗保障基金损失的，按照本条第一款第（三）项规定记分。", gloss: "An act of clause (1) or (2) done to defraud the fund, causing a loss, is scored as clause (3)." },
    Provision { topic: Topic::Restart, cite: "第二条第三款", text: "医保医师记分累计达到 12 分及以上，在内部离岗培训期满考核合格和暂停医保费用结算支付期满后，记分清零。恢复其医保费用结算支付后，在同一自然年度内再次发生违规行为的，重新按照本通知记分及相应处理。", gloss: "After 12 points, once the training and the suspension are over, the points clear; a new violation the same year is scored afresh." },
    Provision { topic: Topic::Procedure, cite: "第七条", text: "医保医师对《告知书》内容有异议的，应在收到《告知书》之日起 10 个工作日内提出复核申请，医保部门应在 10 个工作日内完成复核。", gloss: "A review (复核申请) within 10 working days of the notice; the office reviews within 10 working days." },
    Provision { topic: Topic::Procedure, cite: "第八条", text: "医保医师未在期限内提出复核申请，或经复核后仍予以记分的，医保部门应当制作《上海市医保定点医疗机构医保医师违规行为记分通知书》", gloss: "Without a timely review request, or when the review keeps the points, the office issues the scoring notice (通知书)." },
];
