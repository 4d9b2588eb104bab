package org.enduse.core.inquiry;

import java.util.Locale;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.source.Source;

/** A file sent or received with a letter, identified by the sha256 of its bytes so it can be proved unchanged. */
public record Attachment(String name, String mediaType, long size, String sha256) {
    public Attachment {
        name = Checks.required("attachment name", name);
        mediaType = Checks.optional(mediaType);
        if (size < 0) throw InvalidInputException.field("attachment size", "must not be negative");
        sha256 = Checks.required("attachment sha256", sha256).toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) throw InvalidInputException.field("attachment sha256", "must be 64 hexadecimal digits");
    }

    /** Where the bytes are kept, relative to the data directory: named by their sha256, in a folder per first two digits. */
    public String storedPath() {
        return "attachments/" + sha256.substring(0, 2) + "/" + sha256;
    }

    public static Attachment of(String name, String mediaType, byte[] bytes) {
        return new Attachment(name, mediaType, bytes.length, Source.sha256Of(bytes));
    }
}
