//! 温人社发〔2014〕311号 温州市基本医疗保险医师服务资格管理办法
//! (seed `002_e92b9e420bbee4fb.txt`).
//!
//! Each agreement year starts with 12 points (第十三条); every act of class A, B, C or D
//! deducts 12, 6, 2 or 1 points (第十四条 to 第十七条), and the points deducted in the
//! year decide an interview, a suspension or a termination of the agreement (第十八条).

use super::{
    ymd, AfterTerm, Band, Condition, Counting, CountsFrom, DeadlineRule, Duration, FormNotes,
    FormWords, MeasureNotice, NeededWhen, PeriodKind, Procedure, Qualifies, RegimeId, RegimeInfo,
    Resumption, ResumptionWindow, Rules, SearchExamples, Teaching, Terms, TextLayout, Wording,
};
use crate::scoring::case::Field;
use crate::scoring::catalogue::{Clause, Item, ItemValue, Provision, Topic};
use crate::scoring::outcome::Awaiting;
use crate::scoring::outcome::SanctionKind;
use crate::scoring::text::Text;

pub static REGIME: RegimeInfo = RegimeInfo {
    id: "wenzhou-2014",
    regime: RegimeId::Wenzhou2014,
    document: "温人社发〔2014〕311号",
    title: "温州市基本医疗保险医师服务资格管理办法",
    title_en: "Wenzhou measures on the service qualification of basic medical insurance physicians",
    issuer: "温州市人力资源和社会保障局 温州市卫生局",
    issuer_en: "Wenzhou Municipal Human Resources and Social Security Bureau, Wenzhou Municipal Health Bureau",
    issued_on: ymd(2014, 9, 23),
    // 第二十九条 本办法自 2014 年 10 月 1 日起施行。
    in_force_from: ymd(2014, 10, 1),
    in_force_until: None,
    in_force_cite: "第二十九条",
    // 第二条: 医保医师.
    covers: "具有执业医师或执业助理医师资格，在定点医疗机构注册执业，并与医疗保险经办机构签订服务协议的医师（第二条）",
    covers_en: "Physicians and assistant physicians registered to practise in a designated medical institution who signed a service agreement with the insurance agency (Art. 2)",
    seed: "002_e92b9e420bbee4fb.txt",
    counting: Counting::PointsDeducted,
    period: PeriodKind::AgreementYear,
    period_cite: "第十三条",
    clauses: &CLAUSES,
    bands: &BANDS,
    terms: Terms {
        suspension: Text::fixed("中止服务协议", "suspension of the service agreement"),
        termination: Text::fixed("解除服务协议", "termination of the service agreement"),
        suspended: Text::fixed("服务协议中止中", "Service agreement suspended"),
        terminated: Text::fixed("服务协议已解除", "Service agreement terminated"),
        normal: Text::fixed("服务协议正常履行", "Service agreement in force"),
        objection: Text::fixed("书面异议", "written objection"),
        notice: Text::fixed("书面通知", "written notice"),
        decision: Text::fixed("扣分处理决定", "deduction decision"),
        barred: Text::fixed("不再受理重新签订服务协议的申请", "no new agreement"),
        resumption: Text::fixed("恢复履行协议申请", "request to resume the agreement"),
        pending: Text::fixed("待重新签订服务协议", "Awaiting a new service agreement"),
        suspension_short: Text::fixed("中止", "suspended"),
        termination_short: Text::fixed("解除", "terminated"),
        bar_cite: "第十条第二款",
    },
    conditions: &CONDITIONS,
    provisions: &PROVISIONS,
    procedure: Procedure {
        deadlines: DEADLINES,
        // 第二十条: the written notice is of the deduction or measure, after the decision.
        projection: None,
        notice_of_decision: true,
        measure_notice: Some(MeasureNotice {
            working_days: 15,
            cite: "第二十条",
        }),
        resumption: Some(RESUMPTION),
        repairs: None,
        reset_after_suspension: None,
        after_term: &[
            AfterTerm {
                after: SanctionKind::Termination,
                when: NeededWhen::Always,
                awaiting: Awaiting::NewAgreement,
                actor: Actor::Person,
                cite: "第十条第二款",
                text: Text::fixed(
                    "解除协议后一年内不再受理重新签订服务协议的申请；期满后需重新签订《医保医师服务协议》",
                    "no application for a new agreement is accepted for a year after the termination; after it, a new service agreement must be signed",
                ),
            },
            AfterTerm {
                after: SanctionKind::Suspension,
                when: NeededWhen::Extended,
                awaiting: Awaiting::NewAgreement,
                actor: Actor::Person,
                cite: "第十条",
                text: Text::fixed(
                    "未按时提出恢复履行申请，中止期限自动延长至协议期满解除；需重新签订《医保医师服务协议》",
                    "without a timely request to resume, the suspension ran on until the agreement expired; a new service agreement must be signed",
                ),
            },
        ],
        several_items_cite: "",
        points_cite: "第十三条",
    },
    responsibility_cite: "",
    fields: &[
        Field::AgreementStart,
        Field::History,
        Field::ResumptionRequests,
        Field::Serious,
        Field::Months,
        Field::Site,
        Field::ObjectionFiledOn,
        Field::Restorations,
        Field::AgreementEnd,
    ],
    text_layout: TextLayout {
        sections: false,
        fixes: &[],
    },
    annual_test: None,
    rules: &Wenzhou2014,
};

/// How the form, the regime picker, the teaching pages and the item search word 温州:
/// a static of its own beside [`REGIME`], which the JS API serialises and so carries
/// whole, while only the app reads these.
pub static WORDING: Wording = Wording {
    place: Text::fixed("温州", "Wenzhou"),
    form: FormWords {
        notice_on: Text::fixed("收到书面通知的日期", "Written notice received on"),
        notice_hint: Text::fixed("用于计算提出书面异议的期限", "Starts the period for a written objection"),
        decision_on: Text::fixed("扣分处理决定日期", "Deduction decision made on"),
        decision_hint: Text::fixed("扣分处理决定之日", "The day of the deduction decision"),
        objection_on: Text::fixed("提出书面异议的日期", "Written objection filed on"),
        objection_hint: Text::fixed(
            "提出了异议才填；逾期提出的，下方会提示",
            "Only if you objected; a late one is pointed out",
        ),
    },
    form_notes: FormNotes {
        decision_after_objection: "",
        notice_after_decision: "",
    },
    field_hints: &[
        (
            Field::Serious,
            Text::fixed(
                "解除协议时五年内不得重新签订（第十条第三款、第十八条）",
                "On termination, no new agreement for 5 years (Arts. 10 ¶3, 18)",
            ),
        ),
        (
            Field::AgreementEnd,
            Text::fixed(
                "医师在规定时间内不提出恢复履行申请的，中止期限自动延长，直至协议期满解除（第十条）：填写《医保医师服务协议》的期满日",
                "Without a request to resume in time, the suspension runs on until the agreement expires (Art. 10): give the day your service agreement ends",
            ),
        ),
    ],
    teaching: Teaching {
        measures: &[
            // 第十八条: 进行约谈; 中止执行其《医保医师服务协议》; 解除 … 《医保医师服务协议》.
            (SanctionKind::Interview, Text::fixed("约谈", "an interview")),
            (SanctionKind::Suspension, Text::fixed("中止服务协议", "the service agreement suspended")),
            (SanctionKind::Termination, Text::fixed("解除服务协议", "the service agreement terminated")),
        ],
        bar: Text::fixed("不得重新签订服务协议", "no new agreement"),
        objection: Text::fixed("书面异议", "a written objection (书面异议)"),
        notice: Text::fixed("书面通知", "the written notice"),
        search: SearchExamples {
            cite: "第十四条（二）",
            code: "14.2",
            words: "虚假住院、回扣",
        },
        // 第十三条: 其中医保医师多点执业且与多家医疗保险经办机构签订服务协议的，初始分值不变，扣分累加计算。
        sites_cite: "第十三条",
    },
};

/// 温州's rules beyond its data.
#[derive(Debug)]
struct Wenzhou2014;

impl Rules for Wenzhou2014 {
    #[cfg(not(target_arch = "wasm32"))]
    fn seed_text(&self) -> &'static str {
        include_str!("../seeds/002_e92b9e420bbee4fb.txt")
    }

    fn info(&self) -> &'static RegimeInfo {
        &REGIME
    }

    fn measure(&self, reached: &Reached) -> Option<Measure> {
        measure(reached)
    }

    fn resumption_window(
        &self,
        case: &Case,
        measure: &mut Sanction,
        window: &Deadline,
        notes: &mut Notes,
    ) {
        if measure.kind == SanctionKind::Suspension {
            resumption_window(case, measure, window, notes);
        }
    }
}

/// 第十条: to resume, a request within the 10 working days before the suspension ends; the
/// agency decides within 10 working days.
const RESUMPTION: Resumption = Resumption {
    after: &[SanctionKind::Suspension],
    window: ResumptionWindow::Within(10),
    cite: "第十条",
    text: Text::fixed(
        "应在中止期满前 10 个工作日内提交恢复履行协议申请书及整改报告；逾期不申请的，中止期限自动延长直至协议期满解除",
        "apply to resume the agreement, with a rectification report, within the 10 working days before the suspension ends; otherwise the suspension runs on until the agreement expires",
    ),
    decided_within: 10,
    decision_text: Text::fixed(
        "医疗保险经办机构在收到恢复履行协议申请后 10 个工作日内完成审核",
        "the insurance agency reviews the request to resume the agreement within 10 working days",
    ),
};

/// 第十一条: what a suspension means for the person's patients' bills.
static CONDITIONS: [Condition; 1] = [Condition {
    qualifies: Qualifies::Confinement,
    cite: "第十一条",
    text: "中止服务协议的医保医师和非医保医师提供医疗服务产生的相关费用，基本医疗保险基金不予支付，由定点医疗机构承担（急诊、急救除外）。",
    gloss: "While the agreement is suspended, the fund does not pay for the physician's services (emergencies excepted); the institution bears them",
}];

/// 第十三条 … 违规类别分为 A、B、C、D 四类，每次违规分别扣除 12、6、2、1分。
/// 第十四条至第十七条 list the acts of each class.
static CLAUSES: [Clause; 4] = [
    Clause {
        cite: "第十四条",
        text: "医保医师有下列行为之一的，属 A 类违规，每次扣 12 分：",
        gloss: "Class A breaches, 12 points deducted each time:",
        items: &[
            Item {
                code: "14.1",
                cite: "第十四条（一）",
                text: "被卫生计生行政部门吊销执业医师、执业助理医师或乡村医生执业证书或被注销注册、收回执业证书后仍从事诊疗活动的；",
                gloss: "Continuing to practise after the health authority revoked the practising certificate (physician, assistant physician or village doctor), or after deregistration or withdrawal of the certificate",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.2",
                cite: "第十四条（二）",
                text: "通过伪造医疗文书及有关资料、出具虚假医疗证明、办理虚假住院等方式，骗取医疗保险基金的；",
                gloss: "Defrauding the insurance fund by forging medical documents, issuing false medical certificates, arranging false admissions or similar means",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.3",
                cite: "第十四条（三）",
                text: "为参保人员提供虚假证明材料，串通他人虚开门诊、住院票据套取医疗保险基金的；",
                gloss: "Providing insured persons with false supporting documents, or colluding with others to issue false outpatient or inpatient bills to draw fund money",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.4",
                cite: "第十四条（四）",
                text: "被举报查实存在以医谋私，获取非法利益，严重侵害参保人员权益的；",
                gloss: "Being found, on a report, to have used medical practice for private gain, obtaining illegal benefits and seriously harming insured persons",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.5",
                cite: "第十四条（五）",
                text: "故意曲解医保政策和管理规定，挑动参保人员集体上访，造成恶劣影响的；",
                gloss: "Deliberately misrepresenting insurance policy and rules to stir up collective petitions by insured persons, with a bad impact",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.6",
                cite: "第十四条（六）",
                text: "经医疗保险经办机构定期考核不合格的；",
                gloss: "Failing the insurance agency's periodic assessment",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.7",
                cite: "第十四条（七）",
                text: "违反基本医疗保险法律、法规、规章和政策规定，经人力社保部门责令整改而拒绝整改或经整改仍不符合要求的；",
                gloss: "Breaching insurance laws, rules or policy and refusing to rectify when ordered by the human-resources and social-security department, or still falling short after rectification",
                value: ItemValue::Fixed { points: 12 },
            },
            Item {
                code: "14.8",
                cite: "第十四条（八）",
                text: "其他严重违反医疗保险管理规定，危害参保人员利益或造成医疗保险基金重大损失的行为。",
                gloss: "Any other serious breach of insurance rules that harms insured persons or causes a major fund loss",
                value: ItemValue::Fixed { points: 12 },
            },
        ],
    },
    Clause {
        cite: "第十五条",
        text: "医保医师有下列行为之一的，属 B 类违规，每次计扣 6 分：",
        gloss: "Class B breaches, 6 points deducted each time:",
        items: &[
            Item {
                code: "15.1",
                cite: "第十五条（一）",
                text: "故意不核实患者身份，导致冒名住院造成医疗保险基金损失的；",
                gloss: "Deliberately not checking a patient's identity, leading to an admission under another's name and a fund loss",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "15.2",
                cite: "第十五条（二）",
                text: "故意为参保人员串换医疗保险药品、医疗服务项目，造成医疗保险基金损失的；",
                gloss: "Deliberately swapping insurance drugs or medical services for insured persons, causing a fund loss",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "15.3",
                cite: "第十五条（三）",
                text: "故意夸大、掩盖医疗事实，造成医疗保险基金较大损失的；",
                gloss: "Deliberately exaggerating or concealing medical facts, causing a large fund loss",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "15.4",
                cite: "第十五条（四）",
                text: "为参保人员提供医疗服务过程中，出现二级以上负主要责任医疗事故造成参保人严重伤害的；",
                gloss: "A medical accident of grade II or above with primary responsibility, seriously harming an insured patient",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "15.5",
                cite: "第十五条（五）",
                text: "被卫生计生行政部门责令暂停执业活动后仍从事诊疗活动的，或被定点医疗机构停止处方权后仍开具处方的；",
                gloss: "Practising after the health authority ordered a suspension of practice, or prescribing after the institution withdrew prescribing rights",
                value: ItemValue::Fixed { points: 6 },
            },
            Item {
                code: "15.6",
                cite: "第十五条（六）",
                text: "其他违反医疗保险规定，造成医疗保险基金较大损失的行为。",
                gloss: "Any other breach of insurance rules causing a large fund loss",
                value: ItemValue::Fixed { points: 6 },
            },
        ],
    },
    Clause {
        cite: "第十六条",
        text: "医保医师有下列行为之一的，属 C 类违规，每次扣 2 分：",
        gloss: "Class C breaches, 2 points deducted each time:",
        items: &[
            Item {
                code: "16.1",
                cite: "第十六条（一）",
                text: "将服务编码转借给被中止、解除或未签订服务协议的医师开具医保处方的；",
                gloss: "Lending one's service code to a physician whose agreement is suspended, terminated or was never signed, to write insurance prescriptions",
                value: ItemValue::Fixed { points: 2 },
            },
            Item {
                code: "16.2",
                cite: "第十六条（二）",
                text: "使用其他医保医师服务编码开具医保处方的；",
                gloss: "Writing insurance prescriptions under another insurance physician's service code",
                value: ItemValue::Fixed { points: 2 },
            },
            Item {
                code: "16.3",
                cite: "第十六条（三）",
                text: "医疗收费与病历记录、医疗操作不符的；",
                gloss: "Charges that do not match the medical record or the procedures performed",
                value: ItemValue::Fixed { points: 2 },
            },
            Item {
                code: "16.4",
                cite: "第十六条（四）",
                text: "故意分解检查、治疗、处方和收费等造成医保基金损失的；",
                gloss: "Deliberately splitting examinations, treatment, prescriptions or charges, causing a fund loss",
                value: ItemValue::Fixed { points: 2 },
            },
            Item {
                code: "16.5",
                cite: "第十六条（五）",
                text: "不因病施治，过度医疗造成医保基金损失的；",
                gloss: "Not treating according to the illness: over-treatment causing a fund loss",
                value: ItemValue::Fixed { points: 2 },
            },
            Item {
                code: "16.6",
                cite: "第十六条（六）",
                text: "其他违反医疗保险规定，造成医保基金损失的行为。",
                gloss: "Any other breach of insurance rules causing a fund loss",
                value: ItemValue::Fixed { points: 2 },
            },
        ],
    },
    Clause {
        cite: "第十七条",
        text: "医保医师有下列行为之一的，属 D 类违规，每次扣 1 分：",
        gloss: "Class D breaches, 1 point deducted each time:",
        items: &[
            Item {
                code: "17.1",
                cite: "第十七条（一）",
                text: "未按规定核验就诊人员身份，导致冒名门诊就医的；",
                gloss: "Not checking a patient's identity as required, leading to an outpatient visit under another's name",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.2",
                cite: "第十七条（二）",
                text: "不按规定查看既往就诊记录、记载门诊病历，导致重复配药、重复检查的；",
                gloss: "Not checking past visit records or keeping the outpatient record as required, leading to duplicate dispensing or examinations",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.3",
                cite: "第十七条（三）",
                text: "违反医疗保险药品配药量、限制使用条件规定，或无充分理由超药品使用说明书范围用药的；",
                gloss: "Breaching the dispensing-quantity or restricted-use rules for insurance drugs, or prescribing beyond the drug label without sufficient reason",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.4",
                cite: "第十七条（四）",
                text: "不执行门诊处方外配制度，拒绝为参保人员开具外配处方的；",
                gloss: "Not applying the outpatient external-prescription system: refusing to issue insured persons a prescription to be filled elsewhere",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.5",
                cite: "第十七条（五）",
                text: "使用需参保人员自费的药品、医疗服务项目或医用材料等，未履行告知义务被参保人员投诉的；",
                gloss: "Using self-paid drugs, services or materials without informing the insured person, who then complains",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.6",
                cite: "第十七条（六）",
                text: "拒绝配合上级相关行政部门及医疗保险经办机构监督检查的；",
                gloss: "Refusing to cooperate with inspections by higher authorities or the insurance agency",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.7",
                cite: "第十七条（七）",
                text: "不坚持首诊负责制和双向转诊制，推诿、拒收参保人员，以各种借口使参保人员提前或延迟出院的；",
                gloss: "Not following first-contact responsibility and two-way referral: turning away or refusing insured persons, or discharging them early or late on pretexts",
                value: ItemValue::Fixed { points: 1 },
            },
            // seed artifact: a stray page-margin line "基金" between "（康复治疗除外）" and "出院的；" is removed.
            Item {
                code: "17.8",
                cite: "第十七条（八）",
                text: "让住院参保人员带检查和治疗项目（康复治疗除外）出院的；",
                gloss: "Discharging inpatients with examination or treatment items to take with them (rehabilitation therapy excepted)",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.9",
                cite: "第十七条（九）",
                text: "不按规定参加医疗保险经办机构或定点医疗机构举办的医疗保险政策学习培训的；",
                gloss: "Not attending insurance-policy training held by the insurance agency or the institution as required",
                value: ItemValue::Fixed { points: 1 },
            },
            Item {
                code: "17.10",
                cite: "第十七条（十）",
                text: "违反医疗保险有关规定的其他情形。",
                gloss: "Any other breach of the insurance rules",
                value: ItemValue::Fixed { points: 1 },
            },
        ],
    },
];

/// 第十八条 … 一个协议年度内医保医师累计扣分达到 6 分的，… 进行约谈；累计扣分在 9—11 分的，
/// … 中止执行其《医保医师服务协议》1—3 个月；累计扣分达 12 分的或连续三年违规扣分达到 9 分以上的，
/// … 解除与其签订的《医保医师服务协议》，情节严重的，可注销医保医师服务资格并取消其医保医师服务编码。
///
/// 第十条第二款 sets the 1-year bar after a termination (自解除协议之日起一年内不再受理);
/// 第十条第三款 the 5-year bar after the service code is cancelled (五年内不得与其签订).
static BANDS: [Band; 3] = [
    Band {
        from: 6,
        to: Some(8),
        kind: SanctionKind::Interview,
        cite: "第十八条",
        text: "一个协议年度内医保医师累计扣分达到 6 分的，医疗保险经办机构会同定点医疗机构对相关医师进行约谈；",
        gloss: "6–8 points deducted in an agreement year: the insurance agency and the institution interview the physician",
        duration: Duration::None,
        one_shot: None,
    },
    Band {
        from: 9,
        to: Some(11),
        kind: SanctionKind::Suspension,
        cite: "第十八条",
        text: "累计扣分在 9—11 分的，医疗保险经办机构中止执行其《医保医师服务协议》1—3 个月；",
        gloss: "9–11 points deducted: the physician's service agreement is suspended for 1–3 months",
        duration: Duration::Months { min: 1, max: 3 },
        one_shot: None,
    },
    Band {
        from: 12,
        to: None,
        kind: SanctionKind::Termination,
        cite: "第十八条",
        text: "累计扣分达 12 分的或连续三年违规扣分达到 9 分以上的，医疗保险经办机构解除与其签订的《医保医师服务协议》，情节严重的，可注销医保医师服务资格并取消其医保医师服务编码。",
        gloss: "12 points deducted, or 9 or more in each of three consecutive years: the service agreement is terminated; in serious cases the service qualification and code may be cancelled",
        duration: Duration::Bar { min: 1, max: 1 },
        one_shot: None,
    },
];

use crate::scoring::case::Case;
use crate::scoring::engine::{band_or_termination, step, Measure, Notes, Reached};
use crate::scoring::outcome::{Actor, Deadline, DeadlineKind, Sanction};

/// 第十八条: the band's measure; a termination instead of a suspension in the third
/// consecutive year at 9 or more; a bar of 5 years instead of 1 when the service code
/// is cancelled for a serious violation (第十条第三款). A termination already in force
/// in the year decides nothing new.
fn measure(reached: &Reached) -> Option<Measure> {
    let (total, [before, two_before]) = (reached.total, reached.earlier_totals);
    let mut measure = band_or_termination(reached, &BANDS[2], |third_year| {
        if third_year {
            step(
                "第十八条",
                format!("本协议年度扣分 {total} 分，前两个协议年度分别扣 {}、{} 分，连续三年违规扣分达到 9 分以上：解除服务协议", two_before.unwrap_or(0), before.unwrap_or(0)),
                format!("{total} points this agreement year after 9 or more in each of the two before ({}, {}): three consecutive years, so the agreement is terminated", two_before.unwrap_or(0), before.unwrap_or(0)),
            )
        } else {
            step(
                "第十八条",
                format!("协议年度内累计扣分 {total} 分，达 12 分：解除服务协议"),
                format!("{total} points deducted in the agreement year reaches 12: the agreement is terminated"),
            )
        }
    })?;
    if measure.kind != SanctionKind::Termination {
        return Some(measure);
    }
    if reached.serious {
        measure.cite = "第十八条、第十条第三款".into();
        measure.bar_cite = Some("第十条第三款".into());
        measure.duration = Duration::Bar { min: 5, max: 5 };
        measure.trace.push(step(
            "第十条第三款",
            "违规情节严重，注销医保医师服务编码：五年内不得与其签订服务协议",
            "a serious violation (情节严重) cancels the service code: no new agreement for 5 years",
        ));
    } else {
        measure.trace.push(step(
            "第十条第二款",
            "自解除协议之日起一年内不再受理重新签订服务协议的申请",
            "no new agreement for 1 year from the termination",
        ));
    }
    Some(measure)
}

/// 第十条 "医师在规定时间内不提出恢复履行…申请的，中止期限自动延长，直至协议期满解除": a
/// suspension whose window (the 10 working days before its end) holds none of the case's
/// resumption requests is extended; a case that gives no requests at all is taken to
/// have made one in time, and says so, so that the user is asked.
fn resumption_window(case: &Case, suspension: &mut Sanction, window: &Deadline, notes: &mut Notes) {
    let (opens, due) = (window.opens.unwrap_or(window.due), window.due);
    let start = suspension.start.map_or(String::new(), |d| d.to_string());
    // A case that does not say is taken to have made a request in time (spec v2); an
    // empty list says that none was made (v3).
    let Some(requests) = &case.resumption_requests else {
        notes.warn(
            "resumption_request_assumed",
            Some("resumption_requests".into()),
            format!("{start} 起的中止须在 {opens} 至 {due} 期间提交恢复履行协议申请方能于 {due} 期满（第十条）；未填写申请日期，暂按已按时申请计算。已申请的，请填写申请日期；未按时申请的，中止期限自动延长直至协议期满"),
            format!("the suspension from {start} ends on {due} only if you apply to resume the agreement between {opens} and {due} (第十条); no request was given, so one in time is assumed. Give the day you applied, if you did; a suspension without a timely request runs on until the agreement expires"),
        );
        suspension.trace.push(step(
            "第十条",
            format!("未填写恢复履行申请：暂按已在 {opens} 至 {due} 期间按时申请计算"),
            format!(
                "no resumption request given: a timely one (between {opens} and {due}) is assumed"
            ),
        ));
        return;
    };
    if let Some(request) = requests.iter().find(|r| opens <= r.on && r.on <= due) {
        suspension.trace.push(step(
            "第十条",
            format!(
                "已于 {} 在 {opens} 至 {due} 期间申请恢复履行：中止于 {due} 期满",
                request.on
            ),
            format!(
                "resumption requested on {}, within {opens}–{due}: the suspension ends on {due}",
                request.on
            ),
        ));
        return;
    }
    suspension.extended = true;
    let early = requests
        .iter()
        .filter(|r| r.on < opens)
        .map(|r| r.on.to_string())
        .collect::<Vec<_>>();
    let (early_zh, early_en) = if early.is_empty() {
        (String::new(), String::new())
    } else {
        (
            format!("（{} 提出的申请早于申请期，不计入）", early.join("、")),
            format!(
                " (the request of {} came before the window opened, and does not count)",
                early.join(", ")
            ),
        )
    };
    // 第十条 "直至协议期满解除": with the agreement's end known, the suspension lasts to it.
    let until = case.agreement_end.filter(|end| *end > due);
    let (lasts_zh, lasts_en) = match until {
        Some(end) => (
            format!("延长至协议期满之日 {end}，届时解除协议"),
            format!("it runs on until the agreement expires on {end}, when the agreement ends"),
        ),
        None => (
            "直至协议期满解除".to_string(),
            "it runs on until the agreement expires".to_string(),
        ),
    };
    notes.warn(
        "suspension_extended",
        Some("resumption_requests".into()),
        format!("{start} 起的中止期限自动延长：未在 {opens} 至 {due} 期间提出恢复履行协议申请（第十条）{early_zh}，{lasts_zh}"),
        format!("the suspension from {start} is extended: no request to resume the agreement was made between {opens} and {due} (第十条){early_en}, so {lasts_en}"),
    );
    suspension.trace.push(step(
        "第十条",
        format!("未在 {opens} 至 {due} 期间提出恢复履行申请：{due} 后中止期限自动延长，{lasts_zh}"),
        format!("no resumption request between {opens} and {due}: the suspension runs on after {due}; {lasts_en}"),
    ));
}

/// 第二十条: a written objection within 10 working days of the written notice.
const DEADLINES: &[DeadlineRule] = &[DeadlineRule {
    kind: DeadlineKind::Objection,
    from: CountsFrom::Notice,
    working_days: 10,
    actor: Actor::Person,
    cite: "第二十条",
    text: Text::fixed(
        "对处理决定有异议的，可在接到书面通知后 10 个工作日内通过所在单位提出书面异议",
        "a written objection, through your institution, within 10 working days of receiving the written notice",
    ),
}];

/// The rules beside the items and bands, in the seed's words (第十条, 第十三条, 第十八条,
/// 第二十条).
static PROVISIONS: [Provision; 7] = [
    Provision { topic: Topic::Period, cite: "第十三条", text: "一个协议年度内医保医师的初始分值为 12 分，扣分在协议年度内累加计算，每个协议年度末扣分清零。", gloss: "Each agreement year starts with 12 points; deductions add up within it and clear at its end." },
    Provision { topic: Topic::Counting, cite: "第十三条", text: "其中医保医师多点执业且与多家医疗保险经办机构签订服务协议的，初始分值不变，扣分累加计算。", gloss: "A physician with agreements at several agencies keeps one 12; deductions add up." },
    Provision { topic: Topic::Bar, cite: "第十条第二款", text: "因违规被解除《医保医师服务协议》的，医疗保险经办机构自解除协议之日起一年内不再受理该医师要求重新签订《医保医师服务协议》的申请。", gloss: "After a termination, no application for a new agreement is accepted for one year." },
    Provision { topic: Topic::Bar, cite: "第十条第三款", text: "本市医疗保险经办机构五年内不得与其签订《医保医师服务协议》。", gloss: "When the service code is cancelled: no agreement for five years." },
    Provision { topic: Topic::ThreeYears, cite: "第十八条", text: "累计扣分达 12 分的或连续三年违规扣分达到 9 分以上的，医疗保险经办机构解除与其签订的《医保医师服务协议》", gloss: "12 points deducted, or 9 or more three years running: the agreement is terminated." },
    Provision { topic: Topic::Procedure, cite: "第十条", text: "如需恢复履行《医保医师服务协议》，医师应当在中止期满前 10 个工作日内向医疗保险经办机构提交恢复履行《医保医师协议》的申请书及整改报告，并附上所在定点医疗机构的意见。医疗保险经办机构在收到上述材料后，应在 10 个工作日内按规定程序作出是否同意恢复履行《医保医师服务协议》的决定。医师在规定时间内不提出恢复履行《医保医师协议》申请的，中止期限自动延长，直至协议期满解除。", gloss: "To resume, apply within the 10 working days before the suspension ends; the agency decides within 10 working days; without a request the suspension runs on until the agreement expires." },
    Provision { topic: Topic::Procedure, cite: "第二十条", text: "医疗保险经办机构对医保医师考核扣分的，应当书面告知本人及所在定点医疗机构；医疗保险经办机构作出中止、解除医保医师服务协议或注销服务编码，应当提前 15 个工作日书面告知本人及其所在定点医疗机构。医保医师对医疗保险经办机构作出的处理决定存在异议的，可在接到书面通知后 10 个工作日内通过所在单位向医疗保险经办机构提出书面异议。", gloss: "Deductions are notified in writing; a suspension, termination or cancellation 15 working days ahead; a written objection within 10 working days of the notice." },
];
