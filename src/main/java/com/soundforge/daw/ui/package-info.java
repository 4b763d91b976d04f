/**
 * The DAW's screens: the project list ({@code /daw}), the editor ({@code /daw/{id}}) hosting the Lit element of
 * {@code frontend/daw/} with a library panel to drag sources from (read-only for a viewer), the owner's share
 * dialog, and the track page's ways into the DAW.
 */
package com.soundforge.daw.ui;
