package org.enduse.app.web;

/** The body of a route: reads the call, calls core, answers. */
@FunctionalInterface
public interface ApiHandler {
    void handle(ApiCall call) throws Exception;
}
