package com.soundforge.daw.model;

import java.util.List;
import java.util.UUID;

/** One gesture's operations, applied all or none; {@code id} is made by the client and never applied twice. */
public record OpBatch(UUID id, List<Operation> ops) {}
