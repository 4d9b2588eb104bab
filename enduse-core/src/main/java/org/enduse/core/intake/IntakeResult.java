package org.enduse.core.intake;

/** What reading one document gave: the document, or the reason it could not be read. */
public sealed interface IntakeResult {
    String source();

    record Read(Document document) implements IntakeResult {
        @Override
        public String source() {
            return document.source();
        }
    }

    record Failed(String source, IntakeException error) implements IntakeResult {}
}
