package com.soundforge.pipeline.ui;

import com.soundforge.pipeline.ThroughputMinute;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Java side of {@code <sfa-throughput-chart>}. */
@Tag("sfa-throughput-chart")
@JsModule("./pipeline/sfa-throughput-chart.ts")
class ThroughputChart extends Component implements HasSize {

    void show(List<ThroughputMinute> minutes) {
        ArrayNode points = JsonNodeFactory.instance.arrayNode();
        for (ThroughputMinute minute : minutes) {
            ObjectNode point = points.addObject();
            point.put("minute", minute.minute().toString());
            point.put("completed", minute.completed());
            point.put("failed", minute.failed());
        }
        getElement().setPropertyJson("points", points);
    }
}
