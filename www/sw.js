// The service worker: after one visit the app loads and computes with the network off,
// every page of it.
// scripts/post-build.mjs fills in the list of files of this build and its version.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
const CACHE = `jifen-${VERSION}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("jifen-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Only the app's own files: nothing else is ever touched.
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // The page itself: the network first, so that a new version is seen when online;
    // the cached page when offline.
    event.respondWith(
      fetchAndKeep(request)
        .catch(() =>
          caches
            .match(request, { ignoreSearch: true })
            .then((hit) => hit || caches.match("./"))
            .then((hit) => hit || caches.match("./index.html")),
        ),
    );
    return;
  }
  // Everything else has a hashed name: the cache first. What the precache leaves out
  // (the embed's build, if a page of this site frames it) is kept once fetched.
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetchAndKeep(request)));
});

// From the network, a copy kept in this version's cache when it is a good answer of this
// site (a same-origin page that redirects gets no copy: its answer is not `ok`).
function fetchAndKeep(request) {
  return fetch(request).then((response) => {
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      caches.open(CACHE).then((cache) => cache.put(request, copy));
    }
    return response;
  });
}
