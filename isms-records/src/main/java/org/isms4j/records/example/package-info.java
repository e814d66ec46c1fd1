/**
 * The bundled example company 株式会社エグザンプル: its ISMS records of ISO/IEC 27001:2022 clauses
 * 4 - 9.2 and the readiness check of its documented information, filled in from the source's
 * examples, as {@link org.isms4j.records.example.ExampleCompany}. Example data for the
 * walkthrough of the {@code isms4j} command and for tests, as the core's bundled question sets
 * are; nothing else in isms4j depends on it.
 *
 * <p>Every type is immutable and thread-safe.
 */
package org.isms4j.records.example;
