import CatalogCore
import Foundation

/// The OAI-PMH 2.0 data provider over one loaded catalogue: turns a request into an
/// `OAIResult` (the XML is written by `OAIResponseWriter`). Pure: no I/O, the clock is a parameter.
struct OAIRepository: Sendable {
    struct Settings: Sendable {
        var repositoryIdentifier: String
        var repositoryName: String
        var adminEmail: String
        var pageSize: Int
        var offersSets: Bool
        var tokenLifetime: TimeInterval
    }

    let settings: Settings
    /// Items sorted by datestamp then id, so that pages are stable and a harvest is in time order.
    let items: [OAIItem]
    /// Identifies the catalogue content: resumption tokens carry it.
    let fingerprint: String
    private let byIdentifier: [String: Int]

    init(catalog: Catalog, fingerprint: String, settings: Settings) {
        self.settings = settings
        self.fingerprint = fingerprint
        items = catalog.entries.filter(OAIItem.isHarvestable)
            .map { OAIItem(entry: $0, repositoryIdentifier: settings.repositoryIdentifier) }
            .sorted { ($0.datestamp, $0.entry.id) < ($1.datestamp, $1.entry.id) }
        var byIdentifier: [String: Int] = [:]
        for (position, item) in items.enumerated() where byIdentifier[item.identifier] == nil {
            byIdentifier[item.identifier] = position
        }
        self.byIdentifier = byIdentifier
    }

    /// The smallest datestamp of the repository (the epoch when it is empty).
    var earliestDatestamp: OAIDatestamp { items.first?.datestamp ?? OAIDatestamp(seconds: 0) }

    func item(_ identifier: String) -> OAIItem? { byIdentifier[identifier].map { items[$0] } }

    /// `oai:pedacat:le-chat-mistral`, for Identify.
    var sampleIdentifier: String { items.first?.identifier ?? "oai:\(settings.repositoryIdentifier):exemple" }

    func respond(to request: OAIRequest, now: Date) -> OAIResult {
        do {
            switch request.verb {
            case .identify: return .identify
            case .listMetadataFormats: return try listMetadataFormats(identifier: request["identifier"])
            case .listSets: return try listSets(resumptionToken: request["resumptionToken"])
            case .getRecord:
                return try getRecord(identifier: request["identifier"] ?? "", prefix: request["metadataPrefix"] ?? "")
            case .listIdentifiers, .listRecords: return try list(request, now: now)
            }
        } catch {
            return .error(error)
        }
    }

    private func listMetadataFormats(identifier: String?) throws(OAIError) -> OAIResult {
        if let identifier {
            guard let item = item(identifier) else { throw Self.idDoesNotExist(identifier) }
            // A withdrawn entry is a deleted record: it disseminates no metadata any more.
            guard !item.isDeleted else {
                throw OAIError(.noMetadataFormats, "Cette fiche a été retirée : aucune métadonnée n'est plus diffusée.")
            }
        }
        return .metadataFormats(OAIMetadataFormat.all)
    }

    private func listSets(resumptionToken: String?) throws(OAIError) -> OAIResult {
        guard settings.offersSets else { throw OAIError(.noSetHierarchy, "Cet entrepôt ne propose pas d'ensembles.") }
        if resumptionToken != nil {
            throw .badResumptionToken("ListSets tient en une seule réponse : ce jeton n'a pas été émis ici.")
        }
        return .sets(OAISet.all)
    }

    private func getRecord(identifier: String, prefix: String) throws(OAIError) -> OAIResult {
        let format = try Self.format(prefix)
        guard let item = item(identifier) else { throw Self.idDoesNotExist(identifier) }
        return .record(item, format)
    }

    /// ListIdentifiers and ListRecords: arguments from the request or from a token.
    private func list(_ request: OAIRequest, now: Date) throws(OAIError) -> OAIResult {
        let nowSeconds = Int(now.timeIntervalSince1970)
        var arguments = ResumptionToken(
            verb: request.verb, fingerprint: fingerprint, pageSize: settings.pageSize, offset: 0,
            expires: nowSeconds + Int(settings.tokenLifetime), metadataPrefix: request["metadataPrefix"],
            from: request["from"], until: request["until"], set: request["set"])
        if let text = request["resumptionToken"] {
            guard let token = ResumptionToken(encoded: text), token.verb == request.verb else {
                throw .badResumptionToken("Jeton de reprise invalide.")
            }
            guard token.fingerprint == fingerprint, token.pageSize == settings.pageSize else {
                throw .badResumptionToken(
                    "Le catalogue a changé depuis l'émission de ce jeton : reprenez la moisson au début.")
            }
            guard token.expires >= nowSeconds else { throw .badResumptionToken("Ce jeton de reprise a expiré.") }
            arguments = token
        }
        let format = try Self.format(arguments.metadataPrefix ?? "")
        let matching = try select(from: arguments.from, until: arguments.until, set: arguments.set)
        guard !matching.isEmpty else {
            throw OAIError(.noRecordsMatch, "Aucun enregistrement ne correspond à ces critères.")
        }
        guard arguments.offset < matching.count else {
            throw .badResumptionToken("Ce jeton de reprise pointe au-delà de la liste.")
        }
        let page = matching[arguments.offset..<min(matching.count, arguments.offset + settings.pageSize)].map {
            items[$0]
        }
        var resumption: OAIResumption?
        if matching.count > settings.pageSize {
            let next = arguments.offset + page.count
            var token: String?
            if next < matching.count {
                var nextArguments = arguments
                nextArguments.offset = next
                nextArguments.expires = nowSeconds + Int(settings.tokenLifetime)
                token = nextArguments.encoded
            }
            resumption = OAIResumption(
                token: token,
                expirationDate: token == nil ? nil : OAIDatestamp(seconds: nowSeconds + Int(settings.tokenLifetime)),
                completeListSize: matching.count, cursor: arguments.offset)
        }
        return request.verb == .listRecords ? .records(page, format, resumption) : .headers(page, resumption)
    }

    /// Positions in `items` of the items the arguments select.
    private func select(from: String?, until: String?, set: String?) throws(OAIError) -> [Int] {
        var lower: (OAIDatestamp, OAIDatestamp.Granularity)?
        var upper: (OAIDatestamp, OAIDatestamp.Granularity)?
        if let from {
            guard let parsed = OAIDatestamp.parseArgument(from, upperBound: false) else {
                throw .badArgument("Date from invalide : « \(from) » (attendu AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ).")
            }
            lower = parsed
        }
        if let until {
            guard let parsed = OAIDatestamp.parseArgument(until, upperBound: true) else {
                throw .badArgument("Date until invalide : « \(until) » (attendu AAAA-MM-JJ ou AAAA-MM-JJThh:mm:ssZ).")
            }
            upper = parsed
        }
        if let lower, let upper {
            guard lower.1 == upper.1 else { throw .badArgument("from et until doivent avoir la même granularité.") }
            guard lower.0 <= upper.0 else { throw .badArgument("from est postérieur à until.") }
        }
        var oaiSet: OAISet?
        if let set {
            guard settings.offersSets else {
                throw OAIError(.noSetHierarchy, "Cet entrepôt ne propose pas d'ensembles.")
            }
            guard OAISet.isValidSpec(set) else { throw .badArgument("setSpec mal formé : « \(set) ».") }
            guard let parsed = OAISet(spec: set) else {
                throw OAIError(.noRecordsMatch, "Ensemble inconnu dans cet entrepôt : « \(set) » (voir ListSets).")
            }
            oaiSet = parsed
        }
        // Positions, not copies: an item holds a whole entry, and a full harvest has no filter at all.
        if lower == nil, upper == nil, oaiSet == nil { return Array(items.indices) }
        return items.indices.filter { position in
            let datestamp = items[position].datestamp
            if let lower, datestamp < lower.0 { return false }
            if let upper, upper.0 < datestamp { return false }
            // The header's setSpecs already list every set holding the item (parents and broader levels).
            if let oaiSet, !items[position].setSpecs.contains(oaiSet.spec) { return false }
            return true
        }
    }

    private static func format(_ prefix: String) throws(OAIError) -> OAIMetadataFormat {
        guard let format = OAIMetadataFormat.named(prefix) else {
            let known = OAIMetadataFormat.all.map(\.prefix).joined(separator: ", ")
            throw OAIError(
                .cannotDisseminateFormat, "Format de métadonnées non proposé : « \(prefix) » (formats : \(known)).")
        }
        return format
    }

    private static func idDoesNotExist(_ identifier: String) -> OAIError {
        OAIError(.idDoesNotExist, "Identifiant inconnu dans cet entrepôt : « \(identifier) ».")
    }
}
