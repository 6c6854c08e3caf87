/// Unqualified Dublin Core as `oai_dc:dc`.
struct DublinCoreWalker: RecordWalker {
    func write<Sink: XMLSink>(_ record: LOMRecord, to w: Sink) throws(ExportError) {
        let language = record.language
        try w.open("oai_dc:dc")
        try w.declare("xmlns:oai_dc", uri: XMLNamespaces.oaiDC)
        try w.declare("xmlns:dc", uri: XMLNamespaces.dc)
        try w.declare("xmlns:xsi", uri: XMLNamespaces.xsi)
        try w.setAttribute(
            "xsi:schemaLocation", "\(XMLNamespaces.oaiDC) http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
        try element(w, "dc:title", record.title, language)
        for contribution in record.contributions where contribution.role == ScoLOMFRTerms.author {
            try element(w, "dc:creator", contribution.name, nil)
        }
        for keyword in record.keywords { try element(w, "dc:subject", keyword, language) }
        for classification in record.classifications {
            for path in classification.paths {
                if let leaf = path.last { try element(w, "dc:subject", leaf.entry, "fr") }
            }
        }
        for description in record.descriptions { try element(w, "dc:description", description, language) }
        if let publisher = record.publisher { try element(w, "dc:publisher", publisher, nil) }
        if let date = record.date { try element(w, "dc:date", date, nil) }
        try element(w, "dc:type", record.documentType.uri, nil)
        for type in record.learningResourceTypes { try element(w, "dc:type", type.label, "fr") }
        try element(w, "dc:format", record.format, nil)
        try element(w, "dc:identifier", record.location, nil)
        try element(w, "dc:identifier", record.identifier, nil)
        try element(w, "dc:language", language, nil)
        for relation in record.relations { try element(w, "dc:relation", relation.identifier, nil) }
        try element(w, "dc:rights", record.rightsDescription, "fr")
        try w.close()
    }

    private func element<Sink: XMLSink>(
        _ w: Sink, _ name: StaticString, _ text: String, _ language: String?
    ) throws(ExportError) {
        try w.open(name)
        if let language { try w.setAttribute("xml:lang", language) }
        try w.text(text)
        try w.close()
    }
}
