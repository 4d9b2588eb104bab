package org.enduse.app.web;

import io.javalin.security.RouteRole;
import org.enduse.core.account.Permission;

/**
 * What a route demands of its caller: nothing (the sign-in page, the OpenAPI document), a signed-in
 * user, or a user holding one permission. Every route declares one; there is no default.
 */
public record Access(Kind kind, Permission permission) implements RouteRole {
    public enum Kind { PUBLIC, SIGNED_IN, PERMISSION }

    public static final Access PUBLIC = new Access(Kind.PUBLIC, null);
    public static final Access SIGNED_IN = new Access(Kind.SIGNED_IN, null);

    public Access {
        if (kind == null) throw new IllegalArgumentException("access kind is required");
        if ((kind == Kind.PERMISSION) != (permission != null)) throw new IllegalArgumentException("a permission goes with kind PERMISSION only");
    }

    public static Access of(Permission permission) {
        return new Access(Kind.PERMISSION, permission);
    }

    /** How the OpenAPI document and error messages name it. */
    public String label() {
        return switch (kind) {
            case PUBLIC -> "public";
            case SIGNED_IN -> "signed-in";
            case PERMISSION -> permission.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
