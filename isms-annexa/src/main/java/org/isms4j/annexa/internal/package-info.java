/**
 * The catalogue's resource format and reader; not exported, not API.
 *
 * <p>The project keeps its own copy of the Annex A facts in its own format: two line-based,
 * tab-separated UTF-8 files beside {@link org.isms4j.annexa.internal.ResourceTable},
 * {@code controls-2022.tsv} (id, theme, new-in-2022 flag, the five ISO/IEC 27002:2022 attribute
 * sets, the 2013 controls continued, English and Japanese titles) and {@code controls-2013.tsv}
 * (id and English title). They hold facts only, never ISO control statement text. They were
 * generated once from the project's vetted reference data and are maintained by hand.
 *
 * <p>A missing or malformed resource throws {@link java.lang.IllegalStateException}: it is a
 * packaging bug, not bad input. Null arguments are not accepted.
 *
 * <p>Worked example: the line of 5.12 reads
 * {@code 5.12  organizational  -  preventive  confidentiality,integrity,availability  identify
 * information_protection  protection,defence  A.8.2.1  Classification of information  情報の分類},
 * with tabs between the fields; {@code ResourceTable.list("A.8.3.1,A.8.3.2")} gives the two ids.
 */
package org.isms4j.annexa.internal;
