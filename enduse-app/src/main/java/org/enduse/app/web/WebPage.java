package org.enduse.app.web;

/** Serving a page shell. */
public final class WebPage {
    private WebPage() {}

    public static void html(ApiCall call, byte[] html) {
        call.ctx().contentType("text/html; charset=utf-8").result(html);
    }
}
