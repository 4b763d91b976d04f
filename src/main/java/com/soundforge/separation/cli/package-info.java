/**
 * {@code java -jar app.jar separate …}: separation from the command line with SFA's engine, without starting
 * Spring; also the benchmark's bulk mode over an eval-kit corpus.
 */
package com.soundforge.separation.cli;
