package org.enduse.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    @TempDir
    Path dir;

    @Test
    void theDataOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        Path option = Path.of("/srv/enduse"), fromEnv = Path.of("/var/lib/enduse");
        assertThat(AppContext.dataDir(option, Map.of("ENDUSE_DATA", fromEnv.toString()))).isEqualTo(option);
        assertThat(AppContext.dataDir(null, Map.of("ENDUSE_DATA", fromEnv.toString()))).isEqualTo(fromEnv);
        assertThat(AppContext.dataDir(null, Map.of("ENDUSE_DATA", "  "))).isEqualTo(
                Path.of(System.getProperty("user.home"), ".local", "share", "enduse"));
    }

    @Test
    void theUserIsTheEnvironmentsWhenSetElseTheLoginName() {
        assertThat(AppContext.userOf(Map.of("ENDUSE_USER", " analyst-7 "))).isEqualTo("analyst-7");
        assertThat(AppContext.userOf(Map.of())).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void openingCreatesTheDirectoryAndAnEmptyStore() {
        Path data = dir.resolve("nested/data");
        try (var app = AppContext.open(data)) {
            assertThat(app.dataDir()).isEqualTo(data);
            List<Transfer> stored = app.store().read(r -> r.transfers().list(TransferQuery.all()));
            assertThat(stored).isEmpty();
        }
        assertThat(data.resolve("enduse.db")).exists();
    }
}
