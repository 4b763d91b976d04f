/** The analysis on the track page: summary, feature charts (Lit components on canvas/SVG) and the JSON export. */
package com.soundforge.analysis.ui;
