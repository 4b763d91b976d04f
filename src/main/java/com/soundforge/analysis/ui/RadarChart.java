package com.soundforge.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Java side of {@code <sfa-radar>}: A radar of global features. Data is JSON as documented on the element. */
@Tag("sfa-radar")
@JsModule("./analysis/sfa-radar.ts")
class RadarChart extends Component implements HasSize {

    RadarChart(String dataJson) {
        getElement().setProperty("data", dataJson);
    }
}
