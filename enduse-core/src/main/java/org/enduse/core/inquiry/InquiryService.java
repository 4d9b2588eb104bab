package org.enduse.core.inquiry;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.enduse.core.common.Checks;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.core.storage.Repositories;
import org.enduse.core.storage.Store;

/**
 * Everything a person does with inquiries, for the CLI and the web alike: list, look at one with its
 * timeline, open, send, record a reply with its files, close. Each step is one write: the inquiry's
 * new state, its event and any correspondence are stored together (and audited under the user) or
 * not at all. Steps carry the day they happened ({@code on}); an event on today's date gets the
 * clock's time, an event entered afterwards the start of its day (UTC).
 */
public final class InquiryService {
    private final Store store;
    private final AttachmentFiles files;
    private final Clock clock;

    public InquiryService(Store store, AttachmentFiles files, Clock clock) {
        this.store = Checks.required("store", store);
        this.files = Checks.required("attachment files", files);
        this.clock = Checks.required("clock", clock);
    }

    /** Today, by the service's clock (UTC). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    public List<Inquiry> list(InquiryQuery query) {
        return store.read(repos -> repos.inquiries().list(query));
    }

    /** The inquiry with its events and correspondence; NotFoundException when there is none. */
    public InquiryDossier get(String id) {
        return store.read(repos -> dossier(repos, id));
    }

    /** The bytes of an attachment, checked against its sha256. */
    public byte[] attachment(Attachment attachment) {
        return files.read(attachment);
    }

    /**
     * Stores a new draft and its opening event; with a letter, the letter (Markdown and HTML) is the
     * first outgoing correspondence. Every linked sighting and transfer must exist.
     */
    public InquiryDossier open(String user, Inquiry draft, Letter letter, LocalDate on) {
        InquiryChange change = InquiryWorkflow.open(draft, user, at(on));
        List<Attachment> kept = new ArrayList<>();
        if (letter != null) {
            kept.add(files.keep(draft.id() + ".md", "text/markdown", letter.markdown().getBytes(StandardCharsets.UTF_8)));
            kept.add(files.keep(draft.id() + ".html", "text/html", letter.html().getBytes(StandardCharsets.UTF_8)));
        }
        return store.write(user, repos -> {
            if (repos.inquiries().find(draft.id()).isPresent()) throw InvalidInputException.field("inquiry", "an inquiry with id " + draft.id() + " already exists");
            for (String s : draft.sightingIds()) {
                if (!repos.sightings().exists(s)) throw InvalidInputException.field("sighting", "no sighting with id '" + s + "' (see: enduse sightings list)");
            }
            for (String t : draft.transferIds()) {
                if (!repos.transfers().exists(t)) throw InvalidInputException.field("transfer", "no transfer with id '" + t + "' (see: enduse transfers list)");
            }
            repos.inquiries().save(change.inquiry());
            repos.inquiries().append(change.event());
            if (letter != null) {
                repos.inquiries().append(new Correspondence(draft.id(), on, Correspondence.Direction.OUTGOING, "Letter drafted: " + draft.subject(), kept));
            }
            return dossier(repos, draft.id());
        });
    }

    /** Sends the inquiry on the day given; the deadline (or the draft's) must not be before it. */
    public InquiryDossier send(String user, String id, LocalDate deadline, LocalDate on) {
        return step(user, id, i -> InquiryWorkflow.send(i, deadline, user, at(on)));
    }

    /**
     * Logs a reply or message (incoming or outgoing) with its files, and the state it brings the
     * inquiry to (null: none). A reply saying "investigation opened" moves it under investigation.
     */
    public InquiryDossier record(String user, String id, InquiryState moveTo, Correspondence.Direction direction, String summary,
                                 List<AttachmentUpload> uploads, LocalDate on) {
        List<Attachment> kept = uploads.stream().map(u -> files.keep(u.name(), u.mediaType(), u.bytes())).toList();
        return store.write(user, repos -> {
            Inquiry inquiry = find(repos, id);
            Correspondence letter = new Correspondence(id, on, direction, summary, kept);
            InquiryChange change = InquiryWorkflow.record(inquiry, letter, moveTo, user, at(on));
            repos.inquiries().save(change.inquiry());
            repos.inquiries().append(change.event());
            repos.inquiries().append(letter);
            return dossier(repos, id);
        });
    }

    /** Logs a letter or message with its files, without changing the inquiry's state. */
    public InquiryDossier attach(String user, String id, Correspondence.Direction direction, String summary, List<AttachmentUpload> uploads,
                                 LocalDate on) {
        return record(user, id, null, direction, summary, uploads, on);
    }

    /** Closes the inquiry with its outcome. */
    public InquiryDossier close(String user, String id, InquiryOutcome outcome, String note, LocalDate on) {
        return step(user, id, i -> InquiryWorkflow.close(i, outcome, user, at(on), note));
    }

    private InquiryDossier step(String user, String id, Function<Inquiry, InquiryChange> move) {
        return store.write(user, repos -> {
            InquiryChange change = move.apply(find(repos, id));
            repos.inquiries().save(change.inquiry());
            repos.inquiries().append(change.event());
            return dossier(repos, id);
        });
    }

    private Instant at(LocalDate on) {
        Checks.required("date", on);
        return on.equals(today()) ? clock.instant() : on.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Inquiry find(Repositories repos, String id) {
        return repos.inquiries().find(id).orElseThrow(() -> new NotFoundException("inquiry", id));
    }

    private static InquiryDossier dossier(Repositories repos, String id) {
        return new InquiryDossier(find(repos, id), repos.inquiries().events(id), repos.inquiries().correspondence(id));
    }
}
