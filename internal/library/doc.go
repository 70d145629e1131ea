// Package library is the served corpus: the articles loaded from a
// directory, cut into passages and indexed for hybrid retrieval, with the
// views derived from them.
//
// A Snapshot is one immutable version of it: the documents, the index and
// every derived view (the timeline, the quote index), each built at most
// once per snapshot, so no question rebuilds them. Open builds one from a
// directory.
//
// A Library serves the current Snapshot while the bot runs: Reload and
// Watch rebuild it when the directory changes and swap the new one in
// atomically, so a question that took a snapshot finishes on it. A
// rebuild re-embeds only the passages whose text changed (the previous
// snapshot's vectors and the cache file are reused). A file that turns
// bad is reported (log line, /readyz detail) and, when an earlier version
// of it loaded, that version keeps being served; a reload that fails as a
// whole keeps the previous snapshot. Which problems keep an earlier
// version is decided on the problem's type (corpus.Problem.Skipped,
// Duplicate), never on its message.
package library
