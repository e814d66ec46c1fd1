package org.isms4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file the user names, checked before it is read: it exists, is a regular file (not a
 * directory, a FIFO or a device) and can be read. Each failure is one line naming the path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputPath {

    private final Path path;

    private InputPath(Path path) {
        this.path = path;
    }

    /**
     * Checks a path the user names.
     *
     * @param path the path, not null; spaces and non-ASCII names are fine
     * @return the checked path, not null
     * @throws CliFailure with exit code 1 if the file is missing, not a regular file or unreadable
     */
    public static InputPath check(Path path) {
        Objects.requireNonNull(path, "path");
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            throw CliFailure.invalidInput(path + ": no such file");
        }
        if (attributes.isDirectory()) {
            throw CliFailure.invalidInput(path + ": is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw CliFailure.invalidInput(path + ": not a regular file (a FIFO, socket or device)");
        }
        if (!Files.isReadable(path)) {
            throw CliFailure.invalidInput(path + ": cannot be read (permission denied)");
        }
        return new InputPath(path);
    }

    /**
     * Returns the path.
     *
     * @return the path, not null
     */
    public Path path() {
        return path;
    }

    /**
     * Returns the file's size in bytes, for a progress bar.
     *
     * @return the size, 0 or more
     */
    public long size() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw CliFailure.invalidInput(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Opens the file.
     *
     * @return a new stream, to be closed by the caller
     * @throws CliFailure if the file cannot be opened after all
     */
    public InputStream open() {
        try {
            return new CountingInput(Files.newInputStream(path));
        } catch (IOException e) {
            throw CliFailure.invalidInput(path + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Returns the path as the user wrote it, for messages.
     *
     * @return the path, not null
     */
    @Override
    public String toString() {
        return path.toString();
    }

    /**
     * Wraps an I/O failure while reading this file.
     *
     * @param e the failure, not null
     * @return the failure to throw, not null
     */
    public CliFailure failure(UncheckedIOException e) {
        return CliFailure.invalidInput(path + ": cannot be read (" + e.getCause().getClass().getSimpleName() + ")");
    }
}
