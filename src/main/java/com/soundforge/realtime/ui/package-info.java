/** Vaadin glue for live topics: subscriptions that follow a component's attach/detach lifecycle. */
@NamedInterface("ui")
package com.soundforge.realtime.ui;

import org.springframework.modulith.NamedInterface;
