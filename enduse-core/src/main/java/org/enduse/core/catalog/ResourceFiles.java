package org.enduse.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists and reads the files of a resource folder, whether the classes run from a folder or a jar. */
final class ResourceFiles {
    private ResourceFiles() {}

    /** The UTF-8 text of every file in the folder whose name ends with the suffix, sorted by name. */
    static List<Map.Entry<String, String>> read(String folder, String suffix) {
        var url = ResourceFiles.class.getClassLoader().getResource(folder);
        if (url == null) throw new IllegalStateException(folder + " is missing from the classpath");
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(folder), suffix);
            }
            return list(Path.of(uri), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map.Entry<String, String>> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted()
                    .map(p -> {
                        try {
                            return Map.entry(p.getFileName().toString(), Files.readString(p));
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + p, e);
                        }
                    }).toList();
        }
    }
}
