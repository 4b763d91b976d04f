/** The stem files for the browser's stem mixer, owner-only, with Range support. */
package com.soundforge.separation.web;
