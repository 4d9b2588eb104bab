package org.enduse.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.ForbiddenException;
import org.enduse.core.account.RecordAccessRepository;
import org.enduse.core.common.CountryCode;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.RecordSharing;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import org.enduse.core.common.InvalidInputException;
import org.enduse.core.common.NotFoundException;
import org.enduse.store.audit.JdbiAuditTrail;
import org.enduse.store.sqlite.SqliteStore;
import org.enduse.core.audit.AuditEntry;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordSharingOnSqliteTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir Path dir;
    private Jdbi jdbi;
    private JdbiRecordAccessRepository access;
    private RecordSharing sharing;
    private JdbiAuditTrail audit;
    private SqliteStore store;
    private Organisation be, nl, fr;
    private User beAdmin, beAnalyst, nlAdmin, frAdmin;

    @BeforeEach
    void setUp() {
        store = SqliteStore.open(dir);
        jdbi = store.jdbi();
        Clock clock = Clock.fixed(Instant.parse("2023-05-22T10:00:00Z"), ZoneOffset.UTC);
        audit = new JdbiAuditTrail(jdbi, clock);
        // Cheap hashing: these tests are about sharing, not passwords.
        Accounts accounts = new Accounts(new JdbiAccountRepository(jdbi), audit, store.transactions(),
                new PasswordHasher(new PasswordHasher.Params(1024, 1, 1)), clock);
        be = accounts.createOrganisation("BE", "t");
        nl = accounts.createOrganisation("NL", "t");
        fr = accounts.createOrganisation("FR", "t");
        beAdmin = accounts.addUser("be-admin", null, be.id(), Role.ADMIN, PASSWORD, "t");
        beAnalyst = accounts.addUser("be-analyst", null, be.id(), Role.ANALYST, PASSWORD, "t");
        nlAdmin = accounts.addUser("nl-admin", null, nl.id(), Role.ADMIN, PASSWORD, "t");
        frAdmin = accounts.addUser("fr-admin", null, fr.id(), Role.ADMIN, PASSWORD, "t");
        access = new JdbiRecordAccessRepository(jdbi);
        store.write("test", r -> {
            for (String id : new String[] {"tr_scar", "tr_secret", "tr_french"}) r.transfers().save(transfer(id));
            return null;
        });
        access.setOwner("transfer", "tr_scar", be.id());
        access.setOwner("transfer", "tr_secret", be.id());
        access.setOwner("transfer", "tr_french", fr.id());
        sharing = new RecordSharing(access, accounts, audit, store.transactions());
    }

    @Test
    void ownerSharesAndUnsharesAndTheOtherOrganisationSeesItMeanwhile() {
        assertThatThrownBy(() -> sharing.visible(nlAdmin, "transfer", "tr_scar")).isInstanceOf(NotFoundException.class);
        sharing.share(beAdmin, "transfer", "tr_scar", "NL");
        sharing.share(beAdmin, "transfer", "tr_scar", "nl");
        assertThat(sharing.visible(nlAdmin, "transfer", "tr_scar").sharedWith()).containsExactly(nl.id());
        assertThatThrownBy(() -> sharing.visible(frAdmin, "transfer", "tr_scar")).isInstanceOf(NotFoundException.class);
        sharing.unshare(beAdmin, "transfer", "tr_scar", nl.id());
        assertThatThrownBy(() -> sharing.visible(nlAdmin, "transfer", "tr_scar")).isInstanceOf(NotFoundException.class);
        assertThat(entries("transfer", "tr_scar")).filteredOn(e -> e.action().startsWith("record.")).extracting(e -> e.user() + " " + e.action() + " " + e.detail())
                .containsExactly("be-admin record.share NL", "be-admin record.share NL", "be-admin record.unshare NL");
    }

    @Test
    void onlyTheOwnersAdminMayShareAndNeverWithItself() {
        assertThatThrownBy(() -> sharing.share(beAnalyst, "transfer", "tr_scar", "NL")).isInstanceOf(ForbiddenException.class);
        sharing.share(beAdmin, "transfer", "tr_scar", "NL");
        assertThatThrownBy(() -> sharing.share(nlAdmin, "transfer", "tr_scar", "FR")).as("a shared copy is read-only")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sharing.share(frAdmin, "transfer", "tr_scar", "FR")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.share(beAdmin, "transfer", "tr_scar", "BE")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sharing.share(beAdmin, "transfer", "tr_nothing", "NL")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theVisibilityConditionFiltersListQueries() {
        sharing.share(beAdmin, "transfer", "tr_scar", "NL");
        String sql = "SELECT id FROM transfers t WHERE " + RecordVisibility.condition("t") + " ORDER BY id";
        for (var c : new Object[][] {{be, new String[] {"tr_scar", "tr_secret"}}, {nl, new String[] {"tr_scar"}}, {fr, new String[] {"tr_french"}}}) {
            var org = (Organisation) c[0];
            List<String> seen = jdbi.withHandle(h -> h.createQuery(sql).bind(RecordVisibility.TYPE, "transfer")
                    .bind(RecordVisibility.ORGANISATION, org.id()).mapTo(String.class).list());
            assertThat(seen).as(org.name()).containsExactly((String[]) c[1]);
        }
        assertThat(access.counts(be.id())).isEqualTo(new RecordAccessRepository.RecordCounts(2, 0));
        assertThat(access.counts(nl.id())).isEqualTo(new RecordAccessRepository.RecordCounts(0, 1));
        assertThatThrownBy(() -> RecordVisibility.condition("t; DROP TABLE users")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstOrganisationOwnsWhatTheCommandLineWrote() {
        assertThat(be.id()).isEqualTo(Accounts.FIRST_ORGANISATION);
        assertThat(nl.id()).startsWith("org_");
        store.write("cli", r -> {
            r.transfers().save(transfer("tr_from_cli"));
            return null;
        });
        assertThat(sharing.visible(beAnalyst, "transfer", "tr_from_cli").ownerOrganisationId()).isEqualTo(be.id());
        assertThatThrownBy(() -> sharing.visible(beAdmin, "inquiry", "tr_scar")).as("unknown kinds have no records").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.setOwner("transfer", "tr_nothing", be.id())).isInstanceOf(NotFoundException.class);
    }

    private static Transfer transfer(String id) {
        return new Transfer(id, null, CountryCode.of("BE"), CountryCode.of("UA"), null, null, null, null, null, null, null);
    }

    /** Audit entries about one record, oldest first, as the store's reader gives them. */
    private List<AuditEntry> entries(String type, String id) {
        return store.read(r -> r.audit().list(type, id, 0));
    }

    private List<AuditEntry> newestFirst(String type, String id) {
        var all = new java.util.ArrayList<>(entries(type, id));
        java.util.Collections.reverse(all);
        return all;
    }
}
