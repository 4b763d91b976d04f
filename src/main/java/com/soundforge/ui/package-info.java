/** The application shell: the main layout with its menu (built from {@code @Menu} routes) and sign-out. */
package com.soundforge.ui;
