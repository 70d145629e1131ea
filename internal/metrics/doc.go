// Package metrics defines the bot's Prometheus metrics in one place and
// the small API the rest of the bot records them through. Every method is
// safe on a nil *Metrics, which records nothing, so a component can take
// an optional *Metrics without checking it.
//
// The package imports no other package of the bot, so any of them (the
// answer service, the LLM client, the Discord adapter) can record into it
// without an import cycle.
//
// Metric names (all prefixed newsbot_):
//
//	questions_total{frontend,composer,outcome}      questions by outcome: answered, abstained, error, rejected, undelivered
//	retrieval_duration_seconds{frontend}            time to retrieve the passages
//	answer_duration_seconds{frontend,composer}      time to compose the answer
//	request_duration_seconds{frontend,outcome}      the whole question, from hand-over to reply
//	llm_tokens_total{model,kind}                    LLM tokens, kind = prompt or completion
//	feedback_votes_total{vote}                      👍/👎 on answers, vote = up or down
//	corpus_documents, corpus_chunks, corpus_problems  the index being served
//	corpus_reloads_total{result}                    reloads: ok, failed or unchanged
//	index_chunks_total{source}                      chunks indexed by reloads: embedded or reused
//	discord_gateway_state{state}                    1 for the current state, 0 for the others
//	rate_limited_total{frontend,limiter}            requests refused or delayed by a rate limit
//	discord_command_registrations_total{result}     slash command registrations: ok or failed
//	discord_commands_registered                     1 while the slash commands are registered
//	undelivered_total{frontend,cause}               replies no way of sending got through
//	build_info{version,goversion}                   always 1
package metrics
