package org.enduse.core.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A readable report: the text extraction works on, and where it came from.
 *
 * @param source    the path or URL as given (for a feed item: its link, or the feed with "#item-N")
 * @param location  where the bytes came from (a file path or the final URL after redirects)
 * @param sha256    sha256 of the original bytes (for a feed item: of the item's own XML text),
 *                  lower-case hex; the same content twice has the same hash
 * @param format    how the text was taken out
 * @param charset   the character encoding the bytes were decoded with
 * @param title     the page or item title when the format has one, else null
 * @param published the publication date the document states, else null
 * @param retrieved when the bytes were read
 * @param text      the extracted text: paragraphs separated by a blank line
 */
public record Document(String source, String location, String sha256, DocumentFormat format, String charset,
                       String title, LocalDate published, Instant retrieved, String text) {
    public Document {
        if (source == null || location == null || sha256 == null || format == null || text == null || retrieved == null) {
            throw new IllegalArgumentException("source, location, sha256, format, retrieved and text are required");
        }
    }
}
