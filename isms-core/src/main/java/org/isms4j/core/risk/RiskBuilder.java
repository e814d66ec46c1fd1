package org.isms4j.core.risk;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import org.isms4j.core.Checks;
import org.isms4j.core.IsmsException;
import org.isms4j.core.Limits;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.internal.SortedIntSet;

/**
 * A builder of an identified risk, each column named, such as risk 1 of the source:
 * <pre>{@code
 * import java.util.List;
 * Risk risk = Risk.newBuilder().number(1).assetNumbers(List.of(9))
 *         .riskSource("モバイル機器の利用ルールが未整備").impactArea("外部").event("外出時の重要情報の紛失・盗難")
 *         .lostProperties(SecurityProperty.CONFIDENTIALITY).build();
 * System.out.println(risk.number() + " " + risk.assetNumbers() + " " + risk.cause().isEmpty());
 * // prints: 1 [9] true
 * }</pre>
 * The number, the asset numbers, the risk source, the impact area, the event and the lost
 * properties are required; the cause and the consequence are optional and start empty.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class RiskBuilder {
    private int number;
    private boolean numberSet;
    private Collection<Integer> assetNumbers;
    /** The asset numbers given as an array, copied; null when given as a collection. */
    private int[] assetArray;
    private String riskSource;
    private String impactArea;
    private String event;
    private Set<SecurityProperty> lostProperties;
    private String cause = "";
    private String consequence = "";

    RiskBuilder() {}

    /**
     * Sets the risk's number.
     *
     * @param number the number, 1 or more
     * @return this builder
     */
    public RiskBuilder number(int number) {
        this.number = number;
        this.numberSet = true;
        return this;
    }

    /**
     * Sets the numbers of the assets the risk concerns.
     *
     * @param assetNumbers the numbers, each 1 or more, none repeated; not empty; copied when built
     * @return this builder
     */
    public RiskBuilder assetNumbers(Collection<Integer> assetNumbers) {
        this.assetNumbers = Objects.requireNonNull(assetNumbers, "assetNumbers");
        this.assetArray = null;
        return this;
    }

    /**
     * Sets the numbers of the assets the risk concerns, from an array, such as a reader's: no
     * number is boxed.
     *
     * @param assetNumbers the numbers, each 1 or more, none repeated; not empty; copied now
     * @return this builder
     * @throws IsmsException if a number is given twice: {@code Duplicate asset number: 5}
     */
    public RiskBuilder assetNumbers(int... assetNumbers) {
        this.assetArray = Objects.requireNonNull(assetNumbers, "assetNumbers").clone();
        this.assetNumbers = null;
        return this;
    }

    /**
     * Sets the risk source リスク源, such as "mobile-device usage rules not established".
     *
     * @param riskSource the risk source, not blank
     * @return this builder
     */
    public RiskBuilder riskSource(String riskSource) {
        this.riskSource = Objects.requireNonNull(riskSource, "riskSource");
        return this;
    }

    /**
     * Sets the impact area 影響領域, such as 外部 (external).
     *
     * @param impactArea the impact area, not blank
     * @return this builder
     */
    public RiskBuilder impactArea(String impactArea) {
        this.impactArea = Objects.requireNonNull(impactArea, "impactArea");
        return this;
    }

    /**
     * Sets the event 事象, such as "misdelivery".
     *
     * @param event the event, not blank
     * @return this builder
     */
    public RiskBuilder event(String event) {
        this.event = Objects.requireNonNull(event, "event");
        return this;
    }

    /**
     * Sets the security properties the event loses, such as confidentiality.
     *
     * @param first a property, not null
     * @param more further properties, none null and none repeated
     * @return this builder
     * @throws InvalidRiskException if a property is given twice, field
     *     {@link RiskField#LOST_PROPERTIES}
     */
    public RiskBuilder lostProperties(SecurityProperty first, SecurityProperty... more) {
        Objects.requireNonNull(more, "more");
        SecurityProperty[] all = new SecurityProperty[more.length + 1];
        all[0] = Objects.requireNonNull(first, "first");
        System.arraycopy(more, 0, all, 1, more.length);
        return lostProperties(Arrays.asList(all));
    }

    /**
     * Sets the security properties the event loses.
     *
     * @param lostProperties the properties, not empty, none null and none repeated; copied
     * @return this builder
     * @throws InvalidRiskException if a property is given twice, field
     *     {@link RiskField#LOST_PROPERTIES}
     */
    public RiskBuilder lostProperties(Collection<SecurityProperty> lostProperties) {
        Objects.requireNonNull(lostProperties, "lostProperties");
        Set<SecurityProperty> set = EnumSet.noneOf(SecurityProperty.class);
        // An enum set finds a repeat without the hash set of Checks.distinct, and a list is walked
        // by index: a reader builds a risk per row.
        if (lostProperties instanceof List && lostProperties instanceof RandomAccess) {
            List<SecurityProperty> list = (List<SecurityProperty>) lostProperties;
            for (int i = 0; i < list.size(); i++) {
                addLost(set, list.get(i));
            }
        } else {
            for (SecurityProperty property : lostProperties) {
                addLost(set, property);
            }
        }
        this.lostProperties = set;
        return this;
    }

    /**
     * Sets the cause 原因, such as 「【事象】に対し【リスク源】である」.
     *
     * @param cause the cause, not null, may be empty
     * @return this builder
     */
    public RiskBuilder cause(String cause) {
        this.cause = Objects.requireNonNull(cause, "cause");
        return this;
    }

    /**
     * Sets the consequence 起こり得る結果.
     *
     * @param consequence the consequence, not null, may be empty
     * @return this builder
     */
    public RiskBuilder consequence(String consequence) {
        this.consequence = Objects.requireNonNull(consequence, "consequence");
        return this;
    }

    /**
     * Builds the risk.
     *
     * @return the risk, not null
     * @throws IsmsException if a required value is missing, naming it, as
     *     {@code Missing value for risk source (required, set with riskSource)}
     * @throws InvalidRiskException if a rule of the risk is broken, naming the field: a number
     *     below 1, no asset or more than {@value Limits#MAX_LIST_SIZE}, an asset number repeated, a
     *     blank text, a text longer than {@value Limits#MAX_TEXT_LENGTH} characters, no lost
     *     property
     */
    public Risk build() {
        if (!numberSet) {
            throw Checks.missing("risk number", "number");
        }
        if (assetNumbers == null && assetArray == null) {
            throw Checks.missing("asset numbers", "assetNumbers");
        }
        if (riskSource == null) {
            throw Checks.missing("risk source", "riskSource");
        }
        if (impactArea == null) {
            throw Checks.missing("impact area", "impactArea");
        }
        if (event == null) {
            throw Checks.missing("event", "event");
        }
        if (lostProperties == null) {
            throw Checks.missing("lost properties", "lostProperties");
        }
        return ImmutableRisk.of(number, assetSet(), notBlank(RiskField.RISK_SOURCE, riskSource),
                notBlank(RiskField.IMPACT_AREA, impactArea), notBlank(RiskField.EVENT, event), lostProperties, cause,
                consequence);
    }

    /** The asset numbers, sorted once; a number given twice fails, naming it. */
    private SortedIntSet assetSet() {
        int[] given = assetArray;
        if (given == null) {
            given = new int[assetNumbers.size()];
            int i = 0;
            for (Integer n : assetNumbers) {
                given[i++] = Objects.requireNonNull(n, "assetNumbers element");
            }
        }
        try {
            // The builder's own copy, or the collection's numbers, is handed over, not copied again:
            // no one writes it afterwards.
            return SortedIntSet.owning(given, "asset number");
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), RiskField.ASSET_NUMBERS);
        }
    }

    private static String notBlank(RiskField field, String text) {
        try {
            return Checks.notBlank(field.names().english(), text);
        } catch (IsmsException e) {
            throw new InvalidRiskException(e.getMessage(), field);
        }
    }

    private static void addLost(Set<SecurityProperty> set, SecurityProperty property) {
        if (!set.add(Objects.requireNonNull(property, "lostProperties element"))) {
            throw new InvalidRiskException(Checks.duplicate("lost property", property).getMessage(),
                    RiskField.LOST_PROPERTIES);
        }
    }
}
