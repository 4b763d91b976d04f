package com.soundforge.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/** Java side of {@code <sfa-line-chart>}: Feature curves over time, each scaled to its own range. Data is JSON as documented on the element. */
@Tag("sfa-line-chart")
@JsModule("./analysis/sfa-line-chart.ts")
class LineChart extends Component implements HasSize {

    LineChart(String dataJson) {
        getElement().setProperty("data", dataJson);
    }
}
