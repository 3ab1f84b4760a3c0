package org.employmentlinkage.core.internal.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style shared by every linkage value type.
 *
 * <p>Generated {@code ImmutableX} classes are package-private and hidden behind the public abstract
 * value type ({@code overshadowImplementation}); each value type exposes {@code builder()} and a
 * nested public {@code Builder}. The generated code uses JDK collections only ({@code jdkOnly}), so
 * embedders are not tied to Guava. {@code allowedClasspathAnnotations} keeps {@code @Generated} off
 * the generated classes, which otherwise makes every project that compiles against our jars warn
 * about a missing annotation method.
 *
 * <p>Not API: this package is exported only to the other linkage modules.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class},
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE)
public @interface LinkageStyle {}
