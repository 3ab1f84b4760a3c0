package org.employmentlinkage.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Validates documents against the published JSON Schema ({@link LinkageJson#jsonSchema()}) with an
 * independent validator (networknt json-schema-validator, draft 2020-12).
 */
final class SchemaCheck {
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(LinkageJson.jsonSchema(), InputFormat.JSON);

  private SchemaCheck() {}

  /** The validator's messages for {@code json}; empty when the document is valid. */
  static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
