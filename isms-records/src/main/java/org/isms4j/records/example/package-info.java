/**
 * The bundled example company, 株式会社エグザンプル: every record of clauses 4 - 9.2 filled in from
 * the course's examples, for tests, documentation and a first look at a complete ISMS.
 *
 * <p>The main type is {@link org.isms4j.records.example.ExampleCompany}; each of its methods
 * builds a record anew. Nothing here accepts input, so nothing throws.
 *
 * <p>Worked example: the department head's competence record, rated 2, 2, 2, 5 with an
 * improvement plan for each 2, is appointment B; after re-rating 3, 3, 3 it is A.
 */
package org.isms4j.records.example;
