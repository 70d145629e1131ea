// Package live serves the corpus while the bot runs: it holds the current
// snapshot of the library (the indexed corpus and the answer service over
// it), rebuilds it when the corpus directory changes, and swaps it in
// atomically.
//
// A question is answered against one snapshot from start to end: Asker
// takes the current snapshot once and asks its service, so a reload in
// the middle of a question does not mix two indexes. A rebuild re-embeds
// only the passages whose text changed (the previous snapshot's vectors
// and the cache file are reused). A file that turns bad is reported (log
// line, /readyz detail) and, when an earlier version of it loaded, that
// version keeps being served; a reload that fails as a whole keeps the
// previous snapshot.
package live
