package org.enduse.core.inquiry;

/**
 * Where attachment bytes are kept, by their sha256 (content-addressed): keeping the same bytes twice
 * stores them once, and a write that is rolled back leaves at most an unreferenced file, never a
 * record pointing at nothing.
 */
public interface AttachmentFiles {
    /** Keeps the bytes and returns the attachment describing them. */
    Attachment keep(String name, String mediaType, byte[] bytes);

    /** The bytes of a kept attachment, checked against its sha256. */
    byte[] read(Attachment attachment);
}
