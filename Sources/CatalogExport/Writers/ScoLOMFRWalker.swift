/// ScoLOMFR 3.1: concept URIs with labels, LOMFR and ScoLOMFR extensions.
struct ScoLOMFRWalker: RecordWalker {
    func write<Sink: XMLSink>(_ record: LOMRecord, to w: Sink) throws(ExportError) {
        let language = ScoLOMFRTerms.languageURI(record.language)
        try w.startElement("lom:lom")
        try w.declareNamespace(prefix: "lom", uri: XMLNamespaces.lom)
        try w.declareNamespace(prefix: "lomfr", uri: XMLNamespaces.lomfr)
        try w.declareNamespace(prefix: "scolomfr", uri: XMLNamespaces.scolomfr)

        try w.startElement("lom:general")
        try w.startElement("lom:identifier")
        try w.element("lom:catalog", text: record.identifierCatalog)
        try w.element("lom:entry", text: record.identifier)
        try w.endElement()
        try string(w, "lom:title", record.title, language)
        try w.element("lom:language", text: language)
        for description in record.descriptions { try string(w, "lom:description", description, language) }
        for keyword in record.keywords { try string(w, "lom:keyword", keyword, language) }
        try vocab(w, "lomfr:documentType", "lomfr:", record.documentType)
        if let type = record.generalResourceType { try vocab(w, "scolomfr:generalResourceType", "scolomfr:", type) }
        try w.endElement()

        try w.startElement("lom:lifeCycle")
        for contribution in record.contributions { try contribute(w, contribution) }
        try w.endElement()

        try w.startElement("lom:metaMetadata")
        try w.element("lom:metadataSchema", text: ScoLOMFRTerms.source)
        try w.element("lom:language", text: ScoLOMFRTerms.languageURI("fr"))
        try w.endElement()

        try w.startElement("lom:technical")
        try w.element("lom:format", text: record.format)
        try w.element("lom:location", text: record.location)
        try w.endElement()

        try w.startElement("lom:educational")
        for type in record.learningResourceTypes { try vocab(w, "lom:learningResourceType", "lom:", type) }
        for role in record.intendedEndUserRoles { try vocab(w, "lom:intendedEndUserRole", "lom:", role) }
        for context in record.contexts { try vocab(w, "lom:context", "lom:", context) }
        if let ages = record.typicalAgeRange { try string(w, "lom:typicalAgeRange", ages, language) }
        if let time = record.typicalLearningTime {
            try w.startElement("lom:typicalLearningTime")
            try w.element("lom:duration", text: time)
            try w.endElement()
        }
        for description in record.educationalDescriptions { try string(w, "lom:description", description, language) }
        try w.element("lom:language", text: language)
        try w.endElement()

        try w.startElement("lom:rights")
        if let cost = record.cost { try vocab(w, "lom:cost", "lom:", cost) }
        try vocab(w, "lom:copyrightAndOtherRestrictions", "lom:", record.copyright)
        try string(w, "lom:description", record.rightsDescription, language)
        try w.endElement()

        for relation in record.relations {
            try w.startElement("lom:relation")
            try vocab(w, "lom:kind", "lom:", relation.kind)
            try w.startElement("lom:resource")
            try w.startElement("lom:identifier")
            try w.element("lom:catalog", text: relation.catalog)
            try w.element("lom:entry", text: relation.identifier)
            try w.endElement()
            try string(w, "lom:description", relation.description, language)
            try w.endElement()
            try w.endElement()
        }

        for classification in record.classifications {
            try w.startElement("lom:classification")
            try vocab(w, "lom:purpose", "lom:", classification.purpose)
            for path in classification.paths {
                try w.startElement("lom:taxonPath")
                try w.startElement("lom:source")
                try w.element("lom:string", text: classification.source)
                try w.endElement()
                for taxon in path {
                    try w.startElement("lom:taxon")
                    try w.element("lom:id", text: taxon.id)
                    try w.startElement("lom:entry")
                    try w.element("lom:string", text: taxon.entry)
                    try w.endElement()
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
        try w.langString(name, text, language: language, stringName: "lom:string")
    }

    /// `source` / `value` / `label` triple; `prefix` is the namespace of the children.
    private func vocab<Sink: XMLSink>(
        _ w: Sink, _ name: String, _ prefix: String, _ term: LOMRecord.Term
    ) throws(ExportError) {
        try w.startElement(name)
        try w.element(prefix + "source", text: ScoLOMFRTerms.source)
        try w.element(prefix + "value", text: term.uri)
        try w.element(prefix + "label", text: term.label)
        try w.endElement()
    }

    private func contribute<Sink: XMLSink>(_ w: Sink, _ contribution: LOMRecord.Contribution) throws(ExportError) {
        try w.startElement("lom:contribute")
        try vocab(w, "lom:role", "lom:", contribution.role)
        try w.startElement("lom:entity")
        try w.cdata(VCard.text(contribution, version: "4.0"))
        try w.endElement()
        if let date = contribution.date {
            try w.startElement("lom:date")
            try w.element("lom:dateTime", text: date)
            try w.endElement()
        }
        try w.endElement()
    }
}
