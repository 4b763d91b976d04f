/** The user's pipelines on the dashboard (URL import, per-stage live progress, retry/cancel/dismiss). */
package com.soundforge.pipeline.ui;
