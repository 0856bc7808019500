#!/usr/bin/env bash
# Soak test of `meldung analyze` on a large generated archive.
#
#   scripts/soak.sh [--size MB] [--jobs N] [--keep] [DIR]
#
# Generates an archive of at least MB megabytes (default 1000, i.e. 1 GB;
# 1 MB = 10^6 bytes) under DIR (default /tmp/meldung-soak) from corpus/*.txt,
# repeated with variations: per file the body paragraphs are shuffled, dates,
# numbers and first names are substituted from small lists, and the length
# varies from 2 to 20 KB (paragraphs of other releases appended, or dropped);
# files sit in nested year/agency/month directories, about 80% .txt, 10% .md
# and 10% .html.
#
# Run 1 analyses the clean archive; then 1% of the files are corrupted in
# place (random binary, invalid UTF-8, empty, unreadable, a FIFO) and run 2
# analyses that. Each run is `/usr/bin/time -v meldung analyze DIR -j N -o
# OUT`, and a checker verifies that every good document appears exactly once
# (in walk order), every bad one has an error record of the right kind, the
# summary line counts add up, stderr has one line per error, and the exit
# code is 0 for the clean run and 1 for the corrupted one. It prints wall
# time, throughput (input bytes / wall time), peak RSS and the load average.
#
# "Unreadable" is `chmod 000` when not running as root; root reads such
# files anyway, so as root an unreadable file is a dangling symbolic link.
#
# The binary is built with `cargo build --release` (set MELDUNG=path to use
# another one). DIR is removed at the end unless --keep is given; the script
# refuses a DIR that exists, is not empty and was not made by it.
set -euo pipefail

size_mb=1000
jobs=$(nproc)
keep=0
dir=/tmp/meldung-soak
while (($#)); do
    case $1 in
    --size) size_mb=$2; shift 2 ;;
    --jobs | -j) jobs=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "soak.sh: unknown option $1" >&2; exit 2 ;;
    *) dir=$1; shift ;;
    esac
done
[[ $size_mb =~ ^[0-9]+$ && $size_mb -gt 0 ]] || { echo "soak.sh: --size takes whole megabytes" >&2; exit 2; }
[[ $jobs =~ ^[0-9]+$ && $jobs -gt 0 ]] || { echo "soak.sh: --jobs takes a number" >&2; exit 2; }

root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(realpath -m "$dir")
marker=$dir/.meldung-soak
if [[ -e $dir && ! -e $marker && -n $(ls -A "$dir") ]]; then
    echo "soak.sh: $dir exists and was not made by soak.sh; give an empty or new directory" >&2
    exit 2
fi
cleanup() {
    if ((keep == 0)) && [[ -e $marker ]]; then
        chmod -R u+rwX "$dir" 2>/dev/null || true
        rm -rf "$dir"
    fi
}
trap cleanup EXIT
rm -rf "$dir"
mkdir -p "$dir"
touch "$marker"

if [[ -n ${MELDUNG:-} ]]; then
    bin=$MELDUNG
else
    (cd "$root" && cargo build --release --quiet)
    bin=${CARGO_TARGET_DIR:-$root/target}/release/meldung
fi
[[ -x $bin ]] || { echo "soak.sh: no executable $bin" >&2; exit 2; }

# --- the Python half: generate, corrupt, check
read -r -d '' py <<'PY' || true
import html, json, os, random, re, sys

def generate(corpus, archive, size_mb, manifest):
    rng = random.Random(20240501)
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
              "August", "September", "Oktober", "November", "Dezember"]
    names = ["Anna", "Andreas", "Birgit", "Christian", "Claudia", "Daniel",
             "Elena", "Frank", "Gabriele", "Hans", "Ines", "Jan", "Julia",
             "Katrin", "Klaus", "Laura", "Markus", "Martina", "Michael",
             "Nadine", "Nancy", "Olaf", "Petra", "Ralf", "Sabine", "Sebastian",
             "Stefan", "Susanne", "Thomas", "Ursula", "Volker", "Wolfgang",
             "Yvonne", "Zoe"]
    month = "|".join(months)
    slot = re.compile(
        r"(?P<gdate>\b\d{1,2}\.\s?(?:%s)\s\d{4}\b)"
        r"|(?P<ndate>\b\d{1,2}\.\d{1,2}\.\d{4}\b)"
        r"|(?P<year>\b(?:19|20)\d{2}\b)"
        r"|(?P<num>\b\d+\b)"
        r"|(?P<name>\b(?:%s)\b)" % (month, "|".join(names)))

    def template(paragraph):
        # literal text and slots, so that each copy is filled in cheaply
        parts, at = [], 0
        for m in slot.finditer(paragraph):
            parts.append(paragraph[at:m.start()])
            parts.append((m.lastgroup, len(m.group())))
            at = m.end()
        parts.append(paragraph[at:])
        return parts

    def fill(parts, year):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
                continue
            kind, width = p
            if kind == "gdate":
                out.append("%d. %s %d" % (rng.randint(1, 28), rng.choice(months), year + rng.randint(-1, 1)))
            elif kind == "ndate":
                out.append("%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), year))
            elif kind == "year":
                out.append(str(year + rng.randint(-2, 2)))
            elif kind == "num":
                out.append(str(rng.randint(10 ** (width - 1) if width > 1 else 0, 10 ** width - 1)))
            else:
                out.append(rng.choice(names))
        return "".join(out)

    sources = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt") or name.upper().startswith("README"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            paragraphs = [p.strip("\n") for p in re.split(r"\n\s*\n", f.read()) if p.strip()]
        if len(paragraphs) < 3:
            continue
        head, body = paragraphs[:2], paragraphs[2:]
        contact = [p for p in body if p.startswith(("Pressekontakt", "Kontakt", "Medienkontakt"))]
        body = [p for p in body if p not in contact]
        agency = re.sub(r"[^a-z]", "", name.split("-")[1] if "-" in name else "misc")[:12] or "misc"
        sources.append((agency, [template(p) for p in head], [template(p) for p in body],
                        [template(p) for p in contact]))
    if not sources:
        sys.exit("soak.sh: no corpus/*.txt to generate from")
    all_body = [p for s in sources for p in s[2]]

    target = size_mb * 10 ** 6
    total, seq = 0, 0
    with open(manifest, "w") as m:
        while total < target:
            seq += 1
            agency, head, body, contact = rng.choice(sources)
            year = rng.randint(2015, 2024)
            size = int(2000 * 10 ** rng.random())  # log-uniform, 2 to 20 KB
            paragraphs = [fill(p, year) for p in head]
            order = body[:]
            rng.shuffle(order)
            length = sum(len(p) for p in paragraphs)
            chosen = []
            for p in order:
                if chosen and length > size:
                    break
                text = fill(p, year)
                chosen.append(text)
                length += len(text)
            while length < size:
                text = fill(rng.choice(all_body), year)
                chosen.append(text)
                length += len(text)
            paragraphs += chosen + [fill(p, year) for p in contact]
            roll = rng.random()
            if roll < 0.8:
                ext, text = "txt", "\n\n".join(paragraphs) + "\n"
            elif roll < 0.9:
                ext = "md"
                text = "# " + paragraphs[1] + "\n\n" + paragraphs[0] + "\n\n" + "\n\n".join(paragraphs[2:]) + "\n"
            else:
                ext = "html"
                esc = [html.escape(p).replace("\n", "<br>\n") for p in paragraphs]
                text = ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
                        "<title>%s</title><style>body{font-family:sans-serif}</style></head>\n"
                        "<body><nav><a href=\"/\">Startseite</a> &gt; <a href=\"/presse\">Presse</a></nav>\n"
                        "<article><p class=\"dateline\">%s</p><h1>%s</h1>\n%s\n</article>\n"
                        "<script>window.dataLayer=[];</script></body></html>\n"
                        % (esc[1].split("<br>")[0], esc[0], esc[1],
                           "\n".join("<p>%s</p>" % p for p in esc[2:])))
            rel = "%d/%s/%02d/pm-%07d.%s" % (year, agency, rng.randint(1, 12), seq, ext)
            path = os.path.join(archive, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            data = text.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
            total += len(data)
            m.write("%s\tgood\t%d\n" % (rel, len(data)))
    print("generated %d files, %d bytes" % (seq, total))

def read_manifest(manifest):
    with open(manifest) as f:
        return [(rel, kind, int(n)) for rel, kind, n in (l.rstrip("\n").split("\t") for l in f)]

def corrupt(archive, manifest, percent):
    rng = random.Random(7)
    rows = read_manifest(manifest)
    root = os.getuid() == 0
    kinds = ["binary", "invalid-utf8", "empty", "unreadable", "fifo"]
    bad = max(len(kinds), round(len(rows) * percent / 100))
    picked = sorted(rng.sample(range(len(rows)), bad))
    made = dict.fromkeys(kinds, 0)
    for n, i in enumerate(picked):
        rel, _, size = rows[i]
        kind = kinds[n % len(kinds)]
        path = os.path.join(archive, rel)
        if kind == "binary":
            data = os.urandom(rng.randint(512, 16384))
            with open(path, "wb") as f:
                f.write(data)
            size = len(data)
        elif kind == "invalid-utf8":
            # saved as Latin-1 (Windows-1252), with one stray byte for sure
            with open(path, encoding="utf-8") as f:
                data = bytearray(f.read().encode("latin-1", errors="replace"))
            data.insert(rng.randint(0, len(data)), 0xFF)
            with open(path, "wb") as f:
                f.write(data)
            size = len(data)
        elif kind == "empty":
            open(path, "wb").close()
            size = 0
        elif kind == "unreadable":
            if root:
                os.remove(path)
                os.symlink(os.path.basename(path) + ".gone", path)
            else:
                os.chmod(path, 0)
            size = 0
        else:
            os.remove(path)
            os.mkfifo(path)
            size = 0
        rows[i] = (rel, kind, size)
        made[kind] += 1
    with open(manifest, "w") as f:
        for rel, kind, size in rows:
            f.write("%s\t%s\t%d\n" % (rel, kind, size))
    how = "dangling symbolic links (running as root)" if root else "chmod 000"
    print("corrupted %d of %d files: %s; unreadable = %s" % (
        bad, len(rows), ", ".join("%s %d" % kv for kv in made.items()), how))

EXPECTED = {
    "good": None,
    "binary": ("binary file", "invalid UTF-8"),  # random bytes may hold no NUL
    "invalid-utf8": ("invalid UTF-8",),
    "empty": ("empty file",),
    "unreadable": ("cannot read",),
    "fifo": ("not a regular file (a FIFO)",),
}

def check(archive, manifest, out, err, timing, code, want_code, label):
    rows = read_manifest(manifest)
    kind_of = {rel: kind for rel, kind, _ in rows}
    prefix = archive.rstrip("/") + "/"
    problems = []
    def problem(msg):
        if len(problems) < 20:
            print("  PROBLEM: " + msg)
        problems.append(msg)
    seen, order, bad_kind = {}, [], {}
    records = errors = 0
    with open(out, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            records += 1
            try:
                r = json.loads(line)
            except ValueError as e:
                problem("output line %d is not JSON: %s" % (number, e))
                continue
            rel = r.get("id", "")
            rel = rel[len(prefix):] if rel.startswith(prefix) else rel
            seen[rel] = seen.get(rel, 0) + 1
            order.append(rel)
            kind = kind_of.get(rel)
            if kind is None:
                problem("output has an unknown id %r" % r.get("id"))
            elif "error" in r:
                errors += 1
                if kind == "good":
                    problem("%s is good but got an error: %s" % (rel, r["error"]))
                elif not r["error"].startswith(EXPECTED[kind]):
                    problem("%s (%s) got the wrong error: %s" % (rel, kind, r["error"]))
                else:
                    bad_kind[kind] = bad_kind.get(kind, 0) + 1
            elif kind != "good":
                problem("%s (%s) was analysed instead of failing" % (rel, kind))
            elif "metadata" not in r:
                problem("%s: record without metadata" % rel)
    for rel, kind, _ in rows:
        n = seen.get(rel, 0)
        if n != 1:
            problem("%s (%s) appears %d times" % (rel, kind, n))
    walk = sorted(kind_of, key=lambda rel: rel.split("/"))
    if order != walk:
        problem("the output is not in walk order")
    made = {}
    for _, kind, _ in rows:
        made[kind] = made.get(kind, 0) + 1
    good = made.get("good", 0)
    bad = len(rows) - good
    with open(err, encoding="utf-8", errors="replace") as f:
        lines = f.read().splitlines()
    summary = lines[-1] if lines else ""
    m = re.match(r"meldung: (\d+) documents?, (\d+) errors?, ", summary)
    if not m:
        problem("no summary line on stderr: %r" % summary)
    else:
        if int(m.group(1)) != len(rows):
            problem("summary counts %s documents, the archive has %d files" % (m.group(1), len(rows)))
        if int(m.group(2)) != bad:
            problem("summary counts %s errors, %d files are bad" % (m.group(2), bad))
    if len(lines) - 1 != bad:
        problem("%d stderr lines besides the summary, %d bad files" % (len(lines) - 1, bad))
    if code != want_code:
        problem("exit code %d, expected %d" % (code, want_code))
    t = {}
    with open(timing) as f:
        for line in f:
            key, _, value = line.strip().rpartition(": ")
            t[key] = value
    clock = t.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "0:0")
    wall = 0.0
    for part in clock.split(":"):
        wall = wall * 60 + float(part)
    rss_kb = int(t.get("Maximum resident set size (kbytes)", "0"))
    nbytes = sum(size for _, _, size in rows)
    print("%s: %d files (%d good, %d bad: %s), %.2f GB (%d bytes)" % (
        label, len(rows), good, bad,
        ", ".join("%s %d/%d" % (k, bad_kind.get(k, 0), v) for k, v in made.items() if k != "good") or "none",
        nbytes / 1e9, nbytes))
    print("%s: exit %d (expected %d); %d records = %d documents + %d errors; %s" % (
        label, code, want_code, records, records - errors, errors,
        "counts add up" if records == len(rows) and records - errors == good and errors == bad else "COUNTS DO NOT ADD UP"))
    print("%s: wall %.1f s, %.2f MB/s, %.0f files/s, CPU %s, user %s s, system %s s, peak RSS %.1f MB" % (
        label, wall, nbytes / wall / 1e6 if wall else 0, len(rows) / wall if wall else 0,
        t.get("Percent of CPU this job got", "?"), t.get("User time (seconds)", "?"),
        t.get("System time (seconds)", "?"), rss_kb * 1024 / 1e6))
    print("%s: meldung says: %s" % (label, summary.removeprefix("meldung: ")))
    print("%s: %s" % (label, "OK" if not problems else "%d PROBLEMS" % len(problems)))
    return not problems

if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    if cmd == "generate":
        generate(args[0], args[1], int(args[2]), args[3])
    elif cmd == "corrupt":
        corrupt(args[0], args[1], float(args[2]))
    else:
        ok = check(args[0], args[1], args[2], args[3], args[4], int(args[5]), int(args[6]), args[7])
        sys.exit(0 if ok else 1)
PY

archive=$dir/archive
manifest=$dir/manifest.tsv
echo "== soak: ${size_mb} MB under $archive, $jobs jobs, $bin"
echo "== $(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown commit), $(nproc) cores"
start=$(date +%s)
python3 -c "$py" generate "$root/corpus" "$archive" "$size_mb" "$manifest"
echo "   in $(($(date +%s) - start)) s, in $(find "$archive" -mindepth 1 -type d | wc -l) directories"

failed=0
soak_run() { # label, expected exit code
    local label=$1 want=$2 code=0
    local out=$dir/$label.jsonl err=$dir/$label.stderr timing=$dir/$label.time
    echo "== $label run, load before: $(uptime | sed 's/.*load average: //')"
    /usr/bin/time -v -o "$timing" "$bin" analyze "$archive" -j "$jobs" -o "$out" 2>"$err" || code=$?
    echo "   load after: $(uptime | sed 's/.*load average: //')"
    python3 -c "$py" check "$archive" "$manifest" "$out" "$err" "$timing" "$code" "$want" "$label" || failed=1
    rm -f "$out"
}

soak_run clean 0
python3 -c "$py" corrupt "$archive" "$manifest" 1
soak_run corrupted 1

if ((keep)); then
    echo "== kept $dir"
fi
if ((failed)); then
    echo "== soak FAILED" >&2
    exit 1
fi
echo "== soak passed"
