package org.enduse.core.account;

/**
 * What a user may do. Routes and commands name the one permission they need; {@link Role} says
 * which roles hold it. Seeing a record also needs its organisation to allow it ({@link AccessPolicy}).
 */
public enum Permission {
    /** Read transfers, sightings, sources, assessments, alerts and inquiries. */
    READ_RECORDS,
    /** Create and edit transfers, sightings and sources; run extraction. */
    EDIT_RECORDS,
    /** Accept, edit or reject extracted candidates; confirm or dismiss assessments. */
    REVIEW,
    /** Open inquiries, log correspondence, move them through their states. */
    MANAGE_INQUIRIES,
    /** Share the organisation's records with other organisations, or stop sharing them. */
    SHARE_RECORDS,
    /** Read the organisation's audit log. */
    READ_AUDIT,
    /** Add and disable users of the organisation. */
    MANAGE_USERS
}
