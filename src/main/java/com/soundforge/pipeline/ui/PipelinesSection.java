package com.soundforge.pipeline.ui;

import com.soundforge.library.LibraryService;
import com.soundforge.library.imports.ImportService;
import com.soundforge.pipeline.PipelineService;
import com.soundforge.realtime.Broadcaster;
import com.soundforge.security.CurrentUser;
import com.soundforge.ui.DashboardSection;
import com.vaadin.flow.component.Component;
import java.util.UUID;

@org.springframework.stereotype.Component
class PipelinesSection implements DashboardSection {

    private final PipelineService pipelines;
    private final LibraryService library;
    private final ImportService imports;
    private final Broadcaster broadcaster;
    private final CurrentUser currentUser;

    PipelinesSection(
            PipelineService pipelines,
            LibraryService library,
            ImportService imports,
            Broadcaster broadcaster,
            CurrentUser currentUser) {
        this.pipelines = pipelines;
        this.library = library;
        this.imports = imports;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(UUID ownerId) {
        return new PipelinesPanel(pipelines, library, imports, broadcaster, currentUser.require());
    }
}
