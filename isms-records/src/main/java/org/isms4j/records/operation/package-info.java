/** Placeholder. */
@IsmsStyle
package org.isms4j.records.operation;

import org.isms4j.core.internal.IsmsStyle;
