// Package llm talks to any OpenAI-compatible API (OpenAI, Ollama, vLLM,
// llama.cpp, LM Studio) through go-openai: a client with the retries
// go-openai lacks, a Composer that answers from the retrieved passages and
// verifies every citation before a reply leaves it, a Condenser for
// follow-up questions and an Embedder for the index.
//
// Whatever the model does, the bot still answers: a failed or hung call,
// a malformed or cut-off reply, or an answer that cites nothing ends in
// the extractive answer, marked as such, and one log line with the cause.
package llm
