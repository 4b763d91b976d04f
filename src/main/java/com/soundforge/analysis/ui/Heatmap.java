package com.soundforge.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Java side of {@code <sfa-heatmap>}: A time × bins heatmap (chroma, MFCC). Data is JSON as documented on the element. */
@Tag("sfa-heatmap")
@JsModule("./analysis/sfa-heatmap.ts")
class Heatmap extends Component implements HasSize {

    /** @param scaling "frame" (each frame to its maximum, for chroma) or "bin" (each bin to its range, for MFCC) */
    Heatmap(String dataJson, String scaling) {
        getElement().setProperty("data", dataJson);
        getElement().setProperty("scaling", scaling);
    }
}
