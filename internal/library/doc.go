// Package library is the bot's searchable corpus: the articles loaded from
// a directory, cut into chunks and indexed for hybrid retrieval. It ties
// the corpus, chunk and retrieve packages together and is what the answer
// service and the front ends query.
package library
