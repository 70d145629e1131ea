// Package answer turns a question into a Reply: it retrieves passages,
// hands them to a Composer and returns the composed text together with the
// citations it makes and whether it abstained. Every front end (command
// line, Discord) renders a Reply; none of them composes answers itself.
//
// The built-in Extractive composer needs no network: it picks the
// sentences of the retrieved passages that answer the question and cites
// each one, or abstains when the corpus does not cover the question.
package answer
