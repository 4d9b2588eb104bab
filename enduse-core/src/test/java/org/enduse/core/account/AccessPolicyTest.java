package org.enduse.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {
    private static final Instant T = Instant.parse("2023-05-22T10:00:00Z");

    private static User user(String org, Role role) {
        return new User("usr_" + org + role, (org + "-" + role.label()).toLowerCase(), null, org, role, T, null);
    }

    @Test
    void eachRoleHoldsTheOneBeforeItsPermissionsAndMore() {
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ_RECORDS);
        assertThat(Role.ANALYST.permissions()).contains(Permission.READ_RECORDS, Permission.EDIT_RECORDS).doesNotContain(Permission.REVIEW);
        assertThat(Role.REVIEWER.permissions()).contains(Permission.REVIEW, Permission.MANAGE_INQUIRIES).doesNotContain(Permission.MANAGE_USERS);
        assertThat(Role.ADMIN.permissions()).containsExactlyInAnyOrder(Permission.values());
        for (int i = 1; i < Role.values().length; i++) {
            assertThat(Role.values()[i].permissions()).containsAll(Role.values()[i - 1].permissions());
        }
    }

    @Test
    void recordsAreSeenByOwnerAndSharedOrganisationsButChangedOnlyByTheOwner() {
        Ownership record = new Ownership("transfer", "tr_1", "org_be", Set.of("org_nl"));
        User beAnalyst = user("org_be", Role.ANALYST);
        User nlAdmin = user("org_nl", Role.ADMIN);
        User frAdmin = user("org_fr", Role.ADMIN);
        assertThat(AccessPolicy.canRead(beAnalyst, record)).isTrue();
        assertThat(AccessPolicy.canRead(nlAdmin, record)).isTrue();
        assertThat(AccessPolicy.canRead(frAdmin, record)).isFalse();
        assertThat(AccessPolicy.canChange(beAnalyst, Permission.EDIT_RECORDS, record)).isTrue();
        assertThat(AccessPolicy.canChange(nlAdmin, Permission.EDIT_RECORDS, record)).as("shared copies are read-only").isFalse();
        assertThat(AccessPolicy.canChange(user("org_be", Role.VIEWER), Permission.EDIT_RECORDS, record)).isFalse();
    }

    @Test
    void disabledUsersMayDoNothing() {
        User admin = user("org_be", Role.ADMIN).disabled(T);
        assertThat(AccessPolicy.may(admin, Permission.READ_RECORDS)).isFalse();
        assertThat(AccessPolicy.canRead(admin, new Ownership("transfer", "tr_1", "org_be", Set.of()))).isFalse();
        assertThat(AccessPolicy.may(null, Permission.READ_RECORDS)).isFalse();
    }

    @Test
    void adminsManageOnlyUsersOfTheirOwnOrganisation() {
        assertThat(AccessPolicy.canManage(user("org_be", Role.ADMIN), user("org_be", Role.VIEWER))).isTrue();
        assertThat(AccessPolicy.canManage(user("org_be", Role.ADMIN), user("org_nl", Role.VIEWER))).isFalse();
        assertThat(AccessPolicy.canManage(user("org_be", Role.REVIEWER), user("org_be", Role.VIEWER))).isFalse();
    }

    @Test
    void rolesAndUsernamesAreParsedStrictly() {
        assertThat(Role.parse(" Reviewer ")).isEqualTo(Role.REVIEWER);
        assertThatThrownBy(() -> Role.parse("root")).hasMessageContaining("expected one of viewer, analyst, reviewer, admin");
        assertThat(User.normaliseUsername("Alice@MoD.be")).isEqualTo("alice@mod.be");
        assertThatThrownBy(() -> User.normaliseUsername("<script>")).hasMessageContaining("must be 2 to 64 characters");
        assertThatThrownBy(() -> User.normaliseUsername("a b")).hasMessageContaining("username");
    }
}
