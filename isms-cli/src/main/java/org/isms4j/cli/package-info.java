/**
 * The {@code isms4j} command, an application over the isms4j library: {@code check},
 * {@code score}, {@code report}, {@code soa draft|migrate}, {@code plan draft}, {@code selfassess},
 * {@code convert} and {@code walkthrough}, on JSON, CSV and XLSX files, in Japanese or English.
 *
 * <p>Main types: {@link org.isms4j.cli.IsmsCli}, the entry point and its exit codes (0 ok, 1
 * invalid input, 2 usage); {@link org.isms4j.cli.InputPath}, a path checked before it is read;
 * {@link org.isms4j.cli.InputOptions}, the strict reading of the user's files;
 * {@link org.isms4j.cli.FileFormat}, the dispatch by extension or {@code --format} to JSON, CSV or
 * XLSX, and {@link org.isms4j.cli.DocumentCodec}, the reading and writing of the documents in one
 * of them.
 *
 * <p>Null and exception policy: nothing here returns null. Every failure the user can cause is a
 * {@link org.isms4j.cli.CliFailure}: one line on stderr naming the file and, for a bad file, the
 * location ({@code $.risks[2].firstEvaluation.level}, {@code row 3, column 重要度} or
 * {@code 資産目録!L3}) with the library's message; never a stack trace.
 *
 * <p>Worked example ({@code docs/cli.md}): {@code isms4j check register.json} on the canonical
 * register prints {@code register.json: valid (3 risks)} and exits 0; with risk 3's level changed
 * from 9 to 6 it prints the JSON path of the level with the message, and exits 1.
 */
package org.isms4j.cli;
