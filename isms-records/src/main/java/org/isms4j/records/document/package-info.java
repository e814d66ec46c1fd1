/** Placeholder. */
@IsmsStyle
package org.isms4j.records.document;

import org.isms4j.core.internal.IsmsStyle;
