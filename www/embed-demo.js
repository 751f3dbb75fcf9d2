// The embedding demo's widget: the JS API (api/jifen.js, built from the same core as the
// app and the CLI) evaluates a case on every change. No network beyond this site.
import init, { evaluate } from "./api/jifen.js";

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

function show() {
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
    const length = last.months ? `${last.months} 个月（${last.start} 至 ${last.end}）` : last.bar_years ? `，${last.bar_years} 年内不得再次登记（至 ${last.bar_until}）` : "";
    answer.textContent = `累计 ${total} 分：${names[last.kind] ?? last.kind}${length}，依据 ${last.cite}。`;
  } catch (e) {
    answer.textContent = `无法计算：${e.error?.message_zh ?? e}`;
  }
}

await init({ module_or_path: new URL("./api/jifen_bg.wasm", import.meta.url) });
first.addEventListener("change", show);
points.addEventListener("change", show);
show();
