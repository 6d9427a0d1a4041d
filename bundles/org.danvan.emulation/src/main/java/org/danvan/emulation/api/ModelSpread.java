package org.danvan.emulation.api;

/**
 * How far a typical model spread: the replications of one model in one commune.
 *
 * @param modelId the replicated model
 * @param modelName its name
 * @param domain its domain
 * @param communeId the commune (the replicating model's owning unit, or its commune above it)
 * @param communeName its name
 * @param replications how many models there replicate it
 */
public record ModelSpread(long modelId, String modelName, ModelDomain domain, long communeId, String communeName,
        long replications) {
}
