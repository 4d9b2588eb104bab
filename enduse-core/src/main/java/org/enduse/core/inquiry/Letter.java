package org.enduse.core.inquiry;

import org.enduse.core.common.Checks;

/** A drafted letter, in Markdown for editing and HTML for sending or printing. */
public record Letter(String markdown, String html) {
    public Letter {
        markdown = Checks.required("markdown", markdown);
        html = Checks.required("html", html);
    }
}
