/** Placeholder. */
@IsmsStyle
package org.isms4j.records.communication;

import org.isms4j.core.internal.IsmsStyle;
