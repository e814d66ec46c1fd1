package org.isms4j.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of isms-json, generated from the build's version as Jackson's modules generate
 * theirs, so that {@link IsmsModule#version()} says which release a mapper runs.
 *
 * <p>Not part of the API. This class is immutable and thread-safe.
 */
final class PackageVersion implements Versioned {

    /** The version of this build of isms-json: {@code ${project.version}}. */
    static final Version VERSION = VersionUtil.parseVersion("${project.version}", "${project.groupId}",
            "${project.artifactId}");

    /**
     * Returns the version of isms-json.
     *
     * @return {@link #VERSION}
     */
    @Override
    public Version version() {
        return VERSION;
    }
}
