package com.soundforge.library;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that serves a signed-in owner's files under {@code /media/tracks/…} (audio, stems, analysis
 * exports): a missing track or file answers 404 and someone else's track 403, as plain text.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OwnerMedia {}
