package org.isms4j.json.deser;

import java.io.IOException;
import java.util.List;
import org.isms4j.json.Formats;
import org.isms4j.records.communication.Communication;
import org.isms4j.records.communication.CommunicationPlan;

/**
 * The reader of the communication plan document (7.4): what, when, to whom, by whom, how.
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class CommunicationPlanReader {

    private CommunicationPlanReader() {}

    private enum PlanProperty { FORMAT, FORMAT_VERSION, COMMUNICATIONS }

    private static final PropertyNames<PlanProperty> PLAN = PropertyNames.of(PlanProperty.class);

    /**
     * Reads the communication plan document.
     *
     * @param in the input
     * @return the plan
     * @throws IOException if the parser fails
     */
    public static CommunicationPlan communicationPlan(JsonInput in) throws IOException {
        PropertyLoop<PlanProperty> p = in.properties("communication plan document", PLAN);
        List<Communication> communications = null;
        for (PlanProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.COMMUNICATION_PLAN);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case COMMUNICATIONS -> communications = JsonArrays.values(in, "communications",
                        CommunicationPlanReader::communication);
            }
        }
        p.requireAll();
        List<Communication> c = communications;
        return in.core(() -> CommunicationPlan.of(c));
    }

    private enum CommunicationProperty { CONTENT, TIMING, AUDIENCE, COMMUNICATOR, METHODS }

    private static final PropertyNames<CommunicationProperty> COMMUNICATION =
            PropertyNames.of(CommunicationProperty.class);

    private static Communication communication(JsonInput in) throws IOException {
        PropertyLoop<CommunicationProperty> p = in.properties("communication", COMMUNICATION);
        String content = null;
        String timing = null;
        String audience = null;
        String communicator = null;
        List<String> methods = null;
        for (CommunicationProperty f; (f = p.next()) != null;) {
            switch (f) {
                case CONTENT -> content = in.notBlank("content", "communication content");
                case TIMING -> timing = in.notBlank("timing", "timing");
                case AUDIENCE -> audience = in.notBlank("audience", "audience");
                case COMMUNICATOR -> communicator = in.notBlank("communicator", "communicator");
                case METHODS -> methods = JsonArrays.texts(in, "methods", "method");
            }
        }
        p.requireAll();
        String c = content;
        String t = timing;
        String a = audience;
        String m = communicator;
        List<String> ms = methods;
        return in.core(() -> Communication.of(c, t, a, m, ms));
    }
}
