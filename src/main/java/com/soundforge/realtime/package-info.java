/**
 * Live messaging inside SFA: a topic broadcaster that every live screen, the channel API and (later) other nodes
 * publish to and subscribe from. Publishers never block on subscribers.
 */
package com.soundforge.realtime;
