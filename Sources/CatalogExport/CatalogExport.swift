// CatalogExport: LOM / ScoLOMFR / Dublin Core writers, XSD validation and XML import.
// Every libxml2 call lives in LibXML2/.
