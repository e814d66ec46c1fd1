package org.isms4j.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the value types whose copies check their lists first, such as
 * {@code Risk.withLostProperties}: {@link IsmsStyle}'s settings without the generated
 * {@code with*} methods, which would merge a value given twice where isms4j refuses it. The type
 * writes its own {@code with*} methods. Applied on the type, not on a package.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        overshadowImplementation = true,
        jdkOnly = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
public @interface CheckedCopyStyle {}
