package org.enduse.core.inquiry;

import org.enduse.core.common.Checks;

/** A file handed in to be attached: its name, media type (may be null) and bytes. */
public record AttachmentUpload(String name, String mediaType, byte[] bytes) {
    public AttachmentUpload {
        name = Checks.required("attachment name", name);
        mediaType = Checks.optional(mediaType);
        Checks.required("attachment bytes", bytes);
    }
}
