package org.isms4j.annexa.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of isms-annexa, applied on each of its packages' {@code package-info}: the
 * settings of isms-core's own style, kept here so that no module exports its internals to another.
 *
 * <p>The abstract value type is the API; the generated {@code Immutable*} class and its builder
 * stay package-private behind the type's own validated factories.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface AnnexaStyle {}
