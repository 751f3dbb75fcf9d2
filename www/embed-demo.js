// The embedding demo (embed-demo.html), as a page of another site would do it:
//  - the embedded calculator (embed.html) in an iframe, sized from its `jifen:height`
//    messages, and the summary of its answer (`jifen:result`) shown beside it;
//  - a widget on the JS API (api/jifen.js, built from the same core as the app and the
//    CLI) that evaluates a case on every change.
// No network beyond this site.
import init, { evaluate } from "./api/jifen.js";

// ── The embedded calculator ──────────────────────────────────────────────────────────
const frame = document.getElementById("calculator");
const summary = document.getElementById("summary");
const message = document.getElementById("message");
// The calculator's origin: messages from anywhere else are not its.
const calculator = new URL(frame.src, location.href).origin;
const states = { normal: "正常", suspended: "暂停中", terminated: "已终止", training: "离岗培训中" };
const kinds = { notice: "通报", interview: "约谈", warning: "告诫", training: "离岗培训", suspension: "暂停", termination: "终止", settlement_change: "改变结算方式" };
const deadlines = {
  objection: "提出陈述申辩", agency_decision: "经办机构作出决定", review: "复核", resumption_request: "提出资格恢复申请",
  decision_delivery: "决定送达机构", registration_update: "机构更新登记备案", resumption_decision: "答复恢复申请",
};

function row(term, value) {
  const div = document.createElement("div");
  const dt = document.createElement("dt");
  const dd = document.createElement("dd");
  dt.textContent = term;
  dd.textContent = value;
  div.append(dt, dd);
  return div;
}

function show(r) {
  const rows = [];
  if (r.error) {
    rows.push(row("无法计算", r.error.message));
  } else {
    rows.push(row("状态", `${states[r.state] ?? r.state}（${r.as_of}）`));
    if (r.total !== null) rows.push(row("记分", `${r.period} 年度 ${r.total} 分`));
    if (r.outlook) rows.push(row("决定作出后", `${states[r.outlook.state] ?? r.outlook.state}，${r.outlook.total ?? "—"} 分（${r.outlook.on} 起）`));
    for (const m of r.measures) {
      const until = m.end ? ` 至 ${m.end}` : m.bar_until ? `，${m.bar_until} 前不得再次登记` : "";
      rows.push(row("处理", `${kinds[m.kind] ?? m.kind}${m.start ? ` ${m.start}` : ""}${until}${m.projected ? "（预计）" : ""}`));
    }
    if (r.next_deadline) rows.push(row("下一个期限", `${r.next_deadline.due} ${deadlines[r.next_deadline.kind] ?? r.next_deadline.kind}`));
    if (r.waiting) rows.push(row("未计入", `${r.waiting} 个事件信息不完整`));
  }
  summary.replaceChildren(...rows);
  message.textContent = JSON.stringify(r, null, 1);
}

addEventListener("message", (event) => {
  if (event.origin !== calculator || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (data?.type === "jifen:height") frame.style.height = `${data.height}px`;
  if (data?.type === "jifen:result") show(data);
});

// ── The widget on the JS API ─────────────────────────────────────────────────────────
const first = document.getElementById("first");
const points = document.getElementById("points");
const answer = document.getElementById("answer");
const source = document.getElementById("source");
const names = { notice: "通报", suspension: "暂停医保支付资格", termination: "终止医保支付资格" };

function caseFor() {
  const incidents = [];
  if (first.value !== "0") {
    const [item, responsibility] = first.value.split("|");
    incidents.push({ id: "a", item, decided_on: "2025-04-01", responsibility });
  }
  incidents.push({ id: "b", item: "13.3", decided_on: "2025-05-06", responsibility: points.value });
  return { regime: "shanghai-2025", as_of: "2025-05-07", incidents };
}

function compute() {
  const c = caseFor();
  source.textContent = `evaluate(${JSON.stringify(c, null, 1)})`;
  try {
    const result = evaluate(c);
    const last = result.sanctions.at(-1);
    const total = result.status.total;
    if (!last) {
      answer.textContent = `累计 ${total} 分：无处理。`;
      return;
    }
    const length = last.months ? ` ${last.months} 个月（${last.start} 至 ${last.end}）` : last.bar_years ? `，${last.bar_years} 年内不得再次登记（至 ${last.bar_until}）` : "";
    answer.textContent = `累计 ${total} 分：${names[last.kind] ?? last.kind}${length}，依据 ${last.cite}。`;
  } catch (e) {
    answer.textContent = `无法计算：${e.error?.message_zh ?? e}`;
  }
}

await init({ module_or_path: new URL("./api/jifen_bg.wasm", import.meta.url) });
first.addEventListener("change", compute);
points.addEventListener("change", compute);
compute();
