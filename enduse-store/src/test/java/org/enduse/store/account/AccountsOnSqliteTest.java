package org.enduse.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.enduse.core.account.Accounts;
import org.enduse.core.account.IssuedToken;
import org.enduse.core.account.Organisation;
import org.enduse.core.account.PasswordHasher;
import org.enduse.core.account.Role;
import org.enduse.core.account.User;
import org.enduse.core.audit.AuditEntry;
import org.enduse.core.common.InvalidInputException;
import org.enduse.store.audit.JdbiAuditTrail;
import org.enduse.store.sqlite.SqliteStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsOnSqliteTest {
    private static final Instant T0 = Instant.parse("2023-05-22T10:00:00Z");
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir Path dir;
    private Jdbi jdbi;
    private JdbiAuditTrail audit;
    private SqliteStore store;

    @BeforeEach
    void open() {
        store = SqliteStore.open(dir);
        jdbi = store.jdbi();
        audit = new JdbiAuditTrail(jdbi, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private Accounts accountsAt(Instant now) {
        return new Accounts(new JdbiAccountRepository(jdbi), audit, store.transactions(), new PasswordHasher(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void usersAreAddedFoundAndCheckedByPasswordWithEveryChangeAudited() {
        Accounts accounts = accountsAt(T0);
        Organisation be = accounts.createOrganisation("FPS Defence (BE)", "cli:root");
        User alice = accounts.addUser("Alice", "Alice Peeters", be.id(), Role.ADMIN, PASSWORD, "cli:root");

        assertThat(accounts.organisation("fps defence (be)")).isEqualTo(be);
        assertThat(accounts.users(be.id())).extracting(User::username).containsExactly("alice");
        assertThat(accounts.checkPassword("ALICE", PASSWORD)).contains(alice);
        assertThat(accounts.checkPassword("alice", "wrong password!!".toCharArray())).isEmpty();
        assertThat(accounts.checkPassword("nobody", PASSWORD)).isEmpty();
        assertThat(accounts.checkPassword("<not a username>", PASSWORD)).isEmpty();

        accounts.disable(alice.id(), "cli:root");
        assertThat(accounts.checkPassword("alice", PASSWORD)).as("disabled users cannot sign in").isEmpty();
        assertThat(newestFirst(null, null)).extracting(AuditEntry::action).containsExactly("user.disable", "user.add", "organisation.create");
        assertThat(entries(Accounts.ENTITY_USER, alice.id())).allSatisfy(e -> assertThat(e.user()).isEqualTo("cli:root"));
    }

    @Test
    void duplicateNamesAndUnknownOrganisationsAreRefusedAndLeaveNothingBehind() {
        Accounts accounts = accountsAt(T0);
        Organisation be = accounts.createOrganisation("BE", "cli:root");
        accounts.addUser("alice", null, be.id(), Role.VIEWER, PASSWORD, "cli:root");
        assertThatThrownBy(() -> accounts.addUser("ALICE", null, be.id(), Role.VIEWER, PASSWORD, "cli:root"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'alice' is taken");
        assertThatThrownBy(() -> accounts.createOrganisation("be", "cli:root")).hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.addUser("bob", null, "org_missing", Role.VIEWER, PASSWORD, "cli:root"))
                .hasMessageContaining("no organisation 'org_missing' (there are: BE)");
        assertThat(newestFirst(null, null)).hasSize(2);
    }

    @Test
    void aFailureInsideTheTransactionRollsBackTheWritesBeforeIt() {
        Accounts accounts = accountsAt(T0);
        Organisation be = accounts.createOrganisation("BE", "cli:root");
        var tx = store.transactions();
        assertThatThrownBy(() -> tx.run(() -> {
            audit.append("alice", "test.write", "user", "usr_x", null);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(entries("user", "usr_x")).isEmpty();
        assertThat(accounts.organisations()).containsExactly(be);
    }

    @Test
    void tokensAuthenticateUntilRevokedExpiredOrTheirUserIsDisabled() {
        Accounts accounts = accountsAt(T0);
        Organisation be = accounts.createOrganisation("BE", "cli:root");
        User bot = accounts.addUser("importer", null, be.id(), Role.ANALYST, PASSWORD, "cli:root");
        IssuedToken forever = accounts.issueToken(bot.id(), "nightly import", null, "cli:root");
        IssuedToken brief = accounts.issueToken(bot.id(), "one hour", T0.plus(Duration.ofHours(1)), "cli:root");

        assertThat(forever.secret()).startsWith("eut_").hasSize(4 + 43);
        assertThat(forever.token().secretSha256()).doesNotContain(forever.secret());
        long stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_tokens WHERE secret_sha256 = :s OR name = :s")
                .bind("s", forever.secret()).mapTo(Long.class).one());
        assertThat(stored).as("the secret is not stored").isZero();
        assertThat(accounts.userForToken(forever.secret())).contains(bot);
        assertThat(accounts.userForToken(brief.secret())).contains(bot);
        assertThat(accounts.userForToken(forever.secret() + "x")).isEmpty();
        assertThat(accounts.userForToken("Bearer nonsense")).isEmpty();

        Accounts later = accountsAt(T0.plus(Duration.ofHours(2)));
        assertThat(later.userForToken(brief.secret())).as("expired").isEmpty();
        later.revokeToken(bot.id(), forever.token().id(), "importer");
        assertThat(later.userForToken(forever.secret())).isEmpty();
        assertThat(later.tokens(bot.id())).extracting(t -> t.revokedAt() != null).containsExactly(true, false);

        IssuedToken third = later.issueToken(bot.id(), "third", null, "cli:root");
        later.disable(bot.id(), "cli:root");
        assertThat(later.userForToken(third.secret())).isEmpty();
        assertThatThrownBy(() -> later.issueToken(bot.id(), "fourth", null, "cli:root")).hasMessageContaining("is disabled");
    }

    @Test
    void olderHashesAreReplacedAtTheNextSignIn() {
        Accounts weak = new Accounts(new JdbiAccountRepository(jdbi), audit, store.transactions(),
                new PasswordHasher(new PasswordHasher.Params(1024, 1, 1)), Clock.fixed(T0, ZoneOffset.UTC));
        Organisation be = weak.createOrganisation("BE", "cli:root");
        User alice = weak.addUser("alice", null, be.id(), Role.VIEWER, PASSWORD, "cli:root");
        var repo = new JdbiAccountRepository(jdbi);
        assertThat(repo.passwordHash(alice.id()).orElseThrow()).contains("m=1024,");
        assertThat(accountsAt(T0).checkPassword("alice", PASSWORD)).isPresent();
        assertThat(repo.passwordHash(alice.id()).orElseThrow()).contains("m=19456,t=2,p=1");
    }

    @Test
    void theSchemaKeepsItsRulesEvenAgainstDirectWrites() {
        Accounts accounts = accountsAt(T0);
        Organisation be = accounts.createOrganisation("BE", "cli:root");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO users (id, username, organisation_id, role, password_hash, created_at) VALUES ('u1', 'x1', ?, 'ROOT', 'h', 0)", be.id())))
                .hasMessageContaining("CHECK");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute(
                "INSERT INTO users (id, username, organisation_id, role, password_hash, created_at) VALUES ('u1', 'x1', 'org_none', 'ADMIN', 'h', 0)")))
                .hasMessageContaining("FOREIGN KEY");
        assertThat(List.of(accounts.organisations().size())).containsExactly(1);
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
