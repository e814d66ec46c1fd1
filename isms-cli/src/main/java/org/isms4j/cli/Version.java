package org.isms4j.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code isms4j --version} prints: the jar's implementation version.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Version implements IVersionProvider {

    /** Creates the provider; picocli calls it. */
    public Version() {}

    @Override
    public String[] getVersion() {
        String version = IsmsCli.class.getPackage().getImplementationVersion();
        return new String[] {"isms4j " + (version == null ? "(development build)" : version)};
    }
}
