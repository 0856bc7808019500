#!/usr/bin/env bash
# Scores the release build on one blind set: eval/blind/run.sh set1 [-v]
# Builds meldung, analyses every text of the set into a scratch directory
# and runs score.py there (people, organisations, person-role pairs,
# role-organisation links, quotes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
set_dir="$here/${1:?usage: run.sh set1|set2 [-v]}"
shift
cargo build --release --quiet --features cli --manifest-path "$here/../../Cargo.toml"
bin="$here/../../target/release/meldung"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$set_dir"/*.txt "$set_dir"/*.expected.json "$here/score.py" "$work/"
for f in "$work"/*.txt; do
  "$bin" analyze --pretty "$f" > "${f%.txt}.out.json" 2>/dev/null
done
cd "$work" && python3 score.py "$@"
