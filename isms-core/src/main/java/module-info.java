/**
 * isms4j core: the risk model and scoring engine. No runtime dependency.
 *
 * <p>{@code requires-automatic}: Immutables' annotations module is an automatic module,
 * needed at compile time only. {@code module}: the internal package is exported to the other
 * isms4j modules, which javac does not see while it builds this one.
 */
@SuppressWarnings({"requires-automatic", "module"})
module org.isms4j.core {
    requires static org.immutables.value.annotations;

    exports org.isms4j.core;
    exports org.isms4j.core.asset;
    exports org.isms4j.core.plan;
    exports org.isms4j.core.quick;
    exports org.isms4j.core.register;
    exports org.isms4j.core.report;
    exports org.isms4j.core.risk;
    exports org.isms4j.core.scoring;
    exports org.isms4j.core.selfassessment;
    exports org.isms4j.core.treatment;
    exports org.isms4j.core.internal to org.isms4j.annexa, org.isms4j.json, org.isms4j.records;
}
