// Package eval measures answer quality on a question file: accuracy,
// abstention, retrieval recall and MRR, citation validity and latency.
package eval
