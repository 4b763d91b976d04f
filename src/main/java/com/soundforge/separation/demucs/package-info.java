/**
 * The second engine: the Demucs command line ({@code demucs -n <model>}), when it is installed. Its tqdm progress
 * on stderr is parsed and reported; its output layout {@code <out>/<model>/<track>/<stem>.wav} is read back.
 */
package com.soundforge.separation.demucs;
