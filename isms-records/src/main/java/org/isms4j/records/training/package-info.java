/** Placeholder. */
@IsmsStyle
package org.isms4j.records.training;

import org.isms4j.core.internal.IsmsStyle;
