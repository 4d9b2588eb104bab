-- Indexes for the web's list views (issue 6): sightings by place (a map's bounding box), by date
-- and by owner; shares are already indexed by organisation (V51).
CREATE INDEX sightings_lon_lat ON sightings (lon, lat);
CREATE INDEX sightings_observed ON sightings (observed);
CREATE INDEX sightings_organisation ON sightings (organisation_id);
