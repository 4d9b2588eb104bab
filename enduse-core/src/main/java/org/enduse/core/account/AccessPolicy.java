package org.enduse.core.account;

/**
 * The one place that says who may do what to which record. A record is seen by its owner
 * organisation and by those it is shared with; it is changed only by its owner, by users whose
 * role holds the permission the change needs. A disabled user may do nothing.
 */
public final class AccessPolicy {
    private AccessPolicy() {}

    public static boolean may(User user, Permission permission) {
        return user != null && user.may(permission);
    }

    public static boolean canRead(User user, Ownership record) {
        return may(user, Permission.READ_RECORDS) && record.visibleTo(user.organisationId());
    }

    /** Changing a record needs the permission and ownership: a shared copy is read-only. */
    public static boolean canChange(User user, Permission permission, Ownership record) {
        return may(user, permission) && record.ownerOrganisationId().equals(user.organisationId());
    }

    /** Whether the user may manage (disable, give tokens to) another user: admins, within their organisation. */
    public static boolean canManage(User admin, User other) {
        return may(admin, Permission.MANAGE_USERS) && admin.organisationId().equals(other.organisationId());
    }
}
