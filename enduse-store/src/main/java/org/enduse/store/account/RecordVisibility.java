package org.enduse.store.account;

import java.util.regex.Pattern;

/**
 * The SQL condition that keeps a list query to the records an organisation may see: those it
 * owns and those shared with it. Repositories of records add it to their WHERE clause and bind
 * {@code :visible_type} and {@code :visible_org}, e.g.
 * <pre>
 * "SELECT ... FROM transfers t WHERE " + RecordVisibility.condition("t.id") + " AND ..."
 *     .bind(RecordVisibility.TYPE, "transfer").bind(RecordVisibility.ORGANISATION, user.organisationId())
 * </pre>
 * Only the column name is spliced into the SQL, and it is checked to be a plain identifier.
 */
public final class RecordVisibility {
    public static final String TYPE = "visible_type";
    public static final String ORGANISATION = "visible_org";
    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private RecordVisibility() {}

    public static String condition(String idColumn) {
        if (!COLUMN.matcher(idColumn).matches()) throw new IllegalArgumentException("not a column name: " + idColumn);
        return "EXISTS (SELECT 1 FROM record_owners ro WHERE ro.entity_type = :" + TYPE + " AND ro.entity_id = " + idColumn
                + " AND (ro.owner_organisation_id = :" + ORGANISATION
                + " OR EXISTS (SELECT 1 FROM record_shares rs WHERE rs.entity_type = ro.entity_type AND rs.entity_id = ro.entity_id"
                + " AND rs.organisation_id = :" + ORGANISATION + ")))";
    }
}
