/**
 * isms4j records: the documented information of ISO/IEC 27001:2022 clauses 4 - 10 as immutable
 * values, such as the competence record 力量確認表 and the documented-information register.
 *
 * <p>Exports one package per concept of the clauses. {@code requires-automatic}: Immutables'
 * annotations module is an automatic module, needed at compile time only.
 */
@SuppressWarnings("requires-automatic")
module org.isms4j.records {
    requires transitive org.isms4j.core;
    requires static org.immutables.value.annotations;

    exports org.isms4j.records;
    exports org.isms4j.records.audit;
    exports org.isms4j.records.communication;
    exports org.isms4j.records.competence;
    exports org.isms4j.records.context;
    exports org.isms4j.records.corrective;
    exports org.isms4j.records.document;
    exports org.isms4j.records.example;
    exports org.isms4j.records.leadership;
    exports org.isms4j.records.objective;
    exports org.isms4j.records.operation;
    exports org.isms4j.records.readiness;
    exports org.isms4j.records.review;
    exports org.isms4j.records.training;
}
