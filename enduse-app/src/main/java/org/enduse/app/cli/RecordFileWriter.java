package org.enduse.app.cli;

import java.io.Writer;
import java.util.List;
import org.enduse.app.io.FileFormat;

/** Writes records of one kind in a file format (RecordFiles::writeTransfers, RecordFiles::writeSightings). */
@FunctionalInterface
public interface RecordFileWriter<T> {
    void write(List<T> records, FileFormat format, Writer out);
}
