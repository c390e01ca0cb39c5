"""Check the golden exports of package export with external tools.

Usage: python3 exports_check.py TESTDATA_DIR VOCAB_DIR

Fides system YAML: loaded with PyYAML and validated by fideslang's own
pydantic System model, every key looked up in fideslang's default taxonomy
(when fideslang is importable; otherwise a structural check against
fideslang 3.1.4's field rules and the term lists in VOCAB_DIR, reported as
such). Apple manifests: parsed by plistlib and, when the xcprivacy
validator is installed, checked by it. Play CSV: row for row the Play
Console's current template (IDs, answer requirements, order), with
consistent answers. DPV JSON-LD: expanded by pyld and parsed by rdflib, every
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


# The Play Console's Data safety CSV template, written out independently of
# package export from two public copies of the current template, which agree
# row for row (783 lines with the header): the template embedded in
# fastlane-plugin-google_data_safety (github.com/owenbean400/
# fastlane-plugin-google_data_safety, lib/fastlane/plugin/google_data_safety/
# helper/prompt_create_data_safety_csv_helper.rb) and a service's generator
# checked against the template the Console exported to it. An earlier (2022)
# template asked PSL_DATA_COLLECTION_USER_REQUEST_DELETE instead of
# PSL_SUPPORT_DATA_DELETION_BY_USER and had no account rows; it is refused.
PLAY_HEADER = ["Question ID (machine readable)", "Response ID (machine readable)", "Response value",
               "Answer requirement", "Human-friendly question label"]
PLAY_GENERAL = [
    ("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "", "REQUIRED"),
    ("PSL_DATA_COLLECTION_ENCRYPTED_IN_TRANSIT", "", "MAYBE_REQUIRED"),
] + [("PSL_SUPPORTED_ACCOUNT_CREATION_METHODS", r, "MULTIPLE_CHOICE") for r in (
    "PSL_ACM_USER_ID_PASSWORD", "PSL_ACM_USER_ID_OTHER_AUTH", "PSL_ACM_USER_ID_PASSWORD_OTHER_AUTH",
    "PSL_ACM_OAUTH", "PSL_ACM_OTHER", "PSL_ACM_NONE")] + [
    ("PSL_ACM_SPECIFY", "", "MAYBE_REQUIRED"),
    ("PSL_ACCOUNT_DELETION_URL", "", "MAYBE_REQUIRED"),
] + [("PSL_SUPPORT_DATA_DELETION_BY_USER", r, "SINGLE_CHOICE") for r in (
    "DATA_DELETION_YES", "DATA_DELETION_NO", "DATA_DELETION_NO_AUTO_DELETED")] + [
    ("PSL_DATA_DELETION_URL", "", "MAYBE_REQUIRED"),
    ("PSL_DATA_COLLECTION_COMPLIES_FAMILY_POLICY", "", "OPTIONAL"),
    ("PSL_INDEPENDENTLY_VALIDATED", "", "OPTIONAL"),
    ("PSL_UPI_BADGE_OPT_IN", "", "OPTIONAL"),
    ("PSL_HAS_OUTSIDE_APP_ACCOUNTS", "", "OPTIONAL"),
] + [("PSL_OUTSIDE_APP_ACCOUNT_TYPES", r, "MULTIPLE_CHOICE") for r in (
    "PSL_LOGIN_WITH_OUTSIDE_APP_ID", "PSL_LOGIN_THROUGH_EMPLOYMENT_OR_ENTERPRISE_ACCOUNT",
    "PSL_OUTSIDE_APP_ACCOUNT_TYPE_OTHER")] + [
    ("PSL_OUTSIDE_APP_ACCOUNT_TYPE_SPECIFY", "", "MAYBE_REQUIRED"),
]
PLAY_TYPES = [("PSL_DATA_TYPES_" + g, t) for g, ts in (
    ("PERSONAL", "NAME EMAIL USER_ACCOUNT ADDRESS PHONE RACE_ETHNICITY POLITICAL_RELIGIOUS "
                 "SEXUAL_ORIENTATION_GENDER_IDENTITY OTHER_PERSONAL"),
    ("FINANCIAL", "CREDIT_DEBIT_BANK_ACCOUNT_NUMBER PURCHASE_HISTORY CREDIT_SCORE OTHER"),
    ("LOCATION", "APPROX_LOCATION PRECISE_LOCATION"),
    ("SEARCH_AND_BROWSING", "WEB_BROWSING_HISTORY"),
    ("EMAIL_AND_TEXT", "EMAILS SMS_CALL_LOG OTHER_MESSAGES"),
    ("PHOTOS_AND_VIDEOS", "PHOTOS VIDEOS"),
    ("AUDIO", "AUDIO MUSIC OTHER_AUDIO"),
    ("HEALTH_AND_FITNESS", "HEALTH FITNESS"),
    ("CONTACTS", "CONTACTS"),
    ("CALENDAR", "CALENDAR"),
    ("APP_PERFORMANCE", "CRASH_LOGS PERFORMANCE_DIAGNOSTICS OTHER_PERFORMANCE"),
    ("FILES_AND_DOCS", "FILES_AND_DOCS"),
    ("APP_ACTIVITY", "USER_INTERACTION IN_APP_SEARCH_HISTORY APPS_ON_DEVICE USER_GENERATED_CONTENT OTHER_APP_ACTIVITY"),
    ("IDENTIFIERS", "DEVICE_ID"),
) for t in ("PSL_" + x for x in ts.split())]
PLAY_PURPOSES = ["PSL_APP_FUNCTIONALITY", "PSL_ANALYTICS", "PSL_DEVELOPER_COMMUNICATIONS",
                 "PSL_FRAUD_PREVENTION_SECURITY", "PSL_ADVERTISING", "PSL_PERSONALIZATION", "PSL_ACCOUNT_MANAGEMENT"]


def play_template():
    """The (question ID, response ID, answer requirement) of every row."""
    rows = list(PLAY_GENERAL)
    rows += [(g, t, "MULTIPLE_CHOICE") for g, t in PLAY_TYPES]
    for _, t in PLAY_TYPES:
        q = f"PSL_DATA_USAGE_RESPONSES:{t}:"
        rows += [
            (q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED", "MULTIPLE_CHOICE"),
            (q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED", "MULTIPLE_CHOICE"),
            (q + "PSL_DATA_USAGE_EPHEMERAL", "", "MAYBE_REQUIRED"),
            (q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", "SINGLE_CHOICE"),
            (q + "DATA_USAGE_USER_CONTROL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED", "SINGLE_CHOICE"),
        ]
        rows += [(q + "DATA_USAGE_COLLECTION_PURPOSE", p, "MULTIPLE_CHOICE") for p in PLAY_PURPOSES]
        rows += [(q + "DATA_USAGE_SHARING_PURPOSE", p, "MULTIPLE_CHOICE") for p in PLAY_PURPOSES]
    return rows


def check_play(path, vocab_dir):
    # The library's term lists must be the template's.
    with open(os.path.join(vocab_dir, "play_data_types.txt"), encoding="utf-8") as f:
        listed = [tuple(line.rstrip("\n").split("\t")[1::-1]) for line in f if line.strip() and not line.startswith("#")]
    if listed != PLAY_TYPES:
        fail(path, "vocab/play_data_types.txt differs from the template's data types")
    if set(terms(vocab_dir, "play_purposes.txt")) != set(PLAY_PURPOSES):
        fail(path, "vocab/play_purposes.txt differs from the template's purposes")
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != PLAY_HEADER:
        return fail(path, f"header {rows[0] if rows else None} is not the Play Console layout")
    template = play_template()
    if len(rows) - 1 != len(template):
        fail(path, f"{len(rows) - 1} rows, the template has {len(template)}")
    answers = {}
    for n, (r, want) in enumerate(zip(rows[1:], template), start=2):
        if len(r) != 5:
            fail(path, f"line {n}: {len(r)} columns, want 5")
            continue
        q, resp, value, req, label = r
        if (q, resp, req) != want:
            return fail(path, f"line {n}: ({q}, {resp}, {req}), the template has {want}; the rows that follow are not checked")
        if value not in {"", "true", "false"}:
            fail(path, f"line {n}: value {value!r}")
        if not label.strip():
            fail(path, f"line {n}: no label")
        answers[(q, resp)] = value
    # The answers must be consistent with each other.
    yes = answers.get(("PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA", "")) == "true"
    chosen = [t for g, t in PLAY_TYPES if answers.get((g, t)) == "true"]
    if yes != bool(chosen):
        fail(path, f"collects personal data {yes}, but {len(chosen)} data types chosen")
    for _, t in PLAY_TYPES:
        q = f"PSL_DATA_USAGE_RESPONSES:{t}:"
        usage = {k: v for k, v in answers.items() if k[0].startswith(q) and v}
        if t not in chosen:
            if usage:
                fail(path, f"{t} is not chosen but has answers {sorted(usage)}")
            continue
        if answers.get((q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_COLLECTED")) != "true":
            fail(path, f"{t} is chosen but not collected")
        control = [r for r in ("PSL_DATA_USAGE_USER_CONTROL_OPTIONAL", "PSL_DATA_USAGE_USER_CONTROL_REQUIRED")
                   if answers.get((q + "DATA_USAGE_USER_CONTROL", r)) == "true"]
        if len(control) != 1:
            fail(path, f"{t}: {len(control)} answers to the single-choice required/optional question")
        if not any(answers.get((q + "DATA_USAGE_COLLECTION_PURPOSE", p)) == "true" for p in PLAY_PURPOSES):
            fail(path, f"{t} is chosen but has no collection purpose")
        shared = answers.get((q + "PSL_DATA_USAGE_COLLECTION_AND_SHARING", "PSL_DATA_USAGE_ONLY_SHARED")) == "true"
        if shared != any(answers.get((q + "DATA_USAGE_SHARING_PURPOSE", p)) == "true" for p in PLAY_PURPOSES):
            fail(path, f"{t}: shared is {shared} but sharing purposes disagree")
    deletion = [r for (q, r), v in answers.items() if q == "PSL_SUPPORT_DATA_DELETION_BY_USER" and v == "true"]
    if len(deletion) > 1:
        fail(path, f"{len(deletion)} answers to the single-choice deletion question")
    return f"Play Console template layout ({len(template)} rows, {len(chosen)} data types chosen)"


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
