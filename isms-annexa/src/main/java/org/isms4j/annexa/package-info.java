/**
 * The ISO/IEC 27001:2022 Annex A control catalogue (docs/method.md#annex-a) and its correspondence to the
 * 2013 edition.
 *
 * <p>Start at {@link org.isms4j.annexa.AnnexA}: lookup by {@link org.isms4j.annexa.ControlId}
 * (5.1 - 8.34, ordered as the document orders them), by {@link org.isms4j.annexa.Theme}, by
 * attribute ({@link org.isms4j.annexa.ControlType}, {@link org.isms4j.core.SecurityProperty},
 * {@link org.isms4j.annexa.CybersecurityConcept}, {@link org.isms4j.annexa.OperationalCapability},
 * {@link org.isms4j.annexa.SecurityDomain}); each {@link org.isms4j.annexa.Control} lists the
 * {@link org.isms4j.annexa.Iso2013ControlId 2013 controls} it continues and each
 * {@link org.isms4j.annexa.Iso2013Control} the 2022 controls that continue it. Only facts ship,
 * never ISO's statements: a licensee attaches their own text through a
 * {@link org.isms4j.annexa.ControlTextProvider}, which gives a
 * {@link org.isms4j.annexa.ControlCatalogue} with text. The Japanese title of 5.24 is
 * unconfirmed (see {@link org.isms4j.annexa.AnnexA}).
 *
 * <p>Every type is immutable and thread-safe. No method accepts {@code null}: a null argument
 * throws {@link java.lang.NullPointerException} naming the parameter. Text or numbers that name no
 * control throw {@link org.isms4j.annexa.UnknownControlException}, which keeps the text, such as
 * {@code Unknown Annex A control: '5.99' (valid ids 5.1 - 5.37, 6.1 - 6.8, 7.1 - 7.14, 8.1 - 8.34)};
 * every other domain rule throws {@link org.isms4j.core.IsmsException}.
 *
 * <p>Worked example (docs/method.md#canonical-example and #annex-a, risk 3): the controls named
 * by the treatment of risk 3 are 5.12 情報の分類 and 5.13 情報のラベル付け; 5.12 continues the 2013
 * control A.8.2.1.
 * <pre>{@code
 * import java.util.Locale;
 *
 * Control classification = AnnexA.get("A.5.12");
 * System.out.println(classification.id() + " " + classification.title(Locale.JAPANESE) + " "
 *         + classification.has(SecurityProperty.CONFIDENTIALITY) + " " + classification.iso2013() + " "
 *         + AnnexA.get2013("A.8.2.2").iso2022());
 * // prints: 5.12 情報の分類 true [A.8.2.1] [5.13]
 * }</pre>
 */
@AnnexaStyle
package org.isms4j.annexa;

import org.isms4j.annexa.internal.AnnexaStyle;
