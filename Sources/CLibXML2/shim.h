#ifndef PEDACAT_CLIBXML2_SHIM_H
#define PEDACAT_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU. Importing ICU's headers next to Foundation breaks clean
// builds ("'UErrorCode' has different definitions"), and pedacat never uses libxml2's ICU
// support, so the flag is cleared before any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlsave.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/catalog.h>

// Swift 6 rejects the global function pointer `xmlFree`; call it through this function.
static inline void pedacat_xmlFree(void *pointer) {
    xmlFree(pointer);
}

// libxml2 changed the const-ness of xmlStructuredErrorFunc in 2.12; this typedef keeps one
// callback type whatever the installed version.
typedef void (*pedacat_structured_error_handler)(void *context, const xmlError *error);

static inline void pedacat_xmlSchemaSetValidStructuredErrors(
    xmlSchemaValidCtxtPtr context, pedacat_structured_error_handler handler, void *user) {
    xmlSchemaSetValidStructuredErrors(context, (xmlStructuredErrorFunc)handler, user);
}

static inline void pedacat_xmlSchemaSetParserStructuredErrors(
    xmlSchemaParserCtxtPtr context, pedacat_structured_error_handler handler, void *user) {
    xmlSchemaSetParserStructuredErrors(context, (xmlStructuredErrorFunc)handler, user);
}

static inline void pedacat_xmlSetStructuredErrorFunc(
    void *user, pedacat_structured_error_handler handler) {
    xmlSetStructuredErrorFunc(user, (xmlStructuredErrorFunc)handler);
}

#endif
