package org.isms4j.annexa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.isms4j.annexa.internal.ResourceTable;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.VocabularyTerm;

/**
 * The catalogues as shipped, each loaded once from the module's resources on first use and
 * immutable afterwards: the 2022 catalogue when this class is initialized (nothing else uses it),
 * the 2013 controls and the correspondence each in a holder class of their own (the
 * initialization-on-demand holder idiom), so that the first access parses neither.
 *
 * <p>The load path avoids lambdas, streams, regular expressions, reflection and string
 * concatenation with {@code +}: each of them bootstraps machinery that costs milliseconds in a
 * fresh JVM, and the first access of the catalogue should take under 10 ms.
 */
final class Catalogues {

    private static final String RESOURCE_2022 = "controls-2022.tsv";
    private static final String RESOURCE_2013 = "controls-2013.tsv";

    /** Field 9 of each 2022 control: the 2013 controls it continues, parsed on first use. */
    private static final String[] CORRESPONDENCE = new String[ControlId.COUNT];
    private static final ControlCatalogue STANDARD = new ControlCatalogue(load2022());

    private Catalogues() {}

    /**
     * Returns the 2022 catalogue as shipped, without licensee text.
     *
     * @return the catalogue, not null
     */
    static ControlCatalogue standard() {
        return STANDARD;
    }

    /**
     * Returns the 114 controls of 2013 in document order, indexed like {@link Iso2013ControlId}.
     *
     * @return the controls, an unmodifiable list, not null
     */
    static List<Iso2013Control> iso2013() {
        return Iso2013.CONTROLS;
    }

    /**
     * Returns the 2013 controls a 2022 control continues.
     *
     * @param id the 2022 control
     * @return an unmodifiable list, empty exactly for the controls new in 2022
     */
    static List<Iso2013ControlId> iso2013Of(ControlId id) {
        return Correspondence.BY_CONTROL.get(id.index());
    }

    private static final class Iso2013 {
        static final List<Iso2013Control> CONTROLS = load2013(STANDARD);
    }

    /** The correspondence, read from the 2022 resource's field 9 when first asked for. */
    private static final class Correspondence {
        static final List<List<Iso2013ControlId>> BY_CONTROL = correspondence();
    }

    private static Control[] load2022() {
        List<String[]> records = ResourceTable.read(RESOURCE_2022, 11);
        if (records.size() != ControlId.COUNT) {
            throw corrupt(RESOURCE_2022, "expected 93 controls", Integer.toString(records.size()));
        }
        // Attribute lists repeat (79 controls preserve all three properties): parse each text once.
        Map<String, Set<ControlType>> types = new HashMap<>();
        Map<String, Set<SecurityProperty>> properties = new HashMap<>();
        Map<String, Set<CybersecurityConcept>> concepts = new HashMap<>();
        Map<String, Set<OperationalCapability>> capabilities = new HashMap<>();
        Map<String, Set<SecurityDomain>> domains = new HashMap<>();
        Control[] controls = new Control[ControlId.COUNT];
        Theme[] themes = Theme.values();
        ControlType[] typeValues = ControlType.values();
        SecurityProperty[] propertyValues = SecurityProperty.values();
        CybersecurityConcept[] conceptValues = CybersecurityConcept.values();
        OperationalCapability[] capabilityValues = OperationalCapability.values();
        SecurityDomain[] domainValues = SecurityDomain.values();
        for (int i = 0; i < ControlId.COUNT; i++) {
            String[] r = records.get(i);
            int index = ControlId.indexOf(r[0]);
            if (index != i) {
                throw corrupt(RESOURCE_2022, "control out of document order", r[0]);
            }
            ControlId id = ControlId.ofIndex(index);
            Theme theme = term(themes, r[1], RESOURCE_2022);
            boolean isNew = flag(r[2]);
            if (theme != id.theme() || isNew != r[8].equals("-")) {
                throw corrupt(RESOURCE_2022, "theme or new-in-2022 flag disagrees with id or correspondence", r[0]);
            }
            CORRESPONDENCE[i] = r[8];
            controls[i] = new Control(id, r[9], r[10], isNew,
                    terms(types, typeValues, ControlType.class, r[3]),
                    terms(properties, propertyValues, SecurityProperty.class, r[4]),
                    terms(concepts, conceptValues, CybersecurityConcept.class, r[5]),
                    terms(capabilities, capabilityValues, OperationalCapability.class, r[6]),
                    terms(domains, domainValues, SecurityDomain.class, r[7]),
                    Optional.empty());
        }
        return controls;
    }

    private static List<List<Iso2013ControlId>> correspondence() {
        List<List<Iso2013ControlId>> byControl = new ArrayList<>(ControlId.COUNT);
        for (String text : CORRESPONDENCE) {
            byControl.add(iso2013Ids(text));
        }
        return Collections.unmodifiableList(byControl);
    }

    private static List<Iso2013Control> load2013(ControlCatalogue catalogue) {
        List<String[]> records = ResourceTable.read(RESOURCE_2013, 2);
        if (records.size() != Iso2013ControlId.COUNT) {
            throw corrupt(RESOURCE_2013, "expected 114 controls", Integer.toString(records.size()));
        }
        // The correspondence is kept once, with the 2022 controls; read it backwards.
        List<List<ControlId>> successors = new ArrayList<>(Iso2013ControlId.COUNT);
        for (int i = 0; i < Iso2013ControlId.COUNT; i++) {
            successors.add(new ArrayList<>(2));
        }
        for (Control control : catalogue.all()) {
            for (Iso2013ControlId old : control.iso2013()) {
                successors.get(old.index()).add(control.id());
            }
        }
        Iso2013Control[] controls = new Iso2013Control[Iso2013ControlId.COUNT];
        for (int i = 0; i < Iso2013ControlId.COUNT; i++) {
            String[] r = records.get(i);
            if (Iso2013ControlId.indexOf(r[0]) != i) {
                throw corrupt(RESOURCE_2013, "control out of document order", r[0]);
            }
            if (successors.get(i).isEmpty()) {
                throw corrupt(RESOURCE_2013, "control continued by no 2022 control", r[0]);
            }
            controls[i] = new Iso2013Control(Iso2013ControlId.ofIndex(i), r[1],
                    Collections.unmodifiableList(successors.get(i)));
        }
        return List.of(controls);
    }

    private static boolean flag(String text) {
        if (text.equals("new")) {
            return true;
        }
        if (text.equals("-")) {
            return false;
        }
        throw corrupt(RESOURCE_2022, "new-in-2022 flag is neither 'new' nor '-'", text);
    }

    private static List<Iso2013ControlId> iso2013Ids(String text) {
        String[] ids = list(text);
        Iso2013ControlId[] result = new Iso2013ControlId[ids.length];
        for (int i = 0; i < ids.length; i++) {
            int index = Iso2013ControlId.indexOf(ids[i]);
            if (index < 0) {
                throw corrupt(RESOURCE_2022, "unknown 2013 control", ids[i]);
            }
            result[i] = Iso2013ControlId.ofIndex(index);
        }
        return List.of(result);
    }

    /** Parses a list of codes into an unmodifiable set, shared by every control with that list. */
    private static <E extends Enum<E> & VocabularyTerm> Set<E> terms(Map<String, Set<E>> parsed, E[] values,
            Class<E> type, String text) {
        Set<E> shared = parsed.get(text);
        if (shared != null) {
            return shared;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String code : list(text)) {
            set.add(term(values, code, RESOURCE_2022));
        }
        if (set.isEmpty()) {
            throw corrupt(RESOURCE_2022, "empty attribute set", text);
        }
        shared = Collections.unmodifiableSet(set);
        parsed.put(text, shared);
        return shared;
    }

    private static <E extends VocabularyTerm> E term(E[] values, String code, String resource) {
        for (E value : values) {
            if (value.code().equals(code)) {
                return value;
            }
        }
        throw corrupt(resource, "unknown code", code);
    }

    private static String[] list(String text) {
        String[] list = ResourceTable.list(text);
        if (list == null) {
            throw corrupt(RESOURCE_2022, "malformed list", text);
        }
        return list;
    }

    private static IllegalStateException corrupt(String resource, String problem, String value) {
        return new IllegalStateException(new StringBuilder("Corrupt resource ").append(resource).append(": ")
                .append(problem).append(": '").append(value).append('\'').toString());
    }
}
