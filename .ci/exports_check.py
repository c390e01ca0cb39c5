"""Check the golden exports of package export with external tools.

Usage: python3 exports_check.py TESTDATA_DIR VOCAB_DIR

Fides system YAML: loaded with PyYAML and validated by fideslang's own
pydantic System model, every key looked up in fideslang's default taxonomy
(when fideslang is importable; otherwise a structural check against
fideslang 3.1.4's field rules and the term lists in VOCAB_DIR, reported as
such). Apple manifests: parsed by plistlib and, when the xcprivacy
validator is installed, checked by it. Play CSV: the documented header
layout and IDs. DPV JSON-LD: expanded by pyld and parsed by rdflib, every
property, type and term IRI in the DPV namespaces and in the term lists.
Exits 1 on any failure.
"""

import csv
import glob
import json
import os
import plistlib
import re
import shutil
import subprocess
import sys

failures = []
checked = []


def fail(path, msg):
    failures.append(f"{path}: {msg}")


def terms(vocab_dir, name, prefix=""):
    out = []
    with open(os.path.join(vocab_dir, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                out.append(prefix + line.split("\t")[0])
    return out


FIDES_KEY = re.compile(r"^[a-zA-Z0-9_.<>-]+$")
# fideslang 3.1.4 models.py enums and defaults (used only without fideslang).
FIDES_BASES = {"Consent", "Contract", "Legal obligations", "Vital interests", "Public interest", "Legitimate interests"}
FIDES_SPECIAL = {"Explicit consent", "Employment, social security and social protection", "Vital interests",
                 "Not-for-profit bodies", "Made public by the data subject", "Legal claims or judicial acts",
                 "Reasons of substantial public interest (with a basis in law)", "Health or social care (with a basis in law)",
                 "Public health (with a basis in law)", "Archiving, research and statistics (with a basis in law)"}
FIDES_SUBJECTS = {"anonymous_user", "citizen_voter", "commuter", "consultant", "customer", "employee", "job_applicant",
                  "next_of_kin", "passenger", "patient", "prospect", "shareholder", "supplier_vendor", "trainee", "visitor"}
FIDES_DECL_FIELDS = {"name", "data_categories", "data_use", "data_subjects", "dataset_references", "egress", "ingress",
                     "features", "flexible_legal_basis_for_processing", "legal_basis_for_processing",
                     "impact_assessment_location", "retention_period", "processes_special_category_data",
                     "special_category_legal_basis", "data_shared_with_third_parties", "third_parties",
                     "shared_categories", "cookies"}


def check_fides(path, vocab_dir):
    import yaml
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    systems = doc.get("system") if isinstance(doc, dict) else None
    if not isinstance(systems, list) or len(systems) != 1:
        return fail(path, "want one system")
    try:
        from fideslang.models import System
        from fideslang.default_taxonomy import DEFAULT_TAXONOMY
    except ImportError:
        System = None
    if System is not None:
        system = System.model_validate(systems[0])
        known = {
            "data_categories": {c.fides_key for c in DEFAULT_TAXONOMY.data_category},
            "data_use": {u.fides_key for u in DEFAULT_TAXONOMY.data_use},
            "data_subjects": {s.fides_key for s in DEFAULT_TAXONOMY.data_subject},
        }
        for i, d in enumerate(system.privacy_declarations):
            for field in ("data_categories", "data_subjects"):
                for k in getattr(d, field):
                    if k not in known[field]:
                        fail(path, f"declaration {i}: {field} {k!r} not in fideslang's default taxonomy")
            if d.data_use not in known["data_use"]:
                fail(path, f"declaration {i}: data_use {d.data_use!r} not in fideslang's default taxonomy")
        return "fideslang System model and DEFAULT_TAXONOMY"
    # Without fideslang: the rules of its System and PrivacyDeclaration models.
    cats = set(terms(vocab_dir, "fides_data_categories.txt"))
    uses = set(terms(vocab_dir, "fides_data_uses.txt"))
    s = systems[0]
    for field in ("fides_key", "system_type", "privacy_declarations"):
        if field not in s:
            fail(path, f"system lacks required {field}")
    if not FIDES_KEY.match(str(s.get("fides_key", ""))):
        fail(path, f"fides_key {s.get('fides_key')!r} is not a FidesKey")
    for i, d in enumerate(s.get("privacy_declarations") or []):
        extra = set(d) - FIDES_DECL_FIELDS
        if extra:
            fail(path, f"declaration {i}: unknown fields {sorted(extra)}")
        if d.get("data_use") not in uses:
            fail(path, f"declaration {i}: data_use {d.get('data_use')!r} not in the default taxonomy")
        if not d.get("data_categories"):
            fail(path, f"declaration {i}: no data_categories")
        for k in d.get("data_categories") or []:
            if k not in cats:
                fail(path, f"declaration {i}: data category {k!r} not in the default taxonomy")
        for k in d.get("data_subjects") or []:
            if k not in FIDES_SUBJECTS:
                fail(path, f"declaration {i}: data subject {k!r} not in the default taxonomy")
        if "legal_basis_for_processing" in d and d["legal_basis_for_processing"] not in FIDES_BASES:
            fail(path, f"declaration {i}: legal basis {d['legal_basis_for_processing']!r}")
        if "special_category_legal_basis" in d and d["special_category_legal_basis"] not in FIDES_SPECIAL:
            fail(path, f"declaration {i}: special category basis {d['special_category_legal_basis']!r}")
    return "structural check against fideslang 3.1.4's model rules (fideslang not installed)"


def check_apple(path, vocab_dir):
    with open(path, "rb") as f:
        pl = plistlib.load(f)
    types = set(terms(vocab_dir, "apple_data_types.txt"))
    purposes = set(terms(vocab_dir, "apple_purposes.txt"))
    if not isinstance(pl.get("NSPrivacyTracking"), bool):
        fail(path, "NSPrivacyTracking is not a boolean")
    if not isinstance(pl.get("NSPrivacyTrackingDomains"), list):
        fail(path, "NSPrivacyTrackingDomains is not an array")
    if pl.get("NSPrivacyTracking") and not pl.get("NSPrivacyTrackingDomains"):
        fail(path, "NSPrivacyTracking is true but NSPrivacyTrackingDomains is empty")
    seen = set()
    for i, e in enumerate(pl.get("NSPrivacyCollectedDataTypes", [])):
        t = e.get("NSPrivacyCollectedDataType")
        if t not in types:
            fail(path, f"data type {i}: {t!r} is not an Apple data type")
        if t in seen:
            fail(path, f"data type {t} listed twice")
        seen.add(t)
        for k in ("NSPrivacyCollectedDataTypeLinked", "NSPrivacyCollectedDataTypeTracking"):
            if not isinstance(e.get(k), bool):
                fail(path, f"{t}: {k} is not a boolean")
        ps = e.get("NSPrivacyCollectedDataTypePurposes")
        if not ps:
            fail(path, f"{t}: no purposes")
        for p in ps or []:
            if p not in purposes:
                fail(path, f"{t}: {p!r} is not an Apple purpose")
    how = "plistlib and Apple's documented keys"
    tool = shutil.which("xcprivacy")
    if tool:
        r = subprocess.run([tool, "validate", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail(path, f"xcprivacy: {r.stdout}{r.stderr}")
        how += " and the xcprivacy validator"
    return how


PLAY_HEADER = ["Question ID (machine readable)", "Response ID (machine readable)", "Response value",
               "Answer requirement", "Human-friendly question label"]
PLAY_TOP = {"PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT",
            "PSL_SUPPORT_DATA_DELETION_BY_USER"}
PLAY_USAGE = {"PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_EPHEMERAL", "DATA_USAGE_USER_CONTROL",
              "DATA_USAGE_COLLECTION_PURPOSE", "DATA_USAGE_SHARING_PURPOSE"}


def check_play(path, vocab_dir):
    types = {}
    with open(os.path.join(vocab_dir, "play_data_types.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                t, group, _ = line.rstrip("\n").split("\t")
                types[t] = group
    purposes = set(terms(vocab_dir, "play_purposes.txt"))
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != PLAY_HEADER:
        return fail(path, f"header {rows[0] if rows else None} is not the Play Console layout")
    keys, selected, collected_for = set(), set(), set()
    for n, r in enumerate(rows[1:], start=2):
        if len(r) != 5:
            fail(path, f"line {n}: {len(r)} columns, want 5")
            continue
        q, resp, value, req, label = r
        if (q, resp) in keys:
            fail(path, f"line {n}: ({q}, {resp}) answered twice")
        keys.add((q, resp))
        if req not in {"REQUIRED", "MAYBE_REQUIRED", "MULTIPLE_CHOICE", "SINGLE_CHOICE", "OPTIONAL"}:
            fail(path, f"line {n}: answer requirement {req!r}")
        if value not in {"true", "false"}:
            fail(path, f"line {n}: value {value!r}")
        if not label:
            fail(path, f"line {n}: no label")
        if q in PLAY_TOP:
            continue
        if q.startswith("PSL_DATA_TYPES_"):
            if types.get(resp) != q:
                fail(path, f"line {n}: {resp} is not a data type of {q}")
            selected.add(resp)
            continue
        parts = q.split(":")
        if len(parts) != 3 or parts[0] != "PSL_DATA_USAGE_RESPONSES" or parts[2] not in PLAY_USAGE:
            fail(path, f"line {n}: unknown question {q}")
            continue
        if parts[1] not in selected:
            fail(path, f"line {n}: usage of {parts[1]}, which is not selected above")
        if parts[2].endswith("_PURPOSE"):
            if resp not in purposes:
                fail(path, f"line {n}: {resp!r} is not a Play purpose")
            if parts[2] == "DATA_USAGE_COLLECTION_PURPOSE":
                collected_for.add(parts[1])
    for t in selected - collected_for:
        fail(path, f"{t} is selected but has no collection purpose")
    return "Play Console CSV layout (header, IDs, values)"


def check_dpv(path, vocab_dir):
    from pyld import jsonld
    import rdflib
    ns = ("https://w3id.org/dpv#", "https://w3id.org/dpv/pd#")
    known = set("https://w3id.org/dpv/pd#" + t for t in terms(vocab_dir, "dpv_personal_data.txt"))
    known |= set("https://w3id.org/dpv#" + t for t in terms(vocab_dir, "dpv_purposes.txt"))
    known |= {"https://w3id.org/dpv#" + t for t in ("PersonalDataHandling", "hasPurpose", "hasPersonalData", "hasLegalBasis",
                                                    "Consent", "Contract", "LegalObligation", "VitalInterest",
                                                    "PublicInterest", "LegitimateInterest", "ExplicitlyExpressedConsent")}
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    expanded = jsonld.expand(doc)
    iris = 0
    for node in expanded:
        for k, vals in node.items():
            if k == "@id":
                continue
            if k == "@type":
                found = vals
            else:
                found = [k] + [v["@id"] for v in vals if isinstance(v, dict) and "@id" in v]
                if any(isinstance(v, dict) and "@value" in v for v in vals):
                    fail(path, f"{node.get('@id')}: literal value under {k}")
            for iri in found:
                iris += 1
                if not iri.startswith(ns):
                    fail(path, f"{iri} is not in the DPV namespaces")
                elif iri not in known:
                    fail(path, f"{iri} is not a DPV term the library ships")
    g = rdflib.Graph().parse(path, format="json-ld")
    if bool(doc["@graph"]) != (len(g) > 0):
        fail(path, f"rdflib read {len(g)} triples")
    return f"pyld expand and rdflib parse ({len(g)} triples, {iris} IRIs)"


def main():
    data, vocab = sys.argv[1], sys.argv[2]
    checks = [("*.fides.yml", check_fides), ("*.xcprivacy", check_apple), ("*.play.csv", check_play),
              ("*.dpv.jsonld", check_dpv)]
    for pattern, fn in checks:
        files = sorted(glob.glob(os.path.join(data, pattern)))
        if not files:
            fail(data, f"no {pattern} files")
        for path in files:
            before = len(failures)
            try:
                how = fn(path, vocab)
            except Exception as e:  # a validator's exception is a failure of that file
                fail(path, f"{type(e).__name__}: {e}")
                how = None
            status = "ok" if len(failures) == before else "FAIL"
            checked.append(f"{status}  {os.path.basename(path)}: {how or 'error'}")
    print("\n".join(checked))
    for f in failures:
        print("FAIL", f, file=sys.stderr)
    n = len(checked)
    bad = sum(1 for c in checked if c.startswith("FAIL"))
    print(f"exports: {n - bad} passed, {bad} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
