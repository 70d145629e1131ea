// Package answer is the contract between the front ends and the
// composers: a question goes in (Service, Asker: clean it, retrieve
// passages, hand them to a Composer, log and count it once), a Reply
// comes out, with its text, the citations it makes and whether it
// abstained. Every front end (command line, Discord, eval) renders a
// Reply; none of them composes answers itself.
//
// Two composers implement the contract: answer/extractive, the offline
// default, which quotes the sentences that answer the question and
// abstains when none does, and llm, which asks a language model and
// verifies its citations. The pieces both use live here: the injection
// guard (IsInjection) and the shape of a disagreement (Detector).
package answer
