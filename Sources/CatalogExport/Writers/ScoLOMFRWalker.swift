/// ScoLOMFR 3.1: concept URIs with labels, LOMFR and ScoLOMFR extensions.
struct ScoLOMFRWalker: RecordWalker {
    func write<Sink: XMLSink>(_ record: LOMRecord, to w: Sink) throws(ExportError) {
        let language = ScoLOMFRTerms.languageURI(record.language)
        try w.open("lom:lom")
        try w.declare("xmlns:lom", uri: XMLNamespaces.lom)
        try w.declare("xmlns:lomfr", uri: XMLNamespaces.lomfr)
        try w.declare("xmlns:scolomfr", uri: XMLNamespaces.scolomfr)

        try w.open("lom:general")
        try w.open("lom:identifier")
        try w.leaf("lom:catalog", record.identifierCatalog)
        try w.leaf("lom:entry", record.identifier)
        try w.close()
        try string(w, "lom:title", record.title, language)
        try w.leaf("lom:language", language)
        for description in record.descriptions { try string(w, "lom:description", description, language) }
        for keyword in record.keywords { try string(w, "lom:keyword", keyword, language) }
        try vocab(w, "lomfr:documentType", .lomfr, record.documentType)
        if let type = record.generalResourceType { try vocab(w, "scolomfr:generalResourceType", .scolomfr, type) }
        try w.close()

        try w.open("lom:lifeCycle")
        for contribution in record.contributions { try contribute(w, contribution) }
        try w.close()

        try w.open("lom:metaMetadata")
        try w.leaf("lom:metadataSchema", ScoLOMFRTerms.source)
        try w.leaf("lom:language", ScoLOMFRTerms.languageURI("fr"))
        try w.close()

        try w.open("lom:technical")
        try w.leaf("lom:format", record.format)
        try w.leaf("lom:location", record.location)
        try w.close()

        try w.open("lom:educational")
        for type in record.learningResourceTypes { try vocab(w, "lom:learningResourceType", .lom, type) }
        for role in record.intendedEndUserRoles { try vocab(w, "lom:intendedEndUserRole", .lom, role) }
        for context in record.contexts { try vocab(w, "lom:context", .lom, context) }
        if let ages = record.typicalAgeRange { try string(w, "lom:typicalAgeRange", ages, language) }
        if let time = record.typicalLearningTime {
            try w.open("lom:typicalLearningTime")
            try w.leaf("lom:duration", time)
            try w.close()
        }
        for description in record.educationalDescriptions { try string(w, "lom:description", description, language) }
        try w.leaf("lom:language", language)
        try w.close()

        try w.open("lom:rights")
        if let cost = record.cost { try vocab(w, "lom:cost", .lom, cost) }
        try vocab(w, "lom:copyrightAndOtherRestrictions", .lom, record.copyright)
        try string(w, "lom:description", record.rightsDescription, language)
        try w.close()

        for relation in record.relations {
            try w.open("lom:relation")
            try vocab(w, "lom:kind", .lom, relation.kind)
            try w.open("lom:resource")
            try w.open("lom:identifier")
            try w.leaf("lom:catalog", relation.catalog)
            try w.leaf("lom:entry", relation.identifier)
            try w.close()
            try string(w, "lom:description", relation.description, language)
            try w.close()
            try w.close()
        }

        for classification in record.classifications {
            try w.open("lom:classification")
            try vocab(w, "lom:purpose", .lom, classification.purpose)
            for path in classification.paths {
                try w.open("lom:taxonPath")
                try w.open("lom:source")
                try w.leaf("lom:string", classification.source)
                try w.close()
                for taxon in path {
                    try w.open("lom:taxon")
                    try w.leaf("lom:id", taxon.id)
                    try w.open("lom:entry")
                    try w.leaf("lom:string", taxon.entry)
                    try w.close()
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
        try w.langString(name, text, language: language, stringName: "lom:string")
    }

    /// `source` / `value` / `label` triple; `children` names them in their namespace.
    private func vocab<Sink: XMLSink>(
        _ w: Sink, _ name: StaticString, _ children: VocabNames, _ term: LOMRecord.Term
    ) throws(ExportError) {
        try w.open(name)
        try w.leaf(children.source, ScoLOMFRTerms.source)
        try w.leaf(children.value, term.uri)
        try w.leaf(children.label, term.label)
        try w.close()
    }

    /// Names of a vocabulary's children in one namespace.
    struct VocabNames {
        var source: StaticString
        var value: StaticString
        var label: StaticString

        static let lom = VocabNames(source: "lom:source", value: "lom:value", label: "lom:label")
        static let lomfr = VocabNames(source: "lomfr:source", value: "lomfr:value", label: "lomfr:label")
        static let scolomfr = VocabNames(
            source: "scolomfr:source", value: "scolomfr:value", label: "scolomfr:label")
    }

    private func contribute<Sink: XMLSink>(_ w: Sink, _ contribution: LOMRecord.Contribution) throws(ExportError) {
        try w.open("lom:contribute")
        try vocab(w, "lom:role", .lom, contribution.role)
        try w.open("lom:entity")
        try w.cdata(VCard.text(contribution, version: "4.0"))
        try w.close()
        if let date = contribution.date {
            try w.open("lom:date")
            try w.leaf("lom:dateTime", date)
            try w.close()
        }
        try w.close()
    }
}
