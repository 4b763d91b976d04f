/**
 * The stem mixer on the track page (a {@code TrackSection}) and the engine choice on the settings page (a
 * {@code SettingsSection}).
 */
package com.soundforge.separation.ui;
