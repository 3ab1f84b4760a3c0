/**
 * The JSON of linkage for Jackson 2: {@link org.employmentlinkage.jackson.LinkageModule} (the
 * serializers and deserializers) and {@link org.employmentlinkage.jackson.LinkageJson} (a mapper
 * preconfigured for strict reading, the schema version and the JSON Schema). The shape is
 * documented field by field in {@code docs/json.md}.
 */
@NullMarked
package org.employmentlinkage.jackson;

import org.jspecify.annotations.NullMarked;
