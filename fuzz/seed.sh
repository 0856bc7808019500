#!/bin/sh
# Seeds every fuzz target's corpus with the press releases of ../corpus,
# plus one long input (all of them, one after the other), so that libFuzzer
# mutates inputs of whole-archive size from the start (it grows its length
# limit only up to the longest input it has seen). Existing entries are kept.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for target in tokenize sentences dates analyze; do
    mkdir -p "$here/corpus/$target"
    cp "$here"/../corpus/*.txt "$here/corpus/$target/"
    cat "$here"/../corpus/*.txt > "$here/corpus/$target/all-releases.txt"
done
echo "seeded $(ls "$here"/../corpus/*.txt | wc -l) releases and their concatenation into fuzz/corpus/*/"
