/* C peer of export-benchmark: builds the same ScoLOMFR records as pedacat (same elements, same
 * order, same values, read from the dump `export-benchmark --dump-lines` writes; format in
 * Benchmarks/ExportBenchmark/RecordLines.swift) with libxml2's xmlTextWriter into memory, one
 * thread; then the same records as libxml2 trees validated in place against the same XSD
 * (xmlSchemaValidateDoc) and serialised. Prints one JSON line like the other peers.
 *
 *   cc -O2 c_peer.c $(xml2-config --cflags --libs) -o c-peer
 *   c-peer RECORDS.txt XSD [--passes 3] [--out DIR]   (--out: also write DIR/<id>.xml, untimed)
 *
 * Records are parsed into structs before timing (as pedacat's catalogue and lxml's JSON are
 * loaded before timing); the vCard text and the language URI are computed while building, as
 * pedacat and lxml do.
 */
#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---------- records ---------- */

typedef struct { const char *uri, *label; } Term;
typedef struct { Term role; const char *name, *org, *email, *date; } Contrib;
typedef struct { Term kind; const char *catalog, *identifier, *description; } Relation;
typedef struct { const char *id, *entry; } Taxon;
typedef struct { Taxon *taxa; int n, cap; } Path;
typedef struct { Term purpose; const char *source; Path *paths; int n, cap; } Classif;

#define LIST(T, name) T *name; int n_##name, cap_##name
typedef struct {
    const char *id, *catalog, *identifier, *title, *language, *format, *location;
    const char *ages, *time, *rights;
    Term documentType, generalType, cost, copyright;
    int hasGeneralType, hasCost;
    LIST(const char *, descriptions);
    LIST(const char *, keywords);
    LIST(Contrib, contributions);
    LIST(Term, learningTypes);
    LIST(Term, roles);
    LIST(Term, contexts);
    LIST(const char *, eduDescriptions);
    LIST(Relation, relations);
    LIST(Classif, classifications);
} Record;

#define PUSH(owner, name, value)                                                              \
    do {                                                                                      \
        if ((owner)->n_##name == (owner)->cap_##name) {                                       \
            (owner)->cap_##name = (owner)->cap_##name ? 2 * (owner)->cap_##name : 4;          \
            (owner)->name = realloc((owner)->name, sizeof(*(owner)->name) * (owner)->cap_##name); \
        }                                                                                     \
        (owner)->name[(owner)->n_##name++] = (value);                                         \
    } while (0)

static void *grow(void *items, int *n, int *cap, size_t size) {
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 4;
        items = realloc(items, size * (size_t)*cap);
    }
    return items;
}

/* Unescapes a field in place (\\ \t \n \r). */
static char *unescape(char *s) {
    char *r = s, *w = s;
    while (*r) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r == 'r' ? '\r' : *r;
            r++;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
    return s;
}

static Record *parse(char *text, int *count) {
    Record *records = NULL;
    int n = 0, cap = 0;
    Record *r = NULL;
    char *line = text;
    while (*line) {
        char *end = strchr(line, '\n');
        if (end) *end = 0;
        char *f[8];
        int nf = 0;
        char *p = line;
        for (;;) {
            char *tab = strchr(p, '\t');
            if (tab) *tab = 0;
            if (nf < 8) f[nf++] = p;
            if (!tab) break;
            p = tab + 1;
        }
        for (int i = 1; i < nf; i++) unescape(f[i]);
        const char *t = f[0];
#define TAG(x) (strcmp(t, x) == 0)
#define TERM(i) ((Term){f[i], f[(i) + 1]})
        if (TAG("R")) {
            records = grow(records, &n, &cap, sizeof(Record));
            r = &records[n++];
            memset(r, 0, sizeof *r);
            r->id = f[1];
        } else if (TAG("I")) { r->catalog = f[1]; r->identifier = f[2]; }
        else if (TAG("T")) r->title = f[1];
        else if (TAG("L")) r->language = f[1];
        else if (TAG("D")) PUSH(r, descriptions, f[1]);
        else if (TAG("K")) PUSH(r, keywords, f[1]);
        else if (TAG("DT")) r->documentType = TERM(1);
        else if (TAG("GT")) { r->generalType = TERM(1); r->hasGeneralType = 1; }
        else if (TAG("C")) {
            Contrib c = {TERM(1), f[3], NULL, NULL, NULL};
            PUSH(r, contributions, c);
        }
        else if (TAG("CO")) r->contributions[r->n_contributions - 1].org = f[1];
        else if (TAG("CM")) r->contributions[r->n_contributions - 1].email = f[1];
        else if (TAG("CD")) r->contributions[r->n_contributions - 1].date = f[1];
        else if (TAG("F")) r->format = f[1];
        else if (TAG("LO")) r->location = f[1];
        else if (TAG("LR")) PUSH(r, learningTypes, TERM(1));
        else if (TAG("IR")) PUSH(r, roles, TERM(1));
        else if (TAG("CX")) PUSH(r, contexts, TERM(1));
        else if (TAG("AG")) r->ages = f[1];
        else if (TAG("TL")) r->time = f[1];
        else if (TAG("ED")) PUSH(r, eduDescriptions, f[1]);
        else if (TAG("CT")) { r->cost = TERM(1); r->hasCost = 1; }
        else if (TAG("CR")) r->copyright = TERM(1);
        else if (TAG("RD")) r->rights = f[1];
        else if (TAG("RL")) {
            Relation rel = {TERM(1), f[3], f[4], f[5]};
            PUSH(r, relations, rel);
        } else if (TAG("CL")) {
            Classif c = {TERM(1), f[3], NULL, 0, 0};
            PUSH(r, classifications, c);
        } else if (TAG("P")) {
            Classif *c = &r->classifications[r->n_classifications - 1];
            c->paths = grow(c->paths, &c->n, &c->cap, sizeof(Path));
            c->paths[c->n++] = (Path){NULL, 0, 0};
        } else if (TAG("X")) {
            Classif *c = &r->classifications[r->n_classifications - 1];
            Path *path = &c->paths[c->n - 1];
            path->taxa = grow(path->taxa, &path->n, &path->cap, sizeof(Taxon));
            path->taxa[path->n++] = (Taxon){f[1], f[2]};
        }
        if (!end) break;
        line = end + 1;
    }
    *count = n;
    return records;
}

/* ---------- sink: xmlTextWriter (bytes) or a tree (validated in place) ---------- */

static const char *LOM = "http://ltsc.ieee.org/xsd/LOM";
static const char *LOMFR = "http://www.lom-fr.fr/xsd/LOMFR";
static const char *SCOLOMFR = "http://www.lom-fr.fr/xsd/SCOLOMFR";

typedef struct {
    xmlTextWriterPtr writer; /* stream mode */
    xmlDocPtr doc;           /* tree mode */
    xmlNodePtr node;
    xmlNsPtr ns[3];          /* lom, lomfr, scolomfr */
} Sink;

static void s_start(Sink *s, const char *qname) {
    if (s->writer) {
        xmlTextWriterStartElement(s->writer, BAD_CAST qname);
        return;
    }
    const char *colon = strchr(qname, ':');
    xmlNsPtr ns = NULL;
    const char *local = qname;
    if (colon) {
        local = colon + 1;
        size_t n = (size_t)(colon - qname);
        ns = n == 3 ? s->ns[0] : n == 5 ? s->ns[1] : s->ns[2];
    }
    xmlNodePtr node = xmlNewDocNode(s->doc, ns, BAD_CAST local, NULL);
    if (s->node) xmlAddChild(s->node, node);
    else xmlDocSetRootElement(s->doc, node);
    s->node = node;
}

static void s_end(Sink *s) {
    if (s->writer) xmlTextWriterEndElement(s->writer);
    else s->node = s->node->parent && s->node->parent->type == XML_ELEMENT_NODE ? s->node->parent : NULL;
}

static void s_text(Sink *s, const char *text) {
    if (s->writer) xmlTextWriterWriteString(s->writer, BAD_CAST text);
    else xmlNodeAddContentLen(s->node, BAD_CAST text, (int)strlen(text));
}

static void s_attr(Sink *s, const char *name, const char *value) {
    if (s->writer) xmlTextWriterWriteAttribute(s->writer, BAD_CAST name, BAD_CAST value);
    else xmlNewNsProp(s->node, NULL, BAD_CAST name, BAD_CAST value);
}

static void s_cdata(Sink *s, const char *text) {
    if (strstr(text, "]]>")) {
        s_text(s, text);
    } else if (s->writer) {
        xmlTextWriterWriteCDATA(s->writer, BAD_CAST text);
    } else {
        xmlAddChild(s->node, xmlNewCDataBlock(s->doc, BAD_CAST text, (int)strlen(text)));
    }
}

static void s_root(Sink *s) {
    if (s->writer) {
        xmlTextWriterStartElement(s->writer, BAD_CAST "lom:lom");
        xmlTextWriterWriteAttribute(s->writer, BAD_CAST "xmlns:lom", BAD_CAST LOM);
        xmlTextWriterWriteAttribute(s->writer, BAD_CAST "xmlns:lomfr", BAD_CAST LOMFR);
        xmlTextWriterWriteAttribute(s->writer, BAD_CAST "xmlns:scolomfr", BAD_CAST SCOLOMFR);
        return;
    }
    xmlNodePtr root = xmlNewDocNode(s->doc, NULL, BAD_CAST "lom", NULL);
    xmlDocSetRootElement(s->doc, root);
    s->ns[0] = xmlNewNs(root, BAD_CAST LOM, BAD_CAST "lom");
    s->ns[1] = xmlNewNs(root, BAD_CAST LOMFR, BAD_CAST "lomfr");
    s->ns[2] = xmlNewNs(root, BAD_CAST SCOLOMFR, BAD_CAST "scolomfr");
    xmlSetNs(root, s->ns[0]);
    s->node = root;
}

static void element(Sink *s, const char *name, const char *text) {
    s_start(s, name);
    s_text(s, text);
    s_end(s);
}

static void string(Sink *s, const char *name, const char *text, const char *lang) {
    s_start(s, name);
    s_start(s, "lom:string");
    s_attr(s, "language", lang);
    s_text(s, text);
    s_end(s);
    s_end(s);
}

static void vocab(Sink *s, const char *name, const char *prefix, Term t) {
    char q[64];
    s_start(s, name);
    snprintf(q, sizeof q, "%ssource", prefix);
    element(s, q, "SCOLOMFRv3.1");
    snprintf(q, sizeof q, "%svalue", prefix);
    element(s, q, t.uri);
    snprintf(q, sizeof q, "%slabel", prefix);
    element(s, q, t.label);
    s_end(s);
}

/* ---------- vCard 4.0 and language URIs, as pedacat computes them ---------- */

typedef struct { char *data; size_t len, cap; } Buf;

static void put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->data = realloc(b->data, b->cap);
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void puts_(Buf *b, const char *s) { put(b, s, strlen(s)); }

/* RFC 6350 escaping; newlines (CR LF, CR, LF, VT, FF, NEL, LS, PS) become \n. */
static void put_escaped(Buf *b, const char *v) {
    for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
        if (*p == '\\') put(b, "\\\\", 2);
        else if (*p == ',') put(b, "\\,", 2);
        else if (*p == ';') put(b, "\\;", 2);
        else if (*p == '\r' && p[1] == '\n') { put(b, "\\n", 2); p++; }
        else if (*p == '\n' || *p == '\r' || *p == 0x0B || *p == 0x0C) put(b, "\\n", 2);
        else if (*p == 0xC2 && p[1] == 0x85) { put(b, "\\n", 2); p++; }
        else if (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) { put(b, "\\n", 2); p += 2; }
        else put(b, (const char *)p, 1);
    }
}

static const char *vcard(Buf *b, const Contrib *c) {
    b->len = 0;
    puts_(b, "BEGIN:VCARD\nVERSION:4.0\nFN:");
    put_escaped(b, c->name);
    if (c->org) { puts_(b, "\nORG:"); put_escaped(b, c->org); }
    if (c->email) { puts_(b, "\nEMAIL:"); put_escaped(b, c->email); }
    puts_(b, "\nEND:VCARD");
    return b->data;
}

static const char *LANGS[][2] = {
    {"fr", "fre"}, {"en", "eng"}, {"de", "ger"}, {"es", "spa"}, {"it", "ita"}, {"pt", "por"},
    {"nl", "dut"}, {"ar", "ara"}, {"zh", "chi"}, {"ja", "jpn"}, {"ru", "rus"}, {"oc", "oci"},
    {"br", "bre"}, {"eu", "baq"}, {"ca", "cat"}, {"co", "cos"}, {"la", "lat"}, {"el", "gre"},
    {"pl", "pol"}, {"ro", "rum"}, {"tr", "tur"},
};

static void language_uri(char *out, size_t size, const char *tag) {
    char primary[32];
    size_t i = 0;
    for (; tag[i] && tag[i] != '-' && i + 1 < sizeof primary; i++)
        primary[i] = (char)((tag[i] >= 'A' && tag[i] <= 'Z') ? tag[i] + 32 : tag[i]);
    primary[i] = 0;
    const char *code = primary;
    for (size_t k = 0; k < sizeof LANGS / sizeof LANGS[0]; k++)
        if (strcmp(LANGS[k][0], primary) == 0) code = LANGS[k][1];
    snprintf(out, size, "http://id.loc.gov/vocabulary/iso639-2/%s", code);
}

/* ---------- the ScoLOMFR record (ScoLOMFRWalker.swift, element for element) ---------- */

static void write_record(Sink *s, const Record *r, Buf *card) {
    char lang[96], fr[96];
    language_uri(lang, sizeof lang, r->language);
    s_root(s);
    s_start(s, "lom:general");
    s_start(s, "lom:identifier");
    element(s, "lom:catalog", r->catalog);
    element(s, "lom:entry", r->identifier);
    s_end(s);
    string(s, "lom:title", r->title, lang);
    element(s, "lom:language", lang);
    for (int i = 0; i < r->n_descriptions; i++) string(s, "lom:description", r->descriptions[i], lang);
    for (int i = 0; i < r->n_keywords; i++) string(s, "lom:keyword", r->keywords[i], lang);
    vocab(s, "lomfr:documentType", "lomfr:", r->documentType);
    if (r->hasGeneralType) vocab(s, "scolomfr:generalResourceType", "scolomfr:", r->generalType);
    s_end(s);

    s_start(s, "lom:lifeCycle");
    for (int i = 0; i < r->n_contributions; i++) {
        const Contrib *c = &r->contributions[i];
        s_start(s, "lom:contribute");
        vocab(s, "lom:role", "lom:", c->role);
        s_start(s, "lom:entity");
        s_cdata(s, vcard(card, c));
        s_end(s);
        if (c->date) {
            s_start(s, "lom:date");
            element(s, "lom:dateTime", c->date);
            s_end(s);
        }
        s_end(s);
    }
    s_end(s);

    s_start(s, "lom:metaMetadata");
    element(s, "lom:metadataSchema", "SCOLOMFRv3.1");
    language_uri(fr, sizeof fr, "fr");
    element(s, "lom:language", fr);
    s_end(s);

    s_start(s, "lom:technical");
    element(s, "lom:format", r->format);
    element(s, "lom:location", r->location);
    s_end(s);

    s_start(s, "lom:educational");
    for (int i = 0; i < r->n_learningTypes; i++) vocab(s, "lom:learningResourceType", "lom:", r->learningTypes[i]);
    for (int i = 0; i < r->n_roles; i++) vocab(s, "lom:intendedEndUserRole", "lom:", r->roles[i]);
    for (int i = 0; i < r->n_contexts; i++) vocab(s, "lom:context", "lom:", r->contexts[i]);
    if (r->ages) string(s, "lom:typicalAgeRange", r->ages, lang);
    if (r->time) {
        s_start(s, "lom:typicalLearningTime");
        element(s, "lom:duration", r->time);
        s_end(s);
    }
    for (int i = 0; i < r->n_eduDescriptions; i++) string(s, "lom:description", r->eduDescriptions[i], lang);
    element(s, "lom:language", lang);
    s_end(s);

    s_start(s, "lom:rights");
    if (r->hasCost) vocab(s, "lom:cost", "lom:", r->cost);
    vocab(s, "lom:copyrightAndOtherRestrictions", "lom:", r->copyright);
    string(s, "lom:description", r->rights, lang);
    s_end(s);

    for (int i = 0; i < r->n_relations; i++) {
        const Relation *rel = &r->relations[i];
        s_start(s, "lom:relation");
        vocab(s, "lom:kind", "lom:", rel->kind);
        s_start(s, "lom:resource");
        s_start(s, "lom:identifier");
        element(s, "lom:catalog", rel->catalog);
        element(s, "lom:entry", rel->identifier);
        s_end(s);
        string(s, "lom:description", rel->description, lang);
        s_end(s);
        s_end(s);
    }

    for (int i = 0; i < r->n_classifications; i++) {
        const Classif *c = &r->classifications[i];
        s_start(s, "lom:classification");
        vocab(s, "lom:purpose", "lom:", c->purpose);
        for (int p = 0; p < c->n; p++) {
            s_start(s, "lom:taxonPath");
            s_start(s, "lom:source");
            element(s, "lom:string", c->source);
            s_end(s);
            for (int t = 0; t < c->paths[p].n; t++) {
                s_start(s, "lom:taxon");
                element(s, "lom:id", c->paths[p].taxa[t].id);
                s_start(s, "lom:entry");
                element(s, "lom:string", c->paths[p].taxa[t].entry);
                s_end(s);
                s_end(s);
            }
            s_end(s);
        }
        s_end(s);
    }
    s_end(s);
}

/* ---------- timing ---------- */

/* One record as a document into `buffer`, through one xmlTextWriter (freeing it flushes). */
static void write_document(xmlBufferPtr buffer, const Record *r, Buf *card) {
    xmlTextWriterPtr writer = xmlNewTextWriterMemory(buffer, 0);
    xmlTextWriterSetIndent(writer, 1);
    xmlTextWriterSetIndentString(writer, BAD_CAST "  ");
    xmlTextWriterStartDocument(writer, "1.0", "UTF-8", NULL);
    Sink s = {writer, NULL, NULL, {NULL, NULL, NULL}};
    write_record(&s, r, card);
    xmlTextWriterEndDocument(writer);
    xmlFreeTextWriter(writer);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void ignore_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: c-peer RECORDS.txt XSD [--passes P]\n");
        return 2;
    }
    int passes = 3;
    const char *out = NULL;
    for (int i = 3; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--passes") == 0) passes = atoi(argv[i + 1]);
        if (strcmp(argv[i], "--out") == 0) out = argv[i + 1];
    }

    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 1; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, file) != (size_t)size) { perror("read"); return 1; }
    text[size] = 0;
    fclose(file);
    int count = 0;
    Record *records = parse(text, &count);

    xmlInitParser();
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(argv[2]);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema) { fprintf(stderr, "schema %s not compiled\n", argv[2]); return 1; }

    Buf card = {0};
    if (out) { /* --out DIR: every record as DIR/<id>.xml (untimed), to compare with pedacat's files */
        for (int i = 0; i < count; i++) {
            xmlBufferPtr b = xmlBufferCreate();
            write_document(b, &records[i], &card);
            char path[4096];
            snprintf(path, sizeof path, "%s/%s.xml", out, records[i].id);
            FILE *f = fopen(path, "wb");
            if (!f) { perror(path); return 1; }
            fwrite(xmlBufferContent(b), 1, (size_t)xmlBufferLength(b), f);
            fclose(f);
            xmlBufferFree(b);
        }
    }
    double best = 1e300;
    long bytes = 0;
    /* Unvalidated: one xmlTextWriter per record into a memory buffer kept across records. */
    xmlBufferPtr buffer = xmlBufferCreateSize(16 * 1024);
    for (int pass = 0; pass < passes; pass++) {
        bytes = 0;
        double start = now();
        for (int i = 0; i < count; i++) {
            xmlBufferEmpty(buffer);
            write_document(buffer, &records[i], &card);
            bytes += (long)xmlBufferLength(buffer);
        }
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
    }
    double plain = count / best;
    long plainBytes = bytes;

    /* Validated: a tree built node by node (names from one dictionary), validated in place
     * with one validation context kept across records, then serialised. */
    xmlDictPtr dict = xmlDictCreate();
    xmlSchemaValidCtxtPtr valid = xmlSchemaNewValidCtxt(schema);
    xmlSchemaSetValidStructuredErrors(valid, (xmlStructuredErrorFunc)ignore_error, NULL);
    int invalid = 0;
    best = 1e300;
    long validatedBytes = 0;
    for (int pass = 0; pass < passes; pass++) {
        invalid = 0;
        validatedBytes = 0;
        double start = now();
        for (int i = 0; i < count; i++) {
            xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
            doc->dict = dict;
            xmlDictReference(dict);
            Sink s = {NULL, doc, NULL, {NULL, NULL, NULL}};
            write_record(&s, &records[i], &card);
            if (xmlSchemaValidateDoc(valid, doc) != 0) invalid++;
            xmlBufferEmpty(buffer);
            xmlSaveCtxtPtr save = xmlSaveToBuffer(buffer, "UTF-8", XML_SAVE_FORMAT);
            xmlSaveDoc(save, doc);
            xmlSaveClose(save);
            validatedBytes += (long)xmlBufferLength(buffer);
            xmlFreeDoc(doc);
        }
        double elapsed = now() - start;
        if (elapsed < best) best = elapsed;
    }
    double validated = count / best;

    printf("{\"engine\": \"c-libxml2-%s\", \"invalid_records\": %d, \"records\": %d, "
           "\"same_bytes_validated\": %s, \"scolomfr_mean_bytes\": %ld, \"scolomfr_rec_per_s\": %.0f, "
           "\"scolomfr_validated_rec_per_s\": %.0f}\n",
           xmlParserVersion, invalid, count, validatedBytes == plainBytes ? "true" : "false",
           count ? plainBytes / count : 0, plain, validated);
    xmlSchemaFreeValidCtxt(valid);
    xmlDictFree(dict);
    xmlBufferFree(buffer);
    xmlSchemaFree(schema);
    return 0;
}
