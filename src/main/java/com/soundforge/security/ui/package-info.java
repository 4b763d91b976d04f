/** Sign-in, self-registration and the user's settings (personal API keys). */
package com.soundforge.security.ui;
