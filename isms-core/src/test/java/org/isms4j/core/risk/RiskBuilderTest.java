package org.isms4j.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.isms4j.core.IsmsException;
import org.isms4j.core.SecurityProperty;
import org.isms4j.core.RequiredValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RiskBuilderTest {

    private static final RequiredValues<RiskBuilder> REQUIRED = RequiredValues.of(Risk::newBuilder)
            .and("risk number", "number", b -> b.number(3))
            .and("asset numbers", "assetNumbers", b -> b.assetNumbers(List.of(10, 11, 13, 26, 55)))
            .and("risk source", "riskSource", b -> b.riskSource("電子情報の分類・取扱いが不明確"))
            .and("impact area", "impactArea", b -> b.impactArea("外部"))
            .and("event", "event", b -> b.event("情報の紛失・盗難"))
            .and("lost properties", "lostProperties", b -> b.lostProperties(SecurityProperty.CONFIDENTIALITY));

    static Stream<Arguments> required() {
        return REQUIRED.arguments();
    }

    /**
     * The array form of the asset numbers builds the risk the collection form builds, for generated
     * numbers in any order, and keeps no reference to the caller's array.
     */
    @Test
    void assetNumbers_ofAnArray_buildsWhatTheCollectionBuilds() {
        qt().forAll(lists().of(integers().between(1, 60)).ofSizeBetween(1, 12)).checkAssert(drawn -> {
            List<Integer> numbers = List.copyOf(new java.util.LinkedHashSet<>(drawn));
            int[] array = numbers.stream().mapToInt(Integer::intValue).toArray();
            Risk fromArray = REQUIRED.allBut("").assetNumbers(array).build();
            if (array.length > 0) {
                array[0] = 999;
            }
            assertThat(fromArray).isEqualTo(REQUIRED.allBut("").assetNumbers(numbers).build());
        });
    }

    @Test
    void build_givesARiskOfEveryValueSet_asTheWithersDo() {
        Risk built = REQUIRED.allBut("").cause("原因").consequence("信用の失墜").build();
        assertThat(built).isEqualTo(REQUIRED.allBut("").build().withCause("原因").withConsequence("信用の失墜"));
        assertThat(built.number()).isEqualTo(3);
        assertThat(built.riskSource()).isEqualTo("電子情報の分類・取扱いが不明確");
        assertThat(built.impactArea()).isEqualTo("外部");
        assertThat(built.event()).isEqualTo("情報の紛失・盗難");
        assertThat(built.lostProperties()).containsExactly(SecurityProperty.CONFIDENTIALITY);
        assertThat(built.cause()).isEqualTo("原因");
        assertThat(built.consequence()).isEqualTo("信用の失墜");
        assertThat(built.assetNumbers()).containsExactly(10, 11, 13, 26, 55);
        assertThat(REQUIRED.allBut("").build().cause()).isEmpty();
        assertThat(REQUIRED.allBut("").lostProperties(SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY).build()
                .lostProperties()).containsExactlyInAnyOrder(SecurityProperty.INTEGRITY, SecurityProperty.AVAILABILITY);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("required")
    void build_missingRequiredValue_namesIt(String field, String setter) {
        assertThatThrownBy(() -> REQUIRED.allBut(setter).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Missing value for %s (required, set with %s)", field, setter);
    }

    @Test
    void setters_rejectNullNamingTheParameter_andRepeatedProperties() {
        RiskBuilder builder = Risk.newBuilder();
        assertThatThrownBy(() -> builder.riskSource(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("riskSource");
        assertThatThrownBy(() -> builder.cause(null)).isInstanceOf(NullPointerException.class).hasMessage("cause");
        assertThatThrownBy(() -> builder.lostProperties((Set<SecurityProperty>) null))
                .isInstanceOf(NullPointerException.class).hasMessage("lostProperties");
        assertThatThrownBy(() -> builder.lostProperties(SecurityProperty.INTEGRITY, (SecurityProperty) null))
                .isInstanceOf(NullPointerException.class).hasMessage("lostProperties element");
        assertThatThrownBy(() -> builder.lostProperties(SecurityProperty.INTEGRITY, SecurityProperty.INTEGRITY))
                .isInstanceOf(IsmsException.class).hasMessage("Duplicate lost property: 'integrity'");
        assertThatThrownBy(() -> REQUIRED.allBut("").riskSource(" ").build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid value for risk source (must not be blank): ' '");
        assertThatThrownBy(() -> REQUIRED.allBut("").lostProperties(List.of()).build()).isInstanceOf(IsmsException.class)
                .hasMessage("Invalid lost properties of risk 3: a risk loses at least one security property");
    }
}
