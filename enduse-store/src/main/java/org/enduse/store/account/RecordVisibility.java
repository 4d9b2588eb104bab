package org.enduse.store.account;

import java.util.regex.Pattern;

/**
 * The SQL condition that keeps a list query to the records an organisation may see: those it
 * owns (the row's organisation_id) and those shared with it (record_shares). Repositories of
 * records add it to their WHERE clause and bind {@code :visible_type} and {@code :visible_org}:
 * <pre>
 * "SELECT ... FROM transfers t WHERE " + RecordVisibility.condition("t") + " AND ..."
 *     .bind(RecordVisibility.TYPE, "transfer").bind(RecordVisibility.ORGANISATION, user.organisationId())
 * </pre>
 * Only the table alias is spliced into the SQL, and it is checked to be a plain identifier.
 */
public final class RecordVisibility {
    public static final String TYPE = "visible_type";
    public static final String ORGANISATION = "visible_org";
    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RecordVisibility() {}

    public static String condition(String alias) {
        if (!ALIAS.matcher(alias).matches()) throw new IllegalArgumentException("not a table alias: " + alias);
        return "(" + alias + ".organisation_id = :" + ORGANISATION
                + " OR EXISTS (SELECT 1 FROM record_shares rs WHERE rs.entity_type = :" + TYPE + " AND rs.entity_id = " + alias + ".id"
                + " AND rs.organisation_id = :" + ORGANISATION + "))";
    }
}
