package org.isms4j.cli;

/** The commands run in this JVM. */
class CommandTest extends CommandContract {

    @Override
    Run run(String... args) {
        return Run.inProcess(args);
    }
}
