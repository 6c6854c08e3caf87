/// Plain IEEE LOM (lomStrict): LOMv1.0 tokens only; ScoLOMFR-only values are left out or go to
/// classification (levels, domains, themes with their concept URIs as taxon ids).
struct LOMWalker: RecordWalker {
    static let source = "LOMv1.0"

    func write<Sink: XMLSink>(_ record: LOMRecord, to w: Sink) throws(ExportError) {
        let language = record.language
        try w.open("lom")
        try w.declare("xmlns", uri: XMLNamespaces.lom)
        try w.declare("xmlns:xsi", uri: XMLNamespaces.xsi)
        try w.setAttribute("xsi:schemaLocation", "\(XMLNamespaces.lom) http://ltsc.ieee.org/xsd/lomv1.0/lomStrict.xsd")

        try w.open("general")
        try w.open("identifier")
        try w.leaf("catalog", record.identifierCatalog)
        try w.leaf("entry", record.identifier)
        try w.close()
        try string(w, "title", record.title, language)
        try w.leaf("language", language)
        for description in record.descriptions { try string(w, "description", description, language) }
        for keyword in record.keywords { try string(w, "keyword", keyword, language) }
        try w.close()

        try w.open("lifeCycle")
        for contribution in record.contributions {
            guard let role = contribution.role.lomToken else { continue }
            try w.open("contribute")
            try vocab(w, "role", role)
            try w.open("entity")
            try w.cdata(VCard.text(contribution, version: "3.0"))
            try w.close()
            if let date = contribution.date {
                try w.open("date")
                try w.leaf("dateTime", date)
                try w.close()
            }
            try w.close()
        }
        try w.close()

        try w.open("metaMetadata")
        try w.leaf("metadataSchema", Self.source)
        try w.leaf("language", "fr")
        try w.close()

        try w.open("technical")
        try w.leaf("format", record.format)
        try w.leaf("location", record.location)
        try w.close()

        try w.open("educational")
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
            try w.open("typicalLearningTime")
            try w.leaf("duration", time)
            try w.close()
        }
        let typeLabels = record.learningResourceTypes.map(\.label).joined(separator: ", ")
        try string(w, "description", "Type pédagogique (ScoLOMFR) : \(typeLabels).", "fr")
        for description in record.educationalDescriptions { try string(w, "description", description, language) }
        try w.leaf("language", language)
        try w.close()

        try w.open("rights")
        if let token = record.cost?.lomToken { try vocab(w, "cost", token) }
        if let token = record.copyright.lomToken { try vocab(w, "copyrightAndOtherRestrictions", token) }
        try string(w, "description", record.rightsDescription, language)
        try w.close()

        for relation in record.relations {
            guard let token = relation.kind.lomToken else { continue }
            try w.open("relation")
            try vocab(w, "kind", token)
            try w.open("resource")
            try w.open("identifier")
            try w.leaf("catalog", relation.catalog)
            try w.leaf("entry", relation.identifier)
            try w.close()
            try string(w, "description", relation.description, language)
            try w.close()
            try w.close()
        }

        for classification in record.classifications {
            guard let purpose = classification.purpose.lomToken else { continue }
            try w.open("classification")
            try vocab(w, "purpose", purpose)
            for path in classification.paths {
                try w.open("taxonPath")
                try string(w, "source", classification.source, "fr")
                for taxon in path {
                    try w.open("taxon")
                    try w.leaf("id", taxon.id)
                    try string(w, "entry", taxon.entry, "fr")
                    try w.close()
                }
                try w.close()
            }
            try w.close()
        }
        try w.close()
    }

    private func string<Sink: XMLSink>(
        _ w: Sink, _ name: StaticString, _ text: String, _ language: String
    ) throws(ExportError) {
        try w.langString(name, text, language: language, stringName: "string")
    }

    private func vocab<Sink: XMLSink>(_ w: Sink, _ name: StaticString, _ token: String) throws(ExportError) {
        try w.open(name)
        try w.leaf("source", Self.source)
        try w.leaf("value", token)
        try w.close()
    }
}
