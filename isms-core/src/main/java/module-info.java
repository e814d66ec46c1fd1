/**
 * isms4j core: the risk model and scoring engine. No runtime dependency.
 *
 * <p>{@code requires-automatic}: Immutables' annotations module is an automatic module,
 * needed at compile time only. The internal package is exported to no module: the other isms4j
 * modules use the API alone, {@link org.isms4j.core.Checks} for their messages among it.
 */
@SuppressWarnings("requires-automatic")
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
}
