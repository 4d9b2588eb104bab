-- The map's bounding-box list (GET /api/sightings?bbox=) counts and pages the sightings an
-- organisation may see inside a box. With the owner and the id in the index, both are answered
-- from the index alone; only the rows of the page itself are read from the table, instead of a
-- row for every sighting in the box (issue 6, docs/benchmarks.md). It replaces the (lon, lat)
-- index of V7, which is its prefix.
CREATE INDEX sightings_place_owner ON sightings (lon, lat, organisation_id, id);
DROP INDEX sightings_lon_lat;
