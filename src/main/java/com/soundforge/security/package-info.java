/** Users, roles (USER, ADMIN), sign-in and registration, the first admin, and who is signed in right now. */
package com.soundforge.security;
