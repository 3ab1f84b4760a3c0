/**
 * Texts of the vocabulary: {@link org.employmentlinkage.text.Labelled}, the one shape of the enums
 * labelled in Chinese (zh-CN, authoritative) and English.
 *
 * <p>A package of its own because the labelled enums live in {@code region}, {@code policy}, {@code
 * domain} and linkage-rules, and {@code region} must not depend on {@code policy}, nor {@code
 * policy} on {@code domain}.
 */
@NullMarked
package org.employmentlinkage.text;

import org.jspecify.annotations.NullMarked;
