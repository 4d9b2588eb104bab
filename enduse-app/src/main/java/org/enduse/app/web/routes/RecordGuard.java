package org.enduse.app.web.routes;

import org.enduse.core.account.AccessPolicy;
import org.enduse.core.account.Ownership;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.account.User;
import org.enduse.core.common.NotFoundException;

/**
 * The check every route on one record makes first: the caller's organisation owns it or has it
 * shared; otherwise it answers 404, as for a record that does not exist, so ids of other
 * organisations' records cannot be probed.
 */
final class RecordGuard {
    private final RecordAccessRepository access;

    RecordGuard(RecordAccessRepository access) {
        this.access = access;
    }

    Ownership readable(User user, String type, String id) {
        return access.ownership(type, id).filter(o -> AccessPolicy.canRead(user, o)).orElseThrow(() -> new NotFoundException(type, id));
    }

    java.util.Set<String> visibleIds(User user, String type) {
        return access.visibleIds(type, user.organisationId());
    }
}
