// Once the app's first screen is all there (the app says `jifen:settled` when the parts
// of its wasm that screen draws have arrived, src/app/mod.rs `PartLoading`): the service
// worker that keeps the app working offline after one visit, and the icon and the web
// app manifest. None of them is needed to compute, and on a phone each took bandwidth
// from the wasm: the service worker's precache alone fetches the whole build again
// (DESIGN.md "Size"). Should the app never say so, 20 s after it has started.
//
// Not in embed.html (<html data-mode="embed">): a page that frames the calculator should
// not make its readers download the whole build, nor leave a worker behind.
(() => {
  let registered = false;
  function afterFirstScreen() {
    if (registered || document.documentElement.dataset.mode === "embed") return;
    registered = true;
    // Silent where service workers are unavailable (file://, some private modes).
    if ("serviceWorker" in navigator && location.protocol !== "file:") {
      navigator.serviceWorker.register("./sw.js").catch(() => {});
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
  }
  addEventListener("jifen:settled", afterFirstScreen);
  addEventListener("jifen:started", () => setTimeout(afterFirstScreen, 20000));
})();
