package org.enduse.app.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.enduse.app.cli.UserException;
import org.enduse.core.common.csv.CsvReader;
import org.enduse.core.sighting.Sighting;
import org.enduse.core.sighting.SightingCsv;
import org.enduse.core.transfer.Transfer;
import org.enduse.core.transfer.TransferCsv;

/** Reads and writes transfer and sighting files in CSV or JSON (docs/formats.md). */
public final class RecordFiles {
    private RecordFiles() {}

    public static List<Transfer> readTransfers(Path file, FileFormat format) {
        byte[] bytes = bytes(file);
        String input = file.toString();
        return format == FileFormat.CSV ? TransferCsv.read(CsvReader.parse(input, bytes)) : JsonRecords.read(input, bytes, Transfer.class);
    }

    public static List<Sighting> readSightings(Path file, FileFormat format) {
        byte[] bytes = bytes(file);
        String input = file.toString();
        return format == FileFormat.CSV ? SightingCsv.read(CsvReader.parse(input, bytes)) : JsonRecords.read(input, bytes, Sighting.class);
    }

    public static void writeTransfers(List<Transfer> transfers, FileFormat format, Writer out) {
        if (format == FileFormat.CSV) TransferCsv.write(transfers, out);
        else JsonRecords.write(transfers, out);
    }

    public static void writeSightings(List<Sighting> sightings, FileFormat format, Writer out) {
        if (format == FileFormat.CSV) SightingCsv.write(sightings, out);
        else JsonRecords.write(sightings, out);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserException("no such file: " + file);
        } catch (IOException e) {
            throw new UserException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
