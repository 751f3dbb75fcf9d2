//! The scenario library: worked cases written from each regulation's own rules, each
//! with a short explanation of the articles that decide it. One click in the app loads
//! one as a new case; `tests/scenarios.rs` checks every one against its `expect`.

use crate::scoring::RegimeId;

/// A worked scenario.
#[derive(Debug, Clone, Copy)]
pub struct Scenario {
    pub id: &'static str,
    pub regime: RegimeId,
    pub title: &'static str,
    pub title_en: &'static str,
    /// Which articles decide it, and how.
    pub explain: &'static str,
    pub explain_en: &'static str,
    /// The articles the explanation relies on.
    pub cites: &'static [&'static str],
    /// The case, in the spec's format.
    pub case: &'static str,
    /// Fields of the result that must hold (as the spec's examples: a subset).
    pub expect: &'static str,
}

/// Every scenario, grouped by regime.
pub static SCENARIOS: &[Scenario] = &[
    // ── 沪医保规〔2025〕3号 ─────────────────────────────────────────────
    Scenario {
        id: "sh2025-band-edge-8-9",
        regime: RegimeId::Shanghai2025,
        title: "8 分只通报，第 9 分暂停 1 个月",
        title_en: "8 points is a notice; the 9th suspends for a month",
        explain: "两次一般责任的 4—6 分情形各记 4 分，累计 8 分，未达到 9 分：每次作出记分处理时，医保经办机构都向所在机构通报（第十四条（一））。再记 1 分累计达到 9 分，暂停医保支付资格 1 个月，自决定次日起算（第十四条（二）1）。每次决定 3 个工作日内送达机构，机构再 3 个工作日内更新登记备案状态（第二十一条、第二十二条）；资格恢复申请须在期满 10 个工作日前提出（第三十条）。",
        explain_en: "Two 4–6 situations with general responsibility score 4 each: 8 points stay below 9, so each decision is only notified to the institution (Art. 14(1)). One more point reaches 9: payment eligibility is suspended for 1 month from the day after the decision (Art. 14(2)1). Each decision reaches the institution within 3 working days, which updates the registration within 3 more (Arts. 21, 22); the request to resume is due 10 working days before the end (Art. 30).",
        cites: &["第十四条（一）", "第十四条（二）1", "第二十一条", "第二十二条", "第三十条"],
        case: r#"{"regime": "shanghai-2025", "as_of": "2025-08-15", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-04-10", "responsibility": "general"},
            {"id": "b", "item": "13.2", "decided_on": "2025-06-10", "responsibility": "general"},
            {"id": "c", "item": "13.1.1", "decided_on": "2025-08-01", "responsibility": "general"}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "notice", "decided_on": "2025-04-10", "trigger": "a"},
            {"kind": "notice", "decided_on": "2025-06-10", "trigger": "b"},
            {"kind": "suspension", "decided_on": "2025-08-01", "trigger": "c", "start": "2025-08-02", "months": 1, "end": "2025-09-01"}],
            "deadlines": [
                {"kind": "decision_delivery", "due": "2025-04-15"}, {"kind": "registration_update", "due": "2025-04-18"},
                {"kind": "decision_delivery", "due": "2025-06-13"}, {"kind": "registration_update", "due": "2025-06-18"},
                {"kind": "decision_delivery", "due": "2025-08-06"}, {"kind": "registration_update", "due": "2025-08-11"},
                {"kind": "resumption_request", "due": "2025-08-18"}],
            "status": {"state": "suspended", "total": 9, "next": {"at": 10}}}"#,
    },
    Scenario {
        id: "sh2025-one-shot-9",
        regime: RegimeId::Shanghai2025,
        title: "一次性记 9 分：暂停 2 个月而非 1 个月",
        title_en: "9 points at once: 2 months, not 1",
        explain: "为登记备案状态暂停的人员冒名结算属第十三条（三），起决定作用的主要责任者（第十二条）取档次最高的 9 分。一次性记分 9 分的，暂停医保支付资格 2 个月，长于累计达到 9 分的 1 个月（第十四条（二）1）。",
        explain_en: "Letting a suspended person settle under one's name is Art. 13(3); primary responsibility takes the top of the tier, 9. Nine points at once suspend for 2 months, longer than the 1 month of a cumulative 9 (Art. 14(2)1).",
        cites: &["第十三条（三）", "第十二条", "第十四条（二）1"],
        case: r#"{"regime": "shanghai-2025", "as_of": "2025-05-01", "incidents": [
            {"id": "a", "item": "13.3", "decided_on": "2025-04-15", "responsibility": "primary"}]}"#,
        expect: r#"{"incidents": [{"id": "a", "points": 9, "range": [7, 9]}],
            "sanctions": [{"kind": "suspension", "start": "2025-04-16", "months": 2, "end": "2025-06-15"}],
            "deadlines": [{"kind": "decision_delivery", "due": "2025-04-18"}, {"kind": "registration_update", "due": "2025-04-23"},
                {"kind": "resumption_request", "due": "2025-05-30"}],
            "status": {"state": "suspended", "total": 9}}"#,
    },
    Scenario {
        id: "sh2025-one-shot-12",
        regime: RegimeId::Shanghai2025,
        title: "一次性记满 12 分：终止，3 年内不得再次登记，不予修复",
        title_en: "12 points at once: terminated, 3 years' bar, no repair",
        explain: "机构因《医疗保障基金使用监督管理条例》第四十条受处罚，主要责任人记第十三条（四）档次最高的 12 分。一次性记满 12 分的，终止医保支付资格，终止之日起 3 年内不得再次登记备案（第十四条（三）），且不予修复（第二十九条）：其后的考试不减分，也不占用当年的修复次数。",
        explain_en: "The institution was penalised under Art. 40 of the national regulations; the person with primary responsibility scores the top of Art. 13(4), 12. Twelve points at once terminate eligibility with a 3-year bar on registering again (Art. 14(3)), and cannot be repaired (Art. 29): the later exam removes nothing.",
        cites: &["第十三条（四）1", "第十四条（三）", "第二十九条"],
        case: r#"{"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.4.1", "decided_on": "2025-06-10", "responsibility": "primary"}],
            "repairs": [{"kind": "exam", "on": "2025-07-01"}]}"#,
        expect: r#"{"sanctions": [{"kind": "termination", "start": "2025-06-11", "one_shot": true, "bar_years": 3, "bar_until": "2028-06-10", "bar_earliest_until": "2028-06-10"}],
            "status": {"state": "terminated", "total": 12},
            "warnings": ["repair_not_allowed", "repair_without_effect", "calendar_not_covered"]}"#,
    },
    Scenario {
        id: "sh2025-repair-shortens",
        regime: RegimeId::Shanghai2025,
        title: "考试修复：减 1 分，暂停期限最多缩短 1 个月",
        title_en: "The exam repair: 1 point less, at most a month off the suspension",
        explain: "累计 10 分暂停 3 个月（第十四条（二）2）。暂停期间通过医保经办机构组织的考试，年度内减免 1 分；涉及登记备案状态调整的，年度内缩短暂停时限至多 1 个月（第二十九条）：最早可于 2025-08-10 结束。修复不撤销已作出的暂停。",
        explain_en: "A total of 10 suspends for 3 months (Art. 14(2)2). Passing the agency's exam during the suspension removes 1 point for the year, and may shorten the suspension by at most a month (Art. 29): it may end on 2025-08-10 at the earliest. The repair does not undo the suspension.",
        cites: &["第十四条（二）2", "第二十九条"],
        case: r#"{"regime": "shanghai-2025", "as_of": "2025-07-15", "incidents": [
            {"id": "a", "item": "13.2", "decided_on": "2025-04-03", "responsibility": "general"},
            {"id": "b", "item": "13.2", "decided_on": "2025-06-10", "responsibility": "primary"}],
            "repairs": [{"kind": "exam", "on": "2025-07-01"}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "notice", "trigger": "a"},
            {"kind": "suspension", "trigger": "b", "start": "2025-06-11", "months": 3, "end": "2025-09-10", "earliest_end": "2025-08-10"}],
            "deadlines": [{"kind": "decision_delivery", "due": "2025-04-09"}, {"kind": "registration_update", "due": "2025-04-14"},
                {"kind": "decision_delivery", "due": "2025-06-13"}, {"kind": "registration_update", "due": "2025-06-18"},
                {"kind": "resumption_request", "due": "2025-08-27"}],
            "status": {"state": "suspended", "total": 9, "next": {"at": 10}}}"#,
    },
    Scenario {
        id: "sh2025-lower-tier",
        regime: RegimeId::Shanghai2025,
        title: "主动挽回损失：减轻一档记分",
        title_en: "Recovering the loss: one tier lower",
        explain: "第十三条（三）属 7—9 分档次，重要责任取中间值 8 分；主动挽回损失、消除不利影响的，可减轻一档，在 4—6 分档次内取同一位置，记 5 分（第十三条）。另一事件同档从重，一般责任 1 分加为 2 分。两次决定后累计分别为 5 分、7 分，均未达到 9 分，每次只向所在机构通报（第十四条（一））。",
        explain_en: "Art. 13(3) is the 7–9 tier; important responsibility takes the middle, 8. Recovering the loss allows one tier lower: the same position in 4–6, 5 points (Art. 13). Another incident is made heavier within its tier: 1 becomes 2. After each decision the total (5, then 7) stays below 9: each is only notified to the institution (Art. 14(1)).",
        cites: &["第十三条", "第十三条（三）", "第十四条（一）"],
        case: r#"{"regime": "shanghai-2025", "as_of": "2025-12-01", "incidents": [
            {"id": "a", "item": "13.3", "decided_on": "2025-05-20", "responsibility": "important", "adjustment": "lower_tier"},
            {"id": "b", "item": "13.1.2", "decided_on": "2025-09-01", "responsibility": "general", "adjustment": "heavier"}]}"#,
        expect: r#"{"incidents": [{"id": "a", "points": 5, "range": [4, 6]}, {"id": "b", "points": 2, "range": [1, 3]}],
            "sanctions": [{"kind": "notice", "trigger": "a"}, {"kind": "notice", "trigger": "b"}],
            "status": {"state": "normal", "total": 7, "next": {"at": 9, "points_needed": 2}}}"#,
    },
    // ── 沪医保规〔2023〕4号 ─────────────────────────────────────────────
    Scenario {
        id: "sh2023-same-inspection",
        regime: RegimeId::Shanghai2023,
        title: "同一次检查，同一情形只记一次",
        title_en: "One inspection: the same situation counts once",
        explain: "同一次监督检查中多次违反同一种记分情形的，按一次记分；两种以上违规行为的，分别记分，累加分值（第三条）。两次分解收费（第四条（一）2）只按性质恶劣的一次记 3 分，另一种违规记 3 分，累计 6 分：告诫并纳入重点监管（第五条（二））。",
        explain_en: "In one inspection, the same situation found several times counts once; different violations each count (Art. 3). The two split-charging findings count once, at the egregious 3; another violation adds 3: 6 points, a caution and close supervision (Art. 5(2)).",
        cites: &["第三条", "第四条（一）2", "第五条（二）"],
        case: r#"{"regime": "shanghai-2023", "as_of": "2024-06-30", "incidents": [
            {"id": "a", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "2024 年专项检查"},
            {"id": "b", "item": "4.1.2", "decided_on": "2024-03-05", "inspection": "2024 年专项检查", "severe": true},
            {"id": "c", "item": "4.2.2", "decided_on": "2024-03-05", "inspection": "2024 年专项检查"}]}"#,
        expect: r#"{"incidents": [{"id": "a", "counted": false}, {"id": "b", "points": 3, "counted": true}, {"id": "c", "points": 3, "counted": true}],
            "sanctions": [{"kind": "warning", "trigger": "c"}],
            "status": {"total": 6, "next": {"at": 9}}}"#,
    },
    Scenario {
        id: "sh2023-fraud-training",
        regime: RegimeId::Shanghai2023,
        title: "以骗保为目的：按第（三）项记 6 分，累计 9 分离岗培训",
        title_en: "Done to defraud: scored as clause (3); 9 points mean off-duty training",
        explain: "以骗取医疗保障基金为目的实施第（一）项行为并造成损失的，按第（三）项记 6 分（第四条第二款），告诫并重点监管。再记 3 分累计 9 分：约谈并离岗培训 1 个月（第五条（三）），这不是暂停结算；培训期满考核合格并上报医保系统备案后，方可重新上岗。",
        explain_en: "A clause (1) act done to defraud the fund, causing a loss, is scored as clause (3): 6 points (Art. 4 ¶2), a caution. Three more make 9: an interview and 1 month of off-duty training (Art. 5(3)), which is not a suspension of settlement; back on duty only after passing the assessment, once it is filed with the insurance system.",
        cites: &["第四条第二款", "第五条（二）", "第五条（三）"],
        case: r#"{"regime": "shanghai-2023", "as_of": "2024-05-20", "incidents": [
            {"id": "a", "item": "4.1.8", "decided_on": "2024-04-10", "fraud": true},
            {"id": "b", "item": "4.2.1", "decided_on": "2024-05-06"}]}"#,
        expect: r#"{"incidents": [{"id": "a", "points": 6}, {"id": "b", "points": 3}],
            "sanctions": [{"kind": "warning", "trigger": "a"}, {"kind": "training", "trigger": "b", "start": "2024-05-07", "months": 1, "end": "2024-06-06"}],
            "status": {"state": "training", "total": 9, "next": {"at": 12}}}"#,
    },
    Scenario {
        id: "sh2023-reset-after-12",
        regime: RegimeId::Shanghai2023,
        title: "记满 12 分暂停期满后清零，同年重新记分",
        title_en: "After a suspension at 12 ends, the year starts again from 0",
        explain: "性质恶劣的第（三）项行为一次记 12 分，暂停医保费用结算支付 6—12 个月，未确定期限前按 6 个月显示（第五条（四））。暂停期满后记分清零；经培训考核合格、上报备案后于 8 月 5 日恢复结算（第五条第二款）。恢复结算后同一年度再违规的，重新记分并适用各档处理（第二条第三款）：9 月的 3 分带来约谈。",
        explain_en: "An egregious clause (3) act scores 12 at once: settlement is suspended 6–12 months, shown as 6 until decided (Art. 5(4)). When the suspension ends the points restart at 0; after retraining, an assessment and its filing, settlement resumes on 5 August (Art. 5 ¶2). A violation later that year is scored afresh and the bands apply again (Art. 2 ¶3): the 3 points in September bring an interview.",
        cites: &["第五条（四）", "第五条第二款", "第二条第三款", "第五条（一）"],
        case: r#"{"regime": "shanghai-2023", "as_of": "2024-12-31", "incidents": [
            {"id": "a", "item": "4.3.1", "decided_on": "2024-02-01", "severe": true},
            {"id": "b", "item": "4.2.1", "decided_on": "2024-09-10"}],
            "restorations": [{"on": "2024-08-05"}]}"#,
        expect: r#"{"sanctions": [{"kind": "suspension", "start": "2024-02-02", "months": 6, "end": "2024-08-01", "latest_end": "2025-02-01"}, {"kind": "interview", "trigger": "b"}],
            "periods": [{"period": "2024", "total": 3}],
            "status": {"state": "normal", "total": 3}}"#,
    },
    // ── 温人社发〔2014〕311号 ─────────────────────────────────────────────
    Scenario {
        id: "wz-agreement-year",
        regime: RegimeId::Wenzhou2014,
        title: "扣分按协议年度计算，年度末清零",
        title_en: "Deductions run by agreement year, and clear at its end",
        explain: "一个协议年度内初始分值 12 分，扣分在协议年度内累加，每个协议年度末清零（第十三条）。协议自 7 月 1 日起算：6 月故意夸大医疗事实（第十五条（三））扣的 6 分属上一协议年度并引起约谈（第十八条），7 月的 2 分从新协议年度重新计算。",
        explain_en: "Each agreement year starts with 12 points; deductions add up within it and clear at its end (Art. 13). The agreement started on 1 July: June's 6 points belong to the year before and bring an interview (Art. 18); July's 2 count in the new year.",
        cites: &["第十三条", "第十五条（三）", "第十八条"],
        case: r#"{"regime": "wenzhou-2014", "as_of": "2020-08-01", "agreement_start": "2019-07-01", "incidents": [
            {"id": "a", "item": "15.3", "decided_on": "2020-06-15"},
            {"id": "b", "item": "16.4", "decided_on": "2020-07-06"}]}"#,
        expect: r#"{"periods": [
            {"period": "2019-07-01", "start": "2019-07-01", "end": "2020-06-30", "total": 6, "remaining": 6},
            {"period": "2020-07-01", "start": "2020-07-01", "end": "2021-06-30", "total": 2, "remaining": 10}],
            "sanctions": [{"kind": "interview", "trigger": "a"}],
            "status": {"period": "2020-07-01", "total": 2}}"#,
    },
    Scenario {
        id: "wz-advance-notice",
        regime: RegimeId::Wenzhou2014,
        title: "中止协议须提前 15 个工作日告知",
        title_en: "A suspension is notified 15 working days ahead",
        explain: "协议年度内累计扣分 9 分，中止服务协议 1—3 个月，经办机构定为 2 个月（第十八条）。中止应提前 15 个工作日书面告知（第二十条）：决定于 4 月 1 日，其后第 15 个工作日（清明假期不计）即 4 月 23 日起执行。恢复履行协议申请须在期满前 10 个工作日内提出，否则中止自动延长（第十条）。",
        explain_en: "Nine points in an agreement year suspend the agreement for 1–3 months; the agency chose 2 (Art. 18). A suspension is notified 15 working days ahead (Art. 20): decided on 1 April, it takes effect on 23 April, the 15th working day after the decision (the Qingming holiday does not count). The request to resume must come within the 10 working days before the end, or the suspension runs on (Art. 10).",
        cites: &["第十八条", "第二十条", "第十条"],
        case: r#"{"regime": "wenzhou-2014", "as_of": "2021-05-01", "agreement_start": "2020-10-01", "incidents": [
            {"id": "a", "item": "15.2", "decided_on": "2021-03-01"},
            {"id": "b", "item": "16.3", "decided_on": "2021-03-15"},
            {"id": "c", "item": "17.2", "decided_on": "2021-04-01", "months": 2}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "interview", "trigger": "a"},
            {"kind": "suspension", "trigger": "c", "start": "2021-04-23", "months": 2, "min_months": 1, "max_months": 3, "end": "2021-06-22", "latest_end": "2021-07-22"}],
            "deadlines": [{"kind": "resumption_request", "opens": "2021-06-07", "due": "2021-06-22"}],
            "status": {"state": "suspended", "total": 9, "remaining": 3}}"#,
    },
    Scenario {
        id: "wz-three-years",
        regime: RegimeId::Wenzhou2014,
        title: "连续三年扣分达到 9 分：解除协议而非中止",
        title_en: "Nine points three years running: termination, not suspension",
        explain: "前两个协议年度分别扣 9 分、10 分，本协议年度再次达到 9 分，属连续三年违规扣分达到 9 分以上，解除服务协议（第十八条），同样提前 15 个工作日告知（第二十条）；自解除之日起一年内不再受理重新签订（第十条第二款）。",
        explain_en: "After 9 and 10 points in the two agreement years before, reaching 9 again makes three consecutive years at 9 or more: the agreement is terminated (Art. 18), also with 15 working days' notice (Art. 20), and no new agreement for a year (Art. 10 ¶2).",
        cites: &["第十八条", "第二十条", "第十条第二款"],
        case: r#"{"regime": "wenzhou-2014", "as_of": "2021-12-31", "agreement_start": "2018-01-01",
            "history": [{"period": "2019-01-01", "points": 9}, {"period": "2020-01-01", "points": 10}],
            "incidents": [
            {"id": "a", "item": "15.1", "decided_on": "2021-03-01"},
            {"id": "b", "item": "16.1", "decided_on": "2021-05-10"},
            {"id": "c", "item": "17.3", "decided_on": "2021-06-01"}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "interview", "trigger": "a"},
            {"kind": "termination", "trigger": "c", "start": "2021-06-23", "bar_years": 1, "bar_until": "2022-06-22"}],
            "deadlines": [],
            "status": {"state": "terminated", "total": 9}}"#,
    },
    // ── 济宁 2024 ─────────────────────────────────────────────────────
    Scenario {
        id: "jn-bands-5-and-6",
        regime: RegimeId::Jining2024,
        title: "扣到 5 分约谈，扣到 6 分中止协议 3 个月",
        title_en: "5 points: an interview; 6: the agreement suspended 3 months",
        explain: "一个自然年度内累计扣分达到 5 分，责令定点医药机构约谈；6—8 分中止服务协议 3 个月，期满自动恢复，同一年度的扣分继续累计（五（一）、五（二））。一年内 3 项以上其他违规，所在机构列入重点监控名单（六（三））。",
        explain_en: "Five points in a year: the institution must interview the person; 6–8 suspend the agreement for 3 months, which then resumes by itself while the year's points keep adding up (5(1), 5(2)). Three or more other violations in a year put the institution on the watchlist (6(3)).",
        cites: &["五（一）", "五（二）", "六（三）"],
        case: r#"{"regime": "jining-2024", "as_of": "2025-05-01", "incidents": [
            {"id": "a", "item": "4.2.1", "decided_on": "2025-01-20"},
            {"id": "b", "item": "4.1.2", "decided_on": "2025-02-10"},
            {"id": "c", "item": "4.1.3", "decided_on": "2025-03-10"},
            {"id": "d", "item": "4.1.5", "decided_on": "2025-04-08"}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "interview", "trigger": "c"},
            {"kind": "suspension", "trigger": "d", "start": "2025-04-09", "months": 3, "end": "2025-07-08"}],
            "flags": [{"code": "institution_watchlist", "period": "2025"}],
            "status": {"state": "suspended", "total": 6, "remaining": 6, "next": {"at": 9}}}"#,
    },
    Scenario {
        id: "jn-one-shot-12",
        regime: RegimeId::Jining2024,
        title: "一次扣 12 分：解除协议，机构列入重点监控",
        title_en: "12 points at once: termination, and the institution watched",
        explain: "诱导、协助他人冒名就医每次扣 12 分（四（四）1），累计扣分 12 分解除服务协议（五（一）），视情节 1—2 年内不再签订（五（二））。出现一次性扣 12 分的严重违规，所在机构列入重点监控名单（六（三））。年满 50 周岁的，年度测试为开卷（三（三））。",
        explain_en: "Inducing or helping others to seek care under a false name deducts 12 each time (4(4)1); 12 points terminate the agreement (5(1)), with no new one for 1–2 years (5(2)). A one-shot 12 puts the institution on the watchlist (6(3)). From 50, the annual test is open-book (3(3)).",
        cites: &["四（四）", "五（一）", "五（二）", "六（三）", "三（三）"],
        case: r#"{"regime": "jining-2024", "as_of": "2025-06-30", "birth_date": "1970-03-01", "incidents": [
            {"id": "a", "item": "4.4.1", "decided_on": "2025-05-08"}]}"#,
        expect: r#"{"sanctions": [{"kind": "termination", "start": "2025-05-09", "bar_years": 1, "bar_max_years": 2, "bar_until": "2026-05-08"}],
            "flags": [{"code": "institution_watchlist", "period": "2025"}],
            "status": {"state": "terminated", "total": 12, "remaining": 0, "exam_format": "open_book"}}"#,
    },
    Scenario {
        id: "jn-three-years",
        regime: RegimeId::Jining2024,
        title: "连续三年扣分 9 分以上：解除协议",
        title_en: "Nine or more three years running: termination",
        explain: "前两年分别扣 9 分、10 分。本年先扣 6 分中止协议 3 个月；再扣 3 分达到 9 分时，因连续三年违规扣分 9 分以上，解除服务协议而非中止 6 个月（五（一））。",
        explain_en: "Nine and ten points in the two years before. This year, 6 points first suspend the agreement for 3 months; at 9, three consecutive years at 9 or more terminate it instead of a 6-month suspension (5(1)).",
        cites: &["五（一）", "五（二）"],
        case: r#"{"regime": "jining-2024", "as_of": "2025-12-31",
            "history": [{"period": "2023", "points": 9}, {"period": "2024", "points": 10}],
            "incidents": [
            {"id": "a", "item": "4.3.2", "decided_on": "2025-03-03"},
            {"id": "b", "item": "4.2.2", "decided_on": "2025-07-01"}]}"#,
        expect: r#"{"sanctions": [
            {"kind": "suspension", "trigger": "a", "start": "2025-03-04", "months": 3, "end": "2025-06-03"},
            {"kind": "termination", "trigger": "b", "start": "2025-07-02", "bar_until": "2026-07-01"}],
            "status": {"state": "terminated", "total": 9}}"#,
    },
    // ── 上海市人民政府令第31号 ─────────────────────────────────────────
    Scenario {
        id: "sh2020-fraud-fines",
        regime: RegimeId::Shanghai2020,
        title: "骗取基金：退回并处二至五倍罚款",
        title_en: "Fraud: repay, and a fine of 2 to 5 times",
        explain: "定点医疗机构以欺诈等手段骗取基金支出的，责令退回并处骗取金额二倍以上五倍以下罚款（第十五条第一款）；参保人员或者其他个人骗取的，同样处二至五倍罚款（第十五条第二款）。本办法不记分。",
        explain_en: "An institution obtaining fund payments by fraud repays them and is fined 2 to 5 times the amount (Art. 15 ¶1); an insured person or other individual likewise (Art. 15 ¶2). This order scores no points.",
        cites: &["第十五条第一款", "第十五条第二款"],
        case: r#"{"regime": "shanghai-2020", "as_of": "2024-12-31", "incidents": [
            {"id": "a", "item": "15.1", "decided_on": "2024-05-01", "amount_yuan": 12000},
            {"id": "b", "item": "15.2", "decided_on": "2024-06-01", "amount_yuan": 800.5}]}"#,
        expect: r#"{"incidents": [
            {"id": "a", "points": null, "fine_min": 24000, "fine_max": 60000, "warning_possible": false, "measures": ["refund"]},
            {"id": "b", "fine_min": 1601, "fine_max": 4002.5, "warning_possible": false}],
            "sanctions": []}"#,
    },
    Scenario {
        id: "sh2020-individual-severe",
        regime: RegimeId::Shanghai2020,
        title: "个人违规情节严重：改变记帐结算方式",
        title_en: "A serious individual violation: the settlement mode changed",
        explain: "个人将医保凭证出借他人使用，可处警告或 100 至 2000 元罚款；情节严重的，处 2000 元以上 1 万元以下罚款，还可以改变其记帐结算方式 1 至 6 个月（第十九条），本例定为 3 个月。",
        explain_en: "Lending one's insurance card: a warning or ¥100–2,000; when serious, ¥2,000–10,000, and the settlement mode may change for 1–6 months (Art. 19), here 3.",
        cites: &["第十九条"],
        case: r#"{"regime": "shanghai-2020", "as_of": "2024-12-31", "incidents": [
            {"id": "a", "item": "19.1", "decided_on": "2024-06-03", "severe": true, "months": 3}]}"#,
        expect: r#"{"incidents": [{"id": "a", "fine_min": 2000, "fine_max": 10000, "measures": ["refund", "settlement_change_possible"]}],
            "sanctions": [{"kind": "settlement_change", "start": "2024-06-04", "months": 3, "end": "2024-09-03", "latest_end": "2024-12-03"}]}"#,
    },
    Scenario {
        id: "sh2020-institution",
        regime: RegimeId::Shanghai2020,
        title: "机构违规与严重违规：从警告到应当暂停或解除协议",
        title_en: "Institutions: from a warning to a required suspension or termination",
        explain: "分解收费属第十六条（二）：责令改正、退回，并可警告或处 3000 元至 3 万元罚款。重复或无指征检查属第十七条（三），情节严重的处 10 万至 30 万元罚款，还应当暂停或解除服务协议。上海 2023 记分通知第四条（一）、（二）的医师条目与这两条一一对应。",
        explain_en: "Split charging is Art. 16(2): correction, repayment, and a warning or ¥3,000–30,000. Repeated or unindicated tests are Art. 17(3); when serious, ¥100,000–300,000, and the agreement shall be suspended or terminated. Shanghai 2023's physician items 4(1) and 4(2) mirror these articles.",
        cites: &["第十六条（二）", "第十七条（三）"],
        case: r#"{"regime": "shanghai-2020", "as_of": "2024-12-31", "incidents": [
            {"id": "a", "item": "16.2", "decided_on": "2024-03-01"},
            {"id": "b", "item": "17.3", "decided_on": "2024-03-01", "severe": true}]}"#,
        expect: r#"{"incidents": [
            {"id": "a", "fine_min": 3000, "fine_max": 30000, "warning_possible": true, "measures": ["refund", "correction"]},
            {"id": "b", "fine_min": 100000, "fine_max": 300000, "warning_possible": false, "measures": ["refund", "correction", "agreement_suspension_or_termination_required"]}]}"#,
    },
];

/// The scenarios of one regime.
pub fn of(regime: RegimeId) -> impl Iterator<Item = &'static Scenario> {
    SCENARIOS.iter().filter(move |s| s.regime == regime)
}

/// The scenario with this id.
pub fn get(id: &str) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.id == id)
}
