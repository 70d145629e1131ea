// Package fetch adds articles to the corpus from the web: it fetches a
// page with a guarded HTTP client (http and https only, no private or
// metadata addresses after DNS resolution and on every redirect, size
// and time limits, a per-host rate limit, declared charsets converted to
// UTF-8), extracts the article with go-readability and the page's
// metadata (Open Graph, JSON-LD, <time>), recognises an article the
// corpus already holds (same canonical URL, or near-identical text under
// another outlet) and saves a new one as a .md file with front matter,
// atomically, so a hot reload picks it up like any other file.
package fetch
