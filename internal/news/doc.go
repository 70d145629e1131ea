// Package news reads the things news reports disagree about: numbers and
// what they count, dates written relative to the report ("on Wednesday",
// "yesterday"), quotes and who said them, and the spelling of names. It
// compares them across articles, so answers can say when several outlets
// corroborate a fact and when they give different versions of it, and it
// builds the cited timeline and quote index of a corpus.
//
// Everything here is pure, deterministic text processing over
// corpus.Documents: no index, no network. The answer package and the
// front ends (command line, Discord) are thin layers over it.
package news
