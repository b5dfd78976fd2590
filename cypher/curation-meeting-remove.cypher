// curation-meeting-remove: takes back a meeting the curation added.
MATCH (m:Meeting {addedBy: $curation})
DETACH DELETE m
