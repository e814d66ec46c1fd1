package org.isms4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A file the user names to be written, checked before anything is read or written: it is a
 * regular file or does not exist yet (never a directory, which would be replaced or refused, nor a
 * FIFO or device, whose writing would wait for a reader), and its directory exists. Each failure
 * is one line naming the path.
 *
 * <p>This class is immutable and thread-safe.
 */
final class OutputPath {

    private OutputPath() {}

    /**
     * Checks a file to write.
     *
     * @param path the path, not null; spaces and non-ASCII names are fine
     * @return the path
     * @throws CliFailure with exit code 1 if the path is a directory or not a regular file, or its
     *     directory is missing
     */
    static Path check(Path path) {
        Objects.requireNonNull(path, "path");
        BasicFileAttributes attributes = attributes(path);
        if (attributes != null) {
            if (attributes.isDirectory()) {
                throw CliFailure.invalidInput(path + ": is a directory, not a file to write");
            }
            if (!attributes.isRegularFile()) {
                throw CliFailure.invalidInput(path + ": not a regular file (a FIFO, socket or device), not written");
            }
            return path;
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw CliFailure.invalidInput(path + ": no such directory: " + parent);
        }
        return path;
    }

    /**
     * Checks a directory to write into, such as {@code --html DIR}: it is a directory or does not
     * exist yet.
     *
     * @param path the path, not null
     * @return the path
     * @throws CliFailure with exit code 1 if the path exists and is not a directory
     */
    static Path checkDirectory(Path path) {
        Objects.requireNonNull(path, "path");
        BasicFileAttributes attributes = attributes(path);
        if (attributes != null && !attributes.isDirectory()) {
            throw CliFailure.invalidInput(path + ": not a directory");
        }
        return path;
    }

    private static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }
}
