/// Plain IEEE LOM (lomStrict): LOMv1.0 tokens only; ScoLOMFR-only values are left out or go to
/// classification (levels, domains, themes with their concept URIs as taxon ids).
struct LOMWalker: RecordWalker {
    static let source = "LOMv1.0"

    func write<Sink: XMLSink>(_ record: LOMRecord, to w: Sink) throws(ExportError) {
        let language = record.language
        try w.startElement("lom")
        try w.declareNamespace(prefix: nil, uri: XMLNamespaces.lom)
        try w.declareNamespace(prefix: "xsi", uri: XMLNamespaces.xsi)
        try w.attribute("xsi:schemaLocation", "\(XMLNamespaces.lom) http://ltsc.ieee.org/xsd/lomv1.0/lomStrict.xsd")

        try w.startElement("general")
        try w.startElement("identifier")
        try w.element("catalog", text: record.identifierCatalog)
        try w.element("entry", text: record.identifier)
        try w.endElement()
        try string(w, "title", record.title, language)
        try w.element("language", text: language)
        for description in record.descriptions { try string(w, "description", description, language) }
        for keyword in record.keywords { try string(w, "keyword", keyword, language) }
        try w.endElement()

        try w.startElement("lifeCycle")
        for contribution in record.contributions {
            guard let role = contribution.role.lomToken else { continue }
            try w.startElement("contribute")
            try vocab(w, "role", role)
            try w.startElement("entity")
            try w.cdata(VCard.text(contribution, version: "3.0"))
            try w.endElement()
            if let date = contribution.date {
                try w.startElement("date")
                try w.element("dateTime", text: date)
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()

        try w.startElement("metaMetadata")
        try w.element("metadataSchema", text: Self.source)
        try w.element("language", text: "fr")
        try w.endElement()

        try w.startElement("technical")
        try w.element("format", text: record.format)
        try w.element("location", text: record.location)
        try w.endElement()

        try w.startElement("educational")
        var seen: Set<String> = []
        for role in record.intendedEndUserRoles {
            if let token = role.lomToken, seen.insert("role " + token).inserted {
                try vocab(w, "intendedEndUserRole", token)
            }
        }
        for context in record.contexts {
            if let token = context.lomToken, seen.insert("context " + token).inserted { try vocab(w, "context", token) }
        }
        if let ages = record.typicalAgeRange { try string(w, "typicalAgeRange", ages, language) }
        if let time = record.typicalLearningTime {
            try w.startElement("typicalLearningTime")
            try w.element("duration", text: time)
            try w.endElement()
        }
        let typeLabels = record.learningResourceTypes.map(\.label).joined(separator: ", ")
        try string(w, "description", "Type pédagogique (ScoLOMFR) : \(typeLabels).", "fr")
        for description in record.educationalDescriptions { try string(w, "description", description, language) }
        try w.element("language", text: language)
        try w.endElement()

        try w.startElement("rights")
        if let token = record.cost?.lomToken { try vocab(w, "cost", token) }
        if let token = record.copyright.lomToken { try vocab(w, "copyrightAndOtherRestrictions", token) }
        try string(w, "description", record.rightsDescription, language)
        try w.endElement()

        for relation in record.relations {
            guard let token = relation.kind.lomToken else { continue }
            try w.startElement("relation")
            try vocab(w, "kind", token)
            try w.startElement("resource")
            try w.startElement("identifier")
            try w.element("catalog", text: relation.catalog)
            try w.element("entry", text: relation.identifier)
            try w.endElement()
            try string(w, "description", relation.description, language)
            try w.endElement()
            try w.endElement()
        }

        for classification in record.classifications {
            guard let purpose = classification.purpose.lomToken else { continue }
            try w.startElement("classification")
            try vocab(w, "purpose", purpose)
            for path in classification.paths {
                try w.startElement("taxonPath")
                try string(w, "source", classification.source, "fr")
                for taxon in path {
                    try w.startElement("taxon")
                    try w.element("id", text: taxon.id)
                    try string(w, "entry", taxon.entry, "fr")
                    try w.endElement()
                }
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }

    private func string<Sink: XMLSink>(
        _ w: Sink, _ name: String, _ text: String, _ language: String
    ) throws(ExportError) {
        try w.langString(name, text, language: language, stringName: "string")
    }

    private func vocab<Sink: XMLSink>(_ w: Sink, _ name: String, _ token: String) throws(ExportError) {
        try w.startElement(name)
        try w.element("source", text: Self.source)
        try w.element("value", text: token)
        try w.endElement()
    }
}
