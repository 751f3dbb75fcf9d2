// Once the app has started (Trunk's loader says so): the service worker that keeps the
// app working offline after one visit, and the icon and the web app manifest. None of
// them is needed to compute, and on a phone each took bandwidth from the wasm: the
// service worker's precache alone fetches the whole build again (DESIGN.md "Size").
//
// Not in embed.html (<html data-mode="embed">): a page that frames the calculator should
// not make its readers download the whole build, nor leave a worker behind.
addEventListener("TrunkApplicationStarted", () => {
  if (document.documentElement.dataset.mode === "embed") return;
  // Silent where service workers are unavailable (file://, some private modes).
  if ("serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
    // On a wide screen (where the training room and the comparison are used) and a
    // connection that does not ask to save data, the worker also keeps the full build
    // now, so that opening those pages later does not wait for it. A phone fetches it
    // only when one of them is opened (DESIGN.md "Two builds").
    const full = window.jifenBuilds && window.jifenBuilds.full;
    const saveData = navigator.connection && navigator.connection.saveData;
    if (full && window.jifenBuild !== full && matchMedia("(min-width: 960px)").matches && !saveData) {
      navigator.serviceWorker.ready
        .then((registration) => registration.active && registration.active.postMessage({ keep: [full.js, full.wasm] }))
        .catch(() => {});
    }
  }
  document.querySelector('link[rel="icon"]')?.remove();
  for (const [rel, href, type] of [
    ["icon", "icon-192.png", "image/png"],
    ["manifest", "manifest.webmanifest", ""],
  ]) {
    const link = document.createElement("link");
    link.rel = rel;
    link.href = href;
    if (type) link.type = type;
    document.head.append(link);
  }
});
