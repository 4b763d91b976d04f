/**
 * Sound Forge Alchemy: the application class and the database's health check and clean shutdown. Each feature is a
 * direct sub-package, a Spring Modulith module whose base package is its API (verified by ModularityTests).
 */
package com.soundforge;
