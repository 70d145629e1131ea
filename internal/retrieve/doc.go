// Package retrieve finds the passages of a corpus that are relevant to a
// question. It fuses BM25 lexical scoring (stems of lemmas, stop words, and
// each question word's WordNet relations and the operator's aliases at less
// weight than the word) with vector similarity from a chromem-go collection,
// and keeps the evidence from different articles visible by demoting
// near-duplicate passages.
//
// The package knows nothing of files, articles or front ends: callers hand
// it Chunks and an Embedder, and get Passages back.
package retrieve
