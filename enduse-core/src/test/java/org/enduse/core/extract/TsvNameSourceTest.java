package org.enduse.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.enduse.core.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The eighth field of a names line says "guarded" or nothing; a typo there is reported, not read as unguarded. */
class TsvNameSourceTest {
    private static InputStream lines(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theEighthFieldGuardsTheName() throws IOException {
        List<Name> names = new ArrayList<>();
        TsvNameSource.parse(lines("Hawk\txx\thawk\tequipment\tMIM-23 Hawk\tUS\t\tguarded", "Gepard\txx\tgepard\tequipment"), "t.tsv")
                .forEachName(names::add);
        assertThat(names).extracting(Name::guarded).containsExactly(true, false);
    }

    @Test
    void anyOtherEighthFieldIsAProblemNamingFileLineAndValue() {
        assertThatThrownBy(() -> TsvNameSource.parse(lines("# names", "Hawk\txx\thawk\tequipment\tMIM-23 Hawk\tUS\t\tguardd"), "t.tsv"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.input()).isEqualTo("t.tsv");
                            assertThat(problem.row()).isEqualTo(2);
                            assertThat(problem.column()).isEqualTo("guarded");
                            assertThat(problem.message()).contains("'guardd'");
                        }));
    }
}
