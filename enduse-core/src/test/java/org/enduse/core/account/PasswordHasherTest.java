package org.enduse.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashIsPhcArgon2idWithTheStatedParametersAndVerifies() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertThat(hash).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void sameInputGivesDifferentSaltedHashes() {
        assertThat(hasher.hash("correct horse battery".toCharArray())).isNotEqualTo(hasher.hash("correct horse battery".toCharArray()));
    }

    @Test
    void nonAsciiPasswordsAreHashedAsUtf8() {
        String hash = hasher.hash("Бєлгород — пароль".toCharArray());
        assertThat(hasher.verify("Бєлгород — пароль".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("Белгород — пароль".toCharArray(), hash)).isFalse();
    }

    @Test
    void hashesMadeWithOtherParametersStillVerifyAndAskForRehash() {
        PasswordHasher weaker = new PasswordHasher(new PasswordHasher.Params(1024, 1, 1));
        String old = weaker.hash("correct horse battery".toCharArray());
        assertThat(hasher.verify("correct horse battery".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
    }

    @Test
    void malformedOrTamperedHashesNeverMatchAndNeverThrow() {
        String good = hasher.hash("correct horse battery".toCharArray());
        char[] pw = "correct horse battery".toCharArray();
        assertThat(hasher.verify(pw, null)).isFalse();
        assertThat(hasher.verify(pw, "")).isFalse();
        assertThat(hasher.verify(pw, good.replace("argon2id", "argon2i"))).isFalse();
        assertThat(hasher.verify(pw, good.replace("t=2", "t=3"))).isFalse();
        // A stored hash asking for 4 GiB of memory is refused rather than obeyed.
        assertThat(hasher.verify(pw, good.replace("m=19456", "m=4194304"))).isFalse();
        assertThat(hasher.verify(pw, good.substring(0, good.length() - 2))).isFalse();
    }

    @Test
    void passwordRuleNamesWhatIsWrong() {
        assertThatThrownBy(() -> PasswordRule.check("short".toCharArray(), "alice"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12 characters (it has 5)");
        assertThatThrownBy(() -> PasswordRule.check("alice.example".toCharArray(), "alice.example"))
                .hasMessageContaining("must not be the username");
        assertThatThrownBy(() -> PasswordRule.check("x".repeat(1025).toCharArray(), "alice")).hasMessageContaining("at most 1024");
        PasswordRule.check("twelve chars".toCharArray(), "alice");
    }
}
