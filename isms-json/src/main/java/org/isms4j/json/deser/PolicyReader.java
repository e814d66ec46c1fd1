package org.isms4j.json.deser;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.isms4j.json.Formats;
import org.isms4j.records.leadership.Policy;

/**
 * The reader of the policy document 情報セキュリティ方針 (5.2).
 *
 * <p>Not part of the API. This class is thread-safe.
 */
public final class PolicyReader {

    private PolicyReader() {}

    private enum PolicyProperty { FORMAT, FORMAT_VERSION, EDITION, DATE, COMPANY, APPROVER, OBJECTIVES }

    private static final PropertyNames<PolicyProperty> POLICY = PropertyNames.of(PolicyProperty.class);

    /**
     * Reads the policy document.
     *
     * @param in the input
     * @return the policy
     * @throws IOException if the parser fails
     */
    public static Policy policy(JsonInput in) throws IOException {
        PropertyLoop<PolicyProperty> p = in.properties("policy document", POLICY);
        int edition = 0;
        LocalDate date = null;
        String company = null;
        String approver = null;
        List<String> objectives = null;
        for (PolicyProperty f; (f = p.next()) != null;) {
            switch (f) {
                case FORMAT -> DocumentFormat.format(in, Formats.POLICY);
                case FORMAT_VERSION -> DocumentFormat.version(in);
                case EDITION -> edition = in.intIn("edition", "policy edition", 1, Integer.MAX_VALUE);
                case DATE -> date = in.date("date");
                case COMPANY -> company = in.notBlank("company", "company");
                case APPROVER -> approver = in.notBlank("approver", "approver");
                case OBJECTIVES -> objectives = JsonArrays.texts(in, "objectives", "policy objective");
            }
        }
        p.requireAll();
        int e = edition;
        LocalDate d = date;
        String c = company;
        String a = approver;
        List<String> o = objectives;
        return in.core(() -> Policy.ofEdition(e, d, c, a, o));
    }
}
