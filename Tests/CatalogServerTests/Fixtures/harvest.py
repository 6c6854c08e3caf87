"""Harvest a pedacat OAI-PMH endpoint with Sickle, as a real harvester does, and print JSON.

usage: python3 harvest.py BASE_URL
"""
import json
import sys

from sickle import Sickle

base = sys.argv[1]
sickle = Sickle(base, max_retries=0, timeout=30)
result = {"identify": {}, "formats": [], "sets": [], "harvests": {}}
identify = sickle.Identify()
result["identify"] = {
    "repositoryName": identify.repositoryName,
    "deletedRecord": identify.deletedRecord,
    "granularity": identify.granularity,
}
result["formats"] = [f.metadataPrefix for f in sickle.ListMetadataFormats()]
result["sets"] = [s.setSpec for s in sickle.ListSets()]
for prefix in result["formats"]:
    records, deleted, empty, pages = [], [], [], 0
    for record in sickle.ListRecords(metadataPrefix=prefix, ignore_deleted=False):
        if record.deleted:
            deleted.append(record.header.identifier)
        else:
            records.append(record.header.identifier)
            if not record.metadata:
                empty.append(record.header.identifier)
    identifiers = [h.identifier for h in sickle.ListIdentifiers(metadataPrefix=prefix, ignore_deleted=False)]
    result["harvests"][prefix] = {
        "records": sorted(records), "deleted": sorted(deleted), "without_metadata": empty,
        "identifiers": sorted(identifiers),
    }
print(json.dumps(result, ensure_ascii=False))
