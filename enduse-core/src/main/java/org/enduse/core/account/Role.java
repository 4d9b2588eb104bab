package org.enduse.core.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.enduse.core.common.InvalidInputException;

/**
 * A user's role within their organisation. Each role holds every permission of the one before it
 * and more; the table in docs/security.md is this enum written out.
 */
public enum Role {
    VIEWER(EnumSet.of(Permission.READ_RECORDS)),
    ANALYST(with(VIEWER, Permission.EDIT_RECORDS)),
    REVIEWER(with(ANALYST, Permission.REVIEW, Permission.MANAGE_INQUIRIES, Permission.READ_AUDIT)),
    ADMIN(with(REVIEWER, Permission.SHARE_RECORDS, Permission.MANAGE_USERS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean holds(Permission permission) {
        return permissions.contains(permission);
    }

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "viewer", "Analyst", ...; the error lists the roles there are. */
    public static Role parse(String text) {
        if (text != null) {
            for (Role r : values()) if (r.name().equalsIgnoreCase(text.strip())) return r;
        }
        throw InvalidInputException.field("role", "'" + text + "' is not a role (expected one of "
                + Arrays.stream(values()).map(Role::label).collect(Collectors.joining(", ")) + ")");
    }

    private static Set<Permission> with(Role base, Permission... more) {
        EnumSet<Permission> all = EnumSet.copyOf(base.permissions);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
