// Package text is the project's one home for English: word tokens, stems,
// stop words, lemmas, one sentence splitter, and a general lexicon compiled
// from WordNet 3.0 (synonyms, derivations, pertainyms, hypernyms and
// hyponyms, multi-word expressions), with an operator's aliases layered on
// top. Nothing here is tuned to one corpus.
package text

//go:generate go run ./internal/gen -wordnet /usr/share/wordnet -out wordnet
