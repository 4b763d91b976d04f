package com.soundforge.analysis.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the lifecycle step that runs before any other method of an analyzer ({@code start} or {@code attach}):
 * the fields it assigns hold a value from then on. NullAway recognises the annotation by its simple name and
 * treats those fields as initialised, as it does for a constructor.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@interface Initializer {}
