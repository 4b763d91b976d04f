/** Sign-in and self-registration screens. */
package com.soundforge.security.ui;
