#!/usr/bin/env bash
# Runs `npm test` several times in a row while other processes keep CPU cores busy, and prints the time and
# the result of each run: `bash scripts/test-under-load.sh RUNS BUSY_CORES` (default 5 runs, 1 busy core).
# The busy loops are `node -e 'for(;;){}'`, started here and stopped here by their process ids. Each run's
# output goes to .vscode-test/under-load-<n>.log. Exits 1 if any run failed.
set -u
cd "$(dirname "$0")/.."
runs=${1:-5}
busy=${2:-1}
mkdir -p .vscode-test
pids=()
stop() { [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null; }
trap stop EXIT INT TERM
for _ in $(seq "$busy"); do
  node -e 'for(;;){}' &
  pids+=("$!")
done
echo "under-load: $runs runs of npm test, $busy busy core(s) (pids ${pids[*]}); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
failed=0
for n in $(seq "$runs"); do
  log=.vscode-test/under-load-$n.log
  start=$(date +%s)
  npm test >"$log" 2>&1
  status=$?
  seconds=$(( $(date +%s) - start ))
  counts=$(grep -E '^ +[0-9]+ (passing|failing|pending)' "$log" | tr -s ' ' | tr '\n' ',' | sed 's/,$//')
  echo "under-load: run $n: exit $status in ${seconds} s (${counts}); load $(cut -d' ' -f1-3 /proc/loadavg)"
  [ "$status" -ne 0 ] && failed=$((failed + 1))
done
echo "under-load: $((runs - failed)) of $runs runs green with $busy busy core(s)"
[ "$failed" -eq 0 ]
