package org.enduse.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.enduse.core.catalog.ActorKind;
import org.enduse.core.common.InputProblem;
import org.enduse.core.common.InvalidInputException;

/**
 * Names from a tab-separated file: {@code surface, language, id, kind, canonical, country,
 * actor kind, guarded} (the last four optional; actor kind as in {@link ActorKind}, e.g. armed_group,
 * media_outlet; "guarded" for an equipment form that is a common word, {@link Name#guarded}), one a line, '#' starts a comment. Several surfaces may share a line separated by '|' ("Бельгія|Бельгії").
 * Used for the built-in country lexicon, test dictionaries and the CLI's --names option.
 */
public final class TsvNameSource implements NameSource {
    private final List<Name> names;

    private TsvNameSource(List<Name> names) {
        this.names = List.copyOf(names);
    }

    public static TsvNameSource read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(InputProblem.of(file.toString(), "cannot read the names file: " + e.getMessage()));
        }
    }

    public static TsvNameSource resource(String path) {
        try (InputStream in = TsvNameSource.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing from the classpath");
            return parse(in, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TsvNameSource parse(InputStream in, String where) throws IOException {
        List<Name> names = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int row = 0;
        while ((line = reader.readLine()) != null) {
            row++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                problems.add(new InputProblem(where, row, null, "expected surface, language, id, kind[, canonical, country] separated by tabs"));
                continue;
            }
            NameKind kind;
            try {
                kind = NameKind.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(where, row, "kind", "'" + f[3] + "' is not one of equipment, country, capital, place, organization, person"));
                continue;
            }
            String canonical = f.length > 4 ? f[4] : null;
            String country = f.length > 5 ? f[5] : null;
            ActorKind actorKind = null;
            if (f.length > 6 && !f[6].isBlank()) {
                try {
                    actorKind = ActorKind.valueOf(f[6].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(new InputProblem(where, row, "actor kind", "'" + f[6] + "' is not an actor kind (e.g. armed_group, media_outlet, company)"));
                    continue;
                }
            }
            boolean guarded = f.length > 7 && f[7].strip().equals("guarded");
            if (f.length > 7 && !f[7].isBlank() && !guarded) {
                problems.add(new InputProblem(where, row, "guarded", "'" + f[7] + "' is not 'guarded', the only value of the eighth field"));
                continue;
            }
            for (String surface : f[0].split("\\|")) {
                if (!surface.isBlank()) names.add(new Name(surface, f[1], f[2].strip(), kind, canonical, country, actorKind, guarded));
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new TsvNameSource(names);
    }

    @Override
    public void forEachName(Consumer<Name> sink) {
        names.forEach(sink);
    }
}
