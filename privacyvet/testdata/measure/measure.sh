#!/bin/sh
# measure.sh runs privacyvet on real Go services and on this repository,
# and scores its findings against the hand classification in labels.tsv.
# See ../../MEASUREMENTS.md for the results and how they were obtained.
#
# It downloads the services and their dependencies through the Go module
# proxy (a few GB of module and build cache, and tens of minutes of CPU the
# first time), so it is not part of the tests or of CI. Usage:
#
#	sh privacyvet/testdata/measure/measure.sh [workdir]
#
# workdir (default /tmp/privacyvet-measure) receives the copies of the
# services, the built command, and per service: NAME.findings (unique
# findings, paths relative to the service), NAME.time (/usr/bin/time -v of
# the standalone run), NAME.policy (a run with ../policy.json) and NAME.vet
# (the output of go vet -vettool).
# Findings missing from labels.tsv are listed as unlabelled: classify them
# by reading the code around them, and add them. Set PRIVACYVET to the path
# of a command built elsewhere (say, from an earlier commit) to measure it
# instead of this tree's.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=${1:-/tmp/privacyvet-measure}
labels=$here/labels.tsv
mkdir -p "$work/bin"
bin=${PRIVACYVET:-}
if [ -z "$bin" ]; then
	bin=$work/bin/privacyvet
	(cd "$root" && go build -o "$bin" ./cmd/privacyvet)
fi

# fetch MODULE@VERSION NAME copies a module from the module cache into a
# writable directory.
fetch() {
	dir=$(cd "$work" && GOFLAGS=-mod=mod go mod download -json "$1" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
	if [ -z "$dir" ]; then
		echo "measure.sh: cannot download $1" >&2
		exit 1
	fi
	if [ ! -d "$work/$2" ]; then
		cp -r "$dir" "$work/$2"
		chmod -R u+w "$work/$2"
	fi
}

fetch miniflux.app/v2@v2.3.5 miniflux
fetch github.com/ory/hydra/v2@v2.3.0 hydra
# The module's zip leaves out the nested module that go.mod replaces
# hydra-client-go with; use the published one instead.
(cd "$work/hydra" && go mod edit -dropreplace github.com/ory/hydra-client-go/v2)
fetch code.gitea.io/gitea@v1.26.0 gitea

# findings DIR: the unique findings of privacyvet on stdin, with DIR/
# removed and the advice after the finding cut.
findings() {
	grep -E '^/.*\.go:[0-9]+:[0-9]+: ' | sed "s#^$1/##; s/: tag it privacy:.*//; s/ and has no privacy tag//; s/: say why the field.*//" | sort -u
}

# run NAME DIR [POLICY] measures the module in DIR.
run() {
	name=$1 dir=$2 policy=${3:-}
	echo "== $name ($dir)"
	(cd "$dir" && GOFLAGS=-mod=mod go build ./...)
	# The standalone command, timed; it exits 3 when it reports anything.
	(cd "$dir" && GOFLAGS=-mod=mod /usr/bin/time -v "$bin" ./... >"$work/$name.out" 2>"$work/$name.err") || true
	grep -E 'Elapsed|Maximum resident' "$work/$name.err" | tee "$work/$name.time"
	# Again with a small policy, if given, for the checks of SDK imports
	# and tag categories; its findings include those above.
	: >"$work/$name.policy"
	if [ -n "$policy" ]; then
		(cd "$dir" && GOFLAGS=-mod=mod "$bin" -policy="$policy" ./... >/dev/null 2>"$work/$name.policy") || true
	fi
	cat "$work/$name.err" "$work/$name.policy" | findings "$dir" >"$work/$name.findings"
	# The same through go vet, as the README documents.
	(cd "$dir" && GOFLAGS=-mod=mod go vet -vettool="$bin" ./... >"$work/$name.vet" 2>&1) || true
	vet=$(sed 's#^\./##' "$work/$name.vet" | grep -E '^[^#].*\.go:[0-9]+:[0-9]+: ' | sort -u | wc -l)
	echo "findings: $(wc -l <"$work/$name.findings") alone (with the policy), $vet under go vet (without)"
	score "$name"
}

# score NAME counts the findings of NAME per check and label.
score() {
	awk -F'\t' -v svc="$1" '
	NR == FNR { if ($1 == svc) label[$2] = $4; next }
	{
		pos = $0; sub(/: .*/, "", pos)
		check = "untagged name"
		if ($0 ~ / holds personal data/) check = "untagged type"
		else if ($0 ~ /without a reason|privacyreason tag/) check = "reason"
		else if ($0 ~ /malformed|names .* twice/) check = "tag syntax"
		else if ($0 ~ /does not declare as a recipient/) check = "sdk import"
		else if ($0 ~ /which the policy/) check = "tag category"
		l = (pos in label) ? label[pos] : "unlabelled"
		n[check "\t" l]++
		if (l == "unlabelled") print "unlabelled: " $0
	}
	END { for (k in n) print k "\t" n[k] }' "$labels" "$work/$1.findings" | sort
}

# The services declare no privacy tags: a small policy with a few
# categories and recipients shows the SDK imports. This repository's own
# tags name the categories of its examples' policies, so it runs without.
run miniflux "$work/miniflux" "$here/../policy.json"
run hydra "$work/hydra" "$here/../policy.json"
run gitea "$work/gitea" "$here/../policy.json"
run self "$root"
