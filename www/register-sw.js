// Registers the service worker that keeps the app working offline after one visit.
// Silent where service workers are unavailable (file://, some private modes).
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
  });
}

// The icon and the web app manifest (which fetches the icon again) are not needed to
// compute: named only once the page has loaded, they no longer take a phone's bandwidth
// from the wasm (DESIGN.md "Size").
window.addEventListener("load", () => {
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
