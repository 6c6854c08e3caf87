#!/usr/bin/env python3
"""Peer of export-benchmark: Python lxml builds the same ScoLOMFR records (same elements, same
order, same values, from the LOMRecord JSON Lines dumped by `export-benchmark --dump`) and
validates each one against the same XSD. Prints one JSON line.

  python3 lxml_peer.py RECORDS.jsonl XSD [--passes 3]
"""
import json
import sys
import time

from lxml import etree

LOM = "http://ltsc.ieee.org/xsd/LOM"
LOMFR = "http://www.lom-fr.fr/xsd/LOMFR"
SCOLOMFR = "http://www.lom-fr.fr/xsd/SCOLOMFR"
NSMAP = {"lom": LOM, "lomfr": LOMFR, "scolomfr": SCOLOMFR}
SOURCE = "SCOLOMFRv3.1"
L = "{%s}" % LOM
LANGS = {"fr": "fre", "en": "eng", "de": "ger", "es": "spa", "it": "ita"}


def lang_uri(tag):
    primary = tag.split("-")[0].lower()
    return "http://id.loc.gov/vocabulary/iso639-2/" + LANGS.get(primary, primary)


def sub(parent, tag, text=None):
    e = etree.SubElement(parent, tag)
    if text is not None:
        e.text = text
    return e


def string(parent, tag, text, lang):
    e = sub(parent, tag)
    s = sub(e, L + "string", text)
    s.set("language", lang)


def vocab(parent, tag, ns, term):
    e = sub(parent, tag)
    sub(e, ns + "source", SOURCE)
    sub(e, ns + "value", term["uri"])
    sub(e, ns + "label", term["label"])


def vcard(c):
    def esc(v):
        return v.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCARD", "VERSION:4.0", "FN:" + esc(c["name"])]
    if c.get("organization"):
        lines.append("ORG:" + esc(c["organization"]))
    if c.get("email"):
        lines.append("EMAIL:" + esc(c["email"]))
    lines.append("END:VCARD")
    return "\n".join(lines)


def build(r):
    lang = lang_uri(r["language"])
    root = etree.Element(L + "lom", nsmap=NSMAP)
    g = sub(root, L + "general")
    i = sub(g, L + "identifier")
    sub(i, L + "catalog", r["identifierCatalog"])
    sub(i, L + "entry", r["identifier"])
    string(g, L + "title", r["title"], lang)
    sub(g, L + "language", lang)
    for d in r["descriptions"]:
        string(g, L + "description", d, lang)
    for k in r["keywords"]:
        string(g, L + "keyword", k, lang)
    vocab(g, "{%s}documentType" % LOMFR, "{%s}" % LOMFR, r["documentType"])
    if r.get("generalResourceType"):
        vocab(g, "{%s}generalResourceType" % SCOLOMFR, "{%s}" % SCOLOMFR, r["generalResourceType"])
    lc = sub(root, L + "lifeCycle")
    for c in r["contributions"]:
        ce = sub(lc, L + "contribute")
        vocab(ce, L + "role", L, c["role"])
        ent = sub(ce, L + "entity")
        ent.text = etree.CDATA(vcard(c))
        if c.get("date"):
            sub(sub(ce, L + "date"), L + "dateTime", c["date"])
    mm = sub(root, L + "metaMetadata")
    sub(mm, L + "metadataSchema", SOURCE)
    sub(mm, L + "language", lang_uri("fr"))
    t = sub(root, L + "technical")
    sub(t, L + "format", r["format"])
    sub(t, L + "location", r["location"])
    ed = sub(root, L + "educational")
    for x in r["learningResourceTypes"]:
        vocab(ed, L + "learningResourceType", L, x)
    for x in r["intendedEndUserRoles"]:
        vocab(ed, L + "intendedEndUserRole", L, x)
    for x in r["contexts"]:
        vocab(ed, L + "context", L, x)
    if r.get("typicalAgeRange"):
        string(ed, L + "typicalAgeRange", r["typicalAgeRange"], lang)
    if r.get("typicalLearningTime"):
        sub(sub(ed, L + "typicalLearningTime"), L + "duration", r["typicalLearningTime"])
    for d in r["educationalDescriptions"]:
        string(ed, L + "description", d, lang)
    sub(ed, L + "language", lang)
    ri = sub(root, L + "rights")
    if r.get("cost"):
        vocab(ri, L + "cost", L, r["cost"])
    vocab(ri, L + "copyrightAndOtherRestrictions", L, r["copyright"])
    string(ri, L + "description", r["rightsDescription"], lang)
    for rel in r["relations"]:
        re_ = sub(root, L + "relation")
        vocab(re_, L + "kind", L, rel["kind"])
        res = sub(re_, L + "resource")
        ident = sub(res, L + "identifier")
        sub(ident, L + "catalog", rel["catalog"])
        sub(ident, L + "entry", rel["identifier"])
        string(res, L + "description", rel["description"], lang)
    for cl in r["classifications"]:
        ce = sub(root, L + "classification")
        vocab(ce, L + "purpose", L, cl["purpose"])
        for path in cl["paths"]:
            tp = sub(ce, L + "taxonPath")
            sub(sub(tp, L + "source"), L + "string", cl["source"])
            for tx in path:
                te = sub(tp, L + "taxon")
                sub(te, L + "id", tx["id"])
                sub(sub(te, L + "entry"), L + "string", tx["entry"])
    return root


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    passes = int(sys.argv[sys.argv.index("--passes") + 1]) if "--passes" in sys.argv else 3
    records = [json.loads(line) for line in open(args[0], encoding="utf-8")]
    schema = etree.XMLSchema(etree.parse(args[1]))

    def run(validate):
        best = float("inf")
        invalid = 0
        size = 0
        for _ in range(passes):
            invalid = 0
            size = 0
            start = time.perf_counter()
            for r in records:
                root = build(r)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
                size += len(data)
                if validate and not schema.validate(root):
                    invalid += 1
            best = min(best, time.perf_counter() - start)
        return len(records) / best, size, invalid

    plain, size, _ = run(False)
    validated, _, invalid = run(True)
    print(json.dumps({
        "engine": "python-lxml-" + etree.__version__,
        "records": len(records),
        "scolomfr_rec_per_s": round(plain),
        "scolomfr_validated_rec_per_s": round(validated),
        "scolomfr_mean_bytes": size // max(len(records), 1),
        "invalid_records": invalid,
    }, sort_keys=True))


if __name__ == "__main__":
    main()
