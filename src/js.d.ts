// The case, the result and the error of the JS API, in TypeScript. The same format as
// `jifen evaluate` (the spec's README, v3); wasm-bindgen puts these declarations into
// jifen.d.ts beside the functions that use them (src/js.rs). tests/js/types.test.mjs
// type-checks every spec example's case and result against them.

/** A regime's id. */
export type RegimeId = "shanghai-2025" | "shanghai-2023" | "wenzhou-2014" | "jining-2024" | "shanghai-2020";

/** A civil date, `YYYY-MM-DD` (China Standard Time, no clock time). */
export type IsoDate = string;

/** One person's incidents under one regime. */
export interface Case {
  /** The case-file format version (1). */
  version?: number;
  title?: string;
  regime: RegimeId;
  /** The day the standing is reported for; today in China when absent. */
  as_of?: IsoDate;
  incidents: Incident[];
  /** 沪2025 第二十九条. */
  repairs?: Repair[];
  /** 温州: the day the person's service agreement year starts. */
  agreement_start?: IsoDate;
  /** 温州, 济宁: earlier periods' totals, for the three-consecutive-years rule. */
  history?: HistoryEntry[];
  /** 济宁: gives the annual test's format. */
  birth_date?: IsoDate;
  /** 沪2025 第三十条, 温州 第十条: the days the person applied to be restored; absent: not
   *  said (a timely request is assumed); `[]`: none was made. */
  resumption_requests?: { on: IsoDate }[];
  /** The days the person was restored after a measure's term (spec v3). */
  restorations?: { on: IsoDate }[];
  /** 温州: the day the current service agreement expires. */
  agreement_end?: IsoDate;
}

export type Responsibility = "general" | "important" | "primary";
export type Adjustment = "none" | "lighter" | "lower_tier" | "heavier" | "higher_tier";

/** An act and the decision that scores it. */
export interface Incident {
  id?: string | number;
  /** The item code, e.g. `"13.2"` (or `items`, or, for an earlier decision, `points` alone). */
  item?: string;
  /** One act matching several items: scored once, at the highest value. */
  items?: string[];
  /** Required, except for a pending decision (a notice under 沪2025 or 沪2023). */
  decided_on?: IsoDate;
  occurred_on?: IsoDate;
  inspection?: string;
  site?: string;
  responsibility?: Responsibility;
  adjustment?: Adjustment;
  /** The office's chosen points, or an earlier decision's points given alone (1–12). */
  points?: number;
  severe?: boolean;
  fraud?: boolean;
  serious?: boolean;
  amount_yuan?: number;
  /** 济宁: the bar of 1–2 years the office chose. */
  bar_years?: number;
  months?: number;
  /** The day the notice (告知书 / 书面通知) was received. */
  notified_on?: IsoDate;
  objection_filed_on?: IsoDate;
  note?: string;
}

export interface Repair {
  kind: "exam" | "participation";
  on: IsoDate;
}

export interface HistoryEntry {
  /** A year (`"2023"`), or for 温州 an agreement year's start date. */
  period: string | number;
  points: number;
}

/** One step of a computation, citing the article it applies. */
export interface Step {
  text: string;
  text_zh: string;
  /** In the document's own numbering, e.g. `第十三条（二）`. */
  cite: string;
}

/** What one incident scores, and why. */
export interface IncidentResult {
  id: string;
  /** `null` under 沪2020, which scores no points. */
  points: number | null;
  range: [number, number] | null;
  counted: boolean;
  /** What it adds to its period's total; `null` under 沪2020. */
  added: number | null;
  period: string | null;
  /** The decision's day, or the day projected from the notice. */
  decided_on: IsoDate;
  projected: boolean;
  /** `null` for an earlier decision given by its points alone. */
  item: string | null;
  trace: Step[];
  // 沪2020: the fine the office may choose within, and the measures.
  fine_min?: number | null;
  fine_max?: number | null;
  warning_possible?: boolean;
  /** The order says 处以 / 并处以: a fine in the range must follow. */
  fine_required?: boolean;
  measures?: string[];
}

export interface RunningTotal {
  date: IsoDate;
  total: number;
}

export interface PeriodResult {
  period: string;
  start: IsoDate;
  end: IsoDate;
  total: number;
  /** 12 − total for the deduction regimes (温州, 济宁); `null` otherwise. */
  remaining: number | null;
  running: RunningTotal[];
}

export type SanctionKind =
  | "notice"
  | "interview"
  | "warning"
  | "training"
  | "suspension"
  | "termination"
  | "settlement_change";

/** A measure decided on a band or by a fine rule. */
export interface Sanction {
  kind: SanctionKind;
  decided_on: IsoDate;
  /** The id of the incident whose decision triggered it. */
  trigger: string;
  cite: string;
  /** The measure in the seed's words. */
  text: string;
  gloss: string;
  start?: IsoDate;
  // A measure of months.
  months?: number;
  min_months?: number;
  max_months?: number;
  end?: IsoDate;
  latest_end?: IsoDate;
  earliest_end?: IsoDate;
  // A termination's bar.
  one_shot?: boolean;
  bar_years?: number;
  bar_max_years?: number;
  bar_until?: IsoDate;
  bar_earliest_until?: IsoDate;
  bar_latest_until?: IsoDate;
  /** A mark: from this day a later measure also applies (this one still runs to its end). */
  superseded_on?: IsoDate;
  projected: boolean;
  /** The office may impose it (可以), not shall. */
  discretionary: boolean;
  /** 温州 第十条: extended for want of a resumption request. */
  extended: boolean;
  trace: Step[];
}

export type DeadlineKind =
  | "objection"
  | "agency_decision"
  | "review"
  | "resumption_request"
  | "decision_delivery"
  | "registration_update"
  | "resumption_decision";

/** A last day by which someone must act. */
export interface Deadline {
  kind: DeadlineKind;
  due: IsoDate;
  /** The first day, where the law sets a window. */
  opens?: IsoDate;
  /** The incident's id, for deadlines that follow an incident. */
  incident?: string;
  /** The index in `sanctions`, for deadlines that follow a measure. */
  sanction?: number;
  /** The index in `resumption_requests`, for a `resumption_decision`. */
  request?: number;
  actor: "person" | "institution" | "agency";
  projected: boolean;
  /** The day the case records the act that meets it. */
  done_on?: IsoDate;
  cite: string;
  text: string;
  text_zh: string;
}

/** The nearest band above a total. */
export interface NextBand {
  at: number;
  points_needed: number;
  measure: SanctionKind;
  cite: string;
  min_months?: number;
  max_months?: number;
  bar_years?: number;
}

/** The standing on a day. */
export interface Status {
  state: "normal" | "suspended" | "terminated" | "training" | "restoration_pending";
  period: string | null;
  total: number | null;
  remaining: number | null;
  next: NextBand | null;
  /** The index in `sanctions` of the measure giving `state`. */
  measure: number | null;
  /** With `restoration_pending`: what restores the person. */
  awaiting?: "reregistration" | "new_agreement" | "assessment" | "resumption_decision";
  exam_format: "closed_book" | "open_book" | null;
}

/** The standing once every decision of the case is made. */
export interface Outlook extends Status {
  on: IsoDate;
}

export interface Flag {
  code: "institution_watchlist";
  period: string;
  cite: string;
}

export type WarningCode =
  | "regime_not_in_force"
  | "calendar_not_covered"
  | "agreement_start_assumed"
  | "repair_not_allowed"
  | "repair_cap_reached"
  | "no_lower_tier"
  | "no_higher_tier"
  | "adjustment_not_applicable"
  | "decision_projected"
  | "objection_late"
  | "resumption_request_assumed"
  | "suspension_extended"
  | "decision_period_uncertain"
  | "decision_inside_objection_window"
  | "regime_transition"
  | "repair_without_effect"
  | "one_shot_by_several"
  | "history_before_in_force";

export interface Warning {
  code: WarningCode;
  message: string;
  message_zh: string;
  /** The field it concerns, e.g. `incidents[0].occurred_on`. */
  path?: string;
  /** For `regime_not_in_force` and `regime_transition`: the regime in force then. */
  suggested_regime?: RegimeId;
}

/** The result of `evaluate`. */
export interface Evaluation {
  regime: RegimeId;
  as_of: IsoDate;
  incidents: IncidentResult[];
  periods: PeriodResult[];
  sanctions: Sanction[];
  deadlines: Deadline[];
  status: Status;
  /** Where the case leads once every decision is made; `null` when none is after `as_of`. */
  outlook: Outlook | null;
  /** The outlook as if a pending decision came on the earliest lawful day, when that day
   *  lies in another period (a December notice); `null` otherwise. */
  outlook_alternative: Outlook | null;
  flags: Flag[];
  warnings: Warning[];
}

export type ErrorCode =
  | "invalid_json"
  | "unknown_regime"
  | "unknown_item"
  | "invalid_date"
  | "missing_field"
  | "unknown_field"
  | "invalid_value"
  | "points_out_of_range"
  | "months_out_of_range"
  | "bar_years_out_of_range";

/** What `evaluate` throws for a case that cannot be computed. */
export interface JifenError {
  error: {
    code: ErrorCode;
    message: string;
    message_zh: string;
    /** The field at fault, e.g. `incidents[2].points`; empty for the whole case. */
    path: string;
  };
}

/** How long a band's measure lasts. */
export type Duration =
  | { kind: "none" }
  | { kind: "months"; min: number; max: number }
  | { kind: "bar"; min: number; max: number };

/** What 上海市人民政府令第31号 lets the office impose for one act. */
export interface Penalty {
  warning_possible: boolean;
  fine:
    | { kind: "yuan"; min: number; max: number }
    | { kind: "times_amount"; min: number; max: number }
    | { kind: "none" };
  measures: string[];
  settlement_change_months: [number, number] | null;
}

/** How an item is scored. */
export type ItemValue =
  | { kind: "fixed"; points: number }
  | { kind: "severity"; points: number; severe: number }
  | { kind: "tier"; tier: number }
  | { kind: "fine"; normal: Penalty; severe: Penalty | null };

/** A numbered item of a regime's catalogue. */
export interface CatalogueItem {
  code: string;
  cite: string;
  /** The seed's own sentence. */
  text: string;
  gloss: string;
  value: ItemValue;
}

/** A term of the regime's document, and its English. */
export interface Term {
  zh: string;
  en: string;
}

/** A regime's document, clauses, items, bands and rules (`catalogue(regime)`). */
export interface Catalogue {
  id: RegimeId;
  document: string;
  title: string;
  title_en: string;
  issuer: string;
  issuer_en: string;
  issued_on: IsoDate;
  in_force_from: IsoDate;
  in_force_until: IsoDate | null;
  in_force_cite: string;
  covers: string;
  covers_en: string;
  seed: string;
  counting: "points_added" | "points_deducted" | "fines";
  period: "natural_year" | "agreement_year" | "none";
  period_cite: string;
  clauses: { cite: string; text: string; gloss: string; items: CatalogueItem[] }[];
  bands: {
    from: number;
    to: number | null;
    kind: SanctionKind;
    cite: string;
    text: string;
    gloss: string;
    duration: Duration;
    one_shot: Duration | null;
  }[];
  /** The document's own words for its measures, standings and procedure. */
  terms: {
    suspension: Term;
    termination: Term;
    suspended: Term;
    terminated: Term;
    normal: Term;
    objection: Term;
    notice: Term;
    decision: Term;
    /** What a termination bars, for its years (不得再次登记备案, 不再签订服务协议). */
    barred: Term;
    /** The request to be restored (资格恢复申请, 恢复履行协议申请). */
    resumption: Term;
    /** The standing after a measure's term, until the act that restores the person (spec v3: 待恢复医保支付资格, 待重新签订服务协议). */
    pending: Term;
    /** The suspension in a word, for chart labels (暂停, 中止). */
    suspension_short: Term;
    /** The termination in a word (终止, 解除). */
    termination_short: Term;
    /** Where the bar's years are set when not in the band's own article (济宁 "五（二）"); "" otherwise. */
    bar_cite: string;
  };
  /** Conditions on scoring and restoring, in the seed's words. */
  conditions: { qualifies: "scoring" | "confinement" | "training" | "restoring"; cite: string; text: string; gloss: string }[];
  /** The other rules, in the seed's words. */
  provisions: {
    topic: "period" | "counting" | "one_shot" | "bar" | "three_years" | "repair" | "restart" | "procedure";
    cite: string;
    text: string;
    gloss: string;
  }[];
}

// ── The embedded calculator's messages ──────────────────────────────────────────────────
// embed.html, framed by a page, posts these to it (`window.parent.postMessage(message,
// "*")`) and nothing else: check `event.origin` is the calculator's and read `event.data`
// as an `EmbedMessage`. They summarise the answer; the incidents never leave the frame.

/** The height of the embed's content in CSS pixels, whenever it changes: size the iframe to it. */
export interface EmbedHeightMessage {
  type: "jifen:height";
  height: number;
}

/** A measure decided, with its dates. */
export interface EmbedMeasure {
  kind: SanctionKind;
  /** `null` for a measure without a start (a notice, an interview). */
  start: IsoDate | null;
  /** The last day of a measure of months. */
  end?: IsoDate;
  /** The last day of a termination's bar on registering again. */
  bar_until?: IsoDate;
  /** It follows a decision projected from a notice. */
  projected: boolean;
}

/** The summary of the answer, whenever it changes (and once when the embed starts). */
export interface EmbedResultMessage {
  type: "jifen:result";
  regime: RegimeId;
  /** The day the standing is for; `null` when the case cannot be computed. */
  as_of: IsoDate | null;
  /** The standing on `as_of`. */
  state: Status["state"] | null;
  /** The period's total on `as_of` (deducted, under 温州 and 济宁); `null` under 沪2020. */
  total: number | null;
  /** 12 − total under 温州 and 济宁. */
  remaining: number | null;
  period: string | null;
  /** The standing once every decision entered is made, when one is after `as_of`. */
  outlook: { on: IsoDate; state: Status["state"]; total: number | null; remaining: number | null; period: string | null } | null;
  measures: EmbedMeasure[];
  /** The first deadline due on or after `as_of`, whoever must act. */
  next_deadline: { kind: DeadlineKind; due: IsoDate; actor: Deadline["actor"]; projected: boolean } | null;
  /** How many incidents were evaluated. */
  incidents: number;
  /** How many incidents are incomplete (no item or date yet) and left out. */
  waiting: number;
  /**
   * Why the case cannot be computed (the message in the embed's language); `null`
   * otherwise. `link_not_opened`: the address's `#s=` or `#c1.` (or `?regime=`) could not
   * be opened, and nothing has been entered in the frame since.
   */
  error: { code: ErrorCode | "link_not_opened"; message: string } | null;
}

/** What `embed.html` posts to the page that frames it. */
export type EmbedMessage = EmbedHeightMessage | EmbedResultMessage;
