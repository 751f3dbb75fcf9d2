// Registers the service worker that keeps the app working offline after one visit.
// Silent where service workers are unavailable (file://, some private modes).
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
  });
}
