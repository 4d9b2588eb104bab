package org.enduse.app.web;

import java.util.List;

/**
 * A feature's routes: one class per resource (transfers, sightings, users, ...). The wiring
 * constructs each module with the services it needs and hands the list to the server.
 */
public interface WebModule {
    List<Route> routes();
}
