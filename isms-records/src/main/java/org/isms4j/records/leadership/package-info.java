/** Placeholder. */
@IsmsStyle
package org.isms4j.records.leadership;

import org.isms4j.core.internal.IsmsStyle;
