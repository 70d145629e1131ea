#!/usr/bin/env bash
# Runs the offline answerer on every dev set and prints one line per set.
#   scripts/evalsets.sh                 # the configured thresholds
#   scripts/evalsets.sh 0.2 0.35 0.5    # a sweep of answer.min_verified
# The sets live outside the project (third-party licences): EVAL_DIR
# (default ../shared/eval, see its README). Sets that are missing are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
bin=$(mktemp -d)/bot
trap 'rm -rf "$(dirname "$bin")"' EXIT
go build -o "$bin" ./cmd/bot

sets=(
  "almaty corpus $eval_dir/dev.jsonl"
  "corpus-d $eval_dir/corpus_d $eval_dir/corpus_d.jsonl"
  "squad2 $eval_dir/squad2-normans/corpus $eval_dir/squad2-normans/questions.jsonl"
  "rgb $eval_dir/rgb-dev/corpus $eval_dir/rgb-dev/questions.jsonl"
)
thresholds=("$@")
[ ${#thresholds[@]} -gt 0 ] || thresholds=("")

printf '%-10s %-6s %8s %8s %8s %8s %8s %6s\n' set min_ver accuracy abstain false_ab upfront recall@5 words
for th in "${thresholds[@]}"; do
  cfg=$(dirname "$bin")/config.toml
  : >"$cfg"
  [ -z "$th" ] || printf '[answer]\nmin_verified = %s\n' "$th" >"$cfg"
  for s in "${sets[@]}"; do
    read -r name corpus questions <<<"$s"
    [ -f "$questions" ] || continue
    env -u OPENAI_API_KEY -u OPENAI_BASE_URL "$bin" eval --json --config "$cfg" --corpus "$corpus" --questions "$questions" 2>/dev/null |
      python3 -c 'import json,sys; r=json.load(sys.stdin); print("%-10s %-6s %8.3f %8.3f %8.3f %8.3f %8.3f %6.0f" % (sys.argv[1], sys.argv[2] or "-", r["accuracy"], r["abstention_accuracy"], r["false_abstentions"], r["answer_up_front"], r["recall_at_5"], r["median_words"]))' "$name" "$th"
  done
done
