/** Placeholder. */
@IsmsStyle
package org.isms4j.records.objective;

import org.isms4j.core.internal.IsmsStyle;
