/** Placeholder. */
@IsmsStyle
package org.isms4j.records.competence;

import org.isms4j.core.internal.IsmsStyle;
