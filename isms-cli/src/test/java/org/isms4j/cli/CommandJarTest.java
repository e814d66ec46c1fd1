package org.isms4j.cli;

import java.util.List;

/** The commands run as a forked {@code java -jar isms4j.jar}, after the build makes the jar. */
class CommandJarTest extends CommandContract {

    @Override
    Run run(String... args) {
        return Run.forked(List.of(), args);
    }
}
