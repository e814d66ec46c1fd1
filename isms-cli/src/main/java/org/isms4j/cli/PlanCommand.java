package org.isms4j.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code isms4j plan draft REGISTER}: not supported yet (exit code 2), since the library has no
 * function that drafts a treatment plan from a register, and the command holds no domain rule of
 * its own.
 *
 * <p>This class is not thread-safe: picocli fills it in for one run.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, subcommands = PlanCommand.Draft.class)
final class PlanCommand {

    /**
     * {@code plan draft}.
     *
     * <p>This class is not thread-safe: picocli fills it in for one run.
     */
    @Command(name = "draft", mixinStandardHelpOptions = true)
    static final class Draft implements Callable<Integer> {

        @Parameters(paramLabel = "REGISTER", descriptionKey = "soa.register")
        Path register;

        @Override
        public Integer call() {
            throw CliFailure.usage("plan draft is not supported yet: the library has no function that drafts a "
                    + "treatment plan from " + InputPath.check(register));
        }
    }
}
