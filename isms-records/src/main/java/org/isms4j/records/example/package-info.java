/**
 * The bundled example company 株式会社エグザンプル: its records of clauses 4 - 10 filled in from the
 * course's examples (see {@code docs/records.md}), for tests, the format modules' example
 * documents and walkthroughs.
 *
 * <p>Main type: {@link org.isms4j.records.example.ExampleCompany}. Every record it returns is
 * immutable and valid; the names of people are invented.
 */
package org.isms4j.records.example;
