/**
 * The library's browser downloads outside Vaadin, for the signed-in owner only: a track's audio (with HTTP Range
 * requests) and its analysis export, with the error answers all {@link com.soundforge.library.OwnerMedia}
 * controllers share.
 */
package com.soundforge.library.web;
