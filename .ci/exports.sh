#!/usr/bin/env bash
# Checks the golden exports of package export (export/testdata) with
# external validators: fideslang's own models (PyPI fideslang==3.1.4), the
# xcprivacy validator (PyPI xcprivacy==0.1.0) and plistlib, the Play
# Console's Data safety CSV template (row for row, see exports_check.py),
# and pyld (PyPI pyld==3.3.0) plus rdflib for DPV JSON-LD. The PyPI
# packages go into a virtual environment under
# ${XDG_CACHE_HOME:-$HOME/.cache}/policy-ci/venv.
#
# Where PyPI cannot be reached, the checks run with Debian's python3-yaml,
# python3-pyld and python3-rdflib instead; fideslang and xcprivacy then
# have no stand-in and the checker says so on each line (a structural check
# of fideslang 3.1.4's model rules; plistlib only). Set
# POLICY_EXPORTS_STRICT=1 to make a missing PyPI package a failure.
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

start=$SECONDS
venv="${XDG_CACHE_HOME:-$HOME/.cache}/policy-ci/venv"
pins=(fideslang==3.1.4 xcprivacy==0.1.0 pyld==3.3.0 PyYAML rdflib)
python=""

echo "== export validators: PyPI ${pins[*]:0:3}"
if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import fideslang, pyld, rdflib, yaml' 2>/dev/null; then
  python="$venv/bin/python"
elif python3 -m venv "$venv" >/dev/null 2>&1 &&
  "$venv/bin/pip" install --quiet --disable-pip-version-check --timeout 15 --retries 0 "${pins[@]}" >/tmp/policy-exports-pip.log 2>&1; then
  python="$venv/bin/python"
else
  echo "PyPI packages not installable here (see /tmp/policy-exports-pip.log):"
  tail -n 1 /tmp/policy-exports-pip.log 2>/dev/null || true
  if [ "${POLICY_EXPORTS_STRICT:-}" = 1 ]; then
    echo "POLICY_EXPORTS_STRICT=1: failing"; exit 1
  fi
  echo "== falling back to Debian's python3-yaml, python3-pyld, python3-rdflib"
  if ! /usr/bin/python3 -c 'import yaml, pyld, rdflib' 2>/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends python3-yaml python3-pyld python3-rdflib >/dev/null
  fi
  python=/usr/bin/python3
fi
"$python" - <<'PY'
import importlib
for m in ("fideslang", "xcprivacy", "pyld", "rdflib", "yaml"):
    try:
        mod = importlib.import_module(m)
        print(f"  {m} {getattr(mod, '__version__', '')} from {mod.__file__}")
    except ImportError:
        print(f"  {m}: not installed")
PY

echo "== golden exports are current"
go test -count=1 -run 'TestGolden|TestFidesRoundTrip' ./export/

echo "== external checks over export/testdata"
"$python" .ci/exports_check.py export/testdata vocab

echo "== the checks reject broken exports"
broken=$(mktemp -d)
trap 'rm -rf "$broken"' EXIT
sed 's/user.contact.email/user.contact.emial/' export/testdata/shop.fides.yml >"$broken/a.fides.yml"
sed 's/NSPrivacyCollectedDataTypeEmailAddress/NSPrivacyCollectedDataTypeEmail/' export/testdata/shop.xcprivacy >"$broken/a.xcprivacy"
sed '1s/Response value/Value/' export/testdata/shop.play.csv >"$broken/a.play.csv"
sed '100d' export/testdata/shop.play.csv >"$broken/b.play.csv"
sed 's/^PSL_SUPPORT_DATA_DELETION_BY_USER,DATA_DELETION_YES,true,SINGLE_CHOICE/PSL_DATA_COLLECTION_USER_REQUEST_DELETE,,true,MAYBE_REQUIRED/' export/testdata/shop.play.csv >"$broken/c.play.csv"
sed 's#https://w3id.org/dpv/pd\##https://example.org/pd\##' export/testdata/shop.dpv.jsonld >"$broken/a.dpv.jsonld"
if out=$("$python" .ci/exports_check.py "$broken" vocab 2>&1); then
  echo "a broken export passed:"; echo "$out"; exit 1
fi
fails=$(grep -c '^FAIL  ' <<<"$out" || true)
if [ "$fails" != 6 ]; then
  echo "want 6 broken files rejected, got $fails:"; echo "$out"; exit 1
fi
echo "6 broken exports rejected"
echo "== exports checked in $((SECONDS - start)) s"
