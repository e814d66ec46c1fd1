/**
 * The implementation shared by the records: message wording and report columns. Not exported.
 */
package org.isms4j.records.internal;
